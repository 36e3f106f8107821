//! What a request may carry, and the refusal of what an address does not take: a query parameter it does not know
//! (named, with those it takes), a multipart form's part it does not take or given twice (named; every part read
//! whatever its order), and a body over its limit (the limit and advice for what was sent, refused on its declared
//! `Content-Length` before the body is read).

use reqwest::Method;
use serde_json::Value;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::helpers::{Backend, MAPLE, TestApp, Who, screening_bid, spawn_app, spawn_app_with};

/// The English and French messages of a JSON refusal, with its status.
async fn said(resp: reqwest::Response) -> (u16, String, String) {
    let status = resp.status().as_u16();
    let v: Value = resp.json().await.unwrap();
    (status, v["message"].as_str().unwrap_or_default().into(), v["message_fr"].as_str().unwrap_or_default().into())
}

/// A page's text with the entities the templates write put back.
async fn page_text(resp: reqwest::Response) -> (u16, String) {
    let status = resp.status().as_u16();
    let body = resp.text().await.unwrap();
    (status, body.replace("&#x27;", "'").replace("&quot;", "\"").replace("&#96;", "`").replace("&#x60;", "`"))
}

fn watchlist() -> Vec<u8> {
    std::fs::read(format!("{}/supplier_data/screening/watchlist.csv", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[tokio::test]
async fn a_query_parameter_an_address_does_not_take_is_refused_naming_it_and_those_it_takes() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    // (address, the name mistyped, a name the address takes), on the API and on pages, every kind of list.
    let api = [
        ("/api/v1/declarations?bandd=high", "bandd", "band"),
        ("/api/v1/declarations?limt=10&q=x", "limt", "limit"),
        ("/api/v1/screening/hits?limt=10", "limt", "limit"),
        ("/api/v1/screening/hits?status=open&stauts=open", "stauts", "status"),
        ("/api/v1/audit?limit=5&subjet=declaration/1", "subjet", "subject"),
        ("/api/v1/graph/sites?qq=mill", "qq", "q"),
    ];
    for (path, wrong, right) in api {
        let (status, en, fr) = said(app.get_as(Who::Auditor, path).await).await;
        assert_eq!(status, 400, "{path}: {en}");
        assert!(en.starts_with(&format!("{wrong} “")) && en.contains("this address takes no such parameter"), "{en}");
        assert!(en.contains(&format!("“{right}”")) && en.contains("“lang”"), "{path}: {en}");
        assert!(
            fr.contains("cette adresse ne prend pas ce paramètre\u{202f}; elle prend")
                && fr.contains(&format!("«\u{a0}{right}\u{a0}»"))
        );
    }
    let pages = [
        ("/?bandd=high&lang=fr", "bandd", "band"),
        ("/screening/alerts?stauts=open&lang=fr", "stauts", "status"),
        ("/audit?subjet=x&lang=fr", "subjet", "subject"),
        ("/solicitations/W0113-260009/A?bidz=1&lang=fr", "bidz", "bids"),
    ];
    for (path, wrong, right) in pages {
        let (status, page) = page_text(app.get_as(Who::Auditor, path).await).await;
        assert_eq!(status, 400, "{path}");
        assert!(
            page.contains(&format!("{wrong} «\u{a0}")) && page.contains(&format!("«\u{a0}{right}\u{a0}»")),
            "{path}: {page}"
        );
    }
    // The language is taken everywhere, and what an address takes is still taken.
    for path in ["/api/v1/declarations?lang=fr&band=high", "/api/v1/screening/hits?lang=en&limit=10", "/?lang=fr"] {
        assert_eq!(app.get_as(Who::Auditor, path).await.status(), 200, "{path}");
    }
}

#[tokio::test]
async fn a_list_file_over_its_limit_is_refused_with_a_list_file_s_advice_by_the_api_and_the_page() {
    let limits = chainon::import::Limits { max_list_file_bytes: 4096, ..chainon::import::Limits::default() };
    let app = spawn_app_with(Backend::Sqlite, limits).await.unwrap();
    let big = format!("id,name,country\n{}", "W-1,A Ltd,CA\n".repeat(600)).into_bytes();
    let resp = app
        .request_alone(Who::Administrator, Method::POST, "/api/v1/screening/editions?list=watchlist&file_name=big.csv")
        .header("content-type", "text/csv")
        .body(big.clone())
        .send()
        .await
        .unwrap();
    let (status, en, fr) = said(resp).await;
    assert_eq!(status, 413);
    assert!(en.contains("“big.csv” is larger than the limit of 4 KiB") && en.contains("the publisher's file"), "{en}");
    assert!(
        fr.contains("«\u{a0}big.csv\u{a0}» dépasse la limite de 4\u{a0}Kio") && fr.contains("le fichier de l'éditeur"),
        "{fr}"
    );
    assert!(!en.contains("declaration") && !fr.contains("déclaration"), "no declaration's advice: {en} / {fr}");
    // The page's form: the same advice, in the reader's language.
    let browser = app.signed_in(Who::Administrator).await;
    for (lang, says) in [("en", "the publisher's file"), ("fr", "le fichier de l'éditeur")] {
        let page = browser.get(app.url(&format!("/screening?lang={lang}"))).send().await.unwrap().text().await.unwrap();
        let csrf = page.split("name=\"csrf\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
        let form = reqwest::multipart::Form::new()
            .text("csrf", csrf)
            .text("list", "watchlist")
            .part("file", reqwest::multipart::Part::bytes(big.clone()).file_name("big.csv"));
        let resp =
            browser.post(app.url(&format!("/screening/import?lang={lang}"))).multipart(form).send().await.unwrap();
        let (status, page) = page_text(resp).await;
        assert_eq!(status, 413, "{lang}");
        assert!(page.contains(says) && !page.contains("dans un zip") && !page.contains("in a zip"), "{lang}: {page}");
    }
    // An attachment's refusal for the files of a case form in all, and a declaration's, each say their own advice.
    let declaration_words = chainon::web::ApiError::PayloadTooLarge {
        limit_bytes: 1024,
        file: None,
        sent: chainon::web::Sent::Declaration,
    };
    let attachments = chainon::web::ApiError::PayloadTooLarge {
        limit_bytes: 1024,
        file: None,
        sent: chainon::web::Sent::Attachments,
    };
    let (d_en, d_fr) = declaration_words.messages();
    let (a_en, a_fr) = attachments.messages();
    assert!(d_en.contains("declaration") && d_fr.contains("déclaration") && !d_en.contains("publisher"), "{d_en}");
    assert!(a_en.contains("Attach fewer or smaller files") && a_fr.contains("Joignez"), "{a_en}");
    assert!(!a_en.contains("declaration") && !a_fr.contains("déclaration"), "{a_en}");
    assert!(app.store.latest_screening_editions().await.unwrap().is_empty(), "nothing stored");
}

/// Sends a request's head declaring `declared` bytes of body (far past the limit and its margin) and none of them,
/// and reads the answer's status line. A server that waited for the body would never answer: the answer must come
/// from the head alone.
async fn status_from_head_alone(app: &TestApp, path: &str, content_type: &str, declared: u64) -> String {
    let host = app.address.trim_start_matches("http://").to_string();
    let mut stream = tokio::net::TcpStream::connect(&host).await.unwrap();
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {}\r\nContent-Type: {content_type}\r\n\
         Content-Length: {declared}\r\n\r\n",
        app.token(Who::Administrator)
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    let mut buf = [0u8; 4096];
    let read = async {
        while !answer.windows(4).any(|w| w == b"\r\n\r\n") {
            let n = stream.read(&mut buf).await.unwrap();
            if n == 0 {
                break;
            }
            answer.extend_from_slice(&buf[..n]);
        }
    };
    // Not a measure of speed: a bound so that a server waiting for the body fails the test instead of hanging it.
    let answered = tokio::time::timeout(std::time::Duration::from_secs(60), read).await;
    assert!(answered.is_ok(), "{path}: no answer before the body was sent");
    String::from_utf8_lossy(&answer).lines().next().unwrap_or_default().to_string()
}

#[tokio::test]
async fn a_body_declared_over_its_limit_is_refused_before_it_is_read() {
    let limits = chainon::import::Limits {
        max_list_file_bytes: 4096,
        max_file_bytes: 8192,
        ..chainon::import::Limits::default()
    };
    let app = spawn_app_with(Backend::Sqlite, limits).await.unwrap();
    for (path, content_type, declared) in [
        ("/api/v1/screening/editions?list=watchlist", "text/csv", 10_000_000),
        ("/api/v1/screening/editions", "multipart/form-data; boundary=x", 10_000_000),
        ("/api/v1/declarations?file_name=d.json", "application/json", 10_000_000),
        ("/api/v1/declarations", "multipart/form-data; boundary=x", 10_000_000),
    ] {
        let line = status_from_head_alone(&app, path, content_type, declared).await;
        assert!(line.contains(" 413 "), "{path} ({content_type}, {declared} bytes declared): {line}");
    }
}

/// The import API with a multipart form of these parts, in this order (`file` is the watch list).
async fn import_form(app: &TestApp, parts: &[(&str, &str)]) -> reqwest::Response {
    let mut form = reqwest::multipart::Form::new();
    for (name, value) in parts {
        form = if *name == "file" {
            form.part("file", reqwest::multipart::Part::bytes(watchlist()).file_name("watch.csv"))
        } else {
            form.text(name.to_string(), value.to_string())
        };
    }
    app.request_alone(Who::Administrator, Method::POST, "/api/v1/screening/editions")
        .multipart(form)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_multipart_form_is_read_whatever_the_order_of_its_parts_and_a_part_not_taken_or_given_twice_is_refused() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    // The list and its label after the file: taken.
    let resp = import_form(&app, &[("file", ""), ("list", "watchlist"), ("label", "after the file")]).await;
    let status = resp.status().as_u16();
    let body: Value = resp.json().await.unwrap();
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["edition"]["list"], "watchlist", "{body}");
    assert_eq!(body["edition"]["source"]["label"], "after the file", "{body}");

    // A part the form does not take, before or after the file; one given twice.
    for (parts, named, twice) in [
        (vec![("file", ""), ("list", "watchlist"), ("lisst", "uflpa")], "lisst", false),
        (vec![("lisst", "uflpa"), ("list", "watchlist"), ("file", "")], "lisst", false),
        (vec![("list", "watchlist"), ("file", ""), ("list", "uflpa")], "list", true),
    ] {
        let (status, en, fr) = said(import_form(&app, &parts).await).await;
        assert_eq!(status, 400, "{parts:?}: {en}");
        assert!(
            en.contains(&format!("the part “{named}”")) && fr.contains(&format!("la partie «\u{a0}{named}\u{a0}»")),
            "{en}"
        );
        if twice {
            assert!(en.contains("twice") && fr.contains("deux fois"), "{en}");
        } else {
            assert!(en.contains("which it does not take") && en.contains("“publisher”"), "{en}");
        }
    }
    // The source in the query and in the form: which one was meant cannot be known.
    let form = reqwest::multipart::Form::new()
        .part("file", reqwest::multipart::Part::bytes(watchlist()).file_name("watch.csv"))
        .text("label", "in the form");
    let resp = app
        .request_alone(Who::Administrator, Method::POST, "/api/v1/screening/editions?list=watchlist")
        .multipart(form)
        .send()
        .await
        .unwrap();
    let (status, en, _) = said(resp).await;
    assert_eq!(status, 400, "{en}");
    assert!(en.contains("“label”"), "{en}");

    // A declaration: a part after its file is not left aside.
    let form = reqwest::multipart::Form::new()
        .part("file", reqwest::multipart::Part::bytes(screening_bid(MAPLE, "2026-10-01", &[])).file_name("d.json"))
        .text("solicitation", "W0113-260009");
    let resp =
        app.request_alone(Who::Officer, Method::POST, "/api/v1/declarations").multipart(form).send().await.unwrap();
    let (status, en, fr) = said(resp).await;
    assert_eq!(status, 400, "{en}");
    assert!(en.contains("the part “solicitation”") && fr.contains("la partie «\u{a0}solicitation\u{a0}»"), "{en}");

    // The lists page's form, its fields after the file: imported.
    let browser = app.signed_in(Who::Administrator).await;
    let page = browser.get(app.url("/screening?lang=en")).send().await.unwrap().text().await.unwrap();
    let csrf = page.split("name=\"csrf\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let form = reqwest::multipart::Form::new()
        .part(
            "file",
            reqwest::multipart::Part::bytes(b"id,name,country\nW-9,Fictional Late Co,CA\n".to_vec()).file_name("w.csv"),
        )
        .text("list", "watchlist")
        .text("csrf", csrf);
    let resp = browser.post(app.url("/screening/import?lang=en")).multipart(form).send().await.unwrap();
    assert_eq!(resp.status(), 303, "{}", resp.text().await.unwrap());
}
