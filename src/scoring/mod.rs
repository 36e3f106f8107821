//! The risk model: loaded from a folder of `risk_models/` (the default one is compiled in), it scores forced- and
//! child-labour risk per site, per goods category and per declaration, explains every score, and raises findings.

mod engine;
mod model;
pub mod names;
pub mod portfolio;
pub mod probe;
pub mod versions;

use std::path::Path;

use rust_embed::RustEmbed;

pub use model::{
    Category, DataFile, DataGap, EmptyPart, ForcedEstimate, MissingData, ModelProblem, NO_ASSESSMENT, RegionalEstimate,
    Source,
};

use crate::domain::{Assessment, Classification, Declaration, Message, SourceRef};

/// The version of the model the service scores with unless told otherwise.
pub const DEFAULT_VERSION: &str = "2022.18";

/// Every model version shipped with the service (`risk_models/<version>/`), compiled into the binary: a version
/// is found by its bare name wherever the binary runs, as stored assessments name it.
#[derive(RustEmbed)]
#[folder = "risk_models/"]
struct Shipped;

/// Why a model could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    /// A file of the model folder is missing or unreadable.
    #[error("cannot read {0}")]
    Missing(String),
    /// A file is malformed: what and where (a rule of ours that the data breaks, no library error beneath).
    #[error("invalid model: {0}")]
    Invalid(ModelFault),
    /// A file of the model folder could not be read; the system's error beneath.
    #[error("cannot read {path}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// A file does not read as its format (CSV, TOML, UTF-8): which file, and the reader's error beneath.
    #[error("invalid model: {place}")]
    Unreadable {
        place: String,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
}

/// A rule of the model's files that the data breaks ([`ModelError::Invalid`]): which file, line, column or key, as data,
/// put into words in English and French by [`ModelError::message`] (the English of `Display` is for logs).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ModelFault {
    /// A CSV file of the model (or one supplied to `model derive`) has no column of that name (compared folded).
    #[error("{file}: no column `{column}`")]
    NoColumn { file: String, column: String },
    /// `model.toml` names no source of that key (`ilab_goods`, `ilab_countries`, `ilo_regional`).
    #[error("source `{0}` is missing")]
    SourceMissing(String),
    /// `model.toml` has no `[sources]` table.
    #[error("model.toml has no [sources]")]
    NoSources,
    /// `ilo_regional_estimates.csv` has no World row of that indicator, the fallback of last resort.
    #[error("ilo estimates: no World {0}")]
    NoWorldFigure(String),
    /// `[child_context_advancement]` has no points for ILAB's "No Assessment" level.
    #[error("model.toml: [child_context_advancement] has no `{0}` points")]
    NoUnassessedPoints(String),
    /// A key of `model.toml` (`origin_income_groups`, `unassessed_income_groups`) names an income group no country of
    /// the `income_groups` source is in.
    #[error("model.toml: {key} names `{group}`, which no country of the income_groups source is in")]
    GroupWithoutCountries { key: &'static str, group: String },
    /// `unassessed_income_groups` names a group `ilo_regional_estimates.csv` has no estimate for.
    #[error(
        "model.toml: unassessed_income_groups names `{0}`, for which ilo_regional_estimates.csv has no \
         child_labour_share_5_17_income row"
    )]
    GroupWithoutEstimate(String),
    /// A line of `income_groups.csv` (1 = the header) without a country or a group.
    #[error("income_groups.csv line {0}: no country or no income group")]
    IncomeLineEmpty(usize),
    /// A line of `income_groups.csv` whose country is no ISO 3166-1 country.
    #[error("income_groups.csv line {line}: `{name}` is no ISO 3166 country")]
    IncomeLineNoCountry { line: usize, name: String },
    /// A line of `income_groups.csv` whose country an earlier line gave.
    #[error("income_groups.csv line {line}: `{name}` is given twice")]
    IncomeLineTwice { line: usize, name: String },
    /// The service's own table of Chinese places (`risk_models/region_places.csv`) does not read: its words.
    #[error("{0}")]
    RegionPlaces(String),
}

impl ModelFault {
    /// The fault in the catalogues' words (`model.fault_*`, English and French).
    pub fn message(&self) -> Message {
        match self {
            ModelFault::NoColumn { file, column } => {
                Message::new("model.fault_no_column").text("file", file.clone()).text("column", column.clone())
            }
            ModelFault::SourceMissing(key) => Message::new("model.fault_source_missing").text("key", key.clone()),
            ModelFault::NoSources => Message::new("model.fault_no_sources"),
            ModelFault::NoWorldFigure(what) => Message::new("model.fault_no_world").text("indicator", what.clone()),
            ModelFault::NoUnassessedPoints(level) => {
                Message::new("model.fault_no_unassessed_points").text("level", level.clone())
            }
            ModelFault::GroupWithoutCountries { key, group } => Message::new("model.fault_group_without_countries")
                .text("key", *key)
                .text("group", group.clone())
                .text("source", "income_groups"),
            ModelFault::GroupWithoutEstimate(group) => Message::new("model.fault_group_without_estimate")
                .text("key", "unassessed_income_groups")
                .text("group", group.clone())
                .text("row", "child_labour_share_5_17_income"),
            ModelFault::IncomeLineEmpty(line) => {
                Message::new("model.fault_income_line_empty").number("line", line_number(*line))
            }
            ModelFault::IncomeLineNoCountry { line, name } => Message::new("model.fault_income_line_no_country")
                .number("line", line_number(*line))
                .text("name", name.clone()),
            ModelFault::IncomeLineTwice { line, name } => Message::new("model.fault_income_line_twice")
                .number("line", line_number(*line))
                .text("name", name.clone()),
            ModelFault::RegionPlaces(detail) => {
                Message::new("model.fault_region_places").text("detail", detail.clone())
            }
        }
    }
}

/// A line number as a message's number (lines past `u32::MAX` said as that).
fn line_number(line: usize) -> u32 {
    u32::try_from(line).unwrap_or(u32::MAX)
}

impl ModelError {
    /// Why the model could not be loaded, in the catalogues' words (`model.error_*`, English and French): the file
    /// and what is wrong with it. A library's own words (a CSV or TOML reader's, the system's) are quoted as they are.
    pub fn message(&self) -> Message {
        match self {
            ModelError::Missing(file) => Message::new("model.error_missing").text("file", file.clone()),
            ModelError::Invalid(fault) => Message::new("model.error_invalid").said("fault", fault.message()),
            ModelError::Read { path, source } => Message::new("model.error_read")
                .text("file", path.clone())
                .text("why", crate::domain::io_cause(source))
                .text("detail", source.to_string()),
            ModelError::Unreadable { place, source } => {
                Message::new("model.error_unreadable").text("place", place.clone()).text("detail", source.to_string())
            }
        }
    }

    /// A file that does not read as its format, with the reader's error.
    pub(crate) fn unreadable<E>(place: impl Into<String>) -> impl FnOnce(E) -> ModelError
    where
        E: std::error::Error + Send + Sync + 'static,
    {
        let place = place.into();
        move |e| ModelError::Unreadable { place, source: Box::new(e) }
    }
}

/// Scores declarations one after another under one model ([`RiskModel::scorer`]), keeping what it has read of
/// each distinct goods text (its ILAB goods, materials and category: pure functions of the text and the model), so
/// that a portfolio whose declarations repeat their goods words reads each text once. Each assessment is exactly the
/// one [`RiskModel::assess`] gives. What it keeps grows with the distinct texts it meets: one scorer a batch (a page
/// of `chainon model diff`), not one for ever.
pub struct Scorer<'m> {
    readings: engine::GoodsReadings<'m>,
}

impl Scorer<'_> {
    /// The declaration's assessment, as [`RiskModel::assess`] gives it.
    pub fn assess(&mut self, declaration: &Declaration) -> Assessment {
        engine::assess_reading(declaration, &mut self.readings)
    }
}

/// Sites confirmed on a forced-labour list (screening's confirmed hits in force on a site or its operator), as the
/// scoring pass takes them ([`RiskModel::assess_listed`]): by site reference, the factor of each entry (a
/// `screening_hit` factor, `screening::effect::screening_factor`; the engine gives it its points).
#[derive(Debug, Clone, Default)]
pub struct Listed {
    sites: std::collections::HashMap<String, Vec<crate::domain::Factor>>,
}

impl Listed {
    /// Adds the factor of an entry confirmed on the site `site_ref` (one factor an entry: the same twice is kept once).
    pub fn add(&mut self, site_ref: &str, factor: crate::domain::Factor) {
        let on = self.sites.entry(site_ref.to_string()).or_default();
        if !on.contains(&factor) {
            on.push(factor);
        }
    }

    /// Whether no site is listed.
    pub fn is_empty(&self) -> bool {
        self.sites.is_empty()
    }

    /// The factors of the entries confirmed on a site; empty for none.
    pub(crate) fn of(&self, site_ref: &str) -> &[crate::domain::Factor] {
        self.sites.get(site_ref).map_or(&[], Vec::as_slice)
    }
}

/// A loaded risk model.
#[derive(Debug, Clone)]
pub struct RiskModel {
    tables: model::Tables,
}

impl RiskModel {
    /// The default model, compiled into the binary.
    pub fn embedded() -> Result<RiskModel, ModelError> {
        Self::shipped(DEFAULT_VERSION)?.ok_or_else(|| ModelError::Missing(format!("{DEFAULT_VERSION}/model.toml")))
    }

    /// A version shipped with the service, by its bare name (`2019.1`, `2022.2` …), from the copy compiled into the
    /// binary; `Ok(None)` when no version has that name.
    pub fn shipped(version: &str) -> Result<Option<RiskModel>, ModelError> {
        if !shipped_versions().iter().any(|v| v == version) {
            return Ok(None);
        }
        let tables = model::load(&|name: &str| {
            let path = format!("{version}/{name}");
            let file = Shipped::get(&path).ok_or_else(|| ModelError::Missing(path.clone()))?;
            String::from_utf8(file.data.into_owned()).map_err(ModelError::unreadable(path))
        })?;
        Ok(Some(RiskModel { tables }))
    }

    /// A model named as people name one: a folder that exists (`risk_models/2022.2`, `/srv/models/2023.1`), else a
    /// version shipped with the service by its bare name (`2022.2`), from the binary — so every command that takes
    /// a model finds the shipped versions wherever it runs. `None`: neither.
    pub fn named(name: &str) -> Result<Option<RiskModel>, ModelError> {
        let path = Path::new(name);
        if path.is_dir() {
            return Self::load_dir(path).map(Some);
        }
        Self::shipped(name)
    }

    /// Writes a shipped version's files (`model.toml`, its data files and its card) into `dir`, which must exist:
    /// what `chainon model derive --from VERSION` starts from when the folder is not at hand. `false`: no version
    /// has that name.
    pub fn write_shipped(version: &str, dir: &Path) -> std::io::Result<bool> {
        if !shipped_versions().iter().any(|v| v == version) {
            return Ok(false);
        }
        let prefix = format!("{version}/");
        for path in Shipped::iter() {
            let Some(name) = path.strip_prefix(&prefix) else { continue };
            if let Some(file) = Shipped::get(&path) {
                std::fs::write(dir.join(name), file.data)?;
            }
        }
        Ok(true)
    }

    /// A model from a folder with the same layout (`model.toml` and its data files).
    pub fn load_dir(path: &Path) -> Result<RiskModel, ModelError> {
        let tables = model::load(&|name: &str| {
            std::fs::read_to_string(path.join(name))
                .map_err(|source| ModelError::Read { path: path.join(name).display().to_string(), source })
        })?;
        Ok(RiskModel { tables })
    }

    /// The model's version, recorded with every assessment.
    pub fn version(&self) -> &str {
        &self.tables.version
    }

    /// Scores a declaration: forced and child labour separately, per site, per goods category and overall, with
    /// findings. Pure and deterministic.
    pub fn assess(&self, declaration: &Declaration) -> Assessment {
        engine::assess(&self.tables, declaration)
    }

    /// Scores a declaration as [`RiskModel::assess`] does, with the sites an officer confirmed on a forced-labour
    /// list ([`Listed`]): each is critical (100) in the scoring pass, whatever due diligence, and the sites it
    /// supplies carry its risk as any supplier's (× the tier decay a tier), their upstream factor naming the entry.
    /// With nothing listed, the same assessment as [`RiskModel::assess`].
    pub fn assess_listed(&self, declaration: &Declaration, listed: &Listed) -> Assessment {
        engine::assess_listed(declaration, &mut engine::GoodsReadings::new(&self.tables), listed)
    }

    /// A scorer of many declarations under this model ([`Scorer`]): what it reads of one declaration's goods texts
    /// it does not read again for the next.
    pub fn scorer(&self) -> Scorer<'_> {
        Scorer { readings: engine::GoodsReadings::new(&self.tables) }
    }

    /// The share of a supplier's risk carried to the site it ships to (per tier).
    pub fn tier_decay(&self) -> f64 {
        self.tables.weights.tier_decay
    }

    /// Every problem of the model in words; empty when it is valid: its tables, a good, level or region without a
    /// French name (`names`). (`check_labels` also puts the probes' explanations into words.)
    pub fn check(&self) -> Vec<ModelProblem> {
        let mut problems = self.tables.check();
        problems.extend(probe::label_problems(&self.tables, None));
        problems
    }

    /// `check`, and every factor and finding of the probes put into words by `label` and `finding` (the edge's
    /// renderer) in English and French: a label with an empty part is a problem.
    pub fn check_labels(&self, label: probe::Labeller, finding: probe::FindingLabeller) -> Vec<ModelProblem> {
        let mut problems = self.tables.check();
        problems.extend(probe::label_problems(&self.tables, Some((label, finding))));
        problems
    }

    /// The probe declarations `check` scores (one per country), scored: every explanation the model can give.
    pub fn probe_assessments(&self) -> Vec<Assessment> {
        probe::probe_assessments(&self.tables)
    }

    /// Every value the model's tables do not give and the fallback it applies instead, as data: countries ILAB
    /// gives no finding (or no figure) for, countries outside ILAB's findings, index rows without a figure.
    pub fn missing_data(&self) -> Vec<MissingData> {
        self.tables.missing_data()
    }

    /// The datasets the model is built from, with edition, publisher and licence.
    pub fn sources(&self) -> impl Iterator<Item = &Source> {
        self.tables.sources.values()
    }

    /// The datasets by their key in `model.toml` (`ilab_goods`, `model` …).
    pub fn sources_by_key(&self) -> impl Iterator<Item = (&str, &Source)> {
        self.tables.sources.iter().map(|(k, s)| (k.as_str(), s))
    }

    /// A reference to a line or an entry of a source by its key, as a factor cites it; `None` for a key the model
    /// does not have.
    pub fn source_ref(&self, key: &str, line: Option<usize>, entry: Option<std::sync::Arc<str>>) -> Option<SourceRef> {
        self.tables.source_ref(key, line, entry)
    }

    /// The goods-category catalogue.
    pub fn categories(&self) -> &[Category] {
        &self.tables.categories
    }

    /// A goods category's name in a language, by its code.
    pub fn category_name(&self, code: &str, lang: crate::domain::Lang) -> Option<&str> {
        let c = self.tables.categories.iter().find(|c| c.code == code)?;
        Some(if lang == crate::domain::Lang::Fr { &c.label_fr } else { &c.label_en })
    }

    /// Every ILAB good a text names, its materials included (`Tables::goods_named`): how screening reads the goods of
    /// a site and of a region-or-industry order.
    pub fn goods_named(&self, text: &str) -> Vec<&str> {
        self.tables.goods_named(text)
    }

    /// The goods a text names for screening's region-or-industry rule (`Tables::industry_goods`): those it names,
    /// and the goods of the families of goods (`[[goods_families]]`) it names.
    pub fn industry_goods(&self, text: &str) -> Vec<&str> {
        self.tables.industry_goods(text)
    }

    /// The category of goods given by a code and/or words; `None` when unclassified.
    pub fn classify(&self, classification: Option<&Classification>, words: &str) -> Option<&Category> {
        self.tables.classify(classification, words)
    }
}

/// The versions shipped with the service (each folder of `risk_models/` with a `model.toml`), oldest first in
/// version order (`version_order`: 2022.9 before 2022.10).
pub fn shipped_versions() -> Vec<String> {
    let mut v: Vec<String> = Shipped::iter()
        .filter_map(|p| p.strip_suffix("/model.toml").filter(|d| !d.contains('/')).map(str::to_string))
        .collect();
    v.sort_by(|a, b| version_order(a, b));
    v
}

/// The order of two model versions (`YEAR.N`, the year of the ILAB edition and the model's number in it): by each
/// dot-separated part as a number where both are numbers (2022.9 before 2022.10), else as text; a version that is a
/// prefix of the other comes first.
pub fn version_order(a: &str, b: &str) -> std::cmp::Ordering {
    let (mut a, mut b) = (a.split('.'), b.split('.'));
    loop {
        match (a.next(), b.next()) {
            (None, None) => return std::cmp::Ordering::Equal,
            (None, Some(_)) => return std::cmp::Ordering::Less,
            (Some(_), None) => return std::cmp::Ordering::Greater,
            (Some(x), Some(y)) => {
                let order = match (x.parse::<u64>(), y.parse::<u64>()) {
                    (Ok(x), Ok(y)) => x.cmp(&y),
                    _ => x.cmp(y),
                };
                if order.is_ne() {
                    return order;
                }
            }
        }
    }
}

#[cfg(test)]
mod carry_tests;
#[cfg(test)]
mod citation_tests;
#[cfg(test)]
mod disclosure_tests;
#[cfg(test)]
mod goods_2022_11_tests;
#[cfg(test)]
mod goods_2022_12_tests;
#[cfg(test)]
mod goods_2022_13_tests;
#[cfg(test)]
mod goods_2022_14_tests;
#[cfg(test)]
mod goods_2022_15_tests;
#[cfg(test)]
mod goods_2022_16_tests;
#[cfg(test)]
mod goods_2022_17_tests;
#[cfg(test)]
mod goods_2022_18_tests;
#[cfg(test)]
mod goods_reading_tests;
#[cfg(test)]
mod listed_tests;
#[cfg(test)]
mod model_error_tests;
#[cfg(test)]
mod places_tests;
#[cfg(test)]
mod raw_material_2022_12_tests;
#[cfg(test)]
mod shipped_2022_10_tests;
#[cfg(test)]
mod shipped_2022_11_tests;
#[cfg(test)]
mod shipped_2022_12_tests;
#[cfg(test)]
mod silence_2022_11_tests;
#[cfg(test)]
mod silence_2022_12_tests;
#[cfg(test)]
mod synonym_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod worst_reading_tests;
