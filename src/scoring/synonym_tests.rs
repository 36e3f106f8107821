//! Goods ILAB lists, written in other words, read as the goods ILAB lists (2022.10, `[goods_synonyms]`): the names,
//! trade names and head nouns of ILAB goods in English and French are data, each English name with its French
//! counterpart; a good read at a site takes the listings of the ILAB goods it is a kind of, or that are kinds of it
//! ("clay bricks" are bricks, "beef" is cattle, "pyrotechnics" hold fireworks); goods placed in a category only by a
//! word with other common senses weigh as unread goods; unread goods weigh exactly as the riskiest reading of their
//! country. Unknown is never low: a reworded good never scores below its ILAB name.

use super::RiskModel;
use super::tests::{declaration, site};
use crate::domain::{Declaration, Role};

pub(super) fn model_2022_9() -> RiskModel {
    RiskModel::load_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("risk_models/2022.9")).unwrap()
}

fn one(goods: &str, country: &str) -> Declaration {
    declaration(vec![site("S", Role::Manufacturing, goods, country, &[])])
}

fn raw(goods: &str, country: &str) -> Declaration {
    declaration(vec![site("S", Role::RawMaterial, goods, country, &[])])
}

/// A nitrile-glove chain: naphtha cracked in India, butadiene made in China, nitrile latex compounded in Malaysia,
/// gloves dipped in Malaysia.
fn glove_chain() -> Declaration {
    declaration(vec![
        site("G", Role::Manufacturing, "nitrile examination gloves", "MY", &[]),
        site("L", Role::Processing, "nitrile latex compound", "MY", &["G"]),
        site("B", Role::Processing, "butadiene", "CN", &["L"]),
        site("A", Role::Processing, "acrylonitrile", "CN", &["L"]),
        site("N", Role::RawMaterial, "naphtha", "IN", &["B", "A"]),
    ])
}

/// The declarations whose scores 2022.10 decides anew (goods ILAB lists written in other words, in both languages;
/// petrochemical intermediates; goods placed by a word of many senses; unread goods where the riskiest listing has no
/// input), beside their ILAB names in the same countries, shared by the test that keeps 2022.9 as it shipped and by
/// the measures of the 2022.10 card.
pub(super) fn cases_2022_10() -> Vec<(&'static str, Declaration)> {
    vec![
        ("clay bricks, India", one("clay bricks", "IN")),
        ("briques d'argile, India", one("briques d'argile", "IN")),
        ("bricks, India", one("bricks", "IN")),
        ("bricks, Colombia", one("bricks", "CO")),
        ("fruits de mer, Thailand", raw("fruits de mer", "TH")),
        ("crevettes, Thailand", raw("crevettes", "TH")),
        ("seafood, Bangladesh", raw("seafood", "BD")),
        ("shellfish, Thailand", raw("shellfish", "TH")),
        ("tilapia, Indonesia", raw("tilapia", "ID")),
        ("dried fish, Ghana", one("dried fish", "GH")),
        ("poisson séché, Ghana", one("poisson séché", "GH")),
        ("chocolate liquor, Côte d'Ivoire", one("chocolate liquor", "CI")),
        ("cocoa mass, Côte d'Ivoire", one("cocoa mass", "CI")),
        ("masse de cacao, Ghana", one("masse de cacao", "GH")),
        ("fresh fruit bunches, Malaysia", raw("fresh fruit bunches", "MY")),
        ("régimes de palme, Indonesia", raw("régimes de palme", "ID")),
        ("pyrotechnics, India", one("pyrotechnics", "IN")),
        ("articles pyrotechniques, India", one("articles pyrotechniques", "IN")),
        ("fireworks, Philippines", one("fireworks", "PH")),
        ("beef, Paraguay", one("beef", "PY")),
        ("viande bovine, Paraguay", one("viande bovine", "PY")),
        ("cattle, Paraguay", raw("cattle", "PY")),
        ("beef, Bolivia", one("beef", "BO")),
        ("cotton fibre, Uzbekistan", one("cotton fibre", "UZ")),
        ("fibre de coton, Uzbekistan", one("fibre de coton", "UZ")),
        ("cotton fibre, Turkmenistan", one("cotton fibre", "TM")),
        ("fibre de coton, Turkmenistan", one("fibre de coton", "TM")),
        ("naphtha, India", raw("naphtha", "IN")),
        ("butadiene, China", one("butadiene", "CN")),
        ("acrylonitrile, China", one("acrylonitrile", "CN")),
        ("nitrile latex compound, Malaysia", one("nitrile latex compound", "MY")),
        ("nitrile gloves from naphtha, butadiene, acrylonitrile and latex compound", glove_chain()),
        ("Baumwollgarn, Turkmenistan", one("Baumwollgarn", "TM")),
        ("cotton, Turkmenistan", raw("cotton", "TM")),
        ("pipe fittings, India", one("pipe fittings", "IN")),
        ("pipe fittings, Canada", one("pipe fittings", "CA")),
    ]
}

/// `cases_2022_10` scored by 2022.9 (overall forced, child), measured on the code before 2022.10's changes.
pub(super) const CASES_2022_10_IN_2022_9: [(f64, f64); 36] = [
    (12.0, 6.7),
    (12.0, 6.7),
    (72.0, 66.7),
    (7.5, 4.3),
    (8.5, 12.5),
    (68.5, 72.5),
    (100.0, 100.0),
    (8.5, 12.5),
    (7.5, 7.9),
    (6.8, 16.0),
    (6.8, 16.0),
    (6.8, 13.0),
    (66.8, 73.0),
    (6.8, 76.0),
    (9.0, 13.1),
    (7.5, 67.9),
    (12.0, 6.7),
    (12.0, 6.7),
    (7.0, 7.0),
    (7.5, 8.7),
    (7.5, 8.7),
    (67.5, 68.7),
    (9.5, 13.7),
    (9.3, 5.8),
    (60.3, 56.8),
    (69.3, 72.8),
    (60.3, 63.8),
    (100.0, 100.0),
    (100.0, 100.0),
    (100.0, 100.0),
    (100.0, 100.0),
    (100.0, 100.0),
    (100.0, 100.0),
    (69.3, 72.8),
    (63.0, 100.0),
    (58.0, 51.8),
];


