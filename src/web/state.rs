//! What every handler shares (`AppState`) and the settings it carries: sessions and sign-in, PDF printing.

use std::sync::Arc;

use super::heavy::HeavyReports;
use super::kept::KeptPages;
use super::sessions::DbSessionStore;
use super::throttle::LoginThrottle;
use super::uploads::UploadGate;
use crate::import::Limits;
use crate::isolation::Reader;
use crate::reports::Renderer;
use crate::scoring::RiskModel;
use crate::storage::{SessionLimits, Store};

/// What every handler shares: the store, the risk model, the template registry and the intake limits.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub model: Arc<RiskModel>,
    pub renderer: Renderer,
    pub limits: Limits,
    /// Where uploaded files are read: a limited child process unless the settings turn isolation off.
    pub reader: Reader,
    pub auth: AuthConfig,
    /// The national supply graph, kept up to date with storage.
    pub graph: Arc<crate::graph_service::GraphService>,
    /// How dossiers are printed to PDF.
    pub pdf: PdfConfig,
    /// How many expensive reports (S-211, portfolio) run at once, and how long one waits for its turn.
    pub heavy: HeavyReports,
    /// How many uploads are taken in at once, their bodies in memory (`IsolationSettings::max_uploads`).
    pub uploads: UploadGate,
    /// Declaration pages kept rendered, within a bound of bytes (`web::kept`).
    pub pages: KeptPages,
}

/// PDF printing: the Chromium to print with (none: PDF requests answer 503 and name the HTML dossier instead).
#[derive(Clone, Debug)]
pub struct PdfConfig {
    pub chromium: Option<std::path::PathBuf>,
    pub timeout: std::time::Duration,
}

impl PdfConfig {
    /// Chromium found on the `PATH` (or none), a minute to print.
    pub fn detect() -> PdfConfig {
        PdfConfig { chromium: crate::reports::pdf::find_chromium(None), timeout: std::time::Duration::from_secs(60) }
    }
}

/// Sessions and sign-in: the cookie key, whether cookies are HTTPS-only, how long sessions live, and the login
/// throttle.
#[derive(Clone)]
pub struct AuthConfig {
    pub session_key: actix_web::cookie::Key,
    pub secure_cookies: bool,
    pub sessions: SessionLimits,
    pub throttle: LoginThrottle,
}

impl AuthConfig {
    /// A configuration with a fresh random key (sessions end when the process does) and the default limits.
    pub fn ephemeral(secure_cookies: bool) -> AuthConfig {
        AuthConfig {
            session_key: actix_web::cookie::Key::generate(),
            secure_cookies,
            sessions: SessionLimits::default(),
            throttle: Default::default(),
        }
    }

    /// The session middleware for this configuration: sessions kept in `store` (the cookie holds only their key,
    /// encrypted, HTTP-only, same-site), ended by the server after the idle or absolute time.
    pub fn session_middleware(&self, store: &Store) -> actix_session::SessionMiddleware<DbSessionStore> {
        let absolute = i64::try_from(self.sessions.absolute.as_secs()).unwrap_or(i64::MAX);
        actix_session::SessionMiddleware::builder(
            DbSessionStore::new(store.clone(), self.sessions),
            self.session_key.clone(),
        )
        .cookie_name("chainon_session".into())
        .cookie_secure(self.secure_cookies)
        .cookie_http_only(true)
        .cookie_same_site(actix_web::cookie::SameSite::Lax)
        // The browser may drop the cookie after the absolute time; the server ends the session whatever it keeps.
        .session_lifecycle(
            actix_session::config::PersistentSession::default()
                .session_ttl(actix_web::cookie::time::Duration::seconds(absolute)),
        )
        .build()
    }
}
