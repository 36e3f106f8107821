//! What calamine does not give of an XLSB workbook (the binary workbook, MS-XLSB): the number format of each cell,
//! so that a number or a date read from an XLSB sheet is judged by what its cell shows, as in XLSX — a date in a
//! format that hides its day or writes it year-day-month ([`super::shown_date`]), a count in a percent, scaling or
//! money format ([`super::shown_number`]), a number shown as a duration.
//!
//! The parts read are those MS-XLSB defines (records of §2.1.4: a type of one or two bytes and a size of one to four,
//! seven bits each, the high bit saying another follows):
//! - `xl/styles.bin`: the custom number formats (`BrtFmt`, §2.4.648: `ifmt` u16, `stFmtCode` an `XLWideString`) and
//!   the cell styles in order (`BrtXF`, §2.4.812: `ixfeParent` u16, `iFmt` u16) between `BrtBeginCellXFs` and
//!   `BrtEndCellXFs` — the cell style formats of `BrtBeginCellStyleXFs` are not a cell's;
//! - `xl/workbook.bin`'s sheets (`BrtBundleSh`, §2.4.304: `hsState` u32, `iTabID` u32, `strRelID` an
//!   `XLNullableWideString`, `strName` an `XLWideString`) and `xl/_rels/workbook.bin.rels`, to find each sheet's part
//!   as calamine finds it;
//! - a sheet part's cells between `BrtBeginSheetData` and `BrtEndSheetData`: `BrtRowHdr` (§2.4.726, its row first)
//!   and the cell records (`BrtCellBlank` … `BrtFmlaError`, types 1 to 11), each beginning with a `Cell` (§2.5.9:
//!   the column u32, then `iStyleRef`, 24 bits), an error record's code after it.
//!
//! The same walk finds what calamine's XLSB cell reader drops without a word: a formula's error result
//! (`BrtFmlaError`, read by calamine as an empty cell), an error value of a newer code (calamine stops the sheet at
//! it), a cell past the grid's last row (calamine stops the sheet there); and, from `styles.bin`'s fonts and fills,
//! the cells written white on white, as in XLSX.
//!
//! Formulas are judged as XLSX's are (calamine's cell reader gives an XLSB formula's stored result as a value): the
//! workbook's calculation properties (`BrtCalcProp` in `xl/workbook.bin`: `fAutoRecalc` u32 at 4, 0 for manual
//! calculation; flags at 24, `fFullCalcOnLoad` the lowest bit, `fSaveRecalc` 0x20), and each formula cell
//! (`BrtFmlaString`, `BrtFmlaNum`, `BrtFmlaBool`, `BrtFmlaError`, types 8 to 11: the `Cell`, the stored result — an
//! `XLWideString`, an `Xnum`, a byte —, `grbitFlags` u16, then the `CellParsedFormula`, `cce` u32 and `rgce`, the
//! formula's tokens), written out when it is of constants only ([`constant_formula`]) so that its stored result is
//! checked against its own.
//!
//! Conditional formats are read as XLSX's are: `styles.bin`'s differential formats (`BrtDXF`, §2.4.371, between
//! `BrtBeginDXFs` and `BrtEndDXFs`: flags u16, reserved u16, `cprops` u16, then `cprops` `XFProp`s, §2.5.164, each a
//! type u16, its size u16 counting those four bytes, and its data — the font colour, type 5, the fill's foreground and
//! background colours, types 1 and 2, each an `XFPropColor` laid out as `BrtColor`, and the number format, type 0x26,
//! `ifmt` u16 and an `XLWideString`), and a sheet's conditional formats after its cells
//! (`BrtBeginConditionalFormatting`, §2.4.26: `ccf` u32, flags u32, then `sqrfx`, a count u32 of ranges of four u32
//! each, first and last row, first and last column; each `BrtBeginCFRule` inside it, §2.4.23, `dxfId` u32 at offset 8).
//!
//! Reading is streamed, one record at a time: a record larger than [`MOST_RECORD_BYTES`] is skipped unread (a cell
//! record that large is refused as damage), and at
//! most `most` cells' styles are kept (the sheet's budget), whatever the part claims.

use std::collections::HashMap;
use std::io::{BufReader, Cursor, Read};

use quick_xml::events::Event;

use super::cell_values::NumberStyles;

/// The largest record body read; a larger one is skipped. The largest cell record a workbook holds is a text of
/// 32,767 characters (Excel's most) with a run of its own font for each (65,534 bytes of text, 131,068 of runs, about
/// 197 KB): a cell record past this is damage, refused as such by the walk of the sheet.
const MOST_RECORD_BYTES: usize = 1 << 18;

/// The most sheets and relationships followed (a workbook holds a few; calamine lists them as well).
const MOST_SHEETS: usize = 1024;

/// The longest sheet name or relationship target kept, in characters (Excel's sheet names have at most 31): a sheet
/// whose name or part is longer is read with its formats unknown.
const MOST_NAME_CHARS: usize = 1024;

/// Record types (MS-XLSB §2.3.2).
const BRT_ROW_HDR: u16 = 0x0000;
const BRT_FMLA_STRING: u16 = 0x0008;
const BRT_FMLA_NUM: u16 = 0x0009;
const BRT_FMLA_ERROR: u16 = 0x000B;
const BRT_CELL_BLANK: u16 = 0x0001;
const BRT_CELL_ERROR: u16 = 0x0003;
const BRT_FONT: u16 = 0x002B;
const BRT_FMT: u16 = 0x002C;
const BRT_FILL: u16 = 0x002D;
const BRT_XF: u16 = 0x002F;
const BRT_BEGIN_SHEET_DATA: u16 = 0x0091;
const BRT_END_SHEET_DATA: u16 = 0x0092;
const BRT_BUNDLE_SH: u16 = 0x009C;
const BRT_CALC_PROP: u16 = 0x009D;
const BRT_BEGIN_CELL_XFS: u16 = 0x0269;
const BRT_END_CELL_XFS: u16 = 0x026A;
const BRT_CELL_ISST: u16 = 0x0007;
const BRT_SHORT_BLANK: u16 = 0x000C;
const BRT_SHORT_RK: u16 = 0x000D;
const BRT_SHORT_ERROR: u16 = 0x000E;
const BRT_SHORT_BOOL: u16 = 0x000F;
const BRT_SHORT_REAL: u16 = 0x0010;
const BRT_SHORT_ST: u16 = 0x0011;
const BRT_SHORT_ISST: u16 = 0x0012;
const BRT_SST_ITEM: u16 = 0x0013;
const BRT_CELL_RSTRING: u16 = 0x003E;
const BRT_COL_INFO: u16 = 0x003C;
const BRT_MERGE_CELL: u16 = 0x00B0;
const BRT_BEGIN_CONDITIONAL_FORMATTING: u16 = 0x01CD;
const BRT_END_CONDITIONAL_FORMATTING: u16 = 0x01CE;
const BRT_BEGIN_CF_RULE: u16 = 0x01CF;
const BRT_BEGIN_DXFS: u16 = 0x01F9;
const BRT_END_DXFS: u16 = 0x01FA;
const BRT_DXF: u16 = 0x01FB;

/// The records of a part, read one after the other.
struct Records<R: Read> {
    r: R,
    body: Vec<u8>,
}

impl<R: Read> Records<R> {
    fn byte(&mut self) -> Option<u8> {
        let mut b = [0u8];
        self.r.read_exact(&mut b).ok()?;
        let [v] = b;
        Some(v)
    }

    /// The next record's type and body (empty when the body was too large to read); `None` at the part's end or at a
    /// record cut short.
    fn next_record(&mut self) -> Option<(u16, &[u8])> {
        let first = self.byte()?;
        let mut kind = u16::from(first & 0x7F);
        if first & 0x80 != 0 {
            kind |= u16::from(self.byte()? & 0x7F) << 7;
        }
        let mut len = 0usize;
        for i in 0..4 {
            let b = self.byte()?;
            len |= usize::from(b & 0x7F) << (7 * i);
            if b & 0x80 == 0 {
                break;
            }
        }
        if len > MOST_RECORD_BYTES {
            std::io::copy(&mut (&mut self.r).take(len as u64), &mut std::io::sink()).ok()?;
            self.body.clear();
        } else {
            self.body.resize(len, 0);
            self.r.read_exact(&mut self.body).ok()?;
        }
        Some((kind, &self.body))
    }
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    let bytes: [u8; 2] = b.get(at..at.checked_add(2)?)?.try_into().ok()?;
    Some(u16::from_le_bytes(bytes))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    let bytes: [u8; 4] = b.get(at..at.checked_add(4)?)?.try_into().ok()?;
    Some(u32::from_le_bytes(bytes))
}

/// An `XLWideString` at `at` (a u32 count of UTF-16 code units, then the units): its text and where it ends; `None`
/// for a null one (`0xFFFFFFFF`, an `XLNullableWideString`) or one past the body.
fn wide_str(b: &[u8], at: usize) -> Option<(String, usize)> {
    let (raw, end) = wide_units(b, at)?;
    Some((String::from_utf16_lossy(&raw), end))
}

/// The UTF-16 units of an `XLWideString` at `at` (a count u32, then the units), and where it ends; `None` for a null
/// `XLNullableWideString` or one cut short.
fn wide_units(b: &[u8], at: usize) -> Option<(Vec<u16>, usize)> {
    let units = u32_at(b, at)?;
    if units == u32::MAX {
        return None;
    }
    let start = at.checked_add(4)?;
    let end = start.checked_add(usize::try_from(units).ok()?.checked_mul(2)?)?;
    let raw: Vec<u16> = b
        .get(start..end)?
        .chunks_exact(2)
        .filter_map(|c| <[u8; 2]>::try_from(c).ok())
        .map(u16::from_le_bytes)
        .collect();
    Some((raw, end))
}

/// The records of the part `path` of the workbook, or `None` when it has no such part.
fn part<'a>(archive: &'a mut zip::ZipArchive<Cursor<&[u8]>>, path: &str) -> Option<Records<impl Read + 'a>> {
    let entry = archive.by_name(path).ok()?;
    Some(Records { r: BufReader::new(entry), body: Vec::new() })
}

/// What each cell style's number format says, from `xl/styles.bin` (judged as XLSX's, by
/// [`super::spreadsheet::StyleTable`]), with the cell styles whose text is invisible — a font (`BrtFont`'s `brtColor`,
/// §2.4.683) that can hardly be told from the style's fill (`BrtFill`, §2.4.674: `fls` none, white, or solid in its
/// foreground colour) by XLSX's contrast rule (`spreadsheet::unseen_on`), or a font under
/// `spreadsheet::SMALLEST_FONT` points, the styles naming them by `iFont` and `iFill` (`BrtXF`) — as XLSX's are read
/// (`spreadsheet::number_styles`), theme colours from the workbook's theme part; `None` when the workbook has no
/// styles part, so that its formats are not known.
pub(super) fn number_styles(bytes: &[u8]) -> Option<NumberStyles> {
    use super::spreadsheet::{BLACK, WHITE};
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let palette: super::spreadsheet::Palette = super::spreadsheet::zip_xml(&mut archive, "xl/theme/theme1.xml")
        .map(super::spreadsheet::theme_palette)
        .unwrap_or_default();
    let colour = |c: Option<&[u8]>| c.and_then(|c| rgb(c, &palette));
    let mut records = part(&mut archive, "xl/styles.bin")?;
    let mut table = super::spreadsheet::StyleTable::default();
    let mut in_cell_xfs = false;
    // Each font of the styles part, in order: its colour (`None` where it cannot be placed) and whether it is too
    // small to read; each fill: the colour it leaves the cell (`None`: a pattern or a gradient, not known).
    let mut fonts: Vec<(Option<super::spreadsheet::Rgb>, bool)> = Vec::new();
    let mut fills: Vec<Option<super::spreadsheet::Rgb>> = Vec::new();
    let mut style_fills = Vec::new();
    let mut invisible = rustc_hash::FxHashSet::default();
    let mut xf_index = 0u32;
    // The differential formats of conditional formats: whether they are being read, the next one's index, those
    // that hide text.
    let (mut in_dxfs, mut dxf_index) = (false, 0u32);
    let mut hiding_formats = rustc_hash::FxHashSet::default();
    while let Some((kind, body)) = records.next_record() {
        match kind {
            BRT_FMT => {
                if let (Some(id), Some((code, _))) = (u16_at(body, 0), wide_str(body, 2)) {
                    table.number_format(u32::from(id), &code);
                }
            }
            BRT_FONT if fonts.len() < MOST_STYLES => {
                // `dyHeight` in twentieths of a point.
                let points = f64::from(u16_at(body, 0).unwrap_or(220)) / 20.0;
                fonts.push((colour(body.get(12..20)), points > 0.0 && points < super::spreadsheet::SMALLEST_FONT));
            }
            BRT_FILL if fills.len() < MOST_STYLES => {
                // `fls`: 0 no fill, 1 solid (its foreground colour alone is drawn); any other pattern or a gradient
                // (0x28) draws something not judged here.
                fills.push(match u32_at(body, 0) {
                    Some(0) => Some(WHITE),
                    Some(1) => colour(body.get(4..12)),
                    _ => None,
                });
            }
            BRT_BEGIN_CELL_XFS => in_cell_xfs = true,
            BRT_XF if in_cell_xfs => {
                table.cell_style(u32::from(u16_at(body, 2).unwrap_or(0)));
                let (font, tiny) =
                    u16_at(body, 4).and_then(|i| fonts.get(usize::from(i))).copied().unwrap_or((Some(BLACK), false));
                let fill = u16_at(body, 6).and_then(|i| fills.get(usize::from(i))).copied().unwrap_or(Some(WHITE));
                let unseen = font.zip(fill).is_some_and(|(f, b)| super::spreadsheet::unseen_on(f, b));
                if (tiny || unseen) && (xf_index as usize) < MOST_STYLES {
                    invisible.insert(xf_index);
                }
                if style_fills.len() < MOST_STYLES {
                    style_fills.push(fill);
                }
                xf_index = xf_index.saturating_add(1);
            }
            BRT_END_CELL_XFS => in_cell_xfs = false,
            BRT_BEGIN_DXFS => in_dxfs = true,
            BRT_DXF if in_dxfs => {
                if dxf(body, &palette).hides() && hiding_formats.len() < MOST_STYLES {
                    hiding_formats.insert(dxf_index);
                }
                dxf_index = dxf_index.saturating_add(1);
            }
            BRT_END_DXFS => break,
            _ => {}
        }
    }
    let mut styles = table.finish();
    styles.invisible = invisible;
    styles.hiding_formats = hiding_formats;
    styles.fills = style_fills;
    // A rich text's run in a font whose colour cannot be placed is drawn as the automatic colour, black.
    styles.fonts = fonts.into_iter().map(|(c, tiny)| (c.unwrap_or(BLACK), tiny)).collect();
    Some(styles)
}

/// A rich text (`RichStr`, §2.5.125: flags, `fRichStr` its lowest bit; the text, an `XLWideString`; then, where
/// `fRichStr` says so, a count u32 of `StrRun`s, each the UTF-16 unit its font starts at, `ich` u16, and the font,
/// `ifnt` u16) at `at` of `body`: its text, and its runs as XLSX's are kept ([`super::cell_values::TextRuns`]: each
/// run's colour and whether it is too small, by `fonts`, and its text up to
/// [`super::cell_values::RUN_TEXT`] characters; runs of blank text, of a font not in `fonts`, left out). `None` where
/// the text cannot be read.
pub(super) fn rich_text(body: &[u8], at: usize, fonts: &[([u8; 3], bool)]) -> Option<(String, Runs)> {
    let flags = *body.get(at)?;
    let (raw, end) = wide_units(body, at + 1)?;
    let text = String::from_utf16_lossy(&raw);
    let mut runs = Vec::new();
    if flags & 1 == 1 {
        let count = u32_at(body, end).map_or(0, |c| c as usize);
        let run_at = |k: usize| Some((usize::from(u16_at(body, end + 4 + 4 * k)?), u16_at(body, end + 6 + 4 * k)?));
        for k in 0..count.min(super::cell_values::MOST_RUNS) {
            let Some((from, font)) = run_at(k) else { break };
            let to = run_at(k + 1).map_or(raw.len(), |(next, _)| next).min(raw.len());
            let (Some(part), Some(&(colour, tiny))) = (raw.get(from..to), fonts.get(usize::from(font))) else {
                continue;
            };
            let part = String::from_utf16_lossy(part);
            if part.trim().is_empty() {
                continue;
            }
            let mut kept = String::new();
            super::cell_values::keep_run_text(&mut kept, &part);
            runs.push((Some(colour), tiny, kept));
        }
    }
    Some((text, runs))
}

/// The runs of a rich text, as [`super::cell_values::TextRuns`] keeps them.
pub(super) type Runs = Vec<(Option<[u8; 3]>, bool, String)>;

/// The runs of each rich text of `xl/sharedStrings.bin` that has any (`BrtSSTItem`, §2.4.725, a `RichStr`), by the
/// string's index (a `BrtCellIsst`'s `isst`), read as [`rich_text`] reads them; at most
/// [`super::cell_values::MOST_RUNS`] strings. Empty without the part or without fonts.
pub(super) fn shared_runs(bytes: &[u8], fonts: &[([u8; 3], bool)]) -> rustc_hash::FxHashMap<u32, Runs> {
    let mut out = rustc_hash::FxHashMap::default();
    if fonts.is_empty() {
        return out;
    }
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else { return out };
    let Some(mut records) = part(&mut archive, "xl/sharedStrings.bin") else { return out };
    let mut index = 0u32;
    while let Some((kind, body)) = records.next_record() {
        if kind != BRT_SST_ITEM {
            continue;
        }
        if body.first().is_some_and(|f| f & 1 == 1)
            && out.len() < super::cell_values::MOST_RUNS
            && let Some((_, runs)) = rich_text(body, 0, fonts).filter(|(_, r)| !r.is_empty())
        {
            out.insert(index, runs);
        }
        index = index.saturating_add(1);
    }
    out
}

/// A differential format (`BrtDXF`) as XLSX's `dxf` is read ([`super::spreadsheet::Dxf`]): its font colour (type 5),
/// its fill (the background colour, type 2, as Excel writes a conditional format's solid fill, else the foreground,
/// type 1), and whether its number format (type 0x26) has empty sections only (`;;;`). A colour it cannot place (a
/// theme colour other than light 1 and dark 1, a palette colour past the first sixteen) is left unset, as XLSX's are.
fn dxf(body: &[u8], palette: &super::spreadsheet::Palette) -> super::spreadsheet::Dxf {
    let mut out = super::spreadsheet::Dxf::default();
    let (mut foreground, mut background) = (None, None);
    let count = u16_at(body, 4).unwrap_or(0);
    let mut at = 6usize;
    for _ in 0..count {
        let (Some(kind), Some(size)) = (u16_at(body, at), u16_at(body, at + 2)) else { break };
        let size = usize::from(size);
        let Some(data) = body.get(at + 4..at + size.max(4)) else { break };
        match kind {
            0x0001 => foreground = rgb(data, palette),
            0x0002 => background = rgb(data, palette),
            0x0005 => out.font = rgb(data, palette),
            0x0026 => {
                out.empty_format = wide_str(data, 2)
                    .is_some_and(|(code, _)| !code.is_empty() && code.trim().chars().all(|c| c == ';'));
            }
            _ => {}
        }
        // A property of less than its own header ends the list: nothing after it can be placed.
        if size < 4 {
            break;
        }
        at += size;
    }
    out.fill = background.or(foreground);
    out
}

/// The colour a `BrtColor` or `XFPropColor` (§2.4.334, §2.5.163) names, as XLSX's colours are read
/// (`spreadsheet::colour`): an RGB colour (`xColorType` 2, red, green and blue at 4 to 6); a theme colour (type 3,
/// `index` as Excel numbers them in its files, 0 light 1, 1 dark 1 …) from the workbook's `palette`, light 1 and dark
/// 1 white and black where the theme gives none; the first sixteen palette colours (type 1); the automatic colour
/// (type 0, black); each tinted by `nTintAndShade` / 32,767. `None` for any other.
fn rgb(color: &[u8], palette: &super::spreadsheet::Palette) -> Option<super::spreadsheet::Rgb> {
    let (&first, &index) = (color.first()?, color.get(1)?);
    let tint = u16_at(color, 2).map_or(0.0, |t| f64::from(i16::from_le_bytes(t.to_le_bytes())) / 32767.0);
    match first >> 1 {
        0x00 => Some(super::spreadsheet::BLACK),
        0x01 if index < 16 => super::spreadsheet::indexed_colour(usize::from(index)),
        0x02 => Some([*color.get(4)?, *color.get(5)?, *color.get(6)?]),
        0x03 => super::spreadsheet::theme_colour(usize::from(index), tint, palette),
        _ => None,
    }
}

/// The most fonts, fills and cell styles kept (Excel makes at most 65,490 cell styles), whatever a part claims.
const MOST_STYLES: usize = 1 << 16;

/// Each sheet's part, by the sheet's name (`xl/worksheets/sheet1.bin`), as calamine finds it: the relationship of
/// the sheet's `BrtBundleSh` in `xl/_rels/workbook.bin.rels`, under `xl/`.
pub(super) fn sheet_parts(bytes: &[u8]) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else { return out };
    let mut targets: HashMap<String, String> = HashMap::new();
    if let Some(mut xml) = super::spreadsheet::zip_xml(&mut archive, "xl/_rels/workbook.bin.rels") {
        let mut buf = Vec::new();
        while let Ok(ev) = xml.read_event_into(&mut buf) {
            match ev {
                Event::Start(ref e) | Event::Empty(ref e) if e.local_name().as_ref() == "Relationship" => {
                    let (id, target) = (super::spreadsheet::attr(e, "Id"), super::spreadsheet::attr(e, "Target"));
                    if let (Some(id), Some(target)) = (id, target)
                        && targets.len() < MOST_SHEETS
                        && id.chars().count() <= MOST_NAME_CHARS
                        && target.chars().count() <= MOST_NAME_CHARS
                    {
                        targets.insert(id, target);
                    }
                }
                Event::Eof => break,
                _ => {}
            }
            buf.clear();
        }
    }
    let Some(mut records) = part(&mut archive, "xl/workbook.bin") else { return out };
    while let Some((kind, body)) = records.next_record() {
        if kind != BRT_BUNDLE_SH {
            continue;
        }
        let Some((rel, end)) = wide_str(body, 8) else { continue };
        if let (Some((name, _)), Some(target)) = (wide_str(body, end), targets.get(&rel))
            && out.len() < MOST_SHEETS
            && name.chars().count() <= MOST_NAME_CHARS
        {
            out.insert(name, format!("xl/{target}"));
        }
    }
    out
}

/// What makes an XLSB workbook's own parts unreadable, before any sheet is read: the part named (its path in the
/// package), so that the refusal says which part to blame rather than a sheet it could not find.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum PartFault {
    /// The package has no such part.
    Missing(String),
    /// The part holds no byte.
    Empty(String),
    /// The part's records are cut short, or are not those its format begins, lists or ends with.
    Records(String),
    /// The part's XML markup is malformed.
    Xml(String),
    /// The relationships part does not say where the sheet is stored (no relationship of the sheet's id, or one to a
    /// part that is no sheet).
    NoTarget { part: String, sheet: String },
}

/// The workbook part and its relationships part.
const WORKBOOK_PART: &str = "xl/workbook.bin";
const WORKBOOK_RELS: &str = "xl/_rels/workbook.bin.rels";

/// Record types of `xl/workbook.bin` (MS-XLSB §2.3.2): the book's first record, the end of its list of sheets, and
/// the records calamine takes for the end of the defined names (what it reads after the sheets).
const BRT_BEGIN_BOOK: u16 = 0x0083;
const BRT_END_BUNDLE_SHS: u16 = 0x0090;
const BRT_WB_PROP: u16 = 0x0099;
const AFTER_NAMES: [u16; 9] = [0x009D, 0x0225, 0x018D, 0x0180, 0x009A, 0x0252, 0x0229, 0x009B, 0x0084];

/// The next record of a part read strictly: its type, its body kept when it is not larger than
/// [`MOST_RECORD_BYTES`]; `Ok(None)` at the part's end, `Err(())` at a record cut short.
fn strict_record(r: &mut impl Read, body: &mut Vec<u8>) -> Result<Option<u16>, ()> {
    fn byte(r: &mut impl Read) -> Result<Option<u8>, ()> {
        let mut b = [0u8];
        match r.read(&mut b) {
            Ok(0) => Ok(None),
            Ok(_) => Ok(Some(u8::from_le_bytes(b))),
            Err(_) => Err(()),
        }
    }
    let Some(first) = byte(r)? else { return Ok(None) };
    let mut kind = u16::from(first & 0x7F);
    if first & 0x80 != 0 {
        kind |= u16::from(byte(r)?.ok_or(())? & 0x7F) << 7;
    }
    let mut len = 0usize;
    for i in 0..4 {
        let b = byte(r)?.ok_or(())?;
        len |= usize::from(b & 0x7F) << (7 * i);
        if b & 0x80 == 0 {
            break;
        }
    }
    body.clear();
    if len > MOST_RECORD_BYTES {
        let skipped = std::io::copy(&mut r.take(len as u64), &mut std::io::sink()).map_err(|_| ())?;
        return if skipped == len as u64 { Ok(Some(kind)) } else { Err(()) };
    }
    body.resize(len, 0);
    r.read_exact(body).map_err(|_| ())?;
    Ok(Some(kind))
}

/// The relationships of a relationships part (id → target) by its name in the package, `None` for a part whose
/// markup is malformed.
fn relationships(archive: &mut zip::ZipArchive<Cursor<&[u8]>>, path: &str) -> Option<HashMap<String, String>> {
    let mut xml = super::spreadsheet::zip_xml(archive, path)?;
    // As leniently as calamine reads them: an end tag not its start's is no damage to it.
    xml.config_mut().check_end_names = false;
    let mut targets = HashMap::new();
    let mut buf = Vec::new();
    loop {
        match xml.read_event_into(&mut buf).ok()? {
            Event::Start(ref e) | Event::Empty(ref e) if e.local_name().as_ref() == "Relationship" => {
                let (id, target) = (super::spreadsheet::attr(e, "Id"), super::spreadsheet::attr(e, "Target"));
                if let (Some(id), Some(target)) = (id, target)
                    && targets.len() < MOST_SHEETS
                {
                    targets.insert(id, target);
                }
            }
            Event::Eof => return Some(targets),
            _ => {}
        }
        buf.clear();
    }
}

/// What makes the XLSB workbook `bytes` unreadable as a workbook, if anything, before calamine reads it (it would
/// refuse it without naming the part, or stop on it): `xl/workbook.bin` missing, empty, or not a workbook's records
/// (cut short, not beginning with `BrtBeginBook`, its list of sheets never ended by `BrtEndBundleShs`, a `BrtBundleSh`
/// whose state, id or name does not fit in it, no record after the defined names), and its relationships part
/// missing, malformed or not saying where a sheet is (a worksheet, chart sheet or dialog sheet part under `xl/`, as
/// calamine requires). A sheet whose part is missing is not the workbook's fault: its sheet is refused, naming it.
pub(super) fn workbook_fault(bytes: &[u8]) -> Option<PartFault> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let records = |p: &str| PartFault::Records(p.to_string());
    let mut sheets = Vec::new();
    {
        let Some(path) = super::spreadsheet::package_path(&archive, WORKBOOK_PART) else {
            return Some(PartFault::Missing(WORKBOOK_PART.into()));
        };
        let Ok(entry) = archive.by_name(&path) else { return Some(PartFault::Missing(WORKBOOK_PART.into())) };
        let mut r = BufReader::new(entry);
        let mut body = Vec::new();
        let (mut first, mut listed, mut ended) = (true, false, false);
        loop {
            let kind = match strict_record(&mut r, &mut body) {
                Ok(Some(kind)) => kind,
                Ok(None) if first => return Some(PartFault::Empty(WORKBOOK_PART.into())),
                Ok(None) => break,
                Err(()) => return Some(records(WORKBOOK_PART)),
            };
            if first && kind != BRT_BEGIN_BOOK {
                return Some(records(WORKBOOK_PART));
            }
            first = false;
            // calamine reads the first byte of `BrtWbProp` (its 1904 epoch) without looking.
            if kind == BRT_WB_PROP && body.is_empty() {
                return Some(records(WORKBOOK_PART));
            }
            if !listed && kind == BRT_BUNDLE_SH {
                let state = u32_at(&body, 0).filter(|s| *s <= 2);
                let rel = match u32_at(&body, 8) {
                    Some(u32::MAX) => Some((None, 12)),
                    Some(_) => wide_str(&body, 8).map(|(rel, end)| (Some(rel), end)),
                    None => None,
                };
                let Some((rel, end)) = rel.filter(|_| state.is_some()) else { return Some(records(WORKBOOK_PART)) };
                let Some((name, _)) = wide_str(&body, end) else { return Some(records(WORKBOOK_PART)) };
                if let Some(rel) = rel
                    && sheets.len() < MOST_SHEETS
                {
                    sheets.push((rel, name));
                }
            } else if kind == BRT_END_BUNDLE_SHS {
                listed = true;
            } else if listed && AFTER_NAMES.contains(&kind) {
                ended = true;
                break;
            }
        }
        if !ended {
            return Some(records(WORKBOOK_PART));
        }
    }
    if sheets.is_empty() {
        return None;
    }
    let Some(rels) = super::spreadsheet::package_path(&archive, WORKBOOK_RELS) else {
        return Some(PartFault::Missing(WORKBOOK_RELS.into()));
    };
    let Some(targets) = relationships(&mut archive, &rels) else {
        return Some(PartFault::Xml(WORKBOOK_RELS.into()));
    };
    sheets.into_iter().find_map(|(rel, sheet)| {
        let kind = targets.get(&rel).and_then(|t| t.split('/').next());
        let known = matches!(kind, Some("worksheets" | "chartsheets" | "dialogsheets"));
        (!known).then(|| PartFault::NoTarget { part: WORKBOOK_RELS.into(), sheet })
    })
}

/// How an XLSB workbook is calculated, from its `BrtCalcProp` (as XLSX's `calcPr` is read): whether it asks to be
/// recalculated when opened (`fFullCalcOnLoad`), and whether it is set to manual calculation (`fAutoRecalc` 0) and not
/// recalculated before saving (`fSaveRecalc` clear). A workbook without the record, or whose record is too short to
/// say, is calculated as Excel's defaults have it (automatic, recalculated on save): neither.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) struct Calculation {
    /// The workbook asks to be recalculated on open: its stored results may be a writer's placeholders.
    pub full_calc_on_load: bool,
    /// The workbook is set to manual calculation and saved without recalculating: a formula that reads cells may
    /// store a result older than those cells.
    pub manual_unsaved: bool,
}

/// The calculation properties of the workbook `bytes` (its first `BrtCalcProp` in `xl/workbook.bin`).
pub(super) fn calculation(bytes: &[u8]) -> Calculation {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else { return Calculation::default() };
    let Some(mut records) = part(&mut archive, "xl/workbook.bin") else { return Calculation::default() };
    while let Some((kind, body)) = records.next_record() {
        if kind != BRT_CALC_PROP {
            continue;
        }
        // The flags' low byte holds both bits read (an early Excel 12 wrote the flags as one byte).
        let Some(&flags) = body.get(24) else { return Calculation::default() };
        return Calculation {
            full_calc_on_load: flags & 0x01 != 0,
            manual_unsaved: u32_at(body, 4) == Some(0) && flags & 0x20 == 0,
        };
    }
    Calculation::default()
}

/// The longest formula text written out, in characters: Excel's own limit of a formula's text.
pub(super) const MOST_FORMULA_CHARS: usize = 8192;

/// The most bytes of constant formulas' texts a sheet's walk keeps; past them a formula of constants is kept as one
/// that is not worked out.
const MOST_CONSTANT_BYTES: usize = 1 << 24;

/// The tokens (`rgce`) of a formula record's `CellParsedFormula`; `None` for another record, or one cut short.
fn formula_tokens(kind: u16, body: &[u8]) -> Option<&[u8]> {
    let flags_at = match kind {
        BRT_FMLA_STRING => {
            let units = usize::try_from(u32_at(body, 8)?).ok()?;
            units.checked_mul(2)?.checked_add(12)?
        }
        BRT_FMLA_NUM => 16,
        _ => 9,
    };
    let cce_at = flags_at.checked_add(2)?;
    let cce = usize::try_from(u32_at(body, cce_at)?).ok()?;
    let start = cce_at.checked_add(4)?;
    body.get(start..start.checked_add(cce)?)
}

/// The functions a formula of constants may call (`super::formula` works them out): their number in Excel's
/// function table (`Ftab`, MS-XLSB §2.5.97.10), their name, and their count of arguments when fixed (`PtgFunc`
/// gives none).
const CONSTANT_FUNCTIONS: [(u16, &str, Option<usize>); 6] = [
    (65, "DATE", Some(3)),
    (112, "LOWER", Some(1)),
    (113, "UPPER", Some(1)),
    (114, "PROPER", Some(1)),
    (118, "TRIM", Some(1)),
    (336, "CONCATENATE", None),
];

/// A part of a formula being written out: a literal, an operator between two parts, a sign before one, one in
/// parentheses, a function and its arguments (each by its index among the parts).
enum Part {
    Literal(String),
    Operator(usize, &'static str, usize),
    Sign(&'static str, usize),
    Parenthesised(usize),
    Call(&'static str, Vec<usize>),
}

/// The text of a formula of constants, written as XLSX writes it (`=1200+650`, `="Chi"&"na"`, `=DATE(2026,3,31)`),
/// from its tokens (`rgce`, MS-XLSB §2.2.2, in reverse Polish order): numbers (`PtgInt`, `PtgNum`), texts (`PtgStr`, a
/// count u16 and UTF-16 units), `+ - * / ^ &`, signs, parentheses, spaces (`PtgAttrSpace`) and the functions of
/// [`CONSTANT_FUNCTIONS`] (`PtgFunc`, `PtgFuncVar`). `None` for any other token — a reference, a name, another
/// function, a shared formula's `PtgExp` —, tokens that do not make one formula, or a text longer than
/// [`MOST_FORMULA_CHARS`]: such a formula is not worked out. The parts are kept apart and written once at the end,
/// so writing costs what the tokens are, whatever their nesting.
pub(super) fn constant_formula(mut rgce: &[u8]) -> Option<String> {
    enum Next {
        Part(usize),
        Text(&'static str),
    }
    let mut parts: Vec<Part> = Vec::new();
    let mut operands: Vec<usize> = Vec::new();
    let mut literal_chars = 0usize;
    let function = |tab: u16| CONSTANT_FUNCTIONS.iter().find(|(t, _, _)| *t == tab);
    while let Some((&ptg, rest)) = rgce.split_first() {
        rgce = rest;
        let part = match ptg {
            0x03..=0x08 => {
                let op = ["+", "-", "*", "/", "^", "&"].get(usize::from(ptg - 3)).copied()?;
                let right = operands.pop()?;
                Part::Operator(operands.pop()?, op, right)
            }
            0x12 | 0x13 => Part::Sign(if ptg == 0x12 { "+" } else { "-" }, operands.pop()?),
            0x15 => Part::Parenthesised(operands.pop()?),
            0x17 => {
                let units = usize::from(u16_at(rgce, 0)?);
                let end = 2 + units * 2;
                let raw: Vec<u16> = rgce
                    .get(2..end)?
                    .chunks_exact(2)
                    .filter_map(|c| <[u8; 2]>::try_from(c).ok())
                    .map(u16::from_le_bytes)
                    .collect();
                rgce = rgce.get(end..)?;
                let text = String::from_utf16_lossy(&raw).replace('"', "\"\"");
                Part::Literal(format!("\"{text}\""))
            }
            // `PtgAttrSpace`, `PtgAttrSpaceSemi`: spaces or line breaks between tokens, of no effect.
            0x19 if matches!(rgce.first(), Some(0x40 | 0x41)) => {
                rgce = rgce.get(3..)?;
                continue;
            }
            0x1E => {
                let n = u16_at(rgce, 0)?;
                rgce = rgce.get(2..)?;
                Part::Literal(n.to_string())
            }
            0x1F => {
                let n = f64::from_le_bytes(rgce.get(..8)?.try_into().ok()?);
                rgce = rgce.get(8..)?;
                if !n.is_finite() {
                    return None;
                }
                Part::Literal(n.to_string())
            }
            0x21 | 0x41 | 0x61 => {
                let &(_, name, arity) = function(u16_at(rgce, 0)?)?;
                rgce = rgce.get(2..)?;
                let args = operands.split_off(operands.len().checked_sub(arity?)?);
                Part::Call(name, args)
            }
            0x22 | 0x42 | 0x62 => {
                let count = usize::from(*rgce.first()?);
                // `fCeFunc`, the high bit: a command of a macro sheet, no function.
                let &(_, name, _) = function(u16_at(rgce, 1).filter(|t| t & 0x8000 == 0)?)?;
                rgce = rgce.get(3..)?;
                let args = operands.split_off(operands.len().checked_sub(count)?);
                Part::Call(name, args)
            }
            _ => return None,
        };
        if let Part::Literal(text) = &part {
            literal_chars += text.len();
        }
        if literal_chars > MOST_FORMULA_CHARS * 4 {
            return None;
        }
        operands.push(parts.len());
        parts.push(part);
    }
    let [root] = operands.as_slice() else { return None };
    // Written from the root, each part once, through a stack of what is left to write.
    let mut out = String::from("=");
    let mut next = vec![Next::Part(*root)];
    while let Some(item) = next.pop() {
        match item {
            Next::Text(t) => out.push_str(t),
            Next::Part(i) => match parts.get(i)? {
                Part::Literal(text) => out.push_str(text),
                Part::Operator(left, op, right) => {
                    next.extend([Next::Part(*right), Next::Text(op), Next::Part(*left)]);
                }
                Part::Sign(sign, of) => next.extend([Next::Part(*of), Next::Text(sign)]),
                Part::Parenthesised(of) => next.extend([Next::Text(")"), Next::Part(*of), Next::Text("(")]),
                Part::Call(name, args) => {
                    next.push(Next::Text(")"));
                    for (k, arg) in args.iter().enumerate().rev() {
                        next.push(Next::Part(*arg));
                        if k > 0 {
                            next.push(Next::Text(","));
                        }
                    }
                    next.extend([Next::Text("("), Next::Text(name)]);
                }
            },
        }
        if out.len() > MOST_FORMULA_CHARS * 4 {
            return None;
        }
    }
    (out.chars().count() <= MOST_FORMULA_CHARS).then_some(out)
}

/// What the walk of an XLSB sheet part finds that calamine does not give.
#[derive(Debug, Default)]
pub(super) struct SheetWalk {
    /// The style (`iStyleRef`, an index into the cell styles) of each cell whose style is one `wanted` says matters,
    /// by `(row, column)`, 0-based; at most `most` of them.
    pub styles: rustc_hash::FxHashMap<(u32, u32), u32>,
    /// The rows holding a value in a style whose text is invisible (white on white), 0-based, in the order met, each
    /// once; at most `most` of them.
    pub invisible_rows: Vec<u32>,
    /// The error cells calamine cannot give (`(row, column, code)`, at most [`super::cell_values::MOST_REPORTED`]):
    /// every formula's error result (`BrtFmlaError`, which calamine's cell reader skips as if the cell were empty),
    /// and the error values it does not know (`BrtCellError` with a newer code: it stops at them).
    pub errors: Vec<(u32, u32, u8)>,
    /// The first cell on a row or in a column past the grid (row 1,048,576 or later, column 16,384 or later; 0-based),
    /// which no spreadsheet program writes: calamine's cell reader stops at a row past it without a word, leaving the
    /// rest of the sheet unread.
    pub past_grid: Option<(u32, u32)>,
    /// The ranges of a conditional format one of whose rules applies a differential format that can hide text
    /// (`hiding`), as XLSX's `hiding_ranges` are: first and last (row, column), 0-based, each once, at most `most`.
    pub hiding_ranges: Vec<super::cell_values::CellRange>,
    /// The cells holding a rich text stored in the cell (`BrtCellRString`, §2.4.313: a `Cell`, then a `RichStr`), with
    /// their text, at most `most`: calamine's XLSB cell reader skips them, reading the cell as empty.
    pub rich_cells: Vec<((u32, u32), String)>,
    /// The cells holding a rich text part of which cannot be seen on the cell's background (a shared string's,
    /// `BrtCellIsst`, or the cell's own), with that part's text, as XLSX's `hidden_runs`; at most `most`.
    pub hidden_runs: Vec<super::cell_values::HiddenRun>,
    /// The cells written as short cell records (`BrtShortBlank` … `BrtShortIsst`, types 12 to 18: the cell after the
    /// one before it on its row, without its column; SheetJS and Aspose write every cell after a row's first so), with
    /// what each holds, at most `most`: calamine's XLSB cell reader skips them, reading the cells as empty. A short
    /// blank holds nothing; a short error (`BrtShortError`) is with [`Self::errors`].
    pub short_cells: Vec<((u32, u32), ShortValue)>,
    /// The rows the sheet hides (`BrtRowHdr`'s `fDyZero`, or a height of its own under 4 points), 0-based, at most
    /// `most`: calamine gives none of them.
    pub hidden_rows: Vec<u32>,
    /// The column ranges the sheet hides (`BrtColInfo`'s `fHidden`, or a width under half a character), 0-based and
    /// inclusive, at most `most`.
    pub hidden_columns: Vec<(u32, u32)>,
    /// The sheet's merged ranges (`BrtMergeCell`), first and last (row, column), 0-based, at most `most`: calamine
    /// gives none of an XLSB sheet's, so a value merged over a group of rows was read on its first row only.
    pub merges: Vec<super::cell_values::CellRange>,
    /// The first cell whose record is too short for what it must hold (its column and style, or a short record's
    /// value: a string whose length runs past the record), (row, column) 0-based: the sheet is damaged there, and
    /// the walk stops.
    pub damaged: Option<(u32, u32)>,
    /// The formula cells (`BrtFmlaString` … `BrtFmlaError`), at most `most`: calamine's cell reader gives their stored
    /// results as values, which are judged as XLSX's are.
    pub formulas: Formulas,
}

/// The formula cells of a sheet by `(row, column)`, 0-based, in order, each with its formula's text when it is of
/// constants only ([`constant_formula`]).
#[derive(Debug, Default)]
pub(super) struct Formulas(Vec<FormulaCell>);

/// A formula cell: its place, and its formula's text when it is of constants only.
type FormulaCell = ((u32, u32), Option<Box<str>>);

impl Formulas {
    /// Whether the cell at `at` holds a formula: `Some` with the formula's text when it is of constants only.
    pub fn at(&self, at: (u32, u32)) -> Option<Option<&str>> {
        let i = self.0.binary_search_by_key(&at, |(p, _)| *p).ok()?;
        self.0.get(i).map(|(_, text)| text.as_deref())
    }
}

/// What a short cell record holds.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum ShortValue {
    /// `BrtShortRk` (an `RkNumber`, §2.5.122) or `BrtShortReal` (an `Xnum`).
    Number(f64),
    /// `BrtShortBool`.
    Bool(bool),
    /// `BrtShortSt`: an `XLWideString`.
    Text(String),
    /// `BrtShortIsst`: the index of a shared string.
    Shared(u32),
}

/// What the short cell record of type `kind` holds, its value at `at` of `body`; `None` for any other record, a blank
/// or an error, or a value cut short.
fn short_value(kind: u16, body: &[u8], at: usize) -> Option<ShortValue> {
    match kind {
        BRT_SHORT_RK => {
            // `RkNumber`: `fx100` (bit 0), `fInt` (bit 1), then the 30 high bits of an integer or of a double's first
            // 32 bits.
            let raw = u32_at(body, at)?;
            let n = if raw & 2 != 0 {
                f64::from(i32::from_le_bytes(raw.to_le_bytes()) >> 2)
            } else {
                f64::from_bits(u64::from(raw & 0xFFFF_FFFC) << 32)
            };
            Some(ShortValue::Number(if raw & 1 != 0 { n / 100.0 } else { n }))
        }
        BRT_SHORT_REAL => {
            let bytes: [u8; 8] = body.get(at..at + 8)?.try_into().ok()?;
            Some(ShortValue::Number(f64::from_le_bytes(bytes)))
        }
        BRT_SHORT_BOOL => Some(ShortValue::Bool(*body.get(at)? != 0)),
        BRT_SHORT_ST => wide_str(body, at).map(|(s, _)| ShortValue::Text(s)),
        BRT_SHORT_ISST => u32_at(body, at).map(ShortValue::Shared),
        _ => None,
    }
}

/// The texts of `xl/sharedStrings.bin` (`BrtSSTItem`s, each a `RichStr`: its text), by index, at most `most`: what a
/// short cell record (`BrtShortIsst`) names, which calamine does not read. Empty without the part.
pub(super) fn shared_texts(bytes: &[u8], most: usize) -> Vec<String> {
    let mut out = Vec::new();
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else { return out };
    let Some(mut records) = part(&mut archive, "xl/sharedStrings.bin") else { return out };
    while let Some((kind, body)) = records.next_record() {
        if kind == BRT_SST_ITEM && out.len() < most {
            out.push(wide_str(body, 1).map(|(s, _)| s).unwrap_or_default());
        }
    }
    out
}

/// How a sheet's cells are drawn, from the styles part: the cell styles whose text cannot be seen, the differential
/// formats that hide text, each cell style's background, each font's look and the runs of the shared strings.
pub(super) struct SheetLooks<'a> {
    pub invisible: &'a rustc_hash::FxHashSet<u32>,
    pub hiding: &'a rustc_hash::FxHashSet<u32>,
    pub fills: &'a [Option<[u8; 3]>],
    pub fonts: &'a [([u8; 3], bool)],
    pub shared: &'a rustc_hash::FxHashMap<u32, Runs>,
}

use super::grid::{LAST_COLUMN, LAST_ROW};

/// Walks the cells of the sheet part `path`, record by record (see [`SheetWalk`]): `wanted` says which styles'
/// cells are kept, `looks` how they are drawn (which styles' text cannot be seen, which differential formats hide
/// text — the conditional formats after the cells —, the runs of rich texts). Nothing proportional to the sheet is
/// kept beyond `most` entries of each list.
pub(super) fn walk_sheet(
    bytes: &[u8],
    path: &str,
    wanted: impl Fn(u32) -> bool,
    looks: &SheetLooks<'_>,
    most: usize,
) -> SheetWalk {
    let (invisible, hiding) = (looks.invisible, looks.hiding);
    let mut out = SheetWalk::default();
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else { return out };
    let Some(mut records) = part(&mut archive, path) else { return out };
    let (mut in_data, mut row) = (false, 0u32);
    // The column of the row's last cell, which a short cell record follows.
    let mut last_col: Option<u32> = None;
    // The ranges of the conditional format being read, and whether one of its rules hides text already.
    let (mut ranges, mut hides): (Vec<super::cell_values::CellRange>, bool) = (Vec::new(), false);
    // The bytes of the constant formulas' texts kept.
    let mut constant_bytes = 0usize;
    while let Some((kind, body)) = records.next_record() {
        match kind {
            BRT_BEGIN_SHEET_DATA => in_data = true,
            // The merged ranges and the conditional formats follow the cells.
            BRT_END_SHEET_DATA => in_data = false,
            // `BrtMergeCell` (§2.4.682, an `UncheckedRfX`): first and last row, first and last column.
            BRT_MERGE_CELL if !in_data => {
                if let (Some(r0), Some(r1), Some(c0), Some(c1)) =
                    (u32_at(body, 0), u32_at(body, 4), u32_at(body, 8), u32_at(body, 12))
                    && r0 <= r1
                    && c0 <= c1
                    && out.merges.len() < most
                {
                    out.merges.push(((r0, c0), (r1, c1)));
                }
            }
            BRT_BEGIN_CONDITIONAL_FORMATTING if !hiding.is_empty() => {
                ranges = conditional_ranges(body, most);
                hides = false;
            }
            BRT_BEGIN_CF_RULE if !hides && u32_at(body, 8).is_some_and(|d| hiding.contains(&d)) => {
                hides = true;
                for range in &ranges {
                    if out.hiding_ranges.len() < most && !out.hiding_ranges.contains(range) {
                        out.hiding_ranges.push(*range);
                    }
                }
            }
            BRT_END_CONDITIONAL_FORMATTING => ranges.clear(),
            BRT_ROW_HDR if in_data => {
                row = u32_at(body, 0).unwrap_or(row);
                last_col = None;
                // `miyRw` (twips) at 8; flags at 11: `fDyZero` (0x10, hidden), `fUnsynced` (0x20, a height of its
                // own). A row hidden, or of a height of its own under `LOWEST_ROW` points, shows nothing.
                let flags = body.get(11).copied().unwrap_or(0);
                let low = flags & 0x20 != 0
                    && u16_at(body, 8).is_some_and(|h| f64::from(h) / 20.0 < super::cell_values::LOWEST_ROW);
                if (flags & 0x10 != 0 || low) && out.hidden_rows.len() < most {
                    out.hidden_rows.push(row);
                }
            }
            // `BrtColInfo` (§2.4.323): first and last column, `coldx` (1/256 of a character), `ixfe`, then flags,
            // `fHidden` the lowest bit. Columns hidden, or narrower than `NARROWEST_COLUMN`, show nothing.
            BRT_COL_INFO => {
                let narrow =
                    u32_at(body, 8).is_some_and(|w| f64::from(w) / 256.0 < super::cell_values::NARROWEST_COLUMN);
                let hidden = body.get(16).is_some_and(|f| f & 1 != 0);
                if let (Some(first), Some(last)) = (u32_at(body, 0), u32_at(body, 4))
                    && (hidden || narrow)
                    && first <= last
                    && out.hidden_columns.len() < most
                {
                    out.hidden_columns.push((first, last));
                }
            }
            BRT_CELL_BLANK..=BRT_SHORT_ISST | BRT_CELL_RSTRING if in_data => {
                // A short cell record (`ShortCell`, §2.5.10: the style alone) is the cell after the one before it on
                // its row; a full one (`Cell`) gives its column first. What the cell holds follows.
                let short = (BRT_SHORT_BLANK..=BRT_SHORT_ISST).contains(&kind);
                let next = last_col.map_or(0, |c: u32| c.saturating_add(1));
                // A record too short for its cell, or for what a short one holds, is damage: the cells after it on
                // the row would be read in the wrong columns, or its value lost.
                let cut_short = |out: &mut SheetWalk, col: u32| {
                    out.damaged.get_or_insert((row, col));
                };
                let (col, style, at) = if short {
                    let Some(style) = u32_at(body, 0) else {
                        cut_short(&mut out, next);
                        break;
                    };
                    (next, style, 4)
                } else {
                    let (Some(col), Some(style)) = (u32_at(body, 0), u32_at(body, 4)) else {
                        cut_short(&mut out, next);
                        break;
                    };
                    (col, style, 8)
                };
                let holds_value =
                    matches!(kind, BRT_SHORT_RK | BRT_SHORT_REAL | BRT_SHORT_BOOL | BRT_SHORT_ST | BRT_SHORT_ISST);
                if (holds_value && short_value(kind, body, at).is_none())
                    || (kind == BRT_SHORT_ERROR && body.get(at).is_none())
                {
                    cut_short(&mut out, col);
                    break;
                }
                last_col = Some(col);
                if (row > LAST_ROW || col > LAST_COLUMN) && out.past_grid.is_none() {
                    out.past_grid = Some((row, col));
                }
                let style = style & 0x00FF_FFFF;
                if wanted(style) && out.styles.len() < most {
                    out.styles.insert((row, col), style);
                }
                // A blank cell holds nothing to see; any other holds a value. Rows come in order (§2.1.7.62), so a
                // row is met once.
                if kind != BRT_CELL_BLANK
                    && kind != BRT_SHORT_BLANK
                    && invisible.contains(&style)
                    && out.invisible_rows.last() != Some(&row)
                    && out.invisible_rows.len() < most
                {
                    out.invisible_rows.push(row);
                }
                // A rich text: the cell's own (calamine skips it: kept to be read), or a shared string's; a part of it
                // that cannot be seen on the cell's background is kept to be warned of.
                let fill = || looks.fills.get(style as usize).copied().unwrap_or(Some(super::spreadsheet::WHITE));
                let own = (kind == BRT_CELL_RSTRING).then(|| rich_text(body, 8, looks.fonts)).flatten();
                let runs = match (&own, kind) {
                    (Some((_, runs)), _) => Some(runs),
                    (None, BRT_CELL_ISST | BRT_SHORT_ISST) => u32_at(body, at).and_then(|i| looks.shared.get(&i)),
                    _ => None,
                };
                if let Some(runs) = runs.filter(|r| !r.is_empty())
                    && out.hidden_runs.len() < most
                {
                    let unseen = super::cell_values::TextRuns::unseen_of(runs, fill());
                    if !unseen.is_empty() {
                        out.hidden_runs.push(((row, col), unseen.join(" ")));
                    }
                }
                if let Some((text, _)) = own
                    && out.rich_cells.len() < most
                {
                    out.rich_cells.push(((row, col), text));
                }
                let code = body.get(at).copied();
                // calamine gives no short cell: each is kept to be read, an error with the errors.
                let calamine_skips = kind == BRT_FMLA_ERROR || kind == BRT_SHORT_ERROR;
                if let Some(code) = code
                    && (calamine_skips || (kind == BRT_CELL_ERROR && !calamine_knows(code)))
                    && out.errors.len() < super::cell_values::MOST_REPORTED
                {
                    out.errors.push((row, col, code));
                }
                if let Some(value) = short_value(kind, body, at)
                    && out.short_cells.len() < most
                {
                    out.short_cells.push(((row, col), value));
                }
                if (BRT_FMLA_STRING..=BRT_FMLA_ERROR).contains(&kind) && out.formulas.0.len() < most {
                    let constant = formula_tokens(kind, body)
                        .and_then(constant_formula)
                        .filter(|text| constant_bytes.saturating_add(text.len()) <= MOST_CONSTANT_BYTES);
                    constant_bytes += constant.as_ref().map_or(0, String::len);
                    out.formulas.0.push(((row, col), constant.map(String::into_boxed_str)));
                }
            }
            _ => {}
        }
    }
    // Rows and cells come in order (§2.1.7.62); a part that gives them otherwise is looked up all the same.
    out.formulas.0.sort_by_key(|(at, _)| *at);
    out
}

/// The ranges of a `BrtBeginConditionalFormatting` (`sqrfx` at offset 8: a count, then first and last row, first and
/// last column, u32 each), at most `most`; a range whose first row or column is after its last is left out.
fn conditional_ranges(body: &[u8], most: usize) -> Vec<super::cell_values::CellRange> {
    let count = u32_at(body, 8).map_or(0, |c| c as usize);
    (0..count.min(most))
        .map_while(|k| {
            let at = 12 + 16 * k;
            Some(((u32_at(body, at)?, u32_at(body, at + 8)?), (u32_at(body, at + 4)?, u32_at(body, at + 12)?)))
        })
        .filter(|((r0, c0), (r1, c1))| r0 <= r1 && c0 <= c1)
        .collect()
}

/// Whether calamine's XLSB cell reader knows an error code (it gives those cells; it stops at any other).
fn calamine_knows(code: u8) -> bool {
    matches!(code, 0x00 | 0x07 | 0x0F | 0x17 | 0x1D | 0x24 | 0x2A | 0x2B)
}

/// The name of an XLSB error code (MS-XLSB §2.5.97.2 `BErr` for the first eight; the newer errors as Excel numbers
/// them, its `XlCVError` values less 2000: `#SPILL!` 2045, `#CONNECT!` 2046, `#BLOCKED!` 2047, `#UNKNOWN!` 2048,
/// `#FIELD!` 2049, `#CALC!` 2050); `None` for a code none names.
pub(super) fn error_name(code: u8) -> Option<&'static str> {
    Some(match code {
        0x00 => "#NULL!",
        0x07 => "#DIV/0!",
        0x0F => "#VALUE!",
        0x17 => "#REF!",
        0x1D => "#NAME?",
        0x24 => "#NUM!",
        0x2A => "#N/A",
        0x2B => "#GETTING_DATA",
        0x2D => "#SPILL!",
        0x2E => "#CONNECT!",
        0x2F => "#BLOCKED!",
        0x30 => "#UNKNOWN!",
        0x31 => "#FIELD!",
        0x32 => "#CALC!",
        _ => return None,
    })
}
