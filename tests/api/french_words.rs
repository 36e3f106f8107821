//! What an officer reads in French, on declarations written here (none of the demo's): the text report of `chainon
//! assess --lang fr`, the declaration's page in French and the arithmetic of its scores in the API's JSON hold no
//! English word, no English number form (`9.2`, `1,250`), no `(s)` plural and no empty part of a sentence; and the
//! page and the JSON say a score's arithmetic in the same steps.

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, spawn_app};

/// The demo supplier with the chain `sites` making `goods`, its due diligence `answers` (`policy`, `social_audit` …
/// answered yes; the others no) and its forced-labour attestation `attested`.
fn declaration(sites: Value, goods: &str, answers: &[&str], attested: bool) -> Value {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/supplier_data/demo/polar-workwear-w0113.json");
    let mut d: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    let made_at = sites[sites.as_array().unwrap().len().min(2) - 1]["site_id"].clone();
    d["places_of_work"] = sites;
    d["goods"] = json!([{"item": goods, "quantity": 1000, "value_cad": 1250000.5, "produced_at": [made_at]}]);
    for q in d["due_diligence"].as_array_mut().unwrap() {
        let question = q["question"].as_str().unwrap().to_string();
        if q["answer"].is_boolean() {
            q["answer"] = json!(answers.contains(&question.as_str()));
        }
    }
    for a in d["attestations"].as_array_mut().unwrap() {
        if a["right"] == "forced_labour" {
            a["attested"] = json!(attested);
        }
    }
    d
}

fn site(id: &str, name: &str, role: &str, goods: &str, city: &str, country: &str, to: &[&str]) -> Value {
    json!({"site_id": id, "site_name": name, "role": role, "goods": goods, "address": "12 Example Road", "city": city,
           "country": country, "supplies_to": to, "workers": 120})
}

/// Three declarations of their own: gloves from Malaysia with Thai rubber and a Chinese compounder; desks from
/// Vietnam with Russian timber and Turkmen cotton upholstery; solar modules from China with Xinjiang polysilicon and
/// Congolese cobalt, the attestation refused.
fn declarations() -> Vec<(&'static str, Value)> {
    let gloves = declaration(
        json!([
            site("G1", "Entrepôt Laval", "warehousing", "gants de nitrile", "Laval", "CA", &[]),
            site("G2", "Klang Glove Works", "manufacturing", "nitrile examination gloves", "Klang", "MY", &["G1"]),
            site("G3", "Hat Yai Latex", "raw_material", "natural rubber latex", "Hat Yai", "TH", &["G2"]),
            site("G4", "Ningbo Compounds", "processing", "rubber compound", "Ningbo", "CN", &["G2"]),
        ]),
        "Nitrile gloves, box of 100",
        &["policy", "supplier_code", "risk_assessment"],
        true,
    );
    let desks = declaration(
        json!([
            site("D1", "Dépôt Moncton", "warehousing", "office desks", "Moncton", "CA", &[]),
            site(
                "D2",
                "Binh Duong Furniture",
                "manufacturing",
                "office desks and chairs",
                "Thu Dau Mot",
                "VN",
                &["D1"]
            ),
            site("D3", "Irkutsk Timber", "raw_material", "timber", "Irkutsk", "RU", &["D2"]),
            site("D4", "Ashgabat Cotton", "raw_material", "cotton", "Ashgabat", "TM", &["D2"]),
            site("D5", "Dhaka Fabrics", "processing", "cotton fabric", "Dhaka", "BD", &["D2"]),
        ]),
        "Office desks",
        &["policy", "social_audit", "grievance_mechanism", "remediation", "training"],
        true,
    );
    let solar = declaration(
        json!([
            site("S1", "Entrepôt Calgary", "trading", "solar modules", "Calgary", "CA", &[]),
            site("S2", "Wuxi Solar", "manufacturing", "solar modules", "Wuxi", "CN", &["S1"]),
            {"site_id": "S3", "site_name": "Hoshine Silicon", "role": "processing", "goods": "polysilicon",
             "address": "1 Industrial Road", "city": "Shihezi", "region": "Xinjiang", "country": "CN",
             "supplies_to": ["S2"], "workers": 900},
            site("S4", "Kolwezi Mining", "raw_material", "cobalt ore", "Kolwezi", "CD", &["S2"]),
        ]),
        "Solar modules, 400 W",
        &["policy", "supplier_code", "risk_assessment", "social_audit", "traceability_tiers"],
        false,
    );
    vec![("gloves", gloves), ("desks", desks), ("solar", solar)]
}

/// The supplier's own words in a declaration (names, goods, places): shown as written, in their language.
fn own_words(d: &Value) -> Vec<String> {
    let mut out = vec![d["supplier"]["legal_name"].as_str().unwrap().to_string()];
    for s in d["places_of_work"].as_array().unwrap() {
        for k in ["site_name", "goods", "city", "address", "site_id"] {
            if let Some(w) = s[k].as_str() {
                out.push(w.to_string());
            }
        }
    }
    for g in d["goods"].as_array().unwrap() {
        out.push(g["item"].as_str().unwrap().to_string());
    }
    for k in ["contact_name", "contact_email", "signatory_name", "signatory_title", "address", "solicitation_number"] {
        if let Some(w) = d["supplier"][k].as_str() {
            out.push(w.to_string());
        }
    }
    // Longest first, so that a name inside another goes with it.
    out.sort_by_key(|w| std::cmp::Reverse(w.len()));
    out
}

/// English words that never belong in a French text of the service (whole words), and the English names of the
/// data that differ from their French ones.
fn english_words() -> Vec<String> {
    use chainon::scoring::names::{NameKind, english_words};
    let mut words: Vec<String> = [
        "the",
        "and",
        "of",
        "with",
        "from",
        "for",
        "by",
        "per",
        "line",
        "tier",
        "Tier",
        "score",
        "Score",
        "held",
        "Held",
        "stops",
        "carried",
        "listed",
        "listing",
        "listings",
        "goods",
        "input",
        "labour",
        "Forced",
        "Child",
        "due",
        "diligence takes",
        "Warning",
        "site",
        "sites",
        "findings",
        "edition",
        "row",
        "not assessed",
    ]
    .map(String::from)
    .to_vec();
    for kind in [NameKind::Good, NameKind::Level, NameKind::IloRegion, NameKind::SdgRegion, NameKind::IncomeGroup] {
        words.extend(english_words(kind).into_iter().map(String::from));
    }
    let french: Vec<&str> = chainon::domain::CountryCode::all().map(|c| c.name_fr()).collect();
    words.extend(
        chainon::domain::CountryCode::all()
            .map(|c| c.name_en())
            .filter(|en| !french.iter().any(|fr| fr.contains(en)))
            .map(String::from),
    );
    words
}

/// The versions of the shipped models (the folders of `risk_models/`), longest first.
fn model_versions() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("risk_models");
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    v.sort_by_key(|s| std::cmp::Reverse(s.len()));
    v
}

/// What is wrong with a French text, once the supplier's own words are taken out: an English word, an English
/// number form, a `(s)` plural, an empty part (`()`, `« »`, a comma or colon with nothing before it).
fn faults(text: &str, own: &[String], english: &[String]) -> Vec<String> {
    let mut t = text.to_string();
    for w in own {
        t = t.replace(w.as_str(), "Ⓧ");
    }
    // A model's version (`2022.13`) is its name, not a number.
    for version in model_versions() {
        t = t.replace(&format!(" {version}"), " Ⓧ");
    }
    let chars: Vec<char> = t.chars().collect();
    let mut out = Vec::new();
    let around = |i: usize| chars[i.saturating_sub(40)..(i + 40).min(chars.len())].iter().collect::<String>();
    for i in 1..chars.len().saturating_sub(1) {
        let (a, c, b) = (chars[i - 1], chars[i], chars[i + 1]);
        if a.is_ascii_digit() && c == '.' && b.is_ascii_digit() {
            out.push(format!("a decimal point: …{}…", around(i)));
        }
        // `1,250` (a comma between thousands): one to three digits but a lone 0, a comma, three digits and no
        // fourth (a French decimal of three places is below 1 in what the service says: `0,125`).
        let before: String = chars[..i].iter().rev().take_while(|c| c.is_ascii_digit()).collect();
        let after = chars.get(i + 1..i + 4).is_some_and(|w| w.iter().all(char::is_ascii_digit))
            && !chars.get(i + 4).is_some_and(char::is_ascii_digit);
        if c == ',' && (1..=3).contains(&before.len()) && before != "0" && after {
            out.push(format!("a thousands comma: …{}…", around(i)));
        }
    }
    for bad in ["(s)", "()", "«\u{a0}\u{a0}»", "« »", "«»", "( ", " )", " ,", ",,", ":\u{a0}:", "\u{a0}: ,"] {
        if let Some(i) = t.find(bad) {
            out.push(format!("{bad:?}: …{}…", t.get(i.saturating_sub(60)..(i + 60).min(t.len())).unwrap_or(&t)));
        }
    }
    for w in english {
        let whole = t.match_indices(w.as_str()).find(|(i, _)| {
            let before = t[..*i].chars().next_back();
            let after = t[i + w.len()..].chars().next();
            !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-')
                && !after.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-')
        });
        if let Some((i, _)) = whole {
            out.push(format!(
                "the English word {w:?}: …{}…",
                t.get(i.saturating_sub(60)..(i + 60).min(t.len())).unwrap_or(&t)
            ));
        }
    }
    out
}

/// The text of a page, as a reader sees it: no tags, no script or style, entities read.
fn page_text(html: &str) -> String {
    let mut html = html.to_string();
    for tag in ["style", "script"] {
        while let Some(i) = html.find(&format!("<{tag}")) {
            let end = html[i..].find(&format!("</{tag}>")).map_or(html.len(), |e| i + e + tag.len() + 3);
            html.replace_range(i..end, " ");
        }
    }
    // A block's tag ends a line; an inline one (a name in `<span>`, a code in `<code>`) is nothing.
    const BLOCKS: [&str; 14] =
        ["td", "th", "tr", "li", "p", "div", "br", "h1", "h2", "h3", "caption", "summary", "dt", "dd"];
    let mut text = String::new();
    let mut tag: Option<String> = None;
    for c in html.chars() {
        match (&mut tag, c) {
            (None, '<') => tag = Some(String::new()),
            (Some(name), '>') => {
                let name: String =
                    name.trim_start_matches('/').chars().take_while(char::is_ascii_alphanumeric).collect();
                if BLOCKS.contains(&name.as_str()) {
                    text.push('\n');
                }
                tag = None;
            }
            (Some(name), c) => name.push(c),
            (None, c) => text.push(c),
        }
    }
    text.replace("&#x27;", "'").replace("&amp;", "&").replace("&quot;", "\"").replace("&#x3D;", "=")
}

async fn store(app: &TestApp, d: &Value) -> i64 {
    let resp = app.upload("d.json", serde_json::to_vec(d).unwrap()).await;
    assert_eq!(resp.status(), 201);
    resp.json::<Value>().await.unwrap()["id"].as_i64().unwrap()
}

/// The text report in French (`chainon assess --format text --lang fr`).
#[test]
fn the_french_text_report_of_new_declarations_has_no_english_word_or_number_form() {
    let cat = chainon::reports::Catalog::embedded().unwrap();
    let model = chainon::scoring::RiskModel::embedded().unwrap();
    let english = english_words();
    let mut failures = Vec::new();
    for (name, json) in declarations() {
        let bytes = serde_json::to_vec(&json).unwrap();
        let parsed = chainon::import::read_declaration("d.json", &bytes, &chainon::import::Limits::default()).unwrap();
        let a = model.assess(&parsed.declaration);
        let on = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let text =
            chainon::reports::explain::assessment_text(&cat, chainon::domain::Lang::Fr, &parsed.declaration, &a, on);
        for f in faults(&text, &own_words(&json), &english) {
            failures.push(format!("{name}: {f}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The declaration's page in French, and the arithmetic of each score in the API's JSON: the same steps, no English.
#[tokio::test]
async fn the_french_declaration_page_of_new_declarations_has_no_english_word_and_says_the_arithmetic_of_the_json() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let english = english_words();
    let mut failures = Vec::new();
    for (name, json) in declarations() {
        let id = store(&app, &json).await;
        let resp = app.client.get(app.url(&format!("/declarations/{id}?lang=fr"))).send().await.unwrap();
        assert_eq!(resp.status(), 200);
        let html = resp.text().await.unwrap();
        let text = page_text(&html);
        for f in faults(&text, &own_words(&json), &english) {
            failures.push(format!("{name}: {f}"));
        }
        let a: Value = app
            .client
            .get(app.url(&format!("/api/v1/declarations/{id}/assessment")))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let mut steps_said = 0;
        for s in a["assessment"]["sites"].as_array().unwrap() {
            for kind in ["forced_labour", "child_labour"] {
                let arithmetic = &s[kind]["arithmetic"];
                assert!(arithmetic["sum"].is_number() && arithmetic["score"] == s[kind]["score"], "{name}: {s}");
                for step in arithmetic["steps_fr"].as_array().unwrap() {
                    let step = step.as_str().unwrap();
                    assert!(text.contains(step), "{name}: the page does not say {step:?}");
                    steps_said += 1;
                }
            }
        }
        assert!(steps_said > 0, "{name}: no arithmetic said");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
