//! The arithmetic of a score adds up to the score shown, after the documented rounding (to the tenth), for the demo
//! declarations, generated ones of every shape (long chains, Xinjiang sites, due diligence in part, attestations
//! refused) and under every shipped model.

use proptest::prelude::*;

use super::super::{Assessment, Score};
use super::*;
use crate::domain::Declaration;

/// Whether two figures are the same to the tenth.
fn same(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.05 - 1e-9
}

/// Checks one score's arithmetic: the parts add up to the sum, the sum with the cap is what due diligence starts
/// from, that with due diligence's points is the score, and each figure is what the factors shown say. `Err` names
/// the step that does not add up.
fn adds_up(what: &str, s: &Score) -> Result<(), String> {
    let a = s.arithmetic();
    let fail = |step: &str| Err(format!("{what}: {step}: {a:?}\nfactors: {:?}", s.factors));
    let parts: f64 = a.parts.iter().map(|p| p.points).sum();
    if !same(parts, a.sum) {
        return fail("the parts do not add up to the sum");
    }
    // Every factor of the score is a part, the cap or due diligence, once.
    let mut seen: Vec<usize> = a.parts.iter().map(|p| p.factor).collect();
    seen.extend(a.cap.map(|c| c.factor));
    seen.extend(a.due_diligence.map(|d| d.factor));
    seen.sort_unstable();
    if seen != (0..s.factors.len()).collect::<Vec<_>>() {
        return fail("a factor is not in the arithmetic, or twice");
    }
    for p in &a.parts {
        let f = s.factors.get(p.factor).map(|f| f.contribution);
        if f.is_none_or(|c| !same(c, p.points)) {
            return fail("a part is not its factor's points");
        }
        if let Some(d) = p.decayed
            && (d.carried * d.decay - p.points).abs() > 0.05 + 1e-6
        {
            return fail("what a supplier carries × the decay is not its points");
        }
    }
    let capped = a.sum + a.cap.map_or(0.0, |c| c.points);
    if !same(capped.clamp(0.0, 100.0), a.before_due_diligence) {
        return fail("the sum with the cap is not what due diligence starts from");
    }
    match a.due_diligence {
        None if !same(a.before_due_diligence, s.score) => {
            return fail("no due diligence, and the score is not the sum");
        }
        None => {}
        Some(d) => {
            if !same(a.before_due_diligence + d.points, s.score) {
                return fail("due diligence's points do not bring the sum to the score");
            }
            // The factor table shows due diligence's contribution: the same points.
            if s.factors.get(d.factor).is_none_or(|f| !same(f.contribution, d.points)) {
                return fail("due diligence's factor shows other points than the arithmetic");
            }
            if d.held.is_none() && !same(d.product + d.kept.unwrap_or(0.0), s.score) {
                return fail("due diligence's product is not the score, and nothing holds it");
            }
            if d.withheld.is_none() && (d.lowered_from * (1.0 - d.share) - d.product).abs() > 0.05 + 1e-6 {
                return fail("the product is not what due diligence lowers × (1 − share)");
            }
            if d.held.is_some()
                && d.product + d.kept.unwrap_or(0.0) > s.score + 0.05
                && d.held != Some(ArithmeticHeld::Cap)
            {
                return fail("a floor holds a score below what due diligence would bring it to");
            }
        }
    }
    if !same(a.score, s.score) {
        return fail("the score of the arithmetic is not the score");
    }
    Ok(())
}

/// Every score of an assessment adds up ([`adds_up`]).
fn all_add_up(name: &str, a: &Assessment) -> Result<usize, String> {
    let mut n = 0;
    for (i, s) in a.scores().enumerate() {
        adds_up(&format!("{name}, score {i}"), s)?;
        n += 1;
    }
    Ok(n)
}

/// Every shipped model, oldest first, loaded once.
fn models() -> &'static [crate::scoring::RiskModel] {
    static MODELS: std::sync::OnceLock<Vec<crate::scoring::RiskModel>> = std::sync::OnceLock::new();
    MODELS.get_or_init(|| {
        crate::scoring::shipped_versions()
            .iter()
            .map(|v| crate::scoring::RiskModel::shipped(v).unwrap().unwrap())
            .collect()
    })
}

/// The newest shipped models (those the generated declarations are scored by: each case under every model would be
/// slow, and the older models' rules are met by the demo declarations).
fn newest() -> &'static [crate::scoring::RiskModel] {
    let all = models();
    &all[all.len().saturating_sub(3)..]
}

fn demo() -> Vec<(String, Declaration)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/supplier_data/demo");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let d = crate::import::read_declaration(&name, &bytes, &crate::import::Limits::default()).unwrap().declaration;
        out.push((name, d));
    }
    out
}

#[test]
fn every_score_of_the_demo_declarations_adds_up_under_every_model() {
    let mut scores = 0;
    for m in models() {
        for (name, d) in demo() {
            scores += all_add_up(&format!("{name} under {}", m.version()), &m.assess(&d)).unwrap();
        }
    }
    assert!(scores > 100, "{scores}");
}

/// The kinds the arithmetic says, each met at least once in the demo and generated declarations under the newest
/// model: a cap, due diligence held at a floor, a region's points kept whole, a credit withheld, risk carried with its
/// decay.
#[test]
fn the_arithmetic_meets_every_step_it_says() {
    let m = crate::scoring::RiskModel::embedded().unwrap();
    let mut decls: Vec<Declaration> = demo().into_iter().map(|(_, d)| d).collect();
    for (i, d) in decls.clone().iter().enumerate() {
        decls.push(shaped(d.clone(), i as u64, true, true, i % 2 == 0));
    }
    let (mut cap, mut held, mut kept, mut withheld, mut decayed) = (0, 0, 0, 0, 0);
    for d in &decls {
        let a = m.assess(d);
        all_add_up("declaration", &a).unwrap();
        for s in a.scores() {
            let x = s.arithmetic();
            cap += usize::from(x.cap.is_some());
            decayed += x.parts.iter().filter(|p| p.decayed.is_some()).count();
            if let Some(dd) = x.due_diligence {
                held += usize::from(dd.held.is_some());
                kept += usize::from(dd.kept.is_some());
                withheld += usize::from(dd.withheld.is_some());
            }
        }
    }
    assert!(cap > 0 && held > 0 && kept > 0 && withheld > 0 && decayed > 0, "{cap} {held} {kept} {withheld} {decayed}");
}

/// `d` with its first sites moved to Xinjiang (`xinjiang`), its due diligence halved (`partial`: every other
/// practice answered no), and its forced-labour attestation refused (`refuse`).
fn shaped(mut d: Declaration, seed: u64, xinjiang: bool, partial: bool, refuse: bool) -> Declaration {
    let n = d.places_of_work.len();
    if xinjiang {
        for (i, s) in d.places_of_work.iter_mut().enumerate() {
            if (i as u64 + seed) % 3 == 0 && i + 1 < n.max(2) {
                s.country = crate::domain::CountryCode::parse("CN").unwrap();
                s.region = Some("Xinjiang".into());
                s.city = "Aksu".into();
            }
        }
    }
    if partial {
        let dd = &mut d.due_diligence;
        dd.supplier_code = Some(false);
        dd.social_audit = Some(false);
        dd.remediation = Some(false);
        dd.traceability_tiers = Some(1);
    }
    if refuse {
        for a in d.attestations.iter_mut().filter(|a| a.right == crate::domain::Right::ForcedLabour) {
            a.attested = false;
        }
    }
    d
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Generated declarations (the uniforms chain of six tiers, 1 to 60 sites), reshaped: in Xinjiang or not, due
    /// diligence whole or in part, the attestation given or refused; every score adds up under the newest models.
    #[test]
    fn every_score_of_a_generated_declaration_adds_up(
        sites in 1usize..60,
        seed in any::<u64>(),
        xinjiang in any::<bool>(),
        partial in any::<bool>(),
        refuse in any::<bool>(),
    ) {
        let d = shaped(crate::synth::declaration(sites, seed), seed, xinjiang, partial, refuse);
        for m in newest() {
            let r = all_add_up(&format!("{sites} sites, seed {seed} under {}", m.version()), &m.assess(&d));
            prop_assert!(r.is_ok(), "{}", r.unwrap_err());
        }
    }

    /// The declarations of a generated portfolio, reshaped likewise, under the newest model.
    #[test]
    fn every_score_of_a_generated_portfolio_adds_up(seed in any::<u64>(), xinjiang in any::<bool>(), refuse in any::<bool>()) {
        let opts = crate::synth::SynthOptions { sites: 300, seed, ..Default::default() };
        let m = crate::scoring::RiskModel::embedded().unwrap();
        for (i, d) in crate::synth::portfolio(&opts).into_iter().take(4).enumerate() {
            let d = shaped(d, seed.wrapping_add(i as u64), xinjiang, true, refuse);
            let r = all_add_up(&format!("declaration {i}, seed {seed}"), &m.assess(&d));
            prop_assert!(r.is_ok(), "{}", r.unwrap_err());
        }
    }
}
