//! What the declaration reads is what the cell shows (issue 14): a value hidden under a merged range, a number its
//! format scales, rounds, dates or replaces by text, a percentage read with binary noise, shares that cannot all be
//! parts of one whole. Each kind tried with instances made here, in workbooks, ODS, CSV and JSON.

use rust_xlsxwriter::Format;
use serde_json::Value;

use super::tests::{demo, errors, places, workbook, zip_of};
use super::*;

fn read(name: &str, bytes: &[u8]) -> Result<Parsed, Vec<Issue>> {
    read_declaration(name, bytes, &Limits::default())
}

fn fmt(code: &str) -> Format {
    Format::new().set_num_format(code)
}

/// French typography in a message: no plain space before `:` `;` `?` `!` nor inside « ».
fn assert_french_spacing(fr: &str) {
    for bad in [" :", " ;", " ?", " !", "« ", " »"] {
        assert!(!fr.contains(bad), "plain space in {bad:?}: {fr}");
    }
}

/// The one error at `place`, with both messages.
fn error_at<'a>(issues: &'a [Issue], place: &str) -> &'a Issue {
    issues.iter().find(|i| i.location == place).unwrap_or_else(|| panic!("no error at {place}: {issues:?}"))
}

// ---- 1. A value hidden under a merged range ----

#[test]
fn a_value_hidden_under_a_merged_range_is_refused_naming_the_cell_the_range_and_both_values() {
    // Country merged over the two sites (G2:G3) shows “India”; the file keeps “Tanzanie” under it in G3.
    let bytes = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.merge_range(1, 6, 2, 6, "India", &Format::new()).unwrap();
        ws.write_string(2, 6, "Tanzanie").unwrap();
    });
    let issues = errors(read("m.xlsx", &bytes));
    assert_eq!(places(&issues), vec!["PlacesOfWork!G3"], "{issues:?}");
    let (en, fr) = (&issues[0].message_en, &issues[0].message_fr);
    assert!(en.contains("“Tanzanie”") && en.contains("G2:G3") && en.contains("“India”") && en.contains("G3"), "{en}");
    assert!(fr.contains("«\u{a0}Tanzanie\u{a0}»") && fr.contains("G2:G3") && fr.contains("Pays"), "{fr}");
    assert_french_spacing(fr);

    // The same value under the range is the value shown: read.
    let same = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.merge_range(1, 6, 2, 6, "India", &Format::new()).unwrap();
        ws.write_string(2, 6, "India").unwrap();
    });
    let d = read("m.xlsx", &same).unwrap_or_else(|e| panic!("{e:?}")).declaration;
    assert!(d.places_of_work.iter().all(|p| p.country.as_str() == "IN"));
}

#[test]
fn a_value_under_a_range_that_shows_nothing_is_refused_not_read() {
    // `Supplies to` merged over H2:H3 with an empty first cell: the sheet shows nothing, the file keeps S1 in H3.
    let bytes = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.merge_range(1, 7, 2, 7, "", &Format::new()).unwrap();
        ws.write_string(2, 7, "S1").unwrap();
    });
    let issues = errors(read("m.xlsx", &bytes));
    let e = error_at(&issues, "PlacesOfWork!H3");
    assert!(e.message_en.contains("shows nothing") && e.message_en.contains("H2:H3"), "{e:?}");
    assert!(e.message_fr.contains("n'y affiche rien"), "{e:?}");
    assert_french_spacing(&e.message_fr);
    // A number hidden under a range across fields: the merge is refused, and the hidden value named at its cell.
    let across = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.merge_range(1, 5, 1, 6, "Kolkata", &Format::new()).unwrap();
        ws.write_number(1, 6, 356.0).unwrap();
    });
    let issues = errors(read("m.xlsx", &across));
    assert!(places(&issues).contains(&"PlacesOfWork!F2:G2"), "{issues:?}");
    assert!(error_at(&issues, "PlacesOfWork!G2").message_en.contains("“356”"), "{issues:?}");
}

#[test]
fn an_ods_covered_cell_holding_its_own_value_is_refused_and_one_holding_the_shown_value_is_read() {
    let ods = |covered: &str| {
        super::tests::corpus_ods("", "", "", |i, row| {
            match i {
            1 => row.replacen(
                r#"<table:table-cell office:value-type="string" office:string-value="CA">"#,
                r#"<table:table-cell table:number-rows-spanned="2" office:value-type="string" office:string-value="CA">"#,
                1,
            ),
            2 => row.replacen(
                r#"<table:table-cell office:value-type="string" office:string-value="Malaysia"><text:p>Malaysia</text:p></table:table-cell>"#,
                &format!(
                    r#"<table:covered-table-cell office:value-type="string" office:string-value="{covered}"><text:p>{covered}</text:p></table:covered-table-cell>"#
                ),
                1,
            ),
            _ => row,
        }
        })
    };
    let issues = errors(read("m.ods", &ods("Malaysia")));
    let e = error_at(&issues, "PlacesOfWork!G3");
    assert!(
        e.message_en.contains("“Malaysia”") && e.message_en.contains("“CA”") && e.message_en.contains("G2:G3"),
        "{e:?}"
    );
    let d = read("m.ods", &ods("CA")).unwrap_or_else(|e| panic!("{e:?}")).declaration;
    assert!(d.places_of_work.iter().all(|p| p.country.as_str() == "CA"));
}

// ---- 2. A number its format shows otherwise ----

/// The test workbook with a `Workers` column (I) whose first site's cell holds `n` in the format `code`.
fn workers_in(n: f64, code: &str) -> Vec<u8> {
    workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(0, 8, "Workers").unwrap();
        ws.write_number_with_format(1, 8, n, &fmt(code)).unwrap();
    })
}

/// The test workbook with a `Share of value %` column (I) whose first site's cell holds `n` in the format `code`.
fn share_in(n: f64, code: &str) -> Vec<u8> {
    workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(0, 8, "Share of value %").unwrap();
        ws.write_number_with_format(1, 8, n, &fmt(code)).unwrap();
    })
}

#[test]
fn a_number_its_format_scales_rounds_or_marks_as_a_percent_is_refused_naming_format_and_both_values() {
    for (bytes, shows_en, shows_fr, reads_en, code) in [
        // Thousands scaled away: 1,200,000 workers shown as 1,200.
        (workers_in(1_200_000.0, "#,##0,"), "1,200", "1\u{a0}200", "1,200,000", "#,##0,"),
        (workers_in(2_500_000.0, "0,,\" M\""), "3", "3", "2,500,000", "0,,\" M\""),
        (workers_in(45.0, "0%"), "4,500%", "4\u{a0}500\u{a0}%", "45", "0%"),
        // A share rounded by its format: 12.6 shown 13, 0.126 in a percent cell shown 13 %.
        (share_in(12.6, "0"), "13", "13", "12.6", "0"),
        (share_in(0.126, "0%"), "13%", "13\u{a0}%", "12.6%", "0%"),
        (share_in(33.335, "#,##0.00"), "33.34", "33,34", "33.335", "#,##0.00"),
    ] {
        let issues = errors(read("f.xlsx", &bytes));
        assert_eq!(places(&issues), vec!["PlacesOfWork!I2"], "{code}: {issues:?}");
        let (en, fr) = (&issues[0].message_en, &issues[0].message_fr);
        // The code as its user sees it: literal text without its quotes (`0,, M`).
        let shown_code = code.replace('"', "");
        assert!(
            en.contains(&format!("“{shown_code}”")) && en.contains(&format!("shows as {shows_en}:")),
            "{code}: {en}"
        );
        assert!(en.contains(&format!("would read {reads_en},")), "{code}: {en}");
        assert!(fr.contains(&format!("affiche comme {shows_fr}\u{a0}:")), "{code}: {fr}");
        assert_french_spacing(fr);
    }
    // A format that groups, pads or shows the decimals the number has changes nothing a number field reads.
    for (n, code, want) in [(1234.0, "#,##0", 1234), (12.0, "0.00", 12), (7.0, "000", 7), (980.0, "General", 980)] {
        let got = read("f.xlsx", &workers_in(n, code)).map(|p| p.declaration.places_of_work[0].workers);
        assert_eq!(got.ok().flatten(), Some(want), "{code}");
    }
    for (n, code, want) in [(12.6, "0.0", 12.6), (0.126, "0.0%", 12.6), (0.29, "0%", 29.0), (35.0, "#,##0", 35.0)] {
        let got = read("f.xlsx", &share_in(n, code)).map(|p| p.declaration.places_of_work[0].share_of_value);
        assert_eq!(got.ok().flatten(), Some(want), "{code}");
    }
}

/// The ODS test file with a `Workers` column (I) whose first site's cell holds `n` in the number style `style`.
fn ods_workers(n: f64, style: &str) -> Vec<u8> {
    let styles =
        format!(r#"{style}<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>"#);
    super::tests::corpus_ods(&styles, "", "", |i, row| {
        match i {
        0 => row.replacen(
            "</table:table-row>",
            r#"<table:table-cell office:value-type="string" office:string-value="Workers"><text:p>Workers</text:p></table:table-cell></table:table-row>"#,
            1,
        ),
        1 => row.replacen(
            "</table:table-row>",
            &format!(
                r#"<table:table-cell table:style-name="ce1" office:value-type="float" office:value="{n}"><text:p>{n}</text:p></table:table-cell></table:table-row>"#
            ),
            1,
        ),
        _ => row,
    }
    })
}

#[test]
fn an_ods_style_that_scales_a_number_is_refused_and_one_that_groups_it_with_decimals_is_read() {
    // LibreOffice's `#,##0,`: grouping and a display factor of 1000.
    let scaled = r#"<number:number-style style:name="N1"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true" number:display-factor="1000"/></number:number-style>"#;
    let issues = errors(read("w.ods", &ods_workers(1_200_000.0, scaled)));
    assert_eq!(places(&issues), vec!["PlacesOfWork!I2"], "{issues:?}");
    assert!(
        issues[0].message_en.contains("“#,##0,”") && issues[0].message_en.contains("shows as 1,200:"),
        "{issues:?}"
    );
    // `#,##0.00`: the decimals a whole count has are zeros, so what it shows is the count.
    let grouped = r#"<number:number-style style:name="N1"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>"#;
    let d = read("w.ods", &ods_workers(1234.0, grouped)).unwrap_or_else(|e| panic!("{e:?}")).declaration;
    assert_eq!(d.places_of_work[0].workers, Some(1234));
}

#[test]
fn a_number_shown_as_text_or_as_a_date_is_refused_and_a_zero_shown_as_a_dash_is_zero() {
    for (n, code, shows) in
        [(0.0, "0;-0;\"n/a\"", "n/a"), (5.0, "\"see note\"", "see note"), (0.0, "0;-0;\"none\"", "none")]
    {
        let issues = errors(read("f.xlsx", &workers_in(n, code)));
        assert_eq!(places(&issues), vec!["PlacesOfWork!I2"], "{code}: {issues:?}");
        assert!(issues[0].message_en.contains(&format!("the text “{shows}”")), "{issues:?}");
        assert!(issues[0].message_fr.contains(&format!("le texte «\u{a0}{shows}\u{a0}»")), "{issues:?}");
        assert_french_spacing(&issues[0].message_fr);
    }
    let dash = read("f.xlsx", &workers_in(0.0, "#,##0;-#,##0;\"-\"")).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(dash.declaration.places_of_work[0].workers, Some(0));
    // 45000 workers in a year format shows 2023: a count is never a day. The refusal names the number, the format
    // and what the cell shows.
    for (code, shown) in
        [("yyyy", "2023"), ("yyyy-mm-dd", "2023-03-15"), ("d mmm yy", "15 Mar 23"), ("mmm-yy", "Mar-23")]
    {
        let issues = errors(read("f.xlsx", &workers_in(45_000.0, code)));
        assert_eq!(places(&issues), vec!["PlacesOfWork!I2"], "{code}: {issues:?}");
        let (en, fr) = (&issues[0].message_en, &issues[0].message_fr);
        assert!(
            en.contains("the number 45,000") && en.contains(&format!("“{code}” shows as the day {shown}:")),
            "{en}"
        );
        assert!(fr.contains("le nombre 45\u{a0}000") && fr.contains(&format!("«\u{a0}{code}\u{a0}»")), "{fr}");
        assert_french_spacing(fr);
    }
    // A count of 45 in `mmm-yy`, a built-in format, shows a day of 1900.
    let issues = errors(read("f.xlsx", &workers_in(45.0, "mmm-yy")));
    assert!(issues[0].message_en.contains("the number 45,") && issues[0].message_en.contains("Feb-00"), "{issues:?}");
    // A day where a text is due: `2023-01` typed as a Site ID, which a spreadsheet turned into January 2023.
    let bytes = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_number_with_format(1, 0, 44927.0, &fmt("mmm-yy")).unwrap();
        ws.write_number_with_format(1, 5, 44927.0, &fmt("yyyy-mm-dd")).unwrap();
    });
    let issues = errors(read("f.xlsx", &bytes));
    assert_eq!(places(&issues), vec!["PlacesOfWork!A2", "PlacesOfWork!F2", "PlacesOfWork!H3"], "{issues:?}");
    assert!(issues[0].message_en.contains("formatted as a date (2023-01-01)"), "{issues:?}");
    assert!(issues[1].message_fr.contains("Ville est au format date"), "{issues:?}");
}

#[test]
fn an_identifier_shown_with_decimals_or_separators_is_refused_never_read_as_its_digits() {
    for code in ["0.00", "#,##0", "#,##0.00", "0.0"] {
        let bytes = workbook(false, |wb| {
            let ws = wb.worksheet_from_name("Supplier").unwrap();
            ws.write_string(4, 0, "Business number").unwrap();
            ws.write_number_with_format(4, 1, 123_456_782.0, &fmt(code)).unwrap();
        });
        let issues = errors(read("f.xlsx", &bytes));
        assert_eq!(places(&issues), vec!["Supplier!B5"], "{code}: {issues:?}");
        assert!(issues[0].message_en.contains(code) && issues[0].message_en.contains("123456782"), "{issues:?}");
    }
    // Shown as its digits, it is read.
    for code in ["0", "000000000", "General"] {
        let bytes = workbook(false, |wb| {
            let ws = wb.worksheet_from_name("Supplier").unwrap();
            ws.write_string(4, 0, "Business number").unwrap();
            ws.write_number_with_format(4, 1, 123_456_782.0, &fmt(code)).unwrap();
        });
        let d = read("f.xlsx", &bytes).unwrap_or_else(|e| panic!("{code}: {e:?}")).declaration;
        assert_eq!(d.supplier.business_number.map(|b| b.to_string()).as_deref(), Some("123456782"), "{code}");
    }
}

// ---- 3. A percentage is read as a decimal, never with binary noise ----

#[test]
fn every_whole_percent_typed_in_a_percent_cell_is_read_whole() {
    // The premise: multiplied in binary, most of these are off (0.29 × 100 is 28.999999999999996).
    assert_ne!(0.29 * 100.0, 29.0);
    assert_ne!(0.57 * 100.0, 57.0);
    for p in [1u32, 7, 14, 28, 29, 55, 56, 57, 58, 99] {
        // What a spreadsheet writes for `p %`: the shortest decimal of p / 100.
        let stored: f64 = format!("{}", f64::from(p) / 100.0).parse().unwrap();
        for code in ["0%", "0.00%", "0.0 %"] {
            let got = read("p.xlsx", &share_in(stored, code)).unwrap().declaration.places_of_work[0].share_of_value;
            assert_eq!(got, Some(f64::from(p)), "{p} in {code}");
        }
    }
    // A sum's binary remainder (0.1 + 0.2) is the 0.3 the cell shows.
    let got = read("p.xlsx", &share_in(0.1 + 0.2, "General")).unwrap().declaration.places_of_work[0].share_of_value;
    assert_eq!(got, Some(0.3));
    let got = read("p.xlsx", &share_in(0.001 + 0.002, "0.000%")).unwrap().declaration.places_of_work[0].share_of_value;
    assert_eq!(got, Some(0.3));
}

#[test]
fn a_share_written_in_csv_or_json_is_read_as_written() {
    let csv = |share: &str| {
        let files = [
            (
                "Supplier.csv",
                "Legal name,A Inc.\nCountry,CA\nDeclaration date,2026-03-31\nSignatory name,A B\n".to_string(),
            ),
            ("Attestations.csv", "Right,Attested\nforced_labour,Yes\n".to_string()),
            (
                "PlacesOfWork.csv",
                format!(
                    "Site ID,Site name,Role,Goods,Address,City,Country,Supplies to,Share of value %\nS1,Plant,manufacturing,rope,1 Rd,Town,IN,,\"{share}\"\n"
                ),
            ),
        ];
        let files: Vec<(&str, &str)> = files.iter().map(|(n, b)| (*n, b.as_str())).collect();
        read("d.zip", &zip_of(&files)).unwrap_or_else(|e| panic!("{share}: {e:?}")).declaration.places_of_work[0]
            .share_of_value
    };
    assert_eq!(csv("29%"), Some(29.0));
    assert_eq!(csv("28.6"), Some(28.6));
    let mut v: Value = serde_json::from_slice(&demo("cordages-nordiques-w8486.json")).unwrap();
    v["places_of_work"][0]["share_of_value"] = serde_json::json!(29);
    v["places_of_work"][1]["share_of_value"] = serde_json::json!(0.29);
    let d = read("d.json", &serde_json::to_vec(&v).unwrap()).unwrap().declaration;
    assert_eq!(d.places_of_work[0].share_of_value, Some(29.0));
    assert_eq!(d.places_of_work[1].share_of_value, Some(0.29));
}

// ---- 4. Shares outside 0–100, and shares that cannot be parts of one whole ----

/// The test workbook with shares of value (I) and a third site S3 that also supplies S1.
fn shares(s1: &str, s2: &str, s3: &str) -> Vec<u8> {
    workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(0, 8, "Share of value %").unwrap();
        ws.write_row(3, 0, ["S3", "Dye works", "processing", "dye", "3 Rd", "Surat", "IN", "S1"]).unwrap();
        for (r, s) in [(1u32, s1), (2, s2), (3, s3)] {
            if let Ok(n) = s.parse::<f64>() {
                ws.write_number(r, 8, n).unwrap();
            } else if !s.is_empty() {
                ws.write_string(r, 8, s).unwrap();
            }
        }
    })
}

#[test]
fn a_share_over_100_is_refused_at_its_cell_in_every_carrier() {
    for s in ["150", "100.5", "150%", "-5"] {
        let issues = errors(read("s.xlsx", &shares("", s, "")));
        assert_eq!(places(&issues), vec!["PlacesOfWork!I3"], "{s}: {issues:?}");
        assert_french_spacing(&issues[0].message_fr);
    }
    let mut v: Value = serde_json::from_slice(&demo("cordages-nordiques-w8486.json")).unwrap();
    v["places_of_work"][1]["share_of_value"] = serde_json::json!(150);
    let issues = errors(read("d.json", &serde_json::to_vec(&v).unwrap()));
    assert_eq!(places(&issues), vec!["/places_of_work/1/share_of_value"], "{issues:?}");
}

#[test]
fn the_shares_of_the_sites_that_supply_one_site_may_not_add_up_past_100() {
    // S2 and S3 both supply S1: 80 + 70 is 150 %.
    let issues = errors(read("s.xlsx", &shares("", "80", "70")));
    assert_eq!(places(&issues), vec!["PlacesOfWork!A2"], "{issues:?}");
    let (en, fr) = (&issues[0].message_en, &issues[0].message_fr);
    assert!(en.contains("“S1”") && en.contains("150%") && en.contains("I3, I4"), "{en}");
    assert!(fr.contains("150\u{a0}%") && fr.contains("«\u{a0}S1\u{a0}»"), "{fr}");
    assert_french_spacing(fr);
    // Decimals are added as decimals, each share off by at most half a unit of its last place: 34 + 67 (101 %) and
    // 60.4 + 39.65 (100.05 %) could be rounding; 60.4 + 40.2 (100.6 %) could not.
    for (a, b) in [("60", "40"), ("60.4", "39.65"), ("34", "67"), ("0.5", "99.5"), ("100", "")] {
        assert!(read("s.xlsx", &shares("", a, b)).is_ok(), "{a} + {b}");
    }
    for (a, b) in [("34", "68"), ("60.4", "40.2"), ("50.05", "50.1")] {
        assert!(read("s.xlsx", &shares("", a, b)).is_err(), "{a} + {b}");
    }
    // A site listed twice in one `Supplies to` counts once.
    let twice = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(0, 8, "Share of value %").unwrap();
        ws.write_string(2, 7, "S1; S1").unwrap();
        ws.write_number(2, 8, 80.0).unwrap();
    });
    assert!(read("s.xlsx", &twice).is_ok());
}

#[test]
fn a_text_its_format_replaces_or_hides_is_refused_at_its_cell() {
    let country = |code: &str| {
        workbook(false, |wb| {
            let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
            ws.write_string_with_format(1, 6, "IN", &fmt(code)).unwrap();
        })
    };
    for (code, says) in [("0;-0;0;\"n/a\"", "shows as “n/a”"), (";;;", "hides")] {
        let issues = errors(read("t.xlsx", &country(code)));
        assert_eq!(places(&issues), vec!["PlacesOfWork!G2"], "{code}: {issues:?}");
        assert_eq!(issues[0].field.as_deref(), Some("Country"), "{issues:?}");
        // The code as its user sees it, literal text unquoted (`0;-0;0;n/a`).
        let seen = code.replace('"', "");
        assert!(issues[0].message_en.contains(says) && issues[0].message_en.contains(&seen), "{issues:?}");
        assert_french_spacing(&issues[0].message_fr);
    }
    // A text section that shows the text (`@`) is read.
    let d = read("t.xlsx", &country("0;-0;0;@")).unwrap_or_else(|e| panic!("{e:?}")).declaration;
    assert_eq!(d.places_of_work[0].country.as_str(), "IN");
}

// ---- A number field reads what its cell shows, whatever the format's kind ----

#[test]
fn a_number_an_exponent_rounds_is_refused_and_one_it_shows_whole_is_read() {
    for (n, code, shown, read_as) in [
        (1234.0, "0.00E+00", "1,230", "1,234"),
        (98_765.0, "0.0E+0", "99,000", "98,765"),
        (1_234_567.0, "0.000E+00", "1,235,000", "1,234,567"),
    ] {
        let issues = errors(read("f.xlsx", &workers_in(n, code)));
        assert_eq!(places(&issues), vec!["PlacesOfWork!I2"], "{code}: {issues:?}");
        let en = &issues[0].message_en;
        assert!(
            en.contains(&format!("“{code}” shows as {shown}:")) && en.contains(&format!("would read {read_as},")),
            "{en}"
        );
        assert_french_spacing(&issues[0].message_fr);
    }
    for (n, code) in [(1200.0, "0.00E+00"), (45.0, "0.0E+00"), (5.0, "0E+0")] {
        let got = read("f.xlsx", &workers_in(n, code)).map(|p| p.declaration.places_of_work[0].workers);
        assert_eq!(got.ok().flatten(), Some(n as u32), "{code}");
    }
}

#[test]
fn a_condition_that_shows_text_in_place_of_the_number_is_refused_and_one_that_shows_it_is_read() {
    for (n, code, text) in [(240.0, "[>100]\"many\";0", "many"), (3.0, "[<5]\"few\";0", "few")] {
        let issues = errors(read("f.xlsx", &workers_in(n, code)));
        assert_eq!(places(&issues), vec!["PlacesOfWork!I2"], "{code}: {issues:?}");
        assert!(issues[0].message_en.contains(&format!("the text “{text}”")), "{issues:?}");
    }
    // A condition whose section rounds: 12.6 above 10 shown `0`.
    let issues = errors(read("f.xlsx", &share_in(12.6, "[>=10]0;0.0")));
    assert!(issues[0].message_en.contains("shows as 13:"), "{issues:?}");
    for (n, code) in [(40.0, "[>100]\"many\";0"), (240.0, "[>100]#,##0;0")] {
        let got = read("f.xlsx", &workers_in(n, code)).map(|p| p.declaration.places_of_work[0].workers);
        assert_eq!(got.ok().flatten(), Some(n as u32), "{code}");
    }
}

#[test]
fn a_share_a_fraction_rounds_is_refused_and_one_it_shows_exactly_is_read() {
    for (n, code, shown) in [(12.34, "# ?/?", "12 1/3"), (33.3, "# ?/?", "33 2/7"), (7.77, "# ?/4", "7 3/4")] {
        let issues = errors(read("f.xlsx", &share_in(n, code)));
        assert_eq!(places(&issues), vec!["PlacesOfWork!I2"], "{code}: {issues:?}");
        assert!(issues[0].message_en.contains(&format!("shows as {shown}:")), "{issues:?}");
    }
    for (n, code) in [(12.5, "# ?/?"), (12.6, "# ?/?"), (12.75, "# ??/??"), (40.0, "# ?/?")] {
        let got = read("f.xlsx", &share_in(n, code)).map(|p| p.declaration.places_of_work[0].share_of_value);
        assert_eq!(got.ok().flatten(), Some(n), "{code}");
    }
}

#[test]
fn an_ods_style_that_sets_only_decimals_is_judged_by_what_it_shows() {
    let style = |places: u32| {
        format!(
            r#"<number:number-style style:name="N1"><number:number number:decimal-places="{places}" number:min-decimal-places="{places}" number:min-integer-digits="1"/></number:number-style>"#
        )
    };
    // 12.6 workers' worth of rounding: 1234.56 shown 1235 by a style of no decimals.
    let issues = errors(read("w.ods", &ods_workers(1234.56, &style(0))));
    assert_eq!(places(&issues), vec!["PlacesOfWork!I2"], "{issues:?}");
    assert!(issues[0].message_en.contains("“0” shows as 1,235:"), "{issues:?}");
    let issues = errors(read("w.ods", &ods_workers(1234.567, &style(2))));
    assert!(issues[0].message_en.contains("“0.00” shows as 1,234.57:"), "{issues:?}");
    for places in [0, 2] {
        let d = read("w.ods", &ods_workers(1234.0, &style(places))).unwrap_or_else(|e| panic!("{e:?}")).declaration;
        assert_eq!(d.places_of_work[0].workers, Some(1234), "{places}");
    }
}

/// The ODS test file with a `Share of value %` column (I) whose first site's cell holds `n` in the number style
/// `style` (named `N1`), its saved text `shown`.
fn ods_share(n: f64, style: &str, shown: &str) -> Vec<u8> {
    let styles =
        format!(r#"{style}<style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/>"#);
    super::tests::corpus_ods(&styles, "", "", |i, row| {
        match i {
        0 => row.replacen(
            "</table:table-row>",
            r#"<table:table-cell office:value-type="string"><text:p>Share of value %</text:p></table:table-cell></table:table-row>"#,
            1,
        ),
        1 => row.replacen(
            "</table:table-row>",
            &format!(
                r#"<table:table-cell table:style-name="ce1" office:value-type="float" office:value="{n}"><text:p>{shown}</text:p></table:table-cell></table:table-row>"#
            ),
            1,
        ),
        _ => row,
    }
    })
}

/// A share of value in a number format that is no percentage is read by what its cell shows, or refused naming the
/// cell: a fraction alone (`# ?/?` shows 0.5 as `1/2`, a half, which read as written would be 0.5%), and literal text
/// that makes the digits another number (`0"0"` shows 5 as 50, `0"/10"` as 5/10, `0"‰"` as 5‰). A whole number with
/// a fraction shown exactly (`12 1/2`), a `%` written as text and an exponent that shows the number whole are read.
#[test]
fn a_share_shown_as_a_fraction_alone_or_as_another_number_is_refused_in_xlsx_and_ods() {
    for (n, code, shown) in [
        (0.5, "# ?/?", "1/2"),
        (0.75, "# ??/??", "3/4"),
        (0.25, "?/?", "1/4"),
        (2.5, "?/?", "5/2"),
        (0.3, "# ?/10", "3/10"),
    ] {
        let issues = errors(read("f.xlsx", &share_in(n, code)));
        assert_eq!(places(&issues), vec!["PlacesOfWork!I2"], "{code}: {issues:?}");
        let (en, fr) = (&issues[0].message_en, &issues[0].message_fr);
        assert!(en.contains(&format!("as the fraction {shown}:")) && en.contains("Share of value"), "{code}: {en}");
        assert!(en.contains("would read ") && en.contains("%, not the part"), "{code}: {en}");
        assert!(fr.contains(&format!("comme la fraction {shown}\u{a0}:")) && fr.contains("Part"), "{code}: {fr}");
        // (the code's own space before `?` aside)
        assert_french_spacing(&fr.replace(code, ""));
    }
    for (n, code, text) in
        [(5.0, "0\"0\"", "0"), (5.0, "0\"/10\"", "/10"), (5.0, "0\"‰\"", "‰"), (12.0, "#,##0\" 000\"", "000")]
    {
        for bytes in [share_in(n, code), workers_in(n, code)] {
            let issues = errors(read("f.xlsx", &bytes));
            assert_eq!(places(&issues), vec!["PlacesOfWork!I2"], "{code}: {issues:?}");
            let (en, fr) = (&issues[0].message_en, &issues[0].message_fr);
            assert!(en.contains(&format!("beside the text “{text}”")), "{code}: {en}");
            assert!(fr.contains(&format!("à côté du texte «\u{a0}{text}\u{a0}»")), "{code}: {fr}");
            assert_french_spacing(fr);
        }
    }
    for (n, code) in [(35.0, "0\"%\""), (12.5, "# ?/?"), (50.0, "# ?/?"), (45.0, "0.00E+00"), (35.0, "0\" pct\"")] {
        let got = read("f.xlsx", &share_in(n, code)).map(|p| p.declaration.places_of_work[0].share_of_value);
        assert_eq!(got.ok().flatten(), Some(n), "{code}");
    }
    // ODS: a fraction style (`number:fraction` without a whole part shown), and literal text after the digits.
    let fraction = r#"<number:number-style style:name="N1"><number:fraction number:min-integer-digits="0" number:min-numerator-digits="1" number:min-denominator-digits="1"/></number:number-style>"#;
    let issues = errors(read("s.ods", &ods_share(0.5, fraction, "1/2")));
    assert_eq!(places(&issues), vec!["PlacesOfWork!I2"], "{issues:?}");
    assert!(issues[0].message_en.contains("as the fraction 1/2:"), "{issues:?}");
    let per_ten = r#"<number:number-style style:name="N1"><number:number number:min-integer-digits="1"/><number:text>/10</number:text></number:number-style>"#;
    let issues = errors(read("s.ods", &ods_share(7.0, per_ten, "7/10")));
    assert_eq!(places(&issues), vec!["PlacesOfWork!I2"], "{issues:?}");
    assert!(issues[0].message_en.contains("beside the text “/10”"), "{issues:?}");
    let d = read("s.ods", &ods_share(12.5, fraction, "12 1/2")).unwrap_or_else(|e| panic!("{e:?}")).declaration;
    assert_eq!(d.places_of_work[0].share_of_value, Some(12.5));
}
