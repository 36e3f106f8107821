//! Defence in depth: the service reads uploads in a limited child process, so a reader that runs out of memory or
//! processor time, aborts or answers garbage costs one refused file — never the service, never a 500, nothing stored;
//! one the wall clock stops before it had its processor time (a busy machine) costs a 503 asking for the file again.

use chainon::import::Limits;
use chainon::isolation::IsolationSettings;
use serde_json::Value;

use crate::corpus::{bad_files, xlsx};
use crate::helpers::{Backend, TestApp, Who, demo_file, isolation, spawn_app_reading};

/// The worker memory of the running service under test, in MiB: the worker starts and reads every demo and corpus
/// file well within it (the debug binary alone maps about 55 MiB of it), and runs out reading a valid declaration of
/// a few thousand sites.
const SMALL_MEMORY_MIB: u64 = 96;

/// A valid declaration with `sites` places of work (the demo's first one, repeated under new ids).
fn large_declaration(sites: usize) -> Vec<u8> {
    let mut v: Value = serde_json::from_slice(&demo_file("cordages-nordiques-w8486.json")).unwrap();
    let first = v["places_of_work"][0].clone();
    let places = v["places_of_work"].as_array_mut().unwrap();
    for n in 0..sites {
        let mut site = first.clone();
        site["site_id"] = format!("EXTRA-{n}").into();
        site["site_name"] = format!("Entrepôt régional numéro {n} de la chaîne d'approvisionnement").into();
        site["address"] = format!("{n} boulevard du Fleuve, bâtiment {n}, porte {n}").into();
        places.push(site);
    }
    serde_json::to_vec(&v).unwrap()
}

/// A valid workbook with `sites` places of work: small as a file (compressed), large once read.
fn large_workbook(sites: u32) -> Vec<u8> {
    xlsx("", |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        for n in 0..sites {
            let (id, name) = (format!("EXTRA-{n}"), format!("Entrepôt régional numéro {n}"));
            let row = [id.as_str(), name.as_str(), "warehousing", "rope", "1 rue du Port", "Montréal", "CA", "S1"];
            ws.write_row(n + 3, 0, row).unwrap();
        }
    })
}

/// A service whose worker is `tests/api/workers/unruly` (misbehaving on files named for it, the real worker for
/// the others), with little memory, one worker at a time and a wall-clock limit of `timeout_secs`.
async fn spawn_unruly(backend: Backend, links: &tempfile::TempDir, timeout_secs: u64) -> Option<TestApp> {
    let here = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/api/workers/unruly");
    // Links, not copies: a file written and run at once can fail with "text file busy" while other tests fork.
    std::os::unix::fs::symlink(here, links.path().join("unruly")).unwrap();
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_chainon"), links.path().join("chainon")).unwrap();
    let settings = IsolationSettings {
        program: Some(links.path().join("unruly")),
        memory_mib: SMALL_MEMORY_MIB,
        timeout_secs,
        max_workers: Some(1),
        // The burst below is taken in whole and waits for the one worker.
        max_uploads: Some(6),
        ..isolation()
    };
    spawn_app_reading(backend, Limits::default(), settings).await
}

/// A 422 whose one issue says, in both languages, that the reader failed in this way and nothing was stored.
async fn assert_refused_safely(resp: reqwest::Response, file: &str, says: &str) {
    assert_eq!(resp.status(), 422, "{file}");
    let body: Value = resp.json().await.unwrap();
    let issue = &body["issues"][0];
    let en = issue["message_en"].as_str().unwrap_or_default();
    let fr = issue["message_fr"].as_str().unwrap_or_default();
    assert!(en.starts_with("The file could not be read safely") && en.contains(says), "{file}: {body}");
    assert!(en.contains("Nothing was stored") && fr.contains("Rien n'a été enregistré"), "{file}: {body}");
    assert_eq!(issue["location"], file);
}

/// A file the reader could not finish because the machine was busy: 503 `reader_busy` with `Retry-After`, saying in
/// both languages that the file is not refused and to send it again, nothing stored — from the API and the upload
/// page alike.
async fn assert_busy_not_refused(app: &TestApp, file: &str, bytes: Vec<u8>) {
    let before = app.count().await;
    let resp = app.upload(file, bytes.clone()).await;
    assert_eq!(resp.status(), 503, "{file}");
    assert_eq!(resp.headers()["retry-after"], "30", "{file}");
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["error"], "reader_busy", "{file}: {body}");
    let (en, fr) = (body["message"].as_str().unwrap(), body["message_fr"].as_str().unwrap());
    assert!(en.contains("not refused") && en.contains("nothing was stored") && en.ends_with("in 30 seconds."), "{en}");
    assert!(fr.contains("pas refusé") && fr.contains("rien n'a été enregistré") && fr.contains("de nouveau"), "{fr}");
    assert!(body.get("issues").is_none(), "a busy machine lists no issue of the file: {body}");
    let part = reqwest::multipart::Part::bytes(bytes).file_name(file.to_string());
    let form = reqwest::multipart::Form::new().part("file", part);
    let resp = app.client.post(app.url("/upload?lang=fr")).multipart(form).send().await.unwrap();
    assert_eq!(resp.status(), 503, "{file}");
    assert_eq!(resp.headers()["retry-after"], "30", "{file}");
    let page = resp.text().await.unwrap();
    assert!(page.contains("envoyez-le de nouveau dans 30") && !page.contains("pas pu être lu"), "{page}");
    assert!(page.contains("name=\"file\""), "the upload form is shown again: {page}");
    assert_eq!(app.count().await, before, "{file}: a busy machine stored something");
}

async fn a_running_service_survives_every_bad_file_and_every_failing_reader(backend: Backend) {
    let links = tempfile::tempdir().unwrap();
    // A wall clock long enough for every worker here to reach its own limits on a loaded machine.
    let Some(app) = spawn_unruly(backend, &links, 300).await else { return };
    let valid = demo_file("cordages-nordiques-w8486.json");

    // Every bad file of the corpus, and the damaged workbook that once made calamine panic: refused by the reader.
    let mut bad =
        bad_files().into_iter().map(|b| (b.kind.to_string(), b.file.to_string(), b.bytes)).collect::<Vec<_>>();
    let overflow =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/import/regressions/calamine-overflow.bin");
    bad.push(("calamine overflow".into(), "overflow.xlsx".into(), std::fs::read(overflow).unwrap()));
    for (kind, file, bytes) in bad {
        let resp = app.upload(&file, bytes).await;
        assert_eq!(resp.status(), 422, "{kind}");
        let body: Value = resp.json().await.unwrap();
        assert!(!body["issues"].as_array().unwrap().is_empty(), "{kind}: {body}");
    }

    // Valid files too large for the worker's memory: the file's bytes do not fit (the worker says so and exits), or
    // a compressed workbook's cells do not (an allocation fails and the worker aborts). Refused, either way.
    assert_refused_safely(app.upload("memory.json", large_declaration(50_000)).await, "memory.json", "out of memory")
        .await;
    assert_refused_safely(app.upload("memory.xlsx", large_workbook(60_000)).await, "memory.xlsx", "out of memory")
        .await;
    // Workers that die, use up their processor time or babble, whatever the file.
    for (file, says) in [
        ("abort.json", "stopped unexpectedly"),
        ("silent.json", "stopped unexpectedly"),
        ("garbage.json", "no usable answer"),
        ("spin.json", "out of time"),
    ] {
        assert_refused_safely(app.upload(file, valid.clone()).await, file, says).await;
    }
    // The upload page goes the same way and says so in the viewer's language.
    let part = reqwest::multipart::Part::bytes(valid.clone()).file_name("abort.json");
    let form = reqwest::multipart::Form::new().part("file", part);
    let resp = app.client.post(app.url("/upload?lang=fr")).multipart(form).send().await.unwrap();
    assert_eq!(resp.status(), 422);
    assert!(
        resp.text()
            .await
            .unwrap()
            .replace('\u{a0}', " ")
            .replace('\u{202f}', "")
            .contains("pas pu être lu en toute sécurité")
    );
    assert_eq!(app.count().await, 0, "a refused file stored something");

    // Afterwards the service answers, and a valid file is read (by the real worker) and stored.
    let health = app.client.get(app.url("/health")).send().await.unwrap();
    assert_eq!(health.status(), 200);
    assert_eq!(app.upload("cordages.json", valid).await.status(), 201);
    // A burst waits for the one worker's turn: every file answered. (Refused files: concurrent imports are the
    // store's concern, not this test's.)
    let burst = bad_files().into_iter().take(6).map(|b| app.upload(b.file, b.bytes));
    for resp in futures_util::future::join_all(burst).await {
        assert_eq!(resp.status(), 422);
    }
    assert_eq!(app.count().await, 1);
}

/// A worker the wall clock stops having had almost none of its processor time waited (here, asleep; in the field, for
/// a machine busy with other uploads): the file is not refused — 503 with `Retry-After`, by either door, nothing
/// stored — and the same file sent again is read once a worker has its time.
async fn a_worker_stopped_by_the_wall_clock_without_its_processor_time_is_a_busy_machine_not_a_refused_file(
    backend: Backend,
) {
    let links = tempfile::tempdir().unwrap();
    let Some(app) = spawn_unruly(backend, &links, 3).await else { return };
    let valid = demo_file("cordages-nordiques-w8486.json");
    assert_busy_not_refused(&app, "hang.json", valid.clone()).await;
    assert_eq!(app.client.get(app.url("/health")).send().await.unwrap().status(), 200);
    // Sent again under another name (the script sleeps on `hang…` only), it is read by the real worker: on a loaded
    // machine it may be answered busy again first, never refused.
    let mut tries = 0;
    loop {
        let resp = app.upload("cordages.json", valid.clone()).await;
        match resp.status().as_u16() {
            201 => break,
            503 => assert_eq!(resp.json::<Value>().await.unwrap()["error"], "reader_busy"),
            other => panic!("{other}: {}", resp.text().await.unwrap()),
        }
        tries += 1;
        assert!(tries < 30, "never read");
    }
    assert_eq!(app.count().await, 1);
}

mod a_worker_stopped_by_the_wall_clock_without_its_processor_time_is_a_busy_machine_not_a_refused_file {
    use super::*;

    #[tokio::test]
    async fn sqlite() {
        a_worker_stopped_by_the_wall_clock_without_its_processor_time_is_a_busy_machine_not_a_refused_file(
            Backend::Sqlite,
        )
        .await;
    }

    #[tokio::test]
    async fn postgres() {
        a_worker_stopped_by_the_wall_clock_without_its_processor_time_is_a_busy_machine_not_a_refused_file(
            Backend::Postgres,
        )
        .await;
    }
}

mod a_running_service_survives_every_bad_file_and_every_failing_reader {
    use super::*;

    #[tokio::test]
    async fn sqlite() {
        a_running_service_survives_every_bad_file_and_every_failing_reader(Backend::Sqlite).await;
    }

    #[tokio::test]
    async fn postgres() {
        a_running_service_survives_every_bad_file_and_every_failing_reader(Backend::Postgres).await;
    }
}

/// Sites of a valid workbook whose reading takes the debug worker well over a second of processor time.
const HEAVY_SITES: u32 = 40_000;

/// A valid file whose reading needs more processor time than the worker may use is refused ("ran out of time"), never
/// answered busy, whatever the load: with a wall clock of ten minutes and a CPU limit of one second, the worker is
/// stopped by its CPU limit (SIGXCPU). The service then answers and takes a file within the limit.
#[tokio::test]
async fn a_file_that_uses_up_the_worker_s_processor_time_is_refused_not_answered_busy() {
    let settings = IsolationSettings { cpu_secs: 1, timeout_secs: 600, ..isolation() };
    let app = spawn_app_reading(Backend::Sqlite, Limits::default(), settings).await.unwrap();
    let resp = app.upload("heavy.xlsx", large_workbook(HEAVY_SITES)).await;
    assert_refused_safely(resp, "heavy.xlsx", "out of time").await;
    assert_eq!(app.count().await, 0);
    assert_eq!(app.client.get(app.url("/health")).send().await.unwrap().status(), 200);
    let name = "gantex-en578.json";
    assert_eq!(app.upload(name, demo_file(name)).await.status(), 201);
}

#[tokio::test]
async fn without_isolation_uploads_are_read_in_the_service_itself() {
    let settings = IsolationSettings { enabled: false, program: Some("/nonexistent/worker".into()), ..isolation() };
    let app = spawn_app_reading(Backend::Sqlite, Limits::default(), settings).await.unwrap();
    let name = "gantex-en578.json";
    assert_eq!(app.upload(name, demo_file(name)).await.status(), 201);
}

#[tokio::test]
async fn a_worker_program_that_cannot_start_is_the_server_s_fault_not_the_file_s() {
    let settings = IsolationSettings { program: Some("/nonexistent/worker".into()), ..isolation() };
    let app = spawn_app_reading(Backend::Sqlite, Limits::default(), settings).await.unwrap();
    let name = "gantex-en578.json";
    let resp = app.upload(name, demo_file(name)).await;
    assert_eq!(resp.status(), 500);
    let body: Value = resp.json().await.unwrap();
    assert!(!body.to_string().contains("nonexistent"), "a 500 says nothing internal: {body}");
    assert_eq!(app.count().await, 0);
}

/// The length [`held_upload`] announces for its body.
const HELD_BODY: usize = 100_000;

/// An upload whose body never ends: its headers and the first byte of a declaration, the connection kept open, so
/// that the service holds the upload's place until the connection is dropped or [`finish_held`] ends the body.
pub(crate) fn held_upload(app: &TestApp) -> std::net::TcpStream {
    use std::io::Write;
    let host = app.address.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(host).unwrap();
    let head = format!(
        "POST /api/v1/declarations?file_name=held.json HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {}\r\n\
         Content-Type: application/json\r\nContent-Length: {HELD_BODY}\r\n\r\n{{",
        app.token(Who::Officer)
    );
    stream.write_all(head.as_bytes()).unwrap();
    stream.flush().unwrap();
    stream
}

/// Sends the rest of a held upload's body (spaces: `{` then spaces is not a declaration) and reads its answer's status
/// line.
fn finish_held(mut stream: std::net::TcpStream) -> String {
    use std::io::{BufRead, Write};
    stream.write_all(&vec![b' '; HELD_BODY - 1]).unwrap();
    stream.flush().unwrap();
    let mut status = String::new();
    std::io::BufReader::new(stream).read_line(&mut status).unwrap();
    status
}

async fn uploads_beyond_the_configured_number_are_refused_busy_until_one_ends(backend: Backend) {
    let settings = IsolationSettings { max_uploads: Some(1), ..isolation() };
    let Some(app) = spawn_app_reading(backend, Limits::default(), settings).await else { return };
    let file = demo_file("cordages-nordiques-w8486.json");
    let held = held_upload(&app);
    // The held upload reaches its handler (token checked, place taken) while its body waits.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;

    // The API: 503 with Retry-After and its words in both languages.
    let resp = app.upload("cordages.json", file.clone()).await;
    assert_eq!(resp.status(), 503);
    assert_eq!(resp.headers()["retry-after"], "10");
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["error"], "uploads_busy", "{body}");
    assert!(body["message"].as_str().unwrap().contains("nothing was stored"), "{body}");
    assert!(body["message_fr"].as_str().unwrap().contains("rien n'a été enregistré"), "{body}");

    // The upload page: the form again with the message in the page's language, 503 with Retry-After.
    let part = reqwest::multipart::Part::bytes(file.clone()).file_name("cordages.json");
    let form = reqwest::multipart::Form::new().part("file", part);
    let resp = app.client.post(app.url("/upload?lang=fr")).multipart(form).send().await.unwrap();
    assert_eq!(resp.status(), 503);
    assert_eq!(resp.headers()["retry-after"], "10");
    let page = resp.text().await.unwrap();
    assert!(page.contains("envoyez le fichier de nouveau dans 10"), "{page}");
    // The problem is in no place of the file: its place is empty, not the form part's name shown as code.
    assert!(
        !page.contains("<code>file</code>") && page.contains("<tr><td>Erreur</td><td></td><td></td><td>"),
        "{page}"
    );
    assert!(page.contains("name=\"file\""), "the upload form is shown again: {page}");
    assert_eq!(app.count().await, 0);

    // Once the held upload ends (its connection dropped), uploads are taken in again by both doors.
    drop(held);
    let mut resp = app.upload("cordages.json", file.clone()).await;
    for _ in 0..50 {
        if resp.status() != 503 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        resp = app.upload("cordages.json", file.clone()).await;
    }
    assert_eq!(resp.status(), 201, "{}", resp.text().await.unwrap());
    assert_eq!(app.count().await, 1);
    let part = reqwest::multipart::Part::bytes(file).file_name("cordages.json");
    let form = reqwest::multipart::Form::new().part("file", part);
    let resp = app.client.post(app.url("/upload")).multipart(form).send().await.unwrap();
    // The same file again: its first receipt, read through the page's door.
    assert_eq!(resp.status(), 200, "{}", resp.text().await.unwrap());
}

#[tokio::test]
async fn uploads_beyond_the_configured_number_are_refused_busy_until_one_ends_sqlite() {
    uploads_beyond_the_configured_number_are_refused_busy_until_one_ends(Backend::Sqlite).await;
}

#[tokio::test]
async fn uploads_beyond_the_configured_number_are_refused_busy_until_one_ends_postgres() {
    uploads_beyond_the_configured_number_are_refused_busy_until_one_ends(Backend::Postgres).await;
}

/// Spaces after a declaration's JSON in the concurrency test below: a body larger than the buffers of a loopback
/// connection, so that a refused client is still sending when its answer comes.
const PADDING: usize = 8 * 1024 * 1024;

/// Supplier `n`'s declaration, followed by [`PADDING`] spaces (still one JSON document).
fn padded(n: usize) -> Vec<u8> {
    let mut bytes = crate::reliability::one_mill(n);
    bytes.resize(bytes.len() + PADDING, b' ');
    bytes
}

/// Where an upload is sent: the API, or the upload page (as a program with a token posts its form).
#[derive(Debug, Clone, Copy)]
enum Door {
    Api,
    Page,
}

/// Sends supplier `n`'s padded declaration through `door` on a connection of its own: its status and body, or the
/// error that took the place of an answer.
async fn send_padded(app: &TestApp, door: Door, n: usize) -> Result<(u16, String), String> {
    let path = match door {
        Door::Api => "/api/v1/declarations",
        Door::Page => "/upload?lang=fr",
    };
    let part = reqwest::multipart::Part::bytes(padded(n)).file_name(format!("supplier-{n}.json"));
    let form = reqwest::multipart::Form::new().part("file", part);
    let resp = app
        .request_alone(Who::Officer, reqwest::Method::POST, path)
        .multipart(form)
        .send()
        .await
        .map_err(|e| format!("upload {n} by {door:?}: no answer: {e:?}"))?;
    let status = resp.status().as_u16();
    let busy_says = resp.headers().get("retry-after").map(|v| v.to_str().unwrap_or_default().to_string());
    let body = resp.text().await.map_err(|e| format!("upload {n} by {door:?}: the answer was cut: {e:?}"))?;
    if status == 503 {
        assert_eq!(busy_says.as_deref(), Some("10"), "upload {n} by {door:?}: 503 without Retry-After");
        match door {
            Door::Api => {
                let json: Value = serde_json::from_str(&body).unwrap();
                assert_eq!(json["error"], "uploads_busy", "{json}");
                assert!(json["message"].as_str().unwrap().contains("nothing was stored"), "{json}");
                assert!(json["message_fr"].as_str().unwrap().contains("rien n'a été enregistré"), "{json}");
            }
            Door::Page => {
                assert!(body.contains("envoyez le fichier de nouveau dans 10"), "{body}");
                assert!(body.contains("name=\"file\""), "the upload form is shown again: {body}");
            }
        }
    }
    Ok((status, body))
}

/// Sends the padded declarations of `suppliers` through `door`, all at once: each one's answer.
async fn all_at_once(app: &TestApp, door: Door, suppliers: std::ops::Range<usize>) -> Vec<(usize, u16)> {
    let sent = suppliers.map(|n| async move { (n, send_padded(app, door, n).await) });
    futures_util::future::join_all(sent)
        .await
        .into_iter()
        .map(|(n, answer)| match answer {
            Ok((status, _)) => (n, status),
            Err(e) => panic!("every upload is answered: {e}"),
        })
        .collect()
}

async fn every_upload_beyond_the_bound_is_answered_and_every_accepted_one_stored(backend: Backend) {
    const AT_ONCE: usize = 12;
    let settings = IsolationSettings { max_uploads: Some(2), ..isolation() };
    let Some(app) = spawn_app_reading(backend, Limits::default(), settings).await else { return };
    let stored = |door: Door| match door {
        Door::Api => 201,
        Door::Page => 303,
    };

    // Every place held by uploads whose bodies have not ended. A probe answered busy says both took their places (the
    // probes go one after another, and each gives its place back before it is answered); a probe taken in instead
    // may have made a held upload busy in its turn: the held uploads are then finished, and held again.
    let mut rounds = 0;
    let held = loop {
        let held = [held_upload(&app), held_upload(&app)];
        tokio::time::sleep(std::time::Duration::from_millis(50 * rounds)).await;
        if app.upload("probe.json", b"{}".to_vec()).await.status() == 503 {
            break held;
        }
        for h in held {
            finish_held(h);
        }
        rounds += 1;
        assert!(rounds < 20, "the held uploads never took their places");
    };
    for door in [Door::Api, Door::Page] {
        let answers = all_at_once(&app, door, 0..AT_ONCE).await;
        assert!(answers.iter().all(|(_, status)| *status == 503), "{door:?}: {answers:?}");
    }
    assert_eq!(app.count().await, 0);

    // The held uploads end (their bodies are not a declaration): each had its place, none was answered busy.
    for h in held {
        assert!(finish_held(h).starts_with("HTTP/1.1 422"), "a held upload had no place");
    }

    // Places free again: more uploads at once than there are places. Each is answered, stored or busy, and every
    // upload answered as stored is; those answered busy are stored when sent again.
    let mut total = 0;
    for (door, suppliers) in [(Door::Api, 0..AT_ONCE), (Door::Page, AT_ONCE..2 * AT_ONCE)] {
        let answers = all_at_once(&app, door, suppliers).await;
        let accepted = answers.iter().filter(|(_, status)| *status == stored(door)).count();
        assert!(answers.iter().all(|(_, s)| *s == stored(door) || *s == 503), "{door:?}: {answers:?}");
        total += accepted;
        assert_eq!(app.count().await, total as u64, "{door:?}: {answers:?}");
        for (n, _) in answers.into_iter().filter(|(_, status)| *status == 503) {
            let mut tries = 0;
            loop {
                let (status, body) = send_padded(&app, door, n).await.unwrap();
                if status == stored(door) {
                    break;
                }
                assert_eq!(status, 503, "{body}");
                tries += 1;
                assert!(tries < 1_000, "upload {n} by {door:?} was never taken in");
                tokio::task::yield_now().await;
            }
            total += 1;
        }
        assert_eq!(app.count().await, total as u64);
    }
    assert_eq!(total, 2 * AT_ONCE);
}

#[tokio::test]
async fn every_upload_beyond_the_bound_is_answered_and_every_accepted_one_stored_sqlite() {
    every_upload_beyond_the_bound_is_answered_and_every_accepted_one_stored(Backend::Sqlite).await;
}

#[tokio::test]
async fn every_upload_beyond_the_bound_is_answered_and_every_accepted_one_stored_postgres() {
    every_upload_beyond_the_bound_is_answered_and_every_accepted_one_stored(Backend::Postgres).await;
}

/// Sites in each workbook of the parallel upload below: thousands of rows, read by workers with the service's own
/// memory limit.
const PARALLEL_SITES: u32 = 3_000;

/// Four large valid workbooks uploaded at once (more than the workers, so some wait for one): every one is read
/// within the worker's memory limit and stored, and `/health` answers all along.
async fn four_large_valid_workbooks_at_once_are_all_stored_while_health_answers(backend: Backend) {
    let settings = IsolationSettings { max_workers: Some(2), ..isolation() };
    let Some(app) = spawn_app_reading(backend, Limits::default(), settings).await else { return };
    let uploads = (0..4).map(|k| {
        // Four different declarations (the same file twice would be one, a duplicate).
        let bytes = xlsx("", |wb| {
            let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
            for n in 0..PARALLEL_SITES {
                let (id, name) = (format!("W{k}-{n}"), format!("Entrepôt régional {k} numéro {n}"));
                let row = [id.as_str(), name.as_str(), "warehousing", "rope", "1 rue du Port", "Montréal", "CA", "S1"];
                ws.write_row(n + 3, 0, row).unwrap();
            }
        });
        let app = &app;
        async move { (k, app.upload(&format!("large-{k}.xlsx"), bytes).await) }
    });
    let done = std::sync::atomic::AtomicBool::new(false);
    let health = async {
        let mut answers = 0u32;
        while !done.load(std::sync::atomic::Ordering::Relaxed) {
            let resp = app.client.get(app.url("/health")).send().await.unwrap();
            assert_eq!(resp.status(), 200, "/health during the uploads");
            answers += 1;
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
        answers
    };
    let uploads = async {
        let answers = futures_util::future::join_all(uploads).await;
        done.store(true, std::sync::atomic::Ordering::Relaxed);
        answers
    };
    let (answers, health_answers) = tokio::join!(uploads, health);
    for (k, resp) in answers {
        let status = resp.status();
        let body: Value = resp.json().await.unwrap();
        // A worker past its memory limit would make this a 422 saying "out of memory".
        assert_eq!(status, 201, "large-{k}.xlsx: {}", body["issues"]);
        assert_eq!(body["duplicate"], false, "large-{k}.xlsx");
    }
    assert!(health_answers >= 1);
    assert_eq!(app.count().await, 4);
    let health = app.client.get(app.url("/health")).send().await.unwrap();
    assert_eq!(health.status(), 200);
}

mod four_large_valid_workbooks_at_once_are_all_stored_while_health_answers {
    use super::*;

    #[tokio::test]
    async fn sqlite() {
        four_large_valid_workbooks_at_once_are_all_stored_while_health_answers(Backend::Sqlite).await;
    }

    #[tokio::test]
    async fn postgres() {
        four_large_valid_workbooks_at_once_are_all_stored_while_health_answers(Backend::Postgres).await;
    }
}
