//! What a number cell shows as a number, so that a field of numbers reads what the supplier sees and not the number
//! stored under it: a format can scale the number (`#,##0,` shows 1,200,000 as 1,200; `%` multiplies it by 100),
//! round it (`0` shows 12.6 as 13) or replace it by text (`"n/a"`). The rules are ECMA-376 Part 1 §18.8.31 (an
//! XLSX `numFmt` code); [`super::number_format`] says what a format shows to a field of text.
//!
//! Numbers are compared as decimals, never as binary fractions: a spreadsheet keeps 15 significant digits, so the
//! number a cell holds is read to 15 significant digits ([`Decimal::of`]) — `0.30000000000000004`, a sum's binary
//! remainder, is the 0.3 the cell shows —, and scaling by a power of ten moves the decimal point ([`Decimal::shifted`]):
//! 29 % stored as 0.29 is read as 29, never as `0.29 × 100` = 28.999999999999996.

use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::Message;

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

    /// The number rounded to `digits` significant digits, half away from zero (`1234` to 3 is `1230`), as a
    /// scientific format shows it (`0.00E+00`).
    #[must_use]
    pub fn significant(&self, digits: u32) -> Decimal {
        if self.digits.is_empty() {
            return self.clone();
        }
        // The power of ten of the first digit, plus one: 1234 has 4, 0.05 has -1.
        let magnitude = i64::try_from(self.digits.len()).unwrap_or(i64::MAX).saturating_add(i64::from(self.exp));
        let places = i64::from(digits) - magnitude;
        match u32::try_from(places) {
            Ok(p) => self.rounded(p),
            Err(_) => {
                let by = i32::try_from(places).unwrap_or(i32::MIN);
                self.shifted(by).rounded(0).shifted(by.saturating_neg())
            }
        }
    }

    /// The number as an engineering format shows it ([`Shows::Engineering`]): the exponent the largest multiple of
    /// `width` not above the number's own power of ten, the mantissa rounded to `places` decimals (`12345` with 3
    /// and 1 is `12300`, shown `12.3E+3`).
    #[must_use]
    pub fn engineering(&self, width: u32, places: u32) -> Decimal {
        if self.digits.is_empty() {
            return self.clone();
        }
        // The power of ten of the first digit: 12345 has 4, 0.05 has -2.
        let power = i64::try_from(self.digits.len()).unwrap_or(i64::MAX).saturating_add(i64::from(self.exp)) - 1;
        let width = i64::from(width.max(1));
        let k = i32::try_from(power.div_euclid(width) * width).unwrap_or(0);
        self.shifted(k.saturating_neg()).rounded(places).shifted(k)
    }

    /// The number as each language writes a value typed in a cell: its digits with no thousands separator, the
    /// decimal mark a point in English and a comma in French (`46085`, `240.5` and `240,5`): a cell's value quoted as
    /// the cell holds it, never grouped as a sentence groups a number.
    pub fn as_typed(&self) -> (String, String) {
        let text = self.text();
        (text.clone(), text.replace('.', ","))
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
    /// The number in scientific notation (`0.00E+00`): to `digits` significant digits, as `1234` shows `1.23E+03`.
    Significant { digits: u32 },
    /// The number in engineering notation (`##0.0E+0`, ECMA-376 §18.8.31): its exponent a multiple of `width` (the
    /// placeholders before the point, 3 for `##0`), its mantissa rounded to `places` decimals (`12345` shows
    /// `12.3E+3`).
    Engineering { width: u32, places: u32 },
    /// The number as a fraction (`# ?/?`, `# ??/100`): what it shows (`12 1/3`) and the value that is (12.333…).
    Fraction { text: String, value: f64 },
    /// Only text: the section has no digit of the number (`"n/a"`, `"-"`).
    Text(String),
    /// The number's digits beside literal text that makes them another number ([`changes_number`]): `0"000"` shows 5
    /// as 5000, `0"/10"` as 5/10, `0"‰"` as 5‰. The literal text, trimmed.
    Altered(String),
    /// Nothing: an empty section (`;;;`), which [`super::parse`] warns of on its own.
    Nothing,
    /// What the section shows is not judged here: a date or time, a text placeholder `@`, a condition that chooses
    /// no section.
    NotJudged,
}

/// A section's condition (`[>100]`, `[<=0]`, `[<>5]`): the operator and the number, from the section's brackets.
fn condition(section: &str) -> Option<(&'static str, f64)> {
    let mut rest = section.trim_start();
    while let Some(inner) = rest.strip_prefix('[') {
        let (bracket, after) = inner.split_once(']')?;
        for op in ["<=", ">=", "<>", "<", ">", "="] {
            if let Some(v) = bracket.trim().strip_prefix(op) {
                return v.trim().parse::<f64>().ok().filter(|v| v.is_finite()).map(|v| (op, v));
            }
        }
        rest = after.trim_start();
    }
    None
}

fn holds((op, v): (&str, f64), n: f64) -> bool {
    match op {
        "<=" => n <= v,
        ">=" => n >= v,
        "<>" => n != v,
        "<" => n < v,
        ">" => n > v,
        _ => n == v,
    }
}

/// What the XLSX format `code` shows of `n`: the section for its sign (positive, negative, zero), read as ECMA-376
/// §18.8.31 says, or the one its conditions choose (`[>100]"many";0`: the first section whose condition holds, else
/// the first section without one; an ODS style's `style:map`s are written so too).
pub fn shows(code: &str, n: f64) -> Shows {
    let sections = super::number_format::split_sections(code);
    if sections.iter().any(|s| condition(s).is_some()) {
        let chosen = sections
            .iter()
            .find(|s| condition(s).is_some_and(|c| holds(c, n)))
            .or_else(|| sections.iter().find(|s| condition(s).is_none()));
        return match chosen {
            Some(s) if s.trim().is_empty() || strip_condition(s).trim().is_empty() => Shows::Nothing,
            Some(s) => fraction(s, n).unwrap_or_else(|| section_shows(s)),
            None => Shows::NotJudged,
        };
    }
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
    fraction(section, n).unwrap_or_else(|| section_shows(section))
}

/// A section without its condition's bracket.
fn strip_condition(section: &str) -> String {
    let mut out = String::new();
    let mut rest = section;
    while let Some((before, inner)) = rest.split_once('[') {
        let Some((bracket, after)) = inner.split_once(']') else { break };
        out.push_str(before);
        if !bracket.trim_start().starts_with(['<', '>', '=']) {
            out.push('[');
            out.push_str(bracket);
            out.push(']');
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The largest denominator a fraction format tries (`???` is 999).
const MOST_DENOMINATOR: u32 = 999;

/// What a fraction section (`# ?/?`, `?/??`, `# ??/100`, ECMA-376 §18.8.31) shows of `n`: the whole part when the
/// section has digits before the fraction, then the fraction nearest the rest whose denominator has at most as many
/// digits as the section's (or is the one it writes). `None` for a section that is no fraction.
fn fraction(section: &str, n: f64) -> Option<Shows> {
    // The section's own characters, quoted text and brackets left out.
    let mut plain = String::new();
    let mut chars = section.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                for q in chars.by_ref() {
                    if q == '"' {
                        break;
                    }
                }
            }
            '[' => {
                for q in chars.by_ref() {
                    if q == ']' {
                        break;
                    }
                }
            }
            '\\' | '_' | '*' => {
                chars.next();
            }
            c => plain.push(c),
        }
    }
    let (before, after) = plain.split_once('/')?;
    let placeholder = |c: char| matches!(c, '0' | '#' | '?');
    let numerator = before.trim_end().chars().rev().take_while(|c| placeholder(*c)).count();
    if numerator == 0 || !n.is_finite() {
        return None;
    }
    let after = after.trim_start();
    let denominator: String = after.chars().take_while(|c| placeholder(*c) || c.is_ascii_digit()).collect();
    if denominator.is_empty() {
        return None;
    }
    let whole_part = before.trim_end().chars().rev().skip(numerator).any(placeholder);
    let a = n.abs();
    let (mut w, f) = if whole_part { (a.trunc(), a.fract()) } else { (0.0, a) };
    let candidates: Vec<u32> = if denominator.chars().all(|c| c.is_ascii_digit()) {
        vec![denominator.parse::<u32>().ok().filter(|d| *d > 0)?]
    } else {
        let most = 10u32.saturating_pow(u32::try_from(denominator.len()).unwrap_or(3)).saturating_sub(1);
        (1..=most.min(MOST_DENOMINATOR)).collect()
    };
    let (mut num, den) = candidates.iter().map(|&d| ((f * f64::from(d)).round(), d)).min_by(|(x, d), (y, e)| {
        let ex = (f - x / f64::from(*d)).abs();
        let ey = (f - y / f64::from(*e)).abs();
        ex.total_cmp(&ey)
    })?;
    if whole_part && num >= f64::from(den) {
        w += 1.0;
        num = 0.0;
    }
    let value = w + num / f64::from(den);
    let sign = if n < 0.0 && value != 0.0 { "-" } else { "" };
    let text = match (w > 0.0 || !whole_part, num > 0.0) {
        (_, false) => format!("{sign}{w}"),
        (true, true) if whole_part => format!("{sign}{w} {num}/{den}"),
        _ => format!("{sign}{num}/{den}"),
    };
    Some(Shows::Fraction { text, value: if n < 0.0 { -value } else { value } })
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
                // A condition was judged by `shows`, which chose this section.
                let condition = inner.trim_start().starts_with(['<', '>', '=']);
                if !colour_or_locale && !condition {
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
            // An exponent (`E+`, `E-`) after digits: the mantissa's digits are the significant ones shown, and the
            // exponent's own placeholders follow. Engineering notation (`##0.0E+0`) moves the point by threes.
            'E' | 'e' if (digits > 0 || places > 0) && chars.get(i).is_some_and(|s| matches!(*s, '+' | '-')) => {
                let integer: String = chars.iter().take(i).collect::<String>();
                if integer.contains('#') || integer.contains('?') {
                    return Shows::Engineering { width: digits.max(1), places };
                }
                return Shows::Significant { digits: digits + places };
            }
            // A fraction, a text placeholder, a date or time code.
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
    if text.chars().any(changes_number) {
        return Shows::Altered(text.trim().to_string());
    }
    Shows::Number { shift, places: (!general).then_some(places), percent }
}

/// Whether a character of a format's literal text, written beside the number's digits, makes them another number: a
/// digit of any script (`0"000"` shows 5 as 5000), a vulgar fraction (`½`), a fraction slash (`0"/10"` shows 5 as
/// 5/10), or the per-mille and per-ten-thousand signs (`0"‰"`). A currency, a unit (`m²`: superscripts and subscripts
/// are a unit's), a space or a sign changes no number.
pub(super) fn changes_number(c: char) -> bool {
    let unit = matches!(c, '\u{b2}' | '\u{b3}' | '\u{b9}' | '\u{2070}'..='\u{209f}');
    (c.is_numeric() && !unit) || matches!(c, '/' | '\u{2044}' | '\u{2215}' | '\u{2030}' | '\u{2031}')
}

/// The refusal of a number a field of numbers would read though its format shows nothing for it (`;;;`, the zero
/// of `0;-0;;@`, an empty ODS number style): the field (`field_en`, `field_fr`), the number, the format's code, and
/// that the cell shows nothing while the declaration would read the number. Said by the catalogues
/// (`number_format.hidden`, `templates/locales/{en,fr}/intake-formats.ftl`).
pub(super) fn hidden(field_en: &str, field_fr: &str, n: f64, code: &str) -> (String, String) {
    let (en, fr) = Decimal::of(n).map(|d| d.words()).unwrap_or_default();
    let code: String = super::number_format::shown_code(code).chars().take(60).collect();
    let m = Message::new("number_format.hidden")
        .names("field", field_en, field_fr)
        .names("number", en, fr)
        .text("format", code);
    crate::domain::say_both(&m)
}

/// The number a spreadsheet stores for a day and time (its day serial, ECMA-376 §18.17.4.1, the 1900 system):
/// the days since 1899-12-30, or since 1899-12-31 before March 1900 (the 1900 system counts a 29 February 1900).
fn day_serial(d: NaiveDateTime) -> f64 {
    let march_1900 = NaiveDate::from_ymd_opt(1900, 3, 1).unwrap_or_default();
    let base = if d.date() < march_1900 { (1899, 12, 31) } else { (1899, 12, 30) };
    let Some(base) = NaiveDate::from_ymd_opt(base.0, base.1, base.2).and_then(|b| b.and_hms_opt(0, 0, 0)) else {
        return f64::NAN;
    };
    let seconds = (d - base).num_seconds();
    // Whole seconds: a day is 86,400 of them, well within what an `f64` holds exactly.
    seconds as f64 / 86_400.0
}

/// A day as a date format of the sheet shows it (`mmm-yy` shows `Feb-26`), for the codes of a year, a month and a
/// day (`yyyy`, `yy`, `mmmm`, `mmm`, `mm`, `m`, `dd`, `d`, separators and quoted text); `None` for any other code
/// (a time of day, whose `mm` is minutes, a weekday, a locale).
fn day_shown(d: NaiveDateTime, code: &str) -> Option<String> {
    let mut out = String::new();
    let chars: Vec<char> = code.chars().collect();
    let mut i = 0usize;
    while let Some(&c) = chars.get(i) {
        let run = chars.iter().skip(i).take_while(|&&x| x.eq_ignore_ascii_case(&c)).count();
        i += run;
        let piece = match (c.to_ascii_lowercase(), run) {
            ('y', 1 | 2) => d.format("%y").to_string(),
            ('y', _) => d.format("%Y").to_string(),
            ('m', 1) => d.format("%-m").to_string(),
            ('m', 2) => d.format("%m").to_string(),
            ('m', 3) => d.format("%b").to_string(),
            ('m', 4) => d.format("%B").to_string(),
            ('d', 1) => d.format("%-d").to_string(),
            ('d', 2) => d.format("%d").to_string(),
            ('"', _) => {
                // Quoted text, as written (the run counted the opening quote and any quote right after it).
                let text: String = chars.iter().skip(i).take_while(|&&x| x != '"').collect();
                i += text.chars().count() + 1;
                text
            }
            ('\\', _) => {
                let next = chars.get(i).copied().map(String::from).unwrap_or_default();
                i += 1;
                next
            }
            (c, _) if matches!(c, '-' | '/' | '.' | ' ' | ',') => c.to_string().repeat(run),
            _ => return None,
        };
        out.push_str(&piece);
    }
    Some(out)
}

/// The refusal of a day where a field of numbers is due (a count formatted `mmm-yy` shows `Feb-26`): the field,
/// the number the cell holds (its day serial), the format's code when the reader knows it (`code`; XLSX) and what the
/// cell shows. Said by the catalogues (`number_format.date_in_number`, `…_unknown`).
pub(super) fn date_for_number(
    field_en: &str,
    field_fr: &str,
    d: NaiveDateTime,
    code: Option<&str>,
) -> (String, String) {
    let (en, fr) = Decimal::of(day_serial(d)).map(|n| n.words()).unwrap_or_default();
    let iso =
        if d.time() == chrono::NaiveTime::MIN { d.date().to_string() } else { d.format("%Y-%m-%d %H:%M").to_string() };
    // What the format shows, with month names in the reader's language (`day_shown` tells a day's code).
    let shown = |code: &str, lang| {
        day_shown(d, code).and(super::shown_date::shown_in(d, code, lang)).unwrap_or_else(|| iso.clone())
    };
    let m = match code {
        Some(code) => Message::new("number_format.date_in_number")
            .text("format", super::number_format::shown_code(code))
            .names("shown", shown(code, crate::domain::Lang::En), shown(code, crate::domain::Lang::Fr)),
        None => Message::new("number_format.date_in_number_unknown").text("shown", iso.clone()),
    };
    crate::domain::say_both(&m.names("field", field_en, field_fr).names("number", en, fr))
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
    fn a_day_in_place_of_a_number_is_said_with_its_number_its_format_and_what_it_shows() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(0, 0, 0).unwrap();
        assert_eq!(day_serial(day(2026, 2, 1)), 46054.0);
        assert_eq!(day_serial(day(1900, 2, 14)), 45.0);
        assert_eq!(day_shown(day(2026, 2, 1), "mmm-yy").as_deref(), Some("Feb-26"));
        assert_eq!(day_shown(day(2026, 2, 1), "d-mmm-yy").as_deref(), Some("1-Feb-26"));
        assert_eq!(day_shown(day(2026, 2, 1), "yyyy\"年\"m\"月\"").as_deref(), Some("2026年2月"));
        assert_eq!(day_shown(day(2026, 2, 1), "h:mm"), None);
        let (en, fr) = date_for_number("Workers", "Travailleurs", day(1900, 2, 14), Some("mmm-yy"));
        assert!(
            en.contains("Workers") && en.contains("45") && en.contains("“mmm-yy”") && en.contains("Feb-00"),
            "{en}"
        );
        assert!(fr.contains("Travailleurs") && fr.contains("45") && fr.contains("«\u{a0}mmm-yy\u{a0}»"), "{fr}");
        let (en, _) = date_for_number("Workers", "Travailleurs", day(2026, 2, 1), None);
        assert!(en.contains("46,054") && en.contains("2026-02-01"), "{en}");
        let (en, fr) = hidden("Workers", "Travailleurs", 1240.0, ";;;");
        assert!(en.contains("1,240") && en.contains("“;;;”") && fr.contains("1\u{a0}240"), "{en} / {fr}");
    }

    #[test]
    fn a_number_is_rounded_to_its_significant_digits_as_an_exponent_shows_it() {
        assert_eq!(d(1234.0).significant(3).text(), "1230");
        assert_eq!(d(1250.0).significant(2).text(), "1300");
        assert_eq!(d(0.012345).significant(3).text(), "0.0123");
        assert_eq!(d(99_960.0).significant(3).text(), "100000");
        assert_eq!(d(42.0).significant(3).text(), "42");
        assert_eq!(d(0.0).significant(3).text(), "0");
        assert_eq!(shows("0.00E+00", 1234.0), Shows::Significant { digits: 3 });
        assert_eq!(shows("0.0e-0", 1234.0), Shows::Significant { digits: 2 });
        assert_eq!(shows("00.000E+00", 1234.0), Shows::Significant { digits: 5 });
        // Engineering notation: the exponent a multiple of three.
        assert_eq!(shows("##0.0E+0", 1234.0), Shows::Engineering { width: 3, places: 1 });
        assert_eq!(d(12345.0).engineering(3, 1).text(), "12300");
        assert_eq!(d(1234.0).engineering(3, 1).text(), "1200");
        assert_eq!(d(240.0).engineering(3, 1).text(), "240");
        assert_eq!(d(0.0512).engineering(3, 0).text(), "0.051");
        assert_eq!(d(46085.0).as_typed(), ("46085".to_string(), "46085".to_string()));
        assert_eq!(d(240.5).as_typed(), ("240.5".to_string(), "240,5".to_string()));
    }

    #[test]
    fn a_condition_chooses_its_section_by_the_number() {
        let number = |places| Shows::Number { shift: 0, places: Some(places), percent: false };
        assert_eq!(shows("[>100]\"many\";0", 240.0), Shows::Text("many".into()));
        assert_eq!(shows("[>100]\"many\";0", 40.0), number(0));
        assert_eq!(shows("[<=5]\"few\";[>1000]0,\"k\";0.0", 3.0), Shows::Text("few".into()));
        assert_eq!(
            shows("[<=5]\"few\";[>1000]0,\"k\";0.0", 2400.0),
            Shows::Number { shift: -3, places: Some(0), percent: false }
        );
        assert_eq!(shows("[<=5]\"few\";[>1000]0,\"k\";0.0", 12.0), number(1));
        assert_eq!(shows("[Red][>=10]0;[Blue]0.00", 12.5), number(0));
        assert_eq!(shows("[Red][>=10]0;[Blue]0.00", 2.5), number(2));
        assert_eq!(shows("[=0];0", 0.0), Shows::Nothing);
        assert_eq!(shows("[>0]0;[<0]-0", 0.0), Shows::NotJudged);
    }

    #[test]
    fn a_fraction_shows_the_nearest_fraction_its_denominator_allows() {
        let fr = |code: &str, n: f64| match shows(code, n) {
            Shows::Fraction { text, value } => (text, value),
            other => panic!("{code} {n}: {other:?}"),
        };
        assert_eq!(fr("# ?/?", 12.6).0, "12 3/5");
        assert_eq!(fr("# ?/?", 12.34), ("12 1/3".to_string(), 12.0 + 1.0 / 3.0));
        assert_eq!(fr("# ?/?", 12.0).0, "12");
        assert_eq!(fr("# ?/?", 0.97).0, "1");
        assert_eq!(fr("?/?", 2.5).0, "5/2");
        assert_eq!(fr("# ??/100", 3.456).0, "3 46/100");
        assert_eq!(fr("# ?/8", 0.3).0, "2/8");
        assert_eq!(fr("# ??/??", 0.3182).0, "7/22");
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
        for code in ["yyyy", "@", "[h]:mm", "d/m/yy"] {
            assert_eq!(shows(code, 45000.0), Shows::NotJudged, "{code}");
        }
        // Literal text that makes the digits another number: a field of numbers cannot read what the cell shows.
        assert_eq!(shows("000000000\"RT0001\"", 1.0), Shows::Altered("RT0001".into()));
        for (code, text) in [
            ("0\"000\"", "000"),
            ("0\"/10\"", "/10"),
            ("0\"‰\"", "‰"),
            ("#,##0\" 000\"", "000"),
            ("0\\5", "5"),
            ("0\" ½\"", "½"),
            ("[Red]0.0\"/100\";-0", "/100"),
        ] {
            assert_eq!(shows(code, 5.0), Shows::Altered(text.into()), "{code}");
        }
        for code in ["0\" m²\"", "0\" kg\"", "0\"%\"", "#,##0\" $\"", "0\" workers\"", "0_);(0)"] {
            assert!(matches!(shows(code, 5.0), Shows::Number { .. }), "{code}: {:?}", shows(code, 5.0));
        }
        assert_eq!(replaces_text("0;-0;0;\"n/a\""), Some("n/a".into()));
        assert_eq!(replaces_text(";;;"), Some(String::new()));
        for code in ["0;-0;0;@", "0;-0;0;@\" kg\"", "0", "#,##0;-#,##0", "_(* #,##0_);_(* (#,##0);_(* \"-\"_);_(@_)"] {
            assert_eq!(replaces_text(code), None, "{code}");
        }
    }
}
