//! What a request carries in its address and its forms, refused in our words: the parameter named as itself whatever
//! else the request holds, in English and French, never a library's text; ids are whole numbers from 1; who calls is
//! known first (401, the sign-in page, 403) before anything a request carries is judged.

use reqwest::Method;
use serde_json::Value;

use crate::access::mounted_routes;
use crate::helpers::{Backend, Who, spawn_app};

/// Words of the libraries under the service (actix, serde, serde_urlencoded) that must never reach a reader.
const LIBRARY_WORDS: &[&str] = &[
    "deserialize",
    "Deserialize",
    "target type",
    "invalid digit",
    "duplicate field",
    "missing field `",
    "unknown variant",
    "Content type error",
    "Parse error",
    "can not parse",
    "cannot parse",
    "Payload error",
    "expected ",
];

fn assert_our_words(what: &str, text: &str) {
    for word in LIBRARY_WORDS {
        assert!(!text.contains(word), "{what}: `{word}` in {text}");
    }
}

/// The segments of a route that are ids (`{id}`, `{token_id}` …): every one but a solicitation's number, an asset's
/// path and a facility's key.
fn id_segments(route: &str) -> Vec<String> {
    if route.contains("/graph/sites/") || route.starts_with("/static/") || route.contains("{number") {
        return Vec::new();
    }
    route.split('{').skip(1).filter_map(|s| s.split_once('}')).map(|(name, _)| name.to_string()).collect()
}

/// The route with every id `1`, except `bad` put in place of `segment`.
fn with_bad(route: &str, segment: &str, bad: &str) -> String {
    let mut out = String::new();
    let mut rest = route;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let (name, after) = after.split_once('}').unwrap();
        out.push_str(if name == segment { bad } else { "1" });
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The English and French words of an answer: the JSON error's messages, or the error page's text.
async fn words(resp: reqwest::Response, what: &str) -> (u16, String) {
    let status = resp.status().as_u16();
    let content_type = resp.headers().get("content-type").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
    let body = resp.text().await.unwrap();
    if content_type.starts_with("application/json") {
        let v: Value = serde_json::from_str(&body).unwrap();
        (status, format!("{} || {}", v["message"].as_str().unwrap_or(""), v["message_fr"].as_str().unwrap_or("")))
    } else {
        assert!(content_type.starts_with("text/html"), "{what}: {content_type} {body}");
        (status, body.replace("&#x27;", "'").replace("&quot;", "\"").replace("&#96;", "`").replace("&#x60;", "`"))
    }
}

#[tokio::test]
async fn every_id_of_every_address_is_refused_as_itself_when_it_is_not_a_whole_number_from_one() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let mut checked = 0;
    for (method, route) in mounted_routes() {
        for segment in id_segments(&route) {
            for bad in ["abc", "-1", "0", "9223372036854775808", "99999999999999999999", "1.5"] {
                let path = with_bad(&route, &segment, bad);
                let what = format!("{method} {path}");
                for lang in ["en", "fr"] {
                    // Someone the route answers (who may not call it gets 403 before its ids are read): only a
                    // supplier answers a request for information.
                    let who = if route.starts_with("/requests/") || route.ends_with("/answers") {
                        Who::Supplier
                    } else {
                        Who::Administrator
                    };
                    let resp = app
                        .request_alone(
                            who,
                            Method::from_bytes(method.as_bytes()).unwrap(),
                            &format!("{path}?lang={lang}"),
                        )
                        .header("content-type", "application/x-www-form-urlencoded")
                        .body("csrf=x")
                        .send()
                        .await
                        .unwrap();
                    let (status, text) = words(resp, &what).await;
                    assert_eq!(status, 400, "{what}: {text}");
                    let named = if lang == "fr" {
                        format!("{segment} «\u{a0}{bad}\u{a0}» dans l'adresse\u{a0}: utiliser un identifiant")
                    } else {
                        format!("{segment} “{bad}” in the address: use an id")
                    };
                    assert!(text.contains(&named), "{what} ({lang}): {text}");
                    assert_our_words(&what, &text);
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 150, "too few addresses with ids were tried: {checked}");
}

#[tokio::test]
async fn a_bad_query_value_is_named_as_itself_whatever_else_the_query_holds() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let innocent = ["q=x", "sort=risk", "lang=fr", "include_superseded=true", "limit=5", "band=high"];
    let culprits = [
        ("supplier_id", "9223372036854775808", "use an id", "utiliser un identifiant"),
        ("supplier_id", "abc", "use an id", "utiliser un identifiant"),
        ("supplier_id", "-1", "use an id", "utiliser un identifiant"),
        ("limit", "abc", "from 1 to 1000", "de 1 à 1000"),
        ("limit", "-1", "from 1 to 1000", "de 1 à 1000"),
        ("limit", "18446744073709551616", "from 1 to 1000", "de 1 à 1000"),
        ("offset", "-5", "from 0 to 1000000000", "de 0 à 1000000000"),
        ("include_superseded", "maybe", "use true or false", "utiliser true ou false"),
    ];
    let mut tried = 0;
    for (i, (name, value, en, fr)) in culprits.iter().enumerate() {
        // The culprit among a different choice of innocent parameters each time, in a different place.
        for k in 0..innocent.len() {
            let mut parts: Vec<String> = innocent
                .iter()
                .cycle()
                .skip(i + k)
                .take(k + 1)
                .filter(|p| !p.starts_with(name))
                .map(|p| p.to_string())
                .collect();
            parts.sort();
            parts.dedup();
            parts.insert((i + k) % (parts.len() + 1), format!("{name}={value}"));
            let query = parts.join("&");
            let resp = app.get_as(Who::Officer, &format!("/api/v1/declarations?{query}")).await;
            let (status, text) = words(resp, &query).await;
            assert_eq!(status, 400, "{query}: {text}");
            assert!(text.starts_with(&format!("{name} “{value}”: ")), "{query}: {text}");
            assert!(
                text.contains(en)
                    && text.contains(&format!("{name} «\u{a0}{value}\u{a0}»\u{a0}: "))
                    && text.contains(fr),
                "{text}"
            );
            assert_our_words(&query, &text);
            // The home page, in French: the same parameter named, in the error page (without the innocent `limit`:
            // the page pages with `page` and `per_page`, and refuses the API's `limit` and `offset` by name).
            // (Nor its `lang`: the page is asked in French once, a language given twice being refused.)
            let query = parts
                .iter()
                .filter(|p| p.as_str() != "limit=5" && !p.starts_with("lang="))
                .cloned()
                .collect::<Vec<_>>()
                .join("&");
            let resp = app.get_as(Who::Officer, &format!("/?{query}&lang=fr")).await;
            let (status, page) = words(resp, &query).await;
            assert_eq!(status, 400, "/?{query}");
            assert!(page.contains(&format!("{name} «\u{a0}{value}\u{a0}»\u{a0}: ")), "/?{query}: {page}");
            assert_our_words(&query, &page);
            tried += 1;
        }
    }
    assert!(tried >= 40);
    // Given twice.
    let resp = app.get_as(Who::Officer, "/api/v1/declarations?limit=10&q=x&limit=20").await;
    let (status, text) = words(resp, "limit twice").await;
    assert_eq!(status, 400);
    assert!(text.contains("limit “10”") || text.starts_with("limit"), "{text}");
    assert!(text.contains("more than once") && text.contains("plus d'une fois"), "{text}");
    assert_our_words("limit twice", &text);
}

#[tokio::test]
async fn nobody_signed_in_is_asked_to_sign_in_before_anything_a_request_carries_is_judged() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    // The API: 401 whatever the query or the ids say.
    for path in [
        "/api/v1/declarations?limit=abc",
        "/api/v1/declarations?supplier_id=-1&sort=risk",
        "/api/v1/declarations/abc",
        "/api/v1/declarations/-1/chain?format=svg",
        "/api/v1/reports/s211?fiscal_year=abc",
        "/api/v1/audit?limit=0",
        "/api/v1/accounts/abc/tokens",
        "/api/v1/screening/hits?declaration=0",
    ] {
        let resp = app.get_as(Who::Anonymous, path).await;
        assert_eq!(resp.status(), 401, "{path}");
    }
    for (method, path) in [
        (Method::POST, "/api/v1/accounts/abc/enable"),
        (Method::DELETE, "/api/v1/accounts/5/tokens/abc"),
        (Method::POST, "/api/v1/cases/-3/events"),
    ] {
        let resp = app.request_alone(Who::Anonymous, method.clone(), path).body("{").send().await.unwrap();
        assert_eq!(resp.status(), 401, "{method} {path}");
    }
    // Pages: to the sign-in page, whatever the query, the ids or the form.
    for path in ["/declarations/abc", "/?supplier_id=abc", "/cases/-1", "/graph?limit=x"] {
        let resp = app.get_as(Who::Anonymous, path).await;
        assert_eq!(resp.status(), 303, "{path}");
        assert!(resp.headers()["location"].to_str().unwrap().starts_with("/login?"), "{path}");
    }
    for (path, body) in [
        ("/graph/matches", "a=1"),
        ("/accounts", ""),
        ("/contracts", "title=x"),
        ("/account/language", ""),
        ("/accounts/5/role", "role=nothing"),
        ("/accounts/abc/disable", ""),
        ("/screening/hits/1", "decision=maybe"),
        ("/bids/1/follow-up", "kind=x"),
    ] {
        let resp = app
            .request_alone(Who::Anonymous, Method::POST, path)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 303, "POST {path}");
        let to = resp.headers()["location"].to_str().unwrap().to_string();
        assert!(to.starts_with("/login?"), "POST {path}: {to}");
    }
    // A role that may not act: 403, not the form's refusal.
    for (who, path, body) in [
        (Who::Officer, "/accounts", "a=1"),
        (Who::Officer, "/accounts/1/role", ""),
        (Who::Supplier, "/contracts", "title=x"),
        (Who::Supplier, "/graph/matches", "key_a=x"),
        (Who::Auditor, "/screening/hits/1", ""),
        (Who::Officer, "/requests/1", "text=x&text=y"),
    ] {
        let resp = app
            .request_alone(who, Method::POST, path)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .unwrap();
        let (status, text) = words(resp, path).await;
        assert_eq!(status, 403, "{who:?} POST {path}: {text}");
        assert_our_words(path, &text);
    }
}

#[tokio::test]
async fn a_malformed_form_is_refused_naming_its_field_in_the_readers_words() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let post = |path: &str, content_type: &str, body: &'static str| {
        app.request_alone(Who::Officer, Method::POST, path).header("content-type", content_type).body(body)
    };
    for (path, content_type, body, says) in [
        (
            "/graph/matches?lang=fr",
            "application/x-www-form-urlencoded",
            "key_a=na%3AXX%3Aa",
            "le champ key_b du formulaire",
        ),
        (
            "/graph/matches?lang=fr",
            "application/x-www-form-urlencoded",
            "key_a=a&key_b=b&key_a=c&decision=same",
            "le champ key_a",
        ),
        (
            "/graph/matches?lang=fr",
            "application/x-www-form-urlencoded",
            "key_a=a&key_b=b&decision=same&page=-2",
            "le champ page «\u{a0}-2\u{a0}»",
        ),
        ("/contracts?lang=fr", "multipart/form-data; boundary=x", "--x--", "application/x-www-form-urlencoded"),
        ("/graph/matches?lang=en", "text/plain", "key_a=a", "application/x-www-form-urlencoded"),
    ] {
        let resp = post(path, content_type, body).send().await.unwrap();
        let (status, text) = words(resp, path).await;
        assert_eq!(status, 400, "{path} {body}: {text}");
        assert!(text.contains(says), "{path} {body}: {text}");
        assert_our_words(path, &text);
    }
    // The sign-in form, posted by someone not signed in.
    let browser = app.browser();
    for body in ["email=a%40b.c", "email=a%40b.c&email=d%40e.f&password=x&csrf=y"] {
        let resp = browser
            .post(app.url("/login?lang=fr"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .unwrap();
        let (status, text) = words(resp, body).await;
        assert_eq!(status, 400, "{body}");
        assert!(text.contains("du formulaire"), "{body}: {text}");
        assert_our_words(body, &text);
    }
}

#[tokio::test]
async fn signing_out_without_a_body_or_its_token_ends_the_session() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    for body in [None, Some("csrf=forged"), Some("nonsense")] {
        let browser = app.signed_in(Who::Officer).await;
        assert_eq!(browser.get(app.url("/api/v1/me")).send().await.unwrap().status(), 200);
        let mut req = browser.post(app.url("/logout?lang=fr"));
        if let Some(b) = body {
            req = req.header("content-type", "application/x-www-form-urlencoded").body(b);
        }
        let resp = req.send().await.unwrap();
        assert_eq!(resp.status(), 303, "{body:?}");
        assert_eq!(resp.headers()["location"], "/login?lang=fr");
        assert_eq!(browser.get(app.url("/api/v1/me")).send().await.unwrap().status(), 401, "{body:?}");
    }
}

#[tokio::test]
async fn a_form_posted_after_its_session_ended_signs_in_back_to_a_page_that_answers_get() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    for (path, back) in [
        ("/account/language?lang=fr", "/account"),
        ("/accounts/5/tokens/3/revoke", "/accounts/5"),
        ("/accounts/5/role", "/accounts/5"),
        ("/screening/hits/4", "/screening"),
        ("/contracts/2/cases", "/contracts/2"),
        ("/contracts", "/contracts"),
        ("/upload", "/upload"),
    ] {
        let resp = app
            .request_alone(Who::Anonymous, Method::POST, path)
            .header("content-type", "application/x-www-form-urlencoded")
            .body("csrf=stale")
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 303, "{path}");
        let to = resp.headers()["location"].to_str().unwrap().to_string();
        let next: String = url_next(&to);
        assert_eq!(next, back, "{path}: {to}");
        // And that page answers GET once signed in.
        let page = app.get_as(Who::Administrator, &next).await;
        assert_ne!(page.status(), 405, "{next}");
    }
}

/// The `next` parameter of a sign-in address.
fn url_next(location: &str) -> String {
    let query = location.split_once('?').unwrap().1;
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap();
    pairs.into_iter().find(|(k, _)| k == "next").unwrap().1
}

#[tokio::test]
async fn small_texts_say_what_they_mean() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    // The chain's formats, json included.
    let resp = app.get_as(Who::Officer, "/api/v1/declarations/1/chain?format=svg").await;
    let (status, text) = words(resp, "format").await;
    assert_eq!(status, 400);
    for f in ["“json”", "“graphml”", "“dot”"] {
        assert!(text.contains(f), "{text}");
    }
    // The audit page says who acted from the command line in words.
    let officer = app.account_id(Who::Officer);
    app.store.set_account_language(officer, chainon::domain::Lang::Fr, false, "cli").await.unwrap();
    for (lang, says) in [("en", "Command line"), ("fr", "Ligne de commande")] {
        let page = app.get_as(Who::Administrator, &format!("/audit?lang={lang}")).await.text().await.unwrap();
        assert!(page.contains(says), "{lang}");
        assert!(!page.contains("<td>cli</td>"), "{lang}");
    }
}

#[tokio::test]
async fn a_json_body_that_cannot_be_read_names_its_field_and_cause() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let contract = || {
        serde_json::json!({
            "number": "W1-1", "kind": "contract", "title": "Rope", "business_number": "842310575",
            "supplier_name": "Cordages Nordiques Inc.", "goods_category": "ropes_cordage", "value_cad": 1000,
            "awarded_on": "2026-05-01"
        })
    };
    type Edit = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(Edit, &str, &str)> = vec![
        (
            Box::new(|c| c["kind"] = "lease".into()),
            "the field “kind” holds “lease”, which is not one of its values: use one of contract, standing_offer",
            "«\u{a0}kind\u{a0}»",
        ),
        (
            Box::new(|c| c["value_cad"] = "lots".into()),
            "the field “value_cad” holds the text “lots”, of the wrong type",
            "contient le texte «\u{a0}lots\u{a0}»",
        ),
        // A text that spells a number or a boolean is said to be a text, not shown as the literal it spells.
        (
            Box::new(|c| c["value_cad"] = "1000".into()),
            "the field “value_cad” holds the text “1000”, of the wrong type",
            "contient le texte «\u{a0}1000\u{a0}»",
        ),
        (
            Box::new(|c| c["value_cad"] = true.into()),
            "the field “value_cad” holds the boolean true, of the wrong type",
            "contient le booléen true",
        ),
        (
            Box::new(|c| c["title"] = 12.into()),
            "the field “title” holds the number 12, of the wrong type",
            "contient le nombre 12",
        ),
        (Box::new(|c| c["awarded_on"] = "1 May".into()), "the field “awarded_on”", "«\u{a0}awarded_on\u{a0}»"),
        (
            Box::new(|c| {
                c["overrides"] =
                    serde_json::json!([{"instrument": "code_of_conduct2021", "in_force": "yes", "reason": "r"}])
            }),
            "the field “overrides[0].in_force”",
            "«\u{a0}overrides[0].in_force\u{a0}»",
        ),
        (
            Box::new(|c| c["overrides"] = serde_json::json!([{"instrument": "code_of_conduct2021", "in_force": true}])),
            "missing field “overrides[0].reason”",
            "«\u{a0}overrides[0].reason\u{a0}»",
        ),
        (
            Box::new(|c| {
                c.as_object_mut().unwrap().remove("title");
            }),
            "missing field “title”",
            "«\u{a0}title\u{a0}»",
        ),
        // A fraction of a cent would be stored rounded; more than a trillion dollars is a slip of the keyboard.
        (Box::new(|c| c["value_cad"] = 0.001.into()), "in dollars and cents, at most two decimals", "deux décimales"),
        (Box::new(|c| c["value_cad"] = 1250.505.into()), "Value (CAD) 1,250.505", "CA) 1\u{a0}250,505"),
        (Box::new(|c| c["value_cad"] = 1e20.into()), "at most $1,000,000,000,000", "mille milliards de dollars"),
    ];
    for (edit, en, fr) in cases {
        let mut c = contract();
        edit(&mut c);
        let resp = app.request(Who::Officer, Method::POST, "/api/v1/contracts").json(&c).send().await.unwrap();
        let (status, text) = words(resp, en).await;
        assert_eq!(status, 400, "{c}: {text}");
        assert!(text.contains(en) && text.contains(fr), "{c}: {text}");
        for word in ["invalid type", "expected", "unknown variant", "at line"] {
            assert!(!text.contains(word), "{c}: `{word}` in {text}");
        }
    }
    // Trailing text after the document is refused as JSON that is not valid.
    let resp = app
        .request(Who::Officer, Method::POST, "/api/v1/contracts")
        .header("content-type", "application/json")
        .body(format!("{} x", contract()))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status(), 400);
}

#[tokio::test]
async fn a_language_given_twice_or_not_spoken_is_refused_on_every_address() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let mut tried = 0;
    for (method, route) in mounted_routes().into_iter().filter(|(m, _)| m == "GET") {
        let path = with_bad(&route, "", "");
        for (query, en, fr) in [
            (
                "lang=de",
                "lang “de”: use one of en, fr",
                "lang «\u{a0}de\u{a0}»\u{a0}: utiliser l'une des valeurs en, fr",
            ),
            (
                "lang=en&lang=fr",
                "lang: it is given more than once: give it once, one of en, fr",
                "lang\u{a0}: il est donné plus d'une fois",
            ),
            ("q=x&lang=EN", "lang “EN”: use one of en, fr", "utiliser l'une des valeurs en, fr"),
        ] {
            let what = format!("{method} {path}?{query}");
            // Someone the route answers: the requests for information are a supplier's.
            let who = if route.ends_with("/requests") { Who::Supplier } else { Who::Administrator };
            let resp = app.request_alone(who, Method::GET, &format!("{path}?{query}")).send().await.unwrap();
            let (status, text) = words(resp, &what).await;
            assert_eq!(status, 400, "{what}: {text}");
            // The API answers in both languages; a page in the reader's (English here: no other is asked).
            let both = path.starts_with("/api/") || path == "/health";
            assert!(text.contains(en) && (!both || text.contains(fr)), "{what}: {text}");
            assert_our_words(&what, &text);
            tried += 1;
        }
    }
    assert!(tried > 60, "too few addresses were tried: {tried}");
    // Each language once, or none, is taken as before.
    for query in ["lang=fr", "lang=en", "lang="] {
        let resp = app.get_as(Who::Officer, &format!("/api/v1/declarations?{query}")).await;
        assert_eq!(resp.status(), 200, "{query}");
    }
}

#[tokio::test]
async fn a_file_name_beside_a_form_that_names_its_file_is_refused_naming_it() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let bytes =
        std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/demo/gantex-en578.json"))
            .unwrap();
    let form = || {
        reqwest::multipart::Form::new()
            .part("file", reqwest::multipart::Part::bytes(bytes.clone()).file_name("gantex.json"))
    };
    let resp = app
        .request_alone(Who::Officer, Method::POST, "/api/v1/declarations?file_name=other.xlsx")
        .multipart(form())
        .send()
        .await
        .unwrap();
    let (status, text) = words(resp, "file_name with a form").await;
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("file_name “other.xlsx”") && text.contains("file_name «\u{a0}other.xlsx\u{a0}»"), "{text}");
    assert_eq!(app.count().await, 0);
    // The page's upload takes no file_name at all.
    let resp = app
        .request_alone(Who::Supplier, Method::POST, "/upload?file_name=other.xlsx")
        .multipart(form())
        .send()
        .await
        .unwrap();
    let (status, text) = words(resp, "file_name on the page").await;
    assert_eq!(status, 400, "{text}");
    assert!(text.contains("file_name “other.xlsx”"), "{text}");
    // A raw body with file_name, and a form without it, are read.
    let resp = app.request(Who::Officer, Method::POST, "/api/v1/declarations").multipart(form()).send().await.unwrap();
    assert_eq!(resp.status(), 201);
}

/// A page whose address prefills its form (`/contracts`) takes the form's fields but never its token: a refused
/// parameter (a page past a list that has no pages, a mistyped name) lists what the address takes without `csrf`, in
/// both languages; a name off by case only is told the one meant.
#[tokio::test]
async fn a_refused_parameter_never_lists_the_form_s_token_and_names_the_one_meant() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    for (path, meant) in [
        ("/contracts?page=20", None),
        ("/contracts?lang=fr&csrf=abc", None),
        ("/contracts?Title=Rope", Some("title")),
        ("/portfolio?FY=2025", Some("fy")),
    ] {
        let resp = app.get_as(Who::Officer, path).await;
        assert_eq!(resp.status(), 400, "{path}");
        let body = resp.text().await.unwrap().replace(['\u{a0}', '\u{202f}'], " ");
        assert_our_words(path, &body);
        assert!(!body.contains("csrf”") && !body.contains("csrf »"), "{path}: {body}");
        if path.starts_with("/contracts") {
            assert!(body.contains("“business_number”") || body.contains("« business_number »"), "{path}: {body}");
        }
        match meant {
            Some(m) => assert!(body.contains(&format!("did you mean “{m}”?")), "{path}: {body}"),
            None => assert!(!body.contains("did you mean"), "{path}: {body}"),
        }
    }
    // The API's list: a sort off by case is told the sort meant.
    let resp = app.get_as(Who::Officer, "/api/v1/declarations?sort=Risk").await;
    assert_eq!(resp.status(), 400);
    let body: Value = resp.json().await.unwrap();
    assert!(body["message"].as_str().unwrap().ends_with("did you mean “risk”?"), "{body}");
}
