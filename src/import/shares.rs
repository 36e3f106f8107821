//! A column of shares of value that are all fractions (`0.7`, `0.65` …): a share is the percentage as written, so
//! each would be read as less than 1 %, most likely a hundred times too small. Warned of once, at the column's first
//! share, naming every cell; not refused (the contract reads what the cells show). The words are the catalogues'
//! (`shares.all_fractions`, `templates/locales/{en,fr}/intake-shares.ftl`); a test holds both to them.

use crate::domain::Message;

/// How many cells the warning names before it ends with `…`.
const NAMED: usize = 10;

/// The warning when every share of a column of two or more is 1 or less, written as such (none in a cell formatted
/// as a percentage), and one at least lies strictly between 0 and 1: `(place of the first, places named)`. `shares`:
/// each share's place, percentage as read, and whether its cell is formatted as a percentage.
pub(super) fn all_fractions(shares: &[(String, f64, bool)]) -> Option<(String, String)> {
    let all = shares.len() >= 2
        && shares.iter().all(|(_, v, in_percent_cell)| !*in_percent_cell && (0.0..=1.0).contains(v))
        && shares.iter().any(|(_, v, _)| *v > 0.0 && *v < 1.0);
    if !all {
        return None;
    }
    let first = shares.first()?.0.clone();
    let mut cells: Vec<&str> = shares.iter().take(NAMED).map(|(p, _, _)| p.as_str()).collect();
    if shares.len() > NAMED {
        cells.push("…");
    }
    Some((first, cells.join(", ")))
}

/// The warning as a message of the catalogues.
pub(super) fn message(cells: &str) -> Message {
    Message::new("shares.all_fractions").text("cells", cells)
}

/// The warning in English and French, said through the domain's voice (the catalogues).
pub(super) fn messages(cells: &str) -> (String, String) {
    crate::domain::say_both(&message(cells))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(values: &[f64], in_percent_cells: bool) -> Vec<(String, f64, bool)> {
        values.iter().enumerate().map(|(i, v)| (format!("S!O{}", i + 2), *v, in_percent_cells)).collect()
    }

    #[test]
    fn only_a_column_of_fractions_is_warned_of_naming_its_cells() {
        assert_eq!(all_fractions(&column(&[0.7, 0.65, 0.2], false)), Some(("S!O2".into(), "S!O2, S!O3, S!O4".into())));
        assert_eq!(all_fractions(&column(&[1.0, 0.05], false)).map(|w| w.0), Some("S!O2".into()));
        let many = all_fractions(&column(&[0.5; 12], false)).unwrap().1;
        assert!(many.ends_with("S!O11, …") && !many.contains("S!O12"), "{many}");
        for quiet in [
            column(&[0.7], false),
            column(&[70.0, 65.0], false),
            column(&[0.7, 65.0], false),
            column(&[1.0, 1.0, 0.0], false),
            column(&[0.7, 0.3], true),
            Vec::new(),
        ] {
            assert_eq!(all_fractions(&quiet), None, "{quiet:?}");
        }
    }

    #[test]
    fn the_warning_is_said_by_the_catalogues_in_both_languages_with_french_spacing() {
        let c = crate::reports::Catalog::embedded().unwrap();
        let said = c.say_both(&message("PlacesOfWork!O2, PlacesOfWork!O3"));
        assert_eq!(said, messages("PlacesOfWork!O2, PlacesOfWork!O3"));
        assert!(!said.1.contains(" :") && !said.1.contains(" %"), "{}", said.1);
    }
}
