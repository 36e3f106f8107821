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
            tracing::info!(file = file_name, detail = %crate::telemetry::Chain(&e), "zip archive refused");
            file_issue(
                file_name,
                "The file looks like a zip archive but cannot be opened: it is damaged or incomplete (cut short while \
                 it was copied or sent?). Save it again and send it again."
                    .to_string(),
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
                "The archive inflates to more than {} ({} or more): it is refused as a possible zip bomb",
                super::size_words(limits.max_inflated_bytes).0,
                super::size_words(n).0
            ),
            format!(
                "L'archive se décompresse en plus de {} ({} ou plus) : elle est refusée comme possible bombe de décompression",
                super::size_words(limits.max_inflated_bytes).1,
                super::size_words(n).1
            ),
        )
    };
    let damaged = |e: &(dyn std::error::Error + 'static)| {
        tracing::info!(file = file_name, detail = %crate::telemetry::Chain(e), "archive refused as damaged");
        file_issue(
            file_name,
            "The archive is damaged or incomplete: save it again and send it again.".to_string(),
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
        // Runs of an XML part between its markup: text between two tags is one cell's text at most, and a tag is
        // short, so a longer run is refused before a reader holds it (and its copies) in memory.
        let mut runs = Runs { in_tag: false, len: 0, blank: true };
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
                if let Some(run) = runs.feed(chunk, longest_text) {
                    return Err(run.issue(file_name, &part, limits));
                }
            }
            if shared_strings && !count_checked {
                // calamine reserves room for the count the part declares before reading any string.
                let chunk = buf.get(..carry + n).unwrap_or_default();
                if let Some(declared) = declared_count(chunk) {
                    count_checked = true;
                    if declared > limits.max_cells as u128 {
                        let ((declared_en, declared_fr), (most_en, most_fr)) =
                            (super::whole(declared), super::whole(limits.max_cells as u128));
                        return Err(file_issue(
                            file_name,
                            format!(
                                "The workbook declares {declared_en} different texts; at most {most_en} are read. Save it again from your spreadsheet program."
                            ),
                            format!(
                                "Le classeur déclare {declared_fr} textes différents; au plus {most_fr} sont lus. Enregistrez-le de nouveau depuis votre tableur."
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
                    let (most_en, most_fr) = super::whole(limits.max_cells as u128);
                    return Err(file_issue(
                        file_name,
                        format!("The workbook holds more than {most_en} different texts; at most that many are read"),
                        format!("Le classeur contient plus de {most_fr} textes différents; au plus autant sont lus"),
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

/// The runs of an XML part between `<` and `>`, followed as the part inflates: what is inside a tag, what is text
/// between tags, and whether that text is only blank space (a part padded with it is no cell too long).
struct Runs {
    in_tag: bool,
    len: usize,
    /// Whether the current text run holds only white space so far (`false` inside a tag).
    blank: bool,
}

/// The kind of run that went past its limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LongRun {
    /// Text between two tags: one cell's text.
    Text,
    /// Blank space between two tags: padding, no cell's text.
    Blank,
    /// One tag (an element's name and attributes).
    Tag,
}

impl Runs {
    /// Follows `chunk`; the kind of the first run longer than `longest`, if any.
    fn feed(&mut self, chunk: &[u8], longest: usize) -> Option<LongRun> {
        let mut from = 0usize;
        for at in memchr::memchr2_iter(b'<', b'>', chunk).chain(std::iter::once(chunk.len())) {
            let piece = chunk.get(from..at).unwrap_or_default();
            if !self.in_tag && self.blank {
                self.blank = piece.iter().all(u8::is_ascii_whitespace);
            }
            self.len = self.len.saturating_add(piece.len());
            if self.len > longest {
                return Some(if self.in_tag {
                    LongRun::Tag
                } else if self.blank {
                    LongRun::Blank
                } else {
                    LongRun::Text
                });
            }
            match chunk.get(at) {
                Some(b'<') => {
                    self.in_tag = true;
                    self.len = 0;
                }
                Some(b'>') if self.in_tag => {
                    self.in_tag = false;
                    self.len = 0;
                    self.blank = true;
                }
                // A `>` in text is a character of the text.
                Some(_) => self.len = self.len.saturating_add(1),
                None => {}
            }
            from = at.saturating_add(1);
        }
        None
    }
}

impl LongRun {
    fn issue(self, file_name: &str, part: &str, limits: &Limits) -> Issue {
        match self {
            LongRun::Text => file_issue(
                file_name,
                format!(
                    "A cell of the workbook holds more than {} characters (in its part {part}): shorten it",
                    limits.max_cell_chars
                ),
                format!(
                    "Une cellule du classeur contient plus de {} caractères (dans sa partie {part}) : raccourcissez-la",
                    limits.max_cell_chars
                ),
            ),
            LongRun::Blank => file_issue(
                file_name,
                format!(
                    "The part {part} of the workbook is padded with a long run of blank space between its elements, \
                     which no spreadsheet program writes: it is refused unread. Save the workbook again from your \
                     spreadsheet program and send it again."
                ),
                format!(
                    "La partie {part} du classeur est remplie d'une longue suite d'espaces entre ses éléments, ce \
                     qu'aucun tableur n'écrit : elle est refusée sans être lue. Enregistrez de nouveau le classeur \
                     depuis votre tableur et envoyez-le encore."
                ),
            ),
            LongRun::Tag => file_issue(
                file_name,
                format!(
                    "An element of the part {part} of the workbook is longer than any spreadsheet program writes \
                     (its name and attributes alone): it is refused unread. Save the workbook again from your \
                     spreadsheet program and send it again."
                ),
                format!(
                    "Un élément de la partie {part} du classeur est plus long que ce qu'écrit un tableur (son nom et \
                     ses attributs seuls) : il est refusé sans être lu. Enregistrez de nouveau le classeur depuis \
                     votre tableur et envoyez-le encore."
                ),
            ),
        }
    }
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
        tracing::info!(file = file_name, detail = %crate::telemetry::Chain(&e), "zip archive refused");
        vec![file_issue(
            file_name,
            "The archive cannot be opened: it is damaged or incomplete.".to_string(),
            "L'archive ne peut pas être ouverte : elle est endommagée ou incomplète.".to_string(),
        )]
    })?;
    let mut wb = Workbook::default();
    let mut issues = Vec::new();
    let csv_count =
        archive.file_names().filter_map(Result::ok).filter(|n| n.to_ascii_lowercase().ends_with(".csv")).count();
    if csv_count > limits.max_sheets {
        let (has_en, has_fr) = super::counted(csv_count, ("CSV file", "CSV files"), ("fichier CSV", "fichiers CSV"));
        let (taken_en, taken_fr) =
            super::counted(limits.max_sheets, ("is accepted", "are accepted"), ("est accepté", "sont acceptés"));
        return Err(vec![file_issue(
            file_name,
            format!("The archive holds {has_en}; at most {taken_en}"),
            format!("L'archive contient {has_fr}; au plus {taken_fr}"),
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
            wb.ignored.push((name, path));
            continue;
        }
        let mut buf = Vec::new();
        let allowed = budget.text_bytes_left as u64;
        if let Err(e) = (&mut entry).take(allowed + 1).read_to_end(&mut buf) {
            tracing::info!(file = path, detail = %crate::telemetry::Chain(&e), "file of an archive refused");
            issues.push(file_issue(
                &path,
                "The file cannot be read: the archive is damaged.".to_string(),
                "Le fichier est illisible : l'archive est endommagée.".to_string(),
            ));
            continue;
        }
        if buf.len() as u64 > allowed {
            issues.push(file_issue(
                &path,
                format!(
                    "The file holds more than {} of text; the intake accepts no more",
                    super::size_words(allowed).0
                ),
                format!(
                    "Le fichier contient plus de {} de texte; la réception n'en accepte pas plus",
                    super::size_words(allowed).1
                ),
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
    Ok(Workbook { sheets: vec![sheet], ..Workbook::default() })
}
