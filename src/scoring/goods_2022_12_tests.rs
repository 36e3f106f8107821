//! Goods words read alike in English and French, joined materials and forms of goods (2022.12, `[goods_forms]`): every
//! ILAB good's French name reads as its English name in the forms French writes it (articles, elision, plurals, case,
//! accents: « de l'or », « thé », « maïs »); materials joined by a slash, an ampersand, a plus or a dash are one
//! compound's ("polyester/cotton blend t-shirts"), while ILAB's own names with a slash stay their goods; a material in
//! a form ("gold bars", « lingots d'or », "aluminium ingots", "cobalt sulfate") and a good's traded forms ("sugar",
//! "cane sugar") read alike, taking the listing where the site's country lists the good.

use super::RiskModel;
use super::goods_2022_11_tests::{KINDS, factors, one, overall, raw};
use super::names::{NameKind, french};
use super::tests::{assert_cases, declaration, site, with_inputs};
use crate::domain::{Declaration, RiskKind, Role};

fn model() -> RiskModel {
    RiskModel::shipped("2022.12").unwrap().unwrap()
}

fn model_2022_11() -> RiskModel {
    RiskModel::shipped("2022.11").unwrap().unwrap()
}

/// A battery maker in Canada taking in cobalt sulfate, with the Finnish refinery of it declared or not.
fn battery_chain(refinery: bool) -> Declaration {
    let maker =
        with_inputs(site("B", Role::Manufacturing, "lithium-ion battery cells", "CA", &[]), &["cobalt sulfate"]);
    let mut sites = vec![maker];
    if refinery {
        sites.push(site("R", Role::Processing, "cobalt sulfate", "FI", &["B"]));
    }
    declaration(sites)
}

/// The declarations whose scores 2022.12 decides anew (the tester's instances and new ones of each kind), one site
/// each, a maker, no due diligence: the figures of the 2022.12 card.
pub(super) fn cases_2022_12() -> Vec<(&'static str, Declaration)> {
    vec![
        ("lingot d'or, China", one("lingot d'or", "CN")),
        ("gold bullion, China", one("gold bullion", "CN")),
        ("lingots d'or, Switzerland", one("lingots d'or", "CH")),
        ("gold bullion, Switzerland", one("gold bullion", "CH")),
        ("or raffiné, China", one("or raffiné", "CN")),
        ("refined gold, China", one("refined gold", "CN")),
        ("de l'or, Peru", one("de l'or", "PE")),
        ("gold bars, Peru", one("gold bars", "PE")),
        ("gold, Peru", one("gold", "PE")),
        ("barres d'or, Peru", one("barres d'or", "PE")),
        ("thé, India", one("thé", "IN")),
        ("tea, India", one("tea", "IN")),
        ("maïs, Mexico", one("maïs", "MX")),
        ("polyester/cotton blend t-shirts, Bangladesh", one("polyester/cotton blend t-shirts", "BD")),
        ("t-shirts coton/polyester, Bangladesh", one("t-shirts coton/polyester", "BD")),
        ("50/50 cotton poly, Bangladesh", one("50/50 cotton poly", "BD")),
        ("leather/rubber boots, India", one("leather/rubber boots", "IN")),
        ("cotton & polyester fabric, China", one("cotton & polyester fabric", "CN")),
        ("aluminium ingots, China", one("aluminium ingots", "CN")),
        ("aluminium, China", one("aluminium", "CN")),
        ("tin ingots, Canada", one("tin ingots", "CA")),
        ("silver bars, Bolivia", one("silver bars", "BO")),
        ("cobalt sulfate, Finland", one("cobalt sulfate", "FI")),
        ("battery maker, Canada, Finnish refinery", battery_chain(true)),
        ("sugar, Brazil", one("sugar", "BR")),
        ("sucre, Brazil", one("sucre", "BR")),
        ("cane sugar, Brazil", one("cane sugar", "BR")),
        ("sugar, Canada", one("sugar", "CA")),
        ("cane sugar, Canada", one("cane sugar", "CA")),
        ("steel sheets, China", one("steel sheets", "CN")),
    ]
}

/// `cases_2022_12` scored by 2022.11 (overall forced, child), as it shipped.
const CASES_2022_12_IN_2022_11: [(f64, f64); 30] = [
    (13.0, 13.1),   // lingot d'or, China
    (100.0, 100.0), // gold bullion, China
    (8.8, 0.8),     // lingots d'or, Switzerland
    (59.8, 51.8),   // gold bullion, Switzerland
    (100.0, 100.0), // or raffiné, China
    (13.0, 13.1),   // refined gold, China
    (100.0, 100.0), // de l'or, Peru
    (59.5, 66.4),   // gold bars, Peru
    (68.5, 75.4),   // gold, Peru
    (100.0, 100.0), // barres d'or, Peru
    (100.0, 100.0), // thé, India
    (72.0, 6.7),    // tea, India
    (100.0, 100.0), // maïs, Mexico
    (8.0, 14.6),    // polyester/cotton blend t-shirts, Bangladesh
    (100.0, 100.0), // t-shirts coton/polyester, Bangladesh
    (100.0, 100.0), // 50/50 cotton poly, Bangladesh
    (63.0, 100.0),  // leather/rubber boots, India
    (73.0, 73.1),   // cotton & polyester fabric, China
    (100.0, 100.0), // aluminium ingots, China
    (13.0, 13.1),   // aluminium, China
    (7.0, 0.8),     // tin ingots, Canada
    (9.5, 64.7),    // silver bars, Bolivia
    (59.8, 51.8),   // cobalt sulfate, Finland
    (59.8, 51.8),   // battery maker, Canada, Finnish refinery
    (100.0, 100.0), // sugar, Brazil
    (100.0, 100.0), // sucre, Brazil
    (70.0, 67.1),   // cane sugar, Brazil
    (58.0, 51.8),   // sugar, Canada
    (7.0, 0.8),     // cane sugar, Canada
    (64.0, 13.1),   // steel sheets, China
];

/// `cases_2022_12` scored by 2022.12: the figures of its card's change log.
const CASES_2022_12_IN_2022_12: [(f64, f64); 30] = [
    (70.5, 80.0),   // lingot d'or, China
    (70.5, 80.0),   // gold bullion, China
    (70.5, 80.0),   // lingots d'or, Switzerland
    (70.5, 80.0),   // gold bullion, Switzerland
    (70.5, 80.0),   // or raffiné, China
    (70.5, 80.0),   // refined gold, China
    (68.5, 75.4),   // de l'or, Peru
    (68.5, 75.4),   // gold bars, Peru
    (68.5, 75.4),   // gold, Peru
    (68.5, 75.4),   // barres d'or, Peru
    (72.0, 6.7),    // thé, India
    (72.0, 6.7),    // tea, India
    (69.5, 73.7),   // maïs, Mexico
    (100.0, 100.0), // polyester/cotton blend t-shirts, Bangladesh
    (100.0, 100.0), // t-shirts coton/polyester, Bangladesh
    (73.0, 80.0),   // 50/50 cotton poly, Bangladesh
    (73.0, 100.0),  // leather/rubber boots, India
    (100.0, 100.0), // cotton & polyester fabric, China
    (13.0, 13.1),   // aluminium ingots, China
    (13.0, 13.1),   // aluminium, China
    (67.8, 78.7),   // tin ingots, Canada
    (9.5, 73.7),    // silver bars, Bolivia
    (8.8, 78.7),    // cobalt sulfate, Finland
    (8.8, 78.7),    // battery maker, Canada, Finnish refinery
    (70.0, 67.1),   // sugar, Brazil
    (70.0, 67.1),   // sucre, Brazil
    (70.0, 67.1),   // cane sugar, Brazil
    (73.0, 77.4),   // sugar, Canada
    (73.0, 77.4),   // cane sugar, Canada
    (70.5, 13.1),   // steel sheets, China
];

/// 2022.11 scores the declarations 2022.12 decides anew as it shipped: the keys of `[goods_forms]` leave it alone.
#[test]
fn model_2022_11_scores_the_2022_12_goods_cases_as_it_shipped() {
    assert_cases(&model_2022_11(), cases_2022_12(), &CASES_2022_12_IN_2022_11);
}

/// The figures of the 2022.12 card's change log (goods words in both languages, joined materials, forms).
#[test]
fn model_2022_12_scores_its_goods_cases_as_its_card_says() {
    assert_cases(&model(), cases_2022_12(), &CASES_2022_12_IN_2022_12);
}

/// The forms French writes a good's name in: as `names_fr.csv` gives it, in capitals, capitalised, without its accents
/// (but for the names that are other words without them, « thé », « maïs »), with an article (« de l' », « du »,
/// « des »), each word's last letter `s` dropped or added (the other number), and, for a name of one word beginning
/// with a vowel, after « d' » in a phrase whose head the model reads no good of.
fn french_forms(fr: &str, accented_other_word: bool) -> Vec<String> {
    let mut out = vec![fr.to_string(), fr.to_uppercase()];
    let mut chars = fr.chars();
    if let Some(first) = chars.next() {
        out.push(first.to_uppercase().chain(chars).collect());
    }
    if !accented_other_word {
        out.push(crate::domain::text::fold_words(fr));
    }
    let vowel = fr.chars().next().is_some_and(|c| "aeiouyéèêàâîôûœh".contains(c));
    out.push(if vowel { format!("de l'{fr}") } else { format!("des {fr}") });
    if accented_other_word {
        return out;
    }
    let other_number: Vec<String> = fr
        .split(' ')
        .map(|w| match w.strip_suffix('s') {
            Some(stem) if w.chars().count() > 3 => stem.to_string(),
            _ if w.chars().count() > 3 && !w.ends_with(['x', 'z']) && w.chars().all(char::is_alphabetic) => {
                format!("{w}s")
            }
            _ => w.to_string(),
        })
        .collect();
    out.push(other_number.join(" "));
    out
}

/// Every ILAB good's French name (`names_fr.csv`), in every form French writes it ([`french_forms`]), reads as the
/// same goods as its English name (ILAB's, as its rows write it), or goods of one kin: « de l'or », « OR », « thé »,
/// « maïs », « des bananes », « Café », « cafe » (2022.11 read « or », « thé » and « maïs » as nothing, and left them
/// out of its test).
#[test]
fn every_ilab_good_reads_alike_in_every_form_french_writes_its_name() {
    let m = model();
    let t = &m.tables;
    let mut goods: Vec<&str> = t.listings.iter().map(|l| l.good.as_str()).collect();
    goods.sort_unstable();
    goods.dedup();
    let kin =
        |a: &[&str], b: &[&str]| a.iter().all(|g| b.contains(g) || b.iter().any(|x| t.kin_of(x).any(|k| k == *g)));
    let mut wrong = Vec::new();
    let mut checked = 0;
    for good in goods {
        let Some(fr) = french(NameKind::Good, good).map(|n| n.fr.clone()) else { continue };
        // ILAB's rows that list goods inside brackets ("Beans (green, soy, yellow)") read in English as a catalogue's
        // list (`goods_2022_11_tests`).
        if good.contains(", ") {
            continue;
        }
        let english = t.goods_in(good);
        assert!(!english.is_empty(), "{good}");
        let other_word = t.accented_names.iter().any(|(_, g)| g == good);
        for form in french_forms(&fr, other_word) {
            let read = t.goods_in(&form);
            checked += 1;
            if !kin(&english, &read) || !kin(&read, &english) {
                wrong.push(format!("{good:?} reads {english:?}, « {form} » reads {read:?}"));
            }
        }
    }
    assert!(checked > 1000, "{checked}");
    assert!(wrong.is_empty(), "{} of them:\n{}", wrong.len(), wrong.join("\n"));
}

/// Goods in English and in French score alike, as a maker, in countries that list them and countries that do not:
/// gold in its forms (bullion, ingots, bars, refined, jewellery), silver and tin in theirs, tea, corn, sugar.
#[test]
fn the_same_goods_score_alike_in_english_and_in_french() {
    let m = model();
    let pairs = [
        ("gold bullion", "lingot d'or"),
        ("gold ingots", "lingots d'or"),
        ("gold bars", "barres d'or"),
        ("gold", "or"),
        ("gold", "de l'or"),
        ("refined gold", "or raffiné"),
        ("fine gold", "or fin"),
        ("gold jewellery", "bijoux en or"),
        ("silver bars", "lingots d'argent"),
        ("tin ingots", "lingots d'étain"),
        ("tea", "thé"),
        ("tea", "Thés"),
        ("black tea", "thé noir"),
        ("corn", "maïs"),
        ("sugar", "sucre"),
        ("cane sugar", "sucre de canne"),
        ("refined sugar", "sucre raffiné"),
    ];
    let mut wrong = Vec::new();
    for (en, fr) in pairs {
        for country in ["CN", "CH", "PE", "GH", "IN", "KE", "MX", "BR", "BO", "CA"] {
            let (a, b) = (overall(&m.assess(&one(en, country))), overall(&m.assess(&one(fr, country))));
            if a != b {
                wrong.push(format!("{country}: {en:?} {a:?}, « {fr} » {b:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A good in its forms, in English, scores as the good's other forms do: gold bullion, ingots and bars (unread
/// bullion scored 100 where lingots scored 13 in China); aluminium as its ingots; sugar as cane sugar.
#[test]
fn the_forms_of_a_good_score_alike() {
    let m = model();
    let groups: [&[&str]; 5] = [
        &["gold bullion", "gold ingots", "gold bars", "lingots d'or", "gold bullion bars"],
        &["aluminium", "aluminium ingots", "aluminum ingot", "lingots d'aluminium"],
        &["silver bullion", "silver bars", "silver ingots"],
        &["sugar", "cane sugar", "raw sugar", "sucre brut"],
        &["cobalt sulfate", "cobalt sulphate", "sulfate de cobalt", "cobalt hydroxide"],
    ];
    let mut wrong = Vec::new();
    for group in groups {
        let Some((first, rest)) = group.split_first() else { continue };
        for country in ["CN", "CH", "PE", "GH", "IN", "BR", "BO", "CD", "FI", "CA"] {
            let want = overall(&m.assess(&one(first, country)));
            for other in rest {
                let got = overall(&m.assess(&one(other, country)));
                if got != want {
                    wrong.push(format!("{country}: {first:?} {want:?}, {other:?} {got:?}"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A material in a form, made in a country where ILAB lists the material's good, carries that listing as the good's
/// name made there does (gold bars in Peru scored 9 points below gold there: a local input, not the listing); made
/// where ILAB does not list it, the good is brought in, an input of unknown origin, never low.
#[test]
fn a_material_in_a_form_takes_the_listing_where_it_is_made_and_is_brought_in_elsewhere() {
    let m = model();
    let t = &m.tables;
    let forms = ["ingots", "bars", "bullion"];
    let mut wrong = Vec::new();
    let mut checked = 0;
    for material in t.materials.iter().filter(|m| !m.goods.is_empty()) {
        let Some(word) = material.words.first() else { continue };
        let good = material.goods.first().map(String::as_str).unwrap_or_default();
        let mut listed: Vec<&str> = t.listings_anywhere(good).map(|l| l.country.as_str()).collect();
        listed.sort_unstable();
        listed.dedup();
        for form in forms {
            let text = format!("{word} {form}");
            for &country in &listed {
                let (a, b) = (m.assess(&one(&text, country)), m.assess(&one(word, country)));
                checked += 1;
                if overall(&a) != overall(&b) {
                    wrong.push(format!("{text:?} ({country}) {:?}, {word:?} {:?}", overall(&a), overall(&b)));
                }
            }
            if t.listings_of(good, crate::domain::CountryCode::parse("CA").unwrap()).next().is_none() {
                let a = m.assess(&one(&text, "CA"));
                let presumed = KINDS.iter().any(|k| factors(&a, *k).iter().any(|(c, _)| *c == "undisclosed_input"));
                if !presumed {
                    wrong.push(format!("{text:?} (CA): {:?}", factors(&a, RiskKind::ChildLabour)));
                }
            }
        }
    }
    assert!(checked > 50, "{checked}");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Materials joined by a slash, an ampersand, a plus or a dash are one compound's materials and read as the same words
/// joined by a space, in English and French; a blend's ratio is a measure. The t-shirts are garments, never low in
/// Bangladesh (2022.11 read "polyester/cotton blend t-shirts" as polyester: 8.0 / 14.6).
#[test]
fn materials_joined_by_a_mark_read_as_one_compound() {
    let m = model();
    let t = &m.tables;
    let pairs = [
        ("polyester/cotton blend t-shirts", "polyester cotton blend t-shirts"),
        ("t-shirts coton/polyester", "t-shirts coton polyester"),
        ("coton/polyester", "coton polyester"),
        ("50/50 cotton poly", "cotton poly"),
        ("65/35 polyester/cotton shirts", "polyester cotton shirts"),
        ("cotton & polyester fabric", "cotton polyester fabric"),
        ("cotton+elastane leggings", "cotton elastane leggings"),
        ("cotton - polyester work shirts", "cotton polyester work shirts"),
        ("leather/rubber boots", "leather rubber boots"),
        ("gants nitrile/latex", "gants nitrile latex"),
        ("steel/copper cable", "steel copper cable"),
    ];
    let mut wrong = Vec::new();
    for (marked, spaced) in pairs {
        let (a, b) = (t.site_goods(marked), t.site_goods(spaced));
        let names = |g: &super::model::SiteGoods<'_>| g.materials.iter().map(|m| m.name.clone()).collect::<Vec<_>>();
        if a.named != b.named || names(&a) != names(&b) {
            wrong.push(format!("{marked:?} {:?} {:?}, {spaced:?} {:?} {:?}", a.named, names(&a), b.named, names(&b)));
        }
        for country in ["BD", "CN", "IN", "CA"] {
            let (x, y) = (overall(&m.assess(&one(marked, country))), overall(&m.assess(&one(spaced, country))));
            if x != y {
                wrong.push(format!("{country}: {marked:?} {x:?}, {spaced:?} {y:?}"));
            }
        }
    }
    for shirts in ["polyester/cotton blend t-shirts", "t-shirts coton/polyester", "65/35 polyester/cotton shirts"] {
        assert_eq!(t.goods_in(shirts), vec!["Garments"], "{shirts}");
        let cotton_shirts = overall(&m.assess(&one("cotton t-shirts", "BD")));
        assert_eq!(overall(&m.assess(&one(shirts, "BD"))), cotton_shirts, "{shirts}");
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// ILAB's names with a slash (Thread/Yarn, Khat/Miraa, Leather Goods/Accessories, Manioc/Cassava, Brazil
/// Nuts/Chestnuts), in English and French, still read as their goods, as do a slash between goods that are no
/// materials ("gloves/boots": both) and one between a material and a good ("cotton/yarn").
#[test]
fn ilab_names_with_a_slash_still_read_as_their_goods() {
    let m = model();
    let t = &m.tables;
    let mut slashed: Vec<&str> = t.listings.iter().map(|l| l.good.as_str()).filter(|g| g.contains('/')).collect();
    slashed.sort_unstable();
    slashed.dedup();
    assert!(slashed.len() >= 5, "{slashed:?}");
    for good in slashed {
        assert!(t.goods_in(good).contains(&good), "{good}: {:?}", t.goods_in(good));
        let fr = french(NameKind::Good, good).map(|n| n.fr.clone()).unwrap_or_default();
        assert!(t.goods_in(&fr).contains(&good), "« {fr} »: {:?}", t.goods_in(&fr));
        // The slash rule moves none of them: 2022.12 scores them as it does with `joined_materials` off.
        let unjoined = super::tests::altered_in("2022.12", "model.toml", |t| {
            t.replace("\njoined_materials = true", "\njoined_materials = false")
        })
        .unwrap();
        for country in ["IN", "KE", "BR", "BO", "CN"] {
            let same = |d: &Declaration| overall(&m.assess(d)) == overall(&unjoined.assess(d));
            assert!(same(&one(good, country)) && same(&raw(good, country)), "{good} ({country})");
        }
    }
    assert_eq!(t.goods_in("gloves/boots"), vec!["Gloves", "Footwear"]);
}

/// Cobalt sulfate reads as one good in one declaration: the battery maker's input and its refinery's goods are both
/// cobalt (2022.11 read the refinery's goods as goods it could not read: forced labour 59.8 against 7.0 without it).
#[test]
fn cobalt_sulfate_reads_as_cobalt_as_an_input_and_as_a_site_s_goods() {
    let m = model();
    let t = &m.tables;
    let d = battery_chain(true);
    let readings = super::engine::site_readings(t, &d);
    let cobalt = "Cobalt ore (heterogenite)";
    let (_, _, maker_inputs) = readings.first().unwrap();
    let (_, refinery_goods, refinery_inputs) = readings.get(1).unwrap();
    assert!(maker_inputs.iter().any(|g| g == cobalt), "{maker_inputs:?}");
    assert!(refinery_goods.iter().chain(refinery_inputs).any(|g| g == cobalt), "{readings:?}");
    let a = m.assess(&d);
    let refinery = a.sites.get(1).unwrap();
    for kind in KINDS {
        assert!(!refinery.risk.get(kind).factors.iter().any(|f| f.code().starts_with("unread")), "{kind:?}");
    }
    assert_eq!(overall(&a).0, overall(&m.assess(&battery_chain(false))).0.max(8.8));
}

/// The rules are keys of 2022.12 (`[goods_forms]`): 2022.11 has none and reads the tester's words as it shipped, and
/// `chainon model check` passes on 2022.12's data.
#[test]
fn the_rules_are_keys_of_2022_12_and_its_data_passes_the_check() {
    let (m, old) = (model(), model_2022_11());
    let (new, was) = (&m.tables.goods_forms, &old.tables.goods_forms);
    assert!(new.accented_french_names && new.french_gold && new.joined_materials && new.forms_take_the_listing);
    assert!(!was.accented_french_names && !was.french_gold && !was.joined_materials && !was.forms_take_the_listing);
    assert!(old.tables.accented_names.is_empty() && old.tables.form_phrases.is_empty());
    assert!(old.tables.goods_in("thé").is_empty() && old.tables.goods_in("polyester/cotton blend t-shirts").is_empty());
    let problems = m.check();
    assert!(
        !problems.iter().any(|p| matches!(
            p,
            super::ModelProblem::AliasUnknownGood { .. }
                | super::ModelProblem::ReadingWordEmpty { .. }
                | super::ModelProblem::CommonWordPhrase { .. }
        )),
        "{problems:?}"
    );
}
