//! Who is asking, and what they may do.
//!
//! A request is made by a **viewer**: an account signed in through the login page (an encrypted, HTTP-only session
//! cookie) or a system presenting an API token (`Authorization: Bearer chn_…`). What a viewer may do is one table,
//! [`allows`]; what data a supplier may see is one rule, [`may_read`]: only its own organisation's declarations,
//! matched by business number. Requests for data a viewer may not see answer "not found", so that they do not tell
//! what exists.
//!
//! Forms carry an anti-forgery token tied to the session; a cookie-authenticated request that changes something
//! without it is refused. Token-authenticated requests carry no ambient credential, so they need none.

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;

use actix_session::{Session, SessionExt};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, web};
use futures_util::future::LocalBoxFuture;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use super::{ApiError, AppState};
use crate::domain::{Account, AccountRole};
use crate::storage::DeclarationSummary;

/// Session keys.
const ACCOUNT_KEY: &str = "account_id";
const CSRF_KEY: &str = "csrf";

/// What can be asked of the service, for the authorization table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumIter, strum::AsRefStr)]
#[strum(serialize_all = "snake_case")]
pub enum Action {
    /// Solicitations, every bid and every supplier's declarations.
    ReadPortfolio,
    /// Declarations the viewer may read (all, or a supplier's own).
    ReadDeclarations,
    /// Submit a declaration (a supplier: only its own organisation's).
    Submit,
    /// Create accounts and tokens.
    ManageAccounts,
    /// Read the audit log and check its chain.
    ReadAudit,
    /// Record contracts (and their instrument overrides).
    RecordContracts,
    /// Open compliance cases and record evidence, notices, plans and decisions.
    ManageCases,
    /// Decide whether two facilities of the national supply graph are the same place.
    DecideSiteMatches,
}

/// The authorization table: which role may do what.
pub fn allows(role: AccountRole, action: Action) -> bool {
    use AccountRole::*;
    use Action::*;
    match action {
        ReadPortfolio => matches!(role, Officer | Auditor | Administrator),
        ReadDeclarations => true,
        Submit => matches!(role, Supplier | Officer | Administrator),
        ManageAccounts => matches!(role, Administrator),
        ReadAudit => matches!(role, Auditor | Administrator),
        RecordContracts => matches!(role, Officer | Administrator),
        ManageCases => matches!(role, Auditor | Administrator),
        DecideSiteMatches => matches!(role, Officer | Administrator),
    }
}

/// How the viewer proved who it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Session,
    Token,
}

/// The account behind a request.
#[derive(Debug, Clone)]
pub struct Viewer {
    pub account: Account,
    pub via: Via,
}

impl Viewer {
    /// Whether the viewer's role allows an action.
    pub fn can(&self, action: Action) -> bool {
        allows(self.account.role, action)
    }

    /// `Forbidden` unless the role allows the action.
    pub fn require(&self, action: Action) -> Result<(), ApiError> {
        if self.can(action) { Ok(()) } else { Err(ApiError::Forbidden) }
    }

    /// Who this viewer is when it submits: its e-mail for the audit log, and its organisation if it is limited.
    pub fn submitter(&self) -> crate::pipeline::Submitter {
        crate::pipeline::Submitter {
            actor: self.account.email.clone(),
            only_business_number: self.only_business_number(),
        }
    }

    /// The business number whose declarations a supplier is limited to; `None` for roles that see all.
    pub fn only_business_number(&self) -> Option<String> {
        if self.can(Action::ReadPortfolio) {
            None
        } else {
            // A supplier account without a business number sees nothing (an impossible number).
            Some(self.account.business_number.clone().unwrap_or_else(|| "-".into()))
        }
    }
}

/// Whether a viewer may read a declaration: every declaration for the portfolio roles, its own for a supplier.
pub fn may_read(viewer: &Viewer, summary: &DeclarationSummary) -> bool {
    match viewer.only_business_number() {
        None => true,
        Some(bn) => summary.business_number.as_deref() == Some(bn.as_str()),
    }
}

/// The viewer, if any: from an API token first, else from the session.
#[derive(Debug, Clone)]
pub struct MaybeViewer(pub Option<Viewer>);

impl MaybeViewer {
    /// The viewer, or `Unauthorized`.
    pub fn signed_in(self) -> Result<Viewer, ApiError> {
        self.0.ok_or(ApiError::Unauthorized)
    }
}

fn bearer(req: &HttpRequest) -> Option<String> {
    let value = req.headers().get(actix_web::http::header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim().to_string())
}

impl FromRequest for MaybeViewer {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
                return Ok(MaybeViewer(None));
            };
            // Failures answer as the door does: JSON on the API, the error page on pages.
            let fail = |e: ApiError| super::error::for_door(&req, e);
            if let Some(token) = bearer(&req) {
                // A token that is wrong is a failed request, not an anonymous one.
                return match state.store.account_for_token(&token).await.map_err(|e| fail(e.into()))? {
                    Some(account) => Ok(MaybeViewer(Some(Viewer { account, via: Via::Token }))),
                    None => Err(fail(ApiError::Unauthorized)),
                };
            }
            let session = req.get_session();
            let id = session.get::<i64>(ACCOUNT_KEY).ok().flatten();
            let account = match id {
                Some(id) => state.store.account(id).await.map_err(|e| fail(e.into()))?,
                None => None,
            };
            if id.is_some() && account.is_none() {
                // The account was disabled or removed since: the session ends.
                session.purge();
            }
            Ok(MaybeViewer(account.map(|account| Viewer { account, via: Via::Session })))
        })
    }
}

/// The session's anti-forgery token, made on first use.
pub fn csrf_token(session: &Session) -> Result<String, ApiError> {
    if let Ok(Some(t)) = session.get::<String>(CSRF_KEY) {
        return Ok(t);
    }
    let t = crate::accounts::random_token().map_err(|e| ApiError::Internal(e.to_string()))?;
    session.insert(CSRF_KEY, &t).map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok(t)
}

/// Checks a form's anti-forgery token against the session's (constant-time comparison).
pub fn check_csrf(session: &Session, submitted: Option<&str>) -> Result<(), ApiError> {
    let expected = session.get::<String>(CSRF_KEY).ok().flatten();
    match (expected, submitted) {
        (Some(e), Some(s))
            if e.len() == s.len() && e.bytes().zip(s.bytes()).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0 =>
        {
            Ok(())
        }
        _ => Err(ApiError::Csrf),
    }
}

/// Anti-forgery check for a request that changes something: needed only when the viewer came by session cookie.
pub fn check_csrf_for(req: &HttpRequest, viewer: &Viewer, submitted: Option<&str>) -> Result<(), ApiError> {
    match viewer.via {
        Via::Token => Ok(()),
        Via::Session => {
            let header = req.headers().get("x-csrf-token").and_then(|v| v.to_str().ok());
            check_csrf(&req.get_session(), submitted.or(header))
        }
    }
}

/// Starts a signed-in session: a fresh session (against fixation) holding the account and a new form token.
pub fn sign_in(session: &Session, account: &Account) -> Result<(), ApiError> {
    session.renew();
    session.insert(ACCOUNT_KEY, account.id).map_err(|e| ApiError::Internal(e.to_string()))?;
    session.remove(CSRF_KEY);
    csrf_token(session).map(|_| ())
}

/// Ends the session.
pub fn sign_out(session: &Session) {
    session.purge();
}

/// Login throttling: attempts per account name and per client address.
#[derive(Clone)]
pub struct LoginThrottle {
    by_account: Arc<DefaultKeyedRateLimiter<String>>,
    by_address: Arc<DefaultKeyedRateLimiter<IpAddr>>,
}

impl std::fmt::Debug for LoginThrottle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LoginThrottle")
    }
}

impl Default for LoginThrottle {
    fn default() -> Self {
        // Five quick attempts per account, then one every 30 seconds; thirty per address, then one every 2 seconds.
        let per = |burst: u32, per_minute: u32| {
            Quota::per_minute(NonZeroU32::new(per_minute).unwrap_or(NonZeroU32::MIN))
                .allow_burst(NonZeroU32::new(burst).unwrap_or(NonZeroU32::MIN))
        };
        LoginThrottle {
            by_account: Arc::new(RateLimiter::keyed(per(5, 2))),
            by_address: Arc::new(RateLimiter::keyed(per(30, 30))),
        }
    }
}

impl LoginThrottle {
    /// Counts one attempt; `TooManyRequests` with the wait when over the quota.
    pub fn attempt(&self, email: &str, address: Option<IpAddr>) -> Result<(), ApiError> {
        let clock = DefaultClock::default();
        let wait = |e: governor::NotUntil<_>| ApiError::TooManyRequests {
            retry_after_secs: e.wait_time_from(clock.now()).as_secs().max(1),
        };
        if let Some(ip) = address {
            self.by_address.check_key(&ip).map_err(wait)?;
        }
        self.by_account.check_key(&crate::storage::normalise_email(email)).map_err(wait)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_gives_each_role_what_it_needs_and_no_more() {
        use AccountRole::*;
        use Action::*;
        let expected = [
            (Supplier, [false, true, true, false]),
            (Officer, [true, true, true, false]),
            (Auditor, [true, true, false, false]),
            (Administrator, [true, true, true, true]),
        ];
        for (role, row) in expected {
            for (action, allowed) in [ReadPortfolio, ReadDeclarations, Submit, ManageAccounts].into_iter().zip(row) {
                assert_eq!(allows(role, action), allowed, "{role} {action:?}");
            }
        }
    }

    #[test]
    fn login_attempts_are_throttled_per_account() {
        let t = LoginThrottle::default();
        for _ in 0..5 {
            t.attempt("Someone@Example.ca", None).unwrap();
        }
        assert!(matches!(t.attempt("someone@example.ca ", None), Err(ApiError::TooManyRequests { .. })));
        t.attempt("other@example.ca", None).unwrap();
    }
}
