//! A supplier sees of a compliance case only what was notified to it: before the first notice, the case is not
//! there for it at all (its title, its existence: 404, in no list, not on its home page, its contract's page or its
//! contract's API answer); from the notice on, it sees the case with its notices, responses and decisions.

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, Who};
use crate::on_both_backends;

const TITLE: &str = "Internal review of the Tirupur spinning mill";

on_both_backends!(a_case_is_hidden_from_its_supplier_until_a_notice_is_sent, |app: TestApp| async move {
    let contract = json!({
        "number": "W8486-26/900", "kind": "contract", "title": "Mooring lines", "business_number": "842310575",
        "supplier_name": "Cordages Nordiques Inc.", "goods_category": "ropes_cordage", "value_cad": 480000.0,
        "awarded_on": "2022-01-10", "ends_on": "2027-01-09"
    });
    let contract_id = app.create(Who::Officer, "/api/v1/contracts", contract).await["id"].as_i64().unwrap();
    let case = app
        .create(Who::Auditor, &format!("/api/v1/contracts/{contract_id}/cases"), json!({"title": TITLE}))
        .await["id"]
        .as_i64()
        .unwrap();
    let events = format!("/api/v1/cases/{case}/events");
    let evidence = json!({
        "type": "evidence", "kind": "credible_report", "source": "NGO report", "dated": "2026-06-02",
        "indicators": ["withholding_of_wages"], "credibility": "high", "summary": "Wages withheld."
    });
    let resp = app.request(Who::Auditor, Method::POST, &events).json(&evidence).send().await.unwrap();
    assert_eq!(resp.status(), 201);

    let supplier = app.signed_in(Who::Supplier).await;
    let sees = async |notified: bool| {
        // The case itself, on the API and its page.
        let status = app.get_as(Who::Supplier, &format!("/api/v1/cases/{case}")).await.status().as_u16();
        assert_eq!(status, if notified { 200 } else { 404 }, "the case's answer");
        let page = supplier.get(app.url(&format!("/cases/{case}?lang=en"))).send().await.unwrap();
        assert_eq!(page.status().as_u16(), if notified { 200 } else { 404 }, "the case's page");
        // Its contract's API answer and page, and the supplier's home page.
        let c: Value =
            app.get_as(Who::Supplier, &format!("/api/v1/contracts/{contract_id}")).await.json().await.unwrap();
        assert_eq!(c["cases"].as_array().unwrap().contains(&json!(case)), notified, "{c}");
        for path in [format!("/contracts/{contract_id}?lang=en"), "/?lang=en".to_string()] {
            let html = supplier.get(app.url(&path)).send().await.unwrap().text().await.unwrap();
            assert_eq!(html.contains(TITLE), notified, "{path}");
        }
        // Nor may it post to it: a case it does not know of is not there.
        let answer = json!({"type": "response", "notice_seq": 1, "text": "?"});
        let resp = app.request(Who::Supplier, Method::POST, &events).json(&answer).send().await.unwrap();
        assert_ne!(resp.status().as_u16(), 201);
        if !notified {
            assert_eq!(resp.status().as_u16(), 404);
        }
    };
    sees(false).await;
    // The officers see it all along.
    assert_eq!(app.get_as(Who::Officer, &format!("/api/v1/cases/{case}")).await.status(), 200);
    let notice =
        json!({"type": "notice", "respond_by": crate::helpers::day(30), "subject": "Allegation", "body": "Respond."});
    let resp = app.request(Who::Auditor, Method::POST, &events).json(&notice).send().await.unwrap();
    assert_eq!(resp.status(), 201);
    sees(true).await;
    // The competitor never does.
    assert_eq!(app.get_as(Who::OtherSupplier, &format!("/api/v1/cases/{case}")).await.status(), 404);
});
