//! Scoring time per declaration and per site: the demo declarations as they are, and declarations grown to 100,
//! 1,000 and 10,000 sites in 5 tiers (each site supplying one of the tier below), which gives the per-site cost.
//!
//! `cargo bench --bench scoring`
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::hint::black_box;

use chainon::domain::{Declaration, PlaceOfWork, SiteId};
use chainon::import::{Limits, read_declaration};
use chainon::scoring::RiskModel;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn demo(name: &str) -> Declaration {
    let path = format!("{}/supplier_data/demo/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap();
    read_declaration(name, &bytes, &Limits::default()).unwrap().declaration
}

/// A declaration of `n` sites in 5 tiers, made of the demo's sites (goods, countries, roles) with new ids.
fn grown(base: &Declaration, n: usize) -> Declaration {
    let mut d = base.clone();
    let templates: Vec<PlaceOfWork> = base.places_of_work.clone();
    let per_tier = n.div_ceil(5);
    d.places_of_work = (0..n)
        .map(|i| {
            let mut s = templates[i % templates.len()].clone();
            let tier = i / per_tier;
            s.site_id = SiteId::parse(&format!("S{i:06}")).unwrap();
            s.supplies_to = if tier == 0 {
                Vec::new()
            } else {
                // A site of the tier below, spread evenly.
                let below = (tier - 1) * per_tier + (i % per_tier);
                vec![SiteId::parse(&format!("S{below:06}")).unwrap()]
            };
            s
        })
        .collect();
    d
}

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
}

criterion_group!(benches, bench);
criterion_main!(benches);
