//! Identifiers: business numbers, site ids and the hash a file is known by.

use std::fmt;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::Message;

/// The lowercase hex SHA-256 of a file's bytes (64 characters): how an identical re-submission of a declaration is
/// recognised and the hash an edition of a screening list is known by.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// The reference of a declaration's receipt: `CHN-` + the year it was received (UTC) + its number on six digits
/// (`CHN-2026-000042`; more digits past 999,999). Unique because the number is; the year helps people read it out.
pub fn receipt_reference(id: i64, received_at: chrono::DateTime<chrono::Utc>) -> String {
    format!("CHN-{}-{id:06}", received_at.format("%Y"))
}

/// The year received and the declaration's number a receipt reference names, however it is typed: any case, with
/// dashes, spaces or nothing between its parts, leading zeros or none (`CHN-2026-000042`, `chn 2026 42`,
/// `CHN2026000042`); `None` for any other text (the number must be one from 1).
pub fn read_receipt_reference(text: &str) -> Option<(i32, i64)> {
    let folded: String = text.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_ascii_lowercase();
    if text
        .chars()
        .any(|c| !c.is_ascii_alphanumeric() && !c.is_whitespace() && !matches!(c, '-' | '\u{2010}'..='\u{2013}'))
    {
        return None;
    }
    let digits = folded.strip_prefix("chn")?;
    if digits.len() < 5 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (year, number) = (digits.get(..4)?, digits.get(4..)?);
    let id = number.parse::<i64>().ok().filter(|id| *id >= 1)?;
    Some((year.parse().ok()?, id))
}

/// A CRA business number: the 9-digit root, its last digit a Luhn check digit.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct BusinessNumber(String);

/// The CRA program identifiers a program account (`123456782RT0001`) may carry: RC corporation income tax, RD excise
/// duty, RE excise tax and special levies, RG air travellers security charge, LT luxury tax, RM import-export, RN
/// insurance premium tax and fuel charge, RP payroll deductions, RR registered charity, RT GST/HST, RU underused
/// housing tax, RZ information returns, SL softwood lumber products export charge.
///
/// Sources: the CRA's "Program accounts you may need" (canada.ca, Business number and CRA program accounts: a
/// program account number is the 9-digit BN, a 2-letter program identifier and a 4-digit reference number; RT,
/// RP) and Form RC1, "Request for a Business Number and Certain Program Accounts" (parts B to G: RT, RP, RC, RZ,
/// RM, RR); the specialised accounts RD, RE, RN, RU and LT as listed by guides to the CRA's accounts (LT, the
/// luxury tax of the Select Luxury Items Tax Act, 2022, was missing here). RG and SL are kept from the CRA's excise
/// and special levies accounts, unconfirmed by a published list: refusing a real account is worse than reading one
/// more identifier, since the BN read is the 9-digit root either way. Import-export (RM) accounts are administered
/// by the CBSA since October 2024 and keep their identifier.
///
/// In the order a refusal lists them ([`BusinessNumberError::Program`]): the accounts of Form RC1, the most common
/// first, then the specialised ones.
pub const CRA_PROGRAMS: [&str; 13] = ["RT", "RP", "RC", "RM", "RR", "RZ", "RD", "RE", "RN", "RU", "LT", "RG", "SL"];

/// Every identifier of [`CRA_PROGRAMS`] in their order, separated by commas (`RT, RP, …, SL`): what a refusal lists.
pub fn cra_programs_listed() -> String {
    CRA_PROGRAMS.join(", ")
}

/// Why a business number was refused, saying what is wrong with what was written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BusinessNumberError {
    /// The digits before any program account are not nine: how many there are.
    #[error("a business number has 9 digits; this one has {0}")]
    Length(usize),
    /// A character with no place in a business number (the first one): a letter, a separator, a fullwidth digit.
    #[error(
        "“{0}” has no place in a business number: write its 9 digits (0 to 9), optionally followed by a program account such as RT0001"
    )]
    Character(char),
    /// A letter drawn like a digit where a digit is expected (`84231O575`, a capital O typed for a zero): the letter,
    /// and the digit it looks like ([`digit_look_alike`]).
    #[error(
        "“{0}” has no place in a business number: it is a letter that looks like the digit {1}. Write the 9 digits (0 to 9), optionally followed by a program account such as RT0001"
    )]
    LikeDigit(char, char),
    /// Two letters after the nine digits that are not a CRA program identifier ([`CRA_PROGRAMS`]).
    #[error("“{0}” is not a CRA program identifier ({programs})", programs = cra_programs_listed())]
    Program(String),
    /// A program identifier not followed by exactly four digits (its reference number, `0001`).
    #[error(
        "a program account has two letters and 4 digits after the 9 digits, its reference number from 0001 (such as RT0001)"
    )]
    Account,
    /// The ninth digit does not match the Luhn check of the first eight.
    #[error("the check digit of this business number is wrong")]
    CheckDigit,
    /// Nine zeros: it passes the check digit, and it is what is typed by someone who has no number (the CRA gives no
    /// business number of zeros).
    #[error("000000000 is no business number (the CRA gives none of zeros): leave the cell empty when there is none")]
    Zeros,
}

impl BusinessNumberError {
    /// The cause as a message of the catalogues (`business_number.*`, `templates/locales/*/values.ftl`), said in
    /// the reader's language where it is shown (`reports::Catalog::say`); a refused program identifier lists every
    /// one of [`CRA_PROGRAMS`].
    pub fn message(&self) -> Message {
        match self {
            BusinessNumberError::Length(n) => Message::new("business_number.length").number("count", *n as f64),
            BusinessNumberError::Character(c) => Message::new("business_number.character").text("character", *c),
            BusinessNumberError::LikeDigit(c, d) => {
                Message::new("business_number.like_digit").text("character", *c).text("digit", *d)
            }
            BusinessNumberError::Program(p) => Message::new("business_number.program")
                .text("program", p.as_str())
                .text("programs", cra_programs_listed()),
            BusinessNumberError::Account => Message::new("business_number.account"),
            BusinessNumberError::CheckDigit => Message::new("business_number.check_digit"),
            BusinessNumberError::Zeros => Message::new("business_number.zeros"),
        }
    }
}

impl BusinessNumber {
    /// Parses `123456782`, `123 456 782` or a program account `123456782RT0001` (a CRA program identifier of
    /// [`CRA_PROGRAMS`] and four digits; normalised to its root). Anything else is refused whole, never cut to a
    /// prefix: `842310575XX0001` is no business number.
    pub fn parse(s: &str) -> Result<Self, BusinessNumberError> {
        let compact: String = s.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
        let rest = compact.trim_start_matches(|c: char| c.is_ascii_digit());
        let digits = compact.strip_suffix(rest).unwrap_or_default();
        let mut tail = rest.chars();
        let program: String = tail.by_ref().take(2).collect();
        let account: String = tail.collect();
        // Text that does not begin with the digits is refused at its first character (`BN 842310575`).
        if digits.is_empty()
            && let Some(c) = compact.chars().next()
        {
            return Err(not_a_digit(c, compact.chars().nth(1)));
        }
        // A character among the nine digits (`84231O575`, `84231X575`) is named itself, not the digit after it: the
        // first character that is not a digit, when fewer than nine digits come before it and a digit follows it (or
        // it is a letter drawn like a digit followed by no other letter). Two letters after too few digits
        // (`12345678RT0001`) are a program account after a digit left out: refused by the count below.
        if digits.chars().count() < 9
            && let Some(c) = rest.chars().next()
        {
            let next = rest.chars().nth(1);
            let like = digit_look_alike(c).is_some() && !next.is_some_and(plain_letter);
            if like || next.is_some_and(|n| n.is_ascii_digit()) {
                return Err(not_a_digit(c, next));
            }
        }
        if let Some(c) = program.chars().find(|c| !c.is_ascii_alphabetic()) {
            return Err(BusinessNumberError::Character(c));
        }
        if program.chars().count() == 1 {
            return Err(BusinessNumberError::Account);
        }
        let mut account_chars = account.chars().peekable();
        while let Some(c) = account_chars.next() {
            if !c.is_ascii_digit() {
                return Err(not_a_digit(c, account_chars.peek().copied()));
            }
        }
        if digits.len() != 9 {
            return Err(BusinessNumberError::Length(digits.len()));
        }
        if !program.is_empty() {
            let upper = program.to_ascii_uppercase();
            if !CRA_PROGRAMS.contains(&upper.as_str()) {
                return Err(BusinessNumberError::Program(program));
            }
            // A program account's reference number counts from 0001 (RT0001 is a business's first GST/HST account).
            if account.len() != 4 || account.chars().all(|c| c == '0') {
                return Err(BusinessNumberError::Account);
            }
        }
        if digits.chars().all(|c| c == '0') {
            return Err(BusinessNumberError::Zeros);
        }
        if !luhn_valid(digits) {
            return Err(BusinessNumberError::CheckDigit);
        }
        Ok(BusinessNumber(digits.to_string()))
    }

    /// The nine digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The letters drawn like a digit, as people type them for one (a number copied from print, a typewriter's habits),
/// from two documented sets rather than by hand:
/// - Unicode's confusables (UTS #39, `confusables.txt`), whose ASCII entries make `O` and `0` one, and `I`, `l` and `1`
///   one (`0030 ; 004F`, `0031 ; 006C`, `0049 ; 006C`);
/// - pwgen's ambiguous characters (`pwgen --ambiguous`, `pw_ambiguous = "B8G6I1l0OQDS5Z2"` in its `pw_rand.c`), the
///   set password and code generators leave out because readers take one for the other: `B`/8, `G`/6, `I` `l`/1,
///   `O` `Q` `D`/0, `S`/5, `Z`/2.
///
/// With the small `o`, `z`, `s`, drawn as their capitals. Not `T`/7 or `A`/4, in neither set. With `i`, `b`, `g`, `q`
/// and `d` too, the other letters in small form, for a comparison that ignores capitals
/// ([`digit_look_alike_any_case`]).
const DIGIT_LOOK_ALIKES: [(char, char); 12] = [
    ('O', '0'),
    ('o', '0'),
    ('Q', '0'),
    ('D', '0'),
    ('I', '1'),
    ('l', '1'),
    ('Z', '2'),
    ('z', '2'),
    ('S', '5'),
    ('s', '5'),
    ('G', '6'),
    ('B', '8'),
];

/// The digit a letter is drawn like ([`DIGIT_LOOK_ALIKES`]): `O` → `0`, `l` → `1`; `None` for any other character.
pub fn digit_look_alike(c: char) -> Option<char> {
    DIGIT_LOOK_ALIKES.iter().find(|(l, _)| *l == c).map(|(_, d)| *d)
}

/// [`digit_look_alike`] of a character in small letters as well (`i` → `1`, `b` → `8`, `g` → `6`, `q` `d` → `0`):
/// for texts compared with capitals aside, where `SI` and `S1` meet as `si` and `s1`, `SG` and `S6` as `sg` and
/// `s6`.
pub fn digit_look_alike_any_case(c: char) -> Option<char> {
    digit_look_alike(c).or(match c {
        'i' => Some('1'),
        'b' => Some('8'),
        'g' => Some('6'),
        'q' | 'd' => Some('0'),
        _ => None,
    })
}

/// The refusal of `c` where a digit is expected: a letter drawn like a digit, not followed by a letter that is not
/// one (`next`), is named as looking like that digit; any other character as having no place.
fn not_a_digit(c: char, next: Option<char>) -> BusinessNumberError {
    match digit_look_alike(c) {
        Some(d) if !next.is_some_and(plain_letter) => BusinessNumberError::LikeDigit(c, d),
        _ => BusinessNumberError::Character(c),
    }
}

/// Whether `c` is a letter not drawn like a digit: after one, a look-alike begins a word (`BN`), no number.
fn plain_letter(c: char) -> bool {
    c.is_alphabetic() && digit_look_alike(c).is_none()
}

/// Whether `digits` pass the Luhn check (a character other than an ASCII digit fails it).
fn luhn_valid(digits: &str) -> bool {
    let sum = digits.chars().rev().enumerate().try_fold(0u32, |sum, (i, c)| {
        let d = c.to_digit(10)?;
        // Every second digit from the right is doubled and its two digits added: 2d − 9 once 2d passes 9.
        let value = match i % 2 {
            0 => d,
            _ if d >= 5 => 2 * d - 9,
            _ => 2 * d,
        };
        Some(sum + value)
    });
    sum.is_some_and(|s| s % 10 == 0)
}

impl TryFrom<String> for BusinessNumber {
    type Error = BusinessNumberError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        BusinessNumber::parse(&s)
    }
}

impl From<BusinessNumber> for String {
    fn from(b: BusinessNumber) -> String {
        b.0
    }
}

impl fmt::Display for BusinessNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for BusinessNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "BusinessNumber({})", self.0)
    }
}

/// A supplier's own reference for a site, unique within one declaration. Trimmed, never empty.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct SiteId(String);

impl SiteId {
    /// Trims the text; `None` when nothing is left.
    pub fn parse(s: &str) -> Option<Self> {
        let t = s.trim();
        (!t.is_empty()).then(|| SiteId(t.to_string()))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for SiteId {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        SiteId::parse(&s).ok_or_else(|| "a site id may not be blank".to_string())
    }
}

impl From<SiteId> for String {
    fn from(s: SiteId) -> String {
        s.0
    }
}

impl fmt::Display for SiteId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for SiteId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SiteId({})", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_receipt_reference_is_read_back_however_it_is_typed() {
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-30T16:14:00Z").unwrap().with_timezone(&chrono::Utc);
        assert_eq!(receipt_reference(42, at), "CHN-2026-000042");
        assert_eq!(receipt_reference(1_234_567, at), "CHN-2026-1234567");
        for typed in [
            "CHN-2026-000042",
            "chn-2026-000042",
            "CHN 2026 000042",
            " chn2026000042 ",
            "CHN-2026-42",
            "CHN–2026–000042",
        ] {
            assert_eq!(read_receipt_reference(typed), Some((2026, 42)), "{typed}");
        }
        assert_eq!(read_receipt_reference("CHN-2026-1234567"), Some((2026, 1_234_567)));
        for not_one in [
            "CHN-2026",
            "CHN-2026-000000",
            "ABC-2026-000042",
            "CHN-2026-00004x",
            "Cordages CHN-2026-000042",
            "CHN/2026/000042",
            "2026-000042",
            "",
        ] {
            assert_eq!(read_receipt_reference(not_one), None, "{not_one}");
        }
    }
    use crate::domain::CountryCode;
    use crate::domain::arbitrary_text::{
        any_length_text, json_escaped, json_with_lone_surrogate, lone_surrogate, text,
    };
    use proptest::prelude::*;

    #[test]
    fn a_program_account_normalises_to_its_root() {
        assert_eq!(BusinessNumber::parse("123456782RT0001").unwrap().as_str(), "123456782");
        // The luxury tax account (Select Luxury Items Tax Act, 2022).
        assert_eq!(BusinessNumber::parse("123456782LT0001").unwrap().as_str(), "123456782");
        assert_eq!(BusinessNumber::parse(" 123 456 782 ").unwrap().as_str(), "123456782");
    }

    #[test]
    fn a_wrong_check_digit_or_length_is_refused() {
        assert_eq!(BusinessNumber::parse("123456789"), Err(BusinessNumberError::CheckDigit));
        assert_eq!(BusinessNumber::parse("12345678"), Err(BusinessNumberError::Length(8)));
        assert_eq!(BusinessNumber::parse("123456782XX"), Err(BusinessNumberError::Program("XX".into())));
    }

    #[test]
    fn a_refused_program_identifier_lists_every_identifier_the_parser_accepts_in_both_languages() {
        let c = crate::reports::Catalog::embedded().unwrap();
        let e = BusinessNumber::parse("123456782XX0001").unwrap_err();
        let (en, fr) = c.say_both(&e.message());
        for p in CRA_PROGRAMS {
            // Each one listed is one the parser reads, in capitals or not.
            assert_eq!(BusinessNumber::parse(&format!("123456782{p}0001")).unwrap().as_str(), "123456782");
            assert_eq!(
                BusinessNumber::parse(&format!("123456782{}0001", p.to_lowercase())).unwrap().as_str(),
                "123456782"
            );
            for said in [&en, &fr] {
                assert!(said.split(['(', ',', ' ', ')']).any(|w| w == p), "{p} is not listed: {said}");
            }
        }
        assert_eq!(en, "“XX” is not a CRA program identifier (RT, RP, RC, RM, RR, RZ, RD, RE, RN, RU, LT, RG, SL)");
        assert_eq!(
            fr,
            "«\u{a0}XX\u{a0}» n'est pas un identificateur de programme de l'ARC (RT, RP, RC, RM, RR, RZ, RD, RE, RN, RU, LT, \
             RG, SL)"
        );
    }

    #[test]
    fn every_business_number_refusal_is_said_by_the_catalogues_in_both_languages_with_french_spacing() {
        let c = crate::reports::Catalog::embedded().unwrap();
        let refused = [
            ("12345678", BusinessNumberError::Length(8)),
            ("1234567820", BusinessNumberError::Length(10)),
            ("BN 123456782", BusinessNumberError::Character('B')),
            ("123456782R10001", BusinessNumberError::Character('1')),
            ("123456782QQ0001", BusinessNumberError::Program("QQ".into())),
            ("123456782RT01", BusinessNumberError::Account),
            ("123456782R", BusinessNumberError::Account),
            ("123456789", BusinessNumberError::CheckDigit),
            ("84231O575", BusinessNumberError::LikeDigit('O', '0')),
            ("84231X575", BusinessNumberError::Character('X')),
            ("000000000", BusinessNumberError::Zeros),
            ("000 000 000", BusinessNumberError::Zeros),
            ("000000000RT0001", BusinessNumberError::Zeros),
            ("842310575RT0000", BusinessNumberError::Account),
        ];
        for (text, expected) in refused {
            let e = BusinessNumber::parse(text).unwrap_err();
            assert_eq!(e, expected, "{text}");
            let (en, fr) = c.say_both(&e.message());
            // What `Display` gives the callers that take English text is the catalogue's words.
            assert_eq!(en, e.to_string(), "{text}");
            assert!(!fr.contains(" :") && !fr.contains(" ;") && !fr.contains("« ") && !fr.contains(" »"), "{fr}");
        }
        let (en, fr) = c.say_both(&BusinessNumberError::Length(8).message());
        assert_eq!(en, "a business number has 9 digits; this one has 8");
        assert_eq!(fr, "un numéro d'entreprise compte 9 chiffres\u{202f}; celui-ci en compte 8");
        let (_, fr) = c.say_both(&BusinessNumberError::Character('B').message());
        assert!(fr.starts_with("«\u{a0}B\u{a0}» n'a pas sa place dans un numéro d'entreprise\u{a0}: écrivez"), "{fr}");
    }

    #[test]
    fn the_first_character_that_is_not_a_digit_is_named_and_a_letter_drawn_like_a_digit_is_said_to_be_one() {
        for (typed, expected) in [
            ("84231O575", BusinessNumberError::LikeDigit('O', '0')),
            ("84231o575", BusinessNumberError::LikeDigit('o', '0')),
            ("8423lO575", BusinessNumberError::LikeDigit('l', '1')),
            ("I23456782", BusinessNumberError::LikeDigit('I', '1')),
            ("12345678S", BusinessNumberError::LikeDigit('S', '5')),
            ("1234B6782RT0001", BusinessNumberError::LikeDigit('B', '8')),
            ("12Z456782", BusinessNumberError::LikeDigit('Z', '2')),
            ("123456782RT0OO1", BusinessNumberError::LikeDigit('O', '0')),
            ("842 31O 575", BusinessNumberError::LikeDigit('O', '0')),
            // pwgen's ambiguous characters: G for 6, Q and D for 0.
            ("84231G575", BusinessNumberError::LikeDigit('G', '6')),
            ("8423Q0575", BusinessNumberError::LikeDigit('Q', '0')),
            ("D23456782", BusinessNumberError::LikeDigit('D', '0')),
            ("84231X575", BusinessNumberError::Character('X')),
            ("8423.10575", BusinessNumberError::Character('.')),
            ("84231é575", BusinessNumberError::Character('é')),
            // Letters that begin a word are no digits typed as letters: `BN` before the number.
            ("BN 123456782", BusinessNumberError::Character('B')),
            // Two letters after too few digits: a program account after a digit left out.
            ("12345678RT0001", BusinessNumberError::Length(8)),
        ] {
            assert_eq!(BusinessNumber::parse(typed), Err(expected.clone()), "{typed}");
        }
        let c = crate::reports::Catalog::embedded().unwrap();
        let e = BusinessNumberError::LikeDigit('O', '0');
        let (en, fr) = c.say_both(&e.message());
        assert!(en.starts_with("“O” has no place") && en.contains("looks like the digit 0"), "{en}");
        assert!(fr.starts_with("«\u{a0}O\u{a0}» n'a pas") && fr.contains("ressemble au chiffre 0"), "{fr}");
        assert_eq!(en, e.to_string());
    }

    #[test]
    fn blank_site_ids_are_refused() {
        assert!(SiteId::parse("  ").is_none());
        assert_eq!(SiteId::parse(" S1 ").unwrap().as_str(), "S1");
    }

    #[test]
    fn multi_byte_characters_after_the_root_are_refused_not_cut() {
        // Six bytes after the digits, `é` straddling the second: a byte-index slice used to panic here.
        assert_eq!(BusinessNumber::parse("123456782Aé123"), Err(BusinessNumberError::Character('é')));
        assert_eq!(BusinessNumber::parse("123456782éRT0001"), Err(BusinessNumberError::Character('é')));
        assert_eq!(BusinessNumber::parse("123456782RT000١"), Err(BusinessNumberError::Character('١')));
        assert_eq!(BusinessNumber::parse("١٢٣٤٥٦٧٨٢"), Err(BusinessNumberError::Character('١')));
    }

    /// The Luhn check written out on its own, to check `luhn_valid` against.
    fn luhn(digits: &str) -> bool {
        let mut sum = 0;
        for (i, c) in digits.chars().rev().enumerate() {
            let d = c.to_digit(10).unwrap();
            sum += if i % 2 == 1 { (d * 2) / 10 + (d * 2) % 10 } else { d };
        }
        sum % 10 == 0
    }

    /// Nine digits with a valid check digit.
    /// A root the CRA could give: eight digits and their check digit, never nine zeros (refused as
    /// [`BusinessNumberError::Zeros`]).
    fn valid_root() -> impl Strategy<Value = String> {
        proptest::collection::vec(0u32..10, 8)
            .prop_filter("nine zeros are no business number", |stem| stem.iter().any(|d| *d != 0))
            .prop_map(|stem| {
                let stem: String = stem.iter().map(|d| char::from_digit(*d, 10).unwrap()).collect();
                (0..10).map(|check| format!("{stem}{check}")).find(|root| luhn(root)).unwrap()
            })
    }

    /// What every business number the parser gives back must be.
    fn assert_well_formed(bn: &BusinessNumber) {
        let s = bn.as_str();
        assert_eq!(s.len(), 9, "{bn:?}");
        assert!(s.bytes().all(|b| b.is_ascii_digit()), "{bn:?}");
        assert!(luhn(s), "{bn:?}");
        assert_eq!(BusinessNumber::parse(s).as_ref(), Ok(bn), "parsing is idempotent");
        let json = serde_json::to_string(bn).unwrap();
        assert_eq!(serde_json::from_str::<BusinessNumber>(&json).ok().as_ref(), Some(bn));
    }

    /// What every site id the parser gives back must be.
    fn assert_site_id_well_formed(input: &str, id: Option<SiteId>) {
        match id {
            Some(id) => {
                assert!(!id.as_str().is_empty());
                assert_eq!(id.as_str(), input.trim());
                assert_eq!(SiteId::parse(id.as_str()).as_ref(), Some(&id), "parsing is idempotent");
            }
            None => assert!(input.trim().is_empty(), "only blank text is refused: {input:?}"),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn a_business_number_parsed_from_any_text_is_nine_digits_with_a_valid_check(s in any_length_text()) {
            if let Ok(bn) = BusinessNumber::parse(&s) {
                assert_well_formed(&bn);
            }
        }

        #[test]
        fn a_valid_root_followed_by_any_text_is_that_root_or_refused(root in valid_root(), after in text()) {
            match BusinessNumber::parse(&format!("{root}{after}")) {
                Ok(bn) => prop_assert_eq!(bn.as_str(), root.as_str()),
                Err(e) => prop_assert_ne!(e, BusinessNumberError::CheckDigit),
            }
        }

        #[test]
        fn a_program_account_however_spaced_is_read_as_its_root(
            root in valid_root(),
            // The reference number counts from 0001: `0000` is refused as `Account`.
            program in "(R[CDEGMNPRTUZ]|SL|LT|r[cdegmnprtuz]|sl|lt)([1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])",
            gaps in proptest::collection::vec(proptest::sample::select(&["", " ", "-", "\u{A0}", "\u{3000}"][..]), 16),
        ) {
            let mut spaced = String::new();
            for (c, gap) in root.chars().chain(program.chars()).zip(gaps.iter().cycle()) {
                spaced.push_str(gap);
                spaced.push(c);
            }
            let bn = BusinessNumber::parse(&spaced).unwrap();
            prop_assert_eq!(bn.as_str(), root.as_str());
        }

        #[test]
        fn a_site_id_parsed_from_any_text_is_that_text_trimmed_and_never_blank(s in any_length_text()) {
            assert_site_id_well_formed(&s, SiteId::parse(&s));
        }

        #[test]
        fn json_escaped_ids_and_countries_deserialise_exactly_like_their_text(s in text()) {
            let json = json_escaped(&s);
            prop_assert_eq!(serde_json::from_str::<BusinessNumber>(&json).ok(), BusinessNumber::parse(&s).ok());
            prop_assert_eq!(serde_json::from_str::<SiteId>(&json).ok(), SiteId::parse(&s));
            prop_assert_eq!(serde_json::from_str::<CountryCode>(&json).ok(), CountryCode::parse(&s));
        }

        #[test]
        fn a_lone_surrogate_escape_is_refused_by_id_and_country_deserialisation(
            before in text(), unit in lone_surrogate(), after in text(),
        ) {
            let json = json_with_lone_surrogate(&before, unit, &after);
            prop_assert!(serde_json::from_str::<BusinessNumber>(&json).is_err());
            prop_assert!(serde_json::from_str::<SiteId>(&json).is_err());
            prop_assert!(serde_json::from_str::<CountryCode>(&json).is_err());
        }
    }
}
