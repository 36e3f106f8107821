//! 2022.14 (`plural_head_before_materials` of `[goods_words]`): a finished good's one-word name written in the plural,
//! followed to the end of the text by material words alone, names the goods ("gloves nitrile" are nitrile gloves),
//! where 2022.13 read the last word as the goods (nitrile: a raw material). 2022.13 is pinned as it shipped.

use super::RiskModel;
use super::goods_2022_11_tests::overall;
use super::tests::{declaration, site};
use crate::domain::{Declaration, Role};

pub(super) fn model() -> RiskModel {
    RiskModel::shipped("2022.14").unwrap().unwrap()
}

fn model_2022_13() -> RiskModel {
    RiskModel::shipped("2022.13").unwrap().unwrap()
}

pub(super) fn scores(m: &RiskModel, d: &Declaration) -> (f64, f64) {
    overall(&m.assess(d))
}

pub(super) fn one(role: Role, goods: &str, country: &str) -> Declaration {
    declaration(vec![site("S", role, goods, country, &[])])
}

/// A plural finished good before its materials reads as the materials' goods of that name, at a raw-material site and
/// a maker, in English and French, misspelt or not: each scores as the name written in running order.
#[test]
fn a_plural_finished_good_before_its_materials_names_the_goods() {
    let (m, old) = (model(), model_2022_13());
    for (written, running, country) in [
        ("gloves nitrile", "nitrile gloves", "MY"),
        ("Gloves Nitrile", "nitrile gloves", "MY"),
        ("glovs nitrile", "nitrile gloves", "MY"),
        ("gloves latex", "latex gloves", "TH"),
        ("disposable gloves nitrile", "nitrile disposable gloves", "MY"),
        ("gloves nitrile rubber", "nitrile rubber gloves", "MY"),
        ("shirts cotton", "cotton shirts", "BD"),
        ("garments cotton", "cotton garments", "IN"),
        ("boots rubber", "rubber boots", "CN"),
        ("shoes leather", "leather shoes", "IN"),
        // A catalogue's mark after the plural name is the comma the rule would put there.
        ("gloves - nitrile", "nitrile gloves", "MY"),
        ("gloves: nitrile", "nitrile gloves", "MY"),
    ] {
        for role in [Role::RawMaterial, Role::Manufacturing] {
            let what = format!("{written} ({country}, {role:?})");
            assert_eq!(scores(&m, &one(role, written, country)), scores(&m, &one(role, running, country)), "{what}");
        }
        assert_eq!(m.tables.goods_in(written), m.tables.goods_in(running), "{written}");
    }
    // The case the card measures: 2022.13 read the materials as the goods, low at the raw-material site.
    for written in ["gloves nitrile", "glovs nitrile"] {
        let raw = one(Role::RawMaterial, written, "MY");
        let maker = one(Role::Manufacturing, written, "MY");
        assert_eq!(scores(&old, &raw), (9.0, 13.1), "{written} under 2022.13");
        assert_eq!(scores(&old, &maker), (73.0, 76.0), "{written} under 2022.13");
        assert_eq!(scores(&m, &raw), (69.0, 13.1), "{written}");
        assert_eq!(scores(&m, &maker), (100.0, 76.0), "{written}");
        assert_eq!(old.tables.goods_in(written), ["Rubber"], "{written} under 2022.13");
        assert_eq!(m.tables.goods_in(written), ["Rubber Gloves"], "{written}");
    }
}

/// What the rule leaves alone reads as 2022.13 reads it: a finished good in the singular before a material (latex
/// for gloves), a good that is no finished good before a material, a finished good before another finished good,
/// the material first, words after the materials that name no material, and texts with a comma or a list mark.
#[test]
fn what_is_no_plural_finished_good_before_materials_reads_as_before() {
    let (m, old) = (model(), model_2022_13());
    for written in [
        "glove latex",
        "glove grade latex",
        "nitrile gloves",
        "yarn cotton",
        "cotton yarn",
        "gloves boots",
        "gloves, nitrile",
        "gloves nitrile/latex",
        "gloves; nitrile",
        "gloves nitrile boxes",
        "gloves",
        "nitrile",
        "gants nitrile",
        "gants en nitrile",
        "glove boxes steel",
    ] {
        for (role, country) in [(Role::RawMaterial, "MY"), (Role::Manufacturing, "MY"), (Role::Manufacturing, "CN")] {
            let d = one(role, written, country);
            assert_eq!(scores(&m, &d), scores(&old, &d), "{written} ({country}, {role:?})");
        }
        assert_eq!(m.tables.goods_in(written), old.tables.goods_in(written), "{written}");
    }
}
