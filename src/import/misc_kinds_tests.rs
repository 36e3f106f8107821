//! Kinds a new user's files brought (issue 14's tester), each tried with instances made here in every carrier the
//! kind reaches (XLSX, ODS, CSV files in a zip, JSON), the refusal read in both languages: a business number's first
//! character that is no digit, an OS ID given to two sites, a percentage cell in a count, Site IDs that differ by a
//! letter drawn like a digit (`G` for 6, `Q` and `D` for 0 too), a list of Site IDs written with commas, numbers
//! quoted with French's decimal comma and without a thousands separator the cell does not hold, a JSON document in
//! UTF-16, a count in a format of money, an exponent or a fraction, or in a yes-or-no, time or text cell.

use rust_xlsxwriter::{Format, Workbook};

use super::tests::{errors, workbook, zip_of};
use super::*;

fn read(name: &str, bytes: &[u8]) -> Result<Parsed, Vec<Issue>> {
    read_declaration(name, bytes, &Limits::default())
}

/// French spacing around the quotes and before the colon.
fn french_spacing(fr: &str) {
    assert!(!fr.contains("« ") && !fr.contains(" »") && !fr.contains(" :") && !fr.contains(" ;"), "{fr}");
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Carrier {
    Xlsx,
    Ods,
    Csv,
    Json,
}

const CARRIERS: [Carrier; 4] = [Carrier::Xlsx, Carrier::Ods, Carrier::Csv, Carrier::Json];

/// A declaration as tables of texts: the Supplier form (label, value), the PlacesOfWork table and the Goods table
/// (header first; no Goods table when it has no row). A value of a column of numbers (`Workers`) that reads as a
/// number is written as a number (a number cell, a JSON number).
struct Doc {
    supplier: Vec<(&'static str, String)>,
    places: Vec<Vec<String>>,
    goods: Vec<Vec<String>>,
}

const PLACES_HEADER: [&str; 11] = [
    "Site ID",
    "Site name",
    "Role",
    "Goods",
    "Address",
    "City",
    "Country",
    "Supplies to",
    "Operator business number",
    "OS ID",
    "Workers",
];

/// A site's row: Site ID, name, address, Supplies to, operator's business number, OS ID, workers (in Malaysia).
fn site(id: &str, name: &str, address: &str, to: &str, bn: &str, os: &str, workers: &str) -> Vec<String> {
    [id, name, "manufacturing", "gloves", address, "Klang", "MY", to, bn, os, workers].map(str::to_string).to_vec()
}

impl Doc {
    /// Two sites, `G1` supplied by `G2`, the supplier's business number `bn`; the Goods table empty.
    fn new(bn: &str) -> Doc {
        Doc {
            supplier: vec![
                ("Legal name", "Example Gloves Inc.".into()),
                ("Business number", bn.into()),
                ("Country", "CA".into()),
                ("Declaration date", "2026-03-31".into()),
                ("Signatory name", "Ann Roy".into()),
            ],
            places: vec![
                PLACES_HEADER.map(str::to_string).to_vec(),
                site("G1", "Glove plant", "Jalan 1", "", "", "", "120"),
                site("G2", "Latex estate", "Jalan 2", "G1", "", "", "40"),
            ],
            goods: Vec::new(),
        }
    }

    /// A cell of the places table (row 1 is the first site), by its column's heading.
    fn set(&mut self, row: usize, heading: &str, value: &str) -> &mut Doc {
        let col = PLACES_HEADER.iter().position(|h| *h == heading).unwrap();
        self.places[row][col] = value.to_string();
        self
    }

    fn with_goods(&mut self, produced_at: &str) -> &mut Doc {
        self.goods = vec![vec!["Item".into(), "Produced at".into()], vec!["Gloves".into(), produced_at.into()]];
        self
    }

    fn tables(&self) -> Vec<(&'static str, Vec<Vec<String>>)> {
        let supplier: Vec<Vec<String>> = self.supplier.iter().map(|(k, v)| vec![k.to_string(), v.clone()]).collect();
        let attestations: Vec<Vec<String>> =
            vec![vec!["Right".into(), "Attested".into()], vec!["forced_labour".into(), "Yes".into()]];
        let mut t = vec![("Supplier", supplier), ("Attestations", attestations), ("PlacesOfWork", self.places.clone())];
        if !self.goods.is_empty() {
            t.push(("Goods", self.goods.clone()));
        }
        t
    }

    /// The file in a carrier, with its name. `ods_cell` may write a cell of the ODS content itself (sheet, row,
    /// column, 0-based), `ods_styles` its automatic styles.
    fn file(&self, carrier: Carrier) -> (&'static str, Vec<u8>) {
        self.file_with(carrier, "", &|_, _, _| None)
    }

    fn file_with(
        &self,
        carrier: Carrier,
        ods_styles: &str,
        ods_cell: &dyn Fn(&str, usize, usize) -> Option<String>,
    ) -> (&'static str, Vec<u8>) {
        match carrier {
            Carrier::Xlsx => ("d.xlsx", self.xlsx()),
            Carrier::Ods => ("d.ods", self.ods(ods_styles, ods_cell)),
            Carrier::Csv => ("d.zip", self.csv()),
            Carrier::Json => ("d.json", self.json()),
        }
    }

    fn xlsx(&self) -> Vec<u8> {
        let mut wb = Workbook::new();
        for (name, rows) in self.tables() {
            let ws = wb.add_worksheet().set_name(name).unwrap();
            for (r, row) in rows.iter().enumerate() {
                for (c, v) in row.iter().enumerate() {
                    match number_in(name, rows.first(), c, v) {
                        Some(n) => ws.write_number(r as u32, c as u16, n).unwrap(),
                        None => ws.write_string(r as u32, c as u16, v).unwrap(),
                    };
                }
            }
        }
        wb.save_to_buffer().unwrap()
    }

    fn ods(&self, styles: &str, special: &dyn Fn(&str, usize, usize) -> Option<String>) -> Vec<u8> {
        let esc = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
        let mut tables = String::new();
        for (name, rows) in self.tables() {
            tables.push_str(&format!(r#"<table:table table:name="{name}">"#));
            for (r, row) in rows.iter().enumerate() {
                tables.push_str("<table:table-row>");
                for (c, v) in row.iter().enumerate() {
                    let cell = if let Some(xml) = special(name, r, c) {
                        xml
                    } else if v.is_empty() {
                        "<table:table-cell/>".to_string()
                    } else if let Some(n) = number_in(name, rows.first(), c, v) {
                        format!(
                            r#"<table:table-cell office:value-type="float" office:value="{n}" calcext:value-type="float"><text:p>{n}</text:p></table:table-cell>"#
                        )
                    } else {
                        format!(
                            r#"<table:table-cell office:value-type="string" calcext:value-type="string"><text:p>{}</text:p></table:table-cell>"#,
                            esc(v)
                        )
                    };
                    tables.push_str(&cell);
                }
                tables.push_str("</table:table-row>");
            }
            tables.push_str("</table:table>");
        }
        let content = format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3"><office:automatic-styles>{styles}</office:automatic-styles><office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>"#
        );
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/corpus/accepted/pandas-odfpy-en.ods");
        super::tests::patch_zip(&std::fs::read(path).unwrap(), "content.xml", |_| content)
    }

    fn csv(&self) -> Vec<u8> {
        let quote = |v: &String| {
            if v.contains([',', ';', '"', '\n']) { format!("\"{}\"", v.replace('"', "\"\"")) } else { v.clone() }
        };
        let files: Vec<(String, String)> = self
            .tables()
            .into_iter()
            .map(|(name, rows)| {
                let text: String =
                    rows.iter().map(|row| row.iter().map(quote).collect::<Vec<_>>().join(",") + "\n").collect();
                (format!("{name}.csv"), text)
            })
            .collect();
        zip_of(&files.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect::<Vec<_>>())
    }

    fn json(&self) -> Vec<u8> {
        use serde_json::{Map, Value};
        let key = |label: &str| label.to_lowercase().replace(' ', "_");
        let table = |name: &str, rows: &[Vec<String>]| -> Value {
            let Some((header, data)) = rows.split_first() else { return Value::Array(Vec::new()) };
            Value::Array(
                data.iter()
                    .map(|row| {
                        let mut m = Map::new();
                        for (c, v) in row.iter().enumerate().filter(|(_, v)| !v.is_empty()) {
                            let value =
                                number_in(name, Some(header), c, v).map_or_else(|| v.clone().into(), Value::from);
                            m.insert(key(&header[c]), value);
                        }
                        Value::Object(m)
                    })
                    .collect(),
            )
        };
        let supplier: Map<String, Value> =
            self.supplier.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| (key(k), v.clone().into())).collect();
        let mut doc = serde_json::json!({
            "supplier": supplier,
            "attestations": [{"right": "forced_labour", "attested": true}],
            "places_of_work": table("PlacesOfWork", &self.places),
        });
        if !self.goods.is_empty() {
            doc["goods"] = table("Goods", &self.goods);
        }
        serde_json::to_vec_pretty(&doc).unwrap()
    }
}

/// The number a value of a column of numbers holds.
fn number_in(sheet: &str, header: Option<&Vec<String>>, col: usize, v: &str) -> Option<f64> {
    let heading = header?.get(col)?;
    (sheet == "PlacesOfWork" && (heading == "Workers" || heading == "Share of value %"))
        .then(|| v.parse().ok())
        .flatten()
}

/// Where a carrier puts a cell: `Sheet!A1` in a workbook or CSV zip, a JSON Pointer in JSON (`row` counts the header
/// as row 1, as a sheet does; `key` is the JSON key).
fn place(carrier: Carrier, sheet: &str, a1_col: &str, row: usize, key: &str) -> String {
    match (carrier, sheet) {
        (Carrier::Json, "Supplier") => format!("/supplier/{key}"),
        (Carrier::Json, "PlacesOfWork") => format!("/places_of_work/{}/{key}", row - 2),
        (Carrier::Json, _) => format!("/goods/{}/{key}", row - 2),
        _ => format!("{sheet}!{a1_col}{row}"),
    }
}

/// The issue at a place (a CSV file's place may name the file as `Sheet.csv`).
fn at<'a>(issues: &'a [Issue], carrier: Carrier, want: &str) -> &'a Issue {
    let same = |i: &&Issue| i.location == want || i.location.replace(".csv!", "!") == want;
    issues.iter().find(same).unwrap_or_else(|| panic!("{carrier:?}: nothing at {want}: {issues:#?}"))
}

#[test]
fn a_business_number_s_first_character_that_is_no_digit_is_named_and_a_letter_like_a_digit_said_so() {
    // (the supplier's, the operator's: typed, the character named, the digit it looks like)
    let cases = [
        (("84231O575", "O", Some("0")), ("I23456782", "I", Some("1"))),
        (("8423l0575", "l", Some("1")), ("1234B6782RT0001", "B", Some("8"))),
        (("84231X575", "X", None), ("1234#6782", "#", None)),
    ];
    for carrier in CARRIERS {
        for (supplier, operator) in cases {
            let mut doc = Doc::new(supplier.0);
            doc.set(2, "Operator business number", operator.0);
            let (name, bytes) = doc.file(carrier);
            let issues = errors(read(name, &bytes));
            for (issue, (written, named, digit)) in [
                (at(&issues, carrier, &place(carrier, "Supplier", "B", 2, "business_number")), supplier),
                (at(&issues, carrier, &place(carrier, "PlacesOfWork", "I", 3, "operator_business_number")), operator),
            ] {
                let (en, fr) = (&issue.message_en, &issue.message_fr);
                assert!(
                    en.contains(&format!("“{written}”")) && en.contains(&format!("“{named}” has no place")),
                    "{en}"
                );
                assert!(fr.contains(&format!("«\u{a0}{named}\u{a0}» n'a pas sa place")), "{fr}");
                match digit {
                    Some(d) => {
                        assert!(en.contains(&format!("looks like the digit {d}")), "{carrier:?} {en}");
                        assert!(fr.contains(&format!("ressemble au chiffre {d}")), "{carrier:?} {fr}");
                    }
                    None => assert!(!en.contains("looks like"), "{en}"),
                }
                french_spacing(fr);
            }
        }
    }
    // A French workbook: the same words at its own sheet's cell.
    let bytes = workbook(true, |wb| {
        let ws = wb.worksheet_from_name("Fournisseur").unwrap();
        ws.write_string(4, 0, "Numéro d'entreprise").unwrap();
        ws.write_string(4, 1, "12345678S").unwrap();
    });
    let issues = errors(read("f.xlsx", &bytes));
    let e = issues.iter().find(|i| i.location == "Fournisseur!B5").unwrap_or_else(|| panic!("{issues:#?}"));
    assert!(e.message_fr.contains("«\u{a0}S\u{a0}»") && e.message_fr.contains("chiffre 5"), "{e:?}");
}

#[test]
fn an_os_id_given_to_two_sites_at_different_addresses_is_refused_naming_both_cells() {
    for carrier in CARRIERS {
        for (name, address) in [("Latex estate", "Jalan 2"), ("Glove plant", "Jalan 2"), ("Latex estate", "Jalan 1")] {
            // (the third: the first site's name and street line, another city)
            let mut doc = Doc::new("123456782");
            doc.set(1, "OS ID", "MY2023114KXQ7PL").set(2, "OS ID", "my2023114kxq7pl");
            doc.set(2, "Site name", name).set(2, "Address", address);
            if (name, address) == ("Latex estate", "Jalan 1") {
                doc.set(2, "Site name", "Glove plant").set(2, "Address", "Jalan 1").set(2, "City", "Ipoh");
            }
            let (file, bytes) = doc.file(carrier);
            let issues = errors(read(file, &bytes));
            assert_eq!(issues.len(), 1, "{carrier:?} {name}: {issues:#?}");
            let first = place(carrier, "PlacesOfWork", "J", 2, "os_id");
            let e = at(&issues, carrier, &place(carrier, "PlacesOfWork", "J", 3, "os_id"));
            for said in [&e.message_en, &e.message_fr] {
                let named = said.contains(&first) || said.contains(&first.replace("!", ".csv!"));
                assert!(named && said.contains("MY2023114KXQ7PL") && said.contains("Glove plant"), "{said}");
            }
            assert!(e.message_en.contains("merged as one"), "{}", e.message_en);
            french_spacing(&e.message_fr);
        }
        // The same name and address: two sites of one facility (two lines), read with a warning naming both.
        let mut doc = Doc::new("123456782");
        doc.set(1, "OS ID", "MY2023114KXQ7PL").set(2, "OS ID", "MY2023114KXQ7PL");
        doc.set(2, "Site name", "glove  PLANT").set(2, "Address", "Jalan 1").set(2, "Supplies to", "");
        let (file, bytes) = doc.file(carrier);
        let parsed = read(file, &bytes).unwrap_or_else(|e| panic!("{carrier:?}: {e:#?}"));
        assert_eq!(parsed.declaration.places_of_work.len(), 2);
        let want = place(carrier, "PlacesOfWork", "J", 3, "os_id");
        let w = parsed
            .warnings
            .iter()
            .find(|w| w.location == want || w.location.replace(".csv!", "!") == want)
            .unwrap_or_else(|| panic!("{carrier:?}: {:#?}", parsed.warnings));
        assert!(w.message_en.contains("one facility") && w.message_fr.contains("une même installation"), "{w:?}");
        french_spacing(&w.message_fr);
    }
}

/// LibreOffice's percent style (`0%`) and the cell of a count it writes with it: `office:value-type="percentage"`,
/// the number held as a fraction would be (45 shown 4500 %).
const LIBREOFFICE_PERCENT: &str = r#"<number:percentage-style style:name="N11"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style><style:style style:name="ce2" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N11"/>"#;

#[test]
fn a_percentage_cell_in_a_count_is_refused_in_ods_as_in_xlsx() {
    for (value, shown_en, shown_fr) in [(45.0_f64, "4,500%", "4\u{202f}500\u{a0}%"), (0.45, "45%", "45\u{a0}%")] {
        let doc = Doc::new("123456782");
        let cell = move |sheet: &str, r: usize, c: usize| {
            (sheet == "PlacesOfWork" && r == 1 && c == 10).then(|| {
                format!(
                    r#"<table:table-cell table:style-name="ce2" office:value-type="percentage" office:value="{value}" calcext:value-type="percentage"><text:p>{}%</text:p></table:table-cell>"#,
                    (value * 100.0).round()
                )
            })
        };
        let (name, bytes) = doc.file_with(Carrier::Ods, LIBREOFFICE_PERCENT, &cell);
        let issues = errors(read(name, &bytes));
        assert_eq!(issues.len(), 1, "{value}: {issues:#?}");
        let e = at(&issues, Carrier::Ods, "PlacesOfWork!K2");
        assert!(e.message_en.contains(shown_en) && e.message_en.contains("Workers is a number"), "{e:?}");
        let fr_shown =
            e.message_fr.contains(shown_fr) || e.message_fr.contains(&shown_fr.replace('\u{202f}', "\u{a0}"));
        assert!(fr_shown && e.message_fr.contains("Travailleurs"), "{}", e.message_fr);
        french_spacing(&e.message_fr);
    }
    // The same cell in XLSX (a `0%` format): refused too, as it was.
    let mut wb = Workbook::new();
    let doc = Doc::new("123456782");
    for (name, rows) in doc.tables() {
        let ws = wb.add_worksheet().set_name(name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                ws.write_string(r as u32, c as u16, v).unwrap();
            }
        }
        if name == "PlacesOfWork" {
            ws.write_number_with_format(1, 10, 45.0, &Format::new().set_num_format("0%")).unwrap();
        }
    }
    let issues = errors(read("p.xlsx", &wb.save_to_buffer().unwrap()));
    assert!(issues.iter().any(|i| i.location == "PlacesOfWork!K2"), "{issues:#?}");
    // In CSV and JSON a `%` typed in a count is no number.
    for carrier in [Carrier::Csv, Carrier::Json] {
        let mut doc = Doc::new("123456782");
        doc.set(1, "Workers", "45%");
        let (name, bytes) = doc.file(carrier);
        let issues = errors(read(name, &bytes));
        at(&issues, carrier, &place(carrier, "PlacesOfWork", "K", 2, "workers"));
    }
}

/// The one refusal of a declaration in `carrier` whose second site's ID `second` reads as the first's, `first`: the
/// issue at the second ID's cell, and the first ID's cell, which the issue must name.
fn look_alike_refusal(carrier: Carrier, first: &str, second: &str) -> (Issue, String) {
    let mut doc = Doc::new("123456782");
    doc.set(1, "Site ID", first).set(2, "Site ID", second).set(2, "Supplies to", first);
    let (name, bytes) = doc.file(carrier);
    let issues = errors(read(name, &bytes));
    assert_eq!(issues.len(), 1, "{carrier:?} {second}: {issues:#?}");
    let e = at(&issues, carrier, &place(carrier, "PlacesOfWork", "A", 3, "site_id")).clone();
    (e, place(carrier, "PlacesOfWork", "A", 2, "site_id"))
}

/// Whether a message names `cell` (a CSV file's sheet named as its file, `PlacesOfWork.csv!A2`).
fn names_cell(said: &str, cell: &str) -> bool {
    said.contains(cell) || said.contains(&cell.replace("!", ".csv!"))
}

#[test]
fn site_ids_that_differ_by_a_letter_drawn_like_a_digit_are_refused_naming_both_cells_in_every_carrier() {
    for carrier in CARRIERS {
        for (first, second, letter) in [("S1", "Sl", "U+006C"), ("S1", "SI", "U+0049"), ("S0", "SO", "U+004F")] {
            let (e, first_cell) = look_alike_refusal(carrier, first, second);
            for said in [&e.message_en, &e.message_fr] {
                assert!(names_cell(said, &first_cell) && said.contains(letter), "{carrier:?}: {said}");
            }
            assert!(e.message_en.contains(&format!("The Site ID “{second}” reads as the Site ID “{first}”")), "{e:?}");
            french_spacing(&e.message_fr);
        }
        // A reference that is no Site ID but reads as one by such a swap: the "reads as" refusal, in Supplies to and
        // in Produced at.
        let mut doc = Doc::new("123456782");
        doc.set(1, "Site ID", "S0").set(2, "Supplies to", "SO");
        doc.with_goods("Sl0");
        doc.set(2, "Site ID", "S10");
        let (name, bytes) = doc.file(carrier);
        let issues = errors(read(name, &bytes));
        let e = at(&issues, carrier, &place(carrier, "PlacesOfWork", "H", 3, "supplies_to"));
        assert!(e.message_en.contains("“SO” is no Site ID, but reads as the Site ID “S0”"), "{e:?}");
        assert!(e.message_en.contains("U+004F LATIN CAPITAL LETTER O") && e.message_en.contains("U+0030"), "{e:?}");
        let e = at(&issues, carrier, &place(carrier, "Goods", "B", 2, "produced_at"));
        assert!(e.message_en.contains("reads as the Site ID “S10”") && e.message_en.contains("U+006C"), "{e:?}");
        french_spacing(&e.message_fr);
    }
    // A French workbook: `Sl` below `S1` in LieuxDeTravail.
    let bytes = workbook(true, |wb| {
        let ws = wb.worksheet_from_name("LieuxDeTravail").unwrap();
        ws.write_row(3, 0, ["Sl", "Entrepôt", "warehousing", "corde", "1 Quai", "Halifax", "CA", ""]).unwrap();
    });
    let issues = errors(read("f.xlsx", &bytes));
    let e = issues.iter().find(|i| i.location == "LieuxDeTravail!A4").unwrap_or_else(|| panic!("{issues:#?}"));
    assert!(e.message_fr.contains("LieuxDeTravail!A2") && e.message_fr.contains("U+006C"), "{e:?}");
    // Shapes in neither documented set (Unicode's confusables, pwgen's ambiguous characters) stay two sites.
    for (first, second) in [("S7", "ST"), ("S4", "SA")] {
        let mut doc = Doc::new("123456782");
        doc.set(1, "Site ID", first).set(2, "Site ID", second).set(2, "Supplies to", first);
        let (name, bytes) = doc.file(Carrier::Xlsx);
        assert!(read(name, &bytes).is_ok(), "{second}");
    }
}

/// The letters pwgen's ambiguous characters add to Unicode's confusables (`G` for 6, `Q` and `D` for 0), in either
/// case: two Site IDs that differ only so are refused naming both cells, in every carrier.
#[test]
fn site_ids_that_differ_by_g_and_6_or_q_d_and_0_are_refused_naming_both_cells_in_every_carrier() {
    for carrier in CARRIERS {
        for (first, second, letter) in [
            ("S6", "SG", "U+0047 LATIN CAPITAL LETTER G"),
            ("B-16", "B-1g", "U+0067 LATIN SMALL LETTER G"),
            ("S0", "SQ", "U+0051 LATIN CAPITAL LETTER Q"),
            ("P10", "P1D", "U+0044 LATIN CAPITAL LETTER D"),
        ] {
            let (e, first_cell) = look_alike_refusal(carrier, first, second);
            // The letter by its code point and name in each language (the French name is ISO/IEC 10646's French
            // edition's: « LETTRE MAJUSCULE LATINE G »).
            let code = letter.split(' ').next().unwrap_or(letter);
            for (said, name) in [(&e.message_en, letter), (&e.message_fr, code)] {
                assert!(names_cell(said, &first_cell) && said.contains(name), "{carrier:?}: {said}");
            }
            assert!(e.message_fr.contains("LETTRE"), "{carrier:?}: {}", e.message_fr);
            french_spacing(&e.message_fr);
        }
    }
}

/// A workbook whose PlacesOfWork!K2 (Workers of the first site) holds `workers` in the number format `format`.
fn xlsx_workers_in(workers: f64, format: &Format) -> Vec<u8> {
    xlsx_doc(|name, ws| {
        if name == "PlacesOfWork" {
            ws.write_number_with_format(1, 10, workers, format).unwrap();
        }
    })
}

/// The test declaration as an XLSX workbook, its numbers as number cells, each sheet then given to `edit` by name.
fn xlsx_doc(edit: impl Fn(&str, &mut rust_xlsxwriter::Worksheet)) -> Vec<u8> {
    let mut wb = Workbook::new();
    for (name, rows) in Doc::new("123456782").tables() {
        let ws = wb.add_worksheet().set_name(name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                match number_in(name, rows.first(), c, v) {
                    Some(n) => ws.write_number(r as u32, c as u16, n).unwrap(),
                    None => ws.write_string(r as u32, c as u16, v).unwrap(),
                };
            }
        }
        edit(name, ws);
    }
    wb.save_to_buffer().unwrap()
}

/// A currency style as LibreOffice writes one (`200,00 $`, its symbol `sign`), and a cell style `ceMoney` of it.
fn ods_currency_style(sign: &str) -> String {
    format!(
        r#"<number:currency-style style:name="NMoney"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/><number:text> </number:text><number:currency-symbol number:language="fr" number:country="CA">{sign}</number:currency-symbol></number:currency-style><style:style style:name="ceMoney" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="NMoney"/>"#
    )
}

/// The issue at PlacesOfWork!K2 of a file, which must be a refusal of money in Workers naming `sign`.
fn refused_as_money(name: &str, bytes: &[u8], sign: &str, what: &str) {
    let issues = errors(read(name, bytes));
    let e = at(&issues, Carrier::Xlsx, "PlacesOfWork!K2");
    assert!(e.message_en.contains("amount of money") && e.message_en.contains(&format!("({sign})")), "{what}: {e:?}");
    assert!(e.message_en.contains("Workers is a number"), "{what}: {e:?}");
    assert!(e.message_fr.contains("somme d'argent") && e.message_fr.contains("Travailleurs"), "{what}: {e:?}");
    french_spacing(&e.message_fr);
}

/// A count in a format of money (a currency in brackets, a sign bare, quoted, escaped, the accounting formats, the
/// standard's currency formats 5–8 and 42/44, an ODS `currency` cell of any currency or a number cell in a currency
/// style) shows an amount, never a count: refused naming the cell, the format and the sign, in both languages. A
/// format that shows no currency (a unit, a grouping, the accounting format without a sign) is read as before.
#[test]
fn a_count_in_a_format_of_money_is_refused_naming_its_sign_in_xlsx_and_ods() {
    for (code, sign) in [
        ("[$$-1009]#,##0.00", "$"),
        ("#,##0.00 \"€\"", "€"),
        ("_($* #,##0.00_)", "$"),
        ("#,##0.00\\ [$€-40C]", "€"),
        ("\"US$\"0", "US$"),
        ("\\£0", "£"),
        ("[$¥-411]#,##0", "¥"),
        ("0 [$CHF]", "CHF"),
        ("[Blue]#,##0.00 \"CAD\"", "CAD"),
    ] {
        refused_as_money("d.xlsx", &xlsx_workers_in(200.0, &Format::new().set_num_format(code)), sign, code);
    }
    for index in [5u8, 7, 42, 44] {
        let bytes = xlsx_workers_in(200.0, &Format::new().set_num_format_index(index));
        refused_as_money("d.xlsx", &bytes, "$", &format!("built-in {index}"));
    }
    for code in ["0\" staff\"", "#,##0", "_(* #,##0_)", "0_);(0)"] {
        let parsed = read("d.xlsx", &xlsx_workers_in(200.0, &Format::new().set_num_format(code)))
            .unwrap_or_else(|e| panic!("{code}: {e:#?}"));
        assert_eq!(parsed.declaration.places_of_work[0].workers, Some(200), "{code}");
    }
    // ODS: a currency cell, of the Canadian dollar, another currency or none named, and a number cell in a currency
    // style.
    for (cell, style_sign, sign) in [
        (r#"office:value-type="currency" office:currency="CAD""#, "$", "CAD"),
        (r#"office:value-type="currency" office:currency="USD""#, "$", "USD"),
        (r#"office:value-type="currency""#, "€", "€"),
        (r#"office:value-type="float""#, "€", "€"),
        (r#"office:value-type="float""#, "$", "$"),
    ] {
        let special = move |sheet: &str, r: usize, c: usize| {
            (sheet == "PlacesOfWork" && r == 1 && c == 10).then(|| {
                format!(
                    r#"<table:table-cell table:style-name="ceMoney" {cell} office:value="200"><text:p>200,00 {style_sign}</text:p></table:table-cell>"#
                )
            })
        };
        let (name, bytes) = Doc::new("123456782").file_with(Carrier::Ods, &ods_currency_style(style_sign), &special);
        refused_as_money(name, &bytes, sign, cell);
    }
}

/// A number format that shows a count otherwise than as its digits in ways not judged before — engineering notation
/// in XLSX, an ODS exponent or fraction style — is judged as the other number formats are: refused when the cell
/// shows another number than the one read, naming what it shows; read when it shows the number itself.
#[test]
fn an_exponent_or_a_fraction_on_a_count_is_judged_as_what_it_shows_in_xlsx_and_ods() {
    let issues = errors(read("d.xlsx", &xlsx_workers_in(12345.0, &Format::new().set_num_format("##0.0E+0"))));
    let e = at(&issues, Carrier::Xlsx, "PlacesOfWork!K2");
    assert!(e.message_en.contains("“##0.0E+0” shows as 12,300") && e.message_en.contains("read 12,345"), "{e:?}");
    let parsed = read("d.xlsx", &xlsx_workers_in(240.0, &Format::new().set_num_format("##0.0E+0"))).unwrap();
    assert_eq!(parsed.declaration.places_of_work[0].workers, Some(240));
    let ods = |style: &str, value: f64| {
        let styles = format!(
            r#"<number:number-style style:name="NShape">{style}</number:number-style><style:style style:name="ceShape" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="NShape"/>"#
        );
        let special = move |sheet: &str, r: usize, c: usize| {
            (sheet == "PlacesOfWork" && r == 1 && c == 10).then(|| {
                format!(
                    r#"<table:table-cell table:style-name="ceShape" office:value-type="float" office:value="{value}"><text:p>x</text:p></table:table-cell>"#
                )
            })
        };
        Doc::new("123456782").file_with(Carrier::Ods, &styles, &special).1
    };
    let scientific = r#"<number:scientific-number number:decimal-places="2" number:min-integer-digits="1" number:min-exponent-digits="2"/>"#;
    let issues = errors(read("d.ods", &ods(scientific, 12345.0)));
    let e = at(&issues, Carrier::Ods, "PlacesOfWork!K2");
    assert!(e.message_en.contains("“0.00E+00” shows as 12,300"), "{e:?}");
    let fraction = r#"<number:fraction number:min-integer-digits="0" number:min-numerator-digits="1" number:min-denominator-digits="1" number:denominator-value="4"/>"#;
    let issues = errors(read("d.ods", &ods(fraction, 120.3)));
    let e = at(&issues, Carrier::Ods, "PlacesOfWork!K2");
    assert!(e.message_en.contains("?/4”") && e.message_en.contains("120 1/4"), "{e:?}");
    let parsed = read("d.ods", &ods(scientific, 120.0)).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(parsed.declaration.places_of_work[0].workers, Some(120));
}

/// A cell's value is quoted as the cell holds it: a number cell's digits with no thousands separator (a date serial
/// `46085` in the declaration's date, a count `12345.5`), in French with a decimal comma, never `46,085`.
#[test]
fn a_cell_s_number_is_quoted_as_the_cell_holds_it_never_with_a_thousands_separator() {
    let grouped = |s: &str| s.contains("46,085") || s.contains("46\u{a0}085") || s.contains("46\u{202f}085");
    // The declaration's date as a number cell (XLSX, ODS).
    let xlsx = xlsx_doc(|name, ws| {
        if name == "Supplier" {
            ws.write_number(3, 1, 46085.0).unwrap();
        }
    });
    let serial = |sheet: &str, r: usize, c: usize| {
        (sheet == "Supplier" && r == 3 && c == 1).then(|| {
            r#"<table:table-cell office:value-type="float" office:value="46085"><text:p>46085</text:p></table:table-cell>"#
                .to_string()
        })
    };
    let (_, ods) = Doc::new("123456782").file_with(Carrier::Ods, "", &serial);
    for (name, bytes, at_place) in [("d.xlsx", xlsx, "Supplier!B4"), ("d.ods", ods, "Supplier!B4")] {
        let issues = errors(read(name, &bytes));
        let e = issues.iter().find(|i| i.location == at_place).unwrap_or_else(|| panic!("{name}: {issues:#?}"));
        assert!(e.message_en.contains("“46085”") && e.message_fr.contains("«\u{a0}46085\u{a0}»"), "{name}: {e:?}");
        assert!(!grouped(&e.message_en) && !grouped(&e.message_fr), "{name}: {e:?}");
    }
    // A count that is no whole number, in each carrier of numbers.
    for carrier in [Carrier::Xlsx, Carrier::Ods, Carrier::Json] {
        let mut doc = Doc::new("123456782");
        doc.set(1, "Workers", "46085.5");
        let (name, bytes) = doc.file(carrier);
        let issues = errors(read(name, &bytes));
        let e = at(&issues, carrier, &place(carrier, "PlacesOfWork", "K", 2, "workers"));
        assert!(e.message_en.contains("“46085.5”") && e.message_fr.contains("«\u{a0}46085,5\u{a0}»"), "{e:?}");
        assert!(!grouped(&e.message_en) && !grouped(&e.message_fr), "{carrier:?}: {e:?}");
    }
}

#[test]
fn a_list_of_site_ids_written_with_commas_is_refused_quoting_it_with_semicolons_in_every_carrier() {
    for carrier in CARRIERS {
        let mut doc = Doc::new("123456782");
        doc.places.push(site("G3", "Dock", "Jalan 3", "G1, G2", "", "", "4"));
        doc.with_goods("G1,G3");
        let (name, bytes) = doc.file(carrier);
        let issues = errors(read(name, &bytes));
        assert_eq!(issues.len(), 2, "{carrier:?}: {issues:#?}");
        for (e, written, split) in [
            (at(&issues, carrier, &place(carrier, "PlacesOfWork", "H", 4, "supplies_to")), "G1, G2", "G1; G2"),
            (at(&issues, carrier, &place(carrier, "Goods", "B", 2, "produced_at")), "G1,G3", "G1; G3"),
        ] {
            assert!(e.message_en.contains(&format!("“{written}” is no Site ID")), "{e:?}");
            assert!(e.message_en.contains(&format!("Write “{split}”")) && e.message_en.contains("semicolons"), "{e:?}");
            assert!(e.message_fr.contains(&format!("«\u{a0}{split}\u{a0}»")), "{}", e.message_fr);
            french_spacing(&e.message_fr);
        }
    }
}

#[test]
fn a_number_a_refusal_quotes_from_a_number_cell_is_written_with_a_decimal_comma_in_french() {
    for carrier in [Carrier::Xlsx, Carrier::Ods, Carrier::Json] {
        for (workers, en, fr) in [("240.5", "“240.5”", "«\u{a0}240,5\u{a0}»"), ("-2.25", "“-2.25”", "2,25\u{a0}»")]
        {
            let mut doc = Doc::new("123456782");
            doc.set(1, "Workers", workers);
            let (name, bytes) = doc.file(carrier);
            let issues = errors(read(name, &bytes));
            let e = at(&issues, carrier, &place(carrier, "PlacesOfWork", "K", 2, "workers"));
            assert!(e.message_en.contains(en) && e.message_fr.contains(fr), "{carrier:?}: {e:?}");
            assert!(!e.message_fr.contains(workers.trim_start_matches('-')), "{carrier:?}: {}", e.message_fr);
            french_spacing(&e.message_fr);
        }
    }
    // Typed as text (a CSV file), the value is quoted as it was typed.
    let mut doc = Doc::new("123456782");
    doc.set(1, "Workers", "240.5");
    let (name, bytes) = doc.file(Carrier::Csv);
    let issues = errors(read(name, &bytes));
    let e = at(&issues, Carrier::Csv, "PlacesOfWork!K2");
    assert!(e.message_fr.contains("«\u{a0}240.5\u{a0}»"), "{e:?}");
}

#[test]
fn a_json_document_in_utf16_is_refused_naming_the_encoding_and_utf8_with_a_byte_order_mark_is_read() {
    let json = Doc::new("123456782").json();
    let text = String::from_utf8(json.clone()).unwrap();
    let le = |bom: bool| -> Vec<u8> {
        let body = text.encode_utf16().flat_map(u16::to_le_bytes);
        if bom { [0xFF, 0xFE].into_iter().chain(body).collect() } else { body.collect() }
    };
    let be = |bom: bool| -> Vec<u8> {
        let body = text.encode_utf16().flat_map(u16::to_be_bytes);
        if bom { [0xFE, 0xFF].into_iter().chain(body).collect() } else { body.collect() }
    };
    for (bytes, encoding, bom) in [
        (le(true), "UTF-16LE", true),
        (be(true), "UTF-16BE", true),
        (le(false), "UTF-16LE", false),
        (be(false), "UTF-16BE", false),
    ] {
        let issues = errors(read("d.json", &bytes));
        assert_eq!(issues.len(), 1, "{encoding} {bom}: {issues:#?}");
        let e = &issues[0];
        assert_eq!(e.location, "d.json");
        assert!(e.message_en.contains(&format!("is in {encoding} (with{}", if bom { "" } else { "out" })), "{e:?}");
        assert!(e.message_en.contains("RFC 8259") && e.message_en.contains("-Encoding utf8"), "{e:?}");
        assert!(e.message_fr.contains(encoding) && e.message_fr.contains("UTF-8"), "{e:?}");
        french_spacing(&e.message_fr);
    }
    // UTF-8, with a byte order mark or without: read.
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(&json);
    for bytes in [json, bom] {
        let parsed = read("d.json", &bytes).unwrap_or_else(|e| panic!("{e:#?}"));
        assert_eq!(parsed.declaration.places_of_work.len(), 2);
    }
}

#[test]
fn the_accepted_document_of_each_carrier_is_accepted() {
    // The base of every instance above reads whole in each carrier: what they refuse is their own change.
    for carrier in CARRIERS {
        let (name, bytes) = Doc::new("123456782").file(carrier);
        let parsed = read(name, &bytes).unwrap_or_else(|e| panic!("{carrier:?}: {e:#?}"));
        assert_eq!(parsed.declaration.places_of_work.len(), 2, "{carrier:?}");
        assert_eq!(parsed.declaration.places_of_work[0].workers, Some(120), "{carrier:?}");
    }
}

/// A number cell (`office:value-type="float"`) in a percentage style, as writers other than LibreOffice give a
/// percentage: it shows 45 as 4500 %, as a `percentage` cell does, and is judged as one — refused in a count, read as
/// the percentage it shows in a share of value.
#[test]
fn an_ods_number_cell_in_a_percentage_style_is_judged_as_a_percentage_cell() {
    let float_cell = |value: f64| {
        move |sheet: &str, r: usize, c: usize| {
            (sheet == "PlacesOfWork" && r == 1 && c == 10).then(|| {
                format!(
                    r#"<table:table-cell table:style-name="ce2" office:value-type="float" office:value="{value}"><text:p>{}%</text:p></table:table-cell>"#,
                    (value * 100.0).round()
                )
            })
        }
    };
    for value in [200.0_f64, 2.0, 0.45] {
        let doc = Doc::new("123456782");
        let (name, bytes) = doc.file_with(Carrier::Ods, LIBREOFFICE_PERCENT, &float_cell(value));
        let issues = errors(read(name, &bytes));
        let e = at(&issues, Carrier::Ods, "PlacesOfWork!K2");
        assert!(e.message_en.contains("Workers is a number"), "{value}: {e:?}");
        assert!(e.message_fr.contains("Travailleurs"), "{}", e.message_fr);
    }
    // The same style on a number cell of a plain style is read as its number.
    let plain = |sheet: &str, r: usize, c: usize| {
        (sheet == "PlacesOfWork" && r == 1 && c == 10).then(|| {
            r#"<table:table-cell office:value-type="float" office:value="45"><text:p>45</text:p></table:table-cell>"#
                .to_string()
        })
    };
    let (name, bytes) = Doc::new("123456782").file_with(Carrier::Ods, LIBREOFFICE_PERCENT, &plain);
    let parsed = read(name, &bytes).unwrap();
    assert_eq!(parsed.declaration.places_of_work[0].workers, Some(45), "{:?}", parsed.declaration.places_of_work[0]);
}

/// The traceability answer is a whole number of tiers, judged as every field of numbers is: a percent format shows 4
/// as 400 % and is refused at its cell, never read as 4; a plain number is read.
#[test]
fn a_percent_format_on_the_traceability_tiers_is_refused_at_its_cell() {
    for (format, refused) in [
        ("0%", true),
        ("0.0%", true),
        ("#,##0,", true),
        ("$#,##0", true),
        ("0 [$€-40C]", true),
        ("0", false),
        ("General", false),
        ("0\" tiers\"", false),
    ] {
        let mut wb = Workbook::new();
        let doc = Doc::new("123456782");
        let mut tables = doc.tables();
        tables.push((
            "DueDiligence",
            vec![vec!["Question".into(), "Answer".into()], vec!["traceability_tiers".into(), String::new()]],
        ));
        for (name, rows) in tables {
            let ws = wb.add_worksheet().set_name(name).unwrap();
            for (r, row) in rows.iter().enumerate() {
                for (c, v) in row.iter().enumerate().filter(|(_, v)| !v.is_empty()) {
                    ws.write_string(r as u32, c as u16, v).unwrap();
                }
            }
            if name == "DueDiligence" {
                ws.write_number_with_format(1, 1, 4.0, &Format::new().set_num_format(format)).unwrap();
            }
        }
        let r = read("p.xlsx", &wb.save_to_buffer().unwrap());
        if refused {
            let issues = errors(r);
            assert!(issues.iter().any(|i| i.location == "DueDiligence!B2"), "{format}: {issues:#?}");
        } else {
            let parsed = r.unwrap_or_else(|e| panic!("{format}: {e:#?}"));
            assert_eq!(parsed.declaration.due_diligence.traceability_tiers, Some(4), "{format}");
        }
    }
}

/// The other shapes a count's cell may take are refused at the cell too, as what they are: a yes-or-no cell, a time
/// of day or a duration (XLSX and ODS), and an amount typed with its currency in a CSV file or a JSON text.
#[test]
fn a_yes_or_no_a_time_or_an_amount_typed_in_a_count_is_refused_at_its_cell_in_every_carrier() {
    let mut wb = Workbook::new();
    for (name, rows) in Doc::new("123456782").tables() {
        let ws = wb.add_worksheet().set_name(name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                ws.write_string(r as u32, c as u16, v).unwrap();
            }
        }
        if name == "PlacesOfWork" {
            ws.write_boolean(1, 10, true).unwrap();
            ws.write_number_with_format(2, 10, 0.5, &Format::new().set_num_format("h:mm")).unwrap();
        }
    }
    let issues = errors(read("d.xlsx", &wb.save_to_buffer().unwrap()));
    for cell in ["PlacesOfWork!K2", "PlacesOfWork!K3"] {
        let e = at(&issues, Carrier::Xlsx, cell);
        assert!(e.message_fr.contains("Travailleurs") || e.message_fr.contains("nombre"), "{e:?}");
    }
    assert!(at(&issues, Carrier::Xlsx, "PlacesOfWork!K3").message_en.contains("12:00"), "{issues:#?}");
    let cells = |sheet: &str, r: usize, c: usize| {
        match (sheet, r, c) {
        ("PlacesOfWork", 1, 10) => Some(
            r#"<table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>"#
                .to_string(),
        ),
        ("PlacesOfWork", 2, 10) => Some(
            r#"<table:table-cell office:value-type="time" office:time-value="PT12H00M00S"><text:p>12:00</text:p></table:table-cell>"#
                .to_string(),
        ),
        _ => None,
    }
    };
    let (name, bytes) = Doc::new("123456782").file_with(Carrier::Ods, "", &cells);
    let issues = errors(read(name, &bytes));
    at(&issues, Carrier::Ods, "PlacesOfWork!K2");
    assert!(at(&issues, Carrier::Ods, "PlacesOfWork!K3").message_en.contains("12:00"), "{issues:#?}");
    for carrier in [Carrier::Csv, Carrier::Json] {
        for typed in ["200 $", "€200", "US$ 200"] {
            let mut doc = Doc::new("123456782");
            doc.set(1, "Workers", typed);
            let (name, bytes) = doc.file(carrier);
            let issues = errors(read(name, &bytes));
            let e = at(&issues, carrier, &place(carrier, "PlacesOfWork", "K", 2, "workers"));
            assert!(e.message_en.contains(typed) && e.message_fr.contains(typed), "{carrier:?}: {e:?}");
        }
    }
}

/// An error value typed or exported as text in the names Excel shows in French (`#VALEUR!`, `#NOM?`, `#NOMBRE!`,
/// `#NUL!`, `#PROPAGATION!`) or in another language (`#WERT!`, `#NV`) is refused as the English names are, in every
/// carrier, and each language's message names the error as its own spreadsheet shows it.
#[test]
fn error_names_of_other_languages_are_refused_as_errors_named_in_each_language() {
    for carrier in CARRIERS {
        for (written, en, fr) in [
            ("#VALEUR!", "#VALUE!", "#VALEUR!"),
            ("#nom?", "#NAME?", "#NOM?"),
            ("#NOMBRE!", "#NUM!", "#NOMBRE!"),
            ("#NUL!", "#NULL!", "#NUL!"),
            ("#PROPAGATION!", "#SPILL!", "#PROPAGATION!"),
            ("#DIV/0!", "#DIV/0!", "#DIV/0!"),
            ("#VALUE!", "#VALUE!", "#VALEUR!"),
            ("#WERT!", "#WERT! (#VALUE!)", "#WERT! (#VALEUR!)"),
        ] {
            let mut doc = Doc::new("123456782");
            doc.set(2, "Site name", written).set(1, "Workers", written);
            let (name, bytes) = doc.file(carrier);
            let issues = errors(read(name, &bytes));
            for p in
                [place(carrier, "PlacesOfWork", "B", 3, "site_name"), place(carrier, "PlacesOfWork", "K", 2, "workers")]
            {
                let e = at(&issues, carrier, &p);
                assert!(e.message_en.contains(&format!("spreadsheet error {en},")), "{carrier:?} {written}: {e:?}");
                assert!(e.message_fr.contains(&format!("erreur de tableur {fr},")), "{carrier:?} {written}: {e:?}");
                french_spacing(&e.message_fr);
            }
        }
        // `#N/A` in German, Italian or Dutch is a lookup that found nothing, as `#N/A` is.
        for written in ["#NV", "#N/D", "#n/b"] {
            let mut doc = Doc::new("123456782");
            doc.set(2, "Site name", written);
            let (name, bytes) = doc.file(carrier);
            let issues = errors(read(name, &bytes));
            let e = at(&issues, carrier, &place(carrier, "PlacesOfWork", "B", 3, "site_name"));
            assert!(e.message_en.contains("VLOOKUP") && e.message_fr.contains("RECHERCHEV"), "{carrier:?}: {e:?}");
        }
    }
}

/// The automatic style of a cell (`ce1`) whose data style is the date style `yyyy-mm-dd`.
const ODS_DATE_STYLE: &str = r#"<number:date-style style:name="N1"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style><style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>"#;

/// An ODS number cell (`office:value-type="float"`) in a date style shows a day the file does not hold as one: in a
/// date field it is refused saying to type the date again (it is already in a date format, so "format the cell as a
/// date" would be wrong), in a field of numbers saying to give it a number format.
#[test]
fn an_ods_number_cell_in_a_date_style_is_refused_with_the_right_advice() {
    let doc = Doc::new("123456782");
    let float = |value: &str, shown: &str| {
        format!(
            r#"<table:table-cell table:style-name="ce1" office:value-type="float" office:value="{value}"><text:p>{shown}</text:p></table:table-cell>"#
        )
    };
    for (value, shown) in [("46112", "2026-03-31"), ("46000", "2025-12-09")] {
        let (name, bytes) = doc.file_with(Carrier::Ods, ODS_DATE_STYLE, &|sheet, r, c| match (sheet, r, c) {
            ("Supplier", 3, 1) => Some(float(value, shown)),
            ("PlacesOfWork", 1, 10) => Some(float("45", "1900-02-13")),
            _ => None,
        });
        let issues = errors(read(name, &bytes));
        let e = at(&issues, Carrier::Ods, "Supplier!B4");
        assert!(e.message_en.contains(&format!("as a date (“{shown}”)")), "{e:?}");
        assert!(
            e.message_en.contains("Type the date again") && !e.message_en.contains("format the cell as a date"),
            "{e:?}"
        );
        assert!(e.message_fr.contains("Saisissez de nouveau la date") && e.message_fr.contains("Date"), "{e:?}");
        french_spacing(&e.message_fr);
        let e = at(&issues, Carrier::Ods, "PlacesOfWork!K2");
        assert!(e.message_en.contains("Give the cell a number format"), "{e:?}");
        assert!(e.message_fr.contains("format de nombre"), "{e:?}");
    }
}

/// An ODS number cell whose saved text (`text:p`, what the sheet shows) shows another number than its value is
/// refused naming the cell, the number and the text, in a field of numbers and in a field of text; a text that shows
/// the value in any language's way (grouping spaces, a decimal comma) and a comment's text are no disagreement.
#[test]
fn an_ods_number_cell_whose_saved_text_shows_another_number_is_refused() {
    let doc = Doc::new("123456782");
    let float = |value: &str, shown: &str| {
        format!(
            r#"<table:table-cell office:value-type="float" office:value="{value}"><text:p>{shown}</text:p></table:table-cell>"#
        )
    };
    for (workers, shown) in [("45", "450"), ("45", "4,5"), ("1200", "12 000"), ("45", "quarante-cinq")] {
        let (name, bytes) = doc.file_with(Carrier::Ods, "", &|sheet, r, c| match (sheet, r, c) {
            ("PlacesOfWork", 1, 10) => Some(float(workers, shown)),
            ("PlacesOfWork", 2, 8) => Some(float("123456782", "987654321")),
            _ => None,
        });
        let issues = errors(read(name, &bytes));
        let e = at(&issues, Carrier::Ods, "PlacesOfWork!K2");
        assert!(e.message_en.contains(&format!("is “{shown}”: the two do not agree")), "{e:?}");
        assert!(
            e.message_fr.contains(&format!("«\u{a0}{shown}\u{a0}»")) && e.message_fr.contains("Travailleurs"),
            "{e:?}"
        );
        french_spacing(&e.message_fr);
        let e = at(&issues, Carrier::Ods, "PlacesOfWork!I3");
        assert!(e.message_en.contains("“987654321”"), "{e:?}");
    }
    for (workers, shown) in [("1200", "1 200"), ("1200", "1\u{a0}200"), ("1200", "1,200"), ("45", "45")] {
        let (name, bytes) = doc.file_with(Carrier::Ods, "", &|sheet, r, c| match (sheet, r, c) {
            ("PlacesOfWork", 1, 10) => Some(float(workers, shown)),
            _ => None,
        });
        let d = read(name, &bytes).unwrap_or_else(|e| panic!("{shown}: {e:#?}")).declaration;
        assert_eq!(d.places_of_work[0].workers, workers.parse().ok(), "{shown}");
    }
    // A comment on the cell holds text of its own, which the cell does not show.
    let (name, bytes) = doc.file_with(Carrier::Ods, "", &|sheet, r, c| match (sheet, r, c) {
        ("PlacesOfWork", 1, 10) => Some(
            r#"<table:table-cell office:value-type="float" office:value="120"><office:annotation><text:p>was 99</text:p></office:annotation><text:p>120</text:p></table:table-cell>"#.to_string(),
        ),
        _ => None,
    });
    assert_eq!(
        read(name, &bytes).unwrap_or_else(|e| panic!("{e:#?}")).declaration.places_of_work[0].workers,
        Some(120)
    );
}

/// Two Site IDs (or a reference and a Site ID) that share an unusual character (a non-breaking hyphen, a Cyrillic
/// letter) and differ by a letter drawn like a digit: the advice names the letter and the digit at the place where
/// they differ, in the cell that holds the letter, never the character both share (which the other ID has too).
#[test]
fn look_alike_advice_names_the_character_where_the_two_ids_differ_not_one_they_share() {
    for carrier in CARRIERS {
        for (first, second, letter, shared) in [
            ("S\u{2011}6", "S\u{2011}G", "U+0047 LATIN CAPITAL LETTER G", "U+2011"),
            ("\u{421}-10", "\u{421}-1O", "U+004F LATIN CAPITAL LETTER O", "U+0421"),
        ] {
            let (e, first_cell) = look_alike_refusal(carrier, first, second);
            let second_cell = place(carrier, "PlacesOfWork", "A", 3, "site_id");
            for said in [&e.message_en, &e.message_fr] {
                assert!(names_cell(said, &first_cell) && !said.contains(shared), "{carrier:?}: {said}");
            }
            assert!(e.message_en.contains(letter), "{carrier:?}: {}", e.message_en);
            assert!(names_cell(&e.message_en, &format!("{second_cell} holds")), "{carrier:?}: {}", e.message_en);
            french_spacing(&e.message_fr);
        }
        // A reference typed with the letter where the Site ID has the digit, both with the same hyphen.
        let mut doc = Doc::new("123456782");
        doc.set(1, "Site ID", "S\u{2011}6").set(2, "Supplies to", "S\u{2011}G");
        let (name, bytes) = doc.file(carrier);
        let issues = errors(read(name, &bytes));
        let e = at(&issues, carrier, &place(carrier, "PlacesOfWork", "H", 3, "supplies_to"));
        assert!(e.message_en.contains("U+0047") && e.message_en.contains("U+0036"), "{carrier:?}: {e:?}");
        assert!(!e.message_en.contains("U+2011"), "{carrier:?}: {e:?}");
    }
}

/// A value of one line with a letter of another alphabet drawn like one of its word's (the place of the field's
/// column in PLACES_HEADER, the value, the code point named): refused at its cell in every carrier, both languages
/// naming the letter, the alphabets and the letter it looks like.
#[test]
fn a_letter_of_another_alphabet_drawn_like_one_of_the_word_s_is_refused_at_its_cell() {
    let cases = [
        ("City", "F", "Кashgar", "U+041A", "K"),
        ("City", "F", "Hotаn", "U+0430", "a"),
        ("Country", "G", "Chinа", "U+0430", "a"),
        ("Site name", "B", "Glove plаnt", "U+0430", "a"),
        ("Address", "E", "Jalan Τeknologi 3", "U+03A4", "T"),
        ("Goods", "D", "glovеs", "U+0435", "e"),
        // A Cyrillic word with a Latin letter drawn like a Cyrillic one.
        ("City", "F", "Мoсква", "U+006F", "о"),
    ];
    for carrier in CARRIERS {
        for (heading, col, value, code, looks_like) in cases {
            let mut doc = Doc::new("842310575");
            doc.set(2, heading, value);
            let (name, bytes) = doc.file(carrier);
            let issues = errors(read(name, &bytes));
            let key = heading.to_lowercase().replace(' ', "_");
            let issue = at(&issues, carrier, &place(carrier, "PlacesOfWork", col, 3, &key));
            assert!(issue.message_en.contains(code) && issue.message_fr.contains(code), "{carrier:?} {issue:#?}");
            assert!(issue.message_en.contains(&format!("drawn like their “{looks_like}”")), "{issue:#?}");
            assert!(issue.message_fr.contains(&format!("«\u{a0}{looks_like}\u{a0}»")), "{issue:#?}");
            french_spacing(&issue.message_fr);
        }
    }
}

/// Words of one alphabet each, whatever it is, and letters of another drawn like none of the word's: read as written.
#[test]
fn words_each_of_one_alphabet_and_letters_drawn_like_none_of_the_word_s_are_read() {
    for (heading, value) in [
        ("City", "Москва"),
        ("City", "Αθήνα"),
        ("City", "Łódź"),
        ("City", "東京"),
        ("Site name", "Завод Ромашка Plant"),
        ("Goods", "10 μm filters"),
        ("Site name", "Ποιότητα Quality Ltd"),
    ] {
        for carrier in CARRIERS {
            let mut doc = Doc::new("842310575");
            doc.set(2, heading, value);
            let (name, bytes) = doc.file(carrier);
            let r = read(name, &bytes);
            assert!(r.is_ok(), "{carrier:?} {value}: {:#?}", r.err());
        }
    }
}

/// A JSON key misspelt (a letter too many or too few) is refused where the first object holds it, naming the key the
/// format reads, in both languages: its values are never dropped while the rest is stored.
#[test]
fn a_misspelt_json_key_is_refused_naming_the_key_meant() {
    for (key, misspelt, meant) in [
        ("supplies_to", "supplies_too", "supplies_to"),
        ("workers", "worker", "workers"),
        ("address", "adress", "address"),
        ("city", "citty", "city"),
    ] {
        let doc = Doc::new("842310575");
        let mut json: serde_json::Value = serde_json::from_slice(&doc.json()).unwrap();
        let site = json["places_of_work"][1].as_object_mut().unwrap();
        let value = site.remove(key).unwrap();
        site.insert(misspelt.to_string(), value);
        let issues = errors(read("d.json", &serde_json::to_vec(&json).unwrap()));
        let issue = issues
            .iter()
            .find(|i| i.location == format!("/places_of_work/1/{misspelt}"))
            .unwrap_or_else(|| panic!("{misspelt}: {issues:#?}"));
        assert!(issue.message_en.contains(&format!("did you mean “{meant}”")), "{issue:#?}");
        assert!(issue.message_fr.contains(&format!("vouliez-vous dire «\u{a0}{meant}\u{a0}»")), "{issue:#?}");
        french_spacing(&issue.message_fr);
    }
}

/// The CSV zip of a declaration whose PlacesOfWork file is `places` as written.
fn csv_zip_with_places(places: &str) -> Vec<u8> {
    let doc = Doc::new("842310575");
    let mut files: Vec<(String, String)> = doc
        .tables()
        .into_iter()
        .filter(|(name, _)| *name != "PlacesOfWork")
        .map(|(name, rows)| (format!("{name}.csv"), rows.iter().map(|r| r.join(",") + "\n").collect()))
        .collect();
    files.push(("PlacesOfWork.csv".into(), places.into()));
    zip_of(&files.iter().map(|(n, t)| (n.as_str(), t.as_str())).collect::<Vec<_>>())
}

/// A CSV line longer than its header, though empty past the header's last label, has shifted (a thousands comma
/// written without quotation marks: `1,050` workers is 1 and a stray `050`, or a share pushed out): refused at its
/// line naming both counts. Lines a writer ends with separators alike, the header's too, are read.
#[test]
fn a_csv_line_longer_than_its_header_is_refused_though_empty_past_it() {
    let header = PLACES_HEADER.join(",");
    for (line, count) in [
        // Workers `1,050` unquoted, the last field empty.
        ("G2,Latex estate,manufacturing,gloves,Jalan 2,Klang,MY,G1,,,1,050,", 13),
        // One separator too many at the end, nothing shifted but the count.
        ("G2,Latex estate,manufacturing,gloves,Jalan 2,Klang,MY,G1,,,40,", 12),
        // An address with a comma unquoted and the line ended by one.
        ("G2,Latex estate,manufacturing,gloves,Jalan 2, Taman Sri,Klang,MY,G1,,,,", 13),
    ] {
        let places = format!("{header}\nG1,Glove plant,manufacturing,gloves,Jalan 1,Klang,MY,,,,120\n{line}\n");
        let issues = errors(read("d.zip", &csv_zip_with_places(&places)));
        let issue = issues
            .iter()
            .find(|i| i.message_en.contains("while the header has 11"))
            .unwrap_or_else(|| panic!("{line}: {issues:#?}"));
        assert!(issue.message_en.contains(&format!("has {count} fields")), "{issue:#?}");
        assert!(issue.location.ends_with("!L3"), "{issue:#?}");
        assert!(issue.message_fr.contains("l'en-tête en a 11"), "{issue:#?}");
    }
    // Every line, the header too, ended by a separator: read as written.
    let places = format!(
        "{header},\nG1,Glove plant,manufacturing,gloves,Jalan 1,Klang,MY,,,,120,\nG2,Latex estate,manufacturing,gloves,Jalan 2,Klang,MY,G1,,,40,\n"
    );
    let parsed = read("d.zip", &csv_zip_with_places(&places)).unwrap();
    assert_eq!(parsed.declaration.places_of_work.iter().map(|p| p.workers).collect::<Vec<_>>(), [Some(120), Some(40)]);
}

/// A workbook encrypted with a password (an OLE compound file holding `EncryptedPackage`, as Excel writes it; an ODS
/// whose manifest names its encryption) is refused as encrypted, in both languages, never as the old .xls format.
#[test]
fn a_workbook_encrypted_with_a_password_is_refused_as_such() {
    use std::io::Write;
    let ole = |streams: &[&str]| {
        let mut f = cfb::CompoundFile::create(std::io::Cursor::new(Vec::new())).unwrap();
        for s in streams {
            f.create_stream(s).unwrap().write_all(&[7u8; 600]).unwrap();
        }
        f.flush().unwrap();
        f.into_inner().into_inner()
    };
    let encrypted = ole(&["/EncryptionInfo", "/EncryptedPackage"]);
    for name in ["d.xlsx", "declaration.xlsm", "d.xls"] {
        let issues = errors(read(name, &encrypted));
        assert_eq!(issues.len(), 1, "{issues:#?}");
        assert!(issues[0].message_en.contains("encrypted with a password"), "{issues:#?}");
        assert!(issues[0].message_fr.contains("chiffré par un mot de passe"), "{issues:#?}");
        assert!(!issues[0].message_en.contains("97"), "{issues:#?}");
    }
    let old = errors(read("d.xls", &ole(&["/Workbook"])));
    assert!(old[0].message_en.contains("Excel 97–2003"), "{old:#?}");
    let ods = Doc::new("842310575").ods("", &|_, _, _| None);
    let ods = super::tests::patch_zip(&ods, "META-INF/manifest.xml", |m| {
        m.replacen(
            "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>",
            "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"><manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"x\"/></manifest:file-entry>",
            1,
        )
    });
    let issues = errors(read("d.ods", &ods));
    assert!(issues[0].message_en.contains("encrypted with a password"), "{issues:#?}");
}

/// Shares of value written with decimals may pass 100 % by what rounding to their places can add, no more: 40 × 2.9
/// (116 %) and 10 × 10.4 (104 %) are refused; whole percents that rounding could give (40 × 3, 120 %) are read and
/// warned of; shares that add up to 100 % are read without a word.
#[test]
fn shares_past_100_are_weighed_by_the_places_they_are_written_to() {
    let with_shares = |n: usize, share: &str| {
        let mut doc = Doc::new("842310575");
        doc.places[0].push("Share of value %".into());
        doc.places.truncate(2);
        doc.places[1].push(String::new());
        for i in 0..n {
            let mut row = site(&format!("S{i}"), "Latex estate", "Jalan 2", "G1", "", "", "40");
            row.push(share.to_string());
            doc.places.push(row);
        }
        doc
    };
    for carrier in CARRIERS {
        for (n, share, sum) in [(40, "2.9", "116"), (10, "10.4", "104"), (3, "33.4", "100.2")] {
            let (name, bytes) = with_shares(n, share).file(carrier);
            let issues = errors(read(name, &bytes));
            let issue = issues
                .iter()
                .find(|i| i.message_en.contains(&format!("add up to {sum}%")))
                .unwrap_or_else(|| panic!("{carrier:?} {n} × {share}: {issues:#?}"));
            assert!(issue.message_en.contains("cannot pass 100%"), "{issue:#?}");
        }
        let (name, bytes) = with_shares(40, "3").file(carrier);
        let parsed = read(name, &bytes).unwrap();
        let warned = parsed
            .warnings
            .iter()
            .find(|i| i.message_en.contains("add up to 120%"))
            .unwrap_or_else(|| panic!("{carrier:?}: {:#?}", parsed.warnings));
        assert!(warned.message_fr.contains("120\u{a0}%"), "{warned:#?}");
        for (n, share) in [(4, "25"), (8, "12.5"), (3, "33.33")] {
            let (name, bytes) = with_shares(n, share).file(carrier);
            let parsed = read(name, &bytes).unwrap();
            assert!(!parsed.warnings.iter().any(|i| i.message_en.contains("add up to")), "{:#?}", parsed.warnings);
        }
    }
}

/// A Supplier label in the supplier's own words for a field the form lacks, its value given (`Country of head
/// office*`, `Date`, `Legal nam`), is refused at its label naming the field it seems to be, in every carrier and both
/// languages; the field is not said missing as well.
#[test]
fn a_supplier_label_in_other_words_is_refused_naming_the_field_it_seems_to_be() {
    for (label, field, row) in
        [("Country of head office*", "Country", 3), ("Date", "Declaration date", 4), ("Legal nam", "Legal name", 1)]
    {
        for carrier in CARRIERS {
            let mut doc = Doc::new("842310575");
            let entry = doc.supplier.iter_mut().find(|(k, _)| *k == field).unwrap();
            entry.0 = label;
            let (name, bytes) = doc.file(carrier);
            let issues = errors(read(name, &bytes));
            let missing: Vec<_> = issues.iter().filter(|i| i.message_en.contains("is missing")).collect();
            assert!(missing.is_empty(), "{carrier:?} {label}: {missing:#?}");
            let said = issues
                .iter()
                .find(|i| i.message_en.contains("did you mean"))
                .unwrap_or_else(|| panic!("{carrier:?} {label}: {issues:#?}"));
            if carrier == Carrier::Json {
                let key = label.to_lowercase().replace(' ', "_");
                assert_eq!(said.location, format!("/supplier/{key}"), "{said:#?}");
            } else {
                assert!(said.location.ends_with(&format!("!A{row}")), "{carrier:?} {said:#?}");
                assert!(said.message_en.contains(&format!("did you mean “{field}”")), "{said:#?}");
            }
            assert!(said.message_fr.contains("vouliez-vous dire"), "{said:#?}");
            french_spacing(&said.message_fr);
        }
    }
}

/// A solicitation number with a character no such number holds (a look-alike hyphen, a space, a dash) is refused
/// naming it, and a placeholder (`N/A`, `-`, `TBD`, `aucune`, `0`) saying to leave the cell empty, in every carrier
/// and both languages: either would open a solicitation that looks like another, or rank strangers together.
#[test]
fn a_solicitation_number_that_only_looks_like_one_or_a_placeholder_is_refused() {
    let cases = [
        ("W8486\u{2011}260555/A", Some("U+2011")),
        ("W8486 260555/A", Some("U+0020")),
        ("W8486\u{2013}260555/A", Some("U+2013")),
        ("EN578-170432\u{FF0F}B", Some("U+FF0F")),
        ("N/A", None),
        ("-", None),
        ("TBD", None),
        ("Aucune", None),
        ("s.o.", None),
        ("0", None),
    ];
    for carrier in CARRIERS {
        for (value, code) in cases {
            let mut doc = Doc::new("842310575");
            doc.supplier.push(("Solicitation number", value.into()));
            let (name, bytes) = doc.file(carrier);
            let issues = errors(read(name, &bytes));
            let issue = issues
                .iter()
                .find(|i| i.field.as_deref() == Some("Solicitation number"))
                .unwrap_or_else(|| panic!("{carrier:?} {value}: {issues:#?}"));
            match code {
                Some(code) => assert!(
                    issue.message_en.contains(code) && issue.message_fr.contains(code),
                    "{carrier:?} {value}: {issue:#?}"
                ),
                None => assert!(
                    issue.message_en.contains("leave the cell empty")
                        && issue.message_fr.contains("laissez la cellule"),
                    "{carrier:?} {value}: {issue:#?}"
                ),
            }
            french_spacing(&issue.message_fr);
        }
    }
    for value in ["W8486-260555/A", "en578-170432/b", "24062-240123", "W0113.24-0056"] {
        let mut doc = Doc::new("842310575");
        doc.supplier.push(("Solicitation number", value.into()));
        let parsed = read("d.json", &doc.json()).unwrap_or_else(|e| panic!("{value}: {e:#?}"));
        assert_eq!(parsed.declaration.supplier.solicitation_number, Some(value.to_uppercase()));
    }
}

/// `NA` (any case) in a Country cell is refused, not read as Namibia; `Namibia` and `NAM` are read.
#[test]
fn na_in_a_country_cell_is_refused_and_namibia_written_out_is_read() {
    for carrier in CARRIERS {
        for value in ["NA", "na", "Na"] {
            let mut doc = Doc::new("842310575");
            doc.set(2, "Country", value);
            let (name, bytes) = doc.file(carrier);
            let issues = errors(read(name, &bytes));
            let issue = at(&issues, carrier, &place(carrier, "PlacesOfWork", "G", 3, "country"));
            assert!(issue.message_en.contains("Namibia") && issue.message_fr.contains("Namibie"), "{issue:#?}");
            french_spacing(&issue.message_fr);
        }
        for value in ["Namibia", "NAM", "Namibie"] {
            let mut doc = Doc::new("842310575");
            doc.set(2, "Country", value);
            let (name, bytes) = doc.file(carrier);
            let parsed = read(name, &bytes).unwrap_or_else(|e| panic!("{carrier:?} {value}: {e:#?}"));
            assert_eq!(parsed.declaration.places_of_work[1].country.as_str(), "NA");
        }
    }
}

/// Nine zeros (which pass the check digit) and a program account numbered 0000 are no business number, for the
/// supplier and for a site's operator.
#[test]
fn a_business_number_of_zeros_or_a_program_account_0000_is_refused() {
    for carrier in CARRIERS {
        let (name, bytes) = Doc::new("000000000").file(carrier);
        let issues = errors(read(name, &bytes));
        assert!(issues.iter().any(|i| i.message_en.contains("000000000 is no business number")), "{issues:#?}");
        let mut doc = Doc::new("842310575");
        doc.set(2, "Operator business number", "842310575RT0000");
        let (name, bytes) = doc.file(carrier);
        let issues = errors(read(name, &bytes));
        assert!(issues.iter().any(|i| i.message_en.contains("from 0001")), "{issues:#?}");
    }
}

/// A letter of the phonetic alphabet drawn like an ordinary one (`ɡ` U+0261, `ɢ` U+0262) in a word of ordinary
/// Latin letters is refused as a look-alike; letters of languages' own alphabets (`ı`, `ɛ`, `ŋ`) are read.
#[test]
fn a_phonetic_letter_drawn_like_an_ordinary_one_is_refused() {
    for (value, code) in [("nitrile \u{261}loves", "U+0261"), ("nitrile \u{262}LOVES", "U+0262")] {
        let mut doc = Doc::new("842310575");
        doc.set(2, "Goods", value);
        let issues = errors(read("d.json", &doc.json()));
        assert!(issues.iter().any(|i| i.message_en.contains(code) && i.message_en.contains("phonetic")), "{issues:#?}");
    }
    for value in ["Diyarbakır", "Kɔfi Mɛnsah Cocoa", "Ŋgaoundéré"] {
        let mut doc = Doc::new("842310575");
        doc.set(2, "Site name", value);
        assert!(read("d.json", &doc.json()).is_ok(), "{value}");
    }
}

/// A text longer than its field takes is refused at its cell naming both counts, in every carrier and both languages:
/// 300 characters for a name or a code, 1,000 for an address, 4,000 for goods words; at the limit it is read.
#[test]
fn a_text_longer_than_its_field_takes_is_refused_at_its_cell() {
    for carrier in CARRIERS {
        for (heading, col, key, most) in
            [("Site name", "B", "site_name", 300), ("City", "F", "city", 300), ("Goods", "D", "goods", 4_000)]
        {
            let mut doc = Doc::new("842310575");
            doc.set(2, heading, &"é".repeat(most + 1));
            let (name, bytes) = doc.file(carrier);
            let issues = errors(read(name, &bytes));
            let issue = at(&issues, carrier, &place(carrier, "PlacesOfWork", col, 3, key));
            let (n, m) = (most + 1, most);
            let group = |x: usize| if x >= 1_000 { format!("{},{:03}", x / 1000, x % 1000) } else { x.to_string() };
            assert!(
                issue.message_en.contains(&format!("holds {} characters, more than the {}", group(n), group(m))),
                "{carrier:?} {heading}: {issue:#?}"
            );
            french_spacing(&issue.message_fr);
            let mut doc = Doc::new("842310575");
            doc.set(2, heading, &"é".repeat(most));
            let (name, bytes) = doc.file(carrier);
            assert!(read(name, &bytes).is_ok(), "{carrier:?} {heading} at {most}");
        }
    }
}

/// A `null` item in a JSON list (`"supplies_to": [null]`, `["G1", null]`) is refused at its index: dropped, it would
/// make the site supply no one (a tier-1 site of the supplier).
#[test]
fn a_null_item_in_a_json_list_is_refused_at_its_index() {
    for (list, index) in [(serde_json::json!([null]), 0), (serde_json::json!(["G1", null]), 1)] {
        let doc = Doc::new("842310575");
        let mut json: serde_json::Value = serde_json::from_slice(&doc.json()).unwrap();
        json["places_of_work"][1]["supplies_to"] = list.clone();
        let issues = errors(read("d.json", &serde_json::to_vec(&json).unwrap()));
        assert!(
            issues.iter().any(|i| i.location == format!("/places_of_work/1/supplies_to/{index}")),
            "{list}: {issues:#?}"
        );
    }
    // `null` for the whole value is no value, as the format says.
    let doc = Doc::new("842310575");
    let mut json: serde_json::Value = serde_json::from_slice(&doc.json()).unwrap();
    json["places_of_work"][0]["supplies_to"] = serde_json::Value::Null;
    assert!(read("d.json", &serde_json::to_vec(&json).unwrap()).is_ok());
}

/// A `Supplies to` of separators only (`;`, `; ;`) or a JSON list of empty texts (`[""]`, `[" "]`) names no site:
/// refused at its cell, never read as none (which would make the site a tier-1 site of the supplier).
#[test]
fn a_list_of_separators_or_empty_items_is_refused() {
    for carrier in CARRIERS {
        for value in [";", "; ;", " ;; "] {
            let mut doc = Doc::new("842310575");
            doc.set(2, "Supplies to", value);
            let (name, bytes) = doc.file(carrier);
            let issues = errors(read(name, &bytes));
            let issue = at(&issues, carrier, &place(carrier, "PlacesOfWork", "H", 3, "supplies_to"));
            assert!(issue.message_en.contains("names no item"), "{carrier:?} {value:?}: {issue:#?}");
            // (The value quoted holds its own spaces.)
            french_spacing(&issue.message_fr.replace(value.trim(), ""));
        }
    }
    for list in [serde_json::json!([""]), serde_json::json!([" "]), serde_json::json!(["G1", ""])] {
        let doc = Doc::new("842310575");
        let mut json: serde_json::Value = serde_json::from_slice(&doc.json()).unwrap();
        json["places_of_work"][1]["supplies_to"] = list.clone();
        assert!(read("d.json", &serde_json::to_vec(&json).unwrap()).is_err(), "{list}");
    }
}

/// The columns of the format's PlacesOfWork table that [`PLACES_HEADER`] leaves out, with a value for the `i`th site:
/// with them the table has the format's 19 columns.
fn more_place_columns(i: usize) -> [(&'static str, String); 8] {
    [
        ("Operator", format!("Operator {i} Sdn. Bhd.")),
        ("Classification", "46181504".into()),
        ("Inputs", "latex; nitrile".into()),
        ("Region", "Selangor".into()),
        ("Postal code", format!("4100{i}")),
        ("Share of value %", "10".into()),
        ("Last audit date", "2025-11-04".into()),
        ("Audit standard", "SMETA".into()),
    ]
}

/// A declaration of ten sites, `S1` to `S10` (each after the first supplied to `S1`), in the format's 19 columns,
/// each site's name, address, postal code and workers its own.
fn ten_sites() -> Doc {
    let mut doc = Doc::new("123456782");
    let mut header = PLACES_HEADER.map(str::to_string).to_vec();
    header.extend(more_place_columns(0).map(|(h, _)| h.to_string()));
    doc.places = vec![header];
    for i in 1..=10 {
        let to = if i == 1 { "" } else { "S1" };
        let mut row =
            site(&format!("S{i}"), &format!("Plant {i}"), &format!("Jalan {i}"), to, "", "", &format!("{}", 100 + i));
        row.extend(more_place_columns(i).map(|(_, v)| v));
        doc.places.push(row);
    }
    doc
}

/// The ODS of `doc` as LibreOffice lays a table out: every row of its PlacesOfWork table padded with empty cells up
/// to column `last_column` (1-based; 1024 is `AMJ`, LibreOffice's default), and a blank block of `blank_rows` rows
/// (one row element, repeated) before the table's last row.
fn ods_with_blank_block(doc: &Doc, blank_rows: u32, last_column: usize) -> Vec<u8> {
    let width = doc.places[0].len();
    super::tests::patch_zip(&doc.ods("", &|_, _, _| None), "content.xml", |xml| {
        let open = r#"<table:table table:name="PlacesOfWork">"#;
        let (before, rest) = xml.split_once(open).unwrap();
        let (table, after) = rest.split_once("</table:table>").unwrap();
        let mut table = table.to_string();
        if last_column > width {
            let pad = format!(r#"<table:table-cell table:number-columns-repeated="{}"/>"#, last_column - width);
            table = table.replace("</table:table-row>", &format!("{pad}</table:table-row>"));
        }
        let last = table.rfind("<table:table-row>").unwrap();
        let block = format!(
            r#"<table:table-row table:number-rows-repeated="{blank_rows}"><table:table-cell table:number-columns-repeated="{last_column}"/></table:table-row>"#
        );
        table.insert_str(last, &block);
        format!("{before}{open}{table}</table:table>{after}")
    })
}

#[test]
fn an_ods_costs_its_filled_cells_so_blank_rows_and_columns_before_a_site_are_read_past() {
    let doc = ten_sites();
    let in_xlsx = read("d.xlsx", &doc.xlsx()).unwrap_or_else(|e| panic!("{e:?}")).declaration;
    assert_eq!(in_xlsx.places_of_work.len(), 10);
    // 263,300 blank rows before the last site: the table's rectangle was 263,311 rows × 19 columns, 5,002,909 cells,
    // which the reader built and the intake refused; it holds 200 filled cells. A million blank rows, and each row
    // padded with blank cells to AMJ, cost nothing either.
    for (blank_rows, last_column) in [(263_300, 19), (263_300, 1024), (1_000_000, 19), (1_000_000, 1024)] {
        let bytes = ods_with_blank_block(&doc, blank_rows, last_column);
        let started = std::time::Instant::now();
        let parsed = read("d.ods", &bytes).unwrap_or_else(|e| panic!("{blank_rows} × {last_column}: {e:?}"));
        assert!(started.elapsed() < std::time::Duration::from_secs(10), "{:?}", started.elapsed());
        let sites = &parsed.declaration.places_of_work;
        assert_eq!(sites.len(), 10, "{blank_rows} × {last_column}");
        let last = &sites[9];
        assert_eq!(last.site_id.to_string(), "S10");
        assert_eq!((last.site_name.as_str(), last.address.as_str()), ("Plant 10", "Jalan 10"));
        assert_eq!((last.workers, last.postal_code.as_deref()), (Some(110), Some("410010")));
        assert_eq!(last.operator.as_deref(), Some("Operator 10 Sdn. Bhd."));
        // Every site as the XLSX of the same declaration gives it.
        assert_eq!(parsed.declaration, in_xlsx, "{blank_rows} × {last_column}");
    }
}

#[test]
fn a_value_an_ods_repeats_into_millions_of_cells_is_refused_by_their_count_at_its_cell() {
    // The ninth site's Workers cell repeated over 400 columns, its row over 20,000 rows: 8,000,000 filled cells in
    // a few bytes (each repeat within the limits of rows and columns, so only their count refuses them).
    let doc = ten_sites();
    let workers = PLACES_HEADER.iter().position(|h| *h == "Workers").unwrap();
    let bytes = super::tests::patch_zip(&doc.ods("", &|_, _, _| None), "content.xml", |xml| {
        let row = r#"<table:table-row><table:table-cell office:value-type="string" calcext:value-type="string"><text:p>S9</text:p>"#;
        let cell = r#"<table:table-cell office:value-type="float" office:value="109""#;
        assert!(xml.matches(row).count() == 1 && xml.matches(cell).count() == 1);
        xml.replacen(
            row,
            &row.replace("<table:table-row>", r#"<table:table-row table:number-rows-repeated="20000">"#),
            1,
        )
        .replacen(cell, &format!(r#"{cell} table:number-columns-repeated="400""#), 1)
    });
    let issues = errors(read("d.ods", &bytes));
    assert_eq!(issues.len(), 1, "{issues:?}");
    // Named at the cell that repeats (K10: the ninth site, the Workers column), with the count so far: the cells
    // before it, those of its row before it each counted 20,000 times, and its own 8,000,000.
    assert_eq!(issues[0].location, "PlacesOfWork!K10", "{issues:?}");
    assert_eq!(workers, 10);
    assert!(
        issues[0].message_en.starts_with(
            "The sheet holds more than 5,000,000 filled cells with this cell (8,160,154 so far, a value the file \
             repeats over rows or columns counted once for each cell it fills); it is refused at this cell."
        ),
        "{}",
        issues[0].message_en
    );
    assert!(
        issues[0].message_fr.starts_with(
            "La feuille contient plus de 5\u{a0}000\u{a0}000 cellules remplies avec cette cellule (8\u{a0}160\u{a0}154 \
             jusqu'ici, une valeur que le fichier répète sur des lignes ou des colonnes comptant pour chaque cellule \
             qu'elle remplit)\u{202f}; elle est refusée à cette cellule."
        ),
        "{}",
        issues[0].message_fr
    );
    french_spacing(&issues[0].message_fr);
}

#[test]
fn an_ods_repeat_that_is_no_count_refuses_the_file_as_damaged_never_read_with_a_guess() {
    for (from, to) in [
        ("<table:table-row>", r#"<table:table-row table:number-rows-repeated="2x">"#),
        ("<table:table-cell/>", r#"<table:table-cell table:number-columns-repeated="-1"/>"#),
        // A repeat of 0 is no count either (ODF makes it positive): read as 1 it would move the cells after it.
        ("<table:table-row>", r#"<table:table-row table:number-rows-repeated="0">"#),
        ("<table:table-cell/>", r#"<table:table-cell table:number-columns-repeated=" 0 "/>"#),
        (
            r#"<table:table table:name="PlacesOfWork">"#,
            r#"<table:table table:name="PlacesOfWork"><table:table-column table:number-columns-repeated="0"/>"#,
        ),
        (
            r#"<table:table table:name="PlacesOfWork">"#,
            r#"<table:table table:name="PlacesOfWork"><table:table-column table:number-columns-repeated="1.5"/>"#,
        ),
    ] {
        let bytes = super::tests::patch_zip(&ten_sites().ods("", &|_, _, _| None), "content.xml", |xml| {
            assert!(xml.contains(from), "{from}");
            xml.replacen(from, to, 1)
        });
        let issues = errors(read("d.ods", &bytes));
        assert_eq!(issues.len(), 1, "{issues:?}");
        assert_eq!(issues[0].location, "d.ods");
        assert!(issues[0].message_en.contains("a number in its markup"), "{}", issues[0].message_en);
        assert!(!issues[0].message_fr.is_empty());
    }
}

/// Two sheets of one name (no spreadsheet program writes them; a file made by hand or by a script can): never read
/// as one sheet nor as the first alone, but refused naming the sheet, in XLSX and ODS, and in any case of letters.
#[test]
fn two_sheets_of_one_name_are_refused_never_merged_nor_one_dropped() {
    let doc = ten_sites();
    let ods = doc.ods("", &|_, _, _| None);
    for twin in ["Supplier", "SUPPLIER", "supplier"] {
        let bytes = super::tests::patch_zip(&ods, "content.xml", |xml| {
            // The Supplier table, from its start tag to its end tag (ASCII markers: the cuts fall between characters).
            let (before, from) = xml.split_at(xml.find(r#"<table:table table:name="Supplier">"#).unwrap());
            let (table, after) = from.split_at(from.find("</table:table>").unwrap() + "</table:table>".len());
            let copy = table.replacen(r#"table:name="Supplier""#, &format!(r#"table:name="{twin}""#), 1);
            format!("{before}{table}{copy}{after}")
        });
        let issues = errors(read("d.ods", &bytes));
        assert!(!issues.is_empty(), "{twin}: accepted");
        assert!(issues.iter().any(|i| i.message_en.contains("same part of the declaration")), "{twin}: {issues:?}");
        assert!(issues.iter().all(|i| !i.message_fr.is_empty()));
    }
    let mut wb = rust_xlsxwriter::Workbook::new();
    for (name, rows) in doc.tables() {
        let ws = wb.add_worksheet().set_name(name).unwrap();
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                ws.write_string(r as u32, c as u16, v).unwrap();
            }
        }
    }
    wb.add_worksheet().set_name("Twin").unwrap().write_string(0, 0, "Legal name").unwrap();
    let xlsx = wb.save_to_buffer().unwrap();
    let bytes = super::tests::patch_zip(&xlsx, "xl/workbook.xml", |xml| {
        assert!(xml.contains(r#"name="Twin""#));
        xml.replace(r#"name="Twin""#, r#"name="Supplier""#)
    });
    let issues = errors(read("d.xlsx", &bytes));
    assert!(issues.iter().any(|i| i.message_en.contains("same part of the declaration")), "{issues:?}");
}
