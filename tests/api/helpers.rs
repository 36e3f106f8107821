//! `spawn_app`: a server on a free port with its own database, plus the demo files as test inputs.

use std::path::PathBuf;
use std::sync::Arc;

use chainon::config::Settings;
use chainon::domain::AccountRole;
use chainon::import::Limits;
use chainon::isolation::{IsolationSettings, Reader};
use chainon::reports::Renderer;
use chainon::scoring::RiskModel;
use chainon::startup::Application;
use chainon::storage::NewAccount;
use chainon::storage::Store;
use chainon::web::{AppState, AuthConfig};

/// Who calls: nobody, or an account of each role. `Supplier` is Cordages Nordiques (a demo bidder);
/// `OtherSupplier` is Atlantic Marine, a competitor on the same solicitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Who {
    Anonymous,
    Supplier,
    OtherSupplier,
    Officer,
    Auditor,
    Administrator,
}

impl Who {
    pub const ALL: [Who; 6] =
        [Who::Anonymous, Who::Supplier, Who::OtherSupplier, Who::Officer, Who::Auditor, Who::Administrator];

    /// The e-mail of the test account (none for `Anonymous`).
    pub fn email(self) -> Option<&'static str> {
        match self {
            Who::Anonymous => None,
            Who::Supplier => Some("supplier@cordages.test"),
            Who::OtherSupplier => Some("supplier@atlantic.test"),
            Who::Officer => Some("officer@pspc.test"),
            Who::Auditor => Some("auditor@pspc.test"),
            Who::Administrator => Some("admin@pspc.test"),
        }
    }

    fn account(self) -> Option<(AccountRole, Option<&'static str>)> {
        match self {
            Who::Anonymous => None,
            Who::Supplier => Some((AccountRole::Supplier, Some("842310575"))),
            Who::OtherSupplier => Some((AccountRole::Supplier, Some("771203940"))),
            Who::Officer => Some((AccountRole::Officer, None)),
            Who::Auditor => Some((AccountRole::Auditor, None)),
            Who::Administrator => Some((AccountRole::Administrator, None)),
        }
    }
}

/// The password of every test account.
pub const PASSWORD: &str = "test-password-1234";

fn password_hash() -> String {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| chainon::accounts::hash_password(PASSWORD).unwrap()).clone()
}

/// Which database a test runs on.
#[derive(Debug, Clone, Copy)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub struct TestApp {
    pub address: String,
    /// Calls as the officer (API token).
    pub client: reqwest::Client,
    tokens: std::collections::HashMap<Who, String>,
    accounts: std::collections::HashMap<Who, i64>,
    pub store: Store,
    /// The SQL of every statement the service's store ran (`chainon::storage::testing::logging_queries`).
    pub queries: chainon::storage::testing::QueryLog,
    /// The URL of the test's own database.
    pub database_url: String,
    // Keeps the SQLite file alive for the test's duration.
    _dir: Option<tempfile::TempDir>,
    server: actix_web::dev::ServerHandle,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        // The stop is sent at once; the server's own thread carries it out.
        drop(self.server.stop(false));
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn count(&self) -> u64 {
        self.store.count_declarations().await.unwrap()
    }

    /// Posts a file as a multipart form, as the officer's system would.
    pub async fn upload(&self, name: &str, bytes: Vec<u8>) -> reqwest::Response {
        self.upload_as(Who::Officer, name, bytes).await
    }

    /// Posts a file as a multipart form, as an officer, asking for the whole assessment in the answer
    /// (`?include=assessment`).
    pub async fn upload_whole(&self, name: &str, bytes: Vec<u8>) -> reqwest::Response {
        let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_string());
        let form = reqwest::multipart::Form::new().part("file", part);
        self.request(Who::Officer, reqwest::Method::POST, "/api/v1/declarations?include=assessment")
            .multipart(form)
            .send()
            .await
            .unwrap()
    }

    /// Posts a file as a multipart form, as `who`.
    pub async fn upload_as(&self, who: Who, name: &str, bytes: Vec<u8>) -> reqwest::Response {
        let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_string());
        let form = reqwest::multipart::Form::new().part("file", part);
        self.request(who, reqwest::Method::POST, "/api/v1/declarations").multipart(form).send().await.unwrap()
    }

    /// A request as `who` (with its API token; none for `Anonymous`).
    pub fn request(&self, who: Who, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let builder = self.client_plain().request(method, self.url(path));
        match self.tokens.get(&who) {
            Some(token) => builder.bearer_auth(token),
            None => builder,
        }
    }

    /// A request as `who` on a connection of its own, for bodies the server may refuse before reading them (it then
    /// closes the connection, which a pooled client would try to use again).
    pub fn request_alone(&self, who: Who, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let client = reqwest::Client::builder()
            .pool_max_idle_per_host(0)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        let builder = client.request(method, self.url(path));
        match self.tokens.get(&who) {
            Some(token) => builder.bearer_auth(token),
            None => builder,
        }
    }

    /// The API token of `who` (none for `Anonymous`).
    pub fn token(&self, who: Who) -> &str {
        &self.tokens[&who]
    }

    /// The id of `who`'s account.
    pub fn account_id(&self, who: Who) -> i64 {
        self.accounts[&who]
    }

    /// Posts JSON as `who` and reads the JSON answer, which must be 201 Created.
    pub async fn create(&self, who: Who, path: &str, body: serde_json::Value) -> serde_json::Value {
        let resp = self.request(who, reqwest::Method::POST, path).json(&body).send().await.unwrap();
        assert_eq!(resp.status(), 201, "POST {path} as {who:?}");
        resp.json().await.unwrap()
    }

    /// A GET as `who`.
    pub async fn get_as(&self, who: Who, path: &str) -> reqwest::Response {
        self.request(who, reqwest::Method::GET, path).send().await.unwrap()
    }

    /// A client that sends this bearer token on every request.
    pub fn client_with_token(&self, token: &str) -> reqwest::Client {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(reqwest::header::AUTHORIZATION, format!("Bearer {token}").parse().unwrap());
        reqwest::Client::builder().default_headers(headers).build().unwrap()
    }

    fn client_plain(&self) -> reqwest::Client {
        static PLAIN: std::sync::OnceLock<reqwest::Client> = std::sync::OnceLock::new();
        PLAIN
            .get_or_init(|| reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap())
            .clone()
    }

    /// A browser-like client: keeps cookies, follows no redirects.
    pub fn browser(&self) -> reqwest::Client {
        reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().unwrap()
    }

    /// A browser signed in as `who` through the login form.
    pub async fn signed_in(&self, who: Who) -> reqwest::Client {
        let browser = self.browser();
        let csrf = login_csrf(&browser, &self.url("/login")).await;
        let res = browser
            .post(self.url("/login"))
            .form(&[("email", who.email().unwrap()), ("password", PASSWORD), ("csrf", &csrf), ("next", "/")])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303, "signing in as {who:?}");
        browser
    }
}

/// The PostgreSQL server tests may use, or `None` (and a line saying the test is skipped there).
pub fn postgres_base_url() -> Option<String> {
    match std::env::var("CHAINON_TEST_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ => {
            eprintln!("skipped on PostgreSQL: CHAINON_TEST_POSTGRES_URL is not set");
            None
        }
    }
}

/// The service's default isolation, with this build's `chainon` as the worker (the test binary is not one).
pub fn isolation() -> IsolationSettings {
    IsolationSettings {
        program: Some(env!("CARGO_BIN_EXE_chainon").into()),
        // Tests that send many uploads at once test storage, not the bound on uploads held (tested on its own).
        max_uploads: Some(64),
        ..IsolationSettings::default()
    }
}

/// Spawns the app on a free port with a fresh database; `None` when the backend is not available here.
pub async fn spawn_app_with(backend: Backend, limits: Limits) -> Option<TestApp> {
    spawn_app_reading(backend, limits, isolation()).await
}

/// As [`spawn_app_with`], reading uploads as `isolation` says.
pub async fn spawn_app_reading(backend: Backend, limits: Limits, isolation: IsolationSettings) -> Option<TestApp> {
    spawn(backend, limits, isolation, AuthConfig::ephemeral(false), test_chromium()).await
}

/// Spawns with the default settings, printing PDFs with the program at `chromium` (one that fails, to see what the
/// reader is told).
pub async fn spawn_app_printing_with(backend: Backend, chromium: PathBuf) -> Option<TestApp> {
    spawn(backend, Settings::default().limits, isolation(), AuthConfig::ephemeral(false), Some(chromium)).await
}

/// The Chromium of the browser tests, when it is there.
fn test_chromium() -> Option<PathBuf> {
    std::env::var_os("CHAINON_TEST_CHROMIUM").map(Into::into)
}

/// Spawns with the default limits and these session and sign-in settings.
pub async fn spawn_app_with_auth(backend: Backend, auth: AuthConfig) -> Option<TestApp> {
    spawn(backend, Settings::default().limits, isolation(), auth, test_chromium()).await
}

async fn spawn(
    backend: Backend,
    limits: Limits,
    isolation: IsolationSettings,
    auth: AuthConfig,
    chromium: Option<PathBuf>,
) -> Option<TestApp> {
    chainon::telemetry::init("warn");
    let (url, dir) = match backend {
        Backend::Sqlite => {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("test.sqlite3");
            (format!("sqlite://{}?mode=rwc", path.display()), Some(dir))
        }
        Backend::Postgres => {
            let base = postgres_base_url()?;
            (chainon::storage::testing::fresh_postgres_database(&base).await.unwrap(), None)
        }
    };
    // A test's service outlives its test (actix runs it on worker threads of its own), and with it its pool: each
    // keeps few connections, so that the suite's services together stay within the PostgreSQL server's limit.
    let store = Store::connect_with(&url, Some(4)).await.unwrap().with_words(chainon::startup::words().unwrap());
    let mut tokens = std::collections::HashMap::new();
    let mut accounts = std::collections::HashMap::new();
    for who in Who::ALL {
        let Some((role, bn)) = who.account() else { continue };
        let account = store
            .create_account(
                &NewAccount {
                    email: who.email().unwrap().into(),
                    display_name: format!("{who:?}"),
                    role,
                    business_number: bn.map(Into::into),
                    password_hash: password_hash(),
                },
                "tests",
            )
            .await
            .unwrap();
        let token = chainon::accounts::random_token().unwrap();
        store.add_api_token(account.id, "tests", &token, "tests").await.unwrap();
        tokens.insert(who, token);
        accounts.insert(who, account.id);
    }
    let (store, queries) = chainon::storage::testing::logging_queries(store);
    let state = AppState {
        store: store.clone(),
        model: Arc::new(RiskModel::embedded().unwrap()),
        renderer: Renderer::new().unwrap(),
        limits,
        reader: Reader::from_settings(&isolation).unwrap(),
        auth,
        graph: Arc::new(chainon::graph_service::GraphService::new(
            chainon::scoring::RiskModel::embedded().unwrap().tier_decay(),
        )),
        pdf: chainon::web::PdfConfig { chromium, timeout: std::time::Duration::from_secs(60) },
        heavy: chainon::web::HeavyReports::for_host(),
        uploads: chainon::web::UploadGate::from_settings(&isolation),
        pages: chainon::web::KeptPages::default(),
    };
    let app = Application::with_state(state, "127.0.0.1:0", Some(1)).unwrap();
    let address = format!("http://127.0.0.1:{}", app.port());
    // The server is driven on a thread of its own, so that it still answers the stop sent when the test's `TestApp`
    // is dropped (the test's runtime is gone by then): its workers stop, and the pool they hold closes its
    // connections instead of keeping them until the process ends.
    let server = app.handle();
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        let _ = runtime.block_on(app.run_until_stopped());
    });
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::AUTHORIZATION, format!("Bearer {}", tokens[&Who::Officer]).parse().unwrap());
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(headers)
        .build()
        .unwrap();
    Some(TestApp { address, client, tokens, accounts, store, queries, database_url: url, _dir: dir, server })
}

/// The anti-forgery token of the login form a browser is shown.
pub async fn login_csrf(browser: &reqwest::Client, url: &str) -> String {
    let html = browser.get(url).send().await.unwrap().text().await.unwrap();
    hidden_field(&html, "csrf").expect("the login form carries a csrf field")
}

/// The value of a hidden form field in a page.
pub fn hidden_field(html: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker)? + marker.len();
    let end = html[start..].find('"')?;
    Some(html[start..start + end].to_string())
}

/// `text` with French typography's no-break spaces (U+00A0 before `:` and inside « », U+202F before `; ? !`) as
/// plain spaces, for tests that compare words rather than typography (the catalogues' typography has its own test).
pub fn plain_spaces(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ")
}

/// Spawns with the default limits.
pub async fn spawn_app(backend: Backend) -> Option<TestApp> {
    spawn_app_with(backend, Settings::default().limits).await
}

/// A committed demo file.
/// The day `days` after today (UTC; before it when negative) as `YYYY-MM-DD`: case records are held to today (a
/// notice's deadline still open, a decision not in the future nor before the case was opened).
pub fn day(days: i64) -> String {
    (chrono::Utc::now().date_naive() + chrono::Duration::days(days)).to_string()
}

pub fn demo_file(name: &str) -> Vec<u8> {
    std::fs::read(demo_dir().join(name)).unwrap()
}

pub fn demo_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("supplier_data/demo")
}

/// Every demo file name, sorted.
pub fn demo_files() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(demo_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.') && !n.ends_with(".md"))
        .collect();
    v.sort();
    v
}

/// Declares a test on both backends: `name::sqlite` and `name::postgres`.
#[macro_export]
macro_rules! on_both_backends {
    ($name:ident, $body:expr) => {
        mod $name {
            use super::*;
            #[tokio::test]
            async fn sqlite() {
                let app = $crate::helpers::spawn_app($crate::helpers::Backend::Sqlite).await.unwrap();
                ($body)(app).await;
            }
            #[tokio::test]
            async fn postgres() {
                let Some(app) = $crate::helpers::spawn_app($crate::helpers::Backend::Postgres).await else { return };
                ($body)(app).await;
            }
        }
    };
}

/// What a page of a list may weigh at most (issue 17: under 300 KiB on a portfolio of hundreds of declarations).
pub const PAGE_BUDGET: usize = 300 * 1024;

/// A synthetic portfolio of `n` declarations (`chainon synth`), each cut to its first three sites so that storing
/// and scoring them stays quick, stored as `chainon import` stores them.
pub async fn small_portfolio(app: &TestApp, n: usize) {
    let model = std::sync::Arc::new(chainon::scoring::RiskModel::embedded().unwrap());
    let decls = chainon::synth::portfolio(&chainon::synth::SynthOptions { sites: 40_000, ..Default::default() });
    assert!(decls.len() >= n, "synth gave {} declarations", decls.len());
    for (i, mut d) in decls.into_iter().take(n).enumerate() {
        d.places_of_work.truncate(3);
        let kept: Vec<_> = d.places_of_work.iter().map(|s| s.site_id.clone()).collect();
        for s in &mut d.places_of_work {
            s.supplies_to.retain(|t| kept.contains(t));
        }
        for g in &mut d.goods {
            g.produced_at.retain(|t| kept.contains(t));
        }
        let bytes = serde_json::to_vec(&chainon::import::to_json(&d)).unwrap();
        let limits = chainon::config::Settings::default().limits;
        chainon::pipeline::submit(&app.store, model.clone(), format!("synth-{i}.json"), bytes, limits, "tests")
            .await
            .unwrap_or_else(|e| panic!("declaration {i}: {e}"));
    }
}

/// The supplier of the screening tests' bids: its legal name and business number.
pub const MAPLE: (&str, &str) = ("Maple Uniforms Inc.", "842310575");

/// A bid on W0113-260009/A by `supplier` (legal name, business number), declared on `date`, for screening: its
/// warehouse `HUB` in Ottawa, then `sites` in China, each `(site id, name, role, goods, address, city)` supplying the
/// one before it (the first supplies the hub); the shirts are made at the first.
pub fn screening_bid(supplier: (&str, &str), date: &str, sites: &[(&str, &str, &str, &str, &str, &str)]) -> Vec<u8> {
    let mut places = vec![serde_json::json!(
        {"site_id": "HUB", "site_name": "Maple warehouse", "role": "warehousing", "goods": "uniform shirts",
         "address": "1 Depot Road", "city": "Ottawa", "country": "CA", "supplies_to": []}
    )];
    let mut before = "HUB";
    for (id, name, role, goods, address, city) in sites {
        places.push(serde_json::json!(
            {"site_id": id, "site_name": name, "role": role, "goods": goods, "address": address, "city": city,
             "country": "CN", "supplies_to": [before]}
        ));
        before = id;
    }
    let made_at = sites.first().map_or("HUB", |s| s.0);
    serde_json::to_vec(&serde_json::json!({
        "supplier": {"legal_name": supplier.0, "business_number": supplier.1, "country": "CA",
                     "solicitation_number": "W0113-260009/A", "declaration_date": date, "signatory_name": "A. Signatory"},
        "attestations": [{"right": "forced_labour", "attested": true}],
        "places_of_work": places,
        "goods": [{"item": "Shirts", "produced_at": [made_at]}],
    }))
    .unwrap()
}

/// `GET /api/v1/screening/hits?{query}` as an officer (200 expected).
pub async fn screening_hits(app: &TestApp, query: &str) -> serde_json::Value {
    let r = app.get_as(Who::Officer, &format!("/api/v1/screening/hits?{query}")).await;
    assert_eq!(r.status(), 200, "{query}");
    r.json().await.unwrap()
}

/// An officer's decision on a hit (`hit`: as the hits API gives it) with a note: the answer's status.
pub async fn decide_hit(app: &TestApp, hit: &serde_json::Value, confirmed: bool, note: &str) -> u16 {
    app.request(Who::Officer, reqwest::Method::POST, &format!("/api/v1/screening/hits/{}/decision", hit["id"]))
        .json(&serde_json::json!({"confirmed": confirmed, "note": note}))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}
