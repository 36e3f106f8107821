//! Entity screening at national scale: a synthetic portfolio of about 1,000,000 facilities (`chainon::synth`, the
//! graph benchmark's portfolio), every supplier, site and operator screened against a 10,000-entry list whose names
//! share the portfolio's vocabulary (and 100 of which name facilities of the portfolio, some spelled differently),
//! then one new declaration screened the way intake does it, against a stored edition (SQLite, index cached).
//!
//! `cargo bench --bench screening`; `CHAINON_BENCH_SITES` and `CHAINON_BENCH_ENTRIES` change the sizes. A plain
//! binary (harness = false): each figure is one timed run of the whole work, printed with what it covered.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::string_slice)]

use std::collections::HashSet;
use std::time::Instant;

use chainon::domain::CountryCode;
use chainon::screening::matching::{ListIndex, Party, PartyKind, parties_of};
use chainon::screening::{EditionSource, Entry, ListKind, service};
use chainon::storage::Store;
use chainon::synth::{SynthOptions, portfolio};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn env(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|s| s.parse().ok()).unwrap_or(default)
}

const WORDS: &[&str] = &[
    "Sunrise",
    "Golden",
    "Pacific",
    "Delta",
    "Lotus",
    "Evergreen",
    "Summit",
    "Harbour",
    "Jade",
    "Phoenix",
    "Silk",
    "Orient",
    "Crystal",
    "Eastern",
    "Royal",
    "Star",
    "Unity",
    "Bright",
    "Zephyr",
    "Kestrel",
    "Aksu",
    "Hotan",
];
const KINDS: &[&str] = &["Industries", "Manufacturing", "Mills", "Textiles", "Works", "Processing", "Trading", "Group"];

/// A list of `n` entries: mostly invented names in the portfolio's vocabulary, and 100 names of facilities of the
/// portfolio (a third spelled with a legal form, a third with a misspelt word).
fn list(n: usize, facilities: &[&Party]) -> Vec<Entry> {
    let mut rng = fastrand::Rng::with_seed(20);
    let countries: Vec<CountryCode> =
        ["CN", "IN", "BD", "VN", "MY", "TR", "PK"].iter().filter_map(|c| CountryCode::parse(c)).collect();
    let mut out = Vec::with_capacity(n);
    for i in 0..n.saturating_sub(100) {
        let name = format!(
            "{} {} {} {}",
            WORDS[rng.usize(..WORDS.len())],
            WORDS[rng.usize(..WORDS.len())],
            KINDS[rng.usize(..KINDS.len())],
            rng.u32(1..2_000_000)
        );
        let mut e = Entry::named(format!("e{i}"), name, i + 1);
        e.country = Some(countries[rng.usize(..countries.len())]);
        if i % 10 == 0 {
            e.aliases.push(format!("{} {} Co., Ltd.", WORDS[rng.usize(..WORDS.len())], rng.u32(1..2_000_000)));
        }
        out.push(e);
    }
    for (j, f) in facilities.iter().step_by((facilities.len() / 100).max(1)).take(100).enumerate() {
        let name = match j % 3 {
            0 => format!("{} Co., Ltd.", f.name),
            1 => f.name.replacen('a', "e", 1),
            _ => f.name.to_uppercase(),
        };
        let mut e = Entry::named(format!("f{j}"), name, out.len() + 1);
        e.country = f.country;
        out.push(e);
    }
    out
}

fn main() {
    let sites = env("CHAINON_BENCH_SITES", 1_000_000);
    let entries_n = env("CHAINON_BENCH_ENTRIES", 10_000);
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let t = Instant::now();
    let decls = portfolio(&SynthOptions { sites, ..SynthOptions::default() });
    let parties: Vec<Party> = decls.iter().flat_map(parties_of).collect();
    let facilities: HashSet<&str> =
        parties.iter().filter(|p| p.kind == PartyKind::Site).map(|p| p.key.as_str()).collect();
    eprintln!(
        "portfolio: {} declarations, {} parties ({} distinct facilities) in {:.1} s",
        decls.len(),
        parties.len(),
        facilities.len(),
        t.elapsed().as_secs_f64()
    );
    let site_parties: Vec<&Party> = parties.iter().filter(|p| p.kind == PartyKind::Site).collect();
    let entries = list(entries_n, &site_parties);
    let today = chrono::Utc::now().date_naive();

    let t = Instant::now();
    let ix = ListIndex::new(&entries, today);
    let build = t.elapsed();
    let t = Instant::now();
    let hits = ix.screen(&parties, threads);
    let screen = t.elapsed();
    let listed_found: HashSet<usize> =
        hits.iter().filter(|h| ix.entries()[h.entry].key.starts_with('f')).map(|h| h.entry).collect();
    println!(
        "screening: {} parties ({} facilities) against {} entries on {threads} threads: index {:.3} s, screen {:.2} s \
         ({:.2} µs a party); {} hits, {} of the 100 planted entries found",
        parties.len(),
        facilities.len(),
        entries.len(),
        build.as_secs_f64(),
        screen.as_secs_f64(),
        screen.as_secs_f64() * 1e6 / parties.len() as f64,
        hits.len(),
        listed_found.len()
    );
    // The planted entries no hit found, as the list writes them: each is a known true match missed.
    for (i, e) in ix.entries().iter().enumerate() {
        if e.key.starts_with('f') && !listed_found.contains(&i) {
            println!("missed planted entry {}: {:?} ({:?})", e.key, e.name, e.country.map(|c| c.as_str().to_string()));
        }
    }

    // One declaration, as intake screens it: matching only, then through storage (SQLite) with the index cached.
    let one = &decls[decls.len() / 2];
    let one_parties = parties_of(one);
    let rounds = 1000;
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..rounds {
        let mut out = Vec::new();
        for (i, p) in parties_of(one).iter().enumerate() {
            ix.match_party(p, i, &mut out);
        }
        n += out.len();
    }
    let per = t.elapsed().as_secs_f64() * 1e3 / f64::from(rounds);
    println!(
        "one declaration ({} parties), matching only: {per:.3} ms (mean of {rounds}; {} hits a round)",
        one_parties.len(),
        n / rounds as usize
    );

    let rt = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("bench.sqlite3").display());
    rt.block_on(async {
        let store = Store::connect(&url).await.unwrap();
        let model = std::sync::Arc::new(chainon::scoring::RiskModel::embedded().unwrap());
        // The list as a stored edition (a watch list: its entries as CSV).
        let mut csv = String::from("id,name,country\n");
        for e in &entries {
            csv.push_str(&format!(
                "{},\"{}\",{}\n",
                e.key,
                e.name,
                e.country.map(|c| c.as_str().to_string()).unwrap_or_default()
            ));
        }
        let source = EditionSource {
            publisher: "bench".into(),
            address: String::new(),
            licence: "none".into(),
            label: "bench".into(),
            published_on: today,
        };
        let t = Instant::now();
        let (imported, _) = service::import_edition(
            &store,
            &model,
            ListKind::Watchlist,
            &source,
            "bench.csv",
            csv.into_bytes(),
            "bench",
        )
        .await
        .unwrap();
        println!(
            "import of the {}-entry edition (parse, diff, store; no declaration stored yet): {:.2} s",
            imported.edition.entry_count,
            t.elapsed().as_secs_f64()
        );
        let mut times = Vec::new();
        for (k, d) in decls.iter().skip(decls.len() / 2).take(21).enumerate() {
            let bytes = serde_json::to_vec(&chainon::import::to_json(d)).unwrap();
            let limits = chainon::import::Limits::default();
            let a = chainon::pipeline::assess_bytes(&model, &format!("d{k}.json"), &bytes, &limits).unwrap();
            let stored =
                store.import_declaration(&a.source, &a.declaration, &a.warnings, &a.assessment, "bench").await.unwrap();
            let t = Instant::now();
            service::screen_declaration(&store, &model, stored.declaration_id, &a.declaration).await.unwrap();
            times.push(t.elapsed().as_secs_f64() * 1e3);
        }
        let first = times.remove(0);
        times.sort_by(f64::total_cmp);
        println!(
            "one new declaration screened at intake (stored edition, SQLite): first {first:.1} ms (builds the index), \
             then median {:.2} ms, max {:.2} ms over {} declarations",
            times[times.len() / 2],
            times[times.len() - 1],
            times.len()
        );
    });
}
