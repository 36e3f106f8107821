//! 2022.11: silence is never below disclosure (`[silence]` of `model.toml`). An input whose origin is not
//! established holds its site at its riskiest producer's own score; a declared listed material never lowers that
//! presumption; a good grown, mined or fished elsewhere, made into goods where ILAB does not list it, is an input of
//! unknown origin (chocolate bars made in Canada are made of cocoa grown elsewhere); the national graph computes the
//! floor as the engine does.

use super::RiskModel;
use super::tests::{assert_cases, declaration, full_due_diligence, site, with_inputs, words};
use crate::domain::{Assessment, CountryCode, Declaration, RiskKind, Role};

/// 2022.11 as shipped: the rules of `[silence]` written and off (see its card, "What 2022.11 leaves open").
fn model() -> RiskModel {
    RiskModel::shipped("2022.11").unwrap().unwrap()
}

/// 2022.11 with the three rules of `[silence]` on: what these tests hold the rules to.
fn silence_on() -> RiskModel {
    super::tests::altered_in("2022.11", "model.toml", |t| {
        let mut on = t.to_string();
        for key in
            ["scores_as_the_worst_producer", "replaced_material_keeps_presumption", "unlisted_own_material_is_an_input"]
        {
            on = on.replace(&format!("\n{key} = false"), &format!("\n{key} = true"));
        }
        assert_ne!(on, t);
        on
    })
    .unwrap()
}

fn model_2022_10() -> RiskModel {
    RiskModel::named("2022.10").unwrap().unwrap()
}

const KINDS: [RiskKind; 2] = [RiskKind::ForcedLabour, RiskKind::ChildLabour];

fn dd(mut d: Declaration) -> Declaration {
    d.due_diligence = full_due_diligence();
    d
}

fn score(a: &Assessment, id: &str, kind: RiskKind) -> f64 {
    a.sites.iter().find(|s| s.site_id.as_str() == id).unwrap().risk.get(kind).score
}

fn overall(a: &Assessment, kind: RiskKind) -> f64 {
    a.overall.get(kind).score
}

/// The countries where ILAB lists `good`, for either kind, in ILAB's order.
fn listed_in(m: &RiskModel, good: &str) -> Vec<CountryCode> {
    let mut out = Vec::new();
    for l in m.tables.listings_anywhere(good) {
        if !out.contains(&l.country) {
            out.push(l.country);
        }
    }
    out
}

/// Every ILAB good, once, in the order of the list.
fn ilab_goods(m: &RiskModel) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for l in &m.tables.listings {
        if !out.contains(&l.good) {
            out.push(l.good.clone());
        }
    }
    out
}

/// Whether the site at `i` of `d` is read as making `good`.
fn makes(m: &RiskModel, d: &Declaration, i: usize, good: &str) -> bool {
    super::engine::site_readings(&m.tables, d).get(i).is_some_and(|(_, own, _)| own.iter().any(|g| g == good))
}

/// A buyer making `goods` in `at`, alone, and with a raw-material producer of `good` (its words `producer`) in `from`.
fn buyer_and_producer(goods: &str, at: &str, producer: &str, from: Option<&str>) -> Declaration {
    let mut sites = vec![site("B", Role::Manufacturing, goods, at, &[])];
    if let Some(c) = from {
        sites.push(site("P", Role::RawMaterial, producer, c, &["B"]));
    }
    declaration(sites)
}

/// The tester's finding: chocolate bars made in Canada with nothing declared upstream scored low (7.0 / 0.8) where
/// the same bars with a Côte d'Ivoire cocoa supplier declared scored 66.8 / 73.0: the model read the bars as cocoa
/// grown in Canada. From 2022.11 the cocoa is an input of unknown origin, held at its riskiest producer; the same for
/// goods of our own choosing grown, mined or fished elsewhere and made into goods in Canada, Germany and Japan.
#[test]
fn goods_grown_elsewhere_made_where_ilab_lists_none_never_score_below_their_producer_disclosed() {
    let (m, old) = (silence_on(), model_2022_10());
    let cases = [
        ("chocolate bars", "Cocoa", "cocoa beans", "CI"),
        ("chocolate bars", "Cocoa", "cocoa beans", "GH"),
        ("roasted coffee", "Coffee", "coffee", "CO"),
        ("canned tuna", "Tuna", "tuna", "TH"),
        ("refined gold", "Gold", "gold", "BF"),
        ("cigarettes of tobacco", "Tobacco", "tobacco", "MW"),
        ("frozen shrimp", "Shrimp", "shrimp", "TH"),
        ("cotton", "Cotton", "cotton", "BF"),
    ];
    let mut seen = 0;
    for (goods, good, producer, from) in cases {
        for at in ["CA", "DE", "JP"] {
            let silent = buyer_and_producer(goods, at, producer, None);
            let disclosed = buyer_and_producer(goods, at, producer, Some(from));
            if !makes(&m, &silent, 0, good) || !makes(&m, &disclosed, 1, good) {
                continue;
            }
            seen += 1;
            let (s, d) = (m.assess(&silent), m.assess(&disclosed));
            for kind in KINDS {
                assert!(
                    overall(&d, kind) <= overall(&s, kind),
                    "{goods} in {at}, {good} from {from}, {kind:?}: silent {} below disclosed {}",
                    overall(&s, kind),
                    overall(&d, kind)
                );
            }
            // The presumption is named: the good of unknown origin, and its riskiest producer.
            let child = &s.sites[0].risk.child_labour.factors;
            let f = child.iter().find(|f| f.code() == "presumed_producer").expect("presumed producer named");
            let (en, fr) = words(f);
            assert!(en.contains("is not disclosed") && en.contains("riskiest producer"), "{en}");
            assert!(fr.contains("n'est pas déclarée"), "{fr}");
            assert!(child.iter().any(|f| f.code() == "undisclosed_input"), "{goods} in {at}: {child:?}");
        }
    }
    assert!(seen >= 18, "{seen} cases read");
    // 2022.10 read the bars as cocoa grown in Canada.
    let (s, d) = (
        old.assess(&buyer_and_producer("chocolate bars", "CA", "cocoa beans", None)),
        old.assess(&buyer_and_producer("chocolate bars", "CA", "cocoa beans", Some("CI"))),
    );
    assert!(overall(&s, RiskKind::ChildLabour) < 25.0 && overall(&d, RiskKind::ChildLabour) > 70.0);
}

/// A supplier that names its cocoa's producer in a country ILAB assesses establishes its origin: the presumption
/// goes, the producer's own line stands in the declaration. A warehouse in between, or a producer in a country ILAB
/// does not assess, establishes nothing: the presumption stays. A manufactured good (bricks) is presumed brought in
/// only while the site names nothing upstream.
#[test]
fn the_presumption_of_a_good_brought_in_goes_only_with_a_disclosure_that_establishes_its_origin() {
    use Role::*;
    let m = silence_on();
    let child = RiskKind::ChildLabour;
    let bars = || site("B", Manufacturing, "chocolate bars", "CA", &[]);
    let silent = m.assess(&declaration(vec![bars()]));
    let farm = m.assess(&declaration(vec![bars(), site("P", RawMaterial, "cocoa beans", "GH", &["B"])]));
    assert!(score(&farm, "B", child) < score(&silent, "B", child));
    assert!(farm.sites[0].risk.child_labour.factors.iter().all(|f| f.code() != "presumed_producer"));
    let through = m.assess(&declaration(vec![
        bars(),
        site("W", Warehousing, "cocoa beans", "NL", &["B"]),
        site("P", RawMaterial, "cocoa beans", "GH", &["W"]),
    ]));
    assert!(score(&through, "B", child) <= score(&silent, "B", child));
    let sugar = m.assess(&declaration(vec![bars(), site("S", RawMaterial, "sugar beets", "CA", &["B"])]));
    assert_eq!(score(&sugar, "B", child), score(&silent, "B", child), "naming the sugar says nothing of the cocoa");
    // A manufactured good is what the site makes: bricks made in Canada are not presumed brought in (a presumption
    // that any disclosure upstream took away broke "declaring an input never lowers a score").
    let bricks = m.assess(&declaration(vec![site("B", Manufacturing, "bricks", "CA", &[])]));
    assert!(bricks.sites[0].risk.child_labour.factors.iter().all(|f| f.code() != "presumed_producer"));
}

/// Declaring one raw-material producer of `good` made into goods at the buyer, in any country where ILAB lists it,
/// never scores the declaration or the buyer's site above silence; and a producer where it is listed never scores the
/// declaration below one in Canada, where it is not. The buyer makes goods of `good` in each of `at`, with and
/// without due diligence. Returns how many producers were walked and what broke.
fn silence_against_a_producer(m: &RiskModel, goods: &[String], at: &[&str]) -> (usize, Vec<String>) {
    let mut broken = Vec::new();
    let mut walked = 0;
    for good in goods {
        let words = good.to_lowercase();
        let listed = listed_in(m, good);
        for at in at {
            if !makes(m, &buyer_and_producer(&words, at, &words, None), 0, good) {
                continue;
            }
            for diligent in [false, true] {
                let with_dd = |d: Declaration| if diligent { dd(d) } else { d };
                let silent = m.assess(&with_dd(buyer_and_producer(&words, at, &words, None)));
                let low = m.assess(&with_dd(buyer_and_producer(&words, at, &words, Some("CA"))));
                for c in &listed {
                    let d = with_dd(buyer_and_producer(&words, at, &words, Some(c.as_str())));
                    if !makes(m, &d, 1, good) {
                        continue;
                    }
                    walked += 1;
                    let a = m.assess(&d);
                    for kind in KINDS {
                        let say = format!("{good} made in {at}, a producer in {c:?}, dd {diligent}, {kind:?}");
                        let (s, x, l) = (overall(&silent, kind), overall(&a, kind), overall(&low, kind));
                        if x > s + 1e-9 {
                            broken.push(format!("{say}: silent {s}, disclosed {x}"));
                        }
                        if score(&a, "B", kind) > score(&silent, "B", kind) + 1e-9 {
                            broken.push(format!("{say}: the site above silence"));
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
}

/// Goods grown, mined or fished: every listing of ILAB's sectors other than Manufacturing.
fn grown_goods(m: &RiskModel) -> Vec<String> {
    ilab_goods(m).into_iter().filter(|g| m.tables.listings_anywhere(g).all(|l| !l.manufactured)).collect()
}

/// Over the data: every ILAB good grown, mined or fished, as the goods a site makes in Canada, Germany and Japan,
/// with and without due diligence, against one raw-material producer of it declared in each country ILAB lists it in:
/// silence is never below the disclosure, and a listed producer never below a Canadian one. 2022.10 breaks it.
#[test]
fn every_good_grown_elsewhere_made_in_canada_germany_or_japan_never_scores_silence_below_its_producer() {
    let on = silence_on();
    let (walked, broken) = silence_against_a_producer(&on, &grown_goods(&on), &["CA", "DE", "JP"]);
    assert!(walked >= 300, "{walked} producers walked");
    assert!(broken.is_empty(), "{} of them:\n{}", broken.len(), broken.join("\n"));
    let old = model_2022_10();
    assert!(!silence_against_a_producer(&old, &grown_goods(&old), &["CA"]).1.is_empty());
}

/// Over the data: every ILAB good declared as an input (its origin not disclosed) of the goods of every category, made
/// in Canada, Germany and Japan, never lowers the site's score nor the declaration's, for a kind it is listed for —
/// adding a high-risk input never lowers a score. 2022.10 with the riskiest producer on broke it where a declared
/// material replaced the category's own (work clothing declared of gold, 73 → 70.5).
#[test]
fn declaring_any_listed_input_never_lowers_a_score() {
    let check = |m: &RiskModel| {
        let t = &m.tables;
        let mut broken = Vec::new();
        let mut walked = 0;
        let buyers: Vec<String> = t
            .categories
            .iter()
            .filter_map(|c| c.keywords.iter().find(|k| m.classify(None, k).is_some_and(|x| x.code == c.code)))
            .cloned()
            .collect();
        // ILAB's rows that hold a list in brackets ("Beans (green, soy, yellow)") read, written whole, as the first
        // good of the list (green beans, listed nowhere): a known gap of the reading (see the 2022.11 card), left out.
        for good in ilab_goods(m).into_iter().filter(|g| !(g.contains('(') && g.contains(','))) {
            let words = good.to_lowercase();
            for goods in &buyers {
                for at in ["CA", "DE", "JP"] {
                    let silent = m.assess(&declaration(vec![site("B", Role::Manufacturing, goods, at, &[])]));
                    let d = declaration(vec![with_inputs(site("B", Role::Manufacturing, goods, at, &[]), &[&words])]);
                    let declared = m.assess(&d);
                    walked += 1;
                    for kind in KINDS.into_iter().filter(|k| t.listings_anywhere(&good).any(|l| l.is(*k))) {
                        let (s, x) = (overall(&silent, kind), overall(&declared, kind));
                        if x + 1e-9 < s {
                            broken.push(format!("{goods} in {at} declared of {good}, {kind:?}: {s} -> {x}"));
                        }
                    }
                }
            }
        }
        (walked, broken)
    };
    let (walked, broken) = check(&silence_on());
    assert!(walked >= 1000, "{walked}");
    assert!(broken.is_empty(), "{} of them:\n{}", broken.len(), broken.join("\n"));
}

/// The reported pair: work clothing whose cotton is presumed from its riskiest producer, then declared of gold (a
/// material the category does not presume, listed for both kinds): the cotton's producer stays in the presumption.
/// A material ILAB lists nowhere (polyester) still says what the goods are made of (2022.7).
#[test]
fn a_declared_listed_material_keeps_the_presumption_of_the_material_it_replaces() {
    let m = silence_on();
    let clothing = |inputs: &[&str]| {
        declaration(vec![with_inputs(site("W", Role::Manufacturing, "work clothing", "CA", &[]), inputs)])
    };
    let silent = m.assess(&clothing(&[]));
    for material in ["gold", "leather", "rubber"] {
        let declared = m.assess(&clothing(&[material]));
        for kind in KINDS {
            assert!(
                score(&declared, "W", kind) >= score(&silent, "W", kind),
                "{material} {kind:?}: {} -> {}",
                score(&silent, "W", kind),
                score(&declared, "W", kind)
            );
        }
    }
    // Polyester is listed nowhere: it takes the cotton's place, and the presumption of the clothing's other typical
    // inputs (textiles, thread) stands.
    let polyester = m.assess(&clothing(&["polyester"]));
    assert!(score(&polyester, "W", RiskKind::ChildLabour) <= score(&silent, "W", RiskKind::ChildLabour));
}

/// The national graph scores a site held at its presumed producer as the engine does: the points that hold it are
/// its own, never carried (91 in the graph against 76 in the declaration before: Malaysian gloves, a Singapore
/// compounder, a Malaysian rubber trader), whatever the chain.
#[test]
fn the_national_graph_counts_the_presumed_producer_as_the_engine_does() {
    use Role::*;
    let m = silence_on();
    let chains = [
        declaration(vec![
            site("G", Manufacturing, "nitrile gloves", "MY", &[]),
            with_inputs(site("L", Processing, "latex compound", "SG", &["G"]), &["natural rubber"]),
            site("T", Trading, "natural rubber", "MY", &["L"]),
        ]),
        declaration(vec![
            site("A", Manufacturing, "chocolate bars", "CA", &[]),
            site("W", Warehousing, "cocoa beans", "NL", &["A"]),
        ]),
        declaration(vec![
            site("A", Manufacturing, "work shirts", "CA", &[]),
            site("F", Manufacturing, "cotton fabric", "BD", &["A"]),
            site("T", Trading, "cotton yarn", "SG", &["F"]),
        ]),
        declaration(vec![
            site("A", Manufacturing, "safety boots", "DE", &[]),
            site("T", Trading, "leather", "CN", &["A"]),
        ]),
        declaration(vec![site("A", Manufacturing, "rope", "NO", &[]), site("T", Trading, "sisal", "JP", &["A"])]),
    ];
    for (n, d) in chains.iter().enumerate() {
        super::disclosure_tests::assert_graph_agrees(&m, d, &format!("chain {n}"));
    }
}

/// The declarations 2022.11 decides anew: goods grown elsewhere made in Canada, alone and with their producer; the
/// sites held at their input's riskiest producer; a declared material; the chain the national graph scored apart.
pub(super) fn cases_2022_11_chain() -> Vec<(&'static str, Declaration)> {
    use Role::*;
    let one = |goods: &str, at: &str| declaration(vec![site("B", Manufacturing, goods, at, &[])]);
    let with = |goods: &str, at: &str, producer: &str, from: &str| {
        declaration(vec![site("B", Manufacturing, goods, at, &[]), site("P", RawMaterial, producer, from, &["B"])])
    };
    vec![
        ("chocolate bars, Canada", one("chocolate bars", "CA")),
        ("chocolate bars, Canada, a cocoa farm in Côte d'Ivoire", with("chocolate bars", "CA", "cocoa beans", "CI")),
        ("chocolate bars, Germany", one("chocolate bars", "DE")),
        ("shrimp, Canada", one("shrimp", "CA")),
        ("coffee, Canada", one("coffee", "CA")),
        ("tuna, Canada", one("tuna", "CA")),
        ("refined gold, Canada", one("refined gold", "CA")),
        ("gold bars, Canada", one("gold bars", "CA")),
        ("cotton, Canada", one("cotton", "CA")),
        ("cotton towels, Canada", one("cotton towels", "CA")),
        ("tobacco, Canada", one("tobacco", "CA")),
        ("bricks, Canada", one("bricks", "CA")),
        ("polysilicon, Canada", one("polysilicon", "CA")),
        ("safety boots, Canada", one("safety boots", "CA")),
        ("safety boots, Canada, a leather tannery in Pakistan", with("safety boots", "CA", "leather", "PK")),
        ("garments, Canada", one("garments", "CA")),
        ("rope, Norway", declaration(vec![with_inputs(site("B", Manufacturing, "rope", "NO", &[]), &["sisal fibre"])])),
        ("office desks, Canada, full due diligence", dd(one("office desks", "CA"))),
        ("nitrile gloves, Malaysia, full due diligence", dd(one("nitrile gloves", "MY"))),
        (
            "work clothing, Canada, declared of gold",
            declaration(vec![with_inputs(site("B", Manufacturing, "work clothing", "CA", &[]), &["gold"])]),
        ),
        (
            "nitrile gloves, Malaysia, a Singapore compounder, a Malaysian rubber trader",
            declaration(vec![
                site("B", Manufacturing, "nitrile gloves", "MY", &[]),
                with_inputs(site("L", Processing, "latex compound", "SG", &["B"]), &["natural rubber"]),
                site("T", Trading, "natural rubber", "MY", &["L"]),
            ]),
        ),
    ]
}

/// `cases_2022_11_chain` scored by 2022.10 as it shipped (overall forced, child): the card's "before".
const CASES_2022_11_IN_2022_10: [(f64, f64); 21] = [
    (7.0, 0.8),
    (66.8, 73.0),
    (8.8, 0.8),
    (7.0, 0.8),
    (7.0, 0.8),
    (7.0, 0.8),
    (7.0, 0.8),
    (58.0, 51.8),
    (7.0, 0.8),
    (58.0, 51.8),
    (7.0, 0.8),
    (7.0, 0.8),
    (7.0, 0.8),
    (58.0, 51.8),
    (58.0, 70.9),
    (58.0, 51.8),
    (59.8, 51.8),
    (42.3, 37.8),
    (73.0, 46.8),
    (58.0, 51.8),
    (100.0, 64.1),
];

/// `cases_2022_11_chain` scored by 2022.11 with the rules of `[silence]` on (overall forced, child): the card's
/// "after".
const CASES_2022_11_SILENCE_ON: [(f64, f64); 21] = [
    (67.3, 76.0),
    (66.8, 73.0),
    (67.3, 76.0),
    (73.0, 74.6),
    (70.0, 80.0),
    (73.0, 76.8),
    (70.5, 80.0),
    (70.5, 80.0),
    (73.0, 80.0),
    (73.0, 80.0),
    (66.3, 80.0),
    (7.0, 0.8),
    (7.0, 0.8),
    (73.0, 76.0),
    (73.0, 76.0),
    (73.0, 80.0),
    (73.0, 80.0),
    (51.5, 53.9),
    (73.0, 55.5),
    (73.0, 80.0),
    (100.0, 76.0),
];

/// The figures of the 2022.11 card's change log: before (2022.10 as shipped, and 2022.11 as shipped, its rules off)
/// and with the rules of `[silence]` on.
#[test]
fn model_2022_11_scores_its_chain_cases_as_its_card_says() {
    assert_eq!(model().tables.version, "2022.11");
    assert_cases(&model_2022_10(), cases_2022_11_chain(), &CASES_2022_11_IN_2022_10);
    assert_cases(&model(), cases_2022_11_chain(), &CASES_2022_11_IN_2022_10);
    assert_cases(&silence_on(), cases_2022_11_chain(), &CASES_2022_11_SILENCE_ON);
}

/// The model's check refuses the rules of `[silence]` without what they need.
#[test]
fn the_rules_of_silence_need_the_presumptions_they_hold_to() {
    use super::ModelProblem;
    let m = super::tests::altered("model.toml", |t| {
        t.replace("undisclosed_presumed_worst = true", "")
            .replace("\nscores_as_the_worst_producer = false", "\nscores_as_the_worst_producer = true")
            .replace("\nunlisted_own_material_is_an_input = false", "\nunlisted_own_material_is_an_input = true")
    })
    .unwrap();
    let problems = m.check();
    for key in ["silence_scores_as_the_worst_producer", "silence.unlisted_own_material_is_an_input"] {
        assert!(
            problems.iter().any(|p| matches!(p, ModelProblem::ReadingKeyWithoutData { key: k, .. } if *k == key)),
            "{key}: {problems:?}"
        );
    }
}
