//! The HTML pages: home, a solicitation's bids, a declaration with its chain and scores, its report, upload and the
//! template download. Pages render a friendly error page in the user's language.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use chrono::Utc;

use super::lang::{resolve, toggle_href};
use super::{ApiError, AppState, RequestLang};
use crate::domain::Lang;
use crate::pipeline::{self, SubmitError};
use crate::reports::views::{
    self, BandCell, DeclarationMeta, DeclarationPage, DeclarationRow, ErrorPage, HomeView, ReportPage, SolicitationRow,
    SolicitationView, UploadView,
};
use crate::storage::{DeclarationFilter, DeclarationSummary};

/// Mounts the page routes.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home))
        .route("/solicitations/{number:.+}", web::get().to(solicitation))
        .route("/declarations/{id}", web::get().to(declaration))
        .route("/declarations/{id}/report", web::get().to(report))
        .route("/upload", web::get().to(upload_form))
        .route("/upload", web::post().to(upload_submit))
        .route("/template", web::get().to(template));
}

fn html(status: StatusCode, body: String) -> HttpResponse {
    HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body)
}

/// The error page in the request's language; falls back to plain JSON if even that fails to render.
pub(super) fn error_page(
    state: &AppState,
    req: &HttpRequest,
    status: StatusCode,
    title: &str,
    message: &str,
) -> HttpResponse {
    let lang = resolve(req);
    let r = &state.renderer;
    let page = ErrorPage { title: r.t(lang, title), message: r.t(lang, message) };
    match r.render("pages/error", lang, &toggle_href(req, lang), &page) {
        Ok(body) => html(status, body),
        Err(e) => ApiError::Internal(e.to_string()).error_response(),
    }
}

/// Renders a page, or the error page when something failed on the way.
fn respond(state: &AppState, req: &HttpRequest, result: Result<HttpResponse, ApiError>) -> HttpResponse {
    match result {
        Ok(r) => r,
        Err(ApiError::NotFound) => {
            error_page(state, req, StatusCode::NOT_FOUND, "error.not_found", "error.not_found_message")
        }
        Err(ApiError::BadRequest { .. }) => {
            error_page(state, req, StatusCode::BAD_REQUEST, "error.title", "error.bad_request")
        }
        Err(e) => {
            tracing::error!(error = %e, path = req.path(), "page failed");
            error_page(state, req, StatusCode::INTERNAL_SERVER_ERROR, "error.title", "error.internal")
        }
    }
}

fn row(state: &AppState, lang: Lang, s: &DeclarationSummary) -> DeclarationRow {
    let cat = state.renderer.catalog();
    let cell = |band: Option<crate::domain::Band>, score: Option<f64>| {
        band.map(|b| BandCell::new(cat, lang, b, score.unwrap_or(0.0)))
    };
    DeclarationRow {
        id: s.id,
        supplier_name: s.supplier_name.clone(),
        supplier_country: s.supplier_country.clone(),
        solicitation_number: s.solicitation_number.clone().unwrap_or_default(),
        declaration_date: s.declaration_date.to_string(),
        received_at: s.received_at.format("%Y-%m-%d %H:%M UTC").to_string(),
        site_count: s.site_count,
        finding_count: s.finding_count,
        forced: cell(s.forced_labour_band, s.forced_labour_score),
        child: cell(s.child_labour_band, s.child_labour_score),
        superseded: s.superseded_by.is_some(),
    }
}

async fn home(req: HttpRequest, state: web::Data<AppState>, lang: RequestLang) -> HttpResponse {
    let lang = lang.0;
    let result = async {
        let sols = state.store.list_solicitations().await?;
        let decls =
            state.store.list_declarations(&DeclarationFilter { limit: 50, ..DeclarationFilter::default() }).await?;
        let view = HomeView {
            title: state.renderer.t(lang, "home.title"),
            solicitations: sols
                .iter()
                .map(|s| SolicitationRow {
                    number: s.number.clone(),
                    bid_count: s.bid_count,
                    last_received: s.last_received.format("%Y-%m-%d").to_string(),
                })
                .collect(),
            declarations: decls.iter().map(|d| row(&state, lang, d)).collect(),
        };
        let body = state.renderer.render("pages/home", lang, &toggle_href(&req, lang), &view)?;
        Ok(html(StatusCode::OK, body))
    }
    .await;
    respond(&state, &req, result)
}

async fn solicitation(
    req: HttpRequest,
    state: web::Data<AppState>,
    lang: RequestLang,
    number: web::Path<String>,
) -> HttpResponse {
    let lang = lang.0;
    let result = async {
        let bids = state.store.bids_for(&number).await?.ok_or(ApiError::NotFound)?;
        let view = SolicitationView {
            title: state.renderer.t(lang, "solicitation.title").replace("{number}", &bids.number),
            number: bids.number.clone(),
            bids: bids.bids.iter().map(|d| row(&state, lang, d)).collect(),
        };
        let body = state.renderer.render("pages/solicitation", lang, &toggle_href(&req, lang), &view)?;
        Ok(html(StatusCode::OK, body))
    }
    .await;
    respond(&state, &req, result)
}

async fn declaration_view(state: &AppState, lang: Lang, id: i64) -> Result<views::DeclarationView, ApiError> {
    let stored = state.store.get_declaration(id).await?.ok_or(ApiError::NotFound)?;
    let assessment = state.store.latest_assessment(id).await?.ok_or(ApiError::NotFound)?;
    let s = &stored.summary;
    let meta = DeclarationMeta {
        id: s.id,
        file_name: s.file_name.clone(),
        sha256: s.sha256.clone(),
        received_at: s.received_at.format("%Y-%m-%d %H:%M UTC").to_string(),
        superseded_by: s.superseded_by,
    };
    Ok(views::declaration_view(state.renderer.catalog(), lang, &stored.declaration, &assessment.assessment, Some(meta)))
}

async fn declaration(
    req: HttpRequest,
    state: web::Data<AppState>,
    lang: RequestLang,
    id: web::Path<i64>,
) -> HttpResponse {
    let lang = lang.0;
    let result = async {
        let decl = declaration_view(&state, lang, *id).await?;
        let title = state.renderer.t(lang, "decl.title").replace("{supplier}", &decl.supplier.legal_name);
        let body = state.renderer.render(
            "pages/declaration",
            lang,
            &toggle_href(&req, lang),
            &DeclarationPage { title, decl },
        )?;
        Ok(html(StatusCode::OK, body))
    }
    .await;
    respond(&state, &req, result)
}

/// Renders the self-contained HTML report of a declaration (used by the page and by `chainon assess`).
pub fn render_report(
    renderer: &crate::reports::Renderer,
    lang: Lang,
    decl: views::DeclarationView,
) -> Result<String, crate::reports::ReportError> {
    let title = renderer.t(lang, "decl.title").replace("{supplier}", &decl.supplier.legal_name);
    let page = ReportPage {
        title,
        generated_at: Utc::now().format("%Y-%m-%d %H:%M UTC").to_string(),
        css: super::stylesheet(),
        decl,
    };
    renderer.render("reports/declaration", lang, "", &page)
}

async fn report(req: HttpRequest, state: web::Data<AppState>, lang: RequestLang, id: web::Path<i64>) -> HttpResponse {
    let lang = lang.0;
    let result = async {
        let decl = declaration_view(&state, lang, *id).await?;
        let body = render_report(&state.renderer, lang, decl)?;
        Ok(HttpResponse::Ok()
            .content_type("text/html; charset=utf-8")
            // The report inlines its stylesheet so it stands alone once saved; it runs no script.
            .insert_header((header::CONTENT_SECURITY_POLICY, "default-src 'none'; style-src 'unsafe-inline'"))
            .insert_header((
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"chainon-declaration-{}-{lang}.html\"", *id),
            ))
            .body(body))
    }
    .await;
    respond(&state, &req, result)
}

fn upload_view(state: &AppState, lang: Lang) -> UploadView {
    UploadView {
        title: state.renderer.t(lang, "upload.title"),
        file_name: String::new(),
        errors: Vec::new(),
        warnings: Vec::new(),
        max_mib: state.limits.max_file_bytes / (1024 * 1024),
    }
}

async fn upload_form(req: HttpRequest, state: web::Data<AppState>, lang: RequestLang) -> HttpResponse {
    let lang = lang.0;
    let result = state
        .renderer
        .render("pages/upload", lang, &toggle_href(&req, lang), &upload_view(&state, lang))
        .map(|b| html(StatusCode::OK, b))
        .map_err(ApiError::from);
    respond(&state, &req, result)
}

async fn upload_submit(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
    lang: RequestLang,
) -> HttpResponse {
    let lang = lang.0;
    let result = async {
        let (name, bytes) = match super::api::read_upload(&req, payload, state.limits.max_file_bytes, None).await {
            Ok(x) => x,
            Err(ApiError::PayloadTooLarge { limit_bytes }) => {
                let issue = crate::domain::Issue::error(
                    "file",
                    None,
                    format!("The file is larger than the limit of {limit_bytes} bytes."),
                    format!("Le fichier dépasse la limite de {limit_bytes} octets."),
                );
                return render_rejected(&state, &req, lang, String::new(), vec![issue]);
            }
            Err(e) => return Err(e),
        };
        match pipeline::submit(&state.store, state.model.clone(), name.clone(), bytes, state.limits.clone()).await {
            Ok(done) => Ok(HttpResponse::SeeOther()
                .insert_header((header::LOCATION, format!("/declarations/{}?lang={lang}", done.outcome.declaration_id)))
                .finish()),
            Err(SubmitError::Rejected(issues)) => render_rejected(&state, &req, lang, name, issues),
            Err(e) => Err(e.into()),
        }
    }
    .await;
    respond(&state, &req, result)
}

fn render_rejected(
    state: &AppState,
    req: &HttpRequest,
    lang: Lang,
    file_name: String,
    issues: Vec<crate::domain::Issue>,
) -> Result<HttpResponse, ApiError> {
    let (errors, warnings): (Vec<_>, Vec<_>) =
        issues.into_iter().partition(|i| i.level == crate::domain::IssueLevel::Error);
    let view = UploadView {
        file_name,
        errors: views::issue_rows(lang, &errors),
        warnings: views::issue_rows(lang, &warnings),
        ..upload_view(state, lang)
    };
    let body = state.renderer.render("pages/upload", lang, &toggle_href(req, lang), &view)?;
    Ok(html(StatusCode::UNPROCESSABLE_ENTITY, body))
}

async fn template(req: HttpRequest, state: web::Data<AppState>, lang: RequestLang) -> HttpResponse {
    let result = super::api::template_response(lang.0).await;
    respond(&state, &req, result)
}
