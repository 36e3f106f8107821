//! A hidden sheet is said hidden with the way to show it that works for how it is hidden: Excel's Unhide for a
//! hidden sheet; for a `veryHidden` one, which Unhide does not list, the VBA editor, LibreOffice Calc, or the data
//! copied into the template's sheet. Instances made here: sheets hidden each way by a writer, read for the
//! declaration or not, with problems on them, in XLSX and ODS.

use super::tests::{corpus_ods, errors, workbook};
use super::*;

fn read(name: &str, bytes: &[u8]) -> Result<Parsed, Vec<Issue>> {
    read_declaration(name, bytes, &Limits::default())
}

/// How a writer hides a sheet.
#[derive(Clone, Copy, Debug)]
enum Hide {
    Hidden,
    VeryHidden,
}

fn hide(ws: &mut rust_xlsxwriter::Worksheet, how: Hide) {
    match how {
        Hide::Hidden => ws.set_hidden(true),
        Hide::VeryHidden => ws.set_very_hidden(true),
    };
}

/// The advice for `how` is in both languages of `issue`, and the other way's is not.
fn advises(issue: &Issue, how: Hide) {
    let (en, fr) = (&issue.message_en, &issue.message_fr);
    match how {
        Hide::Hidden => {
            assert!(en.contains("right-click a sheet tab and choose Unhide") && en.contains("Show Sheet"), "{en}");
            assert!(fr.contains("clic droit sur un onglet, puis Afficher"), "{fr}");
            assert!(!en.contains("VBA") && !fr.contains("VBA"), "{en} / {fr}");
        }
        Hide::VeryHidden => {
            assert!(en.contains("very hidden"), "{en}");
            assert!(en.contains("Excel's menus cannot show it"), "{en}");
            assert!(en.contains("VBA editor (Alt+F11") && en.contains("xlSheetVisible"), "{en}");
            assert!(en.contains("copy your data into the template's sheet"), "{en}");
            assert!(fr.contains("très masquée") && fr.contains("Les menus d'Excel ne peuvent pas l'afficher"), "{fr}");
            assert!(fr.contains("éditeur VBA") && fr.contains("copiez vos données dans la feuille"), "{fr}");
            // Unhide is not offered as the way: it does not list such a sheet.
            assert!(!en.contains("choose Unhide") && !fr.contains("puis Afficher,"), "{en} / {fr}");
        }
    }
    // French typography of what is said of the sheet (from where it is said hidden): no plain space before a colon
    // or semicolon, none inside guillemets.
    let said = fr.find("la feuille «").or_else(|| fr.find("La feuille «")).and_then(|at| fr.get(at..)).unwrap_or(fr);
    for bad in [" :", " ;", "« ", " »"] {
        assert!(!said.contains(bad), "`{bad}` in {said}");
    }
}

#[test]
fn a_sheet_read_for_the_declaration_is_warned_of_with_the_way_to_show_it_for_how_it_is_hidden() {
    for how in [Hide::Hidden, Hide::VeryHidden] {
        for sheet in ["PlacesOfWork", "Attestations"] {
            let bytes = workbook(false, |wb| hide(wb.worksheet_from_name(sheet).unwrap(), how));
            let p = read("h.xlsx", &bytes).unwrap();
            let w: Vec<&Issue> = p.warnings.iter().filter(|w| w.location == sheet).collect();
            assert_eq!(w.len(), 1, "{how:?} {sheet}: {:?}", p.warnings);
            advises(w[0], how);
        }
    }
    // In French sheet names too.
    let bytes = workbook(true, |wb| hide(wb.worksheet_from_name("LieuxDeTravail").unwrap(), Hide::VeryHidden));
    let p = read("h.xlsx", &bytes).unwrap();
    let w = p.warnings.iter().find(|w| w.location == "LieuxDeTravail").unwrap();
    advises(w, Hide::VeryHidden);
}

#[test]
fn a_problem_on_a_hidden_sheet_says_how_to_show_that_sheet() {
    for how in [Hide::Hidden, Hide::VeryHidden] {
        // A Site ID used twice on the hidden sheet: the refusal says the sheet is hidden, and how to show it.
        let bytes = workbook(false, |wb| {
            let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
            ws.write_row(3, 0, ["S1", "Other works", "manufacturing", "rope", "9 Rue", "Pune", "IN", ""]).unwrap();
            hide(ws, how);
        });
        let issues = errors(read("h.xlsx", &bytes));
        let twice = issues.iter().find(|i| i.message_en.contains("used twice")).unwrap();
        assert_eq!(twice.location, "PlacesOfWork!A4");
        advises(twice, how);
        // An unread copy of a sheet that holds rows, hidden: refused, saying how to show it.
        let bytes = workbook(false, |wb| {
            let ws = wb.add_worksheet().set_name("PlacesOfWork (2)").unwrap();
            ws.write_row(0, 0, ["Site ID*", "Site name*"]).unwrap();
            ws.write_row(1, 0, ["S9", "Hidden works"]).unwrap();
            hide(ws, how);
        });
        let issues = errors(read("h.xlsx", &bytes));
        let copy = issues.iter().find(|i| i.location == "PlacesOfWork (2)").unwrap();
        advises(copy, how);
        // An unread, hidden copy without rows: only warned of, with the same advice.
        let bytes = workbook(false, |wb| {
            let ws = wb.add_worksheet().set_name("Supplier (2)").unwrap();
            ws.write_row(0, 0, ["Legal name*", "Other Inc."]).unwrap();
            hide(ws, how);
        });
        let p = read("h.xlsx", &bytes).unwrap();
        let w = p.warnings.iter().find(|w| w.location == "Supplier (2)").unwrap();
        advises(w, how);
    }
}

#[test]
fn an_ods_table_not_displayed_is_hidden_the_way_unhide_undoes() {
    let hidden_table = r#"<style:style style:name="ta9" style:family="table"><style:table-properties table:display="false"/></style:style>"#;
    let p = read("t.ods", &corpus_ods(hidden_table, r#" table:style-name="ta9""#, "", |_, r| r)).unwrap();
    let w = p.warnings.iter().find(|w| w.location == "PlacesOfWork").unwrap();
    advises(w, Hide::Hidden);
}

#[test]
fn the_state_of_a_sheet_is_read_as_the_workbook_writes_it() {
    use super::grid::Visibility;
    assert_eq!(Visibility::of_state(Some("veryHidden")), Visibility::VeryHidden);
    assert_eq!(Visibility::of_state(Some("hidden")), Visibility::Hidden);
    for shown in [None, Some("visible"), Some(""), Some("VERYHIDDEN")] {
        assert_eq!(Visibility::of_state(shown), Visibility::Shown, "{shown:?}");
    }
    assert!(!Visibility::Shown.is_hidden() && Visibility::VeryHidden.is_hidden());
}

/// Rows written in white on no fill (a font of white: `FFFFFF`, the theme's light 1, an indexed white) hold values the
/// sheet does not show, as a hidden row's: warned of in both languages naming the rows. White text on a dark fill,
/// or a font of another colour, is shown: no word.
#[test]
fn rows_written_in_white_on_white_are_warned_of_naming_them() {
    use rust_xlsxwriter::{Color, Format};
    let white = Format::new().set_font_color(Color::White);
    let theme_white = Format::new().set_font_color(Color::Theme(0, 0));
    let on_dark = Format::new().set_font_color(Color::White).set_background_color(Color::Black);
    let grey = Format::new().set_font_color(Color::RGB(0xDDDDDD));
    let with = |rows: &[(u32, &Format)]| {
        workbook(false, |wb| {
            let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
            for (r, f) in rows {
                ws.write_string_with_format(*r, 1, "White site", f).unwrap();
            }
        })
    };
    for (rows, list, count) in
        [(vec![(1, &white)], "Row 2 of", 1), (vec![(1, &theme_white), (2, &white)], "Rows 2, 3 of", 2)]
    {
        let p = read("w.xlsx", &with(&rows)).unwrap_or_else(|e| panic!("{e:#?}"));
        let w = p
            .warnings
            .iter()
            .find(|w| w.message_en.contains("cannot be told from their background"))
            .unwrap_or_else(|| panic!("{list}: {:#?}", p.warnings));
        assert!(w.message_en.starts_with(list) && w.location == "PlacesOfWork", "{w:?}");
        let fr = if count == 1 { "La ligne 2 de la feuille contient" } else { "Les lignes 2, 3 de la feuille" };
        assert!(w.message_fr.starts_with(fr) && w.message_fr.contains("blanc sur blanc"), "{w:?}");
        assert!(!w.message_fr.contains(" ;") && !w.message_fr.contains(" :"), "{w:?}");
    }
    for shown in [&on_dark, &grey] {
        let p = read("w.xlsx", &with(&[(1, shown)])).unwrap_or_else(|e| panic!("{e:#?}"));
        assert!(p.warnings.iter().all(|w| !w.message_en.contains("cannot be told")), "{:#?}", p.warnings);
    }
}

/// Text drawn in its background's colour, whatever the colour (yellow on yellow, black on black, `FEFEFE` on no fill,
/// a light theme tint on white), in a font of 1 point, on a row of 0.75 point or in a column a tenth of a character
/// wide, is as unseen as white on white or a hidden row: warned of naming its row. Text with a contrast a reader makes
/// out (dark blue on yellow, grey `AAAAAA` on white, 8-point text) is not.
#[test]
fn text_the_sheet_does_not_show_by_colour_size_or_room_is_warned_of() {
    use rust_xlsxwriter::{Color, Format};
    let unseen = [
        Format::new().set_font_color(Color::Yellow).set_background_color(Color::Yellow),
        Format::new().set_font_color(Color::Black).set_background_color(Color::Black),
        Format::new().set_font_color(Color::RGB(0xFEFEFE)),
        Format::new().set_font_color(Color::RGB(0x00_66CC)).set_background_color(Color::RGB(0x00_66CD)),
        Format::new().set_font_size(1),
    ];
    let seen = [
        Format::new().set_font_color(Color::RGB(0x00_0080)).set_background_color(Color::Yellow),
        Format::new().set_font_color(Color::RGB(0xAAAAAA)),
        Format::new().set_font_size(8),
    ];
    let with = |f: &Format| {
        workbook(false, |wb| {
            let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
            ws.write_string_with_format(2, 1, "Unseen site", f).unwrap();
        })
    };
    let warned = |bytes: &[u8]| {
        let p = read("v.xlsx", bytes).unwrap_or_else(|e| panic!("{e:#?}"));
        p.warnings.iter().any(|w| w.message_en.contains("Row 3 of") || w.message_en.contains("row 3"))
    };
    for (i, f) in unseen.iter().enumerate() {
        assert!(warned(&with(f)), "unseen {i}");
    }
    for (i, f) in seen.iter().enumerate() {
        assert!(!warned(&with(f)), "seen {i}");
    }
    // A row of 0.75 point, a column a tenth of a character wide.
    let low = workbook(false, |wb| {
        wb.worksheet_from_name("PlacesOfWork").unwrap().set_row_height(2, 0.75).unwrap();
    });
    let p = read("v.xlsx", &low).unwrap();
    assert!(p.warnings.iter().any(|w| w.message_en.contains("hidden")), "{:#?}", p.warnings);
    let narrow = workbook(false, |wb| {
        wb.worksheet_from_name("PlacesOfWork").unwrap().set_column_width(6, 0.1).unwrap();
    });
    let p = read("v.xlsx", &narrow).unwrap_or_else(|e| panic!("{e:#?}"));
    assert!(p.warnings.iter().any(|w| w.message_en.contains("hidden")), "{:#?}", p.warnings);
}

/// A font or fill in a colour of the workbook's theme beyond its light 1 and dark 1 (`theme="2"`, light 2, `EEECE1`
/// in the theme the writer puts in the file; the accents) is read from the file's theme part: light 2 on no fill,
/// accent 1 on accent 1, accent 6 on a fill of its own colour given in `rgb` are unseen and warned of naming the row.
/// An accent on yellow, accent 2 (a red) on white, light 2 on a dark fill are shown: no word.
#[test]
fn text_in_a_theme_colour_its_background_shares_is_warned_of() {
    use rust_xlsxwriter::{Color, Format};
    let unseen = [
        Format::new().set_font_color(Color::Theme(2, 0)),
        Format::new().set_font_color(Color::Theme(4, 0)).set_background_color(Color::Theme(4, 0)),
        Format::new().set_font_color(Color::Theme(9, 0)).set_background_color(Color::RGB(0xF7_9646)),
    ];
    let seen = [
        Format::new().set_font_color(Color::Theme(4, 0)).set_background_color(Color::Yellow),
        Format::new().set_font_color(Color::Theme(5, 0)),
        Format::new().set_font_color(Color::Theme(2, 0)).set_background_color(Color::Theme(1, 0)),
    ];
    let with = |f: &Format| {
        workbook(false, |wb| {
            let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
            ws.write_string_with_format(2, 1, "Unseen site", f).unwrap();
        })
    };
    let warning = |bytes: &[u8]| {
        let p = read("t.xlsx", bytes).unwrap_or_else(|e| panic!("{e:#?}"));
        p.warnings.into_iter().find(|w| w.message_en.contains("cannot be told from their background"))
    };
    for (i, f) in unseen.iter().enumerate() {
        let w = warning(&with(f)).unwrap_or_else(|| panic!("unseen {i}"));
        assert!(w.message_en.starts_with("Row 3 of") && w.location == "PlacesOfWork", "{i}: {w:?}");
        assert!(w.message_fr.starts_with("La ligne 3 de la feuille"), "{i}: {w:?}");
    }
    for (i, f) in seen.iter().enumerate() {
        assert!(warning(&with(f)).is_none(), "seen {i}");
    }
}

/// Values under a conditional format whose rule can show them in their background's colour (white font; black on a
/// black fill; a yellow fill with yellow text) or show nothing of them (`;;;`) are warned of, naming the ranges that
/// hold values, in both languages. A conditional format a reader can see (red text, a yellow fill under black text)
/// and one over cells holding nothing are not.
#[test]
fn values_a_conditional_format_can_hide_are_warned_of_naming_the_ranges() {
    use rust_xlsxwriter::{Color, ConditionalFormatFormula, Format};
    let with = |format: &Format, (first, last): (u32, u32), col: u16| {
        workbook(false, |wb| {
            let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
            let cf = ConditionalFormatFormula::new().set_rule("=TRUE").set_format(format);
            ws.add_conditional_format(first, col, last, col, &cf).unwrap();
        })
    };
    let warning = |p: &Parsed| p.warnings.iter().find(|w| w.message_en.contains("conditional format")).cloned();
    let hiding = [
        Format::new().set_font_color(Color::White),
        Format::new().set_font_color(Color::Black).set_background_color(Color::Black),
        Format::new().set_font_color(Color::Yellow).set_background_color(Color::Yellow),
        Format::new().set_background_color(Color::Black),
        Format::new().set_num_format(";;;"),
    ];
    for (i, format) in hiding.iter().enumerate() {
        let p = read("c.xlsx", &with(format, (1, 2), 1)).unwrap_or_else(|e| panic!("{i}: {e:#?}"));
        let w = warning(&p).unwrap_or_else(|| panic!("{i}: {:#?}", p.warnings));
        assert_eq!(w.location, "PlacesOfWork", "{w:?}");
        assert!(
            w.message_en.starts_with("The cells B2:B3 of the sheet hold values under a conditional format"),
            "{w:?}"
        );
        assert!(w.message_fr.starts_with("Les cellules B2:B3 de la feuille contiennent des valeurs"), "{w:?}");
        assert!(!w.message_fr.contains(" ;") && !w.message_fr.contains(" :"), "{w:?}");
    }
    let seen = [
        Format::new().set_font_color(Color::Red),
        Format::new().set_background_color(Color::Yellow),
        Format::new().set_bold(),
    ];
    for (i, format) in seen.iter().enumerate() {
        let p = read("c.xlsx", &with(format, (1, 2), 1)).unwrap_or_else(|e| panic!("{i}: {e:#?}"));
        assert_eq!(warning(&p), None, "{i}");
    }
    // Over cells that hold nothing (far below the sites, far to the right): nothing to warn of.
    let p = read("c.xlsx", &with(&hiding[0], (500, 900), 40)).unwrap();
    assert_eq!(warning(&p), None);
}

/// A rich text part of which is drawn so that it cannot be seen — a run in white on no fill (as RGB or as the theme's
/// light 1), in yellow on a yellow cell, in a font of 1 point — is read with the rest of the cell, which is not what
/// the supplier sees: warned of naming the cells and quoting that part, in both languages. Runs a reader makes out
/// (red, bold, white on a black cell) and a white run of spaces are not.
#[test]
fn part_of_a_cells_text_drawn_so_it_cannot_be_seen_is_warned_of_quoting_it() {
    use rust_xlsxwriter::{Color, Format};
    let plain = Format::new();
    let with = |cell: &Format, runs: &[(&Format, &str)], rows: &[u32]| {
        workbook(false, |wb| {
            let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
            for r in rows {
                ws.write_rich_string_with_format(*r, 1, runs, cell).unwrap();
            }
        })
    };
    let warning = |bytes: &[u8]| {
        let p = read("r.xlsx", bytes).unwrap_or_else(|e| panic!("{e:#?}"));
        let part = |w: &Issue| w.message_en.contains("in whole or in part");
        p.warnings.into_iter().find(part)
    };
    let yellow = Format::new().set_background_color(Color::Yellow);
    let black = Format::new().set_background_color(Color::Black);
    let unseen: [(&Format, Format); 4] = [
        (&plain, Format::new().set_font_color(Color::White)),
        (&plain, Format::new().set_font_color(Color::Theme(0, 0))),
        (&yellow, Format::new().set_font_color(Color::Yellow)),
        (&plain, Format::new().set_font_size(1)),
    ];
    for (i, (cell, run)) in unseen.iter().enumerate() {
        let bytes = with(cell, &[(&plain, "Mill"), (run, " at Hotan, Xinjiang")], &[2]);
        let w = warning(&bytes).unwrap_or_else(|| panic!("unseen {i}"));
        assert_eq!(w.location, "PlacesOfWork", "{i}: {w:?}");
        assert!(w.message_en.starts_with("The cell B3 of the sheet holds text"), "{i}: {w:?}");
        assert!(w.message_en.contains("(“at Hotan, Xinjiang”)"), "{i}: {w:?}");
        assert!(w.message_fr.starts_with("La cellule B3 de la feuille contient un texte"), "{i}: {w:?}");
        assert!(w.message_fr.contains("(«\u{a0}at Hotan, Xinjiang\u{a0}»)"), "{i}: {w:?}");
        assert!(!w.message_fr.contains(" ;") && !w.message_fr.contains(" :"), "{w:?}");
        // What is read is the whole text, as before: the warning says so, it changes nothing.
        let p = read("r.xlsx", &bytes).unwrap();
        assert!(p.declaration.places_of_work.iter().any(|s| s.site_name == "Mill at Hotan, Xinjiang"), "{i}");
    }
    // Several cells: named, the first part quoted.
    let w = warning(&with(&plain, &[(&plain, "Mill"), (&unseen[0].1, " two")], &[1, 2])).unwrap();
    assert!(w.message_en.starts_with("The cells B2, B3 of the sheet hold text"), "{w:?}");
    assert!(w.message_en.contains("(the first: “two”)"), "{w:?}");
    let seen: [(&Format, Format); 4] = [
        (&plain, Format::new().set_font_color(Color::Red)),
        (&plain, Format::new().set_bold()),
        (&black, Format::new().set_font_color(Color::White)),
        (&plain, Format::new().set_font_size(8)),
    ];
    for (i, (cell, run)) in seen.iter().enumerate() {
        assert!(warning(&with(cell, &[(&plain, "Mill"), (run, " at Hotan")], &[2])).is_none(), "seen {i}");
    }
    // An entity or a character reference in the hidden part is quoted as the text it stands for.
    let w = warning(&with(&plain, &[(&plain, "Mill"), (&unseen[0].1, " of Lee & Sons <Hotan>")], &[2])).unwrap();
    assert!(w.message_en.contains("(“of Lee & Sons <Hotan>”)"), "{w:?}");
    // An inline rich text (`<is>`, as openpyxl writes rich text): the same, by the same rules.
    let base = with(&plain, &[(&plain, "Mill"), (&plain, " two")], &[2]);
    for (look, warned) in [
        (r#"<color rgb="FFFFFFFF"/>"#, true),
        (r#"<color theme="0"/>"#, true),
        (r#"<sz val="1"/>"#, true),
        (r#"<color rgb="FFFF0000"/>"#, false),
        (r#"<sz val="9"/>"#, false),
    ] {
        let xml = format!(
            r#"<c r="B3" t="inlineStr"><is><r><t>Mill</t></r><r><rPr>{look}</rPr><t xml:space="preserve"> at Hotan</t></r></is></c>"#
        );
        let bytes = super::tests::set_cell_xml(&base, "xl/worksheets/sheet3.xml", "B3", &xml);
        let p = read("i.xlsx", &bytes).unwrap_or_else(|e| panic!("{look}: {e:#?}"));
        assert!(p.declaration.places_of_work.iter().any(|s| s.site_name == "Mill at Hotan"), "{look}");
        let w = warning(&bytes);
        assert_eq!(w.is_some(), warned, "{look}: {w:?}");
        if let Some(w) = w {
            assert!(
                w.message_en.starts_with("The cell B3 of the sheet") && w.message_en.contains("(“at Hotan”)"),
                "{w:?}"
            );
        }
    }
    // A white run of spaces only hides nothing.
    let spaces = with(&plain, &[(&plain, "Mill"), (&unseen[0].1, "   "), (&plain, "Two")], &[2]);
    assert!(warning(&spaces).is_none());
}
