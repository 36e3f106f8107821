//! What a number cell shows as a number, so that a field of numbers reads what the supplier sees and not the number
//! stored under it: a format can scale the number (`#,##0,` shows 1,200,000 as 1,200; `%` multiplies it by 100),
//! round it (`0` shows 12.6 as 13) or replace it by text (`"n/a"`). The rules are ECMA-376 Part 1 §18.8.31 (an
//! XLSX `numFmt` code); [`super::number_format`] says what a format shows to a field of text.
//!
//! Numbers are compared as decimals, never as binary fractions: a spreadsheet keeps 15 significant digits, so the
//! number a cell holds is read to 15 significant digits ([`Decimal::of`]) — `0.30000000000000004`, a sum's binary
//! remainder, is the 0.3 the cell shows —, and scaling by a power of ten moves the decimal point ([`Decimal::shifted`]):
//! 29 % stored as 0.29 is read as 29, never as `0.29 × 100` = 28.999999999999996.

/// A decimal number: `digits × 10^exp`, its digits without leading or trailing zeros (none for zero).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decimal {
    negative: bool,
    digits: String,
    exp: i32,
}

/// The significant digits a spreadsheet keeps of a number (Excel and LibreOffice alike).
const SIGNIFICANT: usize = 15;

impl Decimal {
    /// A finite number to 15 significant digits, as a spreadsheet shows and keeps it; `None` for NaN or an infinity.
    pub fn of(n: f64) -> Option<Decimal> {
        if !n.is_finite() {
            return None;
        }
        // `d.dddddddddddddde±x`: the number rounded to 15 significant digits, by the standard library's exact
        // decimal conversion.
        let s = format!("{:.*e}", SIGNIFICANT - 1, n.abs());
        let (mantissa, exp) = s.split_once('e')?;
        let exp: i32 = exp.parse().ok()?;
        let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
        let places = i32::try_from(digits.len()).ok()? - 1;
        Some(Decimal::new(n < 0.0, digits, exp - places))
    }

    fn new(negative: bool, digits: String, exp: i32) -> Decimal {
        let trimmed = digits.trim_start_matches('0');
        let zeros = trimmed.len() - trimmed.trim_end_matches('0').len();
        let digits = trimmed.trim_end_matches('0').to_string();
        if digits.is_empty() {
            return Decimal { negative: false, digits, exp: 0 };
        }
        let exp = exp.saturating_add(i32::try_from(zeros).unwrap_or(i32::MAX));
        Decimal { negative, digits, exp }
    }

    /// The number times `10^by` (the decimal point moved, exactly).
    #[must_use]
    pub fn shifted(&self, by: i32) -> Decimal {
        if self.digits.is_empty() {
            return self.clone();
        }
        Decimal { exp: self.exp.saturating_add(by), ..self.clone() }
    }

    /// How many decimal places the number has (`12.60` has one, `1200` none).
    pub fn places(&self) -> u32 {
        if self.exp < 0 { self.exp.unsigned_abs() } else { 0 }
    }

    /// The number rounded to `places` decimal places, half away from zero (as spreadsheets show it).
    #[must_use]
    pub fn rounded(&self, places: u32) -> Decimal {
        if self.places() <= places {
            return self.clone();
        }
        // Keep the digits down to 10^-places; the first digit dropped decides.
        let drop = (self.places() - places) as usize;
        let len = self.digits.len();
        if drop > len {
            return Decimal::new(false, String::new(), 0);
        }
        let Some((keep, dropped)) = self.digits.split_at_checked(len - drop) else {
            return self.clone();
        };
        let up = dropped.as_bytes().first().is_some_and(|&d| d >= b'5');
        let mut kept: Vec<u8> = format!("0{keep}").into_bytes();
        if up {
            for d in kept.iter_mut().rev() {
                if *d == b'9' {
                    *d = b'0';
                } else {
                    *d += 1;
                    break;
                }
            }
        }
        let exp = -i32::try_from(places).unwrap_or(i32::MAX);
        Decimal::new(self.negative, String::from_utf8(kept).unwrap_or_default(), exp)
    }

    /// The number as plain digits with a point (`1200`, `12.6`, `0.035`), never an exponent.
    pub fn text(&self) -> String {
        if self.digits.is_empty() {
            return "0".to_string();
        }
        let sign = if self.negative { "-" } else { "" };
        if self.exp >= 0 {
            let zeros = "0".repeat(self.exp.unsigned_abs() as usize);
            return format!("{sign}{}{zeros}", self.digits);
        }
        let places = self.exp.unsigned_abs() as usize;
        let len = self.digits.len();
        if places >= len {
            format!("{sign}0.{}{}", "0".repeat(places - len), self.digits)
        } else {
            match self.digits.split_at_checked(len - places) {
                Some((int, frac)) => format!("{sign}{int}.{frac}"),
                None => self.digits.clone(),
            }
        }
    }

    /// The number as each language writes it in a sentence: `1,200.5` and `1 200,5` (no-break space).
    pub fn words(&self) -> (String, String) {
        let text = self.text();
        let (sign, unsigned) = match text.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", text.as_str()),
        };
        let (int, frac) = unsigned.split_once('.').unwrap_or((unsigned, ""));
        // Past what a whole number of 128 bits holds (10^38), the digits as they are.
        let Ok(int) = int.parse::<u128>() else { return (text.clone(), text.replace('.', ",")) };
        let (int_en, int_fr) = super::whole(int);
        if frac.is_empty() {
            (format!("{sign}{int_en}"), format!("{sign}{int_fr}"))
        } else {
            (format!("{sign}{int_en}.{frac}"), format!("{sign}{int_fr},{frac}"))
        }
    }

    /// The nearest `f64` (the decimal text read by the standard library, correctly rounded: `29`, never
    /// 28.999999999999996).
    pub fn to_f64(&self) -> f64 {
        self.text().parse().unwrap_or(f64::NAN)
    }
}

/// What a format's section shows of a number.
#[derive(Debug, Clone, PartialEq)]
pub enum Shows {
    /// The number's digits, times `10^shift` (`%` is +2, a scaling comma −3), rounded to `places` decimals (`None`:
    /// as many as it has, `General`); `percent` when the format writes a `%` after them.
    Number { shift: i32, places: Option<u32>, percent: bool },
    /// Only text: the section has no digit of the number (`"n/a"`, `"-"`).
    Text(String),
    /// Nothing: an empty section (`;;;`), which [`super::parse`] warns of on its own.
    Nothing,
    /// What the section shows is not judged here: a date or time, a fraction, an exponent, a condition, a text
    /// placeholder `@`.
    NotJudged,
}

/// What the XLSX format `code` shows of `n`: the section for its sign (positive, negative, zero), read as ECMA-376
/// §18.8.31 says. A format with a condition (`[>999]`) chooses its section otherwise and is not judged.
pub fn shows(code: &str, n: f64) -> Shows {
    let sections = super::number_format::split_sections(code);
    let section = match sections.as_slice() {
        [] => return Shows::NotJudged,
        [only] => only,
        [positive, negative] => {
            if n < 0.0 {
                negative
            } else {
                positive
            }
        }
        [positive, negative, zero, ..] => {
            if n < 0.0 {
                negative
            } else if n == 0.0 {
                zero
            } else {
                positive
            }
        }
    };
    if sections.len() > 1 && section.trim().is_empty() {
        return Shows::Nothing;
    }
    section_shows(section)
}

/// What the text section (the fourth) of an XLSX format shows in place of a text cell's own text, when it does not
/// show it: its literal text (`"n/a"`), or nothing when the section is empty (`;;;`). `None` when the format has no
/// fourth section (a text is then shown as it is) or the section shows the text (`@`, `@" kg"`).
pub fn replaces_text(code: &str) -> Option<String> {
    let sections = super::number_format::split_sections(code);
    let text = sections.get(3)?;
    let mut quoted = false;
    let mut escaped = false;
    for c in text.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' | '_' | '*' if !quoted => escaped = true,
            '"' => quoted = !quoted,
            '@' if !quoted => return None,
            _ => {}
        }
    }
    match section_shows(text) {
        Shows::Text(t) => Some(t.trim().to_string()),
        Shows::Nothing => Some(String::new()),
        _ => None,
    }
}

fn section_shows(section: &str) -> Shows {
    let mut text = String::new();
    let (mut digits, mut places, mut shift) = (0u32, 0u32, 0i32);
    let (mut after_point, mut general, mut percent) = (false, false, false);
    // Whether the last piece was a digit placeholder or a scaling comma (a comma after one scales, unless a
    // placeholder follows it: then it groups thousands).
    let mut after_digit = false;
    let chars: Vec<char> = section.chars().collect();
    let mut i = 0usize;
    while let Some(&c) = chars.get(i) {
        i += 1;
        match c {
            '"' => {
                while let Some(&q) = chars.get(i) {
                    i += 1;
                    if q == '"' {
                        break;
                    }
                    text.push(q);
                }
                after_digit = false;
            }
            '\\' => {
                if let Some(&q) = chars.get(i) {
                    text.push(q);
                    i += 1;
                }
                after_digit = false;
            }
            // A space as wide as the next character; a fill repeating it.
            '_' | '*' => {
                i += 1;
                after_digit = false;
            }
            '[' => {
                let mut inner = String::new();
                while let Some(&b) = chars.get(i) {
                    i += 1;
                    if b == ']' {
                        break;
                    }
                    inner.push(b);
                }
                let lower = inner.to_ascii_lowercase();
                let colour_or_locale = inner.starts_with('$')
                    || ["black", "blue", "cyan", "green", "magenta", "red", "white", "yellow"]
                        .contains(&lower.as_str())
                    || lower.strip_prefix("color").is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()));
                if !colour_or_locale {
                    // A condition, an elapsed time (`[h]`), a calendar or a locale option: not judged.
                    return Shows::NotJudged;
                }
            }
            '0' | '#' | '?' => {
                if after_point {
                    places += 1;
                } else {
                    digits += 1;
                }
                after_digit = true;
            }
            '.' if !after_point => {
                after_point = true;
                after_digit = false;
            }
            ',' => {
                let next_is_digit = chars.get(i).is_some_and(|n| matches!(n, '0' | '#' | '?'));
                if after_digit && !next_is_digit && (digits > 0 || places > 0) {
                    shift -= 3;
                } else if !(after_digit && next_is_digit) {
                    text.push(',');
                    after_digit = false;
                }
            }
            '%' => {
                shift += 2;
                percent = true;
                after_digit = false;
            }
            'G' | 'g'
                if chars.get(i..i + 6).is_some_and(|r| r.iter().collect::<String>().eq_ignore_ascii_case("eneral")) =>
            {
                general = true;
                i += 6;
                after_digit = false;
            }
            // An exponent, a fraction, a text placeholder, a date or time code.
            'E' | 'e' | '/' | '@' => return Shows::NotJudged,
            c if c.is_ascii_alphabetic() => return Shows::NotJudged,
            c => {
                text.push(c);
                after_digit = false;
            }
        }
    }
    if digits == 0 && places == 0 && !general {
        return if text.trim().is_empty() && !percent { Shows::Nothing } else { Shows::Text(text) };
    }
    Shows::Number { shift, places: (!general).then_some(places), percent }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(n: f64) -> Decimal {
        Decimal::of(n).unwrap()
    }

    #[test]
    fn a_number_is_read_to_the_fifteen_digits_a_spreadsheet_keeps_and_scaled_without_binary_noise() {
        assert_eq!(d(0.29).shifted(2).to_f64(), 29.0);
        assert_eq!(d(0.29).shifted(2).text(), "29");
        assert_eq!(d(0.1 + 0.2).text(), "0.3");
        assert_eq!(d(0.355).shifted(2).text(), "35.5");
        assert_eq!(d(0.07).shifted(2).to_f64(), 7.0);
        assert_eq!(d(1_200_000.0).shifted(-3).text(), "1200");
        assert_eq!(d(123_456_789.0).text(), "123456789");
        assert_eq!(d(0.000_35).text(), "0.00035");
        assert_eq!(d(0.0).text(), "0");
        assert_eq!(d(-12.5).text(), "-12.5");
        // Every share typed as a whole percent reads back whole.
        for p in 0..=100u32 {
            let stored: f64 = format!("{}", f64::from(p) / 100.0).parse().unwrap();
            assert_eq!(d(stored).shifted(2).to_f64(), f64::from(p), "{p} %");
        }
        assert!(Decimal::of(f64::NAN).is_none());
    }

    #[test]
    fn rounding_is_half_away_from_zero_on_the_decimal_digits() {
        assert_eq!(d(12.6).rounded(0).text(), "13");
        assert_eq!(d(12.5).rounded(0).text(), "13");
        assert_eq!(d(12.4).rounded(0).text(), "12");
        assert_eq!(d(9.96).rounded(1).text(), "10");
        assert_eq!(d(99.995).rounded(2).text(), "100");
        assert_eq!(d(0.004).rounded(2).text(), "0");
        assert_eq!(d(1.005).rounded(2).text(), "1.01");
        assert_eq!(d(12.6).rounded(1), d(12.6));
        assert_eq!(d(1234.5).words(), ("1,234.5".to_string(), "1\u{a0}234,5".to_string()));
        assert_eq!(d(1e300).words().0.len(), 301);
    }

    #[test]
    fn a_section_says_how_it_scales_rounds_or_replaces_the_number() {
        let number = |shift, places, percent| Shows::Number { shift, places, percent };
        assert_eq!(shows("0", 12.6), number(0, Some(0), false));
        assert_eq!(shows("0.00", 1.0), number(0, Some(2), false));
        assert_eq!(shows("#,##0", 1.0), number(0, Some(0), false));
        assert_eq!(shows("#,##0,", 1.0), number(-3, Some(0), false));
        assert_eq!(shows("0,", 1.0), number(-3, Some(0), false));
        assert_eq!(shows("#,##0,,\" M\"", 1.0), number(-6, Some(0), false));
        assert_eq!(shows("#,##0.0,", 1.0), number(-3, Some(1), false));
        assert_eq!(shows("0%", 1.0), number(2, Some(0), true));
        assert_eq!(shows("0.00%", 1.0), number(2, Some(2), true));
        assert_eq!(shows("General", 1.0), number(0, None, false));
        assert_eq!(shows("[Red]#,##0.00;[Blue]-#,##0.00", -1.0), number(0, Some(2), false));
        assert_eq!(shows("0;-0;\"n/a\"", 0.0), Shows::Text("n/a".into()));
        assert_eq!(shows("0;-0;\"n/a\"", 5.0), number(0, Some(0), false));
        assert_eq!(shows("\"n/a\"", 5.0), Shows::Text("n/a".into()));
        assert_eq!(shows(";;;", 5.0), Shows::Nothing);
        for code in ["yyyy", "[>999]0;0", "0.00E+00", "# ?/?", "@", "[h]:mm", "d/m/yy"] {
            assert_eq!(shows(code, 45000.0), Shows::NotJudged, "{code}");
        }
        assert_eq!(shows("000000000\"RT0001\"", 1.0), number(0, Some(0), false));
        assert_eq!(replaces_text("0;-0;0;\"n/a\""), Some("n/a".into()));
        assert_eq!(replaces_text(";;;"), Some(String::new()));
        for code in ["0;-0;0;@", "0;-0;0;@\" kg\"", "0", "#,##0;-#,##0", "_(* #,##0_);_(* (#,##0);_(* \"-\"_);_(@_)"] {
            assert_eq!(replaces_text(code), None, "{code}");
        }
    }
}
