//! XLSB workbooks whose cells are judged by their number formats as XLSX's are (`super::xlsb`): a date cell by what
//! its date format shows (a year-day-month order, a hidden day, a year of two digits), a count by what its number
//! format shows (a percentage, a scaling, an amount of money). The workbooks are written here record by record
//! (MS-XLSB §2.1.4), with the records calamine and the intake read.

use chrono::NaiveDate;

use super::tests::errors;
use super::*;

fn read(name: &str, bytes: &[u8]) -> Result<Parsed, Vec<Issue>> {
    read_declaration(name, bytes, &Limits::default())
}

/// A record: its type (one or two bytes, seven bits each), its size (seven bits a byte) and its body.
fn record(out: &mut Vec<u8>, kind: u16, body: &[u8]) {
    if kind < 0x80 {
        out.push(kind as u8);
    } else {
        out.push((kind & 0x7F) as u8 | 0x80);
        out.push((kind >> 7) as u8);
    }
    let mut len = body.len();
    loop {
        let b = (len & 0x7F) as u8;
        len >>= 7;
        if len > 0 {
            out.push(b | 0x80);
        } else {
            out.push(b);
            break;
        }
    }
    out.extend_from_slice(body);
}

/// An `XLWideString`.
fn wide(s: &str) -> Vec<u8> {
    let units: Vec<u16> = s.encode_utf16().collect();
    let mut v = (units.len() as u32).to_le_bytes().to_vec();
    for u in units {
        v.extend(u.to_le_bytes());
    }
    v
}

/// A cell of a sheet written here: a text (in the cell style of that index, `Styled`), or a number in the cell style
/// of that index.
#[derive(Clone)]
enum X {
    Text(&'static str),
    Styled(&'static str, u32),
    Number(f64, u32),
    /// An error value (`BrtCellError`) of that code.
    Error(u8),
    /// A formula whose result is the error of that code (`BrtFmlaError`).
    FormulaError(u8),
    /// A rich text stored in the cell (`BrtCellRString`): its text, its runs (the UTF-16 unit each starts at, its
    /// font), its cell style.
    Rich(&'static str, &'static [(u16, u16)], u32),
    /// The shared string of that index (`BrtCellIsst`).
    Shared(u32),
    /// A formula (`BrtFmlaNum`, `BrtFmlaString`, `BrtFmlaBool`, `BrtFmlaError`, by what it stored): its stored result,
    /// its tokens (`rgce`, [`ptg`]), its cell style.
    Formula(Stored, Vec<u8>, u32),
}

/// What a formula cell stored as its result.
#[derive(Clone)]
enum Stored {
    Number(f64),
    Text(&'static str),
    Bool(bool),
    Error(u8),
}

/// A `RichStr` (MS-XLSB §2.5.125): rich where it has runs (`fRichStr`), its text, and its runs (`StrRun`s).
fn rich_str(text: &str, runs: &[(u16, u16)]) -> Vec<u8> {
    let mut out = vec![u8::from(!runs.is_empty())];
    out.extend(wide(text));
    if !runs.is_empty() {
        out.extend((runs.len() as u32).to_le_bytes());
        for (ich, font) in runs {
            out.extend(ich.to_le_bytes());
            out.extend(font.to_le_bytes());
        }
    }
    out
}

fn sheet_bin(rows: &[Vec<X>]) -> Vec<u8> {
    let numbered: Vec<(u32, Vec<X>)> = rows.iter().enumerate().map(|(r, row)| (r as u32, row.clone())).collect();
    sheet_bin_rows(&numbered)
}

/// A sheet part of these rows, each with its number (0-based).
fn sheet_bin_rows(rows: &[(u32, Vec<X>)]) -> Vec<u8> {
    let mut out = Vec::new();
    record(&mut out, 0x0081, &[]);
    record(&mut out, 0x0094, &[0u8; 16]);
    record(&mut out, 0x0091, &[]);
    for (r, row) in rows {
        let mut header = r.to_le_bytes().to_vec();
        header.extend([0u8; 13]);
        record(&mut out, 0x0000, &header);
        for (c, cell) in row.iter().enumerate() {
            let mut body = (c as u32).to_le_bytes().to_vec();
            match cell {
                X::Text(s) | X::Styled(s, _) => {
                    let style = if let X::Styled(_, style) = cell { *style } else { 0 };
                    body.extend(&style.to_le_bytes()[..3]);
                    body.push(0);
                    body.extend(wide(s));
                    record(&mut out, 0x0006, &body);
                }
                X::Number(n, style) => {
                    body.extend(&style.to_le_bytes()[..3]);
                    body.push(0);
                    body.extend(n.to_le_bytes());
                    record(&mut out, 0x0005, &body);
                }
                X::Error(code) => {
                    body.extend([0u8; 4]);
                    body.push(*code);
                    record(&mut out, 0x0003, &body);
                }
                X::FormulaError(code) => {
                    body.extend([0u8; 4]);
                    body.push(*code);
                    // `grbitFlags`, then a formula of no tokens (`cce` 0, `cb` 0).
                    body.extend([0u8; 2 + 4 + 4]);
                    record(&mut out, 0x000B, &body);
                }
                X::Rich(text, runs, style) => {
                    body.extend(&style.to_le_bytes()[..3]);
                    body.push(0);
                    body.extend(rich_str(text, runs));
                    record(&mut out, 0x003E, &body);
                }
                X::Shared(index) => {
                    body.extend([0u8; 4]);
                    body.extend(index.to_le_bytes());
                    record(&mut out, 0x0007, &body);
                }
                X::Formula(stored, rgce, style) => {
                    body.extend(&style.to_le_bytes()[..3]);
                    body.push(0);
                    let kind = match stored {
                        Stored::Text(t) => {
                            body.extend(wide(t));
                            0x0008
                        }
                        Stored::Number(n) => {
                            body.extend(n.to_le_bytes());
                            0x0009
                        }
                        Stored::Bool(b) => {
                            body.push(u8::from(*b));
                            0x000A
                        }
                        Stored::Error(code) => {
                            body.push(*code);
                            0x000B
                        }
                    };
                    // `grbitFlags`, then the `CellParsedFormula`: `cce`, the tokens, `cb` 0 (no extra data).
                    body.extend([0u8; 2]);
                    body.extend((rgce.len() as u32).to_le_bytes());
                    body.extend(rgce);
                    body.extend([0u8; 4]);
                    record(&mut out, kind, &body);
                }
            }
        }
    }
    record(&mut out, 0x0092, &[]);
    record(&mut out, 0x0082, &[]);
    out
}

/// `xl/styles.bin`: the custom formats (id, code), then the cell styles, each by its format's id.
fn styles_bin(formats: &[(u16, &str)], cell_styles: &[u16]) -> Vec<u8> {
    let mut out = Vec::new();
    record(&mut out, 0x0116, &[]);
    record(&mut out, 0x0267, &(formats.len() as u32).to_le_bytes());
    for (id, code) in formats {
        let mut body = id.to_le_bytes().to_vec();
        body.extend(wide(code));
        record(&mut out, 0x002C, &body);
    }
    record(&mut out, 0x0268, &[]);
    // A cell style format, which is no cell's.
    record(&mut out, 0x0272, &1u32.to_le_bytes());
    let mut xf = vec![0u8; 16];
    xf[2..4].copy_from_slice(&9u16.to_le_bytes());
    record(&mut out, 0x002F, &xf);
    record(&mut out, 0x0273, &[]);
    record(&mut out, 0x0269, &(cell_styles.len() as u32).to_le_bytes());
    for id in cell_styles {
        let mut xf = vec![0u8; 16];
        xf[2..4].copy_from_slice(&id.to_le_bytes());
        record(&mut out, 0x002F, &xf);
    }
    record(&mut out, 0x026A, &[]);
    record(&mut out, 0x0117, &[]);
    out
}

/// An XLSB workbook of these sheets, with `styles` as its styles part (none when `None`).
fn xlsb(sheets: &[(&str, Vec<Vec<X>>)], styles: Option<Vec<u8>>) -> Vec<u8> {
    use std::io::Write;
    let mut workbook = Vec::new();
    record(&mut workbook, 0x0083, &[]);
    record(&mut workbook, 0x008F, &[]);
    let mut rels = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    );
    for (i, (name, _)) in sheets.iter().enumerate() {
        let mut body = 0u32.to_le_bytes().to_vec();
        body.extend((i as u32 + 1).to_le_bytes());
        body.extend(wide(&format!("rId{}", i + 1)));
        body.extend(wide(name));
        record(&mut workbook, 0x009C, &body);
        rels.push_str(&format!(
            r#"<Relationship Id="rId{}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{}.bin"/>"#,
            i + 1,
            i + 1
        ));
    }
    record(&mut workbook, 0x0090, &[]);
    record(&mut workbook, 0x0084, &[]);
    rels.push_str("</Relationships>");
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    let mut add = |path: &str, data: &[u8]| {
        zip.start_file(path, options).unwrap();
        zip.write_all(data).unwrap();
    };
    add(
        "[Content_Types].xml",
        br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>"#,
    );
    add("xl/workbook.bin", &workbook);
    add("xl/_rels/workbook.bin.rels", rels.as_bytes());
    if let Some(styles) = styles {
        add("xl/styles.bin", &styles);
    }
    for (i, (_, rows)) in sheets.iter().enumerate() {
        add(&format!("xl/worksheets/sheet{}.bin", i + 1), &sheet_bin(rows));
    }
    zip.finish().unwrap().into_inner()
}

/// The cell styles of the workbooks below, by index: 0 General; 1 `yyyy-dd-mm`; 2 `mmm yyyy`; 3 `yyyy-mm-dd`;
/// 4 the built-in short date (14); 5 `dd/mm/yy`; 6 `0%`; 7 `[$$-1009]#,##0.00`; 8 `#,##0,`; 9 `[h]:mm`;
/// 10 `0;-0;0;"n/a"`; 11 `;;;`.
fn styles() -> Vec<u8> {
    styles_bin(
        &[
            (164, "yyyy-dd-mm"),
            (165, "mmm yyyy"),
            (166, "yyyy-mm-dd"),
            (167, "dd/mm/yy"),
            (168, "[$$-1009]#,##0.00"),
            (169, "#,##0,"),
            (170, "[h]:mm"),
            (171, "0;-0;0;\"n/a\""),
            (172, ";;;"),
        ],
        &[0, 164, 165, 166, 14, 167, 9, 168, 169, 170, 171, 172],
    )
}

/// 2026-10-04 as a day serial.
const OCT_4: f64 = 46299.0;

/// A declaration whose date (Supplier!B4) is `declared` and whose first site's Workers (PlacesOfWork!E2) is `workers`.
fn declaration(declared: X, workers: X) -> Vec<(&'static str, Vec<Vec<X>>)> {
    use X::Text as T;
    vec![
        (
            "Supplier",
            vec![
                vec![T("Legal name"), T("Example Gloves Inc.")],
                vec![T("Business number"), T("123456782")],
                vec![T("Country"), T("CA")],
                vec![T("Declaration date"), declared],
                vec![T("Signatory name"), T("Ann Roy")],
            ],
        ),
        ("Attestations", vec![vec![T("Right"), T("Attested")], vec![T("forced_labour"), T("Yes")]]),
        (
            "PlacesOfWork",
            vec![
                vec![
                    T("Site ID"),
                    T("Site name"),
                    T("Role"),
                    T("Goods"),
                    T("Workers"),
                    T("Address"),
                    T("City"),
                    T("Country"),
                ],
                vec![
                    T("G1"),
                    T("Glove plant"),
                    T("manufacturing"),
                    T("gloves"),
                    workers,
                    T("Jalan 1"),
                    T("Klang"),
                    T("MY"),
                ],
            ],
        ),
    ]
}

fn error_at<'a>(issues: &'a [Issue], place: &str) -> &'a Issue {
    issues.iter().find(|i| i.location == place).unwrap_or_else(|| panic!("nothing at {place}: {issues:#?}"))
}

/// An XLSB date cell is judged by its date format as an XLSX one is: a year-day-month order and a format that hides
/// the day are refused naming the day stored, a year of two digits is read with a warning, the ordinary forms are
/// read without a word. It was read as stored, whatever its format showed.
#[test]
fn an_xlsb_date_cell_is_judged_by_what_its_format_shows_as_in_xlsx() {
    let workers = || X::Number(120.0, 0);
    let bytes = xlsb(&declaration(X::Number(OCT_4, 1), workers()), Some(styles()));
    let issues = errors(read("d.xlsb", &bytes));
    let e = error_at(&issues, "Supplier!B4");
    assert!(e.message_en.contains("2026-04-10") && e.message_en.contains("2026-10-04"), "{e:?}");
    assert!(e.message_fr.contains("4 octobre 2026"), "{e:?}");
    let issues = errors(read("d.xlsb", &xlsb(&declaration(X::Number(OCT_4, 2), workers()), Some(styles()))));
    assert!(error_at(&issues, "Supplier!B4").message_en.contains("without the day,"), "{issues:#?}");
    for style in [3, 4] {
        let p = read("d.xlsb", &xlsb(&declaration(X::Number(OCT_4, style), workers()), Some(styles())))
            .unwrap_or_else(|e| panic!("{style}: {e:#?}"));
        assert_eq!(p.declaration.supplier.declaration_date, NaiveDate::from_ymd_opt(2026, 10, 4).unwrap());
        assert!(p.warnings.iter().all(|w| w.location != "Supplier!B4"), "{style}: {:?}", p.warnings);
    }
    let p = read("d.xlsb", &xlsb(&declaration(X::Number(OCT_4, 5), workers()), Some(styles()))).unwrap();
    assert!(
        p.warnings.iter().any(|w| w.location == "Supplier!B4" && w.message_en.contains("04/10/26")),
        "{:?}",
        p.warnings
    );
    // A workbook without a styles part: its formats are not known, so its day serial is a number, as before.
    let issues = errors(read("d.xlsb", &xlsb(&declaration(X::Number(OCT_4, 1), workers()), None)));
    assert!(error_at(&issues, "Supplier!B4").message_en.contains("“46299” is a number"), "{issues:#?}");
}

/// An XLSB count is judged by its number format as an XLSX one is: a percentage, an amount of money, a scaling and a
/// duration are refused at the cell; General is read.
#[test]
fn an_xlsb_count_is_judged_by_what_its_format_shows_as_in_xlsx() {
    let declared = || X::Text("2026-03-31");
    for (workers, said) in [
        (X::Number(45.0, 6), "4,500%"),
        (X::Number(200.0, 7), "amount of money ($)"),
        (X::Number(1_200_000.0, 8), "shows as 1,200"),
        (X::Number(5.0, 9), "120:00"),
    ] {
        let issues = errors(read("d.xlsb", &xlsb(&declaration(declared(), workers), Some(styles()))));
        let e = error_at(&issues, "PlacesOfWork!E2");
        assert!(e.message_en.contains(said), "{said}: {e:?}");
        assert!(e.message_fr.contains("Travailleurs"), "{said}: {e:?}");
    }
    let p = read("d.xlsb", &xlsb(&declaration(declared(), X::Number(120.0, 0)), Some(styles())))
        .unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(p.declaration.places_of_work[0].workers, Some(120));
}

/// An XLSB text cell whose format's text section shows something else (`0;-0;0;"n/a"`) or nothing (`;;;`) is refused
/// at its cell as in XLSX: the sheet does not show the text.
#[test]
fn an_xlsb_text_its_format_replaces_or_hides_is_refused_at_its_cell() {
    for (style, said) in [(10, "“n/a”"), (11, "hides")] {
        let mut sheets = declaration(X::Text("2026-03-31"), X::Number(120.0, 0));
        if let Some(row) = sheets.get_mut(2).and_then(|(_, rows)| rows.get_mut(1)) {
            row[1] = X::Styled("Glove plant", style);
        }
        let issues = errors(read("d.xlsb", &xlsb(&sheets, Some(styles()))));
        let e = error_at(&issues, "PlacesOfWork!B2");
        assert!(e.message_en.contains(said), "{style}: {e:?}");
        assert!(e.message_fr.contains("Cette cellule"), "{style}: {e:?}");
    }
}

/// An XLSB share of value in a format that is no percentage is judged as an XLSX one is: the built-in fraction formats
/// (12 `# ?/?`, 13 `# ??/??`) show 0.5 as `1/2`, a half, which read as written would be 0.5%; a format whose literal
/// text makes the digits another number (`0"/10"`) is refused too; a share in General is read as written.
#[test]
fn an_xlsb_share_shown_as_a_fraction_or_as_another_number_is_refused_at_its_cell() {
    let styles = styles_bin(&[(164, "0\"/10\"")], &[0, 12, 13, 164]);
    let with_share = |share: X| {
        let mut sheets = declaration(X::Text("2026-03-31"), X::Number(120.0, 0));
        if let Some((_, rows)) = sheets.get_mut(2) {
            rows[0].push(X::Text("Share of value %"));
            rows[1].push(share);
        }
        xlsb(&sheets, Some(styles.clone()))
    };
    for (share, said) in [
        (X::Number(0.5, 1), "as the fraction 1/2:"),
        (X::Number(0.75, 2), "as the fraction 3/4:"),
        (X::Number(7.0, 3), "beside the text “/10”"),
    ] {
        let issues = errors(read("d.xlsb", &with_share(share)));
        let e = error_at(&issues, "PlacesOfWork!I2");
        assert!(e.message_en.contains(said), "{said}: {e:?}");
        assert!(e.message_fr.contains("Part"), "{said}: {e:?}");
    }
    let p = read("d.xlsb", &with_share(X::Number(35.0, 0))).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(p.declaration.places_of_work[0].share_of_value, Some(35.0));
}

/// Damaged XLSB workbooks, made from a valid one record by record (MS-XLSB §2.1.4): records of any type and body, or
/// of the types the intake reads with bodies cut short, far cells (column and row 2³²−1, style 2²⁴−1), formats whose
/// string claims 2³²−2 units, spliced between the records of the styles, workbook and sheet parts; parts cut short
/// inside a record; a record whose size claims more than its part holds; bytes changed. Each workbook is read or
/// refused with at least one error that names its place and says why in English and French — never a panic, never a
/// silent refusal. (The fuzz target feeds arbitrary bytes; these keep the zip and the records whole around the damage,
/// so that the reading gets past them.)
mod damaged {
    use std::io::{Read, Write};

    use proptest::prelude::*;

    use super::*;

    /// What is done to one part of the workbook; `part` picks among its `.bin` parts, `at` among its record
    /// boundaries (or its bytes, for `Flip`), both modulo their count.
    #[derive(Debug, Clone)]
    enum Damage {
        Splice { part: usize, at: usize, kind: u16, body: Vec<u8> },
        Cut { part: usize, at: usize },
        Claim { part: usize, at: usize, len: u32 },
        Flip { part: usize, at: usize, xor: u8 },
    }

    /// The record types the intake and calamine read (cells, rows, formats, styles, sheets and the bounds of their
    /// lists), and any other.
    fn kind() -> impl Strategy<Value = u16> {
        prop_oneof![
            3 => proptest::sample::select(vec![
                0x0000u16, 0x0001, 0x0002, 0x0003, 0x0004, 0x0005, 0x0006, 0x0007, 0x0008, 0x0009, 0x000A, 0x000B,
                0x002C, 0x002F, 0x0091, 0x0092, 0x009C, 0x0269, 0x026A, 0x0094, 0x0081, 0x0082,
            ]),
            1 => 0u16..0x3FFF,
        ]
    }

    /// A record body: bytes of any value, or the shapes of the records read (a cell at the far corner of any style,
    /// a row past the grid, a format or a sheet whose strings claim more units than there are).
    fn body() -> impl Strategy<Value = Vec<u8>> {
        let far = |col: u32, style: u32, tail: &[u8]| {
            let mut b = col.to_le_bytes().to_vec();
            b.extend(&style.to_le_bytes()[..3]);
            b.push(0);
            b.extend(tail);
            b
        };
        prop_oneof![
            proptest::collection::vec(any::<u8>(), 0..48),
            (any::<u32>(), 0u32..0x0100_0000, proptest::collection::vec(any::<u8>(), 0..12))
                .prop_map(move |(col, style, tail)| far(col, style, &tail)),
            Just(far(u32::MAX, 0x00FF_FFFF, &1e308f64.to_le_bytes())),
            Just(far(16_383, 6, &f64::NAN.to_le_bytes())),
            Just([u32::MAX.to_le_bytes(), [0; 4]].concat()),
            Just([&200u16.to_le_bytes()[..], &(u32::MAX - 1).to_le_bytes()[..], &[0x41, 0]].concat()),
            Just([[0u8; 8].as_slice(), &(u32::MAX - 1).to_le_bytes(), &[0x41, 0]].concat()),
        ]
    }

    fn damage() -> impl Strategy<Value = Damage> {
        prop_oneof![
            (any::<usize>(), any::<usize>(), kind(), body()).prop_map(|(part, at, kind, body)| Damage::Splice {
                part,
                at,
                kind,
                body
            }),
            (any::<usize>(), any::<usize>()).prop_map(|(part, at)| Damage::Cut { part, at }),
            (any::<usize>(), any::<usize>(), prop_oneof![Just(0x0FFF_FFFFu32), 1u32..0x0FFF_FFFF])
                .prop_map(|(part, at, len)| Damage::Claim { part, at, len }),
            (any::<usize>(), any::<usize>(), 1u8..=255).prop_map(|(part, at, xor)| Damage::Flip { part, at, xor }),
        ]
    }

    /// Where each record of a part begins, and its header's length; the walk stops at a record cut short.
    fn records(part: &[u8]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < part.len() {
            let start = i;
            let Some(&first) = part.get(i) else { break };
            i += if first & 0x80 != 0 { 2 } else { 1 };
            let mut len = 0usize;
            for shift in 0..4 {
                let Some(&b) = part.get(i) else { return out };
                i += 1;
                len |= usize::from(b & 0x7F) << (7 * shift);
                if b & 0x80 == 0 {
                    break;
                }
            }
            out.push((start, i - start));
            i += len;
        }
        out
    }

    /// The record size written as MS-XLSB writes it (seven bits a byte, at most four bytes).
    fn size(len: u32) -> Vec<u8> {
        let mut out = Vec::new();
        let mut len = len & 0x0FFF_FFFF;
        loop {
            let b = (len & 0x7F) as u8;
            len >>= 7;
            if len > 0 {
                out.push(b | 0x80);
            } else {
                out.push(b);
                return out;
            }
        }
    }

    /// The workbook `bytes` with `damages` done to its `.bin` parts, zipped again.
    fn damaged(bytes: &[u8], damages: &[Damage]) -> Vec<u8> {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut parts: Vec<(String, Vec<u8>)> = (0..archive.len())
            .map(|i| {
                let mut entry = archive.by_index(i).unwrap();
                let mut data = Vec::new();
                entry.read_to_end(&mut data).unwrap();
                (entry.name().unwrap().into_owned(), data)
            })
            .collect();
        let bins: Vec<usize> = (0..parts.len()).filter(|&i| parts[i].0.ends_with(".bin")).collect();
        for d in damages {
            let (Damage::Splice { part, .. }
            | Damage::Cut { part, .. }
            | Damage::Claim { part, .. }
            | Damage::Flip { part, .. }) = d;
            let data = &mut parts[bins[part % bins.len()]].1;
            let (bounds, end) = (records(data), data.len());
            let boundary = |at: usize| bounds.get(at % bounds.len().max(1)).copied().unwrap_or((end, 0));
            match d {
                Damage::Splice { at, kind, body, .. } => {
                    let mut record = Vec::new();
                    super::record(&mut record, *kind & 0x3FFF, body);
                    let (start, _) = boundary(*at);
                    data.splice(start..start, record);
                }
                Damage::Cut { at, .. } => {
                    let (start, header) = boundary(*at);
                    data.truncate(start + header + 1);
                }
                Damage::Claim { at, len, .. } => {
                    let (start, header) = boundary(*at);
                    if header > 0 {
                        let kind_bytes = if data[start] & 0x80 != 0 { 2 } else { 1 };
                        data.splice(start + kind_bytes..start + header, size(*len));
                    }
                }
                Damage::Flip { at, xor, .. } => {
                    if !data.is_empty() {
                        let i = at % data.len();
                        data[i] ^= xor;
                    }
                }
            }
        }
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, data) in parts {
            zip.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
            zip.write_all(&data).unwrap();
        }
        zip.finish().unwrap().into_inner()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(192))]

        #[test]
        fn a_damaged_xlsb_workbook_is_read_or_refused_with_its_place_and_cause_never_a_panic(
            damages in proptest::collection::vec(damage(), 1..4),
            count in 0u32..3,
        ) {
            let declared = X::Number(OCT_4, 3);
            let workers = X::Number(f64::from(count) * 40.0, count);
            let bytes = damaged(&xlsb(&declaration(declared, workers), Some(styles())), &damages);
            // The reader of the formats is the service's own code: it may not panic at all (the intake's guard against
            // a panicking library would turn its panic into a refusal of a good file).
            let own = std::panic::catch_unwind(|| {
                let styles = crate::import::xlsb::number_styles(&bytes);
                let parts = crate::import::xlsb::sheet_parts(&bytes);
                let cells: usize =
                    parts.values().map(|path| {
                        let invisible = rustc_hash::FxHashSet::from_iter([0u32, 1]);
                        let fonts = [([0u8; 3], false), ([255u8; 3], true)];
                        let shared = crate::import::xlsb::shared_runs(&bytes, &fonts);
                        let looks = crate::import::xlsb::SheetLooks {
                            invisible: &invisible, hiding: &invisible, fills: &[None, Some([0; 3])], fonts: &fonts, shared: &shared,
                        };
                        let walk = crate::import::xlsb::walk_sheet(&bytes, path, |_| true, &looks, 1 << 16);
                        walk.styles.len() + walk.errors.len() + walk.invisible_rows.len() + walk.rich_cells.len()
                            + walk.hidden_runs.len() + walk.hiding_ranges.len()
                    }).sum();
                (styles.is_some(), parts.len(), cells)
            });
            prop_assert!(own.is_ok(), "the format reader panicked on {damages:?}");
            let outcome = std::panic::catch_unwind(|| read("d.xlsb", &bytes));
            prop_assert!(outcome.is_ok(), "a panic on {damages:?}");
            if let Ok(Err(issues)) = outcome {
                let errors: Vec<&Issue> = issues.iter().filter(|i| i.level == IssueLevel::Error).collect();
                prop_assert!(!errors.is_empty(), "refused without an error: {issues:#?}");
                for i in &issues {
                    prop_assert!(
                        !i.location.trim().is_empty() && !i.message_en.trim().is_empty() && !i.message_fr.trim().is_empty(),
                        "an issue without its place or its words: {i:?}"
                    );
                }
            }
        }
    }

    /// A library's panic on a damaged workbook is the file's refusal, said in both languages, with the panic's words and
    /// place kept for the log (`tests/api/cli.rs` checks that the terminal shows no panic).
    #[test]
    fn a_library_panic_while_reading_is_a_refusal_with_its_words_kept() {
        let bytes = std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("supplier_data/corpus/refused/format-claims-too-much.xlsb"),
        )
        .unwrap();
        let issues = errors(read("d.xlsb", &bytes));
        assert!(
            issues.iter().any(|i| i.location == "d.xlsb" && i.message_fr.contains("ne peut pas être lu")),
            "{issues:#?}"
        );
        let caught = crate::import::spreadsheet::guarded(|| -> u8 { panic!("a reader's fault") });
        let words = caught.unwrap_err();
        assert!(words.contains("a reader's fault") && words.contains("xlsb_tests.rs"), "{words}");
        assert_eq!(crate::import::spreadsheet::guarded(|| 7), Ok(7));
    }

    /// The damages themselves: a splice adds one record where the part had a boundary, a claim makes a record's size
    /// past its part, a cut leaves a record short — so that the property above reads what it says it reads.
    #[test]
    fn the_damages_do_what_they_say() {
        let bytes = xlsb(&declaration(X::Number(OCT_4, 3), X::Number(40.0, 0)), Some(styles()));
        let parts = |bytes: &[u8]| -> Vec<Vec<u8>> {
            let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
            (0..archive.len())
                .filter_map(|i| {
                    let mut entry = archive.by_index(i).unwrap();
                    let mut d = Vec::new();
                    entry.read_to_end(&mut d).unwrap();
                    entry.name().unwrap().ends_with(".bin").then_some(d)
                })
                .collect()
        };
        let whole = parts(&bytes);
        let spliced = parts(&damaged(&bytes, &[Damage::Splice { part: 0, at: 1, kind: 0x002C, body: vec![1, 2, 3] }]));
        assert_eq!(records(&spliced[0]).len(), records(&whole[0]).len() + 1);
        assert_eq!(spliced[0].len(), whole[0].len() + 5, "a type, a size and three bytes");
        let claimed = parts(&damaged(&bytes, &[Damage::Claim { part: 0, at: 0, len: 0x0FFF_FFFF }]));
        assert_eq!(records(&claimed[0]).len(), 1, "the first record now claims the whole part and more");
        let cut = parts(&damaged(&bytes, &[Damage::Cut { part: 0, at: 2 }]));
        assert!(cut[0].len() < whole[0].len() && records(&cut[0]).len() == 3);
    }
}

/// A `BrtColor` (MS-XLSB §2.4.334): an RGB colour, a theme colour or a palette colour.
fn rgb(r: u8, g: u8, b: u8) -> [u8; 8] {
    [0x05, 0, 0, 0, r, g, b, 0xFF]
}

fn theme(index: u8) -> [u8; 8] {
    [0x06, index, 0, 0, 0, 0, 0, 0]
}

/// `xl/styles.bin` with fonts of these colours, fills (`fls`, foreground colour), and cell styles each naming a font
/// and a fill (`BrtXF`: `iFont` at 4, `iFill` at 6).
fn coloured_styles(fonts: &[[u8; 8]], fills: &[(u32, [u8; 8])], xfs: &[(u16, u16)]) -> Vec<u8> {
    let mut out = Vec::new();
    record(&mut out, 0x0116, &[]);
    record(&mut out, 0x0263, &(fonts.len() as u32).to_le_bytes());
    for colour in fonts {
        let mut body = vec![0xDC, 0x00, 0, 0, 0x90, 0x01, 0, 0, 0, 2, 0, 0];
        body.extend(colour);
        body.push(2);
        body.extend(wide("Calibri"));
        record(&mut out, 0x002B, &body);
    }
    record(&mut out, 0x0264, &[]);
    record(&mut out, 0x025B, &(fills.len() as u32).to_le_bytes());
    for (fls, colour) in fills {
        let mut body = fls.to_le_bytes().to_vec();
        body.extend(colour);
        body.extend(rgb(0xFF, 0xFF, 0xFF));
        body.extend([0u8; 4 + 40 + 4]);
        record(&mut out, 0x002D, &body);
    }
    record(&mut out, 0x025C, &[]);
    record(&mut out, 0x0269, &(xfs.len() as u32).to_le_bytes());
    for (font, fill) in xfs {
        let mut xf = vec![0u8; 16];
        xf[4..6].copy_from_slice(&font.to_le_bytes());
        xf[6..8].copy_from_slice(&fill.to_le_bytes());
        record(&mut out, 0x002F, &xf);
    }
    record(&mut out, 0x026A, &[]);
    record(&mut out, 0x0117, &[]);
    out
}

/// Rows of an XLSB sheet that hold values written in a white font on no fill (an RGB white, the theme's light 1) are
/// warned of naming the rows, as in XLSX; white on a dark fill, or a grey font, is shown: no word. calamine gives no
/// XLSB style: they were read without a word.
#[test]
fn xlsb_rows_written_in_white_on_white_are_warned_of_naming_them() {
    // Fonts: 0 black, 1 RGB white, 2 the theme's light 1, 3 grey. Fills: 0 none, 1 solid black.
    let styles = coloured_styles(
        &[rgb(0, 0, 0), rgb(0xFF, 0xFF, 0xFF), theme(0), rgb(0xDD, 0xDD, 0xDD)],
        &[(0, rgb(0, 0, 0)), (1, rgb(0, 0, 0))],
        // Cell styles: 0 black; 1 white on none; 2 theme white on none; 3 white on black; 4 grey on none.
        &[(0, 0), (1, 0), (2, 0), (1, 1), (3, 0)],
    );
    let with = |style: u32| {
        let mut sheets = declaration(X::Text("2026-03-31"), X::Number(120.0, 0));
        if let Some(row) = sheets.get_mut(2).and_then(|(_, rows)| rows.get_mut(1)) {
            row[1] = X::Styled("Glove plant", style);
        }
        xlsb(&sheets, Some(styles.clone()))
    };
    for style in [1, 2] {
        let p = read("w.xlsb", &with(style)).unwrap_or_else(|e| panic!("{style}: {e:#?}"));
        let w = p
            .warnings
            .iter()
            .find(|w| w.message_en.contains("cannot be told from their background"))
            .unwrap_or_else(|| panic!("{style}: {:#?}", p.warnings));
        assert!(w.message_en.starts_with("Row 2 of") && w.location == "PlacesOfWork", "{w:?}");
        assert!(w.message_fr.starts_with("La ligne 2 de la feuille") && w.message_fr.contains("blanc sur blanc"));
    }
    for style in [0, 3, 4] {
        let p = read("w.xlsb", &with(style)).unwrap_or_else(|e| panic!("{style}: {e:#?}"));
        assert!(p.warnings.iter().all(|w| !w.message_en.contains("white on")), "{style}: {:#?}", p.warnings);
    }
}

/// An XLSB error cell is refused at its cell naming the error in both languages, whatever calamine makes of it: a
/// formula's error result (`BrtFmlaError`, which calamine reads as an empty cell: a required field was then said
/// missing, an optional one silently lost), and an error of a newer code (`#FIELD!`, `#CALC!` …, at which calamine
/// stops: the sheet was refused as damaged).
#[test]
fn xlsb_error_cells_are_refused_naming_the_error_never_read_as_blank_or_damage() {
    for (cell, en, fr) in [
        (X::FormulaError(0x17), "#REF!", "#REF!"),
        (X::FormulaError(0x2A), "#N/A", "#N/A"),
        (X::Error(0x31), "#FIELD!", "#CHAMP!"),
        (X::Error(0x32), "#CALC!", "#CALC!"),
        (X::FormulaError(0x2F), "#BLOCKED!", "#BLOQUE!"),
        (X::Error(0x2B), "#GETTING_DATA", "#OBTENTION_DONNEES"),
        (X::Error(0x0F), "#VALUE!", "#VALEUR!"),
    ] {
        let mut sheets = declaration(X::Text("2026-03-31"), X::Number(120.0, 0));
        if let Some(row) = sheets.get_mut(2).and_then(|(_, rows)| rows.get_mut(1)) {
            row[6] = cell;
        }
        let issues = errors(read("e.xlsb", &xlsb(&sheets, Some(styles()))));
        let e = error_at(&issues, "PlacesOfWork!G2");
        assert!(e.message_en.contains(&format!("spreadsheet error {en}")), "{en}: {e:?}");
        assert!(e.message_fr.contains(&format!("erreur de tableur {fr}")), "{fr}: {e:?}");
        assert!(issues.iter().all(|i| !i.message_en.contains("cannot be read")), "{issues:#?}");
    }
}

/// A cell on a row past the grid (row 1,048,577 or later, up to 2³²) is refused naming the sheet and the row: calamine
/// stops reading the sheet there without a word, so the rows after it would be lost. A sheet whose rows stay within
/// the grid, its last row included, is read.
#[test]
fn an_xlsb_cell_past_the_grid_is_refused_naming_the_sheet() {
    use X::Text as T;
    let places = |far: u32| {
        let sheets = declaration(X::Text("2026-03-31"), X::Number(120.0, 0));
        let rows = sheets.get(2).map(|(_, rows)| rows.clone()).unwrap_or_default();
        let mut numbered: Vec<(u32, Vec<X>)> = rows.into_iter().enumerate().map(|(r, row)| (r as u32, row)).collect();
        numbered.push((far, vec![T("far")]));
        let mut bytes = xlsb(&sheets, Some(styles()));
        bytes = replace_part(&bytes, "xl/worksheets/sheet3.bin", &sheet_bin_rows(&numbered));
        bytes
    };
    for (far, row) in [(u32::MAX, "4,294,967,296"), (1_048_576, "1,048,577"), (2_000_000, "2,000,001")] {
        let issues = errors(read("g.xlsb", &places(far)));
        let e = error_at(&issues, "PlacesOfWork");
        assert!(e.message_en.contains(&format!("row {row}")) && e.message_en.contains("past the last row"), "{e:?}");
        assert!(!e.message_fr.is_empty() && e.message_fr != e.message_en, "{e:?}");
    }
    // The grid's last row is a row of the sheet (read, its value in no field of the format).
    let issues = read("g.xlsb", &places(1_048_575)).err().unwrap_or_default();
    assert!(issues.iter().all(|i| !i.message_en.contains("past the last row")), "{issues:#?}");
}

/// A copy of a workbook with the part `path` replaced by `data`, or added where the workbook has no such part.
fn replace_part(bytes: &[u8], path: &str, data: &[u8]) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let mut replaced = false;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut body = Vec::new();
        entry.read_to_end(&mut body).unwrap();
        out.start_file(name.as_str(), zip::write::SimpleFileOptions::default()).unwrap();
        replaced |= name == path;
        out.write_all(if name == path { data } else { &body }).unwrap();
    }
    if !replaced {
        out.start_file(path, zip::write::SimpleFileOptions::default()).unwrap();
        out.write_all(data).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// An `XFProp` (MS-XLSB §2.5.164) of a differential format: its type, its size counting its four-byte header, its data.
fn xf_prop(kind: u16, data: &[u8]) -> Vec<u8> {
    let mut out = kind.to_le_bytes().to_vec();
    out.extend(((data.len() + 4) as u16).to_le_bytes());
    out.extend(data);
    out
}

/// A differential format's properties: a font colour (type 5), a fill's background colour (type 2), a number format
/// (type 0x26: `ifmt`, then the code).
enum Prop {
    Font([u8; 8]),
    Fill([u8; 8]),
    Format(&'static str),
}

/// `styles` (a styles part written above) with these differential formats (`BrtDXF`, between `BrtBeginDXFs` and
/// `BrtEndDXFs`), after its cell styles, where Excel writes them.
fn with_dxfs(styles: &[u8], dxfs: &[Vec<Prop>]) -> Vec<u8> {
    // The part ends on `BrtEndStyleSheet` (0x0117: bytes 97 02, size 00).
    let (body, end) = styles.split_at(styles.len() - 3);
    assert_eq!(end, [0x97, 0x02, 0x00]);
    let mut out = body.to_vec();
    record(&mut out, 0x01F9, &(dxfs.len() as u32).to_le_bytes());
    for props in dxfs {
        let mut dxf = vec![0x00, 0x80, 0, 0];
        dxf.extend((props.len() as u16).to_le_bytes());
        for p in props {
            dxf.extend(match p {
                Prop::Font(c) => xf_prop(0x0005, c),
                Prop::Fill(c) => xf_prop(0x0002, c),
                Prop::Format(code) => xf_prop(0x0026, &[&172u16.to_le_bytes()[..], &wide(code)].concat()),
            });
        }
        record(&mut out, 0x01FB, &dxf);
    }
    record(&mut out, 0x01FA, &[]);
    out.extend(end);
    out
}

/// `sheet` (a sheet part written above) with a conditional format over these ranges (first and last row, first and
/// last column, 0-based) whose one rule (`cellIs`) applies the differential format `dxf`, after the cells.
fn with_conditional(sheet: &[u8], ranges: &[(u32, u32, u32, u32)], dxf: u32) -> Vec<u8> {
    // The part ends on `BrtEndSheet` (0x0082: bytes 82 01, size 00).
    let (body, end) = sheet.split_at(sheet.len() - 3);
    assert_eq!(end, [0x82, 0x01, 0x00]);
    let mut out = body.to_vec();
    let mut begin = 1u32.to_le_bytes().to_vec();
    begin.extend(0u32.to_le_bytes());
    begin.extend((ranges.len() as u32).to_le_bytes());
    for (r0, r1, c0, c1) in ranges {
        for v in [r0, r1, c0, c1] {
            begin.extend(v.to_le_bytes());
        }
    }
    record(&mut out, 0x01CD, &begin);
    // `iType` 1 (cellIs), `iTemplate` 0, `dxfId`, `iPri` 1, `iParam` 5, two reserved, flags, three formula sizes, and
    // no `strParam` (a null `XLNullableWideString`).
    let mut rule = [1u32, 0, dxf, 1, 5, 0, 0].iter().flat_map(|v| v.to_le_bytes()).collect::<Vec<u8>>();
    rule.extend([0u8; 2]);
    rule.extend([0u8; 12]);
    rule.extend(u32::MAX.to_le_bytes());
    record(&mut out, 0x01CF, &rule);
    record(&mut out, 0x01D0, &[]);
    record(&mut out, 0x01CE, &[]);
    out.extend(end);
    out
}

/// Values of an XLSB sheet under a conditional format whose rule can draw them in their background's colour (an RGB
/// white font, the theme's light 1, black on a black fill, yellow on yellow, a fill of black under the automatic
/// font) or show nothing (`;;;`) are warned of naming the cells that hold values, in both languages, as in XLSX; a
/// format a reader can see (red, a yellow fill under black text) and one over cells holding nothing are not. calamine
/// reads no XLSB conditional format: they were read without a word.
#[test]
fn xlsb_values_a_conditional_format_can_hide_are_warned_of_naming_the_cells() {
    let base = coloured_styles(&[rgb(0, 0, 0)], &[(0, rgb(0, 0, 0))], &[(0, 0)]);
    let with = |props: Vec<Prop>, ranges: &[(u32, u32, u32, u32)]| {
        let styles = with_dxfs(&base, &[vec![Prop::Font(rgb(0xFF, 0, 0))], props]);
        let sheets = declaration(X::Text("2026-03-31"), X::Number(120.0, 0));
        let bytes = xlsb(&sheets, Some(styles));
        let places = sheet_bin(&sheets[2].1);
        replace_part(&bytes, "xl/worksheets/sheet3.bin", &with_conditional(&places, ranges, 1))
    };
    let warning = |bytes: &[u8]| {
        let p = read("c.xlsb", bytes).unwrap_or_else(|e| panic!("{e:#?}"));
        p.warnings.into_iter().find(|w| w.message_en.contains("conditional format"))
    };
    let hiding = [
        vec![Prop::Font(rgb(0xFF, 0xFF, 0xFF))],
        vec![Prop::Font(theme(0))],
        vec![Prop::Font(rgb(0, 0, 0)), Prop::Fill(rgb(0, 0, 0))],
        vec![Prop::Font(rgb(0xFF, 0xFF, 0)), Prop::Fill(rgb(0xFF, 0xFF, 0))],
        vec![Prop::Fill(rgb(0, 0, 0))],
        vec![Prop::Format(";;;")],
    ];
    for (i, props) in hiding.into_iter().enumerate() {
        // The Site name column (B), rows 2 to 3: B2 holds a value.
        let w = warning(&with(props, &[(1, 2, 1, 1)])).unwrap_or_else(|| panic!("hiding {i}"));
        assert_eq!(w.location, "PlacesOfWork", "{i}: {w:?}");
        assert!(
            w.message_en.starts_with("The cell B2 of the sheet holds a value under a conditional format"),
            "{i}: {w:?}"
        );
        assert!(w.message_fr.starts_with("La cellule B2 de la feuille"), "{i}: {w:?}");
    }
    // Two ranges over values: said as cells, each by the cells in it that hold values.
    let w = warning(&with(vec![Prop::Font(rgb(0xFF, 0xFF, 0xFF))], &[(1, 9, 0, 1), (0, 0, 7, 7)])).unwrap();
    assert!(w.message_en.starts_with("The cells A2:B2, H1 of the sheet hold values"), "{w:?}");
    let seen = [
        vec![Prop::Font(rgb(0xFF, 0, 0))],
        vec![Prop::Fill(rgb(0xFF, 0xFF, 0))],
        vec![Prop::Font(rgb(0xFF, 0xFF, 0xFF)), Prop::Fill(rgb(0, 0, 0))],
        vec![Prop::Format("0.00")],
    ];
    for (i, props) in seen.into_iter().enumerate() {
        assert_eq!(warning(&with(props, &[(1, 2, 1, 1)])), None, "seen {i}");
    }
    // Over cells that hold nothing (far below and to the right of the sites): nothing to warn of.
    assert_eq!(warning(&with(vec![Prop::Font(rgb(0xFF, 0xFF, 0xFF))], &[(500, 900, 40, 40)])), None);
}

/// `xl/sharedStrings.bin` of these strings (`BrtBeginSst`, a `BrtSSTItem` each, `BrtEndSst`).
fn shared_strings(items: &[(&str, &[(u16, u16)])]) -> Vec<u8> {
    let mut out = Vec::new();
    let count = (items.len() as u32).to_le_bytes();
    record(&mut out, 0x009F, &[count, count].concat());
    for (text, runs) in items {
        record(&mut out, 0x0013, &rich_str(text, runs));
    }
    record(&mut out, 0x00A0, &[]);
    out
}

/// A rich text an XLSB cell stores itself (`BrtCellRString`, which calamine skips: the cell was read as empty) is read
/// as the text it is; a part of it drawn so that it cannot be seen — a run in a white font on no fill, in a font of
/// 1 point — is warned of naming the cell and quoting that part, in both languages, whether the rich text is the
/// cell's own or a shared string's (`BrtCellIsst`). Runs a reader makes out (black, red, white on a black cell) are
/// not.
#[test]
fn xlsb_rich_texts_are_read_and_their_unseen_parts_warned_of() {
    // Fonts: 0 black, 1 RGB white, 2 red, 3 black of 1 point. Fills: 0 none, 1 solid black. Cell styles: 0 black on
    // none, 1 black on black.
    let mut styles = coloured_styles(
        &[rgb(0, 0, 0), rgb(0xFF, 0xFF, 0xFF), rgb(0xFF, 0, 0), rgb(0, 0, 0)],
        &[(0, rgb(0, 0, 0)), (1, rgb(0, 0, 0))],
        &[(0, 0), (0, 1)],
    );
    // The fourth font's height: 20 twentieths of a point.
    let tiny = styles.windows(2).rposition(|w| w == [0xDC, 0x00]).unwrap();
    styles.splice(tiny..tiny + 2, 20u16.to_le_bytes());
    let text = "Mill at Hotan, Xinjiang";
    let with = |cell: X, shared: Option<&[(u16, u16)]>| {
        let mut sheets = declaration(X::Text("2026-03-31"), X::Number(120.0, 0));
        if let Some(row) = sheets.get_mut(2).and_then(|(_, rows)| rows.get_mut(1)) {
            row[1] = cell;
        }
        let bytes = xlsb(&sheets, Some(styles.clone()));
        match shared {
            Some(runs) => replace_part(&bytes, "xl/sharedStrings.bin", &shared_strings(&[(text, runs)])),
            None => bytes,
        }
    };
    let read_ok = |bytes: &[u8]| read("r.xlsb", bytes).unwrap_or_else(|e| panic!("{e:#?}"));
    let warning = |p: &Parsed| p.warnings.iter().find(|w| w.message_en.contains("in whole or in part")).cloned();
    // White from the word "Hotan" on, or in a font of 1 point: the cell's own rich text, then a shared one.
    for runs in [&[(0u16, 0u16), (8, 1)][..], &[(0, 0), (8, 3)][..]] {
        let own: &'static [(u16, u16)] = Box::leak(runs.to_vec().into_boxed_slice());
        for p in [read_ok(&with(X::Rich(text, own, 0), None)), read_ok(&with(X::Shared(0), Some(runs)))] {
            assert_eq!(p.declaration.places_of_work[0].site_name, text);
            let w = warning(&p).unwrap_or_else(|| panic!("{runs:?}: {:#?}", p.warnings));
            assert_eq!(w.location, "PlacesOfWork", "{w:?}");
            assert!(w.message_en.starts_with("The cell B2 of the sheet holds text"), "{w:?}");
            assert!(w.message_en.contains("Hotan, Xinjiang"), "{w:?}");
            assert!(w.message_fr.starts_with("La cellule B2 de la feuille"), "{w:?}");
            assert!(w.message_fr.contains("Hotan, Xinjiang"), "{w:?}");
        }
    }
    // Seen: a red run, a black run, white and red runs on a black cell.
    for (runs, style) in [(&[(0u16, 0u16), (8, 2)][..], 0u32), (&[(0, 0), (8, 0)][..], 0), (&[(0, 1), (8, 2)][..], 1)] {
        let own: &'static [(u16, u16)] = Box::leak(runs.to_vec().into_boxed_slice());
        let p = read_ok(&with(X::Rich(text, own, style), None));
        assert_eq!(p.declaration.places_of_work[0].site_name, text);
        assert_eq!(warning(&p), None, "{runs:?} {style}");
    }
    // A rich text with no runs of its own look is read, without a word.
    let p = read_ok(&with(X::Rich(text, &[], 0), None));
    assert_eq!(p.declaration.places_of_work[0].site_name, text);
    assert_eq!(warning(&p), None);
}

/// The records of a part: each its type and body.
fn records_of(part: &[u8]) -> Vec<(u16, Vec<u8>)> {
    let mut out = Vec::new();
    let mut at = 0;
    let byte = |at: &mut usize| {
        let b = part[*at];
        *at += 1;
        b
    };
    while at < part.len() {
        let first = byte(&mut at);
        let mut kind = u16::from(first & 0x7F);
        if first & 0x80 != 0 {
            kind |= u16::from(byte(&mut at) & 0x7F) << 7;
        }
        let mut len = 0usize;
        for i in 0..4 {
            let b = byte(&mut at);
            len |= usize::from(b & 0x7F) << (7 * i);
            if b & 0x80 == 0 {
                break;
            }
        }
        let body = part[at..at + len].to_vec();
        at += len;
        out.push((kind, body));
    }
    out
}

/// A sheet part with every cell after the one before it on its row written as a short record (`BrtShortBlank` …
/// `BrtShortIsst`: the full record's type plus 11, its body without the column), as SheetJS and Aspose write them.
fn shortened(part: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut last: Option<u32> = None;
    for (kind, body) in records_of(part) {
        match kind {
            0x0000 => {
                last = None;
                record(&mut out, kind, &body);
            }
            0x0001..=0x0007 => {
                let col = u32::from_le_bytes(body[..4].try_into().unwrap());
                if last.is_some_and(|l| l + 1 == col) {
                    record(&mut out, kind + 11, &body[4..]);
                } else {
                    record(&mut out, kind, &body);
                }
                last = Some(col);
            }
            _ => record(&mut out, kind, &body),
        }
    }
    out
}

/// A workbook whose sheets have every cell after a row's first written as a short record (SheetJS's, Aspose's) reads
/// as the same workbook written with full records: the same declaration, a date a date, a shared string its text, an
/// error refused at its cell. calamine skips short records: every cell after the first of each row was read as empty
/// (the declaration refused for fields it holds, or an optional one silently lost).
#[test]
fn xlsb_short_cell_records_are_read_as_the_full_ones() {
    let short = |bytes: &[u8], sheets: usize| {
        let mut out = bytes.to_vec();
        for i in 1..=sheets {
            let path = format!("xl/worksheets/sheet{i}.bin");
            let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
            let mut part = Vec::new();
            std::io::Read::read_to_end(&mut archive.by_name(&path).unwrap(), &mut part).unwrap();
            out = replace_part(&out, &path, &shortened(&part));
        }
        out
    };
    // The declaration date a day serial in `yyyy-mm-dd` (style 3), the workers a number.
    let full = xlsb(&declaration(X::Number(OCT_4, 3), X::Number(120.0, 0)), Some(styles()));
    let (a, b) = (read("f.xlsb", &full).unwrap(), read("s.xlsb", &short(&full, 3)).unwrap());
    assert_eq!(b.declaration, a.declaration);
    assert_eq!(b.declaration.supplier.declaration_date, NaiveDate::from_ymd_opt(2026, 10, 4).unwrap());
    assert_eq!(b.declaration.places_of_work[0].workers, Some(120));
    assert_eq!(b.declaration.places_of_work[0].city, "Klang");
    // A shared string written short: its text.
    let mut sheets = declaration(X::Text("2026-03-31"), X::Number(120.0, 0));
    sheets[2].1[1][6] = X::Shared(0);
    let with_sst =
        replace_part(&xlsb(&sheets, Some(styles())), "xl/sharedStrings.bin", &shared_strings(&[("Shah Alam", &[])]));
    let p = read("s.xlsb", &short(&with_sst, 3)).unwrap();
    assert_eq!(p.declaration.places_of_work[0].city, "Shah Alam");
    // An error written short: refused at its cell, naming it.
    let bad = xlsb(&declaration(X::Text("2026-03-31"), X::Error(0x07)), Some(styles()));
    let issues = errors(read("s.xlsb", &short(&bad, 3)));
    let e = error_at(&issues, "PlacesOfWork!E2");
    assert!(e.message_en.contains("#DIV/0!"), "{e:?}");
}

/// Real XLSB files from SheetJS (`xlsx` 0.18.5, `XLSX.writeFile(wb, f, {bookType: "xlsb"})`, with and without its
/// shared string table), converted from `accepted/chainon-convert-en.xlsx`: every cell after a row's first is a short
/// record. Read as the very declaration of the `.xlsx` (calamine alone read each row's first cell only, and the
/// declaration was refused for a legal name, a country and a date it holds).
#[test]
fn sheetjs_xlsb_files_read_as_the_workbook_they_came_from() {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/corpus/accepted");
    let file = |name: &str| std::fs::read(corpus.join(name)).unwrap();
    let xlsx =
        read_declaration("chainon-convert-en.xlsx", &file("chainon-convert-en.xlsx"), &Limits::default()).unwrap();
    for name in ["sheetjs-short-records.xlsb", "sheetjs-short-records-sst.xlsb"] {
        let p = read(name, &file(name)).unwrap_or_else(|e| panic!("{name}: {e:#?}"));
        assert_eq!(p.declaration, xlsx.declaration, "{name}");
    }
    // Country merged over each group of rows (`L2:L4` …): calamine gives no XLSB merge, so the country was read on
    // each group's first row only, and the others refused as missing it.
    let merged = "merged-country-cells.xlsx";
    let xlsx = read_declaration(merged, &file(merged), &Limits::default()).unwrap();
    let name = "sheetjs-merged-country-cells.xlsb";
    let p = read(name, &file(name)).unwrap_or_else(|e| panic!("{name}: {e:#?}"));
    assert_eq!(p.declaration, xlsx.declaration, "{name}");
    assert_eq!(p.declaration.places_of_work.iter().filter(|s| s.country.as_str() == "CN").count(), 5);
}

/// Rows of an XLSB sheet holding values in a font that can hardly be told from its cell's fill are warned of by the
/// contrast rule XLSX's and ODS's rows are judged by, not only white on white: yellow on yellow, `FEFEFE` on no fill,
/// a theme colour the workbook's theme part makes white, a font of 1 point. A grey a reader makes out (`DDDDDD`), red
/// on yellow, and a theme colour the workbook has no theme part for (not known) are not.
#[test]
fn xlsb_rows_in_a_colour_hardly_told_from_their_fill_are_warned_of() {
    let accent1 = [0x06, 4, 0, 0, 0, 0, 0, 0];
    // Fonts: 0 black, 1 yellow, 2 FEFEFE, 3 the theme's accent 1, 4 DDDDDD, 5 red, 6 black of 1 point.
    let mut styles = coloured_styles(
        &[
            rgb(0, 0, 0),
            rgb(0xFF, 0xFF, 0),
            rgb(0xFE, 0xFE, 0xFE),
            accent1,
            rgb(0xDD, 0xDD, 0xDD),
            rgb(0xFF, 0, 0),
            rgb(0, 0, 0),
        ],
        // Fills: 0 none, 1 solid yellow.
        &[(0, rgb(0, 0, 0)), (1, rgb(0xFF, 0xFF, 0))],
        // Cell styles: 0 black; 1 yellow on yellow; 2 FEFEFE on none; 3 accent 1 on none; 4 grey; 5 red on yellow;
        // 6 black of 1 point.
        &[(0, 0), (1, 1), (2, 0), (3, 0), (4, 0), (5, 1), (6, 0)],
    );
    let tiny = styles.windows(2).rposition(|w| w == [0xDC, 0x00]).unwrap();
    styles.splice(tiny..tiny + 2, 20u16.to_le_bytes());
    let theme = br#"<?xml version="1.0" encoding="UTF-8"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:clrScheme name="t"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="FFFFFF"/></a:accent1></a:clrScheme></a:themeElements></a:theme>"#;
    let with = |style: u32, themed: bool| {
        let mut sheets = declaration(X::Text("2026-03-31"), X::Number(120.0, 0));
        if let Some(row) = sheets.get_mut(2).and_then(|(_, rows)| rows.get_mut(1)) {
            row[1] = X::Styled("Glove plant", style);
        }
        let bytes = xlsb(&sheets, Some(styles.clone()));
        if themed { replace_part(&bytes, "xl/theme/theme1.xml", theme) } else { bytes }
    };
    let warned = |bytes: &[u8]| {
        let p = read("w.xlsb", bytes).unwrap_or_else(|e| panic!("{e:#?}"));
        p.warnings.into_iter().find(|w| w.message_en.contains("cannot be told from their background"))
    };
    for style in [1, 2, 6] {
        let w = warned(&with(style, false)).unwrap_or_else(|| panic!("{style}"));
        assert!(w.message_en.starts_with("Row 2 of") && w.location == "PlacesOfWork", "{style}: {w:?}");
    }
    assert!(warned(&with(3, true)).is_some(), "accent 1 made white by the theme");
    assert!(warned(&with(3, false)).is_none(), "accent 1 without a theme part is not known");
    for style in [0, 4, 5] {
        assert!(warned(&with(style, true)).is_none(), "{style}");
    }
}

/// Rows and columns an XLSB sheet hides (`BrtRowHdr`'s `fDyZero`, a custom height under 4 points; `BrtColInfo`'s
/// `fHidden`, a width under half a character) and that hold values are warned of naming them, as in XLSX; calamine
/// gives no XLSB row or column state, so they were read without a word. A row of its own ordinary height, a column
/// of ordinary width are not.
#[test]
fn xlsb_hidden_rows_and_columns_are_warned_of_naming_them() {
    // The PlacesOfWork part with its row 2 header's `miyRw` and flags set, and a `BrtColInfo` for column D.
    let with = |(height, flags): (u16, u8), (width, col_flags): (u32, u16)| {
        let sheets = declaration(X::Text("2026-03-31"), X::Number(120.0, 0));
        let bytes = xlsb(&sheets, Some(styles()));
        let mut out = Vec::new();
        for (kind, mut body) in records_of(&sheet_bin(&sheets[2].1)) {
            if kind == 0x0091 {
                let mut info = [3u32, 3, width, 0].iter().flat_map(|v| v.to_le_bytes()).collect::<Vec<u8>>();
                info.extend(col_flags.to_le_bytes());
                record(&mut out, 0x0186, &[]);
                record(&mut out, 0x003C, &info);
                record(&mut out, 0x0187, &[]);
            }
            if kind == 0x0000 && body[..4] == 1u32.to_le_bytes() {
                body[8..10].copy_from_slice(&height.to_le_bytes());
                body[11] = flags;
            }
            record(&mut out, kind, &body);
        }
        replace_part(&bytes, "xl/worksheets/sheet3.bin", &out)
    };
    let warnings = |bytes: &[u8]| read("h.xlsb", bytes).unwrap_or_else(|e| panic!("{e:#?}")).warnings;
    let ordinary = (10 * 256, 0x02);
    for row in [(300, 0x10), (40, 0x20), (0, 0x30)] {
        let w = warnings(&with(row, ordinary));
        let hidden = w
            .iter()
            .find(|w| w.message_en.starts_with("Row 2 of the sheet is hidden"))
            .unwrap_or_else(|| panic!("{row:?}: {w:#?}"));
        assert_eq!(hidden.location, "PlacesOfWork");
        assert!(hidden.message_fr.starts_with("La ligne 2 de la feuille"), "{hidden:?}");
    }
    for column in [(10 * 256, 0x01), (50, 0x02)] {
        let w = warnings(&with((300, 0), column));
        assert!(w.iter().any(|w| w.message_en.starts_with("Column D of the sheet is hidden")), "{column:?}: {w:#?}");
    }
    let w = warnings(&with((300, 0x20), ordinary));
    assert!(w.iter().all(|w| !w.message_en.contains("hidden")), "{w:#?}");
}

/// A short cell record cut short — a string whose length runs past its record, a record of one byte — refuses its
/// sheet naming the cell: its value would have been lost without a word, or every cell after it on the row read one
/// column to the left (an address read as the inputs).
#[test]
fn an_xlsb_short_record_cut_short_is_refused_naming_its_cell() {
    let sheets = declaration(X::Text("2026-03-31"), X::Number(120.0, 0));
    let full = xlsb(&sheets, Some(styles()));
    let places = shortened(&sheet_bin(&sheets[2].1));
    // The short string of PlacesOfWork!D2 (Goods), damaged two ways.
    let damaged = |damage: &dyn Fn(&mut Vec<u8>)| {
        let mut out = Vec::new();
        let (mut row, mut strings) = (0, 0);
        for (kind, mut body) in records_of(&places) {
            if kind == 0x0000 {
                row = u32::from_le_bytes(body[..4].try_into().unwrap());
                strings = 0;
            }
            if kind == 0x0011 && row == 1 {
                strings += 1;
                // The third short string of the row: D2 (A2 is a full record, B2 and C2 short ones before it).
                if strings == 3 {
                    damage(&mut body);
                }
            }
            record(&mut out, kind, &body);
        }
        replace_part(&full, "xl/worksheets/sheet3.bin", &out)
    };
    let long: &dyn Fn(&mut Vec<u8>) = &|b| b[4..8].copy_from_slice(&0x7FFF_FFFFu32.to_le_bytes());
    let tiny: &dyn Fn(&mut Vec<u8>) = &|b| b.truncate(1);
    for damage in [long, tiny] {
        let issues = errors(read("d.xlsb", &damaged(damage)));
        let e = error_at(&issues, "PlacesOfWork!D2");
        assert!(e.message_en.starts_with("The sheet “PlacesOfWork” of d.xlsb cannot be read"), "{e:?}");
        assert!(
            e.message_fr.starts_with("La feuille «\u{a0}PlacesOfWork\u{a0}» de d.xlsb ne peut pas être lue"),
            "{e:?}"
        );
    }
    // Undamaged, the same part reads.
    assert!(read("d.xlsb", &replace_part(&full, "xl/worksheets/sheet3.bin", &places)).is_ok());
}

/// The longest text a cell holds (32,767 characters, Excel's most), as a full record and as a short one, is read, not
/// taken for a damaged record: its record (65 KB) is larger than 64 KiB.
#[test]
fn an_xlsb_cell_of_the_longest_text_is_read_whole() {
    let text: &'static str = Box::leak("x".repeat(32_767).into_boxed_str());
    let part = sheet_bin(&[vec![X::Text("Notes"), X::Text(text), X::Text(text)]]);
    for (part, short) in [(part.clone(), 0), (shortened(&part), 2)] {
        let bytes = replace_part(&xlsb(&[("S", vec![vec![X::Text("a")]])], None), "xl/worksheets/sheet1.bin", &part);
        let no = rustc_hash::FxHashSet::default();
        let shared = rustc_hash::FxHashMap::default();
        let looks =
            crate::import::xlsb::SheetLooks { invisible: &no, hiding: &no, fills: &[], fonts: &[], shared: &shared };
        let walk = crate::import::xlsb::walk_sheet(&bytes, "xl/worksheets/sheet1.bin", |_| true, &looks, 1 << 16);
        assert_eq!(walk.damaged, None);
        let longest = |(_, v): &&(_, crate::import::xlsb::ShortValue)| matches!(v, crate::import::xlsb::ShortValue::Text(t) if t.len() == 32_767);
        assert_eq!(walk.short_cells.iter().filter(longest).count(), short);
    }
}

/// Formula tokens (`Ptg`s, MS-XLSB §2.5.97), to be joined in reverse Polish order.
mod ptg {
    pub const ADD: u8 = 0x03;
    pub const SUB: u8 = 0x04;
    pub const MUL: u8 = 0x05;
    pub const DIV: u8 = 0x06;
    pub const CONCAT: u8 = 0x08;
    pub const MINUS: u8 = 0x13;
    pub const PAREN: u8 = 0x15;

    /// `PtgInt`.
    pub fn int(n: u16) -> Vec<u8> {
        [&[0x1E][..], &n.to_le_bytes()].concat()
    }

    /// `PtgNum`.
    pub fn num(n: f64) -> Vec<u8> {
        [&[0x1F][..], &n.to_le_bytes()].concat()
    }

    /// `PtgStr`: a count of UTF-16 units, then the units.
    pub fn text(s: &str) -> Vec<u8> {
        let units: Vec<u16> = s.encode_utf16().collect();
        let mut out = vec![0x17];
        out.extend((units.len() as u16).to_le_bytes());
        for u in units {
            out.extend(u.to_le_bytes());
        }
        out
    }

    /// `PtgRef` (reference class): a cell of the same sheet, 0-based, row and column relative.
    pub fn cell(row: u32, col: u16) -> Vec<u8> {
        [&[0x24][..], &row.to_le_bytes(), &(col | 0xC000).to_le_bytes()].concat()
    }

    /// `PtgArea` (reference class): a range of the same sheet, 0-based, first and last row, first and last column.
    pub fn area(rows: (u32, u32), cols: (u16, u16)) -> Vec<u8> {
        [&[0x25][..], &rows.0.to_le_bytes(), &rows.1.to_le_bytes(), &cols.0.to_le_bytes(), &cols.1.to_le_bytes()]
            .concat()
    }

    /// `PtgRef3d`: a cell of the sheet of that `ixti` (an entry of the workbook's `BrtExternSheet`).
    pub fn cell_3d(ixti: u16, row: u32, col: u16) -> Vec<u8> {
        [&[0x3A][..], &ixti.to_le_bytes(), &row.to_le_bytes(), &(col | 0xC000).to_le_bytes()].concat()
    }

    /// `PtgName`: the defined name of that index (1-based).
    pub fn name(index: u32) -> Vec<u8> {
        [&[0x43][..], &index.to_le_bytes()].concat()
    }

    /// `PtgFunc` (value class): a function of fixed arguments, by its number (`Ftab`).
    pub fn func(tab: u16) -> Vec<u8> {
        [&[0x41][..], &tab.to_le_bytes()].concat()
    }

    /// `PtgFuncVar` (value class): a function of `count` arguments, by its number.
    pub fn func_var(count: u8, tab: u16) -> Vec<u8> {
        [&[0x42, count][..], &tab.to_le_bytes()].concat()
    }

    /// `PtgAttrSpace`: `count` spaces before the next token.
    pub fn space(count: u8) -> Vec<u8> {
        vec![0x19, 0x40, 0x00, count]
    }

    /// `PtgExp`: a cell of a shared formula, by its first row.
    pub fn shared(row: u32) -> Vec<u8> {
        [&[0x01][..], &row.to_le_bytes()].concat()
    }

    pub const DATE: u16 = 65;
    pub const UPPER: u16 = 113;
    pub const LOWER: u16 = 112;
    pub const TRIM: u16 = 118;
    pub const CONCATENATE: u16 = 336;
    pub const VLOOKUP: u16 = 102;
    pub const TODAY: u16 = 221;
}

/// Tokens joined in order.
fn tokens(parts: &[&[u8]]) -> Vec<u8> {
    parts.concat()
}

/// `=1200+650`.
fn sum_1200_650() -> Vec<u8> {
    tokens(&[&ptg::int(1200), &ptg::int(650), &[ptg::ADD]])
}

/// `workbook` with a `BrtCalcProp` in its workbook part (before `BrtEndBook`): `fAutoRecalc` `mode` (0 manual, 1
/// automatic) and these flags (0x01 `fFullCalcOnLoad`, 0x20 `fSaveRecalc`, and Excel's usual 0x02 `fRefA1`, 0x08
/// `fFullPrec`, 0x40 `fMTREnabled`).
fn with_calc(workbook: &[u8], mode: u32, flags: u16) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(workbook)).unwrap();
    let mut part = Vec::new();
    std::io::Read::read_to_end(&mut archive.by_name("xl/workbook.bin").unwrap(), &mut part).unwrap();
    let mut body = 191_029u32.to_le_bytes().to_vec();
    body.extend(mode.to_le_bytes());
    body.extend(100u32.to_le_bytes());
    body.extend(0.001f64.to_le_bytes());
    body.extend(1i32.to_le_bytes());
    body.extend(flags.to_le_bytes());
    let mut out = Vec::new();
    for (kind, b) in records_of(&part) {
        if kind == 0x0084 {
            record(&mut out, 0x009D, &body);
        }
        record(&mut out, kind, &b);
    }
    replace_part(workbook, "xl/workbook.bin", &out)
}

/// Excel's flags of an automatic workbook (A1 references, full precision, recalculated on save, threads).
const EXCEL_FLAGS: u16 = 0x02 | 0x08 | 0x20 | 0x40;
/// The flag of a workbook that asks to be recalculated on open.
const FULL_CALC_ON_LOAD: u16 = 0x01;
/// The flag of a workbook recalculated before it is saved.
const SAVE_RECALC: u16 = 0x20;

/// The declaration of [`declaration`] with these cells set on its first site's row (PlacesOfWork row 2), by column,
/// 0-based (E 4 Workers, G 6 City, H 7 Country).
fn site_with(cells: &[(usize, X)]) -> Vec<(&'static str, Vec<Vec<X>>)> {
    let mut sheets = declaration(X::Text("2026-03-31"), X::Number(120.0, 0));
    if let Some(row) = sheets.get_mut(2).and_then(|(_, rows)| rows.get_mut(1)) {
        for (col, cell) in cells {
            while row.len() <= *col {
                row.push(X::Text(""));
            }
            row[*col] = cell.clone();
        }
    }
    sheets
}

fn assert_never_calculated(issues: &[Issue], place: &str, formula: &str) {
    let e = error_at(issues, place);
    assert!(e.message_en.contains("never calculated") && e.message_en.contains(formula), "{formula}: {e:?}");
    assert!(e.message_fr.contains("jamais été calculé") && e.message_fr.contains(formula), "{formula}: {e:?}");
}

/// An XLSB workbook whose `BrtCalcProp` asks to be recalculated on open (`fFullCalcOnLoad`, what a writer that cannot
/// calculate sets) is judged as an XLSX one with `fullCalcOnLoad`: a formula whose stored result is a placeholder — 0
/// workers, a date of day zero, an empty city — is refused naming its cell and its formula, in English and French,
/// where calamine read the 0 as the workers, day zero as the date. A formula of constants that stored its own result
/// is read; the same workbook without the flag reads its stored results, and judges its formulas of constants by
/// them.
#[test]
fn an_xlsb_formula_stored_with_a_placeholder_in_a_workbook_asking_to_be_recalculated_is_refused_naming_its_cell() {
    let date = tokens(&[&ptg::int(2026), &ptg::int(3), &ptg::int(31), &ptg::func(ptg::DATE)]);
    let upper = tokens(&[&ptg::text("klang"), &ptg::func(ptg::UPPER)]);
    let cases = [
        ("PlacesOfWork!E2", vec![(4, X::Formula(Stored::Number(0.0), sum_1200_650(), 0))], false, "=1200+650"),
        ("PlacesOfWork!G2", vec![(6, X::Formula(Stored::Text(""), upper.clone(), 0))], false, "=UPPER(\"klang\")"),
        ("Supplier!B4", vec![], true, "=DATE(2026,3,31)"),
        ("PlacesOfWork!H2", vec![(7, X::Formula(Stored::Text(""), ptg::text("MY"), 0))], false, "=\"MY\""),
    ];
    for (place, cells, on_date, formula) in cases {
        let mut sheets = site_with(&cells);
        if on_date {
            sheets[0].1[3][1] = X::Formula(Stored::Number(0.0), date.clone(), 3);
        }
        let bytes = with_calc(&xlsb(&sheets, Some(styles())), 1, EXCEL_FLAGS | FULL_CALC_ON_LOAD);
        let issues = errors(read("f.xlsb", &bytes));
        assert_eq!(super::tests::places(&issues), [place], "{issues:#?}");
        assert_never_calculated(&issues, place, formula);
    }
    // Formulas of constants that stored their own results: read, flag or no flag.
    let mut sheets = site_with(&[
        (4, X::Formula(Stored::Number(1850.0), sum_1200_650(), 0)),
        (6, X::Formula(Stored::Text("KLANG"), upper, 0)),
    ]);
    sheets[0].1[3][1] = X::Formula(Stored::Number(46112.0), date, 3);
    for flags in [EXCEL_FLAGS | FULL_CALC_ON_LOAD, EXCEL_FLAGS] {
        let p =
            read("f.xlsb", &with_calc(&xlsb(&sheets, Some(styles())), 1, flags)).unwrap_or_else(|e| panic!("{e:#?}"));
        assert_eq!(p.declaration.places_of_work[0].workers, Some(1850));
        assert_eq!(p.declaration.places_of_work[0].city, "KLANG");
        assert_eq!(p.declaration.supplier.declaration_date, NaiveDate::from_ymd_opt(2026, 3, 31).unwrap());
    }
    // A formula reading a cell, stored with a result: without the flag, its stored result is the value.
    let sheets =
        site_with(&[(4, X::Formula(Stored::Number(85.0), tokens(&[&ptg::cell(1, 9), &ptg::int(35), &[ptg::SUB]]), 0))]);
    let p = read("f.xlsb", &with_calc(&xlsb(&sheets, Some(styles())), 1, EXCEL_FLAGS)).unwrap();
    assert_eq!(p.declaration.places_of_work[0].workers, Some(85));
    let p = read("f.xlsb", &xlsb(&sheets, Some(styles()))).unwrap();
    assert_eq!(p.declaration.places_of_work[0].workers, Some(85));
}

/// In an XLSB workbook asking to be recalculated on open, what a formula that reads cells stored is not what the
/// supplier sees (every spreadsheet program shows it calculated again), whatever it stored — a number, a text, an
/// error, a result that looks right —: refused as never calculated naming its cell and its formula, as in XLSX. A
/// formula calamine cannot write out (a sheet it has no name for, where its reader panics; a shared formula) is
/// named `=…`, the file refused for that cell only. The same workbook without the flag reads the stored results.
#[test]
fn an_xlsb_formula_reading_cells_in_a_workbook_asking_to_be_recalculated_is_refused_whatever_it_stored() {
    let vlookup = tokens(&[
        &ptg::cell(1, 0),
        &ptg::area((0, 8), (12, 13)),
        &ptg::int(2),
        &ptg::int(0),
        &ptg::func_var(4, ptg::VLOOKUP),
    ]);
    let cases: [(usize, X, &str); 8] = [
        (4, X::Formula(Stored::Number(85.0), tokens(&[&ptg::cell(1, 9), &ptg::int(35), &[ptg::SUB]]), 0), "=J2-35"),
        (4, X::Formula(Stored::Number(120.0), ptg::cell(1, 9), 0), "=J2"),
        (6, X::Formula(Stored::Text("KLANG"), tokens(&[&ptg::cell(1, 10), &ptg::func(ptg::UPPER)]), 0), "=UPPER(K2)"),
        (7, X::Formula(Stored::Text("MY"), vlookup.clone(), 0), "=VLOOKUP(A2,$M$1:$N$9,2,0)"),
        (7, X::Formula(Stored::Error(0x2A), vlookup, 0), "=VLOOKUP("),
        (4, X::Formula(Stored::Number(120.0), ptg::cell_3d(0, 99, 1), 0), "=…"),
        (4, X::Formula(Stored::Number(120.0), ptg::shared(1), 0), "=…"),
        (4, X::Formula(Stored::Bool(true), tokens(&[&ptg::cell(1, 9), &ptg::int(0), &[0x0C]]), 0), "=J2>0"),
    ];
    let column = ["A", "B", "C", "D", "E", "F", "G", "H"];
    for (col, cell, formula) in cases {
        let bytes = xlsb(&site_with(&[(col, cell.clone())]), Some(styles()));
        let flagged = with_calc(&bytes, 1, EXCEL_FLAGS | FULL_CALC_ON_LOAD);
        let issues = errors(read("f.xlsb", &flagged));
        let place = format!("PlacesOfWork!{}2", column[col]);
        assert_eq!(super::tests::places(&issues), [place.as_str()], "{formula}: {issues:#?}");
        assert_never_calculated(&issues, &place, formula);
        // Without the flag, what was stored is read (an error refused as the error it is, a truth value as no count).
        for bytes in [bytes.clone(), with_calc(&bytes, 1, EXCEL_FLAGS)] {
            match (read("f.xlsb", &bytes), &cell) {
                (Ok(p), _) => assert!(p.declaration.places_of_work.len() == 1, "{formula}"),
                (Err(issues), X::Formula(Stored::Error(_), _, _)) => {
                    assert!(error_at(&issues, &place).message_en.contains("#N/A"), "{issues:#?}");
                }
                (Err(issues), X::Formula(Stored::Bool(_), _, _)) => {
                    assert!(!error_at(&issues, &place).message_en.contains("never calculated"), "{issues:#?}");
                }
                (Err(issues), _) => panic!("{formula}: {issues:#?}"),
            }
        }
    }
}

/// A formula of constants gives one result whatever the workbook holds: an XLSB one whose stored number or text is
/// not its own (`=1200+650` stored as 1300, `="M"&"Y"` stored as `CA`, `=1/0` stored as 0, `=DATE(2026,3,31)` stored
/// as another day, `=-(2*3)` stored as 6) was never calculated, whatever the workbook's calculation properties, and
/// is refused naming its cell and formula as in XLSX; one that stored its own result (letter case aside after
/// `UPPER`, `LOWER`; a text with a quotation mark, written `""` in the formula) is read. A formula with an empty
/// result is refused as never calculated, as XLSX's is.
#[test]
fn an_xlsb_formula_of_constants_whose_stored_result_is_not_its_own_is_refused() {
    let my = tokens(&[&ptg::text("M"), &ptg::text("Y"), &[ptg::CONCAT]]);
    let date = tokens(&[&ptg::int(2026), &ptg::int(3), &ptg::int(31), &ptg::func(ptg::DATE)]);
    let minus = tokens(&[&ptg::int(2), &ptg::int(3), &[ptg::MUL, ptg::PAREN, ptg::MINUS]]);
    let stale: [(usize, X, &str); 5] = [
        (4, X::Formula(Stored::Number(1300.0), sum_1200_650(), 0), "=1200+650"),
        (7, X::Formula(Stored::Text("CA"), my.clone(), 0), "=\"M\"&\"Y\""),
        (4, X::Formula(Stored::Number(0.0), tokens(&[&ptg::int(1), &ptg::int(0), &[ptg::DIV]]), 0), "=1/0"),
        (4, X::Formula(Stored::Number(6.0), minus, 0), "=-(2*3)"),
        (6, X::Formula(Stored::Text(" "), ptg::cell(1, 10), 0), "=K2"),
    ];
    let column = ["A", "B", "C", "D", "E", "F", "G", "H"];
    for (col, cell, formula) in stale {
        for calc in [None, Some((1, EXCEL_FLAGS)), Some((0, EXCEL_FLAGS))] {
            let bytes = xlsb(&site_with(&[(col, cell.clone())]), Some(styles()));
            let bytes = calc.map_or(bytes.clone(), |(mode, flags)| with_calc(&bytes, mode, flags));
            let issues = errors(read("c.xlsb", &bytes));
            let place = format!("PlacesOfWork!{}2", column[col]);
            assert_eq!(super::tests::places(&issues), [place.as_str()], "{formula}: {issues:#?}");
            assert_never_calculated(&issues, &place, formula);
        }
    }
    let mut sheets = declaration(X::Formula(Stored::Number(OCT_4), date.clone(), 3), X::Number(120.0, 0));
    let issues = errors(read("c.xlsb", &xlsb(&sheets, Some(styles()))));
    assert_never_calculated(&issues, "Supplier!B4", "=DATE(2026,3,31)");
    // Their own results: read.
    sheets = site_with(&[
        (4, X::Formula(Stored::Number(1850.0), sum_1200_650(), 0)),
        (6, X::Formula(Stored::Text("Say \"Klang\""), tokens(&[&ptg::text("Say \"Klang\"")]), 0)),
        (7, X::Formula(Stored::Text("MY"), tokens(&[&ptg::space(1), &ptg::text("my"), &ptg::func(ptg::UPPER)]), 0)),
    ]);
    sheets[0].1[3][1] = X::Formula(Stored::Number(46112.0), date, 3);
    let p = read("c.xlsb", &xlsb(&sheets, Some(styles()))).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(p.declaration.places_of_work[0].workers, Some(1850));
    assert_eq!(p.declaration.places_of_work[0].city, "Say \"Klang\"");
    assert_eq!(p.declaration.places_of_work[0].country.as_str(), "MY");
    assert_eq!(p.declaration.supplier.declaration_date, NaiveDate::from_ymd_opt(2026, 3, 31).unwrap());
}

/// An XLSB workbook set to manual calculation and saved without recalculating (`BrtCalcProp`'s `fAutoRecalc` 0,
/// `fSaveRecalc` clear) keeps each formula's result as it was last calculated: a formula that reads cells (`=J2-35`,
/// a `VLOOKUP`, one whose result is an error, a date read from another cell) is refused as out of date naming its cell, its formula and
/// the manual calculation, in English and French, as in XLSX. A formula of constants is worked out and read; the same
/// formulas in a workbook that calculates (automatic, or manual and recalculated on save) are read.
#[test]
fn an_xlsb_formula_reading_cells_in_a_workbook_saved_without_recalculating_is_refused_as_stale() {
    let vlookup = tokens(&[
        &ptg::cell(1, 0),
        &ptg::area((0, 8), (12, 13)),
        &ptg::int(2),
        &ptg::int(0),
        &ptg::func_var(4, ptg::VLOOKUP),
    ]);
    let sheets = |country: X| {
        let mut sheets = site_with(&[
            (4, X::Formula(Stored::Number(85.0), tokens(&[&ptg::cell(1, 9), &ptg::int(35), &[ptg::SUB]]), 0)),
            (7, country),
        ]);
        sheets[0].1[3][1] = X::Formula(Stored::Number(46112.0), ptg::cell(9, 1), 3);
        sheets
    };
    for country in
        [X::Formula(Stored::Text("MY"), vlookup.clone(), 0), X::Formula(Stored::Error(0x2A), vlookup.clone(), 0)]
    {
        let bytes = xlsb(&sheets(country.clone()), Some(styles()));
        for flags in [EXCEL_FLAGS & !SAVE_RECALC, 0] {
            let issues = errors(read("m.xlsb", &with_calc(&bytes, 0, flags)));
            let mut got = super::tests::places(&issues);
            got.sort_unstable();
            assert_eq!(got, ["PlacesOfWork!E2", "PlacesOfWork!H2", "Supplier!B4"], "{issues:#?}");
            for (place, formula) in
                [("PlacesOfWork!E2", "=J2-35"), ("PlacesOfWork!H2", "=VLOOKUP(A2,"), ("Supplier!B4", "=B10")]
            {
                let i = error_at(&issues, place);
                assert!(i.message_en.contains("out of date") && i.message_en.contains("manual calculation"), "{i:?}");
                assert!(i.message_en.contains(formula) && i.message_fr.contains(formula), "{i:?}");
                assert!(i.message_fr.contains("calcul manuel") && i.message_fr.contains("périmé\u{a0}:"), "{i:?}");
            }
        }
        // A workbook that calculates: the stored results are read (the error refused as the error it is).
        for (mode, flags) in [(1, EXCEL_FLAGS), (1, EXCEL_FLAGS & !SAVE_RECALC), (0, EXCEL_FLAGS), (2, 0)] {
            match read("a.xlsb", &with_calc(&bytes, mode, flags)) {
                Ok(p) => {
                    assert_eq!(p.declaration.places_of_work[0].workers, Some(85));
                    assert_eq!(p.declaration.places_of_work[0].country.as_str(), "MY");
                }
                Err(issues) => assert!(
                    super::tests::places(&issues) == ["PlacesOfWork!H2"] && issues[0].message_en.contains("#N/A"),
                    "{mode} {flags}: {issues:#?}"
                ),
            }
        }
    }
    // A formula of constants is worked out in manual calculation too, and read.
    let constant = site_with(&[(4, X::Formula(Stored::Number(1850.0), sum_1200_650(), 0))]);
    let p = read("c.xlsb", &with_calc(&xlsb(&constant, Some(styles())), 0, 0)).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(p.declaration.places_of_work[0].workers, Some(1850));
    // Asking to be recalculated on open decides first: a placeholder is never calculated, not out of date.
    let placeholder = site_with(&[(4, X::Formula(Stored::Number(0.0), ptg::cell(1, 9), 0))]);
    let issues = errors(read("p.xlsb", &with_calc(&xlsb(&placeholder, Some(styles())), 0, FULL_CALC_ON_LOAD)));
    assert_never_calculated(&issues, "PlacesOfWork!E2", "=J2");
}

/// A formula's tokens are written out as XLSX writes its text when they are constants only (numbers, texts with
/// their quotation marks doubled, operators, signs, parentheses, spaces, the functions worked out), and not at all
/// when they read a cell, a name or call any other function, or do not make one formula; deep nesting costs what its
/// tokens are.
#[test]
fn xlsb_formula_tokens_of_constants_are_written_out_as_xlsx_writes_them() {
    use crate::import::xlsb::constant_formula as text;
    let cases: [(Vec<u8>, Option<&str>); 13] = [
        (sum_1200_650(), Some("=1200+650")),
        (tokens(&[&ptg::num(0.5), &ptg::int(3), &[ptg::MUL]]), Some("=0.5*3")),
        (tokens(&[&ptg::text("a\"b"), &ptg::text("c"), &[ptg::CONCAT]]), Some("=\"a\"\"b\"&\"c\"")),
        (tokens(&[&ptg::int(1), &ptg::int(2), &[ptg::ADD, ptg::PAREN], &ptg::int(3), &[ptg::MUL]]), Some("=(1+2)*3")),
        (
            tokens(&[&ptg::text("a"), &ptg::text("b"), &ptg::func_var(2, ptg::CONCATENATE)]),
            Some("=CONCATENATE(\"a\",\"b\")"),
        ),
        (
            tokens(&[&ptg::space(2), &ptg::text(" X "), &ptg::func(ptg::TRIM), &ptg::func(ptg::LOWER)]),
            Some("=LOWER(TRIM(\" X \"))"),
        ),
        (ptg::cell(0, 0), None),
        (tokens(&[&ptg::name(1), &ptg::int(2), &[ptg::ADD]]), None),
        (tokens(&[&ptg::func(ptg::TODAY)]), None),
        (tokens(&[&ptg::int(1), &ptg::int(2)]), None),
        (tokens(&[&ptg::int(1), &[ptg::ADD]]), None),
        (tokens(&[&ptg::text("a"), &ptg::func(ptg::CONCATENATE)]), None),
        (vec![0x17, 0xFF, 0xFF, 0x41], None),
    ];
    for (rgce, want) in cases {
        assert_eq!(text(&rgce).as_deref(), want, "{rgce:?}");
    }
    // 2,700 nested signs and parentheses (8,102 characters): written once, each part once.
    let mut deep = ptg::int(7);
    for _ in 0..2_700 {
        deep.extend([ptg::MINUS, ptg::PAREN]);
    }
    let written = text(&deep).unwrap_or_default();
    assert!(
        written.starts_with("=(-(-(")
            && written.ends_with(&format!("(-7{}", ")".repeat(2_700)))
            && written.chars().count() == 8_102
    );
    // Past Excel's 8,192 characters a formula is not written out, however many tokens follow.
    for _ in 0..200_000 {
        deep.extend([ptg::MINUS, ptg::PAREN]);
    }
    assert_eq!(text(&deep), None);
}

/// A copy of a workbook without its part `path`.
fn without_part(bytes: &[u8], path: &str) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut body = Vec::new();
        entry.read_to_end(&mut body).unwrap();
        if name != path {
            out.start_file(name.as_str(), zip::write::SimpleFileOptions::default()).unwrap();
            out.write_all(&body).unwrap();
        }
    }
    out.finish().unwrap().into_inner()
}

/// The part `path` of a workbook.
fn part_of(bytes: &[u8], path: &str) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut part = Vec::new();
    std::io::Read::read_to_end(&mut archive.by_name(path).unwrap(), &mut part).unwrap();
    part
}

/// The package relationships Excel writes (`_rels/.rels`), its workbook part at `target`.
fn package_rels(target: &str) -> Vec<u8> {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{target}"/></Relationships>"#
    )
    .into_bytes()
}

/// The one refusal of a workbook, at the file, naming `part` in both languages (`said_en`, `said_fr`: what it says of
/// the part) — never a required sheet said missing, never one refusal per sheet.
fn assert_refused_for_part(issues: &[Issue], file: &str, part: &str, said_en: &str, said_fr: &str) {
    assert_eq!(issues.len(), 1, "{part}: {issues:#?}");
    let e = error_at(issues, file);
    assert!(e.message_en.starts_with("The workbook cannot be read: "), "{part}: {e:?}");
    assert!(e.message_en.contains(&format!("“{part}”")) && e.message_en.contains(said_en), "{part}: {e:?}");
    assert!(e.message_fr.starts_with("Le classeur ne peut pas être lu\u{a0}: "), "{part}: {e:?}");
    assert!(e.message_fr.contains(&format!("«\u{a0}{part}\u{a0}»")) && e.message_fr.contains(said_fr), "{part}: {e:?}");
}

/// An XLSB workbook without its workbook part (`xl/workbook.bin`) or that part's relationships is refused once, at
/// the file, naming the part, as an XLSX one without `xl/workbook.xml` or its relationships is. Without
/// `workbook.bin`, the package was taken for an XLSX one (it has no other part to tell it by) and read as a workbook
/// of no sheet: each required sheet was said missing.
#[test]
fn an_xlsb_workbook_without_its_workbook_part_is_refused_once_naming_the_part() {
    let bytes = xlsb(&declaration(X::Number(OCT_4, 3), X::Number(40.0, 0)), Some(styles()));
    let (missing_en, missing_fr) = ("is missing", "est absente");
    // Without package relationships (as SheetJS-like writers may leave them out), and with Excel's, naming the
    // workbook part relative to the package or from its root.
    let without_rels = without_part(&bytes, "xl/workbook.bin");
    let excel = replace_part(&bytes, "_rels/.rels", &package_rels("xl/workbook.bin"));
    let rooted = replace_part(&bytes, "_rels/.rels", &package_rels("/xl/workbook.bin"));
    assert!(read("e.xlsb", &excel).is_ok() && read("e.xlsb", &rooted).is_ok(), "whole, the workbooks read");
    for (case, damaged) in [
        ("no package relationships", without_rels),
        ("Excel's relationships", without_part(&excel, "xl/workbook.bin")),
        ("a target from the root", without_part(&rooted, "xl/workbook.bin")),
        ("a name as the file gives it", without_part(&without_part(&excel, "xl/workbook.bin"), "xl/styles.bin")),
    ] {
        let issues = errors(read("d.xlsb", &damaged));
        assert!(!issues.iter().any(|i| i.message_en.contains("required sheet")), "{case}: {issues:#?}");
        assert_refused_for_part(&issues, "d.xlsb", "xl/workbook.bin", missing_en, missing_fr);
    }
    // The workbook part's relationships, which say where each sheet is: without them calamine stopped (a panic,
    // said as a workbook whose content is not the format's).
    for base in [&bytes, &excel] {
        let issues = errors(read("d.xlsb", &without_part(base, "xl/_rels/workbook.bin.rels")));
        assert_refused_for_part(&issues, "d.xlsb", "xl/_rels/workbook.bin.rels", missing_en, missing_fr);
    }
    // A package that lacks both says the workbook part first.
    let both = without_part(&without_part(&excel, "xl/workbook.bin"), "xl/_rels/workbook.bin.rels");
    assert_refused_for_part(&errors(read("d.xlsb", &both)), "d.xlsb", "xl/workbook.bin", missing_en, missing_fr);
    // XLSX says the same of the same damage: its workbook part, or its relationships.
    let xlsx = super::tests::workbook(false, |_| {});
    for part in ["xl/workbook.xml", "xl/_rels/workbook.xml.rels"] {
        let issues = errors(read("d.xlsx", &without_part(&xlsx, part)));
        assert_refused_for_part(&issues, "d.xlsx", part, missing_en, missing_fr);
    }
}

/// A workbook package without its content types part (`[Content_Types].xml`, which every Office Open XML package has,
/// ECMA-376 part 2) is refused once, at the file, naming that part, XLSB and XLSX alike, whatever else it lacks; it was
/// taken for a zip of CSV files, and each required sheet said missing. A zip of CSV files is still read as one.
#[test]
fn a_workbook_without_its_content_types_is_refused_once_naming_the_part() {
    let xlsb_bytes = xlsb(&declaration(X::Number(OCT_4, 3), X::Number(40.0, 0)), Some(styles()));
    let xlsx = super::tests::workbook(false, |_| {});
    let excel = replace_part(&xlsb_bytes, "_rels/.rels", &package_rels("xl/workbook.bin"));
    for (name, damaged) in [
        ("d.xlsb", without_part(&xlsb_bytes, "[Content_Types].xml")),
        ("d.xlsb", without_part(&excel, "[Content_Types].xml")),
        ("d.xlsb", without_part(&without_part(&excel, "[Content_Types].xml"), "xl/workbook.bin")),
        ("d.xlsx", without_part(&xlsx, "[Content_Types].xml")),
        ("d.xlsx", without_part(&without_part(&xlsx, "[Content_Types].xml"), "xl/workbook.xml")),
        ("d.zip", without_part(&xlsx, "[Content_Types].xml")),
    ] {
        let issues = errors(read(name, &damaged));
        assert_eq!(issues.len(), 1, "{name}: {issues:#?}");
        assert!(!issues.iter().any(|i| i.message_en.contains("required sheet")), "{name}: {issues:#?}");
        assert_refused_for_part(&issues, name, "[Content_Types].xml", "is missing", "est absente");
    }
}

/// An XLSB workbook part that is no workbook's — empty, records cut short or not those of a workbook, a sheet's
/// record that does not hold its own fields — or relationships that do not say where a sheet is, is refused once, at
/// the file, naming the part, as XLSX refuses a malformed `workbook.xml` once at the file. It was refused without
/// naming the part, or (a relationship missing, a sheet's record too short) by a panic of calamine's.
#[test]
fn an_xlsb_workbook_part_that_is_no_workbook_is_refused_once_naming_it() {
    let bytes = xlsb(&declaration(X::Number(OCT_4, 3), X::Number(40.0, 0)), Some(styles()));
    let workbook = part_of(&bytes, "xl/workbook.bin");
    let records = records_of(&workbook);
    /// What is written of each record of the workbook part, into the part rebuilt.
    type Edit<'a> = &'a dyn Fn(u16, &[u8], &mut Vec<u8>);
    let rebuilt = |edit: Edit<'_>| {
        let mut out = Vec::new();
        for (kind, body) in &records {
            edit(*kind, body, &mut out);
        }
        out
    };
    let keep = |out: &mut Vec<u8>, kind: u16, body: &[u8]| record(out, kind, body);
    // The second sheet's record (Attestations), edited.
    let sheet_edited = |edit: &dyn Fn(&[u8]) -> Vec<u8>| {
        rebuilt(&|kind, body, out| {
            let second = kind == 0x009C && body.get(4..8) == Some(&2u32.to_le_bytes()[..]);
            keep(out, kind, &if second { edit(body) } else { body.to_vec() });
        })
    };
    let (records_en, records_fr) = ("are cut short or are not those of the format", "sont tronqués");
    let workbook_part = "xl/workbook.bin";
    let mut garbage = b"PK not a workbook".to_vec();
    garbage.extend([0xFF; 8]);
    let mut cut = workbook.clone();
    cut.truncate(workbook.len() - 3);
    for (case, part) in [
        ("bytes of no record", garbage),
        ("a record cut short", cut),
        (
            "no BrtBeginBook first",
            rebuilt(&|kind, body, out| {
                if kind != 0x0083 {
                    keep(out, kind, body)
                }
            }),
        ),
        (
            "the list of sheets never ended",
            rebuilt(&|kind, body, out| {
                if kind < 0x0090 || kind == 0x009C {
                    keep(out, kind, body)
                }
            }),
        ),
        (
            "nothing after the sheets",
            rebuilt(&|kind, body, out| {
                if kind != 0x0084 {
                    keep(out, kind, body)
                }
            }),
        ),
        ("a sheet's name past its record", sheet_edited(&|b| b.get(..b.len() - 2).unwrap().to_vec())),
        ("a sheet's id past its record", sheet_edited(&|b| b.get(..10).unwrap().to_vec())),
        ("a sheet's state unknown", sheet_edited(&|b| [&7u32.to_le_bytes()[..], b.get(4..).unwrap()].concat())),
        (
            "a BrtWbProp of no byte",
            rebuilt(&|kind, body, out| {
                keep(out, kind, body);
                if kind == 0x0083 {
                    keep(out, 0x0099, &[]);
                }
            }),
        ),
    ] {
        let issues = errors(read("d.xlsb", &replace_part(&bytes, workbook_part, &part)));
        assert!(issues.len() == 1, "{case}: {issues:#?}");
        assert_refused_for_part(&issues, "d.xlsb", workbook_part, records_en, records_fr);
    }
    // No byte at all: the part is said empty.
    let issues = errors(read("d.xlsb", &replace_part(&bytes, workbook_part, &[])));
    assert_refused_for_part(&issues, "d.xlsb", workbook_part, "is empty", "est vide");
    // Relationships that do not say where Attestations is (its id unknown, a target that is no sheet's part), or
    // whose markup is malformed.
    let rels = String::from_utf8(part_of(&bytes, "xl/_rels/workbook.bin.rels")).unwrap();
    let rels_part = "xl/_rels/workbook.bin.rels";
    for (case, edited) in [
        ("an id unknown", rels.replacen("Id=\"rId2\"", "Id=\"rId9\"", 1)),
        ("a target of no sheet", rels.replacen("worksheets/sheet2.bin", "media/sheet2.bin", 1)),
    ] {
        let issues = errors(read("d.xlsb", &replace_part(&bytes, rels_part, edited.as_bytes())));
        assert_refused_for_part(&issues, "d.xlsb", rels_part, "does not say where the sheet", "ne dit pas où");
        assert!(issues.iter().all(|i| i.message_en.contains("“Attestations”")), "{case}: {issues:#?}");
        assert!(issues.iter().all(|i| i.message_fr.contains("«\u{a0}Attestations\u{a0}»")), "{case}: {issues:#?}");
    }
    // Cut inside a tag: no end to it.
    let malformed = rels.get(..rels.find("Target").unwrap()).unwrap();
    let issues = errors(read("d.xlsb", &replace_part(&bytes, rels_part, malformed.as_bytes())));
    assert_refused_for_part(&issues, "d.xlsb", rels_part, "XML markup", "balisage XML");
    // Whole, the same parts read.
    assert!(read("d.xlsb", &replace_part(&bytes, workbook_part, &rebuilt(&|k, b, out| keep(out, k, b)))).is_ok());
}

/// A sheet whose part is missing or damaged is refused at the sheet, naming the file and the sheet, in XLSB as in
/// XLSX (both named the sheet alone); a missing part of an XLSB sheet is named. The other sheets are read: each
/// sheet refused is its own refusal.
#[test]
fn a_sheet_whose_part_is_missing_or_damaged_is_refused_naming_the_file_and_the_sheet() {
    let bytes = xlsb(&declaration(X::Number(OCT_4, 3), X::Number(40.0, 0)), Some(styles()));
    let named = |issues: &[Issue], file: &str, sheet: &str, said_en: &str, said_fr: &str| {
        let e = error_at(issues, sheet);
        assert!(e.message_en.starts_with(&format!("The sheet “{sheet}” of {file} cannot be read: ")), "{e:?}");
        assert!(e.message_en.contains(said_en), "{e:?}");
        let fr = format!("La feuille «\u{a0}{sheet}\u{a0}» de {file} ne peut pas être lue\u{a0}: ");
        assert!(e.message_fr.starts_with(&fr) && e.message_fr.contains(said_fr), "{e:?}");
    };
    for (part, sheet) in [("xl/worksheets/sheet2.bin", "Attestations"), ("xl/worksheets/sheet3.bin", "PlacesOfWork")] {
        let issues = errors(read("d.xlsb", &without_part(&bytes, part)));
        assert_eq!(super::tests::places(&issues), vec![sheet], "{issues:#?}");
        named(
            &issues,
            "d.xlsb",
            sheet,
            &format!("its part “{part}” is missing"),
            &format!("«\u{a0}{part}\u{a0}» est absente"),
        );
    }
    // Both missing: each sheet its refusal.
    let both = without_part(&without_part(&bytes, "xl/worksheets/sheet2.bin"), "xl/worksheets/sheet3.bin");
    assert_eq!(super::tests::places(&errors(read("d.xlsb", &both))), vec!["Attestations", "PlacesOfWork"]);
    // Damaged: no byte, bytes of no record, a record claiming more than the part holds.
    for part in [&[][..], &[0x81, 0x01, 0x7F, 1][..], &[0x81, 0x01, 0xFF, 0xFF, 0x7F, 0][..]] {
        let issues = errors(read("r.xlsb", &replace_part(&bytes, "xl/worksheets/sheet3.bin", part)));
        named(&issues, "r.xlsb", "PlacesOfWork", "cannot be read", "ne peut pas");
    }
    // XLSX's own: a sheet part missing, empty, malformed.
    let xlsx = super::tests::workbook(false, |_| {});
    for damaged in [
        without_part(&xlsx, "xl/worksheets/sheet2.xml"),
        replace_part(&xlsx, "xl/worksheets/sheet2.xml", &[]),
        replace_part(&xlsx, "xl/worksheets/sheet2.xml", b"<worksheet><sheetData><row r=\"x\">"),
    ] {
        let issues = errors(read("x.xlsx", &damaged));
        named(&issues, "x.xlsx", "Attestations", "cannot be read", "ne peut pas");
    }
}
