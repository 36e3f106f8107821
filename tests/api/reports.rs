//! The figures a department publishes and the rankings an officer acts on: the S-211 figures count a bid its
//! supplier re-sent once, by its newest file; the audit log's page is paged as every list is; bids rank by the worse
//! of their two bands first.

use serde_json::{Value, json};

use crate::helpers::*;
use crate::on_both_backends;

/// A declaration of `bn` for `solicitation` (`""`: a standing declaration), dated `date`, with `sites` sites (a warehouse in Canada and workshops
/// making `goods` in `country`).
fn bid(bn: &str, name: &str, solicitation: &str, date: &str, goods: &str, country: &str, sites: usize) -> Vec<u8> {
    let mut places = vec![json!({"site_id": "HUB", "site_name": format!("{name} warehouse"), "role": "warehousing",
        "goods": goods, "address": "1 Depot Road", "city": "Ottawa", "country": "CA", "supplies_to": []})];
    for i in 1..sites {
        places.push(json!({"site_id": format!("MAKER{i}"), "site_name": format!("{name} works {i}"),
            "role": "manufacturing", "goods": goods, "address": format!("{i} Industrial Road"), "city": "Zone 4",
            "country": country, "supplies_to": ["HUB"]}));
    }
    let mut supplier = json!({"legal_name": name, "business_number": bn, "country": "CA",
                              "declaration_date": date, "signatory_name": "A. Signatory"});
    // No solicitation: a standing declaration.
    if !solicitation.is_empty() {
        supplier["solicitation_number"] = json!(solicitation);
    }
    serde_json::to_vec(&json!({
        "supplier": supplier,
        "attestations": [{"right": "forced_labour", "attested": true}],
        "places_of_work": places,
        "goods": [{"item": goods, "produced_at": ["MAKER1"]}],
    }))
    .unwrap()
}

async fn send_file(app: &TestApp, bytes: Vec<u8>) -> i64 {
    let resp = app.upload("bid.json", bytes).await;
    let status = resp.status();
    let body: Value = resp.json().await.unwrap();
    assert!(status.is_success() && body["duplicate"] != true, "{status} {body}");
    body["id"].as_i64().unwrap()
}

async fn s211(app: &TestApp) -> Value {
    let resp = app.get_as(Who::Auditor, "/api/v1/reports/s211").await;
    assert_eq!(resp.status(), 200);
    resp.json().await.unwrap()
}

/// The assessments of the figures as (category, band) → (forced, child).
fn assessments(f: &Value) -> Vec<(String, String, u64, u64)> {
    let mut v: Vec<_> = f["assessments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["category"].as_str().unwrap().to_string(),
                a["band"].as_str().unwrap().to_string(),
                a["forced_labour"].as_u64().unwrap(),
                a["child_labour"].as_u64().unwrap(),
            )
        })
        .collect();
    v.sort();
    v
}

const ACME: &str = "123456782";
const ZETA: &str = "771203940";
const OWN: &str = "842310575";

on_both_backends!(the_s211_figures_count_a_bid_re_sent_once_by_its_newest_file, |app: TestApp| async move {
    // Three bids, each sent once.
    let today = chrono::Utc::now().date_naive();
    let date = |n: u32| (today - chrono::Days::new(u64::from(n))).format("%Y-%m-%d").to_string();
    let acme = |d: &str, sites| bid(ACME, "Acme Uniforms", "W0113-260001/A", d, "uniform shirts", "BD", sites);
    let zeta = |d: &str, sites| bid(ZETA, "Zeta Cordage", "W8486-260002/B", d, "sisal rope", "IN", sites);
    send_file(&app, acme(&date(40), 3)).await;
    send_file(&app, zeta(&date(40), 3)).await;
    send_file(&app, bid(OWN, "Cordages Nordiques", "", &date(40), "steel wire rope", "CN", 4)).await;
    let once = s211(&app).await;
    assert_eq!(
        (&once["declarations_received"], &once["site_disclosures_received"], &once["files_received"]),
        (&json!(3), &json!(10), &json!(3)),
        "{once}"
    );
    let bands = assessments(&once);
    let categories: u64 = bands.iter().map(|(.., f, _)| f).sum();
    assert!(categories >= 3, "each declaration has a category: {once}");

    // Acme corrects its file six times, Zeta twice, the standing declaration once: each a new declaration that
    // supersedes the one before. Nothing the department buys changed.
    for i in 0..6 {
        send_file(&app, acme(&date(39 - i), 3)).await;
    }
    for i in 0..2 {
        send_file(&app, zeta(&date(30 - i), 3)).await;
    }
    send_file(&app, bid(OWN, "Cordages Nordiques", "", &date(20), "steel wire rope", "CN", 4)).await;
    let resent = s211(&app).await;
    assert_eq!(resent["declarations_received"], 3, "one a bid: {resent}");
    assert_eq!(resent["site_disclosures_received"], 10, "{resent}");
    assert_eq!(assessments(&resent), bands, "the assessments are those of the declarations in force: {resent}");
    // The files themselves, re-submissions included, are a figure of their own.
    assert_eq!(resent["files_received"], 12, "{resent}");

    // The sites are those of the newest file: Zeta's last file drops a workshop, Acme's adds two.
    send_file(&app, zeta(&date(10), 2)).await;
    send_file(&app, acme(&date(10), 5)).await;
    let last = s211(&app).await;
    assert_eq!((&last["declarations_received"], &last["site_disclosures_received"]), (&json!(3), &json!(11)));
    assert_eq!(last["files_received"], 14);

    // The figures agree with the list of current declarations and the dashboard.
    let list: Value = app.get_as(Who::Auditor, "/api/v1/declarations?limit=100").await.json().await.unwrap();
    assert_eq!(list["total"], last["declarations_received"], "{list}");

    // The page and the CSV say which is which, in both languages.
    let page = app.signed_in(Who::Auditor).await;
    let en = page.get(app.url("/reports/s211?lang=en")).send().await.unwrap().text().await.unwrap();
    assert!(en.contains("Declaration files received, re-submissions included"), "{en}");
    assert!(en.contains("a bid re-sent counts once"), "{en}");
    let fr = page.get(app.url("/reports/s211?lang=fr")).send().await.unwrap().text().await.unwrap();
    assert!(fr.contains("Fichiers de déclaration reçus, nouveaux envois compris"), "{fr}");
    assert!(fr.contains("une soumission envoyée de nouveau compte une fois"), "{fr}");
    let csv = app.get_as(Who::Auditor, "/api/v1/reports/s211?format=csv&lang=fr").await.text().await.unwrap();
    assert!(csv.lines().any(|l| l.contains(",files_received,") && l.ends_with(",14")), "{csv}");
    assert!(csv.lines().any(|l| l.contains(",declarations_received,") && l.ends_with(",3")), "{csv}");
});

on_both_backends!(
    a_bid_with_a_critical_band_never_ranks_before_one_whose_bands_are_both_lower,
    |app: TestApp| async move {
        let today = chrono::Utc::now().date_naive();
        let date = (today - chrono::Days::new(5)).format("%Y-%m-%d").to_string();
        let number = "W8486-260009/A";
        // Sisal rope made in India from Tanzanian fibre: little forced labour, critical child labour.
        let sisal = serde_json::to_vec(&json!({
            "supplier": {"legal_name": "Sisal Ropes Inc.", "business_number": OWN, "country": "CA",
                         "solicitation_number": number, "declaration_date": date, "signatory_name": "A. Signatory"},
            "attestations": [{"right": "forced_labour", "attested": true}],
            "places_of_work": [
                {"site_id": "HUB", "site_name": "Montreal warehouse", "role": "warehousing", "goods": "sisal rope",
                 "address": "2250 Notre-Dame Street West", "city": "Montreal", "country": "CA", "supplies_to": []},
                {"site_id": "ROPE-IN", "site_name": "Hooghly Cordage Works", "role": "manufacturing",
                 "goods": "sisal rope", "address": "Plot 14", "city": "Kolkata", "country": "IN", "workers": 1250,
                 "supplies_to": ["HUB"]},
                {"site_id": "SISAL-TZ", "site_name": "Pangani Sisal Estate", "role": "raw_material",
                 "goods": "sisal fibre", "address": "Pangani Road", "city": "Tanga", "country": "TZ", "workers": 600,
                 "supplies_to": ["ROPE-IN"]},
            ],
            "goods": [{"item": "sisal rope 24 mm", "produced_at": ["ROPE-IN"]}],
        }))
        .unwrap();
        let critical = send_file(&app, sisal).await;
        let others = [
            send_file(&app, bid(ACME, "Acme Uniforms", number, &date, "uniform shirts", "BD", 3)).await,
            // Forced labour high, child labour low, under 2022.12 (its steel wire rope is critical for child labour).
            send_file(&app, bid(ZETA, "Zeta Hardware", number, &date, "polysilicon", "CN", 2)).await,
        ];
        let list: Value = app.get_as(Who::Auditor, "/api/v1/declarations?limit=100").await.json().await.unwrap();
        let bands = |id: i64| {
            let d = list["declarations"].as_array().unwrap().iter().find(|d| d["id"] == id).unwrap();
            (
                d["forced_labour_band"].as_str().unwrap_or_else(|| panic!("{d}")).to_string(),
                d["forced_labour_score"].as_f64().unwrap(),
                d["child_labour_band"].as_str().unwrap().to_string(),
            )
        };
        let (f, fscore, c) = bands(critical);
        assert_eq!(c, "critical", "the instance needs a critical child-labour band");
        assert_ne!(f, "critical");
        let mut lower = Vec::new();
        for id in others {
            let (of, ofscore, oc) = bands(id);
            // The instance: a bid ranked after it on forced labour alone, with no critical band.
            if of != "critical" && oc != "critical" {
                lower.push((id, ofscore > fscore));
            }
        }
        assert!(
            lower.iter().any(|(_, worse_on_forced)| *worse_on_forced),
            "no bid to rank it wrongly before: {lower:?}"
        );

        let page = app.signed_in(Who::Officer).await;
        for (lang, words) in [("en", "the worse of its two bands"), ("fr", "le pire de ses deux niveaux")] {
            let html = page
                .get(app.url(&format!("/solicitations/W8486-260009%2FA?lang={lang}")))
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap();
            let at = |id: i64| html.find(&format!("/bids/{id}/follow-up")).unwrap_or_else(|| panic!("{html}"));
            for (id, _) in &lower {
                assert!(at(*id) < at(critical), "{lang}: bid {id} ranks before the critical one");
            }
            assert!(html.contains(words), "{lang}: the row says why: {html}");
        }
    }
);

on_both_backends!(the_audit_page_is_paged_with_a_count_and_stable_urls, |app: TestApp| async move {
    let today = chrono::Utc::now().date_naive();
    let date = (today - chrono::Days::new(5)).format("%Y-%m-%d").to_string();
    let id = send_file(&app, bid(ACME, "Acme Uniforms", "W0113-260001/A", &date, "uniform shirts", "BD", 2)).await;
    // Each evaluation note is one entry of the log: more than a default page of them.
    let notes = format!("/api/v1/bids/{id}/notes");
    for i in 0..205 {
        app.create(Who::Officer, &notes, json!({"text": format!("note {i}")})).await;
    }
    let total = app.store.verify_audit().await.unwrap().entries;
    assert!(total > 205, "{total}");
    let auditor = app.signed_in(Who::Auditor).await;
    let html = |path: String| {
        let (auditor, app) = (&auditor, &app);
        async move {
            let resp = auditor.get(app.url(&path)).send().await.unwrap();
            // The attributes' `&` and `=` as written in the URL (the templates escape them).
            (resp.status().as_u16(), resp.text().await.unwrap().replace("&#x3D;", "=").replace("&amp;", "&"))
        }
    };
    let seqs = |page: &str| -> Vec<u64> {
        page.split("<tr")
            .skip(2)
            .filter_map(|r| r.split("<td class=\"num\">").nth(1)?.split('<').next()?.parse().ok())
            .collect()
    };

    // The first page: the 100 newest entries, with the count and a link to the next page.
    let (status, first) = html("/audit?lang=en".into()).await;
    assert_eq!(status, 200);
    assert!(first.contains(&format!("Entries 1–100 of {total}, newest first")), "{first}");
    assert!(first.contains("href=\"/audit?lang=en&page=2\""), "{first}");
    assert_eq!(seqs(&first).first(), Some(&total));
    assert_eq!(seqs(&first).len(), 100);
    // The third holds the oldest ones, down to the first entry of the log.
    let (status, second) = html("/audit?lang=en&page=3".into()).await;
    assert_eq!(status, 200);
    assert!(second.contains(&format!("201–{total} of {total}")), "{second}");
    assert_eq!(seqs(&second), (1..=total - 200).rev().collect::<Vec<_>>());
    assert!(second.contains("href=\"/audit?lang=en&page=2\"") && second.contains("rel=\"prev\""), "{second}");

    // A page size of its own, kept by the links with the filter, in French too.
    let (status, fr) = html("/audit?lang=fr&per_page=10&page=3".into()).await;
    assert_eq!(status, 200);
    assert!(fr.contains(&format!("Entrées 21–30 sur {total}")), "{fr}");
    assert!(fr.contains("href=\"/audit?per_page=10&lang=fr&page=4\""), "{fr}");
    assert_eq!(seqs(&fr), (total - 29..=total - 20).rev().collect::<Vec<_>>());
    // Each note's entry is the solicitation's: a filter of more than a page, kept by the links.
    let subject = "solicitation%2FW0113-260001%2FA";
    let (status, own) = html(format!("/audit?lang=en&subject={subject}&per_page=50&page=2")).await;
    assert_eq!(status, 200);
    let of_subject = app.store.audit_entries_page(Some("solicitation/W0113-260001/A"), 1, 0).await.unwrap().1;
    assert_eq!(of_subject, 205);
    assert!(own.contains("Entries 51–100 of 205, newest first"), "{own}");
    assert!(own.contains(&format!("href=\"/audit?subject={subject}&per_page=50&lang=en&page=3\"")), "{own}");

    // Past the last page: no rows, and which page is the last; a page size beyond the limit or a page 0 is refused
    // naming it.
    let (status, past) = html("/audit?lang=en&page=9".into()).await;
    assert_eq!(status, 200);
    assert!(seqs(&past).is_empty() && past.contains("href=\"/audit?lang=en&page=3\""), "{past}");
    for (query, name) in [("page=0", "page"), ("per_page=5000", "per_page"), ("page=x", "page")] {
        let (status, refused) = html(format!("/audit?lang=en&{query}")).await;
        assert_eq!(status, 400, "{query}");
        assert!(refused.contains(name), "{query}: {refused}");
    }
});
