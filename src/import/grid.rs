//! The sheet grid every carrier is read into: sheets of rows of cells, and how a cell's place is named.

use chrono::NaiveDate;

/// One cell's value, as read from any carrier.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    /// A number; `date` when the cell is date-formatted.
    Number(f64),
    Bool(bool),
    Date(NaiveDate),
    /// A spreadsheet error value (`#REF!` …).
    Error(String),
}

impl Cell {
    /// Whether the cell holds a value (an empty string is no value).
    pub fn is_blank(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as text: numbers that are whole are written without decimals (identifiers typed as numbers).
    pub fn text(&self) -> Option<String> {
        match self {
            Cell::Empty => None,
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
                Some(t.to_string())
            }
            Cell::Number(n) => {
                Some(if n.fract() == 0.0 && n.abs() < 1e15 { format!("{}", *n as i64) } else { n.to_string() })
            }
            Cell::Bool(b) => Some(if *b { "TRUE".into() } else { "FALSE".into() }),
            Cell::Date(d) => Some(d.to_string()),
            Cell::Error(e) => Some(e.clone()),
        }
    }
}

/// How places in a sheet are named.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// `Sheet!B7`.
    A1,
    /// `places_of_work[5].country` (row 0 is the header of keys).
    Json,
    /// `supplier.legal_name` (a JSON object read as a label/value form).
    JsonObject,
}

/// One sheet: its name as written in the file, and its rows from the first row of the sheet.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<Cell>>,
    pub style: Style,
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

impl Sheet {
    /// The cell at a row and column, `Empty` past the edges.
    pub fn cell(&self, row: usize, col: usize) -> &Cell {
        self.rows.get(row).and_then(|r| r.get(col)).unwrap_or(&Cell::Empty)
    }

    /// The name of a cell's place.
    pub fn place(&self, row: usize, col: usize) -> String {
        match self.style {
            Style::A1 => format!("{}!{}{}", self.name, column_letters(col), row + 1),
            Style::Json => {
                let key = self.cell(0, col).text().unwrap_or_default();
                format!("{}[{}].{}", self.name, row.saturating_sub(1), key)
            }
            Style::JsonObject => {
                let key = self.cell(row, 0).text().unwrap_or_default();
                format!("{}.{}", self.name, key)
            }
        }
    }

    /// The name of a row's place (for a row-level problem such as a duplicate id).
    pub fn row_place(&self, row: usize) -> String {
        match self.style {
            Style::A1 => format!("{}!A{}", self.name, row + 1),
            Style::Json => format!("{}[{}]", self.name, row.saturating_sub(1)),
            Style::JsonObject => self.name.clone(),
        }
    }
}

/// Every sheet of a file.
#[derive(Debug, Clone, Default)]
pub struct Workbook {
    pub sheets: Vec<Sheet>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_roll_over_after_z() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(10), "K");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn whole_numbers_read_as_their_digits() {
        assert_eq!(Cell::Number(123456782.0).text().as_deref(), Some("123456782"));
        assert_eq!(Cell::Number(2.5).text().as_deref(), Some("2.5"));
        assert_eq!(Cell::Text("'=SUM(A1)".into()).text().as_deref(), Some("=SUM(A1)"));
        assert_eq!(Cell::Text("  ".into()).text(), None);
    }
}
