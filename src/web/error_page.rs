//! Failures answered in the form of the door a request came by: the error page in the reader's language on the
//! pages, JSON on the API (and `/health`); also for failures before a handler runs (extractors, the session store).

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, ResponseError};

use super::headers::SECURITY_HEADERS;
use super::lang::{resolve, toggle_href};
use super::{ApiError, AppState};
use crate::domain::Lang;
use crate::reports::views::{ErrorPage, ViewerView};

/// An HTML answer, never cached.
pub(super) fn html(status: StatusCode, body: String) -> HttpResponse {
    HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body)
}

fn error_page_as(
    state: &AppState,
    req: &HttpRequest,
    viewer: Option<&ViewerView>,
    status: StatusCode,
    title: &str,
    message: &str,
) -> HttpResponse {
    let message = state.renderer.t(resolve(req), message);
    error_page_told(state, req, viewer, status, title, message)
}

/// The error page with a message already in the request's language.
fn error_page_told(
    state: &AppState,
    req: &HttpRequest,
    viewer: Option<&ViewerView>,
    status: StatusCode,
    title: &str,
    message: String,
) -> HttpResponse {
    let lang = resolve(req);
    render_error_page(state, lang, &toggle_href(req, lang), viewer, status, title, message)
}

fn render_error_page(
    state: &AppState,
    lang: Lang,
    toggle: &str,
    viewer: Option<&ViewerView>,
    status: StatusCode,
    title: &str,
    message: String,
) -> HttpResponse {
    let page = ErrorPage { title: state.renderer.t(lang, title), message };
    match state.renderer.render_for("pages/error", lang, toggle, viewer, &page) {
        Ok(body) => html(status, body),
        Err(e) => ApiError::internal(e).error_response(),
    }
}

/// The error page of an error told in its own words, for a request no longer at hand (its language and toggle
/// link taken before), or not yet at the application (answered from its head).
pub(super) fn error_response_in(state: &AppState, lang: Lang, toggle: &str, e: &ApiError) -> HttpResponse {
    let (en, fr) = e.messages();
    let message = if lang == Lang::Fr { fr } else { en };
    let mut response = render_error_page(state, lang, toggle, None, e.status_code(), title_of(e), message);
    with_header(&mut response, e);
    response
}

/// The error page's title for an error told in its own words: a refusal (4xx: a value, a clash, a wait) says the
/// request could not be accepted; only a failure of the service (5xx) says something went wrong.
fn title_of(e: &ApiError) -> &'static str {
    if e.status_code().is_client_error() { "error.refused" } else { "error.title" }
}

/// Renders a page, or the error page when something failed on the way.
pub(super) fn respond(state: &AppState, req: &HttpRequest, result: Result<HttpResponse, ApiError>) -> HttpResponse {
    respond_as(state, req, None, result)
}

/// The answer, or the error page of its error, with the viewer's header when known.
pub(super) fn respond_as(
    state: &AppState,
    req: &HttpRequest,
    viewer: Option<&ViewerView>,
    result: Result<HttpResponse, ApiError>,
) -> HttpResponse {
    match result {
        Ok(r) => r,
        Err(e) => error_response_as(state, req, viewer, &e),
    }
}

/// The error page for a failure before a page handler ran (a path, query or form that cannot be read, the database
/// out of reach while finding who calls).
pub(super) fn error_response(state: &AppState, req: &HttpRequest, e: &ApiError) -> HttpResponse {
    error_response_as(state, req, None, e)
}

/// The error page of an error: its status, its header (`Retry-After` …), its words in the page's language; 5xx
/// pages say nothing internal.
pub(super) fn error_response_as(
    state: &AppState,
    req: &HttpRequest,
    viewer: Option<&ViewerView>,
    e: &ApiError,
) -> HttpResponse {
    let page = |status, title, message| error_page_as(state, req, viewer, status, title, message);
    let mut response = match e {
        ApiError::NotFound => page(StatusCode::NOT_FOUND, "error.not_found", "error.not_found_message"),
        ApiError::Forbidden => page(StatusCode::FORBIDDEN, "error.forbidden", "error.forbidden_message"),
        ApiError::Csrf => page(StatusCode::FORBIDDEN, "error.forbidden", "error.csrf"),
        ApiError::Internal(_) => {
            tracing::error!(error = %e.chain(), path = req.path(), "page failed");
            page(StatusCode::INTERNAL_SERVER_ERROR, "error.title", "error.internal")
        }
        // The error's own words (which field, which value, how long to wait) in the page's language.
        _ => {
            let (en, fr) = e.messages();
            let message = if resolve(req) == Lang::Fr { fr } else { en };
            error_page_told(state, req, viewer, e.status_code(), title_of(e), message)
        }
    };
    with_header(&mut response, e);
    response
}

/// Adds the error's own header (`Retry-After`, `WWW-Authenticate`) to its page.
pub(super) fn with_header(response: &mut HttpResponse, e: &ApiError) {
    if let Some((name, value)) = e.header()
        && let Ok(value) = header::HeaderValue::from_str(&value)
    {
        response.headers_mut().insert(name, value);
    }
}

/// Answers an error the way the door it came through answers: JSON on the API (and `/health`), the error page in
/// the viewer's language everywhere else. For failures that happen before a handler runs (extractors).
pub fn for_door(req: &HttpRequest, e: ApiError) -> actix_web::Error {
    match req.app_data::<actix_web::web::Data<AppState>>() {
        Some(state) if !answers_json(req) => {
            let response = error_response(state, req, &e);
            actix_web::error::InternalError::from_response(e, response).into()
        }
        _ => e.into(),
    }
}

/// Whether a request came through the API's door (or `/health`), which answers in JSON.
pub(super) fn answers_json(req: &HttpRequest) -> bool {
    path_answers_json(req.path())
}

/// Whether a request for `path` comes through the API's door (or `/health`), which answers in JSON.
pub(super) fn path_answers_json(path: &str) -> bool {
    path == "/api" || path.starts_with("/api/") || path == "/health"
}

/// How to answer a request that fails outside every handler and extractor (the session middleware), taken from the
/// request before it moves on: a clone of the request kept across the call would stop actix from routing it.
pub(super) struct Door {
    api: bool,
    state: Option<actix_web::web::Data<AppState>>,
    lang: Lang,
    toggle: String,
}

impl Door {
    /// The door of `req`: its form (JSON or page), the state, the language and the toggle link.
    pub fn of(req: &HttpRequest) -> Door {
        let lang = resolve(req);
        Door {
            api: answers_json(req),
            state: req.app_data::<actix_web::web::Data<AppState>>().cloned(),
            lang,
            toggle: toggle_href(req, lang),
        }
    }

    /// The error as [`for_door`] would answer it, with the security headers that the middleware adding them cannot
    /// add to a failure.
    pub fn answer(&self, e: &ApiError) -> actix_web::Error {
        let mut response = match &self.state {
            Some(state) if !self.api => error_response_in(state, self.lang, &self.toggle, e),
            _ => e.error_response(),
        };
        for (name, value) in SECURITY_HEADERS {
            if !response.headers().contains_key(&name) {
                response.headers_mut().insert(name, header::HeaderValue::from_static(value));
            }
        }
        actix_web::error::InternalError::from_response(e.to_string(), response).into()
    }
}
