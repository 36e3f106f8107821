//! The UFLPA Entity List saved as a web page, read by the HTML standard's tokenizer (html5ever): every character
//! reference decoded as a browser decodes it (`&#8217;`, `&#x2019;`, `&eacute;`, `&rsquo;` …), the text of
//! `<script>`, `<style>` and the other raw-text elements and comments kept out of every cell, a cell or row left open
//! closed by the next one as a browser closes it. Each token keeps its line, which names a row's problems; the end
//! tags written tell a file cut short (a table or the document never closed), which is refused where it stops.

use std::cell::RefCell;

use chrono::NaiveDate;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer};

use super::parse::{At, Value, check_value, date_value, products_clause, section_of, uflpa_entry, value_ok};
use super::{Entry, ListProblem};
use crate::domain::text::fold_label;

/// One piece of the page as the reader needs it: a tag opened (its name, the columns a cell spans), a tag closed,
/// or text (references decoded); each with its line, from 1.
#[derive(Debug)]
enum Piece {
    Open { name: String, span: usize, line: usize },
    Close { name: String, line: usize },
    Text(String),
}

/// Elements whose text a browser does not show (raw text, read to their end tag without tags inside).
const HIDDEN: &[&str] = &["script", "style", "template", "noscript", "iframe", "noembed", "noframes", "xmp"];
/// Elements that sit inside a line of text: their tags separate no words (`Jin<b>ao</b>` is `Jinao`).
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s", "samp",
    "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
];

/// Collects the pieces; tells the tokenizer to read the inside of a hidden element as raw text.
#[derive(Default)]
struct Collect {
    pieces: RefCell<Vec<Piece>>,
    /// The hidden element being read (its text is dropped) and how deep it is nested in itself.
    hidden: RefCell<Option<String>>,
}

impl TokenSink for Collect {
    type Handle = ();

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<()> {
        let line = usize::try_from(line_number).unwrap_or(usize::MAX);
        let mut pieces = self.pieces.borrow_mut();
        let mut hidden = self.hidden.borrow_mut();
        match token {
            Token::TagToken(tag) => {
                let name = tag.name.to_ascii_lowercase().to_string();
                if let Some(h) = hidden.as_deref() {
                    if tag.kind == TagKind::EndTag && h == name {
                        *hidden = None;
                    }
                    return TokenSinkResult::Continue;
                }
                match tag.kind {
                    TagKind::StartTag => {
                        let span = tag
                            .attrs
                            .iter()
                            .find(|a| &*a.name.local == "colspan")
                            .and_then(|a| a.value.trim().parse::<usize>().ok())
                            .unwrap_or(1);
                        if HIDDEN.contains(&name.as_str()) && !tag.self_closing {
                            *hidden = Some(name.clone());
                            let kind = if name == "script" { RawKind::ScriptData } else { RawKind::Rawtext };
                            return TokenSinkResult::RawData(kind);
                        }
                        pieces.push(Piece::Open { name, span, line });
                    }
                    TagKind::EndTag => pieces.push(Piece::Close { name, line }),
                }
            }
            Token::CharacterTokens(t) if hidden.is_none() => push_text(&mut pieces, &t),
            // The tokenizer hands a NUL of the text on as a token of its own; it is kept, so that the character
            // policy names it where it stands, as a browser would not show it.
            Token::NullCharacterToken if hidden.is_none() => push_text(&mut pieces, &StrTendril::from_slice("\0")),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

fn push_text(pieces: &mut Vec<Piece>, t: &StrTendril) {
    if let Some(Piece::Text(last)) = pieces.last_mut() {
        last.push_str(t);
    } else {
        pieces.push(Piece::Text(t.to_string()));
    }
}

/// The page as pieces.
fn pieces(text: &str) -> Vec<Piece> {
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(text));
    let tokenizer = Tokenizer::new(Collect::default(), Default::default());
    // The sink never asks to stop for a script: `feed` reads the whole input in one call.
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.pieces.take()
}

/// The line of the last line of `text` that holds anything but white space (where a file cut short stops).
fn last_line(text: &str) -> usize {
    text.trim_end().lines().count().max(1)
}

/// A row being read: its cells (text, columns spanned, whether a header cell) and its line.
#[derive(Default)]
struct Row {
    cells: Vec<(String, usize, bool)>,
    /// The footnote marks written in `<sup>` in a cell (`<sup>1</sup>`), by the cell's place in `cells`: taken out
    /// of its text ([`is_footnote_mark`]).
    notes: Vec<(usize, String)>,
    line: usize,
}

/// Whether the text of a `<sup>` is a footnote mark, not a part of the name: one to three digits, one to three
/// asterisks, a dagger or double dagger, or one small letter, bare or in brackets (`1`, `[2]`, `(a)`, `*`, `†`).
pub(super) fn is_footnote_mark(text: &str) -> bool {
    let t = text.trim();
    let t = t
        .strip_prefix('[')
        .and_then(|t| t.strip_suffix(']'))
        .or_else(|| t.strip_prefix('(').and_then(|t| t.strip_suffix(')')))
        .unwrap_or(t);
    let n = t.chars().count();
    (1..=3).contains(&n)
        && (t.chars().all(|c| c.is_ascii_digit())
            || t.chars().all(|c| c == '*')
            || matches!(t, "†" | "‡" | "††")
            || (n == 1 && t.chars().all(|c| c.is_ascii_lowercase())))
}

/// Ends the `<sup>` being read in a cell, if any: a footnote mark ([`is_footnote_mark`]) is kept apart in
/// `notes.1`; any other superscript is text of the cell, as a browser shows it.
fn end_sup(cell: &mut Option<(String, usize, bool)>, notes: &mut (Option<String>, Vec<String>)) {
    if let (Some(s), Some((t, _, _))) = (notes.0.take(), cell.as_mut()) {
        if is_footnote_mark(&s) {
            notes.1.push(collapse(&s));
        } else {
            t.push_str(&s);
        }
    }
}

/// White space collapsed.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The HTML page of the list: headings, captions or the text just before a table (the last mention of a section
/// 2(d)(2)(B)(…) of the Act with its clause, as DHS's page writes it in a paragraph) name sections, table rows name
/// entities. A row of one cell spanning several
/// columns (a note across the table, `<td colspan="2">Note: …</td>`) names no entity and is passed over; so is a
/// row with no name. A file whose table, or whose document once opened with `<html>`, is never closed is refused
/// at the line where it stops: a page cut short would otherwise pass for an edition without its last entries.
pub(super) fn uflpa_html(text: &str, problems: &mut Vec<ListProblem>) -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut section: Option<String> = None;
    let mut columns: Option<(usize, Option<usize>)> = None;
    let mut heading: Option<String> = None;
    // The text outside tables since the last table: DHS's page labels each table with a paragraph before it
    // (`<p><strong>A list of entities …</strong> - <a …>Section 2(d)(2)(B)(i)</a></p>`), not a heading.
    let mut between = String::new();
    let mut row: Option<Row> = None;
    // The cell being read: its text, span, whether a header cell.
    let mut cell: Option<(String, usize, bool)> = None;
    // The text of a `<sup>` being read in the cell, and the footnote marks the cell holds so far.
    let mut notes: (Option<String>, Vec<String>) = (None, Vec::new());
    let mut tables: Vec<usize> = Vec::new();
    // Inside a table nested in the list's table: how deep (its rows and cells are none of the list's).
    let mut nested = 0usize;
    // A row refused (a table nested in it): its other cells are passed over until it ends.
    let mut refused_row = false;
    let (mut html_opened, mut html_closed) = (None, false);
    let mut line = 1;
    let finish_cell =
        |row: &mut Option<Row>, cell: &mut Option<(String, usize, bool)>, notes: &mut (Option<String>, Vec<String>)| {
            // A `<sup>` left open ends with its cell.
            end_sup(cell, notes);
            if let (Some(r), Some((t, span, th))) = (row.as_mut(), cell.take()) {
                let text = if crate::domain::characters::first_refused(&t, true).is_some() { t } else { collapse(&t) };
                let at = r.cells.len();
                r.notes.extend(notes.1.drain(..).map(|m| (at, m)));
                r.cells.push((text, span, th));
            }
            notes.1.clear();
        };
    let mut finish_row = |row: &mut Option<Row>,
                          cell: &mut Option<(String, usize, bool)>,
                          notes: &mut (Option<String>, Vec<String>),
                          section: &Option<String>,
                          columns: &mut Option<(usize, Option<usize>)>,
                          problems: &mut Vec<ListProblem>| {
        finish_cell(row, cell, notes);
        if let Some(r) = row.take() {
            read_row(r, section, columns, &mut entries, problems);
        }
    };
    for piece in pieces(text) {
        // A table nested in a cell: what it holds is passed over (its tables counted, so that one never closed is
        // still named), and so is the rest of the row it stands in.
        match &piece {
            Piece::Open { name, line: l, .. } if nested > 0 || refused_row => {
                line = *l;
                match name.as_str() {
                    "table" if nested > 0 => {
                        nested += 1;
                        tables.push(*l);
                        continue;
                    }
                    "tr" | "table" if nested == 0 => refused_row = false,
                    _ => continue,
                }
            }
            Piece::Close { name, line: l } if nested > 0 || refused_row => {
                line = *l;
                match name.as_str() {
                    "table" if nested > 0 => {
                        nested -= 1;
                        tables.pop();
                        continue;
                    }
                    "tr" if nested == 0 => {
                        refused_row = false;
                        continue;
                    }
                    "table" => refused_row = false,
                    _ => continue,
                }
            }
            Piece::Text(_) if nested > 0 || refused_row => continue,
            _ => {}
        }
        match piece {
            Piece::Open { name, span, line: l } => {
                line = l;
                match name.as_str() {
                    "html" => html_opened = html_opened.or(Some(l)),
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "caption" => heading = Some(String::new()),
                    // A table inside the list's table (in a cell, as a browser places it): its rows are no rows
                    // of the list, and the cell holding it is not one value. The row is refused, naming it.
                    "table" if !tables.is_empty() => {
                        let at = row.as_ref().map_or(l, |r| r.line);
                        problems.push(nested_table(at, l, tables.last().copied().unwrap_or(l)));
                        (row, cell, refused_row, nested) = (None, None, true, 1);
                        notes = (None, Vec::new());
                        tables.push(l);
                    }
                    "table" => {
                        finish_row(&mut row, &mut cell, &mut notes, &section, &mut columns, problems);
                        // The section the text just before the table names, nearest first, labels it.
                        if let Some(s) = super::parse::last_section_of(&between) {
                            section = Some(s);
                            columns = None;
                        }
                        between.clear();
                        tables.push(l);
                    }
                    // A row or cell outside any table is no row: a browser shows its text, not a table.
                    "tr" | "td" | "th" if tables.is_empty() => {
                        if !refused_row {
                            problems.push(outside_table(l));
                        }
                        refused_row = true;
                    }
                    "tr" => {
                        finish_row(&mut row, &mut cell, &mut notes, &section, &mut columns, problems);
                        row = Some(Row { cells: Vec::new(), notes: Vec::new(), line: l });
                    }
                    "td" | "th" => {
                        finish_cell(&mut row, &mut cell, &mut notes);
                        // A cell before any `<tr>` opens its row, as a browser reads it.
                        row.get_or_insert_with(|| Row { cells: Vec::new(), notes: Vec::new(), line: l });
                        cell = Some((String::new(), span, name == "th"));
                    }
                    // A superscript in a cell may be a footnote mark: read apart (`is_footnote_mark`).
                    "sup" if cell.is_some() => notes.0 = Some(String::new()),
                    n if !INLINE.contains(&n) => {
                        if let Some((t, _, _)) = cell.as_mut() {
                            t.push(' ');
                        }
                    }
                    _ => {}
                }
            }
            Piece::Close { name, line: l } => {
                line = l;
                match name.as_str() {
                    "html" => html_closed = true,
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "caption" => {
                        if let Some(s) = heading.take().and_then(|h| section_of(&collapse(&h))) {
                            section = Some(s);
                            columns = None;
                        }
                    }
                    "table" => {
                        finish_row(&mut row, &mut cell, &mut notes, &section, &mut columns, problems);
                        tables.pop();
                        between.clear();
                    }
                    "tr" => finish_row(&mut row, &mut cell, &mut notes, &section, &mut columns, problems),
                    "td" | "th" => finish_cell(&mut row, &mut cell, &mut notes),
                    // A footnote mark is taken out of the cell's text and kept apart; any other superscript is
                    // text of the cell, as a browser shows it.
                    "sup" => end_sup(&mut cell, &mut notes),
                    n if !INLINE.contains(&n) => {
                        if let Some((t, _, _)) = cell.as_mut() {
                            t.push(' ');
                        }
                    }
                    _ => {}
                }
            }
            Piece::Text(t) => {
                if let Some(h) = heading.as_mut() {
                    h.push_str(&t);
                }
                if tables.is_empty() {
                    between.push_str(&t);
                }
                if let Some(s) = notes.0.as_mut().filter(|_| cell.is_some()) {
                    s.push_str(&t);
                } else if let Some((c, _, _)) = cell.as_mut() {
                    c.push_str(&t);
                }
            }
        }
    }
    let stop = last_line(text).max(line);
    if let Some(opened) = tables.first() {
        problems.push(cut_in_table(stop, *opened));
    } else if let Some(opened) = html_opened.filter(|_| !html_closed) {
        problems.push(cut_in_page(stop, opened));
    } else {
        // Rows outside any table close with the file.
        finish_row(&mut row, &mut cell, &mut notes, &section, &mut columns, problems);
    }
    entries
}

/// The refusal of a table nested in the row of line `row` (the inner table opened on line `opened`, inside the
/// list's table opened on line `outer`).
fn nested_table(row: usize, opened: usize, outer: usize) -> ListProblem {
    ListProblem::new(
        row,
        None,
        format!(
            "a table opens inside this row (line {opened}), within the list's table of line {outer}: the list is read \
             from its own table's cells only, and what a table nested in a cell holds (a date, a note) would be read \
             as an entity; save the page as the publisher puts it out, or take the inner table out"
        ),
        format!(
            "un tableau s'ouvre dans cette ligne (ligne {opened}), à l'intérieur du tableau de la liste de la ligne \
             {outer}\u{a0}: la liste se lit dans les seules cellules de son propre tableau, et ce que contient un tableau \
             imbriqué dans une cellule (une date, une note) serait lu comme une entité\u{202f}; enregistrez la page telle que \
             l'éditeur la publie, ou retirez le tableau intérieur"
        ),
    )
}

/// The refusal of a row or cell written outside any table (line `line`).
fn outside_table(line: usize) -> ListProblem {
    ListProblem::new(
        line,
        None,
        "a row or cell outside any table: a browser shows its text, not a row of the list; put it in the list's \
         table or take it out",
        "une ligne ou une cellule hors de tout tableau\u{a0}: un navigateur en montre le texte, non une ligne de la \
         liste\u{202f}; placez-la dans le tableau de la liste ou retirez-la",
    )
}

/// The problem of a page that stops inside a table opened on line `opened` (English, French).
fn cut_in_table(stop: usize, opened: usize) -> ListProblem {
    ListProblem::new(
        stop,
        None,
        format!(
            "the file stops inside the table opened on line {opened} (no `</table>`): a page cut short would drop \
             the entries after it; save or download the whole page again"
        ),
        format!(
            "le fichier s'arrête dans le tableau ouvert à la ligne {opened} (pas de «\u{a0}</table>\u{a0}»)\u{a0}: une page \
             tronquée perdrait les entrées qui suivent\u{202f}; enregistrez ou téléchargez de nouveau la page entière"
        ),
    )
}

/// The problem of a page that stops before the end of the page opened on line `opened` (English, French).
fn cut_in_page(stop: usize, opened: usize) -> ListProblem {
    ListProblem::new(
        stop,
        None,
        format!(
            "the file stops before the end of the page opened on line {opened} (no `</html>`): a page cut short \
             would drop the entries after it; save or download the whole page again"
        ),
        format!(
            "le fichier s'arrête avant la fin de la page ouverte à la ligne {opened} (pas de «\u{a0}</html>\u{a0}»)\u{a0}: une \
             page tronquée perdrait les entrées qui suivent\u{202f}; enregistrez ou téléchargez de nouveau la page entière"
        ),
    )
}

/// The rows of the tables of a page saved from a publisher's site (PSPC's list of ineligible and suspended suppliers
/// is such a page), as a browser shows them: each table's rows in order, each row its line and its cells' text
/// (white space collapsed, a tag that is no inline one a space, `<br>` a comma, a footnote mark in `<sup>` left
/// out, the text of hidden elements left out); a table inside a cell is no row of the table it stands in, and its
/// own rows are not read; a row of one cell spanning several columns (a note across the table) and the rows of
/// `<tfoot>` (`Date modified: …`) are no rows of the list. A page cut short inside a table
/// or before its `</html>` is a problem, as for the UFLPA page.
pub(super) fn table_rows(text: &str, problems: &mut Vec<ListProblem>) -> Vec<Vec<(usize, Vec<String>)>> {
    let mut out: Vec<Vec<(usize, Vec<String>)>> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    // The row being read: its line, its cells, and the columns its first cell spans.
    let mut row: Option<(usize, Vec<String>, usize)> = None;
    let mut cell: Option<String> = None;
    // The text of a `<sup>` being read in a cell: a footnote mark is left out (`Ineligible<sup>1</sup>`).
    let mut sup: Option<String> = None;
    let mut in_foot = false;
    let (mut html_opened, mut html_closed, mut line) = (None, false, 1);
    // A `<sup>` ends: its text is the cell's unless it is a footnote mark.
    let finish_sup = |cell: &mut Option<String>, sup: &mut Option<String>| {
        if let (Some(s), Some(c)) = (sup.take(), cell.as_mut())
            && !is_footnote_mark(&s)
        {
            c.push_str(&s);
        }
    };
    let finish_cell =
        |row: &mut Option<(usize, Vec<String>, usize)>, cell: &mut Option<String>, sup: &mut Option<String>| {
            finish_sup(cell, sup);
            if let (Some((_, cells, _)), Some(c)) = (row.as_mut(), cell.take()) {
                cells.push(collapse(&c));
            }
        };
    // A row ends: kept unless it is a note across the table (one cell spanning several columns) or in the footer.
    let finish_row =
        |row: &mut Option<(usize, Vec<String>, usize)>, out: &mut Vec<Vec<(usize, Vec<String>)>>, foot: bool| {
            if let (Some((l, cells, span)), Some(t)) = (row.take(), out.last_mut())
                && !foot
                && !(cells.len() == 1 && span > 1)
            {
                t.push((l, cells));
            }
        };
    for piece in pieces(text) {
        match piece {
            Piece::Open { name, line: l, span } => {
                line = l;
                match name.as_str() {
                    "html" => html_opened = html_opened.or(Some(l)),
                    "table" => {
                        if open.is_empty() {
                            out.push(Vec::new());
                        }
                        open.push(l);
                    }
                    "tfoot" if open.len() == 1 => in_foot = true,
                    "thead" | "tbody" if open.len() == 1 => in_foot = false,
                    "tr" if open.len() == 1 => {
                        finish_cell(&mut row, &mut cell, &mut sup);
                        finish_row(&mut row, &mut out, in_foot);
                        row = Some((l, Vec::new(), 1));
                    }
                    "td" | "th" if open.len() == 1 => {
                        finish_cell(&mut row, &mut cell, &mut sup);
                        let r = row.get_or_insert_with(|| (l, Vec::new(), 1));
                        if r.1.is_empty() {
                            r.2 = span;
                        }
                        cell = Some(String::new());
                    }
                    "sup" if open.len() == 1 && cell.is_some() => sup = Some(String::new()),
                    // A line break in a cell separates the lines of an address as a comma does.
                    "br" => {
                        if let Some(c) = cell.as_mut().filter(|c| !c.trim().is_empty()) {
                            let kept = c.trim_end().len();
                            c.truncate(kept);
                            if !c.ends_with(',') {
                                c.push(',');
                            }
                            c.push(' ');
                        }
                    }
                    n if !INLINE.contains(&n) => {
                        if let Some(c) = cell.as_mut() {
                            c.push(' ');
                        }
                    }
                    _ => {}
                }
            }
            Piece::Close { name, line: l } => {
                line = l;
                match name.as_str() {
                    "html" => html_closed = true,
                    "table" => {
                        if open.len() == 1 {
                            finish_cell(&mut row, &mut cell, &mut sup);
                            finish_row(&mut row, &mut out, in_foot);
                            in_foot = false;
                        }
                        open.pop();
                    }
                    "tfoot" if open.len() == 1 => {
                        finish_cell(&mut row, &mut cell, &mut sup);
                        finish_row(&mut row, &mut out, true);
                        in_foot = false;
                    }
                    "tr" if open.len() == 1 => {
                        finish_cell(&mut row, &mut cell, &mut sup);
                        finish_row(&mut row, &mut out, in_foot);
                    }
                    "td" | "th" if open.len() == 1 => finish_cell(&mut row, &mut cell, &mut sup),
                    "sup" if open.len() == 1 => finish_sup(&mut cell, &mut sup),
                    n if !INLINE.contains(&n) => {
                        if let Some(c) = cell.as_mut() {
                            c.push(' ');
                        }
                    }
                    _ => {}
                }
            }
            Piece::Text(t) => {
                if open.len() == 1 {
                    if let Some(s) = sup.as_mut() {
                        s.push_str(&t);
                    } else if let Some(c) = cell.as_mut() {
                        c.push_str(&t);
                    }
                }
            }
        }
    }
    let stop = last_line(text).max(line);
    if let Some(opened) = open.first() {
        problems.push(cut_in_table(stop, *opened));
    } else if let Some(opened) = html_opened.filter(|_| !html_closed) {
        problems.push(cut_in_page(stop, opened));
    }
    out
}

/// One table row: a header row sets the columns; a row of the list is an entity of the current section.
fn read_row(
    row: Row,
    section: &Option<String>,
    columns: &mut Option<(usize, Option<usize>)>,
    entries: &mut Vec<Entry>,
    problems: &mut Vec<ListProblem>,
) {
    let cells: Vec<&str> = row.cells.iter().map(|(t, _, _)| t.as_str()).collect();
    let header_cells = row.cells.iter().any(|(_, _, th)| *th);
    if header_cells || columns.is_none() && cells.iter().any(|c| fold_label(c).contains("entity")) {
        let is_name = |c: &str| fold_label(c).contains("entity") || fold_label(c) == "name";
        let is_date = |c: &str| fold_label(c).contains("date");
        // A column named twice: one would be read and the other's entities dropped without a word, as in a CSV.
        for (is, label) in [(&is_name as &dyn Fn(&str) -> bool, "Entity Name"), (&is_date, "Effective Date")] {
            let mut found = cells.iter().enumerate().filter(|(_, c)| is(c)).map(|(i, _)| i);
            if let (Some(first), Some(again)) = (found.next(), found.next()) {
                problems.push(super::parse::column_twice(row.line, label, first, again));
            }
        }
        let name = cells.iter().position(|c| is_name(c));
        let date = cells.iter().position(|c| is_date(c));
        *columns = name.map(|n| (n, date));
        return;
    }
    let Some((name_col, date_col)) = *columns else { return };
    // A note across the table: one cell spanning the columns names no entity.
    if let [(_, span, _)] = row.cells.as_slice()
        && *span > 1
    {
        return;
    }
    let line = row.line;
    // Every cell of the row under the character policy and its column's limit. A cell holding a refused character
    // keeps its white space (`finish_cell`), so that a C1 line end is named as itself, not read as a space.
    let before = problems.len();
    for (c, cell) in cells.iter().enumerate() {
        let field = match c {
            _ if c == name_col => super::parse::name_field(super::ListKind::Uflpa).to_string(),
            _ if Some(c) == date_col => "Effective Date".to_string(),
            _ => format!("#{}", c + 1),
        };
        let kind = if c == name_col { Value::Names } else { Value::of_column(&field) };
        let at = At { line, column: Some(c), field: &field };
        match crate::domain::characters::first_refused(cell, true) {
            Some(_) => problems.extend(check_value(cell, Value::Address, at)),
            None => {
                value_ok(cell, kind, at, problems);
            }
        }
    }
    if problems.len() > before {
        return;
    }
    let Some(raw) = cells.get(name_col).filter(|c| !c.is_empty()) else { return };
    let written = date_col.and_then(|c| cells.get(c)).map(|c| c.to_string()).filter(|c| !c.is_empty());
    let effective: Option<NaiveDate> = date_value(written, date_col, true, line, "Effective Date", problems);
    match section.as_deref() {
        None => problems.push(ListProblem::new(
            line,
            Some("Section"),
            "an entity before any heading naming its section 2(d)(2)(B)(…) of the Act",
            "une entité avant tout titre nommant sa section 2(d)(2)(B)(…) de la loi",
        )),
        Some(s) if s.ends_with("(iii)") => {
            let (en, fr) = products_clause(s);
            problems.push(ListProblem::new(line, Some("Section"), en, fr));
        }
        Some(_) => {}
    }
    let at = At { line, column: Some(name_col), field: "Entity Name" };
    for mut e in uflpa_entry(raw, section.clone(), effective, at, problems) {
        let marks = row.notes.iter().filter(|(c, _)| *c == name_col).map(|(_, m)| m.clone());
        e.footnotes.splice(0..0, marks);
        entries.push(e);
    }
}
