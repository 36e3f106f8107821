//! The national supply graph over HTTP: its analyses in the API and in pages (each request reads a snapshot of the
//! graph service, `crate::graph_service`, brought up to date with what any door stored), site-match decisions, the
//! picture of a declaration's chain, and DOT/GraphML exports.

use std::collections::BTreeSet;
use std::sync::Arc;

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::auth::{self, Action, MaybeViewer};
use super::frame::Page;
use super::listing;
use super::params::{Form, IdPath, PageQuery, Query, fields_except};
use super::{ApiError, AppState};
use crate::domain::{Lang, RiskKind};
use crate::graph::national::{DisclosureGap, FacilitySummary, GraphCycle, MatchDecision, MatchProposal, SupplyGraph};
use crate::reports::facility::{KINDS, KindReasons, ReasonSources, StrongestSupplier, declarations_to_read};
use crate::reports::graph_pages::{
    ChainView, ContractRef, Explanation, MatchesView, OverviewView, SiteDetail, SiteView,
};

/// Runs an analysis of a graph snapshot on the blocking pool: searches, rankings, cycle and gap finding and exports
/// walk the whole graph (a million facilities on a national portfolio) and must not hold an async worker.
async fn analyse<T: Send + 'static>(
    g: Arc<SupplyGraph>,
    f: impl FnOnce(&SupplyGraph) -> T + Send + 'static,
) -> Result<T, ApiError> {
    web::block(move || f(&g)).await.map_err(ApiError::internal)
}

pub fn api_routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/graph", web::get().to(api_summary))
        .route("/graph/sites", web::get().to(api_search))
        .route("/graph/sites/{id}", web::get().to(api_site))
        .route("/graph/concentration", web::get().to(api_concentration))
        .route("/graph/findings", web::get().to(api_findings))
        .route("/graph/matches", web::get().to(api_matches))
        .route("/graph/matches", web::post().to(api_decide))
        .route("/graph/export", web::get().to(api_export))
        .route("/declarations/{id}/chain", web::get().to(api_chain));
}

/// The query parameters of these pages ([`PageQuery`]): the proposed pairs page with `page`/`per_page`, their API
/// with `limit`/`offset` (its document's).
pub(super) fn page_queries() -> Vec<PageQuery> {
    vec![
        // The page shows the facilities found a page at a time (`page`/`per_page`).
        PageQuery { pattern: "/graph", method: "GET", takes: || fields_except::<SearchQuery>(&["limit", "offset"]) },
        PageQuery {
            pattern: "/graph/matches",
            method: "GET",
            takes: || fields_except::<MatchesQuery>(&["limit", "offset"]),
        },
    ]
}

pub fn page_routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/graph", web::get().to(page_overview))
        .route("/graph/sites/{id}", web::get().to(page_site))
        .route("/graph/matches", web::get().to(page_matches))
        .route("/graph/matches", web::post().to(page_decide))
        .route("/declarations/{id}/chain", web::get().to(page_chain));
}

/// A search of the graph's facilities, one page of what it finds.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchQuery {
    /// Words of a facility's name, address, city, region (in English or French; a region or city of China in any
    /// of its names and scripts: `新疆` finds a site in "Xinjiang", `Xinjiang` one in "新疆维吾尔自治区"), country (ISO
    /// 3166 code or name in English or French), Open Supply Hub ID, operator or operator business number (a program
    /// account, `123456782RT0001`, finds its business number `123456782`); at most 20 words and 200 characters (400
    /// naming `q` otherwise).
    #[param(max_length = 200)]
    q: Option<String>,
    /// At most this many (default 50, from 1 to 1000; API only: the page shows `per_page`).
    #[param(minimum = 1, maximum = 1000)]
    limit: Option<u64>,
    /// Skip this many (default 0, at most 1,000,000,000; API only).
    #[param(minimum = 0, maximum = 1_000_000_000)]
    offset: Option<u64>,
    /// The page's number, from 1 (pages only).
    #[param(ignore)]
    page: Option<u64>,
    /// Facilities a page shows (pages only: default 50, from 1 to 100).
    #[param(ignore)]
    per_page: Option<u64>,
}

/// How many of a list to show.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct LimitQuery {
    /// At most this many (default 100, from 1 to 1000).
    #[param(minimum = 1, maximum = 1000)]
    limit: Option<u64>,
}

/// The form of an export.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ExportQuery {
    /// `graphml` (the graph's default), `dot`, or `json` (a chain's default).
    format: Option<String>,
}

/// The size of the national supply graph.
#[derive(Debug, Serialize, ToSchema)]
pub struct GraphSummary {
    facilities: usize,
    links: usize,
    declarations: usize,
    /// How much of a supplier's score carries to its customer, per tier (a factor between 0 and 1, as the risk
    /// model's weights give it: `tier_decay` in `risk_models/`).
    tier_decay: f64,
}

/// Facilities found, each with its scores.
#[derive(Debug, Serialize, ToSchema)]
pub struct FacilityList {
    /// The `limit` facilities found after the first `offset`, highest score first.
    facilities: Vec<FacilitySummary>,
    /// How many facilities the query finds in all.
    total: usize,
}

/// Facilities that supply more than one declaration, most shared first.
#[derive(Debug, Serialize, ToSchema)]
pub struct Concentration {
    shared_facilities: Vec<FacilitySummary>,
}

/// One page of the pairs of facilities that may be the same place, for an officer to decide.
#[derive(Debug, Serialize, ToSchema)]
pub struct Proposals {
    #[schema(value_type = Vec<Object>)]
    proposals: Vec<MatchProposal>,
    /// How many pairs are proposed in all (every page).
    total: u64,
}

/// Which part of the proposed pairs to show: `limit`/`offset` in the API, `page`/`per_page` on the page.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MatchesQuery {
    /// At most this many (default 100, from 1 to 1000).
    #[param(minimum = 1, maximum = 1000)]
    limit: Option<u64>,
    /// Skip this many (default 0, at most 1,000,000,000).
    #[param(minimum = 0, maximum = 1_000_000_000)]
    offset: Option<u64>,
    /// The page's number, from 1 (pages only).
    #[param(ignore)]
    page: Option<u64>,
    /// Pairs a page shows (pages only: default 50, from 1 to 100).
    #[param(ignore)]
    per_page: Option<u64>,
}

/// `limit` proposed pairs after `offset`, and how many there are in all. The graph proposes them in a fixed order
/// (by the fingerprint of the key they share), so pages of one snapshot never overlap; every pair is built to be
/// counted (`graph::national` is not paged itself).
async fn proposals_window(g: Arc<SupplyGraph>, limit: u64, offset: u64) -> Result<(Vec<MatchProposal>, u64), ApiError> {
    analyse(g, move |g| {
        let all = g.proposals(usize::MAX);
        let total = all.len() as u64;
        let skip = usize::try_from(offset).unwrap_or(usize::MAX);
        let take = usize::try_from(limit).unwrap_or(usize::MAX);
        (all.into_iter().skip(skip).take(take).collect(), total)
    })
    .await
}

/// An officer's decision on a proposed pair, recorded.
#[derive(Debug, Serialize, ToSchema)]
pub struct MatchDecisionRecorded {
    /// The decision as recorded.
    decision: MatchDecisionBody,
}

/// One site of a declaration's chain.
#[derive(Debug, Serialize, ToSchema)]
pub struct ChainSite {
    #[schema(value_type = String)]
    site_id: crate::domain::SiteId,
    site_name: String,
    /// ISO 3166-1 alpha-2.
    country: String,
    /// What the site does (`manufacturing`, `final_assembly`, …); `role_label` (`CodeLabel`) follows it.
    #[schema(value_type = String)]
    role: crate::domain::Role,
    /// The smallest number of links to the supplier's own site (none when unreached).
    tier: Option<u32>,
    #[schema(value_type = Vec<String>)]
    supplies_to: Vec<crate::domain::SiteId>,
    /// `[score, band]`.
    #[schema(value_type = Option<(f64, String)>)]
    forced_labour: Option<(f64, crate::domain::Band)>,
    /// `[score, band]`.
    #[schema(value_type = Option<(f64, String)>)]
    child_labour: Option<(f64, crate::domain::Band)>,
    /// The national facility it is (only for those who see across suppliers).
    facility: Option<String>,
}

/// The chain of one declaration.
#[derive(Debug, Serialize, ToSchema)]
pub struct Chain {
    declaration_id: i64,
    depth: u32,
    links: usize,
    /// Each cycle as the site ids along it.
    cycles: Vec<Vec<String>>,
    sites: Vec<ChainSite>,
}

fn portfolio_viewer(viewer: MaybeViewer) -> Result<auth::Viewer, ApiError> {
    let viewer = viewer.signed_in()?;
    viewer.require(Action::ReadPortfolio)?;
    Ok(viewer)
}

/// The size of the national supply graph (officers, auditors, administrators).
#[utoipa::path(
    get,
    path = "/api/v1/graph",
    responses(
        (status = 200, description = "Facilities, links and declarations in the graph", body = GraphSummary),
        (status = 403, description = "Not an officer, auditor or administrator")
    ),
    tag = "graph"
)]
pub(super) async fn api_summary(state: web::Data<AppState>, viewer: MaybeViewer) -> Result<HttpResponse, ApiError> {
    portfolio_viewer(viewer)?;
    let g = state.graph.current(&state.store).await?;
    Ok(HttpResponse::Ok().json(GraphSummary {
        facilities: g.facility_count(),
        links: g.link_count(),
        declarations: g.declaration_count(),
        // The model's weight as it is written (0.85), not the graph's single-precision copy widened
        // (0.8500000238418579).
        tier_decay: state.model.tier_decay(),
    }))
}

/// Facilities found by name, address, city, region (as declared, or its name in the other language: "British
/// Columbia" or "Colombie-Britannique"), country (ISO 3166 code or name in English or French), Open Supply Hub ID,
/// operator or operator business number; highest score first, with the number found in all.
#[utoipa::path(
    get,
    path = "/api/v1/graph/sites",
    params(SearchQuery),
    responses(
        (status = 200, description = "Facilities found", body = FacilityList),
        (status = 400, description = "A parameter out of its range, or a search (`q`) of more than 20 words or 200 characters: the message names `q` and both bounds; nothing searched"),
        (status = 403, description = "Not an officer, auditor or administrator")
    ),
    tag = "graph"
)]
pub(super) async fn api_search(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    q: Query<SearchQuery>,
) -> Result<HttpResponse, ApiError> {
    portfolio_viewer(viewer)?;
    let g = state.graph.current(&state.store).await?;
    let (limit, offset) = listing::window_of(q.limit, q.offset, 50)?;
    let (limit, offset) = (usize::try_from(limit).unwrap_or(usize::MAX), usize::try_from(offset).unwrap_or(usize::MAX));
    let query = q.into_inner().q.unwrap_or_default();
    super::params::search_text("q", &query)?;
    let (hits, total) = analyse(g, move |g| {
        let (hits, total) = g.search_counted(&query, limit.saturating_add(offset));
        (hits.into_iter().skip(offset).collect::<Vec<_>>(), total)
    })
    .await?;
    Ok(HttpResponse::Ok().json(FacilityList { facilities: hits, total }))
}

async fn site_detail(state: &AppState, id: &str) -> Result<SiteDetail, ApiError> {
    let detail = {
        let g = state.graph.current(&state.store).await?;
        let n = g.find(id).ok_or(ApiError::NotFound)?;
        let f = g.facility(n).ok_or(ApiError::NotFound)?;
        let facility = g.summary(n).ok_or(ApiError::NotFound)?;
        let score = g.score(n);
        let bases = g.bases(n);
        let explanation = [RiskKind::ForcedLabour, RiskKind::ChildLabour]
            .into_iter()
            .zip(score)
            .zip(bases)
            .map(|((kind, score), base)| {
                let strongest = g.strongest_supplier(n, kind);
                Explanation {
                    kind,
                    score,
                    own: (base.own * 10.0).round() / 10.0,
                    input: (base.input * 10.0).round() / 10.0,
                    carried_from: strongest.and_then(|(s, _)| g.summary(s)),
                    carried: strongest.map_or(0.0, |(_, v)| (v * g.decay() * 10.0).round() / 10.0),
                }
            })
            .collect();
        SiteDetail {
            facility,
            goods: f.goods.clone(),
            category: f.category.clone(),
            operator: f.operator.clone(),
            explanation,
            suppliers: g.suppliers_of(n).into_iter().filter_map(|s| g.summary(s)).collect(),
            customers: g.customers_of(n).into_iter().filter_map(|s| g.summary(s)).collect(),
            exposure: g.exposure(n),
            contracts: Vec::new(),
        }
    };
    let numbers: BTreeSet<String> =
        detail.exposure.iter().filter_map(|e| e.declaration.business_number.clone()).collect();
    let mut contracts = Vec::new();
    for bn in numbers {
        for c in state.store.list_contracts(Some(&bn)).await? {
            contracts.push(ContractRef {
                id: c.id,
                number: c.contract.number.clone(),
                title: c.contract.title.clone(),
                supplier_name: c.contract.supplier_name.clone(),
                business_number: c.contract.business_number.clone(),
                awarded_on: c.contract.awarded_on.to_string(),
            });
        }
    }
    Ok(SiteDetail { contracts, ..detail })
}

/// Everything known of one facility: its scores and their explanation, suppliers, customers, the declarations it
/// reaches and their contracts.
#[utoipa::path(
    get,
    path = "/api/v1/graph/sites/{id}",
    params(("id" = String, Path, description = "Facility id (16 hex digits) or one of its keys")),
    responses(
        (status = 200, description = "The facility", body = SiteDetail),
        (status = 403, description = "Not an officer, auditor or administrator"),
        (status = 404, description = "No such facility")
    ),
    tag = "graph"
)]
pub(super) async fn api_site(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    portfolio_viewer(viewer)?;
    Ok(HttpResponse::Ok().json(site_detail(&state, &id).await?))
}

/// Facilities shared by several declarations, most shared first.
#[utoipa::path(
    get,
    path = "/api/v1/graph/concentration",
    params(LimitQuery),
    responses(
        (status = 200, description = "Shared facilities", body = Concentration),
        (status = 403, description = "Not an officer, auditor or administrator")
    ),
    tag = "graph"
)]
pub(super) async fn api_concentration(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    q: Query<LimitQuery>,
) -> Result<HttpResponse, ApiError> {
    portfolio_viewer(viewer)?;
    let g = state.graph.current(&state.store).await?;
    let limit = usize::try_from(listing::limit(q.limit, 100)?).unwrap_or(usize::MAX);
    let shared_facilities = analyse(g, move |g| g.concentration(limit)).await?;
    Ok(HttpResponse::Ok().json(Concentration { shared_facilities }))
}

/// Cycles of the graph and gaps in what suppliers disclosed.
#[derive(Debug, Serialize, ToSchema)]
pub struct Findings {
    #[schema(value_type = Vec<Object>)]
    cycles: Vec<GraphCycle>,
    #[schema(value_type = Vec<Object>)]
    disclosure_gaps: Vec<DisclosureGap>,
}

fn findings(g: &SupplyGraph, limit: usize) -> Findings {
    Findings { cycles: g.cycles(limit), disclosure_gaps: g.disclosure_gaps(limit) }
}

/// Cycles in the graph and gaps in what suppliers disclosed.
#[utoipa::path(
    get,
    path = "/api/v1/graph/findings",
    params(LimitQuery),
    responses(
        (status = 200, description = "Cycles and disclosure gaps", body = Findings),
        (status = 403, description = "Not an officer, auditor or administrator")
    ),
    tag = "graph"
)]
pub(super) async fn api_findings(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    q: Query<LimitQuery>,
) -> Result<HttpResponse, ApiError> {
    portfolio_viewer(viewer)?;
    let g = state.graph.current(&state.store).await?;
    let limit = usize::try_from(listing::limit(q.limit, 100)?).unwrap_or(usize::MAX);
    Ok(HttpResponse::Ok().json(analyse(g, move |g| findings(g, limit)).await?))
}

/// Pairs of facilities that may be the same place (officers and administrators).
#[utoipa::path(
    get,
    path = "/api/v1/graph/matches",
    params(MatchesQuery),
    responses(
        (status = 200, description = "One page of the proposed pairs, and how many there are", body = Proposals),
        (status = 403, description = "Not an officer or administrator")
    ),
    tag = "graph"
)]
pub(super) async fn api_matches(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    q: Query<MatchesQuery>,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    viewer.require(Action::DecideSiteMatches)?;
    let (limit, offset) = listing::window(q.limit, q.offset)?;
    let g = state.graph.current(&state.store).await?;
    let (proposals, total) = proposals_window(g, limit, offset).await?;
    Ok(HttpResponse::Ok().json(Proposals { proposals, total }))
}

/// An officer's decision on a proposed pair (`GET /api/v1/graph/matches` lists them): `same` merges the two
/// facilities, otherwise the pair is silenced.
#[derive(Debug, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MatchDecisionBody {
    /// The key of one facility of the pair (a proposal's `a.key`).
    key_a: String,
    /// The key of the other (a proposal's `b.key`).
    key_b: String,
    /// `true`: one place, merged; `false`: two places, the pair no longer proposed.
    same: bool,
}

impl super::input::JsonBody for MatchDecisionBody {}

/// Decides whether a proposed pair is one place (officers and administrators); recorded in the audit log and applied.
#[utoipa::path(
    post,
    path = "/api/v1/graph/matches",
    request_body = MatchDecisionBody,
    responses(
        (status = 201, description = "Recorded and applied", body = MatchDecisionRecorded),
        (status = 403, description = "Not an officer or administrator, or a session's form token is missing"),
        (status = 409, description = "The pair was decided already (by another instance of the service on the same database, or a request sent at the same moment): the message names the decision on record, by whom and when; nothing was changed")
    ),
    tag = "graph"
)]
pub(super) async fn api_decide(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    viewer.require(Action::DecideSiteMatches)?;
    auth::check_csrf_for(&req, &viewer, None)?;
    let body: MatchDecisionBody = super::input::json_body(&req, payload).await?;
    let d = MatchDecision { key_a: body.key_a.clone(), key_b: body.key_b.clone(), same: body.same };
    state.graph.decide(&state.store, &d, &viewer.account.email).await?;
    Ok(HttpResponse::Created().json(MatchDecisionRecorded { decision: body }))
}

/// The formats of the graph's export, and of a chain (whose default, `json`, is answered by its handler).
const GRAPH_FORMATS: &[&str] = &["graphml", "dot"];
const CHAIN_FORMATS: &[&str] = &["json", "graphml", "dot"];

/// A `format` none of `accepted` names: a 400 listing every one.
fn unknown_format(format: &str, accepted: &[&str]) -> ApiError {
    ApiError::told(
        &crate::domain::Message::new("request.graph.format")
            .text("value", format)
            .with("formats", super::error::quoted_list(accepted)),
    )
}

fn export_response(
    format: Option<&str>,
    dot: impl FnOnce() -> String,
    graphml: impl FnOnce() -> String,
    name: &str,
) -> Result<HttpResponse, ApiError> {
    match format.unwrap_or("graphml") {
        "dot" => Ok(HttpResponse::Ok()
            .content_type("text/vnd.graphviz; charset=utf-8")
            .insert_header((header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}.dot\"")))
            .body(dot())),
        "graphml" => Ok(HttpResponse::Ok()
            .content_type("application/graphml+xml; charset=utf-8")
            .insert_header((header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}.graphml\"")))
            .body(graphml())),
        other => Err(unknown_format(other, GRAPH_FORMATS)),
    }
}

/// The whole graph as GraphML (default) or DOT.
#[utoipa::path(
    get,
    path = "/api/v1/graph/export",
    params(ExportQuery),
    responses(
        (status = 200, description = "The graph", content(
            (String = "application/graphml+xml"),
            (String = "text/vnd.graphviz")
        )),
        (status = 403, description = "Not an officer, auditor or administrator")
    ),
    tag = "graph"
)]
pub(super) async fn api_export(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    q: Query<ExportQuery>,
) -> Result<HttpResponse, ApiError> {
    portfolio_viewer(viewer)?;
    let format = q.format.as_deref();
    if let Some(f) = format.filter(|f| !GRAPH_FORMATS.contains(f)) {
        return Err(unknown_format(f, GRAPH_FORMATS));
    }
    let g = state.graph.current(&state.store).await?;
    let dot = format == Some("dot");
    // Writing the whole graph out is the heaviest analysis of all: on the blocking pool, then answered.
    let text = std::cell::Cell::new(Some(analyse(g, move |g| if dot { g.to_dot() } else { g.to_graphml() }).await?));
    let take = || text.take().unwrap_or_default();
    export_response(format, take, take, "supply-graph")
}

/// The chain of one declaration: its sites with tier, band and national facility, and its links; or its GraphML or
/// DOT export. A supplier sees only its own (others answer 404).
#[utoipa::path(
    get,
    path = "/api/v1/declarations/{id}/chain",
    params(("id" = i64, Path, description = "Declaration id"), ExportQuery),
    responses(
        (status = 200, description = "The chain", content(
            (Chain = "application/json"),
            (String = "application/graphml+xml"),
            (String = "text/vnd.graphviz")
        )),
        (status = 404, description = "No such declaration, or not the caller's")
    ),
    tag = "graph"
)]
pub(super) async fn api_chain(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: IdPath<i64>,
    q: Query<ExportQuery>,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    viewer.require(Action::ReadDeclarations)?;
    if let Some(f) = q.format.as_deref().filter(|f| !CHAIN_FORMATS.contains(f)) {
        return Err(unknown_format(f, CHAIN_FORMATS));
    }
    let stored = super::auth::readable(&state, &viewer, *id).await?;
    let assessment = state.store.latest_assessment(*id).await?.ok_or(ApiError::NotFound)?.assessment;
    let chain = crate::graph::ChainGraph::build(&stored.declaration.places_of_work);
    if let Some(format) = q.format.as_deref().filter(|f| *f != "json") {
        // The exports of one chain are those of a graph holding that declaration alone.
        let mut one = SupplyGraph::new(state.model.tier_decay());
        let meta = crate::graph::national::DeclarationMeta {
            id: *id,
            supplier_id: stored.summary.supplier_id,
            supplier_name: stored.summary.supplier_name.clone(),
            business_number: stored.summary.business_number.clone(),
            solicitation_number: stored.summary.solicitation_number.clone(),
        };
        one.add_declaration(crate::graph::national::DeclarationInput::new(meta, &stored.declaration, &assessment));
        return export_response(Some(format), || one.to_dot(), || one.to_graphml(), &format!("chain-{id}"));
    }
    // The national facility of each site: only for those who may see across suppliers.
    let national: Vec<Option<String>> = if viewer.can(Action::ReadPortfolio) {
        let g = state.graph.current(&state.store).await?;
        (0..stored.declaration.places_of_work.len())
            .map(|i| g.node_of(*id, i).and_then(|n| g.facility(n)).map(|f| f.id()))
            .collect()
    } else {
        vec![None; stored.declaration.places_of_work.len()]
    };
    let sites: Vec<ChainSite> = stored
        .declaration
        .places_of_work
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let a = assessment.sites.get(i);
            ChainSite {
                site_id: p.site_id.clone(),
                site_name: p.site_name.clone(),
                country: p.country.as_str().to_string(),
                role: p.role,
                tier: chain.tier(i),
                supplies_to: p.supplies_to.clone(),
                forced_labour: a.map(|a| (a.risk.forced_labour.score, a.risk.forced_labour.band)),
                child_labour: a.map(|a| (a.risk.child_labour.score, a.risk.child_labour.band)),
                facility: national.get(i).cloned().flatten(),
            }
        })
        .collect();
    let cycles = chain
        .cycles()
        .iter()
        .map(|c| {
            c.iter()
                .filter_map(|&i| stored.declaration.places_of_work.get(i))
                .map(|p| p.site_id.to_string())
                .collect::<Vec<_>>()
        })
        .collect();
    Ok(HttpResponse::Ok().json(super::answer::labelled(&Chain {
        declaration_id: *id,
        depth: chain.depth(),
        links: chain.link_count(),
        cycles,
        sites,
    })?))
}

// ---- Pages ----

async fn page_overview(page: Page, q: Query<SearchQuery>) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::ReadPortfolio, async |ctx| {
        let query = q.q.clone().unwrap_or_default();
        super::params::search_text("q", &query)?;
        let (number, per_page) = listing::page(q.page, q.per_page)?;
        let offset = usize::try_from((number - 1).saturating_mul(per_page)).unwrap_or(usize::MAX);
        let shown = usize::try_from(per_page).unwrap_or(usize::MAX);
        let g = ctx.state.graph.current(&ctx.state.store).await?;
        let searched = query.clone();
        let (f, found, shared, proposals, counts) = analyse(g, move |g| {
            let found = (!searched.trim().is_empty()).then(|| {
                let (hits, total) = g.search_counted(&searched, offset.saturating_add(shown));
                (hits.into_iter().skip(offset).collect::<Vec<_>>(), total)
            });
            let counts = (g.facility_count(), g.link_count(), g.declaration_count());
            (findings(g, 50), found, g.concentration(25), g.proposals(1000).len(), counts)
        })
        .await?;
        let (results, results_total) = match found {
            Some((hits, total)) => (Some(hits), total),
            None => (None, 0),
        };
        // The search and the page size stay in the links to the other pages.
        let mut kept: Vec<(&'static str, String)> = vec![("q", query.clone())];
        kept.extend(q.per_page.map(|n| ("per_page", n.to_string())));
        let pager = results
            .as_ref()
            .map(|hits| listing::pager(&kept, lang, number, per_page, hits.len(), results_total as u64));
        let view = OverviewView {
            title: ctx.state.renderer.t(lang, "graph.title"),
            results: results.filter(|hits| !hits.is_empty()),
            results_total,
            pager,
            query,
            facilities: counts.0,
            links: counts.1,
            declarations: counts.2,
            shared,
            cycles: f.cycles,
            gaps: f.disclosure_gaps,
            can_decide: ctx.viewer.can(Action::DecideSiteMatches),
            proposals,
        };
        ctx.render("pages/graph", &view)
    })
    .await
}

/// The reasons of a facility's national scores in words (`reports::facility`), from one graph snapshot and the
/// latest assessments of the declarations that name the facility.
async fn facility_reasons(state: &AppState, id: &str, lang: Lang) -> Result<Vec<KindReasons>, ApiError> {
    let src = {
        let g = state.graph.current(&state.store).await?;
        let n = g.find(id).ok_or(ApiError::NotFound)?;
        let f = g.facility(n).ok_or(ApiError::NotFound)?;
        let strongest = KINDS
            .iter()
            .map(|&k| {
                let (s, v) = g.strongest_supplier(n, k)?;
                Some(StrongestSupplier {
                    site: g.summary(s)?,
                    occurrences: g.facility(s)?.occurrences.clone(),
                    score: match (k, g.score(s)) {
                        (RiskKind::ForcedLabour, [forced, _]) => forced,
                        (RiskKind::ChildLabour, [_, child]) => child,
                    },
                    carry: v,
                })
            })
            .collect();
        let suppliers =
            f.occurrences.iter().filter_map(|(d, _)| Some((*d, g.declaration(*d)?.supplier_name.clone()))).collect();
        ReasonSources { occurrences: f.occurrences.clone(), strongest, suppliers, decay: g.decay() }
    };
    // The score summaries say which declarations give what; only their explanation documents are read.
    let mut named: Vec<i64> = src.occurrences.iter().map(|o| o.0).collect();
    named.sort_unstable();
    named.dedup();
    let bases = state.store.site_bases(&named).await?;
    let ids = declarations_to_read(&src, |d, i| bases.get(&d)?.get(i as usize).map(|s| s.bases));
    let assessments = state.store.latest_assessments(&ids).await?;
    Ok(crate::reports::facility::reasons(state.renderer.catalog(), lang, &src, &assessments))
}

async fn page_site(page: Page, id: web::Path<String>) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::ReadPortfolio, async |ctx| {
        let detail = site_detail(ctx.state, &id).await?;
        let reasons = facility_reasons(ctx.state, &id, lang).await?;
        let occurrences = {
            let g = ctx.state.graph.current(&ctx.state.store).await?;
            let n = g.find(&id).ok_or(ApiError::NotFound)?;
            g.facility(n).map(|f| f.occurrences.clone()).unwrap_or_default()
        };
        let hits = ctx.state.store.confirmed_screening_hits_at(&occurrences).await?;
        let standing = ctx.state.store.hits_standing(&hits).await?;
        let screening = crate::reports::screening_pages::confirmed_hits(
            ctx.state.renderer.catalog(),
            lang,
            hits,
            &standing,
            crate::screening::effect::today(),
        );
        ctx.render("pages/graph-site", &SiteView { title: detail.facility.name.clone(), detail, reasons, screening })
    })
    .await
}

async fn page_matches(page: Page, q: Query<MatchesQuery>) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::DecideSiteMatches, async |ctx| {
        let (page, per_page) = listing::page(q.page, q.per_page)?;
        let g = ctx.state.graph.current(&ctx.state.store).await?;
        let (proposals, total) = proposals_window(g, per_page, (page - 1) * per_page).await?;
        let kept: Vec<(&'static str, String)> = q.per_page.map(|n| ("per_page", n.to_string())).into_iter().collect();
        let view = MatchesView {
            title: ctx.state.renderer.t(lang, "graph.matches_title"),
            csrf: ctx.chrome.csrf.clone(),
            page,
            pager: listing::pager(&kept, lang, page, per_page, proposals.len(), total),
            proposals,
        };
        ctx.render("pages/graph-matches", &view)
    })
    .await
}

/// The decision form of a proposed pair. It holds nothing else: a field besides these (`same=false` beside
/// `decision=same`) is refused by name rather than left aside.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DecisionForm {
    csrf: Option<String>,
    key_a: String,
    key_b: String,
    /// `same` or `different` (the button pressed), given once; anything else is refused, never read as `different`.
    decision: String,
    /// The page of proposals the form was on, to come back to.
    page: Option<u64>,
}

async fn page_decide(page: Page, form: Form<DecisionForm>) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::DecideSiteMatches, async |ctx| {
        let form = form.read().await?;
        auth::check_csrf_for(ctx.req, &ctx.viewer, form.csrf.as_deref())?;
        let same = match form.decision.as_str() {
            "same" => true,
            "different" => false,
            other => {
                let v = super::params::shown(other);
                return Err(ApiError::told(&crate::domain::Message::new("request.graph.decision").text("value", v)));
            }
        };
        let d = MatchDecision { key_a: form.key_a.clone(), key_b: form.key_b.clone(), same };
        ctx.state.graph.decide(&ctx.state.store, &d, &ctx.viewer.account.email).await?;
        let back = match form.page.filter(|p| *p > 1) {
            Some(p) => format!("/graph/matches?lang={lang}&page={p}"),
            None => format!("/graph/matches?lang={lang}"),
        };
        Ok(HttpResponse::SeeOther().insert_header((header::LOCATION, back)).finish())
    })
    .await
}

async fn page_chain(page: Page, id: IdPath<i64>) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::ReadDeclarations, async |ctx| {
        let stored = super::auth::readable(ctx.state, &ctx.viewer, *id).await?;
        let assessment = ctx.state.store.latest_assessment(*id).await?.ok_or(ApiError::NotFound)?.assessment;
        let renderer = &ctx.state.renderer;
        // Each site links to its facility page for those who may read the national graph (others would meet "Not
        // allowed"); a declaration the graph has not taken in yet links nowhere.
        let linked = ctx.viewer.can(Action::ReadPortfolio);
        let graph = if linked { Some(ctx.state.graph.current(&ctx.state.store).await?) } else { None };
        let facility_href = |i: usize| {
            let g = graph.as_deref()?;
            let f = g.node_of(*id, i).and_then(|n| g.facility(n))?;
            Some(format!("/graph/sites/{}?lang={lang}", f.id()))
        };
        let picture = {
            let sites = crate::reports::explain::SiteIndex::of(&assessment);
            crate::reports::chain::picture(
                &stored.declaration,
                &assessment,
                lang,
                &|k: &str| renderer.t(lang, k),
                &|f| crate::reports::explain::factor_label(renderer.catalog(), lang, f, &sites),
                &facility_href,
            )
        };
        let view = ChainView {
            title: format!("{} — {}", renderer.t(lang, "picture.title"), stored.summary.supplier_name),
            declaration_id: *id,
            supplier_name: stored.summary.supplier_name.clone(),
            site_count: stored.declaration.places_of_work.len(),
            linked,
            picture,
        };
        ctx.render("pages/chain", &view)
    })
    .await
}

#[cfg(test)]
mod tests {
    /// A format the export does not write is refused naming those it writes, quoted in each language's marks.
    #[test]
    fn an_unknown_format_lists_those_written_in_each_language_s_marks() {
        let (en, fr) = super::unknown_format("svg", super::CHAIN_FORMATS).messages();
        assert_eq!(en, "format “svg”: use one of “json”, “graphml”, “dot”");
        assert_eq!(
            fr,
            "format «\u{a0}svg\u{a0}»\u{a0}: utilisez l'un de «\u{a0}json\u{a0}», «\u{a0}graphml\u{a0}», «\u{a0}dot\u{a0}»"
        );
    }
}
