//! The supplier's side of a declaration: the receipt of a file received (reference number, date and time, what it
//! replaces, printable), the answer to a file sent twice (its first receipt, nothing stored), and the standing on
//! its home page (open cases and notices with their deadlines, read through the case storage).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::Utc;

use super::auth::{Action, MaybeViewer, Viewer};
use super::pages::{Ctx, serve};
use super::{ApiError, AppState, RequestLang};
use crate::cases::CaseEvent;
use crate::domain::Lang;
use crate::reports::admin::{self, ReceiptAssessment, ReceiptPage, ReceiptRef, Standing, StandingCase, StandingNotice};
use crate::storage::DeclarationSummary;

/// Mounts the page routes.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/declarations/{id}/receipt", web::get().to(receipt));
}

const TIME: &str = "%Y-%m-%d %H:%M UTC";

fn receipt_ref(s: &DeclarationSummary) -> ReceiptRef {
    ReceiptRef {
        id: s.id,
        reference: admin::reference(s.id, s.received_at),
        declaration_date: s.declaration_date.to_string(),
        received_at: s.received_at.format(TIME).to_string(),
    }
}

/// The receipt of a declaration the viewer may read; `already_received` when the file was just sent again.
pub(super) async fn receipt_page(ctx: &Ctx<'_>, id: i64, already_received: bool) -> Result<HttpResponse, ApiError> {
    let (state, lang) = (ctx.state, ctx.lang);
    let stored = super::api::readable(state, &ctx.viewer, id).await?;
    let s = &stored.summary;
    let page = ReceiptPage {
        title: state.renderer.t(lang, "receipt.title"),
        declaration: receipt_ref(s),
        supplier_name: s.supplier_name.clone(),
        business_number: s.business_number.clone().unwrap_or_default(),
        solicitation_number: s.solicitation_number.clone().unwrap_or_default(),
        file_name: s.file_name.clone(),
        sha256: s.sha256.clone(),
        site_count: s.site_count,
        supersedes: related(state, &ctx.viewer, s.supersedes).await?,
        superseded_by: related(state, &ctx.viewer, s.superseded_by).await?,
        already_received,
        printed_at: Utc::now().format(TIME).to_string(),
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
    };
    ctx.render_as(StatusCode::OK, "pages/receipt", &page)
}

/// The reference of a declaration a receipt names (the one replaced, or replacing), when the viewer may read it.
async fn related(state: &AppState, viewer: &Viewer, id: Option<i64>) -> Result<Option<ReceiptRef>, ApiError> {
    let Some(id) = id else { return Ok(None) };
    match super::api::readable(state, viewer, id).await {
        Ok(d) => Ok(Some(receipt_ref(&d.summary))),
        Err(ApiError::NotFound) => Ok(None),
        Err(e) => Err(e),
    }
}

async fn receipt(
    req: HttpRequest,
    state: web::Data<AppState>,
    lang: RequestLang,
    viewer: MaybeViewer,
    id: web::Path<i64>,
) -> HttpResponse {
    serve(&state, &req, lang.0, viewer, Action::ReadDeclarations, async |ctx| receipt_page(ctx, *id, false).await).await
}

/// The reference of a stored declaration (`CHN-2026-000042`), for the API's answer to an upload.
pub(super) async fn reference_of(state: &AppState, id: i64) -> Result<String, ApiError> {
    let stored = state.store.get_declaration(id).await?.ok_or(ApiError::NotFound)?;
    Ok(admin::reference(id, stored.summary.received_at))
}

/// A supplier's open cases (no decision yet) and the notices of those cases, the nearest deadline first, each
/// answered, overdue (its deadline passed without a response) or open. `None` for viewers who see every supplier.
pub(super) async fn standing(state: &AppState, viewer: &Viewer, lang: Lang) -> Result<Option<Standing>, ApiError> {
    let Some(bn) = viewer.only_business_number() else { return Ok(None) };
    let today = Utc::now().date_naive();
    let t = |k: &str| state.renderer.t(lang, k);
    let mut out = Standing::default();
    for contract in state.store.list_contracts(Some(bn.as_str())).await? {
        for case_id in state.store.cases_of(contract.id).await? {
            let Some(case) = state.store.case(case_id).await? else { continue };
            if case.events.iter().any(|e| matches!(e.event, CaseEvent::Decision(_))) {
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
    Ok(Some(out))
}
