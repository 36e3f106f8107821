//! Who may do what: every route called as every role and as nobody, checked against one table; sign-in, sign-out,
//! CSRF and login throttling through a browser-like client.

use std::collections::BTreeSet;

use reqwest::Method;
use serde_json::Value;

use crate::helpers::{Backend, PASSWORD, TestApp, Who, demo_file, demo_files, hidden_field, login_csrf, spawn_app};
use crate::on_both_backends;

/// The demo declaration of the `Supplier` test account (Cordages Nordiques) and of `OtherSupplier` (Atlantic).
const OWN_FILE: &str = "cordages-nordiques-w8486.json";
const OTHERS_FILE: &str = "atlantic-marine-w8486.json";
const OWN_BN: &str = "842310575";

/// What a route answers to a caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// 2xx (or a 303 onward for form posts that worked).
    Ok,
    /// The API's 401, or a page's redirect to the login form.
    SignIn,
    /// 403.
    Denied,
    /// 404: someone else's data does not even show that it exists.
    Hidden,
    /// 422: the request was understood and refused (a supplier submitting for another organisation).
    Refused,
    /// 400: allowed, but the request does not hold (a site-match decision on facilities never proposed).
    Invalid,
}
use Expect::*;

/// One row of the table: a route, how to call it, and the answer for each caller in the order of `Who::ALL`
/// (anonymous, supplier, other supplier, officer, auditor, administrator).
struct Row {
    method: Method,
    /// The route as mounted (for the completeness check).
    route: &'static str,
    /// The path called, with `{own}`, `{others}` and `{sol}` filled in.
    path: &'static str,
    body: Body,
    expect: [Expect; 6],
}

#[derive(Clone, Copy)]
enum Body {
    None,
    /// The supplier's own declaration, as a multipart upload.
    OwnFile,
    /// A JSON body; `{n}` becomes a number unique to the call, `{open_until}` and `{soon}` a day a month from today.
    Json(&'static str),
    /// A form body (url-encoded).
    Form(&'static str),
}

const NEW_CONTRACT: &str = r#"{"number": "W8486-25{n}/001", "kind": "contract", "title": "Rope", "business_number": "842310575",
  "supplier_name": "Cordages Nordiques Inc.", "goods_category": "ropes_cordage", "value_cad": 1000, "awarded_on": "2025-05-01"}"#;
const NOTICE: &str = r#"{"type": "notice", "respond_by": "{open_until}", "subject": "s{n}", "body": "b"}"#;

fn table() -> Vec<Row> {
    let row = |method: Method, route, path, body, expect| Row { method, route, path, body, expect };
    let get = Method::GET;
    let post = Method::POST;
    vec![
        // Public: load balancers, the API description, the blank template, the sign-in form, assets.
        row(get.clone(), "/health", "/health", Body::None, [Ok; 6]),
        row(get.clone(), "/static/{path:.*}", "/static/app.css", Body::None, [Ok; 6]),
        row(get.clone(), "/api/v1/openapi.json", "/api/v1/openapi.json", Body::None, [Ok; 6]),
        row(get.clone(), "/api/v1/template", "/api/v1/template", Body::None, [Ok; 6]),
        row(get.clone(), "/template", "/template", Body::None, [Ok; 6]),
        // The sign-in form sends a signed-in caller on to where it was going.
        row(get.clone(), "/login", "/login", Body::None, [Ok; 6]),
        // API.
        row(get.clone(), "/api/v1/me", "/api/v1/me", Body::None, [SignIn, Ok, Ok, Ok, Ok, Ok]),
        // Screening alert e-mails: officers and auditors, their own (left on).
        row(
            Method::PUT,
            "/api/v1/me/screening-alerts",
            "/api/v1/me/screening-alerts",
            Body::Json(r#"{"on": true}"#),
            [SignIn, Denied, Denied, Ok, Ok, Denied],
        ),
        row(
            get.clone(),
            "/api/v1/accounts",
            "/api/v1/accounts",
            Body::None,
            [SignIn, Denied, Denied, Denied, Denied, Ok],
        ),
        // Managing accounts: administrators only, on a spare account of its own (disabling is undone by the next
        // row, so that the table's other callers keep working).
        row(
            get.clone(),
            "/api/v1/accounts/{id}/tokens",
            "/api/v1/accounts/{spare}/tokens",
            Body::None,
            [SignIn, Denied, Denied, Denied, Denied, Ok],
        ),
        row(
            Method::DELETE,
            "/api/v1/accounts/{id}/tokens/{token_id}",
            "/api/v1/accounts/{spare}/tokens/{spare_token}",
            Body::None,
            [SignIn, Denied, Denied, Denied, Denied, Ok],
        ),
        row(
            post.clone(),
            "/api/v1/accounts/{id}/disable",
            "/api/v1/accounts/{spare}/disable",
            Body::None,
            [SignIn, Denied, Denied, Denied, Denied, Ok],
        ),
        row(
            post.clone(),
            "/api/v1/accounts/{id}/enable",
            "/api/v1/accounts/{spare}/enable",
            Body::None,
            [SignIn, Denied, Denied, Denied, Denied, Ok],
        ),
        row(
            Method::PUT,
            "/api/v1/accounts/{id}/role",
            "/api/v1/accounts/{spare}/role",
            Body::Json(r#"{"role": "auditor"}"#),
            [SignIn, Denied, Denied, Denied, Denied, Ok],
        ),
        row(get.clone(), "/api/v1/contracts", "/api/v1/contracts", Body::None, [SignIn, Ok, Ok, Ok, Ok, Ok]),
        row(
            post.clone(),
            "/api/v1/contracts",
            "/api/v1/contracts",
            Body::Json(NEW_CONTRACT),
            [SignIn, Denied, Denied, Ok, Denied, Ok],
        ),
        row(
            get.clone(),
            "/api/v1/contracts/{id}",
            "/api/v1/contracts/{contract}",
            Body::None,
            [SignIn, Ok, Hidden, Ok, Ok, Ok],
        ),
        row(
            post.clone(),
            "/api/v1/contracts/{id}/cases",
            "/api/v1/contracts/{contract}/cases",
            Body::Json(r#"{"title": "t{n}"}"#),
            [SignIn, Denied, Denied, Denied, Ok, Ok],
        ),
        row(get.clone(), "/api/v1/cases/{id}", "/api/v1/cases/{case}", Body::None, [SignIn, Ok, Hidden, Ok, Ok, Ok]),
        row(
            post.clone(),
            "/api/v1/cases/{id}/events",
            "/api/v1/cases/{case}/events",
            Body::Json(NOTICE),
            [SignIn, Denied, Hidden, Denied, Ok, Ok],
        ),
        row(
            get.clone(),
            "/api/v1/reports/s211",
            "/api/v1/reports/s211?fiscal_year=2026&format=csv",
            Body::None,
            [SignIn, Denied, Denied, Ok, Ok, Ok],
        ),
        row(get.clone(), "/api/v1/audit", "/api/v1/audit", Body::None, [SignIn, Denied, Denied, Denied, Ok, Ok]),
        row(get.clone(), "/api/v1/declarations", "/api/v1/declarations", Body::None, [SignIn, Ok, Ok, Ok, Ok, Ok]),
        row(
            get.clone(),
            "/api/v1/declarations/{id}",
            "/api/v1/declarations/{own}",
            Body::None,
            [SignIn, Ok, Hidden, Ok, Ok, Ok],
        ),
        row(
            get.clone(),
            "/api/v1/declarations/{id}",
            "/api/v1/declarations/{others}",
            Body::None,
            [SignIn, Hidden, Ok, Ok, Ok, Ok],
        ),
        row(
            get.clone(),
            "/api/v1/declarations/{id}/assessment",
            "/api/v1/declarations/{own}/assessment",
            Body::None,
            [SignIn, Ok, Hidden, Ok, Ok, Ok],
        ),
        row(
            get.clone(),
            "/api/v1/solicitations",
            "/api/v1/solicitations",
            Body::None,
            [SignIn, Denied, Denied, Ok, Ok, Ok],
        ),
        row(
            get.clone(),
            "/api/v1/solicitations/{number:.+}",
            "/api/v1/solicitations/{sol}",
            Body::None,
            [SignIn, Denied, Denied, Ok, Ok, Ok],
        ),
        row(
            post.clone(),
            "/api/v1/declarations",
            "/api/v1/declarations",
            Body::OwnFile,
            [SignIn, Ok, Refused, Ok, Denied, Ok],
        ),
        // Pages.
        row(get.clone(), "/", "/", Body::None, [SignIn, Ok, Ok, Ok, Ok, Ok]),
        row(
            get.clone(),
            "/solicitations/{number:.+}",
            "/solicitations/{sol}",
            Body::None,
            [SignIn, Denied, Denied, Ok, Ok, Ok],
        ),
        row(get.clone(), "/declarations/{id}", "/declarations/{own}", Body::None, [SignIn, Ok, Hidden, Ok, Ok, Ok]),
        row(get.clone(), "/declarations/{id}", "/declarations/{others}", Body::None, [SignIn, Hidden, Ok, Ok, Ok, Ok]),
        row(
            get.clone(),
            "/declarations/{id}/report",
            "/declarations/{own}/report",
            Body::None,
            [SignIn, Ok, Hidden, Ok, Ok, Ok],
        ),
        row(get.clone(), "/suppliers/{id}", "/suppliers/{own_supplier}", Body::None, [SignIn, Ok, Hidden, Ok, Ok, Ok]),
        row(
            get.clone(),
            "/portfolio",
            "/portfolio?fy=2026&kind=child",
            Body::None,
            [SignIn, Denied, Denied, Ok, Ok, Ok],
        ),
        row(get.clone(), "/contracts", "/contracts", Body::None, [SignIn, Ok, Ok, Ok, Ok, Ok]),
        row(
            post.clone(),
            "/contracts",
            "/contracts",
            Body::Form(
                "number=W8486-26{n}%2F002&kind=contract&title=Rope&business_number=842310575&supplier_name=Cordages\
                 &goods_category=ropes_cordage&value_cad=1000&awarded_on=2026-05-01&ends_on=",
            ),
            [SignIn, Denied, Denied, Ok, Denied, Ok],
        ),
        row(get.clone(), "/contracts/{id}", "/contracts/{contract}", Body::None, [SignIn, Ok, Hidden, Ok, Ok, Ok]),
        row(
            post.clone(),
            "/contracts/{id}/cases",
            "/contracts/{contract}/cases",
            Body::Form("title=Allegation+{n}"),
            [SignIn, Denied, Denied, Denied, Ok, Ok],
        ),
        row(get.clone(), "/cases/{id}", "/cases/{case}", Body::None, [SignIn, Ok, Hidden, Ok, Ok, Ok]),
        row(
            get.clone(),
            "/reports/s211",
            "/reports/s211?fiscal_year=2026",
            Body::None,
            [SignIn, Denied, Denied, Ok, Ok, Ok],
        ),
        row(
            post.clone(),
            "/cases/{id}",
            "/cases/{case}",
            Body::Form("type=notice&respond_by={open_until}&subject=S{n}&body=B"),
            [SignIn, Denied, Hidden, Denied, Ok, Ok],
        ),
        row(
            get.clone(),
            "/cases/{id}/dossier",
            "/cases/{case}/dossier",
            Body::None,
            [SignIn, Denied, Denied, Ok, Ok, Ok],
        ),
        // A file of a case: whoever may read its entry (here a notice, so its supplier too).
        row(
            get.clone(),
            "/cases/{id}/attachments/{attachment}",
            "/cases/{case}/attachments/{attachment}",
            Body::None,
            [SignIn, Ok, Hidden, Ok, Ok, Ok],
        ),
        // A bid's follow-up: the portfolio roles read it; officers and administrators act on it.
        row(
            get.clone(),
            "/bids/{id}/follow-up",
            "/bids/{own}/follow-up",
            Body::None,
            [SignIn, Denied, Denied, Ok, Ok, Ok],
        ),
        row(
            post.clone(),
            "/bids/{id}/follow-up",
            "/bids/{own}/follow-up",
            Body::Form("type=note&text=Note+{n}"),
            [SignIn, Denied, Denied, Ok, Denied, Ok],
        ),
        // A supplier's requests for information; the portfolio roles follow a bid's on its follow-up page.
        row(get.clone(), "/requests", "/requests", Body::None, [SignIn, Ok, Ok, Denied, Denied, Denied]),
        // A request for information: its bidder and the portfolio roles read it; only the bidder answers.
        row(get.clone(), "/requests/{id}", "/requests/{request}", Body::None, [SignIn, Ok, Hidden, Ok, Ok, Ok]),
        row(
            post.clone(),
            "/requests/{id}",
            "/requests/{request}",
            Body::Form("text=Answer+{n}"),
            [SignIn, Ok, Hidden, Denied, Denied, Denied],
        ),
        row(get.clone(), "/upload", "/upload", Body::None, [SignIn, Ok, Ok, Ok, Denied, Ok]),
        row(post.clone(), "/upload", "/upload", Body::OwnFile, [SignIn, Ok, Refused, Ok, Denied, Ok]),
        row(get.clone(), "/api/v1/graph", "/api/v1/graph", Body::None, [SignIn, Denied, Denied, Ok, Ok, Ok]),
        row(
            get.clone(),
            "/api/v1/graph/sites",
            "/api/v1/graph/sites?q=rope",
            Body::None,
            [SignIn, Denied, Denied, Ok, Ok, Ok],
        ),
        row(
            get.clone(),
            "/api/v1/graph/sites/{id}",
            "/api/v1/graph/sites/{facility}",
            Body::None,
            [SignIn, Denied, Denied, Ok, Ok, Ok],
        ),
        row(
            get.clone(),
            "/api/v1/graph/concentration",
            "/api/v1/graph/concentration",
            Body::None,
            [SignIn, Denied, Denied, Ok, Ok, Ok],
        ),
        row(
            get.clone(),
            "/api/v1/graph/findings",
            "/api/v1/graph/findings",
            Body::None,
            [SignIn, Denied, Denied, Ok, Ok, Ok],
        ),
        row(
            get.clone(),
            "/api/v1/graph/matches",
            "/api/v1/graph/matches",
            Body::None,
            [SignIn, Denied, Denied, Ok, Denied, Ok],
        ),
        row(
            post.clone(),
            "/api/v1/graph/matches",
            "/api/v1/graph/matches",
            Body::Json(r#"{"key_a": "na:XX:a{n}", "key_b": "na:XX:b", "same": true}"#),
            [SignIn, Denied, Denied, Invalid, Denied, Invalid],
        ),
        row(
            get.clone(),
            "/api/v1/graph/export",
            "/api/v1/graph/export?format=dot",
            Body::None,
            [SignIn, Denied, Denied, Ok, Ok, Ok],
        ),
        row(
            get.clone(),
            "/api/v1/declarations/{id}/chain",
            "/api/v1/declarations/{own}/chain",
            Body::None,
            [SignIn, Ok, Hidden, Ok, Ok, Ok],
        ),
        row(
            get.clone(),
            "/api/v1/declarations/{id}/chain",
            "/api/v1/declarations/{others}/chain?format=graphml",
            Body::None,
            [SignIn, Hidden, Ok, Ok, Ok, Ok],
        ),
        row(get.clone(), "/graph", "/graph", Body::None, [SignIn, Denied, Denied, Ok, Ok, Ok]),
        row(
            get.clone(),
            "/graph/sites/{id}",
            "/graph/sites/{facility}",
            Body::None,
            [SignIn, Denied, Denied, Ok, Ok, Ok],
        ),
        row(get.clone(), "/graph/matches", "/graph/matches", Body::None, [SignIn, Denied, Denied, Ok, Denied, Ok]),
        row(
            post.clone(),
            "/graph/matches",
            "/graph/matches",
            Body::Form("key_a=na%3AXX%3Aa&key_b=na%3AXX%3Ab&decision=same"),
            [SignIn, Denied, Denied, Invalid, Denied, Invalid],
        ),
        row(
            get.clone(),
            "/declarations/{id}/chain",
            "/declarations/{own}/chain",
            Body::None,
            [SignIn, Ok, Hidden, Ok, Ok, Ok],
        ),
        // The administrators' pages (on the spare account, disabled then enabled again), the audit log page, the
        // reset form, the supplier's receipt.
        row(get.clone(), "/accounts", "/accounts", Body::None, [SignIn, Denied, Denied, Denied, Denied, Ok]),
        row(
            post.clone(),
            "/accounts",
            "/accounts",
            Body::Form("display_name=New+{n}&email=new{n}%40pspc.test&role=officer&business_number="),
            [SignIn, Denied, Denied, Denied, Denied, Ok],
        ),
        row(
            get.clone(),
            "/accounts/{id}",
            "/accounts/{spare}",
            Body::None,
            [SignIn, Denied, Denied, Denied, Denied, Ok],
        ),
        row(
            post.clone(),
            "/accounts/{id}/disable",
            "/accounts/{spare}/disable",
            Body::Form("csrf="),
            [SignIn, Denied, Denied, Denied, Denied, Ok],
        ),
        row(
            post.clone(),
            "/accounts/{id}/enable",
            "/accounts/{spare}/enable",
            Body::Form("csrf="),
            [SignIn, Denied, Denied, Denied, Denied, Ok],
        ),
        // The language of an account's messages: administrators set anyone's, everyone their own.
        row(
            post.clone(),
            "/accounts/{id}/language",
            "/accounts/{spare}/language",
            Body::Form("language=fr"),
            [SignIn, Denied, Denied, Denied, Denied, Ok],
        ),
        row(get.clone(), "/account", "/account", Body::None, [SignIn, Ok, Ok, Ok, Ok, Ok]),
        row(
            post.clone(),
            "/account/language",
            "/account/language",
            Body::Form("language=en"),
            [SignIn, Ok, Ok, Ok, Ok, Ok],
        ),
        row(
            post.clone(),
            "/account/screening-alerts",
            "/account/screening-alerts",
            Body::Form("alerts=on"),
            [SignIn, Denied, Denied, Ok, Ok, Denied],
        ),
        // A bid's follow-up and a case's files by the API: the same rules as their pages.
        row(
            get.clone(),
            "/api/v1/bids/{id}/requests",
            "/api/v1/bids/{own}/requests",
            Body::None,
            [SignIn, Ok, Hidden, Ok, Ok, Ok],
        ),
        row(
            post.clone(),
            "/api/v1/bids/{id}/requests",
            "/api/v1/bids/{own}/requests",
            Body::Json(r#"{"subject": "s{n}", "body": "b", "respond_by": "{soon}"}"#),
            [SignIn, Denied, Denied, Ok, Denied, Ok],
        ),
        row(get.clone(), "/api/v1/requests", "/api/v1/requests", Body::None, [SignIn, Ok, Ok, Denied, Denied, Denied]),
        row(
            get.clone(),
            "/api/v1/requests/{id}",
            "/api/v1/requests/{request}",
            Body::None,
            [SignIn, Ok, Hidden, Ok, Ok, Ok],
        ),
        row(
            post.clone(),
            "/api/v1/requests/{id}/answers",
            "/api/v1/requests/{request}/answers",
            Body::Json(r#"{"text": "a{n}"}"#),
            [SignIn, Ok, Hidden, Denied, Denied, Denied],
        ),
        row(
            get.clone(),
            "/api/v1/bids/{id}/notes",
            "/api/v1/bids/{own}/notes",
            Body::None,
            [SignIn, Denied, Denied, Ok, Ok, Ok],
        ),
        row(
            post.clone(),
            "/api/v1/bids/{id}/notes",
            "/api/v1/bids/{own}/notes",
            Body::Json(r#"{"text": "n{n}"}"#),
            [SignIn, Denied, Denied, Ok, Denied, Ok],
        ),
        row(
            get.clone(),
            "/api/v1/cases/{id}/attachments",
            "/api/v1/cases/{case}/attachments",
            Body::None,
            [SignIn, Ok, Hidden, Ok, Ok, Ok],
        ),
        row(
            get.clone(),
            "/api/v1/cases/{id}/attachments/{file}",
            "/api/v1/cases/{case}/attachments/{attachment}",
            Body::None,
            [SignIn, Ok, Hidden, Ok, Ok, Ok],
        ),
        row(
            post.clone(),
            "/accounts/{id}/role",
            "/accounts/{spare}/role",
            Body::Form("role=officer&business_number="),
            [SignIn, Denied, Denied, Denied, Denied, Ok],
        ),
        row(
            post.clone(),
            "/accounts/{id}/password-reset",
            "/accounts/{spare}/password-reset",
            Body::Form("csrf="),
            [SignIn, Denied, Denied, Denied, Denied, Ok],
        ),
        row(
            post.clone(),
            "/accounts/{id}/tokens/{token_id}/revoke",
            "/accounts/{spare}/tokens/{spare_token}/revoke",
            Body::Form("csrf="),
            [SignIn, Denied, Denied, Denied, Denied, Ok],
        ),
        row(get.clone(), "/audit", "/audit", Body::None, [SignIn, Denied, Denied, Denied, Ok, Ok]),
        row(get.clone(), "/password-reset", "/password-reset", Body::None, [Ok; 6]),
        row(
            get.clone(),
            "/declarations/{id}/receipt",
            "/declarations/{own}/receipt",
            Body::None,
            [SignIn, Ok, Hidden, Ok, Ok, Ok],
        ),
        // Entity screening: officers, auditors and administrators read; administrators import (a declaration is no
        // list, and names no list: 400); officers and administrators decide (no such hit: 404).
        row(
            get.clone(),
            "/api/v1/screening/lists",
            "/api/v1/screening/lists",
            Body::None,
            [SignIn, Denied, Denied, Ok, Ok, Ok],
        ),
        row(
            post.clone(),
            "/api/v1/screening/editions",
            "/api/v1/screening/editions",
            Body::OwnFile,
            [SignIn, Denied, Denied, Denied, Denied, Invalid],
        ),
        row(
            get.clone(),
            "/api/v1/screening/editions/{id}",
            "/api/v1/screening/editions/999999",
            Body::None,
            [SignIn, Denied, Denied, Hidden, Hidden, Hidden],
        ),
        row(
            get.clone(),
            "/api/v1/screening/hits",
            "/api/v1/screening/hits",
            Body::None,
            [SignIn, Denied, Denied, Ok, Ok, Ok],
        ),
        row(
            get.clone(),
            "/api/v1/screening/editions/{id}/entries",
            "/api/v1/screening/editions/999999/entries",
            Body::None,
            [SignIn, Denied, Denied, Hidden, Hidden, Hidden],
        ),
        row(
            get.clone(),
            "/api/v1/screening/hits/{id}",
            "/api/v1/screening/hits/999999",
            Body::None,
            [SignIn, Denied, Denied, Hidden, Hidden, Hidden],
        ),
        row(
            post.clone(),
            "/api/v1/screening/hits/{id}/decision",
            "/api/v1/screening/hits/999999/decision",
            Body::Json(r#"{"confirmed": false, "note": "n{n}"}"#),
            [SignIn, Denied, Denied, Hidden, Denied, Hidden],
        ),
        row(get.clone(), "/screening", "/screening", Body::None, [SignIn, Denied, Denied, Ok, Ok, Ok]),
        row(
            post.clone(),
            "/screening/import",
            "/screening/import",
            Body::OwnFile,
            [SignIn, Denied, Denied, Denied, Denied, Invalid],
        ),
        row(
            get.clone(),
            "/screening/editions/{id}",
            "/screening/editions/999999",
            Body::None,
            [SignIn, Denied, Denied, Hidden, Hidden, Hidden],
        ),
        row(
            get.clone(),
            "/screening/editions/{id}/entries",
            "/screening/editions/999999/entries",
            Body::None,
            [SignIn, Denied, Denied, Hidden, Hidden, Hidden],
        ),
        row(get.clone(), "/screening/alerts", "/screening/alerts", Body::None, [SignIn, Denied, Denied, Ok, Ok, Ok]),
        row(
            post.clone(),
            "/screening/hits/{id}",
            "/screening/hits/999999",
            Body::Form("decision=dismiss&note=n{n}"),
            [SignIn, Denied, Denied, Hidden, Denied, Hidden],
        ),
    ]
}

/// Routes answered by the sign-in and sign-out forms themselves, tested below with a browser-like client.
/// The reset form's post is the person's own (`admin_pages.rs` walks it with its token).
const FORM_ROUTES: [(&str, &str); 3] = [("POST", "/login"), ("POST", "/logout"), ("POST", "/password-reset")];

/// Every `(method, route)` mounted in the source of the web module, so that a new route cannot go untested.
pub(crate) fn mounted_routes() -> BTreeSet<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/web");
    let mut out = BTreeSet::new();
    // graph.rs mounts API routes (`api_routes`) and pages (`page_routes`): each part with its own prefix.
    let graph = std::fs::read_to_string(dir.join("graph.rs")).unwrap();
    let split = graph.find("pub fn page_routes").unwrap();
    let mut sources: Vec<(String, &str)> =
        vec![(graph[..split].to_string(), "/api/v1"), (graph[split..].to_string(), "")];
    // screening.rs too (entity screening).
    let screening = std::fs::read_to_string(dir.join("screening.rs")).unwrap();
    let split = screening.find("pub fn page_routes").unwrap();
    sources.push((screening[..split].to_string(), "/api/v1"));
    sources.push((screening[split..].to_string(), ""));
    for file in [
        "mod.rs",
        "api.rs",
        "accounts.rs",
        "cases.rs",
        "follow_up.rs",
        "pages.rs",
        "case_pages.rs",
        "account_pages.rs",
        "supplier_pages.rs",
    ] {
        let source = std::fs::read_to_string(dir.join(file)).unwrap();
        let prefix =
            if matches!(file, "api.rs" | "accounts.rs" | "cases.rs" | "follow_up.rs") { "/api/v1" } else { "" };
        sources.push((source, prefix));
    }
    for (source, prefix) in &sources {
        for part in source.split(".route(\"").skip(1) {
            let route = &part[..part.find('"').unwrap()];
            let method = part.split("web::").nth(1).unwrap().split("()").next().unwrap().to_uppercase();
            out.insert((method, format!("{prefix}{route}")));
        }
    }
    out
}

#[test]
fn the_table_covers_every_route() {
    let mut covered: BTreeSet<(String, String)> =
        table().iter().map(|r| (r.method.to_string(), r.route.to_string())).collect();
    covered.extend(FORM_ROUTES.iter().map(|(m, r)| (m.to_string(), r.to_string())));
    let mounted = mounted_routes();
    assert!(mounted.len() > 15, "the route scan found too little: {mounted:?}");
    let untested: Vec<_> = mounted.difference(&covered).collect();
    assert!(untested.is_empty(), "routes without a row in the authorization table: {untested:?}");
}

struct Ids {
    own: i64,
    others: i64,
    sol: String,
    contract: i64,
    case: i64,
    own_supplier: i64,
    /// A facility of the national graph (the own declaration's first site).
    facility: String,
    /// An account for administrators to manage, and its API token's id.
    spare: i64,
    spare_token: i64,
    /// A request for information to the own supplier, and a file attached to a notice of the case.
    request: i64,
    attachment: i64,
}

impl Ids {
    /// `path` of the authorization table with its placeholders (`{own}`, `{case}` …) replaced by these ids.
    fn fill(&self, path: &str) -> String {
        path.replace("{own}", &self.own.to_string())
            .replace("{others}", &self.others.to_string())
            .replace("{sol}", &self.sol)
            .replace("{contract}", &self.contract.to_string())
            .replace("{case}", &self.case.to_string())
            .replace("{own_supplier}", &self.own_supplier.to_string())
            .replace("{facility}", &self.facility)
            .replace("{spare}", &self.spare.to_string())
            .replace("{spare_token}", &self.spare_token.to_string())
            .replace("{request}", &self.request.to_string())
            .replace("{attachment}", &self.attachment.to_string())
    }
}

async fn with_demo(app: TestApp) -> (TestApp, Ids) {
    for name in demo_files() {
        let resp = app.upload(&name, demo_file(&name)).await;
        assert!(resp.status().is_success(), "{name}");
    }
    let all = app.store.list_declarations(&Default::default()).await.unwrap();
    let id_of = |file: &str| all.iter().find(|d| d.file_name == file).unwrap().id;
    let own = id_of(OWN_FILE);
    let others = id_of(OTHERS_FILE);
    let sol = all.iter().find(|d| d.id == own).unwrap().solicitation_number.clone().unwrap();
    let contract: Value = app
        .request(Who::Officer, Method::POST, "/api/v1/contracts")
        .json(&serde_json::from_str::<Value>(&NEW_CONTRACT.replace("{n}", "0")).unwrap())
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let contract = contract["id"].as_i64().unwrap();
    let case: Value = app
        .request(Who::Auditor, Method::POST, &format!("/api/v1/contracts/{contract}/cases"))
        .json(&serde_json::json!({ "title": "Allegation" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let case = case["id"].as_i64().unwrap();
    let own_supplier = all.iter().find(|d| d.id == own).unwrap().supplier_id;
    let chain: Value =
        app.get_as(Who::Officer, &format!("/api/v1/declarations/{own}/chain")).await.json().await.unwrap();
    let facility = chain["sites"][0]["facility"].as_str().unwrap().to_string();
    let spare = app
        .store
        .create_account(
            &chainon::storage::NewAccount {
                email: "spare@pspc.test".into(),
                display_name: "Spare".into(),
                role: chainon::domain::AccountRole::Officer,
                business_number: None,
                password_hash: "not a hash".into(),
            },
            "tests",
        )
        .await
        .unwrap()
        .id;
    let spare_token = app.store.add_api_token(spare, "spare", "chn_spare", "tests").await.unwrap();
    let request = app
        .store
        .create_information_request(
            &chainon::storage::NewRequest {
                declaration_id: own,
                business_number: OWN_BN.into(),
                solicitation_number: sol.clone(),
                subject: "Tier 3".into(),
                body: "Name the mill.".into(),
                respond_by: "2099-01-01".parse().unwrap(),
            },
            "tests",
        )
        .await
        .unwrap();
    let notice = chainon::cases::CaseEvent::Notice(chainon::cases::Notice {
        sent_on: None,
        respond_by: "2099-01-01".parse().unwrap(),
        subject: "S".into(),
        body: "B".into(),
        delivery: None,
    });
    let file = chainon::cases::attachments::check("notice.txt", b"The notice, as sent.".to_vec()).unwrap();
    app.store
        .add_case_event_with(case, &notice, "tests", &[file], |_| std::result::Result::<(), ()>::Ok(()))
        .await
        .unwrap()
        .unwrap();
    let attachment = app.store.attachments_of_case(case).await.unwrap()[0].id;
    (app, Ids { own, others, sol, contract, case, own_supplier, facility, spare, spare_token, request, attachment })
}

fn classify(status: u16, location: Option<&str>) -> Option<Expect> {
    Some(match status {
        200..=299 => Ok,
        303 if location.is_some_and(|l| l.starts_with("/login")) => SignIn,
        // Any other redirect answers a form that worked (to the page of what it made or changed).
        303 => Ok,
        401 => SignIn,
        400 => Invalid,
        403 => Denied,
        404 => Hidden,
        422 => Refused,
        _ => return None,
    })
}

on_both_backends!(every_route_answers_every_caller_as_the_table_says, |app: TestApp| async move {
    let (app, ids) = with_demo(app).await;
    let mut wrong = Vec::new();
    let mut calls = 0;
    for row in table() {
        let path = ids.fill(row.path);
        for (who, expect) in Who::ALL.into_iter().zip(row.expect) {
            let mut req = app.request(who, row.method.clone(), &path);
            match row.body {
                Body::None => {}
                Body::OwnFile => {
                    let part = reqwest::multipart::Part::bytes(demo_file(OWN_FILE)).file_name(OWN_FILE);
                    req = req.multipart(reqwest::multipart::Form::new().part("file", part));
                }
                Body::Form(form) => {
                    calls += 1;
                    let form =
                        form.replace("{n}", &calls.to_string()).replace("{open_until}", &crate::helpers::day(30));
                    req = req.header("content-type", "application/x-www-form-urlencoded").body(form);
                }
                Body::Json(template) => {
                    calls += 1;
                    let template = template
                        .replace("{n}", &calls.to_string())
                        .replace("{open_until}", &crate::helpers::day(30))
                        .replace("{soon}", &crate::helpers::day(30));
                    let body: Value = serde_json::from_str(&template).unwrap();
                    req = req.json(&body);
                }
            }
            let before = app.count().await;
            let resp = req.send().await.unwrap();
            let status = resp.status().as_u16();
            let location = resp.headers().get("location").map(|l| l.to_str().unwrap().to_string());
            let got = classify(status, location.as_deref());
            if got != Some(expect) {
                wrong.push(format!("{} {path} as {who:?}: expected {expect:?}, got {status} {location:?}", row.method));
            }
            if expect != Ok {
                assert_eq!(app.count().await, before, "{} {path} as {who:?} changed something", row.method);
            }
        }
    }
    assert!(wrong.is_empty(), "{} answers differ from the table:\n{}", wrong.len(), wrong.join("\n"));
});

on_both_backends!(a_supplier_sees_only_its_own_organisation_by_every_listing, |app: TestApp| async move {
    let (app, ids) = with_demo(app).await;
    let list: Value =
        app.get_as(Who::Supplier, "/api/v1/declarations?include_superseded=true").await.json().await.unwrap();
    let list = list["declarations"].as_array().unwrap();
    assert!(!list.is_empty());
    assert!(list.iter().all(|d| d["business_number"] == OWN_BN), "{list:?}");
    // Asking for another supplier by id gives nothing rather than its declarations.
    let others_supplier = app.store.get_declaration(ids.others).await.unwrap().unwrap().summary.supplier_id;
    let list: Value = app
        .get_as(Who::Supplier, &format!("/api/v1/declarations?supplier_id={others_supplier}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list["declarations"].as_array().unwrap().len(), 0);
    // The home page names no other supplier.
    let home = app.get_as(Who::Supplier, "/").await.text().await.unwrap();
    assert!(home.contains("Cordages Nordiques"));
    for other in ["Atlantic Marine", "Gantex", "MediSafe", "Polar Workwear", "Uniformes Bor"] {
        assert!(!home.contains(other), "a supplier's home page shows {other}");
    }
});

on_both_backends!(a_supplier_cannot_submit_for_another_organisation_and_nothing_is_stored, |app: TestApp| async move {
    let (app, _) = with_demo(app).await;
    let before = app.count().await;
    // A changed copy of the competitor's declaration, so it is not a duplicate.
    let mut others: Value = serde_json::from_slice(&demo_file(OTHERS_FILE)).unwrap();
    others["supplier"]["declaration_date"] = "2026-11-01".into();
    let resp = app.upload_as(Who::Supplier, "atlantic.json", serde_json::to_vec(&others).unwrap()).await;
    assert_eq!(resp.status(), 422);
    let body: Value = resp.json().await.unwrap();
    let error = &body["issues"][0];
    assert_eq!(error["field"], "Business number");
    // The place is one the supplier can find: its file, not a sheet name it may not have.
    assert_eq!(error["location"], "atlantic.json");
    assert!(error["message_en"].as_str().unwrap().contains(OWN_BN));
    assert!(error["message_fr"].as_str().unwrap().contains("Rien n'a été enregistré"));
    // A file without a business number says so in words, not with a dash.
    others["supplier"].as_object_mut().unwrap().remove("business_number");
    let resp = app.upload_as(Who::Supplier, "sans-numero.json", serde_json::to_vec(&others).unwrap()).await;
    assert_eq!(resp.status(), 422);
    let body: Value = resp.json().await.unwrap();
    let error = &body["issues"][0];
    for (key, words) in [("message_en", "gives no business number"), ("message_fr", "ne donne aucun numéro")] {
        let message = error[key].as_str().unwrap();
        assert!(message.contains(words) && !message.contains('—'), "{message}");
    }
    assert_eq!(app.count().await, before);
});

on_both_backends!(a_wrong_token_is_refused_rather_than_treated_as_anonymous, |app: TestApp| async move {
    let resp = app.client_with_token("chn_0000").get(app.url("/api/v1/me")).send().await.unwrap();
    assert_eq!(resp.status(), 401);
    assert!(resp.headers().contains_key("www-authenticate"));
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["error"], "unauthorized");
    assert!(body["message_fr"].as_str().is_some_and(|m| !m.is_empty()));
    let me: Value = app.get_as(Who::Auditor, "/api/v1/me").await.json().await.unwrap();
    assert_eq!(me["account"]["role"], "auditor");
    assert_eq!(
        me["may"],
        serde_json::json!([
            "read_portfolio",
            "read_declarations",
            "read_audit",
            "manage_cases",
            "receive_screening_alerts"
        ])
    );
    // The auditor's log names who stored what.
    app.upload(OWN_FILE, demo_file(OWN_FILE)).await;
    let log: Value = app.get_as(Who::Auditor, "/api/v1/audit?subject=declaration/1").await.json().await.unwrap();
    assert_eq!(log["intact"], true);
    assert_eq!(log["entries"][1]["action"], "declaration.stored");
    assert_eq!(log["entries"][1]["actor"], Who::Officer.email().unwrap());
});

on_both_backends!(signing_in_and_out_works_and_the_forms_need_their_token, |app: TestApp| async move {
    let (app, ids) = with_demo(app).await;
    let browser = app.browser();
    // A private page sends an anonymous browser to the sign-in form, remembering where it was going.
    let resp = browser.get(app.url(&format!("/declarations/{}?lang=fr", ids.own))).send().await.unwrap();
    assert_eq!(resp.status(), 303);
    let location = resp.headers()["location"].to_str().unwrap().to_string();
    assert!(location.starts_with("/login?lang=fr&next=%2Fdeclarations%2F"), "{location}");
    let form = browser.get(app.url(&location)).send().await.unwrap().text().await.unwrap();
    assert!(form.contains("lang=\"fr\"") && form.contains("Mot de passe"));
    let csrf = hidden_field(&form, "csrf").unwrap();
    let next = hidden_field(&form, "next").unwrap().replace("&#x2F;", "/");

    // Without the form's token: refused, not signed in.
    let resp = browser
        .post(app.url("/login"))
        .form(&[("email", Who::Supplier.email().unwrap()), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 403);
    // A wrong password: the same message as an unknown e-mail.
    let url = app.url("/login?lang=en");
    let wrong = |email: &'static str| {
        let (browser, csrf, url) = (&browser, &csrf, &url);
        async move {
            let resp = browser
                .post(url)
                .form(&[("email", email), ("password", "not the password"), ("csrf", csrf.as_str())])
                .send()
                .await
                .unwrap();
            (resp.status().as_u16(), resp.text().await.unwrap())
        }
    };
    let (status, wrong_password) = wrong(Who::Supplier.email().unwrap()).await;
    assert_eq!(status, 401);
    assert!(wrong_password.contains("The e-mail address or the password is wrong."));
    let (status, _) = wrong("nobody@example.test").await;
    assert_eq!(status, 401);

    // The right password: back to where the browser was going, signed in.
    let resp = browser
        .post(app.url("/login?lang=fr"))
        .form(&[("email", Who::Supplier.email().unwrap()), ("password", PASSWORD), ("csrf", &csrf), ("next", &next)])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 303);
    let cookie = resp.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    let target = resp.headers()["location"].to_str().unwrap().to_string();
    assert!(target.starts_with(&format!("/declarations/{}", ids.own)), "{target}");
    let page = browser.get(app.url(&target)).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert_eq!(page.headers()["cache-control"], "no-store");
    let page = page.text().await.unwrap();
    assert!(page.contains("Cordages Nordiques"));

    // Uploading through the page needs the session's form token; without it nothing is stored.
    let before = app.count().await;
    let part = reqwest::multipart::Part::bytes(demo_file(OWN_FILE)).file_name(OWN_FILE);
    let resp = browser
        .post(app.url("/upload"))
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 403);
    assert_eq!(app.count().await, before);

    // Signing out ends the session whatever the form holds (another site's post carries no SameSite=Lax cookie).
    let page_csrf = hidden_field(&page, "csrf").unwrap();
    assert!(!page_csrf.is_empty());
    let resp = browser.post(app.url("/logout")).form(&[("csrf", "forged")]).send().await.unwrap();
    assert_eq!(resp.status(), 303);
    let resp = browser.get(app.url(&target)).send().await.unwrap();
    assert_eq!(resp.status(), 303, "signed out: back to the sign-in form");
});

on_both_backends!(repeated_failed_sign_ins_are_throttled, |app: TestApp| async move {
    let browser = app.browser();
    let csrf = login_csrf(&browser, &app.url("/login")).await;
    let mut statuses = Vec::new();
    for _ in 0..8 {
        let resp = browser
            .post(app.url("/login"))
            .form(&[("email", Who::Officer.email().unwrap()), ("password", "guessing-again"), ("csrf", &csrf)])
            .send()
            .await
            .unwrap();
        statuses.push(resp.status().as_u16());
    }
    assert_eq!(&statuses[..5], &[401; 5], "{statuses:?}");
    assert!(statuses[5..].iter().all(|s| *s == 429), "{statuses:?}");
    // Even the right password waits now; other accounts are not locked out.
    let resp = browser
        .post(app.url("/login"))
        .form(&[("email", Who::Officer.email().unwrap()), ("password", PASSWORD), ("csrf", &csrf)])
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 429);
    assert!(resp.text().await.unwrap().contains("Too many attempts"));
    app.signed_in(Who::Auditor).await;
});

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    for path in ["/login", "/health", "/api/v1/openapi.json", "/no-such-page"] {
        let resp = app.client.get(app.url(path)).send().await.unwrap();
        let h = resp.headers();
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}");
        assert_eq!(h["x-frame-options"], "DENY", "{path}");
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["cache-control"], "no-store", "{path}");
    }
    let css = app.client.get(app.url("/static/app.css")).send().await.unwrap();
    assert!(css.headers()["cache-control"].to_str().unwrap().starts_with("public"));
}

/// The table of pages says who may call each (`chainon::web::page_table`), and the refusals of what a request
/// carries come before asking who calls on the pages it opens to anyone: so a page marked for anyone must answer an
/// anonymous request itself, every other must send it to the sign-in page, and every page mounted must be in it.
#[tokio::test]
async fn the_pages_anyone_may_call_are_exactly_those_the_table_of_pages_opens_to_anyone() {
    use chainon::web::PageDoor;
    let app = crate::helpers::spawn_app(crate::helpers::Backend::Sqlite).await.unwrap();
    let table: Vec<_> = chainon::web::page_table().collect();
    let listed: BTreeSet<(String, String)> = table
        .iter()
        .flat_map(|(pattern, methods, _)| methods.split(", ").map(|m| (m.to_string(), pattern.to_string())))
        .collect();
    let mounted: BTreeSet<(String, String)> =
        mounted_routes().into_iter().filter(|(_, route)| !route.starts_with("/api/")).collect();
    assert_eq!(listed, mounted, "the table of pages is every page mounted");
    let mut anyones = Vec::new();
    for (pattern, methods, door) in table {
        let mut path = pattern.replace("{number:.+}", "W8486-1/A").replace("{path:.*}", "app.css");
        while let (Some(i), Some(j)) = (path.find('{'), path.find('}')) {
            path.replace_range(i..=j, "1");
        }
        for method in methods.split(", ") {
            let resp = app
                .request_alone(Who::Anonymous, reqwest::Method::from_bytes(method.as_bytes()).unwrap(), &path)
                .header("content-type", "application/x-www-form-urlencoded")
                .body("")
                .send()
                .await
                .unwrap();
            let location = resp.headers().get("location").map(|l| l.to_str().unwrap().to_string()).unwrap_or_default();
            let to_sign_in = resp.status() == 303 && location.starts_with("/login?") && location.contains("next=");
            assert_eq!(
                to_sign_in,
                door == PageDoor::SignedIn,
                "{method} {path} ({door:?}) answers {} {location}",
                resp.status()
            );
            if door == PageDoor::Anyone {
                anyones.push(format!("{method} {pattern}"));
            }
        }
    }
    assert!(anyones.len() >= 6, "{anyones:?}");
}

/// How much is stored: declarations and audit entries (every write leaves one), to show that a refusal changed
/// nothing.
async fn stored(app: &TestApp) -> (u64, usize) {
    (app.count().await, app.store.audit_entries(None, 100_000).await.unwrap().len())
}

on_both_backends!(
    every_route_refuses_a_query_parameter_it_does_not_take_and_changes_nothing,
    |app: TestApp| async move {
        let (app, ids) = with_demo(app).await;
        let mut wrong = Vec::new();
        let mut rows: Vec<(Method, String, Body, Expect, Expect)> = table()
            .into_iter()
            .map(|row| {
                let path = ids.fill(row.path);
                (row.method, path, row.body, row.expect[0], row.expect[5])
            })
            .collect();
        rows.extend(
            FORM_ROUTES
                .iter()
                .map(|(m, r)| (Method::from_bytes(m.as_bytes()).unwrap(), r.to_string(), Body::None, Ok, Ok)),
        );
        assert!(rows.len() > 60, "{}", rows.len());
        for (method, path, body, anonymous, administrator) in rows {
            // Beside a parameter the route does take (`lang`), and as a decision's `confirmed` would come.
            for (unknown, value) in [("zz_unknown", "1"), ("confirmed", "no")] {
                let sep = if path.contains('?') { '&' } else { '?' };
                let url = format!("{path}{sep}lang=en&{unknown}={value}");
                for who in [Who::Administrator, Who::Anonymous] {
                    let mut req = app.request_alone(who, method.clone(), &url);
                    match body {
                        Body::None => {}
                        Body::OwnFile => {
                            let part = reqwest::multipart::Part::bytes(demo_file(OWN_FILE)).file_name(OWN_FILE);
                            req = req.multipart(reqwest::multipart::Form::new().part("file", part));
                        }
                        Body::Form(form) => {
                            req = req
                                .header("content-type", "application/x-www-form-urlencoded")
                                .body(form.replace("{open_until}", &crate::helpers::day(30)));
                        }
                        Body::Json(template) => {
                            let template = template
                                .replace("{open_until}", &crate::helpers::day(30))
                                .replace("{soon}", &crate::helpers::day(30));
                            req = req.json(&serde_json::from_str::<Value>(&template).unwrap());
                        }
                    }
                    let before = stored(&app).await;
                    let resp = req.send().await.unwrap();
                    let status = resp.status().as_u16();
                    let location = resp.headers().get("location").map(|l| l.to_str().unwrap().to_string());
                    let text = resp.text().await.unwrap();
                    // Nobody signed in is asked to sign in first where the address needs someone, and a role
                    // that may not call it is refused first (an administrator answers no request for information).
                    let expect = match who {
                        Who::Anonymous if anonymous == SignIn => SignIn,
                        Who::Administrator if administrator == Denied => Denied,
                        _ => Invalid,
                    };
                    if classify(status, location.as_deref()) != Some(expect) {
                        wrong
                            .push(format!("{method} {url} as {who:?}: expected {expect:?}, got {status} {location:?}"));
                    } else if expect == Invalid {
                        let named = format!("{unknown} “{value}”: this address takes no such parameter");
                        let named_fr =
                            format!("{unknown} «\u{a0}{value}\u{a0}»\u{a0}: cette adresse ne prend pas ce paramètre");
                        let (text, french) = if path.starts_with("/api/") || path == "/health" {
                            let body: Value = serde_json::from_str(&text).unwrap();
                            (
                                body["message"].as_str().unwrap().to_string(),
                                body["message_fr"].as_str().unwrap().to_string(),
                            )
                        } else {
                            // Handlebars writes a backtick as an entity.
                            let text = text.replace("&#x60;", "`");
                            (text.clone(), text)
                        };
                        if !text.contains(&named) || !text.contains("“lang”") {
                            wrong.push(format!(
                                "{method} {url}: the refusal does not name {unknown} and “lang”: {text}"
                            ));
                        }
                        if !path.starts_with("/api/") && path != "/health" {
                            continue;
                        }
                        if !french.contains(&named_fr) {
                            wrong.push(format!("{method} {url}: the French refusal does not name {unknown}: {french}"));
                        }
                    }
                    assert_eq!(stored(&app).await, before, "{method} {url} as {who:?} changed something");
                }
            }
        }
        assert!(wrong.is_empty(), "{} answers differ:\n{}", wrong.len(), wrong.join("\n"));
    }
);

on_both_backends!(every_route_takes_exactly_the_query_parameters_its_document_lists, |app: TestApp| async move {
    let (app, ids) = with_demo(app).await;
    let doc = serde_json::to_value(<chainon::web::ApiDoc as utoipa::OpenApi>::openapi()).unwrap();
    let pages = chainon::web::page_queries();
    let mut wrong = Vec::new();
    let mut probed = 0;
    let mut listings = 0;
    for row in table() {
        let path = ids.fill(row.path);
        let method = row.method.as_str().to_ascii_lowercase();
        // Someone the route answers.
        let who = Who::ALL.into_iter().zip(row.expect).find(|(_, e)| *e == Ok).map_or(Who::Administrator, |(w, _)| w);
        // The names the route takes: its operation's in the document, or the page's.
        let documented = row.route.replace(":.+", "").replace(":.*", "");
        let takes: Vec<String> = if row.route.starts_with("/api/") {
            let Some(op) = doc["paths"].get(&documented).and_then(|p| p.get(&method)) else { continue };
            let params = op["parameters"].as_array().cloned().unwrap_or_default();
            let takes: Vec<String> =
                params.iter().filter(|p| p["in"] == "query").map(|p| p["name"].as_str().unwrap().to_string()).collect();
            // A listing pages with `limit` and `offset` and says how many there are in all (`total`); the top-N
            // analyses of the graph (`concentration`, `findings`) take a `limit` only.
            if takes.iter().any(|t| t == "limit")
                && !["/api/v1/graph/concentration", "/api/v1/graph/findings"].contains(&row.route)
            {
                if !takes.iter().any(|t| t == "offset") {
                    wrong.push(format!("{} {}: `limit` without `offset`", row.method, row.route));
                }
                let sep = if path.contains('?') { '&' } else { '?' };
                let resp = app.request(who, row.method.clone(), &format!("{path}{sep}limit=1")).send().await.unwrap();
                // (The table calls some listings on a record that is not there: their 404 says nothing of them.)
                if resp.status() != 404 {
                    listings += 1;
                    let body: Value = resp.json().await.unwrap();
                    if !body["total"].is_u64() {
                        wrong.push(format!("{} {}: no `total` in {body}", row.method, row.route));
                    }
                }
            }
            takes
        } else {
            pages
                .iter()
                .find(|(pattern, m, _)| *pattern == row.route && *m == row.method.as_str())
                .map(|(_, _, takes)| takes.iter().map(|t| t.to_string()).collect())
                .unwrap_or_default()
        };
        // Each name taken is read (never "no such parameter", never a failure of the service) …
        for name in &takes {
            probed += 1;
            let sep = if path.contains('?') { '&' } else { '?' };
            let url = format!("{path}{sep}{name}=1");
            let before = stored(&app).await;
            let resp = app.request_alone(who, row.method.clone(), &url).send().await.unwrap();
            let status = resp.status().as_u16();
            let text = resp.text().await.unwrap().replace("&#x60;", "`");
            if status >= 500 || text.contains("takes no such parameter") {
                wrong.push(format!("{} {url}: {status} {}", row.method, &text[..text.len().min(300)]));
            }
            if row.method == Method::GET {
                assert_eq!(stored(&app).await, before, "{url}");
            }
        }
        // … and the other pagination vocabulary is no name of the API's, nor `limit`/`offset` of a page's.
        let others: &[&str] = if row.route.starts_with("/api/") { &["page", "per_page"] } else { &["limit", "offset"] };
        for name in others.iter().filter(|n| !takes.iter().any(|t| t == *n)) {
            let sep = if path.contains('?') { '&' } else { '?' };
            let url = format!("{path}{sep}{name}=2");
            let resp = app.request_alone(who, row.method.clone(), &url).send().await.unwrap();
            let status = resp.status().as_u16();
            let text = resp.text().await.unwrap().replace("&#x60;", "`");
            if status != 400 || !text.contains(&format!("{name} “2”: this address takes no such parameter")) {
                wrong.push(format!("{} {url}: {status} {}", row.method, &text[..text.len().min(300)]));
            }
        }
    }
    assert!(probed > 40 && listings >= 5, "{probed} names, {listings} listings");
    assert!(wrong.is_empty(), "{} answers differ:\n{}", wrong.len(), wrong.join("\n"));
});

// The role comes before the query (and the ids of the path): every route asked by every caller its table row
// answers 401 or 403 (the sign-in page, the "not allowed" page), with the same body but an unknown parameter, an
// ill-typed `limit`, a `lang` the service does not speak or an id that is no id, is answered the same — never a
// 400 that would tell a person without the role what the route takes. The table covers every mounted route, so
// every operation of the API document is walked.
on_both_backends!(a_caller_without_the_role_is_refused_before_any_parameter_is_read, |app: TestApp| async move {
    let (app, ids) = with_demo(app).await;
    let doc = serde_json::to_value(<chainon::web::ApiDoc as utoipa::OpenApi>::openapi()).unwrap();
    let rows = table();
    let mut operations = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            operations += 1;
            let walked = rows.iter().any(|r| {
                r.method.as_str().eq_ignore_ascii_case(method) && r.route.replace(":.+", "").replace(":.*", "") == *path
            });
            assert!(walked, "{method} {path}: a documented operation the walk does not ask");
        }
    }
    assert!(operations > 40, "{operations}");
    let mut wrong = Vec::new();
    let mut asked = 0;
    for row in rows {
        // A supplier may record its own side's events on a case: which event the body holds decides, after the
        // query is read (its refusal of a notice is the handler's, for a role that may record some events).
        let body_decides =
            row.method == Method::POST && matches!(row.route, "/api/v1/cases/{id}/events" | "/cases/{id}");
        let path = ids.fill(row.path);
        // The path with its first id replaced by one that is no id (`0`).
        let no_id = row.path.find('{').map(|i| {
            let j = row.path[i..].find('}').unwrap() + i;
            ids.fill(&format!("{}0{}", &row.path[..i], &row.path[j + 1..]))
        });
        let sep = if path.contains('?') { '&' } else { '?' };
        let mut urls: Vec<String> = ["no_such_parameter=1", "limit=abc", "offset=-1", "lang=xx"]
            .iter()
            .map(|q| format!("{path}{sep}{q}"))
            .collect();
        // The path with its first id one that names nothing (the answer must not tell a caller without the role
        // whether it exists).
        let missing_id = row.path.find('{').map(|i| {
            let j = row.path[i..].find('}').unwrap() + i;
            ids.fill(&format!("{}999999{}", &row.path[..i], &row.path[j + 1..]))
        });
        let ids_in_path = !row.route.contains("{number") && !row.route.contains("{path");
        urls.extend(no_id.filter(|_| ids_in_path));
        urls.extend(missing_id.filter(|_| ids_in_path));
        let mut asks: Vec<(&String, bool)> = urls.iter().map(|url| (url, false)).collect();
        // And a body that does not read (JSON cut short, a form field the route does not take): the role is asked
        // before the body is read.
        if matches!(row.body, Body::Json(_) | Body::Form(_)) {
            asks.push((&path, true));
        }
        for (who, expect) in Who::ALL.into_iter().zip(row.expect) {
            if !matches!(expect, SignIn | Denied) || (body_decides && who == Who::Supplier) {
                continue;
            }
            for &(url, unreadable) in &asks {
                asked += 1;
                let mut req = app.request_alone(who, row.method.clone(), url);
                match row.body {
                    _ if unreadable => {
                        req = match row.body {
                            Body::Json(_) => req.header("content-type", "application/json").body("{"),
                            _ => req.header("content-type", "application/x-www-form-urlencoded").body("zzz=1"),
                        };
                    }
                    Body::None => {}
                    Body::OwnFile => {
                        let part = reqwest::multipart::Part::bytes(demo_file(OWN_FILE)).file_name(OWN_FILE);
                        req = req.multipart(reqwest::multipart::Form::new().part("file", part));
                    }
                    Body::Form(form) => {
                        req = req
                            .header("content-type", "application/x-www-form-urlencoded")
                            .body(form.replace("{n}", "9").replace("{open_until}", &crate::helpers::day(30)));
                    }
                    Body::Json(template) => {
                        let template = template
                            .replace("{n}", "9")
                            .replace("{open_until}", &crate::helpers::day(30))
                            .replace("{soon}", &crate::helpers::day(30));
                        req = req.json(&serde_json::from_str::<Value>(&template).unwrap());
                    }
                }
                let resp = req.send().await.unwrap();
                let status = resp.status().as_u16();
                let location = resp.headers().get("location").map(|l| l.to_str().unwrap().to_string());
                if classify(status, location.as_deref()) != Some(expect) {
                    let text = resp.text().await.unwrap_or_default();
                    let text = &text[..text.len().min(200)];
                    let body = if unreadable { " (a body that does not read)" } else { "" };
                    wrong.push(format!(
                        "{} {url}{body} as {who:?}: expected {expect:?}, got {status} {text}",
                        row.method
                    ));
                }
            }
        }
    }
    assert!(asked > 300, "{asked}");
    assert!(wrong.is_empty(), "{} answers differ:\n{}", wrong.len(), wrong.join("\n"));
});

/// One rule of paging on every list, pages and API: `limit` 1–1000, `offset` 0–1,000,000,000, `page`
/// 1–5,000,000, `per_page` 1–100; a value out of its range or no whole number is one 400 naming the parameter, the
/// value and the range, in English and French; a window past the end is 200 with nothing in it (the API with its
/// `total`), never an error.
#[tokio::test]
async fn every_list_refuses_paging_out_of_its_one_range_with_one_message_and_answers_past_its_end_empty() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let (app, ids) = with_demo(app).await;
    let doc = serde_json::to_value(<chainon::web::ApiDoc as utoipa::OpenApi>::openapi()).unwrap();
    let pages = chainon::web::page_queries();
    let ranges: [(&str, u64, u64); 4] =
        [("limit", 1, 1000), ("offset", 0, 1_000_000_000), ("page", 1, 5_000_000), ("per_page", 1, 100)];
    let mut wrong = Vec::new();
    let mut lists = 0;
    for row in table().into_iter().filter(|r| r.method == Method::GET) {
        let path = ids.fill(row.path);
        let who = Who::ALL.into_iter().zip(row.expect).find(|(_, e)| *e == Ok).map_or(Who::Administrator, |(w, _)| w);
        let documented = row.route.replace(":.+", "").replace(":.*", "");
        let api = row.route.starts_with("/api/");
        let takes: Vec<String> = if api {
            let Some(op) = doc["paths"].get(&documented).and_then(|p| p.get("get")) else { continue };
            op["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|p| p["in"] == "query")
                .map(|p| p["name"].as_str().unwrap().to_string())
                .collect()
        } else {
            pages
                .iter()
                .find(|(pattern, m, _)| *pattern == row.route && *m == "GET")
                .map(|(_, _, takes)| takes.iter().map(|t| t.to_string()).collect())
                .unwrap_or_default()
        };
        let paging: Vec<&(&str, u64, u64)> = ranges.iter().filter(|(n, ..)| takes.iter().any(|t| t == n)).collect();
        if !paging.iter().any(|(n, ..)| *n == "limit" || *n == "page") {
            continue;
        }
        lists += 1;
        let sep = if path.contains('?') { '&' } else { '?' };
        for (name, low, high) in paging {
            if api {
                // The document says the one range.
                let op = &doc["paths"][&documented]["get"];
                let p = op["parameters"].as_array().unwrap().iter().find(|p| p["name"] == *name).unwrap();
                if p["schema"]["minimum"] != *low || p["schema"]["maximum"] != *high {
                    wrong.push(format!("{path}: {name} documented as {}", p["schema"]));
                }
            }
            let mut values =
                vec!["abc".to_string(), "-1".to_string(), (high + 1).to_string(), "99999999999999999999".into()];
            if *low > 0 {
                values.push((low - 1).to_string());
            }
            for value in values {
                for lang in ["en", "fr"] {
                    let url = format!("{path}{sep}{name}={value}&lang={lang}");
                    let resp = app.request(who, Method::GET, &url).send().await.unwrap();
                    let status = resp.status().as_u16();
                    let text = resp.text().await.unwrap().replace("&#x60;", "`");
                    let expected = if lang == "en" {
                        format!("{name} “{value}”: use a whole number from {low} to {high}")
                    } else {
                        format!("{name} «\u{a0}{value}\u{a0}»\u{a0}: utiliser un nombre entier de {low} à {high}")
                    };
                    if status != 400 || !text.contains(&expected) {
                        wrong.push(format!("{url}: {status}, not `{expected}`: {}", &text[..text.len().min(300)]));
                    }
                }
            }
        }
        // Past the end: as the list without it, empty (a record that is not there stays a 404). The graph's top-N
        // analyses take a `limit` only: they have no window to go past.
        if api && !takes.iter().any(|t| t == "offset") {
            continue;
        }
        let plain = app.request(who, Method::GET, &path).send().await.unwrap().status().as_u16();
        let far = if api { format!("{path}{sep}offset=1000000000") } else { format!("{path}{sep}page=5000000") };
        let resp = app.request(who, Method::GET, &far).send().await.unwrap();
        let status = resp.status().as_u16();
        if status != plain {
            wrong.push(format!("{far}: {status}, the list itself {plain}"));
            continue;
        }
        if status != 200 {
            continue;
        }
        if api && takes.iter().any(|t| t == "offset") {
            let body: Value = resp.json().await.unwrap();
            let full: Vec<&String> = body
                .as_object()
                .unwrap()
                .iter()
                .filter(|(_, v)| v.as_array().is_some_and(|a| !a.is_empty()))
                .map(|(k, _)| k)
                .collect();
            if !body["total"].is_u64() || !full.is_empty() {
                wrong.push(format!("{far}: not an empty page with its total: {body}"));
            }
        }
    }
    assert!(lists >= 10, "{lists} lists");
    assert!(wrong.is_empty(), "{} answers differ:\n{}", wrong.len(), wrong.join("\n"));
}

/// A body that is not a multipart form on an address that reads a file from one is refused before it is read,
/// saying the file goes in a multipart form (never "the form expired"), in English and French; the API still takes
/// the file itself as the body, of any type but a URL-encoded form. A case's form (which carries attachments) takes
/// a URL-encoded form or a multipart one, nothing else.
#[tokio::test]
async fn a_body_that_is_no_multipart_form_is_refused_as_such_on_every_upload() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let bodies: [(Option<&str>, &str); 4] = [
        (Some("application/x-www-form-urlencoded"), "csrf=abc&file=x"),
        (Some("text/plain"), "a file"),
        (Some("application/json"), "{\"file\": 1}"),
        (None, "raw"),
    ];
    let mut wrong = Vec::new();
    for (who, path, api) in [
        (Who::Supplier, "/upload", false),
        (Who::Administrator, "/screening/import", false),
        (Who::Officer, "/api/v1/declarations", true),
        (Who::Administrator, "/api/v1/screening/editions?list=uflpa&published=2026-11-01", true),
    ] {
        for (content_type, body) in bodies {
            // The API reads a raw body as the file: only a form type is refused there.
            let refused = !api || content_type.is_some_and(|t| t.contains("form"));
            for lang in ["en", "fr"] {
                let sep = if path.contains('?') { '&' } else { '?' };
                let url = format!("{path}{sep}lang={lang}");
                let mut req = app.request_alone(who, Method::POST, &url).body(body.to_string());
                if let Some(t) = content_type {
                    req = req.header("content-type", t);
                }
                let resp = req.send().await.unwrap();
                let status = resp.status().as_u16();
                let text = resp.text().await.unwrap().replace("&#x27;", "'");
                let says = match (api, lang) {
                    (false, "en") => "is sent in a multipart form (multipart/form-data) that holds it",
                    (false, _) => "dans un formulaire multipart (multipart/form-data) qui le porte",
                    (true, _) => "in a multipart form (multipart/form-data) with a “file” part",
                };
                let named = content_type.unwrap_or("Content-Type");
                if refused {
                    if status != 400 || !text.contains(says) || !text.contains(named) {
                        wrong.push(format!("{url} ({content_type:?}): {status} {}", &text[..text.len().min(300)]));
                    }
                    if api {
                        let body: Value = serde_json::from_str(&text).unwrap();
                        let fr = body["message_fr"].as_str().unwrap();
                        if !fr.contains(
                            "dans un formulaire multipart (multipart/form-data) avec une partie «\u{a0}file\u{a0}»",
                        ) {
                            wrong.push(format!("{url}: French {fr}"));
                        }
                    }
                } else if text.contains("multipart/form-data) with a “file” part") {
                    wrong.push(format!("{url} ({content_type:?}): a raw body refused as a form: {text}"));
                }
                if text.contains("expired") || text.contains("expiré") {
                    wrong.push(format!("{url} ({content_type:?}): said to have expired: {text}"));
                }
            }
        }
    }
    // A case's form: URL-encoded or multipart; JSON or text is refused by name, before the case is looked up.
    for (content_type, body) in [("application/json", "{}"), ("text/plain", "csrf=abc")] {
        let resp = app
            .request_alone(Who::Auditor, Method::POST, "/cases/999999?lang=en")
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .unwrap();
        let status = resp.status().as_u16();
        let text = resp.text().await.unwrap();
        if status != 400 || !text.contains(&format!("The form was sent as {content_type}")) {
            wrong.push(format!("/cases ({content_type}): {status} {}", &text[..text.len().min(300)]));
        }
    }
    assert!(wrong.is_empty(), "{} answers differ:\n{}", wrong.len(), wrong.join("\n"));
}
