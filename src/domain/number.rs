//! Numbers typed by people, read the way they wrote them, or refused when they could mean two things.
//!
//! One reader serves the forms (where the page's language says which convention the person uses) and the
//! declaration intake (where a cell may come from anyone). Ours rather than a crate's: the locale-aware number
//! crates (`icu_decimal`, `num-format`) format numbers but do not parse them, and the parsers that exist
//! (`lexical`, `fast-float`) read one fixed convention and cannot say "ambiguous" — which is the whole point here:
//! `1,250` is a thousand and more to an English reader and a little over one to a French one, and storing either
//! reading silently is worse than asking.
//!
//! The conventions (CLDR `en-CA` and `fr-CA`, and the Government of Canada's writing guides):
//! - English: `,` groups thousands, `.` is the decimal mark; spaces (also no-break, narrow no-break and thin
//!   spaces) may group thousands too, as SI writing does. `1,250,000.50`, `1 250 000.50`.
//! - French: spaces (any of those four) group thousands, `,` is the decimal mark. `1 250 000,50`. A `.` is
//!   refused: it is a decimal point to an English reader and a thousands separator to a European one.
//! - Either (`Convention::Any`, the intake): both marks, the last one of two kinds being the decimal mark.
//!
//! Refused as ambiguous: a lone separator followed by exactly three digits after a non-zero whole part that could
//! be the other convention's thousands separator (`1,250` in French or in a cell, `1.250` in English or in a cell),
//! so that `0,125` and `12,5` still read. Refused as malformed: groups that are not of three digits, two decimal marks,
//! signs or letters inside, an empty text, more digits than a 64-bit float carries.

use super::Lang;

/// Which convention a number was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Convention {
    /// A person writing in this language.
    Lang(Lang),
    /// Anyone: both conventions, the decimal mark taken from the text; `decimal_comma` says the source is known to
    /// use the decimal comma (a `;`-separated CSV), so that `1,250` reads as 1.25 there.
    Any { decimal_comma: bool },
}

/// Why a typed number was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberError {
    /// It reads as two different numbers in the two conventions.
    Ambiguous,
    /// It is no number in the convention.
    Malformed,
}

/// The spaces that group thousands: space, no-break space, narrow no-break space (CLDR French), thin space.
const SPACES: [char; 4] = [' ', '\u{a0}', '\u{202f}', '\u{2009}'];

/// Reads `text` as a number in `convention`; a leading `+` or `-` is allowed, surrounding spaces are ignored.
pub fn parse_number(text: &str, convention: Convention) -> Result<f64, NumberError> {
    let trimmed = text.trim_matches(|c: char| c.is_whitespace() || SPACES.contains(&c));
    let (sign, rest) = match trimmed.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, trimmed.strip_prefix('+').unwrap_or(trimmed)),
    };
    // Spaces group thousands in every convention: each group after the first has three digits.
    let space_groups: Vec<&str> = rest.split(|c: char| SPACES.contains(&c)).collect();
    let spaced = space_groups.len() > 1;
    if spaced {
        let int_end = space_groups.len() - 1;
        for (i, g) in space_groups.iter().enumerate() {
            let digits = if i == int_end { g.split(['.', ',']).next().unwrap_or(g) } else { g };
            let ok = digits.chars().all(|c| c.is_ascii_digit())
                && if i == 0 { (1..=3).contains(&digits.len()) } else { digits.len() == 3 };
            if !ok {
                return Err(NumberError::Malformed);
            }
        }
    }
    let body: String = space_groups.concat();
    if body.is_empty() || !body.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return Err(NumberError::Malformed);
    }
    let (int, frac) = match convention {
        Convention::Lang(Lang::Fr) => {
            if body.contains('.') {
                return Err(NumberError::Malformed);
            }
            let (int, frac) = split_decimal(&body, ',')?;
            // Spaces already group: a comma then three digits is then the decimal mark beyond doubt.
            if !spaced && lone_three(int, frac) {
                return Err(NumberError::Ambiguous);
            }
            (int.to_string(), frac.to_string())
        }
        Convention::Lang(Lang::En) => {
            let (int, frac) = split_decimal(&body, '.')?;
            if int.contains(',') {
                if spaced || !grouped(int, ',') {
                    return Err(NumberError::Malformed);
                }
            } else if !spaced && body.contains('.') && lone_three(int, frac) {
                return Err(NumberError::Ambiguous);
            }
            (int.replace(',', ""), frac.to_string())
        }
        Convention::Any { decimal_comma } => any(&body, decimal_comma, spaced)?,
    };
    if int.is_empty() && frac.is_empty() {
        return Err(NumberError::Malformed);
    }
    let v: f64 = format!("{}.{}", if int.is_empty() { "0" } else { &int }, if frac.is_empty() { "0" } else { &frac })
        .parse()
        .map_err(|_| NumberError::Malformed)?;
    if v.is_finite() { Ok(sign * v) } else { Err(NumberError::Malformed) }
}

/// The whole and decimal parts around the one decimal mark; the decimal part holds digits only.
fn split_decimal(body: &str, mark: char) -> Result<(&str, &str), NumberError> {
    match body.split_once(mark) {
        Some((int, frac)) if frac.chars().all(|c| c.is_ascii_digit()) => Ok((int, frac)),
        Some(_) => Err(NumberError::Malformed),
        None => Ok((body, "")),
    }
}

/// `1,250` / `1.250`: a non-zero whole part, one mark, three digits — the other convention's thousand.
fn lone_three(int: &str, frac: &str) -> bool {
    frac.len() == 3 && !int.is_empty() && int.chars().any(|c| c != '0') && int.len() <= 3
}

/// Whether `int` is digits grouped by three with `sep` (the first group one to three digits).
fn grouped(int: &str, sep: char) -> bool {
    let mut parts = int.split(sep);
    parts.next().is_some_and(|p| (1..=3).contains(&p.len())) && parts.all(|p| p.len() == 3)
}

/// The intake's reading: either convention, the decimal mark taken from the text.
fn any(body: &str, decimal_comma: bool, spaced: bool) -> Result<(String, String), NumberError> {
    Ok(match (body.rfind('.'), body.rfind(',')) {
        (Some(d), Some(c)) => {
            if spaced {
                return Err(NumberError::Malformed);
            }
            let (mark, group) = if d > c { ('.', ',') } else { (',', '.') };
            let (int, frac) = body.rsplit_once(mark).unwrap_or((body, ""));
            if frac.contains(group) || !grouped(int, group) {
                return Err(NumberError::Malformed);
            }
            (int.replace(group, ""), frac.to_string())
        }
        (None, Some(_)) | (Some(_), None) => {
            let mark = if body.contains(',') { ',' } else { '.' };
            let (int, frac) = body.rsplit_once(mark).unwrap_or((body, ""));
            if body.matches(mark).count() > 1 {
                if spaced || !grouped(body, mark) {
                    return Err(NumberError::Malformed);
                }
                (body.replace(mark, ""), String::new())
            } else if mark == ',' && !decimal_comma && !spaced && frac.len() == 3 && !int.is_empty() && int != "0" {
                return Err(NumberError::Ambiguous);
            } else if mark == '.' && !spaced && lone_three(int, frac) {
                // `1.250`: a decimal point to an English reader, a thousands separator to a European one (and
                // certainly one in a sheet that uses the decimal comma).
                return Err(NumberError::Ambiguous);
            } else {
                (int.to_string(), frac.to_string())
            }
        }
        (None, None) => (body.to_string(), String::new()),
    })
}

/// How a number is written in a language, for the hint beside a form field.
pub fn example(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "1,250,000.50",
        Lang::Fr => "1 250 000,50",
    }
}

/// The refusal of a typed number as a message of the catalogues (`number.ambiguous`, `number.malformed`), naming the
/// field by its label in both languages (`field_en`, `field_fr`) and the convention of `lang` (the page's
/// language) with an example of it; said in the reader's language where it is shown (`reports::Catalog::say`).
pub fn refusal_message(field_en: &str, field_fr: &str, text: &str, lang: Lang, e: NumberError) -> super::Message {
    let key = match e {
        NumberError::Ambiguous => "number.ambiguous",
        NumberError::Malformed => "number.malformed",
    };
    super::Message::new(key)
        .names("field", field_en, field_fr)
        .text("text", text.trim())
        .text("lang", lang.as_ref())
        .text("example", example(lang))
}

/// The refusal of a typed number, naming the field (its label as the reader sees it), in English and French: the
/// words [`refusal_message`] says (a test holds both to the catalogues), for the callers that take text.
pub fn refusal(field_en: &str, field_fr: &str, text: &str, lang: Lang, e: NumberError) -> (String, String) {
    let t = text.trim();
    match (e, lang) {
        (NumberError::Ambiguous, Lang::Fr) => (
            format!(
                "{field_en}: “{t}” could be read two ways; in French, write the decimals after a comma and group thousands with spaces, e.g. 1 250 or 1,25"
            ),
            format!(
                "{field_fr}\u{a0}: «\u{a0}{t}\u{a0}» peut se lire de deux façons\u{202f}; écrivez les décimales après une virgule et séparez les milliers par des espaces, p. ex. 1 250 ou 1,25"
            ),
        ),
        (NumberError::Ambiguous, _) => (
            format!(
                "{field_en}: “{t}” could be read two ways; in English, write the decimals after a point and group thousands with commas, e.g. 1,250 or 1.25"
            ),
            format!(
                "{field_fr}\u{a0}: «\u{a0}{t}\u{a0}» peut se lire de deux façons\u{202f}; en anglais, écrivez les décimales après un point et séparez les milliers par des virgules, p. ex. 1,250 ou 1.25"
            ),
        ),
        (NumberError::Malformed, _) => (
            format!("{field_en}: “{t}” is not a number as written in {}; e.g. {}", lang_name_en(lang), example(lang)),
            format!(
                "{field_fr}\u{a0}: «\u{a0}{t}\u{a0}» n'est pas un nombre écrit en {}\u{202f}; p. ex. {}",
                lang_name_fr(lang),
                example(lang)
            ),
        ),
    }
}

fn lang_name_en(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Fr => "French",
    }
}

fn lang_name_fr(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "anglais",
        Lang::Fr => "français",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const FR: Convention = Convention::Lang(Lang::Fr);
    const EN: Convention = Convention::Lang(Lang::En);
    const ANY: Convention = Convention::Any { decimal_comma: false };

    /// Every refusal of a typed number is the catalogues' words (`number.*`) in both languages, for a French and
    /// an English page: what the callers that take text are given is what the message says, French spacing included.
    #[test]
    fn every_refused_number_is_said_by_the_catalogues_in_both_languages_with_french_spacing() {
        let c = crate::reports::Catalog::embedded().unwrap();
        for (lang, typed) in [(Lang::Fr, "1,250"), (Lang::Fr, "1.250,5"), (Lang::En, "1.250"), (Lang::En, "1,2,3")] {
            let e = parse_number(typed, Convention::Lang(lang)).unwrap_err();
            let m = refusal_message("Value (CAD)", "Valeur ($ CA)", typed, lang, e);
            let said = c.say_both(&m);
            assert_eq!(said, refusal("Value (CAD)", "Valeur ($ CA)", typed, lang, e), "{lang:?} {typed}");
            assert!(said.1.starts_with(&format!("Valeur ($ CA)\u{a0}: «\u{a0}{typed}\u{a0}» ")), "{}", said.1);
            assert!(!said.1.contains(" ;") && !said.1.contains(" :"), "{}", said.1);
        }
        let m = refusal_message("Value (CAD)", "Valeur ($ CA)", " 1.250,5 ", Lang::Fr, NumberError::Malformed);
        let (en, fr) = c.say_both(&m);
        assert_eq!(en, "Value (CAD): “1.250,5” is not a number as written in French; e.g. 1 250 000,50");
        assert_eq!(
            fr,
            "Valeur ($ CA)\u{a0}: «\u{a0}1.250,5\u{a0}» n'est pas un nombre écrit en français\u{202f}; p. ex. 1 250 000,50"
        );
        let (_, fr) = c.say_both(&refusal_message("V", "V", "1,250", Lang::Fr, NumberError::Ambiguous));
        assert!(fr.contains("peut se lire de deux façons\u{202f}; écrivez les décimales après une virgule"), "{fr}");
    }

    #[test]
    fn french_reads_spaces_and_the_decimal_comma() {
        assert_eq!(parse_number("1 250 000,50", FR), Ok(1_250_000.5));
        assert_eq!(parse_number("1\u{202f}250\u{202f}000,50", FR), Ok(1_250_000.5));
        assert_eq!(parse_number("1\u{a0}250", FR), Ok(1250.0));
        assert_eq!(parse_number("12,5", FR), Ok(12.5));
        assert_eq!(parse_number("0,125", FR), Ok(0.125));
        assert_eq!(parse_number("1 250,125", FR), Ok(1250.125));
        assert_eq!(parse_number(" 125000 ", FR), Ok(125_000.0));
    }

    #[test]
    fn french_refuses_points_and_a_comma_that_could_group_thousands() {
        assert_eq!(parse_number("1,250", FR), Err(NumberError::Ambiguous));
        assert_eq!(parse_number("1.250,5", FR), Err(NumberError::Malformed));
        assert_eq!(parse_number("1250.50", FR), Err(NumberError::Malformed));
        assert_eq!(parse_number("1 25 000", FR), Err(NumberError::Malformed));
        assert_eq!(parse_number("1,2,3", FR), Err(NumberError::Malformed));
        assert_eq!(parse_number("", FR), Err(NumberError::Malformed));
        assert_eq!(parse_number("douze", FR), Err(NumberError::Malformed));
    }

    #[test]
    fn english_reads_commas_and_the_decimal_point() {
        assert_eq!(parse_number("1,250,000.50", EN), Ok(1_250_000.5));
        assert_eq!(parse_number("1 250 000.50", EN), Ok(1_250_000.5));
        assert_eq!(parse_number("1,250", EN), Ok(1250.0));
        assert_eq!(parse_number("0.125", EN), Ok(0.125));
        assert_eq!(parse_number("-12.5", EN), Ok(-12.5));
    }

    #[test]
    fn english_refuses_a_decimal_comma_and_mixed_grouping() {
        assert_eq!(parse_number("1.250", EN), Err(NumberError::Ambiguous));
        assert_eq!(parse_number("1.250,5", EN), Err(NumberError::Malformed));
        assert_eq!(parse_number("12,5", EN), Err(NumberError::Malformed));
        assert_eq!(parse_number("1,25,000", EN), Err(NumberError::Malformed));
        assert_eq!(parse_number("1 250,000", EN), Err(NumberError::Malformed));
        assert_eq!(parse_number("1.2.3", EN), Err(NumberError::Malformed));
    }

    #[test]
    fn the_intake_takes_the_mark_from_the_text() {
        assert_eq!(parse_number("1.250,5", ANY), Ok(1250.5));
        assert_eq!(parse_number("1,250.5", ANY), Ok(1250.5));
        assert_eq!(parse_number("1,250", ANY), Err(NumberError::Ambiguous));
        assert_eq!(parse_number("1,250", Convention::Any { decimal_comma: true }), Ok(1.25));
        // The same kind with the point: a thousand and more to a European reader.
        for decimal_comma in [false, true] {
            for t in ["1.250", "12.500", "999.001", "-3.000"] {
                assert_eq!(parse_number(t, Convention::Any { decimal_comma }), Err(NumberError::Ambiguous), "{t}");
            }
        }
        assert_eq!(parse_number("0.125", ANY), Ok(0.125));
        assert_eq!(parse_number("1.25", ANY), Ok(1.25));
        assert_eq!(parse_number("1250.500", ANY), Ok(1250.5));
        assert_eq!(parse_number("1.250.000", ANY), Ok(1_250_000.0));
        assert_eq!(parse_number("1 250,5", ANY), Ok(1250.5));
    }

    proptest! {
        #[test]
        fn a_number_written_in_a_language_reads_back(cents in 0u64..10_000_000_000_000) {
            let whole = cents / 100;
            let frac = cents % 100;
            let digits = whole.to_string();
            let groups: Vec<String> = digits
                .as_bytes()
                .rchunks(3)
                .rev()
                .map(|c| String::from_utf8_lossy(c).into_owned())
                .collect();
            let en = format!("{}.{frac:02}", groups.join(","));
            let fr = format!("{},{frac:02}", groups.join("\u{202f}"));
            let want = whole as f64 + frac as f64 / 100.0;
            prop_assert_eq!(parse_number(&en, EN), Ok(want));
            prop_assert_eq!(parse_number(&fr, FR), Ok(want));
            prop_assert_eq!(parse_number(&fr, ANY), Ok(want));
        }

        #[test]
        fn any_text_reads_or_is_refused_without_panicking(s in "\\PC{0,24}") {
            for c in [EN, FR, ANY, Convention::Any { decimal_comma: true }] {
                if let Ok(v) = parse_number(&s, c) {
                    prop_assert!(v.is_finite());
                }
            }
        }
    }
}
