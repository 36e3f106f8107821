//! Intake: declaration files (XLSX/XLSM/ODS workbooks, CSV files in a zip, JSON) → domain `Declaration`, every
//! issue with its `Sheet!A1` place, in English and French. Also writes the blank template and filled workbooks.

mod cell_values;
mod cell_words;
mod dates;
mod formula;
mod grid;
mod identifiers;
pub(crate) use identifiers::{OsIdCountry, os_id_country, os_id_shaped};
mod json;
mod look_alike;
mod number_format;
mod ods_cells;
mod ods_shown;
mod parse;
mod quoted;
mod readers;
mod regions;
mod shares;
mod shown_date;
mod shown_number;
mod spreadsheet;
mod template;
mod text_in;
mod xlsb;

use serde::{Deserialize, Serialize};

pub use grid::column_letters;
pub use json::to_json;
pub use look_alike::read_as_latin;
pub use parse::field_label;
pub use readers::Carrier;
pub use spreadsheet::Format;
pub use template::{TemplateError, inert, sort_by_collation, write_template, write_workbook};
/// Text files as spreadsheets and publishers write them (byte order mark, UTF-8, UTF-16, else the guessed legacy
/// encoding): also what screening lists are read with.
pub use text_in::{
    Decoded, JsonRefused, JsonStep, Undecodable, Unreadable, decode as decode_text, key_twice_words,
    read_json_keys_once,
};

use crate::domain::{Declaration, Issue, IssueLevel};

/// Intake limits; each is refused with its own clear error.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Limits {
    /// Size of the submitted file.
    pub max_file_bytes: u64,
    /// Size of an archive's contents once inflated (xlsx, ods and zip are archives).
    pub max_inflated_bytes: u64,
    /// Sheets in a workbook (CSV files in a zip).
    pub max_sheets: usize,
    /// Rows holding data in a sheet (the header row not counted).
    pub max_rows: usize,
    /// Different columns holding data in a sheet.
    pub max_columns: usize,
    /// Filled cells in a sheet (what reading costs is proportional to these, never to the sheet's rectangle).
    pub max_cells: usize,
    /// Bytes of text in all the cells of a file together.
    pub max_text_bytes: usize,
    /// Characters in a cell (Excel's own limit by default).
    pub max_cell_chars: usize,
    /// Size of a screening list file imported by the API or its page (at most the list readers' own 256 MiB,
    /// `screening::parse::MAX_FILE_BYTES`, the default; the command line reads files up to that).
    pub max_list_file_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 64 * 1024 * 1024,
            max_inflated_bytes: 512 * 1024 * 1024,
            max_sheets: 50,
            max_rows: 250_000,
            max_columns: 500,
            max_cells: 5_000_000,
            max_text_bytes: 128 * 1024 * 1024,
            max_cell_chars: 32_767,
            max_list_file_bytes: 256 * 1024 * 1024,
        }
    }
}

impl Limits {
    /// What one file may hold, counted while it is read.
    fn budget(&self) -> grid::Budget {
        grid::Budget {
            max_rows: self.max_rows,
            max_columns: self.max_columns,
            max_cells: self.max_cells,
            text_bytes_left: self.max_text_bytes,
        }
    }
}

/// An error about the whole file (no cell to name).
fn file_issue(file: &str, en: String, fr: String) -> Issue {
    Issue::error(file, None, en, fr)
}

/// A whole number (a count, a limit) as each language writes it, by CLDR's `en-CA` and `fr-CA` patterns: English
/// groups thousands with commas (`1,048,000`), French with no-break spaces (`1 048 000`, U+00A0, so that a number
/// never breaks across lines). Ours rather than `reports::numbers`' (ICU4X): the intake may not use `reports`, and
/// grouping digits by three is the whole of the rule for whole numbers.
pub(crate) fn whole(n: u128) -> (String, String) {
    let digits = n.to_string();
    let (mut en, mut fr) = (String::with_capacity(digits.len() * 2), String::with_capacity(digits.len() * 3));
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            en.push(',');
            fr.push('\u{a0}');
        }
        en.push(c);
        fr.push(c);
    }
    (en, fr)
}

/// A number the intake read, as each language writes it (for the value a refusal speaks of when it is not quoted
/// as written): whole numbers grouped as [`whole`] groups them, decimals with the language's decimal mark
/// (`12.5` / `12,5`), up to 6 decimals, without trailing zeros.
fn decimal_words(v: f64) -> (String, String) {
    let sign = if v < 0.0 { "-" } else { "" };
    let a = v.abs();
    if a >= 1e21 || !a.is_finite() {
        return (v.to_string(), v.to_string().replace('.', ","));
    }
    let fixed = format!("{a:.6}");
    let (int, frac) = fixed.split_once('.').unwrap_or((fixed.as_str(), ""));
    let frac = frac.trim_end_matches('0');
    let (int_en, int_fr) = whole(int.parse::<u128>().unwrap_or_default());
    if frac.is_empty() {
        (format!("{sign}{int_en}"), format!("{sign}{int_fr}"))
    } else {
        (format!("{sign}{int_en}.{frac}"), format!("{sign}{int_fr},{frac}"))
    }
}

/// An accepted declaration and the warnings its file raised.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Parsed {
    pub declaration: Declaration,
    pub warnings: Vec<Issue>,
}

/// The field an issue names, in a language: its label in the declaration's sheets (`Legal name`, `Dénomination
/// sociale`, also for a JSON key such as `share_of_value`), or its name as the issue gives it when no sheet knows it;
/// `None` when the issue names no field. The API gives the French one as `field_fr`; pages and the command line say
/// the reader's.
pub fn field_in(issue: &Issue, lang: crate::domain::Lang) -> Option<String> {
    let field = issue.field.as_deref()?;
    Some(parse::field_label(field, lang == crate::domain::Lang::Fr))
}

/// The English label of the field an issue names, when a sheet of the declaration knows the field: the label of
/// the same table as [`field_fr`], whatever words the issue named it by (`Share of value` → `Share of value %`).
pub fn field_en(issue: &Issue) -> Option<String> {
    parse::known_field_label(issue.field.as_deref()?, false)
}

/// The French label of the field an issue names, when a sheet of the declaration knows the field.
pub fn field_fr(issue: &Issue) -> Option<String> {
    parse::known_field_label(issue.field.as_deref()?, true)
}

/// The code of the field an issue names, when a sheet of the declaration knows it: its key in the JSON carrier
/// (`legal_name`, `workers`, `share_of_value`), the same whatever the language of the file.
pub fn field_code(issue: &Issue) -> Option<String> {
    parse::field_code(issue.field.as_deref()?)
}

/// A size in words for people, in English and French: `512 MiB` / `512 Mio`, `64 KiB` / `64 Kio` (in French a no-break
/// space, U+00A0, before the unit, as French typography writes it), in bytes below
/// one KiB (binary units, as the limits are set).
pub fn size_words(bytes: u64) -> (String, String) {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * 1024;
    let (n, en, fr) = if bytes >= MIB {
        (bytes as f64 / MIB as f64, "MiB", "Mio")
    } else if bytes >= KIB {
        (bytes as f64 / KIB as f64, "KiB", "Kio")
    } else {
        (bytes as f64, "bytes", "octets")
    };
    let (n_en, n_fr) = decimal_words((n * 10.0).round() / 10.0);
    (format!("{n_en} {en}"), format!("{n_fr}\u{a0}{fr}"))
}

/// Issues in the order of the file, as a person reads it: first those of the file as a whole and of places the file
/// lacks (a missing sheet), in the order found; then sheet by sheet in the workbook's order, a sheet's own issues
/// before those of its cells, and cells by row, then column (a range by its first cell). A JSON document's issues,
/// named by JSON Pointer, keep the order they were found in, which is the document's.
fn in_file_order(issues: &mut [Issue], sheets: &[grid::Sheet]) {
    let sheet_at = |name: &str| sheets.iter().position(|s| s.name == name && s.style == grid::Style::A1);
    issues.sort_by_cached_key(|i| {
        if let Some(at) = sheet_at(&i.location) {
            return (1, at, None);
        }
        i.location
            .rsplit_once('!')
            .and_then(|(sheet, cell)| {
                let at = sheet_at(sheet)?;
                let first = cell.split(':').next().unwrap_or(cell);
                Some((1, at, Some(grid::a1_position(first).unwrap_or((u32::MAX, u32::MAX)))))
            })
            .unwrap_or((0, 0, None))
    });
}

/// Reads a declaration file of any carrier. `Err` holds every issue found (errors, and the warnings seen on the
/// way); nothing partial is ever returned.
pub fn read_declaration(file_name: &str, bytes: &[u8], limits: &Limits) -> Result<Parsed, Vec<Issue>> {
    if bytes.len() as u64 > limits.max_file_bytes {
        let m = crate::domain::Message::new("intake.file.too_large")
            .said("limit", readers::size_said(limits.max_file_bytes));
        return Err(vec![Issue::said_error(file_name, None, &m)]);
    }
    if bytes.is_empty() {
        return Err(vec![Issue::said_error(file_name, None, &crate::domain::Message::new("intake.file.empty"))]);
    }
    let carrier = readers::detect(file_name, bytes).map_err(|e| vec![e])?;
    if matches!(carrier, Carrier::Spreadsheet(_) | Carrier::CsvZip) && bytes.starts_with(b"PK") {
        readers::check_archive(file_name, bytes, limits).map_err(|e| vec![e])?;
    }
    let mut budget = limits.budget();
    let mut warnings = Vec::new();
    let mut workbook = match carrier {
        Carrier::Spreadsheet(format) => spreadsheet::read(format, file_name, bytes, limits, &mut budget)?,
        Carrier::CsvZip => readers::read_csv_zip(file_name, bytes, limits, &mut budget, &mut warnings)?,
        Carrier::Csv => readers::read_csv_file(file_name, bytes, &mut budget, &mut warnings)?,
        Carrier::Json => text_in::read_json(file_name, bytes, limits, &mut budget)?,
    };
    warnings.append(&mut workbook.issues);
    let (declaration, mut issues, closing) = parse::parse(file_name, &workbook, limits);
    warnings.append(&mut issues);
    in_file_order(&mut warnings, &workbook.sheets);
    warnings.extend(closing);
    let issues = warnings;
    match declaration {
        Some(declaration) if !issues.iter().any(|i| i.level == IssueLevel::Error) => {
            Ok(Parsed { declaration, warnings: issues })
        }
        _ => Err(issues),
    }
}

#[cfg(test)]
mod audit_date_tests;
#[cfg(test)]
mod carriers_tests;
#[cfg(test)]
mod checks_tests;
#[cfg(test)]
mod kinds_tests;
#[cfg(test)]
mod misc_kinds_tests;
#[cfg(test)]
mod names_tests;
#[cfg(test)]
mod shape_tests;
#[cfg(test)]
mod shown_date_tests;
#[cfg(test)]
mod shown_tests;
/// The demo declarations of `supplier_data/demo` (JSON), read as intake reads them: `(file name, declaration)`, for
/// tests that run over every one of them.
#[cfg(test)]
pub(crate) fn demo_declarations() -> Vec<(String, Declaration)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/demo");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let bytes = std::fs::read(&path).unwrap();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let parsed = read_declaration(&name, &bytes, &Limits::default()).unwrap();
            out.push((name, parsed.declaration));
        }
    }
    out
}
#[cfg(test)]
mod tests;
#[cfg(test)]
mod values_tests;
#[cfg(test)]
mod visibility_tests;
#[cfg(test)]
mod words_tests;
#[cfg(test)]
mod xlsb_tests;
