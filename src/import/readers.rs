//! Carriers → sheet grid: spreadsheets through calamine, CSV files alone or in a zip, JSON documents. Limits are
//! checked here, before and while reading, so a hostile file costs little.

use std::io::{Cursor, Read};

use super::grid::{Budget, Workbook};
use super::spreadsheet::Format;
use super::{Limits, file_issue};
use crate::domain::Issue;

/// The kinds of file the intake reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Carrier {
    /// A workbook: Office Open XML (`.xlsx`, `.xlsm`, `.xlsb`), OpenDocument (`.ods`), or the old binary `.xls`
    /// (refused with what to do).
    Spreadsheet(Format),
    /// A zip of CSV files, one per sheet.
    CsvZip,
    /// One CSV file.
    Csv,
    /// A JSON document.
    Json,
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
                "Le fichier semble être une archive zip mais ne peut pas être ouvert : il est endommagé ou incomplet."
                    .to_string(),
            )
        })?;
        let names: Vec<String> = archive.file_names().filter_map(|n| n.ok().map(|n| n.into_owned())).collect();
        if names.iter().any(|n| n == "[Content_Types].xml") {
            let binary = names.iter().any(|n| n.ends_with("workbook.bin"));
            return Ok(Carrier::Spreadsheet(if binary { Format::Xlsb } else { Format::Xlsx }));
        }
        if names.iter().any(|n| n == "mimetype" || n == "content.xml") || lower.ends_with(".ods") {
            return Ok(Carrier::Spreadsheet(Format::Ods));
        }
        return Ok(Carrier::CsvZip);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Ok(Carrier::Spreadsheet(Format::Xls));
    }
    if first == Some(&b'{') || lower.ends_with(".json") {
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

/// Checks an archive before anything else reads it: its declared and actual inflated sizes against the limit, and
/// the count of shared strings of an XLSX (calamine holds them all in memory when it opens the workbook, so a
/// part of millions of tiny strings is refused here, counted while it inflates).
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
    let damaged = |e: &dyn std::fmt::Display| {
        file_issue(
            file_name,
            format!("The archive is damaged: {e}"),
            "L'archive est endommagée ou incomplète : enregistrez-la de nouveau et envoyez-la encore.".to_string(),
        )
    };
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| damaged(&e))?;
    let declared: u64 = (0..archive.len()).filter_map(|i| archive.by_index_raw(i).ok().map(|f| f.size())).sum();
    if declared > limits.max_inflated_bytes {
        return Err(too_big(declared));
    }
    // The directory can lie: inflate for real, counting, and stop at the limit.
    let mut total: u64 = 0;
    let mut buf = vec![0u8; 64 * 1024];
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(|e| damaged(&e))?;
        let shared_strings = entry.name().is_ok_and(|n| n.ends_with("sharedStrings.xml"));
        let xml = entry.name().is_ok_and(|n| n.ends_with(".xml"));
        let part = entry.name().map(|n| n.to_string()).unwrap_or_default();
        let mut strings: usize = 0;
        let mut count_checked = false;
        // Bytes since the last `<` of an XML part: text between two tags is one cell's text at most, so a longer
        // run is refused before a reader holds it (and its copies) in memory.
        let mut since_tag: usize = 0;
        let longest_text = limits.max_cell_chars.saturating_mul(6).saturating_add(4096);
        // The tail of the previous chunk, so a tag split between two reads is still counted.
        let mut carry: usize = 0;
        loop {
            let free = buf.get_mut(carry..).unwrap_or_default();
            let n = entry.read(free).map_err(|e| damaged(&e))?;
            if n == 0 {
                break;
            }
            total += n as u64;
            if total > limits.max_inflated_bytes {
                return Err(too_big(total));
            }
            if xml {
                let chunk = buf.get(carry..carry + n).unwrap_or_default();
                let mut longest = since_tag;
                let mut prev: Option<usize> = None;
                for at in memchr::memchr_iter(b'<', chunk) {
                    let run = match prev {
                        Some(p) => at - p - 1,
                        None => since_tag + at,
                    };
                    longest = longest.max(run);
                    prev = Some(at);
                }
                since_tag = match prev {
                    Some(p) => chunk.len() - p - 1,
                    None => since_tag + chunk.len(),
                };
                longest = longest.max(since_tag);
                if longest > longest_text {
                    return Err(file_issue(
                        file_name,
                        format!(
                            "A cell of the workbook holds more than {} characters (in its part {part}): shorten it",
                            limits.max_cell_chars
                        ),
                        format!(
                            "Une cellule du classeur contient plus de {} caractères (dans sa partie {part}) : raccourcissez-la",
                            limits.max_cell_chars
                        ),
                    ));
                }
            }
            if shared_strings && !count_checked {
                // calamine reserves room for the count the part declares before reading any string.
                let chunk = buf.get(..carry + n).unwrap_or_default();
                if let Some(declared) = declared_count(chunk) {
                    count_checked = true;
                    if declared > limits.max_cells as u128 {
                        return Err(file_issue(
                            file_name,
                            format!(
                                "The workbook declares {declared} different texts; at most {} are read. Save it again from your spreadsheet program.",
                                limits.max_cells
                            ),
                            format!(
                                "Le classeur déclare {declared} textes différents; au plus {} sont lus. Enregistrez-le de nouveau depuis votre tableur.",
                                limits.max_cells
                            ),
                        ));
                    }
                }
            }
            if shared_strings {
                let chunk = buf.get(..carry + n).unwrap_or_default();
                strings += memchr::memmem::find_iter(chunk, b"<si>").count()
                    + memchr::memmem::find_iter(chunk, b"<si ").count();
                if strings > limits.max_cells {
                    return Err(file_issue(
                        file_name,
                        format!(
                            "The workbook holds more than {} different texts; at most that many are read",
                            limits.max_cells
                        ),
                        format!(
                            "Le classeur contient plus de {} textes différents; au plus autant sont lus",
                            limits.max_cells
                        ),
                    ));
                }
                let keep = 3.min(carry + n);
                buf.copy_within(carry + n - keep..carry + n, 0);
                carry = keep;
            }
        }
    }
    Ok(())
}

/// The `uniqueCount` (else `count`) a shared-strings part declares on its `<sst>` element, read from the start of
/// the part; digits past any real count read as `u128::MAX`.
fn declared_count(head: &[u8]) -> Option<u128> {
    let sst = memchr::memmem::find(head, b"<sst")?;
    let element = head.get(sst..)?;
    let end = memchr::memchr(b'>', element)?;
    let element = element.get(..end)?;
    let at = memchr::memmem::find(element, b"uniqueCount").or_else(|| memchr::memmem::find(element, b" count"))?;
    let rest = element.get(at..)?;
    let value = rest
        .iter()
        .skip_while(|b| **b != b'=')
        .skip(1)
        .skip_while(|b| b.is_ascii_whitespace() || **b == b'"' || **b == b'\'');
    let digits: Vec<u8> = value.take_while(|b| b.is_ascii_digit()).copied().collect();
    if digits.is_empty() {
        return None;
    }
    Some(std::str::from_utf8(&digits).ok()?.parse::<u128>().unwrap_or(u128::MAX))
}

fn stem(path: &str) -> &str {
    let base = path.rsplit('/').next().unwrap_or(path);
    base.rsplit_once('.').map_or(base, |(s, _)| s)
}

/// Reads one CSV per sheet from a zip; each file is read up to the text budget, never past it.
pub fn read_csv_zip(
    file_name: &str,
    bytes: &[u8],
    limits: &Limits,
    budget: &mut Budget,
    warnings: &mut Vec<Issue>,
) -> Result<Workbook, Vec<Issue>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        vec![file_issue(
            file_name,
            format!("The archive cannot be opened: {e}"),
            "L'archive ne peut pas être ouverte : elle est endommagée ou incomplète.".to_string(),
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
        let allowed = budget.text_bytes_left as u64;
        if let Err(e) = (&mut entry).take(allowed + 1).read_to_end(&mut buf) {
            issues.push(file_issue(
                &path,
                format!("The file cannot be read: {e}"),
                "Le fichier est illisible : l'archive est endommagée.".to_string(),
            ));
            continue;
        }
        if buf.len() as u64 > allowed {
            issues.push(file_issue(
                &path,
                format!("The file holds more than {allowed} bytes of text; the intake accepts no more"),
                format!("Le fichier contient plus de {allowed} octets de texte; la réception n'en accepte pas plus"),
            ));
            continue;
        }
        match super::text_in::read_csv_sheet(&name, &path, &buf, budget, warnings) {
            Ok(s) => wb.sheets.push(s),
            Err(e) => issues.push(e),
        }
    }
    if issues.is_empty() { Ok(wb) } else { Err(issues) }
}

/// Reads a lone CSV file: it can only be one sheet, so the other required sheets will be reported missing.
pub fn read_csv_file(
    file_name: &str,
    bytes: &[u8],
    budget: &mut Budget,
    warnings: &mut Vec<Issue>,
) -> Result<Workbook, Vec<Issue>> {
    let sheet =
        super::text_in::read_csv_sheet(stem(file_name), file_name, bytes, budget, warnings).map_err(|e| vec![e])?;
    Ok(Workbook { sheets: vec![sheet] })
}
