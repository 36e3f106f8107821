//! The pages, in both languages, on SQLite and PostgreSQL (those that read or write data).

use crate::helpers::{Backend, TestApp, Who, demo_file, demo_files, plain_spaces, spawn_app};
use crate::on_both_backends;

async fn with_demo(app: TestApp) -> TestApp {
    for name in demo_files() {
        assert!(app.upload(&name, demo_file(&name)).await.status().is_success());
    }
    app
}

async fn page(app: &TestApp, path: &str) -> (u16, String) {
    let resp = app.client.get(app.url(path)).send().await.unwrap();
    (resp.status().as_u16(), resp.text().await.unwrap())
}

on_both_backends!(the_home_page_lists_solicitations_in_both_languages, |app: TestApp| async move {
    let app = with_demo(app).await;
    let (status, en) = page(&app, "/").await;
    assert_eq!(status, 200);
    assert!(en.contains("<html lang=\"en\">"));
    assert!(en.contains("Solicitations"));
    let sols = app.store.list_solicitations().await.unwrap();
    assert!(en.contains(&sols[0].number));
    let (_, fr) = page(&app, "/?lang=fr").await;
    // Attribute values are HTML-escaped; a browser reads `&#x3D;` as `=`.
    let fr = fr.replace("&#x3D;", "=");
    assert!(fr.contains("<html lang=\"fr\">"));
    assert!(fr.contains("Invitations à soumissionner"));
    assert!(fr.contains("href=\"/?lang=en\""), "the toggle goes back to the same page in English");
});

on_both_backends!(a_declaration_page_shows_the_chain_by_tier_and_the_reasons, |app: TestApp| async move {
    let app = with_demo(app).await;
    let first = app.store.list_declarations(&Default::default()).await.unwrap()[0].id;
    let (status, en) = page(&app, &format!("/declarations/{first}")).await;
    assert_eq!(status, 200);
    assert!(en.contains("Tier 1"));
    assert!(en.contains("Why this score"));
    assert!(en.contains("Forced labour") && en.contains("Child labour"));
    let (_, fr) = page(&app, &format!("/declarations/{first}?lang=fr")).await;
    assert!(fr.contains("Niveau 1"));
    assert!(fr.contains("Pourquoi cette note"));
    assert!(fr.contains("Travail forcé") && fr.contains("Travail des enfants"));
});

on_both_backends!(a_solicitation_page_compares_its_bids, |app: TestApp| async move {
    let app = with_demo(app).await;
    let sols = app.store.list_solicitations().await.unwrap();
    let s = &sols[0];
    let (status, body) = page(&app, &format!("/solicitations/{}", s.number)).await;
    assert_eq!(status, 200);
    let bids = app.store.bids_for(&s.number).await.unwrap().unwrap();
    for b in &bids.bids {
        assert!(body.contains(&format!("/declarations/{}", b.id)));
    }
});

on_both_backends!(the_report_stands_alone, |app: TestApp| async move {
    let app = with_demo(app).await;
    let first = app.store.list_declarations(&Default::default()).await.unwrap()[0].id;
    let resp = app.client.get(app.url(&format!("/declarations/{first}/report?lang=fr"))).send().await.unwrap();
    assert_eq!(resp.status(), 200);
    assert!(resp.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
    let body = resp.text().await.unwrap();
    assert!(body.contains("<style>"));
    assert!(!body.contains("<link"), "no external stylesheet");
    assert!(!body.contains("<script"), "no script");
    assert!(body.contains("Travail forcé"));
});

#[tokio::test]
async fn unknown_pages_get_a_friendly_error_in_the_users_language() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let (status, body) = page(&app, "/no/such/page?lang=fr").await;
    assert_eq!(status, 404);
    assert!(body.contains("Page introuvable"));
    let (status, body) = page(&app, "/declarations/999999").await;
    assert_eq!(status, 404);
    assert!(body.contains("Page not found"));
    // The API's door answers JSON, at its own root as anywhere beneath it.
    for path in ["/api", "/api/", "/api/v2", "/api?lang=fr"] {
        let resp = app.browser().get(app.url(path)).send().await.unwrap();
        assert_eq!(resp.status(), 404, "{path}");
        assert!(resp.headers()["content-type"].to_str().unwrap().starts_with("application/json"), "{path}");
        let body: serde_json::Value = resp.json().await.unwrap();
        assert_eq!(body["error"], "not_found", "{path}: {body}");
    }
    // Whoever is signed in keeps their header (their name, their role's links) on an address that does not exist,
    // and on a method an address does not answer; nobody signed in gets the sign-in link.
    let officer = app.signed_in(Who::Officer).await;
    for (path, status) in [("/no/such/page?lang=fr", 404), ("/declarations/999999?lang=en", 404)] {
        let resp = officer.get(app.url(path)).send().await.unwrap();
        assert_eq!(resp.status(), status, "{path}");
        let body = resp.text().await.unwrap();
        assert!(body.contains("class=\"account-name\"") && body.contains("/logout"), "{path}: {body}");
    }
    let resp = officer.delete(app.url("/graph?lang=en")).send().await.unwrap();
    assert_eq!(resp.status(), 405);
    assert!(resp.text().await.unwrap().contains("class=\"account-name\""));
    // A static file that does not exist is a page like any other: the error page, not JSON, with the header.
    for path in ["/static/nope.css", "/static/..%2f..%2fCargo.toml"] {
        let resp = officer.get(app.url(path)).send().await.unwrap();
        assert_eq!(resp.status(), 404, "{path}");
        assert!(resp.headers()["content-type"].to_str().unwrap().starts_with("text/html"), "{path}");
        assert!(resp.text().await.unwrap().contains("class=\"account-name\""), "{path}");
    }
    // The refusals of addresses anyone may call keep the header of whoever is signed in too.
    for path in ["/template?lang=de", "/template?zzz=1", "/static/app.css?x=1", "/password-reset?x=1"] {
        let resp = officer.get(app.url(path)).send().await.unwrap();
        assert_eq!(resp.status(), 400, "{path}");
        let body = resp.text().await.unwrap();
        assert!(body.contains("class=\"account-name\"") && body.contains("/logout"), "{path}: {body}");
    }
    // A body over the limit of a page anyone may post to, sent without asking first (no `Expect`), keeps it too.
    let over = "x".repeat(chainon::web::BODY_LIMIT + 1);
    for path in ["/login?lang=fr", "/password-reset?lang=fr"] {
        let resp = officer
            .post(app.url(path))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(over.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 413, "{path}");
        let body = resp.text().await.unwrap();
        assert!(body.contains("class=\"account-name\"") && body.contains("/logout"), "{path}: {body}");
    }
    // A role refused an address keeps the header of its own pages on the 403, whatever the method.
    let supplier = app.signed_in(Who::Supplier).await;
    for (who, method, path) in [
        (&officer, "GET", "/accounts?lang=en"),
        (&officer, "GET", "/audit?lang=en"),
        (&supplier, "GET", "/graph?lang=fr"),
        (&supplier, "POST", "/accounts/1/disable"),
    ] {
        let resp = who.request(method.parse().unwrap(), app.url(path)).send().await.unwrap();
        assert_eq!(resp.status(), 403, "{method} {path}");
        let body = resp.text().await.unwrap();
        assert!(body.contains("class=\"account-name\"") && body.contains("/logout"), "{method} {path}: {body}");
    }
    let anonymous = app.browser().get(app.url("/no/such/page")).send().await.unwrap();
    assert_eq!(anonymous.status(), 404);
    let body = anonymous.text().await.unwrap();
    assert!(!body.contains("class=\"account-name\"") && body.contains("/login"), "{body}");
}

on_both_backends!(the_upload_page_lists_every_issue_and_stores_nothing, |app: TestApp| async move {
    let name = demo_files().into_iter().find(|n| n.ends_with(".json")).unwrap();
    let mut v: serde_json::Value = serde_json::from_slice(&demo_file(&name)).unwrap();
    v["places_of_work"][0]["country"] = "Atlantis".into();
    v["supplier"].as_object_mut().unwrap().remove("legal_name");
    // An unknown key is a warning: on a refused file it is not said to be accepted.
    v["places_of_work"][0]["colour"] = "blue".into();
    let part = reqwest::multipart::Part::bytes(serde_json::to_vec(&v).unwrap()).file_name("bad.json");
    let form = reqwest::multipart::Form::new().part("file", part);
    let resp = app.client.post(app.url("/upload?lang=fr")).multipart(form).send().await.unwrap();
    assert_eq!(resp.status(), 422);
    let body = resp.text().await.unwrap();
    assert!(body.contains("a été refusé"));
    assert!(body.contains("/places_of_work/0/country"));
    assert!(body.contains("Atlantis"));
    // Fields are named in the page's language.
    assert!(body.contains("<td>Dénomination sociale</td>") && body.contains("<td>Pays</td>"), "{body}");
    assert!(!body.contains("<td>Legal name</td>"));
    assert!(body.contains("Autres remarques") && !body.contains("a été accepté"), "{body}");
    assert_eq!(app.count().await, 0);

    let part = reqwest::multipart::Part::bytes(demo_file(&name)).file_name(name.clone());
    let form = reqwest::multipart::Form::new().part("file", part);
    let resp = app.client.post(app.url("/upload")).multipart(form).send().await.unwrap();
    assert_eq!(resp.status(), 303);
    assert!(resp.headers()["location"].to_str().unwrap().starts_with("/declarations/"));
    assert_eq!(app.count().await, 1);
});

#[tokio::test]
async fn the_template_downloads_as_a_workbook_in_each_language() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    for lang in ["en", "fr"] {
        let resp = app.client.get(app.url(&format!("/template?lang={lang}"))).send().await.unwrap();
        assert_eq!(resp.status(), 200);
        let cd = resp.headers()["content-disposition"].to_str().unwrap().to_string();
        assert!(cd.contains(&format!("template-{lang}.xlsx")));
        let bytes = resp.bytes().await.unwrap();
        assert_eq!(&bytes[..2], b"PK");
    }
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    for path in ["/", "/health", "/api/v1/declarations", "/nope"] {
        let resp = app.client.get(app.url(path)).send().await.unwrap();
        let h = resp.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "{path}");
        assert_eq!(h["x-frame-options"], "DENY", "{path}");
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
    }
    let css = app.client.get(app.url("/static/app.css")).send().await.unwrap();
    assert_eq!(css.status(), 200);
    assert!(css.headers()["content-type"].to_str().unwrap().starts_with("text/css"));
}

on_both_backends!(
    the_bid_comparison_is_side_by_side_with_reasons_and_exports_inert_csv_and_xlsx,
    |app: TestApp| async move {
        let app = with_demo(app).await;
        // A hostile supplier name must stay text in every export.
        let mut hostile: serde_json::Value = serde_json::from_slice(&demo_file("atlantic-marine-w8486.json")).unwrap();
        hostile["supplier"]["legal_name"] = "=HYPERLINK(\"http://evil.example\",\"x\")".into();
        hostile["supplier"]["business_number"] = "123456782".into();
        assert_eq!(app.upload("hostile.json", serde_json::to_vec(&hostile).unwrap()).await.status(), 201);
        let number = hostile["supplier"]["solicitation_number"].as_str().unwrap().to_string();
        let bids = app.store.bids_for(&number).await.unwrap().unwrap().bids;

        let (status, en) = page(&app, &format!("/solicitations/{number}")).await;
        assert_eq!(status, 200);
        assert!(en.contains("Side-by-side comparison") && en.contains("<caption>"));
        for b in &bids {
            assert!(
                en.contains(&format!("<th scope=\"col\"><a href=\"/declarations/{}?lang=en\">", b.id)),
                "{}",
                b.supplier_name
            );
        }
        for line in [
            "Deepest tier disclosed",
            "Disclosure gap",
            "Code-of-conduct findings",
            "Why: forced labour",
            "Ropes, cordage and twine — Forced labour",
        ] {
            assert!(en.contains(line), "{line}");
        }
        let (_, fr) = page(&app, &format!("/solicitations/{number}?lang=fr")).await;
        let fr = plain_spaces(&fr);
        assert!(fr.contains("Comparaison côte à côte") && fr.contains("Pourquoi : travail forcé"));

        let csv = app.client.get(app.url(&format!("/solicitations/{number}?format=csv&lang=fr"))).send().await.unwrap();
        assert_eq!(csv.status(), 200);
        assert!(csv.headers()["content-disposition"].to_str().unwrap().starts_with("attachment; filename=\"chainon-"));
        let bytes = csv.bytes().await.unwrap();
        // A French CSV: `;`-separated, after the heading lines (solicitation, model, date, a blank line).
        let mut reader =
            csv::ReaderBuilder::new().delimiter(b';').has_headers(false).flexible(true).from_reader(&bytes[3..]);
        let all: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
        assert_eq!(&all[0][0], "Invitation");
        let header = all[4].clone();
        assert_eq!(&header[0], "Mesure");
        assert_eq!(header.len(), bids.len() * 2 + 1, "band and score apart for each bid");
        assert!(header.iter().any(|h| h.starts_with("'=HYPERLINK")), "{header:?}");
        assert!(header.iter().all(|h| !h.starts_with('=')));
        let rows = &all[5..];
        assert!(rows.iter().any(|r| &r[0] == "Travail forcé"));

        let xlsx = app.client.get(app.url(&format!("/solicitations/{number}?format=xlsx"))).send().await.unwrap();
        assert_eq!(xlsx.status(), 200);
        let bytes = xlsx.bytes().await.unwrap().to_vec();
        use calamine::Reader;
        let mut wb = calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).unwrap();
        let sheet = wb.sheet_names()[0].clone();
        let range = wb.worksheet_range(&sheet).unwrap();
        let mut all_rows = range.rows();
        let first: Vec<String> = all_rows.next().unwrap().iter().map(|c| c.to_string()).collect();
        assert_eq!(first[..2], ["Solicitation".to_string(), number.to_string()]);
        let heads: Vec<String> = range.rows().nth(4).unwrap().iter().map(|c| c.to_string()).collect();
        assert_eq!(heads[0], "Measure");
        assert!(heads.iter().any(|h| h.starts_with("'=HYPERLINK")), "{heads:?}");
        let forced = range.rows().nth(5).unwrap();
        assert!(matches!(forced[2], calamine::Data::Float(_)), "a score is a number: {forced:?}");
        assert!(
            wb.worksheet_formula(&sheet).unwrap().used_cells().all(|(_, _, f)| f.is_empty()),
            "no formula anywhere"
        );

        let bad = app.client.get(app.url(&format!("/solicitations/{number}?format=pdf"))).send().await.unwrap();
        assert_eq!(bad.status(), 400);
    }
);

on_both_backends!(a_suppliers_page_shows_its_history_with_superseded_declarations_kept, |app: TestApp| async move {
    let app = with_demo(app).await;
    let mut newer: serde_json::Value = serde_json::from_slice(&demo_file("cordages-nordiques-w8486.json")).unwrap();
    newer["supplier"]["declaration_date"] = "2026-11-15".into();
    assert_eq!(app.upload("cordages-v2.json", serde_json::to_vec(&newer).unwrap()).await.status(), 201);
    let all = app
        .store
        .list_declarations(&chainon::storage::DeclarationFilter {
            include_superseded: true,
            limit: 100,
            ..Default::default()
        })
        .await
        .unwrap();
    let mine: Vec<_> = all.iter().filter(|d| d.supplier_name == "Cordages Nordiques Inc.").collect();
    assert_eq!(mine.len(), 2);
    let (status, html) = page(&app, &format!("/suppliers/{}?lang=fr", mine[0].supplier_id)).await;
    assert_eq!(status, 200);
    assert!(html.contains("Historique") && html.contains("842310575"));
    for d in &mine {
        assert!(html.contains(&format!("/declarations/{}?lang=fr", d.id)));
    }
    assert!(html.contains("class=\"superseded\""), "the older one stays, marked");
    assert!(!html.contains("Atlantic Marine"));
    assert_eq!(page(&app, "/suppliers/999999").await.0, 404);
});

/// The valued goods lines of the demo declarations: (declaration date, value).
fn demo_spend() -> Vec<(String, f64)> {
    let mut out = Vec::new();
    for name in demo_files() {
        let v: serde_json::Value = serde_json::from_slice(&demo_file(&name)).unwrap();
        let date = v["supplier"]["declaration_date"].as_str().unwrap().to_string();
        for g in v["goods"].as_array().into_iter().flatten() {
            if let Some(x) = g["value_cad"].as_f64() {
                out.push((date.clone(), x));
            }
        }
    }
    out
}

on_both_backends!(the_portfolio_dashboard_weighs_risk_by_spend_with_a_trend_and_exports, |app: TestApp| async move {
    let app = with_demo(app).await;
    let (status, en) = page(&app, "/portfolio").await;
    assert_eq!(status, 200);
    assert!(
        en.contains("Spend-weighted risk by goods category and country") && en.contains("<table class=\"data heat\"")
    );
    assert!(en.contains("<svg viewBox") && en.contains("role=\"img\"") && en.contains("Trend by fiscal year"));
    // Every fiscal year with declarations is in the trend, and can be chosen.
    for y in ["2024–2025", "2025–2026", "2026–2027"] {
        assert!(en.contains(y), "{y}");
    }
    let (_, fr) = page(&app, "/portfolio?lang=fr&kind=child").await;
    assert!(fr.contains("Risque pondéré par les dépenses") && fr.contains("Évolution par exercice"));
    assert!(fr.contains("<option value=\"child\" selected>"));

    // The CSV's total is every valued goods line of the current declarations (all demo bids are current).
    let total: f64 = demo_spend().iter().map(|(_, v)| v).sum();
    let csv = app.client.get(app.url("/portfolio?format=csv")).send().await.unwrap();
    assert_eq!(csv.status(), 200);
    assert!(csv.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let bytes = csv.bytes().await.unwrap();
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    assert_eq!(&reader.headers().unwrap()[1], "Goods category");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let all = rows.iter().find(|r| &r[0] == "Current declarations" && &r[1] == "All goods categories").unwrap();
    assert_eq!(&all[2], "All countries", "each column of the total names what it adds up");
    assert_eq!(all[4].parse::<f64>().unwrap(), total.round());
    let cells: f64 =
        rows.iter().filter(|r| &r[1] != "All goods categories").map(|r| r[4].parse::<f64>().unwrap()).sum();
    assert!((cells - total).abs() <= rows.len() as f64, "cells add up to the total: {cells} vs {total}");
    let vietnam = rows.iter().find(|r| &r[3] == "VN").unwrap();
    assert!(vietnam[4].parse::<f64>().unwrap() > 0.0 && vietnam[5].parse::<f64>().unwrap() > 0.0);
    // One trend row a fiscal year; 2025–2026 holds only the MediSafe declaration of July 2025.
    let fy2025: f64 = demo_spend()
        .iter()
        .filter(|(d, _)| d.as_str() >= "2025-04-01" && d.as_str() < "2026-04-01")
        .map(|(_, v)| v)
        .sum();
    let trend = rows.iter().find(|r| &r[0] == "2025–2026").unwrap();
    assert_eq!(trend[4].parse::<f64>().unwrap(), fy2025);

    let year = app.client.get(app.url("/portfolio?format=xlsx&fy=2025&lang=fr")).send().await.unwrap();
    assert_eq!(year.status(), 200);
    assert!(year.headers()["content-disposition"].to_str().unwrap().contains("chainon-portfolio-2025-fr.xlsx"));
    use calamine::Reader;
    let mut wb =
        calamine::open_workbook_auto_from_rs(std::io::Cursor::new(year.bytes().await.unwrap().to_vec())).unwrap();
    let sheet = wb.sheet_names()[0].clone();
    let range = wb.worksheet_range(&sheet).unwrap();
    let first = range.rows().nth(1).unwrap();
    assert_eq!(first[0].to_string(), "2025–2026");
    assert_eq!(first[4], calamine::Data::Float(fy2025), "amounts are numbers in the workbook");

    for bad in ["/portfolio?fy=last", "/portfolio?kind=both", "/portfolio?format=pdf"] {
        let (status, body) = page(&app, bad).await;
        assert_eq!(status, 400, "{bad}");
        assert!(body.contains("<html"), "{bad}: an error page, not a crash");
    }
});

on_both_backends!(the_declaration_page_shows_what_intake_noticed_in_the_readers_language, |app: TestApp| async move {
    let zip = {
        use std::io::Write;
        let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, body) in [
            (
                "Fournisseur.csv",
                "Dénomination sociale;Société Générale de Câbles ltée\nPays;Canada\nDate de la déclaration;2026-03-31\nNom du signataire;Zoé Lefèvre\n",
            ),
            ("Attestations.csv", "Droit;Attesté\nforced_labour;Oui\n"),
            (
                "LieuxDeTravail.csv",
                "ID du lieu;Nom du lieu;Rôle;Biens;Adresse;Ville;Pays\nA;Usine de Fès;manufacturing;câbles;1 rue;Fès;Maroc\n",
            ),
        ] {
            out.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
            out.write_all(&encoding_rs::WINDOWS_1252.encode(body).0).unwrap();
        }
        out.finish().unwrap().into_inner()
    };
    let resp = app.upload("ancien.zip", zip).await;
    assert_eq!(resp.status(), 201);
    let id = resp.json::<serde_json::Value>().await.unwrap()["id"].as_i64().unwrap();
    let (status, fr) = page(&app, &format!("/declarations/{id}?lang=fr")).await;
    assert_eq!(status, 200);
    assert!(fr.contains("Remarques de la réception") && fr.contains("windows-1252") && fr.contains("lu comme"), "{fr}");
    assert!(fr.contains("Société Générale de Câbles ltée"));
});

#[tokio::test]
async fn the_home_pages_french_country_filter_is_in_the_collators_order_with_the_names_corrected() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let (status, fr) = page(&app, "/?lang=fr").await;
    assert_eq!(status, 200);
    let select = &fr[fr.find("id=\"f-country\"").unwrap()..];
    let select = &select[..select.find("</select>").unwrap()];
    let names: Vec<String> = select
        .split("\">")
        .skip(1)
        .filter_map(|s| s.split_once("</option>").map(|(label, _)| label.replace("&#x27;", "'")))
        .filter(|l| !l.is_empty())
        .collect();
    assert!(names.len() > 200, "{names:?}");
    let mut collated = names.clone();
    chainon::import::sort_by_collation(&mut collated, |n| n);
    // The first option is "any country"; the countries follow in the collator's order.
    assert_eq!(names[1..], collated.iter().filter(|n| **n != names[0]).cloned().collect::<Vec<_>>()[..]);
    let pos = |n: &str| names.iter().position(|x| x == n).unwrap_or_else(|| panic!("{n} in {names:?}"));
    assert!(pos("Hongrie") < pos("Île Bouvet") && pos("Îles Åland") < pos("Inde"), "Île and Îles among the I");
    assert!(names.iter().any(|n| n == "Groenland") && !names.iter().any(|n| n == "Groënland"));
}

// A declaration page asked again is answered from its kept markup (`web::kept`): neither document is read again,
// and the page is the same, to the byte.
on_both_backends!(a_declaration_page_asked_again_reads_neither_document_again, |app: TestApp| async move {
    let app = with_demo(app).await;
    let id = app.store.list_declarations(&Default::default()).await.unwrap()[0].id;
    for path in [format!("/declarations/{id}"), format!("/declarations/{id}?lang=fr&per_page=2&sites_page=2")] {
        let (status, first) = page(&app, &path).await;
        assert_eq!(status, 200, "{path}");
        let mark = app.queries.len();
        let (status, again) = page(&app, &path).await;
        assert_eq!(status, 200, "{path}");
        assert_eq!(first, again, "{path}");
        let read = app.queries.since(mark);
        assert!(!read.is_empty(), "who may read it is asked each time");
        assert!(read.iter().all(|q| !q.contains("document")), "{path}: {read:#?}");
    }
});

// The kept markup of a declaration page holds nothing of the person it was first rendered for, and what a role may
// see is never shown to another: an officer's confirmed screening hits are not shown to the supplier asking for the
// same page after, nor the officer's name or form token; the officer's page is not the supplier's after either; a
// competitor still finds nothing. A new version changes the page it replaces at once.
on_both_backends!(a_kept_declaration_page_never_shows_one_viewer_what_is_anothers, |app: TestApp| async move {
    use crate::helpers::{MAPLE, Who, decide_hit, hidden_field, screening_bid, screening_hits};
    let watch = "id,name,country,reason\nW-2,Sandpiper Weaving Mill,CN,Audit refused\n";
    let r = app
        .request(Who::Administrator, reqwest::Method::POST, "/api/v1/screening/editions?list=watchlist")
        .header("content-type", "text/csv")
        .body(watch)
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success(), "{}", r.status());
    let mill = [("MILL", "Sandpiper Weaving Mill", "manufacturing", "uniform shirts", "9 Mill Road", "Aksu")];
    let up: serde_json::Value =
        app.upload("d.json", screening_bid(MAPLE, "2026-10-01", &mill)).await.json().await.unwrap();
    let id = up["id"].as_i64().unwrap();
    let open = screening_hits(&app, "status=open").await;
    assert_eq!(decide_hit(&app, &open["hits"][0], true, "checked by phone").await, 201);
    let path = format!("/declarations/{id}");
    let view = |who: Who| {
        let (app, path) = (&app, &path);
        async move {
            let browser = app.signed_in(who).await;
            let r = browser.get(app.url(path)).send().await.unwrap();
            (r.status().as_u16(), r.text().await.unwrap())
        }
    };
    let confirmed = "Confirmed screening hits";
    let (status, officer) = view(Who::Officer).await;
    assert_eq!(status, 200);
    assert!(officer.contains(confirmed) && officer.contains("checked by phone"), "{officer}");
    let officer_csrf = hidden_field(&officer, "csrf").unwrap();
    for _ in 0..2 {
        let (status, supplier) = view(Who::Supplier).await;
        assert_eq!(status, 200);
        assert!(!supplier.contains(confirmed) && !supplier.contains("checked by phone"), "{supplier}");
        assert!(!supplier.contains(&officer_csrf), "the officer's form token");
        assert!(supplier.contains("account-name\">Supplier ") && !supplier.contains("account-name\">Officer "));
        assert!(!supplier.contains("/solicitations/W0113"), "the solicitation's page is the officers'");
    }
    let (status, auditor) = view(Who::Auditor).await;
    assert_eq!(status, 200);
    assert!(auditor.contains(confirmed) && auditor.contains("account-name\">Auditor "), "{auditor}");
    assert!(!auditor.contains(&officer_csrf));
    assert_eq!(view(Who::OtherSupplier).await.0, 404);
    let (_, officer) = view(Who::Officer).await;
    assert!(officer.contains(confirmed) && officer.contains("account-name\">Officer "));
    assert!(!officer.contains("/requests?lang"), "the supplier's navigation");

    // A new version: the page of the one it replaces says so at once, to everyone.
    let up: serde_json::Value =
        app.upload("d2.json", screening_bid(MAPLE, "2026-10-15", &mill)).await.json().await.unwrap();
    let newer = up["id"].as_i64().unwrap();
    for who in [Who::Officer, Who::Supplier] {
        let (_, old) = view(who).await;
        assert!(old.contains(&format!("/declarations/{newer}?lang=en\">#{newer}")), "{who:?}: {old}");
    }
});
