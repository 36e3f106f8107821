//! The words of the intake's refusals of cells whose value is not what the sheet shows, said from the catalogues
//! (`templates/locales/{en,fr}/intake-cells.ftl`, compiled in): a value hidden under a merged range, a number its
//! format shows otherwise, shares that cannot all be parts of one whole.
//!
//! Said through the domain's voice (`domain::say_both`, the catalogues the program gives it), as every intake
//! message is; each variable is given in both languages (a number as each language writes it, a field by its label
//! in each) as a name of data.

use crate::domain::Message;

#[cfg(test)]
const EN: &str = include_str!("../../templates/locales/en/intake-cells.ftl");

/// One variable of a message: its name and its value in English and in French (a number is written as each
/// language writes it, a field by its label in each).
pub(super) type Var<'a> = (&'static str, &'a str, &'a str);

/// The message `key` (dotted, `intake_cells.covered`) with its variables, in English and in French.
pub(super) fn say(key: &'static str, vars: &[Var<'_>]) -> (String, String) {
    let m = vars.iter().fold(Message::new(key), |m, (name, en, fr)| m.names(name, *en, *fr));
    crate::domain::say_both(&m)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every message of `intake-cells.ftl`, with values in both languages: what the intake says is what the
    /// catalogues say (French spacing included).
    #[test]
    fn every_cell_message_is_said_as_the_catalogues_say_it() {
        let c = crate::reports::Catalog::embedded().unwrap();
        let vars: [Var<'_>; 15] = [
            ("field", "Country", "Pays"),
            ("hidden", "CN", "CN"),
            ("shown", "1,200", "1\u{a0}200"),
            ("cell", "PlacesOfWork!G3", "PlacesOfWork!G3"),
            ("merge", "G2:G4", "G2:G4"),
            ("number", "1,200,000", "1\u{a0}200\u{a0}000"),
            ("format", "#,##0,", "#,##0,"),
            ("read", "1,200,000", "1\u{a0}200\u{a0}000"),
            ("site", "Plant", "Usine"),
            ("sum", "150", "150"),
            ("cells", "I2, I3", "I2, I3"),
            ("unused", "x", "x"),
            ("sign", "$", "$"),
            ("date_field", "yes", "yes"),
            ("value", "Glove factory", "Glove factory"),
        ];
        let keys = [
            "intake_cells.covered",
            "intake_cells.covered_blank",
            "intake_cells.format_number",
            "intake_cells.format_text",
            "intake_cells.date_in_text",
            "intake_cells.text_format",
            "intake_cells.text_format_hidden",
            "intake_cells.shares_over",
            "intake_cells.money_in_number",
            "intake_cells.format_altered",
            "intake_cells.share_fraction",
            "intake_cells.saved_differs",
            "intake_cells.saved_text_differs",
            "intake_cells.number_in_date_style",
            "intake_cells.shares_over_rounded",
        ];
        for key in keys {
            let mut m = Message::new(key);
            for (name, en, fr) in vars {
                m = m.names(name, en, fr);
            }
            let said = c.say_both(&m);
            assert_eq!(say(key, &vars), said, "{key}");
            assert!(!said.0.contains("{") && !said.1.contains("{"), "{key}: {said:?}");
            assert!(!said.1.contains(" :") && !said.1.contains(" ;") && !said.1.contains("« "), "{}", said.1);
        }
        // Every message of the file is among them.
        let ids = EN.lines().filter(|l| l.starts_with("intake_cells-")).count();
        assert_eq!(ids, keys.len());
        assert!(!say("intake_cells.missing", &vars).0.contains(' '), "a missing message is said as its key");
    }
}
