//! The characters a text the service reads may not hold, whatever carried it: one policy, applied to every text
//! cell of a declaration as it is read (XLSX, ODS, CSV, JSON: `import::parse::Ctx::read`) and to every value of a
//! screening list as it is read (the five formats of `screening::parse`), refusing the first such character with
//! its place, its code point and its name. Each reader says which of its fields take several lines.
//!
//! Refused in every field:
//! - **control characters**: C0 (U+0000–U+001F, tab and line breaks aside), DEL (U+007F) and C1 (U+0080–U+009F):
//!   no one types them, and most formats the declaration is written out to (XML 1.0, DOT, CSV read back) cannot
//!   carry them;
//! - **bidirectional controls** (Unicode's `Bidi_Control`: U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069):
//!   they show a text in another order than it is stored, so that a name reads as another;
//! - **invisible characters** that make two texts that look the same differ: every code point of Unicode's
//!   `Default_Ignorable_Code_Point` property (read from ICU4X's compiled Unicode data, `icu_properties`: U+00AD soft
//!   hyphen, U+034F combining grapheme joiner, U+115F, U+1160, U+3164, U+FFA0 the Hangul fillers, U+17B4, U+17B5,
//!   U+180B–U+180F, U+200B–U+200D, U+2060–U+206F, the variation selectors U+FE00–U+FE0F and U+E0100–U+E01EF, U+FEFF,
//!   the tags U+E0000–U+E007F and the rest of U+E0000–U+E0FFF …), and the characters that draw nothing though
//!   Unicode does not list them so (U+2800 Braille pattern blank, the interlinear annotation characters
//!   U+FFF9–U+FFFB): refused, not stripped — removing them would store a text other than the one sent, silently, and
//!   the sender should know their file carries them (a name pasted from a web page usually does). The property is
//!   taken whole rather than listed by hand, so that what Unicode adds to it is refused with the next data.
//!   **Except the joiners where a script needs them**: the zero width non-joiner and joiner (U+200C, U+200D) are
//!   taken between two letters (or a letter and a mark) of a script that writes with them — Arabic (Persian
//!   `می` U+200C `خواهم`), Syriac, N'Ko, Mongolian, Thaana and the Brahmic scripts of South and South-East Asia
//!   ([`JOINING_SCRIPTS`]) — and the joiner between two emoji (a family, a profession: one picture). Anywhere else
//!   (between Latin letters, at a text's start or end, after a space) they draw nothing and are refused;
//! - **noncharacters** (U+FDD0–U+FDEF and the last two code points of every plane, U+FFFE, U+FFFF, U+1FFFE …):
//!   Unicode reserves them and never gives them to text, and XML 1.0 forbids U+FFFE and U+FFFF;
//! - **the replacement character** U+FFFD: what a program writes where it could not read a byte of text in the
//!   encoding it assumed, so a letter of the value is lost (the readers refuse bytes that cannot be read themselves,
//!   and JSON's lone surrogate escapes; this is the mark of a reading gone wrong before the file came).
//!
//! Refused in one-line fields only (names, identifiers, codes, e-mails — every field but the free texts of
//! [`MULTI_LINE`]): tab, line feed, carriage return and the line and paragraph separators (U+2028, U+2029).

use icu_properties::props::{DefaultIgnorableCodePoint, EmojiModifier, ExtendedPictographic, GeneralCategory, Script};
use icu_properties::{CodePointMapData, CodePointSetData};

/// Why a character is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A C0 or C1 control character, or DEL.
    Control,
    /// A tab or a line break in a one-line field.
    LineBreak,
    /// A bidirectional control.
    Bidi,
    /// An invisible character that makes two texts that look the same differ.
    Invisible,
    /// A code point Unicode never gives to text.
    Noncharacter,
    /// U+FFFD, where a letter could not be read.
    Replacement,
}

/// The first refused character of a text: the character, its position (the count of characters before it, from 1)
/// and why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused {
    /// The character.
    pub ch: char,
    /// Where it stands: the count of characters before it and itself (from 1).
    pub position: usize,
    /// Why it is refused.
    pub kind: Kind,
}

/// Whether `c` is a currency sign: Unicode's general category `Sc` (Currency_Symbol: `$` `€` `£` `¥` `₹` `₩` `¢`
/// `¤` …, UAX #44), read from ICU4X's compiled Unicode data. The intake tells by it a number format that shows an
/// amount of money (`#,##0.00 "€"`, `_($* #,##0.00_)`).
pub fn is_currency_sign(c: char) -> bool {
    CodePointMapData::<GeneralCategory>::new().get(c) == GeneralCategory::CurrencySymbol
}

/// The kind of refusal a character meets in a field of one line (`multi_line` false) or several, whatever stands
/// around it: the zero width joiner and non-joiner are refused here; [`first_refused`] takes them where a script
/// joins with them ([`joined`]).
pub fn kind_of(c: char, multi_line: bool) -> Option<Kind> {
    match c {
        '\t' | '\n' | '\r' | '\u{2028}' | '\u{2029}' => (!multi_line).then_some(Kind::LineBreak),
        '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' => Some(Kind::Control),
        '\u{61C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => Some(Kind::Bidi),
        '\u{FFFD}' => Some(Kind::Replacement),
        '\u{2800}' | '\u{FFF9}'..='\u{FFFB}' => Some(Kind::Invisible),
        _ if is_noncharacter(c) => Some(Kind::Noncharacter),
        // Below U+00AD, the first default-ignorable code point: nothing more to ask (most text stops here).
        '\u{20}'..='\u{AC}' => None,
        _ if CodePointSetData::new::<DefaultIgnorableCodePoint>().contains(c) => Some(Kind::Invisible),
        _ => None,
    }
}

/// Unicode's noncharacters: U+FDD0–U+FDEF and U+nFFFE, U+nFFFF of every plane.
pub fn is_noncharacter(c: char) -> bool {
    let u = u32::from(c);
    (0xFDD0..=0xFDEF).contains(&u) || u & 0xFFFE == 0xFFFE
}

/// The scripts that write with the zero width joiner and non-joiner between their letters (The Unicode Standard,
/// chapter 23.2, "Layout Controls": cursive joining in Arabic, Syriac, N'Ko, Mongolian; the explicit half forms and
/// conjuncts of the Brahmic scripts, chapter 12): Persian writes `می` U+200C `خواهم` with a non-joiner, Hindi `क्` U+200D `ष` with a
/// joiner.
pub const JOINING_SCRIPTS: &[Script] = &[
    Script::Arabic,
    Script::Syriac,
    Script::Nko,
    Script::Mongolian,
    Script::Thaana,
    Script::Devanagari,
    Script::Bengali,
    Script::Gurmukhi,
    Script::Gujarati,
    Script::Oriya,
    Script::Tamil,
    Script::Telugu,
    Script::Kannada,
    Script::Malayalam,
    Script::Sinhala,
    Script::Tibetan,
    Script::Myanmar,
    Script::Khmer,
];

/// Whether the joiner or non-joiner `c` stands where a script needs it: between a letter or mark of one of the
/// [`JOINING_SCRIPTS`] (a mark of no script of its own, such as the Arabic short vowels, counts as its letter's) and
/// a letter or mark of the same script; or, for the joiner, between two emoji (an emoji modifier, a skin tone, may
/// end the first).
pub fn joined(before: Option<char>, c: char, after: Option<char>) -> bool {
    let (Some(b), Some(a)) = (before, after) else { return false };
    let scripts = CodePointMapData::<Script>::new();
    let emoji = CodePointSetData::new::<ExtendedPictographic>();
    if c == '\u{200D}'
        && (emoji.contains(b) || CodePointSetData::new::<EmojiModifier>().contains(b))
        && emoji.contains(a)
    {
        return true;
    }
    let categories = CodePointMapData::<GeneralCategory>::new();
    let letter_or_mark = |x: char| {
        x.is_alphabetic()
            || matches!(
                categories.get(x),
                GeneralCategory::NonspacingMark | GeneralCategory::SpacingMark | GeneralCategory::EnclosingMark
            )
    };
    let (sb, sa) = (scripts.get(b), scripts.get(a));
    letter_or_mark(b) && letter_or_mark(a) && JOINING_SCRIPTS.contains(&sa) && (sb == sa || sb == Script::Inherited)
}

/// The first character of `text` the policy refuses in a field of one line or several (a joiner or non-joiner only
/// where no script joins with it: [`joined`]).
pub fn first_refused(text: &str, multi_line: bool) -> Option<Refused> {
    let mut before: Option<char> = None;
    let mut chars = text.chars().enumerate().peekable();
    while let Some((i, ch)) = chars.next() {
        if let Some(kind) = kind_of(ch, multi_line) {
            let after = chars.peek().map(|(_, a)| *a);
            if !(matches!(ch, '\u{200C}' | '\u{200D}') && joined(before, ch, after)) {
                return Some(Refused { ch, position: i + 1, kind });
            }
        }
        before = Some(ch);
    }
    None
}

/// The refusal of a file's name (an upload's, an attachment's) that holds a character of this policy, in English and
/// French, naming the character and where it stands (the words [`file_name_message`] says); `None` when the name
/// holds none. A file name is shown to
/// people (the receipt, the audit log, the places of errors): a bidirectional override in `invoice\u{202E}slx.json`
/// would show it as `invoicenosj.xls`. Held to the policy of a one-line field, the same at every upload door.
pub fn file_name_refused(name: &str) -> Option<(String, String)> {
    file_name_message(name).map(|m| super::say_both(&m))
}

/// What a refused text was read from, as its message names it: a declaration's cell or field, a value of a
/// screening list, or a field of a request (a form's field, a JSON body's value: a note, a reason).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A cell or field of a declaration (XLSX, ODS, CSV, JSON).
    Declaration,
    /// A value of an entry of a screening list (its line or JSON path is named beside the message).
    ListEntry,
    /// A field of a form or of a JSON request body.
    Request,
}

impl Refused {
    /// The refusal of this character in the field named `en`/`fr` of what `source` says, in English and French: the
    /// words of [`Refused::message`], for the callers that take text.
    pub fn messages(&self, en: &str, fr: &str, source: Source) -> (String, String) {
        super::say_both(&self.message(en, fr, source))
    }
}

impl Kind {
    /// The code its words go by in the catalogues (`characters.what.CODE`, `characters.why.CODE`).
    fn code(self) -> &'static str {
        match self {
            Kind::Control => "control",
            Kind::LineBreak => "line_break",
            Kind::Bidi => "bidi",
            Kind::Invisible => "invisible",
            Kind::Noncharacter => "noncharacter",
            Kind::Replacement => "replacement",
        }
    }
}

impl Source {
    /// The code it goes by in the catalogues (the `source` of `characters.why.control`).
    fn code(self) -> &'static str {
        match self {
            Source::Declaration => "declaration",
            Source::ListEntry => "list_entry",
            Source::Request => "request",
        }
    }
}

impl Refused {
    /// The refusal of this character in the field named `en`/`fr` of what `source` says, as a message of the
    /// catalogues (`characters.refused`): the character by its code point and name, where it stands (its position
    /// an ordinal in French: `1er`, `2e`), why it is refused (the files it cannot go to named by what was read) and
    /// what to do. Said in the reader's language where it is shown (`reports::Catalog::say`).
    pub fn message(&self, en: &str, fr: &str, source: Source) -> super::Message {
        let why = super::Message::new(match self.kind {
            Kind::Control => "characters.why.control",
            Kind::LineBreak => "characters.why.line_break",
            Kind::Bidi => "characters.why.bidi",
            Kind::Invisible => "characters.why.invisible",
            Kind::Noncharacter => "characters.why.noncharacter",
            Kind::Replacement => "characters.why.replacement",
        })
        .text("source", source.code());
        super::Message::new("characters.refused")
            .names("field", en, fr)
            .label("what", format!("characters.what.{}", self.kind.code()))
            .text("code", format!("U+{:04X}", u32::from(self.ch)))
            .names("name", names(self.ch).0, names(self.ch).1)
            .number("position", self.position as f64)
            .said("why", why)
    }
}

/// The refusal of a file's name (an upload's, an attachment's) that holds a character of this policy, as a message
/// of the catalogues (`characters.file_name`, [`Refused::message`] and what to do); `None` when the name holds none.
/// Said in the reader's language where it is shown; [`file_name_refused`] gives its words to the callers that take
/// text.
pub fn file_name_message(name: &str) -> Option<super::Message> {
    let refused = first_refused(name, false)?;
    let m = refused.message("The file's name", "Le nom du fichier", Source::Request);
    Some(super::Message::new("characters.file_name").said("refusal", m))
}

/// The names of a refused character in English and in French: its Unicode name and the name of ISO/IEC 10646's
/// French edition (a control's formal alias, which has no name, and its ISO/IEC 6429 French name), kept with their
/// source in `character_names.csv` ([`super::character_names`]); a code point with none gets Unicode's label in both
/// languages' words (`<noncharacter-FFFE>`, « <non-caractère-FFFE> »; `<reserved-E0080>`, « <réservé-E0080> » for a
/// code point not yet assigned), and any other its code point in angle brackets (`<U+E0FFF>`), the same in both.
pub fn names(c: char) -> (String, String) {
    if let Some(n) = super::character_names::name(c) {
        return (n.en, n.fr);
    }
    let u = u32::from(c);
    if is_noncharacter(c) {
        return (format!("<noncharacter-{u:04X}>"), format!("<non-caractère-{u:04X}>"));
    }
    // Unicode's label for a code point it has not given yet (U+2065, U+FFF0–U+FFF8, most of U+E0000–U+E0FFF).
    if CodePointMapData::<GeneralCategory>::new().get(c) == GeneralCategory::Unassigned {
        return (format!("<reserved-{u:04X}>"), format!("<réservé-{u:04X}>"));
    }
    (format!("<U+{u:04X}>"), format!("<U+{u:04X}>"))
}

/// The Unicode name of a refused character, in English ([`names`]).
pub fn name(c: char) -> String {
    names(c).0
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn every_refused_character_has_its_name_and_every_kept_one_passes() {
        for c in ('\0'..='\u{10FFFF}').filter(|c| kind_of(*c, false).is_some()) {
            let n = name(c);
            assert!(!n.starts_with("<U+"), "U+{:04X} has no name", u32::from(c));
        }
        // Text people write, in any script, with the joiners some scripts need, emoji and typographic spaces.
        for ok in [
            "Cordages Nordiques Inc.",
            "Entrepôt Saint-Léonard",
            "北京纺织有限公司",
            "شرکت\u{200C}های پارس",
            "क्\u{200D}ष",
            "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}",
            "שלום עולם",
            "Ōsaka\u{00A0}Works\u{202F}Ltd",
            "\u{E000}private",
        ] {
            assert_eq!(first_refused(ok, false), None, "{ok}");
        }
        // Line breaks: refused on one line, taken on several.
        for br in ['\t', '\n', '\r', '\u{2028}', '\u{2029}'] {
            let t = format!("12 Rue{br}Sud");
            assert_eq!(first_refused(&t, false).map(|r| r.kind), Some(Kind::LineBreak));
            assert_eq!(first_refused(&t, true), None);
        }
    }

    #[test]
    fn the_refusal_names_the_character_its_place_and_why_in_both_languages() {
        let r = first_refused("Gown \u{FFFE} Factory", false).unwrap();
        assert_eq!((r.ch, r.position, r.kind), ('\u{FFFE}', 6, Kind::Noncharacter));
        let (en, fr) = r.messages("Site name", "Nom du lieu", Source::Declaration);
        assert_eq!(
            en,
            "Site name holds a noncharacter, U+FFFE <noncharacter-FFFE>, at character 6: delete it (Unicode reserves \
             it and never gives it to text, and XML files cannot hold it)"
        );
        assert!(
            fr.starts_with(
                "Nom du lieu contient un non-caractère, U+FFFE <non-caractère-FFFE>, au 6e caractère\u{a0}:"
            ),
            "{fr}"
        );
        let (en, fr) = first_refused("\u{200B}Acme", false).unwrap().messages(
            "Legal name",
            "Dénomination sociale",
            Source::Declaration,
        );
        assert!(en.contains("U+200B ZERO WIDTH SPACE, at character 1"), "{en}");
        assert!(fr.contains("U+200B ESPACE SANS CHASSE, au 1er caractère"), "{fr}");
    }

    /// A French refusal names the character in French, whichever it is: every refused character has its French name
    /// (ISO/IEC 10646's French edition, `character_names.csv`) or a label in French words, and no French refusal
    /// holds the English name.
    #[test]
    fn every_refused_character_is_named_in_the_reader_s_language() {
        for (text, en_name, fr_name) in [
            ("Acme\u{2060}Corp", "WORD JOINER", "GLUON DE MOTS"),
            ("\u{FEFF}Acme", "ZERO WIDTH NO-BREAK SPACE", "ESPACE INSÉCABLE SANS CHASSE"),
            ("Acme\u{AD}Corp", "SOFT HYPHEN", "TRAIT D'UNION CONDITIONNEL"),
            ("Acme\u{202D}Corp", "LEFT-TO-RIGHT OVERRIDE", "FORÇAGE GAUCHE-À-DROITE"),
            ("Acme\u{1B}", "ESCAPE", "ÉCHAPPEMENT"),
            ("Acme\u{85}", "NEXT LINE", "À LA LIGNE"),
            ("Acme\u{E0063}", "TAG LATIN SMALL LETTER C", "ÉTIQUETTE LETTRE MINUSCULE LATINE C"),
            ("Acme\u{FE0E}", "VARIATION SELECTOR-15", "SÉLECTEUR DE VARIANTE-15"),
            ("Acme\u{2065}", "<reserved-2065>", "<réservé-2065>"),
            ("Acme\u{10FFFF}", "<noncharacter-10FFFF>", "<non-caractère-10FFFF>"),
        ] {
            let (en, fr) = first_refused(text, false).unwrap().messages("Legal name", "Nom légal", Source::Declaration);
            assert!(en.contains(en_name) && fr.contains(fr_name), "{en} / {fr}");
            assert!(!fr.contains(en_name), "{fr}");
        }
        for c in ('\0'..='\u{10FFFF}').filter(|c| kind_of(*c, false).is_some()) {
            let (en, fr) = names(c);
            let code = format!("U+{:04X}", u32::from(c));
            assert!(en != fr || en == "INDEX" || en == format!("<{code}>"), "{code} {en}: no French name");
        }
    }

    /// Characters that draw nothing are refused as a whole kind, Unicode's `Default_Ignorable_Code_Point`, not a list
    /// kept by hand: the joiners out of a joining script, the combining grapheme joiner, the Hangul fillers, the
    /// Braille blank, the variation selectors, the invisible operators, the Mongolian vowel separator, the soft
    /// hyphen, the tags, and code points of the property Unicode has not given yet.
    #[test]
    fn every_character_that_draws_nothing_is_refused_with_its_name() {
        for (c, named) in [
            ('\u{200D}', "ZERO WIDTH JOINER"),
            ('\u{200C}', "ZERO WIDTH NON-JOINER"),
            ('\u{34F}', "COMBINING GRAPHEME JOINER"),
            ('\u{3164}', "HANGUL FILLER"),
            ('\u{115F}', "HANGUL CHOSEONG FILLER"),
            ('\u{1160}', "HANGUL JUNGSEONG FILLER"),
            ('\u{FFA0}', "HALFWIDTH HANGUL FILLER"),
            ('\u{2800}', "BRAILLE PATTERN BLANK"),
            ('\u{FE00}', "VARIATION SELECTOR-1"),
            ('\u{FE0F}', "VARIATION SELECTOR-16"),
            ('\u{E0100}', "VARIATION SELECTOR-17"),
            ('\u{E01EF}', "VARIATION SELECTOR-256"),
            ('\u{2060}', "WORD JOINER"),
            ('\u{2064}', "INVISIBLE PLUS"),
            ('\u{180E}', "MONGOLIAN VOWEL SEPARATOR"),
            ('\u{180B}', "MONGOLIAN FREE VARIATION SELECTOR ONE"),
            ('\u{AD}', "SOFT HYPHEN"),
            ('\u{E0041}', "TAG LATIN CAPITAL LETTER A"),
            ('\u{E0021}', "TAG"),
            ('\u{17B4}', "KHMER VOWEL INHERENT AQ"),
            ('\u{1D173}', "MUSICAL SYMBOL BEGIN BEAM"),
            ('\u{2065}', "<reserved-2065>"),
            ('\u{E0FFF}', "<reserved-E0FFF>"),
        ] {
            for text in [format!("Mo{c}hamed Trading"), format!("{c}Acme"), format!("Acme{c}")] {
                let r = first_refused(&text, false);
                assert_eq!(r.map(|r| (r.ch, r.kind)), Some((c, Kind::Invisible)), "{text:?}");
                assert_eq!(first_refused(&text, true).map(|r| r.ch), Some(c), "{text:?} in free text");
            }
            assert_eq!(name(c), named);
        }
        // Every default-ignorable code point is refused somewhere (the joiners at least out of their scripts).
        let ignorable = CodePointSetData::new::<DefaultIgnorableCodePoint>();
        for c in ('\0'..='\u{10FFFF}').filter(|c| ignorable.contains(*c)) {
            let text = format!("a{c}b");
            assert!(first_refused(&text, true).is_some(), "U+{:04X}", u32::from(c));
        }
    }

    /// The joiner and non-joiner are taken where a script writes with them: between two letters (or a letter and its
    /// mark) of Arabic (Persian), Devanagari, Bengali, Malayalam, Sinhala …, and the joiner between two emoji; refused
    /// between Latin, Chinese or Cyrillic letters, between two scripts, after a space, at either end.
    #[test]
    fn the_joiners_are_taken_only_between_letters_of_a_script_that_joins_with_them() {
        for ok in [
            "\u{645}\u{6CC}\u{200C}\u{62E}\u{648}\u{627}\u{647}\u{645}",
            "\u{645}\u{64F}\u{200C}\u{62D}",
            "\u{915}\u{94D}\u{200D}\u{937}",
            "\u{915}\u{94D}\u{200C}\u{937}",
            "\u{9B0}\u{9CD}\u{200D}\u{9AF}",
            "\u{D28}\u{D4D}\u{200D}",
            "\u{DC1}\u{DCA}\u{200D}\u{DBB}",
            "\u{1F469}\u{200D}\u{1F52C}",
            "\u{1F44B}\u{1F3FD}\u{200D}\u{1F4BC}",
        ] {
            let ok = if ok.ends_with('\u{200D}') { format!("{ok}\u{D23}") } else { ok.to_string() };
            assert_eq!(first_refused(&ok, false), None, "{ok:?}");
        }
        for (refused, at) in [
            ("Acme\u{200D}Corp", 5),
            ("Ac\u{200C}me", 3),
            ("\u{5317}\u{200D}\u{4EAC}", 2),
            ("\u{41C}\u{200C}\u{43E}", 2),
            ("\u{645}\u{200C}a", 2),
            ("a\u{200C}\u{645}", 2),
            ("\u{915}\u{200D}\u{645}", 2),
            ("\u{645} \u{200C}\u{645}", 3),
            ("\u{200C}\u{645}", 1),
            ("\u{645}\u{200C}", 2),
            ("\u{1F469}\u{200C}\u{1F52C}", 2),
            ("A\u{200D}\u{1F52C}", 2),
        ] {
            let r = first_refused(refused, false);
            assert_eq!(r.map(|r| (r.position, r.kind)), Some((at, Kind::Invisible)), "{refused:?}");
        }
    }

    /// Every kind of refusal, from every source, is the catalogues' words (`characters.*`) in both languages: what
    /// the callers that take text are given is what the message says, French spacing and ordinals included.
    #[test]
    fn every_refusal_is_said_by_the_catalogues_in_both_languages_with_french_spacing() {
        let c = crate::reports::Catalog::embedded().unwrap();
        let texts = [
            ("a\u{7}b", false, Kind::Control),
            ("ab\tc", false, Kind::LineBreak),
            ("\u{202E}abc", true, Kind::Bidi),
            ("abc\u{200B}", true, Kind::Invisible),
            ("a\u{FFFD}", true, Kind::Replacement),
            ("a\u{FFFE}", true, Kind::Noncharacter),
        ];
        for (text, multi_line, kind) in texts {
            let r = first_refused(text, multi_line).unwrap();
            assert_eq!(r.kind, kind, "{text:?}");
            for source in [Source::Declaration, Source::ListEntry, Source::Request] {
                let said = c.say_both(&r.message("Legal name", "Dénomination sociale", source));
                assert_eq!(said, r.messages("Legal name", "Dénomination sociale", source), "{kind:?} {source:?}");
                let fr = said.1;
                assert!(fr.contains(" caractère\u{a0}: supprimez-le ("), "{fr}");
                assert!(!fr.contains(" :") && !fr.contains(" ;"), "{fr}");
            }
        }
        let first = first_refused("\u{200B}Acme", false).unwrap();
        let (_, fr) = c.say_both(&first.message("Legal name", "Dénomination sociale", Source::Request));
        assert!(fr.contains(", au 1er caractère\u{a0}: "), "{fr}");
        let (_, fr) = c.say_both(&first_refused("Acme\u{200B}", false).unwrap().message("a", "a", Source::Request));
        assert!(fr.contains(", au 5e caractère\u{a0}: "), "{fr}");
        assert!(fr.contains("d'apparence identique\u{202f}; il vient"), "{fr}");
        // A file's name.
        let said = c.say_both(&file_name_message("facture\u{202E}slx.json").unwrap());
        assert_eq!(Some(said.clone()), file_name_refused("facture\u{202E}slx.json"));
        assert!(said.0.starts_with("The file's name holds a bidirectional control character, U+202E"), "{}", said.0);
        assert!(said.1.ends_with(". Renommez le fichier et envoyez-le de nouveau."), "{}", said.1);
        assert!(file_name_message("facture.json").is_none());
    }

    /// The message names what was read: a declaration, a list entry, a text sent in a form or a request body; never
    /// "the declaration" for a list's value or a note.
    #[test]
    fn the_refusal_names_what_was_read() {
        let r = first_refused("Gown\u{7}", false).unwrap();
        let (en, fr) = r.messages("`name`", "« name »", Source::ListEntry);
        assert!(en.contains("the files the list entry is written to") && !en.contains("declaration"), "{en}");
        assert!(fr.contains("où l'entrée de la liste est écrite") && !fr.contains("déclaration"), "{fr}");
        let (en, fr) = r.messages("`note`", "« note »", Source::Request);
        assert!(en.contains("the files this text is written to") && !en.contains("declaration"), "{en}");
        assert!(fr.contains("où ce texte est écrit") && !fr.contains("déclaration"), "{fr}");
        let (en, fr) = r.messages("Site name", "Nom du lieu", Source::Declaration);
        assert!(en.contains("the declaration") && fr.contains("la déclaration"), "{en} / {fr}");
    }

    /// Any character of a refused kind, with where it is refused (one line only, or everywhere).
    fn refused_char() -> impl Strategy<Value = (char, bool)> {
        prop_oneof![
            prop_oneof![proptest::char::range('\0', '\u{8}'), proptest::char::range('\u{B}', '\u{C}')]
                .prop_map(|c| (c, true)),
            proptest::char::range('\u{E}', '\u{1F}').prop_map(|c| (c, true)),
            proptest::char::range('\u{7F}', '\u{9F}').prop_map(|c| (c, true)),
            proptest::sample::select(vec!['\t', '\n', '\r', '\u{2028}', '\u{2029}']).prop_map(|c| (c, false)),
            crate::domain::arbitrary_text::bidi_control().prop_map(|c| (c, true)),
            prop_oneof![
                Just('\u{AD}'),
                Just('\u{200B}'),
                Just('\u{FEFF}'),
                Just('\u{200C}'),
                Just('\u{200D}'),
                Just('\u{34F}'),
                Just('\u{3164}'),
                Just('\u{2800}'),
                proptest::char::range('\u{FE00}', '\u{FE0F}'),
                proptest::char::range('\u{E0100}', '\u{E01EF}'),
                proptest::char::range('\u{2060}', '\u{2064}'),
                proptest::char::range('\u{E0000}', '\u{E007F}'),
            ]
            .prop_map(|c| (c, true)),
            (0u32..=16, prop_oneof![Just(0xFFFEu32), Just(0xFFFF)])
                .prop_filter_map("a code point", |(plane, low)| char::from_u32(plane << 16 | low))
                .prop_map(|c| (c, true)),
            proptest::char::range('\u{FDD0}', '\u{FDEF}').prop_map(|c| (c, true)),
            Just(('\u{FFFD}', true)),
        ]
    }

    proptest! {
        #[test]
        fn a_refused_character_anywhere_in_any_text_is_found_at_its_place(
            before in "[a-zA-Zé北 ]{0,12}",
            after in crate::domain::arbitrary_text::text(),
            (c, everywhere) in refused_char(),
        ) {
            let text = format!("{before}{c}{after}");
            let found = first_refused(&text, false).unwrap();
            prop_assert_eq!((found.ch, found.position), (c, before.chars().count() + 1));
            let in_multi_line = first_refused(&text, true);
            if everywhere {
                prop_assert_eq!(in_multi_line.map(|r| (r.ch, r.position)), Some((c, before.chars().count() + 1)));
            }
            let (en, fr) = found.messages("Legal name", "Dénomination sociale", Source::Declaration);
            let code = format!("U+{:04X}", u32::from(c));
            prop_assert!(en.contains(&code) && fr.contains(&code), "{} / {}", en, fr);
        }
    }
}
