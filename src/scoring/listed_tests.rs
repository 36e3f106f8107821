//! Sites confirmed on a forced-labour list in the scoring pass (`RiskModel::assess_listed`): critical whatever due
//! diligence, carried down the chain as any supplier's risk, the national graph in agreement.

use super::tests::{declaration, full_due_diligence, site, with_inputs};
use super::*;
use crate::domain::{Factor, Reason, RiskKind, Role, SourceRef};

pub(super) fn hit_factor(entry: &str) -> Factor {
    Factor::new(
        Reason::ScreeningHit {
            list: Some("uflpa".into()),
            list_en: "".into(),
            list_fr: "".into(),
            entry: entry.into(),
            section: Some("2(d)(2)(B)(v)".into()),
            effective: None,
            detail: "".into(),
            status: None,
        },
        Some(SourceRef {
            dataset: "uflpa".into(),
            edition: "edition 1 (#1)".into(),
            edition_fr: None,
            line: None,
            entry: Some(format!("{entry} (k)").into()),
            row: None,
        }),
        1.0,
        0.0,
    )
}

fn forced(a: &Assessment, id: &str) -> f64 {
    a.sites.iter().find(|s| s.site_id.as_str() == id).unwrap().risk.forced_labour.score
}

/// Chains of three kinds (a tier-2 listed plantation, a listed tier-1 fabric mill, a listed site supplying two
/// sites), with full due diligence: the listed site is 100, first factor the hit, no mitigation; every site it
/// supplies, at any tier, scores more than unlisted, its counted upstream factor naming the entry; nothing else
/// moves; with nothing listed, the assessment is `assess`'s.
#[test]
fn a_listed_site_is_critical_and_every_site_it_supplies_carries_it_as_a_suppliers_risk() {
    use Role::*;
    let m = RiskModel::embedded().unwrap();
    let chains: Vec<(Declaration, &str, Vec<&str>, Vec<&str>)> = vec![
        (
            declaration(vec![
                with_inputs(site("A", Manufacturing, "work gloves", "CA", &[]), &["rubber"]),
                with_inputs(site("B", Processing, "natural rubber latex", "TH", &["A"]), &["rubber"]),
                site("C", RawMaterial, "rubber", "TH", &["B"]),
                site("X", Manufacturing, "steel bolts", "CA", &[]),
            ]),
            "C",
            vec!["B", "A"],
            vec!["X"],
        ),
        (
            declaration(vec![
                with_inputs(site("G", Manufacturing, "work shirts", "CA", &[]), &["cotton fabric"]),
                with_inputs(site("F", Processing, "cotton fabric", "BD", &["G"]), &["cotton yarn"]),
                site("Y", Manufacturing, "paper boxes", "CA", &[]),
            ]),
            "F",
            vec!["G"],
            vec!["Y"],
        ),
        (
            declaration(vec![
                with_inputs(site("P", Manufacturing, "solar modules", "CA", &[]), &["polysilicon"]),
                with_inputs(site("Q", Manufacturing, "solar cells", "MY", &[]), &["polysilicon"]),
                site("S", Processing, "polysilicon", "CN", &["P", "Q"]),
            ]),
            "S",
            vec!["P", "Q"],
            vec![],
        ),
    ];
    for (mut d, listed_site, supplied, untouched) in chains {
        d.due_diligence = full_due_diligence();
        let plain = m.assess(&d);
        assert_eq!(m.assess_listed(&d, &Listed::default()), plain, "nothing listed: assess's assessment");
        let mut listed = Listed::default();
        listed.add(listed_site, hit_factor("Listed Works Co., Ltd."));
        let a = m.assess_listed(&d, &listed);
        let s = a.sites.iter().find(|s| s.site_id.as_str() == listed_site).unwrap();
        assert_eq!(s.risk.forced_labour.score, 100.0, "{listed_site}");
        assert_eq!(s.risk.forced_labour.factors.first().unwrap().code(), "screening_hit");
        assert!(!s.risk.forced_labour.factors.iter().any(|f| f.code() == "mitigation"), "not lowered by due diligence");
        let sum: f64 = s.risk.forced_labour.factors.iter().map(|f| f.contribution).sum();
        assert!((sum - 100.0).abs() < 0.05, "{listed_site}: the contributions add up: {sum}");
        assert_eq!(s.risk.child_labour, plain.sites.iter().find(|p| p.site_id == s.site_id).unwrap().risk.child_labour);
        for id in supplied {
            assert!(forced(&a, id) > forced(&plain, id), "{id}: {} -> {}", forced(&plain, id), forced(&a, id));
            let site = a.sites.iter().find(|s| s.site_id.as_str() == id).unwrap();
            let named = site.risk.forced_labour.factors.iter().any(|f| {
                matches!(f.reason(), Some(Reason::Upstream { listed, .. })
                    if listed.iter().any(|l| &*l.entry == "Listed Works Co., Ltd." && &*l.list == "uflpa"))
            });
            assert!(named, "{id}: {:?}", site.risk.forced_labour.factors);
        }
        for id in untouched {
            assert_eq!(forced(&a, id), forced(&plain, id), "{id}");
        }
        assert_eq!(a.overall.forced_labour.score, 100.0);
        assert_eq!(a.overall.child_labour, plain.overall.child_labour);
    }
}

/// The national graph gives each site of a chain with a listed site the engine's score before due diligence, as it
/// does without one (`disclosure_tests::the_national_graph_scores_a_chain_as_the_engine_does`).
#[test]
fn the_national_graph_scores_a_listed_chain_as_the_engine_does() {
    use crate::graph::national::{DeclarationInput, DeclarationMeta, SupplyGraph};
    use Role::*;
    let m = RiskModel::embedded().unwrap();
    let mut d = declaration(vec![
        with_inputs(site("R", Manufacturing, "ropes", "CA", &[]), &["sisal"]),
        site("K", RawMaterial, "sisal", "TZ", &["R"]),
        with_inputs(site("H", Manufacturing, "hammocks", "CA", &[]), &["rope"]),
    ]);
    d.places_of_work[0].supplies_to.push(crate::domain::SiteId::parse("H").unwrap());
    d.due_diligence = full_due_diligence();
    for on in ["K", "R"] {
        let mut listed = Listed::default();
        listed.add(on, hit_factor("Sisal Listed Ltd."));
        let a = m.assess_listed(&d, &listed);
        let meta = DeclarationMeta {
            id: 1,
            supplier_id: 1,
            supplier_name: "s".into(),
            business_number: None,
            solicitation_number: None,
        };
        let mut g = SupplyGraph::new(m.tier_decay());
        g.add_declaration(DeclarationInput::new(meta, &d, &a));
        for (i, s) in a.sites.iter().enumerate() {
            let national = f64::from(g.score(g.node_of(1, i).unwrap())[0]);
            let engine: f64 = s.risk.get(RiskKind::ForcedLabour).before_due_diligence();
            assert!((national - engine).abs() <= 0.25, "listed {on}: site {}: {national} vs {engine}", s.site_id);
        }
    }
}
