//! Tables downloaded as CSV or XLSX, in the reader's language.
//!
//! A CSV follows the conventions the spreadsheet of its reader expects, since a CSV file carries no locale of its
//! own: Excel (and LibreOffice) opening a CSV in a French locale split it on `;` and read `12,5` as a number, in
//! an English locale on `,` with `12.5`. So a French export is `;`-separated with decimal commas, an English one
//! `,`-separated with decimal points; both are UTF-8 with a byte-order mark (without it Excel reads the accents as
//! Windows-1252). Numbers are written without thousands separators, which every spreadsheet reads back as numbers.
//! XLSX has no such question: numbers are numbers, text is text.
//!
//! Text a spreadsheet would run as a formula is written inert (`import::inert`) in both formats.

use crate::domain::Lang;

/// One cell of an export.
#[derive(Debug, Clone, PartialEq)]
pub enum ExportCell {
    /// Written as text, never evaluated.
    Text(String),
    /// Written as a number a spreadsheet can sum and sort.
    Number(f64),
    /// Nothing.
    Empty,
}

impl ExportCell {
    /// A text cell.
    pub fn text(s: impl Into<String>) -> Self {
        ExportCell::Text(s.into())
    }

    /// A number cell; a number that is not finite is written empty.
    pub fn number(x: f64) -> Self {
        if x.is_finite() { ExportCell::Number(x) } else { ExportCell::Empty }
    }

    /// A cell from text that holds a number in the program's own form (`1234`, `12.5`, as `format!` writes
    /// them) or text: for rows built as text whose numbers must still export as numbers.
    pub fn from_plain(s: String) -> Self {
        let plain = !s.is_empty()
            && s.chars().all(|c| c.is_ascii_digit() || c == '.' || c == '-')
            && s.chars().filter(|c| *c == '.').count() <= 1
            && !s.starts_with('.')
            && !s.ends_with('.')
            && s.rfind('-').is_none_or(|i| i == 0);
        match s.parse::<f64>() {
            Ok(x) if plain && x.is_finite() => ExportCell::Number(x),
            _ => ExportCell::Text(s),
        }
    }

    /// The cell as a CSV field in a language (numbers with the language's decimal mark).
    fn csv_field(&self, lang: Lang) -> String {
        match self {
            ExportCell::Text(s) => crate::import::inert(s),
            ExportCell::Number(x) => {
                let s = x.to_string();
                if lang == Lang::Fr { s.replace('.', ",") } else { s }
            }
            ExportCell::Empty => String::new(),
        }
    }
}

/// The sheet of each XLSX export, named by a catalogue key (`export-sheet-*`) whose text, in both languages, fits
/// Excel's 31 characters and uses none of `[]:*?/\\` (a test checks every one: a name is never cut).
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumIter)]
pub enum ExportSheet {
    /// A solicitation's side-by-side comparison.
    Comparison,
    /// The portfolio risk dashboard.
    Dashboard,
    /// The S-211 figures of a solicitation's case.
    S211,
}

impl ExportSheet {
    /// The catalogue key of the sheet's name.
    pub fn key(self) -> &'static str {
        match self {
            ExportSheet::Comparison => "export.sheet_comparison",
            ExportSheet::Dashboard => "export.sheet_dashboard",
            ExportSheet::S211 => "export.sheet_s211",
        }
    }
}

/// The field separator of a CSV in a language.
pub fn csv_separator(lang: Lang) -> u8 {
    match lang {
        Lang::En => b',',
        Lang::Fr => b';',
    }
}

/// Rows as CSV in a language: UTF-8 with a byte-order mark, `,` and decimal points in English, `;` and decimal
/// commas in French; every row padded to the widest, so that spreadsheets see one table.
pub fn to_csv(lang: Lang, rows: &[Vec<ExportCell>]) -> Result<Vec<u8>, csv::Error> {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0);
    let mut w = csv::WriterBuilder::new().delimiter(csv_separator(lang)).from_writer(b"\xEF\xBB\xBF".to_vec());
    for r in rows {
        let mut fields: Vec<String> = r.iter().map(|c| c.csv_field(lang)).collect();
        fields.resize(width, String::new());
        w.write_record(&fields)?;
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

/// Rows as XLSX: text as text (so nothing is evaluated, formula-like text made inert), numbers as numbers; the first `header_rows` rows bold, the
/// table frozen below them and right of the first column.
pub fn to_xlsx(sheet: &str, header_rows: u32, rows: &[Vec<ExportCell>]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let ws = wb.add_worksheet().set_name(sheet)?;
    for (r, row) in rows.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            let (r, c) = (u32::try_from(r).unwrap_or(u32::MAX), u16::try_from(c).unwrap_or(u16::MAX));
            match value {
                // Text cells are never evaluated, but one edited and entered again would be: inert as in CSV.
                ExportCell::Text(s) if r < header_rows || c == 0 => {
                    ws.write_string_with_format(r, c, crate::import::inert(s), &bold)?;
                }
                ExportCell::Text(s) => {
                    ws.write_string(r, c, crate::import::inert(s))?;
                }
                ExportCell::Number(x) => {
                    ws.write_number(r, c, *x)?;
                }
                ExportCell::Empty => {}
            }
        }
    }
    ws.set_freeze_panes(header_rows, 1)?;
    ws.set_column_width(0, 40)?;
    wb.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_export_sheet_name_fits_excel_whole_in_both_languages() {
        use strum::IntoEnumIterator;
        let catalog = crate::reports::Catalog::embedded().unwrap();
        for sheet in ExportSheet::iter() {
            for lang in [Lang::En, Lang::Fr] {
                let name = catalog.get(lang, sheet.key());
                assert_ne!(name, sheet.key(), "{sheet:?} has no name in {lang:?}");
                assert!(name.chars().count() <= 31, "{lang:?} {sheet:?}: {name:?} is longer than 31 characters");
                assert!(!name.contains(['[', ']', ':', '*', '?', '/', '\\']), "{lang:?} {sheet:?}: {name:?}");
                assert_eq!(name.trim(), name, "{lang:?} {sheet:?}: {name:?}");
                // Excel refuses the name, or the workbook would not be written.
                to_xlsx(name, 1, &sample()).unwrap();
            }
        }
    }

    fn sample() -> Vec<Vec<ExportCell>> {
        vec![
            vec![ExportCell::text("Mesure"), ExportCell::text("Cordages; Nordiques"), ExportCell::text("=1+1")],
            vec![ExportCell::text("Travail forcé"), ExportCell::number(42.5), ExportCell::number(1_250_000.5)],
        ]
    }

    #[test]
    fn a_french_csv_is_semicolon_separated_with_decimal_commas_and_a_bom() {
        let csv = to_csv(Lang::Fr, &sample()).unwrap();
        assert!(csv.starts_with(b"\xEF\xBB\xBF"));
        let text = String::from_utf8(csv[3..].to_vec()).unwrap();
        assert_eq!(text, "Mesure;\"Cordages; Nordiques\";'=1+1\nTravail forcé;42,5;1250000,5\n");
    }

    #[test]
    fn an_english_csv_is_comma_separated_with_decimal_points() {
        let csv = to_csv(Lang::En, &sample()).unwrap();
        let text = String::from_utf8(csv[3..].to_vec()).unwrap();
        assert_eq!(text, "Mesure,Cordages; Nordiques,'=1+1\nTravail forcé,42.5,1250000.5\n");
    }

    #[test]
    fn plain_numbers_become_numbers_and_other_text_stays_text() {
        assert_eq!(ExportCell::from_plain("12.5".into()), ExportCell::Number(12.5));
        assert_eq!(ExportCell::from_plain("-3".into()), ExportCell::Number(-3.0));
        assert_eq!(ExportCell::from_plain("2026-04-01".into()), ExportCell::Text("2026-04-01".into()));
        assert_eq!(ExportCell::from_plain("1e5".into()), ExportCell::Text("1e5".into()));
        assert_eq!(ExportCell::from_plain("inf".into()), ExportCell::Text("inf".into()));
        assert_eq!(ExportCell::from_plain("W0113".into()), ExportCell::Text("W0113".into()));
    }
}
