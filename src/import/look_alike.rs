//! Identifiers that read the same but differ: a Site ID typed with a character that looks like an ordinary one
//! (`S‑1` with U+2011 NON-BREAKING HYPHEN, `S–1` with an en dash, `Ｓ1` in full-width letters, `S 1` with a no-break
//! space, `С1` with a Cyrillic letter) is another text than the `S-1` the sheet declares, and two Site IDs that
//! differ in case only (`S1`, `s1`) are two texts a reader — and a spreadsheet's lookups, which ignore case — takes
//! for one site. A reference that is no Site ID is refused naming the Site ID it looks like, the character that
//! differs (its code point and name) and the cell where that character sits; two Site IDs that read the same are
//! refused naming both cells. Refused rather than read as the look-alike: which of the two was meant is the
//! sender's to say, and a reference read to the wrong site would build a wrong chain silently.
//!
//! What a character reads as: its compatibility form (Unicode NFKC: full-width and styled letters and digits, no-break
//! and other spaces), the ASCII hyphen-minus for the dashes and minus signs (U+2010–U+2015, U+2212, U+FE58, U+FE63),
//! and the Latin letter for the Cyrillic and Greek capitals and small letters drawn as one ([`HOMOGLYPHS`], after
//! Unicode's confusables data, UTS #39, for the letters identifiers hold). Invisible characters never get here: the
//! character policy (`domain::characters`) refuses them in every cell, naming them. The words are the catalogues'
//! (`checks.*`, `templates/locales/{en,fr}/intake-checks.ftl`).

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;

use crate::domain::Message;

/// Cyrillic and Greek letters drawn as a Latin one, with their Unicode names.
const HOMOGLYPHS: &[(char, char, &str)] = &[
    ('\u{410}', 'A', "CYRILLIC CAPITAL LETTER A"),
    ('\u{412}', 'B', "CYRILLIC CAPITAL LETTER VE"),
    ('\u{421}', 'C', "CYRILLIC CAPITAL LETTER ES"),
    ('\u{415}', 'E', "CYRILLIC CAPITAL LETTER IE"),
    ('\u{41D}', 'H', "CYRILLIC CAPITAL LETTER EN"),
    ('\u{406}', 'I', "CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I"),
    ('\u{408}', 'J', "CYRILLIC CAPITAL LETTER JE"),
    ('\u{41A}', 'K', "CYRILLIC CAPITAL LETTER KA"),
    ('\u{41C}', 'M', "CYRILLIC CAPITAL LETTER EM"),
    ('\u{41E}', 'O', "CYRILLIC CAPITAL LETTER O"),
    ('\u{420}', 'P', "CYRILLIC CAPITAL LETTER ER"),
    ('\u{405}', 'S', "CYRILLIC CAPITAL LETTER DZE"),
    ('\u{422}', 'T', "CYRILLIC CAPITAL LETTER TE"),
    ('\u{425}', 'X', "CYRILLIC CAPITAL LETTER HA"),
    ('\u{430}', 'a', "CYRILLIC SMALL LETTER A"),
    ('\u{441}', 'c', "CYRILLIC SMALL LETTER ES"),
    ('\u{435}', 'e', "CYRILLIC SMALL LETTER IE"),
    ('\u{456}', 'i', "CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I"),
    ('\u{43E}', 'o', "CYRILLIC SMALL LETTER O"),
    ('\u{440}', 'p', "CYRILLIC SMALL LETTER ER"),
    ('\u{455}', 's', "CYRILLIC SMALL LETTER DZE"),
    ('\u{445}', 'x', "CYRILLIC SMALL LETTER HA"),
    ('\u{443}', 'y', "CYRILLIC SMALL LETTER U"),
    ('\u{391}', 'A', "GREEK CAPITAL LETTER ALPHA"),
    ('\u{392}', 'B', "GREEK CAPITAL LETTER BETA"),
    ('\u{395}', 'E', "GREEK CAPITAL LETTER EPSILON"),
    ('\u{396}', 'Z', "GREEK CAPITAL LETTER ZETA"),
    ('\u{397}', 'H', "GREEK CAPITAL LETTER ETA"),
    ('\u{399}', 'I', "GREEK CAPITAL LETTER IOTA"),
    ('\u{39A}', 'K', "GREEK CAPITAL LETTER KAPPA"),
    ('\u{39C}', 'M', "GREEK CAPITAL LETTER MU"),
    ('\u{39D}', 'N', "GREEK CAPITAL LETTER NU"),
    ('\u{39F}', 'O', "GREEK CAPITAL LETTER OMICRON"),
    ('\u{3A1}', 'P', "GREEK CAPITAL LETTER RHO"),
    ('\u{3A4}', 'T', "GREEK CAPITAL LETTER TAU"),
    ('\u{3A5}', 'Y', "GREEK CAPITAL LETTER UPSILON"),
    ('\u{3A7}', 'X', "GREEK CAPITAL LETTER CHI"),
    ('\u{3BF}', 'o', "GREEK SMALL LETTER OMICRON"),
];

/// Dashes and spaces that read as `-` and ` `, with their Unicode names.
const NAMED: &[(char, &str)] = &[
    ('\u{A0}', "NO-BREAK SPACE"),
    ('\u{2002}', "EN SPACE"),
    ('\u{2003}', "EM SPACE"),
    ('\u{2007}', "FIGURE SPACE"),
    ('\u{2009}', "THIN SPACE"),
    ('\u{202F}', "NARROW NO-BREAK SPACE"),
    ('\u{3000}', "IDEOGRAPHIC SPACE"),
    ('\u{2010}', "HYPHEN"),
    ('\u{2011}', "NON-BREAKING HYPHEN"),
    ('\u{2012}', "FIGURE DASH"),
    ('\u{2013}', "EN DASH"),
    ('\u{2014}', "EM DASH"),
    ('\u{2015}', "HORIZONTAL BAR"),
    ('\u{2212}', "MINUS SIGN"),
    ('\u{FE58}', "SMALL EM DASH"),
    ('\u{FE63}', "SMALL HYPHEN-MINUS"),
    ('\u{FF0D}', "FULLWIDTH HYPHEN-MINUS"),
];

/// What a character reads as: itself for an ordinary character.
fn reads_as(c: char) -> String {
    if c.is_ascii() {
        return c.to_string();
    }
    if let Some(&(_, latin, _)) = HOMOGLYPHS.iter().find(|(h, _, _)| *h == c) {
        return latin.to_string();
    }
    c.to_string()
        .nfkc()
        .map(|k| match k {
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' => '-',
            k if k.is_whitespace() => ' ',
            k => k,
        })
        .collect()
}

/// A text as it reads: every character as it reads ([`reads_as`]).
pub(super) fn as_read(s: &str) -> String {
    s.chars().map(reads_as).collect()
}

/// The key under which texts that read the same, capitals aside, meet.
fn key(s: &str) -> String {
    as_read(s).to_lowercase()
}

/// A character's code point and Unicode name (`U+2011 NON-BREAKING HYPHEN`), the name known for the look-alikes
/// this module reads (the code point alone otherwise).
pub(super) fn code_and_name(c: char) -> String {
    let u = u32::from(c);
    let name = match c {
        '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}' => {
            let small = u >= 0xFF41;
            let letter = char::from_u32(u - if small { 0xFF41 } else { 0xFF21 } + 0x41).unwrap_or('?');
            Some(format!("FULLWIDTH LATIN {} LETTER {letter}", if small { "SMALL" } else { "CAPITAL" }))
        }
        '\u{FF10}'..='\u{FF19}' => {
            const DIGITS: [&str; 10] = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"];
            DIGITS.get((u - 0xFF10) as usize).map(|d| format!("FULLWIDTH DIGIT {d}"))
        }
        _ => HOMOGLYPHS
            .iter()
            .find(|(h, _, _)| *h == c)
            .map(|(_, _, n)| n.to_string())
            .or_else(|| NAMED.iter().find(|(h, _)| *h == c).map(|(_, n)| n.to_string())),
    };
    match name {
        Some(n) => format!("U+{u:04X} {n}"),
        None => format!("U+{u:04X}"),
    }
}

/// How a text differs from one that reads as it does.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Likeness {
    /// A character of one of the two reads as the character the other has there: the character, what it reads as,
    /// and whether it is in the first text (else in the second).
    Character { ch: char, plain: String, in_first: bool },
    /// The two differ in capitals only.
    Case,
}

/// How `a` differs from `b` when the two read the same (capitals aside) and are not the same text.
pub(super) fn likeness(a: &str, b: &str) -> Option<Likeness> {
    if a == b || key(a) != key(b) {
        return None;
    }
    let odd = |s: &str| s.chars().find(|&c| reads_as(c) != c.to_string());
    if let Some(ch) = odd(a) {
        return Some(Likeness::Character { ch, plain: reads_as(ch), in_first: true });
    }
    if let Some(ch) = odd(b) {
        return Some(Likeness::Character { ch, plain: reads_as(ch), in_first: false });
    }
    Some(Likeness::Case)
}

/// Known identifiers by how they read, capitals aside: each with its place (`PlacesOfWork!A2`).
#[derive(Debug, Default, Clone)]
pub(super) struct Known {
    by_key: HashMap<String, Vec<(String, String)>>,
}

impl Known {
    /// Adds an identifier found at `place`.
    pub(super) fn add(&mut self, id: &str, place: &str) {
        self.by_key.entry(key(id)).or_default().push((id.to_string(), place.to_string()));
    }

    /// Whether `id` itself is known, as typed.
    pub(super) fn contains(&self, id: &str) -> bool {
        self.by_key.get(&key(id)).is_some_and(|v| v.iter().any(|(known, _)| known == id))
    }

    /// The first known identifier that reads as `id` but is another text, with its place and how they differ.
    pub(super) fn like(&self, id: &str) -> Option<(&str, &str, Likeness)> {
        self.by_key
            .get(&key(id))?
            .iter()
            .find_map(|(known, place)| likeness(id, known).map(|l| (known.as_str(), place.as_str(), l)))
    }
}

/// The refusal of a reference `value` at `cell` that is no Site ID but reads as the Site ID `site` at `site_cell`.
pub(super) fn reference_message(value: &str, cell: &str, site: &str, site_cell: &str, how: &Likeness) -> Message {
    let m = Message::new("checks.site_id_like").text("value", value).text("site", site).text("site_cell", site_cell);
    with_how(m, cell, site_cell, how)
}

/// The refusal of a Site ID `value` at `cell` that reads as the Site ID `site` declared at `site_cell` above.
pub(super) fn twin_message(value: &str, cell: &str, site: &str, site_cell: &str, how: &Likeness) -> Message {
    let m = Message::new("checks.site_ids_alike").text("value", value).text("site", site).text("site_cell", site_cell);
    with_how(m, cell, site_cell, how)
}

/// The variables saying how the two differ: `how` (`character` or `case`), the character's code point and name,
/// what it reads as, and the cell where it sits.
fn with_how(m: Message, cell: &str, site_cell: &str, how: &Likeness) -> Message {
    match how {
        Likeness::Character { ch, plain, in_first } => m
            .text("how", "character")
            .text("character", code_and_name(*ch))
            .text("plain", plain.as_str())
            .text("plain_code", plain.chars().next().map(code_and_name).unwrap_or_default())
            .text("char_cell", if *in_first { cell } else { site_cell }),
        Likeness::Case => {
            m.text("how", "case").text("character", "").text("plain", "").text("plain_code", "").text("char_cell", cell)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn look_alike_characters_read_as_the_ordinary_ones_and_are_named() {
        for (typed, read) in [
            ("S\u{2011}1", "S-1"),
            ("S\u{2013}1", "S-1"),
            ("S\u{2212}1", "S-1"),
            ("\u{FF33}\u{FF11}", "S1"),
            ("S\u{A0}1", "S 1"),
            ("S\u{202F}1", "S 1"),
            ("\u{421}1", "C1"),
            ("\u{39A}-7", "K-7"),
            ("S-1", "S-1"),
        ] {
            assert_eq!(as_read(typed), read, "{typed:?}");
        }
        assert_eq!(code_and_name('\u{2011}'), "U+2011 NON-BREAKING HYPHEN");
        assert_eq!(code_and_name('\u{FF33}'), "U+FF33 FULLWIDTH LATIN CAPITAL LETTER S");
        assert_eq!(code_and_name('\u{FF4B}'), "U+FF4B FULLWIDTH LATIN SMALL LETTER K");
        assert_eq!(code_and_name('\u{FF17}'), "U+FF17 FULLWIDTH DIGIT SEVEN");
        assert_eq!(code_and_name('\u{421}'), "U+0421 CYRILLIC CAPITAL LETTER ES");
        assert_eq!(code_and_name('-'), "U+002D");
    }

    #[test]
    fn two_texts_that_read_alike_say_which_character_differs_and_in_which() {
        assert_eq!(
            likeness("S\u{2011}1", "S-1"),
            Some(Likeness::Character { ch: '\u{2011}', plain: "-".into(), in_first: true })
        );
        assert_eq!(
            likeness("W-9", "W\u{2014}9"),
            Some(Likeness::Character { ch: '\u{2014}', plain: "-".into(), in_first: false })
        );
        assert_eq!(likeness("s1", "S1"), Some(Likeness::Case));
        assert_eq!(likeness("plant-a", "PLANT\u{2010}A").map(|l| matches!(l, Likeness::Character { .. })), Some(true));
        for (a, b) in [("S1", "S1"), ("S1", "S2"), ("S-1", "S1"), ("S 1", "S1")] {
            assert_eq!(likeness(a, b), None, "{a} {b}");
        }
        let mut known = Known::default();
        known.add("S-1", "PlacesOfWork!A2");
        known.add("S2", "PlacesOfWork!A3");
        assert_eq!(known.like("s2").map(|k| (k.0, k.1)), Some(("S2", "PlacesOfWork!A3")));
        assert!(known.like("S-1").is_none() && known.like("S3").is_none());
    }

    #[test]
    fn the_refusals_are_said_by_the_catalogues_in_both_languages_with_french_spacing() {
        let c = crate::reports::Catalog::embedded().unwrap();
        let hyphen = Likeness::Character { ch: '\u{2011}', plain: "-".into(), in_first: true };
        for m in [
            reference_message("S\u{2011}1", "PlacesOfWork!P3", "S-1", "PlacesOfWork!A2", &hyphen),
            reference_message("s1", "Goods!F2", "S1", "PlacesOfWork!A2", &Likeness::Case),
            twin_message("s1", "PlacesOfWork!A3", "S1", "PlacesOfWork!A2", &Likeness::Case),
            twin_message("S\u{2011}1", "PlacesOfWork!A3", "S-1", "PlacesOfWork!A2", &hyphen),
        ] {
            let (en, fr) = c.say_both(&m);
            assert_eq!((en.clone(), fr.clone()), crate::domain::say_both(&m));
            assert!(en.contains("PlacesOfWork!A2") && fr.contains("PlacesOfWork!A2"), "{en}");
            assert!(!en.contains("checks") && !fr.contains("checks"), "{en} {fr}");
            assert!(!fr.contains(" :") && !fr.contains("« ") && !fr.contains(" »"), "{fr}");
        }
    }
}
