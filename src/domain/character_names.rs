//! The names of the characters the service names one by one in its messages — a refused control or invisible
//! character (`characters`), a look-alike letter, digit, dash or space in an identifier or a date (`import`) — in
//! English and in French, so that a French message names a character in French (« U+2013 TIRET DEMI-CADRATIN », not
//! « EN DASH »). Each name is kept as data with its source:
//! - listed characters: `character_names.csv` beside this file (English: the Unicode Character Database's name, or a
//!   control character's formal alias; French: the name of ISO/IEC 10646's French edition);
//! - families worded by one rule after the same lists: the basic Latin letters and digits (`LATIN CAPITAL LETTER O`,
//!   « LETTRE MAJUSCULE LATINE O »; `DIGIT ZERO`, « CHIFFRE ZÉRO »), their full-width forms (U+FF10–U+FF19,
//!   U+FF21–U+FF3A, U+FF41–U+FF5A: `FULLWIDTH DIGIT SEVEN`, « CHIFFRE SEPT PLEINE CHASSE »), the variation selectors
//!   (U+FE00–U+FE0F, U+E0100–U+E01EF: `VARIATION SELECTOR-17`, « SÉLECTEUR DE VARIANTE-17 ») and the tags of
//!   U+E0020–U+E007E (`TAG LATIN SMALL LETTER A`, « ÉTIQUETTE LETTRE MINUSCULE LATINE A »; the others `TAG`,
//!   « ÉTIQUETTE »).
//!
//! A character with no name here is named by its code point alone (`U+1D400`), the same in both languages: never by
//! an English name inside a French sentence.

use std::collections::HashMap;
use std::sync::OnceLock;

const LISTED: &str = include_str!("character_names.csv");

/// A character's name in English and in French.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CharacterName {
    /// The Unicode name (`EN DASH`).
    pub en: String,
    /// The name of ISO/IEC 10646's French edition (`TIRET DEMI-CADRATIN`).
    pub fr: String,
}

/// The characters of `character_names.csv` by code point. A line that does not read (a code point that is no
/// character, an empty name) is left out; a test holds every line to read.
fn listed() -> &'static HashMap<char, (String, String)> {
    static LIST: OnceLock<HashMap<char, (String, String)>> = OnceLock::new();
    LIST.get_or_init(|| {
        let mut reader = csv::ReaderBuilder::new().comment(Some(b'#')).has_headers(true).from_reader(LISTED.as_bytes());
        reader
            .records()
            .filter_map(Result::ok)
            .filter_map(|r| {
                let c = char::from_u32(u32::from_str_radix(r.get(0)?, 16).ok()?)?;
                let (en, fr) = (r.get(1)?.trim(), r.get(2)?.trim());
                (!en.is_empty() && !fr.is_empty()).then(|| (c, (en.to_string(), fr.to_string())))
            })
            .collect()
    })
}

/// The English and French words of a digit's name (`ZERO`, `ZÉRO`).
fn digit_words(d: u32) -> Option<(&'static str, &'static str)> {
    const EN: [&str; 10] = ["ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"];
    const FR: [&str; 10] = ["ZÉRO", "UN", "DEUX", "TROIS", "QUATRE", "CINQ", "SIX", "SEPT", "HUIT", "NEUF"];
    Some((EN.get(d as usize)?, FR.get(d as usize)?))
}

/// The name of a basic Latin letter or digit, in full width when `wide` (ISO/IEC 10646's French edition puts
/// « PLEINE CHASSE » after the name it qualifies).
fn latin_or_digit(c: char, wide: bool) -> Option<CharacterName> {
    let (en_wide, fr_wide) = if wide { ("FULLWIDTH ", " PLEINE CHASSE") } else { ("", "") };
    let upper = c.to_ascii_uppercase();
    let (en, fr) = match c {
        'A'..='Z' => (format!("LATIN CAPITAL LETTER {c}"), format!("LETTRE MAJUSCULE LATINE {c}")),
        'a'..='z' => (format!("LATIN SMALL LETTER {upper}"), format!("LETTRE MINUSCULE LATINE {upper}")),
        '0'..='9' => {
            let (en, fr) = digit_words(c.to_digit(10)?)?;
            (format!("DIGIT {en}"), format!("CHIFFRE {fr}"))
        }
        _ => return None,
    };
    Some(CharacterName { en: format!("{en_wide}{en}"), fr: format!("{fr}{fr_wide}") })
}

/// A character's name in English and in French, for the characters this module knows (see the module's doc);
/// `None` for any other.
pub fn name(c: char) -> Option<CharacterName> {
    let u = u32::from(c);
    if let Some((en, fr)) = listed().get(&c) {
        return Some(CharacterName { en: en.clone(), fr: fr.clone() });
    }
    match u {
        0x30..=0x39 | 0x41..=0x5A | 0x61..=0x7A => latin_or_digit(c, false),
        0xFF10..=0xFF19 | 0xFF21..=0xFF3A | 0xFF41..=0xFF5A => latin_or_digit(char::from_u32(u - 0xFEE0)?, true),
        0xFE00..=0xFE0F | 0xE0100..=0xE01EF => {
            let n = if u < 0xE0100 { u - 0xFE00 + 1 } else { u - 0xE0100 + 17 };
            Some(CharacterName { en: format!("VARIATION SELECTOR-{n}"), fr: format!("SÉLECTEUR DE VARIANTE-{n}") })
        }
        0xE0020..=0xE007E => Some(match latin_or_digit(char::from_u32(u - 0xE0000)?, false) {
            Some(n) => CharacterName { en: format!("TAG {}", n.en), fr: format!("ÉTIQUETTE {}", n.fr) },
            None => CharacterName { en: "TAG".into(), fr: "ÉTIQUETTE".into() },
        }),
        _ => None,
    }
}

/// A character's code point and name in English and in French (`U+2013 EN DASH`, `U+2013 TIRET DEMI-CADRATIN`), or
/// its code point alone in both when it has no name here.
pub fn code_and_name(c: char) -> (String, String) {
    let code = format!("U+{:04X}", u32::from(c));
    match name(c) {
        Some(n) => (format!("{code} {}", n.en), format!("{code} {}", n.fr)),
        None => (code.clone(), code),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_name_reads_and_is_french_in_french() {
        let lines = LISTED.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).count() - 1;
        assert_eq!(listed().len(), lines, "a line of character_names.csv does not read, or a code point is twice");
        // English words of the Unicode names that the French names never hold.
        const ENGLISH: &[&str] =
            &["LETTER", "CAPITAL", "SMALL", "SPACE", "HYPHEN", "DASH", "SIGN", "MARK", "OF", "THE", "WIDTH", "WITH"];
        for (c, (en, fr)) in listed() {
            // INDEX (U+0084) is the same word in both languages.
            assert!(en != fr || en == "INDEX", "U+{:04X}: same name in both languages", u32::from(*c));
            for word in fr.split([' ', '-']) {
                assert!(!ENGLISH.contains(&word), "U+{:04X} {fr}: “{word}” is English", u32::from(*c));
            }
        }
    }

    #[test]
    fn families_are_named_by_their_rule_in_both_languages() {
        for (c, en, fr) in [
            ('O', "LATIN CAPITAL LETTER O", "LETTRE MAJUSCULE LATINE O"),
            ('l', "LATIN SMALL LETTER L", "LETTRE MINUSCULE LATINE L"),
            ('0', "DIGIT ZERO", "CHIFFRE ZÉRO"),
            ('\u{FF17}', "FULLWIDTH DIGIT SEVEN", "CHIFFRE SEPT PLEINE CHASSE"),
            ('\u{FF33}', "FULLWIDTH LATIN CAPITAL LETTER S", "LETTRE MAJUSCULE LATINE S PLEINE CHASSE"),
            ('\u{FF4B}', "FULLWIDTH LATIN SMALL LETTER K", "LETTRE MINUSCULE LATINE K PLEINE CHASSE"),
            ('\u{FE0F}', "VARIATION SELECTOR-16", "SÉLECTEUR DE VARIANTE-16"),
            ('\u{E0100}', "VARIATION SELECTOR-17", "SÉLECTEUR DE VARIANTE-17"),
            ('\u{E0061}', "TAG LATIN SMALL LETTER A", "ÉTIQUETTE LETTRE MINUSCULE LATINE A"),
            ('\u{E0021}', "TAG", "ÉTIQUETTE"),
            ('\u{2013}', "EN DASH", "TIRET DEMI-CADRATIN"),
            ('\u{43E}', "CYRILLIC SMALL LETTER O", "LETTRE MINUSCULE CYRILLIQUE O"),
        ] {
            assert_eq!(name(c), Some(CharacterName { en: en.into(), fr: fr.into() }), "U+{:04X}", u32::from(c));
        }
        assert_eq!(name('\u{1D400}'), None);
        assert_eq!(code_and_name('\u{1D400}'), ("U+1D400".to_string(), "U+1D400".to_string()));
        assert_eq!(code_and_name('\u{A0}').1, "U+00A0 ESPACE INSÉCABLE");
    }
}
