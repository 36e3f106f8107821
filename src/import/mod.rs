//! Intake: declaration files (XLSX/XLSM/ODS workbooks, CSV files in a zip, JSON) → domain `Declaration`, every
//! issue with its `Sheet!A1` place, in English and French. Also writes the blank template and filled workbooks.

mod grid;
mod json;
mod parse;
mod readers;
mod template;

use serde::{Deserialize, Serialize};

pub use json::to_json;
pub use readers::Carrier;
pub use template::{TemplateError, inert, write_template, write_workbook};

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
    /// Rows in a sheet.
    pub max_rows: usize,
    /// Characters in a cell (Excel's own limit by default).
    pub max_cell_chars: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 64 * 1024 * 1024,
            max_inflated_bytes: 512 * 1024 * 1024,
            max_sheets: 50,
            max_rows: 250_000,
            max_cell_chars: 32_767,
        }
    }
}

/// An accepted declaration and the warnings its file raised.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Parsed {
    pub declaration: Declaration,
    pub warnings: Vec<Issue>,
}

/// Reads a declaration file of any carrier. `Err` holds every issue found (errors, and the warnings seen on the
/// way); nothing partial is ever returned.
pub fn read_declaration(file_name: &str, bytes: &[u8], limits: &Limits) -> Result<Parsed, Vec<Issue>> {
    if bytes.len() as u64 > limits.max_file_bytes {
        return Err(vec![Issue::error(
            file_name,
            None,
            format!("The file has {} bytes; at most {} are accepted", bytes.len(), limits.max_file_bytes),
            format!("Le fichier compte {} octets; au plus {} sont acceptés", bytes.len(), limits.max_file_bytes),
        )]);
    }
    if bytes.is_empty() {
        return Err(vec![Issue::error(
            file_name,
            None,
            "The file is empty".to_string(),
            "Le fichier est vide".to_string(),
        )]);
    }
    let carrier = readers::detect(file_name, bytes).map_err(|e| vec![e])?;
    if matches!(carrier, Carrier::Spreadsheet | Carrier::Ods | Carrier::CsvZip) && bytes.starts_with(b"PK") {
        readers::check_archive(file_name, bytes, limits).map_err(|e| vec![e])?;
    }
    let workbook = match carrier {
        Carrier::Spreadsheet | Carrier::Ods => readers::read_spreadsheet(file_name, bytes, limits)?,
        Carrier::CsvZip => readers::read_csv_zip(file_name, bytes, limits)?,
        Carrier::Csv => readers::read_csv_file(file_name, bytes, limits)?,
        Carrier::Json => readers::read_json(file_name, bytes, limits)?,
    };
    let (declaration, issues) = parse::parse(file_name, &workbook, limits);
    match declaration {
        Some(declaration) if !issues.iter().any(|i| i.level == IssueLevel::Error) => {
            Ok(Parsed { declaration, warnings: issues })
        }
        _ => Err(issues),
    }
}

#[cfg(test)]
mod tests;
