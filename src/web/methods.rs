//! The paths outside the API, the methods each answers and who may call it: for the 405 of a method a page does not
//! answer, for the page a form was posted from (the sign-in page's way back), and for the pages anyone may call
//! (whose refusals of what a request carries come before asking who calls: `params::caller_first`).

use Door::{Anyone, SignedIn};

/// Who may call a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Door {
    /// Anyone, signed in or not (the sign-in and password-reset pages, the template, `/health`, the assets).
    Anyone,
    /// Someone signed in: anyone else is sent to the sign-in page.
    SignedIn,
}

/// The paths outside the API, the methods each answers and who may call it, as mounted by `web::configure` (the
/// API's come from its OpenAPI document, `api::allowed_methods`, which also says which operations need no token);
/// HEAD, answered wherever GET is, is added by `error::allow_with_head`. `tests/api/openapi.rs` checks the paths and
/// methods against the routes mounted in the source, and `tests/api/access.rs` each door against what an anonymous
/// request is answered, so that a route added without its line here, or marked for the wrong door, is caught.
const PAGE_METHODS: &[(&str, &str, Door)] = &[
    ("/", "GET", SignedIn),
    ("/health", "GET", Anyone),
    ("/static/{path:.*}", "GET", Anyone),
    ("/solicitations/{number:.+}", "GET", SignedIn),
    ("/declarations/{id}", "GET", SignedIn),
    ("/declarations/{id}/report", "GET", SignedIn),
    ("/declarations/{id}/chain", "GET", SignedIn),
    ("/declarations/{id}/receipt", "GET", SignedIn),
    ("/suppliers/{id}", "GET", SignedIn),
    ("/portfolio", "GET", SignedIn),
    ("/upload", "GET, POST", SignedIn),
    ("/template", "GET", Anyone),
    ("/login", "GET, POST", Anyone),
    ("/logout", "POST", Anyone),
    ("/graph", "GET", SignedIn),
    ("/graph/sites/{id}", "GET", SignedIn),
    ("/graph/matches", "GET, POST", SignedIn),
    ("/screening", "GET", SignedIn),
    ("/screening/import", "POST", SignedIn),
    ("/screening/editions/{id}", "GET", SignedIn),
    ("/screening/editions/{id}/entries", "GET", SignedIn),
    ("/screening/alerts", "GET", SignedIn),
    ("/screening/hits/{id}", "POST", SignedIn),
    ("/contracts", "GET, POST", SignedIn),
    ("/contracts/{id}", "GET", SignedIn),
    ("/contracts/{id}/cases", "POST", SignedIn),
    ("/cases/{id}", "GET, POST", SignedIn),
    ("/cases/{id}/dossier", "GET", SignedIn),
    ("/cases/{id}/attachments/{attachment}", "GET", SignedIn),
    ("/bids/{id}/follow-up", "GET, POST", SignedIn),
    ("/requests", "GET", SignedIn),
    ("/requests/{id}", "GET, POST", SignedIn),
    ("/reports/s211", "GET", SignedIn),
    ("/accounts", "GET, POST", SignedIn),
    ("/accounts/{id}", "GET", SignedIn),
    ("/accounts/{id}/disable", "POST", SignedIn),
    ("/accounts/{id}/enable", "POST", SignedIn),
    ("/accounts/{id}/role", "POST", SignedIn),
    ("/accounts/{id}/password-reset", "POST", SignedIn),
    ("/accounts/{id}/tokens/{token_id}/revoke", "POST", SignedIn),
    ("/accounts/{id}/language", "POST", SignedIn),
    ("/account", "GET", SignedIn),
    ("/account/language", "POST", SignedIn),
    ("/account/screening-alerts", "POST", SignedIn),
    ("/audit", "GET", SignedIn),
    ("/password-reset", "GET, POST", Anyone),
];

/// The line of the table whose pattern a path outside the API matches.
fn page(path: &str) -> Option<&'static (&'static str, &'static str, Door)> {
    static PATTERNS: std::sync::OnceLock<Vec<actix_web::dev::ResourceDef>> = std::sync::OnceLock::new();
    let patterns = PATTERNS.get_or_init(|| {
        PAGE_METHODS.iter().map(|(pattern, _, _)| actix_web::dev::ResourceDef::new(*pattern)).collect()
    });
    patterns.iter().zip(PAGE_METHODS).find(|(pattern, _)| pattern.is_match(path)).map(|(_, line)| line)
}

/// The methods a path outside the API answers (`GET, POST`), `None` when no page is there.
pub(super) fn page_methods(path: &str) -> Option<&'static str> {
    page(path).map(|(_, methods, _)| *methods)
}

/// Who may call the page at a path outside the API, `None` when no page is there.
pub(super) fn page_door(path: &str) -> Option<Door> {
    page(path).map(|(_, _, door)| *door)
}

/// Every path pattern outside the API with its methods and who may call it (the table above), for tests that
/// check it against what the service answers.
#[doc(hidden)]
pub fn page_table() -> impl Iterator<Item = (&'static str, &'static str, Door)> {
    PAGE_METHODS.iter().copied()
}
