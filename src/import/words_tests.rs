//! The words of the intake's refusals, in the reader's language (issue 15, a new user's findings): a character is
//! named in French in a French refusal (« U+2013 TIRET DEMI-CADRATIN », never « EN DASH »), a format code is quoted
//! as its user sees it (`dd/mm`, not LibreOffice's `dd"/"mm`), in XLSX as in ODS, and what a date format shows is
//! said with the month and weekday names of the reader's language. Each kind tried with instances made here.

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{ExcelDateTime, Format};

use super::tests::{errors, patch_zip, workbook};
use super::*;

fn read(name: &str, bytes: &[u8]) -> Result<Parsed, Vec<Issue>> {
    read_declaration(name, bytes, &Limits::default())
}

fn error_at<'a>(issues: &'a [Issue], place: &str) -> &'a Issue {
    issues.iter().find(|i| i.location == place).unwrap_or_else(|| panic!("no error at {place}: {issues:?}"))
}

/// The test workbook whose declaration's date (Supplier!B3) is a date cell of 2026-10-04 (a Sunday) in `code`.
fn dated(code: &str) -> Vec<u8> {
    let on = NaiveDate::from_ymd_opt(2026, 10, 4).unwrap();
    workbook(false, |wb| {
        let ws = wb.worksheet_from_name("Supplier").unwrap();
        let at = ExcelDateTime::from_ymd(on.year() as u16, on.month() as u8, on.day() as u8).unwrap();
        ws.write_datetime_with_format(2, 1, &at, &Format::new().set_num_format(code)).unwrap();
    })
}

/// The ODS demo whose declaration's date (Supplier!B4) is a date cell of 2026-10-04 in a date style made of `parts`.
fn ods_dated(parts: &str) -> Vec<u8> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/corpus/accepted/pandas-odfpy-en.ods");
    patch_zip(&std::fs::read(path).unwrap(), "content.xml", |xml| {
        let styles = format!(
            r#"<office:automatic-styles><number:date-style style:name="NDate">{parts}</number:date-style><style:style style:name="ceDay" style:family="table-cell" style:data-style-name="NDate"/></office:automatic-styles>"#
        );
        xml.replacen("<office:automatic-styles/>", &styles, 1).replacen(
            r#"<table:table-cell office:value-type="string" office:string-value="2026-09-01"><text:p>2026-09-01</text:p></table:table-cell>"#,
            r#"<table:table-cell table:style-name="ceDay" office:value-type="date" office:date-value="2026-10-04"><text:p>shown</text:p></table:table-cell>"#,
            1,
        )
    })
}

const DAY: &str = r#"<number:day number:style="long"/>"#;
const MONTH: &str = r#"<number:month number:style="long"/>"#;
const MONTH_NAME: &str = r#"<number:month number:textual="true" number:style="long"/>"#;
const YEAR: &str = r#"<number:year number:style="long"/>"#;
const SLASH: &str = "<number:text>/</number:text>";
const SPACE: &str = "<number:text> </number:text>";

#[test]
fn a_format_code_is_quoted_as_its_user_sees_it_in_xlsx_and_ods_alike() {
    // XLSX codes whose literal text is quoted or escaped, as programs write them.
    for (code, seen) in [("dd\"/\"mm", "dd/mm"), ("yyyy\\-dd\\-mm", "yyyy-dd-mm"), ("mmmm\" \"yyyy", "mmmm yyyy")] {
        let issues = errors(read("d.xlsx", &dated(code)));
        let e = error_at(&issues, "Supplier!B3");
        assert!(e.message_en.contains(&format!("format “{seen}”")), "{code}: {}", e.message_en);
        assert!(e.message_fr.contains(&format!("format «\u{a0}{seen}\u{a0}»")), "{code}: {}", e.message_fr);
        assert!(!e.message_en.contains('"') && !e.message_fr.contains('"'), "{e:?}");
    }
    // The same formats as LibreOffice writes them in ODS (each separator a `number:text`): the same words.
    for (parts, seen) in
        [(format!("{DAY}{SLASH}{MONTH}"), "dd/mm"), (format!("{MONTH_NAME}{SPACE}{YEAR}"), "mmmm yyyy")]
    {
        let issues = errors(read("d.ods", &ods_dated(&parts)));
        let e = error_at(&issues, "Supplier!B4");
        assert!(e.message_en.contains(&format!("format “{seen}”")), "{parts}: {}", e.message_en);
        assert!(!e.message_en.contains('"') && !e.message_fr.contains('"'), "{e:?}");
    }
    // A number format's literal text: `#,##0," k"` scales 1,200,000 workers to 1,200 k.
    let bytes = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(0, 8, "Workers").unwrap();
        ws.write_number_with_format(1, 8, 1_200_000.0, &Format::new().set_num_format("#,##0,\" k\"")).unwrap();
    });
    let issues = errors(read("w.xlsx", &bytes));
    let e = error_at(&issues, "PlacesOfWork!I2");
    assert!(e.message_en.contains("“#,##0, k”") && e.message_fr.contains("«\u{a0}#,##0, k\u{a0}»"), "{e:?}");
}

#[test]
fn what_a_date_format_shows_is_said_with_the_month_and_weekday_names_of_the_reader_s_language() {
    for (code, en, fr) in [
        ("mmm yyyy", "shows Oct 2026", "affiche oct. 2026"),
        ("mmmm yyyy", "shows October 2026", "affiche octobre 2026"),
        ("dddd yyyy", "shows Sunday 2026", "affiche dimanche 2026"),
        ("ddd d mmmm", "shows Sun 4 October", "affiche dim. 4 octobre"),
    ] {
        let issues = errors(read("d.xlsx", &dated(code)));
        let e = error_at(&issues, "Supplier!B3");
        assert!(e.message_en.contains(en), "{code}: {}", e.message_en);
        assert!(e.message_fr.contains(fr), "{code}: {}", e.message_fr);
        for english in ["Oct", "October", "Sunday", "Sun "] {
            assert!(!e.message_fr.contains(english), "{code}: {}", e.message_fr);
        }
    }
    let issues = errors(read("d.ods", &ods_dated(&format!("{MONTH_NAME}{SPACE}{YEAR}"))));
    let e = error_at(&issues, "Supplier!B4");
    assert!(e.message_en.contains("October 2026") && e.message_fr.contains("octobre 2026"), "{e:?}");
    // A count in a date format: the day it shows, in the reader's words.
    let bytes = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(0, 8, "Workers").unwrap();
        ws.write_number_with_format(1, 8, 45_000.0, &Format::new().set_num_format("d mmmm yy")).unwrap();
    });
    let issues = errors(read("w.xlsx", &bytes));
    let e = error_at(&issues, "PlacesOfWork!I2");
    assert!(e.message_en.contains("15 March 23") && e.message_fr.contains("15 mars 23"), "{e:?}");
}

#[test]
fn a_look_alike_in_a_reference_or_a_date_is_named_in_french_in_json_too() {
    let mut v: serde_json::Value = serde_json::from_slice(
        &std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/demo/gantex-en578.json"))
            .unwrap(),
    )
    .unwrap();
    v["supplier"]["declaration_date"] = "2026\u{2012}10\u{2012}04".into();
    let issues = errors(read("d.json", &serde_json::to_vec(&v).unwrap()));
    let e = issues.iter().find(|i| i.message_en.contains("U+2012")).unwrap_or_else(|| panic!("{issues:?}"));
    assert!(e.message_en.contains("U+2012 FIGURE DASH"), "{}", e.message_en);
    assert!(e.message_fr.contains("U+2012 TIRET NUMÉRIQUE") && !e.message_fr.contains("DASH"), "{}", e.message_fr);
}
