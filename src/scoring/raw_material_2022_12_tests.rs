//! 2022.12: a raw-material site whose words end on a product the model has no good for beside a material ("nitrile
//! glovs", "cotton yarnn", a head noun written with a look-alike letter) makes that product, unread, and weighs the
//! fallback for goods the model cannot read, as any other site does (`[goods_reading]
//! raw_material_reads_its_product`); 2022.11 read the material as the site's goods and dropped the product word.

use super::RiskModel;
use super::tests::{declaration, site};
use crate::domain::{Declaration, FindingCode, Role};

fn model() -> RiskModel {
    RiskModel::shipped("2022.12").unwrap().unwrap()
}

fn model_2022_11() -> RiskModel {
    RiskModel::shipped("2022.11").unwrap().unwrap()
}

fn one(role: Role, goods: &str, country: &str) -> Declaration {
    declaration(vec![site("A", role, goods, country, &[])])
}

fn scores(m: &RiskModel, d: &Declaration) -> (f64, f64) {
    let a = m.assess(d);
    (a.overall.forced_labour.score, a.overall.child_labour.score)
}

/// A product word the model cannot read, after a material, scores at a raw-material site as it does at a
/// manufacturing site: never as the material alone, never below the goods read right.
#[test]
fn an_unread_product_after_a_material_is_unread_at_a_raw_material_site_too() {
    let m = model();
    for (goods, right, country) in [
        ("nitrile glovs", "nitrile gloves", "MY"),
        ("nitrile gloevs", "nitrile gloves", "MY"),
        ("cotton yarnn", "cotton yarn", "IN"),
        ("steel boltz", "steel bolts", "CN"),
        ("cocoa beanz", "cocoa beans", "CI"),
    ] {
        let raw = scores(&m, &one(Role::RawMaterial, goods, country));
        let made = scores(&m, &one(Role::Manufacturing, goods, country));
        assert_eq!(raw, made, "{goods} ({country}): a raw-material site as a maker");
        for role in [Role::RawMaterial, Role::Manufacturing] {
            let read = scores(&m, &one(role, right, country));
            assert!(
                raw.0 >= read.0 && raw.1 >= read.1,
                "{goods} ({country}, {role:?}): {raw:?} below {right} {read:?}"
            );
        }
        // Said as unread where a maker's words are.
        let said = |role| {
            m.assess(&one(role, goods, country)).findings.iter().any(|f| f.code() == FindingCode::UnclassifiedGoods)
        };
        assert_eq!(said(Role::RawMaterial), said(Role::Manufacturing), "{goods}");
    }
}

/// Words that name a material alone, or a good the model reads, stay as 2022.11 read them at a raw-material site;
/// 2022.11 itself scores the unread product as it shipped (the material alone).
#[test]
fn a_material_alone_stays_read_and_2022_11_is_unchanged() {
    let (m, old) = (model(), model_2022_11());
    for (goods, country) in
        [("raw cotton", "IN"), ("nitrile", "MY"), ("cocoa beans", "CI"), ("polyester fibre", "CN"), ("latex", "MY")]
    {
        let d = one(Role::RawMaterial, goods, country);
        assert_eq!(scores(&m, &d), scores(&old, &d), "{goods} ({country})");
    }
    // 2022.11 read "nitrile glovs" at a raw-material site as nitrile alone.
    let alone = scores(&old, &one(Role::RawMaterial, "nitrile", "MY"));
    assert_eq!(scores(&old, &one(Role::RawMaterial, "nitrile glovs", "MY")), alone);
    assert!(scores(&m, &one(Role::RawMaterial, "nitrile glovs", "MY")).0 > alone.0 + 40.0);
}
