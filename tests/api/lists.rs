//! Lists that grow: the declarations (API and home page) filtered, sorted and paged with their total, on both
//! backends; bad parameters refused with their name; a supplier kept to its own declarations whatever it asks; the
//! proposed site matches paged.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::helpers::{Backend, PAGE_BUDGET, TestApp, Who, small_portfolio, spawn_app};
use crate::on_both_backends;

/// The supplier account's business number (`helpers::Who::Supplier`).
const OWN_BN: &str = "842310575";
/// Another valid business number.
const ACME_BN: &str = "123456782";
/// A third.
const ZETA_BN: &str = "771203940";

/// A declaration in the JSON carrier: a warehouse in Canada and one producing site in `country`, both of `goods`.
fn declaration(bn: &str, name: &str, solicitation: &str, date: &str, goods: &str, country: &str) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "supplier": {"legal_name": name, "business_number": bn, "country": "CA", "solicitation_number": solicitation,
                     "declaration_date": date, "signatory_name": "A. Signatory"},
        "attestations": [{"right": "forced_labour", "attested": true}],
        "places_of_work": [
            {"site_id": "HUB", "site_name": format!("{name} warehouse"), "role": "warehousing", "goods": goods,
             "address": "1 Depot Road", "city": "Ottawa", "country": "CA", "supplies_to": []},
            {"site_id": "MAKER", "site_name": format!("{name} works"), "role": "manufacturing", "goods": goods,
             "address": "12 Industrial Road", "city": "Zone 4", "country": country, "supplies_to": ["HUB"]},
        ],
        "goods": [{"item": goods, "produced_at": ["MAKER"]}],
    }))
    .unwrap()
}

/// Three declarations: clothing made in Bangladesh (the supplier account's own), electronics made in China (fiscal
/// year 2025), clothing made in China (late in fiscal year 2026: a declaration is never dated after the day it is
/// read).
async fn three(app: &TestApp) -> [i64; 3] {
    let files = [
        declaration(OWN_BN, "Société Générale de Vêtements", "W0113-260001/A", "2026-05-10", "uniform shirts", "BD"),
        declaration(ACME_BN, "Acme Electronics", "W0113-260002/B", "2026-02-15", "laptop computers", "CN"),
        declaration(ZETA_BN, "Zeta Uniforms", "W0113-260001/A", "2026-11-30", "uniform jackets", "CN"),
    ];
    let mut ids = [0; 3];
    for (i, bytes) in files.into_iter().enumerate() {
        let resp = app.upload(&format!("d{i}.json"), bytes).await;
        assert!(resp.status().is_success(), "{}", resp.text().await.unwrap());
        let body: Value = resp.json().await.unwrap();
        ids[i] = body["id"].as_i64().unwrap();
    }
    ids
}

async fn list_as(app: &TestApp, who: Who, query: &str) -> Value {
    let resp = app.get_as(who, &format!("/api/v1/declarations?{query}")).await;
    assert_eq!(resp.status(), 200, "{query}");
    resp.json().await.unwrap()
}

/// The ids a list holds, in order, and its total.
async fn ids(app: &TestApp, query: &str) -> (Vec<i64>, u64) {
    let list = list_as(app, Who::Officer, query).await;
    let ids = list["declarations"].as_array().unwrap().iter().map(|d| d["id"].as_i64().unwrap()).collect();
    (ids, list["total"].as_u64().unwrap())
}

fn set(ids: &[i64]) -> BTreeSet<i64> {
    ids.iter().copied().collect()
}

on_both_backends!(the_declarations_list_filters_by_each_parameter, |app: TestApp| async move {
    let [own, acme, zeta] = three(&app).await;
    let all = set(&[own, acme, zeta]);
    let cases: &[(&str, &[i64])] = &[
        ("", &[own, acme, zeta]),
        // Free text: case, accents and punctuation ignored; business numbers and solicitation numbers too.
        ("q=societe%20generale", &[own]),
        ("q=V%C3%8ATEMENTS", &[own]),
        ("q=acme", &[acme]),
        (&format!("q={ACME_BN}"), &[acme]),
        // Words in any order; a business number with its program account finds the supplier of its root.
        ("q=generale%20societe", &[own]),
        ("q=generale%20nobody", &[]),
        (&format!("q={ACME_BN}RT0001"), &[acme]),
        ("q=260001", &[own, zeta]),
        ("q=w0113-260002", &[acme]),
        ("q=nobody", &[]),
        ("solicitation=W0113-260001%2FA", &[own, zeta]),
        ("solicitation=W9999-000000%2FZ", &[]),
        // A site's goods category and country in the latest assessment; both together are one site.
        ("category=clothing", &[own, zeta]),
        ("category=electronics", &[acme]),
        ("country=CN", &[acme, zeta]),
        ("country=cn", &[acme, zeta]),
        ("country=CA", &[own, acme, zeta]),
        ("category=clothing&country=CN", &[zeta]),
        ("category=clothing&country=BD", &[own]),
        ("category=electronics&country=BD", &[]),
        // Canada's fiscal year runs from April 1 to March 31.
        ("fy=2026", &[own, zeta]),
        ("fy=2025", &[acme]),
        ("fy=2024", &[]),
        ("from=2026-05-10", &[own, zeta]),
        ("to=2026-05-10", &[own, acme]),
        ("from=2026-05-11&to=2026-11-29", &[]),
        ("fy=2026&to=2026-11-29", &[own]),
        // Empty values mean any (a form sends its empty fields).
        ("q=&category=&country=&band=&fy=&from=&to=&sort=", &[own, acme, zeta]),
    ];
    for (query, expected) in cases {
        let (got, total) = ids(&app, query).await;
        assert_eq!(set(&got), set(expected), "{query}");
        assert_eq!(total, expected.len() as u64, "{query}");
    }
    // Bands: each band selects exactly the declarations whose latest assessment is in it.
    let everything = list_as(&app, Who::Officer, "").await;
    for (param, field) in [("band", "forced_labour_band"), ("child_band", "child_labour_band")] {
        let mut seen = BTreeSet::new();
        for band in ["low", "medium", "high", "critical"] {
            let expected: BTreeSet<i64> = everything["declarations"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|d| d[field] == band)
                .map(|d| d["id"].as_i64().unwrap())
                .collect();
            let (got, total) = ids(&app, &format!("{param}={band}")).await;
            assert_eq!(set(&got), expected, "{param}={band}");
            assert_eq!(total, expected.len() as u64);
            seen.extend(got);
        }
        assert_eq!(seen, all, "every declaration is in one {param}");
    }
});

on_both_backends!(
    the_search_finds_a_declaration_by_former_names_numbers_and_its_own_number,
    |app: TestApp| async move {
        let [own, acme, zeta] = three(&app).await;
        // Acme declares again for the same solicitation under a new name: its first declaration is superseded, and the
        // name it gave is the supplier's former name.
        let renamed =
            declaration(ACME_BN, "Groupe Ordinatique Boréal", "W0113-260002/B", "2026-03-01", "laptop computers", "CN");
        let resp = app.upload("renamed.json", renamed).await;
        assert!(resp.status().is_success(), "{}", resp.text().await.unwrap());
        let boreal = resp.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
        let cases: Vec<(String, Vec<i64>)> = vec![
            // The former name, recorded on the superseded declaration, finds the supplier's current one.
            ("q=acme%20electronics".into(), vec![boreal]),
            ("q=ELECTRONICS%20acme".into(), vec![boreal]),
            ("q=acme&include_superseded=true".into(), vec![acme, boreal]),
            ("q=boreal".into(), vec![boreal]),
            // The business number, the solicitation number, the declaration's own number (bare or with `#`).
            (format!("q={ACME_BN}"), vec![boreal]),
            ("q=W0113-260002%2FB".into(), vec![boreal]),
            (format!("q={own}"), vec![own]),
            (format!("q=%23{zeta}"), vec![zeta]),
            (format!("q={acme}&include_superseded=true"), vec![acme]),
            // A number of no declaration finds none; words of a former name and a current one together find none.
            ("q=999999".into(), vec![]),
            ("q=acme%20boreal".into(), vec![]),
        ];
        for (query, expected) in &cases {
            let (got, total) = ids(&app, query).await;
            assert_eq!(set(&got), set(expected), "{query}");
            assert_eq!(total, expected.len() as u64, "{query}");
        }
        // The page reads the same storage function.
        let page = home(&app, "q=acme%20electronics").await;
        assert!(page.contains(&format!("/declarations/{boreal}?")) && page.contains("1–1 of 1"), "{page}");
        let page = home(&app, &format!("q=%23{zeta}")).await;
        assert!(page.contains(&format!("/declarations/{zeta}?")) && page.contains("1–1 of 1"), "{page}");
    }
);

on_both_backends!(the_declarations_list_sorts_and_pages_with_its_total, |app: TestApp| async move {
    let [own, acme, zeta] = three(&app).await;
    // Newest declaration date first by default.
    assert_eq!(ids(&app, "").await.0, vec![zeta, own, acme]);
    assert_eq!(ids(&app, "sort=date").await.0, vec![zeta, own, acme]);
    assert_eq!(ids(&app, "sort=supplier").await.0, vec![acme, own, zeta]);
    for (sort, first, second) in
        [("risk", "forced_labour_score", "child_labour_score"), ("child", "child_labour_score", "forced_labour_score")]
    {
        let list = list_as(&app, Who::Officer, &format!("sort={sort}")).await;
        let keys: Vec<(f64, f64)> = list["declarations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| (d[first].as_f64().unwrap(), d[second].as_f64().unwrap()))
            .collect();
        assert_eq!(keys.len(), 3);
        assert!(keys.windows(2).all(|w| w[0] >= w[1]), "sort={sort}: {keys:?}");
    }
    // Pages: never overlapping, together the whole list, each with the same total.
    let mut paged = Vec::new();
    for offset in 0..3 {
        let (page, total) = ids(&app, &format!("sort=supplier&limit=1&offset={offset}")).await;
        assert_eq!(total, 3);
        paged.extend(page);
    }
    assert_eq!(paged, vec![acme, own, zeta]);
    let (past, total) = ids(&app, "limit=2&offset=5").await;
    assert!(past.is_empty());
    assert_eq!(total, 3);
    let (two, total) = ids(&app, "country=CN&limit=1").await;
    assert_eq!((two.len(), total), (1, 2));
});

on_both_backends!(a_supplier_cannot_widen_its_view_with_filters, |app: TestApp| async move {
    let [own, acme, zeta] = three(&app).await;
    let mine = |query: &'static str| {
        let app = &app;
        async move {
            let list = list_as(app, Who::Supplier, query).await;
            let got: Vec<i64> =
                list["declarations"].as_array().unwrap().iter().map(|d| d["id"].as_i64().unwrap()).collect();
            (got, list["total"].as_u64().unwrap())
        }
    };
    assert_eq!(mine("").await, (vec![own], 1));
    assert_eq!(mine("q=acme").await, (vec![], 0));
    assert_eq!(mine("country=CN").await, (vec![], 0));
    assert_eq!(mine("include_superseded=true&solicitation=W0113-260001%2FA").await, (vec![own], 1));
    let other =
        format!("supplier_id={}", list_as(&app, Who::Officer, "q=acme").await["declarations"][0]["supplier_id"]);
    let resp = app.get_as(Who::Supplier, &format!("/api/v1/declarations?{other}")).await;
    let body: Value = resp.json().await.unwrap();
    assert_eq!(body["total"], 0, "{body}");
    // The home page says the same.
    let html = app.get_as(Who::Supplier, "/?q=zeta").await.text().await.unwrap();
    assert!(!html.contains(&format!("/declarations/{zeta}?")) && !html.contains(&format!("/declarations/{acme}?")));
});

on_both_backends!(bad_list_parameters_are_refused_with_their_name, |app: TestApp| async move {
    let long = "x".repeat(201);
    let cases = [
        ("band=severe", "band"),
        ("child_band=High", "child_band"),
        ("sort=price", "sort"),
        ("fy=26", "fy"),
        ("fy=twenty", "fy"),
        ("from=2026-13-01", "from"),
        ("to=tomorrow", "to"),
        ("country=Canada", "country"),
        ("country=XX", "country"),
        ("category=toys", "category"),
        ("limit=0", "limit"),
        ("limit=1001", "limit"),
        ("offset=1000000001", "offset"),
        (&format!("q={long}"), "q"),
        // Values that are not of the parameter's kind at all are named too, not only those out of range.
        ("offset=-1", "offset"),
        ("limit=abc", "limit"),
        ("supplier_id=abc", "supplier_id"),
        ("supplier_id=99999999999999999999", "supplier_id"),
        ("include_superseded=maybe", "include_superseded"),
    ];
    for (query, name) in cases {
        let resp = app.get_as(Who::Officer, &format!("/api/v1/declarations?{query}")).await;
        assert_eq!(resp.status(), 400, "{query}");
        let body: Value = resp.json().await.unwrap();
        assert_eq!(body["error"], "bad_request");
        assert!(body["message"].as_str().unwrap().starts_with(name), "{query}: {body}");
        assert!(body["message_fr"].as_str().unwrap().starts_with(name), "{query}: {body}");
    }
    // A character no text holds is named with its parameter, as the forms and bodies name theirs (`search_bounds.rs`
    // tries every text filter).
    let body: Value =
        app.get_as(Who::Officer, "/api/v1/declarations?solicitation=W0113%00").await.json().await.unwrap();
    assert!(
        body["message"].as_str().unwrap().starts_with("“solicitation” holds an invisible control character, U+0000"),
        "{body}"
    );
    assert!(body["message_fr"].as_str().unwrap().starts_with("«\u{a0}solicitation\u{a0}» contient"), "{body}");
    // The value that is not a number is named, and no other (`parameters.rs` tries many more).
    let body: Value = app.get_as(Who::Officer, "/api/v1/declarations?band=high&limit=ten").await.json().await.unwrap();
    let (en, fr) = (body["message"].as_str().unwrap(), body["message_fr"].as_str().unwrap());
    assert!(
        en.starts_with("limit “ten”") && !en.contains("band") && fr.starts_with("limit «\u{a0}ten\u{a0}»"),
        "{body}"
    );
    assert!(!en.contains("deserialize") && !fr.contains("deserialize"), "{body}");
    // What a parameter accepts is named.
    let body: Value = app.get_as(Who::Officer, "/api/v1/declarations?band=severe").await.json().await.unwrap();
    assert!(body["message"].as_str().unwrap().contains("low, medium, high, critical"), "{body}");
    let body: Value = app.get_as(Who::Officer, "/api/v1/declarations?category=toys").await.json().await.unwrap();
    assert!(body["message"].as_str().unwrap().contains("clothing"), "{body}");
    // A country with a stray mark is refused with the country it looks like, as the intake refuses it.
    for query in ["country=MY%3F", "country=MY%20%E2%9C%93"] {
        let body: Value =
            app.get_as(Who::Officer, &format!("/api/v1/declarations?{query}")).await.json().await.unwrap();
        let (en, fr) = (body["message"].as_str().unwrap(), body["message_fr"].as_str().unwrap());
        assert!(en.starts_with("country ") && en.contains("did you mean Malaysia?"), "{query}: {body}");
        assert!(fr.contains("vouliez-vous dire Malaisie\u{202f}?"), "{query}: {body}");
    }
    // The page answers with the bilingual error page, naming the parameter.
    for (query, name) in [
        ("page=0", "page"),
        ("per_page=500", "per_page"),
        ("sort=price&lang=fr", "sort"),
        ("page=-1", "page"),
        ("page=abc&lang=fr", "page"),
    ] {
        let resp = app.get_as(Who::Officer, &format!("/?{query}")).await;
        assert_eq!(resp.status(), 400, "{query}");
        assert!(resp.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
        let html = resp.text().await.unwrap();
        assert!(html.contains(name), "{query}");
        assert!(!html.contains("deserialize"), "{query}: the library's words stay out of the page");
    }
    // A path that is not an id names itself.
    for path in ["/declarations/abc", "/declarations/99999999999999999999"] {
        let resp = app.get_as(Who::Officer, path).await;
        assert_eq!(resp.status(), 400, "{path}");
        let html = resp.text().await.unwrap();
        assert!(html.contains(path.trim_start_matches("/declarations/")) && !html.contains("deserialize"), "{path}");
    }
});

/// The page's HTML, its `&#x3D;` read as `=` the way a browser reads attribute values.
async fn home(app: &TestApp, query: &str) -> String {
    let resp = app.get_as(Who::Officer, &format!("/?{query}")).await;
    assert_eq!(resp.status(), 200, "{query}");
    resp.text().await.unwrap().replace("&#x3D;", "=").replace("&amp;", "&")
}

/// The `href` of the link with this `rel`, if any.
fn link(html: &str, rel: &str) -> Option<String> {
    let marker = format!("rel=\"{rel}\" href=\"");
    let start = html.find(&marker)? + marker.len();
    let end = html[start..].find('"')?;
    Some(html[start..start + end].to_string())
}

on_both_backends!(
    the_home_page_pages_the_filtered_list_with_its_count_and_shareable_links,
    |app: TestApp| async move {
        let [own, acme, zeta] = three(&app).await;
        let first = home(&app, "per_page=1&sort=supplier&q=e").await;
        assert!(first.contains("1–1 of 3"), "the count of the page");
        assert!(first.contains(&format!("/declarations/{acme}?")));
        assert!(!first.contains(&format!("/declarations/{own}?")));
        assert!(link(&first, "prev").is_none());
        // The next page keeps every filter: its URL is the view to share.
        let next = link(&first, "next").expect("a link to the next page");
        for kept in ["q=e", "sort=supplier", "per_page=1", "page=2", "lang=en"] {
            assert!(next.contains(kept), "{next} keeps {kept}");
        }
        let second = home(&app, next.trim_start_matches("/?")).await;
        assert!(second.contains("2–2 of 3"));
        assert!(second.contains(&format!("/declarations/{own}?")));
        assert!(link(&second, "prev").is_some());
        let third = home(&app, link(&second, "next").unwrap().trim_start_matches("/?")).await;
        assert!(third.contains("3–3 of 3") && third.contains(&format!("/declarations/{zeta}?")));
        assert!(link(&third, "next").is_none());
        // The form shows the filters it was given; French numbers and words.
        let fr = home(&app, "lang=fr&country=CN&band=&sort=risk").await;
        assert!(fr.contains("1–2 sur 2"), "French count");
        assert!(fr.contains("<option value=\"CN\" selected>Chine</option>"));
        assert!(fr.contains("<option value=\"risk\" selected>"));
        assert!(!fr.contains("toutes les déclarations au dossier"));
        // Nothing matches: said so; past the last page: said so, with a way back.
        assert!(home(&app, "q=nobody").await.contains("No declaration matches these filters."));
        let past = home(&app, "page=9").await;
        assert!(past.contains("past the last one") && past.contains("href=\"/?lang=en\""));
        // It says which page is the last and links to it (here the first: no second link).
        assert!(past.contains("3 declarations match, and the last page is 1."), "{past}");
        assert!(past.contains("<a href=\"/?lang=en\">Go to the last page (1)</a>"), "{past}");
        assert!(!past.contains("Go to the first page"), "{past}");
    }
);

/// A declaration whose mill shares its address with the other suppliers' mills under another name.
fn mill_at_shared_address(n: usize, bn: &str) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "supplier": {"legal_name": format!("Supplier {n}"), "business_number": bn, "country": "CA",
                     "declaration_date": "2026-10-01", "signatory_name": "A. Signatory"},
        "attestations": [{"right": "forced_labour", "attested": true}],
        "places_of_work": [
            {"site_id": "HUB", "site_name": format!("Supplier {n} warehouse"), "role": "warehousing",
             "goods": "uniform shirts", "address": format!("{n} Depot Road"), "city": "Ottawa", "country": "CA",
             "supplies_to": []},
            {"site_id": "MILL", "site_name": format!("Riverside Knitting Unit {n}"), "role": "manufacturing",
             "goods": "uniform shirts", "address": "KM 12 Dhaka Road", "city": "Dhaka", "country": "BD",
             "supplies_to": ["HUB"]},
        ],
        "goods": [{"item": "Shirts", "produced_at": ["MILL"]}],
    }))
    .unwrap()
}

on_both_backends!(the_proposed_matches_are_paged_with_their_total, |app: TestApp| async move {
    for (n, bn) in [OWN_BN, ACME_BN, ZETA_BN, "100000009"].into_iter().enumerate() {
        let resp = app.upload(&format!("m{n}.json"), mill_at_shared_address(n, bn)).await;
        assert!(resp.status().is_success(), "{}", resp.text().await.unwrap());
    }
    let all: Value = app.get_as(Who::Officer, "/api/v1/graph/matches?limit=1000").await.json().await.unwrap();
    let total = all["total"].as_u64().unwrap();
    assert_eq!(total, 6, "four mills at one address: six pairs");
    let pair = |p: &Value| (p["a"]["key"].to_string(), p["b"]["key"].to_string());
    let mut paged = Vec::new();
    for offset in (0..6).step_by(4) {
        let page: Value = app
            .get_as(Who::Officer, &format!("/api/v1/graph/matches?limit=4&offset={offset}"))
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(page["total"], 6);
        paged.extend(page["proposals"].as_array().unwrap().iter().map(pair));
    }
    let whole: Vec<_> = all["proposals"].as_array().unwrap().iter().map(pair).collect();
    assert_eq!(paged, whole);
    assert_eq!(app.get_as(Who::Officer, "/api/v1/graph/matches?limit=0").await.status(), 400);
    // The page: a count, and the next page's link.
    let html = app.get_as(Who::Officer, "/graph/matches?per_page=4").await.text().await.unwrap().replace("&amp;", "&");
    assert!(html.contains("1–4 of 6"));
    assert_eq!(link(&html.replace("&#x3D;", "="), "next").as_deref(), Some("/graph/matches?per_page=4&lang=en&page=2"));
    let html = app.get_as(Who::Officer, "/graph/matches?per_page=4&page=2&lang=fr").await.text().await.unwrap();
    assert!(html.contains("5–6 sur 6"));
    assert_eq!(app.get_as(Who::Officer, "/graph/matches?per_page=101").await.status(), 400);
});

#[tokio::test]
async fn on_a_portfolio_of_hundreds_each_page_of_the_list_stays_under_its_budget() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    small_portfolio(&app, 210).await;
    let first = home(&app, "").await;
    assert!(first.contains("1–50 of 210"));
    let id = link(&first.replace("<a href=\"/declarations/", "<a rel=\"decl\" href=\"/declarations/"), "decl").unwrap();
    for path in [
        "/".to_string(),
        "/?per_page=100".into(),
        "/?lang=fr&per_page=100&sort=risk".into(),
        "/?q=supplier+1&sort=risk&page=2".into(),
        "/?country=CN&per_page=100".into(),
        "/graph/matches".into(),
        id,
    ] {
        let resp = app.get_as(Who::Officer, &path).await;
        assert_eq!(resp.status(), 200, "{path}");
        let bytes = resp.bytes().await.unwrap().len();
        eprintln!("{path}: {bytes} bytes");
        assert!(bytes < PAGE_BUDGET, "{path}: {bytes} bytes, over {PAGE_BUDGET}");
    }
    let all = list_as(&app, Who::Officer, "limit=1000").await;
    assert_eq!(all["total"], 210);
    assert_eq!(all["declarations"].as_array().unwrap().len(), 210);
}

on_both_backends!(
    dates_no_declaration_can_fall_between_or_outside_the_fy_given_are_refused_naming_both_parameters,
    |app: TestApp| async move {
        let [own, ..] = three(&app).await;
        // The same day at both ends is a range of one day, not a reversed one.
        assert_eq!(ids(&app, "from=2026-05-10&to=2026-05-10").await.0, vec![own]);
        let cases = [
            ("from=2026-12-01&to=2026-01-01", ["from 2026-12-01", "to 2026-01-01"]),
            ("fy=2025&from=2027-01-01", ["from 2027-01-01", "fy 2025"]),
            ("fy=2026&to=2026-01-01", ["to 2026-01-01", "fy 2026"]),
            // Partly outside: the list would show less than the dates say.
            ("fy=2026&from=2025-01-01", ["from 2025-01-01", "fy 2026"]),
            ("fy=2026&to=2027-06-30", ["to 2027-06-30", "fy 2026"]),
            ("fy=2026&from=2026-05-01&to=2027-04-01", ["to 2027-04-01", "fy 2026"]),
        ];
        for (query, named) in cases {
            let resp = app.get_as(Who::Officer, &format!("/api/v1/declarations?{query}")).await;
            assert_eq!(resp.status(), 400, "{query}");
            let body: Value = resp.json().await.unwrap();
            assert_eq!(body["error"], "bad_request");
            for message in [&body["message"], &body["message_fr"]] {
                let message = message.as_str().unwrap();
                assert!(named.iter().all(|n| message.contains(n)), "{query}: {message}");
            }
            assert_ne!(body["message"], body["message_fr"], "{body}");
            // The fiscal year's days are said in words, not in ISO 8601.
            if let Some(year) = query.strip_prefix("fy=").and_then(|q| q.get(..4)) {
                let next: i32 = year.parse::<i32>().unwrap() + 1;
                let (en, fr) = (body["message"].as_str().unwrap(), body["message_fr"].as_str().unwrap());
                assert!(en.contains(&format!("(April 1, {year} to March 31, {next})")), "{en}");
                assert!(fr.contains(&format!("(du 1er avril {year} au 31 mars {next})")), "{fr}");
                assert!(!en.contains(&format!("{year}-04-01")) && !fr.contains(&format!("{next}-03-31")), "{body}");
            }
            // The home page: the error page in the reader's language, naming both.
            for (lang, word) in [("en", "is after"), ("fr", "postérieure")] {
                let resp = app.get_as(Who::Officer, &format!("/?{query}&lang={lang}")).await;
                assert_eq!(resp.status(), 400, "{query}");
                assert!(resp.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
                let html = resp.text().await.unwrap();
                assert!(named.iter().all(|n| html.contains(n)), "{query} ({lang}): {html}");
                if query.starts_with("from=") {
                    assert!(html.contains(word), "{query} ({lang})");
                }
            }
        }
    }
);

/// The heat-map cells of a portfolio page: each link and the number of declarations the cell says it counts.
fn heat_cells(html: &str) -> Vec<(String, u64)> {
    html.split("class=\"heat-link\" href=\"")
        .skip(1)
        .map(|part| {
            let href = part[..part.find('"').unwrap()].replace("&amp;", "&").replace("&#x3D;", "=");
            let marker = "the declarations behind this cell (";
            let after = &part[part.find(marker).unwrap() + marker.len()..];
            let count = after[..after.find(')').unwrap()].replace([',', '\u{a0}', ' '], "").parse().unwrap();
            (href, count)
        })
        .collect()
}

on_both_backends!(a_heat_map_cell_counts_exactly_the_declarations_its_link_lists, |app: TestApp| async move {
    for name in crate::helpers::demo_files() {
        assert!(app.upload(&name, crate::helpers::demo_file(&name)).await.status().is_success(), "{name}");
    }
    small_portfolio(&app, 24).await;
    // A bid with a clothing site in Bangladesh whose spend is made in Viet Nam: the rule of a site of the category
    // in the country counts it in the clothing × Bangladesh cell (Uniformes Boréal's), the spend rule does not — so
    // that the two rules disagree whatever the model reads in the synthetic portfolio.
    let apart = serde_json::json!({
        "supplier": {"legal_name": "Sewn Apart Ltd.", "business_number": "123456782", "country": "CA",
                     "solicitation_number": "W0113-24C005/A", "declaration_date": "2026-10-02",
                     "signatory_name": "S. Apart"},
        "attestations": [{"right": "forced_labour", "attested": true}],
        "places_of_work": [
            {"site_id": "VNS", "site_name": "Hai Phong Sewing", "role": "manufacturing", "goods": "uniform shirts",
             "address": "4 Harbour Street", "city": "Hai Phong", "country": "VN", "supplies_to": []},
            {"site_id": "BDS", "site_name": "Dhaka Sewing", "role": "manufacturing", "goods": "uniform shirts",
             "address": "9 Mill Road", "city": "Dhaka", "country": "BD", "supplies_to": ["VNS"]}
        ],
        "goods": [{"item": "Work shirts", "quantity": 100, "value_cad": 5000, "produced_at": ["VNS"]}],
    });
    let r = app.upload("apart.json", serde_json::to_vec(&apart).unwrap()).await;
    assert!(r.status().is_success(), "{}", r.text().await.unwrap());
    let officer = app.signed_in(Who::Officer).await;
    let page = async |path: &str| {
        let resp = officer.get(app.url(path)).send().await.unwrap();
        assert_eq!(resp.status(), 200, "{path}");
        resp.text().await.unwrap()
    };
    let current = page("/portfolio?lang=en").await;
    // The current view and each fiscal year's.
    let mut views = vec!["/portfolio?lang=en".to_string()];
    for part in current.split("href=\"/portfolio?lang=en&amp;fy=").skip(1) {
        let year = &part[..part.find('&').unwrap()];
        views.push(format!("/portfolio?lang=en&fy={year}"));
    }
    views.dedup();
    assert!(views.len() >= 2, "{views:?}");
    let (mut cells, mut differed) = (0, 0);
    for view in &views {
        for (href, count) in heat_cells(&page(view).await) {
            cells += 1;
            let query = href.strip_prefix("/?").unwrap_or_else(|| panic!("{href}"));
            assert!(query.contains("spend=true"), "{href}");
            let (listed, total) = ids(&app, &format!("{query}&limit=1000")).await;
            assert_eq!(total, count, "{view}: the cell says {count}, its list {href} holds {total}");
            assert_eq!(listed.len() as u64, count);
            // The rule the link followed before (a site of the category in the country) is another count here.
            let by_site = query.replace("&spend=true", "").replace("category=none&", "");
            differed += usize::from(ids(&app, &format!("{by_site}&limit=1000")).await.1 != count);
            // The home page lists the same number.
            let home = page(&href).await;
            assert!(home.contains(&format!("of {count}")), "{href}: the page does not say it lists {count}");
        }
    }
    assert!(cells > 10, "{cells} cells");
    assert!(differed > 0, "a portfolio where the two rules disagree, so that the test can fail");
});

/// A page refused for its query (a page number out of range, not a number, a parameter the page does not take) keeps
/// the header of whoever is signed in, as the pages' own refusals do: the account's sign-out, not the sign-in link.
#[tokio::test]
async fn a_refused_query_keeps_the_header_of_who_is_signed_in() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    for path in [
        "/?page=-1",
        "/?page=abc",
        "/?per_page=0&lang=fr",
        "/screening/alerts?page=-3",
        "/graph?page=0",
        "/audit?page=x",
    ] {
        let who = if path.starts_with("/audit") { Who::Auditor } else { Who::Officer };
        let resp = app.signed_in(who).await.get(app.url(path)).send().await.unwrap();
        assert_eq!(resp.status(), 400, "{path}");
        let html = resp.text().await.unwrap();
        assert!(html.contains("action=\"/logout"), "{path}: {html}");
        assert!(!html.contains("href=\"/login"), "{path}");
    }
}
