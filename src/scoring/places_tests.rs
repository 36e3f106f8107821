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
        if p.is_abbreviation() {
            // `XJ` is read in the region field only (2022.12).
            assert_eq!(forced(&m, &mine("CN", None, name, "1 Main Street")), (ELSEWHERE, false), "city {name}");
            assert_eq!(forced(&m, &mine("CN", None, "", &format!("8 {name} Road"))), (ELSEWHERE, false), "{name}");
            continue;
        }
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

/// A site with its postcode.
fn mine_at(region: Option<&str>, city: &str, address: &str, postcode: Option<&str>) -> Declaration {
    let mut d = mine("CN", region, city, address);
    if let Some(s) = d.places_of_work.first_mut() {
        s.postal_code = postcode.map(str::to_string);
    }
    d
}

/// Issue 15 (F5): the spellings the issue found missed, and others of the same kinds — a mixed French or Uyghur
/// form, traditional characters, Uyghur in Arabic script and in Cyrillic, Uyghur Latin with `ä`, a bare county seat
/// no other place of China shares, a postcode in its field or in the address line, `XJ` in the region field —
/// place a site in Xinjiang from model 2022.12; model 2022.11 scores them as it shipped.
#[test]
fn the_issue_s_spellings_scripts_and_postcodes_place_a_site_in_xinjiang_from_2022_12_not_in_2022_11() {
    let m = model();
    let before = shipped("2022.11");
    let cities = [
        // The issue's.
        "Ouroumqi",
        "Xotan",
        "Khotien",
        "Qäshqär",
        "烏魯木齊",
        "ئۈرۈمچی",
        "Үрүмчи",
        "Yecheng",
        // Others of the same kinds.
        "烏魯木齊市",
        "庫車市",
        "葉城縣",
        "吐魯番",
        "克拉瑪依",
        "قەشقەر",
        "ئاقسۇ",
        "خوتەن",
        "Қәшқәр",
        "Хотән",
        "Урумчи",
        "Aqsu",
        "Qəşqər",
        "YECHENG",
    ];
    for city in cities {
        assert_eq!(forced(&m, &mine("CN", None, city, "1 Main Street")), (IN_XINJIANG, true), "{city}");
        assert_eq!(forced(&before, &mine("CN", None, city, "1 Main Street")).1, city == "Aqsu", "2022.11: {city}");
    }
    let regions = ["新疆維吾爾自治區", "شىنجاڭ", "Шинҗаң", "شىنجاڭ ئۇيغۇر ئاپتونوم رايونى", "XJ", "xj", "XJ China"];
    for region in regions {
        assert_eq!(forced(&m, &mine("CN", Some(region), "City", "1 Main Street")), (IN_XINJIANG, true), "{region}");
        // 新疆 is written the same in both: 2022.11 read it already.
        let shipped = region.contains("新疆");
        assert_eq!(forced(&before, &mine("CN", Some(region), "City", "1 Main Street")).1, shipped, "{region}");
    }
    // A postcode of Xinjiang (83xxxx, 84xxxx) in the postcode field, or in the address line.
    for (address, postcode) in [
        ("1 Main Street", Some("830000")),
        ("1 Main Street", Some("844 000")),
        ("No. 8 Industrial Park, 842000", None),
        ("8 Renmin Road, 邮编838000", None),
    ] {
        let d = mine_at(None, "", address, postcode);
        assert_eq!(forced(&m, &d), (IN_XINJIANG, true), "{address} {postcode:?}");
        assert_eq!(forced(&before, &d), (ELSEWHERE, false), "2022.11: {address} {postcode:?}");
    }
    // Child labour has no region: it does not move.
    let child = |m: &RiskModel, d: &Declaration| m.assess(d).sites[0].risk.child_labour.score;
    let urumqi = mine("CN", None, "烏魯木齊", "1 Main Street");
    assert_eq!(child(&m, &urumqi), child(&before, &urumqi));
}

/// What 2022.12 must still not place in Xinjiang: a bare county name that is another place of China too (Shawan,
/// Leshan's district in Sichuan; Jinghe, the Jing River and Xi'an's Jinghe New City); `XJ` outside the region field
/// or inside a word; a postcode of another province, a telephone number, a number of seven digits; a postcode of
/// Xinjiang in the address of a site whose city names another place of China; a street named after a Xinjiang
/// place in traditional characters or Cyrillic.
#[test]
fn shared_county_names_xj_elsewhere_other_postcodes_and_streets_are_not_xinjiang_in_2022_12() {
    let m = model();
    for (region, city, address, postcode) in [
        (None, "Shawan", "1 Main Street", None),
        (Some("Sichuan"), "Shawan", "1 Main Street", Some("614900")),
        (None, "Jinghe", "1 Main Street", None),
        (Some("Shaanxi"), "Jinghe", "1 Main Street", None),
        (None, "XJ", "1 Main Street", None),
        (None, "", "Block XJ, 8 Renmin Road", None),
        (Some("XJT"), "", "1 Main Street", None),
        (None, "Shanghai", "1 Main Street", Some("200030")),
        (None, "", "8 Renmin Road, Tel 0998-2844000", None),
        (None, "", "Room 8420001, 8 Renmin Road", None),
        (None, "Shanghai", "288 Urumqi Middle Road, 200031", None),
        (None, "Shanghai", "8 Renmin Road, 830000", None),
        (None, "上海", "烏魯木齊中路12號", None),
        (None, "", "ул. Урумчи 5", None),
    ] {
        let (score, region_factor) = forced(&m, &mine_at(region, city, address, postcode));
        assert!(!region_factor, "{region:?} {city} {address} {postcode:?}: {score}");
        assert_eq!(score, ELSEWHERE, "{region:?} {city} {address} {postcode:?}");
    }
    // A Xinjiang postcode in another country's address is not the caller's region (the country is compared).
    let mut abroad = mine("KZ", None, "Almaty", "8 Abay Avenue, 050000");
    abroad.places_of_work[0].postal_code = Some("830000".into());
    assert!(!forced(&m, &abroad).1);
}

/// Uyghur Latin Yéziqi → Uyghur Arabic script (UEY), written for this test from the alphabet's table (a vowel that
/// begins a word or follows a vowel carries `ئ`), independently of the reading it checks.
fn to_arabic(uly: &str) -> String {
    let letters: &[(&str, &str)] = &[
        ("ch", "چ"),
        ("gh", "غ"),
        ("ng", "ڭ"),
        ("sh", "ش"),
        ("zh", "ژ"),
        ("a", "ا"),
        ("e", "ە"),
        ("é", "ې"),
        ("i", "ى"),
        ("o", "و"),
        ("u", "ۇ"),
        ("ö", "ۆ"),
        ("ü", "ۈ"),
        ("b", "ب"),
        ("p", "پ"),
        ("t", "ت"),
        ("j", "ج"),
        ("x", "خ"),
        ("d", "د"),
        ("r", "ر"),
        ("z", "ز"),
        ("s", "س"),
        ("f", "ف"),
        ("q", "ق"),
        ("k", "ك"),
        ("g", "گ"),
        ("l", "ل"),
        ("m", "م"),
        ("n", "ن"),
        ("h", "ھ"),
        ("w", "ۋ"),
        ("y", "ي"),
    ];
    transliterate(uly, letters, Some("ئ"))
}

/// Uyghur Latin Yéziqi → Uyghur Cyrillic (USY), written for this test from the alphabet's table.
fn to_cyrillic(uly: &str) -> String {
    let letters: &[(&str, &str)] = &[
        ("ch", "ч"),
        ("gh", "ғ"),
        ("ng", "ң"),
        ("sh", "ш"),
        ("zh", "ж"),
        ("a", "а"),
        ("e", "ә"),
        ("é", "е"),
        ("i", "и"),
        ("o", "о"),
        ("u", "у"),
        ("ö", "ө"),
        ("ü", "ү"),
        ("b", "б"),
        ("p", "п"),
        ("t", "т"),
        ("j", "җ"),
        ("x", "х"),
        ("d", "д"),
        ("r", "р"),
        ("z", "з"),
        ("s", "с"),
        ("f", "ф"),
        ("q", "қ"),
        ("k", "к"),
        ("g", "г"),
        ("l", "л"),
        ("m", "м"),
        ("n", "н"),
        ("h", "һ"),
        ("w", "в"),
        ("y", "й"),
    ];
    transliterate(uly, letters, None)
}

/// Writes each word of a lower-case ULY text letter by letter (digraphs first); `hamza` before a vowel that begins
/// a word or follows a vowel.
fn transliterate(uly: &str, letters: &[(&str, &str)], hamza: Option<&str>) -> String {
    let vowels = ["a", "e", "é", "i", "o", "u", "ö", "ü"];
    let lower = uly.to_lowercase();
    let mut out = String::new();
    let mut rest = lower.as_str();
    let mut after_vowel = true;
    while let Some(c) = rest.chars().next() {
        match letters.iter().find(|(l, _)| rest.starts_with(l)) {
            Some((l, w)) => {
                let vowel = vowels.contains(l);
                if vowel
                    && after_vowel
                    && let Some(h) = hamza
                {
                    out.push_str(h);
                }
                out.push_str(w);
                after_vowel = vowel;
                rest = rest.get(l.len()..).unwrap_or_default();
            }
            None => {
                out.push(c);
                after_vowel = true;
                rest = rest.get(c.len_utf8()..).unwrap_or_default();
            }
        }
    }
    out
}

/// The same letters with tone marks (pinyin's) or other diacritics on their vowels, as people type them.
fn with_marks(name: &str) -> String {
    name.chars()
        .map(|c| match c {
            'a' => 'ā',
            'e' => 'é',
            'i' => 'ǐ',
            'o' => 'ò',
            'u' => 'ū',
            'A' => 'Á',
            'U' => 'Ú',
            other => other,
        })
        .collect()
}

/// The kind of issue 15's F5, for every name of Xinjiang the table has that 2022.12 reads: each variant of it that
/// another script, romanisation or keyboard gives — upper and lower case, tone marks and diacritics, traditional
/// characters for a name in simplified ones, a Uyghur Latin name in Uyghur's Arabic script, in Cyrillic, with `ä`
/// for `e` — places a site in Xinjiang by its city, as the name does.
#[test]
fn every_variant_of_every_xinjiang_name_in_the_table_places_the_site_in_2022_12() {
    let m = model();
    let pairs = crate::domain::china_places::han_traditional_pairs();
    let traditional = |name: &str| -> Vec<String> {
        // Each traditional form of each character: a character with two forms gives a name of each.
        let mut out = vec![String::new()];
        for c in name.chars() {
            let forms: Vec<char> = pairs.iter().filter(|(s, _)| *s == c).map(|(_, t)| *t).collect();
            let forms = if forms.is_empty() { vec![c] } else { forms };
            out = out.iter().flat_map(|o| forms.iter().map(move |f| format!("{o}{f}"))).collect();
        }
        out
    };
    let read: Vec<_> = places()
        .iter()
        .filter(|p| p.since.is_some() && !p.is_abbreviation())
        .filter(|p| p.within.as_deref() == Some("Xinjiang") || p.place() == "Xinjiang")
        .collect();
    let mut tried = 0;
    for p in read {
        let name = p.name.as_str();
        let mut variants = vec![name.to_uppercase(), name.to_lowercase(), with_marks(name)];
        match p.system.as_str() {
            "hanzi" => variants.extend(traditional(name)),
            "uly" => {
                variants.push(to_arabic(name));
                variants.push(to_cyrillic(name));
                variants.push(name.replace('e', "ä"));
            }
            _ => {}
        }
        for v in variants {
            tried += 1;
            assert_eq!(forced(&m, &mine("CN", None, &v, "1 Main Street")), (IN_XINJIANG, true), "{name}: {v}");
        }
    }
    assert!(tried > 1000, "{tried}");
}

/// Issue 15 (LOW): a site with no region whose city names a place — Shanghai, another province; Bole, a name of
/// Xinjiang's read elsewhere too; a city in characters — is not told that its city "names none": it is told its
/// city is not one the model places in the region, in both languages, with the site-by-site and grouped wordings.
#[test]
fn a_missing_region_is_not_said_to_be_named_by_no_city_when_the_city_names_another_place() {
    use crate::reports::explain::{finding_label, finding_sites_label};
    let cat = crate::reports::Catalog::embedded().unwrap();
    let on = chrono::NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
    for city in ["Shanghai", "Yiwu", "杭州", "Shawan"] {
        let a = model().assess(&mine("CN", None, city, "1 Main Street"));
        let f = a.findings.iter().find(|f| f.code() == FindingCode::RegionMissing).unwrap_or_else(|| panic!("{city}"));
        for lang in [Lang::En, Lang::Fr] {
            let reason = f.reason().unwrap_or_else(|| panic!("{city}"));
            for said in [finding_label(&cat, lang, f, on), finding_sites_label(&cat, lang, reason, on)] {
                let said = super::tests::plain(&said);
                assert!(!said.contains("names none") && !said.contains("n'en nomme aucune"), "{city}: {said}");
                assert!(
                    said.contains("its city is not one the model places in Xinjiang")
                        || said
                            .contains("sa ville n'est pas l'une de celles que le modèle situe dans la région Xinjiang"),
                    "{city}: {said}"
                );
            }
        }
    }
}

/// Issue 15: a place written in letters of another alphabet drawn like Latin ones (Greek and Cyrillic capitals, Lisu
/// letters), a Russian name, an acronym with points or spaces places a site in Xinjiang from model 2022.13 (its
/// `places = "2022.13"`); 2022.12 scores them as it shipped. The region's factor says which text was read as what,
/// in both languages; a text read as written says nothing more.
#[test]
fn look_alike_letters_russian_names_and_initials_place_a_site_in_xinjiang_from_2022_13_and_say_how() {
    use crate::reports::explain::{NoSites, factor_label};
    let m = shipped("2022.13");
    let before = shipped("2022.12");
    let cat = crate::reports::Catalog::embedded().unwrap();
    // (region, city, address, what the explanation says in English and in French beside the text)
    for (region, city, address, en, fr) in [
        (
            None,
            "ΗΟΤΑΝ",
            "1 Main Street",
            "letters of another alphabet drawn like Latin ones, read as “HOTAN”",
            "lu « HOTAN »",
        ),
        (None, "ꓫꓲꓠꓙꓲꓮꓠꓖ", "1 Main Street", "read as “XINJIANG”", "lu « XINJIANG »"),
        (None, "НАМІ", "1 Main Street", "read as “HAMI”", "un nom de Hami"),
        (None, "", "8 Renmin Road, ΚΟRLΑ", "read as “8 Renmin Road, KORLA”", "dessinées comme des lettres latines"),
        (
            None,
            "Синьцзян",
            "1 Main Street",
            "is a name of the places table in another script: a name of Xinjiang",
            "est un nom de la table des lieux dans une autre écriture",
        ),
        (None, "Кульджа", "1 Main Street", "a name of Yining", "un nom de Yining"),
        (
            Some("Синьцзян-Уйгурский автономный район"),
            "City",
            "1 Main Street",
            "“Синьцзян-Уйгурский автономный район”",
            "« Синьцзян-Уйгурский автономный район »",
        ),
        (Some("СУАР"), "City", "1 Main Street", "“СУАР”", "« СУАР »"),
        (
            Some("X.J."),
            "City",
            "1 Main Street",
            "is an abbreviation written with points or spaces, read as “XJ”",
            "est une abréviation écrite avec des points ou des espaces",
        ),
        (None, "X.U.A.R.", "1 Main Street", "read as “XUAR”", "lue « XUAR »"),
    ] {
        let d = mine("CN", region, city, address);
        assert_eq!(forced(&m, &d), (IN_XINJIANG, true), "{region:?} {city} {address}");
        assert_eq!(forced(&before, &d), (ELSEWHERE, false), "2022.12: {region:?} {city} {address}");
        let a = m.assess(&d);
        let f = a.sites[0].risk.forced_labour.factors.iter().find(|f| f.code() == "region").unwrap();
        let said_en = factor_label(&cat, Lang::En, f, &NoSites);
        let said_fr = super::tests::plain(&factor_label(&cat, Lang::Fr, f, &NoSites));
        assert!(said_en.contains(en) && said_en.contains("the site's text"), "{said_en}");
        assert!(said_fr.contains(fr) && said_fr.contains("le texte du site"), "{said_fr}");
        // The stored factor keeps the reading, field by field.
        let json = serde_json::to_value(f).unwrap();
        let back: Factor = serde_json::from_value(json).unwrap();
        assert_eq!(&back, f.as_ref());
    }
    // A text read as written (Latin letters, Chinese characters) adds nothing to the words; nor does 2022.12.
    for city in ["Hotan", "和田"] {
        let a = m.assess(&mine("CN", None, city, "1 Main Street"));
        let f = a.sites[0].risk.forced_labour.factors.iter().find(|f| f.code() == "region").unwrap();
        assert!(!factor_label(&cat, Lang::En, f, &NoSites).contains("the site's text"), "{city}");
    }
    let a = before.assess(&mine("CN", None, "Урумчи", "1 Main Street"));
    let f = a.sites[0].risk.forced_labour.factors.iter().find(|f| f.code() == "region").unwrap();
    assert!(!factor_label(&cat, Lang::En, f, &NoSites).contains("the site's text"));
    // Near strings: look-alike words that spell no place, Russian names of other places, initials of something else.
    for (region, city) in [
        (None, "НОТАН"),
        (None, "МОСКВА"),
        (None, "Шанхай"),
        (None, "Ханой"),
        (Some("J.X."), "City"),
        (Some("X.J.T.U."), "City"),
        (None, "X.J."),
        (None, "Xinjian"),
        (None, "Jinjiang"),
    ] {
        assert_eq!(forced(&m, &mine("CN", region, city, "1 Main Street")), (ELSEWHERE, false), "{region:?} {city}");
    }
}
