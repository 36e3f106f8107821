//! The result of scoring: forced- and child-labour scores per site and overall, each explained by its factors.

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use strum::{AsRefStr, Display, EnumIter, EnumString};

use super::{CountryCode, Finding, Role, SiteId};

/// A risk band. Bounds: low < 25 ≤ medium < 50 ≤ high < 75 ≤ critical.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    AsRefStr,
    EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Band {
    Low,
    Medium,
    High,
    Critical,
}

impl Band {
    /// The band a score falls in.
    pub fn from_score(score: f64) -> Band {
        if score >= 75.0 {
            Band::Critical
        } else if score >= 50.0 {
            Band::High
        } else if score >= 25.0 {
            Band::Medium
        } else {
            Band::Low
        }
    }

    /// The lowest score of the band.
    pub fn floor(self) -> f64 {
        match self {
            Band::Low => 0.0,
            Band::Medium => 25.0,
            Band::High => 50.0,
            Band::Critical => 75.0,
        }
    }
}

/// The two kinds of risk scored, always separately.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Display, AsRefStr, EnumIter)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum RiskKind {
    ForcedLabour,
    ChildLabour,
}

/// Where a factor's number comes from: a dataset, its edition, and the line or entry behind the number.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceRef {
    /// File name in the model folder, e.g. `ilab_goods.csv`.
    pub dataset: Arc<str>,
    /// e.g. `ILAB List of Goods 2022`.
    pub edition: Arc<str>,
    /// The line of the data file behind the number (header = line 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// The entry of a keyed table behind the number, as the data names it: an indicator and a region
    /// (`forced_labour_prevalence/Asia and the Pacific`), a key of `model.toml` (`mitigation`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry: Option<Arc<str>>,
    /// The row in words, as assessments stored before factors were codes wrote it (read, never written).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<String>,
}

/// A due-diligence practice that lowers a score: the declaration's answers, and a site's own recent audit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, AsRefStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Practice {
    Policy,
    SupplierCode,
    RiskAssessment,
    SocialAudit,
    GrievanceMechanism,
    Remediation,
    TraceabilityTiers,
    Training,
    S211Report,
    /// The site was audited within 24 months of the declaration date under a named standard.
    SiteAudit,
}

/// Why the world forced-labour prevalence applies to a country.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, AsRefStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum WorldBecause {
    /// ILAB has no row for the country.
    NotAssessed,
    /// ILAB gives the country no region the model maps to an ILO region.
    NoRegion,
    /// The country's ILO region has no estimate in the model.
    NoEstimate,
}

/// What a factor says, as a code with typed parameters: no words. Names are the data's own (ILAB's English good
/// names, ILAB's advancement levels, ILO region names, ISO 3166 codes); they are put into words, in the reader's
/// language, only where an explanation is shown (`reports::explain`, from the Fluent catalogues and the French
/// names of `risk_models/names_fr.csv`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Reason {
    /// The site's own good is on the ILAB list for its country.
    ListedGood { kind: RiskKind, good: Arc<str>, country: CountryCode },
    /// … listed because it is made with an input listed elsewhere (`input`, from `input_country`, ILAB's words).
    DerivedGood { kind: RiskKind, good: Arc<str>, country: CountryCode, input: Arc<str>, input_country: Arc<str> },
    /// The ILO regional forced-labour prevalence of the country's region, per 1,000 people.
    ForcedPrevalence { country: CountryCode, ilo_region: Arc<str>, prevalence: f64 },
    /// The world forced-labour prevalence (per 1,000 people), and why it applies.
    WorldPrevalence {
        country: CountryCode,
        because: WorldBecause,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ilo_region: Option<Arc<str>>,
        prevalence: f64,
    },
    /// ILAB's child-labour findings for the country: its advancement level and/or the share (0–1) of children
    /// aged 5–14 who work.
    ChildContext {
        country: CountryCode,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        level: Option<Arc<str>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        share: Option<f64>,
    },
    /// ILAB gives no advancement level the model weighs (`level`: the one it gives, if any): the points of a
    /// country ILAB has not assessed apply.
    UnassessedLevel {
        country: CountryCode,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        level: Option<Arc<str>>,
    },
    /// No ILAB share of working children (`in_ilab`: ILAB has a row for the country, without the share): the
    /// ILO–UNICEF share (0–1) of children aged 5–17 in child labour of the country's SDG region (`None`: the world).
    RegionalEstimate {
        country: CountryCode,
        in_ilab: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        region: Option<Arc<str>>,
        share: f64,
    },
    /// A figure of the model's optional country index, with what it measures in both languages (model data).
    CountryIndex { country: CountryCode, value: f64, measure_en: Arc<str>, measure_fr: Arc<str> },
    /// The site or its operator is on the model's entity list (`list`: its edition).
    ListedEntity { entity: Arc<str>, list: Arc<str> },
    /// An officer confirmed that the site (or the supplier) is an entry of a forced-labour list in force (entity
    /// screening: the UFLPA Entity List, a CBP Withhold Release Order or Finding): the score becomes critical. The
    /// list's name in both languages, the entry as the list writes it, and its section and date (`, 2(d)(2)(B)(i),
    /// 2026-01-15`, or empty).
    ScreeningHit { list_en: Arc<str>, list_fr: Arc<str>, entry: Arc<str>, detail: Arc<str> },
    /// A sub-national region with a risk of its own (the model's rule, with its words in both languages).
    Region { country: CountryCode, label_en: Arc<str>, label_fr: Arc<str> },
    /// Risk carried from a supplier site (named in the same assessment's `sites`), × `decay` per tier.
    Upstream { site: SiteId, decay: f64 },
    /// An input (declared, or typical of the goods category) listed for the site's own country, no supplier of it
    /// declared.
    LocalInput { kind: RiskKind, good: Arc<str>, country: CountryCode, declared: bool },
    /// An input listed somewhere (`countries`: the first six, ILAB's words; `listings`: how many) whose origin is not
    /// disclosed.
    UndisclosedInput { kind: RiskKind, good: Arc<str>, declared: bool, countries: Vec<Arc<str>>, listings: u32 },
    /// Due diligence takes `share` (0–1) off the residual risk; `floored`: kept at medium for a listed
    /// forced-labour good.
    Mitigation { share: f64, practices: Vec<Practice>, floored: bool },
    /// Scores stop at 100.
    Cap,
    /// The highest-scored site of the declaration (or category).
    HighestSite { site: SiteId, site_name: String, tier: Option<u32>, country: CountryCode },
}

impl Reason {
    /// The code, as the JSON names it (`listed_good` …).
    pub fn code(&self) -> &'static str {
        match self {
            Reason::ListedGood { .. } => "listed_good",
            Reason::DerivedGood { .. } => "derived_good",
            Reason::ForcedPrevalence { .. } => "forced_prevalence",
            Reason::WorldPrevalence { .. } => "world_prevalence",
            Reason::ChildContext { .. } => "child_context",
            Reason::UnassessedLevel { .. } => "unassessed_level",
            Reason::RegionalEstimate { .. } => "regional_estimate",
            Reason::CountryIndex { .. } => "country_index",
            Reason::ListedEntity { .. } => "listed_entity",
            Reason::ScreeningHit { .. } => "screening_hit",
            Reason::Region { .. } => "region",
            Reason::Upstream { .. } => "upstream",
            Reason::LocalInput { .. } => "local_input",
            Reason::UndisclosedInput { .. } => "undisclosed_input",
            Reason::Mitigation { .. } => "mitigation",
            Reason::Cap => "cap",
            Reason::HighestSite { .. } => "highest_site",
        }
    }
}

/// A factor's reason as stored: a code with parameters, or — in assessments stored before factors were codes — a
/// bare code whose words were stored beside it (`Factor::label_en`/`label_fr`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Explanation {
    Coded(Reason),
    Stored { code: String },
}

/// One term of a score: what it is, where it comes from, its weight and what it added (or removed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Factor {
    /// The code and its parameters, flattened into the factor (`{"code": "listed_good", "good": "Cotton", …}`).
    #[serde(flatten)]
    pub reason: Explanation,
    pub source: Option<SourceRef>,
    pub weight: f64,
    /// Points added to the score (negative for mitigation). The contributions add up to the score.
    pub contribution: f64,
    /// The words, in English and French: written where an explanation leaves the service as JSON (the API, its
    /// exports), and read from assessments stored before factors were codes; never by scoring.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_fr: Option<String>,
}

impl Factor {
    /// A factor of a reason, without words.
    pub fn new(reason: Reason, source: Option<SourceRef>, weight: f64, contribution: f64) -> Factor {
        Factor { reason: Explanation::Coded(reason), source, weight, contribution, label_en: None, label_fr: None }
    }

    /// The code (`listed_good`, `upstream`, `mitigation` …).
    pub fn code(&self) -> &str {
        match &self.reason {
            Explanation::Coded(r) => r.code(),
            Explanation::Stored { code } => code,
        }
    }

    /// The typed reason; `None` for a factor stored before factors were codes.
    pub fn reason(&self) -> Option<&Reason> {
        match &self.reason {
            Explanation::Coded(r) => Some(r),
            Explanation::Stored { .. } => None,
        }
    }
}

/// A score from 0 to 100 with its band and its explanation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Score {
    pub score: f64,
    pub band: Band,
    pub factors: Vec<Factor>,
}

impl Score {
    /// A score of zero with no factors.
    pub fn zero() -> Score {
        Score { score: 0.0, band: Band::Low, factors: Vec::new() }
    }
}

/// Forced- and child-labour scores side by side: of a declaration (`Assessment::overall`), of a site and of a goods
/// category. Inside a site or a category it is flattened, so the stored JSON keeps `forced_labour` and
/// `child_labour` beside the other fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RiskPair {
    pub forced_labour: Score,
    pub child_labour: Score,
}

impl RiskPair {
    /// The score of one kind.
    pub fn get(&self, kind: RiskKind) -> &Score {
        match kind {
            RiskKind::ForcedLabour => &self.forced_labour,
            RiskKind::ChildLabour => &self.child_labour,
        }
    }
}

/// The assessment of one site.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SiteAssessment {
    pub site_id: SiteId,
    pub site_name: String,
    /// `None` for a site that reaches no tier-1 site (only inside a cycle).
    pub tier: Option<u32>,
    pub country: CountryCode,
    pub region: Option<String>,
    pub role: Role,
    /// The goods category code the model placed the site's goods in, if any.
    pub category: Option<String>,
    #[serde(flatten)]
    pub risk: RiskPair,
}

/// The risk of one goods category in a declaration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CategoryAssessment {
    /// The category's code in the model's catalogue (its names are the model's: `RiskModel::category_name`).
    pub category: String,
    /// The names, as assessments stored before categories were codes only carried them (read, never written).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_fr: Option<String>,
    #[serde(flatten)]
    pub risk: RiskPair,
}

/// The whole assessment of a declaration under one model version.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub model_version: String,
    pub overall: RiskPair,
    pub sites: Vec<SiteAssessment>,
    #[serde(default)]
    pub categories: Vec<CategoryAssessment>,
    pub findings: Vec<Finding>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_factor_is_a_code_with_its_parameters_and_reads_back_the_same() {
        let f = Factor::new(
            Reason::ListedGood {
                kind: RiskKind::ForcedLabour,
                good: Arc::from("Cotton"),
                country: CountryCode::parse("UZ").unwrap(),
            },
            None,
            60.0,
            60.0,
        );
        let json = serde_json::to_value(&f).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "listed_good", "kind": "forced_labour", "good": "Cotton", "country": "UZ",
                "source": null, "weight": 60.0, "contribution": 60.0})
        );
        let back: Factor = serde_json::from_value(json).unwrap();
        assert_eq!(back, f);
        assert_eq!(back.code(), "listed_good");
    }

    #[test]
    fn a_factor_stored_with_sentences_reads_as_its_code_and_its_words() {
        let old = serde_json::json!({"code": "listed_good", "label_en": "Cotton from Uzbekistan is on the ILAB list",
            "label_fr": "Cotton (Ouzbékistan) figure sur la liste", "weight": 60.0, "contribution": 60.0,
            "source": {"dataset": "ilab_goods.csv", "edition": "ILAB List of Goods 2022", "row": "line 9: Cotton — Uzbekistan"}});
        let f: Factor = serde_json::from_value(old).unwrap();
        assert_eq!(f.code(), "listed_good");
        assert!(f.reason().is_none());
        assert_eq!(f.label_en.as_deref(), Some("Cotton from Uzbekistan is on the ILAB list"));
        assert_eq!(f.source.as_ref().and_then(|s| s.row.as_deref()), Some("line 9: Cotton — Uzbekistan"));
        // An old factor whose code had no parameters reads as that code.
        let cap: Factor = serde_json::from_value(serde_json::json!({"code": "cap", "label_en": "Scores stop at 100",
            "label_fr": "Les notes plafonnent à 100", "source": null, "weight": 1.0, "contribution": -5.0}))
        .unwrap();
        assert_eq!(cap.reason(), Some(&Reason::Cap));
    }

    #[test]
    fn band_bounds_are_inclusive_below() {
        assert_eq!(Band::from_score(0.0), Band::Low);
        assert_eq!(Band::from_score(24.9), Band::Low);
        assert_eq!(Band::from_score(25.0), Band::Medium);
        assert_eq!(Band::from_score(50.0), Band::High);
        assert_eq!(Band::from_score(75.0), Band::Critical);
        assert_eq!(Band::from_score(100.0), Band::Critical);
    }
}
