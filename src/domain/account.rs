//! Who uses the service: accounts and their roles.

use serde::{Deserialize, Serialize};
use strum::{AsRefStr, Display, EnumIter, EnumString};

use super::{BusinessNumber, BusinessNumberError};

/// What an account may do; the service's authorization table is written in these terms.
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
    AsRefStr,
    EnumIter,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", ascii_case_insensitive)]
pub enum AccountRole {
    /// Sees and submits only its own organisation's declarations (matched by business number).
    Supplier,
    /// Procurement officer: solicitations, bids, declarations of every supplier; may record declarations.
    Officer,
    /// Compliance auditor: reads everything, changes nothing here.
    Auditor,
    /// Manages accounts; may do what an officer does.
    Administrator,
}

impl AccountRole {
    /// The role's name in a language.
    pub fn label(self, lang: super::Lang) -> &'static str {
        match self {
            AccountRole::Supplier => lang.pick("Supplier", "Fournisseur"),
            AccountRole::Officer => lang.pick("Procurement officer", "Agent d'approvisionnement"),
            AccountRole::Auditor => lang.pick("Compliance auditor", "Vérificateur de la conformité"),
            AccountRole::Administrator => lang.pick("Administrator", "Administrateur"),
        }
    }

    /// Whether accounts of this role are told of new screening alerts by e-mail
    /// (`storage::Store::notify_screening_alerts`): officers and auditors, who decide and review hits.
    pub fn receives_screening_alerts(self) -> bool {
        matches!(self, AccountRole::Officer | AccountRole::Auditor)
    }

    /// The organisation an account of this role belongs to: a supplier's business number (required, parsed), none
    /// for the other roles, which see every organisation.
    pub fn organisation(self, business_number: Option<&str>) -> Result<Option<BusinessNumber>, OrganisationError> {
        match (self, business_number.map(str::trim).filter(|b| !b.is_empty())) {
            (AccountRole::Supplier, Some(bn)) => {
                BusinessNumber::parse(bn).map(Some).map_err(|e| OrganisationError::Invalid(bn.to_string(), e))
            }
            (AccountRole::Supplier, None) => Err(OrganisationError::Missing),
            (_, Some(_)) => Err(OrganisationError::NotASupplier),
            (_, None) => Ok(None),
        }
    }
}

/// Why a role and a business number do not go together.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OrganisationError {
    #[error("a supplier account needs its organisation's business number")]
    Missing,
    #[error("only supplier accounts have a business number")]
    NotASupplier,
    #[error("business number {0}: {1}")]
    Invalid(String, BusinessNumberError),
}

impl OrganisationError {
    /// The reason in the catalogues' words (`request.account.organisation.*`), as the API, the pages and the command
    /// line say it in either language.
    pub fn message(&self) -> super::Message {
        use super::Message;
        match self {
            OrganisationError::Missing => Message::new("request.account.organisation.missing"),
            OrganisationError::NotASupplier => Message::new("request.account.organisation.not_supplier"),
            OrganisationError::Invalid(number, why) => {
                Message::new("request.account.organisation.invalid").text("number", number).said("why", why.message())
            }
        }
    }
}

/// An account as the rest of the service sees it (never with its password hash).
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: AccountRole,
    /// For a supplier: the nine-digit business number of its organisation.
    pub business_number: Option<String>,
    /// A disabled account signs in neither by password nor by token, and has no session.
    pub disabled: bool,
    /// The language its messages are written in (`en`, `fr`): chosen on its account page by the user or an
    /// administrator; at first the language of the page where the account was created, or of the first form it
    /// posted. Absent (null): not known yet, messages come in both languages.
    #[serde(default)]
    pub language: Option<super::Lang>,
    /// Whether new screening alerts are told to it by e-mail: only officers and auditors are, each of them until they
    /// turn it off on their account page (`true` for a new account); always `false` for a supplier or an
    /// administrator, whatever was chosen under another role.
    pub screening_alerts: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_supplier_and_only_a_supplier_has_a_valid_business_number() {
        let bn = AccountRole::Supplier.organisation(Some("842 310 575 RT0001")).unwrap().unwrap();
        assert_eq!(bn.as_str(), "842310575");
        assert_eq!(AccountRole::Supplier.organisation(Some(" ")), Err(OrganisationError::Missing));
        assert!(matches!(
            AccountRole::Supplier.organisation(Some("842310576")),
            Err(OrganisationError::Invalid(_, BusinessNumberError::CheckDigit))
        ));
        assert_eq!(AccountRole::Officer.organisation(Some("842310575")), Err(OrganisationError::NotASupplier));
        assert_eq!(AccountRole::Auditor.organisation(None), Ok(None));
    }
}
