//! A bid replaced more than once: every place that says which declaration is in force (the API's answer to an
//! upload, the declaration's summary, its receipt, its page) names the last of the chain, for chains of any length
//! and for a file sent again, on both backends.

use serde_json::Value;

use crate::helpers::{TestApp, Who, demo_file, hidden_field, plain_spaces};
use crate::on_both_backends;

/// The Cordages Nordiques bid dated `date` (a file of its own: the SHA-256 follows the date).
fn bid_dated(date: &str) -> Vec<u8> {
    let mut v: Value = serde_json::from_slice(&demo_file("cordages-nordiques-w8486.json")).unwrap();
    v["supplier"]["declaration_date"] = date.into();
    serde_json::to_vec_pretty(&v).unwrap()
}

fn reference(app_body: &Value) -> String {
    app_body["reference"].as_str().unwrap().to_string()
}

async fn page(browser: &reqwest::Client, app: &TestApp, path: &str) -> String {
    let resp = browser.get(app.url(path)).send().await.unwrap();
    assert_eq!(resp.status(), 200, "{path}");
    plain_spaces(&resp.text().await.unwrap())
}

on_both_backends!(every_place_names_the_last_declaration_of_a_chain_as_the_one_in_force, |app: TestApp| async move {
    let dates = ["2026-10-20", "2026-10-27", "2026-11-03", "2026-11-10"];
    let files: Vec<Vec<u8>> = dates.iter().map(|d| bid_dated(d)).collect();
    let mut sent: Vec<Value> = Vec::new();
    for (i, bytes) in files.iter().enumerate() {
        let resp = app.upload_as(Who::Supplier, &format!("bid-{i}.json"), bytes.clone()).await;
        assert_eq!(resp.status(), 201);
        let body: Value = resp.json().await.unwrap();
        // A new file: it replaces the one before it and is itself the one in force.
        let before = i.checked_sub(1).map(|j| sent[j]["id"].clone()).unwrap_or(Value::Null);
        assert_eq!(body["superseded"], before, "file {i}");
        assert_eq!(body["superseded_by"], Value::Null, "file {i}");
        assert_eq!(body["in_force"], body["id"], "file {i}");
        assert_eq!(body["in_force_reference"], body["reference"], "file {i}");
        sent.push(body);
    }
    let ids: Vec<i64> = sent.iter().map(|b| b["id"].as_i64().unwrap()).collect();
    let last = *ids.last().unwrap();
    let last_ref = reference(sent.last().unwrap());

    // Each file sent again, the oldest first: the same answer about the chain as the one stored, whatever its place.
    for (i, bytes) in files.iter().enumerate() {
        let resp = app.upload_as(Who::Supplier, "again.json", bytes.clone()).await;
        assert_eq!(resp.status(), 200);
        let body: Value = resp.json().await.unwrap();
        assert_eq!((body["duplicate"].as_bool(), body["id"].as_i64()), (Some(true), Some(ids[i])));
        let before = i.checked_sub(1).map(|j| Value::from(ids[j])).unwrap_or(Value::Null);
        let after = ids.get(i + 1).map(|n| Value::from(*n)).unwrap_or(Value::Null);
        assert_eq!(body["superseded"], before, "file {i} again: {body}");
        assert_eq!(body["superseded_by"], after, "file {i} again: {body}");
        assert_eq!(body["in_force"], last, "file {i} again: {body}");
        assert_eq!(body["in_force_reference"], last_ref.as_str(), "file {i} again");
        // The declaration's own summary says the same.
        let one: Value =
            app.get_as(Who::Supplier, &format!("/api/v1/declarations/{}", ids[i])).await.json().await.unwrap();
        assert_eq!(one["in_force"], last, "{one}");
        assert_eq!(one["in_force_reference"], last_ref.as_str(), "{one}");
    }
    assert_eq!(app.count().await, 4, "nothing stored by the files sent again");

    // The receipts and pages: the first declaration is named replaced by the second, and the last is in force.
    let supplier = app.signed_in(Who::Supplier).await;
    for (lang, in_force) in [
        ("en", "the one in force is your declaration of November 10, 2026, reference "),
        ("fr", "celle en vigueur est votre déclaration du 10 novembre 2026, référence "),
    ] {
        for i in 0..ids.len() - 1 {
            let receipt = page(&supplier, &app, &format!("/declarations/{}/receipt?lang={lang}", ids[i])).await;
            let next_ref = reference(&sent[i + 1]);
            assert!(receipt.contains(&next_ref), "{lang} receipt {i} names what replaced it: {receipt}");
            if i + 1 < ids.len() - 1 {
                assert!(receipt.contains(&format!("{in_force}{last_ref}")), "{lang} receipt {i}: {receipt}");
                assert!(!receipt.contains(&format!("{next_ref}, which is the one in force")), "{receipt}");
                assert!(!receipt.contains(&format!("{next_ref}, qui est celle en vigueur")), "{receipt}");
            } else {
                // Replaced by the last: that one is in force, said once.
                assert!(
                    receipt.contains(&format!("{next_ref}, which is the one in force"))
                        || receipt.contains(&format!("{next_ref}, qui est celle en vigueur")),
                    "{receipt}"
                );
            }
            // The page of the declaration links the one in force.
            let decl = page(&supplier, &app, &format!("/declarations/{}?lang={lang}", ids[i])).await;
            assert!(
                decl.contains(&format!("/declarations/{last}?lang={lang}\">#{last}</a>")),
                "{lang} page {i}: {decl}"
            );
        }
        // The last one's receipt and page say nothing replaced it.
        let receipt = page(&supplier, &app, &format!("/declarations/{last}/receipt?lang={lang}")).await;
        assert!(!receipt.contains("in force is") && !receipt.contains("celle en vigueur est"), "{receipt}");
    }

    // The oldest file sent again on the upload page: its first receipt, naming the last one as in force.
    let (_, form) = {
        let resp = supplier.get(app.url("/upload?lang=en")).send().await.unwrap();
        (resp.status(), resp.text().await.unwrap())
    };
    let csrf = hidden_field(&form, "csrf").unwrap();
    let body = reqwest::multipart::Form::new()
        .text("csrf", csrf)
        .part("file", reqwest::multipart::Part::bytes(files[0].clone()).file_name("old.json"));
    let resp = supplier.post(app.url("/upload?lang=en")).multipart(body).send().await.unwrap();
    assert_eq!(resp.status(), 200);
    let again = plain_spaces(&resp.text().await.unwrap());
    assert!(again.contains("You had already sent this file"), "{again}");
    assert!(
        again.contains(&format!("the one in force is your declaration of November 10, 2026, reference {last_ref}")),
        "{again}"
    );
});
