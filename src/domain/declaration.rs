//! A supplier declaration, as parsed from any carrier (format 1 of the declaration workbook).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{BusinessNumber, Classification, CountryCode, DueDiligenceQuestion, Right, Role, Scope, SiteId};

/// One whole declaration: who the supplier is, what it attests, its due diligence, its places of work and goods.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Declaration {
    pub supplier: SupplierInfo,
    pub attestations: Vec<Attestation>,
    #[serde(default)]
    pub due_diligence: DueDiligence,
    pub places_of_work: Vec<PlaceOfWork>,
    #[serde(default)]
    pub goods: Vec<GoodsItem>,
}

/// The `Supplier` sheet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SupplierInfo {
    pub legal_name: String,
    pub business_number: Option<BusinessNumber>,
    pub country: CountryCode,
    pub address: Option<String>,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    /// Blank for a standing declaration. Canonical as read ([`canonical_solicitation_number`]).
    pub solicitation_number: Option<String>,
    pub declaration_date: NaiveDate,
    pub signatory_name: String,
    pub signatory_title: Option<String>,
}

/// A PSPC solicitation number in its one canonical form: trimmed and upper-cased. Solicitation numbers are
/// case-insensitive, as contract numbers are (`w8486-26/500` is `W8486-26/500`); every door that reads one (intake,
/// the solicitation pages and API, the list's `solicitation` filter) and the migration of stored ones use this.
pub fn canonical_solicitation_number(number: &str) -> String {
    number.trim().to_uppercase()
}

/// One row of the `Attestations` sheet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attestation {
    pub right: Right,
    pub attested: bool,
    pub scope: Option<Scope>,
    pub comment: Option<String>,
}

/// The `DueDiligence` sheet: one field per question, `None` when not answered.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DueDiligence {
    pub policy: Option<bool>,
    pub supplier_code: Option<bool>,
    pub risk_assessment: Option<bool>,
    pub social_audit: Option<bool>,
    /// The audit standard named in the `Detail` of `social_audit`.
    pub social_audit_standard: Option<String>,
    pub grievance_mechanism: Option<bool>,
    pub remediation: Option<bool>,
    pub traceability_tiers: Option<u32>,
    pub training: Option<bool>,
    pub s211_report: Option<bool>,
    /// The report URL named in the `Detail` of `s211_report`.
    pub s211_report_url: Option<String>,
}

impl DueDiligence {
    /// The yes/no answer to a question (`traceability_tiers` is yes when at least one tier is mapped).
    pub fn answer(&self, q: DueDiligenceQuestion) -> Option<bool> {
        match q {
            DueDiligenceQuestion::Policy => self.policy,
            DueDiligenceQuestion::SupplierCode => self.supplier_code,
            DueDiligenceQuestion::RiskAssessment => self.risk_assessment,
            DueDiligenceQuestion::SocialAudit => self.social_audit,
            DueDiligenceQuestion::GrievanceMechanism => self.grievance_mechanism,
            DueDiligenceQuestion::Remediation => self.remediation,
            DueDiligenceQuestion::TraceabilityTiers => self.traceability_tiers.map(|t| t > 0),
            DueDiligenceQuestion::Training => self.training,
            DueDiligenceQuestion::S211Report => self.s211_report,
        }
    }
}

/// One row of the `PlacesOfWork` sheet: a site in the production chain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceOfWork {
    pub site_id: SiteId,
    pub site_name: String,
    pub operator: Option<String>,
    pub operator_business_number: Option<String>,
    pub role: Role,
    /// What the site makes or handles, in words.
    pub goods: String,
    pub classification: Option<Classification>,
    /// Materials the site takes in.
    #[serde(default)]
    pub inputs: Vec<String>,
    pub address: String,
    pub city: String,
    pub region: Option<String>,
    pub country: CountryCode,
    pub postal_code: Option<String>,
    pub workers: Option<u32>,
    /// 0 to 100.
    pub share_of_value: Option<f64>,
    /// Sites this one ships to; empty = ships to the supplier itself (tier 1).
    #[serde(default)]
    pub supplies_to: Vec<SiteId>,
    pub os_id: Option<String>,
    pub last_audit_date: Option<NaiveDate>,
    pub audit_standard: Option<String>,
}

/// One row of the `Goods` sheet: a line item of the bid.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoodsItem {
    pub item: String,
    pub description: Option<String>,
    pub classification: Option<Classification>,
    pub quantity: Option<f64>,
    pub value_cad: Option<f64>,
    #[serde(default)]
    pub produced_at: Vec<SiteId>,
}
