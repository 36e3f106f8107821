//! What a supplier is answered about a file: every warning of its intake in the API's answer, on its receipt (in
//! both languages) and on the declaration's page; and a body over its door's limit refused with 413 in the door's
//! form — also from the head alone when the client asks first (`Expect: 100-continue`), so the body is never sent.

use reqwest::Method;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::helpers::{Backend, TestApp, Who, demo_file, spawn_app, spawn_app_with};

/// The supplier's demo declaration (Cordages Nordiques) with keys the format does not take in two of its sites:
/// stored, each warned of at its JSON Pointer.
fn with_unknown_keys(extra: &str) -> Vec<u8> {
    let mut v: Value = serde_json::from_slice(&demo_file("cordages-nordiques-w8486.json")).unwrap();
    v["places_of_work"][0]["buyer_note"] = json!(12);
    v["places_of_work"][1][extra] = json!("red");
    serde_json::to_vec(&v).unwrap()
}

const FIRST: &str = "/places_of_work/0/buyer_note";

#[tokio::test]
async fn every_warning_of_an_upload_is_in_its_answer_its_receipt_and_its_page() {
    let Some(app) = spawn_app(Backend::Sqlite).await else { return };
    let second = "/places_of_work/1/colour";
    let part = reqwest::multipart::Part::bytes(with_unknown_keys("colour")).file_name("cordages.json");
    let resp = app
        .request(Who::Supplier, Method::POST, "/api/v1/declarations")
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 201);
    let body: Value = resp.json().await.unwrap();
    let warnings = body["warnings"].as_array().unwrap();
    for place in [FIRST, second] {
        let w = warnings.iter().find(|w| w["location"] == place).unwrap_or_else(|| panic!("{place}: {warnings:?}"));
        assert_eq!(w["level"], "warning", "{w}");
        assert!(w["message_en"].as_str().unwrap().contains("Unknown key"), "{w}");
        assert!(w["message_fr"].as_str().unwrap().contains("clé inconnue"), "{w}");
    }
    let id = body["id"].as_i64().unwrap();
    // Kept with the declaration: the API's declaration gives them again.
    let stored: Value = app.get_as(Who::Officer, &format!("/api/v1/declarations/{id}")).await.json().await.unwrap();
    assert_eq!(stored["warnings"].as_array().unwrap().len(), warnings.len(), "{stored}");

    // The receipt, in either language: each warning with its place and its words.
    let supplier = app.signed_in(Who::Supplier).await;
    for (lang, heading, words) in [
        ("en", "Remarks on reading the file (it was stored)", "Unknown key"),
        ("fr", "Remarques sur la lecture du fichier (il a été enregistré)", "clé inconnue"),
    ] {
        let page = supplier
            .get(app.url(&format!("/declarations/{id}/receipt?lang={lang}")))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(page.contains(heading), "{lang}: {page}");
        for place in [FIRST, second] {
            assert!(page.contains(&format!("<code>{place}</code>")), "{lang}: {place}: {page}");
        }
        assert!(page.matches(words).count() >= 2, "{lang}: {page}");
        let lead = if lang == "en" { "reading it raised 2 remarks" } else { "sa lecture a soulevé 2 remarques" };
        assert!(page.contains(lead), "{lang}: {page}");
    }
    // The officer's page of the declaration shows them too.
    let officer = app.signed_in(Who::Officer).await;
    let page = officer.get(app.url(&format!("/declarations/{id}?lang=en"))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains(&format!("<code>{FIRST}</code>")), "{page}");

    // A file without remarks: its receipt has no such section.
    let clean = demo_file("cordages-nordiques-w8486.json");
    let mut v: Value = serde_json::from_slice(&clean).unwrap();
    v["supplier"]["declaration_date"] = json!("2026-10-15");
    let part = reqwest::multipart::Part::bytes(serde_json::to_vec(&v).unwrap()).file_name("clean.json");
    let resp = app
        .request(Who::Supplier, Method::POST, "/api/v1/declarations")
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 201);
    let clean: Value = resp.json().await.unwrap();
    assert_eq!(clean["warnings"], json!([]), "{clean}");
    let page = supplier
        .get(app.url(&format!("/declarations/{}/receipt?lang=en", clean["id"])))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!page.contains("Remarks on reading the file"), "{page}");
}

#[tokio::test]
async fn the_upload_page_leads_to_a_receipt_that_shows_the_warnings() {
    let Some(app) = spawn_app(Backend::Sqlite).await else { return };
    let supplier = app.signed_in(Who::Supplier).await;
    for (lang, heading) in [("en", "Remarks on reading the file"), ("fr", "Remarques sur la lecture du fichier")] {
        let form_page = supplier.get(app.url(&format!("/upload?lang={lang}"))).send().await.unwrap();
        let csrf = crate::helpers::hidden_field(&form_page.text().await.unwrap(), "csrf").unwrap();
        // Each language sends its own file (the same file twice would be its first receipt).
        let bytes = with_unknown_keys(if lang == "en" { "colour" } else { "couleur" });
        let form = reqwest::multipart::Form::new()
            .text("csrf", csrf)
            .part("file", reqwest::multipart::Part::bytes(bytes).file_name("cordages.json"));
        let resp = supplier.post(app.url(&format!("/upload?lang={lang}"))).multipart(form).send().await.unwrap();
        assert_eq!(resp.status(), 303, "{lang}");
        let to = resp.headers()["location"].to_str().unwrap().to_string();
        assert!(to.contains("/receipt"), "{to}");
        let page = supplier.get(app.url(&to)).send().await.unwrap().text().await.unwrap();
        assert!(page.contains(heading) && page.contains(&format!("<code>{FIRST}</code>")), "{lang}: {page}");
    }
}

#[tokio::test]
async fn the_api_document_describes_each_intake_issue() {
    use utoipa::OpenApi;
    let doc = serde_json::to_value(chainon::web::ApiDoc::openapi()).unwrap();
    let schemas = &doc["components"]["schemas"];
    let issue = &schemas["IntakeIssue"];
    for field in ["location", "location_fr", "field", "field_code", "field_fr", "message_en", "message_fr", "level"] {
        assert!(issue["properties"][field].is_object(), "IntakeIssue.{field}: {issue}");
    }
    let required: Vec<&str> = issue["required"].as_array().unwrap().iter().map(|r| r.as_str().unwrap()).collect();
    for field in ["location", "message_en", "message_fr", "level"] {
        assert!(required.contains(&field), "{field} required: {required:?}");
    }
    let levels = serde_json::to_string(&schemas["IssueLevelJson"]).unwrap();
    assert!(levels.contains("\"error\"") && levels.contains("\"warning\""), "{levels}");
    for (schema, property) in [("Submitted", "warnings"), ("DeclarationDetail", "warnings"), ("ErrorBody", "issues")] {
        let items = &schemas[schema]["properties"][property]["items"];
        assert_eq!(items["$ref"], "#/components/schemas/IntakeIssue", "{schema}.{property}: {items}");
    }
    let warnings = &schemas["Submitted"]["properties"]["warnings"]["description"];
    assert!(warnings.as_str().unwrap().contains("stored all the same"), "{warnings}");
}

/// What a raw request got back: the status lines in the order they came (`100 Continue` first, when the server
/// asked for the body), the final answer's head and its body.
struct Answer {
    statuses: Vec<u16>,
    head: String,
    body: String,
}

/// Sends a request's head with `Expect: 100-continue` declaring `declared` bytes, then waits: a server that asks for
/// the body (`100 Continue`) is sent `body` (when given; otherwise the connection is left waiting and the test
/// fails on its bound), and the final answer is read to the end of its `Content-Length`.
async fn ask_first(app: &TestApp, path: &str, headers: &[(&str, &str)], declared: u64, body: Option<&[u8]>) -> Answer {
    let host = app.address.trim_start_matches("http://").to_string();
    let mut stream = tokio::net::TcpStream::connect(&host).await.unwrap();
    let mut head =
        format!("POST {path} HTTP/1.1\r\nHost: {host}\r\nExpect: 100-continue\r\nContent-Length: {declared}\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut statuses = Vec::new();
    let mut buf = Vec::new();
    let read = async {
        loop {
            // One response head at a time.
            let end = loop {
                if let Some(at) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                    break at + 4;
                }
                let mut chunk = [0u8; 8192];
                let n = stream.read(&mut chunk).await.unwrap();
                assert!(n > 0, "{path}: the connection closed before an answer");
                buf.extend_from_slice(&chunk[..n]);
            };
            let head = String::from_utf8_lossy(&buf[..end]).to_string();
            let status: u16 = head.split(' ').nth(1).unwrap().parse().unwrap();
            statuses.push(status);
            buf.drain(..end);
            if status == 100 {
                let body =
                    body.unwrap_or_else(|| panic!("{path}: asked for a body it should refuse ({declared} bytes)"));
                stream.write_all(body).await.unwrap();
                continue;
            }
            let lower = head.to_ascii_lowercase();
            let length: Option<usize> =
                lower.lines().find_map(|l| l.strip_prefix("content-length:").map(|v| v.trim().parse().unwrap()));
            let chunked = lower.contains("transfer-encoding: chunked");
            // Read to the end of the body: its length, or the last chunk of a chunked one.
            while !(length.is_some_and(|n| buf.len() >= n) || (chunked && buf.ends_with(b"0\r\n\r\n"))) {
                let mut chunk = [0u8; 8192];
                let n = stream.read(&mut chunk).await.unwrap();
                if n == 0 {
                    break;
                }
                buf.extend_from_slice(&chunk[..n]);
            }
            let body = if chunked { dechunk(&buf) } else { buf.clone() };
            return (head, String::from_utf8_lossy(&body).to_string());
        }
    };
    // A bound so that a server waiting for a body it should refuse fails the test instead of hanging it.
    let (head, body) = tokio::time::timeout(std::time::Duration::from_secs(60), read)
        .await
        .unwrap_or_else(|_| panic!("{path}: no answer from the head alone"));
    Answer { statuses, head, body }
}

/// The bytes of a chunked body (`Transfer-Encoding: chunked`).
fn dechunk(mut raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(end) = raw.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(std::str::from_utf8(&raw[..end]).unwrap().trim(), 16).unwrap();
        if size == 0 {
            break;
        }
        out.extend_from_slice(&raw[end + 2..end + 2 + size]);
        raw = &raw[end + 2 + size + 2..];
    }
    out
}

#[tokio::test]
async fn a_body_declared_over_its_door_s_limit_is_refused_from_its_head_in_the_door_s_form() {
    let limits = chainon::import::Limits {
        max_file_bytes: 8192,
        max_list_file_bytes: 4096,
        ..chainon::import::Limits::default()
    };
    let Some(app) = spawn_app_with(Backend::Sqlite, limits).await else { return };
    let bearer = format!("Bearer {}", app.token(Who::Administrator));
    let auth = ("Authorization", bearer.as_str());
    let form = ("Content-Type", "multipart/form-data; boundary=x");
    // The API: JSON naming the limit and what was sent, in both languages (a raw file by its `file_name`).
    for (path, headers, declared, limit_en, limit_fr, said) in [
        (
            "/api/v1/declarations?file_name=big.json",
            vec![auth, ("Content-Type", "application/json")],
            9000,
            "8 KiB",
            "8\u{a0}Kio",
            "“big.json”",
        ),
        ("/api/v1/declarations", vec![auth, form], 8192 + 300_000, "8 KiB", "8\u{a0}Kio", "declaration"),
        (
            "/api/v1/screening/editions?list=watchlist",
            vec![auth, ("Content-Type", "text/csv")],
            5000,
            "4 KiB",
            "4\u{a0}Kio",
            "publisher",
        ),
        ("/api/v1/contracts", vec![auth, ("Content-Type", "application/json")], 300_000, "256 KiB", "256\u{a0}Kio", ""),
        // Over the limit whatever the body is sent as.
        ("/api/v1/contracts", vec![auth, ("Content-Type", "text/plain")], 300_000, "256 KiB", "256\u{a0}Kio", ""),
        // An operation that reads no body refuses one declared over every body's limit, as its document says.
        ("/api/v1/accounts/1/disable", vec![auth], 300_000, "256 KiB", "256\u{a0}Kio", ""),
        (
            "/api/v1/accounts/1/enable",
            vec![auth, ("Content-Type", "application/json")],
            300_000,
            "256 KiB",
            "256\u{a0}Kio",
            "",
        ),
    ] {
        let answer = ask_first(&app, path, &headers, declared, None).await;
        assert_eq!(answer.statuses, [413], "{path}: {}", answer.head);
        assert!(answer.head.to_ascii_lowercase().contains("content-type: application/json"), "{path}: {}", answer.head);
        assert!(answer.head.to_ascii_lowercase().contains("connection: close"), "{path}: {}", answer.head);
        let body: Value = serde_json::from_str(&answer.body).unwrap();
        assert_eq!(body["error"], "payload_too_large", "{path}");
        let (en, fr) = (body["message"].as_str().unwrap(), body["message_fr"].as_str().unwrap());
        assert!(en.contains(limit_en) && en.contains(said), "{path}: {en}");
        assert!(fr.contains(limit_fr), "{path}: {fr}");
    }
    // The pages: the error page in the reader's language, naming the limit.
    for (path, headers, declared, says) in [
        ("/upload?lang=fr", vec![auth, form], 8192 + 300_000, "dépasse la limite de 8\u{a0}Kio"),
        ("/upload", vec![auth, form, ("Accept-Language", "fr-CA,fr;q=0.9")], 8192 + 300_000, "8\u{a0}Kio"),
        ("/upload?lang=en", vec![auth, form], 8192 + 300_000, "larger than the limit of 8 KiB"),
        ("/screening/import?lang=en", vec![auth, form], 4096 + 300_000, "4 KiB"),
        ("/login?lang=fr", vec![("Content-Type", "application/x-www-form-urlencoded")], 300_000, "256\u{a0}Kio"),
    ] {
        let answer = ask_first(&app, path, &headers, declared, None).await;
        assert_eq!(answer.statuses, [413], "{path}: {}", answer.head);
        assert!(answer.head.to_ascii_lowercase().contains("content-type: text/html"), "{path}: {}", answer.head);
        assert!(answer.body.contains("<html") && answer.body.contains(says), "{path}: {}", answer.body);
        // The header of whoever is signed in (a token here), not the signed-out one.
        let signed_in = headers.contains(&auth);
        assert_eq!(answer.body.contains("class=\"account-name\""), signed_in, "{path}: {}", answer.body);
        assert!(
            answer.head.to_ascii_lowercase().contains("x-content-type-options: nosniff"),
            "{path}: {}",
            answer.head
        );
    }
    assert_eq!(app.count().await, 0);
}

/// An address nothing answers, or a method its address does not, gets the answer routing gives (404, 405 with
/// `Allow`) whether the client asks first or sends the body at once: never the size's 413, never the sign-in page,
/// whatever length the head declares, with the header of whoever is signed in on a page.
#[tokio::test]
async fn a_request_no_route_takes_is_answered_by_routing_whether_or_not_it_asks_first() {
    let Some(app) = spawn_app_with(Backend::Sqlite, chainon::import::Limits::default()).await else { return };
    let bearer = format!("Bearer {}", app.token(Who::Officer));
    let json = ("Content-Type", "application/json");
    for (path, status, api) in [
        ("/api/v1/me", 405, true),
        ("/api/v1/declarations/1", 405, true),
        ("/api/v1/openapi.json", 405, true),
        ("/api/v1/no-such-thing", 404, true),
        ("/api", 404, true),
        ("/health", 405, true),
        ("/portfolio?lang=fr", 405, false),
        ("/declarations/1", 405, false),
        ("/no/such/page", 404, false),
    ] {
        for signed_in in [true, false] {
            let who = if signed_in { "signed in" } else { "nobody" };
            let mut headers = vec![json];
            if signed_in {
                headers.push(("Authorization", bearer.as_str()));
            }
            // Sent at once, a small body: what routing answers.
            let mut whole = app.browser().post(app.url(path)).header(json.0, json.1).body("{}");
            if signed_in {
                whole = whole.header("Authorization", &bearer);
            }
            assert_eq!(whole.send().await.unwrap().status().as_u16(), status, "{path}, {who}, sent whole");
            // Asked first, declaring 2 MB (over every body's limit): the same answer, from the head.
            let answer = ask_first(&app, path, &headers, 2_000_000, None).await;
            assert_eq!(answer.statuses, [status], "{path}, {who}: {}", answer.head);
            let head = answer.head.to_ascii_lowercase();
            if status == 405 {
                assert!(head.contains("allow: "), "{path}, {who}: {}", answer.head);
            }
            if api {
                let body: Value = serde_json::from_str(&answer.body).unwrap();
                let error = if status == 405 { "method_not_allowed" } else { "not_found" };
                assert_eq!(body["error"], error, "{path}, {who}: {body}");
            } else {
                assert!(head.contains("content-type: text/html"), "{path}, {who}: {}", answer.head);
                let header = answer.body.contains("class=\"account-name\"");
                assert_eq!(header, signed_in, "{path}, {who}: {}", answer.body);
            }
        }
    }
}

/// Who calls is answered before the size of what they send, from the head alone, as every refusal is: nobody signed
/// in, a wrong token, a role that may not upload — 401, the sign-in page, 403 — none of them told to send the body,
/// whatever size it declares; only a caller the door admits learns its limit (413) or is asked for the body.
#[tokio::test]
async fn who_calls_is_answered_from_the_head_before_the_size_of_the_body() {
    let limits = chainon::import::Limits { max_file_bytes: 8192, ..chainon::import::Limits::default() };
    let Some(app) = spawn_app_with(Backend::Sqlite, limits).await else { return };
    let auditor = format!("Bearer {}", app.token(Who::Auditor));
    let supplier = format!("Bearer {}", app.token(Who::Supplier));
    let json = ("Content-Type", "application/json");
    let form = ("Content-Type", "multipart/form-data; boundary=x");
    let path = "/api/v1/declarations?file_name=d.json";
    for (who, headers, declared, status, error) in [
        ("nobody, over the limit", vec![json], 9000, 401, "unauthorized"),
        ("nobody, within it", vec![json], 100, 401, "unauthorized"),
        ("a wrong token", vec![json, ("Authorization", "Bearer chn_not_a_token")], 9000, 401, "unauthorized"),
        ("an auditor, over the limit", vec![json, ("Authorization", auditor.as_str())], 9000, 403, "forbidden"),
        ("an auditor, within it", vec![json, ("Authorization", auditor.as_str())], 100, 403, "forbidden"),
        (
            "a supplier, over the limit",
            vec![json, ("Authorization", supplier.as_str())],
            9000,
            413,
            "payload_too_large",
        ),
        ("an auditor, a form", vec![form, ("Authorization", auditor.as_str())], 400_000, 403, "forbidden"),
    ] {
        let answer = ask_first(&app, path, &headers, declared, None).await;
        assert_eq!(answer.statuses, [status], "{who}: {}", answer.head);
        let body: Value = serde_json::from_str(&answer.body).unwrap_or_else(|e| panic!("{who}: {e}: {}", answer.body));
        assert_eq!(body["error"], error, "{who}: {body}");
    }
    // A page: nobody signed in is sent to sign in, not told the upload's limit nor asked for the file.
    let answer = ask_first(&app, "/upload?lang=fr", &[form], 400_000, None).await;
    assert_eq!(answer.statuses, [303], "{}", answer.head);
    assert!(answer.head.to_ascii_lowercase().contains("location: /login"), "{}", answer.head);
    assert_eq!(app.count().await, 0);
}

#[tokio::test]
async fn a_body_within_its_limit_is_asked_for_and_read_when_the_client_asks_first() {
    let Some(app) = spawn_app(Backend::Sqlite).await else { return };
    let bearer = format!("Bearer {}", app.token(Who::Supplier));
    let bytes = with_unknown_keys("colour");
    let answer = ask_first(
        &app,
        "/api/v1/declarations?file_name=cordages.json",
        &[("Authorization", bearer.as_str()), ("Content-Type", "application/json")],
        bytes.len() as u64,
        Some(&bytes),
    )
    .await;
    assert_eq!(answer.statuses, [100, 201], "{}", answer.head);
    let body: Value = serde_json::from_str(&answer.body).unwrap();
    assert!(body["warnings"].as_array().unwrap().iter().any(|w| w["location"] == FIRST), "{body}");
    assert_eq!(app.count().await, 1);
}

#[tokio::test]
async fn an_upload_over_the_limit_is_413_whatever_it_is_sent_as() {
    let limits = chainon::import::Limits { max_file_bytes: 1000, ..chainon::import::Limits::default() };
    let Some(app) = spawn_app_with(Backend::Sqlite, limits).await else { return };
    // JSON to the page's door, which takes only its form: refused for its size, as a page, not as a wrong form.
    let supplier = app.signed_in(Who::Supplier).await;
    let resp = supplier
        .post(app.url("/upload?lang=fr"))
        .header("content-type", "application/json")
        .body(vec![b' '; 5000])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 413);
    let page = resp.text().await.unwrap();
    assert!(page.contains("dépasse la limite"), "{page}");
    // A URL-encoded form to the API, which cannot carry a file: over the limit, its size is said first.
    let resp = app
        .request(Who::Officer, Method::POST, "/api/v1/declarations")
        .header("content-type", "application/x-www-form-urlencoded")
        .body(vec![b'x'; 5000])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 413);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["error"], "payload_too_large");
    assert_eq!(app.count().await, 0);
}
