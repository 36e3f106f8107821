//! The main journey of each role in real Chromium (headless, through chromedriver), in English and in French, with
//! an axe-core accessibility check of every page visited and a screenshot of each kept under
//! `target/tmp/browser-screenshots/`.
//!
//! Runs when `CHAINON_TEST_CHROMEDRIVER` names a chromedriver and `CHAINON_TEST_AXE` the file `axe.min.js` of
//! axe-core (`.ci/run` installs both); elsewhere it prints why it is skipped.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

use crate::helpers::{Backend, PAGE_BUDGET, PASSWORD, TestApp, Who, demo_file, demo_files, small_portfolio, spawn_app};

struct Tools {
    chromedriver: PathBuf,
    chromium: PathBuf,
    axe: String,
}

fn tools() -> Option<Tools> {
    let (Ok(driver), Ok(axe)) = (std::env::var("CHAINON_TEST_CHROMEDRIVER"), std::env::var("CHAINON_TEST_AXE")) else {
        eprintln!(
            "skipped in Chromium: CHAINON_TEST_CHROMEDRIVER and CHAINON_TEST_AXE are not set (.ci/run sets them)"
        );
        return None;
    };
    let chromium = std::env::var("CHAINON_TEST_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let axe = std::fs::read_to_string(&axe).unwrap_or_else(|e| panic!("CHAINON_TEST_AXE={axe}: {e}"));
    Some(Tools { chromedriver: driver.into(), chromium: chromium.into(), axe })
}

/// chromedriver for the test's duration; killed when dropped.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

async fn start_browser(tools: &Tools, profile: &Path) -> (Driver, Client) {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let driver = Driver(
        Command::new(&tools.chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("starting {}: {e}", tools.chromedriver.display())),
    );
    let url = format!("http://127.0.0.1:{port}");
    let caps: serde_json::Map<String, Value> = serde_json::from_value(json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": tools.chromium,
            // The flags of a closed machine: no background connections, no first-run work.
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", format!("--user-data-dir={}", profile.display()),
            ]
        }
    }))
    .unwrap();
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    for _ in 0..100 {
        if let Ok(client) = ClientBuilder::new(connector.clone()).capabilities(caps.clone()).connect(&url).await {
            return (driver, client);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("chromedriver did not answer on {url}");
}

/// A browser session driving one app, checking and photographing each page.
struct Session<'a> {
    app: &'a TestApp,
    client: Client,
    axe: &'a str,
    shots: PathBuf,
    problems: Vec<String>,
}

impl Session<'_> {
    async fn goto(&self, path: &str) {
        self.client.goto(&self.app.url(path)).await.unwrap();
    }

    async fn path(&self) -> String {
        let url = self.client.current_url().await.unwrap();
        match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_string(),
        }
    }

    async fn text(&self, css: &str) -> String {
        self.client.find(Locator::Css(css)).await.unwrap().text().await.unwrap()
    }

    async fn lang(&self) -> String {
        self.client.execute("return document.documentElement.lang", vec![]).await.unwrap().as_str().unwrap().to_string()
    }

    /// Clicks what leads to another page and waits until that page has loaded (a form post may outlast the
    /// click).
    async fn click(&self, css: &str) {
        self.client.execute("document.documentElement.setAttribute('data-old-page', '')", vec![]).await.unwrap();
        self.client.find(Locator::Css(css)).await.unwrap_or_else(|e| panic!("{css}: {e}")).click().await.unwrap();
        let ready =
            "return document.readyState === 'complete' && !document.documentElement.hasAttribute('data-old-page')";
        for _ in 0..200 {
            if let Ok(Value::Bool(true)) = self.client.execute(ready, vec![]).await {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("clicking {css} led to no new page");
    }

    /// Runs axe-core on the page (WCAG 2.1 A and AA rules), keeps a screenshot, and records serious or critical
    /// violations.
    async fn check(&mut self, name: &str) {
        let png = self.client.screenshot().await.unwrap();
        std::fs::write(self.shots.join(format!("{name}.png")), png).unwrap();
        self.client.execute(self.axe, vec![]).await.unwrap();
        let script = r#"
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
              .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                  nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))))
              .catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));
        "#;
        let violations = self.client.execute_async(script, vec![]).await.unwrap();
        for v in violations.as_array().unwrap() {
            let line = format!("{name}: {} ({}) {} at {}", v["id"], v["impact"], v["help"], v["nodes"]);
            if matches!(v["impact"].as_str(), Some("serious" | "critical")) {
                self.problems.push(line);
            } else {
                eprintln!("accessibility note, {line}");
            }
        }
    }

    async fn sign_in(&mut self, who: Who, lang: &str) {
        self.client.delete_all_cookies().await.unwrap();
        self.goto(&format!("/?lang={lang}")).await;
        assert!(self.path().await.starts_with("/login"), "an anonymous visitor is asked to sign in");
        self.check(&format!("{}-{lang}-1-login", format!("{who:?}").to_lowercase())).await;
        let email = self.client.find(Locator::Id("email")).await.unwrap();
        email.send_keys(who.email().unwrap()).await.unwrap();
        self.client.find(Locator::Id("password")).await.unwrap().send_keys(PASSWORD).await.unwrap();
        self.click("form.login button[type=submit]").await;
        assert_eq!(self.lang().await, lang);
        assert!(!self.path().await.starts_with("/login"), "{who:?} signed in");
    }

    async fn sign_out(&mut self) {
        self.click(".account form button[type=submit]").await;
        assert!(self.path().await.starts_with("/login"));
    }
}

/// A demo declaration changed so that it is new (not a duplicate), written to a file the browser can pick.
fn own_new_declaration(dir: &Path, lang: &str) -> PathBuf {
    let date = if lang == "fr" { "2026-11-21" } else { "2026-11-20" };
    let mut v: Value = serde_json::from_slice(&demo_file("cordages-nordiques-w8486.json")).unwrap();
    v["supplier"]["declaration_date"] = date.into();
    let path = dir.join(format!("cordages-{date}.json"));
    std::fs::write(&path, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
    path
}

/// The same declaration with a country no one has.
fn bad_declaration(dir: &Path) -> PathBuf {
    let mut v: Value = serde_json::from_slice(&demo_file("cordages-nordiques-w8486.json")).unwrap();
    v["places_of_work"][0]["country"] = "Atlantis".into();
    let path = dir.join("cordages-bad-country.json");
    std::fs::write(&path, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
    path
}

async fn supplier_journey(s: &mut Session<'_>, lang: &str, files: &Path) {
    let who = Who::Supplier;
    s.sign_in(who, lang).await;
    let home = s.text("main").await;
    assert!(home.contains("Cordages Nordiques"), "the supplier sees its own declarations");
    assert!(!home.contains("Atlantic Marine"), "and no one else's");
    s.check(&format!("supplier-{lang}-2-home")).await;

    s.click("nav a[href^='/upload']").await;
    assert!(s.client.find(Locator::Css("a[href^='/template']")).await.is_ok(), "the template is a click away");
    s.check(&format!("supplier-{lang}-3-upload")).await;

    // A refused file: every issue with its cell, nothing stored.
    let before = s.app.count().await;
    let input = s.client.find(Locator::Id("file")).await.unwrap();
    input.send_keys(bad_declaration(files).to_str().unwrap()).await.unwrap();
    s.click("form.upload button[type=submit]").await;
    let errors = s.text("section.errors").await;
    assert!(errors.contains("Atlantis"), "{errors}");
    assert!(errors.contains("/places_of_work/0/country"), "the issue names its place: {errors}");
    assert_eq!(s.app.count().await, before);
    s.check(&format!("supplier-{lang}-4-refused")).await;

    // An accepted file: its receipt, with its reference and what it replaces.
    let input = s.client.find(Locator::Id("file")).await.unwrap();
    input.send_keys(own_new_declaration(files, lang).to_str().unwrap()).await.unwrap();
    s.click("form.upload button[type=submit]").await;
    let here = s.path().await;
    assert!(here.starts_with("/declarations/") && here.contains("/receipt"), "{here}");
    assert_eq!(s.app.count().await, before + 1);
    assert!(s.text("main").await.contains("Cordages Nordiques"));
    assert!(s.text(".reference").await.starts_with("CHN-"), "a reference number");
    let replaces = s.text("p.replaces").await;
    assert!(replaces.contains("CHN-"), "what it replaces: {replaces}");
    s.check(&format!("supplier-{lang}-5-receipt")).await;
    // The same file again: its first receipt, nothing stored.
    s.click("nav a[href^='/upload']").await;
    let input = s.client.find(Locator::Id("file")).await.unwrap();
    input.send_keys(own_new_declaration(files, lang).to_str().unwrap()).await.unwrap();
    s.click("form.upload button[type=submit]").await;
    assert_eq!(s.app.count().await, before + 1);
    s.client.find(Locator::Css("main p.notice[role=status]")).await.unwrap();
    s.check(&format!("supplier-{lang}-5b-sent-again")).await;
    // Home: the notice and its deadline.
    s.click("nav a[href^='/?lang']").await;
    s.client.find(Locator::Css("table.notices")).await.unwrap();
    // Its requests for information, from the navigation.
    s.click("nav a[href^='/requests']").await;
    assert!(s.path().await.starts_with("/requests"), "{}", s.path().await);
    s.check(&format!("supplier-{lang}-5a-requests")).await;

    // Its own account: the language of its messages.
    s.click(".account a[href^='/account?']").await;
    s.client.find(Locator::Css("form.language-form select#l-language")).await.unwrap();
    s.check(&format!("supplier-{lang}-5c-account")).await;

    // Its contract's case: the notice, and the form to answer it (not the evidence).
    s.click("nav a[href^='/contracts']").await;
    s.click("main a[href^='/contracts/']").await;
    s.click("main a[href^='/cases/']").await;
    let case = s.text("main").await;
    assert!(case.contains("Allegation") && !case.contains("Field report"), "{case}");
    s.client.find(Locator::Css("form textarea[name='text']")).await.unwrap();
    s.check(&format!("supplier-{lang}-6-case")).await;
    // The language toggle keeps the page.
    let here = s.path().await;
    s.click("a.lang-toggle").await;
    let there = s.path().await;
    assert_eq!(here.split('?').next(), there.split('?').next());
    assert_ne!(s.lang().await, lang);
    s.sign_out().await;
}

/// The administrator's pages: accounts, a new account and its one-time code, a reset, the audit log; then the
/// person sets their password with the code.
async fn administrator_pages(s: &mut Session<'_>, lang: &str) {
    s.sign_in(Who::Administrator, lang).await;
    s.click("nav a[href^='/accounts']").await;
    s.client.find(Locator::Css("table.accounts")).await.unwrap();
    s.check(&format!("administrator-{lang}-12-accounts")).await;
    let email = format!("new-{lang}@pspc.test");
    s.client.find(Locator::Id("a-name")).await.unwrap().send_keys("Marc-André Roy").await.unwrap();
    s.client.find(Locator::Id("a-email")).await.unwrap().send_keys(&email).await.unwrap();
    s.client.find(Locator::Css("select#a-role option[value='auditor']")).await.unwrap().click().await.unwrap();
    s.click("form.new-account button[type=submit]").await;
    let code = s.text("#issued-code").await;
    assert!(code.starts_with("chn_"), "{code}");
    s.check(&format!("administrator-{lang}-13-created")).await;
    let id = s.app.store.account_by_email(&email).await.unwrap().unwrap().id;
    s.click(&format!("main table.accounts a[href^='/accounts/{id}?']")).await;
    s.check(&format!("administrator-{lang}-14-account")).await;
    s.click("form.reset-form button[type=submit]").await;
    let code = s.text("#issued-code").await;
    s.click("nav a[href^='/audit']").await;
    let head = s.app.store.verify_audit().await.unwrap().head_hash;
    assert!(s.text("main").await.contains(&head), "the head hash is shown");
    s.check(&format!("administrator-{lang}-15-audit")).await;
    s.sign_out().await;
    // The person, with the second code (the first was withdrawn by it).
    s.goto(&format!("/password-reset?lang={lang}")).await;
    s.check(&format!("reset-{lang}-1-form")).await;
    s.client.find(Locator::Id("code")).await.unwrap().send_keys(&code).await.unwrap();
    s.client.find(Locator::Id("password")).await.unwrap().send_keys("a phrase of my own").await.unwrap();
    s.client.find(Locator::Id("repeat")).await.unwrap().send_keys("a phrase of my own").await.unwrap();
    s.click("form.reset button[type=submit]").await;
    s.client.find(Locator::Css("main p.notice[role=status]")).await.unwrap();
    s.check(&format!("reset-{lang}-2-done")).await;
}

async fn officer_journey(s: &mut Session<'_>, who: Who, lang: &str) {
    let name = format!("{who:?}").to_lowercase();
    s.sign_in(who, lang).await;
    s.check(&format!("{name}-{lang}-2-home")).await;
    let can_upload = s.client.find(Locator::Css("nav a[href^='/upload']")).await.is_ok();
    assert_eq!(can_upload, who != Who::Auditor, "the upload link only for those who may submit");
    s.click("main a[href^='/solicitations/']").await;
    assert!(s.path().await.starts_with("/solicitations/"));
    s.check(&format!("{name}-{lang}-3-solicitation")).await;
    // The ranking, and a bid's follow-up page (requests for information, evaluation notes, the contract).
    s.client.find(Locator::Css("table.ranking")).await.unwrap();
    // The officer chooses the bids side by side, on the solicitation with the most bids: every box is checked by
    // default (fewer than four bids); one unchecked leaves one column fewer.
    let sols = s.app.store.list_solicitations().await.unwrap();
    let most = sols.iter().max_by_key(|x| x.bid_count).unwrap();
    let query = serde_urlencoded::to_string([("lang", lang)]).unwrap();
    s.goto(&format!("/solicitations/{}?{query}", most.number)).await;
    let boxes = s.client.find_all(Locator::Css("form.choose-bids input[name='bids']:checked")).await.unwrap();
    assert!(boxes.len() >= 2, "the demo solicitation has bids to compare");
    boxes[0].click().await.unwrap();
    s.click("form.choose-bids button[type=submit]").await;
    assert!(s.path().await.contains("bids="), "{}", s.path().await);
    let columns = s.client.find_all(Locator::Css("table.compare thead th")).await.unwrap();
    assert_eq!(columns.len(), boxes.len(), "the measure's column and the chosen bids");
    s.check(&format!("{name}-{lang}-3a-chosen-bids")).await;
    s.click("main a[href^='/bids/']").await;
    assert!(s.path().await.contains("/follow-up"), "{}", s.path().await);
    s.check(&format!("{name}-{lang}-3b-follow-up")).await;
    s.client.back().await.unwrap();
    s.click("main a[href^='/declarations/']").await;
    assert!(s.path().await.starts_with("/declarations/"));
    let page = s.text("main").await;
    let (tier, why) = if lang == "fr" { ("Niveau 1", "Pourquoi") } else { ("Tier 1", "Why") };
    assert!(page.contains(tier) && page.contains(why), "the chain by tier and the reasons");
    s.check(&format!("{name}-{lang}-4-declaration")).await;
    // One site a page: the tiers after the first are folded; opening one leads to the page of its sites.
    let here = s.path().await;
    s.goto(&format!("{}?lang={lang}&per_page=1", here.split('?').next().unwrap())).await;
    let folded = s.client.find(Locator::Css("details.tier:not([open]) > summary")).await.unwrap();
    folded.click().await.unwrap();
    s.check(&format!("{name}-{lang}-4a-tier-opened")).await;
    s.click("details.tier[open] p a[href*='sites_page=']").await;
    let paged = s.path().await;
    assert!(paged.contains("sites_page=") && paged.contains("per_page=1") && paged.contains(&format!("lang={lang}")));
    // The filter form: a country, the other parameters kept.
    s.client.find(Locator::Css("select#f-country option:nth-child(2)")).await.unwrap().click().await.unwrap();
    s.click("form.site-filter button[type=submit]").await;
    let filtered = s.path().await;
    assert!(filtered.contains("country=") && filtered.contains("per_page=1"), "{filtered}");
    s.client.find(Locator::Css("p.sites-shown")).await.unwrap();
    s.check(&format!("{name}-{lang}-4b-sites-filtered")).await;
    s.goto(&here).await;
    // The picture of the chain: a site reached with the keyboard shows its reasons.
    s.click("main a[href*='/chain?lang=']").await;
    assert!(s.path().await.contains("/chain"), "{}", s.path().await);
    // For the portfolio roles each site is a link to its facility page.
    s.client.find(Locator::Css("svg.chain a.chain-site[href^='/graph/sites/']")).await.unwrap();
    s.client.execute("document.querySelector('svg.chain a.chain-site').focus()", vec![]).await.unwrap();
    let tip = s.client.find(Locator::Css("svg.chain a.chain-site:focus .chain-tip")).await.unwrap();
    assert_eq!(tip.css_value("visibility").await.unwrap(), "visible", "the note shows on keyboard focus");
    s.check(&format!("{name}-{lang}-5-chain")).await;
    // The national graph and one shared facility.
    s.client.goto(&s.app.url(&format!("/graph?lang={lang}&q=a"))).await.unwrap();
    s.check(&format!("{name}-{lang}-6-graph")).await;
    s.click("main a[href^='/graph/sites/']").await;
    assert!(s.path().await.starts_with("/graph/sites/"));
    s.client.find(Locator::Css("main #h-reasons")).await.unwrap();
    s.check(&format!("{name}-{lang}-7-facility")).await;
    // The portfolio dashboard: choose the child-labour measure and a fiscal year with the form (no script).
    s.click("nav a[href^='/portfolio']").await;
    s.client.find(Locator::Css("table.heat td.heat-cell")).await.unwrap();
    s.client.find(Locator::Css("select#kind option[value='child']")).await.unwrap().click().await.unwrap();
    s.click("form.filters button[type=submit]").await;
    assert!(s.path().await.contains("kind=child"), "{}", s.path().await);
    s.client.find(Locator::Css("svg.trend-chart polyline.line-child")).await.unwrap();
    s.check(&format!("{name}-{lang}-8-portfolio")).await;
    // Contracts and the case: the auditor sees the checklist and the forms of due process.
    s.click("nav a[href^='/contracts']").await;
    s.check(&format!("{name}-{lang}-9-contracts")).await;
    s.click("main a[href^='/contracts/']").await;
    s.click("main a[href^='/cases/']").await;
    assert!(s.path().await.starts_with("/cases/"));
    let has_forms = s.client.find(Locator::Css("form input[name='type'][value='decision']")).await.is_ok();
    assert_eq!(has_forms, who != Who::Officer, "auditors (and administrators) record due process, officers do not");
    s.client.find(Locator::Css("ul.checklist")).await.unwrap();
    s.check(&format!("{name}-{lang}-10-case")).await;
    s.click("nav a[href^='/reports/s211']").await;
    s.client.find(Locator::Css("select#fiscal_year")).await.unwrap();
    s.check(&format!("{name}-{lang}-11-s211")).await;
    s.sign_out().await;
}

#[tokio::test]
async fn each_roles_main_journey_works_in_chromium_in_both_languages_without_serious_accessibility_issues() {
    let Some(tools) = tools() else { return };
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    for name in demo_files() {
        assert!(app.upload(&name, demo_file(&name)).await.status().is_success());
    }
    // A contract of the supplier's with a case, evidence and a notice, for the case pages of each role.
    let contract: Value = app
        .request(Who::Officer, reqwest::Method::POST, "/api/v1/contracts")
        .json(&json!({"number": "W8486-26/001", "kind": "contract", "title": "Rope", "business_number": "842310575",
            "supplier_name": "Cordages Nordiques Inc.", "goods_category": "ropes_cordage", "value_cad": 167250,
            "awarded_on": "2026-11-01"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let path = format!("/api/v1/contracts/{}/cases", contract["id"]);
    let case: Value = app
        .request(Who::Auditor, reqwest::Method::POST, &path)
        .json(&json!({"title": "Sisal report"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let events = format!("/api/v1/cases/{}/events", case["id"]);
    for event in [
        json!({"type": "evidence", "kind": "credible_report", "source": "Field report", "dated": "2026-10-30",
               "indicators": ["debt_bondage"], "credibility": "high", "sites": []}),
        json!({"type": "notice", "respond_by": crate::helpers::day(30), "subject": "Allegation", "body": "Explain."}),
    ] {
        let resp = app.request(Who::Auditor, reqwest::Method::POST, &events).json(&event).send().await.unwrap();
        assert_eq!(resp.status(), 201);
    }
    let work = tempfile::tempdir().unwrap();
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let (_driver, client) = start_browser(&tools, &work.path().join("profile")).await;
    let mut s = Session { app: &app, client, axe: &tools.axe, shots, problems: Vec::new() };
    // The check can fail: a page with an image without a text alternative is caught.
    s.client.goto("data:text/html,<html lang=en><title>x</title><main><img src=x.png></main></html>").await.unwrap();
    s.check("self-test").await;
    let caught = std::mem::take(&mut s.problems);
    assert!(caught.iter().any(|p| p.contains("image-alt")), "axe did not flag a missing alt: {caught:?}");
    for lang in ["en", "fr"] {
        supplier_journey(&mut s, lang, work.path()).await;
        officer_journey(&mut s, Who::Officer, lang).await;
        officer_journey(&mut s, Who::Auditor, lang).await;
        officer_journey(&mut s, Who::Administrator, lang).await;
        administrator_pages(&mut s, lang).await;
    }
    let problems = std::mem::take(&mut s.problems);
    s.client.close().await.unwrap();
    assert!(problems.is_empty(), "serious or critical accessibility violations:\n{}", problems.join("\n"));
}

impl Session<'_> {
    /// Checks the page as [`Session::check`] does, and that its HTML (as the officer is sent it) stays within
    /// [`PAGE_BUDGET`].
    async fn check_weighed(&mut self, name: &str) {
        self.check(name).await;
        let path = self.path().await;
        let bytes = self.app.get_as(Who::Officer, &path).await.bytes().await.unwrap().len();
        assert!(bytes < PAGE_BUDGET, "{path}: {bytes} bytes, over {PAGE_BUDGET}");
        eprintln!("{name}: {path} is {bytes} bytes");
    }
}

#[tokio::test]
async fn an_officer_finds_declarations_in_a_portfolio_of_hundreds_by_filtering_sorting_and_paging() {
    let Some(tools) = tools() else { return };
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    small_portfolio(&app, 210).await;
    let work = tempfile::tempdir().unwrap();
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let (_driver, client) = start_browser(&tools, &work.path().join("profile")).await;
    let mut s = Session { app: &app, client, axe: &tools.axe, shots, problems: Vec::new() };
    s.sign_in(Who::Officer, "en").await;
    assert!(s.text(".list-count").await.contains("1–50 of 210"), "{}", s.text(".list-count").await);
    s.check_weighed("lists-en-1-home").await;
    // Search and sort with the form, from the keyboard's point of view: labelled fields, a submit button.
    s.client.find(Locator::Id("f-q")).await.unwrap().send_keys("supplier 1").await.unwrap();
    s.client.find(Locator::Css("select#f-sort option[value='risk']")).await.unwrap().click().await.unwrap();
    s.click("form.filters button[type=submit]").await;
    let path = s.path().await;
    assert!(path.contains("q=supplier+1") && path.contains("sort=risk"), "{path}");
    let count = s.text(".list-count").await;
    let total: usize = count.rsplit(' ').next().and_then(|n| n.replace(',', "").parse().ok()).unwrap_or(0);
    assert!(count.starts_with("1–50 of ") && (51..210).contains(&total), "{count}: more than a page, fewer than all");
    s.check_weighed("lists-en-2-filtered").await;
    // The next page keeps the search and the order.
    s.click("nav.pager a[rel=next]").await;
    let path = s.path().await;
    assert!(path.contains("q=supplier+1") && path.contains("sort=risk") && path.contains("page=2"), "{path}");
    assert!(s.text(".list-count").await.starts_with(&format!("51–100 of {total}")));
    s.check_weighed("lists-en-3-page-2").await;
    // A declaration from the list.
    s.click("main table.data a[href^='/declarations/']").await;
    assert!(s.path().await.starts_with("/declarations/"));
    s.check_weighed("lists-en-4-declaration").await;
    // In French, a country and a band chosen in the form; the count in French.
    s.goto("/?lang=fr&per_page=100").await;
    assert!(s.text(".list-count").await.contains("1–100 sur 210"), "{}", s.text(".list-count").await);
    s.check_weighed("lists-fr-5-one-hundred").await;
    s.client.find(Locator::Css("select#f-country option[value='CN']")).await.unwrap().click().await.unwrap();
    s.click("form.filters button[type=submit]").await;
    assert!(s.path().await.contains("country=CN"));
    assert!(s.text(".list-count").await.contains(" sur "), "{}", s.text(".list-count").await);
    s.check_weighed("lists-fr-6-country").await;
    s.sign_out().await;
    let problems = std::mem::take(&mut s.problems);
    s.client.close().await.unwrap();
    assert!(problems.is_empty(), "serious or critical accessibility violations:\n{}", problems.join("\n"));
}

/// A watch list naming two demo suppliers, its addresses and reasons written for one language (another language,
/// another edition: its entries' addresses changed, which matters for matching, so their hits are asked again; a
/// reason reworded alone would ask nothing again).
fn watch_list(dir: &Path, lang: &str) -> PathBuf {
    let csv = format!(
        "id,name,country,business_number,address,reason\n\
         W-1,Cordages Nordiques Inc.,CA,842310575,Port ({lang}),Press report ({lang})\n\
         W-2,Atlantic Marine Hardware Ltd.,CA,,Quay ({lang}),Tip from a union ({lang})\n"
    );
    let path = dir.join(format!("watch-{lang}.csv"));
    std::fs::write(&path, csv).unwrap();
    path
}

/// Entity screening: an administrator imports a watch list on `/screening` and sees the edition; an officer opens
/// the alerts (counted in the navigation), confirms one hit and dismisses the other.
async fn screening_journey(s: &mut Session<'_>, lang: &str, files: &Path) {
    s.sign_in(Who::Administrator, lang).await;
    s.goto(&format!("/screening?lang={lang}")).await;
    s.check(&format!("screening-{lang}-1-lists")).await;
    s.client.find(Locator::Css("select#list option[value='watchlist']")).await.unwrap().click().await.unwrap();
    s.client.find(Locator::Id("label")).await.unwrap().send_keys(&format!("Watch {lang}")).await.unwrap();
    let input = s.client.find(Locator::Id("file")).await.unwrap();
    input.send_keys(watch_list(files, lang).to_str().unwrap()).await.unwrap();
    s.click("form.upload button[type=submit]").await;
    // The form leads to the new edition's page (Post/Redirect/Get), opening with what the import and the re-screening
    // did.
    let here = s.path().await;
    assert!(here.starts_with("/screening/editions/") && here.contains("imported=new"), "{here}");
    let summary = if lang == "fr" { "filtrée de nouveau" } else { "screened again" };
    assert!(s.text("main").await.contains(summary), "the page says what the import did");
    assert!(s.text("main").await.contains("Cordages Nordiques Inc."), "the diff names the entries added");
    s.check(&format!("screening-{lang}-2-edition")).await;
    s.sign_out().await;

    s.sign_in(Who::Officer, lang).await;
    s.click("nav a[href^='/screening/alerts']").await;
    let open = s.app.store.count_open_screening_hits().await.unwrap();
    assert!(open >= 2, "both suppliers are hits: {open}");
    s.check(&format!("screening-{lang}-3-alerts")).await;
    s.click("main section.match button[value='confirm']").await;
    s.click("main section.match button[value='dismiss']").await;
    assert_eq!(s.app.store.count_open_screening_hits().await.unwrap(), open - 2, "one confirmed, one dismissed");
    s.click("main a[href^='/screening/alerts?status=all']").await;
    s.check(&format!("screening-{lang}-4-decided")).await;
    s.sign_out().await;
}

#[tokio::test]
async fn screening_lists_are_imported_and_hits_decided_in_chromium_in_both_languages() {
    let Some(tools) = tools() else { return };
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    for name in ["cordages-nordiques-w8486.json", "atlantic-marine-w8486.json"] {
        assert!(app.upload(name, demo_file(name)).await.status().is_success());
    }
    let work = tempfile::tempdir().unwrap();
    let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let (_driver, client) = start_browser(&tools, &work.path().join("profile")).await;
    let mut s = Session { app: &app, client, axe: &tools.axe, shots, problems: Vec::new() };
    for lang in ["en", "fr"] {
        screening_journey(&mut s, lang, work.path()).await;
    }
    let problems = std::mem::take(&mut s.problems);
    s.client.close().await.unwrap();
    assert!(problems.is_empty(), "serious or critical accessibility violations:\n{}", problems.join("\n"));
}
