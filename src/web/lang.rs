//! The language of a request: `?lang=` first, then the `lang` cookie, then `Accept-Language`, then English.

use std::future::{Ready, ready};

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, http::header};

use crate::domain::Lang;

/// The language a page is drawn in.
#[derive(Debug, Clone, Copy)]
pub struct RequestLang(pub Lang);

fn from_query(req: &HttpRequest) -> Option<Lang> {
    req.query_string().split('&').find_map(|kv| match kv.split_once('=') {
        Some(("lang", "fr")) => Some(Lang::Fr),
        Some(("lang", "en")) => Some(Lang::En),
        _ => None,
    })
}

fn from_accept_language(req: &HttpRequest) -> Option<Lang> {
    let value = req.headers().get(header::ACCEPT_LANGUAGE)?.to_str().ok()?;
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

/// Resolves the language of a request.
pub fn resolve(req: &HttpRequest) -> Lang {
    from_query(req)
        .or_else(|| {
            req.cookie("lang").and_then(|c| match c.value() {
                "fr" => Some(Lang::Fr),
                "en" => Some(Lang::En),
                _ => None,
            })
        })
        .or_else(|| from_accept_language(req))
        .unwrap_or_default()
}

/// The same path and query with `lang` set to the other language: the toggle keeps you where you are.
pub fn toggle_href(req: &HttpRequest, lang: Lang) -> String {
    let other = lang.other();
    let mut parts: Vec<String> = req
        .query_string()
        .split('&')
        .filter(|kv| !kv.is_empty() && !kv.starts_with("lang="))
        .map(str::to_string)
        .collect();
    parts.push(format!("lang={other}"));
    format!("{}?{}", req.path(), parts.join("&"))
}

impl FromRequest for RequestLang {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(RequestLang(resolve(req))))
    }
}
