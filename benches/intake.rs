//! Intake throughput on a 100,000-site declaration workbook (XLSX, written by the crate's own workbook writer):
//! calamine's bare read of every sheet (the floor), the crate's parse (read + every rule + every issue), and parse +
//! score + store in one transaction, into a fresh SQLite file and — when `CHAINON_TEST_POSTGRES_URL` names a server
//! (`postgres://postgres@127.0.0.1:5432/test`) — into a fresh PostgreSQL database, in the same run.
//!
//! The whole job a user runs is timed too: `chainon assess FILE --format json` (the crate's own binary, as a child
//! process, its JSON written to a file) and `chainon import FILE` into a fresh SQLite file and, when a server is
//! named, a fresh PostgreSQL database — start, read, score, serialise or store, exit.
//!
//! `CHAINON_TEST_POSTGRES_URL=… cargo bench --bench intake`; the workbook is kept at `target/intake-100k.xlsx`. When
//! `CHAINON_BENCH_PYTHON` names a Python with python-calamine, pandas and openpyxl (see `benches/intake_openpyxl.py`),
//! the same file is read by python-calamine (the floor), pandas and openpyxl at the end of the same run.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::string_slice)]

use std::hint::black_box;
use std::io::Cursor;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use calamine::{Reader, open_workbook_auto_from_rs};
use chainon::domain::Lang;
use chainon::import::{Limits, read_declaration, write_workbook};
use chainon::pipeline::assess_bytes;
use chainon::scoring::RiskModel;
use chainon::storage::Store;
use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};

#[path = "common.rs"]
mod common;

const SITES: usize = 100_000;

fn workbook() -> Vec<u8> {
    let d = common::grown(&common::demo("polar-workwear-w0113.json"), SITES);
    let bytes = write_workbook(Lang::En, &d).unwrap();
    let path = format!("{}/target/intake-100k.xlsx", env!("CARGO_MANIFEST_DIR"));
    std::fs::write(&path, &bytes).unwrap();
    eprintln!("workbook: {path}, {} bytes", bytes.len());
    bytes
}

fn bench(c: &mut Criterion) {
    let bytes = workbook();
    let limits = Limits::default();
    let mut g = c.benchmark_group("intake_100k_sites");
    g.sample_size(10).measurement_time(Duration::from_secs(20)).warm_up_time(Duration::from_secs(1));
    g.throughput(Throughput::Elements(SITES as u64));

    g.bench_function("calamine_bare_read", |b| {
        b.iter(|| {
            let mut wb = open_workbook_auto_from_rs(Cursor::new(black_box(&bytes))).unwrap();
            let mut cells = 0usize;
            for name in wb.sheet_names() {
                cells += wb.worksheet_range(&name).unwrap().get_size().0;
            }
            cells
        })
    });

    g.bench_function("parse", |b| b.iter(|| read_declaration("bench.xlsx", black_box(&bytes), &limits).unwrap()));

    let model = RiskModel::embedded().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let rt = tokio::runtime::Runtime::new().unwrap();
    let mut stores = vec![(
        "parse_score_store_sqlite",
        rt.block_on(Store::connect(&format!("sqlite://{}?mode=rwc", dir.path().join("bench.sqlite3").display())))
            .unwrap(),
    )];
    // PostgreSQL in the same run when a server is named (a fresh database, dropped with the others of ended runs).
    match std::env::var("CHAINON_TEST_POSTGRES_URL") {
        Ok(base) if !base.is_empty() => {
            let url = rt.block_on(chainon::storage::testing::fresh_postgres_database(&base)).unwrap();
            stores.push(("parse_score_store_postgres", rt.block_on(Store::connect(&url)).unwrap()));
        }
        _ => eprintln!("parse_score_store_postgres skipped: CHAINON_TEST_POSTGRES_URL is not set"),
    }
    let n = AtomicU64::new(0);
    for (name, store) in &stores {
        g.bench_function(*name, |b| {
            b.to_async(&rt).iter(|| async {
                let mut a = assess_bytes(&model, "bench.xlsx", black_box(&bytes), &limits).unwrap();
                // Each round is a new file to the store (the same bytes would be recognised and stored once).
                a.source.sha256 = format!("{:064x}", n.fetch_add(1, Ordering::Relaxed));
                store.import_declaration(&a.source, &a.declaration, &a.warnings, &a.assessment, "bench").await.unwrap()
            })
        });
    }
    // The whole jobs, as a user runs them: the binary from start to exit.
    let file = format!("{}/target/intake-100k.xlsx", env!("CARGO_MANIFEST_DIR"));
    let out = dir.path().join("assess.json");
    g.bench_function("chainon_assess_json_end_to_end", |b| {
        b.iter(|| {
            let status = std::process::Command::new(env!("CARGO_BIN_EXE_chainon"))
                .args(["assess", &file, "--format", "json", "--output"])
                .arg(&out)
                .status()
                .unwrap();
            assert!(status.success());
        })
    });
    let json_bytes = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
    let runs = AtomicU64::new(0);
    g.bench_function("chainon_import_sqlite_end_to_end", |b| {
        b.iter(|| {
            let run = runs.fetch_add(1, Ordering::Relaxed);
            // The first database is kept for its size; the others are removed before the next run.
            if run > 1 {
                let _ = std::fs::remove_file(dir.path().join(format!("import-{}.sqlite3", run - 1)));
            }
            let db = dir.path().join(format!("import-{run}.sqlite3"));
            let status = std::process::Command::new(env!("CARGO_BIN_EXE_chainon"))
                .args(["import", &file, "--database"])
                .arg(format!("sqlite://{}?mode=rwc", db.display()))
                .stdout(std::process::Stdio::null())
                .status()
                .unwrap();
            assert!(status.success());
        })
    });
    // The same into a fresh PostgreSQL database each run (made and the previous one dropped outside the timing),
    // when a server is named.
    if let Ok(base) = std::env::var("CHAINON_TEST_POSTGRES_URL")
        && !base.is_empty()
    {
        let mut last: Option<String> = None;
        g.bench_function("chainon_import_postgres_end_to_end", |b| {
            b.iter_batched(
                || {
                    if let Some(url) = last.take() {
                        rt.block_on(drop_database(&base, &url));
                    }
                    let url = rt.block_on(chainon::storage::testing::fresh_postgres_database(&base)).unwrap();
                    last = Some(url.clone());
                    url
                },
                |url| {
                    let status = std::process::Command::new(env!("CARGO_BIN_EXE_chainon"))
                        .args(["import", &file, "--database", &url])
                        .stdout(std::process::Stdio::null())
                        .status()
                        .unwrap();
                    assert!(status.success());
                },
                BatchSize::PerIteration,
            )
        });
        if let Some(url) = last.take() {
            rt.block_on(drop_database(&base, &url));
        }
    }
    g.finish();
    let db_bytes = std::fs::metadata(dir.path().join("import-0.sqlite3")).map(|m| m.len()).unwrap_or(0);
    eprintln!(
        "sizes: workbook {:.1} MB, assess JSON {:.1} MB ({:.1}x), SQLite database after one import {:.1} MB ({:.1}x)",
        bytes.len() as f64 / 1e6,
        json_bytes as f64 / 1e6,
        json_bytes as f64 / bytes.len() as f64,
        db_bytes as f64 / 1e6,
        db_bytes as f64 / bytes.len() as f64,
    );
    // Python's readers of the same file, in the same run.
    match std::env::var("CHAINON_BENCH_PYTHON") {
        Ok(python) if !python.is_empty() => {
            let script = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/intake_openpyxl.py");
            match std::process::Command::new(&python).arg(script).arg(&file).status() {
                Ok(s) if s.success() => {}
                other => eprintln!(
                    "the Python comparison failed ({other:?}): are python-calamine, pandas and openpyxl installed?"
                ),
            }
        }
        _ => eprintln!("Python comparison skipped: set CHAINON_BENCH_PYTHON (see benches/intake_openpyxl.py)"),
    }
}

/// Drops the database `url` names on the server of `base` (the connections left to it closed by force).
async fn drop_database(base: &str, url: &str) {
    use sea_orm::ConnectionTrait;
    let name = url.rsplit('/').next().unwrap_or_default().split('?').next().unwrap_or_default();
    let admin = sea_orm::Database::connect(base).await.unwrap();
    admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)")).await.unwrap();
    admin.close().await.unwrap();
}

criterion_group!(benches, bench);
criterion_main!(benches);
