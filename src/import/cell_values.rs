//! What a workbook's markup says a cell holds, checked against the file format's own rules before any value is
//! taken from it. A reader that is lenient with a malformed value changes what a supplier declared without a word:
//! calamine reads an XLSX number cell written `<v>55,5</v>` as the text `55,5` (which a number field would then
//! read as 55.5), a shared-string index `<v>abc</v>` as the first text of the workbook, and an ODS
//! `office:boolean-value="1"` as *false*. Each such cell is refused here, named, in both languages.
//!
//! The rules are the formats' own: ECMA-376 Part 1 §18.3.1.4 (a cell's `t` type and its `<v>` value: `n` an
//! `xsd:double`, `b` an `xsd:boolean`, `s` an index into the shared strings, `d` an ISO 8601 date, `inlineStr` its
//! text in `<is>`), and ODF 1.2 §19.385–19.389 (`office:value` an `xsd:double`, `office:boolean-value` an
//! `xsd:boolean`, `office:date-value` an `xsd:date` or `xsd:dateTime`).

use std::io::{BufReader, Cursor};

use quick_xml::events::{BytesStart, Event};

use super::grid::a1_place;
use crate::domain::{Issue, Message};

/// The most refused cells reported for one sheet: past it, the file is plainly not a spreadsheet's.
pub const MOST_REPORTED: usize = 20;

/// An `xsd:double` in its lexical form (XML Schema Part 2 §3.2.5: optional sign, digits with an optional decimal
/// point, optional exponent; surrounding white space collapsed), read as a finite number. `Err(true)`: a valid
/// lexical form that is not a finite number (`INF`, `-INF`, `NaN`, or beyond the range of a double); `Err(false)`:
/// not an `xsd:double` at all (`55,5`, `1 000`, `12abc`, `0x10`, `infinity`).
pub fn xsd_double(text: &str) -> Result<f64, bool> {
    let t = text.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r'));
    if matches!(t, "INF" | "+INF" | "-INF" | "NaN") {
        return Err(true);
    }
    // Rust's grammar for `f64` is the schema's, plus the words `inf`, `infinity` and `nan` in any case, which the
    // schema does not allow: only digits, signs, the point and the exponent letter are let through to it.
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.' | b'e' | b'E')) {
        return Err(false);
    }
    match t.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(v),
        Ok(_) => Err(true),
        Err(_) => Err(false),
    }
}

/// An `xsd:boolean`'s value, as calamine's XLSX reader reads it (`0`, `1`, `true`, `false`, any case).
fn xlsx_boolean(text: &str) -> bool {
    let t = text.trim();
    t == "0" || t == "1" || t.eq_ignore_ascii_case("true") || t.eq_ignore_ascii_case("false")
}

/// An ISO 8601 date, or date and time, as `xsd:date` / `xsd:dateTime` write it (`2026-03-31`,
/// `2026-03-31T10:00:00`, with or without a zone).
fn iso_date_value(text: &str) -> bool {
    let t = text.trim();
    let date = t.get(..10).unwrap_or(t);
    chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok() && date.len() == 10 && {
        let rest = t.get(10..).unwrap_or_default();
        rest.is_empty() || rest.starts_with('T') || rest.starts_with('Z') || rest.starts_with(['+', '-'])
    }
}

/// What is wrong with a cell's stored value (`intake.cell.malformed`), the type its cell says (`kind`: the key of
/// its words, `intake.cell.kind.*`). The value is shown as stored: white space around it is kept and said, as it may
/// be the whole fault (`<v> 1200 </v>`).
fn malformed(place: String, shown: &str, kind: &str) -> Issue {
    let stored: String = shown.chars().take(40).map(|c| if c.is_whitespace() { ' ' } else { c }).collect();
    let spaced = stored.trim() != stored && !stored.trim().is_empty();
    let stored = if spaced { stored } else { stored.trim().to_string() };
    let message = Message::new("intake.cell.malformed")
        .label("kind", kind)
        .text("stored", stored)
        .text("spaced", if spaced { "yes" } else { "no" });
    Issue::said_error(place, None, &message)
}

fn not_finite(place: String, shown: &str) -> Issue {
    let shown: String = shown.trim().chars().take(40).collect();
    Issue::said_error(place, None, &Message::new("intake.cell.not_finite").text("shown", shown))
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name || a.key.local_name().as_ref() == name)
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
}

/// The shared strings of an XLSX package (`xl/sharedStrings.xml`, ECMA-376 §18.4) as the check of its sheets needs
/// them: how many `<si>` items it holds (0 without the part), and, by index, the runs of each rich text (`<si><r>`)
/// that set a look of their own — a colour or a font too small to read — which may make part of a cell's text
/// invisible on the sheet ([`TextRuns`]). Read by `spreadsheet::Package::read`.
#[derive(Debug, Default)]
pub struct SharedStrings {
    pub count: usize,
    pub runs: rustc_hash::FxHashMap<u32, TextRuns>,
}

/// The runs of one rich text that set their own look, in order: each run's colour where it sets one (`rPr color`,
/// red, green, blue), whether its font is too small to read (`rPr sz` under `spreadsheet::SMALLEST_FONT` points),
/// and its text (at most [`RUN_TEXT`] characters). Runs of blank text are not kept.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct TextRuns(pub Vec<(Option<[u8; 3]>, bool, String)>);

/// The most characters of a run's text kept to quote it.
pub const RUN_TEXT: usize = 80;

/// Adds `more` to a run's quoted `text`, up to [`RUN_TEXT`] characters in all, and an ellipsis (`…`) once where
/// some of it is left out.
pub fn keep_run_text(text: &mut String, more: &str) {
    let room = RUN_TEXT.saturating_sub(text.chars().count());
    let mut rest = more.chars();
    text.extend(rest.by_ref().take(room));
    if rest.next().is_some() && !text.ends_with('…') {
        text.push('…');
    }
}

/// The most runs of a look of their own kept of a workbook's shared strings, and the most cells holding a hidden part
/// kept of an ODS table: 65,536 (at most about 20 MB of quoted text, whatever the file's size).
pub const MOST_RUNS: usize = 1 << 16;

impl TextRuns {
    /// The text of the runs a reader cannot see on a cell whose background is `fill` (`None` when it is not known: a
    /// pattern or a gradient; then only the runs too small to read): drawn too small, or in a colour that can hardly
    /// be told from the background (`spreadsheet::unseen_on`).
    pub fn unseen_of(runs: &[(Option<[u8; 3]>, bool, String)], fill: Option<[u8; 3]>) -> Vec<&str> {
        runs.iter()
            .filter(|(colour, tiny, _)| {
                *tiny || colour.zip(fill).is_some_and(|(c, f)| super::spreadsheet::unseen_on(c, f))
            })
            .map(|(_, _, text)| text.as_str())
            .collect()
    }
}

/// The cell being read by [`check_xlsx_sheet`]: its place, its type, its style, and the text of its `<v>`.
struct XlsxCell {
    pos: (u32, u32),
    t: Option<String>,
    s: Option<u32>,
    value: Option<String>,
    in_v: bool,
    /// The runs of an inline rich text (`<is><r>`) that set a look of their own, as [`SharedStrings`]' are read.
    runs: Vec<(Option<[u8; 3]>, bool, String)>,
    /// The inline run being read, and whether its properties or its text are open.
    run: Option<(Option<[u8; 3]>, bool, String)>,
    in_rpr: bool,
    in_t: bool,
}

/// The cell styles of a workbook (indexes into `cellXfs`, a cell's `s`) whose number format changes what a number
/// means: a percent format (the number is a fraction), or a duration or time of day (the number is no date).
#[derive(Debug, Default)]
pub struct NumberStyles {
    /// Percent formats.
    pub percent: rustc_hash::FxHashSet<u32>,
    /// Durations and times of day without a date (`[h]:mm`, `mm:ss`, `h:mm`).
    pub clock: rustc_hash::FxHashSet<u32>,
    /// Formats that show a number otherwise than as its digits (`00000`, `000000000"RT0001"`, `#,##0`).
    pub padded: rustc_hash::FxHashMap<u32, std::sync::Arc<super::number_format::NumberFormat>>,
    /// Formats whose text section shows something else than a text cell's text: the code, and what it shows
    /// (nothing when the section is empty), by style.
    pub text_shown: rustc_hash::FxHashMap<u32, (String, String)>,
    /// Date formats, with their code (`mmm-yy`), to name them where a date stands for a number.
    pub dated: rustc_hash::FxHashMap<u32, String>,
    /// Styles whose text is white on no fill (or a white one): what a cell of them holds is invisible on the sheet,
    /// as a hidden row's is (XLSX and XLSB; an ODS workbook's cell styles are read by the walk of its content).
    pub invisible: rustc_hash::FxHashSet<u32>,
    /// Each cell style's background (`cellXfs` `xf` → `fills`, by index, at most 65,536): white with no fill, `None`
    /// where it is not known (a pattern other than solid, a gradient). Empty without a styles part (all white).
    pub fills: Vec<Option<[u8; 3]>>,
    /// XLSB only: each font of `styles.bin` (`BrtFont`, by index) as a rich text's run draws it — its colour and
    /// whether it is too small to read — for the runs of rich texts (`StrRun`'s `ifnt`).
    pub fonts: Vec<([u8; 3], bool)>,
    /// The workbook's theme colours (`spreadsheet::Palette`), for the colours of inline rich texts' runs.
    pub palette: [Option<[u8; 3]>; 12],
    /// Differential formats (`dxfs`, ECMA-376 §18.8.17; a conditional format's `cfRule dxfId` is an index into them)
    /// that hide a cell's text when their rule holds: a font colour that can hardly be told from the format's fill (or
    /// from white, where it sets none; black where it sets a fill and no font colour), or a number format of empty
    /// sections only (`;;;`). XLSX and XLSB (`BrtDXF`).
    pub hiding_formats: rustc_hash::FxHashSet<u32>,
}

/// A range of cells: its first and last (row, column), 0-based and inclusive.
pub type CellRange = ((u32, u32), (u32, u32));

/// What [`check_xlsx_sheet`] found in a sheet part.
#[derive(Debug, Default)]
pub struct XlsxChecked {
    /// The refused cells, at most [`MOST_REPORTED`].
    pub refused: Vec<Issue>,
    /// The number cells whose style shows a percentage (`(row, column)`, 0-based).
    pub percent: Vec<(u32, u32)>,
    /// The number cells whose style shows a duration or a time of day (`(row, column)`, 0-based).
    pub clock: Vec<(u32, u32)>,
    /// The number cells whose style shows them otherwise than as their digits, with the format.
    pub padded: Vec<((u32, u32), std::sync::Arc<super::number_format::NumberFormat>)>,
    /// The number cells whose style is a date format, with its code.
    pub dated: Vec<((u32, u32), String)>,
    /// The rows the sheet hides (`<row hidden="1">`, or a height of zero, `<row ht="0">` or a custom height not given,
    /// `<row customHeight="1">`: invisible alike; 0-based),
    /// at most `max_percent` of them.
    pub hidden_rows: Vec<u32>,
    /// The column ranges the sheet hides (`<col min max hidden="1">`, or a width of zero), 0-based and inclusive, at
    /// most `max_percent` of them.
    pub hidden_columns: Vec<(u32, u32)>,
    /// The rows holding a value in a style whose text is invisible (white on white, [`NumberStyles::invisible`]),
    /// 0-based, in order, at most `max_percent` of them.
    pub invisible_rows: Vec<u32>,
    /// The ranges of a conditional format whose rule can hide their text ([`NumberStyles::hiding_formats`]): first
    /// and last (row, column), 0-based and inclusive, as the sheet's `sqref` writes them, at most `max_percent`.
    pub hiding_ranges: Vec<CellRange>,
    /// The cells holding a rich text part of which cannot be seen on the cell's background ([`TextRuns::unseen_of`]),
    /// with that part's text, in order, at most `max_percent` (and [`MOST_RUNS`]) of them.
    pub hidden_runs: Vec<HiddenRun>,
    /// The sheet's merged ranges, as calamine reads them (`Xlsx::merge_cells_by_sheet_name`: each `<mergeCell ref>`
    /// of the first `<mergeCells>`, in order) — read in the same walk, so that the sheet's part is not inflated and
    /// parsed a second time for them (a quarter of a second at 100,000 rows, on the reading's own thread). `None`
    /// when this walk cannot be sure to read what calamine reads (a reference not written plainly as `A1` or `A1:B2`,
    /// an attribute or the XML not read, the walk stopped early): the caller then asks
    /// calamine, whose answer, or refusal, stands.
    pub merges: Option<Vec<CellRange>>,
    /// The first merged range's `ref` this walk could not read, as written (at most 64 characters): what a refusal
    /// names when calamine cannot read it either.
    pub merge_unread: Option<String>,
}

/// Where [`check_xlsx_sheet`]'s walk is in the sheet's merged ranges (see [`XlsxChecked::merges`]).
enum MergeWalk {
    /// No `<mergeCells>` yet.
    Before,
    /// Inside the first `<mergeCells>`: the ranges read so far.
    Inside(Vec<CellRange>),
    /// After it: every range.
    Done(Vec<CellRange>),
    /// A range this walk cannot read as calamine would, with its `ref` as written when it had one.
    Unsure(Option<String>),
    /// A second `<mergeCells>`: the schema allows one (ECMA-376 §18.3.1.99, `CT_Worksheet`), calamine reads the first
    /// only, and the cells the second covers would be read as their hidden values. Damage.
    Twice,
}

impl MergeWalk {
    /// An element opened (`<mergeCells>`, a `<mergeCell>`) or written `empty` (`<mergeCells/>`, `<mergeCell …/>`).
    fn element(&mut self, e: &BytesStart<'_>, empty: bool) {
        match (e.local_name().as_ref(), &mut *self) {
            ("mergeCells", MergeWalk::Before) => {
                *self = if empty { MergeWalk::Done(Vec::new()) } else { MergeWalk::Inside(Vec::new()) }
            }
            ("mergeCells", MergeWalk::Done(_) | MergeWalk::Unsure(_)) => *self = MergeWalk::Twice,
            ("mergeCell", MergeWalk::Inside(ranges)) => match plain_range(e) {
                Ok(Some(range)) => ranges.push(range),
                // calamine skips a merge without a reference.
                Ok(None) => {}
                Err(written) => *self = MergeWalk::Unsure(written),
            },
            _ => {}
        }
    }

    /// `</mergeCells>` seen.
    fn closed(&mut self) {
        if let MergeWalk::Inside(ranges) = self {
            *self = MergeWalk::Done(std::mem::take(ranges));
        }
    }

    /// The ranges, when the walk read the whole part (`whole`) and is sure of them.
    fn ranges(self, whole: bool) -> Option<Vec<CellRange>> {
        match self {
            MergeWalk::Before if whole => Some(Vec::new()),
            MergeWalk::Done(ranges) if whole => Some(ranges),
            _ => None,
        }
    }
}

/// A `<mergeCell>`'s `ref` (its raw text, as calamine takes it) read as a range, when it is written plainly: one cell
/// or two joined by `:`, each capital letters then a row number with no leading zero, within a sheet's bounds.
/// `Ok(None)` without `ref`; `Err` for anything else (left to calamine), with the `ref` as written when it was read.
fn plain_range(e: &BytesStart<'_>) -> Result<Option<CellRange>, Option<String>> {
    let mut found = None;
    for a in e.attributes() {
        let a = a.map_err(|_| None)?;
        if found.is_none() && a.key.as_ref() == "ref" {
            found = Some(a.value);
        }
    }
    let Some(value) = found else { return Ok(None) };
    // The value as written: an entity in it is left to calamine (which reads it raw, and refuses it).
    let text: &str = &value;
    plain_a1_range(text).map(Some).map_err(|()| Some(text.chars().take(64).collect()))
}

/// A range written plainly (see [`plain_range`]), first and last cell 0-based.
fn plain_a1_range(text: &str) -> Result<CellRange, ()> {
    let cell = |t: &str| {
        // Written plainly: capital letters, a row number with no leading zero (calamine reads other spellings its own
        // way), within the grid.
        let row = t.trim_start_matches(|c: char| c.is_ascii_alphabetic());
        let plain =
            t.bytes().take_while(u8::is_ascii_alphabetic).all(|b| b.is_ascii_uppercase()) && !row.starts_with('0');
        super::grid::a1_position(t)
            .filter(|&(row, col)| plain && row <= super::grid::LAST_ROW && col <= super::grid::LAST_COLUMN)
            .ok_or(())
    };
    let mut parts = text.split(':');
    let start = cell(parts.next().ok_or(())?)?;
    let end = match parts.next() {
        Some(t) => cell(t)?,
        None => start,
    };
    if parts.next().is_some() {
        return Err(());
    }
    // A range that ends before it starts is kept as written: calamine reads it so (its count of rows wraps), and
    // the sheet refuses it as damage (`SheetBuilder::merge`).
    Ok((start, end))
}

/// A cell (row, column, 0-based) holding a text part of which cannot be seen, with that part.
pub type HiddenRun = ((u32, u32), String);

/// White, the background of a cell with no fill.
const WHITE: [u8; 3] = [255, 255, 255];

/// Checks every cell of an XLSX sheet part against its type (ECMA-376 §18.3.1.4), placing cells as calamine's cell
/// reader does (`r` when given, else the next column of the row), and finds the number cells whose style (`s`) is
/// one of `styles.percent` or `styles.clock` (at most `max_percent` of each: a sheet holds no more cells). An unreadable part gives nothing (the reader itself then refuses the sheet).
pub fn check_xlsx_sheet(
    bytes: &[u8],
    part: &str,
    sheet: &str,
    strings: &SharedStrings,
    styles: &NumberStyles,
    max_percent: usize,
) -> XlsxChecked {
    let mut found = XlsxChecked::default();
    let out = &mut found.refused;
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else { return found };
    let Ok(entry) = archive.by_name(part) else { return found };
    let mut xml = quick_xml::Reader::from_reader(BufReader::new(entry));
    let mut buf = Vec::new();
    let (mut row, mut col) = (0u32, 0u32);
    let mut cell: Option<XlsxCell> = None;
    // The cells of the conditional format being read (its `sqref`).
    let mut sqref: Option<String> = None;
    let (mut merges, mut whole) = (MergeWalk::Before, false);
    loop {
        let ev = match xml.read_event_into(&mut buf) {
            Ok(Event::Eof) => {
                whole = true;
                break;
            }
            Err(_) => break,
            Ok(ev) => ev,
        };
        match &ev {
            Event::Start(e) => merges.element(e, false),
            Event::Empty(e) => merges.element(e, true),
            Event::End(e) if e.local_name().as_ref() == "mergeCells" => merges.closed(),
            _ => {}
        }
        match ev {
            Event::Start(e) => match e.local_name().as_ref() {
                "row" => {
                    if let Some(r) = attr(&e, "r").and_then(|r| r.trim().parse::<u32>().ok()) {
                        row = r.saturating_sub(1);
                    }
                    // A custom height with no height given draws the row with none (openpyxl writes a height of
                    // zero so): as invisible as a hidden row.
                    let ht = attr(&e, "ht");
                    let no_height = ht.is_none() && is_true(attr(&e, "customHeight"));
                    if (is_true(attr(&e, "hidden")) || below(ht, LOWEST_ROW) || no_height)
                        && found.hidden_rows.len() < max_percent
                    {
                        found.hidden_rows.push(row);
                    }
                }
                "col" => hidden_column(&e, &mut found.hidden_columns, max_percent),
                "conditionalFormatting" => sqref = attr(&e, "sqref"),
                "cfRule" => hiding_rule(&e, sqref.as_deref(), styles, &mut found.hiding_ranges, max_percent),
                "c" => {
                    let pos = match attr(&e, "r").and_then(|r| super::grid::a1_position(&r)) {
                        Some((r, c)) => {
                            col = c;
                            (r, c)
                        }
                        None => (row, col),
                    };
                    let s = attr(&e, "s").and_then(|s| s.trim().parse::<u32>().ok());
                    cell = Some(XlsxCell {
                        pos,
                        t: attr(&e, "t"),
                        s,
                        value: None,
                        in_v: false,
                        runs: Vec::new(),
                        run: None,
                        in_rpr: false,
                        in_t: false,
                    });
                }
                "v" => {
                    if let Some(c) = cell.as_mut() {
                        c.in_v = true;
                        c.value.get_or_insert_with(String::new);
                    }
                }
                // An inline rich text's run (openpyxl writes rich text so): read as a shared string's.
                "r" => {
                    if let Some(c) = cell.as_mut() {
                        c.run = Some((None, false, String::new()));
                    }
                }
                "rPr" => {
                    if let Some(c) = cell.as_mut() {
                        c.in_rpr = c.run.is_some();
                    }
                }
                "t" => {
                    if let Some(c) = cell.as_mut() {
                        c.in_t = c.run.is_some();
                    }
                }
                name @ ("color" | "sz") => {
                    if let Some(c) = cell.as_mut().filter(|c| c.in_rpr) {
                        super::spreadsheet::run_look(&e, name, &styles.palette, &mut c.run);
                    }
                }
                _ => {}
            },
            Event::Empty(e) if e.local_name().as_ref() == "col" => {
                hidden_column(&e, &mut found.hidden_columns, max_percent)
            }
            Event::Empty(e) if matches!(e.local_name().as_ref(), "color" | "sz") => {
                if let Some(c) = cell.as_mut().filter(|c| c.in_rpr) {
                    let name = if e.local_name().as_ref() == "sz" { "sz" } else { "color" };
                    super::spreadsheet::run_look(&e, name, &styles.palette, &mut c.run);
                }
            }
            Event::Empty(e) if e.local_name().as_ref() == "cfRule" => {
                hiding_rule(&e, sqref.as_deref(), styles, &mut found.hiding_ranges, max_percent)
            }
            Event::Text(t) => {
                if let Some(c) = cell.as_mut().filter(|c| c.in_v)
                    && let Some(v) = c.value.as_mut()
                {
                    v.push_str(&t.xml10_content());
                }
                if let Some((_, _, text)) = cell.as_mut().filter(|c| c.in_t).and_then(|c| c.run.as_mut()) {
                    keep_run_text(text, &t.xml10_content());
                }
            }
            Event::GeneralRef(r) => {
                if let Some(c) = cell.as_mut().filter(|c| c.in_v)
                    && let Some(v) = c.value.as_mut()
                {
                    // An entity in a value: kept as written, which no number, index or boolean spells.
                    v.push('&');
                    v.push_str(r.as_ref());
                    v.push(';');
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "rPr" | "t" => {
                    if let Some(c) = cell.as_mut() {
                        (c.in_rpr, c.in_t) = (false, false);
                    }
                }
                "r" => {
                    if let Some(c) = cell.as_mut()
                        && let Some(run) = c.run.take()
                        && (run.0.is_some() || run.1)
                        && !run.2.trim().is_empty()
                        && c.runs.len() < 64
                    {
                        c.runs.push(run);
                    }
                }
                "v" => {
                    if let Some(c) = cell.as_mut() {
                        c.in_v = false;
                    }
                }
                "c" => {
                    if let Some(c) = cell.take() {
                        // A value written in white on white: read, but invisible on the sheet.
                        let holds = c.value.as_deref().is_some_and(|v| !v.trim().is_empty())
                            || c.t.as_deref() == Some("inlineStr");
                        if holds
                            && c.s.is_some_and(|s| styles.invisible.contains(&s))
                            && found.invisible_rows.last() != Some(&c.pos.0)
                            && found.invisible_rows.len() < max_percent
                        {
                            found.invisible_rows.push(c.pos.0);
                        }
                        // Part of a rich text (inline, or shared by its index) drawn so that it cannot be seen:
                        // read with the rest of the text.
                        let shared = || {
                            let i = c.value.as_deref()?.trim().parse::<u32>().ok()?;
                            strings.runs.get(&i).map(|r| r.0.as_slice())
                        };
                        let runs = if c.runs.is_empty() && c.t.as_deref() == Some("s") {
                            shared()
                        } else {
                            Some(c.runs.as_slice())
                        };
                        if let Some(runs) = runs.filter(|r| !r.is_empty())
                            && found.hidden_runs.len() < max_percent.min(MOST_RUNS)
                        {
                            let fill = styles.fills.get(c.s.unwrap_or(0) as usize).copied().unwrap_or(Some(WHITE));
                            let unseen = TextRuns::unseen_of(runs, fill);
                            if !unseen.is_empty() {
                                found.hidden_runs.push((c.pos, unseen.join(" ")));
                            }
                        }
                        if let Some(issue) = check_xlsx_cell(&c, sheet, strings.count) {
                            out.push(issue);
                            if out.len() >= MOST_REPORTED {
                                break;
                            }
                        } else if matches!(c.t.as_deref(), Some("s" | "inlineStr" | "str"))
                            && let Some((code, shown)) = c.s.and_then(|s| styles.text_shown.get(&s))
                        {
                            // A text the sheet does not show: its format's text section replaces or hides it.
                            let place = a1_place(sheet, c.pos.0 as usize, c.pos.1 as usize);
                            let key = if shown.is_empty() {
                                "intake_cells.text_format_hidden"
                            } else {
                                "intake_cells.text_format"
                            };
                            let code = &super::number_format::shown_code(code);
                            let (en, fr) =
                                super::cell_words::say(key, &[("format", code, code), ("shown", shown, shown)]);
                            out.push(Issue::error(place, None, en, fr));
                            if out.len() >= MOST_REPORTED {
                                break;
                            }
                        } else if c.t.as_deref() == Some("d")
                            && let Some(code) = c.s.and_then(|s| styles.dated.get(&s))
                        {
                            // A date stored as ISO 8601 text (`t="d"`): its format says what the sheet shows of it.
                            if found.dated.len() < max_percent {
                                found.dated.push((c.pos, code.clone()));
                            }
                        } else if matches!(c.t.as_deref(), None | Some("n"))
                            && let Some(s) = c.s
                        {
                            if found.percent.len() < max_percent && styles.percent.contains(&s) {
                                found.percent.push(c.pos);
                            } else if found.clock.len() < max_percent && styles.clock.contains(&s) {
                                found.clock.push(c.pos);
                            }
                            if let Some(code) = styles.dated.get(&s)
                                && found.dated.len() < max_percent
                            {
                                found.dated.push((c.pos, code.clone()));
                            }
                            // A percent cell keeps its format too: what it shows of a share is judged by it.
                            if let Some(format) = styles.padded.get(&s)
                                && found.padded.len() < max_percent
                            {
                                found.padded.push((c.pos, format.clone()));
                            }
                        }
                    }
                    col = col.saturating_add(1);
                }
                "row" => {
                    row = row.saturating_add(1);
                    col = 0;
                }
                _ => {}
            },
            _ => {}
        }
        buf.clear();
    }
    if let MergeWalk::Unsure(Some(written)) = &merges {
        found.merge_unread = Some(written.clone());
    }
    if matches!(merges, MergeWalk::Twice) {
        let m = Message::new("intake.sheet.merges_twice");
        found.refused.insert(0, Issue::said_error(sheet, None, &m));
    }
    found.merges = merges.ranges(whole);
    found
}

/// The ranges of a conditional format's rule (`cfRule`, inside `conditionalFormatting sqref="A2:B9 D4"`) whose
/// differential format can hide text ([`NumberStyles::hiding_formats`]), added to `ranges` (at most `most`). A range
/// that does not read as A1 references is left out.
fn hiding_rule(
    e: &quick_xml::events::BytesStart<'_>,
    sqref: Option<&str>,
    styles: &NumberStyles,
    ranges: &mut Vec<CellRange>,
    most: usize,
) {
    let hides =
        attr(e, "dxfId").and_then(|d| d.trim().parse::<u32>().ok()).is_some_and(|d| styles.hiding_formats.contains(&d));
    if !hides {
        return;
    }
    for range in sqref.unwrap_or_default().split_whitespace() {
        let (first, last) = range.split_once(':').unwrap_or((range, range));
        if let (Some(a), Some(b)) = (super::grid::a1_position(first), super::grid::a1_position(last))
            && ranges.len() < most
            && !ranges.contains(&(a, b))
        {
            ranges.push((a, b));
        }
    }
}

/// An attribute of the schema's boolean type that says true (`1` or `true`).
pub(super) fn is_true(v: Option<String>) -> bool {
    v.is_some_and(|h| h.trim() == "1" || h.trim() == "true")
}

/// The lowest row, in points, whose text shows: a row of 0.75 point (one pixel) draws nothing of it, as a hidden row.
/// The smallest font a reader makes out is 4 points; a row under 4 points shows no line of text.
pub(super) const LOWEST_ROW: f64 = 4.0;

/// The narrowest column, in characters of the workbook's default font, whose text shows: under half a character a
/// column shows no letter of it (a `width` of 0.1).
pub(super) const NARROWEST_COLUMN: f64 = 0.5;

/// A height or width attribute under `least`: the row or column is drawn with too little room for its text, invisible
/// as if hidden (zero included).
fn below(v: Option<String>, least: f64) -> bool {
    v.and_then(|h| h.trim().parse::<f64>().ok()).is_some_and(|h| h < least)
}

/// Records the columns a `<col>` element hides (`hidden="1"`, or a `width` under [`NARROWEST_COLUMN`]; `min` and
/// `max` are 1-based).
fn hidden_column(e: &BytesStart<'_>, out: &mut Vec<(u32, u32)>, most: usize) {
    if !(is_true(attr(e, "hidden")) || below(attr(e, "width"), NARROWEST_COLUMN)) || out.len() >= most {
        return;
    }
    let bound = |name: &str| attr(e, name).and_then(|v| v.trim().parse::<u32>().ok()).filter(|&v| v >= 1);
    if let (Some(min), Some(max)) = (bound("min"), bound("max")) {
        out.push((min - 1, max.max(min) - 1));
    }
}

fn check_xlsx_cell(c: &XlsxCell, sheet: &str, shared_strings: usize) -> Option<Issue> {
    let place = || a1_place(sheet, c.pos.0 as usize, c.pos.1 as usize);
    let v = c.value.as_deref().unwrap_or_default();
    let blank = v.trim().is_empty();
    match c.t.as_deref() {
        // White space around a number is allowed by the schema but refused by the reader (`t="n"`) or read as
        // text (no `t`): no spreadsheet writes it, so it is refused here, at its cell.
        None | Some("n") if !blank => match xsd_double(v) {
            Ok(_) if v.trim() == v => None,
            Ok(_) => Some(malformed(place(), v, "intake.cell.kind.number")),
            Err(true) => Some(not_finite(place(), v)),
            Err(false) => Some(malformed(place(), v, "intake.cell.kind.number")),
        },
        Some("b") if !blank && !xlsx_boolean(v) => Some(malformed(place(), v, "intake.cell.kind.boolean")),
        Some("s") if !blank => {
            let t = v.trim();
            match t.parse::<usize>() {
                Ok(i) if t.bytes().all(|b| b.is_ascii_digit()) && i < shared_strings => None,
                _ => Some(malformed(place(), v, "intake.cell.kind.shared_text")),
            }
        }
        Some("d") if !blank && !iso_date_value(v) => Some(malformed(place(), v, "intake.cell.kind.date")),
        // The value of an inline text is in `<is>`: a `<v>` beside it is dropped by readers, so a value would be
        // lost without a word.
        Some("inlineStr") if !blank => Some(malformed(place(), v, "intake.cell.kind.inline_text")),
        None | Some("n" | "b" | "s" | "d" | "inlineStr" | "e" | "str") => None,
        Some(other) => Some(malformed(place(), other, "intake.cell.kind.unknown")),
    }
}

/// Checks the value attributes of one ODS `table:table-cell` element (ODF 1.2 §19.385–19.389). `place` names the
/// cell.
pub fn check_ods_cell(e: &BytesStart<'_>, place: impl FnOnce() -> String) -> Option<Issue> {
    let value_type = attr(e, "office:value-type");
    if let Some(v) = attr(e, "office:value") {
        return match xsd_double(&v) {
            Ok(_) => None,
            Err(true) => Some(not_finite(place(), &v)),
            Err(false) => Some(malformed(place(), &v, "intake.cell.kind.number")),
        };
    }
    match value_type.as_deref() {
        Some("float" | "percentage" | "currency") => Some(malformed(place(), "", "intake.cell.kind.number")),
        Some("boolean") => match attr(e, "office:boolean-value") {
            // calamine reads `true`/`TRUE` as true and anything else as false: `1` (true to the schema) would be
            // read false, so only the words are taken.
            Some(b) if matches!(b.as_str(), "true" | "TRUE" | "false" | "FALSE") => None,
            b => Some(malformed(place(), &b.unwrap_or_default(), "intake.cell.kind.boolean_words")),
        },
        Some("date") => match attr(e, "office:date-value") {
            Some(d) if iso_date_value(&d) => None,
            d => Some(malformed(place(), &d.unwrap_or_default(), "intake.cell.kind.date")),
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xsd_doubles_are_the_schemas_and_no_other() {
        for (s, v) in [
            ("55.5", 55.5),
            (" 12 ", 12.0),
            ("-0.5", -0.5),
            ("+3", 3.0),
            (".5", 0.5),
            ("1.", 1.0),
            ("1E3", 1000.0),
            ("2.5e-1", 0.25),
        ] {
            assert_eq!(xsd_double(s), Ok(v), "{s}");
        }
        for s in [
            "55,5", "1 000", "1,250.5", "12abc", "0x10", "infinity", "inf", "nan", "", " ", "1e", "--1", "1.2.3", "١٢",
            "５５",
        ] {
            assert_eq!(xsd_double(s), Err(false), "{s}");
        }
        for s in ["INF", "-INF", "NaN", "1e400"] {
            assert_eq!(xsd_double(s), Err(true), "{s}");
        }
    }

    #[test]
    fn a_cell_refused_for_its_stored_value_is_said_in_both_languages_by_the_catalogues() {
        let xml = |t: &str, v: &str| XlsxCell {
            pos: (3, 1),
            t: Some(t.to_string()),
            s: None,
            value: Some(v.to_string()),
            in_v: false,
            runs: Vec::new(),
            run: None,
            in_rpr: false,
            in_t: false,
        };
        let issue = check_xlsx_cell(&xml("n", " 1 200 "), "Supplier", 0).unwrap();
        assert_eq!(issue.location, "Supplier!B4");
        assert_eq!(
            issue.message_en,
            "The workbook stores this cell as a number, but its stored value “ 1 200 ” (with white space before or \
             after it) is not one: a spreadsheet program never writes it so, and reading it would be a guess. Retype \
             the value in your spreadsheet program, save the file again and send it."
        );
        assert!(
            issue.message_fr.starts_with(
                "Le classeur enregistre cette cellule comme un nombre, mais sa valeur enregistrée «\u{a0} 1 200 \u{a0}» \
                 (avec des espaces avant ou après) ne correspond pas à ce type\u{a0}: un tableur"
            ),
            "{}",
            issue.message_fr
        );
        // Said whatever the gender of the kind in French (« une date », « un nombre »): never « n'en est pas un ».
        assert!(!issue.message_fr.contains("n'en est pas"), "{}", issue.message_fr);
        let issue = check_xlsx_cell(&xml("b", "oui"), "Supplier", 0).unwrap();
        assert!(issue.message_fr.contains("ne correspond pas à ce type"), "{}", issue.message_fr);
        assert!(
            issue.message_en.contains("as TRUE or FALSE (0 or 1), but its stored value “oui” is not one"),
            "{issue:?}"
        );
        assert!(issue.message_fr.contains(
            "comme une valeur VRAI ou FAUX (0 ou 1), mais sa valeur enregistrée «\u{a0}oui\u{a0}» ne correspond"
        ));
        let issue = check_xlsx_cell(&xml("n", "NaN"), "Supplier", 0).unwrap();
        assert_eq!(
            issue.message_en,
            "The number stored in this cell (“NaN”) is not a finite number: type the value itself"
        );
        assert_eq!(
            issue.message_fr,
            "Le nombre enregistré dans cette cellule («\u{a0}NaN\u{a0}») n'est pas un nombre fini\u{a0}: saisissez la valeur elle-même"
        );
    }

    #[test]
    fn iso_dates_are_the_schemas() {
        assert!(iso_date_value("2026-03-31"));
        assert!(iso_date_value("2026-03-31T10:00:00Z"));
        for s in ["31/03/2026", "2026-02-30", "55", "2026-3-31", "2026-03-31x"] {
            assert!(!iso_date_value(s), "{s}");
        }
    }
}
