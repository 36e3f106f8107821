//! A compliance case's whole journey over the API: contract and its instruments, case, evidence, notice, the
//! supplier's response, plan, decision, checklist and audit log — on both backends.

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, Who, demo_file};
use crate::on_both_backends;

async fn send(app: &TestApp, who: Who, method: Method, path: &str, body: Value) -> (u16, Value) {
    let resp = app.request(who, method, path).json(&body).send().await.unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}

async fn get(app: &TestApp, who: Who, path: &str) -> (u16, Value) {
    let resp = app.get_as(who, path).await;
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}

fn contract(number: &str, bn: &str) -> Value {
    json!({
        "number": number, "kind": "contract", "title": "Mooring lines", "business_number": bn,
        "supplier_name": "Cordages Nordiques Inc.", "goods_category": "ropes_cordage", "value_cad": 480000.0,
        "awarded_on": "2022-01-10", "ends_on": "2027-01-09"
    })
}

on_both_backends!(
    a_case_goes_from_allegation_to_a_decision_on_a_record_no_one_can_silently_edit,
    |app: TestApp| async move {
        let decl = app.upload("cordages.json", demo_file("cordages-nordiques-w8486.json")).await;
        let decl_id = decl.json::<Value>().await.unwrap()["id"].as_i64().unwrap();

        // A bad contract is refused and stores nothing.
        let (status, body) =
            send(&app, Who::Officer, Method::POST, "/api/v1/contracts", contract("W8486-24/001", "842310576")).await;
        assert_eq!(status, 400);
        assert!(
            body["message"].as_str().unwrap().contains("Supplier's business number")
                && body["message_fr"].as_str().unwrap().contains("Numéro d'entreprise du fournisseur"),
            "{body}"
        );
        assert_eq!(get(&app, Who::Officer, "/api/v1/contracts").await.1["contracts"].as_array().unwrap().len(), 0);

        let (status, c) =
            send(&app, Who::Officer, Method::POST, "/api/v1/contracts", contract("W8486-24/001", "842 310 575")).await;
        assert_eq!(status, 201, "{c}");
        let contract_id = c["id"].as_i64().unwrap();
        let in_force: Vec<&str> = c["instruments"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|i| i["in_force"] == true)
            .map(|i| i["instrument"].as_str().unwrap())
            .collect();
        assert_eq!(in_force, ["code_of_conduct2021", "anti_forced_labour_clauses"]);
        assert_eq!(c["fiscal_year"], 2021, "January 2022 is in fiscal year 2021-22");
        let (status, again) =
            send(&app, Who::Officer, Method::POST, "/api/v1/contracts", contract("W8486-24/001", "842310575")).await;
        assert_eq!(status, 409, "a contract number is used once");
        for key in ["message", "message_fr"] {
            let m = again[key].as_str().unwrap();
            assert!(m.contains("W8486-24/001") && m.contains(&format!("/contracts/{contract_id}")), "{key}: {m}");
        }

        let (status, opened) = send(
            &app,
            Who::Auditor,
            Method::POST,
            &format!("/api/v1/contracts/{contract_id}/cases"),
            json!({"title": "Report on a spinning mill"}),
        )
        .await;
        assert_eq!(status, 201);
        let case = opened["id"].as_i64().unwrap();
        let events = format!("/api/v1/cases/{case}/events");

        let evidence = json!({
            "type": "evidence", "kind": "credible_report", "source": "NGO report, June 2026", "dated": "2026-06-02",
            "indicators": ["retention_of_identity_documents", "withholding_of_wages"], "credibility": "high",
            "sites": [format!("{decl_id}/ROPE-IN")], "summary": "Workers' passports held by the mill."
        });
        assert_eq!(send(&app, Who::Auditor, Method::POST, &events, evidence.clone()).await.0, 201);
        // Before a notice the case is not there for its supplier (`tests/api/notified.rs`).
        assert_eq!(send(&app, Who::Supplier, Method::POST, &events, evidence.clone()).await.0, 404);
        let (status, notice) = send(
        &app,
        Who::Auditor,
        Method::POST,
        &events,
        json!({"type": "notice", "respond_by": crate::helpers::day(30), "subject": "Allegation", "body": "Respond within 30 days."}),
    )
    .await;
        assert_eq!(status, 201);
        let notice_id = notice["id"].as_i64().unwrap();
        assert_eq!(
            send(&app, Who::Supplier, Method::POST, &events, evidence).await.0,
            403,
            "suppliers add no evidence"
        );

        // The auditor's view: the checklist says what is still missing.
        let (_, view) = get(&app, Who::Auditor, &format!("/api/v1/cases/{case}")).await;
        let unmet = unmet_lines(&view);
        assert_eq!(unmet, ["opportunity_to_respond", "remediation_considered"]);
        assert_eq!(view["grounds_met"], false);

        // The supplier sees the notice but not the evidence, and answers it; the competitor sees nothing.
        let (status, seen) = get(&app, Who::Supplier, &format!("/api/v1/cases/{case}")).await;
        assert_eq!(status, 200);
        let kinds: Vec<&str> =
            seen["case"]["events"].as_array().unwrap().iter().map(|e| e["event"]["type"].as_str().unwrap()).collect();
        assert_eq!(kinds, ["notice"]);
        assert!(seen.get("checklist").is_none());
        // People by name; the auditors' e-mails are not the supplier's to read (the auditor's view has them).
        assert_eq!(seen["case"]["opened_by_name"], "Auditor");
        assert_eq!(seen["case"]["events"][0]["recorded_by_name"], "Auditor", "{seen}");
        assert!(!seen.to_string().contains("@pspc.test"), "{seen}");
        assert_eq!(view["case"]["opened_by"], "auditor@pspc.test");
        assert_eq!(view["case"]["opened_by_name"], "Auditor");
        assert_eq!(get(&app, Who::OtherSupplier, &format!("/api/v1/cases/{case}")).await.0, 404);
        let (status, bad) = send(
            &app,
            Who::Supplier,
            Method::POST,
            &events,
            json!({"type": "response", "notice_seq": 99999, "text": "?"}),
        )
        .await;
        assert_eq!(status, 400);
        assert!(bad["message_fr"].as_str().unwrap().contains("aucun avis"));
        let reply = json!({"type": "response", "notice_seq": notice_id, "text": "We are auditing the mill."});
        assert_eq!(send(&app, Who::Supplier, Method::POST, &events, reply).await.0, 201);

        assert_eq!(
            send(
                &app,
                Who::Auditor,
                Method::POST,
                &events,
                json!({"type": "action_plan", "milestones": [{"description": "Return passports", "due": "2026-08-01"}]})
            )
            .await
            .0,
            201
        );
        let (status, _) = send(
            &app,
            Who::Auditor,
            Method::POST,
            &events,
            json!({"type": "decision", "outcome": "remediate", "decided_on": crate::helpers::day(0), "rationale": " "}),
        )
        .await;
        assert_eq!(status, 400, "a decision states its reasons");
        let decision = json!({"type": "decision", "outcome": "remediate", "decided_on": crate::helpers::day(0), "rationale": "Plan accepted; passports returned by 1 August.", "isp_referral": false});
        assert_eq!(send(&app, Who::Auditor, Method::POST, &events, decision).await.0, 201);
        let (_, view) = get(&app, Who::Auditor, &format!("/api/v1/cases/{case}")).await;
        assert_eq!(view["grounds_met"], true, "{}", view["checklist"]);
        assert_eq!(view["case"]["events"].as_array().unwrap().len(), 5);

        // Every step is in the audit log, with who did it, and the chain is intact.
        let (_, log) = get(&app, Who::Auditor, &format!("/api/v1/audit?subject=case/{case}")).await;
        let actions: Vec<&str> =
            log["entries"].as_array().unwrap().iter().rev().map(|e| e["action"].as_str().unwrap()).collect();
        assert_eq!(
            actions,
            ["case.opened", "case.evidence", "case.notice", "case.response", "case.action_plan", "case.decision"]
        );
        let response = log["entries"].as_array().unwrap().iter().find(|e| e["action"] == "case.response").unwrap();
        assert_eq!(response["actor"], Who::Supplier.email().unwrap());
        assert_eq!(log["intact"], true);
    }
);

/// Sends `body` and expects a refusal with `status` whose messages (both languages) name `field`; returns the body.
/// Sends an event that must be refused with `status`, its messages naming the field by its form's label (`label`, the
/// label's key in the catalogues) in each language, never by its code.
async fn refused(app: &TestApp, path: &str, body: Value, status: u16, label: &str) -> Value {
    use chainon::domain::Lang;
    let (got, answer) = send(app, Who::Auditor, Method::POST, path, body.clone()).await;
    assert_eq!(got, status, "{body} → {answer}");
    let (en, fr) = (answer["message"].as_str().unwrap_or(""), answer["message_fr"].as_str().unwrap_or(""));
    let cat = chainon::reports::Catalog::shared().unwrap();
    let (label_en, label_fr) = (cat.get(Lang::En, label), cat.get(Lang::Fr, label));
    assert!(en.contains(label_en) && fr.contains(label_fr), "{body}: {label_en} / {label_fr} not named in {answer}");
    let code = |t: &str| t.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).any(|w| w.contains('_'));
    assert!(!code(en) && !code(fr), "{body}: a code in {answer}");
    answer
}

on_both_backends!(records_that_cannot_be_true_are_refused_and_nothing_is_stored, |app: TestApp| async move {
    use crate::helpers::day;
    let decl = app.upload("cordages.json", demo_file("cordages-nordiques-w8486.json")).await;
    let decl_id = decl.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    // Another supplier's declaration: its sites are not this supplier's.
    let other = app.upload("atlantic.json", demo_file("atlantic-marine-w8486.json")).await;
    let other_site = format!("{}/HFX", other.json::<Value>().await.unwrap()["id"].as_i64().unwrap());
    let mut c = contract("W8486-26/500", "842310575");
    c["awarded_on"] = json!("2026-01-10");
    let contract_id = app.create(Who::Officer, "/api/v1/contracts", c).await["id"].as_i64().unwrap();
    let case = app
        .create(Who::Auditor, &format!("/api/v1/contracts/{contract_id}/cases"), json!({"title": "Report"}))
        .await["id"]
        .as_i64()
        .unwrap();
    let events = format!("/api/v1/cases/{case}/events");
    let count = async || {
        get(&app, Who::Auditor, &format!("/api/v1/cases/{case}")).await.1["case"]["events"]
            .as_array()
            .map(Vec::len)
            .unwrap_or(99)
    };

    // 1. Notices: a delivery before the award, before the case or in the future; a deadline already passed or
    // absurdly far; a deadline short of the policy's minimum counted from a documented delivery.
    let notice = |respond_by: String, delivered: Option<String>| {
        let mut n = json!({"type": "notice", "respond_by": respond_by, "subject": "Allegation", "body": "Explain."});
        if let Some(on) = delivered {
            n["delivery"] = json!({"on": on, "means": "registered mail", "evidence": "RN123"});
        }
        n
    };
    refused(&app, &events, notice(day(30), Some("1990-01-01".into())), 400, "notice.delivered_on").await;
    refused(&app, &events, notice(day(30), Some("2025-12-01".into())), 400, "notice.delivered_on").await;
    refused(&app, &events, notice(day(30), Some(day(-1))), 400, "notice.delivered_on").await;
    refused(&app, &events, notice(day(30), Some(day(1))), 400, "notice.delivered_on").await;
    refused(&app, &events, notice(day(-1), None), 400, "case.respond_by").await;
    refused(&app, &events, notice(day(400), None), 400, "case.respond_by").await;
    refused(&app, &events, notice("2099-12-12".into(), None), 400, "case.respond_by").await;
    refused(&app, &events, notice(day(5), Some(day(0))), 400, "case.respond_by").await;

    // 2. Evidence: sites that are nowhere, malformed, or another declaration's; dated in the future; indicators of
    // the other allegation.
    let evidence = |sites: Value, dated: String| {
        json!({"type": "evidence", "kind": "credible_report", "source": "NGO report", "dated": dated,
               "indicators": ["debt_bondage"], "credibility": "high", "sites": sites})
    };
    refused(&app, &events, evidence(json!(["999/NOWHERE"]), day(-3)), 400, "case.sites").await;
    refused(&app, &events, evidence(json!(["garbage"]), day(-3)), 400, "case.sites").await;
    refused(&app, &events, evidence(json!([format!("{decl_id}/NO-SUCH-SITE")]), day(-3)), 400, "case.sites").await;
    refused(&app, &events, evidence(json!([format!("{decl_id}/ROPE-IN"), "69/SISAL-TZ"]), day(-3)), 400, "case.sites")
        .await;
    refused(&app, &events, evidence(json!([other_site]), day(-3)), 400, "case.sites").await;
    refused(&app, &events, evidence(json!([]), day(2)), 400, "case.dated").await;
    let mut child = evidence(json!([]), day(-3));
    child["allegation"] = json!("child_labour");
    refused(&app, &events, child.clone(), 400, "case.indicators").await;
    child["indicators"] = json!([]);
    child["child_indicators"] = json!(["hazardous_work"]);
    child["allegation"] = json!("forced_labour");
    refused(&app, &events, child, 400, "case.indicators").await;

    // 3. Decisions: before the award or the case, in the future; a termination with unmet checklist lines.
    let decision = |outcome: &str, on: String| json!({"type": "decision", "outcome": outcome, "decided_on": on, "rationale": "Reasons."});
    refused(&app, &events, decision("terminate_for_default", "2020-06-01".into()), 400, "case.decided_on").await;
    refused(&app, &events, decision("continue", "2025-12-31".into()), 400, "case.decided_on").await;
    refused(&app, &events, decision("continue", day(-1)), 400, "case.decided_on").await;
    refused(&app, &events, decision("continue", day(1)), 400, "case.decided_on").await;
    assert_eq!(count().await, 0, "nothing refused was stored");

    // What is true is recorded: evidence on the supplier's site, a notice still open.
    app.create(Who::Auditor, &events, evidence(json!([format!("{decl_id}/ROPE-IN")]), day(-3))).await;
    app.create(Who::Auditor, &events, notice(day(30), None)).await;
    let early = refused(&app, &events, decision("terminate_for_default", day(0)), 400, "case.outcome").await;
    assert!(early["message"].as_str().unwrap().contains("response period"), "{early}");
    assert!(early["message_fr"].as_str().unwrap().contains("délai de réponse"), "{early}");
    refused(&app, &events, decision("terminate_by_mutual_consent", day(0)), 400, "case.outcome").await;
    let first = app.create(Who::Auditor, &events, decision("stop_work", day(0))).await["id"].as_i64().unwrap();
    // One decision per case; no notice after it.
    let second = refused(&app, &events, decision("continue", day(0)), 409, "case.add_decision").await;
    assert!(second["message"].as_str().unwrap().contains(&format!("entry {first}")), "{second}");
    refused(&app, &events, notice(day(30), None), 400, "case.add_notice").await;
    assert_eq!(count().await, 3);

    // The S-211 figures cannot count a termination in a year before the contract existed.
    let (status, fy2020) = get(&app, Who::Auditor, "/api/v1/reports/s211?fiscal_year=2020").await;
    assert_eq!(status, 200);
    assert_eq!(fy2020["cases_terminated"], 0, "{fy2020}");
    assert_eq!(fy2020["isp_referrals"], 0, "{fy2020}");

    // The API's S-211 CSV: each measure, category and band by its code, its words in the language asked for beside it.
    let csv = |lang: &'static str| {
        let app = &app;
        async move {
            let path = format!("/api/v1/reports/s211?format=csv&lang={lang}");
            app.get_as(Who::Auditor, &path).await.text().await.unwrap()
        }
    };
    let fr = csv("fr").await;
    assert!(
        fr.starts_with("fiscal_year,measure,measure_label,category,category_label,band,band_label,value\n"),
        "{fr}"
    );
    assert!(fr.contains(",contracts_in_force,Contrats en vigueur pendant l'exercice,,,,,"), "{fr}");
    let rope = fr.lines().find(|l| l.contains(",assessments_forced_labour,") && l.contains(",ropes_cordage,")).unwrap();
    assert!(rope.contains("Déclarations évaluées") && rope.contains(",\"Cordes, cordages et ficelles\","), "{rope}");
    assert!(["Faible", "Moyen", "Élevé", "Critique"].iter().any(|b| rope.contains(&format!(",{b},"))), "{rope}");
    let en = csv("en").await;
    assert!(en.contains(",contracts_in_force,Contracts in force during the year,,,,,"), "{en}");
    assert!(en.contains(",ropes_cordage,\"Ropes, cordage and twine\","), "{en}");

    // The JSON keeps each category and band by its code and gives its labels beside it, as every answer does.
    let (status, figures) = get(&app, Who::Auditor, "/api/v1/reports/s211").await;
    assert_eq!(status, 200);
    let rows = figures["assessments"].as_array().unwrap();
    let rope = rows.iter().find(|r| r["category"] == "ropes_cordage").unwrap_or_else(|| panic!("{figures}"));
    assert_eq!(rope["category_label"]["en"], "Ropes, cordage and twine", "{rope}");
    assert_eq!(rope["category_label"]["fr"], "Cordes, cordages et ficelles", "{rope}");
    for r in rows {
        let labels = chainon::domain::labels_of_field("band", r["band"].as_str().unwrap(), false).unwrap();
        assert_eq!(
            (r["band_label"]["en"].as_str(), r["band_label"]["fr"].as_str()),
            (Some(labels.en), Some(labels.fr))
        );
        assert!(r["category_label"]["fr"].as_str().is_some_and(|l| !l.contains('_')), "{r}");
    }
});

on_both_backends!(
    a_termination_needs_a_plan_or_a_stated_reason_why_remediation_is_not_possible,
    |app: TestApp| async move {
        use crate::helpers::day;
        let decl = app.upload("cordages.json", demo_file("cordages-nordiques-w8486.json")).await;
        let decl_id = decl.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
        let contract_id =
            app.create(Who::Officer, "/api/v1/contracts", contract("W8486-26/700", "842310575")).await["id"]
                .as_i64()
                .unwrap();
        let case = app
            .create(Who::Auditor, &format!("/api/v1/contracts/{contract_id}/cases"), json!({"title": "Passports"}))
            .await["id"]
            .as_i64()
            .unwrap();
        let events = format!("/api/v1/cases/{case}/events");
        app.create(
            Who::Auditor,
            &events,
            json!({"type": "evidence", "kind": "credible_report", "source": "NGO report", "dated": day(-3),
               "indicators": ["retention_of_identity_documents"], "credibility": "high",
               "sites": [format!("{decl_id}/ROPE-IN")]}),
        )
        .await;
        let notice = app
            .create(
                Who::Auditor,
                &events,
                json!({"type": "notice", "respond_by": day(30), "subject": "Allegation", "body": "Explain."}),
            )
            .await["id"]
            .as_i64()
            .unwrap();
        app.create(Who::Supplier, &events, json!({"type": "response", "notice_seq": notice, "text": "We deny it."}))
            .await;
        let (_, view) = get(&app, Who::Auditor, &format!("/api/v1/cases/{case}")).await;
        let unmet = unmet_lines(&view);
        assert_eq!(unmet, ["remediation_considered"], "{view}");

        // The termination's own reasons do not say why remediation is not possible: refused, naming the line and the
        // field, in words (no codes of outcomes or lines), and nothing stored.
        let terminate = json!({"type": "decision", "outcome": "terminate_for_default", "decided_on": day(0),
                           "rationale": "Passports withheld."});
        let answer = refused(&app, &events, terminate.clone(), 400, "case.remediation_not_possible_because").await;
        let (en, fr) = (answer["message"].as_str().unwrap(), answer["message_fr"].as_str().unwrap());
        assert!(en.contains("why remediation is not possible") && en.contains("“Terminate for default”"), "{en}");
        assert!(
            fr.contains("pourquoi la correction est impossible") && fr.contains("Résiliation pour manquement"),
            "{fr}"
        );
        assert!(!en.contains("terminate_for_default") && !en.contains("remediation_considered"), "{en}");
        let mut blank = terminate.clone();
        blank["remediation_not_possible_because"] = json!("   ");
        refused(&app, &events, blank, 400, "case.remediation_not_possible_because").await;
        let (_, view) = get(&app, Who::Auditor, &format!("/api/v1/cases/{case}")).await;
        assert_eq!(view["case"]["events"].as_array().unwrap().len(), 3, "nothing refused was stored");

        // Stated apart: admitted, the line is met, and the dossier shows the statement.
        let mut stated = terminate;
        stated["remediation_not_possible_because"] = json!("The mill's owner refused every corrective step.");
        app.create(Who::Auditor, &events, stated).await;
        let (_, view) = get(&app, Who::Auditor, &format!("/api/v1/cases/{case}")).await;
        assert_eq!(view["grounds_met"], true, "{}", view["checklist"]);
        for lang in ["en", "fr"] {
            let page =
                app.get_as(Who::Auditor, &format!("/cases/{case}/dossier?lang={lang}")).await.text().await.unwrap();
            let label =
                if lang == "en" { "Why remediation is not possible" } else { "Pourquoi la correction est impossible" };
            assert!(page.contains(label) && page.contains("refused every corrective step"), "{lang}: {page}");
        }
    }
);

on_both_backends!(
    contract_numbers_are_one_whatever_their_case_and_contracts_list_newest_award_first,
    |app: TestApp| async move {
        let create = async |number: &str, awarded: &str| {
            let mut c = contract(number, "842310575");
            c["awarded_on"] = json!(awarded);
            send(&app, Who::Officer, Method::POST, "/api/v1/contracts", c).await
        };
        // Stored in the canonical form: trimmed and upper-cased.
        let (status, first) = create(" en578-240077/001 ", "2023-03-01").await;
        assert_eq!(status, 201, "{first}");
        assert_eq!(first["contract"]["number"], "EN578-240077/001", "{first}");
        let id = first["id"].as_i64().unwrap();
        // The same number in other letters is the same contract: 409 naming it, nothing stored.
        for again in ["EN578-240077/001", "En578-240077/001", "en578-240077/001\t"] {
            let (status, clash) = create(again, "2023-03-01").await;
            assert_eq!(status, 409, "{again}: {clash}");
            for key in ["message", "message_fr"] {
                let m = clash[key].as_str().unwrap();
                assert!(m.contains("EN578-240077/001") && m.contains(&format!("/contracts/{id}")), "{key}: {m}");
            }
        }
        // Newest first is by award date (then the latest recorded), not by the number's letters.
        assert_eq!(create("A-0001", "2021-12-01").await.0, 201);
        assert_eq!(create("Z-0002", "2025-06-30").await.0, 201);
        assert_eq!(create("B-0003", "2025-06-30").await.0, 201);
        let (_, list) = get(&app, Who::Officer, "/api/v1/contracts").await;
        let numbers: Vec<&str> =
            list["contracts"].as_array().unwrap().iter().map(|c| c["contract"]["number"].as_str().unwrap()).collect();
        assert_eq!(numbers, ["B-0003", "Z-0002", "EN578-240077/001", "A-0001"], "{list}");
        let page = app.get_as(Who::Officer, "/contracts").await.text().await.unwrap();
        let at = |n: &str| page.find(n).unwrap_or_else(|| panic!("{n} not on the page"));
        assert!(
            at("B-0003") < at("Z-0002")
                && at("Z-0002") < at("EN578-240077/001")
                && at("EN578-240077/001") < at("A-0001")
        );
    }
);

/// The codes of a case's checklist lines not yet met, in their order.
fn unmet_lines(view: &serde_json::Value) -> Vec<&str> {
    view["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["met"] == false)
        .map(|c| c["code"].as_str().unwrap())
        .collect()
}

on_both_backends!(
    the_s211_figures_are_read_once_and_computed_again_after_each_write_that_changes_them,
    |app: TestApp| async move {
        // The tables the figures are read from: a request answered from the kept figures reads none of them (but for
        // the newest id of each, in the one statement of `Store::write_marks`, which reads the audit log's too).
        let reads_figures = |sql: &String| {
            ["\"contract\"", "\"compliance_case\"", "\"case_event\"", "\"category_score\""]
                .iter()
                .any(|t| sql.contains(t))
                && !sql.contains("\"audit_entry\"")
        };
        let figures = || async {
            let (status, f) = get(&app, Who::Auditor, "/api/v1/reports/s211").await;
            assert_eq!(status, 200, "{f}");
            f
        };
        let page = app.signed_in(Who::Auditor).await;
        let first = figures().await;
        assert_eq!(first["declarations_received"], 0);
        let mark = app.queries.len();
        assert_eq!(figures().await, first);
        // The page shows the same figures, from memory too.
        assert_eq!(page.get(app.url("/reports/s211")).send().await.unwrap().status(), 200);
        let read: Vec<String> = app.queries.since(mark).into_iter().filter(reads_figures).collect();
        assert!(read.is_empty(), "answered from the kept figures, yet read: {read:#?}");

        // Each write that changes them is seen by the next request: a declaration stored, then one superseding it …
        let up = app.upload("cordages.json", demo_file("cordages-nordiques-w8486.json")).await;
        assert_eq!(up.status(), 201);
        let after = figures().await;
        assert_eq!(after["declarations_received"], 1, "{after}");
        assert!(!after["assessments"].as_array().unwrap().is_empty(), "{after}");
        // … a contract …
        let (status, c) =
            send(&app, Who::Officer, Method::POST, "/api/v1/contracts", contract("W8486-24/001", "842310575")).await;
        assert_eq!(status, 201, "{c}");
        assert_eq!(figures().await["contracts_in_force"], after["contracts_in_force"].as_u64().unwrap() + 1);
        // … a case opened.
        let path = format!("/api/v1/contracts/{}/cases", c["id"]);
        app.create(Who::Auditor, &path, json!({"title": "Passports"})).await;
        let last = figures().await;
        assert_eq!(last["cases_opened"], 1, "{last}");
        // And once computed again, kept again.
        let mark = app.queries.len();
        assert_eq!(figures().await, last);
        let read: Vec<String> = app.queries.since(mark).into_iter().filter(reads_figures).collect();
        assert!(read.is_empty(), "{read:#?}");
    }
);

on_both_backends!(
    the_s211_figures_see_a_declaration_another_process_imports_on_the_same_database,
    |app: TestApp| async move {
        let figures = || async {
            let (status, f) = get(&app, Who::Auditor, "/api/v1/reports/s211").await;
            assert_eq!(status, 200, "{f}");
            f
        };
        let up = app.upload("cordages.json", demo_file("cordages-nordiques-w8486.json")).await;
        assert_eq!(up.status(), 201);
        let before = figures().await;
        assert_eq!(before["declarations_received"], 1, "{before}");
        assert_eq!(figures().await, before, "kept");
        // `chainon import` as another process runs it: its own store on the same database, the command line's
        // path (`pipeline::submit`), none of whose writes the service's store counts.
        let cli = chainon::storage::Store::connect(&app.database_url).await.unwrap();
        let model = std::sync::Arc::new(chainon::scoring::RiskModel::embedded().unwrap());
        let file = "atlantic-marine-w8486.json";
        let limits = chainon::import::Limits::default();
        let stored = chainon::pipeline::submit(&cli, model, file.into(), demo_file(file), limits, "cli").await;
        assert!(stored.is_ok(), "{file}: {stored:?}");
        let after = figures().await;
        assert_eq!(after["declarations_received"], 2, "the other process's new declaration is counted: {after}");
        assert_ne!(after, before);
        // Kept again until the next write, wherever it comes from.
        assert_eq!(figures().await, after);
    }
);
