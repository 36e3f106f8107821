use proptest::prelude::*;

use super::identity::{fp, fp_of};
use super::*;
use crate::domain::{RiskKind, Role};

fn rec(name: &str, address: &str, country: &str, own: f32, to: &[u32]) -> SiteRecord {
    SiteRecord {
        site_ref: name.chars().filter(char::is_ascii_alphanumeric).take(12).collect(),
        name: name.into(),
        operator: None,
        operator_business_number: None,
        address: address.into(),
        city: "Dhaka".into(),
        region: None,
        country: CountryCode::parse(country).unwrap(),
        os_id: None,
        role: Role::Manufacturing,
        goods: "garments".into(),
        category: Some("clothing".into()),
        bases: [
            Base { own, input: 0.0, own_carried: own },
            Base { own: own / 2.0, input: 0.0, own_carried: own / 2.0 },
        ],
        supplies_to: to.to_vec(),
    }
}

fn decl(id: i64, supplier: i64, sites: Vec<SiteRecord>) -> DeclarationInput {
    DeclarationInput {
        meta: DeclarationMeta {
            id,
            supplier_id: supplier,
            supplier_name: format!("Supplier {supplier}"),
            business_number: None,
            solicitation_number: Some("W0113-250001/A".into()),
        },
        sites,
    }
}

fn score_of(g: &SupplyGraph, d: i64, site: usize) -> [f32; 2] {
    g.score(g.node_of(d, site).unwrap())
}

#[test]
fn the_same_factory_declared_by_two_suppliers_is_one_facility() {
    let mut g = SupplyGraph::new(0.85);
    g.add_declaration(decl(
        1,
        10,
        vec![
            rec("Acme Ltd", "12 Mill Road", "CA", 5.0, &[]),
            rec("Dhaka Knit Ltd.", "Plot 7, Industrial Zone", "BD", 40.0, &[0]),
        ],
    ));
    g.add_declaration(decl(
        2,
        20,
        vec![
            rec("Beta Inc", "3 Rue du Port", "CA", 5.0, &[]),
            rec("DHAKA KNIT", "plot 7 industrial zone", "BD", 40.0, &[0]),
        ],
    ));
    assert_eq!(g.facility_count(), 3);
    assert_eq!(g.node_of(1, 1), g.node_of(2, 1));
    let shared = g.concentration(10);
    assert_eq!(shared.len(), 1);
    assert_eq!(shared[0].suppliers, 2);
}

#[test]
fn identifiers_win_over_names_and_conflicting_identifiers_never_merge() {
    let mut a = rec("Knit One", "1 A St", "BD", 10.0, &[]);
    a.os_id = Some("BD2021123ABC".into());
    let mut b = rec("Completely Other Name", "99 Elsewhere", "BD", 10.0, &[]);
    b.os_id = Some("bd2021123abc".into());
    let mut c = rec("Knit One", "1 A Street", "BD", 10.0, &[]);
    c.os_id = Some("BD9999999XYZ".into());
    let mut g = SupplyGraph::new(0.85);
    g.add_declaration(decl(1, 1, vec![a]));
    g.add_declaration(decl(2, 2, vec![b]));
    g.add_declaration(decl(3, 3, vec![c]));
    assert_eq!(g.node_of(1, 0), g.node_of(2, 0), "same OS ID, different words: one facility");
    assert_ne!(g.node_of(1, 0), g.node_of(3, 0), "same words, different OS IDs: two facilities");
}

#[test]
fn an_operator_business_number_and_address_identify_a_site() {
    let mut a = rec("Entrepôt Montréal", "2250 rue Notre-Dame Ouest", "CA", 1.0, &[]);
    a.operator_business_number = Some("842310575RT0001".into());
    let mut b = rec("Montreal warehouse", "2250 rue Notre-Dame Ouest", "CA", 1.0, &[]);
    b.operator_business_number = Some("842310575".into());
    let mut g = SupplyGraph::new(0.85);
    g.add_declaration(decl(1, 1, vec![a]));
    g.add_declaration(decl(2, 2, vec![b]));
    assert_eq!(g.node_of(1, 0), g.node_of(2, 0));
}

#[test]
fn uncertain_matches_are_proposed_and_the_decision_is_remembered() {
    let mut g = SupplyGraph::new(0.85);
    g.add_declaration(decl(1, 1, vec![rec("Sunrise Spinning", "KM 12 Dhaka Road", "BD", 30.0, &[])]));
    g.add_declaration(decl(2, 2, vec![rec("Sunrise Spinning Mills Unit 2", "KM 12 Dhaka Road", "BD", 20.0, &[])]));
    let p = g.proposals(10);
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].reason, "same_address");
    assert!(g.is_proposal(&p[0].a.key, &p[0].b.key) && g.is_proposal(&p[0].b.key, &p[0].a.key));
    assert!(!g.is_proposal(&p[0].a.key, &p[0].a.key) && !g.is_proposal(&p[0].a.key, "na:BD:nowhere:0"));
    // "Different": never proposed again, even when the declarations come back.
    let mut h = SupplyGraph::new(0.85);
    h.decide(&MatchDecision { key_a: p[0].a.key.clone(), key_b: p[0].b.key.clone(), same: false });
    h.add_declaration(decl(1, 1, vec![rec("Sunrise Spinning", "KM 12 Dhaka Road", "BD", 30.0, &[])]));
    h.add_declaration(decl(2, 2, vec![rec("Sunrise Spinning Mills Unit 2", "KM 12 Dhaka Road", "BD", 20.0, &[])]));
    assert!(h.proposals(10).is_empty());
    assert!(!h.is_proposal(&p[0].a.key, &p[0].b.key));
    // "Same": merged now, and a later arrival of either key lands on the one facility.
    g.decide(&MatchDecision { key_a: p[0].a.key.clone(), key_b: p[0].b.key.clone(), same: true });
    assert_eq!(g.facility_count(), 1);
    assert!(g.proposals(10).is_empty());
    assert_eq!(g.find(&p[0].b.id), g.find(&p[0].a.id), "the merged id still answers");
    g.remove_declaration(1);
    g.remove_declaration(2);
    g.add_declaration(decl(2, 2, vec![rec("Sunrise Spinning Mills Unit 2", "KM 12 Dhaka Road", "BD", 20.0, &[])]));
    g.add_declaration(decl(3, 3, vec![rec("Sunrise Spinning", "KM 12 Dhaka Road", "BD", 30.0, &[])]));
    assert_eq!(g.facility_count(), 1);
}

#[test]
fn risk_declared_by_one_supplier_reaches_another_through_a_shared_site() {
    let mut g = SupplyGraph::new(0.85);
    // Supplier 1 declares the knitting mill with no supplier; supplier 2 declares the same mill fed by a cotton gin.
    g.add_declaration(decl(
        1,
        1,
        vec![rec("Hub", "1 Port St", "CA", 0.0, &[]), rec("Knit", "7 Mill Rd", "BD", 10.0, &[0])],
    ));
    let before = score_of(&g, 1, 0);
    g.add_declaration(decl(
        2,
        2,
        vec![
            rec("Other hub", "2 Port St", "CA", 0.0, &[]),
            rec("Knit", "7 Mill Road", "BD", 10.0, &[0]),
            rec("Gin", "Field 3", "UZ", 80.0, &[1]),
        ],
    ));
    let after = score_of(&g, 1, 0);
    assert!(after[0] > before[0], "{after:?} > {before:?}");
    // 10 + 0.85 × 80 = 78 at the mill; 0.85 × 78 = 66.3 at the hub.
    assert!((score_of(&g, 1, 1)[0] - 78.0).abs() < 0.05);
    assert!((after[0] - 66.3).abs() < 0.05);
    let gaps = g.disclosure_gaps(10);
    assert_eq!(gaps.len(), 1);
    assert_eq!(gaps[0].declaration.id, 1);
    assert_eq!(gaps[0].known_suppliers, 1);
    // The gin reaches both declarations; supplier 2 declared it, supplier 1 did not.
    let gin = g.node_of(2, 2).unwrap();
    let exposure = g.exposure(gin);
    assert_eq!(exposure.len(), 2);
    assert!(exposure[0].declared_directly && exposure[0].declaration.id == 2);
    assert!(!exposure[1].declared_directly && exposure[1].declaration.id == 1);
    assert_eq!(exposure[1].path.len(), 3, "gin → knit → hub");
    // Superseding the second declaration takes the gin out and the score back.
    g.remove_declaration(2);
    assert_eq!(score_of(&g, 1, 0), before);
    assert_eq!(g.facility_count(), 2);
}

#[test]
fn a_loop_made_by_two_declarations_is_found_and_scores_settle() {
    let mut g = SupplyGraph::new(0.85);
    g.add_declaration(decl(1, 1, vec![rec("A", "1 A St", "CN", 30.0, &[1]), rec("B", "1 B St", "CN", 10.0, &[])]));
    g.add_declaration(decl(2, 2, vec![rec("B", "1 B St", "CN", 10.0, &[1]), rec("A", "1 A St", "CN", 30.0, &[])]));
    let cycles = g.cycles(10);
    assert_eq!(cycles.len(), 1);
    assert!(cycles[0].only_across_declarations);
    // Fixed point: a = 30 + 0.85 b, b = 10 + 0.85 a → capped at 100 as the loop feeds itself.
    let incremental = [score_of(&g, 1, 0), score_of(&g, 1, 1)];
    assert_eq!(incremental[0][0], 100.0);
    assert!((incremental[1][0] - 95.0).abs() < 0.05);
    // Child labour: a = 15 + 0.85 b, b = 5 + 0.85 a → a ≈ 69.37, b ≈ 63.96 (to within the convergence tolerance).
    assert!((incremental[0][1] - 69.37).abs() < 0.1 && (incremental[1][1] - 63.96).abs() < 0.1, "{incremental:?}");
    g.rescore_all();
    for (i, before) in incremental.iter().enumerate() {
        let after = score_of(&g, 1, i);
        assert!((after[0] - before[0]).abs() <= 0.1 && (after[1] - before[1]).abs() <= 0.1, "{after:?} vs {before:?}");
    }
}

#[test]
fn exports_name_every_facility() {
    let mut g = SupplyGraph::new(0.85);
    g.add_declaration(decl(
        1,
        1,
        vec![rec("Hub & Co <main>", "1 Port St", "CA", 0.0, &[]), rec("Knit", "7 Mill Rd", "BD", 10.0, &[0])],
    ));
    let dot = g.to_dot();
    assert!(dot.starts_with("digraph"), "{dot}");
    assert!(dot.contains("label = \"Knit (BD)"), "labels are quoted once: {dot}");
    assert!(!dot.contains("\\\""), "{dot}");
    let xml = g.to_graphml();
    assert!(xml.contains("<graphml"));
    assert!(xml.contains("Hub &amp; Co &lt;main&gt;"), "{xml}");
    assert_eq!(xml.matches("<edge ").count(), 1);
}

#[test]
fn scores_of_a_lone_declaration_are_the_engines_before_mitigation() {
    let model = crate::scoring::RiskModel::embedded().unwrap();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/supplier_data/demo");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for (i, path) in files.iter().enumerate() {
        let bytes = std::fs::read(path).unwrap();
        let parsed = crate::import::read_declaration("d.json", &bytes, &crate::import::Limits::default()).unwrap();
        let assessment = model.assess(&parsed.declaration);
        let meta = DeclarationMeta {
            id: i as i64,
            supplier_id: i as i64,
            supplier_name: "s".into(),
            business_number: None,
            solicitation_number: None,
        };
        let mut g = SupplyGraph::new(model.tier_decay());
        g.add_declaration(DeclarationInput::new(meta, &parsed.declaration, &assessment));
        for (j, site) in assessment.sites.iter().enumerate() {
            let Some(n) = g.node_of(i as i64, j) else { continue };
            if g.facility(n).unwrap().occurrences.len() > 1 {
                continue; // two rows of one declaration describing one facility
            }
            for (k, score) in [&site.risk.forced_labour, &site.risk.child_labour].into_iter().enumerate() {
                let raw = score.before_due_diligence();
                let national = g.score(n)[k] as f64;
                assert!((national - raw).abs() <= 0.25, "{}: site {j} kind {k}: {national} vs {raw}", path.display());
            }
        }
    }
}

/// (supplier, sites as (facility number, own points, links to other sites of the declaration)).
type Portfolio = Vec<(usize, Vec<(u8, f32, Vec<u32>)>)>;

fn arbitrary_portfolio() -> impl Strategy<Value = Portfolio> {
    // Declarations of 1–6 sites drawn from a pool of 12 facilities, links to earlier sites (and sometimes later:
    // loops).
    prop::collection::vec(
        (0usize..4, prop::collection::vec((0u8..12, 0f32..60.0, prop::collection::vec(0u32..6, 0..3)), 1..7)),
        1..8,
    )
}

fn build(decls: &Portfolio) -> Vec<DeclarationInput> {
    decls
        .iter()
        .enumerate()
        .map(|(d, (supplier, sites))| {
            let n = sites.len() as u32;
            decl(
                d as i64,
                *supplier as i64,
                sites
                    .iter()
                    .enumerate()
                    .map(|(i, (fac, own, to))| {
                        let to: Vec<u32> = to.iter().map(|t| t % n).filter(|t| *t != i as u32).collect();
                        rec(&format!("Facility {fac}"), &format!("{fac} Main St"), "BD", *own, &to)
                    })
                    .collect(),
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn incremental_updates_agree_with_a_full_rescore(decls in arbitrary_portfolio(), remove in prop::collection::vec(0usize..8, 0..3)) {
        let inputs = build(&decls);
        let mut incremental = SupplyGraph::new(0.85);
        for d in inputs.iter().cloned() {
            incremental.add_declaration(d);
        }
        for r in &remove {
            incremental.remove_declaration(*r as i64);
        }
        let mut full = SupplyGraph::new(0.85);
        full.extend(inputs.into_iter().filter(|d| !remove.contains(&(d.meta.id as usize))).collect());
        prop_assert_eq!(incremental.facility_count(), full.facility_count());
        prop_assert_eq!(incremental.link_count(), full.link_count());
        for id in full.declarations.keys() {
            let e = &full.declarations[id];
            for i in 0..e.nodes.len() {
                let a = incremental.score(incremental.node_of(*id, i).unwrap());
                let b = full.score(full.node_of(*id, i).unwrap());
                prop_assert!((a[0] - b[0]).abs() <= 0.2 && (a[1] - b[1]).abs() <= 0.2, "{:?} vs {:?}", a, b);
                prop_assert!(a[0] >= 0.0 && a[0] <= 100.0);
            }
        }
    }
}

#[test]
fn a_public_id_is_the_first_eight_bytes_of_the_sha256_of_the_primary_key() {
    use sha2::{Digest, Sha256};
    for key in ["na:BD:dhaka knit:plot 7 industrial zone", "os:CN2019123ABCDEF", ""] {
        let expected = hex::encode(&Sha256::digest(key.as_bytes())[..8]);
        assert_eq!(public_id(key), expected);
    }
}

#[test]
fn a_key_fingerprinted_in_parts_is_the_key_fingerprinted_whole() {
    let parts = ["na:", "BD", ":", "dhaka knit", ":", "plot 7 industrial zone"];
    assert_eq!(fp_of(&parts), fp(&parts.concat()));
    let long = "x".repeat(1000);
    assert_eq!(fp_of(&["ad:", &long, ":", "y"]), fp(&format!("ad:{long}:y")));
}

mod unicode {
    use proptest::prelude::*;

    use super::{decl, rec};
    use crate::domain::arbitrary_text::{any_length_text, marks, text, with_marks};
    use crate::domain::legal_form::is_legal_form_word;
    use crate::graph::national::identity::{STREET_WORDS, business_number_digits};
    use crate::graph::national::*;

    /// What a normalised name or address must be: single-spaced words, unchanged by normalising again.
    fn assert_normalised(input: &str, out: &str, again: impl Fn(&str) -> String) {
        assert!(!out.starts_with(' ') && !out.ends_with(' ') && !out.contains("  "), "{input:?} → {out:?}");
        assert!(out.chars().all(|c| c == ' ' || c.is_alphanumeric()), "{input:?} → {out:?}");
        assert_eq!(again(out), out, "normalising is idempotent: {input:?}");
    }

    fn assert_name_and_address_normalised(s: &str) {
        let name = normalise_name(s);
        assert_normalised(s, &name, normalise_name);
        assert!(name.split(' ').all(|w| !is_legal_form_word(w)), "{s:?} → {name:?}");
        let address = normalise_address(s);
        assert_normalised(s, &address, normalise_address);
        assert!(address.split(' ').all(|w| STREET_WORDS.iter().all(|(long, _)| *long != w)), "{s:?} → {address:?}");
    }

    /// One site's texts: name, address, city, OS ID and operator business number.
    fn site_texts() -> impl Strategy<Value = (String, String, String, Option<String>, Option<String>)> {
        (text(), text(), text(), proptest::option::of(text()), proptest::option::of(text()))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn names_and_addresses_of_any_text_normalise_to_single_spaced_words(s in any_length_text()) {
            assert_name_and_address_normalised(&s);
        }

        #[test]
        fn combining_marks_never_change_a_normalised_name_or_address(s in text(), marks in marks()) {
            let marked = with_marks(&s, &marks);
            prop_assert_eq!(normalise_name(&marked), normalise_name(&s));
            prop_assert_eq!(normalise_address(&marked), normalise_address(&s));
        }

        #[test]
        fn operator_business_numbers_of_any_text_key_as_nine_ascii_digits(s in text()) {
            if let Some(digits) = business_number_digits(&s) {
                prop_assert_eq!(digits.len(), 9);
                prop_assert!(digits.bytes().all(|b| b.is_ascii_digit()));
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn facilities_with_any_texts_are_keyed_searched_and_exported(
            sites in proptest::collection::vec(site_texts(), 1..6),
            query in text(),
        ) {
            let records: Vec<SiteRecord> = sites
                .iter()
                .enumerate()
                .map(|(i, (name, address, city, os_id, operator_bn))| {
                    let mut r = rec(name, address, "BD", 10.0 * i as f32, if i == 0 { &[] } else { &[0] });
                    r.city = city.clone();
                    r.os_id = os_id.clone();
                    r.operator_business_number = operator_bn.clone();
                    r
                })
                .collect();
            let mut g = SupplyGraph::new(0.85);
            g.add_declaration(decl(1, 1, records.clone()));
            g.add_declaration(decl(2, 2, records.clone()));
            for i in 0..records.len() {
                prop_assert_eq!(g.node_of(1, i), g.node_of(2, i), "the same texts are the same facility");
                let n = g.node_of(1, i).unwrap();
                let f = g.facility(n).unwrap();
                prop_assert_eq!(g.find(&f.id()), Some(n));
                prop_assert!(g.summary(n).is_some());
                prop_assert!(g.exposure(n).iter().all(|e| !e.path.is_empty()));
            }
            let _ = g.search(&query, 10);
            for (name, ..) in &sites {
                let _ = g.search(name, 10);
            }
            let _ = g.proposals(10);
            let _ = g.cycles(10);
            let _ = g.disclosure_gaps(10);
            prop_assert!(!g.to_dot().is_empty());
            prop_assert!(!g.to_graphml().is_empty());
            g.rescore_all();
            g.remove_declaration(1);
            g.remove_declaration(2);
            prop_assert_eq!(g.facility_count(), 0);
        }
    }
}

#[test]
fn facilities_are_found_by_country_in_either_language_city_and_business_number() {
    let mut kl = rec("Sunrise Glove Sdn Bhd", "Lot 12, Jalan Industri", "MY", 60.0, &[]);
    kl.city = "Klang".into();
    kl.operator_business_number = Some("123456782RT0001".into());
    let mut ci = rec("Ivory Cocoa Co-op", "Route de Soubré", "CI", 30.0, &[]);
    ci.city = "Daloa".into();
    let dhaka = rec("Dhaka Knit Ltd.", "Plot 7", "BD", 40.0, &[]);
    let mut g = SupplyGraph::new(0.85);
    g.add_declaration(decl(1, 1, vec![kl, ci, dhaka]));
    let names = |q: &str| g.search(q, 10).into_iter().map(|f| f.name).collect::<Vec<_>>();
    for q in ["Malaysia", "malaisie", "MYS", "MY", "Klang", "123456782", "123456782RT0001", "glove malaysia"] {
        assert_eq!(names(q), ["Sunrise Glove Sdn Bhd"], "query {q:?}");
    }
    for q in ["Côte d'Ivoire", "cote d ivoire", "Ivory Coast", "CIV", "daloa"] {
        assert_eq!(names(q), ["Ivory Cocoa Co-op"], "query {q:?}");
    }
    assert!(names("Malaysia Dhaka").is_empty(), "every word must be found");
    let (hits, total) = g.search_counted("Ltd", 0);
    assert!(hits.is_empty());
    assert_eq!(total, 1, "the count does not depend on the limit");
}

#[test]
fn facilities_are_found_by_their_region_in_either_language() {
    let in_region = |name: &str, country: &str, city: &str, region: &str| {
        let mut r = rec(name, "1 Main Road", country, 30.0, &[]);
        r.city = city.into();
        r.region = Some(region.into());
        r
    };
    let mut g = SupplyGraph::new(0.85);
    g.add_declaration(decl(
        1,
        1,
        vec![
            in_region("Aksu Cotton Gin", "CN", "Aksu", "Xinjiang"),
            in_region("Pearl River Knit", "CN", "Dongguan", "Guangdong"),
            in_region("Maple Leaf Parts", "CA", "Windsor", "Ontario"),
            in_region("Fraser Timber", "CA", "Surrey", "British Columbia"),
            in_region("Cedar Mill", "CA", "Kelowna", "Colombie-Britannique"),
            in_region("Bavaria Gears", "DE", "Ingolstadt", "Bavière"),
            in_region("Peach Textiles", "US", "Dalton", "Georgia"),
            // Regions written by their English or French names (exonyms), not the local one.
            in_region("Isar Castings", "DE", "Landshut", "Bavaria"),
            in_region("Weser Looms", "DE", "Hameln", "Lower Saxony"),
            in_region("Ruhr Wire", "DE", "Essen", "Rhénanie-du-Nord-Westphalie"),
            in_region("Danube Valves", "AT", "Krems", "Lower Austria"),
        ],
    ));
    let names = |q: &str| {
        let mut n = g.search(q, 10).into_iter().map(|f| f.name).collect::<Vec<_>>();
        n.sort();
        n
    };
    for q in ["Xinjiang", "xinjiang", "XINJIANG aksu"] {
        assert_eq!(names(q), ["Aksu Cotton Gin"], "query {q:?}");
    }
    assert_eq!(names("Guangdong"), ["Pearl River Knit"]);
    assert_eq!(names("guangdong china"), ["Pearl River Knit"]);
    assert_eq!(names("Ontario"), ["Maple Leaf Parts"]);
    // Declared in English or in French, found by either name.
    for q in ["British Columbia", "Colombie-Britannique", "colombie britannique", "Columbia canada"] {
        assert_eq!(names(q), ["Cedar Mill", "Fraser Timber"], "query {q:?}");
    }
    // "Bavaria Gears" by its name as well as its region; the others by their region, whichever name it is written by.
    for q in ["Bavière", "Bayern", "baviere"] {
        assert_eq!(names(q), ["Bavaria Gears", "Isar Castings"], "query {q:?}");
    }
    assert_eq!(names("Bavaria"), ["Bavaria Gears", "Isar Castings"]);
    for q in ["Niedersachsen", "Basse-Saxe", "Lower Saxony"] {
        assert_eq!(names(q), ["Weser Looms"], "query {q:?}");
    }
    for q in ["Nordrhein-Westfalen", "North Rhine-Westphalia", "Rhénanie du Nord-Westfalie"] {
        assert_eq!(names(q), ["Ruhr Wire"], "query {q:?}");
    }
    for q in ["Niederösterreich", "Basse-Autriche", "lower austria"] {
        assert_eq!(names(q), ["Danube Valves"], "query {q:?}");
    }
    // The state of Georgia, in French, is not the country Georgia (Géorgie names the country when it is the whole
    // query, so the state is found with its country).
    assert_eq!(names("Géorgie États-Unis"), ["Peach Textiles"]);
    assert_eq!(names("Georgia"), ["Peach Textiles"]);
    assert!(names("Ontario Guangdong").is_empty(), "every word must be found");
    // The region is shown with the facility.
    let found = g.search("Ontario", 1);
    assert_eq!(found.first().and_then(|f| f.region.as_deref()), Some("Ontario"));
}

/// Issue 17 (M3): a region or city of China written in one script or spelling is found by its names in the others —
/// 新疆 finds "Xinjiang" and "Xinjiang" finds 新疆, traditional characters, Uyghur's Arabic script and Cyrillic, the
/// older romanisations, a city's province — from the one places table; a name of another province is not.
#[test]
fn a_region_of_china_written_in_one_script_is_found_by_its_names_in_the_others() {
    let in_region = |name: &str, city: &str, region: Option<&str>| {
        let mut r = rec(name, "1 Main Road", "CN", 30.0, &[]);
        r.city = city.into();
        r.region = region.map(str::to_string);
        r
    };
    let mut g = SupplyGraph::new(0.85);
    g.add_declaration(decl(
        1,
        1,
        vec![
            in_region("Aksu Cotton Gin", "Aksu", Some("Xinjiang")),
            in_region("Tianshan Yarn", "乌鲁木齐", Some("新疆维吾尔自治区")),
            in_region("Kashgar Carpets", "Kashgar", None),
            in_region("Pearl River Knit", "Dongguan", Some("Guangdong")),
            in_region("Bund Trading", "Shanghai", Some("上海")),
        ],
    ));
    let names = |q: &str| {
        let mut n = g.search(q, 10).into_iter().map(|f| f.name).collect::<Vec<_>>();
        n.sort();
        n
    };
    let xinjiang = ["Aksu Cotton Gin", "Kashgar Carpets", "Tianshan Yarn"];
    for q in ["新疆", "Xinjiang", "新疆維吾爾自治區", "Sinkiang", "شىنجاڭ", "Шинҗаң", "XUAR"] {
        assert_eq!(names(q), xinjiang, "query {q:?}");
    }
    for q in ["Urumqi", "Ürümqi", "烏魯木齊", "wulumuqi"] {
        assert_eq!(names(q), ["Tianshan Yarn"], "query {q:?}");
    }
    for q in ["喀什", "Kaxgar", "Kachgar"] {
        assert_eq!(names(q), ["Kashgar Carpets"], "query {q:?}");
    }
    assert_eq!(names("Kwangtung"), ["Pearl River Knit"]);
    assert!(names("新疆 Dongguan").is_empty(), "every word must be found");
    assert!(names("Hebei").is_empty());
}

/// Issue 15: the graph's search reads the places table as the risk model of 2022.13 does — a Russian name, a place
/// written in letters of another alphabet drawn like Latin ones, an acronym written with points or spaces — in the
/// query and in the facilities' region and city alike; near strings find nothing.
#[test]
fn a_place_in_russian_in_look_alike_letters_or_by_initials_is_found_by_its_other_names() {
    let in_region = |name: &str, city: &str, region: Option<&str>| {
        let mut r = rec(name, "1 Main Road", "CN", 30.0, &[]);
        r.city = city.into();
        r.region = region.map(str::to_string);
        r
    };
    let mut g = SupplyGraph::new(0.85);
    g.add_declaration(decl(
        1,
        1,
        vec![
            in_region("Jade River Silk", "ΗΟΤΑΝ", None),
            in_region("Steppe Leather", "Кульджа", Some("Синьцзян")),
            in_region("Melon Farm", "City", Some("X.J.")),
            in_region("Pearl River Knit", "Dongguan", Some("Guangdong")),
        ],
    ));
    let names = |q: &str| {
        let mut n = g.search(q, 10).into_iter().map(|f| f.name).collect::<Vec<_>>();
        n.sort();
        n
    };
    let xinjiang = ["Jade River Silk", "Melon Farm", "Steppe Leather"];
    for q in ["Xinjiang", "新疆", "Синьцзян", "X.J.", "X U A R", "ꓫꓲꓠꓙꓲꓮꓠꓖ"] {
        assert_eq!(names(q), xinjiang, "query {q:?}");
    }
    for q in ["Hotan", "和田", "ΗΟΤΑΝ", "Khotan"] {
        assert_eq!(names(q), ["Jade River Silk"], "query {q:?}");
    }
    for q in ["Yining", "Ghulja", "Кульджа", "Инин", "伊宁"] {
        assert_eq!(names(q), ["Steppe Leather"], "query {q:?}");
    }
    for q in ["НОТАН", "МОСКВА", "X.Z.", "Jinjiang", "Hoi An"] {
        assert!(names(q).is_empty(), "query {q:?}: {:?}", names(q));
    }
}

/// Issue 17 (L9): an operator's business number typed with a CRA program account (`123456782RT0001`, in one word or
/// spaced) finds the operator whose business number is the 9 digits; two letters that are no CRA program, or a
/// reference of another length, are not read as one.
#[test]
fn a_business_number_typed_with_its_program_account_finds_the_operator() {
    let mut plain = rec("Sunrise Glove Sdn Bhd", "Lot 12, Jalan Industri", "MY", 60.0, &[]);
    plain.operator_business_number = Some("123456782".into());
    let mut other = rec("Maple Parts", "1 Main Road", "CA", 10.0, &[]);
    other.operator_business_number = Some("842310575".into());
    let mut g = SupplyGraph::new(0.85);
    g.add_declaration(decl(1, 1, vec![plain, other]));
    let names = |q: &str| g.search(q, 10).into_iter().map(|f| f.name).collect::<Vec<_>>();
    for q in [
        "123456782RT0001",
        "123456782rp0002",
        "123456782 RT0001",
        "123456782 RT 0001",
        "123456782-RC-0001",
        "glove 123456782RM0001",
    ] {
        assert_eq!(names(q), ["Sunrise Glove Sdn Bhd"], "query {q:?}");
    }
    assert_eq!(names("842310575RT0001"), ["Maple Parts"]);
    for q in ["123456782XX0001", "123456782RT001", "123456782RT00011"] {
        assert!(names(q).is_empty(), "query {q:?}: {:?}", names(q));
    }
}

/// A small portfolio with shared facilities, a loop, a proposal and an officer's decision: what snapshot tests write.
pub(super) fn portfolio() -> SupplyGraph {
    let mut g = SupplyGraph::new(0.85);
    g.decide(&MatchDecision { key_a: "na:BD:x:1".into(), key_b: "na:BD:y:2".into(), same: false });
    let mut with_os = rec("Knit One", "1 A St", "BD", 10.0, &[0]);
    with_os.os_id = Some("BD2021123ABC".into());
    g.extend(vec![
        decl(
            1,
            10,
            vec![rec("Acme Ltd", "12 Mill Road", "CA", 5.0, &[]), rec("Dhaka Knit", "Plot 7", "BD", 40.0, &[0])],
        ),
        decl(
            2,
            20,
            vec![
                rec("Beta Inc", "3 Rue du Port", "CA", 5.0, &[]),
                rec("DHAKA KNIT", "plot 7", "BD", 30.0, &[0, 2]),
                with_os,
            ],
        ),
        decl(3, 30, vec![rec("Sunrise Spinning", "KM 12 Dhaka Road", "BD", 30.0, &[])]),
        decl(4, 40, vec![rec("Sunrise Spinning Mills Unit 2", "KM 12 Dhaka Road", "BD", 20.0, &[])]),
    ]);
    g
}

/// Asserts that two graphs are the same graph (scores to within 0.05 points).
pub(super) fn same_graph(a: &SupplyGraph, b: &SupplyGraph) {
    let (ca, cb) = (a.canonical(), b.canonical());
    assert_eq!(ca.facilities, cb.facilities);
    assert_eq!(ca.links, cb.links);
    assert_eq!(ca.declarations, cb.declarations);
    assert_eq!(ca.indexes, cb.indexes);
    assert!(ca.agrees_with(&cb, 0.05), "{:?}\nvs\n{:?}", ca.scores, cb.scores);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// What a restart does with a snapshot: the graph of the first declarations, then those that came after added
    /// one by one (few) or together (many), is the graph built from all of them at once.
    #[test]
    fn declarations_added_after_a_build_make_the_graph_a_full_build_makes(decls in arbitrary_portfolio(), cut in 0usize..8, together in any::<bool>()) {
        let inputs = build(&decls);
        let cut = cut.min(inputs.len());
        let mut caught_up = SupplyGraph::new(0.85);
        caught_up.extend(inputs.get(..cut).unwrap().to_vec());
        let later = inputs.get(cut..).unwrap().to_vec();
        if together {
            caught_up.extend(later);
        } else {
            for d in later {
                caught_up.add_declaration(d);
            }
        }
        let mut full = SupplyGraph::new(0.85);
        full.extend(inputs);
        same_graph(&caught_up, &full);
    }
}

/// Declarations full of ties: four plants at one address (a match proposal each pair), each declared by two
/// suppliers with the same points and shipping to one depot; a farm reaching the depot by two paths of one length;
/// two loops of two facilities, every score in them 100.
fn tied_portfolio() -> Vec<DeclarationInput> {
    let plant = |name: &str, to: &[u32]| rec(name, "7 Mill Road", "CN", 20.0, to);
    let depot = || rec("Halifax depot", "3 Dock St", "CA", 0.0, &[]);
    vec![
        decl(1, 1, vec![depot(), plant("Guillemot tee plant", &[0]), plant("Guillemot pen plant", &[0])]),
        decl(2, 2, vec![depot(), plant("Guillemot tool plant", &[0]), plant("Puffin Polysilicon", &[0])]),
        decl(3, 3, vec![depot(), plant("Guillemot tee plant", &[0]), plant("Guillemot tool plant", &[0])]),
        decl(4, 4, vec![depot(), plant("Guillemot pen plant", &[0]), plant("Puffin Polysilicon", &[0])]),
        decl(
            5,
            5,
            vec![
                depot(),
                plant("Guillemot tee plant", &[0]),
                plant("Guillemot pen plant", &[0]),
                rec("Cotton farm", "Route 9", "CN", 20.0, &[1, 2]),
            ],
        ),
        decl(6, 6, vec![rec("Loop A", "1 Ring Rd", "BD", 60.0, &[1]), rec("Loop B", "2 Ring Rd", "BD", 60.0, &[])]),
        decl(7, 7, vec![rec("Loop B", "2 Ring Rd", "BD", 60.0, &[1]), rec("Loop A", "1 Ring Rd", "BD", 60.0, &[])]),
        decl(8, 8, vec![rec("Loop C", "3 Ring Rd", "BD", 60.0, &[1]), rec("Loop D", "4 Ring Rd", "BD", 60.0, &[])]),
        decl(9, 9, vec![rec("Loop D", "4 Ring Rd", "BD", 60.0, &[1]), rec("Loop C", "3 Ring Rd", "BD", 60.0, &[])]),
    ]
}

/// A listing as the API writes it.
fn json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap()
}

/// Everything the national graph lists or exports, written out in the order given.
fn listings(g: &SupplyGraph) -> Vec<String> {
    let mut facilities: Vec<NodeIndex> = g.graph.node_indices().collect();
    facilities.sort_by_key(|n| g.graph[*n].key.clone());
    let mut out = vec![
        g.to_dot(),
        g.to_graphml(),
        json(&g.concentration(100)),
        json(&g.search("7 mill road", 100)),
        json(&g.search("China", 100)),
        json(&g.search("Ring", 100)),
        json(&g.cycles(100)),
        json(&g.cycles(1)),
        json(&g.disclosure_gaps(100)),
        json(&g.proposals(100)),
    ];
    for n in facilities {
        out.push(json(&g.exposure(n)));
        out.push(json(&g.suppliers_of(n).into_iter().filter_map(|s| g.summary(s)).collect::<Vec<_>>()));
        out.push(json(&g.customers_of(n).into_iter().filter_map(|s| g.summary(s)).collect::<Vec<_>>()));
        for kind in [RiskKind::ForcedLabour, RiskKind::ChildLabour] {
            let strongest = g.strongest_supplier(n, kind).map(|(s, v)| (g.summary(s), (v * 10.0).round()));
            out.push(json(&strongest));
        }
    }
    out
}

#[test]
fn listings_and_exports_do_not_depend_on_arrival_order_or_a_restart() {
    let inputs = tied_portfolio();
    let mut forward = SupplyGraph::new(0.85);
    forward.extend(inputs.clone());

    // The other way round, one by one, with a declaration added and removed first: other node indexes, holes.
    let mut backward = SupplyGraph::new(0.85);
    backward.add_declaration(decl(99, 99, vec![rec("Gone mill", "9 Gone St", "BD", 5.0, &[])]));
    for d in inputs.into_iter().rev() {
        backward.add_declaration(d);
    }
    backward.remove_declaration(99);
    same_graph(&forward, &backward);

    let mut bytes = Vec::new();
    backward.write_snapshot(&0u32, &mut bytes).unwrap();
    let (_, restored) = SupplyGraph::read_snapshot::<u32, _>(bytes.as_slice(), |_| true).unwrap().unwrap();

    let expected = listings(&forward);
    for other in [&backward, &restored] {
        let got = listings(other);
        assert_eq!(expected.len(), got.len());
        for (i, (a, b)) in expected.iter().zip(&got).enumerate() {
            assert_eq!(a, b, "listing {i} differs");
        }
    }

    // The ties are there to break, and are broken by key.
    let shared = forward.concentration(100);
    let names: Vec<&str> = shared.iter().map(|s| s.name.as_str()).collect();
    // Five suppliers; three, scores tied; two at 100, tied; two at 20, tied.
    let expected_names = [
        "Halifax depot",
        "Guillemot pen plant",
        "Guillemot tee plant",
        "Loop A",
        "Loop B",
        "Loop C",
        "Loop D",
        "Guillemot tool plant",
        "Puffin Polysilicon",
    ];
    assert_eq!(names, expected_names);
    // The farm reaches the depot through the pen plant or the tee plant: the pen plant comes first by key.
    let farm = forward.search("Cotton farm", 1).first().and_then(|f| forward.find(&f.id)).unwrap();
    let exposure = forward.exposure(farm);
    assert_eq!(exposure.len(), 5);
    assert!(exposure.iter().all(|e| e.path.len() == 3 && e.path[1].name == "Guillemot pen plant"), "{exposure:?}");
    let cycles = forward.cycles(100);
    assert_eq!(cycles.len(), 2);
    let first: Vec<&str> = cycles.iter().filter_map(|c| c.facilities.first()).map(|f| f.name.as_str()).collect();
    assert_eq!(first, ["Loop A", "Loop C"]);
    let dot = forward.to_dot();
    let depot = dot.lines().position(|l| l.contains("Halifax depot")).unwrap();
    let tee = dot.lines().position(|l| l.contains("Guillemot tee plant")).unwrap();
    assert!(depot < tee, "nodes in key order (na:CA:… before na:CN:…): {dot}");
}

/// The texts of a GraphML document's node `<data>` of the attribute `attr` (`name`, `id` …), read by a conforming
/// XML 1.0 parser (xml-rs checks every character); an error if the document is not well-formed.
fn graphml_node_data(xml: &str, attr: &str) -> Result<Vec<String>, String> {
    use xml::reader::{EventReader, XmlEvent};
    let mut key = None;
    let mut out = Vec::new();
    let mut inside: Option<String> = None;
    for event in EventReader::from_str(xml) {
        match event.map_err(|e| e.to_string())? {
            XmlEvent::StartElement { name, attributes, .. } => {
                let get = |n: &str| attributes.iter().find(|a| a.name.local_name == n).map(|a| a.value.clone());
                if name.local_name == "key"
                    && get("attr.name").as_deref() == Some(attr)
                    && get("for").as_deref() == Some("node")
                {
                    key = get("id");
                }
                if name.local_name == "data" && get("key").is_some() && get("key") == key {
                    inside = Some(String::new());
                }
            }
            XmlEvent::Characters(t) | XmlEvent::Whitespace(t) => {
                if let Some(text) = inside.as_mut() {
                    text.push_str(&t);
                }
            }
            XmlEvent::EndElement { name } if name.local_name == "data" => out.extend(inside.take()),
            _ => {}
        }
    }
    Ok(out)
}

/// What a DOT label holds once its escapes are read (`\"`, `\\`, `\l` for a line break).
fn dot_labels(dot: &str) -> Vec<String> {
    dot.split("label = \"")
        .skip(1)
        .map(|rest| {
            let mut label = String::new();
            let mut chars = rest.chars();
            while let Some(c) = chars.next() {
                match c {
                    '"' => break,
                    '\\' => match chars.next() {
                        Some('l') => label.push('\n'),
                        Some(other) => label.push(other),
                        None => break,
                    },
                    c => label.push(c),
                }
            }
            label
        })
        .collect()
}

/// Characters XML 1.0 allows (its `Char` production), carriage return aside: the exports write none.
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

#[test]
fn names_no_xml_reader_accepts_are_exported_as_valid_graphml_and_dot() {
    let mut g = SupplyGraph::new(0.85);
    let names = ["Nonchar\u{FFFE} plant", "Gown \u{FFFF} Factory", "Line\r\nbreak\rmill", "Bell\u{7}\u{0}\u{1B}[31m"];
    g.add_declaration(decl(1, 1, names.iter().map(|n| rec(n, "1 Port St", "CA", 1.0, &[])).collect()));
    let xml = g.to_graphml();
    let read = graphml_node_data(&xml, "name").unwrap_or_else(|e| panic!("{e}\n{xml}"));
    let mut read = read;
    read.sort();
    let mut expected =
        vec!["Nonchar\u{FFFD} plant", "Gown \u{FFFD} Factory", "Line\nbreak\nmill", "Bell\u{FFFD}\u{FFFD}\u{FFFD}[31m"];
    expected.sort();
    assert_eq!(read, expected);
    let dot = g.to_dot();
    assert!(dot.chars().all(xml_char), "{dot:?}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn exports_of_facilities_with_any_names_parse_and_read_back_as_written(
        names in proptest::collection::vec(
            prop_oneof![
                crate::domain::arbitrary_text::text(),
                // The characters XML 1.0 refuses, among others.
                proptest::collection::vec(
                    prop_oneof![
                        proptest::char::range('\0', '\u{1F}'),
                        Just('\u{FFFE}'),
                        Just('\u{FFFF}'),
                        proptest::char::range('\u{D7F0}', '\u{E010}'),
                        proptest::char::any(),
                    ],
                    1..12,
                )
                .prop_map(|cs| cs.into_iter().collect::<String>()),
            ],
            1..5,
        ),
    ) {
        let mut g = SupplyGraph::new(0.85);
        let records: Vec<SiteRecord> = names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let mut r = rec(n, &format!("{i} Port St"), "CA", 1.0, if i > 0 { &[0] } else { &[] });
                r.site_ref = format!("S{i}");
                r
            })
            .collect();
        g.add_declaration(decl(1, 1, records));
        let facilities: Vec<&Facility> = g.graph.node_weights().collect();
        let xml = g.to_graphml();
        let mut read = graphml_node_data(&xml, "name").map_err(|e| TestCaseError::fail(format!("{e}\n{xml}")))?;
        let mut written: Vec<String> = facilities.iter().map(|f| super::exports::printable(&f.name).into_owned()).collect();
        read.sort();
        written.sort();
        prop_assert_eq!(read, written);
        let mut ids = graphml_node_data(&xml, "id").map_err(|e| TestCaseError::fail(format!("{e}\n{xml}")))?;
        let mut keys: Vec<String> = facilities.iter().map(|f| super::exports::printable(&f.id()).into_owned()).collect();
        ids.sort();
        keys.sort();
        prop_assert_eq!(ids, keys);
        let dot = g.to_dot();
        prop_assert!(dot.chars().all(xml_char), "{:?}", dot);
        let labels = dot_labels(&dot);
        prop_assert_eq!(labels.len(), facilities.len());
        for f in &facilities {
            let name = super::exports::printable(&f.name).into_owned();
            prop_assert!(labels.iter().any(|l| l.starts_with(&format!("{name} ("))), "{:?} in {:?}", name, labels);
        }
    }
}

/// Two declarations ship to one warehouse; only the first names the listed mill upstream of it. A hit on the mill
/// reaches the first declaration only: the warehouse is the second's too, but its chain (its own sites and links)
/// never holds the mill. The national exposure, which follows every declaration's links, says the mill's risk may
/// reach the warehouse's other customer; the hit's reach does not cross there.
#[test]
fn a_hit_reaches_a_declaration_through_its_own_chain_never_through_a_warehouse_it_shares() {
    let mut g = SupplyGraph::new(0.85);
    g.add_declaration(decl(
        1,
        1,
        vec![
            rec("Shared warehouse", "1 Depot Road", "CA", 0.0, &[]),
            rec("Listed mill", "9 Mill Road", "CN", 80.0, &[0]),
        ],
    ));
    g.add_declaration(decl(
        2,
        2,
        vec![
            rec("Shared warehouse", "1 Depot Road", "CA", 0.0, &[]),
            rec("Sewing unit", "4 Harbour Street", "VN", 10.0, &[0]),
        ],
    ));
    let mill = g.node_of(1, 1).unwrap();
    let warehouse = g.node_of(1, 0).unwrap();
    assert_eq!(g.node_of(2, 0), Some(warehouse), "one warehouse in the national graph");
    assert_eq!(g.declarations_holding(mill), [1]);
    assert_eq!(g.declarations_holding(warehouse), [1, 2], "a hit on the warehouse itself is in both chains");
    assert_eq!(g.declarations_holding(g.node_of(2, 1).unwrap()), [2]);
    let mut exposed: Vec<i64> = g.exposure(mill).iter().map(|e| e.declaration.id).collect();
    exposed.sort_unstable();
    assert_eq!(exposed, [1, 2], "the national exposure follows every declaration's links");
}

/// A site named in full-width Latin letters (as East Asian input methods type them) is the site named in ordinary
/// letters: one facility, its key without legal form, found by a search in ordinary letters.
#[test]
fn a_site_named_in_full_width_letters_is_the_site_in_ordinary_letters() {
    let mut g = SupplyGraph::new(0.85);
    g.add_declaration(decl(
        1,
        10,
        vec![rec("Ｐｅｌａｎｇｉ Ｒｕｂｂｅｒ Ｇｌｏｖｅｓ Ｓｄｎ Ｂｈｄ", "１ Ｍｉｌｌ Ｒｄ", "MY", 40.0, &[])],
    ));
    g.add_declaration(decl(2, 20, vec![rec("Pelangi Rubber Gloves Sdn. Bhd.", "1 Mill Road", "MY", 40.0, &[])]));
    assert_eq!(g.facility_count(), 1);
    assert_eq!(g.node_of(1, 0), g.node_of(2, 0));
    assert_eq!(
        normalise_name("Ｐｅｌａｎｇｉ Ｒｕｂｂｅｒ Ｇｌｏｖｅｓ Ｓｄｎ Ｂｈｄ"),
        normalise_name("Pelangi Rubber Gloves")
    );
    for q in ["Pelangi", "rubber gloves", "ＰＥＬＡＮＧＩ"] {
        assert_eq!(g.search(q, 10).len(), 1, "{q}");
    }
}

/// A country named whole finds that country only, not a country sharing one of its words; a code is never found
/// inside a word; a query's words begin words of the facility.
#[test]
fn a_country_named_whole_finds_that_country_and_a_code_is_never_found_inside_a_word() {
    let mut north = rec("Seoul Knit", "1 Jongno", "KR", 20.0, &[]);
    north.city = "North District".into();
    let pyongyang = rec("Pyongyang Garments", "Potong River St", "KP", 90.0, &[]);
    let mut port = rec("Pacific Textile", "9 Harbour Rd", "PH", 30.0, &[]);
    port.city = "Port City".into();
    let mut cocoa = rec("Ivory Cocoa Co-op", "Route de Soubré", "CI", 30.0, &[]);
    cocoa.city = "Daloa".into();
    let mut usa = rec("Ausable Mills", "3 Causeway", "GB", 10.0, &[]);
    usa.city = "Busan Road".into();
    let dallas = rec("Texas Cotton", "1 Main St", "US", 10.0, &[]);
    let my = rec("My Garments", "Plot 3", "BD", 40.0, &[]);
    let kl = rec("Sunrise Glove", "Jalan 1", "MY", 60.0, &[]);
    let uk = rec("United Kingdom Traders", "5 Dock Rd", "AU", 10.0, &[]);
    let mut g = SupplyGraph::new(0.85);
    g.add_declaration(decl(1, 1, vec![north, pyongyang, port, cocoa, usa, dallas, my, kl, uk]));
    let names = |q: &str| {
        let mut n = g.search(q, 50).into_iter().map(|f| f.name).collect::<Vec<_>>();
        n.sort();
        n
    };
    for q in ["North Korea", "Corée du Nord", "KP", "PRK", "north korea"] {
        assert_eq!(names(q), ["Pyongyang Garments"], "query {q:?}");
    }
    for q in ["South Korea", "KR", "Corée du Sud"] {
        assert_eq!(names(q), ["Seoul Knit"], "query {q:?}");
    }
    for q in ["CI", "CIV", "Côte d'Ivoire"] {
        assert_eq!(names(q), ["Ivory Cocoa Co-op"], "query {q:?}");
    }
    assert_eq!(names("USA"), ["Texas Cotton"]);
    assert_eq!(names("United States"), ["Texas Cotton"]);
    assert_eq!(names("MY"), ["Sunrise Glove"]);
    assert_eq!(names("PH"), ["Pacific Textile"]);
    // A country's name in a facility's name is found as the whole name, not word by word.
    assert_eq!(names("United Kingdom"), ["Ausable Mills", "United Kingdom Traders"]);
    // Words begin words: a piece inside a word is not found, a beginning is.
    assert!(names("cific").is_empty());
    assert_eq!(names("Pyong"), ["Pyongyang Garments"]);
    assert_eq!(names("north knit"), ["Seoul Knit"]);
    assert_eq!(names("garments korea"), Vec::<String>::new(), "no facility in a Korea makes garments but KP's");
    assert_eq!(names("garments north korea"), ["Pyongyang Garments"]);
}

#[test]
fn a_query_of_many_words_finds_what_each_word_finds_in_one_pass() {
    let mut kl = rec("Sunrise Glove Sdn Bhd", "Lot 12, Jalan Industri", "MY", 60.0, &[]);
    kl.city = "Klang".into();
    let mut ci = rec("Ivory Cocoa Co-op", "Route de Soubré", "CI", 30.0, &[]);
    ci.city = "Daloa".into();
    let mut g = SupplyGraph::new(0.85);
    g.add_declaration(decl(1, 1, vec![kl, ci]));
    let names = |q: &str| g.search(q, 10).into_iter().map(|f| f.name).collect::<Vec<_>>();
    // 1,200 words, each found: the facility; one more found nowhere: nothing.
    let long = "sunrise glove kla ".repeat(400);
    assert_eq!(names(&long), ["Sunrise Glove Sdn Bhd"]);
    assert!(names(&format!("{long} zebra")).is_empty());
    // A country named among many words, by a run of them, anywhere in the query.
    assert_eq!(names(&format!("{}malaysia", "glove ".repeat(1000))), ["Sunrise Glove Sdn Bhd"]);
    assert_eq!(
        names(&format!("{}cote d ivoire {}", "cocoa ".repeat(600), "daloa ".repeat(600))),
        ["Ivory Cocoa Co-op"]
    );
    // Short words stay whole words however many there are.
    assert!(names(&"su ".repeat(500)).is_empty());
    assert_eq!(names(&"my ".repeat(500)), Vec::<String>::new(), "MY repeated is no country code: `my` words");
}

#[test]
fn no_country_is_named_by_more_words_than_the_search_tries() {
    let longest = crate::domain::CountryCode::longest_name_words();
    for name in [
        "South Georgia and the South Sandwich Islands",
        "Bonaire, Sint Eustatius and Saba",
        "Saint Vincent and the Grenadines",
    ] {
        assert!(crate::domain::CountryCode::parse(name).is_some(), "{name}");
        assert!(crate::domain::text::fold_words(name).split(' ').count() <= longest, "{name}");
    }
    assert!(longest < 20, "{longest}");
}
