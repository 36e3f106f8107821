//! Scoring through the chain of suppliers (2022.10): silence is never below the disclosure of one producer, counted
//! where the declaration's score is (its highest site); a region's legal presumption of forced labour comes down the
//! chain with the decay per tier and is named; the most exposed site is one rule everywhere.

use super::RiskModel;
use super::tests::{assert_cases, declaration, full_due_diligence, in_region, plain, site, with_inputs, words};
use crate::domain::{
    Assessment, Band, Declaration, FactorPool, Reason, RiskKind, RiskPair, Role, Score, SiteAssessment, SiteId,
    most_exposed,
};

fn model() -> RiskModel {
    RiskModel::embedded().unwrap()
}

/// 2022.10 as it shipped (the default is 2022.11).
fn model_2022_10() -> RiskModel {
    RiskModel::named("2022.10").unwrap().unwrap()
}

/// 2022.10 with `silence_scores_as_the_worst_producer` on (off in the shipped file: see its card).
fn worst_producer_on() -> RiskModel {
    let dir = tempfile::tempdir().unwrap();
    RiskModel::write_shipped("2022.10", dir.path()).unwrap();
    let path = dir.path().join("model.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let on =
        text.replace("silence_scores_as_the_worst_producer = false", "silence_scores_as_the_worst_producer = true");
    assert_ne!(on, text);
    std::fs::write(&path, on).unwrap();
    RiskModel::load_dir(dir.path()).unwrap()
}

fn model_2022_9() -> RiskModel {
    RiskModel::load_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("risk_models/2022.9")).unwrap()
}

const KINDS: [RiskKind; 2] = [RiskKind::ForcedLabour, RiskKind::ChildLabour];

fn dd(mut d: Declaration) -> Declaration {
    d.due_diligence = full_due_diligence();
    d
}

fn score(a: &Assessment, id: &str, kind: RiskKind) -> f64 {
    a.sites.iter().find(|s| s.site_id.as_str() == id).unwrap().risk.get(kind).score
}

/// A site in the Xinjiang region, by its city and region as a supplier would write them.
fn xinjiang(id: &str, role: Role, goods: &str, to: &[&str]) -> crate::domain::PlaceOfWork {
    let mut s = in_region(site(id, role, goods, "CN", to), "Xinjiang");
    s.city = "Aksu".into();
    s
}

/// The same site in Hebei (no region rule): what the region adds is the difference.
fn hebei(id: &str, role: Role, goods: &str, to: &[&str]) -> crate::domain::PlaceOfWork {
    let mut s = in_region(site(id, role, goods, "CN", to), "Hebei");
    s.city = "Shijiazhuang".into();
    s
}

/// The declarations 2022.10 decides anew (silence against one producer disclosed; a supplier in Xinjiang at tier 1
/// and 2, for goods ILAB lists and goods it does not), shared by the test that keeps 2022.9 as it scored them and by
/// the measures of the 2022.10 card.
pub(super) fn cases_2022_10() -> Vec<(&'static str, Declaration)> {
    use Role::*;
    let gloves = || site("G", Manufacturing, "nitrile gloves", "MY", &[]);
    let boots = || site("B", Manufacturing, "safety boots", "CA", &[]);
    let desks = || site("D", Manufacturing, "office desks", "CA", &[]);
    let rope = || with_inputs(site("R", Manufacturing, "rope", "NO", &[]), &["sisal fibre"]);
    let garments = |c: &str| site("A", Manufacturing, "garments", c, &[]);
    vec![
        ("nitrile gloves, Malaysia, full due diligence", dd(declaration(vec![gloves()]))),
        (
            "nitrile gloves, Malaysia, a rubber plantation in Liberia declared, full due diligence",
            dd(declaration(vec![gloves(), site("P", RawMaterial, "natural rubber", "LR", &["G"])])),
        ),
        ("safety boots, Canada", declaration(vec![boots()])),
        (
            "safety boots, Canada, a leather tannery in Pakistan declared",
            declaration(vec![boots(), site("T", RawMaterial, "leather", "PK", &["B"])]),
        ),
        ("office desks, Canada, full due diligence", dd(declaration(vec![desks()]))),
        (
            "office desks, Canada, a timber producer in Brazil declared, full due diligence",
            dd(declaration(vec![desks(), site("W", RawMaterial, "timber", "BR", &["D"])])),
        ),
        ("rope, Norway", declaration(vec![rope()])),
        (
            "rope, Norway, a sisal estate in Tanzania declared",
            declaration(vec![rope(), site("E", RawMaterial, "sisal", "TZ", &["R"])]),
        ),
        ("garments, Viet Nam, full due diligence", dd(declaration(vec![garments("VN")]))),
        (
            "garments, Viet Nam, a cotton spinner in Xinjiang at tier 2, full due diligence",
            dd(declaration(vec![garments("VN"), xinjiang("X", Processing, "cotton yarn", &["A"])])),
        ),
        (
            "garments, Viet Nam, the same spinner in Hebei, full due diligence",
            dd(declaration(vec![garments("VN"), hebei("X", Processing, "cotton yarn", &["A"])])),
        ),
        ("garments, Canada", declaration(vec![garments("CA")])),
        (
            "garments, Canada, a Xinjiang spinner behind a Bangladeshi fabric mill, full due diligence",
            dd(declaration(vec![
                garments("CA"),
                site("M", Manufacturing, "cotton fabric", "BD", &["A"]),
                xinjiang("X", Processing, "cotton yarn", &["M"]),
            ])),
        ),
        (
            "solar modules, Malaysia, Xinjiang polysilicon, full due diligence",
            dd(declaration(vec![
                site("A", Manufacturing, "solar modules", "MY", &[]),
                xinjiang("X", RawMaterial, "polysilicon", &["A"]),
            ])),
        ),
        (
            "solar modules, Canada, a Vietnamese wafer plant of Xinjiang polysilicon",
            declaration(vec![
                site("A", Manufacturing, "solar modules", "CA", &[]),
                with_inputs(site("M", Manufacturing, "photovoltaic wafers", "VN", &["A"]), &["polysilicon"]),
                xinjiang("X", RawMaterial, "polysilicon", &["M"]),
            ]),
        ),
        (
            "tomato paste, Italy, a Xinjiang tomato processor, full due diligence",
            dd(declaration(vec![
                site("A", Manufacturing, "tomato paste", "IT", &[]),
                xinjiang("X", Processing, "tomato paste", &["A"]),
            ])),
        ),
        (
            "PVC flooring, United States, Xinjiang PVC resin, full due diligence",
            dd(declaration(vec![
                site("A", Manufacturing, "PVC flooring", "US", &[]),
                xinjiang("X", RawMaterial, "PVC resin", &["A"]),
            ])),
        ),
        (
            "PVC flooring, United States, the resin in Hebei, full due diligence",
            dd(declaration(vec![
                site("A", Manufacturing, "PVC flooring", "US", &[]),
                hebei("X", RawMaterial, "PVC resin", &["A"]),
            ])),
        ),
        (
            "PVC flooring, Germany, a Turkish compounder of Xinjiang PVC resin",
            declaration(vec![
                site("A", Manufacturing, "PVC flooring", "DE", &[]),
                with_inputs(site("M", Processing, "PVC compound", "TR", &["A"]), &["PVC resin"]),
                xinjiang("X", RawMaterial, "PVC resin", &["M"]),
            ]),
        ),
    ]
}

/// `cases_2022_10` scored by 2022.9 (overall forced, child), measured before 2022.10's keys were read.
pub(super) const CASES_2022_10_IN_2022_9: [(f64, f64); 19] = [
    (73.0, 46.8),
    (50.4, 55.5),
    (58.0, 51.8),
    (58.0, 70.9),
    (42.3, 37.8),
    (51.1, 5.2),
    (59.8, 51.8),
    (59.8, 76.0),
    (73.0, 73.0),
    (100.0, 73.0),
    (73.0, 73.0),
    (58.0, 51.8),
    (100.0, 73.0),
    (93.3, 9.6),
    (100.0, 13.1),
    (93.3, 9.6),
    (53.0, 37.8),
    (42.3, 37.8),
    (59.8, 100.0),
];

/// The buyer's site (the first of each case: where the chain's risk arrives) in `cases_2022_10` scored by 2022.9
/// (forced, child), measured before 2022.10's keys were read.
const BUYERS_2022_10_IN_2022_9: [(f64, f64); 19] = [
    (73.0, 46.8),
    (50.4, 46.8),
    (58.0, 51.8),
    (58.0, 51.8),
    (42.3, 37.8),
    (42.3, 0.6),
    (59.8, 51.8),
    (59.8, 51.8),
    (73.0, 73.0),
    (73.0, 73.0),
    (73.0, 73.0),
    (58.0, 51.8),
    (57.9, 62.6),
    (68.6, 9.6),
    (79.3, 0.8),
    (68.5, 0.6),
    (42.3, 37.8),
    (42.3, 37.8),
    (59.8, 85.8),
];

/// The buyer's site in `cases_2022_10` scored by 2022.10 as shipped, as its card's change log gives them.
const BUYERS_2022_10_IN_2022_10: [(f64, f64); 19] = [
    (73.0, 46.8),
    (50.4, 46.8),
    (58.0, 51.8),
    (58.0, 51.8),
    (42.3, 37.8),
    (42.3, 0.6),
    (59.8, 51.8),
    (59.8, 51.8),
    (73.0, 73.0),
    (100.0, 73.0),
    (73.0, 73.0),
    (58.0, 51.8),
    (65.7, 62.6),
    (77.8, 9.6),
    (79.3, 0.8),
    (77.7, 0.6),
    (42.5, 37.8),
    (42.3, 37.8),
    (59.8, 85.8),
];

/// The first site's (forced, child) of each case under `m` against `expected`, all the differences at once.
fn assert_buyers(m: &RiskModel, expected: &[(f64, f64)]) {
    let cases = cases_2022_10();
    let got: Vec<(f64, f64)> = cases
        .iter()
        .map(|(_, d)| {
            let a = m.assess(d);
            (a.sites[0].risk.forced_labour.score, a.sites[0].risk.child_labour.score)
        })
        .collect();
    let all: Vec<String> = cases.iter().zip(&got).map(|((n, _), g)| format!("{g:?}, // {n}")).collect();
    assert_eq!(got, expected, "measured:\n{}", all.join("\n"));
}

/// 2022.9 scores the new cases as it did before 2022.10's keys were written, the declarations and their buyers.
#[test]
fn model_2022_9_scores_the_chain_cases_as_before() {
    let old = model_2022_9();
    assert_cases(&old, cases_2022_10(), &CASES_2022_10_IN_2022_9);
    assert_buyers(&old, &BUYERS_2022_10_IN_2022_9);
}

/// The figures of the 2022.10 card's change log: the buyers as 2022.10 ships (the declarations' own scores are their
/// highest sites', the Xinjiang sites themselves where they are declared, and do not move).
#[test]
fn model_2022_10_scores_the_chain_cases_as_its_card_says() {
    assert_buyers(&model_2022_10(), &BUYERS_2022_10_IN_2022_10);
    assert_cases(&model_2022_10(), cases_2022_10(), &CASES_2022_10_IN_2022_9);
}

/// The reported case: Malaysian nitrile gloves with full due diligence scored child labour 46.8 with their rubber's
/// origin undisclosed and 55.5 with a Liberian plantation declared — the plantation's own line (ILAB's listing of
/// Liberian rubber, 60, and Liberia's context, 16) above the gloves' presumption (0.85 × 60 = 51, and Malaysia's
/// context). From 2022.10 silence holds the gloves at the riskiest producer's own score, and the factor says so.
#[test]
fn the_gloves_rubber_left_out_never_score_below_the_liberian_plantation_declared() {
    let child = RiskKind::ChildLabour;
    let cases = cases_2022_10();
    let (silent, disclosed) = (&cases[0].1, &cases[1].1);
    let old = model_2022_9();
    assert!(old.assess(silent).overall.get(child).score < old.assess(disclosed).overall.get(child).score);
    let m = worst_producer_on();
    let (s, d) = (m.assess(silent), m.assess(disclosed));
    assert!(
        d.overall.get(child).score <= s.overall.get(child).score,
        "{} > {}",
        d.overall.child_labour.score,
        s.overall.child_labour.score
    );
    let f = s.sites[0].risk.child_labour.factors.iter().find(|f| f.code() == "presumed_producer").expect("named");
    let (en, fr) = words(f);
    assert!(en.contains("The origin of Rubber is not disclosed") && en.contains("its riskiest producer"), "{en}");
    assert!(fr.contains("L'origine de l'intrant « caoutchouc » n'est pas déclarée"), "{fr}");
}

/// The goods of a category's words, and the category's typical inputs that ILAB lists: what the property walks.
fn categories_and_listed_inputs(m: &RiskModel) -> Vec<(String, String)> {
    let t = &m.tables;
    let mut out = Vec::new();
    for c in &t.categories {
        let Some(words) = c.keywords.iter().find(|k| m.classify(None, k).is_some_and(|x| x.code == c.code)) else {
            continue;
        };
        for g in &c.typical_inputs {
            if t.listings_anywhere(g).next().is_some() {
                out.push((words.clone(), g.clone()));
            }
        }
    }
    out
}

/// Declaring one producer of an input — a raw-material site in a country where ILAB lists the input — never raises
/// the buyer's score above silence, neither the site's nor the declaration's (its highest site), for either kind,
/// with and without due diligence; and such a producer never scores the declaration below a producer of the input in
/// Canada, where it is not listed (a high-risk upstream never lowers a score against a low-risk one). Every category's
/// typical listed inputs × every country ILAB lists them in × buyers in three countries. 2022.9 breaks it.
#[test]
fn declaring_one_producer_of_an_input_never_scores_above_silence() {
    let check = |m: &RiskModel| {
        let t = &m.tables;
        let mut broken = Vec::new();
        let mut walked = 0;
        for (goods, input) in categories_and_listed_inputs(m) {
            let producer_words = input.to_lowercase();
            let mut countries: Vec<crate::domain::CountryCode> = Vec::new();
            for l in t.listings_anywhere(&input) {
                if !countries.contains(&l.country) {
                    countries.push(l.country);
                }
            }
            for at in ["CA", "MY", "DE"] {
                for diligent in [false, true] {
                    let with_dd = |d: Declaration| if diligent { dd(d) } else { d };
                    let buyer = || site("B", Role::Manufacturing, &goods, at, &[]);
                    let silent = m.assess(&with_dd(declaration(vec![buyer()])));
                    let low = m.assess(&with_dd(declaration(vec![
                        buyer(),
                        site("P", Role::RawMaterial, &producer_words, "CA", &["B"]),
                    ])));
                    for c in &countries {
                        let d = with_dd(declaration(vec![
                            buyer(),
                            site("P", Role::RawMaterial, &producer_words, c.as_str(), &["B"]),
                        ]));
                        // Only a producer the words make of the input: what the property is about.
                        let read = super::engine::site_readings(t, &d);
                        if !read.get(1).is_some_and(|(_, own, _)| own.contains(&input)) {
                            continue;
                        }
                        walked += 1;
                        let a = m.assess(&d);
                        for kind in KINDS {
                            let (s, x, l) = (
                                silent.overall.get(kind).score,
                                a.overall.get(kind).score,
                                low.overall.get(kind).score,
                            );
                            let say = format!("{goods} in {at} of {input} from {c:?}, dd {diligent}, {kind:?}");
                            if x > s + 1e-9 {
                                broken.push(format!("{say}: declaration {s} silent, {x} disclosed"));
                            }
                            if score(&a, "B", kind) > score(&silent, "B", kind) + 1e-9 {
                                broken.push(format!("{say}: buyer site above silence"));
                            }
                            if x + 1e-9 < l {
                                broken.push(format!("{say}: {x} below {l} with a Canadian producer"));
                            }
                        }
                    }
                }
            }
        }
        (walked, broken)
    };
    let (walked, broken) = check(&worst_producer_on());
    assert!(walked >= 100, "{walked} producers walked");
    assert!(broken.is_empty(), "{} of them:\n{}", broken.len(), broken.join("\n"));
    assert!(!check(&model_2022_9()).1.is_empty(), "2022.9 scored a disclosure above silence");
    assert!(
        !check(&model_2022_10()).1.is_empty(),
        "2022.10 as shipped (the key off) scores a disclosure above silence"
    );
}

/// A region's legal presumption of forced labour comes down the chain: the buyer of goods from a Xinjiang site, at
/// tier 1 or 2, whatever the goods (cotton yarn, polysilicon, tomato paste; PVC resin, which ILAB does not list) and
/// the buyer's country, is held at the region's floor × 0.85 per tier (42.5, 36.1) before and after due diligence,
/// scores above the same chain with the site in Hebei once due diligence is counted (the region's points stay whole,
/// not mitigated nor lost in the cap), never below silence, and its factors name the region in both languages. 2022.9
/// scored a Vietnamese garment maker with full due diligence the same with a Xinjiang spinner declared as with nothing.
#[test]
fn a_region_presumption_comes_down_the_chain_with_the_decay_per_tier_and_is_named() {
    use Role::*;
    let m = model();
    let forced = RiskKind::ForcedLabour;
    let chains: [(&str, &str, Role, &str); 5] = [
        ("garments", "cotton yarn", Processing, "cotton fabric"),
        ("solar modules", "polysilicon", RawMaterial, "photovoltaic wafers"),
        ("tomato paste", "tomato paste", Processing, "tomato paste"),
        ("PVC flooring", "PVC resin", RawMaterial, "PVC compound"),
        ("cotton shirts", "raw cotton", RawMaterial, "cotton yarn"),
    ];
    let (mut seen, mut seen_above) = (0, 0);
    for (goods, upstream, role, middle) in chains {
        for at in ["VN", "CA", "DE", "MY", "US", "IT"] {
            for tier in [1u32, 2] {
                for diligent in [false, true] {
                    let with_dd = |d: Declaration| if diligent { dd(d) } else { d };
                    let chain = |far: fn(&str, Role, &str, &[&str]) -> crate::domain::PlaceOfWork| {
                        let mut sites = vec![site("B", Manufacturing, goods, at, &[])];
                        if tier == 2 {
                            sites.push(with_inputs(site("M", Manufacturing, middle, "TH", &["B"]), &[upstream]));
                            sites.push(far("X", role, upstream, &["M"]));
                        } else {
                            sites.push(far("X", role, upstream, &["B"]));
                        }
                        with_dd(declaration(sites))
                    };
                    let say = format!("{goods} in {at} of {upstream}, tier {tier}, dd {diligent}");
                    let silent = m.assess(&with_dd(declaration(vec![site("B", Manufacturing, goods, at, &[])])));
                    let x = m.assess(&chain(xinjiang));
                    let h = m.assess(&chain(hebei));
                    let b = score(&x, "B", forced);
                    let floor = (50.0 * 0.85f64.powi(tier as i32) * 10.0).round() / 10.0;
                    assert!(b >= floor, "{say}: {b} below the floor carried, {floor}");
                    assert!(b >= score(&silent, "B", forced), "{say}: {b} below silence");
                    // The factors that carry it name the region, in English and in French.
                    let site_b = x.sites.iter().find(|s| s.site_id.as_str() == "B").unwrap();
                    // Where the risk carried from the Xinjiang chain is what counts of the site's inputs, the region's
                    // points in it stay whole through due diligence: above the Hebei chain. Where another input counts
                    // more (goods of the buyer's own listings), the floor alone comes down, and never lowers it.
                    let counted = site_b
                        .risk
                        .forced_labour
                        .factors
                        .iter()
                        .any(|f| matches!(f.reason(), Some(Reason::Mitigation { kept: Some(k), .. }) if *k > 0.0));
                    if diligent && counted {
                        assert!(b > score(&h, "B", forced), "{say}: {b}, Hebei {}", score(&h, "B", forced));
                        seen_above += 1;
                    } else {
                        assert!(b >= score(&h, "B", forced), "{say}");
                    }
                    let named: Vec<(String, String)> = site_b
                        .risk
                        .forced_labour
                        .factors
                        .iter()
                        .filter(|f| ["upstream", "presumption_carried"].contains(&f.code()))
                        .map(|f| words(f))
                        .collect();
                    assert!(!named.is_empty(), "{say}: nothing carried");
                    for (en, fr) in &named {
                        assert!(en.contains("the Xinjiang region (China)"), "{say}: {en}");
                        assert!(plain(fr).contains("la région Xinjiang (Chine)"), "{say}: {fr}");
                    }
                    seen += 1;
                }
            }
        }
    }
    assert_eq!(seen, 5 * 6 * 2 * 2);
    assert!(seen_above >= 20, "{seen_above} chains where the region's points showed");
}

/// The floor carried is the region's × 0.85 at each tier: 42.5 at tier 1, 36.1 at tier 2, 30.7 at tier 3, held after
/// full due diligence where nothing else is carried (goods of no ILAB listing, Canadian tiers).
#[test]
fn the_floor_carried_lowers_with_each_tier_and_holds_after_due_diligence() {
    use Role::*;
    let m = model();
    let mut sites = vec![xinjiang("X", RawMaterial, "PVC resin", &["T1"])];
    let mut expected = Vec::new();
    for (k, floor) in [(1, 42.5), (2, 36.1), (3, 30.7)] {
        let id = format!("T{k}");
        let to = if k == 3 { vec![] } else { vec![format!("T{}", k + 1)] };
        let to: Vec<&str> = to.iter().map(String::as_str).collect();
        sites.push(site(&id, Processing, "PVC compound", "CA", &to));
        expected.push((id, floor));
    }
    let a = m.assess(&dd(declaration(sites)));
    for (id, floor) in expected {
        let s = score(&a, &id, RiskKind::ForcedLabour);
        assert!(s >= floor, "{id}: {s} below {floor}");
        let f = a.sites.iter().find(|x| x.site_id.as_str() == id).unwrap();
        let carried = f
            .risk
            .forced_labour
            .factors
            .iter()
            .any(|f| matches!(f.reason(), Some(Reason::PresumptionCarried { floor: x, .. }) if *x == floor));
        assert!(carried, "{id}: {:?}", f.risk.forced_labour.factors);
    }
    // 2022.9 left it at the region's site: its buyer fell with due diligence as any.
    let old = model_2022_9().assess(&dd(declaration(vec![
        xinjiang("X", RawMaterial, "PVC resin", &["T1"]),
        site("T1", Processing, "PVC compound", "CA", &[]),
    ])));
    assert!(old.sites.iter().all(|s| s.risk.forced_labour.factors.iter().all(|f| f.code() != "presumption_carried")));
}

fn scored(id: &str, tier: Option<u32>, category: &str, forced: f64, child: f64) -> SiteAssessment {
    let s = |x: f64| Score { score: x, band: Band::from_score(x), factors: vec![] };
    SiteAssessment {
        site_id: SiteId::parse(id).unwrap(),
        site_name: format!("Site {id}"),
        tier,
        country: crate::domain::CountryCode::parse("CA").unwrap(),
        region: None,
        role: Role::Manufacturing,
        category: Some(category.into()),
        risk: RiskPair { forced_labour: s(forced), child_labour: s(child) },
    }
}

fn named(s: &Score) -> Option<String> {
    s.factors.iter().find_map(|f| match f.reason() {
        Some(Reason::HighestSite { site, .. }) => Some(site.as_str().to_string()),
        _ => None,
    })
}

/// Where sites tie for the most exposed, the declaration, each goods category and the bid comparison name the same
/// site by one rule — the highest score, then the lowest tier, then the lowest site ID — whatever order the sites are
/// listed in (the last of equals was named before, so the order of the workbook decided).
#[test]
fn the_most_exposed_site_is_one_rule_whatever_the_order_of_the_sites() {
    let sites = vec![
        scored("S3", Some(2), "clothing", 58.0, 40.0),
        scored("S2", Some(1), "clothing", 58.0, 40.0),
        scored("S1", Some(2), "clothing", 58.0, 40.0),
        scored("S0", None, "clothing", 58.0, 40.0),
        scored("S4", Some(1), "textiles", 58.0, 12.0),
    ];
    let n = sites.len();
    for rotation in 0..n {
        for reverse in [false, true] {
            let mut order = sites.clone();
            order.rotate_left(rotation);
            if reverse {
                order.reverse();
            }
            let mut a = Assessment {
                model_version: "2022.10".into(),
                overall: RiskPair::zero(),
                sites: order,
                categories: ["clothing", "textiles"]
                    .iter()
                    .map(|c| crate::domain::CategoryAssessment {
                        category: (*c).into(),
                        label_en: None,
                        label_fr: None,
                        risk: RiskPair::zero(),
                    })
                    .collect(),
                findings: vec![],
            };
            a.summarise(&mut FactorPool::default());
            // Forced: five at 58; tier 1 are S2 and S4, and S2 is the lower ID.
            assert_eq!(named(&a.overall.forced_labour).as_deref(), Some("S2"));
            assert_eq!(most_exposed(&a.sites, RiskKind::ForcedLabour).map(|s| s.site_id.as_str()), Some("S2"));
            assert_eq!(named(&a.categories[0].risk.forced_labour).as_deref(), Some("S2"));
            assert_eq!(named(&a.categories[1].risk.forced_labour).as_deref(), Some("S4"));
            // Child: four clothing sites at 40, the tier-1 one first.
            assert_eq!(named(&a.overall.child_labour).as_deref(), Some("S2"));
            assert_eq!(named(&a.categories[0].risk.child_labour).as_deref(), Some("S2"));
        }
    }
}

/// Scored declarations whose sites tie name the same site in the declaration's summary and in its goods category's,
/// and reordering the sites of the workbook changes neither.
#[test]
fn tied_sites_of_a_declaration_are_named_alike_in_every_summary() {
    use Role::*;
    let m = model();
    let sites = vec![
        site("Z9", Manufacturing, "work shirts", "CA", &[]),
        site("A1", Manufacturing, "work shirts", "CA", &[]),
        site("M5", Manufacturing, "work shirts", "CA", &[]),
    ];
    for rotation in 0..sites.len() {
        let mut order = sites.clone();
        order.rotate_left(rotation);
        let a = m.assess(&declaration(order));
        for kind in KINDS {
            assert_eq!(named(a.overall.get(kind)).as_deref(), Some("A1"), "{rotation} {kind:?}");
            let c = a.categories.iter().find(|c| c.category == "clothing").unwrap();
            assert_eq!(named(c.risk.get(kind)).as_deref(), Some("A1"), "{rotation} {kind:?}");
        }
    }
}
