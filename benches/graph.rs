//! The national supply graph at national scale: a synthetic portfolio of about 1,000,000 facilities and 3,000,000
//! links (`chainon::synth`), every declaration scored once by the engine (as intake does), then:
//!
//! - build: every declaration into one `SupplyGraph` (site identity, links, first full score);
//! - full re-score: every facility, upstream first;
//! - incremental: one more declaration (shared facilities included) added and its downstream re-scored;
//! - memory: resident memory the built graph holds.
//!
//! The same work is then done with networkx (`benches/graph_networkx.py`, on the same records written as CSV) in the
//! same run, when `python3` with networkx is installed. `CHAINON_BENCH_SITES` changes the size.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::string_slice)]

use std::io::Write;
use std::time::{Duration, Instant};

use chainon::graph::national::{DeclarationInput, DeclarationMeta, SupplyGraph, normalise_address, normalise_name};
use chainon::scoring::RiskModel;
use chainon::synth::{SynthOptions, portfolio};
use criterion::{Criterion, criterion_group, criterion_main};

// The allocator the service runs with (`src/main.rs`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn sites() -> usize {
    std::env::var("CHAINON_BENCH_SITES").ok().and_then(|s| s.parse().ok()).unwrap_or(1_000_000)
}

fn rss_bytes() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm.split_whitespace().nth(1).and_then(|p| p.parse().ok()).unwrap_or(0);
    pages * 4096
}

/// Every declaration of the portfolio, scored on every core, as graph inputs; the last one is held back for the
/// incremental update.
fn inputs(model: &RiskModel) -> (Vec<DeclarationInput>, DeclarationInput) {
    let t = Instant::now();
    let decls = portfolio(&SynthOptions { sites: sites(), ..SynthOptions::default() });
    eprintln!("synthesised {} declarations in {:.1} s", decls.len(), t.elapsed().as_secs_f64());
    let t = Instant::now();
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let chunk = decls.len().div_ceil(threads);
    let mut out: Vec<DeclarationInput> = std::thread::scope(|s| {
        let handles: Vec<_> = decls
            .chunks(chunk)
            .enumerate()
            .map(|(c, part)| {
                s.spawn(move || {
                    part.iter()
                        .enumerate()
                        .map(|(i, d)| {
                            let id = (c * chunk + i) as i64 + 1;
                            let meta = DeclarationMeta {
                                id,
                                supplier_id: id,
                                supplier_name: d.supplier.legal_name.clone(),
                                business_number: d.supplier.business_number.as_ref().map(|b| b.as_str().to_string()),
                                solicitation_number: d.supplier.solicitation_number.clone(),
                            };
                            DeclarationInput::new(meta, d, &model.assess(d))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    eprintln!("scored them with the engine in {:.1} s", t.elapsed().as_secs_f64());
    // The held-back declaration: a typical one (not the largest), sharing facilities with the rest.
    let last = out.iter().rposition(|d| (80..=200).contains(&d.sites.len())).unwrap_or(out.len() - 1);
    let held = out.remove(last);
    (out, held)
}

/// The records and links as CSV for the networkx run: the fields identity uses, raw (normalised by each side).
fn write_csv(dir: &std::path::Path, inputs: &[DeclarationInput], held: &DeclarationInput) {
    std::fs::create_dir_all(dir).unwrap();
    for (name, set) in [("portfolio", inputs), ("incremental", std::slice::from_ref(held))] {
        let mut sites = std::io::BufWriter::new(std::fs::File::create(dir.join(format!("{name}-sites.csv"))).unwrap());
        let mut links = std::io::BufWriter::new(std::fs::File::create(dir.join(format!("{name}-links.csv"))).unwrap());
        writeln!(sites, "declaration,site,os_id,operator_bn,country,city,name,address,fl_own,fl_input,cl_own,cl_input")
            .unwrap();
        writeln!(links, "declaration,from,to").unwrap();
        for d in set {
            for (i, r) in d.sites.iter().enumerate() {
                let q = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
                writeln!(
                    sites,
                    "{},{},{},{},{},{},{},{},{},{},{},{}",
                    d.meta.id,
                    i,
                    r.os_id.as_deref().unwrap_or(""),
                    r.operator_business_number.as_deref().unwrap_or(""),
                    r.country.as_str(),
                    q(&r.city),
                    q(&r.name),
                    q(&r.address),
                    r.bases[0].own,
                    r.bases[0].input,
                    r.bases[1].own,
                    r.bases[1].input
                )
                .unwrap();
                for t in &r.supplies_to {
                    writeln!(links, "{},{},{}", d.meta.id, i, t).unwrap();
                }
            }
        }
    }
}

fn bench(c: &mut Criterion) {
    let model = RiskModel::embedded().unwrap();
    let (inputs, held) = inputs(&model);
    let rows: usize = inputs.iter().map(|d| d.sites.len()).sum();

    // Memory and size of one built graph, kept for the re-score and incremental benchmarks.
    let before = rss_bytes();
    let t = Instant::now();
    let mut graph = SupplyGraph::new(model.tier_decay());
    graph.reserve(sites(), sites() * 3);
    graph.extend(inputs.clone());
    let first_build = t.elapsed();
    let held_rss = rss_bytes().saturating_sub(before);
    eprintln!(
        "graph: {} declarations, {rows} site rows → {} facilities, {} links; built in {:.2} s; resident memory +{} MB",
        graph.declaration_count(),
        graph.facility_count(),
        graph.link_count(),
        first_build.as_secs_f64(),
        held_rss / 1_000_000
    );
    eprintln!(
        "normalised sample: {:?} / {:?}",
        normalise_name(&held.sites[0].name),
        normalise_address(&held.sites[0].address)
    );

    let mut g = c.benchmark_group("graph");
    g.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(30));
    g.bench_function("build", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let copy = inputs.clone();
                let t = Instant::now();
                let mut fresh = SupplyGraph::new(model.tier_decay());
                fresh.reserve(sites(), sites() * 3);
                fresh.extend(copy);
                total += t.elapsed();
                drop(fresh);
            }
            total
        });
    });
    g.bench_function("full_rescore", |b| b.iter(|| graph.rescore_all()));
    g.bench_function("incremental_add_one_declaration", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let d = held.clone();
                let id = d.meta.id;
                let t = Instant::now();
                graph.add_declaration(d);
                total += t.elapsed();
                graph.remove_declaration(id);
            }
            total
        });
    });
    g.finish();

    // networkx, same records, same run.
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/graph-bench");
    write_csv(&dir, &inputs, &held);
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/benches/graph_networkx.py");
    match std::process::Command::new("python3").arg(script).arg(&dir).status() {
        Ok(s) if s.success() => {}
        Ok(s) => {
            eprintln!("networkx comparison skipped or failed ({s}): is networkx installed? (pip install networkx)")
        }
        Err(e) => eprintln!("networkx comparison skipped: python3 not found ({e})"),
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
