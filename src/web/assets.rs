//! The static assets (`static/`, compiled in): served under `/static/`, the stylesheet also inlined into
//! self-contained reports.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "static/"]
struct Assets;

/// The stylesheet, also inlined into self-contained reports.
pub fn stylesheet() -> String {
    Assets::get("app.css").map(|f| String::from_utf8_lossy(&f.data).into_owned()).unwrap_or_default()
}

/// A static asset by its path under `static/`, cached an hour; when there is none, the 404 page every other
/// unknown address outside the API gets (in the reader's language, with the header of whoever is signed in).
pub(super) async fn asset(
    req: HttpRequest,
    path: web::Path<String>,
    state: web::Data<super::AppState>,
    viewer: Option<super::auth::MaybeViewer>,
) -> HttpResponse {
    match Assets::get(&path) {
        Some(file) => HttpResponse::Ok()
            .content_type(file.metadata.mimetype())
            .insert_header((header::CACHE_CONTROL, "public, max-age=3600"))
            .body(file.data.into_owned()),
        None => super::page_refusal(&req, &state, viewer, &super::ApiError::NotFound),
    }
}
