//! Peak memory of reading and scoring hostile files up to the upload limit: each file is read (and, when accepted,
//! scored) in a fresh child process, which reports its own high-water mark (`VmHWM` of `/proc/self/status`) — the
//! whole job `assess` does, measured, not timed. Exits 1 when any file's peak reaches 1 GiB.
//!
//! `cargo bench --bench intake_memory` (Linux). The files are generated into `target/intake-memory/`: cells at the far
//! corner of the grid, a sheet of the most cells the limits allow, the most shared strings, an ODS whose repeated rows
//! claim the grid, CSV with the most text, JSON with the most entries and long lists.
//!
//! Then the service itself: the largest *legal* declaration (a workbook of [`SERVICE_SITES`] sites in 5 tiers, as
//! many PlacesOfWork rows as the row limit allows) is uploaded to a running `chainon serve` (the crate's own binary,
//! on a fresh SQLite file, loopback only) by an officer's API token; the service's own high-water mark
//! (`VmHWM` of `/proc/<pid>/status`, read after the upload is stored and the national graph has taken it in) must
//! stay under 1 GiB like the rest. The upload's reading happens in the intake worker, a child process limited by
//! `setrlimit` (see ARCHITECTURE.md); what is measured here is scoring, storing and the graph in the service.
//! `--service-only` skips the hostile files; `CHAINON_BENCH_SERVICE_SITES` sets another number of sites. The service
//! runs with the configuration of the environment (`CHAINON_ISOLATION__TIMEOUT_SECS` … for a debug build).
//!
//! `--parallel 16 32` instead sends that many uploads at once to one service each (the legal workbook, or the file
//! `CHAINON_BENCH_PARALLEL_FILE` names) and reports how they were answered and the service's high-water mark: the
//! bodies waiting in the service are bounded by `isolation.max_uploads` (`web::UploadGate`), the rest answered 503.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::string_slice)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use chainon::import::{Limits, column_letters};
use chainon::pipeline::assess_bytes;
use chainon::scoring::RiskModel;

const GIB: u64 = 1024 * 1024 * 1024;

/// Sites of the legal declaration uploaded to the service: the PlacesOfWork sheet's rows (with its heading) stay
/// within `Limits::max_rows`.
const SERVICE_SITES: usize = 249_990;

#[path = "common.rs"]
mod common;

fn zip(path: &Path, parts: &[(&str, Vec<u8>)]) {
    let mut out = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    let opts = zip::write::SimpleFileOptions::default().compression_level(Some(9));
    for (name, body) in parts {
        out.start_file(*name, opts).unwrap();
        out.write_all(body).unwrap();
    }
    out.finish().unwrap();
}

/// A minimal XLSX package of named sheets, each given as its `<sheetData>` content, with shared strings.
fn xlsx(path: &Path, sheets: &[(&str, String)], shared: &str, shared_count: usize) {
    let mut parts: Vec<(&str, Vec<u8>)> = Vec::new();
    let mut types = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>"#,
    );
    let mut book = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#,
    );
    let mut rels = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>"#,
    );
    let mut sheet_parts = Vec::new();
    for (i, (name, data)) in sheets.iter().enumerate() {
        let n = i + 1;
        types.push_str(&format!(r#"<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#));
        book.push_str(&format!(r#"<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>"#));
        rels.push_str(&format!(r#"<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>"#));
        sheet_parts.push((
            format!("xl/worksheets/sheet{n}.xml"),
            format!(r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:XFD1048576"/><sheetData>{data}</sheetData></worksheet>"#),
        ));
    }
    types.push_str("</Types>");
    book.push_str("</sheets></workbook>");
    rels.push_str("</Relationships>");
    let strings = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{shared_count}" uniqueCount="{shared_count}">{shared}</sst>"#
    );
    parts.push(("[Content_Types].xml", types.into_bytes()));
    parts.push(("_rels/.rels", br#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_vec()));
    parts.push(("xl/workbook.xml", book.into_bytes()));
    parts.push(("xl/_rels/workbook.xml.rels", rels.into_bytes()));
    parts.push(("xl/sharedStrings.xml", strings.into_bytes()));
    let owned: Vec<(String, Vec<u8>)> = sheet_parts.into_iter().map(|(n, b)| (n, b.into_bytes())).collect();
    let mut all: Vec<(&str, Vec<u8>)> = parts;
    for (n, b) in &owned {
        all.push((n.as_str(), b.clone()));
    }
    zip(path, &all);
}

fn form_rows() -> String {
    let rows = [
        ("Legal name", "Memory Test Inc."),
        ("Country", "CA"),
        ("Declaration date", "2026-03-31"),
        ("Signatory name", "A"),
    ];
    rows.iter()
        .enumerate()
        .map(|(r, (k, v))| format!(r#"<row r="{0}"><c r="A{0}" t="inlineStr"><is><t>{k}</t></is></c><c r="B{0}" t="inlineStr"><is><t>{v}</t></is></c></row>"#, r + 1))
        .collect()
}

fn files(dir: &Path, limits: &Limits) -> Vec<(&'static str, PathBuf)> {
    let mut out = Vec::new();
    let attest = r#"<row r="1"><c r="A1" t="inlineStr"><is><t>Right</t></is></c><c r="B1" t="inlineStr"><is><t>Attested</t></is></c></row>"#.to_string();

    // Far cells in every sheet: the rectangle up to XFD1048576 is never built.
    let far = |sheet: &str| {
        format!(
            r#"{sheet}<row r="1048550"><c r="XFD1048550"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>"#
        )
    };
    let p = dir.join("far-cells.xlsx");
    xlsx(&p, &[("Supplier", far(&form_rows())), ("Attestations", far(&attest)), ("PlacesOfWork", far(""))], "", 0);
    out.push(("xlsx, far cells in every sheet", p));

    // The most cells the limits allow, as numbers, in PlacesOfWork.
    let cols = limits.max_cells / (limits.max_rows + 1);
    let mut data = String::new();
    for r in 1..=limits.max_rows + 1 {
        data.push_str(&format!(r#"<row r="{r}">"#));
        for c in 0..cols {
            data.push_str(&format!(r#"<c r="{}{r}"><v>{r}</v></c>"#, column_letters(c)));
        }
        data.push_str("</row>");
    }
    let p = dir.join("most-cells.xlsx");
    xlsx(&p, &[("Supplier", form_rows()), ("Attestations", attest.clone()), ("PlacesOfWork", data)], "", 0);
    out.push(("xlsx, the most filled cells a sheet may hold", p));

    // The most shared strings the check lets through.
    let n = limits.max_cells;
    let mut shared = String::with_capacity(n * 24);
    for i in 0..n {
        shared.push_str(&format!("<si><t>s{i}</t></si>"));
    }
    let p = dir.join("most-strings.xlsx");
    xlsx(
        &p,
        &[("Supplier", form_rows()), ("Attestations", attest.clone()), ("PlacesOfWork", String::new())],
        &shared,
        n,
    );
    out.push(("xlsx, the most shared strings", p));

    // ODS whose repeated rows claim the most cells the walk lets through (and one that claims the whole grid).
    let ods = |rows: &str| {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet><table:table table:name="PlacesOfWork">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
        )
    };
    for (label, rows) in [
        ("ods, repeated rows up to the cell limit", format!(r#"<table:table-row table:number-rows-repeated="{}"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="{cols}"/></table:table-row>"#, limits.max_rows)),
        ("ods, repeated rows claiming the whole grid", r#"<table:table-row table:number-rows-repeated="1048576"><table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="16384"/></table:table-row>"#.to_string()),
    ] {
        let p = dir.join(format!("{}.ods", label.len()));
        let manifest = br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
        zip(
            &p,
            &[
                ("mimetype", b"application/vnd.oasis.opendocument.spreadsheet".to_vec()),
                ("META-INF/manifest.xml", manifest.to_vec()),
                ("content.xml", ods(&rows).into_bytes()),
            ],
        );
        out.push((label, p));
    }

    // CSV with as much text as the budget allows, in cells of 100 characters.
    let mut csv = String::from("Site ID,Site name,Role,Goods,Address,City,Country\n");
    let cell = "x".repeat(100);
    while csv.len() < limits.max_text_bytes - 1024 {
        csv.push_str(&format!("{cell},{cell},{cell},{cell},{cell},{cell},{cell}\n"));
    }
    let p = dir.join("most-text.zip");
    zip(&p, &[("PlacesOfWork.csv", csv.into_bytes())]);
    out.push(("csv zip, the most text", p));

    // A CSV of one field as long as the upload limit.
    let p = dir.join("one-field.csv");
    std::fs::write(&p, format!("Site ID,Site name\nA,{}\n", "y".repeat((limits.max_file_bytes - 64) as usize)))
        .unwrap();
    out.push(("csv, one field the size of the upload limit", p));

    // JSON: entries up to the upload limit, and lists in every cell.
    let mut json = String::from(r#"{"supplier":{"legal_name":"J"},"places_of_work":["#);
    let entry = r#"{"site_id":"S","site_name":"N","role":"manufacturing","goods":"g","address":"a","city":"c","country":"CA","inputs":["a","b","c","d","e","f","g","h"]},"#;
    while (json.len() + entry.len()) < (limits.max_file_bytes as usize - 16) {
        json.push_str(entry);
    }
    json.pop();
    json.push_str("]}");
    let p = dir.join("most-entries.json");
    std::fs::write(&p, json).unwrap();
    out.push(("json, entries up to the upload limit", p));
    out.into_iter().filter(|(_, p)| std::fs::metadata(p).unwrap().len() <= limits.max_file_bytes).collect()
}

fn peak_kib() -> u64 {
    peak_kib_of("self")
}

/// `VmHWM` of a process (`self` or a pid), in KiB.
fn peak_kib_of(pid: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(i) = args.iter().position(|a| a == "--one") {
        // The child: the whole job of `assess` on one file, then its own high-water mark.
        let path = &args[i + 1];
        let bytes = std::fs::read(path).unwrap();
        let model = RiskModel::embedded().unwrap();
        let before = peak_kib();
        let outcome = match assess_bytes(&model, path, &bytes, &Limits::default()) {
            Ok(a) => format!("accepted, {} sites", a.declaration.places_of_work.len()),
            Err(issues) => format!(
                "refused: {}",
                issues.first().map_or("", |i| i.message_en.as_str()).chars().take(70).collect::<String>()
            ),
        };
        println!("{} {} {}", before, peak_kib(), outcome);
        return;
    }
    if args.iter().any(|a| a == "--list" || a == "--test") {
        return;
    }
    let limits = Limits::default();
    if let Some(i) = args.iter().position(|a| a == "--parallel") {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/intake-memory");
        std::fs::create_dir_all(&dir).unwrap();
        println!("{:<48} {:>10} {:>12}  outcome", "file", "size MiB", "peak MiB");
        let mut worst = 0;
        for n in args.iter().skip(i + 1).map_while(|a| a.parse::<usize>().ok()) {
            worst = worst.max(parallel_peak(&dir, &limits, n).saturating_mul(1024));
        }
        println!("highest peak: {:.0} MiB (limit 1024 MiB)", worst as f64 / 1048576.0);
        if worst >= GIB {
            std::process::exit(1);
        }
        return;
    }
    // Kept where `chainon assess` or an upload can read them again.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/intake-memory");
    std::fs::create_dir_all(&dir).unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut worst = 0;
    println!("{:<48} {:>10} {:>12}  outcome", "file", "size MiB", "peak MiB");
    let hostile = if args.iter().any(|a| a == "--service-only") { Vec::new() } else { files(&dir, &limits) };
    for (label, path) in hostile {
        let out = Command::new(&exe).arg("--one").arg(&path).output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        let mut parts = text.trim().splitn(3, ' ');
        let _before: u64 = parts.next().and_then(|v| v.parse().ok()).unwrap_or(0);
        let peak: u64 = parts.next().and_then(|v| v.parse().ok()).unwrap_or(u64::MAX / 1024);
        let outcome = parts.next().unwrap_or("(the child died)").to_string();
        let size = std::fs::metadata(&path).unwrap().len() as f64 / 1048576.0;
        println!("{label:<48} {size:>10.1} {:>12.0}  {outcome}", peak as f64 / 1024.0);
        if !out.status.success() {
            println!(
                "  exit status {}: {}",
                out.status,
                String::from_utf8_lossy(&out.stderr).lines().last().unwrap_or("")
            );
        }
        worst = worst.max(peak.saturating_mul(1024));
    }
    let service = service_peak(&dir, &limits);
    worst = worst.max(service.saturating_mul(1024));
    println!("highest peak: {:.0} MiB (limit 1024 MiB)", worst as f64 / 1048576.0);
    if worst >= GIB {
        std::process::exit(1);
    }
}

/// A running `chainon serve` on a fresh SQLite file, loopback only, with an officer's API token.
struct Service {
    server: std::process::Child,
    pid: String,
    base: String,
    token: String,
    _work: tempfile::TempDir,
}

impl Service {
    fn start() -> Service {
        let chainon = env!("CARGO_BIN_EXE_chainon");
        let work = tempfile::tempdir().unwrap();
        let db = format!("sqlite://{}?mode=rwc", work.path().join("service.sqlite3").display());
        let run = |args: &[&str], stdin: Option<&str>| -> String {
            let mut child = Command::new(chainon)
                .args(args)
                .args(["--database", &db])
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            if let Some(text) = stdin {
                child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
            }
            let out = child.wait_with_output().unwrap();
            assert!(out.status.success(), "chainon {args:?} failed");
            String::from_utf8_lossy(&out.stdout).into_owned()
        };
        run(
            &[
                "user",
                "add",
                "--email",
                "memory@example.org",
                "--name",
                "Memory",
                "--role",
                "officer",
                "--password-stdin",
            ],
            Some("memory-bench-password\n"),
        );
        let token = run(&["user", "token", "--email", "memory@example.org", "--name", "memory bench"], None)
            .split_whitespace()
            .find(|w| w.starts_with("chn_"))
            .unwrap()
            .to_string();
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let bind = format!("127.0.0.1:{port}");
        let server = Command::new(chainon)
            .args(["serve", "--database", &db, "--bind", &bind])
            .env("CHAINON_LOG", "warn")
            .spawn()
            .unwrap();
        let pid = server.id().to_string();
        Service { server, pid, base: format!("http://{bind}"), token, _work: work }
    }

    async fn ready(&self, client: &reqwest::Client) {
        for _ in 0..240 {
            if client.get(format!("{}/health", self.base)).send().await.is_ok() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(250)).await;
        }
    }

    /// Stops the service; its `VmHWM` in KiB.
    fn stop(mut self) -> u64 {
        let peak = peak_kib_of(&self.pid);
        let _ = self.server.kill();
        let _ = self.server.wait();
        peak
    }
}

/// The largest legal declaration: a workbook of `CHAINON_BENCH_SERVICE_SITES` (else [`SERVICE_SITES`]) sites,
/// written once into `dir`.
fn legal_workbook(dir: &Path, limits: &Limits) -> (usize, Vec<u8>) {
    use chainon::domain::Lang;
    let sites = std::env::var("CHAINON_BENCH_SERVICE_SITES").ok().and_then(|s| s.parse().ok()).unwrap_or(SERVICE_SITES);
    let path = dir.join(format!("legal-{sites}-sites.xlsx"));
    if !path.exists() {
        let d = common::grown(&common::demo("polar-workwear-w0113.json"), sites);
        std::fs::write(&path, chainon::import::write_workbook(Lang::En, &d).unwrap()).unwrap();
    }
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.len() as u64 <= limits.max_file_bytes, "the legal workbook must fit the upload limit");
    (sites, bytes)
}

/// Uploads the largest legal declaration to a running service and returns the service's `VmHWM` in KiB.
fn service_peak(dir: &Path, limits: &Limits) -> u64 {
    let (sites, bytes) = legal_workbook(dir, limits);
    let service = Service::start();
    let (base, token) = (service.base.clone(), service.token.clone());
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let outcome = rt.block_on(async {
        let client = reqwest::Client::builder().timeout(std::time::Duration::from_secs(3600)).build().unwrap();
        service.ready(&client).await;
        let before = peak_kib_of(&service.pid);
        let started = std::time::Instant::now();
        let answer = client
            .post(format!("{base}/api/v1/declarations?file_name=legal.xlsx"))
            .bearer_auth(&token)
            .body(bytes.clone())
            .send()
            .await
            .unwrap();
        let status = answer.status();
        let body = answer.text().await.unwrap_or_default();
        let upload = started.elapsed();
        // The national graph takes the new declaration in (its catch-up runs beside requests): ask for it, on a new
        // connection (after an upload of minutes, the pooled one may have been closed by the server's keep-alive).
        let fresh = reqwest::Client::builder().timeout(std::time::Duration::from_secs(3600)).build().unwrap();
        let graph = fresh.get(format!("{base}/api/v1/graph")).bearer_auth(&token).send().await.map(|r| r.status());
        (before, status, body.chars().take(120).collect::<String>(), upload, graph)
    });
    let peak = service.stop();
    let (before, status, body, upload, graph) = outcome;
    println!(
        "{:<48} {:>10.1} {:>12.0}  upload {status} in {:.1} s (service at {:.0} MiB before; graph {graph:?}): {body}",
        format!("service: legal declaration, {sites} sites"),
        bytes.len() as f64 / 1048576.0,
        peak as f64 / 1024.0,
        upload.as_secs_f64(),
        before as f64 / 1024.0,
    );
    if !status.is_success() {
        println!("  the upload was not stored");
        return u64::MAX / 1024;
    }
    peak
}

/// `--parallel N`: N uploads sent at once to one running service, each on its own connection; prints how they were
/// answered (stored, `uploads_busy` 503, refused) and returns the service's `VmHWM` in KiB. The file is the legal
/// workbook, or `CHAINON_BENCH_PARALLEL_FILE` (a file of any size up to the upload limit: what piles up in the
/// service while uploads wait is their bodies; a JSON file is sent with different trailing space each time).
fn parallel_peak(dir: &Path, limits: &Limits, n: usize) -> u64 {
    let (label, bytes) = match std::env::var("CHAINON_BENCH_PARALLEL_FILE") {
        Ok(path) => (path.clone(), std::fs::read(&path).unwrap()),
        Err(_) => {
            let (sites, bytes) = legal_workbook(dir, limits);
            (format!("legal declaration, {sites} sites"), bytes)
        }
    };
    let name = if label.ends_with(".json") { "parallel.json" } else { "parallel.xlsx" };
    let service = Service::start();
    let (base, token) = (service.base.clone(), service.token.clone());
    let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(4).enable_all().build().unwrap();
    let (statuses, elapsed) = rt.block_on(async {
        let client = reqwest::Client::builder().timeout(std::time::Duration::from_secs(3600)).build().unwrap();
        service.ready(&client).await;
        let started = std::time::Instant::now();
        let uploads = (0..n).map(|i| {
            let (base, token, mut body) = (base.clone(), token.clone(), bytes.clone());
            // Each JSON upload its own bytes (`i` spaces more at its end), so none is answered as a file received
            // already: every one admitted is read and scored.
            if name.ends_with(".json") {
                body.extend(std::iter::repeat_n(b' ', i));
            }
            tokio::spawn(async move {
                let alone = reqwest::Client::builder()
                    .pool_max_idle_per_host(0)
                    .timeout(std::time::Duration::from_secs(3600))
                    .build()
                    .unwrap();
                alone
                    .post(format!("{base}/api/v1/declarations?file_name={name}"))
                    .bearer_auth(&token)
                    .body(body)
                    .send()
                    .await
                    .map(|r| r.status().as_u16())
                    .unwrap_or(0)
            })
        });
        let statuses: Vec<u16> =
            futures_util::future::join_all(uploads).await.into_iter().map(|r| r.unwrap_or(0)).collect();
        (statuses, started.elapsed())
    });
    let peak = service.stop();
    let mut counts: std::collections::BTreeMap<u16, usize> = std::collections::BTreeMap::new();
    for s in statuses {
        *counts.entry(s).or_default() += 1;
    }
    println!(
        "{:<48} {:>10.1} {:>12.0}  {n} at once in {:.1} s, answered {counts:?} (0: no answer)",
        format!("service: {n} parallel uploads of {label}"),
        bytes.len() as f64 / 1048576.0,
        peak as f64 / 1024.0,
        elapsed.as_secs_f64(),
    );
    peak
}
