//! 2022.18: a dug metal named by its purity, grade or process, or with words the model reads nothing of, is the metal
//! in a form (`qualified_dug_materials_brought_in`), words of the mine keep it dug, a grade last names no goods
//! (`grade_last_qualifies`), "plus", "with" and « avec » make a raw-material site's list (`list_words`), and "salts of
//! cobalt" are cobalt salts. 2022.17 is kept as it shipped.

use std::collections::HashMap;

use super::RiskModel;
use super::goods_2022_14_tests::{one, scores};
use super::goods_2022_17_tests::model as model_2022_17;
use super::model::says_purity;
use crate::domain::Role;

/// The marks between a list's two items, one a pair.
const MARKS: [&str; 5] = [", ", " and ", " plus ", " with ", " avec "];

fn model() -> RiskModel {
    RiskModel::shipped("2022.18").unwrap().unwrap()
}

fn raw(m: &RiskModel, text: &str, country: &str) -> (f64, f64) {
    scores(m, &one(Role::RawMaterial, text, country))
}

/// The kind: at a raw-material site in a country that lists none of the metal's goods, a metal named by its purity,
/// its grade, its process or a word the model cannot read scores as the refined metal (a form, brought in), where
/// 2022.17 read it as the metal mined there. The trial's names and new ones of each kind, in both languages; in a
/// country that lists the metal the listing stands.
#[test]
fn a_dug_metal_by_purity_grade_process_or_an_unread_word_is_the_metal_brought_in() {
    let (m, old) = (model(), model_2022_17());
    let cases = [
        // Purity: a share, a fineness, nines, a karat.
        ("gold 99.99%", "refined gold", "CH"),
        ("gold, 99.99%", "refined gold", "CH"),
        ("gold 99,99 %", "refined gold", "CH"),
        ("gold 9999", "refined gold", "CH"),
        ("gold 999.9", "refined gold", "CH"),
        ("gold 916", "refined gold", "CH"),
        ("24k gold", "refined gold", "CH"),
        ("24 carat gold", "refined gold", "CH"),
        ("or 999,9", "refined gold", "CH"),
        ("silver 999", "refined silver", "CH"),
        ("silver 99.9%", "refined silver", "CH"),
        ("argent 999", "refined silver", "CH"),
        ("copper 99.99%", "copper cathodes", "FI"),
        ("cuivre 99,99 %", "copper cathodes", "FI"),
        ("zinc 99.995%", "SHG zinc", "FI"),
        ("zinc 99.99", "SHG zinc", "FI"),
        ("tin 99.9%", "tin ingots", "FI"),
        ("tin 99.95 %", "tin ingots", "FI"),
        ("cobalt 99.8%", "refined cobalt", "FI"),
        // Grade.
        ("grade A copper", "copper cathodes", "FI"),
        ("LME grade A copper", "copper cathodes", "FI"),
        ("copper, grade A", "copper cathodes", "FI"),
        ("special high grade zinc", "SHG zinc", "FI"),
        ("high grade zinc", "SHG zinc", "FI"),
        ("battery grade cobalt", "refined cobalt", "FI"),
        ("cobalt, battery grade", "refined cobalt", "FI"),
        // Process and words the model reads nothing of.
        ("electrowon copper", "copper cathodes", "FI"),
        ("SX-EW copper", "copper cathodes", "FI"),
        ("ETP copper", "copper cathodes", "FI"),
        ("HG zinc", "SHG zinc", "FI"),
        ("LBMA gold", "refined gold", "CH"),
        ("investment gold", "refined gold", "CH"),
        ("high purity gold", "refined gold", "CH"),
        ("good delivery gold", "refined gold", "CH"),
        ("LBMA silver", "refined silver", "CH"),
        ("LME registered tin", "tin ingots", "FI"),
        ("zinc de haute pureté", "SHG zinc", "FI"),
    ];
    let mut lower = Vec::new();
    for (written, known, country) in cases {
        let (now, form) = (raw(&m, written, country), raw(&m, known, country));
        assert_eq!(now, form, "{written} ({country}) against {known}");
        // 2022.17 read it as the metal mined there, lower for child labour than the form.
        let before = raw(&old, written, country);
        if before.1 >= form.1 {
            lower.push(format!("{written} ({country}): {before:?} under 2022.17, not lower than {form:?}"));
        }
    }
    assert!(lower.is_empty(), "{lower:#?}");
    // A karat written last with its unit, words 2022.17 could not read (held at 73.0 / 81.0), read as the purity.
    for written in ["or 22 carats", "gold 18k", "gold, 24 kt"] {
        assert_eq!(raw(&old, written, "CH"), (73.0, 81.0), "{written} under 2022.17");
        assert_eq!(raw(&m, written, "CH"), raw(&m, "refined gold", "CH"), "{written}");
    }
    // Any karat is gold alloyed or fine, never as mined, and a fineness as a fraction is a purity (a trial's findings:
    // 2022.18 first read "gold 14k" as gold mined, 8.8 / 0.8).
    for written in [
        "gold 14k",
        "gold 9k",
        "or 14 carats",
        "gold 24-karat",
        "gold 18-kt",
        "gold 25k",
        "gold 0k",
        "gold 30 carats",
        "gold 0.9999",
        "gold 0,999",
        "gold 0.99",
        "gold 0.95",
        "silver 0.99",
    ] {
        let known = if written.starts_with("silver") { "refined silver" } else { "refined gold" };
        assert_eq!(raw(&m, written, "CH"), raw(&m, known, "CH"), "{written}");
    }
    // A purity or a grade says refined whatever words of the mine stand beside it.
    for written in ["gold 99.99% artisanal", "artisanal gold 99.99%", "placer gold 999", "LBMA grade gold from mining"]
    {
        assert_eq!(raw(&m, written, "CH"), raw(&m, "refined gold", "CH"), "{written}");
    }
    // Where the country lists the metal, the listing stands, as for "gold" and "gold bars".
    for written in ["LBMA gold", "gold 99.5%", "24k gold", "investment gold"] {
        assert_eq!(raw(&m, written, "CD"), raw(&m, "gold", "CD"), "{written} (CD)");
        assert_eq!(raw(&m, written, "PE"), raw(&m, "gold", "PE"), "{written} (PE)");
    }
    // The change log's figures.
    assert_eq!(raw(&old, "LBMA gold", "CH"), (8.8, 0.8));
    assert_eq!(raw(&m, "LBMA gold", "CH"), (70.5, 80.0));
    assert_eq!(raw(&m, "electrowon copper", "FI"), (8.8, 78.7));
}

/// What the rule leaves as it was: the metal alone, words of the mine, a measure, a share too low to be a purity, an
/// ore, and a metal beside another good.
#[test]
fn words_of_the_mine_a_measure_or_a_low_share_leave_the_metal_dug() {
    let (m, old) = (model(), model_2022_17());
    for (written, dug, country) in [
        ("artisanal gold", "gold", "CH"),
        ("alluvial gold", "gold", "CH"),
        ("gold nuggets", "gold", "CH"),
        ("mined copper", "copper", "FI"),
        ("copper from our mine", "copper", "FI"),
        ("or alluvionnaire", "gold", "CH"),
        ("pépites d'or", "gold", "CH"),
        ("artisanal gold", "gold", "CD"),
        ("gold 999 g", "gold", "CH"),
        ("gold, 2 kg", "gold", "CH"),
        ("copper 30%", "copper", "FI"),
        ("copper ore 2%", "copper", "FI"),
        ("tin ore 70%", "tin", "FI"),
        // The trial's mined words: raw, crude, run of mine, small-scale and artisanal mining, open pit, panning.
        ("raw gold", "gold", "CH"),
        ("crude gold", "gold", "CH"),
        ("ROM gold", "gold", "CH"),
        ("run-of-mine gold", "gold", "CH"),
        ("small-scale gold", "gold", "CH"),
        ("ASM gold", "gold", "CH"),
        ("artisanal and small-scale gold", "gold", "CH"),
        ("or d'orpaillage", "gold", "CH"),
        ("or brut", "gold", "CH"),
        ("open-pit copper", "copper", "FI"),
        ("underground copper", "copper", "FI"),
        ("gold ore 5 g/t", "gold", "CH"),
        ("gold ore, 5 g/t", "gold", "CH"),
    ] {
        assert_eq!(raw(&m, written, country), raw(&m, dug, country), "{written} ({country})");
    }
    // The metal alone and its ore score as under 2022.17.
    for (written, country) in [("gold", "CH"), ("copper", "FI"), ("gold ore", "CH"), ("tin", "CN"), ("gold", "CD")] {
        assert_eq!(raw(&m, written, country), raw(&old, written, country), "{written} ({country})");
    }
}

/// The purity the rule reads, and the numbers it leaves as measures.
#[test]
fn a_purity_is_a_high_share_a_fineness_a_karat_or_nines_never_a_measure() {
    let units: Vec<String> = ["g", "kg", "t", "oz", "lb", "mm"].iter().map(|u| u.to_string()).collect();
    for text in [
        "gold 99.99%",
        "99,95 % copper",
        "gold 9999",
        "silver 999",
        "gold 999.9",
        "gold 916",
        "zinc 99.995",
        "24k gold",
        "22 kt gold",
        "gold 24 carat",
        "or 18 carats",
        "4N tin",
        "tin 5N",
        "gold 25k",
        "gold 0.99",
        "silver 0,95",
        "silver 90%",
        "gold\u{a0}99.9\u{a0}%",
        "gold 14k",
        "gold 9 carats",
        "gold 24-karat",
        "gold 18\u{2013}kt",
        "gold 0.9999",
        "silver 0,999",
    ] {
        assert!(says_purity(text, &units), "{text}");
    }
    for text in [
        "gold",
        "gold 999 g",
        "gold 995 oz",
        "copper 30%",
        "copper 89.9%",
        "gold 2 kg",
        "copper 500",
        "gold 1000",
        "Cu2O",
        "model X9999",
        "ore 2N",
        "gold 9",
        "gold 0.5 kg",
        "steel 304",
    ] {
        assert!(!says_purity(text, &units), "{text}");
    }
}

/// A grade last in its words qualifies the goods and names none: "battery grade" is no batteries, alone or in a
/// list, and what it follows reads as it does alone.
#[test]
fn a_grade_last_names_no_goods() {
    let (m, old) = (model(), model_2022_17());
    // 2022.17 read "battery grade" as batteries at a Chinese raw-material site.
    assert_eq!(raw(&old, "battery grade", "CN"), (13.0, 58.1));
    assert_eq!(raw(&m, "battery grade", "CN"), raw(&m, "widgets", "CN"));
    assert_eq!(raw(&m, "food grade", "FI"), raw(&m, "widgets", "FI"));
    for (written, known, country) in [
        ("tin battery grade", "tin ingots", "FI"),
        ("battery grade, tin", "tin ingots", "CN"),
        ("cobalt sulfate, battery grade", "cobalt sulfate", "FI"),
        ("nitrile gloves medical grade", "nitrile gloves", "MY"),
        ("nitrile gloves, medical grade", "nitrile gloves", "MY"),
        ("salt food grade", "salt", "FI"),
    ] {
        assert_eq!(raw(&m, written, country), raw(&m, known, country), "{written} ({country})");
    }
    // A grade with its designation after it ("grade A", "grade 1", "grade 304") is the goods' grade: they read as
    // 2022.17 read them.
    for (written, country) in [
        ("solar panels grade A", "CN"),
        ("solar panels grade 1", "CN"),
        ("stainless steel grade 304", "CN"),
        ("steel wire rope grade 316", "CN"),
        ("latex gloves, examination grade", "MY"),
    ] {
        let maker = |m: &RiskModel| scores(m, &one(Role::Manufacturing, written, country));
        assert_eq!(maker(&m), maker(&old), "{written} ({country})");
    }
    // At a maker the goods are the head's, not the grade's: "medical grade" gloves are gloves.
    for role in [Role::Manufacturing, Role::Processing] {
        assert_eq!(
            scores(&m, &one(role, "nitrile gloves medical grade", "MY")),
            scores(&m, &one(role, "nitrile gloves", "MY")),
            "{role:?}"
        );
    }
}

/// "salts of cobalt", the English order of « sels de cobalt », are the metal's salts, not the Salt ILAB lists.
#[test]
fn salts_of_a_metal_are_its_salts() {
    let (m, old) = (model(), model_2022_17());
    for (written, known, country) in [
        ("salts of cobalt", "cobalt salts", "FI"),
        ("salts of copper", "copper salts", "FI"),
        ("salts of zinc", "zinc salts", "FI"),
        ("salts of tin", "tin salts", "FI"),
        ("salts of silver", "silver salts", "CD"),
        ("salts of gold", "gold salts", "CH"),
        ("salt of cobalt", "cobalt salts", "CD"),
    ] {
        assert_eq!(raw(&m, written, country), raw(&m, known, country), "{written} ({country})");
    }
    assert_eq!(raw(&old, "salts of cobalt", "FI"), (8.8, 0.8));
    assert_eq!(raw(&m, "salts of cobalt", "FI"), (8.8, 78.7));
}

/// 2022.17's property over more items and the new list words: at a raw-material site, in a country that mines the
/// metals, in countries that refine them without a listing and in one that lists cotton, for either kind, in both
/// orders, a list of two items scores at least as each item alone, items the model reads nothing of alone ("refined
/// lead", "widgets") among them (`raw_material_unread_items_held`).
#[test]
fn a_list_at_a_raw_material_site_scores_at_least_as_each_item_alone() {
    let m = model();
    let items = [
        "cobalt salts",
        "salts of cobalt",
        "refined cobalt",
        "battery grade cobalt",
        "tin",
        "tin 99.9%",
        "gold",
        "LBMA gold",
        "gold 99.99%",
        "fine gold",
        "silver",
        "copper",
        "grade A copper",
        "electrowon copper",
        "zinc",
        "special high grade zinc",
        "cotton",
        "nickel",
        "lingots d'or",
        "artisanal gold",
        "refined lead",
        "widgets",
    ];
    let countries = ["FI", "CD", "CH", "CN"];
    let mut alone: HashMap<(&str, &str), (f64, f64)> = HashMap::new();
    for item in items {
        for country in countries {
            alone.insert((item, country), raw(&m, item, country));
        }
    }
    let mut lowered = Vec::new();
    for (i, a) in items.iter().enumerate() {
        for (k, b) in items.iter().enumerate().skip(i + 1) {
            // Each pair in both orders across the marks, one mark a pair to keep the grid small.
            let mark = MARKS.get((i + k) % MARKS.len()).copied().unwrap_or(", ");
            for text in [format!("{a}{mark}{b}"), format!("{b}{mark}{a}")] {
                for country in countries {
                    let (f, c) = raw(&m, &text, country);
                    for item in [a, b] {
                        let (f0, c0) = alone[&(*item, country)];
                        if f < f0 || c < c0 {
                            lowered.push(format!("{text} ({country}): {f} / {c} < {item}: {f0} / {c0}"));
                        }
                    }
                }
            }
        }
    }
    assert!(lowered.is_empty(), "{} lowered: {lowered:#?}", lowered.len());
    // The list words of the change log.
    assert_eq!(raw(&model_2022_17(), "gold plus silver", "CD"), (7.8, 18.7));
    assert_eq!(raw(&m, "gold plus silver", "CD"), raw(&m, "gold", "CD"));
}

/// An item of a raw-material site's list the model reads nothing of alone is held as goods it cannot read beside the
/// other items' goods, as it is alone; an item of a grade or a measure only says no goods and holds nothing.
#[test]
fn an_unread_item_of_a_list_is_held_as_it_is_alone() {
    let (m, old) = (model(), model_2022_17());
    // 2022.17 read the list as its read items, below the unread one alone.
    assert_eq!(raw(&old, "refined lead and tin", "FI"), (67.8, 78.7));
    for (text, item, country) in [
        ("refined lead and tin", "refined lead", "FI"),
        ("gold and widgets", "widgets", "CD"),
        ("widgets and tin ingots", "widgets", "FI"),
        ("tin ingots; sprockets", "sprockets", "FI"),
        ("sprockets, cobalt salts", "sprockets", "CD"),
        ("cobalt sulfate\nthingamajigs", "thingamajigs", "FI"),
        ("lingots d'or et bidules", "bidules", "CH"),
    ] {
        assert_eq!(raw(&m, text, country), raw(&m, item, country), "{text} ({country})");
    }
    // An item whose words end on a word the model cannot read after a metal ("gold 4N", "gold 18kts") is held in the
    // list as it is alone (a second trial's finding: "gold 4N, tin" in the Congo read as gold, 67.8 / 78.7, against
    // 100 / 100 alone).
    for (text, item, country) in [
        ("gold 4N, tin", "gold 4N", "CD"),
        ("gold 18kts plus tin", "gold 18kts", "CH"),
        ("gold alloy 14k, cobalt", "gold alloy 14k", "CD"),
        ("copper cathodes and tin qwertz", "tin qwertz", "FI"),
    ] {
        let (whole, alone) = (raw(&m, text, country), raw(&m, item, country));
        assert!(whole.0 >= alone.0 && whole.1 >= alone.1, "{text} ({country}): {whole:?} against {item}: {alone:?}");
    }
    // A grade or a measure alone in an item says no goods: the list reads as its other items.
    for (text, item, country) in [
        ("cobalt sulfate, battery grade", "cobalt sulfate", "FI"),
        ("tin ingots, 2 kg", "tin ingots", "FI"),
        ("gold, 99.99%", "refined gold", "CH"),
        ("tin ingots and food grade", "tin ingots", "FI"),
    ] {
        assert_eq!(raw(&m, text, country), raw(&m, item, country), "{text} ({country})");
    }
    // The explanation holds the site as goods the model cannot read, named by the item's own words, not the list's.
    for (text, item) in [("refined lead and tin", "refined lead"), ("gold plus widgets", "widgets")] {
        let a = m.assess(&one(Role::RawMaterial, text, "FI"));
        let json = serde_json::to_string(&a).unwrap();
        assert!(json.contains("\"unread_goods\"") && json.contains(&format!("\"{item}\"")), "{json}");
        assert!(!json.contains(&format!("\"{text}\"")) || text.starts_with("gold"), "{json}");
        assert!(!json.contains("\"refined lead and\"") && !json.contains("\"plus widgets\""), "{json}");
    }
}
