//! The result of scoring: forced- and child-labour scores per site and overall, each explained by its factors.

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

/// Where a factor's number comes from: a dataset, its edition, and the row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceRef {
    /// File name in the model folder, e.g. `ilab_goods.csv`.
    pub dataset: String,
    /// e.g. `ILAB List of Goods 2022`.
    pub edition: String,
    /// The row behind the number, in words (e.g. `Cotton — Uzbekistan`), or its line number.
    pub row: Option<String>,
}

/// One term of a score: what it is, where it comes from, its weight and what it added (or removed).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Factor {
    /// A stable code, e.g. `listed_good`, `upstream`, `undisclosed_input`, `mitigation`.
    pub code: String,
    pub label_en: String,
    pub label_fr: String,
    pub source: Option<SourceRef>,
    pub weight: f64,
    /// Points added to the score (negative for mitigation). The contributions add up to the score.
    pub contribution: f64,
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

/// Forced- and child-labour scores side by side.
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
    pub forced_labour: Score,
    pub child_labour: Score,
}

/// The risk of one goods category in a declaration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CategoryAssessment {
    pub category: String,
    pub label_en: String,
    pub label_fr: String,
    pub forced_labour: Score,
    pub child_labour: Score,
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
    fn band_bounds_are_inclusive_below() {
        assert_eq!(Band::from_score(0.0), Band::Low);
        assert_eq!(Band::from_score(24.9), Band::Low);
        assert_eq!(Band::from_score(25.0), Band::Medium);
        assert_eq!(Band::from_score(50.0), Band::High);
        assert_eq!(Band::from_score(75.0), Band::Critical);
        assert_eq!(Band::from_score(100.0), Band::Critical);
    }
}
