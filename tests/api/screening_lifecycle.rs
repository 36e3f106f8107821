//! Screening over the life of lists and declarations: a new edition reconciles what is stored with it (effects of
//! removed or ended entries lifted, open hits on them closed, a remembered confirmation applied to a new hit), a file
//! equal to an older edition is a new edition, a period that starts later is matched and holds from its first day,
//! a replaced declaration's hits are closed, and confirmed hits of every list show on the declaration and facility
//! pages.

use reqwest::Method;
use serde_json::Value;

use crate::helpers::{MAPLE, TestApp, Who, decide_hit, plain_spaces, screening_bid, screening_hits as hits};
use crate::on_both_backends;

const PSPC_HEAD: &str = "Supplier name,Address,Type,Start date,End date,Reason\n";
const OTHER: &str = "Fictional Harbour Ropes Ltd.,\"3 Quay Road, Halifax, Nova Scotia, Canada\",Suspended,2025-01-01,2035-01-01,Fictional\n";

/// The PSPC row of the supplier of `declaration()`, with its period.
fn maple(from: &str, until: &str) -> String {
    format!("Maple Uniforms Inc.,\"1 Depot Road, Ottawa, Ontario, Canada\",Ineligible,{from},{until},Fictional\n")
}

async fn import(app: &TestApp, list: &str, body: String) -> Value {
    let r = app
        .request(Who::Administrator, Method::POST, &format!("/api/v1/screening/editions?list={list}"))
        .header("content-type", "text/csv")
        .body(body)
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success(), "{list}: {}", r.status());
    r.json().await.unwrap()
}

/// A bid whose supplier is Maple Uniforms Inc. and whose mill is in China.
fn declaration(date: &str) -> Vec<u8> {
    screening_bid(MAPLE, date, &[MILL])
}

/// The mill of `declaration()`.
const MILL: (&str, &str, &str, &str, &str, &str) =
    ("MILL", "Sandpiper Weaving Mill", "manufacturing", "uniform shirts", "9 Mill Road", "Aksu");

async fn decide(app: &TestApp, hit: &Value, confirmed: bool) -> u16 {
    decide_hit(app, hit, confirmed, "checked").await
}

/// The `ineligible_supplier` finding of a declaration's assessment as the API gives it, if any.
async fn ineligibility(app: &TestApp, id: i64) -> Option<Value> {
    let a: Value =
        app.get_as(Who::Officer, &format!("/api/v1/declarations/{id}/assessment")).await.json().await.unwrap();
    a["assessment"]["findings"].as_array().unwrap().iter().find(|f| f["code"] == "ineligible_supplier").cloned()
}

on_both_backends!(
    a_new_edition_lifts_the_effect_of_an_entry_it_ends_or_removes_and_a_remembered_confirmation_applies_again,
    |app: TestApp| async move {
        let first_file = format!("{PSPC_HEAD}{}{OTHER}", maple("2025-01-01", "2035-01-01"));
        import(&app, "pspc_ineligible", first_file.clone()).await;
        let up: Value = app.upload("d.json", declaration("2026-10-01")).await.json().await.unwrap();
        let first = up["id"].as_i64().unwrap();
        let open = hits(&app, "status=open").await;
        assert_eq!(open["open"], 1, "{open}");
        assert_eq!(decide(&app, &open["hits"][0], true).await, 201);
        assert!(ineligibility(&app, first).await.is_some());
        let sol = |lang: &'static str| {
            let app = &app;
            async move {
                let r = app.get_as(Who::Officer, &format!("/solicitations/W0113-260009/A?lang={lang}")).await;
                r.text().await.unwrap()
            }
        };
        assert!(sol("en").await.contains("Non-responsive bid:"));

        // The next edition ends the period yesterday: the finding carries the new period, the bid is responsive.
        let yesterday = (chrono::Utc::now().date_naive() - chrono::Days::new(1)).to_string();
        let ended =
            import(&app, "pspc_ineligible", format!("{PSPC_HEAD}{}{OTHER}", maple("2025-01-01", &yesterday))).await;
        assert_eq!(ended["rescreen"]["lifted"], 1, "{ended}");
        let f = ineligibility(&app, first).await.expect("the finding is kept, with its new period");
        assert_eq!(f["until"], yesterday.as_str(), "{f}");
        assert!(!sol("en").await.contains("Non-responsive bid:"));
        assert!(!sol("fr").await.contains("Soumission non recevable :"));

        // Listed again for ten years, then removed: the finding goes with the entry.
        import(&app, "pspc_ineligible", format!("{PSPC_HEAD}{}{OTHER}", maple("2025-01-01", "2036-01-01"))).await;
        let removed = import(&app, "pspc_ineligible", format!("{PSPC_HEAD}{OTHER}")).await;
        assert_eq!(ineligibility(&app, first).await, None, "{removed}");
        assert!(!sol("en").await.contains("Non-responsive bid:"));

        // A new version of the declaration arrives while the supplier is off the list: nothing to apply.
        let up: Value = app.upload("d2.json", declaration("2026-10-15")).await.json().await.unwrap();
        let second = up["id"].as_i64().unwrap();
        assert_eq!(ineligibility(&app, second).await, None);

        // The first edition's file again (A, …, A): a new edition, not "already imported"; the remembered
        // confirmation of the unchanged entry gives the new declaration's hit its status and its effect.
        let again = import(&app, "pspc_ineligible", first_file).await;
        assert_eq!(again["already_imported"], false, "{again}");
        assert_eq!(again["edition"]["version"], 5, "{again}");
        assert_eq!(again["rescreen"]["new_alerts"], 0, "{again}");
        let confirmed = hits(&app, &format!("status=confirmed&declaration={second}")).await;
        assert_eq!(confirmed["hits"].as_array().unwrap().len(), 1, "{confirmed}");
        let f = ineligibility(&app, second).await.expect("the remembered confirmation applies its effect");
        assert_eq!(f["until"], "2035-01-01");
        assert!(sol("en").await.contains("Non-responsive bid:"));
        // The same file once more is the latest edition: stored once.
        let twice =
            import(&app, "pspc_ineligible", format!("{PSPC_HEAD}{}{OTHER}", maple("2025-01-01", "2035-01-01"))).await;
        assert_eq!(twice["already_imported"], true, "{twice}");
    }
);

on_both_backends!(
    open_hits_on_a_removed_entry_or_a_replaced_declaration_are_closed_and_confirmed_hits_show_on_the_pages,
    |app: TestApp| async move {
        let watch = "id,name,country,reason\nW-1,MAPLE UNIFORMS INC,CA,Late audit answers\n\
                     W-2,Sandpiper Weaving Mill,CN,Audit refused\n";
        import(&app, "watchlist", watch.to_string()).await;
        let up: Value = app.upload("d.json", declaration("2026-10-01")).await.json().await.unwrap();
        let first = up["id"].as_i64().unwrap();
        let open = hits(&app, "status=open").await;
        assert_eq!(open["open"], 2, "{open}");

        // A new version: the first one's hits are closed, the new one's wait; the count is what is left to decide.
        let up: Value = app.upload("d2.json", declaration("2026-10-15")).await.json().await.unwrap();
        let second = up["id"].as_i64().unwrap();
        let open = hits(&app, "status=open").await;
        assert_eq!(open["open"], 2, "{open}");
        assert!(open["hits"].as_array().unwrap().iter().all(|h| h["declaration_id"] == second), "{open}");
        let closed = hits(&app, &format!("status=superseded&declaration={first}")).await;
        assert_eq!(closed["hits"].as_array().unwrap().len(), 2, "{closed}");
        let page = app.get_as(Who::Officer, "/screening/alerts").await.text().await.unwrap();
        assert!(page.contains("(2<span class=\"visually-hidden\">"), "the count in the navigation");

        // Confirmed: shown on the declaration page and on the facility page, in both languages.
        let by = |h: &Value, name: &str| {
            h["hits"].as_array().unwrap().iter().find(|x| x["entry_name"] == name).cloned().unwrap()
        };
        let mill = by(&open, "Sandpiper Weaving Mill");
        assert_eq!(decide(&app, &mill, true).await, 201);
        let chain: Value =
            app.get_as(Who::Officer, &format!("/api/v1/declarations/{second}/chain")).await.json().await.unwrap();
        let facility = chain["sites"].as_array().unwrap().iter().find(|s| s["site_id"] == "MILL").unwrap()["facility"]
            .as_str()
            .unwrap()
            .to_string();
        for (lang, title, list) in [
            ("en", "Confirmed screening hits", "Department watch list"),
            ("fr", "Correspondances de filtrage confirmées", "Liste de surveillance du ministère"),
        ] {
            for who in [Who::Officer, Who::Auditor] {
                for path in [format!("/declarations/{second}"), format!("/graph/sites/{facility}")] {
                    let page = app.get_as(who, &format!("{path}?lang={lang}")).await;
                    assert_eq!(page.status(), 200, "{path}");
                    let page = page.text().await.unwrap();
                    assert!(page.contains(title) && page.contains(list), "{path} {lang}: {page}");
                    assert!(page.contains("Sandpiper Weaving Mill"), "{path} {lang}");
                }
            }
        }
        let supplier_hit = by(&open, "MAPLE UNIFORMS INC");

        // The next edition removes the supplier's entry: its open hit is closed and cannot be confirmed.
        let next =
            import(&app, "watchlist", "id,name,country,reason\nW-2,Sandpiper Weaving Mill,CN,Audit refused\n".into())
                .await;
        assert_eq!(next["rescreen"]["closed"], 1, "{next}");
        let open = hits(&app, "status=open").await;
        assert_eq!(open["open"], 0, "{open}");
        assert_eq!(decide(&app, &supplier_hit, true).await, 409, "a closed hit is not decided");
        let closed = hits(&app, "status=entry_removed").await;
        assert_eq!(closed["hits"][0]["id"], supplier_hit["id"], "{closed}");
        for (lang, words) in [
            ("en", "Closed: the entry is no longer on the list as it was matched"),
            ("fr", "Fermée : l’inscription ne figure plus sur la liste telle qu’elle a été rapprochée"),
        ] {
            let page = app.get_as(Who::Officer, &format!("/screening/alerts?status=all&lang={lang}")).await;
            assert!(plain_spaces(&page.text().await.unwrap()).contains(words), "{lang}");
        }

        // An edition that removes the confirmed mill's entry: still shown among the confirmed hits, marked so.
        for (lang, _, _) in [("en", "", ""), ("fr", "", "")] {
            let page = app.get_as(Who::Officer, &format!("/declarations/{second}?lang={lang}")).await;
            assert!(!page.text().await.unwrap().contains("since edition"), "{lang}: not before the removal");
        }
        import(
            &app,
            "watchlist",
            "id,name,country,reason
W-9,Fictional Other Co,CN,x\n"
                .into(),
        )
        .await;
        for (lang, mark) in [
            ("en", "No longer on the list since edition 3 (#3), imported "),
            ("fr", "Ne figure plus sur la liste depuis l’édition 3 (#3), importée le "),
        ] {
            for path in [format!("/declarations/{second}"), format!("/graph/sites/{facility}")] {
                let page = app.get_as(Who::Officer, &format!("{path}?lang={lang}")).await.text().await.unwrap();
                assert!(page.contains("Sandpiper Weaving Mill") && page.contains(mark), "{path} {lang}: {page}");
            }
        }
    }
);

on_both_backends!(
    an_entry_back_on_the_list_after_an_edition_without_it_is_asked_again_and_can_be_decided,
    |app: TestApp| async move {
        let listed = "id,name,country,reason\nW-1,MAPLE UNIFORMS INC,CA,Late audit answers\n\
                      W-2,Sandpiper Weaving Mill,CN,Audit refused\n";
        import(&app, "watchlist", listed.to_string()).await;
        let up: Value = app.upload("d.json", declaration("2026-10-01")).await.json().await.unwrap();
        let id = up["id"].as_i64().unwrap();
        let open = hits(&app, "status=open").await;
        assert_eq!(open["open"], 2, "{open}");
        // Left out of one edition: both hits close, as the entries left the list.
        let without = import(&app, "watchlist", "id,name,country,reason\nW-9,Fictional Other Co,CN,x\n".into()).await;
        assert_eq!(without["rescreen"]["closed"], 2, "{without}");
        assert_eq!(hits(&app, "status=open").await["open"], 0);
        // Back, as they were: each hit is an alert again, and an officer can decide it.
        let back = import(&app, "watchlist", listed.to_string()).await;
        assert_eq!(back["rescreen"]["new_alerts"], 2, "{back}");
        let open = hits(&app, "status=open").await;
        assert_eq!(open["open"], 2, "{open}");
        assert!(open["hits"].as_array().unwrap().iter().all(|h| h["declaration_id"] == id), "{open}");
        assert_eq!(hits(&app, "status=entry_removed").await["hits"].as_array().unwrap().len(), 0);
        for h in open["hits"].as_array().unwrap() {
            assert_eq!(decide(&app, h, true).await, 201, "{h}");
        }
        assert_eq!(
            hits(&app, &format!("status=confirmed&declaration={id}")).await["hits"].as_array().unwrap().len(),
            2
        );
    }
);

on_both_backends!(
    an_ineligibility_that_starts_later_is_matched_now_and_holds_from_its_first_day,
    |app: TestApp| async move {
        let today = chrono::Utc::now().date_naive();
        let (from, until) = (today + chrono::Days::new(30), today + chrono::Days::new(400));
        import(&app, "pspc_ineligible", format!("{PSPC_HEAD}{}", maple(&from.to_string(), &until.to_string()))).await;
        let up: Value = app.upload("d.json", declaration("2026-10-01")).await.json().await.unwrap();
        let id = up["id"].as_i64().unwrap();
        let open = hits(&app, "status=open").await;
        assert_eq!(open["open"], 1, "a period that starts later is matched now: {open}");
        assert_eq!(decide(&app, &open["hits"][0], true).await, 201);
        let f = ineligibility(&app, id).await.expect("the finding is recorded with its period");
        assert_eq!(f["from"], from.to_string(), "{f}");
        let a = app.store.latest_assessment(id).await.unwrap().unwrap().assessment;
        assert!(chainon::screening::effect::ineligibility(&a, today).is_none(), "not before its first day");
        assert!(chainon::screening::effect::ineligibility(&a, from).is_some(), "from its first day");
        let page = app.get_as(Who::Officer, "/solicitations/W0113-260009/A?lang=en").await.text().await.unwrap();
        assert!(!page.contains("Non-responsive bid:"), "{page}");
    }
);

/// Every `screening_hit` factor's edition in a declaration's latest assessment as the API gives it, sorted.
async fn factor_editions(app: &TestApp, id: i64) -> Vec<String> {
    fn walk(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                // A factor (with its source), not a part of a score's arithmetic naming the factor's code.
                if m.get("code").and_then(Value::as_str) == Some("screening_hit") && m.contains_key("source") {
                    out.push(m["source"]["edition"].as_str().unwrap_or_default().to_string());
                }
                m.values().for_each(|x| walk(x, out));
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let a: Value =
        app.get_as(Who::Officer, &format!("/api/v1/declarations/{id}/assessment")).await.json().await.unwrap();
    let mut out = Vec::new();
    walk(&a["assessment"], &mut out);
    out.sort();
    out.dedup();
    out
}

/// Confirms every open hit (an officer's decision settles the same entry against the same party at once).
async fn confirm_all(app: &TestApp) {
    loop {
        let open = hits(app, "status=open").await;
        let Some(h) = open["hits"].as_array().unwrap().first().cloned() else { break };
        assert_eq!(decide(app, &h, true).await, 201, "{h}");
    }
}

/// The counts of an import's summary: (closed, lifted, reassessed).
fn counts(summary: &Value) -> (i64, i64, i64) {
    let r = &summary["rescreen"];
    (r["closed"].as_i64().unwrap(), r["lifted"].as_i64().unwrap(), r["reassessed"].as_i64().unwrap())
}

on_both_backends!(
    an_import_counts_what_it_closed_lifted_and_reassessed_exactly_and_findings_cite_the_edition_in_force,
    |app: TestApp| async move {
        const TERN: (&str, &str) = ("Tern Workwear Ltd.", "123456782");
        let uflpa = |rows: &[&str]| {
            format!("Section,Entity Name,Effective Date\n{}", rows.iter().map(|r| format!("{r}\n")).collect::<String>())
        };
        let (mill, changed, other) = (
            "(i),Sandpiper Weaving Mill,2024-01-01",
            "(ii),Sandpiper Weaving Mill,2024-02-01",
            "(ii),Fictional Plover Textiles Co.,2024-01-01",
        );
        import(&app, "uflpa", uflpa(&[mill, other])).await;
        let up: Value = app.upload("m.json", declaration("2026-10-01")).await.json().await.unwrap();
        let maple_id = up["id"].as_i64().unwrap();
        let up: Value = app.upload("t.json", screening_bid(TERN, "2026-10-01", &[MILL])).await.json().await.unwrap();
        let tern = up["id"].as_i64().unwrap();
        confirm_all(&app).await;
        for id in [maple_id, tern] {
            let e = factor_editions(&app, id).await;
            assert!(e.len() == 1 && e[0].starts_with("edition 1 (#"), "{e:?}");
        }

        // The mill is removed: one effect lifted per declaration (the site's factor and the declaration's are one).
        let removed = import(&app, "uflpa", uflpa(&[other])).await;
        assert_eq!(counts(&removed), (0, 2, 2), "{removed}");
        assert!(factor_editions(&app, maple_id).await.is_empty());

        // Listed again as it was (A, B, A): the remembered confirmations apply again, citing the edition in force.
        let again = import(&app, "uflpa", uflpa(&[mill, other])).await;
        assert_eq!(counts(&again), (0, 0, 2), "{again}");
        for id in [maple_id, tern] {
            let e = factor_editions(&app, id).await;
            assert!(e.len() == 1 && e[0].starts_with("edition 3 (#"), "the edition that lists it again, not v1: {e:?}");
        }
        // An edition that leaves it unchanged does not rename the effect.
        let same = import(&app, "uflpa", uflpa(&[other, mill])).await;
        assert_eq!(counts(&same), (0, 0, 0), "{same}");
        assert!(factor_editions(&app, maple_id).await[0].starts_with("edition 3 (#"));

        // Changed (A, A'): the effect stays, citing the edition that changed it; back to A: the edition of the return.
        let a2 = import(&app, "uflpa", uflpa(&[changed, other])).await;
        assert_eq!(counts(&a2), (0, 0, 2), "{a2}");
        assert!(
            factor_editions(&app, tern).await[0].starts_with("edition 5 (#"),
            "{:?}",
            factor_editions(&app, tern).await
        );
        // The changed entry's new hits wait for a decision; the return to A closes them, and lifts nothing.
        assert_eq!(hits(&app, "status=open").await["hits"].as_array().unwrap().len(), 2);
        let back = import(&app, "uflpa", uflpa(&[mill, other])).await;
        assert_eq!(counts(&back), (2, 0, 2), "{back}");
        assert!(
            factor_editions(&app, tern).await[0].starts_with("edition 6 (#"),
            "{:?}",
            factor_editions(&app, tern).await
        );

        // An ineligibility that starts later, confirmed, given a new period, then removed before it starts.
        let today = chrono::Utc::now().date_naive();
        let (from, until) = ((today + chrono::Days::new(30)).to_string(), (today + chrono::Days::new(400)).to_string());
        import(&app, "pspc_ineligible", format!("{PSPC_HEAD}{}{OTHER}", maple(&from, &until))).await;
        confirm_all(&app).await;
        let f = ineligibility(&app, maple_id).await.expect("recorded with its period");
        assert!(f["edition"].as_str().unwrap().starts_with("edition 1 (#"), "{f}");
        let moved = (today + chrono::Days::new(60)).to_string();
        let later = import(&app, "pspc_ineligible", format!("{PSPC_HEAD}{}{OTHER}", maple(&moved, &until))).await;
        assert_eq!(counts(&later), (0, 0, 1), "a new period: re-assessed, not lifted: {later}");
        // Removed before it starts: its effect lifted. A new period is no change of what is matched (the entry's key
        // leaves dates and reasons out), so no hit was opened again for it and none is closed.
        let gone = import(&app, "pspc_ineligible", format!("{PSPC_HEAD}{OTHER}")).await;
        assert_eq!(counts(&gone), (0, 1, 1), "{gone}");
        assert_eq!(hits(&app, "status=open").await["hits"].as_array().unwrap().len(), 0, "no decision asked again");
        assert_eq!(ineligibility(&app, maple_id).await, None);
    }
);

/// Every label of the factors of a code in a declaration's latest assessment as the API gives it, in English and
/// French.
async fn factor_labels(app: &TestApp, id: i64, code: &str) -> Vec<(String, String)> {
    fn walk(v: &Value, code: &str, out: &mut Vec<(String, String)>) {
        match v {
            Value::Object(m) => {
                if m.get("code").and_then(Value::as_str) == Some(code) {
                    let word = |k: &str| m.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
                    out.push((word("label_en"), word("label_fr")));
                }
                m.values().for_each(|x| walk(x, code, out));
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, code, out)),
            _ => {}
        }
    }
    let a: Value =
        app.get_as(Who::Officer, &format!("/api/v1/declarations/{id}/assessment")).await.json().await.unwrap();
    let mut out = Vec::new();
    walk(&a["assessment"], code, &mut out);
    out
}

/// The `screening_hit` factors of one site in a declaration's latest assessment (as stored), by their source's entry.
async fn site_hits(app: &TestApp, id: i64, site: &str) -> Vec<String> {
    let a = app.store.latest_assessment(id).await.unwrap().unwrap().assessment;
    let s = a.sites.iter().find(|s| s.site_id.as_str() == site).unwrap();
    s.risk
        .forced_labour
        .factors
        .iter()
        .filter(|f| f.code() == "screening_hit")
        .map(|f| f.source.as_ref().and_then(|s| s.entry.as_deref()).unwrap_or_default().to_string())
        .collect()
}

/// The counts of an import's summary by what happened, as the API gives them.
fn run_of(summary: &Value) -> [i64; 12] {
    let r = &summary["rescreen"];
    [
        "hits",
        "new_alerts",
        "hits_added",
        "hits_changed",
        "hits_remembered",
        "hits_removed",
        "hits_replaced",
        "hits_restated",
        "applied",
        "lifted",
        "effects_changed",
        "reassessed",
    ]
    .map(|k| r[k].as_i64().unwrap_or_else(|| panic!("{k}: {summary}")))
}

/// The sites of the bid of `an_import_summarises_what_happened…`: one per UFLPA entry of its editions.
const BIRDS: [(&str, &str, &str, &str, &str, &str); 5] = [
    MILL,
    ("PLOVER", "Plover Cotton Ginnery", "manufacturing", "cotton", "2 Gin Road", "Aksu"),
    ("HERON", "Heron Dyeworks", "manufacturing", "dyed fabric", "3 Dye Road", "Aksu"),
    ("EGRET", "Egret Yarn Spinners", "manufacturing", "yarn", "4 Spin Road", "Aksu"),
    ("FINCH", "Finch Button Factory", "manufacturing", "buttons", "5 Button Road", "Aksu"),
];

on_both_backends!(
    an_import_summarises_what_happened_to_hits_and_effects_and_a_dismissed_changed_entry_is_the_hits_state,
    |app: TestApp| async move {
        let uflpa = |rows: &[&str]| {
            format!("Section,Entity Name,Effective Date\n{}", rows.iter().map(|r| format!("{r}\n")).collect::<String>())
        };
        // B is removed by the second edition, C and E changed (E's hit still open), F removed (its hit open), D added.
        let b = "(i),Sandpiper Weaving Mill Co. Ltd.,2024-01-01";
        let (c, c2) =
            ("(i),Plover Cotton Ginnery Co. Ltd.,2024-01-01", "(ii),Plover Cotton Ginnery Co. Ltd.,2024-03-01");
        let d = "(ii),Heron Dyeworks Co. Ltd.,2024-01-01";
        let (e, e2) = ("(ii),Egret Yarn Spinners Co. Ltd.,2024-01-01", "(iv),Egret Yarn Spinners Co. Ltd.,2024-01-01");
        let f = "(ii),Finch Button Factory Co. Ltd.,2024-01-01";
        import(&app, "uflpa", uflpa(&[b, c, e, f])).await;
        let up: Value = app.upload("d.json", screening_bid(MAPLE, "2026-10-01", &BIRDS)).await.json().await.unwrap();
        let id = up["id"].as_i64().unwrap();
        let open = hits(&app, "status=open").await;
        let by = |h: &Value, name: &str| {
            h["hits"]
                .as_array()
                .unwrap()
                .iter()
                .find(|x| x["entry_name"] == name)
                .cloned()
                .unwrap_or_else(|| panic!("{name}: {h}"))
        };
        let first_c = by(&open, "Plover Cotton Ginnery Co. Ltd.");
        assert_eq!(decide(&app, &by(&open, "Sandpiper Weaving Mill Co. Ltd."), true).await, 201);
        assert_eq!(decide(&app, &first_c, true).await, 201);
        assert_eq!(site_hits(&app, id, "MILL").await.len(), 1);
        assert_eq!(site_hits(&app, id, "PLOVER").await.len(), 1);

        // The overall and category explanations name the entry that makes the highest site critical, in both
        // languages.
        let highest = factor_labels(&app, id, "highest_site").await;
        let named = |en: &str, fr: &str| highest.iter().any(|(e, f)| e.contains(en) && plain_spaces(f).contains(fr));
        assert!(
            named(
                "— confirmed on the UFLPA Entity List (US DHS): ",
                "— confirmé sur la Liste d'entités UFLPA (DHS des États-Unis) : "
            ),
            "{highest:?}"
        );
        assert!(
            highest.iter().all(|(e, _)| e.contains("Co. Ltd.") || !e.contains("confirmed on")),
            "the entry as the list writes it: {highest:?}"
        );

        // The second edition adds D, removes B (confirmed, with its effect) and F (open), changes C (confirmed) and E
        // (open): each count from what happened.
        let second = import(&app, "uflpa", uflpa(&[c2, d, e2])).await;
        // hits found, new alerts, added, asked again, remembered, closed as removed, closed as changed, restated,
        // effects applied, lifted, changed, declarations re-assessed.
        assert_eq!(run_of(&second), [3, 3, 1, 2, 0, 1, 1, 0, 0, 1, 1, 1], "{second}");
        assert!(site_hits(&app, id, "MILL").await.is_empty(), "B's effect lifted");
        assert_eq!(site_hits(&app, id, "PLOVER").await.len(), 1, "C's effect kept while its change is asked");
        let edition = second["edition"]["id"].as_i64().unwrap();
        let parties = second["rescreen"]["parties"].as_i64().unwrap();
        for (lang, lines) in [
            (
                "en",
                [
                    format!("re-screened 1 declaration ({parties} parties): 3 hits found, 3 alerts raised (1 new, 2 asked again: entry changed or listed again)"),
                    "hits stored: 1 new, 2 asked again (entry changed), none re-opened (entry listed again as matched), none given a decision already taken; no decided hits set to the latest decision on their entry".to_string(),
                    "open hits closed: 1 (entry removed from the list), 1 (entry changed)".to_string(),
                    "effects of confirmed hits: none applied, 1 lifted, 1 changed; 1 declaration re-assessed".to_string(),
                ],
            ),
            (
                "fr",
                [
                    format!(
                        "nouveau filtrage de 1 déclaration ({parties} parties) : 3 correspondances trouvées, 3 alertes levées (1 nouvelle, 2 posées à nouveau : inscription modifiée ou de nouveau sur la liste)"
                    ),
                    "correspondances enregistrées : 1 nouvelle, 2 posées à nouveau (inscription modifiée), aucune rouverte (inscription de nouveau sur la liste, inchangée), aucune reprenant une décision déjà prise ; aucune correspondance décidée ramenée à la dernière décision sur son inscription".to_string(),
                    "correspondances ouvertes fermées : 1 (inscription retirée de la liste), 1 (inscription modifiée)".to_string(),
                    "effets des correspondances confirmées : aucun appliqué, 1 levé, 1 modifié ; 1 déclaration réévaluée".to_string(),
                ],
            ),
        ] {
            let page = app
                .get_as(Who::Officer, &format!("/screening/editions/{edition}?imported=new&lang={lang}"))
                .await
                .text()
                .await
                .unwrap();
            let page = plain_spaces(&page);
            for l in lines {
                assert!(page.contains(&l), "{lang}: {l}\n{page}");
            }
        }

        // The changed C is asked again and dismissed: the earlier confirmation of C against the same site now stands
        // as that dismissal, on the API and the page, and the site's score no longer carries it.
        let open = hits(&app, "status=open").await;
        let asked = by(&open, "Plover Cotton Ginnery Co. Ltd.");
        let r = app
            .request(Who::Officer, Method::POST, &format!("/api/v1/screening/hits/{}/decision", asked["id"]))
            .json(&serde_json::json!({"confirmed": false, "note": "not them"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 201);
        let decided: Value = r.json().await.unwrap();
        assert_eq!(decided["restated"], serde_json::json!([first_c["id"]]), "{decided}");
        let earlier: Value =
            app.get_as(Who::Officer, &format!("/api/v1/screening/hits/{}", first_c["id"])).await.json().await.unwrap();
        assert_eq!(earlier["hit"]["status"], "dismissed", "{earlier}");
        assert_eq!(earlier["hit"]["decision"]["note"], "not them", "{earlier}");
        let confirmed = hits(&app, &format!("status=confirmed&declaration={id}")).await;
        assert!(
            confirmed["hits"].as_array().unwrap().iter().all(|h| h["entry_name"] != "Plover Cotton Ginnery Co. Ltd."),
            "{confirmed}"
        );
        assert!(site_hits(&app, id, "PLOVER").await.is_empty(), "the score no longer carries the hit");
        for lang in ["en", "fr"] {
            let page = app.get_as(Who::Officer, &format!("/declarations/{id}?lang={lang}")).await.text().await.unwrap();
            assert!(!page.contains("Plover Cotton Ginnery Co. Ltd."), "{lang}: a stale confirmed row: {page}");
        }
        let dismissed = hits(&app, &format!("status=dismissed&declaration={id}")).await;
        let ids: Vec<&Value> = dismissed["hits"].as_array().unwrap().iter().map(|h| &h["id"]).collect();
        assert_eq!(ids, [&asked["id"], &first_c["id"]], "{dismissed}");
        let page = app.get_as(Who::Officer, "/screening/alerts?status=dismissed&lang=en").await.text().await.unwrap();
        assert!(page.contains(&format!("id=\"h-{}\"", first_c["id"])), "{page}");

        // C listed again as first confirmed: the earlier hit is its own confirmation again, and its effect applies.
        let third = import(&app, "uflpa", uflpa(&[c, d, e2])).await;
        let [.., restated, applied, lifted, changed, reassessed] = run_of(&third);
        // Both hits of C against the site, the one on C as first listed and the one on its change, stand as the
        // confirmation of C.
        assert_eq!((restated, applied, lifted, changed, reassessed), (2, 1, 0, 0, 1), "{third}");
        let earlier: Value =
            app.get_as(Who::Officer, &format!("/api/v1/screening/hits/{}", first_c["id"])).await.json().await.unwrap();
        assert_eq!(earlier["hit"]["status"], "confirmed", "{earlier}");
        assert_eq!(site_hits(&app, id, "PLOVER").await.len(), 1);
        let page = app.get_as(Who::Officer, &format!("/declarations/{id}?lang=en")).await.text().await.unwrap();
        assert_eq!(page.matches("<td>Plover Cotton Ginnery Co. Ltd.</td>").count(), 1, "one row: {page}");
    }
);

on_both_backends!(
    an_edition_is_named_alike_by_the_command_line_the_api_and_the_pages_and_found_by_that_name,
    |app: TestApp| async move {
        let uflpa = |name: &str| format!("Section,Entity Name,Effective Date\n(i),{name},2024-01-01\n");
        // Editions of two lists interleaved: an edition's number within its list is not its identifier.
        import(&app, "uflpa", uflpa("Fictional Alpha Co.")).await;
        import(&app, "watchlist", "id,name,country\nW-1,Fictional Lone Co,CA\n".into()).await;
        import(&app, "uflpa", uflpa("Fictional Beta Co.")).await;
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("third.csv");
        std::fs::write(&file, uflpa("Fictional Gamma Co.")).unwrap();
        let chainon = |args: &[&str]| {
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_chainon"))
                .args(args)
                .args(["--database", &app.database_url])
                .env("RUST_LOG", "warn")
                .output()
                .unwrap();
            assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
            String::from_utf8_lossy(&out.stdout).into_owned()
        };
        let out = chainon(&["screening", "import", "--list", "uflpa", file.to_str().unwrap()]);
        let lists: Value = app.get_as(Who::Officer, "/api/v1/screening/lists").await.json().await.unwrap();
        let editions = lists["lists"].as_array().unwrap().iter().find(|l| l["list"] == "uflpa").unwrap()["editions"]
            .as_array()
            .unwrap()
            .clone();
        let newest = &editions[0];
        let (id, version) = (newest["id"].as_i64().unwrap(), newest["version"].as_i64().unwrap());
        assert_eq!((id, version), (4, 3), "{lists}");
        let name = format!("UFLPA Entity List (US DHS), edition {version} (#{id})");
        assert!(out.contains(&format!("third.csv: {name}, 1 entry")), "{out}");
        assert!(chainon(&["screening", "lists"]).contains(&name));
        // The page at the address of that identifier names it so, and the lists page links it under that name.
        let page = app.get_as(Who::Officer, &format!("/screening/editions/{id}?lang=en")).await.text().await.unwrap();
        assert!(page.contains(&format!("<h1>{name} — ")), "{page}");
        assert!(
            page.contains("The previous edition: UFLPA Entity List (US DHS), edition 2 (#3), published on"),
            "{page}"
        );
        let page = app.get_as(Who::Officer, "/screening?lang=en").await.text().await.unwrap();
        assert!(page.contains(&format!("/screening/editions/{id}?lang=en\">edition {version} (#{id})</a>")), "{page}");
        let page = app.get_as(Who::Officer, &format!("/screening/editions/{id}?lang=fr")).await.text().await.unwrap();
        assert!(page.contains(&format!("(DHS des États-Unis), édition {version} (#{id}) — ")), "{page}");
        let out = chainon(&["screening", "import", "--list", "uflpa", file.to_str().unwrap(), "--lang", "fr"]);
        assert!(out.contains(&format!("(DHS des États-Unis), édition {version} (#{id})")), "{out}");
        // The command line takes the identifier as the name writes it, and finds the same edition as the API.
        for arg in [format!("#{id}"), id.to_string()] {
            let diff: Value = serde_json::from_str(&chainon(&["screening", "diff", &arg])).unwrap();
            let api: Value =
                app.get_as(Who::Officer, &format!("/api/v1/screening/editions/{id}")).await.json().await.unwrap();
            assert_eq!(diff, api["diff"], "{arg}");
            assert_eq!(diff["previous_edition"], 3);
        }
    }
);

/// The audit entries of one subject with an action starting `screening.hits_`, oldest first: (action, hit ids).
async fn hit_audit(app: &TestApp, subject: &str) -> Vec<(String, Vec<i64>)> {
    let audit: Value =
        app.get_as(Who::Auditor, &format!("/api/v1/audit?limit=1000&subject={subject}")).await.json().await.unwrap();
    let mut out: Vec<(String, Vec<i64>)> = audit["entries"]
        .as_array()
        .unwrap_or_else(|| panic!("{audit}"))
        .iter()
        .filter(|e| e["action"].as_str().is_some_and(|a| a.starts_with("screening.hits_")))
        .map(|e| {
            let ids = e["payload"]["hits"].as_array().unwrap().iter().map(|h| h.as_i64().unwrap()).collect();
            (e["action"].as_str().unwrap().to_string(), ids)
        })
        .collect();
    out.reverse();
    out
}

on_both_backends!(
    every_change_of_a_hit_s_state_is_audited_with_its_cause_and_a_re_opened_hit_is_not_counted_new,
    |app: TestApp| async move {
        let uflpa = |rows: &[&str]| {
            format!("Section,Entity Name,Effective Date\n{}", rows.iter().map(|r| format!("{r}\n")).collect::<String>())
        };
        // The mill's entry will be removed then listed again as it was; the ginnery's changes after a dismissal; the
        // dyeworks' changes while its hit is open; the spinners' is added by the second edition.
        let mill = "(i),Sandpiper Weaving Mill Co. Ltd.,2024-01-01";
        let (gin, gin2) =
            ("(i),Plover Cotton Ginnery Co. Ltd.,2024-01-01", "(ii),Plover Cotton Ginnery Co. Ltd.,2024-03-01");
        let (dye, dye2) = ("(ii),Heron Dyeworks Co. Ltd.,2024-01-01", "(iv),Heron Dyeworks Co. Ltd.,2024-01-01");
        let yarn = "(ii),Egret Yarn Spinners Co. Ltd.,2024-01-01";
        let first = import(&app, "uflpa", uflpa(&[mill, gin, dye])).await;
        let up: Value = app.upload("d.json", screening_bid(MAPLE, "2026-10-01", &BIRDS)).await.json().await.unwrap();
        let declaration = up["id"].as_i64().unwrap();
        let open = hits(&app, "status=open").await;
        let id_of = |h: &Value, name: &str| {
            h["hits"]
                .as_array()
                .unwrap()
                .iter()
                .find(|x| x["entry_name"] == name)
                .unwrap_or_else(|| panic!("{name}: {h}"))["id"]
                .as_i64()
                .unwrap()
        };
        let (mill_hit, gin_hit, dye_hit) = (
            id_of(&open, "Sandpiper Weaving Mill Co. Ltd."),
            id_of(&open, "Plover Cotton Ginnery Co. Ltd."),
            id_of(&open, "Heron Dyeworks Co. Ltd."),
        );
        // Screened at intake: each hit opened as an entry matched for the first time, on the edition that found it.
        let first_id = first["edition"]["id"].as_i64().unwrap();
        let mut opened = hit_audit(&app, &format!("screening_edition/{first_id}")).await;
        opened.iter_mut().for_each(|(_, ids)| ids.sort());
        let mut three = vec![mill_hit, gin_hit, dye_hit];
        three.sort();
        assert_eq!(opened, [("screening.hits_opened_entry_added".to_string(), three)]);
        let r = app
            .request(Who::Officer, Method::POST, &format!("/api/v1/screening/hits/{gin_hit}/decision"))
            .json(&serde_json::json!({"confirmed": false, "note": "not them"}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 201);

        // The second edition removes the mill (open), changes the ginnery (dismissed) and the dyeworks (open), adds
        // the spinners.
        let second = import(&app, "uflpa", uflpa(&[gin2, dye2, yarn])).await;
        let r = &second["rescreen"];
        // Added: the spinners; asked again: the ginnery and the dyeworks, whose entries changed.
        assert_eq!(
            (&r["new_alerts"], &r["hits_added"], &r["hits_changed"], &r["hits_reopened"]),
            (&3.into(), &1.into(), &2.into(), &0.into()),
            "{second}"
        );
        let second_id = second["edition"]["id"].as_i64().unwrap();
        let open = hits(&app, "status=open").await;
        let (gin2_hit, dye2_hit, yarn_hit) = (
            id_of(&open, "Plover Cotton Ginnery Co. Ltd."),
            id_of(&open, "Heron Dyeworks Co. Ltd."),
            id_of(&open, "Egret Yarn Spinners Co. Ltd."),
        );
        let mut changed = vec![gin2_hit, dye2_hit];
        changed.sort();
        let mut audited = hit_audit(&app, &format!("screening_edition/{second_id}")).await;
        audited.iter_mut().for_each(|(_, ids)| ids.sort());
        audited.sort();
        // A hit closed because its entry changed is not said to have left the list.
        let mut expected = vec![
            ("screening.hits_closed_entry_changed".to_string(), vec![dye_hit]),
            ("screening.hits_closed_entry_removed".to_string(), vec![mill_hit]),
            ("screening.hits_opened_entry_added".to_string(), vec![yarn_hit]),
            ("screening.hits_opened_entry_changed".to_string(), changed),
        ];
        expected.sort();
        assert_eq!(audited, expected);

        // The third edition lists the mill again as it was matched: its closed hit is opened again, re-opened and
        // audited so, never counted as new.
        let third = import(&app, "uflpa", uflpa(&[mill, gin2, dye2, yarn])).await;
        let r = &third["rescreen"];
        assert_eq!(
            (&r["new_alerts"], &r["hits_added"], &r["hits_changed"], &r["hits_reopened"]),
            (&1.into(), &0.into(), &0.into(), &1.into()),
            "{third}"
        );
        let third_id = third["edition"]["id"].as_i64().unwrap();
        assert_eq!(id_of(&hits(&app, "status=open").await, "Sandpiper Weaving Mill Co. Ltd."), mill_hit);
        assert_eq!(
            hit_audit(&app, &format!("screening_edition/{third_id}")).await,
            [("screening.hits_reopened".to_string(), vec![mill_hit])]
        );
        let parties = r["parties"].as_i64().unwrap();
        for (lang, lines) in [
            (
                "en",
                [
                    format!("re-screened 1 declaration ({parties} parties): 4 hits found, 1 alert raised (none new, 1 asked again: entry changed or listed again)"),
                    "hits stored: none new, none asked again (entry changed), 1 re-opened (entry listed again as matched), none given a decision already taken".to_string(),
                ],
            ),
            (
                "fr",
                [
                    format!("nouveau filtrage de 1 déclaration ({parties} parties) : 4 correspondances trouvées, 1 alerte levée (aucune nouvelle, 1 posée à nouveau : inscription modifiée ou de nouveau sur la liste)"),
                    "correspondances enregistrées : aucune nouvelle, aucune posée à nouveau (inscription modifiée), 1 rouverte (inscription de nouveau sur la liste, inchangée), aucune reprenant une décision déjà prise".to_string(),
                ],
            ),
        ] {
            let page =
                app.get_as(Who::Officer, &format!("/screening/editions/{third_id}?imported=new&lang={lang}")).await.text().await.unwrap();
            let page = plain_spaces(&page);
            for l in lines {
                assert!(page.contains(&l), "{lang}: {l}\n{page}");
            }
        }

        // A newer declaration replaces this one: its open hits are closed, audited on the declaration replaced.
        let mut open_ids: Vec<i64> = hits(&app, &format!("status=open&declaration={declaration}")).await["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["id"].as_i64().unwrap())
            .collect();
        open_ids.sort();
        assert!(!open_ids.is_empty());
        let again = app.upload("e.json", screening_bid(MAPLE, "2026-10-02", &BIRDS)).await;
        assert!(again.status().is_success(), "{}", again.status());
        assert_eq!(
            hit_audit(&app, &format!("declaration/{declaration}")).await,
            [("screening.hits_closed_superseded".to_string(), open_ids)]
        );
        // Each action is said in words in both languages on the audit page.
        for (lang, words) in [
            (
                "en",
                ["Matches re-opened: the entry is listed again as it was matched", "Matches closed: the entry changed"],
            ),
            ("fr", ["Correspondances rouvertes : l", "inscription a été modifiée (l"]),
        ] {
            let page =
                plain_spaces(&app.get_as(Who::Auditor, &format!("/audit?lang={lang}")).await.text().await.unwrap());
            for w in words {
                assert!(page.contains(w), "{lang}: {w}");
            }
        }
    }
);

// The confirmed hits of a bid say, row by row, what each confirmation does today: the measure and period of a PSPC
// entry (an administrative agreement leaves the supplier eligible), and, for an entry a later edition made inactive,
// that it is no longer in force since that edition; the bid's non-responsiveness names the bidder's own
// ineligibility first, then the subcontractor's, and never says the bidder is not ineligible.
on_both_backends!(
    each_confirmed_hit_says_its_measure_and_effect_now_and_the_bidders_own_ineligibility_is_named_first,
    |app: TestApp| async move {
        let today = chrono::Utc::now().date_naive();
        let (from, until) = ((today - chrono::Days::new(20)).to_string(), (today + chrono::Days::new(200)).to_string());
        let pspc = format!(
            "{PSPC_HEAD}{}Gannet Dyeing Works,\"8 Dye Street, Shaoxing, Zhejiang, China\",Suspended,{from},{until},Fictional\n\
             Murre Knitting Works,\"2 Loom Lane, Ningbo, Zhejiang, China\",Administrative agreement,2025-01-01,2029-01-01,Fictional\n",
            maple("2024-06-01", "2034-06-01")
        );
        import(&app, "pspc_ineligible", pspc).await;
        let cbp = |status: &str| {
            format!(
                "Date,Country,Entity,Industry,Status,WRO/Finding\n01/15/2025,China,Sandpiper Weaving Mill,Textiles,{status},WRO\n\
                 03/01/2025,China,Fictional Other Nets Co.,Seafood,Active,WRO\n"
            )
        };
        import(&app, "cbp_wro", cbp("Active")).await;
        const DYE: (&str, &str, &str, &str, &str, &str) =
            ("DYE", "Gannet Dyeing Works", "processing", "fabric", "8 Dye Street", "Shaoxing");
        const KNIT: (&str, &str, &str, &str, &str, &str) =
            ("KNIT", "Murre Knitting Works", "processing", "yarn", "2 Loom Lane", "Ningbo");
        let up: Value =
            app.upload("d.json", screening_bid(MAPLE, "2026-10-01", &[MILL, DYE, KNIT])).await.json().await.unwrap();
        let id = up["id"].as_i64().unwrap();
        let open = hits(&app, "status=open").await;
        let names: Vec<&str> =
            open["hits"].as_array().unwrap().iter().filter_map(|h| h["entry_name"].as_str()).collect();
        for name in ["Maple Uniforms Inc.", "Gannet Dyeing Works", "Murre Knitting Works", "Sandpiper Weaving Mill"] {
            assert!(names.contains(&name), "{name} among {names:?}");
        }
        for h in open["hits"].as_array().unwrap() {
            assert_eq!(decide(&app, h, true).await, 201, "{h}");
        }

        // The bid: the bidder's own ineligibility first, the subcontractor's after it, no denial.
        let api: Value = app.get_as(Who::Officer, "/api/v1/solicitations/W0113-260009/A").await.json().await.unwrap();
        let bid = api["bids"].as_array().unwrap().iter().find(|b| b["declaration"]["id"] == id).unwrap();
        for (field, denial) in
            [("non_responsive_en", "is not found ineligible"), ("non_responsive_fr", "n'est pas déclaré")]
        {
            let why = bid[field].as_str().unwrap();
            assert!(why.starts_with("Maple Uniforms Inc."), "{field}: {why}");
            assert!(why.contains("Gannet Dyeing Works") && !why.contains("Murre"), "{field}: {why}");
            assert!(!why.contains(denial), "{field}: {why}");
        }

        // Each row its measure and its effect today.
        let page = |lang: &'static str| {
            let app = &app;
            async move {
                let r = app.get_as(Who::Officer, &format!("/declarations/{id}?lang={lang}")).await;
                plain_spaces(&r.text().await.unwrap()).replace("&#x27;", "'")
            }
        };
        let en = page("en").await;
        assert_eq!(
            en.matches("a finding under the Code of Conduct for Procurement: the bid is non-responsive.").count(),
            2,
            "{en}"
        );
        assert!(
            en.contains("Administrative agreement (January 1, 2025 – January 1, 2029): the supplier remains eligible"),
            "{en}"
        );
        assert!(en.contains("Suspended (") && en.contains("(site DYE)"), "{en}");
        assert!(!en.contains("No longer in force"), "all in force: {en}");
        let fr = page("fr").await;
        assert_eq!(
            fr.matches(
                "un constat au titre du Code de conduite pour l'approvisionnement : la soumission est non recevable."
            )
            .count(),
            2,
            "{fr}"
        );
        assert!(fr.contains("le fournisseur reste admissible en vertu de l'entente"), "{fr}");

        // CBP makes the mill's order inactive: its effect is lifted, and its row says so since that edition.
        let second = import(&app, "cbp_wro", cbp("Inactive")).await;
        assert_eq!(second["rescreen"]["lifted"], 1, "{second}");
        let edition = second["edition"]["id"].as_i64().or_else(|| second["id"].as_i64()).unwrap();
        let en = page("en").await;
        assert!(en.contains(&format!("No longer in force since edition 2 (#{edition}), imported ")), "{en}");
        assert!(en.contains("its status is now “Inactive”"), "{en}");
        let fr = page("fr").await;
        assert!(fr.contains(&format!("N’est plus en vigueur depuis l’édition 2 (#{edition}), importée le ")), "{fr}");
    }
);
