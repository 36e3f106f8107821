//! The declarations and solicitations API, on both backends.

use serde_json::Value;

use crate::helpers::{TestApp, Who, demo_file, demo_files};
use crate::on_both_backends;

async fn json(resp: reqwest::Response) -> Value {
    resp.json::<Value>().await.unwrap()
}

/// The first demo file that bids on a solicitation.
fn a_bid() -> (String, Vec<u8>) {
    for name in demo_files() {
        let bytes = demo_file(&name);
        if name.ends_with(".json") {
            let v: Value = serde_json::from_slice(&bytes).unwrap();
            if v["supplier"]["solicitation_number"].is_string() {
                return (name, bytes);
            }
        }
    }
    panic!("no demo JSON declaration with a solicitation number");
}

async fn upload_all(app: &TestApp) -> usize {
    let mut stored = 0;
    for name in demo_files() {
        let resp = app.upload(&name, demo_file(&name)).await;
        assert!(resp.status().is_success(), "{name}: {}", resp.text().await.unwrap());
        stored += 1;
    }
    stored
}

on_both_backends!(health_reports_the_database_and_the_model, |app: TestApp| async move {
    let resp = app.client.get(app.url("/health")).send().await.unwrap();
    assert_eq!(resp.status(), 200);
    let body = json(resp).await;
    assert_eq!(body["status"], "ok");
    assert!(body["model_version"].as_str().is_some_and(|v| !v.is_empty()));
    assert!(matches!(body["database"].as_str(), Some("sqlite" | "postgres")));
});

on_both_backends!(an_accepted_declaration_is_stored_scored_and_readable, |app: TestApp| async move {
    let (name, bytes) = a_bid();
    let resp = app.upload(&name, bytes).await;
    assert_eq!(resp.status(), 201);
    let location = resp.headers()["location"].to_str().unwrap().to_string();
    let body = json(resp).await;
    let id = body["id"].as_i64().unwrap();
    assert_eq!(location, format!("/api/v1/declarations/{id}"));
    assert_eq!(body["duplicate"], false);
    // The answer's size does not grow with the declaration's: the assessment in brief, the whole at its `href`.
    assert!(body.get("assessment").is_none(), "{body}");
    let brief = &body["assessment_summary"];
    for kind in ["forced_labour", "child_labour"] {
        let score = brief[kind]["score"].as_f64().unwrap();
        assert!((0.0..=100.0).contains(&score));
        assert!(matches!(brief[kind]["band"].as_str(), Some("low" | "medium" | "high" | "critical")));
    }
    assert_eq!(brief["href"], format!("{location}/assessment"));
    assert_eq!(app.count().await, 1);

    let stored = json(app.client.get(app.url(&location)).send().await.unwrap()).await;
    let original: Value = serde_json::from_slice(&demo_file(&name)).unwrap();
    assert_eq!(stored["declaration"]["supplier"]["legal_name"], original["supplier"]["legal_name"]);
    assert_eq!(
        stored["declaration"]["places_of_work"].as_array().unwrap().len(),
        original["places_of_work"].as_array().unwrap().len()
    );
    let assessment = json(app.client.get(app.url(&format!("{location}/assessment"))).send().await.unwrap()).await;
    assert_eq!(assessment["assessment"]["model_version"], brief["model_version"]);
    let sites = assessment["assessment"]["sites"].as_array().unwrap();
    assert_eq!(brief["sites"].as_u64(), Some(sites.len() as u64));
    for kind in ["forced_labour", "child_labour"] {
        assert_eq!(brief[kind]["score"], assessment["assessment"]["overall"][kind]["score"]);
    }
    // `?include=assessment` answers the whole, as `GET …/assessment` gives it (the same file again: 200, a duplicate).
    let part = reqwest::multipart::Part::bytes(demo_file(&name)).file_name(name.clone());
    let whole: Value = app
        .request(Who::Officer, reqwest::Method::POST, "/api/v1/declarations?include=assessment")
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(whole["duplicate"], true);
    assert_eq!(whole["assessment"]["overall"], assessment["assessment"]["overall"]);
    assert!(!sites.is_empty());
    assert!(sites.iter().all(|s| s["tier"].is_number() || s["tier"].is_null()));
    assert!(sites.iter().any(|s| s["forced_labour"]["factors"].as_array().is_some_and(|f| !f.is_empty())));

    let list = json(app.client.get(app.url("/api/v1/declarations")).send().await.unwrap()).await;
    assert_eq!(list["declarations"].as_array().unwrap().len(), 1);
    assert_eq!(list["declarations"][0]["id"], id);
});

on_both_backends!(an_identical_file_is_recognised_and_stored_once, |app: TestApp| async move {
    let (name, bytes) = a_bid();
    let first = json(app.upload(&name, bytes.clone()).await).await;
    let resp = app.upload("renamed.json", bytes).await;
    assert_eq!(resp.status(), 200);
    let second = json(resp).await;
    assert_eq!(second["duplicate"], true);
    assert_eq!(second["id"], first["id"]);
    assert_eq!(app.count().await, 1);
});

on_both_backends!(a_refused_file_stores_nothing_and_names_every_place, |app: TestApp| async move {
    let (_, bytes) = a_bid();
    let mut v: Value = serde_json::from_slice(&bytes).unwrap();
    v["places_of_work"][0]["country"] = "Atlantis".into();
    v["places_of_work"][0]["supplies_to"] = serde_json::json!(["NO-SUCH-SITE"]);
    v["supplier"]["declaration_date"] = "31/13/2026".into();
    let resp = app.upload("bad.json", serde_json::to_vec(&v).unwrap()).await;
    assert_eq!(resp.status(), 422);
    let body = json(resp).await;
    assert_eq!(body["error"], "declaration_rejected");
    let issues = body["issues"].as_array().unwrap();
    assert!(issues.len() >= 3, "every error at once: {issues:?}");
    for i in issues {
        assert!(!i["location"].as_str().unwrap().is_empty());
        assert!(!i["message_en"].as_str().unwrap().is_empty());
        assert!(!i["message_fr"].as_str().unwrap().is_empty());
    }
    assert!(issues.iter().any(|i| i["location"].as_str().unwrap().starts_with("/places_of_work/0/")));
    assert!(body["message_fr"].as_str().unwrap().contains("Rien n'a été enregistré"));
    assert_eq!(app.count().await, 0);
});

on_both_backends!(a_raw_json_body_is_accepted_like_a_form, |app: TestApp| async move {
    let (_, bytes) = a_bid();
    let resp = app
        .client
        .post(app.url("/api/v1/declarations"))
        .header("content-type", "application/json")
        .body(bytes)
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 201);
    assert_eq!(app.count().await, 1);
});

on_both_backends!(solicitations_list_their_current_bids_with_assessments, |app: TestApp| async move {
    let n = upload_all(&app).await;
    assert_eq!(app.count().await as usize, n);
    let list = json(app.client.get(app.url("/api/v1/solicitations")).send().await.unwrap()).await;
    let sols = list["solicitations"].as_array().unwrap();
    assert!(sols.len() >= 3, "{sols:?}");
    let number = sols[0]["number"].as_str().unwrap();
    let bids = json(app.client.get(app.url(&format!("/api/v1/solicitations/{number}"))).send().await.unwrap()).await;
    assert_eq!(bids["number"], number);
    let bids = bids["bids"].as_array().unwrap();
    assert_eq!(bids.len() as u64, sols[0]["bid_count"].as_u64().unwrap());
    // Summaries by default, ranked as the page ranks them: no explanation document, its path instead.
    assert!(bids.iter().all(|b| b.get("assessment").is_none()), "{bids:?}");
    assert!(bids.iter().all(|b| b["declaration"]["forced_labour_band"].is_string() && b["non_responsive"] == false));
    let ranks: Vec<u64> = bids.iter().map(|b| b["rank"].as_u64().unwrap()).collect();
    assert!(ranks.first() == Some(&1) && ranks.windows(2).all(|w| w[0] <= w[1]), "{ranks:?}");
    for b in bids {
        let href = b["assessment_href"].as_str().unwrap();
        assert_eq!(href, format!("/api/v1/declarations/{}/assessment", b["declaration"]["id"]));
        assert_eq!(app.client.get(app.url(href)).send().await.unwrap().status(), 200);
        let categories = b["categories"].as_array().unwrap();
        assert!(!categories.is_empty(), "{b}");
        assert!(categories.iter().all(|c| c["name_fr"].is_string() && c["forced_labour_score"].is_f64()), "{b}");
    }
    let whole = json(
        app.client.get(app.url(&format!("/api/v1/solicitations/{number}?include=assessments"))).send().await.unwrap(),
    )
    .await;
    let whole = whole["bids"].as_array().unwrap();
    assert!(whole.iter().all(|b| b["assessment"]["overall"]["forced_labour"]["band"].is_string()));
    let ids = |bs: &[Value]| bs.iter().map(|b| b["declaration"]["id"].as_i64().unwrap()).collect::<Vec<_>>();
    assert_eq!(ids(whole), ids(bids), "the same order");
    for bad in ["include=everything", "include=assessment", "limit=5"] {
        let resp = app.client.get(app.url(&format!("/api/v1/solicitations/{number}?{bad}"))).send().await.unwrap();
        assert_eq!(resp.status(), 400, "{bad}");
    }
    let missing = app.client.get(app.url("/api/v1/solicitations/NOPE-000")).send().await.unwrap();
    assert_eq!(missing.status(), 404);
});

on_both_backends!(a_solicitation_number_in_any_case_of_letters_is_one_solicitation, |app: TestApp| async move {
    let (name, bytes) = a_bid();
    let mut other: Value = serde_json::from_slice(&bytes).unwrap();
    let number = other["supplier"]["solicitation_number"].as_str().unwrap().to_string();
    assert_eq!(app.upload(&name, bytes).await.status(), 201);
    // Another supplier bids on the same solicitation, its number typed in lower case between spaces.
    other["supplier"]["legal_name"] = "Other Bidder Inc.".into();
    other["supplier"]["business_number"] = "123456782".into();
    other["supplier"]["solicitation_number"] = format!("  {} ", number.to_lowercase()).into();
    let resp = app.upload("other.json", serde_json::to_vec(&other).unwrap()).await;
    assert_eq!(resp.status(), 201, "{}", resp.text().await.unwrap());
    let list = json(app.client.get(app.url("/api/v1/solicitations")).send().await.unwrap()).await;
    let numbers: Vec<&str> =
        list["solicitations"].as_array().unwrap().iter().map(|s| s["number"].as_str().unwrap()).collect();
    assert_eq!(numbers, [number.as_str()], "one solicitation");
    for asked in [number.clone(), number.to_lowercase()] {
        let bids = json(app.client.get(app.url(&format!("/api/v1/solicitations/{asked}"))).send().await.unwrap()).await;
        assert_eq!(bids["number"], number.as_str(), "{asked}");
        assert_eq!(bids["bids"].as_array().unwrap().len(), 2, "{asked}");
    }
});

#[tokio::test]
async fn an_oversized_upload_is_refused_with_413_and_stores_nothing() {
    let limits = chainon::import::Limits { max_file_bytes: 1000, ..Default::default() };
    let app = crate::helpers::spawn_app_with(crate::helpers::Backend::Sqlite, limits).await.unwrap();
    let (name, bytes) = a_bid();
    assert!(bytes.len() > 1000);
    let resp = app.upload(&name, bytes).await;
    assert_eq!(resp.status(), 413);
    let body = json(resp).await;
    assert_eq!(body["error"], "payload_too_large");
    assert_eq!(app.count().await, 0);
}

/// Posts `files` (name, bytes) to the upload page in `lang` as `browser`, with the page's form token first.
async fn page_upload(
    app: &TestApp,
    browser: &reqwest::Client,
    lang: &str,
    files: &[(&str, &[u8])],
) -> reqwest::Response {
    let page = browser.get(app.url(&format!("/upload?lang={lang}"))).send().await.unwrap();
    let csrf = crate::helpers::hidden_field(&page.text().await.unwrap(), "csrf").unwrap();
    let mut form = reqwest::multipart::Form::new().text("csrf", csrf);
    for (name, bytes) in files {
        form = form.part("file", reqwest::multipart::Part::bytes(bytes.to_vec()).file_name(name.to_string()));
    }
    browser.post(app.url(&format!("/upload?lang={lang}"))).multipart(form).send().await.unwrap()
}

#[tokio::test]
async fn a_file_over_the_limit_is_413_naming_it_by_api_and_page_in_either_language() {
    use crate::helpers::Who;
    let limits = chainon::import::Limits { max_file_bytes: 1000, ..Default::default() };
    let app = crate::helpers::spawn_app_with(crate::helpers::Backend::Sqlite, limits).await.unwrap();
    let (_, bytes) = a_bid();
    for name in ["déclaration-mars.json", "big 2026.xlsx"] {
        let resp = app.upload(name, bytes.clone()).await;
        assert_eq!(resp.status(), 413, "{name}");
        let body = json(resp).await;
        assert_eq!(body["error"], "payload_too_large");
        let (en, fr) = (body["message"].as_str().unwrap(), body["message_fr"].as_str().unwrap());
        assert!(en.contains(&format!("“{name}”")), "{en}");
        assert!(fr.contains(&format!("«\u{a0}{name}\u{a0}»")) && fr.contains("dépasse la limite"), "{fr}");
        let supplier = app.signed_in(Who::Supplier).await;
        for (lang, says) in [("en", "is larger than the limit"), ("fr", "dépasse la limite")] {
            let resp = page_upload(&app, &supplier, lang, &[(name, &bytes)]).await;
            assert_eq!(resp.status(), 413, "{lang}");
            let page = resp.text().await.unwrap();
            assert!(page.contains(says), "{lang}: {page}");
            assert!(page.matches(name).count() >= 2, "{lang}: the file named as place and in words: {page}");
            assert!(!page.contains("<code>file</code>"), "{lang}: {page}");
        }
    }
    assert_eq!(app.count().await, 0);
}

#[tokio::test]
async fn a_raw_body_over_the_limit_is_413_naming_its_file_in_either_language() {
    use crate::helpers::Who;
    let limits = chainon::import::Limits { max_file_bytes: 1000, ..Default::default() };
    let app = crate::helpers::spawn_app_with(crate::helpers::Backend::Sqlite, limits).await.unwrap();
    for name in ["big.xlsx", "déclaration avril.json"] {
        let resp = app
            .request(Who::Officer, reqwest::Method::POST, "/api/v1/declarations")
            .query(&[("file_name", name)])
            .header("content-type", "application/octet-stream")
            .body(vec![0u8; 1001])
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 413, "{name}");
        let body = json(resp).await;
        assert_eq!(body["error"], "payload_too_large");
        let (en, fr) = (body["message"].as_str().unwrap(), body["message_fr"].as_str().unwrap());
        assert!(en.contains(&format!("The file “{name}” is larger than the limit")), "{en}");
        assert!(fr.contains(&format!("Le fichier «\u{a0}{name}\u{a0}» dépasse la limite")), "{fr}");
    }
    assert_eq!(app.count().await, 0);
}

/// A file sent through a form: its name and bytes.
type FilePart<'a> = (&'a str, &'a [u8]);

#[tokio::test]
async fn the_upload_page_shows_the_form_again_for_two_files_or_an_empty_one_in_the_readers_words() {
    use crate::helpers::Who;
    let app = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await.unwrap();
    let (name, bytes) = a_bid();
    let supplier = app.signed_in(Who::Supplier).await;
    for lang in ["en", "fr"] {
        let (two, empty, none) = if lang == "en" {
            ("You sent more than one file", "“vide.json” is empty", "No file was chosen")
        } else {
            (
                "Vous avez envoyé plus d&#x27;un fichier",
                "«\u{a0}vide.json\u{a0}» est vide",
                "Aucun fichier n&#x27;a été choisi",
            )
        };
        let empty_name: &[u8] = &[];
        let cases: [(&[FilePart], &str); 4] = [
            (&[(name.as_str(), &bytes), ("autre.json", &bytes)], two),
            (&[("vide.json", empty_name), (name.as_str(), &bytes)], empty),
            (&[("vide.json", empty_name)], empty),
            // A browser sends a part with no file name and nothing in it when no file was chosen.
            (&[("", empty_name)], none),
        ];
        for (files, says) in cases {
            let resp = page_upload(&app, &supplier, lang, files).await;
            assert_eq!(resp.status(), 400, "{lang}: {says}");
            let page = resp.text().await.unwrap();
            assert!(page.contains(says), "{lang}: {says}: {page}");
            assert!(page.contains("enctype=\"multipart/form-data\""), "{lang}: the form again: {page}");
            for shown in ["`", "<code>file</code>", "part named", "partie nommée", "partie `"] {
                assert!(!page.contains(shown), "{lang}: {shown} shown: {page}");
            }
        }
    }
    assert_eq!(app.count().await, 0, "nothing stored");
}

#[tokio::test]
async fn a_form_with_two_files_is_refused_by_api_and_page_and_stores_nothing() {
    use crate::helpers::Who;
    let app = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await.unwrap();
    let (name, bytes) = a_bid();
    // Two files, the same twice or two different ones, with the form's token between them or not.
    for (second, between) in [("other.json", false), ("other.json", true), (name.as_str(), false)] {
        let mut form = reqwest::multipart::Form::new()
            .part("file", reqwest::multipart::Part::bytes(bytes.clone()).file_name(name.clone()));
        if between {
            form = form.text("csrf", "x");
        }
        let form = form.part("file", reqwest::multipart::Part::bytes(bytes.clone()).file_name(second.to_string()));
        let resp =
            app.request(Who::Officer, reqwest::Method::POST, "/api/v1/declarations").multipart(form).send().await;
        let resp = resp.unwrap();
        assert_eq!(resp.status(), 400, "{second}");
        let body = json(resp).await;
        let (en, fr) = (body["message"].as_str().unwrap(), body["message_fr"].as_str().unwrap());
        assert!(en.contains("more than one file") && en.contains(&name) && en.contains(second), "{en}");
        assert!(fr.contains("plus d'un fichier") && fr.contains(&format!("«\u{a0}{name}\u{a0}»")), "{fr}");
    }
    let supplier = app.signed_in(Who::Supplier).await;
    for (lang, says) in [("en", "more than one file"), ("fr", "plus d&#x27;un fichier")] {
        let resp = page_upload(&app, &supplier, lang, &[(&name, &bytes), ("other.json", &bytes)]).await;
        assert_eq!(resp.status(), 400, "{lang}");
        let text = resp.text().await.unwrap();
        assert!(text.contains(says), "{lang}: {text}");
    }
    assert_eq!(app.count().await, 0, "nothing stored");
    // A form whose parts are broken is refused in our words, never the multipart reader's.
    for raw in [
        &b"--X\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.json\"\r\n\r\n{}"[..],
        b"--X\r\nGarbage\r\n\r\n--X--\r\n",
        b"no boundary at all",
    ] {
        let resp = app
            .request(Who::Officer, reqwest::Method::POST, "/api/v1/declarations")
            .header("content-type", "multipart/form-data; boundary=X")
            .body(raw.to_vec())
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 400);
        let body = json(resp).await;
        let (en, fr) = (body["message"].as_str().unwrap(), body["message_fr"].as_str().unwrap());
        assert!(en.contains("not well formed") || en.contains("no “file” part") || en.contains("interrupted"), "{en}");
        for library in ["Multipart", "multipart stream", "boundary", "Incomplete", "Payload"] {
            assert!(!en.contains(library) && !fr.contains(library), "{en} / {fr}");
        }
    }
    // One file with a part after it that the form does not take: refused naming the part, not left aside.
    let form = reqwest::multipart::Form::new()
        .part("file", reqwest::multipart::Part::bytes(bytes.clone()).file_name(name.clone()))
        .text("note", "x");
    let resp = app.request(Who::Officer, reqwest::Method::POST, "/api/v1/declarations").multipart(form).send().await;
    let resp = resp.unwrap();
    assert_eq!(resp.status(), 400);
    assert!(json(resp).await["message"].as_str().unwrap().contains("“note”"));
    // One file alone is read.
    let form = reqwest::multipart::Form::new()
        .part("file", reqwest::multipart::Part::bytes(bytes.clone()).file_name(name.clone()));
    let resp = app.request(Who::Officer, reqwest::Method::POST, "/api/v1/declarations").multipart(form).send().await;
    assert_eq!(resp.unwrap().status(), 201);
}

#[tokio::test]
async fn malformed_requests_get_json_errors_never_text() {
    let app = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await.unwrap();
    for (path, status) in [
        ("/api/v1/declarations?limit=many", 400),
        ("/api/v1/declarations/not-a-number", 400),
        ("/api/v1/declarations/424242", 404),
        ("/api/v1/declarations/424242/assessment", 404),
        ("/api/v1/no-such-route", 404),
    ] {
        let resp = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(resp.status(), status, "{path}");
        assert!(resp.headers()["content-type"].to_str().unwrap().starts_with("application/json"), "{path}");
        let body = json(resp).await;
        assert!(body["error"].is_string() && body["message"].is_string() && body["message_fr"].is_string(), "{path}");
    }
    let resp = app
        .client
        .post(app.url("/api/v1/declarations?file_name=x.xlsx"))
        .header("content-type", "application/octet-stream")
        .body(b"this is not a spreadsheet".to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 422);
    assert!(!json(resp).await["issues"].as_array().unwrap().is_empty());
    assert_eq!(app.count().await, 0);
}

#[tokio::test]
async fn the_openapi_document_describes_every_route() {
    let app = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await.unwrap();
    let doc = json(app.client.get(app.url("/api/v1/openapi.json")).send().await.unwrap()).await;
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    let paths = doc["paths"].as_object().unwrap();
    for p in [
        "/api/v1/declarations",
        "/api/v1/declarations/{id}",
        "/api/v1/declarations/{id}/assessment",
        "/api/v1/solicitations",
        "/api/v1/solicitations/{number}",
        "/api/v1/template",
    ] {
        assert!(paths.contains_key(p), "{p} missing from the OpenAPI document");
    }
    assert!(paths["/api/v1/declarations"]["post"].is_object());
}

/// The first demo bid with its JSON text changed by `edit`.
fn a_bid_edited(edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let (_, bytes) = a_bid();
    let mut v: Value = serde_json::from_slice(&bytes).unwrap();
    edit(&mut v);
    serde_json::to_vec(&v).unwrap()
}

/// Posts a JSON carrier both ways the API takes it: as a form's file and as the raw body.
async fn post_json_both_ways(app: &TestApp, bytes: Vec<u8>) -> Vec<reqwest::Response> {
    let as_file = app.upload("edited.json", bytes.clone()).await;
    let raw = app
        .request(crate::helpers::Who::Officer, reqwest::Method::POST, "/api/v1/declarations")
        .header("content-type", "application/json")
        .body(bytes)
        .send()
        .await
        .unwrap();
    vec![as_file, raw]
}

on_both_backends!(
    a_business_number_with_multi_byte_characters_is_refused_naming_the_field,
    |app: TestApp| async move {
        // Six bytes after the digits, `é` straddling the second: a byte-index cut there used to panic.
        let bytes = a_bid_edited(|v| v["supplier"]["business_number"] = "123456782Aé123".into());
        for resp in post_json_both_ways(&app, bytes).await {
            assert_eq!(resp.status(), 422);
            let body = json(resp).await;
            assert_eq!(body["error"], "declaration_rejected");
            let issues = body["issues"].as_array().unwrap();
            let issue = issues
                .iter()
                .find(|i| i["location"].as_str().unwrap().contains("business_number"))
                .unwrap_or_else(|| panic!("no issue names the business number: {issues:?}"));
            assert!(issue["message_en"].as_str().unwrap().contains("123456782Aé123"), "{issue}");
            assert!(!issue["message_fr"].as_str().unwrap().is_empty(), "{issue}");
        }
        assert_eq!(app.count().await, 0);
    }
);

on_both_backends!(a_lone_surrogate_in_a_json_string_is_refused_with_a_clear_message, |app: TestApp| async move {
    // serde_json writes text as UTF-8, never as escapes: the lone `\ud800` escape is put in the text by hand.
    let text = String::from_utf8(a_bid_edited(|v| v["supplier"]["legal_name"] = "LONE-SURROGATE".into())).unwrap();
    let bytes = text.replace("LONE-SURROGATE", r"Gantex \ud800 inc.").into_bytes();
    for resp in post_json_both_ways(&app, bytes).await {
        assert_eq!(resp.status(), 422);
        let body = json(resp).await;
        assert_eq!(body["error"], "declaration_rejected");
        // The refusal says the document is unreadable JSON and where, in both languages.
        let issues = body["issues"].as_array().unwrap();
        assert!(
            issues.iter().any(|i| {
                let (en, fr) = (i["message_en"].as_str().unwrap(), i["message_fr"].as_str().unwrap());
                en.contains("JSON") && en.contains("column") && fr.contains("JSON") && fr.contains("colonne")
            }),
            "{body}"
        );
    }
    assert_eq!(app.count().await, 0);
});

on_both_backends!(
    an_older_declaration_sent_after_a_newer_one_is_refused_naming_it_on_the_api_and_the_upload_page,
    |app: TestApp| async move {
        use crate::helpers::{Who, hidden_field};
        let original = demo_file("cordages-nordiques-w8486.json");
        let resp = app.upload_as(Who::Supplier, "cordages.json", original.clone()).await;
        assert_eq!(resp.status(), 201);
        let in_force = json(resp).await;
        let (id, reference) = (in_force["id"].as_i64().unwrap(), in_force["reference"].as_str().unwrap().to_string());
        let mut v: Value = serde_json::from_slice(&original).unwrap();
        v["supplier"]["declaration_date"] = "2026-10-01".into();
        let older = serde_json::to_vec_pretty(&v).unwrap();
        let count = app.count().await;

        let resp = app.upload_as(Who::Supplier, "cordages-old.json", older.clone()).await;
        assert_eq!(resp.status(), 409);
        let refused = json(resp).await;
        assert_eq!(refused["error"], "conflict");
        // Whoever sent it (the supplier or an officer on its behalf), the declaration in force is the supplier's.
        for (key, words) in
            [("message", "before the supplier's declaration"), ("message_fr", "avant la déclaration du fournisseur")]
        {
            let m = refused[key].as_str().unwrap();
            assert!(m.contains(words) && !m.contains("your declaration") && !m.contains("votre"), "{key}: {m}");
        }
        // The days in words in each language, never in ISO form.
        for (key, words, refused_day, in_force_day) in [
            ("message", "Declaration date", "dated October 1, 2026", "dated October 14, 2026"),
            ("message_fr", "Date de la déclaration", "datée du 1er octobre 2026", "datée du 14 octobre 2026"),
        ] {
            let m = refused[key].as_str().unwrap();
            for part in [words, refused_day, in_force_day, &reference, &format!("{id}"), "W8486-240001/A"] {
                assert!(m.contains(part), "{key} lacks {part}: {m}");
            }
            assert!(!m.contains("2026-10-01") && !m.contains("2026-10-14"), "{key} says a day in ISO form: {m}");
        }
        assert_eq!(app.count().await, count, "nothing stored");

        let supplier = app.signed_in(Who::Supplier).await;
        for (lang, says) in
            [("en", "this declaration is dated October 1, 2026"), ("fr", "est datée du 1er octobre 2026")]
        {
            let form = supplier.get(app.url(&format!("/upload?lang={lang}"))).send().await.unwrap();
            let csrf = hidden_field(&form.text().await.unwrap(), "csrf").unwrap();
            let body = reqwest::multipart::Form::new()
                .text("csrf", csrf)
                .part("file", reqwest::multipart::Part::bytes(older.clone()).file_name("cordages-old.json"));
            let resp = supplier.post(app.url(&format!("/upload?lang={lang}"))).multipart(body).send().await.unwrap();
            assert_eq!(resp.status(), 409, "{lang}");
            let page = resp.text().await.unwrap();
            assert!(page.contains(says) && page.contains(&reference), "{lang}: {page}");
        }
        assert_eq!(app.count().await, count, "nothing stored");
        let current = app.store.list_declarations(&Default::default()).await.unwrap();
        assert_eq!(current.iter().map(|d| d.id).collect::<Vec<_>>(), vec![id], "the newer stays in force");
    }
);

// Two declarations giving one business number under two legal names: the later one is warned at intake (the name on
// file and the day it came, in words), and each bid keeps its own name in the list and the solicitation's ranking.
on_both_backends!(
    a_business_number_on_file_under_another_name_is_warned_and_each_bid_keeps_its_name,
    |app: TestApp| async move {
        let base: Value = serde_json::from_slice(&demo_file("polar-workwear-w0113.json")).unwrap();
        let named = |name: &str, sol: &str| {
            let mut v = base.clone();
            v["supplier"]["legal_name"] = name.into();
            v["supplier"]["business_number"] = "100000025".into();
            v["supplier"]["solicitation_number"] = sol.into();
            serde_json::to_vec(&v).unwrap()
        };
        let first = app.upload("first.json", named("Gants Boréal Ltée", "W0113-26C001/A")).await;
        assert_eq!(first.status(), 201);
        let first = json(first).await;
        assert_eq!(first["warnings"].as_array().unwrap().iter().filter(|w| w["field"] == "Legal name").count(), 0);
        let second = app.upload("second.json", named("Northwind Apparel LP", "W0113-26C002/A")).await;
        assert_eq!(second.status(), 201);
        let second = json(second).await;
        let warning = second["warnings"].as_array().unwrap().iter().find(|w| w["field"] == "Legal name").cloned();
        let warning = warning.unwrap_or_else(|| panic!("no warning for the name on file: {}", second["warnings"]));
        let (en, fr) = (warning["message_en"].as_str().unwrap(), warning["message_fr"].as_str().unwrap());
        assert!(en.contains("on file as “Gants Boréal Ltée” since "), "{en}");
        assert!(fr.contains("au dossier sous «\u{a0}Gants Boréal Ltée\u{a0}» depuis le "), "{fr}");
        assert!(fr.contains(" 2026\u{a0}: cette déclaration garde la dénomination sociale"), "{fr}");
        let iso = chrono::Utc::now().date_naive().to_string();
        assert!(!en.contains(&iso) && !fr.contains(&iso), "the day in words: {en} / {fr}");
        let list = json(app.get_as(crate::helpers::Who::Officer, "/api/v1/declarations").await).await;
        let name_of = |id: &Value| {
            let rows = list["declarations"].as_array().unwrap();
            rows.iter().find(|r| r["id"] == *id).map(|r| r["supplier_name"].clone())
        };
        assert_eq!(name_of(&first["id"]), Some(Value::from("Gants Boréal Ltée")), "{list}");
        assert_eq!(name_of(&second["id"]), Some(Value::from("Northwind Apparel LP")));
        let browser = app.signed_in(crate::helpers::Who::Officer).await;
        let page = browser.get(app.url("/solicitations/W0113-26C001%2FA?lang=fr")).send().await.unwrap();
        let page = page.text().await.unwrap();
        assert!(page.contains("Gants Boréal Ltée") && !page.contains("Northwind Apparel LP"));
    }
);

#[tokio::test]
async fn a_file_name_with_a_character_the_policy_refuses_is_refused_at_every_upload_door() {
    use crate::helpers::Who;
    let app = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await.unwrap();
    let (_, bytes) = a_bid();
    // A right-to-left override (shown as `invoicenosj.xls`), an isolate, a zero width space, a control.
    for (name, code) in [
        ("invoice\u{202E}slx.json", "U+202E"),
        ("bid\u{2067}2026.json", "U+2067"),
        ("bid\u{200B}.json", "U+200B"),
        ("bid\u{AD}.json", "U+00AD"),
    ] {
        // As a browser sends it: the name as UTF-8 in the part's Content-Disposition.
        let mut form = format!(
            "--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
             Content-Type: application/json\r\n\r\n"
        )
        .into_bytes();
        form.extend_from_slice(&bytes);
        form.extend_from_slice(b"\r\n--b0undary--\r\n");
        let multipart = app
            .request(Who::Officer, reqwest::Method::POST, "/api/v1/declarations")
            .header("content-type", "multipart/form-data; boundary=b0undary")
            .body(form)
            .send()
            .await
            .unwrap();
        let body = app
            .request(Who::Officer, reqwest::Method::POST, "/api/v1/declarations")
            .query(&[("file_name", name)])
            .header("content-type", "application/json")
            .body(bytes.clone())
            .send()
            .await
            .unwrap();
        for resp in [multipart, body] {
            assert_eq!(resp.status(), 400, "{name:?}");
            let body = json(resp).await;
            let (en, fr) = (body["message"].as_str().unwrap(), body["message_fr"].as_str().unwrap());
            assert!(en.starts_with("The file's name holds") && en.contains(code), "{name:?}: {en}");
            assert!(fr.starts_with("Le nom du fichier contient") && fr.contains(code), "{name:?}: {fr}");
        }
    }
    assert_eq!(app.count().await, 0);
    // A name in any script is taken.
    let resp = app
        .request(Who::Officer, reqwest::Method::POST, "/api/v1/declarations")
        .query(&[("file_name", "déclaration ملف 申报.json")])
        .header("content-type", "application/json")
        .body(bytes)
        .send()
        .await
        .unwrap();
    assert!(resp.status().is_success(), "{}", resp.text().await.unwrap());
}
