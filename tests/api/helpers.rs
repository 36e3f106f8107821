//! `spawn_app`: a server on a free port with its own database, plus the demo files as test inputs.

use std::path::PathBuf;
use std::sync::Arc;

use chainon::config::Settings;
use chainon::import::Limits;
use chainon::reports::Renderer;
use chainon::scoring::RiskModel;
use chainon::startup::Application;
use chainon::storage::Store;
use chainon::web::AppState;

/// Which database a test runs on.
#[derive(Debug, Clone, Copy)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub store: Store,
    // Keeps the SQLite file alive for the test's duration.
    _dir: Option<tempfile::TempDir>,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn count(&self) -> u64 {
        self.store.count_declarations().await.unwrap()
    }

    /// Posts a file as a multipart form, as a browser or a system would.
    pub async fn upload(&self, name: &str, bytes: Vec<u8>) -> reqwest::Response {
        let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_string());
        let form = reqwest::multipart::Form::new().part("file", part);
        self.client.post(self.url("/api/v1/declarations")).multipart(form).send().await.unwrap()
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

/// Spawns the app on a free port with a fresh database; `None` when the backend is not available here.
pub async fn spawn_app_with(backend: Backend, limits: Limits) -> Option<TestApp> {
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
    let store = Store::connect(&url).await.unwrap();
    let state = AppState {
        store: store.clone(),
        model: Arc::new(RiskModel::embedded().unwrap()),
        renderer: Renderer::new().unwrap(),
        limits,
    };
    let app = Application::with_state(state, "127.0.0.1:0", Some(1)).unwrap();
    let address = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    Some(TestApp { address, client, store, _dir: dir })
}

/// Spawns with the default limits.
pub async fn spawn_app(backend: Backend) -> Option<TestApp> {
    spawn_app_with(backend, Settings::default().limits).await
}

/// A committed demo file.
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
