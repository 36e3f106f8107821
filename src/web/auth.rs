//! Who is asking, and what they may do.
//!
//! A request is made by a **viewer**: an account signed in through the login page (a session kept on the server,
//! its key in an encrypted, HTTP-only cookie: `sessions.rs`) or a system presenting an API token
//! (`Authorization: Bearer chn_…`). What a viewer may do is one table,
//! [`allows`]; what data a supplier may see is one rule, [`may_read`]: only its own organisation's declarations,
//! matched by business number (`readable` reads a declaration through it; `Sight` says which e-mails of the
//! people on a record it may read). Requests for data a viewer may not see answer "not found", so that they do not tell
//! what exists.
//!
//! Forms carry an anti-forgery token tied to the session; a cookie-authenticated request that changes something
//! without it is refused. Token-authenticated requests carry no ambient credential, so they need none.

use actix_session::{Session, SessionExt};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, web};
use futures_util::future::LocalBoxFuture;

use super::sessions::ACCOUNT_KEY;
use super::{ApiError, AppState};
use crate::domain::{Account, AccountRole};
use crate::storage::DeclarationSummary;

/// The session's form token (the account signed in is `sessions::ACCOUNT_KEY`).
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
    /// Be told of new screening alerts by e-mail, and turn that on or off for oneself.
    ReceiveScreeningAlerts,
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
        // The roles `Store::notify_screening_alerts` writes to.
        ReceiveScreeningAlerts => role.receives_screening_alerts(),
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
    may_read_of(viewer, summary.business_number.as_deref())
}

/// [`may_read`] for a declaration whose supplier has this business number.
pub fn may_read_of(viewer: &Viewer, business_number: Option<&str>) -> bool {
    match viewer.only_business_number() {
        None => true,
        Some(bn) => business_number == Some(bn.as_str()),
    }
}

/// `NotFound` unless the declaration exists and the viewer may read it (others' data does not tell it exists).
pub(super) async fn readable(
    state: &AppState,
    viewer: &Viewer,
    id: i64,
) -> Result<crate::storage::StoredDeclaration, ApiError> {
    state.store.get_declaration(id).await?.filter(|d| may_read(viewer, &d.summary)).ok_or(ApiError::NotFound)
}

/// What a caller may read of who did what in a request or a case: every name, and e-mails only of the people of its
/// own side. The portfolio roles read every e-mail; a supplier reads its own organisation's accounts' e-mails only —
/// pages show it names, and an officer's or auditor's e-mail is not the other party's to have.
pub(super) struct Sight {
    /// `None`: every e-mail; else the e-mails the caller may read.
    own: Option<std::collections::HashSet<String>>,
}

impl Sight {
    pub(super) async fn of(state: &AppState, viewer: &Viewer) -> Result<Sight, ApiError> {
        Ok(Sight {
            own: match viewer.only_business_number() {
                Some(bn) => Some(state.store.organisation_emails(&bn).await?),
                None => None,
            },
        })
    }

    /// Leaves out an e-mail the caller may not read; a name that is only that e-mail (an account without a name)
    /// goes with it.
    fn person(&self, email: &mut Option<String>, name: &mut String) {
        let Some(own) = &self.own else { return };
        if let Some(e) = email.take_if(|e| !own.contains(e.as_str())) {
            if *name == e {
                *name = "—".to_string();
            }
        }
    }

    /// A request as the caller may read it.
    pub(super) fn request(&self, mut r: crate::storage::StoredRequest) -> crate::storage::StoredRequest {
        self.person(&mut r.requested_by, &mut r.requested_by_name);
        for a in &mut r.answers {
            self.person(&mut a.answered_by, &mut a.answered_by_name);
        }
        r
    }

    /// A case as the caller may read it.
    pub(super) fn case(&self, c: &mut crate::storage::StoredCase) {
        self.person(&mut c.opened_by, &mut c.opened_by_name);
        for e in &mut c.events {
            self.person(&mut e.recorded_by, &mut e.recorded_by_name);
        }
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
        // Read once a request: the query middleware may have asked who calls before the handler does (a route with a
        // role need), and a page asks again for its header.
        if let Some(known) = actix_web::HttpMessage::extensions(req).get::<MaybeViewer>().cloned() {
            return Box::pin(async move { Ok(known) });
        }
        let req = req.clone();
        Box::pin(async move {
            let viewer = read_viewer(&req).await?;
            actix_web::HttpMessage::extensions_mut(&req).insert(viewer.clone());
            Ok(viewer)
        })
    }
}

/// Who calls: the account of the request's bearer token or of its session, [`MaybeViewer`]'s reading (a wrong token
/// or an unreadable database is an error in the door's form).
async fn read_viewer(req: &HttpRequest) -> Result<MaybeViewer, actix_web::Error> {
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return Ok(MaybeViewer(None));
    };
    // Failures answer as the door does: JSON on the API, the error page on pages.
    let fail = |e: ApiError| super::error_page::for_door(req, e);
    if let Some(token) = bearer(req) {
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
}

/// What a route needs of its caller's role beyond being signed in, as its handler decides it: read by
/// `params::caller_first`, so that a query or a path a caller's role could never use is answered 403 (as the handler
/// would answer it) before it is read, and a person without the role learns nothing of the route's parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Need {
    /// The role must allow this action.
    Role(Action),
    /// A supplier's account (the bidder's side: its requests, its answers).
    Supplier,
    /// A case event: a role that manages cases, or a supplier (who records its own side's events).
    CaseEvent,
}

/// The routes whose callers need more than to be signed in: (method, path pattern as mounted, what they need).
/// Routes every signed-in role may call (each then sees only what it may read) are not listed. Kept in step with the
/// handlers by `tests/api/openapi.rs` and `tests/api/access.rs`, which ask every route as every role with and without
/// a bad parameter.
const ROUTE_NEEDS: &[(&str, &str, Need)] = {
    use Action::*;
    use Need::{CaseEvent, Role, Supplier};
    &[
        // The API.
        ("POST", "/api/v1/declarations", Role(Submit)),
        ("GET", "/api/v1/solicitations", Role(ReadPortfolio)),
        ("GET", "/api/v1/solicitations/{number:.+}", Role(ReadPortfolio)),
        ("GET", "/api/v1/accounts", Role(ManageAccounts)),
        ("GET", "/api/v1/accounts/{id}/tokens", Role(ManageAccounts)),
        ("DELETE", "/api/v1/accounts/{id}/tokens/{token_id}", Role(ManageAccounts)),
        ("POST", "/api/v1/accounts/{id}/disable", Role(ManageAccounts)),
        ("POST", "/api/v1/accounts/{id}/enable", Role(ManageAccounts)),
        ("PUT", "/api/v1/accounts/{id}/role", Role(ManageAccounts)),
        ("PUT", "/api/v1/me/screening-alerts", Role(ReceiveScreeningAlerts)),
        ("GET", "/api/v1/audit", Role(ReadAudit)),
        ("POST", "/api/v1/contracts", Role(RecordContracts)),
        ("POST", "/api/v1/contracts/{id}/cases", Role(ManageCases)),
        ("POST", "/api/v1/cases/{id}/events", CaseEvent),
        ("GET", "/api/v1/reports/s211", Role(ReadPortfolio)),
        ("POST", "/api/v1/bids/{id}/requests", Role(RecordContracts)),
        ("GET", "/api/v1/requests", Supplier),
        ("POST", "/api/v1/requests/{id}/answers", Supplier),
        ("GET", "/api/v1/bids/{id}/notes", Role(ReadPortfolio)),
        ("POST", "/api/v1/bids/{id}/notes", Role(RecordContracts)),
        ("GET", "/api/v1/graph", Role(ReadPortfolio)),
        ("GET", "/api/v1/graph/sites", Role(ReadPortfolio)),
        ("GET", "/api/v1/graph/sites/{id}", Role(ReadPortfolio)),
        ("GET", "/api/v1/graph/concentration", Role(ReadPortfolio)),
        ("GET", "/api/v1/graph/findings", Role(ReadPortfolio)),
        ("GET", "/api/v1/graph/export", Role(ReadPortfolio)),
        ("GET", "/api/v1/graph/matches", Role(DecideSiteMatches)),
        ("POST", "/api/v1/graph/matches", Role(DecideSiteMatches)),
        ("GET", "/api/v1/screening/lists", Role(ReadPortfolio)),
        ("POST", "/api/v1/screening/editions", Role(ImportScreeningLists)),
        ("GET", "/api/v1/screening/editions/{id}", Role(ReadPortfolio)),
        ("GET", "/api/v1/screening/editions/{id}/entries", Role(ReadPortfolio)),
        ("GET", "/api/v1/screening/hits", Role(ReadPortfolio)),
        ("GET", "/api/v1/screening/hits/{id}", Role(ReadPortfolio)),
        ("POST", "/api/v1/screening/hits/{id}/decision", Role(DecideScreeningHits)),
        // The pages.
        ("GET", "/solicitations/{number:.+}", Role(ReadPortfolio)),
        ("GET", "/portfolio", Role(ReadPortfolio)),
        ("GET", "/upload", Role(Submit)),
        ("POST", "/upload", Role(Submit)),
        ("GET", "/graph", Role(ReadPortfolio)),
        ("GET", "/graph/sites/{id}", Role(ReadPortfolio)),
        ("GET", "/graph/matches", Role(DecideSiteMatches)),
        ("POST", "/graph/matches", Role(DecideSiteMatches)),
        ("GET", "/screening", Role(ReadPortfolio)),
        ("POST", "/screening/import", Role(ImportScreeningLists)),
        ("GET", "/screening/editions/{id}", Role(ReadPortfolio)),
        ("GET", "/screening/editions/{id}/entries", Role(ReadPortfolio)),
        ("GET", "/screening/alerts", Role(ReadPortfolio)),
        ("POST", "/screening/hits/{id}", Role(DecideScreeningHits)),
        ("POST", "/contracts", Role(RecordContracts)),
        ("POST", "/contracts/{id}/cases", Role(ManageCases)),
        ("POST", "/cases/{id}", CaseEvent),
        ("GET", "/cases/{id}/dossier", Role(ReadPortfolio)),
        ("GET", "/bids/{id}/follow-up", Role(ReadPortfolio)),
        ("POST", "/bids/{id}/follow-up", Role(RecordContracts)),
        ("GET", "/reports/s211", Role(ReadPortfolio)),
        ("GET", "/requests", Supplier),
        ("POST", "/requests/{id}", Supplier),
        ("GET", "/accounts", Role(ManageAccounts)),
        ("POST", "/accounts", Role(ManageAccounts)),
        ("GET", "/accounts/{id}", Role(ManageAccounts)),
        ("POST", "/accounts/{id}/disable", Role(ManageAccounts)),
        ("POST", "/accounts/{id}/enable", Role(ManageAccounts)),
        ("POST", "/accounts/{id}/role", Role(ManageAccounts)),
        ("POST", "/accounts/{id}/password-reset", Role(ManageAccounts)),
        ("POST", "/accounts/{id}/tokens/{token_id}/revoke", Role(ManageAccounts)),
        ("POST", "/accounts/{id}/language", Role(ManageAccounts)),
        ("POST", "/account/screening-alerts", Role(ReceiveScreeningAlerts)),
        ("GET", "/audit", Role(ReadAudit)),
    ]
};

/// What the route a request calls needs of its caller's role ([`ROUTE_NEEDS`]; HEAD is GET's), `None` when any
/// signed-in caller may call it.
pub(super) fn route_need(req: &HttpRequest) -> Option<Need> {
    static PATTERNS: std::sync::OnceLock<Vec<actix_web::dev::ResourceDef>> = std::sync::OnceLock::new();
    let patterns = PATTERNS
        .get_or_init(|| ROUTE_NEEDS.iter().map(|(_, pattern, _)| actix_web::dev::ResourceDef::new(*pattern)).collect());
    let method = if req.method() == actix_web::http::Method::HEAD { "GET" } else { req.method().as_str() };
    patterns
        .iter()
        .zip(ROUTE_NEEDS)
        .find(|(pattern, (m, _, _))| *m == method && pattern.is_match(req.path()))
        .map(|(_, (_, _, need))| *need)
}

impl Viewer {
    /// Whether the viewer's role may call a route that needs `need`.
    pub(super) fn meets(&self, need: Need) -> bool {
        let supplier = self.account.role == AccountRole::Supplier;
        match need {
            Need::Role(action) => self.can(action),
            Need::Supplier => supplier,
            Need::CaseEvent => self.can(Action::ManageCases) || supplier,
        }
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
}
