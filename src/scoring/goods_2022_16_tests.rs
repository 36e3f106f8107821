//! 2022.16: naming more never scores lower. A metal named refined ("refined cobalt", « or raffiné », "copper
//! cathodes"), its salts ("cobalt salts", not the Salt ILAB lists), its ore ("gold ore", heterogenite) and a list whose
//! items each name a material in a form ("cobalt sulfate, nickel sulfate", "widgets and tin ingots", "cotton, gold
//! bars") read as the form alone does, where 2022.15 read a refined metal at a raw-material site as the metal mined
//! there, a metal's salts as Salt, an ore as goods it could not read, and a list as one product, so that a second
//! good named beside a metal in a form lowered a raw-material site's score. 2022.15 is kept as it shipped.

use super::RiskModel;
use super::goods_2022_14_tests::{one, scores};
use super::goods_2022_15_tests::model as model_2022_15;
use crate::domain::Role;

pub(super) fn model() -> RiskModel {
    RiskModel::shipped("2022.16").unwrap().unwrap()
}

const ROLES: [Role; 3] = [Role::RawMaterial, Role::Processing, Role::Manufacturing];

/// Countries that mine the metals (the Democratic Republic of the Congo: cobalt, gold, tin, copper; Peru: gold,
/// zinc; Bolivia: silver, tin, zinc), that refine them without an ILAB listing (Finland, Switzerland, Canada), and
/// China, which lists other goods (cotton among them).
const COUNTRIES: [&str; 7] = ["CD", "PE", "BO", "FI", "CH", "CA", "CN"];

/// Each way of naming a metal refined, in a form or by its salts scores as a form 2022.15 already read does, at every
/// role and in every country; 2022.15 scored it, at a raw-material site in a country that lists none of its goods,
/// as the metal mined there (or as Salt), lower for child labour than the form.
#[test]
fn a_metal_named_refined_or_by_its_salts_scores_as_its_form() {
    let (m, old) = (model(), model_2022_15());
    let cases = [
        ("refined cobalt", "cobalt metal"),
        ("cobalt raffiné", "cobalt métal"),
        ("electrolytic cobalt", "cobalt metal"),
        ("cobalt électrolytique", "cobalt métal"),
        ("cobalt cathodes", "cobalt metal"),
        ("cobalt briquettes", "cobalt metal"),
        ("cobalt salts", "cobalt sulfate"),
        ("sels de cobalt", "cobalt sulfate"),
        ("refined copper", "copper sulfate"),
        ("copper cathodes", "copper sulfate"),
        ("cathodes de cuivre", "copper sulfate"),
        ("cuivre électrolytique", "copper sulfate"),
        ("copper salts", "copper sulfate"),
        ("zinc salts", "zinc oxide"),
        ("refined gold", "gold bars"),
        ("or raffiné", "gold bars"),
        ("refined silver", "silver bars"),
        ("refined tin", "tin ingots"),
        ("smelted tin", "tin ingots"),
        ("étain raffiné", "tin ingots"),
    ];
    for (written, known) in cases {
        for role in ROLES {
            for country in COUNTRIES {
                let what = format!("{written} ({country}, {role:?})");
                assert_eq!(scores(&m, &one(role, written, country)), scores(&m, &one(role, known, country)), "{what}");
                assert_eq!(scores(&m, &one(role, known, country)), scores(&old, &one(role, known, country)), "{what}");
            }
        }
    }
    // The faults 2022.15 had, as the change log of the card says them.
    let child = |m: &RiskModel, role, t: &str, c: &str| scores(m, &one(role, t, c)).1;
    assert_eq!(child(&old, Role::RawMaterial, "refined cobalt", "FI"), 0.8);
    assert_eq!(child(&m, Role::RawMaterial, "refined cobalt", "FI"), 78.7);
    assert_eq!(child(&old, Role::RawMaterial, "cobalt salts", "CD"), 18.7);
    assert_eq!(old.tables.goods_in("cobalt salts"), ["Salt"]);
    assert_eq!(m.tables.goods_in("cobalt salts"), ["Cobalt ore (heterogenite)"]);
    assert_eq!(child(&old, Role::RawMaterial, "refined gold", "CH"), 0.8);
    assert_eq!(child(&m, Role::RawMaterial, "refined gold", "CH"), 80.0);
}

/// An ore named beside its metal ("gold ore", « minerai de zinc ») and heterogenite read as the metal alone does, the
/// mine's own goods; 2022.15 held them at the riskiest producer any category presumes, as goods it could not read.
#[test]
fn an_ore_reads_as_its_metal() {
    let (m, old) = (model(), model_2022_15());
    for (written, known) in [
        ("gold ore", "gold"),
        ("gold doré", "gold"),
        ("silver ore", "silver"),
        ("zinc ore", "zinc"),
        ("minerai de zinc", "zinc"),
        ("copper ore", "copper"),
        ("heterogenite", "cobalt"),
        ("nickel ore", "nickel"),
    ] {
        for role in ROLES {
            for country in COUNTRIES {
                let what = format!("{written} ({country}, {role:?})");
                assert_eq!(scores(&m, &one(role, written, country)), scores(&m, &one(role, known, country)), "{what}");
            }
        }
    }
    assert_eq!(scores(&old, &one(Role::RawMaterial, "gold ore", "CD")), (100.0, 100.0));
    assert_eq!(scores(&m, &one(Role::RawMaterial, "gold ore", "CD")), (67.8, 78.7));
}

/// Naming a second good beside a material in a form never lowers a site's score, for either kind, in any order, with
/// any list mark, in both languages: the second good no ILAB list carries (nickel, manganese), one the model cannot
/// read (widgets, lithium carbonate), one the site's country lists (cotton in China), or packaging.
#[test]
fn naming_a_second_good_beside_a_material_in_a_form_never_lowers_the_score() {
    let m = model();
    let forms = [
        "cobalt sulfate",
        "cobalt metal",
        "refined cobalt",
        "gold bars",
        "lingots d'or",
        "tin ingots",
        "étain raffiné",
        "copper cathodes",
        "sulfate de cobalt",
    ];
    let others = [
        "nickel sulfate",
        "manganese sulfate",
        "nickel",
        "graphite",
        "lithium carbonate",
        "widgets",
        "packaging",
        "cotton",
        "steel",
        "iron ore",
    ];
    let mut lowered = Vec::new();
    for form in forms {
        for other in others {
            for mark in [", ", " and ", "; ", " et "] {
                for text in [format!("{form}{mark}{other}"), format!("{other}{mark}{form}")] {
                    for country in ["FI", "CD", "CA", "CN"] {
                        for role in ROLES {
                            let (f, c) = scores(&m, &one(role, &text, country));
                            let (f0, c0) = scores(&m, &one(role, form, country));
                            if f < f0 || c < c0 {
                                lowered.push(format!("{text} ({country}, {role:?}): {f} / {c} < {f0} / {c0}"));
                            }
                        }
                    }
                }
            }
        }
    }
    assert!(lowered.is_empty(), "{lowered:#?}");
    // 2022.15 lowered them.
    let old = model_2022_15();
    for (text, form, country) in [
        ("cobalt sulfate, nickel sulfate", "cobalt sulfate", "FI"),
        ("widgets and tin ingots", "tin ingots", "FI"),
        ("cotton, gold bars", "gold bars", "CN"),
        // Peru lists gold, not tin: the tin ingots were no longer brought in.
        ("tin ingots and gold bars", "tin ingots", "PE"),
    ] {
        let (both, alone) = (
            scores(&old, &one(Role::RawMaterial, text, country)),
            scores(&old, &one(Role::RawMaterial, form, country)),
        );
        assert!(both.1 < alone.1, "{text} under 2022.15: {both:?} against {alone:?}");
    }
}

/// What names no refined metal, no metal's salts and no ore of a material reads as 2022.15 reads it: ILAB's own
/// names of ores, salt itself, refined goods that are no metals, a metal alone, an unlisted good alone, a catalogue's
/// comma before a form, a material beside words of machines.
#[test]
fn other_words_read_as_before() {
    let (m, old) = (model(), model_2022_15());
    for written in [
        "tin ore",
        "minerai d'étain",
        "iron ore",
        "cobalt ore",
        "salt",
        "sea salt",
        "refined sugar",
        "refined palm oil",
        "huile de palme raffinée",
        "nickel sulfate",
        "cobalt",
        "gold",
        "gold bars",
        "gold, bars",
        "cobalt hydroxide, copper cathodes",
        "copper wire",
        "steel, nickel",
        "gold bar moulds, machine parts",
        "cotton t-shirts",
        "nitrile gloves",
    ] {
        for role in ROLES {
            for country in COUNTRIES {
                let what = format!("{written} ({country}, {role:?})");
                assert_eq!(
                    scores(&m, &one(role, written, country)),
                    scores(&old, &one(role, written, country)),
                    "{what}"
                );
            }
        }
    }
}
