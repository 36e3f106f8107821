//! Text carriers → sheet grid: CSV files (alone or one per sheet in a zip) and JSON documents.
//!
//! CSV as spreadsheets really write it: the encoding is found from the byte order mark, else UTF-8 when the bytes
//! are valid UTF-8, else UTF-16 by its zero bytes, else the legacy encoding `chardetng` (the detector of Firefox)
//! guesses — Windows-1252 for the French and English of Canada — and a warning names what was read; a legacy file
//! whose declared countries all write one legacy encoding (Czechia windows-1250, Russia windows-1251, Greece
//! windows-1253 …) is read in that one when its text is plausible there, since a short file's bytes cannot tell
//! Cyrillic from Chinese, nor `Gdańsk` from `Gdañsk`. The separator
//! is the one (`,` `;` tab `|`) that makes the header line a row of the sheet's labels; with `;` numbers use the
//! decimal comma. JSON is read through bounded serde visitors: no list or object longer than the limits is ever
//! held, nesting stops at serde_json's depth limit, and `NaN`/`Infinity` are named.

use std::borrow::Cow;
use std::cell::RefCell;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::grid::{Budget, Cell, SheetBuilder, Style, Workbook, json_pointer};
use super::parse::{JsonShape, SheetRole, json_field, knows_label, sheet_role};
use super::{Limits, file_issue};
use crate::domain::{Issue, Message, MessageArg};

/// A message of the catalogues (`templates/locales/{en,fr}/intake-text.ftl`) in English and in French.
fn said(m: &Message) -> (String, String) {
    crate::domain::say_both(m)
}

/// The refusal of a whole file (`place`) in the words of a message of the catalogues.
fn file_said(place: &str, m: &Message) -> Issue {
    let (en, fr) = said(m);
    file_issue(place, en, fr)
}

/// Text decoded from a file (borrowed when the file is UTF-8 already), and the encoding it was read in when that was
/// not UTF-8.
pub struct Decoded<'a> {
    pub text: std::borrow::Cow<'a, str>,
    pub encoding: Option<&'static str>,
    /// The encoding was chosen by the countries the file declares, all of which write it (see [`decode`]).
    pub by_countries: bool,
}

/// The first place where a text file is not valid in the encoding it is read in. Nothing is ever replaced by
/// U+FFFD: a byte that cannot be read would change a value without anyone seeing it, so the file is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Undecodable {
    /// The encoding the file is read in, by its WHATWG name (`UTF-8`, `UTF-16LE`, `windows-1252`…).
    pub encoding: &'static str,
    /// Offset of the first byte that cannot be read, from the start of the file (0-based, byte order mark
    /// included).
    pub byte: usize,
    /// Line of that byte (1-based, lines end at `\n`).
    pub line: usize,
    /// Character of that line where it stands (1-based, counted in characters read before it).
    pub character: usize,
    /// Why it cannot be read.
    pub why: Unreadable,
}

/// Why a text file cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// A byte sequence that is not valid in the encoding read.
    Invalid,
    /// The file is in UTF-32 (by its byte order mark, or by its zero bytes three in four), which spreadsheets do not
    /// write and the intake does not read.
    Utf32,
    /// Read in the guessed legacy encoding, the text holds characters no one types where they stand (a control
    /// character, or a symbol between two letters: `SociŽtŽ` is `Société` written on a Mac, Mac OS Roman): the
    /// guess cannot be trusted. Holds the word where it shows.
    Doubtful(String),
    /// Read in the guessed legacy encoding (not one of Latin letters), the text puts a character of that encoding's
    /// script inside a word of Latin letters (`Mџller`), or no letter at all where its bytes are not ASCII
    /// (`〕esund`): Western text written in another legacy encoding (Mac OS Roman, DOS), most likely. Holds the word.
    Foreign(String),
    /// The guessed legacy encoding is one of Latin letters other than Windows-1252 (windows-1250 of Central Europe,
    /// windows-1257 of the Baltic states …): its letters read as plausible Latin letters whether the guess is right
    /// or the file is Western text in another legacy encoding, so it cannot be told for sure. Holds the first word
    /// that is not ASCII.
    LatinLegacy(String),
    /// Guessed Windows-1252, but a letter that reading gives is one Western text rarely holds and Central European
    /// text often does (`Tøinec` is `Třinec` in windows-1250: ø ř, ù ů, õ ő, ì ě, ò ň … share their bytes). Holds the
    /// word as each of the two encodings reads it.
    WesternOrCentral { western: String, central: String },
    /// Not valid UTF-8, and too few of its bytes form UTF-8 characters to call it UTF-8 with a few stray bytes (a
    /// short file in a legacy encoding of two-byte characters, GB18030 of `深圳`, reads partly as UTF-8 by chance);
    /// read whole in the guessed legacy encoding, it gives letters of one script. Holds the first word that is not
    /// ASCII in that reading.
    Legacy(Vec<(&'static str, String)>),
}

/// An encoding by its WHATWG name with the script or region it writes (`encoding.named`): `windows-1251
/// (Cyrillic)` / `windows-1251 (cyrillique)`. GBK is read by the GB18030 decoder (WHATWG), and is named so.
fn encoding_words(name: &str) -> Message {
    let script = match name {
        "windows-1250" | "ISO-8859-2" => "central",
        "windows-1251" | "KOI8-R" | "KOI8-U" | "ISO-8859-5" | "IBM866" | "x-mac-cyrillic" => "cyrillic",
        "windows-1252" | "ISO-8859-15" | "macintosh" => "western",
        "windows-1253" | "ISO-8859-7" => "greek",
        "windows-1254" | "ISO-8859-9" => "turkish",
        "windows-1255" | "ISO-8859-8" | "ISO-8859-8-I" => "hebrew",
        "windows-1256" | "ISO-8859-6" => "arabic",
        "windows-1257" | "ISO-8859-4" | "ISO-8859-13" => "baltic",
        "windows-1258" => "vietnamese",
        "windows-874" => "thai",
        "Shift_JIS" | "EUC-JP" | "ISO-2022-JP" => "japanese",
        "GBK" | "gb18030" => "simplified_chinese",
        "Big5" => "traditional_chinese",
        "EUC-KR" => "korean",
        _ => "none",
    };
    let shown = if name == "GBK" { "GB18030 (GBK)" } else { name };
    Message::new("encoding.named").text("name", shown).text("script", script)
}

impl Undecodable {
    /// The refusal of `file`, a CSV file (or a screening list), in both languages, naming the byte, its line and what
    /// to do: save it as "CSV UTF-8".
    pub fn issue(&self, file: &str) -> Issue {
        self.issue_of(file, false)
    }

    /// The refusal of `file`, a JSON document: the same, said of JSON (written in UTF-8 by RFC 8259), never of CSV.
    pub fn json_issue(&self, file: &str) -> Issue {
        self.issue_of(file, true)
    }

    fn issue_of(&self, file: &str, json: bool) -> Issue {
        let Undecodable { encoding, byte, line, character, why } = self;
        // How to save the file again, in the words of its format.
        let json = if json { "yes" } else { "no" };
        let how = Message::new("encoding.how").text("json", json);
        let line = line.to_string();
        let m = match why {
            Unreadable::Invalid => {
                let key = if *encoding == "UTF-8" { "encoding.invalid_part" } else { "encoding.invalid" };
                Message::new(key)
                    .text("encoding", *encoding)
                    .text("byte", byte.to_string())
                    .text("line", line)
                    .text("character", character.to_string())
            }
            Unreadable::Utf32 => Message::new("encoding.utf32").text("json", json),
            Unreadable::Foreign(word) => Message::new("encoding.foreign")
                .said("encoding", encoding_words(encoding))
                .text("word", word.as_str())
                .text("line", line),
            Unreadable::LatinLegacy(word) => Message::new("encoding.latin_legacy")
                .said("encoding", encoding_words(encoding))
                .text("word", word.as_str())
                .text("line", line),
            Unreadable::WesternOrCentral { western, central } => Message::new("encoding.western_or_central")
                .said("western_encoding", encoding_words("windows-1252"))
                .text("western", western.as_str())
                .said("central_encoding", encoding_words("windows-1250"))
                .text("central", central.as_str())
                .text("line", line),
            Unreadable::Legacy(readings) => {
                let readings = readings
                    .iter()
                    .map(|(name, word)| {
                        Message::new("encoding.reading")
                            .said("encoding", encoding_words(name))
                            .text("word", word.as_str())
                    })
                    .collect();
                Message::new("encoding.too_short").with("readings", MessageArg::List(readings)).text("line", line)
            }
            Unreadable::Doubtful(word) => Message::new("encoding.doubtful")
                .said("encoding", encoding_words(encoding))
                .text("word", word.as_str())
                .text("line", line),
        };
        file_said(file, &m.said("how", how))
    }
}

/// Decodes `bytes[skip..]` in `enc`, refusing the first sequence that is not valid in it.
fn strict<'a>(enc: &'static encoding_rs::Encoding, bytes: &'a [u8], skip: usize) -> Result<Cow<'a, str>, Undecodable> {
    let body = bytes.get(skip..).unwrap_or_default();
    if let Some(text) = enc.decode_without_bom_handling_and_without_replacement(body) {
        return Ok(text);
    }
    // Find the place: decode again up to the first malformed sequence.
    let mut decoder = enc.new_decoder_without_bom_handling();
    let room = decoder.max_utf8_buffer_length_without_replacement(body.len()).unwrap_or(body.len().saturating_mul(3));
    let mut read_text = String::with_capacity(room);
    let (result, read) = decoder.decode_to_string_without_replacement(body, &mut read_text, true);
    let bad_at = match result {
        encoding_rs::DecoderResult::Malformed(bad, after) => {
            read.saturating_sub(usize::from(bad)).saturating_sub(usize::from(after))
        }
        _ => read,
    };
    let line = read_text.matches('\n').count() + 1;
    let character = read_text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    Err(Undecodable { encoding: enc.name(), byte: skip + bad_at, line, character, why: Unreadable::Invalid })
}

/// Whether the first bytes of a file (a multiple of four, up to 4 KiB) look like UTF-32: in text of any script,
/// the highest byte of every four is zero, and so is the next one but for the rare characters past U+FFFF.
/// `Some(true)`: little-endian; `Some(false)`: big-endian.
fn utf32_by_zeros(bytes: &[u8]) -> Option<bool> {
    let sample = bytes.get(..bytes.len().min(4096) / 4 * 4).unwrap_or_default();
    let units = sample.len() / 4;
    if units == 0 {
        return None;
    }
    let zeros = |at: usize| sample.iter().skip(at).step_by(4).filter(|b| **b == 0).count();
    let (z0, z1, z2, z3) = (zeros(0), zeros(1), zeros(2), zeros(3));
    let most = |z: usize| z * 10 >= units * 9;
    let few = |z: usize| z * 10 < units * 3;
    if most(z2) && most(z3) && few(z0) {
        Some(true)
    } else if most(z0) && most(z1) && few(z3) {
        Some(false)
    } else {
        None
    }
}

/// Characters of Windows-1252's bytes 0x80–0x9F that stand between two letters only when the text was written in
/// another encoding: every control character there, and the symbols (`ƒ ˆ ‰ Š ‹ Ž ˜ ™ › Ÿ ‚ „ † ‡ – — • … € ‘ “ ”`:
/// `Peña` written on a Mac reads `Pe–a`), and the symbols of Latin-1 (`¡ ¢ £ ¤ ¥ ¦ § ¨ © « ¬ ® ¯ ° ± ² ³ ¶ ¸ ¹ » ¼ ½ ¾ ¿
/// × ÷`: `Peña` written in DOS code page 850 reads `Pe¤a`, `León` reads `Le¢n`); not `·` (Catalan `col·lecció`) nor
/// `´`. The letters
/// `œ š ž` and the typographic apostrophe and quotes do stand inside words (`cœur`, `Mažeikiai`, `l’usine`).
fn foreign_between_letters(c: char) -> bool {
    matches!(
        c,
        '\u{80}'
            ..='\u{9F}'
                | 'ƒ'
                | 'ˆ'
                | '‰'
                | 'Š'
                | '‹'
                | 'Ž'
                | '˜'
                | '™'
                | '›'
                | 'Ÿ'
                | '‚'
                | '„'
                | '†'
                | '‡'
                | '–'
                | '—'
                | '•'
                | '…'
                | '€'
                | '‘'
                | '“'
                | '”'
                | '¡'..='©'
                | '«'
                | '¬'
                | '®'..='³'
                | '¶'
                | '¸'
                | '¹'
                | '»'..='¿'
                | '×'
                | '÷'
    )
}

/// The first word of a text read in a guessed legacy encoding that shows the guess wrong: a control character
/// anywhere (tab and line breaks aside), or one of [`foreign_between_letters`] between two letters. With its line.
fn doubtful_word(text: &str) -> Option<(String, usize)> {
    let mut prev: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    let mut at = None;
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let control = matches!(c, '\u{80}'..='\u{9F}');
        // Between letters, or in a run of such symbols between letters (`Ca–—n`: `Cañón`).
        // A no-break space stands in such a run too (`á` is 0xA0 in code page 850: `Ibáñez` reads `Ib\u{A0}¤ez`).
        let letterish = |x: char| x.is_alphabetic() || x == '\u{A0}' || foreign_between_letters(x);
        let between = foreign_between_letters(c)
            && prev.is_some_and(letterish)
            && next.is_some_and(letterish)
            && (prev.is_some_and(char::is_alphabetic) || next.is_some_and(char::is_alphabetic));
        // A capital after a small letter of the same word (`AttestŽ`: `Attesté`).
        let capital_inside = matches!(c, 'Š' | 'Ž' | 'Ÿ' | 'Œ') && prev.is_some_and(char::is_lowercase);
        // A typographic apostrophe between small letters that is neither an elision (`l’usine`, `qu’il`) nor an
        // English contraction (`supplier’s`, `don’t`): `Mart’nez` is `Martínez` written on a Mac.
        let odd_apostrophe = c == '’'
            && prev.is_some_and(char::is_lowercase)
            && next.is_some_and(char::is_lowercase)
            && !apostrophe_in_words(
                text.get(..i).unwrap_or_default(),
                text.get(i + c.len_utf8()..).unwrap_or_default(),
            );
        // `š ž œ` inside a word of a text with no accented letter of Latin-1 (`Kšln`: `Köln` written on a Mac,
        // where ö is 0x9A); a text in Windows-1252 that has them has other accents too.
        let lone_letter = matches!(c, 'š' | 'ž' | 'œ' | 'Œ')
            && prev.is_some_and(char::is_alphabetic)
            && next.is_some_and(char::is_alphabetic)
            && !text.chars().any(|l| matches!(l, 'À'..='ÿ') && l.is_alphabetic());
        if control || between || capital_inside || odd_apostrophe || lone_letter {
            at = Some(i);
            break;
        }
        prev = Some(c);
    }
    let at = at?;
    let bound = |c: char| c.is_whitespace() || c == ',' || c == ';';
    let before = text.get(..at).unwrap_or_default();
    let start = before.rfind(bound).map_or(0, |p| p + 1);
    let after = text.get(at..).unwrap_or_default();
    let end = after.find(bound).map_or(text.len(), |p| p + at);
    let word: String = text
        .get(start..end)
        .unwrap_or_default()
        .chars()
        .take(40)
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect();
    let line = before.matches('\n').count() + 1;
    Some((word, line))
}

/// Whether a typographic apostrophe between `before` and `after` stands where one is written: after a French elided
/// word (`l’`, `d’`, `qu’`, `jusqu’` …) or before an English contraction (`’s`, `’t`, `’ll` …).
fn apostrophe_in_words(before: &str, after: &str) -> bool {
    let word_before: String =
        before.chars().rev().take_while(|c| c.is_alphabetic()).collect::<Vec<_>>().into_iter().rev().collect();
    let word_after: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
    let elision = matches!(
        word_before.to_lowercase().as_str(),
        "l" | "d" | "j" | "n" | "s" | "c" | "m" | "t" | "qu" | "jusqu" | "lorsqu" | "puisqu" | "quoiqu" | "presqu"
    );
    elision || matches!(word_after.as_str(), "s" | "t" | "d" | "ll" | "re" | "ve" | "m")
}

/// The word around byte `at` of a text (bounded by white space, `,` and `;`), at most 40 characters, control
/// characters shown as U+FFFD; with its line.
fn word_at(text: &str, at: usize) -> (String, usize) {
    let bound = |c: char| c.is_whitespace() || c == ',' || c == ';';
    let before = text.get(..at).unwrap_or_default();
    let start = before.rfind(bound).map_or(0, |p| p + 1);
    let after = text.get(at..).unwrap_or_default();
    let end = after.find(bound).map_or(text.len(), |p| p + at);
    let word = text
        .get(start..end)
        .unwrap_or_default()
        .chars()
        .take(40)
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect();
    (word, before.matches('\n').count() + 1)
}

/// Whether a letter is of the Latin script (accented letters of Latin-1, Latin Extended-A, -B and Additional).
fn latin_letter(c: char) -> bool {
    matches!(c, 'À'..='ɏ' | '\u{1E00}'..='\u{1EFF}') && c.is_alphabetic()
}

/// What a text read in a guessed legacy encoding other than Windows-1252 shows of the guess, judged by its characters
/// that are not ASCII (ASCII reads the same in every such encoding, so it tells nothing): `Ok` when they are letters
/// of the script the guess writes (Cyrillic, Greek, Japanese …) and nothing in them shows the guess wrong; else why
/// not, with the word that shows it and its line.
fn judge_guess(text: &str) -> Result<(), (Unreadable, usize)> {
    let (mut letters, mut latin) = (0usize, 0usize);
    let mut first_other: Option<usize> = None;
    let mut prev: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        if !c.is_ascii() {
            first_other = first_other.or(Some(i));
            if c.is_alphabetic() {
                letters += 1;
                latin += usize::from(latin_letter(c));
            }
            // One character of another script between two Latin letters of a word: a Western accented letter read
            // in a wrong guess (`Müller` written on a Mac reads `Mџller` as windows-1251). Punctuation
            // (`supplier’s`) and Latin-1 symbols are judged elsewhere.
            let punctuation = matches!(c, '\u{A0}'..='\u{BF}' | '\u{2000}'..='\u{206F}');
            if !punctuation
                && !latin_letter(c)
                && prev.is_some_and(|p| p.is_ascii_alphabetic())
                && next.is_some_and(|n| n.is_ascii_alphabetic())
            {
                let (word, line) = word_at(text, i);
                return Err((Unreadable::Foreign(word), line));
            }
            // A word that starts with a small letter followed by a capital (`нОСКВА`): a Cyrillic or Greek text read
            // in another encoding of its script (KOI8-R read as windows-1251 swaps the cases, and back).
            if c.is_uppercase()
                && prev.is_some_and(|p| !p.is_ascii() && p.is_lowercase())
                && text.get(..i).is_some_and(|before| {
                    let mut back = before.chars().rev();
                    back.next();
                    back.next().is_none_or(|b| !b.is_alphabetic())
                })
            {
                let (word, line) = word_at(text, i);
                return Err((Unreadable::Doubtful(word), line));
            }
        }
        prev = Some(c);
    }
    let Some(at) = first_other else { return Ok(()) };
    if letters == 0 {
        // Bytes past ASCII that read as no letter at all (`Ålesund` written on a Mac reads `〕esund` as Shift_JIS).
        let (word, line) = word_at(text, at);
        return Err((Unreadable::Foreign(word), line));
    }
    if latin * 10 >= letters * 9 {
        let first_latin = text.char_indices().find(|&(_, c)| latin_letter(c)).map_or(at, |(i, _)| i);
        let (word, line) = word_at(text, first_latin);
        return Err((Unreadable::LatinLegacy(word), line));
    }
    Ok(())
}

/// The letters Windows-1252 gives for bytes that windows-1250 reads as other letters, leaving out those Western
/// languages write every day (é è à ê ñ û œ …) and those Nordic and Catalan names begin or hold (`Øresund`,
/// `Ålesund`, `Besòs`, `São Paulo`, read as written): `ø` is `ř`, `ù` is `ů`, `õ` is `ő`, `ì` is `ě`.
/// Found by comparing the two code pages (WHATWG encoding tables) byte by byte.
const CENTRAL_IN_WESTERN: &str = "ìõøùÌÕÙ";

/// Whether the detector, told the file comes from a country that writes windows-1250 (Czechia, Poland, Hungary,
/// Slovakia, Slovenia, Croatia), takes it for windows-1250: the bytes then read as plausible Central European text
/// too (chardetng weighs a country's own encodings higher, and still rejects one its bytes make implausible).
fn central_plausible(bytes: &[u8]) -> bool {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    [b"cz", b"pl", b"hu", b"sk", b"si", b"hr"]
        .iter()
        .any(|tld| detector.guess(Some(tld.as_slice()), chardetng::Utf8Detection::Deny) == encoding_rs::WINDOWS_1250)
}

/// Whether the letter at `at` of a Windows-1252 reading stands where no Western language writes it, but where the
/// windows-1250 letter of its byte stands every day — each judged by the languages that write it in Western text:
/// - `ã` (Romanian `ă`: `Brăila` reads `Brãila`): Portuguese writes it before `o`, `e`, `s` or at the end of a word
///   (`São`, `mãe`, `irmãs`, `Grã`), never before another letter;
/// - `ò` (Czech `ň`: `Plzeň` reads `Plzeò`): Catalan and Italian write it after a consonant or `u` (`Besòs`, `può`),
///   never after another vowel;
/// - `æ` `Æ` (Polish and Croatian `ć` `Ć`: `Ćuprija` reads `Æuprija`, `Pavić` reads `Paviæ`): Danish, Norwegian and
///   Icelandic write them beside consonants (`Næstved`, `Ærø`, `knæ`), never after a vowel nor before one at the
///   start of a word;
/// - `è` `È` (Czech, Slovak, Croatian `č` `Č`: `Kočevje` reads `Koèevje`): French and Italian write them before a
///   consonant or at the end of a word (`Rivières`, `Èze`, `caffè`), never before a vowel;
/// - `ï` `Ï` (Czech and Slovak `ď` `Ď`: `Ďáblice` reads `Ïáblice`): French and Catalan write it after a vowel only
///   (`naïf`, `Loïc`);
/// - `þ` (Romanian `ţ`: `Constanţa` reads `Constanþa`): Icelandic writes it at the start of a word only.
fn central_in_context(western: &[char], at: usize) -> bool {
    let vowel = |c: Option<&char>| c.is_some_and(|c| "aeiouyáéíóúýAEIOUYÁÉÍÓÚÝ".contains(*c));
    let letter = |c: Option<&char>| c.is_some_and(|c| c.is_alphabetic());
    let (before, here, after) = (at.checked_sub(1).and_then(|b| western.get(b)), western.get(at), western.get(at + 1));
    match here {
        Some('ã' | 'Ã') => letter(after) && !after.is_some_and(|c| "oesOES".contains(*c)),
        Some('ò' | 'Ò') => vowel(before) && !before.is_some_and(|c| matches!(c, 'u' | 'U')),
        Some('æ') => vowel(before),
        Some('Æ') => !letter(before) && vowel(after),
        Some('è' | 'È') => vowel(after),
        Some('ï' | 'Ï') => !vowel(before),
        Some('þ') => letter(before),
        _ => false,
    }
}

/// A text read as Windows-1252 that holds a letter of [`CENTRAL_IN_WESTERN`] (where `central_plausible`, the
/// detector, finds the bytes plausible Central European text), or a letter [`central_in_context`] finds where no
/// Western language writes it: the word as Windows-1252 reads it, as windows-1250 reads it, and its line.
/// A letter of `own.0` (those the declared countries write, see [`OWN_LETTERS`]) in a word whose letters past ASCII
/// are all of `own.1` (their alphabets) is never found.
fn central_in_western(bytes: &[u8], text: &str, own: &(String, String)) -> Option<(String, String, usize)> {
    // Both are single-byte encodings: the n-th character of each reading is the n-th byte.
    let western: Vec<char> = text.chars().collect();
    let central: Vec<char> = encoding_rs::WINDOWS_1250.decode_without_bom_handling(bytes).0.chars().collect();
    let lower = |c: char| c.to_lowercase().next().unwrap_or(c);
    let of_alphabet = |c: &char| c.is_ascii() || !c.is_alphabetic() || own.1.contains(lower(*c));
    let word_is_own = |i: usize| {
        let start = western.get(..i).and_then(|b| b.iter().rposition(|c| !c.is_alphabetic())).map_or(0, |p| p + 1);
        let end =
            western.get(i..).and_then(|a| a.iter().position(|c| !c.is_alphabetic())).map_or(western.len(), |p| i + p);
        western.get(start..end).is_some_and(|w| w.iter().all(of_alphabet))
    };
    let foreign = |i: &usize| western.get(*i).is_some_and(|c| !own.0.contains(lower(*c)) || !word_is_own(*i));
    let at = (0..western.len()).filter(foreign).find(|&i| central_in_context(&western, i)).or_else(|| {
        central_plausible(bytes)
            .then(|| {
                (0..western.len())
                    .filter(foreign)
                    .find(|&i| western.get(i).is_some_and(|c| CENTRAL_IN_WESTERN.contains(*c)))
            })
            .flatten()
    })?;
    let bound = |c: &char| c.is_whitespace() || matches!(c, ',' | ';' | '"');
    let start = western.get(..at)?.iter().rposition(bound).map_or(0, |p| p + 1);
    let end = western.get(at..)?.iter().position(bound).map_or(western.len(), |p| at + p).min(start + 40);
    let word = |chars: &[char]| chars.get(start..end).map(|w| w.iter().collect::<String>());
    let line = western.get(..at)?.iter().filter(|&&c| c == '\n').count() + 1;
    Some((word(&western)?, word(&central)?, line))
}

/// Whether bytes that are not valid UTF-8 still look written in UTF-8: at least as many well-formed non-ASCII UTF-8
/// characters as broken sequences (a file of UTF-8 with a few bytes pasted from a legacy encoding). A file in a
/// legacy encoding has almost no well-formed UTF-8 sequences.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (good, broken) = utf8_counts(bytes);
    good >= broken
}

/// The well-formed non-ASCII UTF-8 characters of `bytes`, and its broken sequences.
fn utf8_counts(bytes: &[u8]) -> (usize, usize) {
    let (mut good, mut broken) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        broken += usize::from(!chunk.invalid().is_empty());
    }
    (good, broken)
}

/// A file [`mostly_utf8`] but not by far (fewer than four well-formed UTF-8 characters a broken sequence: a UTF-8
/// file with stray bytes pasted in has many more), which the legacy guess reads whole as letters of one script that
/// is not Latin (a short GB18030, Big5, Shift_JIS or windows-1251 file, whose two-byte characters form UTF-8 by
/// chance): refused naming that encoding and its reading, not as UTF-8 with a part in another encoding.
fn legacy_not_utf8(bytes: &[u8]) -> Option<Undecodable> {
    let (good, broken) = utf8_counts(bytes);
    if good >= broken.saturating_mul(4) {
        return None;
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let enc = detector.guess(None, chardetng::Utf8Detection::Deny);
    if enc == encoding_rs::UTF_8 || enc == encoding_rs::WINDOWS_1252 {
        return None;
    }
    let text = enc.decode_without_bom_handling_and_without_replacement(bytes)?;
    if judge_guess(&text).is_err() || doubtful_word(&text).is_some() {
        return None;
    }
    Some(legacy_readings(bytes, enc, &text))
}

/// The legacy encodings of scripts other than Latin whose readings of a short file are weighed against each other.
const LEGACY_RIVALS: [&encoding_rs::Encoding; 6] = [
    encoding_rs::GBK,
    encoding_rs::BIG5,
    encoding_rs::SHIFT_JIS,
    encoding_rs::EUC_KR,
    encoding_rs::WINDOWS_1251,
    encoding_rs::WINDOWS_1253,
];

/// Below this many bytes past ASCII, a legacy guess of a script other than Latin is not trusted when another such
/// encoding reads the bytes as plausible letters too: two-byte Chinese text reads as Cyrillic words (`深圳` in
/// GB18030 is `Щюлк` in windows-1251), and a few letters cannot tell them apart.
const SHORT_LEGACY: usize = 48;

/// The refusal of a file read in the legacy encoding `enc` as `text` that cannot be told for sure: the first word
/// past ASCII as `enc` reads it, and as each other encoding of [`LEGACY_RIVALS`] that reads the whole file as
/// plausible letters, GB18030 first.
fn legacy_readings(bytes: &[u8], enc: &'static encoding_rs::Encoding, text: &str) -> Undecodable {
    let word_of = |text: &str| {
        let at = text.char_indices().find(|&(_, c)| !c.is_ascii()).map_or(0, |(i, _)| i);
        word_at(text, at)
    };
    let (word, line) = word_of(text);
    let mut readings = vec![(enc.name(), word)];
    for rival in LEGACY_RIVALS {
        if rival == enc {
            continue;
        }
        if let Some(other) = rival.decode_without_bom_handling_and_without_replacement(bytes)
            && other != text
            && judge_guess(&other).is_ok()
            && doubtful_word(&other).is_none()
        {
            readings.push((rival.name(), word_of(&other).0));
        }
    }
    readings.sort_by_key(|(name, _)| *name != "GBK");
    Undecodable { encoding: enc.name(), byte: 0, line, character: 1, why: Unreadable::Legacy(readings) }
}

/// A short file that the legacy guess `enc` (of a script other than Latin) reads as `text`, and another encoding
/// of [`LEGACY_RIVALS`] reads as plausible letters too: refused naming each reading.
fn short_and_ambiguous(bytes: &[u8], enc: &'static encoding_rs::Encoding, text: &str) -> Option<Undecodable> {
    if bytes.iter().filter(|b| !b.is_ascii()).count() >= SHORT_LEGACY {
        return None;
    }
    let refusal = legacy_readings(bytes, enc, text);
    match &refusal.why {
        Unreadable::Legacy(readings) if readings.len() > 1 => Some(refusal),
        _ => None,
    }
}

/// The legacy encoding each country writes its own language in: the evidence a file's declared countries give.
/// Countries of two scripts (Serbia, Kazakhstan's Latin reform, Cyprus) are left out.
const COUNTRY_ENCODINGS: [(&str, &encoding_rs::Encoding); 51] = [
    // Western Europe and the Americas: Windows-1252 (`Ærø`, `Grã-Bretanha`, `Þingvellir` read as written).
    ("CA", encoding_rs::WINDOWS_1252),
    ("US", encoding_rs::WINDOWS_1252),
    ("FR", encoding_rs::WINDOWS_1252),
    ("BE", encoding_rs::WINDOWS_1252),
    ("LU", encoding_rs::WINDOWS_1252),
    ("CH", encoding_rs::WINDOWS_1252),
    ("DE", encoding_rs::WINDOWS_1252),
    ("AT", encoding_rs::WINDOWS_1252),
    ("NL", encoding_rs::WINDOWS_1252),
    ("GB", encoding_rs::WINDOWS_1252),
    ("IE", encoding_rs::WINDOWS_1252),
    ("IT", encoding_rs::WINDOWS_1252),
    ("ES", encoding_rs::WINDOWS_1252),
    ("PT", encoding_rs::WINDOWS_1252),
    ("DK", encoding_rs::WINDOWS_1252),
    ("NO", encoding_rs::WINDOWS_1252),
    ("SE", encoding_rs::WINDOWS_1252),
    ("FI", encoding_rs::WINDOWS_1252),
    ("IS", encoding_rs::WINDOWS_1252),
    ("FO", encoding_rs::WINDOWS_1252),
    ("BR", encoding_rs::WINDOWS_1252),
    ("MX", encoding_rs::WINDOWS_1252),
    ("AR", encoding_rs::WINDOWS_1252),
    ("CL", encoding_rs::WINDOWS_1252),
    ("CO", encoding_rs::WINDOWS_1252),
    ("PE", encoding_rs::WINDOWS_1252),
    ("AU", encoding_rs::WINDOWS_1252),
    ("NZ", encoding_rs::WINDOWS_1252),
    ("CZ", encoding_rs::WINDOWS_1250),
    ("PL", encoding_rs::WINDOWS_1250),
    ("HU", encoding_rs::WINDOWS_1250),
    ("SK", encoding_rs::WINDOWS_1250),
    ("SI", encoding_rs::WINDOWS_1250),
    ("HR", encoding_rs::WINDOWS_1250),
    ("RO", encoding_rs::WINDOWS_1250),
    ("BA", encoding_rs::WINDOWS_1250),
    ("RU", encoding_rs::WINDOWS_1251),
    ("BG", encoding_rs::WINDOWS_1251),
    ("UA", encoding_rs::WINDOWS_1251),
    ("BY", encoding_rs::WINDOWS_1251),
    ("MK", encoding_rs::WINDOWS_1251),
    ("GR", encoding_rs::WINDOWS_1253),
    ("TR", encoding_rs::WINDOWS_1254),
    ("LT", encoding_rs::WINDOWS_1257),
    ("LV", encoding_rs::WINDOWS_1257),
    ("EE", encoding_rs::WINDOWS_1257),
    // Vietnamese: windows-1258, its tone marks written as combining characters after their letter (`Bắc` is `Bă`
    // and U+0301).
    ("VN", encoding_rs::WINDOWS_1258),
    ("CN", encoding_rs::GBK),
    ("TW", encoding_rs::BIG5),
    ("JP", encoding_rs::SHIFT_JIS),
    ("KR", encoding_rs::EUC_KR),
];

/// The letters a country's languages write every day that Windows-1252 shares with windows-1250's other letters, so
/// that the checks of Western text ([`CENTRAL_IN_WESTERN`], [`central_in_context`]) take them for Central European
/// ones — Danish, Norwegian and Faroese `ø` (`ř`) and `æ` (`ć`: `Ærø`, `Tromsø`), Icelandic `æ` and `þ` (`ţ`, inside
/// compounds: `Alþingi`), Italian `ì ò ù` (`Forlì`, `Cantù`), Portuguese `õ ã` (`Camões`, `cãibra`), French `ù`
/// (`où`) — each with the letters past ASCII of the country's alphabets (lower case). A file all of whose declared
/// countries write Windows-1252 reads such a letter as the country's own when every letter past ASCII of its word is
/// of those alphabets: `Ærøskøbing` in a Danish file, not `Pøíbram` (Czech `Příbram`: Danish writes no `í`).
/// From the alphabets of these languages; the Central European letters of each byte from the WHATWG tables.
const OWN_LETTERS: [(&str, &str, &str); 12] = [
    ("DK", "øæ", "æøåéäöü"),
    ("NO", "øæ", "æøåéèêóòâôäöü"),
    ("FO", "øæ", "æøåáíóúýð"),
    ("IS", "æþ", "áéíóúýþæöð"),
    ("IT", "ìòù", "àèéìîòóù"),
    ("CH", "ìòù", "àâäçéèêëîïôöùûüÿœæìíòóú"),
    ("PT", "õã", "áâãàçéêíóôõúü"),
    ("BR", "õã", "áâãàçéêíóôõúü"),
    ("FR", "ù", "àâæçéèêëîïôœùûüÿ"),
    ("BE", "ù", "àâæçéèêëîïôœùûüÿäö"),
    ("LU", "ù", "àâæçéèêëîïôœùûüÿäö"),
    ("CA", "ù", "àâæçéèêëîïôœùûüÿ"),
];

/// The letters of [`OWN_LETTERS`] that the countries `countries` write, and their alphabets (lower case).
fn own_letters(countries: &[crate::domain::CountryCode]) -> (String, String) {
    let mine = || OWN_LETTERS.iter().filter(|(code, ..)| countries.iter().any(|c| c.as_str() == *code));
    (mine().map(|(_, own, _)| *own).collect(), mine().map(|(.., alphabet)| *alphabet).collect())
}

/// How many lines of a file are looked at for its declared countries.
const EVIDENCE_LINES: usize = 2_000;

/// The countries a CSV file declares: the values of its `Country` / `Pays` column (named in its first line, the
/// table's headings, or in the line after Excel's `sep=;`) and of a `Country` / `Pays` row (a form's label and value), read as ASCII-compatible text
/// (codes and English or French names are written in the letters every legacy encoding of Latin shares).
fn declared_countries(bytes: &[u8]) -> Vec<crate::domain::CountryCode> {
    let text = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0;
    // Excel's separator line (`sep=;`) is no heading: the headings are on the line after it, read with its separator.
    let (declared, text) = match declared_separator(&text) {
        Some((sep, rest)) => (Some(sep), rest),
        None => (None, &*text),
    };
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or_default();
    let sep = declared.unwrap_or_else(|| {
        SEPARATORS.into_iter().max_by_key(|s| first.bytes().filter(|b| b == s).count()).unwrap_or(b',')
    });
    let is_country = |f: &str| matches!(crate::domain::text::fold_label(f).as_str(), "country" | "pays");
    let mut rdr =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(sep).from_reader(text.as_bytes());
    let mut column = None;
    let mut found = Vec::new();
    for (n, record) in rdr.records().take(EVIDENCE_LINES).enumerate() {
        let Ok(record) = record else { break };
        if n == 0 {
            column = record.iter().position(is_country);
        }
        let mut values = Vec::new();
        if let Some(v) = column.and_then(|c| record.get(c)).filter(|_| n > 0) {
            values.push(v);
        }
        if record.get(0).is_some_and(is_country)
            && let Some(v) = record.get(1)
        {
            values.push(v);
        }
        for v in values {
            if let Some(code) = crate::domain::CountryCode::parse(v)
                && !found.contains(&code)
            {
                found.push(code);
            }
        }
    }
    found
}

/// The legacy encoding every country a file declares writes (see [`COUNTRY_ENCODINGS`]), when they all write the
/// same one; `None` when the file declares none, or countries of different encodings, or one not in the table.
/// With the countries themselves.
fn encoding_of_countries(bytes: &[u8]) -> Option<(&'static encoding_rs::Encoding, Vec<crate::domain::CountryCode>)> {
    let countries = declared_countries(bytes);
    let mut encodings =
        countries.iter().map(|c| COUNTRY_ENCODINGS.iter().find(|(code, _)| *code == c.as_str()).map(|(_, enc)| *enc));
    let first = encodings.next()??;
    encodings.all(|e| e == Some(first)).then_some((first, countries))
}

/// Whether a reading in a legacy encoding of Latin letters (windows-1250, -1254, -1257) looks like text of that
/// encoding: every character past ASCII is a Latin letter or punctuation, and every word holding one also holds a
/// letter of ASCII (`Plzeň`, `Łódź`, `Brăila`; two-byte Chinese read as such letters makes words of accented letters
/// only: `ÉîŰÚ`).
///
/// A word of one or two letters may be of accented letters only (`à`, `où`, `Å`, `Ö`, Turkish `A.Ş.`, Vietnamese
/// `Đà`), as may a combining tone mark after a letter (windows-1258 writes `Bắc` as `Bă` and U+0301); two-byte
/// Chinese text reads as words of four letters or more (`丝绸之路` is eight).
fn latin_reading_plausible(text: &str) -> bool {
    let punctuation = |c: char| matches!(c, '\u{A0}'..='\u{BF}' | '\u{2000}'..='\u{206F}');
    let mut prev: Option<char> = None;
    for c in text.chars() {
        let mark_after_letter = matches!(c, '\u{300}'..='\u{36F}') && prev.is_some_and(char::is_alphabetic);
        if !(c.is_ascii() || latin_letter(c) || punctuation(c) || mark_after_letter) {
            return false;
        }
        if !mark_after_letter {
            prev = Some(c);
        }
    }
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_ascii())
        .all(|w| w.chars().count() <= 2 || w.chars().any(|c| c.is_ascii_alphabetic()))
}

/// The file read in the legacy encoding its declared countries write ([`encoding_of_countries`]), when that reading
/// is whole (every byte valid) and plausible: for a script other than Latin, letters of that script and nothing
/// that shows a wrong guess ([`judge_guess`]); for Latin, [`latin_reading_plausible`] (and for Windows-1252 no letter
/// [`central_in_western`] finds out of place).
fn read_by_countries(bytes: &[u8]) -> Option<(Cow<'_, str>, &'static encoding_rs::Encoding)> {
    let (enc, countries) = encoding_of_countries(bytes)?;
    let text = enc.decode_without_bom_handling_and_without_replacement(bytes)?;
    if text.is_ascii() || doubtful_word(&text).is_some() {
        return None;
    }
    let latin = [
        encoding_rs::WINDOWS_1250,
        encoding_rs::WINDOWS_1252,
        encoding_rs::WINDOWS_1254,
        encoding_rs::WINDOWS_1257,
        encoding_rs::WINDOWS_1258,
    ]
    .contains(&enc);
    // Windows-1252 also passes the check of letters Central European text writes and Western text does not where they
    // stand (`Pøíbram` is `Příbram`), save the letters the declared countries write themselves (`Ærø` of Denmark).
    let western_doubt =
        enc == encoding_rs::WINDOWS_1252 && central_in_western(bytes, &text, &own_letters(&countries)).is_some();
    let plausible = if latin { latin_reading_plausible(&text) && !western_doubt } else { judge_guess(&text).is_ok() };
    plausible.then_some((text, enc))
}

/// Decodes a text file (see the module's documentation for the order of the checks). `Err` names the first byte
/// that is not valid in the encoding found: no character is ever replaced.
///
/// A legacy file — one the bytes alone read in, or refuse as, a legacy encoding (a doubtful, foreign, Latin or short
/// reading) — is read in the encoding its declared countries all write, when it reads in it as plausible text
/// ([`read_by_countries`]): the countries are evidence the bytes do not give (a short Cyrillic file reads as Chinese
/// too; `Plzeň` in windows-1250 reads `Plzeò` in Windows-1252, and `Gdańsk` reads `Gdañsk`, plausible to any
/// detector). A file of countries of different encodings, or of none, is read or refused by its bytes alone. Never
/// for UTF-8 or UTF-16, nor for a file mostly of UTF-8 (its letters would read as pairs of Latin letters).
pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, Undecodable> {
    let by_bytes = decode_by_bytes(bytes);
    let legacy = match &by_bytes {
        Ok(d) => d.encoding.is_some_and(|e| !e.starts_with("UTF-")),
        Err(e) => matches!(
            e.why,
            Unreadable::Doubtful(_)
                | Unreadable::Foreign(_)
                | Unreadable::LatinLegacy(_)
                | Unreadable::WesternOrCentral { .. }
                | Unreadable::Legacy(_)
        ),
    };
    // Windows-1252 is the bytes' own guess for Western text: the countries do not overturn a refusal that found
    // characters no one types. Letters Western text does not write where they stand (`Pøíbram` in a Canadian file is
    // `Příbram`) are judged again by `read_by_countries`, which lets pass only those the declared countries write.
    let western_refused = matches!(&by_bytes, Err(e) if matches!(e.why, Unreadable::Doubtful(_)));
    // Counted only for a legacy file: most files are UTF-8, and this walks every byte.
    if legacy
        && let (good, broken) = utf8_counts(bytes)
        && good < broken.saturating_mul(4)
        && let Some((text, enc)) = read_by_countries(bytes)
        && !(western_refused && enc == encoding_rs::WINDOWS_1252)
    {
        return Ok(Decoded { text, encoding: Some(enc.name()), by_countries: true });
    }
    by_bytes
}

/// [`decode`] from the bytes alone.
fn decode_by_bytes(bytes: &[u8]) -> Result<Decoded<'_>, Undecodable> {
    // UTF-32's byte order marks begin with UTF-16's: told apart first, and UTF-32 without one by its zero bytes
    // (read as UTF-8 or UTF-16, its zero bytes would become a NUL after every character).
    if bytes.starts_with(&[0xFF, 0xFE, 0, 0])
        || bytes.starts_with(&[0, 0, 0xFE, 0xFF])
        || utf32_by_zeros(bytes).is_some()
    {
        return Err(Undecodable { encoding: "UTF-32", byte: 0, line: 1, character: 1, why: Unreadable::Utf32 });
    }
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let text = strict(enc, bytes, bom)?;
        let encoding = (enc != encoding_rs::UTF_8).then(|| enc.name());
        return Ok(Decoded { text, encoding, by_countries: false });
    }
    // UTF-16 without a byte order mark: text in Latin script has a zero byte in every other place. Told before
    // UTF-8: text of ASCII letters only in UTF-16 is also valid UTF-8, with a NUL after every letter.
    let sample = bytes.get(..bytes.len().min(4096)).unwrap_or_default();
    let zeros_even = sample.iter().step_by(2).filter(|b| **b == 0).count();
    let zeros_odd = sample.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
    let half = sample.len() / 2;
    let utf16 = if half > 0 && zeros_odd * 10 > half * 4 && zeros_even * 10 < half {
        Some(encoding_rs::UTF_16LE)
    } else if half > 0 && zeros_even * 10 > half * 4 && zeros_odd * 10 < half {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    };
    if let Ok(s) = std::str::from_utf8(bytes) {
        // Valid UTF-8 is UTF-8 unless it is plainly UTF-16 of ASCII text: a zero byte in nine places in ten of one
        // parity, over at least eight characters, and the other parity's bytes, the characters, nine in ten printable
        // or spacing. Control characters each followed by a NUL are no text in either reading: read as UTF-8, they
        // are at least the bytes as written.
        let le = utf16 == Some(encoding_rs::UTF_16LE);
        let (zeros, others) = if le { (zeros_odd, zeros_even) } else { (zeros_even, zeros_odd) };
        let printable = sample
            .iter()
            .skip(usize::from(!le))
            .step_by(2)
            .filter(|b| b.is_ascii_graphic() || matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
            .count();
        if utf16.is_none() || half < 8 || zeros * 10 < half * 9 || others * 10 >= half || printable * 10 < half * 9 {
            return Ok(Decoded { text: Cow::Borrowed(s), encoding: None, by_countries: false });
        }
    }
    let enc = if let Some(enc) = utf16 {
        enc
    } else if mostly_utf8(bytes) {
        if let Some(legacy) = legacy_not_utf8(bytes) {
            return Err(legacy);
        }
        // UTF-8 with stray bytes: reading it as anything else would garble every accented letter.
        encoding_rs::UTF_8
    } else {
        let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        detector.feed(bytes, true);
        detector.guess(None, chardetng::Utf8Detection::Deny)
    };
    let text = strict(enc, bytes, 0)?;
    // A legacy guess read into characters no one types is a wrong guess: one refusal naming the encoding, not an
    // issue at every cell it garbled.
    if utf16.is_none()
        && enc != encoding_rs::UTF_8
        && let Some((word, line)) = doubtful_word(&text)
    {
        return Err(Undecodable { encoding: enc.name(), byte: 0, line, character: 1, why: Unreadable::Doubtful(word) });
    }
    // Windows-1252 and windows-1250 read the same bytes as different letters: a Windows-1252 reading that gives a
    // letter Western text rarely holds is refused naming both.
    if utf16.is_none()
        && enc == encoding_rs::WINDOWS_1252
        && let Some((western, central, line)) = central_in_western(bytes, &text, &(String::new(), String::new()))
    {
        return Err(Undecodable {
            encoding: enc.name(),
            byte: 0,
            line,
            character: 1,
            why: Unreadable::WesternOrCentral { western, central },
        });
    }
    // Another legacy guess is read when its letters show it right (Cyrillic, Greek, Japanese …), and named in a
    // warning; one of Latin letters cannot be told from Western text in another legacy encoding, and is refused
    // naming it. A guess that reads the bytes as Windows-1252 does (windows-1254 of `Göteborg`) is that reading.
    if utf16.is_none()
        && enc != encoding_rs::UTF_8
        && enc != encoding_rs::WINDOWS_1252
        && encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0 != text
        && let Err((why, line)) = judge_guess(&text)
    {
        return Err(Undecodable { encoding: enc.name(), byte: 0, line, character: 1, why });
    }
    if utf16.is_none()
        && enc != encoding_rs::UTF_8
        && enc != encoding_rs::WINDOWS_1252
        && let Some(refusal) = short_and_ambiguous(bytes, enc, &text)
    {
        return Err(refusal);
    }
    Ok(Decoded { text, encoding: Some(enc.name()), by_countries: false })
}

const SEPARATORS: [u8; 4] = [b',', b';', b'\t', b'|'];

fn first_record(text: &str, sep: u8) -> Vec<String> {
    let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or_default();
    let mut rdr =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(sep).from_reader(line.as_bytes());
    rdr.records().next().and_then(Result::ok).map(|r| r.iter().map(str::to_string).collect()).unwrap_or_default()
}

/// The separator that makes the header line a row of the sheet's labels (the most labels known, then the most
/// fields); `,` when nothing tells.
pub fn separator(text: &str, role: SheetRole) -> u8 {
    let mut best = (b',', 0usize, 0usize);
    for sep in SEPARATORS {
        let fields = first_record(text, sep);
        let known = fields.iter().filter(|f| knows_label(role, f)).count();
        if (known, fields.len()) > (best.1, best.2) {
            best = (sep, known, fields.len());
        }
    }
    best.0
}

/// The separator a first line `sep=;` declares (Excel reads it, and "export for Excel" tools write it), with the
/// text after that line: `;`, `,`, a tab or `|`.
fn declared_separator(text: &str) -> Option<(u8, &str)> {
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let declared = first.trim_end_matches('\r').trim_start_matches('\u{feff}');
    declared.get(..4).filter(|s| s.eq_ignore_ascii_case("sep="))?;
    match declared.get(4..)?.as_bytes() {
        [b] if SEPARATORS.contains(b) => Some((*b, rest)),
        _ => None,
    }
}

/// A separator as the `csv_line.*` messages name it (`$sep`): `semicolon`, `tab`, `bar` or `comma`.
fn separator_name(sep: u8) -> &'static str {
    match sep {
        b';' => "semicolon",
        b'\t' => "tab",
        b'|' => "bar",
        _ => "comma",
    }
}

/// Reads one CSV file as a sheet. Each record is bounded (a line longer than the text budget allows stops it),
/// and each cell is counted as it is added.
pub fn read_csv_sheet(
    name: &str,
    file: &str,
    bytes: &[u8],
    budget: &mut Budget,
    warnings: &mut Vec<Issue>,
) -> Result<super::grid::Sheet, Issue> {
    let role = sheet_role(name);
    let decoded = decode(bytes).map_err(|e| e.issue(file))?;
    if let Some(enc) = decoded.encoding {
        let key = if decoded.by_countries { "encoding.guessed_by_countries" } else { "encoding.guessed" };
        let (en, fr) = said(&Message::new(key).said("encoding", encoding_words(enc)));
        warnings.push(Issue::warning(file, None, en, fr));
    }
    // Excel's separator line (`sep=;`) declares the separator; it is kept as a line of no value, so that every
    // place still names the file's own line.
    let (sep, text) = match declared_separator(&decoded.text) {
        Some((sep, rest)) => (sep, std::borrow::Cow::Owned(format!("{}\n{rest}", char::from(sep)))),
        None => (role.map_or(b',', |r| separator(&decoded.text, r)), std::borrow::Cow::Borrowed(&*decoded.text)),
    };
    if let Some(open) = unterminated_quote(&text, sep) {
        let mut issue = open.issue(name);
        issue.field = role.and_then(|r| open.field(r, &text, sep)).map(str::to_string);
        return Err(issue);
    }
    let mut rdr =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(sep).from_reader(text.as_bytes());
    let mut sheet = SheetBuilder::new(name, Style::A1);
    let mut record = csv::StringRecord::new();
    let mut row: u32 = 0;
    // A table's header: how many fields it has, up to its last label, and its labels. A form (Supplier) has no
    // header.
    let mut header: Option<(usize, csv::StringRecord)> = None;
    let table = role.filter(|&r| r != SheetRole::Supplier);
    loop {
        match rdr.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                tracing::info!(file, detail = %crate::telemetry::Chain(&e), "CSV line refused");
                let line = e.position().map_or(u64::from(row) + 1, |p| p.line());
                let (en, fr) = said(&Message::new("csv_line.unreadable").text("sep", separator_name(sep)));
                return Err(Issue::error(format!("{name}!A{line}"), None, en, fr));
            }
        }
        let filled = record.iter().enumerate().filter(|(_, f)| !f.trim().is_empty()).last().map_or(0, |(i, _)| i + 1);
        match (&header, table) {
            (None, Some(_)) if filled > 0 => header = Some((filled, record.clone())),
            (Some((width, labels)), Some(role)) if filled > 0 => {
                let line = Line { name, row, record: &record, sep, text: &text };
                if let Some(issue) = field_count_issue(line, *width, labels, role) {
                    return Err(issue);
                }
            }
            (_, None) if role == Some(SheetRole::Supplier) && filled > 2 => {
                let line = Line { name, row, record: &record, sep, text: &text };
                if let Some(issue) = form_line_issue(line) {
                    return Err(issue);
                }
            }
            _ => {}
        }
        for (col, field) in record.iter().enumerate() {
            if !field.trim().is_empty() {
                sheet.push(row, col as u32, Cell::text_or_error(field.to_string()), budget)?;
            }
        }
        row = row.saturating_add(1);
    }
    let mut sheet = sheet.finish(budget.max_cells)?;
    sheet.decimal_comma = sep == b';';
    Ok(sheet)
}

/// A line of a CSV sheet being read: the sheet's name, its row (0-based record number), its fields, the separator
/// and the whole text (to count the line by its bytes).
#[derive(Clone, Copy)]
struct Line<'a> {
    name: &'a str,
    row: u32,
    record: &'a csv::StringRecord,
    sep: u8,
    text: &'a str,
}

/// A table's line whose values do not line up with the header's labels: a value past the header's last label (it
/// would be dropped), or more fields than the header line has, empty ones past its last label included — a writer
/// that ends its lines with separators ends its header so too (Excel pads its first lines, header included, to the
/// sheet's width), so a line longer than its header has shifted (`1,050` workers written without quotation marks is 1
/// worker and a 50 % share of value; `1,500` in the quantity of a Goods line, 1 and a value of 500), whether it is the
/// file's one line or every line is so. A value would change without a word, so the line is refused, named, with its
/// count and the header's (`Line 7 of the file has 21 fields while the header has 19` / `La ligne 7 du fichier a 21
/// champs alors que l'en-tête en a 19`, each by its language's plural rule).
///
/// A line shorter than the header is read, its missing last fields empty: Excel writes a CSV line only up to its last
/// filled cell past the sheet's first lines. One that holds the header's count of another separator is refused as a
/// line in one cell; one whose missing fields were required is refused by the fields' own checks.
fn field_count_issue(line: Line<'_>, width: usize, labels: &csv::StringRecord, role: SheetRole) -> Option<Issue> {
    let Line { name, row, record, sep, text } = line;
    let n = record.len();
    let past = record.iter().skip(width).position(|f| !f.trim().is_empty()).map(|i| i + width);
    // A short line that another separator alone would split into the header's count of fields: written with it.
    let other = SEPARATORS.into_iter().filter(|&s| s != sep).find(|&s| {
        n < width && record.iter().map(|f| f.bytes().filter(|&b| b == s).count()).sum::<usize>() + 1 >= width
    });
    if past.is_none() && n <= labels.len() && other.is_none() {
        return None;
    }
    let line = line_number(record, row, text).to_string();
    let counted = |key: &'static str| {
        Message::new(key)
            .text("line", line.as_str())
            .number("count", n as f64)
            .number("width", width as f64)
            .text("sep", separator_name(sep))
    };
    // The first value past the header's last label, else (a line longer than its header, empty past it) the first
    // field past the header's last label, else the first missing.
    let col = past.unwrap_or(if n > width { width } else { n });
    let place = super::grid::a1_place(name, row as usize, col);
    // The field of the first value that would be read empty (none past the header's last label).
    let field = labels.get(col).and_then(|h| super::parse::heading_field(role, h));
    let (m, field) = match other {
        Some(other) => {
            let m = Message::new("csv_line.other_separator")
                .text("line", line.as_str())
                .text("other", separator_name(other))
                .text("sep", separator_name(sep));
            (m, None)
        }
        None if n < width => (counted("csv_line.too_few"), field),
        None => (counted("csv_line.too_many"), None),
    };
    let (en, fr) = said(&m);
    Some(Issue::error(place, field, en, fr))
}

/// The line of the file a record starts on, from its first byte (the reader's own count of lines is short after
/// CR LF line ends); `row + 1` when the reader gives no position.
fn line_number(record: &csv::StringRecord, row: u32, text: &str) -> usize {
    record.position().and_then(|p| usize::try_from(p.byte()).ok()).map_or(row as usize + 1, |at| {
        // After a CR, the reader starts the next record at the LF that ends the line.
        let lf = usize::from(text.get(at..).is_some_and(|rest| rest.starts_with('\n')));
        text.get(..at).map_or(row as usize + 1, |before| before.matches('\n').count() + lf + 1)
    })
}

/// A line of the Supplier form (a label and its value) that holds a value past its second: it belongs to no field
/// and would be dropped — most often a value cut at a separator it holds (`Legal name,Cordages Nordiques, Inc.`).
/// Refused at the first value past the second, naming the line's field and the count of its values.
fn form_line_issue(line: Line<'_>) -> Option<Issue> {
    let Line { name, row, record, sep, text } = line;
    let past = record.iter().skip(2).position(|f| !f.trim().is_empty())? + 2;
    let n = record.len();
    let m = Message::new("csv_line.form_too_many")
        .text("line", line_number(record, row, text).to_string())
        .number("count", n as f64)
        .text("sep", separator_name(sep));
    let field = record.get(0).and_then(|label| super::parse::heading_field(SheetRole::Supplier, label));
    let (en, fr) = said(&m);
    Some(Issue::error(super::grid::a1_place(name, row as usize, past), field, en, fr))
}

/// A quotation mark that opens a CSV value and is never closed: where it stands. Everything after it would be read
/// as one value (up to the end of the file), so the file is refused naming it rather than for what follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct OpenQuote {
    /// Row of the sheet (0-based record number) and column (0-based field number) of the value it opens.
    row: usize,
    col: usize,
    /// Line of the file where it stands (1-based).
    line: usize,
    /// Its byte in the text.
    at: usize,
}

impl OpenQuote {
    /// The field of the value it opens: its column's heading in a table (when the quotation mark is below the
    /// header), its row's label in the Supplier form.
    fn field(self, role: SheetRole, text: &str, sep: u8) -> Option<&'static str> {
        let mut rdr =
            csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(sep).from_reader(text.as_bytes());
        // The header record and the record the quotation mark stands in, each with its first byte.
        let mut header: Option<(u64, csv::StringRecord)> = None;
        let mut containing: Option<(u64, csv::StringRecord)> = None;
        for record in rdr.records() {
            let Ok(record) = record else { break };
            let start = record.position().map_or(0, csv::Position::byte);
            if usize::try_from(start).ok().is_none_or(|s| s > self.at) {
                break;
            }
            if header.is_none() && record.iter().any(|f| !f.trim().is_empty()) {
                header = Some((start, record.clone()));
            }
            containing = Some((start, record));
        }
        let (start, record) = containing?;
        let heading = match role {
            SheetRole::Supplier if self.col > 0 => record.get(0)?.to_string(),
            SheetRole::Supplier => return None,
            _ => {
                let (header_start, labels) = header?;
                if header_start >= start {
                    return None;
                }
                labels.get(self.col)?.to_string()
            }
        };
        super::parse::heading_field(role, &heading)
    }

    fn issue(self, sheet: &str) -> Issue {
        let (en, fr) = said(&Message::new("csv_line.open_quote").text("line", self.line.to_string()));
        Issue::error(super::grid::a1_place(sheet, self.row, self.col), None, en, fr)
    }
}

/// Follows a CSV text as the `csv` crate reads it (RFC 4180: a quotation mark opens a value only at its start, two of
/// them inside it stand for one) and returns the quotation mark still open at the end, if any.
fn unterminated_quote(text: &str, sep: u8) -> Option<OpenQuote> {
    #[derive(Clone, Copy)]
    enum State {
        FieldStart,
        Unquoted,
        Quoted,
        /// A quotation mark inside a quoted value: it closes the value unless another follows.
        QuoteInQuoted,
    }
    if !text.contains('"') {
        return None;
    }
    let (mut row, mut col, mut line) = (0usize, 0usize, 1usize);
    let mut state = State::FieldStart;
    let mut open = None;
    for (at, b) in text.bytes().enumerate() {
        state = match (state, b) {
            (State::Quoted, b'"') => State::QuoteInQuoted,
            (State::Quoted, _) => State::Quoted,
            (State::QuoteInQuoted, b'"') => State::Quoted,
            (State::FieldStart, b'"') => {
                open = Some(OpenQuote { row, col, line, at });
                State::Quoted
            }
            (_, b'\n') => {
                row += 1;
                col = 0;
                State::FieldStart
            }
            (_, b) if b == sep => {
                col += 1;
                State::FieldStart
            }
            (State::FieldStart | State::Unquoted | State::QuoteInQuoted, b'\r') => State::FieldStart,
            _ => State::Unquoted,
        };
        if b == b'\n' {
            line += 1;
        }
    }
    matches!(state, State::Quoted).then_some(open).flatten()
}

// ---- JSON ----

/// The visitor methods for every value other than a list or an object: each gives `$value`, so a value of the
/// wrong shape is reported by the caller instead of failing the whole document.
macro_rules! other_values {
    ($value:expr) => {
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok($value)
        }
        fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
            Ok($value)
        }
        fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
            Ok($value)
        }
        fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
            Ok($value)
        }
        fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
            Ok($value)
        }
        fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
            Ok($value)
        }
    };
}

/// What a JSON value is, as written: the shape a field accepts or refuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Written {
    Null,
    Boolean,
    Number,
    Text,
    List,
    Object,
}

impl Written {
    /// The shape in words, with the value as written (`json_value.written`): `a list ([5])`, `une liste ([5])`.
    fn words(self, shown: &str) -> Message {
        let written = match self {
            Written::Null | Written::Boolean => "other",
            Written::Number => "number",
            Written::Text => "text",
            Written::List => "list",
            Written::Object => "object",
        };
        Message::new("json_value.written").text("written", written).text("shown", shown)
    }
}

/// A JSON value where a cell is due: the cell it gives (a list of texts gives its items joined by `;`, as a cell
/// writes them), its shape as written, the value as written (shortened, for messages), and the first item of a list
/// that is not a text, with its index, its shape and the item as written.
#[derive(Debug, Clone)]
struct JsonCell {
    cell: Cell,
    written: Written,
    shown: String,
    odd_item: Option<(usize, Written, String)>,
    /// A number whose digits a 64-bit float cannot hold (`18446744073709551617`, `0.1000000000000000055511`): the
    /// value read would not be the value written, so it is refused, quoted as written.
    inexact: bool,
}

impl JsonCell {
    fn of(cell: Cell, written: Written, shown: String) -> JsonCell {
        JsonCell { cell, written, shown, odd_item: None, inexact: false }
    }
}

/// A JSON number where a cell is due, from its text as written (`text`: a number by JSON's grammar, RFC 8259 §6, as
/// serde_json has checked it): the value a 64-bit float holds, shown as written, and whether that value is the one
/// written ([`exactly_held`]).
fn number_cell(text: &str) -> JsonCell {
    let value = text.parse::<f64>().unwrap_or(f64::NAN);
    let mut cell = JsonCell::of(Cell::Number(value), Written::Number, shown_json(text.to_string()));
    cell.inexact = !exactly_held(text, value);
    cell
}

/// The significant digits of a decimal number written `text` (JSON's grammar, or Rust's `{:e}` of a float), without
/// leading or trailing zeros, and the power of ten of its last digit: `1.250e3` is (`125`, 1). Zero is (``, 0).
fn significant_digits(text: &str) -> (String, i64) {
    let unsigned = text.trim_start_matches(['-', '+']);
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
        None => (unsigned, 0),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{whole}{fraction}");
    let digits = digits.trim_start_matches('0');
    let trimmed = digits.trim_end_matches('0');
    let power = exponent - fraction.len() as i64 + (digits.len() - trimmed.len()) as i64;
    if trimmed.is_empty() { (String::new(), 0) } else { (trimmed.to_string(), power) }
}

/// Whether the float `value` read from the JSON number `text` is the number written: its shortest decimal form
/// (Rust's `{:e}`, which reads back as the same float) has the same digits at the same powers of ten. A number
/// with more significant digits than a float keeps (about 15 to 17) is not (`9007199254740993` reads as
/// `9007199254740992`), nor one too large for a float; `0.1`, `1e2`, `12.50` are.
fn exactly_held(text: &str, value: f64) -> bool {
    value.is_finite() && significant_digits(text) == significant_digits(&format!("{value:e}"))
}

/// A JSON text where a cell is due (a spreadsheet's error value written as text is that error).
fn text_cell(v: String) -> JsonCell {
    let shown = shown_json(serde_json::Value::String(v.clone()).to_string());
    JsonCell::of(Cell::text_or_error(v), Written::Text, shown)
}

/// A JSON value as written, shortened to 40 characters for a message.
fn shown_json(text: String) -> String {
    if text.chars().count() <= 40 { text } else { text.chars().take(39).chain(['…']).collect() }
}

/// Limits shared by the visitors of one document; the first limit crossed is kept here as a placed issue.
struct Bounds<'a> {
    max_rows: usize,
    max_columns: usize,
    max_list: usize,
    stop: &'a RefCell<Option<Issue>>,
}

impl Bounds<'_> {
    fn refuse<E: serde::de::Error>(&self, issue: Issue) -> E {
        *self.stop.borrow_mut() = Some(issue);
        E::custom("limit")
    }
}

/// A value skipped as the parser reads it, nested values included, so that serde_json's depth limit applies (its
/// `IgnoredAny` skips without counting depth).
struct Skipped;

impl<'de> DeserializeSeed<'de> for Skipped {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Skipped {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(Skipped)?.is_some() {}
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_key::<IgnoredAny>()?.is_some() {
            map.next_value_seed(Skipped)?;
        }
        Ok(())
    }
    other_values!(());
}

/// A cell's value; `true` for an item of a list (a list or object inside it is an odd item, not read further).
struct CellSeed<'a, 'b>(&'a Bounds<'b>, bool);

impl<'de> DeserializeSeed<'de> for CellSeed<'_, '_> {
    type Value = JsonCell;
    /// The value as written first (`RawValue`, borrowed from the document): a number is read from its text, so that
    /// its digits are quoted as written and a number a float cannot hold is known; any other value is read from
    /// that text by this visitor.
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<JsonCell, D::Error> {
        use serde::de::Error as _;
        let raw = <&'de serde_json::value::RawValue as serde::Deserialize>::deserialize(d)?;
        let text = raw.get();
        if text.starts_with(|c: char| c == '-' || c.is_ascii_digit()) {
            return Ok(number_cell(text));
        }
        // A list or object inside a list is no item a cell takes: said as written, never read (so a document nested
        // deep is read one level at a time, each within serde_json's depth limit).
        if self.1 && text.starts_with(['[', '{']) {
            // Skipped within serde_json's depth limit, as the whole document is read: one nested past it is refused.
            Skipped.deserialize(&mut serde_json::Deserializer::from_str(text)).map_err(D::Error::custom)?;
            let written = if text.starts_with('[') { Written::List } else { Written::Object };
            return Ok(JsonCell::of(Cell::Empty, written, shown_json(text.to_string())));
        }
        let mut inner = serde_json::Deserializer::from_str(text);
        // A limit crossed inside is kept by `Bounds::refuse`; the error carried out only stops the document.
        inner.deserialize_any(self).map_err(D::Error::custom)
    }
}

impl<'de> Visitor<'de> for CellSeed<'_, '_> {
    type Value = JsonCell;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value")
    }
    fn visit_unit<E>(self) -> Result<JsonCell, E> {
        Ok(JsonCell::of(Cell::Empty, Written::Null, "null".into()))
    }
    fn visit_none<E>(self) -> Result<JsonCell, E> {
        Ok(JsonCell::of(Cell::Empty, Written::Null, "null".into()))
    }
    fn visit_bool<E>(self, v: bool) -> Result<JsonCell, E> {
        Ok(JsonCell::of(Cell::Bool(v), Written::Boolean, v.to_string()))
    }
    // No number reaches the visitor: `deserialize` reads numbers from their text as written.
    fn visit_str<E>(self, v: &str) -> Result<JsonCell, E> {
        Ok(text_cell(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<JsonCell, E> {
        Ok(text_cell(v))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<JsonCell, A::Error> {
        let mut parts: Vec<String> = Vec::new();
        let (mut items, mut odd, mut error) = (0usize, None, None);
        let mut shown = String::from("[");
        while let Some(item) = seq.next_element_seed(CellSeed(self.0, true))? {
            items += 1;
            if items > self.0.max_list {
                let m = Message::new("json_doc.list_too_long").number("count", self.0.max_list as f64);
                return Err(self.0.refuse(file_said("", &m)));
            }
            if shown.chars().count() <= 40 {
                if items > 1 {
                    shown.push_str(", ");
                }
                shown.push_str(&item.shown);
            }
            let index = items - 1;
            // A `null` item is no item: dropped, a list of one (`"supplies_to": [null]`) would say the site supplies
            // no one, and make it a tier-1 site of the supplier. Refused at its index, as any item not a text.
            match (item.written, item.cell) {
                (Written::Text, Cell::Error(e)) => error = error.or(Some(e)),
                (Written::Text, Cell::Text(s)) if !s.trim().is_empty() => parts.push(s),
                (written, _) => odd = odd.or(Some((index, written, item.shown))),
            }
        }
        shown.push(']');
        let shown = shown_json(shown);
        if odd.is_some() {
            return Ok(JsonCell { cell: Cell::Empty, written: Written::List, shown, odd_item: odd, inexact: false });
        }
        // A list holding an error value is that error: none of it is a value.
        let cell = match error {
            Some(e) => Cell::Error(e),
            None if parts.is_empty() => Cell::Empty,
            None => Cell::Text(parts.join(";")),
        };
        Ok(JsonCell::of(cell, Written::List, shown))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<JsonCell, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(JsonCell::of(Cell::Empty, Written::Object, "{…}".into()))
    }
}

/// One object read as `key → cell`, at most `max_columns` keys.
struct ObjectSeed<'a, 'b>(&'a Bounds<'b>, &'a str);

impl<'de> DeserializeSeed<'de> for ObjectSeed<'_, '_> {
    type Value = Option<Vec<(String, JsonCell)>>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ObjectSeed<'_, '_> {
    type Value = Option<Vec<(String, JsonCell)>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.len() >= self.0.max_columns {
                let m = Message::new("json_doc.object_too_large").number("count", self.0.max_columns as f64);
                return Err(self.0.refuse(file_said(&json_pointer(&[self.1]), &m)));
            }
            let value = map.next_value_seed(CellSeed(self.0, false))?;
            out.push((key, value));
        }
        Ok(Some(out))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(None)
    }
    other_values!(None);
}

/// What a top-level key of the document holds.
enum JsonSheet {
    Form(Vec<(String, JsonCell)>),
    Table(Vec<Option<Vec<(String, JsonCell)>>>),
    Other,
}

struct SheetSeed<'a, 'b>(&'a Bounds<'b>, &'a str);

impl<'de> DeserializeSeed<'de> for SheetSeed<'_, '_> {
    type Value = JsonSheet;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<JsonSheet, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for SheetSeed<'_, '_> {
    type Value = JsonSheet;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object or a list of objects")
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<JsonSheet, A::Error> {
        ObjectSeed(self.0, self.1).visit_map(map).map(|o| JsonSheet::Form(o.unwrap_or_default()))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<JsonSheet, A::Error> {
        let mut rows = Vec::new();
        while let Some(row) = seq.next_element_seed(ObjectSeed(self.0, self.1))? {
            if rows.len() >= self.0.max_rows {
                let m = Message::new("json_doc.too_many_entries")
                    .text("key", self.1)
                    .number("count", self.0.max_rows as f64);
                let (en, fr) = said(&m);
                return Err(self.0.refuse(Issue::error(json_pointer(&[self.1]), None, en, fr)));
            }
            rows.push(row);
        }
        Ok(JsonSheet::Table(rows))
    }
    other_values!(JsonSheet::Other);
}

/// Whether a JSON value skipped unread holds anything: `null`, `[]` and `{}` hold nothing; any other value does.
struct HoldsSeed;

impl<'de> DeserializeSeed<'de> for HoldsSeed {
    type Value = bool;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for HoldsSeed {
    type Value = bool;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any value")
    }
    fn visit_unit<E>(self) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_bool<E>(self, _: bool) -> Result<bool, E> {
        Ok(true)
    }
    fn visit_i64<E>(self, _: i64) -> Result<bool, E> {
        Ok(true)
    }
    fn visit_u64<E>(self, _: u64) -> Result<bool, E> {
        Ok(true)
    }
    fn visit_f64<E>(self, _: f64) -> Result<bool, E> {
        Ok(true)
    }
    fn visit_str<E>(self, v: &str) -> Result<bool, E> {
        Ok(!v.trim().is_empty())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<bool, A::Error> {
        let mut any = false;
        while seq.next_element::<IgnoredAny>()?.is_some() {
            any = true;
        }
        Ok(any)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
        let mut any = false;
        while map.next_key::<IgnoredAny>()?.is_some() {
            map.next_value::<IgnoredAny>()?;
            any = true;
        }
        Ok(any)
    }
}

struct RootSeed<'a, 'b>(&'a Bounds<'b>);

impl<'de> DeserializeSeed<'de> for RootSeed<'_, '_> {
    type Value = Option<Vec<(String, JsonSheet)>>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for RootSeed<'_, '_> {
    type Value = Option<Vec<(String, JsonSheet)>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            if sheet_role(&key).is_some() {
                let sheet = map.next_value_seed(SheetSeed(self.0, &key))?;
                out.push((key, sheet));
            } else {
                // Skipped unread, but kept by name: a misspelt sheet's key is named by the parser, and refused when
                // it holds something (`Other`), which would be dropped.
                let holds = map.next_value_seed(HoldsSeed)?;
                out.push((key, if holds { JsonSheet::Other } else { JsonSheet::Table(Vec::new()) }));
            }
        }
        Ok(Some(out))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(None)
    }
    other_values!(None);
}

/// The first `NaN`, `Infinity` or `-Infinity` token outside a string, with its line and column (1-based).
fn non_finite_token(text: &str) -> Option<(&'static str, usize, usize)> {
    let (mut in_string, mut escaped) = (false, false);
    let (mut line, mut col) = (1usize, 0usize);
    for (i, ch) in text.char_indices() {
        col += 1;
        if ch == '\n' {
            line += 1;
            col = 0;
        }
        if in_string {
            match (escaped, ch) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        if ch == '"' {
            in_string = true;
            continue;
        }
        let rest = text.get(i..).unwrap_or_default();
        for token in ["NaN", "-Infinity", "Infinity"] {
            if rest.starts_with(token) {
                return Some((token, line, col));
            }
        }
    }
    None
}

/// serde_json's reasons, by a phrase of its message, as the `$reason` of `json_doc.unreadable` says them in our
/// words.
const JSON_REASONS: &[(&[&str], &str)] = &[
    (&["recursion limit"], "nested"),
    (&["surrogate", "escape"], "escape"),
    (&["EOF"], "eof"),
    (&["trailing comma"], "trailing_comma"),
    (&["control character"], "control"),
    (&["key must be a string"], "key"),
    (&["number out of range"], "range"),
    (&["invalid number", "invalid type"], "number"),
    (&["trailing characters"], "trailing"),
    (&["expected `:`"], "colon"),
    (&["expected `,` or"], "comma"),
    (&["expected value", "expected ident"], "value"),
];

/// serde_json's reason, as the `$reason` of `json_doc.unreadable` (its own text, English and about its insides, goes
/// to the log only).
fn json_reason(e: &serde_json::Error) -> &'static str {
    let detail = e.to_string();
    tracing::info!(detail = %detail, "JSON document refused");
    JSON_REASONS.iter().find(|(needles, _)| needles.iter().any(|n| detail.contains(n))).map_or("other", |&(_, r)| r)
}

/// A key written twice in one object: JSON tools disagree on which one counts (most keep the last, some the first),
/// so neither is taken. Named by its field when a sheet knows it.
fn duplicate_key(place: &str, role: SheetRole, key: &str) -> Issue {
    let (en, fr) = key_twice_words(key);
    Issue::error(place, Some(json_field(role, key).map_or(key, |(en, _)| en)), en, fr)
}

/// The refusal of a key written twice in one JSON object, in English and French: every JSON reader of the service
/// (a declaration, a line of a screening list) says it so.
pub fn key_twice_words(key: &str) -> (String, String) {
    said(&Message::new("json_doc.key_twice").text("key", key))
}

/// A step of the path to a JSON value: a key of an object or the index of an item of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonStep {
    Key(String),
    Index(usize),
}

/// Why a JSON text was not read by [`read_json_keys_once`].
#[derive(Debug)]
pub enum JsonRefused {
    /// Not JSON (serde_json's error, to be put in the caller's words).
    Unreadable(serde_json::Error),
    /// An object gives a key twice: JSON tools disagree on which one counts (most keep the last, some the first,
    /// some refuse), so neither is taken. The path to the object and the key.
    KeyTwice { path: Vec<JsonStep>, key: String },
}

/// Reads a JSON text as a value, refusing an object that gives a key twice wherever it stands
/// ([`JsonRefused::KeyTwice`], with the path to the object), where serde_json alone keeps the last: the value read
/// is then the one every other tool reads. One pass; the path is kept on one stack, not copied per value.
pub fn read_json_keys_once(text: &str) -> Result<serde_json::Value, JsonRefused> {
    let twice = RefCell::new(None);
    let path = RefCell::new(Vec::new());
    let mut de = serde_json::Deserializer::from_str(text);
    let read = KeysOnce { path: &path, twice: &twice }.deserialize(&mut de).and_then(|v| de.end().map(|()| v));
    match (read, twice.into_inner()) {
        (_, Some((path, key))) => Err(JsonRefused::KeyTwice { path, key }),
        (Ok(v), None) => Ok(v),
        (Err(e), None) => Err(JsonRefused::Unreadable(e)),
    }
}

/// The seed of [`read_json_keys_once`]: the path to the value being read, and the first key found twice.
#[derive(Clone, Copy)]
struct KeysOnce<'a> {
    path: &'a RefCell<Vec<JsonStep>>,
    twice: &'a RefCell<Option<(Vec<JsonStep>, String)>>,
}

impl<'de> DeserializeSeed<'de> for KeysOnce<'_> {
    type Value = serde_json::Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<serde_json::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for KeysOnce<'_> {
    type Value = serde_json::Value;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E>(self) -> Result<serde_json::Value, E> {
        Ok(serde_json::Value::Null)
    }
    fn visit_bool<E>(self, v: bool) -> Result<serde_json::Value, E> {
        Ok(v.into())
    }
    fn visit_i64<E>(self, v: i64) -> Result<serde_json::Value, E> {
        Ok(v.into())
    }
    fn visit_u64<E>(self, v: u64) -> Result<serde_json::Value, E> {
        Ok(v.into())
    }
    fn visit_f64<E>(self, v: f64) -> Result<serde_json::Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(serde_json::Value::Null, serde_json::Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<serde_json::Value, E> {
        Ok(v.into())
    }
    fn visit_string<E>(self, v: String) -> Result<serde_json::Value, E> {
        Ok(v.into())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<serde_json::Value, A::Error> {
        let mut items = Vec::new();
        loop {
            self.path.borrow_mut().push(JsonStep::Index(items.len()));
            let item = seq.next_element_seed(self);
            self.path.borrow_mut().pop();
            match item? {
                Some(v) => items.push(v),
                None => break,
            }
        }
        Ok(serde_json::Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<serde_json::Value, A::Error> {
        let mut out = serde_json::Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if out.contains_key(&key) {
                *self.twice.borrow_mut() = Some((self.path.borrow().clone(), key));
                return Err(serde::de::Error::custom("a key given twice"));
            }
            self.path.borrow_mut().push(JsonStep::Key(key.clone()));
            let value = map.next_value_seed(self);
            self.path.borrow_mut().pop();
            out.insert(key, value?);
        }
        Ok(serde_json::Value::Object(out))
    }
}

/// Whether two keys fill the same column: both name the same field (`workers`, `Workers`, `travailleurs`), or,
/// naming none, are the same key.
fn same_column(a: &(Option<&'static str>, String), b: &(Option<&'static str>, String)) -> bool {
    match (a.0, b.0) {
        (Some(x), Some(y)) => x == y,
        (None, None) => a.1 == b.1,
        _ => false,
    }
}

/// One object giving a field under two accepted spellings (`workers` and `travailleurs`): which one is meant cannot
/// be told, so neither is taken. Placed at the object, which holds both.
fn two_spellings(place: &str, role: SheetRole, first: &str, second: &str) -> Issue {
    let field = json_field(role, second).map_or(second, |(en, _)| en);
    let m = Message::new("json_doc.two_spellings").text("first", first).text("second", second).names(
        "field",
        field,
        super::parse::field_label(field, true),
    );
    let (en, fr) = said(&m);
    Issue::error(place, Some(field), en, fr)
}

/// Reads a JSON document into sheets named after its keys.
pub fn read_json(file_name: &str, bytes: &[u8], limits: &Limits, budget: &mut Budget) -> Result<Workbook, Vec<Issue>> {
    // Windows PowerShell writes a byte order mark (read); a UTF-16 document is refused naming it (`json::not_utf8`).
    let decoded = decode(bytes).map_err(|e| vec![e.json_issue(file_name)])?;
    if let Some(refusal) = super::json::not_utf8(file_name, bytes, decoded.encoding) {
        return Err(vec![refusal]);
    }
    // JSON is UTF-8 (RFC 8259 §8.1): a legacy encoding is only a guess, and a wrong one changes letters silently.
    if let Some(enc) = decoded.encoding
        && !enc.starts_with("UTF-16")
    {
        let m = Message::new("encoding.json_guessed").said("encoding", encoding_words(enc));
        return Err(vec![file_said(file_name, &m)]);
    }
    let text = decoded.text.strip_prefix('\u{feff}').unwrap_or(&decoded.text);
    let stop = RefCell::new(None);
    let bounds = Bounds {
        max_rows: limits.max_rows,
        max_columns: limits.max_columns,
        max_list: limits.max_columns.max(1000),
        stop: &stop,
    };
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = RootSeed(&bounds).deserialize(&mut de).and_then(|v| de.end().map(|()| v));
    let doc = match parsed {
        Ok(Some(doc)) => doc,
        Ok(None) => {
            let m = Message::new("json_doc.not_an_object")
                .text("supplier", "supplier")
                .text("attestations", "attestations")
                .text("places", "places_of_work");
            return Err(vec![file_said(file_name, &m)]);
        }
        Err(e) => {
            if let Some(mut issue) = stop.into_inner() {
                if issue.location.is_empty() {
                    issue.location = file_name.to_string();
                }
                let at = |message: &str| {
                    Message::new("json_doc.at")
                        .text("message", message)
                        .text("line", e.line().to_string())
                        .text("column", e.column().to_string())
                };
                issue.message_en = crate::domain::say(crate::domain::Lang::En, &at(&issue.message_en));
                issue.message_fr = crate::domain::say(crate::domain::Lang::Fr, &at(&issue.message_fr));
                return Err(vec![issue]);
            }
            if let Some((token, line, col)) = non_finite_token(text) {
                let m = Message::new("json_doc.not_finite")
                    .text("token", token)
                    .text("line", line.to_string())
                    .text("column", col.to_string());
                return Err(vec![file_said(file_name, &m)]);
            }
            let m = Message::new("json_doc.unreadable")
                .text("line", e.line().to_string())
                .text("column", e.column().to_string())
                .text("reason", json_reason(&e));
            return Err(vec![file_said(file_name, &m)]);
        }
    };
    let mut wb = Workbook::default();
    // What stops the document from being read as sheets (an entry that is not an object, a limit), and the values
    // refused for their shape: those are placed, and the rest of the document is still read and checked.
    let (mut issues, mut refused) = (Vec::new(), Vec::new());
    for (key, sheet) in doc {
        let Some(role) = sheet_role(&key) else {
            // A key that holds something: a misspelt part's key (`place_of_works`) is refused, not its rows dropped.
            if matches!(sheet, JsonSheet::Other) {
                wb.look_alikes_with_rows.push(key.clone());
            }
            wb.ignored.push((key.clone(), json_pointer(&[key.as_str()])));
            continue;
        };
        match sheet {
            JsonSheet::Form(entries) if role == SheetRole::Supplier => {
                let mut b = SheetBuilder::new(key.clone(), Style::JsonObject);
                let mut keys = std::collections::HashSet::new();
                for (r, (k, v)) in entries.into_iter().enumerate() {
                    let path = [key.clone(), k.clone()];
                    if !keys.insert(k.clone()) {
                        refused.push(duplicate_key(&json_pointer(&path), role, &k));
                        continue;
                    }
                    let cell = take_value(&path, role, &k, None, v).unwrap_or_else(|e| {
                        refused.push(e);
                        Cell::Refused
                    });
                    let pushed =
                        b.push(r as u32, 0, Cell::Text(k), budget).and_then(|()| b.push(r as u32, 1, cell, budget));
                    if let Err(e) = pushed {
                        issues.push(e);
                        break;
                    }
                }
                match b.finish(budget.max_cells) {
                    Ok(sheet) => wb.sheets.push(sheet),
                    Err(e) => issues.push(e),
                }
            }
            JsonSheet::Table(items) if role != SheetRole::Supplier => {
                let mut header: Vec<String> = Vec::new();
                // What each column stands for: the field its keys name (by its English name), or the unknown key.
                let mut header_ids: Vec<(Option<&'static str>, String)> = Vec::new();
                let mut b = SheetBuilder::new(key.clone(), Style::Json);
                let mut failed = None;
                'rows: for (i, item) in items.into_iter().enumerate() {
                    let Some(entries) = item else {
                        let (en, fr) = said(&Message::new("json_doc.entry_not_object"));
                        issues.push(Issue::error(json_pointer(&[key.clone(), i.to_string()]), None, en, fr));
                        continue;
                    };
                    // A due diligence answer is true or false, or the number of tiers traced: its question says
                    // which.
                    let question = (role == SheetRole::DueDiligence)
                        .then(|| {
                            entries.iter().find_map(|(k, v)| {
                                (json_field(role, k).map(|(en, _)| en) == Some("Question"))
                                    .then(|| v.cell.text())
                                    .flatten()
                            })
                        })
                        .flatten()
                        .and_then(|q| crate::domain::from_label::<crate::domain::DueDiligenceQuestion>(&q));
                    // Each object's keys are its own: a key is resolved to its field object by object, so one
                    // object writing `Workers` or `travailleurs` neither hides nor takes the others' `workers`.
                    let mut used: std::collections::HashMap<usize, String> = std::collections::HashMap::new();
                    for (k, v) in entries {
                        let id =
                            json_field(role, &k).map_or_else(|| (None, k.clone()), |(en, _)| (Some(en), k.clone()));
                        let col = match header_ids.iter().position(|h| same_column(h, &id)) {
                            Some(c) => c,
                            None => {
                                header.push(k.clone());
                                header_ids.push(id);
                                header.len() - 1
                            }
                        };
                        let path = [key.clone(), i.to_string(), k.clone()];
                        if let Some(first) = used.get(&col) {
                            refused.push(if *first == k {
                                duplicate_key(&json_pointer(&path), role, &k)
                            } else {
                                two_spellings(&json_pointer(&[key.clone(), i.to_string()]), role, first, &k)
                            });
                            continue;
                        }
                        used.insert(col, k.clone());
                        let cell = take_value(&path, role, &k, question, v).unwrap_or_else(|e| {
                            refused.push(e);
                            Cell::Refused
                        });
                        if let Err(e) = b.push(i as u32 + 1, col as u32, cell, budget) {
                            failed = Some(e);
                            break 'rows;
                        }
                    }
                }
                if failed.is_none() {
                    for (c, h) in header.iter().enumerate() {
                        if let Err(e) = b.push(0, c as u32, Cell::Text(h.clone()), budget) {
                            failed = Some(e);
                            break;
                        }
                    }
                }
                match failed {
                    Some(e) => issues.push(e),
                    None => match b.finish(budget.max_cells) {
                        Ok(sheet) => wb.sheets.push(sheet),
                        Err(e) => issues.push(e),
                    },
                }
            }
            _ if role == SheetRole::Supplier => {
                let m = Message::new("json_doc.supplier_not_object")
                    .text("key", key.as_str())
                    .text("example", r#"{"legal_name": …, "country": …}"#);
                let (en, fr) = said(&m);
                issues.push(Issue::error(json_pointer(&[key.as_str()]), None, en, fr));
            }
            _ => {
                let (en, fr) = said(&Message::new("json_doc.not_a_list").text("key", key.as_str()));
                issues.push(Issue::error(json_pointer(&[key.as_str()]), None, en, fr));
            }
        }
    }
    if issues.is_empty() {
        wb.issues = refused;
        Ok(wb)
    } else {
        issues.append(&mut refused);
        Err(issues)
    }
}

/// A JSON shape as the `$shape` of `json_value.wrong_shape` names it (what a field of that shape is, and how to
/// write it).
fn shape_code(shape: JsonShape) -> &'static str {
    match shape {
        JsonShape::Text => "text",
        JsonShape::Number => "number",
        JsonShape::Boolean => "boolean",
        JsonShape::TextList => "list",
        JsonShape::Answer => "answer",
    }
}

/// The cell a JSON value gives to the field `key` of a sheet, or its refusal at its JSON Pointer (`path`) naming the
/// field, the shape it takes and what the value is. A field accepts its shape only (`JsonShape`): `[5]`, `"5"` or
/// `true` is never read as the number 5, nor `5` as the text `5`. `null`, an empty text, and a spreadsheet error
/// written as text (refused by the parser as the error it is) pass. A key no sheet knows passes as it is (the parser
/// warns that it is ignored). `question`: the due diligence question of the entry, which decides its answer's shape.
fn take_value(
    path: &[String],
    role: SheetRole,
    key: &str,
    question: Option<crate::domain::DueDiligenceQuestion>,
    v: JsonCell,
) -> Result<Cell, Issue> {
    use crate::domain::DueDiligenceQuestion;
    let Some((field, shape)) = json_field(role, key) else { return Ok(v.cell) };
    if v.inexact {
        // The float read is not the number written: a value changed silently is worse than a refusal.
        let beyond = matches!(v.cell, Cell::Number(n) if !n.is_finite());
        let m = Message::new("json_value.inexact_number")
            .names("field", field, super::parse::field_label(field, true).as_str())
            .text("shown", v.shown.as_str())
            .text("why", if beyond { "range" } else { "digits" });
        let (en, fr) = said(&m);
        return Err(Issue::error(json_pointer(path), Some(field), en, fr));
    }
    let shape = match (shape, question) {
        (JsonShape::Answer, Some(DueDiligenceQuestion::TraceabilityTiers)) => JsonShape::Number,
        (JsonShape::Answer, Some(_)) => JsonShape::Boolean,
        (shape, _) => shape,
    };
    let fits = match (v.written, shape) {
        (Written::Null, _) => true,
        (Written::Text, _) if v.cell.is_blank() || matches!(v.cell, Cell::Error(_)) => true,
        // Yes or no in its text forms, as a sheet writes it ("Yes", "Oui", "TRUE", "1"): the JSON carrier takes them
        // beside true and false, and the value is read as the sheet's is.
        (Written::Text, JsonShape::Boolean | JsonShape::Answer) if super::parse::writes_yes_or_no(&v.cell) => true,
        (Written::Text, JsonShape::Text)
        | (Written::Number, JsonShape::Number | JsonShape::Answer)
        | (Written::Boolean, JsonShape::Boolean | JsonShape::Answer) => true,
        (Written::List, JsonShape::TextList) => v.odd_item.is_none(),
        // A list's items in one text, separated by `;`, is how a cell writes them (and producers that convert a
        // sheet to JSON): the same items.
        (Written::Text, JsonShape::TextList) => true,
        _ => false,
    };
    if fits {
        return Ok(v.cell);
    }
    let field_words = (field, super::parse::field_label(field, true));
    if let (Written::List, JsonShape::TextList, Some((index, written, shown))) = (v.written, shape, &v.odd_item) {
        let mut item_path = path.to_vec();
        item_path.push(index.to_string());
        let as_text = match written {
            Written::Number | Written::Boolean => format!("\"{shown}\""),
            _ => "\"…\"".to_string(),
        };
        let m = Message::new("json_value.item_not_text")
            .names("field", field_words.0, field_words.1.as_str())
            .said("written", written.words(shown))
            .text("as_text", as_text);
        let (en, fr) = said(&m);
        return Err(Issue::error(json_pointer(&item_path), Some(field), en, fr));
    }
    let m = Message::new("json_value.wrong_shape")
        .names("field", field_words.0, field_words.1.as_str())
        .text("shape", shape_code(shape))
        .text("one_text", "\"S1;S2\"")
        .said("written", v.written.words(&v.shown));
    let (en, fr) = said(&m);
    Err(Issue::error(json_pointer(path), Some(field), en, fr))
}

/// The text `text` was before it was garbled, when it is UTF-8 read as Windows-1252 (or Latin-1) and written
/// again as UTF-8 — the most common corruption of text passed between tools (`MontrÃ©al` for `Montréal`,
/// `EntrepÃ´t` for `Entrepôt`): every character has a Windows-1252 byte, and those bytes are valid UTF-8 holding at
/// least one character beyond ASCII. Text typed as it is never does both (`Ã` followed by `©` names no word).
/// `None` for any other text. The sequences recognised are the WHATWG Windows-1252 encoding's (`encoding_rs`).
pub(super) fn double_encoded(text: &str) -> Option<String> {
    if text.is_ascii() {
        return None;
    }
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
    if unmappable {
        return None;
    }
    let decoded = std::str::from_utf8(&bytes).ok()?;
    (!decoded.is_ascii() && decoded != text).then(|| decoded.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A float holds a written number when its shortest form has the same digits at the same powers of ten: short
    /// decimals and every integer up to 2^53 do; 2^53 + 1, a decimal past 17 digits, or one past a float's range do
    /// not.
    #[test]
    fn a_number_is_held_exactly_when_its_float_reads_back_as_its_digits() {
        for text in ["0", "-0.0", "0.1", "12.50", "1e2", "1.25E-3", "9007199254740992", "0.30000000000000004"] {
            assert!(exactly_held(text, text.parse().unwrap()), "{text}");
        }
        for text in ["9007199254740993", "0.1000000000000000055511151231257827", "18446744073709551617", "1e400"] {
            assert!(!exactly_held(text, text.parse().unwrap()), "{text}");
        }
        assert_eq!(significant_digits("1.250e3"), ("125".to_string(), 1));
        assert_eq!(significant_digits("-0.00120"), ("12".to_string(), -4));
        assert_eq!(significant_digits("0.000"), (String::new(), 0));
    }

    #[test]
    fn the_separator_is_the_one_that_makes_the_header_a_row_of_labels() {
        assert_eq!(separator("ID du lieu;Nom du lieu;Rôle\nA;B;C\n", SheetRole::PlacesOfWork), b';');
        assert_eq!(separator("Site ID,Site name,Role\n", SheetRole::PlacesOfWork), b',');
        assert_eq!(separator("Site ID\tSite name\tRole\n", SheetRole::PlacesOfWork), b'\t');
        // Commas inside a French label do not fool it.
        assert_eq!(separator("Dénomination sociale;Cordages, inc.\n", SheetRole::Supplier), b';');
    }

    #[test]
    fn encodings_are_found_and_named() {
        let utf16: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("Pays,Chine\n".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let d = decode(&utf16).unwrap();
        assert_eq!(d.text, "Pays,Chine\n");
        assert_eq!(d.encoding, Some("UTF-16LE"));
        let no_bom: Vec<u8> = "Région,Québec\n".encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&no_bom).unwrap().text, "Région,Québec\n");
        let (latin, _, _) = encoding_rs::WINDOWS_1252.encode("Dénomination sociale,Société Générale de Câbles\n");
        let d = decode(&latin).unwrap();
        assert!(d.text.contains("Société Générale de Câbles"), "{}", d.text);
        assert_eq!(d.encoding, Some("windows-1252"));
        assert_eq!(decode("\u{feff}{}".as_bytes()).unwrap().text, "{}");
        assert_eq!(decode("\u{feff}{}".as_bytes()).unwrap().encoding, None);
    }

    #[test]
    fn a_byte_that_is_not_valid_in_the_encoding_read_is_refused_where_it_stands() {
        // The field case: UTF-8 with a byte order mark, one word typed in Latin-1 ("C\xe2bles").
        let bytes = b"\xEF\xBB\xBFChamp,Valeur\nD\xC3\xA9nomination sociale,C\xE2bles inc.\n";
        let e = decode(bytes).err().unwrap();
        assert_eq!((e.encoding, e.byte, e.line, e.character), ("UTF-8", 39, 2, 23));
        // Any byte from 0x80 up, before any ASCII character, with or without a byte order mark: never replaced.
        let text = "Dénomination sociale,Société Générale\nPays,Canada\n";
        for bom in [&b""[..], b"\xEF\xBB\xBF"] {
            for (at, _) in text.char_indices().filter(|(_, c)| c.is_ascii()) {
                for stray in 0x80u8..=0xFF {
                    let mut bytes = bom.to_vec();
                    bytes.extend_from_slice(&text.as_bytes()[..at]);
                    bytes.push(stray);
                    bytes.extend_from_slice(&text.as_bytes()[at..]);
                    let e = decode(&bytes).err().unwrap_or_else(|| panic!("{stray:#x} at {at} was not refused"));
                    assert_eq!(e.encoding, "UTF-8");
                    assert_eq!(e.byte, bom.len() + at);
                    let before = text.get(..at).unwrap();
                    assert_eq!(e.line, before.matches('\n').count() + 1);
                    assert_eq!(e.character, before.rsplit('\n').next().unwrap().chars().count() + 1);
                    let issue = e.issue("Fournisseur.csv");
                    assert_eq!(issue.location, "Fournisseur.csv");
                    assert!(issue.message_en.contains(&format!("byte {}", e.byte)), "{}", issue.message_en);
                    assert!(issue.message_fr.contains(&format!("l'octet {}", e.byte)), "{}", issue.message_fr);
                }
            }
        }
        // UTF-16 with a lone surrogate is refused too, naming UTF-16.
        let units: Vec<u16> = "Pays,".encode_utf16().chain([0xD800]).chain("Chine\n".encode_utf16()).collect();
        let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain(units.iter().flat_map(|u| u.to_le_bytes())).collect();
        let e = decode(&utf16).err().unwrap();
        assert_eq!((e.encoding, e.byte, e.line, e.character), ("UTF-16LE", 12, 1, 6));
        // A file wholly in Windows-1252 (no well-formed UTF-8 in it) is still read, and named.
        let (latin, _, _) = encoding_rs::WINDOWS_1252.encode("Nom,Câbles Québec\n");
        assert_eq!(decode(&latin).unwrap().encoding, Some("windows-1252"));
    }

    #[test]
    fn non_finite_numbers_are_found_outside_strings_only() {
        assert_eq!(non_finite_token("{\"a\": \"NaN\", \"b\": NaN}"), Some(("NaN", 1, 19)));
        assert_eq!(non_finite_token("{\n \"x\": -Infinity}"), Some(("-Infinity", 2, 7)));
        assert_eq!(non_finite_token("{\"a\": \"Infinity \\\" NaN\"}"), None);
    }
}
