//! The security headers every response carries, failures answered outside the middleware included.

use actix_web::http::header;
use actix_web::middleware::DefaultHeaders;

/// The security headers of every response: no framing, no sniffing, a Content-Security-Policy with no inline script,
/// and no caching unless a handler says otherwise (only the public static assets do).
pub(super) const SECURITY_HEADERS: [(header::HeaderName, &str); 5] = [
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
