//! `chainon model diff` over a stored portfolio: a synthetic portfolio (`chainon::synth`, about 1,000,000 site rows
//! by default) scored under the default model and imported into SQLite the way `chainon import` stores a
//! declaration, then every current declaration re-scored under 2019.1 (`CHAINON_BENCH_OLD` names another shipped
//! version) and the default model and compared (`pipeline::diff_models`, what the command runs before it writes its
//! answer). Goal: under 30 s at 1,000,000 site rows. It prints the first diff's time and the SHA-256 of all it says
//! (the same before and after a change of how the diff is computed), then criterion's samples (`-- --list` skips
//! them).
//!
//! `cargo bench --bench model_diff`; `CHAINON_BENCH_SITES` changes the size. The database is built once and kept at
//! `target/model-diff-<sites>.sqlite3` (remove it to build it again: building takes longer than the diff).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::string_slice)]

use std::time::{Duration, Instant};

use chainon::pipeline::diff_models;
use chainon::scoring::RiskModel;
use chainon::storage::{SourceFile, Store};
use chainon::synth::{SynthOptions, portfolio};
use criterion::{Criterion, criterion_group, criterion_main};

// The allocator the command line runs with (`src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn sites() -> usize {
    std::env::var("CHAINON_BENCH_SITES").ok().and_then(|s| s.parse().ok()).unwrap_or(1_000_000)
}

/// The stored portfolio, built on the first run: `(store, declarations, site rows)`.
async fn stored_portfolio(model: &RiskModel) -> (Store, usize, usize) {
    let sites = sites();
    let path = format!("{}/target/model-diff-{sites}.sqlite3", env!("CARGO_MANIFEST_DIR"));
    let fresh = !std::path::Path::new(&path).exists();
    let store = Store::connect(&format!("sqlite://{path}?mode=rwc")).await.unwrap();
    let decls = portfolio(&SynthOptions { sites, ..SynthOptions::default() });
    let rows: usize = decls.iter().map(|d| d.places_of_work.len()).sum();
    if fresh {
        let t = Instant::now();
        let mut refused = 0;
        for (i, d) in decls.iter().enumerate() {
            let a = model.assess(d);
            let source = SourceFile {
                file_name: format!("synth-{i}.json"),
                sha256: format!("{i:064x}"),
                carrier: "json".into(),
                size_bytes: 0,
            };
            // A declaration older than one already stored for its supplier and solicitation is refused, as in use.
            if store.import_declaration(&source, d, &[], &a, "bench").await.is_err() {
                refused += 1;
            }
        }
        eprintln!(
            "stored {} declarations ({refused} refused), {rows} site rows in {:.1} s: {path}",
            decls.len(),
            t.elapsed().as_secs_f64()
        );
    } else {
        eprintln!("reusing {path} ({} declarations, {rows} site rows)", decls.len());
    }
    (store, decls.len(), rows)
}

/// The SHA-256 of everything the command says of a diff: its JSON, and for each changed declaration the findings
/// that appear and go and the sites its text names (which the JSON leaves out). The same before and after a change
/// of how the diff is computed.
fn fingerprint(diff: &chainon::pipeline::ModelDiff) -> String {
    let mut bytes = serde_json::to_vec(diff).unwrap();
    for d in &diff.changed {
        bytes.extend(serde_json::to_vec(&(&d.diff.new_findings, &d.diff.gone_findings, &d.sites)).unwrap());
    }
    chainon::domain::sha256_hex(&bytes)
}

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let new = RiskModel::embedded().unwrap();
    // The older model: 2019.1 unless `CHAINON_BENCH_OLD` names another shipped version.
    let old_version = std::env::var("CHAINON_BENCH_OLD").unwrap_or_else(|_| "2019.1".into());
    let old = RiskModel::shipped(&old_version).unwrap().unwrap();
    let (store, decls, rows) = rt.block_on(stored_portfolio(&new));
    let t = Instant::now();
    let diff = rt.block_on(diff_models(&store, &old, &new)).unwrap();
    let took = t.elapsed().as_secs_f64();
    eprintln!(
        "model diff {} → {} over {decls} declarations, {rows} site rows: {took:.1} s, {} compared, {} changed \
         (goal: under 30 s at 1,000,000 rows); output SHA-256 {}",
        diff.old_version,
        diff.new_version,
        diff.declarations_compared,
        diff.changed.len(),
        fingerprint(&diff)
    );
    let mut g = c.benchmark_group("model_diff");
    g.sample_size(10).measurement_time(Duration::from_secs(60)).warm_up_time(Duration::from_secs(1));
    g.bench_function(format!("diff_models_{rows}_site_rows"), |b| {
        b.to_async(&rt).iter(|| async { diff_models(&store, &old, &new).await.unwrap().changed.len() })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
