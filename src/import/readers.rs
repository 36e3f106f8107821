//! Carriers → sheet grid: spreadsheets through calamine, CSV files alone or in a zip, JSON documents. Limits are
//! checked here, before and while reading, so a hostile file costs little.

use std::io::{Cursor, Read};

use super::Limits;
use super::grid::{Budget, Workbook};
use super::spreadsheet::Format;
use crate::domain::{Issue, Message};

/// An error of the file as a whole (no cell, no field), said by the catalogues (`intake.*` of `intake.ftl`).
fn file_said(file_name: &str, message: &Message) -> Issue {
    Issue::said_error(file_name, None, message)
}

/// A size as a message of the catalogues (`intake.size.*`): `512 MiB` / `512 Mio`, `64 KiB` / `64 Kio`, in bytes below
/// one KiB (binary units, as the limits are set), to a tenth, its number written by CLDR's rules of the language.
pub(super) fn size_said(bytes: u64) -> Message {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * 1024;
    let (n, key) = if bytes >= MIB {
        (bytes as f64 / MIB as f64, "intake.size.mib")
    } else if bytes >= KIB {
        (bytes as f64 / KIB as f64, "intake.size.kib")
    } else {
        (bytes as f64, "intake.size.bytes")
    };
    Message::new(key).number("n", (n * 10.0).round() / 10.0)
}

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
        let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
            tracing::info!(file = file_name, detail = %crate::telemetry::Chain(&e), "zip archive refused");
            file_said(file_name, &Message::new("intake.file.zip_unopenable"))
        })?;
        let names: Vec<String> = archive.file_names().filter_map(|n| n.ok().map(|n| n.into_owned())).collect();
        if names.iter().any(|n| n == "[Content_Types].xml") {
            let binary = names.iter().any(|n| n.ends_with("workbook.bin"));
            return Ok(Carrier::Spreadsheet(if binary { Format::Xlsb } else { Format::Xlsx }));
        }
        // An Office Open XML package without its content types (ECMA-376 part 2, §10.1.2.2: every package has
        // one): a workbook's parts with the part that says what they are missing, refused naming it rather than
        // read as a zip of CSV files whose sheets are all missing.
        let office = names.iter().any(|n| {
            let n = n.replace('\\', "/").to_ascii_lowercase();
            n == "_rels/.rels" || n.starts_with("xl/")
        });
        if office {
            let cause = Message::new("intake.workbook.cause.part_missing").text("part", "[Content_Types].xml");
            return Err(file_said(file_name, &Message::new("intake.workbook.damaged").said("cause", cause)));
        }
        if names.iter().any(|n| n == "mimetype" || n == "content.xml") || lower.ends_with(".ods") {
            // A document saved with a password holds its parts encrypted, each named so in its manifest
            // (OpenDocument 1.3, part 3, 4.8 `<manifest:encryption-data>`).
            if manifest_says_encrypted(&mut archive) {
                return Err(file_said(file_name, &Message::new("intake.workbook.encrypted")));
            }
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
    Err(file_said(file_name, &Message::new("intake.file.not_a_declaration")))
}

/// Whether an OpenDocument package's manifest (`META-INF/manifest.xml`, its first 1 MiB) names the encryption of a
/// part: the document was saved with a password. False when it has no manifest or names none.
fn manifest_says_encrypted(archive: &mut zip::ZipArchive<Cursor<&[u8]>>) -> bool {
    let Ok(manifest) = archive.by_name("META-INF/manifest.xml") else { return false };
    let mut text = Vec::new();
    manifest.take(1 << 20).read_to_end(&mut text).is_ok()
        && text.windows(b"encryption-data".len()).any(|w| w == b"encryption-data")
}

/// Checks an archive before anything else reads it: its declared and actual inflated sizes against the limit, and
/// the count of shared strings of an XLSX (calamine holds them all in memory when it opens the workbook, so a
/// part of millions of tiny strings is refused here, counted while it inflates).
pub fn check_archive(file_name: &str, bytes: &[u8], limits: &Limits) -> Result<(), Issue> {
    let too_big = |n: u64| {
        let m = Message::new("intake.archive.zip_bomb")
            .said("limit", size_said(limits.max_inflated_bytes))
            .said("size", size_said(n));
        file_said(file_name, &m)
    };
    let damaged = |e: &(dyn std::error::Error + 'static)| {
        tracing::info!(file = file_name, detail = %crate::telemetry::Chain(e), "archive refused as damaged");
        file_said(file_name, &Message::new("intake.archive.damaged"))
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
                        let m = Message::new("intake.archive.declared_texts")
                            .number("declared", declared as f64)
                            .number("most", limits.max_cells as f64);
                        return Err(file_said(file_name, &m));
                    }
                }
            }
            if shared_strings {
                let chunk = buf.get(..carry + n).unwrap_or_default();
                strings += memchr::memmem::find_iter(chunk, b"<si>").count()
                    + memchr::memmem::find_iter(chunk, b"<si ").count();
                if strings > limits.max_cells {
                    let m = Message::new("intake.archive.too_many_texts").number("most", limits.max_cells as f64);
                    return Err(file_said(file_name, &m));
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
        let m = match self {
            LongRun::Text => Message::new("intake.archive.long_text").number("most", limits.max_cell_chars as f64),
            LongRun::Blank => Message::new("intake.archive.long_blank"),
            LongRun::Tag => Message::new("intake.archive.long_tag"),
        };
        file_said(file_name, &m.text("part", part))
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
        vec![file_said(file_name, &Message::new("intake.archive.unopenable"))]
    })?;
    let mut wb = Workbook::default();
    let mut issues = Vec::new();
    let csv_count =
        archive.file_names().filter_map(Result::ok).filter(|n| n.to_ascii_lowercase().ends_with(".csv")).count();
    if csv_count > limits.max_sheets {
        let m = Message::new("intake.archive.too_many_csv")
            .number("count", csv_count as f64)
            .number("most", limits.max_sheets as f64);
        return Err(vec![file_said(file_name, &m)]);
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
            issues.push(file_said(&path, &Message::new("intake.archive.file_unreadable")));
            continue;
        }
        if buf.len() as u64 > allowed {
            let m = Message::new("intake.archive.file_too_long").said("size", size_said(allowed));
            issues.push(file_said(&path, &m));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_size_said_by_the_catalogues_reads_as_the_intake_writes_sizes() {
        for bytes in [0, 100, 1023, 1024, 64 * 1024, 25 * 1024 * 1024 + 512 * 1024, 536_870_912, 3 * 1024 * 1024 - 1] {
            let (en, fr) = crate::domain::say_both(&size_said(bytes));
            assert_eq!((en, fr), super::super::size_words(bytes), "{bytes}");
        }
    }

    #[test]
    fn archive_refusals_are_said_in_both_languages_with_counts_by_cldr() {
        let limits = Limits { max_inflated_bytes: 2 * 1024 * 1024, max_sheets: 1, ..Limits::default() };
        let budget = || Budget { max_rows: 10, max_columns: 5, max_cells: 20, text_bytes_left: 1000 };
        let zip = |files: &[(&str, &str)]| {
            let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
            for (name, text) in files {
                w.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
                std::io::Write::write_all(&mut w, text.as_bytes()).unwrap();
            }
            w.finish().unwrap().into_inner()
        };
        let bomb = zip(&[("Supplier.csv", &"0".repeat(3 * 1024 * 1024))]);
        let issue = check_archive("bomb.zip", &bomb, &limits).unwrap_err();
        assert_eq!(issue.location, "bomb.zip");
        assert_eq!(
            issue.message_en,
            "The archive inflates to more than 2 MiB (3 MiB or more): it is refused as a possible zip bomb"
        );
        assert_eq!(
            issue.message_fr,
            "L'archive se décompresse en plus de 2\u{a0}Mio (3\u{a0}Mio ou plus)\u{a0}: elle est refusée comme possible \
             bombe de décompression"
        );
        let two = zip(&[("Supplier.csv", "a"), ("Goods.csv", "b")]);
        let issues = read_csv_zip("two.zip", &two, &limits, &mut budget(), &mut Vec::new()).unwrap_err();
        assert_eq!(issues[0].message_en, "The archive holds 2 CSV files; at most 1 is accepted");
        assert_eq!(issues[0].message_fr, "L'archive contient 2 fichiers CSV\u{202f}; au plus 1 est accepté");
        let many = Limits { max_sheets: 1200, ..limits };
        let csvs: Vec<(String, &str)> = (0..1201).map(|i| (format!("f{i}.csv"), "a")).collect();
        let csvs: Vec<(&str, &str)> = csvs.iter().map(|(n, t)| (n.as_str(), *t)).collect();
        let issues = read_csv_zip("many.zip", &zip(&csvs), &many, &mut budget(), &mut Vec::new()).unwrap_err();
        assert_eq!(issues[0].message_en, "The archive holds 1,201 CSV files; at most 1,200 are accepted");
        assert_eq!(
            issues[0].message_fr,
            "L'archive contient 1\u{a0}201 fichiers CSV\u{202f}; au plus 1\u{a0}200 sont acceptés"
        );
    }
}
