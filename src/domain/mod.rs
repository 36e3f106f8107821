//! Pure types of the domain: no I/O, no framework. Everything else depends on this module and it depends on nothing
//! of the crate.

mod account;
#[cfg(test)]
pub(crate) mod arbitrary_text;
mod assessment;
pub mod character_names;
pub mod characters;
pub mod china_places;
mod codes;
mod country;
mod declaration;
mod fiscal_year;
mod ids;
mod issue;
pub mod legal_form;
mod message;
pub mod number;
mod place;
mod portfolio;
mod s211;
mod stored;
pub mod subdivision;
pub mod supply;
pub mod text;

use serde::{Deserialize, Serialize};
use strum::{AsRefStr, Display, EnumString};

pub use account::{Account, AccountRole, OrganisationError};
pub use assessment::{
    ASSESSMENT_FORM, ArithmeticCap, ArithmeticDecay, ArithmeticDueDiligence, ArithmeticHeld, ArithmeticPart,
    ArithmeticSaid, Assessment, AssessmentFormError, AssessmentWords, Band, CarriedRegion, CategoryAssessment,
    Explanation, Factor, FactorPool, FindingEntry, FindingGroups, ListedEntry, OpenBecause, OpenSupplier, Practice,
    Reason, RiskKind, RiskPair, SaidOnce, Score, ScoreArithmetic, SiteAssessment, SourceRef, Withheld, WorldBecause,
    most_exposed,
};
pub use codes::{
    Classification, Coded, DueDiligenceQuestion, Label, Right, Role, Scope, accepted_values, from_label,
    labels_for_codes, labels_of_field,
};
pub use country::{CountryCode, InSentence, NotACountry, read_typed as read_country};
pub use declaration::{
    Attestation, Declaration, DueDiligence, GoodsItem, PlaceOfWork, SupplierInfo, canonical_solicitation_number,
};
pub use fiscal_year::{FiscalYear, FiscalYearError};
pub use ids::{
    BusinessNumber, BusinessNumberError, CRA_PROGRAMS, SiteId, digit_look_alike, digit_look_alike_any_case,
    read_receipt_reference, receipt_reference, sha256_hex,
};
pub use issue::{Finding, FindingCode, FindingReason, FindingText, Issue, IssueLevel, Severity};
pub use message::{Arg as MessageArg, Message, SaidError, Voice, give_voice, io_cause, say, say_both};
pub use place::{Place, Sheet};
pub use portfolio::{PortfolioGoods, PortfolioInput, PortfolioSite, ShareSum};
pub use s211::DeclarationCounts;

/// The two languages of every user-facing text.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    AsRefStr,
    utoipa::ToSchema,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase", ascii_case_insensitive)]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    /// Picks the text of this language.
    pub fn pick<'a>(self, en: &'a str, fr: &'a str) -> &'a str {
        match self {
            Lang::En => en,
            Lang::Fr => fr,
        }
    }

    /// The other language (for the language toggle).
    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Fr,
            Lang::Fr => Lang::En,
        }
    }
}
