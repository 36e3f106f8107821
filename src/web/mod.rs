//! The HTTP layer (actix-web): JSON API under `/api/v1`, bilingual pages, static assets, security headers and one
//! JSON error shape for everything that fails.
//!
//! This file declares the modules, re-exports what the rest of the crate uses, and mounts the routes; what the
//! modules share lives in modules of its own (`state`, `error`, `error_page`, `frame`, `input`, `answer`, …), which
//! use each other one way (`layers_tests.rs` checks it).

mod account_pages;
mod accounts;
mod answer;
mod api;
mod api_words;
mod assets;
pub mod auth;
mod case_pages;
mod cases;
mod closed_bodies;
mod error;
mod error_page;
mod expect;
mod follow_up;
mod frame;
mod graph;
mod headers;
mod health;
mod heavy;
mod input;
mod kept;
mod lang;
mod listing;
mod methods;
mod pages;
mod params;
mod screening;
mod sessions;
mod state;
mod supplier_pages;
mod throttle;
mod uploads;

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};

pub use api::ApiDoc;
pub use error::{ApiError, IssueJson, Sent, clash_messages};
pub use expect::{Expectation, answer_expectation};
pub use headers::security_headers;
pub use heavy::{FiguresCache, HeavyReports};
pub use input::BODY_LIMIT;
pub use kept::{KEPT_BYTES, KeptPage, KeptPages};
pub use lang::RequestLang;
#[doc(hidden)]
pub use methods::{Door as PageDoor, page_table};
pub use pages::render_report;
pub use params::unknown_query_refused;
pub use sessions::DbSessionStore;
pub use state::{AppState, AuthConfig, PdfConfig};
pub use throttle::{Backoff, LoginThrottle};
pub use uploads::{UploadGate, UploadPermit};

/// Answers a failure of the session store (wrapped around the session middleware, whose own failures are bare 500s
/// without a body) as the database being unavailable: 503 with `Retry-After`, in the form of the request's door.
pub async fn session_store_failures(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody + 'static>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    let door = error_page::Door::of(req.request());
    next.call(req).await.map_err(|e| {
        // What failed beneath is logged where it happened (`sessions.rs`): actix-session hands on an opaque error.
        tracing::warn!(error = %crate::telemetry::Chain(&e), "the session store failed: answered 503");
        door.answer(&sessions::unavailable())
    })
}

/// No route took the request: a page's path under a method it does not answer is 405 with `Allow` (the error page
/// in the reader's language); any other address 404. The API scope answers its own (`api::unmatched`).
async fn not_found(req: HttpRequest, state: web::Data<AppState>, viewer: Option<auth::MaybeViewer>) -> HttpResponse {
    // The API's door (`/api` itself included) answers JSON; `/health`'s other methods are answered below.
    if req.path() != "/health" && error_page::path_answers_json(req.path()) {
        return ApiError::NotFound.error_response();
    }
    let e = match methods::page_methods(req.path()) {
        // `/health` answers in JSON, as the API does.
        Some(allow) if req.path() == "/health" => {
            return ApiError::MethodNotAllowed { allow: error::allow_with_head(allow) }.error_response();
        }
        Some(allow) => ApiError::MethodNotAllowed { allow: error::allow_with_head(allow) },
        None => ApiError::NotFound,
    };
    page_refusal(&req, &state, viewer, &e)
}

/// A static asset (`assets::asset`); when there is none, the 404 page (in the reader's language, with the header of
/// whoever is signed in), as any other unknown address outside the API.
async fn static_asset(
    req: HttpRequest,
    path: web::Path<String>,
    state: web::Data<AppState>,
    viewer: Option<auth::MaybeViewer>,
) -> HttpResponse {
    assets::asset(&path).unwrap_or_else(|| page_refusal(&req, &state, viewer, &ApiError::NotFound))
}

/// The error page of `e` for an address outside the API, keeping the header of whoever is signed in (their name,
/// their role's links), as every page's refusal does; a session that cannot be read (the database out of reach)
/// gets the page without it.
fn page_refusal(req: &HttpRequest, state: &AppState, viewer: Option<auth::MaybeViewer>, e: &ApiError) -> HttpResponse {
    let chrome = viewer.and_then(|v| v.0).and_then(|v| frame::chrome(req, lang::resolve(req), &v).ok());
    error_page::error_response_as(state, req, chrome.as_ref(), e)
}

/// Answers HEAD wherever GET is answered (RFC 9110 §9.3.2): the request is routed as a GET, so it gets GET's status
/// and headers; the HTTP codec, which remembers the method it read, sends no body. Wrapped innermost, so that the
/// request log still says HEAD.
pub async fn head_as_get(
    mut req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    if req.method() == actix_web::http::Method::HEAD {
        req.head_mut().method = actix_web::http::Method::GET;
    }
    next.call(req).await
}

/// Closes the connection after a request whose body may have been left unread: one refused before its body was
/// read (who calls, what they may do, what size it has). The server stops reading such a connection, so saying so
/// keeps clients from sending their next request on it.
pub async fn close_when_refused(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    let headers = req.headers();
    let has_body = headers.contains_key(header::TRANSFER_ENCODING)
        || headers.get(header::CONTENT_LENGTH).is_some_and(|l| l.as_bytes() != b"0");
    let mut res = next.call(req).await?;
    let status = res.status();
    let to_login = status == actix_web::http::StatusCode::SEE_OTHER
        && res.headers().get(header::LOCATION).is_some_and(|l| l.as_bytes().starts_with(b"/login"));
    if has_body && (status.is_client_error() || status.is_server_error() || to_login) {
        res.response_mut().head_mut().set_connection_type(actix_web::http::ConnectionType::Close);
    }
    Ok(res)
}

/// The query parameters of every page outside the API as `(pattern, method, names)`, besides `lang` (a page of
/// [`page_table`] not named here takes none), for tests that check them against what the pages answer.
#[doc(hidden)]
pub fn page_queries() -> Vec<(&'static str, &'static str, Vec<&'static str>)> {
    page_query_lines()
        .into_iter()
        .map(|p| (p.pattern, p.method, (p.takes)().into_iter().filter(|n| !params::FORM_ONLY.contains(n)).collect()))
        .collect()
}

/// What each page's query takes, from the structs its handlers read (the API's come from its document).
fn page_query_lines() -> Vec<params::PageQuery> {
    [
        pages::page_queries(),
        graph::page_queries(),
        screening::page_queries(),
        case_pages::page_queries(),
        account_pages::page_queries(),
        // The API's document, which describes the API but not itself.
        vec![params::PageQuery { pattern: "/api/v1/openapi.json", method: "GET", takes: Vec::new }],
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Mounts every route on an app.
pub fn configure(cfg: &mut web::ServiceConfig, state: AppState) {
    // What the API document says of each operation (who may call it, its parameters' ranges), for refusals made
    // before a handler runs.
    params::document(|| serde_json::to_value(<ApiDoc as utoipa::OpenApi>::openapi()).unwrap_or_default());
    params::pages(page_query_lines);
    cfg.app_data(web::Data::new(state))
        .app_data(
            web::JsonConfig::default()
                .limit(BODY_LIMIT)
                .error_handler(|e, req| error_page::for_door(req, error::extractors::json(e))),
        )
        .app_data(
            web::FormConfig::default()
                .limit(BODY_LIMIT)
                .error_handler(|e, req| error_page::for_door(req, error::extractors::form(e))),
        )
        .app_data(
            web::QueryConfig::default().error_handler(|e, req| error_page::for_door(req, error::extractors::query(e))),
        )
        .app_data(
            web::PathConfig::default().error_handler(|e, req| error_page::for_door(req, error::extractors::path(e))),
        )
        .route("/health", web::get().to(health::health))
        .route("/static/{path:.*}", web::get().to(static_asset))
        .service(
            web::scope("/api/v1")
                .configure(accounts::routes)
                .configure(cases::routes)
                // A bid's follow-up (requests for information, evaluation notes) and a case's files.
                .configure(follow_up::api_routes)
                .configure(graph::api_routes)
                // Entity screening.
                .configure(screening::api_routes)
                .configure(api::routes),
        )
        .configure(graph::page_routes)
        // Entity screening.
        .configure(screening::page_routes)
        .configure(case_pages::routes)
        // Administrators' pages, password resets, the supplier's receipt.
        .configure(account_pages::routes)
        .configure(supplier_pages::routes)
        .configure(pages::routes)
        .default_service(web::to(not_found));
}
