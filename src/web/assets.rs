//! The static assets (`static/`, compiled in): served under `/static/`, the stylesheet also inlined into
//! self-contained reports.

use actix_web::http::header;
use actix_web::{HttpResponse, ResponseError, web};
use rust_embed::RustEmbed;

use super::ApiError;

#[derive(RustEmbed)]
#[folder = "static/"]
struct Assets;

/// The stylesheet, also inlined into self-contained reports.
pub fn stylesheet() -> String {
    Assets::get("app.css").map(|f| String::from_utf8_lossy(&f.data).into_owned()).unwrap_or_default()
}

/// A static asset by its path under `static/`, cached an hour; 404 when there is none.
pub(super) async fn asset(path: web::Path<String>) -> HttpResponse {
    match Assets::get(&path) {
        Some(file) => HttpResponse::Ok()
            .content_type(file.metadata.mimetype())
            .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
            .body(file.data.into_owned()),
        None => ApiError::NotFound.error_response(),
    }
}
