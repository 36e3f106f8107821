//! Loading a risk model folder: `model.toml` (weights, catalogue, aliases) and the ILAB and ILO data files, turned
//! into lookup tables once so that scoring does no searching.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Deserialize;

use super::ModelError;
use crate::domain::text::fold_words;
use crate::domain::{Classification, CountryCode, RiskKind, SourceRef};

/// A source dataset of the model.
#[derive(Debug, Clone, Deserialize)]
pub struct Source {
    pub file: String,
    pub edition: String,
    pub publisher: String,
    pub licence: String,
}

/// The weights of the method (see the model card).
#[derive(Debug, Clone, Deserialize)]
pub struct Weights {
    pub listed_good: f64,
    pub derived_good: f64,
    pub local_input: f64,
    pub undisclosed_declared_input: f64,
    pub undisclosed_typical_input: f64,
    pub tier_decay: f64,
    pub forced_context_per_prevalence: f64,
    pub forced_context_unassessed: f64,
    pub child_context_per_working_share: f64,
    pub child_context_share_cap: f64,
    pub mitigation_cap: f64,
    pub listed_forced_floor: f64,
}

/// Share of the score each due-diligence practice takes off.
#[derive(Debug, Clone, Deserialize)]
pub struct Mitigation {
    pub policy: f64,
    pub supplier_code: f64,
    pub risk_assessment: f64,
    pub social_audit: f64,
    pub grievance_mechanism: f64,
    pub remediation: f64,
    pub traceability_tiers: f64,
    pub training: f64,
    pub s211_report: f64,
    pub site_audit: f64,
}

/// A sub-national region with a risk of its own (Xinjiang).
#[derive(Debug, Clone, Deserialize)]
pub struct Region {
    pub country: String,
    pub names: Vec<String>,
    pub kind: RiskKind,
    pub points: f64,
    pub label_en: String,
    pub label_fr: String,
    pub source: String,
}

#[derive(Debug, Clone, Deserialize)]
struct DerivedInput {
    good: String,
    input: String,
}

/// A goods category of the catalogue.
#[derive(Debug, Clone, Deserialize)]
pub struct Category {
    pub code: String,
    pub label_en: String,
    pub label_fr: String,
    /// UNSPSC prefixes (2 to 8 digits).
    pub unspsc: Vec<String>,
    /// GSIN goods codes (`N8415`).
    pub gsin: Vec<String>,
    /// Words (English and French, accents optional) that place goods in this category.
    pub keywords: Vec<String>,
    /// ILAB goods that are this category's goods themselves.
    pub own_goods: Vec<String>,
    /// ILAB goods the category is typically made from.
    pub typical_inputs: Vec<String>,
    /// Whether the place-of-work clause requires the sites that make these goods to be disclosed.
    pub origin_of_work: bool,
}

/// How an optional country index (e.g. the Global Slavery Index) is read and weighed.
#[derive(Debug, Clone, Deserialize)]
pub struct CountryIndexSpec {
    /// The kind of risk the index measures.
    pub kind: RiskKind,
    /// Column holding the country (a name in English or French, or an ISO code).
    #[serde(default = "default_country_column")]
    pub country_column: String,
    /// Column holding the figure.
    #[serde(default = "default_value_column")]
    pub value_column: String,
    /// What the figure is, for the explanation ("estimated prevalence of modern slavery per 1,000 people").
    pub measure_en: String,
    pub measure_fr: String,
    /// Points per unit of the figure, and the most the index may add.
    pub points_per_unit: f64,
    pub max_points: f64,
}

/// How an optional entity list (e.g. the UFLPA Entity List) is read and weighed.
#[derive(Debug, Clone, Deserialize)]
pub struct EntityListSpec {
    /// Column with the entity's name; optional columns with its country and its other names (`;`-separated).
    #[serde(default = "default_name_column")]
    pub name_column: String,
    #[serde(default)]
    pub country_column: Option<String>,
    #[serde(default)]
    pub aliases_column: Option<String>,
    /// Points added to the forced-labour score of a site whose name or operator is on the list.
    pub points: f64,
}

fn default_country_column() -> String {
    "country".into()
}
fn default_value_column() -> String {
    "value".into()
}
fn default_name_column() -> String {
    "name".into()
}

/// One figure of the country index.
#[derive(Debug, Clone)]
pub struct IndexValue {
    pub value: f64,
    pub country_name: String,
    pub line: usize,
}

/// One entity of the entity list, with its names folded for matching.
#[derive(Debug, Clone)]
pub struct Entity {
    pub name: String,
    pub country: Option<CountryCode>,
    pub keys: Vec<String>,
    pub line: usize,
}

/// Words of a company name that say nothing of which company it is.
const LEGAL_FORMS: &[&str] = &[
    "co",
    "company",
    "ltd",
    "limited",
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "llc",
    "plc",
    "group",
    "sa",
    "sarl",
    "sas",
    "gmbh",
    "ag",
    "bv",
    "pte",
    "pty",
    "the",
    "cie",
    "ltee",
    "ltée",
    "holdings",
];

/// A company name folded for matching: accents, case, punctuation and legal forms dropped.
pub fn entity_key(name: &str) -> String {
    fold_words(name).split(' ').filter(|w| !w.is_empty() && !LEGAL_FORMS.contains(w)).collect::<Vec<_>>().join(" ")
}

#[derive(Debug, Deserialize)]
struct ModelFile {
    version: String,
    sources: BTreeMap<String, Source>,
    weights: Weights,
    child_context_advancement: BTreeMap<String, f64>,
    ilab_region_to_ilo: BTreeMap<String, String>,
    mitigation: Mitigation,
    regions: Vec<Region>,
    #[serde(default)]
    derived_inputs: Vec<DerivedInput>,
    aliases: BTreeMap<String, String>,
    categories: Vec<Category>,
    #[serde(default)]
    country_index: Option<CountryIndexSpec>,
    #[serde(default)]
    entity_list: Option<EntityListSpec>,
}

/// One ILAB listing: a good in a country, with the kinds it is listed for.
#[derive(Debug, Clone)]
pub struct Listing {
    pub good: String,
    pub country: CountryCode,
    pub country_name: String,
    pub forced: bool,
    pub child: bool,
    /// Listed because of an input: the input good and the country it comes from.
    pub derived_from: Option<(String, String)>,
    /// Line in the data file (header = line 1).
    pub line: usize,
}

impl Listing {
    /// Whether this listing concerns a kind of risk (forced child labour counts for both).
    pub fn is(&self, kind: RiskKind) -> bool {
        match kind {
            RiskKind::ForcedLabour => self.forced,
            RiskKind::ChildLabour => self.child,
        }
    }
}

/// ILAB country data used for the child-labour context.
#[derive(Debug, Clone)]
pub struct CountryData {
    pub ilab_name: String,
    pub region: String,
    pub advancement: String,
    pub working_children_share: Option<f64>,
    pub line: usize,
}

/// The loaded model: weights, catalogue and lookup tables.
#[derive(Debug, Clone)]
pub struct Tables {
    pub version: String,
    pub sources: BTreeMap<String, Source>,
    pub weights: Weights,
    pub mitigation: Mitigation,
    pub regions: Vec<Region>,
    pub categories: Vec<Category>,
    pub advancement_points: BTreeMap<String, f64>,
    pub ilab_region_to_ilo: BTreeMap<String, String>,
    /// ILO forced-labour prevalence per 1,000 by ILO region.
    pub forced_prevalence: BTreeMap<String, f64>,
    pub world_forced_prevalence: f64,
    /// Every listing, and an index by (good, country).
    pub listings: Vec<Listing>,
    pub by_good_country: HashMap<(String, CountryCode), Vec<usize>>,
    pub by_good: HashMap<String, Vec<usize>>,
    pub countries: HashMap<CountryCode, CountryData>,
    /// Folded phrase → ILAB good name (ILAB names, their singulars, and the aliases), longest phrases first.
    pub phrases: Vec<(Vec<String>, String)>,
    /// The optional country index: how it is weighed and its figures.
    pub country_index: Option<(CountryIndexSpec, HashMap<CountryCode, IndexValue>)>,
    /// The optional entity list: how it is weighed and its entities.
    pub entity_list: Option<(EntityListSpec, Vec<Entity>)>,
    /// Problems found while loading that do not stop the model (for `check`).
    pub problems: Vec<String>,
}

/// The position of a named column in a CSV header (folded comparison), or a problem.
fn column(headers: &csv::StringRecord, name: &str, what: &str) -> Result<usize, ModelError> {
    let want = crate::domain::text::fold_label(name);
    headers
        .iter()
        .position(|h| crate::domain::text::fold_label(h) == want)
        .ok_or_else(|| ModelError::Invalid(format!("{what}: no column `{name}`")))
}

fn load_country_index(
    spec: &CountryIndexSpec,
    text: &str,
    problems: &mut Vec<String>,
) -> Result<HashMap<CountryCode, IndexValue>, ModelError> {
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let headers = rdr.headers().map_err(|e| ModelError::Invalid(format!("country index: {e}")))?.clone();
    let (c, v) = (
        column(&headers, &spec.country_column, "country index")?,
        column(&headers, &spec.value_column, "country index")?,
    );
    let mut out = HashMap::new();
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(|e| ModelError::Invalid(format!("country index: {e}")))?;
        let line = i + 2;
        let name = rec.get(c).unwrap_or("").trim();
        let raw = rec.get(v).unwrap_or("").trim();
        if name.is_empty() && raw.is_empty() {
            continue;
        }
        let Some(code) = CountryCode::parse(name) else {
            problems.push(format!("country index line {line}: country `{name}` does not resolve to ISO 3166"));
            continue;
        };
        if raw.is_empty() {
            continue;
        }
        match raw.replace(',', ".").parse::<f64>() {
            Ok(value) if value.is_finite() && value >= 0.0 => {
                out.insert(code, IndexValue { value, country_name: name.to_string(), line });
            }
            _ => problems.push(format!("country index line {line}: `{raw}` is not a number of 0 or more")),
        }
    }
    Ok(out)
}

fn load_entity_list(spec: &EntityListSpec, text: &str, problems: &mut Vec<String>) -> Result<Vec<Entity>, ModelError> {
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let headers = rdr.headers().map_err(|e| ModelError::Invalid(format!("entity list: {e}")))?.clone();
    let n = column(&headers, &spec.name_column, "entity list")?;
    let c = spec.country_column.as_deref().map(|name| column(&headers, name, "entity list")).transpose()?;
    let a = spec.aliases_column.as_deref().map(|name| column(&headers, name, "entity list")).transpose()?;
    let mut out = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(|e| ModelError::Invalid(format!("entity list: {e}")))?;
        let line = i + 2;
        let name = rec.get(n).unwrap_or("").trim().to_string();
        if name.is_empty() {
            continue;
        }
        let country = match c.and_then(|c| rec.get(c)).map(str::trim).filter(|s| !s.is_empty()) {
            Some(text) => match CountryCode::parse(text) {
                Some(code) => Some(code),
                None => {
                    problems.push(format!("entity list line {line}: country `{text}` does not resolve to ISO 3166"));
                    None
                }
            },
            None => None,
        };
        let mut keys = vec![entity_key(&name)];
        if let Some(aliases) = a.and_then(|a| rec.get(a)) {
            keys.extend(aliases.split(';').map(entity_key));
        }
        keys.retain(|k| !k.is_empty());
        keys.sort();
        keys.dedup();
        out.push(Entity { name, country, keys, line });
    }
    Ok(out)
}

fn singular(token: &str) -> String {
    match token.strip_suffix('s') {
        Some(stem) if token.len() > 3 && !stem.ends_with('s') => stem.to_string(),
        _ => token.to_string(),
    }
}

/// Folds text into singular word tokens for phrase matching.
pub fn tokens(text: &str) -> Vec<String> {
    fold_words(text).split(' ').filter(|t| !t.is_empty()).map(singular).collect()
}

fn yes(s: &str) -> bool {
    s.trim().eq_ignore_ascii_case("yes")
}

/// Reads a file of the model folder through a loader (the filesystem or the compiled-in copy).
pub fn load(read: &dyn Fn(&str) -> Result<String, ModelError>) -> Result<Tables, ModelError> {
    let file: ModelFile =
        toml::from_str(&read("model.toml")?).map_err(|e| ModelError::Invalid(format!("model.toml: {e}")))?;
    let mut problems = Vec::new();
    let source_file = |key: &str| -> Result<String, ModelError> {
        file.sources
            .get(key)
            .map(|s| s.file.clone())
            .ok_or_else(|| ModelError::Invalid(format!("source `{key}` is missing")))
    };

    let mut listings = Vec::new();
    let goods_text = read(&source_file("ilab_goods")?)?;
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(goods_text.as_bytes());
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(|e| ModelError::Invalid(format!("ilab goods: {e}")))?;
        let get = |n: usize| rec.get(n).unwrap_or("").trim().to_string();
        let line = i + 2;
        let Some(country) = CountryCode::parse(&get(2)) else {
            problems.push(format!("ilab goods line {line}: country `{}` does not resolve to ISO 3166", get(2)));
            continue;
        };
        let (mut forced, mut child) = (yes(&get(5)), yes(&get(4)));
        if yes(&get(6)) {
            forced = true;
            child = true;
        }
        let derived = yes(&get(7)).then(|| (get(0), get(8)));
        listings.push(Listing {
            good: get(0),
            country,
            country_name: get(2),
            forced,
            child,
            derived_from: derived,
            line,
        });
    }

    let derived_inputs: HashMap<String, String> =
        file.derived_inputs.iter().map(|d| (d.good.clone(), d.input.clone())).collect();
    // A derived listing takes the kinds of its input's listing in the input's country.
    let snapshot = listings.clone();
    for l in &mut listings {
        if let Some((good, from)) = &l.derived_from {
            let input = derived_inputs.get(good).cloned();
            let from_code = CountryCode::parse(from);
            match (input, from_code) {
                (Some(input), Some(code)) => {
                    for src in snapshot.iter().filter(|s| s.good == input && s.country == code) {
                        l.forced |= src.forced;
                        l.child |= src.child;
                    }
                    l.derived_from = Some((input, from.clone()));
                }
                _ => problems
                    .push(format!("ilab goods line {}: derived good `{good}` has no input in model.toml", l.line)),
            }
        }
    }
    let mut by_good_country: HashMap<(String, CountryCode), Vec<usize>> = HashMap::new();
    let mut by_good: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, l) in listings.iter().enumerate() {
        by_good_country.entry((l.good.clone(), l.country)).or_default().push(i);
        by_good.entry(l.good.clone()).or_default().push(i);
    }

    let mut countries = HashMap::new();
    let countries_text = read(&source_file("ilab_countries")?)?;
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(countries_text.as_bytes());
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(|e| ModelError::Invalid(format!("ilab countries: {e}")))?;
        let get = |n: usize| rec.get(n).unwrap_or("").trim().to_string();
        let line = i + 2;
        let Some(code) = CountryCode::parse(&get(0)) else {
            problems.push(format!("ilab countries line {line}: country `{}` does not resolve to ISO 3166", get(0)));
            continue;
        };
        countries.insert(
            code,
            CountryData {
                ilab_name: get(0),
                region: get(1),
                advancement: get(2),
                working_children_share: get(3).parse().ok(),
                line,
            },
        );
    }

    let mut forced_prevalence = BTreeMap::new();
    let ilo_text = read(&source_file("ilo_regional")?)?;
    let mut rdr = csv::Reader::from_reader(ilo_text.as_bytes());
    for rec in rdr.records() {
        let rec = rec.map_err(|e| ModelError::Invalid(format!("ilo estimates: {e}")))?;
        if rec.get(0) == Some("forced_labour_prevalence")
            && let (Some(region), Some(Ok(v))) = (rec.get(1), rec.get(2).map(str::parse::<f64>))
        {
            forced_prevalence.insert(region.to_string(), v);
        }
    }
    let world_forced_prevalence = forced_prevalence.get("World").copied().unwrap_or(3.5);

    let known_goods: HashSet<&str> = listings.iter().map(|l| l.good.as_str()).collect();
    let mut phrases: Vec<(Vec<String>, String)> = Vec::new();
    for g in &known_goods {
        let base = g.split('(').next().unwrap_or(g);
        phrases.push((tokens(g), g.to_string()));
        if base.trim() != *g {
            phrases.push((tokens(base), g.to_string()));
        }
    }
    for (alias, good) in &file.aliases {
        if !known_goods.contains(good.as_str()) {
            problems.push(format!("alias `{alias}` names `{good}`, which is not an ILAB good of this edition"));
        }
        phrases.push((tokens(alias), good.clone()));
    }
    phrases.retain(|(t, _)| !t.is_empty());
    phrases.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.1.cmp(&b.1)));
    phrases.dedup();

    let country_index = match &file.country_index {
        Some(spec) => {
            let text = read(&source_file("country_index")?)?;
            Some((spec.clone(), load_country_index(spec, &text, &mut problems)?))
        }
        None => None,
    };
    let entity_list = match &file.entity_list {
        Some(spec) => {
            let text = read(&source_file("entity_list")?)?;
            Some((spec.clone(), load_entity_list(spec, &text, &mut problems)?))
        }
        None => None,
    };

    Ok(Tables {
        version: file.version,
        sources: file.sources,
        weights: file.weights,
        mitigation: file.mitigation,
        regions: file.regions,
        categories: file.categories,
        advancement_points: file.child_context_advancement,
        ilab_region_to_ilo: file.ilab_region_to_ilo,
        forced_prevalence,
        world_forced_prevalence,
        listings,
        by_good_country,
        by_good,
        countries,
        phrases,
        country_index,
        entity_list,
        problems,
    })
}

impl Tables {
    /// The ILAB goods named in a text (goods words or an input), by ILAB name, in order found, no repeats.
    pub fn goods_in(&self, text: &str) -> Vec<String> {
        let toks = tokens(text);
        let mut out: Vec<String> = Vec::new();
        for (phrase, good) in &self.phrases {
            if toks.windows(phrase.len()).any(|w| w == phrase.as_slice()) && !out.contains(good) {
                out.push(good.clone());
            }
        }
        out
    }

    /// The listings of a good in a country.
    pub fn listings_of(&self, good: &str, country: CountryCode) -> impl Iterator<Item = &Listing> {
        self.by_good_country
            .get(&(good.to_string(), country))
            .into_iter()
            .flatten()
            .filter_map(|&i| self.listings.get(i))
    }

    /// Every listing of a good, anywhere.
    pub fn listings_anywhere(&self, good: &str) -> impl Iterator<Item = &Listing> {
        self.by_good.get(good).into_iter().flatten().filter_map(|&i| self.listings.get(i))
    }

    /// A reference to a row of a source.
    pub fn source_ref(&self, key: &str, row: Option<String>) -> Option<SourceRef> {
        self.sources.get(key).map(|s| SourceRef { dataset: s.file.clone(), edition: s.edition.clone(), row })
    }

    /// The category of goods: by code first (several candidates are told apart by the words), then by words.
    pub fn classify(&self, classification: Option<&Classification>, words: &str) -> Option<&Category> {
        let folded = format!(" {} ", tokens(words).join(" "));
        let by_words = |c: &Category| {
            c.keywords.iter().any(|k| {
                let k = tokens(k).join(" ");
                !k.is_empty() && folded.contains(&format!(" {k} "))
            })
        };
        if let Some(code) = classification {
            let candidates: Vec<&Category> = match code {
                Classification::Unspsc(c) => {
                    let trimmed = c.trim_end_matches("00");
                    let mut best: Vec<(usize, &Category)> = Vec::new();
                    for cat in &self.categories {
                        for p in &cat.unspsc {
                            // A code at a higher level (trailing zeros) matches the categories below it too.
                            if c.starts_with(p.as_str()) || p.starts_with(trimmed) {
                                best.push((p.len(), cat));
                            }
                        }
                    }
                    best.sort_by_key(|b| std::cmp::Reverse(b.0));
                    let top = best.first().map(|b| b.0);
                    best.into_iter().filter(|b| Some(b.0) == top).map(|b| b.1).collect()
                }
                Classification::Gsin(c) => {
                    // `N` and four digits; a code shorter than that (or not ASCII) is compared whole.
                    let base = c.get(..5).unwrap_or(c);
                    self.categories.iter().filter(|cat| cat.gsin.iter().any(|g| g == base)).collect()
                }
            };
            if let Some(c) = candidates.iter().find(|c| by_words(c)) {
                return Some(c);
            }
            if let Some(c) = candidates.first() {
                return Some(c);
            }
        }
        self.categories.iter().find(|c| by_words(c))
    }

    /// Problems for `chainon model check`.
    pub fn check(&self) -> Vec<String> {
        let mut p = self.problems.clone();
        let goods: HashSet<&str> = self.listings.iter().map(|l| l.good.as_str()).collect();
        for c in &self.categories {
            for g in c.own_goods.iter().chain(&c.typical_inputs) {
                if !goods.contains(g.as_str()) {
                    p.push(format!("category `{}` names `{g}`, which is not an ILAB good of this edition", c.code));
                }
            }
            if c.unspsc.is_empty() && c.gsin.is_empty() && c.keywords.is_empty() {
                p.push(format!("category `{}` cannot be reached: no code and no keyword", c.code));
            }
        }
        let w = &self.weights;
        for (name, v) in [
            ("listed_good", w.listed_good),
            ("derived_good", w.derived_good),
            ("local_input", w.local_input),
            ("undisclosed_declared_input", w.undisclosed_declared_input),
            ("undisclosed_typical_input", w.undisclosed_typical_input),
            ("listed_forced_floor", w.listed_forced_floor),
        ] {
            if !(0.0..=100.0).contains(&v) {
                p.push(format!("weight `{name}` = {v} is outside 0–100"));
            }
        }
        for (name, v) in [("tier_decay", w.tier_decay), ("mitigation_cap", w.mitigation_cap)] {
            if !(0.0..=1.0).contains(&v) {
                p.push(format!("weight `{name}` = {v} is outside 0–1"));
            }
        }
        if let Some((spec, _)) = &self.country_index
            && (!(0.0..=100.0).contains(&spec.max_points) || spec.points_per_unit < 0.0)
        {
            p.push("the country index must add 0–100 points, at a rate of 0 or more per unit".into());
        }
        if let Some((spec, _)) = &self.entity_list
            && !(0.0..=100.0).contains(&spec.points)
        {
            p.push(format!("the entity list's points = {} are outside 0–100", spec.points));
        }
        for key in self.sources.keys() {
            let used = matches!(key.as_str(), "ilab_goods" | "ilab_countries" | "ilo_regional" | "model")
                || (key == "country_index" && self.country_index.is_some())
                || (key == "entity_list" && self.entity_list.is_some());
            if !used {
                p.push(format!("source `{key}` is listed but nothing in the model uses it"));
            }
        }
        for (key, s) in &self.sources {
            if s.licence.trim().is_empty() || s.edition.trim().is_empty() {
                p.push(format!("source `{key}` must record its edition and its licence"));
            }
        }
        if w.listed_forced_floor > 50.0 {
            p.push("the listed forced-labour floor must stay within the medium band".into());
        }
        for region in self.ilab_region_to_ilo.values() {
            if !self.forced_prevalence.contains_key(region) {
                p.push(format!("ILO region `{region}` has no forced-labour prevalence"));
            }
        }
        for d in self.countries.values() {
            if !d.region.is_empty() && !self.ilab_region_to_ilo.contains_key(&d.region) {
                p.push(format!("ILAB region `{}` ({}) has no ILO region", d.region, d.ilab_name));
            }
        }
        p
    }
}
