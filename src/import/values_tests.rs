//! A value is read as the supplier wrote and meant it, or refused (issue 14): dates of things already done, whole
//! identifiers, ambiguous country names, numbers shown with zeros, shares mixing fractions and percentages, text
//! garbled by a wrong decoding. Each kind tried with instances made here.

use chrono::{Duration, NaiveDate, Utc};
use rust_xlsxwriter::{Format, Workbook};

use super::tests::{errors, places, workbook};
use super::*;

fn read(bytes: &[u8]) -> Result<Parsed, Vec<Issue>> {
    read_declaration("v.xlsx", bytes, &Limits::default())
}

/// The test workbook with `extra` columns added to its PlacesOfWork sheet (heading, row 2 value, row 3 value).
fn with_place_columns(extra: &[(&str, &str, &str)], edit: impl FnOnce(&mut Workbook)) -> Vec<u8> {
    workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        for (k, (head, a, b)) in extra.iter().enumerate() {
            let col = 8 + k as u16;
            ws.write_string(0, col, *head).unwrap();
            ws.write_string(1, col, *a).unwrap();
            ws.write_string(2, col, *b).unwrap();
        }
        edit(wb);
    })
}

fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

// ---- 1. A date of something already done is not after today ----

#[test]
fn a_declaration_or_audit_date_after_today_is_refused_at_its_cell_with_a_days_grace() {
    let today = Utc::now().date_naive();
    for (date, ok) in [
        (today, true),
        (today + Duration::days(1), true),
        (today + Duration::days(2), false),
        (today + Duration::days(395), false),
    ] {
        let bytes = workbook(false, |wb| {
            wb.worksheet_from_name("Supplier").unwrap().write_string(2, 1, day(date)).unwrap();
        });
        match read(&bytes) {
            Ok(p) => assert!(ok, "{date} accepted as {}", p.declaration.supplier.declaration_date),
            Err(issues) => {
                assert!(!ok, "{date}: {issues:?}");
                let issues = errors(Err(issues));
                assert_eq!(places(&issues), vec!["Supplier!B3"], "{date}");
                assert!(issues[0].message_en.contains("in the future"), "{issues:?}");
                assert!(issues[0].message_fr.contains("dans l'avenir"), "{issues:?}");
            }
        }
    }
    // A date cell (not text) and the audit date of a site.
    let bytes = workbook(false, |wb| {
        let fmt = Format::new().set_num_format("yyyy-mm-dd");
        let dt = rust_xlsxwriter::ExcelDateTime::parse_from_str(&day(today + Duration::days(40))).unwrap();
        wb.worksheet_from_name("Supplier").unwrap().write_datetime_with_format(2, 1, &dt, &fmt).unwrap();
    });
    assert_eq!(places(&errors(read(&bytes))), vec!["Supplier!B3"]);
    let future = day(today + Duration::days(150));
    let bytes = with_place_columns(&[("Last audit date", "2025-06-01", &future)], |_| {});
    let issues = errors(read(&bytes));
    assert_eq!(places(&issues), vec!["PlacesOfWork!I3"]);
    assert!(issues[0].message_en.contains("in the future"), "{issues:?}");
}

#[test]
fn the_last_day_accepted_is_the_intakes_day_plus_one_whatever_the_year() {
    use super::parse::past_date;
    let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
    assert!(past_date(d("2027-12-31"), d("2026-12-01")).is_err());
    assert!(past_date(d("2026-12-03"), d("2026-12-01")).is_err());
    assert_eq!(past_date(d("2026-12-02"), d("2026-12-01")), Ok(d("2026-12-02")));
    assert_eq!(past_date(d("2031-01-01"), d("2030-12-31")), Ok(d("2031-01-01")));
    assert!(past_date(d("1989-12-31"), d("2026-12-01")).is_err());
}

// ---- 2. An identifier is read whole or refused, saying what is wrong ----

#[test]
fn a_business_number_is_read_whole_or_refused_saying_what_is_wrong_with_it() {
    use crate::domain::{BusinessNumber, BusinessNumberError as E};
    let p = BusinessNumber::parse;
    assert_eq!(p("842310575XX0001"), Err(E::Program("XX".into())));
    assert_eq!(p("123456782ZQ9999"), Err(E::Program("ZQ".into())));
    assert_eq!(p("84231057"), Err(E::Length(8)));
    assert_eq!(p("1234567820"), Err(E::Length(10)));
    assert_eq!(p("842310575RT"), Err(E::Account));
    assert_eq!(p("842310575RT01"), Err(E::Account));
    assert_eq!(p("842310575R"), Err(E::Account));
    assert_eq!(p("BN 842310575"), Err(E::Character('B')));
    assert_eq!(p("842310575;123456782"), Err(E::Character(';')));
    assert_eq!(p("８４２３１０５７５"), Err(E::Character('８')));
    assert_eq!(p("842310575RT000A"), Err(E::Character('A')));
    assert_eq!(p("842310575RT0001").map(|b| b.to_string()), Ok("842310575".into()));
    assert_eq!(p("123456782 rp 0002").map(|b| b.to_string()), Ok("123456782".into()));
    assert_eq!(p("842310576"), Err(E::CheckDigit));

    for (typed, en, fr) in [
        ("842310575XX0001", "“XX” is not a CRA program identifier", "«\u{a0}XX\u{a0}» n'est pas un identificateur"),
        ("84231057", "this one has 8", "celui-ci en compte 8"),
        ("8423105751", "this one has 10", "celui-ci en compte 10"),
        ("BN 842310575", "“B” has no place", "«\u{a0}B\u{a0}» n'a pas sa place"),
    ] {
        let bytes = workbook(false, |wb| {
            let ws = wb.worksheet_from_name("Supplier").unwrap();
            ws.write_string(4, 0, "Business number").unwrap();
            ws.write_string(4, 1, typed).unwrap();
        });
        let issues = errors(read(&bytes));
        assert_eq!(places(&issues), vec!["Supplier!B5"], "{typed}");
        assert!(issues[0].message_en.contains(en), "{typed}: {}", issues[0].message_en);
        assert!(issues[0].message_fr.contains(fr), "{typed}: {}", issues[0].message_fr);
        assert!(!issues[0].message_en.contains("it has 9 digits"), "{}", issues[0].message_en);
    }
}

// ---- 3. A country name that names two countries is refused, listing them ----

#[test]
fn a_country_name_shared_by_two_countries_is_refused_as_ambiguous_listing_both() {
    use crate::domain::read_country;
    for (typed, codes) in [
        ("Congo", ["CG", "CD"]),
        ("congo", ["CG", "CD"]),
        ("Korea", ["KR", "KP"]),
        ("Corée", ["KR", "KP"]),
        ("Virgin Islands", ["VG", "VI"]),
        ("Îles Vierges", ["VG", "VI"]),
    ] {
        let e = read_country(typed).expect_err(typed);
        assert!(e.en.contains("more than one country"), "{typed}: {}", e.en);
        assert!(e.fr.contains("plus d'un pays"), "{typed}: {}", e.fr);
        for c in codes {
            assert!(e.en.contains(c) && e.fr.contains(c), "{typed}: {c} missing in {} / {}", e.en, e.fr);
        }
    }
    for (typed, code) in [
        ("Republic of the Congo", "CG"),
        ("Democratic Republic of the Congo", "CD"),
        ("South Korea", "KR"),
        ("Sudan", "SD"),
        ("South Sudan", "SS"),
        ("Guinea", "GN"),
        ("Niger", "NE"),
        ("CG", "CG"),
    ] {
        assert_eq!(read_country(typed).map(|c| c.as_str().to_string()), Ok(code.to_string()), "{typed}");
    }
    let bytes = workbook(false, |wb| {
        wb.worksheet_from_name("PlacesOfWork").unwrap().write_string(2, 6, "Congo").unwrap();
    });
    let issues = errors(read(&bytes));
    assert_eq!(places(&issues), vec!["PlacesOfWork!G3"]);
    assert!(issues[0].message_en.contains("CD (") && issues[0].message_en.contains("CG ("), "{issues:?}");
}

// ---- 4. A number cell whose format pads it with zeros is read as it shows ----

#[test]
fn a_number_cell_formatted_with_zeros_is_read_as_the_sheet_shows_it() {
    let bytes = with_place_columns(&[("Postal code", "", "")], |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_number_with_format(1, 8, 2345.0, &Format::new().set_num_format("00000")).unwrap();
        ws.write_number_with_format(2, 8, 678.0, &Format::new().set_num_format("000000")).unwrap();
        // Site S1 becomes 007, and S2 ships to it.
        ws.write_number_with_format(1, 0, 7.0, &Format::new().set_num_format("000")).unwrap();
        ws.write_string(2, 7, "007").unwrap();
        let ws = wb.worksheet_from_name("Supplier").unwrap();
        ws.write_string(4, 0, "Business number").unwrap();
        ws.write_number_with_format(4, 1, 12_345_674.0, &Format::new().set_num_format("000000000")).unwrap();
    });
    let d = read(&bytes).unwrap_or_else(|e| panic!("{e:?}")).declaration;
    let p = &d.places_of_work;
    assert_eq!(p[0].postal_code.as_deref(), Some("02345"));
    assert_eq!(p[1].postal_code.as_deref(), Some("000678"));
    assert_eq!(p[0].site_id.as_str(), "007");
    assert_eq!(p[1].supplies_to.iter().map(|s| s.as_str()).collect::<Vec<_>>(), vec!["007"]);
    assert_eq!(d.supplier.business_number.map(|b| b.to_string()).as_deref(), Some("012345674"));
}

#[test]
fn a_number_cell_of_an_ods_formatted_with_zeros_is_read_as_the_sheet_shows_it() {
    // LibreOffice's `000` and `000000000`: a number style of whole digits, on a cell style or a column's default.
    let styles = r#"<number:number-style style:name="N3"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="3"/></number:number-style><number:number-style style:name="N9"><number:number number:decimal-places="0" number:min-integer-digits="9"/></number:number-style><number:number-style style:name="N5"><number:number number:min-integer-digits="5"/></number:number-style><style:style style:name="ce3" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N3"/><style:style style:name="ce9" style:family="table-cell" style:data-style-name="N9"/><style:style style:name="ce5" style:family="table-cell" style:data-style-name="N5"/>"#;
    let site = |id: &str| format!(r#"office:value-type="string" office:string-value="{id}"><text:p>{id}</text:p>"#);
    let bytes = super::tests::corpus_ods(
        styles,
        "",
        r#"<table:table-column table:default-cell-style-name="ce3"/><table:table-column table:number-columns-repeated="7"/>"#,
        |i, row| match i {
            // Site CA-DC becomes 7 shown as 007 by its column's style, and the glove factory ships to it.
            1 => row.replacen(&site("CA-DC"), r#"office:value-type="float" office:value="7"><text:p>007</text:p>"#, 1),
            2 => row.replacen(&site("CA-DC"), &site("007"), 1),
            _ => row,
        },
    );
    // The business number 12345674 shown as 012345674 by its cell's style.
    let bytes = super::tests::patch_zip(&bytes, "content.xml", |xml| {
        xml.replacen(
            r#"<table:table-cell office:value-type="string" office:string-value="771203940"><text:p>771203940</text:p>"#,
            r#"<table:table-cell table:style-name="ce9" office:value-type="float" office:value="12345674"><text:p>012345674</text:p>"#,
            1,
        )
    });
    let d = read_declaration("v.ods", &bytes, &Limits::default()).unwrap_or_else(|e| panic!("{e:?}")).declaration;
    let p = &d.places_of_work;
    assert_eq!(p[0].site_id.as_str(), "007");
    assert_eq!(p[1].supplies_to.iter().map(|s| s.as_str()).collect::<Vec<_>>(), vec!["007"]);
    assert_eq!(d.supplier.business_number.map(|b| b.to_string()).as_deref(), Some("012345674"));
}

#[test]
fn a_number_cell_whose_format_adds_text_or_separators_is_read_as_the_sheet_shows_it() {
    let bytes = with_place_columns(&[("Workers", "", ""), ("Postal code", "", "")], |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        // Site S1 is 123456789 shown `123-456-789`, and S2 ships to it as typed.
        ws.write_number_with_format(1, 0, 123_456_789.0, &Format::new().set_num_format("000-000-000")).unwrap();
        ws.write_string(2, 7, "123-456-789").unwrap();
        // Site S2 is 7 shown `S007` (a quoted prefix and an escaped dash do not change a number field).
        ws.write_number_with_format(2, 0, 7.0, &Format::new().set_num_format("\"S\"000")).unwrap();
        // A count with thousands separators stays a count.
        ws.write_number_with_format(1, 8, 1234.0, &Format::new().set_num_format("#,##0")).unwrap();
        // A postal code with a literal space.
        ws.write_number_with_format(1, 9, 123456.0, &Format::new().set_num_format("000\" \"000")).unwrap();
        let ws = wb.worksheet_from_name("Supplier").unwrap();
        ws.write_string(4, 0, "Business number").unwrap();
        // Eight digits shown with the leading zero and the GST/HST account: `012345674RT0001`.
        ws.write_number_with_format(4, 1, 12_345_674.0, &Format::new().set_num_format("000000000\"RT0001\"")).unwrap();
    });
    let d = read(&bytes).unwrap_or_else(|e| panic!("{e:?}")).declaration;
    let p = &d.places_of_work;
    assert_eq!(p[0].site_id.as_str(), "123-456-789");
    assert_eq!(p[1].site_id.as_str(), "S007");
    assert_eq!(p[1].supplies_to.iter().map(|s| s.as_str()).collect::<Vec<_>>(), vec!["123-456-789"]);
    assert_eq!(p[0].workers, Some(1234));
    assert_eq!(p[0].postal_code.as_deref(), Some("123 456"));
    assert_eq!(d.supplier.business_number.map(|b| b.to_string()).as_deref(), Some("012345674"));
}

#[test]
fn an_identifier_whose_format_shows_what_the_file_cannot_say_is_refused_naming_the_number_and_format() {
    // Thousands separators and decimals are shown as the reading program's language writes them; a condition is
    // no identifier's: the text seen cannot be known, so the cell is refused, never read as the raw number.
    for code in ["#,##0", "0.0\"x\"", "[>999]0;0"] {
        let bytes = workbook(false, |wb| {
            let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
            ws.write_number_with_format(1, 0, 12_345.0, &Format::new().set_num_format(code)).unwrap();
        });
        let issues = errors(read(&bytes));
        // The refused id, and S2's link to it, which no longer names a site.
        assert_eq!(places(&issues), vec!["PlacesOfWork!A2", "PlacesOfWork!H3"], "{code}: {issues:?}");
        let (en, fr) = (&issues[0].message_en, &issues[0].message_fr);
        // The code as its user sees it, literal text unquoted (`0.0x`).
        let seen = code.replace('"', "");
        assert!(en.contains("12345") && en.contains(&seen) && en.contains("Text"), "{code}: {en}");
        assert!(fr.contains("12345") && fr.contains(&seen) && fr.contains("Texte"), "{code}: {fr}");
    }
}

#[test]
fn a_number_cell_of_an_ods_whose_style_adds_text_is_read_as_the_sheet_shows_it() {
    // LibreOffice's `000000000"RT0001"` (text after the digits) and `000-000` (text embedded among them).
    let styles = r#"<number:number-style style:name="Nrt"><number:number number:decimal-places="0" number:min-integer-digits="9"/><number:text>RT0001</number:text></number:number-style><number:number-style style:name="Ndash"><number:number number:decimal-places="0" number:min-integer-digits="6"><number:embedded-text number:position="3">-</number:embedded-text></number:number></number:number-style><number:number-style style:name="Ngroup"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style><style:style style:name="cert" style:family="table-cell" style:data-style-name="Nrt"/><style:style style:name="cedash" style:family="table-cell" style:data-style-name="Ndash"/><style:style style:name="cegroup" style:family="table-cell" style:data-style-name="Ngroup"/>"#;
    let site = |id: &str| format!(r#"office:value-type="string" office:string-value="{id}"><text:p>{id}</text:p>"#);
    let ods = |site_style: &str| {
        let bytes = super::tests::corpus_ods(styles, "", "", |i, row| {
            match i {
            1 => row.replacen(
                &site("CA-DC"),
                &format!(
                    r#"table:style-name="{site_style}" office:value-type="float" office:value="12345"><text:p>012-345</text:p>"#
                ),
                1,
            ),
            2 => row.replacen(&site("CA-DC"), &site("012-345"), 1),
            _ => row,
        }
        });
        super::tests::patch_zip(&bytes, "content.xml", |xml| {
            xml.replacen(
                r#"<table:table-cell office:value-type="string" office:string-value="771203940"><text:p>771203940</text:p>"#,
                r#"<table:table-cell table:style-name="cert" office:value-type="float" office:value="12345674"><text:p>012345674RT0001</text:p>"#,
                1,
            )
        })
    };
    let d =
        read_declaration("v.ods", &ods("cedash"), &Limits::default()).unwrap_or_else(|e| panic!("{e:?}")).declaration;
    let p = &d.places_of_work;
    assert_eq!(p[0].site_id.as_str(), "012-345");
    assert_eq!(p[1].supplies_to.iter().map(|s| s.as_str()).collect::<Vec<_>>(), vec!["012-345"]);
    assert_eq!(d.supplier.business_number.map(|b| b.to_string()).as_deref(), Some("012345674"));
    // Grouping: the separator is the reading program's; refused naming the number and the format.
    let issues = errors(read_declaration("v.ods", &ods("cegroup"), &Limits::default()));
    let refused: Vec<&Issue> = issues.iter().filter(|i| i.message_en.contains("12345")).collect();
    assert_eq!(refused.len(), 1, "{issues:?}");
    assert!(refused[0].message_en.contains("#,##0"), "{}", refused[0].message_en);
}

// ---- 5. Shares mixing fractions and percentages are warned of at their cells ----

#[test]
fn a_share_at_or_below_one_among_shares_above_one_is_warned_of_at_its_cell() {
    let bytes = with_place_columns(&[("Share of value %", "60", "0.4")], |_| {});
    let p = read(&bytes).unwrap_or_else(|e| panic!("{e:?}"));
    let warned: Vec<Issue> = p.warnings.into_iter().filter(|w| w.field.as_deref() == Some("Share of value")).collect();
    assert_eq!(places(&warned), vec!["PlacesOfWork!I3"]);
    assert!(warned[0].message_en.contains("write 40"), "{}", warned[0].message_en);
    assert!(warned[0].message_fr.contains("écrivez 40"), "{}", warned[0].message_fr);
    // All above one: nothing to warn of. All at or below one: fractions throughout, likely, warned of once for the
    // column (`import/shares.rs`), not share by share.
    let bytes = with_place_columns(&[("Share of value %", "60", "40")], |_| {});
    let p = read(&bytes).unwrap_or_else(|e| panic!("{e:?}"));
    assert!(p.warnings.iter().all(|w| w.field.as_deref() != Some("Share of value")), "{:?}", p.warnings);
    let bytes = with_place_columns(&[("Share of value %", "0.6", "0.4")], |_| {});
    let p = read(&bytes).unwrap_or_else(|e| panic!("{e:?}"));
    let warned: Vec<&Issue> = p.warnings.iter().filter(|w| w.field.as_deref() == Some("Share of value")).collect();
    assert_eq!(warned.len(), 1, "{warned:?}");
    assert!(warned[0].message_en.starts_with("Every share of value"), "{warned:?}");
}

// ---- 6. UTF-8 read as Windows-1252 is refused with the text meant ----

#[test]
fn text_garbled_by_reading_utf8_as_windows_1252_is_refused_with_the_text_meant() {
    use super::text_in::double_encoded;
    for (garbled, meant) in
        [("MontrÃ©al", "Montréal"), ("EntrepÃ´t", "Entrepôt"), ("SÃ£o Paulo", "São Paulo"), ("GdaÅ„sk", "Gdańsk")]
    {
        assert_eq!(double_encoded(garbled).as_deref(), Some(meant), "{garbled}");
    }
    for fine in ["Montréal", "Gdańsk", "Тула", "Ãgua", "Plain", "Zürich", "東京"] {
        assert_eq!(double_encoded(fine), None, "{fine}");
    }
    let bytes = workbook(false, |wb| {
        wb.worksheet_from_name("PlacesOfWork").unwrap().write_string(1, 5, "QuÃ©bec").unwrap();
    });
    let issues = errors(read(&bytes));
    assert_eq!(places(&issues), vec!["PlacesOfWork!F2"]);
    assert!(issues[0].message_en.contains("“Québec”"), "{}", issues[0].message_en);
    assert!(issues[0].message_fr.contains("«\u{a0}Québec\u{a0}»"), "{}", issues[0].message_fr);
}
