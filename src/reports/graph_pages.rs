//! The view models of the national supply graph's pages (`web::graph` fills them from a graph snapshot): the
//! overview, a facility, the proposed matches and a declaration's chain. `SiteDetail` is also the API's answer for a
//! facility, so it carries its OpenAPI schema (a derive only).

use serde::Serialize;
use utoipa::ToSchema;

use super::chain::ChainPicture;
use super::facility::KindReasons;
use super::views::Pager;
use crate::domain::RiskKind;
use crate::graph::national::{DisclosureGap, Exposure, FacilitySummary, GraphCycle, MatchProposal};

/// Everything known of one facility, for the API and the page.
#[derive(Debug, Serialize, ToSchema)]
pub struct SiteDetail {
    pub facility: FacilitySummary,
    pub goods: String,
    pub category: Option<String>,
    pub operator: Option<String>,
    /// What the facility brings itself (highest of its declarations) and what its strongest supplier carries.
    pub explanation: Vec<Explanation>,
    pub suppliers: Vec<FacilitySummary>,
    pub customers: Vec<FacilitySummary>,
    /// The declarations the facility reaches, by which path.
    #[schema(value_type = Vec<Object>)]
    pub exposure: Vec<Exposure>,
    pub contracts: Vec<ContractRef>,
}

/// How a facility's score of one kind comes about.
#[derive(Debug, Serialize, ToSchema)]
pub struct Explanation {
    /// `forced_labour` or `child_labour`.
    #[schema(value_type = String)]
    pub kind: RiskKind,
    pub score: f32,
    pub own: f32,
    pub input: f32,
    pub carried_from: Option<FacilitySummary>,
    pub carried: f32,
}

/// A contract of a supplier the facility reaches.
#[derive(Debug, Serialize, ToSchema)]
pub struct ContractRef {
    pub id: i64,
    pub number: String,
    pub title: String,
    pub supplier_name: String,
    pub business_number: String,
    pub awarded_on: String,
}

/// The national graph's overview page: its size, a search's results, shared facilities, loops, gaps.
#[derive(Debug, Serialize)]
pub struct OverviewView {
    pub title: String,
    pub query: String,
    pub facilities: usize,
    pub links: usize,
    pub declarations: usize,
    /// The page of facilities the search finds (`None`: no search, or a page past the last).
    pub results: Option<Vec<FacilitySummary>>,
    /// How many facilities the search finds in all.
    pub results_total: usize,
    /// Where the page stands among them ("51–100 of 2,340") and the links to the pages either side; `None`: no search.
    pub pager: Option<Pager>,
    pub shared: Vec<FacilitySummary>,
    pub cycles: Vec<GraphCycle>,
    pub gaps: Vec<DisclosureGap>,
    pub can_decide: bool,
    pub proposals: usize,
}

/// A facility's page: everything known of it, and the reasons of its scores in words.
#[derive(Debug, Serialize)]
pub struct SiteView {
    pub title: String,
    #[serde(flatten)]
    pub detail: SiteDetail,
    /// The reasons behind each kind's score, in words (forced labour, then child labour).
    pub reasons: Vec<KindReasons>,
    /// Confirmed screening hits on the facility or its operator, any list.
    pub screening: Vec<super::views::ConfirmedHitView>,
}

/// The page of proposed matches between facilities, one page of them with the officer's forms.
#[derive(Debug, Serialize)]
pub struct MatchesView {
    pub title: String,
    pub csrf: String,
    /// The page shown, for the decision forms to come back to.
    pub page: u64,
    pub proposals: Vec<MatchProposal>,
    pub pager: Pager,
}

/// The picture of one declaration's chain of supply.
#[derive(Debug, Serialize)]
pub struct ChainView {
    pub title: String,
    pub declaration_id: i64,
    pub supplier_name: String,
    pub site_count: usize,
    /// Whether the sites link to their pages in the national graph (the portfolio roles).
    pub linked: bool,
    pub picture: ChainPicture,
}
