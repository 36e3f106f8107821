//! Who uses the service: accounts and their roles.

use serde::{Deserialize, Serialize};
use strum::{AsRefStr, Display, EnumIter, EnumString};

/// What an account may do; the authorization table (`web::auth`) is written in these terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Display, EnumString, AsRefStr, EnumIter)]
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
}

/// An account as the rest of the service sees it (never with its password hash).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub role: AccountRole,
    /// For a supplier: the nine-digit business number of its organisation.
    pub business_number: Option<String>,
}
