//! Kinds every carrier must read alike, with instances made here: values written white on white in an ODS workbook
//! (XLSB's are in `xlsb_tests.rs`), a share of value written in scientific notation, the errors of newer spreadsheet
//! programs in every language the intake reads, and the file as a whole refused from the catalogues.

use serde_json::{Value, json};

use super::tests::{corpus_ods, errors, patch_zip, places, workbook, zip_of};
use super::*;

fn read(name: &str, bytes: &[u8]) -> Result<Parsed, Vec<Issue>> {
    read_declaration(name, bytes, &Limits::default())
}

/// The warning of rows written white on white, if any.
fn white_warning(p: &Parsed) -> Option<&Issue> {
    p.warnings.iter().find(|w| w.message_en.contains("cannot be told from their background"))
}

// ---- White on white, ODS ----

/// An ODS table whose rows hold values in a cell style of white text on no background (its own `fo:color`, or its
/// parent style's, or the column's default cell style), of any colour hardly told from its background (`#fefefe` on
/// white, yellow on yellow, black on black), or of a font of 1 point, is warned of naming the rows, as an XLSX sheet
/// is. White or yellow text on a dark background, grey text, the window font colour on black or an 8-point font is
/// shown: no word.
#[test]
fn ods_rows_written_in_white_on_white_are_warned_of_naming_them() {
    let styles = concat!(
        r##"<style:style style:name="ceW" style:family="table-cell"><style:text-properties fo:color="#ffffff"/></style:style>"##,
        r##"<style:style style:name="Wh" style:family="table-cell"><style:text-properties fo:color="#FFFFFF"/></style:style>"##,
        r##"<style:style style:name="ceP" style:family="table-cell" style:parent-style-name="Wh"/>"##,
        r##"<style:style style:name="ceT" style:family="table-cell"><style:table-cell-properties fo:background-color="transparent"/><style:text-properties fo:color="#ffffff"/></style:style>"##,
        r##"<style:style style:name="ceD" style:family="table-cell"><style:table-cell-properties fo:background-color="#000000"/><style:text-properties fo:color="#ffffff"/></style:style>"##,
        r##"<style:style style:name="ceG" style:family="table-cell"><style:text-properties fo:color="#dddddd"/></style:style>"##,
        r##"<style:style style:name="ceS" style:family="table-cell"><style:text-properties fo:font-size="1pt"/></style:style>"##,
        r##"<style:style style:name="ceSP" style:family="table-cell" style:parent-style-name="ceS"/>"##,
        r##"<style:style style:name="ceMM" style:family="table-cell"><style:text-properties fo:font-size="1mm"/></style:style>"##,
        r##"<style:style style:name="ce8" style:family="table-cell"><style:text-properties fo:font-size="8pt"/></style:style>"##,
        r##"<style:style style:name="ce8S" style:family="table-cell" style:parent-style-name="ceS"><style:text-properties fo:font-size="8pt"/></style:style>"##,
        r##"<style:style style:name="ceF" style:family="table-cell"><style:text-properties fo:color="#fefefe"/></style:style>"##,
        r##"<style:style style:name="ceYY" style:family="table-cell"><style:table-cell-properties fo:background-color="#ffff00"/><style:text-properties fo:color="#FFFF00"/></style:style>"##,
        r##"<style:style style:name="ceYD" style:family="table-cell"><style:table-cell-properties fo:background-color="#000080"/><style:text-properties fo:color="#ffff00"/></style:style>"##,
        r##"<style:style style:name="ceBB" style:family="table-cell"><style:table-cell-properties fo:background-color="#000000"/><style:text-properties fo:color="#000000"/></style:style>"##,
        r##"<style:style style:name="ceWin" style:family="table-cell"><style:table-cell-properties fo:background-color="#000000"/><style:text-properties style:use-window-font-color="true" fo:color="#000000"/></style:style>"##,
    );
    // The first cell of rows `rows` (0 is the heading) in the cell style `style`.
    let styled = |style: &'static str, rows: &'static [usize]| {
        corpus_ods(styles, "", "", move |i, r| {
            if rows.contains(&i) {
                r.replacen("<table:table-cell ", &format!(r#"<table:table-cell table:style-name="{style}" "#), 1)
            } else {
                r
            }
        })
    };
    // A font of 1 point (its own, or its parent's) draws its text as a line: as unseen.
    for (style, rows, list) in [
        ("ceW", &[1][..], "Row 2 of"),
        ("ceP", &[1, 2], "Rows 2, 3 of"),
        ("ceT", &[2], "Row 3 of"),
        ("ceS", &[1], "Row 2 of"),
        ("ceSP", &[2], "Row 3 of"),
        ("ceMM", &[1], "Row 2 of"),
        // Any colour that can hardly be told from the background, by the contrast rule XLSX's are judged by.
        ("ceF", &[1], "Row 2 of"),
        ("ceYY", &[2], "Row 3 of"),
        ("ceBB", &[1], "Row 2 of"),
    ] {
        let p = read("w.ods", &styled(style, rows)).unwrap_or_else(|e| panic!("{style}: {e:#?}"));
        let w = white_warning(&p).unwrap_or_else(|| panic!("{style}: {:#?}", p.warnings));
        assert!(w.message_en.starts_with(list) && w.location == "PlacesOfWork", "{style}: {w:?}");
        assert!(w.message_fr.contains("blanc sur blanc"), "{w:?}");
        assert!(!w.message_fr.contains(" ;") && !w.message_fr.contains(" :"), "{w:?}");
    }
    // A row whose default cell style writes white (`table:default-cell-style-name` of `table:table-row`): its cells
    // without a style of their own are invisible.
    for (style, named) in [("ceW", "Row 2 of"), ("ceF", "Row 2 of"), ("ceS", "Row 2 of")] {
        let bytes = corpus_ods(styles, "", "", move |i, r| {
            if i == 1 {
                r.replacen(
                    "<table:table-row",
                    &format!(r#"<table:table-row table:default-cell-style-name="{style}""#),
                    1,
                )
            } else {
                r
            }
        });
        let p = read("w.ods", &bytes).unwrap_or_else(|e| panic!("{e:#?}"));
        let w = white_warning(&p).unwrap_or_else(|| panic!("{style}: {:#?}", p.warnings));
        assert!(w.message_en.starts_with(named), "{style}: {w:?}");
    }
    // A column whose default cell style writes white: its cells without a style of their own are invisible.
    let columns = r#"<table:table-column table:default-cell-style-name="ceW"/><table:table-column table:number-columns-repeated="20"/>"#;
    let p = read("w.ods", &corpus_ods(styles, "", columns, |_, r| r)).unwrap_or_else(|e| panic!("{e:#?}"));
    let w = white_warning(&p).unwrap_or_else(|| panic!("{:#?}", p.warnings));
    assert!(w.message_en.starts_with("Rows 1, 2, 3"), "{w:?}");
    // An 8-point font is read, its own or over a parent's of 1 point.
    for shown in ["ceD", "ceG", "ce8", "ce8S", "ceYD", "ceWin"] {
        let p = read("w.ods", &styled(shown, &[1, 2])).unwrap_or_else(|e| panic!("{e:#?}"));
        assert!(white_warning(&p).is_none(), "{shown}: {:#?}", p.warnings);
    }
}

/// Part of an ODS cell's text in a span of a look of its own that cannot be seen — white on the cell's white
/// background, near-white (`#fefefe`), yellow on a yellow cell or on white (contrast 1.07, as XLSX judges it), a font
/// of 1 point, text not displayed
/// (`text:display="none"`) — is warned of naming the cell and quoting the part, as in XLSX; the text is read whole.
/// A white or yellow span on a black cell, a red one and an 8-point one are seen: no word. A hidden part longer than
/// the quote is cut with an ellipsis.
#[test]
fn ods_text_part_of_which_cannot_be_seen_is_warned_of_quoting_it() {
    let styles = concat!(
        r##"<style:style style:name="T1" style:family="text"><style:text-properties fo:color="#ffffff"/></style:style>"##,
        r##"<style:style style:name="T2" style:family="text"><style:text-properties fo:font-size="1pt"/></style:style>"##,
        r##"<style:style style:name="T3" style:family="text"><style:text-properties fo:color="#ff0000"/></style:style>"##,
        r##"<style:style style:name="T4" style:family="text"><style:text-properties fo:font-size="8pt"/></style:style>"##,
        r##"<style:style style:name="T5" style:family="text"><style:text-properties text:display="none"/></style:style>"##,
        r##"<style:style style:name="T6" style:family="text"><style:text-properties fo:color="#FEFEFE"/></style:style>"##,
        r##"<style:style style:name="T7" style:family="text"><style:text-properties fo:color="#ffff00"/></style:style>"##,
        // An automatic style over a named one (in `styles.xml` as LibreOffice writes it) takes its colour.
        r##"<style:style style:name="T8" style:family="text" style:parent-style-name="T1"><style:text-properties fo:font-weight="bold"/></style:style>"##,
        r##"<style:style style:name="ceD" style:family="table-cell"><style:table-cell-properties fo:background-color="#000000"/></style:style>"##,
        r##"<style:style style:name="ceY" style:family="table-cell"><style:table-cell-properties fo:background-color="#FFFF00"/></style:style>"##,
    );
    // Rows `rows`' site name (column B) ending in a span of the text style `span` holding `text`, the cell in the
    // style `cell`; its value its text, as LibreOffice writes a text.
    let spanned_text = |span: &'static str, cell: Option<&'static str>, rows: &'static [usize], text: &'static str| {
        corpus_ods(styles, "", "", move |i, r| {
            if !rows.contains(&i) {
                return r;
            }
            let first = r.find("</text:p>").unwrap() + "</text:p>".len();
            let (a, b) = r.split_at(first);
            let span = format!(r#"<text:span text:style-name="{span}">{text}</text:span></text:p>"#);
            let mut b = b.replacen("</text:p>", &span, 1);
            b = b.replacen(r#" office:string-value="Distribution centre""#, "", 1);
            b = b.replacen(r#" office:string-value="Glove factory""#, "", 1);
            if let Some(style) = cell {
                b = b.replacen("<table:table-cell ", &format!(r#"<table:table-cell table:style-name="{style}" "#), 1);
            }
            format!("{a}{b}")
        })
    };
    let spanned = |span, cell, rows| spanned_text(span, cell, rows, " at Hotan &amp; Co");
    let warning = |bytes: &[u8]| {
        let p = read("s.ods", bytes).unwrap_or_else(|e| panic!("{e:#?}"));
        let name = p.declaration.places_of_work.first().map(|s| s.site_name.clone()).unwrap_or_default();
        (p.warnings.into_iter().find(|w| w.message_en.contains("in whole or in part")), name)
    };
    for (span, cell) in [
        ("T1", None),
        ("T2", None),
        ("T2", Some("ceD")),
        ("T5", None),
        ("T5", Some("ceD")),
        ("T6", None),
        ("T7", Some("ceY")),
        ("T7", None),
        ("T8", None),
    ] {
        let (w, name) = warning(&spanned(span, cell, &[1]));
        let w = w.unwrap_or_else(|| panic!("{span} {cell:?}"));
        assert!(name.ends_with(" at Hotan & Co"), "read whole: {name:?}");
        assert_eq!(w.location, "PlacesOfWork", "{w:?}");
        assert!(w.message_en.starts_with("The cell B2 of the sheet holds text"), "{span}: {w:?}");
        assert!(w.message_en.contains("(“at Hotan & Co”)"), "{span}: {w:?}");
        assert!(w.message_fr.starts_with("La cellule B2 de la feuille"), "{w:?}");
        assert!(w.message_fr.contains("(«\u{a0}at Hotan & Co\u{a0}»)\u{202f};"), "{w:?}");
    }
    let (w, _) = warning(&spanned("T1", None, &[1, 2]));
    assert!(w.unwrap().message_en.starts_with("The cells B2, B3 of the sheet hold text"));
    // As odfpy and pandas write a text: its `office:string-value` holds the same words, hidden part and all. That is
    // what is read, so it is warned of the same.
    for span in ["T1", "T2", "T5", "T6"] {
        let bytes = corpus_ods(styles, "", "", move |i, r| {
            if i != 1 {
                return r;
            }
            let shown = format!(
                r#"<text:p>Distribution centre<text:span text:style-name="{span}"> at Hotan &amp; Co</text:span></text:p>"#
            );
            r.replacen(
                r#"office:string-value="Distribution centre""#,
                r#"office:string-value="Distribution centre at Hotan &amp; Co""#,
                1,
            )
            .replacen("<text:p>Distribution centre</text:p>", &shown, 1)
        });
        let (w, name) = warning(&bytes);
        assert_eq!(name, "Distribution centre at Hotan & Co", "{span}");
        assert!(w.unwrap_or_else(|| panic!("{span}")).message_en.contains("(“at Hotan & Co”)"), "{span}");
    }
    // Two hidden parts of one cell are quoted apart.
    let bytes = corpus_ods(styles, "", "", |i, r| {
        if i != 1 {
            return r;
        }
        let shown = r#"<text:p>Distribution <text:span text:style-name="T1">first</text:span> centre <text:span text:style-name="T2">second</text:span></text:p>"#;
        r.replacen(r#" office:string-value="Distribution centre""#, "", 1).replacen(
            "<text:p>Distribution centre</text:p>",
            shown,
            1,
        )
    });
    let (w, _) = warning(&bytes);
    assert!(w.unwrap().message_en.contains("(“first … second”)"));
    // A long hidden part is quoted up to 80 characters and an ellipsis.
    let long = " at Hotan, Xinjiang Uyghur Autonomous Region, People's Republic of China, warehouse 7, lot 12";
    let (w, _) = warning(&spanned_text("T1", None, &[1], long));
    let w = w.unwrap();
    let quoted = long.chars().take(80).collect::<String>().trim().to_string();
    assert!(w.message_en.contains(&format!("(“{quoted}…”)")), "{w:?}");
    for (span, cell) in [("T1", Some("ceD")), ("T3", None), ("T4", None), ("T7", Some("ceD"))] {
        let (w, name) = warning(&spanned(span, cell, &[1]));
        assert!(w.is_none(), "{span} {cell:?}: {w:?}");
        assert!(name.ends_with(" at Hotan & Co"), "{name:?}");
    }
}

/// An ODS table whose cells hold values under a conditional format that can show them unseen — a LibreOffice
/// conditional format (`calcext:conditional-format`, a `calcext:condition` or `calcext:date-is`) or a cell style's
/// condition (`style:map`), applying a style of white text on white, of text hardly told from its background or of a
/// font of 1 point — is warned of naming the ranges, as XLSX's are; the values are read. A condition applying white
/// on black, or a range that holds no value, says nothing.
#[test]
fn ods_values_under_a_conditional_format_that_can_hide_them_are_warned_of_naming_the_ranges() {
    let styles = concat!(
        r##"<style:style style:name="cfW" style:family="table-cell"><style:text-properties fo:color="#ffffff"/></style:style>"##,
        r##"<style:style style:name="cfF" style:family="table-cell"><style:text-properties fo:color="#fdfdfd"/></style:style>"##,
        r##"<style:style style:name="cfS" style:family="table-cell"><style:text-properties fo:font-size="1pt"/></style:style>"##,
        r##"<style:style style:name="cfD" style:family="table-cell"><style:table-cell-properties fo:background-color="#000000"/><style:text-properties fo:color="#ffffff"/></style:style>"##,
        r##"<style:style style:name="cfR" style:family="table-cell"><style:text-properties fo:color="#c9211e"/></style:style>"##,
        r##"<style:style style:name="ceMapW" style:family="table-cell"><style:map style:condition="cell-content()=&quot;CA-DC&quot;" style:apply-style-name="cfW" style:base-cell-address="PlacesOfWork.A2"/></style:style>"##,
        r##"<style:style style:name="ceMapParent" style:family="table-cell" style:parent-style-name="ceMapW"/>"##,
        r##"<style:style style:name="ceMapR" style:family="table-cell"><style:map style:condition="cell-content()=1" style:apply-style-name="cfR" style:base-cell-address="PlacesOfWork.A2"/></style:style>"##,
    );
    // The corpus file with `formats` at the end of its PlacesOfWork table, and the first cell of rows `rows` in the
    // cell style `style`.
    let with = |formats: &str, style: Option<&'static str>, rows: &'static [usize]| {
        let bytes = corpus_ods(styles, "", "", move |i, r| match style {
            Some(st) if rows.contains(&i) => {
                r.replacen("<table:table-cell ", &format!(r#"<table:table-cell table:style-name="{st}" "#), 1)
            }
            _ => r,
        });
        let formats = formats.to_string();
        patch_zip(&bytes, "content.xml", move |xml| {
            let (head, tail) = xml.split_once(r#"table:name="PlacesOfWork""#).unwrap();
            let (table, rest) = tail.split_once("</table:table>").unwrap();
            format!(
                r#"{head}table:name="PlacesOfWork"{table}<calcext:conditional-formats>{formats}</calcext:conditional-formats></table:table>{rest}"#
            )
        })
    };
    let warning = |bytes: &[u8]| {
        let p = read("c.ods", bytes).unwrap_or_else(|e| panic!("{e:#?}"));
        assert_eq!(p.declaration.places_of_work[0].site_name, "Distribution centre", "the values are read");
        p.warnings.into_iter().find(|w| w.message_en.contains("conditional format"))
    };
    let format = |range: &str, condition: &str| {
        format!(
            r#"<calcext:conditional-format calcext:target-range-address="{range}">{condition}</calcext:conditional-format>"#
        )
    };
    let applies = |style: &str| {
        format!(
            r#"<calcext:condition calcext:apply-style-name="{style}" calcext:value="=&quot;x&quot;" calcext:base-cell-address="PlacesOfWork.B2"/>"#
        )
    };
    for (formats, named) in [
        (format("PlacesOfWork.B2:PlacesOfWork.B3", &applies("cfW")), "The cells B2:B3 of the sheet"),
        (format("PlacesOfWork.B2:PlacesOfWork.B3", &applies("cfF")), "The cells B2:B3 of the sheet"),
        // A range is named by the cells in it that hold values: a format over many empty rows, or a whole column.
        (format("PlacesOfWork.B2:PlacesOfWork.B400", &applies("cfW")), "The cells B2:B3 of the sheet"),
        (format("PlacesOfWork.B1:PlacesOfWork.B1048576", &applies("cfW")), "The cells B1:B3 of the sheet"),
        (format("PlacesOfWork.B3:PlacesOfWork.L90", &applies("cfW")), "The cells B3:H3 of the sheet"),
        (format("PlacesOfWork.C2:PlacesOfWork.C2", &applies("cfS")), "The cell C2 of the sheet holds a value"),
        (format("'PlacesOfWork'.$C$2:'PlacesOfWork'.$D$3", &applies("cfW")), "The cells C2:D3 of the sheet"),
        // The second condition of a format hides; the first does not.
        (
            format("PlacesOfWork.A2:PlacesOfWork.A3", &format!("{}{}", applies("cfR"), applies("cfW"))),
            "The cells A2:A3 of the sheet",
        ),
        (
            format("PlacesOfWork.E2:PlacesOfWork.E3", r#"<calcext:date-is calcext:date="today" calcext:style="cfW"/>"#),
            "The cells E2:E3 of the sheet",
        ),
        (
            format("PlacesOfWork.A2:PlacesOfWork.A3 PlacesOfWork.F2", &applies("cfW")),
            "The cells A2:A3, F2 of the sheet",
        ),
    ] {
        let w = warning(&with(&formats, None, &[])).unwrap_or_else(|| panic!("{formats}"));
        assert_eq!(w.location, "PlacesOfWork", "{w:?}");
        assert!(w.message_en.starts_with(named), "{formats}: {w:?}");
        assert!(w.message_fr.contains("mise en forme conditionnelle"), "{w:?}");
    }
    // A cell style's condition (`style:map`), its own or its parent's: the cells in it that hold values.
    for (style, rows, named) in [("ceMapW", &[1][..], "The cell A2 of"), ("ceMapParent", &[1, 2], "The cells A2:A3 of")]
    {
        let w = warning(&with("", Some(style), rows)).unwrap_or_else(|| panic!("{style}"));
        assert!(w.message_en.starts_with(named), "{style}: {w:?}");
    }
    // A column's default cell style with such a condition: its cells that name no style of their own.
    let bytes = corpus_ods(
        styles,
        "",
        r#"<table:table-column table:default-cell-style-name="ceMapW"/><table:table-column table:number-columns-repeated="20"/>"#,
        |_, r| r,
    );
    let w = warning(&bytes).unwrap_or_else(|| panic!("column default"));
    assert!(w.message_en.starts_with("The cells A1:A"), "{w:?}");
    // Seen, or over no value: no word.
    for formats in [
        format("PlacesOfWork.B2:PlacesOfWork.B3", &applies("cfD")),
        format("PlacesOfWork.B2:PlacesOfWork.B3", &applies("cfR")),
        format("PlacesOfWork.Z50:PlacesOfWork.Z60", &applies("cfW")),
        format("PlacesOfWork.B2:PlacesOfWork.B3", &applies("NoSuchStyle")),
    ] {
        assert!(warning(&with(&formats, None, &[])).is_none(), "{formats}");
    }
    assert!(warning(&with("", Some("ceMapR"), &[1])).is_none());
}

/// A case of a refusal: what it is, how the row is edited, the value read and the words shown.
type Refused = (&'static str, fn(String) -> String, &'static str, &'static str);

/// An ODS string cell whose `office:string-value` (what is read, as odfpy and pandas write it) and paragraphs (what
/// the sheet shows) hold different words is refused at its cell, naming both in both languages: a hidden or an added
/// part, another text altogether, in any field. The same words spaced otherwise (runs of spaces, `text:s`, two
/// paragraphs for a line break) agree, as every cell of the odfpy file does.
#[test]
fn an_ods_text_whose_value_and_shown_words_differ_is_refused_at_its_cell_naming_both() {
    // The corpus file written by pandas (odfpy): every text has its `office:string-value`, equal to its paragraph.
    let with = |edit: fn(String) -> String| corpus_ods("", "", "", move |i, r| if i == 1 { edit(r) } else { r });
    let accepted = |bytes: &[u8], what: &str| {
        let p = read("v.ods", bytes).unwrap_or_else(|e| panic!("{what}: {e:#?}"));
        assert!(p.warnings.iter().all(|w| !w.message_en.contains("saved for the cell")), "{what}");
        p
    };
    let p = accepted(&with(|r| r), "the file as written");
    assert_eq!(p.declaration.places_of_work[0].site_name, "Distribution centre");
    let refused: [Refused; 3] = [
        (
            "a part added to what is shown",
            |r| r.replacen("<text:p>Distribution centre</text:p>", "<text:p>Distribution centre at Hotan</text:p>", 1),
            "Distribution centre",
            "Distribution centre at Hotan",
        ),
        (
            "a part left out of what is shown",
            |r| r.replacen("<text:p>Distribution centre</text:p>", "<text:p>Distribution</text:p>", 1),
            "Distribution centre",
            "Distribution",
        ),
        (
            "another text in the site ID",
            |r| r.replacen(r#"office:string-value="CA-DC""#, r#"office:string-value="CA-DX""#, 1),
            "CA-DX",
            "CA-DC",
        ),
    ];
    for (what, edit, value, shown) in refused {
        let issues = errors(read("v.ods", &with(edit)));
        let e = issues
            .iter()
            .find(|i| i.message_en.contains("saved for the cell"))
            .unwrap_or_else(|| panic!("{what}: {issues:#?}"));
        assert!(e.location.starts_with("PlacesOfWork!") && e.location.ends_with('2'), "{what}: {e:?}");
        assert!(e.message_en.contains(&format!("holds the text “{value}”")), "{what}: {e:?}");
        assert!(e.message_en.contains(&format!("is “{shown}”")), "{what}: {e:?}");
        assert!(e.message_fr.contains(&format!("«\u{a0}{shown}\u{a0}»\u{a0}:")), "{what}: {e:?}");
    }
    // An empty value attribute under shown words is refused as such, not as a missing value; a long value is quoted
    // cut as the shown words are.
    let issues = errors(read(
        "v.ods",
        &with(|r| r.replacen(r#"office:string-value="Distribution centre""#, r#"office:string-value="""#, 1)),
    ));
    let e = issues.iter().find(|i| i.location == "PlacesOfWork!B2").unwrap_or_else(|| panic!("{issues:#?}"));
    assert!(e.message_en.contains("holds the text “”") && e.message_en.contains("is “Distribution centre”"), "{e:?}");
    assert!(!e.message_en.contains("required"), "{e:?}");
    let issues = errors(read(
        "v.ods",
        &with(|r| {
            let long = "Distribution centre ".repeat(12);
            r.replacen(r#"office:string-value="Distribution centre""#, &format!(r#"office:string-value="{long}""#), 1)
        }),
    ));
    let e = issues.iter().find(|i| i.location == "PlacesOfWork!B2").unwrap_or_else(|| panic!("{issues:#?}"));
    let quoted: String = "Distribution centre ".repeat(12).chars().take(80).collect();
    assert!(
        e.message_en.contains(&format!("holds the text “{}…”", quoted.trim_end()))
            || e.message_en.contains(&format!("holds the text “{quoted}…”")),
        "{e:?}"
    );
    // Spacing is not the words.
    let spaced: [fn(String) -> String; 2] = [
        |r| {
            r.replacen(
                "<text:p>Distribution centre</text:p>",
                "<text:p>Distribution<text:s text:c=\"3\"/>centre </text:p>",
                1,
            )
        },
        |r| {
            r.replacen(
                "<text:p>Distribution centre</text:p>",
                "<text:p>Distribution</text:p><text:p>centre</text:p>",
                1,
            )
        },
    ];
    for edit in spaced {
        let p = accepted(&with(edit), "spaced");
        assert_eq!(p.declaration.places_of_work[0].site_name, "Distribution centre");
    }
}

// ---- A share in scientific notation ----

/// A workbook whose first site has `share` (a number, in `format` when given) as its share of value.
fn share_workbook(share: f64, format: Option<&str>) -> Vec<u8> {
    workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(0, 8, "Share of value %").unwrap();
        match format {
            Some(code) => {
                let f = rust_xlsxwriter::Format::new().set_num_format(code);
                ws.write_number_with_format(1, 8, share, &f).unwrap();
            }
            None => {
                ws.write_number(1, 8, share).unwrap();
            }
        }
    })
}

/// A CSV zip whose first site's share of value is written `share` (`;` separated, decimal commas, when `french`).
fn share_csv(share: &str, french: bool) -> Vec<u8> {
    let sep = if french { ";" } else { "," };
    let places = format!(
        "Site ID{s}Site name{s}Role{s}Goods{s}Address{s}City{s}Country{s}Share of value %\nG1{s}Plant{s}manufacturing{s}gloves{s}Jalan 1{s}Klang{s}MY{s}{share}\n",
        s = sep
    );
    let supplier = format!(
        "Label{s}Value\nLegal name{s}X Inc.\nCountry{s}CA\nDeclaration date{s}2026-04-01\nSignatory name{s}Ng\n",
        s = sep
    );
    let attestations = format!("Right{s}Attested\nchild_labour{s}Y\n", s = sep);
    zip_of(&[("Supplier.csv", &supplier), ("Attestations.csv", &attestations), ("PlacesOfWork.csv", &places)])
}

/// A share of value between 0 and 1 written in scientific notation — typed (`5.00E-01`, `5E-1`, `2,5e-1` with a
/// decimal comma) or shown so by its cell's number format (`0.00E+00`, `##0.0E+0`) — may be a fraction of the whole
/// as well as the percentage written: refused at its cell naming both readings, in both languages. It was read as
/// 0.5 % with the warning of fractions, or refused as no number when typed. A share above 1 in scientific notation
/// is the percentage it writes; typed with `%` it says which it is.
#[test]
fn a_share_in_scientific_notation_is_read_as_the_number_it_is_or_refused_when_ambiguous() {
    let refused = |issues: &[Issue], place: &str, shown: &str, n: &str, percent: &str| {
        let e = issues.iter().find(|i| i.location == place).unwrap_or_else(|| panic!("{place}: {issues:#?}"));
        assert!(e.message_en.contains(&format!("The share {shown} is written in scientific notation")), "{e:?}");
        assert!(e.message_en.contains(&format!("{n}%")) && e.message_en.contains(&format!("{percent}%")), "{e:?}");
        assert!(e.message_fr.contains("notation scientifique") && e.message_fr.contains(&format!("{percent}\u{a0}%")));
        assert!(!e.message_fr.contains(" :") && !e.message_fr.contains(" ;") && !e.message_fr.contains(" %"), "{e:?}");
        assert!(e.field.as_deref().is_some_and(|f| f.starts_with("Share of value")), "{e:?}");
    };
    for (typed, french, n) in
        [("5.00E-01", false, "0.5"), ("5E-1", false, "0.5"), ("2,5e-1", true, "0.25"), ("7.5E-01", false, "0.75")]
    {
        let issues = errors(read("s.zip", &share_csv(typed, french)));
        let percent = if n == "0.25" {
            "25"
        } else if n == "0.75" {
            "75"
        } else {
            "50"
        };
        refused(&issues, "PlacesOfWork!H2", typed, n, percent);
    }
    for (format, shown) in [("0.00E+00", "5.00E-01"), ("0.0E+0", "5.0E-01"), ("##0.0E+0", "5.0E-01")] {
        let issues = errors(read("s.xlsx", &share_workbook(0.5, Some(format))));
        refused(&issues, "PlacesOfWork!I2", shown, "0.5", "50");
    }
    // Above 1 it is the percentage written, whichever way it is written.
    for (typed, french) in [("5.5E+01", false), ("5,5E1", true), ("1.25e1", false)] {
        let p = read("s.zip", &share_csv(typed, french)).unwrap_or_else(|e| panic!("{typed}: {e:#?}"));
        let want = if typed == "1.25e1" { 12.5 } else { 55.0 };
        assert_eq!(p.declaration.places_of_work[0].share_of_value, Some(want), "{typed}");
    }
    let p = read("s.xlsx", &share_workbook(55.0, Some("0.00E+00"))).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(p.declaration.places_of_work[0].share_of_value, Some(55.0));
    // With its `%`, a share says it is a percentage: 0.5 % (with the warning of fractions, as `0.5%` typed).
    let p = read("s.zip", &share_csv("5E-1%", false)).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(p.declaration.places_of_work[0].share_of_value, Some(0.5));
    // A share written as a fraction without an exponent keeps the rule of fractions: 0.5 %, warned of.
    let p = read("s.xlsx", &share_workbook(0.5, None)).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(p.declaration.places_of_work[0].share_of_value, Some(0.5));
    assert!(p.warnings.iter().any(|w| w.message_en.contains("1 or less")), "{:#?}", p.warnings);
}

/// A count typed in scientific notation is the number it is (`1.2E+03` workers are 1,200), exactly: the decimal
/// point moved, never a binary product.
#[test]
fn a_number_typed_in_scientific_notation_is_the_number_it_writes() {
    assert_eq!(parse::decimal("1.2E+03", false), Ok(1200.0));
    assert_eq!(parse::decimal("1,5E3", true), Ok(1500.0));
    assert_eq!(parse::decimal("2.9e-1", false), Ok(0.29));
    assert_eq!(parse::decimal("-4E0", false), Ok(-4.0));
    for not_a_number in ["E5", "1.2E", "1.2E+1234", "1.2EE3", "e", "1.2E3.5", "abcE3"] {
        assert_eq!(parse::decimal(not_a_number, false), Err(false), "{not_a_number}");
    }
}

// ---- Errors of newer spreadsheet programs, in every language read ----

/// The errors of newer spreadsheet programs (`#FIELD!`, `#GETTING_DATA`, `#CALC!`, `#BLOCKED!`, `#CONNECT!`,
/// `#BUSY!`, `#UNKNOWN!`, `#PYTHON!`) in a field, under their English name or their name in another language of
/// Excel (`#CHAMP!`, `#OBTENTION_DONNEES`, `#DATEN_ABRUFEN`, `#¡CAMPO!` …), are refused at their cell naming the
/// error as each language's spreadsheet shows it. `#DATEN_ABRUFEN` was read as a region; `#CHAMP!` as a city.
#[test]
fn the_errors_of_newer_spreadsheet_programs_are_refused_in_any_language_naming_them_in_both() {
    let cases = [
        ("#FIELD!", "#FIELD!", "#CHAMP!"),
        ("#CHAMP!", "#FIELD!", "#CHAMP!"),
        ("#¡CAMPO!", "#¡CAMPO! (#FIELD!)", "#¡CAMPO! (#CHAMP!)"),
        ("#GETTING_DATA", "#GETTING_DATA", "#OBTENTION_DONNEES"),
        ("#obtention_donnees", "#GETTING_DATA", "#OBTENTION_DONNEES"),
        ("#DATEN_ABRUFEN", "#DATEN_ABRUFEN (#GETTING_DATA)", "#DATEN_ABRUFEN (#OBTENTION_DONNEES)"),
        ("#CHARGEMENT_DONNEES", "#CHARGEMENT_DONNEES (#GETTING_DATA)", "#CHARGEMENT_DONNEES (#OBTENTION_DONNEES)"),
        ("#CALC!", "#CALC!", "#CALC!"),
        ("#BLOCKED!", "#BLOCKED!", "#BLOQUE!"),
        ("#BLOQUÉ!", "#BLOQUÉ! (#BLOCKED!)", "#BLOQUÉ! (#BLOQUE!)"),
        ("#CONNECT!", "#CONNECT!", "#CONNEXION!"),
        ("#BUSY!", "#BUSY!", "#BUSY!"),
        ("#UNKNOWN!", "#UNKNOWN!", "#INCONNU!"),
        ("#¡DESCONOCIDO!", "#¡DESCONOCIDO! (#UNKNOWN!)", "#¡DESCONOCIDO! (#INCONNU!)"),
        ("#PYTHON!", "#PYTHON!", "#PYTHON!"),
    ];
    for (written, en, fr) in cases {
        let sites = format!(
            "Site ID,Site name,Role,Goods,Address,City,Region,Country\nG1,Plant,manufacturing,gloves,Jalan 1,Klang,{written},MY\n"
        );
        let csv = zip_of(&[
            (
                "Supplier.csv",
                "Label,Value\nLegal name,X Inc.\nCountry,CA\nDeclaration date,2026-04-01\nSignatory name,Ng\n",
            ),
            ("Attestations.csv", "Right,Attested\nchild_labour,Y\n"),
            ("PlacesOfWork.csv", &sites),
        ]);
        let issues = errors(read("e.zip", &csv));
        let hit =
            issues.iter().find(|i| i.location == "PlacesOfWork!G2").unwrap_or_else(|| panic!("{written}: {issues:#?}"));
        assert!(hit.message_en.contains(&format!("spreadsheet error {en},")), "{written}: {}", hit.message_en);
        assert!(hit.message_fr.contains(&format!("erreur de tableur {fr},")), "{written}: {}", hit.message_fr);
        // The same in a JSON document's text.
        let mut v: Value = serde_json::from_slice(&super::tests::demo("gantex-en578.json")).unwrap();
        v["places_of_work"][0]["city"] = json!(written);
        let issues = errors(read("e.json", &serde_json::to_vec(&v).unwrap()));
        assert_eq!(places(&issues), vec!["/places_of_work/0/city"], "{written}");
        // And stored as an error value of an XLSX cell (`t="e"`).
        let bytes = super::tests::set_cell_xml(
            &workbook(false, |_| {}),
            "xl/worksheets/sheet3.xml",
            "F2",
            &format!(r#"<c r="F2" t="e"><v>{written}</v></c>"#),
        );
        let issues = errors(read("e.xlsx", &bytes));
        let hit =
            issues.iter().find(|i| i.location == "PlacesOfWork!F2").unwrap_or_else(|| panic!("{written}: {issues:#?}"));
        assert!(hit.message_en.contains(en) && hit.message_fr.contains(fr), "{written}: {hit:?}");
    }
}

// ---- JSON numbers a float cannot hold ----

/// The demo JSON declaration with the value of `key` in its first site written as `number`, as written.
fn json_with_site_number(key: &str, number: &str) -> Vec<u8> {
    let mut v: Value = serde_json::from_slice(&super::tests::demo("gantex-en578.json")).unwrap();
    v["places_of_work"][0][key] = json!("@number@");
    serde_json::to_string(&v).unwrap().replace("\"@number@\"", number).into_bytes()
}

/// A JSON number whose digits a 64-bit float cannot hold is refused at its JSON Pointer, quoted as written, in both
/// languages — in a number field, in a text field (where writing it as a text would otherwise be suggested with the
/// digits the float rounded to) and as a list item — never read as the float it rounds to. Numbers a float holds
/// (`1700`, `1.7e3`, `1700.0`) are read as written.
#[test]
fn a_json_number_a_float_cannot_hold_is_refused_as_written_never_rounded() {
    for (key, number) in [
        ("workers", "18446744073709551617"),
        ("workers", "9007199254740993"),
        ("workers", "1700.00000000000000001"),
        ("workers", "-123456789012345678"),
        ("classification", "421322034213220342132203"),
        ("city", "1e400"),
    ] {
        let issues = errors(read("n.json", &json_with_site_number(key, number)));
        let hit = issues
            .iter()
            .find(|i| i.location == format!("/places_of_work/0/{key}"))
            .unwrap_or_else(|| panic!("{number}: {issues:#?}"));
        let (en, fr) = if number == "1e400" {
            ("which is beyond the largest number that can be read", "qui dépasse le plus grand nombre")
        } else {
            ("which has more significant digits than can be read exactly", "qui a plus de chiffres significatifs")
        };
        assert!(hit.message_en.contains(&format!("holds the number {number}, {en}")), "{}", hit.message_en);
        assert!(hit.message_fr.contains(&format!("contient le nombre {number}, {fr}")), "{}", hit.message_fr);
    }
    // An item of a list of texts: refused as a number, suggesting the text of its digits as written.
    let mut v: Value = serde_json::from_slice(&super::tests::demo("gantex-en578.json")).unwrap();
    v["places_of_work"][0]["supplies_to"] = json!(["@number@"]);
    let text = serde_json::to_string(&v).unwrap().replace("\"@number@\"", "123456789012345678901");
    let issues = errors(read("n.json", text.as_bytes()));
    let hit = issues.iter().find(|i| i.location == "/places_of_work/0/supplies_to/0").expect("the item");
    assert!(hit.message_en.contains("(\"123456789012345678901\")"), "{}", hit.message_en);
    for (number, read_as) in [("1700", 1700), ("1.7e3", 1700), ("1700.0", 1700), ("17E2", 1700), ("1700e-0", 1700)] {
        let parsed = read("n.json", &json_with_site_number("workers", number)).unwrap_or_else(|e| panic!("{e:#?}"));
        assert_eq!(parsed.declaration.places_of_work[0].workers, Some(read_as), "{number}");
    }
}

// ---- The file as a whole ----

/// A file over the size limit, or empty, is refused from the catalogues in both languages, with the French
/// typography of the house; the limit is said as each language writes a size.
#[test]
fn a_file_too_large_or_empty_is_refused_in_both_languages_from_the_catalogues() {
    let limits = Limits { max_file_bytes: 2048, ..Limits::default() };
    let issues = errors(read_declaration("big.xlsx", &[b'x'; 4096], &limits));
    let (en, fr) = (&issues[0].message_en, &issues[0].message_fr);
    assert!(en.starts_with("The file is larger than the limit of 2 KiB:") && en.contains("smaller file"), "{en}");
    assert!(fr.starts_with("Le fichier dépasse la limite de 2\u{a0}Kio\u{a0}:") && fr.contains("plus petit"), "{fr}");
    assert_eq!(issues[0].location, "big.xlsx");
    let issues = errors(read("empty.json", b""));
    let (en, fr) = (&issues[0].message_en, &issues[0].message_fr);
    assert!(en.starts_with("The file is empty (0 bytes)") && en.contains("send it again"), "{en}");
    assert!(fr.starts_with("Le fichier est vide (0\u{a0}octet)\u{a0}:") && fr.contains("envoyez-le"), "{fr}");
    for f in [fr.as_str(), issues[0].message_fr.as_str()] {
        assert!(!f.contains(" :") && !f.contains(" ;"), "{f}");
    }
    let said = crate::domain::say_both(&crate::domain::Message::new("intake.file.empty"));
    assert_eq!((said.0.as_str(), said.1.as_str()), (en.as_str(), fr.as_str()));
}
