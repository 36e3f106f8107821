//! No code is shown to a person: the pages of the demo data, in English and in French, and the downloads people
//! open (the workbook template, the comparison and portfolio exports) carry labels, never the codes the data holds
//! (`raw_material`, `supplier_and_tier1`, `disclosure_gap`, `ropes_cordage` …). And numbers typed into forms are
//! read in the page's language.

use std::collections::BTreeSet;

use strum::IntoEnumIterator;

use crate::helpers::{Backend, TestApp, Who, demo_file, demo_files, hidden_field, plain_spaces, spawn_app};
use chainon::cases::{ContractKind, Credibility, EvidenceKind, IloIndicator, Instrument, Outcome};
use chainon::domain::{DueDiligenceQuestion, FindingCode, Right, Role, Scope};

/// Every code of two words or more the data holds (one-word codes such as `policy` or `low` are also English
/// words, so they cannot be told from text; each of them has a two-word sibling in the same vocabulary that would
/// show the same fault).
fn known_codes() -> BTreeSet<String> {
    fn all<T: IntoEnumIterator + AsRef<str>>() -> Vec<String> {
        T::iter().map(|x| x.as_ref().to_string()).collect()
    }
    let mut codes: Vec<String> = Vec::new();
    codes.extend(all::<Role>());
    codes.extend(all::<Right>());
    codes.extend(all::<Scope>());
    codes.extend(all::<DueDiligenceQuestion>());
    codes.extend(all::<FindingCode>());
    codes.extend(all::<ContractKind>());
    codes.extend(all::<Instrument>());
    codes.extend(all::<IloIndicator>());
    codes.extend(all::<EvidenceKind>());
    codes.extend(all::<Credibility>());
    codes.extend(all::<Outcome>());
    codes.extend(all::<chainon::screening::ListKind>());
    codes.extend(["forced_labour", "child_labour"].map(String::from));
    let model = chainon::scoring::RiskModel::embedded().unwrap();
    codes.extend(model.categories().iter().map(|c| c.code.clone()));
    codes.into_iter().filter(|c| c.contains('_')).collect()
}

/// `html` without what lies between `open` and `close`.
fn strip(html: &str, open: &str, close: &str) -> String {
    let mut kept = String::new();
    let mut s = html;
    while let Some(i) = s.find(open) {
        kept.push_str(&s[..i]);
        s = match s[i..].find(close) {
            Some(j) => &s[i + j + close.len()..],
            None => "",
        };
    }
    kept.push_str(s);
    kept
}

/// What a person reads (or hears) of a page: its text, and the attributes a browser shows or reads aloud.
fn visible_text(html: &str) -> String {
    let mut text = html.to_string();
    // Scripts, styles and comments are not read.
    for (open, close) in [("<script", "</script>"), ("<style", "</style>"), ("<!--", "-->")] {
        text = strip(&text, open, close);
    }
    let mut visible = String::new();
    let mut in_tag = false;
    let mut tag = String::new();
    for ch in text.chars() {
        match (in_tag, ch) {
            (false, '<') => {
                in_tag = true;
                tag.clear();
            }
            (true, '>') => {
                in_tag = false;
                for attr in ["title=\"", "aria-label=\"", "alt=\"", "placeholder=\""] {
                    let mut t = tag.as_str();
                    while let Some(i) = t.find(attr) {
                        let v = &t[i + attr.len()..];
                        let end = v.find('"').unwrap_or(v.len());
                        visible.push(' ');
                        visible.push_str(&v[..end]);
                        t = &v[end..];
                    }
                }
                visible.push(' ');
            }
            (true, c) => tag.push(c),
            (false, c) => visible.push(c),
        }
    }
    visible.replace("&amp;", "&").replace("&#x27;", "'").replace("&quot;", "\"").replace("&#x3D;", "=")
}

/// The times of day written with a colon (`16:14`, as ISO 8601 writes them) in `text`: French writes `16 h 14`.
/// The audit log's entries as recorded and hashed (`2026-11-30T16:14:03.123456Z`, after a `T`) are left out.
fn colon_times(text: &str) -> Vec<String> {
    let recorded = |w: &str| w.len() > 11 && w.as_bytes()[10] == b'T' && w[..4].bytes().all(|b| b.is_ascii_digit());
    let words: Vec<&str> = text.split_whitespace().filter(|w| !recorded(w)).collect();
    let chars: Vec<char> = words.join(" ").chars().collect();
    let digit = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
    (2..chars.len())
        .filter(|&i| chars[i] == ':' && digit(i - 1) && digit(i - 2) && digit(i + 1) && digit(i + 2))
        .map(|i| chars[i.saturating_sub(12)..(i + 8).min(chars.len())].iter().collect())
        .collect()
}

/// What a person reads of a page as sentences: its visible text without the cells of its tables, whose date columns
/// keep ISO 8601 (they sort, and are typed the same way in both languages).
fn sentence_text(html: &str) -> String {
    let mut kept = html.to_string();
    for (open, close) in [("<td", "</td>"), ("<th ", "</th>"), ("<th>", "</th>")] {
        kept = strip(&kept, open, close);
    }
    visible_text(&kept)
}

/// The days written the ISO way (`2026-11-02`) in `text`: a sentence says them in words (`2 novembre 2026`). The
/// audit log's recorded moments (`2026-11-30T16:14:03Z`) are left out.
fn iso_days(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let digits = |from: usize, n: usize| (from..from + n).all(|i| chars.get(i).is_some_and(char::is_ascii_digit));
    (0..chars.len())
        .filter(|&i| {
            (i == 0 || !chars[i - 1].is_ascii_digit())
                && digits(i, 4)
                && chars.get(i + 4) == Some(&'-')
                && digits(i + 5, 2)
                && chars.get(i + 7) == Some(&'-')
                && digits(i + 8, 2)
                && !chars.get(i + 10).is_some_and(|c| c.is_ascii_digit() || *c == 'T')
        })
        .map(|i| chars[i.saturating_sub(30)..(i + 10).min(chars.len())].iter().collect())
        .collect()
}

/// The numbers written with a decimal point (`34.3`) in `text`: French writes `34,3`. A dotted name (a file
/// `ilab_goods.csv`, an address `127.0.0.1`) is not a number; the risk model's version (`2022.1`, a name) is left out
/// by the caller.
fn decimal_points(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| {
            let parts: Vec<&str> = w.split('.').collect();
            parts.len() == 2 && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        })
        .map(String::from)
        .collect()
}

/// The colons a French text glues to the word before them (`1: Lacune`): French puts a space before a colon. Times
/// (`16:14`), addresses (`https://`) and codes (`a:b`) have no space after the colon and are left out.
fn glued_colons(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    (1..chars.len())
        .filter(|&i| {
            chars[i] == ':' && !chars[i - 1].is_whitespace() && chars.get(i + 1).is_some_and(|c| c.is_whitespace())
        })
        .map(|i| chars[i.saturating_sub(20)..(i + 20).min(chars.len())].iter().collect())
        .collect()
}

/// The audit actions written as recorded (`case.notice`, `account.created`) in `text`.
fn action_codes(text: &str) -> Vec<String> {
    let heads = ["account", "assessment", "case", "contract", "declaration", "evaluation", "request", "screening"];
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
        .filter(|t| t.split_once('.').is_some_and(|(h, rest)| (heads.contains(&h) || h == "token") && !rest.is_empty()))
        .map(String::from)
        .collect()
}

/// The codes that appear in `text` as whole tokens.
fn codes_in(text: &str, codes: &BTreeSet<String>) -> Vec<String> {
    let tokens: BTreeSet<&str> =
        text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).filter(|t| t.contains('_')).collect();
    codes.iter().filter(|c| tokens.contains(c.as_str())).cloned().collect()
}

async fn app_with_demo() -> TestApp {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    for name in demo_files() {
        assert!(app.upload(&name, demo_file(&name)).await.status().is_success());
    }
    app
}

/// Every `href` of a page that starts with `prefix`, without its query.
fn links(html: &str, prefix: &str) -> Vec<String> {
    let marker = format!("href=\"{prefix}");
    let mut out = Vec::new();
    let mut s = html;
    while let Some(i) = s.find(&marker) {
        let v = &s[i + "href=\"".len()..];
        let end = v.find(['"', '?']).unwrap_or(v.len());
        out.push(v[..end].to_string());
        s = &v[end..];
    }
    out.sort();
    out.dedup();
    out
}

#[tokio::test]
async fn the_pages_of_the_demo_show_labels_not_codes_in_both_languages() {
    let app = app_with_demo().await;
    let codes = known_codes();
    assert!(codes.contains("raw_material") && codes.contains("ropes_cordage") && codes.contains("disclosure_gap"));
    // The detector finds a code where one is shown.
    assert_eq!(codes_in("<td>raw_material</td>", &codes), vec!["raw_material"]);
    assert_eq!(
        codes_in(&visible_text("<span title=\"supplier_and_tier1\">x</span>"), &codes),
        vec!["supplier_and_tier1"]
    );
    assert!(codes_in(&visible_text("<td class=\"band-raw_material\">Raw material</td>"), &codes).is_empty());

    // A contract with a case, its evidence, a notice and a decision, so that the case pages show content.
    let c = app
        .create(
            Who::Officer,
            "/api/v1/contracts",
            serde_json::json!({
                "number": "W8486-24/001", "kind": "standing_offer", "title": "Mooring lines",
                "business_number": "842310575", "supplier_name": "Cordages Nordiques Inc.",
                "goods_category": "ropes_cordage", "value_cad": 480000.0, "awarded_on": "2022-01-10",
                "ends_on": "2027-01-10"
            }),
        )
        .await;
    let contract = c["id"].as_i64().unwrap();
    assert_eq!(c["contract"]["kind"], "standing_offer", "the API keeps the code");
    assert_eq!(c["contract"]["kind_label"]["fr"], "Offre à commandes", "{c}");
    assert!(c["instruments"][0]["instrument_label"]["en"].is_string(), "{c}");
    let case = app
        .create(Who::Auditor, &format!("/api/v1/contracts/{contract}/cases"), serde_json::json!({"title": "Report"}))
        .await["id"]
        .as_i64()
        .unwrap();
    let events = format!("/api/v1/cases/{case}/events");
    for event in [
        serde_json::json!({
            "type": "evidence", "kind": "credible_report", "source": "NGO report", "dated": "2026-06-02",
            "indicators": ["retention_of_identity_documents", "withholding_of_wages"], "credibility": "high",
            "sites": [], "summary": "Passports held."
        }),
        serde_json::json!({
            "type": "notice", "respond_by": crate::helpers::day(30), "subject": "Allegation",
            "body": "Please answer."
        }),
        serde_json::json!({
            "type": "decision", "outcome": "stop_work", "decided_on": crate::helpers::day(0),
            "rationale": "No answer.", "isp_referral": true
        }),
    ] {
        app.create(Who::Auditor, &events, event).await;
    }

    let record: serde_json::Value =
        app.get_as(Who::Auditor, &format!("/api/v1/cases/{case}")).await.json().await.unwrap();
    let evidence = record["case"]["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["event"])
        .find(|e| e["credibility"].is_string())
        .unwrap_or_else(|| panic!("{record}"));
    assert_eq!(evidence["kind_label"]["fr"], "Renseignements crédibles tirés d'un rapport", "{evidence}");
    assert_eq!(evidence["indicators_label"].as_array().map(Vec::len), Some(2), "{evidence}");

    let officer = app.signed_in(Who::Officer).await;
    let get = async |path: &str| {
        let resp = officer.get(app.url(path)).send().await.unwrap();
        assert_eq!(resp.status(), 200, "{path}");
        resp.text().await.unwrap()
    };
    let mut paths = vec![
        "/".to_string(),
        "/graph".into(),
        "/portfolio".into(),
        "/contracts".into(),
        "/reports/s211".into(),
        "/upload".into(),
    ];
    let home = get("/").await;
    paths.extend(links(&home, "/solicitations/"));
    for d in links(&home, "/declarations/") {
        paths.push(format!("{d}/chain"));
        paths.push(format!("{d}/report"));
        paths.push(format!("{d}/receipt"));
        paths.push(d);
    }
    paths.extend(links(&home, "/suppliers/"));
    let graph = get("/graph").await;
    paths.extend(links(&graph, "/graph/sites/").into_iter().take(5));
    // The contract's own page (where its instruments give their reasons), its case, the dossier, a bid's follow-up
    // and the other pages officers open.
    paths.extend([
        format!("/contracts/{contract}"),
        format!("/cases/{case}"),
        format!("/cases/{case}/dossier"),
        "/graph/matches".into(),
        "/screening".into(),
        "/screening/alerts".into(),
    ]);
    for s in links(&home, "/solicitations/").into_iter().take(2) {
        paths.extend(links(&get(&s).await, "/bids/").into_iter().take(2));
    }
    assert!(paths.len() > 12, "{paths:?}");
    // The detector finds a time written the ISO way, and not the French way nor the audit log's recorded text.
    assert_eq!(colon_times("Reçue le 2026-11-30 16:14 UTC").len(), 1);
    assert!(colon_times("30 novembre 2026, 16 h 14 UTC — 2026-11-30T16:14:03.123456Z").is_empty());
    // The detector finds a day written the ISO way in a sentence or a definition, not in a table's cell nor in the
    // audit log's recorded moments.
    assert_eq!(iso_days(&sentence_text("<dt>Attribué le</dt><dd>2026-11-02 (exercice 2026-2027)</dd>")).len(), 1);
    assert_eq!(iso_days(&sentence_text("<p>Ouvert par Ana le 2026-11-02.</p>")).len(), 1);
    assert!(
        iso_days(&sentence_text("<table><tr><th scope=\"row\">2026-11-02</th><td>2026-11-02</td></tr></table>"))
            .is_empty()
    );
    assert!(iso_days("2026-11-30T16:14:03Z CHN-2026-000042 2 novembre 2026 exercice 2026-2027").is_empty());
    let mut shown = Vec::new();
    let mut iso_times = Vec::new();
    let mut iso_dates = Vec::new();
    let mut french = Vec::new();
    let mut twice = Vec::new();
    // The detectors find a decimal point, a glued colon, not a version, a file name, a time or an address.
    assert_eq!(decimal_points("Travail forcé : Moyen 34.3 · Élevé 62,5"), vec!["34.3"]);
    assert!(decimal_points("Fichier ilab_goods.csv · 127.0.0.1 · 1.2.3").is_empty());
    let version = format!(" {} ", chainon::scoring::RiskModel::embedded().unwrap().version());
    assert_eq!(glued_colons("1: Lacune de divulgation").len(), 1);
    assert!(glued_colons("Invitation : EN578 · 16:14 · https://example.org").is_empty());
    // The audit log shows each entry's facts in words; only its raw view, as recorded and hashed, holds codes.
    let admin = app.signed_in(Who::Administrator).await;
    let as_viewer = [(&officer, paths), (&admin, vec!["/accounts".to_string(), "/audit".to_string()])];
    for (client, paths) in as_viewer {
        for path in &paths {
            for lang in ["en", "fr"] {
                let sep = if path.contains('?') { '&' } else { '?' };
                let url = app.url(&format!("{path}{sep}lang={lang}"));
                let resp = client.get(url).send().await.unwrap();
                assert_eq!(resp.status(), 200, "{path}");
                let html = resp.text().await.unwrap();
                // The audit log keeps each entry's facts as recorded (JSON, codes) folded in a raw `<details>`; the
                // rest of it — each fact in words, label and value — and every other page say them in words.
                let text = visible_text(&strip(&html, "<details class=\"raw\">", "</details>"));
                for code in codes_in(&text, &codes).into_iter().chain(action_codes(&text)) {
                    shown.push(format!("{path} ({lang}): {code}"));
                }
                // Every moment a French page shows (received, assessed, recorded, generated) is in words, every
                // number has a decimal comma, every colon its space.
                if lang == "fr" {
                    iso_times.extend(colon_times(&text).into_iter().map(|t| format!("{path}: {t}")));
                    french.extend(
                        decimal_points(&text.replace(&version, " "))
                            .into_iter()
                            .map(|t| format!("{path}: decimal point {t}")),
                    );
                    french.extend(glued_colons(&text).into_iter().map(|t| format!("{path}: colon «{t}»")));
                }
                // Text is escaped once: a message passed to a partial is not escaped again (`qu&amp;#x27;il`).
                if html.contains("&amp;#") || html.contains("&amp;amp;") || html.contains("&amp;quot;") {
                    twice.push(format!("{path} ({lang})"));
                }
                // Every day a page says in a sentence (or a definition list, read as one) is in words, in both
                // languages; table columns keep ISO 8601.
                iso_dates.extend(iso_days(&sentence_text(&html)).into_iter().map(|t| format!("{path} ({lang}): {t}")));
            }
        }
    }
    assert!(shown.is_empty(), "codes shown to a person:\n{}", shown.join("\n"));
    assert!(iso_times.is_empty(), "times in ISO form on French pages:\n{}", iso_times.join("\n"));
    assert!(iso_dates.is_empty(), "days in ISO form in sentences:\n{}", iso_dates.join("\n"));
    assert!(french.is_empty(), "English numbers or colons on French pages:\n{}", french.join("\n"));
    assert!(twice.is_empty(), "text escaped twice:\n{}", twice.join("\n"));
}

#[tokio::test]
async fn the_downloads_show_labels_not_codes() {
    let app = app_with_demo().await;
    let codes = known_codes();
    let officer = app.signed_in(Who::Officer).await;
    let sols = app.store.list_solicitations().await.unwrap();
    for lang in ["en", "fr"] {
        let mut texts = Vec::new();
        for s in &sols {
            let url = app.url(&format!("/solicitations/{}?lang={lang}&format=csv", s.number));
            texts.push((url.clone(), officer.get(url).send().await.unwrap().text().await.unwrap()));
        }
        for path in ["/portfolio", "/reports/s211"] {
            let url = app.url(&format!("{path}?lang={lang}&format=csv"));
            let resp = officer.get(&url).send().await.unwrap();
            assert_eq!(resp.status(), 200, "{url}");
            texts.push((url.clone(), resp.text().await.unwrap()));
        }
        for (url, text) in texts {
            assert!(codes_in(&text, &codes).is_empty(), "{url}: {:?}\n{text}", codes_in(&text, &codes));
            // French cells space their colons (`1 : Lacune de divulgation`).
            if lang == "fr" {
                assert!(glued_colons(&text).is_empty(), "{url}: {:?}", glued_colons(&text));
            }
        }
    }
}

#[tokio::test]
async fn a_french_comparison_csv_opens_in_french_excel_and_gives_band_and_score_apart() {
    let app = app_with_demo().await;
    let officer = app.signed_in(Who::Officer).await;
    let sol = app.store.list_solicitations().await.unwrap()[0].number.clone();
    let fr = officer.get(app.url(&format!("/solicitations/{sol}?lang=fr&format=csv"))).send().await.unwrap();
    let bytes = fr.bytes().await.unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 with a byte-order mark");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let mut lines = text.lines();
    assert!(lines.next().unwrap().starts_with(&format!("Invitation;{sol};")));
    assert!(lines.next().unwrap().starts_with("Version du modèle de risque;"));
    assert!(lines.next().unwrap().starts_with("Exporté le;20"));
    let rows: Vec<Vec<String>> = text.lines().skip(4).map(|l| l.split(';').map(String::from).collect()).collect();
    assert!(rows[0][1].ends_with("— niveau") && rows[0][2].ends_with("— note (sur 100)"), "{:?}", rows[0]);
    let forced = &rows[1];
    assert_eq!(forced[0], "Travail forcé");
    assert!(["Faible", "Moyen", "Élevé", "Critique"].contains(&forced[1].as_str()), "{forced:?}");
    // A score is a number in French form: digits and at most one decimal comma.
    assert!(!forced[2].contains('.') && forced[2].replace(',', ".").parse::<f64>().is_ok(), "{forced:?}");

    let en = officer.get(app.url(&format!("/solicitations/{sol}?lang=en&format=csv"))).send().await.unwrap();
    let text = en.text().await.unwrap();
    let text = text.trim_start_matches('\u{feff}');
    assert!(text.starts_with(&format!("Solicitation,{sol}")), "{text}");
    let forced: Vec<&str> = text.lines().nth(5).unwrap().split(',').collect();
    assert_eq!(forced[0], "Forced labour");
    assert!(!forced[2].contains(',') && forced[2].parse::<f64>().is_ok(), "{forced:?}");
    // Every bid, in the ranking's order: the worse of its two bands lowest first (on the solicitation with the most
    // bids).
    let most = app.store.list_solicitations().await.unwrap().into_iter().max_by_key(|s| s.bid_count).unwrap();
    let url = app.url(&format!("/solicitations/{}?lang=en&format=csv", most.number));
    let text = officer.get(url).send().await.unwrap().text().await.unwrap();
    let bands = |line: usize| -> Vec<usize> {
        let row: Vec<&str> = text.lines().nth(line).unwrap().split(',').collect();
        row.iter()
            .skip(1)
            .step_by(2)
            .map(|b| ["Low", "Medium", "High", "Critical"].iter().position(|x| x == b).unwrap())
            .collect()
    };
    assert!(
        text.lines().nth(5).unwrap().starts_with("Forced labour,")
            && text.lines().nth(6).unwrap().starts_with("Child labour,"),
        "{text}"
    );
    let worse: Vec<usize> = bands(5).iter().zip(bands(6)).map(|(f, c)| (*f).max(c)).collect();
    assert!(worse.len() >= 2 && worse.windows(2).all(|w| w[0] <= w[1]), "{text}");
}

/// Posts the contract form with its token, in a language.
async fn post_contract(
    browser: &reqwest::Client,
    app: &TestApp,
    lang: &str,
    value: &str,
    number: &str,
) -> (u16, String) {
    let page = browser.get(app.url(&format!("/contracts?lang={lang}"))).send().await.unwrap().text().await.unwrap();
    let csrf = hidden_field(&page, "csrf").unwrap();
    let fields = [
        ("csrf", csrf.as_str()),
        ("number", number),
        ("kind", "contract"),
        ("title", "Cordage"),
        ("business_number", "842310575"),
        ("supplier_name", "Cordages Nordiques"),
        ("goods_category", "ropes_cordage"),
        ("value_cad", value),
        ("awarded_on", "2026-11-01"),
        ("ends_on", ""),
    ];
    let resp = browser
        .post(app.url(&format!("/contracts?lang={lang}")))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(serde_urlencoded::to_string(fields).unwrap())
        .send()
        .await
        .unwrap();
    let status = resp.status().as_u16();
    (status, resp.text().await.unwrap())
}

#[tokio::test]
async fn a_contract_value_typed_the_french_way_is_read_as_the_french_write_it() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let officer = app.signed_in(Who::Officer).await;
    let form = officer.get(app.url("/contracts?lang=fr")).send().await.unwrap().text().await.unwrap();
    assert!(form.contains("1 250 000,50"), "the expected form is shown beside the field");

    let (status, _) = post_contract(&officer, &app, "fr", "1 250 000,50", "W-FR-1").await;
    assert_eq!(status, 303);
    let (status, _) = post_contract(&officer, &app, "fr", "2\u{202f}500\u{202f}000,25 $", "W-FR-2").await;
    assert_eq!(status, 303);
    let (status, _) = post_contract(&officer, &app, "en", "1,250,000.50", "W-EN-1").await;
    assert_eq!(status, 303);
    let contracts: serde_json::Value = app.get_as(Who::Officer, "/api/v1/contracts").await.json().await.unwrap();
    let value_of = |number: &str| {
        let list = contracts.as_array().or_else(|| contracts["contracts"].as_array()).unwrap();
        let c = list.iter().find(|c| c["number"] == number || c["contract"]["number"] == number).unwrap();
        c["value_cad"].as_f64().or_else(|| c["contract"]["value_cad"].as_f64()).unwrap()
    };
    assert_eq!(value_of("W-FR-1"), 1_250_000.5);
    assert_eq!(value_of("W-FR-2"), 2_500_000.25);
    assert_eq!(value_of("W-EN-1"), 1_250_000.5);
    // And the page shows a million and a quarter, not a hundred and twenty-five million.
    let list = officer.get(app.url("/contracts?lang=fr")).send().await.unwrap().text().await.unwrap();
    // CLDR's fr-CA groups with a no-break space; the cents are shown because there are some.
    assert!(list.contains("1\u{a0}250\u{a0}000,50\u{a0}$"), "{list}");
    assert!(!list.contains("125\u{a0}000\u{a0}050"), "{list}");

    // Refused, naming the field in the page's language, and nothing stored.
    for (lang, typed, says) in [
        ("fr", "1,250", "Valeur ($ CA)\u{a0}: «\u{a0}1,250\u{a0}» peut se lire de deux façons"),
        ("fr", "1.250,5", "Valeur ($ CA)\u{a0}: «\u{a0}1.250,5\u{a0}» n'est pas un nombre écrit en français"),
        ("fr", "1250.50", "n'est pas un nombre écrit en français\u{202f}; p. ex. 1 250 000,50"),
        ("en", "12,5", "Value (CAD): “12,5” is not a number as written in English; e.g. 1,250,000.50"),
        ("en", "1.250", "Value (CAD): “1.250” could be read two ways"),
        ("en", "1,25,000", "is not a number as written in English"),
    ] {
        let (status, page) = post_contract(&officer, &app, lang, typed, "W-BAD").await;
        assert_eq!(status, 400, "{lang} {typed}");
        let page = page.replace("&#x27;", "'").replace("&quot;", "\"");
        assert!(page.contains(says), "{lang} {typed}: {page}");
    }
    assert_eq!(app.store.list_contracts(None).await.unwrap().len(), 3);
}

#[tokio::test]
async fn the_api_keeps_codes_and_gives_their_labels_beside_them() {
    let app = app_with_demo().await;
    let id = app.store.list_declarations(&Default::default()).await.unwrap()[0].id;
    let d: serde_json::Value =
        app.get_as(Who::Officer, &format!("/api/v1/declarations/{id}")).await.json().await.unwrap();
    let site = &d["declaration"]["places_of_work"][0];
    let role = site["role"].as_str().unwrap();
    assert!(role.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "the code stays: {role}");
    let label = &site["role_label"];
    assert!(label["en"].is_string() && label["fr"].is_string(), "{site}");
    let att = &d["declaration"]["attestations"][0];
    let right: chainon::domain::Right = att["right"].as_str().unwrap().parse().unwrap();
    assert_eq!(att["right_label"]["fr"], right.label_fr(), "{att}");

    let a: serde_json::Value =
        app.get_as(Who::Officer, &format!("/api/v1/declarations/{id}/assessment")).await.json().await.unwrap();
    let overall = &a["assessment"]["overall"]["forced_labour"];
    assert!(overall["band_label"]["fr"].is_string(), "{overall}");
    for f in a["assessment"]["findings"].as_array().unwrap() {
        assert!(f["code_label"]["en"].is_string() && f["severity_label"]["fr"].is_string(), "{f}");
        // The finding's words in both languages beside its code and parameters, as a factor's.
        let (en, fr) = (f["label_en"].as_str().unwrap(), f["label_fr"].as_str().unwrap());
        assert!(!en.is_empty() && !fr.is_empty() && en != fr, "{f}");
        // Its place as stored (the workbook's English sheet names), and in words in both languages beside it.
        if let Some(place) = f["location"].as_str() {
            let sheet = |l: &str| l.split([':', '!']).next().unwrap_or_default().to_string();
            assert_eq!(f["location_en"].as_str().map(sheet), Some(sheet(place)), "{f}");
            let fr = f["location_fr"].as_str().unwrap();
            assert!(!fr.contains("PlacesOfWork") && !fr.contains("Goods:"), "{f}");
        }
    }
    assert!(
        a["assessment"]["findings"].as_array().unwrap().iter().any(|f| f["location_fr"]
            .as_str()
            .map(plain_spaces)
            .is_some_and(|l| l.starts_with("LieuxDeTravail : ") || l.starts_with("Attestations : "))),
        "{a}"
    );
    // The S-211 figures keep the instruments' codes as keys and give their labels by the same keys.
    let s211: serde_json::Value =
        app.get_as(Who::Officer, "/api/v1/reports/s211?fiscal_year=2026").await.json().await.unwrap();
    let with = s211["contracts_with"].as_object().unwrap();
    assert!(with.contains_key("anti_forced_labour_clauses"), "{s211}");
    for code in with.keys() {
        let label = &s211["contracts_with_label"][code];
        assert!(code.parse::<Instrument>().is_ok(), "{code}");
        assert!(label["en"].as_str().is_some_and(|l| !l.contains('_')), "{code}: {s211}");
        assert!(label["fr"].as_str().is_some_and(|l| !l.contains('_') && l != label["en"]), "{code}: {s211}");
    }

    // A refused declaration names its field in both languages (`field`, `field_fr`).
    let bad = br#"{"supplier": {"legal_name": "Atlantis Ltd", "country": "Atlantis"}}"#.to_vec();
    let body: serde_json::Value = app.upload("bad.json", bad).await.json().await.unwrap();
    let issues = body["issues"].as_array().unwrap_or_else(|| panic!("{body}"));
    let country = issues.iter().find(|i| i["field_fr"] == "Pays").unwrap_or_else(|| panic!("{body}"));
    assert!(country["field"].as_str().is_some_and(|f| f.eq_ignore_ascii_case("country")), "{country}");

    // The shape is a named schema of the document.
    let doc: serde_json::Value = app.get_as(Who::Anonymous, "/api/v1/openapi.json").await.json().await.unwrap();
    assert!(doc["components"]["schemas"]["CodeLabel"]["properties"]["fr"].is_object());
}
