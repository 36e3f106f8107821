//! The static assets (`static/`, compiled in): served under `/static/`, the stylesheet also inlined into
//! self-contained reports.

use actix_web::HttpResponse;
use actix_web::http::header;
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "static/"]
struct Assets;

/// The stylesheet, also inlined into self-contained reports.
pub fn stylesheet() -> String {
    Assets::get("app.css").map(|f| String::from_utf8_lossy(&f.data).into_owned()).unwrap_or_default()
}

/// A static asset by its path under `static/`, cached an hour; `None` when there is none (the route answers the 404
/// page every other unknown address outside the API gets: `web::static_asset`).
pub(super) fn asset(path: &str) -> Option<HttpResponse> {
    Assets::get(path).map(|file| {
        HttpResponse::Ok()
            .content_type(file.metadata.mimetype())
            .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
            .body(file.data.into_owned())
    })
}
