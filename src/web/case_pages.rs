//! The pages of contracts and compliance cases: the list of contracts (and the form that records one), a contract
//! with its instruments and cases, a case with its record, checklist and the forms of due process, the supplier's
//! answer to a notice, and the dossier (self-contained HTML, or PDF printed by headless Chromium).
//!
//! Forms post back to the page they are on. A refused form stores nothing and comes back with its errors in the
//! user's language and everything typed still in it.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;
use serde::Deserialize;

use super::auth::{self, Action, Viewer};
use super::cases::{check_event, validate, visible_case, visible_contract};
use super::follow_up;
use super::frame::{Ctx, Page};
use super::params::{Form, IdPath, PageQuery, Query, fields};
use super::{ApiError, AppState};
use crate::cases::attachments::{self, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS};
use crate::cases::{CaseEvent, Contract, ContractKind};
use crate::domain::{Lang, Message};
use crate::reports::case_pages::{
    AnswerDraft, AnswerRow, AssessmentRow, AuditRow, BidSummary, CasePage, CaseSummaryRow, ContractDraft, ContractLink,
    ContractPage, ContractsPage, DossierDeclaration, DossierPage, DossierSite, FollowUpDraft, FollowUpPage, NoteRow,
    RequestPage, RequestRow,
};
use crate::reports::casefile::{self, CaseView, Choice, ContractView, Draft, SiteLink};
use crate::reports::dates;
use crate::reports::views::{self, BandCell};
use crate::storage::{DeclarationFilter, StoredContract};

/// Mounts the page routes.
/// The query parameters of these pages ([`PageQuery`]): the contracts page's prefill, the dossier's and the S-211
/// report's form.
pub(super) fn page_queries() -> Vec<PageQuery> {
    vec![
        PageQuery { pattern: "/contracts", method: "GET", takes: fields::<ContractDraft> },
        PageQuery { pattern: "/cases/{id}/dossier", method: "GET", takes: fields::<DossierQuery> },
        PageQuery { pattern: "/reports/s211", method: "GET", takes: fields::<S211PageQuery> },
        PageQuery { pattern: "/bids/{id}/follow-up", method: "GET", takes: fields::<NotesPageQuery> },
    ]
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/contracts", web::get().to(contracts))
        .route("/contracts", web::post().to(record_contract))
        .route("/contracts/{id}", web::get().to(contract))
        .route("/contracts/{id}/cases", web::post().to(open_case))
        .route("/cases/{id}", web::get().to(case))
        .route("/cases/{id}", web::post().to(add_event))
        .route("/cases/{id}/dossier", web::get().to(dossier))
        .route("/cases/{id}/attachments/{attachment}", web::get().to(attachment))
        .route("/bids/{id}/follow-up", web::get().to(follow_up))
        .route("/bids/{id}/follow-up", web::post().to(follow_up_post))
        .route("/requests/{id}", web::get().to(request_page))
        .route("/requests/{id}", web::post().to(answer_request))
        .route("/reports/s211", web::get().to(s211));
}

/// A contract's view, with the supplier's confirmed ineligibility (if any) and confirmed forced-labour hits said in
/// words: the contract page, the case page and the dossier show them.
async fn contract_view(
    state: &AppState,
    viewer: &Viewer,
    lang: Lang,
    c: &StoredContract,
) -> Result<ContractView, ApiError> {
    // A supplier's view lists only the cases notified to it (`cases::knows_of`).
    let cases = super::cases::known_cases_of(state, viewer, c.id).await?;
    let names = super::cases::category_name(&state.model, &c.contract.goods_category);
    let mut view = casefile::contract_view(state.renderer.catalog(), lang, c, names, cases);
    let screened = supplier_screening(state, lang, &c.contract.business_number).await?;
    (view.ineligibility, view.forced_labour) = screened;
    Ok(view)
}

/// What screening confirmed of a supplier, in words, from the latest assessment of each of its current
/// declarations (newest first), as their declaration pages show it: the confirmed PSPC ineligibility in force today
/// (the first found; `None` when none carries one), and every confirmed forced-labour hit (each once).
async fn supplier_screening(
    state: &AppState,
    lang: Lang,
    business_number: &str,
) -> Result<(Option<String>, Vec<String>), ApiError> {
    let filter = DeclarationFilter {
        business_number: Some(business_number.to_string()),
        include_superseded: false,
        limit: 100,
        ..DeclarationFilter::default()
    };
    let ids: Vec<i64> = state.store.list_declarations(&filter).await?.iter().map(|d| d.id).collect();
    let latest = state.store.latest_assessments(&ids).await?;
    let (cat, today) = (state.renderer.catalog(), crate::screening::effect::today());
    let assessments: Vec<_> = ids.iter().filter_map(|id| latest.get(id)).collect();
    let ineligibility =
        assessments.iter().find_map(|a| crate::reports::explain::ineligibility_words(cat, a, lang, today));
    let mut forced = Vec::new();
    for line in assessments.iter().flat_map(|a| crate::reports::explain::forced_labour_words(cat, a, lang)) {
        if !forced.contains(&line) {
            forced.push(line);
        }
    }
    Ok((ineligibility, forced))
}

/// The message of an error a form can show beside itself (a refused field, a number already used).
fn message(lang: Lang, e: &ApiError) -> Option<String> {
    matches!(e, ApiError::BadRequest { .. } | ApiError::ConflictWith { .. } | ApiError::Superseded { .. }).then(|| {
        let (en, fr) = e.messages();
        if lang == Lang::Fr { fr } else { en }
    })
}

async fn contracts_page(
    ctx: &Ctx<'_>,
    draft: ContractDraft,
    errors: Vec<String>,
    status: StatusCode,
) -> Result<HttpResponse, ApiError> {
    let (state, lang) = (ctx.state, ctx.lang);
    let only = ctx.viewer.only_business_number();
    let mut contracts = Vec::new();
    for c in state.store.list_contracts(only.as_deref()).await? {
        contracts.push(contract_view(state, &ctx.viewer, lang, &c).await?);
    }
    let cat = state.renderer.catalog();
    use strum::IntoEnumIterator;
    let page = ContractsPage {
        title: state.renderer.t(lang, "contracts.title"),
        csrf: ctx.chrome.csrf.clone(),
        can_record: ctx.viewer.can(Action::RecordContracts),
        contracts,
        kinds: ContractKind::iter()
            .map(|k| Choice {
                value: k.as_ref().into(),
                label: casefile::label(cat, lang, "contract_kind", k.as_ref()),
                selected: draft.kind == k.as_ref(),
            })
            .collect(),
        categories: state
            .model
            .categories()
            .iter()
            .map(|c| Choice {
                value: c.code.clone(),
                label: state.model.category_name(&c.code, lang).unwrap_or(&c.code).to_string(),
                selected: draft.goods_category == c.code,
            })
            .collect(),
        draft: ContractDraft { csrf: String::new(), ..draft },
        errors,
    };
    ctx.render_as(status, "pages/contracts", &page)
}

async fn contracts(page: Page, prefill: Query<ContractDraft>) -> HttpResponse {
    // A bid's follow-up page links here with the bidder's name and business number to record the award.
    let draft = ContractDraft { csrf: String::new(), ..prefill.into_inner() };
    page.serve(Action::ReadDeclarations, async |ctx| contracts_page(ctx, draft, Vec::new(), StatusCode::OK).await).await
}

/// The contract a form describes, or the refusal of its first wrong field, named by its label in both languages.
/// The value is read in the page's language (`domain::number`): `1 250 000,50` in French, `1,250,000.50` in English,
/// a `$` before or after it allowed.
fn contract_from(d: &ContractDraft, lang: Lang, cat: &crate::reports::Catalog) -> Result<Contract, ApiError> {
    use crate::domain::number::{Convention, parse_number, refusal};
    let labels = |key: &str| (cat.get(Lang::En, key).to_string(), cat.get(Lang::Fr, key).to_string());
    let day = |key: &str, s: &str| casefile::date(key, s).map_err(|m| ApiError::refused(cat, &m));
    let typed = d.value_cad.trim().trim_start_matches('$').trim_end_matches('$');
    let value = parse_number(typed, Convention::Lang(lang)).map_err(|e| {
        let (l_en, l_fr) = labels("contracts.value");
        let (en, fr) = refusal(&l_en, &l_fr, &d.value_cad, lang, e);
        ApiError::bad_request(en, fr)
    })?;
    Ok(Contract {
        number: d.number.trim().to_string(),
        kind: d.kind.parse().map_err(|_| {
            ApiError::refused(cat, &Message::new("form.refused.choice").label("field", "contracts.kind"))
        })?,
        title: d.title.trim().to_string(),
        business_number: d.business_number.trim().to_string(),
        supplier_name: d.supplier_name.trim().to_string(),
        goods_category: d.goods_category.trim().to_string(),
        value_cad: value,
        awarded_on: day("contracts.awarded_on", &d.awarded_on)?,
        ends_on: if d.ends_on.trim().is_empty() { None } else { Some(day("contracts.ends_on", &d.ends_on)?) },
        overrides: Vec::new(),
    })
}

async fn record_contract(page: Page, form: Form<ContractDraft>) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::RecordContracts, async |ctx| {
        let draft = form.read().await?;
        auth::check_csrf_for(ctx.req, &ctx.viewer, Some(&draft.csrf))?;
        let attempt = async {
            let cat = ctx.state.renderer.catalog();
            let mut c = contract_from(&draft, lang, cat)?;
            validate(cat, &ctx.state.model, &mut c, Utc::now().date_naive())?;
            Ok(ctx.state.store.create_contract(&c, &ctx.viewer.account.email).await?)
        }
        .await;
        match attempt {
            Ok(stored) => Ok(see_other(format!("/contracts/{}?lang={lang}", stored.id))),
            Err(e) => match message(lang, &e) {
                Some(m) => contracts_page(ctx, draft, vec![m], actix_web::ResponseError::status_code(&e)).await,
                None => Err(e),
            },
        }
    })
    .await
}

fn see_other(location: String) -> HttpResponse {
    HttpResponse::SeeOther().insert_header((header::LOCATION, location)).finish()
}

async fn contract_page(
    ctx: &Ctx<'_>,
    id: i64,
    case_title: String,
    errors: Vec<String>,
    status: StatusCode,
) -> Result<HttpResponse, ApiError> {
    let (state, lang) = (ctx.state, ctx.lang);
    let c = visible_contract(state, &ctx.viewer, id).await?;
    let view = contract_view(state, &ctx.viewer, lang, &c).await?;
    let today = Utc::now().date_naive();
    let mut cases = Vec::new();
    for case_id in &view.cases {
        let Some(case) = state.store.case(*case_id).await? else { continue };
        let record = case.record();
        cases.push(CaseSummaryRow {
            id: case.id,
            title: case.title.clone(),
            opened_on: case.opened_at.format("%Y-%m-%d").to_string(),
            decided: record.iter().any(|e| matches!(e.event, CaseEvent::Decision(_))),
            overdue: crate::cases::overdue(&record, today).len(),
        });
    }
    let page = ContractPage {
        title: state.renderer.t(lang, "contracts.contract_title").replace("{number}", &view.number),
        csrf: ctx.chrome.csrf.clone(),
        can_open: ctx.viewer.can(Action::ManageCases),
        contract: view,
        cases,
        case_title,
        errors,
    };
    ctx.render_as(status, "pages/contract", &page)
}

async fn contract(page: Page, id: IdPath<i64>) -> HttpResponse {
    page.serve(Action::ReadDeclarations, async |ctx| {
        contract_page(ctx, *id, String::new(), Vec::new(), StatusCode::OK).await
    })
    .await
}

#[derive(Debug, Deserialize)]
struct OpenCaseForm {
    csrf: Option<String>,
    #[serde(default)]
    title: String,
}

async fn open_case(page: Page, id: IdPath<i64>, form: Form<OpenCaseForm>) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::ManageCases, async |ctx| {
        let form = form.read().await?;
        auth::check_csrf_for(ctx.req, &ctx.viewer, form.csrf.as_deref())?;
        let c = visible_contract(ctx.state, &ctx.viewer, *id).await?;
        if form.title.trim().is_empty() {
            let m = ctx.state.renderer.t(lang, "contracts.case_title_missing");
            return contract_page(ctx, c.id, String::new(), vec![m], StatusCode::BAD_REQUEST).await;
        }
        let case_id = ctx.state.store.open_case(c.id, form.title.trim(), &ctx.viewer.account.email).await?;
        Ok(see_other(format!("/cases/{case_id}?lang={lang}")))
    })
    .await
}

/// Resolves evidence site references (`declaration id/site reference`) to the sites and their national facilities.
struct SiteResolver {
    sites: std::collections::HashMap<String, SiteLink>,
}

impl SiteResolver {
    /// Reads the declarations these references name, then the graph once for their facilities.
    async fn new(state: &AppState, lang: Lang, refs: &[String]) -> Result<SiteResolver, ApiError> {
        let mut declarations = std::collections::HashMap::new();
        let mut found = Vec::new();
        for r in refs {
            let Some((id, site)) = r.split_once('/') else { continue };
            let Ok(id) = id.trim().parse::<i64>() else { continue };
            if let std::collections::hash_map::Entry::Vacant(slot) = declarations.entry(id) {
                slot.insert(state.store.get_declaration(id).await?);
            }
            let Some(Some(stored)) = declarations.get(&id) else { continue };
            let places = &stored.declaration.places_of_work;
            let Some((index, place)) = places.iter().enumerate().find(|(_, p)| p.site_id.as_str() == site) else {
                continue;
            };
            let words = [Some(&place.address), Some(&place.city), place.region.as_ref(), place.postal_code.as_ref()];
            let mut parts = words.into_iter().flatten().map(|w| w.trim()).filter(|w| !w.is_empty()).collect::<Vec<_>>();
            parts.push(place.country.name(lang));
            let link = SiteLink {
                reference: r.clone(),
                declaration_id: Some(id),
                site_ref: site.to_string(),
                name: place.site_name.clone(),
                place: parts.join(", "),
                os_id: place.os_id.clone().unwrap_or_default(),
                facility: None,
                href: String::new(),
            };
            found.push((id, index, link));
        }
        let mut sites = std::collections::HashMap::new();
        if !found.is_empty() {
            let g = state.graph.current(&state.store).await?;
            for (id, index, mut link) in found {
                link.facility = g.node_of(id, index).and_then(|n| g.summary(n)).map(|s| s.id);
                if let Some(f) = &link.facility {
                    link.href = format!("/graph/sites/{f}");
                }
                sites.insert(link.reference.clone(), link);
            }
        }
        Ok(SiteResolver { sites })
    }

    fn get(&self, r: &str) -> SiteLink {
        self.sites.get(r).cloned().unwrap_or_else(|| {
            let (declaration_id, site_ref) = crate::reports::casefile::reference_parts(r);
            SiteLink {
                reference: r.into(),
                declaration_id,
                site_ref,
                name: r.into(),
                place: String::new(),
                os_id: String::new(),
                facility: None,
                href: String::new(),
            }
        })
    }
}

fn evidence_refs(case: &crate::storage::StoredCase) -> Vec<String> {
    case.events
        .iter()
        .filter_map(|e| match &e.event {
            CaseEvent::Evidence(ev) => Some(ev.sites.clone()),
            _ => None,
        })
        .flatten()
        .collect()
}

/// A case's view for this viewer.
async fn case_view_for(ctx: &Ctx<'_>, id: i64) -> Result<(CaseView, StoredContract), ApiError> {
    let (state, lang) = (ctx.state, ctx.lang);
    let (case, contract) = visible_case(state, &ctx.viewer, id).await?;
    let full = ctx.viewer.can(Action::ReadPortfolio);
    // A supplier's view shows no evidence: no site to resolve.
    let refs = if full { evidence_refs(&case) } else { Vec::new() };
    let sites = SiteResolver::new(state, lang, &refs).await?;
    let cview = contract_view(state, &ctx.viewer, lang, &contract).await?;
    let today = Utc::now().date_naive();
    let attachments = state.store.attachments_of_case(case.id).await?;
    let mut view = casefile::case_view(
        state.renderer.catalog(),
        lang,
        &case,
        (&contract, cview),
        today,
        full,
        &|r: &str| sites.get(r),
        &attachments,
    );
    // People by name ("Opened by Marc-André Roy"), not by e-mail.
    super::account_pages::name_people(state, &mut view).await?;
    Ok((view, contract))
}

/// The sites of the supplier's current declarations, for the evidence form: (reference, label).
async fn supplier_sites(
    state: &AppState,
    lang: Lang,
    business_number: &str,
) -> Result<Vec<(String, String)>, ApiError> {
    let filter = DeclarationFilter {
        business_number: Some(business_number.to_string()),
        limit: 50,
        ..DeclarationFilter::default()
    };
    let mut out = Vec::new();
    for d in state.store.list_declarations(&filter).await? {
        let Some(stored) = state.store.get_declaration(d.id).await? else { continue };
        // The declaration by its solicitation, or by its day in words; the country by its name.
        let of = d
            .solicitation_number
            .clone()
            .unwrap_or_else(|| dates::long_date(state.renderer.catalog(), lang, d.declaration_date));
        for p in &stored.declaration.places_of_work {
            out.push((
                format!("{}/{}", d.id, p.site_id.as_str()),
                format!(
                    "{} ({}), {}, {} — {} {}",
                    p.site_name,
                    p.site_id.as_str(),
                    p.city,
                    p.country.name(lang),
                    d.id,
                    of
                ),
            ));
        }
    }
    Ok(out)
}

async fn case_page(
    ctx: &Ctx<'_>,
    id: i64,
    draft: Draft,
    errors: Vec<String>,
    status: StatusCode,
) -> Result<HttpResponse, ApiError> {
    let (state, lang) = (ctx.state, ctx.lang);
    let (view, contract) = case_view_for(ctx, id).await?;
    let can_manage = ctx.viewer.can(Action::ManageCases);
    let today = Utc::now().date_naive();
    let policy = crate::cases::response_policy(today);
    let sites =
        if can_manage { supplier_sites(state, lang, &contract.contract.business_number).await? } else { Vec::new() };
    let page = CasePage {
        title: state
            .renderer
            .t(lang, "case.title")
            .replace("{id}", &view.id.to_string())
            .replace("{title}", &view.title),
        csrf: ctx.chrome.csrf.clone(),
        can_respond: ctx.viewer.only_business_number().is_some() && !view.notices.is_empty(),
        can_dossier: ctx.viewer.can(Action::ReadPortfolio),
        can_manage,
        choices: casefile::form_choices(state.renderer.catalog(), lang, &draft, sites),
        case: view,
        draft,
        errors,
        today: today.to_string(),
        min_respond_by: crate::cases::minimum_respond_by(today).to_string(),
        policy: if lang == Lang::Fr { policy.name_fr.to_string() } else { policy.name_en.to_string() },
        policy_days: policy.minimum_days,
    };
    ctx.render_as(status, "pages/case", &page)
}

async fn case(page: Page, id: IdPath<i64>) -> HttpResponse {
    page.serve(Action::ReadDeclarations, async |ctx| {
        case_page(ctx, *id, Draft::default(), Vec::new(), StatusCode::OK).await
    })
    .await
}

/// The anti-forgery token of a posted form (the rest of it is a [`Draft`]).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct FormToken {
    csrf: String,
}

async fn add_event(page: Page, id: IdPath<i64>, payload: web::Payload) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::ReadDeclarations, async |ctx| {
        // `_permit` keeps the form's place among the uploads until the answer is made.
        let CaseForm { body, files, refused, too_large, permit: _permit } =
            read_case_form(ctx.req, payload, &ctx.state.uploads).await?;
        // Repeated fields (indicators, sites) are gathered into lists by the form reader, every text held to the
        // character policy of the API and the other forms.
        let token: FormToken = super::params::form_fields(&body)?;
        auth::check_csrf_for(ctx.req, &ctx.viewer, Some(&token.csrf))?;
        let (case, _) = visible_case(ctx.state, &ctx.viewer, *id).await?;
        let draft: Draft = super::params::form_fields(&body)?;
        if !refused.is_empty() {
            // Files over their limits: the page again, naming each, with everything typed; nothing stored.
            let cat = ctx.state.renderer.catalog();
            let errors = refused.iter().map(|m| cat.say(lang, m)).collect();
            let status = if too_large { StatusCode::PAYLOAD_TOO_LARGE } else { StatusCode::BAD_REQUEST };
            return case_page(ctx, case.id, draft, errors, status).await;
        }
        let today = Utc::now().date_naive();
        let checked = async {
            let cat = ctx.state.renderer.catalog();
            let mut event = casefile::event_from_draft(&draft, today).map_err(|m| ApiError::refused(cat, &m))?;
            let allowed = ctx.viewer.can(Action::ManageCases)
                || (event.by_supplier() && ctx.viewer.only_business_number().is_some());
            if !allowed {
                return Err(ApiError::Forbidden);
            }
            let rules = check_event(ctx.state, &mut event, &case, today).await?;
            let attachments = files
                .into_iter()
                .map(|(name, bytes)| attachments::check(&name, bytes))
                .collect::<Result<Vec<_>, _>>()
                .map_err(|m| ApiError::refused(cat, &m))?;
            // Admitted again inside the write, against the record as it then stands (events sent at once).
            ctx.state
                .store
                .add_case_event_with(case.id, &event, &ctx.viewer.account.email, &attachments, |record| {
                    rules.admit(ctx.state, record).map(drop)
                })
                .await?
        }
        .await;
        match checked {
            Ok(event_id) => Ok(see_other(format!("/cases/{}?lang={lang}#event-{event_id}", case.id))),
            Err(e) => match message(lang, &e) {
                Some(m) => {
                    let conflict = matches!(e, ApiError::ConflictWith { .. });
                    let status = if conflict { StatusCode::CONFLICT } else { StatusCode::BAD_REQUEST };
                    case_page(ctx, case.id, draft, vec![m], status).await
                }
                None => Err(e),
            },
        }
    })
    .await
}

/// The most parts a case form may have (fields, checked boxes, files).
const MAX_FORM_PARTS: usize = 400;

/// The most bytes of refused files a case form is read through (and dropped) to reach the fields after them, so that
/// the page can come back with what was typed; a form with more is refused whole.
const MAX_DROPPED_BYTES: u64 = 8 * MAX_ATTACHMENT_BYTES as u64;

/// The most bytes a case form with files is read through: its files taken and dropped, and its fields.
pub(super) const MAX_FORM_BYTES: u64 =
    (MAX_ATTACHMENTS * MAX_ATTACHMENT_BYTES) as u64 + MAX_DROPPED_BYTES + super::BODY_LIMIT as u64;

/// A case form as read: its fields as URL-encoded bytes (for the form reader), the files taken as (name, bytes), and
/// the files refused (over [`MAX_ATTACHMENT_BYTES`], or beyond [`MAX_ATTACHMENTS`]), each refusal naming the file and
/// the limit in English and French.
struct CaseForm {
    body: Vec<u8>,
    files: Vec<(String, Vec<u8>)>,
    refused: Vec<Message>,
    /// Whether a file was refused for its size (413) rather than their number (400).
    too_large: bool,
    /// A multipart form's place among the uploads the service holds at once (`web::uploads`).
    permit: Option<super::UploadPermit>,
}

/// Reads one file part to its end: its bytes when they fit in `limit`, `None` when over it (the rest read and
/// dropped, counted in `dropped`, so that the fields after it are still read).
async fn read_file_part(
    mut field: actix_multipart::Field,
    limit: usize,
    dropped: &mut u64,
) -> Result<Option<Vec<u8>>, ApiError> {
    use futures_util::StreamExt;
    let mut buf = Vec::new();
    let mut over = false;
    while let Some(chunk) = field.next().await {
        let chunk = chunk.map_err(|e| super::params::multipart_unreadable(&e))?;
        if !over && buf.len() + chunk.len() > limit {
            over = true;
            *dropped += buf.len() as u64;
            buf = Vec::new();
        }
        if over {
            *dropped += chunk.len() as u64;
            if *dropped > MAX_DROPPED_BYTES {
                return Err(ApiError::PayloadTooLarge {
                    limit_bytes: MAX_DROPPED_BYTES,
                    file: None,
                    sent: super::error::Sent::Attachments,
                });
            }
        } else {
            buf.extend_from_slice(&chunk);
        }
    }
    Ok((!over).then_some(buf))
}

/// Reads a case form: URL-encoded, or multipart with files in parts named `attachments`. The fields are held to the
/// form body limit in all; a file over [`MAX_ATTACHMENT_BYTES`] or beyond the [`MAX_ATTACHMENTS`]th is not taken but
/// refused by name ([`CaseForm::refused`]), so that the page can say so and keep what was typed. A multipart form takes
/// a place of `gate` before its body is read, as every upload does ([`ApiError::UploadsBusy`] when none is free, once
/// the body is read through and dropped).
async fn read_case_form(
    req: &HttpRequest,
    mut payload: web::Payload,
    gate: &super::UploadGate,
) -> Result<CaseForm, ApiError> {
    use futures_util::StreamExt;
    let content_type = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    if !content_type.starts_with("multipart/form-data") {
        // Over the limit is said first, whatever the body was sent as (as `web::expect` says it from the head).
        let limit = super::input::BODY_LIMIT as u64;
        super::input::refuse_declared_over(req, &mut payload, limit, limit, None, super::error::Sent::Body).await?;
        super::input::not_a_page_form(content_type)?;
        let body = super::input::read_limited(payload, limit).await?;
        return Ok(CaseForm { body, files: Vec::new(), refused: Vec::new(), too_large: false, permit: None });
    }
    // Over all a form may carry, refused on what the client declares, before a byte is read or a place taken.
    let most = MAX_FORM_BYTES.saturating_add(super::uploads::DRAIN_MARGIN);
    super::input::refuse_declared_over(req, &mut payload, most, MAX_FORM_BYTES, None, super::error::Sent::Attachments)
        .await?;
    let permit = gate.admit(&mut payload, MAX_FORM_BYTES).await?;
    let mut form = actix_multipart::Multipart::new(req.headers(), payload);
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut text_bytes = 0usize;
    let mut files = Vec::new();
    let mut refused = Vec::new();
    let mut too_large = false;
    let mut dropped = 0u64;
    let mut parts = 0usize;
    let mib = MAX_ATTACHMENT_BYTES / (1024 * 1024);
    // A form refused before its end is read to its end and dropped first (`uploads::drain_form`), so that a client
    // still sending reads the answer rather than a reset connection.
    // A form the multipart reader could not read is not read further: the reader has ended.
    let mut unreadable = false;
    let read = async {
        while let Some(field) = form.next().await {
            let field = field.map_err(|e| {
                unreadable = true;
                super::params::multipart_unreadable(&e)
            })?;
            parts += 1;
            if parts > MAX_FORM_PARTS {
                let m = Message::new("form.refused.too_many_parts").number("max", MAX_FORM_PARTS as f64);
                return Err(match crate::reports::Catalog::shared() {
                    Some(cat) => ApiError::refused(cat, &m),
                    // Unreachable while the compiled-in catalogues load (a test checks).
                    None => ApiError::bad_request(m.key, m.key),
                });
            }
            let name = field.name().unwrap_or_default().to_string();
            if name == "attachments" {
                let file_name = field.content_disposition().and_then(|cd| cd.get_filename()).unwrap_or("").to_string();
                let shown = attachments::clean_name(&file_name);
                // A file beyond the number allowed is not kept whatever its size.
                let limit = if files.len() == MAX_ATTACHMENTS { 0 } else { MAX_ATTACHMENT_BYTES };
                let bytes = read_file_part(field, limit, &mut dropped).await?;
                match bytes {
                    // A file input left empty sends a part without a name or bytes.
                    Some(b) if file_name.is_empty() && b.is_empty() => {}
                    Some(b) => files.push((file_name, b)),
                    None if files.len() == MAX_ATTACHMENTS => refused.push(
                        Message::new("form.refused.attachments_count")
                            .text("file", shown)
                            .number("max", MAX_ATTACHMENTS as f64),
                    ),
                    None => {
                        too_large = true;
                        refused.push(
                            Message::new("form.refused.attachment_size").text("file", shown).number("mib", mib as f64),
                        );
                    }
                }
                continue;
            }
            let left = (super::input::BODY_LIMIT).saturating_sub(text_bytes) as u64;
            let value = super::input::read_limited(field, left).await?;
            text_bytes += value.len();
            fields.push((name, String::from_utf8_lossy(&value).into_owned()));
        }
        Ok::<(), ApiError>(())
    }
    .await;
    if let Err(refused) = read {
        if unreadable {
            return Err(refused);
        }
        let drained = super::uploads::drain_form(&mut form, most).await;
        tracing::info!(drained_bytes = drained, "case form refused before its end: its rest read and dropped");
        return Err(refused);
    }
    let body = serde_urlencoded::to_string(&fields).map_err(ApiError::internal)?;
    Ok(CaseForm { body: body.into_bytes(), files, refused, too_large, permit: Some(permit) })
}

/// A file attached to a case, for those who may read the entry it belongs to: the portfolio roles, and the
/// supplier of the contract for its notices, responses and decisions. Anyone else gets 404, as for the case.
async fn attachment(page: Page, path: IdPath<(i64, i64)>) -> HttpResponse {
    let (case_id, attachment_id) = path.into_inner();
    page.serve(Action::ReadDeclarations, async |ctx| {
        Ok(follow_up::file_response(
            follow_up::visible_attachment(ctx.state, &ctx.viewer, case_id, attachment_id).await?,
        ))
    })
    .await
}

#[derive(Debug, Deserialize)]
struct DossierQuery {
    /// `html` (default) or `pdf`.
    format: Option<String>,
}

/// Renders a case's dossier in the viewer's language.
async fn dossier_html(ctx: &Ctx<'_>, id: i64) -> Result<String, ApiError> {
    let (state, lang) = (ctx.state, ctx.lang);
    let (mut view, contract) = case_view_for(ctx, id).await?;
    // The dossier stands alone, read offline: its files are named with their hashes and its sites in words (name,
    // address, country, OS ID), none linked to the service.
    for row in &mut view.record {
        for a in &mut row.attachments {
            a.href.clear();
        }
        for s in &mut row.sites {
            s.href.clear();
        }
    }
    let cat = state.renderer.catalog();
    let filter = DeclarationFilter {
        business_number: Some(contract.contract.business_number.clone()),
        include_superseded: true,
        limit: 1000,
        ..DeclarationFilter::default()
    };
    let mut declarations = Vec::new();
    let mut current = None;
    for d in state.store.list_declarations(&filter).await? {
        let band = |s: &crate::domain::Score| BandCell::new(cat, lang, s.band, s.score);
        let stored_assessments = state.store.assessments_of(d.id).await?;
        let assessments = stored_assessments
            .iter()
            .map(|a| AssessmentRow {
                assessed_at: dates::date_time(cat, lang, a.assessed_at),
                model_version: a.assessment.model_version.clone(),
                forced: band(&a.assessment.overall.forced_labour),
                child: band(&a.assessment.overall.child_labour),
            })
            .collect();
        let mut sites = Vec::new();
        if let Some(a) = stored_assessments.last() {
            let mut rows: Vec<_> = a.assessment.sites.iter().collect();
            rows.sort_by_key(|s| (s.tier.unwrap_or(u32::MAX), s.site_id.as_str().to_string()));
            sites = rows
                .into_iter()
                .map(|s| DossierSite {
                    tier: s.tier.map_or_else(|| "—".to_string(), |t| t.to_string()),
                    site: format!("{} ({})", s.site_name, s.site_id.as_str()),
                    country_name: s.country.name(lang).to_string(),
                    forced: band(&s.risk.forced_labour),
                    child: band(&s.risk.child_labour),
                })
                .collect();
            // The chain in full only for the newest current declaration (the list comes newest first).
            if current.is_none() && d.superseded_by.is_none() {
                let stored = state.store.get_declaration(d.id).await?.ok_or(ApiError::NotFound)?;
                current =
                    Some(views::declaration_view(cat, &state.model, lang, &stored.declaration, &a.assessment, None));
            }
        }
        declarations.push(DossierDeclaration {
            id: d.id,
            declaration_date: d.declaration_date.to_string(),
            received_at: dates::date_time(cat, lang, d.received_at),
            solicitation_number: d.solicitation_number.clone().unwrap_or_default(),
            file_name: d.file_name.clone(),
            sha256: d.sha256.clone(),
            superseded: d.superseded_by.is_some(),
            site_count: d.site_count,
            assessments,
            sites,
        });
    }
    let mut audit: Vec<AuditRow> = state
        .store
        .audit_entries(Some(&format!("case/{id}")), 10_000)
        .await?
        .into_iter()
        .map(|e| AuditRow {
            seq: e.seq,
            at: crate::reports::admin::audit_moment(cat, lang, &e.at),
            actor: e.actor,
            action_words: crate::reports::admin::audit_action_words(cat, lang, &e.action),
            action: e.action,
            hash: e.hash,
        })
        .collect();
    audit.reverse();
    let page = DossierPage {
        title: state.renderer.t(lang, "dossier.title").replace("{id}", &view.id.to_string()),
        generated_at: dates::date_time(cat, lang, Utc::now()),
        generated_by: ctx.viewer.account.display_name.clone(),
        css: super::assets::stylesheet(),
        case: view,
        declarations,
        current,
        audit,
    };
    Ok(state.renderer.render("reports/dossier", lang, "", &page)?)
}

async fn dossier(page: Page, id: IdPath<i64>, query: Query<DossierQuery>) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::ReadPortfolio, async |ctx| {
        let format = query.format.as_deref().unwrap_or("html");
        if !matches!(format, "html" | "pdf") {
            let m = Message::new("refused.format").text("given", format).text("choices", "html, pdf");
            return Err(ApiError::refused(ctx.state.renderer.catalog(), &m));
        }
        let html = dossier_html(ctx, *id).await?;
        let name = format!("chainon-case-{}-{lang}", *id);
        if format == "html" {
            return Ok(HttpResponse::Ok()
                .content_type("text/html; charset=utf-8")
                // The dossier inlines its stylesheet so it stands alone once saved; it runs no script.
                .insert_header((header::CONTENT_SECURITY_POLICY, "default-src 'none'; style-src 'unsafe-inline'"))
                .insert_header((header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}.html\"")))
                .body(html));
        }
        let Some(chromium) = ctx.state.pdf.chromium.clone() else {
            let (en, fr) = ctx.state.renderer.catalog().say_both(&Message::new("dossier.no_chromium"));
            return Err(ApiError::Unavailable { en, fr });
        };
        // What Chromium said (its path, its error output) is for the log; the reader is told to wait or take the HTML.
        let pdf = crate::reports::pdf::print(&chromium, &html, ctx.state.pdf.timeout).await.map_err(|e| {
            tracing::error!(error = %crate::telemetry::Chain(&e), case = *id, "printing a dossier failed");
            ApiError::PrintFailed { retry_after_secs: super::error::PRINT_RETRY_AFTER_SECS }
        })?;
        Ok(HttpResponse::Ok()
            .content_type("application/pdf")
            .insert_header((header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}.pdf\"")))
            .body(pdf))
    })
    .await
}

#[derive(Debug, Deserialize)]
struct S211PageQuery {
    /// The fiscal year by its first year (2026 = April 2026 to March 2027); default: the current one.
    fiscal_year: Option<String>,
    /// `csv` or `xlsx` for the figures as a download in the reader's language; the page otherwise.
    format: Option<String>,
}

/// The S-211 figures as a download: the title, the measures with their numbers, then the assessments by category
/// and band — the page's labels, numbers as numbers.
fn s211_rows(
    cat: &crate::reports::Catalog,
    lang: Lang,
    view: &casefile::S211View,
) -> Vec<Vec<crate::reports::export::ExportCell>> {
    use crate::reports::export::ExportCell as X;
    let t = |k: &str| X::text(cat.get(lang, k));
    let mut rows = vec![vec![X::text(view.title.clone())], Vec::new(), vec![t("s211.measure"), t("s211.value")]];
    for f in &view.facts {
        rows.push(vec![X::text(f.label.clone()), X::from_plain(f.value.clone())]);
    }
    rows.push(Vec::new());
    rows.push(vec![
        t("dashboard.col_category"),
        t("s211.band"),
        t("dashboard.measure_forced"),
        t("dashboard.measure_child"),
    ]);
    for a in &view.assessments {
        rows.push(vec![
            X::text(a.category.clone()),
            X::text(a.band_label.clone()),
            X::number(f64::from(a.forced_labour)),
            X::number(f64::from(a.child_labour)),
        ]);
    }
    rows
}

/// The year's figures for the annual report under the Fighting Against Forced Labour and Child Labour in Supply Chains
/// Act (S-211), with the CSV beside them.
async fn s211(page: Page, query: Query<S211PageQuery>) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::ReadPortfolio, async |ctx| {
        let current = crate::domain::FiscalYear::containing(Utc::now().date_naive()).first_year();
        let fy = super::cases::fiscal_year_param(query.fiscal_year.as_deref())?;
        let figures = super::cases::s211_for(ctx.state, fy).await?;
        let years: Vec<i32> = (current - 5..=current).rev().collect();
        let model = &ctx.state.model;
        let name = |code: &str| model.category_name(code, lang).unwrap_or(code).to_string();
        let view = casefile::s211_view(ctx.state.renderer.catalog(), lang, &figures, &years, &name);
        match query.format.as_deref() {
            None => ctx.render("pages/s211", &view),
            Some(format) => {
                let rows = s211_rows(ctx.state.renderer.catalog(), lang, &view);
                let stem = format!("s211-{fy}");
                super::pages::export_rows(
                    ctx.state,
                    lang,
                    &stem,
                    crate::reports::export::ExportSheet::S211,
                    rows,
                    1,
                    format,
                )
                .await
            }
        }
    })
    .await
}

// --- The officer's follow-up of a bid, and requests for information -------------------------------------------

fn request_row(ctx: &Ctx<'_>, r: crate::storage::StoredRequest, today: chrono::NaiveDate) -> RequestRow {
    let t = |k: &str| ctx.state.renderer.t(ctx.lang, k);
    let status = if !r.answers.is_empty() {
        "notice.status_answered"
    } else if r.respond_by < today {
        "notice.status_overdue"
    } else {
        "notice.status_open"
    };
    RequestRow {
        id: r.id,
        declaration_id: r.declaration_id,
        subject: r.subject,
        body: r.body,
        sent_on: r.sent_on.to_string(),
        respond_by: r.respond_by.to_string(),
        requested_by: r.requested_by_name,
        status_label: t(status),
        answers: r
            .answers
            .into_iter()
            .map(|a| AnswerRow {
                text: a.text,
                declaration_id: a.declaration_id,
                answered_by: a.answered_by_name,
                answered_at: dates::date_time(ctx.state.renderer.catalog(), ctx.lang, a.answered_at),
            })
            .collect(),
    }
}

fn bid_summary(d: &crate::storage::DeclarationSummary) -> BidSummary {
    BidSummary {
        id: d.id,
        supplier_name: d.supplier_name.clone(),
        declaration_date: d.declaration_date.to_string(),
        business_number: d.business_number.clone().unwrap_or_default(),
    }
}

/// How many evaluation notes a page of a bid's follow-up shows by default, oldest first.
const NOTE_ROWS: u64 = 20;

/// Which page of a bid's notes its follow-up page shows.
#[derive(Debug, Deserialize)]
struct NotesPageQuery {
    /// The page of the notes, oldest first (1 the oldest), as every paged list (`listing::page_of`).
    page: Option<u64>,
    /// Notes a page (default [`NOTE_ROWS`]).
    per_page: Option<u64>,
}

/// A bid's follow-up page, showing page `notes_page` (its number, its size) of the bid's notes.
async fn follow_up_page(
    ctx: &Ctx<'_>,
    id: i64,
    notes_page: (u64, u64),
    draft: FollowUpDraft,
    errors: Vec<String>,
    status: StatusCode,
) -> Result<HttpResponse, ApiError> {
    let (state, lang) = (ctx.state, ctx.lang);
    let d = follow_up::visible_bid(state, &ctx.viewer, id).await?;
    // A standing declaration answers no solicitation: no bid to follow up, as the API says.
    let solicitation = follow_up::solicitation_of(&d)?;
    let today = Utc::now().date_naive();
    let requests = follow_up::bid_requests(state, &d).await?.into_iter().map(|r| request_row(ctx, r, today)).collect();
    let (number, per_page) = notes_page;
    let (notes, notes_total) = follow_up::bid_notes(state, &d, per_page, (number - 1).saturating_mul(per_page)).await?;
    let mut kept = Vec::new();
    if per_page != NOTE_ROWS {
        kept.push(("per_page", per_page.to_string()));
    }
    let notes_pager = super::listing::pager(&kept, lang, number, per_page, notes.len(), notes_total);
    let notes = notes
        .into_iter()
        .map(|n| NoteRow {
            declaration_id: n.declaration_id,
            text: n.text,
            author: n.author_name,
            recorded_at: dates::date_time(state.renderer.catalog(), lang, n.recorded_at),
        })
        .collect();
    let current = match d.superseded_by {
        Some(_) => Some(bid_summary(&follow_up::bid_chain(state, &d).await?.current)),
        None => None,
    };
    let contracts = match d.business_number.as_deref() {
        Some(bn) => state
            .store
            .list_contracts(Some(bn))
            .await?
            .into_iter()
            .map(|c| ContractLink {
                id: c.id,
                number: c.contract.number,
                title: c.contract.title,
                awarded_on: c.contract.awarded_on.to_string(),
            })
            .collect(),
        None => Vec::new(),
    };
    let award = [
        ("business_number", d.business_number.clone().unwrap_or_default()),
        ("supplier_name", d.supplier_name.clone()),
        ("title", solicitation.clone()),
        ("lang", lang.to_string()),
    ];
    let page = FollowUpPage {
        title: state.renderer.catalog().format(
            lang,
            "follow.title",
            crate::reports::MessageArgs::new()
                .set("supplier", d.supplier_name.as_str())
                .set("number", solicitation.as_str()),
        ),
        csrf: ctx.chrome.csrf.clone(),
        can_act: ctx.viewer.can(Action::RecordContracts) && current.is_none(),
        bid: bid_summary(&d),
        current,
        solicitation,
        requests,
        notes,
        notes_pager,
        notes_base: format!("/bids/{}/follow-up", d.id),
        contracts,
        award_href: format!("/contracts?{}#h-new", serde_urlencoded::to_string(award).unwrap_or_default()),
        draft: FollowUpDraft { csrf: String::new(), ..draft },
        errors,
        min_respond_by: (today + chrono::Days::new(1)).to_string(),
    };
    ctx.render_as(status, "pages/follow-up", &page)
}

async fn follow_up(page: Page, id: IdPath<i64>, query: Query<NotesPageQuery>) -> HttpResponse {
    page.serve(Action::ReadPortfolio, async |ctx| {
        let notes_page = super::listing::page_of(query.page, query.per_page, NOTE_ROWS)?;
        follow_up_page(ctx, *id, notes_page, FollowUpDraft::default(), Vec::new(), StatusCode::OK).await
    })
    .await
}

/// Records a request for information to the bidder, or an evaluation note (officers and administrators).
async fn follow_up_post(page: Page, id: IdPath<i64>, form: Form<FollowUpDraft>) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::RecordContracts, async |ctx| {
        let draft = form.read().await?;
        auth::check_csrf_for(ctx.req, &ctx.viewer, Some(&draft.csrf))?;
        let d = follow_up::visible_bid(ctx.state, &ctx.viewer, *id).await?;
        follow_up::solicitation_of(&d)?;
        let attempt: Result<String, ApiError> = async {
            match draft.kind.as_str() {
                "request" => {
                    let rid = follow_up::send_request(
                        ctx.state,
                        &ctx.viewer,
                        &d,
                        &draft.subject,
                        &draft.body,
                        &draft.respond_by,
                    )
                    .await?;
                    Ok(format!("#request-{rid}"))
                }
                "note" => {
                    follow_up::record_note(ctx.state, &ctx.viewer, &d, &draft.text).await?;
                    // The page that holds the new note: the last.
                    let pages = follow_up::bid_note_count(ctx.state, &d).await?.div_ceil(NOTE_ROWS);
                    Ok(if pages > 1 { format!("&page={pages}#notes") } else { "#notes".to_string() })
                }
                other => {
                    let v: String = other.chars().take(40).filter(|c| !c.is_control()).collect();
                    let m = Message::new("form.refused.follow_up_type").text("given", v);
                    Err(ApiError::refused(ctx.state.renderer.catalog(), &m))
                }
            }
        }
        .await;
        match attempt {
            Ok(anchor) => Ok(see_other(format!("/bids/{}/follow-up?lang={lang}{anchor}", d.id))),
            Err(e) => match message(lang, &e) {
                Some(m) => {
                    let status = actix_web::ResponseError::status_code(&e);
                    follow_up_page(ctx, d.id, (1, NOTE_ROWS), draft, vec![m], status).await
                }
                None => Err(e),
            },
        }
    })
    .await
}

async fn request_page_as(
    ctx: &Ctx<'_>,
    id: i64,
    draft: AnswerDraft,
    errors: Vec<String>,
    status: StatusCode,
) -> Result<HttpResponse, ApiError> {
    let (state, lang) = (ctx.state, ctx.lang);
    let r = follow_up::visible_request(state, &ctx.viewer, id).await?;
    let supplier = ctx.viewer.only_business_number();
    let mut declarations = Vec::new();
    if let Some(bn) = &supplier {
        let filter = DeclarationFilter {
            business_number: Some(bn.clone()),
            solicitation_number: Some(r.solicitation_number.clone()),
            include_superseded: true,
            limit: 50,
            ..DeclarationFilter::default()
        };
        for d in state.store.list_declarations(&filter).await? {
            declarations.push(Choice {
                selected: draft.declaration_id == d.id.to_string(),
                value: d.id.to_string(),
                label: format!(
                    "#{} — {} ({})",
                    d.id,
                    dates::long_date(state.renderer.catalog(), lang, d.declaration_date),
                    d.file_name
                ),
            });
        }
    }
    let page = RequestPage {
        title: state
            .renderer
            .t(lang, "follow.request_title")
            .replace("{id}", &r.id.to_string())
            .replace("{subject}", &r.subject),
        csrf: ctx.chrome.csrf.clone(),
        can_answer: supplier.is_some(),
        solicitation: r.solicitation_number.clone(),
        bid_id: r.declaration_id,
        request: request_row(ctx, r, Utc::now().date_naive()),
        declarations,
        draft: AnswerDraft { csrf: String::new(), ..draft },
        errors,
    };
    ctx.render_as(status, "pages/request", &page)
}

async fn request_page(page: Page, id: IdPath<i64>) -> HttpResponse {
    page.serve(Action::ReadDeclarations, async |ctx| {
        request_page_as(ctx, *id, AnswerDraft::default(), Vec::new(), StatusCode::OK).await
    })
    .await
}

/// The supplier's answer to a request: text, and optionally one of its declarations for the solicitation (a new
/// declaration is uploaded first, then named here).
async fn answer_request(page: Page, id: IdPath<i64>, form: Form<AnswerDraft>) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::ReadDeclarations, async |ctx| {
        if ctx.viewer.only_business_number().is_none() {
            // Only the bidder answers its requests.
            return Err(ApiError::Forbidden);
        }
        let draft = form.read().await?;
        auth::check_csrf_for(ctx.req, &ctx.viewer, Some(&draft.csrf))?;
        let r = follow_up::visible_request(ctx.state, &ctx.viewer, *id).await?;
        let attempt: Result<(), ApiError> = async {
            let declaration_id = match draft.declaration_id.trim() {
                "" => None,
                raw => Some(raw.parse::<i64>().map_err(|_| {
                    let m = Message::new("form.refused.choice").label("field", "follow.answer_with");
                    ApiError::refused(ctx.state.renderer.catalog(), &m)
                })?),
            };
            follow_up::answer(ctx.state, &ctx.viewer, &r, &draft.text, declaration_id).await?;
            Ok(())
        }
        .await;
        match attempt {
            Ok(()) => Ok(see_other(format!("/requests/{}?lang={lang}#answers", r.id))),
            Err(e) => match message(lang, &e) {
                Some(m) => request_page_as(ctx, r.id, draft, vec![m], actix_web::ResponseError::status_code(&e)).await,
                None => Err(e),
            },
        }
    })
    .await
}
