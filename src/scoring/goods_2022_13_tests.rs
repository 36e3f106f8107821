//! 2022.13 (`[goods_words]`): goods words written one letter off a finished good's name read as that name, never a
//! word of either language one letter off it; raw materials the model names that no ILAB list carries are read, not
//! unread; a declared input the model reads nothing of is held, never dropped; the processed forms of listed goods
//! read as their good.

use super::RiskModel;
use super::goods_2022_11_tests::{one, overall, raw};
use super::shipped_2022_12_tests::model_2022_12;
use super::tests::{declaration, site, with_inputs};
use crate::domain::{Declaration, FindingCode, Role};

fn model() -> RiskModel {
    RiskModel::shipped("2022.13").unwrap().unwrap()
}

fn scores(m: &RiskModel, d: &Declaration) -> (f64, f64) {
    overall(&m.assess(d))
}

/// Whether the assessment of `d` says goods the model cannot read (`unclassified_goods`) naming `goods`.
fn said_unread(m: &RiskModel, d: &Declaration, goods: &str) -> bool {
    m.assess(d).findings.iter().any(|f| {
        f.code() == FindingCode::UnclassifiedGoods && serde_json::to_string(f).is_ok_and(|j| j.contains(goods))
    })
}

/// Words one letter off a finished good's name (a letter left out, one too many, two swapped), in English and French,
/// at a raw-material site and a maker: each scores as the name written right, where 2022.12 read the material alone
/// at the raw-material site (low) or the goods as unread.
#[test]
fn a_word_one_letter_off_a_finished_good_reads_as_the_good() {
    let (m, old) = (model(), model_2022_12());
    for (written, right, country) in [
        ("nitrile glovs medical grade", "nitrile gloves medical grade", "MY"),
        ("nitrile gloevs", "nitrile gloves", "MY"),
        ("latex glovees", "latex gloves", "TH"),
        ("gans en nitrile", "gants en nitrile", "MY"),
        ("gantss nitrile", "gants nitrile", "MY"),
        ("chausures de sécurité en cuir", "chaussures de sécurité en cuir", "IN"),
        ("leather footwaer", "leather footwear", "IN"),
        ("cotton garmnets", "cotton garments", "BD"),
        ("vêtments en coton", "vêtements en coton", "BD"),
        ("wooden furnitre", "wooden furniture", "CN"),
        ("carpts", "carpets", "IN"),
    ] {
        for role in [Role::RawMaterial, Role::Manufacturing] {
            let d = |goods: &str| declaration(vec![site("S", role, goods, country, &[])]);
            assert_eq!(scores(&m, &d(written)), scores(&m, &d(right)), "{written} ({country}, {role:?})");
            assert_eq!(m.tables.goods_in(written), m.tables.goods_in(right), "{written}");
            assert!(!m.tables.goods_in(written).is_empty(), "{written} names no good");
        }
        // 2022.12 read none of them as the good.
        assert_ne!(old.tables.goods_in(written), old.tables.goods_in(right), "{written} under 2022.12");
    }
}

/// Words of English and French one letter off a finished good's name, and words a letter changed from one, read as
/// they are written: never as the finished good, as 2022.12 reads them.
#[test]
fn words_near_a_finished_good_read_as_written() {
    let (m, old) = (model(), model_2022_12());
    for written in [
        "steel globe valves",
        "globes",
        "grove",
        "love seats",
        "glover",
        "gloved",
        "grants",
        "giant tyres",
        "gains",
        "ants",
        "carpe",
        "shirk",
        "shift knobs",
        "vest",
        "clove oil",
        "furnish",
        "gnats",
        "gloss paint",
        "garnets",
        "joue",
        "savons",
        "chaussée",
    ] {
        assert_eq!(m.tables.goods_in(written), old.tables.goods_in(written), "{written}");
        for role in [Role::RawMaterial, Role::Manufacturing] {
            let d = declaration(vec![site("S", role, written, "MY", &[])]);
            assert_eq!(scores(&m, &d), scores(&old, &d), "{written} ({role:?})");
        }
    }
    // Every word the model keeps apart reads as no finished good.
    for w in &m.tables.goods_words.other_words {
        let goods = m.tables.goods_in(w);
        assert!(goods.iter().all(|g| !m.tables.finished_goods.iter().any(|f| f == g)), "{w}: {goods:?}");
    }
}

/// No word the model reads already, and no word of `other_words`, is read as a misspelling; each misspelling is one
/// letter off the name it reads as.
#[test]
fn the_misspellings_are_words_the_model_reads_nothing_of() {
    let m = model();
    let t = &m.tables;
    let known = t.known_words();
    assert!(t.misspellings.len() > 1000, "{}", t.misspellings.len());
    for (off, name) in &t.misspellings {
        assert!(!known.contains(off), "{off}");
        assert!(!t.goods_words.other_words.contains(off), "{off}");
        assert!(!t.goods_in(name).is_empty(), "{off} → {name}");
        assert_eq!(t.goods_in(off), t.goods_in(name), "{off} → {name}");
    }
    // 2022.12 has no misspellings.
    assert!(model_2022_12().tables.misspellings.is_empty());
}

/// Raw materials and semi-finished goods the model names that no ILAB list carries, at a raw-material site in Canada:
/// read as the material alone is (no listing there), where 2022.12 held them as goods it could not read.
#[test]
fn a_raw_material_on_no_list_is_read_not_unread() {
    let (m, old) = (model(), model_2022_12());
    for (written, material) in [
        ("wood pulp", "wood"),
        ("pâte de bois", "bois"),
        ("pulp", "aluminium"),
        ("alumina", "aluminium"),
        ("bauxite", "aluminium"),
        ("potash", "aluminium"),
        ("graphite", "aluminium"),
    ] {
        let d = raw(written, "CA");
        assert_eq!(scores(&m, &d), scores(&m, &raw(material, "CA")), "{written}");
        assert!(scores(&old, &d).0 > scores(&m, &d).0, "{written}: 2022.12 {:?}", scores(&old, &d));
    }
    // Aluminium in a form was read in 2022.12 already (a material alone), and stays so.
    for m in [&m, &old] {
        assert_eq!(scores(m, &raw("aluminium ingots", "CA")), scores(m, &raw("aluminium", "CA")));
    }
    // A product word the model cannot read stays unread beside a material, as in 2022.12.
    for written in ["nitrile xyzzy", "wood gizmos"] {
        assert_eq!(scores(&m, &raw(written, "CA")), scores(&old, &raw(written, "CA")), "{written}");
    }
    // No name of a good on no list reads as an ILAB good.
    for (en, fr) in &m.tables.goods_words.unlisted_goods {
        for name in [en, fr] {
            assert!(m.tables.goods_in(name).iter().all(|g| *g == "Timber"), "{name}: {:?}", m.tables.goods_in(name));
        }
    }
}

/// A declared input the model reads nothing of, at a raw-material site: held as goods it cannot read and said, never
/// dropped (2022.12 scored the site as if it declared nothing).
#[test]
fn an_unread_input_at_a_raw_material_site_is_held() {
    let (m, old) = (model(), model_2022_12());
    for (goods, country) in [("cotton lint", "IN"), ("raw cotton", "CA"), ("latex", "MY")] {
        let bare = declaration(vec![site("S", Role::RawMaterial, goods, country, &[])]);
        for input in ["cottn", "Baumwolle", "xyzzy", "matières diverses"] {
            let d = declaration(vec![with_inputs(site("S", Role::RawMaterial, goods, country, &[]), &[input])]);
            assert_eq!(scores(&old, &d), scores(&old, &bare), "{goods} + {input}: 2022.12 dropped it");
            let (held, none) = (scores(&m, &d), scores(&m, &bare));
            assert!(held.0 > none.0 && held.1 > none.1, "{goods} + {input}: {held:?} against {none:?}");
            assert!(said_unread(&m, &d, input), "{goods} + {input}: not said");
        }
        // An input the model reads is read as before.
        let d = declaration(vec![with_inputs(site("S", Role::RawMaterial, goods, country, &[]), &["latex"])]);
        assert_eq!(scores(&m, &d), scores(&old, &d), "{goods} + latex");
    }
}

/// The processed forms of goods ILAB lists read as their good in both languages (a form brought in where the country
/// lists neither): forced labour stays the context where ILAB lists the good for child labour only.
#[test]
fn processed_forms_read_as_their_listed_good() {
    let m = model();
    for (written, good) in [
        ("orange juice", "Citrus Fruits"),
        ("jus d'orange", "Citrus Fruits"),
        ("lemon juice", "Citrus Fruits"),
        ("cobalt sulfate", "Cobalt ore (heterogenite)"),
        ("cobalt sulphate", "Cobalt ore (heterogenite)"),
        ("sulfate de cobalt", "Cobalt ore (heterogenite)"),
        ("cobalt hydroxide", "Cobalt ore (heterogenite)"),
    ] {
        assert_eq!(m.tables.goods_in(written), vec![good], "{written}");
    }
    // Made in the Netherlands, where ILAB lists neither: forced labour is the country's context (both goods are
    // listed for child labour only), child labour the presumed producer's.
    assert_eq!(scores(&m, &one("orange juice", "NL")), (8.8, 73.5));
    assert_eq!(scores(&m, &one("cobalt sulfate", "FI")), (8.8, 78.7));
}
