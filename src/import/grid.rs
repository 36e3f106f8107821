//! The sheet grid every carrier is read into: sheets of the cells that hold something, and how a cell's place is
//! named.
//!
//! A sheet is **sparse**: it keeps only the cells that hold a value, so what reading a file costs follows the data
//! and never the geometry (a stray value at `XFD1048576` costs one cell, not the rectangle up to it). Cells are
//! added through [`SheetBuilder`], which counts them against the [`Limits`](super::Limits) as they arrive and
//! names the cell that crossed a limit.

use chrono::NaiveDateTime;

use crate::domain::{Issue, Message};

/// One cell's value, as read from any carrier.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    /// A number (a date-formatted cell is read as [`Cell::Date`]).
    Number(f64),
    Bool(bool),
    /// A date cell's value, with its time of day (midnight for a date alone): whether a field takes a time is the
    /// field's rule, so the reader drops nothing.
    Date(NaiveDateTime),
    /// A number formatted as a duration or a time of day (`[h]:mm`, `mm:ss`, `h:mm`; ODS `time` values), as the
    /// sheet shows it (`288:00`): neither a date nor a count, whatever number it stores.
    Duration(String),
    /// A spreadsheet error value (`#REF!`, `#N/A` …): the state of a failed formula, never a value.
    Error(String),
    /// A formula whose result was never calculated (no cached value, or a workbook flagged to recalculate on
    /// open): never a value either. Holds the formula's text.
    Uncalculated(String),
    /// A formula whose stored result may be out of date: one that is not worked out from its own text (it reads
    /// other cells, names or the clock) in a workbook set to calculate only when asked and saved without
    /// calculating (XLSX `calcMode="manual"` with `calcOnSave="0"`; ODS with `AutoCalculate` off). Never a value
    /// either. Holds the formula's text.
    Stale(String),
    /// A value its reader already refused, with its place (a JSON value of the wrong shape): no value, and no
    /// second issue (not "required" where the value stood).
    Refused,
    /// A number whose cell format shows it otherwise than as its own digits (`000000000"RT0001"`, `000-000-000`,
    /// `#,##0`): a field that takes a number reads the number, one that takes text reads what the cell shows, or
    /// refuses the cell when that cannot be known.
    Formatted(Box<Formatted>),
    /// A value the file keeps in a cell that a merged range covers, other than its first one, and that differs from
    /// what the range shows there: the sheet does not show it. Never a value: a field that reads it refuses it,
    /// naming the cell, the range and both values.
    Covered(Box<Covered>),
}

/// A value hidden under a merged range ([`Cell::Covered`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Covered {
    /// The value the file holds in the covered cell.
    pub hidden: Cell,
    /// What the range shows over it: its first cell's value (blank when the range shows nothing).
    pub shown: Cell,
    /// The merged range.
    pub merge: Merge,
}

/// A number with the format its cell shows it in ([`Cell::Formatted`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Formatted {
    /// The number stored.
    pub number: f64,
    /// What the cell shows, when the format makes that known (`super::number_format`).
    pub shown: Option<String>,
    /// The format's code (`000000000"RT0001"`; an ODS style's written the same way).
    pub format: String,
}

impl Formatted {
    /// The cell of `number` in `format`.
    pub fn cell(number: f64, format: &super::number_format::NumberFormat) -> Cell {
        Cell::Formatted(Box::new(Formatted { number, shown: format.show(number), format: format.code.clone() }))
    }
}

/// The error values spreadsheets write in a cell whose formula failed (Excel, LibreOffice, Google Sheets), by their
/// English name. Text equal to one of them, or to one of its names in another language ([`ERROR_NAMES`]), is read as
/// that error: a CSV export writes the error as text, and a spreadsheet in French writes `#VALEUR!` where one in
/// English writes `#VALUE!`.
pub const ERROR_LITERALS: &[&str] = &[
    "#N/A",
    "#REF!",
    "#VALUE!",
    "#DIV/0!",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
    "#FIELD!",
    "#BLOCKED!",
    "#CONNECT!",
    "#BUSY!",
    "#UNKNOWN!",
    "#DATA!",
    "#EXTERNAL!",
    "#PYTHON!",
    "#TIMEOUT!",
    "Err:502",
    "Err:504",
    "Err:508",
    "Err:511",
    "Err:522",
    "Err:523",
    "#NAME!",
    "#ERROR!",
];

/// The names of the errors of [`ERROR_LITERALS`] that Excel (and LibreOffice) show in other languages: the English
/// name, the French one (Excel in French: `#VALEUR!`, `#NOM?`, `#NOMBRE!`, `#NUL!`, `#PROPAGATION!`), then those of
/// German, Spanish, Italian, Portuguese and Dutch (Microsoft's localized function and error names). An error without a
/// row here has one name in every language (`#REF!` in French too, `Err:502`).
pub const ERROR_NAMES: &[(&str, &str, &[&str])] = &[
    ("#N/A", "#N/A", &["#NV", "#N/D", "#N/B"]),
    ("#REF!", "#REF!", &["#BEZUG!", "#¡REF!", "#RIF!", "#VERW!"]),
    ("#VALUE!", "#VALEUR!", &["#WERT!", "#¡VALOR!", "#VALORE!", "#VALOR!", "#WAARDE!"]),
    ("#DIV/0!", "#DIV/0!", &["#¡DIV/0!", "#DEEL/0!"]),
    ("#NAME?", "#NOM?", &["#¿NOMBRE?", "#NOME?", "#NAAM?"]),
    ("#NUM!", "#NOMBRE!", &["#ZAHL!", "#¡NUM!", "#NÚM!", "#GETAL!"]),
    ("#NULL!", "#NUL!", &["#¡NULO!", "#NULLO!", "#NULO!", "#LEEG!"]),
    (
        "#SPILL!",
        "#PROPAGATION!",
        &[
            "#ÜBERLAUF!",
            "#¡DESBORDAMIENTO!",
            "#DESBORDAMIENTO!",
            "#ESPANSIONE!",
            "#DESPEJAR!",
            "#DERRAMAR!",
            "#OVERLOOP!",
            "#OVERLOPEN!",
            "#DEVERSEMENT!",
        ],
    ),
    ("#CALC!", "#CALC!", &["#KALK!", "#¡CALC!", "#BEREKENEN!", "#CALCUL!"]),
    // The errors of data a cell fetches (Excel 365: linked data types, external data), in French as Excel in French
    // shows them (`#CHAMP!`, as files saved by it hold them), then in the other languages above where their names are
    // known (`#BUSY!`, `#PYTHON!`, `#EXTERNAL!` have one name). A language's form without its inverted mark
    // (`#CAMPO!`) or with its accent (`#BLOQUÉ!`) is read too, as people type it; so is the name Excel in French gave
    // `#GETTING_DATA` before (`#CHARGEMENT_DONNEES`).
    (
        "#GETTING_DATA",
        "#OBTENTION_DONNEES",
        &[
            "#CHARGEMENT_DONNEES",
            "#DATEN_ABRUFEN",
            "#OBTENIENDO_DATOS",
            "#RECUPERO_DATI",
            "#ESTRAZIONE_DATI_IN_CORSO",
            "#OBTENDO_DADOS",
            "#GEGEVENS_OPHALEN",
            "#GEGEVENS.OPHALEN",
        ],
    ),
    ("#FIELD!", "#CHAMP!", &["#¡CAMPO!", "#CAMPO!"]),
    ("#BLOCKED!", "#BLOQUE!", &["#BLOQUÉ!", "#¡BLOQUEADO!", "#BLOQUEADO!"]),
    ("#CONNECT!", "#CONNEXION!", &["#¡CONECTAR!", "#CONECTAR!"]),
    ("#UNKNOWN!", "#INCONNU!", &["#¡DESCONOCIDO!", "#DESCONOCIDO!"]),
];

/// An error's names in English and in French (`#VALUE!` and `#VALEUR!`), whichever language's name `written` is
/// (any of [`ERROR_LITERALS`] or [`ERROR_NAMES`], as [`Cell::text_or_error`] keeps it). A name of a third language
/// is said as written, with the reader's own in parentheses (`#WERT! (#VALUE!)`, `#WERT! (#VALEUR!)`).
pub fn error_names(written: &str) -> (String, String) {
    match ERROR_NAMES.iter().find(|(en, fr, others)| *en == written || *fr == written || others.contains(&written)) {
        Some((en, fr, _)) if *en == written || *fr == written => ((*en).to_string(), (*fr).to_string()),
        Some((en, fr, _)) => (format!("{written} ({en})"), format!("{written} ({fr})")),
        None => (written.to_string(), written.to_string()),
    }
}

/// Whether an error is `#N/A` in any language (`#NV`, `#N/D`, `#N/B`): a lookup (VLOOKUP, RECHERCHEV) that found
/// nothing.
pub fn is_lookup_error(written: &str) -> bool {
    ERROR_NAMES
        .iter()
        .any(|(en, fr, others)| *en == "#N/A" && (*en == written || *fr == written || others.contains(&written)))
}

/// The error a text spells, in any language (`#value!`, `#VALEUR!`, `#wert!`), as its list writes it; `None` for any
/// other text.
fn error_spelled(t: &str) -> Option<&'static str> {
    if !t.starts_with(['#', 'E', 'e']) {
        return None;
    }
    let upper = t.to_uppercase();
    let same = |e: &&&str| e.to_uppercase() == upper;
    ERROR_LITERALS
        .iter()
        .find(same)
        .or_else(|| ERROR_NAMES.iter().flat_map(|(_, fr, others)| std::iter::once(fr).chain(others.iter())).find(same))
        .copied()
}

impl Cell {
    /// A text cell, read as the error it spells when it is exactly one of [`ERROR_LITERALS`] or of their names in
    /// other languages ([`ERROR_NAMES`]), capitals aside; the error kept as its list writes it.
    pub fn text_or_error(s: String) -> Cell {
        match error_spelled(s.trim()) {
            Some(e) => Cell::Error(e.to_string()),
            None => Cell::Text(s),
        }
    }

    /// An error value as a file stores it (an XLSX `t="e"` cell's text, in any capitals), named as its list writes it
    /// when it is one of them (`#champ!` is `#CHAMP!`), else as written.
    pub fn error_written(s: String) -> Cell {
        match error_spelled(s.trim()) {
            Some(e) => Cell::Error(e.to_string()),
            None => Cell::Error(s),
        }
    }

    /// Whether the cell holds a value (an empty string is no value; an error, an uncalculated formula or a value
    /// hidden under a merged range is something, so that it is reported rather than skipped).
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }

    /// How many bytes of text the cell holds (what the text budget counts).
    pub fn text_bytes(&self) -> usize {
        match self {
            Cell::Text(s) | Cell::Error(s) | Cell::Uncalculated(s) | Cell::Stale(s) | Cell::Duration(s) => s.len(),
            Cell::Formatted(f) => f.shown.as_ref().map_or(0, String::len) + f.format.len(),
            Cell::Covered(c) => c.hidden.text_bytes(),
            _ => 0,
        }
    }

    /// The cell as text: numbers that are whole are written without decimals (identifiers typed as numbers).
    /// An error or an uncalculated formula has no text: parsers refuse them before asking.
    pub fn text(&self) -> Option<String> {
        match self {
            Cell::Empty
            | Cell::Error(_)
            | Cell::Uncalculated(_)
            | Cell::Stale(_)
            | Cell::Duration(_)
            | Cell::Covered(_)
            | Cell::Refused => None,
            Cell::Text(s) => {
                let t = s.trim();
                if t.is_empty() {
                    return None;
                }
                // A leading apostrophe is how exports neutralise formula-like text; it is not part of the value.
                let t = match t.strip_prefix('\'') {
                    Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
                    _ => t,
                };
                // One text, one form: `É` typed as one character or as `E` and a combining accent is the same text
                // (Unicode NFC), so two spellings of one id are one id.
                use unicode_normalization::UnicodeNormalization;
                if t.is_ascii()
                    || unicode_normalization::is_nfc_quick(t.chars()) == unicode_normalization::IsNormalized::Yes
                {
                    Some(t.to_string())
                } else {
                    Some(t.nfc().collect())
                }
            }
            Cell::Number(n) => Some(number_text(*n)),
            // What the cell shows; the number's own text where that cannot be known (a field that takes text
            // refuses such a cell before reading it).
            Cell::Formatted(f) => {
                Some(f.shown.as_deref().map_or_else(|| number_text(f.number), |s| s.trim().to_string()))
            }
            Cell::Bool(b) => Some(if *b { "TRUE".into() } else { "FALSE".into() }),
            Cell::Date(d) => Some(if d.time() == chrono::NaiveTime::MIN {
                d.date().to_string()
            } else {
                use chrono::Timelike;
                let with_seconds = d.second() != 0 || d.nanosecond() != 0;
                d.format(if with_seconds { "%Y-%m-%d %H:%M:%S" } else { "%Y-%m-%d %H:%M" }).to_string()
            }),
        }
    }
}

/// A number as text: whole numbers without decimals (identifiers typed as numbers).
fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 { format!("{}", n as i64) } else { n.to_string() }
}

/// How places in a sheet are named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// `Sheet!B7`.
    A1,
    /// `/places_of_work/5/country`, a JSON Pointer (RFC 6901; row 0 is the header of keys).
    Json,
    /// `/supplier/legal_name` (a JSON object read as a label/value form).
    JsonObject,
}

/// A merged range of a sheet, inclusive, 0-based: `(first row, first column)` to `(last row, last column)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Merge {
    pub start: (u32, u32),
    pub end: (u32, u32),
}

impl Merge {
    /// `L2:L4`.
    pub fn a1(&self) -> String {
        format!(
            "{}{}:{}{}",
            column_letters(self.start.1 as usize),
            self.start.0 + 1,
            column_letters(self.end.1 as usize),
            self.end.0 + 1
        )
    }
}

/// One row that holds at least one value: its index from the top of the sheet, and its cells by column.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub index: usize,
    /// `(column, cell)`, sorted by column, blank cells left out.
    pub cells: Vec<(usize, Cell)>,
}

/// One sheet: its name as written in the file, the rows that hold something, and its merged ranges.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub name: String,
    /// Sorted by index; only rows with a non-blank cell of their own.
    rows: Vec<Row>,
    /// Merged ranges whose first cell holds a value.
    pub merges: Vec<Merge>,
    pub style: Style,
    /// Numbers written as text use the decimal comma (a CSV file saved with `;` separators by a French-locale
    /// spreadsheet), so `12,5` is twelve and a half even where it could be read as a thousands separator.
    pub decimal_comma: bool,
    /// The cells whose number format is a percent format (`(row, column)`, 0-based): a spreadsheet stores 35 % in
    /// them as 0.35. Read from the workbook's styles (XLSX) or value types (ODS).
    percent: rustc_hash::FxHashSet<(u32, u32)>,
    /// The date cells whose date format's code is known (XLSX; ODS, its date style written as XLSX's), with it
    /// (`mmm-yy`): a refusal of a date where a number is due names the format, and a date field reads what it shows
    /// (`shown_date`).
    date_formats: rustc_hash::FxHashMap<(u32, u32), String>,
    /// Whether the reader could see the cells' number formats (not for an XLSB workbook without a styles part): where
    /// it could not, a number cannot be told a percent-formatted fraction or a percentage as written.
    pub formats_known: bool,
    /// The column ranges the workbook hides (hidden, or of width zero), 0-based and inclusive: read like the others,
    /// but not seen by the supplier. Known for XLSX only (empty elsewhere).
    pub hidden_columns: Vec<(u32, u32)>,
    /// Whether the workbook hides the sheet, and how (XLSX and XLSB `hidden` or `veryHidden`, ODS
    /// `table:display="false"`): the way to show it again differs.
    pub visibility: Visibility,
    /// The rows holding data that the workbook hides, 0-based and sorted (XLSX and ODS): every problem found on one
    /// says so, as the supplier cannot see it.
    pub hidden_rows: Vec<u32>,
    /// The number cells whose saved text (an ODS cell's `text:p`, what the sheet shows) does not show their value
    /// (`(row, column)`, 0-based; ODS only): a field that reads one refuses it ([`SavedText`]).
    saved_texts: rustc_hash::FxHashMap<(u32, u32), SavedText>,
}

/// What an ODS number cell's saved text (`text:p`) says against its value (`office:value`), as the walk of the file
/// judged it (`super::ods_shown`).
#[derive(Debug, Clone, PartialEq)]
pub enum SavedText {
    /// The text shows another number than the value (`office:value="45"` saved as `450`), or no number where the
    /// cell's style would show the number as it is: the text, as saved.
    Differs(String),
    /// A string cell whose paragraphs (what the sheet shows) hold other words than its `office:string-value` (what
    /// is read): the words shown, their spacing made single.
    TextDiffers(String),
    /// A number cell (`office:value-type="float"`) whose style is a date style: the sheet shows a day, the file holds
    /// a number. The text as saved (what the sheet shows), empty when the file saved none.
    DateStyle(String),
}

/// Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA.
pub fn column_letters(mut col: usize) -> String {
    let mut s = Vec::new();
    loop {
        s.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// `Sheet!B7` for a 0-based row and column.
pub fn a1_place(sheet: &str, row: usize, col: usize) -> String {
    format!("{sheet}!{}{}", column_letters(col), row + 1)
}

/// The last row and column a sheet has, 0-based (Excel's grid: 1,048,576 rows, 16,384 columns).
pub const LAST_ROW: u32 = 1_048_575;
pub const LAST_COLUMN: u32 = 16_383;

/// `B7` → `(6, 1)`, `XFD1048576` → `(1048575, 16383)`: a cell reference as 0-based row and column (at most three
/// letters, as spreadsheets' grids have).
pub fn a1_position(r: &str) -> Option<(u32, u32)> {
    let letters = r.bytes().take_while(u8::is_ascii_alphabetic).count();
    let (col, row) = (r.get(..letters)?, r.get(letters..)?);
    if col.is_empty() || col.len() > 3 || row.is_empty() || !row.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let col = col.bytes().try_fold(0u32, |acc, b| Some(acc * 26 + u32::from(b.to_ascii_uppercase() - b'A') + 1))?;
    Some((row.parse::<u32>().ok()?.checked_sub(1)?, col.checked_sub(1)?))
}

/// The JSON Pointer (RFC 6901) of a value of a JSON document, from its keys and indexes: `/places_of_work/3/workers`
/// (`~` is written `~0` and `/` is written `~1` inside a key).
pub fn json_pointer<S: AsRef<str>>(parts: &[S]) -> String {
    let mut out = String::new();
    for p in parts {
        out.push('/');
        out.push_str(&p.as_ref().replace('~', "~0").replace('/', "~1"));
    }
    out
}

static EMPTY: Cell = Cell::Empty;

impl Sheet {
    /// The rows that hold a value, top to bottom.
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// The cell at a row and column, `Empty` where nothing is written.
    pub fn cell(&self, row: usize, col: usize) -> &Cell {
        self.rows
            .binary_search_by_key(&row, |r| r.index)
            .ok()
            .and_then(|i| self.rows.get(i))
            .and_then(|r| r.cells.binary_search_by_key(&col, |(c, _)| *c).ok().and_then(|j| r.cells.get(j)))
            .map_or(&EMPTY, |(_, c)| c)
    }

    /// Whether the cell's number format is a percent format (its number is a fraction: 0.35 is 35 %).
    pub fn is_percent(&self, row: usize, col: usize) -> bool {
        match (u32::try_from(row), u32::try_from(col)) {
            (Ok(r), Ok(c)) => self.percent.contains(&(r, c)),
            _ => false,
        }
    }

    /// Records the codes of the date formats of date cells (`(row, column)`, 0-based; XLSX, and ODS date styles
    /// written as XLSX codes), as the sheet's styles give them.
    pub fn note_date_formats(&mut self, cells: Vec<((u32, u32), String)>) {
        self.date_formats.extend(cells);
    }

    /// The code of the date format of a date cell, when the reader knows it (`mmm-yy`; XLSX and ODS).
    pub fn date_format(&self, row: usize, col: usize) -> Option<&str> {
        match (u32::try_from(row), u32::try_from(col)) {
            (Ok(r), Ok(c)) => self.date_formats.get(&(r, c)).map(String::as_str),
            _ => None,
        }
    }

    /// Records what the saved texts of number cells say against their values (ODS), as the walk of the file judged.
    pub fn note_saved_texts(&mut self, cells: Vec<((u32, u32), SavedText)>) {
        self.saved_texts.extend(cells);
    }

    /// What the saved text of a number cell says against its value, when it does not show it (ODS).
    pub fn saved_text(&self, row: usize, col: usize) -> Option<&SavedText> {
        match (u32::try_from(row), u32::try_from(col)) {
            (Ok(r), Ok(c)) => self.saved_texts.get(&(r, c)),
            _ => None,
        }
    }

    /// Whether the workbook hides the column (hidden, or of width zero).
    pub fn column_hidden(&self, col: usize) -> bool {
        u32::try_from(col).is_ok_and(|c| self.hidden_columns.iter().any(|&(a, b)| (a..=b).contains(&c)))
    }

    /// The name of a cell's place.
    pub fn place(&self, row: usize, col: usize) -> String {
        match self.style {
            Style::A1 => a1_place(&self.name, row, col),
            Style::Json => {
                let key = self.cell(0, col).text().unwrap_or_default();
                json_pointer(&[self.name.clone(), row.saturating_sub(1).to_string(), key])
            }
            Style::JsonObject => {
                let key = self.cell(row, 0).text().unwrap_or_default();
                json_pointer(&[self.name.as_str(), key.as_str()])
            }
        }
    }

    /// The name of a row's place (for a row-level problem such as a duplicate id).
    pub fn row_place(&self, row: usize) -> String {
        match self.style {
            Style::A1 => format!("{}!A{}", self.name, row + 1),
            Style::Json => json_pointer(&[self.name.clone(), row.saturating_sub(1).to_string()]),
            Style::JsonObject => json_pointer(&[self.name.as_str()]),
        }
    }

    /// The name of the sheet as a place: its name in a workbook, its JSON Pointer in a JSON document
    /// (`/places_of_work`).
    pub fn sheet_place(&self) -> String {
        match self.style {
            Style::A1 => self.name.clone(),
            Style::Json | Style::JsonObject => json_pointer(&[self.name.as_str()]),
        }
    }
}

/// Every sheet of a file, and what its reader found on the way without stopping: warnings (a hidden sheet, rows
/// that were read) and refusals of values it could place (a JSON value of the wrong shape, an error).
#[derive(Debug, Clone, Default)]
pub struct Workbook {
    pub sheets: Vec<Sheet>,
    pub issues: Vec<Issue>,
    /// The sheets (CSV files, top-level JSON keys) the format does not name, left unread: each name with its place
    /// (the sheet's name, the CSV file's path, the key's JSON Pointer). The parser names one that looks like a sheet
    /// of the format misspelt (`Good`, `DueDilligence`).
    pub ignored: Vec<(String, String)>,
    /// The sheets the workbook hides, read or not (a hidden `Supplier (2)`), each with how it is hidden: a problem
    /// about one says so, and how to show it.
    pub hidden_sheets: Vec<(String, Visibility)>,
    /// The unread sheets that look like a sheet of the format (`PlacesOfWork (2)`, `Goods2`) and hold rows under
    /// their first: refused by the parser, since dropping them would store the rest without their rows.
    pub look_alikes_with_rows: Vec<String>,
}

impl Workbook {
    /// How the workbook shows the sheet `name` (a sheet it does not hide, or does not hold, is shown).
    pub fn visibility_of(&self, name: &str) -> Visibility {
        self.hidden_sheets.iter().find(|(n, _)| n == name).map_or(Visibility::Shown, |(_, v)| *v)
    }
}

/// Whether a workbook shows a sheet, and if not, how it hides it: a sheet hidden from the tabs is shown again by
/// Excel's Unhide, a `veryHidden` one by no menu of Excel at all, so the advice differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Visibility {
    /// Among the sheet tabs.
    #[default]
    Shown,
    /// Hidden from the tabs (XLSX and XLSB `state="hidden"`, ODS `table:display="false"`): Excel's Unhide (LibreOffice's
    /// Show Sheet) shows it again.
    Hidden,
    /// XLSX and XLSB `state="veryHidden"`, set by a macro or a program: Excel's Unhide does not list it; only the VBA
    /// editor's sheet properties (or another program, such as LibreOffice Calc) show it again.
    VeryHidden,
}

impl Visibility {
    /// Whether the workbook hides the sheet in any way.
    pub fn is_hidden(self) -> bool {
        self != Visibility::Shown
    }

    /// The visibility an XLSX `<sheet state="…">` gives (`visible`, or none, is shown).
    pub fn of_state(state: Option<&str>) -> Visibility {
        match state.map(str::trim) {
            Some("hidden") => Visibility::Hidden,
            Some("veryHidden") => Visibility::VeryHidden,
            _ => Visibility::Shown,
        }
    }
}

/// What a file may hold, counted while it is read (see [`Limits`](super::Limits)).
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    pub max_rows: usize,
    pub max_columns: usize,
    pub max_cells: usize,
    /// Text bytes left for the whole file (shared by its sheets).
    pub text_bytes_left: usize,
}

/// Collects the non-blank cells of one sheet in any order, counting them against the budget; a cell that
/// crosses a limit stops the sheet with an error naming it.
#[derive(Debug)]
pub struct SheetBuilder {
    name: String,
    style: Style,
    cells: Vec<(u32, u32, Cell)>,
    columns: rustc_hash::FxHashSet<u32>,
    /// The distinct rows seen so far (cells mostly arrive row by row, so this counts them cheaply).
    rows: rustc_hash::FxHashSet<u32>,
    merges: Vec<Merge>,
    percent: rustc_hash::FxHashSet<(u32, u32)>,
    formats_known: bool,
}

impl SheetBuilder {
    /// An empty sheet of this name.
    pub fn new(name: impl Into<String>, style: Style) -> SheetBuilder {
        SheetBuilder {
            name: name.into(),
            style,
            cells: Vec::new(),
            columns: Default::default(),
            rows: Default::default(),
            merges: Vec::new(),
            percent: Default::default(),
            formats_known: true,
        }
    }

    /// Records that a cell's number format is a percent format. At most one mark per filled cell the sheet may
    /// hold: marks past that are dropped (the sheet is then refused for its cells anyway), and `false` says so.
    pub fn percent_cell(&mut self, row: u32, col: u32, budget: &Budget) -> bool {
        if self.percent.len() < budget.max_cells {
            self.percent.insert((row, col));
            true
        } else {
            false
        }
    }

    /// Says the reader cannot see the cells' number formats.
    pub fn formats_unknown(&mut self) {
        self.formats_known = false;
    }

    /// Adds a cell; blank cells cost nothing. `Err` names the cell that crossed a limit.
    pub fn push(&mut self, row: u32, col: u32, cell: Cell, budget: &mut Budget) -> Result<(), Issue> {
        if cell.is_blank() {
            return Ok(());
        }
        // The place is named only when a limit is crossed: built for every cell, it was an allocation and a
        // formatting per cell of every file (a million of them for a 100,000-site workbook).
        let place = || match self.style {
            Style::A1 => a1_place(&self.name, row as usize, col as usize),
            Style::Json => json_pointer(&[self.name.clone(), row.saturating_sub(1).to_string()]),
            Style::JsonObject => json_pointer(&[self.name.as_str()]),
        };
        let bytes = cell.text_bytes();
        if bytes > budget.text_bytes_left {
            return Err(Issue::said_error(place(), None, &Message::new("intake.sheet.too_much_text")));
        }
        budget.text_bytes_left -= bytes;
        if self.cells.len() >= budget.max_cells {
            let m = Message::new("intake.sheet.too_many_cells").number("most", budget.max_cells as f64);
            return Err(Issue::said_error(place(), None, &m));
        }
        if self.rows.insert(row) && self.rows.len() > budget.max_rows + 1 {
            let m = Message::new("intake.sheet.too_many_rows").number("most", budget.max_rows as f64);
            return Err(Issue::said_error(place(), None, &m));
        }
        if self.columns.insert(col) && self.columns.len() > budget.max_columns {
            let m = Message::new("intake.sheet.too_many_columns").number("most", budget.max_columns as f64);
            return Err(Issue::said_error(place(), None, &m));
        }
        self.cells.push((row, col, cell));
        Ok(())
    }

    /// Records a merged range (its first cell's value is applied to the cells it covers when the sheet is built).
    /// A sheet may hold as many merged ranges as filled cells, no more; a range that ends before it starts is refused
    /// as damage.
    pub fn merge(&mut self, merge: Merge, budget: &Budget) -> Result<(), Issue> {
        if merge.start == merge.end {
            return Ok(());
        }
        // A range that ends before it starts (`I3:I2`): no program writes one; calamine reads it with a count of rows
        // that wraps. Damage, refused as overlapping ranges are.
        if merge.end.0 < merge.start.0 || merge.end.1 < merge.start.1 {
            let m = Message::new("intake.sheet.merge_reversed").text("range", merge.a1());
            return Err(Issue::said_error(format!("{}!{}", self.name, merge.a1()), None, &m));
        }
        if self.merges.len() >= budget.max_cells {
            let m = Message::new("intake.sheet.too_many_merges").number("most", budget.max_cells as f64);
            return Err(Issue::said_error(format!("{}!{}", self.name, merge.a1()), None, &m));
        }
        self.merges.push(merge);
        Ok(())
    }

    /// The sheet. Each merged range whose first cell holds a value lends that value to the cells it covers in
    /// rows that hold data of their own (a merge never creates a row), in its first column; the parser refuses a
    /// merge that would lend one value to two fields. Merged ranges never overlap in a file a spreadsheet program
    /// wrote: a cell covered twice is refused as damage, so lending costs at most one cell per covered cell, and
    /// what is lent is counted against `max_cells` with the rest. A value the file keeps in a covered cell (a
    /// program may write one; LibreOffice keeps them when asked to) is not what the sheet shows there: unless it is
    /// the very value the range lends to that cell, it becomes [`Cell::Covered`], which every field refuses.
    pub fn finish(mut self, max_cells: usize) -> Result<Sheet, Issue> {
        self.cells.sort_by_key(|&(r, c, _)| (r, c));
        // A position given twice with different values (a malformed file): which one was meant cannot be known, so
        // the sheet is refused at that cell. The same value given twice is kept once.
        let twice = self.cells.windows(2).find_map(|w| match w {
            [(r, c, a), (r2, c2, b)] if (r, c) == (r2, c2) && a != b => Some((*r, *c)),
            _ => None,
        });
        if let Some((r, c)) = twice {
            let cell = format!("{}{}", column_letters(c as usize), r + 1);
            let m = Message::new("intake.sheet.cell_twice").text("cell", cell);
            return Err(Issue::said_error(a1_place(&self.name, r as usize, c as usize), None, &m));
        }
        self.cells.dedup_by_key(|(r, c, _)| (*r, *c));
        let mut count = self.cells.len();
        // Each row's cells in a vector of their own, sized once (grown a cell at a time, 100,000 rows reallocated
        // each of theirs four or five times).
        let lengths: Vec<usize> = self.cells.chunk_by(|a, b| a.0 == b.0).map(<[_]>::len).collect();
        let mut rows: Vec<Row> = Vec::with_capacity(lengths.len());
        let mut cells = self.cells.into_iter();
        for len in lengths {
            let mut row = Row { index: 0, cells: Vec::with_capacity(len) };
            for (r, c, cell) in cells.by_ref().take(len) {
                row.index = r as usize;
                row.cells.push((c as usize, cell));
            }
            rows.push(row);
        }
        let mut sheet = Sheet {
            name: self.name,
            rows,
            merges: Vec::new(),
            style: self.style,
            decimal_comma: false,
            percent: self.percent,
            date_formats: Default::default(),
            formats_known: self.formats_known,
            hidden_columns: Vec::new(),
            visibility: Visibility::Shown,
            hidden_rows: Vec::new(),
            saved_texts: Default::default(),
        };
        let mut lent: rustc_hash::FxHashSet<(usize, usize)> = Default::default();
        self.merges.sort_by_key(|m| (m.start, m.end));
        self.merges.dedup();
        cover(&mut sheet, &self.merges);
        for m in self.merges {
            let top = sheet.cell(m.start.0 as usize, m.start.1 as usize).clone();
            let col = m.start.1 as usize;
            let to = sheet.rows.partition_point(|r| r.index <= m.end.0 as usize);
            if top.is_blank() {
                continue;
            }
            if !lent.insert((m.start.0 as usize, col)) {
                return Err(overlapping(&sheet.name, &m));
            }
            sheet.merges.push(m);
            let from = sheet.rows.partition_point(|r| r.index <= m.start.0 as usize);
            for row in sheet.rows.iter_mut().take(to).skip(from) {
                if !lent.insert((row.index, col)) {
                    return Err(overlapping(&sheet.name, &m));
                }
                match row.cells.binary_search_by_key(&col, |(c, _)| *c) {
                    Ok(i) => {
                        // A value hidden under the range stays refused; the same value as the range's is lent.
                        if let Some(slot) = row.cells.get_mut(i)
                            && !matches!(slot.1, Cell::Covered(_))
                        {
                            slot.1 = top.clone();
                        }
                    }
                    Err(i) => {
                        count += 1;
                        if count > max_cells {
                            let said =
                                Message::new("intake.sheet.merged_too_many_cells").number("most", max_cells as f64);
                            return Err(Issue::said_error(format!("{}!{}", sheet.name, m.a1()), None, &said));
                        }
                        row.cells.insert(i, (col, top.clone()));
                    }
                }
            }
        }
        Ok(sheet)
    }
}

/// Marks each value the file keeps in a cell a merged range covers (not its first cell) as [`Cell::Covered`], unless
/// it is the value the range lends to it (its first column, the same value). One pass over the rows with their
/// cells, the ranges met as the rows reach them (`merges` sorted by their first cell): what it costs follows the
/// filled cells and the ranges, never the ranges' areas. Ranges sharing a first column at once overlap: the first
/// is followed, and lending refuses the overlap.
fn cover(sheet: &mut Sheet, merges: &[Merge]) {
    use std::cmp::Reverse;
    if merges.is_empty() {
        return;
    }
    let mut pending = merges.iter().peekable();
    // The ranges over the current row, by first column, and when each ends.
    let mut active: std::collections::BTreeMap<u32, Merge> = Default::default();
    let mut ends: std::collections::BinaryHeap<Reverse<(u32, u32)>> = Default::default();
    let mut found: Vec<(usize, usize, Merge)> = Vec::new();
    for (i, row) in sheet.rows.iter().enumerate() {
        let Ok(r) = u32::try_from(row.index) else { break };
        while let Some(m) = pending.next_if(|m| m.start.0 <= r) {
            if m.end.0 >= r && !active.contains_key(&m.start.1) {
                active.insert(m.start.1, *m);
                ends.push(Reverse((m.end.0, m.start.1)));
            }
        }
        while let Some(&Reverse((end, col))) = ends.peek() {
            if end >= r {
                break;
            }
            ends.pop();
            if active.get(&col).is_some_and(|m| m.end.0 == end) {
                active.remove(&col);
            }
        }
        if active.is_empty() {
            continue;
        }
        for (j, (c, cell)) in row.cells.iter().enumerate() {
            let Ok(c32) = u32::try_from(*c) else { break };
            let Some((_, m)) = active.range(..=c32).next_back() else { continue };
            if c32 > m.end.1 || (r, c32) == m.start || cell.is_blank() {
                continue;
            }
            found.push((i, j, *m));
        }
    }
    for (i, j, m) in found {
        let top = sheet.cell(m.start.0 as usize, m.start.1 as usize).clone();
        let Some((c, cell)) = sheet.rows.get_mut(i).and_then(|row| row.cells.get_mut(j)) else { continue };
        // The value the range lends to this cell, kept by a program that merged without clearing: what is shown.
        let lent_here = *c == m.start.1 as usize
            && !top.is_blank()
            && std::mem::discriminant(&*cell) == std::mem::discriminant(&top)
            && cell.text() == top.text();
        if !lent_here {
            let hidden = std::mem::replace(cell, Cell::Empty);
            *cell = Cell::Covered(Box::new(Covered { hidden, shown: top, merge: m }));
        }
    }
}

fn overlapping(sheet: &str, m: &Merge) -> Issue {
    let said = Message::new("intake.sheet.merges_overlap").text("range", m.a1());
    Issue::said_error(format!("{sheet}!{}", m.a1()), None, &said)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn small() -> Budget {
        Budget { max_rows: 10, max_columns: 5, max_cells: 20, text_bytes_left: 1000 }
    }

    #[test]
    fn column_letters_roll_over_after_z() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(10), "K");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
        assert_eq!(column_letters(16_383), "XFD");
    }

    #[test]
    fn whole_numbers_read_as_their_digits() {
        assert_eq!(Cell::Number(123456782.0).text().as_deref(), Some("123456782"));
        assert_eq!(Cell::Number(2.5).text().as_deref(), Some("2.5"));
        assert_eq!(Cell::Text("'=SUM(A1)".into()).text().as_deref(), Some("=SUM(A1)"));
        assert_eq!(Cell::Text("  ".into()).text(), None);
    }

    #[test]
    fn text_that_spells_a_spreadsheet_error_is_that_error() {
        assert_eq!(Cell::text_or_error("#N/A".into()), Cell::Error("#N/A".into()));
        assert_eq!(Cell::text_or_error(" #ref! ".into()), Cell::Error("#REF!".into()));
        assert_eq!(Cell::text_or_error("#SPILL!".into()), Cell::Error("#SPILL!".into()));
        assert_eq!(Cell::text_or_error("Err:502".into()), Cell::Error("Err:502".into()));
        assert_eq!(Cell::text_or_error("#12 Main St".into()), Cell::Text("#12 Main St".into()));
        // The names Excel shows in French and in other languages, capitals aside.
        for (typed, kept) in [
            ("#VALEUR!", "#VALEUR!"),
            (" #nom? ", "#NOM?"),
            ("#Nombre!", "#NOMBRE!"),
            ("#NUL!", "#NUL!"),
            ("#propagation!", "#PROPAGATION!"),
            ("#wert!", "#WERT!"),
            ("#¡valor!", "#¡VALOR!"),
            ("#ÜBERLAUF!", "#ÜBERLAUF!"),
            ("#überlauf!", "#ÜBERLAUF!"),
            ("#NV", "#NV"),
        ] {
            assert_eq!(Cell::text_or_error(typed.into()), Cell::Error(kept.into()), "{typed}");
        }
        for text in ["#NOMS?", "#VALEURS!", "#NUL", "VALEUR!", "#N/Ab"] {
            assert_eq!(Cell::text_or_error(text.into()), Cell::Text(text.into()), "{text}");
        }
        assert_eq!(error_names("#VALUE!"), ("#VALUE!".into(), "#VALEUR!".into()));
        assert_eq!(error_names("#VALEUR!"), ("#VALUE!".into(), "#VALEUR!".into()));
        assert_eq!(error_names("#WERT!"), ("#WERT! (#VALUE!)".into(), "#WERT! (#VALEUR!)".into()));
        assert_eq!(error_names("#REF!"), ("#REF!".into(), "#REF!".into()));
        assert_eq!(error_names("Err:502"), ("Err:502".into(), "Err:502".into()));
        assert!(is_lookup_error("#N/A") && is_lookup_error("#NV") && !is_lookup_error("#NOM?"));
        assert_eq!(Cell::Error("#N/A".into()).text(), None);
        assert!(!Cell::Uncalculated("=1+1".into()).is_blank());
    }

    #[test]
    fn a_far_cell_costs_one_cell_not_the_rectangle() {
        let mut b = SheetBuilder::new("Supplier", Style::A1);
        let mut budget = small();
        b.push(0, 0, Cell::Text("Legal name".into()), &mut budget).unwrap();
        b.push(1_048_549, 16_383, Cell::Number(1.0), &mut budget).unwrap();
        let s = b.finish(1000).unwrap();
        assert_eq!(s.rows().len(), 2);
        assert_eq!(s.cell(1_048_549, 16_383), &Cell::Number(1.0));
        assert_eq!(s.cell(5, 5), &Cell::Empty);
        assert_eq!(s.place(1_048_549, 16_383), "Supplier!XFD1048550");
    }

    #[test]
    fn limits_are_said_in_both_languages_their_counts_choosing_the_plural() {
        let one = Budget { max_rows: 1, max_columns: 1, max_cells: 1, text_bytes_left: 1000 };
        let mut budget = one;
        let mut b = SheetBuilder::new("S", Style::A1);
        b.push(0, 0, Cell::Number(1.0), &mut budget).unwrap();
        let e = b.push(0, 1, Cell::Number(1.0), &mut budget).unwrap_err();
        assert_eq!(
            e.message_en,
            "The sheet holds more than 1 filled cell; it is refused at this cell. Delete the cells that are not part of the declaration and send it again."
        );
        assert!(
            e.message_fr.starts_with("La feuille contient plus de 1 cellule remplie\u{202f}; elle est refusée"),
            "{}",
            e.message_fr
        );
        let mut budget = Budget { max_cells: 100, ..one };
        let mut b = SheetBuilder::new("S", Style::A1);
        b.push(0, 0, Cell::Number(1.0), &mut budget).unwrap();
        b.push(1, 0, Cell::Number(1.0), &mut budget).unwrap();
        let e = b.push(2, 0, Cell::Number(1.0), &mut budget).unwrap_err();
        assert_eq!(
            e.message_en,
            "The sheet has more than 1 row with data; at most 1 is accepted. This row is past the limit."
        );
        assert_eq!(
            e.message_fr,
            "La feuille compte plus de 1 ligne remplie\u{202f}; au plus 1 est acceptée. Cette ligne dépasse la limite."
        );
        let mut budget = Budget { max_rows: 2000, max_columns: 1200, max_cells: 1_000_000, text_bytes_left: 1000 };
        let mut b = SheetBuilder::new("S", Style::A1);
        for c in 0..1200 {
            b.push(0, c, Cell::Number(1.0), &mut budget).unwrap();
        }
        let e = b.push(0, 1200, Cell::Number(1.0), &mut budget).unwrap_err();
        assert!(
            e.message_en.starts_with("The sheet has values in more than 1,200 different columns; this cell"),
            "{}",
            e.message_en
        );
        assert!(
            e.message_fr.starts_with(
                "La feuille a des valeurs dans plus de 1\u{a0}200 colonnes différentes\u{202f}; cette cellule"
            ),
            "{}",
            e.message_fr
        );
        let mut b = SheetBuilder::new("S", Style::A1);
        let mut budget = Budget { max_cells: 10, ..one };
        b.push(0, 0, Cell::Number(1.0), &mut budget).unwrap();
        b.push(0, 0, Cell::Number(2.0), &mut budget).unwrap();
        let e = b.finish(10).unwrap_err();
        assert!(
            e.message_fr.contains("deux fois la cellule A1, avec des valeurs différentes\u{a0}: on ne peut"),
            "{}",
            e.message_fr
        );
    }

    #[test]
    fn each_count_limit_names_the_cell_that_crossed_it() {
        let mut budget = small();
        let mut b = SheetBuilder::new("S", Style::A1);
        for c in 0..5 {
            b.push(0, c, Cell::Number(1.0), &mut budget).unwrap();
        }
        let e = b.push(0, 5, Cell::Number(1.0), &mut budget).unwrap_err();
        assert_eq!(e.location, "S!F1");
        assert!(e.message_en.contains("columns"), "{}", e.message_en);
        let mut b = SheetBuilder::new("S", Style::A1);
        let mut budget = small();
        for r in 0..11 {
            b.push(r, 0, Cell::Number(1.0), &mut budget).unwrap();
        }
        let e = b.push(11, 0, Cell::Number(1.0), &mut budget).unwrap_err();
        assert_eq!(e.location, "S!A12");
        assert!(e.message_en.contains("rows"));
        let mut b = SheetBuilder::new("S", Style::A1);
        let mut budget = Budget { text_bytes_left: 10, ..budget };
        let e = b.push(0, 0, Cell::Text("x".repeat(11)), &mut budget).unwrap_err();
        assert!(e.message_en.contains("text"));
        // Blank cells are free.
        let mut budget = small();
        let mut b = SheetBuilder::new("S", Style::A1);
        for r in 0..1000 {
            b.push(r, r, Cell::Empty, &mut budget).unwrap();
        }
    }

    #[test]
    fn a_merged_range_lends_its_first_value_to_the_rows_it_covers_that_hold_data() {
        let mut budget = small();
        let mut b = SheetBuilder::new("P", Style::A1);
        for r in 1..=4 {
            b.push(r, 0, Cell::Text(format!("S{r}")), &mut budget).unwrap();
        }
        b.push(1, 2, Cell::Text("MY".into()), &mut budget).unwrap();
        // C2:C6 merged; row 6 (index 5) holds nothing of its own and stays out.
        b.merge(Merge { start: (1, 2), end: (5, 2) }, &budget).unwrap();
        // A blank merge is forgotten.
        b.merge(Merge { start: (1, 3), end: (4, 3) }, &budget).unwrap();
        let s = b.finish(1000).unwrap();
        for r in 1..=4 {
            assert_eq!(s.cell(r, 2), &Cell::Text("MY".into()), "row {r}");
        }
        assert_eq!(s.rows().len(), 4);
        assert_eq!(s.merges.len(), 1);
        assert_eq!(s.merges[0].a1(), "C2:C6");
    }

    #[test]
    fn a_value_kept_under_a_merged_range_is_covered_unless_it_is_the_value_lent_there() {
        let mut budget = small();
        let mut b = SheetBuilder::new("P", Style::A1);
        for r in 1..=4 {
            b.push(r, 0, Cell::Text(format!("S{r}")), &mut budget).unwrap();
        }
        b.push(1, 2, Cell::Text("MY".into()), &mut budget).unwrap();
        // C3 keeps the value lent to it; C4 another one; D2, beside the first cell, a number.
        b.push(2, 2, Cell::Text("MY".into()), &mut budget).unwrap();
        b.push(3, 2, Cell::Text("CN".into()), &mut budget).unwrap();
        b.push(1, 3, Cell::Number(7.0), &mut budget).unwrap();
        b.merge(Merge { start: (1, 2), end: (4, 3) }, &budget).unwrap();
        // A range whose first cell is empty shows nothing over the value kept in B5.
        b.push(4, 1, Cell::Text("hidden".into()), &mut budget).unwrap();
        b.merge(Merge { start: (3, 1), end: (4, 1) }, &budget).unwrap();
        let s = b.finish(1000).unwrap();
        assert_eq!(s.cell(2, 2), &Cell::Text("MY".into()));
        assert_eq!(s.cell(4, 2), &Cell::Text("MY".into()), "lent");
        let covered = |r: usize, c: usize| match s.cell(r, c) {
            Cell::Covered(c) => (c.hidden.clone(), c.shown.clone(), c.merge.a1()),
            other => panic!("{r},{c}: {other:?}"),
        };
        assert_eq!(covered(3, 2), (Cell::Text("CN".into()), Cell::Text("MY".into()), "C2:D5".to_string()));
        assert_eq!(covered(1, 3), (Cell::Number(7.0), Cell::Text("MY".into()), "C2:D5".to_string()));
        assert_eq!(covered(4, 1), (Cell::Text("hidden".into()), Cell::Empty, "B4:B5".to_string()));
        assert_eq!(s.cell(4, 1).text(), None);
        assert!(!s.cell(4, 1).is_blank());
    }
}
