//! `Expect: 100-continue`: a client that asks before sending a body is answered from the request's head alone, in
//! the order every request is answered: its route first (404 for an address nothing answers, 405 for a method its
//! address does not), who calls next (401, the sign-in page, 403), then the size — a body declared
//! (`Content-Length`) over the most its door reads is refused at once with 413 in the door's form (the API's JSON
//! error, or the error page in the reader's language) naming the limit, so the client never sends it. Any other
//! request is told to go on (`100 Continue`) and reaches its handler, which applies the same rules to what it reads.
//! Without this, the server would ask for every body and then refuse it unread, closing the connection while the
//! client is still sending (a reset, not an answer).

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::Payload;
use actix_web::dev::{RequestHead, ServiceRequest, ServiceResponse};
use actix_web::http::{Method, StatusCode, header};
use actix_web::middleware::Next;
use actix_web::{FromRequest, HttpMessage, HttpResponse};

use super::error::Sent;
use super::{ApiError, AppState};

/// What a door reads of a body at most: `most` bytes in all (a form's parts around its file included), and the
/// limit its refusal names, with what it carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct DoorLimit {
    pub most: u64,
    pub limit: u64,
    pub sent: Sent,
}

/// The most the door of `method` `path` reads of a body (a multipart form's when `multipart`), as its handler reads
/// it: a declaration's file at the API and the upload page, a list file at the API and the lists page, a case form
/// with its attachments, and every other body (JSON documents, forms) at [`super::BODY_LIMIT`]. `None` for a method
/// that carries no body to any handler (`GET`, `HEAD`, `DELETE`, …).
pub(super) fn door_limit(state: &AppState, method: &Method, path: &str, multipart: bool) -> Option<DoorLimit> {
    if method != Method::POST && method != Method::PUT {
        return None;
    }
    // Routes are matched without a trailing slash (`NormalizePath` trims it before routing).
    let path = path.trim_end_matches('/');
    let margin = if multipart { super::uploads::DRAIN_MARGIN } else { 0 };
    let file = |limit: u64, sent: Sent| DoorLimit { most: limit.saturating_add(margin), limit, sent };
    Some(match path {
        "/api/v1/declarations" | "/upload" => file(state.limits.max_file_bytes, Sent::Declaration),
        "/api/v1/screening/editions" | "/screening/import" => {
            file(super::screening::list_file_limit(state), Sent::ListFile)
        }
        _ if multipart && is_case_form(path) => DoorLimit {
            most: super::case_pages::MAX_FORM_BYTES.saturating_add(super::uploads::DRAIN_MARGIN),
            limit: super::case_pages::MAX_FORM_BYTES,
            sent: Sent::Attachments,
        },
        _ => {
            let limit = super::BODY_LIMIT as u64;
            DoorLimit { most: limit, limit, sent: Sent::Body }
        }
    })
}

/// `/cases/{id}`: the case page's form, which may carry attachments.
fn is_case_form(path: &str) -> bool {
    path.strip_prefix("/cases/").is_some_and(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
}

/// The path of signing out, answered from its head alone ([`answer_expectation`]).
const SIGN_OUT: &str = "/logout";

/// The mark of a request's head asked about before its body is sent (`Expect: 100-continue`): the service's
/// expect step ([`crate::startup`]) passes a copy of the head, with no body and this mark, through the whole
/// application, whose innermost step, [`answer_expectation`], answers it.
#[derive(Debug, Clone, Copy)]
pub struct Expectation;

/// Answers a head marked [`Expectation`] as the door would answer its request, from the head alone: who calls first
/// (`params::caller_first`: nobody signed in, a wrong token, a role that may not call the route — 401, the sign-in
/// page or 403, as anywhere), then its size: a body declared (`Content-Length`) over what its door reads is refused
/// with 413 naming the limit (and the file, when the API's `file_name` names it), as JSON on the API and as the error
/// page in the reader's language elsewhere. Every one of these answers is sent in place of `100 Continue`, the
/// connection closed, the body never read. A head that passes is answered `100 Continue` here, which the expect step
/// reads as "ask for the body"; the request then goes through the application again with its body. A request that
/// carries no mark goes on untouched.
pub async fn answer_expectation(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    if req.extensions().get::<Expectation>().is_none() {
        return next.call(req).await.map(ServiceResponse::map_into_left_body);
    }
    // Routing comes first, as it does for the request sent whole: an address nothing answers is 404, a method its
    // address does not answer 405, whoever calls and whatever length the head declares.
    if let Some(e) = unrouted(req.path(), req.method()) {
        // The error page keeps the header of whoever is signed in (a session that cannot be read is no one).
        let viewer =
            super::auth::MaybeViewer::from_request(req.request(), &mut Payload::None).await.ok().and_then(|v| v.0);
        let refused = super::params::for_door_as(req.request(), viewer.as_ref(), e);
        let mut res = req.error_response(refused);
        res.response_mut().head_mut().set_connection_type(actix_web::http::ConnectionType::Close);
        return Ok(res.map_into_right_body());
    }
    let viewer = match super::params::caller_first(req.request()).await {
        Ok(viewer) => viewer,
        Err(first) => return Ok(req.error_response(first).map_into_right_body()),
    };
    // Signing out reads no body: the head alone is the request, whatever length it declares. Its handler ends the
    // session and its answer (to the sign-in page) is sent in place of `100 Continue`, the body never read — an
    // over-size body must not leave the session it asked to end alive.
    if req.method() == Method::POST && req.path().trim_end_matches('/') == SIGN_OUT {
        // Whatever length the head declares, the body it announces is never asked for: the connection closes, so
        // that no byte of it can be read as a next request.
        let mut res = next.call(req).await?;
        res.response_mut().head_mut().set_connection_type(actix_web::http::ConnectionType::Close);
        return Ok(res.map_into_left_body());
    }
    let Some(state) = req.app_data::<actix_web::web::Data<AppState>>().cloned() else {
        return Ok(req.into_response(HttpResponse::new(StatusCode::CONTINUE)).map_into_right_body());
    };
    if let Some(e) = over_limit(&state, req.head()) {
        // The error page keeps the header of whoever is signed in, as every page's refusal does.
        let refused = super::params::for_door_as(req.request(), viewer.as_ref(), e);
        let mut res = req.error_response(refused);
        res.response_mut().head_mut().set_connection_type(actix_web::http::ConnectionType::Close);
        return Ok(res.map_into_right_body());
    }
    Ok(req.into_response(HttpResponse::new(StatusCode::CONTINUE)).map_into_right_body())
}

/// What routing answers a head no route takes: 404 for an address nothing answers, 405 naming the methods it does
/// answer for one it does not (the API's document, `api::methods_at`; the table of pages, `methods::page_methods`,
/// `/health` among them). `None` when a route takes it.
fn unrouted(path: &str, method: &Method) -> Option<ApiError> {
    let allow = if path != "/health" && super::error_page::path_answers_json(path) {
        super::api::methods_at(path).map(str::to_string)
    } else {
        super::methods::page_methods(path).map(super::error::allow_with_head)
    };
    match allow {
        None => Some(ApiError::NotFound),
        Some(allow) if !allow.split(", ").any(|m| m == method.as_str()) => Some(ApiError::MethodNotAllowed { allow }),
        Some(_) => None,
    }
}

/// The refusal of a body its head declares (`Content-Length`) over what its door reads ([`door_limit`]): 413
/// naming the limit and, for a raw file sent to the API, the file its `file_name` parameter names. `None` when the
/// head declares no length, or one the door reads.
fn over_limit(state: &AppState, head: &RequestHead) -> Option<ApiError> {
    let declared: u64 = head.headers().get(header::CONTENT_LENGTH)?.to_str().ok()?.trim().parse().ok()?;
    let multipart = head
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let path = head.uri.path();
    let door = door_limit(state, &head.method, path, multipart)?;
    if declared <= door.most {
        return None;
    }
    let query = head.uri.query().unwrap_or_default();
    // A raw file sent to the API is named by its `file_name` parameter, as its handler names it.
    let file = (!multipart && door.sent != Sent::Body)
        .then(|| {
            serde_urlencoded::from_str::<Vec<(String, String)>>(query)
                .ok()?
                .into_iter()
                .find_map(|(k, v)| (k == "file_name").then_some(v))
        })
        .flatten()
        .map(|name| name.chars().filter(|c| !c.is_control()).take(200).collect::<String>());
    Some(ApiError::PayloadTooLarge { limit_bytes: door.limit, file, sent: door.sent })
}
