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
//! Unicode's confusables data, UTS #39, for the letters identifiers hold). A letter and the digit it is drawn like
//! (`S1` and `Sl` or `SI`, `S0` and `SO`, `S6` and `SG`: `domain::digit_look_alike`, after Unicode's confusables
//! and pwgen's ambiguous characters: O o Q D for 0, I l for 1, Z z for 2, S s for 5, G for 6, B for 8) meet too: two
//! Site IDs that differ only by such a swap are refused naming both cells, and a reference that reads as a Site ID by
//! one gets the same refusal as a reference with a look-alike character, naming the letter and the digit. Not `T`/7
//! or `A`/4, in neither set: IDs that differ by them stay two sites. The letters of other scripts that Unicode's
//! confusables (UTS #39, `confusables.txt`) give a digit as prototype (Cyrillic `б` for 6 and `З` for 3, Latin `Ƨ`
//! for 2, `Ƽ` for 5, `Ȣ` for 8) read as that digit ([`HOMOGLYPHS`]). Invisible characters never get here: the
//! character policy (`domain::characters`) refuses them in every cell, naming them. The words are the catalogues'
//! (`checks.*`, `templates/locales/{en,fr}/intake-checks.ftl`).

use std::collections::HashMap;

use unicode_normalization::UnicodeNormalization;

use crate::domain::Message;

/// Cyrillic and Greek letters drawn as a Latin one, and letters drawn as a digit (their names in both languages: `domain::character_names`).
const HOMOGLYPHS: &[(char, char)] = &[
    ('\u{410}', 'A'),
    ('\u{412}', 'B'),
    ('\u{421}', 'C'),
    ('\u{415}', 'E'),
    ('\u{41D}', 'H'),
    ('\u{406}', 'I'),
    ('\u{408}', 'J'),
    ('\u{41A}', 'K'),
    ('\u{41C}', 'M'),
    ('\u{41E}', 'O'),
    ('\u{420}', 'P'),
    ('\u{405}', 'S'),
    ('\u{422}', 'T'),
    ('\u{425}', 'X'),
    ('\u{430}', 'a'),
    ('\u{441}', 'c'),
    ('\u{435}', 'e'),
    ('\u{456}', 'i'),
    ('\u{43E}', 'o'),
    ('\u{440}', 'p'),
    ('\u{455}', 's'),
    ('\u{445}', 'x'),
    ('\u{443}', 'y'),
    ('\u{391}', 'A'),
    ('\u{392}', 'B'),
    ('\u{395}', 'E'),
    ('\u{396}', 'Z'),
    ('\u{397}', 'H'),
    ('\u{399}', 'I'),
    ('\u{39A}', 'K'),
    ('\u{39C}', 'M'),
    ('\u{39D}', 'N'),
    ('\u{39F}', 'O'),
    ('\u{3A1}', 'P'),
    ('\u{3A4}', 'T'),
    ('\u{3A5}', 'Y'),
    ('\u{3A7}', 'X'),
    ('\u{3BF}', 'o'),
    // Letters whose prototype in Unicode's confusables (UTS #39, `confusables.txt`) is an ASCII digit.
    ('\u{1A7}', '2'),
    ('\u{1B7}', '3'),
    ('\u{21C}', '3'),
    ('\u{417}', '3'),
    ('\u{4E0}', '3'),
    ('\u{A7AB}', '3'),
    ('\u{1BC}', '5'),
    ('\u{431}', '6'),
    ('\u{222}', '8'),
    ('\u{223}', '8'),
    ('\u{A76E}', '9'),
];

/// What a character reads as: itself for an ordinary character.
fn reads_as(c: char) -> String {
    if c.is_ascii() {
        return c.to_string();
    }
    if let Some(&(_, latin)) = HOMOGLYPHS.iter().find(|(h, _)| *h == c) {
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

/// The key under which texts that read the same, capitals aside, meet: a letter drawn like a digit counts as the
/// digit (`SO` and `S0`, `Sl` and `S1` meet).
fn key(s: &str) -> String {
    as_read(s).to_lowercase().chars().map(|c| crate::domain::digit_look_alike_any_case(c).unwrap_or(c)).collect()
}

/// The alphabets whose letters are drawn alike (UTS #39's confusables between them are most of its Latin table): a
/// word that mixes them is read by a program as another word than the one a person sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Alphabet {
    Latin,
    Cyrillic,
    Greek,
    /// The letters of the phonetic alphabets (Unicode's IPA Extensions, Phonetic Extensions and their supplement,
    /// U+0250–U+02AF and U+1D00–U+1DBF): Latin by script, written by no language's names, and some drawn as an
    /// ordinary letter (`ɡ` U+0261, `ɢ` U+0262 as g and G). Only ever a letter's, never a word's.
    Phonetic,
}

impl Alphabet {
    fn of(c: char) -> Option<Alphabet> {
        use icu_properties::{CodePointMapData, props::Script};
        match CodePointMapData::<Script>::new().get(c) {
            Script::Latin => Some(Alphabet::Latin),
            Script::Cyrillic => Some(Alphabet::Cyrillic),
            Script::Greek => Some(Alphabet::Greek),
            _ => None,
        }
    }

    /// The code its words go by in the catalogues (`$script`, `$word_script` of `cell_state.mixed_script`).
    pub(super) fn code(self) -> &'static str {
        match self {
            Alphabet::Latin => "latin",
            Alphabet::Cyrillic => "cyrillic",
            Alphabet::Greek => "greek",
            Alphabet::Phonetic => "phonetic",
        }
    }

    /// The letters of the alphabet a look-alike is looked for among: the blocks of its letters (Basic Latin and
    /// Latin-1 to Latin Extended-B; Cyrillic; Greek and Coptic).
    fn letters(self) -> impl Iterator<Item = char> {
        let blocks: &[std::ops::RangeInclusive<char>] = match self {
            Alphabet::Latin => &['A'..='Z', 'a'..='z', '\u{C0}'..='\u{24F}'],
            Alphabet::Cyrillic => &['\u{400}'..='\u{4FF}'],
            Alphabet::Greek => &['\u{370}'..='\u{3FF}'],
            Alphabet::Phonetic => &[],
        };
        blocks.iter().flat_map(|r| r.clone()).filter(move |&c| Alphabet::of(c) == Some(self) && c.is_alphabetic())
    }
}

/// The small capitals of the phonetic alphabets with the capital each is drawn as (Unicode's names, `LATIN LETTER
/// SMALL CAPITAL G` …, in IPA Extensions and Phonetic Extensions): UTS #39 takes them as prototypes of their own,
/// not as confusables of the capital, but set in a word they read as the capital to anyone (`nitrile ɢLOVES`).
const SMALL_CAPITALS: &[(char, char)] = &[
    ('\u{262}', 'G'),
    ('\u{26A}', 'I'),
    ('\u{274}', 'N'),
    ('\u{280}', 'R'),
    ('\u{28F}', 'Y'),
    ('\u{299}', 'B'),
    ('\u{29C}', 'H'),
    ('\u{29F}', 'L'),
    ('\u{1D00}', 'A'),
    ('\u{1D04}', 'C'),
    ('\u{1D05}', 'D'),
    ('\u{1D07}', 'E'),
    ('\u{1D0A}', 'J'),
    ('\u{1D0B}', 'K'),
    ('\u{1D0D}', 'M'),
    ('\u{1D0F}', 'O'),
    ('\u{1D18}', 'P'),
    ('\u{1D1B}', 'T'),
    ('\u{1D1C}', 'U'),
    ('\u{1D20}', 'V'),
    ('\u{1D21}', 'W'),
    ('\u{1D22}', 'Z'),
];

/// A letter of one alphabet inside a word written in another, drawn like a letter of that other (`Xinjiаng` with a
/// Cyrillic `а`, `Кashgar` with a Cyrillic `К`, `Chinа`, `Χinjiang` with a Greek `Χ`): the word reads as itself to a
/// person and as no word to a program (a region, a city, a country not found; a score that drops without a word).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct MixedLetter {
    /// The letter.
    pub ch: char,
    /// Where it stands in the text: the count of characters before it and itself (from 1).
    pub position: usize,
    /// The word that holds it.
    pub word: String,
    /// Its alphabet, and the alphabet of the rest of the word.
    pub alphabet: Alphabet,
    pub word_alphabet: Alphabet,
    /// The letter of the word's alphabet it is drawn like.
    pub looks_like: char,
}

/// The first letter of `text` that stands in a word of another alphabet and is drawn like one of its letters
/// ([`MixedLetter`]); `None` when every word is of one alphabet, or when the other letters are drawn like none of
/// the word's alphabet (`μm`: a Greek mu beside a Latin m, read as written). A word is a run of letters and marks;
/// its alphabet is the one most of its letters are of (the first letter's on a tie). Drawn alike: the same skeleton
/// under Unicode's confusables (UTS #39, `unicode-security`, the data rustc's lint of confusable identifiers reads).
pub(super) fn mixed_letter(text: &str) -> Option<MixedLetter> {
    use unicode_security::confusable_detection::skeleton;
    // One alphabet only, and most cells are: nothing to look for.
    if text.is_ascii() {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut start = 0;
    while start < chars.len() {
        let Some(from) = chars.get(start..).and_then(|rest| rest.iter().position(|c| c.is_alphabetic())) else {
            break;
        };
        let from = start + from;
        let len = chars
            .get(from..)
            .map_or(0, |rest| rest.iter().take_while(|c| c.is_alphabetic() || Alphabet::of(**c).is_some()).count());
        let to = from + len;
        start = to.max(from + 1);
        let word = chars.get(from..to).unwrap_or_default();
        let alphabets: Vec<Alphabet> = word.iter().filter_map(|&c| Alphabet::of(c)).collect();
        let Some(&first) = alphabets.first() else { continue };
        if alphabets.iter().all(|&a| a == first) {
            // A phonetic letter drawn like an ordinary one, in a word of ordinary Latin letters (`ɡloves`).
            let phonetic = |c: char| matches!(c, '\u{250}'..='\u{2AF}' | '\u{1D00}'..='\u{1DBF}');
            let found = (first == Alphabet::Latin).then(|| {
                word.iter().enumerate().find_map(|(i, &ch)| {
                    if !phonetic(ch) {
                        return None;
                    }
                    if let Some(&(_, capital)) = SMALL_CAPITALS.iter().find(|(s, _)| *s == ch) {
                        return Some((i, ch, capital));
                    }
                    let drawn: String = skeleton(&ch.to_string()).collect();
                    let mut one = drawn.chars();
                    match (one.next(), one.next()) {
                        (Some(l), None) if l.is_ascii_alphabetic() => Some((i, ch, l)),
                        _ => None,
                    }
                })
            });
            if let Some((i, ch, looks_like)) = found.flatten() {
                return Some(MixedLetter {
                    ch,
                    position: from + i + 1,
                    word: word.iter().collect(),
                    alphabet: Alphabet::Phonetic,
                    word_alphabet: Alphabet::Latin,
                    looks_like,
                });
            }
            continue;
        }
        let count = |a: Alphabet| alphabets.iter().filter(|&&x| x == a).count();
        let word_alphabet = [Alphabet::Latin, Alphabet::Cyrillic, Alphabet::Greek]
            .into_iter()
            .filter(|&a| a != first)
            .fold(first, |best, a| if count(a) > count(best) { a } else { best });
        for (i, &ch) in word.iter().enumerate() {
            let Some(alphabet) = Alphabet::of(ch).filter(|&a| a != word_alphabet) else { continue };
            let drawn: String = skeleton(&ch.to_string()).collect();
            let looks_like = word_alphabet.letters().find(|&l| skeleton(&l.to_string()).eq(drawn.chars()));
            if let Some(looks_like) = looks_like {
                return Some(MixedLetter {
                    ch,
                    position: from + i + 1,
                    word: word.iter().collect(),
                    alphabet,
                    word_alphabet,
                    looks_like,
                });
            }
        }
    }
    None
}

/// A name in Latin letters with letters of another alphabet drawn as Latin ones (a Cyrillic `а` in `Osprey Rope аnd
/// Cordage`, a Greek `Ο`, a phonetic small capital `ɢ`), read with each such letter as the Latin letter it is drawn
/// like ([`HOMOGLYPHS`], [`SMALL_CAPITALS`]): what a person reads, where a transliteration would read a Cyrillic `р`
/// as `r` and `с` as `s`. `None` when there is nothing to read otherwise: a text in ASCII, a text with no Latin letter
/// of its own (a name in Cyrillic or Greek, even of letters that all look Latin, `ТОР`), or a text with a letter of
/// another script drawn like no Latin letter (`Северный Textile`, Chinese or Arabic letters) — a name in another
/// script, for a transliteration to read. Screening's matcher reads names so (`screening::matching`), and says a hit
/// found through it is found through look-alike letters.
pub fn read_as_latin(text: &str) -> Option<String> {
    if text.is_ascii() {
        return None;
    }
    let latin_of = |c: char| {
        HOMOGLYPHS
            .iter()
            .chain(SMALL_CAPITALS)
            .find(|(h, _)| *h == c)
            .map(|&(_, l)| l)
            .filter(char::is_ascii_alphabetic)
    };
    let (mut own, mut drawn) = (false, false);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        if latin_of(c).is_some() {
            drawn = true;
        } else if c.is_ascii() || Alphabet::of(c) == Some(Alphabet::Latin) {
            own = true;
        } else {
            return None;
        }
    }
    (own && drawn).then(|| text.chars().map(|c| latin_of(c).unwrap_or(c)).collect())
}

/// The refusal of a [`MixedLetter`] in the field named `field`, as a message of the catalogues
/// (`cell_state.mixed_script`): the value, the letter by its code point and name, its alphabet and the word's, and
/// the letter it is drawn like.
pub(super) fn mixed_letter_message(value: &str, m: &MixedLetter) -> Message {
    let (code, (name_en, name_fr)) = (format!("U+{:04X}", u32::from(m.ch)), crate::domain::characters::names(m.ch));
    Message::new("cell_state.mixed_script")
        .text("value", value)
        .text("word", m.word.as_str())
        .text("letter", m.ch.to_string())
        .text("code", code)
        .names("name", name_en, name_fr)
        .number("position", m.position as f64)
        .text("script", m.alphabet.code())
        .text("word_script", m.word_alphabet.code())
        .text("looks_like", m.looks_like.to_string())
}

/// A character's code point and name in English and in French (`U+2011 NON-BREAKING HYPHEN`, « U+2011 TRAIT
/// D'UNION INSÉCABLE »): the names of `domain::character_names` (Unicode's and ISO/IEC 10646's French edition's),
/// which hold every look-alike this module reads; the code point alone for a character they do not name.
pub(super) fn code_and_name(c: char) -> (String, String) {
    crate::domain::character_names::code_and_name(c)
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

/// How `a` differs from `b` when the two read the same (capitals aside) and are not the same text: at the first
/// place where they differ otherwise than in capitals, the character of the two that is not the ordinary one (a
/// look-alike, or the letter drawn like the other's digit). A character both share (`С-G` and `С-6` both begin with
/// a Cyrillic `С`) is no difference between them: the advice names the `G` where the other has `6`, never a
/// character the other has too. Texts whose characters do not pair one for one (a compatibility character that reads
/// as two, `ﬁ`) are told by their first unusual character.
pub(super) fn likeness(a: &str, b: &str) -> Option<Likeness> {
    if a == b || key(a) != key(b) {
        return None;
    }
    if a.chars().count() == b.chars().count() {
        let differs = |x: char, y: char| x != y && !x.to_lowercase().eq(y.to_lowercase());
        if let Some((x, y)) = a.chars().zip(b.chars()).find(|&(x, y)| differs(x, y)) {
            return Some(pair(x, y));
        }
        return Some(Likeness::Case);
    }
    let odd = |s: &str| s.chars().find(|&c| reads_as(c) != c.to_string());
    if let Some(ch) = odd(a) {
        return Some(Likeness::Character { ch, plain: reads_as(ch), in_first: true });
    }
    if let Some(ch) = odd(b) {
        return Some(Likeness::Character { ch, plain: reads_as(ch), in_first: false });
    }
    if a.to_lowercase() == b.to_lowercase() {
        return Some(Likeness::Case);
    }
    let (x, y) = a.chars().zip(b.chars()).find(|(x, y)| !x.to_lowercase().eq(y.to_lowercase()))?;
    Some(pair(x, y))
}

/// How two characters at one place of two texts that read alike differ: the one that is not ordinary (a look-alike
/// that reads as the other, `x` first), else the letter where the other has the digit it is drawn like (or, two
/// letters, `l` and `I`, the first text's).
fn pair(x: char, y: char) -> Likeness {
    let odd = |c: char| reads_as(c) != c.to_string();
    if odd(x) {
        Likeness::Character { ch: x, plain: reads_as(x), in_first: true }
    } else if odd(y) {
        Likeness::Character { ch: y, plain: reads_as(y), in_first: false }
    } else if x.is_ascii_digit() {
        Likeness::Character { ch: y, plain: x.to_string(), in_first: false }
    } else {
        Likeness::Character { ch: x, plain: y.to_string(), in_first: true }
    }
}

/// The refusal of a reference `value` that is no Site ID and holds a comma (`S1, S2` in Supplies to or Produced
/// at): Site IDs of a list are separated by semicolons, as a site's inputs are; the value is quoted as semicolons
/// would write it (`S1; S2`), the sender to say whether those are several sites.
pub(super) fn comma_list_message(value: &str) -> Option<Message> {
    if !value.contains(',') {
        return None;
    }
    let split: Vec<&str> = value.split([',', ';']).map(str::trim).filter(|p| !p.is_empty()).collect();
    Some(Message::new("checks.site_ids_comma").text("value", value.trim()).text("split", split.join("; ")))
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
            .names("character", code_and_name(*ch).0, code_and_name(*ch).1)
            .text("plain", plain.as_str())
            .names(
                "plain_code",
                plain.chars().next().map(|c| code_and_name(c).0).unwrap_or_default(),
                plain.chars().next().map(|c| code_and_name(c).1).unwrap_or_default(),
            )
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
        assert_eq!(code_and_name('\u{2011}').0, "U+2011 NON-BREAKING HYPHEN");
        assert_eq!(code_and_name('\u{FF33}').0, "U+FF33 FULLWIDTH LATIN CAPITAL LETTER S");
        assert_eq!(code_and_name('\u{FF4B}').0, "U+FF4B FULLWIDTH LATIN SMALL LETTER K");
        assert_eq!(code_and_name('\u{FF17}').0, "U+FF17 FULLWIDTH DIGIT SEVEN");
        assert_eq!(code_and_name('\u{421}').0, "U+0421 CYRILLIC CAPITAL LETTER ES");
        assert_eq!(code_and_name('-').0, "U+002D HYPHEN-MINUS");
    }

    /// Every look-alike this module reads is named in French in a French message: the Cyrillic and Greek letters,
    /// the dashes and spaces, the full-width letters and digits, and the letters and digits they read as.
    #[test]
    fn every_look_alike_is_named_in_both_languages() {
        let dashes_and_spaces = ('\u{80}'..='\u{FFFF}').filter(|&c| matches!(reads_as(c).as_str(), "-" | " "));
        let wide = ('\u{FF10}'..='\u{FF19}').chain('\u{FF21}'..='\u{FF3A}').chain('\u{FF41}'..='\u{FF5A}');
        let plain = ('0'..='9').chain('A'..='Z').chain('a'..='z').chain(['-', ' ']);
        let homoglyphs = HOMOGLYPHS.iter().map(|(h, _)| *h);
        let all: Vec<char> = homoglyphs.chain(dashes_and_spaces).chain(wide).chain(plain).collect();
        assert!(all.len() > 120, "{}", all.len());
        for c in all {
            let (en, fr) = code_and_name(c);
            assert!(en.len() > 7 && fr.len() > 7 && en != fr, "U+{:04X}: {en} / {fr}", u32::from(c));
        }
        for (c, fr) in [
            ('\u{2013}', "U+2013 TIRET DEMI-CADRATIN"),
            ('\u{A0}', "U+00A0 ESPACE INSÉCABLE"),
            ('\u{43E}', "U+043E LETTRE MINUSCULE CYRILLIQUE O"),
            ('\u{39F}', "U+039F LETTRE MAJUSCULE GRECQUE OMICRON"),
            ('\u{2009}', "U+2009 ESPACE FINE"),
            ('\u{FF10}', "U+FF10 CHIFFRE ZÉRO PLEINE CHASSE"),
            ('l', "U+006C LETTRE MINUSCULE LATINE L"),
        ] {
            assert_eq!(code_and_name(c).1, fr);
        }
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
        // A character both texts share is no difference: the first place they differ names the character.
        for (a, b, ch, plain, in_first) in [
            ("\u{421}-G", "\u{421}-6", 'G', "6", true),
            ("S\u{2011}6", "S\u{2011}G", 'G', "6", false),
            ("\u{FF33}Q", "\u{FF33}0", 'Q', "0", true),
            ("\u{405}\u{2011}1", "\u{405}-1", '\u{2011}', "-", true),
            ("s\u{2013}D", "S\u{2013}0", 'D', "0", true),
            ("ab\u{43E}", "AB\u{43E}", 'x', "", true),
        ] {
            let want =
                if ch == 'x' { Likeness::Case } else { Likeness::Character { ch, plain: plain.into(), in_first } };
            assert_eq!(likeness(a, b), Some(want), "{a} {b}");
        }
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
    fn site_ids_that_differ_by_a_letter_drawn_like_a_digit_read_alike_naming_the_letter() {
        let letter = |ch, plain: &str, in_first| Some(Likeness::Character { ch, plain: plain.into(), in_first });
        assert_eq!(likeness("Sl", "S1"), letter('l', "1", true));
        assert_eq!(likeness("S1", "SI"), letter('I', "1", false));
        assert_eq!(likeness("SO", "S0"), letter('O', "0", true));
        assert_eq!(likeness("s0", "SO"), letter('O', "0", false));
        assert_eq!(likeness("Sl", "SI"), letter('l', "I", true));
        assert_eq!(likeness("PLANT-B", "PLANT-8"), letter('B', "8", true));
        assert_eq!(likeness("S5", "SS"), letter('S', "5", false));
        assert_eq!(likeness("Z-2", "2-2"), letter('Z', "2", true));
        // G and 6, Q and D and 0 (pwgen's ambiguous characters), in either case.
        assert_eq!(likeness("SG", "S6"), letter('G', "6", true));
        assert_eq!(likeness("S6", "Sg"), letter('g', "6", false));
        assert_eq!(likeness("SQ1", "S01"), letter('Q', "0", true));
        assert_eq!(likeness("D-7", "0-7"), letter('D', "0", true));
        // Letters of other scripts whose confusable is a digit read as it.
        assert_eq!(likeness("S\u{431}", "S6"), letter('\u{431}', "6", true));
        assert_eq!(likeness("\u{417}1", "31"), letter('\u{417}', "3", true));
        assert_eq!(likeness("S\u{1A7}", "S2"), letter('\u{1A7}', "2", true));
        assert_eq!(code_and_name('\u{431}').0, "U+0431 CYRILLIC SMALL LETTER BE");
        assert_eq!(code_and_name('\u{431}').1, "U+0431 LETTRE MINUSCULE CYRILLIQUE BÉ");
        // Shapes in neither set stay two sites: T and 7, A and 4, g and 9.
        for (a, b) in [("T1", "71"), ("A1", "41"), ("Sg", "S9"), ("S1", "S2")] {
            assert_eq!(likeness(a, b), None, "{a} {b}");
        }
        assert_eq!(code_and_name('O').0, "U+004F LATIN CAPITAL LETTER O");
        assert_eq!(code_and_name('l').0, "U+006C LATIN SMALL LETTER L");
        assert_eq!(code_and_name('0').0, "U+0030 DIGIT ZERO");
        let mut known = Known::default();
        known.add("S0", "PlacesOfWork!A2");
        assert_eq!(known.like("SO").map(|k| (k.0, k.1)), Some(("S0", "PlacesOfWork!A2")));
    }

    #[test]
    fn a_reference_list_written_with_commas_is_quoted_as_semicolons_write_it() {
        let c = crate::reports::Catalog::embedded().unwrap();
        assert!(comma_list_message("S1").is_none());
        for (typed, split) in [("S1, S2", "S1; S2"), ("A,B;C", "A; B; C"), (" S-1 ,S-2 ", "S-1; S-2")] {
            let m = comma_list_message(typed).unwrap_or_else(|| panic!("{typed}"));
            let (en, fr) = c.say_both(&m);
            assert_eq!((en.clone(), fr.clone()), crate::domain::say_both(&m));
            assert!(en.contains(&format!("“{split}”")) && en.contains("semicolons"), "{en}");
            assert!(fr.contains(&format!("«\u{a0}{split}\u{a0}»")) && fr.contains("points-virgules"), "{fr}");
            assert!(!fr.contains(" :") && !fr.contains("« ") && !fr.contains(" »"), "{fr}");
        }
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

    /// A Latin name's look-alike letters read as the Latin letters they are drawn like, wherever they stand and
    /// however many; a name in another script (wholly, or with a letter drawn like no Latin one) is left to the
    /// transliteration, and a name with nothing to read otherwise gives nothing.
    #[test]
    fn a_latin_name_reads_its_look_alike_letters_as_latin_and_another_script_is_left_alone() {
        for (written, read) in [
            ("Osprey Rope \u{430}nd Cordage", "Osprey Rope and Cordage"),
            ("\u{39F}wl Ele\u{441}tronics", "Owl Electronics"),
            ("O\u{405}PREY \u{420}OPE", "OSPREY POPE"),
            ("Ca\u{440}ital Te\u{445}tiles", "Capital Textiles"),
            ("nitrile \u{262}LOVES", "nitrile GLOVES"),
            ("\u{41E}\u{41E}\u{41E} Tekstil", "OOO Tekstil"),
            ("Soci\u{E9}t\u{E9} G\u{E9}n\u{E9}r\u{430}le", "Soci\u{E9}t\u{E9} G\u{E9}n\u{E9}rale"),
        ] {
            assert_eq!(read_as_latin(written).as_deref(), Some(read), "{written}");
        }
        for other in [
            "Osprey Rope and Cordage",
            "Soci\u{E9}t\u{E9} G\u{E9}n\u{E9}rale",
            "\u{422}\u{41E}\u{420}",
            "\u{421}\u{435}\u{432}\u{435}\u{440}\u{43D}\u{44B}\u{439} Textile",
            "\u{65B0}\u{7586} Cotton",
            "Ｆｉｌａｔｕｒｅ",
        ] {
            assert_eq!(read_as_latin(other), None, "{other}");
        }
    }
}
