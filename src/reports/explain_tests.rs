//! Tests of the words of explanations that quote the data: goods names and data columns in the reader's quotation
//! marks, French ones with no-break spaces inside.

use chrono::NaiveDate;

use super::*;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

#[test]
fn goods_of_a_disclosure_gap_are_quoted_with_no_break_spaces_in_french_and_bare_in_english() {
    let cat = Catalog::embedded().unwrap();
    let r = FindingReason::DisclosureGap {
        site: SiteId::parse("S1").unwrap(),
        site_name: String::new(),
        goods: vec![Arc::from("Cotton"), Arc::from("Garments")],
        presumed: vec![],
    };
    let fr = finding_reason_label(&cat, Lang::Fr, &r, day());
    let en = finding_reason_label(&cat, Lang::En, &r, day());
    assert!(fr.contains("utilise «\u{a0}coton\u{a0}», «\u{a0}vêtements\u{a0}» — biens inscrits"), "{fr}");
    assert!(!fr.contains("« ") && !fr.contains(" »"), "{fr}");
    assert!(en.contains("takes in Cotton, Garments"), "{en}");
    let one = FindingReason::DisclosureGap {
        site: SiteId::parse("S1").unwrap(),
        site_name: String::new(),
        goods: vec![Arc::from("Cotton")],
        presumed: vec![],
    };
    assert!(finding_reason_label(&cat, Lang::Fr, &one, day()).contains("«\u{a0}coton\u{a0}» — bien inscrit "));
}

/// Every finding about one site names the site by its declared name, in both languages, whatever its code: the
/// findings of every demo declaration and of one of its own (a site with goods in no category, a gap upstream, a
/// region not given), scored by the default model. A finding stored before the name was kept says the reference.
#[test]
fn every_finding_about_a_site_names_it_as_the_supplier_declared_it() {
    use crate::domain::Role;
    let cat = Catalog::embedded().unwrap();
    let model = crate::scoring::RiskModel::embedded().unwrap();
    let mut declarations: Vec<crate::domain::Declaration> =
        crate::import::demo_declarations().into_iter().map(|(_, d)| d).collect();
    let mut own = declarations.first().cloned().unwrap();
    let mut site = own.places_of_work.first().cloned().unwrap();
    site.site_id = SiteId::parse("UZ-9").unwrap();
    site.site_name = "Nukus Spinning Works".into();
    site.role = Role::Manufacturing;
    site.goods = "thingamajigs and cotton yarn".into();
    site.country = crate::domain::CountryCode::parse("CN").unwrap();
    site.region = None;
    site.city = String::new();
    site.inputs = vec!["cotton".into()];
    site.supplies_to = vec![own.places_of_work.first().unwrap().site_id.clone()];
    own.places_of_work.push(site);
    declarations.push(own);
    let mut seen = std::collections::BTreeSet::new();
    for d in &declarations {
        let a = model.assess(d);
        for f in &a.findings {
            let Some(r) = f.reason() else { continue };
            let Some((id, _)) = r.site() else { continue };
            let declared = &d.places_of_work.iter().find(|s| &s.site_id == id).unwrap().site_name;
            for lang in [Lang::En, Lang::Fr] {
                let said = finding_reason_label(&cat, lang, r, day());
                assert!(said.contains(declared.as_str()), "{:?} of {id} ({declared}): {said}", r.code());
            }
            seen.insert(format!("{:?}", r.code()));
        }
    }
    for code in ["DisclosureGap", "RegionMissing", "UnclassifiedGoods", "OriginUndisclosed"] {
        assert!(seen.contains(code), "no {code} among {seen:?}");
    }
    let stored = FindingReason::DisclosureGap {
        site: SiteId::parse("S1").unwrap(),
        site_name: String::new(),
        goods: vec![],
        presumed: vec![],
    };
    assert!(finding_reason_label(&cat, Lang::En, &stored, day()).starts_with("Site S1 takes in"));
}

/// A finding about inputs never says a site takes in what it does not declare: the typical inputs of its goods are
/// said as presumed, in both languages, beside those it declares (a rope plant declaring sisal is not said to take
/// in cotton; one declaring nothing is presumed to take in the rope's typical inputs).
#[test]
fn a_finding_says_an_input_the_site_does_not_declare_as_presumed() {
    use crate::domain::Role;
    let cat = Catalog::embedded().unwrap();
    let model = crate::scoring::RiskModel::embedded().unwrap();
    let base = crate::import::demo_declarations().into_iter().map(|(_, d)| d).next().unwrap();
    let plant = |inputs: &[&str]| {
        let mut d = base.clone();
        let mut site = d.places_of_work.first().cloned().unwrap();
        site.site_id = SiteId::parse("R1").unwrap();
        site.site_name = "Fjord Rope Works".into();
        site.role = Role::Manufacturing;
        site.goods = "rope".into();
        site.country = crate::domain::CountryCode::parse("NO").unwrap();
        site.inputs = inputs.iter().map(|i| i.to_string()).collect();
        site.supplies_to = Vec::new();
        d.places_of_work = vec![site];
        d
    };
    let gap_of = |d: &crate::domain::Declaration| -> (FindingReason, String, String) {
        let a = model.assess(d);
        let r = a
            .findings
            .iter()
            .filter_map(|f| f.reason())
            .find(|r| matches!(r, FindingReason::DisclosureGap { .. }))
            .cloned()
            .unwrap_or_else(|| panic!("{:?}", a.findings));
        let (en, fr) =
            (finding_reason_label(&cat, Lang::En, &r, day()), finding_reason_label(&cat, Lang::Fr, &r, day()));
        (r, en, fr)
    };
    // Sisal declared: it is taken in; the rope's other typical inputs are presumed.
    let (r, en, fr) = gap_of(&plant(&["sisal fibre"]));
    let FindingReason::DisclosureGap { goods, presumed, .. } = &r else { unreachable!() };
    assert!(goods.iter().any(|g| &**g == "Sisal") && !presumed.iter().any(|g| &**g == "Sisal"), "{r:?}");
    assert!(!presumed.is_empty(), "{r:?}");
    assert!(
        en.contains("Site Fjord Rope Works takes in Sisal, and is presumed, as a maker of its goods, to take in "),
        "{en}"
    );
    assert!(en.contains("not declared)"), "{en}");
    assert!(fr.contains("utilise «\u{a0}sisal\u{a0}» et est présumé utiliser, comme fabricant de ses biens, "), "{fr}");
    // Nothing declared: every input is presumed, none said as taken in.
    let (r, en, fr) = gap_of(&plant(&[]));
    let FindingReason::DisclosureGap { goods, presumed, .. } = &r else { unreachable!() };
    assert_eq!(goods, presumed);
    assert!(
        en.contains("Site Fjord Rope Works is presumed, as a maker of its goods, to take in ")
            && !en.contains("takes in"),
        "{en}"
    );
    assert!(fr.contains("est présumé utiliser") && !fr.contains(" utilise "), "{fr}");
}

#[test]
fn columns_of_a_model_problem_are_quoted_as_the_reader_quotes() {
    let cat = Catalog::embedded().unwrap();
    let p = crate::scoring::ModelProblem::NotYesNo {
        line: 3,
        good: "Cotton".into(),
        country: "China".into(),
        columns: vec!["child_labor".into(), "forced_labor".into()],
    };
    let fr = model_problem_line(&cat, Lang::Fr, &p);
    let en = model_problem_line(&cat, Lang::En, &p);
    assert!(fr.contains("«\u{a0}child_labor\u{a0}», «\u{a0}forced_labor\u{a0}»"), "{fr}");
    assert!(!fr.contains("« ") && !fr.contains(" »"), "{fr}");
    assert!(en.contains("“child_labor”, “forced_labor”"), "{en}");
}

/// One finding of every code about a site (new instances: sites, names, goods and countries of their own), and the
/// words the said-once form gives a group of them: the finding said of "each site listed", without any site's id or
/// name, in both languages, French with its no-break spaces.
#[test]
fn a_finding_said_for_several_sites_names_none_of_them_in_either_language() {
    use crate::domain::CountryCode;
    let cat = Catalog::embedded().unwrap();
    let (site, name) = (SiteId::parse("KZ-GIN-07").unwrap(), "Egiz Ginnery".to_string());
    let cn = CountryCode::parse("CN").unwrap();
    let reasons = [
        FindingReason::OriginUndisclosed {
            site: site.clone(),
            site_name: name.clone(),
            goods: vec![Arc::from("Polysilicon"), Arc::from("Cotton")],
            presumed: vec![],
        },
        FindingReason::DisclosureGap {
            site: site.clone(),
            site_name: name.clone(),
            goods: vec![Arc::from("Gold")],
            presumed: vec![],
        },
        FindingReason::RegionMissing {
            site: site.clone(),
            site_name: name.clone(),
            country: cn,
            regions: vec!["Xinjiang".into()],
        },
        FindingReason::UnclassifiedGoods {
            goods: "widgets of sorts".into(),
            site: Some(site.clone()),
            site_name: name.clone(),
        },
        FindingReason::RegionPresumption {
            site: site.clone(),
            site_name: name.clone(),
            country: cn,
            region: "Xinjiang".into(),
        },
        FindingReason::RegionCityMismatch {
            site: site.clone(),
            site_name: name.clone(),
            country: cn,
            declared: "Hebei".into(),
            city: "Aksu".into(),
            region: "Xinjiang".into(),
        },
        FindingReason::ListedEntity {
            site: site.clone(),
            site_name: name.clone(),
            entity: "Hoshine Silicon".into(),
            list: Arc::from("UFLPA Entity List"),
            line: 31,
        },
    ];
    for r in &reasons {
        let code = r.code();
        let (en, fr) = (finding_sites_label(&cat, Lang::En, r, day()), finding_sites_label(&cat, Lang::Fr, r, day()));
        assert!(en.starts_with("Each site listed") || en.contains("of each site listed"), "{code:?}: {en}");
        assert!(fr.starts_with("Chacun des lieux indiqués") || fr.contains("de chacun des lieux indiqués"), "{fr}");
        for said in [&en, &fr] {
            assert!(!said.contains("KZ-GIN-07") && !said.contains("Egiz"), "{code:?}: {said}");
            assert!(!said.contains("finding"), "{code:?}: no message: {said}");
        }
        assert!(!fr.contains(" :") && !fr.contains("« ") && !fr.contains(" »"), "{fr}");
        // The same finding of one site still names it.
        assert!(finding_reason_label(&cat, Lang::En, r, day()).contains("KZ-GIN-07") || r.site().unwrap().1.is_some());
    }
    // A finding about no single site is said as it always is.
    let cycle = FindingReason::SupplyCycle { sites: vec![site.clone(), SiteId::parse("B2").unwrap()] };
    assert_eq!(finding_sites_label(&cat, Lang::Fr, &cycle, day()), finding_reason_label(&cat, Lang::Fr, &cycle, day()));
}

/// A declaration of `n` sites in 5 tiers made of the demo's `polar-workwear-w0113.json` sites with new ids, as the
/// intake benchmark grows its 100,000-site workbook (`benches/common.rs`).
fn grown(n: usize) -> crate::domain::Declaration {
    let (_, base) =
        crate::import::demo_declarations().into_iter().find(|(name, _)| name == "polar-workwear-w0113.json").unwrap();
    let mut d = base.clone();
    let per_tier = n.div_ceil(5);
    let id = |i: usize| SiteId::parse(&format!("S{i:06}")).unwrap();
    d.places_of_work = (0..n)
        .map(|i| {
            let mut s = base.places_of_work[i % base.places_of_work.len()].clone();
            let tier = i / per_tier;
            s.site_id = id(i);
            s.supplies_to = if tier == 0 { Vec::new() } else { vec![id((tier - 1) * per_tier + (i % per_tier))] };
            s
        })
        .collect();
    for g in &mut d.goods {
        g.produced_at = vec![id(0)];
    }
    d
}

/// Every word an assessment gives, site by site, in both languages: each factor of each score and each finding with
/// its place, as the pages and the API say them.
fn every_word(cat: &Catalog, a: &Assessment) -> Vec<String> {
    let names = SiteIndex::of(a);
    let mut out = Vec::new();
    for lang in [Lang::En, Lang::Fr] {
        for s in a.scores() {
            out.push(format!("{} {:?}", s.score, s.band));
            out.extend(s.factors.iter().map(|f| factor_label(cat, lang, f, &names)));
            out.extend(s.factors.iter().map(|f| format!("{:?}", f.source)));
        }
        for f in &a.findings {
            out.push(finding_label(cat, lang, f, day()));
            out.extend(f.location.as_ref().map(|p| place_label(cat, lang, p)));
        }
    }
    out
}

/// `chainon assess --format json` on a large declaration: the JSON is a small multiple of the workbook it was read
/// from (each distinct factor and each finding about many sites said once), and reads back as the assessment it
/// is — every site's scores, factors, sources and findings, in both languages, the words the assessment gives.
#[test]
fn a_large_declaration_s_json_is_a_small_multiple_of_its_workbook_and_reads_back_with_every_word() {
    let cat = Catalog::embedded().unwrap();
    let model = RiskModel::embedded().unwrap();
    let d = grown(3_000);
    let workbook = crate::import::write_workbook(Lang::En, &d).unwrap();
    let a = model.assess(&d);
    assert!(a.findings.len() > 1_000, "{} findings: the declaration repeats findings", a.findings.len());
    let before = every_word(&cat, &a);
    // As the command writes it.
    let mut labelled = a.clone();
    label_assessment(&cat, &model, &mut labelled, day());
    let words = SaidWords::of(&cat, &labelled, day());
    let json = serde_json::to_vec(&crate::domain::SaidOnce::with_words(&labelled, &words)).unwrap();
    let ratio = json.len() as f64 / workbook.len() as f64;
    let table = serde_json::to_vec(&serde_json::from_slice::<serde_json::Value>(&json).unwrap()["arithmetic"]).unwrap();
    eprintln!(
        "grown 3,000 sites: {} bytes of JSON, workbook {} bytes: {ratio:.2}× (arithmetic table {} bytes)",
        json.len(),
        workbook.len(),
        table.len()
    );
    assert!(ratio < 6.0, "{} bytes of JSON for a workbook of {} bytes: {ratio:.1}×", json.len(), workbook.len());
    // Every score refers to its arithmetic, said once.
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let arithmetic = v["arithmetic"].as_array().unwrap();
    assert_eq!(v["scores_arithmetic"].as_array().unwrap().len(), a.scores().count());
    assert!(arithmetic.len() * 10 < a.scores().count(), "{} arithmetics", arithmetic.len());
    // A generated declaration of six tiers (`chainon synth`'s uniforms chain), 3,000 sites: the same budget.
    let d = crate::synth::declaration(3_000, 2026);
    let synth_workbook = crate::import::write_workbook(Lang::En, &d).unwrap();
    let mut synth = model.assess(&d);
    label_assessment(&cat, &model, &mut synth, day());
    let synth_words = SaidWords::of(&cat, &synth, day());
    let synth_json = serde_json::to_vec(&crate::domain::SaidOnce::with_words(&synth, &synth_words)).unwrap();
    let synth_ratio = synth_json.len() as f64 / synth_workbook.len() as f64;
    let synth_v = serde_json::from_slice::<serde_json::Value>(&synth_json).unwrap();
    eprintln!(
        "synth 3,000 sites: {} bytes of JSON, workbook {} bytes: {synth_ratio:.2}× ({} arithmetics for {} scores)",
        synth_json.len(),
        synth_workbook.len(),
        synth_v["arithmetic"].as_array().unwrap().len(),
        synth.scores().count()
    );
    assert!(synth_ratio < 6.0, "{} bytes of JSON, workbook {} bytes", synth_json.len(), synth_workbook.len());
    let back: Assessment = serde_json::from_slice(&json).unwrap();
    assert_eq!(back.findings.len(), a.findings.len());
    assert_eq!(every_word(&cat, &back), before);
    // Each finding said once per group: its words in both languages, the sites it applies to listed.
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    let entries = v["findings"].as_array().unwrap();
    assert!(entries.len() * 20 < a.findings.len(), "{} entries for {} findings", entries.len(), a.findings.len());
    for e in entries.iter().chain(v["factors"].as_array().unwrap()) {
        assert!(e["label_en"].is_string() && e["label_fr"].is_string(), "{e}");
    }
    // Each factor that differs from others only by its supplier sites is said once for all of them.
    let table = v["factors"].as_array().unwrap();
    assert!(table.len() < 100, "{} entries of factors", table.len());
    // As it is stored (no words): the same assessment, to the bit.
    let stored = serde_json::to_vec(&a).unwrap();
    assert_eq!(serde_json::from_slice::<Assessment>(&stored).unwrap(), a);
}
