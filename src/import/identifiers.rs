//! Values of a text field whose digits a spreadsheet made up: a number of more than 15 significant digits (a
//! spreadsheet keeps 15 and fills the rest with digits of its binary double), or a text in scientific notation
//! (`9.13301E+17`, what a spreadsheet shows of a long number and what it writes to a CSV file). Neither holds the
//! digits that were typed, so an identifier (business number, Site ID, OS ID, postal code …) read from it would be
//! one nobody typed: the cell is refused. The words are the catalogues' (`identifier.*`,
//! `templates/locales/{en,fr}/intake-identifiers.ftl`); a test holds both to them.

use crate::domain::{CountryCode, InSentence, Lang, Message};

/// The smallest whole number a spreadsheet cannot hold with every digit typed: from 16 digits on, only 15 are kept.
const ROUNDED_FROM: f64 = 1e15;

/// How a text field's value lost the digits that were typed.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Invented {
    /// A number cell of more than 15 digits, with the number as held (`913301007042045824`).
    Rounded(String),
    /// A text in scientific notation, as written (`9.13301E+17`).
    Scientific(String),
}

/// Whether a number cell in a field of text holds more digits than a spreadsheet keeps: a whole number of 16
/// digits or more (its last digits are the binary double's, not the typed ones; a spreadsheet shows it with an
/// exponent, `9.13301E+17`).
pub(super) fn rounded_number(n: f64) -> Option<Invented> {
    (n.is_finite() && n.fract() == 0.0 && n.abs() >= ROUNDED_FROM).then(|| Invented::Rounded(format!("{n:.0}")))
}

/// Whether a text is a number in scientific notation as spreadsheets write one (`9.13301E+17`, `1,23457E+15`,
/// `4.6E-05`): digits, an optional decimal mark and digits, `E` or `e`, a sign, and digits.
pub(super) fn scientific_text(s: &str) -> Option<Invented> {
    let t = s.trim();
    let (mantissa, exponent) = t.split_once(['E', 'e'])?;
    let mantissa = mantissa.strip_prefix(['-', '+']).unwrap_or(mantissa);
    let (whole, decimals) = match mantissa.split_once(['.', ',']) {
        Some((w, d)) => (w, Some(d)),
        None => (mantissa, None),
    };
    let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let exponent = exponent.strip_prefix(['+', '-'])?;
    (digits(whole) && decimals.is_none_or(digits) && digits(exponent) && exponent.len() <= 3)
        .then(|| Invented::Scientific(t.to_string()))
}

/// An Open Supply Hub facility ID in capitals (`MY2023114KXQ7PL`): 15 characters, the country's two letters, seven
/// digits (the year and the day it was registered) and six letters or digits. Written in small letters it is the same
/// ID; anything else (`see audit report`, an ID cut short, a bare number) is refused naming the form.
///
/// Its first two letters are the ISO 3166-1 alpha-2 code of the facility's country (Open Supply Hub assigns the ID
/// from the facility's country): letters that are no code (`ZZ…`) are refused naming them, and so is an ID of another
/// country than the site's `country` (when it was read), naming both. The graph matches facilities on their OS ID
/// first, so an ID copied from the wrong facility would merge two facilities without a word.
pub(super) fn os_id(s: &str, country: Option<CountryCode>) -> Result<String, (String, String)> {
    let id = s.trim().to_ascii_uppercase();
    if !os_id_shaped(&id) {
        return Err(crate::domain::say_both(&Message::new("identifier.os_id").text("value", s.trim())));
    }
    match os_id_country(&id, country) {
        Ok(()) => Ok(id),
        Err(OsIdCountry::NoCountry(code)) => {
            let m = Message::new("identifier.os_id_no_country").text("value", id.as_str()).text("code", code);
            Err(crate::domain::say_both(&m))
        }
        Err(OsIdCountry::Other { of_id, given }) => {
            let m = Message::new("identifier.os_id_other_country")
                .text("value", id.as_str())
                .text("code", of_id.as_str())
                .names("id_country", in_country(of_id, Lang::En), in_country(of_id, Lang::Fr))
                .text("site_code", given.as_str())
                .names("site_country", in_country(given, Lang::En), in_country(given, Lang::Fr));
            Err(crate::domain::say_both(&m))
        }
    }
}

/// Whether `id`, in capitals, has the shape of an Open Supply Hub ID (`MY2023114KXQ7PL`): 15 characters, two
/// letters, seven digits and six letters or digits. The shape the intake ([`os_id`]) and the watch list
/// (`screening::parse`) read: an ID of another shape is one no declaration could carry.
pub(crate) fn os_id_shaped(id: &str) -> bool {
    let b = id.as_bytes();
    b.len() == 15
        && b.iter().take(2).all(u8::is_ascii_uppercase)
        && b.iter().skip(2).take(7).all(u8::is_ascii_digit)
        && b.iter().skip(9).all(u8::is_ascii_alphanumeric)
}

/// A country as a sentence says where something is (`in China`, `en Chine`).
fn in_country(c: CountryCode, lang: Lang) -> String {
    c.in_sentence(lang, InSentence::In)
}

/// Why an Open Supply Hub ID's first two letters do not name the country given with it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum OsIdCountry {
    /// They are no ISO 3166-1 alpha-2 code (`ZZ`, `UK`): the two letters, in capitals.
    NoCountry(String),
    /// They are the code of another country than the one given: the ID's, and the one given.
    Other { of_id: CountryCode, given: CountryCode },
}

/// Whether the first two letters of `id` (an Open Supply Hub ID in capitals) are the ISO 3166-1 alpha-2 code of a
/// country, and that of `country` when one is given (a site's, a watch-list entry's): Open Supply Hub assigns the ID
/// from its facility's country. The check the intake ([`os_id`]) and the screening lists (`screening::parse`) make.
pub(crate) fn os_id_country(id: &str, country: Option<CountryCode>) -> Result<(), OsIdCountry> {
    let prefix: String = id.chars().take(2).collect();
    // Only a code of two letters names the ID's country: `CountryCode::parse` would also read a name.
    let Some(of_id) = CountryCode::parse(&prefix).filter(|c| c.as_str() == prefix) else {
        return Err(OsIdCountry::NoCountry(prefix));
    };
    match country {
        Some(given) if given != of_id => Err(OsIdCountry::Other { of_id, given }),
        _ => Ok(()),
    }
}

/// The sites of one table by their Open Supply Hub ID, to tell an ID given to two sites. The national graph matches
/// facilities on their OS ID first, so two sites of one ID become one facility: at another address (street line or
/// city; folded: capitals, spaces, look-alike characters aside) they are two facilities under one ID — an ID copied
/// to the wrong row — and the second is refused naming the first; at the same address they may be two sites of one
/// facility (two lines of one factory, each with its Site ID and maybe a name of its own), read with a warning naming
/// both, so that nobody takes the merge for a silent one.
#[derive(Debug, Default)]
pub(super) struct OsIdSites {
    /// The first site given each ID.
    first: std::collections::HashMap<String, FirstSite>,
}

/// The first site given an OS ID: its OS ID cell, its name and address as written, and the two folded.
#[derive(Debug)]
struct FirstSite {
    cell: String,
    name: String,
    address: String,
    folded: (String, String),
}

/// What [`OsIdSites::add`] found of an ID given before: refused (another facility) or warned of (the same one).
#[derive(Debug, Clone, PartialEq)]
pub(super) enum SecondSite {
    /// Another name or address: two facilities under one ID.
    Other(Message),
    /// The same name and address: two sites of one facility.
    Same(Message),
}

/// A name or an address folded for comparing: as it reads (`look_alike::as_read`), in small letters, its spaces
/// one.
fn fold(s: &str) -> String {
    super::look_alike::as_read(s).to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ")
}

impl OsIdSites {
    /// Adds the site whose OS ID cell is `cell`, with its ID, name, address and city; what it finds when the ID was
    /// given to a site above.
    pub(super) fn add(&mut self, id: &str, cell: &str, name: &str, address: &str, city: &str) -> Option<SecondSite> {
        let folded = (fold(name), format!("{} | {}", fold(address), fold(city)));
        let Some(first) = self.first.get(id) else {
            let address = format!("{}, {}", address.trim(), city.trim());
            let first = FirstSite { cell: cell.to_string(), name: name.trim().to_string(), address, folded };
            self.first.insert(id.to_string(), first);
            return None;
        };
        let m = |key| Message::new(key).text("value", id).text("first_cell", first.cell.as_str());
        // Two lines of one factory may carry names of their own: the address says which facility it is.
        Some(if first.folded.1 == folded.1 {
            SecondSite::Same(m("identifier.os_id_one_facility"))
        } else {
            SecondSite::Other(
                m("identifier.os_id_two_facilities")
                    .text("first_name", first.name.as_str())
                    .text("first_address", first.address.as_str()),
            )
        })
    }
}

impl Invented {
    /// The refusal as a message of the catalogues, naming the field in both languages.
    pub(super) fn message(&self, field_en: &str, field_fr: &str) -> Message {
        match self {
            Invented::Rounded(n) => {
                Message::new("identifier.rounded").names("field", field_en, field_fr).text("number", n.as_str())
            }
            Invented::Scientific(t) => {
                Message::new("identifier.scientific").names("field", field_en, field_fr).text("text", t.as_str())
            }
        }
    }

    /// The refusal in English and French, said through the domain's voice (the catalogues), for the issues of the
    /// intake, which take text.
    pub(super) fn messages(&self, field_en: &str, field_fr: &str) -> (String, String) {
        crate::domain::say_both(&self.message(field_en, field_fr))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_numbers_a_spreadsheet_rounds_are_called_rounded() {
        assert_eq!(rounded_number(913301007042045824.0), Some(Invented::Rounded("913301007042045824".into())));
        assert_eq!(rounded_number(-1e15), Some(Invented::Rounded("-1000000000000000".into())));
        assert_eq!(rounded_number(999_999_999_999_999.0), None);
        for kept in [123456782.0, 42100.0, 0.5, 1.5e3, f64::NAN, f64::INFINITY] {
            assert_eq!(rounded_number(kept), None, "{kept}");
        }
    }

    #[test]
    fn scientific_notation_is_told_from_identifiers_that_hold_an_e() {
        for t in ["9.13301E+17", "9,13301E+17", "1E+15", " 4.6e-05 ", "-2.5E+3"] {
            assert!(scientific_text(t).is_some(), "{t}");
        }
        for t in
            ["EN578-260142/A", "1E5", "E+17", "9.E+17", "12E+", "MY2023114KXQ7PL", "2E-ROAD", "1.2.3E+4", "1E+1234"]
        {
            assert_eq!(scientific_text(t), None, "{t}");
        }
    }

    #[test]
    fn an_os_id_is_read_in_capitals_and_anything_else_is_refused() {
        assert_eq!(os_id(" my2023114kxq7pl ", None).as_deref(), Ok("MY2023114KXQ7PL"));
        assert_eq!(os_id("CN2019303BQ3FZP", None).as_deref(), Ok("CN2019303BQ3FZP"));
        for bad in
            ["see audit report", "MY2023114KXQ7P", "2019303", "MY2023114KXQ7PLX", "M12023114KXQ7PL", "MY20231X4KXQ7PL"]
        {
            let (en, fr) = os_id(bad, None).unwrap_err();
            assert!(en.contains(bad) && fr.contains(&format!("«\u{a0}{bad}\u{a0}»")), "{en}");
        }
    }

    fn country(code: &str) -> Option<CountryCode> {
        CountryCode::parse(code)
    }

    #[test]
    fn an_os_id_whose_letters_are_no_country_code_is_refused_naming_them() {
        for (bad, code) in [("ZZ2019303BQ3FZP", "ZZ"), ("xq2023114kxq7pl", "XQ"), ("UK2021001ABC123", "UK")] {
            let (en, fr) = os_id(bad, country("GB")).unwrap_err();
            assert!(en.contains(&bad.to_ascii_uppercase()) && en.contains(&format!("“{code}”")), "{en}");
            assert!(fr.contains(&format!("«\u{a0}{code}\u{a0}»")) && !fr.contains(" :"), "{fr}");
        }
    }

    #[test]
    fn an_os_id_of_another_country_than_the_site_s_is_refused_naming_both() {
        for (id, site, id_country, site_country) in [
            ("CN2019303BQ3FZP", "MY", "China", "Malaysia"),
            ("VN2023456DEF789", "KH", "Vietnam", "Cambodia"),
            ("BD2020111ZZZ999", "CA", "Bangladesh", "Canada"),
        ] {
            let (en, fr) = os_id(id, country(site)).unwrap_err();
            assert!(en.contains(id) && en.contains(id_country) && en.contains(site_country), "{en}");
            assert!(en.contains(&format!("({site})")) && fr.contains(id) && !fr.contains(" :"), "{fr}");
        }
        // The site's own country, or a site whose country could not be read: the ID is read.
        assert_eq!(os_id("my2023114kxq7pl", country("Malaysia")).as_deref(), Ok("MY2023114KXQ7PL"));
        assert_eq!(os_id("KH2022200AAA111", country("KHM")).as_deref(), Ok("KH2022200AAA111"));
        assert_eq!(os_id("KH2022200AAA111", None).as_deref(), Ok("KH2022200AAA111"));
    }

    #[test]
    fn an_os_id_given_to_a_second_site_is_refused_unless_its_address_is_the_same() {
        let mut sites = OsIdSites::default();
        assert_eq!(sites.add("MY2023114KXQ7PL", "PlacesOfWork!K2", "Glove plant", "Jalan 1", "Klang"), None);
        assert_eq!(sites.add("MY2023114KXQ7PM", "PlacesOfWork!K3", "Glove plant", "Jalan 1", "Klang"), None);
        let c = crate::reports::Catalog::embedded().unwrap();
        for (name, address, city, same) in [
            ("Latex estate", "Jalan 1", "Klang", true),
            ("Glove plant", "Jalan 9", "Klang", false),
            ("Glove plant", "Jalan 1", "Ipoh", false),
            (" GLOVE  plant ", "jalan 1", "KLANG", true),
        ] {
            let found = sites.add("MY2023114KXQ7PL", "PlacesOfWork!K4", name, address, city);
            let (m, was_same) = match found {
                Some(SecondSite::Same(m)) => (m, true),
                Some(SecondSite::Other(m)) => (m, false),
                None => panic!("{name}: nothing said"),
            };
            assert_eq!(was_same, same, "{name} {address} {city}");
            let (en, fr) = c.say_both(&m);
            assert!(en.contains("“MY2023114KXQ7PL”") && en.contains("PlacesOfWork!K2"), "{en}");
            assert!(fr.contains("«\u{a0}MY2023114KXQ7PL\u{a0}»") && fr.contains("PlacesOfWork!K2"), "{fr}");
            assert!(!fr.contains(" :") && !fr.contains("« ") && !fr.contains(" »"), "{fr}");
            assert!(same || (en.contains("“Glove plant”") && en.contains("Jalan 1, Klang")), "{en}");
        }
    }

    #[test]
    fn every_refusal_is_said_by_the_catalogues_in_both_languages_with_french_spacing() {
        let c = crate::reports::Catalog::embedded().unwrap();
        for invented in [Invented::Rounded("913301007042045824".into()), Invented::Scientific("9.13301E+17".into())] {
            let said = c.say_both(&invented.message("Operator business number", "NE de l'exploitant"));
            assert_eq!(said, invented.messages("Operator business number", "NE de l'exploitant"), "{invented:?}");
            assert!(!said.1.contains(" :") && !said.1.contains("« ") && !said.1.contains(" »"), "{}", said.1);
        }
    }
}
