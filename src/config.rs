//! Typed settings: defaults → optional TOML file → `CHAINON_*` environment variables (nested keys with `__`,
//! e.g. `CHAINON_LIMITS__MAX_FILE_BYTES`).

use std::path::{Path, PathBuf};
use std::time::Duration;

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};

use crate::import::Limits;
use crate::isolation::IsolationSettings;
use crate::storage::SessionLimits;

/// Everything the service can be told.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// `sqlite://chainon.sqlite3?mode=rwc` (the embedded default) or `postgres://user@host/db`.
    pub database_url: String,
    /// Address and port the web server listens on.
    pub bind: String,
    /// A tracing filter (`info`, `chainon=debug,actix_web=info`); `RUST_LOG` wins when set.
    pub log: String,
    /// A risk model folder (or a shipped version's name) to use instead of the default model compiled into the
    /// binary; none when empty (`CHAINON_MODEL_DIR=` set to nothing is the default model, as unset is).
    pub model_dir: Option<PathBuf>,
    /// Intake limits.
    pub limits: Limits,
    /// How the service reads uploaded files: in a child process with memory and CPU limits (the default).
    pub isolation: IsolationSettings,
    /// The key that encrypts session cookies: 128 hex digits (64 bytes; `openssl rand -hex 64`). Without it a key is
    /// made at start, and restarting signs everyone out. Set it when several instances serve the same users.
    pub session_key: Option<String>,
    /// How long a signed-in session lives without a request, and in all.
    pub sessions: SessionSettings,
    /// Whether cookies carry the `Secure` flag (HTTPS only). Default: yes, unless the service listens on a loopback
    /// address only (a local demo over plain HTTP).
    pub secure_cookies: Option<bool>,
    /// The Chromium (or Chrome) that prints dossiers to PDF; default: `chromium`, `chromium-browser`,
    /// `google-chrome-stable` or `google-chrome` from the `PATH`. Without one, PDF requests answer 503.
    pub chromium: Option<PathBuf>,
    /// How long printing one PDF may take, in seconds.
    pub pdf_timeout_secs: u64,
    /// E-mail to suppliers through an SMTP relay (`[mail]`, `CHAINON_MAIL__RELAY` …); off without a relay.
    pub mail: crate::notify::MailSettings,
    /// The file where the national graph is kept between runs, so that a restart need not build it again. Default:
    /// beside an SQLite database file (`chainon.sqlite3.graph`); none with PostgreSQL unless set; an empty value keeps
    /// none.
    pub graph_snapshot: Option<PathBuf>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            database_url: "sqlite://chainon.sqlite3?mode=rwc".to_string(),
            bind: "127.0.0.1:8080".to_string(),
            log: "info".to_string(),
            model_dir: None,
            limits: Limits::default(),
            isolation: IsolationSettings::default(),
            session_key: None,
            sessions: SessionSettings::default(),
            secure_cookies: None,
            chromium: None,
            pdf_timeout_secs: 60,
            mail: crate::notify::MailSettings::default(),
            graph_snapshot: None,
        }
    }
}

/// Session lifetimes, enforced by the server on every request.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct SessionSettings {
    /// A session ends after this many seconds without a request (default 1,800: 30 minutes).
    pub idle_timeout_secs: u64,
    /// A session ends this many seconds after signing in, however active (default 28,800: 8 hours).
    pub absolute_timeout_secs: u64,
}

impl Default for SessionSettings {
    fn default() -> Self {
        let limits = SessionLimits::default();
        SessionSettings { idle_timeout_secs: limits.idle.as_secs(), absolute_timeout_secs: limits.absolute.as_secs() }
    }
}

impl SessionSettings {
    /// The limits the session store applies.
    pub fn limits(&self) -> SessionLimits {
        SessionLimits {
            idle: Duration::from_secs(self.idle_timeout_secs),
            absolute: Duration::from_secs(self.absolute_timeout_secs),
        }
    }
}

impl Settings {
    /// Where the national graph's snapshot is kept: `graph_snapshot` when set (none when empty), else beside an
    /// SQLite database file, else nowhere.
    pub fn graph_snapshot_path(&self) -> Option<PathBuf> {
        if let Some(path) = &self.graph_snapshot {
            return (!path.as_os_str().is_empty()).then(|| path.clone());
        }
        let rest = self.database_url.strip_prefix("sqlite://").or_else(|| self.database_url.strip_prefix("sqlite:"))?;
        let (file, query) = rest.split_once('?').unwrap_or((rest, ""));
        if file.is_empty() || file == ":memory:" || query.split('&').any(|p| p == "mode=memory") {
            return None;
        }
        Some(PathBuf::from(format!("{file}.graph")))
    }

    /// Loads the settings: defaults, then the file (`chainon.toml` in the working directory when none is named and
    /// it exists), then the environment.
    pub fn load(file: Option<&Path>) -> Result<Settings, Box<figment::Error>> {
        let path = file.map_or_else(|| PathBuf::from("chainon.toml"), Path::to_path_buf);
        let mut figment = Figment::from(Serialized::defaults(Settings::default()))
            .merge(Toml::file(path))
            .merge(Env::prefixed("CHAINON_").split("__"));
        // A model named by version (`CHAINON_MODEL_DIR=2022.2`) is a name, not the number the environment provider
        // would read it as (2022.10 would be 2022.1): taken as written.
        if let Some(dir) = std::env::var_os("CHAINON_MODEL_DIR") {
            figment = figment.merge(Serialized::default("model_dir", PathBuf::from(dir)));
        }
        let mut settings: Settings = figment.extract().map_err(Box::new)?;
        if settings.model_dir.as_ref().is_some_and(|d| d.as_os_str().is_empty()) {
            settings.model_dir = None;
        }
        Ok(settings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    // figment's own test harness fixes the closure's error type.
    #[allow(clippy::result_large_err)]
    fn a_model_named_by_version_in_the_environment_is_read_as_written() {
        figment::Jail::expect_with(|jail| {
            jail.set_env("CHAINON_MODEL_DIR", "2022.10");
            assert_eq!(Settings::load(None).map_err(|e| e.to_string())?.model_dir, Some(PathBuf::from("2022.10")));
            jail.set_env("CHAINON_MODEL_DIR", "/srv/models/2022.2");
            let s = Settings::load(None).map_err(|e| e.to_string())?;
            assert_eq!(s.model_dir, Some(PathBuf::from("/srv/models/2022.2")));
            // Set to nothing, it is the default model, as unset is.
            jail.set_env("CHAINON_MODEL_DIR", "");
            assert_eq!(Settings::load(None).map_err(|e| e.to_string())?.model_dir, None);
            Ok(())
        });
    }

    #[test]
    // figment's own test harness fixes the closure's error type.
    #[allow(clippy::result_large_err)]
    fn the_environment_overrides_the_file_which_overrides_defaults() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("chainon.toml", "bind = \"0.0.0.0:9000\"\nlog = \"debug\"\n")?;
            jail.set_env("CHAINON_LOG", "warn");
            jail.set_env("CHAINON_LIMITS__MAX_SHEETS", "7");
            jail.set_env("CHAINON_ISOLATION__MEMORY_MIB", "256");
            jail.set_env("CHAINON_SESSIONS__IDLE_TIMEOUT_SECS", "90");
            let s = Settings::load(None).map_err(|e| e.to_string())?;
            assert_eq!(s.bind, "0.0.0.0:9000");
            assert_eq!(s.log, "warn");
            assert_eq!(s.limits.max_sheets, 7);
            assert_eq!(s.isolation.memory_mib, 256);
            assert!(s.isolation.enabled);
            assert_eq!(s.sessions.limits().idle, Duration::from_secs(90));
            assert_eq!(s.sessions.absolute_timeout_secs, 8 * 3600);
            assert!(s.database_url.starts_with("sqlite://"));
            Ok(())
        });
    }
}
