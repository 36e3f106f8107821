//! Problems found in a submitted file (errors reject it, warnings do not) and findings kept with an accepted
//! declaration.

use serde::{Deserialize, Serialize};
use strum::{AsRefStr, Display, EnumIter, EnumString};

/// How bad an intake issue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueLevel {
    /// Rejects the whole file.
    Error,
    /// Reported; the file is still accepted.
    Warning,
}

/// One problem in a submitted file, with its place (`PlacesOfWork!K12`, a sheet, or the file) and a message in
/// English and French.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Issue {
    pub location: String,
    pub field: Option<String>,
    pub message_en: String,
    pub message_fr: String,
    #[serde(skip_serializing_if = "is_error", default = "error_level")]
    pub level: IssueLevel,
}

fn is_error(l: &IssueLevel) -> bool {
    *l == IssueLevel::Error
}

fn error_level() -> IssueLevel {
    IssueLevel::Error
}

impl Issue {
    /// An error at a place.
    pub fn error(
        location: impl Into<String>,
        field: Option<&str>,
        en: impl Into<String>,
        fr: impl Into<String>,
    ) -> Self {
        Issue {
            location: location.into(),
            field: field.map(str::to_string),
            message_en: en.into(),
            message_fr: fr.into(),
            level: IssueLevel::Error,
        }
    }

    /// A warning at a place.
    pub fn warning(
        location: impl Into<String>,
        field: Option<&str>,
        en: impl Into<String>,
        fr: impl Into<String>,
    ) -> Self {
        Issue { level: IssueLevel::Warning, ..Issue::error(location, field, en, fr) }
    }

    /// The message in a language.
    pub fn message(&self, lang: super::Lang) -> &str {
        match lang {
            super::Lang::En => &self.message_en,
            super::Lang::Fr => &self.message_fr,
        }
    }
}

/// The codes of findings stored with an accepted declaration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Display, EnumString, AsRefStr, EnumIter)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum FindingCode {
    /// A right missing from the attestations or attested `No`.
    AttestationNo,
    /// Sites that supply each other in a loop.
    SupplyCycle,
    /// Goods the risk model cannot place in a category.
    UnclassifiedGoods,
    /// A site with high inherent risk inputs and nothing declared upstream of it.
    DisclosureGap,
    /// Goods in a category that requires origin-of-work disclosure with no site that makes them.
    MissingPlaceOfWork,
    /// A site whose name or operator is on an entity list the model carries (e.g. the UFLPA Entity List).
    ListedEntity,
    /// The supplier is on PSPC's list of ineligible and suspended suppliers, in force, confirmed by an officer: the
    /// bid is non-responsive (`screening::effect`).
    IneligibleSupplier,
}

/// How much a finding weighs for an officer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Display, AsRefStr, EnumIter)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
}

/// A finding on an accepted declaration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub code: FindingCode,
    pub severity: Severity,
    /// The English message (also in `message_en`), as the assessment contract names it.
    pub message: String,
    pub message_en: String,
    pub message_fr: String,
    /// The place in the declaration: `PlacesOfWork` site id, a sheet, or `Attestations`.
    pub location: Option<String>,
}

impl Finding {
    /// A finding with its messages.
    pub fn new(
        code: FindingCode,
        severity: Severity,
        location: Option<String>,
        en: impl Into<String>,
        fr: impl Into<String>,
    ) -> Self {
        let en = en.into();
        Finding { code, severity, message: en.clone(), message_en: en, message_fr: fr.into(), location }
    }

    /// The message in a language.
    pub fn message(&self, lang: super::Lang) -> &str {
        match lang {
            super::Lang::En => &self.message_en,
            super::Lang::Fr => &self.message_fr,
        }
    }
}
