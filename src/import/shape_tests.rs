//! The shapes a table takes in people's hands, each read as the sender meant or refused at its place: headings
//! annotated or named otherwise, summary rows under a table, copies of a sheet, merged ranges over values.

use super::tests::{errors, places, workbook};
use super::*;

fn read(name: &str, bytes: &[u8]) -> Result<Parsed, Vec<Issue>> {
    read_declaration(name, bytes, &Limits::default())
}

/// The places sheet of [`workbook`] with its `Supplies to` heading (column H) written `heading`, and more columns.
fn places_with(fr: bool, edit: impl FnOnce(&mut rust_xlsxwriter::Worksheet)) -> Vec<u8> {
    workbook(fr, |wb| {
        let ws = wb.worksheet_from_name(if fr { "LieuxDeTravail" } else { "PlacesOfWork" }).unwrap();
        edit(ws);
    })
}

#[test]
fn a_heading_that_is_a_field_with_a_note_in_brackets_is_that_field() {
    for (fr, heading) in [
        (false, "Supplies to (Site IDs)"),
        (false, "Supplies to [optional]"),
        (false, "(list) Supplies to"),
        (true, "Fournit à (ID des lieux)"),
    ] {
        let bytes = places_with(fr, |ws| {
            ws.write_string(0, 7, heading).unwrap();
        });
        let parsed = read("a.xlsx", &bytes).unwrap_or_else(|e| panic!("{heading}: {e:?}"));
        let d = parsed.declaration;
        let s2 = d.places_of_work.iter().find(|p| p.site_id.as_str() == "S2").unwrap();
        assert_eq!(s2.supplies_to.iter().map(|s| s.as_str()).collect::<Vec<_>>(), vec!["S1"], "{heading}");
        assert!(
            parsed.warnings.iter().all(|i| !i.message_en.contains("Unknown column")),
            "{heading}: {:?}",
            parsed.warnings
        );
    }
    for (heading, value) in [("Workers (number)", 240.0), ("Workers [headcount]", 12.0)] {
        let bytes = places_with(false, |ws| {
            ws.write_string(0, 8, heading).unwrap();
            ws.write_number(1, 8, value).unwrap();
        });
        let d = read("w.xlsx", &bytes).unwrap_or_else(|e| panic!("{heading}: {e:?}")).declaration;
        assert_eq!(d.places_of_work[0].workers, Some(value as u32), "{heading}");
    }
}

#[test]
fn a_heading_that_only_resembles_a_field_the_table_lacks_and_holds_values_is_refused_naming_the_field() {
    for (heading, value, field_en, field_fr) in [
        ("Last audit", "2025-06-01", "Last audit date", "Date du dernier audit"),
        ("Postcode", "700001", "Postal code", "Code postal"),
        ("Province/State", "West Bengal", "Region", "Région"),
        ("Supplies", "S2", "Supplies to", "Fournit à"),
        ("Suplies to", "S2", "Supplies to", "Fournit à"),
        ("Employees", "35", "Workers", "Travailleurs"),
    ] {
        let bytes = places_with(false, |ws| {
            // `Supplies to` stays only when the heading tried is not one for it.
            if field_en == "Supplies to" {
                ws.write_string(0, 7, heading).unwrap();
                ws.write_string(1, 7, value).unwrap();
            } else {
                ws.write_string(0, 8, heading).unwrap();
                ws.write_string(1, 8, value).unwrap();
            }
        });
        let issues = errors(read("h.xlsx", &bytes));
        let col = if field_en == "Supplies to" { "H" } else { "I" };
        assert_eq!(places(&issues), vec![format!("PlacesOfWork!{col}1").as_str()], "{heading}: {issues:?}");
        let (en, fr) = (&issues[0].message_en, &issues[0].message_fr);
        assert!(en.contains(&format!("did you mean “{field_en}”?")) && en.contains(heading), "{en}");
        assert!(fr.contains(&format!("vouliez-vous dire «\u{a0}{field_fr}\u{a0}»\u{202f}?")), "{fr}");
    }
}

#[test]
fn a_heading_like_a_field_over_an_empty_column_or_one_no_field_resembles_stays_a_warning() {
    for (heading, value) in [("Postcode", None), ("Notes", Some("call first")), ("Remarks", Some("ok"))] {
        let bytes = places_with(false, |ws| {
            ws.write_string(0, 8, heading).unwrap();
            if let Some(v) = value {
                ws.write_string(1, 8, v).unwrap();
            }
        });
        let parsed = read("n.xlsx", &bytes).unwrap_or_else(|e| panic!("{heading}: {e:?}"));
        assert!(
            parsed.warnings.iter().any(|i| i.location == "PlacesOfWork!I1" && i.message_en.contains("Unknown column")),
            "{heading}: {:?}",
            parsed.warnings
        );
    }
}

/// The base workbook with a Goods sheet of two lines (96,000 and 71,250 CAD) and then `last`.
fn goods_with(last: [&str; 5]) -> Vec<u8> {
    workbook(false, |wb| {
        let ws = wb.add_worksheet().set_name("Goods").unwrap();
        ws.write_row(0, 0, ["Item", "Description", "Quantity", "Value CAD", "Produced at"]).unwrap();
        ws.write_row(1, 0, ["Sisal rope", "coil", "400"]).unwrap();
        ws.write_number(1, 3, 96_000.0).unwrap();
        ws.write_string(1, 4, "S1").unwrap();
        ws.write_row(2, 0, ["Wire rope", "drum", "250"]).unwrap();
        ws.write_number(2, 3, 71_250.0).unwrap();
        ws.write_string(2, 4, "S1").unwrap();
        for (c, v) in last.iter().enumerate() {
            if let Ok(n) = v.parse::<f64>() {
                ws.write_number(3, c as u16, n).unwrap();
            } else if !v.is_empty() {
                ws.write_string(3, c as u16, *v).unwrap();
            }
        }
    })
}

#[test]
fn a_total_row_under_the_goods_lines_is_refused_naming_the_row_never_counted() {
    for (last, at) in [
        (["Total", "", "650", "167250", ""], "Goods!A4"),
        (["Grand Total:", "", "", "167250", ""], "Goods!A4"),
        (["Total général", "", "", "167250", ""], "Goods!A4"),
        (["Sous-total (CAD)", "", "", "167250", ""], "Goods!A4"),
        (["", "Subtotal", "", "167250", ""], "Goods!B4"),
        (["SUM", "", "", "100000", ""], "Goods!A4"),
        (["Rope, all kinds", "", "650", "167250", ""], "Goods!D4"),
    ] {
        let issues = errors(read("t.xlsx", &goods_with(last)));
        assert_eq!(places(&issues), vec![at], "{last:?}: {issues:?}");
        assert!(issues[0].message_en.contains("Row 4 is a summary"), "{:?}", issues[0]);
        assert!(issues[0].message_fr.contains("La ligne 4 résume"), "{:?}", issues[0]);
    }
}

#[test]
fn a_line_worth_the_sum_of_others_but_made_at_a_site_or_named_like_a_total_in_part_is_read() {
    for last in [["Spare rope", "", "650", "167250", "S1"], ["Totally new rope", "", "1", "5000", ""]] {
        let d = read("t.xlsx", &goods_with(last)).unwrap_or_else(|e| panic!("{last:?}: {e:?}")).declaration;
        assert_eq!(d.goods.len(), 3, "{last:?}");
    }
}

#[test]
fn every_value_the_templates_lists_offer_reads_back_in_both_languages() {
    use crate::domain::{Coded, CountryCode, Lang, Right, Role, Scope};
    use strum::IntoEnumIterator;
    for (fr, lang) in [(false, Lang::En), (true, Lang::Fr)] {
        let countries = template::countries_sorted(lang);
        let roles: Vec<Role> = Role::iter().collect();
        let rights: Vec<Right> = Right::iter().collect();
        let scopes: Vec<Scope> = Scope::iter().collect();
        let bytes = workbook(fr, |wb| {
            let ws = wb.worksheet_from_name("Attestations").unwrap();
            ws.write_string(0, 2, if fr { "Portée" } else { "Scope" }).unwrap();
            for (i, r) in rights.iter().enumerate() {
                let scope = scopes[i % scopes.len()];
                ws.write_row(i as u32 + 1, 0, [r.label(lang), if fr { "Oui" } else { "Yes" }, scope.label(lang)])
                    .unwrap();
            }
            let ws = wb.worksheet_from_name(if fr { "LieuxDeTravail" } else { "PlacesOfWork" }).unwrap();
            for (i, c) in countries.iter().enumerate() {
                let role = roles[i % roles.len()].label(lang);
                let id = format!("C{i}");
                ws.write_row(i as u32 + 3, 0, [id.as_str(), "Works", role, "rope", "1 Rd", "Town", c.name(lang), "S1"])
                    .unwrap();
            }
        });
        let d = read("lists.xlsx", &bytes).unwrap_or_else(|e| panic!("{lang:?}: {e:?}")).declaration;
        for (i, c) in countries.iter().enumerate() {
            let site = d.places_of_work.iter().find(|p| p.site_id.as_str() == format!("C{i}")).unwrap();
            assert_eq!(site.country, *c, "{lang:?}: “{}”", c.name(lang));
            assert_eq!(site.role, roles[i % roles.len()], "{lang:?}");
        }
        let read_rights: Vec<Right> = d.attestations.iter().map(|a| a.right).collect();
        assert_eq!(read_rights, rights, "{lang:?}");
        assert!(CountryCode::parse(countries[0].as_str()).is_some());
    }
}

#[test]
fn congo_as_the_lists_name_it_is_the_republic_of_the_congo_and_reads_back() {
    use crate::domain::CountryCode;
    let cg = CountryCode::parse("CG").unwrap();
    assert_eq!(cg.name_en(), "Republic of the Congo");
    assert_eq!(CountryCode::parse(cg.name_en()), Some(cg));
}

#[test]
fn a_copy_of_a_sheet_of_the_format_that_holds_rows_is_refused_naming_it_never_dropped() {
    for (name, role_header) in [
        ("PlacesOfWork (2)", true),
        ("PlacesOfWork2", true),
        ("Places of work 2", true),
        ("Goods (2)", false),
        ("Attestations (2)", false),
    ] {
        let bytes = workbook(false, |wb| {
            let ws = wb.add_worksheet().set_name(name).unwrap();
            if role_header {
                ws.write_row(0, 0, ["Site ID", "Site name", "Role", "Goods", "Address", "City", "Country"]).unwrap();
                ws.write_row(1, 0, ["S9", "Gin", "raw_material", "cotton", "1 Rd", "Aksu", "CN"]).unwrap();
            } else {
                ws.write_row(0, 0, ["Item", "Value CAD"]).unwrap();
                ws.write_row(1, 0, ["Rope", "100"]).unwrap();
            }
        });
        let issues = errors(read("c.xlsx", &bytes));
        assert_eq!(places(&issues), vec![name], "{issues:?}");
        assert!(issues[0].message_en.contains("holds rows"), "{:?}", issues[0]);
        assert!(issues[0].message_fr.contains("contient des lignes"), "{:?}", issues[0]);
    }
}

#[test]
fn an_empty_or_header_only_copy_of_a_sheet_of_the_format_stays_a_warning() {
    for header in [false, true] {
        let bytes = workbook(false, |wb| {
            let ws = wb.add_worksheet().set_name("Goods (2)").unwrap();
            if header {
                ws.write_row(0, 0, ["Item", "Value CAD"]).unwrap();
            }
        });
        let parsed = read("c.xlsx", &bytes).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(parsed.warnings.iter().any(|w| w.location == "Goods (2)"), "{:?}", parsed.warnings);
    }
}

#[test]
fn a_right_attested_twice_names_the_first_row_whether_it_is_hidden_and_both_answers() {
    for (first, second, hide) in [("Yes", "No", false), ("No", "Yes", true), ("Yes", "Yes", true)] {
        let bytes = workbook(false, |wb| {
            let ws = wb.worksheet_from_name("Attestations").unwrap();
            ws.write_row(1, 0, ["forced_labour", first]).unwrap();
            ws.write_row(2, 0, ["forced_labour", second]).unwrap();
            if hide {
                ws.set_row_hidden(1).unwrap();
            }
        });
        let issues = errors(read("t.xlsx", &bytes));
        assert_eq!(issues.len(), 1, "{issues:?}");
        let en = &issues[0].message_en;
        assert!(en.contains("first at Attestations!A2"), "{en}");
        assert!(en.contains(&format!("answered “{first}” there and “{second}” here")), "{en}");
        assert_eq!(en.contains("hidden"), hide, "{en}");
        let fr = &issues[0].message_fr;
        assert!(fr.contains("d'abord en Attestations!A2"), "{fr}");
        assert_eq!(fr.contains("masqué"), hide, "{fr}");
    }
}

#[test]
fn common_country_names_of_the_world_bank_and_un_lists_are_read_as_their_codes() {
    use crate::domain::CountryCode;
    for (name, code) in [
        ("Republic of Korea", "KR"),
        ("PRC", "CN"),
        ("Lao PDR", "LA"),
        ("East Timor", "TL"),
        ("Myanmar (Burma)", "MM"),
        ("Hong Kong SAR", "HK"),
        ("Hong Kong SAR, China", "HK"),
        ("Dominican Rep.", "DO"),
        ("St. Lucia", "LC"),
        ("St. Vincent and the Grenadines", "VC"),
        ("Netherlands, The", "NL"),
        ("Gambia, The", "GM"),
        ("Vatican", "VA"),
        ("Chinese Taipei", "TW"),
    ] {
        assert_eq!(CountryCode::parse(name).map(|c| c.as_str().to_string()).as_deref(), Some(code), "{name}");
        let bytes = places_with(false, |ws| {
            ws.write_string(1, 6, name).unwrap();
        });
        let d = read("c.xlsx", &bytes).unwrap_or_else(|e| panic!("{name}: {e:?}")).declaration;
        assert_eq!(d.places_of_work[0].country.as_str(), code, "{name}");
    }
}
