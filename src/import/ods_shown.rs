//! An ODS number cell keeps two things: its value (`office:value`) and the text the spreadsheet showed for it when it
//! saved the file (`text:p`, ODF 1.2 §19.679 and §5.1.3). LibreOffice writes the two together, so they agree; a file
//! written by another program, or edited by hand, may hold a value that its saved text contradicts
//! (`office:value="45"` saved as `450`). The declaration reads the value, the supplier saw the text: where the two
//! disagree in a way that changes the number, the cell is refused naming it (as the XLSX reader judges what a number
//! format shows against the number stored, `super::shown_number`).
//!
//! The text is read as spreadsheets write a number in any language: its grouping spaces (no-break ones included)
//! and apostrophes left out, the decimal mark a point or a comma (a single one before three digits may be either,
//! and either reading is accepted), a currency or unit before or after, a sign or parentheses, a `%`, an exponent
//! (`4.50E+01`) or a fraction (`12 1/2`). The text agrees when a number it shows, to the decimals it shows, is the
//! value, the value times 100 (a `%`), or the value as the cell's number style scales it (`#,##0,` shows thousands).
//! A text that is no number agrees when the cell's style may show text (a style with literal text, a date or an
//! unknown style), and disagrees when the cell has no such style: a plain number is shown as its digits.

use super::number_format::NumberFormat;
use super::shown_number::{Shows, shows};

/// A number a saved text shows: its value, and half the unit of its last digit shown (what rounding may move it by).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Reading {
    value: f64,
    slack: f64,
}

/// Whether the saved text `text` of a number cell of value `value` shows another number (see the module's words).
/// `format`: the format the cell's number style shows it in, when it shows it otherwise than as its digits.
pub(super) fn disagrees(value: f64, text: &str, format: Option<&NumberFormat>) -> bool {
    let text = text.trim();
    if text.is_empty() || !value.is_finite() {
        return false;
    }
    // An error value as text is the cell's state, which the walk keeps on its own.
    if matches!(super::grid::Cell::text_or_error(text.to_string()), super::grid::Cell::Error(_)) {
        return false;
    }
    let judged = format.map(|f| shows(&f.code, value));
    // Text in place of the number, a date or time: judged by the fields (or not a number's text at all).
    if matches!(judged, Some(Shows::Text(_) | Shows::Nothing | Shows::NotJudged)) {
        return false;
    }
    let Some((readings, percent)) = readings(text) else {
        // No number: a style whose text is known (`000-000-000`, `000000000"RT0001"`) shows the text's digits; a
        // cell without a style shows its number.
        return match format.and_then(|f| f.show(value)).filter(|s| !s.is_empty()) {
            Some(shown) => {
                let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
                digits(&shown) != digits(text)
            }
            None => format.is_none(),
        };
    };
    // Literal text that makes the digits another number (`0"/10"`): a field of numbers refuses it for that.
    if matches!(judged, Some(Shows::Altered(_))) {
        return false;
    }
    let mut targets = vec![value];
    if percent {
        targets.push(value * 100.0);
    }
    if let Some(Shows::Number { shift, .. }) = judged
        && shift != 0
    {
        targets.push(value * 10f64.powi(shift));
    }
    !readings.iter().any(|r| {
        targets.iter().any(|t| (t - r.value).abs() <= r.slack * (1.0 + 1e-9) + 1e-12 * t.abs().max(r.value.abs()))
    })
}

/// The numbers a text may show (two when a single mark before three digits may group thousands or mark decimals),
/// and whether it writes `%`; `None` for a text that is no number.
fn readings(text: &str) -> Option<(Vec<Reading>, bool)> {
    if text.contains('/') {
        return fraction(text).map(|r| (vec![r], false));
    }
    let compact: String = text.chars().filter(|c| !c.is_whitespace() && !matches!(c, '\'' | '\u{2019}')).collect();
    let numeric = |c: char| c.is_ascii_digit();
    let first = compact.find(numeric)?;
    let last = compact.rfind(numeric)?;
    let (prefix, rest) = compact.split_at_checked(first)?;
    let (core, suffix) = rest.split_at_checked(last - first + 1)?;
    // A decimal mark before the first digit (`.5`, `,5`) belongs to the number.
    let (prefix, core) = match prefix.strip_suffix(['.', ',']) {
        Some(p) => (p, format!("0.{core}")),
        None => (prefix, core.to_string()),
    };
    let negative = prefix.contains(['-', '\u{2212}', '(']) || suffix.starts_with('-');
    let percent = suffix.contains('%') || prefix.contains('%');
    let (mantissa, exponent) = match core.split_once(['E', 'e']) {
        Some((m, e)) => {
            let e = e.strip_prefix('+').unwrap_or(e);
            let digits = e.strip_prefix(['-', '\u{2212}']).unwrap_or(e);
            if digits.is_empty() || !digits.chars().all(numeric) || digits.len() > 3 {
                return None;
            }
            (m, e.replace('\u{2212}', "-").parse::<i32>().ok()?)
        }
        None => (core.as_str(), 0),
    };
    if !mantissa.chars().all(|c| numeric(c) || matches!(c, '.' | ',')) {
        return None;
    }
    let sign = if negative { -1.0 } else { 1.0 };
    let reading = |whole: &str, decimals: &str| -> Option<Reading> {
        let digits = format!("{whole}.{decimals}");
        let m: f64 = digits.parse().ok()?;
        let places = i32::try_from(decimals.len()).ok()?;
        Some(Reading {
            value: sign * m * 10f64.powi(exponent),
            slack: 0.5 * 10f64.powi(exponent.saturating_sub(places)),
        })
    };
    let points = mantissa.matches('.').count();
    let commas = mantissa.matches(',').count();
    let out = match (points, commas) {
        (0, 0) => vec![reading(mantissa, "")?],
        // Both marks: the last one marks decimals, the other groups thousands.
        (p, c) if p > 0 && c > 0 => {
            let at = mantissa.rfind(['.', ','])?;
            let (whole, decimals) = mantissa.split_at_checked(at)?;
            let mark = decimals.chars().next()?;
            let decimals = decimals.get(1..)?;
            if decimals.contains(['.', ',']) || whole.contains(mark) {
                return None;
            }
            vec![reading(&whole.replace(['.', ','], ""), decimals)?]
        }
        // One mark, more than once: it groups thousands.
        (p, c) if p + c > 1 => vec![reading(&mantissa.replace(['.', ','], ""), "")?],
        // One mark, once: it marks decimals, or groups thousands when three digits follow it.
        _ => {
            let (whole, decimals) = mantissa.split_once(['.', ','])?;
            let mut out = vec![reading(whole, decimals)?];
            if decimals.len() == 3 && !whole.is_empty() && exponent == 0 {
                out.push(reading(&format!("{whole}{decimals}"), "")?);
            }
            out
        }
    };
    Some((out, percent))
}

/// A fraction as a spreadsheet shows one (`1/2`, `12 1/2`, `-3/4`); the slack is half a part of its denominator (the
/// fraction shown is the nearest one its denominator allows).
fn fraction(text: &str) -> Option<Reading> {
    let t = text.trim();
    let negative = t.starts_with(['-', '\u{2212}']);
    let t = t.trim_start_matches(['-', '\u{2212}']).trim();
    let (before, den) = t.rsplit_once('/')?;
    let den = den.trim();
    let (whole, num) = match before.trim().rsplit_once(char::is_whitespace) {
        Some((w, n)) => (w.trim(), n.trim()),
        None => ("", before.trim()),
    };
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !digits(num) || !digits(den) || !(whole.is_empty() || digits(whole)) {
        return None;
    }
    let den: f64 = den.parse().ok()?;
    if den == 0.0 {
        return None;
    }
    let whole: f64 = if whole.is_empty() { 0.0 } else { whole.parse().ok()? };
    let value = whole + num.parse::<f64>().ok()? / den;
    Some(Reading { value: if negative { -value } else { value }, slack: 0.5 / den })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(value: f64, text: &str) -> bool {
        disagrees(value, text, None)
    }

    #[test]
    fn a_saved_text_that_shows_the_value_in_any_language_agrees() {
        for (value, text) in [
            (45.0, "45"),
            (1234.5, "1,234.5"),
            (1234.5, "1 234,5"),
            (1234.5, "1\u{a0}234,50"),
            (1234.5, "1\u{202f}234,5"),
            (1234.0, "1'234"),
            (1234.0, "1.234"),
            (1.234, "1,234"),
            (0.35, "35%"),
            (0.35, "35,00\u{a0}%"),
            (-5.0, "(5)"),
            (-5.0, "-5"),
            (-5.0, "\u{2212}5"),
            (1234.56, "$1,234.56"),
            (1234.56, "1 234,56 €"),
            (12.6, "13"),
            (0.333333333333333, "0.333333333"),
            (45.0, "4.50E+01"),
            (1.2345e20, "1.2345E+20"),
            (12.5, "12 1/2"),
            (0.5, "1/2"),
            (0.3182, "7/22"),
            (0.5, ".5"),
            (120.0, "120 workers"),
            (7.0, "#REF!"),
            (7.0, ""),
        ] {
            assert!(!plain(value, text), "{value} {text:?}");
        }
    }

    #[test]
    fn a_saved_text_that_shows_another_number_or_none_disagrees() {
        for (value, text) in [
            (45.0, "450"),
            (45.0, "4.5"),
            (0.35, "45%"),
            (1234.5, "1,234.6"),
            (5.0, "-5"),
            (12.5, "12 3/4"),
            (45.0, "forty-five"),
            (45.0, "n/a"),
            (2026.0, "2026-03-31"),
            (12.0, "12:00"),
        ] {
            assert!(plain(value, text), "{value} {text:?}");
        }
    }

    #[test]
    fn a_style_that_shows_text_digits_or_a_scale_is_followed() {
        let format = |code: &str| NumberFormat::from_excel_judged(code).unwrap();
        // Zeros and separators of a known text: the digits are compared.
        assert!(!disagrees(123456782.0, "123-456-782", Some(&format("000-000-000"))));
        assert!(!disagrees(123456782.0, "123456782RT0001", Some(&format("000000000\"RT0001\""))));
        assert!(disagrees(123456782.0, "987654321RT0001", Some(&format("000000000\"RT0001\""))));
        assert!(!disagrees(12.0, "12.00", Some(&format("0.00"))));
        assert!(disagrees(12.0, "13.00", Some(&format("0.00"))));
        assert!(disagrees(123456782.0, "987-654-321", Some(&format("000-000-000"))));
        assert!(!disagrees(2345.0, "02345", Some(&format("00000"))));
        // A scale: thousands shown.
        assert!(!disagrees(1_200_000.0, "1,200", Some(&format("#,##0,"))));
        assert!(disagrees(1_200_000.0, "1,500", Some(&format("#,##0,"))));
        // Text that a field judges itself, and text that is no number in a style that may show text.
        assert!(!disagrees(7.0, "7/10", Some(&format("0\"/10\""))));
        assert!(!disagrees(0.0, "n/a", Some(&format("0;-0;\"n/a\""))));
        assert!(!disagrees(46112.0, "31/03/2026", Some(&format("dd/mm/yyyy"))));
    }
}
