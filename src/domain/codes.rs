//! The closed vocabularies of the declaration format: roles, rights, scopes, due-diligence questions,
//! classifications. Codes are the same in both languages and parse case-insensitively.

use std::fmt;

use serde::{Deserialize, Serialize};
use strum::{AsRefStr, Display, EnumIter, EnumString, IntoStaticStr};

/// What a site does in the production chain.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    EnumIter,
    AsRefStr,
    IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", ascii_case_insensitive)]
pub enum Role {
    FinalAssembly,
    Manufacturing,
    Processing,
    Component,
    RawMaterial,
    Warehousing,
    Trading,
}

impl Role {
    /// Roles that count as a place where the goods are made, for the origin-of-work rule.
    pub fn makes_goods(self) -> bool {
        matches!(self, Role::FinalAssembly | Role::Manufacturing | Role::Processing)
    }
}

/// The nine human and labour rights of the Code of Conduct for Procurement that a supplier attests.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    EnumIter,
    AsRefStr,
    IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", ascii_case_insensitive)]
pub enum Right {
    ChildLabour,
    ForcedLabour,
    HumanTrafficking,
    Discrimination,
    HarassmentAndAbuse,
    FreedomOfAssociation,
    HealthAndSafety,
    FairWages,
    WorkingHours,
}

impl Right {
    /// The right's name in English.
    pub fn label_en(self) -> &'static str {
        match self {
            Right::ChildLabour => "Protection against child labour",
            Right::ForcedLabour => "Protection against forced labour",
            Right::HumanTrafficking => "Protection against human trafficking",
            Right::Discrimination => "Protection against discrimination",
            Right::HarassmentAndAbuse => "Protection against abuse and harassment",
            Right::FreedomOfAssociation => "Freedom of association and collective bargaining",
            Right::HealthAndSafety => "Occupational health and safety",
            Right::FairWages => "Fair wages",
            Right::WorkingHours => "Hours of work",
        }
    }

    /// The right's name in French.
    pub fn label_fr(self) -> &'static str {
        match self {
            Right::ChildLabour => "Protection contre le travail des enfants",
            Right::ForcedLabour => "Protection contre le travail forcé",
            Right::HumanTrafficking => "Protection contre la traite des personnes",
            Right::Discrimination => "Protection contre la discrimination",
            Right::HarassmentAndAbuse => "Protection contre les mauvais traitements et le harcèlement",
            Right::FreedomOfAssociation => "Liberté d'association et négociation collective",
            Right::HealthAndSafety => "Santé et sécurité au travail",
            Right::FairWages => "Salaire équitable",
            Right::WorkingHours => "Heures de travail",
        }
    }
}

/// How far down the chain an attestation reaches.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    EnumIter,
    AsRefStr,
    IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", ascii_case_insensitive)]
pub enum Scope {
    Supplier,
    SupplierAndTier1,
    FullChain,
}

/// The question codes of the `DueDiligence` sheet.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    EnumIter,
    AsRefStr,
    IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", ascii_case_insensitive)]
pub enum DueDiligenceQuestion {
    Policy,
    SupplierCode,
    RiskAssessment,
    SocialAudit,
    GrievanceMechanism,
    Remediation,
    TraceabilityTiers,
    Training,
    S211Report,
}

/// A goods classification: a UNSPSC code (8 digits, trailing zeros for a higher level) or a GSIN goods code.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "scheme", content = "code", rename_all = "snake_case")]
pub enum Classification {
    /// Eight digits: segment, family, class, commodity.
    Unspsc(String),
    /// `N` and four digits, optionally a letter (`N8415`, `N8415A`).
    Gsin(String),
}

impl Classification {
    /// Parses `46181504`, `4618 1504`, `N8415` or `n8415a`; `None` when the text is neither form.
    pub fn parse(s: &str) -> Option<Self> {
        let compact: String = s.chars().filter(|c| !c.is_whitespace() && *c != '-' && *c != '.').collect();
        if compact.len() == 8 && compact.bytes().all(|b| b.is_ascii_digit()) {
            return Some(Classification::Unspsc(compact));
        }
        let upper = compact.to_ascii_uppercase();
        // Byte patterns: a byte of a multi-byte character is never `N`, an ASCII digit or an ASCII letter.
        let gsin = match upper.as_bytes() {
            [b'N', d1, d2, d3, d4, letter @ ..] => {
                [d1, d2, d3, d4].iter().all(|d| d.is_ascii_digit()) && matches!(letter, [] | [b'A'..=b'Z'])
            }
            _ => false,
        };
        gsin.then_some(Classification::Gsin(upper))
    }

    /// The code as written in a workbook.
    pub fn code(&self) -> &str {
        match self {
            Classification::Unspsc(c) | Classification::Gsin(c) => c,
        }
    }
}

impl fmt::Display for Classification {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Debug for Classification {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Classification({})", self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn codes_parse_case_insensitively() {
        assert_eq!(Role::from_str("Final_Assembly").unwrap(), Role::FinalAssembly);
        assert_eq!(Right::from_str("FORCED_LABOUR").unwrap(), Right::ForcedLabour);
        assert_eq!(Scope::from_str("supplier_and_tier1").unwrap(), Scope::SupplierAndTier1);
        assert_eq!(DueDiligenceQuestion::from_str("s211_report").unwrap(), DueDiligenceQuestion::S211Report);
        assert!(Role::from_str("smuggling").is_err());
    }

    #[test]
    fn classifications_accept_unspsc_and_gsin_forms() {
        assert_eq!(Classification::parse("4618 1504"), Some(Classification::Unspsc("46181504".into())));
        assert_eq!(Classification::parse("n8415a"), Some(Classification::Gsin("N8415A".into())));
        assert_eq!(Classification::parse("N84"), None);
        assert_eq!(Classification::parse("4618150"), None);
        assert_eq!(Classification::parse("Né415"), None);
        assert_eq!(Classification::parse("N8415é"), None);
        assert_eq!(Classification::parse("N841é"), None);
    }
}
