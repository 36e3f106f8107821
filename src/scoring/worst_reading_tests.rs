//! Goods the model cannot read weigh as the riskiest goods it reads made in the same country and region (2022.9,
//! `unread_goods_take_worst_reading`): unknown is never lower than any reading of it, per kind of risk, with and
//! without due diligence; where ILAB lists nothing of a kind in the country, 2022.8's fallback stays; no readable
//! goods' score moves.

use super::RiskModel;
use super::tests::{assert_cases, declaration, full_due_diligence, in_region, model_2022_8, plain, site, words};
use crate::domain::{Assessment, Declaration, Reason, RiskKind, Role};

fn model() -> RiskModel {
    RiskModel::embedded().unwrap()
}

fn one(goods: &str, country: &str) -> Declaration {
    declaration(vec![site("S", Role::Manufacturing, goods, country, &[])])
}

fn dd(mut d: Declaration) -> Declaration {
    d.due_diligence = full_due_diligence();
    d
}

fn xinjiang(goods: &str) -> Declaration {
    declaration(vec![in_region(site("S", Role::Manufacturing, goods, "CN", &[]), "Ürümqi, Xinjiang")])
}

/// The declarations whose scores 2022.9 decides anew (goods the model cannot read in countries where ILAB lists goods),
/// beside goods it reads made in the same place and cases that must not move (no listing, a trader), shared by the
/// test that keeps 2022.8 as it shipped and by the measures of the 2022.9 card.
pub(super) fn cases_2022_9() -> Vec<(&'static str, Declaration)> {
    vec![
        ("Baumwollhemden, Bangladesh, full due diligence", dd(one("Baumwollhemden", "BD"))),
        ("cotton shirts, Bangladesh, full due diligence", dd(one("cotton shirts", "BD"))),
        ("garden gnomes, Bangladesh", one("garden gnomes", "BD")),
        ("Baumwollhemden, China, full due diligence", dd(one("Baumwollhemden", "CN"))),
        ("cotton shirts, China, full due diligence", dd(one("cotton shirts", "CN"))),
        ("Spielzeug, China", one("Spielzeug", "CN")),
        ("zapatos de cuero, India, full due diligence", dd(one("zapatos de cuero", "IN"))),
        ("leather shoes, India, full due diligence", dd(one("leather shoes", "IN"))),
        ("Arbeitskleidung, Pakistan", one("Arbeitskleidung", "PK")),
        ("Holzschnitzereien, Ghana, full due diligence", dd(one("Holzschnitzereien", "GH"))),
        ("marchandises diverses, Viet Nam", one("marchandises diverses", "VN")),
        ("assorted items, Malaysia, full due diligence", dd(one("assorted items", "MY"))),
        ("Baumwollgarn, Turkmenistan", one("Baumwollgarn", "TM")),
        ("Gartenzwerge, Ürümqi (Xinjiang), full due diligence", dd(xinjiang("Gartenzwerge"))),
        ("cotton shirts, Ürümqi (Xinjiang), full due diligence", dd(xinjiang("cotton shirts"))),
        ("Baumwollhemden, Germany (no listing)", one("Baumwollhemden", "DE")),
        ("Spielzeug, Canada (no listing), full due diligence", dd(one("Spielzeug", "CA"))),
        (
            "Baumwollhemden from Germany through a Bangladeshi trader",
            declaration(vec![
                site("B", Role::Manufacturing, "machinery", "CA", &[]),
                site("T", Role::Trading, "Baumwollhemden", "BD", &["B"]),
                site("M", Role::Manufacturing, "Baumwollhemden", "DE", &["T"]),
            ]),
        ),
    ]
}

/// `cases_2022_9` scored by 2022.8 (overall forced, child), measured on the code before 2022.9's changes.
pub(super) const CASES_2022_9_IN_2022_8: [(f64, f64); 18] = [
    (46.7, 54.5),
    (73.0, 73.0),
    (64.0, 74.6),
    (53.3, 53.4),
    (73.0, 46.8),
    (73.0, 73.1),
    (52.6, 48.7),
    (46.0, 73.0),
    (70.0, 70.9),
    (45.8, 55.5),
    (61.0, 73.1),
    (50.4, 48.6),
    (62.8, 66.3),
    (93.3, 53.4),
    (100.0, 46.8),
    (59.8, 51.8),
    (42.3, 37.8),
    (59.8, 65.6),
];

/// `cases_2022_9` scored by 2022.9 (overall forced, child), as its card's change log gives them.
pub(super) const CASES_2022_9_IN_2022_9: [(f64, f64); 18] = [
    (73.0, 73.0),
    (73.0, 73.0),
    (100.0, 100.0),
    (73.0, 73.0),
    (73.0, 46.8),
    (100.0, 100.0),
    (73.0, 73.0),
    (46.0, 73.0),
    (100.0, 100.0),
    (73.0, 73.0),
    (100.0, 100.0),
    (73.0, 73.0),
    (100.0, 100.0),
    (100.0, 73.0),
    (100.0, 46.8),
    (59.8, 51.8),
    (42.3, 37.8),
    (59.8, 65.6),
];

/// The figures of the 2022.9 card's change log: `cases_2022_9` scored by 2022.9 (overall forced, child).
#[test]
fn model_2022_9_scores_its_cases_as_its_card_says() {
    assert_cases(&super::synonym_tests::model_2022_9(), cases_2022_9(), &CASES_2022_9_IN_2022_9);
}

/// The overall scores (forced, child) and each site's, in site order.
fn scores(a: &Assessment) -> Vec<(f64, f64)> {
    let pair = |p: &crate::domain::RiskPair| (p.forced_labour.score, p.child_labour.score);
    std::iter::once(pair(&a.overall)).chain(a.sites.iter().map(|s| pair(&s.risk))).collect()
}

fn score(a: &Assessment, kind: RiskKind) -> f64 {
    a.overall.get(kind).score
}

/// Whether the model reads nothing of the site's goods (the fallback applies).
fn unread(a: &Assessment) -> bool {
    a.sites
        .iter()
        .flat_map(|s| [&s.risk.forced_labour, &s.risk.child_labour])
        .any(|s| s.factors.iter().any(|f| f.code() == "unread_goods"))
}

/// Goods the model cannot read, made where ILAB lists goods of a kind, weigh as the riskiest of them — named, its
/// listing cited, in both languages — and never below the same site's goods read ("cotton shirts" in Dhaka):
/// other wordings (German, Spanish, French, vague), other countries, with and without due diligence, a Xinjiang site.
#[test]
fn goods_the_model_cannot_read_weigh_as_the_riskiest_goods_listed_in_their_country() {
    let m = model();
    let cases = [
        // (unread goods, country, a reading of them made there, due diligence)
        ("Baumwollhemden", "BD", "cotton shirts", true),
        ("Baumwollhemden", "BD", "cotton shirts", false),
        ("Baumwollhemden", "CN", "cotton shirts", true),
        ("Spielzeug", "CN", "toys", false),
        ("zapatos de cuero", "IN", "leather shoes", true),
        ("Arbeitskleidung", "PK", "work clothes", false),
        ("Holzschnitzereien", "GH", "textiles", true),
        ("marchandises diverses", "VN", "vêtements de travail", false),
        ("camisas de algodón", "TH", "cotton shirts", true),
    ];
    for (goods, country, read, due) in cases {
        let with = |d: Declaration| if due { dd(d) } else { d };
        let a = m.assess(&with(one(goods, country)));
        let r = m.assess(&with(one(read, country)));
        for kind in [RiskKind::ForcedLabour, RiskKind::ChildLabour] {
            let what = format!("{goods} ({country}, {kind}, due diligence {due})");
            assert!(
                score(&a, kind) >= score(&r, kind),
                "{what}: {} below {read}, {}",
                score(&a, kind),
                score(&r, kind)
            );
            let f = a.sites[0].risk.get(kind).factors.iter().find(|f| f.code() == "unread_as_listed");
            let f = f.unwrap_or_else(|| panic!("{what}: {:?}", a.sites[0].risk.get(kind)));
            let Some(Reason::UnreadAsListed { good, country: c, listings, .. }) = f.reason() else { panic!() };
            assert_eq!(c.as_str(), country);
            assert!(*listings > 0);
            assert_eq!(f.contribution, m.tables.weights.listed_good, "{what}");
            let line = f.source.as_ref().and_then(|s| s.line).unwrap_or_else(|| panic!("{what}: no line"));
            let listing = m.tables.listings.iter().find(|l| l.line == line as usize).unwrap();
            assert_eq!((&*listing.good, listing.country.as_str()), (&**good, country), "{what}");
            let (en, fr) = words(f);
            assert!(en.starts_with("Not read: weighed as the riskiest goods ILAB lists for "), "{en}");
            assert!(en.contains(&format!(", {good}")), "{en}");
            assert!(!en.contains("{") && !fr.contains("{"), "{en}\n{fr}");
            assert!(plain(&fr).starts_with("Non lus : pesés comme les biens les plus à risque "), "{fr}");
        }
    }
    // Dhaka, full due diligence: 46.7 / 54.5 in 2022.8, as cotton shirts made there (73.0 / 73.0) now.
    let a = m.assess(&dd(one("Baumwollhemden", "BD")));
    let shirts = m.assess(&dd(one("cotton shirts", "BD")));
    assert_eq!(scores(&a), scores(&shirts));
    assert_eq!((score(&a, RiskKind::ForcedLabour), score(&a, RiskKind::ChildLabour)), (73.0, 73.0));
    let f = a.sites[0].risk.forced_labour.factors.iter().find(|f| f.code() == "unread_as_listed").unwrap();
    let (en, fr) = words(f);
    assert!(en.contains("for forced labour in Bangladesh, Garments (one of 2 listings there)"), "{en}");
    assert!(plain(&fr).contains("au Bangladesh, « vêtements » (une des 2 inscriptions de ce pays)"), "{fr}");
}

/// Where ILAB lists nothing of a kind in the country, the fallback of 2022.8 stays (Germany, Canada, Japan: nothing;
/// Malaysia: child labour, Palm Fruit only, so a listing there too), and a warehouse or trader, which makes nothing,
/// takes no listing of its country.
#[test]
fn without_a_listing_of_the_kind_or_at_a_trader_the_fallback_of_2022_8_stays() {
    // Up to 2022.11; from 2022.12 (`unread_goods_held_at_worst_producer`) unread goods are held higher, never lower.
    let (m, old, now) = (super::shipped_2022_11_tests::model_2022_11(), model_2022_8(), model());
    for country in ["DE", "CA", "JP", "FR", "NO"] {
        for goods in ["Baumwollhemden", "Spielzeug", "assorted items", "garden gnomes"] {
            for d in [one(goods, country), dd(one(goods, country))] {
                assert_eq!(scores(&m.assess(&d)), scores(&old.assess(&d)), "{goods}, {country}");
                let (a, b) = (now.assess(&d).overall, old.assess(&d).overall);
                assert!(a.forced_labour.score >= b.forced_labour.score, "{goods}, {country}");
                assert!(a.child_labour.score >= b.child_labour.score, "{goods}, {country}");
            }
        }
    }
    let through = declaration(vec![
        site("B", Role::Manufacturing, "machinery", "CA", &[]),
        site("T", Role::Trading, "Baumwollhemden", "BD", &["B"]),
        site("M", Role::Manufacturing, "Baumwollhemden", "DE", &["T"]),
    ]);
    let a = m.assess(&through);
    let trader = a.sites.iter().find(|s| s.site_id.as_str() == "T").unwrap();
    assert!(!trader.risk.forced_labour.factors.iter().any(|f| f.code() == "unread_as_listed"));
    assert_eq!(scores(&a), scores(&old.assess(&through)));
}

/// Countries of every kind: many listings (Bangladesh, China, India, Pakistan), few (Malaysia, Thailand, Ghana,
/// Turkmenistan), listings of one kind only, derived listings (the DR Congo's cobalt), none (Germany, Canada, Japan),
/// a legal presumption (North Korea).
const COUNTRIES: [&str; 18] =
    ["BD", "CN", "IN", "PK", "VN", "MY", "BR", "GH", "TM", "TH", "CD", "UZ", "TR", "KP", "ET", "DE", "CA", "JP"];

/// The words of goods the model reads in `country`: three keywords of each goods category, and the name of each
/// good ILAB lists there.
fn readable(m: &RiskModel, country: &str) -> Vec<String> {
    let mut out: Vec<String> = m.tables.categories.iter().flat_map(|c| c.keywords.iter().take(3).cloned()).collect();
    out.extend(m.tables.listings.iter().filter(|l| l.country.as_str() == country).map(|l| l.good.clone()));
    out.sort();
    out.dedup();
    out
}

/// The property: for a sample of countries (and Xinjiang), goods the model cannot read score at least as much as
/// goods of every readable category and every listed good made there, per kind, with and without due diligence.
#[test]
fn unread_goods_never_score_below_any_goods_the_model_reads_made_in_the_same_place() {
    let m = model();
    let mut below = Vec::new();
    let places: Vec<(&str, bool)> = COUNTRIES.iter().map(|c| (*c, false)).chain([("CN", true)]).collect();
    for (country, in_xinjiang) in places {
        let make = |goods: &str| if in_xinjiang { xinjiang(goods) } else { one(goods, country) };
        for due in [false, true] {
            let with = |d: Declaration| if due { dd(d) } else { d };
            for unread_words in ["Baumwollhemden", "marchandises diverses"] {
                let u = m.assess(&with(make(unread_words)));
                assert!(unread(&u), "{unread_words} is read");
                for goods in readable(&m, country) {
                    let r = m.assess(&with(make(&goods)));
                    if unread(&r) {
                        continue;
                    }
                    for kind in [RiskKind::ForcedLabour, RiskKind::ChildLabour] {
                        if score(&u, kind) < score(&r, kind) {
                            below.push(format!(
                                "{unread_words} {country}{} ({kind}, due diligence {due}): {} below {goods}, {}",
                                if in_xinjiang { " Xinjiang" } else { "" },
                                score(&u, kind),
                                score(&r, kind)
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(below.is_empty(), "{} cases:\n{}", below.len(), below.join("\n"));
}

/// No score of goods the model reads moves from 2022.8 to 2022.9: the same readable goods of the same sample of
/// countries (and Xinjiang), with and without due diligence.
#[test]
fn no_score_of_goods_the_model_reads_moves_from_2022_8() {
    // 2022.9's property, held by 2022.9 (2022.10 moves goods read as kinds of listed goods by design).
    let (m, old) = (super::synonym_tests::model_2022_9(), model_2022_8());
    let mut moved = Vec::new();
    for country in COUNTRIES {
        for due in [false, true] {
            for goods in readable(&m, country) {
                for d in [one(&goods, country), xinjiang(&goods)] {
                    if country != "CN" && d.places_of_work[0].region.is_some() {
                        continue;
                    }
                    let d = if due { dd(d) } else { d };
                    let (a, b) = (m.assess(&d), old.assess(&d));
                    if unread(&b) {
                        continue;
                    }
                    if scores(&a) != scores(&b) {
                        moved.push(format!("{goods} {country} (due diligence {due})"));
                    }
                }
            }
        }
    }
    assert!(moved.is_empty(), "{}", moved.join("\n"));
}
