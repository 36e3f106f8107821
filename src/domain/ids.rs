//! Identifiers: business numbers and site ids.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A CRA business number: the 9-digit root, its last digit a Luhn check digit.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct BusinessNumber(String);

/// Why a business number was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BusinessNumberError {
    /// Not nine digits (after removing spaces and a program account suffix).
    #[error("a business number has 9 digits")]
    Length,
    /// The ninth digit does not match the Luhn check of the first eight.
    #[error("the check digit of this business number is wrong")]
    CheckDigit,
}

impl BusinessNumber {
    /// Parses `123456782`, `123 456 782` or a program account `123456782RT0001` (normalised to its root).
    pub fn parse(s: &str) -> Result<Self, BusinessNumberError> {
        let compact: String = s.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
        let rest = compact.trim_start_matches(|c: char| c.is_ascii_digit());
        let digits = compact.strip_suffix(rest).unwrap_or_default();
        // The program account is matched byte by byte: a byte of a multi-byte character is never an ASCII letter
        // or digit, so text like `Aé123` (six bytes) is refused instead of being cut inside its `é`.
        let program_ok = match rest.as_bytes() {
            [] => true,
            [l1, l2, account @ ..] => {
                account.len() == 4
                    && l1.is_ascii_alphabetic()
                    && l2.is_ascii_alphabetic()
                    && account.iter().all(u8::is_ascii_digit)
            }
            _ => false,
        };
        if digits.len() != 9 || !program_ok {
            return Err(BusinessNumberError::Length);
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
    fn a_program_account_normalises_to_its_root() {
        assert_eq!(BusinessNumber::parse("123456782RT0001").unwrap().as_str(), "123456782");
        assert_eq!(BusinessNumber::parse(" 123 456 782 ").unwrap().as_str(), "123456782");
    }

    #[test]
    fn a_wrong_check_digit_or_length_is_refused() {
        assert_eq!(BusinessNumber::parse("123456789"), Err(BusinessNumberError::CheckDigit));
        assert_eq!(BusinessNumber::parse("12345678"), Err(BusinessNumberError::Length));
        assert_eq!(BusinessNumber::parse("123456782XX"), Err(BusinessNumberError::Length));
    }

    #[test]
    fn blank_site_ids_are_refused() {
        assert!(SiteId::parse("  ").is_none());
        assert_eq!(SiteId::parse(" S1 ").unwrap().as_str(), "S1");
    }

    #[test]
    fn multi_byte_characters_after_the_root_are_refused_not_cut() {
        // Six bytes after the digits, `é` straddling the second: a byte-index slice used to panic here.
        assert_eq!(BusinessNumber::parse("123456782Aé123"), Err(BusinessNumberError::Length));
        assert_eq!(BusinessNumber::parse("123456782éRT0001"), Err(BusinessNumberError::Length));
        assert_eq!(BusinessNumber::parse("123456782RT000١"), Err(BusinessNumberError::Length));
        assert_eq!(BusinessNumber::parse("١٢٣٤٥٦٧٨٢"), Err(BusinessNumberError::Length));
    }
}
