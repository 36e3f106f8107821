//! Due process and the officer's follow-up as the people involved meet them: notice dates the service decides,
//! messages to the supplier in its language through the outbox (sent to a local SMTP server when `.ci/run` starts
//! one: `CHAINON_TEST_SMTP`, `CHAINON_TEST_SMTP_MAILDIR`), attachments served only to those who may read them, what
//! awaits a supplier, and requests for information about a bid.

use chrono::{Days, Utc};
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, Who, demo_file, hidden_field};
use crate::on_both_backends;

/// The supplier's declaration, a contract for it and an open case: `(declaration id, contract id, case id)`.
pub(crate) async fn case_for_the_supplier(app: &TestApp, number: &str) -> (i64, i64, i64) {
    let decl = app.upload("cordages.json", demo_file("cordages-nordiques-w8486.json")).await;
    let decl_id = decl.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    let contract = app
        .create(
            Who::Officer,
            "/api/v1/contracts",
            json!({"number": number, "kind": "contract", "title": "Mooring lines", "business_number": "842310575",
                   "supplier_name": "Cordages Nordiques Inc.", "goods_category": "ropes_cordage", "value_cad": 480000.0,
                   "awarded_on": "2024-02-01"}),
        )
        .await;
    let contract_id = contract["id"].as_i64().unwrap();
    let case = app
        .create(
            Who::Auditor,
            &format!("/api/v1/contracts/{contract_id}/cases"),
            json!({"title": "Sisal estate report"}),
        )
        .await;
    (decl_id, contract_id, case["id"].as_i64().unwrap())
}

pub(crate) fn today() -> chrono::NaiveDate {
    Utc::now().date_naive()
}

pub(crate) async fn post_event(app: &TestApp, who: Who, case: i64, body: Value) -> (u16, Value) {
    let resp =
        app.request(who, Method::POST, &format!("/api/v1/cases/{case}/events")).json(&body).send().await.unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}

on_both_backends!(
    a_backdated_notice_is_refused_and_the_deadline_runs_from_when_the_supplier_can_see_it,
    |app: TestApp| async move {
        let (_, _, case) = case_for_the_supplier(&app, "W8486-26-0101/001").await;
        let before = app.store.case(case).await.unwrap().unwrap().events.len();
        // Recorded today as sent a month ago with its deadline already passed: refused, nothing stored.
        let month_ago = today() - Days::new(30);
        let (status, body) = post_event(
            &app,
            Who::Auditor,
            case,
            json!({"type": "notice", "sent_on": month_ago,
        "respond_by": today() - Days::new(1), "subject": "Allegation", "body": "Explain."}),
        )
        .await;
        assert_eq!(status, 400, "{body}");
        // The field named by its form's label in each language.
        assert!(body["message"].as_str().unwrap().starts_with(&format!("Sent on {month_ago}:")), "{body}");
        assert!(body["message_fr"].as_str().unwrap().starts_with(&format!("Envoyé le {month_ago}\u{a0}:")), "{body}");
        // A deadline shorter than the policy's ten days is refused, naming the earliest day allowed.
        let (status, body) = post_event(
            &app,
            Who::Auditor,
            case,
            json!({"type": "notice",
        "respond_by": today() + Days::new(9), "subject": "Allegation", "body": "Explain."}),
        )
        .await;
        assert_eq!(status, 400);
        // The earliest day is said in words in each language; only the value given is quoted as typed.
        let cat = chainon::reports::Catalog::embedded().unwrap();
        let earliest = today() + Days::new(10);
        let words = |lang| chainon::reports::dates::long_date(&cat, lang, earliest);
        assert!(
            body["message"]
                .as_str()
                .unwrap()
                .contains(&format!("{} at the earliest", words(chainon::domain::Lang::En))),
            "{body}"
        );
        assert!(
            body["message_fr"]
                .as_str()
                .unwrap()
                .contains(&format!("le {} au plus tôt", words(chainon::domain::Lang::Fr))),
            "{body}"
        );
        assert!(!body.to_string().contains(&earliest.to_string()), "{body}");
        assert_eq!(app.store.case(case).await.unwrap().unwrap().events.len(), before);
        // A documented delivery cannot precede the case, nor leave a deadline already passed when it is recorded
        // (that record would say at once that the supplier did not answer in time): refused, nothing stored.
        let evidence = "Canada Post RN123456789CA, signed";
        for (on, by, field) in [
            (today() - Days::new(20), today() + Days::new(30), "Delivered on"),
            (today(), today() - Days::new(2), "Respond by"),
            (today(), today() + Days::new(400), "Respond by"),
        ] {
            let (status, body) = post_event(
                &app,
                Who::Auditor,
                case,
                json!({"type": "notice", "respond_by": by, "subject": "Registered letter", "body": "Explain.",
                       "delivery": {"on": on, "means": "registered mail", "evidence": evidence}}),
            )
            .await;
            assert_eq!(status, 400, "{body}");
            assert!(body["message"].as_str().unwrap().starts_with(field), "{body}");
        }
        assert_eq!(app.store.case(case).await.unwrap().unwrap().events.len(), before);
        // A documented delivery within the case counts from its day.
        let delivered = today();
        let (status, _) = post_event(
            &app,
            Who::Auditor,
            case,
            json!({"type": "notice", "respond_by": today() + Days::new(12),
        "subject": "Registered letter", "body": "Explain.",
        "delivery": {"on": delivered, "means": "registered mail", "evidence": evidence}}),
        )
        .await;
        assert_eq!(status, 201);
        // Without a sent_on the service dates it today; ten days is enough.
        let (status, _) = post_event(
            &app,
            Who::Auditor,
            case,
            json!({"type": "notice", "respond_by": earliest,
        "subject": "Allegation", "body": "Explain."}),
        )
        .await;
        assert_eq!(status, 201);
        let view: Value = app.get_as(Who::Supplier, &format!("/api/v1/cases/{case}")).await.json().await.unwrap();
        let notices = view["notices"].as_array().unwrap();
        assert_eq!(notices.len(), 2);
        assert_eq!(
            (notices[0]["number"].as_i64(), notices[0]["sent_on"].as_str()),
            (Some(1), Some(delivered.to_string().as_str()))
        );
        assert_eq!(notices[0]["overdue"], false, "its deadline is still open");
        assert_eq!(
            (notices[1]["number"].as_i64(), notices[1]["sent_on"].as_str()),
            (Some(2), Some(today().to_string().as_str()))
        );
        assert_eq!(notices[1]["overdue"], false);
        // The checklist waits for notice 2.
        let auditor: Value = app.get_as(Who::Auditor, &format!("/api/v1/cases/{case}")).await.json().await.unwrap();
        let heard =
            auditor["checklist"].as_array().unwrap().iter().find(|c| c["code"] == "opportunity_to_respond").unwrap();
        assert_eq!(heard["met"], false);
        // Its day in words, in each language (a sentence, not a table's column).
        let cat = chainon::reports::Catalog::embedded().unwrap();
        let day = today() + Days::new(10);
        let (en, fr) = (
            chainon::reports::dates::long_date(&cat, chainon::domain::Lang::En, day),
            chainon::reports::dates::long_date(&cat, chainon::domain::Lang::Fr, day),
        );
        assert!(heard["en"].as_str().unwrap().contains(&format!("notice 2: until {en}")), "{heard}");
        assert!(heard["fr"].as_str().unwrap().contains(&format!("avis 2\u{a0}: jusqu'au {fr}")), "{heard}");
        // A response cannot be dated earlier than its receipt.
        let n2 = notices[1]["id"].as_i64().unwrap();
        let (status, _) = post_event(
            &app,
            Who::Supplier,
            case,
            json!({"type": "response", "notice_seq": n2,
        "received_on": today() - Days::new(3), "text": "Early?"}),
        )
        .await;
        assert_eq!(status, 400);
    }
);

on_both_backends!(
    notices_and_decisions_reach_the_supplier_through_the_outbox_in_its_language,
    |app: TestApp| async move {
        let (_, _, case) = case_for_the_supplier(&app, "W8486-26-0102/001").await;
        let by_day = today() + Days::new(14);
        let by = by_day.to_string();
        let (status, notice) = post_event(
            &app,
            Who::Auditor,
            case,
            json!({"type": "notice", "respond_by": by,
        "subject": "Allegation of forced labour", "body": "Explain."}),
        )
        .await;
        assert_eq!(status, 201);
        // One message, to the supplier's account only, in both languages (its language is not known yet).
        let outbox = app.store.outbox(100).await.unwrap();
        assert_eq!(outbox.len(), 1);
        let m = &outbox[0];
        assert_eq!((m.recipient.as_str(), m.lang.as_str()), ("supplier@cordages.test", "en+fr"));
        // Its days are in words in each language, never in ISO 8601.
        let cat = chainon::reports::Catalog::embedded().unwrap();
        let words = |lang| chainon::reports::dates::long_date(&cat, lang, by_day);
        assert!(
            m.subject.contains(&format!(
                "Notice 1 — contract W8486-26-0102/001: respond by {}",
                words(chainon::domain::Lang::En)
            )),
            "{}",
            m.subject
        );
        assert!(
            m.subject.contains(&format!("répondre d'ici le {}", words(chainon::domain::Lang::Fr))),
            "{}",
            m.subject
        );
        assert!(!m.subject.contains(&by) && !m.body.contains(&by), "{} {}", m.subject, m.body);
        assert!(m.subject.contains("Avis 1") && m.body.contains("Allegation of forced labour"));
        assert_eq!(m.about, format!("/cases/{case}"));

        // The supplier answers on the French page: its messages are French from then on.
        let supplier = app.signed_in(Who::Supplier).await;
        let page = supplier.get(app.url(&format!("/cases/{case}?lang=fr"))).send().await.unwrap().text().await.unwrap();
        let csrf = hidden_field(&page, "csrf").unwrap();
        let form = [
            ("csrf", csrf.as_str()),
            ("type", "response"),
            ("notice_seq", &notice["id"].to_string()),
            ("text", "Nous vérifions."),
        ];
        let resp = supplier.post(app.url(&format!("/cases/{case}?lang=fr"))).form(&form).send().await.unwrap();
        assert_eq!(resp.status(), 303);
        let (status, _) = post_event(
            &app,
            Who::Auditor,
            case,
            json!({"type": "decision", "outcome": "remediate",
        "decided_on": today(), "rationale": "The estate was dropped."}),
        )
        .await;
        assert_eq!(status, 201);
        let outbox = app.store.outbox(100).await.unwrap();
        assert_eq!(outbox.len(), 2);
        let newest = &outbox[0];
        assert_eq!(newest.lang, "fr");
        assert!(
            newest.subject.starts_with("Décision — contrat W8486-26-0102/001\u{a0}: mesures correctives"),
            "{}",
            newest.subject
        );

        // A relay that is down loses nothing: the message waits and is tried again later.
        let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = closed.local_addr().unwrap().port();
        drop(closed);
        let down = chainon::notify::MailSettings {
            relay: Some(format!("smtp://127.0.0.1:{port}")),
            timeout_secs: 5,
            ..Default::default()
        };
        let mailer = chainon::notify::Mailer::from_settings(&down).unwrap().unwrap();
        let now = Utc::now();
        let pass = mailer.send_due(&app.store, now).await.unwrap();
        assert_eq!((pass.sent, pass.deferred, pass.failed), (0, 2, 0));
        let waiting = app.store.outbox(100).await.unwrap();
        assert!(
            waiting
                .iter()
                .all(|m| m.sent_at.is_none() && m.attempts == 1 && m.next_attempt_at > now && m.last_error.is_some())
        );
        assert!(app.store.due_notifications(now, 100).await.unwrap().is_empty(), "not before its next attempt");

        // A real SMTP server takes them (when one runs: `.ci/run` starts aiosmtpd).
        let (Ok(relay), Ok(maildir)) = (std::env::var("CHAINON_TEST_SMTP"), std::env::var("CHAINON_TEST_SMTP_MAILDIR"))
        else {
            eprintln!(
                "SKIPPED: sending to a real SMTP server (set CHAINON_TEST_SMTP=host:port and CHAINON_TEST_SMTP_MAILDIR, as .ci/run does)"
            );
            return;
        };
        let up = chainon::notify::MailSettings {
            relay: Some(format!("smtp://{relay}")),
            from: "Chaînon <chainon@pspc.test>".into(),
            public_url: Some("https://chainon.pspc.test/".into()),
            ..Default::default()
        };
        let mailer = chainon::notify::Mailer::from_settings(&up).unwrap().unwrap();
        let later = now + chrono::Duration::minutes(2);
        let pass = mailer.send_due(&app.store, later).await.unwrap();
        assert_eq!((pass.sent, pass.deferred, pass.failed), (2, 0, 0));
        assert!(app.store.outbox(100).await.unwrap().iter().all(|m| m.sent_at.is_some()));
        assert!(
            app.store.due_notifications(later + chrono::Duration::hours(2), 100).await.unwrap().is_empty(),
            "sent once"
        );
        // The server received the French decision, addressed to the supplier, with the page's full address.
        let mut found = false;
        for dir in ["new", "cur"] {
            let Ok(entries) = std::fs::read_dir(std::path::Path::new(&maildir).join(dir)) else { continue };
            for e in entries {
                let text = std::fs::read_to_string(e.unwrap().path()).unwrap_or_default();
                if text.contains("W8486-26-0102/001")
                    && text.contains("supplier@cordages.test")
                    && text.contains(&format!("https://chainon.pspc.test/cases/{case}"))
                    && text.contains("Ouvrir")
                {
                    found = true;
                }
            }
        }
        assert!(found, "the decision's message is in {maildir}");
    }
);

/// The fields of the case form that records a social audit's finding as evidence.
pub(crate) const EVIDENCE: [(&str, &str); 6] = [
    ("type", "evidence"),
    ("evidence_kind", "audit_finding"),
    ("source", "Social audit, mill 3"),
    ("dated", "2026-10-01"),
    ("credibility", "high"),
    ("indicators", "debt_bondage"),
];

/// A multipart case form with one file.
pub(crate) fn with_file(csrf: &str, fields: &[(&str, &str)], name: &str, bytes: Vec<u8>) -> reqwest::multipart::Form {
    let mut form = reqwest::multipart::Form::new().text("csrf", csrf.to_string());
    for (k, v) in fields {
        form = form.text(k.to_string(), v.to_string());
    }
    form.part("attachments", reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()))
}

on_both_backends!(
    attachments_are_checked_by_content_hashed_and_served_only_to_those_who_may_read_them,
    |app: TestApp| async move {
        let (_, _, case) = case_for_the_supplier(&app, "W8486-26-0103/001").await;
        let path = format!("/cases/{case}");
        let auditor = app.signed_in(Who::Auditor).await;
        let page = auditor.get(app.url(&path)).send().await.unwrap().text().await.unwrap();
        let csrf = hidden_field(&page, "csrf").unwrap();
        let evidence = EVIDENCE;
        // An executable named like a report is refused; nothing is stored, the form keeps what was typed.
        let before = app.store.case(case).await.unwrap().unwrap().events.len();
        let elf = [&[0x7f, b'E', b'L', b'F', 2, 1, 1, 0][..], &[0; 64]].concat();
        let resp =
            auditor.post(app.url(&path)).multipart(with_file(&csrf, &evidence, "audit.pdf", elf)).send().await.unwrap();
        assert_eq!(resp.status(), 400);
        let page = resp.text().await.unwrap();
        assert!(page.contains("audit.pdf") && page.contains("Social audit, mill 3"));
        assert_eq!(app.store.case(case).await.unwrap().unwrap().events.len(), before);
        assert!(app.store.attachments_of_case(case).await.unwrap().is_empty());
        // A PDF is stored with the evidence, its hash listed on the page and in the dossier.
        let pdf = b"%PDF-1.7\n% audit of mill 3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".to_vec();
        let sha = {
            use sha2::Digest;
            hex::encode(sha2::Sha256::digest(&pdf))
        };
        let resp = auditor
            .post(app.url(&path))
            .multipart(with_file(&csrf, &evidence, "C:\\scans\\audit mill 3.pdf", pdf.clone()))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 303);
        let files = app.store.attachments_of_case(case).await.unwrap();
        assert_eq!(files.len(), 1);
        assert_eq!(
            (files[0].file_name.as_str(), files[0].media_type.as_str(), files[0].sha256.as_str()),
            ("audit mill 3.pdf", "application/pdf", sha.as_str())
        );
        let page = auditor.get(app.url(&path)).send().await.unwrap().text().await.unwrap();
        assert!(page.contains(&sha));
        let dossier = auditor.get(app.url(&format!("{path}/dossier"))).send().await.unwrap().text().await.unwrap();
        assert!(dossier.contains(&sha) && dossier.contains("audit mill 3.pdf"));
        let audit = app.store.audit_entries(Some(&format!("case/{case}")), 100).await.unwrap();
        assert!(
            audit.iter().any(|e| e.action == "case.evidence" && e.payload.to_string().contains(&sha)),
            "the audit entry names the file by its hash"
        );
        // The auditor downloads it, byte for byte.
        let url = format!("{path}/attachments/{}", files[0].id);
        let resp = auditor.get(app.url(&url)).send().await.unwrap();
        assert_eq!(resp.status(), 200);
        assert_eq!(resp.headers()["content-type"], "application/pdf");
        assert_eq!(resp.bytes().await.unwrap().to_vec(), pdf);
        // The supplier may not read the evidence's file, a competitor not even the case, nobody signed out anything.
        let supplier = app.signed_in(Who::Supplier).await;
        assert_eq!(supplier.get(app.url(&url)).send().await.unwrap().status(), 404);
        let other = app.signed_in(Who::OtherSupplier).await;
        assert_eq!(other.get(app.url(&url)).send().await.unwrap().status(), 404);
        let anonymous = app.browser();
        let status = anonymous.get(app.url(&url)).send().await.unwrap().status();
        assert!(status == 303 || status == 401, "{status}");
        // The supplier's own response carries its corrective-action evidence, which it may read back.
        let (status, notice) = post_event(
            &app,
            Who::Auditor,
            case,
            json!({"type": "notice", "respond_by": today() + Days::new(12),
        "subject": "Allegation", "body": "Explain."}),
        )
        .await;
        assert_eq!(status, 201);
        let page = supplier.get(app.url(&path)).send().await.unwrap().text().await.unwrap();
        let csrf = hidden_field(&page, "csrf").unwrap();
        let png = [&[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a][..], &[0; 32]].concat();
        let answer = [
            ("type", "response"),
            ("notice_seq", &notice["id"].to_string()),
            ("text", "Passports returned; photo attached."),
        ];
        let resp = supplier
            .post(app.url(&path))
            .multipart(with_file(&csrf, &answer, "returned.png", png.clone()))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 303);
        let files = app.store.attachments_of_case(case).await.unwrap();
        let mine = files.iter().find(|f| f.file_name == "returned.png").unwrap();
        let resp = supplier.get(app.url(&format!("{path}/attachments/{}", mine.id))).send().await.unwrap();
        assert_eq!(resp.status(), 200);
        assert_eq!(resp.bytes().await.unwrap().to_vec(), png);
        assert_eq!(other.get(app.url(&format!("{path}/attachments/{}", mine.id))).send().await.unwrap().status(), 404);
        // A file of another case is not served under this one.
        let (_, _, second) = case_for_the_supplier(&app, "W8486-26-0104/001").await;
        assert_eq!(
            auditor.get(app.url(&format!("/cases/{second}/attachments/{}", mine.id))).send().await.unwrap().status(),
            404
        );
    }
);

on_both_backends!(
    files_over_the_limits_come_back_on_the_case_page_naming_the_file_and_the_limit_with_what_was_typed,
    |app: TestApp| async move {
        let (_, _, case) = case_for_the_supplier(&app, "W8486-26-0106/001").await;
        let path = format!("/cases/{case}");
        let auditor = app.signed_in(Who::Auditor).await;
        let page = auditor.get(app.url(&path)).send().await.unwrap().text().await.unwrap();
        let csrf = hidden_field(&page, "csrf").unwrap();
        let pdf = |extra: usize| [b"%PDF-1.7\n".to_vec(), vec![b' '; extra]].concat();
        // The files before the fields, as a form may send them: the fields after a refused file are still read.
        let form = |files: Vec<(&str, Vec<u8>)>, fields: &[(&str, &str)]| {
            let mut form = reqwest::multipart::Form::new().text("csrf", csrf.clone());
            for (name, bytes) in files {
                form = form.part("attachments", reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()));
            }
            for (k, v) in fields {
                form = form.text(k.to_string(), v.to_string());
            }
            form
        };
        let unchanged = async || {
            assert!(app.store.case(case).await.unwrap().unwrap().events.is_empty(), "nothing recorded");
            assert!(app.store.attachments_of_case(case).await.unwrap().is_empty(), "no file stored");
        };
        // A file over 10 MiB: 413, the case page naming it and the limit, the typed fields kept; in French too.
        let big = pdf(10 * 1024 * 1024);
        for (lang, limit) in
            [("en", "over the limit of 10 MiB a file"), ("fr", "au-delà de la limite de 10\u{a0}Mio par fichier")]
        {
            let resp = auditor
                .post(app.url(&format!("{path}?lang={lang}")))
                .multipart(form(vec![("small.pdf", pdf(10)), ("big scan.pdf", big.clone())], &EVIDENCE))
                .send()
                .await
                .unwrap();
            assert_eq!(resp.status(), 413);
            let page = resp.text().await.unwrap();
            assert!(page.contains("big scan.pdf") && page.contains(limit), "{page}");
            assert!(!page.contains("“small.pdf”") && !page.contains("« small.pdf »"), "only the refused file is named");
            assert!(page.contains("value=\"Social audit, mill 3\""), "what was typed is kept: {page}");
            assert!(page.contains("action=\"/cases/"), "the case page itself, with its forms");
            unchanged().await;
        }
        // Six files: the sixth is named with the limit of five.
        let six: Vec<(&str, Vec<u8>)> =
            ["1.pdf", "2.pdf", "3.pdf", "4.pdf", "5.pdf", "scan 6.pdf"].into_iter().map(|n| (n, pdf(10))).collect();
        let resp = auditor.post(app.url(&path)).multipart(form(six, &EVIDENCE)).send().await.unwrap();
        assert_eq!(resp.status(), 400);
        let page = resp.text().await.unwrap();
        assert!(page.contains("“scan 6.pdf” was not taken: at most 5 files"), "{page}");
        assert!(page.contains("value=\"Social audit, mill 3\""));
        unchanged().await;

        // The supplier's response form: the same refusal on its page, its text kept.
        let (status, notice) = post_event(
            &app,
            Who::Auditor,
            case,
            json!({"type": "notice", "respond_by": today() + Days::new(12), "subject": "Allegation", "body": "Explain."}),
        )
        .await;
        assert_eq!(status, 201);
        let supplier = app.signed_in(Who::Supplier).await;
        let page = supplier.get(app.url(&path)).send().await.unwrap().text().await.unwrap();
        let csrf = hidden_field(&page, "csrf").unwrap();
        let seq = notice["id"].to_string();
        let answer = [("type", "response"), ("notice_seq", seq.as_str()), ("text", "Passports returned, typed here.")];
        let resp = supplier
            .post(app.url(&path))
            .multipart(with_file(&csrf, &answer, "photos.pdf", big.clone()))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 413);
        let page = resp.text().await.unwrap();
        assert!(page.contains("photos.pdf") && page.contains("10 MiB"), "{page}");
        assert!(page.contains("Passports returned, typed here."), "{page}");
        assert_eq!(app.store.case(case).await.unwrap().unwrap().events.len(), 1, "only the notice");
    }
);

on_both_backends!(what_awaits_the_supplier_and_the_officers_follow_up_of_a_bid, |app: TestApp| async move {
    let (decl, _, case) = case_for_the_supplier(&app, "W8486-26-0105/001").await;
    let by = today() + Days::new(10);
    let (status, _) = post_event(
        &app,
        Who::Auditor,
        case,
        json!({"type": "notice", "respond_by": by, "subject": "Allegation", "body": "B"}),
    )
    .await;
    assert_eq!(status, 201);

    // The officer ranks the bids and follows up the supplier's: a request for information with a deadline.
    let officer = app.signed_in(Who::Officer).await;
    let page = officer.get(app.url("/solicitations/W8486-240001/A?lang=en")).send().await.unwrap();
    let page = page.text().await.unwrap();
    assert!(page.contains("Ranking of the bids"), "the comparison ranks the bids");
    let follow = format!("/bids/{decl}/follow-up");
    let page = officer.get(app.url(&follow)).send().await.unwrap().text().await.unwrap();
    let csrf = hidden_field(&page, "csrf").unwrap();
    // A deadline that is not in the future is refused, and nothing is sent.
    let bad = [
        ("csrf", csrf.as_str()),
        ("type", "request"),
        ("subject", "Tier 3"),
        ("body", "Name the spinning mill."),
        ("respond_by", &today().to_string()),
    ];
    let resp = officer.post(app.url(&follow)).form(&bad).send().await.unwrap();
    assert_eq!(resp.status(), 400);
    assert!(resp.text().await.unwrap().contains("Name the spinning mill."));
    let outbox_before = app.store.outbox(100).await.unwrap().len();
    let good = [
        ("csrf", csrf.as_str()),
        ("type", "request"),
        ("subject", "Tier 3"),
        ("body", "Name the spinning mill."),
        ("respond_by", &by.to_string()),
    ];
    assert_eq!(officer.post(app.url(&follow)).form(&good).send().await.unwrap().status(), 303);
    let note = [("csrf", csrf.as_str()), ("type", "note"), ("text", "Lowest forced-labour risk; awaiting tier 3.")];
    assert_eq!(officer.post(app.url(&follow)).form(&note).send().await.unwrap().status(), 303);
    let page = officer.get(app.url(&follow)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Name the spinning mill.") && page.contains("Lowest forced-labour risk; awaiting tier 3."));
    assert!(
        page.contains("Open the record of contract W8486-26-0105/001"),
        "the awarded contract's record is one click away"
    );
    let outbox = app.store.outbox(100).await.unwrap();
    assert_eq!(outbox.len(), outbox_before + 1, "the bidder is told of the request");
    assert!(outbox[0].subject.contains("Request for information"));

    // The supplier sees what awaits it: the open case with its notice, and the request.
    let items = app.store.open_items_for_supplier("842310575", today()).await.unwrap();
    assert_eq!(items.cases.len(), 1);
    assert_eq!(items.cases[0].notices[0].number, 1);
    assert_eq!(items.cases[0].notices[0].respond_by, by);
    assert_eq!(items.requests.len(), 1);
    assert!(!items.requests[0].answered && !items.requests[0].overdue);
    assert!(app.store.open_items_for_supplier("771203940", today()).await.unwrap().requests.is_empty());
    // It answers on the request's page, pointing to its declaration; a competitor cannot see the request.
    let rid = items.requests[0].request_id;
    let supplier = app.signed_in(Who::Supplier).await;
    let page = supplier.get(app.url(&format!("/requests/{rid}"))).send().await.unwrap().text().await.unwrap();
    let csrf = hidden_field(&page, "csrf").unwrap();
    let answer =
        [("csrf", csrf.as_str()), ("text", "Filature du Nord, Sherbrooke."), ("declaration_id", &decl.to_string())];
    assert_eq!(supplier.post(app.url(&format!("/requests/{rid}"))).form(&answer).send().await.unwrap().status(), 303);
    let other = app.signed_in(Who::OtherSupplier).await;
    assert_eq!(other.get(app.url(&format!("/requests/{rid}"))).send().await.unwrap().status(), 404);
    let items = app.store.open_items_for_supplier("842310575", today()).await.unwrap();
    assert!(items.requests[0].answered);
    let page = officer.get(app.url(&follow)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Filature du Nord, Sherbrooke."));
    // People are named by their accounts' names, never by e-mail: who sent, who answered, who wrote the note.
    assert!(page.contains("Sent by Officer on"), "the request names its sender");
    assert!(page.contains("Answered by Supplier,"), "the answer names the bidder's account");
    assert!(page.contains("Recorded by Officer,"), "the note names its author");
    assert!(!page.contains("officer@pspc.test") && !page.contains("supplier@cordages.test"), "no e-mail shown");
    let page = supplier.get(app.url(&format!("/requests/{rid}"))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Sent by Officer on") && !page.contains("officer@pspc.test"));
});

/// Posts a page's form with the page's anti-forgery token; answers the status.
async fn post_form(browser: &reqwest::Client, app: &TestApp, page: &str, action: &str, fields: &[(&str, &str)]) -> u16 {
    let html = browser.get(app.url(page)).send().await.unwrap().text().await.unwrap();
    let csrf = hidden_field(&html, "csrf").expect("the page carries its form token");
    let mut body = vec![("csrf", csrf.as_str())];
    body.extend_from_slice(fields);
    browser.post(app.url(action)).form(&body).send().await.unwrap().status().as_u16()
}

// An account whose language is unknown learns it from the first form it posts on a page that is accepted, the upload
// form too (a tester's supplier uploading in French kept none); a forged post, without the page's form token, or a
// refused one teaches nothing.
on_both_backends!(
    the_first_form_posted_gives_an_unknown_account_its_language_the_upload_form_too,
    |app: TestApp| async move {
        use chainon::domain::Lang;
        let supplier_id = app.account_id(Who::Supplier);
        let language = async || app.store.account_even_disabled(supplier_id).await.unwrap().unwrap().language;
        assert_eq!(language().await, None);
        let supplier = app.signed_in(Who::Supplier).await;
        let upload = |csrf: Option<String>| {
            let part =
                reqwest::multipart::Part::bytes(demo_file("cordages-nordiques-w8486.json")).file_name("cordages.json");
            let form = reqwest::multipart::Form::new();
            let form = match csrf {
                Some(c) => form.text("csrf", c),
                None => form,
            };
            supplier.post(app.url("/upload?lang=fr")).multipart(form.part("file", part)).send()
        };
        let forged = upload(None).await.unwrap();
        assert_eq!(forged.status(), 403);
        assert_eq!(language().await, None, "a forged post teaches nothing");
        let page = supplier.get(app.url("/upload?lang=fr")).send().await.unwrap().text().await.unwrap();
        let csrf = hidden_field(&page, "csrf").expect("the upload form carries its token");
        let part = reqwest::multipart::Part::bytes(b"{}".to_vec()).file_name("vide.json");
        let form = reqwest::multipart::Form::new().text("csrf", csrf).part("file", part);
        let refused = supplier.post(app.url("/upload?lang=fr")).multipart(form).send().await.unwrap();
        assert_eq!(refused.status(), 422);
        assert_eq!(language().await, None, "a refused form stores nothing");
        let page = supplier.get(app.url("/upload?lang=fr")).send().await.unwrap().text().await.unwrap();
        let csrf = hidden_field(&page, "csrf").expect("the upload form carries its token");
        let resp = upload(Some(csrf)).await.unwrap();
        assert!(resp.status().is_success() || resp.status().is_redirection(), "{}", resp.status());
        assert_eq!(language().await, Some(Lang::Fr));
        let audit = app.store.audit_entries(Some(&format!("account/{supplier_id}")), 50).await.unwrap();
        assert_eq!(audit.iter().filter(|e| e.action == "account.language_changed").count(), 1);
    }
);

// An officer turns screening alert e-mails off on their own page and back on, each change said on the page in its
// language and audited; a value other than on or off is refused naming it, changing nothing; a supplier's page offers
// no such choice and the address refuses it.
on_both_backends!(
    an_officer_turns_screening_alert_emails_off_and_on_on_their_account_page,
    |app: TestApp| async move {
        let officer_id = app.account_id(Who::Officer);
        let alerts = async || app.store.account_even_disabled(officer_id).await.unwrap().unwrap().screening_alerts;
        let officer = app.signed_in(Who::Officer).await;
        let page = officer.get(app.url("/account?lang=en")).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("Screening alerts by e-mail") && page.contains("Now: these e-mails are sent to you."));
        assert!(page.contains("Stop these e-mails"), "{page}");
        let post = async |lang: &str, value: &str| {
            let (page, action) = (format!("/account?lang={lang}"), format!("/account/screening-alerts?lang={lang}"));
            post_form(&officer, &app, &page, &action, &[("alerts", value)]).await
        };
        assert_eq!(post("en", "maybe").await, 400);
        assert!(alerts().await, "a refused value changes nothing");
        assert_eq!(post("fr", "off").await, 200);
        assert!(!alerts().await);
        let page = officer.get(app.url("/account?lang=fr")).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("Actuellement\u{a0}: ces courriels ne vous sont pas envoyés."), "{page}");
        assert!(page.contains("Recevoir ces courriels"), "{page}");
        assert_eq!(post("en", "on").await, 200);
        assert!(alerts().await);
        let audit = app.store.audit_entries(Some(&format!("account/{officer_id}")), 50).await.unwrap();
        assert_eq!(audit.iter().filter(|e| e.action == "account.screening_alerts_changed").count(), 2);
        let supplier = app.signed_in(Who::Supplier).await;
        let page = supplier.get(app.url("/account?lang=en")).send().await.unwrap().text().await.unwrap();
        assert!(!page.contains("Screening alerts by e-mail"), "{page}");
        let status =
            post_form(&supplier, &app, "/account?lang=en", "/account/screening-alerts?lang=en", &[("alerts", "on")])
                .await;
        assert_eq!(status, 403);
        // The same by the API, with a token: off, a body that is no `on`/`off` refused changing nothing, on again.
        let put = async |who: Who, body: serde_json::Value| {
            let resp =
                app.request(who, reqwest::Method::PUT, "/api/v1/me/screening-alerts").json(&body).send().await.unwrap();
            let status = resp.status().as_u16();
            (status, resp.json::<serde_json::Value>().await.unwrap_or_default())
        };
        let (status, body) = put(Who::Officer, json!({"on": false})).await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["account"]["screening_alerts"], json!(false), "{body}");
        assert!(!alerts().await);
        for refused in [json!({"on": "off"}), json!({}), json!({"on": false, "also": 1}), json!([true])] {
            let (status, body) = put(Who::Officer, refused.clone()).await;
            assert_eq!(status, 400, "{refused}: {body}");
            assert!(!alerts().await, "{refused}: changes nothing");
        }
        assert_eq!(put(Who::Officer, json!({"on": true})).await.0, 200);
        assert!(alerts().await);
        let audit = app.store.audit_entries(Some(&format!("account/{officer_id}")), 50).await.unwrap();
        assert_eq!(audit.iter().filter(|e| e.action == "account.screening_alerts_changed").count(), 4);
        // A text that spells a boolean is refused as the text it is, in both languages.
        let (status, body) = put(Who::Officer, json!({"on": "false"})).await;
        assert_eq!(status, 400, "{body}");
        let said = body.to_string();
        assert!(said.contains("holds the text “false”") && said.contains("le texte «\u{a0}false\u{a0}»"), "{said}");
        assert!(alerts().await, "changes nothing");
        for who in [Who::Supplier, Who::Administrator] {
            assert_eq!(put(who, json!({"on": false})).await.0, 403, "{who:?}");
            // They are sent no alerts, and their account says so.
            let me = app.request(who, reqwest::Method::GET, "/api/v1/me").send().await.unwrap();
            let me: serde_json::Value = me.json().await.unwrap();
            assert_eq!(me["account"]["screening_alerts"], json!(false), "{who:?}: {me}");
        }
        let me = app.request(Who::Auditor, reqwest::Method::GET, "/api/v1/me").send().await.unwrap();
        assert_eq!(me.json::<serde_json::Value>().await.unwrap()["account"]["screening_alerts"], json!(true));
    }
);

on_both_backends!(messages_follow_the_language_chosen_on_the_account_page, |app: TestApp| async move {
    use chainon::domain::Lang;
    let (_, _, case) = case_for_the_supplier(&app, "W8486-26-0106/001").await;
    let newest_lang = async || app.store.outbox(1).await.unwrap()[0].lang.clone();
    let notice = async || {
        let by = today() + Days::new(14);
        let body = json!({"type": "notice", "respond_by": by, "subject": "S", "body": "B"});
        let (status, event) = post_event(&app, Who::Auditor, case, body).await;
        assert_eq!(status, 201);
        event["id"].as_i64().unwrap()
    };
    // The supplier chooses French on its own account page.
    let supplier = app.signed_in(Who::Supplier).await;
    let page = supplier.get(app.url("/account?lang=en")).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Not chosen yet: messages come in English and French."), "{page}");
    let status =
        post_form(&supplier, &app, "/account?lang=en", "/account/language?lang=en", &[("language", "fr")]).await;
    assert_eq!(status, 200);
    let supplier_id = app.account_id(Who::Supplier);
    assert_eq!(app.store.account_even_disabled(supplier_id).await.unwrap().unwrap().language, Some(Lang::Fr));
    let first = notice().await;
    assert_eq!(newest_lang().await, "fr");
    // A language other than the two is refused, in the page's language.
    let status =
        post_form(&supplier, &app, "/account?lang=fr", "/account/language?lang=fr", &[("language", "de")]).await;
    assert_eq!(status, 400);
    // An administrator sets English on the account's page; a form the supplier posts in French does not undo it.
    let admin = app.signed_in(Who::Administrator).await;
    let account_page = format!("/accounts/{supplier_id}?lang=fr");
    let action = format!("/accounts/{supplier_id}/language?lang=fr");
    assert_eq!(post_form(&admin, &app, &account_page, &action, &[("language", "en")]).await, 200);
    let page = supplier.get(app.url(&format!("/cases/{case}?lang=fr"))).send().await.unwrap().text().await.unwrap();
    let csrf = hidden_field(&page, "csrf").unwrap();
    let form = [("csrf", csrf.as_str()), ("type", "response"), ("notice_seq", &first.to_string()), ("text", "Reçu.")];
    let resp = supplier.post(app.url(&format!("/cases/{case}?lang=fr"))).form(&form).send().await.unwrap();
    assert_eq!(resp.status(), 303);
    notice().await;
    assert_eq!(newest_lang().await, "en", "the chosen language holds");
    // Each change is in the audit log.
    let audit = app.store.audit_entries(Some(&format!("account/{supplier_id}")), 50).await.unwrap();
    assert_eq!(audit.iter().filter(|e| e.action == "account.language_changed").count(), 2);
    // An account an administrator creates on the French page writes to its holder in French.
    let fields = [("email", "nouveau@fournisseur.test"), ("display_name", "Nadia Roy"), ("role", "officer")];
    assert_eq!(post_form(&admin, &app, "/accounts?lang=fr", "/accounts?lang=fr", &fields).await, 201);
    let created = app.store.account_by_email("nouveau@fournisseur.test").await.unwrap().unwrap();
    assert_eq!(created.language, Some(Lang::Fr));
});
