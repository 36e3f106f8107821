//! The national supply graph over HTTP: the live graph kept in memory (built from storage on first use, then brought
//! up to date with what was stored since — by any door, the CLI included — before each use), its analyses in the API
//! and in pages, site-match decisions, the picture of a declaration's chain, and DOT/GraphML exports.

use std::collections::BTreeSet;
use std::sync::{RwLock, RwLockReadGuard};

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};

use super::api::within;
use super::auth::{self, Action, MaybeViewer};
use super::pages::serve;
use super::{ApiError, AppState, RequestLang};
use crate::domain::{Lang, RiskKind};
use crate::graph::national::{
    DisclosureGap, Exposure, FacilitySummary, GraphCycle, MatchDecision, MatchProposal, SupplyGraph,
};
use crate::storage::Store;

/// How many declarations are read from storage at a time while catching up.
const BATCH: u64 = 500;

/// The graph every handler shares.
pub struct LiveGraph {
    graph: RwLock<SupplyGraph>,
    /// The highest declaration id taken in; a lock so only one request catches up at a time.
    seen: tokio::sync::Mutex<Option<i64>>,
}

impl LiveGraph {
    /// An empty graph, filled from storage on first use.
    pub fn new(decay: f64) -> LiveGraph {
        LiveGraph { graph: RwLock::new(SupplyGraph::new(decay)), seen: tokio::sync::Mutex::new(None) }
    }

    /// Takes in every declaration stored since the last call (the first call: the officers' decisions, then every
    /// current declaration, scored once), and takes out those they supersede.
    pub async fn catch_up(&self, store: &Store) -> Result<(), ApiError> {
        let mut seen = self.seen.lock().await;
        let first = seen.is_none();
        if first {
            let decisions = store.site_match_decisions().await?;
            let mut g = self.write()?;
            for d in &decisions {
                g.decide(d);
            }
        }
        let mut after = seen.unwrap_or(0);
        loop {
            let batch = store.graph_batch(after, BATCH).await?;
            if batch.last_id == after {
                break;
            }
            after = batch.last_id;
            let mut g = self.write()?;
            for old in batch.superseded {
                g.remove_declaration(old);
            }
            if first {
                g.extend(batch.inputs);
            } else {
                for input in batch.inputs {
                    g.add_declaration(input);
                }
            }
        }
        *seen = Some(after);
        Ok(())
    }

    /// The graph, up to date with storage.
    pub async fn current(&self, store: &Store) -> Result<RwLockReadGuard<'_, SupplyGraph>, ApiError> {
        self.catch_up(store).await?;
        self.graph.read().map_err(|_| ApiError::Internal("the supply graph lock is poisoned".into()))
    }

    fn write(&self) -> Result<std::sync::RwLockWriteGuard<'_, SupplyGraph>, ApiError> {
        self.graph.write().map_err(|_| ApiError::Internal("the supply graph lock is poisoned".into()))
    }

    /// Records an officer's decision on a proposed pair and applies it; a pair the graph does not propose is
    /// refused (400), nothing recorded.
    pub async fn decide(&self, store: &Store, d: &MatchDecision, actor: &str) -> Result<(), ApiError> {
        if !self.current(store).await?.is_proposal(&d.key_a, &d.key_b) {
            return Err(ApiError::bad_request(
                "key_a and key_b must be the keys of two facilities proposed as a possible match (GET /api/v1/graph/matches)",
                "key_a et key_b doivent être les clés de deux lieux proposés comme correspondance possible (GET /api/v1/graph/matches)",
            ));
        }
        store.record_site_match(d, actor).await?;
        self.write()?.decide(d);
        Ok(())
    }
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

pub fn page_routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/graph", web::get().to(page_overview))
        .route("/graph/sites/{id}", web::get().to(page_site))
        .route("/graph/matches", web::get().to(page_matches))
        .route("/graph/matches", web::post().to(page_decide))
        .route("/declarations/{id}/chain", web::get().to(page_chain));
}

#[derive(Debug, Deserialize)]
struct SearchQuery {
    q: Option<String>,
    limit: Option<usize>,
}

#[derive(Debug, Deserialize)]
struct ExportQuery {
    format: Option<String>,
}

fn portfolio_viewer(viewer: MaybeViewer) -> Result<auth::Viewer, ApiError> {
    let viewer = viewer.signed_in()?;
    viewer.require(Action::ReadPortfolio)?;
    Ok(viewer)
}

async fn api_summary(state: web::Data<AppState>, viewer: MaybeViewer) -> Result<HttpResponse, ApiError> {
    portfolio_viewer(viewer)?;
    let g = state.graph.current(&state.store).await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({
        "facilities": g.facility_count(),
        "links": g.link_count(),
        "declarations": g.declaration_count(),
        "tier_decay": g.decay(),
    })))
}

async fn api_search(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    q: web::Query<SearchQuery>,
) -> Result<HttpResponse, ApiError> {
    portfolio_viewer(viewer)?;
    let g = state.graph.current(&state.store).await?;
    let limit = within("limit", q.limit.unwrap_or(50), 1..=500)?;
    let hits = g.search(q.q.as_deref().unwrap_or(""), limit);
    Ok(HttpResponse::Ok().json(serde_json::json!({ "facilities": hits })))
}

/// Everything known of one facility, for the API and the page.
#[derive(Debug, Serialize)]
struct SiteDetail {
    facility: FacilitySummary,
    goods: String,
    category: Option<String>,
    operator: Option<String>,
    /// What the facility brings itself (highest of its declarations) and what its strongest supplier carries.
    explanation: Vec<Explanation>,
    suppliers: Vec<FacilitySummary>,
    customers: Vec<FacilitySummary>,
    exposure: Vec<Exposure>,
    contracts: Vec<ContractRef>,
}

#[derive(Debug, Serialize)]
struct Explanation {
    kind: RiskKind,
    score: f32,
    own: f32,
    input: f32,
    carried_from: Option<FacilitySummary>,
    carried: f32,
}

#[derive(Debug, Serialize)]
struct ContractRef {
    id: i64,
    number: String,
    title: String,
    supplier_name: String,
    business_number: String,
    awarded_on: String,
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

async fn api_site(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    portfolio_viewer(viewer)?;
    Ok(HttpResponse::Ok().json(site_detail(&state, &id).await?))
}

async fn api_concentration(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    q: web::Query<SearchQuery>,
) -> Result<HttpResponse, ApiError> {
    portfolio_viewer(viewer)?;
    let g = state.graph.current(&state.store).await?;
    Ok(HttpResponse::Ok().json(
        serde_json::json!({ "shared_facilities": g.concentration(within("limit", q.limit.unwrap_or(100), 1..=1000)?) }),
    ))
}

#[derive(Debug, Serialize)]
struct Findings {
    cycles: Vec<GraphCycle>,
    disclosure_gaps: Vec<DisclosureGap>,
}

fn findings(g: &SupplyGraph, limit: usize) -> Findings {
    Findings { cycles: g.cycles(limit), disclosure_gaps: g.disclosure_gaps(limit) }
}

async fn api_findings(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    q: web::Query<SearchQuery>,
) -> Result<HttpResponse, ApiError> {
    portfolio_viewer(viewer)?;
    let g = state.graph.current(&state.store).await?;
    Ok(HttpResponse::Ok().json(findings(&g, within("limit", q.limit.unwrap_or(100), 1..=1000)?)))
}

async fn api_matches(state: web::Data<AppState>, viewer: MaybeViewer) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    viewer.require(Action::DecideSiteMatches)?;
    let g = state.graph.current(&state.store).await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "proposals": g.proposals(200) })))
}

#[derive(Debug, Deserialize)]
struct DecisionBody {
    key_a: String,
    key_b: String,
    same: bool,
}

async fn api_decide(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    viewer.require(Action::DecideSiteMatches)?;
    auth::check_csrf_for(&req, &viewer, None)?;
    let body: DecisionBody = super::api::json_body(payload).await?;
    let d = MatchDecision { key_a: body.key_a, key_b: body.key_b, same: body.same };
    state.graph.decide(&state.store, &d, &viewer.account.email).await?;
    Ok(HttpResponse::Created().json(serde_json::json!({ "decision": d })))
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
        other => Err(ApiError::bad_request(
            format!("format `{other}`: use `dot` or `graphml`"),
            format!("format « {other} » : utilisez `dot` ou `graphml`"),
        )),
    }
}

async fn api_export(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    q: web::Query<ExportQuery>,
) -> Result<HttpResponse, ApiError> {
    portfolio_viewer(viewer)?;
    let g = state.graph.current(&state.store).await?;
    export_response(q.format.as_deref(), || g.to_dot(), || g.to_graphml(), "supply-graph")
}

/// The chain of one declaration: its sites with tier, band and national facility, and its links.
async fn api_chain(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: web::Path<i64>,
    q: web::Query<ExportQuery>,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    viewer.require(Action::ReadDeclarations)?;
    let stored = super::api::readable(&state, &viewer, *id).await?;
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
    let sites: Vec<serde_json::Value> = stored
        .declaration
        .places_of_work
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let a = assessment.sites.get(i);
            serde_json::json!({
                "site_id": p.site_id,
                "site_name": p.site_name,
                "country": p.country.as_str(),
                "role": p.role,
                "tier": chain.tier(i),
                "supplies_to": p.supplies_to,
                "forced_labour": a.map(|a| (a.forced_labour.score, a.forced_labour.band)),
                "child_labour": a.map(|a| (a.child_labour.score, a.child_labour.band)),
                "facility": national.get(i).cloned().flatten(),
            })
        })
        .collect();
    Ok(HttpResponse::Ok().json(serde_json::json!({
        "declaration_id": *id,
        "depth": chain.depth(),
        "links": chain.link_count(),
        "cycles": chain.cycles().iter().map(|c| c.iter().filter_map(|&i| stored.declaration.places_of_work.get(i)).map(|p| p.site_id.clone()).collect::<Vec<_>>()).collect::<Vec<_>>(),
        "sites": sites,
    })))
}

// ---- Pages ----

#[derive(Debug, Serialize)]
struct OverviewView {
    title: String,
    query: String,
    facilities: usize,
    links: usize,
    declarations: usize,
    results: Option<Vec<FacilitySummary>>,
    shared: Vec<FacilitySummary>,
    cycles: Vec<GraphCycle>,
    gaps: Vec<DisclosureGap>,
    can_decide: bool,
    proposals: usize,
}

async fn page_overview(
    req: HttpRequest,
    state: web::Data<AppState>,
    lang: RequestLang,
    viewer: MaybeViewer,
    q: web::Query<SearchQuery>,
) -> HttpResponse {
    let lang = lang.0;
    serve(&state, &req, lang, viewer, Action::ReadPortfolio, async |ctx| {
        let g = state.graph.current(&state.store).await?;
        let f = findings(&g, 50);
        let query = q.q.clone().unwrap_or_default();
        let view = OverviewView {
            title: ctx.state.renderer.t(lang, "graph.title"),
            results: (!query.trim().is_empty()).then(|| g.search(&query, 50)),
            query,
            facilities: g.facility_count(),
            links: g.link_count(),
            declarations: g.declaration_count(),
            shared: g.concentration(25),
            cycles: f.cycles,
            gaps: f.disclosure_gaps,
            can_decide: ctx.viewer.can(Action::DecideSiteMatches),
            proposals: g.proposals(1000).len(),
        };
        drop(g);
        ctx.render("pages/graph", &view)
    })
    .await
}

#[derive(Debug, Serialize)]
struct SiteView {
    title: String,
    #[serde(flatten)]
    detail: SiteDetail,
}

async fn page_site(
    req: HttpRequest,
    state: web::Data<AppState>,
    lang: RequestLang,
    viewer: MaybeViewer,
    id: web::Path<String>,
) -> HttpResponse {
    let lang = lang.0;
    serve(&state, &req, lang, viewer, Action::ReadPortfolio, async |ctx| {
        let detail = site_detail(&state, &id).await?;
        ctx.render("pages/graph-site", &SiteView { title: detail.facility.name.clone(), detail })
    })
    .await
}

#[derive(Debug, Serialize)]
struct MatchesView {
    title: String,
    csrf: String,
    proposals: Vec<MatchProposal>,
}

async fn page_matches(
    req: HttpRequest,
    state: web::Data<AppState>,
    lang: RequestLang,
    viewer: MaybeViewer,
) -> HttpResponse {
    let lang = lang.0;
    serve(&state, &req, lang, viewer, Action::DecideSiteMatches, async |ctx| {
        let g = state.graph.current(&state.store).await?;
        let view = MatchesView {
            title: ctx.state.renderer.t(lang, "graph.matches_title"),
            csrf: ctx.chrome.csrf.clone(),
            proposals: g.proposals(200),
        };
        drop(g);
        ctx.render("pages/graph-matches", &view)
    })
    .await
}

#[derive(Debug, Deserialize)]
struct DecisionForm {
    csrf: Option<String>,
    key_a: String,
    key_b: String,
    /// `same` or `different`.
    decision: String,
}

async fn page_decide(
    req: HttpRequest,
    state: web::Data<AppState>,
    lang: RequestLang,
    viewer: MaybeViewer,
    form: web::Form<DecisionForm>,
) -> HttpResponse {
    let lang = lang.0;
    serve(&state, &req, lang, viewer, Action::DecideSiteMatches, async |ctx| {
        auth::check_csrf_for(&req, &ctx.viewer, form.csrf.as_deref())?;
        let d = MatchDecision { key_a: form.key_a.clone(), key_b: form.key_b.clone(), same: form.decision == "same" };
        state.graph.decide(&state.store, &d, &ctx.viewer.account.email).await?;
        Ok(HttpResponse::SeeOther().insert_header((header::LOCATION, format!("/graph/matches?lang={lang}"))).finish())
    })
    .await
}

#[derive(Debug, Serialize)]
struct ChainView {
    title: String,
    declaration_id: i64,
    supplier_name: String,
    site_count: usize,
    picture: crate::reports::chain::ChainPicture,
}

async fn page_chain(
    req: HttpRequest,
    state: web::Data<AppState>,
    lang: RequestLang,
    viewer: MaybeViewer,
    id: web::Path<i64>,
) -> HttpResponse {
    let lang: Lang = lang.0;
    serve(&state, &req, lang, viewer, Action::ReadDeclarations, async |ctx| {
        let stored = super::api::readable(&state, &ctx.viewer, *id).await?;
        let assessment = state.store.latest_assessment(*id).await?.ok_or(ApiError::NotFound)?.assessment;
        let renderer = &ctx.state.renderer;
        let picture =
            crate::reports::chain::picture(&stored.declaration, &assessment, lang, &|k: &str| renderer.t(lang, k));
        let view = ChainView {
            title: format!("{} — {}", renderer.t(lang, "picture.title"), stored.summary.supplier_name),
            declaration_id: *id,
            supplier_name: stored.summary.supplier_name.clone(),
            site_count: stored.declaration.places_of_work.len(),
            picture,
        };
        ctx.render("pages/chain", &view)
    })
    .await
}
