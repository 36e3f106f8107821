//! The supplier's side of a declaration: the receipt of a file received (reference number, date and time, what it
//! replaces, printable), the answer to a file sent twice (its first receipt, nothing stored), and the standing on
//! its home page (open cases and notices with their deadlines, read through the case storage).

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use chrono::Utc;

use super::auth::{Action, Viewer};
use super::frame::{Ctx, Page};
use super::params::IdPath;
use super::{ApiError, AppState};
use crate::cases::CaseEvent;
use crate::domain::Lang;
use crate::reports::admin::{
    self, ReceiptAssessment, ReceiptPage, ReceiptRef, ReceiptWarning, RequestsPage, Standing, StandingCase,
    StandingNotice, StandingRequest,
};
use crate::reports::dates;
use crate::storage::DeclarationSummary;

/// Mounts the page routes.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/declarations/{id}/receipt", web::get().to(receipt)).route("/requests", web::get().to(requests));
}

fn receipt_ref(state: &AppState, lang: Lang, s: &DeclarationSummary) -> ReceiptRef {
    ReceiptRef {
        id: s.id,
        reference: admin::reference(s.id, s.received_at),
        declaration_date: dates::long_date(state.renderer.catalog(), lang, s.declaration_date),
        received_at: dates::date_time(state.renderer.catalog(), lang, s.received_at),
    }
}

/// The receipt of a declaration the viewer may read; `already_received` when the file was just sent again.
pub(super) async fn receipt_page(ctx: &Ctx<'_>, id: i64, already_received: bool) -> Result<HttpResponse, ApiError> {
    let (state, lang) = (ctx.state, ctx.lang);
    let stored = super::auth::readable(state, &ctx.viewer, id).await?;
    let s = &stored.summary;
    let page = ReceiptPage {
        title: state.renderer.t(lang, "receipt.title"),
        declaration: receipt_ref(state, lang, s),
        supplier_name: s.supplier_name.clone(),
        business_number: s.business_number.clone().unwrap_or_default(),
        solicitation_number: s.solicitation_number.clone().unwrap_or_default(),
        file_name: s.file_name.clone(),
        sha256: s.sha256.clone(),
        site_count: s.site_count,
        supersedes: related(state, &ctx.viewer, lang, s.supersedes).await?,
        superseded_by: related(state, &ctx.viewer, lang, s.superseded_by).await?,
        in_force: related(state, &ctx.viewer, lang, in_force_beyond(state, s).await?).await?,
        already_received,
        printed_at: dates::date_time(state.renderer.catalog(), lang, Utc::now()),
        assessment: match (s.forced_labour_band, s.child_labour_band) {
            (Some(fl), Some(cl)) => Some(ReceiptAssessment {
                forced_labour_band: fl.to_string(),
                forced_labour_label: state.renderer.t(lang, &format!("band.{fl}")),
                child_labour_band: cl.to_string(),
                child_labour_label: state.renderer.t(lang, &format!("band.{cl}")),
                finding_count: s.finding_count,
            }),
            _ => None,
        },
        warnings: crate::reports::views::issue_rows(lang, &stored.warnings)
            .into_iter()
            .map(|w| ReceiptWarning { location: w.location, field: w.field, message: w.message })
            .collect(),
    };
    ctx.render_as(StatusCode::OK, "pages/receipt", &page)
}

/// The declaration in force for `s`'s bid when it is not the one that replaced `s` (a chain of two replacements or
/// more: the last of it), else `None`: then the one that replaced it, if any, is in force.
async fn in_force_beyond(state: &AppState, s: &DeclarationSummary) -> Result<Option<i64>, ApiError> {
    let Some(next) = s.superseded_by else { return Ok(None) };
    let last = state.store.current_declaration_of(s.id).await?;
    Ok(last.filter(|last| *last != next && *last != s.id))
}

/// The reference of a declaration a receipt names (the one replaced, replacing, or in force), when the viewer may
/// read it.
async fn related(
    state: &AppState,
    viewer: &Viewer,
    lang: Lang,
    id: Option<i64>,
) -> Result<Option<ReceiptRef>, ApiError> {
    let Some(id) = id else { return Ok(None) };
    match super::auth::readable(state, viewer, id).await {
        Ok(d) => Ok(Some(receipt_ref(state, lang, &d.summary))),
        Err(ApiError::NotFound) => Ok(None),
        Err(e) => Err(e),
    }
}

async fn receipt(page: Page, id: IdPath<i64>) -> HttpResponse {
    page.serve(Action::ReadDeclarations, async |ctx| receipt_page(ctx, *id, false).await).await
}

/// The reference of a stored declaration (`CHN-2026-000042`), for the API's answers; its summary only is read, not
/// its document.
pub(super) async fn reference_of(state: &AppState, id: i64) -> Result<String, ApiError> {
    let summary = state.store.declaration_summaries(&[id]).await?.into_iter().next().ok_or(ApiError::NotFound)?;
    Ok(admin::reference(id, summary.received_at))
}

/// A supplier's open cases (no decision yet) notified to it (a notice sent) and the notices of those cases, the
/// nearest deadline first, each answered, overdue (its deadline passed without a response) or open. `None` for viewers who see every supplier.
pub(super) async fn standing(state: &AppState, viewer: &Viewer, lang: Lang) -> Result<Option<Standing>, ApiError> {
    let Some(bn) = viewer.only_business_number() else { return Ok(None) };
    let today = Utc::now().date_naive();
    let t = |k: &str| state.renderer.t(lang, k);
    let mut out = Standing::default();
    for contract in state.store.list_contracts(Some(bn.as_str())).await? {
        for case_id in state.store.cases_of(contract.id).await? {
            let Some(case) = state.store.case(case_id).await? else { continue };
            // Decided, or not yet notified to the supplier (`cases::knows_of`): not listed.
            if case.events.iter().any(|e| matches!(e.event, CaseEvent::Decision(_)))
                || !super::cases::knows_of(viewer, &case)
            {
                continue;
            }
            out.cases.push(StandingCase {
                id: case.id,
                title: case.title.clone(),
                contract_number: contract.contract.number.clone(),
                opened_on: case.opened_at.format("%Y-%m-%d").to_string(),
            });
            // The dates that hold (sent when the supplier could first see it, the policy's minimum period).
            for n in crate::cases::notices(&case.record(), today, lang == Lang::Fr) {
                let status = if n.answered {
                    "answered"
                } else if n.overdue {
                    "overdue"
                } else {
                    "open"
                };
                out.notices.push(StandingNotice {
                    case_id: case.id,
                    event_id: n.id,
                    subject: n.subject,
                    sent_on: n.sent_on.to_string(),
                    respond_by: n.respond_by.to_string(),
                    status: status.into(),
                    status_label: t(&format!("standing.{status}")),
                });
            }
        }
    }
    out.notices.sort_by(|a, b| a.respond_by.cmp(&b.respond_by).then(a.event_id.cmp(&b.event_id)));
    out.requests = supplier_requests(state, &bn, lang).await?.into_iter().filter(|r| r.status != "answered").collect();
    Ok(Some(out))
}

/// The requests for information sent to the supplier of `business_number`: those awaiting an answer first, the
/// nearest deadline first, then the answered ones, newest first.
async fn supplier_requests(
    state: &AppState,
    business_number: &str,
    lang: Lang,
) -> Result<Vec<StandingRequest>, ApiError> {
    let today = Utc::now().date_naive();
    let mut rows: Vec<(bool, chrono::NaiveDate, i64, StandingRequest)> = state
        .store
        .requests_to_supplier(business_number)
        .await?
        .into_iter()
        .map(|r| {
            let answered = !r.answers.is_empty();
            let status = if answered {
                "answered"
            } else if r.respond_by < today {
                "overdue"
            } else {
                "open"
            };
            let row = StandingRequest {
                id: r.id,
                subject: r.subject,
                solicitation_number: r.solicitation_number,
                requested_by: r.requested_by_name,
                sent_on: r.sent_on.to_string(),
                respond_by: r.respond_by.to_string(),
                status: status.into(),
                status_label: state.renderer.t(lang, &format!("standing.{status}")),
            };
            (answered, r.respond_by, r.id, row)
        })
        .collect();
    rows.sort_by(|a, b| a.0.cmp(&b.0).then(if a.0 { b.2.cmp(&a.2) } else { a.1.cmp(&b.1).then(a.2.cmp(&b.2)) }));
    Ok(rows.into_iter().map(|(_, _, _, r)| r).collect())
}

/// The supplier's requests for information, open ones first (supplier accounts; the portfolio roles follow a bid's
/// requests on its follow-up page: 403, as `/api/v1/requests` answers).
async fn requests(page: Page) -> HttpResponse {
    page.serve(Action::ReadDeclarations, async |ctx| {
        let bn = ctx.viewer.only_business_number().ok_or(ApiError::Forbidden)?;
        let page = RequestsPage {
            title: ctx.state.renderer.t(ctx.lang, "requests.title"),
            requests: supplier_requests(ctx.state, &bn, ctx.lang).await?,
        };
        ctx.render_as(StatusCode::OK, "pages/requests", &page)
    })
    .await
}
