//! A column of shares of value that are all fractions (`0.7`, `0.65` …, or a lone `0.6`): a share is the percentage
//! as written, so each would be read as less than 1 %, most likely a hundred times too small. Warned of once, at the
//! column's first share, naming every cell; not refused (the contract reads what the cells show). The words are the catalogues'
//! (`shares.all_fractions`, `templates/locales/{en,fr}/intake-shares.ftl`); a test holds both to them.

use crate::domain::Message;

/// How many cells the warning names before it ends with `…`.
const NAMED: usize = 10;

/// The warning when every share of a column (one or more) is 1 or less, written as such (none in a cell formatted
/// as a percentage), and one at least lies strictly between 0 and 1: `(place of the first, places named, how many
/// shares)`. A lone share is no exception: 0.6 beside no other share is as likely 60 % as the others are. `shares`:
/// each share's place, percentage as read, and whether its cell is formatted as a percentage.
pub(super) fn all_fractions(shares: &[(String, f64, bool)]) -> Option<(String, String, usize)> {
    let all = !shares.is_empty()
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
    Some((first, cells.join(", "), shares.len()))
}

/// The warning as a message of the catalogues: the cells named and how many shares the column holds (the words of
/// one share and of several differ).
pub(super) fn message(cells: &str, count: usize) -> Message {
    Message::new("shares.all_fractions").text("cells", cells).number("count", count as f64)
}

/// The warning in English and French, said through the domain's voice (the catalogues).
pub(super) fn messages(cells: &str, count: usize) -> (String, String) {
    crate::domain::say_both(&message(cells, count))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(values: &[f64], in_percent_cells: bool) -> Vec<(String, f64, bool)> {
        values.iter().enumerate().map(|(i, v)| (format!("S!O{}", i + 2), *v, in_percent_cells)).collect()
    }

    #[test]
    fn only_a_column_of_fractions_is_warned_of_naming_its_cells() {
        assert_eq!(
            all_fractions(&column(&[0.7, 0.65, 0.2], false)),
            Some(("S!O2".into(), "S!O2, S!O3, S!O4".into(), 3))
        );
        // A lone share of 1 or less is warned of as a column of them is.
        assert_eq!(all_fractions(&column(&[0.6], false)), Some(("S!O2".into(), "S!O2".into(), 1)));
        assert_eq!(all_fractions(&column(&[0.05], false)).map(|w| w.2), Some(1));
        assert_eq!(all_fractions(&column(&[1.0, 0.05], false)).map(|w| w.0), Some("S!O2".into()));
        let many = all_fractions(&column(&[0.5; 12], false)).unwrap().1;
        assert!(many.ends_with("S!O11, …") && !many.contains("S!O12"), "{many}");
        for quiet in [
            column(&[60.0], false),
            column(&[1.0], false),
            column(&[0.7], true),
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
        let said = c.say_both(&message("PlacesOfWork!O2, PlacesOfWork!O3", 2));
        assert_eq!(said, messages("PlacesOfWork!O2, PlacesOfWork!O3", 2));
        assert!(!said.1.contains(" :") && !said.1.contains(" %"), "{}", said.1);
        assert!(said.0.starts_with("Every share") && said.1.starts_with("Toutes les parts"), "{said:?}");
        // One share is said as one, in each language.
        let one = c.say_both(&message("PlacesOfWork!O2", 1));
        assert!(one.0.starts_with("The only share") && one.0.contains("write it as a percentage"), "{}", one.0);
        assert!(one.1.starts_with("La seule part") && one.1.contains("écrivez-la en pourcentage"), "{}", one.1);
        assert!(!one.1.contains(" :") && !one.1.contains(" %"), "{}", one.1);
    }
}
