//! Calibration against patterns the world already knows, the model's own checks, and the invariants.

use chrono::NaiveDate;
use proptest::prelude::*;

use super::RiskModel;
use crate::domain::*;

fn model() -> RiskModel {
    RiskModel::embedded().unwrap()
}

pub(super) fn site(id: &str, role: Role, goods: &str, country: &str, to: &[&str]) -> PlaceOfWork {
    PlaceOfWork {
        site_id: SiteId::parse(id).unwrap(),
        site_name: format!("Site {id}"),
        operator: None,
        operator_business_number: None,
        role,
        goods: goods.into(),
        classification: None,
        inputs: vec![],
        address: "1 Main Street".into(),
        city: "City".into(),
        region: None,
        country: CountryCode::parse(country).unwrap(),
        postal_code: None,
        workers: None,
        share_of_value: None,
        supplies_to: to.iter().map(|s| SiteId::parse(s).unwrap()).collect(),
        os_id: None,
        last_audit_date: None,
        audit_standard: None,
    }
}

pub(super) fn with_inputs(mut s: PlaceOfWork, inputs: &[&str]) -> PlaceOfWork {
    s.inputs = inputs.iter().map(|x| x.to_string()).collect();
    s
}

fn in_region(mut s: PlaceOfWork, region: &str) -> PlaceOfWork {
    s.region = Some(region.into());
    s
}

pub(super) fn declaration(sites: Vec<PlaceOfWork>) -> Declaration {
    use strum::IntoEnumIterator;
    Declaration {
        supplier: SupplierInfo {
            legal_name: "Test Supplier Inc.".into(),
            business_number: None,
            country: CountryCode::parse("CA").unwrap(),
            address: None,
            contact_name: None,
            contact_email: None,
            solicitation_number: Some("W0000-000000/A".into()),
            declaration_date: NaiveDate::from_ymd_opt(2026, 6, 1).unwrap(),
            signatory_name: "A. Signer".into(),
            signatory_title: None,
        },
        attestations: Right::iter()
            .map(|right| Attestation { right, attested: true, scope: Some(Scope::FullChain), comment: None })
            .collect(),
        due_diligence: DueDiligence::default(),
        places_of_work: sites,
        goods: vec![],
    }
}

fn full_due_diligence() -> DueDiligence {
    DueDiligence {
        policy: Some(true),
        supplier_code: Some(true),
        risk_assessment: Some(true),
        social_audit: Some(true),
        social_audit_standard: Some("SA8000".into()),
        grievance_mechanism: Some(true),
        remediation: Some(true),
        traceability_tiers: Some(9),
        training: Some(true),
        s211_report: Some(true),
        s211_report_url: None,
    }
}

fn codes(a: &Assessment) -> Vec<FindingCode> {
    a.findings.iter().map(|f| f.code).collect()
}

/// A calibration case: its name, the declaration, the expected forced and child band ranges.
type Case = (&'static str, Declaration, (Band, Band), (Band, Band));

fn calibration() -> Vec<Case> {
    use Band::*;
    use Role::*;
    let mut mitigated_gloves = declaration(vec![site("G", Manufacturing, "nitrile examination gloves", "MY", &[])]);
    mitigated_gloves.due_diligence = full_due_diligence();
    let mut mitigated_garments = declaration(vec![site("B", Manufacturing, "garments", "BD", &[])]);
    mitigated_garments.due_diligence = full_due_diligence();
    vec![
        (
            "nitrile gloves made in Malaysia",
            declaration(vec![site("G", Manufacturing, "nitrile examination gloves", "MY", &[])]),
            (High, Critical),
            (Low, Medium),
        ),
        (
            "the same gloves with full due diligence stay at least medium",
            mitigated_gloves,
            (Medium, High),
            (Low, Medium),
        ),
        (
            "garments sewn in Bangladesh",
            declaration(vec![site("B", Manufacturing, "work shirts", "BD", &[])]),
            (High, Critical),
            (High, Critical),
        ),
        ("garments with full due diligence", mitigated_garments, (Medium, High), (Medium, High)),
        (
            "cotton yarn spun in Xinjiang, two tiers up",
            declaration(vec![
                site("W", Warehousing, "uniform shirts", "CA", &[]),
                site("B", Manufacturing, "uniform shirts", "BD", &["W"]),
                in_region(site("X", Processing, "cotton yarn", "CN", &["B"]), "Xinjiang"),
            ]),
            (Critical, Critical),
            (High, Critical),
        ),
        (
            "cotton from Uzbekistan is not listed in the 2022 edition",
            declaration(vec![site("U", RawMaterial, "cotton", "UZ", &[])]),
            (Low, Medium),
            (Low, Medium),
        ),
        (
            "cotton from Turkmenistan",
            declaration(vec![site("T", RawMaterial, "cotton", "TM", &[])]),
            (High, Critical),
            (High, Critical),
        ),
        (
            "lithium-ion batteries from China (cobalt from the DR Congo: child labour)",
            declaration(vec![site("L", Manufacturing, "lithium-ion batteries", "CN", &[])]),
            (Low, Medium),
            (High, Critical),
        ),
        (
            "solar modules from China (polysilicon)",
            declaration(vec![site("S", Manufacturing, "solar modules", "CN", &[])]),
            (High, Critical),
            (Low, Medium),
        ),
        (
            "cobalt mined in the DR Congo",
            declaration(vec![site("K", RawMaterial, "cobalt", "CD", &[])]),
            (Low, Medium),
            (High, Critical),
        ),
        (
            "office furniture made in Canada from Canadian wood",
            declaration(vec![
                site("F", Manufacturing, "office desks", "CA", &[]),
                site("P", Manufacturing, "birch plywood", "CA", &["F"]),
            ]),
            (Low, Low),
            (Low, Low),
        ),
        (
            "copper cable made in Germany, copper and rubber undisclosed",
            declaration(vec![site("D", Manufacturing, "electrical cable", "DE", &[])]),
            (Medium, Medium),
            (Medium, Medium),
        ),
        (
            "clothing disclosed only at tier 1 in Canada: unknown is not low",
            declaration(vec![site("C", Trading, "uniform trousers", "CA", &[])]),
            (Medium, Medium),
            (Medium, Medium),
        ),
        (
            "sisal rope from Tanzanian sisal",
            declaration(vec![
                site("R", Manufacturing, "sisal rope", "IN", &[]),
                site("T", RawMaterial, "sisal", "TZ", &["R"]),
            ]),
            (Low, Medium),
            (High, Critical),
        ),
        (
            "steel chain made in China, inputs undisclosed",
            declaration(vec![site("C", Manufacturing, "steel chain", "CN", &[])]),
            (Medium, High),
            (Low, Medium),
        ),
        (
            "rubber latex from Viet Nam into gloves made in Thailand",
            declaration(vec![
                site("T", Manufacturing, "latex examination gloves", "TH", &[]),
                site("V", RawMaterial, "natural rubber latex", "VN", &["T"]),
            ]),
            (Low, Medium),
            (High, Critical),
        ),
        (
            "electronics assembled in Malaysia",
            declaration(vec![site("E", Manufacturing, "laptop computers", "MY", &[])]),
            (High, Critical),
            (Medium, High),
        ),
        (
            "fish from Thailand is listed but is no category's good",
            declaration(vec![site("F", Processing, "frozen fish", "TH", &[])]),
            (High, Critical),
            (Low, Medium),
        ),
        (
            "footwear from Viet Nam",
            declaration(vec![site("V", Manufacturing, "safety boots", "VN", &[])]),
            (Low, Medium),
            (High, Critical),
        ),
        (
            "bricks from Pakistan (forced child labour)",
            declaration(vec![site("P", Manufacturing, "bricks", "PK", &[])]),
            (High, Critical),
            (High, Critical),
        ),
        (
            "a declared input listed where the site is",
            declaration(vec![with_inputs(site("M", Manufacturing, "work gloves", "CN", &[]), &["cotton"])]),
            (High, Critical),
            (Medium, Critical),
        ),
    ]
}

#[test]
fn the_calibration_table_lands_in_its_expected_bands() {
    let m = model();
    let mut failures = Vec::new();
    let cases = calibration();
    assert!(cases.len() >= 20);
    for (name, d, (f_lo, f_hi), (c_lo, c_hi)) in cases {
        let a = m.assess(&d);
        let (f, c) = (a.overall.forced_labour.band, a.overall.child_labour.band);
        if f < f_lo || f > f_hi || c < c_lo || c > c_hi {
            failures.push(format!(
                "{name}: forced {f} ({}) expected {f_lo}..{f_hi}; child {c} ({}) expected {c_lo}..{c_hi}",
                a.overall.forced_labour.score, a.overall.child_labour.score
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_embedded_model_passes_its_own_check() {
    assert_eq!(model().check(), Vec::<String>::new());
    assert_eq!(model().version(), super::DEFAULT_VERSION);
}

#[test]
fn the_model_folder_loads_like_the_embedded_one() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("risk_models/2022.1");
    let m = RiskModel::load_dir(&dir).unwrap();
    assert_eq!(m.version(), "2022.1");
    assert_eq!(m.categories().len(), model().categories().len());
}

#[test]
fn codes_and_words_place_goods_in_categories() {
    let m = model();
    let cat =
        |c: Option<&str>, w: &str| m.classify(c.and_then(Classification::parse).as_ref(), w).map(|c| c.code.clone());
    assert_eq!(cat(Some("N4020"), "anything").as_deref(), Some("ropes_cordage"));
    assert_eq!(cat(Some("46181504"), "").as_deref(), Some("ppe_gloves"));
    assert_eq!(cat(Some("31151700"), "").as_deref(), Some("chains_wire_rope_fittings"));
    assert_eq!(cat(Some("N8415"), "nitrile gloves").as_deref(), Some("ppe_gloves"));
    assert_eq!(cat(Some("N8415"), "parka").as_deref(), Some("clothing"));
    assert_eq!(cat(Some("53100000"), "").as_deref(), Some("clothing"));
    assert_eq!(cat(None, "gants en nitrile").as_deref(), Some("ppe_gloves"));
    assert_eq!(cat(None, "Chemises d'uniforme").as_deref(), Some("clothing"));
    assert_eq!(cat(None, "garden gnomes"), None);
}

#[test]
fn every_score_explains_itself_and_its_factors_add_up() {
    let m = model();
    for (name, d, _, _) in calibration() {
        let a = m.assess(&d);
        for s in &a.sites {
            for sc in [&s.forced_labour, &s.child_labour] {
                let sum: f64 = sc.factors.iter().map(|f| f.contribution).sum();
                assert!((sum - sc.score).abs() <= 0.15, "{name} {}: {sum} vs {}", s.site_id, sc.score);
                assert_eq!(sc.band, Band::from_score(sc.score));
                for f in &sc.factors {
                    assert!(!f.label_en.is_empty() && !f.label_fr.is_empty(), "{name}: {f:?}");
                }
            }
        }
        assert_eq!(a.model_version, "2022.1");
    }
}

#[test]
fn findings_cover_attestations_cycles_gaps_origin_and_unclassified_goods() {
    let m = model();
    let mut d = declaration(vec![
        site("W", Role::Trading, "uniform trousers", "CA", &[]),
        site("A", Role::Component, "garden gnomes", "CA", &["B"]),
        site("B", Role::Component, "garden gnomes", "CA", &["A"]),
    ]);
    d.attestations.retain(|a| a.right != Right::ForcedLabour);
    d.attestations[0].attested = false;
    let a = m.assess(&d);
    let c = codes(&a);
    for code in [
        FindingCode::AttestationNo,
        FindingCode::SupplyCycle,
        FindingCode::UnclassifiedGoods,
        FindingCode::DisclosureGap,
        FindingCode::MissingPlaceOfWork,
    ] {
        assert!(c.contains(&code), "{code} missing from {c:?}");
    }
    assert_eq!(c.iter().filter(|x| **x == FindingCode::AttestationNo).count(), 2);
}

fn risky_country() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["MY", "CN", "BD", "VN", "IN", "CA", "DE", "US", "TH", "PK", "CD", "TM"])
}

fn goods() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "nitrile gloves",
        "cotton yarn",
        "garments",
        "steel chain",
        "office desks",
        "sisal rope",
        "cotton",
        "rubber",
        "electronics",
        "bricks",
    ])
}

prop_compose! {
    fn chain()(n in 1usize..6, countries in prop::collection::vec(risky_country(), 6), g in prop::collection::vec(goods(), 6), links in prop::collection::vec(0usize..6, 6)) -> Declaration {
        let mut sites = Vec::new();
        for i in 0..n {
            let to: Vec<String> = if i == 0 { vec![] } else { vec![format!("S{}", links[i] % i)] };
            let to_ref: Vec<&str> = to.iter().map(String::as_str).collect();
            sites.push(site(&format!("S{i}"), Role::Manufacturing, g[i], countries[i], &to_ref));
        }
        declaration(sites)
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn scores_stay_within_0_and_100_and_are_deterministic(d in chain()) {
        let m = model();
        let a = m.assess(&d);
        let b = m.assess(&d);
        prop_assert_eq!(&a, &b);
        for s in &a.sites {
            prop_assert!((0.0..=100.0).contains(&s.forced_labour.score));
            prop_assert!((0.0..=100.0).contains(&s.child_labour.score));
        }
    }

    #[test]
    fn adding_a_risky_upstream_site_never_lowers_a_score(d in chain(), target in 0usize..6, new in prop::sample::select(vec![("bricks", "PK"), ("cotton", "TM"), ("carpets", "NP")])) {
        let m = model();
        let before = m.assess(&d);
        let mut more = d.clone();
        let t = target % d.places_of_work.len();
        let to = d.places_of_work[t].site_id.to_string();
        // Each of these is on the ILAB list for both forced and child labour: a risky supplier by either measure.
        more.places_of_work.push(site("NEW", Role::RawMaterial, new.0, new.1, &[to.as_str()]));
        let after = m.assess(&more);
        for (b, a) in before.sites.iter().zip(&after.sites) {
            prop_assert!(a.forced_labour.score + 1e-9 >= b.forced_labour.score, "{} forced {} -> {}", b.site_id, b.forced_labour.score, a.forced_labour.score);
            prop_assert!(a.child_labour.score + 1e-9 >= b.child_labour.score, "{} child {} -> {}", b.site_id, b.child_labour.score, a.child_labour.score);
        }
        prop_assert!(after.overall.forced_labour.score + 1e-9 >= before.overall.forced_labour.score);
    }

    #[test]
    fn mitigation_never_raises_a_score_nor_drops_a_listed_forced_good_below_medium(d in chain()) {
        let m = model();
        let plain = m.assess(&d);
        let mut diligent = d.clone();
        diligent.due_diligence = full_due_diligence();
        let mitigated = m.assess(&diligent);
        for (p, q) in plain.sites.iter().zip(&mitigated.sites) {
            prop_assert!(q.forced_labour.score <= p.forced_labour.score + 1e-9);
            prop_assert!(q.child_labour.score <= p.child_labour.score + 1e-9);
            let listed = p.forced_labour.factors.iter().any(|f| f.code == "listed_good" || f.code == "region");
            if listed {
                prop_assert!(q.forced_labour.band >= Band::Medium);
            }
        }
    }
}
