//! Carriers → sheet grid: spreadsheets through calamine, CSV files alone or in a zip, JSON documents. Limits are
//! checked here, before and while reading, so a hostile file costs little.

use std::io::{Cursor, Read};

use calamine::{Data, Reader};

use super::Limits;
use super::grid::{Cell, Sheet, Style, Workbook};
use crate::domain::Issue;

/// The kinds of file the intake reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Carrier {
    /// Office Open XML (`.xlsx`, `.xlsm`) or the old binary `.xls`.
    Spreadsheet,
    /// OpenDocument spreadsheet.
    Ods,
    /// A zip of CSV files, one per sheet.
    CsvZip,
    /// One CSV file.
    Csv,
    /// A JSON document.
    Json,
}

fn file_issue(file: &str, en: String, fr: String) -> Issue {
    Issue::error(file, None, en, fr)
}

fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06")
}

/// Tells the carrier from the content first, the name second.
pub fn detect(file_name: &str, bytes: &[u8]) -> Result<Carrier, Issue> {
    let lower = file_name.to_ascii_lowercase();
    let trimmed = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = trimmed.iter().find(|b| !b.is_ascii_whitespace());
    if is_zip(bytes) {
        let archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
            file_issue(
                file_name,
                format!("The file looks like a zip archive but cannot be opened: {e}"),
                format!("Le fichier semble être une archive zip mais ne peut pas être ouvert : {e}"),
            )
        })?;
        let names: Vec<String> = archive.file_names().filter_map(|n| n.ok().map(|n| n.into_owned())).collect();
        if names.iter().any(|n| n == "[Content_Types].xml") {
            return Ok(Carrier::Spreadsheet);
        }
        if names.iter().any(|n| n == "mimetype") || lower.ends_with(".ods") {
            return Ok(Carrier::Ods);
        }
        return Ok(Carrier::CsvZip);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Ok(Carrier::Spreadsheet);
    }
    if first == Some(&b'{') {
        return Ok(Carrier::Json);
    }
    if lower.ends_with(".csv") || lower.ends_with(".txt") {
        return Ok(Carrier::Csv);
    }
    Err(file_issue(
        file_name,
        "The file is not a declaration workbook: send an .xlsx, .xlsm or .ods workbook, a .zip of CSV files or a JSON document".into(),
        "Le fichier n'est pas un classeur de déclaration : envoyez un classeur .xlsx, .xlsm ou .ods, un .zip de fichiers CSV ou un document JSON".into(),
    ))
}

/// Checks an archive's declared and actual inflated sizes against the limit before anything else reads it.
pub fn check_archive(file_name: &str, bytes: &[u8], limits: &Limits) -> Result<(), Issue> {
    let too_big = |n: u64| {
        file_issue(
            file_name,
            format!(
                "The archive inflates to more than {} bytes ({n} or more): it is refused as a possible zip bomb",
                limits.max_inflated_bytes
            ),
            format!(
                "L'archive se décompresse en plus de {} octets ({n} ou plus) : elle est refusée comme possible bombe de décompression",
                limits.max_inflated_bytes
            ),
        )
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        file_issue(
            file_name,
            format!("The archive cannot be opened: {e}"),
            format!("L'archive ne peut pas être ouverte : {e}"),
        )
    })?;
    let declared: u64 = (0..archive.len()).filter_map(|i| archive.by_index_raw(i).ok().map(|f| f.size())).sum();
    if declared > limits.max_inflated_bytes {
        return Err(too_big(declared));
    }
    // The directory can lie: inflate for real, counting, and stop at the limit.
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(|e| {
            file_issue(file_name, format!("The archive is damaged: {e}"), format!("L'archive est endommagée : {e}"))
        })?;
        let budget = limits.max_inflated_bytes - total;
        let n = std::io::copy(&mut (&mut entry).take(budget + 1), &mut std::io::sink()).map_err(|e| {
            file_issue(file_name, format!("The archive is damaged: {e}"), format!("L'archive est endommagée : {e}"))
        })?;
        total += n;
        if total > limits.max_inflated_bytes {
            return Err(too_big(total));
        }
    }
    Ok(())
}

fn cell_of(d: &Data) -> Cell {
    match d {
        Data::Empty => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(dt) => match dt.as_datetime() {
            Some(x) => Cell::Date(x.date()),
            None => Cell::Number(dt.as_f64()),
        },
        Data::DateTimeIso(s) => Cell::Text(s.chars().take(10).collect()),
        Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Error(format!("{e:?}")),
    }
}

/// Reads a spreadsheet (xlsx, xlsm, xls, ods) with calamine.
pub fn read_spreadsheet(file_name: &str, bytes: &[u8], limits: &Limits) -> Result<Workbook, Vec<Issue>> {
    // The spreadsheet library can panic on some malformed files (found by fuzzing: an arithmetic overflow inside
    // calamine's XLSX reader). A broken file is the supplier's problem to fix, not a failure of the service.
    std::panic::catch_unwind(|| read_spreadsheet_unguarded(file_name, bytes, limits)).unwrap_or_else(|_| {
        Err(vec![file_issue(
            file_name,
            "The workbook is damaged and cannot be read. Save it again from your spreadsheet program.".into(),
            "Le classeur est endommagé et ne peut pas être lu. Enregistrez-le de nouveau depuis votre tableur.".into(),
        )])
    })
}

fn read_spreadsheet_unguarded(file_name: &str, bytes: &[u8], limits: &Limits) -> Result<Workbook, Vec<Issue>> {
    let mut sheets = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(|e| {
        vec![file_issue(
            file_name,
            format!("The workbook cannot be read: {e}"),
            format!("Le classeur ne peut pas être lu : {e}"),
        )]
    })?;
    let names = sheets.sheet_names();
    if names.len() > limits.max_sheets {
        return Err(vec![file_issue(
            file_name,
            format!("The workbook has {} sheets; at most {} are accepted", names.len(), limits.max_sheets),
            format!("Le classeur compte {} feuilles; au plus {} sont acceptées", names.len(), limits.max_sheets),
        )]);
    }
    let mut wb = Workbook::default();
    let mut issues = Vec::new();
    for name in names {
        // Only sheets the format names are read in full; others (instructions, lists) are skipped unread.
        if super::parse::sheet_role(&name).is_none() {
            continue;
        }
        let range = match sheets.worksheet_range(&name) {
            Ok(r) => r,
            Err(e) => {
                issues.push(Issue::error(
                    name.clone(),
                    None,
                    format!("The sheet cannot be read: {e}"),
                    format!("La feuille ne peut pas être lue : {e}"),
                ));
                continue;
            }
        };
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let height = range.height();
        if height > limits.max_rows + 1 {
            issues.push(Issue::error(
                name.clone(),
                None,
                format!("The sheet has {height} rows; at most {} are accepted", limits.max_rows),
                format!("La feuille compte {height} lignes; au plus {} sont acceptées", limits.max_rows),
            ));
            continue;
        }
        let mut rows: Vec<Vec<Cell>> = vec![Vec::new(); r0 as usize];
        for r in range.rows() {
            let mut row = vec![Cell::Empty; c0 as usize];
            row.extend(r.iter().map(cell_of));
            rows.push(row);
        }
        wb.sheets.push(Sheet { name, rows, style: Style::A1 });
    }
    if issues.is_empty() { Ok(wb) } else { Err(issues) }
}

fn read_csv_sheet(name: &str, bytes: &[u8], limits: &Limits) -> Result<Sheet, Issue> {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut rdr = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text);
    let mut rows = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(|e| {
            Issue::error(
                format!("{name}!A{}", i + 1),
                None,
                format!("This CSV line cannot be read (it must be UTF-8, comma-separated): {e}"),
                format!("Cette ligne CSV est illisible (elle doit être en UTF-8, séparée par des virgules) : {e}"),
            )
        })?;
        if rows.len() > limits.max_rows {
            return Err(Issue::error(
                name,
                None,
                format!("The sheet has more than {} rows", limits.max_rows),
                format!("La feuille compte plus de {} lignes", limits.max_rows),
            ));
        }
        rows.push(rec.iter().map(|s| if s.is_empty() { Cell::Empty } else { Cell::Text(s.to_string()) }).collect());
    }
    Ok(Sheet { name: name.to_string(), rows, style: Style::A1 })
}

fn stem(path: &str) -> &str {
    let base = path.rsplit('/').next().unwrap_or(path);
    base.rsplit_once('.').map_or(base, |(s, _)| s)
}

/// Reads one CSV per sheet from a zip.
pub fn read_csv_zip(file_name: &str, bytes: &[u8], limits: &Limits) -> Result<Workbook, Vec<Issue>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        vec![file_issue(
            file_name,
            format!("The archive cannot be opened: {e}"),
            format!("L'archive ne peut pas être ouverte : {e}"),
        )]
    })?;
    let mut wb = Workbook::default();
    let mut issues = Vec::new();
    let csv_count =
        archive.file_names().filter_map(Result::ok).filter(|n| n.to_ascii_lowercase().ends_with(".csv")).count();
    if csv_count > limits.max_sheets {
        return Err(vec![file_issue(
            file_name,
            format!("The archive holds {csv_count} CSV files; at most {} are accepted", limits.max_sheets),
            format!("L'archive contient {csv_count} fichiers CSV; au plus {} sont acceptés", limits.max_sheets),
        )]);
    }
    for i in 0..archive.len() {
        let Ok(mut entry) = archive.by_index(i) else { continue };
        let Ok(path) = entry.name().map(|n| n.into_owned()) else { continue };
        if !path.to_ascii_lowercase().ends_with(".csv") || path.starts_with("__MACOSX") {
            continue;
        }
        let name = stem(&path).to_string();
        if super::parse::sheet_role(&name).is_none() {
            continue;
        }
        let mut buf = Vec::new();
        if let Err(e) = (&mut entry).take(limits.max_inflated_bytes).read_to_end(&mut buf) {
            issues.push(file_issue(
                &path,
                format!("The file cannot be read: {e}"),
                format!("Le fichier est illisible : {e}"),
            ));
            continue;
        }
        match read_csv_sheet(&name, &buf, limits) {
            Ok(s) => wb.sheets.push(s),
            Err(e) => issues.push(e),
        }
    }
    if issues.is_empty() { Ok(wb) } else { Err(issues) }
}

/// Reads a lone CSV file: it can only be one sheet, so the other required sheets will be reported missing.
pub fn read_csv_file(file_name: &str, bytes: &[u8], limits: &Limits) -> Result<Workbook, Vec<Issue>> {
    let sheet = read_csv_sheet(stem(file_name), bytes, limits).map_err(|e| vec![e])?;
    Ok(Workbook { sheets: vec![sheet] })
}

fn json_cell(v: &serde_json::Value) -> Result<Cell, String> {
    use serde_json::Value;
    Ok(match v {
        Value::Null => Cell::Empty,
        Value::Bool(b) => Cell::Bool(*b),
        Value::Number(n) => Cell::Number(n.as_f64().unwrap_or(f64::NAN)),
        Value::String(s) => Cell::Text(s.clone()),
        Value::Array(items) => {
            let mut parts = Vec::new();
            for it in items {
                match it {
                    Value::String(s) => parts.push(s.clone()),
                    Value::Number(n) => parts.push(n.to_string()),
                    Value::Null => {}
                    _ => return Err("a list may hold only text or numbers".into()),
                }
            }
            if parts.is_empty() { Cell::Empty } else { Cell::Text(parts.join(";")) }
        }
        Value::Object(_) => return Err("a value may not be an object here".into()),
    })
}

/// Reads a JSON document into sheets named after its keys.
pub fn read_json(file_name: &str, bytes: &[u8], limits: &Limits) -> Result<Workbook, Vec<Issue>> {
    let doc: serde_json::Value = serde_json::from_slice(bytes).map_err(|e| {
        vec![file_issue(
            file_name,
            format!("The JSON document cannot be read at line {}, column {}: {e}", e.line(), e.column()),
            format!("Le document JSON est illisible à la ligne {}, colonne {} : {e}", e.line(), e.column()),
        )]
    })?;
    let Some(root) = doc.as_object() else {
        return Err(vec![file_issue(
            file_name,
            "The JSON document must be an object with `supplier`, `attestations`, `places_of_work` …".into(),
            "Le document JSON doit être un objet avec `supplier`, `attestations`, `places_of_work` …".into(),
        )]);
    };
    let mut wb = Workbook::default();
    let mut issues = Vec::new();
    for (key, value) in root {
        if super::parse::sheet_role(key).is_none() {
            continue;
        }
        match value {
            serde_json::Value::Object(obj) => {
                let mut rows = Vec::new();
                for (k, v) in obj {
                    match json_cell(v) {
                        Ok(c) => rows.push(vec![Cell::Text(k.clone()), c]),
                        Err(m) => issues.push(Issue::error(format!("{key}.{k}"), Some(k), m.clone(), m)),
                    }
                }
                wb.sheets.push(Sheet { name: key.clone(), rows, style: Style::JsonObject });
            }
            serde_json::Value::Array(items) => {
                if items.len() > limits.max_rows {
                    issues.push(Issue::error(
                        key.clone(),
                        None,
                        format!("`{key}` has {} entries; at most {} are accepted", items.len(), limits.max_rows),
                        format!("`{key}` compte {} entrées; au plus {} sont acceptées", items.len(), limits.max_rows),
                    ));
                    continue;
                }
                let mut header: Vec<String> = Vec::new();
                for it in items {
                    if let Some(o) = it.as_object() {
                        for k in o.keys() {
                            if !header.contains(k) {
                                header.push(k.clone());
                            }
                        }
                    }
                }
                let mut rows = vec![header.iter().map(|h| Cell::Text(h.clone())).collect::<Vec<_>>()];
                for (i, it) in items.iter().enumerate() {
                    let Some(o) = it.as_object() else {
                        issues.push(Issue::error(
                            format!("{key}[{i}]"),
                            None,
                            "Each entry must be an object".to_string(),
                            "Chaque entrée doit être un objet".to_string(),
                        ));
                        continue;
                    };
                    let mut row = Vec::with_capacity(header.len());
                    for h in &header {
                        match o.get(h).map_or(Ok(Cell::Empty), json_cell) {
                            Ok(c) => row.push(c),
                            Err(m) => {
                                issues.push(Issue::error(format!("{key}[{i}].{h}"), Some(h), m.clone(), m));
                                row.push(Cell::Empty);
                            }
                        }
                    }
                    rows.push(row);
                }
                wb.sheets.push(Sheet { name: key.clone(), rows, style: Style::Json });
            }
            _ => issues.push(Issue::error(
                key.clone(),
                None,
                format!("`{key}` must be an object or a list of objects"),
                format!("`{key}` doit être un objet ou une liste d'objets"),
            )),
        }
    }
    if issues.is_empty() { Ok(wb) } else { Err(issues) }
}
