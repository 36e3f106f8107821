//! The language of a request: `?lang=` first, then the `lang` cookie, then `Accept-Language`, then English.

use std::future::{Ready, ready};

use actix_web::dev::{Payload, RequestHead};
use actix_web::{FromRequest, HttpRequest, http::header};

use crate::domain::Lang;

/// The language a page is drawn in.
#[derive(Debug, Clone, Copy)]
pub struct RequestLang(pub Lang);

fn from_query(query: &str) -> Option<Lang> {
    query.split('&').find_map(|kv| match kv.split_once('=') {
        Some(("lang", "fr")) => Some(Lang::Fr),
        Some(("lang", "en")) => Some(Lang::En),
        _ => None,
    })
}

fn from_accept_language(head: &RequestHead) -> Option<Lang> {
    let value = head.headers().get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
    // The first of en/fr in the header's order wins; quality values are rarely used to reorder these two.
    value.split(',').find_map(|part| {
        let tag = part.split(';').next()?.trim().to_ascii_lowercase();
        if tag.starts_with("fr") {
            Some(Lang::Fr)
        } else if tag.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    })
}

/// The `lang` cookie of a request's head (`Cookie: a=b; lang=fr`).
fn from_cookie(head: &RequestHead) -> Option<Lang> {
    head.headers().get_all(header::COOKIE).filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(';')).find_map(|kv| {
        match kv.trim().split_once('=') {
            Some(("lang", "fr")) => Some(Lang::Fr),
            Some(("lang", "en")) => Some(Lang::En),
            _ => None,
        }
    })
}

/// Resolves the language of a request.
pub fn resolve(req: &HttpRequest) -> Lang {
    resolve_head(req.head())
}

/// Resolves the language of a request from its head alone (before it reaches the application: a request answered
/// before its body is sent).
pub(super) fn resolve_head(head: &RequestHead) -> Lang {
    from_query(head.uri.query().unwrap_or_default())
        .or_else(|| from_cookie(head))
        .or_else(|| from_accept_language(head))
        .unwrap_or_default()
}

/// The same path and query with `lang` set to the other language: the toggle keeps you where you are.
pub fn toggle_href(req: &HttpRequest, lang: Lang) -> String {
    toggle_href_of(req.path(), req.query_string(), lang)
}

/// [`toggle_href`] for a path and query.
pub(super) fn toggle_href_of(path: &str, query: &str, lang: Lang) -> String {
    let other = lang.other();
    let mut parts: Vec<String> =
        query.split('&').filter(|kv| !kv.is_empty() && !kv.starts_with("lang=")).map(str::to_string).collect();
    parts.push(format!("lang={other}"));
    format!("{path}?{}", parts.join("&"))
}

impl FromRequest for RequestLang {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(RequestLang(resolve(req))))
    }
}
