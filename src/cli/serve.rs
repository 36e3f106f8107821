//! `chainon serve`: the web service and API.

use anyhow::Context;
use chainon::config::Settings;
use chainon::startup::{self, Application};

/// `chainon serve`: builds the state, starts the graph and the mailer, and answers until stopped.
pub(crate) async fn serve(
    mut settings: Settings,
    demo: bool,
    database: Option<String>,
    bind: Option<String>,
) -> anyhow::Result<()> {
    if let Some(db) = database {
        settings.database_url = db;
    }
    if let Some(b) = bind {
        settings.bind = b;
    }
    let state = startup::build_state(&settings).await?;
    if settings.session_key.is_none() {
        tracing::warn!("no session_key set: a new one was made, and restarting will sign everyone out");
    }
    state.reader.check().await.context("the intake worker does not answer")?;
    match &state.reader {
        chainon::isolation::Reader::Isolated(_) => tracing::info!(
            memory_mib = settings.isolation.memory_mib,
            cpu_secs = settings.isolation.cpu_secs,
            "uploads are read in limited child processes"
        ),
        chainon::isolation::Reader::InProcess => {
            tracing::warn!("isolation is off: uploads are read inside the service's own process")
        }
    }
    if demo {
        let s = startup::load_demo(&state).await?;
        tracing::info!(stored = s.stored, already_there = s.already_there, "demo declarations loaded");
        let created = startup::load_demo_accounts(&state.store).await?;
        tracing::info!(created, "demo accounts ready (README, \"Signing in\")");
        let cases = startup::load_demo_cases(&state.store).await?;
        tracing::info!(contracts = cases.contracts, cases = cases.cases, "demo contracts and case ready");
    }
    // The national graph is built on a blocking thread while the service already answers.
    state.graph.start(state.store.clone());
    // Case notifications: the outbox is sent through the relay when one is configured.
    match chainon::notify::Mailer::from_settings(&settings.mail)? {
        Some(mailer) => {
            chainon::notify::spawn(state.store.clone(), mailer, settings.mail.poll_secs);
            tracing::info!("notifications are sent by e-mail through the configured relay");
        }
        None => tracing::info!("no mail relay configured: notifications wait in the outbox"),
    }
    let app = Application::with_state(state, &settings.bind, None)?;
    tracing::info!(
        "Chaînon listening on http://{}:{} (database {})",
        settings.bind.rsplit_once(':').map_or("127.0.0.1", |(h, _)| h),
        app.port(),
        startup::redact(&settings.database_url)
    );
    app.run_until_stopped().await?;
    Ok(())
}
