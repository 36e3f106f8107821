//! A score's arithmetic said from one source in three renderings (the declaration's page, the JSON of `chainon
//! assess`, the text report), in both languages, and the figures as they read add up to the score as it reads.

use chrono::NaiveDate;
use proptest::prelude::*;

use super::Catalog;
use super::explain::{SaidWords, arithmetic_steps, assessment_text, label_assessment};
use crate::domain::{Assessment, Declaration, Lang, RiskKind, SaidOnce, Score};
use crate::scoring::RiskModel;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

/// The figures of a text as the language writes them (`9.5`, `9,5`): each run of digits, with its decimals where a
/// decimal mark is followed by a digit. Panics on a figure in the other language's form (a decimal point in French,
/// a decimal comma in English), or a thousands separator.
fn figures(lang: Lang, text: &str) -> Vec<f64> {
    let (mark, other) = match lang {
        Lang::En => ('.', ','),
        Lang::Fr => (',', '.'),
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut s = String::new();
        while i < chars.len() && chars[i].is_ascii_digit() {
            s.push(chars[i]);
            i += 1;
        }
        let digit_after = |j: usize| chars.get(j + 1).is_some_and(char::is_ascii_digit);
        if i < chars.len() && chars[i] == mark && digit_after(i) {
            s.push('.');
            i += 1;
            while i < chars.len() && chars[i].is_ascii_digit() {
                s.push(chars[i]);
                i += 1;
            }
        }
        assert!(
            !(i < chars.len() && chars[i] == other && digit_after(i)),
            "{lang:?}: a figure in another language's form in: {text}"
        );
        out.push(s.parse().unwrap());
    }
    out
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.05 - 1e-9
}

/// Reads the steps of a score's arithmetic as a person reads them and checks that they add up to the score shown:
/// the terms of the sum to the sum, the sum less the cap to 100, due diligence's product (and the region's points
/// kept, or the floor it is held at) to the score, and the last step to the score as `score_text` says it.
fn reads_as_adding_up(lang: Lang, steps: &[String], score_text: &str) {
    let all = steps.join(" | ");
    let score = *figures(lang, score_text).first().unwrap();
    let (first, last) = (steps.first().unwrap(), steps.last().unwrap());
    // The sum: terms joined by + and −, each its points first (risk carried says its carry × decay in brackets).
    let (terms, sum) = first.rsplit_once(" = ").unwrap();
    let sum = figures(lang, sum)[0];
    let mut total = 0.0;
    let mut sign = 1.0;
    let body = terms.split_once(" to ").or_else(|| terms.split_once(" totalisent ")).unwrap().1;
    // What a term says in brackets (what is carried × the decay) is no term.
    let mut depth = 0;
    for token in body.split(' ') {
        let opens = token.starts_with('(');
        depth += usize::from(opens);
        match token {
            _ if depth > 0 => {}
            "+" => sign = 1.0,
            "−" => sign = -1.0,
            t if t.starts_with('−') => total -= figures(lang, t)[0],
            t if t.chars().next().is_some_and(|c| c.is_ascii_digit()) => total += sign * figures(lang, t)[0],
            _ => {}
        }
        if token.ends_with(')') {
            depth = depth.saturating_sub(1);
        }
    }
    assert!(same(total, sum), "{lang:?}: the terms add up to {total}, not {sum}: {all}");
    let mut reached = sum.clamp(0.0, 100.0);
    for step in &steps[1..steps.len() - 1] {
        let f = figures(lang, step);
        if step.contains(" − ") && f.len() == 4 {
            // The cap: 100: sum − over = 100.
            assert!(same(f[1], sum) && same(f[1] - f[2], f[3]) && same(f[3], 100.0), "{lang:?}: {all}");
            reached = f[3];
        } else if let Some((before, after)) = step.split_once(" × ") {
            // Due diligence: from × factor = product [; + kept = reached] [; held at X].
            let from = *figures(lang, before).last().unwrap();
            let after = figures(lang, after);
            let (factor, product) = (after[0], after[1]);
            // Rounded once, to the tenth: a tie may go either way (the engine rounds the whole, not each step).
            assert!((from * factor - product).abs() <= 0.05 + 1e-6, "{lang:?}: {from} × {factor}: {all}");
            let held = step.contains("held at ") || step.contains("maintenue à ");
            reached = if held {
                let at = step.split_once("held at ").or_else(|| step.split_once("maintenue à ")).unwrap().1;
                figures(lang, at)[0]
            } else if step.contains(" + ") {
                let (k, r) = (after[after.len() - 2], after[after.len() - 1]);
                assert!(same(product + k, r), "{lang:?}: {product} + {k}: {all}");
                r
            } else {
                product
            };
        }
    }
    assert!(same(reached, score), "{lang:?}: the steps reach {reached}, not the score {score}: {all}");
    assert!(same(*figures(lang, last).last().unwrap(), score), "{lang:?}: the last step is not the score: {all}");
}

/// The demo declarations, and each moved in part to Xinjiang with its forced-labour attestation refused in every
/// other one: caps, floors, region's points kept whole, credits withheld.
fn declarations() -> Vec<Declaration> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/supplier_data/demo");
    let mut out = Vec::new();
    let mut paths: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    for (i, path) in paths.iter().enumerate() {
        let bytes = std::fs::read(path).unwrap();
        let d = crate::import::read_declaration("d.json", &bytes, &crate::import::Limits::default()).unwrap();
        let mut moved = d.declaration.clone();
        let n = moved.places_of_work.len();
        for (j, s) in moved.places_of_work.iter_mut().enumerate() {
            if j % 2 == 1 || n == 1 {
                s.country = crate::domain::CountryCode::parse("CN").unwrap();
                s.region = Some("Xinjiang".into());
            }
        }
        if i % 2 == 0 {
            for a in moved.attestations.iter_mut().filter(|a| a.right == crate::domain::Right::ForcedLabour) {
                a.attested = false;
            }
        }
        out.push(d.declaration);
        out.push(moved);
    }
    out
}

/// A generated declaration (the uniforms chain of `synth`, `sites` sites), every third site from the second placed
/// in Xinjiang when `xinjiang`.
fn generated(sites: usize, seed: u64, xinjiang: bool) -> Declaration {
    let mut d = crate::synth::declaration(sites, seed);
    if xinjiang {
        for s in d.places_of_work.iter_mut().skip(1).step_by(3) {
            s.country = crate::domain::CountryCode::parse("CN").unwrap();
            s.region = Some("Xinjiang".into());
        }
    }
    d
}

/// The scores of the sites, by site and kind, in the order the text report says them.
fn site_scores(a: &Assessment) -> Vec<(usize, RiskKind, &Score)> {
    let mut out = Vec::new();
    for (i, s) in a.sites.iter().enumerate() {
        for k in [RiskKind::ForcedLabour, RiskKind::ChildLabour] {
            out.push((i, k, s.risk.get(k)));
        }
    }
    out
}

#[test]
fn the_arithmetic_is_said_alike_on_the_page_in_the_json_and_in_the_text_report() {
    let cat = Catalog::embedded().unwrap();
    let model = RiskModel::embedded().unwrap();
    let mut said = 0;
    for d in declarations() {
        let mut a = model.assess(&d);
        let text = [Lang::En, Lang::Fr].map(|l| assessment_text(&cat, l, &d, &a, day()));
        let views = [Lang::En, Lang::Fr].map(|l| super::views::declaration_view(&cat, &model, l, &d, &a, None));
        label_assessment(&cat, &model, &mut a, day());
        let words = SaidWords::of(&cat, &a, day());
        let json = serde_json::to_value(SaidOnce::with_words(&a, &words)).unwrap();
        for (i, kind, score) in site_scores(&a) {
            let arithmetic = score.arithmetic();
            // As `chainon assess` writes it: said once in the document's `arithmetic`, the score referring to it; as
            // the API writes it beside the site's factors (`web::answer`), the same.
            let entry =
                json["scores_arithmetic"][2 + 2 * i + usize::from(kind == RiskKind::ChildLabour)].as_u64().unwrap();
            let entry = entry as usize;
            let written = &json["arithmetic"][entry];
            assert_eq!(written, &serde_json::to_value(super::explain::arithmetic_said(&cat, score)).unwrap());
            // The JSON: the figures as the domain has them, and the steps in both languages.
            let mut figures_only = written.clone();
            figures_only.as_object_mut().unwrap().retain(|k, _| !k.starts_with("steps_"));
            assert_eq!(figures_only, serde_json::to_value(&arithmetic).unwrap());
            for (n, lang) in [Lang::En, Lang::Fr].into_iter().enumerate() {
                let steps = arithmetic_steps(&cat, lang, &arithmetic);
                let in_json: Vec<String> =
                    serde_json::from_value(written[if n == 0 { "steps_en" } else { "steps_fr" }].clone()).unwrap();
                assert_eq!(in_json, steps);
                // The page: the site's score in the view the template writes.
                let site =
                    views[n].tiers.iter().flat_map(|t| &t.sites).find(|s| s.site_id == a.sites[i].site_id.as_str());
                let view = site.unwrap();
                let shown = if kind == RiskKind::ForcedLabour { &view.forced } else { &view.child };
                assert_eq!(shown.arithmetic, steps);
                // The text report: each step on its own line.
                for step in &steps {
                    assert!(text[n].contains(&format!("      {step}\n")), "{lang:?}: {step} not in:\n{}", text[n]);
                }
                if !steps.is_empty() {
                    said += 1;
                    reads_as_adding_up(lang, &steps, &super::numbers::decimal(lang, score.score, 1));
                }
            }
        }
    }
    assert!(said > 50, "{said}");
}

/// French steps hold no English word, no decimal point, no `(s)` and no empty part; English ones no decimal comma.
#[test]
fn the_steps_are_in_the_readers_language_with_its_number_forms() {
    let cat = Catalog::embedded().unwrap();
    let model = RiskModel::embedded().unwrap();
    for d in declarations() {
        let a = model.assess(&d);
        for s in a.scores() {
            let x = s.arithmetic();
            let fr = arithmetic_steps(&cat, Lang::Fr, &x).join("\n");
            for english in
                [" the ", " points of", "Held", "Score", "carried", "tier", "Due diligence", "(s)", "()", ": :"]
            {
                assert!(!fr.contains(english), "{english:?} in: {fr}");
            }
            figures(Lang::Fr, &fr);
            figures(Lang::En, &arithmetic_steps(&cat, Lang::En, &x).join("\n"));
        }
    }
}

/// Every score of a document as `chainon assess --format json` writes it (`overall`, each site's, each category's;
/// both kinds): the figures of the arithmetic it refers to in the document's `arithmetic` table add up to the score
/// it gives, each part's points being those of the factor it names (resolved through the score's `factors` and the
/// document's `factors` table), and its steps in words read as adding up in both languages. The number of scores
/// checked.
fn every_score_of_the_json_adds_up(json: &serde_json::Value) -> Result<usize, String> {
    let table = json["arithmetic"].as_array().ok_or("no `arithmetic` table")?;
    let factors = json["factors"].as_array().ok_or("no `factors` table")?;
    let tenth = |x: f64| (x * 10.0).round() / 10.0;
    // In the order `scores_arithmetic` follows: overall, each site, each category; forced labour first.
    let mut scores: Vec<(String, &serde_json::Value)> = Vec::new();
    let kinds = ["forced_labour", "child_labour"];
    scores.extend(kinds.map(|kind| (format!("overall {kind}"), &json["overall"][kind])));
    for (i, site) in json["sites"].as_array().ok_or("no sites")?.iter().enumerate() {
        scores.extend(kinds.map(|kind| (format!("sites[{i}] {kind}"), &site[kind])));
    }
    for (i, c) in json["categories"].as_array().ok_or("no categories")?.iter().enumerate() {
        scores.extend(kinds.map(|kind| (format!("categories[{i}] {kind}"), &c[kind])));
    }
    let of_scores = json["scores_arithmetic"].as_array().ok_or("no `scores_arithmetic`")?;
    if of_scores.len() != scores.len() {
        return Err(format!("{} scores, {} in `scores_arithmetic`", scores.len(), of_scores.len()));
    }
    for ((place, score), at) in scores.iter().zip(of_scores) {
        let at = at.as_u64().ok_or(format!("{place}: no arithmetic"))? as usize;
        let a = table.get(at).ok_or(format!("{place}: arithmetic {at} past the table"))?;
        let figure = |v: &serde_json::Value| v.as_f64().ok_or(format!("{place}: {v} is no figure"));
        let shown = figure(&score["score"])?;
        if figure(&a["score"])? != shown {
            return Err(format!("{place}: the arithmetic ends at {} for a score of {shown}", a["score"]));
        }
        let refs = score["factors"].as_array().ok_or(format!("{place}: no factors"))?;
        let mut sum = 0.0;
        for part in a["parts"].as_array().ok_or(format!("{place}: no parts"))? {
            let position = part["factor"].as_u64().ok_or(format!("{place}: {part}"))? as usize;
            let r = refs.get(position).ok_or(format!("{place}: part of factor {position} past its factors"))?;
            let entry = r.as_u64().or_else(|| r[0].as_u64()).ok_or(format!("{place}: factor {r}"))? as usize;
            let f = factors.get(entry).ok_or(format!("{place}: factor entry {entry}"))?;
            let points = figure(&part["points"])?;
            if f["code"] != part["code"] || !same(tenth(figure(&f["contribution"])?), points) {
                return Err(format!("{place}: part {part} is not its factor {f}"));
            }
            if let Some(d) = part.get("decayed") {
                if !same(tenth(figure(&d["carried"])? * figure(&d["decay"])?), points) {
                    return Err(format!("{place}: {part}: what it carries × the decay is not its points"));
                }
            }
            sum += points;
        }
        let written_sum = figure(&a["sum"])?;
        if !same(sum, written_sum) {
            return Err(format!("{place}: the parts add to {sum}, the sum says {written_sum}"));
        }
        let cap = a.get("cap").map(|c| figure(&c["points"])).transpose()?.unwrap_or(0.0);
        let before = figure(&a["before_due_diligence"])?;
        if !same((written_sum + cap).clamp(0.0, 100.0), before) {
            return Err(format!("{place}: {written_sum} with the cap's {cap} is not {before}"));
        }
        let due = a.get("due_diligence").map(|d| figure(&d["points"])).transpose()?.unwrap_or(0.0);
        if !same(before + due, shown) {
            return Err(format!("{place}: {before} with due diligence's {due} is not the score {shown}"));
        }
        for (lang, key) in [(Lang::En, "steps_en"), (Lang::Fr, "steps_fr")] {
            let steps: Vec<String> = serde_json::from_value(a[key].clone()).map_err(|e| format!("{place}: {e}"))?;
            if !steps.is_empty() {
                reads_as_adding_up(lang, &steps, &super::numbers::decimal(lang, shown, 1));
            }
        }
    }
    Ok(scores.len())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Generated declarations of several tiers (the uniforms chain, 2 to 80 sites), in part in Xinjiang or not, their
    /// forced-labour attestation given or refused, written as `chainon assess --format json` writes them: every score
    /// in the file (the declaration's, each site's, each category's) is re-added from the file alone, its
    /// arithmetic said once in the document's `arithmetic` table.
    #[test]
    fn every_score_in_the_json_of_a_generated_declaration_is_re_added_from_the_file(
        sites in 2usize..80,
        seed in any::<u64>(),
        xinjiang in any::<bool>(),
        refuse in any::<bool>(),
    ) {
        let cat = Catalog::embedded().unwrap();
        let model = RiskModel::embedded().unwrap();
        let mut d = generated(sites, seed, xinjiang);
        if refuse {
            for a in d.attestations.iter_mut().filter(|a| a.right == crate::domain::Right::ForcedLabour) {
                a.attested = false;
            }
        }
        let mut a = model.assess(&d);
        label_assessment(&cat, &model, &mut a, day());
        let words = SaidWords::of(&cat, &a, day());
        let json = serde_json::to_value(SaidOnce::with_words(&a, &words)).unwrap();
        let checked = every_score_of_the_json_adds_up(&json);
        prop_assert!(checked.is_ok(), "{}", checked.unwrap_err());
        prop_assert_eq!(checked.unwrap(), a.scores().count());
        // Said once: no two entries of the table alike.
        let table = json["arithmetic"].as_array().unwrap();
        let distinct: std::collections::HashSet<String> = table.iter().map(|e| e.to_string()).collect();
        prop_assert_eq!(distinct.len(), table.len());
    }

    /// Generated declarations (the uniforms chain, 1 to 40 sites), in part in Xinjiang or not: in both languages
    /// the steps of every site's score read as adding up to the score shown.
    #[test]
    fn the_steps_of_a_generated_declaration_read_as_adding_up(sites in 1usize..40, seed in any::<u64>(), xinjiang in any::<bool>()) {
        let cat = Catalog::embedded().unwrap();
        let model = RiskModel::embedded().unwrap();
        let d = generated(sites, seed, xinjiang);
        let a = model.assess(&d);
        for (_, _, score) in site_scores(&a) {
            for lang in [Lang::En, Lang::Fr] {
                let steps = arithmetic_steps(&cat, lang, &score.arithmetic());
                if !steps.is_empty() {
                    reads_as_adding_up(lang, &steps, &super::numbers::decimal(lang, score.score, 1));
                }
            }
        }
    }
}
