//! Scoring time per declaration and per site: the demo declarations as they are, and declarations grown to 100,
//! 1,000 and 10,000 sites in 5 tiers (each site supplying one of the tier below), which gives the per-site cost;
//! and reading back a stored 20,000-site assessment (`chainon synth`'s declaration): the stored document, the same
//! assessment in the API's shape (every factor written in full), and its findings alone.
//!
//! `cargo bench --bench scoring`
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::string_slice)]

use std::hint::black_box;

use chainon::domain::{Assessment, Finding};
use chainon::scoring::RiskModel;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

#[path = "common.rs"]
mod common;
use common::{demo, grown};

fn bench(c: &mut Criterion) {
    let model = RiskModel::embedded().unwrap();
    let mut per_declaration = c.benchmark_group("assess_demo_declaration");
    for name in ["atlantic-marine-w8486.json", "polar-workwear-w0113.json", "medisafe-gloves-en578.json"] {
        let d = demo(name);
        per_declaration.throughput(Throughput::Elements(d.places_of_work.len() as u64));
        per_declaration
            .bench_with_input(BenchmarkId::from_parameter(name), &d, |b, d| b.iter(|| model.assess(black_box(d))));
    }
    per_declaration.finish();

    let base = demo("polar-workwear-w0113.json");
    let mut per_site = c.benchmark_group("assess_sites");
    per_site.sample_size(20);
    for n in [100usize, 1_000, 10_000] {
        let d = grown(&base, n);
        per_site.throughput(Throughput::Elements(n as u64));
        per_site.bench_with_input(BenchmarkId::from_parameter(n), &d, |b, d| b.iter(|| model.assess(black_box(d))));
    }
    per_site.finish();

    let n = 20_000;
    let a = model.assess(&chainon::synth::declaration(n, 7));
    let stored = serde_json::to_vec(&a).unwrap();
    let api_shaped = serde_json::to_vec(&serde_json::json!({"model_version": a.model_version, "overall": a.overall,
        "sites": a.sites, "categories": a.categories, "findings": a.findings}))
    .unwrap();
    let findings = serde_json::to_vec(&a.findings).unwrap();
    let mut read = c.benchmark_group("read_stored_assessment");
    read.sample_size(10);
    read.throughput(Throughput::Elements(n as u64));
    for (name, bytes) in [("stored", &stored), ("api_shaped", &api_shaped)] {
        read.bench_with_input(BenchmarkId::from_parameter(name), bytes, |b, bytes| {
            b.iter(|| serde_json::from_slice::<Assessment>(black_box(bytes)).unwrap())
        });
    }
    read.bench_with_input(BenchmarkId::from_parameter("findings"), &findings, |b, bytes| {
        b.iter(|| serde_json::from_slice::<Vec<Finding>>(black_box(bytes)).unwrap())
    });
    read.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
