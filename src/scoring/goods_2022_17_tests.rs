//! 2022.17: a raw-material site whose words are a list scores at least as each item does alone, a word of form shared
//! by a list's items says the form of each ("refined lead and tin", "cobalt and nickel salts", « sels de nickel et de
//! cobalt »), and gold, silver, copper, zinc and tin refined or as salts in the other words buyers write ("fine gold",
//! « or fin », « or affiné », "electrorefined copper", "SHG zinc", "stannous salts") read as the metal in a form.
//! 2022.16 is kept as it shipped.

use std::collections::HashMap;

use super::RiskModel;
use super::goods_2022_14_tests::{one, scores};
use super::goods_2022_16_tests::model as model_2022_16;
use crate::domain::Role;

pub(super) fn model() -> RiskModel {
    RiskModel::shipped("2022.17").unwrap().unwrap()
}

const ROLES: [Role; 3] = [Role::RawMaterial, Role::Processing, Role::Manufacturing];

/// Countries that mine the metals (the Congo, Peru, Bolivia), that refine them without an ILAB listing (Finland,
/// Switzerland, Canada), and China, which lists other goods (cotton among them).
const COUNTRIES: [&str; 7] = ["CD", "PE", "BO", "FI", "CH", "CA", "CN"];

/// The property the key holds: at a raw-material site, in a country that mines the metals, in countries that refine
/// them without a listing and in one that lists cotton, for either kind, in both orders, with a comma or a
/// coordinating word, a list of two items the model reads scores at least as each item alone. Items the model reads
/// nothing of alone ("refined lead": lead is on no list and no material of the model) are held high on their own by the
/// fallback and are not in the property, nor is "battery grade", which reads as batteries (see the card's known
/// limits).
#[test]
fn a_list_at_a_raw_material_site_scores_at_least_as_each_item_alone() {
    let m = model();
    let items = [
        "cobalt salts",
        "nickel salts",
        "cobalt sulfate",
        "refined cobalt",
        "tin",
        "tin ingots",
        "gold",
        "gold bars",
        "fine gold",
        "silver",
        "refined silver",
        "copper",
        "zinc",
        "cotton",
        "nickel",
        "sels de cobalt",
        "or fin",
        "lingots d'or",
        "iron ore",
    ];
    let countries = ["FI", "CD", "CH", "CN"];
    let mut alone: HashMap<(&str, &str), (f64, f64)> = HashMap::new();
    for item in items {
        for country in countries {
            alone.insert((item, country), scores(&m, &one(Role::RawMaterial, item, country)));
        }
    }
    let mut lowered = Vec::new();
    for (i, a) in items.iter().enumerate() {
        for b in items.iter().skip(i + 1) {
            for (mark, text) in [(", ", format!("{a}, {b}")), (" and ", format!("{b} and {a}"))] {
                for country in countries {
                    let (f, c) = scores(&m, &one(Role::RawMaterial, &text, country));
                    for item in [a, b] {
                        let (f0, c0) = alone[&(*item, country)];
                        if f < f0 || c < c0 {
                            lowered.push(format!("{text} ({country}, {mark:?}): {f} / {c} < {item}: {f0} / {c0}"));
                        }
                    }
                }
            }
        }
    }
    assert!(lowered.is_empty(), "{} lowered: {lowered:#?}", lowered.len());
}

/// The lists a new-user trial found lower than one of their items under 2022.16, each with its figures under both
/// versions (raw-material site, no due diligence, overall forced / child labour).
#[test]
fn the_lists_2022_16_read_lower_than_an_item_score_as_it() {
    let (m, old) = (model(), model_2022_16());
    let raw = |m: &RiskModel, t: &str, c: &str| scores(m, &one(Role::RawMaterial, t, c));
    for (text, item, country, before) in [
        // Salts of an unlisted metal beside a listed metal's.
        ("cobalt salts and nickel salts", "cobalt salts", "FI", (8.8, 0.8)),
        ("sels de nickel et de cobalt", "sels de cobalt", "FI", (8.8, 0.8)),
        // A word of form shared by the list's items.
        ("cobalt and nickel salts", "cobalt salts", "FI", (8.8, 0.8)),
        ("copper and zinc salts", "copper salts", "FI", (8.8, 0.8)),
        ("refined lead and tin", "refined tin", "FI", (8.8, 0.8)),
        ("refined silver and gold", "refined gold", "CH", (9.5, 73.7)),
        ("or et argent raffinés", "or raffiné", "CH", (9.5, 73.7)),
        ("gold, silver bars", "gold bars", "CH", (9.5, 73.7)),
    ] {
        assert_eq!(raw(&old, text, country), before, "{text} under 2022.16");
        let (whole, alone) = (raw(&m, text, country), raw(&m, item, country));
        assert!(whole.0 >= alone.0 && whole.1 >= alone.1, "{text} ({country}): {whole:?} against {item}: {alone:?}");
        assert!(whole.1 > before.1, "{text} ({country}): {whole:?}");
    }
    // The figures of the change log.
    assert_eq!(raw(&m, "cobalt salts and nickel salts", "FI"), (8.8, 78.7));
    assert_eq!(raw(&m, "refined lead and tin", "FI"), (67.8, 78.7));
    assert_eq!(raw(&m, "refined silver and gold", "CH"), (70.5, 80.0));
    // A metal named alone beside another is still the metal mined there where no item says a form.
    assert_eq!(raw(&m, "cuivre et or", "FI"), raw(&old, "cuivre et or", "FI"));
    assert_eq!(raw(&m, "gold, silver", "CD"), raw(&m, "gold", "CD"));
}

/// Refined gold, silver, copper and zinc, and tin's and copper's salts, in the other words buyers write, score as the
/// form 2022.16 already read, at a producer, a processor and a maker in seven countries.
#[test]
fn a_metal_refined_in_other_words_scores_as_its_form() {
    let (m, old) = (model(), model_2022_16());
    let cases = [
        ("fine gold", "refined gold"),
        ("pure gold", "refined gold"),
        ("or fin", "refined gold"),
        ("or pur", "refined gold"),
        ("or affiné", "refined gold"),
        ("fine silver", "refined silver"),
        ("argent fin", "refined silver"),
        ("electrorefined copper", "refined copper"),
        ("cuivre affiné", "refined copper"),
        ("cuivre électroraffiné", "refined copper"),
        ("blister copper", "refined copper"),
        ("SHG zinc", "zinc oxide"),
        ("stannous salts", "tin ingots"),
        ("stannous chloride", "tin ingots"),
        ("sels stanneux", "tin ingots"),
        ("cupric sulfate", "copper sulfate"),
        ("sulfate cuivrique", "copper sulfate"),
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
    let child = |m: &RiskModel, t: &str, c: &str| scores(m, &one(Role::RawMaterial, t, c)).1;
    assert_eq!(child(&old, "fine gold", "CH"), 0.8);
    assert_eq!(child(&m, "fine gold", "CH"), 80.0);
    assert_eq!(child(&old, "or fin", "CH"), 0.8);
    assert_eq!(child(&old, "fine silver", "CD"), 18.7);
    assert_eq!(child(&m, "fine silver", "CD"), 73.7);
}

/// What is no list at a raw-material site and names none of the new words reads as 2022.16 reads it, at every role;
/// a list at any other site too.
#[test]
fn other_words_read_as_before() {
    let (m, old) = (model(), model_2022_16());
    for (written, roles) in [
        ("tin ore", &ROLES[..]),
        ("iron ore", &ROLES[..]),
        ("salt", &ROLES[..]),
        ("refined sugar", &ROLES[..]),
        ("huile de palme raffinée", &ROLES[..]),
        ("cobalt", &ROLES[..]),
        ("gold", &ROLES[..]),
        ("gold bars", &ROLES[..]),
        ("copper wire", &ROLES[..]),
        ("cotton t-shirts", &ROLES[..]),
        ("nitrile gloves", &ROLES[..]),
        ("Beans (green, soy, yellow)", &ROLES[..]),
        ("refined silver and gold", &ROLES[1..]),
        ("cobalt and nickel salts", &ROLES[1..]),
        ("gloves, nitrile or latex", &ROLES[1..]),
        ("cotton, polyester", &ROLES[1..]),
    ] {
        for &role in roles {
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

/// The items of a list as the supplier wrote them: list marks and coordinating words cut, « or » first in its item is
/// gold, an ILAB good's own name with brackets is one item.
#[test]
fn list_items_cut_at_marks_and_coordinating_words() {
    let m = model();
    assert_eq!(m.tables.list_items("refined lead and tin"), ["refined lead", "tin"]);
    assert_eq!(m.tables.list_items("cobalt sulfate, battery grade"), ["cobalt sulfate", "battery grade"]);
    assert_eq!(m.tables.list_items("sels de nickel et de cobalt"), ["sels de nickel", "de cobalt"]);
    assert_eq!(m.tables.list_items("cuivre et or"), ["cuivre", "or"]);
    assert_eq!(m.tables.list_items("or et argent"), ["or", "argent"]);
    assert_eq!(m.tables.list_items("gold"), ["gold"]);
    assert_eq!(m.tables.list_items("Beans (green, soy, yellow)"), ["Beans (green, soy, yellow)"]);
    assert_eq!(m.tables.list_items("cobalt (99.8 %)"), ["cobalt", "99.8 %"]);
    // "and/or" is one coordinating word: its « or » is no gold.
    assert_eq!(m.tables.list_items("copper and/or cobalt salts"), ["copper", "cobalt salts"]);
    assert_eq!(m.tables.list_items("cuivre et/ou or"), ["cuivre", "or"]);
    assert_eq!(m.tables.list_items("tungsten, and or raffiné"), ["tungsten", "or raffiné"]);
    assert_eq!(m.tables.list_items("copper, and cobalt"), ["copper", "cobalt"]);
    // One item a line, bullets, a dash between spaces.
    assert_eq!(m.tables.list_items("refined zinc\ntungsten"), ["refined zinc", "tungsten"]);
    assert_eq!(m.tables.list_items("\u{2022} refined gold\r\n\u{2022} fine silver"), ["refined gold", "fine silver"]);
    assert_eq!(m.tables.list_items("copper - cobalt salts - or raffiné"), ["copper", "cobalt salts", "or raffiné"]);
    assert_eq!(m.tables.list_items("t-shirts"), ["t-shirts"]);
}

/// The lists a second new-user trial found lower than one of their items: "and/or" (whose « or » was read as gold,
/// both lowering a list and adding gold no one declared), a comma before "and", one item a line, a dash between
/// spaces; and gold's salts, read as Salt.
#[test]
fn and_or_lines_and_dashes_keep_each_item() {
    let (m, old) = (model(), model_2022_16());
    let raw = |m: &RiskModel, t: &str, c: &str| scores(m, &one(Role::RawMaterial, t, c));
    for (text, items, country) in [
        ("copper and/or cobalt salts", &["copper", "cobalt salts"][..], "FI"),
        ("tin and/or fine silver", &["tin", "fine silver"], "FI"),
        ("coal and/or argent fin", &["coal", "argent fin"], "CN"),
        ("tungsten, and or raffiné", &["tungsten", "or raffiné"], "BE"),
        ("refined zinc\ntungsten", &["refined zinc", "tungsten"], "FI"),
        ("stannous chloride\nmica", &["stannous chloride", "mica"], "CN"),
        ("electrorefined copper - or raffiné", &["electrorefined copper", "or raffiné"], "CD"),
        ("copper and gold salts", &["copper", "gold salts", "gold"], "CD"),
        ("sels d'or et d'argent", &["sels d'or", "argent"], "CD"),
    ] {
        let whole = raw(&m, text, country);
        for item in items {
            let alone = raw(&m, item, country);
            assert!(whole.0 >= alone.0 && whole.1 >= alone.1, "{text} ({country}): {whole:?} < {item}: {alone:?}");
        }
    }
    // "copper and/or refined tin" is tin refined and copper, no gold: as "copper and refined tin".
    assert_eq!(raw(&m, "copper and/or refined tin", "FI"), raw(&m, "copper and refined tin", "FI"));
    assert_eq!(raw(&m, "copper and/or refined tin", "FI"), raw(&m, "refined tin", "FI"));
    // Gold's salts are gold in a form, not Salt.
    assert_eq!(raw(&old, "gold salts", "CD"), (7.8, 18.7));
    assert_eq!(raw(&m, "gold salts", "CD"), raw(&m, "gold bars", "CD"));
    assert_eq!(raw(&m, "sels d'or", "FI"), raw(&m, "refined gold", "FI"));
}
