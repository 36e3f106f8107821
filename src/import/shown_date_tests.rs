//! A date field reads the day its cell shows (issue 14): a date format that shows the year, then the day before the
//! month (`yyyy-dd-mm`, read as year-month-day) or that hides the day, the month or the year (`mmm yyyy`, `dd/mm`,
//! `hh:mm`) is refused at its cell; a year of two digits is read with a warning; a locale's ordinary forms are read
//! without a word; a date typed with a dash that looks like a hyphen is refused naming it. Each kind tried with
//! instances made here, in XLSX and ODS, for the declaration's date and a site's last audit.

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{ExcelDateTime, Format};

use super::tests::{errors, patch_zip, workbook};
use super::*;

fn read(name: &str, bytes: &[u8]) -> Result<Parsed, Vec<Issue>> {
    read_declaration(name, bytes, &Limits::default())
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The test workbook whose declaration's date (Supplier!B3) is a date cell holding `on` in the format `format`.
fn declared(on: NaiveDate, format: Format) -> Vec<u8> {
    workbook(false, |wb| {
        let ws = wb.worksheet_from_name("Supplier").unwrap();
        let at = ExcelDateTime::from_ymd(on.year() as u16, on.month() as u8, on.day() as u8).unwrap();
        ws.write_datetime_with_format(2, 1, &at, &format).unwrap();
    })
}

fn code(c: &str) -> Format {
    Format::new().set_num_format(c)
}

fn french_spacing(fr: &str) {
    for bad in [" :", " ;", " ?", " !", "« ", " »"] {
        assert!(!fr.contains(bad), "plain space in {bad:?}: {fr}");
    }
}

fn error_at<'a>(issues: &'a [Issue], place: &str) -> &'a Issue {
    issues.iter().find(|i| i.location == place).unwrap_or_else(|| panic!("no error at {place}: {issues:?}"))
}

#[test]
fn a_date_cell_whose_format_puts_the_day_before_the_month_after_the_year_is_refused_naming_both_days() {
    // 4 October 2026 shown 2026-04-10: it reads as 10 April.
    for (format, shown) in [
        ("yyyy-dd-mm", "2026-04-10"),
        ("yyyy/dd/mm", "2026/04/10"),
        ("[$-fr-CA]yyyy-dd-mm", "2026-04-10"),
        ("yyyy\\-d\\-m", "2026-4-10"),
        ("yyyy.dd.mm", "2026.04.10"),
    ] {
        let issues = errors(read("d.xlsx", &declared(day(2026, 10, 4), code(format))));
        let e = error_at(&issues, "Supplier!B3");
        let (en, fr) = (&e.message_en, &e.message_fr);
        // The format as its user sees it: `yyyy-d-m`, not the escapes of its code.
        let seen = format.replace('\\', "");
        assert!(en.contains(&format!("“{seen}”")) && en.contains(shown), "{format}: {en}");
        assert!(en.contains("2026-10-04") && en.contains("October 4, 2026"), "{en}");
        assert!(fr.contains(&format!("«\u{a0}{seen}\u{a0}»")) && fr.contains("4 octobre 2026"), "{fr}");
        assert_eq!(e.field.as_deref(), Some("Declaration date"));
        french_spacing(fr);
    }
    // A site's last audit, on or before the declaration's date, in the same kind of format.
    let bytes = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(0, 8, "Last audit date").unwrap();
        let at = ExcelDateTime::from_ymd(2026, 3, 5).unwrap();
        ws.write_datetime_with_format(1, 8, &at, &code("yyyy dd mm")).unwrap();
    });
    let issues = errors(read("a.xlsx", &bytes));
    let e = error_at(&issues, "PlacesOfWork!I2");
    assert!(e.message_en.contains("2026 05 03") && e.message_en.contains("2026-03-05"), "{e:?}");
}

#[test]
fn a_date_cell_whose_format_hides_the_day_the_month_or_the_year_is_refused_naming_what_it_hides() {
    for (format, hidden_en, hidden_fr) in [
        ("mmm yyyy", "without the day,", "sans le jour,"),
        ("mmmm yyyy", "without the day,", "sans le jour,"),
        ("mm/yy", "without the day,", "sans le jour,"),
        ("dd/mm", "without the year,", "sans l'année,"),
        ("d mmmm", "without the year,", "sans l'année,"),
        ("yy", "without the day or the month", "sans le jour ni le mois"),
        ("yyyy", "without the day or the month", "sans le jour ni le mois"),
        ("dddd yyyy", "without the day or the month", "sans le jour ni le mois"),
    ] {
        let issues = errors(read("d.xlsx", &declared(day(2026, 10, 4), code(format))));
        let e = error_at(&issues, "Supplier!B3");
        let (en, fr) = (&e.message_en, &e.message_fr);
        assert!(en.contains(hidden_en) && en.contains("2026-10-04") && en.contains(&format!("“{format}”")), "{en}");
        assert!(fr.contains(hidden_fr) && fr.contains("4 octobre 2026"), "{fr}");
        french_spacing(fr);
    }
    // A time of day or an elapsed time shows no day at all: refused (as a duration or time of day).
    for format in ["hh:mm", "[h]:mm", "h:mm AM/PM"] {
        let issues = errors(read("d.xlsx", &declared(day(2026, 10, 4), code(format))));
        error_at(&issues, "Supplier!B3");
    }
    // The built-in formats that hide a part: 16 (`d-mmm`) and 17 (`mmm-yy`).
    for id in [16u8, 17] {
        let issues = errors(read("d.xlsx", &declared(day(2026, 10, 4), Format::new().set_num_format_index(id))));
        assert!(error_at(&issues, "Supplier!B3").message_en.contains("without the"), "{id}: {issues:?}");
    }
}

#[test]
fn a_locale_s_ordinary_forms_of_a_whole_day_are_read_without_a_word() {
    let formats = [
        code("yyyy-mm-dd"),
        code("d mmmm yyyy"),
        code("dd/mm/yyyy"),
        code("mm/dd/yyyy"),
        code("[$-fr-CA]yyyy-mm-dd"),
        code("[$-409]mmmm d, yyyy;@"),
        code("[$-F800]dddd, mmmm dd, yyyy"),
        code("dddd d mmmm yyyy"),
        Format::new().set_num_format_index(14),
        Format::new().set_num_format_index(22),
    ];
    for format in formats {
        let p =
            read("d.xlsx", &declared(day(2026, 10, 4), format.clone())).unwrap_or_else(|e| panic!("{format:?}: {e:?}"));
        assert_eq!(p.declaration.supplier.declaration_date, day(2026, 10, 4), "{format:?}");
        assert!(p.warnings.iter().all(|w| w.location != "Supplier!B3"), "{format:?}: {:?}", p.warnings);
    }
}

#[test]
fn a_year_of_two_digits_is_read_as_stored_with_a_warning_naming_what_the_cell_shows() {
    for (format, shown) in [
        (code("dd/mm/yy"), "04/10/26"),
        (code("m/d/yy"), "10/4/26"),
        (Format::new().set_num_format_index(15), "4-Oct-26"),
    ] {
        let p = read("d.xlsx", &declared(day(2026, 10, 4), format)).unwrap_or_else(|e| panic!("{shown}: {e:?}"));
        assert_eq!(p.declaration.supplier.declaration_date, day(2026, 10, 4));
        let w = p.warnings.iter().find(|w| w.location == "Supplier!B3").unwrap_or_else(|| panic!("{:?}", p.warnings));
        assert!(w.message_en.contains("two digits") && w.message_en.contains(shown), "{w:?}");
        assert!(w.message_en.contains("2026-10-04") && w.message_fr.contains("deux chiffres"), "{w:?}");
        french_spacing(&w.message_fr);
    }
}

/// The ODS demo whose declaration's date (Supplier!B4) is a date cell of 2026-10-04 in a date style made of `parts`
/// (the XML inside `number:date-style`), by the cell's own style or, with `by_column`, its column's default style.
fn ods_declared(parts: &str, by_column: bool) -> Vec<u8> {
    ods_declared_in_style(parts, by_column, "")
}

/// [`ods_declared`], the date style with the attributes `attrs` (` number:automatic-order="true"`).
fn ods_declared_in_style(parts: &str, by_column: bool, attrs: &str) -> Vec<u8> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/corpus/accepted/pandas-odfpy-en.ods");
    patch_zip(&std::fs::read(path).unwrap(), "content.xml", |xml| {
        let styles = format!(
            r#"<office:automatic-styles><number:date-style style:name="NDate"{attrs}>{parts}</number:date-style><style:style style:name="ceDay" style:family="table-cell" style:data-style-name="NDate"/></office:automatic-styles>"#
        );
        let xml = xml.replacen("<office:automatic-styles/>", &styles, 1);
        let style = if by_column { "" } else { r#" table:style-name="ceDay""# };
        let xml = xml.replacen(
            r#"<table:table-cell office:value-type="string" office:string-value="2026-09-01"><text:p>2026-09-01</text:p></table:table-cell>"#,
            &format!(
                r#"<table:table-cell{style} office:value-type="date" office:date-value="2026-10-04"><text:p>shown</text:p></table:table-cell>"#
            ),
            1,
        );
        if by_column {
            let columns = r#"<table:table-column/><table:table-column table:default-cell-style-name="ceDay"/>"#;
            xml.replacen(
                r#"<table:table table:name="Supplier">"#,
                &format!(r#"<table:table table:name="Supplier">{columns}"#),
                1,
            )
        } else {
            xml
        }
    })
}

const YEAR: &str = r#"<number:year number:style="long"/>"#;
const MONTH: &str = r#"<number:month number:style="long"/>"#;
const MONTH_NAME: &str = r#"<number:month number:textual="true" number:style="long"/>"#;
const DAY: &str = r#"<number:day number:style="long"/>"#;
const DASH: &str = "<number:text>-</number:text>";
const SPACE: &str = "<number:text> </number:text>";

#[test]
fn an_ods_date_style_is_judged_as_an_xlsx_date_format() {
    // Year, day, month: refused as it shows 2026-04-10, by the cell's style or its column's.
    for by_column in [false, true] {
        let issues = errors(read("d.ods", &ods_declared(&format!("{YEAR}{DASH}{DAY}{DASH}{MONTH}"), by_column)));
        let e = error_at(&issues, "Supplier!B4");
        assert!(e.message_en.contains("2026-04-10") && e.message_en.contains("2026-10-04"), "{e:?}");
        assert!(e.message_fr.contains("4 octobre 2026"), "{e:?}");
    }
    // A month and a year, a day and a month, a year alone: refused naming what is hidden.
    for (parts, hidden) in [
        (format!("{MONTH_NAME}{SPACE}{YEAR}"), "without the day,"),
        (format!("{DAY}{DASH}{MONTH}"), "without the year,"),
        (YEAR.to_string(), "without the day or the month"),
    ] {
        let issues = errors(read("d.ods", &ods_declared(&parts, false)));
        let e = error_at(&issues, "Supplier!B4");
        assert!(e.message_en.contains(hidden) && e.message_en.contains("2026-10-04"), "{parts}: {e:?}");
    }
    // Year-month-day and a day in words: read without a word.
    for parts in [format!("{YEAR}{DASH}{MONTH}{DASH}{DAY}"), format!("{DAY}{SPACE}{MONTH_NAME}{SPACE}{YEAR}")] {
        let p = read("d.ods", &ods_declared(&parts, false)).unwrap_or_else(|e| panic!("{parts}: {e:?}"));
        assert_eq!(p.declaration.supplier.declaration_date, day(2026, 10, 4));
        assert!(p.warnings.iter().all(|w| w.location != "Supplier!B4"), "{:?}", p.warnings);
    }
    // A year of two digits: read, with a warning.
    let parts = format!(r#"{DAY}<number:text>/</number:text>{MONTH}<number:text>/</number:text><number:year/>"#);
    let p = read("d.ods", &ods_declared(&parts, false)).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(p.declaration.supplier.declaration_date, day(2026, 10, 4));
    assert!(
        p.warnings.iter().any(|w| w.location == "Supplier!B4" && w.message_en.contains("04/10/26")),
        "{:?}",
        p.warnings
    );
}

#[test]
fn a_date_typed_with_a_dash_that_looks_like_a_hyphen_is_refused_naming_the_character_and_its_place() {
    for (typed, name, name_fr, position) in [
        ("2026\u{2010}03\u{2010}05", "U+2010 HYPHEN", "U+2010 TRAIT D'UNION au", "5"),
        ("2026\u{2011}03\u{2011}05", "U+2011 NON-BREAKING HYPHEN", "U+2011 TRAIT D'UNION INSÉCABLE", "5"),
        ("2026-03\u{2012}05", "U+2012 FIGURE DASH", "U+2012 TIRET NUMÉRIQUE", "8"),
        ("2026\u{2013}03-05", "U+2013 EN DASH", "U+2013 TIRET DEMI-CADRATIN", "5"),
        ("2026\u{2212}03\u{2212}05", "U+2212 MINUS SIGN", "U+2212 SIGNE MOINS", "5"),
        ("2026\u{2014}03-05", "U+2014 EM DASH", "U+2014 TIRET CADRATIN", "5"),
    ] {
        let bytes = workbook(false, |wb| {
            wb.worksheet_from_name("Supplier").unwrap().write_string(2, 1, typed).unwrap();
        });
        let issues = errors(read("d.xlsx", &bytes));
        let e = error_at(&issues, "Supplier!B3");
        let (en, fr) = (&e.message_en, &e.message_fr);
        assert!(en.contains(name) && en.contains(&format!("character {position}")), "{en}");
        assert!(en.contains("2026-03-05") && fr.contains("2026-03-05") && fr.contains(name_fr), "{fr}");
        french_spacing(fr);
    }
    // A dash in a text that is not year-month-day with plain hyphens either: named, with that text's reason.
    let bytes = workbook(false, |wb| {
        wb.worksheet_from_name("Supplier").unwrap().write_string(2, 1, "05\u{2013}03\u{2013}2026").unwrap();
    });
    let issues = errors(read("d.xlsx", &bytes));
    let e = error_at(&issues, "Supplier!B3");
    assert!(e.message_en.contains("U+2013 EN DASH") && e.message_en.contains("05-03-2026"), "{e:?}");
}

#[test]
fn an_xlsx_date_stored_as_iso_text_is_judged_by_its_format_too() {
    // `t="d"`: the date written as ISO 8601 text in the cell, with a date style that shows year, day, month.
    let bytes = patch_zip(&declared(day(2026, 10, 4), code("yyyy-dd-mm")), "xl/worksheets/sheet1.xml", |xml| {
        let (head, rest) = xml.split_once(r#"<c r="B3""#).unwrap();
        let (cell, tail) = rest.split_once("</c>").unwrap();
        let style = cell.split("s=\"").nth(1).unwrap().split('"').next().unwrap();
        format!(r#"{head}<c r="B3" s="{style}" t="d"><v>2026-10-04T00:00:00</v></c>{tail}"#)
    });
    let issues = errors(read("d.xlsx", &bytes));
    assert!(error_at(&issues, "Supplier!B3").message_en.contains("2026-04-10"), "{issues:?}");
}

/// An ODS date style with `number:automatic-order="true"` shows its parts in the order of its language, not as written
/// (ODF 1.2 §19.340): the written order is not judged (no language writes year, day, month), a part it leaves out is,
/// and a year of two digits in an order that cannot be known from the file is refused (a reader cannot tell the year
/// from the day), naming the day stored.
#[test]
fn an_ods_date_style_in_its_language_s_order_is_judged_by_its_parts_not_by_their_written_order() {
    const AUTO: &str = r#" number:automatic-order="true""#;
    const SLASH: &str = "<number:text>/</number:text>";
    const SHORT_YEAR: &str = "<number:year/>";
    // Written year, day, month, or day, month, year with four digits: the language's order, read without a word.
    for parts in [format!("{YEAR}{DASH}{DAY}{DASH}{MONTH}"), format!("{DAY}{SLASH}{MONTH}{SLASH}{YEAR}")] {
        for by_column in [false, true] {
            let bytes = ods_declared_in_style(&parts, by_column, AUTO);
            let p = read("d.ods", &bytes).unwrap_or_else(|e| panic!("{parts}: {e:#?}"));
            assert_eq!(p.declaration.supplier.declaration_date, day(2026, 10, 4), "{parts}");
            assert!(p.warnings.iter().all(|w| w.location != "Supplier!B4"), "{parts}: {:?}", p.warnings);
        }
    }
    // A year of two digits in the language's order: refused, whatever the written order.
    for parts in [
        format!("{DAY}{SLASH}{MONTH}{SLASH}{SHORT_YEAR}"),
        format!("{SHORT_YEAR}{DASH}{MONTH}{DASH}{DAY}"),
        format!("{MONTH}{SLASH}{DAY}{SLASH}{SHORT_YEAR}"),
    ] {
        let issues = errors(read("d.ods", &ods_declared_in_style(&parts, false, AUTO)));
        let e = error_at(&issues, "Supplier!B4");
        assert!(e.message_en.contains("automatic order") && e.message_en.contains("2026-10-04"), "{parts}: {e:?}");
        assert!(!e.message_en.contains("automatic-order]"), "the code is named without its mark: {e:?}");
        assert!(e.message_fr.contains("ordre automatique") && e.message_fr.contains("4 octobre 2026"), "{e:?}");
        french_spacing(&e.message_fr);
    }
    // What it leaves out is judged as before.
    let issues = errors(read("d.ods", &ods_declared_in_style(&format!("{MONTH_NAME}{SPACE}{YEAR}"), false, AUTO)));
    assert!(error_at(&issues, "Supplier!B4").message_en.contains("without the day,"), "{issues:#?}");
    // Without automatic order (or with it false), the written order is the one shown, as before.
    let off = r#" number:automatic-order="false""#;
    let issues = errors(read("d.ods", &ods_declared_in_style(&format!("{YEAR}{DASH}{DAY}{DASH}{MONTH}"), false, off)));
    assert!(error_at(&issues, "Supplier!B4").message_en.contains("2026-04-10"), "{issues:#?}");
}
