//! Xinjiang by every name of the one places table (`risk_models/region_places.csv`), in a site's region, city or
//! address line, from model 2022.11; older models read the names they shipped with (issue 15).

use super::RiskModel;
use super::tests::{declaration, site};
use crate::domain::china_places::places;
use crate::domain::*;

fn model() -> RiskModel {
    RiskModel::embedded().unwrap()
}

fn shipped(version: &str) -> RiskModel {
    RiskModel::shipped(version).unwrap().unwrap()
}

/// Copper mined in China: 13.0 for forced labour elsewhere in China, 53.0 in Xinjiang (the region's 40 points on
/// China's context, above its presumption floor of 50).
const ELSEWHERE: f64 = 13.0;
const IN_XINJIANG: f64 = 53.0;

/// A copper mine in `country` with its region, city and address.
fn mine(country: &str, region: Option<&str>, city: &str, address: &str) -> Declaration {
    let mut s = site("X", Role::RawMaterial, "copper", country, &[]);
    s.region = region.map(str::to_string);
    s.city = city.to_string();
    s.address = address.to_string();
    declaration(vec![s])
}

/// The site's forced-labour score and whether a region factor placed it.
fn forced(m: &RiskModel, d: &Declaration) -> (f64, bool) {
    let f = &m.assess(d).sites[0].risk.forced_labour;
    (f.score, f.factors.iter().any(|f| f.code() == "region"))
}

/// Every name of Xinjiang the model reads (the region's names and every place within it of the table, in every
/// spelling), in the region field, the city field and inside an address line, scores as Aksu does.
#[test]
fn every_place_of_xinjiang_in_the_table_scores_the_region_in_region_city_and_address() {
    let m = model();
    assert_eq!(forced(&m, &mine("CN", None, "Aksu", "1 Main Street")), (IN_XINJIANG, true));
    assert_eq!(forced(&m, &mine("CN", None, "City", "1 Main Street")), (ELSEWHERE, false));
    let read: Vec<_> = places()
        .iter()
        .filter(|p| p.since.is_some())
        .filter(|p| p.within.as_deref() == Some("Xinjiang") || p.place() == "Xinjiang")
        .collect();
    assert!(read.len() > 300, "{}", read.len());
    for p in read {
        let name = p.name.as_str();
        assert_eq!(forced(&m, &mine("CN", Some(name), "City", "1 Main Street")), (IN_XINJIANG, true), "region {name}");
        assert_eq!(forced(&m, &mine("CN", None, name, "1 Main Street")), (IN_XINJIANG, true), "city {name}");
        if !p.is_people() {
            let address = format!("No. 8, Industrial Park, {name}, 843000");
            assert_eq!(forced(&m, &mine("CN", None, "", &address)), (IN_XINJIANG, true), "address {address}");
        }
    }
}

/// The names of the issue, and others of the same kinds (a county-level city, a county, a Uyghur, postal, Wade–Giles
/// or French spelling, the region's own older names), written as people write them: case, accents, hyphens, the
/// designator after the name, inside an address line.
#[test]
fn xinjiang_s_counties_older_and_french_names_are_read_from_2022_11_and_not_before() {
    let m = model();
    let before = shipped("2022.10");
    let cities = [
        // The issue's.
        "Kuqa",
        "Kucha",
        "库车",
        "Yarkant",
        "Shache",
        "Kuytun",
        "Fukang",
        "Bole",
        "Alar",
        "Atush",
        "Aksou",
        "Kachgar",
        "Ouroumtchi",
        // Others of the same kinds.
        "KUQA CITY",
        "Korgas",
        "Horgos Port",
        "Yengisar County",
        "Tashkurgan",
        "Qaraqash",
        "Keriya",
        "Niya",
        "Khorgos",
        "Tourfan",
        "Koutcha",
        "Ti-hua",
        "Tihua",
        "Kuchar",
        "Bayingol",
        "Shihezi",
        "阜康市",
        "博乐市",
        "Manas",
        "Usu",
    ];
    for city in cities {
        assert_eq!(forced(&m, &mine("CN", None, city, "1 Main Street")), (IN_XINJIANG, true), "{city}");
    }
    let regions = [
        "Sin-kiang",
        "SIN KIANG",
        "Hsin-chiang",
        "East Turkestan",
        "Turkestan oriental",
        "Région autonome ouïghoure du Xinjiang",
        "Xinjiang ouïghour",
        "Sherqiy Türkistan",
        "Xinjiang Uyghur Autonomous Region",
        "Junggar Basin",
    ];
    for region in regions {
        assert_eq!(forced(&m, &mine("CN", Some(region), "City", "1 Main Street")), (IN_XINJIANG, true), "{region}");
    }
    // Model 2022.10 shipped without them: it scores them as it shipped, elsewhere in China (the Xinjiang names it
    // already read still place the site).
    for city in ["Kuqa", "Kucha", "库车", "Yarkant", "Kuytun", "Fukang", "Bole", "Alar", "Atush", "Aksou", "Kachgar"]
    {
        assert_eq!(forced(&before, &mine("CN", None, city, "1 Main Street")), (ELSEWHERE, false), "{city}");
    }
    for region in ["Sin-kiang", "Hsin-chiang", "East Turkestan"] {
        assert_eq!(forced(&before, &mine("CN", Some(region), "City", "1 Main Street")), (ELSEWHERE, false), "{region}");
    }
    assert_eq!(forced(&before, &mine("CN", None, "Kashgar", "1 Main Street")), (IN_XINJIANG, true));
    // Child labour has no region: it does not move.
    let child = |m: &RiskModel, d: &Declaration| m.assess(d).sites[0].risk.child_labour.score;
    let kuqa = mine("CN", None, "Kuqa", "1 Main Street");
    assert_eq!(child(&m, &kuqa), child(&before, &kuqa));
    // Nor does 2022.10 read an address line.
    assert_eq!(forced(&before, &mine("CN", None, "", "8 Jiefang Road, Kashgar")), (ELSEWHERE, false));
    // From 2022.11 a place inside the address line places the site, in any script and case.
    for address in [
        "8 Jiefang Road, Kashgar",
        "No. 12 Tianshan Road, KUQA COUNTY",
        "Zone industrielle d'Aksou, BP 12",
        "新疆阿克苏地区库车市天山路8号",
        "Room 301, Bole Economic Development Zone",
    ] {
        assert_eq!(forced(&m, &mine("CN", None, "", address)), (IN_XINJIANG, true), "{address}");
    }
}

/// What must not place a site in Xinjiang: another province; a Xinjiang place's name in another country (Bole in
/// Addis Ababa, Aral in Kazakhstan); a name inside another word; a street named after a Xinjiang place (Shanghai's
/// Urumqi Road, Qingdao's Xinjiang Road); an address line with a place of Xinjiang where the city names another place
/// of China; a people's name in an address; a Xinjiang county's pinyin that is another place of China too (Yiwu,
/// Baicheng).
#[test]
fn other_provinces_other_countries_streets_and_shared_names_are_not_xinjiang() {
    let m = model();
    for (country, region, city, address) in [
        ("CN", None, "Shanghai", "1 Main Street"),
        ("CN", Some("Shanghai"), "Shanghai", "1 Main Street"),
        ("ET", None, "Bole", "Bole Road, Addis Ababa"),
        ("KZ", None, "Aral", "1 Main Street"),
        ("CN", None, "Boleyn", "1 Main Street"),
        ("CN", None, "Shanghai", "288 Urumqi Middle Road, Xuhui District"),
        ("CN", None, "Shanghai", "1 Wulumuqi Bei Lu"),
        ("CN", None, "Qingdao", "5 Xinjiang Rd"),
        ("CN", None, "青岛", "新疆路12号"),
        ("CN", None, "", "12 Kashgar Street"),
        ("CN", Some("Zhejiang"), "Hangzhou", "Kuqa Trading Building, 5 Renmin Road"),
        ("CN", None, "Beijing", "Uyghur Restaurant, 3 Wangfujing"),
        ("CN", None, "", "Uyghur Restaurant, 3 Main Street"),
        ("CN", Some("Zhejiang"), "Yiwu", "1 Main Street"),
        ("CN", Some("Jilin"), "Baicheng", "1 Main Street"),
        ("CN", None, "Yiwu", "1 Main Street"),
        ("FR", None, "Paris", "12 rue de Kachgar"),
    ] {
        let (score, region_factor) = forced(&m, &mine(country, region, city, address));
        assert!(!region_factor, "{country} {region:?} {city} {address}: {score}");
        if country == "CN" {
            assert_eq!(score, ELSEWHERE, "{region:?} {city} {address}");
        }
    }
}

/// A site placed in Xinjiang by its address alone is not asked for its region (`region_missing`), and carries the
/// presumption finding.
#[test]
fn a_site_placed_by_its_address_has_the_presumption_finding_and_no_missing_region() {
    let a = model().assess(&mine("CN", None, "", "8 Jiefang Road, Kuqa"));
    let codes: Vec<_> = a.findings.iter().map(|f| f.code()).collect();
    assert!(codes.contains(&FindingCode::RegionPresumption), "{codes:?}");
    assert!(!codes.contains(&FindingCode::RegionMissing), "{codes:?}");
}

/// A buyer's factor that names a declared supplier leaving an input's origin unknown names the region whose
/// presumption applies to that supplier, in both languages, however the supplier's site names the region (its
/// region, its city, a county, its address) — not only its country; a supplier elsewhere in China names none. Under
/// 2022.11: from 2022.12 the Chinese maker of natural rubber takes its rubber in (brought in: ILAB lists no rubber in
/// China), carries more than the buyer's floor, and the buyer's `upstream` factor names the region in its place.
#[test]
fn a_supplier_under_a_region_s_presumption_is_named_with_its_region_in_both_languages() {
    use super::tests::{with_inputs, words};
    let m = super::shipped_2022_11_tests::model_2022_11();
    let buyer = |supplier: PlaceOfWork| {
        let gloves = with_inputs(site("B", Role::Manufacturing, "rubber gloves", "MY", &[]), &["natural rubber"]);
        declaration(vec![gloves, supplier])
    };
    let rubber = |region: Option<&str>, city: &str, address: &str| {
        let mut s = site("R", Role::Manufacturing, "natural rubber", "CN", &["B"]);
        s.region = region.map(str::to_string);
        s.city = city.to_string();
        s.address = address.to_string();
        s
    };
    let said = |d: &Declaration| {
        let a = m.assess(d);
        let f = a.sites[0]
            .risk
            .forced_labour
            .factors
            .iter()
            .find(|f| f.code() == "undisclosed_input")
            .cloned()
            .unwrap_or_else(|| panic!("{:#?}", a.sites[0].risk.forced_labour.factors));
        words(&f)
    };
    for supplier in [
        rubber(Some("Xinjiang"), "City", "1 Main Street"),
        rubber(None, "Kashgar", "1 Main Street"),
        rubber(None, "Kuqa", "1 Main Street"),
        rubber(None, "", "8 Jiefang Road, Shache"),
    ] {
        let (en, fr) = said(&buyer(supplier));
        assert!(en.contains("China") && en.contains("the Xinjiang region (China)"), "{en}");
        assert!(en.contains("presumed made with forced labour"), "{en}");
        assert!(fr.contains("Chine") && fr.contains("la région Xinjiang (Chine)"), "{fr}");
        assert!(fr.contains("présumés produits par le travail forcé"), "{fr}");
    }
    let (en, fr) = said(&buyer(rubber(Some("Hainan"), "Haikou", "1 Main Street")));
    assert!(en.contains("China") && !en.contains("Xinjiang"), "{en}");
    assert!(!fr.contains("Xinjiang"), "{fr}");
}
