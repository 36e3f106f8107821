//! The compliance-case API: contracts with the instruments in force for them, cases and their record, the
//! pre-termination checklist. Officers record contracts; auditors open cases and record evidence, notices, plans and
//! decisions; a supplier sees its own contracts and the notices of its cases, and answers them.

use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;
use serde::Deserialize;

use super::api::json_body;
use super::auth::{self, Action, MaybeViewer, Viewer};
use super::{ApiError, AppState};
use crate::cases::{self, CaseEvent, Contract};
use crate::domain::BusinessNumber;
use crate::storage::{StoredCase, StoredContract};

/// Mounts the routes (under `/api/v1`).
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/contracts", web::get().to(list_contracts))
        .route("/contracts", web::post().to(create_contract))
        .route("/contracts/{id}", web::get().to(get_contract))
        .route("/contracts/{id}/cases", web::post().to(open_case))
        .route("/cases/{id}", web::get().to(get_case))
        .route("/cases/{id}/events", web::post().to(add_event))
        .route("/reports/s211", web::get().to(s211_figures));
}

fn contract_json(c: &StoredContract) -> serde_json::Value {
    serde_json::json!({
        "id": c.id,
        "contract": c.contract,
        "instruments": cases::instruments(&c.contract),
        "fiscal_year": cases::fiscal_year(c.contract.awarded_on),
    })
}

/// The contract if this viewer may see it: every contract for the portfolio roles, its own for a supplier.
pub(super) async fn visible_contract(state: &AppState, viewer: &Viewer, id: i64) -> Result<StoredContract, ApiError> {
    let c = state.store.contract(id).await?.ok_or(ApiError::NotFound)?;
    match viewer.only_business_number() {
        Some(bn) if bn != c.contract.business_number => Err(ApiError::NotFound),
        _ => Ok(c),
    }
}

async fn list_contracts(state: web::Data<AppState>, viewer: MaybeViewer) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    viewer.require(Action::ReadDeclarations)?;
    let only = viewer.only_business_number();
    let list = state.store.list_contracts(only.as_deref()).await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "contracts": list.iter().map(contract_json).collect::<Vec<_>>() })))
}

pub(super) fn validate(c: &mut Contract) -> Result<(), ApiError> {
    let bn = BusinessNumber::parse(&c.business_number).map_err(|e| {
        ApiError::bad_request(
            format!("business_number `{}`: {e}", c.business_number),
            format!("business_number « {} » : numéro d'entreprise invalide", c.business_number),
        )
    })?;
    c.business_number = bn.to_string();
    if c.number.trim().is_empty() {
        return Err(ApiError::bad_request(
            "number: a contract needs its number",
            "number : il faut le numéro du contrat",
        ));
    }
    if let Some(end) = c.ends_on
        && end < c.awarded_on
    {
        return Err(ApiError::bad_request(
            format!("ends_on {end} is before awarded_on {}", c.awarded_on),
            format!("ends_on {end} précède awarded_on {}", c.awarded_on),
        ));
    }
    if !(c.value_cad.is_finite() && c.value_cad >= 0.0) {
        return Err(ApiError::bad_request(
            "value_cad: a contract's value is a non-negative number of dollars",
            "value_cad : la valeur d'un contrat est un nombre de dollars positif ou nul",
        ));
    }
    if c.overrides.iter().any(|o| o.reason.trim().is_empty()) {
        return Err(ApiError::bad_request(
            "overrides: every override needs its reason",
            "overrides : chaque correction doit être motivée",
        ));
    }
    Ok(())
}

async fn create_contract(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    viewer.require(Action::RecordContracts)?;
    auth::check_csrf_for(&req, &viewer, None)?;
    let mut contract: Contract = json_body(payload).await?;
    validate(&mut contract)?;
    let stored = state.store.create_contract(&contract, &viewer.account.email).await?;
    Ok(HttpResponse::Created()
        .insert_header(("location", format!("/api/v1/contracts/{}", stored.id)))
        .json(contract_json(&stored)))
}

async fn get_contract(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    let c = visible_contract(&state, &viewer, *id).await?;
    let mut v = contract_json(&c);
    let cases = state.store.cases_of(c.id).await?;
    if let Some(fields) = v.as_object_mut() {
        fields.insert("cases".into(), cases.into());
    }
    Ok(HttpResponse::Ok().json(v))
}

#[derive(Debug, Deserialize)]
struct OpenCase {
    title: String,
}

async fn open_case(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: web::Path<i64>,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    viewer.require(Action::ManageCases)?;
    auth::check_csrf_for(&req, &viewer, None)?;
    let body: OpenCase = json_body(payload).await?;
    if body.title.trim().is_empty() {
        return Err(ApiError::bad_request("title: a case needs a title", "title : un dossier doit avoir un titre"));
    }
    let case_id = state.store.open_case(*id, body.title.trim(), &viewer.account.email).await?;
    Ok(HttpResponse::Created()
        .insert_header(("location", format!("/api/v1/cases/{case_id}")))
        .json(serde_json::json!({ "id": case_id })))
}

/// The case and its contract, if this viewer may see them.
pub(super) async fn visible_case(
    state: &AppState,
    viewer: &Viewer,
    id: i64,
) -> Result<(StoredCase, StoredContract), ApiError> {
    let case = state.store.case(id).await?.ok_or(ApiError::NotFound)?;
    let contract = visible_contract(state, viewer, case.contract_id).await?;
    Ok((case, contract))
}

async fn get_case(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: web::Path<i64>,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    let (mut case, contract) = visible_case(&state, &viewer, *id).await?;
    let today = Utc::now().date_naive();
    let record: Vec<(i64, CaseEvent)> = case.events.iter().map(|e| (e.id, e.event.clone())).collect();
    let overdue = cases::overdue(&record, today);
    if !viewer.can(Action::ReadPortfolio) {
        // A supplier sees what was sent to it and what it answered, never the evidence's sources.
        case.events
            .retain(|e| matches!(e.event, CaseEvent::Notice(_) | CaseEvent::Response(_) | CaseEvent::Decision(_)));
        return Ok(HttpResponse::Ok().json(serde_json::json!({
            "case": case, "contract": contract_json(&contract), "overdue_notices": overdue,
        })));
    }
    let checklist = cases::checklist(&contract.contract, &record, today);
    Ok(HttpResponse::Ok().json(serde_json::json!({
        "case": case,
        "contract": contract_json(&contract),
        "overdue_notices": overdue,
        "checklist": checklist,
        "grounds_met": cases::grounds_met(&checklist),
    })))
}

pub(super) fn check_event(event: &CaseEvent, case: &StoredCase) -> Result<(), ApiError> {
    match event {
        CaseEvent::Notice(n) if n.respond_by <= n.sent_on => Err(ApiError::bad_request(
            format!("respond_by {} must come after sent_on {}", n.respond_by, n.sent_on),
            format!("respond_by {} doit suivre sent_on {}", n.respond_by, n.sent_on),
        )),
        CaseEvent::Response(r)
            if !case.events.iter().any(|e| e.id == r.notice_seq && matches!(e.event, CaseEvent::Notice(_))) =>
        {
            Err(ApiError::bad_request(
                format!("notice_seq {}: no notice of this case has this number", r.notice_seq),
                format!("notice_seq {} : aucun avis de ce dossier ne porte ce numéro", r.notice_seq),
            ))
        }
        CaseEvent::Decision(d) if d.rationale.trim().is_empty() => Err(ApiError::bad_request(
            "rationale: a decision states its reasons",
            "rationale : une décision doit être motivée",
        )),
        CaseEvent::Evidence(e) if e.source.trim().is_empty() => Err(ApiError::bad_request(
            "source: evidence names its source",
            "source : une preuve doit indiquer sa source",
        )),
        _ => Ok(()),
    }
}

async fn add_event(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: web::Path<i64>,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    let (case, _) = visible_case(&state, &viewer, *id).await?;
    let event: CaseEvent = json_body(payload).await?;
    let allowed = viewer.can(Action::ManageCases) || (event.by_supplier() && viewer.only_business_number().is_some());
    if !allowed {
        return Err(ApiError::Forbidden);
    }
    auth::check_csrf_for(&req, &viewer, None)?;
    check_event(&event, &case)?;
    let event_id = state.store.add_case_event(case.id, &event, &viewer.account.email).await?;
    Ok(HttpResponse::Created().json(serde_json::json!({ "id": event_id, "case_id": case.id, "type": event.kind() })))
}

/// The S-211 figures of a fiscal year, from everything stored.
pub(super) async fn s211_for(state: &AppState, fy: i32) -> Result<cases::s211::S211Figures, ApiError> {
    let contracts: Vec<Contract> = state.store.list_contracts(None).await?.into_iter().map(|c| c.contract).collect();
    let filter = crate::storage::DeclarationFilter {
        include_superseded: true,
        limit: 1_000_000_000,
        ..crate::storage::DeclarationFilter::default()
    };
    let declarations = state.store.list_declarations(&filter).await?;
    let ids: Vec<i64> = declarations.iter().map(|d| d.id).collect();
    let assessments = state.store.latest_assessments(&ids).await?;
    let rows: Vec<_> =
        declarations.iter().map(|d| (d.received_at.date_naive(), d.site_count, assessments.get(&d.id))).collect();
    let all_cases = state.store.all_cases().await?;
    let records: Vec<(chrono::NaiveDate, Vec<CaseEvent>)> = all_cases
        .iter()
        .map(|c| (c.opened_at.date_naive(), c.events.iter().map(|e| e.event.clone()).collect()))
        .collect();
    let case_refs: Vec<(chrono::NaiveDate, &[CaseEvent])> = records.iter().map(|(d, e)| (*d, e.as_slice())).collect();
    Ok(cases::s211::figures(
        fy,
        &cases::s211::S211Input { contracts: &contracts, declarations: &rows, cases: &case_refs },
    ))
}

/// A fiscal year asked for by its first year (2026 = April 2026 to March 2027), from 2000 to next year; the current
/// one when absent or empty.
pub(super) fn fiscal_year_param(raw: Option<&str>) -> Result<i32, ApiError> {
    let current = cases::fiscal_year(Utc::now().date_naive());
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(current),
        Some(y) => y.parse::<i32>().ok().filter(|y| (2000..=current + 1).contains(y)).ok_or_else(|| {
            ApiError::bad_request(
                format!("fiscal_year `{y}`: a fiscal year from 2000 to {}, by its first year", current + 1),
                format!("fiscal_year « {y} » : un exercice de 2000 à {}, par sa première année", current + 1),
            )
        }),
    }
}

#[derive(Debug, Deserialize)]
struct S211Query {
    /// The fiscal year by its first year (2026 = April 2026 to March 2027), from 2000 to next year; default: the
    /// current one.
    fiscal_year: Option<String>,
    /// `json` (default) or `csv`.
    format: Option<String>,
}

async fn s211_figures(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    query: web::Query<S211Query>,
) -> Result<HttpResponse, ApiError> {
    viewer.signed_in()?.require(Action::ReadPortfolio)?;
    let fy = fiscal_year_param(query.fiscal_year.as_deref())?;
    let figures = s211_for(&state, fy).await?;
    match query.format.as_deref() {
        None | Some("json") => Ok(HttpResponse::Ok().json(figures)),
        Some("csv") => {
            let body = cases::s211::to_csv(&figures).map_err(|e| ApiError::Internal(e.to_string()))?;
            Ok(HttpResponse::Ok()
                .content_type("text/csv; charset=utf-8")
                .insert_header((
                    "content-disposition",
                    format!("attachment; filename=\"chainon-s211-{}.csv\"", figures.label),
                ))
                .body(body))
        }
        Some(other) => Err(ApiError::bad_request(
            format!("format `{other}`: use json or csv"),
            format!("format « {other} » : utiliser json ou csv"),
        )),
    }
}
