//! The kinds of fault a file can bring, each tried with instances made here (not only the field cases): cost that
//! follows the geometry, a cell's state read as a value, merged cells, text sliced by bytes, ambiguous dates and
//! numbers, file-level problems (separators, encodings, byte order marks, non-finite numbers), one error hiding or
//! inventing others.

use rust_xlsxwriter::{Format, Workbook};
use serde_json::{Value, json};

use super::tests::{demo, demo_declaration, errors, patch_zip, places, set_cell_xml, workbook, zip_of};
use super::*;

const SUPPLIER_PART: &str = "xl/worksheets/sheet1.xml";
const ATTESTATIONS_PART: &str = "xl/worksheets/sheet2.xml";
const PLACES_PART: &str = "xl/worksheets/sheet3.xml";

fn read(name: &str, bytes: &[u8]) -> Result<Parsed, Vec<Issue>> {
    read_declaration(name, bytes, &Limits::default())
}

fn json_doc(edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut v: Value = serde_json::from_slice(&demo("gantex-en578.json")).unwrap();
    edit(&mut v);
    serde_json::to_vec_pretty(&v).unwrap()
}

/// English words that must never reach a French message (library messages, codes).
fn assert_french(issue: &Issue) {
    for word in [" the ", "error", "invalid", "expected", "EOF", " at line", "cannot", "failed", "unknown"] {
        assert!(!issue.message_fr.contains(word), "English `{word}` in the French message: {}", issue.message_fr);
    }
}

// ---- 1. Cost follows the data ----

#[test]
fn far_cells_in_a_form_sheet_cost_nothing_and_are_not_part_of_it() {
    for (row, col) in [(1_048_549u32, 16_383u16), (1_048_575, 0), (0, 16_383), (500_000, 300)] {
        let bytes = workbook(false, |wb| {
            let ws = wb.worksheet_from_name("Supplier").unwrap();
            for k in 0..6 {
                ws.write_number(row.saturating_sub(k), col, f64::from(k)).unwrap();
            }
        });
        let parsed = read("far.xlsx", &bytes);
        let d = parsed.unwrap_or_else(|e| panic!("{row},{col}: {e:?}")).declaration;
        assert_eq!(d.supplier.legal_name, "Example Rope Inc.");
    }
}

#[test]
fn a_far_value_in_a_table_is_a_row_of_its_own_refused_at_its_place() {
    let bytes = workbook(false, |wb| {
        wb.worksheet_from_name("PlacesOfWork").unwrap().write_string(1_048_575, 16_383, "stray").unwrap();
    });
    let issues = errors(read("far.xlsx", &bytes));
    assert_eq!(places(&issues), vec!["PlacesOfWork!XFD1048576"]);
    assert!(issues[0].message_en.contains("outside the columns"), "{:?}", issues[0]);
}

#[test]
fn too_many_filled_cells_or_columns_are_refused_at_the_cell_that_crossed_the_limit() {
    let bytes = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        for c in 0..60 {
            ws.write_number(10, 100 + c, 1.0).unwrap();
        }
    });
    let limits = Limits { max_columns: 30, ..Limits::default() };
    let issues = errors(read_declaration("wide.xlsx", &bytes, &limits));
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert!(issues[0].location.starts_with("PlacesOfWork!"), "{:?}", issues[0]);
    assert!(issues[0].message_en.contains("columns"));
    let limits = Limits { max_cells: 40, ..Limits::default() };
    let issues = errors(read_declaration("many.xlsx", &bytes, &limits));
    assert!(issues[0].message_en.contains("filled cells"), "{issues:?}");
    let limits = Limits { max_text_bytes: 100, ..Limits::default() };
    let issues = errors(read_declaration("text.xlsx", &bytes, &limits));
    assert!(issues[0].message_en.contains("more text"), "{issues:?}");
}

/// The ODS of the corpus with rows added to the end of its first table (`Supplier`).
fn ods_with_rows(rows: &str) -> Vec<u8> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/corpus/accepted/pandas-odfpy-en.ods");
    let ods = std::fs::read(path).unwrap();
    patch_zip(&ods, "content.xml", |xml| xml.replacen("</table:table>", &format!("{rows}</table:table>"), 1))
}

#[test]
fn repeated_rows_and_columns_of_an_ods_are_counted_not_expanded() {
    // A million filled rows in a few bytes (too many rows); a filled run of 16,384 columns (too many columns); a
    // filled cell repeated over 400 columns of 20,000 rows (too many filled cells); each refused for what it is, at
    // its place in the Supplier sheet.
    for (rows, says_en, says_fr) in [
        (
            r#"<table:table-row table:number-rows-repeated="1048000"><table:table-cell office:value-type="float" office:value="1"/></table:table-row>"#,
            "repeats this row 1,048,000 times",
            "répète cette ligne 1\u{a0}048\u{a0}000 fois",
        ),
        (
            r#"<table:table-row table:number-rows-repeated="250001"><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#,
            "repeats this row 250,001 times",
            "répète cette ligne 250\u{a0}001 fois",
        ),
        (
            r#"<table:table-row table:number-rows-repeated="20000"><table:table-cell office:value-type="float" office:value="7" table:number-columns-repeated="400"/></table:table-row>"#,
            "more than 5,000,000 filled cells with this cell (8,000,",
            "plus de 5\u{a0}000\u{a0}000 cellules remplies avec cette cellule (8\u{a0}000\u{a0}",
        ),
        (
            r#"<table:table-row table:number-rows-repeated="500"><table:table-cell office:value-type="string" table:number-columns-repeated="16384"><text:p>x</text:p></table:table-cell></table:table-row>"#,
            "repeats this cell over 16,384 columns",
            "répète cette cellule sur 16\u{a0}384 colonnes",
        ),
        (
            r#"<table:table-row><table:table-cell office:value-type="float" office:value="2" table:number-columns-repeated="501"/></table:table-row>"#,
            "repeats this cell over 501 columns",
            "répète cette cellule sur 501 colonnes",
        ),
    ] {
        let issues = errors(read("far.ods", &ods_with_rows(rows)));
        assert_eq!(issues.len(), 1, "{issues:?}");
        assert!(issues[0].location.starts_with("Supplier!"), "{:?}", issues[0]);
        assert!(issues[0].message_en.contains(says_en), "{:?}", issues[0]);
        assert!(issues[0].message_fr.contains(says_fr), "{:?}", issues[0]);
        assert_french(&issues[0]);
    }
    // Empty repeated rows cost nothing and change nothing, and neither does a value past a million of them, far to
    // the right (a form sheet's far cell, as in XLSX).
    let rows = r#"<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#;
    assert!(read("empty-rows.ods", &ods_with_rows(rows)).is_ok());
    let rows = r#"<table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row><table:table-row><table:table-cell table:number-columns-repeated="16000"/><table:table-cell office:value-type="float" office:value="7"/></table:table-row>"#;
    let parsed = read("far.ods", &ods_with_rows(rows)).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(parsed.declaration, read("near.ods", &ods_with_rows("")).unwrap().declaration);
}

#[test]
fn the_old_binary_excel_format_is_refused_with_what_to_do() {
    // A compound file header is enough for the reader to know the format.
    let issues = errors(read("old.xls", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 rest of an old workbook"));
    assert_eq!(places(&issues), vec!["old.xls"]);
    assert!(issues[0].message_en.contains(".xlsx") && issues[0].message_fr.contains(".xlsx"));
}

#[test]
fn json_that_is_deep_or_long_is_refused_without_being_held() {
    // Deep nesting where a value is due stops at the parser's depth limit; under a key the format does not know it
    // is skipped without recursion.
    let deep = format!("{{\"supplier\": {{\"legal_name\": {}{}}}}}", "[".repeat(100_000), "]".repeat(100_000));
    let issues = errors(read("deep.json", deep.as_bytes()));
    assert_eq!(places(&issues), vec!["deep.json"]);
    assert!(issues[0].message_fr.contains("imbriqué"), "{}", issues[0].message_fr);
    assert_french(&issues[0]);
    let deep = format!("{{\"notes\": {}{}, \"supplier\": {{}}}}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(places(&errors(read("deep.json", deep.as_bytes()))).contains(&"/attestations"));
    let long = json_doc(|v| v["places_of_work"][0]["supplies_to"] = json!(vec!["MY-1"; 5000]));
    let issues = errors(read("long.json", &long));
    assert!(issues[0].message_en.contains("list holds more"), "{issues:?}");
    let many = json_doc(|v| {
        let one = v["places_of_work"][0].clone();
        v["places_of_work"] = Value::Array(vec![one; 50]);
    });
    let issues = errors(read_declaration("many.json", &many, &Limits { max_rows: 10, ..Limits::default() }));
    assert_eq!(issues[0].location, "/places_of_work", "{issues:?}");
    // A huge list under a key the format does not know is skipped unread.
    let ignored = format!("{{\"attachments\": [{}0], \"x\": 1}}", "0,".repeat(1_000_000));
    let issues = errors(read("ignored.json", ignored.as_bytes()));
    assert!(places(&issues).contains(&"/supplier"), "{issues:?}");
}

#[test]
fn a_csv_line_longer_than_the_text_budget_is_refused() {
    let big = format!("Site ID,Site name\nA,{}\n", "x".repeat(2_000_000));
    let limits = Limits { max_text_bytes: 1_000_000, ..Limits::default() };
    let issues = errors(read_declaration("decl.zip", &zip_of(&[("PlacesOfWork.csv", &big)]), &limits));
    assert!(issues.iter().any(|i| i.message_en.contains("of text; the intake")), "{issues:?}");
}

// ---- 2. A cell's state is never read as a value ----

#[test]
fn every_spreadsheet_error_value_in_any_field_is_refused_with_its_cell_and_name() {
    let cases = [
        ("#N/A", PLACES_PART, "G2", "PlacesOfWork!G2"),
        ("#REF!", PLACES_PART, "H3", "PlacesOfWork!H3"),
        ("#VALUE!", SUPPLIER_PART, "B3", "Supplier!B3"),
        ("#DIV/0!", PLACES_PART, "B2", "PlacesOfWork!B2"),
        ("#NAME?", ATTESTATIONS_PART, "B2", "Attestations!B2"),
        ("#NUM!", SUPPLIER_PART, "B1", "Supplier!B1"),
        ("#NULL!", PLACES_PART, "F3", "PlacesOfWork!F3"),
        ("#SPILL!", PLACES_PART, "G3", "PlacesOfWork!G3"),
        ("#GETTING_DATA", SUPPLIER_PART, "B2", "Supplier!B2"),
        ("#CALC!", PLACES_PART, "A2", "PlacesOfWork!A2"),
    ];
    for (value, part, cell, place) in cases {
        let bytes =
            set_cell_xml(&workbook(false, |_| {}), part, cell, &format!(r#"<c r="{cell}" t="e"><v>{value}</v></c>"#));
        let issues = errors(read("e.xlsx", &bytes));
        let hit = issues.iter().find(|i| i.location == place).unwrap_or_else(|| panic!("{value}: {issues:?}"));
        // Each language names the error as its spreadsheet shows it (`#VALUE!`, `#VALEUR!`).
        let (en, fr) = super::grid::error_names(value);
        assert!(hit.message_en.contains(&en) && hit.message_fr.contains(&fr), "{hit:?}");
        assert!(hit.message_fr.contains("erreur de tableur"), "{hit:?}");
    }
    // The same states written as text by a CSV export or a JSON producer.
    let csv = zip_of(&[
        (
            "Supplier.csv",
            "Label,Value\nLegal name,X Inc.\nCountry,#N/A\nDeclaration date,2026-04-01\nSignatory name,Ng\n",
        ),
        ("Attestations.csv", "Right,Attested\nchild_labour,Y\n"),
        (
            "PlacesOfWork.csv",
            "Site ID,Site name,Role,Goods,Address,City,Region,Country\nG1,Plant,manufacturing,gloves,Jalan 1,Klang,#REF!,MY\n",
        ),
    ]);
    let mut got = places(&errors(read("e.zip", &csv))).into_iter().map(str::to_string).collect::<Vec<_>>();
    got.sort();
    assert_eq!(got, vec!["PlacesOfWork!G2", "Supplier!B3"]);
    let j = json_doc(|v| v["places_of_work"][0]["supplies_to"] = json!(["#REF!"]));
    assert_eq!(places(&errors(read("e.json", &j))), vec!["/places_of_work/0/supplies_to"]);
}

#[test]
fn formulas_whose_result_was_never_calculated_are_refused_never_read_as_zero() {
    // Written by a program: cached 0 and the workbook flagged to recalculate on open.
    let bytes = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("Supplier").unwrap();
        ws.write_formula(2, 1, "=DATE(2026,3,31)").unwrap();
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(0, 8, "Workers").unwrap();
        ws.write_string(0, 9, "Share of value %").unwrap();
        ws.write_formula(1, 8, "=1200+650").unwrap();
        ws.write_formula(1, 9, "=100-30").unwrap();
    });
    let issues = errors(read("f.xlsx", &bytes));
    let mut got = places(&issues);
    got.sort_unstable();
    assert_eq!(got, vec!["PlacesOfWork!I2", "PlacesOfWork!J2", "Supplier!B3"]);
    assert!(
        issues.iter().all(|i| i.message_en.contains("never calculated") && i.message_fr.contains("jamais été calculé"))
    );
    // No cached value at all (how some libraries write formulas).
    let bytes = set_cell_xml(
        &workbook(false, |_| {}),
        PLACES_PART,
        "G2",
        r#"<c r="G2" t="str"><f>VLOOKUP(A2,Sites!A:B,2,0)</f></c>"#,
    );
    let bytes = patch_zip(&bytes, "xl/workbook.xml", |x| x.replace(" fullCalcOnLoad=\"1\"", ""));
    assert_eq!(places(&errors(read("f.xlsx", &bytes))), vec!["PlacesOfWork!G2"]);
    // A formula with a real cached result, in a workbook that does not ask to be recalculated, is its value.
    let bytes = workbook(false, |wb| {
        wb.worksheet_from_name("PlacesOfWork").unwrap().write_string(0, 8, "Workers").unwrap();
        wb.worksheet_from_name("PlacesOfWork").unwrap().write_number(1, 8, 0.0).unwrap();
    });
    let bytes = set_cell_xml(&bytes, PLACES_PART, "I2", r#"<c r="I2"><f>1200+650</f><v>1850</v></c>"#);
    let bytes = patch_zip(&bytes, "xl/workbook.xml", |x| {
        assert!(x.contains("fullCalcOnLoad"), "the writer flags recalculation: {x}");
        x.replace(" fullCalcOnLoad=\"1\"", "")
    });
    let d = read("f.xlsx", &bytes).unwrap().declaration;
    assert_eq!(d.places_of_work[0].workers, Some(1850));
    // The same real result in a workbook flagged to recalculate on open is kept too.
    let bytes = workbook(false, |wb| {
        wb.worksheet_from_name("PlacesOfWork").unwrap().write_string(0, 8, "Workers").unwrap();
        wb.worksheet_from_name("PlacesOfWork")
            .unwrap()
            .write_formula(1, 8, "=1200+650")
            .unwrap()
            .set_formula_result(1, 8, "1850");
    });
    assert_eq!(read("f.xlsx", &bytes).unwrap().declaration.places_of_work[0].workers, Some(1850));
}

/// A workbook that asks to be recalculated on open (`fullCalcOnLoad`) is shown by every spreadsheet program with its
/// formulas calculated again: what it stored for a formula that reads cells is not what the supplier sees
/// (`=Lookup!B2` stored as `Canada` while `Lookup!B2` holds `China`; `=I2-35` stored as 90 while the sheet shows
/// 20), so such a formula is refused as never calculated, whatever it stored, in any field; the same formulas in a
/// workbook saved by a program that calculates (no flag) are read.
#[test]
fn a_formula_reading_cells_in_a_workbook_asking_to_be_recalculated_is_refused_whatever_it_stored() {
    let cases: [(&str, &str, &str); 4] = [
        ("G2", r#"<c r="G2" t="str"><f>Lookup!B2</f><v>Canada</v></c>"#, "Lookup!B2"),
        ("G2", r#"<c r="G2" t="str"><f>VLOOKUP(A2,Lists!A:B,2,0)</f><v>India</v></c>"#, "VLOOKUP"),
        ("G2", r#"<c r="G2" t="str"><f>UPPER(Lists!C7)</f><v>CA</v></c>"#, "UPPER"),
        ("I2", r#"<c r="I2"><f>I3-35</f><v>90</v></c>"#, "I3-35"),
    ];
    for (cell, xml, formula) in cases {
        let base = workbook(false, |wb| {
            wb.worksheet_from_name("PlacesOfWork").unwrap().write_string(0, 8, "Workers").unwrap();
            wb.worksheet_from_name("PlacesOfWork").unwrap().write_number(1, 8, 0.0).unwrap();
        });
        let bytes = set_cell_xml(&base, PLACES_PART, cell, xml);
        let issues = errors(read("f.xlsx", &bytes));
        assert_eq!(places(&issues), vec![format!("PlacesOfWork!{cell}")], "{xml}");
        assert!(
            issues[0].message_en.contains("never calculated") && issues[0].message_en.contains(formula),
            "{issues:?}"
        );
        assert!(issues[0].message_fr.contains("jamais été calculé"), "{issues:?}");
        // Saved by a program that calculates: the flag is gone and the stored result stands.
        let saved = patch_zip(&bytes, "xl/workbook.xml", |x| {
            assert!(x.contains("fullCalcOnLoad"), "the writer flags recalculation: {x}");
            x.replace(" fullCalcOnLoad=\"1\"", "")
        });
        assert!(read("f.xlsx", &saved).is_ok(), "{xml} without the flag is read");
    }
}

#[test]
fn a_merged_range_applies_its_value_to_every_row_it_covers() {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("Supplier").unwrap();
    for (r, (k, v)) in
        [("Legal name", "M Inc."), ("Country", "CA"), ("Declaration date", "2026-03-31"), ("Signatory name", "A")]
            .iter()
            .enumerate()
    {
        ws.write_row(r as u32, 0, [*k, *v]).unwrap();
    }
    // A long value spread over the columns beside it is still the one value of its field.
    ws.merge_range(0, 1, 0, 4, "M Inc.", &Format::new()).unwrap();
    let ws = wb.add_worksheet().set_name("Attestations").unwrap();
    ws.write_row(0, 0, ["Right", "Attested"]).unwrap();
    ws.write_row(1, 0, ["forced_labour", "Yes"]).unwrap();
    let ws = wb.add_worksheet().set_name("PlacesOfWork").unwrap();
    ws.write_row(0, 0, ["Site ID", "Site name", "Role", "Goods", "Address", "City", "Country", "Region"]).unwrap();
    for r in 1..=6u32 {
        ws.write_row(
            r,
            0,
            [format!("S{r}"), "Plant".into(), "manufacturing".into(), "gloves".into(), "1 Rd".into(), "Town".into()],
        )
        .unwrap();
    }
    ws.merge_range(1, 6, 3, 6, "Malaysia", &Format::new()).unwrap();
    ws.merge_range(4, 6, 5, 6, "Viet Nam", &Format::new()).unwrap();
    ws.write_string(6, 6, "CN").unwrap();
    ws.merge_range(1, 7, 6, 7, "Xinjiang", &Format::new()).unwrap();
    let d = read("m.xlsx", &wb.save_to_buffer().unwrap()).unwrap().declaration;
    let countries: Vec<&str> = d.places_of_work.iter().map(|p| p.country.as_str()).collect();
    assert_eq!(countries, vec!["MY", "MY", "MY", "VN", "VN", "CN"]);
    assert!(d.places_of_work.iter().all(|p| p.region.as_deref() == Some("Xinjiang")));
}

#[test]
fn a_merge_that_would_give_one_value_to_two_fields_is_refused_naming_it() {
    let across = workbook(false, |wb| {
        wb.worksheet_from_name("PlacesOfWork").unwrap().merge_range(1, 1, 1, 2, "Rope works", &Format::new()).unwrap();
    });
    let issues = errors(read("m.xlsx", &across));
    assert!(issues.iter().any(|i| i.location == "PlacesOfWork!B2:C2" && i.message_fr.contains("Rôle")), "{issues:?}");
    let heading = workbook(false, |wb| {
        wb.worksheet_from_name("PlacesOfWork").unwrap().merge_range(0, 6, 2, 6, "Country", &Format::new()).unwrap();
    });
    assert!(places(&errors(read("m.xlsx", &heading))).contains(&"PlacesOfWork!G1:G3"));
    let form = workbook(false, |wb| {
        wb.worksheet_from_name("Supplier").unwrap().merge_range(1, 1, 2, 1, "CA", &Format::new()).unwrap();
    });
    assert!(places(&errors(read("m.xlsx", &form))).contains(&"Supplier!B2:B3"));
}

#[test]
fn dates_must_be_unambiguous_and_plausible() {
    for (typed, ok) in [
        ("2026-03-31", true),
        ("2026-03-31T00:00:00", true),
        ("31/03/2026", false),
        ("03/04/2026", false),
        ("2026-3-31", false),
        ("2026-03-31 (signed)", false),
        ("1899-12-31", false),
        ("1989-12-31", false),
        ("2999-01-01", false),
        ("31 mars 2026", false),
    ] {
        let bytes = workbook(false, |wb| {
            wb.worksheet_from_name("Supplier").unwrap().write_string(2, 1, typed).unwrap();
        });
        match read("d.xlsx", &bytes) {
            Ok(p) => assert!(ok, "{typed} accepted as {}", p.declaration.supplier.declaration_date),
            Err(issues) => {
                assert!(!ok, "{typed}: {issues:?}");
                assert_eq!(places(&errors(Err(issues))), vec!["Supplier!B3"], "{typed}");
            }
        }
    }
    // A date cell holding a spreadsheet's day zero is how an empty or uncalculated date arrives.
    let bytes = workbook(false, |wb| {
        let fmt = Format::new().set_num_format("yyyy-mm-dd");
        wb.worksheet_from_name("Supplier").unwrap().write_number_with_format(2, 1, 0.0, &fmt).unwrap();
    });
    let issues = errors(read("d.xlsx", &bytes));
    assert_eq!(places(&issues), vec!["Supplier!B3"]);
    assert!(issues[0].message_en.contains("plausible"), "{issues:?}");
}

#[test]
fn numbers_typed_as_text_are_read_alike_whoever_typed_them_or_refused_when_ambiguous() {
    use super::parse::decimal;
    for (typed, comma, want) in [
        ("1250", false, Ok(1250.0)),
        ("1 250,50", false, Ok(1250.5)),
        ("1\u{202f}250,50", false, Ok(1250.5)),
        ("1,250.50", false, Ok(1250.5)),
        ("1.250,50", false, Ok(1250.5)),
        ("12,5", false, Ok(12.5)),
        ("0,125", false, Ok(0.125)),
        ("1,250,000", false, Ok(1_250_000.0)),
        ("1,250", false, Err(true)),
        ("1,250", true, Ok(1.25)),
        ("12.5", true, Ok(12.5)),
        // A point before exactly three digits is a thousands separator to a European reader (and surely one where
        // the sheet uses the decimal comma): ambiguous too.
        ("1.250", false, Err(true)),
        ("1.250", true, Err(true)),
        ("165.000", false, Err(true)),
        ("0.125", false, Ok(0.125)),
        ("1.2500", false, Ok(1.25)),
        ("1,25,0", false, Err(false)),
        ("1.2.3", false, Err(false)),
        ("12a", false, Err(false)),
        ("", false, Err(false)),
        (",", false, Err(false)),
        ("-3", false, Ok(-3.0)),
        ("٣", false, Err(false)),
    ] {
        assert_eq!(decimal(typed, comma), want, "{typed:?} (decimal comma {comma})");
    }
    // In JSON a number is a JSON number: one written as text is refused as text, ambiguous or not (a JSON producer
    // has no locale to guess).
    for typed in ["165,000", "165.000", "165 000,50"] {
        let j = json_doc(|v| v["goods"][0]["value_cad"] = json!(typed));
        let issues = errors(read("n.json", &j));
        assert_eq!(places(&issues), vec!["/goods/0/value_cad"], "{typed}");
        assert!(issues[0].message_en.contains(&format!("a text (\"{typed}\")")), "{issues:?}");
    }
    // In a `;`-separated CSV (decimal comma), `12.500` workers is twelve thousand five hundred to its writer.
    let zip = french_csv_zip("87,5");
    let zip = patch_zip(&zip, "LieuxDeTravail.csv", |csv| csv.replacen(";1 200;", ";12.500;", 1));
    let issues = errors(read("n.zip", &zip));
    assert!(
        issues.iter().any(|i| i.location.starts_with("LieuxDeTravail!") && i.message_en.contains("ambiguous")),
        "{issues:?}"
    );
    let j = json_doc(|v| v["goods"][0]["value_cad"] = json!(165_000.5));
    assert_eq!(read("n.json", &j).unwrap().declaration.goods[0].value_cad, Some(165_000.5));
}

// ---- 3. File-level problems named for what they are ----

fn french_csv_zip(share: &str) -> Vec<u8> {
    zip_of(&[
        (
            "Fournisseur.csv",
            "Champ;Valeur\nDénomination sociale;Cordages Exemple, inc.\nPays;Canada\nDate de la déclaration;2026-03-31\nNom du signataire;Zoé Roy\n",
        ),
        ("Attestations.csv", "Droit;Attesté;Portée\nforced_labour;Oui;full_chain\nchild_labour;Oui;full_chain\n"),
        (
            "LieuxDeTravail.csv",
            &format!(
                "ID du lieu;Nom du lieu;Rôle;Biens;Adresse;Ville;Pays;Travailleurs;Part de la valeur %;Fournit à\nA;Usine;manufacturing;corde;1 rue;Laval;Canada;1 200;{share};\nB;Filature;processing;fil;2 rue, bureau 3;Dhaka;Bangladesh;350;12,5;A\n"
            ),
        ),
        ("Biens.csv", "Article;Valeur CAD;Produit à\nCorde;1 250 000,50;A\n"),
    ])
}

#[test]
fn a_csv_zip_saved_by_french_locale_excel_is_read_with_its_separator_and_decimal_commas() {
    let p = read("fr.zip", &french_csv_zip("87,5")).unwrap();
    let d = p.declaration;
    assert_eq!(d.supplier.legal_name, "Cordages Exemple, inc.");
    assert_eq!(d.places_of_work.len(), 2);
    assert_eq!(d.places_of_work[1].share_of_value, Some(12.5));
    assert_eq!(d.places_of_work[0].share_of_value, Some(87.5));
    assert_eq!(d.places_of_work[0].workers, Some(1200));
    assert_eq!(d.places_of_work[1].address, "2 rue, bureau 3");
    assert_eq!(d.goods[0].value_cad, Some(1_250_000.5));
    assert!(p.warnings.is_empty(), "{:?}", p.warnings);
}

#[test]
fn csv_in_legacy_and_unicode_encodings_is_decoded_and_the_encoding_named() {
    let utf8 = String::from_utf8(french_csv_zip("87,5")).unwrap_or_default();
    assert!(utf8.is_empty(), "a zip is not text");
    let sheets = [
        (
            "Fournisseur.csv",
            "Dénomination sociale;Société Générale de Câbles ltée\nPays;Canada\nDate de la déclaration;2026-03-31\nNom du signataire;Zoé Lefèvre\n",
        ),
        ("Attestations.csv", "Droit;Attesté\nforced_labour;Oui\n"),
        (
            "LieuxDeTravail.csv",
            "ID du lieu;Nom du lieu;Rôle;Biens;Adresse;Ville;Pays\nA;Usine de Fès;manufacturing;câbles;1 rue;Fès;Maroc\n",
        ),
    ];
    for (label, encode) in [
        (
            "windows-1252",
            Box::new(|s: &str| encoding_rs::WINDOWS_1252.encode(s).0.into_owned()) as Box<dyn Fn(&str) -> Vec<u8>>,
        ),
        (
            "UTF-16LE",
            Box::new(|s: &str| [0xFF, 0xFE].into_iter().chain(s.encode_utf16().flat_map(u16::to_le_bytes)).collect()),
        ),
        (
            "UTF-16BE",
            Box::new(|s: &str| [0xFE, 0xFF].into_iter().chain(s.encode_utf16().flat_map(u16::to_be_bytes)).collect()),
        ),
    ] {
        let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, body) in sheets {
            out.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
            std::io::Write::write_all(&mut out, &encode(body)).unwrap();
        }
        let bytes = out.finish().unwrap().into_inner();
        let p = read("enc.zip", &bytes).unwrap_or_else(|e| panic!("{label}: {e:?}"));
        assert_eq!(p.declaration.supplier.legal_name, "Société Générale de Câbles ltée", "{label}");
        assert_eq!(p.declaration.places_of_work[0].city, "Fès");
        assert!(
            p.warnings.iter().any(|w| w.message_en.contains(label) && w.message_fr.contains(label)),
            "{label}: {:?}",
            p.warnings
        );
    }
    // Excel's "Unicode text": UTF-16 with tabs between values.
    let tabbed = "ID du lieu\tNom du lieu\tRôle\tBiens\tAdresse\tVille\tPays\nA\tUsine\tmanufacturing\tcâbles\t1 rue\tFès\tMaroc\n";
    let bytes: Vec<u8> = [0xFF, 0xFE].into_iter().chain(tabbed.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let issues = errors(read("LieuxDeTravail.csv", &bytes));
    assert!(!places(&issues).iter().any(|p| p.starts_with("LieuxDeTravail")), "{issues:?}");
}

#[test]
fn a_stray_byte_in_a_utf8_csv_or_json_is_refused_naming_the_file_and_line_never_replaced() {
    let supplier = "Champ,Valeur\nDénomination sociale,Société Générale de Câbles ltée\nPays,Canada\nDate de la déclaration,2026-03-31\nNom du signataire,Zoé Roy\n";
    let places =
        "ID du lieu,Nom du lieu,Rôle,Biens,Adresse,Ville,Pays\nA,Usine de Fès,manufacturing,câbles,1 rue,Fès,Maroc\n";
    // A Latin-1 "é" (0xE9) typed into each line of each file in turn, with and without a byte order mark.
    for (file, body) in [("Fournisseur.csv", supplier), ("LieuxDeTravail.csv", places)] {
        for (line, text) in body.lines().enumerate() {
            for bom in ["", "\u{feff}"] {
                let at = body.lines().take(line).map(|l| l.len() + 1).sum::<usize>() + text.len() / 2;
                let at = (at..).find(|i| body.is_char_boundary(*i)).unwrap();
                let mut bad = bom.as_bytes().to_vec();
                bad.extend_from_slice(&body.as_bytes()[..at]);
                bad.push(0xE9);
                bad.extend_from_slice(&body.as_bytes()[at..]);
                let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
                for (name, content) in [
                    ("Fournisseur.csv", supplier.as_bytes()),
                    ("Attestations.csv", b"Droit,Attest\xC3\xA9\nforced_labour,Oui\n".as_slice()),
                    ("LieuxDeTravail.csv", places.as_bytes()),
                ] {
                    out.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
                    let content = if name == file { bad.as_slice() } else { content };
                    std::io::Write::write_all(&mut out, content).unwrap();
                }
                let issues = errors(read("mixed.zip", &out.finish().unwrap().into_inner()));
                let issue = issues
                    .iter()
                    .find(|i| i.location == file && i.message_en.contains("not valid UTF-8"))
                    .unwrap_or_else(|| panic!("{file} line {}: {issues:?}", line + 1));
                assert!(issue.message_en.contains(&format!("line {},", line + 1)), "{}", issue.message_en);
                assert!(issue.message_fr.contains(&format!("ligne {},", line + 1)), "{}", issue.message_fr);
                assert!(issue.message_en.contains("save the whole file as UTF-8"), "{}", issue.message_en);
                assert_french(issue);
            }
        }
    }
    // JSON: the same stray byte inside a string value.
    let doc = String::from_utf8(json_doc(|_| {})).unwrap();
    let at = doc.find("Gantex Protection").unwrap() + 3;
    let line = doc.get(..at).unwrap().matches('\n').count() + 1;
    let bytes = [&doc.as_bytes()[..at], b"\xE2", &doc.as_bytes()[at..]].concat();
    let issues = errors(read("stray.json", &bytes));
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert_eq!(issues[0].location, "stray.json");
    assert!(issues[0].message_en.contains(&format!("byte {at} (line {line},")), "{}", issues[0].message_en);
    assert_french(&issues[0]);
}

#[test]
fn a_cell_the_workbook_gives_twice_with_different_values_is_refused_naming_it() {
    for (sheet_part, sheet, cell) in
        [(PLACES_PART, "PlacesOfWork", "B2"), (PLACES_PART, "PlacesOfWork", "G2"), (SUPPLIER_PART, "Supplier", "B1")]
    {
        let base = workbook(false, |_| {});
        let twice = |other: Option<&str>| {
            patch_zip(&base, sheet_part, |xml| {
                let start = xml.find(&format!("<c r=\"{cell}\"")).unwrap();
                let end = start + xml.get(start..).unwrap().find("</c>").unwrap() + 4;
                let copy = match other {
                    Some(v) => format!("<c r=\"{cell}\" t=\"inlineStr\"><is><t>{v}</t></is></c>"),
                    None => xml.get(start..end).unwrap().to_string(),
                };
                format!("{}{copy}{}", xml.get(..end).unwrap(), xml.get(end..).unwrap())
            })
        };
        let issues = errors(read("twice.xlsx", &twice(Some("Autre valeur"))));
        let place = format!("{sheet}!{cell}");
        let issue = issues.iter().find(|i| i.location == place).unwrap_or_else(|| panic!("{place}: {issues:?}"));
        assert!(issue.message_en.contains(&format!("gives cell {cell} twice")), "{}", issue.message_en);
        assert!(issue.message_fr.contains(&format!("deux fois la cellule {cell}")), "{}", issue.message_fr);
        assert_french(issue);
        // The same value given twice changes nothing.
        read("same.xlsx", &twice(None)).unwrap();
    }
}

#[test]
fn json_with_a_byte_order_mark_and_windows_line_ends_is_read() {
    let doc = String::from_utf8(json_doc(|_| {})).unwrap().replace('\n', "\r\n");
    let bytes = [b"\xEF\xBB\xBF".as_slice(), doc.as_bytes()].concat();
    let d = read("ps.json", &bytes).unwrap().declaration;
    assert_eq!(d.supplier.legal_name, "Gantex Protection inc.");
    assert!(d.supplier.address.unwrap().contains("Québec"));
}

#[test]
fn non_finite_numbers_and_bad_escapes_in_json_are_named() {
    for (token, doc) in [
        ("NaN", String::from_utf8(json_doc(|_| {})).unwrap().replacen("1700", "NaN", 1)),
        ("Infinity", String::from_utf8(json_doc(|_| {})).unwrap().replacen("1700", "Infinity", 1)),
        ("-Infinity", String::from_utf8(json_doc(|_| {})).unwrap().replacen("1700", "-Infinity", 1)),
    ] {
        let issues = errors(read("n.json", doc.as_bytes()));
        assert_eq!(issues.len(), 1);
        assert!(issues[0].message_en.starts_with(token) && issues[0].message_en.contains("not a number"), "{issues:?}");
        assert!(issues[0].message_fr.contains("n'est pas un nombre"));
    }
    let doc = String::from_utf8(json_doc(|_| {})).unwrap().replacen("Perak Glove", "Perak \\ud800 Glove", 1);
    let issues = errors(read("s.json", doc.as_bytes()));
    assert_eq!(places(&issues), vec!["s.json"]);
    assert_french(&issues[0]);
}

#[test]
fn a_missing_column_is_reported_once_and_hides_nothing_else() {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("Supplier").unwrap();
    for (r, (k, v)) in
        [("Legal name", "X"), ("Country", "CA"), ("Declaration date", "2026-03-31"), ("Signatory name", "A")]
            .iter()
            .enumerate()
    {
        ws.write_row(r as u32, 0, [*k, *v]).unwrap();
    }
    let ws = wb.add_worksheet().set_name("Attestations").unwrap();
    ws.write_row(0, 0, ["Right", "Attested"]).unwrap();
    ws.write_row(1, 0, ["forced_labour", "Yes"]).unwrap();
    let ws = wb.add_worksheet().set_name("PlacesOfWork").unwrap();
    // No Country column; one real bad reference (S9) among good ones.
    ws.write_row(0, 0, ["Site ID", "Site name", "Role", "Goods", "Address", "City", "Supplies to"]).unwrap();
    ws.write_row(1, 0, ["S1", "Works", "manufacturing", "rope", "1 Rd", "Town", ""]).unwrap();
    ws.write_row(2, 0, ["S2", "Estate", "raw_material", "sisal", "2 Rd", "Tanga", "S1"]).unwrap();
    ws.write_row(3, 0, ["S3", "Depot", "smuggling", "rope", "3 Rd", "Port", "S9"]).unwrap();
    let ws = wb.add_worksheet().set_name("Goods").unwrap();
    ws.write_row(0, 0, ["Item", "Produced at"]).unwrap();
    ws.write_row(1, 0, ["Rope", "S1"]).unwrap();
    let issues = errors(read("x.xlsx", &wb.save_to_buffer().unwrap()));
    let mut got = places(&issues);
    got.sort_unstable();
    assert_eq!(got, vec!["PlacesOfWork", "PlacesOfWork!C4", "PlacesOfWork!G4"], "{issues:?}");
}

#[test]
fn french_messages_of_broken_files_carry_no_english() {
    let truncated = workbook(false, |_| {});
    for (name, bytes) in [
        ("cut.xlsx", truncated.get(..truncated.len() / 2).unwrap().to_vec()),
        ("bad.json", b"{\"supplier\": {\"legal_name\": \"x\",}}".to_vec()),
        ("bad.json", b"{\"supplier\": tru}".to_vec()),
        ("bad.zip", b"PK\x03\x04\x14\x00\x00\x00garbage".to_vec()),
        ("PlacesOfWork.csv", b"Site ID,Site name\n\"A,B\n".to_vec()),
    ] {
        let issues = match read(name, &bytes) {
            Ok(_) => panic!("{name} accepted"),
            Err(i) => i,
        };
        for i in issues
            .iter()
            .filter(|i| i.level == IssueLevel::Error && i.location.contains(name.split('.').next().unwrap()))
        {
            assert_french(i);
        }
    }
}

// ---- The field cases: files written the way real producers write them ----

fn corpus(path: &str) -> Vec<u8> {
    std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/corpus").join(path)).unwrap()
}

#[test]
fn each_field_case_gives_its_outcome() {
    let d = read("far-cells-xfd.xlsx", &corpus("accepted/far-cells-xfd.xlsx")).unwrap().declaration;
    assert_eq!(d.places_of_work.len(), 10);

    let d = read("csv-french-semicolon.zip", &corpus("accepted/csv-french-semicolon.zip")).unwrap().declaration;
    assert_eq!(d.places_of_work.len(), 10);
    let pkg = d.places_of_work.iter().find(|p| p.site_id.as_str() == "CN-PKG-01").unwrap();
    assert_eq!(pkg.share_of_value, Some(12.5));

    let d = read("json-with-bom.json", &corpus("accepted/json-with-bom.json")).unwrap().declaration;
    assert_eq!(d.places_of_work.len(), 10);
    assert_eq!(crate::graph::ChainGraph::build(&d.places_of_work).depth(), 4);
    assert_eq!(d.supplier.signatory_name, "Marc-André Lévesque");

    let d = read("merged-country-cells.xlsx", &corpus("accepted/merged-country-cells.xlsx")).unwrap().declaration;
    let count = |c: &str| d.places_of_work.iter().filter(|p| p.country.as_str() == c).count();
    assert_eq!((count("MY"), count("VN"), count("CN")), (3, 2, 5));

    let issues = errors(read("uncalculated-formulas.xlsx", &corpus("refused/uncalculated-formulas.xlsx")));
    let mut got = places(&issues);
    got.sort_unstable();
    assert_eq!(got, vec!["PlacesOfWork!N2", "PlacesOfWork!O2", "Supplier!B8"]);
    // Each for what it is: a formula never calculated (the date's cached 0 is day zero, not a date).
    assert!(issues.iter().all(|i| i.message_en.contains("never calculated")), "{issues:?}");
}

#[test]
fn a_million_bad_rows_cost_a_thousand_messages_and_a_count() {
    let mut sheet = String::from("Site ID,Site name,Role\n");
    for i in 0..5000 {
        sheet.push_str(&format!("S{i},Plant,smuggling\n"));
    }
    let bytes = zip_of(&[
        ("Supplier.csv", "Label,Value\nLegal name,X\nCountry,CA\nDeclaration date,2026-04-01\nSignatory name,Ng\n"),
        ("Attestations.csv", "Right,Attested\nchild_labour,Y\n"),
        ("PlacesOfWork.csv", &sheet),
    ]);
    let issues = errors(read("many.zip", &bytes));
    assert!(issues.len() <= 1002, "{}", issues.len());
    let last = issues.last().unwrap();
    assert_eq!(last.location, "many.zip");
    assert!(last.message_en.contains("more errors") && last.message_fr.contains("autres erreurs"), "{last:?}");
}

// ---- Text is handled by characters: every cell parser of the intake, on arbitrary Unicode ----

mod unicode {
    use proptest::prelude::*;

    use super::super::grid::{Budget, Cell, SheetBuilder, Style};
    use super::super::parse::{SheetRole, decimal, field_label, knows_label};
    use super::super::text_in::{decode, separator};
    use super::*;
    use crate::domain::arbitrary_text::{any_length_text, json_escaped, json_with_lone_surrogate, text};

    proptest! {
        #[test]
        fn numbers_typed_as_any_text_parse_to_finite_values_or_are_refused(s in any_length_text(), comma in any::<bool>()) {
            if let Ok(v) = decimal(&s, comma) {
                prop_assert!(v.is_finite());
                // What parses is written with ASCII digits, signs, separators and spaces only.
                prop_assert!(s.chars().all(|c| c.is_ascii_digit() || "+-.,".contains(c) || c.is_whitespace()));
            }
        }

        #[test]
        fn any_text_in_a_cell_is_text_or_the_error_it_spells(s in any_length_text()) {
            match Cell::text_or_error(s.clone()) {
                Cell::Text(t) => prop_assert_eq!(t, s),
                Cell::Error(e) => prop_assert!(
                    super::super::grid::ERROR_LITERALS.contains(&e.as_str())
                        || super::super::grid::ERROR_NAMES.iter().any(|(_, fr, others)| *fr == e || others.contains(&e.as_str()))
                ),
                other => prop_assert!(false, "{other:?}"),
            }
        }

        #[test]
        fn labels_separators_and_encodings_take_any_text(s in any_length_text()) {
            let _ = field_label(&s, true);
            let _ = knows_label(SheetRole::PlacesOfWork, &s);
            let sep = separator(&s, SheetRole::Supplier);
            prop_assert!(b",;\t|".contains(&sep));
            // UTF-8 text reads as itself, less a leading byte order mark.
            let decoded = decode(s.as_bytes()).unwrap();
            prop_assert_eq!(decoded.text.as_ref(), s.strip_prefix('\u{feff}').unwrap_or(&s));
            let (utf16, _, _) = encoding_rs::UTF_16LE.encode(&s);
            let _ = decode(&utf16);
        }

        #[test]
        fn any_text_in_any_field_of_any_carrier_is_read_or_refused_with_a_place(
            s in text(), field in 0usize..7, bn in any::<bool>(),
        ) {
            // JSON: the text (escaped as a producer would, lone surrogates aside) in one field of a declaration.
            let keys = ["legal_name", "business_number", "declaration_date", "country", "site_id", "share_of_value", "workers"];
            let key = keys[field];
            let doc = json_doc(|v| {
                let target = if field < 4 { &mut v["supplier"] } else { &mut v["places_of_work"][0] };
                target[key] = Value::String(s.clone());
            });
            let text = String::from_utf8(doc).unwrap();
            let escaped = if bn { text.replace(&serde_json::to_string(&s).unwrap(), &format!("\"{}\"", json_escaped(&s))) } else { text };
            if let Err(issues) = read("p.json", escaped.as_bytes()) {
                for i in issues.iter().filter(|i| i.level == IssueLevel::Error) {
                    prop_assert!(!i.location.is_empty() && !i.message_en.is_empty() && !i.message_fr.is_empty(), "{i:?}");
                }
            }
            // XLSX: the same text in the same field of a workbook.
            let bytes = workbook(false, |wb| {
                let (sheet, row, col) = match field {
                    0 => ("Supplier", 0, 1),
                    1 => ("Supplier", 1, 1),
                    2 => ("Supplier", 2, 1),
                    3 => ("Supplier", 3, 1),
                    4 => ("PlacesOfWork", 1, 0),
                    5 => ("PlacesOfWork", 1, 4),
                    _ => ("PlacesOfWork", 2, 6),
                };
                // XML cannot carry most control characters; a spreadsheet program would not write them either.
                let clean: String = s.chars().filter(|c| !c.is_control() || *c == '\t' || *c == '\n').collect();
                wb.worksheet_from_name(sheet).unwrap().write_string(row, col, clean).unwrap();
            });
            if let Err(issues) = read("p.xlsx", &bytes) {
                for i in issues.iter().filter(|i| i.level == IssueLevel::Error) {
                    prop_assert!(!i.location.is_empty() && !i.message_fr.is_empty(), "{i:?}");
                }
            }
        }

        #[test]
        fn a_lone_surrogate_anywhere_in_json_is_refused_naming_the_file(unit in 0xD800u16..0xE000, before in text()) {
            let doc = json_with_lone_surrogate(&before, unit, "x");
            let bytes = String::from_utf8(json_doc(|v| v["supplier"]["legal_name"] = Value::String("PLACEHOLDER".into()))).unwrap()
                .replace("\"PLACEHOLDER\"", &doc);
            let issues = errors(read("s.json", bytes.as_bytes()));
            prop_assert_eq!(places(&issues), vec!["s.json"]);
        }

        #[test]
        fn cells_anywhere_in_the_grid_cost_one_cell_each(cells in proptest::collection::vec((any::<u32>(), 0u32..16_384, text()), 0..50)) {
            let mut budget = Budget { max_rows: 1_000, max_columns: 1_000, max_cells: 1_000, text_bytes_left: 1 << 20 };
            let mut b = SheetBuilder::new("S", Style::A1);
            for (r, c, t) in &cells {
                b.push(r % 1_048_576, *c, Cell::Text(t.clone()), &mut budget).unwrap();
            }
            let sheet = b.finish(1000).unwrap();
            let filled: usize = sheet.rows().iter().map(|r| r.cells.len()).sum();
            prop_assert!(filled <= cells.len());
        }
    }
}

#[test]
fn a_cell_longer_than_a_spreadsheet_allows_is_refused_before_it_is_held() {
    for len in [300_000, 3_000_000] {
        let xml = format!(r#"<c r="B1" t="inlineStr"><is><t>{}</t></is></c>"#, "é".repeat(len));
        let bytes = set_cell_xml(&workbook(false, |_| {}), SUPPLIER_PART, "B1", &xml);
        let issues = errors(read("long.xlsx", &bytes));
        assert_eq!(places(&issues), vec!["long.xlsx"]);
        assert!(
            issues[0].message_en.contains("32,767 characters")
                && issues[0].message_fr.contains("32\u{a0}767 caractères"),
            "{issues:?}"
        );
    }
    // Excel's own longest cell passes the reader's check, and is read: then refused as longer than a legal name
    // takes, at its cell.
    let xml = format!(r#"<c r="B1" t="inlineStr"><is><t>{}</t></is></c>"#, "&amp;".repeat(32_767));
    let bytes = set_cell_xml(&workbook(false, |_| {}), SUPPLIER_PART, "B1", &xml);
    let issues = errors(read("long.xlsx", &bytes));
    assert_eq!(places(&issues), vec!["Supplier!B1"]);
    assert!(issues[0].message_en.contains("holds 32,767 characters, more than the 300"), "{issues:?}");
}

#[test]
fn wrong_values_that_other_tools_would_pick_differently_are_refused() {
    // A question answered twice (each tool keeps another answer): neither is chosen.
    let bytes = workbook(false, |wb| {
        let ws = wb.add_worksheet().set_name("DueDiligence").unwrap();
        ws.write_row(0, 0, ["Question", "Answer"]).unwrap();
        ws.write_row(1, 0, ["remediation", "No"]).unwrap();
        ws.write_row(2, 0, ["policy", "Yes"]).unwrap();
        ws.write_row(3, 0, ["remediation", "Yes"]).unwrap();
    });
    assert_eq!(places(&errors(read("dd.xlsx", &bytes))), vec!["DueDiligence!A4"]);
    // A JSON key written twice in one object.
    let doc = String::from_utf8(json_doc(|_| {})).unwrap().replacen(
        "\"workers\": 1700",
        "\"workers\": 1700, \"workers\": 99999",
        1,
    );
    assert_eq!(places(&errors(read("k.json", doc.as_bytes()))), vec!["/places_of_work/0/workers"]);
    let doc = String::from_utf8(json_doc(|_| {})).unwrap().replacen(
        "\"country\": \"Canada\"",
        "\"country\": \"Canada\", \"country\": \"Chine\"",
        1,
    );
    assert_eq!(places(&errors(read("k.json", doc.as_bytes()))), vec!["/supplier/country"]);
    // Two sheets for the sites.
    let bytes = workbook(false, |wb| {
        let ws = wb.add_worksheet().set_name("LieuxDeTravail").unwrap();
        ws.write_row(0, 0, ["ID du lieu"]).unwrap();
    });
    assert_eq!(places(&errors(read("two.xlsx", &bytes))), vec!["LieuxDeTravail"]);
    // A count merged over a group of sites would be counted once per site.
    let bytes = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(0, 8, "Workers").unwrap();
        ws.merge_range(1, 8, 2, 8, "240", &Format::new()).unwrap();
    });
    assert_eq!(places(&errors(read("m.xlsx", &bytes))), vec!["PlacesOfWork!I2:I3"]);
    // Invisible controls: NUL, BEL, a right-to-left override.
    for hidden in ["ROPE\u{0}", "Rope\u{7} works", "Rope \u{202E}skrow"] {
        let j = json_doc(|v| v["places_of_work"][0]["site_name"] = json!(hidden));
        let issues = errors(read("c.json", &j));
        assert_eq!(places(&issues), vec!["/places_of_work/0/site_name"], "{hidden:?}");
        assert!(issues[0].message_en.contains("control character"));
    }
    // One id typed two ways (É composed, and E with a combining accent) is one id.
    let j = json_doc(|v| {
        let mut twin = v["places_of_work"][0].clone();
        v["places_of_work"][0]["site_id"] = json!("CAF\u{c9}");
        twin["site_id"] = json!("CAFE\u{301}");
        v["places_of_work"].as_array_mut().unwrap().push(twin);
    });
    let issues = errors(read("nfc.json", &j));
    assert!(issues.iter().any(|i| i.message_en.contains("used twice")), "{issues:?}");
    // JSON writes what it means: 0.5 is half a per cent.
    let j = json_doc(|v| v["places_of_work"][0]["share_of_value"] = json!(0.5));
    assert_eq!(read("p.json", &j).unwrap().declaration.places_of_work[0].share_of_value, Some(0.5));
}

/// A workbook whose first place of work has `Share of value %` in I2, written with `format` (none: plain number).
fn share_workbook(value: f64, format: Option<&str>) -> Vec<u8> {
    workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(0, 8, "Share of value %").unwrap();
        match format {
            Some(f) => ws.write_number_with_format(1, 8, value, &Format::new().set_num_format(f)).unwrap(),
            None => ws.write_number(1, 8, value).unwrap(),
        };
    })
}

#[test]
fn a_workbook_share_is_scaled_only_in_a_cell_formatted_as_a_percentage() {
    let share = |bytes: &[u8]| {
        let p = read("p.xlsx", bytes).unwrap();
        // Read as written, no word but the one for a share of 1 or less written as such (`shares::all_fractions`,
        // said of a lone share too): a share that may be a fraction.
        let other = |w: &&crate::domain::Issue| w.location == "PlacesOfWork!I2" && !w.message_en.contains("1 or less");
        assert!(!p.warnings.iter().any(|w| other(&w)), "{:?}", p.warnings);
        p.declaration.places_of_work[0].share_of_value
    };
    // A plain number is the percentage as written, on both sides of 1 (no jump between 0.99 and 1).
    for v in [0.5, 0.99, 1.0, 0.35, 35.0, 100.0, 0.0] {
        assert_eq!(share(&share_workbook(v, None)), Some(v), "plain {v}");
    }
    // So is a number whose format is not a percent one, even with a `%` shown as a quoted or escaped literal
    // (a format that shows 0.5 as 1 is refused: `shown_tests`).
    for f in ["0.00", "0.0\" %\"", r"0.0\%", "General"] {
        assert_eq!(share(&share_workbook(0.5, Some(f))), Some(0.5), "format {f}");
    }
    for f in ["#,##0", r#"0" %""#, r"0\%"] {
        assert_eq!(share(&share_workbook(35.0, Some(f))), Some(35.0), "format {f}");
    }
    // A percent format (built-in 0% and 0.00%, or a custom one) stores 35 % as 0.35.
    for (f, v, want) in [("0%", 0.5, 50.0), ("0.00%", 0.355, 35.5), ("0.0%", 1.0, 100.0), ("#,##0.0 %", 0.07, 7.0)] {
        let got = share(&share_workbook(v, Some(f))).unwrap();
        assert!((got - want).abs() < 1e-9, "format {f}: {got}");
    }
    // A percent-formatted cell holding 35 shows 3500 %: refused at its cell, not read as 35.
    for (v, shows) in [(35.0, "3500%"), (1.5, "150%")] {
        let issues = errors(read("p.xlsx", &share_workbook(v, Some("0%"))));
        assert_eq!(places(&issues), vec!["PlacesOfWork!I2"], "{issues:?}");
        assert!(issues[0].message_en.contains(shows), "{issues:?}");
        assert!(issues[0].message_fr.contains("format pourcentage"), "{issues:?}");
        assert_french(&issues[0]);
    }
}

#[test]
fn an_ods_share_is_scaled_only_in_a_percentage_cell() {
    let ods = |cell: &str| {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/corpus/accepted/pandas-odfpy-en.ods");
        patch_zip(&std::fs::read(path).unwrap(), "content.xml", |xml| {
            let at = xml.find(r#"table:name="PlacesOfWork""#).unwrap();
            let (head, places) = xml.split_at(at);
            let header = r#"<table:table-cell office:value-type="string"><text:p>Share of value %</text:p></table:table-cell></table:table-row>"#;
            let places = places.replacen("</table:table-row>", "\u{1}", 1).replacen(
                "</table:table-row>",
                &format!("{cell}</table:table-row>"),
                1,
            );
            format!("{head}{}", places.replacen('\u{1}', header, 1))
        })
    };
    let share = |cell: &str| read("p.ods", &ods(cell)).unwrap().declaration.places_of_work[0].share_of_value;
    assert_eq!(share(r#"<table:table-cell office:value-type="percentage" office:value="0.35"/>"#), Some(35.0));
    assert_eq!(share(r#"<table:table-cell office:value-type="float" office:value="0.35"/>"#), Some(0.35));
    assert_eq!(share(r#"<table:table-cell office:value-type="float" office:value="1"/>"#), Some(1.0));
    let issues = errors(read("p.ods", &ods(r#"<table:table-cell office:value-type="percentage" office:value="35"/>"#)));
    assert_eq!(places(&issues), vec!["PlacesOfWork!I2"], "{issues:?}");
    assert!(issues[0].message_en.contains("3500%"), "{issues:?}");
}

#[test]
fn a_share_written_as_text_takes_one_percent_sign() {
    for (text, want) in [("35%", Some(35.0)), ("35 %", Some(35.0)), ("0.35", Some(0.35))] {
        let bytes = workbook(false, |wb| {
            let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
            ws.write_string(0, 8, "Share of value %").unwrap();
            ws.write_string(1, 8, text).unwrap();
        });
        assert_eq!(read("p.xlsx", &bytes).unwrap().declaration.places_of_work[0].share_of_value, want, "{text}");
    }
    for text in ["35%%", "35 % %", "%35%"] {
        let bytes = workbook(false, |wb| {
            let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
            ws.write_string(0, 8, "Share of value %").unwrap();
            ws.write_string(1, 8, text).unwrap();
        });
        let issues = errors(read("p.xlsx", &bytes));
        assert_eq!(places(&issues), vec!["PlacesOfWork!I2"], "{text}: {issues:?}");
    }
}

#[test]
fn a_csv_zip_missing_a_column_still_names_its_bad_reference() {
    let bytes = zip_of(&[
        (
            "Supplier.csv",
            "Label,Value\nLegal name,X Inc.\nCountry,CA\nDeclaration date,2026-04-01\nSignatory name,Ng\n",
        ),
        ("Attestations.csv", "Right,Attested\nchild_labour,Y\n"),
        (
            "PlacesOfWork.csv",
            "Site ID,Site name,Role,Goods,Address,City,Supplies to\nA,Plant,manufacturing,gloves,1 Rd,Klang,\nB,Mill,processing,latex,2 Rd,Ipoh,NOPE\n",
        ),
    ]);
    let issues = errors(read("cols.zip", &bytes));
    let mut got = places(&issues);
    got.sort_unstable();
    assert_eq!(got, vec!["PlacesOfWork", "PlacesOfWork!G3"]);
    let issues = errors(read("d.json", &json_doc(|v| v["supplier"]["declaration_date"] = json!("2026-02-30"))));
    assert!(issues[0].message_en.contains("exists"), "{issues:?}");
}

/// What a finding of the fuzzing that a valid file can hold must give: the file read cleanly, accepted or refused
/// with its messages.
const ACCEPTED_OR_REFUSED: &str = "\u{0}accepted or refused";

#[test]
fn each_finding_of_the_memory_limited_fuzzing_is_refused_cleanly() {
    // Fuzz inputs (tests/fuzz/regressions): the first byte picks the carrier, the rest is the file.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/import/regressions");
    for (name, says) in [
        // A shared-strings part declaring 2³²−1 texts made calamine reserve 103 GB and abort.
        ("xlsx-shared-strings-unique-count.xlsx", "different texts"),
        // 600 rows of 16,383 empty cells then a value: calamine stored each row from column A; the cells are now
        // read sparsely, and the file costs its 600 values (it has none of the format's sheets).
        ("ods-far-column-rows.ods", ACCEPTED_OR_REFUSED),
        // 20,000 merges over 5,000 filled rows: lending was merges × rows (identical ranges are now one, and a
        // cell covered twice is refused as damage).
        ("xlsx-merges-times-rows.xlsx", ""),
        // Repeats of 2⁶⁴−1 overflowed the walk's arithmetic.
        ("ods-rows-repeated-overflow.ods", ""),
        ("ods-columns-repeated-overflow.ods", ""),
        // A formula of 99,000 nested parentheses (cached 0): working out formulas of constants recursed once a
        // level and overflowed the stack, which aborts the process.
        ("xlsx-formula-deep-parentheses.xlsx", ""),
        ("ods-formula-deep-parentheses.ods", ""),
        // A value after a million empty rows (as rows appended to a table LibreOffice filled to its last row): past
        // the grid, so the walk left it out of its count, while calamine built the rectangle up to it (1.1 GB).
        ("ods-value-past-last-row.ods", "past the last row"),
        // An embedded text at digit position 2³²−1 in a number style built a token a position (805 MB); now a text
        // past position 30 leaves the style's text unknown.
        ("ods-embedded-text-far-position.ods", ACCEPTED_OR_REFUSED),
        // A label cell of an 8 MB quoted field: its notes were set aside once a field (a timeout); now a cell longer
        // than any label is no heading.
        ("csv-enormous-quoted-label-notes.zip", ACCEPTED_OR_REFUSED),
        // 6,000 number styles chained by their maps, each repeating every earlier one's code (1.5 GB); now a chain
        // past a format's 255 characters is not followed.
        ("ods-styles-chained-by-maps.ods", ACCEPTED_OR_REFUSED),
    ] {
        let input = std::fs::read(dir.join(name)).unwrap();
        let file = input.get(1..).unwrap();
        let started = std::time::Instant::now();
        let result = read(name, file);
        // A finding of a runaway cost (memory, time): read cleanly, accepted or refused, in far less than the
        // fuzzer's 20 s (a wide bound: the tests share the machine).
        assert!(started.elapsed() < std::time::Duration::from_secs(15), "{name}: {:?}", started.elapsed());
        if says == ACCEPTED_OR_REFUSED {
            if let Err(issues) = &result {
                assert!(issues.iter().all(|i| !i.message_en.is_empty() && !i.message_fr.is_empty()), "{name}");
            }
            continue;
        }
        let issues = errors(result);
        assert!(!issues.is_empty(), "{name}");
        assert!(issues.iter().any(|i| i.message_en.contains(says)), "{name}: {:?}", issues.get(..3));
        for i in &issues {
            assert!(!i.message_fr.is_empty() && !i.location.is_empty(), "{name}: {i:?}");
        }
    }
}

#[test]
fn overlapping_merges_are_refused_as_damage() {
    let mut bytes = workbook(false, |wb| {
        wb.worksheet_from_name("PlacesOfWork").unwrap().write_string(0, 8, "Region").unwrap();
        wb.worksheet_from_name("PlacesOfWork").unwrap().write_string(1, 8, "Perak").unwrap();
    });
    // Two ranges over the same cells (no spreadsheet program writes that; rust_xlsxwriter refuses to).
    bytes = patch_zip(&bytes, PLACES_PART, |x| {
        x.replace(
            "</sheetData>",
            r#"</sheetData><mergeCells count="2"><mergeCell ref="I2:I3"/><mergeCell ref="I2:I5"/></mergeCells>"#,
        )
    });
    let issues = errors(read("o.xlsx", &bytes));
    assert!(issues.iter().any(|i| i.message_en.contains("overlaps")), "{issues:?}");
}

/// The merged ranges of the places sheet as the sheet's check reads them on its walk.
fn merges_walked(bytes: &[u8]) -> Option<Vec<cell_values::CellRange>> {
    // Every shared string index taken as one the workbook holds: no cell is refused, the walk reads the whole part.
    let strings = cell_values::SharedStrings { count: usize::MAX, ..Default::default() };
    let styles = cell_values::NumberStyles::default();
    cell_values::check_xlsx_sheet(bytes, PLACES_PART, "PlacesOfWork", &strings, &styles, 1_000_000).merges
}

/// The merged ranges of the places sheet as calamine reads them, and as the sheet's check reads them on its walk.
fn merges_both_ways(bytes: &[u8]) -> (Option<Vec<cell_values::CellRange>>, Option<Vec<cell_values::CellRange>>) {
    let mut book: calamine::Xlsx<_> = calamine::Reader::new(std::io::Cursor::new(bytes)).unwrap();
    let calamine = book
        .merge_cells_by_sheet_name("PlacesOfWork")
        .ok()
        .map(|ds| ds.into_iter().map(|d| (d.start, d.end)).collect());
    (calamine, merges_walked(bytes))
}

#[test]
fn the_merged_ranges_read_on_the_sheets_check_are_calamines_or_left_to_it() {
    let base = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.merge_range(1, 8, 2, 8, "Perak", &Format::new()).unwrap();
        ws.merge_range(4, 10, 6, 12, "", &Format::new()).unwrap();
        ws.merge_range(7, 27, 7, 30, "", &Format::new()).unwrap();
    });
    // As a spreadsheet program writes them: read on the walk, the same ranges in the same order.
    let (calamine, walk) = merges_both_ways(&base);
    assert_eq!(calamine.as_ref().map(Vec::len), Some(3));
    assert_eq!(walk, calamine);
    let with = |merges: &str| {
        patch_zip(&base, PLACES_PART, |x| {
            let start = x.find("<mergeCells").unwrap();
            let end = x.find("</mergeCells>").unwrap() + "</mergeCells>".len();
            format!("{}{merges}{}", x.get(..start).unwrap(), x.get(end..).unwrap())
        })
    };
    // Written plainly, however the file spells its elements: the walk reads what calamine reads.
    for merges in [
        r#"<mergeCells count="2"><mergeCell ref="I2:I3"/><mergeCell ref="K5"/></mergeCells>"#,
        r#"<mergeCells><mergeCell ref="A1:XFD1048576"></mergeCell></mergeCells>"#,
        r#"<mergeCells count="1"><mergeCell/><mergeCell ref="AB12:AC12"/></mergeCells>"#,
        r#"<mergeCells/>"#,
        "",
        r#"<x:mergeCells xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:mergeCell ref="B2:C2"/></x:mergeCells>"#,
    ] {
        let (calamine, walk) = merges_both_ways(&with(merges));
        assert!(walk.is_some(), "{merges}");
        assert_eq!(walk, calamine, "{merges}");
    }
    // Anything else is left to calamine, whose reading (or refusal) stands: never a reading of the walk's own.
    for merges in [
        r#"<mergeCells><mergeCell ref="i2:i3"/></mergeCells>"#,
        r#"<mergeCells><mergeCell ref="$I$2:$I$3"/></mergeCells>"#,
        r#"<mergeCells><mergeCell ref="I2:I3:I4"/></mergeCells>"#,
        r#"<mergeCells><mergeCell ref="&#73;2:I3"/></mergeCells>"#,
        r#"<mergeCells><mergeCell ref="I02:I3"/></mergeCells>"#,
        r#"<mergeCells><mergeCell ref="I2:I1048577"/></mergeCells>"#,
        r#"<mergeCells><mergeCell ref="XFE2:XFE3"/></mergeCells>"#,
        r#"<mergeCells><mergeCell ref="I2 :I3"/></mergeCells>"#,
        r#"<mergeCells><mergeCell ref=""/></mergeCells>"#,
        r#"<mergeCells><mergeCell ref="Ⅰ2:I3"/></mergeCells>"#,
        r#"<mergeCells><mergeCell ref="I2:I3"/>"#,
    ] {
        assert_eq!(merges_walked(&with(merges)), None, "{merges}");
    }
    // A range that ends before it starts is read as written (calamine's count of its rows wraps), and refused as
    // damage naming it, in both languages, by whichever path it came (in a debug build calamine itself panics on it).
    for (merges, range) in [
        (r#"<mergeCells><mergeCell ref="I3:I2"/></mergeCells>"#, "I3:I2"),
        (r#"<mergeCells><mergeCell ref="J2:I2"/></mergeCells>"#, "J2:I2"),
        (r#"<mergeCells><mergeCell ref="B2:C2"/><mergeCell ref="K9:J4"/></mergeCells>"#, "K9:J4"),
    ] {
        let file = with(merges);
        assert!(merges_walked(&file).is_some_and(|m| m.iter().any(|(a, b)| b.0 < a.0 || b.1 < a.1)), "{merges}");
        let issues = errors(read("reversed.xlsx", &file));
        let issue = issues.iter().find(|i| i.location == format!("PlacesOfWork!{range}")).unwrap_or_else(|| {
            panic!("{merges}: {issues:?}");
        });
        assert!(issue.message_en.contains("ends before it starts"), "{issue:?}");
        assert!(issue.message_fr.contains("finit avant de commencer"), "{issue:?}");
        assert_french(issue);
    }
    // A range neither the walk nor calamine can read is refused naming it as written, in both languages.
    for (merges, written) in [
        (r#"<mergeCells><mergeCell ref="$I$2:$I$3"/></mergeCells>"#, "$I$2:$I$3"),
        (r#"<mergeCells><mergeCell ref="I2:I3:I4"/></mergeCells>"#, "I2:I3:I4"),
        (r#"<mergeCells><mergeCell ref="&#73;2:I3"/></mergeCells>"#, "&#73;2:I3"),
        (r#"<mergeCells><mergeCell ref="I2 :I3"/></mergeCells>"#, "I2 :I3"),
        (r#"<mergeCells><mergeCell ref="K:K"/></mergeCells>"#, "K:K"),
    ] {
        let issues = errors(read("unread.xlsx", &with(merges)));
        let issue =
            issues.iter().find(|i| i.location == "PlacesOfWork").unwrap_or_else(|| panic!("{merges}: {issues:?}"));
        assert!(issue.message_en.contains(&format!("“{written}”")), "{issue:?}");
        assert!(issue.message_fr.contains(&format!("«\u{a0}{written}\u{a0}»")), "{issue:?}");
        assert_french(issue);
    }
    // Two lists of merged ranges (the schema allows one; calamine reads the first, and the cells the second covers
    // would be read for values the sheet does not show): the sheet is refused as damaged, in both languages.
    for merges in [
        r#"<mergeCells><mergeCell ref="I2:I3"/></mergeCells><mergeCells><mergeCell ref="J2:J3"/></mergeCells>"#,
        r#"<mergeCells count="0"/><mergeCells count="1"><mergeCell ref="K6:K7"/></mergeCells>"#,
        r#"<mergeCells><mergeCell ref="i2:i3"/></mergeCells><mergeCells/>"#,
    ] {
        let issues = errors(read("twice.xlsx", &with(merges)));
        let issue =
            issues.iter().find(|i| i.location == "PlacesOfWork").unwrap_or_else(|| panic!("{merges}: {issues:?}"));
        assert!(issue.message_en.contains("merged ranges twice"), "{issue:?}");
        assert!(issue.message_fr.contains("deux fois"), "{issue:?}");
        assert_french(issue);
    }
    // And the sheet is read with calamine's merges whichever way they came: the value lent to the row below.
    let lent = with(r#"<mergeCells><mergeCell ref="i2:i3"/></mergeCells>"#);
    let plain = with(r#"<mergeCells><mergeCell ref="I2:I3"/></mergeCells>"#);
    assert_eq!(read("lent.xlsx", &lent).map(|p| p.declaration), read("plain.xlsx", &plain).map(|p| p.declaration));
}

// ---- A stored value is what its cell's type says, or it is refused at its cell ----

/// A workbook with a `Workers` column whose first value is the number 12 at `PlacesOfWork!I2`.
fn workbook_with_workers() -> Vec<u8> {
    workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(0, 8, "Workers").unwrap();
        ws.write_number(1, 8, 12.0).unwrap();
    })
}

#[test]
fn an_xlsx_value_that_is_not_what_its_cell_type_says_is_refused_at_its_cell() {
    let base = workbook_with_workers();
    assert_eq!(read("ok.xlsx", &base).unwrap().declaration.places_of_work[0].workers, Some(12));
    // What the format allows for a number is read as that number.
    for (v, workers) in [("12", 12), ("1E1", 10), ("+7", 7), ("4.0", 4), (".5e1", 5), ("3.", 3)] {
        for t in ["", r#" t="n""#] {
            let bytes = set_cell_xml(&base, PLACES_PART, "I2", &format!(r#"<c r="I2"{t}><v>{v}</v></c>"#));
            let d = read("n.xlsx", &bytes).unwrap_or_else(|e| panic!("{v:?}: {e:?}")).declaration;
            assert_eq!(d.places_of_work[0].workers, Some(workers), "{v:?}");
        }
    }
    // Anything else in a number cell: in a number field (`1 000` would be read as a thousand workers) and in a text
    // field alike.
    let mut cases: Vec<(&str, &str, String, &str)> = Vec::new();
    for v in [
        " 30 ", "30\n", "55,5", "1 000", "1,000", "12abc", "0x10", "infinity", "inf", "1,250.5", "12 %", "٥٥",
        "12.5.1", "e5", "−3",
    ] {
        for t in ["", r#" t="n""#] {
            cases.push((PLACES_PART, "PlacesOfWork!I2", format!(r#"<c r="I2"{t}><v>{v}</v></c>"#), "a number"));
            cases.push((SUPPLIER_PART, "Supplier!B4", format!(r#"<c r="B4"{t}><v>{v}</v></c>"#), "a number"));
        }
    }
    for v in ["INF", "-INF", "NaN", "1e400"] {
        cases.push((PLACES_PART, "PlacesOfWork!I2", format!(r#"<c r="I2"><v>{v}</v></c>"#), "not a finite number"));
    }
    for v in ["2", "yes", "-1", "0.5", "VRAI"] {
        cases.push((SUPPLIER_PART, "Supplier!B4", format!(r#"<c r="B4" t="b"><v>{v}</v></c>"#), "TRUE or FALSE"));
    }
    for v in ["abc", "-1", "99999", "1.0", "3x", "+1"] {
        cases.push((SUPPLIER_PART, "Supplier!B4", format!(r#"<c r="B4" t="s"><v>{v}</v></c>"#), "one of its texts"));
    }
    for v in ["31/03/2026", "55", "2026-02-30"] {
        cases.push((SUPPLIER_PART, "Supplier!B4", format!(r#"<c r="B4" t="d"><v>{v}</v></c>"#), "a date"));
    }
    cases.push((SUPPLIER_PART, "Supplier!B4", r#"<c r="B4" t="inlineStr"><v>Ann Roy</v></c>"#.into(), "text written"));
    cases.push((SUPPLIER_PART, "Supplier!B4", r#"<c r="B4" t="zz"><v>1</v></c>"#.into(), "unknown type"));
    // A cell without its `r` is placed as the reader places it: after the one before it in its row.
    cases.push((
        PLACES_PART,
        "PlacesOfWork!I2",
        r#"<c r="H2" t="s"><v>0</v></c><c><v>55,5</v></c>"#.into(),
        "a number",
    ));
    for (part, place, xml, says) in &cases {
        let cell = place.split('!').nth(1).unwrap();
        let bytes = if xml.starts_with(r#"<c r="H2""#) {
            // Replace the whole row's tail: H2 holds nothing in the base workbook, so its place is written anew.
            patch_zip(&base, part, |x| {
                let start = x.find(r#"<c r="I2""#).unwrap();
                let end = start + x.get(start..).unwrap().find("</c>").unwrap() + 4;
                format!("{}{xml}{}", x.get(..start).unwrap(), x.get(end..).unwrap())
            })
        } else {
            set_cell_xml(&base, part, cell, xml)
        };
        let issues = errors(read("v.xlsx", &bytes));
        assert_eq!(places(&issues), vec![*place], "{xml}: {issues:?}");
        assert!(issues[0].message_en.contains(says), "{xml}: {:?}", issues[0]);
        assert_french(&issues[0]);
    }
}

#[test]
fn an_ods_value_that_is_not_what_its_cell_type_says_is_refused_at_its_cell() {
    let row = |attrs: &str| {
        format!(
            r#"<table:table-row><table:table-cell office:value-type="string"><text:p>Note</text:p></table:table-cell><table:table-cell {attrs}/></table:table-row>"#
        )
    };
    for (attrs, says) in [
        (r#"office:value-type="float" office:value="55,5""#, "a number"),
        (r#"office:value-type="float" office:value="1 000""#, "a number"),
        (r#"office:value-type="percentage" office:value="35%""#, "a number"),
        (r#"office:value-type="currency" office:value="12$""#, "a number"),
        (r#"office:value-type="float" office:value="nan""#, "a number"),
        (r#"office:value-type="float" office:value="NaN""#, "not a finite number"),
        (r#"office:value-type="float""#, "a number"),
        (r#"office:value-type="boolean" office:boolean-value="1""#, "TRUE or FALSE"),
        (r#"office:value-type="boolean" office:boolean-value="yes""#, "TRUE or FALSE"),
        (r#"office:value-type="boolean""#, "TRUE or FALSE"),
        (r#"office:value-type="date" office:date-value="31/03/2026""#, "a date"),
        (r#"office:value-type="date" office:date-value="2026-13-01""#, "a date"),
    ] {
        let issues = errors(read("v.ods", &ods_with_rows(&row(attrs))));
        assert_eq!(issues.len(), 1, "{attrs}: {issues:?}");
        assert!(issues[0].location.starts_with("Supplier!B"), "{attrs}: {:?}", issues[0]);
        assert!(issues[0].message_en.contains(says), "{attrs}: {:?}", issues[0]);
        assert_french(&issues[0]);
    }
    // The forms the format allows pass this check (what the field makes of them is the parser's concern).
    for attrs in [
        r#"office:value-type="float" office:value="55.5""#,
        r#"office:value-type="boolean" office:boolean-value="true""#,
        r#"office:value-type="date" office:date-value="2026-03-31T00:00:00""#,
    ] {
        let issues = read("v.ods", &ods_with_rows(&row(attrs))).err().unwrap_or_default();
        assert!(!issues.iter().any(|i| i.message_en.contains("stores this cell as")), "{attrs}: {issues:?}");
    }
}

// ---- A refusal speaks our words, never a library's ----

/// Phrases of the readers' own error texts (calamine, quick-xml, zip, csv, serde_json, std's number parsers).
const LIBRARY_PHRASES: &[&str] = &[
    "Xml error",
    "xml error",
    "Parse",
    "parse",
    "Zip",
    "EOCD",
    "unrecognized",
    "Unrecognized",
    "Unexpected",
    "expected",
    "EOF",
    "Io error",
    "invalid digit",
    "Could not find",
    "at 0..",
    "trailing characters",
    "invalid type",
    "key must be a string",
    "recursion limit",
    "lone leading surrogate",
    "ParseIntError",
    "CellError",
];

fn assert_our_words(name: &str, issues: &[Issue]) {
    assert!(!issues.is_empty(), "{name} was refused with no issue");
    for i in issues {
        for phrase in LIBRARY_PHRASES {
            assert!(!i.message_en.contains(phrase), "{name}: library text `{phrase}` in English: {}", i.message_en);
            assert!(!i.message_fr.contains(phrase), "{name}: library text `{phrase}` in French: {}", i.message_fr);
        }
        assert_french(i);
    }
}

#[test]
fn broken_files_are_refused_in_our_words_never_a_librarys() {
    let xlsx = workbook(false, |_| {});
    let ods = ods_with_rows("");
    let csv_zip = french_csv_zip("87,5");
    let mut files: Vec<(String, Vec<u8>)> = Vec::new();
    for (ext, whole) in [("xlsx", &xlsx), ("ods", &ods), ("zip", &csv_zip)] {
        for cut in [10, 100, whole.len() / 3, whole.len() / 2, whole.len() - 30, whole.len() - 1] {
            files.push((format!("cut-{cut}.{ext}"), whole.get(..cut).unwrap().to_vec()));
        }
        // Bytes flipped inside the compressed data (past the first local header).
        let mut flipped = whole.clone();
        for b in flipped.iter_mut().skip(60).step_by(97).take(40) {
            *b ^= 0x5A;
        }
        files.push((format!("flipped.{ext}"), flipped));
    }
    files.push(("garbage.zip".into(), b"PK\x03\x04\x14\x00\x00\x00garbage".to_vec()));
    files.push(("eocd.xlsx".into(), b"PK\x05\x06\x00\x00\x00\x00\x01\x00".to_vec()));
    // Markup that is not XML, undefined entities, malformed numbers in attributes.
    for (part, from, to) in [
        ("xl/sharedStrings.xml", "Legal name", "Legal &bogus; name"),
        ("xl/sharedStrings.xml", "Legal name", "Legal &#xZZ; name"),
        ("xl/sharedStrings.xml", "<si>", "<si><<"),
        (SUPPLIER_PART, "<row r=\"2\"", "<row r=\"2x\""),
        (SUPPLIER_PART, "<row r=\"2\"", "<row r=\"-2\""),
        (SUPPLIER_PART, "<row r=\"2\"", "<row r=\"99999999999999999999\""),
        (SUPPLIER_PART, "<c r=\"B2\"", "<c r=\"B2x\""),
        (SUPPLIER_PART, "<c r=\"B2\"", "<c r=\"99\""),
        (SUPPLIER_PART, "</sheetData>", "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:Bx\"/></mergeCells>"),
        (SUPPLIER_PART, "</sheetData>", ""),
        ("xl/workbook.xml", "<sheets>", "<sheets><sheet name=\"x\" sheetId=\"zz\" r:id=\"rId99\"/>"),
    ] {
        files.push((format!("{from}-{to}.xlsx"), patch_zip(&xlsx, part, |x| x.replacen(from, to, 1))));
    }
    for (from, to) in [
        ("<text:p>", "<text:p><text:s text:c=\"x\"/>"),
        ("<text:p>", "<text:p>&bogus;"),
        ("<table:table-row", "<table:table-row table:number-rows-repeated=\"x\""),
        ("</office:spreadsheet>", ""),
    ] {
        files.push((format!("{from}-{to}.ods"), patch_zip(&ods, "content.xml", |x| x.replacen(from, to, 1))));
    }
    // JSON broken at many places.
    for doc in [
        r#"{"supplier": {"legal_name": "x",}}"#,
        r#"{"supplier": tru}"#,
        r#"{"supplier" {}}"#,
        r#"{"supplier": {"a": 1 "b": 2}}"#,
        r#"{"places_of_work": [1, 2,]}"#,
        "{\"supplier\": \"\u{1}\"}",
        r#"{"supplier": 1e999}"#,
        r#"{"supplier": "\uD800"}"#,
        r#"{"supplier": "\q"}"#,
        r#"{} trailing"#,
        r#"{"supplier": {"#,
        r#"{1: 2}"#,
        r#"{"supplier": -}"#,
        r#"{"supplier": 01}"#,
        r#"{"supplier": {"legal_name": 'x'}}"#,
        r#"{"places_of_work": "not a list"}"#,
        r#"{"places_of_work": [[]]}"#,
    ] {
        files.push(("bad.json".into(), doc.as_bytes().to_vec()));
    }
    let deep = format!("{{\"supplier\": {}{}}}", "[".repeat(200), "]".repeat(200));
    files.push(("deep.json".into(), deep.into_bytes()));
    files.push(("PlacesOfWork.csv".into(), b"Site ID,Site name\n\"A,B\n".to_vec()));
    for (name, bytes) in &files {
        match read(name, bytes) {
            Ok(_) => {}
            Err(issues) => assert_our_words(name, &issues),
        }
    }
}

// ---- Each refusal names its true cause ----

#[test]
fn a_part_padded_with_blank_space_is_not_a_long_cell_and_a_long_cell_is_not_padding() {
    let xlsx = workbook(false, |_| {});
    let over = Limits::default().max_cell_chars * 6 + 5000;
    for (part, from, to, says, not) in [
        (PLACES_PART, "<sheetData>", format!("<sheetData>{}", " ".repeat(over)), "blank space", "characters"),
        (
            PLACES_PART,
            "<sheetData>",
            format!("<sheetData>{}", "\r\n\t ".repeat(over / 4 + 1)),
            "blank space",
            "characters",
        ),
        ("xl/sharedStrings.xml", "Legal name", format!("Legal {} name", "x".repeat(over)), "characters", "blank space"),
        ("xl/sharedStrings.xml", "Legal name", format!("Legal {} name", " x".repeat(over / 2)), "characters", "blank"),
        (PLACES_PART, "<sheetData>", format!("<sheetData><x a=\"{}\"/>", "y".repeat(over)), "element", "characters"),
    ] {
        let bytes = patch_zip(&xlsx, part, |x| x.replacen(from, &to, 1));
        let issues = errors(read("pad.xlsx", &bytes));
        assert_eq!(issues.len(), 1, "{issues:?}");
        assert!(issues[0].message_en.contains(says) && !issues[0].message_en.contains(not), "{:?}", issues[0]);
        assert!(issues[0].message_en.contains(part), "{:?}", issues[0]);
        assert_french(&issues[0]);
    }
}

#[test]
fn an_unterminated_quote_in_a_csv_is_named_where_it_opens() {
    let header = "ID du lieu,Nom du lieu,Rôle,Biens,Adresse,Ville,Pays";
    let quoted = [
        "B,\"Atelier, nord\",manufacturing,câbles,2 rue,Fès,Maroc",
        "C,Atelier 5\" sud,manufacturing,câbles,3 rue,Fès,Maroc",
        "D,\"Dit \"\"le grand\"\"\",manufacturing,câbles,4 rue,Fès,Maroc",
    ];
    let good = format!("{header}\n{}\n", quoted.join("\n"));
    assert!(
        !errors(read("LieuxDeTravail.csv", good.as_bytes())).iter().any(|i| i.location.starts_with("LieuxDeTravail")),
        "well-quoted values are read"
    );
    // A quotation mark opened at the start of a value and never closed, in a file of 20,000 rows (all that follows
    // would otherwise be one value of some megabytes): at the first row, the middle, the last; first, middle, last
    // column; with Windows line ends too.
    let rows: Vec<String> =
        (0..20_000).map(|i| format!("S{i},Atelier {i},manufacturing,câbles,{i} rue,Fès,Maroc")).collect();
    for row in [1usize, 2, 10_000, 20_000] {
        for col in [0usize, 3, 6] {
            for eol in ["\n", "\r\n"] {
                let mut lines: Vec<String> = std::iter::once(header.to_string()).chain(rows.iter().cloned()).collect();
                let mut fields: Vec<String> = lines[row].split(',').map(str::to_string).collect();
                fields[col] = format!("\"{}", fields[col]);
                lines[row] = fields.join(",");
                let text = lines.join(eol) + eol;
                let issues = errors(read("LieuxDeTravail.csv", text.as_bytes()));
                let ours: Vec<&Issue> = issues.iter().filter(|i| i.location.starts_with("LieuxDeTravail")).collect();
                assert_eq!(ours.len(), 1, "{:?}", ours.get(..3));
                assert_eq!(ours[0].location, grid::a1_place("LieuxDeTravail", row, col), "{:?}", ours[0]);
                assert!(ours[0].message_en.contains("never closed"), "{:?}", ours[0]);
                assert!(ours[0].message_en.contains(&format!("line {}", row + 1)), "{:?}", ours[0]);
                assert!(ours[0].message_fr.contains(&format!("ligne {}", row + 1)), "{:?}", ours[0]);
                assert_french(ours[0]);
            }
        }
    }
    // In a zip too.
    let text = format!("{header}\nA,\"Usine,manufacturing,câbles,1 rue,Fès,Maroc\n");
    let issues = errors(read("q.zip", &zip_of(&[("LieuxDeTravail.csv", &text)])));
    assert!(
        issues.iter().any(|i| i.location == "LieuxDeTravail!B2" && i.message_en.contains("never closed")),
        "{issues:?}"
    );
}

// ---- An encoding that cannot be read is named once ----

fn zip_of_bytes(files: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, body) in files {
        out.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
        std::io::Write::write_all(&mut out, body).unwrap();
    }
    out.finish().unwrap().into_inner()
}

const FRENCH_SHEETS: [(&str, &str); 3] = [
    (
        "Fournisseur.csv",
        "Dénomination sociale,Société Générale de Câbles ltée\nPays,Canada\nDate de la déclaration,2026-03-31\nNom du signataire,Zoé Lefèvre\n",
    ),
    ("Attestations.csv", "Droit,Attesté\nforced_labour,Oui\n"),
    (
        "LieuxDeTravail.csv",
        "ID du lieu,Nom du lieu,Rôle,Biens,Adresse,Ville,Pays\nA,Usine de Fès,manufacturing,câbles,1 rue,Fès,Maroc\nB,Atelier Hôtel-Dieu,manufacturing,câbles,2 rue,Québec,Canada\n",
    ),
];

#[test]
fn utf32_is_refused_once_naming_it_with_or_without_a_byte_order_mark() {
    let utf32 = |s: &str, le: bool, bom: bool| -> Vec<u8> {
        let bom = if bom { Some('\u{feff}') } else { None };
        bom.into_iter()
            .chain(s.chars())
            .flat_map(|c| if le { u32::from(c).to_le_bytes() } else { u32::from(c).to_be_bytes() })
            .collect()
    };
    for le in [true, false] {
        for bom in [true, false] {
            let files: Vec<(&str, Vec<u8>)> = FRENCH_SHEETS.iter().map(|(n, s)| (*n, utf32(s, le, bom))).collect();
            let issues = errors(read("u32.zip", &zip_of_bytes(&files)));
            assert_eq!(issues.len(), 3, "one per file: {issues:?}");
            assert!(issues.iter().all(|i| i.message_en.contains("UTF-32") && i.message_fr.contains("UTF-32")));
            assert!(issues.iter().all(|i| i.location.ends_with(".csv")), "{issues:?}");
            // A lone CSV, ASCII only (valid UTF-8 byte for byte, a NUL after each letter), and JSON.
            let issues = errors(read("LieuxDeTravail.csv", &utf32("Site ID,Site name\nA,B\n", le, bom)));
            assert_eq!(issues.len(), 1, "{issues:?}");
            assert!(issues[0].message_en.contains("UTF-32"), "{issues:?}");
            let issues = errors(read("d.json", &utf32("{\"supplier\": {}}", le, bom)));
            assert_eq!(issues.len(), 1, "{issues:?}");
            assert!(issues[0].message_en.contains("UTF-32"), "{issues:?}");
        }
    }
    // UTF-16 of ASCII letters only, without a byte order mark, is valid UTF-8 too (a NUL after each letter): read as
    // UTF-16, not as NULs in every cell.
    for le in [true, false] {
        let files: Vec<(&str, Vec<u8>)> = [("Attestations.csv", "Right,Attested\nforced_labour,Yes\n")]
            .iter()
            .map(|(n, s)| {
                (*n, s.encode_utf16().flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() }).collect())
            })
            .collect();
        let issues = read("u16.zip", &zip_of_bytes(&files)).err().unwrap();
        assert!(!issues.iter().any(|i| i.location.starts_with("Attestations!")), "{issues:?}");
    }
}

#[test]
fn control_characters_each_beside_a_nul_are_read_as_the_utf8_they_are_not_as_utf16() {
    // Valid UTF-8 whose every other byte is a NUL reads as UTF-16 only when the other bytes are text: U+0001 … U+001F
    // beside NULs, in either order and any length from eight characters, are no text in either reading and stay the
    // bytes as written.
    for unit in [1u8, 2, 7, 0x1B, 0x1F] {
        for n in [8usize, 9, 100, 1_000, 3_000] {
            for le in [true, false] {
                let pair = if le { [unit, 0] } else { [0, unit] };
                let bytes: Vec<u8> = pair.iter().copied().cycle().take(2 * n).collect();
                let decoded = super::text_in::decode(&bytes).unwrap();
                assert_eq!(decoded.text.as_bytes(), bytes.as_slice(), "{unit:#x} × {n}, le {le}");
                assert_eq!(decoded.encoding, None, "{unit:#x} × {n}, le {le}");
            }
        }
    }
    // UTF-16 of ASCII text without a byte order mark, spaces, tabs and line ends among it, is still UTF-16.
    for text in ["Site ID,Site name\r\nA,B\r\n", "Right\tAttested\nforced_labour\tYes\n", "ABCDEFGH"] {
        for le in [true, false] {
            let bytes: Vec<u8> =
                text.encode_utf16().flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() }).collect();
            let decoded = super::text_in::decode(&bytes).unwrap();
            assert_eq!(decoded.text, text, "{text:?}, le {le}");
            assert_eq!(decoded.encoding, Some(if le { "UTF-16LE" } else { "UTF-16BE" }), "{text:?}");
        }
    }
}

#[test]
fn a_legacy_guess_that_reads_into_characters_no_one_types_is_refused_once_naming_the_encoding() {
    // Mac OS Roman: é is 0x8E (Ž in Windows-1252), è 0x8F and ç 0x8D (control characters there), ô 0x99 (™).
    let files: Vec<(&str, Vec<u8>)> =
        FRENCH_SHEETS.iter().map(|(n, s)| (*n, encoding_rs::MACINTOSH.encode(s).0.into_owned())).collect();
    let issues = errors(read("mac.zip", &zip_of_bytes(&files)));
    assert_eq!(issues.len(), 3, "one per file, none per cell: {issues:?}");
    for i in &issues {
        assert!(i.location.ends_with(".csv"), "{i:?}");
        assert!(i.message_en.contains("Mac OS Roman") && i.message_en.contains("windows-1252"), "{i:?}");
        assert!(i.message_fr.contains("Mac OS Roman"), "{i:?}");
        assert_french(i);
    }
    // Other words typed on a Mac, each alone in a file.
    for word in ["Hôtel", "Montréal", "Lévis", "Trois-Rivières", "Façade", "Saint-Jérôme", "Gaspé"] {
        let text = format!("ID du lieu,Nom du lieu\nA,{word}\n");
        let bytes = encoding_rs::MACINTOSH.encode(&text).0.into_owned();
        let issues = errors(read("LieuxDeTravail.csv", &bytes));
        assert!(issues.iter().any(|i| i.message_en.contains("Mac OS Roman")), "{word}: {issues:?}");
        assert!(!issues.iter().any(|i| i.location.starts_with("LieuxDeTravail!")), "{word}: {issues:?}");
    }
    // Windows-1252 with the characters that do stand inside words (œ, the typographic apostrophe) is read.
    let text = "ID du lieu,Nom du lieu,Rôle,Biens,Adresse,Ville,Pays\nA,Cœur d’usine Société Générale,manufacturing,câbles,1 rue,Québec,Canada\n";
    let mut files: Vec<(&str, Vec<u8>)> =
        FRENCH_SHEETS.iter().map(|(n, s)| (*n, encoding_rs::WINDOWS_1252.encode(s).0.into_owned())).collect();
    files[2].1 = encoding_rs::WINDOWS_1252.encode(text).0.into_owned();
    let p = read("w.zip", &zip_of_bytes(&files)).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(p.declaration.places_of_work[0].site_name, "Cœur d’usine Société Générale");
}

/// A CSV zip whose PlacesOfWork file is `places`.
fn csv_places(places: &str) -> Vec<u8> {
    zip_of(&[
        ("Supplier.csv", "Legal name,CSV Inc.\nCountry,MY\nDeclaration date,2026-04-01\nSignatory name,Ng\n"),
        ("Attestations.csv", "Right,Attested,Scope\nchild_labour,Y,supplier\n"),
        ("PlacesOfWork.csv", places),
    ])
}

#[test]
fn a_csv_line_whose_values_do_not_line_up_with_the_header_is_refused_at_its_line() {
    let header = "Site ID,Site name,Role,Goods,Address,City,Country,Workers";
    let good = "G1,Glove plant,manufacturing,nitrile gloves,Jalan 1,Klang,Malaysia,40";
    for (line, place, en, fr) in [
        // Long: a value past the header would be dropped.
        (
            "G2,Mill,processing,yarn,Road 2,Ipoh,Malaysia,40,12",
            "PlacesOfWork!I3",
            "has 9 fields while the header has 8: a value past the header's last field",
            "a 9 champs alors que l'en-tête en a 8\u{a0}: une valeur après le dernier champ",
        ),
        ("G2,Mill,processing,yarn,Road 2,Ipoh,Malaysia,40,,,x", "PlacesOfWork!K3", "has 11 fields", "a 11 champs"),
        // Another separator: the whole line in one cell.
        (
            "G2;Mill;processing;yarn;Road 2;Ipoh;Malaysia;40",
            "PlacesOfWork!B3",
            "with semicolons, while the file uses commas",
            "par des points-virgules, alors que le fichier utilise des virgules",
        ),
        (
            "G2\tMill\tprocessing\tyarn\tRoad 2\tIpoh\tMalaysia\t40",
            "PlacesOfWork!B3",
            "with tabs",
            "par des tabulations",
        ),
    ] {
        // Line ends of either kind: the line is counted the same.
        for end in ["\n", "\r\n"] {
            let issues = errors(read("d.zip", &csv_places(&format!("{header}{end}{good}{end}{line}{end}"))));
            assert!(issues[0].message_en.contains("Line 3"), "{line}: {:?}", issues[0]);
        }
        let issues = errors(read("d.zip", &csv_places(&format!("{header}\n{good}\n{line}\n"))));
        assert_eq!(places(&issues), vec![place], "{line}: {issues:?}");
        assert!(issues[0].message_en.contains(en), "{line}: {:?}", issues[0]);
        assert!(issues[0].message_fr.contains(fr), "{line}: {:?}", issues[0]);
        assert!(issues[0].message_en.contains("Line 3"), "{line}: {:?}", issues[0]);
        assert_french(&issues[0]);
    }
    // Lines and their header padded alike, blank lines, and a line short of its last (empty) fields as Excel writes
    // it are read.
    for text in [
        format!("{header},,\n{good},,\n"),
        format!("{header}\n\n{good}\n,,,,,,,,\n"),
        format!("{header}\n{good}\nG2,Mill,processing,yarn,Road 2,Ipoh,Malaysia\n"),
    ] {
        let p = read("d.zip", &csv_places(&text)).unwrap_or_else(|e| panic!("{text}: {e:?}"));
        assert_eq!(p.declaration.places_of_work[0].workers, Some(40), "{text}");
    }
    // A line padded past a header that is not (even the file's one line): shifted, refused.
    let issues = errors(read("d.zip", &csv_places(&format!("{header}\n{good},,,\n"))));
    assert_eq!(places(&issues), vec!["PlacesOfWork!I2"], "{issues:?}");
    assert!(issues[0].message_en.contains("has 11 fields while the header has 8"), "{:?}", issues[0]);
}

#[test]
fn a_mac_os_roman_csv_is_refused_whatever_legacy_encoding_it_is_guessed_to_be() {
    let names = [
        "Ålesund",
        "Peña",
        "Müller",
        "Øresund",
        "São Paulo",
        "Köln",
        "Martínez",
        "Zürich",
        "Bragança",
        "Cañón",
        "Göteborg",
        "Jönköping",
        "Århus",
        "Ibáñez",
    ];
    for name in names {
        let text = format!("Site ID,Site name\nA,{name}\n");
        let bytes = encoding_rs::MACINTOSH.encode(&text).0.into_owned();
        let issues = errors(read("PlacesOfWork.csv", &bytes));
        assert!(
            issues.iter().any(|i| i.location == "PlacesOfWork.csv" && i.message_en.contains("save it as UTF-8")),
            "{name}: {issues:?}"
        );
        assert!(!issues.iter().any(|i| i.location.starts_with("PlacesOfWork!")), "{name}: {issues:?}");
    }
    // The same names in Windows-1252 or UTF-8 are read as written.
    let header = "Site ID,Site name,Role,Goods,Address,City,Country\n";
    let supplier = "Legal name,CSV Inc.\nCountry,MY\nDeclaration date,2026-04-01\nSignatory name,Ng\n";
    for name in names {
        let text = format!("{header}A,Plant,manufacturing,gloves,1 Road,{name},Malaysia\n");
        for bytes in [encoding_rs::WINDOWS_1252.encode(&text).0.into_owned(), text.clone().into_bytes()] {
            let files: Vec<(&str, Vec<u8>)> = vec![
                ("Supplier.csv", supplier.as_bytes().to_vec()),
                ("Attestations.csv", b"Right,Attested,Scope\nchild_labour,Y,supplier\n".to_vec()),
                ("PlacesOfWork.csv", bytes),
            ];
            let p = read("w.zip", &zip_of_bytes(&files)).unwrap_or_else(|e| panic!("{name}: {e:?}"));
            assert_eq!(p.declaration.places_of_work[0].city, name);
        }
    }
}

/// A CSV written in DOS code page 850 (the Windows console's, still what some accounting exports write) is refused
/// once, never read as Windows-1252 with Latin-1 symbols inside words (`Peña` → `Pe¤a`, `León` → `Le¢n`).
#[test]
fn a_dos_code_page_850_csv_is_refused_not_read_with_symbols_inside_words() {
    // Code page 850's bytes for the letters used below (IBM's table).
    let cp850 = |text: &str| -> Vec<u8> {
        text.chars()
            .map(|c| match c {
                'á' => 0xA0,
                'í' => 0xA1,
                'ó' => 0xA2,
                'ú' => 0xA3,
                'ñ' => 0xA4,
                'Ñ' => 0xA5,
                'é' => 0x82,
                'ü' => 0x81,
                'ö' => 0x94,
                'ç' => 0x87,
                'Å' => 0x8F,
                c => u8::try_from(c).unwrap(),
            })
            .collect()
    };
    for name in ["Peña", "León", "Núñez", "Ibáñez", "Martínez", "Müller", "Köln", "Bragança", "Ålesund", "Castaño"]
    {
        let text = format!("Site ID,Site name\nA,{name} Textil\n");
        let issues = errors(read("PlacesOfWork.csv", &cp850(&text)));
        assert!(
            issues.iter().any(|i| i.location == "PlacesOfWork.csv" && i.message_en.contains("save it as UTF-8")),
            "{name}: {issues:?}"
        );
    }
    // Latin-1 symbols where they are written stay read: a price, a degree, a Catalan middle dot.
    let header = "Site ID,Site name,Role,Goods,Address,City,Country\n";
    let supplier = "Legal name,CSV Inc.\nCountry,ES\nDeclaration date,2026-04-01\nSignatory name,Puig\n";
    for city in ["Sant Adrià de Besòs", "Col·legi 25°C", "Talla ½ A", "Señor © 2026"] {
        let text = format!("{header}A,Plant,manufacturing,gloves,1 Road,{city},Spain\n");
        let files: Vec<(&str, Vec<u8>)> = vec![
            ("Supplier.csv", supplier.as_bytes().to_vec()),
            ("Attestations.csv", b"Right,Attested,Scope\nchild_labour,Y,supplier\n".to_vec()),
            ("PlacesOfWork.csv", encoding_rs::WINDOWS_1252.encode(&text).0.into_owned()),
        ];
        let p = read("w.zip", &zip_of_bytes(&files)).unwrap_or_else(|e| panic!("{city}: {e:?}"));
        assert_eq!(p.declaration.places_of_work[0].city, city);
    }
}

#[test]
fn a_refusal_says_its_cause_in_words_people_use() {
    // A whole number beyond the largest count is too large, not "not a whole number".
    for n in [json!(1e30), json!(5_000_000_000u64), json!(1e12)] {
        let j = json_doc(|v| v["places_of_work"][0]["workers"] = n.clone());
        let issues = errors(read("w.json", &j));
        assert!(
            issues.iter().any(|i| i.message_en.contains("too large") && i.message_fr.contains("trop grand")),
            "{n}: {issues:?}"
        );
        assert!(!issues.iter().any(|i| i.message_en.contains("not a whole number")), "{n}: {issues:?}");
    }
    // Sizes are written in binary units, not in raw bytes.
    assert_eq!(size_words(536_870_912), ("512 MiB".to_string(), "512\u{a0}Mio".to_string()));
    assert_eq!(size_words(25 * 1024 * 1024 + 512 * 1024), ("25.5 MiB".to_string(), "25,5\u{a0}Mio".to_string()));
    assert_eq!(size_words(64 * 1024), ("64 KiB".to_string(), "64\u{a0}Kio".to_string()));
    assert_eq!(size_words(100), ("100 bytes".to_string(), "100\u{a0}octets".to_string()));
    let limits = Limits { max_file_bytes: 2 * 1024 * 1024, ..Limits::default() };
    let issues = errors(read_declaration("big.json", &vec![b' '; 3 * 1024 * 1024], &limits));
    assert!(issues[0].message_en.contains("2 MiB") && issues[0].message_fr.contains("2\u{a0}Mio"), "{issues:?}");
    // A JSON text value too long is a text value, not a cell.
    let j = json_doc(|v| v["places_of_work"][0]["site_name"] = json!("x".repeat(40_000)));
    let issues = errors(read("t.json", &j));
    assert!(issues.iter().any(|i| i.message_en.starts_with("The text value holds more than")), "{issues:?}");
    assert!(!issues.iter().any(|i| i.message_en.contains("cell")), "{issues:?}");
    // Entities declared in a part of the workbook: the cause is the declaration.
    let bytes = workbook(false, |_| {});
    let bytes = patch_zip(&bytes, SUPPLIER_PART, |xml| {
        xml.replacen("<worksheet", "<!DOCTYPE w [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]><worksheet", 1)
            .replacen(
                "</sheetData>",
                "<row r=\"40\"><c r=\"A40\" t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData>",
                1,
            )
    });
    let issues = errors(read("e.xlsx", &bytes));
    assert!(issues.iter().any(|i| i.message_en.contains("entity declaration")), "{issues:?}");
}

#[test]
fn a_number_cell_refused_for_its_white_space_shows_the_value_as_stored() {
    let base = workbook_with_workers();
    for (v, shown) in [(" 1200 ", "“ 1200 ”"), ("1200\t", "“1200 ”"), ("\n75", "“ 75”")] {
        let bytes = set_cell_xml(&base, PLACES_PART, "I2", &format!(r#"<c r="I2"><v>{v}</v></c>"#));
        let issues = errors(read("n.xlsx", &bytes));
        assert_eq!(places(&issues), vec!["PlacesOfWork!I2"], "{v:?}: {issues:?}");
        assert!(issues[0].message_en.contains(shown), "{v:?}: {:?}", issues[0]);
        assert!(issues[0].message_en.contains("white space before or after"), "{v:?}: {:?}", issues[0]);
        assert!(issues[0].message_fr.contains("espaces avant ou après"), "{v:?}: {:?}", issues[0]);
    }
    // Without white space around it, the value is shown as before.
    let bytes = set_cell_xml(&base, PLACES_PART, "I2", r#"<c r="I2"><v>55,5</v></c>"#);
    let issues = errors(read("n.xlsx", &bytes));
    assert!(
        issues[0].message_en.contains("“55,5” is not")
            && issues[0].message_fr.contains("«\u{a0}55,5\u{a0}» ne correspond"),
        "{issues:?}"
    );
}

#[test]
fn a_hidden_sheet_or_hidden_rows_read_for_the_declaration_are_warned_of() {
    let base = workbook_with_workers();
    for (state, said) in [("hidden", "sheet is hidden"), ("veryHidden", "sheet is very hidden")] {
        let bytes = patch_zip(&base, "xl/workbook.xml", |xml| {
            xml.replacen(r#"<sheet name="PlacesOfWork""#, &format!(r#"<sheet name="PlacesOfWork" state="{state}""#), 1)
        });
        let p = read("h.xlsx", &bytes).unwrap();
        assert!(
            p.warnings.iter().any(|w| w.location == "PlacesOfWork" && w.message_en.contains(said)),
            "{state}: {:?}",
            p.warnings
        );
    }
    // Rows 2 (data) and 40 (nothing) hidden: only the row with values is named.
    let bytes = patch_zip(&base, PLACES_PART, |xml| {
        xml.replacen(r#"<row r="2""#, r#"<row r="2" hidden="1""#, 1).replacen(
            "</sheetData>",
            r#"<row r="40" hidden="1"/></sheetData>"#,
            1,
        )
    });
    let p = read("h.xlsx", &bytes).unwrap();
    let w: Vec<_> = p.warnings.iter().filter(|w| w.location == "PlacesOfWork").collect();
    assert_eq!(w.len(), 1, "{:?}", p.warnings);
    assert!(w[0].message_en.starts_with("Row 2 of the sheet is hidden"), "{w:?}");
    assert!(w[0].message_fr.starts_with("La ligne 2 de la feuille est masquée"), "{w:?}");
    // Nothing hidden: no warning.
    assert!(!read("h.xlsx", &base).unwrap().warnings.iter().any(|w| w.message_en.contains("hidden")));
}

#[test]
fn a_problem_on_a_hidden_row_or_sheet_says_it_is_hidden_and_where() {
    // A hidden row that repeats a visible site id: the duplicate is named with its hidden row.
    let bytes = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_row(3, 0, ["S1", "Other works", "manufacturing", "rope", "9 Rue", "Pune", "IN", ""]).unwrap();
        ws.set_row_hidden(3).unwrap();
    });
    let issues = errors(read("h.xlsx", &bytes));
    let twice: Vec<&Issue> = issues.iter().filter(|i| i.message_en.contains("used twice")).collect();
    assert_eq!(twice.len(), 1, "{issues:?}");
    assert_eq!(twice[0].location, "PlacesOfWork!A4");
    assert!(
        twice[0].message_en.contains("row 4 of the sheet “PlacesOfWork”, which is hidden"),
        "{}",
        twice[0].message_en
    );
    assert!(
        twice[0].message_fr.contains("ligne 4 de la feuille «\u{a0}PlacesOfWork\u{a0}», masquée"),
        "{}",
        twice[0].message_fr
    );
    // The visible row comes second: its message names the hidden first one.
    let bytes = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_row(3, 0, ["S1", "Other works", "manufacturing", "rope", "9 Rue", "Pune", "IN", ""]).unwrap();
        ws.set_row_hidden(1).unwrap();
    });
    let issues = errors(read("h.xlsx", &bytes));
    let twice: Vec<&Issue> = issues.iter().filter(|i| i.message_en.contains("used twice")).collect();
    assert_eq!(twice.len(), 1, "{issues:?}");
    assert_eq!(twice[0].location, "PlacesOfWork!A4");
    assert!(twice[0].message_en.contains("PlacesOfWork!A2 is on row 2"), "{}", twice[0].message_en);
    // A hidden row contradicting a visible field of the Supplier form.
    let bytes = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("Supplier").unwrap();
        ws.write_row(5, 0, ["Country*", "US"]).unwrap();
        ws.set_row_hidden(5).unwrap();
    });
    let issues = errors(read("h.xlsx", &bytes));
    assert!(
        issues.iter().any(|i| i.location.starts_with("Supplier!")
            && i.message_en.contains("row 6 of the sheet “Supplier”, which is hidden")),
        "{issues:?}"
    );
    // A hidden copy of a sheet, unread: the warning says it is hidden.
    let bytes = workbook(false, |wb| {
        let ws = wb.add_worksheet().set_name("Supplier (2)").unwrap();
        ws.write_row(0, 0, ["Legal name*", "Other Inc."]).unwrap();
        ws.set_hidden(true);
    });
    let p = read("h.xlsx", &bytes).unwrap();
    let w: Vec<&Issue> = p.warnings.iter().filter(|w| w.location == "Supplier (2)").collect();
    assert_eq!(w.len(), 1, "{:?}", p.warnings);
    assert!(w[0].message_en.contains("is hidden in the workbook"), "{}", w[0].message_en);
    assert!(w[0].message_fr.contains("est masquée dans le classeur"), "{}", w[0].message_fr);
    // A second, hidden sheet of places: the refusal says it is hidden.
    let bytes = workbook(false, |wb| {
        let ws = wb.add_worksheet().set_name("LieuxDeTravail").unwrap();
        ws.write_row(0, 0, ["ID du lieu*", "Nom du lieu*"]).unwrap();
        ws.set_hidden(true);
    });
    let issues = errors(read("h.xlsx", &bytes));
    let second: Vec<&Issue> = issues.iter().filter(|i| i.location == "LieuxDeTravail").collect();
    assert_eq!(second.len(), 1, "{issues:?}");
    assert!(second[0].message_en.contains("“LieuxDeTravail” is hidden in the workbook"), "{}", second[0].message_en);
    for i in &issues {
        assert_french(i);
    }
}

// ---- JSON values of the wrong shape, fields named, encodings of other scripts, French counts ----

fn cordages(edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut v: Value = serde_json::from_slice(&demo("cordages-nordiques-w8486.json")).unwrap();
    edit(&mut v);
    serde_json::to_vec_pretty(&v).unwrap()
}

/// Each field of the JSON carrier takes one shape: any other is refused at its JSON Pointer, naming the field (its
/// code and labels) and the shape, in both languages, and the rest of the document is still checked; never read as
/// the nearest value.
#[test]
fn a_json_value_of_another_shape_than_its_field_is_refused_at_its_pointer_never_coerced() {
    type Edit = Box<dyn Fn(&mut Value)>;
    let cases: Vec<(Edit, &str, &str)> = vec![
        (
            Box::new(|v: &mut Value| v["places_of_work"][3]["workers"] = json!([410])),
            "/places_of_work/3/workers",
            "Workers",
        ),
        (
            Box::new(|v: &mut Value| v["places_of_work"][1]["workers"] = json!("1 200")),
            "/places_of_work/1/workers",
            "Workers",
        ),
        (
            Box::new(|v: &mut Value| v["places_of_work"][2]["workers"] = json!(true)),
            "/places_of_work/2/workers",
            "Workers",
        ),
        (
            Box::new(|v: &mut Value| v["places_of_work"][0]["workers"] = json!({"n": 5})),
            "/places_of_work/0/workers",
            "Workers",
        ),
        (
            Box::new(|v: &mut Value| v["places_of_work"][4]["share_of_value"] = json!("35%")),
            "/places_of_work/4/share_of_value",
            "Share of value %",
        ),
        (
            Box::new(|v: &mut Value| v["places_of_work"][2]["site_name"] = json!(12345)),
            "/places_of_work/2/site_name",
            "Site name",
        ),
        (
            Box::new(|v: &mut Value| v["places_of_work"][1]["country"] = json!(["IN"])),
            "/places_of_work/1/country",
            "Country",
        ),
        (
            Box::new(|v: &mut Value| v["supplier"]["business_number"] = json!(842_310_575)),
            "/supplier/business_number",
            "Business number",
        ),
        (
            Box::new(|v: &mut Value| v["supplier"]["declaration_date"] = json!(20_260_331)),
            "/supplier/declaration_date",
            "Declaration date",
        ),
        (
            Box::new(|v: &mut Value| v["supplier"]["legal_name"] = json!(["Cordages"])),
            "/supplier/legal_name",
            "Legal name",
        ),
        (
            Box::new(|v: &mut Value| v["attestations"][1]["attested"] = json!("yes, mostly")),
            "/attestations/1/attested",
            "Attested",
        ),
        (Box::new(|v: &mut Value| v["attestations"][0]["attested"] = json!(1)), "/attestations/0/attested", "Attested"),
        (
            Box::new(|v: &mut Value| v["places_of_work"][3]["supplies_to"] = json!(["ROPE-IN", 7])),
            "/places_of_work/3/supplies_to/1",
            "Supplies to",
        ),
        (
            Box::new(|v: &mut Value| v["places_of_work"][3]["inputs"] = json!([["raw jute"]])),
            "/places_of_work/3/inputs/0",
            "Inputs",
        ),
        (Box::new(|v: &mut Value| v["goods"][0]["quantity"] = json!("400")), "/goods/0/quantity", "Quantity"),
        (Box::new(|v: &mut Value| v["goods"][1]["value_cad"] = json!([71_250])), "/goods/1/value_cad", "Value CAD"),
        // A yes-or-no question takes true or false; the tiers traced a number.
        (Box::new(|v: &mut Value| v["due_diligence"][0]["answer"] = json!(1)), "/due_diligence/0/answer", "Answer"),
        (
            Box::new(|v: &mut Value| v["due_diligence"][3]["answer"] = json!("maybe")),
            "/due_diligence/3/answer",
            "Answer",
        ),
        (Box::new(|v: &mut Value| v["due_diligence"][6]["answer"] = json!(true)), "/due_diligence/6/answer", "Answer"),
        (Box::new(|v: &mut Value| v["due_diligence"][6]["answer"] = json!("3")), "/due_diligence/6/answer", "Answer"),
    ];
    for (edit, pointer, field) in &cases {
        // One more fault elsewhere: it is reported too (one refused value hides nothing).
        let doc = cordages(|v| {
            edit(v);
            v["places_of_work"][0]["country"] = json!("Narnia");
        });
        let issues = errors(read("shape.json", &doc));
        let hit = issues.iter().find(|i| i.location == *pointer).unwrap_or_else(|| panic!("{pointer}: {issues:?}"));
        assert_eq!(hit.field.as_deref(), Some(*field), "{hit:?}");
        assert_eq!(field_code(hit).as_deref(), Some(field_code_of(field)), "{hit:?}");
        let fr = field_fr(hit).unwrap();
        assert!(hit.message_en.contains(&format!("“{field}”")) && hit.message_en.contains("JSON"), "{hit:?}");
        assert!(hit.message_fr.contains(&format!("«\u{a0}{fr}\u{a0}»")), "{hit:?}");
        assert_french(hit);
        assert!(issues.iter().any(|i| i.location == "/places_of_work/0/country"), "{pointer}: {issues:?}");
        // The refused value is no value: no second issue says it is missing.
        assert!(!issues.iter().any(|i| i.message_en.contains("required")), "{pointer}: {issues:?}");
    }
    // Each cause is said: a list where a number is due, a text where a number is due, a number where text is due.
    let said = |edit: Edit| errors(read("s.json", &cordages(|v| edit(v))))[0].clone();
    let list = said(Box::new(|v: &mut Value| v["places_of_work"][3]["workers"] = json!([410])));
    assert!(list.message_en.contains("a list ([410])") && list.message_fr.contains("une liste ([410])"), "{list:?}");
    let text = said(Box::new(|v: &mut Value| v["places_of_work"][3]["workers"] = json!("410")));
    assert!(text.message_en.contains("a text (\"410\")") && text.message_fr.contains("un texte"), "{text:?}");
    let number = said(Box::new(|v: &mut Value| v["supplier"]["business_number"] = json!(842_310_575)));
    assert!(number.message_en.contains("a number (842310575)"), "{number:?}");
    assert!(number.message_en.contains("double quotation marks"), "{number:?}");
    // A part of the document of the wrong shape is refused at its pointer.
    for (edit, pointer) in [
        (Box::new(|v: &mut Value| v["supplier"] = json!([v["supplier"].clone()])) as Edit, "/supplier"),
        (Box::new(|v: &mut Value| v["places_of_work"] = v["places_of_work"][0].clone()), "/places_of_work"),
        (Box::new(|v: &mut Value| v["goods"] = json!("rope")), "/goods"),
    ] {
        let issues = errors(read("p.json", &cordages(|v| edit(v))));
        assert!(issues.iter().any(|i| i.location == pointer), "{pointer}: {issues:?}");
        issues.iter().for_each(assert_french);
    }
    // Every shape as written is read: null and an empty text are no value; the declaration reads back the same.
    let p = read(
        "ok.json",
        &cordages(|v| {
            v["places_of_work"][3]["workers"] = Value::Null;
            v["places_of_work"][3]["region"] = json!("");
            v["places_of_work"][3]["supplies_to"] = json!(["ROPE-IN"]);
            v["places_of_work"][4]["inputs"] = json!("steel wire; zinc");
        }),
    )
    .unwrap();
    // A list's items may also be one text separated by `;`, as a cell writes them.
    assert_eq!(p.declaration.places_of_work[4].inputs, vec!["steel wire", "zinc"]);
    assert_eq!(p.declaration.places_of_work[3].workers, None);
    assert_eq!(p.declaration.places_of_work[3].region, None);
    assert_eq!(p.declaration.places_of_work[3].supplies_to.len(), 1);
    assert_eq!(p.declaration.due_diligence.traceability_tiers, Some(3));
}

fn field_code_of(en: &str) -> &'static str {
    match en {
        "Workers" => "workers",
        "Share of value %" => "share_of_value",
        "Site name" => "site_name",
        "Country" => "country",
        "Business number" => "business_number",
        "Declaration date" => "declaration_date",
        "Legal name" => "legal_name",
        "Attested" => "attested",
        "Supplies to" => "supplies_to",
        "Inputs" => "inputs",
        "Produced at" => "produced_at",
        "Quantity" => "quantity",
        "Value CAD" => "value_cad",
        "Answer" => "answer",
        "Signatory name" => "signatory_name",
        "City" => "city",
        "Role" => "role",
        other => panic!("no code for {other}"),
    }
}

/// Every field's code is its key in the JSON carrier, which reads back as that field.
#[test]
fn a_field_code_is_its_json_key_and_names_the_field() {
    let written = to_json(&demo_declaration("cordages-nordiques-w8486.json"));
    let mut keys = std::collections::BTreeSet::new();
    for (_, part) in written.as_object().unwrap() {
        let objects = part.as_array().cloned().unwrap_or_else(|| vec![part.clone()]);
        for o in objects {
            keys.extend(o.as_object().unwrap().keys().cloned());
        }
    }
    for key in keys {
        let issue = Issue::error("x", Some(key.as_str()), "e", "f");
        assert_eq!(field_code(&issue).as_deref(), Some(key.as_str()), "{key}");
        let label = parse::field_label(&key, false);
        assert_eq!(field_code(&Issue::error("x", Some(label.as_str()), "e", "f")).as_deref(), Some(key.as_str()));
    }
}

/// A refusal made while a file is read, before any field is known, names the field of its cell: a workbook cell
/// whose stored value is not what its type says (XLSX, ODS), an unterminated quotation mark or a short line of a CSV.
#[test]
fn a_refusal_at_a_cell_names_the_field_of_that_cell() {
    // XLSX: a table's column (Workers, under its heading), the Supplier form's row (Signatory name, by its label).
    let base = workbook_with_workers();
    for (part, cell, xml, field) in [
        (PLACES_PART, "I2", r#"<c r="I2"><v>55,5</v></c>"#, "Workers"),
        (PLACES_PART, "I2", r#"<c r="I2" t="n"><v>1 000</v></c>"#, "Workers"),
        (PLACES_PART, "I2", r#"<c r="I2"><v>INF</v></c>"#, "Workers"),
        (PLACES_PART, "F3", r#"<c r="F3" t="s"><v>99999</v></c>"#, "City"),
        (SUPPLIER_PART, "B4", r#"<c r="B4" t="b"><v>2</v></c>"#, "Signatory name"),
        (SUPPLIER_PART, "B3", r#"<c r="B3"><v>12abc</v></c>"#, "Declaration date"),
    ] {
        let issues = errors(read("v.xlsx", &set_cell_xml(&base, part, cell, xml)));
        assert_eq!(issues.len(), 1, "{xml}: {issues:?}");
        assert_eq!(issues[0].field.as_deref(), Some(field), "{xml}: {issues:?}");
        assert_eq!(field_code(&issues[0]).as_deref(), Some(field_code_of(field)));
    }
    // ODS: the Supplier form's label (an added row labelled Signatory name) and a table's heading.
    let row = |label: &str, attrs: &str| {
        format!(
            r#"<table:table-row><table:table-cell office:value-type="string"><text:p>{label}</text:p></table:table-cell><table:table-cell {attrs}/></table:table-row>"#
        )
    };
    for (label, attrs, field) in [
        ("Signatory name", r#"office:value-type="float" office:value="55,5""#, Some("Signatory name")),
        ("Nom du signataire", r#"office:value-type="boolean" office:boolean-value="1""#, Some("Signatory name")),
        ("Note", r#"office:value-type="float" office:value="1 000""#, None),
    ] {
        let issues = errors(read("v.ods", &ods_with_rows(&row(label, attrs))));
        assert_eq!(issues.len(), 1, "{attrs}: {issues:?}");
        assert_eq!(issues[0].field.as_deref(), field, "{label}: {issues:?}");
    }
    let ods = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/corpus/accepted/pandas-odfpy-en.ods"),
    )
    .unwrap();
    let text = String::from_utf8({
        let mut a = zip::ZipArchive::new(std::io::Cursor::new(&ods)).unwrap();
        let mut body = Vec::new();
        std::io::Read::read_to_end(&mut a.by_name("content.xml").unwrap(), &mut body).unwrap();
        body
    })
    .unwrap();
    // The first number cell of the Goods table (its Quantity), made malformed: named by its column's heading.
    let table = text.find("table:name=\"Goods\"").unwrap();
    let at = table + text.get(table..).unwrap().find("office:value=\"").unwrap();
    let bad =
        format!("{}office:value=\"1 2{}", text.get(..at).unwrap(), text.get(at + "office:value=\"".len()..).unwrap());
    let issues = errors(read("w.ods", &patch_zip(&ods, "content.xml", |_| bad)));
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert_eq!((issues[0].location.as_str(), issues[0].field.as_deref()), ("Goods!C2", Some("Quantity")));
    // CSV: an unterminated quotation mark opens a City, a short line lacks its Country.
    let header = "Site ID,Site name,Role,Goods,Address,City,Country\n";
    let issues =
        errors(read("PlacesOfWork.csv", format!("{header}A,Plant,manufacturing,rope,1 Road,\"Tanga,TZ\n").as_bytes()));
    assert_eq!((issues[0].location.as_str(), issues[0].field.as_deref()), ("PlacesOfWork!F2", Some("City")));
    let issues =
        errors(read("PlacesOfWork.csv", format!("{header}A,Plant,manufacturing,rope,1 Road,Tanga\n").as_bytes()));
    let short = issues.iter().find(|i| i.location.starts_with("PlacesOfWork!")).unwrap();
    assert_eq!((short.location.as_str(), short.field.as_deref()), ("PlacesOfWork!G2", Some("Country")));
    let issues = errors(read("Supplier.csv", b"Legal name,\"Rope Inc.\nCountry,CA\n"));
    assert_eq!(issues[0].field.as_deref(), Some("Legal name"), "{issues:?}");
}

/// A CSV in a legacy encoding of another script is read when its letters show the guess right, and the encoding is
/// named; one of Latin letters other than Windows-1252 (which a Western file saved on a Mac reads as too) is refused
/// once per file, naming the encoding guessed, never for a reason it does not have.
#[test]
fn a_csv_in_a_legacy_encoding_of_another_script_is_read_and_named_or_refused_once_naming_it() {
    let header = "Site ID,Site name,Role,Goods,Address,City,Country\n";
    let zip_in = |enc: &'static encoding_rs::Encoding, legal: &str, site: &str, address: &str, city: &str| {
        let encode = |s: &str| {
            let (bytes, _, unmappable) = enc.encode(s);
            assert!(!unmappable, "{} cannot write {s}", enc.name());
            bytes.into_owned()
        };
        let supplier = format!(
            "Legal name,{legal}\nCountry,CA\nDeclaration date,2026-04-01\nSignatory name,{legal}\nAddress,{address}\n"
        );
        let places = format!(
            "{header}A,{site},manufacturing,rope,{address},{city},CA\nB,{site} 2,raw_material,fibre,{address},{city},CA\n"
        );
        zip_of_bytes(&[
            ("Supplier.csv", encode(&supplier)),
            ("Attestations.csv", b"Right,Attested\nforced_labour,Yes\n".to_vec()),
            ("PlacesOfWork.csv", encode(&places)),
        ])
    };
    for (enc, names, legal, site, address, city) in [
        (
            encoding_rs::WINDOWS_1251,
            &["windows-1251"][..],
            "ООО Северные канаты",
            "Канатная фабрика Волга",
            "улица Заводская дом семь",
            "Ярославль",
        ),
        (
            encoding_rs::KOI8_R,
            &["KOI8-R", "KOI8-U"][..],
            "ООО Северные канаты",
            "Канатная фабрика Волга",
            "улица Заводская дом семь",
            "Ярославль",
        ),
        (
            encoding_rs::WINDOWS_1253,
            &["windows-1253", "ISO-8859-7"][..],
            "Σχοινιά Αιγαίου ανώνυμη εταιρεία",
            "Εργοστάσιο σχοινιών Πειραιά",
            "οδός Βιομηχανίας επτά",
            "Πειραιάς",
        ),
        (
            encoding_rs::SHIFT_JIS,
            &["Shift_JIS"][..],
            "株式会社ロープ工業",
            "大阪ロープ工場",
            "大阪市西区本町一丁目",
            "大阪市",
        ),
        (
            encoding_rs::GB18030,
            &["GB18030"][..],
            "上海绳索有限公司",
            "上海绳索厂第一车间",
            "上海市浦东新区工业路七号",
            "上海",
        ),
    ] {
        let p = read("enc.zip", &zip_in(enc, legal, site, address, city))
            .unwrap_or_else(|e| panic!("{}: {e:?}", enc.name()));
        assert_eq!(p.declaration.supplier.legal_name, legal, "{}", enc.name());
        assert_eq!(p.declaration.places_of_work[0].site_name, site, "{}", enc.name());
        assert_eq!(p.declaration.places_of_work[1].city, city, "{}", enc.name());
        for file in ["Supplier.csv", "PlacesOfWork.csv"] {
            let w =
                p.warnings.iter().find(|w| w.location == file).unwrap_or_else(|| panic!("{file}: {:?}", p.warnings));
            assert!(names.iter().any(|n| w.message_en.contains(n) && w.message_fr.contains(n)), "{w:?}");
        }
    }
    // Central European (windows-1250), Polish and Czech: refused once per file, naming the guess.
    for (legal, site, city, region) in [
        ("Zakłady Lin Łódź spółka", "Przędzalnia Żyrardów", "Łódź", ("Central European", "Europe centrale")),
        ("Továrna na lana Příbram", "Přádelna Žďár", "Příbram", ("Central European", "Europe centrale")),
    ] {
        let bytes = zip_in(encoding_rs::WINDOWS_1250, legal, site, city, city);
        let issues = errors(read("pl.zip", &bytes));
        let mut files: Vec<&str> = places(&issues);
        files.sort_unstable();
        assert_eq!(files, vec!["PlacesOfWork.csv", "Supplier.csv"], "{issues:?}");
        for i in &issues {
            assert!(i.message_en.contains("windows-1250") && i.message_en.contains(region.0), "{i:?}");
            assert!(i.message_fr.contains("windows-1250") && i.message_fr.contains(region.1), "{i:?}");
            assert!(!i.message_en.contains("yet the text is in Latin letters"), "{i:?}");
            assert!(i.message_en.contains("save it as UTF-8"), "{i:?}");
            assert_french(i);
        }
    }
}

/// The field-count refusal of a CSV line names both counts, each by its language's plural rule, in French as a
/// French reader writes it (`la ligne 7 a 21 champs alors que l'en-tête en a 19`); no refusal of a CSV, ODS or XLSX
/// file says `(s)` or an English word in French.
#[test]
fn a_csv_line_refusal_names_both_counts_in_correct_french_and_each_refusal_reads_as_french() {
    let labels = ["Site ID", "Site name", "Role", "Goods", "Address", "City", "Country"];
    let header = labels.join(",");
    let line = |values: &[&str]| format!("{header}\n{}\n", values.join(","));
    let full = ["A", "Plant", "manufacturing", "rope", "1 Road", "Tanga", "TZ"];
    // More values than labels: both counts named.
    let long: Vec<&str> = full.iter().copied().chain(["x", "y"]).collect();
    let issues = errors(read("PlacesOfWork.csv", line(&long[..]).as_bytes()));
    assert!(issues[0].message_fr.contains("La ligne 2 du fichier a 9 champs alors que l'en-tête en a 7"), "{issues:?}");
    assert!(issues[0].message_en.contains("Line 2 of the file has 9 fields while the header has 7"), "{issues:?}");
    // Fewer: read with the last fields empty, a required one then refused at its cell (as Excel writes short lines).
    let issues = errors(read("PlacesOfWork.csv", line(&full[..5]).as_bytes()));
    let at = places(&issues);
    assert!(at.contains(&"PlacesOfWork!F2") && at.contains(&"PlacesOfWork!G2"), "{issues:?}");
    assert!(!issues.iter().any(|i| i.message_en.contains("fields while")), "{issues:?}");
    // One label only, a value past it.
    let issues = errors(read("PlacesOfWork.csv", b"Site ID\nA,,x\n"));
    assert!(issues[0].message_fr.contains("a 3 champs alors que l'en-tête en a 1"), "{issues:?}");
    // Every refusal of these kinds of CSV, ODS and XLSX faults reads as French.
    let mut refused: Vec<Issue> = Vec::new();
    for bytes in [
        line(&long[..]).into_bytes(),
        line(&full[..3]).into_bytes(),
        format!("{header}\nA;Plant;manufacturing;rope;1 Road;Tanga;TZ\n").into_bytes(),
        format!("{header}\nA,\"Plant,manufacturing\n").into_bytes(),
        b"Site ID,Site name\nA,Caf\xe9 \xc3\xa9t\xc3\xa9\n".to_vec(),
        encoding_rs::MACINTOSH.encode("Site ID,Site name\nA,Müller Zürich\n").0.into_owned(),
        encoding_rs::WINDOWS_1250.encode("Site ID,Site name\nA,Łódź Żyrardów\n").0.into_owned(),
    ] {
        refused.extend(errors(read("PlacesOfWork.csv", &bytes)));
    }
    for rows in [
        r#"<table:table-row table:number-rows-repeated="1048000"><table:table-cell office:value-type="float" office:value="1"/></table:table-row>"#,
        r#"<table:table-row><table:table-cell office:value-type="float" office:value="2" table:number-columns-repeated="501"/></table:table-row>"#,
        r#"<table:table-row><table:table-cell office:value-type="string"><text:p>Note</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="31/03/2026"/></table:table-row>"#,
    ] {
        refused.extend(errors(read("v.ods", &ods_with_rows(rows))));
    }
    let base = workbook_with_workers();
    for xml in [r#"<c r="I2"><v>55,5</v></c>"#, r#"<c r="I2"><v>NaN</v></c>"#, r#"<c r="I2" t="zz"><v>1</v></c>"#] {
        refused.extend(errors(read("v.xlsx", &set_cell_xml(&base, PLACES_PART, "I2", xml))));
    }
    refused.extend(errors(read_declaration("m.xlsx", &base, &Limits { max_rows: 1, ..Limits::default() })));
    refused.extend(errors(read_declaration("m.xlsx", &base, &Limits { max_columns: 1, ..Limits::default() })));
    assert!(refused.len() >= 15, "{refused:?}");
    for i in &refused {
        assert_french(i);
        let fr = &i.message_fr;
        for wrong in ["(s)", "(x)", "(e)", " en compte ", " ;", " fields", " field ", " line "] {
            assert!(!fr.contains(wrong), "`{wrong}` in French: {fr}");
        }
        // A colon has its space before it in French text.
        let glued = fr.char_indices().any(|(k, c)| {
            c == ':'
                && fr.get(..k).and_then(|b| b.chars().last()).is_some_and(|p| p.is_alphanumeric() || p == '»')
                && fr.get(k + 1..).is_some_and(|a| a.starts_with(' '))
        });
        assert!(!glued, "a colon without its space in French: {fr}");
    }
}

// ---- JSON objects are not a table ----

/// The demo document with three sites in a chain (`P1` ← `P2` ← `P3`), each with its own number of workers.
fn three_site_doc(edit: impl FnOnce(&mut Vec<Value>)) -> Vec<u8> {
    json_doc(|v| {
        let first = v["places_of_work"][0].clone();
        let mut sites: Vec<Value> = (1..=3)
            .map(|n| {
                let mut p = first.clone();
                p["site_id"] = json!(format!("P{n}"));
                p["workers"] = json!(100 * n);
                p["supplies_to"] = if n == 1 { json!([]) } else { json!([format!("P{}", n - 1)]) };
                p
            })
            .collect();
        edit(&mut sites);
        v["places_of_work"] = Value::Array(sites);
        v["goods"] = json!([]);
    })
}

fn rename_key(obj: &mut Value, from: &str, to: &str) {
    let map = obj.as_object_mut().unwrap();
    let v = map.remove(from).unwrap();
    map.insert(to.to_string(), v);
}

#[test]
fn each_json_object_has_its_own_spelling_of_a_key_and_never_loses_the_others_values() {
    for (canonical, variants) in [
        ("workers", ["Workers", "travailleurs", "WORKERS"]),
        ("supplies_to", ["supplies-to", "Supplies to", "SUPPLIES_TO"]),
    ] {
        for variant in variants {
            for at in 0..3 {
                let bytes = three_site_doc(|sites| rename_key(&mut sites[at], canonical, variant));
                let parsed = read("j.json", &bytes).unwrap_or_else(|e| panic!("{variant} at {at}: {e:?}"));
                let d = parsed.declaration;
                let workers: Vec<_> = d.places_of_work.iter().map(|p| p.workers).collect();
                assert_eq!(workers, vec![Some(100), Some(200), Some(300)], "{variant} at {at}");
                let to: Vec<Vec<&str>> =
                    d.places_of_work.iter().map(|p| p.supplies_to.iter().map(|s| s.as_str()).collect()).collect();
                assert_eq!(to, vec![vec![], vec!["P1"], vec!["P2"]], "{variant} at {at}");
                assert!(parsed.warnings.iter().all(|w| !w.message_en.contains("twice")), "{:?}", parsed.warnings);
            }
        }
    }
    // Two spellings of one field in one object: which is meant cannot be told; the object is named.
    for at in 0..3 {
        let bytes = three_site_doc(|sites| sites[at]["travailleurs"] = json!(5));
        let issues = errors(read("j.json", &bytes));
        let pointer = format!("/places_of_work/{at}");
        let hit = issues.iter().find(|i| i.location == pointer).unwrap_or_else(|| panic!("{issues:?}"));
        assert!(hit.message_en.contains("“workers”") && hit.message_en.contains("“travailleurs”"), "{hit:?}");
        assert!(hit.message_fr.contains("Travailleurs") || hit.message_fr.contains("travailleurs"), "{hit:?}");
        assert_french(hit);
    }
}

/// The ODS demo with a Workers column in PlacesOfWork: `cells[i]` is the XML of row `i + 2`'s Workers cell (rows past
/// the list get `<table:table-cell office:value-type="float" office:value="10"/>`).
fn ods_with_workers(cells: &[&str]) -> Vec<u8> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/corpus/accepted/pandas-odfpy-en.ods");
    let ods = std::fs::read(path).unwrap();
    patch_zip(&ods, "content.xml", |xml| {
        let (head, tail) = xml.split_once("table:name=\"PlacesOfWork\"").unwrap();
        let (table, rest) = tail.split_once("</table:table>").unwrap();
        let rows: Vec<&str> = table.split("</table:table-row>").collect();
        let mut out = format!("{head}table:name=\"PlacesOfWork\"");
        for (i, row) in rows.iter().enumerate() {
            out.push_str(row);
            if i + 1 == rows.len() {
                break;
            }
            let cell = match i {
                0 => r#"<table:table-cell office:value-type="string"><text:p>Workers</text:p></table:table-cell>"#,
                n => cells
                    .get(n - 1)
                    .copied()
                    .unwrap_or(r#"<table:table-cell office:value-type="float" office:value="10"/>"#),
            };
            out.push_str(cell);
            out.push_str("</table:table-row>");
        }
        out.push_str("</table:table>");
        out.push_str(rest);
        out
    })
}

#[test]
fn an_ods_error_or_uncalculated_formula_stored_as_a_number_is_refused_never_read_as_zero() {
    let ok = read("w.ods", &ods_with_workers(&[])).unwrap().declaration;
    assert!(ok.places_of_work.iter().all(|p| p.workers == Some(10)), "{:?}", ok.places_of_work);
    let errors_shown = [
        // LibreOffice: the type of the result says error, the stored number is 0 (or anything).
        (
            r##"<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>"##,
            "#DIV/0!",
        ),
        (
            r##"<table:table-cell table:formula="of:=NA()" office:value-type="float" office:value="7" calcext:value-type="error"><text:p>#N/A</text:p></table:table-cell>"##,
            "#N/A",
        ),
        (
            r##"<table:table-cell office:value-type="percentage" office:value="0" calcext:value-type="error"><text:p>Err:502</text:p></table:table-cell>"##,
            "Err:502",
        ),
        // No calculated type, but the shown text is an error value.
        (
            r##"<table:table-cell table:formula="of:=[.A1]*2" office:value-type="float" office:value="0"><text:p>#VALUE!</text:p></table:table-cell>"##,
            "#VALUE!",
        ),
    ];
    for (row, (xml, shown)) in errors_shown.iter().enumerate() {
        // Each on the first or the second site.
        let row = row % 2;
        let mut cells = vec![r#"<table:table-cell office:value-type="float" office:value="10"/>"#; row];
        cells.push(xml);
        let issues = errors(read("e.ods", &ods_with_workers(&cells)));
        let place = format!("PlacesOfWork!I{}", row + 2);
        let hit = issues.iter().find(|i| i.location == place).unwrap_or_else(|| panic!("{shown}: {issues:?}"));
        assert!(hit.message_en.contains(shown) && hit.message_fr.contains("erreur de tableur"), "{hit:?}");
    }
    // A formula stored with 0 by a writer that did not calculate it (no calculated type).
    for formula in ["of:=1200+650", "of:=SUM([.B2:.B9])", "of:=100-30"] {
        let xml = format!(
            r#"<table:table-cell table:formula="{formula}" office:value-type="float" office:value="0"><text:p>0</text:p></table:table-cell>"#
        );
        let issues = errors(read("f.ods", &ods_with_workers(&[&xml])));
        let hit = issues.iter().find(|i| i.location == "PlacesOfWork!I2").unwrap_or_else(|| panic!("{issues:?}"));
        assert!(
            hit.message_en.contains("never calculated") && hit.message_fr.contains("jamais été calculé"),
            "{hit:?}"
        );
    }
    // A result LibreOffice calculated is its value, 0 included.
    for (xml, want) in [
        (
            r#"<table:table-cell table:formula="of:=1200+650" office:value-type="float" office:value="1850" calcext:value-type="float"><text:p>1850</text:p></table:table-cell>"#,
            1850,
        ),
        (
            r#"<table:table-cell table:formula="of:=5-5" office:value-type="float" office:value="0" calcext:value-type="float"><text:p>0</text:p></table:table-cell>"#,
            0,
        ),
    ] {
        let d = read("v.ods", &ods_with_workers(&[xml])).unwrap().declaration;
        assert_eq!(d.places_of_work[0].workers, Some(want));
    }
}

/// The CSV zip of a small declaration whose one site is in `city`, every file encoded by `encode`.
fn csv_zip_in(city: &str, encode: impl Fn(&str) -> Vec<u8>) -> Vec<u8> {
    let sheets = [
        (
            "Supplier.csv",
            "Label,Value\nLegal name,Huta Inc.\nCountry,CZ\nDeclaration date,2026-04-01\nSignatory name,Ng\n"
                .to_string(),
        ),
        ("Attestations.csv", "Right,Attested\nchild_labour,Y\n".to_string()),
        (
            "PlacesOfWork.csv",
            format!(
                "Site ID,Site name,Role,Goods,Address,City,Country\nS1,Plant,manufacturing,steel,Ulice 1,{city},CZ\n"
            ),
        ),
    ];
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, body) in sheets {
        out.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        std::io::Write::write_all(&mut out, &encode(&body)).unwrap();
    }
    out.finish().unwrap().into_inner()
}

#[test]
fn central_european_text_that_windows_1252_would_read_with_other_letters_is_refused_naming_both() {
    let cp1250 = |s: &str| encoding_rs::WINDOWS_1250.encode(s).0.into_owned();
    // Each reads as Windows-1252 with a letter changed (ř ø, ů ù, ő õ, ě ì).
    for city in ["Třinec", "Dvůr Králové", "Pécs Ősz", "Győr", "Mělník", "Skalná", "Přerov-Hůrka", "Nové Město"]
    {
        let Err(issues) = read("c.zip", &csv_zip_in(city, cp1250)) else {
            let d = read("c.zip", &csv_zip_in(city, cp1250)).unwrap().declaration;
            // Read in the right encoding (the guess was not Windows-1252): the letters are the file's.
            assert_eq!(d.places_of_work[0].city, city);
            continue;
        };
        let hit = &issues[0];
        assert!(hit.message_en.contains("windows-1250") && hit.message_fr.contains("windows-1250"), "{city}: {hit:?}");
        let named = city
            .split([' ', '-'])
            .filter(|w| !w.is_ascii())
            .any(|w| hit.message_en.contains(w) && hit.message_fr.contains(w));
        assert!(named, "{city}: {hit:?}");
        assert_french(hit);
    }
    // Western text in Windows-1252 with the letters French, Spanish and German write is still read.
    for city in ["Trois-Rivières", "Señora Müller", "Québec", "Lévis à côté", "São Paulo", "Øresund"] {
        // (In a file of French sites: one of Czech sites is read in windows-1250, the encoding its country writes.)
        let d = read("w.zip", &csv_zip_declaring("FR", "Huta", city, encoder(encoding_rs::WINDOWS_1252)))
            .unwrap_or_else(|e| panic!("{city}: {e:?}"))
            .declaration;
        assert_eq!(d.places_of_work[0].city, city);
    }
    // JSON is UTF-8: a document in a legacy encoding is refused naming it, whatever its letters.
    for (enc, city) in [(encoding_rs::WINDOWS_1250, "Třinec"), (encoding_rs::WINDOWS_1252, "Trois-Rivières")] {
        let text = String::from_utf8(json_doc(|v| v["places_of_work"][0]["city"] = json!(city))).unwrap();
        let issues = errors(read("j.json", &enc.encode(&text).0));
        assert_eq!(issues.len(), 1, "{issues:?}");
        assert!(
            issues[0].message_en.contains("not in UTF-8") && issues[0].message_fr.contains("pas en UTF-8"),
            "{issues:?}"
        );
        assert_french(&issues[0]);
    }
}

#[test]
fn a_misspelt_sheet_or_key_is_named_with_the_sheet_it_looks_like() {
    // An optional sheet misspelt: a warning naming both, in English and French; the declaration is still read.
    for (name, meant) in
        [("Good", "Goods"), ("Goods 2026", "Goods"), ("DueDilligence", "DueDiligence"), ("Bien", "Goods")]
    {
        let bytes = workbook(false, |wb| {
            wb.add_worksheet().set_name(name).unwrap().write_string(0, 0, "Item").unwrap();
        });
        let p = read("s.xlsx", &bytes).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let w = p.warnings.iter().find(|w| w.location == name).unwrap_or_else(|| panic!("{name}: {:?}", p.warnings));
        assert!(w.message_en.contains(meant) && w.message_en.contains(name), "{w:?}");
        assert!(w.message_fr.contains(name), "{w:?}");
        assert_french(w);
    }
    // Sheets no one would take for one of the format's are let be.
    for name in ["Instructions", "Lisez-moi", "Lists", "Notes"] {
        let bytes = workbook(false, |wb| {
            wb.add_worksheet().set_name(name).unwrap();
        });
        let p = read("s.xlsx", &bytes).unwrap();
        assert!(p.warnings.iter().all(|w| w.location != name), "{name}: {:?}", p.warnings);
    }
    // JSON keys likewise, at their pointer, when they hold nothing (one that holds entries is refused:
    // `names_tests::a_misspelt_part_of_a_json_document_holding_entries_is_refused_naming_the_key_to_write`).
    for (key, real, meant) in [("good", "goods", "Goods"), ("due_dilligence", "due_diligence", "DueDiligence")] {
        let bytes = json_doc(|v| {
            let m = v.as_object_mut().unwrap();
            m.remove(real);
            m.insert(key.to_string(), json!([]));
        });
        let p = read("j.json", &bytes).unwrap_or_else(|e| panic!("{key}: {e:?}"));
        let place = format!("/{key}");
        let w = p.warnings.iter().find(|w| w.location == place).unwrap_or_else(|| panic!("{key}: {:?}", p.warnings));
        assert!(w.message_en.contains(meant), "{w:?}");
    }
    // A required sheet misspelt: an error naming the key to write.
    let bytes = json_doc(|v| {
        let m = v.as_object_mut().unwrap();
        let val = m.remove("places_of_work").unwrap();
        m.insert("places_of_wrok".to_string(), val);
    });
    let issues = errors(read("j.json", &bytes));
    let e = issues.iter().find(|i| i.location == "/places_of_wrok").unwrap_or_else(|| panic!("{issues:?}"));
    assert!(
        e.message_en.contains("“places_of_work”") && e.message_fr.contains("«\u{a0}places_of_work\u{a0}»"),
        "{e:?}"
    );
}

// ---- Values that fool the reader: a sign, a stray mark, a clock, a second `@` ----

/// The one error of a refused file, with its place.
fn one_error(name: &str, bytes: &[u8]) -> Issue {
    let issues = errors(read(name, bytes));
    assert_eq!(issues.len(), 1, "{name}: {issues:?}");
    issues.into_iter().next().unwrap()
}

/// The English workbook of the tests with `value` written in column `col` of the first place of work, under
/// `heading` (`None`: a number).
fn place_cell(heading: &str, text: Option<&str>, number: f64) -> Vec<u8> {
    workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(0, 8, heading).unwrap();
        match text {
            Some(t) => ws.write_string(1, 8, t).unwrap(),
            None => ws.write_number(1, 8, number).unwrap(),
        };
    })
}

#[test]
fn a_negative_count_or_share_is_refused_as_negative_naming_what_was_read() {
    // Workbook: numbers and texts, in every numeric field of a place of work.
    for (heading, text, number, shown) in [
        ("Workers", None, -5.0, "-5"),
        ("Workers", Some("-12"), 0.0, "-12"),
        ("Workers", Some("- 3"), 0.0, "- 3"),
        ("Share of value %", None, -0.5, "-0.5"),
        ("Share of value %", Some("-5 %"), 0.0, "-5 %"),
    ] {
        let issue = one_error("n.xlsx", &place_cell(heading, text, number));
        assert_eq!(issue.location, "PlacesOfWork!I2", "{heading} {shown}");
        if shown == "- 3" {
            // Not a number at all: said so, naming what was read.
            assert!(issue.message_en.contains("“- 3” is not a number"), "{issue:?}");
            continue;
        }
        assert!(issue.message_en.contains(&format!("“{shown}” is negative")), "{issue:?}");
        assert!(issue.message_fr.contains(&format!("«\u{a0}{shown}\u{a0}» est négatif")), "{issue:?}");
        assert_french(&issue);
    }
    let issue = one_error("w.xlsx", &place_cell("Workers", None, -5.0));
    assert!(issue.message_en.contains("must be 0 or more") && issue.message_fr.contains("doit être 0 ou plus"));
    // A share over 100 is said to be over 100, with what was read, in both forms a cell takes.
    for (text, number, shown) in [(Some("150 %"), 0.0, "150 %"), (None, 150.0, "150"), (Some("100,5"), 0.0, "100,5")] {
        let issue = one_error("s.xlsx", &place_cell("Share of value %", text, number));
        assert!(issue.message_en.contains(&format!("“{shown}” is more than 100%")), "{issue:?}");
        assert!(issue.message_fr.contains(&format!("«\u{a0}{shown}\u{a0}» dépasse 100\u{a0}%")), "{issue:?}");
        assert!(issue.message_en.contains("write 35, 35% or 0.35"), "{issue:?}");
        assert!(issue.message_fr.contains("écrivez 35, 35\u{a0}% ou 0,35"), "{issue:?}");
    }
    // CSV: a negative count, and a negative value of goods.
    let issue = one_error(
        "n.zip",
        &csv_places(
            "Site ID,Site name,Role,Goods,Address,City,Country,Workers\nA,Plant,manufacturing,gloves,1 Rd,Klang,MY,-7\n",
        ),
    );
    assert_eq!(issue.location, "PlacesOfWork!H2");
    assert!(issue.message_en.contains("“-7” is negative"), "{issue:?}");
    // JSON: a negative number and a share over 100, at their pointers.
    let issue = one_error("n.json", &json_doc(|v| v["places_of_work"][0]["workers"] = json!(-40)));
    assert_eq!(issue.location, "/places_of_work/0/workers");
    assert!(issue.message_en.contains("“-40” is negative"), "{issue:?}");
    let issue = one_error("n.json", &json_doc(|v| v["places_of_work"][0]["share_of_value"] = json!(150)));
    assert_eq!(issue.location, "/places_of_work/0/share_of_value");
    assert!(issue.message_en.contains("“150” is more than 100%"), "{issue:?}");
    let issue = one_error("n.json", &json_doc(|v| v["goods"][0]["value_cad"] = json!(-1250.5)));
    assert_eq!(issue.location, "/goods/0/value_cad");
    assert!(issue.message_en.contains("“-1250.5” is negative"), "{issue:?}");
}

#[test]
fn an_email_address_is_read_by_its_grammar_and_refused_at_its_cell() {
    let with_email = |email: &str| {
        workbook(false, |wb| {
            let ws = wb.worksheet_from_name("Supplier").unwrap();
            ws.write_string(4, 0, "Contact email").unwrap();
            ws.write_string(4, 1, email).unwrap();
        })
    };
    for ok in ["jane@example.ca", "j.o'neil+rfp@sub.example.gc.ca", "JANE_ROY@EXAMPLE.COM"] {
        let d = read("e.xlsx", &with_email(ok)).unwrap_or_else(|e| panic!("{ok}: {e:?}")).declaration;
        assert_eq!(d.supplier.contact_email.as_deref(), Some(ok));
    }
    for (bad, says_en, says_fr) in [
        ("a@b@c", "more than one @", "plus d'un @"),
        ("jane@@example.ca", "more than one @", "plus d'un @"),
        ("jane.example.ca", "no @", "pas de @"),
        ("@example.ca", "before the @", "précède le @"),
        ("jane@", "after the @", "suit le @"),
        ("jane@localhost", "no dot", "pas de point"),
        ("Jane Roy <jane@example.ca>", "", ""),
        ("jane roy@example.ca", "", ""),
        ("jane@exa mple.ca", "", ""),
        ("jane@[192.168.0.1]", "", ""),
        ("jane..roy@example.ca", "", ""),
        ("jane@example..ca", "", ""),
    ] {
        let issue = one_error("e.xlsx", &with_email(bad));
        assert_eq!(issue.location, "Supplier!B5", "{bad}");
        assert_eq!(issue.field.as_deref(), Some("Contact email"), "{bad}");
        assert!(issue.message_en.contains(&format!("“{bad}” is not an e-mail address: ")), "{issue:?}");
        assert!(
            issue.message_fr.contains(&format!("«\u{a0}{bad}\u{a0}» n'est pas une adresse courriel\u{a0}: ")),
            "{issue:?}"
        );
        assert!(issue.message_en.contains(says_en) && issue.message_fr.contains(says_fr), "{issue:?}");
        assert_french(&issue);
    }
    // CSV and JSON: the same address refused at its cell and its pointer.
    let bytes = zip_of(&[
        (
            "Supplier.csv",
            "Label,Value\nLegal name,X Inc.\nCountry,CA\nContact email,a@b@c.ca\nDeclaration date,2026-04-01\nSignatory name,Ng\n",
        ),
        ("Attestations.csv", "Right,Attested\nchild_labour,Y\n"),
        (
            "PlacesOfWork.csv",
            "Site ID,Site name,Role,Goods,Address,City,Country\nA,Plant,manufacturing,gloves,1 Rd,Klang,MY\n",
        ),
    ]);
    let issue = one_error("e.zip", &bytes);
    assert_eq!(issue.location, "Supplier!B4");
    assert!(issue.message_en.contains("more than one @"), "{issue:?}");
    let issue = one_error("e.json", &json_doc(|v| v["supplier"]["contact_email"] = json!("ventes@gantex@example.ca")));
    assert_eq!(issue.location, "/supplier/contact_email");
    assert!(issue.message_fr.contains("plus d'un @"), "{issue:?}");
}

#[test]
fn a_country_with_a_stray_mark_is_refused_with_the_country_it_looks_like() {
    let with_country = |supplier: &str, place: &str| {
        workbook(false, |wb| {
            wb.worksheet_from_name("Supplier").unwrap().write_string(1, 1, supplier).unwrap();
            wb.worksheet_from_name("PlacesOfWork").unwrap().write_string(1, 6, place).unwrap();
        })
    };
    // Names as people write them, punctuation and accents included, are countries.
    for (name, code) in [
        ("Côte d’Ivoire", "CI"),
        ("Korea, Republic of", "KR"),
        ("  malaisie ", "MY"),
        ("Tanzania, United Republic of", "TZ"),
    ] {
        let d = read("c.xlsx", &with_country("CA", name)).unwrap_or_else(|e| panic!("{name}: {e:?}")).declaration;
        assert_eq!(d.places_of_work[0].country.as_str(), code, "{name}");
    }
    for (typed, stray, en, fr) in [
        ("Malaysia🧤", "🧤", "Malaysia", "Malaisie"),
        ("Canada ✓", "✓", "Canada", "Canada"),
        ("Chine*", "*", "China", "Chine"),
        ("MY?", "?", "Malaysia", "Malaisie"),
        ("Viet Nam 2", "2", "Vietnam", "Viêt Nam"),
        ("#India", "#", "India", "Inde"),
    ] {
        let issue = one_error("c.xlsx", &with_country("CA", typed));
        assert_eq!(issue.location, "PlacesOfWork!G2", "{typed}");
        assert!(issue.message_en.contains(&format!("“{typed}” holds “{stray}”")), "{issue:?}");
        assert!(issue.message_en.contains(&format!("did you mean {en}?")), "{issue:?}");
        assert!(issue.message_fr.contains(&format!("vouliez-vous dire {fr}\u{202f}?")), "{issue:?}");
        assert_french(&issue);
        let issue = one_error("c.xlsx", &with_country(typed, "IN"));
        assert_eq!(issue.location, "Supplier!B2", "{typed}");
    }
    // A variation selector draws nothing: the character policy refuses it before the country is read, naming it.
    let issue = one_error("c.xlsx", &with_country("CA", "Inde\u{fe0f}"));
    assert_eq!(issue.location, "PlacesOfWork!G2");
    assert!(issue.message_en.contains("U+FE0F VARIATION SELECTOR-16, at character 5"), "{issue:?}");
    // A stray mark on no country is said so, naming the mark.
    let issue = one_error("c.xlsx", &with_country("CA", "Atlantis ✓"));
    assert!(issue.message_en.contains("is not a country: it holds “✓” (U+2713)"), "{issue:?}");
    // CSV and JSON alike.
    let issue = one_error(
        "c.zip",
        &csv_places(
            "Site ID,Site name,Role,Goods,Address,City,Country\nA,Plant,manufacturing,gloves,1 Rd,Klang,Malaysia ✓\n",
        ),
    );
    assert_eq!(issue.location, "PlacesOfWork!G2");
    assert!(issue.message_en.contains("did you mean Malaysia?"), "{issue:?}");
    let issue = one_error("c.json", &json_doc(|v| v["places_of_work"][0]["country"] = json!("Malaisie (?)")));
    assert_eq!(issue.location, "/places_of_work/0/country");
    assert!(issue.message_fr.contains("vouliez-vous dire Malaisie\u{202f}?"), "{issue:?}");
}

#[test]
fn a_duration_or_a_time_of_day_is_never_read_as_a_date() {
    let dated = |value: f64, format: &str| {
        workbook(false, |wb| {
            let fmt = Format::new().set_num_format(format);
            wb.worksheet_from_name("Supplier").unwrap().write_number_with_format(2, 1, value, &fmt).unwrap();
        })
    };
    // 46085 is 2026-03-04: a date format gives the date; a duration or time-of-day format holds no date.
    for format in ["[h]:mm", "[h]:mm:ss", "mm:ss", "h:mm", "hh:mm:ss", "[mm]:ss", "h:mm AM/PM", "[Red][h]:mm"] {
        let issue = one_error("t.xlsx", &dated(46085.0, format));
        assert_eq!(issue.location, "Supplier!B3", "{format}");
        assert!(issue.message_en.contains("formatted as a duration or a time of day"), "{format}: {issue:?}");
        assert!(issue.message_fr.contains("au format durée ou heure"), "{format}: {issue:?}");
        assert_french(&issue);
    }
    let issue = one_error("t.xlsx", &dated(12.0, "[h]:mm"));
    assert!(issue.message_en.contains("it shows 288:00"), "{issue:?}");
    // A date with a time: the date, when the time is midnight; refused naming the time otherwise.
    for format in ["yyyy-mm-dd", "yyyy-mm-dd hh:mm", "d mmmm yyyy"] {
        let d = read("t.xlsx", &dated(46085.0, format)).unwrap_or_else(|e| panic!("{format}: {e:?}")).declaration;
        assert_eq!(d.supplier.declaration_date.to_string(), "2026-03-04", "{format}");
    }
    let issue = one_error("t.xlsx", &dated(46085.0 + 17.5 / 24.0, "yyyy-mm-dd hh:mm"));
    assert_eq!(issue.location, "Supplier!B3");
    assert!(issue.message_en.contains("“2026-03-04 17:30” is a date with a time of day (17:30)"), "{issue:?}");
    assert!(issue.message_fr.contains("(17\u{a0}h\u{a0}30)"), "{issue:?}");
    // A number field formatted as a duration is no count either.
    let bytes = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(0, 8, "Workers").unwrap();
        ws.write_number_with_format(1, 8, 12.0, &Format::new().set_num_format("[h]:mm")).unwrap();
    });
    assert_eq!(one_error("t.xlsx", &bytes).location, "PlacesOfWork!I2");
    // Dates typed as text, in a cell, a CSV file and JSON.
    for (typed, ok) in [
        ("2026-03-04 17:30", false),
        ("2026-03-04T17:30:00", false),
        ("2026-03-04T17:30:00-05:00", false),
        ("2026-03-04 00:00", true),
        ("2026-03-04T00:00:00Z", true),
    ] {
        let bytes = workbook(false, |wb| {
            wb.worksheet_from_name("Supplier").unwrap().write_string(2, 1, typed).unwrap();
        });
        let supplier =
            format!("Label,Value\nLegal name,X Inc.\nCountry,CA\nDeclaration date,{typed}\nSignatory name,Ng\n");
        let csv = zip_of(&[
            ("Supplier.csv", supplier.as_str()),
            ("Attestations.csv", "Right,Attested\nchild_labour,Y\n"),
            (
                "PlacesOfWork.csv",
                "Site ID,Site name,Role,Goods,Address,City,Country\nA,Plant,manufacturing,gloves,1 Rd,Klang,MY\n",
            ),
        ]);
        let json = json_doc(|v| v["supplier"]["declaration_date"] = json!(typed));
        for (name, bytes, place) in [
            ("t.xlsx", bytes, "Supplier!B3"),
            ("t.zip", csv, "Supplier!B4"),
            ("t.json", json, "/supplier/declaration_date"),
        ] {
            if ok {
                let d = read(name, &bytes).unwrap_or_else(|e| panic!("{name} {typed}: {e:?}")).declaration;
                assert_eq!(d.supplier.declaration_date.to_string(), "2026-03-04");
            } else {
                let issue = one_error(name, &bytes);
                assert_eq!(issue.location, place, "{name} {typed}");
                assert!(issue.message_en.contains("a date alone is expected here"), "{issue:?}");
                assert!(issue.message_fr.contains("une date seule est attendue ici"), "{issue:?}");
            }
        }
    }
}

#[test]
fn french_refusals_write_counts_and_limits_as_french_does_and_json_is_told_of_json() {
    // A limit in a refusal: grouped by a comma in English, by no-break spaces in French.
    let limits = Limits { max_cell_chars: 1500, ..Limits::default() };
    let bytes = json_doc(|v| v["supplier"]["legal_name"] = json!("x".repeat(1501)));
    let issues = errors(read_declaration("l.json", &bytes, &limits));
    let issue = issues.iter().find(|i| i.location == "/supplier/legal_name").unwrap();
    assert!(issue.message_en.contains("more than 1,500 characters"), "{issue:?}");
    assert!(issue.message_fr.contains("plus de 1\u{a0}500 caractères"), "{issue:?}");
    let issue = one_error("w.xlsx", &place_cell("Workers", None, 4_294_967_296.0));
    assert!(issue.message_en.contains("at most 4,294,967,295"), "{issue:?}");
    assert!(issue.message_fr.contains("au plus 4\u{a0}294\u{a0}967\u{a0}295"), "{issue:?}");
    // A count read from the file: a million repeated rows of an ODS.
    let issue = one_error(
        "r.ods",
        &ods_with_rows(
            r#"<table:table-row table:number-rows-repeated="1048000"><table:table-cell office:value-type="float" office:value="1"/></table:table-row>"#,
        ),
    );
    assert!(issue.message_en.contains("repeats this row 1,048,000 times"), "{issue:?}");
    assert!(issue.message_fr.contains("répète cette ligne 1\u{a0}048\u{a0}000 fois"), "{issue:?}");
    assert!(issue.message_fr.contains("250\u{a0}000 lignes remplies"), "{issue:?}");
    // A JSON document that is not UTF-8 is told about JSON, never about saving a CSV.
    let doc = String::from_utf8(json_doc(|_| {})).unwrap();
    let at = doc.find("Gantex Protection").unwrap() + 3;
    let stray = [&doc.as_bytes()[..at], b"\xE2", &doc.as_bytes()[at..]].concat();
    let utf32: Vec<u8> = "\u{feff}{\"supplier\": {}}".chars().flat_map(|c| u32::from(c).to_le_bytes()).collect();
    for bytes in [stray, utf32] {
        let issue = one_error("d.json", &bytes);
        for text in [&issue.message_en, &issue.message_fr] {
            assert!(!text.contains("CSV") && !text.contains("tableur") && !text.contains("spreadsheet"), "{text}");
            assert!(text.contains("JSON"), "{text}");
        }
    }
}

#[test]
fn an_ods_formula_in_a_refusal_is_shown_as_its_user_typed_it() {
    for (stored, shown) in [
        ("of:=SUM([.B2:.B9])", "=SUM(B2:B9)"),
        ("of:=[.C2]*12", "=C2*12"),
        ("of:=[$Supplier.$B$7]-[.A3]", "=Supplier!$B$7-A3"),
        ("of:=ROUND(['Head count'.D4:'Head count'.D9];0)", "=ROUND('Head count'!D4:D9;0)"),
    ] {
        // Stored as 0 by a writer that did not calculate it, and with no result at all.
        for xml in [
            format!(
                r#"<table:table-cell table:formula="{stored}" office:value-type="float" office:value="0"><text:p>0</text:p></table:table-cell>"#
            ),
            format!(r#"<table:table-cell table:formula="{stored}"/>"#),
        ] {
            let issues = errors(read("f.ods", &ods_with_workers(&[&xml])));
            let hit = issues.iter().find(|i| i.location == "PlacesOfWork!I2").unwrap_or_else(|| panic!("{issues:?}"));
            for text in [&hit.message_en, &hit.message_fr] {
                assert!(text.contains(&format!("({shown})")), "{stored}: {text}");
                assert!(!text.contains("of:") && !text.contains("[."), "{stored}: {text}");
            }
        }
    }
}

#[test]
fn a_label_merged_with_its_value_cell_is_named_never_called_missing() {
    // A label merged over its value cell, on any row of the form, in English and French workbooks.
    for (fr, row, wide) in [(false, 0u16, 1u16), (false, 1, 1), (true, 2, 3), (true, 3, 2)] {
        let bytes = workbook(fr, |wb| {
            let ws = wb.worksheet_from_name(if fr { "Fournisseur" } else { "Supplier" }).unwrap();
            let label = ["Legal name*", "Country*", "Declaration date*", "Signatory name*"][usize::from(row)];
            ws.merge_range(u32::from(row), 0, u32::from(row), wide, label, &Format::new()).unwrap();
        });
        let sheet = if fr { "Fournisseur" } else { "Supplier" };
        let range = format!("{sheet}!A{r}:{}{r}", ["", "B", "C", "D"][usize::from(wide)], r = row + 1);
        let issues = errors(read("m.xlsx", &bytes));
        let hit = issues.iter().find(|i| i.location == range).unwrap_or_else(|| panic!("{range}: {issues:?}"));
        assert!(hit.message_en.contains("merged") && hit.message_en.contains("Unmerge"), "{hit:?}");
        assert!(hit.message_en.contains(&format!("in B{}", row + 1)), "{hit:?}");
        assert!(hit.message_fr.contains("Annulez la fusion"), "{hit:?}");
        assert_french(hit);
        assert_eq!(issues.len(), 1, "no second refusal of the same value: {issues:?}");
    }
    // The same in an ODS workbook (a spanned cell and its covered cell).
    let ods = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/corpus/accepted/pandas-odfpy-en.ods"),
    )
    .unwrap();
    let merged = patch_zip(&ods, "content.xml", |xml| {
        xml.replacen(
            r#"<table:table-cell office:value-type="string" office:string-value="Country*"><text:p>Country*</text:p></table:table-cell><table:table-cell office:value-type="string" office:string-value="CA"><text:p>CA</text:p></table:table-cell>"#,
            r#"<table:table-cell table:number-columns-spanned="2" office:value-type="string" office:string-value="Country*"><text:p>Country*</text:p></table:table-cell><table:covered-table-cell/>"#,
            1,
        )
    });
    let issues = errors(read("m.ods", &merged));
    assert_eq!(places(&issues), ["Supplier!A3:B3"], "{issues:?}");
}

#[test]
fn a_heading_merged_across_columns_is_named_not_only_the_columns_it_hides() {
    // A heading merged over its neighbour's: the merge is named, and the column it hides says so.
    for (from, to, hidden) in [(1u16, 2u16, "Role"), (4, 5, "City"), (5, 6, "Country")] {
        let bytes = workbook(false, |wb| {
            let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
            let heading =
                ["Site ID*", "Site name*", "Role*", "Goods*", "Address*", "City*", "Country*"][usize::from(from)];
            ws.merge_range(0, from, 0, to, heading, &Format::new()).unwrap();
        });
        let range = format!("PlacesOfWork!{}1:{}1", (b'A' + from as u8) as char, (b'A' + to as u8) as char);
        let issues = errors(read("h.xlsx", &bytes));
        let hit = issues.iter().find(|i| i.location == range).unwrap_or_else(|| panic!("{range}: {issues:?}"));
        assert!(hit.message_en.contains("merged across") && hit.message_en.contains("Unmerge"), "{hit:?}");
        assert!(hit.message_fr.contains("Annulez la fusion"), "{hit:?}");
        assert_french(hit);
        let missing = issues
            .iter()
            .find(|i| i.message_en.contains(&format!("“{hidden}” is missing")))
            .unwrap_or_else(|| panic!("{issues:?}"));
        let bare = range.strip_prefix("PlacesOfWork!").unwrap();
        assert!(missing.message_en.contains(bare) && missing.message_fr.contains(bare), "{missing:?}");
    }
    // A title merged over the table, above its headings: named once, not once a row.
    let bytes = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("Attestations").unwrap();
        ws.merge_range(0, 0, 0, 2, "Our attestations 2026", &Format::new()).unwrap();
        ws.write_row(1, 0, ["Right", "Attested"]).unwrap();
        ws.write_row(2, 0, ["forced_labour", "Yes"]).unwrap();
    });
    let issues = errors(read("t.xlsx", &bytes));
    let hit = issues.iter().find(|i| i.location == "Attestations!A1:C1").unwrap_or_else(|| panic!("{issues:?}"));
    assert!(hit.message_en.contains("“Our attestations 2026”"), "{hit:?}");
    assert!(issues.iter().all(|i| i.location.starts_with("Attestations") && !i.location.contains("!A2")), "{issues:?}");
    // In an ODS workbook alike.
    let ods = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/corpus/accepted/pandas-odfpy-en.ods"),
    )
    .unwrap();
    let merged = patch_zip(&ods, "content.xml", |xml| {
        xml.replacen(
            r#"<table:table-cell office:value-type="string" office:string-value="Site name*"><text:p>Site name*</text:p></table:table-cell><table:table-cell office:value-type="string" office:string-value="Role*"><text:p>Role*</text:p></table:table-cell>"#,
            r#"<table:table-cell table:number-columns-spanned="2" office:value-type="string" office:string-value="Site name*"><text:p>Site name*</text:p></table:table-cell><table:covered-table-cell/>"#,
            1,
        )
    });
    let issues = errors(read("h.ods", &merged));
    assert!(places(&issues).contains(&"PlacesOfWork!B1:C1"), "{issues:?}");
}

#[test]
fn a_short_csv_in_a_legacy_encoding_of_two_byte_characters_is_named_not_called_partly_utf8() {
    let gb = |s: &str| encoding_rs::GB18030.encode(s).0.into_owned();
    // Short texts whose GB18030 bytes form UTF-8 characters here and there by chance.
    for city in ["丝绸之路", "深圳", "福建省泉州", "手套制造有限公司", "浙江省义乌市", "广州纺织厂"]
    {
        match read("g.zip", &csv_zip_in(city, gb)) {
            // Read whole in GB18030 (the guess had enough to go on): the letters are the file's, and named.
            Ok(p) => {
                assert_eq!(p.declaration.places_of_work[0].city, city);
                let w = p.warnings.iter().find(|w| w.location == "PlacesOfWork.csv").unwrap();
                assert!(w.message_en.contains("GB18030"), "{city}: {w:?}");
            }
            Err(issues) => {
                let issues: Vec<&Issue> = issues.iter().filter(|i| i.level == IssueLevel::Error).collect();
                assert_eq!(issues.len(), 1, "{city}: {issues:?}");
                let hit = issues[0];
                assert_eq!(hit.location, "PlacesOfWork.csv");
                for text in [&hit.message_en, &hit.message_fr] {
                    assert!(text.contains("GB18030") && text.contains("UTF-8"), "{city}: {text}");
                    assert!(text.contains(city), "{city}: {text}");
                    assert!(!text.contains("another encoding") && !text.contains("autre encodage"), "{city}: {text}");
                }
                assert!(
                    hit.message_en.contains("CSV UTF-8") && hit.message_fr.contains("«\u{a0}CSV UTF-8\u{a0}»"),
                    "{hit:?}"
                );
                assert_french(hit);
            }
        }
    }
    // UTF-8 with a stray byte pasted in is still told as such.
    let stray = |s: &str| s.replace("ZZ", "\u{1}").bytes().map(|b| if b == 1 { 0xE9 } else { b }).collect::<Vec<u8>>();
    let issues = errors(read("p.zip", &csv_zip_in("Kraków Łódź Wrocław Gdańsk ZZ", stray)));
    assert!(issues[0].message_en.contains("part of the file was saved in another encoding"), "{issues:?}");
}

#[test]
fn central_european_letters_windows_1252_reads_as_western_letters_out_of_place_are_refused_naming_both() {
    let cp1250 = |s: &str| encoding_rs::WINDOWS_1250.encode(s).0.into_owned();
    // Letters Western languages write too (ò ã æ è ï þ), each where no Western language writes it.
    for city in ["Plzeň", "Ćuprija", "Brăila", "Kočevje", "Pavić Selo", "Ďáblice", "Constanţa", "Třeboň"] {
        let Err(issues) = read("c.zip", &csv_zip_in(city, cp1250)) else {
            let d = read("c.zip", &csv_zip_in(city, cp1250)).unwrap().declaration;
            // Read in the right encoding (the guess was not Windows-1252): the letters are the file's.
            assert_eq!(d.places_of_work[0].city, city);
            continue;
        };
        assert_eq!(issues.len(), 1, "{city}: {issues:?}");
        let hit = &issues[0];
        assert!(hit.message_en.contains("windows-1250") && hit.message_fr.contains("windows-1250"), "{city}: {hit:?}");
        let word = city.split(' ').find(|w| !w.is_ascii()).unwrap();
        assert!(hit.message_en.contains(word) && hit.message_fr.contains(word), "{city}: {hit:?}");
        assert_french(hit);
    }
    // Nordic, Catalan, Portuguese, French and Icelandic names in Windows-1252 are still read as written.
    for city in [
        "Besòs",
        "Pròxima",
        "São Paulo",
        "Øresund",
        "Ålesund",
        "Næstved",
        "Sæby Ærtebjerg",
        "Trois-Rivières",
        "Èze",
        "Loïc Héloïse",
        "Sûreté du Québec",
    ] {
        // (In a file of French sites: one of Czech sites is read in windows-1250, the encoding its country writes.)
        let d = read("w.zip", &csv_zip_declaring("FR", "Huta", city, encoder(encoding_rs::WINDOWS_1252)))
            .unwrap_or_else(|e| panic!("{city}: {e:?}"))
            .declaration;
        assert_eq!(d.places_of_work[0].city, city);
    }
}

/// The ODS demo with time data styles: `ceT` shows a time of day (`HH:MM`), `ceD` an elapsed duration (`[HH]:MM`),
/// `ceP` a cell style whose parent (a common style of `styles.xml`) shows a time; `supplier_date` is the XML of the
/// Declaration date's value cell, `workers` that of the first site's Workers cell (as [`ods_with_workers`]).
fn ods_with_time_styles(supplier_date: &str, workers: &str, columns: &str) -> Vec<u8> {
    let ods = ods_with_workers(&[workers]);
    let ods = patch_zip(&ods, "styles.xml", |xml| {
        let common = r#"<number:time-style style:name="NCommon"><number:hours/><number:text>:</number:text><number:minutes/></number:time-style><style:style style:name="Clock" style:family="table-cell" style:data-style-name="NCommon"/>"#;
        if xml.contains("<office:styles>") {
            xml.replacen("<office:styles>", &format!("<office:styles>{common}"), 1)
        } else {
            xml.replacen("<office:styles/>", &format!("<office:styles>{common}</office:styles>"), 1)
        }
    });
    patch_zip(&ods, "content.xml", |xml| {
        let styles = r#"<office:automatic-styles><number:time-style style:name="NTime"><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:time-style><number:time-style style:name="NElapsed" number:truncate-on-overflow="false"><number:hours/><number:text>:</number:text><number:minutes number:style="long"/></number:time-style><number:number-style style:name="NNum"><number:number/></number:number-style><style:style style:name="ceT" style:family="table-cell" style:data-style-name="NTime"/><style:style style:name="ceD" style:family="table-cell" style:data-style-name="NElapsed"/><style:style style:name="ceN" style:family="table-cell" style:data-style-name="NNum"/><style:style style:name="ceP" style:family="table-cell" style:parent-style-name="Clock"/></office:automatic-styles>"#;
        let xml = xml.replacen("<office:automatic-styles/>", styles, 1);
        let xml = xml.replacen(
            r#"<table:table-cell office:value-type="string" office:string-value="2026-09-01"><text:p>2026-09-01</text:p></table:table-cell>"#,
            supplier_date,
            1,
        );
        xml.replacen("table:name=\"PlacesOfWork\">", &format!("table:name=\"PlacesOfWork\">{columns}"), 1)
    })
}

#[test]
fn an_ods_number_or_date_shown_as_a_time_is_never_read_as_a_date_or_a_count() {
    let date_ok = r#"<table:table-cell office:value-type="date" office:date-value="2026-09-01"><text:p>2026-09-01</text:p></table:table-cell>"#;
    let ten = r#"<table:table-cell office:value-type="float" office:value="10"><text:p>10</text:p></table:table-cell>"#;
    let d = read("t.ods", &ods_with_time_styles(date_ok, ten, "")).unwrap().declaration;
    assert_eq!(d.supplier.declaration_date.to_string(), "2026-09-01");
    assert_eq!(d.places_of_work[0].workers, Some(10));
    // A date where a time style shows it, a time value, a number under a time or duration style: no date.
    for (xml, shown) in [
        (
            r#"<table:table-cell table:style-name="ceT" office:value-type="date" office:date-value="2026-09-01T00:00:00"><text:p>00:00</text:p></table:table-cell>"#,
            "00:00",
        ),
        (
            r#"<table:table-cell table:style-name="ceD" office:value-type="float" office:value="46266"><text:p>1110384:00</text:p></table:table-cell>"#,
            "1110384:00",
        ),
        (
            r#"<table:table-cell office:value-type="time" office:time-value="PT288H00M00S"><text:p>288:00</text:p></table:table-cell>"#,
            "288:00",
        ),
        (r#"<table:table-cell table:style-name="ceP" office:value-type="float" office:value="12"/>"#, "288:00"),
    ] {
        let issue = one_error("t.ods", &ods_with_time_styles(xml, ten, ""));
        assert_eq!(issue.location, "Supplier!B4", "{xml}");
        assert!(issue.message_en.contains("formatted as a duration or a time of day"), "{issue:?}");
        assert!(issue.message_en.contains(shown), "{shown}: {issue:?}");
        assert!(issue.message_fr.contains("au format durée ou heure"), "{issue:?}");
        assert_french(&issue);
    }
    // A count under a time style, by the cell's style or its column's default style, is no count either.
    for (workers, columns) in [
        (r#"<table:table-cell table:style-name="ceD" office:value-type="float" office:value="0.5"/>"#, ""),
        (
            r#"<table:table-cell office:value-type="float" office:value="0.5"/>"#,
            r#"<table:table-column table:number-columns-repeated="8"/><table:table-column table:default-cell-style-name="ceT"/>"#,
        ),
    ] {
        let issues = errors(read("t.ods", &ods_with_time_styles(date_ok, workers, columns)));
        let issue = issues.iter().find(|i| i.location == "PlacesOfWork!I2").unwrap_or_else(|| panic!("{issues:?}"));
        assert!(issue.message_en.contains("12:00"), "{issue:?}");
    }
    // A number style is no time, and a cell's own style outranks its column's.
    let own = r#"<table:table-cell table:style-name="ceN" office:value-type="float" office:value="7"/>"#;
    let columns = r#"<table:table-column table:number-columns-repeated="8"/><table:table-column table:default-cell-style-name="ceT"/>"#;
    let issues = errors(read("t.ods", &ods_with_time_styles(date_ok, own, columns)));
    // (The next site's cell takes its column's time style, and is refused for it.)
    assert_eq!(places(&issues), ["PlacesOfWork!I3"], "{issues:?}");
}

// ---- Files written by LibreOffice (`supplier_data/corpus/libreoffice/`) ----

/// Each valid workbook of the corpus, converted by LibreOffice 7.4 (`libreoffice --headless --convert-to ods`), gives
/// the very declaration of the `.xlsx` it came from: the same sites, dates, numbers, countries and merges.
#[test]
fn a_workbook_saved_as_ods_by_libreoffice_gives_the_same_declaration_as_its_xlsx() {
    for name in ["chainon-convert-en", "chainon-convert-fr", "merged-country-cells", "openpyxl-fr-reordered"] {
        let xlsx = read(&format!("{name}.xlsx"), &corpus(&format!("accepted/{name}.xlsx")))
            .unwrap_or_else(|e| panic!("{name}.xlsx: {e:?}"))
            .declaration;
        let ods = read(&format!("{name}.ods"), &corpus(&format!("libreoffice/{name}.ods")))
            .unwrap_or_else(|e| panic!("{name}.ods: {e:?}"))
            .declaration;
        assert_eq!(ods, xlsx, "{name}");
    }
    // The far cells of the Solver field case cost nothing in ODS either (its cells are read sparsely, never as the
    // table's rectangle): the same declaration as its XLSX.
    let xlsx = read("far-cells-xfd.xlsx", &corpus("accepted/far-cells-xfd.xlsx")).unwrap().declaration;
    let ods = read("far-cells-xfd.ods", &corpus("libreoffice/far-cells-xfd.ods")).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(ods.declaration, xlsx);
}

/// The bad-cell kinds written by LibreOffice are refused at the cell the `.xlsx` they came from names, each for what
/// it is: an error value, a date typed as text, a far cell (the `.xlsx` files are made here by the code that made
/// them before conversion).
#[test]
fn the_bad_cell_kinds_saved_by_libreoffice_are_refused_at_the_same_cells_as_in_xlsx() {
    let error = set_cell_xml(&workbook(false, |_| {}), PLACES_PART, "G2", r#"<c r="G2" t="e"><v>#N/A</v></c>"#);
    let text_date = workbook(false, |wb| {
        wb.worksheet_from_name("Supplier").unwrap().write_string(2, 1, "03/04/2026").unwrap();
    });
    let far = workbook(false, |wb| {
        wb.worksheet_from_name("PlacesOfWork").unwrap().write_string(65_000, 250, "stray").unwrap();
    });
    for (name, xlsx, place, says) in [
        ("error-cell", error, "PlacesOfWork!G2", "#N/A"),
        ("date-as-text", text_date, "Supplier!B3", "03/04/2026"),
        ("far-cell", far, "PlacesOfWork!IQ65001", ""),
    ] {
        let in_xlsx = errors(read("x.xlsx", &xlsx));
        let in_ods = errors(read(&format!("{name}.ods"), &corpus(&format!("libreoffice/{name}.ods"))));
        assert_eq!(places(&in_xlsx), [place], "{name}.xlsx: {in_xlsx:?}");
        assert_eq!(places(&in_ods), [place], "{name}.ods: {in_ods:?}");
        assert!(in_ods[0].message_en.contains(says) && in_ods[0].message_fr.contains(says), "{:?}", in_ods[0]);
    }
}

/// A workbook written without calculating its formulas, opened by LibreOffice (which does not recalculate files of
/// Excel by default) and saved as ODS, keeps the placeholders typed as calculated results: `=1200+650` stored as 0,
/// `=DATE(2026,3,31)` as 1899-12-30, `=1/0` as 0. Formulas of constants are worked out, and a stored result that is
/// not theirs is refused as never calculated, never read as 0 workers or as a date.
#[test]
fn placeholders_kept_by_libreoffice_as_results_are_refused_as_never_calculated() {
    let issues = errors(read("uncalculated-formulas.ods", &corpus("libreoffice/uncalculated-formulas.ods")));
    let mut got = places(&issues);
    got.sort_unstable();
    assert_eq!(got, ["PlacesOfWork!N2", "PlacesOfWork!O2", "Supplier!B8"], "{issues:?}");
    assert!(issues.iter().all(|i| i.message_en.contains("never calculated")), "{issues:?}");
    let issues = errors(read("div0-formula.ods", &corpus("libreoffice/div0-formula.ods")));
    assert_eq!(places(&issues), ["PlacesOfWork!I2"], "{issues:?}");
    assert!(issues[0].message_en.contains("=1/0"), "{issues:?}");
    // New instances, in XLSX saved again without the recalculation flag: each stored result that is not the formula's.
    for (formula, stored, refused) in [
        ("=40*25", 0.0, true),
        ("=(1200+650)/2", 0.0, true),
        ("=2^10", 1024.0, false),
        ("=1200+650", 1850.0, false),
        ("=H2*2", 0.0, false),
    ] {
        let bytes = workbook(false, |wb| {
            let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
            ws.write_string(0, 8, "Workers").unwrap();
            ws.write_formula(1, 8, formula).unwrap().set_formula_result(1, 8, stored.to_string());
        });
        let bytes = patch_zip(&bytes, "xl/workbook.xml", |xml| xml.replace(r#" fullCalcOnLoad="1""#, ""));
        let got = read("f.xlsx", &bytes);
        if refused {
            let issues = errors(got);
            assert_eq!(places(&issues), ["PlacesOfWork!I2"], "{formula}: {issues:?}");
            assert!(issues[0].message_en.contains("never calculated"), "{issues:?}");
        } else {
            assert!(got.is_ok(), "{formula} {stored}: {:?}", got.err());
        }
    }
}

/// Real `.xls` files (LibreOffice's "MS Excel 97" filter) are refused once, naming the format and what to do, in both
/// languages — never read as damaged, never half read: calamine reads XLS only into a dense rectangle of the sheet.
#[test]
fn a_real_xls_file_is_refused_once_saying_to_save_it_as_xlsx() {
    for name in ["chainon-convert-fr.xls", "openpyxl-fr-reordered.xls", "error-cell.xls"] {
        for sent_as in [name.to_string(), name.replace(".xls", ".xlsx"), "declaration".to_string()] {
            let issues = errors(read(&sent_as, &corpus(&format!("libreoffice/{name}"))));
            assert_eq!(issues.len(), 1, "{name} as {sent_as}: {issues:?}");
            assert!(issues[0].message_en.contains("Excel 97–2003") && issues[0].message_en.contains(".xlsx"));
            assert!(issues[0].message_fr.contains("Excel 97-2003") && issues[0].message_fr.contains(".xlsx"));
        }
    }
}

// ---- Legacy encodings told by the countries a file declares ----

/// A CSV zip whose supplier and site are in `country`, with `legal` as the legal name and `city` as the site's city,
/// every file written by `encode`.
fn csv_zip_declaring(country: &str, legal: &str, city: &str, encode: impl Fn(&str) -> Vec<u8>) -> Vec<u8> {
    let supplier =
        format!("Label,Value\nLegal name,{legal}\nCountry,{country}\nDeclaration date,2026-04-01\nSignatory name,Ng\n");
    let places = format!(
        "Site ID,Site name,Role,Goods,Address,City,Country\nS1,Plant,manufacturing,steel,Ulice 1,{city},{country}\n"
    );
    zip_of_bytes(&[
        ("Supplier.csv", encode(&supplier)),
        ("Attestations.csv", b"Right,Attested\nchild_labour,Y\n".to_vec()),
        ("PlacesOfWork.csv", encode(&places)),
    ])
}

fn encoder(enc: &'static encoding_rs::Encoding) -> impl Fn(&str) -> Vec<u8> {
    move |s: &str| {
        let (bytes, _, unmappable) = enc.encode(s);
        assert!(!unmappable, "{} cannot write {s}", enc.name());
        bytes.into_owned()
    }
}

#[test]
fn a_legacy_csv_is_read_in_the_encoding_its_declared_countries_write() {
    let (cp1250, cp1251, cp1253) = (encoding_rs::WINDOWS_1250, encoding_rs::WINDOWS_1251, encoding_rs::WINDOWS_1253);
    for (enc, country, legal, city) in [
        // Czech, Polish, Romanian, Hungarian, Slovak, Croatian, Slovenian (windows-1250).
        (cp1250, "CZ", "Plzeňské strojírny a.s.", "Plzeň"),
        (cp1250, "Czechia", "Kočevje s.r.o.", "Ďáblice"),
        (cp1250, "CZ", "Třinecké železárny", "Třeboň"),
        (cp1250, "PL", "Huta Łódź sp. z o.o.", "Łódź"),
        (cp1250, "Pologne", "Zakłady Śląskie", "Bielsko-Biała"),
        (cp1250, "PL", "Rękawice Gdańsk", "Częstochowa"),
        (cp1250, "RO", "Frânghii Brăila SRL", "Brăila"),
        (cp1250, "Romania", "Oţelul Galaţi", "Constanţa"),
        (cp1250, "HU", "Győri Kötélgyár Kft.", "Győr"),
        (cp1250, "Hongrie", "Szőnyeggyár Zrt.", "Hódmezővásárhely"),
        (cp1250, "SK", "Žilinské lanovky", "Žilina"),
        (cp1250, "HR", "Ćuprija d.o.o.", "Čakovec"),
        (cp1250, "SI", "Vrvi Kočevje d.o.o.", "Kočevje"),
        // Russian, Bulgarian, Ukrainian (windows-1251): short, so their bytes read as Chinese too.
        (cp1251, "RU", "ООО Канат", "Тула"),
        (cp1251, "RU", "Северные канаты", "Ярославль"),
        (cp1251, "Russie", "АО Волга", "Пермь"),
        (cp1251, "BG", "Въжета ЕООД", "Русе"),
        (cp1251, "Bulgaria", "Пловдивски въжета", "Пловдив"),
        (cp1251, "UA", "Канати Київ", "Львів"),
        // Greek (windows-1253).
        (cp1253, "GR", "Σχοινιά ΑΕ", "Πάτρα"),
        (cp1253, "Greece", "Βόλος ΕΠΕ", "Βόλος"),
        (cp1253, "GRC", "Σχοινιά Αιγαίου", "Πειραιάς"),
    ] {
        let bytes = csv_zip_declaring(country, legal, city, encoder(enc));
        let parsed = read("l.zip", &bytes).unwrap_or_else(|e| panic!("{city} ({country}): {e:?}"));
        let d = parsed.declaration;
        assert_eq!((d.places_of_work[0].city.as_str(), d.supplier.legal_name.as_str()), (city, legal), "{country}");
        let w = parsed.warnings.iter().find(|w| w.location == "PlacesOfWork.csv").unwrap();
        assert!(w.message_en.contains(enc.name()) && w.message_fr.contains(enc.name()), "{city}: {w:?}");
        assert!(w.message_en.contains("countries it declares") && w.message_fr.contains("pays qu'il déclare"), "{w:?}");
        assert_french(w);
    }
}

#[test]
fn a_legacy_csv_whose_countries_do_not_agree_on_an_encoding_is_refused_naming_the_readings() {
    // A Czech site beside a French one: Windows-1252 or windows-1250 — `Plzeň` or `Plzeò` — cannot be told.
    let cp1250 = encoder(encoding_rs::WINDOWS_1250);
    let supplier = "Label,Value\nLegal name,Huta\nCountry,FR\nDeclaration date,2026-04-01\nSignatory name,Ng\n";
    let places = "Site ID,Site name,Role,Goods,Address,City,Country\nS1,Plant,manufacturing,steel,Ulice 1,Plzeň,CZ\n\
                  S2,Usine,manufacturing,steel,1 rue,Lyon,FR\n";
    let bytes = zip_of_bytes(&[
        ("Supplier.csv", cp1250(supplier)),
        ("Attestations.csv", b"Right,Attested\nchild_labour,Y\n".to_vec()),
        ("PlacesOfWork.csv", cp1250(places)),
    ]);
    let issues = errors(read("m.zip", &bytes));
    assert_eq!(issues.len(), 1, "{issues:?}");
    for text in [&issues[0].message_en, &issues[0].message_fr] {
        assert!(text.contains("windows-1250") && text.contains("windows-1252") && text.contains("Plzeň"), "{text}");
        assert!(text.contains("CSV UTF-8"), "{text}");
    }
    // A short Cyrillic file of a Canadian supplier: no country says Cyrillic, and the bytes read as Chinese too.
    for (enc, city) in [(encoding_rs::WINDOWS_1251, "Тула"), (encoding_rs::WINDOWS_1253, "Πάτρα")] {
        let bytes = csv_zip_declaring("CA", "Rope Inc.", city, encoder(enc));
        match read("s.zip", &bytes) {
            Ok(p) => assert_eq!(p.declaration.places_of_work[0].city, city),
            Err(issues) => {
                let issues: Vec<&Issue> = issues.iter().filter(|i| i.level == IssueLevel::Error).collect();
                assert_eq!(issues.len(), 1, "{issues:?}");
                assert!(issues[0].message_en.contains(enc.name()), "{city}: {:?}", issues[0]);
                assert!(issues[0].message_en.contains("CSV UTF-8"), "{:?}", issues[0]);
                assert_french(issues[0]);
            }
        }
    }
    // Western names that the bytes alone leave in doubt read as written in a file of their own country's sites; a
    // letter Western text does not write where it stands is still refused whatever the country (`Ærø` is `Ćrř` in
    // windows-1250, and `ø` is Czech `ř`: a Danish file is not told from a Czech one by its bytes, and its country is
    // not enough to overturn what its letters say).
    for (country, city) in [("PT", "Grã-Bretanha"), ("IS", "Þingvellir"), ("Portugal", "Grã-Bretanha")] {
        let d = read("w.zip", &csv_zip_declaring(country, "Huta", city, encoder(encoding_rs::WINDOWS_1252)))
            .unwrap_or_else(|e| panic!("{city}: {e:?}"))
            .declaration;
        assert_eq!(d.places_of_work[0].city, city);
    }
    // A letter Western text does not write where it stands is still refused when no declared country writes it
    // (`Ærø` is `Ćrř` in windows-1250: in a file of Canadian sites, `ø` is Czech `ř`).
    let issues = errors(read("w.zip", &csv_zip_declaring("CA", "Huta", "Ærø", encoder(encoding_rs::WINDOWS_1252))));
    assert!(issues[0].message_en.contains("Ærø") && issues[0].message_en.contains("windows-1250"), "{issues:?}");
    // Nor when its word holds a letter the country's alphabet lacks (`Pøíbram` is Czech `Příbram`: Danish has `ø`,
    // not `í`; `Mìlník` is `Mělník`: Italian has `ì`, not `í`; `Gödöllõ` is Hungarian `Gödöllő`).
    for (country, city) in [("DK", "Příbram"), ("DK", "Třeboň"), ("IT", "Mělník"), ("PT", "Gödöllő")] {
        let issues =
            errors(read("w.zip", &csv_zip_declaring(country, "Huta", city, encoder(encoding_rs::WINDOWS_1250))));
        assert!(issues.iter().any(|i| i.message_en.contains("windows-1250")), "{country} {city}: {issues:?}");
    }
    // A file of Polish sites whose bytes are Chinese (GB18030) is not read as Polish: its letters are not words.
    let bytes = csv_zip_declaring("PL", "Huta", "丝绸之路", encoder(encoding_rs::GB18030));
    if let Ok(p) = read("g.zip", &bytes) {
        assert_eq!(p.declaration.places_of_work[0].city, "丝绸之路");
    }
}

/// A CSV zip declaring `country`, `legal` and `city` in `enc`, read: the legal name and city read back, and the
/// warning naming the encoding and the countries; or why not.
fn read_declaring(enc: &'static encoding_rs::Encoding, country: &str, legal: &str, city: &str) -> Result<(), String> {
    let bytes = if enc == encoding_rs::WINDOWS_1258 {
        csv_zip_declaring(country, legal, city, windows_1258)
    } else {
        csv_zip_declaring(country, legal, city, encoder(enc))
    };
    let parsed = read("c.zip", &bytes).map_err(|e| format!("{city} ({country}, {}): {e:?}", enc.name()))?;
    let d = parsed.declaration;
    let got = (d.places_of_work.first().map(|p| p.city.clone()), d.supplier.legal_name.clone());
    if got != (Some(city.to_string()), legal.to_string()) {
        return Err(format!("{city} ({country}, {}): read {got:?}", enc.name()));
    }
    let w = parsed.warnings.iter().find(|w| w.location == "PlacesOfWork.csv").ok_or(format!("{city}: no warning"))?;
    if !(w.message_en.contains(enc.name()) && w.message_fr.contains(enc.name())) {
        return Err(format!("{city} ({country}): {w:?}"));
    }
    Ok(())
}

/// Text in windows-1258 as Vietnamese is written in it: a letter the code page lacks (`ừ`) as the letter it has
/// (`ư`) followed by its tone mark, a combining character.
fn windows_1258(s: &str) -> Vec<u8> {
    use unicode_normalization::UnicodeNormalization;
    let enc = encoding_rs::WINDOWS_1258;
    let mut out = Vec::new();
    for c in s.chars() {
        let one = c.to_string();
        let (bytes, _, unmappable) = enc.encode(&one);
        if !unmappable {
            out.extend_from_slice(&bytes);
            continue;
        }
        let mut parts: Vec<char> = one.nfd().collect();
        let mark = parts.pop().unwrap();
        let base: String = parts.into_iter().collect::<String>().nfc().collect();
        let composed = format!("{base}{mark}");
        let (bytes, _, unmappable) = enc.encode(&composed);
        assert!(!unmappable, "windows-1258 cannot write {c}");
        out.extend_from_slice(&bytes);
    }
    out
}

#[test]
fn every_country_s_own_letters_read_in_the_legacy_encoding_it_writes() {
    let (w1252, w1254, w1257, w1258) =
        (encoding_rs::WINDOWS_1252, encoding_rs::WINDOWS_1254, encoding_rs::WINDOWS_1257, encoding_rs::WINDOWS_1258);
    let mut failed = Vec::new();
    for (enc, country, legal, city) in [
        // Nordic: `ø` is Czech `ř` and `æ` Polish `ć` in windows-1250, yet they are the Danish and Norwegian letters.
        (w1252, "DK", "Ærø Tovværk ApS", "Ærøskøbing"),
        (w1252, "Danemark", "Søborg Reb A/S", "Næstved"),
        (w1252, "DK", "Reb og Tovværk", "Ærø"),
        (w1252, "NO", "Tromsø Tau AS", "Bodø"),
        (w1252, "Norway", "Tau AS", "Å"),
        (w1252, "FO", "Føroya Tógv", "Tórshavn"),
        (w1252, "SE", "Malmö Rep AB", "Ö"),
        // Icelandic: `þ` stands inside words of compounds (`Alþingi`), `æ` beside vowels.
        (w1252, "IS", "Reipaverksmiðjan Alþingis ehf.", "Þorlákshöfn"),
        (w1252, "Iceland", "Kaðlar ehf.", "Hafnarfjörður"),
        // Italian, Portuguese, French: `ì ò ù`, `õ ã`, `à`.
        (w1252, "IT", "Corde di Forlì S.p.A.", "Cantù"),
        (w1252, "PT", "Cordoaria Camões Lda.", "Guimarães"),
        (w1252, "BR", "Cordas São Paulo Ltda.", "Barão de Cocais"),
        (w1252, "FR", "Cordes à linge SARL", "Île-d'Aix"),
        // Turkish (windows-1254): `A.Ş.` holds a word of one letter past ASCII.
        (w1254, "TR", "Uşak İplik A.Ş.", "Uşak"),
        (w1254, "Turkey", "Halatçılık Sanayi", "Şanlıurfa"),
        (w1254, "TR", "Çorlu Örme", "Çorlu"),
        // Baltic (windows-1257).
        (w1257, "LT", "Klaipėdos virvės UAB", "Šiauliai"),
        (w1257, "LV", "Rēzeknes virves SIA", "Liepāja"),
        (w1257, "EE", "Võru Köis OÜ", "Jõhvi"),
        // Vietnamese (windows-1258): tone marks are combining characters after their letter.
        (w1258, "VN", "Công ty Dây thừng", "Đà Nẵng"),
        (w1258, "Viet Nam", "Dây thừng Bắc Ninh", "Bắc Ninh"),
    ] {
        if let Err(e) = read_declaring(enc, country, legal, city) {
            failed.push(e);
        }
    }
    assert!(failed.is_empty(), "{failed:#?}");
}

#[test]
fn a_label_cell_of_megabytes_is_no_label_and_is_quoted_shortened() {
    // A Supplier form whose last label is one field of 3 million characters (an unclosed quote runs to the end).
    let supplier = format!(
        "Label,Value\nLegal name,Huta\nCountry,CA\nDeclaration date,2026-04-01\nSignatory name,Ng\n\"{}\",x\n",
        "Légal name, ".repeat(250_000)
    );
    let bytes = zip_of_bytes(&[
        ("Supplier.csv", supplier.into_bytes()),
        ("Attestations.csv", b"Right,Attested\nchild_labour,Y\n".to_vec()),
    ]);
    let issues = match read("big.zip", &bytes) {
        Ok(p) => p.warnings,
        Err(issues) => issues,
    };
    assert!(!issues.is_empty());
    for i in &issues {
        assert!(i.message_en.chars().count() < 2_000 && i.message_fr.chars().count() < 2_000, "{:?}", i.location);
    }
    let unknown = issues.iter().find(|i| i.message_en.contains("Unknown label")).unwrap();
    assert!(unknown.message_en.contains("Légal name, Légal name") && unknown.message_en.contains('…'));
}

// ---- What a workbook's layout hides is never read over what it shows (issue 14) ----

/// The test workbook with a second Country column in I (`heading`, then the two sites' values).
fn second_country(heading: &'static str, s1: &'static str, s2: &'static str, hide_g: bool) -> Vec<u8> {
    workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(0, 8, heading).unwrap();
        ws.write_string(1, 8, s1).unwrap();
        ws.write_string(2, 8, s2).unwrap();
        if hide_g {
            ws.set_column_hidden(6).unwrap();
        }
    })
}

#[test]
fn a_field_given_by_two_columns_that_disagree_is_refused_naming_both_and_the_hidden_one() {
    // Hidden `Country*` in G says IN / Tanzanie; the visible `Pays` in I says Bangladesh on row 2.
    let issues = errors(read("c.xlsx", &second_country("Pays", "Bangladesh", "Tanzanie", true)));
    assert_eq!(places(&issues), vec!["PlacesOfWork!I1"], "{issues:?}");
    let (en, fr) = (&issues[0].message_en, &issues[0].message_fr);
    assert!(
        en.contains("(G)") && en.contains("(I)") && en.contains("row 2:") && en.contains("Column G is hidden"),
        "{en}"
    );
    assert!(
        fr.contains("(G)")
            && fr.contains("(I)")
            && fr.contains("la ligne 2\u{a0}:")
            && fr.contains("colonne G est masquée"),
        "{fr}"
    );
    assert_french(&issues[0]);
    // Two visible `Country` columns disagreeing on both rows: refused too, hiding nothing.
    let issues = errors(read("c.xlsx", &second_country("Country", "CN", "TZ", false)));
    assert_eq!(places(&issues), vec!["PlacesOfWork!I1"], "{issues:?}");
    assert!(issues[0].message_en.contains("rows 2, 3:"), "{issues:?}");
    assert!(!issues[0].message_en.contains("hidden"), "{issues:?}");
    // A width of zero hides a column as well as `hidden` does.
    let bytes = patch_zip(&second_country("Pays", "Bangladesh", "Tanzanie", false), PLACES_PART, |xml| {
        xml.replacen("<sheetData", r#"<cols><col min="9" max="9" width="0" customWidth="1"/></cols><sheetData"#, 1)
    });
    let issues = errors(read("c.xlsx", &bytes));
    assert!(issues[0].message_en.contains("Column I is hidden"), "{issues:?}");
    // The same values in both: read, with a warning naming both columns and the hidden one.
    let p = read("c.xlsx", &second_country("Pays", "IN", "Tanzanie", true)).unwrap();
    let w: Vec<_> = p.warnings.iter().filter(|w| w.location == "PlacesOfWork!I1").collect();
    assert_eq!(w.len(), 1, "{:?}", p.warnings);
    assert!(w[0].message_en.contains("Column G is hidden") && w[0].message_fr.contains("(G)"), "{w:?}");
    assert_eq!(p.declaration.places_of_work[0].country.as_str(), "IN");
    // A hidden column that holds values is warned of on its own, as a hidden row is.
    let hidden: Vec<_> = p.warnings.iter().filter(|w| w.location == "PlacesOfWork").collect();
    assert_eq!(hidden.len(), 1, "{:?}", p.warnings);
    assert!(hidden[0].message_en.starts_with("Column G of the sheet is hidden"), "{hidden:?}");
    assert!(hidden[0].message_fr.starts_with("La colonne G de la feuille est masquée"), "{hidden:?}");
    // A hidden column that holds nothing is not.
    let bytes = workbook(false, |wb| {
        wb.worksheet_from_name("PlacesOfWork").unwrap().set_column_hidden(12).unwrap();
    });
    assert!(read("c.xlsx", &bytes).unwrap().warnings.iter().all(|w| !w.message_en.contains("hidden")));
}

/// The corpus ODS with a second Country column in I, `heading` over the two sites' values, with `styles` and `columns`
/// as [`super::tests::corpus_ods`] takes them.
fn ods_second_country(styles: &str, columns: &str, [heading, s1, s2]: [&'static str; 3]) -> Vec<u8> {
    super::tests::corpus_ods(styles, "", columns, move |i, row| {
        let value = match i {
            0 => heading,
            1 => s1,
            2 => s2,
            _ => return row,
        };
        let cell =
            format!(r#"<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>"#);
        row.replacen("</table:table-row>", &format!("{cell}</table:table-row>"), 1)
    })
}

#[test]
fn what_an_ods_hides_is_warned_of_or_named_in_a_refusal_as_in_an_xlsx() {
    let disagree = ["Pays", "Bangladesh", "Malaysia"];
    // Country* in G hidden (`table:visibility="collapse"`), the visible `Pays` in I says Bangladesh on row 2.
    let hide_g = r#"<table:table-column table:number-columns-repeated="6"/><table:table-column table:visibility="collapse"/><table:table-column table:number-columns-repeated="2"/>"#;
    let issues = errors(read("c.ods", &ods_second_country("", hide_g, disagree)));
    assert_eq!(places(&issues), vec!["PlacesOfWork!I1"], "{issues:?}");
    let (en, fr) = (&issues[0].message_en, &issues[0].message_fr);
    assert!(
        en.contains("(G)") && en.contains("(I)") && en.contains("row 2:") && en.contains("Column G is hidden"),
        "{en}"
    );
    assert!(fr.contains("colonne G est masquée"), "{fr}");
    assert_french(&issues[0]);
    // A column style of width zero hides a column as well.
    let zero_width = r#"<style:style style:name="co0" style:family="table-column"><style:table-column-properties style:column-width="0in"/></style:style><style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="0.889in"/></style:style>"#;
    let hide_i = r#"<table:table-column table:style-name="co1" table:number-columns-repeated="8"/><table:table-column table:style-name="co0"/>"#;
    let issues = errors(read("c.ods", &ods_second_country(zero_width, hide_i, disagree)));
    assert!(issues[0].message_en.contains("Column I is hidden"), "{issues:?}");
    // Nothing hidden: refused, naming no hidden column.
    let issues = errors(read("c.ods", &ods_second_country("", "", disagree)));
    assert_eq!(places(&issues), vec!["PlacesOfWork!I1"], "{issues:?}");
    assert!(!issues[0].message_en.contains("hidden"), "{issues:?}");
    // Agreeing columns, G hidden: read, warned of as two columns and as a hidden column holding values.
    let p = read("c.ods", &ods_second_country("", hide_g, ["Pays", "CA", "Malaysia"])).unwrap();
    assert!(p.warnings.iter().any(|w| w.location == "PlacesOfWork!I1" && w.message_en.contains("Column G is hidden")));
    let hidden: Vec<_> = p.warnings.iter().filter(|w| w.location == "PlacesOfWork").collect();
    assert_eq!(hidden.len(), 1, "{:?}", p.warnings);
    assert!(hidden[0].message_en.starts_with("Column G of the sheet is hidden"), "{hidden:?}");
    assert!(hidden[0].message_fr.starts_with("La colonne G de la feuille est masquée"), "{hidden:?}");

    // Rows: row 2 collapsed, row 3 of a style of height zero, a thousand empty rows filtered out after them; only the
    // rows holding values are named.
    let low = r#"<style:style style:name="ro0" style:family="table-row"><style:table-row-properties style:row-height="0cm"/></style:style>"#;
    let bytes = super::tests::corpus_ods(low, "", "", |i, row| match i {
        1 => row.replacen("<table:table-row>", r#"<table:table-row table:visibility="collapse">"#, 1),
        2 => {
            row.replacen("<table:table-row>", r#"<table:table-row table:style-name="ro0">"#, 1)
                + r#"<table:table-row table:number-rows-repeated="1000" table:visibility="filter"><table:table-cell table:number-columns-repeated="8"/></table:table-row>"#
        }
        _ => row,
    });
    let p = read("h.ods", &bytes).unwrap();
    let w: Vec<_> = p.warnings.iter().filter(|w| w.location == "PlacesOfWork").collect();
    assert_eq!(w.len(), 1, "{:?}", p.warnings);
    assert!(w[0].message_en.starts_with("Rows 2, 3 of the sheet are hidden"), "{w:?}");
    assert!(w[0].message_fr.starts_with("Les lignes 2, 3 de la feuille sont masquées"), "{w:?}");
    // A table whose style is not displayed: a hidden sheet.
    let hidden_table = r#"<style:style style:name="ta0" style:family="table"><style:table-properties table:display="false"/></style:style>"#;
    let p = read("t.ods", &super::tests::corpus_ods(hidden_table, r#" table:style-name="ta0""#, "", |_, r| r)).unwrap();
    assert!(
        p.warnings.iter().any(|w| w.location == "PlacesOfWork" && w.message_en.contains("sheet is hidden")),
        "{:?}",
        p.warnings
    );
    // Nothing hidden, styles and columns given: no warning.
    let shown = super::tests::corpus_ods(
        zero_width,
        "",
        r#"<table:table-column table:style-name="co1" table:number-columns-repeated="8"/><table:table-column table:style-name="co0"/>"#,
        |_, r| r,
    );
    assert!(read("n.ods", &shown).unwrap().warnings.iter().all(|w| !w.message_en.contains("hidden")));
}

#[test]
fn a_row_of_height_zero_is_warned_of_as_a_hidden_row() {
    let bytes = patch_zip(&workbook_with_workers(), PLACES_PART, |xml| {
        xml.replacen(r#"<row r="2""#, r#"<row r="2" ht="0" customHeight="1""#, 1)
    });
    let p = read("h.xlsx", &bytes).unwrap();
    assert!(
        p.warnings
            .iter()
            .any(|w| w.location == "PlacesOfWork" && w.message_en.starts_with("Row 2 of the sheet is hidden")),
        "{:?}",
        p.warnings
    );
    // A custom height with no height, as openpyxl writes a height of zero.
    let bytes = patch_zip(&workbook_with_workers(), PLACES_PART, |xml| {
        xml.replacen(r#"<row r="2""#, r#"<row r="2" customHeight="1""#, 1)
    });
    let p = read("h.xlsx", &bytes).unwrap();
    assert!(p.warnings.iter().any(|w| w.message_en.starts_with("Row 2 of the sheet is hidden")), "{:?}", p.warnings);
    // A row of ordinary height is not.
    let bytes = patch_zip(&workbook_with_workers(), PLACES_PART, |xml| {
        xml.replacen(r#"<row r="2""#, r#"<row r="2" ht="15" customHeight="1""#, 1)
    });
    assert!(!read("h.xlsx", &bytes).unwrap().warnings.iter().any(|w| w.message_en.contains("hidden")));
}

#[test]
fn a_supplier_field_given_twice_is_refused_naming_both_cells() {
    for (label, value) in
        [("Country", "China"), ("Pays", "Chine"), ("Legal name", "Shell Trading Ltd."), ("Country*", "US")]
    {
        let bytes = workbook(false, |wb| {
            let ws = wb.worksheet_from_name("Supplier").unwrap();
            ws.write_string(9, 0, label).unwrap();
            ws.write_string(9, 1, value).unwrap();
        });
        let issues = errors(read("d.xlsx", &bytes));
        assert_eq!(places(&issues), vec!["Supplier!A10"], "{label}: {issues:?}");
        let first = if label.starts_with('L') { "Supplier!A1" } else { "Supplier!A2" };
        assert!(issues[0].message_en.contains(first) && issues[0].message_fr.contains(first), "{issues:?}");
        assert_french(&issues[0]);
    }
}

#[test]
fn a_merge_over_two_supplier_fields_is_one_error_not_two() {
    // B1:B2 over Legal name and Country: the legal name would be read as a country.
    let bytes = workbook(false, |wb| {
        wb.worksheet_from_name("Supplier")
            .unwrap()
            .merge_range(0, 1, 1, 1, "Example Rope Inc.", &Format::new())
            .unwrap();
    });
    let issues = errors(read("m.xlsx", &bytes));
    assert_eq!(places(&issues), vec!["Supplier!B1:B2"], "{issues:?}");
}

#[test]
fn a_title_row_above_the_header_is_named_once_with_the_row_that_looks_like_the_header() {
    for (fr, title_rows) in [(false, 1u32), (true, 1), (false, 3)] {
        let mut wb = Workbook::new();
        let (sup, pow) = if fr { ("Fournisseur", "LieuxDeTravail") } else { ("Supplier", "PlacesOfWork") };
        let ws = wb.add_worksheet().set_name(sup).unwrap();
        for (r, (k, v)) in
            [("Legal name", "X"), ("Country", "CA"), ("Declaration date", "2026-03-31"), ("Signatory name", "A")]
                .iter()
                .enumerate()
        {
            ws.write_row(r as u32, 0, [*k, *v]).unwrap();
        }
        let ws = wb.add_worksheet().set_name("Attestations").unwrap();
        ws.write_row(0, 0, ["Right", "Attested"]).unwrap();
        ws.write_row(1, 0, ["forced_labour", "Yes"]).unwrap();
        let ws = wb.add_worksheet().set_name(pow).unwrap();
        ws.write_string(0, 0, "Example Rope — supply chain map 2026").unwrap();
        let h = title_rows;
        ws.write_row(h, 0, ["Site ID", "Site name", "Role", "Goods", "Address", "City", "Country"]).unwrap();
        ws.write_row(h + 1, 0, ["S1", "Works", "manufacturing", "rope", "1 Rd", "Town", "CA"]).unwrap();
        ws.write_row(h + 2, 0, ["S2", "Estate", "raw_material", "sisal", "2 Rd", "Tanga", "TZ"]).unwrap();
        let issues = errors(read("t.xlsx", &wb.save_to_buffer().unwrap()));
        let at = format!("{pow}!A1");
        assert_eq!(places(&issues), vec![at.as_str()], "{issues:?}");
        let (en, fr_msg) = (&issues[0].message_en, &issues[0].message_fr);
        assert!(en.contains(&format!("row {} looks like it", h + 1)), "{en}");
        assert!(fr_msg.contains(&format!("ligne {} lui ressemble", h + 1)), "{fr_msg}");
        assert_french(&issues[0]);
    }
}

#[test]
fn a_french_message_names_the_sheets_as_the_file_names_them() {
    let bytes = workbook(false, |wb| {
        let ws = wb.add_worksheet().set_name("Goods").unwrap();
        ws.write_row(0, 0, ["Item", "Produced at"]).unwrap();
        ws.write_row(1, 0, ["Rope", "S7"]).unwrap();
    });
    let issues = errors(read("g.xlsx", &bytes));
    assert_eq!(places(&issues), vec!["Goods!B2"], "{issues:?}");
    assert!(issues[0].message_fr.contains("feuille PlacesOfWork"), "{issues:?}");
    let bytes = workbook(true, |wb| {
        let ws = wb.add_worksheet().set_name("Biens").unwrap();
        ws.write_row(0, 0, ["Article", "Produit à"]).unwrap();
        ws.write_row(1, 0, ["Corde", "S7"]).unwrap();
    });
    let issues = errors(read("g.xlsx", &bytes));
    assert!(issues.iter().any(|i| i.message_en.contains("the LieuxDeTravail sheet")), "{issues:?}");
}

/// The JSON carrier takes a yes-or-no value as true or false or in the text forms a sheet writes (DECLARATION-WORKBOOK.md:
/// "yes/no values are booleans or the text forms"): `"Yes"`, `"Oui"`, `"Y"`, `"O"`, `"TRUE"`, `"vrai"`, `"1"` read
/// as yes, `"No"`, `"Non"`, `"N"`, `"FALSE"`, `"faux"`, `"0"` as no, in an attestation and a due-diligence answer
/// alike; any other text is refused at its pointer.
#[test]
fn a_json_yes_or_no_value_in_its_text_forms_reads_as_a_sheet_reads_it() {
    for (yes, no) in
        [("Yes", "No"), ("Oui", "Non"), ("Y", "N"), ("O", "N"), ("TRUE", "FALSE"), ("vrai", "faux"), ("1", "0")]
    {
        let doc = cordages(|v| {
            v["attestations"][0]["attested"] = json!(yes);
            v["attestations"][1]["attested"] = json!(no);
            v["due_diligence"][0]["answer"] = json!(no);
            v["due_diligence"][3]["answer"] = json!(yes);
        });
        let parsed = read("yes.json", &doc).unwrap_or_else(|e| panic!("{yes}/{no}: {e:?}"));
        let d = &parsed.declaration;
        assert!(d.attestations[0].attested, "{yes}");
        assert!(!d.attestations[1].attested, "{no}");
        assert_eq!(d.due_diligence.policy, Some(false), "{no}");
        assert_eq!(d.due_diligence.social_audit, Some(true), "{yes}");
    }
    let issues = errors(read("maybe.json", &cordages(|v| v["attestations"][0]["attested"] = json!("Maybe"))));
    assert!(issues.iter().any(|i| i.location == "/attestations/0/attested"), "{issues:?}");
}

/// A text formula of constants gives one text whatever the workbook holds: a stored text that is not it (a country
/// looked up once and typed over, a placeholder kept by a program that never calculated) is not the cell's value.
/// Refused at its cell in XLSX and ODS; a stored text that is the formula's own is read.
#[test]
fn a_text_formula_of_constants_whose_stored_text_is_not_its_own_is_refused() {
    for (formula, stored, refused) in [
        (r#""Chi"&amp;"na""#, "India", true),
        (r#"UPPER("china")"#, "INDIA", true),
        (r#"CONCATENATE("Viet"," ","Nam")"#, "Thailand", true),
        (r#"TRIM("  Viet   Nam ")"#, "Viet Nam", false),
        (r#""Chi"&amp;"na""#, "China", false),
        (r#"_xlfn.CONCAT("In","dia")"#, "India", false),
        (r#"LOWER("CN")"#, "cn", false),
        (r#"VLOOKUP("x",Lists!A:B,2,0)"#, "India", false),
    ] {
        let bytes = set_cell_xml(
            &workbook(false, |_| {}),
            PLACES_PART,
            "G2",
            &format!(r#"<c r="G2" t="str"><f>{formula}</f><v>{stored}</v></c>"#),
        );
        let bytes = patch_zip(&bytes, "xl/workbook.xml", |x| x.replace(" fullCalcOnLoad=\"1\"", ""));
        let got = read("t.xlsx", &bytes);
        if refused {
            let issues = errors(got);
            assert_eq!(places(&issues), ["PlacesOfWork!G2"], "{formula}: {issues:?}");
            assert!(issues[0].message_en.contains("never calculated"), "{issues:?}");
            assert_french(&issues[0]);
        } else {
            let d = got.unwrap_or_else(|e| panic!("{formula}: {e:?}")).declaration;
            assert_eq!(d.places_of_work[0].country.as_str().len(), 2, "{formula}");
        }
    }
    // A text formula stored as a number (a placeholder 0) is no more its result.
    let bytes =
        set_cell_xml(&workbook(false, |_| {}), PLACES_PART, "G2", r#"<c r="G2"><f>"C"&amp;"N"</f><v>0</v></c>"#);
    let bytes = patch_zip(&bytes, "xl/workbook.xml", |x| x.replace(" fullCalcOnLoad=\"1\"", ""));
    assert_eq!(places(&errors(read("t.xlsx", &bytes))), ["PlacesOfWork!G2"]);
    // ODS: the Supplier's country as a text formula of constants whose stored text is another country.
    let ods = |formula: &str, shown: &str| {
        let path =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/corpus/accepted/pandas-odfpy-en.ods");
        patch_zip(&std::fs::read(path).unwrap(), "content.xml", |xml| {
            xml.replacen(
                r#"<table:table-cell office:value-type="string" office:string-value="CA"><text:p>CA</text:p></table:table-cell>"#,
                &format!(
                    r#"<table:table-cell table:formula="of:={formula}" office:value-type="string" office:string-value="{shown}"><text:p>{shown}</text:p></table:table-cell>"#
                ),
                1,
            )
        })
    };
    let issues = errors(read("t.ods", &ods("&quot;Can&quot;&amp;&quot;ada&quot;", "India")));
    assert_eq!(places(&issues), ["Supplier!B3"], "{issues:?}");
    assert!(issues[0].message_en.contains("never calculated"), "{issues:?}");
    let d = read("t.ods", &ods("&quot;Can&quot;&amp;&quot;ada&quot;", "Canada")).unwrap().declaration;
    assert_eq!(d.supplier.country.as_str(), "CA");
}

/// A line of the Supplier form holds a label and its value: a value past the second — a value cut at a comma it
/// holds, a second name — would be dropped, so the CSV line is refused at it; in a workbook, a cell past the value
/// column is warned of at its place (a note beside the form).
#[test]
fn a_value_past_the_supplier_form_s_value_column_is_never_dropped_silently() {
    let places_csv =
        "Site ID,Site name,Role,Goods,Address,City,Country\nG1,Plant,manufacturing,gloves,Jalan 1,Klang,MY\n";
    for (line, at, field) in [
        ("Legal name,Cordages Nordiques, Inc.", "Supplier!C2", "Legal name"),
        ("Signatory name,Marc Tremblay,Jean Roy", "Supplier!C5", "Signatory name"),
        ("Legal name,Cordages Nordiques,,, Inc.", "Supplier!E2", "Legal name"),
    ] {
        let (legal, signatory) = if line.starts_with("Legal") {
            (line.to_string(), "Signatory name,Ng".to_string())
        } else {
            ("Legal name,X Inc.".to_string(), line.to_string())
        };
        let supplier = format!("Label,Value\n{legal}\nCountry,CA\nDeclaration date,2026-04-01\n{signatory}\n");
        let csv = zip_of(&[
            ("Supplier.csv", supplier.as_str()),
            ("Attestations.csv", "Right,Attested\nchild_labour,Y\n"),
            ("PlacesOfWork.csv", places_csv),
        ]);
        let issues = errors(read("s.zip", &csv));
        assert_eq!(places(&issues), [at], "{line}: {issues:?}");
        assert_eq!(issues[0].field.as_deref(), Some(field), "{issues:?}");
        assert!(issues[0].message_en.contains("quotation marks") && issues[0].message_fr.contains("guillemets"));
        assert_french(&issues[0]);
    }
    // Quoted, the comma is part of the value.
    let csv = zip_of(&[
        (
            "Supplier.csv",
            "Label,Value\nLegal name,\"Cordages Nordiques, Inc.\"\nCountry,CA\nDeclaration date,2026-04-01\nSignatory name,Ng\n",
        ),
        ("Attestations.csv", "Right,Attested\nchild_labour,Y\n"),
        ("PlacesOfWork.csv", places_csv),
    ]);
    assert_eq!(read("s.zip", &csv).unwrap().declaration.supplier.legal_name, "Cordages Nordiques, Inc.");
    // In a workbook, a note beside a field's value is not read, and said so at its cell.
    let bytes = workbook(false, |wb| {
        wb.worksheet_from_name("Supplier").unwrap().write_string(0, 3, "see annex").unwrap();
    });
    let parsed = read("n.xlsx", &bytes).unwrap();
    assert_eq!(parsed.declaration.supplier.legal_name, "Example Rope Inc.");
    let w: Vec<_> = parsed.warnings.iter().filter(|w| w.location == "Supplier!D1").collect();
    assert_eq!(w.len(), 1, "{:?}", parsed.warnings);
    assert!(w[0].message_en.contains("not read") && w[0].message_fr.contains("n'est pas"), "{w:?}");
}

/// A JSON table's header is the keys of all its objects: a key no field takes is named where it is — the first object
/// holding it, with how many others do — never at the first object of the list, and called a key, not a column.
#[test]
fn an_unknown_json_key_is_named_where_it_is() {
    // A declaration of five sites.
    let json_doc = |edit: &dyn Fn(&mut Value)| {
        let mut v: Value = serde_json::from_slice(&demo("cordages-nordiques-w8486.json")).unwrap();
        edit(&mut v);
        serde_json::to_vec_pretty(&v).unwrap()
    };
    let doc = json_doc(&|v| {
        v["places_of_work"][1]["buyer_ref"] = json!(9999);
    });
    let parsed = read("k.json", &doc).unwrap();
    let w: Vec<_> = parsed.warnings.iter().filter(|w| w.message_en.contains("buyer_ref")).collect();
    assert_eq!(w.len(), 1, "{:?}", parsed.warnings);
    assert_eq!(w[0].location, "/places_of_work/1/buyer_ref");
    assert!(w[0].message_en.contains("Unknown key") && w[0].message_fr.contains("clé inconnue"), "{w:?}");
    let n = json_doc(&|_| {});
    let count = serde_json::from_slice::<Value>(&n).unwrap()["places_of_work"].as_array().unwrap().len();
    assert!(count >= 3, "the demo declaration has {count} sites");
    let doc = json_doc(&|v| {
        v["places_of_work"][2]["colour"] = json!("red");
        v["places_of_work"][count - 1]["colour"] = json!("blue");
    });
    let parsed = read("k.json", &doc).unwrap();
    let w: Vec<_> = parsed.warnings.iter().filter(|w| w.message_en.contains("colour")).collect();
    assert_eq!(w.len(), 1, "{:?}", parsed.warnings);
    assert_eq!(w[0].location, "/places_of_work/2/colour");
    assert!(w[0].message_en.contains("1 other object") && w[0].message_fr.contains("1 autre objet"), "{w:?}");
    let doc = json_doc(&|v| v["supplier"]["colour"] = json!("red"));
    let parsed = read("k.json", &doc).unwrap();
    let w: Vec<_> = parsed.warnings.iter().filter(|w| w.message_en.contains("colour")).collect();
    assert_eq!(w[0].location, "/supplier/colour");
    assert!(w[0].message_en.contains("Unknown key"), "{w:?}");
}

/// A number whose format shows nothing for it (`;;;`, a zero under `0;-0;;@`) is a value the sheet does not show:
/// a field of numbers reads what its cell shows, so it is refused at its cell naming the number and the format.
#[test]
fn a_number_its_format_hides_is_refused_at_its_cell_naming_number_and_format() {
    for (code, workers) in [(";;;", 240.0), ("0;-0;;@", 0.0), (r#"[Red]0;;"#, 0.0), (";;;", 1234.0)] {
        let bytes = workbook(false, |wb| {
            let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
            ws.write_string(0, 8, "Workers").unwrap();
            ws.write_number_with_format(1, 8, workers, &Format::new().set_num_format(code)).unwrap();
        });
        let issues = errors(read("h.xlsx", &bytes));
        assert_eq!(places(&issues), vec!["PlacesOfWork!I2"], "{code}: {issues:?}");
        let n = if workers == 1234.0 { "1,234".to_string() } else { format!("{workers}") };
        let (en, fr) = (&issues[0].message_en, &issues[0].message_fr);
        assert!(en.contains(&format!("holds {n},")) && en.contains(&format!("“{code}” hides")), "{en}");
        assert!(fr.contains("masque") && fr.contains(&format!("«\u{a0}{code}\u{a0}»")), "{fr}");
    }
    // A format that shows the number leaves it unremarked.
    let bytes = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(0, 8, "Workers").unwrap();
        ws.write_number_with_format(1, 8, 240.0, &Format::new().set_num_format("0;-0;;@")).unwrap();
    });
    assert!(read("h.xlsx", &bytes).unwrap().warnings.iter().all(|w| w.location != "PlacesOfWork!I2"));
}

/// A workbook with `part` added (or replaced) holding `body`.
fn with_part(bytes: &[u8], part: &str, body: &str) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        if name == part {
            continue;
        }
        let mut data = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut data).unwrap();
        out.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        std::io::Write::write_all(&mut out, &data).unwrap();
    }
    out.start_file(part, zip::write::SimpleFileOptions::default()).unwrap();
    std::io::Write::write_all(&mut out, body.as_bytes()).unwrap();
    out.finish().unwrap().into_inner()
}

/// An ODS `settings.xml` with LibreOffice's `AutoCalculate` item set to `on`.
fn ods_settings(on: bool) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" office:version="1.3"><office:settings><config:config-item-set config:name="ooo:configuration-settings"><config:config-item config:name="ApplyUserData" config:type="boolean">true</config:config-item><config:config-item config:name="AutoCalculate" config:type="boolean">{on}</config:config-item></config:config-item-set></office:settings></office:document-settings>"#
    )
}

/// A formula that reads other cells stores the result it had when the workbook was last calculated: in a workbook
/// set to manual calculation and saved without recalculating, that result may be older than the cells it reads
/// (`=Lists!B100` after the list changed, a `VLOOKUP` whose table was edited). Such a field cell is refused at its
/// place naming the formula and the manual calculation; in a workbook that calculates (automatic, or manual but
/// recalculated before saving, Excel's default) the same formulas are read; a formula of constants is worked out and
/// read in any mode.
#[test]
fn a_formula_reading_cells_in_a_workbook_saved_without_recalculating_is_refused_never_read_stale() {
    let cells = |wb: &mut Workbook| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(0, 8, "Workers").unwrap();
        ws.write_string(0, 9, "Share of value %").unwrap();
        ws.write_number(1, 8, 0.0).unwrap();
        ws.write_number(1, 9, 0.0).unwrap();
    };
    let xlsx = |calc: &str| {
        let bytes = workbook(false, cells);
        let bytes = set_cell_xml(&bytes, PLACES_PART, "I2", r#"<c r="I2"><f>Lists!B100</f><v>1850</v></c>"#);
        let bytes = set_cell_xml(&bytes, PLACES_PART, "J2", r#"<c r="J2"><f>SUM(J3:J9)/4</f><v>12.5</v></c>"#);
        let bytes = set_cell_xml(
            &bytes,
            PLACES_PART,
            "G2",
            r#"<c r="G2" t="str"><f>VLOOKUP(A2,Lists!A:B,2,0)</f><v>Malaysia</v></c>"#,
        );
        patch_zip(&bytes, "xl/workbook.xml", |x| {
            assert!(x.contains(r#" fullCalcOnLoad="1""#), "{x}");
            x.replace(r#" fullCalcOnLoad="1""#, calc)
        })
    };
    for calc in [
        r#" calcMode="manual" calcOnSave="0""#,
        r#" calcOnSave="false" calcMode="manual""#,
        r#" calcMode=" manual " calcOnSave="0" fullCalcOnLoad="0""#,
    ] {
        let issues = errors(read("m.xlsx", &xlsx(calc)));
        let mut got = places(&issues);
        got.sort_unstable();
        assert_eq!(got, ["PlacesOfWork!G2", "PlacesOfWork!I2", "PlacesOfWork!J2"], "{calc}: {issues:?}");
        for i in &issues {
            assert!(
                i.message_en.contains("manual calculation") && i.message_en.contains("=Lists!B100")
                    || !i.location.ends_with("I2"),
                "{i:?}"
            );
            assert!(i.message_en.contains("out of date") && i.message_fr.contains("calcul manuel"), "{i:?}");
            assert!(i.message_fr.contains("périmé\u{a0}:"), "{i:?}");
            assert_french(i);
        }
    }
    // The same formulas in a workbook that calculates are their values.
    for calc in ["", r#" calcMode="auto""#, r#" calcMode="manual""#, r#" calcMode="manual" calcOnSave="1""#] {
        let d = read("a.xlsx", &xlsx(calc)).unwrap_or_else(|e| panic!("{calc}: {e:?}")).declaration;
        assert_eq!(d.places_of_work[0].workers, Some(1850), "{calc}");
        assert_eq!(d.places_of_work[0].country.as_str(), "MY", "{calc}");
    }
    // A formula of constants is worked out, whatever the mode; a date formula reading a cell on the Supplier form is
    // refused like any other.
    let bytes = set_cell_xml(&workbook(false, cells), PLACES_PART, "I2", r#"<c r="I2"><f>1200+650</f><v>1850</v></c>"#);
    let bytes = patch_zip(&bytes, "xl/workbook.xml", |x| {
        x.replace(r#" fullCalcOnLoad="1""#, r#" calcMode="manual" calcOnSave="0""#)
    });
    assert_eq!(read("c.xlsx", &bytes).unwrap().declaration.places_of_work[0].workers, Some(1850));
    let bytes = workbook(false, |wb| {
        wb.worksheet_from_name("Supplier")
            .unwrap()
            .write_formula(2, 1, "=Lists!C2")
            .unwrap()
            .set_formula_result(2, 1, "46112");
    });
    let bytes = patch_zip(&bytes, "xl/workbook.xml", |x| {
        x.replace(r#" fullCalcOnLoad="1""#, r#" calcMode="manual" calcOnSave="0""#)
    });
    assert_eq!(places(&errors(read("d.xlsx", &bytes))), ["Supplier!B3"]);

    // ODS: LibreOffice's AutoCalculate off, the same formulas (LibreOffice writes their calculated type).
    let formula = r#"<table:table-cell table:formula="of:=[$Lists.B100]" office:value-type="float" office:value="1850" calcext:value-type="float"><text:p>1850</text:p></table:table-cell>"#;
    let ods = ods_with_workers(&[formula]);
    let issues = errors(read("m.ods", &with_part(&ods, "settings.xml", &ods_settings(false))));
    assert_eq!(places(&issues), ["PlacesOfWork!I2"], "{issues:?}");
    assert!(issues[0].message_en.contains("=Lists!B100") && issues[0].message_en.contains("manual"), "{issues:?}");
    assert_french(&issues[0]);
    for ods in [with_part(&ods, "settings.xml", &ods_settings(true)), ods.clone()] {
        assert_eq!(read("a.ods", &ods).unwrap().declaration.places_of_work[0].workers, Some(1850));
    }
    let constant = r#"<table:table-cell table:formula="of:=1200+650" office:value-type="float" office:value="1850" calcext:value-type="float"><text:p>1850</text:p></table:table-cell>"#;
    let ods = with_part(&ods_with_workers(&[constant]), "settings.xml", &ods_settings(false));
    assert_eq!(read("c.ods", &ods).unwrap().declaration.places_of_work[0].workers, Some(1850));
    // A file LibreOffice saved with AutoCalculate unticked.
    let lo = patch_zip(&corpus("libreoffice/chainon-convert-en.ods"), "settings.xml", |x| {
        x.replace(
            r#"config:name="AutoCalculate" config:type="boolean">true<"#,
            r#"config:name="AutoCalculate" config:type="boolean">false<"#,
        )
    });
    let lo = patch_zip(&lo, "content.xml", |x| {
        let at = x.find("table:name=\"PlacesOfWork\"").unwrap();
        let (head, tail) = x.split_at(at);
        // The first number of the table becomes a formula reading another cell.
        let cell = tail.find("office:value-type=\"float\"").unwrap();
        let (before, after) = tail.split_at(cell);
        format!("{head}{before}table:formula=\"of:=[.B2]\" {after}")
    });
    let issues = errors(read("lo.ods", &lo));
    assert!(issues.iter().any(|i| i.message_en.contains("=B2") && i.message_en.contains("manual")), "{issues:?}");
}

/// The number styles LibreOffice writes for formats of several sections: volatile styles, one per section, applied
/// by the `style:map` of the style the cell names (`value()>=0` …); the last section is the style's own (a
/// `number:text-style` when it is a text section, as in `0;-0;;@` and `;;;`).
const ODS_SECTION_STYLES: &str = r##"<number:number-style style:name="N9P0" style:volatile="true"><number:number number:decimal-places="0" number:min-integer-digits="9"/></number:number-style><number:number-style style:name="N9"><number:text>-</number:text><number:number number:decimal-places="0" number:min-integer-digits="9"/><style:map style:condition="value()&gt;=0" style:apply-style-name="N9P0"/></number:number-style><number:number-style style:name="NrtP0" style:volatile="true"><number:number number:min-integer-digits="9"/><number:text>RT0001</number:text></number:number-style><number:number-style style:name="Nrt"><number:text>(</number:text><number:number number:min-integer-digits="9"/><number:text>)</number:text><style:map style:condition="value() &gt; 0" style:apply-style-name="NrtP0"/></number:number-style><number:number-style style:name="Nodd"><number:number number:min-integer-digits="9"/><style:map style:condition="is-true-formula(value()&gt;1)" style:apply-style-name="N9P0"/></number:number-style><number:number-style style:name="Nlate"><number:number number:min-integer-digits="9"/><style:map style:condition="value()&gt;=0" style:apply-style-name="Nafter"/></number:number-style><number:number-style style:name="Nafter"><number:number number:min-integer-digits="9"/></number:number-style><number:number-style style:name="Nempty"/><number:number-style style:name="Nbare"><style:text-properties fo:color="#ff0000"/></number:number-style><number:number-style style:name="H3P0" style:volatile="true"/><number:number-style style:name="H3P1" style:volatile="true"/><number:number-style style:name="H3P2" style:volatile="true"/><number:text-style style:name="H3"><number:text-content/><style:map style:condition="value()&gt;0" style:apply-style-name="H3P0"/><style:map style:condition="value()&lt;0" style:apply-style-name="H3P1"/><style:map style:condition="value()=0" style:apply-style-name="H3P2"/></number:text-style><number:number-style style:name="ZP0" style:volatile="true"><number:number number:decimal-places="0" number:min-integer-digits="1"/></number:number-style><number:number-style style:name="ZP1" style:volatile="true"><number:text>-</number:text><number:number number:decimal-places="0" number:min-integer-digits="1"/></number:number-style><number:number-style style:name="ZP2" style:volatile="true"></number:number-style><number:text-style style:name="Z"><number:text-content/><style:map style:condition="value()&gt;0" style:apply-style-name="ZP0"/><style:map style:condition="value()&lt;0" style:apply-style-name="ZP1"/><style:map style:condition="value()=0" style:apply-style-name="ZP2"/></number:text-style><style:style style:name="ce9" style:family="table-cell" style:data-style-name="N9"/><style:style style:name="cert" style:family="table-cell" style:data-style-name="Nrt"/><style:style style:name="ceodd" style:family="table-cell" style:data-style-name="Nodd"/><style:style style:name="celate" style:family="table-cell" style:data-style-name="Nlate"/><style:style style:name="ceempty" style:family="table-cell" style:data-style-name="Nempty"/><style:style style:name="cebare" style:family="table-cell" style:data-style-name="Nbare"/><style:style style:name="ceh3" style:family="table-cell" style:data-style-name="H3"/><style:style style:name="cez" style:family="table-cell" style:data-style-name="Z"/>"##;

/// An ODS with the section styles above, the business number 12345674 in the cell style `bn_style` and the first
/// site's workers `workers` in the cell style `workers_style`.
fn ods_sections(bn_style: &str, workers_style: &str, workers: f64) -> Vec<u8> {
    let cell = format!(
        r#"<table:table-cell table:style-name="{workers_style}" office:value-type="float" office:value="{workers}"><text:p></text:p></table:table-cell>"#
    );
    patch_zip(&ods_with_workers(&[&cell]), "content.xml", |xml| {
        let xml = xml.replacen(
            "<office:automatic-styles/>",
            &format!("<office:automatic-styles>{ODS_SECTION_STYLES}</office:automatic-styles>"),
            1,
        );
        xml.replacen(
            r#"<table:table-cell office:value-type="string" office:string-value="771203940"><text:p>771203940</text:p>"#,
            &format!(
                r#"<table:table-cell table:style-name="{bn_style}" office:value-type="float" office:value="12345674"><text:p>012345674</text:p>"#
            ),
            1,
        )
    })
}

/// An ODS number style with conditional sections (`style:map`) is read as an XLSX format of sections is: the
/// section that applies to the number shows it, and an identifier reads what that section shows or is refused when
/// that cannot be known (a condition no spreadsheet writes, a map to a style not read before it). A style that shows
/// nothing (an empty number style, LibreOffice's `;;;` and the zero section of `0;-0;;@`) hides the number: read,
/// and warned of at its cell, as in XLSX.
#[test]
fn an_ods_style_of_sections_shows_the_section_that_applies_and_one_that_shows_nothing_hides() {
    for (style, want) in [("ce9", "012345674"), ("cert", "012345674")] {
        let parsed = read("s.ods", &ods_sections(style, "Default", 10.0)).unwrap_or_else(|e| panic!("{style}: {e:?}"));
        let bn = parsed.declaration.supplier.business_number.map(|b| b.to_string());
        assert_eq!(bn.as_deref(), Some(want), "{style}");
    }
    for style in ["ceodd", "celate"] {
        let issues = errors(read("s.ods", &ods_sections(style, "Default", 10.0)));
        assert_eq!(places(&issues), ["Supplier!B2"], "{style}: {issues:?}");
        assert!(issues[0].message_en.contains("12345674"), "{issues:?}");
    }
    // A field of numbers reads what its cell shows: a number its style hides is refused.
    for (style, workers) in [("ceempty", 240.0), ("cebare", 240.0), ("ceh3", 240.0), ("ceh3", 0.0), ("cez", 0.0)] {
        let issues = errors(read("h.ods", &ods_sections("ce9", style, workers)));
        assert_eq!(places(&issues), ["PlacesOfWork!I2"], "{style} {workers}: {issues:?}");
        assert!(issues[0].message_en.contains("hides") && issues[0].message_fr.contains("masque"), "{issues:?}");
        assert!(issues[0].message_en.contains(&format!("holds {workers},")), "{issues:?}");
    }
    // The sections that show the number leave it unremarked.
    for (style, workers) in [("cez", 240.0), ("ce9", 240.0), ("Default", 240.0)] {
        let parsed = read("h.ods", &ods_sections("ce9", style, workers)).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(parsed.declaration.places_of_work[0].workers, Some(240), "{style}");
        assert!(parsed.warnings.iter().all(|w| w.location != "PlacesOfWork!I2"), "{style}: {:?}", parsed.warnings);
    }
}

// ---- Identifiers whose digits a spreadsheet made up ----

/// A PlacesOfWork sheet of ODS with one more column, `heading`, whose first two rows hold `cells` (XML).
fn ods_with_column(heading: &str, cells: [&str; 2]) -> Vec<u8> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/corpus/accepted/pandas-odfpy-en.ods");
    patch_zip(&std::fs::read(path).unwrap(), "content.xml", |xml| {
        let (head, tail) = xml.split_once("table:name=\"PlacesOfWork\"").unwrap();
        let (table, rest) = tail.split_once("</table:table>").unwrap();
        let rows: Vec<&str> = table.split("</table:table-row>").collect();
        let mut out = format!("{head}table:name=\"PlacesOfWork\"");
        for (i, row) in rows.iter().enumerate() {
            out.push_str(row);
            if i + 1 == rows.len() {
                break;
            }
            let heading = format!(
                r#"<table:table-cell office:value-type="string"><text:p>{heading}</text:p></table:table-cell>"#
            );
            out.push_str(match i {
                0 => &heading,
                n => cells.get(n - 1).copied().unwrap_or(""),
            });
            out.push_str("</table:table-row>");
        }
        out.push_str("</table:table>");
        out.push_str(rest);
        out
    })
}

#[test]
fn a_number_longer_than_a_spreadsheet_keeps_is_refused_in_any_text_field_of_a_workbook() {
    let bytes = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("Supplier").unwrap();
        ws.write_string(4, 0, "Business number").unwrap();
        // An 18-digit unified social credit code typed into a General cell: the spreadsheet keeps 15 digits.
        ws.write_number(4, 1, 913_301_007_042_045_768_f64).unwrap();
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(0, 8, "Operator business number").unwrap();
        ws.write_string(0, 9, "Postal code").unwrap();
        ws.write_string(0, 10, "OS ID").unwrap();
        ws.write_number(1, 8, 1.234_567_890_123_456_7e16).unwrap();
        // What a spreadsheet shows of such a number, and writes to a CSV file: text in scientific notation.
        ws.write_string(2, 9, "9.13301E+17").unwrap();
        // Shown through a format of its digits, the number is still past the 15 digits kept.
        ws.write_number_with_format(2, 10, 2_023_114_000_000_000_f64, &Format::new().set_num_format("0")).unwrap();
        // Fifteen digits are kept, and read as their digits.
        ws.write_number(1, 9, 123_456_789_012_345_f64).unwrap();
    });
    let issues = errors(read("ids.xlsx", &bytes));
    assert_eq!(places(&issues), vec!["Supplier!B5", "PlacesOfWork!I2", "PlacesOfWork!J3", "PlacesOfWork!K3"]);
    for i in &issues {
        assert_french(i);
        assert!(i.message_en.contains("Text") && i.message_fr.contains("Texte"), "{i:?}");
    }
    assert!(issues[0].message_en.contains("913301007042045760") || issues[0].message_en.contains("91330100704204"));
    assert!(issues[2].message_fr.contains("«\u{a0}9.13301E+17\u{a0}»"), "{:?}", issues[2]);
    let ok = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(0, 9, "Postal code").unwrap();
        ws.write_number(1, 9, 123_456_789_012_345_f64).unwrap();
        ws.write_string(2, 9, "2E-ROAD").unwrap();
    });
    let d = read("ok.xlsx", &ok).unwrap().declaration;
    assert_eq!(d.places_of_work[0].postal_code.as_deref(), Some("123456789012345"));
}

#[test]
fn digits_made_up_by_a_spreadsheet_are_refused_in_csv_ods_and_json_too() {
    // CSV written by a spreadsheet: the long identifier is saved as it was shown, with a decimal comma in French.
    let csv = zip_of(&[
        ("Supplier.csv", "Label,Value\nLegal name,Acme\nCountry,CA\nDeclaration date,2026-04-01\nSignatory name,Ng\n"),
        ("Attestations.csv", "Right,Attested\nchild_labour,Y\n"),
        (
            "PlacesOfWork.csv",
            "Site ID,Site name,Role,Goods,Address,City,Country,Operator business number\nS1,Plant,manufacturing,steel,Road 1,Wuxi,CN,\"9,13301E+17\"\n",
        ),
    ]);
    let issues = errors(read("ids.zip", &csv));
    assert_eq!(places(&issues), vec!["PlacesOfWork!H2"]);
    assert!(issues[0].message_en.contains("scientific notation"), "{issues:?}");
    // ODS: a float cell of 18 digits in the OS ID column.
    let ods = ods_with_column(
        "OS ID",
        [r#"<table:table-cell office:value-type="float" office:value="913301007042045768"/>"#, ""],
    );
    let issues = errors(read("ids.ods", &ods));
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert!(issues[0].location.starts_with("PlacesOfWork!") && issues[0].message_en.contains("15 digits"));
    // JSON takes identifiers as text only; a text in scientific notation is refused at its key.
    let j = json_doc(|v| v["places_of_work"][0]["postal_code"] = json!("4.2100E+04"));
    let issues = errors(read("ids.json", &j));
    assert_eq!(places(&issues), vec!["/places_of_work/0/postal_code"]);
    assert!(issues[0].message_fr.contains("notation scientifique"), "{issues:?}");
}

#[test]
fn an_xlsx_cell_just_over_the_spreadsheet_limit_is_refused_at_its_cell_inline_or_shared() {
    let long = format!("Nitrile gloves {}", "x".repeat(33_000));
    let inline = format!(r#"<c r="D2" t="inlineStr"><is><t>{long}</t></is></c>"#);
    let bytes = set_cell_xml(&workbook(false, |_| {}), PLACES_PART, "D2", &inline);
    let issues = errors(read("long.xlsx", &bytes));
    assert_eq!(places(&issues), vec!["PlacesOfWork!D2"]);
    assert!(issues[0].message_en.contains("32,767") && issues[0].message_fr.contains("32\u{a0}767"), "{issues:?}");
    let shared = patch_zip(&workbook(false, |_| {}), "xl/sharedStrings.xml", |x| {
        x.replace(">sisal rope<", &format!(">{long}<"))
    });
    let issues = errors(read("long.xlsx", &shared));
    assert_eq!(places(&issues), vec!["PlacesOfWork!D2"]);
}

#[test]
fn a_column_of_shares_all_written_as_fractions_is_warned_of_once_naming_its_cells_in_every_carrier() {
    let shares = |values: [f64; 2], percent: bool| {
        workbook(false, |wb| {
            let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
            ws.write_string(0, 8, "Share of value %").unwrap();
            let format = if percent { Format::new().set_num_format("0%") } else { Format::new() };
            ws.write_number_with_format(1, 8, values[0], &format).unwrap();
            ws.write_number_with_format(2, 8, values[1], &format).unwrap();
        })
    };
    let warned = |parsed: Parsed| -> Vec<Issue> {
        parsed.warnings.into_iter().filter(|i| i.message_en.contains("Every share of value")).collect()
    };
    let w = warned(read("f.xlsx", &shares([0.7, 0.25], false)).unwrap());
    assert_eq!(places(&w), vec!["PlacesOfWork!I2"]);
    assert!(w[0].message_en.contains("PlacesOfWork!I2, PlacesOfWork!I3") && w[0].message_fr.contains("au plus"));
    assert_eq!(w[0].level, IssueLevel::Warning);
    // Percentages, or fractions in cells formatted as percentages, are what they say.
    assert!(warned(read("p.xlsx", &shares([70.0, 25.0], false)).unwrap()).is_empty());
    assert!(warned(read("q.xlsx", &shares([0.7, 0.25], true)).unwrap()).is_empty());
    // JSON written by a program exporting fractions.
    let mut v: Value = serde_json::from_slice(&demo("medisafe-gloves-en578.json")).unwrap();
    for (i, p) in v["places_of_work"].as_array_mut().unwrap().iter_mut().enumerate() {
        p["share_of_value"] = json!(if i == 0 { 0.7 } else { 0.05 });
    }
    let j = serde_json::to_vec(&v).unwrap();
    let w = warned(read("f.json", &j).unwrap());
    assert_eq!(places(&w), vec!["/places_of_work/0/share_of_value"]);
    assert!(w[0].message_en.contains("/places_of_work/1/share_of_value"), "{w:?}");
}

#[test]
fn a_csv_separator_line_declares_the_separator_and_places_still_name_the_files_lines() {
    let csv = |sep: &str, country: &str| {
        let s = sep.to_string();
        let j = |fields: &[&str]| fields.join(&s);
        let file = |lines: &[String]| format!("\u{feff}sep={sep}\r\n{}\r\n", lines.join("\r\n"));
        zip_of(&[
            (
                "Supplier.csv",
                &file(&[
                    j(&["Label", "Value"]),
                    j(&["Legal name", "Acme, Inc."]),
                    j(&["Country", "CA"]),
                    j(&["Declaration date", "2026-04-01"]),
                    j(&["Signatory name", "Ng"]),
                ]),
            ),
            ("Attestations.csv", &file(&[j(&["Right", "Attested"]), j(&["child_labour", "Y"])])),
            (
                "PlacesOfWork.csv",
                &file(&[
                    j(&["Site ID", "Site name", "Role", "Goods", "Address", "City", "Country"]),
                    j(&["S1", "Plant", "manufacturing", "steel, rolled", "Road 1, unit 2", "Wuxi", country]),
                ]),
            ),
        ])
    };
    for sep in [";", "|", "\t"] {
        let d = read("sep.zip", &csv(sep, "CN")).unwrap_or_else(|e| panic!("{sep:?}: {e:?}")).declaration;
        assert_eq!(d.supplier.legal_name, "Acme, Inc.", "{sep:?}");
        assert_eq!(d.places_of_work[0].goods, "steel, rolled", "{sep:?}");
        let issues = errors(read("sep.zip", &csv(sep, "Atlantis")));
        assert_eq!(places(&issues), vec!["PlacesOfWork!G3"], "{sep:?}");
    }
}

#[test]
fn a_text_date_is_refused_for_its_form_with_its_own_day_and_called_ambiguous_only_when_it_is() {
    let dates = ["November 4, 2025", "21 août 2025", "31.03.2025", "2025/03/05", "04/11/2025", "le jour J"];
    let bytes = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(0, 8, "Last audit date").unwrap();
        ws.write_string(1, 8, dates[0]).unwrap();
        ws.write_string(2, 8, dates[1]).unwrap();
    });
    let issues = errors(read("d.xlsx", &bytes));
    assert_eq!(places(&issues), vec!["PlacesOfWork!I2", "PlacesOfWork!I3"]);
    assert!(issues[0].message_en.contains("write it as 2025-11-04"), "{issues:?}");
    assert!(issues[1].message_fr.contains("écrivez-la 2025-08-21"), "{issues:?}");
    let said: Vec<Msg> = dates.iter().map(|d| super::parse::not_year_month_day_for_tests(d)).collect();
    assert!(said[2].0.contains("2025-03-31") && said[3].0.contains("2025-03-05"), "{said:?}");
    assert!(said[4].0.contains("ambiguous") && said[4].0.contains("2025-11-04") && said[4].0.contains("2025-04-11"));
    assert!(said[5].0.contains("2026-03-31") && !said[5].0.contains("ambiguous"), "{said:?}");
    for (en, fr) in &said[..4] {
        assert!(!en.contains("ambiguous") && !fr.contains("ambigu"), "{en}");
    }
}

type Msg = (String, String);

#[test]
fn a_json_document_missing_a_required_part_is_told_of_its_key_not_of_a_sheet() {
    let issues = errors(read("bad.json", br#"{"supplier": {}}"#));
    let missing: Vec<&Issue> = issues.iter().filter(|i| i.message_en.contains("required key")).collect();
    assert_eq!(missing.iter().map(|i| i.location.as_str()).collect::<Vec<_>>(), ["/attestations", "/places_of_work"]);
    assert!(missing[0].message_fr.contains("La clé obligatoire «\u{a0}attestations\u{a0}»"), "{:?}", missing[0]);
    assert!(missing.iter().all(|i| i.location_fr.is_none()));
    let issues = errors(read("empty.json", b"{}"));
    assert!(places(&issues).contains(&"/supplier"), "{issues:?}");
    // A workbook still names its sheets.
    let issues = errors(read("nothing.zip", &zip_of(&[("Supplier.csv", "Label,Value\n")])));
    assert!(places(&issues).contains(&"Attestations"), "{issues:?}");
}

#[test]
fn an_os_id_is_read_in_capitals_and_one_of_another_form_is_refused_at_its_cell() {
    let bytes = |s1: &str, s2: &str| {
        workbook(false, |wb| {
            let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
            ws.write_string(0, 8, "OS ID").unwrap();
            ws.write_string(1, 8, s1).unwrap();
            ws.write_string(2, 8, s2).unwrap();
        })
    };
    // S1 is in India (IN).
    let d = read("os.xlsx", &bytes("in2023114kxq7pl", "")).unwrap().declaration;
    assert_eq!(d.places_of_work[0].os_id.as_deref(), Some("IN2023114KXQ7PL"));
    assert_eq!(d.places_of_work[1].os_id, None);
    let issues = errors(read("os.xlsx", &bytes("see audit report", "MY2023114KXQ7P")));
    assert_eq!(places(&issues), vec!["PlacesOfWork!I2", "PlacesOfWork!I3"]);
    assert!(issues[1].message_fr.contains("n'est pas un ID Open Supply Hub"), "{issues:?}");
    let j = json_doc(|v| v["places_of_work"][0]["os_id"] = json!("2019303"));
    assert_eq!(places(&errors(read("os.json", &j))), vec!["/places_of_work/0/os_id"]);
}

#[test]
fn an_os_id_of_no_country_or_of_another_country_than_its_site_s_is_refused_at_its_cell() {
    let bytes = |s1: &str, s2: &str| {
        workbook(false, |wb| {
            let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
            ws.write_string(0, 8, "OS ID").unwrap();
            ws.write_string(1, 8, s1).unwrap();
            ws.write_string(2, 8, s2).unwrap();
        })
    };
    // S1 is in India, S2 in Tanzania.
    let d = read("os.xlsx", &bytes("IN2021001ABC123", "tz2020300QQQ000")).unwrap().declaration;
    assert_eq!(d.places_of_work[1].os_id.as_deref(), Some("TZ2020300QQQ000"));
    let issues = errors(read("os.xlsx", &bytes("QQ2021001ABC123", "KE2020300QQQ000")));
    assert_eq!(places(&issues), vec!["PlacesOfWork!I2", "PlacesOfWork!I3"]);
    assert!(issues[0].message_en.contains("“QQ” is no country's code"), "{issues:?}");
    assert!(issues[1].message_en.contains("in Kenya (KE)") && issues[1].message_en.contains("in Tanzania (TZ)"));
    assert!(issues[1].message_fr.contains("au Kenya (KE)") && issues[1].message_fr.contains("en Tanzanie (TZ)"));
    assert_french(&issues[1]);
    // JSON: the demo's site is in Malaysia.
    for (id, cause) in [("CN2019303BQ3FZP", "in China (CN)"), ("ZZ2019303BQ3FZP", "“ZZ”")] {
        let j = json_doc(|v| v["places_of_work"][0]["os_id"] = json!(id));
        let issues = errors(read("os.json", &j));
        assert_eq!(places(&issues), vec!["/places_of_work/0/os_id"], "{id}");
        assert!(issues[0].message_en.contains(cause), "{issues:?}");
    }
    let j = json_doc(|v| v["places_of_work"][0]["os_id"] = json!("MY2019303BQ3FZP"));
    assert!(read("os.json", &j).is_ok());
}

#[test]
fn an_operator_business_number_is_checked_like_the_suppliers_own_in_every_carrier() {
    // An unknown program identifier, a wrong check digit, a prefix, spaced digits with a wrong check digit, too few
    // digits.
    for typed in ["123456782ZZ0002", "987654321", "NE 123456782", "123 456 783", "12345678"] {
        let bytes = workbook(false, |wb| {
            let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
            ws.write_string(0, 8, "Operator business number").unwrap();
            ws.write_string(1, 8, typed).unwrap();
        });
        let issues = errors(read("obn.xlsx", &bytes));
        assert_eq!(places(&issues), vec!["PlacesOfWork!I2"], "{typed}: {issues:?}");
        assert_french(&issues[0]);
        assert!(
            issues[0].message_en.contains("business number") && issues[0].message_fr.contains("numéro d'entreprise"),
            "{issues:?}"
        );
    }
    // A valid number with its program account is read as its 9 digits, as the supplier's own.
    let ok = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(0, 8, "Operator business number").unwrap();
        ws.write_string(1, 8, "123456782RP0003").unwrap();
    });
    let d = read("ok.xlsx", &ok).unwrap().declaration;
    assert_eq!(d.places_of_work[0].operator_business_number.as_deref(), Some("123456782"));
    // CSV with the spreadsheet's text idiom around a short number.
    let csv = zip_of(&[
        ("Supplier.csv", "Label,Value\nLegal name,Acme\nCountry,CA\nDeclaration date,2026-04-01\nSignatory name,Ng\n"),
        ("Attestations.csv", "Right,Attested\nchild_labour,Y\n"),
        (
            "PlacesOfWork.csv",
            "Site ID,Site name,Role,Goods,Address,City,Country,Operator business number\nS1,Plant,manufacturing,steel,Road 1,Wuxi,CN,\"=\"\"000654321\"\"\"\n",
        ),
    ]);
    let issues = errors(read("obn.zip", &csv));
    assert_eq!(places(&issues), vec!["PlacesOfWork!H2"], "{issues:?}");
    // ODS: a text cell with a wrong check digit.
    let ods = ods_with_column(
        "Operator business number",
        [r#"<table:table-cell office:value-type="string"><text:p>555555555</text:p></table:table-cell>"#, ""],
    );
    let issues = errors(read("obn.ods", &ods));
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert!(issues[0].location.starts_with("PlacesOfWork!") && issues[0].message_en.contains("business number"));
    // JSON: refused at its key.
    let j = json_doc(|v| v["places_of_work"][0]["operator_business_number"] = json!("BN 123456782"));
    let issues = errors(read("obn.json", &j));
    assert_eq!(places(&issues), vec!["/places_of_work/0/operator_business_number"], "{issues:?}");
}
