//! Names a producer gives the format's fields, keys and sheets otherwise (`RFP number`, `Sells to`, `Autonomous
//! region`, `Legal name (French)`, a misspelt part of a JSON document), values that read two ways (`no` as Norway),
//! CSV lines of other lengths than their header, and the length of a text: each read as the producer meant or
//! refused naming its place and the cause, in both languages — never dropped or read otherwise without a word.

use serde_json::{Value, json};

use super::tests::{demo, errors, places, zip_of};
use super::*;

fn read(name: &str, bytes: &[u8]) -> Result<Parsed, Vec<Issue>> {
    read_declaration(name, bytes, &Limits::default())
}

fn json_doc(edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut v: Value = serde_json::from_slice(&demo("gantex-en578.json")).unwrap();
    edit(&mut v);
    serde_json::to_vec_pretty(&v).unwrap()
}

const SUPPLIER: &str = "Legal name,Cordages Nord\nCountry,CA\nDeclaration date,2026-04-01\nSignatory name,Ng\n";
const ATTESTATIONS: &str = "Right,Attested,Scope\nchild_labour,Y,supplier\n";
const SITE: &str = "S1,Rope plant,manufacturing,polyester rope,1 Jalan Besar,Klang,Malaysia";
const HEADER: &str = "Site ID,Site name,Role,Goods,Address,City,Country";

/// A CSV zip of the three required sheets with this PlacesOfWork file and this Supplier form.
fn csv(supplier: &str, places: &str) -> Vec<u8> {
    zip_of(&[("Supplier.csv", supplier), ("Attestations.csv", ATTESTATIONS), ("PlacesOfWork.csv", places)])
}

/// A French message with the format's guillemets and no English word.
fn assert_french(i: &Issue) {
    assert!(i.message_fr.contains("«\u{a0}"), "{}", i.message_fr);
    for word in [" the ", " is ", "did you mean", "column"] {
        assert!(!i.message_fr.contains(word), "English `{word}` in French: {}", i.message_fr);
    }
}

// ---- Other names of fields, in a sheet's heading, a form's label and a JSON key ----

#[test]
fn a_column_under_another_name_of_a_field_is_refused_naming_the_heading_to_write() {
    for (heading, value, en, fr) in [
        ("Province or territory", "Selangor", "Region", "Région"),
        ("Autonomous region", "Xinjiang", "Region", "Région"),
        ("Prefecture", "Aichi", "Region", "Région"),
        ("Territoire", "Nunavut", "Region", "Région"),
        ("Sells to", "S2", "Supplies to", "Fournit à"),
        ("Customer site", "S2", "Supplies to", "Fournit à"),
        ("Parent site", "S2", "Supplies to", "Fournit à"),
        ("Delivers to", "S2", "Supplies to", "Fournit à"),
        ("Site destinataire", "S2", "Supplies to", "Fournit à"),
        ("Input materials", "polyester", "Inputs", "Intrants"),
        ("Raw materials", "polyester", "Inputs", "Intrants"),
        ("Matières premières", "polyester", "Inputs", "Intrants"),
        ("Components", "polyester", "Inputs", "Intrants"),
    ] {
        let text = format!("{HEADER},{heading}\n{SITE},{value}\nS2,Yarn mill,processing,yarn,2 Jalan,Ipoh,Malaysia,\n");
        let issues = errors(read("d.zip", &csv(SUPPLIER, &text)));
        assert_eq!(places(&issues), vec!["PlacesOfWork!H1"], "{heading}: {issues:?}");
        assert_eq!(issues[0].field.as_deref(), Some(en), "{heading}");
        assert!(issues[0].message_en.contains(&format!("did you mean “{en}”")), "{heading}: {}", issues[0].message_en);
        assert!(issues[0].message_fr.contains(&format!("«\u{a0}{fr}\u{a0}»")), "{heading}: {}", issues[0].message_fr);
        assert_french(&issues[0]);
    }
}

#[test]
fn a_form_label_under_another_name_of_a_field_is_refused_naming_the_label_to_write() {
    for (label, value, field) in [
        ("solicitation_no", "W8486-260555/A", "Solicitation number"),
        ("RFP number", "W8486-260555/A", "Solicitation number"),
        ("RFQ No.", "W8486-260555/A", "Solicitation number"),
        ("Tender number", "W8486-260555/A", "Solicitation number"),
        ("N° d'invitation", "W8486-260555/A", "Solicitation number"),
        ("Nº de l'appel d'offres", "W8486-260555/A", "Solicitation number"),
        ("BN", "123456782", "Business number"),
        ("PBN", "123456782", "Business number"),
        ("Business No.", "123456782", "Business number"),
    ] {
        let supplier = format!("{SUPPLIER}{label},{value}\n");
        let issues = errors(read("d.zip", &csv(&supplier, &format!("{HEADER}\n{SITE}\n"))));
        assert_eq!(places(&issues), vec!["Supplier!A5"], "{label}: {issues:?}");
        assert_eq!(issues[0].field.as_deref(), Some(field), "{label}");
        assert!(issues[0].message_en.contains("did you mean"), "{label}: {}", issues[0].message_en);
        assert!(issues[0].message_fr.contains("vouliez-vous dire"), "{label}: {}", issues[0].message_fr);
        assert_french(&issues[0]);
    }
    // A label of no field, or one whose row holds no value, is still only warned of.
    for supplier in [format!("{SUPPLIER}Fax,+60 3 555 0100\n"), format!("{SUPPLIER}RFP number,\n")] {
        read("d.zip", &csv(&supplier, &format!("{HEADER}\n{SITE}\n"))).unwrap_or_else(|e| panic!("{e:?}"));
    }
}

#[test]
fn a_json_key_under_another_name_of_a_field_is_refused_where_it_stands() {
    for (part, key, value, pointer, field) in [
        ("supplier", "solicitation_no", json!("EN578-240077/B"), "/supplier/solicitation_no", "Solicitation number"),
        ("supplier", "rfp_number", json!("EN578-240077/B"), "/supplier/rfp_number", "Solicitation number"),
        ("supplier", "bn", json!("864219035"), "/supplier/bn", "Business number"),
        ("places_of_work", "sells_to", json!(["MY-1"]), "/places_of_work/0/sells_to", "Supplies to"),
        ("places_of_work", "raw_materials", json!(["latex"]), "/places_of_work/0/raw_materials", "Inputs"),
        ("places_of_work", "province_or_state", json!("Perak"), "/places_of_work/0/province_or_state", "Region"),
    ] {
        let bytes = json_doc(|v| {
            let target = if part == "supplier" { &mut v[part] } else { &mut v[part][0] };
            let obj = target.as_object_mut().unwrap();
            // The field under its own key is gone: the other name is the one the sender gave.
            obj.retain(|k, _| !["solicitation_number", "business_number", "region"].contains(&k.as_str()));
            obj.insert(key.to_string(), value);
        });
        let issues = errors(read("d.json", &bytes));
        assert_eq!(places(&issues), vec![pointer], "{key}: {issues:?}");
        assert_eq!(issues[0].field.as_deref(), Some(field), "{key}");
        assert!(issues[0].message_en.contains("did you mean"), "{key}: {}", issues[0].message_en);
        assert!(issues[0].message_fr.contains("vouliez-vous dire"), "{key}: {}", issues[0].message_fr);
    }
}

// ---- A field's name with more words is another field, not a misspelling ----

#[test]
fn a_field_name_with_more_words_beside_the_field_is_an_extra_field_warned_of_not_a_misspelling() {
    // JSON: `workers_female`, `female_workers`, `workers_2025` beside `workers`: read, warned of, workers kept.
    for key in ["workers_female", "female_workers", "workers_2025", "country_code_iso3"] {
        let bytes = json_doc(|v| {
            v["places_of_work"][0].as_object_mut().unwrap().insert(key.to_string(), json!(700));
        });
        let p = read("d.json", &bytes).unwrap_or_else(|e| panic!("{key}: {e:?}"));
        assert_eq!(p.declaration.places_of_work[0].workers, Some(1700), "{key}");
        let w = p.warnings.iter().find(|w| w.location.ends_with(key)).unwrap_or_else(|| panic!("{key}"));
        assert!(w.message_en.contains("Unknown key") && !w.message_en.contains("did you mean"), "{w:?}");
    }
    // A sheet: `Workers female` beside `Workers`, `Goods description` beside `Goods`.
    for (heading, value) in [("Workers female", "12"), ("Goods description", "braided rope")] {
        let text = format!("{HEADER},Workers,{heading}\n{SITE},40,{value}\n");
        let p = read("d.zip", &csv(SUPPLIER, &text)).unwrap_or_else(|e| panic!("{heading}: {e:?}"));
        assert_eq!(p.declaration.places_of_work[0].workers, Some(40));
    }
    // A misspelling is still one (`workres`, `wokers`), and a field's name with more words where the field has no
    // key or column is the sender's name for it (`site_workers` alone): refused, naming the key to write.
    for key in ["workres", "wokers", "site_workers", "workers_total"] {
        let bytes = json_doc(|v| {
            let site = v["places_of_work"][0].as_object_mut().unwrap();
            site.remove("workers");
            site.insert(key.to_string(), json!(700));
        });
        let issues = errors(read("d.json", &bytes));
        assert_eq!(places(&issues), vec![format!("/places_of_work/0/{key}").as_str()], "{key}: {issues:?}");
        assert!(issues[0].message_en.contains("did you mean “workers”"), "{key}: {}", issues[0].message_en);
    }
}

// ---- A field given in one of its languages ----

#[test]
fn a_form_label_with_a_language_note_beside_the_plain_label_is_a_version_warned_of_and_the_plain_one_read() {
    for (plain, version) in [
        ("Legal name,Cordages Nord Inc.", "Legal name (French),Cordages Nord inc."),
        ("Legal name,Cordages Nord Inc.", "Dénomination sociale (français),Cordages Nord inc."),
        ("Dénomination sociale,Cordages Nord Inc.", "Legal name [EN],Northern Ropes Inc."),
    ] {
        let rest = "Country,CA\nDeclaration date,2026-04-01\nSignatory name,Ng\n";
        for supplier in [format!("{plain}\n{version}\n{rest}"), format!("{version}\n{plain}\n{rest}")] {
            let p = read("d.zip", &csv(&supplier, &format!("{HEADER}\n{SITE}\n")))
                .unwrap_or_else(|e| panic!("{supplier}: {e:?}"));
            assert_eq!(p.declaration.supplier.legal_name, "Cordages Nord Inc.", "{supplier}");
            let w = p.warnings.iter().find(|w| w.field.as_deref() == Some("Legal name")).unwrap();
            assert!(w.message_en.contains("in one of its languages") && w.message_en.contains("not stored"), "{w:?}");
            assert!(w.message_fr.contains("dans une de ses langues"), "{w:?}");
        }
    }
    // The field twice under plain labels: the same value is read once; two values are refused naming both rows.
    let rest = "Country,CA\nDeclaration date,2026-04-01\nSignatory name,Ng\n";
    let same = format!("Legal name,Cordages Nord\nDénomination sociale,Cordages Nord\n{rest}");
    let p = read("d.zip", &csv(&same, &format!("{HEADER}\n{SITE}\n"))).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(p.declaration.supplier.legal_name, "Cordages Nord");
    let differ = format!("Legal name,Cordages Nord\nDénomination sociale,Cordages du Nord\n{rest}");
    let issues = errors(read("d.zip", &csv(&differ, &format!("{HEADER}\n{SITE}\n"))));
    assert_eq!(places(&issues), vec!["Supplier!A2"], "{issues:?}");
    assert!(issues[0].message_en.contains("given twice (first at Supplier!A1)"), "{issues:?}");
    // Two versions, neither plain, that differ: which is the supplier's is not known, refused.
    let both = format!("Legal name (English),Northern Ropes\nLegal name (French),Cordages du Nord\n{rest}");
    let issues = errors(read("d.zip", &csv(&both, &format!("{HEADER}\n{SITE}\n"))));
    assert_eq!(places(&issues), vec!["Supplier!A2"], "{issues:?}");
}

#[test]
fn a_column_with_a_language_note_beside_the_plain_column_is_a_version_warned_of_and_the_plain_one_read() {
    for (header, line) in [
        (format!("{HEADER},Site name (French)"), format!("{SITE},Usine de cordes")),
        (format!("Nom du lieu [FR],{HEADER}"), format!("Usine de cordes,{SITE}")),
    ] {
        let p = read("d.zip", &csv(SUPPLIER, &format!("{header}\n{line}\n"))).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(p.declaration.places_of_work[0].site_name, "Rope plant", "{header}");
        let w = p.warnings.iter().find(|w| w.field.as_deref() == Some("Site name")).unwrap();
        assert!(w.message_en.contains("in one of its languages"), "{w:?}");
        assert!(w.message_fr.contains("n'est pas enregistrée"), "{w:?}");
    }
}

// ---- A misspelt part of a JSON document ----

#[test]
fn a_misspelt_part_of_a_json_document_holding_entries_is_refused_naming_the_key_to_write() {
    for (wrong, right) in
        [("good", "goods"), ("goods_list", "goods"), ("due_dilligence", "due_diligence"), ("Biens", "")]
    {
        let bytes = json_doc(|v| {
            let obj = v.as_object_mut().unwrap();
            let entries = obj.remove(if right.is_empty() { "goods" } else { right }).unwrap();
            obj.insert(wrong.to_string(), entries);
        });
        if right.is_empty() {
            // `Biens` is the part's French name: read.
            read("d.json", &bytes).unwrap_or_else(|e| panic!("{wrong}: {e:?}"));
            continue;
        }
        let issues = errors(read("d.json", &bytes));
        assert_eq!(places(&issues), vec![format!("/{wrong}").as_str()], "{wrong}: {issues:?}");
        assert!(issues[0].message_en.contains(&format!("did you mean “{right}”")), "{}", issues[0].message_en);
        assert!(
            issues[0].message_fr.contains(&format!("vouliez-vous dire «\u{a0}{right}\u{a0}»\u{202f}?")),
            "{:?}",
            issues[0]
        );
    }
    // Empty, it drops nothing: warned of only.
    let bytes = json_doc(|v| {
        v.as_object_mut().unwrap().insert("good".to_string(), json!([]));
    });
    let p = read("d.json", &bytes).unwrap_or_else(|e| panic!("{e:?}"));
    assert!(p.warnings.iter().any(|w| w.location == "/good"), "{:?}", p.warnings);
}

/// A key of a JSON document's top level that names no part of the format (`subcontractors`, `notes`, `x`), whatever
/// it holds (text, a number, entries, a list nested deep), is warned of at its JSON Pointer in both languages: its
/// content is not read, and the sender is told so, never left to think it was.
#[test]
fn a_top_level_json_key_of_no_part_is_warned_of_whatever_it_holds() {
    let sites = read("d.json", &json_doc(|_| {})).unwrap().declaration.places_of_work.len();
    for (key, value) in [
        ("subcontractors", json!([{"site_id": "S9", "country": "CN"}])),
        ("notes", json!("see annex")),
        ("x", json!(1)),
        ("x", json!([[[[1]]]])),
        ("métadonnées", json!({"version": 2})),
        ("Sites sous-traitants", json!([])),
    ] {
        let bytes = json_doc(|v| {
            v.as_object_mut().unwrap().insert(key.to_string(), value.clone());
        });
        let p = read("d.json", &bytes).unwrap_or_else(|e| panic!("{key}: {e:?}"));
        let pointer = format!("/{}", key.replace('~', "~0").replace('/', "~1"));
        let w = p.warnings.iter().find(|w| w.location == pointer).unwrap_or_else(|| panic!("{key}: {:?}", p.warnings));
        assert!(w.message_en.contains(&format!("“{key}”")) && w.message_en.contains("not read"), "{w:?}");
        assert!(w.message_en.contains("places_of_work"), "{w:?}");
        assert!(
            w.message_fr.contains(&format!("«\u{a0}{key}\u{a0}»")) && w.message_fr.contains("n'est pas lu"),
            "{w:?}"
        );
        assert_french(w);
        // The declaration itself is read as it was.
        assert_eq!(p.declaration.places_of_work.len(), sites, "{key}");
    }
}

// ---- Country codes that are also how a blank is written ----

#[test]
fn a_country_written_as_a_blank_abbreviation_is_refused_naming_both_readings() {
    for (value, country_en, meaning_fr) in [
        ("no", "Norway", "non"),
        ("No", "Norway", "non"),
        ("nc", "New Caledonia", "non communiqué"),
        ("N.C.", "New Caledonia", "non communiqué"),
        ("so", "Somalia", "sans objet"),
        ("N/R", "Nauru", "non renseigné"),
        ("nr", "Nauru", "non renseigné"),
        ("n.p.", "Nepal", "non précisé"),
        ("Np", "Nepal", "non précisé"),
    ] {
        let text = format!("{HEADER}\nS1,Rope plant,manufacturing,polyester rope,1 Jalan Besar,Klang,{value}\n");
        let issues = errors(read("d.zip", &csv(SUPPLIER, &text)));
        assert_eq!(places(&issues), vec!["PlacesOfWork!G2"], "{value}: {issues:?}");
        assert!(issues[0].message_en.contains(country_en) && issues[0].message_en.contains("capitals"), "{issues:?}");
        assert!(issues[0].message_fr.contains(meaning_fr) && issues[0].message_fr.contains("majuscules"), "{issues:?}");
        assert_french(&issues[0]);
        // The supplier's own country alike.
        let supplier = SUPPLIER.replace("Country,CA", &format!("Country,{value}"));
        let issues = errors(read("d.zip", &csv(&supplier, &format!("{HEADER}\n{SITE}\n"))));
        assert_eq!(places(&issues), vec!["Supplier!B2"], "{value}: {issues:?}");
    }
    // Two capitals are the code; other lower-case codes are their countries.
    for (value, code) in [("NO", "NO"), ("NP", "NP"), ("NC", "NC"), ("my", "MY"), ("Norway", "NO")] {
        let text = format!("{HEADER}\nS1,Rope plant,manufacturing,polyester rope,1 Jalan Besar,Klang,{value}\n");
        let p = read("d.zip", &csv(SUPPLIER, &text)).unwrap_or_else(|e| panic!("{value}: {e:?}"));
        assert_eq!(p.declaration.places_of_work[0].country.as_str(), code, "{value}");
    }
}

// ---- CSV lines of other lengths than the header ----

#[test]
fn a_csv_line_short_of_its_trailing_empty_cells_as_excel_writes_it_is_read() {
    let header = format!("{HEADER},Region,Postal code,Workers,OS ID");
    // Excel pads the first 16 lines to the sheet's width and writes the later ones only up to their last filled cell.
    let mut text = format!("{header}\n");
    for i in 0..20 {
        let line = if i < 15 {
            format!("P{i},Plant {i},manufacturing,rope,{i} Jalan,Klang,Malaysia,Selangor,,,\n")
        } else {
            format!("P{i},Plant {i},manufacturing,rope,{i} Jalan,Klang,Malaysia,Selangor\n")
        };
        text.push_str(&line);
    }
    text.push_str("P20,Plant 20,manufacturing,rope,20 Jalan,Klang,Malaysia,,,35\n");
    let p = read("d.zip", &csv(SUPPLIER, &text)).unwrap_or_else(|e| panic!("{e:?}"));
    let sites = &p.declaration.places_of_work;
    assert_eq!(sites.len(), 21);
    assert_eq!(sites[19].region.as_deref(), Some("Selangor"));
    assert_eq!(sites[19].workers, None);
    assert_eq!(sites[20].workers, Some(35));
    // A short line missing a required value is refused by that field, at its cell.
    let issues =
        errors(read("d.zip", &csv(SUPPLIER, &format!("{HEADER}\nS1,Rope plant,manufacturing,rope,1 Jalan\n"))));
    let mut at = places(&issues);
    at.sort_unstable();
    assert_eq!(at, vec!["PlacesOfWork!F2", "PlacesOfWork!G2"], "{issues:?}");
}

#[test]
fn a_csv_line_longer_than_its_header_is_refused_even_the_files_one_line_or_every_line() {
    let goods_header = "Item,Description,Quantity,Value CAD";
    for text in [
        // One line ending with a separator: `1,500` written without quotation marks shifted the value.
        format!("{goods_header}\nRope,Polyester rope,1,500,\n"),
        // Every line padded past the header by the same count.
        format!("{goods_header}\nRope,Polyester rope,2,500,\nTwine,Sisal twine,3,200,\n"),
    ] {
        let bytes = zip_of(&[
            ("Supplier.csv", SUPPLIER),
            ("Attestations.csv", ATTESTATIONS),
            ("PlacesOfWork.csv", &format!("{HEADER}\n{SITE}\n")),
            ("Goods.csv", &text),
        ]);
        let issues = errors(read("d.zip", &bytes));
        assert!(issues[0].location.starts_with("Goods!"), "{text}: {issues:?}");
        assert!(issues[0].message_en.contains("while the header has 4"), "{text}: {issues:?}");
        assert!(issues[0].message_fr.contains("alors que l'en-tête en a 4"), "{text}: {issues:?}");
    }
    // A header padded as its lines are is the writer's: read.
    let padded = format!("{goods_header},,\nRope,Polyester rope,2,500,,\n");
    let bytes = zip_of(&[
        ("Supplier.csv", SUPPLIER),
        ("Attestations.csv", ATTESTATIONS),
        ("PlacesOfWork.csv", &format!("{HEADER}\n{SITE}\n")),
        ("Goods.csv", &padded),
    ]);
    let p = read("d.zip", &bytes).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(p.declaration.goods[0].value_cad, Some(500.0));
}

// ---- The length of a text ----

#[test]
fn a_traders_long_goods_list_is_read_and_a_text_is_counted_as_it_shows() {
    let line = "cotton T-shirts; polyester fleece jackets; nitrile gloves; ";
    let goods: String = line.repeat(1_500 / line.len() + 1).trim().trim_end_matches(';').to_string();
    assert!(goods.chars().count() > 1_500);
    let text = format!("{HEADER}\nS1,Trading house,trading,\"{goods}\",1 Jalan Besar,Klang,Malaysia\n");
    let p = read("d.zip", &csv(SUPPLIER, &text)).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(p.declaration.places_of_work[0].goods, goods);
    // Past 4,000, refused at its cell.
    let long = "a".repeat(4_001);
    let text = format!("{HEADER}\nS1,Trading house,trading,{long},1 Jalan Besar,Klang,Malaysia\n");
    let issues = errors(read("d.zip", &csv(SUPPLIER, &text)));
    assert_eq!(places(&issues), vec!["PlacesOfWork!D2"], "{issues:?}");
    // A site name of 300 accented letters each typed as a letter and a combining accent (NFD, 600 code points) shows
    // 300 characters: read; 301 are refused.
    for (n, ok) in [(300, true), (301, false)] {
        let name = "e\u{301}".repeat(n);
        let text = format!("{HEADER}\nS1,{name},manufacturing,rope,1 Jalan Besar,Klang,Malaysia\n");
        match read("d.zip", &csv(SUPPLIER, &text)) {
            Ok(p) => assert!(ok && p.declaration.places_of_work[0].site_name.chars().count() >= 300, "{n}"),
            Err(issues) => {
                assert!(!ok, "{n}: {issues:?}");
                assert!(issues[0].message_en.contains("301 characters"), "{issues:?}");
            }
        }
    }
}

// ---- A solicitation number without its hyphen ----

#[test]
fn a_solicitation_number_without_its_hyphen_is_refused_naming_the_number_meant() {
    for (typed, meant) in [
        ("W8486260555/A", "W8486-260555/A"),
        ("en578170432/b", "EN578-170432/B"),
        ("EW038_200010/A", "EW038-200010/A"),
        ("24062.220001/AB", "24062-220001/AB"),
    ] {
        let supplier = format!("{SUPPLIER}Solicitation number,{typed}\n");
        let issues = errors(read("d.zip", &csv(&supplier, &format!("{HEADER}\n{SITE}\n"))));
        assert_eq!(places(&issues), vec!["Supplier!B5"], "{typed}: {issues:?}");
        assert!(issues[0].message_en.contains(&format!("did you mean “{meant}”")), "{issues:?}");
        assert!(issues[0].message_fr.contains(&format!("«\u{a0}{meant}\u{a0}»")), "{issues:?}");
        assert_french(&issues[0]);
    }
    // Numbers of other forms are read as written (upper-cased).
    for (typed, read_as) in
        [("W8486-260555/A", "W8486-260555/A"), ("w8486-26/500", "W8486-26/500"), ("5X001-220135/a", "5X001-220135/A")]
    {
        let supplier = format!("{SUPPLIER}Solicitation number,{typed}\n");
        let p =
            read("d.zip", &csv(&supplier, &format!("{HEADER}\n{SITE}\n"))).unwrap_or_else(|e| panic!("{typed}: {e:?}"));
        assert_eq!(p.declaration.supplier.solicitation_number.as_deref(), Some(read_as));
    }
}

/// A heading that begins or ends with another name of a field but whose other words name another kind of value
/// (`Invitation date`, `Solicitation closing date`, `Tender country`) is not that field: warned of as a label of no
/// field, never refused as the solicitation number where that field's own row is missing. `Ne pas remplir`, a French
/// phrase beginning with `ne`, is not the business number (`NE` is read alone only).
#[test]
fn a_heading_whose_other_words_name_another_kind_of_value_is_not_the_field_it_begins_with() {
    for label in
        ["Invitation date", "Solicitation closing date", "Date of invitation", "Tender country", "Ne pas remplir"]
    {
        let supplier = format!("{SUPPLIER}{label},2026-03-01\n");
        read("d.zip", &csv(&supplier, &format!("{HEADER}\n{SITE}\n"))).unwrap_or_else(|e| panic!("{label}: {e:?}"));
    }
}
