//! The paths outside the API and the methods each answers: for the 405 of a method a page does not answer, and for
//! the page a form was posted from (the sign-in page's way back).

/// The paths outside the API and the methods each answers, as mounted by `web::configure` (the API's come from its
/// OpenAPI document, `api::allowed_methods`); HEAD, answered wherever GET is, is added by `error::allow_with_head`. `tests/api/pages.rs` checks this table against the routes mounted in
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
pub(super) fn page_methods(path: &str) -> Option<&'static str> {
    static PATTERNS: std::sync::OnceLock<Vec<(actix_web::dev::ResourceDef, &'static str)>> = std::sync::OnceLock::new();
    let patterns = PATTERNS.get_or_init(|| {
        PAGE_METHODS.iter().map(|(pattern, methods)| (actix_web::dev::ResourceDef::new(*pattern), *methods)).collect()
    });
    patterns.iter().find(|(pattern, _)| pattern.is_match(path)).map(|(_, methods)| *methods)
}
