//! The view models of the contract and case pages, the dossier and a bid's follow-up (`web::case_pages` fills
//! them), with the drafts of their forms: what was typed, sent back with the page when a form is refused.

use serde::{Deserialize, Serialize};

use super::casefile::{CaseView, Choice, ContractView, Draft, FormChoices};
use super::views::{self, BandCell};

/// What a user typed into the contract form.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct ContractDraft {
    pub csrf: String,
    pub number: String,
    pub kind: String,
    pub title: String,
    pub business_number: String,
    pub supplier_name: String,
    pub goods_category: String,
    pub value_cad: String,
    pub awarded_on: String,
    pub ends_on: String,
}

/// The contracts page: the list, and the form to record one (with what was typed and its errors).
#[derive(Debug, Serialize)]
pub struct ContractsPage {
    pub title: String,
    pub csrf: String,
    pub can_record: bool,
    pub contracts: Vec<ContractView>,
    pub kinds: Vec<Choice>,
    pub categories: Vec<Choice>,
    pub draft: ContractDraft,
    pub errors: Vec<String>,
}

/// A case in a contract's list.
#[derive(Debug, Serialize)]
pub struct CaseSummaryRow {
    pub id: i64,
    pub title: String,
    pub opened_on: String,
    pub decided: bool,
    pub overdue: usize,
}

/// A contract's page: the contract, its cases and the form to open one.
#[derive(Debug, Serialize)]
pub struct ContractPage {
    pub title: String,
    pub csrf: String,
    pub can_open: bool,
    pub contract: ContractView,
    pub cases: Vec<CaseSummaryRow>,
    pub case_title: String,
    pub errors: Vec<String>,
}

/// A case's page: its events, the forms to record the next ones, and what the viewer may do.
#[derive(Debug, Serialize)]
pub struct CasePage {
    pub title: String,
    pub csrf: String,
    pub case: CaseView,
    pub can_manage: bool,
    pub can_respond: bool,
    pub can_dossier: bool,
    pub choices: FormChoices,
    pub draft: Draft,
    pub errors: Vec<String>,
    pub today: String,
    /// The earliest deadline a notice recorded today may carry (the policy's minimum), and the policy.
    pub min_respond_by: String,
    pub policy: String,
    pub policy_days: u32,
}

/// An assessment of a declaration in the dossier.
#[derive(Debug, Serialize)]
pub struct AssessmentRow {
    pub assessed_at: String,
    pub model_version: String,
    pub forced: BandCell,
    pub child: BandCell,
}

/// A declaration of the supplier in the dossier, with its assessments and its sites.
#[derive(Debug, Serialize)]
pub struct DossierDeclaration {
    pub id: i64,
    pub declaration_date: String,
    pub received_at: String,
    pub solicitation_number: String,
    pub file_name: String,
    pub sha256: String,
    pub superseded: bool,
    pub site_count: u32,
    pub assessments: Vec<AssessmentRow>,
    /// The chain as this declaration disclosed it, each site with its scores under the latest assessment.
    pub sites: Vec<DossierSite>,
}

/// A site of a declaration in the dossier, with its scores under the latest assessment.
#[derive(Debug, Serialize)]
pub struct DossierSite {
    pub tier: String,
    pub site: String,
    pub country_name: String,
    pub forced: BandCell,
    pub child: BandCell,
}

/// An audit entry of the case in the dossier.
#[derive(Debug, Serialize)]
pub struct AuditRow {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    /// The action as recorded (`case.notice`).
    pub action: String,
    /// The action in words of the dossier's language (`admin::audit_action_words`).
    pub action_words: String,
    pub hash: String,
}

/// A case's dossier: the case, the supplier's declarations, its current chain and the audit trail.
#[derive(Debug, Serialize)]
pub struct DossierPage {
    pub title: String,
    pub generated_at: String,
    pub generated_by: String,
    pub css: String,
    pub case: CaseView,
    pub declarations: Vec<DossierDeclaration>,
    /// The supplier's newest current declaration: its chain and scores today.
    pub current: Option<views::DeclarationView>,
    pub audit: Vec<AuditRow>,
}

/// A request as the pages list it.
#[derive(Debug, Serialize)]
pub struct RequestRow {
    pub id: i64,
    /// The declaration it was made on.
    pub declaration_id: i64,
    pub subject: String,
    pub body: String,
    pub sent_on: String,
    pub respond_by: String,
    pub requested_by: String,
    pub status_label: String,
    pub answers: Vec<AnswerRow>,
}

/// A supplier's answer to a request for information.
#[derive(Debug, Serialize)]
pub struct AnswerRow {
    pub text: String,
    pub declaration_id: Option<i64>,
    pub answered_by: String,
    pub answered_at: String,
}

/// What an officer typed into the follow-up forms.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct FollowUpDraft {
    pub csrf: String,
    /// `request` or `note`.
    #[serde(rename = "type")]
    pub kind: String,
    pub subject: String,
    pub body: String,
    pub respond_by: String,
    pub text: String,
}

/// An evaluation note on a bid.
#[derive(Debug, Serialize)]
pub struct NoteRow {
    /// The declaration it was made on.
    pub declaration_id: Option<i64>,
    pub text: String,
    pub author: String,
    pub recorded_at: String,
}

/// A contract awarded to the bidder, linked from the follow-up page.
#[derive(Debug, Serialize)]
pub struct ContractLink {
    pub id: i64,
    pub number: String,
    pub title: String,
    pub awarded_on: String,
}

/// A bid as the follow-up page names it.
#[derive(Debug, Serialize)]
pub struct BidSummary {
    pub id: i64,
    pub supplier_name: String,
    pub declaration_date: String,
    pub business_number: String,
}

/// A bid's follow-up page: its requests for information, notes and contracts, with the officer's forms.
#[derive(Debug, Serialize)]
pub struct FollowUpPage {
    pub title: String,
    pub csrf: String,
    pub can_act: bool,
    pub bid: BidSummary,
    /// The declaration that replaced this one, last of the chain, when this one was replaced.
    pub current: Option<BidSummary>,
    pub solicitation: String,
    pub requests: Vec<RequestRow>,
    /// One page of the bid's notes, oldest first (`notes_pager` says which).
    pub notes: Vec<NoteRow>,
    pub notes_pager: super::pager::Pager,
    /// The page's address, which the pager's links follow.
    pub notes_base: String,
    pub contracts: Vec<ContractLink>,
    pub award_href: String,
    pub draft: FollowUpDraft,
    pub errors: Vec<String>,
    pub min_respond_by: String,
}

/// What a supplier typed into the answer form.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct AnswerDraft {
    pub csrf: String,
    pub text: String,
    pub declaration_id: String,
}

/// A request's page, where the bidder answers.
#[derive(Debug, Serialize)]
pub struct RequestPage {
    pub title: String,
    pub csrf: String,
    pub can_answer: bool,
    pub solicitation: String,
    pub bid_id: i64,
    pub request: RequestRow,
    /// The supplier's declarations it may point its answer to: (id, label).
    pub declarations: Vec<Choice>,
    pub draft: AnswerDraft,
    pub errors: Vec<String>,
}
