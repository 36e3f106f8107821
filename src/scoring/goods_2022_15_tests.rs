//! 2022.15: the citrus fruits and their juices in the names buyers write ("grapefruit juice", « jus de pamplemousse »,
//! "clementines", "fresh oranges") read as Citrus Fruits, and "metal" and the hydrates a salt is sold as are words of
//! form ("cobalt metal", "cobalt sulfate heptahydrate" read as cobalt), where 2022.14 read each as goods it could not
//! read. 2022.14 is kept as it shipped.

use super::RiskModel;
use super::goods_2022_14_tests::{model as model_2022_14, one, scores};
use crate::domain::Role;

pub(super) fn model() -> RiskModel {
    RiskModel::shipped("2022.15").unwrap().unwrap()
}

/// Each new name reads as a name 2022.14 already read as the same good, and scores as it does at a producer, a
/// processor and a maker in countries that grow or mine the good and countries that do not; under 2022.14 it read as
/// nothing, held at the riskiest producer any category presumes.
#[test]
fn citrus_names_and_forms_of_metals_read_as_their_goods() {
    let (m, old) = (model(), model_2022_14());
    let cases = [
        ("grapefruit juice", "orange juice", "Citrus Fruits"),
        ("jus de pamplemousse", "jus d'orange", "Citrus Fruits"),
        ("Grapefruit", "lemon", "Citrus Fruits"),
        ("pamplemousses", "citron", "Citrus Fruits"),
        ("clementines", "lemon", "Citrus Fruits"),
        ("clémentines", "citron", "Citrus Fruits"),
        ("mandarines", "citron", "Citrus Fruits"),
        ("tangerines", "lemon", "Citrus Fruits"),
        ("fresh oranges", "lemon", "Citrus Fruits"),
        ("oranges fraîches", "citron", "Citrus Fruits"),
        ("navel oranges", "lemon", "Citrus Fruits"),
        ("lime juice", "lemon juice", "Citrus Fruits"),
        ("cobalt metal", "cobalt sulfate", "Cobalt ore (heterogenite)"),
        ("cobalt métal", "cobalt sulfate", "Cobalt ore (heterogenite)"),
        ("cobalt sulfate heptahydrate", "cobalt sulfate", "Cobalt ore (heterogenite)"),
        ("cobalt sulphate heptahydrate", "cobalt sulfate", "Cobalt ore (heterogenite)"),
    ];
    for (written, known, good) in cases {
        assert_eq!(m.tables.goods_in(written), [good], "{written}");
        assert_eq!(m.tables.goods_in(written), m.tables.goods_in(known), "{written}");
        assert_eq!(old.tables.goods_in(known), [good], "{known} under 2022.14");
        // 2022.14 held each at the riskiest producer any category presumes (the card of 2022.13, "Still unread").
        let held = |role, country| scores(&old, &one(role, written, country));
        assert_eq!(held(Role::RawMaterial, "BR"), (100.0, 100.0), "{written} under 2022.14");
        assert_eq!(held(Role::Manufacturing, "NL"), (73.0, 81.0), "{written} under 2022.14");
        for role in [Role::RawMaterial, Role::Processing, Role::Manufacturing] {
            for country in ["BR", "US", "NL", "CD", "FI", "CA"] {
                let what = format!("{written} ({country}, {role:?})");
                assert_eq!(scores(&m, &one(role, written, country)), scores(&m, &one(role, known, country)), "{what}");
            }
        }
    }
}

/// What is no citrus name nor a form of a metal reads as 2022.14 reads it: "orange" and "oranges" alone (« oranges »
/// is also the colour: orange safety vests), metal before or after words that name no material, other hydrates'
/// words.
#[test]
fn colours_and_other_metal_words_read_as_before() {
    let (m, old) = (model(), model_2022_14());
    for written in [
        "oranges",
        "orange",
        "gilets oranges",
        "gilets de sécurité oranges",
        "orange safety vests",
        "orange gloves",
        "gants oranges",
        "sheet metal",
        "metal fittings",
        "scrap metal",
        "metal chain",
        "chaîne en métal",
        "steel wire rope",
        "cobalt",
        "copper cathodes",
        "hydrate",
    ] {
        assert_eq!(m.tables.goods_in(written), old.tables.goods_in(written), "{written}");
        for (role, country) in [(Role::RawMaterial, "BR"), (Role::Manufacturing, "CN"), (Role::Manufacturing, "CA")] {
            let d = one(role, written, country);
            assert_eq!(scores(&m, &d), scores(&old, &d), "{written} ({country}, {role:?})");
        }
    }
}

/// A raw-material site whose words name a material in a form takes the listing of its country, as the material alone
/// does there: "cobalt sulfate", "cobalt metal" at a Congolese raw-material site are cobalt ore as "cobalt" is, "gold
/// bars" at a Peruvian one gold; where the country lists none of the goods, the form is the goods brought in.
#[test]
fn a_raw_material_site_s_form_takes_its_country_s_listing() {
    let (m, old) = (model(), model_2022_14());
    for (written, material, country) in [
        ("cobalt sulfate", "cobalt", "CD"),
        ("cobalt sulphate", "cobalt", "CD"),
        ("cobalt metal", "cobalt", "CD"),
        ("cobalt sulfate heptahydrate", "cobalt", "CD"),
        ("cobalt hydroxide", "cobalt", "CD"),
        ("gold bars", "gold", "PE"),
        ("gold bullion", "gold", "PE"),
        ("lingots d'or", "or", "PE"),
        ("tin ingots", "tin", "CD"),
    ] {
        let form = one(Role::RawMaterial, written, country);
        let alone = one(Role::RawMaterial, material, country);
        assert_eq!(scores(&m, &form), scores(&m, &alone), "{written} ({country})");
        // The material alone scores as 2022.14 scored it.
        assert_eq!(scores(&m, &alone), scores(&old, &alone), "{material} ({country})");
    }
    // The case the card measures: 2022.14 scored the form below the material alone.
    let form = one(Role::RawMaterial, "cobalt sulfate", "CD");
    assert_eq!(scores(&old, &form), (7.8, 18.7));
    assert_eq!(scores(&m, &form), (7.8, 78.7));
    // Where the country lists none of the goods, the form is made of the goods brought in, of unknown origin, as at a
    // processor there: no one mines a sulfate. 2022.14 scored it as a raw material of that country, far below.
    for (written, country, was) in [
        ("cobalt sulfate", "FI", (8.8, 0.8)),
        ("cobalt sulfate", "BR", (10.0, 7.1)),
        ("gold bars", "CH", (8.8, 0.8)),
        ("tin ingots", "CA", (7.0, 0.8)),
    ] {
        let raw = one(Role::RawMaterial, written, country);
        let processor = one(Role::Processing, written, country);
        assert_eq!(scores(&m, &raw), scores(&m, &processor), "{written} ({country})");
        assert_eq!(scores(&old, &raw), was, "{written} ({country}) under 2022.14");
        assert!(scores(&m, &raw).1 > was.1, "{written} ({country})");
    }
}
