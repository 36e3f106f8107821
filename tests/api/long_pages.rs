//! Long declarations and many bids: the pages stay readable and under 300 KiB whatever the chain's length or the
//! number of bids (issue 17). On SQLite, as the other page tests.

use crate::helpers::{Backend, TestApp, plain_spaces, spawn_app};
use chainon::domain::Band;

const LIMIT: usize = 300 * 1024;

/// A page, with the escapes of attribute values (`&amp;`, `&#x3D;`) read as a browser reads them.
async fn page(app: &TestApp, path: &str) -> (u16, String) {
    let resp = app.client.get(app.url(path)).send().await.unwrap();
    (resp.status().as_u16(), resp.text().await.unwrap().replace("&amp;", "&").replace("&#x3D;", "="))
}

/// Stores the synthetic declaration of `sites` sites and returns its id.
async fn long_declaration(app: &TestApp, sites: usize) -> i64 {
    store(app, &chainon::synth::declaration(sites, 7)).await
}

async fn store(app: &TestApp, d: &chainon::domain::Declaration) -> i64 {
    let resp = app.upload("long.json", serde_json::to_vec(&chainon::import::to_json(d)).unwrap()).await;
    assert_eq!(resp.status(), 201);
    resp.json::<serde_json::Value>().await.unwrap()["id"].as_i64().unwrap()
}

/// The rows of the sites tables (each site row starts with its name as a row heading).
fn site_rows(html: &str) -> usize {
    html.matches("<th scope=\"row\"><span class=\"site-name\">").count()
}

#[tokio::test]
async fn a_345_site_declaration_is_folded_by_tier_paged_and_filtered_under_300_kib() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    // Tiers of 5, 10, 21, 43, 87 and 179 sites. Every tier-4 site supplies the first tier-3 site only: the other 20
    // tier-3 sites (S16–S35, on the first page) take in cotton from no declared site, a disclosure gap each.
    let mut d = chainon::synth::declaration(345, 7);
    let first_of_tier_3 = d.places_of_work[15].site_id.clone();
    // Every site names its province: the only findings about sites are then the gaps (a Chinese site without one
    // would get `region_missing` too).
    for site in &mut d.places_of_work {
        site.region.get_or_insert_with(|| "Province".to_string());
    }
    for site in &mut d.places_of_work[36..79] {
        site.supplies_to = vec![first_of_tier_3.clone()];
    }
    let id = store(&app, &d).await;
    let assessment = app.store.latest_assessment(id).await.unwrap().unwrap().assessment;
    let gaps = assessment.findings.iter().filter(|f| f.code() == chainon::domain::FindingCode::DisclosureGap).count();
    assert_eq!(gaps, 20);

    let (status, en) = page(&app, &format!("/declarations/{id}?per_page=35")).await;
    assert_eq!(status, 200);
    eprintln!("345-site declaration page: {} bytes", en.len());
    assert!(en.len() < LIMIT, "{} bytes", en.len());
    assert_eq!(site_rows(&en), 35, "one page of sites");
    assert!(en.contains("Sites shown: 1–35 of 345"), "the count");
    // Six tiers, each folded with its counts; the ones on this page open, the others closed.
    assert_eq!(en.matches("<details class=\"tier\"").count(), 6);
    assert!(en.contains("<details class=\"tier\" open>\n    <summary>Tier 1 — 5 sites"));
    let tier5: Vec<_> = assessment.sites.iter().filter(|s| s.tier == Some(5)).collect();
    let worse = |band| tier5.iter().filter(|s| s.risk.forced_labour.band.max(s.risk.child_labour.band) == band).count();
    let (high, critical) = (worse(Band::High), worse(Band::Critical));
    assert!(high > 0 && critical > 0, "cotton farms are high or critical");
    let summary = format!("<details class=\"tier\">\n    <summary>Tier 5 — 87 sites, {high} high, {critical} critical");
    assert!(en.contains(&summary), "{summary}");
    // The findings about the page's sites are listed; on the next page, they are counted.
    assert_eq!(en.matches("PlacesOfWork: S").count(), 19);
    // In French, where they are is said with the French template's sheet names.
    let (_, fr) = page(&app, &format!("/declarations/{id}?lang=fr&per_page=35")).await;
    let fr = plain_spaces(&fr);
    assert_eq!(fr.matches("LieuxDeTravail : S").count(), 19);
    assert!(!fr.contains("PlacesOfWork"));
    let (_, next) = page(&app, &format!("/declarations/{id}?per_page=35&sites_page=2")).await;
    // The twentieth site with a finding is on the second page of 35: its finding listed there, the others counted.
    assert_eq!(next.matches("PlacesOfWork: S").count(), 1);
    assert!(
        next.contains("19 more findings are about sites on other pages of the chain"),
        "{}",
        &next[next.find("h-findings").unwrap()..][..800]
    );
    // A folded tier says where its sites are, in a link that keeps the language.
    assert!(en.contains("sites_page=") && en.contains("Show its sites (page "));

    let (_, fr) = page(&app, &format!("/declarations/{id}?lang=fr&sites_page=2")).await;
    let fr = plain_spaces(&fr);
    assert!(fr.contains("Lieux affichés : 26–50 sur 345"), "the count in French");
    assert!(fr.contains("Niveau 6 — ") && fr.contains("lieux"));
    assert_eq!(site_rows(&fr), 25);
    // Links to other pages keep the language, and say which page.
    assert!(fr.contains("?lang=fr&sites_page=3#h-chain"), "the next page keeps the language");
    assert!(fr.contains("aria-current=\"page\">2</a>"));

    // Filters: forced labour high or above, in one country; the count says how many match of how many.
    let high = assessment.sites.iter().filter(|s| s.risk.forced_labour.band >= Band::High).count();
    let (status, body) = page(&app, &format!("/declarations/{id}?forced=high&per_page=500")).await;
    assert_eq!(status, 400, "per_page is bounded");
    assert!(body.contains("per_page") && body.contains("1 to 35"));
    let (status, body) = page(&app, &format!("/declarations/{id}?forced=high")).await;
    assert_eq!(status, 200);
    let shown = high.min(25);
    assert!(
        body.contains(&format!("Sites shown: 1–{shown} of {high} matching the filter (345 in the chain)")),
        "{high}"
    );
    assert_eq!(site_rows(&body), shown);
    assert!(body.contains("<option value=\"high\" selected>"));
    let uzbek = assessment.sites.iter().filter(|s| s.country.as_str() == "UZ").count();
    let (_, body) = page(&app, &format!("/declarations/{id}?country=UZ&per_page=20&lang=fr")).await;
    assert!(body.contains(&format!("sur {uzbek} correspondant au filtre")), "{uzbek}");
    assert_eq!(site_rows(&body), uzbek.min(20));
    assert!(body.contains("<option value=\"UZ\" selected>Ouzbékistan ("));
    assert!(body.contains("name=\"per_page\" value=\"20\""), "the form keeps the page size");

    // Wrong parameters: the error page, in the reader's language, naming the parameter.
    for (query, name) in [
        ("forced=extreme", "forced"),
        ("child=2", "child"),
        ("country=Atlantis", "country"),
        ("sites_page=0", "sites_page"),
        ("per_page=many", "per_page"),
    ] {
        let (status, body) = page(&app, &format!("/declarations/{id}?{query}&lang=fr")).await;
        assert_eq!(status, 400, "{query}");
        // French quotation marks hold no-break spaces (read here as plain ones).
        let body = body.replace('\u{a0}', " ");
        assert!(body.contains("<html lang=\"fr\">") && body.contains(&format!("{name} « ")), "{query}: {body}");
    }

    // Past the last page: no site rows, the tiers still folded with their counts, and the page says which page is
    // the last with links to it and to the first (every paged list's rule), in both languages.
    // The findings about sites are not "more" than the page's (it shows none): each is with its site's page.
    for (lang, said, last, findings) in [
        (
            "en",
            "This page is past the last one: the 345 sites selected end on page 14.",
            "Go to the last page (14)",
            "20 findings are about sites of the chain: each is listed with its site's page (pages 1 to 14), not past \
             the last page.",
        ),
        (
            "fr",
            "Cette page est au-delà de la dernière : les 345 lieux retenus finissent à la page 14.",
            "Aller à la dernière page (14)",
            "20 constats portent sur des lieux de la chaîne : chacun figure avec la page de son lieu (pages 1 à 14), \
             non au-delà de la dernière page.",
        ),
    ] {
        let (status, body) = page(&app, &format!("/declarations/{id}?sites_page=99&lang={lang}")).await;
        assert_eq!(status, 200, "{lang}");
        let body = body.replace('\u{a0}', " ").replace("&#x27;", "'");
        assert_eq!(site_rows(&body), 0, "{lang}");
        assert!(body.contains(said) && body.contains(last), "{lang}: {body}");
        assert!(body.contains(findings), "{lang}: {}", &body[body.find("h-findings").unwrap()..][..800]);
        assert!(!body.contains("more findings") && !body.contains("autres constats"), "{lang}");
        assert!(
            body.contains(&format!("/declarations/{id}?lang={lang}&sites_page=14#h-chain")),
            "{lang}: the last page"
        );
        assert!(body.contains(&format!("/declarations/{id}?lang={lang}#h-chain")), "{lang}: the first page");
        assert!(!body.contains("rel=\"next\"") && !body.contains("rel=\"prev\""), "{lang}: no page either side");
    }
    // Filtered: the count and the last page are those of the sites selected.
    let pages = high.div_ceil(25);
    let (status, body) = page(&app, &format!("/declarations/{id}?forced=high&sites_page={}", pages + 1)).await;
    assert_eq!(status, 200);
    assert!(body.contains(&format!("the {high} sites selected end on page {pages}.")), "{body}");

    // The printable report keeps every site.
    let report = app.client.get(app.url(&format!("/declarations/{id}/report"))).send().await.unwrap();
    let report = report.text().await.unwrap().replace('\u{a0}', " ").replace('\u{202f}', "");
    eprintln!("345-site report: {} bytes", report.len());
    assert_eq!(site_rows(&report), 345);
}

#[tokio::test]
async fn a_2000_site_declaration_page_is_no_larger_than_a_short_one() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let id = long_declaration(&app, 2_000).await;
    for query in ["", "?lang=fr&sites_page=80", "?per_page=35&sites_page=3"] {
        let (status, body) = page(&app, &format!("/declarations/{id}{query}")).await;
        assert_eq!(status, 200, "{query}");
        eprintln!("2,000-site declaration page{query}: {} bytes", body.len());
        assert!(body.len() < LIMIT, "{query}: {} bytes", body.len());
    }
    let (_, body) = page(&app, &format!("/declarations/{id}?lang=fr&sites_page=80")).await;
    assert!(
        body.contains("Lieux affichés\u{a0}: 1\u{a0}976–2\u{a0}000 sur 2\u{a0}000")
            || body.contains("1 976–2 000 sur 2 000")
    );
}

/// Stores `n` bids on one solicitation (synthetic declarations of different suppliers) and returns its number.
async fn many_bids(app: &TestApp, n: usize) -> String {
    let number = "W9999-260030/A".to_string();
    for i in 0..n {
        let mut d = chainon::synth::declaration(12 + i % 9, i as u64);
        d.supplier.legal_name = format!("Bidder {i:02} Inc.");
        d.supplier.solicitation_number = Some(number.clone());
        let resp =
            app.upload(&format!("bid-{i}.json"), serde_json::to_vec(&chainon::import::to_json(&d)).unwrap()).await;
        assert_eq!(resp.status(), 201, "bid {i}");
    }
    number
}

/// The bids in the side-by-side matrix's headings, in order.
fn columns(html: &str) -> Vec<i64> {
    let matrix = &html[html.find("<table class=\"data compare\">").unwrap()..];
    let head = &matrix[..matrix.find("</thead>").unwrap()];
    head.split("<th scope=\"col\"><a href=\"/declarations/")
        .skip(1)
        .map(|s| s[..s.find('?').unwrap()].parse().unwrap())
        .collect()
}

#[tokio::test]
async fn thirty_bids_are_ranked_and_the_officer_chooses_which_stand_side_by_side() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let number = many_bids(&app, 30).await;
    let bids = app.store.bids_for(&number).await.unwrap().unwrap().bids;
    assert_eq!(bids.len(), 30);

    let (status, en) = page(&app, &format!("/solicitations/{number}")).await;
    assert_eq!(status, 200);
    eprintln!("30-bid solicitation page: {} bytes", en.len());
    assert!(en.len() < LIMIT, "{} bytes", en.len());
    // Every bid is ranked, one row each with a box to choose it; the four best ranked stand side by side.
    assert_eq!(en.matches("type=\"checkbox\" name=\"bids\"").count(), 30);
    let ranked: Vec<i64> = en
        .split("type=\"checkbox\" name=\"bids\" value=\"")
        .skip(1)
        .map(|s| s[..s.find('"').unwrap()].parse().unwrap())
        .collect();
    assert_eq!(columns(&en), ranked[..4]);
    assert_eq!(en.matches(" checked>").count(), 4);
    assert!(en.contains("4 of 30 bids side by side."));

    // Chosen bids, in any order, stand in ranking order.
    let (a, b) = (ranked[20], ranked[3]);
    let (status, body) = page(&app, &format!("/solicitations/{number}?lang=fr&bids={a}&bids={b}")).await;
    assert_eq!(status, 200);
    assert_eq!(columns(&body), [b, a]);
    assert!(body.contains("2 soumissions sur 30 côte à côte."));
    // More than six: the six best ranked of them, and a note.
    let query: Vec<String> = ranked.iter().rev().take(8).map(|id| format!("bids={id}")).collect();
    let (status, body) = page(&app, &format!("/solicitations/{number}?{}", query.join("&"))).await;
    assert_eq!(status, 200);
    assert_eq!(columns(&body), ranked[22..28]);
    assert!(body.contains("8 bids were chosen; only 6 fit side by side"));
    // A bid of another solicitation, or no number: the error page naming `bids`.
    for bad in ["bids=999999", "bids=first"] {
        let (status, body) = page(&app, &format!("/solicitations/{number}?{bad}&lang=fr")).await;
        assert_eq!(status, 400, "{bad}");
        assert!(body.contains("bids «\u{a0}"), "{bad}: {body}");
    }

    // The exports keep every bid: band and score for each of the 30.
    let csv = app.client.get(app.url(&format!("/solicitations/{number}?format=csv&bids={a}"))).send().await.unwrap();
    assert_eq!(csv.status(), 200);
    let bytes = csv.bytes().await.unwrap();
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(&bytes[3..]);
    let header = reader.records().nth(4).unwrap().unwrap();
    assert_eq!(header.len(), 30 * 2 + 1);
}

crate::on_both_backends!(
    a_shared_comparison_link_shows_the_current_declaration_of_a_bid_replaced_since,
    |app: TestApp| async move {
        use crate::helpers::demo_file;
        let id = async |name: &str, bytes: Vec<u8>| -> i64 {
            let resp = app.upload(name, bytes).await;
            assert!(resp.status().is_success());
            resp.json::<serde_json::Value>().await.unwrap()["id"].as_i64().unwrap()
        };
        let mut cordages = demo_file("cordages-nordiques-w8486.json");
        let first = id("cordages.json", cordages.clone()).await;
        let other = id("atlantic.json", demo_file("atlantic-marine-w8486.json")).await;
        let standing = id("arctic.json", demo_file("arctic-furniture-standing.json")).await;
        let link = format!("/solicitations/W8486-240001%2FA?bids={first}&bids={other}");
        let (_, before) = page(&app, &format!("{link}&lang=en")).await;
        assert!(columns(&before).contains(&first));
        cordages.push(b'\n');
        let second = id("cordages.json", cordages).await;

        for (lang, says) in [
            ("en", format!("Declaration #{first} was replaced by its bidder: its current declaration, #{second}")),
            (
                "fr",
                format!(
                    "La déclaration nº {first} a été remplacée par son soumissionnaire : sa déclaration courante, nº {second}"
                ),
            ),
        ] {
            let (status, body) = page(&app, &format!("{link}&lang={lang}")).await;
            let body = plain_spaces(&body);
            assert_eq!(status, 200, "{lang}: {body}");
            let mut shown = columns(&body);
            shown.sort_unstable();
            assert_eq!(shown, [other, second], "{lang}");
            assert!(body.contains(&says), "{lang}: {body}");
            // The same bid named twice is said to be replaced once.
            let (status, body) = page(&app, &format!("{link}&bids={first}&lang={lang}")).await;
            let body = plain_spaces(&body);
            assert_eq!(status, 200, "{lang}: {body}");
            assert_eq!(body.matches(says.as_str()).count(), 1, "{lang}: {body}");
        }
        // A declaration that is no bid of this solicitation, replaced or not, is still refused naming `bids`.
        let (status, body) = page(&app, &format!("/solicitations/W8486-240001%2FA?bids={standing}")).await;
        assert_eq!(status, 400, "{body}");
    }
);

/// The longest declaration of a synthetic portfolio (chains of shared facilities, each site with its inputs, several
/// suppliers of each, and the factors that name them: the heaviest rows a real portfolio gives) stays under the budget
/// in French, at the default page size and at the largest a page takes.
#[tokio::test]
async fn the_heaviest_rows_of_a_portfolio_stay_under_the_budget_at_every_page_size() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let portfolio = chainon::synth::portfolio(&chainon::synth::SynthOptions { sites: 4_000, shared: 0.15, seed: 7 });
    let longest = portfolio.iter().max_by_key(|d| d.places_of_work.len()).unwrap();
    assert!(longest.places_of_work.len() >= 150, "{}", longest.places_of_work.len());
    let id = store(&app, longest).await;
    let most = chainon::reports::declaration_page::MAX_PER_PAGE;
    for query in ["?lang=fr".to_string(), format!("?lang=fr&per_page={most}"), format!("?per_page={most}")] {
        let (status, body) = page(&app, &format!("/declarations/{id}{query}")).await;
        assert_eq!(status, 200, "{query}");
        eprintln!("{}-site declaration page{query}: {} bytes", longest.places_of_work.len(), body.len());
        assert!(body.len() < LIMIT, "{query}: {} bytes", body.len());
    }
}
