//! Who is asking, and what they may do.
//!
//! A request is made by a **viewer**: an account signed in through the login page (a session kept on the server,
//! its key in an encrypted, HTTP-only cookie: `sessions.rs`) or a system presenting an API token
//! (`Authorization: Bearer chn_…`). What a viewer may do is one table,
//! [`allows`]; what data a supplier may see is one rule, [`may_read`]: only its own organisation's declarations,
//! matched by business number. Requests for data a viewer may not see answer "not found", so that they do not tell
//! what exists.
//!
//! Forms carry an anti-forgery token tied to the session; a cookie-authenticated request that changes something
//! without it is refused. Token-authenticated requests carry no ambient credential, so they need none.

use std::collections::HashMap;
use std::hash::Hash;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use actix_session::{Session, SessionExt};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, web};
use futures_util::future::LocalBoxFuture;

use super::{ApiError, AppState};
use crate::domain::{Account, AccountRole};
use crate::storage::DeclarationSummary;

/// Session keys: the account signed in (the session store also files the session under it), the form token.
pub(super) const ACCOUNT_KEY: &str = "account_id";
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
    /// Manage accounts: list them, disable and enable them, change their roles, list and revoke their tokens.
    ManageAccounts,
    /// Read the audit log and check its chain.
    ReadAudit,
    /// Record contracts (and their instrument overrides).
    RecordContracts,
    /// Open compliance cases and record evidence, notices, plans and decisions.
    ManageCases,
    /// Decide whether two facilities of the national supply graph are the same place.
    DecideSiteMatches,
    /// Import editions of screening lists (UFLPA, CBP, PSPC, OpenSanctions, the watch list).
    ImportScreeningLists,
    /// Confirm or dismiss screening hits.
    DecideScreeningHits,
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
        ImportScreeningLists => matches!(role, Administrator),
        DecideScreeningHits => matches!(role, Officer | Administrator),
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
    let t = crate::accounts::random_token().map_err(ApiError::internal)?;
    session.insert(CSRF_KEY, &t).map_err(ApiError::internal)?;
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
    session.insert(ACCOUNT_KEY, account.id).map_err(ApiError::internal)?;
    session.remove(CSRF_KEY);
    csrf_token(session).map(|_| ())
}

/// Ends the session.
pub fn sign_out(session: &Session) {
    session.purge();
}

/// How failed sign-ins back off for one kind of key (an account name, a client address).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    /// Failures allowed before the first wait.
    pub free: u32,
    /// The wait after the first failure past the free ones; each further failure doubles it.
    pub first_wait: Duration,
    /// The longest wait.
    pub max_wait: Duration,
    /// Failures are forgotten when none came for this long.
    pub forget_after: Duration,
}

impl Backoff {
    /// The wait after `failures` failures in a row.
    fn wait(&self, failures: u32) -> Duration {
        let Some(past) = failures.checked_sub(self.free) else { return Duration::ZERO };
        self.first_wait.saturating_mul(1 << past.min(20)).min(self.max_wait)
    }
}

/// A key's recent failures.
#[derive(Debug, Clone, Copy)]
struct Failures {
    count: u32,
    last: Instant,
}

/// The failures of one kind of key, each key backing off on its own.
struct Keyed<K> {
    policy: Backoff,
    failures: Mutex<HashMap<K, Failures>>,
}

/// More keys than this and the forgotten ones are dropped (memory stays bounded under a spray of names).
const MAX_KEYS: usize = 100_000;

impl<K: Hash + Eq> Keyed<K> {
    fn new(policy: Backoff) -> Keyed<K> {
        Keyed { policy, failures: Mutex::new(HashMap::new()) }
    }

    fn failures(&self) -> std::sync::MutexGuard<'_, HashMap<K, Failures>> {
        // A panic elsewhere while holding the lock leaves counts that are still counts.
        self.failures.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// How long `key` must still wait at `now` (zero: it may try).
    fn wait(&self, key: &K, now: Instant) -> Duration {
        match self.failures().get(key) {
            Some(f) if now.saturating_duration_since(f.last) < self.policy.forget_after => {
                (f.last + self.policy.wait(f.count)).saturating_duration_since(now)
            }
            _ => Duration::ZERO,
        }
    }

    fn fail(&self, key: K, now: Instant) {
        let forget = self.policy.forget_after;
        let mut failures = self.failures();
        if failures.len() >= MAX_KEYS {
            failures.retain(|_, f| now.saturating_duration_since(f.last) < forget);
        }
        let f = failures.entry(key).or_insert(Failures { count: 0, last: now });
        if now.saturating_duration_since(f.last) >= forget {
            f.count = 0;
        }
        f.count = f.count.saturating_add(1);
        f.last = now;
    }

    fn clear(&self, key: &K) {
        self.failures().remove(key);
    }
}

/// Sign-in throttling: only failed attempts count, per account name and per client address, and each failure past
/// the free ones doubles the wait. A correct password clears its account's failures (not its address's: signing in
/// to one's own account must not reset a guesser's count).
#[derive(Clone)]
pub struct LoginThrottle {
    by_account: Arc<Keyed<String>>,
    by_address: Arc<Keyed<IpAddr>>,
}

impl std::fmt::Debug for LoginThrottle {
    // The e-mail addresses and client addresses it counts stay out of logs.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LoginThrottle")
    }
}

impl Default for LoginThrottle {
    /// Five failures per account, then 5 s, 10 s, 20 s … up to 15 minutes; thirty per address, then the same.
    fn default() -> Self {
        let after = |free| Backoff {
            free,
            first_wait: Duration::from_secs(5),
            max_wait: Duration::from_secs(15 * 60),
            forget_after: Duration::from_secs(60 * 60),
        };
        LoginThrottle::new(after(5), after(30))
    }
}

impl LoginThrottle {
    /// A throttle with its policies per account name and per client address.
    pub fn new(per_account: Backoff, per_address: Backoff) -> LoginThrottle {
        LoginThrottle { by_account: Arc::new(Keyed::new(per_account)), by_address: Arc::new(Keyed::new(per_address)) }
    }

    /// Whether an attempt may be made now: `TooManyRequests` with the wait while the account or the address backs
    /// off. Checking counts nothing.
    pub fn check(&self, email: &str, address: Option<IpAddr>) -> Result<(), ApiError> {
        self.check_at(email, address, Instant::now())
    }

    fn check_at(&self, email: &str, address: Option<IpAddr>, now: Instant) -> Result<(), ApiError> {
        let by_account = self.by_account.wait(&crate::storage::normalise_email(email), now);
        let by_address = address.map_or(Duration::ZERO, |ip| self.by_address.wait(&ip, now));
        let wait = by_account.max(by_address);
        if wait.is_zero() {
            Ok(())
        } else {
            Err(ApiError::TooManyRequests { retry_after_secs: wait.as_secs() + u64::from(wait.subsec_nanos() > 0) })
        }
    }

    /// Counts a failed attempt against the account name and the address.
    pub fn failed(&self, email: &str, address: Option<IpAddr>) {
        self.failed_at(email, address, Instant::now());
    }

    fn failed_at(&self, email: &str, address: Option<IpAddr>, now: Instant) {
        self.by_account.fail(crate::storage::normalise_email(email), now);
        if let Some(ip) = address {
            self.by_address.fail(ip, now);
        }
    }

    /// Clears the account's failures after a correct password.
    pub fn succeeded(&self, email: &str) {
        self.by_account.clear(&crate::storage::normalise_email(email));
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
    fn only_failures_count_and_each_one_past_the_free_ones_doubles_the_wait() {
        let t = LoginThrottle::default();
        let t0 = Instant::now();
        let at = |secs: u64| t0 + Duration::from_secs(secs);
        // Correct sign-ins are never counted.
        for _ in 0..20 {
            t.check_at("someone@example.ca", None, t0).unwrap();
            t.succeeded("someone@example.ca");
        }
        for _ in 0..5 {
            t.check_at("Someone@Example.ca", None, t0).unwrap();
            t.failed_at("Someone@Example.ca", None, t0);
        }
        let wait = |now| match t.check_at("someone@example.ca ", None, now) {
            Err(ApiError::TooManyRequests { retry_after_secs }) => retry_after_secs,
            other => panic!("{other:?}"),
        };
        assert_eq!(wait(t0), 5);
        t.check_at("someone@example.ca", None, at(5)).unwrap();
        t.failed_at("someone@example.ca", None, at(5));
        assert_eq!(wait(at(5)), 10, "doubled");
        t.check_at("other@example.ca", None, at(5)).unwrap();
        // A correct password clears the account; failures long past are forgotten.
        t.succeeded("someone@example.ca");
        t.check_at("someone@example.ca", None, at(5)).unwrap();
        for _ in 0..6 {
            t.failed_at("someone@example.ca", None, at(10));
        }
        assert!(t.check_at("someone@example.ca", None, at(10)).is_err());
        t.check_at("someone@example.ca", None, at(10 + 3600)).unwrap();
        assert_eq!(
            Backoff { free: 0, ..LoginThrottle::default().by_account.policy }.wait(40),
            Duration::from_secs(900)
        );
    }

    #[test]
    fn an_address_backs_off_across_accounts_and_a_success_does_not_clear_it() {
        let t = LoginThrottle::default();
        let now = Instant::now();
        let ip: IpAddr = "192.0.2.7".parse().unwrap();
        for n in 0..30 {
            let email = format!("guess{n}@example.ca");
            t.check_at(&email, Some(ip), now).unwrap();
            t.failed_at(&email, Some(ip), now);
        }
        t.succeeded("mine@example.ca");
        assert!(matches!(t.check_at("mine@example.ca", Some(ip), now), Err(ApiError::TooManyRequests { .. })));
        t.check_at("mine@example.ca", Some("192.0.2.8".parse().unwrap()), now).unwrap();
    }
}
