//! Entity screening over HTTP: an edition imported (and refused), a declaration screened at intake, a new edition
//! diffed and re-screening everything, a hit confirmed (audited, applied: the site's forced-labour risk critical,
//! named by the entry) and a dismissal remembered for the next edition.

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{MAPLE, TestApp, Who, decide_hit, plain_spaces, screening_bid, screening_hits};
use crate::on_both_backends;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/supplier_data/screening/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

async fn import(app: &TestApp, who: Who, query: &str, file: &str) -> reqwest::Response {
    app.request(who, Method::POST, &format!("/api/v1/screening/editions?{query}"))
        .header("content-type", "application/octet-stream")
        .body(fixture(file))
        .send()
        .await
        .unwrap()
}

/// A declaration whose mill is a listed entity spelled another way, and whose warehouse is a near miss.
fn declaration() -> Vec<u8> {
    screening_bid(
        MAPLE,
        "2026-10-01",
        &[
            (
                "MILL",
                "XINJIANG ZEPHYR COTTON TEXTILE COMPANY LIMITED",
                "manufacturing",
                "uniform shirts",
                "9 Mill Road",
                "Aksu",
            ),
            ("DYE", "Ningbo Corvid Garment Trading", "processing", "dyed fabric", "2 Port Road", "Ningbo"),
        ],
    )
}

async fn hits(app: &TestApp, status: &str) -> Value {
    screening_hits(app, &format!("status={status}")).await
}

on_both_backends!(
    an_edition_screens_declarations_and_a_confirmed_hit_makes_the_site_critical,
    |app: TestApp| async move {
        // A refused file stores nothing and names its lines.
        let bad = app
            .request(Who::Administrator, Method::POST, "/api/v1/screening/editions?list=watchlist")
            .header("content-type", "text/csv")
            .body("name,country\nGood,CA\nBad,Narnia\n")
            .send()
            .await
            .unwrap();
        assert_eq!(bad.status(), 422);
        let body: Value = bad.json().await.unwrap();
        assert_eq!(body["error"], "list_rejected", "{body}");
        assert!(body["message"].as_str().unwrap().starts_with("The list file was refused: 1 error, listed"), "{body}");
        assert!(
            body["message_fr"]
                .as_str()
                .unwrap()
                .starts_with("Le fichier de liste a été refusé\u{a0}: 1 erreur, énumérée")
        );
        assert_eq!(body["issues"][0]["location"], "line 3, column 2", "{body}");
        assert!(!body["issues"][0]["message_fr"].as_str().unwrap().is_empty());
        let lists: Value = app.get_as(Who::Auditor, "/api/v1/screening/lists").await.json().await.unwrap();
        assert!(lists["lists"].as_array().unwrap().iter().all(|l| l["editions"].as_array().unwrap().is_empty()));
        // An officer may not import.
        assert_eq!(import(&app, Who::Officer, "list=uflpa", "uflpa_entity_list_2026-10.html").await.status(), 403);

        // The declaration arrives first; the first edition re-screens it.
        assert!(app.upload("d.json", declaration()).await.status().is_success());
        let first = import(
            &app,
            Who::Administrator,
            "list=uflpa&published=2026-10-20&label=October",
            "uflpa_entity_list_2026-10.html",
        )
        .await;
        assert_eq!(first.status(), 201);
        let first: Value = first.json().await.unwrap();
        assert_eq!(first["edition"]["version"], 1);
        assert_eq!(first["edition"]["entry_count"], 7);
        assert_eq!(first["rescreen"]["new_alerts"], 2, "{first}");
        // Officers and auditors are told, each once, in both languages (no language on record), with the page to
        // open; suppliers and administrators are not.
        let told = |outbox: &[chainon::storage::OutboxMessage]| {
            let mut to: Vec<String> =
                outbox.iter().filter(|m| m.about == "/screening/alerts").map(|m| m.recipient.clone()).collect();
            to.sort();
            to
        };
        let outbox = app.store.outbox(100).await.unwrap();
        assert_eq!(told(&outbox), ["auditor@pspc.test", "officer@pspc.test"], "{outbox:?}");
        let m = outbox.iter().find(|m| m.recipient == "officer@pspc.test").unwrap();
        assert_eq!(m.lang, "en+fr");
        assert!(m.subject.starts_with("Screening: 2 new alerts on "), "{}", m.subject);
        assert!(m.subject.contains(" / Filtrage\u{a0}: 2 nouvelles alertes sur "), "{}", m.subject);
        assert!(m.body.contains("2 new hits await an officer's decision"), "{}", m.body);
        assert!(m.body.contains("2 nouvelles correspondances attendent la décision d'un agent"), "{}", m.body);
        let again = import(&app, Who::Administrator, "list=uflpa", "uflpa_entity_list_2026-10.html").await;
        assert_eq!(again.status(), 200, "the same file is stored once");
        assert_eq!(told(&app.store.outbox(100).await.unwrap()).len(), 2, "an edition stored once tells once");

        let open = hits(&app, "open").await;
        assert_eq!(open["open"], 2);
        let by_entry =
            |h: &Value, name: &str| h["hits"].as_array().unwrap().iter().find(|x| x["entry_name"] == name).cloned();
        let mill = by_entry(&open, "Xinjiang Zephyr Cotton Textile Co., Ltd.").unwrap();
        let mill_hit = mill["id"].as_i64().unwrap();
        assert_eq!(mill["party_kind"], "site");
        assert_eq!(mill["site_ref"], "MILL");
        assert_eq!(mill["evidence"]["method"], "exact_name");
        let corvid = by_entry(&open, "Ningbo Corvid Garment Trading Co., Ltd.").unwrap();

        // What the hit touches: its bid.
        let detail: Value =
            app.get_as(Who::Auditor, &format!("/api/v1/screening/hits/{}", mill["id"])).await.json().await.unwrap();
        assert_eq!(detail["touches"]["solicitation"], "W0113-260009/A");

        // Dismissed: not asked again by the next edition, where the entry is unchanged.
        let d = app
            .request(Who::Officer, Method::POST, &format!("/api/v1/screening/hits/{}/decision", corvid["id"]))
            .json(&json!({"confirmed": false, "note": "another firm of the same name"}))
            .send()
            .await
            .unwrap();
        assert_eq!(d.status(), 201);
        // Confirmed: audited and applied.
        let c = app
            .request(Who::Officer, Method::POST, &format!("/api/v1/screening/hits/{}/decision", mill["id"]))
            .json(&json!({"confirmed": true, "note": "same address as the listed mill"}))
            .send()
            .await
            .unwrap();
        assert_eq!(c.status(), 201);
        let twice = app
            .request(Who::Officer, Method::POST, &format!("/api/v1/screening/hits/{}/decision", mill["id"]))
            .json(&json!({"confirmed": false}))
            .send()
            .await
            .unwrap();
        assert_eq!(twice.status(), 409, "a decided hit is not decided again");
        let twice: Value = twice.json().await.unwrap();
        let said = format!("{} {}", twice["message"], twice["message_fr"]);
        assert!(
            said.contains(&format!("hit {} is already confirmed", mill["id"]))
                && said.contains(&format!("correspondance de filtrage {} est déjà confirmée", mill["id"])),
            "{said}"
        );
        // Who decided it, how and when.
        assert!(
            said.contains(" (confirmed by Officer ")
                && !said.contains("officer@pspc.test")
                && said.contains(" UTC)")
                && said.contains(" (confirmée par ")
                && said.contains(" le "),
            "{said}"
        );
        let audit: Value = app.get_as(Who::Auditor, "/api/v1/audit?limit=50").await.json().await.unwrap();
        let actions: Vec<&str> =
            audit["entries"].as_array().unwrap().iter().filter_map(|e| e["action"].as_str()).collect();
        assert!(
            actions.contains(&"screening.hit_confirmed") && actions.contains(&"screening.hit_dismissed"),
            "{actions:?}"
        );
        assert!(actions.contains(&"screening.edition_imported"));

        let declaration = app.store.list_declarations(&Default::default()).await.unwrap()[0].id;
        let assessment = app.store.latest_assessment(declaration).await.unwrap().unwrap().assessment;
        let site = assessment.sites.iter().find(|s| s.site_id.as_str() == "MILL").unwrap();
        assert_eq!(site.risk.forced_labour.score, 100.0);
        assert!(site.risk.forced_labour.factors.iter().any(|f| f.code() == "screening_hit"));
        // The factor's source names the edition as every page does: its number and `#` id, not its label.
        let hit_factor = site.risk.forced_labour.factors.iter().find(|f| f.code() == "screening_hit").unwrap();
        let named = hit_factor.source.as_ref().unwrap().edition.to_string();
        assert_eq!(named, format!("edition 1 (#{})", first["edition"]["id"]), "{named}");
        // In words, both languages, where the explanation leaves the service (the API).
        let words: Value = app
            .get_as(Who::Officer, &format!("/api/v1/declarations/{declaration}/assessment"))
            .await
            .json()
            .await
            .unwrap();
        let mill = words["assessment"]["sites"].as_array().unwrap().iter().find(|s| s["site_id"] == "MILL").unwrap();
        let factor = mill["forced_labour"]["factors"].as_array().unwrap().iter().find(|f| f["code"] == "screening_hit");
        let factor = factor.unwrap();
        assert!(
            factor["label_en"].as_str().unwrap().contains("Xinjiang Zephyr Cotton Textile")
                && factor["label_fr"].as_str().unwrap().contains("travail forcé"),
            "{factor}"
        );
        assert_eq!(assessment.overall.forced_labour.band, chainon::domain::Band::Critical);

        // The next edition: diffed, and the dismissed hit stays dismissed (its entry gained an alias: it changed, so it
        // is asked again).
        let second =
            import(&app, Who::Administrator, "list=uflpa&published=2026-11-14", "uflpa_entity_list_2026-11.html").await;
        assert_eq!(second.status(), 201);
        let second: Value = second.json().await.unwrap();
        assert_eq!(
            (second["diff"]["added"].as_array().unwrap().len(), second["diff"]["removed"].as_array().unwrap().len()),
            (1, 1)
        );
        assert_eq!(second["diff"]["changed"][0]["name"], "Ningbo Corvid Garment Trading Co., Ltd.");
        assert_eq!(second["rescreen"]["new_alerts"], 1, "only the changed entry is asked again: {second}");
        let open = hits(&app, "open").await;
        assert_eq!(open["hits"][0]["entry_name"], "Ningbo Corvid Garment Trading Co., Ltd.");

        // The pages: the alerts count in the navigation, the lists, the edition's diff.
        let page = app.get_as(Who::Officer, "/screening/alerts").await;
        assert_eq!(page.status(), 200, "the alerts page, not an error page with the same navigation");
        let page = page.text().await.unwrap();
        assert!(page.contains("(1<span class=\"visually-hidden\">"), "the count in the navigation");
        let page = app.get_as(Who::Officer, &format!("/screening/editions/{}?lang=fr", second["edition"]["id"])).await;
        assert_eq!(page.status(), 200);
        assert!(page.text().await.unwrap().contains("Turpan Saffron Solar Materials"));

        // Deciding on the page a hit someone decided first: back to the alerts, saying who decided it and when, in
        // the page's language; the decision on record stands and no other is recorded.
        let officer = app.signed_in(Who::Officer).await;
        let page = officer.get(app.url("/screening/alerts?lang=fr")).send().await.unwrap().text().await.unwrap();
        let csrf = crate::helpers::hidden_field(&page, "csrf").unwrap();
        let decisions_audited = async || {
            let audit: Value = app.get_as(Who::Auditor, "/api/v1/audit?limit=1000").await.json().await.unwrap();
            let entries = audit["entries"].as_array().unwrap().clone();
            entries.iter().filter(|e| e["action"].as_str().is_some_and(|a| a.starts_with("screening.hit_"))).count()
        };
        let audited = decisions_audited().await;
        let decide = officer
            .post(app.url(&format!("/screening/hits/{mill_hit}?lang=fr")))
            .form(&[("csrf", csrf.as_str()), ("decision", "dismiss"), ("note", "")])
            .send()
            .await
            .unwrap();
        assert_eq!(decide.status(), 303);
        let back = decide.headers()["location"].to_str().unwrap().to_string();
        assert_eq!(back, format!("/screening/alerts?decided={mill_hit}&lang=fr"));
        let page = officer.get(app.url(&back)).send().await.unwrap();
        assert_eq!(page.status(), 200);
        let page = page.text().await.unwrap();
        let name = app.store.account_by_email("officer@pspc.test").await.unwrap().unwrap().display_name;
        let decided = app.store.screening_hit(mill_hit).await.unwrap().unwrap();
        let at = chrono::DateTime::parse_from_rfc3339(&decided.decision.as_ref().unwrap().decided_at).unwrap();
        let when = chainon::reports::dates::date_time(
            &chainon::reports::Catalog::embedded().unwrap(),
            chainon::domain::Lang::Fr,
            at.with_timezone(&chrono::Utc),
        );
        assert!(
            page.contains(&format!("La correspondance nº {mill_hit} ("))
                && page.contains(&format!("avait déjà été confirmée par {name} le {when}")),
            "{page}"
        );
        assert_eq!(decided.status, chainon::storage::HitStatus::Confirmed, "the decision on record stands");
        assert_eq!(decisions_audited().await, audited, "no decision recorded");
    }
);

on_both_backends!(a_new_declaration_is_screened_at_intake, |app: TestApp| async move {
    assert_eq!(import(&app, Who::Administrator, "list=watchlist", "watchlist.csv").await.status(), 201);
    assert_eq!(hits(&app, "open").await["open"], 0);
    let mut d: Value = serde_json::from_slice(&declaration()).unwrap();
    d["places_of_work"][2]["site_name"] = json!("Albatross Dye Works Pvt Ltd");
    d["places_of_work"][2]["country"] = json!("IN");
    assert!(app.upload("d.json", serde_json::to_vec(&d).unwrap()).await.status().is_success());
    let open = hits(&app, "open").await;
    assert_eq!(open["open"], 1, "{open}");
    assert_eq!(open["hits"][0]["entry_name"], "Albatross Dye Works");
    assert_eq!(open["hits"][0]["evidence"]["method"], "exact_name");
    // An edition that found nothing told no one; the declaration's new alert is told of, naming it and its supplier.
    let outbox = app.store.outbox(100).await.unwrap();
    let told: Vec<_> = outbox.iter().filter(|m| m.about == "/screening/alerts").collect();
    assert_eq!(told.len(), 2, "{outbox:?}");
    let declaration = open["hits"][0]["declaration_id"].as_i64().unwrap();
    for m in told {
        assert!(m.subject.starts_with("Screening: a new alert on "), "{}", m.subject);
        assert!(m.subject.contains("Filtrage\u{a0}: une nouvelle alerte sur "), "{}", m.subject);
        assert!(m.body.contains(&format!("Declaration #{declaration} of ")), "{}", m.body);
        assert!(m.body.contains("one new hit awaits an officer's decision"), "{}", m.body);
        assert!(m.body.contains(&format!("La déclaration nº {declaration} de ")), "{}", m.body);
    }
});

on_both_backends!(
    the_receipt_and_the_upload_answer_give_the_assessment_after_intake_screening,
    |app: TestApp| async move {
        // The supplier is on PSPC's list and on the department's watch list.
        let pspc = "Supplier name,Address,Type,Start date,End date,Reason\n\
                Maple Uniforms Inc.,\"1 Depot Road, Ottawa, Ontario, Canada\",Ineligible,2025-01-01,2035-01-01,Fictional\n";
        let watch = "id,name,country,reason\nW-9,MAPLE UNIFORMS INC,CA,Late audit answers\n";
        for (list, body) in [("pspc_ineligible", pspc), ("watchlist", watch)] {
            let r = app
                .request(Who::Administrator, Method::POST, &format!("/api/v1/screening/editions?list={list}"))
                .header("content-type", "text/csv")
                .body(body)
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 201, "{list}");
        }
        let findings = |a: &Value| -> Vec<String> {
            a["assessment"]["findings"].as_array().unwrap().iter().map(|f| f["code"].as_str().unwrap().into()).collect()
        };
        // First upload: screened at intake, both hits wait for an officer; the assessment is the scored one.
        let first: Value = app.upload_whole("d.json", declaration()).await.json().await.unwrap();
        assert!(!findings(&first).contains(&"ineligible_supplier".to_string()), "{first}");
        let open = hits(&app, "open").await;
        let on = |list: &str| {
            open["hits"]
                .as_array()
                .unwrap()
                .iter()
                .find(|h| h["list"] == list)
                .cloned()
                .unwrap_or_else(|| panic!("{list}: {open}"))
        };
        assert_eq!(on("watchlist")["party_kind"], "supplier", "the watch list names the uploaded supplier");
        let c = app
            .request(
                Who::Officer,
                Method::POST,
                &format!("/api/v1/screening/hits/{}/decision", on("pspc_ineligible")["id"]),
            )
            .json(&json!({"confirmed": true, "note": "same business"}))
            .send()
            .await
            .unwrap();
        assert_eq!(c.status(), 201);

        // The next version of the declaration: the decision is remembered at intake and applies before the answer.
        let mut next: Value = serde_json::from_slice(&declaration()).unwrap();
        next["supplier"]["declaration_date"] = json!("2026-10-15");
        let r = app.upload_whole("d2.json", serde_json::to_vec(&next).unwrap()).await;
        assert_eq!(r.status(), 201);
        let second: Value = r.json().await.unwrap();
        assert!(findings(&second).contains(&"ineligible_supplier".to_string()), "{second}");
        let id = second["id"].as_i64().unwrap();
        let stored: Value =
            app.get_as(Who::Officer, &format!("/api/v1/declarations/{id}/assessment")).await.json().await.unwrap();
        assert_eq!(findings(&stored), findings(&second), "the answer is the stored, screened assessment");

        // The receipt gives the same assessment, in both languages.
        let browser = app.signed_in(Who::Officer).await;
        for (lang, heading, label) in [("en", "after screening", "Findings"), ("fr", "après le filtrage", "Constats")]
        {
            let page = browser.get(app.url(&format!("/declarations/{id}/receipt?lang={lang}"))).send().await.unwrap();
            assert_eq!(page.status(), 200);
            let page = page.text().await.unwrap();
            assert!(page.contains(heading), "{page}");
            let n = findings(&second).len();
            assert!(page.contains(&format!("<dt>{label}</dt><dd>{n}</dd>")), "{n} findings: {page}");
        }

        // Non-responsive, said in words on the bid comparison, the contract, the case and its dossier.
        let (_, contract) = send_json(
        &app,
        Who::Officer,
        "/api/v1/contracts",
        json!({"number": "W0113-26/009", "kind": "contract", "title": "Uniform shirts", "business_number": "842310575",
               "supplier_name": "Maple Uniforms Inc.", "goods_category": "ropes_cordage", "value_cad": 120000.0,
               "awarded_on": "2026-11-01", "ends_on": "2027-10-31"}),
    )
    .await;
        let contract = contract["id"].as_i64().unwrap();
        let (status, case) = send_json(
            &app,
            Who::Auditor,
            &format!("/api/v1/contracts/{contract}/cases"),
            json!({"title": "Ineligible"}),
        )
        .await;
        assert_eq!(status, 201, "{case}");
        let case = case["id"].as_i64().unwrap();
        let pages = [
            "/solicitations/W0113-260009/A".to_string(),
            format!("/contracts/{contract}"),
            format!("/cases/{case}"),
            format!("/cases/{case}/dossier"),
        ];
        for (lang, label, words) in [
            ("en", ["Non-responsive bid:", "Ineligible supplier:"], "its bids are non-responsive"),
            ("fr", ["Soumission non recevable :", "Fournisseur inadmissible :"], "ses soumissions sont non recevables"),
        ] {
            for path in &pages {
                let page = browser.get(app.url(&format!("{path}?lang={lang}"))).send().await.unwrap();
                assert_eq!(page.status(), 200, "{path}");
                let page = plain_spaces(&page.text().await.unwrap());
                let label = if path.starts_with("/solicitations") { label[0] } else { label[1] };
                assert!(page.contains(label), "{path} {lang}: {page}");
                assert!(page.contains(words), "{path} {lang}");
            }
        }
        // The comparison has a line for it, labelled.
        let sol =
            browser.get(app.url("/solicitations/W0113-260009/A?lang=en")).send().await.unwrap().text().await.unwrap();
        assert!(sol.contains("Responsive (Ineligibility and Suspension Policy)"), "{sol}");
    }
);

async fn send_json(app: &TestApp, who: Who, path: &str, body: Value) -> (u16, Value) {
    let r = app.request(who, Method::POST, path).json(&body).send().await.unwrap();
    (r.status().as_u16(), r.json().await.unwrap_or(Value::Null))
}

/// A bid of the same solicitation as `declaration()`'s, by another supplier, with one Canadian site: a low risk.
fn low_risk_bid() -> Vec<u8> {
    serde_json::to_vec(&json!({
        "supplier": {"legal_name": "Fictional Supplies Ltd.", "business_number": "123456782", "country": "CA",
                     "solicitation_number": "W0113-260009/A", "declaration_date": "2026-10-01", "signatory_name": "B. Signatory"},
        "attestations": [{"right": "forced_labour", "attested": true}],
        "places_of_work": [
            {"site_id": "SHOP", "site_name": "Fictional sewing shop", "role": "manufacturing", "goods": "uniform shirts",
             "address": "5 Bank Street", "city": "Ottawa", "country": "CA", "supplies_to": []}
        ],
        "goods": [{"item": "Shirts", "produced_at": ["SHOP"]}],
    }))
    .unwrap()
}

on_both_backends!(
    an_ineligibility_makes_a_bid_non_responsive_until_its_period_ends_and_no_longer,
    |app: TestApp| async move {
        let dear: Value = app.upload("dear.json", declaration()).await.json().await.unwrap();
        let cheap: Value = app.upload("cheap.json", low_risk_bid()).await.json().await.unwrap();
        let cheap_id = cheap["id"].as_i64().unwrap();
        assert!(
            cheap["assessment_summary"]["forced_labour"]["score"].as_f64().unwrap()
                < dear["assessment_summary"]["forced_labour"]["score"].as_f64().unwrap()
        );
        // A confirmed PSPC ineligibility of the cheaper bid's supplier, as `screening::effect` stores it, with a period
        // ending tomorrow; then the same stored with a period that ended yesterday (as it reads once the day passed).
        let today = chrono::Utc::now().date_naive();
        let store_until = |until: chrono::NaiveDate| {
            let app = &app;
            async move {
                let mut a = app.store.latest_assessment(cheap_id).await.unwrap().unwrap().assessment;
                a.findings.retain(|f| f.code() != chainon::domain::FindingCode::IneligibleSupplier);
                a.findings.push(chainon::domain::Finding::new(
                    chainon::domain::FindingReason::IneligibleSupplier {
                        entity: "Fictional Supplies Ltd.".into(),
                        edition: "PSPC v1".into(),
                        key: None,
                        from: Some("2025-01-01".parse().unwrap()),
                        until: Some(until),
                    },
                    chainon::domain::Severity::High,
                    None,
                ));
                app.store.save_assessment(cheap_id, &a, "tests").await.unwrap();
            }
        };
        let browser = app.signed_in(Who::Officer).await;
        let page = |lang: &'static str| {
            let (browser, app) = (&browser, &app);
            async move {
                let url = app.url(&format!("/solicitations/W0113-260009/A?lang={lang}"));
                browser.get(url).send().await.unwrap().text().await.unwrap()
            }
        };
        let first = |page: &str| {
            let (cheap, dear) =
                (page.find("Fictional Supplies Ltd.").unwrap(), page.find("Maple Uniforms Inc.").unwrap());
            if cheap < dear { "cheap" } else { "dear" }
        };
        let assessment = || {
            let app = &app;
            async move {
                let path = format!("/api/v1/declarations/{cheap_id}/assessment");
                let a: Value = app.get_as(Who::Officer, &path).await.json().await.unwrap();
                a["assessment"]["findings"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|f| f["code"] == "ineligible_supplier")
                    .cloned()
                    .unwrap()
            }
        };

        let (status, contract) = send_json(
            &app,
            Who::Officer,
            "/api/v1/contracts",
            json!({"number": "W0113-26/010", "kind": "contract", "title": "Uniform shirts", "business_number": "123456782",
                   "supplier_name": "Fictional Supplies Ltd.", "goods_category": "ropes_cordage", "value_cad": 120000.0,
                   "awarded_on": "2026-11-01", "ends_on": "2027-10-31"}),
        )
        .await;
        assert_eq!(status, 201, "{contract}");
        let contract_page = |lang: &'static str| {
            let (browser, app, id) = (&browser, &app, contract["id"].as_i64().unwrap());
            async move {
                let url = app.url(&format!("/contracts/{id}?lang={lang}"));
                browser.get(url).send().await.unwrap().text().await.unwrap()
            }
        };

        store_until(today.succ_opt().unwrap()).await;
        for (lang, label) in [("en", "Non-responsive bid:"), ("fr", "Soumission non recevable :")] {
            let page = page(lang).await;
            assert_eq!(first(&page), "dear", "{lang}: the responsive bid ranks first, whatever the risks");
            assert!(plain_spaces(&page).contains(label), "{lang}: {page}");
        }
        assert!(contract_page("en").await.contains("Ineligible supplier:"));
        // The API's bids, ranked as the page ranks them, say why the bid is non-responsive in both languages.
        let api: Value = app.get_as(Who::Officer, "/api/v1/solicitations/W0113-260009/A").await.json().await.unwrap();
        let bids = api["bids"].as_array().unwrap();
        assert_eq!(bids[0]["declaration"]["supplier_name"], "Maple Uniforms Inc.", "{api}");
        let out = bids.iter().find(|b| b["declaration"]["id"] == cheap_id).unwrap();
        assert_eq!(out["non_responsive"], true, "{out}");
        assert!(!out["non_responsive_en"].as_str().unwrap().is_empty(), "{out}");
        let fr = out["non_responsive_fr"].as_str().unwrap();
        assert!(!fr.is_empty() && fr != out["non_responsive_en"].as_str().unwrap(), "{out}");
        let f = assessment().await;
        assert_eq!(f["until"], today.succ_opt().unwrap().to_string(), "{f}");
        assert!(f["label_en"].as_str().unwrap().ends_with("its bids are non-responsive"), "{f}");
        assert!(f["label_fr"].as_str().unwrap().ends_with("ses soumissions sont non recevables"), "{f}");

        let yesterday = today.pred_opt().unwrap();
        store_until(yesterday).await;
        for (lang, label) in [("en", "Non-responsive bid:"), ("fr", "Soumission non recevable :")] {
            let page = page(lang).await;
            assert_eq!(first(&page), "cheap", "{lang}: ranked by its risk again");
            assert!(!page.contains(label), "{lang}: {page}");
        }
        let contract = contract_page("fr").await;
        assert!(!contract.contains("Fournisseur inadmissible :"), "{contract}");
        let declaration = browser
            .get(app.url(&format!("/declarations/{cheap_id}?lang=fr")))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        // The day in words of each language (`30 novembre 2026`, `November 30, 2026`).
        let cat = chainon::reports::Catalog::embedded().unwrap();
        let said = |lang| chainon::reports::dates::long_date(&cat, lang, yesterday);
        let (en, fr) = (said(chainon::domain::Lang::En), said(chainon::domain::Lang::Fr));
        assert!(declaration.contains(&format!("la période a pris fin le {fr}")), "{declaration}");
        let f = assessment().await;
        assert!(f["label_en"].as_str().unwrap().contains(&format!("the period ended on {en}")), "{f}");
        assert!(f["label_fr"].as_str().unwrap().contains(&format!("la période a pris fin le {fr}")), "{f}");
    }
);

on_both_backends!(decisions_sent_at_once_on_one_hit_record_one_decision, |app: TestApp| async move {
    assert!(app.upload("d.json", declaration()).await.status().is_success());
    let first = import(&app, Who::Administrator, "list=uflpa&published=2026-10-20", "uflpa_entity_list_2026-10.html");
    assert_eq!(first.await.status(), 201);
    let open = hits(&app, "open").await;
    let hit = open["hits"][0]["id"].as_i64().unwrap();
    // Confirmations and dismissals of the same hit at once: on PostgreSQL each reads the hit open before any
    // commits; one decision stands and the others are refused naming it.
    let mut set = tokio::task::JoinSet::new();
    for n in 0..6 {
        let req = app
            .request(Who::Officer, Method::POST, &format!("/api/v1/screening/hits/{hit}/decision"))
            .json(&json!({"confirmed": n % 2 == 0, "note": format!("decision {n}")}));
        set.spawn(async move { req.send().await.unwrap().status().as_u16() });
    }
    let mut statuses = set.join_all().await;
    statuses.sort_unstable();
    assert_eq!(statuses, [201, 409, 409, 409, 409, 409]);
    let audit: Value = app.get_as(Who::Auditor, "/api/v1/audit?limit=200").await.json().await.unwrap();
    assert_eq!(audit["intact"], true);
    let decisions: Vec<&Value> = audit["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"].as_str().is_some_and(|a| a.starts_with("screening.hit_")))
        .collect();
    assert_eq!(decisions.len(), 1, "{decisions:?}");
    let stored = app.store.screening_hit(hit).await.unwrap().unwrap();
    let decision = stored.decision.unwrap();
    assert_eq!(decisions[0]["payload"]["confirmed"], decision.confirmed, "the hit holds the decision audited");
    assert_eq!(decisions[0]["payload"]["note"], decision.note.as_str());
});

on_both_backends!(
    refusals_of_list_files_and_requests_name_the_place_and_cause_in_both_languages,
    |app: TestApp| async move {
        // A required column missing, a short line, an id given twice: each refused, nothing stored.
        for (query, file, location, field) in [
            ("list=cbp-wro", "refused/cbp-no-status.csv", "line 1", "Status"),
            ("list=cbp_wro", "refused/cbp-short-row-line4.csv", "line 4, column 6", "WRO/Finding"),
            ("list=pspc", "refused/pspc-end-before-start.csv", "line 2, column 5", "End date"),
            ("list=watchlist", "refused/watchlist-dup-id.csv", "line 3, column 1", "id"),
            ("list=pspc_ineligible", "refused/pspc-bad-date-crlf.csv", "line 3, column 4", "Start date"),
        ] {
            let r = import(&app, Who::Administrator, query, file).await;
            assert_eq!(r.status(), 422, "{file}");
            let body: Value = r.json().await.unwrap();
            assert_eq!(body["issues"].as_array().unwrap().len(), 1, "{file}: {body}");
            assert_eq!(
                (body["issues"][0]["location"].as_str(), body["issues"][0]["field"].as_str()),
                (Some(location), Some(field)),
                "{file}: {body}"
            );
            let fr = location.replace("line", "ligne").replace("column", "colonne");
            assert_eq!(body["issues"][0]["location_fr"].as_str(), Some(fr.as_str()), "{file}: {body}");
        }
        let lists: Value = app.get_as(Who::Auditor, "/api/v1/screening/lists").await.json().await.unwrap();
        assert!(lists["lists"].as_array().unwrap().iter().all(|l| l["editions"].as_array().unwrap().is_empty()));
        // An edition dated years ahead would pass for the newest: refused.
        let r = import(&app, Who::Administrator, "list=watchlist&published=2099-01-01", "watchlist.csv").await;
        assert_eq!(r.status(), 422);
        let body: Value = r.json().await.unwrap();
        assert_eq!(
            (body["issues"][0]["location"].as_str(), body["issues"][0]["field"].as_str()),
            (Some("the file"), Some("published")),
            "{body}"
        );
        assert_eq!(body["issues"][0]["location_fr"], "le fichier", "{body}");
        // Its days in words in both sentences, not as ISO dates.
        let (en, fr) =
            (body["issues"][0]["message_en"].as_str().unwrap(), body["issues"][0]["message_fr"].as_str().unwrap());
        assert!(en.contains("January 1, 2099") && !en.contains("2099-01-01"), "{body}");
        // Tomorrow is accepted (a publisher east of UTC): the refusal says what it refuses.
        assert!(en.contains("more than a day after today") && fr.contains("plus d'un jour après"), "{body}");
        assert!(fr.contains("1er janvier 2099") && !fr.contains("2099-01-01") && !fr.contains("(20"), "{body}");
        // So is an edition dated before any list's law, and what it is said to be holding a character that would
        // reverse what officers read, or no end.
        let refused = [
            ("list=watchlist&published=1066-01-01", "published", "before January 1, 1930"),
            ("list=watchlist&label=Oct%E2%80%AEober", "label", "U+202E"),
            ("list=watchlist&publisher=Dept%00", "publisher", "U+0000"),
        ];
        for (query, field, said) in refused {
            let r = import(&app, Who::Administrator, query, "watchlist.csv").await;
            assert_eq!(r.status(), 422, "{query}");
            let body: Value = r.json().await.unwrap();
            assert_eq!(body["issues"][0]["field"].as_str(), Some(field), "{body}");
            assert!(body["issues"][0]["message_en"].as_str().unwrap().contains(said), "{body}");
            assert!(!body["issues"][0]["message_fr"].as_str().unwrap().is_empty(), "{body}");
        }
        // So are the days of a period that ends before it starts.
        let r = app
            .request(Who::Administrator, Method::POST, "/api/v1/screening/editions?list=pspc_ineligible")
            .header("content-type", "text/csv")
            .body("Supplier name,Address,Type,Start date,End date,Reason\nLate Ltd.,\"9 C St, Ottawa\",Ineligible,2025-07-14,2025-03-02,y\n")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 422);
        let body: Value = r.json().await.unwrap();
        let (en, fr) =
            (body["issues"][0]["message_en"].as_str().unwrap(), body["issues"][0]["message_fr"].as_str().unwrap());
        assert!(en.contains("(March 2, 2025) before it starts (July 14, 2025)"), "{body}");
        assert!(fr.contains("(2 mars 2025) avant de commencer (14 juillet 2025)"), "{body}");
        // A form without its file names the list file.
        let form = reqwest::multipart::Form::new().text("list", "watchlist");
        let r = app
            .request(Who::Administrator, Method::POST, "/api/v1/screening/editions")
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 400);
        let body: Value = r.json().await.unwrap();
        assert!(body["message"].as_str().unwrap().contains("send the list file"), "{body}");
        assert!(body["message_fr"].as_str().unwrap().contains("le fichier de liste"), "{body}");
        // A file sent as the body is named after its list and date, not `list`.
        let r = import(&app, Who::Administrator, "list=watchlist&published=2026-11-01", "watchlist.csv").await;
        let body: Value = r.json().await.unwrap();
        assert_eq!(body["edition"]["file_name"], "watchlist-2026-11-01.dat", "{body}");
        // A decision body without its field: the reason in French words, no parser text.
        let r = app
            .request(Who::Officer, Method::POST, "/api/v1/screening/hits/1/decision")
            .json(&json!({"note": "x"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 400);
        let body: Value = r.json().await.unwrap();
        assert_eq!(
            body["message_fr"],
            "La requête n'a pas pu être lue\u{a0}: il manque le champ «\u{a0}confirmed\u{a0}» (il est obligatoire).",
            "{body}"
        );
        // A declaration id is 1 or more.
        let r = app.get_as(Who::Officer, "/api/v1/screening/hits?declaration=-1").await;
        assert_eq!(r.status(), 400);
    }
);

on_both_backends!(hits_carry_their_codes_in_words_and_the_alerts_page_is_paged, |app: TestApp| async move {
    assert!(app.upload("d.json", declaration()).await.status().is_success());
    let r = import(&app, Who::Administrator, "list=uflpa&published=2026-10-20", "uflpa_entity_list_2026-10.html").await;
    assert_eq!(r.status(), 201);
    let open = hits(&app, "open").await;
    assert_eq!(open["total"], 2, "{open}");
    let h = &open["hits"][0];
    assert_eq!(h["list_label_en"], "UFLPA Entity List (US DHS)", "{h}");
    assert_eq!(h["list_label_fr"], "Liste d'entités UFLPA (DHS des États-Unis)");
    assert_eq!((h["party_kind_label_en"].as_str(), h["party_kind_label_fr"].as_str()), (Some("Site"), Some("Lieu")));
    assert_eq!(h["status_label_fr"], "En attente de décision");
    // The UFLPA file gives no country: none is compared (the hit does not say the country agrees).
    assert_eq!(h["fields_label_en"], json!(["site name"]), "{h}");
    assert_eq!(h["fields_label_fr"], json!(["nom du lieu"]), "{h}");
    assert!(!h["method_label_fr"].as_str().unwrap().is_empty());

    // The alerts page: one hit a page, counted; fields and times in words; quotes and percentages as each language
    // writes them.
    let en = app
        .get_as(Who::Officer, "/screening/alerts?per_page=1&page=2")
        .await
        .text()
        .await
        .unwrap()
        .replace('\u{a0}', " ")
        .replace('\u{202f}', "");
    assert!(en.contains("Hits 2–2 of 2."), "{en}");
    assert_eq!(en.matches("<section class=\"match\"").count(), 1);
    assert!(en.contains("rel=\"prev\"") && !en.contains("rel=\"next\""));
    assert!(
        en.contains("site name") && !en.contains("site name, country") && !en.contains("<code>site_name</code>"),
        "{en}"
    );
    assert!(en.contains("(100%)") && en.contains('\u{201c}') && !en.contains('«') && !en.contains("100 %"), "{en}");
    assert!(!en.contains("+00:00"), "times are written for people: {en}");
    let raw = app.get_as(Who::Officer, "/screening/alerts?lang=fr").await.text().await.unwrap();
    // French spacing as written (a no-break space before `%` and inside guillemets), then the words compared.
    assert!(raw.contains("100\u{a0}%") && raw.contains("«\u{a0}"), "{raw}");
    let fr = plain_spaces(&raw);
    assert!(fr.contains("Correspondances 1–2 sur 2."), "{fr}");
    assert!(fr.contains("nom du lieu") && !fr.contains("nom du lieu, pays"), "{fr}");
    assert!(fr.contains("Lieu : "), "a space before the colon in French: {fr}");
    // The lists page in French gives the default publisher and licence in French.
    let fr = app
        .get_as(Who::Officer, "/screening?lang=fr")
        .await
        .text()
        .await
        .unwrap()
        .replace('\u{a0}', " ")
        .replace('\u{202f}', "");
    assert!(
        fr.contains("Domaine public (œuvre du gouvernement des États-Unis)") && !fr.contains("Public domain"),
        "{fr}"
    );
    // The UFLPA publisher wholly in French, and the footer saying what it means: not being on a list proves nothing.
    assert!(fr.contains("groupe de travail sur l") && !fr.contains("États-Unis, Forced Labor"), "{fr}");
    assert!(fr.contains("Ne pas figurer sur une liste ne prouve pas que le risque est faible."), "{fr}");
    // Each hit carries its entry: section and effective date, on the page and in the API.
    let one: Value =
        app.get_as(Who::Officer, &format!("/api/v1/screening/hits/{}", h["id"])).await.json().await.unwrap();
    assert!(one["entry"]["section"].as_str().unwrap().starts_with("2(d)(2)(B)("), "{one}");
    assert!(one["entry"]["effective"].is_string(), "{one}");
    let page = app
        .get_as(Who::Officer, "/screening/alerts")
        .await
        .text()
        .await
        .unwrap()
        .replace('\u{a0}', " ")
        .replace('\u{202f}', "");
    assert!(
        page.contains("Section or measure") && page.contains("2(d)(2)(B)(") && page.contains("In force from"),
        "{page}"
    );
    // An edition lists its entries with their aliases and flags (API and page).
    let edition = 1;
    let entries: Value = app
        .get_as(Who::Auditor, &format!("/api/v1/screening/editions/{edition}/entries?limit=3"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!((entries["total"].as_u64(), entries["entries"].as_array().unwrap().len()), (Some(7), 3), "{entries}");
    let page = app
        .get_as(Who::Auditor, &format!("/screening/editions/{edition}/entries?per_page=50"))
        .await
        .text()
        .await
        .unwrap()
        .replace('\u{a0}', " ")
        .replace('\u{202f}', "");
    assert!(page.contains("Zephyr Cotton Group") && page.contains("The listing reaches its subsidiaries"), "{page}");
    assert_eq!(app.get_as(Who::Auditor, "/api/v1/screening/editions/999/entries").await.status(), 404);
    // The next edition's page shows what changed, old → new.
    let r = import(&app, Who::Administrator, "list=uflpa&published=2026-11-14", "uflpa_entity_list_2026-11.html").await;
    let second: Value = r.json().await.unwrap();
    assert_eq!(second["diff"]["changed"][0]["changes"][0]["field"], "aliases", "{second}");
    let page = app
        .get_as(Who::Auditor, &format!("/screening/editions/{}", second["edition"]["id"]))
        .await
        .text()
        .await
        .unwrap()
        .replace('\u{a0}', " ")
        .replace('\u{202f}', "");
    assert!(page.contains("Other names: ") && page.contains(" → "), "{page}");
    // A person hit shows the person's nationality, date of birth and topics.
    let r =
        import(&app, Who::Administrator, "list=opensanctions&published=2026-11-01", "opensanctions_entities.ftm.json")
            .await;
    assert_eq!(r.status(), 201);
    let mut d: Value = serde_json::from_slice(&declaration()).unwrap();
    d["supplier"]["signatory_name"] = json!("Ivan Fictionalov");
    assert!(app.upload("p.json", serde_json::to_vec(&d).unwrap()).await.status().is_success());
    let page = app
        .get_as(Who::Officer, "/screening/alerts?per_page=100")
        .await
        .text()
        .await
        .unwrap()
        .replace('\u{a0}', " ")
        .replace('\u{202f}', "");
    assert!(page.contains("Nationality") && page.contains("April 12, 1968") && page.contains("Topics"), "{page}");
    let page = app
        .get_as(Who::Officer, "/screening/alerts?per_page=100&lang=fr")
        .await
        .text()
        .await
        .unwrap()
        .replace('\u{a0}', " ")
        .replace('\u{202f}', "");
    assert!(page.contains("12 avril 1968") && !page.contains("1968-04-12"), "a day in words: {page}");
    // A refused import on the French page places each problem in French.
    let browser = app.signed_in(Who::Administrator).await;
    let page = browser
        .get(app.url("/screening?lang=fr"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
        .replace('\u{a0}', " ")
        .replace('\u{202f}', "");
    let csrf = page.split("name=\"csrf\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let form = reqwest::multipart::Form::new()
        .text("csrf", csrf)
        .text("list", "pspc_ineligible")
        .part("file", reqwest::multipart::Part::bytes(fixture("refused/pspc-bad-date-crlf.csv")).file_name("p.csv"));
    let r = browser.post(app.url("/screening/import?lang=fr")).multipart(form).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let page = r.text().await.unwrap().replace('\u{a0}', " ").replace('\u{202f}', "");
    assert!(page.contains("ligne 3, colonne 4") && !page.contains("line 3"), "{page}");
});

/// Imports `file` as a UFLPA edition published on `published` through the `/screening` page's form.
async fn import_on_page(
    app: &TestApp,
    browser: &reqwest::Client,
    lang: &str,
    file: &str,
    published: &str,
) -> reqwest::Response {
    let page = browser.get(app.url(&format!("/screening?lang={lang}"))).send().await.unwrap().text().await.unwrap();
    let csrf = page.split("name=\"csrf\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let form = reqwest::multipart::Form::new()
        .text("csrf", csrf)
        .text("list", "uflpa")
        .text("published", published.to_string())
        .part("file", reqwest::multipart::Part::bytes(fixture(file)).file_name(file.to_string()));
    browser.post(app.url(&format!("/screening/import?lang={lang}"))).multipart(form).send().await.unwrap()
}

/// The page an answer of the import form sends the reader to (303, Post/Redirect/Get), and what it shows there.
async fn redirected(app: &TestApp, browser: &reqwest::Client, r: reqwest::Response) -> (String, String) {
    assert_eq!(r.status(), 303, "the form's import answers with a redirect");
    let to = r.headers()["location"].to_str().unwrap().to_string();
    assert!(to.starts_with("/screening/editions/"), "{to}");
    let page = browser.get(app.url(&to)).send().await.unwrap();
    assert_eq!(page.status(), 200, "{to}");
    (to, page.text().await.unwrap())
}

/// How many editions are stored, of every list.
async fn edition_count(app: &TestApp) -> usize {
    let lists: Value = app.get_as(Who::Auditor, "/api/v1/screening/lists").await.json().await.unwrap();
    lists["lists"].as_array().unwrap().iter().map(|l| l["editions"].as_array().unwrap().len()).sum()
}

on_both_backends!(
    an_import_on_the_page_says_what_the_rescreening_did_and_names_the_previous_edition,
    |app: TestApp| async move {
        assert!(app.upload("d.json", declaration()).await.status().is_success());
        let browser = app.signed_in(Who::Administrator).await;
        // The first edition, imported in English: the form answers with a redirect to the edition's page, which says
        // what the import changed and re-screened (the one stored declaration), counted in words.
        let r = import_on_page(&app, &browser, "en", "uflpa_entity_list_2026-10.html", "2026-10-20").await;
        let (to, html) = redirected(&app, &browser, r).await;
        assert!(to.ends_with("?imported=new&lang=en"), "{to}");
        let page = seen(&html);
        assert!(page.contains("Imported as the list's first edition: 7 entries."), "{page}");
        assert!(page.contains("Imported. Every stored declaration was screened again"), "{page}");
        assert!(
            page.contains("re-screened 1 declaration (")
                && page.contains("open hits closed: none (entry removed from the list)"),
            "{page}"
        );
        assert!(page.contains("The first edition of this list"), "{page}");
        // Reloading the page reads what is kept with the edition: the same summary, nothing imported again.
        let again = seen(&browser.get(app.url(&to)).send().await.unwrap().text().await.unwrap());
        assert_eq!(again, page, "a reload shows the same page");
        assert_eq!(edition_count(&app).await, 1);
        let first_id = to.trim_start_matches("/screening/editions/").split('?').next().unwrap().to_string();
        // The next one, in French: the counts in French, the previous edition named with its day in words and linked.
        let r = import_on_page(&app, &browser, "fr", "uflpa_entity_list_2026-11.html", "2026-11-14").await;
        let (to, html) = redirected(&app, &browser, r).await;
        assert!(to.ends_with("?imported=new&lang=fr"), "{to}");
        assert!(html.contains(&format!("href=\"/screening/editions/{first_id}?lang=fr\"")), "{html}");
        let page = seen(&html);
        assert!(page.contains("Par rapport à l'édition précédente : "), "{page}");
        assert!(page.contains("ajoutée") && page.contains("modifiée"), "{page}");
        assert!(page.contains("Importée. Chaque déclaration enregistrée a été filtrée de nouveau"), "{page}");
        assert!(
            page.contains("nouveau filtrage de 1 déclaration (")
                && page.contains("correspondances ouvertes fermées : "),
            "{page}"
        );
        assert!(page.contains("L'édition précédente : Liste d'entités UFLPA (DHS des États-Unis), édition 1 (#1), publiée le 20 octobre 2026"), "{page}");
        assert!(!page.contains("2026-10-20") && !page.contains("re-screened") && !page.contains("Against"), "{page}");
        assert_eq!(seen(&browser.get(app.url(&to)).send().await.unwrap().text().await.unwrap()), page);
        assert_eq!(edition_count(&app).await, 2);
        // The same file again: said so, nothing re-screened or stored.
        let r = import_on_page(&app, &browser, "fr", "uflpa_entity_list_2026-11.html", "2026-11-14").await;
        let (again, html) = redirected(&app, &browser, r).await;
        assert_eq!(again.split('?').next(), to.split('?').next(), "the edition imported before");
        assert!(again.ends_with("?imported=again&lang=fr"), "{again}");
        let page = seen(&html);
        assert!(page.contains("Ce fichier a déjà été importé") && !page.contains("nouveau filtrage"), "{page}");
        assert_eq!(edition_count(&app).await, 2);
        // The edition's own page, reached otherwise, names the previous one and says nothing of an import.
        let second_id = to.trim_start_matches("/screening/editions/").split('?').next().unwrap().to_string();
        let page =
            seen(&app.get_as(Who::Auditor, &format!("/screening/editions/{second_id}")).await.text().await.unwrap());
        assert!(
            page.contains(
                "The previous edition: UFLPA Entity List (US DHS), edition 1 (#1), published on October 20, 2026"
            ),
            "{page}"
        );
        assert!(!page.contains("Imported.") && !page.contains("re-screened"), "{page}");
        // The API gives what the re-screening did with the edition.
        let edition: Value =
            app.get_as(Who::Auditor, &format!("/api/v1/screening/editions/{second_id}")).await.json().await.unwrap();
        assert_eq!(edition["edition"]["rescreen"]["declarations"], 1, "{edition}");
    }
);

on_both_backends!(
    an_edition_names_the_administrator_who_imported_it_by_the_api_or_the_page,
    |app: TestApp| async move {
        let admin = Who::Administrator.email().unwrap();
        // By the API.
        let r = import(&app, Who::Administrator, "list=watchlist&published=2026-11-01", "watchlist.csv").await;
        assert_eq!(r.status(), 201);
        let body: Value = r.json().await.unwrap();
        assert_eq!(body["edition"]["imported_by"], admin, "{body}");
        let api_id = body["edition"]["id"].as_i64().unwrap();
        // By the page's form.
        let browser = app.signed_in(Who::Administrator).await;
        let r = import_on_page(&app, &browser, "fr", "uflpa_entity_list_2026-10.html", "2026-10-20").await;
        let (to, html) = redirected(&app, &browser, r).await;
        let page_id: i64 = to.trim_start_matches("/screening/editions/").split('?').next().unwrap().parse().unwrap();
        let edition: Value =
            app.get_as(Who::Auditor, &format!("/api/v1/screening/editions/{page_id}")).await.json().await.unwrap();
        assert_eq!(edition["edition"]["imported_by"], admin, "{edition}");
        // The page names the account by its name, never as the command line.
        let name = edition["edition"]["imported_by_name"].as_str().unwrap().to_string();
        let page = seen(&html);
        assert!(page.contains(&name) && !page.contains("ligne de commande"), "{name}: {page}");
        // The audit log records the same account as the one who imported each.
        for id in [api_id, page_id] {
            let entries = app.store.audit_entries(Some(&format!("screening_edition/{id}")), 10).await.unwrap();
            let imported: Vec<_> = entries.iter().filter(|e| e.action == "screening.edition_imported").collect();
            assert_eq!(imported.len(), 1, "{entries:?}");
            assert_eq!(imported[0].actor, admin, "{entries:?}");
        }
    }
);

/// Posts the import form with these parts (the file last, as the page sends it) and the page's own form token.
async fn post_import_form(
    app: &TestApp,
    browser: &reqwest::Client,
    lang: &str,
    parts: &[(&str, &str)],
    file: Option<(&str, Vec<u8>)>,
) -> reqwest::Response {
    let page = browser.get(app.url(&format!("/screening?lang={lang}"))).send().await.unwrap().text().await.unwrap();
    let csrf = page.split("name=\"csrf\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let mut form = reqwest::multipart::Form::new().text("csrf", csrf);
    for (k, v) in parts {
        form = form.text(k.to_string(), v.to_string());
    }
    if let Some((name, bytes)) = file {
        form = form.part("file", reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()));
    }
    browser.post(app.url(&format!("/screening/import?lang={lang}"))).multipart(form).send().await.unwrap()
}

/// A refusal of the import form: what it is, the form's parts, the file, the status, and what the page says in
/// English and in French.
struct Refusal(
    &'static str,
    Vec<(&'static str, &'static str)>,
    Option<(&'static str, Vec<u8>)>,
    u16,
    [&'static str; 2],
);

#[tokio::test]
async fn a_refused_import_comes_back_on_the_form_with_its_cause_in_either_language_and_stores_nothing() {
    let limits = chainon::import::Limits { max_list_file_bytes: 4096, ..chainon::import::Limits::default() };
    let app = crate::helpers::spawn_app_with(crate::helpers::Backend::Sqlite, limits).await.unwrap();
    let browser = app.signed_in(Who::Administrator).await;
    let watch = || Some(("watch.csv", fixture("watchlist.csv")));
    let big = || Some(("big.csv", format!("id,name,country\n{}", "W-1,A Ltd,CA\n".repeat(600)).into_bytes()));
    let cbp = || Some(("cbp.csv", fixture("cbp_wro_findings.csv")));
    let cases = vec![
        Refusal(
            "too big",
            vec![("list", "watchlist")],
            big(),
            413,
            ["“big.csv” is larger than the limit of 4 KiB", "« big.csv » dépasse la limite de 4 Kio"],
        ),
        Refusal(
            "empty",
            vec![("list", "watchlist")],
            Some(("empty.csv", Vec::new())),
            400,
            ["“empty.csv” is empty", "« empty.csv » est vide"],
        ),
        Refusal("no file", vec![("list", "watchlist")], None, 400, ["carries no file", "ne porte aucun fichier"]),
        Refusal(
            "no list",
            vec![],
            watch(),
            400,
            ["Choose the list the file is an edition of", "Choisissez la liste dont le fichier"],
        ),
        Refusal(
            "unknown list",
            vec![("list", "sanctions")],
            watch(),
            400,
            ["UFLPA Entity List (US DHS)", "Liste d'entités UFLPA"],
        ),
        Refusal(
            "bad date",
            vec![("list", "watchlist"), ("published", "30/11/2026")],
            watch(),
            400,
            ["“30/11/2026” is not a date", "« 30/11/2026 » n'est pas une date"],
        ),
        Refusal(
            "another list's file",
            vec![("list", "watchlist")],
            cbp(),
            422,
            ["line 4, column 3", "ligne 4, colonne 3"],
        ),
        Refusal(
            "bad cell",
            vec![("list", "pspc_ineligible")],
            Some(("p.csv", fixture("refused/pspc-bad-date-crlf.csv"))),
            422,
            ["line 3, column 4", "ligne 3, colonne 4"],
        ),
    ];
    for Refusal(what, parts, file, status, says) in cases {
        for (lang, said) in [("en", says[0]), ("fr", says[1])] {
            let r = post_import_form(&app, &browser, lang, &parts, file.clone()).await;
            assert_eq!(r.status().as_u16(), status, "{what} ({lang})");
            let html = r.text().await.unwrap();
            // The lists page and its form, not the error page.
            assert!(html.contains("action=\"/screening/import?lang="), "{what} ({lang}): the form again");
            assert!(html.contains("id=\"h-errors\""), "{what} ({lang}): the refusal beside the form");
            let page = seen(&html).replace('\u{202f}', " ");
            assert!(page.contains(said), "{what} ({lang}) says {said:?}: {page}");
            if lang == "fr" {
                assert!(!page.contains("Nothing was stored") && !page.contains(" line "), "{what}: {page}");
            }
        }
    }
    assert_eq!(edition_count(&app).await, 0, "nothing stored");
    assert!(app.store.audit_entries(None, 100).await.unwrap().iter().all(|e| !e.action.starts_with("screening.")));
}

/// What a reader sees of a page: its text without tags, scripts and styles, spaces as spaces.
fn seen(html: &str) -> String {
    let mut text = String::new();
    let mut rest = html;
    while !rest.is_empty() {
        let (open, close) = match rest.find('<') {
            Some(i) => {
                text.push_str(&rest[..i]);
                rest = &rest[i..];
                if rest.starts_with("<script") {
                    ("<script", "</script>")
                } else if rest.starts_with("<style") {
                    ("<style", "</style>")
                } else {
                    ("<", ">")
                }
            }
            None => {
                text.push_str(rest);
                break;
            }
        };
        rest = rest[open.len()..].find(close).map_or("", |j| &rest[open.len() + j + close.len()..]);
        text.push(' ');
    }
    text.replace("&nbsp;", " ").replace('\u{a0}', " ").replace("&#x27;", "'").replace("&#39;", "'")
}

/// Where a day written in ISO 8601 (`2026-11-02`) comes right after one of `words` (a word of a French sentence),
/// or opens a fact of a list (`<dd>2026-11-02`): the text from there.
fn iso_day_after<'a>(text: &'a str, words: &[&str]) -> Option<&'a str> {
    let is_iso = |s: &str| {
        let b = s.as_bytes();
        b.len() >= 10
            && b[..10].iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() })
    };
    words
        .iter()
        .find_map(|w| text.match_indices(w).map(|(i, _)| &text[i..]).find(|t| is_iso(t[w.len()..].trim_start())))
}

on_both_backends!(
    the_screening_pages_and_command_line_summary_in_french_carry_no_english_word_code_or_iso_day_in_a_sentence,
    |app: TestApp| async move {
        use chainon::screening::{EditionSource, ListKind, service};
        // The CBP list imported from the command line (the server's operator), the PSPC list by an administrator.
        let (publisher, address, licence) = ListKind::CbpWro.default_source();
        let source = EditionSource {
            publisher: publisher.into(),
            address: address.into(),
            licence: licence.into(),
            label: "2026-11-02".into(),
            published_on: "2026-11-02".parse().unwrap(),
        };
        let model = std::sync::Arc::new(chainon::scoring::RiskModel::embedded().unwrap());
        let (cbp, _) = service::import_edition(
            &app.store,
            &model,
            ListKind::CbpWro,
            &source,
            "cbp.csv",
            fixture("cbp_wro_findings.csv"),
            chainon::storage::COMMAND_LINE,
        )
        .await
        .unwrap();
        let pspc = import(
            &app,
            Who::Administrator,
            "list=pspc_ineligible&published=2026-11-03",
            "pspc_ineligible_suspended.csv",
        )
        .await;
        let pspc: Value = pspc.json().await.unwrap();
        // A bid by a listed supplier whose mill is listed under an order: a hit on each list, confirmed.
        let bid = screening_bid(
            ("Gannet Uniform Supply Inc.", "123456782"),
            "2026-10-01",
            &[("MILL", "Lumen Silicon Materials Co.", "manufacturing", "silica", "3 Sand Road", "Urumqi")],
        );
        let up: Value = app.upload("g.json", bid).await.json().await.unwrap();
        let id = up["id"].as_i64().unwrap();
        let open = hits(&app, "open").await;
        assert_eq!(open["hits"].as_array().unwrap().len(), 2, "{open}");
        for h in open["hits"].as_array().unwrap() {
            assert_eq!(decide_hit(&app, h, true, "vérifié").await, 201);
        }
        let (c, p) = (cbp.edition.id, pspc["edition"]["id"].as_i64().unwrap());
        let pages = [
            "/screening".to_string(),
            format!("/screening/editions/{c}"),
            format!("/screening/editions/{c}/entries"),
            format!("/screening/editions/{p}"),
            format!("/screening/editions/{p}/entries"),
            "/screening/alerts?status=all".to_string(),
            format!("/declarations/{id}"),
        ];
        // English words of the lists' codes and of the pages, internal keys, days in ISO inside a French sentence.
        let english = [
            "Finding",
            "Active",
            "Revoked",
            "Modified",
            "Ineligible",
            "Suspended",
            "Withhold",
            " cli",
            "entries",
            " hits",
            "wro:",
            "finding:",
            ":region:",
            "Imported",
            "Section or measure",
        ];
        for path in &pages {
            let sep = if path.contains('?') { '&' } else { '?' };
            let r = app.get_as(Who::Officer, &format!("{path}{sep}lang=fr")).await;
            assert_eq!(r.status(), 200, "{path}");
            let html = r.text().await.unwrap();
            let text = seen(&html);
            for w in english {
                assert!(!text.contains(w), "{path}: `{w}` on a French page: {text}");
            }
            let found = iso_day_after(&text, &[" le ", " du ", " au ", "depuis ", "jusqu'au ", "édition "]);
            assert!(found.is_none(), "{path}: {found:?}");
            // The screening pages' facts are said in words (the declaration page's own facts are not theirs).
            let found = iso_day_after(&html, &["<dd>"]).filter(|_| path.starts_with("/screening"));
            assert!(found.is_none(), "{path}: {found:?}");
        }
        let edition =
            seen(&app.get_as(Who::Officer, &format!("/screening/editions/{c}?lang=fr")).await.text().await.unwrap());
        assert!(edition.contains("l’exploitant du serveur, par la ligne de commande"), "{edition}");
        assert!(edition.contains("2 novembre 2026"), "{edition}");
        let entries = seen(
            &app.get_as(Who::Officer, &format!("/screening/editions/{c}/entries?lang=fr")).await.text().await.unwrap(),
        );
        assert!(entries.contains("constat de travail forcé de la CBP") && entries.contains("en vigueur"), "{entries}");
        assert!(entries.contains("30 septembre 2020"), "{entries}");
        let en =
            seen(&app.get_as(Who::Officer, &format!("/screening/editions/{c}?lang=en")).await.text().await.unwrap());
        assert!(
            en.contains("the server's operator, from the command line") || en.contains("the server&#x27;s operator"),
            "{en}"
        );
        // One entry, one hit: singular forms.
        let one = "id,name,country\nW-1,Fictional Lone Co,CA\n";
        let r = app
            .request(Who::Administrator, Method::POST, "/api/v1/screening/editions?list=watchlist")
            .header("content-type", "text/csv")
            .body(one)
            .send()
            .await
            .unwrap();
        let w: Value = r.json().await.unwrap();
        let wid = w["edition"]["id"].as_i64().unwrap();
        for (lang, words) in [("en", "The edition's entry, with its aliases"), ("fr", "L'entrée de l'édition")] {
            let page = seen(
                &app.get_as(Who::Officer, &format!("/screening/editions/{wid}?lang={lang}"))
                    .await
                    .text()
                    .await
                    .unwrap(),
            );
            assert!(page.replace("&#x27;", "'").contains(words), "{lang}: {page}");
        }
        let page = seen(
            &app.get_as(Who::Officer, "/screening/alerts?status=confirmed&per_page=1&lang=en")
                .await
                .text()
                .await
                .unwrap(),
        );
        assert!(page.contains("Hits 1–1 of 2."), "{page}");
    }
);

on_both_backends!(
    an_edition_in_french_changes_no_entry_by_its_words_and_its_changed_days_are_said_in_words,
    |app: TestApp| async move {
        let send = |body: &'static str, published: &'static str| {
            let app = &app;
            async move {
                let r = app
                    .request(
                        Who::Administrator,
                        Method::POST,
                        &format!("/api/v1/screening/editions?list=pspc_ineligible&published={published}"),
                    )
                    .header("content-type", "text/csv")
                    .body(body)
                    .send()
                    .await
                    .unwrap();
                assert_eq!(r.status(), 201, "{published}");
                r.json::<Value>().await.unwrap()
            }
        };
        send(
            "Supplier name,Address,Type,Start date,End date,Reason\n\
             Grebe Mills Inc.,\"1 Quay St, Halifax, Canada\",Ineligible,2025-06-01,2030-06-01,r\n\
             Avocet Works Ltd.,\"2 Quay St, Halifax, Canada\",Suspended,2025-07-01,2026-12-01,r\n",
            "2026-10-01",
        )
        .await;
        // The same entries in French, one period changed: only that one is changed, by its days.
        let second = send(
            "Nom du fournisseur,Adresse,Mesure,Date de début,Date de fin,Motif\n\
             Grebe Mills Inc.,\"1 Quay St, Halifax, Canada\",Inadmissible,2025-06-01,2031-01-01,r\n\
             Avocet Works Ltd.,\"2 Quay St, Halifax, Canada\",Suspendu,2025-07-01,2026-12-01,r\n",
            "2026-10-02",
        )
        .await;
        let changed = second["diff"]["changed"].as_array().unwrap();
        assert_eq!(changed.len(), 1, "{second}");
        assert_eq!(changed[0]["fields"], json!(["ends"]), "{second}");
        let page = app.get_as(Who::Officer, &format!("/screening/editions/{}?lang=fr", second["edition"]["id"])).await;
        let text = seen(&page.text().await.unwrap());
        assert!(text.contains("1er juin 2030") && text.contains("1er janvier 2031"), "{text}");
        assert!(!text.contains("2031-01-01") && !text.contains("depuis le :"), "{text}");
    }
);

on_both_backends!(
    an_assessment_stored_with_old_list_names_is_said_with_todays_names_by_the_api,
    |app: TestApp| async move {
        let up: Value = app.upload("d.json", declaration()).await.json().await.unwrap();
        let id = up["id"].as_i64().unwrap();
        let stored = app.store.latest_assessment(id).await.unwrap().unwrap();
        // The assessment as a service of November 2026 stored it: a confirmed CBP order named by its French name of
        // then, and one said as a sentence, as the first screening release wrote its factors.
        let mut document = serde_json::to_value(&stored.assessment).unwrap();
        let coded = json!({"code": "screening_hit", "list_en": "Withhold Release Orders and Findings (US CBP)",
            "list_fr": "Ordonnances de retenue et constatations (CBP des États-Unis)", "entry": "Lumen Silicon Materials Co.",
            "section": "WRO", "effective": "2026-01-15", "detail": "", "weight": 1.0, "contribution": 0.0,
            "source": {"dataset": "cbp_wro", "edition": "2026-11-02 v1",
                "entry": "Lumen Silicon Materials Co. (cbp_wro:lumen silicon materials)"}});
        let sentence = json!({"code": "screening_hit",
            "label_en": "Confirmed on the Withhold Release Orders and Findings (US CBP): Heron Quartz Products Co., Finding — forced-labour risk critical",
            "label_fr": "Confirmé sur la Ordonnances de retenue et constatations (CBP des États-Unis) : Heron Quartz Products Co., Finding — risque de travail forcé critique",
            "weight": 1.0, "contribution": 0.0,
            "source": {"dataset": "cbp_wro", "edition": "2026-11-02 v1", "row": "Heron Quartz Products Co. (cbp_wro:heron quartz products)"}});
        let factors = document["overall"]["forced_labour"]["factors"].as_array_mut().unwrap();
        factors.push(coded);
        factors.push(sentence);
        let text = serde_json::to_string(&document).unwrap().replace('\'', "''");
        chainon::storage::testing::execute_raw(
            &app.store,
            &format!("UPDATE assessment SET document = '{text}', document_gz = NULL WHERE id = {}", stored.id),
        )
        .await
        .unwrap();
        let body: Value =
            app.get_as(Who::Officer, &format!("/api/v1/declarations/{id}/assessment")).await.json().await.unwrap();
        let said: Vec<&Value> = body["assessment"]["overall"]["forced_labour"]["factors"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["code"] == "screening_hit")
            .collect();
        assert_eq!(said.len(), 2, "{body}");
        let (en, fr) = chainon::screening::ListKind::CbpWro.names();
        for f in said {
            let (label_en, label_fr) = (f["label_en"].as_str().unwrap(), f["label_fr"].as_str().unwrap());
            assert!(label_fr.contains(fr) && !label_fr.contains("sur la Ordonnances"), "{f}");
            assert!(label_en.contains(en), "{f}");
            assert_eq!(f["list"], "cbp_wro", "read by the list's code: {f}");
            assert!(label_fr.contains("Lumen Silicon") || label_fr.contains("Heron Quartz"), "{f}");
        }
    }
);

/// Issue 20: a list import that finds every upload place taken is answered like a declaration's upload — 503 with
/// `Retry-After`, the API's JSON in both languages, the page's form again with the message in its language — and
/// stores nothing; once the place is given back, the same import is taken in.
async fn a_list_import_when_every_upload_place_is_taken_is_answered_busy_by_both_doors(
    backend: crate::helpers::Backend,
) {
    let settings = chainon::isolation::IsolationSettings { max_uploads: Some(1), ..crate::helpers::isolation() };
    let Some(app) = crate::helpers::spawn_app_reading(backend, chainon::import::Limits::default(), settings).await
    else {
        return;
    };
    let browser = app.signed_in(Who::Administrator).await;
    let held = crate::isolation::held_upload(&app);
    // The held upload reaches its handler (token checked, place taken) while its body waits.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;

    let r = import(&app, Who::Administrator, "list=watchlist", "watchlist.csv").await;
    assert_eq!(r.status(), 503);
    assert_eq!(r.headers()["retry-after"], "10");
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["error"], "uploads_busy", "{body}");
    assert!(body["message"].as_str().unwrap().contains("nothing was stored"), "{body}");
    assert!(body["message_fr"].as_str().unwrap().contains("rien n'a été enregistré"), "{body}");

    for (lang, said, not) in [
        ("en", "send the file again in 10 seconds", "envoyez"),
        ("fr", "envoyez le fichier de nouveau dans 10", "send the file"),
    ] {
        let r =
            post_import_form(&app, &browser, lang, &[("list", "watchlist")], Some(("w.csv", fixture("watchlist.csv"))))
                .await;
        assert_eq!(r.status(), 503, "{lang}");
        assert_eq!(r.headers()["retry-after"], "10", "{lang}");
        let html = r.text().await.unwrap();
        assert!(html.contains("action=\"/screening/import?lang="), "{lang}: the form again: {html}");
        assert!(html.contains("id=\"h-errors\""), "{lang}: the refusal beside the form: {html}");
        let page = seen(&html).replace(['\u{202f}', '\u{a0}'], " ");
        assert!(page.contains(said) && !page.contains(not), "{lang} says {said:?}: {page}");
    }
    assert_eq!(edition_count(&app).await, 0, "nothing stored");

    // The place given back, the same import is taken in.
    drop(held);
    let mut status = 503;
    for _ in 0..50 {
        status = import(&app, Who::Administrator, "list=watchlist", "watchlist.csv").await.status().as_u16();
        if status != 503 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(status, 201);
    assert_eq!(edition_count(&app).await, 1);
}

#[tokio::test]
async fn a_list_import_when_every_upload_place_is_taken_is_answered_busy_by_both_doors_sqlite() {
    a_list_import_when_every_upload_place_is_taken_is_answered_busy_by_both_doors(crate::helpers::Backend::Sqlite)
        .await;
}

#[tokio::test]
async fn a_list_import_when_every_upload_place_is_taken_is_answered_busy_by_both_doors_postgres() {
    a_list_import_when_every_upload_place_is_taken_is_answered_busy_by_both_doors(crate::helpers::Backend::Postgres)
        .await;
}

#[tokio::test]
async fn the_audit_log_names_screening_at_intake_in_words_in_either_language() {
    let app = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await.unwrap();
    assert_eq!(import(&app, Who::Administrator, "list=uflpa", "uflpa_entity_list_2026-10.html").await.status(), 201);
    let mut d: Value = serde_json::from_slice(&declaration()).unwrap();
    assert!(app.upload("d.json", serde_json::to_vec(&d).unwrap()).await.status().is_success());
    let open = hits(&app, "open").await;
    let mill = open["hits"].as_array().unwrap().iter().find(|h| h["site_ref"] == "MILL").unwrap();
    assert_eq!(decide_hit(&app, mill, true, "the listed mill").await, 201);
    // The same mill declared anew: screening at intake applies the confirmed hit and stores the assessment.
    d["supplier"]["declaration_date"] = json!("2026-10-02");
    assert!(app.upload("d2.json", serde_json::to_vec(&d).unwrap()).await.status().is_success());
    let audit: Value = app.get_as(Who::Auditor, "/api/v1/audit?limit=1000").await.json().await.unwrap();
    let by_screening = audit["entries"].as_array().unwrap().iter().filter(|e| e["actor"] == "screening").count();
    assert!(by_screening > 0, "{audit}");
    for (lang, says) in [("en", "Screening at intake"), ("fr", "Filtrage à la réception")] {
        let page = app.get_as(Who::Auditor, &format!("/audit?lang={lang}")).await.text().await.unwrap();
        assert!(page.contains(says), "{lang}");
        assert!(!page.contains("<td>screening</td>"), "{lang}");
    }
    // The French page says the names recorded in English (the list's publisher and licence, the cause of hits
    // opened) in French; the raw facts keep them as recorded.
    let fr = app.get_as(Who::Auditor, "/audit?lang=fr&per_page=100").await.text().await.unwrap();
    let said: String = fr.split("<dd>").skip(1).filter_map(|d| d.split("</dd>").next()).collect::<Vec<_>>().join("|");
    for english in ["US Department of Homeland Security", "Public domain", "opened_entry_added", "UFLPA Entity List"] {
        assert!(!said.contains(english), "{english}: {said}");
    }
    assert!(said.contains("Domaine public"), "{said}");
}

#[tokio::test]
async fn opensanctions_topics_and_first_seen_are_said_in_words_of_the_page() {
    let app = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await.unwrap();
    // The committed fixture, and a topic FollowTheMoney may add later, which the catalogues do not know.
    let mut file = fixture("opensanctions_entities.ftm.json");
    file.extend_from_slice(
        b"{\"id\": \"NK-fict9001\", \"schema\": \"Company\", \"properties\": {\"name\": [\"Quokka Tin Smelting\"], \
          \"country\": [\"au\"], \"topics\": [\"export.control\", \"x.future_topic\"]}, \"datasets\": [\"x\"], \
          \"first_seen\": \"2024-03-01T00:00:00\"}\n",
    );
    let r = app
        .request(Who::Administrator, Method::POST, "/api/v1/screening/editions?list=opensanctions")
        .header("content-type", "application/octet-stream")
        .body(file)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let id = r.json::<Value>().await.unwrap()["edition"]["id"].as_i64().unwrap();
    let says = [
        ("en", ["Sanctioned entity, Oligarch", "Export controlled, x.future_topic", "First seen by OpenSanctions"]),
        (
            "fr",
            [
                "Entité sanctionnée, Oligarque",
                "Soumis au contrôle des exportations, x.future_topic",
                "Première mention",
            ],
        ),
    ];
    for (lang, words) in says {
        let page = app
            .get_as(Who::Officer, &format!("/screening/editions/{id}/entries?per_page=100&lang={lang}"))
            .await
            .text()
            .await
            .unwrap();
        for w in words {
            assert!(page.contains(w), "{lang}: {w}");
        }
        for code in ["role.oligarch", "sanction,", "In force from", "Entrée en vigueur", "123456782; 123456782"] {
            assert!(!page.contains(code), "{lang}: {code}");
        }
    }
}

#[tokio::test]
async fn a_json_body_giving_a_field_twice_is_refused_naming_the_field() {
    let app = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await.unwrap();
    let bodies = [
        (r#"{"confirmed":true,"confirmed":false}"#, "confirmed"),
        (r#"{"confirmed":true,"note":"a","note":"b"}"#, "note"),
    ];
    for (body, field) in bodies {
        let r = app
            .request(Who::Officer, Method::POST, "/api/v1/screening/hits/1/decision")
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 400, "{body}");
        let v: Value = r.json().await.unwrap();
        assert!(v["message"].as_str().unwrap().contains(&format!("the field “{field}” is given twice")), "{v}");
        assert!(
            v["message_fr"].as_str().unwrap().contains(&format!("le champ «\u{a0}{field}\u{a0}» est donné deux fois")),
            "{v}"
        );
    }
}

/// A bid of gloves from two Malaysian plants and yarn from a Chinese mill, with due diligence that keeps every site
/// below critical: the glove category's highest site is KESTREL (high), the declaration's is MILL; VIREO, below
/// both, is the one on CBP's Finding.
fn gloves_bid() -> Vec<u8> {
    let site = |id: &str, name: &str, goods: &str, city: &str, country: &str| {
        json!({"site_id": id, "site_name": name, "role": "manufacturing", "goods": goods, "address": "1 Road",
               "city": city, "country": country, "supplies_to": ["HUB"]})
    };
    let mut vireo = site("VIREO", "Vireo Glove Sdn Bhd", "nitrile gloves", "Klang", "MY");
    vireo["last_audit_date"] = json!("2026-06-01");
    vireo["audit_standard"] = json!("SMETA");
    let practices = ["policy", "supplier_code", "risk_assessment", "grievance_mechanism", "remediation", "training"];
    serde_json::to_vec(&json!({
        "supplier": {"legal_name": MAPLE.0, "business_number": MAPLE.1, "country": "CA",
                     "solicitation_number": "W0113-260009/A", "declaration_date": "2026-10-01",
                     "signatory_name": "A. Signatory"},
        "attestations": [{"right": "forced_labour", "attested": true}],
        "due_diligence": practices.iter().chain(["s211_report"].iter())
            .map(|q| json!({"question": q, "answer": true})).collect::<Vec<_>>(),
        "places_of_work": [
            {"site_id": "HUB", "site_name": "Maple warehouse", "role": "warehousing", "goods": "work uniforms",
             "address": "1 Depot Road", "city": "Ottawa", "country": "CA", "supplies_to": []},
            vireo,
            site("KESTREL", "Kestrel Latex Works", "nitrile gloves", "Ipoh", "MY"),
            site("MILL", "Plain Spinning Mill", "cotton yarn", "Wuxi", "CN"),
        ],
        "goods": [{"item": "Gloves", "produced_at": ["VIREO", "KESTREL"]}],
    }))
    .unwrap()
}

on_both_backends!(
    a_confirmed_hit_on_a_site_below_the_highest_reaches_its_category_the_declaration_and_the_stored_summaries,
    |app: TestApp| async move {
        use chainon::domain::{Band, FiscalYear, Reason, Score};
        let cbp = String::from_utf8(fixture("cbp_wro_findings.csv")).unwrap();
        let post = |query: &'static str, body: String| {
            app.request(Who::Administrator, Method::POST, &format!("/api/v1/screening/editions?{query}"))
                .header("content-type", "text/csv")
                .body(body)
                .send()
        };
        assert_eq!(post("list=cbp_wro&published=2026-10-20", cbp.clone()).await.unwrap().status(), 201);
        let up = app.upload("gloves.json", gloves_bid()).await;
        assert!(up.status().is_success());
        let id = up.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
        let highest = |s: &Score| match s.factors.as_slice() {
            [f] => match f.reason() {
                Some(Reason::HighestSite { site, .. }) => site.to_string(),
                r => panic!("{r:?}"),
            },
            f => panic!("{f:?}"),
        };
        let fy = FiscalYear::containing(chrono::Utc::now().date_naive());
        // (score, band, site named) of the glove category and of the declaration, the declaration's stored score,
        // and the glove category's stored forced-labour band counts.
        let state = async || {
            let a = app.store.latest_assessment(id).await.unwrap().unwrap().assessment;
            let gloves = a.categories.iter().find(|c| c.category == "ppe_gloves").unwrap();
            let (g, o) = (&gloves.risk.forced_labour, &a.overall.forced_labour);
            let listed = app.store.list_declarations(&Default::default()).await.unwrap();
            let stored = listed.iter().find(|d| d.id == id).unwrap().forced_labour_score;
            let counts = app.store.s211_counts(fy).await.unwrap();
            let bands: Vec<(Band, u32)> = counts
                .category_bands
                .iter()
                .filter(|((c, _), (n, _))| c == "ppe_gloves" && *n > 0)
                .map(|((_, b), (n, _))| (*b, *n))
                .collect();
            ((g.score, g.band, highest(g)), (o.score, o.band, highest(o)), stored, bands)
        };
        let before = state().await;
        assert_eq!(before.0.2, "KESTREL", "{before:?}");
        // The cotton mill ties with the glove plant (79.0): among equals the lowest tier, then the lowest site ID is
        // named (`domain::most_exposed`), the same site as the glove category's.
        assert_eq!(before.1.2, "KESTREL", "{before:?}");
        // Below the cap before the hit (critical from model 2022.7, whose presumption gives the latex of unknown
        // origin its worst country), so that the hit's effect shows.
        assert!(before.0.0 < 100.0 && before.1.0 < 100.0, "{before:?}");
        assert_eq!(before.3, [(before.0.1, 1)], "{before:?}");

        // The officer confirms the Finding on VIREO.
        let open = screening_hits(&app, "status=open").await;
        let vireo: Vec<&Value> = open["hits"].as_array().unwrap().iter().filter(|h| h["site_ref"] == "VIREO").collect();
        assert!(!vireo.is_empty(), "{open}");
        for h in vireo {
            let _ = decide_hit(&app, h, true, "the plant on the Finding").await;
        }
        let after = state().await;
        assert_eq!(after.0, (100.0, Band::Critical, "VIREO".to_string()), "the glove category: {after:?}");
        assert_eq!(after.1, (100.0, Band::Critical, "VIREO".to_string()), "the declaration: {after:?}");
        assert_eq!(after.2, Some(100.0), "the stored score the lists read");
        assert_eq!(after.3, [(Band::Critical, 1)], "the stored category the S-211 report counts: {after:?}");
        let page = app.get_as(Who::Officer, "/solicitations/W0113-260009/A?lang=en").await.text().await.unwrap();
        // The glove rows no longer show the score before the hit (another category may score the same).
        let old_score = format!("{:.1}", before.0.0);
        let glove_rows: Vec<&str> = page
            .split("PPE: gloves — Forced labour")
            .skip(1)
            .map(|r| r.split("</tr>").next().unwrap_or_default())
            .collect();
        assert!(!glove_rows.is_empty(), "{page}");
        assert!(glove_rows.iter().all(|r| !r.contains(&old_score)), "{old_score}: {glove_rows:?}");
        assert!(!page.contains("Kestrel Latex Works (KESTREL)"), "{page}");

        // The next edition no longer lists the plant: the effect is lifted and every summary is as scored.
        let without: String = cbp.lines().filter(|l| !l.contains("Vireo")).map(|l| format!("{l}\n")).collect();
        assert_eq!(post("list=cbp_wro&published=2026-11-20", without).await.unwrap().status(), 201);
        assert_eq!(state().await, before);
    }
);

on_both_backends!(an_edition_and_its_diff_are_paged_and_searched_with_stable_links, |app: TestApp| async move {
    use chainon::screening::{EditionSource, ListKind, service};
    let model = std::sync::Arc::new(chainon::scoring::RiskModel::embedded().unwrap());
    // 230 entries: five pages of 50; the second edition changes every entry's reason.
    let list = |reason: &str| {
        let mut csv = String::from("id,name,aliases,country,address,reason\n");
        for i in 0..230 {
            csv.push_str(&format!(
                "W-{i:05},Fictional Spinning Mill Number {i},Mill {i} Alias,IN,\"{i} Industrial Estate Road, Tiruppur\",{reason} {i}\n"
            ));
        }
        csv.into_bytes()
    };
    let source = |day: &str| EditionSource {
        publisher: "The department".into(),
        address: String::new(),
        licence: "none".into(),
        label: day.into(),
        published_on: day.parse().unwrap(),
    };
    let mut ids = Vec::new();
    for (day, reason) in [("2026-10-01", "Audit"), ("2026-11-01", "Audit of a later year")] {
        let (imported, _) =
            service::import_edition(&app.store, &model, ListKind::Watchlist, &source(day), "w.csv", list(reason), "t")
                .await
                .unwrap();
        ids.push(imported.edition.id);
    }
    let page = |path: String| {
        let app = &app;
        async move {
            let resp = app.get_as(Who::Auditor, &path).await;
            assert_eq!(resp.status(), 200, "{path}");
            resp.text().await.unwrap().replace("&amp;", "&").replace("&#x3D;", "=")
        }
    };
    let (first, second) = (ids[0], ids[1]);
    // The first edition adds every entry: its second page says where it stands, with links either side.
    let page2 = page(format!("/screening/editions/{first}?page=2")).await;
    assert!(page2.contains("51–100 of 230"), "the count: {page2}");
    assert!(
        page2.contains("Fictional Spinning Mill Number 50 ") || page2.contains("Fictional Spinning Mill Number 50<")
    );
    assert!(!page2.contains("Fictional Spinning Mill Number 49<") && !page2.contains("Number 101<"), "page 2 only");
    assert!(page2.contains(&format!("/screening/editions/{first}?")) && page2.contains("page=3"), "the next page");
    let fr = page(format!("/screening/editions/{first}?page=2&lang=fr")).await;
    assert!(fr.contains("51–100 sur 230"), "the count in French");
    // Past the last page: no count of rows that do not exist, and a way back to the first page.
    for path in [format!("/screening/editions/{first}?page=9"), format!("/screening/editions/{first}/entries?page=9")] {
        let past = page(path.clone()).await;
        assert!(!past.contains("of 230") && !past.contains("401–"), "{path}: {past}");
        // The link to the first page itself: the same list without `page` (any page holds `page=` and `lang=en`).
        let base = path.split('?').next().unwrap();
        let first_page = format!("<a href=\"{base}?lang=en\">Go to the first page</a>");
        assert!(past.contains(&first_page), "{path}: a link to the first page, {first_page}: {past}");
        // And which page is the last, with a link to it.
        let last_page = format!("<a href=\"{base}?lang=en&page=5\">Go to the last page (5)</a>");
        assert!(past.contains("the last page is 5.") && past.contains(&last_page), "{path}: {last_page}: {past}");
    }
    for lang in ["en", "fr"] {
        let past = page(format!("/screening/editions/{first}/entries?page=9&lang={lang}")).await;
        assert!(!past.contains(" 0 ") && !past.contains("450"), "{lang}: {past}");
    }
    let last = page(format!("/screening/editions/{first}?page=5")).await;
    assert!(last.contains("201–230 of 230") && last.contains("Number 229"), "the last page");
    // The second: a search by name among one kind of change, and a kind with nothing in it.
    let found = page(format!("/screening/editions/{second}?q=number+123&change=changed")).await;
    assert!(found.contains("1–1 of 1") && found.contains("Fictional Spinning Mill Number 123"), "search by name");
    let none = page(format!("/screening/editions/{second}?change=added")).await;
    assert!(!none.contains("W-00001"), "nothing added");
    // The API: a window of the diff with its total, and a refused kind named.
    let by_key: Value = app
        .get_as(Who::Auditor, &format!("/api/v1/screening/editions/{second}?q=w-0001&limit=5&offset=5"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(by_key["total"], 10, "W-00010 to W-00019: {by_key}");
    assert_eq!((by_key["limit"].as_u64(), by_key["offset"].as_u64()), (Some(5), Some(5)));
    let keys: Vec<&str> =
        by_key["diff"]["changed"].as_array().unwrap().iter().map(|c| c["key"].as_str().unwrap()).collect();
    assert_eq!(keys, ["W-00015", "W-00016", "W-00017", "W-00018", "W-00019"]);
    assert_eq!(by_key["edition"]["changed"], 230);
    // The edition named in words as the pages name it, in both languages, beside its id and number.
    assert_eq!(by_key["edition"]["name_en"], format!("Department watch list, edition 2 (#{second})"));
    assert_eq!(by_key["edition"]["name_fr"], format!("Liste de surveillance du ministère, édition 2 (#{second})"));
    assert_eq!((by_key["edition"]["id"].as_i64(), by_key["edition"]["version"].as_i64()), (Some(second), Some(2)));
    let lists: Value = app.get_as(Who::Auditor, "/api/v1/screening/lists").await.json().await.unwrap();
    let watch = lists["lists"].as_array().unwrap().iter().find(|l| l["list"] == "watchlist").unwrap();
    assert_eq!(watch["editions"][1]["name_en"], format!("Department watch list, edition 1 (#{first})"), "{watch}");
    let doc: Value = app.get_as(Who::Auditor, "/api/v1/openapi.json").await.json().await.unwrap();
    let schema = &doc["components"]["schemas"]["EditionJson"];
    assert!(schema.to_string().contains("name_en") && schema.to_string().contains("name_fr"), "{schema}");
    let bad = app.get_as(Who::Auditor, &format!("/api/v1/screening/editions/{second}?change=moved")).await;
    assert_eq!(bad.status(), 400);
    // The entries: paged with the same count, and found by alias.
    let entries = page(format!("/screening/editions/{second}/entries?page=5")).await;
    assert!(entries.contains("Number 229") && entries.contains("of 230"), "the last page of entries");
    let alias: Value = app
        .get_as(Who::Auditor, &format!("/api/v1/screening/editions/{second}/entries?q=Mill+177+alias"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(alias["total"], 1, "{alias}");
    assert_eq!(alias["entries"][0]["key"], "W-00177");
});

#[tokio::test]
async fn a_json_list_is_never_read_as_a_decision_or_any_other_body_by_position() {
    let app = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await.unwrap();
    assert!(app.upload("d.json", declaration()).await.status().is_success());
    let edition = import(&app, Who::Administrator, "list=uflpa&published=2026-10-20", "uflpa_entity_list_2026-10.html");
    assert_eq!(edition.await.status(), 201);
    let open = hits(&app, "open").await;
    let hit = open["hits"][0]["id"].as_i64().unwrap();

    // A client sending its decisions as a list would confirm or dismiss the hit for good: `[true]` is not
    // `{"confirmed": true}`. The same for every JSON body, at any depth.
    let decision = format!("/api/v1/screening/hits/{hit}/decision");
    let cases = [
        (decision.as_str(), "[true]", "the body must be a JSON object"),
        (decision.as_str(), r#"[false, "a false match"]"#, "not a list"),
        ("/api/v1/graph/matches", r#"["a", "b", true]"#, "the body must be a JSON object"),
        ("/api/v1/contracts", r#"["W1-1", "contract"]"#, "the body must be a JSON object"),
        (
            "/api/v1/contracts",
            r#"{"number": "W1-1", "overrides": [["forced_labour_clause", true, "r"]]}"#,
            "“overrides[0]”",
        ),
    ];
    for (path, body, said) in cases {
        let r = app
            .request(Who::Administrator, Method::POST, path)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 400, "{path} {body}");
        let v: Value = r.json().await.unwrap();
        assert!(v["message"].as_str().unwrap().contains(said), "{v}");
        assert!(v["message_fr"].as_str().unwrap().contains("objet JSON"), "{v}");
    }
    // A JSON body sent as text or as a form is not guessed at.
    for content_type in ["text/plain", "application/x-www-form-urlencoded", ""] {
        let mut r = app.request(Who::Officer, Method::POST, &decision).body(r#"{"confirmed": true}"#);
        if !content_type.is_empty() {
            r = r.header("content-type", content_type);
        }
        let r = r.send().await.unwrap();
        assert_eq!(r.status(), 400, "{content_type}");
        let v: Value = r.json().await.unwrap();
        assert!(v["message"].as_str().unwrap().contains("Content-Type: application/json"), "{v}");
        assert!(v["message_fr"].as_str().unwrap().contains("envoyez-le en JSON"), "{v}");
    }
    // A note that would reverse or hide what a reader sees on the audit pages, or break an export, is refused at its
    // field, in every JSON body and form.
    let cases = [
        (decision.as_str(), json!({"confirmed": true, "note": "bell\u{7} rings"}), "“note” holds", "U+0007"),
        (decision.as_str(), json!({"confirmed": false, "note": "abc \u{202e}fed"}), "“note” holds", "U+202E"),
        (decision.as_str(), json!({"confirmed": false, "note\u{200b}": "x"}), "holds", "U+200B"),
        // Characters that draw nothing, Unicode's default-ignorable ones as a whole: a joiner between Latin letters,
        // the Braille blank, a variation selector, a Hangul filler.
        (decision.as_str(), json!({"confirmed": false, "note": "same\u{200d}firm"}), "“note” holds", "U+200D"),
        (decision.as_str(), json!({"confirmed": false, "note": "\u{2800}"}), "“note” holds", "U+2800"),
        (decision.as_str(), json!({"confirmed": false, "note": "ok\u{fe0f}"}), "“note” holds", "U+FE0F"),
        (decision.as_str(), json!({"confirmed": false, "note": "a\u{3164}b"}), "“note” holds", "U+3164"),
        (
            "/api/v1/contracts",
            json!({"number": "W1-1", "overrides": [{"reason": "nul\u{0}"}]}),
            "“overrides[0].reason”",
            "U+0000",
        ),
    ];
    for (path, body, field, code) in cases {
        let r = app.request(Who::Administrator, Method::POST, path).json(&body).send().await.unwrap();
        assert_eq!(r.status(), 400, "{path} {body}");
        let v: Value = r.json().await.unwrap();
        let (en, fr) = (v["message"].as_str().unwrap(), v["message_fr"].as_str().unwrap());
        assert!(en.contains(field) && en.contains(code), "{v}");
        assert!(fr.contains(code) && fr.contains("supprimez-le"), "{v}");
        // What was read is a request's text, not a declaration.
        assert!(!en.contains("declaration") && !fr.contains("déclaration"), "{v}");
    }
    // A field the body does not take is refused, not ignored: `notes` for `note` would dismiss the hit for good and
    // lose its reason.
    let r = app
        .request(Who::Officer, Method::POST, &decision)
        .json(&json!({"confirmed": false, "notes": "another firm"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let v: Value = r.json().await.unwrap();
    assert!(v["message"].as_str().unwrap().contains("the field “notes” is not one this request takes"), "{v}");
    assert!(v["message_fr"].as_str().unwrap().contains("le champ «\u{a0}notes\u{a0}»"), "{v}");
    // The same on the page's form.
    let officer = app.signed_in(Who::Officer).await;
    let page = officer.get(app.url("/screening/alerts?lang=fr")).send().await.unwrap().text().await.unwrap();
    let csrf = crate::helpers::hidden_field(&page, "csrf").unwrap();
    let r = officer
        .post(app.url(&format!("/screening/hits/{hit}?lang=fr")))
        .form(&[("csrf", csrf.as_str()), ("decision", "confirm"), ("note", "abc \u{202e}fed")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let text = r.text().await.unwrap();
    assert!(text.contains("U+202E") && text.contains("supprimez-le"), "{text}");
    let r = officer
        .post(app.url(&format!("/screening/hits/{hit}?lang=fr")))
        .form(&[("csrf", csrf.as_str()), ("decision", "confirm"), ("note", "a\u{34f}b")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    let text = r.text().await.unwrap();
    // A French page names the character by its French name (ISO/IEC 10646's French edition).
    assert!(text.contains("U+034F") && text.contains("DIACRITIQUE LIANT DE GRAPHÈMES"), "{text}");
    // Line breaks and tabs are free text's own (below). Nothing was decided: the hit is still open and can be decided with the documented body.
    let still = hits(&app, "open").await;
    assert!(still["hits"].as_array().unwrap().iter().any(|h| h["id"] == hit), "{still}");
    assert_eq!(crate::helpers::decide_hit(&app, &open["hits"][0], false, "another firm:\n\tsee the file").await, 201);
}

on_both_backends!(
    a_long_name_or_industry_is_stored_under_a_bounded_key_and_a_long_id_refused,
    |app: TestApp| async move {
        let post = |list: &'static str, body: String| {
            let app = &app;
            async move {
                app.request(Who::Administrator, Method::POST, &format!("/api/v1/screening/editions?list={list}"))
                    .header("content-type", "text/csv")
                    .body(body)
                    .send()
                    .await
                    .unwrap()
            }
        };
        // A name of 1,000 Chinese characters (3,000 bytes) and an industry of 8,400 characters: within their limits, so
        // stored, under keys the index holds on either database.
        let name = "棉".repeat(1000);
        let r = post("watchlist", format!("name,country\n{name},CN\nKestrel Dyeing,IN\n")).await;
        assert_eq!(r.status(), 201, "{}", r.text().await.unwrap());
        let industry = "cotton ".repeat(1200);
        let cbp = format!("Date,Country,Entity,Industry,Status,WRO/Finding\n04/12/2023,China,,{industry},Active,WRO\n");
        let r = post("cbp", cbp).await;
        assert_eq!(r.status(), 201, "{}", r.text().await.unwrap());
        let body: Value = r.json().await.unwrap();
        let id = body["edition"]["id"].as_i64().unwrap();
        let entries: Value =
            app.get_as(Who::Auditor, &format!("/api/v1/screening/editions/{id}/entries")).await.json().await.unwrap();
        let key = entries["entries"][0]["key"].as_str().unwrap();
        assert!(key.chars().count() <= 200 && key.starts_with("wro:CN:region:cotton"), "{key}");
        // An id of 5,000 characters: refused at its line and column, naming the limit, in both languages.
        let r = post("watchlist", format!("id,name,country\n{},Kestrel,IN\n", "X".repeat(5000))).await;
        assert_eq!(r.status(), 422);
        let body: Value = r.json().await.unwrap();
        let said = body.to_string();
        assert!(said.contains("limit is 200") && said.contains("la limite est de 200"), "{said}");
        assert!(said.contains("line 2, column 1"), "{said}");
    }
);

on_both_backends!(
    a_site_named_without_its_place_is_a_hit_that_says_which_place_was_left_out,
    |app: TestApp| async move {
        let decl = screening_bid(
            MAPLE,
            "2026-10-01",
            &[("MILL", "Zephyr Cotton Textile Co., Ltd.", "manufacturing", "cotton yarn", "9 Mill Road", "Aksu")],
        );
        assert!(app.upload("d.json", decl).await.status().is_success());
        let r =
            import(&app, Who::Administrator, "list=uflpa&published=2026-10-20", "uflpa_entity_list_2026-10.html").await;
        assert_eq!(r.status(), 201);
        let open = hits(&app, "open").await;
        assert_eq!(open["total"], 1, "{open}");
        let h = &open["hits"][0];
        assert_eq!(h["evidence"]["method"], "place_omitted", "{h}");
        assert_eq!(h["evidence"]["left_out"], "xinjiang", "{h}");
        assert_eq!(
            h["method_label_en"],
            "Same name without its place (province, region or city of China): \u{201c}xinjiang\u{201d} left out",
            "{h}"
        );
        assert_eq!(
            h["method_label_fr"],
            "Même nom sans son lieu (province, région ou ville de Chine)\u{a0}: «\u{a0}xinjiang\u{a0}» omis",
            "{h}"
        );
    }
);

on_both_backends!(
    an_older_edition_is_refused_by_the_api_and_the_page_in_either_language_unless_said_to_be_meant,
    |app: TestApp| async move {
        let post = |query: &'static str, body: &'static str| {
            app.request(Who::Administrator, Method::POST, &format!("/api/v1/screening/editions?{query}"))
                .header("content-type", "text/csv")
                .body(body)
                .send()
        };
        let newer = "id,name,country\nW-1,Fictional Newer Co,CA\nW-2,Fictional Second Co,CA\n";
        let older = "id,name,country\nW-1,Fictional Newer Co,CA\n";
        assert_eq!(post("list=watchlist&published=2026-11-10", newer).await.unwrap().status(), 201);
        // The API: 422, the file's publication date named, the current edition and both days in words.
        let r = post("list=watchlist&published=2026-11-01", older).await.unwrap();
        assert_eq!(r.status(), 422);
        let body: Value = r.json().await.unwrap();
        assert_eq!(body["error"], "list_rejected", "{body}");
        let issue = &body["issues"][0];
        assert_eq!(issue["field"], "published", "{body}");
        let (en, fr) = (issue["message_en"].as_str().unwrap(), issue["message_fr"].as_str().unwrap());
        assert!(en.contains("November 1, 2026 is before November 10, 2026"), "{en}");
        assert!(en.contains("Department watch list, edition 1 (#1)") && en.contains("older=true"), "{en}");
        assert!(fr.contains("1er novembre 2026 précède le 10 novembre 2026"), "{fr}");
        assert!(fr.contains("Liste de surveillance du ministère, édition 1 (#1)"), "{fr}");
        assert_eq!(edition_count(&app).await, 1, "nothing stored");
        // The page: the form offers the choice, and a refusal comes back on it in the reader's language.
        let browser = app.signed_in(Who::Administrator).await;
        let page = browser.get(app.url("/screening?lang=fr")).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("name=\"older\"") && page.contains("Édition plus ancienne"), "the form's box");
        let parts = [("list", "watchlist"), ("published", "2026-11-01")];
        let file = || Some(("older.csv", older.as_bytes().to_vec()));
        let r = post_import_form(&app, &browser, "fr", &parts, file()).await;
        assert_eq!(r.status(), 422);
        let said = seen(&r.text().await.unwrap());
        assert!(said.contains("précède le 10 novembre 2026") && said.contains("Rien n'a été enregistré"), "{said}");
        assert_eq!(edition_count(&app).await, 1, "nothing stored");
        // The box's part holds `true` or `false`: any other value is refused naming it, never read as "no".
        for value in ["banana", "1", "on"] {
            let r = post_import_form(&app, &browser, "en", &[parts[0], parts[1], ("older", value)], file()).await;
            assert_eq!(r.status(), 400, "{value}");
            let said = seen(&r.text().await.unwrap());
            assert!(said.contains("older") && said.contains(value) && said.contains("use true or false"), "{said}");
        }
        assert_eq!(edition_count(&app).await, 1, "nothing stored");
        // Said one way in the query and the other in the form's part: refused naming it, neither read over the other.
        for (query, part) in [("true", "false"), ("false", "true")] {
            let form = reqwest::multipart::Form::new()
                .text("older", part)
                .part("file", reqwest::multipart::Part::bytes(older.as_bytes().to_vec()).file_name("older.csv"));
            let r = app
                .request(
                    Who::Administrator,
                    Method::POST,
                    &format!("/api/v1/screening/editions?list=watchlist&published=2026-11-01&older={query}"),
                )
                .multipart(form)
                .send()
                .await
                .unwrap();
            assert_eq!(r.status(), 400, "query {query}, form {part}");
            let body: Value = r.json().await.unwrap();
            assert!(body["message"].as_str().unwrap().starts_with("older: the query says"), "{body}");
            assert!(body["message_fr"].as_str().unwrap().contains("Rien n'a été enregistré"), "{body}");
        }
        assert_eq!(edition_count(&app).await, 1, "nothing stored");
        // Said to be meant, by the form's box and by the API: stored as the current edition.
        let r = post_import_form(&app, &browser, "en", &[parts[0], parts[1], ("older", "true")], file()).await;
        let (to, _) = redirected(&app, &browser, r).await;
        assert!(to.starts_with("/screening/editions/2?imported=new"), "{to}");
        let r = post("list=watchlist&published=2026-10-01&older=true", newer).await.unwrap();
        assert_eq!(r.status(), 201);
        let body: Value = r.json().await.unwrap();
        assert_eq!(body["edition"]["version"], 3, "{body}");
        assert_eq!(body["edition"]["name_fr"], "Liste de surveillance du ministère, édition 3 (#3)", "{body}");
    }
);

on_both_backends!(a_decision_that_says_two_things_or_neither_is_refused_naming_the_field, |app: TestApp| async move {
    assert!(app.upload("d.json", declaration()).await.status().is_success());
    let edition = import(&app, Who::Administrator, "list=uflpa&published=2026-10-20", "uflpa_entity_list_2026-10.html");
    assert_eq!(edition.await.status(), 201);
    let open = hits(&app, "open").await;
    let hit = open["hits"][0]["id"].as_i64().unwrap();
    let audit = app.store.audit_entries(None, 100_000).await.unwrap().len();
    let decision = format!("/api/v1/screening/hits/{hit}/decision");
    // The API: `confirmed` neither true nor false, given twice one way and the other, or contradicted by the query.
    let bodies = [
        (r#"{"confirmed": "yes"}"#, "confirmed"),
        (r#"{"confirmed": 1}"#, "confirmed"),
        (r#"{"confirmed": ""}"#, "confirmed"),
        (r#"{"confirmed": "on"}"#, "confirmed"),
        (r#"{"confirmed": null}"#, "confirmed"),
        (r#"{"note": "n"}"#, "confirmed"),
        (r#"{"confirmed": true, "confirmed": false}"#, "confirmed"),
        (r#"{"confirmed": true, "dismissed": true}"#, "dismissed"),
    ];
    for (body, field) in bodies {
        let r = app
            .request(Who::Officer, Method::POST, &decision)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 400, "{body}");
        let v: Value = r.json().await.unwrap();
        assert!(v["message"].as_str().unwrap().contains(field), "{body}: {v}");
        assert!(v["message_fr"].as_str().unwrap().contains(field), "{body}: {v}");
    }
    for query in ["confirmed=false", "confirmed=no", "decision=dismiss"] {
        let r = app
            .request(Who::Officer, Method::POST, &format!("{decision}?{query}"))
            .json(&json!({"confirmed": true}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 400, "{query}");
        let v: Value = r.json().await.unwrap();
        let name = query.split('=').next().unwrap();
        assert!(v["message"].as_str().unwrap().contains(&format!("{name} “")), "{query}: {v}");
        assert!(v["message_fr"].as_str().unwrap().contains("ne prend pas ce paramètre"), "{query}: {v}");
    }
    // The page's form: a `confirmed` field beside the button, a button's value that is neither, a button twice.
    let officer = app.signed_in(Who::Officer).await;
    let page = officer.get(app.url("/screening/alerts?lang=en")).send().await.unwrap().text().await.unwrap();
    let csrf = crate::helpers::hidden_field(&page, "csrf").unwrap();
    let forms: [(&[(&str, &str)], &str); 6] = [
        (&[("decision", "confirm"), ("confirmed", "false")], "the form's field confirmed"),
        (&[("decision", "dismiss"), ("confirmed", "true")], "the form's field confirmed"),
        (&[("decision", "yes")], "the form's field decision"),
        (&[("decision", "")], "the form's field decision"),
        (&[("decision", "confirm"), ("decision", "dismiss")], "the form's field decision"),
        (&[("confirmed", "true")], "the form's field confirmed"),
    ];
    for (fields, said) in forms {
        let mut form: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
        form.extend_from_slice(fields);
        let r = officer.post(app.url(&format!("/screening/hits/{hit}?lang=en"))).form(&form).send().await.unwrap();
        assert_eq!(r.status(), 400, "{fields:?}");
        let text = r.text().await.unwrap().replace("&#x27;", "'");
        assert!(text.contains(said), "{fields:?}: {text}");
    }
    let r = officer
        .post(app.url(&format!("/screening/hits/{hit}?lang=en&confirmed=false")))
        .form(&[("csrf", csrf.as_str()), ("decision", "confirm")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
    // Nothing was decided or written.
    let still = hits(&app, "open").await;
    assert!(still["hits"].as_array().unwrap().iter().any(|h| h["id"] == hit), "{still}");
    assert_eq!(app.store.audit_entries(None, 100_000).await.unwrap().len(), audit);
});

/// A bid whose only site abroad is a sewing unit in Viet Nam, shipping to the same Ottawa warehouse as the Maple bids
/// (`screening_bid`'s hub): it shares a site with a listed mill's chain, but the mill is in none of its own.
fn bid_sharing_the_warehouse() -> Vec<u8> {
    serde_json::to_vec(&json!({
        "supplier": {"legal_name": "Birch Workwear Ltd.", "business_number": "123456782", "country": "CA",
                     "solicitation_number": "W0113-260009/A", "declaration_date": "2026-10-02",
                     "signatory_name": "B. Signatory"},
        "attestations": [{"right": "forced_labour", "attested": true}],
        "places_of_work": [
            {"site_id": "HUB", "site_name": "Maple warehouse", "role": "warehousing", "goods": "uniform shirts",
             "address": "1 Depot Road", "city": "Ottawa", "country": "CA", "supplies_to": []},
            {"site_id": "SEW", "site_name": "Hai Phong Sewing Unit 4", "role": "manufacturing",
             "goods": "uniform shirts", "address": "4 Harbour Street", "city": "Hai Phong", "country": "VN",
             "supplies_to": ["HUB"]}
        ],
        "goods": [{"item": "Shirts", "produced_at": ["SEW"]}],
    }))
    .unwrap()
}

on_both_backends!(
    a_hit_reaches_the_declarations_whose_own_chain_holds_the_site_not_those_sharing_a_warehouse_with_it,
    |app: TestApp| async move {
        let upload = |bytes: Vec<u8>| {
            let app = &app;
            async move {
                let r = app.upload("d.json", bytes).await;
                assert!(r.status().is_success());
                r.json::<Value>().await.unwrap()["id"].as_i64().unwrap()
            }
        };
        let mill = [(
            "MILL",
            "Xinjiang Zephyr Cotton Textile Co Ltd",
            "manufacturing",
            "cotton fabric",
            "9 Mill Road",
            "Aksu",
        )];
        // Two suppliers declare the listed mill (each through the shared warehouse); a third shares only the warehouse.
        let maple = upload(screening_bid(MAPLE, "2026-10-01", &mill)).await;
        let other = upload(screening_bid(("Spruce Uniforms Inc.", "100000009"), "2026-10-01", &mill)).await;
        let birch = upload(bid_sharing_the_warehouse()).await;
        let r =
            import(&app, Who::Administrator, "list=uflpa&published=2026-10-20", "uflpa_entity_list_2026-10.html").await;
        assert_eq!(r.status(), 201);
        let open = hits(&app, "open").await;
        let hit = open["hits"]
            .as_array()
            .unwrap()
            .iter()
            .find(|h| h["declaration_id"] == maple && h["site_ref"] == "MILL")
            .cloned()
            .unwrap_or_else(|| panic!("{open}"));
        let detail: Value =
            app.get_as(Who::Auditor, &format!("/api/v1/screening/hits/{}", hit["id"])).await.json().await.unwrap();
        let mut want = vec![maple, other];
        want.sort_unstable();
        assert_eq!(detail["touches"]["declarations"], json!(want), "not {birch}: {detail}");
        // No hit is opened on the declaration that only shares the warehouse.
        assert!(open["hits"].as_array().unwrap().iter().all(|h| h["declaration_id"] != birch), "{open}");
    }
);

on_both_backends!(
    a_confirmed_forced_labour_hit_shows_on_the_contract_the_case_and_the_dossier,
    |app: TestApp| async move {
        let r = import(&app, Who::Administrator, "list=uflpa&published=2026-10-20", "uflpa_entity_list_2026-10.html");
        assert_eq!(r.await.status(), 201);
        assert!(app.upload("d.json", declaration()).await.status().is_success());
        let (status, contract) = send_json(
            &app,
            Who::Officer,
            "/api/v1/contracts",
            json!({"number": "W0113-26/011", "kind": "contract", "title": "Uniform shirts", "business_number": "842310575",
                   "supplier_name": "Maple Uniforms Inc.", "goods_category": "ropes_cordage", "value_cad": 120000.0,
                   "awarded_on": "2026-11-01", "ends_on": "2027-10-31"}),
        )
        .await;
        assert_eq!(status, 201, "{contract}");
        let contract = contract["id"].as_i64().unwrap();
        let (status, case) =
            send_json(&app, Who::Auditor, &format!("/api/v1/contracts/{contract}/cases"), json!({"title": "Mill"}))
                .await;
        assert_eq!(status, 201, "{case}");
        let case = case["id"].as_i64().unwrap();
        let pages = [format!("/contracts/{contract}"), format!("/cases/{case}"), format!("/cases/{case}/dossier")];
        let labels = [
            ("en", "Forced labour confirmed in the supplier's chain:", "forced-labour risk critical"),
            ("fr", "Travail forcé confirmé dans la chaîne du fournisseur :", "travail forcé"),
        ];
        let browser = app.signed_in(Who::Officer).await;
        let page = |path: String, lang: &'static str| {
            let (browser, app) = (&browser, &app);
            async move {
                let page = browser.get(app.url(&format!("{path}?lang={lang}"))).send().await.unwrap();
                assert_eq!(page.status(), 200, "{path}");
                plain_spaces(&page.text().await.unwrap()).replace("&#x27;", "'")
            }
        };
        // An open hit changes nothing yet.
        for (lang, label, _) in labels {
            assert!(!page(pages[0].clone(), lang).await.contains(label), "{lang}");
        }
        let open = hits(&app, "open").await;
        let mill = open["hits"].as_array().unwrap().iter().find(|h| h["site_ref"] == "MILL").cloned().unwrap();
        let c = app
            .request(Who::Officer, Method::POST, &format!("/api/v1/screening/hits/{}/decision", mill["id"]))
            .json(&json!({"confirmed": true}))
            .send()
            .await
            .unwrap();
        assert_eq!(c.status(), 201);
        for (lang, label, words) in labels {
            for path in &pages {
                let page = page(path.clone(), lang).await;
                let at = page.find(label).unwrap_or_else(|| panic!("{path} {lang}: {page}"));
                let rest = page.get(at..).unwrap();
                assert!(
                    rest.contains("XINJIANG ZEPHYR COTTON TEXTILE COMPANY LIMITED (MILL)")
                        && rest.contains("Xinjiang Zephyr Cotton Textile")
                        && rest.contains(words),
                    "{path} {lang}: {rest}"
                );
            }
        }
    }
);

on_both_backends!(
    a_decision_on_a_site_leaves_open_the_hit_on_a_site_of_the_same_name_and_street_in_another_city,
    |app: TestApp| async move {
        let r = import(&app, Who::Administrator, "list=uflpa&published=2026-10-20", "uflpa_entity_list_2026-10.html");
        assert_eq!(r.await.status(), 201);
        // Maple's mill is in Aksu; another supplier's site of the same name and street line is in Kashgar.
        assert!(app.upload("d.json", declaration()).await.status().is_success());
        let other = screening_bid(
            ("Fictional Supplies Ltd.", "123456782"),
            "2026-10-01",
            &[(
                "KASHGAR",
                "XINJIANG ZEPHYR COTTON TEXTILE COMPANY LIMITED",
                "manufacturing",
                "yarn",
                "9 Mill Road",
                "Kashgar",
            )],
        );
        let other: Value = app.upload("other.json", other).await.json().await.unwrap();
        let other_id = other["id"].as_i64().unwrap();
        let open = hits(&app, "open").await;
        let on = |site: &str| {
            open["hits"]
                .as_array()
                .unwrap()
                .iter()
                .find(|h| h["site_ref"] == site)
                .cloned()
                .unwrap_or_else(|| panic!("{open}"))
        };
        let (mill, kashgar) = (on("MILL"), on("KASHGAR"));
        assert_ne!(mill["party_key"], kashgar["party_key"], "two places, two parties");
        let c = app
            .request(Who::Officer, Method::POST, &format!("/api/v1/screening/hits/{}/decision", mill["id"]))
            .json(&json!({"confirmed": true, "note": "the Aksu mill is the listed one"}))
            .send()
            .await
            .unwrap();
        assert_eq!(c.status(), 201);
        let answer: Value = c.json().await.unwrap();
        assert_eq!(answer["hits"], json!([mill["id"]]), "{answer}");
        assert!(!answer["reassessed"].as_array().unwrap().contains(&json!(other_id)), "{answer}");
        let open = hits(&app, "open").await;
        assert!(
            open["hits"].as_array().unwrap().iter().any(|h| h["id"] == kashgar["id"]),
            "the Kashgar site waits for its own decision: {open}"
        );
        let a = app.store.latest_assessment(other_id).await.unwrap().unwrap().assessment;
        let site = a.sites.iter().find(|s| s.site_id.as_str() == "KASHGAR").unwrap();
        assert!(!site.risk.forced_labour.factors.iter().any(|f| f.code() == "screening_hit"));
    }
);

on_both_backends!(
    the_alerts_are_filtered_by_list_declaration_and_name_and_every_count_says_what_it_leaves_out,
    |app: TestApp| async move {
        let upload = |bytes: Vec<u8>| {
            let app = &app;
            async move {
                let r = app.upload("d.json", bytes).await;
                assert!(r.status().is_success());
                r.json::<Value>().await.unwrap()["id"].as_i64().unwrap()
            }
        };
        // Two suppliers declare the same listed mill (one party: one decision settles both hits); the first also a
        // listed dye house.
        let maple = upload(declaration()).await;
        let mill = [(
            "MILL",
            "XINJIANG ZEPHYR COTTON TEXTILE COMPANY LIMITED",
            "manufacturing",
            "uniform shirts",
            "9 Mill Road",
            "Aksu",
        )];
        let spruce = upload(screening_bid(("Spruce Uniforms Inc.", "100000009"), "2026-10-01", &mill)).await;
        let r =
            import(&app, Who::Administrator, "list=uflpa&published=2026-10-20", "uflpa_entity_list_2026-10.html").await;
        assert_eq!(r.status(), 201);
        let all = hits(&app, "open").await;
        let total = all["total"].as_u64().unwrap();
        assert_eq!(total, 3, "{all}");
        // The counts add up: every open hit is a decision to take, settled with another by the same decision, or of
        // a declaration since replaced.
        let tally = &all["open_tally"];
        let n = |k: &str| tally[k].as_u64().unwrap_or_else(|| panic!("{k}: {tally}"));
        assert_eq!(n("open_hits"), total, "{tally}");
        assert_eq!(n("decisions") + n("settled_together") + n("of_replaced"), n("open_hits"), "{tally}");
        assert_eq!((n("decisions"), n("settled_together")), (2, 1), "{tally}");
        assert_eq!(all["open"], tally["decisions"]);
        // The API filters by list (its code or short name), declaration and name, alone or together.
        let count = |q: &'static str| {
            let app = &app;
            async move {
                let body = screening_hits(app, &format!("status=open&{q}")).await;
                let names: Vec<String> =
                    body["hits"].as_array().unwrap().iter().map(|h| h["entry_name"].as_str().unwrap().into()).collect();
                (body["total"].as_u64().unwrap(), names)
            }
        };
        assert_eq!(count("list=uflpa").await.0, 3);
        assert_eq!(count("list=watchlist").await.0, 0);
        assert_eq!(count("list=cbp").await.0, 0);
        let (n_corvid, names) = count("q=corvid").await;
        assert_eq!(n_corvid, 1);
        assert!(names.iter().all(|n| n.contains("Corvid")), "{names:?}");
        assert_eq!(count("q=ZEPHYR+cotton").await.0, 2, "the entry's name, case and spacing aside");
        assert_eq!(count("q=company+limited").await.0, 2, "the party's name");
        let by_declaration = screening_hits(&app, &format!("status=open&declaration={spruce}")).await;
        assert_eq!(by_declaration["total"], 1);
        let both = screening_hits(&app, &format!("status=open&declaration={maple}&q=zephyr&list=uflpa")).await;
        assert_eq!(both["total"], 1);
        assert_eq!(both["hits"][0]["declaration_id"], maple);
        let paged = screening_hits(&app, "status=open&q=zephyr&limit=1&offset=1").await;
        assert_eq!((paged["total"].as_u64(), paged["hits"].as_array().map(Vec::len)), (Some(2), Some(1)));
        let bad = app.get_as(Who::Officer, "/api/v1/screening/hits?list=narnia").await;
        assert_eq!(bad.status(), 400);
        // The page: the same filters as query parameters, kept by its links; the counts say what they leave out.
        let page = |path: String| {
            let app = &app;
            async move {
                let r = app.get_as(Who::Officer, &path).await;
                assert_eq!(r.status(), 200, "{path}");
                r.text()
                    .await
                    .unwrap()
                    .replace(['\u{a0}', '\u{202f}'], " ")
                    .replace("&#x3D;", "=")
                    .replace("&amp;", "&")
            }
        };
        let fr = page("/screening/alerts?q=zephyr&per_page=1&lang=fr".into()).await;
        assert_eq!(fr.matches("<section class=\"match\"").count(), 1);
        assert!(fr.contains("2 décisions à prendre pour 3 correspondances ouvertes : 1 réglée avec une autre"), "{fr}");
        assert!(fr.contains("Les filtres écartent 1 des 3 correspondances de ce statut."), "{fr}");
        assert!(fr.contains("q=zephyr&page=2"), "the next page keeps the search: {fr}");
        let en = page(format!("/screening/alerts?list=uflpa&declaration={maple}&lang=en")).await;
        assert!(en.contains("2 decisions to take for 3 open hits: 1 settled"), "{en}");
        assert!(en.contains("The filters leave out 1 of the 3 hits of this status."), "{en}");
        assert!(en.contains(&format!("status=all&lang=en&list=uflpa&declaration={maple}")), "{en}");
        assert!(en.contains("<option value=\"uflpa\" selected>"), "{en}");
        let unfiltered = page("/screening/alerts?lang=en".into()).await;
        assert!(!unfiltered.contains("The filters leave out"), "no filter, nothing left out");
    }
);
