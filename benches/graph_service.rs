//! The national graph service as a user meets it: `chainon serve` restarted on a stored national portfolio, driven
//! over HTTP on loopback.
//!
//! - **first `/api/v1/graph`**: seconds from the service's start (its process launched) to the first answer of the
//!   graph's summary, asked as soon as `/health` answers — the graph is built on a blocking thread meanwhile;
//! - **`/health` while the graph is built**: latency of `/health` asked every 20 ms from the first answer until the
//!   graph answered (p50, p99, max), to show the build holds no async worker;
//! - the service's resident memory once the graph is built.
//!
//! Each restart is measured twice: with the graph built from storage (no snapshot file), and with the graph taken
//! from its snapshot file (`graph_snapshot`, written once before the runs by a service that built the graph).
//!
//! The portfolio (`chainon synth --sites N`, then `chainon import`, into an SQLite file under
//! `target/graph-service-bench/`) is made once and reused by later runs; `CHAINON_BENCH_FACILITIES` sets N
//! (default 1,000,000; making that portfolio takes several minutes the first time). Run:
//! `cargo bench --bench graph_service` (3 restarts; `CHAINON_BENCH_RUNS` changes it).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::string_slice)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|s| s.parse().ok()).unwrap_or(default)
}

fn chainon() -> Command {
    Command::new(env!("CARGO_BIN_EXE_chainon"))
}

fn run(cmd: &mut Command, what: &str) -> String {
    let out = cmd.stderr(Stdio::inherit()).output().unwrap_or_else(|e| panic!("{what}: {e}"));
    assert!(out.status.success(), "{what} failed: {}", out.status);
    String::from_utf8(out.stdout).unwrap()
}

/// The stored portfolio and an officer's API token for it (made once).
fn portfolio(dir: &Path, facilities: usize) -> (String, String) {
    std::fs::create_dir_all(dir).unwrap();
    let db = dir.join(format!("portfolio-{facilities}.sqlite"));
    let url = format!("sqlite://{}?mode=rwc", db.display());
    let token_file = dir.join(format!("portfolio-{facilities}.token"));
    if let Ok(token) = std::fs::read_to_string(&token_file) {
        return (url, token.trim().to_string());
    }
    let _ = std::fs::remove_file(&db);
    let jsonl = dir.join(format!("portfolio-{facilities}.jsonl"));
    let t = Instant::now();
    run(chainon().args(["synth", "--sites", &facilities.to_string(), "--output"]).arg(&jsonl), "chainon synth");
    run(chainon().arg("import").arg(&jsonl).env("CHAINON_DATABASE_URL", &url), "chainon import");
    eprintln!("portfolio of {facilities} facilities made and stored in {:.0} s", t.elapsed().as_secs_f64());
    let _ = std::fs::remove_file(&jsonl);
    run(
        chainon()
            .args(["user", "add", "--email", "bench@example.gc.ca", "--name", "Bench Officer", "--role", "officer"])
            .env("CHAINON_DATABASE_URL", &url)
            .env("CHAINON_PASSWORD", "bench-officer-password-2026"),
        "chainon user add",
    );
    let token = run(
        chainon()
            .args(["user", "token", "--email", "bench@example.gc.ca", "--name", "graph service bench"])
            .env("CHAINON_DATABASE_URL", &url),
        "chainon user token",
    );
    let token = token.lines().rev().find(|l| !l.trim().is_empty()).unwrap().trim().to_string();
    std::fs::write(&token_file, &token).unwrap();
    (url, token)
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn rss_mib(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kib: f64 = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0.0);
    kib / 1024.0
}

/// `chainon serve` on the portfolio at a free port, keeping its graph in `snapshot` (none when `None`).
fn serve(url: &str, snapshot: Option<&Path>) -> (u16, std::process::Child) {
    let port = free_port();
    let child = chainon()
        .arg("serve")
        .env("CHAINON_DATABASE_URL", url)
        .env("CHAINON_BIND", format!("127.0.0.1:{port}"))
        .env("CHAINON_GRAPH_SNAPSHOT", snapshot.map(Path::as_os_str).unwrap_or_default())
        .env("CHAINON_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    (port, child)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --benches` runs this with no such flag: nothing to do then.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let facilities = env_or("CHAINON_BENCH_FACILITIES", 1_000_000);
    let runs = env_or("CHAINON_BENCH_RUNS", 3);
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/graph-service-bench");
    let (url, token) = portfolio(&dir, facilities);
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let client = reqwest::Client::builder().timeout(Duration::from_secs(120)).build().unwrap();
    println!("graph service, {facilities} facilities, {runs} restarts (chainon serve, SQLite, loopback)");
    let snapshot = dir.join(format!("portfolio-{facilities}.graph"));
    // A snapshot of this binary's graph: a service that builds the graph writes it in the background.
    let _ = std::fs::remove_file(&snapshot);
    let (port, mut child) = serve(&url, Some(&snapshot));
    rt.block_on(async {
        let base = format!("http://127.0.0.1:{port}");
        while !client
            .get(format!("{base}/api/v1/graph"))
            .bearer_auth(&token)
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        while !snapshot.exists() {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    });
    let _ = child.kill();
    let _ = child.wait();
    for (run_no, from_snapshot) in (1..=runs).flat_map(|r| [(r, false), (r, true)]) {
        let started = Instant::now();
        let (port, mut child) = serve(&url, from_snapshot.then_some(snapshot.as_path()));
        let base = format!("http://127.0.0.1:{port}");
        let (first_health, graph_at, health, answered) = rt.block_on(async {
            // Up: the first /health answer.
            let first_health = loop {
                if client.get(format!("{base}/health")).send().await.is_ok_and(|r| r.status().is_success()) {
                    break started.elapsed();
                }
                tokio::time::sleep(Duration::from_millis(10)).await;
            };
            // The graph asked at once, /health every 20 ms until it answers.
            let graph = {
                let (client, base, token) = (client.clone(), base.clone(), token.clone());
                tokio::spawn(async move {
                    let r = client.get(format!("{base}/api/v1/graph")).bearer_auth(&token).send().await.unwrap();
                    let status = r.status();
                    let body: serde_json::Value = r.json().await.unwrap_or_default();
                    (started.elapsed(), status, body)
                })
            };
            let mut health = Vec::new();
            while !graph.is_finished() {
                let t = Instant::now();
                let ok = client.get(format!("{base}/health")).send().await.is_ok_and(|r| r.status().is_success());
                assert!(ok, "/health failed while the graph was built");
                health.push(t.elapsed());
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            let (graph_at, status, body) = graph.await.unwrap();
            assert!(status.is_success(), "/api/v1/graph answered {status}: {body}");
            (first_health, graph_at, health, body)
        });
        let rss = rss_mib(child.id());
        let _ = child.kill();
        let _ = child.wait();
        let mut sorted = health.clone();
        sorted.sort();
        println!(
            "run {run_no}, {}: up in {:.2} s; first /api/v1/graph at {:.2} s ({} facilities, {} declarations); \
             /health during the build: {} asked, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms; RSS {:.0} MiB",
            if from_snapshot { "graph from its snapshot" } else { "graph built from storage" },
            first_health.as_secs_f64(),
            graph_at.as_secs_f64(),
            answered["facilities"],
            answered["declarations"],
            health.len(),
            ms(percentile(&sorted, 0.5)),
            ms(percentile(&sorted, 0.99)),
            ms(sorted.last().copied().unwrap_or_default()),
            rss,
        );
    }
}
