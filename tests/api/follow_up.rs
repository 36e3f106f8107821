//! The JSON API of a bid's follow-up and of a case's files: requests for information (a bid's, a supplier's, one,
//! its answers), evaluation notes, and attachments listed with their SHA-256 and downloaded under the same rules as
//! the case page — each route with who may call it (401 signed out, 403 the wrong role, 404 what is not the caller's).

use chrono::Days;
use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{TestApp, Who, hidden_field};
use crate::on_both_backends;
use crate::workflow::{EVIDENCE, case_for_the_supplier, post_event, today, with_file};

async fn call(app: &TestApp, who: Who, method: Method, path: &str, body: Option<Value>) -> (u16, Value) {
    let mut req = app.request(who, method, path);
    if let Some(b) = body {
        req = req.json(&b);
    }
    let resp = req.send().await.unwrap();
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}

on_both_backends!(requests_for_information_and_notes_through_the_api, |app: TestApp| async move {
    let (bid, _, _) = case_for_the_supplier(&app, "W8486-26-0107/001").await;
    let by = (today() + Days::new(10)).to_string();
    let request = json!({"subject": "Tier 3", "body": "Name the spinning mill.", "respond_by": by});
    let note = json!({"text": "Lowest forced-labour risk; awaiting tier 3."});
    let requests = format!("/api/v1/bids/{bid}/requests");
    let notes = format!("/api/v1/bids/{bid}/notes");

    // Signed out: 401 everywhere, whatever the body.
    for (method, path) in [
        (Method::GET, requests.as_str()),
        (Method::POST, requests.as_str()),
        (Method::GET, "/api/v1/requests"),
        (Method::GET, "/api/v1/requests/1"),
        (Method::POST, "/api/v1/requests/1/answers"),
        (Method::GET, notes.as_str()),
        (Method::POST, notes.as_str()),
    ] {
        let (status, body) = call(&app, Who::Anonymous, method.clone(), path, Some(request.clone())).await;
        assert_eq!(status, 401, "{method} {path}: {body}");
    }

    // Only officers and administrators send requests; a deadline must come after today; the bid must exist.
    for who in [Who::Supplier, Who::Auditor] {
        assert_eq!(call(&app, who, Method::POST, &requests, Some(request.clone())).await.0, 403, "{who:?}");
    }
    let late = json!({"subject": "S", "body": "B", "respond_by": today()});
    let (status, body) = call(&app, Who::Officer, Method::POST, &requests, Some(late)).await;
    assert_eq!(status, 400);
    assert!(body["message_fr"].as_str().unwrap().starts_with("Répondre au plus tard le"), "{body}");
    let missing = "/api/v1/bids/999999/requests";
    assert_eq!(call(&app, Who::Officer, Method::POST, missing, Some(request.clone())).await.0, 404);
    let resp = app.request(Who::Officer, Method::POST, &requests).json(&request).send().await.unwrap();
    assert_eq!(resp.status(), 201);
    let location = resp.headers()["location"].to_str().unwrap().to_string();
    let sent: Value = resp.json().await.unwrap();
    let rid = sent["id"].as_i64().unwrap();
    assert_eq!(location, format!("/api/v1/requests/{rid}"));
    assert_eq!((sent["subject"].as_str(), sent["respond_by"].as_str()), (Some("Tier 3"), Some(by.as_str())));

    // The bid's requests: the portfolio roles and the bidder; a competitor does not learn the bid exists.
    for who in [Who::Officer, Who::Auditor, Who::Administrator, Who::Supplier] {
        let (status, body) = call(&app, who, Method::GET, &requests, None).await;
        assert_eq!((status, body["requests"].as_array().map(Vec::len)), (200, Some(1)), "{who:?}: {body}");
    }
    assert_eq!(call(&app, Who::OtherSupplier, Method::GET, &requests, None).await.0, 404);
    assert_eq!(call(&app, Who::Officer, Method::GET, "/api/v1/bids/999999/requests", None).await.0, 404);
    // A supplier's own requests; the portfolio roles list a bid's instead.
    let (status, mine) = call(&app, Who::Supplier, Method::GET, "/api/v1/requests", None).await;
    assert_eq!((status, mine["requests"][0]["id"].as_i64()), (200, Some(rid)));
    let (_, theirs) = call(&app, Who::OtherSupplier, Method::GET, "/api/v1/requests", None).await;
    assert_eq!(theirs["requests"].as_array().map(Vec::len), Some(0));
    assert_eq!(call(&app, Who::Officer, Method::GET, "/api/v1/requests", None).await.0, 403);
    // One request.
    let one = format!("/api/v1/requests/{rid}");
    assert_eq!(call(&app, Who::Supplier, Method::GET, &one, None).await.0, 200);
    assert_eq!(call(&app, Who::Auditor, Method::GET, &one, None).await.0, 200);
    assert_eq!(call(&app, Who::OtherSupplier, Method::GET, &one, None).await.0, 404);
    assert_eq!(call(&app, Who::Officer, Method::GET, "/api/v1/requests/999999", None).await.0, 404);

    // Only the bidder answers; pointing to a declaration that is not its own for the solicitation is refused.
    let answers = format!("/api/v1/requests/{rid}/answers");
    let answer = json!({"text": "Filature du Nord, Sherbrooke.", "declaration_id": bid});
    assert_eq!(call(&app, Who::Officer, Method::POST, &answers, Some(answer.clone())).await.0, 403);
    assert_eq!(call(&app, Who::OtherSupplier, Method::POST, &answers, Some(answer.clone())).await.0, 404);
    let foreign = json!({"text": "See this.", "declaration_id": 999999});
    assert_eq!(call(&app, Who::Supplier, Method::POST, &answers, Some(foreign)).await.0, 400);
    assert_eq!(
        call(&app, Who::Supplier, Method::POST, "/api/v1/requests/999999/answers", Some(answer.clone())).await.0,
        404
    );
    let (status, recorded) = call(&app, Who::Supplier, Method::POST, &answers, Some(answer)).await;
    assert_eq!((status, recorded["request_id"].as_i64()), (201, Some(rid)), "{recorded}");
    let (_, read) = call(&app, Who::Officer, Method::GET, &one, None).await;
    assert_eq!(read["answers"][0]["text"], "Filature du Nord, Sherbrooke.");
    assert_eq!(read["answers"][0]["declaration_id"].as_i64(), Some(bid));
    // People by name; e-mails to the portfolio roles, and to a supplier only its own organisation's.
    assert_eq!(
        (read["requested_by_name"].as_str(), read["requested_by"].as_str()),
        (Some("Officer"), Some("officer@pspc.test"))
    );
    assert_eq!(read["answers"][0]["answered_by_name"], "Supplier");
    for path in [one.clone(), "/api/v1/requests".to_string(), requests.clone()] {
        let (_, body) = call(&app, Who::Supplier, Method::GET, &path, None).await;
        let r = if body["requests"].is_array() { body["requests"][0].clone() } else { body.clone() };
        assert_eq!(r["requested_by_name"], "Officer", "{path}: {r}");
        assert!(r.get("requested_by").is_none(), "{path}: no officer's e-mail for the supplier: {r}");
        assert!(!r.to_string().contains("@pspc.test"), "{path}: {r}");
        assert_eq!(r["answers"][0]["answered_by"], "supplier@cordages.test", "its own: {r}");
    }

    // Evaluation notes: officers and administrators write them, the portfolio roles read them, suppliers neither.
    for who in [Who::Supplier, Who::Auditor] {
        assert_eq!(call(&app, who, Method::POST, &notes, Some(note.clone())).await.0, 403, "{who:?}");
    }
    assert_eq!(call(&app, Who::Supplier, Method::GET, &notes, None).await.0, 403);
    assert_eq!(call(&app, Who::Officer, Method::POST, &notes, Some(json!({"text": "  "}))).await.0, 400);
    assert_eq!(call(&app, Who::Officer, Method::POST, "/api/v1/bids/999999/notes", Some(note.clone())).await.0, 404);
    assert_eq!(call(&app, Who::Auditor, Method::GET, "/api/v1/bids/999999/notes", None).await.0, 404);
    assert_eq!(call(&app, Who::Officer, Method::POST, &notes, Some(note)).await.0, 201);
    let (status, listed) = call(&app, Who::Auditor, Method::GET, &notes, None).await;
    assert_eq!(status, 200);
    assert_eq!(listed["notes"][0]["text"], "Lowest forced-labour risk; awaiting tier 3.");
    assert_eq!(listed["notes"][0]["author"], "officer@pspc.test");
    assert_eq!(listed["notes"][0]["author_name"], "Officer");
});

on_both_backends!(case_files_through_the_api_follow_the_case_pages_rules, |app: TestApp| async move {
    let (_, _, case) = case_for_the_supplier(&app, "W8486-26-0108/001").await;
    let page = format!("/cases/{case}");
    // Evidence with a PDF (the auditor), a notice, and the supplier's response with a photo.
    let auditor = app.signed_in(Who::Auditor).await;
    let csrf = hidden_field(&auditor.get(app.url(&page)).send().await.unwrap().text().await.unwrap(), "csrf").unwrap();
    let pdf = b"%PDF-1.7\n% audit of mill 3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".to_vec();
    let resp = auditor.post(app.url(&page)).multipart(with_file(&csrf, &EVIDENCE, "audit.pdf", pdf.clone())).send();
    assert_eq!(resp.await.unwrap().status(), 303);
    let notice =
        json!({"type": "notice", "respond_by": today() + Days::new(12), "subject": "Allegation", "body": "Explain."});
    let (status, notice) = post_event(&app, Who::Auditor, case, notice).await;
    assert_eq!(status, 201);
    let supplier = app.signed_in(Who::Supplier).await;
    let csrf = hidden_field(&supplier.get(app.url(&page)).send().await.unwrap().text().await.unwrap(), "csrf").unwrap();
    let png = [&[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a][..], &[0; 32]].concat();
    let answer = [("type", "response"), ("notice_seq", &notice["id"].to_string()), ("text", "Photo attached.")];
    let resp = supplier.post(app.url(&page)).multipart(with_file(&csrf, &answer, "returned.png", png.clone())).send();
    assert_eq!(resp.await.unwrap().status(), 303);

    // The list: every file for the portfolio roles, with its hash; the supplier's own entries only for it.
    let list = format!("/api/v1/cases/{case}/attachments");
    let (status, all) = call(&app, Who::Auditor, Method::GET, &list, None).await;
    assert_eq!(status, 200);
    let all = all["attachments"].as_array().unwrap().clone();
    assert_eq!(all.len(), 2);
    let by_name = |n: &str| all.iter().find(|a| a["file_name"] == n).unwrap().clone();
    let (report, photo) = (by_name("audit.pdf"), by_name("returned.png"));
    let sha = {
        use sha2::Digest;
        hex::encode(sha2::Sha256::digest(&pdf))
    };
    assert_eq!(report["sha256"], sha.as_str());
    let (_, theirs) = call(&app, Who::Supplier, Method::GET, &list, None).await;
    let names: Vec<&str> =
        theirs["attachments"].as_array().unwrap().iter().map(|a| a["file_name"].as_str().unwrap()).collect();
    assert_eq!(names, ["returned.png"], "never the evidence's files");
    assert_eq!(call(&app, Who::OtherSupplier, Method::GET, &list, None).await.0, 404);
    assert_eq!(call(&app, Who::Anonymous, Method::GET, &list, None).await.0, 401);
    assert_eq!(call(&app, Who::Auditor, Method::GET, "/api/v1/cases/999999/attachments", None).await.0, 404);

    // The download: byte for byte with its hash, under the same rules.
    let file = |a: &Value| format!("/api/v1/cases/{case}/attachments/{}", a["id"]);
    let resp = app.request(Who::Officer, Method::GET, &file(&report)).send().await.unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.headers()["content-type"], "application/pdf");
    assert_eq!(resp.headers()["x-content-sha256"].to_str().unwrap(), sha);
    assert_eq!(resp.bytes().await.unwrap().to_vec(), pdf);
    let app = &app;
    let status =
        |who: Who, path: String| async move { app.request(who, Method::GET, &path).send().await.unwrap().status() };
    assert_eq!(status(Who::Supplier, file(&report)).await, 404, "the evidence's file is not the supplier's to read");
    assert_eq!(status(Who::Supplier, file(&photo)).await, 200);
    assert_eq!(status(Who::OtherSupplier, file(&photo)).await, 404);
    assert_eq!(status(Who::Anonymous, file(&photo)).await, 401);
    let (_, _, second) = case_for_the_supplier(app, "W8486-26-0109/001").await;
    let elsewhere = format!("/api/v1/cases/{second}/attachments/{}", photo["id"]);
    assert_eq!(status(Who::Auditor, elsewhere).await, 404, "a file is served under its own case only");
});

on_both_backends!(a_bids_follow_up_survives_its_replacement_declarations, |app: TestApp| async move {
    let (first, _, _) = case_for_the_supplier(&app, "W8486-26-0110/001").await;
    let by = (today() + Days::new(10)).to_string();
    let request = json!({"subject": "Tier 3", "body": "Name the spinning mill.", "respond_by": by});
    let (status, sent) =
        call(&app, Who::Officer, Method::POST, &format!("/api/v1/bids/{first}/requests"), Some(request.clone())).await;
    assert_eq!(status, 201, "{sent}");
    let rid = sent["id"].as_i64().unwrap();
    let note = json!({"text": "Awaiting tier 3."});
    assert_eq!(
        call(&app, Who::Officer, Method::POST, &format!("/api/v1/bids/{first}/notes"), Some(note.clone())).await.0,
        201
    );

    // The bidder answers with a new declaration, twice (the same file with another byte: a replacement).
    let mut bytes = crate::helpers::demo_file("cordages-nordiques-w8486.json");
    bytes.push(b'\n');
    let second =
        app.upload_as(Who::Supplier, "cordages.json", bytes.clone()).await.json::<Value>().await.unwrap()["id"]
            .as_i64()
            .unwrap();
    bytes.push(b'\n');
    let third = app.upload_as(Who::Supplier, "cordages.json", bytes).await.json::<Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap();
    assert!(first < second && second < third);
    let answer = json!({"text": "See the corrected declaration.", "declaration_id": second});
    assert_eq!(
        call(&app, Who::Supplier, Method::POST, &format!("/api/v1/requests/{rid}/answers"), Some(answer)).await.0,
        201
    );

    // Every declaration of the chain lists the bid's requests and notes, each naming the declaration it was made on.
    for id in [first, second, third] {
        let (status, listed) =
            call(&app, Who::Officer, Method::GET, &format!("/api/v1/bids/{id}/requests"), None).await;
        assert_eq!(status, 200);
        assert_eq!(listed["requests"].as_array().map(Vec::len), Some(1), "bid {id}: {listed}");
        assert_eq!(listed["requests"][0]["declaration_id"].as_i64(), Some(first));
        assert_eq!(
            listed["requests"][0]["answers"][0]["declaration_id"].as_i64(),
            Some(second),
            "the answer names its declaration"
        );
        let (_, notes) = call(&app, Who::Auditor, Method::GET, &format!("/api/v1/bids/{id}/notes"), None).await;
        assert_eq!(notes["notes"].as_array().map(Vec::len), Some(1), "bid {id}: {notes}");
        assert_eq!(notes["notes"][0]["declaration_id"].as_i64(), Some(first));
    }
    let (_, mine) = call(&app, Who::Supplier, Method::GET, &format!("/api/v1/bids/{third}/requests"), None).await;
    assert_eq!(mine["requests"].as_array().map(Vec::len), Some(1), "the bidder sees them on its current declaration");

    // A replaced declaration takes no new request or note: 409, naming the current one; nothing recorded.
    for id in [first, second] {
        for (path, body) in [("requests", request.clone()), ("notes", note.clone())] {
            let (status, refused) =
                call(&app, Who::Officer, Method::POST, &format!("/api/v1/bids/{id}/{path}"), Some(body)).await;
            assert_eq!((status, refused["error"].as_str()), (409, Some("superseded")), "{id} {path}: {refused}");
            assert!(refused["message"].as_str().unwrap().contains(&format!("/bids/{third}/follow-up")), "{refused}");
            assert!(refused["message_fr"].as_str().unwrap().contains(&format!("déclaration {third}")), "{refused}");
        }
    }
    let (_, listed) = call(&app, Who::Officer, Method::GET, &format!("/api/v1/bids/{third}/requests"), None).await;
    assert_eq!(listed["requests"].as_array().map(Vec::len), Some(1));
    let (status, _) = call(&app, Who::Officer, Method::POST, &format!("/api/v1/bids/{third}/notes"), Some(note)).await;
    assert_eq!(status, 201, "the current declaration takes them");

    // The pages: the current one shows the follow-up, each item with its declaration; a replaced one says so.
    let officer = app.signed_in(Who::Officer).await;
    let page =
        officer.get(app.url(&format!("/bids/{third}/follow-up?lang=en"))).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Name the spinning mill.") && page.contains("Awaiting tier 3."), "{page}");
    assert!(page.contains(&format!("Made on declaration #{first}")), "each item names its declaration");
    assert!(!page.contains("No request has been sent") && !page.contains("id=\"replaced\""));
    let old =
        officer.get(app.url(&format!("/bids/{first}/follow-up?lang=fr"))).send().await.unwrap().text().await.unwrap();
    assert!(old.contains("Cette déclaration a été remplacée"), "{old}");
    assert!(old.contains(&format!("href=\"/bids/{third}/follow-up?lang=fr\"")), "links to the current one");
    assert!(old.contains("Name the spinning mill."));
    assert!(!old.contains("name=\"type\" value=\"note\""), "no form to write on a replaced declaration");
    // A form posted to a replaced declaration all the same is refused, naming the current one.
    let csrf = hidden_field(&page, "csrf").unwrap();
    let form = [("csrf", csrf.as_str()), ("type", "note"), ("text", "Late note.")];
    let resp = officer.post(app.url(&format!("/bids/{second}/follow-up?lang=en"))).form(&form).send().await.unwrap();
    assert_eq!(resp.status(), 409);
    assert!(resp.text().await.unwrap().contains(&format!("/bids/{third}/follow-up")));
});

on_both_backends!(a_request_deadline_and_a_note_have_limits, |app: TestApp| async move {
    let (bid, _, _) = case_for_the_supplier(&app, "W8486-26-0111/001").await;
    let requests = format!("/api/v1/bids/{bid}/requests");
    for respond_by in
        ["9999-12-31".to_string(), (today() + Days::new(400)).to_string(), (today() - Days::new(1)).to_string()]
    {
        let body = json!({"subject": "S", "body": "B", "respond_by": respond_by});
        let (status, refused) = call(&app, Who::Officer, Method::POST, &requests, Some(body)).await;
        assert_eq!(status, 400, "{respond_by}: {refused}");
        assert!(refused["message"].as_str().unwrap().starts_with(&format!("Respond by {respond_by}")), "{refused}");
        let fr = refused["message_fr"].as_str().unwrap();
        assert!(fr.starts_with(&format!("Répondre au plus tard le {respond_by}")), "{refused}");
    }
    let body = json!({"subject": "S", "body": "B", "respond_by": today() + Days::new(300)});
    assert_eq!(call(&app, Who::Officer, Method::POST, &requests, Some(body)).await.0, 201, "within a year");
    let notes = format!("/api/v1/bids/{bid}/notes");
    let (status, refused) =
        call(&app, Who::Officer, Method::POST, &notes, Some(json!({"text": "é".repeat(10_001)}))).await;
    assert_eq!(status, 400);
    assert!(
        refused["message"].as_str().unwrap().starts_with("Note for the file:")
            && refused["message_fr"].as_str().unwrap().starts_with("Note au dossier"),
        "{refused}"
    );
    assert_eq!(call(&app, Who::Officer, Method::POST, &notes, Some(json!({"text": "é".repeat(10_000)}))).await.0, 201);
});

on_both_backends!(
    a_standing_declaration_has_no_bid_to_follow_up_on_the_page_as_in_the_api,
    |app: TestApp| async move {
        let standing = app.upload("standing.json", crate::helpers::demo_file("arctic-furniture-standing.json")).await;
        let id = standing.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
        let (status, api) = call(&app, Who::Officer, Method::GET, &format!("/api/v1/bids/{id}/requests"), None).await;
        assert_eq!(status, 400, "{api}");
        let officer = app.signed_in(Who::Officer).await;
        for (lang, says) in [("en", "there is no bid to follow up"), ("fr", "pas de soumission à suivre")] {
            let resp = officer.get(app.url(&format!("/bids/{id}/follow-up?lang={lang}"))).send().await.unwrap();
            assert_eq!(resp.status(), 400);
            let page = resp.text().await.unwrap();
            assert!(page.contains(says), "{lang}: {page}");
            assert!(!page.contains("› ›") && !page.contains("()</h1>"), "no empty breadcrumb or title");
        }
    }
);

on_both_backends!(a_supplier_sees_its_requests_on_its_home_and_on_its_requests_page, |app: TestApp| async move {
    let (bid, _, _) = case_for_the_supplier(&app, "W8486-26-0112/001").await;
    let requests = format!("/api/v1/bids/{bid}/requests");
    let mut ids = Vec::new();
    for (subject, days) in [("Answered already", 5), ("Tier 3 mill", 20), ("Sisal estate", 8)] {
        let body = json!({"subject": subject, "body": "Please say.", "respond_by": today() + Days::new(days)});
        let (status, sent) = call(&app, Who::Officer, Method::POST, &requests, Some(body)).await;
        assert_eq!(status, 201, "{sent}");
        ids.push(sent["id"].as_i64().unwrap());
    }
    let answer = json!({"text": "Done."});
    assert_eq!(
        call(&app, Who::Supplier, Method::POST, &format!("/api/v1/requests/{}/answers", ids[0]), Some(answer)).await.0,
        201
    );

    let supplier = app.signed_in(Who::Supplier).await;
    let home = supplier.get(app.url("/?lang=en")).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("Requests for information awaiting your answer"), "{home}");
    let (sisal, tier3) = (home.find("Sisal estate").unwrap(), home.find("Tier 3 mill").unwrap());
    assert!(sisal < tier3, "the nearest deadline first");
    assert!(home.contains(&format!("href=\"/requests/{}?lang=en\"", ids[1])), "each links to its request");
    assert!(!home.contains("Answered already"), "the home shows the open ones only");
    assert!(home.contains("href=\"/requests?lang=en\""), "the navigation and the home link to the list");

    let resp = supplier.get(app.url("/requests?lang=fr")).send().await.unwrap();
    assert_eq!(resp.status(), 200);
    let page = resp.text().await.unwrap();
    assert!(page.contains("<h1>Demandes de renseignements</h1>"), "{page}");
    let (sisal, tier3, done) =
        (page.find("Sisal estate").unwrap(), page.find("Tier 3 mill").unwrap(), page.find("Answered already").unwrap());
    assert!(sisal < tier3 && tier3 < done, "open ones first, then the answered");
    assert!(page.contains("Réponse attendue") && page.contains("Répondu"));
    assert!(page.contains(&(today() + Days::new(8)).to_string()), "the deadline");

    let other = app.signed_in(Who::OtherSupplier).await;
    let theirs = other.get(app.url("/requests?lang=en")).send().await.unwrap().text().await.unwrap();
    assert!(!theirs.contains("Sisal estate") && theirs.contains("No request for information was sent."));
    let officer = app.signed_in(Who::Officer).await;
    assert_eq!(
        officer.get(app.url("/requests")).send().await.unwrap().status(),
        403,
        "officers follow a bid's requests on its page"
    );
});
