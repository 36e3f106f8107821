//! A bid's evaluation notes are read a page at a time: the API takes `limit` and `offset` (as every list) and gives
//! the `total`; the follow-up page shows 20 notes a page, oldest first, with links to the pages either side; a new
//! note leads to the page that holds it. On both backends.

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, Who};
use crate::on_both_backends;
use crate::workflow::case_for_the_supplier;

on_both_backends!(a_bid_s_notes_are_paged_on_the_api_and_the_follow_up_page, |app: TestApp| async move {
    let (bid, _, _) = case_for_the_supplier(&app, "W8486-26-0107/002").await;
    let notes = format!("/api/v1/bids/{bid}/notes");
    for i in 1..=45 {
        let resp = app
            .request(Who::Officer, Method::POST, &notes)
            .json(&json!({"text": format!("Note n{i}.")}))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 201);
    }
    let texts = |v: &Value| -> Vec<String> {
        v["notes"].as_array().unwrap().iter().map(|n| n["text"].as_str().unwrap().to_string()).collect()
    };
    let all: Value = app.get_as(Who::Auditor, &notes).await.json().await.unwrap();
    assert_eq!((all["total"].as_u64(), texts(&all).len()), (Some(45), 45), "default: 50 a call");
    let page: Value = app.get_as(Who::Auditor, &format!("{notes}?limit=10&offset=40")).await.json().await.unwrap();
    assert_eq!(page["total"], 45);
    assert_eq!(texts(&page), (41..=45).map(|i| format!("Note n{i}.")).collect::<Vec<_>>());
    let past: Value = app.get_as(Who::Auditor, &format!("{notes}?offset=100")).await.json().await.unwrap();
    assert_eq!((past["total"].as_u64(), texts(&past).len()), (Some(45), 0));
    for bad in ["limit=0", "limit=1001", "offset=-1", "limit=x"] {
        let resp = app.get_as(Who::Auditor, &format!("{notes}?{bad}")).await;
        assert_eq!(resp.status(), 400, "{bad}");
    }

    // The page: 20 a page, the first page the oldest, a link to the next.
    let officer = app.signed_in(Who::Officer).await;
    let page = |n: u64| {
        let officer = officer.clone();
        let url = app.url(&format!("/bids/{bid}/follow-up?lang=en&page={n}"));
        async move { officer.get(url).send().await.unwrap().text().await.unwrap() }
    };
    let first = page(1).await;
    assert!(first.contains("Note n1.") && first.contains("Note n20.") && !first.contains("Note n21."), "{first}");
    assert!(first.contains("rel=\"next\"") && first.contains("page&#x3D;2"), "a link to the next page: {first}");
    let third = page(3).await;
    assert!(third.contains("Note n41.") && third.contains("Note n45.") && !third.contains("Note n40."));
    // A new note recorded on the page leads to the page that holds it (the last).
    let csrf = crate::helpers::hidden_field(&first, "csrf").unwrap();
    let resp = officer
        .post(app.url(&format!("/bids/{bid}/follow-up?lang=en")))
        .form(&[("csrf", csrf.as_str()), ("type", "note"), ("text", "Note n46.")])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 303);
    let location = resp.headers()["location"].to_str().unwrap().to_string();
    assert!(location.contains("page=3") && location.ends_with("#notes"), "{location}");
});
