//! The compliance-case API: contracts with the instruments in force for them, cases and their record, the
//! pre-termination checklist. Officers record contracts; auditors open cases and record evidence, notices, plans and
//! decisions; a supplier sees its own contracts and the notices of its cases, and answers them.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::auth::{self, Action, MaybeViewer, Viewer};
use super::input::json_body;
use super::params::{self, IdPath, Query};
use super::{ApiError, AppState};
use crate::cases::s211::S211Figures;
use crate::cases::{self, CaseEvent, Check, Contract, InstrumentStatus};
use crate::domain::{BusinessNumber, FiscalYear, Lang, Message};
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

/// A contract with the instruments in force for it and the fiscal year of its award. Its `kind` and each
/// `instrument` have their `CodeLabel` beside them as `<field>_label`.
#[derive(Debug, Serialize, ToSchema)]
pub struct ContractView {
    id: i64,
    contract: Contract,
    instruments: Vec<InstrumentStatus>,
    /// The fiscal year of the award, by its first year (2026 = April 2026 to March 2027).
    fiscal_year: i32,
}

/// A goods category's names in the risk model, by its code (a contract's category is checked against the model when
/// it is recorded; one the model no longer has is named by its code, the only name left).
pub(super) fn category_name<'a>(model: &'a crate::scoring::RiskModel, code: &'a str) -> cases::CategoryName<'a> {
    use crate::domain::Lang;
    cases::CategoryName {
        en: model.category_name(code, Lang::En).unwrap_or(code),
        fr: model.category_name(code, Lang::Fr).unwrap_or(code),
    }
}

fn contract_json(state: &AppState, c: &StoredContract) -> ContractView {
    let cat = state.renderer.catalog();
    let say = |lang, m: &Message| cat.say(lang, m);
    ContractView {
        id: c.id,
        contract: c.contract.clone(),
        instruments: cases::instruments(&c.contract, category_name(&state.model, &c.contract.goods_category), &say),
        fiscal_year: FiscalYear::containing(c.contract.awarded_on).first_year(),
    }
}

/// The labels of the codes of contracts and cases, from the message catalogues: a contract's `kind`, an
/// `instrument`, an evidence's `kind`, `indicators` and `credibility`, a decision's `outcome`; and the goods
/// `category` of an S-211 figure, from the risk model (its code when the model no longer has it, as a contract's).
fn case_labels(
    state: &AppState,
) -> impl Fn(&str, &str, &serde_json::Map<String, serde_json::Value>) -> Option<(String, String)> + '_ {
    move |field, code, obj| {
        if field == "category" && obj.contains_key("band") {
            let name = category_name(&state.model, code);
            return Some((name.en.to_string(), name.fr.to_string()));
        }
        let section = match field {
            "kind" if obj.contains_key("awarded_on") => "contract_kind",
            "kind" if obj.contains_key("credibility") => "evidence_kind",
            "instrument" => "instrument",
            "indicators" => "ilo",
            "credibility" => "credibility",
            "outcome" => "outcome",
            _ => return None,
        };
        let key = format!("{section}.{code}");
        let cat = state.renderer.catalog();
        cat.has(&key).then(|| (cat.get(Lang::En, &key).to_string(), cat.get(Lang::Fr, &key).to_string()))
    }
}

/// Answers `body` as JSON with the labels of its codes beside them (`CodeLabel`).
fn labelled_json<T: Serialize>(state: &AppState, status: StatusCode, body: &T) -> Result<HttpResponse, ApiError> {
    let labels = case_labels(state);
    Ok(HttpResponse::build(status).json(super::answer::labelled_with(body, &labels)?))
}

/// The contracts a caller may see.
#[derive(Debug, Serialize, ToSchema)]
pub struct ContractList {
    contracts: Vec<ContractView>,
}

/// A contract and the ids of its cases.
#[derive(Debug, Serialize, ToSchema)]
pub struct ContractDetail {
    #[serde(flatten)]
    view: ContractView,
    /// The ids of the contract's cases, oldest first.
    cases: Vec<i64>,
}

/// What was created: its id.
#[derive(Debug, Serialize, ToSchema)]
pub struct Created {
    id: i64,
}

/// A case as its viewer may see it: a supplier sees notices, responses and decisions only, and no checklist.
/// Each code (an evidence's `kind`, `indicators`, `credibility`, a decision's `outcome`, an `instrument`) has its
/// `CodeLabel` beside it as `<field>_label` (a list for a list).
#[derive(Debug, Serialize, ToSchema)]
pub struct CaseView {
    case: StoredCase,
    contract: ContractView,
    /// The ids of notices whose deadline passed without a response.
    overdue_notices: Vec<i64>,
    /// The case's notices, numbered from 1, with the dates that hold for them (sent when the supplier could first
    /// see them; the deadline at least the policy's minimum) and whether each was answered or is overdue.
    notices: Vec<cases::NoticeStatus>,
    /// Files attached to the entries the caller sees, with their SHA-256 (download: `/cases/{id}/attachments/{file}`).
    attachments: Vec<cases::attachments::AttachmentInfo>,
    /// The pre-termination checklist (not shown to suppliers).
    #[serde(skip_serializing_if = "Option::is_none")]
    checklist: Option<Vec<Check>>,
    /// Whether every check is met (not shown to suppliers).
    #[serde(skip_serializing_if = "Option::is_none")]
    grounds_met: Option<bool>,
}

/// An event recorded in a case.
#[derive(Debug, Serialize, ToSchema)]
pub struct EventRecorded {
    id: i64,
    case_id: i64,
    /// The event's type: `evidence`, `notice`, `response`, `action_plan` or `decision`.
    #[serde(rename = "type")]
    kind: &'static str,
}

/// The contract if this viewer may see it: every contract for the portfolio roles, its own for a supplier.
pub(super) async fn visible_contract(state: &AppState, viewer: &Viewer, id: i64) -> Result<StoredContract, ApiError> {
    let c = state.store.contract(id).await?.ok_or(ApiError::NotFound)?;
    match viewer.only_business_number() {
        Some(bn) if bn != c.contract.business_number => Err(ApiError::NotFound),
        _ => Ok(c),
    }
}

/// The contracts the caller may see: every contract for officers, auditors and administrators, its own for a supplier.
#[utoipa::path(
    get,
    path = "/api/v1/contracts",
    responses((status = 200, description = "Contracts with their instruments", body = ContractList)),
    tag = "cases"
)]
pub(super) async fn list_contracts(state: web::Data<AppState>, viewer: MaybeViewer) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    viewer.require(Action::ReadDeclarations)?;
    let only = viewer.only_business_number();
    let list = state.store.list_contracts(only.as_deref()).await?;
    labelled_json(
        &state,
        StatusCode::OK,
        &ContractList { contracts: list.iter().map(|c| contract_json(&state, c)).collect() },
    )
}

/// The largest value a contract may record, in dollars: a trillion, about twice the Government of Canada's yearly
/// spending.
const MAX_CONTRACT_VALUE_CAD: f64 = 1e12;

/// Checks a contract before it is recorded, and puts its business and contract numbers in their one form; a refusal
/// names the field by its form's label and its API name, in both languages (`contract.refused.*` of the catalogues).
/// The one check of the page form and the API: the goods category is a code of `model` (the instruments in force
/// follow it, so a label or a misspelt code would record a contract without its clauses), and the award is a day
/// from [`cases::earliest_award`] to `today` ([`cases::award_refused`]).
pub(super) fn validate(
    cat: &crate::reports::Catalog,
    model: &crate::scoring::RiskModel,
    c: &mut Contract,
    today: chrono::NaiveDate,
) -> Result<(), ApiError> {
    let codes: Vec<&str> = model.categories().iter().map(|k| k.code.as_str()).collect();
    if !codes.contains(&c.goods_category.as_str()) {
        let given = super::error::shown(&c.goods_category);
        let why = Message::new("contract.refused.goods_category").text("given", given).text("codes", codes.join(", "));
        let folded = crate::domain::text::fold_label(&c.goods_category);
        let meant = codes.iter().find(|k| crate::domain::text::fold_label(k) == folded);
        return Err(ApiError::refused(
            cat,
            &match meant {
                Some(k) => Message::new("contract.refused.meant").said("why", why).text("meant", *k),
                None => why,
            },
        ));
    }
    if let Some(m) = cases::award_refused(c.awarded_on, today) {
        return Err(ApiError::refused(cat, &m));
    }
    let bn = BusinessNumber::parse(&c.business_number).map_err(|e| {
        let m = Message::new("contract.refused.business_number")
            .text("given", c.business_number.clone())
            .said("why", e.message());
        ApiError::refused(cat, &m)
    })?;
    c.business_number = bn.to_string();
    // PSPC contract numbers are case-insensitive: one canonical form, so that `en578-240077/001` is the same
    // contract as `EN578-240077/001`.
    c.number = c.number.trim().to_uppercase();
    if c.number.is_empty() {
        return Err(ApiError::refused(cat, &Message::new("contract.refused.number")));
    }
    // `W9999-260001/` names no call-up: the part after a slash is never left out.
    if c.number.ends_with('/') {
        let m = Message::new("contract.refused.number_slash").text("given", c.number.clone());
        return Err(ApiError::refused(cat, &m));
    }
    if let Some(end) = c.ends_on
        && end < c.awarded_on
    {
        let m = Message::new("contract.refused.ends_before_award").day("ends", end).day("awarded", c.awarded_on);
        return Err(ApiError::refused(cat, &m));
    }
    if !(c.value_cad.is_finite() && c.value_cad >= 0.0) {
        return Err(ApiError::refused(cat, &Message::new("contract.refused.value_negative")));
    }
    // Dollars and cents: a fraction of a cent would be stored and shown rounded, as another value than the one typed.
    let cents = c.value_cad * 100.0;
    if (cents - cents.round()).abs() > 1e-6 * cents.abs().max(1.0) {
        let m = Message::new("contract.refused.value_cents").number("value", c.value_cad);
        return Err(ApiError::refused(cat, &m));
    }
    // More than a trillion dollars is no contract of Canada's (its whole budget is about half that): a slip of the
    // keyboard, refused rather than stored.
    if c.value_cad > MAX_CONTRACT_VALUE_CAD {
        let m = Message::new("contract.refused.value_too_large").number("max", MAX_CONTRACT_VALUE_CAD);
        return Err(ApiError::refused(cat, &m));
    }
    if c.overrides.iter().any(|o| o.reason.trim().is_empty()) {
        return Err(ApiError::refused(cat, &Message::new("contract.refused.override_reason")));
    }
    Ok(())
}

/// Records a contract (officers and administrators).
#[utoipa::path(
    post,
    path = "/api/v1/contracts",
    request_body = Contract,
    responses(
        (status = 201, description = "Recorded; `Location` names it", body = ContractView),
        (status = 403, description = "Not an officer or administrator, or a session's form token is missing"),
        (status = 409, description = "Conflicts with a contract already stored")
    ),
    tag = "cases"
)]
pub(super) async fn create_contract(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    viewer.require(Action::RecordContracts)?;
    auth::check_csrf_for(&req, &viewer, None)?;
    let mut contract: Contract = json_body(&req, payload).await?;
    validate(state.renderer.catalog(), &state.model, &mut contract, Utc::now().date_naive())?;
    let stored = state.store.create_contract(&contract, &viewer.account.email).await?;
    let labels = case_labels(&state);
    Ok(HttpResponse::Created()
        .insert_header(("location", format!("/api/v1/contracts/{}", stored.id)))
        .json(super::answer::labelled_with(&contract_json(&state, &stored), &labels)?))
}

/// One contract with its cases; a supplier sees only its own (others answer 404).
#[utoipa::path(
    get,
    path = "/api/v1/contracts/{id}",
    params(("id" = i64, Path, description = "Contract id")),
    responses(
        (status = 200, description = "The contract", body = ContractDetail),
        (status = 404, description = "No such contract, or not the caller's")
    ),
    tag = "cases"
)]
pub(super) async fn get_contract(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: IdPath<i64>,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    let c = visible_contract(&state, &viewer, *id).await?;
    let cases = known_cases_of(&state, &viewer, c.id).await?;
    labelled_json(&state, StatusCode::OK, &ContractDetail { view: contract_json(&state, &c), cases })
}

/// A case to open.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OpenCase {
    title: String,
}

impl super::input::JsonBody for OpenCase {}

impl super::input::JsonBody for Contract {}

/// A case event's fields are read from a copy once its `type` is known (serde's tagged enums), where the place of a
/// fault is lost: the kind's own fields are read again on their own, so that the refusal names the field by its path
/// (`dated`, `indicators[0]`, `delivery.on`) and the value refused.
impl super::input::JsonBody for CaseEvent {
    fn refusal_within(body: &serde_json::Value) -> Option<ApiError> {
        use super::input::refusal_reading;
        let mut fields = body.as_object()?.clone();
        let kind = fields.remove("type")?;
        let rest = serde_json::Value::Object(fields);
        match kind.as_str()? {
            "evidence" => refusal_reading::<cases::Evidence>(&rest),
            "notice" => refusal_reading::<cases::Notice>(&rest),
            "response" => refusal_reading::<cases::Response>(&rest),
            "action_plan" => refusal_reading::<cases::ActionPlan>(&rest),
            "decision" => refusal_reading::<cases::Decision>(&rest),
            _ => None,
        }
    }
}

/// Opens a compliance case on a contract (auditors and administrators).
#[utoipa::path(
    post,
    path = "/api/v1/contracts/{id}/cases",
    params(("id" = i64, Path, description = "Contract id")),
    request_body = OpenCase,
    responses(
        (status = 201, description = "Opened; `Location` names it", body = Created),
        (status = 403, description = "Not an auditor or administrator, or a session's form token is missing"),
        (status = 404, description = "No such contract"),
        (status = 409, description = "Conflicts with data already stored")
    ),
    tag = "cases"
)]
pub(super) async fn open_case(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: IdPath<i64>,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    viewer.require(Action::ManageCases)?;
    auth::check_csrf_for(&req, &viewer, None)?;
    let body: OpenCase = json_body(&req, payload).await?;
    if body.title.trim().is_empty() {
        return Err(ApiError::refused(state.renderer.catalog(), &Message::new("case.refused.title")));
    }
    let case_id = state.store.open_case(*id, body.title.trim(), &viewer.account.email).await?;
    Ok(HttpResponse::Created()
        .insert_header(("location", format!("/api/v1/cases/{case_id}")))
        .json(Created { id: case_id }))
}

/// The case and its contract, if this viewer may see them ([`knows_of`]); 404 otherwise, as for no such case.
pub(super) async fn visible_case(
    state: &AppState,
    viewer: &Viewer,
    id: i64,
) -> Result<(StoredCase, StoredContract), ApiError> {
    let case = state.store.case(id).await?.ok_or(ApiError::NotFound)?;
    let contract = visible_contract(state, viewer, case.contract_id).await?;
    if !knows_of(viewer, &case) {
        return Err(ApiError::NotFound);
    }
    Ok((case, contract))
}

/// Whether a viewer who may see a case's contract may know of the case: the portfolio roles always; a supplier once a
/// notice of it was recorded (recorded is sent: the day the supplier can first see it), never before. A supplier
/// sees only what was notified to it: a case opened and not yet notified, its title included, is the department's
/// own, and answers 404 as a case that does not exist.
pub(super) fn knows_of(viewer: &Viewer, case: &StoredCase) -> bool {
    viewer.can(Action::ReadPortfolio) || case.events.iter().any(|e| matches!(e.event, CaseEvent::Notice(_)))
}

/// The ids of a contract's cases this viewer may know of ([`knows_of`]), in the store's order; the contract is one
/// it may see (`visible_contract`).
pub(super) async fn known_cases_of(state: &AppState, viewer: &Viewer, contract_id: i64) -> Result<Vec<i64>, ApiError> {
    let ids = state.store.cases_of(contract_id).await?;
    if viewer.can(Action::ReadPortfolio) {
        return Ok(ids);
    }
    let mut known = Vec::with_capacity(ids.len());
    for id in ids {
        if let Some(case) = state.store.case(id).await?
            && knows_of(viewer, &case)
        {
            known.push(id);
        }
    }
    Ok(known)
}

/// One case with its record, its contract, overdue notices and (for the portfolio roles) the pre-termination
/// checklist. A supplier sees its own cases' notices, responses and decisions; others answer 404.
#[utoipa::path(
    get,
    path = "/api/v1/cases/{id}",
    params(("id" = i64, Path, description = "Case id")),
    responses(
        (status = 200, description = "The case", body = CaseView),
        (status = 404, description = "No such case, or not the caller's")
    ),
    tag = "cases"
)]
pub(super) async fn get_case(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: IdPath<i64>,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    let (mut case, contract) = visible_case(&state, &viewer, *id).await?;
    let today = Utc::now().date_naive();
    let record = case.record();
    let overdue = cases::overdue(&record, today);
    let notices = cases::notices(&record, today, false);
    let mut attachments = state.store.attachments_of_case(case.id).await?;
    if !viewer.can(Action::ReadPortfolio) {
        // A supplier sees what was sent to it and what it answered, never the evidence's sources; people by name.
        case.events
            .retain(|e| matches!(e.event, CaseEvent::Notice(_) | CaseEvent::Response(_) | CaseEvent::Decision(_)));
        super::auth::Sight::of(&state, &viewer).await?.case(&mut case);
        attachments.retain(|a| case.events.iter().any(|e| e.id == a.event_id));
        let view = CaseView {
            case,
            contract: contract_json(&state, &contract),
            overdue_notices: overdue,
            notices,
            attachments,
            checklist: None,
            grounds_met: None,
        };
        return labelled_json(&state, StatusCode::OK, &view);
    }
    let cat = state.renderer.catalog();
    let say = |lang, m: &Message| cat.say(lang, m);
    let checklist = cases::checklist_worded(&contract.contract, &record, today, &say);
    let grounds_met = cases::grounds_met(&checklist);
    let view = CaseView {
        case,
        contract: contract_json(&state, &contract),
        overdue_notices: overdue,
        notices,
        attachments,
        checklist: Some(checklist),
        grounds_met: Some(grounds_met),
    };
    labelled_json(&state, StatusCode::OK, &view)
}

/// Checks an event about to be recorded in a case on `today` against the case's contract, record and the supplier's
/// declared sites ([`cases::admit`]: 400 naming the field, 409 for a second decision) and sets the dates the service
/// decides (a notice's `sent_on`, a response's `received_on`). Both the API and the case page go through it; what it
/// returns admits the event again inside the write ([`EventRules`]).
pub(super) async fn check_event(
    state: &AppState,
    event: &mut CaseEvent,
    case: &StoredCase,
    today: chrono::NaiveDate,
) -> Result<EventRules, ApiError> {
    let cat = state.renderer.catalog();
    match &*event {
        CaseEvent::Response(r)
            if !case.events.iter().any(|e| e.id == r.notice_seq && matches!(e.event, CaseEvent::Notice(_))) =>
        {
            let m = Message::new("case.refused.no_such_notice").text("given", r.notice_seq.to_string());
            return Err(ApiError::refused(cat, &m));
        }
        CaseEvent::Decision(d) if d.rationale.trim().is_empty() => {
            return Err(ApiError::refused(cat, &Message::new("case.refused.rationale")));
        }
        CaseEvent::Evidence(e) if e.source.trim().is_empty() => {
            return Err(ApiError::refused(cat, &Message::new("case.refused.source")));
        }
        CaseEvent::Notice(n) if n.subject.trim().is_empty() || n.body.trim().is_empty() => {
            return Err(ApiError::refused(cat, &Message::new("case.refused.notice_text")));
        }
        _ => {}
    }
    let contract = state.store.contract(case.contract_id).await?.ok_or(ApiError::NotFound)?.contract;
    let supplier_sites = match &*event {
        CaseEvent::Evidence(e) => sites_of_supplier(state, &contract.business_number, &e.sites).await?,
        _ => Vec::new(),
    };
    let rules =
        EventRules { contract, opened_on: case.opened_at.date_naive(), supplier_sites, today, as_sent: event.clone() };
    *event = rules.admit(state, &case.record())?;
    Ok(rules)
}

/// What the case rules read about an event besides the case's record, gathered once by [`check_event`], so that the
/// event can be admitted again against the record as it stands inside the write ([`Store::add_case_event_with`]):
/// two events sent at once each pass the check made before the write, and only that second check sees the other.
///
/// [`Store::add_case_event_with`]: crate::storage::Store::add_case_event_with
pub(super) struct EventRules {
    contract: Contract,
    opened_on: chrono::NaiveDate,
    supplier_sites: Vec<String>,
    today: chrono::NaiveDate,
    /// The event as sent, before the service set its dates.
    as_sent: CaseEvent,
}

impl EventRules {
    /// The event admitted against `record` (`cases::admit`), its dates set; or the refusal: 400 for what cannot be
    /// true, 409 for a second decision (naming the first).
    pub(super) fn admit(&self, state: &AppState, record: &[cases::RecordEntry]) -> Result<CaseEvent, ApiError> {
        let facts = cases::CaseFacts {
            contract: &self.contract,
            opened_on: self.opened_on,
            record,
            supplier_sites: &self.supplier_sites,
        };
        let cat = state.renderer.catalog();
        let mut event = self.as_sent.clone();
        cases::admit(&mut event, &facts, self.today).map_err(|refused| match refused {
            cases::Refused::Invalid(m) => ApiError::refused(cat, &m),
            cases::Refused::Conflict(m) => {
                let (en, fr) = cat.say_both(&m);
                ApiError::ConflictWith { en, fr }
            }
        })?;
        Ok(event)
    }
}

/// The references among `refs` (`declaration id/site ref`) that name a site of a stored declaration of the supplier
/// with this business number.
async fn sites_of_supplier(state: &AppState, business_number: &str, refs: &[String]) -> Result<Vec<String>, ApiError> {
    // Each declaration named is read once, however many of its sites are referred to.
    let mut by_declaration: std::collections::BTreeMap<i64, Vec<(&String, &str)>> = Default::default();
    for r in refs {
        let Some((id, site)) = r.split_once('/') else { continue };
        let Ok(id) = id.parse::<i64>() else { continue };
        by_declaration.entry(id).or_default().push((r, site));
    }
    let mut out = Vec::new();
    for (id, wanted) in by_declaration {
        let Some(stored) = state.store.get_declaration(id).await? else { continue };
        let d = &stored.declaration;
        if d.supplier.business_number.as_ref().is_none_or(|b| b.as_str() != business_number) {
            continue;
        }
        for (r, site) in wanted {
            if d.places_of_work.iter().any(|p| p.site_id.as_str() == site) {
                out.push(r.clone());
            }
        }
    }
    Ok(out)
}

/// Records an event in a case: evidence, notices, plans and decisions (auditors and administrators), a response to a
/// notice (the supplier of the contract).
#[utoipa::path(
    post,
    path = "/api/v1/cases/{id}/events",
    params(("id" = i64, Path, description = "Case id")),
    request_body = CaseEvent,
    responses(
        (status = 201, description = "Recorded", body = EventRecorded),
        (status = 400, description = "A record that cannot be true, naming the field in English and French (dates \
                                      before the contract or the case or in the future, a deadline passed or more than \
                                      one year away, sites not the supplier's, indicators of the other allegation, a \
                                      notice after the decision, a termination with unmet checklist lines); nothing stored",
            body = super::error::ErrorBody),
        (status = 409, description = "The case already has its decision (named); nothing stored",
            body = super::error::ErrorBody),
        (status = 403, description = "The caller's role may not record this event, or a session's form token is missing"),
        (status = 404, description = "No such case, or not the caller's")
    ),
    tag = "cases"
)]
pub(super) async fn add_event(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: IdPath<i64>,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    let (case, _) = visible_case(&state, &viewer, *id).await?;
    let mut event: CaseEvent = json_body(&req, payload).await?;
    let allowed = viewer.can(Action::ManageCases) || (event.by_supplier() && viewer.only_business_number().is_some());
    if !allowed {
        return Err(ApiError::Forbidden);
    }
    auth::check_csrf_for(&req, &viewer, None)?;
    let rules = check_event(&state, &mut event, &case, Utc::now().date_naive()).await?;
    let event_id = state
        .store
        .add_case_event_with(case.id, &event, &viewer.account.email, &[], |record| {
            rules.admit(&state, record).map(drop)
        })
        .await??;
    Ok(HttpResponse::Created().json(EventRecorded { id: event_id, case_id: case.id, kind: event.kind() }))
}

/// The S-211 figures of a fiscal year, from everything stored: as kept by `state.heavy.s211` while no write of any
/// process sharing the database changed them (`Store::write_marks`, read on every request), else computed (an
/// expensive report) under a permit of `state.heavy` (503 `busy` when none frees in time) and kept.
pub(super) async fn s211_for(state: &AppState, fy: FiscalYear) -> Result<cases::s211::S211Figures, ApiError> {
    if let Some(figures) = state.heavy.s211.get(fy, state.store.changes(), state.store.write_marks().await?) {
        return Ok(figures);
    }
    state
        .heavy
        .run(async {
            // Read before the figures' reads: a write that ends while they run leaves them kept under an older
            // count and older marks, so the next request computes them again.
            let changes = state.store.changes();
            let marks = state.store.write_marks().await?;
            // Another request may have computed them while this one waited for its permit.
            if let Some(figures) = state.heavy.s211.get(fy, changes, marks) {
                return Ok(figures);
            }
            let figures = s211_figures_of(state, fy).await?;
            state.heavy.s211.keep(fy, changes, marks, &figures);
            Ok(figures)
        })
        .await
}

async fn s211_figures_of(state: &AppState, fy: FiscalYear) -> Result<cases::s211::S211Figures, ApiError> {
    let contracts: Vec<Contract> = state.store.list_contracts(None).await?.into_iter().map(|c| c.contract).collect();
    // Counted by the database from the score summaries: no declaration or assessment is loaded.
    let declarations = state.store.s211_counts(fy).await?;
    let all_cases = state.store.all_cases().await?;
    web::block(move || {
        let records: Vec<(chrono::NaiveDate, Vec<CaseEvent>)> = all_cases
            .iter()
            .map(|c| (c.opened_at.date_naive(), c.events.iter().map(|e| e.event.clone()).collect()))
            .collect();
        let case_refs: Vec<(chrono::NaiveDate, &[CaseEvent])> =
            records.iter().map(|(d, e)| (*d, e.as_slice())).collect();
        cases::s211::figures(
            fy,
            &cases::s211::S211Input { contracts: &contracts, declarations: &declarations, cases: &case_refs },
        )
    })
    .await
    .map_err(ApiError::internal)
}

/// The `fiscal_year` parameter ([`FiscalYear::parse`]); the current fiscal year when absent or empty.
pub(super) fn fiscal_year_param(raw: Option<&str>) -> Result<FiscalYear, ApiError> {
    let today = Utc::now().date_naive();
    Ok(params::fiscal_year_query("fiscal_year", raw, today)?.unwrap_or_else(|| FiscalYear::containing(today)))
}

/// Which fiscal year, in which form.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct S211Query {
    /// The fiscal year by its first year (2026 = April 2026 to March 2027), from 2000 to next year; default: the
    /// current one. A declaration counts in the fiscal year of the day it was received (UTC), not of its declaration
    /// date (fr. une déclaration compte dans l'exercice du jour de sa réception, non de sa date de déclaration).
    fiscal_year: Option<String>,
    /// `json` (default) or `csv`. The CSV gives each measure, category and band by its code, stable from year to
    /// year and in both languages (for joining years and departments), with its words in the request's language
    /// (`lang=en|fr`, else the `lang` cookie, else `Accept-Language`) in the column after it.
    format: Option<String>,
    /// `en` or `fr`: the language of the CSV's label columns.
    #[allow(dead_code)]
    lang: Option<String>,
}

/// The figures of the annual report under the Fighting Against Forced Labour and Child Labour in Supply Chains Act
/// (S-211) for a fiscal year, as JSON or CSV.
#[utoipa::path(
    get,
    path = "/api/v1/reports/s211",
    params(S211Query),
    responses(
        (status = 200, description = "The figures", content(
            (S211Figures = "application/json"),
            (String = "text/csv")
        )),
        (status = 403, description = "Not an officer, auditor or administrator"),
        (status = 503, description = "As many reports as the service computes at once are running and none ended \
                                      within 10 s (`busy`), or the database is busy or out of reach \
                                      (`database_unavailable`); try again after `Retry-After` seconds",
            body = super::error::ErrorBody, headers(("Retry-After" = String, description = "Seconds to wait")))
    ),
    tag = "cases"
)]
pub(super) async fn s211_figures(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    query: Query<S211Query>,
    lang: super::RequestLang,
) -> Result<HttpResponse, ApiError> {
    viewer.signed_in()?.require(Action::ReadPortfolio)?;
    let fy = fiscal_year_param(query.fiscal_year.as_deref())?;
    let figures = s211_for(&state, fy).await?;
    match query.format.as_deref() {
        None | Some("json") => {
            let mut body = super::answer::labelled_with(&figures, &case_labels(&state))?;
            // `contracts_with` is keyed by instrument codes: their labels beside it, by the same keys.
            let cat = state.renderer.catalog();
            let labels: serde_json::Map<String, serde_json::Value> = figures
                .contracts_with
                .keys()
                .map(|code| {
                    let key = format!("instrument.{code}");
                    let (en, fr) = (cat.get(Lang::En, &key), cat.get(Lang::Fr, &key));
                    (code.clone(), serde_json::json!({ "en": en, "fr": fr }))
                })
                .collect();
            if let Some(obj) = body.as_object_mut() {
                obj.insert("contracts_with_label".into(), serde_json::Value::Object(labels));
            }
            Ok(HttpResponse::Ok().json(body))
        }
        Some("csv") => {
            let (lang, cat) = (lang.0, state.renderer.catalog());
            let words = cases::s211::CsvWords {
                measure: &|m| crate::reports::casefile::s211_measure(cat, lang, m),
                category: &|c| state.model.category_name(c, lang).unwrap_or(c).to_string(),
                band: &|b| crate::reports::casefile::label(cat, lang, "band", b.as_ref()),
            };
            let body = cases::s211::to_csv(&figures, &words).map_err(ApiError::internal)?;
            Ok(HttpResponse::Ok()
                .content_type("text/csv; charset=utf-8")
                .insert_header((
                    "content-disposition",
                    format!("attachment; filename=\"chainon-s211-{}.csv\"", figures.label),
                ))
                .body(body))
        }
        Some(other) => Err(ApiError::refused(
            state.renderer.catalog(),
            &Message::new("refused.format").text("given", other).text("choices", "json, csv"),
        )),
    }
}
