//! Model versions: deriving a new version from an existing one with new or optional sources (a newer ILAB edition,
//! a country index, an entity list), and comparing the assessments two versions give the same declaration.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;
use toml_edit::{DocumentMut, Item, Table, value};

use super::{ModelError, ModelFault, RiskModel};
use crate::domain::{Assessment, Band, Factor, RiskKind, Score};

/// A data file the user supplies, with what must be recorded of it.
#[derive(Debug, Clone)]
pub struct SuppliedSource {
    pub file: PathBuf,
    pub edition: String,
    pub publisher: String,
    pub licence: String,
}

/// How a supplied country index is read and weighed.
#[derive(Debug, Clone)]
pub struct CountryIndexOptions {
    pub source: SuppliedSource,
    pub kind: RiskKind,
    pub country_column: String,
    pub value_column: String,
    pub measure_en: String,
    pub measure_fr: String,
    pub points_per_unit: f64,
    pub max_points: f64,
}

/// How a supplied entity list is read and weighed.
#[derive(Debug, Clone)]
pub struct EntityListOptions {
    pub source: SuppliedSource,
    pub name_column: String,
    pub country_column: Option<String>,
    pub aliases_column: Option<String>,
    pub points: f64,
}

/// A new model version: a base folder, its new version name, and what changes.
#[derive(Debug, Clone)]
pub struct DeriveRequest {
    pub base: PathBuf,
    pub version: String,
    pub output: PathBuf,
    /// A newer (or older) ILAB goods list, in the columns of `../shared/data/ilab_goods_2022.csv`.
    pub ilab_goods: Option<SuppliedSource>,
    pub country_index: Option<CountryIndexOptions>,
    pub entity_list: Option<EntityListOptions>,
    /// Today, for `released` and the change log.
    pub released: chrono::NaiveDate,
}

/// Why a new version could not be written.
#[derive(Debug, thiserror::Error)]
pub enum DeriveError {
    #[error("{0} already exists: a model version is never overwritten")]
    Exists(PathBuf),
    #[error("{path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{0}")]
    Model(#[from] ModelError),
    /// The problems, as data (`chainon model derive` words them from the catalogues).
    #[error("the new model is not valid ({} problems); nothing was written: {:?}", .0.len(), .0)]
    Invalid(Vec<super::ModelProblem>),
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> DeriveError + '_ {
    move |source| DeriveError::Io { path: path.to_path_buf(), source }
}

fn source_table(file: &str, s: &SuppliedSource) -> Table {
    let mut t = Table::new();
    t.insert("file", value(file));
    t.insert("edition", value(s.edition.as_str()));
    t.insert("publisher", value(s.publisher.as_str()));
    t.insert("licence", value(s.licence.as_str()));
    t
}

/// Writes a new model version next to the others: the base's files, the supplied ones, an updated `model.toml`
/// and a model card that records the new sources, their editions and licences. The new model is loaded and checked
/// before it is put in place; when it is not valid, nothing is written.
pub fn derive(req: &DeriveRequest) -> Result<RiskModel, DeriveError> {
    if req.output.exists() {
        return Err(DeriveError::Exists(req.output.clone()));
    }
    let base_toml_path = req.base.join("model.toml");
    let text = std::fs::read_to_string(&base_toml_path).map_err(io(&base_toml_path))?;
    let mut doc: DocumentMut = text.parse().map_err(ModelError::unreadable(base_toml_path.display().to_string()))?;
    let base_version = doc.get("version").and_then(Item::as_str).unwrap_or("?").to_string();
    doc.insert("version", value(req.version.as_str()));
    doc.insert("released", value(req.released.to_string()));

    // Files to copy: every source of the base; then the supplied ones replace or join them.
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    let sources = doc
        .get_mut("sources")
        .and_then(Item::as_table_mut)
        .ok_or_else(|| ModelError::Invalid(ModelFault::NoSources))?;
    for (_, item) in sources.iter() {
        if let Some(file) = item.get("file").and_then(Item::as_str)
            && file != "model.toml"
        {
            files.push((req.base.join(file), file.to_string()));
        }
    }
    if let Some(model) = sources.get_mut("model").and_then(Item::as_table_mut) {
        model.insert("edition", value(format!("Chaînon model {}", req.version)));
        // The French title follows when the base has one (2022.4 on); older bases keep the catalogues' words.
        if model.contains_key("edition_fr") {
            model.insert("edition_fr", value(format!("modèle Chaînon {}", req.version)));
        }
    }
    let mut added: Vec<(String, SuppliedSource)> = Vec::new();
    let supplied = [
        ("ilab_goods", req.ilab_goods.as_ref()),
        ("country_index", req.country_index.as_ref().map(|c| &c.source)),
        ("entity_list", req.entity_list.as_ref().map(|e| &e.source)),
    ];
    for (key, source) in supplied {
        let Some(s) = source else { continue };
        // A supplied file replaces the base's file of the same source, under the model's own name for it.
        let name = format!("{key}.csv");
        files.retain(|(_, f)| *f != name);
        files.push((s.file.clone(), name.clone()));
        sources.insert(key, Item::Table(source_table(&name, s)));
        added.push((key.to_string(), s.clone()));
    }
    if let Some(ci) = &req.country_index {
        let mut t = Table::new();
        t.insert("kind", value(if ci.kind == RiskKind::ForcedLabour { "forced_labour" } else { "child_labour" }));
        t.insert("country_column", value(ci.country_column.as_str()));
        t.insert("value_column", value(ci.value_column.as_str()));
        t.insert("measure_en", value(ci.measure_en.as_str()));
        t.insert("measure_fr", value(ci.measure_fr.as_str()));
        t.insert("points_per_unit", value(ci.points_per_unit));
        t.insert("max_points", value(ci.max_points));
        doc.insert("country_index", Item::Table(t));
    }
    if let Some(el) = &req.entity_list {
        let mut t = Table::new();
        t.insert("name_column", value(el.name_column.as_str()));
        if let Some(c) = &el.country_column {
            t.insert("country_column", value(c.as_str()));
        }
        if let Some(c) = &el.aliases_column {
            t.insert("aliases_column", value(c.as_str()));
        }
        t.insert("points", value(el.points));
        doc.insert("entity_list", Item::Table(t));
    }

    // Build it beside its final place, check it, then move it in.
    let parent = req.output.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent).map_err(io(parent))?;
    let staging = tempfile::Builder::new().prefix(".model-").tempdir_in(parent).map_err(io(parent))?;
    for (from, to) in &files {
        std::fs::copy(from, staging.path().join(to)).map_err(io(from))?;
    }
    let toml_path = staging.path().join("model.toml");
    std::fs::write(&toml_path, doc.to_string()).map_err(io(&toml_path))?;
    let card = model_card(req, &base_version, &added);
    let card_path = staging.path().join("README.md");
    std::fs::write(&card_path, card).map_err(io(&card_path))?;

    let model = RiskModel::load_dir(staging.path())?;
    let problems = model.check();
    if !problems.is_empty() {
        return Err(DeriveError::Invalid(problems));
    }
    let staged = staging.keep();
    std::fs::rename(&staged, &req.output).map_err(io(&req.output))?;
    Ok(model)
}

fn model_card(req: &DeriveRequest, base_version: &str, added: &[(String, SuppliedSource)]) -> String {
    let base_card = std::fs::read_to_string(req.base.join("README.md")).unwrap_or_default();
    let mut out = format!(
        "# Chaînon risk model {version}\n\nDerived from model {base_version} on {date} with `chainon model derive`. \
         Method, weights, bands and known limits are those of {base_version} (its card follows), with these \
         sources added or replaced:\n\n| Source | File | Edition | Publisher | Licence |\n|---|---|---|---|---|\n",
        version = req.version,
        date = req.released,
    );
    for (key, s) in added {
        let file = s.file.file_name().map_or_else(String::new, |f| f.to_string_lossy().into_owned());
        out.push_str(&format!("| `{key}` | {file} | {} | {} | {} |\n", s.edition, s.publisher, s.licence));
    }
    if let Some(ci) = &req.country_index {
        out.push_str(&format!(
            "\nCountry index: {} points per unit of `{}` ({}), at most {} points, added to the {} score of every \
             site in a listed country.\n",
            ci.points_per_unit,
            ci.value_column,
            ci.measure_en,
            ci.max_points,
            if ci.kind == RiskKind::ForcedLabour { "forced-labour" } else { "child-labour" }
        ));
    }
    if let Some(el) = &req.entity_list {
        out.push_str(&format!(
            "\nEntity list: a site whose name or operator matches an entity (accents, case, punctuation and legal \
             forms ignored; same country when the list gives one) adds {} points to its forced-labour score, counts \
             as a listed forced-labour good for the mitigation floor, and raises a `listed_entity` finding.\n",
            el.points
        ));
    }
    out.push_str(&format!(
        "\n## Change log\n\n- {}: {} derived from {base_version}.\n\n---\n\n",
        req.released, req.version
    ));
    out.push_str(&base_card);
    out
}

/// One score that differs between two models, and why.
#[derive(Debug, Clone, Serialize)]
pub struct ScoreChange {
    /// `overall`, `category:<code>` or `site:<id>`.
    pub scope: String,
    pub kind: RiskKind,
    /// The old model's score (0–100); `null` when the scope is absent from the old model (`absent`).
    pub old_score: Option<f64>,
    /// `null` when the scope is absent from the old model.
    pub old_band: Option<Band>,
    /// The new model's score (0–100); `null` when the scope is absent from the new model (`absent`).
    pub new_score: Option<f64>,
    /// `null` when the scope is absent from the new model.
    pub new_band: Option<Band>,
    /// Why a side has no score: a goods category one of the models does not have is absent there, not low.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub absent: Option<Absent>,
    /// Factors only the new model gives, or whose contribution changed (with the new contribution).
    pub added: Vec<Arc<Factor>>,
    /// Factors only the old model gave, or whose contribution changed (with the old contribution).
    pub removed: Vec<Arc<Factor>>,
}

/// What changed for one declaration.
#[derive(Debug, Clone, Default, Serialize)]
pub struct AssessmentDiff {
    pub changes: Vec<ScoreChange>,
    /// Finding codes and places new in the new model's assessment.
    pub findings_added: Vec<String>,
    pub findings_removed: Vec<String>,
    /// The findings themselves, in the order of `findings_added` and `findings_removed`, to be said in words.
    #[serde(skip)]
    pub new_findings: Vec<crate::domain::Finding>,
    #[serde(skip)]
    pub gone_findings: Vec<crate::domain::Finding>,
}

impl AssessmentDiff {
    /// Whether the two assessments agree on every score and finding.
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty() && self.findings_added.is_empty() && self.findings_removed.is_empty()
    }
}

fn same_factor(a: &Factor, b: &Factor) -> bool {
    a.reason == b.reason && a.label_en == b.label_en && (a.contribution - b.contribution).abs() < 0.05
}

/// Why one side has no score for a goods category: the JSON's reason code. A model that lacks the category is not
/// the same as a model that has it but reads none of the declaration's goods into it (the goods moved category).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Absent {
    /// The old model has no such category: `old_score` and `old_band` are `null`.
    NotInOldModel,
    /// The new model has no such category: `new_score` and `new_band` are `null`.
    NotInNewModel,
    /// The old model has the category, but no site of the declaration in it: `old_score` and `old_band` are `null`.
    NoSiteInOld,
    /// The new model has the category, but no site of the declaration in it: `new_score` and `new_band` are `null`.
    NoSiteInNew,
}

impl Absent {
    /// Whether the old side is the one without a score.
    pub fn old_side(self) -> bool {
        matches!(self, Absent::NotInOldModel | Absent::NoSiteInOld)
    }
}

/// The models two assessments were made by, as far as [`compare`] needs them: which has a goods category one
/// assessment lacks. A model without the category is not the same as one that has it but reads none of the
/// declaration's goods into it (the goods moved category).
#[derive(Debug, Clone, Copy)]
pub enum Models<'a> {
    /// Not at hand: a category an assessment lacks is said absent from its model (`not_in_old_model`,
    /// `not_in_new_model`).
    Unknown,
    /// The old model and the new one: a category the model has is said to have no site of the declaration in it
    /// (`no_site_in_old`, `no_site_in_new`), one it lacks absent from it.
    Known { old: &'a RiskModel, new: &'a RiskModel },
}

impl Models<'_> {
    /// Why the old side (`old_side`) or the new one has no score for the category `code`.
    fn why_absent(self, code: &str, old_side: bool) -> Absent {
        let has = |m: &RiskModel| m.categories().iter().any(|k| k.code == code);
        let (known, missing, empty) = match (self, old_side) {
            (Models::Unknown, true) => (false, Absent::NotInOldModel, Absent::NoSiteInOld),
            (Models::Unknown, false) => (false, Absent::NotInNewModel, Absent::NoSiteInNew),
            (Models::Known { old, .. }, true) => (has(old), Absent::NotInOldModel, Absent::NoSiteInOld),
            (Models::Known { new, .. }, false) => (has(new), Absent::NotInNewModel, Absent::NoSiteInNew),
        };
        if known { empty } else { missing }
    }
}

/// The change of one score, `None` when it holds; `scope` names it, called only for a change. A side without a
/// score (`None`: the scope is absent from that side) is a change, never a score of 0; `why` says why that side has
/// none (called only then, with `true` for the old side).
fn score_change(
    scope: impl FnOnce() -> String,
    kind: RiskKind,
    old: Option<&Score>,
    new: Option<&Score>,
    why: impl FnOnce(bool) -> Absent,
) -> Option<ScoreChange> {
    let absent = match (old, new) {
        (Some(o), Some(n)) if (o.score - n.score).abs() < 0.05 && o.band == n.band => return None,
        (None, None) => return None,
        (None, Some(_)) => Some(why(true)),
        (Some(_), None) => Some(why(false)),
        (Some(_), Some(_)) => None,
    };
    let no_factors: &[Arc<Factor>] = &[];
    let old_factors = old.map_or(no_factors, |s| s.factors.as_slice());
    let new_factors = new.map_or(no_factors, |s| s.factors.as_slice());
    Some(ScoreChange {
        scope: scope(),
        kind,
        old_score: old.map(|s| s.score),
        old_band: old.map(|s| s.band),
        new_score: new.map(|s| s.score),
        new_band: new.map(|s| s.band),
        absent,
        added: new_factors.iter().filter(|f| !old_factors.iter().any(|o| same_factor(o, f))).cloned().collect(),
        removed: old_factors.iter().filter(|f| !new_factors.iter().any(|n| same_factor(n, f))).cloned().collect(),
    })
}

/// Compares the assessments two models give one declaration: overall, by goods category and by site, each kind of
/// risk, with the factors that explain every change; and the findings that appear or go. A goods category one
/// assessment lacks is said absent from that side, why as `models` tells ([`Models`]: absent from its model, or no
/// site of the declaration in it).
pub fn compare(old: &Assessment, new: &Assessment, models: Models<'_>) -> AssessmentDiff {
    let mut diff = AssessmentDiff::default();
    let kinds = [RiskKind::ForcedLabour, RiskKind::ChildLabour];
    for k in kinds {
        diff.changes.extend(score_change(
            || "overall".into(),
            k,
            Some(old.overall.get(k)),
            Some(new.overall.get(k)),
            |_| Absent::NotInOldModel,
        ));
    }
    let mut codes: Vec<&str> = old.categories.iter().chain(&new.categories).map(|c| c.category.as_str()).collect();
    codes.sort_unstable();
    codes.dedup();
    for code in codes {
        let o = old.categories.iter().find(|c| c.category == code);
        let n = new.categories.iter().find(|c| c.category == code);
        for k in kinds {
            let os = o.map(|c| c.risk.get(k));
            let ns = n.map(|c| c.risk.get(k));
            diff.changes.extend(score_change(
                || format!("category:{code}"),
                k,
                os,
                ns,
                |old_side| models.why_absent(code, old_side),
            ));
        }
    }
    // Sites are paired by id through an index, and a scope is put into words only for a score that changed: a search
    // of the old sites for each new one was quadratic in a declaration's sites (hours for one of 100,000).
    let mut old_sites: HashMap<&str, &crate::domain::SiteAssessment> = HashMap::with_capacity(old.sites.len());
    for s in &old.sites {
        old_sites.entry(s.site_id.as_str()).or_insert(s);
    }
    for site in &new.sites {
        let Some(o) = old_sites.get(site.site_id.as_str()) else { continue };
        for k in kinds {
            diff.changes.extend(score_change(
                || format!("site:{}", site.site_id),
                k,
                Some(o.risk.get(k)),
                Some(site.risk.get(k)),
                // Both sides have a score: never asked.
                |_| Absent::NotInOldModel,
            ));
        }
    }
    // Findings by their code and place, looked up in a set (linear, as the sites above).
    let key = |f: &crate::domain::Finding| {
        format!("{} @ {}", f.code(), f.location.as_ref().map(ToString::to_string).unwrap_or_default())
    };
    let old_keys: Vec<String> = old.findings.iter().map(key).collect();
    let new_keys: Vec<String> = new.findings.iter().map(key).collect();
    let old_set: HashSet<&str> = old_keys.iter().map(String::as_str).collect();
    let new_set: HashSet<&str> = new_keys.iter().map(String::as_str).collect();
    for (k, f) in new_keys.iter().zip(&new.findings).filter(|(k, _)| !old_set.contains(k.as_str())) {
        diff.findings_added.push(k.clone());
        diff.new_findings.push(f.clone());
    }
    for (k, f) in old_keys.iter().zip(&old.findings).filter(|(k, _)| !new_set.contains(k.as_str())) {
        diff.findings_removed.push(k.clone());
        diff.gone_findings.push(f.clone());
    }
    diff
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::domain::{FindingCode, Role};
    use crate::scoring::tests::{declaration, site};

    fn models_dir() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("risk_models")
    }

    fn source(dir: &Path, name: &str, text: &str) -> SuppliedSource {
        let file = dir.join(name);
        std::fs::write(&file, text).unwrap();
        SuppliedSource {
            file,
            edition: format!("{name} test edition"),
            publisher: "Test publisher".into(),
            licence: "CC BY 4.0 (test)".into(),
        }
    }

    fn request(dir: &Path, version: &str) -> DeriveRequest {
        DeriveRequest {
            base: models_dir().join(crate::scoring::DEFAULT_VERSION),
            version: version.into(),
            output: dir.join(version),
            ilab_goods: None,
            country_index: None,
            entity_list: None,
            released: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        }
    }

    #[test]
    fn every_model_folder_passes_its_own_check() {
        for version in [
            "2019.1", "2022.1", "2022.2", "2022.3", "2022.4", "2022.5", "2022.6", "2022.7", "2022.8", "2022.9",
            "2022.10", "2022.11", "2022.12", "2022.13", "2022.14", "2022.15", "2022.16", "2022.17", "2022.18",
        ] {
            let model = RiskModel::load_dir(&models_dir().join(version)).unwrap();
            assert_eq!(model.version(), version);
            assert_eq!(model.check(), Vec::<crate::scoring::ModelProblem>::new(), "{version}");
        }
    }

    /// Every folder of `risk_models/` is shipped in the binary and found by its bare name, scoring as its folder does.
    #[test]
    fn every_model_folder_is_shipped_and_found_by_its_name() {
        let mut folders: Vec<String> = std::fs::read_dir(models_dir())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.path().join("model.toml").is_file())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        folders.sort_by(|a, b| crate::scoring::version_order(a, b));
        assert_eq!(crate::scoring::shipped_versions(), folders);
        assert_eq!(
            folders.last().map(String::as_str),
            Some(crate::scoring::DEFAULT_VERSION),
            "the newest is the default"
        );
        let mut versions = ["2022.10", "2019.1", "2022.9", "2022.1"];
        versions.sort_by(|a, b| crate::scoring::version_order(a, b));
        assert_eq!(versions, ["2019.1", "2022.1", "2022.9", "2022.10"]);
        let d = declaration(vec![site("S", Role::Manufacturing, "office desks", "CA", &[])]);
        for v in &folders {
            let shipped = RiskModel::shipped(v).unwrap().unwrap();
            let folder = RiskModel::load_dir(&models_dir().join(v)).unwrap();
            assert_eq!(shipped.version(), v);
            assert!(
                compare(&folder.assess(&d), &shipped.assess(&d), Models::Known { old: &folder, new: &shipped })
                    .is_empty(),
                "{v}"
            );
        }
        assert!(RiskModel::shipped("2031.1").unwrap().is_none());
        assert!(RiskModel::shipped("../2022.3").unwrap().is_none());
    }

    /// 2022.2 → 2022.3 moves the child-labour context of high-income countries outside ILAB's findings (the
    /// "No Assessment" points and the regional estimate out, the high-income estimate in) and the forced-labour
    /// score of a Xinjiang site held at its floor; nothing else.
    #[test]
    fn the_2022_2_to_2022_3_diff_moves_high_income_child_context_and_the_xinjiang_floor_alone() {
        let old = RiskModel::load_dir(&models_dir().join("2022.2")).unwrap();
        let new = RiskModel::load_dir(&models_dir().join("2022.3")).unwrap();
        for country in ["CA", "US", "DE", "JP", "SG", "QA", "AU"] {
            let d = declaration(vec![site("S", Role::Manufacturing, "office desks", country, &[])]);
            let diff = compare(&old.assess(&d), &new.assess(&d), Models::Known { old: &old, new: &new });
            let site = diff.changes.iter().find(|c| c.scope == "site:S").expect("the site's score moves");
            assert_eq!(site.kind, RiskKind::ChildLabour, "{country}");
            assert!(site.new_score < site.old_score, "{country}: {site:?}");
            assert!(site.added.iter().any(|f| f.code() == "income_estimate"), "{country}");
            assert!(site.removed.iter().any(|f| f.code() == "unassessed_level"), "{country}");
            assert!(diff.changes.iter().all(|c| c.kind == RiskKind::ChildLabour), "{country}: {diff:?}");
        }
        for country in ["CN", "MY", "BD", "IN", "MX", "OM", "CL"] {
            let d = declaration(vec![site("S", Role::Manufacturing, "office desks", country, &[])]);
            assert!(
                compare(&old.assess(&d), &new.assess(&d), Models::Known { old: &old, new: &new }).is_empty(),
                "{country}"
            );
        }
        // Copper mined in Xinjiang, listed there for neither kind: the presumption floor alone moves it.
        let mut x = site("X", Role::RawMaterial, "copper", "CN", &[]);
        x.region = Some("Xinjiang".into());
        let d = declaration(vec![x]);
        let diff = compare(&old.assess(&d), &new.assess(&d), Models::Known { old: &old, new: &new });
        let site = diff.changes.iter().find(|c| c.scope == "site:X").expect("the Xinjiang site's score moves");
        assert_eq!(
            (site.kind, site.old_band, site.new_band),
            (RiskKind::ForcedLabour, Some(Band::Medium), Some(Band::High))
        );
        assert!(site.added.iter().any(|f| f.code() == "region_floor"));
    }

    #[test]
    fn the_2019_to_2022_diff_explains_uzbek_cotton_leaving_the_forced_labour_list() {
        let old = RiskModel::load_dir(&models_dir().join("2019.1")).unwrap();
        let new = RiskModel::load_dir(&models_dir().join("2022.1")).unwrap();
        let d = declaration(vec![site("UZ-GIN", Role::RawMaterial, "raw cotton", "UZ", &[])]);
        let diff = compare(&old.assess(&d), &new.assess(&d), Models::Known { old: &old, new: &new });
        let change = diff
            .changes
            .iter()
            .find(|c| c.scope == "site:UZ-GIN" && c.kind == RiskKind::ForcedLabour)
            .expect("the forced-labour score of the gin changes");
        assert!(change.new_score < change.old_score);
        assert!(change.removed.iter().any(
            |f| matches!(f.reason(), Some(crate::domain::Reason::ListedGood { good, .. }) if &**good == "Cotton")
        ));
        // An unchanged declaration shows no change at all.
        let same = declaration(vec![site("CA-1", Role::Manufacturing, "office chairs", "CA", &[])]);
        assert!(compare(&old.assess(&same), &new.assess(&same), Models::Known { old: &old, new: &new }).is_empty());
    }

    /// 2022.2 corrects the Americas' forced-labour prevalence (the 2022 Global Estimates: 3.5 per 1,000, not 1.9):
    /// the diff from 2022.1 moves the forced-labour score of every site in the Americas by the context's change
    /// alone, names the `forced_prevalence` factor behind it, and leaves sites elsewhere and child labour alone.
    #[test]
    fn the_2022_1_to_2022_2_diff_moves_the_americas_forced_labour_context_alone() {
        let old = RiskModel::load_dir(&models_dir().join("2022.1")).unwrap();
        let new = RiskModel::load_dir(&models_dir().join("2022.2")).unwrap();
        assert_eq!(old.tables.forced_prevalence.get("Americas"), Some(&1.9));
        assert_eq!(new.tables.forced_prevalence.get("Americas"), Some(&3.5));
        // Copper, read alike by both versions (garden gnomes take 2022.2's fallback for goods it cannot read).
        for country in ["CA", "US", "MX", "BR", "CL", "HT"] {
            let d = declaration(vec![site("S", Role::Manufacturing, "copper", country, &[])]);
            let diff = compare(&old.assess(&d), &new.assess(&d), Models::Known { old: &old, new: &new });
            let site = diff.changes.iter().find(|c| c.scope == "site:S").expect("the site's score moves");
            assert_eq!(site.kind, RiskKind::ForcedLabour, "{country}");
            assert!((site.new_score.unwrap() - site.old_score.unwrap() - 3.2).abs() < 0.05, "{country}: {site:?}");
            let prevalence = |f: &[std::sync::Arc<crate::domain::Factor>]| {
                f.iter().find_map(|f| match f.reason() {
                    Some(crate::domain::Reason::ForcedPrevalence { ilo_region, prevalence, .. }) => {
                        Some((ilo_region.to_string(), *prevalence))
                    }
                    _ => None,
                })
            };
            assert_eq!(prevalence(&site.added), Some(("Americas".to_string(), 3.5)), "{country}");
            assert_eq!(prevalence(&site.removed), Some(("Americas".to_string(), 1.9)), "{country}");
            assert!(diff.changes.iter().all(|c| c.kind == RiskKind::ForcedLabour), "{country}: {diff:?}");
        }
        for country in ["CN", "BD", "DE", "QA", "CD"] {
            let d = declaration(vec![site("S", Role::Manufacturing, "copper", country, &[])]);
            assert!(
                compare(&old.assess(&d), &new.assess(&d), Models::Known { old: &old, new: &new }).is_empty(),
                "{country}"
            );
        }
    }

    /// A goods category one assessment has and the other lacks is a change whose missing side is absent (`None`,
    /// with the reason), never a score of 0: absent is not low.
    #[test]
    fn a_category_absent_from_one_model_is_absent_not_a_zero_score() {
        let model = RiskModel::load_dir(&models_dir().join("2022.4")).unwrap();
        let d = declaration(vec![site("S", Role::Manufacturing, "work uniforms", "BD", &[])]);
        let with = model.assess(&d);
        assert!(!with.categories.is_empty());
        let mut without = with.clone();
        without.categories.clear();
        let added = compare(&without, &with, Models::Unknown);
        let gone = compare(&with, &without, Models::Unknown);
        let cat = |diff: &AssessmentDiff| -> Vec<ScoreChange> {
            diff.changes.iter().filter(|c| c.scope.starts_with("category:")).cloned().collect()
        };
        // Each kind of risk of each category: a change, whatever the score on the side that has one.
        assert_eq!(cat(&added).len(), 2 * with.categories.len(), "{added:?}");
        for c in cat(&added) {
            assert_eq!((c.old_score, c.old_band, c.absent), (None, None, Some(Absent::NotInOldModel)), "{c:?}");
            assert!(c.new_score.is_some() && c.new_band.is_some());
            let json = serde_json::to_value(&c).unwrap();
            assert!(json["old_score"].is_null() && json["absent"] == "not_in_old_model", "{json}");
        }
        for c in cat(&gone) {
            assert_eq!((c.new_score, c.new_band, c.absent), (None, None, Some(Absent::NotInNewModel)), "{c:?}");
        }
        // A score present on both sides carries no reason.
        assert!(added.changes.iter().filter(|c| !c.scope.starts_with("category:")).all(|c| c.absent.is_none()));
    }

    /// A category both models have, which the declaration's goods fall in under one of them only, is said to have
    /// no site under the other (`no_site_in_old`, `no_site_in_new`), not to be absent from that model; a category one
    /// model lacks (2022.3 has no `fibre_optic_cable`) stays absent from it.
    #[test]
    fn a_category_both_models_have_is_said_empty_under_one_not_absent_from_it() {
        let old = RiskModel::load_dir(&models_dir().join("2022.3")).unwrap();
        let new = RiskModel::load_dir(&models_dir().join("2022.4")).unwrap();
        let category = |diff: &AssessmentDiff, code: &str| -> Vec<Option<Absent>> {
            let scope = format!("category:{code}");
            diff.changes.iter().filter(|c| c.scope == scope).map(|c| c.absent).collect()
        };
        // Both models have the category: an assessment without it (its goods read elsewhere) has no site in it.
        for (goods, code) in [("work uniforms", "clothing"), ("fibre optic cable", "fibre_optic_cable")] {
            let d = declaration(vec![site("S", Role::Manufacturing, goods, "CN", &[])]);
            let with = new.assess(&d);
            assert!(with.categories.iter().any(|c| c.category == code), "{goods}: {:?}", with.categories);
            let mut without = with.clone();
            without.categories.retain(|c| c.category != code);
            let added = compare(&without, &with, Models::Known { old: &new, new: &new });
            assert_eq!(category(&added, code), [Some(Absent::NoSiteInOld); 2], "{goods}: {added:?}");
            let gone = compare(&with, &without, Models::Known { old: &new, new: &new });
            assert_eq!(category(&gone, code), [Some(Absent::NoSiteInNew); 2], "{goods}: {gone:?}");
            let json = serde_json::to_value(&added.changes).unwrap();
            assert!(json.as_array().unwrap().iter().any(|c| c["absent"] == "no_site_in_old"), "{json}");
        }
        // 2022.3 lacks the fibre-optic category: absent from it, either way round.
        let d = declaration(vec![site("S", Role::Manufacturing, "fibre optic cable", "CN", &[])]);
        let (a, b) = (old.assess(&d), new.assess(&d));
        assert_eq!(
            category(&compare(&a, &b, Models::Known { old: &old, new: &new }), "fibre_optic_cable"),
            [Some(Absent::NotInOldModel); 2]
        );
        assert_eq!(
            category(&compare(&b, &a, Models::Known { old: &new, new: &old }), "fibre_optic_cable"),
            [Some(Absent::NotInNewModel); 2]
        );
    }

    #[test]
    fn sites_are_paired_by_id_whatever_their_order_and_findings_by_code_and_place() {
        let old = RiskModel::load_dir(&models_dir().join("2019.1")).unwrap();
        let new = RiskModel::load_dir(&models_dir().join("2022.1")).unwrap();
        let d = declaration(vec![
            site("CA-1", Role::Manufacturing, "office chairs", "CA", &[]),
            site("UZ-GIN", Role::RawMaterial, "raw cotton", "UZ", &["CA-1"]),
            site("TM-GIN", Role::RawMaterial, "raw cotton", "TM", &["CA-1"]),
        ]);
        let (a, b) = (old.assess(&d), new.assess(&d));
        let scopes = |diff: &AssessmentDiff| {
            let mut s: Vec<String> = diff.changes.iter().map(|c| format!("{} {:?}", c.scope, c.kind)).collect();
            s.sort();
            s
        };
        let straight = compare(&a, &b, Models::Known { old: &old, new: &new });
        let mut reversed = b.clone();
        reversed.sites.reverse();
        reversed.findings.reverse();
        let turned = compare(&a, &reversed, Models::Known { old: &old, new: &new });
        assert!(straight.changes.iter().any(|c| c.scope == "site:UZ-GIN"), "{:?}", scopes(&straight));
        assert_eq!(scopes(&straight), scopes(&turned));
        let sorted = |mut v: Vec<String>| {
            v.sort();
            v
        };
        assert_eq!(sorted(straight.findings_added.clone()), sorted(turned.findings_added.clone()));
        assert_eq!(sorted(straight.findings_removed.clone()), sorted(turned.findings_removed.clone()));
        // The same assessment twice, in any order, is no change.
        assert!(compare(&b, &reversed, Models::Known { old: &old, new: &new }).is_empty());
    }

    #[test]
    fn a_derived_model_with_a_country_index_and_an_entity_list_scores_and_explains_them() {
        let dir = tempfile::tempdir().unwrap();
        let mut req = request(dir.path(), "2022.9");
        req.country_index = Some(CountryIndexOptions {
            source: source(dir.path(), "gsi.csv", "Country,Prevalence\nMalaysia,6.9\nCanada,1.8\nAtlantis,3\n"),
            kind: RiskKind::ForcedLabour,
            country_column: "Country".into(),
            value_column: "Prevalence".into(),
            measure_en: "people in modern slavery per 1,000 (test index)".into(),
            measure_fr: "personnes en esclavage moderne pour 1 000 (indice d'essai)".into(),
            points_per_unit: 1.5,
            max_points: 10.0,
        });
        // Atlantis does not resolve: the model is refused and nothing is written.
        let err = derive(&req).unwrap_err();
        assert!(
            matches!(&err, DeriveError::Invalid(p) if p.iter().any(|p| matches!(p,
                crate::scoring::ModelProblem::UnknownCountry { name, .. } if name == "Atlantis"))),
            "{err}"
        );
        assert!(!req.output.exists());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().filter(|e| e.as_ref().unwrap().path().is_dir()).count(), 0);

        req.country_index.as_mut().unwrap().source =
            source(dir.path(), "gsi.csv", "Country,Prevalence\nMalaysia,6.9\nCanada,1.8\n");
        req.entity_list = Some(EntityListOptions {
            source: source(
                dir.path(),
                "entities.csv",
                "name,country,aliases\n\"Xinjiang Example Textile Co., Ltd.\",CN,Example Textile Group; XET\n",
            ),
            name_column: "name".into(),
            country_column: Some("country".into()),
            aliases_column: Some("aliases".into()),
            points: 60.0,
        });
        let model = derive(&req).unwrap();
        assert_eq!(model.version(), "2022.9");
        let card = std::fs::read_to_string(req.output.join("README.md")).unwrap();
        assert!(card.contains("CC BY 4.0 (test)") && card.contains("entities.csv test edition"));
        assert!(model.sources().any(|s| s.file == "entity_list.csv" && s.licence == "CC BY 4.0 (test)"));

        let mut glove = site("MY-1", Role::Manufacturing, "office chairs", "MY", &[]);
        glove.site_name = "Kuala Lumpur Chairs".into();
        let mut listed = site("CN-1", Role::Processing, "office chairs", "CN", &["MY-1"]);
        listed.operator = Some("EXAMPLE TEXTILE GROUP LIMITED".into());
        let d = declaration(vec![glove, listed]);
        let base = RiskModel::embedded().unwrap().assess(&d);
        let a = model.assess(&d);
        let my = a.sites.iter().find(|s| s.site_id.as_str() == "MY-1").unwrap();
        let index = my.risk.forced_labour.factors.iter().find(|f| f.code() == "country_index").unwrap();
        assert_eq!(index.contribution, 10.0, "6.9 × 1.5 is capped at 10");
        assert!(index.source.as_ref().unwrap().line.is_some());
        assert!(
            matches!(index.reason(), Some(crate::domain::Reason::CountryIndex { country, .. }) if country.as_str() == "MY")
        );
        let cn = a.sites.iter().find(|s| s.site_id.as_str() == "CN-1").unwrap();
        assert!(cn.risk.forced_labour.factors.iter().any(|f| f.code() == "listed_entity"));
        assert!(a.findings.iter().any(|f| f.code() == FindingCode::ListedEntity));
        assert!(!base.findings.iter().any(|f| f.code() == FindingCode::ListedEntity));
        assert!(a.overall.forced_labour.score >= base.overall.forced_labour.score);

        // A version is never overwritten.
        assert!(matches!(derive(&req), Err(DeriveError::Exists(_))));
    }

    #[test]
    fn an_entity_in_another_country_or_with_another_name_does_not_match() {
        let dir = tempfile::tempdir().unwrap();
        let mut req = request(dir.path(), "2022.8");
        req.entity_list = Some(EntityListOptions {
            source: source(dir.path(), "entities.csv", "name,country\nAcme Cotton Ltd,CN\n"),
            name_column: "name".into(),
            country_column: Some("country".into()),
            aliases_column: None,
            points: 60.0,
        });
        let model = derive(&req).unwrap();
        let mut elsewhere = site("VN-1", Role::Manufacturing, "shirts", "VN", &[]);
        elsewhere.site_name = "Acme Cotton Ltd".into();
        let mut other = site("CN-2", Role::Manufacturing, "shirts", "CN", &[]);
        other.site_name = "Acme Cotton Trading".into();
        let a = model.assess(&declaration(vec![elsewhere, other]));
        assert!(!a.findings.iter().any(|f| f.code() == FindingCode::ListedEntity));
    }

    /// The entity list compares names through the shared normaliser (`legal_forms.csv`, as screening does): legal
    /// forms of any jurisdiction are no part of a name, a short form only where the entity's country uses it.
    #[test]
    fn entity_names_are_compared_without_the_legal_forms_of_the_shared_list() {
        let dir = tempfile::tempdir().unwrap();
        let mut req = request(dir.path(), "2022.7");
        req.entity_list = Some(EntityListOptions {
            source: source(
                dir.path(),
                "entities.csv",
                "name,country\n\"Perak Glove Industries Sdn. Bhd.\",MY\nBergen Tauverk AS,NO\nMidwest AG,US\n\
                 Kestrel Mining AS,\n",
            ),
            name_column: "name".into(),
            country_column: Some("country".into()),
            aliases_column: None,
            points: 60.0,
        });
        let model = derive(&req).unwrap();
        let listed = |name: &str, country: &str| {
            let mut s = site("S-1", Role::Manufacturing, "gloves", country, &[]);
            s.site_name = name.into();
            model.assess(&declaration(vec![s])).findings.iter().any(|f| f.code() == FindingCode::ListedEntity)
        };
        // Forms the model's own list did not know (Malaysian, Norwegian), dropped by the shared one.
        assert!(listed("Perak Glove Industries", "MY"));
        assert!(listed("PERAK GLOVE INDUSTRIES (M) BERHAD", "MY"));
        assert!(listed("Bergen Tauverk", "NO"));
        // A short form is a word of a name where the country does not use it; the same name as written still is.
        assert!(!listed("Midwest Inc.", "US"), "AG is no American legal form: `Midwest AG` is not `Midwest`");
        assert!(listed("Midwest AG", "US"));
        // An entity of no country, written with a form: the same name, with or without it.
        assert!(listed("Kestrel Mining AS", "US"));
        assert!(listed("Kestrel Mining", "NO"));
        // Words that are no legal form stay (the model's list dropped `Group` and `Holdings`).
        assert!(!listed("Perak Glove Industries Holdings", "MY"));
    }
}
