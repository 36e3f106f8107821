//! The accounts API for administrators: an account's API tokens (listed, revoked), disabling and enabling an
//! account, changing its role; and, for anyone sent screening alerts, turning their alert e-mails off and on. Storage
//! records each change in the audit log in the change's own transaction, with the caller's e-mail as the actor.

use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::auth::{self, Action, MaybeViewer, Viewer};
use super::input::json_body;
use super::params::IdPath;
use super::{ApiError, AppState};
use crate::domain::{AccountRole, Message};

/// An account, as an answer (never its password hash).
#[derive(Debug, Serialize, ToSchema)]
pub struct AccountBody {
    account: crate::domain::Account,
}

/// An account's API tokens: id, name, created_at, revoked_at (never the token itself).
#[derive(Debug, Serialize, ToSchema)]
pub struct TokensBody {
    #[schema(value_type = Vec<Object>)]
    tokens: Vec<crate::storage::ApiTokenInfo>,
}

/// One API token, with the time it was revoked.
#[derive(Debug, Serialize, ToSchema)]
pub struct TokenBody {
    #[schema(value_type = Object)]
    token: crate::storage::ApiTokenInfo,
}

/// Mounts the routes (under `/api/v1`).
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/accounts/{id}/tokens", web::get().to(list_tokens))
        .route("/accounts/{id}/tokens/{token_id}", web::delete().to(revoke_token))
        .route("/accounts/{id}/disable", web::post().to(disable_account))
        .route("/accounts/{id}/enable", web::post().to(enable_account))
        .route("/accounts/{id}/role", web::put().to(change_role))
        .route("/me/screening-alerts", web::put().to(my_screening_alerts));
}

/// The caller, if it may manage accounts; a change by session also needs the form token (`X-CSRF-Token`).
fn administrator(req: &HttpRequest, viewer: MaybeViewer, changes: bool) -> Result<Viewer, ApiError> {
    let viewer = viewer.signed_in()?;
    viewer.require(Action::ManageAccounts)?;
    if changes {
        auth::check_csrf_for(req, &viewer, None)?;
    }
    Ok(viewer)
}

/// Refuses a change an administrator would make to their own account (disabling it, changing its role), so that
/// the service never loses its last administrator by a slip.
pub(super) fn not_oneself(viewer: &Viewer, id: i64) -> Result<(), ApiError> {
    if viewer.account.id == id {
        return Err(ApiError::told(&Message::new("request.account.oneself")));
    }
    Ok(())
}

/// An account's API tokens, oldest first, revoked ones included (never the token itself).
#[utoipa::path(
    get,
    path = "/api/v1/accounts/{id}/tokens",
    params(("id" = i64, Path, description = "Account id")),
    responses(
        (status = 200, description = "The tokens: id, name, created_at, revoked_at", body = TokensBody),
        (status = 403, description = "Not an administrator"),
        (status = 404, description = "No such account")
    ),
    tag = "accounts"
)]
async fn list_tokens(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: IdPath<i64>,
) -> Result<HttpResponse, ApiError> {
    administrator(&req, viewer, false)?;
    state.store.account_even_disabled(*id).await?.ok_or(ApiError::NotFound)?;
    let tokens = state.store.api_tokens(*id).await?;
    Ok(HttpResponse::Ok().json(TokensBody { tokens }))
}

/// Revokes an API token: it is refused (401) from the next request on. Revoking a revoked token changes nothing.
#[utoipa::path(
    delete,
    path = "/api/v1/accounts/{id}/tokens/{token_id}",
    params(("id" = i64, Path, description = "Account id"), ("token_id" = i64, Path, description = "Token id")),
    responses(
        (status = 200, description = "The token, with the time it was revoked", body = TokenBody),
        (status = 403, description = "Not an administrator, or a session request without its form token"),
        (status = 404, description = "The account has no token of that id")
    ),
    tag = "accounts"
)]
async fn revoke_token(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    path: IdPath<(i64, i64)>,
) -> Result<HttpResponse, ApiError> {
    let viewer = administrator(&req, viewer, true)?;
    let (id, token_id) = path.into_inner();
    let token = state.store.revoke_api_token(id, token_id, &viewer.account.email).await?;
    Ok(HttpResponse::Ok().json(TokenBody { token }))
}

/// Disables an account: its sessions end at once, its API tokens and its password stop working.
#[utoipa::path(
    post,
    path = "/api/v1/accounts/{id}/disable",
    params(("id" = i64, Path, description = "Account id")),
    responses(
        (status = 200, description = "The account, disabled", body = AccountBody),
        (status = 400, description = "The administrator's own account"),
        (status = 403, description = "Not an administrator, or a session request without its form token"),
        (status = 404, description = "No such account")
    ),
    tag = "accounts"
)]
async fn disable_account(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: IdPath<i64>,
) -> Result<HttpResponse, ApiError> {
    set_disabled(req, state, viewer, *id, true).await
}

/// Enables a disabled account again: its password and tokens work again; ended sessions stay ended.
#[utoipa::path(
    post,
    path = "/api/v1/accounts/{id}/enable",
    params(("id" = i64, Path, description = "Account id")),
    responses(
        (status = 200, description = "The account, enabled", body = AccountBody),
        (status = 403, description = "Not an administrator, or a session request without its form token"),
        (status = 404, description = "No such account")
    ),
    tag = "accounts"
)]
async fn enable_account(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: IdPath<i64>,
) -> Result<HttpResponse, ApiError> {
    set_disabled(req, state, viewer, *id, false).await
}

async fn set_disabled(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: i64,
    disabled: bool,
) -> Result<HttpResponse, ApiError> {
    let viewer = administrator(&req, viewer, true)?;
    not_oneself(&viewer, id)?;
    let account = state.store.set_account_disabled(id, disabled, &viewer.account.email).await?;
    Ok(HttpResponse::Ok().json(AccountBody { account }))
}

/// A new role for an account, with its organisation.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RoleChange {
    /// `supplier`, `officer`, `auditor` or `administrator`.
    role: String,
    /// The organisation's business number: required for a supplier, absent for the other roles.
    business_number: Option<String>,
}

impl super::input::JsonBody for RoleChange {}

/// Changes an account's role (and organisation); it applies from the account's next request.
#[utoipa::path(
    put,
    path = "/api/v1/accounts/{id}/role",
    params(("id" = i64, Path, description = "Account id")),
    request_body = RoleChange,
    responses(
        (status = 200, description = "The account with its new role", body = AccountBody),
        (status = 400, description = "An unknown role, a business number that does not fit the role, or the administrator's own account"),
        (status = 403, description = "Not an administrator, or a session request without its form token"),
        (status = 404, description = "No such account")
    ),
    tag = "accounts"
)]
async fn change_role(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: IdPath<i64>,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let viewer = administrator(&req, viewer, true)?;
    let change: RoleChange = json_body(&req, payload).await?;
    not_oneself(&viewer, *id)?;
    let (role, organisation) = role_and_organisation(&change.role, change.business_number.as_deref())?;
    let account = state.store.change_role(*id, role, organisation, &viewer.account.email).await?;
    Ok(HttpResponse::Ok().json(AccountBody { account }))
}

/// Whether the caller is sent an e-mail when screening finds new matches.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ScreeningAlertsChange {
    /// `true` to be sent the alert e-mails (the default of every officer and auditor), `false` to be sent none.
    on: bool,
}

impl super::input::JsonBody for ScreeningAlertsChange {}

/// Turns the caller's screening alert e-mails off or on, as the "My account" page does (audited as
/// `account.screening_alerts_changed` when it changes; asking for the state it is in changes and records nothing).
/// Officers and auditors only: the roles the alerts are written to.
#[utoipa::path(
    put,
    path = "/api/v1/me/screening-alerts",
    request_body = ScreeningAlertsChange,
    responses(
        (status = 200, description = "The caller's account, `screening_alerts` as asked", body = AccountBody),
        (status = 400, description = "A body other than `{\"on\": true}` or `{\"on\": false}`"),
        (status = 403, description = "A role sent no screening alerts (suppliers, administrators), or a session request without its form token")
    ),
    tag = "accounts"
)]
async fn my_screening_alerts(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    viewer.require(Action::ReceiveScreeningAlerts)?;
    auth::check_csrf_for(&req, &viewer, None)?;
    let change: ScreeningAlertsChange = json_body(&req, payload).await?;
    let account = state.store.set_account_screening_alerts(viewer.account.id, change.on, &viewer.account.email).await?;
    Ok(HttpResponse::Ok().json(AccountBody { account }))
}

/// A role by its code and the organisation that goes with it (a supplier's CRA business number, validated and
/// written as its nine digits; none for other roles): the one reading of both, for the API and the pages.
pub(super) fn role_and_organisation(
    role: &str,
    business_number: Option<&str>,
) -> Result<(AccountRole, Option<String>), ApiError> {
    let role: AccountRole =
        role.trim().parse().map_err(|_| ApiError::told(&Message::new("request.account.role").text("value", role)))?;
    let organisation = role.organisation(business_number).map_err(|e| ApiError::told(&e.message()))?;
    Ok((role, organisation.map(|bn| bn.to_string())))
}

#[cfg(test)]
mod tests {
    /// An unknown role is refused naming it and the roles there are, French spaced before its colon.
    #[test]
    fn an_unknown_role_is_refused_in_both_languages() {
        let (en, fr) = super::role_and_organisation("boss", None).unwrap_err().messages();
        assert_eq!(en, "role boss: use supplier, officer, auditor or administrator");
        assert_eq!(fr, "rôle boss\u{a0}: utiliser supplier, officer, auditor ou administrator");
    }
}
