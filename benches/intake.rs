//! Intake throughput on a 100,000-site declaration workbook (XLSX, written by the crate's own workbook writer):
//! calamine's bare read of every sheet (the floor), the crate's parse (read + every rule + every issue), and parse +
//! score + store in one transaction, into a fresh SQLite file and — when `CHAINON_TEST_POSTGRES_URL` names a server
//! (`postgres://postgres@127.0.0.1:5432/test`) — into a fresh PostgreSQL database, in the same run.
//!
//! `CHAINON_TEST_POSTGRES_URL=… cargo bench --bench intake`; the workbook is kept at `target/intake-100k.xlsx` so that
//! `python3 benches/intake_openpyxl.py target/intake-100k.xlsx` can read the same file with pandas and openpyxl.
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
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

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
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
