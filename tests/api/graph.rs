//! The national supply graph over HTTP: built from what is stored, updated as declarations arrive and supersede
//! each other, site matches decided by an officer (and remembered), analyses and exports.

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, Who, demo_file, demo_files};
use crate::on_both_backends;

async fn get(app: &TestApp, path: &str) -> Value {
    let resp = app.get_as(Who::Officer, path).await;
    assert!(resp.status().is_success(), "{path}: {}", resp.status());
    resp.json().await.unwrap()
}

/// A two-site declaration in the JSON carrier, for the given supplier, whose mill is named and placed as given.
fn declaration(bn: &str, name: &str, mill: &str, mill_address: &str, extra_upstream: bool) -> Vec<u8> {
    let mut sites = vec![
        json!({"site_id": "HUB", "site_name": format!("{name} warehouse"), "role": "warehousing", "goods": "uniform shirts",
               "address": format!("{} Depot Road", name.len()), "city": "Ottawa", "country": "CA", "supplies_to": []}),
        json!({"site_id": "MILL", "site_name": mill, "role": "manufacturing", "goods": "uniform shirts",
               "address": mill_address, "city": "Dhaka", "country": "BD", "supplies_to": ["HUB"]}),
    ];
    if extra_upstream {
        sites.push(
            // A ginnery that names its seed cotton, whose origin it does not disclose: the risk it carries is that
            // input's, not its country context (which counts once, at its own line).
            json!({"site_id": "GIN", "site_name": "Steppe Ginnery", "role": "processing", "goods": "ginned cotton",
                          "inputs": ["seed cotton"], "address": "Field 3", "city": "Nukus", "country": "UZ",
                          "supplies_to": ["MILL"]}),
        );
    }
    serde_json::to_vec(&json!({
        "supplier": {"legal_name": name, "business_number": bn, "country": "CA", "solicitation_number": "W0113-260001/A",
                     "declaration_date": "2026-10-01", "signatory_name": "A. Signatory"},
        "attestations": [{"right": "forced_labour", "attested": true}],
        "places_of_work": sites,
        "goods": [{"item": "Shirts", "produced_at": ["MILL"]}],
    }))
    .unwrap()
}

on_both_backends!(a_shared_mill_links_two_suppliers_and_risk_flows_across_them, |app: TestApp| async move {
    // Two suppliers declare the same mill, spelled differently; only the second names its cotton ginnery.
    assert!(
        app.upload(
            "a.json",
            declaration("842310575", "Alpha Uniforms", "Dhaka Knit Ltd.", "Plot 7, Industrial Zone", false)
        )
        .await
        .status()
        .is_success()
    );
    let before = get(&app, "/api/v1/graph").await;
    assert_eq!(before["facilities"], 2);
    let b = app
        .upload("b.json", declaration("123456782", "Beta Apparel", "DHAKA KNIT", "plot 7 industrial zone", true))
        .await;
    assert!(b.status().is_success());
    // The graph catches up with what was stored since: one mill, not two.
    let summary = get(&app, "/api/v1/graph").await;
    assert_eq!(summary["facilities"], 4, "{summary}");
    assert_eq!(summary["declarations"], 2);
    // The model's weight as written, not a single-precision copy widened (0.8500000238418579).
    let decay = chainon::scoring::RiskModel::embedded().unwrap().tier_decay();
    assert_eq!(summary["tier_decay"].as_f64(), Some(decay), "{summary}");
    assert!(summary["tier_decay"].to_string().len() <= 6, "{summary}");
    let shared = get(&app, "/api/v1/graph/concentration").await;
    let mill = &shared["shared_facilities"][0];
    assert_eq!(mill["suppliers"], 2, "{shared}");
    let mill_id = mill["id"].as_str().unwrap();
    // Where the ginnery appears: in Beta's chain directly, and in Alpha's through the shared mill.
    let found = get(&app, "/api/v1/graph/sites?q=steppe").await;
    assert_eq!(found["total"], 1, "{found}");
    let gin = found["facilities"][0]["id"].as_str().unwrap().to_string();
    // By country, in either language or by code: the ginnery is the one facility in Uzbekistan, the mill the one
    // in Bangladesh; the count covers every facility found, not only the page.
    for q in ["Uzbekistan", "Ouzb%C3%A9kistan", "UZB"] {
        let by_country = get(&app, &format!("/api/v1/graph/sites?q={q}")).await;
        assert_eq!(by_country["facilities"][0]["id"], gin.as_str(), "{q}: {by_country}");
        assert_eq!(by_country["total"], 1, "{q}: {by_country}");
    }
    let two = get(&app, "/api/v1/graph/sites?q=road&limit=1").await;
    assert_eq!((two["facilities"].as_array().unwrap().len(), &two["total"]), (1, &json!(2)), "{two}");
    let detail = get(&app, &format!("/api/v1/graph/sites/{gin}")).await;
    let exposure = detail["exposure"].as_array().unwrap();
    assert_eq!(exposure.len(), 2, "{detail}");
    assert_eq!(exposure[0]["declared_directly"], true);
    assert_eq!(exposure[1]["declared_directly"], false);
    assert_eq!(exposure[1]["declaration"]["supplier_name"], "Alpha Uniforms");
    assert_eq!(exposure[1]["path"].as_array().unwrap().len(), 3);
    // Alpha's gap: its mill has a supplier it did not declare.
    let findings = get(&app, "/api/v1/graph/findings").await;
    let gaps = findings["disclosure_gaps"].as_array().unwrap();
    assert!(
        gaps.iter().any(|g| g["declaration"]["supplier_name"] == "Alpha Uniforms" && g["site_ref"] == "MILL"),
        "{findings}"
    );
    // The mill's national score carries the ginnery's risk; its explanation names the ginnery.
    let mill = get(&app, &format!("/api/v1/graph/sites/{mill_id}")).await;
    assert_eq!(mill["explanation"][0]["carried_from"]["id"], gin.as_str());
    // Exports.
    let dot = app.get_as(Who::Auditor, "/api/v1/graph/export?format=dot").await.text().await.unwrap();
    assert!(dot.starts_with("digraph") && dot.contains("Steppe Ginnery"));
    let bad = app.get_as(Who::Auditor, "/api/v1/graph/export?format=png").await;
    assert_eq!(bad.status(), 400);
    let body: Value = bad.json().await.unwrap();
    assert!(body["message_fr"].as_str().unwrap().contains("graphml"));
    // Beta supersedes its declaration without the ginnery: the graph takes it out.
    let newer =
        String::from_utf8(declaration("123456782", "Beta Apparel", "DHAKA KNIT", "plot 7 industrial zone", false))
            .unwrap()
            .replace("2026-10-01", "2026-11-01");
    assert!(app.upload("b2.json", newer.into_bytes()).await.status().is_success());
    let after = get(&app, "/api/v1/graph").await;
    assert_eq!(after["facilities"], 3, "{after}");
    assert!(get(&app, "/api/v1/graph/sites?q=steppe").await["facilities"].as_array().unwrap().is_empty());
});

on_both_backends!(an_officer_decides_a_possible_match_once, |app: TestApp| async move {
    app.upload("a.json", declaration("842310575", "Alpha Uniforms", "Sunrise Spinning", "KM 12 Dhaka Road", false))
        .await;
    app.upload(
        "b.json",
        declaration("123456782", "Beta Apparel", "Sunrise Spinning Mills Unit 2", "KM 12 Dhaka Road", false),
    )
    .await;
    let proposals = get(&app, "/api/v1/graph/matches").await;
    let p = &proposals["proposals"][0];
    assert_eq!(p["reason"], "same_address", "{proposals}");
    // Past the last page of proposals: which page is the last, and a link to it (every paged list's rule).
    for (lang, said, link) in [
        ("en", "This page is past the last one: one pair is proposed, on page 1.", "Go to the last page (1)"),
        (
            "fr",
            "Cette page est au-delà de la dernière\u{a0}: une paire est proposée, à la page 1.",
            "Aller à la dernière page (1)",
        ),
    ] {
        let past = app.get_as(Who::Officer, &format!("/graph/matches?page=3&lang={lang}")).await;
        assert_eq!(past.status(), 200);
        let past = past.text().await.unwrap();
        assert!(past.contains(said) && past.contains(link), "{lang}: {past}");
        assert!(past.contains(&format!("href=\"/graph/matches?lang&#x3D;{lang}\"")), "{lang}: {past}");
    }
    // The page's form: a button's value that is neither `same` nor `different`, or a field beside it that says
    // otherwise, is refused naming the field, never read as `different`; nothing is decided.
    let officer = app.signed_in(Who::Officer).await;
    let page = officer.get(app.url("/graph/matches?lang=en")).send().await.unwrap().text().await.unwrap();
    let csrf = crate::helpers::hidden_field(&page, "csrf").unwrap();
    let (key_a, key_b) = (p["a"]["key"].as_str().unwrap(), p["b"]["key"].as_str().unwrap());
    let forms: [(&[(&str, &str)], &str); 4] = [
        (&[("decision", "yes")], "the form's field decision “yes”"),
        (&[("decision", "")], "the form's field decision"),
        (&[("decision", "same"), ("same", "false")], "the form's field same"),
        (&[("decision", "same"), ("decision", "different")], "the form's field decision"),
    ];
    for (fields, said) in forms {
        let mut form: Vec<(&str, &str)> = vec![("csrf", csrf.as_str()), ("key_a", key_a), ("key_b", key_b)];
        form.extend_from_slice(fields);
        let r = officer.post(app.url("/graph/matches?lang=en")).form(&form).send().await.unwrap();
        assert_eq!(r.status(), 400, "{fields:?}");
        let text = r.text().await.unwrap().replace("&#x27;", "'").replace("&#x60;", "`");
        assert!(text.contains(said), "{fields:?}: {text}");
    }
    assert!(app.store.site_match_decisions().await.unwrap().is_empty());
    let decision = json!({"key_a": p["a"]["key"], "key_b": p["b"]["key"], "same": true});
    // An auditor may not decide; an officer may.
    let denied = app.request(Who::Auditor, Method::POST, "/api/v1/graph/matches").json(&decision).send().await.unwrap();
    assert_eq!(denied.status(), 403);
    let ok = app.request(Who::Officer, Method::POST, "/api/v1/graph/matches").json(&decision).send().await.unwrap();
    assert_eq!(ok.status(), 201);
    assert_eq!(get(&app, "/api/v1/graph").await["facilities"], 3);
    assert!(get(&app, "/api/v1/graph/matches").await["proposals"].as_array().unwrap().is_empty());
    // The pair decided again, in either order of its keys or with the other answer: 409 naming the decision on
    // record, who took it and when, and nothing changes; a pair never proposed is still a 400.
    for again in [decision.clone(), json!({"key_a": p["b"]["key"], "key_b": p["a"]["key"], "same": false})] {
        let resp = app.request(Who::Officer, Method::POST, "/api/v1/graph/matches").json(&again).send().await.unwrap();
        assert_eq!(resp.status(), 409, "{again}");
        let body: Value = resp.json().await.unwrap();
        assert_eq!(body["error"], "conflict", "{body}");
        // The maker by the account's name, the facilities as people know them (merged: one facility now),
        // each key beside them for the API's caller.
        for (m, country) in [(&body["message"], "(Dhaka, Bangladesh)"), (&body["message_fr"], "(Dhaka, Bangladesh)")] {
            let m = m.as_str().unwrap();
            assert!(m.contains("Officer") && !m.contains("officer@"), "{body}");
            assert!(m.contains("Sunrise Spinning") && m.contains(country), "{body}");
            assert!(m.contains(key_a) && m.contains(key_b), "{body}");
        }
        assert!(body["message"].as_str().unwrap().contains("they are one facility now"), "{body}");
        assert!(body["message_fr"].as_str().unwrap().contains("le même lieu"), "{body}");
    }
    assert_eq!(app.store.site_match_decisions().await.unwrap().len(), 1);
    let unknown = json!({"key_a": "na:XX:nowhere", "key_b": p["a"]["key"], "same": true});
    let resp = app.request(Who::Officer, Method::POST, "/api/v1/graph/matches").json(&unknown).send().await.unwrap();
    assert_eq!(resp.status(), 400);
    // The decision is stored and audited, so a graph built afresh from storage (a restart) keeps it.
    let log: Value = app.get_as(Who::Auditor, "/api/v1/audit").await.json().await.unwrap();
    assert!(log["entries"].as_array().unwrap().iter().any(|e| e["action"] == "site_match.decided"), "{log}");
    let decisions = app.store.site_match_decisions().await.unwrap();
    let mut fresh = chainon::graph::national::SupplyGraph::new(0.85);
    for d in &decisions {
        fresh.decide(d);
    }
    let batch = app.store.graph_batch(0, 100).await.unwrap();
    fresh.extend(batch.inputs);
    assert_eq!(fresh.facility_count(), 3);
    assert!(fresh.proposals(10).is_empty());
});

#[tokio::test]
async fn pages_of_the_graph_render_in_both_languages() {
    let app = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await.unwrap();
    for name in demo_files() {
        assert!(app.upload(&name, demo_file(&name)).await.status().is_success());
    }
    // The supplier account's own declaration (Cordages Nordiques), and one of another supplier's.
    let own: Value = app.get_as(Who::Supplier, "/api/v1/declarations").await.json().await.unwrap();
    let own = own["declarations"][0]["id"].as_i64().unwrap();
    let others = if own == 1 { 2 } else { 1 };
    let chain: Value = get(&app, &format!("/api/v1/declarations/{own}/chain")).await;
    let facility = chain["sites"][0]["facility"].as_str().unwrap().to_string();
    for (lang, words) in [
        ("en", ["Supply graph", "Where this facility appears", "Picture of the chain"]),
        ("fr", ["Lieux partagés", "Où ce lieu apparaît", "Image de la chaîne"]),
    ] {
        let overview = app.get_as(Who::Auditor, &format!("/graph?lang={lang}&q=Canada")).await;
        assert_eq!(overview.status(), 200);
        let overview = overview.text().await.unwrap().replace('\u{a0}', " ").replace('\u{202f}', "");
        assert!(overview.contains(words[0]), "{overview}");
        // Only the page has the search's count (an error page has the navigation's words, not this).
        let count = if lang == "en" { "Facilities found: " } else { "Lieux trouvés : " };
        assert!(overview.contains(count), "{overview}");
        let site = app.get_as(Who::Auditor, &format!("/graph/sites/{facility}?lang={lang}")).await;
        assert_eq!(site.status(), 200);
        let site = site.text().await.unwrap().replace('\u{a0}', " ").replace('\u{202f}', "");
        assert!(site.contains(words[1]), "{site}");
        let picture = app.get_as(Who::Supplier, &format!("/declarations/{own}/chain?lang={lang}")).await;
        assert_eq!(picture.status(), 200);
        let html = picture.text().await.unwrap().replace('\u{a0}', " ").replace('\u{202f}', "");
        assert!(html.contains(words[2]) && html.contains("<svg class=\"chain\""));
        assert!(html.contains("tabindex=\"0\""), "sites reachable by keyboard");
        let hidden = app.get_as(Who::Supplier, &format!("/declarations/{others}/chain?lang={lang}")).await;
        assert_eq!(hidden.status(), 404, "another supplier's chain does not show");
        let officer = app
            .get_as(Who::Officer, &format!("/declarations/{others}/chain?lang={lang}"))
            .await
            .text()
            .await
            .unwrap()
            .replace('\u{a0}', " ")
            .replace('\u{202f}', "");
        assert!(officer.contains("<svg class=\"chain\"") && officer.contains("chain-tip"));
    }
}

on_both_backends!(a_reassessment_reaches_the_graph_without_a_restart, |app: TestApp| async move {
    let up = app.upload("b.json", declaration("123456782", "Beta Apparel", "Dhaka Knit", "Plot 7", true)).await;
    assert!(up.status().is_success());
    let id = up.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    let score = |v: &Value| v["facilities"][0]["forced_labour"].as_f64().unwrap();
    let before = score(&get(&app, "/api/v1/graph/sites?q=steppe").await);
    assert!(before > 0.0, "the ginnery carries forced-labour risk: {before}");
    // A re-assessment stored by another door (another model halves every point): the graph follows it.
    let mut newer = app.store.latest_assessment(id).await.unwrap().unwrap().assessment;
    for site in &mut newer.sites {
        for f in &mut site.risk.forced_labour.factors {
            std::sync::Arc::make_mut(f).contribution /= 2.0;
        }
        site.risk.forced_labour.score /= 2.0;
    }
    app.store.save_assessment(id, &newer, "test").await.unwrap();
    let after = score(&get(&app, "/api/v1/graph/sites?q=steppe").await);
    assert!((after - before / 2.0).abs() < 0.2, "before {before}, after {after}");
    // A later declaration is taken in by the same path.
    let a = app.upload("a.json", declaration("842310575", "Alpha Uniforms", "Dhaka Knit Ltd.", "Plot 7", false)).await;
    assert!(a.status().is_success());
    assert_eq!(get(&app, "/api/v1/graph").await["declarations"], 2);
});

/// The `href` and accessible name of each linked site of a chain picture.
fn linked_sites(html: &str) -> Vec<(String, String)> {
    html.split("<a class=\"chain-site\" href=\"")
        .skip(1)
        .filter_map(|rest| {
            let (href, rest) = rest.split_once('"')?;
            let label = rest.split_once("aria-label=\"")?.1.split_once('"')?.0;
            // Handlebars writes `=` and `&` in attributes as character references.
            Some((href.replace("&#x3D;", "=").replace("&amp;", "&"), label.to_string()))
        })
        .collect()
}

on_both_backends!(the_chain_picture_names_long_sites_in_full_and_links_each_to_its_page, |app: TestApp| async move {
    let long = "Filature et teinturerie coopérative du Haut-Saint-Laurent SA";
    assert_eq!(long.chars().count(), 60);
    let resp = app.upload("long.json", declaration("842310575", "Alpha Uniforms", long, "12 Mill Road", true)).await;
    assert!(resp.status().is_success());
    let id = resp.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    for lang in ["en", "fr"] {
        let html =
            app.get_as(Who::Officer, &format!("/declarations/{id}/chain?lang={lang}")).await.text().await.unwrap();
        let sites = linked_sites(&html);
        assert_eq!(sites.len(), 3, "every site links to its page");
        // Its own accessible name begins with it (a customer's may name it too, as its supplier).
        let (href, label) =
            sites.iter().find(|(_, l)| l.starts_with(long)).expect("the full name in the accessible name");
        assert!(html.contains(&format!("<title>{label}</title>")), "and in its title");
        assert!(href.starts_with("/graph/sites/") && href.ends_with(&format!("?lang={lang}")), "{href}");
        let page = app.get_as(Who::Officer, href).await;
        assert_eq!(page.status(), 200, "{href}");
        assert!(page.text().await.unwrap().contains(&format!("<h1>{long}</h1>")));
    }
    // A supplier reads its own chain but not the national graph: its sites link nowhere.
    let html = app.get_as(Who::Supplier, &format!("/declarations/{id}/chain")).await.text().await.unwrap();
    assert!(linked_sites(&html).is_empty() && html.contains(long));
});

on_both_backends!(the_facility_page_gives_its_national_score_reasons_in_words, |app: TestApp| async move {
    let resp = app
        .upload("b.json", declaration("123456782", "Beta Apparel", "Dhaka Knit", "Plot 7, Industrial Zone", true))
        .await;
    assert!(resp.status().is_success());
    let id = resp.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    let found = get(&app, "/api/v1/graph/sites?q=dhaka").await;
    let mill = found["facilities"][0]["id"].as_str().unwrap().to_string();
    for (lang, words) in [
        (
            "en",
            [
                "Own risk, as declared by Beta Apparel (declaration ".to_string(),
                format!(
                    "An input from Steppe Ginnery, at tier 3 of the declaration of Beta Apparel (declaration {id})"
                ),
                "Risk carried from supplier site Steppe Ginnery: its national score ".to_string(),
                // What is carried leaves out the ginnery's own country context, counted at its own line.
                ", less its own country context, ".to_string(),
            ],
        ),
        (
            "fr",
            [
                "Risque propre, tel que déclaré par Beta Apparel (déclaration ".to_string(),
                format!(
                    "Un intrant de Steppe Ginnery, au niveau 3 de la déclaration de Beta Apparel (déclaration {id})"
                ),
                "Risque transmis par le lieu fournisseur Steppe Ginnery : sa note nationale ".to_string(),
                ", moins le contexte de son propre pays, ".to_string(),
            ],
        ),
    ] {
        let page = app.get_as(Who::Auditor, &format!("/graph/sites/{mill}?lang={lang}")).await;
        assert_eq!(page.status(), 200);
        let html = page.text().await.unwrap().replace('\u{a0}', " ").replace('\u{202f}', "");
        let reasons = html.split("id=\"h-reasons\"").nth(1).expect("the reasons section").split("</section>").next();
        let reasons = reasons.unwrap();
        for w in &words {
            assert!(reasons.contains(w.as_str()), "{lang}: `{w}` in {reasons}");
        }
        // The own factors are sentences of the explanation catalogue, naming the country in the page's language.
        assert!(reasons.contains("Bangladesh"), "{reasons}");
        assert!(!reasons.contains("forced_prevalence") && !reasons.contains("listed_good"), "no bare codes");
        let link = format!("href=\"/declarations/{id}?lang&#x3D;{lang}\"");
        assert!(reasons.contains(&link), "the declaration is linked: {reasons}");
    }
});

/// A graph service of the test's model keeping its graph in `snapshot`, built (or restored) up to storage.
async fn service(app: &TestApp, snapshot: Option<&std::path::Path>) -> chainon::graph_service::GraphService {
    let decay = chainon::scoring::RiskModel::embedded().unwrap().tier_decay();
    let service = chainon::graph_service::GraphService::new(decay).with_snapshot(snapshot.map(Into::into));
    service.catch_up(&app.store).await.unwrap();
    service
}

/// Waits for the snapshot written in the background after a build (it appears whole: written aside, then renamed).
async fn written(path: &std::path::Path, before: Option<std::time::SystemTime>) {
    for _ in 0..600 {
        let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
        if modified.is_some() && modified != before {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("no snapshot written at {}", path.display());
}

fn modified(path: &std::path::Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// Asserts that a service's graph is the graph built from scratch from the same storage.
async fn is_built_from_scratch(app: &TestApp, service: &chainon::graph_service::GraphService) {
    let scratch = self::service(app, None).await.snapshot().canonical();
    let graph = service.snapshot();
    assert!(graph.facility_count() > 0);
    let got = graph.canonical();
    assert_eq!(got.facilities, scratch.facilities);
    assert_eq!(got.links, scratch.links);
    assert_eq!(got.declarations, scratch.declarations);
    assert_eq!(got.indexes, scratch.indexes);
    assert!(got.agrees_with(&scratch, 0.05), "{:?}\nvs\n{:?}", got.scores, scratch.scores);
}

on_both_backends!(the_graph_after_a_restart_is_the_graph_built_from_scratch, |app: TestApp| async move {
    for name in demo_files() {
        assert!(app.upload(&name, demo_file(&name)).await.status().is_success());
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("graph.snapshot");
    let first = service(&app, Some(&path)).await;
    assert!(!first.taken_from_snapshot(), "nothing to take at the first start");
    written(&path, None).await;
    // A restart with nothing stored meanwhile: the snapshot as it is.
    let restarted = service(&app, Some(&path)).await;
    assert!(restarted.taken_from_snapshot());
    is_built_from_scratch(&app, &restarted).await;
    // The live path's catch-up (the first service, after an upload) is a full build's graph too.
    let up = app.upload("b.json", declaration("123456782", "Beta Apparel", "Dhaka Knit", "Plot 7", true)).await;
    assert!(up.status().is_success());
    first.catch_up(&app.store).await.unwrap();
    is_built_from_scratch(&app, &first).await;
});

on_both_backends!(
    a_snapshot_is_caught_up_or_built_afresh_after_what_was_stored_while_down,
    |app: TestApp| async move {
        let a =
            app.upload("a.json", declaration("842310575", "Alpha Uniforms", "Dhaka Knit Ltd.", "Plot 7", false)).await;
        assert!(a.status().is_success());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("graph.snapshot");
        service(&app, Some(&path)).await;
        written(&path, None).await;
        // Added while the service was down: taken from the snapshot, the new declaration added, the snapshot renewed.
        let before = modified(&path);
        let b = app.upload("b.json", declaration("123456782", "Beta Apparel", "DHAKA KNIT", "plot 7", true)).await;
        assert!(b.status().is_success());
        let restarted = service(&app, Some(&path)).await;
        assert!(restarted.taken_from_snapshot());
        assert_eq!(restarted.snapshot().declaration_count(), 2);
        is_built_from_scratch(&app, &restarted).await;
        written(&path, before).await;
        // Superseded while down (Alpha's new declaration for the same solicitation): built afresh, without the old one.
        let before = modified(&path);
        let newer = String::from_utf8(declaration("842310575", "Alpha Uniforms", "Alpha Mill", "Lot 9", false))
            .unwrap()
            .replace("2026-10-01", "2026-11-01");
        assert!(app.upload("a2.json", newer.into_bytes()).await.status().is_success());
        let rebuilt = service(&app, Some(&path)).await;
        assert!(!rebuilt.taken_from_snapshot(), "a supersession is not caught up from a snapshot");
        assert_eq!(rebuilt.snapshot().declaration_count(), 2);
        is_built_from_scratch(&app, &rebuilt).await;
        written(&path, before).await;
        // Re-assessed while down: built afresh with the new scores.
        let before = modified(&path);
        let id = b.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
        let mut halved = app.store.latest_assessment(id).await.unwrap().unwrap().assessment;
        for site in &mut halved.sites {
            for f in &mut site.risk.forced_labour.factors {
                std::sync::Arc::make_mut(f).contribution /= 2.0;
            }
        }
        app.store.save_assessment(id, &halved, "test").await.unwrap();
        let rebuilt = service(&app, Some(&path)).await;
        assert!(!rebuilt.taken_from_snapshot(), "a re-assessment is not caught up from a snapshot");
        is_built_from_scratch(&app, &rebuilt).await;
        written(&path, before).await;
        // Taken from the snapshot again now that it is up to date.
        assert!(service(&app, Some(&path)).await.taken_from_snapshot());
    }
);

on_both_backends!(a_damaged_or_foreign_snapshot_is_never_used, |app: TestApp| async move {
    for name in demo_files() {
        assert!(app.upload(&name, demo_file(&name)).await.status().is_success());
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("graph.snapshot");
    service(&app, Some(&path)).await;
    written(&path, None).await;
    let good = std::fs::read(&path).unwrap();
    // One bit changed in the middle: refused, built from storage (and written again).
    let mut bytes = good.clone();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 1;
    std::fs::write(&path, &bytes).unwrap();
    let before = modified(&path);
    let rebuilt = service(&app, Some(&path)).await;
    assert!(!rebuilt.taken_from_snapshot());
    is_built_from_scratch(&app, &rebuilt).await;
    written(&path, before).await;
    // Cut short: refused.
    std::fs::write(&path, &good[..good.len() - 100]).unwrap();
    let before = modified(&path);
    assert!(!service(&app, Some(&path)).await.taken_from_snapshot());
    written(&path, before).await;
    // A snapshot of another database (of the same program and model) is refused by its audit head.
    let other = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await.unwrap();
    let name = demo_files().into_iter().next().unwrap();
    assert!(other.upload(&name, demo_file(&name)).await.status().is_success());
    std::fs::write(&path, &good).unwrap();
    let elsewhere = service(&other, Some(&path)).await;
    assert!(!elsewhere.taken_from_snapshot(), "another database's snapshot");
    is_built_from_scratch(&other, &elsewhere).await;
});

// A snapshot file written before the layout was bumped (its layout byte 0, its checksum right, its key otherwise
// this program's, this model's and this storage's): refused, the graph built from storage as a full build makes it,
// and the snapshot written again in the layout of today, which the next start takes.
on_both_backends!(a_snapshot_of_an_older_layout_is_rebuilt_not_misread, |app: TestApp| async move {
    for name in demo_files() {
        assert!(app.upload(&name, demo_file(&name)).await.status().is_success());
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("graph.snapshot");
    service(&app, Some(&path)).await;
    written(&path, None).await;
    let good = std::fs::read(&path).unwrap();
    assert_eq!(&good[..13], b"CHAINON-GRAPH");
    let mut old = good[..good.len() - 16].to_vec();
    old[13] = 0;
    let sum = xxhash_rust::xxh3::xxh3_128(&old);
    old.extend_from_slice(&sum.to_le_bytes());
    std::fs::write(&path, &old).unwrap();
    let before = modified(&path);
    let rebuilt = service(&app, Some(&path)).await;
    assert!(!rebuilt.taken_from_snapshot(), "a snapshot of the layout before is not read");
    is_built_from_scratch(&app, &rebuilt).await;
    written(&path, before).await;
    assert_eq!(std::fs::read(&path).unwrap()[13], good[13], "written again in today's layout");
    assert!(service(&app, Some(&path)).await.taken_from_snapshot());
});

on_both_backends!(a_facility_is_found_by_its_region_in_either_language, |app: TestApp| async move {
    // Two sites in Canada: a warehouse in Ontario, a mill whose region is declared in French.
    let doc = json!({
        "supplier": {"legal_name": "Gamma Gear", "business_number": "842310575", "country": "CA",
                     "solicitation_number": "W0113-260001/A", "declaration_date": "2026-10-01",
                     "signatory_name": "A. Signatory"},
        "attestations": [{"right": "forced_labour", "attested": true}],
        "places_of_work": [
            {"site_id": "HUB", "site_name": "Gamma Depot", "role": "warehousing", "goods": "uniform shirts",
             "address": "9 Depot Road", "city": "Ottawa", "region": "Ontario", "country": "CA", "supplies_to": []},
            {"site_id": "MILL", "site_name": "Okanagan Weaving", "role": "manufacturing", "goods": "uniform shirts",
             "address": "4 Lake Street", "city": "Kelowna", "region": "Colombie-Britannique", "country": "CA",
             "supplies_to": ["HUB"]},
        ],
        "goods": [{"item": "Shirts", "produced_at": ["MILL"]}],
    });
    assert!(app.upload("g.json", serde_json::to_vec(&doc).unwrap()).await.status().is_success());
    for (q, site, region) in [
        ("Ontario", "Gamma Depot", "Ontario"),
        ("British%20Columbia", "Okanagan Weaving", "Colombie-Britannique"),
        ("colombie-britannique", "Okanagan Weaving", "Colombie-Britannique"),
        ("weaving%20british%20columbia", "Okanagan Weaving", "Colombie-Britannique"),
    ] {
        let found = get(&app, &format!("/api/v1/graph/sites?q={q}")).await;
        assert_eq!(found["total"], 1, "{q}: {found}");
        assert_eq!(found["facilities"][0]["name"], site, "{q}: {found}");
        assert_eq!(found["facilities"][0]["region"], region, "{q}: {found}");
    }
    // The page finds the same, and shows the region with the city, in both languages.
    for lang in ["en", "fr"] {
        let page = app.get_as(Who::Officer, &format!("/graph?lang={lang}&q=British+Columbia")).await;
        assert_eq!(page.status(), 200);
        let html = page.text().await.unwrap();
        assert!(html.contains("Okanagan Weaving") && !html.contains("Gamma Depot"), "{html}");
        assert!(html.contains("Kelowna, Colombie-Britannique"), "{html}");
        let label = if lang == "en" { "Name, address, city, region," } else { "Nom, adresse, ville, région," };
        assert!(html.contains(label), "{html}");
    }
});

/// The document says the graph's search reads regions, and answers each facility with its region, typed.
#[test]
fn the_openapi_document_describes_the_graph_search_by_region() {
    let doc = serde_json::to_value(<chainon::web::ApiDoc as utoipa::OpenApi>::openapi()).unwrap();
    let search = &doc["paths"]["/api/v1/graph/sites"]["get"];
    let q = search["parameters"].as_array().unwrap().iter().find(|p| p["name"] == "q").unwrap();
    assert!(q["description"].as_str().unwrap().contains("region"), "{q}");
    let said = format!(
        "{} {}",
        search["summary"].as_str().unwrap_or_default(),
        search["description"].as_str().unwrap_or_default()
    );
    assert!(said.contains("Colombie-Britannique"), "{search}");
    let facility = &doc["components"]["schemas"]["FacilitySummary"];
    assert!(facility["properties"]["region"].is_object(), "{facility}");
    assert_eq!(facility["properties"]["country"]["type"], "string", "{facility}");
    let list = &doc["components"]["schemas"]["FacilityList"]["properties"]["facilities"];
    assert_eq!(list["items"]["$ref"], "#/components/schemas/FacilitySummary", "{list}");
}

/// 60 sites in China: 30 whose region is written "Xinjiang", 30 written "新疆维吾尔自治区", the first operated by a
/// business whose number is 123456782.
fn sixty_sites_in_xinjiang() -> Vec<u8> {
    let mut sites = vec![json!({"site_id": "HUB", "site_name": "Gamma Depot", "role": "warehousing",
        "goods": "uniform shirts", "address": "9 Depot Road", "city": "Ottawa", "region": "Ontario", "country": "CA",
        "supplies_to": []})];
    for k in 0..60 {
        let region = if k % 2 == 0 { "Xinjiang" } else { "新疆维吾尔自治区" };
        let mut site = json!({"site_id": format!("G{k}"), "site_name": format!("Steppe Gin {k:02}"),
            "role": "processing", "goods": "ginned cotton", "address": format!("{k} Cotton Road"), "city": "Aksu",
            "region": region, "country": "CN", "supplies_to": ["HUB"]});
        if k == 0 {
            site["operator"] = json!("Steppe Holdings");
            site["operator_business_number"] = json!("123456782");
        }
        sites.push(site);
    }
    serde_json::to_vec(&json!({
        "supplier": {"legal_name": "Gamma Gear", "business_number": "842310575", "country": "CA",
                     "solicitation_number": "W0113-260001/A", "declaration_date": "2026-10-01",
                     "signatory_name": "A. Signatory"},
        "attestations": [{"right": "forced_labour", "attested": true}],
        "places_of_work": sites,
        "goods": [{"item": "Shirts", "produced_at": ["G0"]}],
    }))
    .unwrap()
}

// Issue 17 (M3, L9): the graph's search finds a region of China by its names in other scripts (新疆 finds the sites
// written "Xinjiang", "Xinjiang" those written 新疆, in traditional characters and Uyghur too), and an operator's
// business number typed with its CRA program account.
on_both_backends!(
    the_graph_search_finds_a_region_in_any_script_and_a_business_number_with_its_account,
    |app: TestApp| async move {
        assert!(app.upload("x.json", sixty_sites_in_xinjiang()).await.status().is_success());
        for q in ["新疆", "Xinjiang", "新疆維吾爾自治區", "شىنجاڭ", "Sinkiang"] {
            let found = get(&app, &format!("/api/v1/graph/sites?q={}&limit=100", urlencoding(q))).await;
            assert_eq!(found["total"], 60, "{q}: {found}");
            let regions: Vec<&str> =
                found["facilities"].as_array().unwrap().iter().filter_map(|f| f["region"].as_str()).collect();
            assert!(regions.contains(&"Xinjiang") && regions.contains(&"新疆维吾尔自治区"), "{q}: {regions:?}");
        }
        for q in ["123456782RT0001", "123456782%20RP%200001", "123456782"] {
            let found = get(&app, &format!("/api/v1/graph/sites?q={q}")).await;
            assert_eq!(found["total"], 1, "{q}: {found}");
            assert_eq!(found["facilities"][0]["name"], "Steppe Gin 00", "{q}: {found}");
        }
        assert_eq!(get(&app, "/api/v1/graph/sites?q=123456782XX0001").await["total"], 0);
    }
);

// Issue 17 (L4): the page of the graph's search shows its facilities a page at a time, says which ("21–40 of 60")
// in both languages, links to the pages either side keeping the search, and past the last page says so and links
// to it; the API pages the same search by `limit`/`offset` with the same count.
on_both_backends!(the_graph_search_page_is_paged_with_its_count_in_both_languages, |app: TestApp| async move {
    assert!(app.upload("x.json", sixty_sites_in_xinjiang()).await.status().is_success());
    for (lang, count) in [("en", "21–40 of 60"), ("fr", "21–40 sur 60")] {
        let page = app.get_as(Who::Officer, &format!("/graph?lang={lang}&q=Xinjiang&per_page=20&page=2")).await;
        assert_eq!(page.status(), 200);
        let html = page.text().await.unwrap().replace('\u{a0}', " ").replace('\u{202f}', "");
        assert!(html.contains(count), "{lang}: {html}");
        assert_eq!(html.matches("Steppe Gin ").count(), 20, "{lang}: twenty rows");
        // The links keep the search and the page size (the page escapes `=` and `&` in attributes).
        let links = html.replace("&#x3D;", "=").replace("&amp;", "&");
        assert!(links.contains(&format!("?q=Xinjiang&per_page=20&lang={lang}&page=3")), "{lang}: {links}");
        assert!(links.contains(&format!("?q=Xinjiang&per_page=20&lang={lang}\"")), "{lang}: the first page");
        assert!(html.contains("rel=\"prev\""), "{lang}: a link to the previous page");
        let past = app.get_as(Who::Officer, &format!("/graph?lang={lang}&q=Xinjiang&per_page=20&page=9")).await;
        assert_eq!(past.status(), 200);
        let html = past.text().await.unwrap().replace('\u{a0}', " ").replace('\u{202f}', "");
        let said =
            if lang == "en" { "60 facilities are found, and the last page is 3" } else { "60 lieux sont trouvés" };
        assert!(html.contains(said), "{lang}: {html}");
        assert!(!html.contains("Steppe Gin "), "{lang}: no rows past the last page");
    }
    // The first page by default: 50 rows, 1–50.
    let first = app.get_as(Who::Officer, "/graph?lang=en&q=Xinjiang").await.text().await.unwrap();
    assert!(first.contains("1–50 of 60"), "{first}");
    // A page number or size out of range is refused, naming it.
    for path in ["/graph?q=Xinjiang&page=0", "/graph?q=Xinjiang&per_page=101"] {
        assert_eq!(app.get_as(Who::Officer, path).await.status(), 400, "{path}");
    }
    let api = get(&app, "/api/v1/graph/sites?q=Xinjiang&limit=20&offset=20").await;
    assert_eq!((api["total"].as_u64(), api["facilities"].as_array().map(Vec::len)), (Some(60), Some(20)));
});

/// A query's text for a URL (percent-encoded UTF-8).
fn urlencoding(q: &str) -> String {
    q.bytes().map(|b| if b.is_ascii_alphanumeric() { char::from(b).to_string() } else { format!("%{b:02X}") }).collect()
}
