//! A receipt's reference (`CHN-2026-000042`) finds its declaration in the declarations search, on the API and the
//! home page, however it is typed (case, spaces or dashes), on both backends; a reference of another year finds
//! nothing.

use serde_json::Value;

use crate::helpers::{TestApp, Who, demo_file, demo_files};
use crate::on_both_backends;

on_both_backends!(a_receipt_reference_finds_its_declaration, |app: TestApp| async move {
    for name in demo_files() {
        assert!(app.upload(&name, demo_file(&name)).await.status().is_success());
    }
    // One bid sent again, dated later: the first file is replaced.
    let mut newer: Value = serde_json::from_slice(&demo_file("cordages-nordiques-w8486.json")).unwrap();
    newer["supplier"]["declaration_date"] = "2026-11-20".into();
    let resp = app.upload("newer.json", serde_json::to_vec(&newer).unwrap()).await;
    assert_eq!(resp.status(), 201);
    let all: Value = app.get_as(Who::Officer, "/api/v1/declarations?limit=1000").await.json().await.unwrap();
    let listed = all["declarations"].as_array().unwrap();
    assert!(listed.len() >= 3);
    for d in listed.iter().take(3) {
        let reference = d["reference"].as_str().unwrap().to_string();
        let (year, number) = (&reference[4..8], &reference[9..]);
        for typed in [
            reference.clone(),
            reference.to_lowercase(),
            format!("CHN {year} {number}"),
            format!("  chn{year}{number} "),
            format!("CHN-{year}-{}", number.trim_start_matches('0')),
        ] {
            let q = typed.replace(' ', "+");
            let found: Value =
                app.get_as(Who::Officer, &format!("/api/v1/declarations?q={q}")).await.json().await.unwrap();
            assert_eq!(found["total"], 1, "{typed}: {found}");
            assert_eq!(found["declarations"][0]["id"], d["id"], "{typed}");
        }
        // Another year's reference of the same number is no receipt ever given.
        let other = format!("CHN-{}-{number}", year.parse::<i32>().unwrap() - 1);
        let found: Value =
            app.get_as(Who::Officer, &format!("/api/v1/declarations?q={other}")).await.json().await.unwrap();
        assert_eq!(found["total"], 0, "{other}: {found}");
        // The home page finds it too.
        let officer = app.signed_in(Who::Officer).await;
        let page =
            officer.get(app.url(&format!("/?lang=en&q={reference}"))).send().await.unwrap().text().await.unwrap();
        assert!(page.contains(&format!("/declarations/{}?lang=en", d["id"])), "{reference}");
    }
    // A declaration replaced since is found by its receipt's reference too (the list alone shows current ones).
    let every: Value =
        app.get_as(Who::Officer, "/api/v1/declarations?limit=1000&include_superseded=true").await.json().await.unwrap();
    let replaced = every["declarations"].as_array().unwrap().iter().find(|d| !d["superseded_by"].is_null()).unwrap();
    let q = replaced["reference"].as_str().unwrap();
    let found: Value = app.get_as(Who::Officer, &format!("/api/v1/declarations?q={q}")).await.json().await.unwrap();
    assert_eq!((found["total"].as_u64(), &found["declarations"][0]["id"]), (Some(1), &replaced["id"]), "{found}");
    // A supplier finds only its own declarations by reference.
    let other_supplier: Value = app.get_as(Who::OtherSupplier, "/api/v1/declarations").await.json().await.unwrap();
    let theirs: Vec<i64> =
        other_supplier["declarations"].as_array().unwrap().iter().map(|d| d["id"].as_i64().unwrap()).collect();
    let not_theirs = listed.iter().find(|d| !theirs.contains(&d["id"].as_i64().unwrap())).unwrap();
    let q = not_theirs["reference"].as_str().unwrap();
    let found: Value =
        app.get_as(Who::OtherSupplier, &format!("/api/v1/declarations?q={q}")).await.json().await.unwrap();
    assert_eq!(found["total"], 0, "{found}");
});
