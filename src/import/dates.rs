//! Dates of a declaration: a date cell, or a date typed as text, which the contract reads in one form only,
//! year-month-day (ISO 8601). A text in another form is refused with the reason that fits it, and never with advice
//! the text does not say: a form that reads one way is told its day as it is to be written, one whose day and month
//! may be in either order names both readings, a year of two digits is called ambiguous with its readings, and a month
//! and a year without a day are told the day is missing. Dates of things already done (a signature, an audit) must
//! also be past and plausible. The words are the catalogues' (`dates.*`, `templates/locales/{en,fr}/intake-dates.ftl`);
//! a test holds both to them.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

use super::grid::Cell;
use crate::domain::Message;

/// A refusal in English and in French.
type Msg = (String, String);

fn said(m: &Message) -> Msg {
    crate::domain::say_both(m)
}

/// A date typed as text must be ISO 8601 (`2026-03-31`, or a date and a time, `2026-03-31T10:00`,
/// `2026-03-31 10:00:00`, with or without a zone, as date-typed cells of ODS and XLSX store them): `03/04/2026` is
/// the 3rd of April or the 4th of March depending on who typed it, so it is refused. The time is kept: whether a
/// date may have one is the field's rule ([`date_alone`]). The year is four digits: `26-03-01` is no year-month-day.
pub(super) fn iso_date(s: &str) -> Option<NaiveDateTime> {
    let s = s.trim();
    // chrono reads a year of any length (`26-03-01` as the year 26): the contract's form has four digits.
    let four_digit_year =
        s.len() >= 10 && s.bytes().take(4).all(|b| b.is_ascii_digit()) && s.as_bytes().get(4) == Some(&b'-');
    if !four_digit_year {
        return None;
    }
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d")
        && s.len() == 10
    {
        return Some(d.and_time(NaiveTime::MIN));
    }
    if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(s) {
        return Some(dt.naive_local());
    }
    ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
}

/// The day of a date read where a date alone is expected: a time of day other than midnight is refused, never
/// dropped (`2026-03-04 17:30` is not 2026-03-04 to whoever wrote it: a moment, a time zone, or a cell formatted to
/// show both). Midnight is how a date alone is stored by a date-and-time cell, so it is the date.
pub(super) fn date_alone(dt: NaiveDateTime, shown: &str) -> Result<NaiveDate, Msg> {
    if dt.time() == NaiveTime::MIN {
        return Ok(dt.date());
    }
    let time = if dt.time().second() == 0 && dt.time().nanosecond() == 0 {
        dt.format("%H:%M").to_string()
    } else {
        dt.format("%H:%M:%S").to_string()
    };
    let fr_time = time.replacen(':', "\u{a0}h\u{a0}", 1);
    Err(said(
        &Message::new("dates.time_of_day")
            .text("value", shown)
            .names("time", time, fr_time)
            .text("day", dt.date().to_string()),
    ))
}

/// A date alone from a date cell or a text in ISO 8601 (`shown`: the cell as shown); a number or a text in any
/// other form is refused with the reason that fits it ([`not_year_month_day`]).
pub(super) fn date(cell: &Cell, shown: &str) -> Result<NaiveDate, Msg> {
    match cell {
        Cell::Date(d) => date_alone(*d, shown),
        // The number quoted as the cell holds it (`46085`), never grouped as a sentence's number (`46,085`).
        Cell::Number(_) => Err(said(&super::quoted::with_value(Message::new("dates.number"), cell))),
        _ => {
            let s = shown;
            if let Some(m) = look_alike_dash(s) {
                return Err(m);
            }
            let looks_iso = s.len() == 10
                && s.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
            if looks_iso && iso_date(s).is_none() {
                return Err(said(&Message::new("dates.no_such_day").text("value", s)));
            }
            let dt = iso_date(s).ok_or_else(|| not_year_month_day(s))?;
            date_alone(dt, s)
        }
    }
}

/// The refusal of a date typed as text otherwise than year-month-day (the one form the contract reads, whatever the
/// language), with the reason of what it says ([`read_text_date`]).
pub(super) fn not_year_month_day(s: &str) -> Msg {
    said(&not_year_month_day_message(s))
}

/// Whether a character is a dash or a minus sign that reads as a hyphen (U+2010–U+2015, U+2212, …:
/// [`super::look_alike`]).
fn reads_as_hyphen(c: char) -> bool {
    !c.is_ascii() && super::look_alike::as_read(c.encode_utf8(&mut [0; 4])) == "-"
}

/// The refusal of a date typed as text with a dash or a minus sign where a hyphen goes (`2026‑10‑04` with U+2011
/// NON-BREAKING HYPHEN, as word processors and some keyboards type it): it reads as a date and is another text, so it
/// is refused naming the first such character (its code point and Unicode name) and its position (counted in
/// characters from 1), with the date written with plain hyphens when that is year-month-day, or else with the reason
/// that text would be refused for. `None` when the text holds no such character.
fn look_alike_dash(s: &str) -> Option<Msg> {
    let (at, c) = s.chars().enumerate().find(|&(_, c)| reads_as_hyphen(c))?;
    let plain: String = s.chars().map(|c| if reads_as_hyphen(c) { '-' } else { c }).collect();
    let position = u32::try_from(at.saturating_add(1)).unwrap_or(u32::MAX);
    let m = if iso_date(&plain).is_some() {
        Message::new("dates.look_alike_dash").text("plain", plain)
    } else {
        Message::new("dates.look_alike_dash_form").said("reason", not_year_month_day_message(&plain))
    };
    let (en, fr) = super::look_alike::code_and_name(c);
    Some(said(&m.text("value", s).names("character", en, fr).number("position", position)))
}

/// [`not_year_month_day`]'s message, before it is said.
fn not_year_month_day_message(s: &str) -> Message {
    let iso = |ds: &[NaiveDate]| ds.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
    match read_text_date(s) {
        TextDate::One(day) => Message::new("dates.write_as").text("value", s).text("day", day.to_string()),
        TextDate::EitherOrder(a, b) => Message::new("dates.either_order")
            .text("value", s)
            .text("first", a.to_string())
            .text("second", b.to_string()),
        TextDate::TwoDigitYear(days) if !days.is_empty() => {
            Message::new("dates.two_digit_year").text("value", s).text("readings", iso(&days))
        }
        TextDate::MonthYear { year, month } => {
            let (en, fr) = MONTHS.get(month.saturating_sub(1) as usize).copied().unwrap_or_default();
            Message::new("dates.month_year").text("value", s).names("month", en, fr).text("year", year.to_string())
        }
        TextDate::TwoDigitYear(_) | TextDate::Unknown => Message::new("dates.form").text("value", s),
    }
}

/// What a date typed as text otherwise than year-month-day says, for the reason of its refusal (none is read).
#[derive(Debug, Clone, PartialEq)]
pub(super) enum TextDate {
    /// One day, its year written with four digits, its month and its day each written: year first (`2025/03/05`,
    /// `2025.3.5`), the month in English or French words (`November 4, 2025`, `4 Nov 2025`, `21 août 2025`,
    /// `1er mars 2025`), or day and month in figures where one of them is above 12 (`31.03.2025`).
    One(NaiveDate),
    /// Day and month in figures that read both ways (`04/11/2025`): day first, then month first.
    EitherOrder(NaiveDate, NaiveDate),
    /// A year of two digits (`26-03-01`, `4 Nov 25`): every day it may mean, the year in the 1900s or the 2000s from
    /// [`FIRST_PLAUSIBLE_YEAR`] on, the day and month in every order that makes a day. Possibly none.
    TwoDigitYear(Vec<NaiveDate>),
    /// A month and a year of four digits without a day (`Feb 2026`, `02/2026`, `2026-02`, `février 2026`).
    MonthYear { year: i32, month: u32 },
    /// Any other text.
    Unknown,
}

/// Month names in English and French, January first (said in a refusal of a month without its day).
const MONTHS: [(&str, &str); 12] = [
    ("January", "janvier"),
    ("February", "février"),
    ("March", "mars"),
    ("April", "avril"),
    ("May", "mai"),
    ("June", "juin"),
    ("July", "juillet"),
    ("August", "août"),
    ("September", "septembre"),
    ("October", "octobre"),
    ("November", "novembre"),
    ("December", "décembre"),
];

/// The month a word names, in English or French, whole or abbreviated as people write them (`Nov`, `sept`, `févr`,
/// `déc`), accents or not, any case.
pub(super) fn month_of_word(word: &str) -> Option<u32> {
    let w = word.to_lowercase();
    let w = w.replace(['é', 'è', 'ê'], "e").replace('û', "u");
    let months: [&[&str]; 12] = [
        &["january", "jan", "janvier", "janv"],
        &["february", "feb", "fevrier", "fevr", "fev"],
        &["march", "mar", "mars"],
        &["april", "apr", "avril", "avr"],
        &["may", "mai"],
        &["june", "jun", "juin"],
        &["july", "jul", "juillet", "juil"],
        &["august", "aug", "aout"],
        &["september", "sep", "sept", "septembre"],
        &["october", "oct", "octobre"],
        &["november", "nov", "novembre"],
        &["december", "dec", "decembre"],
    ];
    months.iter().position(|names| names.contains(&w.as_str())).and_then(|i| u32::try_from(i + 1).ok())
}

/// A part of a date typed as text.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    /// Digits: their value and how many were written.
    Number(u32, usize),
    /// A month in words.
    Month(u32),
}

/// The parts of a date typed as text, or `None` when it holds anything else than digits, month names, an ordinal's
/// ending (`1st`, `1er`) and the marks that separate them (space, `,`, `/`, `-`, `.`).
fn parts(s: &str) -> Option<Vec<Part>> {
    let mut out = Vec::new();
    let mut chars = s.trim().chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut digits = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                digits.push(d);
                chars.next();
            }
            // More digits than any part of a date has: no date.
            if digits.len() > 4 {
                return None;
            }
            out.push(Part::Number(digits.parse().ok()?, digits.len()));
        } else if c.is_alphabetic() {
            let mut word = String::new();
            while let Some(&l) = chars.peek().filter(|l| l.is_alphabetic()) {
                word.push(l);
                chars.next();
            }
            let ordinal = matches!(word.to_lowercase().as_str(), "st" | "nd" | "rd" | "th" | "er");
            match (month_of_word(&word), out.last()) {
                (Some(m), _) => out.push(Part::Month(m)),
                (None, Some(Part::Number(..))) if ordinal => {}
                _ => return None,
            }
        } else if c.is_whitespace() || matches!(c, ',' | '/' | '-' | '.') {
            chars.next();
        } else {
            return None;
        }
    }
    Some(out)
}

/// The first year a declaration or audit date may fall in.
pub(super) const FIRST_PLAUSIBLE_YEAR: i32 = 1990;

/// The years a year of two digits may mean: in the 1900s or the 2000s, from [`FIRST_PLAUSIBLE_YEAR`] on.
fn centuries(yy: u32) -> Vec<i32> {
    let yy = i32::try_from(yy).unwrap_or(i32::MAX);
    [1900 + yy, 2000 + yy].into_iter().filter(|y| *y >= FIRST_PLAUSIBLE_YEAR).collect()
}

/// What a date typed as text otherwise than year-month-day says ([`TextDate`]).
pub(super) fn read_text_date(s: &str) -> TextDate {
    use Part::{Month, Number};
    let Some(parts) = parts(s) else { return TextDate::Unknown };
    let ymd = |y: u32, m: u32, d: u32| i32::try_from(y).ok().and_then(|y| NaiveDate::from_ymd_opt(y, m, d));
    let one = |d: Option<NaiveDate>| d.map_or(TextDate::Unknown, TextDate::One);
    let day = |len: usize| (1..=2).contains(&len);
    match parts.as_slice() {
        [Number(y, 4), Number(m, ml), Number(d, dl)] if day(*ml) && day(*dl) => one(ymd(*y, *m, *d)),
        [Number(y, 4), Month(m), Number(d, dl)] if day(*dl) => one(ymd(*y, *m, *d)),
        [Month(m), Number(d, dl), Number(y, 4)] | [Number(d, dl), Month(m), Number(y, 4)] if day(*dl) => {
            one(ymd(*y, *m, *d))
        }
        [Number(a, al), Number(b, bl), Number(y, 4)] if day(*al) && day(*bl) => {
            match (ymd(*y, *b, *a), ymd(*y, *a, *b)) {
                (Some(x), Some(y)) if x != y => TextDate::EitherOrder(x, y),
                (Some(x), _) | (None, Some(x)) => TextDate::One(x),
                (None, None) => TextDate::Unknown,
            }
        }
        [Month(m), Number(y, 4)] | [Number(y, 4), Month(m)] => TextDate::MonthYear { year: year_of(*y), month: *m },
        [Number(m, ml), Number(y, 4)] | [Number(y, 4), Number(m, ml)] if day(*ml) && (1..=12).contains(m) => {
            TextDate::MonthYear { year: year_of(*y), month: *m }
        }
        [Number(a, 2), Number(b, bl), Number(c, 2)] if day(*bl) => {
            // Year first, then day first, then month first (the orders of the world's short dates).
            let mut days = Vec::new();
            for (yy, m, d) in [(*a, *b, *c), (*c, *b, *a), (*c, *a, *b)] {
                days.extend(centuries(yy).into_iter().filter_map(|y| NaiveDate::from_ymd_opt(y, m, d)));
            }
            two_digit_year(days)
        }
        [Number(a, 1), Number(b, bl), Number(c, 2)] if day(*bl) => {
            let mut days = Vec::new();
            for (m, d) in [(*b, *a), (*a, *b)] {
                days.extend(centuries(*c).into_iter().filter_map(|y| NaiveDate::from_ymd_opt(y, m, d)));
            }
            two_digit_year(days)
        }
        [Month(m), Number(d, dl), Number(yy, 2)] | [Number(d, dl), Month(m), Number(yy, 2)] if day(*dl) => {
            two_digit_year(centuries(*yy).into_iter().filter_map(|y| NaiveDate::from_ymd_opt(y, *m, *d)).collect())
        }
        _ => TextDate::Unknown,
    }
}

fn year_of(y: u32) -> i32 {
    i32::try_from(y).unwrap_or(i32::MAX)
}

fn two_digit_year(mut days: Vec<NaiveDate>) -> TextDate {
    let mut seen = std::collections::HashSet::new();
    days.retain(|d| seen.insert(*d));
    TextDate::TwoDigitYear(days)
}

/// Days a date of something already done may stand after the intake's day (UTC): a supplier east of UTC
/// (Asia, Oceania) signs on its own date while UTC is still on the day before.
const TIME_ZONE_GRACE_DAYS: i64 = 1;

/// A date that states something already happened — the declaration's signature, a site's last audit: from 1990
/// to the day the file is read (UTC) plus [`TIME_ZONE_GRACE_DAYS`]. A date after that is refused naming it and
/// the last day accepted: a declaration dated ahead would stay in force over every correct one until then, and an
/// audit cannot have taken place yet. A spreadsheet's day zero (1899-12-31, 1900-01-00) is how an empty or
/// uncalculated date cell arrives.
pub(super) fn plausible_date(cell: &Cell, shown: &str) -> Result<NaiveDate, Msg> {
    past_date(date(cell, shown)?, chrono::Utc::now().date_naive())
}

/// [`plausible_date`] with the intake's day given.
pub(super) fn past_date(d: NaiveDate, today: NaiveDate) -> Result<NaiveDate, Msg> {
    let last = today + chrono::Duration::days(TIME_ZONE_GRACE_DAYS);
    if d.year() < FIRST_PLAUSIBLE_YEAR {
        let m =
            Message::new("dates.too_early").text("day", d.to_string()).text("year", FIRST_PLAUSIBLE_YEAR.to_string());
        return Err(said(&m));
    }
    if d > last {
        let m = Message::new("dates.future")
            .text("day", d.to_string())
            .text("today", today.to_string())
            .text("last", last.to_string());
        return Err(said(&m));
    }
    Ok(d)
}

/// A date of something done before the declaration was made — a site's last audit — on or before the declaration's
/// date `declared_on` (when it could be read): an audit dated after it had not taken place when the supplier declared
/// it, so the date is a slip (often the year) or a plan, and is refused at its cell naming both dates.
pub(super) fn not_after_declaration(d: NaiveDate, declared_on: Option<NaiveDate>) -> Result<NaiveDate, Msg> {
    match declared_on {
        Some(on) if d > on => Err(said(
            &Message::new("dates.after_declaration").text("day", d.to_string()).text("declared", on.to_string()),
        )),
        _ => Ok(d),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_month_and_a_year_are_told_the_day_is_missing_never_given_a_day() {
        for (text, year, month) in [
            ("Feb 2026", 2026, 2),
            ("février 2026", 2026, 2),
            ("02/2026", 2026, 2),
            ("2026-02", 2026, 2),
            ("Sept. 2025", 2025, 9),
            ("2024 déc", 2024, 12),
        ] {
            assert_eq!(read_text_date(text), TextDate::MonthYear { year, month }, "{text}");
            let (en, fr) = not_year_month_day(text);
            assert!(en.contains("no day") && en.contains(&year.to_string()), "{en}");
            assert!(fr.contains("aucun jour") && !fr.contains(" :"), "{fr}");
            // No ISO date is offered: the text has no day to put in one.
            assert!(!en.contains(&format!("{year}-{month:02}-")), "{en}");
        }
        let (en, fr) = not_year_month_day("Feb 2026");
        assert!(en.contains("February 2026") && fr.contains("février 2026"), "{en} / {fr}");
    }

    #[test]
    fn a_two_digit_year_is_called_ambiguous_with_its_readings() {
        for (text, readings) in [
            ("26-03-01", vec!["2026-03-01", "2001-03-26"]),
            ("03/04/26", vec!["2026-04-03", "2026-03-04", "2003-04-26"]),
            ("4 Nov 25", vec!["2025-11-04"]),
            ("Nov 4, 95", vec!["1995-11-04", "2095-11-04"]),
            ("5/31/24", vec!["2024-05-31"]),
        ] {
            let mut expected: Vec<NaiveDate> = readings.iter().map(|r| day(r)).collect();
            let TextDate::TwoDigitYear(mut read) = read_text_date(text) else { panic!("{text}") };
            expected.sort();
            read.sort();
            assert_eq!(read, expected, "{text}");
            let (en, fr) = not_year_month_day(text);
            assert!(en.contains("two digits") && fr.contains("deux chiffres"), "{en}");
            for r in readings {
                assert!(en.contains(r) && fr.contains(r), "{text}: {en}");
            }
            assert!(!en.contains("write it as"), "{en}");
        }
    }

    #[test]
    fn a_text_of_one_reading_is_given_its_own_day_and_two_readings_both() {
        for (text, iso) in [
            ("November 4, 2025", "2025-11-04"),
            ("4th November 2025", "2025-11-04"),
            ("1er mars 2025", "2025-03-01"),
            ("2025.3.5", "2025-03-05"),
            ("13/12/2025", "2025-12-13"),
            ("12/13/2025", "2025-12-13"),
            ("17 juil. 2024", "2024-07-17"),
        ] {
            assert_eq!(read_text_date(text), TextDate::One(day(iso)), "{text}");
            assert!(not_year_month_day(text).0.contains(&format!("write it as {iso}")), "{text}");
        }
        assert_eq!(read_text_date("04/11/2025"), TextDate::EitherOrder(day("2025-11-04"), day("2025-04-11")));
        for unknown in ["le jour J", "Feb 30, 2025", "31/31/2025", "2025", "Monday 4 Nov 2025", "12345-1-1", ""] {
            assert_eq!(read_text_date(unknown), TextDate::Unknown, "{unknown}");
            let (en, _) = not_year_month_day(unknown);
            assert!(!en.contains("write it as"), "{en}");
        }
    }

    #[test]
    fn a_year_of_fewer_than_four_digits_is_no_year_month_day() {
        for s in ["26-03-01", "026-03-01", "2026-3-1", "12026-03-01", "0026-02"] {
            assert_eq!(iso_date(s), None, "{s}");
        }
        assert_eq!(iso_date("2026-03-01").map(|d| d.date()), Some(day("2026-03-01")));
        assert_eq!(iso_date("2026-03-01T10:00").map(|d| d.date()), Some(day("2026-03-01")));
    }

    #[test]
    fn every_refusal_is_said_by_the_catalogues_in_both_languages_with_french_spacing() {
        let d = day("2026-03-04");
        let refusals = [
            date_alone(d.and_hms_opt(17, 30, 0).unwrap(), "2026-03-04 17:30").unwrap_err(),
            date(&Cell::Number(46000.0), "46000").unwrap_err(),
            date(&Cell::Text("2026-02-30".into()), "2026-02-30").unwrap_err(),
            not_year_month_day("Feb 2026"),
            not_year_month_day("26-03-01"),
            not_year_month_day("04/11/2025"),
            not_year_month_day("4 Nov 2025"),
            not_year_month_day("le jour J"),
            past_date(day("1989-12-31"), d).unwrap_err(),
            past_date(day("2027-01-01"), d).unwrap_err(),
            not_after_declaration(day("2026-05-01"), Some(d)).unwrap_err(),
            date(&Cell::Text("2026\u{2011}03\u{2011}05".into()), "2026\u{2011}03\u{2011}05").unwrap_err(),
            date(&Cell::Text("05\u{2212}03\u{2212}2026".into()), "05\u{2212}03\u{2212}2026").unwrap_err(),
        ];
        for (en, fr) in refusals {
            assert!(!en.starts_with("dates.") && !fr.starts_with("dates."), "{en}");
            assert!(!en.contains('`') && !fr.contains('`'), "{en}");
            assert!(!fr.contains(" :") && !fr.contains("« ") && !fr.contains(" »") && !fr.contains(" ;"), "{fr}");
        }
    }

    #[test]
    fn a_dash_where_a_hyphen_goes_is_named_with_its_place_and_the_date_with_plain_hyphens() {
        let (en, fr) = date(&Cell::Text("2026\u{2013}03-05".into()), "2026\u{2013}03-05").unwrap_err();
        assert!(en.contains("U+2013 EN DASH") && en.contains("character 5") && en.contains("2026-03-05"), "{en}");
        assert!(fr.contains("U+2013 TIRET DEMI-CADRATIN") && fr.contains("caractère 5"), "{fr}");
        assert!(fr.contains("2026-03-05") && !fr.contains("DASH"), "{fr}");
        let (en, _) = date(&Cell::Text("4\u{2010}11\u{2010}2025".into()), "4\u{2010}11\u{2010}2025").unwrap_err();
        assert!(en.contains("U+2010 HYPHEN") && en.contains("2025-11-04") && en.contains("2025-04-11"), "{en}");
        // Plain hyphens, and a text with none: as before.
        assert_eq!(date(&Cell::Text("2026-03-05".into()), "2026-03-05"), Ok(day("2026-03-05")));
        assert!(!date(&Cell::Text("Feb 2026".into()), "Feb 2026").unwrap_err().0.contains("U+"));
    }

    /// The parts of a random text of digits, month words and marks, as a date typed by someone might be.
    fn text_date() -> impl Strategy<Value = String> {
        let part = prop_oneof![
            (0u32..10_000u32, 1usize..=4).prop_map(|(n, w)| format!("{n:0w$}")),
            (1u32..=40).prop_map(|n| n.to_string()),
            prop::sample::select(vec![
                "Jan", "February", "mars", "août", "Sept", "déc", "Nov.", "1er", "4th", "juil", "May", "le",
            ])
            .prop_map(str::to_string),
        ];
        let mark = prop::sample::select(vec![" ", "/", "-", ".", ", ", ""]);
        prop::collection::vec((part, mark), 1..=4)
            .prop_map(|ps| ps.into_iter().map(|(p, m)| format!("{p}{m}")).collect::<String>())
    }

    /// The numbers written in a text, and the months it names in words.
    fn said_in(s: &str) -> (Vec<(u32, usize)>, Vec<u32>) {
        let mut numbers = Vec::new();
        let mut months = Vec::new();
        for p in parts(s).unwrap_or_default() {
            match p {
                Part::Number(n, w) => numbers.push((n, w)),
                Part::Month(m) => months.push(m),
            }
        }
        (numbers, months)
    }

    proptest! {
        #[test]
        fn every_day_suggested_reads_back_as_itself_and_is_written_in_the_text(s in text_date()) {
            let (numbers, months) = said_in(&s);
            let year_in = |y: i32, four: bool| numbers.iter().any(|&(n, w)| {
                if four { w == 4 && i64::from(n) == i64::from(y) } else { w == 2 && i64::from(n) == i64::from(y % 100) }
            });
            let month_in = |m: u32| months.contains(&m) || numbers.iter().any(|&(n, w)| n == m && w <= 2);
            let day_in = |d: u32| numbers.iter().any(|&(n, w)| n == d && w <= 2);
            match read_text_date(&s) {
                TextDate::One(d) => {
                    // The suggestion, read as the contract reads text, is the same day.
                    let suggested = d.to_string();
                    prop_assert_eq!(iso_date(&suggested).map(|t| t.date()), Some(d));
                    prop_assert!(not_year_month_day(&s).0.contains(&suggested));
                    prop_assert!(year_in(d.year(), true) && month_in(d.month()) && day_in(d.day()), "{s} → {d}");
                }
                TextDate::EitherOrder(a, b) => {
                    for d in [a, b] {
                        prop_assert!(year_in(d.year(), true) && month_in(d.month()) && day_in(d.day()), "{s} → {d}");
                    }
                }
                TextDate::TwoDigitYear(days) => {
                    for d in days {
                        prop_assert!(year_in(d.year(), false) && month_in(d.month()) && day_in(d.day()), "{s} → {d}");
                    }
                    prop_assert!(!not_year_month_day(&s).0.contains("write it as"));
                }
                TextDate::MonthYear { year, month } => {
                    prop_assert!(year_in(year, true) && month_in(month), "{s}");
                    // Past the text quoted, no day of that month is offered.
                    let said = not_year_month_day(&s).0.replacen(&s, "", 1);
                    prop_assert!(!said.contains(&format!("{year}-{month:02}-")), "{said}");
                }
                TextDate::Unknown => {}
            }
        }
    }
}
