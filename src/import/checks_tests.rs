//! Checks that compare cells, each tried with instances made here in every carrier the kind reaches: identifiers that
//! read the same but differ (look-alike characters, capitals), sheets named as the file names them.

use serde_json::Value;

use super::tests::{corpus_ods, demo, errors, workbook, zip_of};
use super::*;

fn read(name: &str, bytes: &[u8]) -> Result<Parsed, Vec<Issue>> {
    read_declaration(name, bytes, &Limits::default())
}

fn at<'a>(issues: &'a [Issue], place: &str) -> &'a Issue {
    issues.iter().find(|i| i.location == place).unwrap_or_else(|| panic!("nothing at {place}: {issues:?}"))
}

/// French spacing around the quotes and before the colon.
fn french_spacing(fr: &str) {
    assert!(!fr.contains("« ") && !fr.contains(" »") && !fr.contains(" :"), "{fr}");
}

/// The English workbook of the tests with a third site `S-3` (row 4) and the given Site ID and Supplies to of it
/// and of the second site's row (row 3).
fn with_third_site(site_id: &str, supplies_to: &str) -> Vec<u8> {
    workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_row(3, 0, [site_id, "Dock", "warehousing", "rope", "1 Quai", "Halifax", "CA", ""]).unwrap();
        ws.write_string(2, 7, supplies_to).unwrap();
    })
}

#[test]
fn a_reference_typed_with_a_look_alike_character_names_the_character_its_cell_and_the_site_id() {
    for (typed, code, code_fr) in [
        ("S\u{2011}3", "U+2011 NON-BREAKING HYPHEN", "U+2011 TRAIT D'UNION INSÉCABLE"),
        ("S\u{2013}3", "U+2013 EN DASH", "U+2013 TIRET DEMI-CADRATIN"),
        ("S\u{2212}3", "U+2212 MINUS SIGN", "U+2212 SIGNE MOINS"),
        ("\u{FF33}-3", "U+FF33 FULLWIDTH LATIN CAPITAL LETTER S", "U+FF33 LETTRE MAJUSCULE LATINE S PLEINE CHASSE"),
        ("S-\u{FF13}", "U+FF13 FULLWIDTH DIGIT THREE", "U+FF13 CHIFFRE TROIS PLEINE CHASSE"),
        ("\u{405}-3", "U+0405 CYRILLIC CAPITAL LETTER DZE", "U+0405 LETTRE MAJUSCULE CYRILLIQUE DZÉ"),
        ("S\u{2012}3", "U+2012 FIGURE DASH", "U+2012 TIRET NUMÉRIQUE"),
        ("S\u{FE63}3", "U+FE63 SMALL HYPHEN-MINUS", "U+FE63 PETIT TRAIT D'UNION-SIGNE MOINS"),
        ("S\u{207B}3", "U+207B SUPERSCRIPT MINUS", "U+207B SIGNE MOINS EXPOSANT"),
    ] {
        let issues = errors(read("l.xlsx", &with_third_site("S-3", typed)));
        let e = at(&issues, "PlacesOfWork!H3");
        assert_eq!(issues.len(), 1, "{issues:?}");
        for (said, code) in [(&e.message_en, code), (&e.message_fr, code_fr)] {
            assert!(said.contains(code) && said.contains("PlacesOfWork!A4") && said.contains(typed), "{said}");
            assert!(said.contains("PlacesOfWork!H3"), "the cell holding the character: {said}");
        }
        let english = code.trim_start_matches(|c: char| c != ' ');
        assert!(!e.message_fr.contains(english), "an English name in French: {}", e.message_fr);
        assert!(e.message_en.contains("reads as the Site ID “S-3”"), "{}", e.message_en);
        assert!(e.message_fr.contains("l'ID de lieu «\u{a0}S-3\u{a0}»"), "{}", e.message_fr);
        french_spacing(&e.message_fr);
    }
}

#[test]
fn a_site_id_typed_with_a_look_alike_names_the_site_id_cell_where_the_character_sits() {
    for (site_id, reference, code, code_fr) in [
        ("S\u{2011}3", "S-3", "U+2011", "U+2011 TRAIT D'UNION INSÉCABLE"),
        ("S\u{A0}3", "S 3", "U+00A0 NO-BREAK SPACE", "U+00A0 ESPACE INSÉCABLE"),
        ("S 3", "S\u{202F}3", "U+202F NARROW NO-BREAK SPACE", "U+202F ESPACE INSÉCABLE ÉTROITE"),
        ("S\u{2009}3", "S 3", "U+2009 THIN SPACE", "U+2009 ESPACE FINE"),
        ("S 3", "S\u{3000}3", "U+3000 IDEOGRAPHIC SPACE", "U+3000 ESPACE IDÉOGRAPHIQUE"),
    ] {
        let issues = errors(read("l.xlsx", &with_third_site(site_id, reference)));
        assert_eq!(issues.len(), 1, "{issues:?}");
        let e = at(&issues, "PlacesOfWork!H3");
        let sits = if site_id.is_ascii() { "PlacesOfWork!H3 holds" } else { "PlacesOfWork!A4 holds" };
        assert!(e.message_en.contains(code) && e.message_en.contains(sits), "{}", e.message_en);
        assert!(e.message_fr.contains(code_fr) && !e.message_fr.contains(" SPACE"), "{}", e.message_fr);
    }
}

#[test]
fn a_reference_or_a_site_id_differing_in_capitals_only_is_refused_naming_both_cells() {
    // A reference: `s1` for `S1`.
    let issues = errors(read("c.xlsx", &with_third_site("S3", "s1")));
    let e = at(&issues, "PlacesOfWork!H3");
    assert!(e.message_en.contains("“S1” at PlacesOfWork!A2") && e.message_en.contains("capitals only"), "{e:?}");
    assert!(e.message_fr.contains("majuscules"), "{}", e.message_fr);
    // Two Site IDs: `s1` below `S1` (they were two sites, silently), and two that read alike by a character.
    for (id, says) in [("s1", "capitals only"), ("\u{FF33}1", "U+FF33")] {
        let issues = errors(read("c.xlsx", &with_third_site(id, "S1")));
        assert_eq!(issues.len(), 1, "{issues:?}");
        let e = at(&issues, "PlacesOfWork!A4");
        assert!(e.message_en.contains("“S1” at PlacesOfWork!A2") && e.message_en.contains(says), "{e:?}");
        assert!(e.message_en.contains("an ID of its own") && e.message_fr.contains("son propre ID"), "{e:?}");
        french_spacing(&e.message_fr);
    }
    // Distinct IDs stay distinct: nothing is said of `S1` and `S10`, or `S-1` and `S1`.
    for id in ["S10", "S-1", "S 1"] {
        assert!(read("c.xlsx", &with_third_site(id, "S1")).is_ok(), "{id}");
    }
}

#[test]
fn look_alike_references_are_named_in_ods_csv_and_json_too() {
    // ODS: the second site supplies `CA‑DC` (U+2011) where the Site ID is `CA-DC`.
    let ods = corpus_ods("", "", "", |i, r| if i == 2 { r.replace("CA-DC", "CA\u{2011}DC") } else { r });
    let issues = errors(read("l.ods", &ods));
    let e = at(&issues, "PlacesOfWork!H3");
    assert!(e.message_en.contains("U+2011 NON-BREAKING HYPHEN") && e.message_en.contains("PlacesOfWork!A2"), "{e:?}");
    // CSV files in a zip: `g1` for `G1`.
    let bytes = zip_of(&[
        (
            "Supplier.csv",
            "Label,Value\nLegal name,CSV Inc.\nCountry,MY\nDeclaration date,2026-04-01\nSignatory name,Ng\n",
        ),
        ("Attestations.csv", "Right,Attested,Scope\nchild_labour,Y,supplier\n"),
        (
            "PlacesOfWork.csv",
            "Site ID,Site name,Role,Goods,Address,City,Country,Supplies to\n\
             G1,Glove plant,manufacturing,gloves,Jalan 1,Klang,Malaysia,\n\
             G2,Latex estate,raw_material,latex,Jalan 2,Ipoh,Malaysia,g1\n",
        ),
    ]);
    let issues = errors(read("l.zip", &bytes));
    let e = issues.iter().find(|i| i.message_en.contains("capitals only")).unwrap_or_else(|| panic!("{issues:?}"));
    assert!(e.message_en.contains("“G1”") && e.location.ends_with("H3"), "{e:?}");
    // JSON: goods produced at `MY–1` (an en dash) where the site is `MY-1`.
    let mut v: Value = serde_json::from_slice(&demo("gantex-en578.json")).unwrap();
    v["goods"][0]["produced_at"] = serde_json::json!(["MY\u{2013}1"]);
    let issues = errors(read("l.json", &serde_json::to_vec(&v).unwrap()));
    let e = at(&issues, "/goods/0/produced_at");
    for (said, name) in [(&e.message_en, "U+2013 EN DASH"), (&e.message_fr, "U+2013 TIRET DEMI-CADRATIN")] {
        assert!(said.contains(name) && said.contains("/places_of_work/0/site_id"), "{said}");
    }
}

#[test]
fn an_invisible_character_in_a_reference_is_refused_naming_it_at_its_cell() {
    let issues = errors(read("z.xlsx", &with_third_site("S-3", "S-\u{200B}3")));
    let e = at(&issues, "PlacesOfWork!H3");
    assert!(e.message_en.contains("U+200B") && e.message_en.contains("ZERO WIDTH SPACE"), "{e:?}");
}

#[test]
fn messages_about_copied_or_second_sheets_name_the_sheets_the_file_has() {
    // An English file with a copy of its places sheet: the French message names “PlacesOfWork”, the file's sheet.
    let bytes = workbook(false, |wb| {
        let ws = wb.add_worksheet().set_name("PlacesOfWork (2)").unwrap();
        ws.write_row(0, 0, ["Site ID", "Site name", "Role", "Goods", "Address", "City", "Country"]).unwrap();
        ws.write_row(1, 0, ["S9", "Gin", "raw_material", "cotton", "1 Rd", "Aksu", "CN"]).unwrap();
    });
    let e = &errors(read("c.xlsx", &bytes))[0];
    assert!(e.message_fr.contains("«\u{a0}PlacesOfWork\u{a0}»") && !e.message_fr.contains("LieuxDeTravail"), "{e:?}");
    // A French file with a copy of its places sheet: the English message names “LieuxDeTravail”.
    let bytes = workbook(true, |wb| {
        let ws = wb.add_worksheet().set_name("LieuxDeTravail (2)").unwrap();
        ws.write_row(0, 0, ["ID du lieu", "Nom du lieu", "Rôle", "Biens", "Adresse", "Ville", "Pays"]).unwrap();
        ws.write_row(1, 0, ["S9", "Égreneuse", "raw_material", "coton", "1 Rte", "Aksu", "CN"]).unwrap();
    });
    let e = &errors(read("c.xlsx", &bytes))[0];
    assert!(e.message_en.contains("“LieuxDeTravail”") && !e.message_en.contains("PlacesOfWork"), "{e:?}");
    // A second supplier sheet: both sheets named, each once, in both languages.
    let bytes = workbook(false, |wb| {
        let ws = wb.add_worksheet().set_name("Fournisseur").unwrap();
        ws.write_row(0, 0, ["Dénomination sociale*", "Autre inc."]).unwrap();
    });
    let issues = errors(read("c.xlsx", &bytes));
    let e = at(&issues, "Fournisseur");
    for (said, open, close) in [(&e.message_en, "“", "”"), (&e.message_fr, "«\u{a0}", "\u{a0}»")] {
        for name in ["Supplier", "Fournisseur"] {
            assert_eq!(said.matches(&format!("{open}{name}{close}")).count(), 1, "{said}");
        }
    }
    french_spacing(&e.message_fr);
    // A misspelt sheet in an English file is told of “Goods” in French too; in a French file of “Biens” in English.
    for (fr_file, typo, suggested) in [(false, "Good", "Goods"), (true, "Bien", "Biens")] {
        let bytes = workbook(fr_file, |wb| {
            wb.add_worksheet().set_name(typo).unwrap();
        });
        let p = read("t.xlsx", &bytes).unwrap_or_else(|e| panic!("{e:?}"));
        let w = p.warnings.iter().find(|w| w.location == typo).unwrap_or_else(|| panic!("{:?}", p.warnings));
        assert!(w.message_en.contains(&format!("did you mean “{suggested}”?")), "{}", w.message_en);
        assert!(
            w.message_fr.contains(&format!("vouliez-vous dire «\u{a0}{suggested}\u{a0}»\u{202f}?")),
            "{}",
            w.message_fr
        );
    }
}

#[test]
fn an_ambiguous_number_is_refused_quoting_the_value_typed_and_both_of_its_readings() {
    for (typed, thousands, en, fr) in
        [("3,500", "3500", "3.5", "3,5"), ("12.000", "12000", "12", "12"), ("7,250", "7250", "7.25", "7,25")]
    {
        let bytes = workbook(false, |wb| {
            let ws = wb.add_worksheet().set_name("Goods").unwrap();
            ws.write_row(0, 0, ["Item", "Value CAD", "Produced at"]).unwrap();
            ws.write_row(1, 0, ["Rope", typed, "S1"]).unwrap();
        });
        let csv = zip_of(&[
            (
                "Supplier.csv",
                "Label,Value\nLegal name,CSV Inc.\nCountry,MY\nDeclaration date,2026-04-01\nSignatory name,Ng\n",
            ),
            ("Attestations.csv", "Right,Attested,Scope\nchild_labour,Y,supplier\n"),
            (
                "PlacesOfWork.csv",
                "Site ID,Site name,Role,Goods,Address,City,Country\nS1,Plant,manufacturing,rope,Jalan 1,Klang,MY\n",
            ),
            ("Goods.csv", &format!("Item,Value CAD,Produced at\nRope,\"{typed}\",S1\n")),
        ]);
        for (name, bytes) in [("a.xlsx", bytes), ("a.zip", csv)] {
            let issues = errors(read(name, &bytes));
            let e = issues.iter().find(|i| i.location.ends_with("B2")).unwrap_or_else(|| panic!("{issues:?}"));
            assert!(e.message_en.contains(&format!("“{typed}” is ambiguous")), "{}", e.message_en);
            assert!(e.message_en.contains(&format!("Write {thousands} or {en},")), "{}", e.message_en);
            assert!(e.message_fr.contains(&format!("Écrivez {thousands} ou {fr},")), "{}", e.message_fr);
            assert!(!e.message_en.contains("1250") && !e.message_fr.contains("1,25"), "{e:?}");
            french_spacing(&e.message_fr);
        }
    }
}

#[test]
fn the_template_advises_only_numbers_the_intake_reads_and_warns_of_those_it_refuses() {
    let (en, fr) = crate::domain::say_both(&crate::domain::Message::new("template.readme.numbers"));
    for (said, read) in [
        (&en, ["1250", "1 250", "12.5", "1,250,000.50", "1.250.000,50"]),
        (&fr, ["1250", "1 250", "12,5", "1,250,000.50", "1.250.000,50"]),
    ] {
        for typed in read {
            assert!(said.contains(typed), "{typed}: {said}");
            assert!(parse::decimal(typed, false).is_ok(), "{typed}");
        }
        for refused in ["1,250", "1.250"] {
            assert!(
                said.contains(&format!("({refused} ")) || said.contains(&format!(" {refused})")),
                "{refused}: {said}"
            );
            assert_eq!(parse::decimal(refused, false), Err(true), "{refused}");
        }
    }
}

// ---- Polish: order, headers, French numbers, money, inputs ----

const HEADER: [&str; 8] = ["Site ID*", "Site name*", "Role*", "Goods*", "Address*", "City*", "Country*", "Supplies to"];
const HEADER_FR: [&str; 8] =
    ["ID du lieu*", "Nom du lieu*", "Rôle*", "Biens*", "Adresse*", "Ville*", "Pays*", "Fournit à"];
const SITE_1: [&str; 8] = ["S1", "Rope works", "manufacturing", "sisal rope", "1 Rue", "Kolkata", "IN", ""];
const SITE_2: [&str; 8] = ["S2", "Sisal estate", "raw_material", "sisal", "Road 2", "Tanga", "TZ", "S1"];

/// The English workbook of the tests whose PlacesOfWork sheet holds `rows` from its first row.
fn places_rows(rows: &[&[&str]]) -> Vec<u8> {
    workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        for r in 0..6u32 {
            for c in 0..9u16 {
                ws.write_blank(r, c, &rust_xlsxwriter::Format::new()).unwrap();
            }
        }
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                if !v.is_empty() {
                    ws.write_string(r as u32, c as u16, *v).unwrap();
                }
            }
        }
    })
}

#[test]
fn issues_are_listed_sheet_by_sheet_in_row_then_column_order() {
    // Found in another order: a row's cells as read, references once every row is read, the supplier form first.
    let bytes = workbook(false, |wb| {
        wb.worksheet_from_name("Supplier").unwrap().write_string(1, 1, "Canadaa").unwrap();
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(1, 7, "S9").unwrap();
        ws.write_string(2, 2, "grower").unwrap();
        ws.write_string(2, 6, "Atlantis").unwrap();
        ws.write_row(3, 0, ["S3", "Depot", "warehousing", "rope", "1 Quai", "Halifax", "CA", "S8"]).unwrap();
    });
    let issues = errors(read("o.xlsx", &bytes));
    let got = super::tests::places(&issues);
    let mut sorted = got.clone();
    sorted.sort_by_key(|p| {
        let (sheet, cell) = p.split_once('!').unwrap();
        let (row, col) = super::grid::a1_position(cell).unwrap();
        (sheet != "Supplier", row, col)
    });
    assert_eq!(got, sorted, "{issues:?}");
    assert!(got.contains(&"PlacesOfWork!H2") && got.contains(&"PlacesOfWork!C3") && got.len() >= 5, "{got:?}");
}

#[test]
fn a_title_above_the_header_is_one_refusal_and_no_unknown_column() {
    let bytes = places_rows(&[&["Places of work — 2026"], &HEADER, &SITE_1, &SITE_2]);
    let issues = errors(read("t.xlsx", &bytes));
    assert_eq!(super::tests::places(&issues), vec!["PlacesOfWork!A1"], "{issues:?}");
    assert!(issues.iter().all(|i| !i.message_en.contains("Unknown column")), "{issues:?}");
}

#[test]
fn a_bilingual_header_is_read_as_headings_with_one_warning() {
    // Two heading rows, English then French (or French then English): the second is named once, never read as a site.
    for (first, second) in [(HEADER, HEADER_FR), (HEADER_FR, HEADER)] {
        let bytes = places_rows(&[&first, &second, &SITE_1, &SITE_2]);
        let p = read("b.xlsx", &bytes).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(p.declaration.places_of_work.len(), 2);
        let w: Vec<&Issue> = p.warnings.iter().filter(|w| w.location == "PlacesOfWork!A2").collect();
        assert_eq!(w.len(), 1, "{:?}", p.warnings);
        assert!(w[0].message_en.contains("Row 2") && w[0].message_fr.contains("La ligne 2"), "{:?}", w[0]);
    }
    // One heading row whose cells give both labels.
    let both: Vec<String> = HEADER.iter().zip(HEADER_FR).map(|(en, fr)| format!("{en} / {fr}")).collect();
    let both: Vec<&str> = both.iter().map(String::as_str).collect();
    let p = read("b.xlsx", &places_rows(&[&both, &SITE_1, &SITE_2])).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(p.declaration.places_of_work.len(), 2);
    // A data row whose one cell happens to be a label is still data.
    let odd = ["S3", "Role", "warehousing", "rope", "1 Quai", "Halifax", "CA", ""];
    assert!(read("b.xlsx", &places_rows(&[&HEADER, &odd, &SITE_1, &SITE_2])).is_ok());
}

#[test]
fn a_french_message_quotes_a_number_read_with_the_french_decimal_mark() {
    let bytes = workbook(false, |wb| {
        wb.worksheet_from_name("Supplier").unwrap().write_number(2, 1, 46112.5).unwrap();
    });
    let issues = errors(read("d.xlsx", &bytes));
    let e = at(&issues, "Supplier!B3");
    // Quoted as the cell holds it, in each language's decimal mark: no thousands separator the cell does not hold.
    assert!(e.message_fr.contains("«\u{a0}46112,5\u{a0}»") && !e.message_fr.contains("112.5"), "{}", e.message_fr);
    assert!(e.message_en.contains("“46112.5”"), "{}", e.message_en);
}

/// The English workbook of the tests with a Goods sheet of one line worth `value`.
fn goods_value(value: &str) -> Vec<u8> {
    workbook(false, |wb| {
        let ws = wb.add_worksheet().set_name("Goods").unwrap();
        ws.write_row(0, 0, ["Item", "Value CAD", "Produced at"]).unwrap();
        ws.write_row(1, 0, ["Rope", value, "S1"]).unwrap();
    })
}

#[test]
fn an_amount_with_the_canadian_dollar_sign_is_read_and_another_currency_is_refused_naming_it() {
    for (typed, read_as) in [
        ("$1,200", 1200.0),
        ("1 200 $", 1200.0),
        ("1\u{a0}200,50\u{a0}$", 1200.5),
        ("CA$ 950.50", 950.5),
        ("C$1,250,000", 1_250_000.0),
        ("12,50 $ CA", 12.5),
        ("CAD 800", 800.0),
    ] {
        let p = read("m.xlsx", &goods_value(typed)).unwrap_or_else(|e| panic!("{typed}: {e:?}"));
        assert_eq!(p.declaration.goods[0].value_cad, Some(read_as), "{typed}");
    }
    for (typed, sign) in [("€1,200", "€"), ("1 200 £", "£"), ("USD 1200", "USD"), ("US$1,200", "US$"), ("¥5000", "¥")]
    {
        let issues = errors(read("m.xlsx", &goods_value(typed)));
        let e = at(&issues, "Goods!B2");
        assert!(e.message_en.contains(&format!("(“{sign}”)")), "{}", e.message_en);
        assert!(e.message_fr.contains(&format!("(«\u{a0}{sign}\u{a0}»)")), "{}", e.message_fr);
        french_spacing(&e.message_fr);
    }
    // Still ambiguous with the sign, quoting what was typed: French puts the sign after, so `1,200 $` may be 1,2 $.
    let issues = errors(read("m.xlsx", &goods_value("1,200 $")));
    let e = at(&issues, "Goods!B2");
    assert!(e.message_en.contains("“1,200 $” is ambiguous") && e.message_en.contains("Write 1200 or 1.2,"), "{e:?}");
    // In CSV too.
    let csv = zip_of(&[
        (
            "Supplier.csv",
            "Label,Value\nLegal name,CSV Inc.\nCountry,MY\nDeclaration date,2026-04-01\nSignatory name,Ng\n",
        ),
        ("Attestations.csv", "Right,Attested,Scope\nchild_labour,Y,supplier\n"),
        (
            "PlacesOfWork.csv",
            "Site ID,Site name,Role,Goods,Address,City,Country\nS1,Plant,manufacturing,rope,Jalan 1,Klang,MY\n",
        ),
        ("Goods.csv", "Item,Value CAD,Produced at\nRope,\"$2,400\",S1\nTwine,€300,S1\n"),
    ]);
    let issues = errors(read("m.zip", &csv));
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert!(issues[0].location.ends_with("B3") && issues[0].message_en.contains("€"), "{issues:?}");
}

#[test]
fn inputs_typed_with_commas_are_refused_quoting_them_with_semicolons() {
    let with_inputs = |inputs: &str| {
        workbook(false, |wb| {
            let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
            ws.write_string(0, 8, "Inputs").unwrap();
            ws.write_string(1, 8, inputs).unwrap();
        })
    };
    for (typed, split) in [("cotton, polyester", "cotton; polyester"), ("sisal; jute, hemp", "sisal; jute; hemp")] {
        let issues = errors(read("i.xlsx", &with_inputs(typed)));
        let e = at(&issues, "PlacesOfWork!I2");
        assert!(e.message_en.contains(&format!("write “{split}”")), "{}", e.message_en);
        assert!(e.message_fr.contains(&format!("écrivez «\u{a0}{split}\u{a0}»")), "{}", e.message_fr);
    }
    let p = read("i.xlsx", &with_inputs("cotton; polyester")).unwrap();
    assert_eq!(p.declaration.places_of_work[0].inputs, vec!["cotton".to_string(), "polyester".to_string()]);
    // JSON lists are lists: an element with a comma is refused the same way.
    let mut v: Value = serde_json::from_slice(&demo("gantex-en578.json")).unwrap();
    v["places_of_work"][0]["inputs"] = serde_json::json!(["nitrile, latex"]);
    let issues = errors(read("i.json", &serde_json::to_vec(&v).unwrap()));
    assert!(at(&issues, "/places_of_work/0/inputs").message_en.contains("“nitrile; latex”"), "{issues:?}");
}

#[test]
fn a_separator_line_does_not_hide_the_headings_from_the_encoding_guess() {
    let cp1251 = |s: &str| encoding_rs::WINDOWS_1251.encode(s).0.into_owned();
    for sep_line in ["sep=;\n", "sep=;\r\n", "SEP=;\n"] {
        let places = format!(
            "{sep_line}Site ID;Site name;Role;Goods;Address;City;Country\nS1;Канат;manufacturing;steel;Ул. 1;Тула;RU\n"
        );
        let mut buf = std::io::Cursor::new(Vec::new());
        {
            let mut z = zip::ZipWriter::new(&mut buf);
            for (name, body) in [
                (
                    "Supplier.csv",
                    b"Label,Value\nLegal name,Rope\nCountry,RU\nDeclaration date,2026-04-01\nSignatory name,Ng\n"
                        .to_vec(),
                ),
                ("Attestations.csv", b"Right,Attested\nchild_labour,Y\n".to_vec()),
                ("PlacesOfWork.csv", cp1251(&places)),
            ] {
                z.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
                std::io::Write::write_all(&mut z, &body).unwrap();
            }
            z.finish().unwrap();
        }
        let p = read("s.zip", &buf.into_inner()).unwrap_or_else(|e| panic!("{sep_line:?}: {e:?}"));
        assert_eq!(p.declaration.places_of_work[0].city, "Тула", "{sep_line:?}");
        assert!(p.warnings.iter().any(|w| w.message_en.contains("windows-1251")), "{:?}", p.warnings);
    }
}

#[test]
fn a_region_typed_as_a_country_is_refused_naming_its_country_in_every_carrier() {
    let bytes = workbook(false, |wb| {
        wb.worksheet_from_name("PlacesOfWork").unwrap().write_string(2, 6, "Xinjiang").unwrap();
    });
    let issues = errors(read("x.xlsx", &bytes));
    let e = at(&issues, "PlacesOfWork!G3");
    assert!(e.message_en.contains("a region of China") && e.message_en.contains("write CN"), "{}", e.message_en);
    assert!(!e.message_en.contains("MY"), "{}", e.message_en);
    let mut v: Value = serde_json::from_slice(&demo("gantex-en578.json")).unwrap();
    v["places_of_work"][0]["country"] = serde_json::json!("Kashgar");
    let issues = errors(read("x.json", &serde_json::to_vec(&v).unwrap()));
    let e = at(&issues, "/places_of_work/0/country");
    assert!(e.message_fr.contains("un lieu du Xinjiang, une région de la Chine"), "{}", e.message_fr);
}

#[test]
fn a_value_cad_number_cell_shown_in_another_currency_is_refused_naming_the_currency() {
    for (code, sign) in [
        ("[$€-x-euro2] #,##0", "€"),
        ("#,##0.00 \"€\"", "€"),
        ("[$USD] #,##0", "USD"),
        ("\"US$\"#,##0", "US$"),
        ("\\£#,##0.00", "£"),
        ("¥#,##0", "¥"),
        ("[$CHF-100C] #,##0.00", "CHF"),
        ("#,##0\" AUD\"", "AUD"),
        // A dollar whose locale is not Canada's is another country's dollar: US, Australian, Mexican (MS-LCID: 0x409
        // en-US, 0xC09 en-AU, 0x80A es-MX), by its number or its language tag.
        ("[$$-409]#,##0.00", "[$$-409]"),
        ("[$$-en-US]#,##0.00", "[$$-en-US]"),
        ("[$$-C09]#,##0.00", "[$$-C09]"),
        ("[$$-80A] #,##0.00", "[$$-80A]"),
    ] {
        let bytes = workbook(false, |wb| {
            let ws = wb.add_worksheet().set_name("Goods").unwrap();
            ws.write_row(0, 0, ["Item", "Value CAD", "Produced at"]).unwrap();
            ws.write_string(1, 0, "Rope").unwrap();
            ws.write_number_with_format(1, 1, 84_500.0, &rust_xlsxwriter::Format::new().set_num_format(code)).unwrap();
            ws.write_string(1, 2, "S1").unwrap();
        });
        let issues = errors(read("m.xlsx", &bytes));
        let e = at(&issues, "Goods!B2");
        assert!(e.message_en.contains(&format!("(“{sign}”)")), "{code}: {}", e.message_en);
        assert!(e.message_fr.contains(&format!("(«\u{a0}{sign}\u{a0}»)")), "{code}: {}", e.message_fr);
        french_spacing(&e.message_fr);
    }
    // The Canadian dollar's own formats (a dollar of Canada's locales: 0x1009 en-CA, 0xC0C fr-CA, by number or tag),
    // and a locale alone, are read as the amount.
    for code in [
        "[$$-1009]#,##0.00",
        "[$$-C0C] #,##0.00",
        "#,##0.00 [$$-fr-CA]",
        "[$$-en-CA]#,##0.00",
        "#,##0 $",
        "\"CA$\"#,##0",
        "[$-409]#,##0",
        "#,##0 \"$ CA\"",
    ] {
        let bytes = workbook(false, |wb| {
            let ws = wb.add_worksheet().set_name("Goods").unwrap();
            ws.write_row(0, 0, ["Item", "Value CAD", "Produced at"]).unwrap();
            ws.write_string(1, 0, "Rope").unwrap();
            ws.write_number_with_format(1, 1, 84_500.0, &rust_xlsxwriter::Format::new().set_num_format(code)).unwrap();
            ws.write_string(1, 2, "S1").unwrap();
        });
        let p = read("m.xlsx", &bytes).unwrap_or_else(|e| panic!("{code}: {e:?}"));
        assert_eq!(p.declaration.goods[0].value_cad, Some(84_500.0), "{code}");
    }
    // ODS: a currency cell in pounds; one in Canadian dollars is read.
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/corpus/accepted/pandas-odfpy-en.ods");
    let ods = |currency: &str| {
        let cell = format!(
            r#"<table:table-cell office:value-type="currency" office:currency="{currency}" office:value="61000"><text:p>61 000</text:p></table:table-cell>"#
        );
        super::tests::patch_zip(&std::fs::read(&path).unwrap(), "content.xml", |xml| {
            xml.replace(r#"<table:table-cell office:value-type="float" office:value="61000"><text:p>61000</text:p></table:table-cell>"#, &cell)
        })
    };
    // The amount refused is quoted as each language writes it (« 84500,5 », never « 84500.5 » in French).
    let bytes = workbook(false, |wb| {
        let ws = wb.add_worksheet().set_name("Goods").unwrap();
        ws.write_row(0, 0, ["Item", "Value CAD", "Produced at"]).unwrap();
        ws.write_string(1, 0, "Rope").unwrap();
        let format = rust_xlsxwriter::Format::new().set_num_format("[$$-409]#,##0.00");
        ws.write_number_with_format(1, 1, 84_500.5, &format).unwrap();
        ws.write_string(1, 2, "S1").unwrap();
    });
    let issues = errors(read("m.xlsx", &bytes));
    let e = at(&issues, "Goods!B2");
    assert!(e.message_en.contains("“84500.5”"), "{}", e.message_en);
    assert!(e.message_fr.contains("«\u{a0}84500,5\u{a0}»"), "{}", e.message_fr);
    let issues = errors(read("m.ods", &ods("GBP")));
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert!(issues[0].location.starts_with("Goods!") && issues[0].message_en.contains("(“GBP”)"), "{issues:?}");
    let p = read("m.ods", &ods("CAD")).unwrap();
    assert_eq!(p.declaration.goods[0].value_cad, Some(61000.0));
}

/// Issue 15: a site's region, city or address written in letters of another alphabet drawn like Latin ones (Greek
/// capitals, Lisu letters, Cyrillic capitals) that the risk model reads as a place of the places table is taken with a
/// warning at its cell naming the text, what it is read as and the place, in both languages, in every carrier; a
/// text of such letters that names no place (`МОСКВА`), a Russian name, and ordinary letters get no warning.
#[test]
fn a_place_in_look_alike_letters_is_read_with_a_warning_naming_what_it_is_read_as() {
    let bytes = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(2, 5, "ΗΟΤΑΝ").unwrap();
        ws.write_string(2, 6, "CN").unwrap();
    });
    let parsed = read("x.xlsx", &bytes).unwrap_or_else(|e| panic!("{e:?}"));
    let w = at(&parsed.warnings, "PlacesOfWork!F3");
    assert!(w.message_en.contains("“ΗΟΤΑΝ”") && w.message_en.contains("“HOTAN”, a name of Hotan"), "{}", w.message_en);
    assert!(w.message_fr.contains("«\u{a0}HOTAN\u{a0}»") && w.message_fr.contains("Hotan"), "{}", w.message_fr);
    french_spacing(&w.message_fr);
    assert_eq!(parsed.declaration.places_of_work[1].city, "ΗΟΤΑΝ");
    let mut v: Value = serde_json::from_slice(&demo("gantex-en578.json")).unwrap();
    for (field, text, drawn) in
        [("region", "ꓫꓲꓠꓙꓲꓮꓠꓖ", "XINJIANG"), ("city", "НАМІ", "HAMI"), ("address", "8 Renmin Road, ꓗꓮꓢꓧꓖꓮꓣ", "KASHGAR")]
    {
        let mut v = v.clone();
        v["places_of_work"][0][field] = serde_json::json!(text);
        v["places_of_work"][0]["country"] = serde_json::json!("CN");
        let parsed = read("x.json", &serde_json::to_vec(&v).unwrap()).unwrap_or_else(|e| panic!("{e:?}"));
        let w = at(&parsed.warnings, &format!("/places_of_work/0/{field}"));
        assert!(w.message_en.contains(drawn), "{field}: {}", w.message_en);
    }
    for text in ["МОСКВА", "Синьцзян", "Hotan", "ТАКЕО"] {
        v["places_of_work"][0]["city"] = serde_json::json!(text);
        let parsed = read("x.json", &serde_json::to_vec(&v).unwrap()).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(
            !parsed.warnings.iter().any(|w| w.location == "/places_of_work/0/city"),
            "{text}: {:?}",
            parsed.warnings
        );
    }
}
