//! The values of an ODS table's cells, read in the walk of `content.xml` ([`super::spreadsheet`]'s `scan_ods`) as
//! the walk meets them: one [`OdsRun`] per cell element that holds a value or a formula, its repeats kept as a count
//! (never expanded here), so that what reading a table costs follows its filled cells, not its geometry. A blank
//! block of a million repeated rows, or empty cells repeated to the last column, costs the bytes of its element.
//!
//! Each cell is read as calamine 0.38's ODS reader read it (what the rest of the intake was built on), by ODF 1.2
//! §19.385 `office:value-type`: `float`, `percentage` and `currency` give `office:value` as a number; `date` gives
//! `office:date-value` as its ISO text; `time` gives `office:time-value` as an ISO duration; `boolean` gives
//! `office:boolean-value` (`true`/`TRUE`, which [`super::cell_values::check_ods_cell`] holds it to); `string` gives
//! `office:string-value` when the cell has one, else the text of its paragraphs (`text:p`, `text:h`) joined by a line
//! break, with `text:s` as its `text:c` spaces, `text:tab` as a tab and `text:line-break` as a line break, the text
//! of spans and links included and an annotation's left out. The first value attribute of the element is its value,
//! whatever its type says (calamine's reading; a type that disagrees with its value is refused by the check). An
//! error result (`calcext:value-type="error"`) stored with an empty string value is read as its text.
//!
//! One departure: white space between the elements of a cell, outside any paragraph (the indentation of a
//! pretty-printed file), is no text of the cell (ODF 1.2 §6.1.2), where calamine kept it.

use calamine::Data;
use quick_xml::events::{BytesRef, BytesStart};

/// One cell element of an ODS table holding a value or a formula, over the cells it stands for: rows `row` to
/// `last_row` and columns `col` to `last_col` (its `table:number-rows-repeated` row and its
/// `table:number-columns-repeated`), cut at the grid's edge; 0-based.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct OdsRun {
    /// The first row the element stands for.
    pub(super) row: u32,
    /// The first column the element stands for.
    pub(super) col: u32,
    /// The last row the element stands for.
    pub(super) last_row: u32,
    /// The last column the element stands for.
    pub(super) last_col: u32,
    /// Its value as calamine gave it (`Data::Empty` for a formula with no stored result).
    pub(super) value: Data,
    /// Its formula (`table:formula`), as written, when it has one.
    pub(super) formula: Option<Box<str>>,
}

impl OdsRun {
    /// How many cells the element stands for.
    pub(super) fn cells(&self) -> u64 {
        (u64::from(self.last_row) - u64::from(self.row) + 1) * (u64::from(self.last_col) - u64::from(self.col) + 1)
    }

    /// Bytes of text its value holds, once.
    pub(super) fn text_bytes(&self) -> usize {
        match &self.value {
            Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.len(),
            _ => 0,
        }
    }
}

/// The value of the cell element being read: set from its attributes when it opens, its text added as the walk
/// meets it, taken when it closes.
#[derive(Debug, Default)]
pub(super) struct OdsCellReader {
    value: Data,
    formula: Option<String>,
    /// Whether the value is the element's text (a string cell with no `office:string-value`, or an error result
    /// stored with an empty one).
    reading: bool,
    /// Whether the element's text is read beside a value attribute that gives the value: a string cell with an
    /// `office:string-value`, whose paragraphs are what the sheet shows ([`OdsCellReader::shown_differs`]).
    beside: bool,
    /// Paragraphs met so far in the element, and how many are open.
    paragraphs: u32,
    open: u32,
    text: String,
    /// Bytes of text kept at most (past them the cell is refused for its text anyway).
    most: usize,
}

impl OdsCellReader {
    /// Starts reading a `table:table-cell` or `table:covered-table-cell` element from its attributes, keeping at most
    /// `most_bytes` of its text.
    pub(super) fn start(&mut self, e: &BytesStart<'_>, most_bytes: usize) {
        *self = OdsCellReader { most: most_bytes, ..OdsCellReader::default() };
        let mut set = false;
        let mut string = false;
        let mut error = false;
        for a in e.attributes().flatten() {
            let key = a.key.as_ref();
            if !matches!(
                key,
                "office:value"
                    | "office:string-value"
                    | "office:date-value"
                    | "office:time-value"
                    | "office:boolean-value"
                    | "office:value-type"
                    | "calcext:value-type"
                    | "table:formula"
            ) {
                continue;
            }
            let Ok(v) = a.normalized_value(quick_xml::XmlVersion::Implicit1_0) else { continue };
            match key {
                "office:value" if !set => {
                    // A value that is no number is refused by the check before anything is read.
                    self.value = super::cell_values::xsd_double(&v).map_or(Data::Empty, Data::Float);
                    set = true;
                }
                "office:string-value" if !set => {
                    self.value = Data::String(v.into_owned());
                    set = true;
                }
                "office:date-value" if !set => {
                    self.value = Data::DateTimeIso(v.into_owned());
                    set = true;
                }
                "office:time-value" if !set => {
                    self.value = Data::DurationIso(v.into_owned());
                    set = true;
                }
                "office:boolean-value" if !set => {
                    self.value = Data::Bool(v == "TRUE" || v == "true");
                    set = true;
                }
                "office:value-type" if !set => string = v == "string",
                "calcext:value-type" => error = v == "error",
                "table:formula" => self.formula = Some(v.into_owned()),
                _ => {}
            }
        }
        if (!set && string) || (error && matches!(&self.value, Data::String(s) if s.is_empty())) {
            self.reading = true;
            self.value = Data::String(String::new());
        } else if string && matches!(self.value, Data::String(_)) {
            self.beside = true;
        }
    }

    /// The text a string cell's paragraphs show, when they show words other than its `office:string-value`, which is
    /// what is read: `Some("Mill at Hotan")` for `office:string-value="Mill"` over `<text:p>Mill at Hotan</text:p>`.
    /// Spacing is not compared (runs of white space, line breaks between paragraphs, the ends); a cell with no
    /// paragraph shows nothing to compare. The words shown are cut at `cell_values::RUN_TEXT` characters (an
    /// ellipsis marks the cut). Call before [`OdsCellReader::finish`].
    pub(super) fn shown_differs(&self) -> Option<String> {
        let Data::String(value) = &self.value else { return None };
        if !self.beside || self.paragraphs == 0 || value.split_whitespace().eq(self.text.split_whitespace()) {
            return None;
        }
        let mut shown = String::new();
        super::cell_values::keep_run_text(&mut shown, &self.text.split_whitespace().collect::<Vec<_>>().join(" "));
        Some(shown)
    }

    /// Follows a text element of the cell (`text:p`, `text:h`, `text:s`, `text:tab`, `text:line-break`) as it opens
    /// or stands empty; `name` is its name. Nothing is read of an annotation's elements: the caller does not pass
    /// them.
    pub(super) fn element(&mut self, name: &str, e: &BytesStart<'_>, empty: bool) {
        if !self.reading && !self.beside {
            return;
        }
        match name {
            "text:p" | "text:h" => {
                if self.paragraphs > 0 {
                    self.push("\n");
                }
                self.paragraphs = self.paragraphs.saturating_add(1);
                if !empty {
                    self.open = self.open.saturating_add(1);
                }
            }
            "text:s" => {
                let count = super::spreadsheet::attr(e, "text:c")
                    .and_then(|c| c.trim().parse::<usize>().ok())
                    .unwrap_or(1)
                    .min(self.most.saturating_sub(self.text.len()).saturating_add(1));
                for _ in 0..count {
                    self.push(" ");
                }
            }
            "text:tab" => self.push("\t"),
            "text:line-break" => self.push("\n"),
            _ => {}
        }
    }

    /// Follows the end of a paragraph of the cell.
    pub(super) fn end(&mut self, name: &str) {
        if (self.reading || self.beside) && matches!(name, "text:p" | "text:h") {
            self.open = self.open.saturating_sub(1);
        }
    }

    /// Adds a text of the cell (outside its annotations: the caller does not pass theirs). White space outside any
    /// paragraph is the file's layout, not the cell's text.
    pub(super) fn text(&mut self, text: &str) {
        if (self.reading || self.beside) && (self.open > 0 || !text.trim().is_empty()) {
            self.push(text);
        }
    }

    /// Adds a reference of the cell's text (`&amp;`, `&#xA0;`).
    pub(super) fn reference(&mut self, r: &BytesRef<'_>) {
        if !self.reading && !self.beside {
            return;
        }
        if let Some(s) = quick_xml::escape::resolve_xml_entity(r.as_ref()) {
            self.push(s);
        } else if let Ok(Some(c)) = r.resolve_char_ref() {
            let mut b = [0u8; 4];
            self.push(c.encode_utf8(&mut b));
        }
    }

    fn push(&mut self, s: &str) {
        if self.text.len() > self.most {
            return;
        }
        let room = self.most + 1 - self.text.len();
        if s.len() <= room {
            self.text.push_str(s);
        } else {
            // Cut at a character's edge: the cell is past the budget either way.
            let mut end = room;
            while !s.is_char_boundary(end) {
                end -= 1;
            }
            self.text.push_str(s.get(..end).unwrap_or_default());
            self.text.push(' ');
        }
    }

    /// The cell's value and formula once its element closes; `None` when it holds neither (calamine stored nothing
    /// for it).
    pub(super) fn finish(&mut self) -> Option<(Data, Option<String>)> {
        let mut value = std::mem::take(&mut self.value);
        if self.reading {
            value = Data::String(std::mem::take(&mut self.text));
            self.reading = false;
        }
        let formula = self.formula.take().filter(|f| !f.is_empty());
        (value != Data::Empty || formula.is_some()).then_some((value, formula))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use quick_xml::events::Event;

    /// The value of the one cell of `xml` as the walk reads it.
    fn read(xml: &str) -> Option<(Data, Option<String>)> {
        let mut reader = quick_xml::Reader::from_str(xml);
        reader.config_mut().trim_text(false);
        let mut cell = OdsCellReader::default();
        let mut annotation = 0u32;
        loop {
            match reader.read_event().unwrap() {
                Event::Start(e) | Event::Empty(e)
                    if matches!(e.name().as_ref(), "table:table-cell" | "table:covered-table-cell") =>
                {
                    cell.start(&e, 1000);
                }
                Event::Start(e) if e.name().as_ref() == "office:annotation" => annotation += 1,
                Event::End(e) if e.name().as_ref() == "office:annotation" => annotation -= 1,
                ev @ (Event::Start(_) | Event::Empty(_)) if annotation == 0 => {
                    let empty = matches!(ev, Event::Empty(_));
                    if let Event::Start(e) | Event::Empty(e) = ev {
                        let name = e.name().as_ref().to_string();
                        cell.element(&name, &e, empty);
                    }
                }
                Event::End(e) if annotation == 0 => cell.end(e.name().as_ref()),
                Event::Text(t) if annotation == 0 => cell.text(&t.xml10_content()),
                Event::GeneralRef(r) if annotation == 0 => cell.reference(&r),
                Event::Eof => break,
                _ => {}
            }
        }
        cell.finish()
    }

    #[test]
    fn each_value_type_gives_its_value_attribute() {
        let cell = |attrs: &str| read(&format!("<table:table-cell {attrs}/>")).map(|(v, _)| v);
        assert_eq!(cell(r#"office:value-type="float" office:value="12.5""#), Some(Data::Float(12.5)));
        assert_eq!(cell(r#"office:value-type="percentage" office:value="0.35""#), Some(Data::Float(0.35)));
        assert_eq!(
            cell(r#"office:value-type="currency" office:currency="CAD" office:value="3""#),
            Some(Data::Float(3.0))
        );
        assert_eq!(
            cell(r#"office:value-type="date" office:date-value="2026-03-31""#),
            Some(Data::DateTimeIso("2026-03-31".into()))
        );
        assert_eq!(
            cell(r#"office:value-type="time" office:time-value="PT12H30M00S""#),
            Some(Data::DurationIso("PT12H30M00S".into()))
        );
        assert_eq!(cell(r#"office:value-type="boolean" office:boolean-value="true""#), Some(Data::Bool(true)));
        assert_eq!(cell(r#"office:value-type="boolean" office:boolean-value="false""#), Some(Data::Bool(false)));
        assert_eq!(cell(r#"office:value-type="string" office:string-value="Kept""#), Some(Data::String("Kept".into())));
        assert_eq!(cell(r#"table:style-name="ce1" table:number-columns-repeated="1020""#), None);
    }

    #[test]
    fn a_string_is_the_text_of_its_paragraphs_as_a_spreadsheet_shows_it() {
        let text = |inner: &str| match read(&format!(
            r#"<table:table-cell office:value-type="string">{inner}</table:table-cell>"#
        )) {
            Some((Data::String(s), None)) => s,
            other => panic!("{inner}: {other:?}"),
        };
        assert_eq!(text("<text:p>Example Rope Inc.</text:p>"), "Example Rope Inc.");
        assert_eq!(text("<text:p>a<text:s/>b<text:s text:c=\"3\"/>c</text:p>"), "a b   c");
        assert_eq!(text("<text:p>a<text:tab/>b<text:line-break/>c</text:p>"), "a\tb\nc");
        assert_eq!(text("<text:p>one</text:p><text:p>two</text:p><text:p/>"), "one\ntwo\n");
        assert_eq!(
            text("<text:p>Ja<text:span text:style-name=\"T1\">lan</text:span> &amp; <text:a>Co</text:a></text:p>"),
            "Jalan & Co"
        );
        assert_eq!(text("<text:p>&#x4E2D;&#20013;</text:p>"), "中中");
        // An annotation is no text of the cell; the layout of a pretty-printed file is none either.
        assert_eq!(
            text("\n  <office:annotation><text:p>a note</text:p></office:annotation>\n  <text:p> Perak </text:p>\n"),
            " Perak "
        );
    }

    #[test]
    fn a_formula_is_kept_with_its_result_or_alone_and_an_error_is_its_text() {
        assert_eq!(
            read(r#"<table:table-cell table:formula="of:=[.A1]*2" office:value-type="float" office:value="4"/>"#),
            Some((Data::Float(4.0), Some("of:=[.A1]*2".into())))
        );
        assert_eq!(
            read(r#"<table:table-cell table:formula="of:=[.A1]"/>"#),
            Some((Data::Empty, Some("of:=[.A1]".into())))
        );
        assert_eq!(
            read(
                r#"<table:table-cell table:formula="of:=1/0" office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>"#
            ),
            Some((Data::String("#DIV/0!".into()), Some("of:=1/0".into())))
        );
    }

    #[test]
    fn a_text_longer_than_the_budget_is_cut_just_past_it() {
        let long = format!(
            r#"<table:table-cell office:value-type="string"><text:p>{}<text:s text:c="4000000000"/></text:p></table:table-cell>"#,
            "é".repeat(800)
        );
        let Some((Data::String(s), _)) = read(&long) else { panic!() };
        assert!(s.len() > 1000 && s.len() < 1010, "{}", s.len());
    }
}
