//! Numbers a refusal speaks of, in the words of the catalogues (`numbers.*`,
//! `templates/locales/{en,fr}/intake-numbers.ftl`), each language writing them its way: a number cell's value quoted
//! in French with a decimal comma (« 240,5 »), never with the point the value is held with nor with a thousands
//! separator the cell does not hold (« 46085 », never « 46,085 »); a count shown as a
//! percentage by the catalogues' numbers (CLDR). A cell of text is quoted as it was typed.

use super::grid::Cell;
use crate::domain::Message;

/// `message` with the variable `value` set to the cell's value as the cell holds it: a number cell's number as each
/// language writes a typed value (`shown_number::Decimal::as_typed`: every digit the cell keeps, no thousands
/// separator, `46085`, `240.5` and `240,5`), the text of any other cell as typed. Never through a number's grouping
/// (`46,085` is not what the cell holds).
pub(super) fn with_value(message: Message, cell: &Cell) -> Message {
    match cell {
        Cell::Number(n) if n.is_finite() => {
            let (en, fr) =
                super::shown_number::Decimal::of(*n).map_or_else(|| super::decimal_words(*n), |d| d.as_typed());
            message.names("value", en, fr)
        }
        other => message.text("value", other.text().unwrap_or_default().trim()),
    }
}

/// The refusal `key` (`numbers.not_whole`, `numbers.negative`, `numbers.not_percentage`) of a cell's value, in
/// English and French.
pub(super) fn refusal(key: &'static str, cell: &Cell) -> (String, String) {
    crate::domain::say_both(&with_value(Message::new(key), cell))
}

/// The refusal of a number in a cell formatted as a percentage (an ODS `office:value-type="percentage"` cell, as
/// LibreOffice writes one) in a field of numbers that are no percentage (Workers, a quantity, an amount): the
/// spreadsheet shows `number` a hundred times over with a `%` (45 workers shown 4500 %), and what the declaration
/// would read is not what the supplier sees. A share of value, whose percent cells are fractions, never gets here.
pub(super) fn percent_cell(field_en: &str, field_fr: &str, number: f64) -> (String, String) {
    let shown = super::shown_number::Decimal::of(number).map_or(number * 100.0, |d| d.shifted(2).to_f64());
    let m = Message::new("numbers.percent_cell")
        .names("field", field_en, field_fr)
        .number("number", number)
        .number("shown", shown);
    crate::domain::say_both(&m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_cell_is_quoted_with_each_language_s_decimal_mark_and_text_as_typed() {
        let (en, fr) = refusal("numbers.not_whole", &Cell::Number(240.5));
        assert_eq!(en, "“240.5” is not a whole number");
        assert_eq!(fr, "«\u{a0}240,5\u{a0}» n'est pas un nombre entier");
        let (en, fr) = refusal("numbers.not_whole", &Cell::Number(12.3456));
        assert!(en.starts_with("“12.3456”") && fr.starts_with("«\u{a0}12,3456\u{a0}»"), "{en} {fr}");
        let (en, fr) = refusal("numbers.negative", &Cell::Number(-2.25));
        assert!(en.starts_with("“-2.25” is negative") && fr.contains("2,25\u{a0}» est négatif\u{a0}:"), "{en} {fr}");
        let (en, fr) = refusal("numbers.not_percentage", &Cell::Text("12.5 pct".into()));
        assert!(en.starts_with("“12.5 pct”") && fr.starts_with("«\u{a0}12.5 pct\u{a0}»"), "{en} {fr}");
        let (en, fr) = percent_cell("Workers", "Travailleurs", 45.0);
        assert!(en.contains("holds 45,") && en.contains("4,500%: Workers is a number"), "{en}");
        assert!(
            fr.contains("affiche comme 4\u{202f}500\u{a0}%") || fr.contains("affiche comme 4\u{a0}500\u{a0}%"),
            "{fr}"
        );
        assert!(fr.contains("Travailleurs est un nombre") && !fr.contains(" :"), "{fr}");
    }
}
