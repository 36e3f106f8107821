//! Start-up: settings → store (migrations applied) → risk model → templates → an `Application` bound to its
//! listener (port 0 in tests) and ready to run.

use std::net::TcpListener;
use std::sync::Arc;

use actix_web::middleware::{Compress, NormalizePath, TrailingSlash};
use actix_web::{App, HttpServer};
use anyhow::Context;
use rust_embed::RustEmbed;
use tracing_actix_web::TracingLogger;

use crate::config::Settings;
use crate::pipeline::{self, SubmitError};
use crate::reports::Renderer;
use crate::scoring::RiskModel;
use crate::storage::Store;
use crate::web::{self, AppState};

/// The demo declarations, compiled in so `serve --demo` works from anywhere.
#[derive(RustEmbed)]
#[folder = "supplier_data/demo/"]
struct DemoData;

/// A built server and the port it listens on.
pub struct Application {
    port: u16,
    server: actix_web::dev::Server,
}

/// Loads the model named by the settings, or the one compiled in.
pub fn load_model(settings: &Settings) -> anyhow::Result<RiskModel> {
    match &settings.model_dir {
        Some(dir) => RiskModel::load_dir(dir).with_context(|| format!("loading the risk model in {}", dir.display())),
        None => RiskModel::embedded().context("loading the embedded risk model"),
    }
}

/// Connects the store and loads the model and templates.
pub async fn build_state(settings: &Settings) -> anyhow::Result<AppState> {
    let store = Store::connect(&settings.database_url)
        .await
        .with_context(|| format!("connecting to the database {}", redact(&settings.database_url)))?;
    Ok(AppState {
        store,
        model: Arc::new(load_model(settings)?),
        renderer: Renderer::new().context("compiling the templates")?,
        limits: settings.limits.clone(),
    })
}

/// A database URL without its password, for logs.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.find('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{}:***{}", &url[..s + 3], user, &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

impl Application {
    /// Builds the state from settings and binds `settings.bind`.
    pub async fn build(settings: &Settings) -> anyhow::Result<Application> {
        let state = build_state(settings).await?;
        Application::with_state(state, &settings.bind, None)
    }

    /// Binds a listener for a ready state; `workers` defaults to one per core.
    pub fn with_state(state: AppState, bind: &str, workers: Option<usize>) -> anyhow::Result<Application> {
        let listener = TcpListener::bind(bind).with_context(|| format!("binding {bind}"))?;
        let port = listener.local_addr()?.port();
        let mut server = HttpServer::new(move || {
            let state = state.clone();
            App::new()
                .wrap(web::security_headers())
                .wrap(Compress::default())
                .wrap(NormalizePath::new(TrailingSlash::Trim))
                .wrap(TracingLogger::default())
                .configure(|cfg| web::configure(cfg, state))
        });
        if let Some(n) = workers {
            server = server.workers(n);
        }
        let server = server.listen(listener)?.run();
        Ok(Application { port, server })
    }

    /// The port the server listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Serves until the process is stopped.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// What loading the demo did.
#[derive(Debug, Default)]
pub struct DemoSummary {
    pub stored: usize,
    pub already_there: usize,
}

/// Loads the demo declarations of `supplier_data/demo/`; files already stored are recognised and skipped.
pub async fn load_demo(state: &AppState) -> anyhow::Result<DemoSummary> {
    let mut names: Vec<String> = DemoData::iter().map(|n| n.into_owned()).collect();
    names.sort();
    let mut summary = DemoSummary::default();
    for name in names {
        let Some(file) = DemoData::get(&name) else { continue };
        match pipeline::submit(
            &state.store,
            state.model.clone(),
            name.clone(),
            file.data.into_owned(),
            state.limits.clone(),
        )
        .await
        {
            Ok(done) if done.outcome.duplicate => summary.already_there += 1,
            Ok(_) => summary.stored += 1,
            Err(SubmitError::Rejected(issues)) => {
                anyhow::bail!("demo file {name} was refused: {}", serde_json::to_string(&issues).unwrap_or_default())
            }
            Err(e) => return Err(e).with_context(|| format!("loading demo file {name}")),
        }
    }
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn passwords_are_hidden_from_logged_urls() {
        assert_eq!(redact("postgres://app:s3cret@db:5432/x"), "postgres://app:***@db:5432/x");
        assert_eq!(redact("postgres://app@db/x"), "postgres://app@db/x");
        assert_eq!(redact("sqlite://chainon.sqlite3?mode=rwc"), "sqlite://chainon.sqlite3?mode=rwc");
    }
}
