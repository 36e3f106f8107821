//! Sessions and accounts under the server's control: sign-out and disabling end sessions at once, idle and absolute
//! timeouts are the server's, tokens can be revoked, only failed sign-ins are throttled, and every change to an
//! account is in the audit log.

use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::Method;
use reqwest::cookie::CookieStore;
use serde_json::{Value, json};

use crate::helpers::{
    Backend, PASSWORD, TestApp, Who, demo_file, hidden_field, login_csrf, spawn_app, spawn_app_with_auth,
};
use crate::on_both_backends;

/// A browser signed in as `who` whose cookies can be read: its client and its cookie jar.
async fn browser_with_jar(app: &TestApp, who: Who) -> (reqwest::Client, Arc<reqwest::cookie::Jar>) {
    let jar = Arc::new(reqwest::cookie::Jar::default());
    let browser = reqwest::Client::builder()
        .cookie_provider(jar.clone())
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let csrf = login_csrf(&browser, &app.url("/login")).await;
    let res = browser
        .post(app.url("/login"))
        .form(&[("email", who.email().unwrap()), ("password", PASSWORD), ("csrf", &csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "signing in as {who:?}");
    (browser, jar)
}

/// The `Cookie` header the jar would send to the app.
fn cookie_header(app: &TestApp, jar: &reqwest::cookie::Jar) -> String {
    let value = jar.cookies(&app.url("/").parse().unwrap()).expect("a session cookie");
    value.to_str().unwrap().to_string()
}

/// A client that keeps no cookies and follows no redirects: it sends exactly the cookie it is given.
fn replayer() -> reqwest::Client {
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

async fn me_status(browser: &reqwest::Client, app: &TestApp) -> u16 {
    browser.get(app.url("/api/v1/me")).send().await.unwrap().status().as_u16()
}

/// The supplier's declaration, a contract for it and a case with a notice the supplier may answer: `(case, notice)`.
async fn case_with_a_notice(app: &TestApp) -> (i64, i64) {
    assert!(app.upload("cordages.json", demo_file("cordages-nordiques-w8486.json")).await.status().is_success());
    let contract = json!({
        "number": "W8486-26/077", "kind": "contract", "title": "Mooring lines", "business_number": "842310575",
        "supplier_name": "Cordages Nordiques Inc.", "goods_category": "ropes_cordage", "value_cad": 1000.0,
        "awarded_on": "2026-01-10"
    });
    let contract = app.create(Who::Officer, "/api/v1/contracts", contract).await;
    let path = format!("/api/v1/contracts/{}/cases", contract["id"]);
    let case = app.create(Who::Auditor, &path, json!({"title": "Report"})).await["id"].as_i64().unwrap();
    let notice = json!({"type": "notice", "respond_by": crate::helpers::day(30), "subject": "S", "body": "B"});
    let notice = app.create(Who::Auditor, &format!("/api/v1/cases/{case}/events"), notice).await;
    (case, notice["id"].as_i64().unwrap())
}

/// The audit entries about an account, oldest first.
async fn account_log(app: &TestApp, id: i64) -> Vec<Value> {
    let log: Value =
        app.get_as(Who::Auditor, &format!("/api/v1/audit?subject=account/{id}")).await.json().await.unwrap();
    assert_eq!(log["intact"], true);
    let mut entries = log["entries"].as_array().unwrap().clone();
    entries.reverse();
    entries
}

fn actions(entries: &[Value]) -> Vec<&str> {
    entries.iter().map(|e| e["action"].as_str().unwrap()).collect()
}

on_both_backends!(signing_out_ends_the_session_on_the_server, |app: TestApp| async move {
    let (case, notice) = case_with_a_notice(&app).await;
    let (browser, jar) = browser_with_jar(&app, Who::Supplier).await;
    let case_page = browser.get(app.url(&format!("/cases/{case}"))).send().await.unwrap().text().await.unwrap();
    let csrf = hidden_field(&case_page, "csrf").unwrap();
    let old_cookie = cookie_header(&app, &jar);
    let events = format!("/api/v1/cases/{case}/events");
    let answer = json!({"type": "response", "notice_seq": notice, "text": "Answered."});
    let replay = |method: Method, path: &str| {
        replayer().request(method, app.url(path)).header("cookie", &old_cookie).header("x-csrf-token", &csrf)
    };

    // While signed in, the cookie and its form token answer a notice.
    assert_eq!(replay(Method::POST, &events).json(&answer).send().await.unwrap().status(), 201);
    assert_eq!(app.store.count_sessions(app.account_id(Who::Supplier)).await.unwrap(), 1);
    let resp = browser.post(app.url("/logout")).form(&[("csrf", csrf.as_str())]).send().await.unwrap();
    assert_eq!(resp.status(), 303);
    assert_eq!(app.store.count_sessions(app.account_id(Who::Supplier)).await.unwrap(), 0, "the row is gone");

    // The same cookie, sent again after signing out, signs no one in.
    let stored = app.store.case(case).await.unwrap().unwrap().events.len();
    assert_eq!(replay(Method::GET, "/api/v1/me").send().await.unwrap().status(), 401);
    let resp = replay(Method::GET, "/").send().await.unwrap();
    assert_eq!(resp.status(), 303);
    assert!(resp.headers()["location"].to_str().unwrap().starts_with("/login"));
    assert_eq!(replay(Method::POST, &events).json(&answer).send().await.unwrap().status(), 401);
    let form = [("type", "response"), ("notice_seq", &notice.to_string()), ("text", "Again."), ("csrf", &csrf)];
    let resp = replay(Method::POST, &format!("/cases/{case}")).form(&form).send().await.unwrap();
    assert_eq!(resp.status(), 303, "the page form sends the old cookie to the sign-in form");
    assert!(resp.headers()["location"].to_str().unwrap().starts_with("/login"));
    assert_eq!(app.store.case(case).await.unwrap().unwrap().events.len(), stored, "nothing stored");
});

// Signing out whose head asks first (`Expect: 100-continue`, which curl adds to any body over 1 MB) and declares a
// body far over the form limit: answered from its head — the session ended, the sign-in page's 303 sent in place of
// `100 Continue`, the connection closed, the body never asked for — never a 413 that leaves the session alive.
on_both_backends!(signing_out_with_a_huge_body_asked_first_ends_the_session, |app: TestApp| async move {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    for declared in [2_000_000_u64, 70_000_000, 10] {
        let (_browser, jar) = browser_with_jar(&app, Who::Officer).await;
        let cookie = cookie_header(&app, &jar);
        let me = || replayer().get(app.url("/api/v1/me")).header("cookie", &cookie).send();
        assert_eq!(me().await.unwrap().status(), 200);
        let host = app.address.trim_start_matches("http://").to_string();
        let mut stream = tokio::net::TcpStream::connect(&host).await.unwrap();
        let head = format!(
            "POST /logout?lang=fr HTTP/1.1\r\nHost: {host}\r\nCookie: {cookie}\r\nExpect: 100-continue\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {declared}\r\n\r\n"
        );
        stream.write_all(head.as_bytes()).await.unwrap();
        let mut answer = Vec::new();
        let read = async {
            while !answer.windows(4).any(|w| w == b"\r\n\r\n") {
                let mut chunk = [0u8; 4096];
                let n = stream.read(&mut chunk).await.unwrap();
                assert!(n > 0, "{declared}: closed before an answer");
                answer.extend_from_slice(&chunk[..n]);
            }
        };
        tokio::time::timeout(Duration::from_secs(30), read).await.expect("an answer from the head alone");
        let answer = String::from_utf8_lossy(&answer).to_ascii_lowercase();
        assert!(answer.starts_with("http/1.1 303"), "{declared}: {answer}");
        assert!(answer.contains("location: /login?lang=fr"), "{declared}: {answer}");
        assert!(answer.contains("connection: close"), "{declared}: {answer}");
        // The cookie signs no one in any more.
        assert_eq!(me().await.unwrap().status(), 401, "{declared}");
    }
    assert_eq!(app.store.count_sessions(app.account_id(Who::Officer)).await.unwrap(), 0);
    // Without `Expect`: a body declared and never sent is not awaited; the session ends at once.
    let (_browser, jar) = browser_with_jar(&app, Who::Officer).await;
    let cookie = cookie_header(&app, &jar);
    let host = app.address.trim_start_matches("http://").to_string();
    let mut stream = tokio::net::TcpStream::connect(&host).await.unwrap();
    let head = format!(
        "POST /logout HTTP/1.1\r\nHost: {host}\r\nCookie: {cookie}\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 999999999\r\n\r\ncsrf=x"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut answer = vec![0u8; 512];
    let n = tokio::time::timeout(Duration::from_secs(30), stream.read(&mut answer)).await.expect("answered").unwrap();
    let answer = String::from_utf8_lossy(&answer[..n]).to_ascii_lowercase();
    assert!(answer.starts_with("http/1.1 303") && answer.contains("connection: close"), "{answer}");
    let me = replayer().get(app.url("/api/v1/me")).header("cookie", &cookie).send().await.unwrap();
    assert_eq!(me.status(), 401);
});

async fn sessions_end_after_idle_time_and_after_their_absolute_time(backend: Backend) {
    let idle = Duration::from_secs(2);
    let absolute = Duration::from_secs(5);
    let mut auth = chainon::web::AuthConfig::ephemeral(false);
    auth.sessions = chainon::storage::SessionLimits { idle, absolute };
    let Some(app) = spawn_app_with_auth(backend, auth).await else { return };

    // Idle past the idle time: refused, on the API and on pages.
    let (idle_browser, _) = browser_with_jar(&app, Who::Officer).await;
    assert_eq!(me_status(&idle_browser, &app).await, 200);
    tokio::time::sleep(idle + Duration::from_millis(500)).await;
    assert_eq!(me_status(&idle_browser, &app).await, 401);
    let resp = idle_browser.get(app.url("/")).send().await.unwrap();
    assert_eq!(resp.status(), 303);
    assert!(resp.headers()["location"].to_str().unwrap().starts_with("/login"));

    // Active (a request more often than the idle time), then refused once the absolute time has passed.
    let started = Instant::now();
    let (busy_browser, _) = browser_with_jar(&app, Who::Auditor).await;
    let mut last_ok = Duration::ZERO;
    let ended = loop {
        tokio::time::sleep(Duration::from_millis(600)).await;
        let status = me_status(&busy_browser, &app).await;
        if status != 200 {
            assert_eq!(status, 401);
            break started.elapsed();
        }
        last_ok = started.elapsed();
        assert!(last_ok < absolute * 3, "the session outlived its absolute time");
    };
    assert!(last_ok > idle * 3 / 2, "requests kept the session alive past the idle time ({last_ok:?})");
    assert!(ended >= absolute, "ended after {ended:?}, before the absolute time");

    // Ended sessions are purged when the next one is made.
    let auditor = app.account_id(Who::Auditor);
    assert_eq!(app.store.count_sessions(auditor).await.unwrap(), 1, "ended, not yet purged");
    browser_with_jar(&app, Who::Auditor).await;
    assert_eq!(app.store.count_sessions(auditor).await.unwrap(), 1, "only the new session");
    assert_eq!(app.store.count_sessions(app.account_id(Who::Officer)).await.unwrap(), 0);
}

mod sessions_end_after_idle_time_and_after_their_absolute_time {
    use super::*;

    #[tokio::test]
    async fn sqlite() {
        super::sessions_end_after_idle_time_and_after_their_absolute_time(Backend::Sqlite).await;
    }

    #[tokio::test]
    async fn postgres() {
        super::sessions_end_after_idle_time_and_after_their_absolute_time(Backend::Postgres).await;
    }
}

/// The statements of the service that wrote a session's last request (`UPDATE "session" … last_seen_at`) since `mark`.
fn touches(app: &TestApp, mark: usize) -> usize {
    app.queries
        .since(mark)
        .iter()
        .filter(|q| {
            let q = q.to_ascii_lowercase();
            q.starts_with("update") && q.contains("session") && q.contains("last_seen_at")
        })
        .count()
}

/// A token's request reads its caller in one query. A session's requests read it once each and write nothing while
/// its recorded last request is recent; the first request after that has grown stale (a tenth of the idle time)
/// records it, once.
async fn a_busy_session_is_written_only_when_its_last_request_has_grown_stale(backend: Backend) {
    let idle = Duration::from_secs(10);
    let mut auth = chainon::web::AuthConfig::ephemeral(false);
    auth.sessions = chainon::storage::SessionLimits { idle, absolute: Duration::from_secs(600) };
    let Some(app) = spawn_app_with_auth(backend, auth).await else { return };

    // A token's caller is read by one query: the live token and its enabled account together.
    let mark = app.queries.len();
    assert_eq!(app.client.get(app.url("/api/v1/me")).send().await.unwrap().status(), 200);
    assert_eq!(app.queries.since(mark).len(), 1, "{:#?}", app.queries.since(mark));

    let (browser, _) = browser_with_jar(&app, Who::Officer).await;

    // Fresh: requests one after the other write nothing (the second of staleness is not waited for here; a slow
    // machine may let one request through, never one a request).
    let mark = app.queries.len();
    for _ in 0..6 {
        assert_eq!(me_status(&browser, &app).await, 200);
    }
    let reads = app.queries.since(mark);
    assert!(touches(&app, mark) <= 1, "a write a request: {reads:#?}");
    let session_reads = reads.iter().filter(|q| q.to_ascii_lowercase().starts_with("select") && q.contains("session"));
    assert_eq!(session_reads.count(), 6, "one read of the session a request: {reads:#?}");

    // Stale: the next request records itself (beside the request: wait for it), and keeps the session alive.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let mark = app.queries.len();
    assert_eq!(me_status(&browser, &app).await, 200);
    let mut waited = 0;
    while touches(&app, mark) == 0 && waited < 100 {
        tokio::time::sleep(Duration::from_millis(50)).await;
        waited += 1;
    }
    assert_eq!(touches(&app, mark), 1, "the stale request is recorded once");
}

mod a_busy_session_is_written_only_when_its_last_request_has_grown_stale {
    use super::*;

    #[tokio::test]
    async fn sqlite() {
        super::a_busy_session_is_written_only_when_its_last_request_has_grown_stale(Backend::Sqlite).await;
    }

    #[tokio::test]
    async fn postgres() {
        super::a_busy_session_is_written_only_when_its_last_request_has_grown_stale(Backend::Postgres).await;
    }
}

on_both_backends!(disabling_an_account_ends_its_sessions_and_its_tokens_stop_working, |app: TestApp| async move {
    let supplier = app.account_id(Who::Supplier);
    let (browser, jar) = browser_with_jar(&app, Who::Supplier).await;
    let old_cookie = cookie_header(&app, &jar);
    assert_eq!(me_status(&browser, &app).await, 200);
    assert_eq!(app.get_as(Who::Supplier, "/api/v1/me").await.status(), 200);

    let disable = format!("/api/v1/accounts/{supplier}/disable");
    assert_eq!(app.request(Who::Officer, Method::POST, &disable).send().await.unwrap().status(), 403);
    let own = format!("/api/v1/accounts/{}/disable", app.account_id(Who::Administrator));
    let resp = app.request(Who::Administrator, Method::POST, &own).send().await.unwrap();
    assert_eq!(resp.status(), 400, "an administrator does not disable their own account");
    let resp = app.request(Who::Administrator, Method::POST, &disable).send().await.unwrap();
    assert_eq!(resp.status(), 200);
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["account"]["disabled"], true);

    // At once: no session, no token, no password.
    assert_eq!(app.store.count_sessions(supplier).await.unwrap(), 0);
    assert_eq!(me_status(&browser, &app).await, 401);
    assert_eq!(app.get_as(Who::Supplier, "/api/v1/me").await.status(), 401);
    // The right password: not signed in, told the account is disabled and whom to ask, in the page's language.
    // A wrong one: the same words as for any wrong password, so that nothing is revealed.
    for (lang, password, status, says) in [
        ("en", PASSWORD, 403, "This account is disabled"),
        ("fr", PASSWORD, 403, "Ce compte est désactivé"),
        ("en", "not-the-password-123", 401, "The e-mail address or the password is wrong."),
    ] {
        let fresh = app.browser();
        let csrf = login_csrf(&fresh, &app.url(&format!("/login?lang={lang}"))).await;
        let resp = fresh
            .post(app.url(&format!("/login?lang={lang}")))
            .form(&[("email", Who::Supplier.email().unwrap()), ("password", password), ("csrf", &csrf)])
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), status, "{lang} {password}");
        let page = resp.text().await.unwrap().replace("&#x27;", "'");
        assert!(page.contains(says), "{lang} {password}: {page}");
        assert_eq!(page.contains("administrat"), password == PASSWORD, "{lang} {password}: whom to ask");
        assert_eq!(me_status(&fresh, &app).await, 401, "{lang}: not signed in");
    }
    let accounts: Value = app.get_as(Who::Administrator, "/api/v1/accounts").await.json().await.unwrap();
    let listed = accounts["accounts"].as_array().unwrap().iter().find(|a| a["id"] == supplier).unwrap().clone();
    assert_eq!(listed["disabled"], true);

    // Enabled again: the token works; the ended session stays ended.
    let enable = format!("/api/v1/accounts/{supplier}/enable");
    assert_eq!(app.request(Who::Administrator, Method::POST, &enable).send().await.unwrap().status(), 200);
    assert_eq!(app.get_as(Who::Supplier, "/api/v1/me").await.status(), 200);
    let resp = replayer().get(app.url("/api/v1/me")).header("cookie", &old_cookie).send().await.unwrap();
    assert_eq!(resp.status(), 401);

    let log = account_log(&app, supplier).await;
    assert_eq!(actions(&log), ["account.created", "token.issued", "account.disabled", "account.enabled"]);
    let disabled = &log[2];
    assert_eq!(disabled["actor"], Who::Administrator.email().unwrap());
    assert_eq!(disabled["payload"]["sessions_ended"], 1);
});

on_both_backends!(a_revoked_token_is_refused_and_its_revocation_audited, |app: TestApp| async move {
    let supplier = app.account_id(Who::Supplier);
    let second = "chn_second_token_of_the_supplier";
    app.store.add_api_token(supplier, "second", second, "tests").await.unwrap();
    let tokens_path = format!("/api/v1/accounts/{supplier}/tokens");
    assert_eq!(app.get_as(Who::Supplier, &tokens_path).await.status(), 403);
    let tokens: Value = app.get_as(Who::Administrator, &tokens_path).await.json().await.unwrap();
    let tokens = tokens["tokens"].as_array().unwrap();
    assert_eq!(tokens.len(), 2);
    assert!(tokens.iter().all(|t| t["revoked_at"].is_null() && t.get("token_sha256").is_none()), "{tokens:?}");
    let first = tokens[0]["id"].as_i64().unwrap();

    // Through a session, an administrator's change needs the form token.
    let (admin, _) = browser_with_jar(&app, Who::Administrator).await;
    let revoke = format!("/api/v1/accounts/{supplier}/tokens/{first}");
    assert_eq!(admin.delete(app.url(&revoke)).send().await.unwrap().status(), 403);
    assert_eq!(app.get_as(Who::Supplier, "/api/v1/me").await.status(), 200);

    let resp = app.request(Who::Administrator, Method::DELETE, &revoke).send().await.unwrap();
    assert_eq!(resp.status(), 200);
    let body: Value = resp.json().await.unwrap();
    assert!(body["token"]["revoked_at"].is_string());
    assert_eq!(app.get_as(Who::Supplier, "/api/v1/me").await.status(), 401, "the revoked token");
    let resp = app.client_with_token(second).get(app.url("/api/v1/me")).send().await.unwrap();
    assert_eq!(resp.status(), 200, "the account's other token");

    // Revoking again changes nothing; a token of another account is not found under this one.
    assert_eq!(app.request(Who::Administrator, Method::DELETE, &revoke).send().await.unwrap().status(), 200);
    let others = app.store.api_tokens(app.account_id(Who::Officer)).await.unwrap()[0].id;
    let wrong = format!("/api/v1/accounts/{supplier}/tokens/{others}");
    assert_eq!(app.request(Who::Administrator, Method::DELETE, &wrong).send().await.unwrap().status(), 404);
    assert_eq!(app.get_as(Who::Officer, "/api/v1/me").await.status(), 200);

    let log = account_log(&app, supplier).await;
    assert_eq!(actions(&log), ["account.created", "token.issued", "token.issued", "token.revoked"]);
    assert_eq!(log[3]["actor"], Who::Administrator.email().unwrap());
    assert_eq!(log[3]["payload"], json!({"token_id": first, "name": "tests"}));
});

on_both_backends!(role_changes_apply_at_once_and_are_audited, |app: TestApp| async move {
    let officer = app.account_id(Who::Officer);
    let role = format!("/api/v1/accounts/{officer}/role");
    let put = |body: Value| app.request(Who::Administrator, Method::PUT, &role).json(&body).send();
    let refused: Value = put(json!({"role": "supplier"})).await.unwrap().json().await.unwrap();
    assert_eq!(refused["error"], "bad_request");
    assert!(refused["message_fr"].as_str().unwrap().contains("numéro d'entreprise"), "{refused}");
    assert_eq!(put(json!({"role": "wizard"})).await.unwrap().status(), 400);
    assert_eq!(put(json!({"role": "auditor", "business_number": "842310575"})).await.unwrap().status(), 400);
    let own = format!("/api/v1/accounts/{}/role", app.account_id(Who::Administrator));
    let resp = app.request(Who::Administrator, Method::PUT, &own).json(&json!({"role": "officer"})).send().await;
    assert_eq!(resp.unwrap().status(), 400);
    let resp = app.request(Who::Officer, Method::PUT, &role).json(&json!({"role": "administrator"})).send().await;
    assert_eq!(resp.unwrap().status(), 403);

    let resp = put(json!({"role": "auditor"})).await.unwrap();
    assert_eq!(resp.status(), 200);
    let me: Value = app.get_as(Who::Officer, "/api/v1/me").await.json().await.unwrap();
    assert_eq!(me["account"]["role"], "auditor", "from the next request");
    assert_eq!(app.get_as(Who::Officer, "/api/v1/audit").await.status(), 200);
    // The same role again records nothing.
    assert_eq!(put(json!({"role": "auditor"})).await.unwrap().status(), 200);

    let log = account_log(&app, officer).await;
    assert_eq!(actions(&log), ["account.created", "token.issued", "account.role_changed"]);
    assert_eq!(log[0]["actor"], "tests");
    assert_eq!(log[0]["payload"]["role"], "officer");
    assert_eq!(log[2]["actor"], Who::Administrator.email().unwrap());
    assert_eq!(log[2]["payload"]["from"]["role"], "officer");
    assert_eq!(log[2]["payload"]["to"]["role"], "auditor");
});

/// Posts the sign-in form: the status and the `Retry-After` header.
async fn sign_in(
    app: &TestApp,
    browser: &reqwest::Client,
    csrf: &str,
    email: &str,
    password: &str,
) -> (u16, Option<u64>) {
    let resp = browser
        .post(app.url("/login"))
        .form(&[("email", email), ("password", password), ("csrf", csrf)])
        .send()
        .await
        .unwrap();
    let retry = resp.headers().get("retry-after").map(|v| v.to_str().unwrap().parse().unwrap());
    (resp.status().as_u16(), retry)
}

#[tokio::test]
async fn correct_sign_ins_are_never_throttled() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let email = Who::Officer.email().unwrap();
    let mut statuses = Vec::new();
    for _ in 0..7 {
        let browser = app.browser();
        let csrf = login_csrf(&browser, &app.url("/login")).await;
        statuses.push(sign_in(&app, &browser, &csrf, email, PASSWORD).await.0);
    }
    assert_eq!(statuses, [303; 7]);
    // Failures short of the limit, a correct sign-in, failures again: the correct one cleared the account's count.
    for _ in 0..2 {
        // Signing in renews the session and its form token: each round starts from a fresh form.
        let browser = app.browser();
        let csrf = login_csrf(&browser, &app.url("/login")).await;
        for _ in 0..4 {
            assert_eq!(sign_in(&app, &browser, &csrf, email, "a wrong password").await.0, 401);
        }
        assert_eq!(sign_in(&app, &browser, &csrf, email, PASSWORD).await.0, 303);
    }
}

#[tokio::test]
async fn failed_sign_ins_back_off_per_account_and_per_address() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let browser = app.browser();
    let csrf = login_csrf(&browser, &app.url("/login")).await;
    let officer = Who::Officer.email().unwrap();
    // Per account: five failures, then the account waits, even with the right password.
    for _ in 0..5 {
        assert_eq!(sign_in(&app, &browser, &csrf, officer, "a wrong password").await.0, 401);
    }
    let (status, retry) = sign_in(&app, &browser, &csrf, officer, PASSWORD).await;
    assert_eq!(status, 429);
    assert!(retry.is_some_and(|s| (1..=5).contains(&s)), "{retry:?}");
    // The address has failures to spare: another account signs in from it.
    assert_eq!(sign_in(&app, &browser, &csrf, Who::Auditor.email().unwrap(), PASSWORD).await.0, 303);

    // Per address: failures spread over many e-mail addresses add up to thirty, then every account waits there.
    let browser = app.browser();
    let csrf = login_csrf(&browser, &app.url("/login")).await;
    for n in 5..30 {
        let email = format!("guess{n}@example.test");
        assert_eq!(sign_in(&app, &browser, &csrf, &email, "a wrong password").await.0, 401, "{email}");
    }
    let (status, retry) = sign_in(&app, &browser, &csrf, Who::Administrator.email().unwrap(), PASSWORD).await;
    assert_eq!(status, 429);
    assert!(retry.is_some());
}

#[tokio::test]
async fn the_accounts_routes_are_in_the_openapi_document() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let doc: Value = app.client.get(app.url("/api/v1/openapi.json")).send().await.unwrap().json().await.unwrap();
    for (path, method) in [
        ("/api/v1/accounts/{id}/tokens", "get"),
        ("/api/v1/accounts/{id}/tokens/{token_id}", "delete"),
        ("/api/v1/accounts/{id}/disable", "post"),
        ("/api/v1/accounts/{id}/enable", "post"),
        ("/api/v1/accounts/{id}/role", "put"),
    ] {
        let op = &doc["paths"][path][method];
        assert!(op.is_object(), "{method} {path} missing from the OpenAPI document");
        assert!(op["responses"]["403"].is_object(), "{method} {path}: 403 undocumented");
    }
    let role = &doc["components"]["schemas"]["RoleChange"]["properties"];
    assert!(role["role"].is_object() && role["business_number"].is_object(), "{role}");
}

#[tokio::test]
async fn a_throttled_sign_in_says_the_wait_its_retry_after_gives_in_the_readers_language() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let catalog = chainon::reports::Catalog::embedded().unwrap();
    let officer = Who::Officer.email().unwrap();
    for (lang, words) in [(chainon::domain::Lang::En, "Wait "), (chainon::domain::Lang::Fr, "Attendez ")] {
        let browser = app.browser();
        let csrf = login_csrf(&browser, &app.url("/login")).await;
        let mut last = None;
        for _ in 0..6 {
            let resp = browser
                .post(app.url(&format!("/login?lang={lang}")))
                .form(&[("email", officer), ("password", "a wrong password"), ("csrf", &csrf)])
                .send()
                .await
                .unwrap();
            last = Some(resp);
        }
        let resp = last.unwrap();
        assert_eq!(resp.status(), 429);
        let retry: u64 = resp.headers()["retry-after"].to_str().unwrap().parse().unwrap();
        let page = resp.text().await.unwrap().replace('\u{a0}', " ");
        let said = format!("{words}{}", catalog.wait(lang, retry).replace('\u{a0}', " "));
        assert!(page.contains(&said), "Retry-After {retry}: `{said}` not in the page");
        assert!(!page.contains("a minute") && !page.contains("une minute"), "{page}");
    }
}
