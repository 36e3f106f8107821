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
//! - **invisible characters** that make two texts that look the same differ (U+00AD soft hyphen, U+180E, U+200B zero
//!   width space, U+2060–U+2064, U+206A–U+206F, U+FEFF, U+FFF9–U+FFFB, the tags U+E0000–U+E007F): refused, not
//!   stripped — removing them would store a text other than the one sent, silently, and the sender should know their
//!   file carries them (a name pasted from a web page usually does). The zero width joiner and non-joiner (U+200C,
//!   U+200D) stay: Persian, the Indic scripts and emoji sequences need them to be written correctly;
//! - **noncharacters** (U+FDD0–U+FDEF and the last two code points of every plane, U+FFFE, U+FFFF, U+1FFFE …):
//!   Unicode reserves them and never gives them to text, and XML 1.0 forbids U+FFFE and U+FFFF;
//! - **the replacement character** U+FFFD: what a program writes where it could not read a byte of text in the
//!   encoding it assumed, so a letter of the value is lost (the readers refuse bytes that cannot be read themselves,
//!   and JSON's lone surrogate escapes; this is the mark of a reading gone wrong before the file came).
//!
//! Refused in one-line fields only (names, identifiers, codes, e-mails — every field but the free texts of
//! [`MULTI_LINE`]): tab, line feed, carriage return and the line and paragraph separators (U+2028, U+2029).

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

/// The kind of refusal a character meets in a field of one line (`multi_line` false) or several.
pub fn kind_of(c: char, multi_line: bool) -> Option<Kind> {
    match c {
        '\t' | '\n' | '\r' | '\u{2028}' | '\u{2029}' => (!multi_line).then_some(Kind::LineBreak),
        '\u{0}'..='\u{1F}' | '\u{7F}'..='\u{9F}' => Some(Kind::Control),
        '\u{61C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => Some(Kind::Bidi),
        '\u{FFFD}' => Some(Kind::Replacement),
        '\u{AD}'
        | '\u{180E}'
        | '\u{200B}'
        | '\u{2060}'..='\u{2064}'
        | '\u{206A}'..='\u{206F}'
        | '\u{FEFF}'
        | '\u{FFF9}'..='\u{FFFB}'
        | '\u{E0000}'..='\u{E007F}' => Some(Kind::Invisible),
        _ if is_noncharacter(c) => Some(Kind::Noncharacter),
        _ => None,
    }
}

/// Unicode's noncharacters: U+FDD0–U+FDEF and U+nFFFE, U+nFFFF of every plane.
pub fn is_noncharacter(c: char) -> bool {
    let u = u32::from(c);
    (0xFDD0..=0xFDEF).contains(&u) || u & 0xFFFE == 0xFFFE
}

/// The first character of `text` the policy refuses in a field of one line or several.
pub fn first_refused(text: &str, multi_line: bool) -> Option<Refused> {
    text.chars()
        .enumerate()
        .find_map(|(i, ch)| kind_of(ch, multi_line).map(|kind| Refused { ch, position: i + 1, kind }))
}

impl Refused {
    /// The refusal of this character in the field named `en`/`fr`, in English and French: the character by its
    /// code point and name, where it stands, why it is refused and what to do.
    pub fn messages(&self, en: &str, fr: &str) -> (String, String) {
        let code = format!("U+{:04X}", u32::from(self.ch));
        let name = name(self.ch);
        let (what_en, what_fr, why_en, why_fr) = match self.kind {
            Kind::Control => (
                "an invisible control character",
                "un caractère de commande invisible",
                "it cannot be typed or shown, and the files the declaration is written to cannot hold it",
                "il ne se tape ni ne s'affiche, et les fichiers où la déclaration est écrite ne peuvent le contenir",
            ),
            Kind::LineBreak => (
                "a tab or line break",
                "une tabulation ou un saut de ligne",
                "this field holds one line of text: write it on one line",
                "ce champ tient sur une ligne : écrivez-le sur une seule ligne",
            ),
            Kind::Bidi => (
                "a bidirectional control character",
                "un caractère de commande bidirectionnelle",
                "it shows the text in another order than it is stored, so that it reads as another text",
                "il affiche le texte dans un autre ordre que celui où il est enregistré, qui se lit alors comme un autre",
            ),
            Kind::Invisible => (
                "an invisible character",
                "un caractère invisible",
                "it makes two texts that look the same differ; it often comes with text pasted from a web page",
                "il rend différents deux textes d'apparence identique; il vient souvent d'un texte collé d'une page web",
            ),
            Kind::Replacement => (
                "the replacement character",
                "le caractère de remplacement",
                "a program put it where it could not read a letter, which is lost: write the value again from its \
                 source",
                "un programme l'a mis là où il n'a pu lire une lettre, qui est perdue : récrivez la valeur d'après sa \
                 source",
            ),
            Kind::Noncharacter => (
                "a noncharacter",
                "un non-caractère",
                "Unicode reserves it and never gives it to text, and XML files cannot hold it",
                "l'Unicode le réserve sans jamais l'attribuer à du texte, et les fichiers XML ne peuvent le contenir",
            ),
        };
        let at = self.position;
        let at_fr = if at == 1 { "1er".to_string() } else { format!("{at}e") };
        (
            format!("{en} holds {what_en}, {code} {name}, at character {at}: delete it ({why_en})"),
            format!("{fr} contient {what_fr}, {code} {name}, au {at_fr} caractère : supprimez-le ({why_fr})"),
        )
    }
}

/// The Unicode name of a refused character (its formal alias for a control, which has no name; Unicode's label
/// `<noncharacter-FFFE>` for a noncharacter, which has none either).
pub fn name(c: char) -> String {
    const C0: [&str; 32] = [
        "NULL",
        "START OF HEADING",
        "START OF TEXT",
        "END OF TEXT",
        "END OF TRANSMISSION",
        "ENQUIRY",
        "ACKNOWLEDGE",
        "BELL",
        "BACKSPACE",
        "CHARACTER TABULATION",
        "LINE FEED",
        "LINE TABULATION",
        "FORM FEED",
        "CARRIAGE RETURN",
        "SHIFT OUT",
        "SHIFT IN",
        "DATA LINK ESCAPE",
        "DEVICE CONTROL ONE",
        "DEVICE CONTROL TWO",
        "DEVICE CONTROL THREE",
        "DEVICE CONTROL FOUR",
        "NEGATIVE ACKNOWLEDGE",
        "SYNCHRONOUS IDLE",
        "END OF TRANSMISSION BLOCK",
        "CANCEL",
        "END OF MEDIUM",
        "SUBSTITUTE",
        "ESCAPE",
        "INFORMATION SEPARATOR FOUR",
        "INFORMATION SEPARATOR THREE",
        "INFORMATION SEPARATOR TWO",
        "INFORMATION SEPARATOR ONE",
    ];
    const C1: [&str; 32] = [
        "PADDING CHARACTER",
        "HIGH OCTET PRESET",
        "BREAK PERMITTED HERE",
        "NO BREAK HERE",
        "INDEX",
        "NEXT LINE",
        "START OF SELECTED AREA",
        "END OF SELECTED AREA",
        "CHARACTER TABULATION SET",
        "CHARACTER TABULATION WITH JUSTIFICATION",
        "LINE TABULATION SET",
        "PARTIAL LINE FORWARD",
        "PARTIAL LINE BACKWARD",
        "REVERSE LINE FEED",
        "SINGLE SHIFT TWO",
        "SINGLE SHIFT THREE",
        "DEVICE CONTROL STRING",
        "PRIVATE USE ONE",
        "PRIVATE USE TWO",
        "SET TRANSMIT STATE",
        "CANCEL CHARACTER",
        "MESSAGE WAITING",
        "START OF GUARDED AREA",
        "END OF GUARDED AREA",
        "START OF STRING",
        "SINGLE GRAPHIC CHARACTER INTRODUCER",
        "SINGLE CHARACTER INTRODUCER",
        "CONTROL SEQUENCE INTRODUCER",
        "STRING TERMINATOR",
        "OPERATING SYSTEM COMMAND",
        "PRIVACY MESSAGE",
        "APPLICATION PROGRAM COMMAND",
    ];
    let u = u32::from(c);
    let table = |t: &[&str; 32], first: u32| t.get((u - first) as usize).map(|n| n.to_string());
    let named = match c {
        '\u{0}'..='\u{1F}' => table(&C0, 0),
        '\u{80}'..='\u{9F}' => table(&C1, 0x80),
        _ => None,
    };
    if let Some(n) = named {
        return n;
    }
    let n = match c {
        '\u{7F}' => "DELETE",
        '\u{AD}' => "SOFT HYPHEN",
        '\u{61C}' => "ARABIC LETTER MARK",
        '\u{180E}' => "MONGOLIAN VOWEL SEPARATOR",
        '\u{200B}' => "ZERO WIDTH SPACE",
        '\u{200E}' => "LEFT-TO-RIGHT MARK",
        '\u{200F}' => "RIGHT-TO-LEFT MARK",
        '\u{2028}' => "LINE SEPARATOR",
        '\u{2029}' => "PARAGRAPH SEPARATOR",
        '\u{202A}' => "LEFT-TO-RIGHT EMBEDDING",
        '\u{202B}' => "RIGHT-TO-LEFT EMBEDDING",
        '\u{202C}' => "POP DIRECTIONAL FORMATTING",
        '\u{202D}' => "LEFT-TO-RIGHT OVERRIDE",
        '\u{202E}' => "RIGHT-TO-LEFT OVERRIDE",
        '\u{2060}' => "WORD JOINER",
        '\u{2061}' => "FUNCTION APPLICATION",
        '\u{2062}' => "INVISIBLE TIMES",
        '\u{2063}' => "INVISIBLE SEPARATOR",
        '\u{2064}' => "INVISIBLE PLUS",
        '\u{2066}' => "LEFT-TO-RIGHT ISOLATE",
        '\u{2067}' => "RIGHT-TO-LEFT ISOLATE",
        '\u{2068}' => "FIRST STRONG ISOLATE",
        '\u{2069}' => "POP DIRECTIONAL ISOLATE",
        '\u{206A}' => "INHIBIT SYMMETRIC SWAPPING",
        '\u{206B}' => "ACTIVATE SYMMETRIC SWAPPING",
        '\u{206C}' => "INHIBIT ARABIC FORM SHAPING",
        '\u{206D}' => "ACTIVATE ARABIC FORM SHAPING",
        '\u{206E}' => "NATIONAL DIGIT SHAPES",
        '\u{206F}' => "NOMINAL DIGIT SHAPES",
        '\u{FEFF}' => "ZERO WIDTH NO-BREAK SPACE",
        '\u{FFFD}' => "REPLACEMENT CHARACTER",
        '\u{FFF9}' => "INTERLINEAR ANNOTATION ANCHOR",
        '\u{FFFA}' => "INTERLINEAR ANNOTATION SEPARATOR",
        '\u{FFFB}' => "INTERLINEAR ANNOTATION TERMINATOR",
        '\u{E0001}' => "LANGUAGE TAG",
        '\u{E007F}' => "CANCEL TAG",
        '\u{E0000}'..='\u{E007E}' => "TAG",
        _ if is_noncharacter(c) => return format!("<noncharacter-{u:04X}>"),
        _ => return format!("<U+{u:04X}>"),
    };
    n.to_string()
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
        let (en, fr) = r.messages("Site name", "Nom du lieu");
        assert_eq!(
            en,
            "Site name holds a noncharacter, U+FFFE <noncharacter-FFFE>, at character 6: delete it (Unicode reserves \
             it and never gives it to text, and XML files cannot hold it)"
        );
        assert!(fr.starts_with("Nom du lieu contient un non-caractère, U+FFFE <noncharacter-FFFE>, au 6e caractère :"));
        let (en, fr) = first_refused("\u{200B}Acme", false).unwrap().messages("Legal name", "Dénomination sociale");
        assert!(en.contains("U+200B ZERO WIDTH SPACE, at character 1"), "{en}");
        assert!(fr.contains("U+200B ZERO WIDTH SPACE, au 1er caractère"), "{fr}");
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
            let (en, fr) = found.messages("Legal name", "Dénomination sociale");
            let code = format!("U+{:04X}", u32::from(c));
            prop_assert!(en.contains(&code) && fr.contains(&code), "{} / {}", en, fr);
        }
    }
}
