//! The HTTP layer (actix-web): JSON API under `/api/v1`, bilingual pages, static assets, security headers and one
//! JSON error shape for everything that fails.

mod account_pages;
mod accounts;
mod answer;
mod api;
pub mod auth;
mod case_pages;
mod cases;
mod error;
mod follow_up;
mod graph;
mod heavy;
mod lang;
mod listing;
mod pages;
mod params;
mod screening;
mod sessions;
mod supplier_pages;
mod uploads;

use std::sync::Arc;

use actix_web::http::header;
use actix_web::middleware::DefaultHeaders;
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use rust_embed::RustEmbed;

pub use api::ApiDoc;
pub use error::{ApiError, IssueJson, clash_messages};
pub use heavy::HeavyReports;
pub use lang::RequestLang;
pub use pages::render_report;
pub use sessions::DbSessionStore;
pub use uploads::{UploadGate, UploadPermit};

use crate::import::Limits;
use crate::isolation::Reader;
use crate::reports::Renderer;
use crate::scoring::RiskModel;
use crate::storage::{SessionLimits, Store};

/// What every handler shares: the store, the risk model, the template registry and the intake limits.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub model: Arc<RiskModel>,
    pub renderer: Renderer,
    pub limits: Limits,
    /// Where uploaded files are read: a limited child process unless the settings turn isolation off.
    pub reader: Reader,
    pub auth: AuthConfig,
    /// The national supply graph, kept up to date with storage.
    pub graph: Arc<crate::graph_service::GraphService>,
    /// How dossiers are printed to PDF.
    pub pdf: PdfConfig,
    /// How many expensive reports (S-211, portfolio) run at once, and how long one waits for its turn.
    pub heavy: HeavyReports,
    /// How many uploads are taken in at once, their bodies in memory (`IsolationSettings::max_uploads`).
    pub uploads: UploadGate,
}

/// PDF printing: the Chromium to print with (none: PDF requests answer 503 and name the HTML dossier instead).
#[derive(Clone, Debug)]
pub struct PdfConfig {
    pub chromium: Option<std::path::PathBuf>,
    pub timeout: std::time::Duration,
}

impl PdfConfig {
    /// Chromium found on the `PATH` (or none), a minute to print.
    pub fn detect() -> PdfConfig {
        PdfConfig { chromium: crate::reports::pdf::find_chromium(None), timeout: std::time::Duration::from_secs(60) }
    }
}

/// Sessions and sign-in: the cookie key, whether cookies are HTTPS-only, how long sessions live, and the login
/// throttle.
#[derive(Clone)]
pub struct AuthConfig {
    pub session_key: actix_web::cookie::Key,
    pub secure_cookies: bool,
    pub sessions: SessionLimits,
    pub throttle: auth::LoginThrottle,
}

impl AuthConfig {
    /// A configuration with a fresh random key (sessions end when the process does) and the default limits.
    pub fn ephemeral(secure_cookies: bool) -> AuthConfig {
        AuthConfig {
            session_key: actix_web::cookie::Key::generate(),
            secure_cookies,
            sessions: SessionLimits::default(),
            throttle: Default::default(),
        }
    }

    /// The session middleware for this configuration: sessions kept in `store` (the cookie holds only their key,
    /// encrypted, HTTP-only, same-site), ended by the server after the idle or absolute time.
    pub fn session_middleware(&self, store: &Store) -> actix_session::SessionMiddleware<DbSessionStore> {
        let absolute = i64::try_from(self.sessions.absolute.as_secs()).unwrap_or(i64::MAX);
        actix_session::SessionMiddleware::builder(
            DbSessionStore::new(store.clone(), self.sessions),
            self.session_key.clone(),
        )
        .cookie_name("chainon_session".into())
        .cookie_secure(self.secure_cookies)
        .cookie_http_only(true)
        .cookie_same_site(actix_web::cookie::SameSite::Lax)
        // The browser may drop the cookie after the absolute time; the server ends the session whatever it keeps.
        .session_lifecycle(
            actix_session::config::PersistentSession::default()
                .session_ttl(actix_web::cookie::time::Duration::seconds(absolute)),
        )
        .build()
    }
}

/// Answers a failure of the session store (wrapped around the session middleware, whose own failures are bare 500s
/// without a body) as the database being unavailable: 503 with `Retry-After`, in the form of the request's door.
pub async fn session_store_failures(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody + 'static>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    let door = error::Door::of(req.request());
    next.call(req).await.map_err(|e| {
        tracing::warn!(error = %e, "the session store failed: answered 503");
        door.answer(&sessions::unavailable())
    })
}

#[derive(RustEmbed)]
#[folder = "static/"]
struct Assets;

/// The stylesheet, also inlined into self-contained reports.
pub fn stylesheet() -> String {
    Assets::get("app.css").map(|f| String::from_utf8_lossy(&f.data).into_owned()).unwrap_or_default()
}

async fn asset(path: web::Path<String>) -> HttpResponse {
    match Assets::get(&path) {
        Some(file) => HttpResponse::Ok()
            .content_type(file.metadata.mimetype())
            .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
            .body(file.data.into_owned()),
        None => ApiError::NotFound.error_response(),
    }
}

/// The largest JSON or form body a route reads (files have their own limit): forms and JSON documents of cases,
/// contracts and decisions are a few kilobytes.
pub const BODY_LIMIT: usize = 256 * 1024;

/// What `/health` answers: whether the service can answer, what it runs on, and which dependency is down.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct Health {
    /// `ok`, or `unavailable` when a dependency does not answer.
    status: &'static str,
    /// `sqlite` or `postgres`.
    database: &'static str,
    /// The risk model's version.
    model_version: String,
    /// How many declarations are stored (when the database answers).
    #[serde(skip_serializing_if = "Option::is_none")]
    declarations: Option<u64>,
    /// The dependencies that do not answer (`database`); empty when all do.
    down: Vec<&'static str>,
    /// When unavailable: `database_unavailable`.
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'static str>,
    /// When unavailable: what is wrong and how long to wait, in English.
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<String>,
    /// When unavailable: the same in French.
    #[serde(skip_serializing_if = "Option::is_none")]
    message_fr: Option<String>,
}

/// Whether the service can answer: 200 with what it runs on, or 503 (with `Retry-After`) naming the dependency that
/// is down in `down`.
#[utoipa::path(
    get,
    path = "/health",
    responses(
        (status = 200, description = "The service answers: its database, model version and count of declarations", body = Health),
        (status = 503, description = "A dependency does not answer (`down` names it); try again after `Retry-After`", body = Health,
            headers(("Retry-After" = String, description = "Seconds to wait")))
    ),
    security(()),
    tag = "accounts"
)]
async fn health(state: web::Data<AppState>) -> HttpResponse {
    let health = |declarations, down: Vec<&'static str>| Health {
        status: if down.is_empty() { "ok" } else { "unavailable" },
        database: state.store.backend_name(),
        model_version: state.model.version().to_string(),
        declarations,
        down,
        error: None,
        message: None,
        message_fr: None,
    };
    match state.store.count_declarations().await {
        Ok(declarations) => HttpResponse::Ok().json(health(Some(declarations), Vec::new())),
        Err(e) => {
            tracing::warn!(error = %crate::telemetry::Chain(&e), "health: the database does not answer");
            let e = ApiError::DatabaseUnavailable { retry_after_secs: error::DATABASE_RETRY_AFTER_SECS };
            let (message, message_fr) = e.messages();
            let mut response = HttpResponse::ServiceUnavailable();
            if let Some(h) = e.header() {
                response.insert_header(h);
            }
            response.json(Health {
                error: Some("database_unavailable"),
                message: Some(message),
                message_fr: Some(message_fr),
                ..health(None, vec!["database"])
            })
        }
    }
}

/// The paths outside the API and the methods each answers, as mounted by `configure` (the API's come from its
/// OpenAPI document, `api::allowed_methods`); HEAD, answered wherever GET is, is added by `allow_with_head`. `tests/api/pages.rs` checks this table against the routes mounted in
/// the source, so that a route added without its line here is caught.
const PAGE_METHODS: &[(&str, &str)] = &[
    ("/", "GET"),
    ("/health", "GET"),
    ("/static/{path:.*}", "GET"),
    ("/solicitations/{number:.+}", "GET"),
    ("/declarations/{id}", "GET"),
    ("/declarations/{id}/report", "GET"),
    ("/declarations/{id}/chain", "GET"),
    ("/declarations/{id}/receipt", "GET"),
    ("/suppliers/{id}", "GET"),
    ("/portfolio", "GET"),
    ("/upload", "GET, POST"),
    ("/template", "GET"),
    ("/login", "GET, POST"),
    ("/logout", "POST"),
    ("/graph", "GET"),
    ("/graph/sites/{id}", "GET"),
    ("/graph/matches", "GET, POST"),
    ("/screening", "GET"),
    ("/screening/import", "POST"),
    ("/screening/editions/{id}", "GET"),
    ("/screening/editions/{id}/entries", "GET"),
    ("/screening/alerts", "GET"),
    ("/screening/hits/{id}", "POST"),
    ("/contracts", "GET, POST"),
    ("/contracts/{id}", "GET"),
    ("/contracts/{id}/cases", "POST"),
    ("/cases/{id}", "GET, POST"),
    ("/cases/{id}/dossier", "GET"),
    ("/cases/{id}/attachments/{attachment}", "GET"),
    ("/bids/{id}/follow-up", "GET, POST"),
    ("/requests", "GET"),
    ("/requests/{id}", "GET, POST"),
    ("/reports/s211", "GET"),
    ("/accounts", "GET, POST"),
    ("/accounts/{id}", "GET"),
    ("/accounts/{id}/disable", "POST"),
    ("/accounts/{id}/enable", "POST"),
    ("/accounts/{id}/role", "POST"),
    ("/accounts/{id}/password-reset", "POST"),
    ("/accounts/{id}/tokens/{token_id}/revoke", "POST"),
    ("/accounts/{id}/language", "POST"),
    ("/account", "GET"),
    ("/account/language", "POST"),
    ("/audit", "GET"),
    ("/password-reset", "GET, POST"),
];

/// The methods a path outside the API answers (`GET, POST`), `None` when no page is there.
fn page_methods(path: &str) -> Option<&'static str> {
    static PATTERNS: std::sync::OnceLock<Vec<(actix_web::dev::ResourceDef, &'static str)>> = std::sync::OnceLock::new();
    let patterns = PATTERNS.get_or_init(|| {
        PAGE_METHODS.iter().map(|(pattern, methods)| (actix_web::dev::ResourceDef::new(*pattern), *methods)).collect()
    });
    patterns.iter().find(|(pattern, _)| pattern.is_match(path)).map(|(_, methods)| *methods)
}

/// No route took the request: a page's path under a method it does not answer is 405 with `Allow` (the error page
/// in the reader's language); any other address 404. The API scope answers its own (`api::unmatched`).
async fn not_found(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    if req.path().starts_with("/api/") {
        return ApiError::NotFound.error_response();
    }
    if let Some(allow) = page_methods(req.path()) {
        let e = ApiError::MethodNotAllowed { allow: allow_with_head(allow) };
        // `/health` answers in JSON, as the API does.
        return if req.path() == "/health" { e.error_response() } else { pages::error_response(&state, &req, &e) };
    }
    pages::error_page(
        &state,
        &req,
        actix_web::http::StatusCode::NOT_FOUND,
        "error.not_found",
        "error.not_found_message",
    )
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

/// The `Allow` list of a path mounted with `methods` (`GET, POST`): HEAD follows GET, since `head_as_get` answers it.
pub(crate) fn allow_with_head(methods: &str) -> String {
    methods
        .split(", ")
        .flat_map(|m| if m == "GET" { vec!["GET", "HEAD"] } else { vec![m] })
        .collect::<Vec<_>>()
        .join(", ")
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

/// The security headers of every response: no framing, no sniffing, a Content-Security-Policy with no inline script,
/// and no caching unless a handler says otherwise (only the public static assets do).
const SECURITY_HEADERS: [(header::HeaderName, &str); 5] = [
    (
        header::CONTENT_SECURITY_POLICY,
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; \
         base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    ),
    (header::X_FRAME_OPTIONS, "DENY"),
    (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    (header::REFERRER_POLICY, "same-origin"),
    (header::CACHE_CONTROL, "no-store"),
];

/// Adds the security headers to every response that lacks them.
pub fn security_headers() -> DefaultHeaders {
    SECURITY_HEADERS.into_iter().fold(DefaultHeaders::new(), |headers, header| headers.add(header))
}

/// Mounts every route on an app.
pub fn configure(cfg: &mut web::ServiceConfig, state: AppState) {
    // What the API document says of each operation (who may call it, its parameters' ranges), for refusals made
    // before a handler runs.
    params::document(|| serde_json::to_value(<ApiDoc as utoipa::OpenApi>::openapi()).unwrap_or_default());
    cfg.app_data(web::Data::new(state))
        .app_data(web::JsonConfig::default().limit(BODY_LIMIT).error_handler(error::extractors::json))
        .app_data(web::FormConfig::default().limit(BODY_LIMIT).error_handler(error::extractors::form))
        .app_data(web::QueryConfig::default().error_handler(error::extractors::query))
        .app_data(web::PathConfig::default().error_handler(error::extractors::path))
        .route("/health", web::get().to(health))
        .route("/static/{path:.*}", web::get().to(asset))
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
