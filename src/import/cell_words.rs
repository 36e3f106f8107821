//! The words of the intake's refusals of cells whose value is not what the sheet shows, said from the catalogues
//! (`templates/locales/{en,fr}/intake-cells.ftl`, compiled in): a value hidden under a merged range, a number its
//! format shows otherwise, shares that cannot all be parts of one whole.
//!
//! The intake may not use `reports` (its catalogue and Fluent), and its issues carry both languages as text. These
//! messages are simple (each variable a text, no selector), so they are said here by putting each variable in its
//! place; a test holds every one to what `reports::Catalog` says of the same `domain::Message`.

const EN: &str = include_str!("../../templates/locales/en/intake-cells.ftl");
const FR: &str = include_str!("../../templates/locales/fr/intake-cells.ftl");

/// One variable of a message: its name and its value in English and in French (a number is written as each
/// language writes it, a field by its label in each).
pub(super) type Var<'a> = (&'static str, &'a str, &'a str);

/// The message `key` (dotted, `intake_cells.covered`) with its variables, in English and in French.
pub(super) fn say(key: &str, vars: &[Var<'_>]) -> (String, String) {
    let id = key.replace('.', "-");
    (fill(EN, &id, vars, false), fill(FR, &id, vars, true))
}

/// The message `id` of a catalogue with each `{ $name }` replaced by its value; the key itself when the message is
/// missing or written otherwise (a test makes sure none is).
fn fill(ftl: &str, id: &str, vars: &[Var<'_>], fr: bool) -> String {
    let found = ftl.lines().find_map(|line| {
        let rest = line.strip_prefix(id)?.trim_start();
        rest.strip_prefix('=').map(str::trim)
    });
    let Some(mut rest) = found else { return id.to_string() };
    let mut out = String::with_capacity(rest.len() + 64);
    while let Some(at) = rest.find("{ $") {
        let (Some(before), Some(after)) = (rest.get(..at), rest.get(at + 3..)) else { return id.to_string() };
        out.push_str(before);
        let Some(end) = after.find(" }") else { return id.to_string() };
        let (Some(name), Some(next)) = (after.get(..end), after.get(end + 2..)) else { return id.to_string() };
        match vars.iter().find(|(n, _, _)| *n == name) {
            Some((_, en, fr_value)) => out.push_str(if fr { fr_value } else { en }),
            None => return id.to_string(),
        }
        rest = next;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Message;

    /// Every message of `intake-cells.ftl`, with values in both languages: what the intake says is what the
    /// catalogues say (French spacing included).
    #[test]
    fn every_cell_message_is_said_as_the_catalogues_say_it() {
        let c = crate::reports::Catalog::embedded().unwrap();
        let vars: [Var<'_>; 12] = [
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
        ];
        let keys = [
            "intake_cells.covered",
            "intake_cells.covered_blank",
            "intake_cells.format_number",
            "intake_cells.format_text",
            "intake_cells.date_in_number",
            "intake_cells.date_in_text",
            "intake_cells.text_format",
            "intake_cells.text_format_hidden",
            "intake_cells.shares_over",
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
        assert_eq!(say("intake_cells.missing", &vars).0, "intake_cells-missing");
    }
}
