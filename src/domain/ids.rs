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
        let digits: String = compact.chars().take_while(char::is_ascii_digit).collect();
        let rest = &compact[digits.len()..];
        let program_ok = rest.is_empty()
            || (rest.len() == 6
                && rest[..2].chars().all(|c| c.is_ascii_alphabetic())
                && rest[2..].chars().all(|c| c.is_ascii_digit()));
        if digits.len() != 9 || !program_ok {
            return Err(BusinessNumberError::Length);
        }
        if !luhn_valid(&digits) {
            return Err(BusinessNumberError::CheckDigit);
        }
        Ok(BusinessNumber(digits))
    }

    /// The nine digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn luhn_valid(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let x = d * 2;
                if x > 9 { x - 9 } else { x }
            } else {
                d
            }
        })
        .sum();
    sum % 10 == 0
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
}
