//! Workbooks → sheet grid through calamine, at a cost that follows the data:
//!
//! - **XLSX/XLSM** and **XLSB** are streamed cell by cell (calamine's cell readers); nothing proportional to a
//!   sheet's used rectangle is ever allocated, so a stray value at `XFD1048576` costs one cell.
//! - **ODS** is read without calamine, whose ODS reader builds each table's rectangle (repeated rows and columns
//!   expanded) when the file is opened: one walk of `content.xml` with quick-xml reads the filled cells of the
//!   sheets of the format sparsely ([`super::ods_cells`], a repeated cell kept once with its repeats), counts the
//!   filled cells (each repeat of one a cell) against the limits and refuses at the cell that crosses one, and reads
//!   what changes how a cell is read: states, merges, the styles that show a number as a percentage, a time, with
//!   zeros or as a date, and those that hide a table, its rows or columns. Blank rows and columns cost nothing.
//! - **XLS** (Excel 97–2003) is refused: calamine can read it only into a dense rectangle (up to 65,536 × 256
//!   cells, about 1 GiB with its formulas), and the format of the declaration names XLSX, XLSM and ODS.
//!
//! A cell's *state* is never read as a value: error values stay [`Cell::Error`] and formulas without a calculated
//! result become [`Cell::Uncalculated`]; merged ranges are recorded with their sheet.

use std::collections::HashMap;
use std::io::{BufReader, Cursor};
use std::sync::Arc;

use calamine::{Data, DataRef, Reader, XlsxError};
use quick_xml::events::{BytesStart, Event};

use super::Limits;
use super::cell_values;
use super::grid::{
    Budget, Cell, Formatted, Merge, SavedText, Sheet, SheetBuilder, Style, Visibility, Workbook, a1_place,
};
use super::number_format::{NumberFormat, OdsNumberStyle as NumberStyleReading, OdsSection};
use super::ods_cells::{OdsCellReader, OdsRun};
use super::parse::{SheetRole, sheet_role};
use crate::domain::{Issue, Message};

/// A number shown as a duration (`[h]:mm`): whole hours, then minutes (`288:00` for 12 days), as a spreadsheet
/// shows it; the sign kept. What a refusal quotes of a duration or time-formatted cell.
pub(super) fn clock_text(days: f64) -> String {
    if !days.is_finite() || days.abs() > 1e12 {
        return days.to_string();
    }
    let minutes = (days.abs() * 24.0 * 60.0).round() as u64;
    let sign = if days < 0.0 && minutes > 0 { "-" } else { "" };
    format!("{sign}{}:{:02}", minutes / 60, minutes % 60)
}

/// A date-time cell's value: a duration (calamine's `TimeDelta`, formats such as `[h]:mm`) is [`Cell::Duration`],
/// never a date; a date keeps its time of day.
fn date_time_cell(dt: &calamine::ExcelDateTime) -> Cell {
    if dt.is_duration() {
        return Cell::Duration(clock_text(dt.as_f64()));
    }
    match dt.as_datetime() {
        Some(x) => Cell::Date(x),
        None => Cell::Number(dt.as_f64()),
    }
}

fn data_cell(d: DataRef<'_>) -> Cell {
    match d {
        DataRef::Empty => Cell::Empty,
        DataRef::String(s) => Cell::text_or_error(s),
        DataRef::SharedString(s) => Cell::text_or_error(s.to_string()),
        DataRef::Int(i) => Cell::Number(i as f64),
        DataRef::Float(f) => Cell::Number(f),
        DataRef::Bool(b) => Cell::Bool(b),
        DataRef::DateTime(dt) => date_time_cell(&dt),
        DataRef::DateTimeIso(s) => Cell::Text(s),
        DataRef::DurationIso(s) => Cell::Duration(s),
        DataRef::Error(e) => Cell::Error(error_name(&e)),
    }
}

/// The name of an error value calamine read, as spreadsheets write it: calamine's own text says `#DATA!` for
/// `#GETTING_DATA`, which is another error (a Python in Excel one).
fn error_name(e: &calamine::CellErrorType) -> String {
    match e {
        calamine::CellErrorType::GettingData => "#GETTING_DATA".to_string(),
        other => other.to_string(),
    }
}

fn owned_cell(d: &Data) -> Cell {
    match d {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::text_or_error(s.clone()),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(dt) => date_time_cell(dt),
        Data::DateTimeIso(s) => Cell::Text(s.clone()),
        Data::DurationIso(s) => Cell::Duration(s.clone()),
        Data::Error(e) => Cell::Error(error_name(e)),
    }
}

/// What a reader's error says went wrong, in our words (the key of a message of the catalogues,
/// `intake.workbook.cause.*`): the library's own text goes to the log only, never into a refusal (it is English, and
/// speaks of the library's insides).
fn cause(detail: &str) -> &'static str {
    let d = detail.to_ascii_lowercase();
    if d.contains("zip")
        || d.contains("eocd")
        || d.contains("archive")
        || d.contains("io error")
        || d.contains("deflate")
    {
        "intake.workbook.cause.archive"
    } else if d.contains("entity") {
        "intake.workbook.cause.entities"
    } else if d.contains("xml") || d.contains("eof") || d.contains("unexpected") || d.contains("node") {
        "intake.workbook.cause.xml"
    } else if d.contains("parse") || d.contains("integer") || d.contains("float") || d.contains("digit") {
        "intake.workbook.cause.number"
    } else if d.contains("not found") || d.contains("missing") || d.contains("no content") {
        "intake.workbook.cause.missing"
    } else if d.contains("password") || d.contains("encrypt") {
        "intake.workbook.cause.password"
    } else {
        "intake.workbook.cause.other"
    }
}

fn damaged(file_name: &str, detail: impl std::fmt::Display) -> Issue {
    let detail = detail.to_string();
    tracing::info!(file = file_name, detail = %detail, "workbook refused as damaged");
    Issue::said_error(file_name, None, &Message::new("intake.workbook.damaged").label("cause", cause(&detail)))
}

/// A sheet of the workbook `file_name` that cannot be read, at the sheet, naming the file and the sheet; the cause is
/// said from the reader's error, `detail`, as a workbook's is ([`cause`]).
fn sheet_damaged(file_name: &str, sheet: &str, detail: impl std::fmt::Display) -> Issue {
    let detail = detail.to_string();
    tracing::info!(file = file_name, sheet, detail = %detail, "sheet refused as damaged");
    sheet_refused(file_name, sheet, Message::new(cause(&detail)))
}

/// A sheet of the workbook `file_name` refused for `cause` (a message of `intake.workbook.cause.*`), at the sheet.
fn sheet_refused(file_name: &str, sheet: &str, cause: Message) -> Issue {
    let m =
        Message::new("intake.workbook.sheet_damaged").text("sheet", sheet).text("file", file_name).said("cause", cause);
    Issue::said_error(sheet, None, &m)
}

/// The cause of a refusal that names the part of the package to blame ([`super::xlsb::PartFault`]).
fn part_cause(fault: &super::xlsb::PartFault) -> Message {
    use super::xlsb::PartFault;
    match fault {
        PartFault::Missing(part) => Message::new("intake.workbook.cause.part_missing").text("part", part),
        PartFault::Empty(part) => Message::new("intake.workbook.cause.part_empty").text("part", part),
        PartFault::Records(part) => Message::new("intake.workbook.cause.part_records").text("part", part),
        PartFault::Xml(part) => Message::new("intake.workbook.cause.part_xml").text("part", part),
        PartFault::NoTarget { part, sheet } => {
            Message::new("intake.workbook.cause.part_no_target").text("part", part).text("sheet", sheet)
        }
    }
}

/// The workbook `file_name` refused once, at the file, naming the part of its package to blame.
fn part_refused(file_name: &str, fault: &super::xlsb::PartFault) -> Issue {
    tracing::info!(file = file_name, fault = ?fault, "workbook refused for a part");
    Issue::said_error(file_name, None, &Message::new("intake.workbook.damaged").said("cause", part_cause(fault)))
}

/// The name a part has in the package `archive`, found as calamine finds it (ASCII case and `\` or `/` alike);
/// `None` when the package has no such part.
pub(super) fn package_path(archive: &zip::ZipArchive<Cursor<&[u8]>>, path: &str) -> Option<String> {
    let wanted = path.replace('\\', "/").to_ascii_lowercase();
    archive.file_names().flatten().find(|n| n.replace('\\', "/").to_ascii_lowercase() == wanted).map(|n| n.to_string())
}

/// The part of an Office Open XML package that the workbook is, or its relationships part, when the package lacks
/// it: the workbook part is the target of `_rels/.rels`' `officeDocument` relationship, or without one
/// `xl/workbook.bin` for an XLSB workbook (`format`, or a package with `xl/_rels/workbook.bin.rels`) and
/// `xl/workbook.xml` for any other. Without its workbook part calamine reads a workbook of no sheet (each required
/// sheet then said missing) or refuses it without naming the part; an XLSB workbook without its `workbook.bin` is not
/// even told from an XLSX one by its parts.
fn missing_workbook_part(bytes: &[u8], format: Format) -> Option<super::xlsb::PartFault> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut main = None;
    if let Some(rels) = package_path(&archive, "_rels/.rels")
        && let Some(mut xml) = zip_xml(&mut archive, &rels)
    {
        let mut buf = Vec::new();
        while let Ok(ev) = xml.read_event_into(&mut buf) {
            match ev {
                Event::Start(ref e) | Event::Empty(ref e)
                    if e.local_name().as_ref() == "Relationship"
                        && attr(e, "Type").is_some_and(|t| t.ends_with("/relationships/officeDocument")) =>
                {
                    main = attr(e, "Target");
                    break;
                }
                Event::Eof => break,
                _ => {}
            }
            buf.clear();
        }
    }
    let main = main.map(|t| t.trim_start_matches('/').to_string()).unwrap_or_else(|| {
        let binary = format == Format::Xlsb || package_path(&archive, "xl/_rels/workbook.bin.rels").is_some();
        if binary { "xl/workbook.bin" } else { "xl/workbook.xml" }.to_string()
    });
    let (dir, name) = main.rsplit_once('/').map_or(("", main.as_str()), |(d, n)| (d, n));
    let rels = if dir.is_empty() { format!("_rels/{name}.rels") } else { format!("{dir}/_rels/{name}.rels") };
    [main.clone(), rels].into_iter().find(|p| package_path(&archive, p).is_none()).map(super::xlsb::PartFault::Missing)
}

fn too_many_sheets(file_name: &str, n: usize, limits: &Limits) -> Issue {
    let m = Message::new("intake.workbook.too_many_sheets")
        .number("count", n as f64)
        .number("most", limits.max_sheets as f64);
    Issue::said_error(file_name, None, &m)
}

/// The old binary Excel format is refused with what to do instead.
///
/// An OLE compound file that holds an `EncryptedPackage` stream is no .xls: it is an Office Open XML workbook
/// encrypted with a password (MS-OFFCRYPTO 2.3.4.4, what Excel's *Protect Workbook › Encrypt with Password* writes;
/// ODS is told by its manifest, [`super::readers::detect`]), refused as such (`intake.workbook.encrypted`): saving it
/// as .xlsx, what the .xls refusal asks, would change nothing.
pub fn refuse_xls(file_name: &str, bytes: &[u8]) -> Issue {
    if is_encrypted_package(bytes) {
        return Issue::said_error(file_name, None, &Message::new("intake.workbook.encrypted"));
    }
    Issue::said_error(file_name, None, &Message::new("intake.workbook.xls"))
}

/// Whether an OLE compound file holds the `EncryptedPackage` stream of a password-encrypted Office Open XML file
/// (MS-OFFCRYPTO 2.3.4.4); false for any other, or one whose directory cannot be read.
pub fn is_encrypted_package(bytes: &[u8]) -> bool {
    cfb::CompoundFile::open(std::io::Cursor::new(bytes)).is_ok_and(|f| f.is_stream("/EncryptedPackage"))
}

/// Reads the parts of an Office Open XML package that calamine does not expose: whether the workbook asks to be
/// recalculated when opened (then no cached formula result can be trusted), and the path of each sheet's part.
struct Package {
    full_calc_on_load: bool,
    /// Whether the workbook is set to manual calculation and is not recalculated before saving
    /// (`<calcPr calcMode="manual" calcOnSave="0"/>`): a formula that reads other cells may then store a result older
    /// than those cells.
    manual_unsaved: bool,
    sheet_parts: HashMap<String, String>,
    /// The shared-strings part, by the workbook's relationships (`xl/sharedStrings.xml` when they name none).
    shared_strings: String,
    /// The cell styles (indexes into `cellXfs`, a cell's `s`) whose number format is a percent format, and those
    /// whose format is a duration or a time of day.
    styles: cell_values::NumberStyles,
    /// The sheets the workbook hides (`state="hidden"` or `"veryHidden"`, the latter shown by no menu), each with how.
    hidden_sheets: HashMap<String, Visibility>,
    /// The shared strings' count and rich-text runs of a look of their own.
    strings: cell_values::SharedStrings,
}

pub(super) fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
}

/// An XML part of a package, read as it inflates.
type PartReader<'a, 'b> = quick_xml::Reader<BufReader<zip::read::ZipFile<'a, Cursor<&'b [u8]>>>>;

pub(super) fn zip_xml<'a, 'b>(
    archive: &'a mut zip::ZipArchive<Cursor<&'b [u8]>>,
    path: &str,
) -> Option<PartReader<'a, 'b>> {
    let entry = archive.by_name(path).ok()?;
    let mut reader = quick_xml::Reader::from_reader(BufReader::new(entry));
    reader.config_mut().trim_text(false);
    Some(reader)
}

impl Package {
    fn read(bytes: &[u8]) -> Package {
        let mut pkg = Package {
            full_calc_on_load: false,
            manual_unsaved: false,
            sheet_parts: HashMap::new(),
            shared_strings: "xl/sharedStrings.xml".to_string(),
            styles: Default::default(),
            hidden_sheets: Default::default(),
            strings: Default::default(),
        };
        let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else { return pkg };
        let mut ids: Vec<(String, String)> = Vec::new();
        if let Some(mut xml) = zip_xml(&mut archive, "xl/workbook.xml") {
            let mut buf = Vec::new();
            while let Ok(ev) = xml.read_event_into(&mut buf) {
                match ev {
                    Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                        "calcPr" => {
                            pkg.full_calc_on_load = attr(&e, "fullCalcOnLoad").is_some_and(|v| v == "1" || v == "true");
                            // ECMA-376 §18.2.2: `calcMode` defaults to `auto` and `calcOnSave` to true; Excel in manual
                            // mode recalculates before saving unless told not to.
                            pkg.manual_unsaved = attr(&e, "calcMode").is_some_and(|v| v.trim() == "manual")
                                && attr(&e, "calcOnSave").is_some_and(|v| matches!(v.trim(), "0" | "false"));
                        }
                        "sheet" => {
                            if let (Some(name), Some(id)) = (attr(&e, "name"), attr(&e, "r:id")) {
                                let visibility = Visibility::of_state(attr(&e, "state").as_deref());
                                if visibility.is_hidden() {
                                    pkg.hidden_sheets.insert(name.clone(), visibility);
                                }
                                ids.push((name, id));
                            }
                        }
                        _ => {}
                    },
                    Event::Eof => break,
                    _ => {}
                }
                buf.clear();
            }
        }
        let mut targets: HashMap<String, String> = HashMap::new();
        let mut styles = "xl/styles.xml".to_string();
        let mut theme = "xl/theme/theme1.xml".to_string();
        if let Some(mut xml) = zip_xml(&mut archive, "xl/_rels/workbook.xml.rels") {
            let mut buf = Vec::new();
            while let Ok(ev) = xml.read_event_into(&mut buf) {
                match ev {
                    Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "Relationship" => {
                        if let (Some(id), Some(target)) = (attr(&e, "Id"), attr(&e, "Target")) {
                            let path = match target.strip_prefix('/') {
                                Some(abs) => abs.to_string(),
                                None => format!("xl/{target}"),
                            };
                            if attr(&e, "Type").is_some_and(|t| t.ends_with("/sharedStrings")) {
                                pkg.shared_strings.clone_from(&path);
                            }
                            if attr(&e, "Type").is_some_and(|t| t.ends_with("/styles")) {
                                styles.clone_from(&path);
                            }
                            if attr(&e, "Type").is_some_and(|t| t.ends_with("/theme")) {
                                theme.clone_from(&path);
                            }
                            targets.insert(id, path);
                        }
                    }
                    Event::Eof => break,
                    _ => {}
                }
                buf.clear();
            }
        }
        for (name, id) in ids {
            if let Some(path) = targets.remove(&id) {
                pkg.sheet_parts.insert(name, path);
            }
        }
        let palette = zip_xml(&mut archive, &theme).map(theme_palette).unwrap_or_default();
        if let Some(xml) = zip_xml(&mut archive, &styles) {
            pkg.styles = number_styles(xml, &palette);
        }
        if let Some(xml) = zip_xml(&mut archive, &pkg.shared_strings) {
            pkg.strings = shared_strings(xml, &palette);
        }
        pkg
    }

    /// How the workbook shows the sheet `name`.
    fn visibility_of(&self, name: &str) -> Visibility {
        self.hidden_sheets.get(name).copied().unwrap_or_default()
    }

    /// The error cells of a sheet part whose values calamine does not know (`#SPILL!`, `#CALC!` …), with their
    /// places: calamine stops at them, so they are found here.
    fn error_cells(&self, bytes: &[u8], sheet: &str) -> Vec<(u32, u32, String)> {
        let mut out = Vec::new();
        let Some(path) = self.sheet_parts.get(sheet) else { return out };
        let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else { return out };
        let Some(mut xml) = zip_xml(&mut archive, path) else { return out };
        let mut buf = Vec::new();
        let mut current: Option<(u32, u32)> = None;
        let mut in_v = false;
        while let Ok(ev) = xml.read_event_into(&mut buf) {
            match ev {
                Event::Start(e) if e.local_name().as_ref() == "c" => {
                    current = (attr(&e, "t").as_deref() == Some("e"))
                        .then(|| attr(&e, "r").and_then(|r| super::grid::a1_position(&r)))
                        .flatten();
                }
                Event::Start(e) if e.local_name().as_ref() == "v" => in_v = current.is_some(),
                Event::Text(t) if in_v => {
                    if let Some((r, c)) = current {
                        out.push((r, c, t.xml10_content().trim().to_string()));
                    }
                }
                Event::End(e) if e.local_name().as_ref() == "v" => in_v = false,
                Event::End(e) if e.local_name().as_ref() == "c" => current = None,
                Event::Eof => break,
                _ => {}
            }
            buf.clear();
        }
        out
    }
}

/// The cell styles of a styles part (ECMA-376 §18.8.10 `cellXfs`, in order: a cell's `s` is an index into it) whose
/// number format shows a percentage: the built-in formats 9 (`0%`) and 10 (`0.00%`) (§18.8.30), and custom formats
/// (§18.8.31 `numFmt`) whose code holds `%` outside quotes and escapes; and those whose format shows a duration or a
/// time of day without a date (`number_format::shows_clock`): the built-in formats 18–21 (`h:mm AM/PM` …
/// `h:mm:ss`) and 45–47 (`mm:ss`, `[h]:mm:ss`, `mmss.0`), and custom codes such as `[h]:mm`.
///
/// With the cell styles whose text is invisible (§18.8.22–§18.8.23, `fonts` and `fills`, named by an `xf`'s `fontId`
/// and `fillId`): a font whose colour ([`colour`]) can hardly be told from its cell's background — white on no fill,
/// yellow on yellow, black on black, `FEFEFE` on white: a contrast ratio under [`LEAST_CONTRAST`] — or of a size under
/// [`SMALLEST_FONT`] points (`<sz val="1"/>`), which draws its text as a line.
fn number_styles(mut xml: PartReader<'_, '_>, palette: &Palette) -> cell_values::NumberStyles {
    let mut table = StyleTable::default();
    let mut in_cell_xfs = false;
    // Each font of `fonts`: its colour (black when it gives none: Excel's automatic colour) and whether it is too
    // small to read; each fill of `fills`: the colour it leaves the cell (white with no fill; `None` when not known).
    let mut fonts: Vec<(Option<Rgb>, bool)> = Vec::new();
    let mut fills: Vec<Option<Rgb>> = Vec::new();
    let (mut in_fonts, mut in_fills) = (false, false);
    let mut invisible = rustc_hash::FxHashSet::default();
    // Each cell style's background, in the order of `cellXfs`.
    let mut style_fills = Vec::new();
    let mut xf_index = 0u32;
    // The differential formats of conditional formats (`dxfs`): the one being read, its index, those that hide text.
    let (mut in_dxfs, mut dxf, mut dxf_index) = (false, None::<Dxf>, 0u32);
    let mut hiding_formats = rustc_hash::FxHashSet::default();
    let mut buf = Vec::new();
    while let Ok(ev) = xml.read_event_into(&mut buf) {
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) if in_dxfs => match e.local_name().as_ref() {
                "dxf" if matches!(ev, Event::Start(_)) => dxf = Some(Dxf::default()),
                "dxf" => dxf_index = dxf_index.saturating_add(1),
                "font" => {
                    if let Some(d) = dxf.as_mut() {
                        d.in_font = matches!(ev, Event::Start(_));
                    }
                }
                "fill" => {
                    if let Some(d) = dxf.as_mut() {
                        d.in_fill = matches!(ev, Event::Start(_));
                    }
                }
                "color" => {
                    if let Some(d) = dxf.as_mut().filter(|d| d.in_font) {
                        d.font =
                            if super::cell_values::is_true(attr(e, "auto")) { Some(BLACK) } else { colour(e, palette) };
                    }
                }
                // A conditional format's solid fill is its `bgColor` (Excel writes it so; `fgColor` where others do).
                "bgColor" | "fgColor" => {
                    if let Some(d) = dxf.as_mut().filter(|d| d.in_fill) {
                        d.fill = colour(e, palette).or(d.fill);
                    }
                }
                "numFmt" => {
                    if let Some(d) = dxf.as_mut() {
                        d.empty_format = attr(e, "formatCode")
                            .is_some_and(|c| !c.is_empty() && c.trim().chars().all(|ch| ch == ';'));
                    }
                }
                _ => {}
            },
            Event::End(ref e) if in_dxfs => match e.local_name().as_ref() {
                "dxfs" => in_dxfs = false,
                "font" => {
                    if let Some(d) = dxf.as_mut() {
                        d.in_font = false;
                    }
                }
                "fill" => {
                    if let Some(d) = dxf.as_mut() {
                        d.in_fill = false;
                    }
                }
                "dxf" => {
                    if dxf.take().is_some_and(|d| d.hides()) && hiding_formats.len() < MOST_CELL_STYLES {
                        hiding_formats.insert(dxf_index);
                    }
                    dxf_index = dxf_index.saturating_add(1);
                }
                _ => {}
            },
            Event::Start(ref e) | Event::Empty(ref e) => match e.local_name().as_ref() {
                "dxfs" => in_dxfs = matches!(ev, Event::Start(_)),
                "fonts" => in_fonts = matches!(ev, Event::Start(_)),
                "fills" => in_fills = matches!(ev, Event::Start(_)),
                "font" if in_fonts && fonts.len() < MOST_CELL_STYLES => fonts.push((Some(BLACK), false)),
                "color" if in_fonts => {
                    if let Some(last) = fonts.last_mut() {
                        last.0 =
                            if super::cell_values::is_true(attr(e, "auto")) { Some(BLACK) } else { colour(e, palette) };
                    }
                }
                "sz" if in_fonts => {
                    if let Some(last) = fonts.last_mut() {
                        last.1 = attr(e, "val")
                            .and_then(|v| v.trim().parse::<f64>().ok())
                            .is_some_and(|pt| pt < SMALLEST_FONT);
                    }
                }
                "fill" if in_fills && fills.len() < MOST_CELL_STYLES => fills.push(Some(WHITE)),
                "patternFill" if in_fills => {
                    // No pattern leaves the cell white; a solid one takes its `fgColor`; any other is not known.
                    let pattern = attr(e, "patternType");
                    if let Some(last) = fills.last_mut() {
                        // (`solid`: its `fgColor`, read next.)
                        *last = match pattern.as_deref().map(str::trim) {
                            None | Some("none") => Some(WHITE),
                            _ => None,
                        };
                    }
                }
                "fgColor" if in_fills => {
                    if let Some(last) = fills.last_mut() {
                        *last = colour(e, palette);
                    }
                }
                "gradientFill" if in_fills => {
                    if let Some(last) = fills.last_mut() {
                        *last = None;
                    }
                }
                "numFmt" => {
                    if let (Some(id), Some(code)) = (attr(e, "numFmtId"), attr(e, "formatCode"))
                        && let Ok(id) = id.trim().parse::<u32>()
                    {
                        table.number_format(id, &code);
                    }
                }
                "cellXfs" => {
                    in_cell_xfs = matches!(ev, Event::Start(_));
                }
                "xf" if in_cell_xfs => {
                    table.cell_style(attr(e, "numFmtId").and_then(|v| v.trim().parse::<u32>().ok()).unwrap_or(0));
                    let index_of = |name: &str| attr(e, name).and_then(|v| v.trim().parse::<usize>().ok()).unwrap_or(0);
                    let (font, tiny) = fonts.get(index_of("fontId")).copied().unwrap_or((Some(BLACK), false));
                    let fill = fills.get(index_of("fillId")).copied().unwrap_or(Some(WHITE));
                    let unseen = match (font, fill) {
                        (Some(f), Some(b)) => contrast(f, b) < LEAST_CONTRAST,
                        _ => false,
                    };
                    if (tiny || unseen) && (xf_index as usize) < MOST_CELL_STYLES {
                        invisible.insert(xf_index);
                    }
                    if style_fills.len() < MOST_CELL_STYLES {
                        style_fills.push(fill);
                    }
                    xf_index = xf_index.saturating_add(1);
                }
                _ => {}
            },
            Event::End(ref e) => match e.local_name().as_ref() {
                "cellXfs" => in_cell_xfs = false,
                "fonts" => in_fonts = false,
                "fills" => in_fills = false,
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    let mut styles = table.finish();
    styles.invisible = invisible;
    styles.hiding_formats = hiding_formats;
    styles.fills = style_fills;
    styles.palette = *palette;
    styles
}

/// Sets the look of the rich text run being read from a `color` or `sz` element of its `rPr` (`name`): its colour
/// ([`colour`], `auto` black), or whether its font is under [`SMALLEST_FONT`] points.
pub(super) fn run_look(
    e: &BytesStart<'_>,
    name: &str,
    palette: &Palette,
    run: &mut Option<(Option<Rgb>, bool, String)>,
) {
    let Some(r) = run.as_mut() else { return };
    if name == "sz" {
        r.1 = attr(e, "val").and_then(|v| v.trim().parse::<f64>().ok()).is_some_and(|pt| pt < SMALLEST_FONT);
    } else {
        r.0 = if cell_values::is_true(attr(e, "auto")) { Some(BLACK) } else { colour(e, palette) };
    }
}

/// The shared strings of a workbook ([`cell_values::SharedStrings`]): the `<si>` items counted, and the runs of each
/// rich text that set a colour (`rPr` `color`, [`colour`] with the workbook's `palette`; `auto` is black) or a font
/// under [`SMALLEST_FONT`] points (`rPr` `sz`), with their text. At most [`cell_values::MOST_RUNS`] runs are kept in
/// all (what they cost is bounded, not by the part's size), 64 of one text, [`cell_values::RUN_TEXT`] characters of
/// a run: past them a text's runs are not looked at.
fn shared_strings(mut xml: PartReader<'_, '_>, palette: &Palette) -> cell_values::SharedStrings {
    let mut out = cell_values::SharedStrings::default();
    let mut buf = Vec::new();
    let mut depth = 0usize;
    // The runs of the `si` being read; the run being read (its colour, whether it is too small, its text); where.
    let mut runs: Vec<(Option<Rgb>, bool, String)> = Vec::new();
    let mut run: Option<(Option<Rgb>, bool, String)> = None;
    let (mut in_rpr, mut in_t) = (false, false);
    // The runs kept in all.
    let mut kept = 0usize;
    let take = cell_values::keep_run_text;
    loop {
        let ev = match xml.read_event_into(&mut buf) {
            Ok(Event::Eof) | Err(_) => break,
            Ok(ev) => ev,
        };
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let start = matches!(ev, Event::Start(_));
                if start {
                    depth += 1;
                }
                match e.local_name().as_ref() {
                    "si" if (start && depth == 2) || (!start && depth == 1) => {
                        out.count += 1;
                        runs.clear();
                    }
                    "r" if start => run = Some((None, false, String::new())),
                    "rPr" => in_rpr = start && run.is_some(),
                    "t" => in_t = start && run.is_some(),
                    name @ ("color" | "sz") if in_rpr => run_look(e, name, palette, &mut run),
                    _ => {}
                }
            }
            Event::Text(ref t) if in_t => {
                if let Some(r) = run.as_mut() {
                    take(&mut r.2, &t.xml10_content());
                }
            }
            Event::GeneralRef(ref g) if in_t => {
                if let Some(r) = run.as_mut() {
                    let name: &str = g.as_ref();
                    let resolved = match g.resolve_char_ref() {
                        Ok(Some(c)) => c.to_string(),
                        _ => quick_xml::escape::resolve_predefined_entity(name).unwrap_or_default().to_string(),
                    };
                    take(&mut r.2, &resolved);
                }
            }
            Event::End(ref e) => {
                match e.local_name().as_ref() {
                    "rPr" => in_rpr = false,
                    "t" => in_t = false,
                    "r" => {
                        if let Some(r) = run.take()
                            && (r.0.is_some() || r.1)
                            && !r.2.trim().is_empty()
                            && runs.len() < 64
                            && kept < cell_values::MOST_RUNS
                        {
                            runs.push(r);
                            kept += 1;
                        }
                    }
                    "si" if depth == 2 && !runs.is_empty() => {
                        if let Ok(index) = u32::try_from(out.count.saturating_sub(1)) {
                            out.runs.insert(index, cell_values::TextRuns(std::mem::take(&mut runs)));
                        }
                    }
                    _ => {}
                }
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
        buf.clear();
    }
    out
}

/// Whether a text of colour `colour` can hardly be told from a background of colour `fill` ([`LEAST_CONTRAST`]).
pub(super) fn unseen_on(colour: Rgb, fill: Rgb) -> bool {
    contrast(colour, fill) < LEAST_CONTRAST
}

/// A differential format of `dxfs` (XLSX) or a `BrtDXF` (XLSB) as read: its font colour and fill, where it sets them,
/// and whether its number format shows nothing (`;;;`).
#[derive(Default)]
pub(super) struct Dxf {
    pub(super) font: Option<Rgb>,
    pub(super) fill: Option<Rgb>,
    pub(super) empty_format: bool,
    in_font: bool,
    in_fill: bool,
}

impl Dxf {
    /// Whether the format hides the text of a cell it applies to: a number format of empty sections, or a colour that
    /// can hardly be told from the background ([`LEAST_CONTRAST`]) — its font on its fill, its font on white where it
    /// sets no fill, black (the automatic colour) on its fill where it sets no font colour. A format that sets neither
    /// changes no colour.
    pub(super) fn hides(&self) -> bool {
        self.empty_format
            || match (self.font, self.fill) {
                (None, None) => false,
                (font, fill) => contrast(font.unwrap_or(BLACK), fill.unwrap_or(WHITE)) < LEAST_CONTRAST,
            }
    }
}

/// A colour: red, green, blue.
pub(super) type Rgb = [u8; 3];

/// The most conditions kept of one ODS cell style (`style:map`): LibreOffice writes one a condition of a
/// conditional format, and a format of more is not written by hand.
const MOST_CONDITIONS: usize = 64;
pub(super) const WHITE: Rgb = [255, 255, 255];
pub(super) const BLACK: Rgb = [0, 0, 0];

/// The contrast ratio under which a text cannot be told from its background (WCAG 2's ratio, from 1, the same colour,
/// to 21, black on white; its least for body text is 4.5): 1.25 is lighter than the faintest grey a reader makes out
/// on white (`DDDDDD`, 1.36), so that only text drawn practically in its background's colour is said unseen.
const LEAST_CONTRAST: f64 = 1.25;

/// The smallest font, in points, whose text a reader makes out on the screen at 100 %: a font of 1 to 3 points draws
/// its text as a line.
pub(super) const SMALLEST_FONT: f64 = 4.0;

/// The twelve colours of a workbook's theme, by the index a SpreadsheetML `theme` attribute gives (ECMA-376
/// §18.8.3, §20.1.6.2 `clrScheme`): 0 light 1, 1 dark 1, 2 light 2, 3 dark 2, 4–9 accents 1–6, 10 hyperlink, 11
/// followed hyperlink (light before dark, the other way from the order `clrScheme` writes them in). `None` where the
/// theme gives no colour of its own (a missing part or element, a colour other than `srgbClr` or `sysClr`).
pub(super) type Palette = [Option<Rgb>; 12];

/// The palette of a theme part (`xl/theme/theme1.xml`): each colour of its first `clrScheme`, from `srgbClr`'s
/// `val` or `sysClr`'s `lastClr` (six hexadecimal digits). Reads at most twelve colours whatever the part holds.
pub(super) fn theme_palette(mut xml: PartReader<'_, '_>) -> Palette {
    let mut palette: Palette = [None; 12];
    let (mut in_scheme, mut done) = (false, false);
    let mut slot: Option<usize> = None;
    let mut buf = Vec::new();
    while let Ok(ev) = xml.read_event_into(&mut buf) {
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => match e.local_name().as_ref() {
                "clrScheme" if !done => in_scheme = matches!(ev, Event::Start(_)),
                name if in_scheme => {
                    let index = match name {
                        "lt1" => Some(0),
                        "dk1" => Some(1),
                        "lt2" => Some(2),
                        "dk2" => Some(3),
                        "accent1" => Some(4),
                        "accent2" => Some(5),
                        "accent3" => Some(6),
                        "accent4" => Some(7),
                        "accent5" => Some(8),
                        "accent6" => Some(9),
                        "hlink" => Some(10),
                        "folHlink" => Some(11),
                        _ => None,
                    };
                    if index.is_some() {
                        slot = index;
                    } else if let Some(i) = slot {
                        let value = match name {
                            "srgbClr" => attr(e, "val"),
                            "sysClr" => attr(e, "lastClr"),
                            _ => None,
                        };
                        if let (Some(value), Some(place)) = (value.as_deref().and_then(hex_rgb), palette.get_mut(i)) {
                            *place = Some(value);
                        }
                    }
                }
                _ => {}
            },
            Event::End(ref e) if e.local_name().as_ref() == "clrScheme" => {
                in_scheme = false;
                done = true;
            }
            Event::Eof => break,
            _ => {}
        }
        if done {
            break;
        }
        buf.clear();
    }
    palette
}

/// A colour written as its last six hexadecimal digits (`RRGGBB`, or `AARRGGBB` whose alpha is set aside).
fn hex_rgb(text: &str) -> Option<Rgb> {
    let digits: Vec<char> = text.trim().chars().collect();
    let six: String = digits.get(digits.len().checked_sub(6)?..)?.iter().collect();
    let n = u32::from_str_radix(&six, 16).ok()?;
    let [_, r, g, b] = n.to_be_bytes();
    Some([r, g, b])
}

/// The colour of a colour element (`color`, `fgColor`; ECMA-376 §18.8.19): `rgb` (ARGB, its alpha aside); a theme
/// colour (`theme="n"`) from the workbook's `palette`, its light 1 and dark 1 being white and black when the theme does
/// not give them, lightened or darkened by its `tint` (§18.8.19's formula on each channel); the first colours of the
/// default indexed palette (§18.8.27: 0–7 and 8–15 black, white, red, green, blue, yellow, magenta, cyan; 64 the
/// system's foreground, black; 65 its background, white). `None` for any other (a theme colour the theme does not
/// give, a palette the file redefines).
fn colour(e: &BytesStart<'_>, palette: &Palette) -> Option<Rgb> {
    if let Some(rgb) = attr(e, "rgb") {
        return hex_rgb(&rgb);
    }
    let tint = attr(e, "tint").and_then(|t| t.trim().parse::<f64>().ok()).unwrap_or(0.0);
    if let Some(theme) = attr(e, "theme") {
        return theme_colour(theme.trim().parse().ok()?, tint, palette);
    }
    indexed_colour(attr(e, "indexed")?.trim().parse().ok()?)
}

/// The theme colour `index` of `palette` (its light 1 and dark 1 white and black where the theme gives none),
/// lightened or darkened by `tint` (−1 to 1, ECMA-376 §18.8.19's formula on each channel); `None` for a colour the
/// theme does not give. XLSX's `theme` attributes and XLSB's theme colours alike.
pub(super) fn theme_colour(index: usize, tint: f64, palette: &Palette) -> Option<Rgb> {
    let tint = tint.clamp(-1.0, 1.0);
    let tinted = |c: Rgb| {
        c.map(|x| {
            let x = f64::from(x);
            let y = if tint < 0.0 { x * (1.0 + tint) } else { x + (255.0 - x) * tint };
            y.round().clamp(0.0, 255.0) as u8
        })
    };
    let given = palette.get(index).copied().flatten();
    match index {
        0 => Some(tinted(given.unwrap_or(WHITE))),
        1 => Some(tinted(given.unwrap_or(BLACK))),
        _ => given.map(tinted),
    }
}

/// A colour of the default indexed palette (§18.8.27: 0–7 and 8–15 black, white, red, green, blue, yellow, magenta,
/// cyan; 64 the system's foreground, black; 65 its background, white); `None` for any other index.
pub(super) fn indexed_colour(index: usize) -> Option<Rgb> {
    let palette: [Rgb; 8] =
        [BLACK, WHITE, [255, 0, 0], [0, 255, 0], [0, 0, 255], [255, 255, 0], [255, 0, 255], [0, 255, 255]];
    match index {
        0..=15 => palette.get(index % 8).copied(),
        64 => Some(BLACK),
        65 => Some(WHITE),
        _ => None,
    }
}

/// The contrast ratio of two colours (WCAG 2.1, "contrast ratio" and "relative luminance"): from 1 to 21.
fn contrast(a: Rgb, b: Rgb) -> f64 {
    let luminance = |c: Rgb| {
        let channel = |x: u8| {
            let s = f64::from(x) / 255.0;
            if s <= 0.039_28 { s / 12.92 } else { ((s + 0.055) / 1.055).powf(2.4) }
        };
        let [r, g, b] = c.map(channel);
        0.2126 * r + 0.7152 * g + 0.0722 * b
    };
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The most cell styles a workbook's table keeps: Excel makes at most 65,490 (its specifications and limits), and a
/// file that claims more (a few bytes a style, compressed) would cost memory in proportion.
const MOST_CELL_STYLES: usize = 1 << 16;

/// The number formats of a workbook's cell styles, as they are read: its custom formats (an XLSX `numFmt`, an XLSB
/// `BrtFmt`), then its cell styles in order (an XLSX `cellXfs` `xf`, an XLSB `BrtXF` between `BrtBeginCellXFs` and
/// `BrtEndCellXFs`), each naming its format by id. What each cell style's format says is
/// [`cell_values::NumberStyles`]' (as [`number_styles`] documents), the same for both carriers.
#[derive(Default)]
pub(super) struct StyleTable {
    custom: rustc_hash::FxHashSet<u32>,
    custom_clock: rustc_hash::FxHashSet<u32>,
    custom_shown: rustc_hash::FxHashMap<u32, Arc<NumberFormat>>,
    custom_text: rustc_hash::FxHashMap<u32, (String, String)>,
    custom_dated: rustc_hash::FxHashMap<u32, String>,
    out: cell_values::NumberStyles,
    index: u32,
}

impl StyleTable {
    /// A custom number format: its id and code.
    pub(super) fn number_format(&mut self, id: u32, code: &str) {
        if super::number_format::shows_percent(code) {
            self.custom.insert(id);
        } else if super::number_format::shows_clock(code) {
            self.custom_clock.insert(id);
        } else if shows_date(code) {
            self.custom_dated.insert(id, code.chars().take(60).collect());
        }
        if let Some(shown) = super::shown_number::replaces_text(code) {
            self.custom_text.insert(id, (code.chars().take(60).collect(), shown));
        }
        // A percent format keeps its code too: its decimals say what the cell shows of a share.
        if !self.custom_clock.contains(&id)
            && let Some(format) = NumberFormat::from_excel_judged(code)
        {
            self.custom_shown.insert(id, Arc::new(format));
        }
    }

    /// The next cell style, whose number format is `id` (a built-in one or a custom one read before). Past
    /// [`MOST_CELL_STYLES`] the styles are not kept: their cells are read as General.
    pub(super) fn cell_style(&mut self, id: u32) {
        let index = self.index;
        if index as usize >= MOST_CELL_STYLES {
            return;
        }
        let clock = matches!(id, 18..=21 | 45..=47) || self.custom_clock.contains(&id);
        if matches!(id, 9 | 10) || self.custom.contains(&id) {
            self.out.percent.insert(index);
        } else if clock {
            self.out.clock.insert(index);
        }
        // The format a number cell keeps, percent cells included (`0%` shows 0.126 as 13 %).
        let judged =
            if clock { None } else { self.custom_shown.get(&id).cloned().or_else(|| builtin_shown(id).map(Arc::new)) };
        if let Some(format) = judged {
            self.out.padded.insert(index, format);
        }
        if let Some(text) = self.custom_text.get(&id) {
            self.out.text_shown.insert(index, text.clone());
        }
        // ECMA-376 §18.8.30's built-in date formats, by their codes.
        let builtin_date = match id {
            14 => Some("mm-dd-yy"),
            15 => Some("d-mmm-yy"),
            16 => Some("d-mmm"),
            17 => Some("mmm-yy"),
            22 => Some("m/d/yy h:mm"),
            _ => None,
        };
        if let Some(code) = self.custom_dated.get(&id).cloned().or(builtin_date.map(str::to_string)) {
            self.out.dated.insert(index, code);
        }
        self.index = index.saturating_add(1);
    }

    /// What each cell style's format says.
    pub(super) fn finish(self) -> cell_values::NumberStyles {
        self.out
    }
}

/// The built-in number formats (ECMA-376 §18.8.30) that show a number otherwise than as its digits, other than
/// dates and times: whole numbers and decimals (1, 2: they round), thousands separators (3, 4, 37–40), currency and
/// accounting formats (5–8, 41–44), percentages (9, 10), exponents (11, 48) and fractions (12, 13).
fn builtin_shown(id: u32) -> Option<NumberFormat> {
    let code = match id {
        1 => "0",
        2 => "0.00",
        3 => "#,##0",
        4 => "#,##0.00",
        // Currency (5–8) and accounting (41–44) formats, as the standard writes them for en-US: a field of numbers
        // that is no amount refuses the currency sign they show.
        5 => "$#,##0_);($#,##0)",
        6 => "$#,##0_);[Red]($#,##0)",
        7 => "$#,##0.00_);($#,##0.00)",
        8 => "$#,##0.00_);[Red]($#,##0.00)",
        9 => "0%",
        10 => "0.00%",
        11 => "0.00E+00",
        // The space of a code is written `\u{20}`: a character of the code, which the check for French sentences
        // built in Rust (`reports::tests`, a space before `?` or `;`) is not to read as a sentence's.
        12 => "#\u{20}?/?",
        13 => "#\u{20}??/??",
        37 => "#,##0\u{20};(#,##0)",
        38 => "#,##0\u{20};[Red](#,##0)",
        39 => "#,##0.00;(#,##0.00)",
        40 => "#,##0.00;[Red](#,##0.00)",
        41 => "_(*\u{20}#,##0_);_(*\u{20}\\(#,##0\\);_(*\u{20}\"-\"_);_(@_)",
        42 => "_(\"$\"*\u{20}#,##0_);_(\"$\"*\u{20}\\(#,##0\\);_(\"$\"*\u{20}\"-\"_);_(@_)",
        43 => "_(*\u{20}#,##0.00_);_(*\u{20}\\(#,##0.00\\);_(*\u{20}\"-\"??_);_(@_)",
        44 => "_(\"$\"*\u{20}#,##0.00_);_(\"$\"*\u{20}\\(#,##0.00\\);_(\"$\"*\u{20}\"-\"??_);_(@_)",
        48 => "##0.0E+0",
        _ => return None,
    };
    NumberFormat::from_excel_judged(code)
}

/// Whether a number format code shows a date: a year, day or month code (`y`, `d`, `m`) outside quotes, brackets and
/// escapes (a time of day alone is `number_format::shows_clock`'s).
fn shows_date(code: &str) -> bool {
    super::number_format::code_chars(code)
        .any(|(c, place)| place == super::number_format::Place::Code && matches!(c, 'y' | 'Y' | 'd' | 'D' | 'm' | 'M'))
}

/// The warnings of reading a workbook, but those about the sheets left unread (a look-alike of a sheet of the
/// format is read only to know whether it holds rows: what it hides is not part of the declaration).
fn without_unread(mut warnings: Vec<Issue>, wb: &Workbook) -> Vec<Issue> {
    warnings.retain(|w| {
        !wb.ignored.iter().any(|(name, _)| {
            w.location == *name || w.location.strip_prefix(name.as_str()).is_some_and(|rest| rest.starts_with('!'))
        })
    });
    warnings
}

/// Reads the sheets the format names, each with `read_one`; others (instructions, lists) are skipped unread.
fn read_sheets(
    file_name: &str,
    names: Vec<String>,
    limits: &Limits,
    mut read_one: impl FnMut(&str) -> Result<Sheet, Vec<Issue>>,
) -> Result<Workbook, Vec<Issue>> {
    if names.len() > limits.max_sheets {
        return Err(vec![too_many_sheets(file_name, names.len(), limits)]);
    }
    let mut wb = Workbook::default();
    let mut issues = Vec::new();
    wb.ignored = names.iter().filter(|n| sheet_role(n).is_none()).map(|n| (n.clone(), n.clone())).collect();
    for name in names.iter().filter(|n| sheet_role(n).is_some()) {
        match read_one(name) {
            Ok(sheet) => wb.sheets.push(sheet),
            Err(mut e) => issues.append(&mut e),
        }
    }
    // A sheet that looks like one of the format (a copy, `PlacesOfWork (2)`) is read only to know whether it holds
    // rows under its heading; one that cannot be read is taken to hold some.
    for name in names.iter().filter(|n| sheet_role(n).is_none() && super::parse::nearest_sheet(n).is_some()) {
        if read_one(name).map_or(true, |sheet| sheet.rows().len() > 1) {
            wb.look_alikes_with_rows.push(name.clone());
        }
    }
    if issues.is_empty() { Ok(wb) } else { Err(issues) }
}

/// What an XLSB short cell record holds (`xlsb::ShortValue`), as calamine gives a full record's: a number in a date
/// format (`dated`) a date of the workbook's epoch, a shared string by its index in `texts` (an index past them, which
/// calamine would refuse, is read as the error `#REF!`).
fn short_data(value: super::xlsb::ShortValue, texts: &[String], dated: bool, is_1904: bool) -> DataRef<'static> {
    use super::xlsb::ShortValue;
    match value {
        ShortValue::Number(n) if dated => {
            DataRef::DateTime(calamine::ExcelDateTime::new(n, calamine::ExcelDateTimeType::DateTime, is_1904))
        }
        ShortValue::Number(n) => DataRef::Float(n),
        ShortValue::Bool(b) => DataRef::Bool(b),
        ShortValue::Text(s) => DataRef::String(s),
        ShortValue::Shared(i) => match texts.get(i as usize) {
            Some(s) => DataRef::String(s.clone()),
            None => DataRef::Error(calamine::CellErrorType::Ref),
        },
    }
}

/// The refusal of an XLSB text cell at `(row, col)` of the sheet `name` whose cell style `style` has a format whose
/// text section replaces or hides the text (`NumberStyles::text_shown`), as in XLSX; `None` for any other style, or
/// when `refused` refusals are already kept ([`cell_values::MOST_REPORTED`]).
fn text_format_refusal(
    st: &cell_values::NumberStyles,
    name: &str,
    (row, col): (u32, u32),
    style: u32,
    refused: usize,
) -> Option<Issue> {
    let (code, shown) = st.text_shown.get(&style).filter(|_| refused < cell_values::MOST_REPORTED)?;
    let key = if shown.is_empty() { "intake_cells.text_format_hidden" } else { "intake_cells.text_format" };
    let (en, fr) = super::cell_words::say(key, &[("format", code, code), ("shown", shown, shown)]);
    Some(Issue::error(a1_place(name, row as usize, col as usize), None, en, fr))
}

/// Reads the sheets of the format from an XLSX/XLSM workbook, streaming each sheet's cells.
pub fn read_xlsx(file_name: &str, bytes: &[u8], limits: &Limits, budget: &mut Budget) -> Result<Workbook, Vec<Issue>> {
    let mut book: calamine::Xlsx<_> =
        calamine::Xlsx::new(Cursor::new(bytes)).map_err(|e| vec![damaged(file_name, e)])?;
    let package = Package::read(bytes);
    let mut warnings = Vec::new();
    let mut wb = read_sheets(file_name, book.sheet_names(), limits, |name| {
        // Every stored value is checked against its cell's type first: a malformed one is refused at its cell,
        // never read as something else (calamine reads `<v>55,5</v>` as text, `<v>abc</v>` of a shared string as
        // the first text). The same walk finds the cells formatted as percentages, durations or times of day.
        let (mut percent, mut clock, mut hidden_rows) = (Vec::new(), rustc_hash::FxHashSet::default(), Vec::new());
        let mut invisible_rows = Vec::new();
        let mut padded = Padded::default();
        let mut hidden_columns = Vec::new();
        let mut dated = Vec::new();
        let mut hiding_ranges = Vec::new();
        let mut hidden_runs = Vec::new();
        // The merged ranges as the sheet's check read them; `None`: read by calamine.
        let (mut merges, mut merge_unread) = (None, None);
        if let Some(part) = package.sheet_parts.get(name) {
            let max_cells = budget.max_cells;
            let styles = &package.styles;
            let strings = &package.strings;
            let check = move || cell_values::check_xlsx_sheet(bytes, part, name, strings, styles, max_cells);
            // A workbook with no percent, duration or time-of-day format has no such cell: what the check finds
            // cannot change how the sheet is read, so the sheet is read while it is checked (on another thread, with
            // a copy of the budget), and that reading is kept when the check refuses nothing. It was two walks of
            // the sheet one after the other, about half of reading a large workbook each.
            let checked = if package.styles.percent.is_empty()
                && package.styles.clock.is_empty()
                && package.styles.padded.is_empty()
            {
                let mut ahead = *budget;
                let (checked, read) = std::thread::scope(|s| {
                    let checking = s.spawn(check);
                    let read = read_xlsx_cells(
                        &mut book,
                        &package,
                        bytes,
                        (file_name, name),
                        (&[], &clock, &padded),
                        &mut ahead,
                        Leniency::Strict,
                    );
                    // The check panics on no input; if it ever did, the panic goes on here, as it would have unthreaded.
                    (checking.join().unwrap_or_else(|e| std::panic::resume_unwind(e)), read)
                });
                if checked.refused.is_empty() {
                    // What the reading counted is counted, as when the sheet was read after its check.
                    *budget = ahead;
                    let cells = read.map_err(|e| vec![e])?;
                    let merges = (checked.merges, checked.merge_unread.as_deref());
                    let mut sheet =
                        finish_xlsx_sheet(&mut book, cells, merges, (file_name, name), budget).map_err(|e| vec![e])?;
                    sheet.note_date_formats(checked.dated);
                    let hidden = package.visibility_of(name);
                    let rows = (checked.hidden_rows.as_slice(), checked.invisible_rows.as_slice());
                    warnings.extend(hiding_format_warning(&sheet, &checked.hiding_ranges));
                    warnings.extend(hidden_runs_warning(&sheet, &checked.hidden_runs));
                    return Ok(with_hidden(sheet, hidden, checked.hidden_columns, rows, &mut warnings));
                }
                checked
            } else {
                check()
            };
            if !checked.refused.is_empty() {
                // Each refused cell is named by its field: the sheet is read (as leniently as calamine reads it, at
                // the cost any sheet has) for its column headings and form labels only.
                let mut refused = checked.refused;
                let mut probe = *budget;
                if let Ok(sheet) = read_xlsx_sheet(
                    &mut book,
                    &package,
                    bytes,
                    (file_name, name),
                    (&[], &clock, &padded),
                    &mut probe,
                    Leniency::Headings,
                ) {
                    super::parse::name_fields(&mut refused, &sheet);
                }
                return Err(refused);
            }
            percent = checked.percent;
            clock = checked.clock.into_iter().collect();
            padded = checked.padded.into_iter().collect();
            hidden_rows = checked.hidden_rows;
            invisible_rows = checked.invisible_rows;
            hidden_columns = checked.hidden_columns;
            dated = checked.dated;
            hiding_ranges = checked.hiding_ranges;
            hidden_runs = checked.hidden_runs;
            merges = checked.merges;
            merge_unread = checked.merge_unread;
        }
        let cells = read_xlsx_cells(
            &mut book,
            &package,
            bytes,
            (file_name, name),
            (&percent, &clock, &padded),
            budget,
            Leniency::Strict,
        )
        .map_err(|e| vec![e])?;
        let merges = (merges, merge_unread.as_deref());
        let mut sheet = finish_xlsx_sheet(&mut book, cells, merges, (file_name, name), budget).map_err(|e| vec![e])?;
        sheet.note_date_formats(dated);
        let rows = (hidden_rows.as_slice(), invisible_rows.as_slice());
        warnings.extend(hiding_format_warning(&sheet, &hiding_ranges));
        warnings.extend(hidden_runs_warning(&sheet, &hidden_runs));
        Ok(with_hidden(sheet, package.visibility_of(name), hidden_columns, rows, &mut warnings))
    })?;
    wb.issues = without_unread(warnings, &wb);
    wb.hidden_sheets = package.hidden_sheets.iter().map(|(n, v)| (n.clone(), *v)).collect();
    wb.hidden_sheets.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(wb)
}

/// A warning that a sheet read for the declaration is hidden in the workbook, or hides rows that hold data: what was
/// read is not what the supplier sees on screen, with how to show it for the way it is hidden (a `veryHidden` sheet
/// is shown by no menu of Excel). `None` when nothing read is hidden.
fn hidden_warning(sheet: &Sheet, visibility: Visibility, hidden_rows: &[u32]) -> Option<Issue> {
    let rows: Vec<usize> = hidden_rows
        .iter()
        .map(|&r| r as usize)
        .filter(|&r| sheet.rows().binary_search_by_key(&r, |row| row.index).is_ok())
        .collect();
    let shown: Vec<String> = rows.iter().take(10).map(|r| (r + 1).to_string()).collect();
    let more = if rows.len() > 10 { " …" } else { "" };
    let list = format!("{}{more}", shown.join(", "));
    let m = match (visibility, rows.len()) {
        (Visibility::Shown, 0) => return None,
        (Visibility::Hidden, 0) => Message::new("intake.hidden.sheet"),
        // Excel's Unhide does not list a very hidden sheet: the message says how else to show it.
        (Visibility::VeryHidden, 0) => Message::new("intake.hidden.sheet_very"),
        (_, n) => Message::new("intake.hidden.rows").number("count", n as f64).text("list", list),
    };
    Some(Issue::said_warning(sheet.name.clone(), None, &m))
}

/// A read sheet with the columns its check found hidden, and the warnings of what it hides (`sheet_hidden`: the
/// workbook hides the whole sheet; `hidden_rows`: the rows it hides) added to `warnings`.
fn with_hidden(
    mut sheet: Sheet,
    sheet_hidden: Visibility,
    hidden_columns: Vec<(u32, u32)>,
    (hidden_rows, invisible_rows): (&[u32], &[u32]),
    warnings: &mut Vec<Issue>,
) -> Sheet {
    sheet.hidden_columns = hidden_columns;
    sheet.visibility = sheet_hidden;
    sheet.hidden_rows = hidden_rows
        .iter()
        .copied()
        .filter(|&r| sheet.rows().binary_search_by_key(&(r as usize), |row| row.index).is_ok())
        .collect();
    sheet.hidden_rows.sort_unstable();
    sheet.hidden_rows.dedup();
    warnings.extend(hidden_warning(&sheet, sheet_hidden, hidden_rows));
    warnings.extend(hidden_columns_warning(&sheet));
    warnings.extend(invisible_rows_warning(&sheet, invisible_rows));
    sheet
}

/// A warning that cells of a sheet read for the declaration hold values under a conditional format that can hide
/// them (its colour that of its background, or a format that shows nothing: [`cell_values::NumberStyles::hiding_formats`]),
/// naming the ranges that hold values (at most ten): what was read may not be what the sheet shows. `None` when no
/// such range holds a value.
fn hiding_format_warning(sheet: &Sheet, ranges: &[cell_values::CellRange]) -> Option<Issue> {
    // Each range is named by the cells in it that hold values (the smallest rectangle around them): a format over a
    // whole column holding one value names that cell. Rows and their cells are sorted, so each range reads only the
    // cells inside it, whatever its size.
    let rows = sheet.rows();
    let filled = |&((r0, c0), (r1, c1)): &cell_values::CellRange| -> Option<cell_values::CellRange> {
        let (r0, c0, r1, c1) = (r0 as usize, c0 as usize, r1 as usize, c1 as usize);
        let first = rows.partition_point(|row| row.index < r0);
        let last = rows.partition_point(|row| row.index <= r1);
        let mut found: Option<cell_values::CellRange> = None;
        for row in rows.get(first..last).unwrap_or_default() {
            let from = row.cells.partition_point(|(c, _)| *c < c0);
            let to = row.cells.partition_point(|(c, _)| *c <= c1);
            // No cell of the row inside the range.
            if from >= to {
                continue;
            }
            let (Some((a, _)), Some((b, _))) = (row.cells.get(from), row.cells.get(to - 1)) else { continue };
            let at = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
            let (r, a, b) = (at(row.index), at(*a), at(*b));
            found = Some(match found {
                None => ((r, a), (r, b)),
                Some(((y0, x0), (y1, x1))) => ((y0.min(r), x0.min(a)), (y1.max(r), x1.max(b))),
            });
        }
        found
    };
    let mut named: Vec<String> = Vec::new();
    let mut seen = rustc_hash::FxHashSet::default();
    for ((r0, c0), (r1, c1)) in ranges.iter().filter_map(filled) {
        let a = format!("{}{}", super::grid::column_letters(c0 as usize), r0 + 1);
        let b = format!("{}{}", super::grid::column_letters(c1 as usize), r1 + 1);
        let range = if a == b { a } else { format!("{a}:{b}") };
        if seen.insert(range.clone()) {
            named.push(range);
        }
    }
    if named.is_empty() {
        return None;
    }
    let more = if named.len() > 10 { " …" } else { "" };
    let list = format!("{}{more}", named.iter().take(10).cloned().collect::<Vec<_>>().join(", "));
    // One cell is said as one cell; one range, or several, as cells.
    let key = match named.as_slice() {
        [one] if !one.contains(':') => "intake.hidden.conditional_cell",
        _ => "intake.hidden.conditional",
    };
    let m = Message::new(key).number("count", named.len() as f64).text("list", list);
    Some(Issue::said_warning(sheet.name.clone(), None, &m))
}

/// A warning that cells of a sheet read for the declaration hold a rich text part of which cannot be seen (a run in
/// the colour of the cell's background or in a font too small to read, [`cell_values::TextRuns::unseen_of`]): read with
/// the rest of the text, which is what the supplier sees. Names the cells (at most ten) and quotes the first such
/// part. `None` when there is none.
fn hidden_runs_warning(sheet: &Sheet, cells: &[cell_values::HiddenRun]) -> Option<Issue> {
    let ((_, _), first) = cells.first()?;
    let named: Vec<String> = cells
        .iter()
        .take(10)
        .map(|((r, c), _)| format!("{}{}", super::grid::column_letters(*c as usize), r + 1))
        .collect();
    let more = if cells.len() > 10 { " …" } else { "" };
    let list = format!("{}{more}", named.join(", "));
    let m = Message::new("intake.hidden.runs")
        .number("count", cells.len() as f64)
        .text("list", list)
        .text("text", first.trim().to_string());
    Some(Issue::said_warning(sheet.name.clone(), None, &m))
}

/// A warning that rows of a sheet read for the declaration hold values written in white on white (a font of white on
/// no fill): read like the others, but invisible on the sheet, as a hidden row's are. The rows named (at most ten).
/// `None` when no such row holds data.
fn invisible_rows_warning(sheet: &Sheet, invisible_rows: &[u32]) -> Option<Issue> {
    let rows: Vec<usize> = invisible_rows
        .iter()
        .map(|&r| r as usize)
        .filter(|&r| sheet.rows().binary_search_by_key(&r, |row| row.index).is_ok())
        .collect();
    if rows.is_empty() {
        return None;
    }
    let shown: Vec<String> = rows.iter().take(10).map(|r| (r + 1).to_string()).collect();
    let more = if rows.len() > 10 { " …" } else { "" };
    let list = format!("{}{more}", shown.join(", "));
    let m = Message::new("intake.hidden.white_rows").number("count", rows.len() as f64).text("list", list);
    Some(Issue::said_warning(sheet.name.clone(), None, &m))
}

/// A warning that columns of a sheet read for the declaration are hidden (or of width zero) and hold values, naming
/// them (`L`, at most ten): what was read is not what the supplier sees. `None` when no hidden column holds a value.
fn hidden_columns_warning(sheet: &Sheet) -> Option<Issue> {
    if sheet.hidden_columns.is_empty() {
        return None;
    }
    let mut cols: Vec<usize> =
        sheet.rows().iter().flat_map(|r| r.cells.iter().map(|(c, _)| *c)).filter(|&c| sheet.column_hidden(c)).collect();
    cols.sort_unstable();
    cols.dedup();
    let shown: Vec<String> = cols.iter().take(10).map(|&c| super::grid::column_letters(c)).collect();
    let more = if cols.len() > 10 { " …" } else { "" };
    let list = format!("{}{more}", shown.join(", "));
    let m = match cols.len() {
        0 => return None,
        n => Message::new("intake.hidden.columns").number("count", n as f64).text("list", list),
    };
    Some(Issue::said_warning(sheet.name.clone(), None, &m))
}

/// How a sheet is read: for its values (a cell calamine cannot read stops it), or for its headings only, to name the
/// fields of cells already refused (a cell calamine cannot read is skipped, at most [`cell_values::MOST_REPORTED`]
/// times over: calamine's cell reader goes on with the next cell).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Leniency {
    Strict,
    Headings,
}

/// A set of cells of a sheet, `(row, column)`, 0-based.
type Cells = rustc_hash::FxHashSet<(u32, u32)>;

/// The number cells whose format shows them otherwise than as their digits (`00000`, `000000000"RT0001"`,
/// `#,##0`), each with its format.
type Padded = rustc_hash::FxHashMap<(u32, u32), Arc<NumberFormat>>;

/// Streams one XLSX sheet's cells into the grid (the sheet `name` of the workbook `file_name`, both named by its
/// refusal as damaged). `percent`, `clock`: the number cells formatted as percentages, and as durations or times of
/// day (whose numbers become [`Cell::Duration`], never dates).
fn read_xlsx_sheet(
    book: &mut calamine::Xlsx<Cursor<&[u8]>>,
    package: &Package,
    bytes: &[u8],
    names: (&str, &str),
    formats: (&[(u32, u32)], &Cells, &Padded),
    budget: &mut Budget,
    leniency: Leniency,
) -> Result<Sheet, Issue> {
    let sheet = read_xlsx_cells(book, package, bytes, names, formats, budget, leniency)?;
    finish_xlsx_sheet(book, sheet, (None, None), names, budget)
}

/// A sheet whose cells were read ([`read_xlsx_cells`]) with its merged ranges: `merges` as the check of the sheet's
/// part read them (`cell_values::XlsxChecked::merges`), or, for `None`, as calamine reads them. When calamine cannot,
/// the sheet is refused as damaged, naming the range the check could not read (`unread`) when it found one.
fn finish_xlsx_sheet(
    book: &mut calamine::Xlsx<Cursor<&[u8]>>,
    mut sheet: SheetBuilder,
    (merges, unread): (Option<Vec<cell_values::CellRange>>, Option<&str>),
    (file_name, name): (&str, &str),
    budget: &Budget,
) -> Result<Sheet, Issue> {
    let merges = match merges {
        Some(ranges) => ranges.into_iter().map(|(start, end)| Merge { start, end }).collect(),
        None => book
            .merge_cells_by_sheet_name(name)
            .map_err(|e| match unread {
                Some(written) => {
                    let m = Message::new("intake.sheet.merge_unreadable").text("range", written);
                    Issue::said_error(name, None, &m)
                }
                None => sheet_damaged(file_name, name, e),
            })?
            .into_iter()
            .map(|d| Merge { start: d.start, end: d.end })
            .collect::<Vec<_>>(),
    };
    for merge in merges {
        sheet.merge(merge, budget)?;
    }
    sheet.finish(budget.max_cells)
}

/// [`read_xlsx_sheet`]'s cells, their merged ranges not yet read.
fn read_xlsx_cells(
    book: &mut calamine::Xlsx<Cursor<&[u8]>>,
    package: &Package,
    bytes: &[u8],
    (file_name, name): (&str, &str),
    (percent, clock, padded): (&[(u32, u32)], &Cells, &Padded),
    budget: &mut Budget,
    leniency: Leniency,
) -> Result<SheetBuilder, Issue> {
    {
        let mut sheet = SheetBuilder::new(name, Style::A1);
        for &(r, c) in percent {
            if !sheet.percent_cell(r, c, budget) {
                break;
            }
        }
        let mut unknown_errors = false;
        let mut skipped = 0usize;
        let epoch_1904 = book.has_1904_epoch();
        let mut cells = book.worksheet_cells_reader(name).map_err(|e| sheet_damaged(file_name, name, e))?;
        loop {
            match cells.next_cell_with_formula_metadata() {
                Ok(Some(rec)) => {
                    let (row, col) = rec.pos;
                    // What a writer that cannot calculate stores as a formula's result: zero (also as a date, day
                    // zero) or nothing.
                    let (placeholder, cached) = stored_result(&rec.value);
                    let value = match rec.value {
                        // A number shown as a duration or a time of day is one, whatever date calamine makes of it.
                        DataRef::DateTime(dt) if clock.contains(&(row, col)) => Cell::Duration(clock_text(dt.as_f64())),
                        DataRef::Float(f) if clock.contains(&(row, col)) => Cell::Duration(clock_text(f)),
                        DataRef::Int(i) if clock.contains(&(row, col)) => Cell::Duration(clock_text(i as f64)),
                        other => data_cell(other),
                    };
                    // A number whose format shows it otherwise than as its digits keeps its format: the fields that
                    // take text (a postal code, an identifier) then read what the supplier sees (`02345`,
                    // `123456782RT0001`), those that take numbers the number.
                    let value = match (value, padded.get(&(row, col))) {
                        (Cell::Number(n), Some(format)) => Formatted::cell(n, format),
                        (value, _) => value,
                    };
                    let cell = match (rec.formula, value) {
                        // A formula's cached result is its value only when one was stored. A workbook that asks
                        // to be recalculated on open was written by a program that could not calculate: its
                        // placeholders (0, nothing) are not results, and neither is what it stored for a formula
                        // that reads cells (`=Lookup!B2` stored as `Canada` while Lookup!B2 holds `China`): every
                        // spreadsheet program shows the recalculated value, never the stored one. A stored result
                        // of a formula of constants is kept once checked against the formula (below).
                        (Some(f), value)
                            if value.is_blank()
                                || (package.full_calc_on_load
                                    && (placeholder || !super::formula::is_constant(&formula_text(&f)))) =>
                        {
                            Cell::Uncalculated(formula_text(&f))
                        }
                        // A formula of constants whose stored result is not its own: a placeholder kept by a
                        // program that saved the file again without calculating it (the flag above is then gone).
                        (Some(f), _)
                            if cached.is_some_and(|v| {
                                super::formula::stored_result_is_stale(&formula_text(&f), v, epoch_1904)
                            }) =>
                        {
                            Cell::Uncalculated(formula_text(&f))
                        }
                        // A formula of constants that gives a text other than the one stored (`="Chi"&"na"` stored
                        // as `India`): the stored text is not its result.
                        (Some(f), Cell::Text(t)) if super::formula::stored_text_is_stale(&formula_text(&f), &t) => {
                            Cell::Uncalculated(formula_text(&f))
                        }
                        // Any other formula (one that reads cells) in a workbook saved without recalculating: its
                        // stored result may be older than the cells it reads.
                        (Some(f), _) if package.manual_unsaved && !super::formula::is_constant(&formula_text(&f)) => {
                            Cell::Stale(formula_text(&f))
                        }
                        (_, value) => value,
                    };
                    sheet.push(row, col, cell, budget)?;
                }
                Ok(None) => break,
                // An error value calamine does not know stops that cell only; it is found below.
                Err(XlsxError::CellError(_)) => unknown_errors = true,
                Err(_) if leniency == Leniency::Headings && skipped <= cell_values::MOST_REPORTED => skipped += 1,
                Err(e) => return Err(sheet_damaged(file_name, name, e)),
            }
        }
        if unknown_errors {
            for (r, c, value) in package.error_cells(bytes, name) {
                sheet.push(r, c, Cell::error_written(value), budget)?;
            }
        }
        Ok(sheet)
    }
}

fn formula_text(f: &calamine::XlsxFormulaMetadata) -> String {
    match f {
        calamine::XlsxFormulaMetadata::Normal { formula } | calamine::XlsxFormulaMetadata::Shared { formula, .. } => {
            format!("={formula}")
        }
        _ => "=…".to_string(),
    }
}

/// What a formula cell's stored result is, judged as `read_xlsx_sheet` judges an XLSX one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FormulaState {
    /// The stored result is the cell's value.
    Value,
    /// The stored result was never calculated ([`Cell::Uncalculated`]).
    Uncalculated,
    /// The stored result may be older than the cells the formula reads ([`Cell::Stale`]).
    Stale,
}

/// Whether a stored result is what a writer that cannot calculate stores as a formula's result (zero, also as a date,
/// day zero, or nothing), and its number: one rule for XLSX's and XLSB's formula cells.
fn stored_result(value: &DataRef<'_>) -> (bool, Option<f64>) {
    let placeholder = match value {
        DataRef::Int(0) | DataRef::Empty => true,
        DataRef::Float(f) => *f == 0.0,
        DataRef::DateTime(dt) => dt.as_f64() == 0.0,
        DataRef::String(s) => s.is_empty(),
        DataRef::SharedString(s) => s.is_empty(),
        _ => false,
    };
    let cached = match value {
        DataRef::Int(i) => Some(*i as f64),
        DataRef::Float(f) => Some(*f),
        DataRef::DateTime(dt) => Some(dt.as_f64()),
        _ => None,
    };
    (placeholder, cached)
}

/// An XLSB formula cell judged by XLSX's four rules: a blank result, or in a workbook that asks to be recalculated on
/// open a placeholder or a formula that reads cells, was never calculated; a formula of constants (`constant`, its
/// text, [`super::xlsb::constant_formula`]) whose stored number or text is not its own result was never calculated;
/// in a workbook set to manual calculation and saved without recalculating, a formula that reads cells may be stale.
/// `value` is the cell as read, `(placeholder, cached)` its stored result ([`stored_result`]).
fn xlsb_formula_state(
    value: &Cell,
    (placeholder, cached): (bool, Option<f64>),
    constant: Option<&str>,
    calc: super::xlsb::Calculation,
    epoch_1904: bool,
) -> FormulaState {
    let constant = constant.filter(|f| super::formula::is_constant(f));
    if value.is_blank() || (calc.full_calc_on_load && (placeholder || constant.is_none())) {
        return FormulaState::Uncalculated;
    }
    if let Some(f) = constant {
        if cached.is_some_and(|v| super::formula::stored_result_is_stale(f, v, epoch_1904)) {
            return FormulaState::Uncalculated;
        }
        if let Cell::Text(t) = value
            && super::formula::stored_text_is_stale(f, t)
        {
            return FormulaState::Uncalculated;
        }
    }
    if calc.manual_unsaved && constant.is_none() {
        return FormulaState::Stale;
    }
    FormulaState::Value
}

/// The texts calamine writes out (`XlsbCellsReader::next_formula`) of the formulas of the cells `wanted` of the XLSB
/// sheet `name`, `=` first, at most [`super::xlsb::MOST_FORMULA_CHARS`] characters. A formula calamine cannot write
/// out (a token it does not know, a shared formula's `PtgExp`, which it writes as nothing) is left out, and so is
/// every one after a panic of its reader (caught here: naming a formula is no reason to refuse a file calamine read).
fn xlsb_formula_texts(
    book: &mut calamine::Xlsb<Cursor<&[u8]>>,
    name: &str,
    wanted: &rustc_hash::FxHashSet<(u32, u32)>,
    most_bytes: usize,
) -> rustc_hash::FxHashMap<(u32, u32), String> {
    let mut out = rustc_hash::FxHashMap::default();
    if wanted.is_empty() {
        return out;
    }
    let mut bytes = 0usize;
    let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let Ok(mut cells) = book.worksheet_cells_reader(name) else { return };
        loop {
            match cells.next_formula() {
                Ok(Some(c)) => {
                    let text = c.get_value().trim();
                    if !text.is_empty() && wanted.contains(&c.get_position()) {
                        let text: String = text.chars().take(super::xlsb::MOST_FORMULA_CHARS).collect();
                        bytes = bytes.saturating_add(text.len());
                        // Past what the sheet may hold in text, the cells would be refused for it anyway.
                        if bytes > most_bytes {
                            break;
                        }
                        out.insert(c.get_position(), format!("={text}"));
                        if out.len() == wanted.len() {
                            break;
                        }
                    }
                }
                // The part's end, or a record cut short: nothing more to read.
                Ok(None) | Err(calamine::XlsbError::Io(_)) => break,
                // A formula calamine cannot write out: its record is read, the next one follows.
                Err(_) => {}
            }
        }
    }));
    out
}

/// Reads the sheets of the format from an XLSB workbook, streaming each sheet's cells. A formula's stored result is
/// judged as XLSX's is ([`xlsb_formula_state`]), by the workbook's calculation properties (`BrtCalcProp`).
pub fn read_xlsb(file_name: &str, bytes: &[u8], limits: &Limits, budget: &mut Budget) -> Result<Workbook, Vec<Issue>> {
    // A workbook part that is no workbook's, or relationships that do not say where a sheet is: refused once, naming
    // the part, before calamine stops on it without a word of which part (or panics on it).
    if let Some(fault) = super::xlsb::workbook_fault(bytes) {
        return Err(vec![part_refused(file_name, &fault)]);
    }
    let mut book: calamine::Xlsb<_> =
        calamine::Xlsb::new(Cursor::new(bytes)).map_err(|e| vec![damaged(file_name, e)])?;
    let is_1904 = book.has_1904_epoch();
    // How the workbook shows each sheet: a hidden or `veryHidden` sheet is warned of as in an XLSX workbook.
    let hidden: Vec<(String, Visibility)> = book
        .sheets_metadata()
        .iter()
        .filter_map(|s| {
            let v = match s.visible {
                calamine::SheetVisible::Visible => Visibility::Shown,
                calamine::SheetVisible::Hidden => Visibility::Hidden,
                calamine::SheetVisible::VeryHidden => Visibility::VeryHidden,
            };
            v.is_hidden().then(|| (s.name.clone(), v))
        })
        .collect();
    let visibility_of = |name: &str| hidden.iter().find(|(n, _)| n == name).map_or(Visibility::Shown, |(_, v)| *v);
    let mut warnings = Vec::new();
    // calamine does not give an XLSB cell's number format: each cell's style is read from the sheet's part and
    // judged as XLSX's (`super::xlsb`). Without a styles part, the formats are not known.
    let styles = super::xlsb::number_styles(bytes);
    let parts = super::xlsb::sheet_parts(bytes);
    // The parts the package holds, to name a sheet's part that is missing (calamine says only that a file is).
    let held: Vec<String> = zip::ZipArchive::new(Cursor::new(bytes))
        .map(|a| a.file_names().flatten().map(|n| n.replace('\\', "/").to_ascii_lowercase()).collect())
        .unwrap_or_default();
    // Whether the workbook asks to be recalculated on open, or is saved without recalculating (its `BrtCalcProp`).
    let calc = super::xlsb::calculation(bytes);
    let shared_runs = super::xlsb::shared_runs(bytes, styles.as_ref().map_or(&[], |s| s.fonts.as_slice()));
    let shared_texts = std::cell::OnceCell::new();
    let mut wb = read_sheets(file_name, book.sheet_names(), limits, |name| {
        let mut invisible_rows = Vec::new();
        let mut hiding_ranges = Vec::new();
        let mut hidden_runs = Vec::new();
        let (mut hidden_rows, mut hidden_columns) = (Vec::new(), Vec::new());
        let mut read = || -> Result<Sheet, Vec<Issue>> {
            let mut sheet = SheetBuilder::new(name, Style::A1);
            let no_invisible = rustc_hash::FxHashSet::default();
            let walk = match parts.get(name) {
                Some(part) if !held.contains(&part.to_ascii_lowercase()) => {
                    let cause = part_cause(&super::xlsb::PartFault::Missing(part.clone()));
                    return Err(vec![sheet_refused(file_name, name, cause)]);
                }
                Some(part) => {
                    let matters = |s: u32| {
                        styles.as_ref().is_some_and(|st| {
                            st.percent.contains(&s)
                                || st.clock.contains(&s)
                                || st.padded.contains_key(&s)
                                || st.dated.contains_key(&s)
                                || st.text_shown.contains_key(&s)
                        })
                    };
                    let looks = super::xlsb::SheetLooks {
                        invisible: styles.as_ref().map_or(&no_invisible, |st| &st.invisible),
                        hiding: styles.as_ref().map_or(&no_invisible, |st| &st.hiding_formats),
                        fills: styles.as_ref().map_or(&[], |st| st.fills.as_slice()),
                        fonts: styles.as_ref().map_or(&[], |st| st.fonts.as_slice()),
                        shared: &shared_runs,
                    };
                    super::xlsb::walk_sheet(bytes, part, matters, &looks, budget.max_cells)
                }
                None => super::xlsb::SheetWalk::default(),
            };
            // A cell record cut short (a value that runs past its record): its value, or the columns of the cells
            // after it, would be lost without a word.
            if let Some((row, col)) = walk.damaged {
                let cell = a1_place(name, row as usize, col as usize);
                let refusal = sheet_damaged(file_name, name, format!("the record of cell {cell} is cut short"));
                return Err(vec![Issue { location: cell, ..refusal }]);
            }
            // A cell past the grid's last row or column: calamine would stop the sheet there without a word, leaving
            // every cell after it unread.
            if let Some((row, col)) = walk.past_grid {
                let m = Message::new("intake.ods.past_grid")
                    .number("row", f64::from(row) + 1.0)
                    .number("column", f64::from(col) + 1.0)
                    .number("rows", ODS_MAX_ROWS as f64)
                    .number("columns", ODS_MAX_COLUMNS as f64);
                return Err(vec![Issue::said_error(name, None, &m)]);
            }
            if styles.is_none() {
                sheet.formats_unknown();
            }
            let formulas = walk.formulas;
            // The formula cells whose stored result is not their value, each with its formula's text when it is of
            // constants: put in the grid after calamine's cells, once the others' formulas are written out.
            let mut judged: Vec<((u32, u32), FormulaState, Option<String>)> = Vec::new();
            let styled = walk.styles;
            invisible_rows = walk.invisible_rows;
            hiding_ranges = walk.hiding_ranges;
            hidden_runs = walk.hidden_runs;
            hidden_rows = walk.hidden_rows;
            hidden_columns = walk.hidden_columns;
            let no_styles = cell_values::NumberStyles::default();
            let st = styles.as_ref().unwrap_or(&no_styles);
            let mut dated = Vec::new();
            let mut refused = Vec::new();
            // The cells written as short records, which calamine skips: read after its cells, as they would be.
            // The shared strings are read once for the workbook, and only when a short cell names one.
            let no_texts = Vec::new();
            let texts = if walk.short_cells.iter().any(|(_, v)| matches!(v, super::xlsb::ShortValue::Shared(_))) {
                shared_texts.get_or_init(|| super::xlsb::shared_texts(bytes, budget.max_cells))
            } else {
                &no_texts
            };
            let mut shorts = walk.short_cells.into_iter();
            let mut cells = book.worksheet_cells_reader(name).map_err(|e| vec![sheet_damaged(file_name, name, e)])?;
            let mut calamine_done = false;
            loop {
                let next = if calamine_done { Ok(None) } else { cells.next_cell() };
                let ((row, col), value, formula) = match next {
                    Ok(Some(c)) => (c.get_position(), c.get_value().clone(), formulas.at(c.get_position())),
                    Ok(None) => {
                        calamine_done = true;
                        let Some(((row, col), v)) = shorts.next() else { break };
                        let dated = styled.get(&(row, col)).is_some_and(|s| st.dated.contains_key(s));
                        ((row, col), short_data(v, texts, dated, is_1904), None)
                    }
                    // An error value calamine does not know stops that cell only; the walk found it (below).
                    Err(calamine::XlsbError::CellError(_)) => continue,
                    Err(e) => return Err(vec![sheet_damaged(file_name, name, e)]),
                };
                let style = styled.get(&(row, col)).copied();
                let clock = style.is_some_and(|s| st.clock.contains(&s));
                let stored = formula.map(|_| stored_result(&value));
                // As in XLSX: a number shown as a duration or a time of day is one; a percent cell is marked; a date
                // keeps its format's code; a number shown otherwise than as its digits keeps its format.
                let value = match value {
                    DataRef::DateTime(dt) if clock => Cell::Duration(clock_text(dt.as_f64())),
                    DataRef::Float(f) if clock => Cell::Duration(clock_text(f)),
                    DataRef::Int(i) if clock => Cell::Duration(clock_text(i as f64)),
                    other => data_cell(other),
                };
                // A formula's stored result is its value only when it can be trusted, as in XLSX.
                if let (Some(constant), Some(stored)) = (formula, stored) {
                    let state = xlsb_formula_state(&value, stored, constant, calc, is_1904);
                    if state != FormulaState::Value {
                        judged.push(((row, col), state, constant.map(str::to_string)));
                        continue;
                    }
                }
                if let Some(s) = style {
                    if matches!(value, Cell::Number(_)) && st.percent.contains(&s) {
                        sheet.percent_cell(row, col, budget);
                    }
                    // A text the sheet does not show: its format's text section replaces or hides it, as in XLSX.
                    if matches!(value, Cell::Text(_)) {
                        refused.extend(text_format_refusal(st, name, (row, col), s, refused.len()));
                    }
                    if let Some(code) = st.dated.get(&s)
                        && dated.len() < budget.max_cells
                    {
                        dated.push(((row, col), code.clone()));
                    }
                }
                let value = match (value, style.and_then(|s| st.padded.get(&s))) {
                    (Cell::Number(n), Some(format)) => Formatted::cell(n, format),
                    (value, _) => value,
                };
                sheet.push(row, col, value, budget).map_err(|e| vec![e])?;
            }
            drop(cells);
            // The rich texts stored in their cells (`BrtCellRString`), which calamine skips: read as the text they are,
            // judged by their cell's format as any text is. Never a blank where the sheet shows a text.
            for ((row, col), text) in walk.rich_cells {
                if let Some(&s) = styled.get(&(row, col)) {
                    refused.extend(text_format_refusal(st, name, (row, col), s, refused.len()));
                }
                sheet.push(row, col, Cell::Text(text), budget).map_err(|e| vec![e])?;
            }
            // The error cells calamine does not give: a formula's error result (which it reads as an empty cell) and
            // an error value of a code it does not know. Never a blank where the sheet shows an error.
            for (row, col, code) in walk.errors {
                let name = super::xlsb::error_name(code).map_or_else(|| format!("#ERROR_{code:02X}"), str::to_string);
                let error = Cell::Error(name);
                // A formula's error result is judged as any formula's (no placeholder, no number).
                if let Some(constant) = formulas.at((row, col)) {
                    let state = xlsb_formula_state(&error, (false, None), constant, calc, is_1904);
                    if state != FormulaState::Value {
                        judged.push(((row, col), state, constant.map(str::to_string)));
                        continue;
                    }
                }
                sheet.push(row, col, error, budget).map_err(|e| vec![e])?;
            }
            // The formulas judged, named by their text: a formula of constants by the text written from its tokens,
            // any other by calamine's (`=…` where it cannot write one out), as XLSX names one it cannot show.
            let unnamed = judged.iter().filter(|(_, _, text)| text.is_none()).map(|(at, _, _)| *at).collect();
            let mut named = xlsb_formula_texts(&mut book, name, &unnamed, budget.text_bytes_left);
            for (at, state, text) in judged {
                let text = text.or_else(|| named.remove(&at)).unwrap_or_else(|| "=…".to_string());
                let cell = if state == FormulaState::Stale { Cell::Stale(text) } else { Cell::Uncalculated(text) };
                sheet.push(at.0, at.1, cell, budget).map_err(|e| vec![e])?;
            }
            // The merged ranges, which calamine does not give: each lends its first cell's value as in XLSX.
            for (start, end) in walk.merges {
                sheet.merge(Merge { start, end }, budget).map_err(|e| vec![e])?;
            }
            let mut sheet = sheet.finish(budget.max_cells).map_err(|e| vec![e])?;
            if !refused.is_empty() {
                super::parse::name_fields(&mut refused, &sheet);
                return Err(refused);
            }
            sheet.note_date_formats(dated);
            Ok(sheet)
        };
        let sheet = read()?;
        // calamine does not give an XLSB sheet's hidden rows or columns: the walk reads them from the sheet's records,
        // with the rows whose text cannot be seen (from the styles' fonts and fills), the conditional formats that can
        // hide what a cell holds and the parts of rich texts that cannot be seen.
        warnings.extend(hiding_format_warning(&sheet, &hiding_ranges));
        warnings.extend(hidden_runs_warning(&sheet, &hidden_runs));
        let rows = (hidden_rows.as_slice(), invisible_rows.as_slice());
        Ok(with_hidden(sheet, visibility_of(name), hidden_columns, rows, &mut warnings))
    })?;
    wb.issues = without_unread(warnings, &wb);
    wb.hidden_sheets = hidden;
    wb.hidden_sheets.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(wb)
}

/// What the walk of an ODS file's content found: per table, its merged ranges and the ranges of its percentage
/// cells (`office:value-type="percentage"`, whose value is a fraction: 0.35 is 35 %).
#[derive(Default)]
struct OdsScan {
    merges: HashMap<String, Vec<Merge>>,
    percent: HashMap<String, Vec<Merge>>,
    /// The cells whose value attributes are not what their type says, each named with its field (at most
    /// [`cell_values::MOST_REPORTED`]): the walk goes on past them, to count the cells and find the others.
    refused: Vec<Issue>,
    /// Per table, the cells whose numeric value is a state, not a value: an error stored with a number
    /// (`calcext:value-type="error"`, or a formula showing `#DIV/0!`), and a formula whose stored result is 0 from a
    /// writer that did not calculate it (no `calcext:value-type`, which LibreOffice writes on every result).
    states: HashMap<String, Vec<(u32, u32, Cell)>>,
    /// Per table, the ranges of cells whose value is shown as a duration or a time of day (`office:value-type="time"`,
    /// or a number or date whose style's data style is a `number:time-style`), each with the text the cell shows:
    /// read as [`Cell::Duration`], never as a date or a count.
    clock: HashMap<String, Vec<(Merge, String)>>,
    /// Per table, the ranges of number cells whose data style shows them otherwise than as their digits
    /// (`number:min-integer-digits="5"`, shown `02345`; literal text; grouping), each with its format: read as
    /// XLSX's formatted cells are.
    padded: HashMap<String, Vec<(Merge, Arc<NumberFormat>)>>,
    /// Per table, the ranges of date cells (`office:value-type="date"`) whose date style is known, each with its code
    /// written as XLSX's (`yyyy-dd-mm`): a date field judges what they show ([`super::shown_date`]).
    dated: HashMap<String, Vec<(Merge, Arc<str>)>>,
    /// Per table, the ranges of rows it hides (`table:visibility="collapse"` or `"filter"`, or a row style of height
    /// zero), first and last, 0-based.
    hidden_rows: HashMap<String, Vec<(u64, u64)>>,
    /// Per table, the ranges of columns it hides (`table:visibility` on `table:table-column`, or a column style of
    /// width zero), first and last, 0-based.
    hidden_columns: HashMap<String, Vec<(u32, u32)>>,
    /// Per table, the ranges of rows holding a value in a cell style whose text is white on a white background, first
    /// and last, 0-based: read, but invisible on the sheet.
    invisible_rows: HashMap<String, Vec<(u64, u64)>>,
    /// Per table, the cells holding a text part of which cannot be seen ([`OdsClockStyles::span_hides`]: a
    /// `text:span` in white on the cell's white background, or in a font too small to read), with that part, in
    /// order, at most [`cell_values::MOST_RUNS`] of them.
    hidden_runs: HashMap<String, Vec<cell_values::HiddenRun>>,
    /// Per table, the ranges under a conditional format that can hide their text: a LibreOffice conditional format
    /// (`calcext:conditional-format`'s `calcext:target-range-address`) one of whose conditions applies a style whose
    /// text cannot be seen ([`OdsClockStyles::invisible`]), and the cells of a cell style whose condition
    /// (`style:map`, ODF 1.2 §16.3) applies one ([`OdsClockStyles::condition_hides`]). First and last cell, 0-based,
    /// at most `limits.max_cells`.
    hiding_ranges: HashMap<String, Vec<cell_values::CellRange>>,
    /// The tables whose table style hides them (`table:display="false"`).
    hidden_tables: rustc_hash::FxHashSet<String>,
    /// Whether the document is set not to calculate by itself (see [`ods_autocalculate_off`]).
    manual: bool,
    /// Per table, the ranges of number cells whose saved text (`text:p`) does not show their value, and of number
    /// cells in a date style ([`SavedText`], judged by [`super::ods_shown`]).
    saved: HashMap<String, Vec<(Merge, SavedText)>>,
    /// The names of the tables, in the order of the document (at most one past `limits.max_sheets`), and how many
    /// there are.
    tables: Vec<String>,
    table_count: usize,
    /// Per table read for the declaration (one the format names, or one that looks like one of them), its cell
    /// elements holding a value or a formula, their repeats kept as counts ([`OdsRun`]): what reading the table costs
    /// follows its filled cells, whatever its blank rows and columns.
    cells: HashMap<String, Vec<OdsRun>>,
}

/// The styles of an ODS workbook that change what a cell shows or whether it shows at all (in `styles.xml` and the
/// automatic styles of `content.xml`): the cell styles (`style:style` of the family `table-cell`) with their time data
/// styles (`number:time-style`: `HH:MM`, `[HH]:MM:SS`), to tell the cells shown as a duration or a time of day, and
/// their number styles that pad with zeros (`00000`); the column styles of width zero, row styles of height zero and
/// table styles not displayed, which hide what they style. At most `max_cells` of each are kept.
#[derive(Default)]
struct OdsClockStyles {
    time_styles: rustc_hash::FxHashSet<String>,
    /// The percentage styles (`number:percentage-style`): a `float` cell shown in one shows its value times 100 with a
    /// `%` sign, as a `percentage` cell does (a writer other than LibreOffice may give a percentage so).
    percent_styles: rustc_hash::FxHashSet<String>,
    /// The currency styles (`number:currency-style`, ODF 1.2 §16.27.7), each with the currency symbol it shows
    /// (`number:currency-symbol`'s text, `$`, `€`; empty when it shows none): a `float` cell shown in one shows an
    /// amount of money, as a `currency` cell does.
    currency_styles: rustc_hash::FxHashMap<String, String>,
    /// Each cell style's data style and parent style.
    cell_styles: HashMap<String, (Option<String>, Option<String>)>,
    /// The number styles that show a number otherwise than as its digits (zeros, text, grouping), with their format.
    padded_styles: rustc_hash::FxHashMap<String, Arc<NumberFormat>>,
    /// What each number style read so far shows, for the maps of the styles after it (`style:map`).
    sections: rustc_hash::FxHashMap<String, OdsSection>,
    /// The date styles (`number:date-style`), each with its code written as XLSX's (`yyyy-dd-mm`), so that a date
    /// field judges what a date cell shows ([`super::shown_date`]).
    date_styles: rustc_hash::FxHashMap<String, String>,
    /// The column, row and table styles that hide what they style.
    hiding: rustc_hash::FxHashSet<String>,
    /// Each cell style's colours, where it gives them: its text's (`fo:color`: `Some(None)` for a window font colour,
    /// `style:use-window-font-color`, which the program draws to be seen on any background), and its background's
    /// (`fo:background-color`, white for `transparent`). A style that gives neither takes its parent's.
    colours: HashMap<String, OdsColours>,
    /// The text styles (`style:style` of the family `text`, which a `text:span` names) that may hide their text:
    /// their colour (`fo:color`, not a window font colour), and whether they hide it whatever the background — a
    /// font too small to read (`fo:font-size` under [`SMALLEST_FONT`] points) or text not displayed
    /// (`text:display="none"`, ODF 1.2 §20.370).
    text_looks: HashMap<String, (Option<Rgb>, bool)>,
    /// The parent of each text style that names one (`style:parent-style-name`: an automatic style of `content.xml`
    /// over a named style of `styles.xml`), whose look it takes where it gives none.
    text_parents: HashMap<String, String>,
    /// The cell styles whose font is too small to read (`fo:font-size` in points under [`SMALLEST_FONT`]): what a
    /// cell of them holds is as unseen as white on white. A style that gives no size takes its parent's.
    tiny_cells: HashMap<String, bool>,
    /// The conditions of the cell styles (`style:map` inside a `style:style` of the family `table-cell`, ODF 1.2
    /// §16.3): the styles each may apply (`style:apply-style-name`), at most [`MOST_CONDITIONS`] a style.
    cell_maps: HashMap<String, Vec<String>>,
    /// The cell style being read (open, not empty), whose text and cell properties give its colours.
    open_cell: Option<String>,
    /// The text style being read (open, not empty), whose text properties give its look.
    open_text: Option<String>,
    /// The style element being read (open, not empty), whose children say what it does.
    open: Option<OpenStyle>,
}

/// An ODS length (`fo:font-size`, XSL-FO's units) in points: `pt`, `pc` (12 pt), `in` (72 pt), `cm`, `mm`, `px`
/// (0.75 pt); `None` for a percentage or anything else.
fn ods_points(v: &str) -> Option<f64> {
    let v = v.trim();
    let split = v.find(|c: char| c.is_ascii_alphabetic() || c == '%')?;
    let (number, unit) = v.split_at(split);
    let x: f64 = number.trim().parse().ok()?;
    let per = match unit {
        "pt" => 1.0,
        "pc" => 12.0,
        "in" => 72.0,
        "cm" => 72.0 / 2.54,
        "mm" => 72.0 / 25.4,
        "px" => 0.75,
        _ => return None,
    };
    Some(x * per)
}

/// An ODS colour (`#rrggbb`, XSL-FO's `fo:color` and `fo:background-color`) as red, green, blue; `None` for anything
/// else (`transparent`, a name).
fn ods_rgb(v: &str) -> Option<Rgb> {
    let hex = v.trim().strip_prefix('#').filter(|h| h.len() == 6 && h.is_ascii())?;
    let channel = |at: usize| hex.get(at..at + 2).and_then(|c| u8::from_str_radix(c, 16).ok());
    Some([channel(0)?, channel(2)?, channel(4)?])
}

/// A cell style's colours as [`OdsClockStyles::colours`] keeps them: its text's (`Some(None)`: the window font
/// colour) and its background's, each `None` where the style does not give it.
type OdsColours = (Option<Option<Rgb>>, Option<Rgb>);

/// A style element whose children are being read.
enum OpenStyle {
    /// A `number:number-style`, with what its children show.
    Number { name: String, style: NumberStyleReading },
    /// A `style:style` of the family `table-column`, `table-row` or `table`.
    Layout { name: String },
    /// A `number:date-style`, with its parts so far.
    Date { name: String, style: super::shown_date::OdsDateStyle },
    /// A `number:currency-style`, with its currency symbol so far (`Some` while its `number:currency-symbol` is
    /// read).
    Currency { name: String, symbol: String, reading: bool },
}

/// The cells an ODS cell element stands for (`row_repeat` rows by `repeat` columns from `(row, col)`), cut at the
/// grid's edge; `None` when the cell starts past it.
fn ods_cell_range(row: u64, col: u64, row_repeat: u64, repeat: u64) -> Option<Merge> {
    (row < ODS_MAX_ROWS && col < ODS_MAX_COLUMNS).then(|| {
        let end_row = (row + row_repeat.max(1) - 1).min(ODS_MAX_ROWS - 1);
        let end_col = (col + repeat.max(1) - 1).min(ODS_MAX_COLUMNS - 1);
        Merge { start: (row as u32, col as u32), end: (end_row as u32, end_col as u32) }
    })
}

/// A length of the ODS format (`0in`, `0.000cm`, `0pt`) that is zero: a column or row drawn with no room, as
/// invisible as a hidden one.
fn ods_zero_length(v: &str) -> bool {
    v.trim().trim_end_matches(|c: char| c.is_ascii_alphabetic()).parse::<f64>().is_ok_and(|n| n == 0.0)
}

impl OdsClockStyles {
    /// Follows a style element (`style:…`, `number:…`) as it opens (or stands empty).
    fn feed(&mut self, e: &BytesStart<'_>, empty: bool, max: usize) {
        match e.name().as_ref() {
            "number:time-style" => {
                if let Some(name) = attr(e, "style:name")
                    && self.time_styles.len() < max
                {
                    self.time_styles.insert(name);
                }
            }
            "number:percentage-style" => {
                if let Some(name) = attr(e, "style:name")
                    && self.percent_styles.len() < max
                {
                    self.percent_styles.insert(name);
                }
            }
            "number:currency-style" => {
                self.open = attr(e, "style:name").map(|name| OpenStyle::Currency {
                    name,
                    symbol: String::new(),
                    reading: false,
                });
                if empty {
                    self.close_number_style(max);
                }
            }
            "number:currency-symbol" => {
                if let Some(OpenStyle::Currency { reading, .. }) = &mut self.open {
                    *reading = !empty;
                }
            }
            "number:number-style" | "number:text-style" => {
                let style = if e.name().as_ref() == "number:text-style" {
                    NumberStyleReading::text_style()
                } else {
                    NumberStyleReading::new()
                };
                self.open = attr(e, "style:name").map(|name| OpenStyle::Number { name, style });
                // A number style with no content shows nothing (the ODS form of `;;;`).
                if empty {
                    self.close_number_style(max);
                }
            }
            "number:date-style" => {
                // `number:automatic-order="true"`: the day, month and year are shown in the order of the style's
                // language, not as written (ODF 1.2 §19.340).
                let automatic = attr(e, "number:automatic-order").is_some_and(|v| v.trim() == "true");
                self.open = attr(e, "style:name").map(|name| OpenStyle::Date {
                    name,
                    style: super::shown_date::OdsDateStyle::with_automatic_order(automatic),
                });
                if empty {
                    self.close_number_style(max);
                }
            }
            // The parts of a date style (ODF 1.2 §16.27.10–16.27.23); in a number style, what is not known.
            "number:year"
            | "number:month"
            | "number:day"
            | "number:day-of-week"
            | "number:hours"
            | "number:minutes"
            | "number:seconds"
            | "number:am-pm"
            | "number:era"
            | "number:quarter"
            | "number:week-of-year" => match &mut self.open {
                Some(OpenStyle::Date { style, .. }) => {
                    let part = e.local_name().as_ref().to_string();
                    let long = attr(e, "number:style").is_some_and(|v| v.trim() == "long");
                    let textual = attr(e, "number:textual").is_some_and(|v| v.trim() == "true");
                    style.part(&part, long, textual);
                }
                Some(OpenStyle::Number { style, .. }) => style.other(),
                _ => {}
            },
            // A fraction or an exponent, written as XLSX's codes so that a field of numbers judges what they show.
            "number:fraction" => {
                if let Some(OpenStyle::Number { style, .. }) = &mut self.open {
                    let whole = attr(e, "number:min-integer-digits").is_some();
                    let digits = attr(e, "number:min-denominator-digits").and_then(|v| v.trim().parse().ok());
                    let value = attr(e, "number:denominator-value").and_then(|v| v.trim().parse().ok());
                    style.fraction(whole, digits, value);
                }
            }
            "number:scientific-number" => {
                if let Some(OpenStyle::Number { style, .. }) = &mut self.open {
                    let places = attr(e, "number:decimal-places").and_then(|v| v.trim().parse().ok());
                    let exponent = attr(e, "number:min-exponent-digits").and_then(|v| v.trim().parse().ok());
                    style.scientific(places, exponent);
                }
            }
            // A conditional section of the number style being read, or a condition of the cell style being read.
            "style:map" => {
                if let Some(OpenStyle::Number { style, .. }) = &mut self.open {
                    style.map(attr(e, "style:condition"), attr(e, "style:apply-style-name"));
                } else if let Some(name) = &self.open_cell
                    && let Some(applied) = attr(e, "style:apply-style-name")
                    && self.cell_maps.len() < max
                {
                    let maps = self.cell_maps.entry(name.clone()).or_default();
                    if maps.len() < MOST_CONDITIONS {
                        maps.push(applied);
                    }
                }
            }
            "style:style" => {
                let family = attr(e, "style:family");
                if family.as_deref() == Some("table-cell")
                    && let Some(name) = attr(e, "style:name")
                    && self.cell_styles.len() < max
                {
                    let data = attr(e, "style:data-style-name");
                    let parent = attr(e, "style:parent-style-name");
                    if !empty {
                        self.open_cell = Some(name.clone());
                    }
                    self.cell_styles.insert(name, (data, parent));
                } else if matches!(family.as_deref(), Some("table-column" | "table-row" | "table")) && !empty {
                    self.open = attr(e, "style:name").map(|name| OpenStyle::Layout { name });
                } else if family.as_deref() == Some("text") {
                    if let (Some(name), Some(parent)) = (attr(e, "style:name"), attr(e, "style:parent-style-name"))
                        && self.text_parents.len() < max
                    {
                        self.text_parents.insert(name, parent);
                    }
                    if !empty {
                        self.open_text = attr(e, "style:name");
                    }
                }
            }
            "number:number" => {
                if let Some(OpenStyle::Number { style, .. }) = &mut self.open {
                    let n = attr(e, "number:min-integer-digits").and_then(|v| v.trim().parse::<usize>().ok());
                    let places = attr(e, "number:decimal-places").and_then(|v| v.trim().parse::<usize>().ok());
                    let grouping = attr(e, "number:grouping").is_some_and(|v| v.trim() == "true");
                    let factor = attr(e, "number:display-factor");
                    style.number(n, places, grouping, factor.as_deref());
                }
            }
            // Literal text of a number style, or text among its digits (`000-000-000`), read up to its end.
            "number:text" => match &mut self.open {
                Some(OpenStyle::Number { style, .. }) if !empty => style.open_text(None),
                Some(OpenStyle::Date { style, .. }) if !empty => style.open_text(),
                _ => {}
            },
            "number:embedded-text" => {
                if let Some(OpenStyle::Number { style, .. }) = &mut self.open
                    && !empty
                {
                    match attr(e, "number:position").and_then(|v| v.trim().parse::<usize>().ok()) {
                        Some(p) => style.open_text(Some(p)),
                        None => style.other(),
                    }
                }
            }
            // The colour of a cell style's text (what a number style's text shows is not changed by it).
            "style:text-properties" => {
                if let Some(name) = &self.open_text
                    && self.text_looks.len() < max
                {
                    let window = attr(e, "style:use-window-font-color").is_some_and(|v| v.trim() == "true");
                    let colour = attr(e, "fo:color").and_then(|c| ods_rgb(&c)).filter(|_| !window);
                    let hides =
                        attr(e, "fo:font-size").and_then(|v| ods_points(&v)).is_some_and(|pt| pt < SMALLEST_FONT)
                            || attr(e, "text:display").is_some_and(|v| v.trim() == "none");
                    if colour.is_some() || hides {
                        self.text_looks.insert(name.clone(), (colour, hides));
                    }
                }
                if let Some(name) = &self.open_cell
                    && self.tiny_cells.len() < max
                    && let Some(size) = attr(e, "fo:font-size")
                {
                    let tiny = ods_points(&size).is_some_and(|pt| pt < SMALLEST_FONT);
                    self.tiny_cells.insert(name.clone(), tiny);
                }
                if let Some(name) = &self.open_cell
                    && self.colours.len() < max
                {
                    let window = attr(e, "style:use-window-font-color").is_some_and(|v| v.trim() == "true");
                    if let Some(colour) = attr(e, "fo:color").map(|c| ods_rgb(&c).filter(|_| !window)) {
                        self.colours.entry(name.clone()).or_default().0 = Some(colour);
                    }
                }
            }
            "style:table-cell-properties" => {
                if let Some(name) = &self.open_cell
                    && self.colours.len() < max
                    && let Some(bg) = attr(e, "fo:background-color")
                {
                    // `transparent` shows the sheet's white; a colour not read leaves the background unknown: its
                    // parent's, else white.
                    if let Some(colour) = if bg.trim() == "transparent" { Some(WHITE) } else { ods_rgb(&bg) } {
                        self.colours.entry(name.clone()).or_default().1 = Some(colour);
                    }
                }
            }
            "style:table-column-properties" | "style:table-row-properties" | "style:table-properties" => {
                if let Some(OpenStyle::Layout { name }) = &self.open {
                    let hides = attr(e, "style:column-width").is_some_and(|v| ods_zero_length(&v))
                        || attr(e, "style:row-height").is_some_and(|v| ods_zero_length(&v))
                        || attr(e, "table:display").is_some_and(|v| v.trim() == "false");
                    if hides && self.hiding.len() < max {
                        self.hiding.insert(name.clone());
                    }
                }
            }
            // Anything else inside a number style (a condition, a fraction, an exponent, a currency) shows what is
            // not known from the file.
            _ => {
                if let Some(OpenStyle::Number { style, .. }) = &mut self.open {
                    style.other();
                }
            }
        }
    }

    /// Follows every style element of a styles part (`styles.xml`), to its end or its first malformed element.
    fn read_all<R: std::io::BufRead>(&mut self, xml: &mut quick_xml::Reader<R>, max: usize) {
        let mut buf = Vec::new();
        loop {
            match xml.read_event_into(&mut buf) {
                Ok(Event::Start(ref e)) => self.feed(e, false, max),
                Ok(Event::Empty(ref e)) => self.feed(e, true, max),
                Ok(Event::End(ref e)) => self.end(e.name().as_ref(), max),
                Ok(Event::Text(ref t)) => self.text(&t.xml10_content()),
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
            buf.clear();
        }
    }

    /// Whether a number style is being read (whose text elements are followed).
    fn reads_number_style(&self) -> bool {
        matches!(self.open, Some(OpenStyle::Number { .. } | OpenStyle::Date { .. } | OpenStyle::Currency { .. }))
    }

    /// Follows text inside a style element (a `number:text`'s).
    fn text(&mut self, text: &str) {
        match &mut self.open {
            Some(OpenStyle::Number { style, .. }) => style.text(text),
            Some(OpenStyle::Date { style, .. }) => style.text(text),
            Some(OpenStyle::Currency { symbol, reading: true, .. }) if symbol.chars().count() < 20 => {
                symbol.push_str(text.trim());
            }
            _ => {}
        }
    }

    /// Follows the end of a style element.
    fn end(&mut self, name: &str, max: usize) {
        if name == "style:style" {
            self.open_cell = None;
            self.open_text = None;
        }
        if name == "number:currency-symbol" {
            if let Some(OpenStyle::Currency { reading, .. }) = &mut self.open {
                *reading = false;
            }
            return;
        }
        if matches!(name, "number:text" | "number:embedded-text") {
            match &mut self.open {
                Some(OpenStyle::Number { style, .. }) => style.close_text(),
                Some(OpenStyle::Date { style, .. }) => style.close_text(),
                _ => {}
            }
            return;
        }
        if !matches!(
            name,
            "number:number-style" | "number:text-style" | "number:date-style" | "number:currency-style" | "style:style"
        ) {
            return;
        }
        self.close_number_style(max);
    }

    /// Finishes the number style being read (if any): keeps its section for the maps of later styles and its
    /// format when it shows a number otherwise than as its digits.
    fn close_number_style(&mut self, max: usize) {
        if let Some(OpenStyle::Currency { .. }) = &self.open {
            if let Some(OpenStyle::Currency { name, symbol, .. }) = self.open.take()
                && self.currency_styles.len() < max
            {
                self.currency_styles.insert(name, symbol);
            }
            return;
        }
        if let Some(OpenStyle::Date { .. }) = &self.open {
            if let Some(OpenStyle::Date { name, style }) = self.open.take()
                && self.date_styles.len() < max
            {
                self.date_styles.insert(name, style.finish());
            }
            return;
        }
        if !matches!(self.open, Some(OpenStyle::Number { .. })) {
            self.open = None;
            return;
        }
        if let Some(OpenStyle::Number { name, style }) = self.open.take() {
            let (section, format) = style.finish(|target| self.sections.get(target).cloned());
            if self.sections.len() < max {
                self.sections.insert(name.clone(), section);
            }
            if let Some(format) = format
                && self.padded_styles.len() < max
            {
                self.padded_styles.insert(name, Arc::new(format));
            }
        }
    }

    /// The format a number of the cell style `name` is shown in (its data style's, or its parent's when it names
    /// none), when that shows it otherwise than as its digits.
    fn padded(&self, name: &str) -> Option<Arc<NumberFormat>> {
        self.padded_styles.get(self.data_style(name)?).cloned()
    }

    /// The code of the date style a date of the cell style `name` is shown in (its data style's, or its parent's when
    /// it names none), written as XLSX's.
    fn date_code(&self, name: &str) -> Option<String> {
        self.date_styles.get(self.data_style(name)?).cloned()
    }

    /// The currency symbol cells of the cell style `name` show their value with (its data style's, or its parent's
    /// when it names none), when that is a currency style (the symbol may be empty).
    fn currency(&self, name: &str) -> Option<String> {
        self.currency_styles.get(self.data_style(name)?).cloned()
    }

    /// Whether cells of the cell style `name` show their text in a colour that can hardly be told from their
    /// background ([`unseen_on`]: white on white, yellow on yellow, `#fefefe` on white; its colours, or its parent's
    /// where it gives none; no background is white, a window font colour is always seen), or in a font too small to
    /// read: what they hold is invisible on the sheet.
    fn invisible(&self, name: &str) -> bool {
        let (mut text, mut background, mut tiny) = (None, None, None);
        for n in self.cell_lineage(name) {
            if let Some((t, b)) = self.colours.get(n) {
                text = text.or(*t);
                background = background.or(*b);
            }
            tiny = tiny.or(self.tiny_cells.get(n).copied());
        }
        text.flatten().is_some_and(|t| unseen_on(t, background.unwrap_or(WHITE))) || tiny == Some(true)
    }

    /// The cell style `name` and its parents, nearest first. A style's parent is a common style; a few steps bound a
    /// chain that loops.
    fn cell_lineage<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> {
        std::iter::successors(Some(name), |n| self.cell_styles.get(*n).and_then(|(_, parent)| parent.as_deref()))
            .take(4)
    }

    /// Whether a condition of the cell style `name` (its own `style:map`s, or its parent's) may apply a style whose
    /// text cannot be seen ([`OdsClockStyles::invisible`]). The condition is not evaluated: that it can hide is
    /// enough to say so, as for XLSX's conditional formats.
    fn condition_hides(&self, name: &str) -> bool {
        self.cell_lineage(name)
            .any(|n| self.cell_maps.get(n).is_some_and(|maps| maps.iter().any(|applied| self.invisible(applied))))
    }

    /// The background colour of cells of the cell style `name` (or its parents'): white where none gives one
    /// (`transparent`, or no `fo:background-color`).
    fn background(&self, name: &str) -> Rgb {
        self.cell_lineage(name).find_map(|n| self.colours.get(n).and_then(|(_, colour)| *colour)).unwrap_or(WHITE)
    }

    /// Whether a `text:span` of the text style `name` cannot be seen in a cell whose background is `background`: its
    /// font too small to read, its text not displayed, or its colour hardly told from the background ([`unseen_on`]).
    /// A style takes its parent's look where it gives none (a few steps bound a chain that loops).
    fn span_hides(&self, name: &str, background: Rgb) -> bool {
        let lineage = std::iter::successors(Some(name), |n| self.text_parents.get(*n).map(String::as_str)).take(4);
        let looks = lineage.filter_map(|n| self.text_looks.get(n));
        let (colour, hides) = looks.fold((None, false), |(colour, hides), &(c, h)| (colour.or(c), hides || h));
        hides || colour.is_some_and(|c| unseen_on(c, background))
    }

    /// Whether the column, row or table style `name` hides what it styles.
    fn hides(&self, name: Option<String>) -> bool {
        name.is_some_and(|n| self.hiding.contains(&n))
    }

    /// Whether cells of the cell style `name` show their value as a time (its data style, or its parent's when it
    /// names none, is a time style).
    fn clock(&self, name: &str) -> bool {
        self.data_style_in(name, &self.time_styles)
    }

    /// Whether cells of the cell style `name` show their value as a percentage (its data style, or its parent's when
    /// it names none, is a percentage style).
    fn percent(&self, name: &str) -> bool {
        self.data_style_in(name, &self.percent_styles)
    }

    /// Whether the data style of the cell style `name` (or of its parent when it names none) is one of `styles`.
    fn data_style_in(&self, name: &str, styles: &rustc_hash::FxHashSet<String>) -> bool {
        self.data_style(name).is_some_and(|data| styles.contains(data))
    }

    /// The name of the data style of the cell style `name`, or of its parent's when it names none; `None` when
    /// neither names one. A style's parent is a common style, which has no parent of its own in files spreadsheets
    /// write; a few steps bound a chain that loops.
    fn data_style(&self, name: &str) -> Option<&str> {
        let mut name = name;
        for _ in 0..4 {
            match self.cell_styles.get(name)? {
                (Some(data), _) => return Some(data),
                (None, Some(parent)) => name = parent,
                (None, None) => return None,
            }
        }
        None
    }
}

/// What the walk of an ODS table keeps to name the field of a refused cell: the texts of its header (its first row
/// holding something: each cell's first column, columns repeated, text) and the label of the row being read (its
/// first cell's text, for the Supplier form), each text cut to [`ODS_HEADING_CHARS`] characters.
#[derive(Default)]
struct OdsHeadings {
    header: Option<Vec<(u64, u64, String)>>,
    row: Vec<(u64, u64, String)>,
    label: Option<String>,
}

/// Characters of a cell's text kept to name a field (labels are short; a long text names no field).
const ODS_HEADING_CHARS: usize = 200;

impl OdsHeadings {
    /// The field of a cell of the table `table` at column `col` of the row being read, when its header or label names
    /// one.
    fn field(&self, table: &str, col: u64) -> Option<&'static str> {
        let role = sheet_role(table)?;
        let heading = match role {
            SheetRole::Supplier if col > 0 => self.label.as_deref()?,
            SheetRole::Supplier => return None,
            _ => self.header.as_ref()?.iter().find(|(c, n, _)| (*c..c.saturating_add(*n)).contains(&col))?.2.as_str(),
        };
        super::parse::heading_field(role, heading)
    }
}

/// Whether an element has a repeat attribute that is no count of cells (`table:number-rows-repeated="x"`, `"-1"`,
/// or `"0"`: ODF 1.2 §19.618 and §19.680 make it a positive integer): where the cells after it stand cannot be
/// known, so the file is refused as damaged rather than read with a guess (a repeat of 0 read as 1 would move every
/// later cell of its row, or every later row, into another field).
fn ods_repeat_unreadable(e: &BytesStart<'_>, name: &str) -> bool {
    attr(e, name).is_some_and(|v| v.trim().parse::<u64>().map_or(true, |n| n == 0))
}

fn ods_number(e: &BytesStart<'_>, name: &str) -> u64 {
    attr(e, name).and_then(|v| v.trim().parse::<u64>().ok()).unwrap_or(1).max(1)
}

/// The grid's bounds: no spreadsheet program goes past them.
const ODS_MAX_ROWS: u64 = 1_048_576;
const ODS_MAX_COLUMNS: u64 = 16_384;

/// The attributes that hold an ODS cell's value (ODF 1.2 §19.385–19.389).
const ODS_VALUES: [&str; 5] =
    ["office:value", "office:string-value", "office:date-value", "office:time-value", "office:boolean-value"];

/// Walks `content.xml` once, reading the values of the tables read for the declaration sparsely ([`OdsRun`]: one a
/// cell element holding something, its repeats counted, never expanded) with what changes how they are read (states,
/// styles, merges, hidden rows and columns). Filled cells are counted, each repeat of one as a cell: a table past
/// `max_cells` filled cells is refused at the cell that crossed the limit, the workbook past them all together at its
/// table. Blank cells, repeated rows and columns cost nothing, however far the filled cells lie.
fn scan_ods(file_name: &str, bytes: &[u8], limits: &Limits) -> Result<OdsScan, Issue> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| damaged(file_name, e))?;
    // The common styles first: a cell's automatic style may take its data style from one of them.
    let mut clock_styles = OdsClockStyles::default();
    if let Some(mut styles) = zip_xml(&mut archive, "styles.xml") {
        clock_styles.read_all(&mut styles, limits.max_cells);
    }
    let manual = ods_autocalculate_off(&mut archive);
    let mut xml = zip_xml(&mut archive, "content.xml").ok_or_else(|| damaged(file_name, "no content.xml"))?;
    let mut scan = OdsScan { manual, ..OdsScan::default() };
    // The default cell style of the table's columns (`table:table-column`): (first column, count, style).
    let mut column_styles: Vec<(u64, u64, String)> = Vec::new();
    // The columns whose default cell style shows numbers otherwise than as their digits: (first column, count,
    // format).
    let mut column_padded: Vec<(u64, u64, Arc<NumberFormat>)> = Vec::new();
    // The columns whose default cell style shows dates in a known date style: (first column, count, code).
    let mut column_dated: Vec<(u64, u64, Arc<str>)> = Vec::new();
    // The columns whose default cell style writes white on white: (first column, count).
    let mut column_invisible: Vec<(u64, u64)> = Vec::new();
    // The columns whose default cell style has a condition that can hide its text (`condition_hides`).
    let mut column_conditional: Vec<(u64, u64)> = Vec::new();
    // The default cell style of the row being read (`table:default-cell-style-name` of `table:table-row`), for its
    // cells that name none.
    let mut row_default: Option<String> = None;
    // Whether the open cell's style writes white on white.
    let mut cell_invisible = false;
    // Whether the cell being read has a cell style whose condition can hide its text, and the ranges of the
    // LibreOffice conditional format being read.
    let mut cell_conditional = false;
    let mut conditional_targets: Vec<cell_values::CellRange> = Vec::new();
    // Whether the open cell's background is white; how deep its spans are open, the depth of the first one that
    // hides its text (`OdsClockStyles::span_hides`), and the text hidden so (at most `RUN_TEXT` characters).
    let mut cell_background = WHITE;
    let (mut span_depth, mut hidden_from) = (0u32, None::<u32>);
    let mut hidden_text = String::new();
    let hide = cell_values::keep_run_text;
    let mut next_column = 0u64;
    // The open cell when it shows a time: its first column, its repeat, and the text of its value (shown when the
    // cell has no text of its own).
    let mut clock_cell: Option<(u64, u64, String)> = None;
    let mut buf = Vec::new();
    let mut table = String::new();
    let (mut row, mut col) = (0u64, 0u64);
    let mut row_repeat = 1u64;
    // Rows holding a filled cell in the current table, and whether the current row holds one.
    let (mut filled_rows, mut row_filled) = (0u64, false);
    // Filled cells of the current table and of the whole workbook, each repeat of a filled cell counted.
    let mut counts = (0u64, 0u64);
    // Whether the current table's values are kept (it is read for the declaration), the value of the open cell,
    // and the bytes of text kept so far.
    let mut keep = false;
    let mut reader = OdsCellReader::default();
    let mut kept_text = 0usize;
    // The cell being read: (its column, how many columns it repeats, whether it holds something), and its text.
    let mut cell: Option<(u64, u64, bool)> = None;
    let mut cell_text = String::new();
    // The state of the open cell when it is one (see [`OdsScan::states`]); an error's name is its shown text.
    let mut pending: Option<Cell> = None;
    // The open number cell whose saved text is judged when it closes: its value, the format its style shows it in
    // (none for an amount of money, whose text is its currency's), whether its style is a date style, and the cells
    // it stands for; its text, outside its annotations (a comment's text is not what the cell shows).
    let mut saved_pending: Option<SavedPending> = None;
    let mut saved_text = String::new();
    let mut in_annotation = 0u32;
    let mut headings = OdsHeadings::default();
    let cap = limits.max_cells as u64;
    let close_cell = |row: u64,
                      row_repeat: u64,
                      start: u64,
                      repeat: u64,
                      filled: bool,
                      table: &str,
                      counts: &mut (u64, u64)|
     -> Result<(), Issue> {
        if !filled {
            return Ok(());
        }
        // A value past the last row or column of the grid (a table LibreOffice filled to its last row with empty
        // rows, then more rows after them): no spreadsheet program shows it, and no cell of the grid can hold it —
        // refused, not left out of the count.
        if row >= ODS_MAX_ROWS || start >= ODS_MAX_COLUMNS {
            let m = Message::new("intake.ods.past_grid")
                .number("row", row.saturating_add(1) as f64)
                .number("column", start.saturating_add(1) as f64)
                .number("rows", ODS_MAX_ROWS as f64)
                .number("columns", ODS_MAX_COLUMNS as f64);
            return Err(Issue::said_error(
                a1_place(table, row.min(ODS_MAX_ROWS - 1) as usize, start.min(ODS_MAX_COLUMNS - 1) as usize),
                None,
                &m,
            ));
        }
        // Each cell the element stands for is a filled cell: a value repeated over rows and columns is that many
        // values. Blank cells, repeated or not, cost nothing, wherever the filled ones lie.
        let cells = row_repeat.min(ODS_MAX_ROWS - row).saturating_mul(repeat.min(ODS_MAX_COLUMNS - start));
        counts.0 = counts.0.saturating_add(cells);
        counts.1 = counts.1.saturating_add(cells);
        if counts.0 > cap {
            let m = Message::new("intake.ods.too_many_filled")
                .number("count", counts.0 as f64)
                .number("most", limits.max_cells as f64);
            return Err(Issue::said_error(a1_place(table, row as usize, start as usize), None, &m));
        }
        if counts.1 > cap {
            let m = Message::new("intake.ods.too_many_cells").number("most", limits.max_cells as f64);
            return Err(Issue::said_error(table.to_string(), None, &m));
        }
        Ok(())
    };
    // A filled cell that the file repeats past the limits of rows or columns is refused for that, naming how many
    // rows or columns it claims (not as a far cell: the data itself is too large, not out of place).
    let repeated =
        |row: u64, row_repeat: u64, filled_rows: u64, col: u64, repeat: u64, table: &str| -> Result<(), Issue> {
            let allowed = limits.max_rows as u64 + 1;
            if row_repeat > 1 && filled_rows.saturating_add(row_repeat) > allowed {
                let m = Message::new("intake.ods.repeated_rows")
                    .number("repeat", row_repeat as f64)
                    .number("most", limits.max_rows as f64);
                return Err(Issue::said_error(
                    a1_place(table, row.min(ODS_MAX_ROWS - 1) as usize, col.min(ODS_MAX_COLUMNS - 1) as usize),
                    None,
                    &m,
                ));
            }
            if repeat > 1 && repeat > limits.max_columns as u64 {
                let m = Message::new("intake.ods.repeated_columns")
                    .number("repeat", repeat as f64)
                    .number("most", limits.max_columns as f64);
                return Err(Issue::said_error(
                    a1_place(table, row.min(ODS_MAX_ROWS - 1) as usize, col.min(ODS_MAX_COLUMNS - 1) as usize),
                    None,
                    &m,
                ));
            }
            Ok(())
        };
    loop {
        let ev = xml.read_event_into(&mut buf).map_err(|e| damaged(file_name, e))?;
        match ev {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(ev, Event::Empty(_));
                match e.name().as_ref() {
                    name if name.starts_with("number:") || name.starts_with("style:") => {
                        clock_styles.feed(e, empty, limits.max_cells)
                    }
                    "office:annotation" if !empty => in_annotation = in_annotation.saturating_add(1),
                    // A span of the cell's text in a look of its own: white on the cell's white background, or too
                    // small to read, hides what it holds (and what the spans inside it hold).
                    "text:span" if cell.is_some() && in_annotation == 0 && !empty => {
                        span_depth = span_depth.saturating_add(1);
                        if hidden_from.is_none()
                            && attr(e, "text:style-name")
                                .is_some_and(|st| clock_styles.span_hides(&st, cell_background))
                        {
                            hidden_from = Some(span_depth);
                            // Two hidden parts of one cell are quoted apart, not run together.
                            if !hidden_text.trim().is_empty() {
                                hide(&mut hidden_text, " … ");
                            }
                        }
                    }
                    name @ ("text:p" | "text:h" | "text:s" | "text:tab" | "text:line-break")
                        if cell.is_some() && in_annotation == 0 =>
                    {
                        reader.element(name, e, empty)
                    }
                    // A LibreOffice conditional format (`calcext:conditional-formats`, at the end of its table): its
                    // ranges, then its conditions, each naming the style it applies.
                    "calcext:conditional-format" => {
                        conditional_targets = attr(e, "calcext:target-range-address")
                            .map(|a| ods_range_addresses(&a))
                            .unwrap_or_default();
                    }
                    // A condition names the style it applies by `calcext:apply-style-name`, a date rule by
                    // `calcext:style` (as LibreOffice writes them, `sc/source/filter/xml/xmlcondformat.cxx`).
                    name @ ("calcext:condition" | "calcext:date-is") => {
                        let key = if name == "calcext:date-is" { "calcext:style" } else { "calcext:apply-style-name" };
                        if attr(e, key).is_some_and(|st| clock_styles.invisible(&st)) {
                            for range in std::mem::take(&mut conditional_targets) {
                                push_hiding(&mut scan, &table, range, limits);
                            }
                        }
                    }
                    "table:table-column" => {
                        if ods_repeat_unreadable(e, "table:number-columns-repeated") {
                            return Err(damaged(file_name, "a column repeat that is no integer"));
                        }
                        let repeat = ods_number(e, "table:number-columns-repeated").min(ODS_MAX_COLUMNS);
                        let default_style = attr(e, "table:default-cell-style-name");
                        if let Some(style) = &default_style
                            && clock_styles.clock(style)
                            && column_styles.len() < limits.max_columns
                        {
                            column_styles.push((next_column, repeat, style.clone()));
                        }
                        if let Some(digits) = default_style.as_deref().and_then(|s| clock_styles.padded(s))
                            && column_padded.len() < limits.max_columns
                        {
                            column_padded.push((next_column, repeat, digits));
                        }
                        if let Some(code) = default_style.as_deref().and_then(|s| clock_styles.date_code(s))
                            && column_dated.len() < limits.max_columns
                        {
                            column_dated.push((next_column, repeat, Arc::from(code)));
                        }
                        if default_style.as_deref().is_some_and(|s| clock_styles.invisible(s))
                            && column_invisible.len() < limits.max_columns
                        {
                            column_invisible.push((next_column, repeat));
                        }
                        if default_style.as_deref().is_some_and(|s| clock_styles.condition_hides(s))
                            && column_conditional.len() < limits.max_columns
                        {
                            column_conditional.push((next_column, repeat));
                        }
                        let hidden = matches!(attr(e, "table:visibility").as_deref(), Some("collapse" | "filter"))
                            || clock_styles.hides(attr(e, "table:style-name"));
                        if hidden && next_column < ODS_MAX_COLUMNS {
                            let last = next_column.saturating_add(repeat - 1).min(ODS_MAX_COLUMNS - 1);
                            let ranges = scan.hidden_columns.entry(table.clone()).or_default();
                            if ranges.len() < limits.max_columns {
                                ranges.push((next_column as u32, last as u32));
                            }
                        }
                        next_column = next_column.saturating_add(repeat);
                    }
                    "table:table" => {
                        column_styles.clear();
                        column_padded.clear();
                        column_dated.clear();
                        column_invisible.clear();
                        column_conditional.clear();
                        next_column = 0;
                        counts.0 = 0;
                        let name = attr(e, "table:name");
                        table = name.clone().unwrap_or_default();
                        // Only a named table is a sheet; only the sheets read for the declaration keep their values.
                        keep = name.is_some()
                            && (sheet_role(&table).is_some() || super::parse::nearest_sheet(&table).is_some());
                        if name.is_some() {
                            scan.table_count += 1;
                            if scan.tables.len() <= limits.max_sheets {
                                scan.tables.push(table.clone());
                            }
                        }
                        if clock_styles.hides(attr(e, "table:style-name"))
                            && scan.hidden_tables.len() < limits.max_sheets
                        {
                            scan.hidden_tables.insert(table.clone());
                        }
                        row = 0;
                        filled_rows = 0;
                        headings = OdsHeadings::default();
                    }
                    "table:table-row" => {
                        if ods_repeat_unreadable(e, "table:number-rows-repeated") {
                            return Err(damaged(file_name, "a row repeat that is no integer"));
                        }
                        row_repeat = ods_number(e, "table:number-rows-repeated").min(ODS_MAX_ROWS);
                        row_default = attr(e, "table:default-cell-style-name");
                        let hidden = matches!(attr(e, "table:visibility").as_deref(), Some("collapse" | "filter"))
                            || clock_styles.hides(attr(e, "table:style-name"));
                        if hidden && row < ODS_MAX_ROWS {
                            let last = row.saturating_add(row_repeat - 1).min(ODS_MAX_ROWS - 1);
                            let ranges = scan.hidden_rows.entry(table.clone()).or_default();
                            if ranges.len() < limits.max_rows {
                                ranges.push((row, last));
                            }
                        }
                        col = 0;
                        row_filled = false;
                        headings.row.clear();
                        headings.label = None;
                        if empty {
                            row = row.saturating_add(row_repeat);
                        }
                    }
                    "table:table-cell" | "table:covered-table-cell" => {
                        if ods_repeat_unreadable(e, "table:number-columns-repeated") {
                            return Err(damaged(file_name, "a column repeat that is no integer"));
                        }
                        let repeat = ods_number(e, "table:number-columns-repeated").min(ODS_MAX_COLUMNS);
                        // A cell holds something when it has a type, a formula or a value (a value without a type is
                        // still read as one).
                        let filled = attr(e, "office:value-type").is_some()
                            || attr(e, "table:formula").is_some()
                            || ODS_VALUES.iter().any(|v| attr(e, v).is_some());
                        reader.start(e, limits.max_text_bytes);
                        if let Some(mut issue) = cell_values::check_ods_cell(e, || {
                            a1_place(&table, row.min(ODS_MAX_ROWS - 1) as usize, col.min(ODS_MAX_COLUMNS - 1) as usize)
                        }) && scan.refused.len() < cell_values::MOST_REPORTED
                        {
                            issue.field = headings.field(&table, col).map(str::to_string);
                            scan.refused.push(issue);
                        }
                        cell_text.clear();
                        // A cell that names no style takes its row's default cell style, or its column's.
                        let in_column = |ranges: &[(u64, u64)]| {
                            ranges.iter().any(|(c, n)| (*c..c.saturating_add(*n)).contains(&col))
                        };
                        let (own, row_style) = (attr(e, "table:style-name"), row_default.as_deref());
                        cell_conditional = match own.as_deref().or(row_style) {
                            Some(st) => clock_styles.condition_hides(st),
                            None => in_column(&column_conditional),
                        };
                        cell_invisible = match own.as_deref().or(row_style) {
                            Some(st) => clock_styles.invisible(st),
                            None => in_column(&column_invisible),
                        };
                        cell_background = attr(e, "table:style-name").map_or(WHITE, |st| clock_styles.background(&st));
                        (span_depth, hidden_from) = (0, None);
                        hidden_text.clear();
                        pending = ods_state(e);
                        clock_cell = None;
                        let value_type = attr(e, "office:value-type");
                        let shows_time = match value_type.as_deref() {
                            Some("time") => true,
                            Some("float" | "percentage" | "currency" | "date") => {
                                attr(e, "table:style-name").map(|st| clock_styles.clock(&st)).unwrap_or_else(|| {
                                    column_styles.iter().any(|(c, n, _)| (*c..c.saturating_add(*n)).contains(&col))
                                })
                            }
                            _ => false,
                        };
                        if shows_time {
                            let value = attr(e, "office:value")
                                .and_then(|v| cell_values::xsd_double(&v).ok())
                                .map(clock_text)
                                .or_else(|| attr(e, "office:time-value"))
                                .or_else(|| attr(e, "office:date-value"))
                                .unwrap_or_default();
                            if empty {
                                push_clock(&mut scan, &table, (row, row_repeat), (col, repeat), value, limits);
                            } else {
                                clock_cell = Some((col, repeat, value));
                            }
                        }
                        // An amount of money: a `currency` cell, or a number cell in a currency style. Kept with a
                        // format naming its currency, as an XLSX `[$EUR] General` cell: a field of Canadian dollars
                        // refuses another currency, and a field of numbers that are no amount refuses any.
                        let money = match value_type.as_deref() {
                            Some("currency") => Some(
                                attr(e, "office:currency")
                                    .or_else(|| attr(e, "table:style-name").and_then(|st| clock_styles.currency(&st)))
                                    .unwrap_or_default(),
                            ),
                            Some("float") => attr(e, "table:style-name").and_then(|st| clock_styles.currency(&st)),
                            _ => None,
                        };
                        let money = money.map(|sign| {
                            let sign: String = sign
                                .trim()
                                .chars()
                                .filter(|c| !c.is_whitespace() && !matches!(c, '[' | ']' | '"' | ';' | '-' | '\\'))
                                .take(8)
                                .collect();
                            // A currency cell that names no currency still shows money (`¤`, the sign of any).
                            if sign.is_empty() { "\u{a4}".to_string() } else { sign }
                        });
                        let is_money = money.is_some();
                        let padded_digits = match (money, value_type.as_deref()) {
                            (Some(sign), _) => NumberFormat::from_excel(&format!("[${sign}] General")).map(Arc::new),
                            (None, Some("float")) => match attr(e, "table:style-name") {
                                Some(st) => clock_styles.padded(&st),
                                None => column_padded
                                    .iter()
                                    .find(|(c, n, _)| (*c..c.saturating_add(*n)).contains(&col))
                                    .map(|(_, _, d)| d.clone()),
                            },
                            _ => None,
                        };
                        // A number cell: its saved text is judged against its value when it closes (`ods_shown`); in a
                        // date style, it shows a day the file does not hold.
                        saved_text.clear();
                        saved_pending = match value_type.as_deref() {
                            Some("float" | "percentage" | "currency") if !shows_time => {
                                let date_style = value_type.as_deref() == Some("float")
                                    && match attr(e, "table:style-name") {
                                        Some(st) => clock_styles.date_code(&st).is_some(),
                                        None => column_dated
                                            .iter()
                                            .any(|(c, n, _)| (*c..c.saturating_add(*n)).contains(&col)),
                                    };
                                let format = if is_money { None } else { padded_digits.clone() };
                                attr(e, "office:value")
                                    .and_then(|v| cell_values::xsd_double(&v).ok())
                                    .map(|v| (v, format, date_style, ods_cell_range(row, col, row_repeat, repeat)))
                            }
                            _ => None,
                        };
                        if empty
                            && let Some((_, _, true, Some(m))) = saved_pending.take()
                            && pending.is_none()
                        {
                            push_saved(&mut scan, &table, m, SavedText::DateStyle(String::new()), limits);
                        }
                        // A date cell's date style, for a date field to judge what it shows.
                        let date_code = match value_type.as_deref() {
                            Some("date") if !shows_time => match attr(e, "table:style-name") {
                                Some(st) => clock_styles.date_code(&st).map(Arc::<str>::from),
                                None => column_dated
                                    .iter()
                                    .find(|(c, n, _)| (*c..c.saturating_add(*n)).contains(&col))
                                    .map(|(_, _, code)| code.clone()),
                            },
                            _ => None,
                        };
                        if let (Some(code), Some(m)) = (date_code, ods_cell_range(row, col, row_repeat, repeat)) {
                            let ranges = scan.dated.entry(table.clone()).or_default();
                            if ranges.len() < limits.max_cells {
                                ranges.push((m, code));
                            }
                        }
                        if let (Some(digits), Some(m)) = (padded_digits, ods_cell_range(row, col, row_repeat, repeat)) {
                            let ranges = scan.padded.entry(table.clone()).or_default();
                            if ranges.len() < limits.max_cells {
                                ranges.push((m, digits));
                            }
                        }
                        if empty && let Some(state) = pending.take() {
                            push_state(&mut scan, &table, row, col, state, "", limits);
                        }
                        // A percentage cell, or a number cell in a percentage style: either shows 0.35 as 35 %.
                        let percent_cell = match attr(e, "office:value-type").as_deref() {
                            Some("percentage") => true,
                            Some("float") => attr(e, "table:style-name").is_some_and(|st| clock_styles.percent(&st)),
                            _ => false,
                        };
                        if percent_cell && let Some(m) = ods_cell_range(row, col, row_repeat, repeat) {
                            let ranges = scan.percent.entry(table.clone()).or_default();
                            if ranges.len() < limits.max_cells {
                                ranges.push(m);
                            }
                        }
                        let rows_spanned = ods_number(e, "table:number-rows-spanned").min(ODS_MAX_ROWS);
                        let cols_spanned = ods_number(e, "table:number-columns-spanned").min(ODS_MAX_COLUMNS);
                        if (rows_spanned > 1 || cols_spanned > 1) && row < ODS_MAX_ROWS && col < ODS_MAX_COLUMNS {
                            let end_row = (row + rows_spanned - 1).min(ODS_MAX_ROWS - 1);
                            let end_col = (col + cols_spanned - 1).min(ODS_MAX_COLUMNS - 1);
                            let merges = scan.merges.entry(table.clone()).or_default();
                            if merges.len() < limits.max_cells {
                                merges.push(Merge {
                                    start: (row as u32, col as u32),
                                    end: (end_row as u32, end_col as u32),
                                });
                            }
                        }
                        if empty {
                            if filled {
                                repeated(row, row_repeat, filled_rows, col, repeat, &table)?;
                                if cell_invisible {
                                    push_invisible(&mut scan, &table, row, row_repeat, limits);
                                }
                                if cell_conditional && let Some(m) = ods_cell_range(row, col, row_repeat, repeat) {
                                    push_hiding(&mut scan, &table, (m.start, m.end), limits);
                                }
                            }
                            close_cell(row, row_repeat, col, repeat, filled, &table, &mut counts)?;
                            let read = if keep { reader.finish() } else { None };
                            push_run(
                                &mut scan,
                                &table,
                                (row, row_repeat),
                                (col, repeat),
                                read,
                                &mut kept_text,
                                limits,
                            )?;
                            row_filled |= filled;
                            col = col.saturating_add(repeat);
                        } else {
                            cell = Some((col, repeat, filled));
                        }
                    }
                    _ => {}
                }
            }
            Event::GeneralRef(ref r) if cell.is_some() && in_annotation == 0 => {
                if hidden_from.is_some() {
                    let name: &str = r.as_ref();
                    match r.resolve_char_ref() {
                        Ok(Some(c)) => hide(&mut hidden_text, &c.to_string()),
                        _ => hide(&mut hidden_text, quick_xml::escape::resolve_xml_entity(name).unwrap_or_default()),
                    }
                }
                reader.reference(r)
            }
            Event::Text(ref t) => {
                if clock_styles.reads_number_style() {
                    clock_styles.text(&t.xml10_content());
                }
                if cell.is_some() && in_annotation == 0 {
                    reader.text(&t.xml10_content());
                    if hidden_from.is_some() {
                        hide(&mut hidden_text, &t.xml10_content());
                    }
                }
                if cell.is_some() && in_annotation == 0 && saved_text.chars().count() < ODS_HEADING_CHARS {
                    saved_text.push_str(&t.xml10_content());
                }
                if let Some((_, _, filled)) = cell.as_mut()
                    && !t.as_ref().trim().is_empty()
                {
                    *filled = true;
                    let room = ODS_HEADING_CHARS.saturating_sub(cell_text.chars().count());
                    cell_text.extend(t.xml10_content().chars().take(room));
                }
            }
            Event::End(ref e) => match e.name().as_ref() {
                name @ ("number:number-style"
                | "number:text-style"
                | "number:date-style"
                | "number:currency-style"
                | "number:currency-symbol"
                | "style:style"
                | "number:text"
                | "number:embedded-text") => clock_styles.end(name, limits.max_cells),
                "office:annotation" => in_annotation = in_annotation.saturating_sub(1),
                "text:span" if cell.is_some() && in_annotation == 0 => {
                    if hidden_from == Some(span_depth) {
                        hidden_from = None;
                    }
                    span_depth = span_depth.saturating_sub(1);
                }
                name @ ("text:p" | "text:h") if cell.is_some() && in_annotation == 0 => reader.end(name),
                "table:table-cell" | "table:covered-table-cell" => {
                    if let Some((start, repeat, filled)) = cell.take() {
                        if let Some((value, format, date_style, Some(m))) = saved_pending.take()
                            && pending.is_none()
                        {
                            let text = saved_text.trim().to_string();
                            if date_style {
                                push_saved(&mut scan, &table, m, SavedText::DateStyle(text), limits);
                            } else if super::ods_shown::disagrees(value, &text, format.as_deref()) {
                                push_saved(&mut scan, &table, m, SavedText::Differs(text), limits);
                            }
                        }
                        if let Some(state) = pending.take() {
                            push_state(&mut scan, &table, row, start, state, &cell_text, limits);
                        }
                        if let Some((clock_col, clock_repeat, value)) = clock_cell.take() {
                            let shown = if cell_text.trim().is_empty() { value } else { cell_text.trim().to_string() };
                            push_clock(&mut scan, &table, (row, row_repeat), (clock_col, clock_repeat), shown, limits);
                        }
                        if filled {
                            repeated(row, row_repeat, filled_rows, start, repeat, &table)?;
                            if cell_invisible {
                                push_invisible(&mut scan, &table, row, row_repeat, limits);
                            }
                            if cell_conditional && let Some(m) = ods_cell_range(row, start, row_repeat, repeat) {
                                push_hiding(&mut scan, &table, (m.start, m.end), limits);
                            }
                            // Whether the value is the text or a value attribute (`office:string-value`, as odfpy
                            // writes it, holding the hidden part too): one whose words differ from the text is
                            // refused on its own (`OdsCellReader::shown_differs`).
                            if !hidden_text.trim().is_empty()
                                && let (Ok(r), Ok(c)) = (u32::try_from(row), u32::try_from(start))
                            {
                                let runs = scan.hidden_runs.entry(table.clone()).or_default();
                                if runs.len() < cell_values::MOST_RUNS {
                                    runs.push(((r, c), hidden_text.trim().to_string()));
                                }
                            }
                            if start == 0 {
                                headings.label = Some(cell_text.clone());
                            }
                            if headings.header.is_none() && headings.row.len() < limits.max_columns {
                                headings.row.push((start, repeat, cell_text.clone()));
                            }
                        }
                        close_cell(row, row_repeat, start, repeat, filled, &table, &mut counts)?;
                        // A string cell whose paragraphs show words its value attribute does not hold: a field
                        // that reads it refuses it, naming both.
                        if keep
                            && let Some(shown) = reader.shown_differs()
                            && let Some(m) = ods_cell_range(row, start, row_repeat, repeat)
                        {
                            push_saved(&mut scan, &table, m, SavedText::TextDiffers(shown), limits);
                        }
                        let read = if keep { reader.finish() } else { None };
                        push_run(&mut scan, &table, (row, row_repeat), (start, repeat), read, &mut kept_text, limits)?;
                        row_filled |= filled;
                        col = start.saturating_add(repeat);
                    }
                }
                "table:table-row" => {
                    if row_filled && headings.header.is_none() {
                        headings.header = Some(std::mem::take(&mut headings.row));
                    }
                    if row_filled {
                        let allowed = limits.max_rows as u64 + 1;
                        if filled_rows.saturating_add(row_repeat) > allowed {
                            let past = row.saturating_add(allowed - filled_rows.min(allowed));
                            let m = Message::new("intake.ods.too_many_rows").number("most", limits.max_rows as f64);
                            return Err(Issue::said_error(a1_place(&table, past as usize, 0), None, &m));
                        }
                        filled_rows += row_repeat;
                    }
                    row = row.saturating_add(row_repeat);
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(scan)
}

/// Keeps the value a cell element of `table` holds (read by [`OdsCellReader`]) over the cells it stands for, its text
/// counted once for each of them against the file's text budget: a text past it is refused at its cell, as
/// [`SheetBuilder::push`] would, before more is kept.
fn push_run(
    scan: &mut OdsScan,
    table: &str,
    (row, rows): (u64, u64),
    (col, cols): (u64, u64),
    read: Option<(Data, Option<String>)>,
    kept_text: &mut usize,
    limits: &Limits,
) -> Result<(), Issue> {
    let (Some((value, formula)), Some(m)) = (read, ods_cell_range(row, col, rows, cols)) else { return Ok(()) };
    let run = OdsRun {
        row: m.start.0,
        col: m.start.1,
        last_row: m.end.0,
        last_col: m.end.1,
        value,
        formula: formula.map(String::into_boxed_str),
    };
    let blank = matches!(&run.value, Data::String(s) if s.trim().is_empty());
    if !blank {
        let bytes = (run.text_bytes() as u64).saturating_mul(run.cells());
        *kept_text = kept_text.saturating_add(usize::try_from(bytes).unwrap_or(usize::MAX));
        if *kept_text > limits.max_text_bytes {
            let place = a1_place(table, row as usize, col as usize);
            return Err(Issue::said_error(place, None, &Message::new("intake.sheet.too_much_text")));
        }
    }
    scan.cells.entry(table.to_string()).or_default().push(run);
    Ok(())
}

/// Whether an ODS package is one as calamine opened it: its `mimetype` part names a spreadsheet (`Ok`), and it has a
/// manifest (`META-INF/manifest.xml`); else what is missing or wrong, for the log.
fn ods_package(bytes: &[u8]) -> Result<(), &'static str> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| "not a zip archive")?;
    let mut mime = Vec::new();
    archive
        .by_name("mimetype")
        .map_err(|_| "mimetype not found")?
        .take(64)
        .read_to_end(&mut mime)
        .map_err(|_| "io error in mimetype")?;
    if !mime.starts_with(b"application/vnd.oasis.opendocument.spreadsheet") {
        return Err("another mimetype");
    }
    archive.by_name("META-INF/manifest.xml").map_err(|_| "manifest not found")?;
    Ok(())
}

/// Records that rows `row` to `row + row_repeat - 1` of `table` hold a value written white on white (at most
/// `limits.max_rows` ranges a table; a row met again is not recorded twice).
fn push_invisible(scan: &mut OdsScan, table: &str, row: u64, row_repeat: u64, limits: &Limits) {
    if row >= ODS_MAX_ROWS {
        return;
    }
    let last = row.saturating_add(row_repeat.max(1) - 1).min(ODS_MAX_ROWS - 1);
    let ranges = scan.invisible_rows.entry(table.to_string()).or_default();
    if ranges.last().is_some_and(|&(first, end)| (first..=end).contains(&row)) || ranges.len() >= limits.max_rows {
        return;
    }
    ranges.push((row, last));
}

/// Keeps a range of `table` under a conditional format that can hide its text ([`OdsScan::hiding_ranges`]), once.
fn push_hiding(scan: &mut OdsScan, table: &str, range: cell_values::CellRange, limits: &Limits) {
    let ranges = scan.hiding_ranges.entry(table.to_string()).or_default();
    // The cells of one row in one style come one after the other: the range grows along the row; and a column's
    // cells of one style, row after row, grow it down the column.
    if let Some(last) = ranges.last_mut() {
        if last.0.0 == range.0.0 && last.1.0 == range.1.0 && last.1.1.saturating_add(1) == range.0.1 {
            last.1.1 = range.1.1;
            return;
        }
        if last.0.1 == range.0.1 && last.1.1 == range.1.1 && last.1.0.saturating_add(1) == range.0.0 {
            last.1.0 = range.1.0;
            return;
        }
    }
    if ranges.len() < limits.max_cells && !ranges.contains(&range) {
        ranges.push(range);
    }
}

/// The ranges of an ODS range address list (`calcext:target-range-address`, ODF 1.2 §9.2.5's cell range addresses,
/// separated by spaces): `PlacesOfWork.A2:PlacesOfWork.C9 'My sheet'.$D$4` → first and last cell, 0-based. The table
/// names are not compared (the list is inside its table); a part that does not read as cells is left out, and at most
/// [`MOST_CONDITIONS`] parts are read.
fn ods_range_addresses(list: &str) -> Vec<cell_values::CellRange> {
    let cell = |address: &str| {
        let local = address.rsplit_once('.').map_or(address, |(_, cell)| cell);
        super::grid::a1_position(&local.replace('$', ""))
    };
    list.split_whitespace()
        .take(MOST_CONDITIONS)
        .filter_map(|part| {
            let (first, last) = part.split_once(':').unwrap_or((part, part));
            Some((cell(first)?, cell(last)?))
        })
        .collect()
}

/// Whether an ODS document is set not to calculate by itself: LibreOffice's `AutoCalculate` configuration item
/// (`settings.xml`, `ooo:configuration-settings`) is `false` (Data ▸ Calculate ▸ AutoCalculate unticked). Such a
/// document is saved as it stands (LibreOffice does not recalculate before saving), so a formula that reads other
/// cells may store a result older than them. A document without the item calculates by itself.
fn ods_autocalculate_off(archive: &mut zip::ZipArchive<Cursor<&[u8]>>) -> bool {
    let Some(mut xml) = zip_xml(archive, "settings.xml") else { return false };
    let mut buf = Vec::new();
    let mut in_item = false;
    let mut value = String::new();
    loop {
        match xml.read_event_into(&mut buf) {
            Ok(Event::Start(e)) if e.name().as_ref() == "config:config-item" => {
                in_item = attr(&e, "config:name").as_deref() == Some("AutoCalculate");
                value.clear();
            }
            Ok(Event::Text(t)) if in_item && value.len() < 16 => value.push_str(&t.xml10_content()),
            Ok(Event::End(e)) if in_item && e.name().as_ref() == "config:config-item" => {
                return value.trim() == "false";
            }
            Ok(Event::Eof) | Err(_) => return false,
            _ => {}
        }
        buf.clear();
    }
}

/// Reads the sheets of the format from an ODS workbook: the walk of its content reads their filled cells, and each is
/// built from them.
pub fn read_ods(file_name: &str, bytes: &[u8], limits: &Limits, budget: &mut Budget) -> Result<Workbook, Vec<Issue>> {
    let mut scan = scan_ods(file_name, bytes, limits).map_err(|e| vec![e])?;
    if !scan.refused.is_empty() {
        return Err(scan.refused);
    }
    ods_package(bytes).map_err(|e| vec![damaged(file_name, e)])?;
    if scan.table_count > limits.max_sheets {
        return Err(vec![too_many_sheets(file_name, scan.table_count, limits)]);
    }
    let mut warnings = Vec::new();
    let names = std::mem::take(&mut scan.tables);
    let mut wb = read_sheets(file_name, names, limits, |name| {
        let sheet = read_ods_sheet(&mut scan, name, budget).map_err(|e| vec![e])?;
        // What the table hides is warned of, and a hidden column is named where a field's columns disagree, as in
        // an XLSX workbook.
        let hidden_rows = scan.hidden_rows.remove(name).unwrap_or_default();
        let rows: Vec<u32> = sheet
            .rows()
            .iter()
            .filter_map(|r| u32::try_from(r.index).ok())
            .filter(|&r| {
                // The walk met the rows in order: the ranges are sorted and apart.
                let after = hidden_rows.partition_point(|&(first, _)| first <= u64::from(r));
                after.checked_sub(1).and_then(|i| hidden_rows.get(i)).is_some_and(|&(_, last)| u64::from(r) <= last)
            })
            .collect();
        let white_rows = scan.invisible_rows.remove(name).unwrap_or_default();
        let invisible: Vec<u32> = sheet
            .rows()
            .iter()
            .filter_map(|r| u32::try_from(r.index).ok())
            .filter(|&r| {
                // Met in order, each range after the last: sorted and apart.
                let after = white_rows.partition_point(|&(first, _)| first <= u64::from(r));
                after.checked_sub(1).and_then(|i| white_rows.get(i)).is_some_and(|&(_, last)| u64::from(r) <= last)
            })
            .collect();
        let columns = scan.hidden_columns.remove(name).unwrap_or_default();
        warnings.extend(hidden_runs_warning(&sheet, &scan.hidden_runs.remove(name).unwrap_or_default()));
        warnings.extend(hiding_format_warning(&sheet, &scan.hiding_ranges.remove(name).unwrap_or_default()));
        let shown = if scan.hidden_tables.contains(name) { Visibility::Hidden } else { Visibility::Shown };
        Ok(with_hidden(sheet, shown, columns, (&rows, &invisible), &mut warnings))
    })?;
    wb.issues = without_unread(warnings, &wb);
    // An ODS table is hidden one way only (`table:display="false"`), which Excel's Unhide and LibreOffice's Show
    // Sheet both undo.
    wb.hidden_sheets = scan.hidden_tables.iter().map(|n| (n.clone(), Visibility::Hidden)).collect();
    wb.hidden_sheets.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(wb)
}

/// The state an ODS cell holds instead of its numeric value, if any (see [`OdsScan::states`]); an error's name is
/// filled in from the cell's shown text when the cell closes.
fn ods_state(e: &BytesStart<'_>) -> Option<Cell> {
    let formula = attr(e, "table:formula");
    let calc_type = attr(e, "calcext:value-type");
    if calc_type.as_deref() == Some("error") {
        return Some(Cell::Error(String::new()));
    }
    let formula = formula?;
    let numeric = matches!(attr(e, "office:value-type").as_deref(), Some("float" | "percentage" | "currency"));
    let zero = attr(e, "office:value").is_some_and(|v| cell_values::xsd_double(&v) == Ok(0.0));
    // The shown text decides between an error and a value when the cell closes; a 0 counts as never calculated only
    // from a writer that records no calculated type.
    let shown_formula = ods_formula_shown(&formula);
    // A formula of constants whose stored result is not its own was never calculated, whatever type the writer
    // records: LibreOffice keeps the placeholders of a workbook it opened without recalculating, typed as results.
    let cached = match attr(e, "office:value-type").as_deref() {
        Some("float" | "percentage" | "currency") => {
            attr(e, "office:value").and_then(|v| cell_values::xsd_double(&v).ok())
        }
        Some("date") => attr(e, "office:date-value").and_then(|v| ods_date_serial(&v)),
        _ => None,
    };
    if cached.is_some_and(|v| super::formula::stored_result_is_stale(&shown_formula, v, false)) {
        return Some(Cell::Uncalculated(shown_formula));
    }
    if numeric && zero && calc_type.is_none() {
        Some(Cell::Uncalculated(shown_formula))
    } else if numeric {
        // A formula whose shown text is an error value (`#DIV/0!`) is that error, whatever number is stored.
        Some(Cell::Refused)
    } else {
        None
    }
}

/// An OpenDocument formula (`table:formula`, OpenFormula syntax) as its user typed and sees it in a spreadsheet
/// program: the namespace (`of:`, `oooc:`, `msoxl:`) dropped, and each reference in brackets written as a cell
/// reference — `of:=SUM([.B2:.B9])` → `=SUM(B2:B9)`, `of:=[.A1]*2` → `=A1*2`, `of:=['Other sheet'.$A$1]` →
/// `='Other sheet'!$A$1`, `of:=[$Sites.C3]` → `=Sites!C3`. Text in double quotes is kept as written.
pub fn ods_formula_shown(formula: &str) -> String {
    let f = formula.trim();
    let body = match f.split_once(':') {
        Some((ns, rest))
            if !ns.is_empty() && ns.bytes().all(|b| b.is_ascii_alphanumeric()) && rest.starts_with('=') =>
        {
            rest
        }
        _ => f,
    };
    let mut out = String::with_capacity(body.len() + 1);
    if !body.starts_with('=') {
        out.push('=');
    }
    let mut chars = body.chars();
    let mut in_text = false;
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                in_text = !in_text;
                out.push(c);
            }
            '[' if !in_text => {
                // The reference runs to its closing bracket; a sheet name in single quotes may hold one.
                let mut reference = String::new();
                let mut quoted = false;
                let mut closed = false;
                for r in chars.by_ref() {
                    match r {
                        '\'' => {
                            quoted = !quoted;
                            reference.push(r);
                        }
                        ']' if !quoted => {
                            closed = true;
                            break;
                        }
                        _ => reference.push(r),
                    }
                }
                out.push_str(&ods_reference(&reference));
                if !closed {
                    break;
                }
            }
            _ => out.push(c),
        }
    }
    out
}

/// One OpenFormula reference without its brackets (`.A1`, `.B2:.B9`, `$Sheet2.A1`, `'My sheet'.A1:'My sheet'.B2`)
/// as a spreadsheet program shows it (`A1`, `B2:B9`, `Sheet2!A1`, `'My sheet'!A1:B2`).
fn ods_reference(reference: &str) -> String {
    // The parts of a range, split at a `:` outside quotes.
    let mut parts: Vec<String> = vec![String::new()];
    let mut quoted = false;
    for c in reference.chars() {
        match c {
            '\'' => {
                quoted = !quoted;
                if let Some(p) = parts.last_mut() {
                    p.push(c);
                }
            }
            ':' if !quoted => parts.push(String::new()),
            _ => {
                if let Some(p) = parts.last_mut() {
                    p.push(c);
                }
            }
        }
    }
    let mut first_sheet: Option<String> = None;
    let mut shown = Vec::with_capacity(parts.len());
    for (i, part) in parts.iter().enumerate() {
        // The sheet is what stands before the last `.` outside quotes; `$` before it only marks it absolute.
        let mut split = None;
        let mut quoted = false;
        for (at, c) in part.char_indices() {
            match c {
                '\'' => quoted = !quoted,
                '.' if !quoted => split = Some(at),
                _ => {}
            }
        }
        let (sheet, cell) = match split {
            Some(at) => (part.get(..at).unwrap_or_default(), part.get(at + 1..).unwrap_or_default()),
            None => ("", part.as_str()),
        };
        let sheet = sheet.trim_start_matches('$');
        if sheet.is_empty() || (i > 0 && first_sheet.as_deref() == Some(sheet)) {
            shown.push(cell.to_string());
        } else {
            if i == 0 {
                first_sheet = Some(sheet.to_string());
            }
            shown.push(format!("{sheet}!{cell}"));
        }
    }
    shown.join(":")
}

/// Keeps the range of cells a time-formatted ODS cell covers (its rows and columns repeated), with the text it shows.
fn push_clock(
    scan: &mut OdsScan,
    table: &str,
    (row, rows): (u64, u64),
    (col, cols): (u64, u64),
    shown: String,
    limits: &Limits,
) {
    if row >= ODS_MAX_ROWS || col >= ODS_MAX_COLUMNS {
        return;
    }
    let end_row = row.saturating_add(rows.max(1) - 1).min(ODS_MAX_ROWS - 1);
    let end_col = col.saturating_add(cols.max(1) - 1).min(ODS_MAX_COLUMNS - 1);
    let ranges = scan.clock.entry(table.to_string()).or_default();
    if ranges.len() < limits.max_cells {
        let shown: String = shown.chars().take(40).collect();
        ranges.push((Merge { start: (row as u32, col as u32), end: (end_row as u32, end_col as u32) }, shown));
    }
}

/// An ODS date value (`2026-03-31`, or with a time of day after `T`) as an Excel day serial of the 1900 system (days
/// since 1899-12-30, the time of day as a fraction), for comparing with a formula's own result.
fn ods_date_serial(value: &str) -> Option<f64> {
    let (date, time) = value.split_once('T').unwrap_or((value, ""));
    let date = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30)?;
    let day = (date - epoch).num_days() as f64;
    let fraction = chrono::NaiveTime::parse_from_str(time, "%H:%M:%S%.f")
        .map_or(0.0, |t| f64::from(chrono::Timelike::num_seconds_from_midnight(&t)) / 86_400.0);
    Some(day + fraction)
}

/// An open ODS number cell whose saved text is judged when it closes: its value, the format its style shows it in,
/// whether its style is a date style, and the cells it stands for.
type SavedPending = (f64, Option<Arc<NumberFormat>>, bool, Option<Merge>);

/// Keeps what a number cell's saved text says against its value ([`SavedText`]) for the cells it stands for.
fn push_saved(scan: &mut OdsScan, table: &str, cells: Merge, saved: SavedText, limits: &Limits) {
    let ranges = scan.saved.entry(table.to_string()).or_default();
    if ranges.len() < limits.max_cells {
        ranges.push((cells, saved));
    }
}

/// Keeps a state found by [`ods_state`] for the cell at (`row`, `col`) of `table`, given the cell's shown text.
fn push_state(scan: &mut OdsScan, table: &str, row: u64, col: u64, state: Cell, shown: &str, limits: &Limits) {
    let shown_error = match Cell::text_or_error(shown.to_string()) {
        Cell::Error(e) => Some(e),
        _ => None,
    };
    let cell = match (state, shown_error) {
        (_, Some(e)) => Cell::Error(e),
        (Cell::Error(_), None) => {
            Cell::Error(if shown.trim().is_empty() { "#VALUE!".into() } else { shown.trim().into() })
        }
        (Cell::Uncalculated(f), None) => Cell::Uncalculated(f),
        _ => return,
    };
    let (Ok(r), Ok(c)) = (u32::try_from(row), u32::try_from(col)) else { return };
    let states = scan.states.entry(table.to_string()).or_default();
    if states.len() < limits.max_cells {
        states.push((r, c, cell));
    }
}

/// Builds one ODS sheet from the cells [`scan_ods`] read (their count already bounded).
fn read_ods_sheet(scan: &mut OdsScan, name: &str, budget: &mut Budget) -> Result<Sheet, Issue> {
    {
        let mut sheet = SheetBuilder::new(name, Style::A1);
        for m in scan.merges.remove(name).unwrap_or_default() {
            sheet.merge(m, budget)?;
        }
        // The walk bounded every filled range (a percentage cell is filled), so marking them costs what the cells do.
        'marks: for m in scan.percent.remove(name).unwrap_or_default() {
            for r in m.start.0..=m.end.0 {
                for c in m.start.1..=m.end.1 {
                    if !sheet.percent_cell(r, c, budget) {
                        break 'marks;
                    }
                }
            }
        }
        let states: HashMap<(u32, u32), Cell> =
            scan.states.remove(name).unwrap_or_default().into_iter().map(|(r, c, s)| ((r, c), s)).collect();
        // The cells shown as a time; the walk counted every filled range, so they cost what the cells do.
        let mut clock: HashMap<(u32, u32), String> = HashMap::new();
        'clock: for (m, shown) in scan.clock.remove(name).unwrap_or_default() {
            for r in m.start.0..=m.end.0 {
                for c in m.start.1..=m.end.1 {
                    if clock.len() >= budget.max_cells {
                        break 'clock;
                    }
                    clock.insert((r, c), shown.clone());
                }
            }
        }
        // The number cells padded with zeros; the walk counted every filled range, so they cost what the cells do.
        let mut padded: Padded = Padded::default();
        'padded: for (m, format) in scan.padded.remove(name).unwrap_or_default() {
            for r in m.start.0..=m.end.0 {
                for c in m.start.1..=m.end.1 {
                    if padded.len() >= budget.max_cells {
                        break 'padded;
                    }
                    padded.insert((r, c), format.clone());
                }
            }
        }
        // The date cells' date styles; the walk counted every filled range, so they cost what the cells do.
        let mut dated: Vec<((u32, u32), String)> = Vec::new();
        'dated: for (m, code) in scan.dated.remove(name).unwrap_or_default() {
            for r in m.start.0..=m.end.0 {
                for c in m.start.1..=m.end.1 {
                    if dated.len() >= budget.max_cells {
                        break 'dated;
                    }
                    dated.push(((r, c), code.to_string()));
                }
            }
        }
        // The number cells whose saved text does not show their value; the walk counted every filled range.
        let mut saved: Vec<((u32, u32), SavedText)> = Vec::new();
        'saved: for (m, text) in scan.saved.remove(name).unwrap_or_default() {
            for r in m.start.0..=m.end.0 {
                for c in m.start.1..=m.end.1 {
                    if saved.len() >= budget.max_cells {
                        break 'saved;
                    }
                    saved.push(((r, c), text.clone()));
                }
            }
        }
        // Each filled cell the walk read, its repeats expanded as they are pushed: the walk counted them.
        for run in scan.cells.remove(name).unwrap_or_default() {
            let formula = run.formula.as_deref().map(ods_formula_shown);
            for row in run.row..=run.last_row {
                for col in run.col..=run.last_col {
                    let cell =
                        ods_cell(&run.value, formula.as_deref(), (row, col), &states, &clock, &padded, scan.manual);
                    sheet.push(row, col, cell, budget)?;
                }
            }
        }
        let mut sheet = sheet.finish(budget.max_cells)?;
        sheet.note_date_formats(dated);
        sheet.note_saved_texts(saved);
        Ok(sheet)
    }
}

/// The cell an ODS cell holding `value` (and `formula`, shown as typed) is at `(row, col)`, given the walk's states,
/// cells shown as a time and cells in a padded number style of its sheet.
fn ods_cell(
    value: &Data,
    formula: Option<&str>,
    (row, col): (u32, u32),
    states: &HashMap<(u32, u32), Cell>,
    clock: &HashMap<(u32, u32), String>,
    padded: &Padded,
    manual: bool,
) -> Cell {
    // A formula with no result at all is one never calculated, whatever else the walk found.
    if matches!(value, Data::Empty) {
        return formula.map_or(Cell::Empty, |f| Cell::Uncalculated(f.to_string()));
    }
    // A number whose data style shows it otherwise than as its digits keeps its format, as in XLSX.
    let cell = match (owned_cell(value), padded.get(&(row, col))) {
        (Cell::Number(n), Some(format)) => Formatted::cell(n, format),
        (cell, _) => cell,
    };
    match (states.get(&(row, col)), formula) {
        (Some(state), _) => state.clone(),
        // A number or date shown as a duration or a time of day is one, whatever its value's type.
        (None, _) if !cell.is_blank() && clock.contains_key(&(row, col)) => {
            Cell::Duration(clock.get(&(row, col)).cloned().unwrap_or_default())
        }
        (None, Some(f)) if cell.is_blank() => Cell::Uncalculated(f.to_string()),
        // A formula of constants that gives a text other than the one stored, as in XLSX.
        (None, Some(f)) if matches!(&cell, Cell::Text(t) if super::formula::stored_text_is_stale(f, t)) => {
            Cell::Uncalculated(f.to_string())
        }
        // A formula that reads cells in a document that does not calculate by itself, as in XLSX.
        (None, Some(f)) if manual && !super::formula::is_constant(f) => Cell::Stale(f.to_string()),
        _ => cell,
    }
}

/// Which spreadsheet format a file is, from its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Xlsx,
    Xlsb,
    Ods,
    Xls,
}

/// Reads a workbook of a known format.
pub fn read(
    format: Format,
    file_name: &str,
    bytes: &[u8],
    limits: &Limits,
    budget: &mut Budget,
) -> Result<Workbook, Vec<Issue>> {
    // The spreadsheet library can panic on some malformed files (found by fuzzing: an arithmetic overflow inside
    // calamine's XLSX reader). A broken file is the supplier's problem to fix, not a failure of the service.
    let mut local = *budget;
    let out = guarded(|| match format {
        // A package without its workbook part, or that part's relationships, is refused once, naming the part.
        Format::Xlsx | Format::Xlsb if let Some(fault) = missing_workbook_part(bytes, format) => {
            Err(vec![part_refused(file_name, &fault)])
        }
        Format::Xlsx => read_xlsx(file_name, bytes, limits, &mut local),
        Format::Xlsb => read_xlsb(file_name, bytes, limits, &mut local),
        Format::Ods => read_ods(file_name, bytes, limits, &mut local),
        Format::Xls => Err(vec![refuse_xls(file_name, bytes)]),
    })
    .unwrap_or_else(|panic| {
        // The panic's words are the library's, not a cause of the file's: logged, not read for the refusal's cause.
        tracing::info!(file = file_name, panic = %panic, "workbook reader panicked");
        Err(vec![damaged(file_name, "the reader stopped")])
    });
    *budget = local;
    out
}

thread_local! {
    /// Set while this thread reads a workbook under [`guarded`]: a panic then is the reader's, caught and said as a
    /// refusal of the file, and the process-wide panic hook keeps it here instead of printing it.
    static GUARDED_PANIC: std::cell::RefCell<Option<Option<String>>> = const { std::cell::RefCell::new(None) };
}

/// Runs `read` (a spreadsheet library's reading of an untrusted file), turning a panic into `Err` with the panic's
/// message and place. The panic is not printed: on a terminal (`chainon assess`) a library's English backtrace would
/// stand beside the refusal said in the reader's language, and the service logs it with the refusal
/// ([`damaged`]). Panics elsewhere, on any thread, are printed by the hook as before.
pub(super) fn guarded<T>(read: impl FnOnce() -> T) -> Result<T, String> {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let before = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let kept = GUARDED_PANIC.with(|g| match g.borrow_mut().as_mut() {
                Some(slot) => {
                    let what = info
                        .payload()
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| info.payload().downcast_ref::<String>().cloned())
                        .unwrap_or_default();
                    let place = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
                    *slot = Some(format!("{what}{place}"));
                    true
                }
                None => false,
            });
            if !kept {
                before(info);
            }
        }));
    });
    GUARDED_PANIC.with(|g| *g.borrow_mut() = Some(None));
    let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(read));
    let panic = GUARDED_PANIC.with(|g| g.borrow_mut().take()).flatten();
    out.map_err(|_| panic.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a1_references_parse_to_zero_based_places() {
        assert_eq!(crate::import::grid::a1_position("A1"), Some((0, 0)));
        assert_eq!(crate::import::grid::a1_position("XFD1048550"), Some((1_048_549, 16_383)));
        assert_eq!(crate::import::grid::a1_position("l12"), Some((11, 11)));
        assert_eq!(crate::import::grid::a1_position("A0"), None);
        assert_eq!(crate::import::grid::a1_position("12"), None);
        assert_eq!(crate::import::grid::a1_position("Aé1"), None);
    }

    #[test]
    fn ods_number_styles_are_read_with_their_zeros_and_text_and_unknown_otherwise() {
        let xml = r##"<office:automatic-styles>
            <number:number-style style:name="N3"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="3"/></number:number-style>
            <number:number-style style:name="N9"><style:text-properties fo:color="#000000"/><number:number number:min-integer-digits="9"/></number:number-style>
            <number:number-style style:name="Nkg"><number:number number:min-integer-digits="5"/><number:text> kg</number:text></number:number-style>
            <number:number-style style:name="Ngroup"><number:number number:min-integer-digits="5" number:grouping="true"/></number:number-style>
            <number:number-style style:name="Ndec"><number:number number:min-integer-digits="5" number:decimal-places="2"/></number:number-style>
            <number:number-style style:name="Nmap"><number:number number:min-integer-digits="5"/><style:map style:condition="value()&gt;0" style:apply-style-name="N3"/></number:number-style>
            <number:number-style style:name="N1"><number:number number:min-integer-digits="1"/></number:number-style>
            <number:number-style style:name="Nempty"/>
            <style:style style:name="ce3" style:family="table-cell" style:data-style-name="N3"/>
            <style:style style:name="ce9" style:family="table-cell" style:data-style-name="N9"><style:table-cell-properties/></style:style>
            <style:style style:name="child" style:family="table-cell" style:parent-style-name="ce9"/>
            <style:style style:name="kg" style:family="table-cell" style:data-style-name="Nkg"/>
            <style:style style:name="group" style:family="table-cell" style:data-style-name="Ngroup"/>
            <style:style style:name="dec" style:family="table-cell" style:data-style-name="Ndec"/>
            <style:style style:name="map" style:family="table-cell" style:data-style-name="Nmap"/>
            <style:style style:name="one" style:family="table-cell" style:data-style-name="N1"/>
            <style:style style:name="empty" style:family="table-cell" style:data-style-name="Nempty"/>
            <style:style style:name="co0" style:family="table-column"><style:table-column-properties style:column-width="0in"/></style:style>
            <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="0.889in"/></style:style>
            <style:style style:name="ro0" style:family="table-row"><style:table-row-properties style:row-height="0.000cm"/></style:style>
            <style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="0.178in"/></style:style>
            <style:style style:name="ta0" style:family="table"><style:table-properties table:display="false"/></style:style>
            <style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
        </office:automatic-styles>"##;
        let mut styles = OdsClockStyles::default();
        styles.read_all(&mut quick_xml::Reader::from_str(xml), 1_000);
        let shows = |style: &str, n: f64| styles.padded(style).and_then(|f| f.show(n));
        assert_eq!(shows("ce3", 5.0).as_deref(), Some("005"));
        assert_eq!(shows("ce9", 2345.0).as_deref(), Some("000002345"));
        assert_eq!(
            shows("child", 2345.0).as_deref(),
            Some("000002345"),
            "a style without a data style takes its parent's"
        );
        assert_eq!(shows("kg", 12.0).as_deref(), Some("00012 kg"));
        // Grouping and decimals: what is shown is not known from the file.
        for unknown in ["group", "dec"] {
            let format = styles.padded(unknown).unwrap_or_else(|| panic!("{unknown} has a format"));
            assert_eq!(format.show(12.0), None, "{unknown}");
        }
        // A map picks the section that applies to the number; the style's own shows the others.
        assert_eq!(shows("map", 12.0).as_deref(), Some("012"));
        assert_eq!(shows("map", 0.0).as_deref(), Some("00000"));
        assert_eq!(shows("map", -12.0), None, "a negative number in a section that writes no sign");
        // A number style with nothing in it shows nothing, fractions included.
        for n in [12.0, 0.0, -3.0, 12.5] {
            assert_eq!(shows("empty", n).as_deref(), Some(""), "{n}");
        }
        for plain in ["one", "nonexistent"] {
            assert_eq!(styles.padded(plain), None, "{plain}");
        }
        for hides in ["co0", "ro0", "ta0"] {
            assert!(styles.hides(Some(hides.into())), "{hides}");
        }
        for shows in ["co1", "ro1", "ta1", "ce3"] {
            assert!(!styles.hides(Some(shows.into())), "{shows}");
        }
        assert!(!styles.hides(None));
        // At most `max` of each kind are kept.
        let mut few = OdsClockStyles::default();
        few.read_all(&mut quick_xml::Reader::from_str(xml), 1);
        assert_eq!(few.padded_styles.len(), 1);
        assert_eq!(few.sections.len(), 1);
        assert_eq!(few.hiding.len(), 1);
    }

    #[test]
    fn ods_formulas_are_shown_as_typed() {
        for (stored, shown) in [
            ("of:=[.A1]*2", "=A1*2"),
            ("of:=SUM([.B2:.B9])", "=SUM(B2:B9)"),
            ("of:=1200+650", "=1200+650"),
            ("of:=[$Sites.$C$3]+[.D4]", "=Sites!$C$3+D4"),
            ("of:=SUM(['Other sheet'.A1:'Other sheet'.B2])", "=SUM('Other sheet'!A1:B2)"),
            ("of:=['It''s [x]'.A1]", "='It''s [x]'!A1"),
            ("of:=IF([.A1]=\"[.B1]\";1;0)", "=IF(A1=\"[.B1]\";1;0)"),
            ("oooc:=[.A1]", "=A1"),
            ("=A1+1", "=A1+1"),
            ("of:=[.A1", "=A1"),
        ] {
            assert_eq!(ods_formula_shown(stored), shown, "{stored}");
        }
    }

    #[test]
    fn an_unknown_error_value_is_read_with_its_place() {
        let mut wb = rust_xlsxwriter::Workbook::new();
        wb.add_worksheet().set_name("Supplier").unwrap().write_string(0, 0, "Legal name").unwrap();
        let bytes = wb.save_to_buffer().unwrap();
        // Put a `#SPILL!` error cell at B1 of the sheet's part.
        let bytes = crate::import::tests::patch_zip(&bytes, "xl/worksheets/sheet1.xml", |xml| {
            xml.replace("</row>", r#"<c r="B1" t="e"><v>#SPILL!</v></c></row>"#)
        });
        let mut budget = Limits::default().budget();
        let wb = read_xlsx("x.xlsx", &bytes, &Limits::default(), &mut budget).unwrap();
        assert_eq!(wb.sheets[0].cell(0, 1), &Cell::Error("#SPILL!".into()));
        assert_eq!(wb.sheets[0].cell(0, 0), &Cell::Text("Legal name".into()));
    }
}
