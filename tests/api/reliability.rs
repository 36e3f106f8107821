//! Answers that hold under load and faults: concurrent writes that wait their turn instead of failing, numbers out
//! of range refused, a lost database answered with 503 and `Retry-After`, every failure in the form of its door
//! (JSON on the API, the bilingual error page on pages), and DOT exports quoted once.

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, Who, demo_file, spawn_app};
use crate::on_both_backends;

/// How many requests are fired at once in the concurrency tests.
const AT_ONCE: usize = 20;

/// A valid business number (Luhn check digit) unique to `n`.
fn business_number(n: usize) -> String {
    let base = format!("{:08}", 30_000_000 + n);
    let sum: u32 = base
        .chars()
        .rev()
        .enumerate()
        .map(|(i, c)| {
            let d = c.to_digit(10).unwrap();
            if i % 2 == 0 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                d
            }
        })
        .sum();
    format!("{base}{}", (10 - sum % 10) % 10)
}

/// A small declaration in the JSON carrier of supplier `n`, with the given mills upstream of its warehouse.
fn declaration(n: usize, mills: &[(String, String)]) -> Vec<u8> {
    let mut sites = vec![json!({
        "site_id": "HUB", "site_name": format!("Supplier {n} warehouse"), "role": "warehousing",
        "goods": "uniform shirts", "address": format!("{n} Depot Road"), "city": "Ottawa", "country": "CA",
        "supplies_to": []
    })];
    for (i, (name, address)) in mills.iter().enumerate() {
        sites.push(json!({
            "site_id": format!("MILL{i}"), "site_name": name, "role": "manufacturing", "goods": "uniform shirts",
            "address": address, "city": "Dhaka", "country": "BD", "supplies_to": ["HUB"]
        }));
    }
    serde_json::to_vec(&json!({
        "supplier": {"legal_name": format!("Supplier {n} Uniforms"), "business_number": business_number(n),
                     "country": "CA", "solicitation_number": "W0113-260001/A",
                     "declaration_date": "2026-10-01", "signatory_name": "A. Signatory"},
        "attestations": [{"right": "forced_labour", "attested": true}],
        "places_of_work": sites,
        "goods": [{"item": "Shirts", "produced_at": ["MILL0"]}],
    }))
    .unwrap()
}

/// A small declaration of supplier `n` (its own business number) with one mill.
pub(crate) fn one_mill(n: usize) -> Vec<u8> {
    declaration(n, &[(format!("Mill of supplier {n}"), format!("Plot {n}, Industrial Zone"))])
}

/// Sends every request at once and returns their statuses in order.
async fn all_at_once(requests: Vec<reqwest::RequestBuilder>) -> Vec<u16> {
    let mut set = tokio::task::JoinSet::new();
    for (i, req) in requests.into_iter().enumerate() {
        set.spawn(async move { (i, req.send().await.unwrap().status().as_u16()) });
    }
    let mut statuses = set.join_all().await;
    statuses.sort();
    statuses.into_iter().map(|(_, s)| s).collect()
}

fn multipart(name: &str, bytes: Vec<u8>) -> reqwest::multipart::Form {
    reqwest::multipart::Form::new().part("file", reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()))
}

async fn audit_is_intact(app: &TestApp) {
    let log: Value = app.get_as(Who::Auditor, "/api/v1/audit?limit=1").await.json().await.unwrap();
    assert_eq!(log["intact"], true, "{log}");
}

on_both_backends!(twenty_uploads_at_once_are_all_stored, |app: TestApp| async move {
    let requests = (0..AT_ONCE)
        .map(|n| {
            app.request(Who::Officer, Method::POST, "/api/v1/declarations")
                .multipart(multipart(&format!("supplier-{n}.json"), one_mill(n)))
        })
        .collect();
    let statuses = all_at_once(requests).await;
    assert_eq!(statuses, vec![201; AT_ONCE]);
    assert_eq!(app.count().await, AT_ONCE as u64);
    // The upload page queues the same way.
    let requests = (AT_ONCE..AT_ONCE + 10)
        .map(|n| app.request(Who::Officer, Method::POST, "/upload").multipart(multipart("page.json", one_mill(n))))
        .collect();
    assert_eq!(all_at_once(requests).await, vec![303; 10]);
    assert_eq!(app.count().await, AT_ONCE as u64 + 10);
    audit_is_intact(&app).await;
});

on_both_backends!(the_same_file_sent_twice_at_once_is_stored_once, |app: TestApp| async move {
    let requests = (0..4)
        .map(|_| {
            app.request(Who::Officer, Method::POST, "/api/v1/declarations")
                .multipart(multipart("same.json", one_mill(1)))
        })
        .collect();
    let mut statuses = all_at_once(requests).await;
    statuses.sort();
    assert_eq!(statuses, [200, 200, 200, 201], "one stored, the others recognised as the same file");
    assert_eq!(app.count().await, 1);
});

on_both_backends!(twenty_case_events_at_once_are_all_recorded, |app: TestApp| async move {
    let events = case_to_record_in(&app, "W8486-26/001").await;
    let case = events.trim_start_matches("/api/v1/cases/").trim_end_matches("/events").to_string();
    let requests = (0..AT_ONCE)
        .map(|n| {
            let notice = json!({"type": "notice", "respond_by": crate::helpers::day(30),
                                "subject": format!("Notice {n}"), "body": "Please answer."});
            app.request(Who::Auditor, Method::POST, &events).json(&notice)
        })
        .collect();
    assert_eq!(all_at_once(requests).await, vec![201; AT_ONCE]);
    let record: Value = app.get_as(Who::Auditor, &format!("/api/v1/cases/{case}")).await.json().await.unwrap();
    assert_eq!(record["case"]["events"].as_array().unwrap().len(), AT_ONCE);
    // Each notice's message carries its own number, 1 to 20, as the record numbers them (each counts the notices
    // before it: on PostgreSQL, writers that did not take turns would count without each other).
    let mut numbers: Vec<u32> = app
        .store
        .outbox(1000)
        .await
        .unwrap()
        .iter()
        .filter(|m| m.about == format!("/cases/{case}"))
        .map(|m| {
            let at = m.subject.find("Notice ").map(|i| i + 7).or_else(|| m.subject.find("Avis ").map(|i| i + 5));
            let digits: String = m.subject[at.unwrap()..].chars().take_while(char::is_ascii_digit).collect();
            digits.parse().unwrap()
        })
        .collect();
    numbers.sort_unstable();
    numbers.dedup();
    assert_eq!(numbers, (1..=AT_ONCE as u32).collect::<Vec<_>>(), "one number per notice");
    audit_is_intact(&app).await;
});

/// A contract and a case opened on it; the case's events address.
async fn case_to_record_in(app: &TestApp, number: &str) -> String {
    let contract = json!({
        "number": number, "kind": "contract", "title": "Rope", "business_number": "842310575",
        "supplier_name": "Cordages Nordiques Inc.", "goods_category": "ropes_cordage", "value_cad": 1000,
        "awarded_on": "2026-05-01"
    });
    let resp = app.request(Who::Officer, Method::POST, "/api/v1/contracts").json(&contract).send().await.unwrap();
    assert_eq!(resp.status(), 201);
    let contract_id = resp.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    let resp = app
        .request(Who::Auditor, Method::POST, &format!("/api/v1/contracts/{contract_id}/cases"))
        .json(&json!({"title": "Allegation"}))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 201);
    format!("/api/v1/cases/{}/events", resp.json::<Value>().await.unwrap()["id"].as_i64().unwrap())
}

/// The kinds of a case's events, in the order of its record.
async fn kinds_recorded(app: &TestApp, events: &str) -> Vec<String> {
    let case = events.trim_end_matches("/events");
    let record: Value = app.get_as(Who::Auditor, case).await.json().await.unwrap();
    record["case"]["events"].as_array().unwrap().iter().map(|e| e["event"]["type"].as_str().unwrap().into()).collect()
}

on_both_backends!(decisions_sent_at_once_to_one_case_record_one_and_refuse_the_rest_409, |app: TestApp| async move {
    // A case takes one decision: the rule is checked inside the write, against the record as it then stands, so
    // decisions sent together cannot each find the case undecided.
    let events = case_to_record_in(&app, "W8486-26/016").await;
    let requests = (0..12)
        .map(|n| {
            let decision = json!({"type": "decision", "outcome": "continue", "decided_on": crate::helpers::day(0),
                                  "rationale": format!("Decision {n}")});
            app.request(Who::Auditor, Method::POST, &events).json(&decision)
        })
        .collect();
    let answers = answers_at_once(requests).await;
    let statuses: Vec<u16> = answers.iter().map(|(s, _)| *s).collect();
    assert_eq!(statuses, [201, 409, 409, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
    let first = answers[0].1["id"].as_i64().unwrap();
    for (_, body) in answers.iter().skip(1) {
        assert_eq!(body["error"], "conflict", "{body}");
        let message = body["message"].as_str().unwrap();
        assert!(message.contains(&format!("entry {first}")), "names the decision recorded: {message}");
        assert!(body["message_fr"].as_str().unwrap().contains(&format!("entrée {first}")), "{body}");
    }
    assert_eq!(kinds_recorded(&app, &events).await, ["decision"]);
    audit_is_intact(&app).await;

    // Notices sent with a decision: those recorded before it stand, none after it (refused 400, nothing stored).
    let events = case_to_record_in(&app, "W8486-26/017").await;
    let requests = (0..10)
        .map(|n| {
            let body = if n == 5 {
                json!({"type": "decision", "outcome": "continue", "decided_on": crate::helpers::day(0),
                       "rationale": "Decided"})
            } else {
                json!({"type": "notice", "respond_by": crate::helpers::day(30), "subject": format!("Notice {n}"),
                       "body": "Please answer."})
            };
            app.request(Who::Auditor, Method::POST, &events).json(&body)
        })
        .collect();
    let answers = answers_at_once(requests).await;
    let kinds = kinds_recorded(&app, &events).await;
    let decided_at = kinds.iter().position(|k| k == "decision").unwrap();
    assert_eq!(kinds.len(), decided_at + 1, "nothing recorded after the decision: {kinds:?}");
    let stored = answers.iter().filter(|(s, _)| *s == 201).count();
    assert_eq!(stored, kinds.len(), "{answers:?}");
    for (status, body) in answers.iter().filter(|(s, _)| *s != 201) {
        assert_eq!(*status, 400, "{body}");
        assert!(body["message"].as_str().unwrap().contains("the case is decided"), "{body}");
    }
    audit_is_intact(&app).await;
});

/// Sends every request at once; their statuses and JSON bodies, in order of status.
async fn answers_at_once(requests: Vec<reqwest::RequestBuilder>) -> Vec<(u16, Value)> {
    let mut set = tokio::task::JoinSet::new();
    for req in requests {
        set.spawn(async move {
            let resp = req.send().await.unwrap();
            (resp.status().as_u16(), resp.json::<Value>().await.unwrap_or(Value::Null))
        });
    }
    let mut out = set.join_all().await;
    out.sort_by_key(|(status, _)| *status);
    out
}

on_both_backends!(
    one_contract_number_sent_at_once_is_recorded_once_and_the_rest_named_409,
    |app: TestApp| async move {
        // The same number, in both cases of letters: one contract, the others refused naming it; on PostgreSQL the
        // checks before the write race and the unique index decides.
        let requests = (0..8)
            .map(|n| {
                let number = if n % 2 == 0 { "W8486-26/077" } else { "w8486-26/077" };
                let contract = json!({
                    "number": number, "kind": "contract", "title": format!("Rope {n}"), "business_number": "842310575",
                    "supplier_name": "Cordages Nordiques Inc.", "goods_category": "ropes_cordage", "value_cad": 1000,
                    "awarded_on": "2026-05-01"
                });
                app.request(Who::Officer, Method::POST, "/api/v1/contracts").json(&contract)
            })
            .collect();
        let answers = answers_at_once(requests).await;
        let statuses: Vec<u16> = answers.iter().map(|(s, _)| *s).collect();
        assert_eq!(statuses, [201, 409, 409, 409, 409, 409, 409, 409]);
        for (_, body) in answers.iter().skip(1) {
            let said = format!("{} {}", body["message"], body["message_fr"]);
            assert!(
                said.contains("contract") && said.contains("contrat") && said.contains("Nothing was changed"),
                "{said}"
            );
        }
        let contracts: Value = app.get_as(Who::Auditor, "/api/v1/contracts").await.json().await.unwrap();
        assert_eq!(contracts["contracts"].as_array().unwrap().len(), 1);
        audit_is_intact(&app).await;
    }
);

on_both_backends!(one_e_mail_sent_at_once_on_the_accounts_page_makes_one_account, |app: TestApp| async move {
    let admin = app.signed_in(Who::Administrator).await;
    let page = admin.get(app.url("/accounts")).send().await.unwrap().text().await.unwrap();
    let csrf = crate::helpers::hidden_field(&page, "csrf").unwrap();
    let before = app.store.list_accounts().await.unwrap().len();
    let requests = (0..6)
        .map(|n| {
            let email = if n % 2 == 0 { "new.officer@pspc.test" } else { "New.Officer@PSPC.test" };
            admin.post(app.url("/accounts")).form(&[
                ("csrf", csrf.as_str()),
                ("display_name", "New Officer"),
                ("email", email),
                ("role", "officer"),
                ("business_number", ""),
            ])
        })
        .collect();
    let mut statuses = all_at_once(requests).await;
    statuses.sort_unstable();
    assert_eq!(statuses, [201, 409, 409, 409, 409, 409]);
    assert_eq!(app.store.list_accounts().await.unwrap().len(), before + 1);
    audit_is_intact(&app).await;
});

on_both_backends!(twenty_match_decisions_at_once_are_all_recorded, |app: TestApp| async move {
    // Two suppliers name twenty mills at the same addresses under other names: twenty possible matches.
    let mills = |suffix: &str| -> Vec<(String, String)> {
        (0..AT_ONCE).map(|i| (format!("Spinner {i}{suffix}"), format!("{i} Spinner Lane, Block {i}"))).collect()
    };
    for (n, suffix) in [(1, ""), (2, " Unit Two")] {
        let resp = app.upload(&format!("{n}.json"), declaration(n, &mills(suffix))).await;
        assert_eq!(resp.status(), 201);
    }
    let proposals: Value = app.get_as(Who::Officer, "/api/v1/graph/matches").await.json().await.unwrap();
    let proposals = proposals["proposals"].as_array().unwrap();
    assert_eq!(proposals.len(), AT_ONCE, "{proposals:?}");
    let requests = proposals
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let decision = json!({"key_a": p["a"]["key"], "key_b": p["b"]["key"], "same": i % 2 == 0});
            app.request(Who::Officer, Method::POST, "/api/v1/graph/matches").json(&decision)
        })
        .collect();
    assert_eq!(all_at_once(requests).await, vec![201; AT_ONCE]);
    assert_eq!(app.store.site_match_decisions().await.unwrap().len(), AT_ONCE);
    audit_is_intact(&app).await;
});

/// The status, content type and body of a response.
async fn answer(resp: reqwest::Response) -> (u16, String, String) {
    let status = resp.status().as_u16();
    let content_type = resp.headers().get("content-type").map_or("", |v| v.to_str().unwrap()).to_string();
    (status, content_type, resp.text().await.unwrap())
}

/// Asserts a JSON error of the API with this status.
async fn json_error(resp: reqwest::Response, status: u16, what: &str) -> Value {
    let (got, content_type, body) = answer(resp).await;
    assert_eq!(got, status, "{what}: {body}");
    assert!(content_type.starts_with("application/json"), "{what}: {content_type}");
    let body: Value = serde_json::from_str(&body).unwrap();
    assert!(body["error"].is_string() && body["message"].is_string() && body["message_fr"].is_string(), "{what}");
    body
}

/// Asserts the error page with this status, in French when `fr`.
async fn error_page(resp: reqwest::Response, status: u16, fr: bool, what: &str) -> String {
    let (got, content_type, body) = answer(resp).await;
    assert_eq!(got, status, "{what}: {body}");
    assert!(content_type.starts_with("text/html"), "{what}: {content_type} {body}");
    // A refusal says so; only the service's own failures say something went wrong.
    let title = match (fr, status < 500) {
        (true, true) => "La demande n'a pas pu être acceptée",
        (false, true) => "The request could not be accepted",
        (true, false) => "Un problème est survenu",
        (false, false) => "Something went wrong",
    };
    let text = body.replace("&#x27;", "'");
    assert!(text.contains(title) || text.contains(if fr { "Page introuvable" } else { "Page not found" }), "{what}");
    body
}

on_both_backends!(numbers_out_of_range_are_refused_with_400, |app: TestApp| async move {
    app.upload("one.json", one_mill(1)).await;
    for path in [
        "/api/v1/declarations?offset=9223372036854775808",
        "/api/v1/declarations?offset=9223372036854775807",
        "/api/v1/declarations?offset=-1",
        "/api/v1/declarations?limit=0",
        "/api/v1/declarations?limit=1001",
        "/api/v1/declarations?limit=18446744073709551616",
        "/api/v1/declarations?supplier_id=9223372036854775808",
        "/api/v1/declarations/99999999999999999999",
        "/api/v1/declarations/99999999999999999999/chain",
        "/api/v1/contracts/99999999999999999999",
        "/api/v1/reports/s211?fiscal_year=2147483647",
        "/api/v1/reports/s211?fiscal_year=1999",
        "/api/v1/audit?limit=1000000",
        "/api/v1/graph/sites?limit=100000",
        "/api/v1/graph/concentration?limit=0",
        "/api/v1/graph/findings?limit=99999999999999999999",
    ] {
        let body = json_error(app.get_as(Who::Administrator, path).await, 400, path).await;
        assert_eq!(body["error"], "bad_request", "{path}");
    }
    // The edges of the ranges are answered.
    let list: Value =
        app.get_as(Who::Officer, "/api/v1/declarations?offset=1000000000&limit=1000").await.json().await.unwrap();
    assert_eq!(list["declarations"].as_array().unwrap().len(), 0);
    assert_eq!(app.get_as(Who::Officer, "/api/v1/declarations?offset=0&limit=1").await.status(), 200);
    // Pages refuse them with the error page, in the viewer's language.
    for path in [
        "/reports/s211?fiscal_year=2147483647&lang=fr",
        "/declarations/99999999999999999999?lang=fr",
        "/suppliers/99999999999999999999?lang=fr",
        "/portfolio?fy=2147483647&lang=fr",
    ] {
        let page = error_page(app.get_as(Who::Officer, path).await, 400, true, path).await;
        assert!(page.contains("lang=\"fr\""), "{path}");
    }
});

#[tokio::test]
async fn pages_answer_every_failure_with_the_bilingual_error_page() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    for (path, status) in [("/cases/abc", 400), ("/declarations/99999999999999999999", 400), ("/graph?limit=x", 400)] {
        error_page(app.get_as(Who::Officer, path).await, status, false, path).await;
        let fr = format!("{path}{}lang=fr", if path.contains('?') { '&' } else { '?' });
        error_page(app.get_as(Who::Officer, &fr).await, status, true, path).await;
    }
    // A form missing a field.
    let resp = post_form(&app, Who::Officer, "/graph/matches?lang=fr", "key_a=na%3AXX%3Aa".into()).await;
    error_page(resp, 400, true, "a form missing a field").await;
    // Forms over the size limit.
    let long = "x".repeat(chainon::web::BODY_LIMIT + 1);
    let resp = post_form(&app, Who::Officer, "/contracts", format!("title={long}")).await;
    error_page(resp, 413, false, "an over-size form").await;
    let resp = post_form(&app, Who::Auditor, "/cases/1", format!("summary={long}")).await;
    error_page(resp, 413, false, "an over-size case form").await;
    // Signing out without a body signs out (`parameters.rs` checks the session ends).
    let browser = app.browser();
    let resp = browser.post(app.url("/logout")).send().await.unwrap();
    assert_eq!(resp.status(), 303, "POST /logout without a body");
    // A wrong token on a page.
    let resp = app.client_with_token("chn_0000").get(app.url("/portfolio?lang=fr")).send().await.unwrap();
    assert!(resp.headers().contains_key("www-authenticate"));
    error_page(resp, 401, true, "a wrong token on a page").await;
}

/// Posts a url-encoded form as `who`, on a connection of its own (the server may refuse it unread).
async fn post_form(app: &TestApp, who: Who, path: &str, body: String) -> reqwest::Response {
    let req = app.request_alone(who, Method::POST, path).header("content-type", "application/x-www-form-urlencoded");
    req.body(body).send().await.unwrap()
}

on_both_backends!(the_api_knows_the_caller_before_it_reads_the_body, |app: TestApp| async move {
    let malformed = "{\"number\": ";
    for path in ["/api/v1/contracts", "/api/v1/contracts/1/cases", "/api/v1/cases/1/events", "/api/v1/graph/matches"] {
        let resp = app
            .request(Who::Anonymous, Method::POST, path)
            .header("content-type", "application/json")
            .body(malformed)
            .send()
            .await
            .unwrap();
        let body = json_error(resp, 401, path).await;
        assert_eq!(body["error"], "unauthorized", "{path}");
        // A body too large for anyone: still who calls first.
        let resp = app
            .request_alone(Who::Anonymous, Method::POST, path)
            .header("content-type", "application/json")
            .body(vec![b' '; chainon::web::BODY_LIMIT + 1])
            .send()
            .await
            .unwrap();
        json_error(resp, 401, path).await;
    }
    // Then what the role may do.
    let resp = app.request(Who::Supplier, Method::POST, "/api/v1/contracts").body(malformed).send().await.unwrap();
    json_error(resp, 403, "a supplier recording a contract").await;
    // Then the body: malformed, over the limit.
    let resp = app
        .request(Who::Officer, Method::POST, "/api/v1/contracts")
        .header("content-type", "application/json")
        .body(malformed)
        .send()
        .await
        .unwrap();
    let body = json_error(resp, 400, "a malformed contract").await;
    assert!(body["message"].as_str().unwrap().contains("could not be read"), "{body}");
    let resp = app
        .request(Who::Officer, Method::POST, "/api/v1/contracts")
        .json(&json!({"number": "W1", "kind": "contract"}))
        .send()
        .await
        .unwrap();
    let body = json_error(resp, 400, "a contract missing fields").await;
    assert!(body["message"].as_str().unwrap().contains("missing field"), "{body}");
    let resp = app
        .request_alone(Who::Officer, Method::POST, "/api/v1/contracts")
        .header("content-type", "application/json")
        .body(vec![b' '; chainon::web::BODY_LIMIT + 1])
        .send()
        .await
        .unwrap();
    json_error(resp, 413, "an over-size contract").await;
    let resp = app.request(Who::Officer, Method::GET, "/api/v1/contracts").send().await.unwrap();
    assert_eq!(resp.json::<Value>().await.unwrap()["contracts"].as_array().unwrap().len(), 0);
});

#[tokio::test]
async fn multipart_parts_other_than_the_file_are_capped() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let file = || reqwest::multipart::Part::bytes(one_mill(1)).file_name("one.json");
    // A long part before the file.
    let form = reqwest::multipart::Form::new().text("comment", "x".repeat(64 * 1024)).part("file", file());
    let resp =
        app.request_alone(Who::Officer, Method::POST, "/api/v1/declarations").multipart(form).send().await.unwrap();
    let body = json_error(resp, 400, "a long part").await;
    assert!(body["message"].as_str().unwrap().contains("comment"), "{body}");
    // Too many parts before the file. Sent as one body, not part by part: the service answers once it has read
    // past the cap and closes without reading the rest, and a client still writing its forty small parts one by one
    // could meet a closed connection (a broken pipe) before it reads the answer.
    let boundary = "chainon-test-parts";
    let mut body = Vec::new();
    for i in 0..40 {
        body.extend(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"p{i}\"\r\n\r\nx\r\n").bytes());
    }
    body.extend(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"one.json\"\r\n\
             Content-Type: application/json\r\n\r\n"
        )
        .bytes(),
    );
    body.extend(one_mill(1));
    body.extend(format!("\r\n--{boundary}--\r\n").bytes());
    let resp = app
        .request_alone(Who::Officer, Method::POST, "/api/v1/declarations")
        .header("content-type", format!("multipart/form-data; boundary={boundary}"))
        .body(body)
        .send()
        .await
        .unwrap();
    json_error(resp, 400, "too many parts").await;
    // Through the page: the form again, saying so in the reader's words (no part's name).
    let form = reqwest::multipart::Form::new().text("csrf", "x".repeat(64 * 1024)).part("file", file());
    let resp = app.request_alone(Who::Officer, Method::POST, "/upload?lang=fr").multipart(form).send().await.unwrap();
    assert_eq!(resp.status(), 400);
    let page = resp.text().await.unwrap();
    assert!(page.contains("Un champ du formulaire dépasse 1\u{a0}024\u{a0}octets"), "{page}");
    assert!(page.contains("enctype=\"multipart/form-data\"") && !page.contains("csrf »"), "{page}");
    assert_eq!(app.count().await, 0);
    // A short part the form does not take is refused naming it, before the file or after it.
    for form in [
        reqwest::multipart::Form::new().text("note", "short").part("file", file()),
        reqwest::multipart::Form::new().part("file", file()).text("note", "short"),
    ] {
        let resp =
            app.request_alone(Who::Officer, Method::POST, "/api/v1/declarations").multipart(form).send().await.unwrap();
        let body = json_error(resp, 400, "a part not taken").await;
        assert!(body["message"].as_str().unwrap().contains("the part “note”, which it does not take"), "{body}");
    }
    assert_eq!(app.count().await, 0);
}

/// Checks the answers of a service whose database is gone: 503 with `Retry-After` everywhere, in each door's form;
/// `browser` was signed in before (its session is in the database too).
async fn answers_while_the_database_is_gone(app: &TestApp, browser: &reqwest::Client) {
    let resp = app.client.get(app.url("/health")).send().await.unwrap();
    assert!(resp.headers().contains_key("retry-after"));
    let health = json_error(resp, 503, "/health").await;
    assert_eq!(health["down"], json!(["database"]), "{health}");
    assert_eq!(health["status"], "unavailable");
    for (who, path) in [(Who::Officer, "/api/v1/declarations"), (Who::Officer, "/api/v1/graph")] {
        let resp = app.get_as(who, path).await;
        assert!(resp.headers()["retry-after"].to_str().unwrap().parse::<u64>().unwrap() > 0, "{path}");
        let body = json_error(resp, 503, path).await;
        assert_eq!(body["error"], "database_unavailable", "{path}");
    }
    let resp = app
        .request(Who::Officer, Method::POST, "/api/v1/declarations")
        .multipart(multipart("late.json", one_mill(9)))
        .send()
        .await
        .unwrap();
    json_error(resp, 503, "an upload").await;
    for path in ["/portfolio?lang=fr", "/declarations/1?lang=fr"] {
        let resp = app.get_as(Who::Officer, path).await;
        assert!(resp.headers().contains_key("retry-after"), "{path}");
        let page = error_page(resp, 503, true, path).await;
        assert!(page.contains("réessayez dans"), "{path}");
    }
    // A session cookie cannot be looked up: the same answers, with the security headers.
    let resp = browser.get(app.url("/portfolio?lang=fr")).send().await.unwrap();
    assert!(resp.headers().contains_key("retry-after"));
    assert_eq!(resp.headers()["x-frame-options"], "DENY");
    let page = error_page(resp, 503, true, "a page by session").await;
    assert!(page.contains("réessayez dans"));
    let resp = browser.get(app.url("/api/v1/me")).send().await.unwrap();
    assert!(resp.headers().contains_key("retry-after"));
    json_error(resp, 503, "the API by session").await;
}

#[tokio::test]
async fn a_lost_database_answers_503_with_retry_after_on_sqlite() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    app.upload("one.json", one_mill(1)).await;
    let browser = app.signed_in(Who::Officer).await;
    chainon::storage::testing::close(&app.store).await.unwrap();
    answers_while_the_database_is_gone(&app, &browser).await;
}

#[tokio::test]
async fn a_lost_database_answers_503_with_retry_after_and_recovers_on_postgres() {
    let Some(app) = spawn_app(Backend::Postgres).await else { return };
    let base = crate::helpers::postgres_base_url().unwrap();
    app.upload("one.json", one_mill(1)).await;
    let browser = app.signed_in(Who::Officer).await;
    chainon::storage::testing::set_postgres_reachable(&base, &app.database_url, false).await.unwrap();
    answers_while_the_database_is_gone(&app, &browser).await;
    // Back without a restart.
    chainon::storage::testing::set_postgres_reachable(&base, &app.database_url, true).await.unwrap();
    let resp = app.client.get(app.url("/health")).send().await.unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.json::<Value>().await.unwrap()["down"], json!([]));
    assert_eq!(app.count().await, 1);
    assert_eq!(browser.get(app.url("/api/v1/me")).send().await.unwrap().status(), 200, "the session survived");
}

#[tokio::test]
async fn dot_exports_quote_each_label_once() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let name = "cordages-nordiques-w8486.json";
    let resp = app.upload(name, demo_file(name)).await;
    let id = resp.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    for path in ["/api/v1/graph/export?format=dot".to_string(), format!("/api/v1/declarations/{id}/chain?format=dot")] {
        let dot = app.get_as(Who::Officer, &path).await.text().await.unwrap();
        assert!(dot.starts_with("digraph"), "{path}: {dot}");
        assert!(dot.contains("[ label = \"") && !dot.contains("label = \"\\\""), "{path}: {dot}");
    }
}

/// A form refused before its end (a part too many) is read to its end before the answer, so that a client still
/// sending its parts reads the answer, not a reset connection: the parts past the cap are sent only once the service
/// could have answered, and the answer is read after them.
#[tokio::test]
async fn a_form_refused_before_its_end_is_read_to_its_end_before_the_answer() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let boundary = "chainon-drain";
    let part = |i: usize| format!("--{boundary}\r\nContent-Disposition: form-data; name=\"p{i}\"\r\n\r\nx\r\n");
    let first: String = (0..20).map(part).collect();
    let rest: Vec<String> = (20..120).map(part).chain([format!("--{boundary}--\r\n")]).collect();
    for path in ["/api/v1/declarations", "/api/v1/screening/editions?list=watchlist"] {
        let host = app.address.trim_start_matches("http://").to_string();
        let mut stream = tokio::net::TcpStream::connect(&host).await.unwrap();
        let head = format!(
            "POST {path} HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {}\r\n\
             Content-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {}\r\n\r\n",
            app.token(Who::Administrator),
            first.len() + rest.iter().map(String::len).sum::<usize>()
        );
        stream.write_all(head.as_bytes()).await.unwrap();
        stream.write_all(first.as_bytes()).await.unwrap();
        // Time for the service to refuse the form: had it closed the connection then, what follows would meet a
        // closed socket and the answer would be lost to a reset.
        tokio::time::sleep(std::time::Duration::from_millis(400)).await;
        // The rest part by part, as a program writing its form does: each write must reach a service still reading.
        for (i, part) in rest.iter().enumerate() {
            let sent = stream.write_all(part.as_bytes()).await;
            assert!(sent.is_ok(), "{path}: part {} of the rest could not be sent: {sent:?}", i + 1);
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
        let mut answer = Vec::new();
        let read = tokio::time::timeout(std::time::Duration::from_secs(30), stream.read_to_end(&mut answer)).await;
        let answer = String::from_utf8_lossy(&answer);
        assert!(matches!(read, Ok(Ok(_))), "{path}: {read:?} after {answer}");
        assert!(answer.starts_with("HTTP/1.1 400"), "{path}: {answer}");
        assert!(answer.contains("Nothing was stored"), "{path}: {answer}");
    }
    assert_eq!(app.count().await, 0);
}

/// A body sent as a multipart form that the multipart reader cannot read (no boundary, no parts) is a 400 naming it,
/// and the service goes on: asking the reader again after its failure used to panic the worker (the connection
/// closed without an answer).
#[tokio::test]
async fn a_form_the_multipart_reader_cannot_read_is_refused_and_the_service_goes_on() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    for (path, who) in [
        ("/api/v1/declarations?file_name=", Who::Officer),
        ("/api/v1/declarations", Who::Officer),
        ("/api/v1/screening/editions?list=watchlist", Who::Administrator),
    ] {
        for content_type in ["multipart/form-data", "multipart/form-data; boundary=x"] {
            let resp = app
                .request_alone(who, Method::POST, path)
                .header("content-type", content_type)
                .body("{}")
                .send()
                .await
                .unwrap_or_else(|e| panic!("{path} {content_type}: {e}"));
            assert_eq!(resp.status(), 400, "{path} {content_type}");
        }
    }
    let health = reqwest::get(app.url("/health")).await.unwrap();
    assert_eq!(health.status(), 200);
    assert_eq!(app.count().await, 0);
}

// `/health` keeps answering while heavy reads hold every connection of the service's pool (six S-211 reports at once
// on a large portfolio did): it asks through a pool of its own. The test's pool holds 4 connections; all are held.
on_both_backends!(health_answers_while_every_connection_of_the_service_s_pool_is_held, |app: TestApp| async move {
    app.upload("one.json", one_mill(1)).await;
    let held = chainon::storage::testing::hold_connections(&app.store, 4).await.unwrap();
    for _ in 0..3 {
        let asked = app.client.get(app.url("/health")).send();
        let resp = tokio::time::timeout(std::time::Duration::from_secs(5), asked)
            .await
            .expect("/health waited behind the held connections")
            .unwrap();
        assert_eq!(resp.status(), 200);
        let body: Value = resp.json().await.unwrap();
        assert_eq!(body["status"], "ok", "{body}");
        assert_eq!(body["declarations"], 1, "{body}");
    }
    drop(held);
});
