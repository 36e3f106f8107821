//! The work one request of a page does, measured in-process over HTTP on loopback (one request at a time, so the
//! figures are of the request's own work, not of queueing): the list of declarations (`/`, 50 rows with its filter
//! form), a declaration's page (a chain of 200 sites, its first page of sites shown; kept rendered after the first
//! request, and beside it the same page on a service that keeps none, rendered at every request) and the S-211 figures
//! (`/api/v1/reports/s211`, asked again and again as a load test does: kept between writes), the API's list of
//! declarations (its default page of 100) and `/health`.
//!
//! The portfolio: 200 synthetic declarations (`chainon::synth`, three sites each) and the 200-site declaration,
//! stored in an SQLite file of a temporary folder. Run in the dev profile, whose build the tests share (a release
//! build is the load test's): `cargo bench --profile dev --bench pages`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::string_slice)]

#[path = "common.rs"]
mod common;

use std::sync::Arc;
use std::time::Duration;

use chainon::domain::AccountRole;
use chainon::reports::Renderer;
use chainon::scoring::RiskModel;
use chainon::startup::Application;
use chainon::storage::{NewAccount, Store};
use chainon::web::{AppState, AuthConfig};
use criterion::{Criterion, criterion_group, criterion_main};

struct Served {
    base: String,
    /// The same service and store, keeping no page rendered (`KeptPages::with_budget(0)`): the declaration page as
    /// every request rendered it before pages were kept.
    unkept: String,
    client: reqwest::Client,
    declaration: i64,
    _dir: tempfile::TempDir,
}

async fn serve() -> Served {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("pages.sqlite3").display());
    let store = Store::connect(&url).await.unwrap().with_words(chainon::startup::words().unwrap());
    let model = Arc::new(RiskModel::embedded().unwrap());
    let limits = chainon::config::Settings::default().limits;
    let decls = chainon::synth::portfolio(&chainon::synth::SynthOptions { sites: 40_000, ..Default::default() });
    for (i, mut d) in decls.into_iter().take(200).enumerate() {
        d.places_of_work.truncate(3);
        let kept: Vec<_> = d.places_of_work.iter().map(|s| s.site_id.clone()).collect();
        for s in &mut d.places_of_work {
            s.supplies_to.retain(|t| kept.contains(t));
        }
        for g in &mut d.goods {
            g.produced_at.retain(|t| kept.contains(t));
        }
        let bytes = serde_json::to_vec(&chainon::import::to_json(&d)).unwrap();
        chainon::pipeline::submit(&store, model.clone(), format!("synth-{i}.json"), bytes, limits.clone(), "bench")
            .await
            .unwrap();
    }
    let big = common::grown(&common::demo("polar-workwear-w0113.json"), 200);
    let bytes = serde_json::to_vec(&chainon::import::to_json(&big)).unwrap();
    let declaration =
        chainon::pipeline::submit(&store, model.clone(), "big.json".into(), bytes, limits.clone(), "bench")
            .await
            .unwrap()
            .outcome
            .declaration_id;
    let account = store
        .create_account(
            &NewAccount {
                email: "bench@example.gc.ca".into(),
                display_name: "Bench".into(),
                role: AccountRole::Officer,
                business_number: None,
                password_hash: chainon::accounts::hash_password("bench-password-2026").unwrap(),
            },
            "bench",
        )
        .await
        .unwrap();
    let token = chainon::accounts::random_token().unwrap();
    store.add_api_token(account.id, "bench", &token, "bench").await.unwrap();
    let reader = chainon::isolation::Reader::InProcess;
    let state = AppState {
        store,
        model: model.clone(),
        renderer: Renderer::new().unwrap(),
        limits,
        reader,
        auth: AuthConfig::ephemeral(false),
        graph: Arc::new(chainon::graph_service::GraphService::new(model.tier_decay())),
        pdf: chainon::web::PdfConfig { chromium: None, timeout: Duration::from_secs(60) },
        heavy: chainon::web::HeavyReports::for_host(),
        uploads: chainon::web::UploadGate::from_settings(&chainon::isolation::IsolationSettings::default()),
        pages: chainon::web::KeptPages::default(),
    };
    let unkept = AppState { pages: chainon::web::KeptPages::with_budget(0), ..state.clone() };
    let mut bases = Vec::new();
    for state in [state, unkept] {
        let app = Application::with_state(state, "127.0.0.1:0", Some(1)).unwrap();
        bases.push(format!("http://127.0.0.1:{}", app.port()));
        std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            let _ = runtime.block_on(app.run_until_stopped());
        });
    }
    let (unkept, base) = (bases.pop().unwrap(), bases.pop().unwrap());
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::AUTHORIZATION, format!("Bearer {token}").parse().unwrap());
    let client = reqwest::Client::builder().default_headers(headers).build().unwrap();
    Served { base, unkept, client, declaration, _dir: dir }
}

async fn get(s: &Served, path: &str) -> usize {
    get_from(s, &s.base, path).await
}

async fn get_from(s: &Served, base: &str, path: &str) -> usize {
    let resp = s.client.get(format!("{base}{path}")).send().await.unwrap();
    assert_eq!(resp.status(), 200, "{path}");
    resp.bytes().await.unwrap().len()
}

fn pages(c: &mut Criterion) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let served = rt.block_on(serve());
    let mut group = c.benchmark_group("pages");
    group.sample_size(20).measurement_time(Duration::from_secs(10));
    let declaration = format!("/declarations/{}", served.declaration);
    for (name, path) in [
        ("list page (50 rows)", "/"),
        ("declaration page (200 sites)", declaration.as_str()),
        ("S-211 figures (API)", "/api/v1/reports/s211"),
        // The API's default page (100 rows and the count, one statement) and the health check: the two routes of
        // the load test whose cost is mostly hand-offs to the SQLite connections' threads.
        ("declarations list (API, 100 rows)", "/api/v1/declarations"),
        ("health", "/health"),
    ] {
        let bytes = rt.block_on(get(&served, path));
        eprintln!("{name}: {bytes} bytes");
        group.bench_function(name, |b| b.to_async(&rt).iter(|| get(&served, path)));
    }
    // The declaration page rendered anew each time, beside the kept one above: the same work as before pages were
    // kept, but for one query (the stamp) more.
    let bytes = rt.block_on(get_from(&served, &served.unkept, &declaration));
    eprintln!("declaration page (200 sites), nothing kept: {bytes} bytes");
    group.bench_function("declaration page (200 sites), nothing kept", |b| {
        b.to_async(&rt).iter(|| get_from(&served, &served.unkept, &declaration))
    });
    group.finish();
}

criterion_group!(benches, pages);
criterion_main!(benches);
