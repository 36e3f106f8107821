//! `Expect: 100-continue`: a client that asks before sending a body is answered from the request's head alone. A
//! body declared (`Content-Length`) over the most its door reads is refused at once with 413 in the door's form —
//! the API's JSON error, or the error page in the reader's language — naming the limit, so the client never sends
//! it; any other request is told to go on (`100 Continue`) and reaches its handler, which applies the same limits
//! to what it reads. Without this, the server would ask for every body and then refuse it unread, closing the
//! connection while the client is still sending (a reset, not an answer).

use actix_web::dev::RequestHead;
use actix_web::http::{Method, header};
use actix_web::{HttpResponse, ResponseError};

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

/// The answer to a request that asks before sending its body (`Expect: 100-continue`) when the body it declares is
/// over what its door reads: 413 naming the limit (and the file, when the API's `file_name` names it), as JSON on
/// the API and as the error page in the reader's language elsewhere, with the security headers and the connection
/// closed (its body is never read). `None` when the body may come: the client is told to send it.
pub fn refuse_before_continue(state: &AppState, head: &RequestHead) -> Option<HttpResponse> {
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
    let e = ApiError::PayloadTooLarge { limit_bytes: door.limit, file, sent: door.sent };
    tracing::info!(
        path,
        declared_bytes = declared,
        limit_bytes = door.limit,
        "body refused from its head (Expect: 100-continue): over its door's limit"
    );
    let mut response = if super::error_page::path_answers_json(path) {
        e.error_response()
    } else {
        let lang = super::lang::resolve_head(head);
        let toggle = super::lang::toggle_href_of(path, query, lang);
        super::error_page::error_response_in(state, lang, &toggle, &e)
    };
    for (name, value) in super::headers::SECURITY_HEADERS {
        if !response.headers().contains_key(&name) {
            response.headers_mut().insert(name, header::HeaderValue::from_static(value));
        }
    }
    response.head_mut().set_connection_type(actix_web::http::ConnectionType::Close);
    Some(response)
}
