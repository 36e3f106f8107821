//! The administrators' pages as people use them (accounts created, disabled, re-enabled, given another role, a
//! password reset from the code to the new sign-in, tokens revoked, the audit log read), the supplier's receipt and
//! a file sent twice, the supplier's standing on its home page and its breadcrumbs, and cases naming people.

use reqwest::Method;
use serde_json::Value;

use crate::helpers::{Backend, TestApp, Who, demo_file, demo_files, hidden_field, login_csrf, plain_spaces, spawn_app};

async fn html(browser: &reqwest::Client, app: &TestApp, path: &str) -> (u16, String) {
    let resp = browser.get(app.url(path)).send().await.unwrap();
    (resp.status().as_u16(), resp.text().await.unwrap())
}

/// Posts a form with the token of `page`; returns the status, the redirect and the body.
async fn post(
    browser: &reqwest::Client,
    app: &TestApp,
    page: &str,
    action: &str,
    fields: &[(&str, &str)],
) -> (u16, Option<String>, String) {
    let (_, form_page) = html(browser, app, page).await;
    let csrf = hidden_field(&form_page, "csrf").expect("the page carries its form token");
    let mut body = vec![("csrf", csrf.as_str())];
    body.extend_from_slice(fields);
    let resp = browser
        .post(app.url(action))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(serde_urlencoded::to_string(&body).unwrap())
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    let location = resp.headers().get("location").map(|l| l.to_str().unwrap().to_string());
    (status, location, resp.text().await.unwrap())
}

/// The one-time code a page shows.
fn issued_code(page: &str) -> String {
    let start = page.find("<code id=\"issued-code\">").expect("the page shows a code") + 23;
    page[start..start + page[start..].find('<').unwrap()].to_string()
}

async fn audit_len(app: &TestApp) -> u64 {
    app.store.verify_audit().await.unwrap().entries
}

/// Signs in through the form; the status of the answer (303 when it worked).
async fn sign_in(app: &TestApp, email: &str, password: &str) -> (reqwest::Client, u16) {
    let browser = app.browser();
    let csrf = login_csrf(&browser, &app.url("/login")).await;
    let resp = browser
        .post(app.url("/login"))
        .form(&[("email", email), ("password", password), ("csrf", &csrf), ("next", "/")])
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    (browser, status)
}

async fn reset(app: &TestApp, code: &str, password: &str, repeat: &str) -> (u16, String) {
    let anonymous = app.browser();
    let (status, _, page) = post(
        &anonymous,
        app,
        "/password-reset?lang=fr",
        "/password-reset?lang=fr",
        &[("code", code), ("password", password), ("repeat", repeat)],
    )
    .await;
    (status, page)
}

crate::on_both_backends!(
    an_administrator_creates_an_account_whose_person_sets_a_password_with_the_code_shown_once,
    |app: TestApp| create_and_first_password(app)
);

async fn create_and_first_password(app: TestApp) {
    let admin = app.signed_in(Who::Administrator).await;
    let (status, page) = html(&admin, &app, "/accounts?lang=fr").await;
    assert_eq!(status, 200);
    assert!(page.contains("href=\"/accounts?lang=fr\"") && page.contains("href=\"/audit?lang=fr\""), "nav links");
    assert!(page.contains("supplier@cordages.test"), "every account is listed");

    // Refused: every problem at once, in French, what was typed kept, nothing stored nor audited.
    let (accounts, audited) = (app.store.list_accounts().await.unwrap().len(), audit_len(&app).await);
    let typed =
        [("display_name", ""), ("email", "isabelle.cote"), ("role", "supplier"), ("business_number", "842310576")];
    let (status, _, page) = post(&admin, &app, "/accounts?lang=fr", "/accounts?lang=fr", &typed).await;
    assert_eq!(status, 400, "{page}");
    let page = plain_spaces(&page);
    assert!(page.contains("nom : saisir le nom de la personne"), "{page}");
    assert!(page.contains("courriel : saisir une adresse"), "{page}");
    assert!(page.contains("842310576"), "the typed business number is kept and named: {page}");
    assert!(page.contains("value=\"isabelle.cote\""), "what was typed is kept");
    assert_eq!(app.store.list_accounts().await.unwrap().len(), accounts);
    assert_eq!(audit_len(&app).await, audited);
    // An officer with a business number, or a supplier without one, is refused too.
    let officer_bn =
        [("display_name", "X"), ("email", "x@pspc.test"), ("role", "officer"), ("business_number", "842310575")];
    assert_eq!(post(&admin, &app, "/accounts", "/accounts", &officer_bn).await.0, 400);
    let supplier_none =
        [("display_name", "X"), ("email", "x@pspc.test"), ("role", "supplier"), ("business_number", "")];
    assert_eq!(post(&admin, &app, "/accounts", "/accounts", &supplier_none).await.0, 400);
    // An e-mail in use, whatever its case.
    let taken = [("display_name", "X"), ("email", "Officer@PSPC.test"), ("role", "officer"), ("business_number", "")];
    // A clash with an account, answered 409 naming that account, in both languages; nothing stored nor audited.
    let holder = app.store.account_by_email("officer@pspc.test").await.unwrap().unwrap();
    let (status, _, page) = post(&admin, &app, "/accounts", "/accounts", &taken).await;
    assert_eq!(status, 409, "{page}");
    let named = format!(
        "officer@pspc.test is already the address of the account of {} (account #{})",
        holder.display_name, holder.id
    );
    assert!(page.contains(&named), "{page}");
    assert!(page.contains("value=\"Officer@PSPC.test\""), "what was typed is kept");
    let (status, _, page) = post(&admin, &app, "/accounts?lang=fr", "/accounts?lang=fr", &taken).await;
    assert_eq!(status, 409, "{page}");
    let named = format!(
        // A name after « du compte » unelided, whatever its first letter: the name stands in quotation marks.
        "officer@pspc.test est déjà l&#x27;adresse du compte « {} » (nº {})",
        holder.display_name, holder.id
    );
    assert!(plain_spaces(&page).contains(&named), "{page}");
    assert_eq!(app.store.list_accounts().await.unwrap().len(), accounts);
    assert_eq!(audit_len(&app).await, audited);

    // Created: the business number normalised, a first code shown once.
    let good = [
        ("display_name", "Isabelle Côté"),
        ("email", "Isabelle.Cote@cordages.test"),
        ("role", "supplier"),
        ("business_number", "842 310 575 RT0001"),
    ];
    let (status, _, page) = post(&admin, &app, "/accounts", "/accounts", &good).await;
    assert_eq!(status, 201, "{page}");
    let code = issued_code(&page);
    assert!(code.starts_with("chn_") && code.len() == 68, "{code}");
    let account = app.store.account_by_email("isabelle.cote@cordages.test").await.unwrap().unwrap();
    assert_eq!(
        (account.display_name.as_str(), account.business_number.as_deref()),
        ("Isabelle Côté", Some("842310575"))
    );
    let (_, list) = html(&admin, &app, "/accounts").await;
    assert!(list.contains("Isabelle Côté") && !list.contains(&code), "the code is not shown again");
    let log = app.store.audit_entries(Some(&format!("account/{}", account.id)), 10).await.unwrap();
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(actions, ["account.password_reset_started", "account.created"]);
    assert!(log.iter().all(|e| e.actor == "admin@pspc.test" && !e.payload.to_string().contains(&code)));
    // No password works before the code is used.
    assert_eq!(sign_in(&app, "isabelle.cote@cordages.test", "").await.1, 401);

    // The person's page: refused forms change nothing and keep the code usable.
    let (status, page) = reset(&app, &code, "a long enough phrase", "a different phrase").await;
    assert_eq!(status, 400);
    assert!(page.contains("les deux mots de passe diffèrent"), "{page}");
    let (status, page) = reset(&app, &code, "short", "short").await;
    assert_eq!(status, 400);
    assert!(page.contains("au moins 12 caractères"), "{page}");
    let (status, page) = reset(&app, "chn_0000", "a long enough phrase", "a long enough phrase").await;
    assert_eq!(status, 400);
    assert!(page.contains("ce code est inconnu, déjà utilisé ou expiré"), "{page}");
    // Without the form's token: refused, nothing changed.
    let anonymous = app.browser();
    let resp = anonymous
        .post(app.url("/password-reset"))
        .form(&[("code", code.as_str()), ("password", "a long enough phrase"), ("repeat", "a long enough phrase")])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 403);
    // The code works once.
    let (status, page) = reset(&app, &code, "sisal rope from Tanga", "sisal rope from Tanga").await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Votre mot de passe est enregistré"), "{page}");
    assert_eq!(sign_in(&app, "isabelle.cote@cordages.test", "sisal rope from Tanga").await.1, 303);
    let (status, _) = reset(&app, &code, "another long phrase", "another long phrase").await;
    assert_eq!(status, 400, "a used code is refused");
    assert_eq!(sign_in(&app, "isabelle.cote@cordages.test", "another long phrase").await.1, 401);
    assert!(app.store.verify_audit().await.unwrap().is_intact());
}

crate::on_both_backends!(
    an_administrator_disables_enables_changes_roles_resets_and_revokes_through_the_pages,
    |app: TestApp| manage_one_account(app)
);

async fn manage_one_account(app: TestApp) {
    let admin = app.signed_in(Who::Administrator).await;
    let officer_id = app.account_id(Who::Officer);
    let page_path = format!("/accounts/{officer_id}?lang=fr");
    let action = |what: &str| format!("/accounts/{officer_id}/{what}?lang=fr");

    // Disabling ends the officer's session and refuses its token; re-enabling lets the token work again.
    let officer_browser = app.signed_in(Who::Officer).await;
    let (status, _, page) = post(&admin, &app, &page_path, &action("disable"), &[]).await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Le compte est désactivé"), "{page}");
    let resp = officer_browser.get(app.url("/")).send().await.unwrap();
    assert_eq!(resp.status(), 303, "the officer's session ended");
    assert_eq!(app.get_as(Who::Officer, "/api/v1/me").await.status(), 401);
    let (status, _, page) = post(&admin, &app, &page_path, &action("enable"), &[]).await;
    assert_eq!(status, 200);
    assert!(page.contains("Le compte est réactivé"), "{page}");
    assert_eq!(app.get_as(Who::Officer, "/api/v1/me").await.status(), 200);

    // A role that does not go with the business number: refused with what was typed, nothing changed.
    let audited = audit_len(&app).await;
    let (status, _, page) =
        post(&admin, &app, &page_path, &action("role"), &[("role", "supplier"), ("business_number", "123")]).await;
    assert_eq!(status, 400);
    assert!(page.contains("value=\"123\""), "{page}");
    assert_eq!(audit_len(&app).await, audited);
    let (status, _, _) =
        post(&admin, &app, &page_path, &action("role"), &[("role", "auditor"), ("business_number", "")]).await;
    assert_eq!(status, 200);
    let me: Value = app.get_as(Who::Officer, "/api/v1/me").await.json().await.unwrap();
    assert_eq!(me["account"]["role"], "auditor", "{me}");

    // A reset: each new code withdraws the one before.
    let (_, _, page) = post(&admin, &app, &page_path, &action("password-reset"), &[]).await;
    let first = issued_code(&page);
    let (_, _, page) = post(&admin, &app, &page_path, &action("password-reset"), &[]).await;
    let second = issued_code(&page);
    assert_ne!(first, second);
    assert_eq!(reset(&app, &first, "a new officer phrase", "a new officer phrase").await.0, 400);
    assert_eq!(reset(&app, &second, "a new officer phrase", "a new officer phrase").await.0, 200);
    assert_eq!(sign_in(&app, "officer@pspc.test", "a new officer phrase").await.1, 303);

    // Tokens: listed by name, revoked with the form, refused from then on.
    let (_, page) = html(&admin, &app, &page_path).await;
    assert!(page.contains("tests"), "the token is listed by its name");
    let token_id = app.store.api_tokens(officer_id).await.unwrap()[0].id;
    let (status, _, page) =
        post(&admin, &app, &page_path, &format!("/accounts/{officer_id}/tokens/{token_id}/revoke"), &[]).await;
    assert_eq!(status, 200);
    assert!(page.contains("Revoked") || page.contains("Révoqué"), "{page}");
    assert_eq!(app.get_as(Who::Officer, "/api/v1/me").await.status(), 401);

    // Every change is in the log, by the administrator.
    let log = app.store.audit_entries(Some(&format!("account/{officer_id}")), 20).await.unwrap();
    let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
    for expected in [
        "account.disabled",
        "account.enabled",
        "account.role_changed",
        "account.password_reset_started",
        "account.password_reset",
        "token.revoked",
    ] {
        assert!(actions.contains(&expected), "{expected} in {actions:?}");
    }

    // Not on one's own account; not without the form's token; not for an account that does not exist.
    let own = app.account_id(Who::Administrator);
    let (status, _, page) =
        post(&admin, &app, &format!("/accounts/{own}"), &format!("/accounts/{own}/disable"), &[]).await;
    assert_eq!(status, 400, "{page}");
    assert!(page.contains("cannot disable their own account"), "{page}");
    let audited = audit_len(&app).await;
    let resp = admin
        .post(app.url(&action("disable")))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("csrf=wrong")
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 403);
    assert_eq!(audit_len(&app).await, audited);
    assert!(!app.store.account_even_disabled(officer_id).await.unwrap().unwrap().disabled);
    assert_eq!(html(&admin, &app, "/accounts/999999").await.0, 404);

    // The audit log page: the chain verified, its head hash, people by name.
    let (status, page) = html(&admin, &app, "/audit?lang=en").await;
    assert_eq!(status, 200);
    let report = app.store.verify_audit().await.unwrap();
    assert!(page.contains("verifies") && page.contains(&report.head_hash), "{page}");
    assert!(page.contains("Administrator<br>"), "the actor by name: {page}");
    let (_, page) = html(&admin, &app, &format!("/audit?subject=account%2F{officer_id}")).await;
    let supplier = app.account_id(Who::Supplier);
    assert!(page.contains("account.role_changed") && !page.contains(&format!(">account/{supplier}<")), "{page}");
}

crate::on_both_backends!(the_supplier_gets_a_receipt_and_a_file_sent_twice_gives_its_first_receipt, |app: TestApp| {
    receipts(app)
});

async fn receipts(app: TestApp) {
    let original = demo_file("cordages-nordiques-w8486.json");
    assert_eq!(app.upload_as(Who::Supplier, "cordages.json", original.clone()).await.status(), 201);
    let first = app.store.list_declarations(&Default::default()).await.unwrap()[0].clone();
    let mut v: Value = serde_json::from_slice(&original).unwrap();
    v["supplier"]["declaration_date"] = "2026-11-20".into();
    let newer = serde_json::to_vec_pretty(&v).unwrap();

    let supplier = app.signed_in(Who::Supplier).await;
    let send = async |bytes: Vec<u8>| {
        let (_, form) = html(&supplier, &app, "/upload?lang=en").await;
        let csrf = hidden_field(&form, "csrf").unwrap();
        let body = reqwest::multipart::Form::new()
            .text("csrf", csrf)
            .part("file", reqwest::multipart::Part::bytes(bytes).file_name("cordages-new.json"));
        let resp = supplier.post(app.url("/upload?lang=en")).multipart(body).send().await.unwrap();
        let status = resp.status().as_u16();
        let location = resp.headers().get("location").map(|l| l.to_str().unwrap().to_string());
        (status, location, resp.text().await.unwrap())
    };
    let (status, location, _) = send(newer.clone()).await;
    assert_eq!(status, 303);
    let location = location.unwrap();
    assert!(location.starts_with("/declarations/") && location.contains("/receipt?lang=en"), "{location}");
    let (status, receipt) = html(&supplier, &app, &location).await;
    assert_eq!(status, 200);
    let second = app.store.list_declarations(&Default::default()).await.unwrap()[0].clone();
    let year = second.received_at.format("%Y");
    let reference = format!("CHN-{year}-{:06}", second.id);
    let first_ref = format!("CHN-{}-{:06}", first.received_at.format("%Y"), first.id);
    assert!(receipt.contains(&reference), "{receipt}");
    // When it was received, in words of the receipt's language (`November 30, 2026, 4:14 p.m. UTC`).
    let cat = chainon::reports::Catalog::embedded().unwrap();
    let received = chainon::reports::dates::date_time(&cat, chainon::domain::Lang::En, second.received_at);
    assert!(received.ends_with(" UTC") && receipt.contains(&received), "{received}\n{receipt}");
    assert!(
        receipt.contains(&format!("It replaces your declaration of October 14, 2026, reference {first_ref}.")),
        "{receipt}"
    );
    assert!(receipt.contains(&second.sha256));

    // The newer file again: its first receipt, nothing stored.
    let count = app.count().await;
    let (status, _, page) = send(newer).await;
    assert_eq!(status, 200);
    assert!(page.contains("You had already sent this file") && page.contains(&reference), "{page}");
    assert_eq!(app.count().await, count);
    // The older file again: its receipt says it is no longer the one in force.
    let (status, _, page) = send(original.clone()).await;
    assert_eq!(status, 200);
    assert!(
        page.contains(&first_ref)
            && page.contains("It has since been replaced by your declaration of November 20, 2026")
    );
    assert_eq!(app.count().await, count);
    // The API: 200, duplicate, the original's id and reference.
    let resp = app.upload_as(Who::Supplier, "again.json", original).await;
    assert_eq!(resp.status(), 200);
    let body: Value = resp.json().await.unwrap();
    assert_eq!((body["duplicate"].as_bool(), body["id"].as_i64()), (Some(true), Some(first.id)));
    assert_eq!(body["reference"], first_ref.as_str());
    // The declarations API gives the same reference, in the list and for the declaration itself.
    let list: Value =
        app.get_as(Who::Supplier, "/api/v1/declarations?include_superseded=true").await.json().await.unwrap();
    let listed = list["declarations"].as_array().unwrap().iter().find(|d| d["id"] == first.id).unwrap().clone();
    assert_eq!(listed["reference"], first_ref.as_str(), "{listed}");
    let one: Value =
        app.get_as(Who::Supplier, &format!("/api/v1/declarations/{}", first.id)).await.json().await.unwrap();
    assert_eq!(one["summary"]["reference"], first_ref.as_str(), "{one}");
    assert_eq!(one["summary"]["id"], first.id, "the summary's own fields stay in place");

    // Another supplier's receipt does not show that it exists.
    assert_eq!(app.get_as(Who::OtherSupplier, &format!("/declarations/{}/receipt", second.id)).await.status(), 404);
}

#[tokio::test]
async fn the_suppliers_home_shows_its_open_cases_and_notices_and_its_breadcrumbs_lead_nowhere_forbidden() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    for name in demo_files() {
        assert!(app.upload(&name, demo_file(&name)).await.status().is_success());
    }
    let loaded = chainon::startup::load_demo_cases(&app.store).await.unwrap();
    assert_eq!((loaded.contracts, loaded.cases), (2, 1));
    let supplier = app.signed_in(Who::Supplier).await;
    let (status, home) = html(&supplier, &app, "/?lang=en").await;
    assert_eq!(status, 200);
    assert!(home.contains("Allegation of debt bondage at your sisal supplier") && home.contains("Answered"), "{home}");
    assert!(home.contains("Audit report and corrective action plan") && home.contains("Response due"), "{home}");
    assert!(home.contains("Sisal estate in Tanzania"), "the open case");
    let (_, other) = html(&app.signed_in(Who::OtherSupplier).await, &app, "/?lang=en").await;
    assert!(!other.contains("Sisal estate") && other.contains("No notice was sent"), "only its own");

    // Every link of the pages a supplier reaches from home answers, none with "Not allowed".
    let mut seen = std::collections::BTreeSet::new();
    let mut queue = vec!["/?lang=en".to_string()];
    while let Some(path) = queue.pop() {
        if !seen.insert(path.clone()) || seen.len() > 40 {
            continue;
        }
        let (status, page) = html(&supplier, &app, &path).await;
        assert!(status == 200 || path.contains("/report"), "{path}: {status}");
        for piece in page.split("href=\"").skip(1) {
            let link = piece[..piece.find('"').unwrap()].replace("&amp;", "&");
            let internal = link.starts_with('/') && !link.starts_with("/static") && !link.starts_with("/api/");
            if internal && !link.starts_with("/template") && !link.contains('#') {
                queue.push(link);
            }
        }
    }
    assert!(seen.iter().any(|p| p.starts_with("/cases/")) && seen.iter().any(|p| p.starts_with("/declarations/")));
    assert!(!seen.iter().any(|p| p.starts_with("/solicitations/")), "{seen:?}");
}

#[tokio::test]
async fn cases_name_people_by_name_not_by_e_mail() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let contract = app
        .create(
            Who::Officer,
            "/api/v1/contracts",
            serde_json::json!({"number": "W1/1", "kind": "contract", "title": "Rope", "business_number": "842310575",
                "supplier_name": "Cordages", "goods_category": "ropes_cordage", "value_cad": 1, "awarded_on": "2026-01-05"}),
        )
        .await;
    let case = app
        .create(Who::Auditor, &format!("/api/v1/contracts/{}/cases", contract["id"]), serde_json::json!({"title": "A"}))
        .await;
    let officer = app.signed_in(Who::Officer).await;
    let (_, page) = html(&officer, &app, &format!("/cases/{}?lang=en", case["id"])).await;
    assert!(page.contains("Opened by Auditor on"), "{page}");
    assert!(!page.contains("auditor@pspc.test"));
    let resp = app.request(Who::Auditor, Method::GET, &format!("/cases/{}/dossier", case["id"])).send().await.unwrap();
    let dossier = resp.text().await.unwrap();
    // The dossier names them too; its audit trail keeps the actor as recorded (and hashed): the e-mail.
    assert!(dossier.contains("Opened by Auditor on"), "{dossier}");
}

crate::on_both_backends!(the_audit_page_names_each_subject_by_what_it_is_about, |app: TestApp| { audit_subjects(app) });

/// The audit page says what each entry is about in the reader's language: a case by its number, supplier, title and
/// contract; a contract by its number and supplier; an account by its holder; a list edition by its list and day; a
/// decision on a screening hit by the party and the entry; never `Case 2` alone.
async fn audit_subjects(app: TestApp) {
    use crate::helpers::{MAPLE, screening_bid, screening_hits};
    let bid = screening_bid(
        MAPLE,
        "2026-10-01",
        &[(
            "MILL",
            "XINJIANG ZEPHYR COTTON TEXTILE COMPANY LIMITED",
            "manufacturing",
            "uniform shirts",
            "9 Mill Road",
            "Aksu",
        )],
    );
    assert!(app.upload("bid.json", bid).await.status().is_success());
    let list =
        std::fs::read(format!("{}/supplier_data/screening/uflpa_entity_list_2026-10.html", env!("CARGO_MANIFEST_DIR")))
            .unwrap();
    let r = app
        .request(Who::Administrator, Method::POST, "/api/v1/screening/editions?list=uflpa&published=2026-10-20")
        .header("content-type", "application/octet-stream")
        .body(list)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let hits = screening_hits(&app, "status=open").await;
    let hit = hits["hits"][0].clone();
    assert_eq!(crate::helpers::decide_hit(&app, &hit, true, "same mill").await, 201);
    let contract = serde_json::json!({
        "number": "W0113-26/042", "kind": "contract", "title": "Uniform shirts", "business_number": MAPLE.1,
        "supplier_name": MAPLE.0, "goods_category": "clothing", "value_cad": 1000.0,
        "awarded_on": "2026-10-10", "ends_on": "2027-10-09"
    });
    let r = app.request(Who::Officer, Method::POST, "/api/v1/contracts").json(&contract).send().await.unwrap();
    assert_eq!(r.status(), 201);
    let contract_id = r.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    let r = app
        .request(Who::Auditor, Method::POST, &format!("/api/v1/contracts/{contract_id}/cases"))
        .json(&serde_json::json!({"title": "Report on a spinning mill"}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let case_id = r.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    let officer = app.account_id(Who::Officer);
    let (party, entry) = (hit["party_name"].as_str().unwrap(), hit["entry_name"].as_str().unwrap());

    let admin = app.signed_in(Who::Administrator).await;
    let seen = |page: &str| {
        page.replace("&#x27;", "'").replace("&#x3D;", "=").replace("&quot;", "\"").replace(['\u{a0}', '\u{202f}'], " ")
    };
    for (lang, says) in [
        (
            "en",
            vec![
                format!("Case {case_id} — {}: Report on a spinning mill (contract W0113-26/042)", MAPLE.0),
                format!("Contract W0113-26/042 — {}", MAPLE.0),
                "Account of Officer (officer@pspc.test)".to_string(),
                "UFLPA Entity List (US DHS), edition 1 of October 20, 2026".to_string(),
                format!("Hit of {party} on “{entry}” (UFLPA Entity List (US DHS))"),
            ],
        ),
        (
            "fr",
            vec![
                format!("Dossier {case_id} — {} : Report on a spinning mill (contrat W0113-26/042)", MAPLE.0),
                format!("Contrat W0113-26/042 — {}", MAPLE.0),
                "Compte d'Officer (officer@pspc.test)".to_string(),
                "Liste d'entités UFLPA (DHS des États-Unis), édition 1 du 20 octobre 2026".to_string(),
                format!("Correspondance de {party} avec « {entry} » (Liste d'entités UFLPA (DHS des États-Unis))"),
            ],
        ),
    ] {
        let (status, page) = html(&admin, &app, &format!("/audit?lang={lang}")).await;
        assert_eq!(status, 200);
        let page = seen(&page);
        for said in &says {
            assert!(page.contains(said.as_str()), "{lang}: {said:?} in {page}");
        }
        for bare in [format!(">Case {case_id}<"), format!(">Dossier {case_id}<"), format!(">Account {officer}<")] {
            assert!(!page.contains(&bare), "{lang}: {bare} said bare");
        }
        assert!(page.contains(&format!("href=\"/cases/{case_id}?lang={lang}\"")), "{lang}: the case's page");
    }
}
