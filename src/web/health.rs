//! `/health`: whether the service can answer, for load balancers and people alike; in the API's document, needing no
//! token.

use actix_web::{HttpResponse, web};

use super::{ApiError, AppState};

/// What `/health` answers: whether the service can answer, what it runs on, and which dependency is down.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct Health {
    /// `ok`, or `unavailable` when a dependency does not answer.
    status: &'static str,
    /// `sqlite` or `postgres`.
    database: &'static str,
    /// The risk model's version.
    model_version: String,
    /// How many declarations are stored (when the database answers).
    #[serde(skip_serializing_if = "Option::is_none")]
    declarations: Option<u64>,
    /// The dependencies that do not answer (`database`); empty when all do.
    down: Vec<&'static str>,
    /// When unavailable: `database_unavailable`.
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'static str>,
    /// When unavailable: what is wrong and how long to wait, in English.
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<String>,
    /// When unavailable: the same in French.
    #[serde(skip_serializing_if = "Option::is_none")]
    message_fr: Option<String>,
}

/// Whether the service can answer: 200 with what it runs on, or 503 (with `Retry-After`) naming the dependency that
/// is down in `down`.
#[utoipa::path(
    get,
    path = "/health",
    responses(
        (status = 200, description = "The service answers: its database, model version and count of declarations", body = Health),
        (status = 503, description = "A dependency does not answer (`down` names it); try again after `Retry-After`", body = Health,
            headers(("Retry-After" = String, description = "Seconds to wait")))
    ),
    security(()),
    tag = "accounts"
)]
pub(super) async fn health(state: web::Data<AppState>) -> HttpResponse {
    let health = |declarations, down: Vec<&'static str>| Health {
        status: if down.is_empty() { "ok" } else { "unavailable" },
        database: state.store.backend_name(),
        model_version: state.model.version().to_string(),
        declarations,
        down,
        error: None,
        message: None,
        message_fr: None,
    };
    // Through the probe's own connections: never behind the reports and pages that hold the service's pool.
    match state.store.health().await {
        Ok(declarations) => HttpResponse::Ok().json(health(Some(declarations), Vec::new())),
        Err(e) => {
            tracing::warn!(error = %crate::telemetry::Chain(&e), "health: the database does not answer");
            let e = ApiError::DatabaseUnavailable { retry_after_secs: super::error::DATABASE_RETRY_AFTER_SECS };
            let (message, message_fr) = e.messages();
            let mut response = HttpResponse::ServiceUnavailable();
            if let Some(h) = e.header() {
                response.insert_header(h);
            }
            response.json(Health {
                error: Some("database_unavailable"),
                message: Some(message),
                message_fr: Some(message_fr),
                ..health(None, vec!["database"])
            })
        }
    }
}
