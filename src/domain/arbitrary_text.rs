//! Strategies of arbitrary Unicode text for the property tests of every field parser and text folder: any
//! character, plus the text that breaks byte-minded code — combining marks, right-to-left scripts and bidi controls,
//! emoji with their joiners and modifiers, NUL and control characters, and very long strings.

use proptest::prelude::*;

/// Emoji sequences that are one picture made of several characters (ZWJ families, flags, skin tones, keycaps).
const EMOJI_SEQUENCES: &[&str] = &[
    "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}",
    "\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}",
    "\u{1F1E8}\u{1F1E6}",
    "\u{1F44D}\u{1F3FD}",
    "1\u{FE0F}\u{20E3}",
    "\u{1F9D1}\u{200D}\u{1F3ED}",
];

/// Bidi controls: marks, embeddings, overrides and isolates.
const BIDI_CONTROLS: &[char] = &[
    '\u{200E}', '\u{200F}', '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
    '\u{2068}', '\u{2069}', '\u{061C}',
];

/// Spaces other than U+0020 (each one `char::is_whitespace`), and a few that are not (zero width).
const SPACES: &[char] = &['\u{00A0}', '\u{2007}', '\u{202F}', '\u{3000}', '\t', '\n', '\u{200B}', '\u{FEFF}'];

/// Punctuation the folders drop, and letters whose case or decomposition changes their length.
const PUNCTUATION_AND_FOLDS: &[&str] = &[" ", "-", ".", "*", "%", "_", "é", "É", "ß", "İ", "ﬁ", "ǅ", "Σ"];

/// Any character at all.
pub(crate) fn any_char() -> impl Strategy<Value = char> {
    any::<char>()
}

/// A bidi control: a mark, an embedding, an override or an isolate.
pub(crate) fn bidi_control() -> impl Strategy<Value = char> {
    proptest::sample::select(BIDI_CONTROLS)
}

/// A combining mark of the Combining Diacritical Marks block (U+0300–036F).
pub(crate) fn combining_mark() -> impl Strategy<Value = char> {
    proptest::char::range('\u{300}', '\u{36F}')
}

/// A piece of text: one of the troublesome kinds above, or plain ASCII (digits, letters, `-`, space) so that the
/// parsers' own forms are reached and mixed with the rest.
pub(crate) fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => any_char().prop_map(String::from),
        2 => combining_mark().prop_map(String::from),
        2 => proptest::char::range('\u{590}', '\u{8FF}').prop_map(String::from),
        1 => bidi_control().prop_map(String::from),
        1 => proptest::sample::select(EMOJI_SEQUENCES).prop_map(str::to_string),
        1 => proptest::char::range('\u{1F300}', '\u{1FAFF}').prop_map(String::from),
        1 => prop_oneof![proptest::char::range('\0', '\u{1F}'), proptest::char::range('\u{7F}', '\u{9F}')]
            .prop_map(String::from),
        1 => proptest::sample::select(SPACES).prop_map(String::from),
        3 => proptest::char::range('0', '9').prop_map(String::from),
        2 => proptest::char::range('A', 'Z').prop_map(String::from),
        2 => proptest::char::range('a', 'z').prop_map(String::from),
        1 => proptest::sample::select(PUNCTUATION_AND_FOLDS).prop_map(str::to_string),
    ]
}

/// Text of up to `max` pieces.
pub(crate) fn text_of(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 0..=max).prop_map(|pieces| pieces.concat())
}

/// Everyday lengths of arbitrary text (a field of a form or a cell), short ones often: the parsers' forms are
/// short, and a few pieces next to them reach the cases where a byte count and a character count differ.
pub(crate) fn text() -> impl Strategy<Value = String> {
    prop_oneof![text_of(6), text_of(40)]
}

/// Very long text: thousands of pieces, or a short arbitrary text repeated up to 20,000 times.
pub(crate) fn long_text() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::collection::vec(piece(), 2_000..6_000).prop_map(|pieces| pieces.concat()),
        (text_of(8), 1_000usize..20_000).prop_map(|(t, n)| t.repeat(n)),
    ]
}

/// Text of any length: mostly everyday lengths, now and then very long.
pub(crate) fn any_length_text() -> impl Strategy<Value = String> {
    prop_oneof![60 => text(), 1 => long_text()]
}

/// `s` with a combining mark put after a character wherever `marks` (cycled over the characters) says so.
pub(crate) fn with_marks(s: &str, marks: &[(bool, char)]) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    let mut marks = marks.iter().copied().cycle();
    for c in s.chars() {
        out.push(c);
        if let Some((true, mark)) = marks.next() {
            out.push(mark);
        }
    }
    out
}

/// Marks for [`with_marks`]: whether to put one after a character, and which.
pub(crate) fn marks() -> impl Strategy<Value = Vec<(bool, char)>> {
    proptest::collection::vec((any::<bool>(), combining_mark()), 1..16)
}

/// `s` as a JSON string literal with every character outside printable ASCII written as `\u` escapes (UTF-16 code
/// units: surrogate pairs for characters beyond U+FFFF), as some JSON writers do.
pub(crate) fn json_escaped(s: &str) -> String {
    let mut out = String::from('"');
    out.push_str(&escape_units(s));
    out.push('"');
    out
}

/// A JSON string literal holding one lone surrogate code unit (U+D800–DFFF, not valid Unicode) between two texts.
pub(crate) fn json_with_lone_surrogate(before: &str, unit: u16, after: &str) -> String {
    format!("\"{}\\u{unit:04x}{}\"", escape_units(before), escape_units(after))
}

/// A lone surrogate code unit, high or low.
pub(crate) fn lone_surrogate() -> impl Strategy<Value = u16> {
    0xD800u16..=0xDFFF
}

fn escape_units(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if (' '..='~').contains(&c) && c != '"' && c != '\\' {
            out.push(c);
        } else {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units).iter() {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        }
    }
    out
}
