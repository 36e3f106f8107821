//! What a JSON body, a page form and a contract may hold: a field a body does not take is refused (never dropped),
//! naming it and the field surely meant; a code of a closed list is one of the list (a contract's goods category);
//! a day is one of the calendar, named with its field and value; an award day is within its bounds; and every text
//! of a page form is held to the characters the API takes.

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, Who, day, hidden_field};
use crate::on_both_backends;
use crate::workflow::case_for_the_supplier;

async fn send(app: &TestApp, who: Who, method: Method, path: &str, body: &Value) -> (u16, Value) {
    let resp = app.request(who, method, path).json(body).send().await.unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}

async fn audit_entries(app: &TestApp) -> i64 {
    app.store.verify_audit().await.unwrap().entries as i64
}

/// The paths and methods of the OpenAPI document whose request body is JSON.
fn json_body_operations() -> Vec<(String, String)> {
    use utoipa::OpenApi;
    let doc = serde_json::to_value(chainon::web::ApiDoc::openapi()).unwrap();
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            // A declaration sent as a JSON file is read by the intake, which has its own rules for what a file holds.
            if op["requestBody"]["content"].get("application/json").is_some() && path != "/api/v1/declarations" {
                out.push((method.clone(), path.clone()));
            }
        }
    }
    out
}

/// Asserts a 400 whose English and French words name `field`.
fn names_the_field(status: u16, body: &Value, field: &str, what: &str) {
    assert_eq!(status, 400, "{what}: {body}");
    let (en, fr) = (body["message"].as_str().unwrap(), body["message_fr"].as_str().unwrap());
    // The field by its path: `extra_field`, or `overrides[0].extra_field` inside a nested object.
    let (en_ok, fr_ok) = (format!("{field}”"), format!("{field}\u{a0}»"));
    assert!(
        en.contains(&en_ok)
            && (en.contains(&format!("“{field}"))
                || en.contains(&format!("].{field}"))
                || en.contains(&format!(".{field}”"))),
        "{what}: {en}"
    );
    assert!(fr.contains(&fr_ok), "{what}: {fr}");
}

/// A bid of the supplier under contract `number` with a case opened on it, and a request for information sent on the
/// bid: (bid, contract, case, request).
async fn with_a_request(app: &TestApp, number: &str) -> (i64, i64, i64, i64) {
    let (bid, contract_id, case) = case_for_the_supplier(app, number).await;
    let sent = send(
        app,
        Who::Officer,
        Method::POST,
        &format!("/api/v1/bids/{bid}/requests"),
        &json!({"subject": "Tier 3", "body": "Name the mill.", "respond_by": day(10)}),
    )
    .await;
    assert_eq!(sent.0, 201, "{sent:?}");
    (bid, contract_id, case, sent.1["id"].as_i64().unwrap())
}

// Every operation of the document that reads a JSON body, sent a body it would take but for one field more (at the
// top, and inside each nested object a body has): 400 naming the field, in both languages, and nothing stored. The
// table of bodies must cover every such operation: a new one is tested here or this test fails.
on_both_backends!(every_json_body_refuses_a_field_it_does_not_take_and_stores_nothing, |app: TestApp| async move {
    let (bid, contract_id, case, request_id) = with_a_request(&app, "W8486-26-0301/001").await;
    let officer_id = app.account_id(Who::Officer);
    let contract = json!({
        "number": "W8486-26-0302/001", "kind": "contract", "title": "Lines", "business_number": "842310575",
        "supplier_name": "Cordages Nordiques Inc.", "goods_category": "ropes_cordage", "value_cad": 1000.0,
        "awarded_on": "2024-02-01",
        "overrides": [{"instrument": "origin_of_work_clause", "in_force": true, "reason": "Written into it"}]
    });
    let events = format!("/api/v1/cases/{case}/events");
    // The supplier sees its case once a notice is sent to it: evidence, then the notice.
    for event in [
        json!({"type": "evidence", "kind": "credible_report", "source": "NGO", "dated": day(-3),
               "credibility": "high", "allegation": "forced_labour", "indicators": ["debt_bondage"]}),
        json!({"type": "notice", "respond_by": day(20), "subject": "S", "body": "B",
               "delivery": {"on": day(0), "means": "registered mail", "evidence": "RR123"}}),
    ] {
        let (status, answer) = send(&app, Who::Auditor, Method::POST, &events, &event).await;
        assert_eq!(status, 201, "{answer}");
    }
    // (method, documented path, address, who, a body it takes, where an extra field goes: a JSON pointer).
    type Row<'a> = (&'a str, &'a str, String, Who, Value, Vec<&'a str>);
    let table: Vec<Row> = vec![
        ("post", "/api/v1/contracts", "/api/v1/contracts".into(), Who::Officer, contract, vec!["", "/overrides/0"]),
        (
            "post",
            "/api/v1/contracts/{id}/cases",
            format!("/api/v1/contracts/{contract_id}/cases"),
            Who::Auditor,
            json!({"title": "A case"}),
            vec![""],
        ),
        (
            "post",
            "/api/v1/cases/{id}/events",
            events.clone(),
            Who::Auditor,
            json!({"type": "evidence", "kind": "credible_report", "source": "NGO", "dated": day(-3),
                   "credibility": "high", "allegation": "forced_labour", "indicators": ["debt_bondage"]}),
            vec![""],
        ),
        (
            "post",
            "/api/v1/cases/{id}/events",
            events.clone(),
            Who::Auditor,
            json!({"type": "notice", "respond_by": day(20), "subject": "S", "body": "B",
                   "delivery": {"on": day(0), "means": "registered mail", "evidence": "RR123"}}),
            vec!["", "/delivery"],
        ),
        (
            "post",
            "/api/v1/cases/{id}/events",
            events.clone(),
            Who::Auditor,
            json!({"type": "action_plan", "milestones": [{"description": "Audit", "due": day(30)}]}),
            vec!["", "/milestones/0"],
        ),
        (
            "post",
            "/api/v1/cases/{id}/events",
            events.clone(),
            Who::Auditor,
            json!({"type": "decision", "outcome": "continue", "decided_on": day(0), "rationale": "R"}),
            vec![""],
        ),
        (
            "post",
            "/api/v1/cases/{id}/events",
            events.clone(),
            Who::Supplier,
            json!({"type": "response", "notice_seq": 1, "text": "T"}),
            vec![""],
        ),
        (
            "post",
            "/api/v1/bids/{id}/requests",
            format!("/api/v1/bids/{bid}/requests"),
            Who::Officer,
            json!({"subject": "S", "body": "B", "respond_by": day(10)}),
            vec![""],
        ),
        (
            "post",
            "/api/v1/requests/{id}/answers",
            format!("/api/v1/requests/{request_id}/answers"),
            Who::Supplier,
            json!({"text": "T"}),
            vec![""],
        ),
        (
            "post",
            "/api/v1/bids/{id}/notes",
            format!("/api/v1/bids/{bid}/notes"),
            Who::Officer,
            json!({"text": "T"}),
            vec![""],
        ),
        (
            "post",
            "/api/v1/screening/hits/{id}/decision",
            "/api/v1/screening/hits/1/decision".into(),
            Who::Officer,
            json!({"confirmed": false, "note": "N"}),
            vec![""],
        ),
        (
            "post",
            "/api/v1/graph/matches",
            "/api/v1/graph/matches".into(),
            Who::Officer,
            json!({"key_a": "a", "key_b": "b", "same": false}),
            vec![""],
        ),
        (
            "put",
            "/api/v1/accounts/{id}/role",
            format!("/api/v1/accounts/{officer_id}/role"),
            Who::Administrator,
            json!({"role": "auditor"}),
            vec![""],
        ),
        (
            "put",
            "/api/v1/me/screening-alerts",
            "/api/v1/me/screening-alerts".into(),
            Who::Officer,
            json!({"on": true}),
            vec![""],
        ),
    ];
    let covered: std::collections::BTreeSet<(String, String)> =
        table.iter().map(|(m, p, ..)| (m.to_string(), p.to_string())).collect();
    for operation in json_body_operations() {
        assert!(covered.contains(&operation), "no body in this test for {operation:?}");
    }
    for (verb, documented, address, who, body, places) in &table {
        for place in places {
            let mut sent = body.clone();
            let target = sent.pointer_mut(place).unwrap().as_object_mut().unwrap();
            target.insert("extra_field".into(), json!(1));
            let before = audit_entries(&app).await;
            let method = Method::from_bytes(verb.to_ascii_uppercase().as_bytes()).unwrap();
            let (status, answer) = send(&app, *who, method, address, &sent).await;
            let at = format!("{documented} at “{place}”");
            names_the_field(status, &answer, "extra_field", &at);
            assert!(answer["message"].as_str().unwrap().contains("never dropped"), "{at}: says why: {answer}");
            assert_eq!(audit_entries(&app).await, before, "{at}: something was stored");
        }
    }
});

// The tester's slips: a misspelt field of evidence and of a decision, an extra field on a contract. Each refused,
// naming the field and the one surely meant; the evidence stays out of the case's record.
on_both_backends!(a_misspelt_field_is_refused_naming_the_field_meant, |app: TestApp| async move {
    let (_, _, case) = case_for_the_supplier(&app, "W8486-26-0303/001").await;
    let events = format!("/api/v1/cases/{case}/events");
    let before = app.store.case(case).await.unwrap().unwrap().events.len();
    for (body, given, meant) in [
        (
            json!({"type": "evidence", "kind": "credible_report", "source": "NGO", "dated": day(-1),
                   "credibility": "high", "indicator": ["debt_bondage"]}),
            "indicator",
            "indicators",
        ),
        (
            json!({"type": "evidence", "kind": "credible_report", "source": "NGO", "dated": day(-1),
                   "credibilty": "high"}),
            "credibilty",
            "credibility",
        ),
        (
            json!({"type": "evidence", "kind": "credible_report", "source": "NGO", "dated": day(-1),
                   "credibility": "high", "site": ["1/HUB"]}),
            "site",
            "sites",
        ),
        (
            json!({"type": "decision", "outcome": "continue", "decided_on": day(0), "rationale": "R",
                   "remediation_not_possible_becuase": "x"}),
            "remediation_not_possible_becuase",
            "remediation_not_possible_because",
        ),
    ] {
        let (status, answer) = send(&app, Who::Auditor, Method::POST, &events, &body).await;
        names_the_field(status, &answer, given, given);
        let (en, fr) = (answer["message"].as_str().unwrap(), answer["message_fr"].as_str().unwrap());
        // The question ends the message: no full stop after its question mark.
        assert!(en.ends_with(&format!("did you mean “{meant}”?")), "{en}");
        assert!(fr.ends_with(&format!("vouliez-vous dire «\u{a0}{meant}\u{a0}»\u{202f}?")), "{fr}");
    }
    assert_eq!(app.store.case(case).await.unwrap().unwrap().events.len(), before, "nothing recorded");
    let contract = json!({
        "number": "X-2", "kind": "contract", "title": "Lines", "business_number": "842310575",
        "supplier_name": "Cordages Nordiques Inc.", "goods_category": "ropes_cordage", "value_cad": 1000.0,
        "awarded_on": "2024-02-01", "overides": []
    });
    let (status, answer) = send(&app, Who::Officer, Method::POST, "/api/v1/contracts", &contract).await;
    names_the_field(status, &answer, "overides", "contract");
    assert!(answer["message"].as_str().unwrap().ends_with("did you mean “overrides”?"), "{answer}");
    // A number that ends on a bare slash names no call-up: refused naming it, in both languages, nothing stored.
    for number in ["EN578-260044/", "w8486-27/0102/ ", "X-3//"] {
        let mut c = contract.clone();
        c["number"] = json!(number);
        c.as_object_mut().unwrap().remove("overides");
        let (status, answer) = send(&app, Who::Officer, Method::POST, "/api/v1/contracts", &c).await;
        assert_eq!(status, 400, "{number}: {answer}");
        let (en, fr) = (answer["message"].as_str().unwrap(), answer["message_fr"].as_str().unwrap());
        let shown = number.trim().to_uppercase();
        assert!(en.contains(&format!("“{shown}”")) && en.contains("ends on a slash"), "{en}");
        assert!(fr.contains(&format!("«\u{a0}{shown}\u{a0}»")) && fr.contains("barre oblique"), "{fr}");
    }
    let list = app.get_as(Who::Officer, "/api/v1/contracts").await.text().await.unwrap();
    assert!(!list.contains("260044") && !list.contains("0102/"), "nothing stored: {list}");
});

// A day that is not in the calendar and a code not of its list, inside a case event: the field by its path and the
// value, in both languages — not "line 0, column 0" nor "the field “?”".
on_both_backends!(a_bad_day_or_code_in_a_case_event_names_its_field_and_value, |app: TestApp| async move {
    let (_, _, case) = case_for_the_supplier(&app, "W8486-26-0304/001").await;
    let events = format!("/api/v1/cases/{case}/events");
    let evidence = |field: &str, value: Value| {
        let mut e = json!({"type": "evidence", "kind": "credible_report", "source": "NGO", "dated": day(-1),
                           "credibility": "high"});
        e[field] = value;
        e
    };
    for (body, field, value) in [
        (evidence("dated", json!("2026-02-30")), "dated", "2026-02-30"),
        (evidence("dated", json!("30/01/2026")), "dated", "30/01/2026"),
        (
            evidence("indicators", json!(["debt_bondage", "below_minimum_working_age"])),
            "indicators[1]",
            "below_minimum_working_age",
        ),
        (evidence("credibility", json!("certain")), "credibility", "certain"),
        (
            json!({"type": "notice", "respond_by": day(20), "subject": "S", "body": "B",
                   "delivery": {"on": "2026-13-01", "means": "mail", "evidence": "E"}}),
            "delivery.on",
            "2026-13-01",
        ),
        (
            json!({"type": "action_plan", "milestones": [{"description": "A", "due": "tomorrow"}]}),
            "milestones[0].due",
            "tomorrow",
        ),
        (
            json!({"type": "decision", "outcome": "terminate", "decided_on": day(0), "rationale": "R"}),
            "outcome",
            "terminate",
        ),
    ] {
        let (status, answer) = send(&app, Who::Auditor, Method::POST, &events, &body).await;
        names_the_field(status, &answer, field, field);
        let (en, fr) = (answer["message"].as_str().unwrap(), answer["message_fr"].as_str().unwrap());
        assert!(en.contains(&format!("“{value}”")) && fr.contains(&format!("«\u{a0}{value}\u{a0}»")), "{en} / {fr}");
        assert!(!en.contains("line 0") && !fr.contains("ligne 0"), "{en}");
    }
});

// A contract's goods category is a code of the risk model, on the API as on the page: a label, a code in capitals, a
// word close to one are refused naming the field and the codes, in both languages; nothing stored.
on_both_backends!(
    a_contract_goods_category_is_a_code_of_the_model_on_the_api_and_the_page,
    |app: TestApp| async move {
        let body = |category: &str, number: &str| {
            json!({"number": number, "kind": "contract", "title": "Shirts", "business_number": "830176459",
               "supplier_name": "Polar Workwear Inc.", "goods_category": category, "value_cad": 250000,
               "awarded_on": "2026-11-10", "ends_on": "2027-11-10"})
        };
        for (i, category) in ["clothes", "Clothing", "rope", "Clothing and uniforms", ""].into_iter().enumerate() {
            let (status, answer) =
                send(&app, Who::Officer, Method::POST, "/api/v1/contracts", &body(category, &format!("X-{i}"))).await;
            assert_eq!(status, 400, "{category}: {answer}");
            for (key, label) in [("message", "Goods category (goods_category)"), ("message_fr", "Catégorie de biens")]
            {
                let m = answer[key].as_str().unwrap();
                assert!(
                    m.contains(label) && m.contains("clothing") && m.contains("ropes_cordage"),
                    "{category} {key}: {m}"
                );
            }
        }
        let (_, answer) = send(&app, Who::Officer, Method::POST, "/api/v1/contracts", &body("Clothing", "X-9")).await;
        assert!(answer["message"].as_str().unwrap().contains("Did you mean “clothing”?"), "{answer}");
        let list: Value = app.get_as(Who::Officer, "/api/v1/contracts").await.json().await.unwrap();
        assert_eq!(list["contracts"].as_array().unwrap().len(), 0, "nothing stored");
        let (status, ok) = send(&app, Who::Officer, Method::POST, "/api/v1/contracts", &body("clothing", "X-3")).await;
        assert_eq!(status, 201, "{ok}");
    }
);

// An award day from 1 April 2000 to today, on the API and the page: 1900, 1999 and a day ahead refused naming the
// field and the bound, in both languages; today and the floor itself taken.
on_both_backends!(a_contract_award_day_is_between_the_floor_and_today, |app: TestApp| async move {
    let body = |awarded: &str, number: &str| {
        json!({"number": number, "kind": "contract", "title": "Lines", "business_number": "842310575",
               "supplier_name": "Cordages Nordiques Inc.", "goods_category": "ropes_cordage", "value_cad": 1000,
               "awarded_on": awarded})
    };
    let tomorrow = day(1);
    for (awarded, en, fr) in [
        ("1900-01-01", "before April 1, 2000", "avant le 1er avril 2000"),
        ("2000-03-31", "before April 1, 2000", "avant le 1er avril 2000"),
        (tomorrow.as_str(), "after today", "après aujourd'hui"),
        ("2030-01-01", "after today", "après aujourd'hui"),
    ] {
        let (status, answer) = send(&app, Who::Officer, Method::POST, "/api/v1/contracts", &body(awarded, "Y-1")).await;
        assert_eq!(status, 400, "{awarded}: {answer}");
        let (m_en, m_fr) = (answer["message"].as_str().unwrap(), answer["message_fr"].as_str().unwrap());
        assert!(m_en.contains("Awarded on (awarded_on)") && m_en.contains(en), "{awarded}: {m_en}");
        assert!(m_fr.contains("Attribué le ") && m_fr.contains(fr), "{awarded}: {m_fr}");
    }
    for (i, awarded) in ["2000-04-01".to_string(), day(0)].iter().enumerate() {
        let (status, answer) =
            send(&app, Who::Officer, Method::POST, "/api/v1/contracts", &body(awarded, &format!("Y-{}", i + 2))).await;
        assert_eq!(status, 201, "{awarded}: {answer}");
    }
    // The page's form: the same rule.
    let browser = app.signed_in(Who::Officer).await;
    let html = browser.get(app.url("/contracts")).send().await.unwrap().text().await.unwrap();
    let csrf = hidden_field(&html, "csrf").unwrap();
    for awarded in ["1900-01-01", "2030-01-01"] {
        let resp = browser
            .post(app.url("/contracts?lang=en"))
            .form(&[
                ("csrf", csrf.as_str()),
                ("number", "Z-1"),
                ("kind", "contract"),
                ("title", "Lines"),
                ("business_number", "842310575"),
                ("supplier_name", "Cordages"),
                ("goods_category", "ropes_cordage"),
                ("value_cad", "1000"),
                ("awarded_on", awarded),
                ("ends_on", ""),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 400, "{awarded}");
        assert!(resp.text().await.unwrap().contains("(awarded_on)"), "{awarded}");
    }
    let list: Value = app.get_as(Who::Officer, "/api/v1/contracts").await.json().await.unwrap();
    assert_eq!(list["contracts"].as_array().unwrap().len(), 2);
});

/// A control character, a right-to-left override, a zero-width space and the replacement character, with the code
/// point each refusal names.
const UNREADABLE: [(&str, &str); 4] = [
    ("n\u{7}", "U+0007"),
    ("NGO \u{202e}evil", "U+202E"),
    ("zero\u{200b}width", "U+200B"),
    ("lost \u{fffd}", "U+FFFD"),
];

/// Posts `fields` to `path` as a URL-encoded form, or as a multipart form (every field a text part).
async fn post_form(
    browser: &reqwest::Client,
    app: &TestApp,
    path: &str,
    fields: &[(&str, &str)],
    multipart: bool,
) -> (u16, String) {
    let request = browser.post(app.url(path));
    let request = if multipart {
        let mut form = reqwest::multipart::Form::new();
        for (name, value) in fields {
            form = form.text(name.to_string(), value.to_string());
        }
        request.multipart(form)
    } else {
        request
            .header("content-type", "application/x-www-form-urlencoded")
            .body(serde_urlencoded::to_string(fields).unwrap())
    };
    let resp = request.send().await.unwrap();
    (resp.status().as_u16(), resp.text().await.unwrap())
}

// Every page form that takes text (every POST page route but sign-out), sent each unreadable character in a text
// field: 400 naming the character, nothing stored — the case page's forms (URL-encoded and multipart, notice and
// evidence) as the others, as the API. The table must cover every page form mounted.
on_both_backends!(every_page_form_refuses_the_characters_the_api_refuses, |app: TestApp| async move {
    let (bid, contract_id, case, request_id) = with_a_request(&app, "W8486-26-0305/001").await;
    let officer_id = app.account_id(Who::Officer);
    let (yesterday, later) = (day(-1), day(20));
    let notice = move |text: &'static str| -> Vec<(&'static str, String)> {
        vec![("type", "notice".into()), ("respond_by", later.clone()), ("subject", text.into()), ("body", "b".into())]
    };
    let evidence = move |text: &'static str| -> Vec<(&'static str, String)> {
        vec![
            ("type", "evidence".into()),
            ("evidence_kind", "credible_report".into()),
            ("source", text.into()),
            ("summary", "s".into()),
            ("dated", yesterday.clone()),
            ("credibility", "high".into()),
            ("allegation", "forced_labour".into()),
            ("indicators", "debt_bondage".into()),
        ]
    };
    type Fields = Box<dyn Fn(&'static str) -> Vec<(&'static str, String)>>;
    let one = |name: &'static str| -> Fields { Box::new(move |t: &'static str| vec![(name, t.to_string())]) };
    // (route as mounted, address, who, the form's text fields with the text put in, multipart).
    let table: Vec<(&str, String, Who, Fields, bool)> = vec![
        (
            "/contracts",
            "/contracts".into(),
            Who::Officer,
            Box::new(|t: &'static str| {
                vec![
                    ("number", "Q-1".into()),
                    ("kind", "contract".into()),
                    ("title", t.into()),
                    ("business_number", "842310575".into()),
                    ("supplier_name", "Cordages".into()),
                    ("goods_category", "ropes_cordage".into()),
                    ("value_cad", "1000".into()),
                    ("awarded_on", "2024-01-01".into()),
                ]
            }),
            false,
        ),
        ("/contracts/{id}/cases", format!("/contracts/{contract_id}/cases"), Who::Auditor, one("title"), false),
        ("/cases/{id}", format!("/cases/{case}"), Who::Auditor, Box::new(notice.clone()), false),
        ("/cases/{id}", format!("/cases/{case}"), Who::Auditor, Box::new(notice), true),
        ("/cases/{id}", format!("/cases/{case}"), Who::Auditor, Box::new(evidence.clone()), false),
        ("/cases/{id}", format!("/cases/{case}"), Who::Auditor, Box::new(evidence), true),
        ("/bids/{id}/follow-up", format!("/bids/{bid}/follow-up"), Who::Officer, one("note"), false),
        ("/requests/{id}", format!("/requests/{request_id}"), Who::Supplier, one("text"), false),
        ("/graph/matches", "/graph/matches".into(), Who::Officer, one("key_a"), false),
        ("/screening/hits/{id}", "/screening/hits/1".into(), Who::Officer, one("note"), false),
        ("/screening/import", "/screening/import".into(), Who::Administrator, one("label"), true),
        ("/upload", "/upload".into(), Who::Supplier, one("csrf"), true),
        (
            "/accounts",
            "/accounts".into(),
            Who::Administrator,
            Box::new(|t: &'static str| {
                vec![("email", "new@pspc.test".into()), ("display_name", t.into()), ("role", "officer".into())]
            }),
            false,
        ),
        ("/accounts/{id}/disable", format!("/accounts/{officer_id}/disable"), Who::Administrator, one("csrf"), false),
        ("/accounts/{id}/enable", format!("/accounts/{officer_id}/enable"), Who::Administrator, one("csrf"), false),
        (
            "/accounts/{id}/role",
            format!("/accounts/{officer_id}/role"),
            Who::Administrator,
            one("business_number"),
            false,
        ),
        (
            "/accounts/{id}/password-reset",
            format!("/accounts/{officer_id}/password-reset"),
            Who::Administrator,
            one("csrf"),
            false,
        ),
        (
            "/accounts/{id}/tokens/{token_id}/revoke",
            format!("/accounts/{officer_id}/tokens/1/revoke"),
            Who::Administrator,
            one("csrf"),
            false,
        ),
        (
            "/accounts/{id}/language",
            format!("/accounts/{officer_id}/language"),
            Who::Administrator,
            one("language"),
            false,
        ),
        ("/account/language", "/account/language".into(), Who::Officer, one("language"), false),
        ("/account/screening-alerts", "/account/screening-alerts".into(), Who::Officer, one("alerts"), false),
        ("/password-reset", "/password-reset".into(), Who::Anonymous, one("password"), false),
        ("/login", "/login".into(), Who::Anonymous, one("email"), false),
    ];
    let covered: std::collections::BTreeSet<&str> = table.iter().map(|(route, ..)| *route).collect();
    for (method, route) in crate::access::mounted_routes() {
        if method == "POST" && !route.starts_with("/api/") && route != "/logout" {
            assert!(covered.contains(route.as_str()), "no form in this test for POST {route}");
        }
    }
    let mut browsers = std::collections::HashMap::new();
    for (route, address, who, fields, multipart) in &table {
        if !browsers.contains_key(who) {
            let browser = if *who == Who::Anonymous { app.browser() } else { app.signed_in(*who).await };
            browsers.insert(*who, browser);
        }
        let browser = &browsers[who];
        for (text, code_point) in UNREADABLE {
            let filled = fields(text);
            let mut form: Vec<(&str, &str)> = vec![("csrf", "token")];
            form.extend(filled.iter().map(|(n, v)| (*n, v.as_str())));
            if form.iter().filter(|(n, _)| *n == "csrf").count() > 1 {
                form.remove(0);
            }
            let before = audit_entries(&app).await;
            let (status, page) = post_form(browser, &app, &format!("{address}?lang=en"), &form, *multipart).await;
            let what = format!("{route} ({}) {code_point}", if *multipart { "multipart" } else { "urlencoded" });
            assert_eq!(status, 400, "{what}: {page}");
            assert!(page.contains(code_point), "{what}: the character is not named: {page}");
            assert_eq!(audit_entries(&app).await, before, "{what}: something was stored");
        }
    }
    let stored = app.store.case(case).await.unwrap().unwrap().events.len();
    assert_eq!(stored, 0, "the case page stored an event");
});
