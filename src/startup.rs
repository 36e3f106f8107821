//! Start-up: settings → store (migrations applied) → risk model → templates → an `Application` bound to its
//! listener (port 0 in tests) and ready to run.

use std::net::TcpListener;
use std::sync::Arc;

use actix_web::App;
use actix_web::middleware::{Compress, NormalizePath, TrailingSlash};
use anyhow::Context;
use rust_embed::RustEmbed;
use tracing_actix_web::TracingLogger;

use crate::accounts;
use crate::config::Settings;
use crate::domain::{AccountRole, Message, SaidError};
use crate::isolation::Reader;
use crate::pipeline::{self, SubmitError};
use crate::reports::Renderer;
use crate::scoring::RiskModel;
use crate::storage::NewAccount;
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

/// Loads the model named by the settings (`model_dir`: a folder, or a version shipped with the service by its bare
/// name, `2022.2`, from the binary), or the default one compiled in.
pub fn load_model(settings: &Settings) -> anyhow::Result<RiskModel> {
    match &settings.model_dir {
        Some(dir)
            if !dir.is_dir()
                && dir.to_str().is_some_and(|v| crate::scoring::shipped_versions().iter().any(|s| s == v)) =>
        {
            let v = dir.to_str().unwrap_or_default();
            RiskModel::shipped(v)
                .with_context(|| format!("loading the shipped risk model {v}"))?
                .with_context(|| format!("no shipped risk model {v}"))
        }
        Some(dir) => RiskModel::load_dir(dir).map_err(|e| {
            let m =
                Message::new("model.load_failed").text("model", dir.display().to_string()).said("detail", e.message());
            SaidError(m).into()
        }),
        None => RiskModel::embedded().context("loading the embedded risk model"),
    }
}

/// Connects the store named by the settings (migrations applied), saying its outbox messages in words
/// ([`words`]); errors name the database, password hidden.
pub async fn connect_store(settings: &Settings) -> anyhow::Result<Store> {
    if let Some(refusal) = plain_path(&settings.database_url) {
        return Err(refusal.into());
    }
    Ok(Store::connect(&creating(&settings.database_url))
        .await
        .with_context(|| format!("connecting to the database {}", redact(&settings.database_url)))?
        .with_words(words()?))
}

/// Messages in words from the catalogues (`reports::Catalog::say`), for what storage writes to people (the outbox's
/// messages) and the sender adds to them.
pub fn words() -> anyhow::Result<crate::storage::WordsFn> {
    let catalog = Arc::new(crate::reports::Catalog::embedded().context("reading the message catalogues")?);
    Ok(crate::storage::WordsFn::new(move |lang, m| catalog.say(lang, m)))
}

/// Connects the store of a command that reads an existing database (accounts, tokens, the audit log, screening
/// hits, a model diff): an SQLite file that is not there is refused, naming it and how to name another, and nothing
/// is created — an empty database made by mistake would answer "no such account" or an empty log as if true.
/// `serve`, `import` and `user add` (the first administrator) create their database with [`connect_store`].
pub async fn connect_existing_store(settings: &Settings) -> anyhow::Result<Store> {
    if let Some(refusal) = plain_path(&settings.database_url) {
        return Err(refusal.into());
    }
    if let Some(path) = missing_sqlite_file(&settings.database_url) {
        let m = crate::domain::Message::new("cli.no_database").text("path", path.display().to_string());
        return Err(crate::domain::SaidError(m).into());
    }
    connect_store(settings).await
}

/// The refusal of a database named by a plain file path (`chainon.sqlite3`, `/srv/chainon/db.sqlite3`) rather than a
/// URL, in the catalogues' words (`cli.database_not_url`: the value given and the SQLite URL it likely means, in
/// English and French); `None` for a URL (`sqlite:…`, or any `scheme://…`: `postgres://`, `postgresql://`). The
/// driver's own refusal ("relative URL without a base") is in English only and names no remedy.
pub fn plain_path(url: &str) -> Option<crate::domain::SaidError> {
    let url = url.trim();
    if url.starts_with("sqlite:") || url.contains("://") {
        return None;
    }
    let m =
        crate::domain::Message::new("cli.database_not_url").text("given", url).text("url", format!("sqlite://{url}"));
    Some(crate::domain::SaidError(m))
}

/// An SQLite URL that creates its file when it is not there: `mode=rwc` added where the URL names a file and no
/// `mode` (`sqlite:///srv/chainon/chainon.sqlite3` → `sqlite:///srv/chainon/chainon.sqlite3?mode=rwc`), so that the
/// commands that create their database (`serve`, `import`, `user add`, `screening import`) do so whichever way the
/// URL is written (the driver's default mode opens an existing file only). Any other URL as it is.
pub fn creating(url: &str) -> String {
    let Some(rest) = url.strip_prefix("sqlite:") else { return url.to_string() };
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let path = path.trim_start_matches("//");
    if path.is_empty() || path == ":memory:" || query.split('&').any(|p| p.starts_with("mode=")) {
        return url.to_string();
    }
    if query.is_empty() { format!("{url}?mode=rwc") } else { format!("{url}&mode=rwc") }
}

/// The file an SQLite URL names when it does not exist (`sqlite://chainon.sqlite3?mode=rwc` → `chainon.sqlite3`);
/// `None` for an existing file, an in-memory database or another backend.
pub fn missing_sqlite_file(url: &str) -> Option<std::path::PathBuf> {
    let rest = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?;
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    if path.is_empty() || path == ":memory:" || query.split('&').any(|p| p == "mode=memory") {
        return None;
    }
    let path = std::path::PathBuf::from(path);
    (!path.exists()).then_some(path)
}

/// Connects the store and loads the model and templates.
pub async fn build_state(settings: &Settings) -> anyhow::Result<AppState> {
    // The intake's and the list files' problems are said by the catalogues (the program's `main` gives the same).
    crate::domain::give_voice(crate::reports::say);
    let model = Arc::new(load_model(settings)?);
    let reader = Reader::from_settings(&settings.isolation).context("finding the intake worker program")?;
    Ok(AppState {
        reader,
        store: connect_store(settings).await?.with_portfolio_model(model.clone()),
        graph: Arc::new(
            crate::graph_service::GraphService::new(model.tier_decay()).with_snapshot(settings.graph_snapshot_path()),
        ),
        model,
        renderer: Renderer::new().context("compiling the templates")?,
        limits: settings.limits.clone(),
        auth: auth_config(settings)?,
        pdf: web::PdfConfig {
            chromium: crate::reports::pdf::find_chromium(settings.chromium.as_deref()),
            timeout: std::time::Duration::from_secs(settings.pdf_timeout_secs),
        },
        heavy: web::HeavyReports::for_host(),
        uploads: web::UploadGate::from_settings(&settings.isolation),
        pages: web::KeptPages::default(),
    })
}

/// The session key, cookie policy and session limits from the settings.
pub fn auth_config(settings: &Settings) -> anyhow::Result<web::AuthConfig> {
    let loopback = settings
        .bind
        .rsplit_once(':')
        .map(|(host, _)| host.trim_matches(['[', ']']))
        .is_some_and(|h| h == "localhost" || h.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback()));
    let secure = settings.secure_cookies.unwrap_or(!loopback);
    let limits = settings.sessions.limits();
    anyhow::ensure!(
        !limits.idle.is_zero() && !limits.absolute.is_zero(),
        "sessions.idle_timeout_secs and sessions.absolute_timeout_secs must be at least 1"
    );
    match &settings.session_key {
        Some(k) => {
            let bytes = hex::decode(k.trim()).context("session_key must be hexadecimal")?;
            anyhow::ensure!(bytes.len() >= 64, "session_key must hold at least 64 bytes (128 hex digits)");
            Ok(web::AuthConfig {
                session_key: actix_web::cookie::Key::from(&bytes),
                sessions: limits,
                ..web::AuthConfig::ephemeral(secure)
            })
        }
        // Without a key, one is made for this run: the service says so where it starts (`cli::serve`), the commands
        // that build the state to read or store declarations (`import`) use no session and say nothing of it.
        None => Ok(web::AuthConfig { sessions: limits, ..web::AuthConfig::ephemeral(secure) }),
    }
}

/// A database URL without its password, for logs.
pub fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else { return url.to_string() };
    match rest.split_once('@').and_then(|(creds, host)| Some((creds.split_once(':')?.0, host))) {
        Some((user, host)) => format!("{scheme}://{user}:***@{host}"),
        None => url.to_string(),
    }
}

impl Application {
    /// Builds the state from settings and binds `settings.bind`.
    pub async fn build(settings: &Settings) -> anyhow::Result<Application> {
        let state = build_state(settings).await?;
        Application::with_state(state, &settings.bind, None)
    }

    /// Binds a listener for a ready state; `workers` defaults to one per core.
    ///
    /// The HTTP service is assembled here rather than by actix-web's `HttpServer`, which answers every
    /// `Expect: 100-continue` with `100 Continue` before any handler runs: its expect step passes a copy of the head
    /// through a second instance of the application to [`web::answer_expectation`], which answers who calls first
    /// (401, the sign-in page, 403), then a body declared over its door's limit (413), so the client never sends it,
    /// and lets every other request go on. The settings are `HttpServer`'s defaults.
    pub fn with_state(state: AppState, bind: &str, workers: Option<usize>) -> anyhow::Result<Application> {
        // A state built by hand (the integration tests) is served with the same words as one `build_state` made.
        crate::domain::give_voice(crate::reports::say);
        use actix_http::HttpMessage as _;
        use actix_service::{Service, ServiceFactory, ServiceFactoryExt, fn_service, map_config};

        let listener = TcpListener::bind(bind).with_context(|| format!("binding {bind}"))?;
        let addr = listener.local_addr()?;
        let port = addr.port();
        let mut builder = actix_web::dev::Server::build();
        if let Some(n) = workers {
            builder = builder.workers(n);
        }
        let server = builder
            .listen(format!("chainon-{addr}"), listener, move || {
                // The application, built twice a worker: once to serve requests, once to answer the heads of those
                // that ask before sending a body (`Expect: 100-continue`), through the same steps.
                let make_app = |app_state: AppState| {
                    let routes_state = app_state.clone();
                    let app = App::new()
                        // Innermost: a head asked about is answered here, after who calls is known, before any
                        // handler (`web::expect`).
                        .wrap(actix_web::middleware::from_fn(web::answer_expectation))
                        .wrap(actix_web::middleware::from_fn(web::head_as_get))
                        // Inside the session, so that a refusal knows who calls; outside every handler, so that a
                        // route without a query of its own refuses one too.
                        .wrap(actix_web::middleware::from_fn(web::unknown_query_refused))
                        .wrap(app_state.auth.session_middleware(&app_state.store))
                        .wrap(actix_web::middleware::from_fn(web::session_store_failures))
                        .wrap(web::security_headers())
                        .wrap(Compress::default())
                        .wrap(NormalizePath::new(TrailingSlash::Trim))
                        .wrap(actix_web::middleware::from_fn(web::close_when_refused))
                        .wrap(TracingLogger::default())
                        .configure(|cfg| web::configure(cfg, routes_state));
                    // The application's configuration: nothing reads its host or address (the `Host` header names
                    // the host), so actix-web's defaults stand.
                    map_config(
                        actix_service::IntoServiceFactory::into_factory(app).map_err(|e| e.error_response()),
                        |_| actix_web::dev::AppConfig::default(),
                    )
                };
                let app = make_app(state.clone());
                let heads = make_app(state.clone());
                // The expect step: a copy of the head, marked and without its body, goes through the application;
                // `100 Continue` from it asks for the body, any other answer is sent in its place.
                let expect = actix_service::fn_factory(move || {
                    let made = heads.new_service(());
                    async move {
                        let heads = std::rc::Rc::new(made.await.map_err(|_| ())?);
                        Ok::<_, ()>(fn_service(move |req: actix_http::Request| {
                            let heads = std::rc::Rc::clone(&heads);
                            async move {
                                let mut asked = actix_http::Request::new();
                                *asked.head_mut() = req.head().clone();
                                asked.extensions_mut().insert(web::Expectation);
                                match heads.call(asked).await {
                                    Ok(answer) if answer.status() == actix_web::http::StatusCode::CONTINUE => Ok(req),
                                    Ok(answer) => Err(answer.into_parts().1.map_into_boxed_body()),
                                    Err(answer) => Err(answer),
                                }
                            }
                        }))
                    }
                });
                actix_http::HttpService::build()
                    .keep_alive(actix_http::KeepAlive::default())
                    .client_request_timeout(std::time::Duration::from_secs(5))
                    .client_disconnect_timeout(std::time::Duration::from_secs(1))
                    .h1_allow_half_closed(true)
                    .local_addr(addr)
                    .expect(expect)
                    .finish(app)
                    .tcp()
            })?
            .run();
        Ok(Application { port, server })
    }

    /// The port the server listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// A handle that stops the server (its workers, and with them the state they hold).
    pub fn handle(&self) -> actix_web::dev::ServerHandle {
        self.server.handle()
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
            "demo",
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

/// One demo account: sign in with its e-mail and password (README, "Signing in").
#[derive(Debug, Clone, Copy)]
pub struct DemoAccount {
    pub email: &'static str,
    pub name: &'static str,
    pub role: AccountRole,
    pub business_number: Option<&'static str>,
    pub password: &'static str,
}

/// The demo's accounts, one per role; the supplier is Cordages Nordiques, a bidder of the demo.
pub const DEMO_ACCOUNTS: [DemoAccount; 4] = [
    DemoAccount {
        email: "officer@demo.chainon.example",
        name: "Olivia Tremblay",
        role: AccountRole::Officer,
        business_number: None,
        password: "officer-demo-2026",
    },
    DemoAccount {
        email: "auditor@demo.chainon.example",
        name: "Marc-André Roy",
        role: AccountRole::Auditor,
        business_number: None,
        password: "auditor-demo-2026",
    },
    DemoAccount {
        email: "admin@demo.chainon.example",
        name: "Sam Administrator",
        role: AccountRole::Administrator,
        business_number: None,
        password: "admin-demo-2026",
    },
    DemoAccount {
        email: "supplier@cordages-nordiques.example",
        name: "Isabelle Gagnon",
        role: AccountRole::Supplier,
        business_number: Some("842310575"),
        password: "supplier-demo-2026",
    },
];

/// Creates the demo accounts that do not exist yet; returns how many were created.
pub async fn load_demo_accounts(store: &Store) -> anyhow::Result<usize> {
    let mut created = 0;
    for demo in DEMO_ACCOUNTS {
        // A demo account disabled by an administrator stays as it is.
        if store.account_by_email(demo.email).await?.is_some() {
            continue;
        }
        let password_hash = tokio::task::spawn_blocking(move || accounts::hash_password(demo.password)).await??;
        store
            .create_account(
                &NewAccount {
                    email: demo.email.into(),
                    display_name: demo.name.into(),
                    role: demo.role,
                    business_number: demo.business_number.map(Into::into),
                    password_hash,
                },
                "demo",
            )
            .await?;
        created += 1;
    }
    Ok(created)
}

// --- Demo contracts and a case, so that every role's journey shows content on first run. ---

/// What loading the demo contracts and case did (zero when they were there already).
#[derive(Debug, Default)]
pub struct DemoCases {
    pub contracts: usize,
    pub cases: usize,
}

/// The demo's contracts: the rope contract of the demo supplier (Cordages Nordiques, whose sisal comes from
/// Tanzania) and a clothing contract of Uniformes Boréal (sewn in Bangladesh).
fn demo_contracts(today: chrono::NaiveDate) -> [serde_json::Value; 2] {
    let awarded = today - chrono::Duration::days(28);
    [
        serde_json::json!({
            "number": "W8486-240001/001", "kind": "contract", "title": "Sisal rope, 3-strand, 24 mm",
            "business_number": "842310575", "supplier_name": "Cordages Nordiques Inc.",
            "goods_category": "ropes_cordage", "value_cad": 96000.0, "awarded_on": awarded,
            "ends_on": awarded + chrono::Duration::days(365),
        }),
        serde_json::json!({
            "number": "W0113-24C005/001", "kind": "contract", "title": "Work shirts, long sleeve, navy",
            "business_number": "793051285", "supplier_name": "Uniformes Boréal Ltée",
            "goods_category": "clothing", "value_cad": 340000.0, "awarded_on": awarded,
            "ends_on": awarded + chrono::Duration::days(730),
        }),
    ]
}

/// Loads the demo contracts and, on the rope contract, an open case with a piece of evidence about the sisal
/// estate of the demo declaration, a notice to the supplier answered by a response, and a second notice still
/// open — dated from today, so that deadlines are ahead of whoever starts the demo. Runs once: nothing is added
/// when the first demo contract exists. Call after the demo declarations (the evidence names a site of one).
pub async fn load_demo_cases(store: &Store) -> anyhow::Result<DemoCases> {
    let today = chrono::Utc::now().date_naive();
    let mut done = DemoCases::default();
    let contracts = demo_contracts(today);
    let existing = store.list_contracts(None).await?;
    let mut rope = None;
    for c in contracts {
        let contract: crate::cases::Contract = serde_json::from_value(c)?;
        if let Some(there) = existing.iter().find(|e| e.contract.number == contract.number) {
            if rope.is_none() {
                rope = Some((there.id, false));
            }
            continue;
        }
        let stored = store.create_contract(&contract, "demo").await?;
        done.contracts += 1;
        if rope.is_none() {
            rope = Some((stored.id, true));
        }
    }
    let Some((contract_id, true)) = rope else { return Ok(done) };
    let filter = crate::storage::DeclarationFilter {
        business_number: Some("842310575".into()),
        ..crate::storage::DeclarationFilter::default()
    };
    let site = store.list_declarations(&filter).await?.first().map(|d| format!("{}/SISAL-TZ", d.id));
    let case = store
        .open_case(contract_id, "Sisal estate in Tanzania: report of debt bondage", "auditor@demo.chainon.example")
        .await?;
    done.cases += 1;
    let day = |n: i64| today + chrono::Duration::days(n);
    let auditor = "auditor@demo.chainon.example";
    let event = |v: serde_json::Value| serde_json::from_value::<crate::cases::CaseEvent>(v);
    store
        .add_case_event(
            case,
            &event(serde_json::json!({
                "type": "evidence", "kind": "credible_report", "credibility": "medium",
                "source": "Field report of a workers' rights organisation, Tanga region",
                "dated": day(-20), "indicators": ["debt_bondage", "withholding_of_wages"],
                "sites": site.into_iter().collect::<Vec<_>>(),
                "summary": "Cutters on a sisal estate supplying the rope mill describe recruitment-fee debts repaid from wages.",
            }))?,
            auditor,
        )
        .await?;
    let notice = store
        .add_case_event(
            case,
            &event(serde_json::json!({
                "type": "notice", "sent_on": today, "respond_by": day(30),
                "subject": "Allegation of debt bondage at your sisal supplier",
                "body": "Please describe how workers at the estate are recruited and paid, and send your latest social audit.",
            }))?,
            auditor,
        )
        .await?;
    store
        .add_case_event(
            case,
            &event(serde_json::json!({
                "type": "response", "notice_seq": notice, "received_on": today,
                "text": "We have asked the estate for its payroll records and commissioned an unannounced audit; its report will follow.",
            }))?,
            "supplier@cordages-nordiques.example",
        )
        .await?;
    store
        .add_case_event(
            case,
            &event(serde_json::json!({
                "type": "notice", "sent_on": today, "respond_by": day(45),
                "subject": "Audit report and corrective action plan",
                "body": "Please send the audit report and, if it confirms the allegation, a corrective action plan with dates.",
            }))?,
            auditor,
        )
        .await?;
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_demo_has_one_account_per_role_and_makes_them_once() {
        let store = Store::connect("sqlite::memory:").await.unwrap();
        assert_eq!(load_demo_accounts(&store).await.unwrap(), DEMO_ACCOUNTS.len());
        assert_eq!(load_demo_accounts(&store).await.unwrap(), 0);
        let accounts = store.list_accounts().await.unwrap();
        for role in <AccountRole as strum::IntoEnumIterator>::iter() {
            assert!(accounts.iter().any(|a| a.role == role), "{role}");
        }
        for demo in DEMO_ACCOUNTS {
            let (_, hash) = store.account_for_login(demo.email).await.unwrap().unwrap();
            assert!(accounts::verify_password(demo.password, &hash), "{}", demo.email);
        }
        // The demo supplier's organisation is one of the demo bidders.
        let bn = DEMO_ACCOUNTS.iter().find_map(|d| d.business_number).unwrap();
        let bidder = DemoData::iter().any(|name| {
            let file = DemoData::get(&name).unwrap();
            String::from_utf8_lossy(&file.data).contains(&format!("\"business_number\": \"{bn}"))
        });
        assert!(bidder, "no demo declaration has the business number {bn}");
    }

    #[tokio::test]
    async fn the_demo_cases_load_once_with_evidence_a_notice_and_its_response() {
        let store = Store::connect("sqlite::memory:").await.unwrap();
        let first = load_demo_cases(&store).await.unwrap();
        assert_eq!((first.contracts, first.cases), (2, 1));
        let again = load_demo_cases(&store).await.unwrap();
        assert_eq!((again.contracts, again.cases), (0, 0), "nothing is added twice");
        let contracts = store.list_contracts(None).await.unwrap();
        assert_eq!(contracts.len(), 2);
        let case = store.all_cases().await.unwrap().pop().unwrap();
        let kinds: Vec<&str> = case.events.iter().map(|e| e.event.kind()).collect();
        assert_eq!(kinds, ["evidence", "notice", "response", "notice"]);
        let today = chrono::Utc::now().date_naive();
        assert!(crate::cases::overdue(&case.record(), today).is_empty(), "no deadline has passed on first run");
    }

    #[test]
    fn an_sqlite_file_that_is_not_there_is_found_missing_and_memory_or_postgres_never_are() {
        let dir = tempfile::tempdir().unwrap();
        let there = dir.path().join("there.sqlite3");
        std::fs::write(&there, b"").unwrap();
        let absent = dir.path().join("absent.sqlite3");
        for url in [format!("sqlite://{}?mode=rwc", absent.display()), format!("sqlite:{}", absent.display())] {
            assert_eq!(missing_sqlite_file(&url), Some(absent.clone()), "{url}");
        }
        assert_eq!(
            missing_sqlite_file("sqlite://chainon-surely-absent.sqlite3?mode=rwc").unwrap().to_str(),
            Some("chainon-surely-absent.sqlite3")
        );
        for url in [
            format!("sqlite://{}?mode=rwc", there.display()),
            "sqlite::memory:".to_string(),
            "sqlite://x.db?mode=memory".to_string(),
            "postgres://u@h/db".to_string(),
        ] {
            assert_eq!(missing_sqlite_file(&url), None, "{url}");
        }
    }

    /// The URL a refusal suggests (`sqlite:///srv/chainon/chainon.sqlite3`, no `mode`) creates its file for the
    /// commands that create their database; a `mode` given, memory and PostgreSQL stay as written.
    #[test]
    fn an_sqlite_url_without_a_mode_creates_its_file_where_a_command_creates_its_database() {
        for (url, created) in [
            ("sqlite:///srv/chainon/chainon.sqlite3", "sqlite:///srv/chainon/chainon.sqlite3?mode=rwc"),
            ("sqlite://chainon.sqlite3", "sqlite://chainon.sqlite3?mode=rwc"),
            ("sqlite:chainon.sqlite3", "sqlite:chainon.sqlite3?mode=rwc"),
            ("sqlite://c.sqlite3?cache=shared", "sqlite://c.sqlite3?cache=shared&mode=rwc"),
            ("sqlite://c.sqlite3?mode=ro", "sqlite://c.sqlite3?mode=ro"),
            ("sqlite://c.sqlite3?mode=rwc", "sqlite://c.sqlite3?mode=rwc"),
            ("sqlite::memory:", "sqlite::memory:"),
            ("postgres://u@h/db", "postgres://u@h/db"),
        ] {
            assert_eq!(creating(url), created, "{url}");
        }
    }

    #[tokio::test]
    async fn a_command_that_creates_its_database_creates_the_file_an_sqlite_url_without_a_mode_names() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("new.sqlite3");
        let settings = Settings { database_url: format!("sqlite://{}", file.display()), ..Settings::default() };
        connect_store(&settings).await.unwrap();
        assert!(file.exists());
    }

    /// A plain file path is refused in the catalogues' words, in both languages, naming the value and the URL it
    /// likely means; nothing is created. A URL of either backend is not refused so.
    #[tokio::test]
    async fn a_plain_file_path_for_the_database_is_refused_in_both_languages() {
        crate::domain::give_voice(crate::reports::say);
        let dir = tempfile::tempdir().unwrap();
        for given in [
            dir.path().join("plain.sqlite3").display().to_string(),
            "chainon-plain-path.sqlite3".to_string(),
            "data/chainon.db".to_string(),
        ] {
            for creates in [true, false] {
                let settings = Settings { database_url: given.clone(), ..Settings::default() };
                let e = if creates {
                    connect_store(&settings).await.err().unwrap()
                } else {
                    connect_existing_store(&settings).await.err().unwrap()
                };
                let said = e.downcast_ref::<crate::domain::SaidError>().expect("said from the catalogues");
                let (en, fr) = crate::domain::say_both(&said.0);
                let url = format!("sqlite://{given}");
                assert!(en.contains(&given) && en.contains(&url) && en.contains("not a database URL"), "{en}");
                assert!(fr.contains(&given) && fr.contains(&url) && fr.contains("n'est pas une URL"), "{fr}");
                assert!(!std::path::Path::new(&given).exists(), "{given} was created");
            }
        }
        for url in ["sqlite::memory:", "sqlite://x.sqlite3?mode=rwc", "sqlite:x.sqlite3", "postgres://u@h/db"] {
            assert!(plain_path(url).is_none(), "{url}");
        }
    }

    #[test]
    fn passwords_are_hidden_from_logged_urls() {
        assert_eq!(redact("postgres://app:s3cret@db:5432/x"), "postgres://app:***@db:5432/x");
        assert_eq!(redact("postgres://app@db/x"), "postgres://app@db/x");
        assert_eq!(redact("sqlite://chainon.sqlite3?mode=rwc"), "sqlite://chainon.sqlite3?mode=rwc");
    }
}
