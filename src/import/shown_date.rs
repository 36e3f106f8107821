//! What a date cell's format shows of the day it holds (issue 14), so that a date field reads the day the supplier
//! sees, as number fields read the number shown ([`super::shown_number`]). The day stored under a date cell is
//! unambiguous; what its format shows may not be:
//!
//! - a format that puts the day before the month after a leading year (`yyyy-dd-mm`) shows 2026-04-10 for
//!   4 October 2026: it reads as year-month-day (ISO 8601, the form the template asks for) and says another day.
//!   Refused, naming the format, the day stored and the text shown. No locale writes dates in that order.
//! - a format that shows no day, no month or no year (`mmm yyyy`, `dd/mm`, `yyyy`, `hh:mm`, `[h]:mm`) shows a month,
//!   a day of some year or a time where the declaration would record a whole day the supplier never sees. Refused,
//!   naming what the format hides and the day stored, as a month and a year typed as text are refused.
//! - a year of two digits (`dd/mm/yy`, `d-mmm-yy`) shows a year whose century a reader supplies. Within the years a
//!   declaration's dates may fall in (1990 to next year, [`super::dates::FIRST_PLAUSIBLE_YEAR`]) a year of two digits
//!   has one reading only, and the day stored is that reading: the day is read, with a warning naming the format, the
//!   text shown and the day read, so that whoever reads the workbook sees the year the declaration records. The
//!   program's short date (ECMA-376's built-in formats 14, `mm-dd-yy`, and 22, `m/d/yy h:mm`) is shown in the
//!   reader's own locale, not as its nominal code: read without a word.
//! - every other order of a whole day (`yyyy-mm-dd`, `d mmmm yyyy`, `dd/mm/yyyy`, `mm/dd/yyyy`, with a locale
//!   `[$-fr-CA]` or the program's long date `[$-F800]`) is a locale's ordinary form of a day stored without
//!   ambiguity: read without a word.
//!
//! The codes are XLSX's (ECMA-376 Part 1 §18.8.31: `y` year, `m` month or minute, `d` day or weekday, `h`, `s`,
//! elapsed `[h]` `[m]` `[s]`, `AM/PM`); an ODS `number:date-style` (ODF 1.2 §16.27.10) is written as one
//! ([`OdsDateStyle`]) and judged alike. The words are the catalogues' (`dates.format_*`,
//! `templates/locales/{en,fr}/intake-dates.ftl`).

use chrono::{NaiveDate, NaiveDateTime};

use super::grid::Cell;
use super::number_format::{Place, code_chars, split_sections};
use crate::domain::{Lang, Message};

/// A refusal or a warning in English and in French.
type Msg = (String, String);

/// A piece of a date format's first section.
#[derive(Debug, Clone, PartialEq)]
enum Piece {
    /// `y…` (or `e`): the year, of two digits for `y` and `yy`, of four otherwise.
    Year(usize),
    /// `m`, `mm` (figures), `mmm`, `mmmm` (a name), `mmmmm` (its first letter).
    Month(usize),
    /// `d`, `dd`: the day of the month.
    Day(usize),
    /// `ddd`, `dddd`: the day of the week.
    Weekday(usize),
    Hour(usize),
    Minute(usize),
    Second(usize),
    /// `AM/PM`, `A/P`.
    AmPm,
    /// An elapsed time, `[h]`, `[mm]`, `[ss]`.
    Elapsed,
    /// Text shown as it is.
    Literal(String),
    /// Anything else (a digit placeholder, `General`, an era or another calendar's code).
    Other,
}

/// What a date format shows of a day.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum DateShown {
    /// The year of four digits, the month and the day, in a locale's order (or the program's own long or short date).
    Whole,
    /// The month and the day, and the year with two digits.
    TwoDigitYear,
    /// The year first, then the day, then the month (`yyyy-dd-mm`): reads as year-month-day and says another day.
    YearDayMonth,
    /// A whole day's parts not shown, as a catalogue's selector: `day`, `month`, `year`, `day-month`, `day-year`,
    /// `month-year`, `all`.
    Hides(&'static str),
    /// The day, the month and a year of two digits in the order of the spreadsheet's language (an ODS style's
    /// `number:automatic-order`): what the cell shows (`01/03/26`) cannot be known from the file, and a reader cannot
    /// tell its year from its day.
    AutomaticTwoDigitYear,
}

/// How the code of an ODS date style whose order is the language's (`number:automatic-order="true"`, ODF 1.2
/// §19.340) begins: a locale bracket of no locale, which shows nothing, so that the code is judged by the parts it
/// shows and not by the order they are written in ([`judge`]). Left out where the code is named.
pub(super) const AUTOMATIC_ORDER: &str = "[$-automatic-order]";

/// The codes of ECMA-376's built-in formats 14 and 22 (§18.8.30), the program's short date, which it shows in the
/// reader's locale rather than as written.
const PROGRAM_SHORT_DATES: [&str; 2] = ["mm-dd-yy", "m/d/yy h:mm"];

/// The pieces of a code's first section (the one a day, a positive number, takes), and whether the code is the
/// program's long date (`[$-F800]`, shown as the reader's locale writes a whole day).
fn pieces(code: &str) -> (Vec<Piece>, bool) {
    let section = split_sections(code).into_iter().next().unwrap_or_default();
    let chars: Vec<(char, Place)> = code_chars(&section).collect();
    let mut out = Vec::new();
    let mut long_date = false;
    let mut bracket = String::new();
    let (mut quoted, mut in_quote) = (String::new(), false);
    let mut i = 0usize;
    let literal = |out: &mut Vec<Piece>, text: &str| match out.last_mut() {
        Some(Piece::Literal(l)) => l.push_str(text),
        _ => out.push(Piece::Literal(text.to_string())),
    };
    while let Some(&(c, place)) = chars.get(i) {
        i += 1;
        match place {
            Place::Bracketed => {
                if c == ']' {
                    let inner = bracket.trim_start_matches('[').to_ascii_lowercase();
                    if !inner.is_empty() && inner.chars().all(|x| matches!(x, 'h' | 'm' | 's')) {
                        out.push(Piece::Elapsed);
                    } else if inner.starts_with('$') && inner.contains("f800") {
                        long_date = true;
                    } else if let Some(symbol) = inner.strip_prefix('$') {
                        // A currency symbol and a locale (`[$€-40C]`), or a locale alone (`[$-fr-CA]`).
                        let symbol = symbol.split('-').next().unwrap_or_default();
                        if !symbol.is_empty() {
                            literal(&mut out, symbol);
                        }
                    }
                    bracket.clear();
                } else {
                    bracket.push(c);
                }
            }
            // The opening quote, the text, the closing quote.
            Place::Quoted if c == '"' && !in_quote => in_quote = true,
            Place::Quoted if c == '"' => {
                literal(&mut out, &quoted);
                quoted.clear();
                in_quote = false;
            }
            Place::Quoted => quoted.push(c),
            Place::Escaped => literal(&mut out, &c.to_string()),
            Place::Code => {
                let rest: String = chars.iter().skip(i - 1).take(5).map(|(c, _)| c.to_ascii_lowercase()).collect();
                if rest.starts_with("am/pm") {
                    i += 4;
                    out.push(Piece::AmPm);
                    continue;
                }
                let word: String = chars.iter().skip(i - 1).take(7).map(|(c, _)| c.to_ascii_lowercase()).collect();
                if word == "general" {
                    i += 6;
                    out.push(Piece::Other);
                    continue;
                }
                if rest.starts_with("a/p") {
                    i += 2;
                    out.push(Piece::AmPm);
                    continue;
                }
                let lower = c.to_ascii_lowercase();
                let run = 1 + chars
                    .iter()
                    .skip(i)
                    .take_while(|&&(x, p)| p == Place::Code && x.to_ascii_lowercase() == lower)
                    .count();
                let piece = match lower {
                    'y' => Some(Piece::Year(run)),
                    'e' => Some(Piece::Year(4)),
                    'm' => Some(Piece::Month(run)),
                    'd' if run <= 2 => Some(Piece::Day(run)),
                    'd' => Some(Piece::Weekday(run)),
                    'h' => Some(Piece::Hour(run)),
                    's' => Some(Piece::Second(run)),
                    '\\' | '_' | '*' => None,
                    c if c.is_ascii_alphanumeric() || matches!(c, '#' | '?' | '@' | '%') => Some(Piece::Other),
                    _ => {
                        literal(&mut out, &c.to_string().repeat(run));
                        None
                    }
                };
                if let Some(p) = piece {
                    out.push(p);
                }
                i += run - 1;
            }
        }
    }
    // `m` and `mm` are minutes after an hour or before seconds (ECMA-376 §18.8.31).
    let timed: Vec<usize> = (0..out.len()).filter(|&k| !matches!(out.get(k), Some(Piece::Literal(_)))).collect();
    for (n, &k) in timed.iter().enumerate() {
        let before = n.checked_sub(1).and_then(|p| timed.get(p)).and_then(|&p| out.get(p));
        let after = timed.get(n + 1).and_then(|&p| out.get(p));
        if let Some(Piece::Month(run)) = out.get(k).cloned()
            && run <= 2
            && (matches!(before, Some(Piece::Hour(_) | Piece::Elapsed)) || matches!(after, Some(Piece::Second(_))))
            && let Some(p) = out.get_mut(k)
        {
            *p = Piece::Minute(run);
        }
    }
    (out, long_date)
}

/// What a date format shows of a day ([`DateShown`]).
pub(super) fn judge(code: &str) -> DateShown {
    if PROGRAM_SHORT_DATES.contains(&code.trim()) {
        return DateShown::Whole;
    }
    let automatic = code.starts_with(AUTOMATIC_ORDER);
    let (pieces, long_date) = pieces(code);
    if long_date {
        return DateShown::Whole;
    }
    let at = |f: fn(&Piece) -> bool| pieces.iter().position(f);
    let year = at(|p| matches!(p, Piece::Year(_)));
    let month = at(|p| matches!(p, Piece::Month(n) if *n <= 4));
    let day = at(|p| matches!(p, Piece::Day(_)));
    let hidden = match (day.is_none(), month.is_none(), year.is_none()) {
        (false, false, false) => None,
        (true, false, false) => Some("day"),
        (false, true, false) => Some("month"),
        (false, false, true) => Some("year"),
        (true, true, false) => Some("day-month"),
        (true, false, true) => Some("day-year"),
        (false, true, true) => Some("month-year"),
        (true, true, true) => Some("all"),
    };
    if let Some(h) = hidden {
        return DateShown::Hides(h);
    }
    let two_digit_year = pieces.iter().all(|p| !matches!(p, Piece::Year(n) if *n > 2));
    // In the language's order, a whole day is that language's ordinary form (no language writes the day between the
    // year and the month); with a year of two digits, which of the three is the year is not known.
    if automatic {
        return if two_digit_year { DateShown::AutomaticTwoDigitYear } else { DateShown::Whole };
    }
    if let (Some(y), Some(m), Some(d)) = (year, month, day)
        && y < d
        && d < m
    {
        return DateShown::YearDayMonth;
    }
    if two_digit_year {
        return DateShown::TwoDigitYear;
    }
    DateShown::Whole
}

/// What a date format shows for `d` (English month and weekday names, as a spreadsheet in English shows them), or
/// `None` for a format whose text is not a day's (an elapsed time, a digit placeholder).
#[cfg(test)]
pub(super) fn shown(d: NaiveDateTime, code: &str) -> Option<String> {
    shown_in(d, code, Lang::En)
}

/// French month names, abbreviated and wide, January first, and weekday names, Sunday first: CLDR's `fr` Gregorian
/// calendar (format context), as a spreadsheet in French shows `mmm`, `mmmm`, `ddd` and `dddd`.
const FR_MONTHS: [(&str, &str); 12] = [
    ("janv.", "janvier"),
    ("févr.", "février"),
    ("mars", "mars"),
    ("avr.", "avril"),
    ("mai", "mai"),
    ("juin", "juin"),
    ("juil.", "juillet"),
    ("août", "août"),
    ("sept.", "septembre"),
    ("oct.", "octobre"),
    ("nov.", "novembre"),
    ("déc.", "décembre"),
];
const FR_WEEKDAYS: [(&str, &str); 7] = [
    ("dim.", "dimanche"),
    ("lun.", "lundi"),
    ("mar.", "mardi"),
    ("mer.", "mercredi"),
    ("jeu.", "jeudi"),
    ("ven.", "vendredi"),
    ("sam.", "samedi"),
];

/// What a date format shows for `d` to a reader of `lang`: month and weekday names in that language (a spreadsheet
/// shows them in its user's); `None` as [`shown`].
pub(super) fn shown_in(d: NaiveDateTime, code: &str, lang: Lang) -> Option<String> {
    use chrono::Datelike as _;
    let month = FR_MONTHS.get(d.month0() as usize).copied().unwrap_or_default();
    let weekday = FR_WEEKDAYS.get(d.weekday().num_days_from_sunday() as usize).copied().unwrap_or_default();
    let fr = lang == Lang::Fr;
    let (pieces, long_date) = pieces(code);
    if long_date {
        return None;
    }
    let twelve = pieces.contains(&Piece::AmPm);
    let mut out = String::new();
    for p in &pieces {
        let text = match p {
            Piece::Year(n) if *n <= 2 => d.format("%y").to_string(),
            Piece::Year(_) => d.format("%Y").to_string(),
            Piece::Month(1) => d.format("%-m").to_string(),
            Piece::Month(2) => d.format("%m").to_string(),
            Piece::Month(3) if fr => month.0.to_string(),
            Piece::Month(4) if fr => month.1.to_string(),
            Piece::Month(3) => d.format("%b").to_string(),
            Piece::Month(4) => d.format("%B").to_string(),
            Piece::Month(_) => d.format("%B").to_string().chars().take(1).collect(),
            Piece::Day(1) => d.format("%-d").to_string(),
            Piece::Day(_) => d.format("%d").to_string(),
            Piece::Weekday(3) if fr => weekday.0.to_string(),
            Piece::Weekday(_) if fr => weekday.1.to_string(),
            Piece::Weekday(3) => d.format("%a").to_string(),
            Piece::Weekday(_) => d.format("%A").to_string(),
            Piece::Hour(1) if twelve => d.format("%-I").to_string(),
            Piece::Hour(_) if twelve => d.format("%I").to_string(),
            Piece::Hour(1) => d.format("%-H").to_string(),
            Piece::Hour(_) => d.format("%H").to_string(),
            Piece::Minute(1) => d.format("%-M").to_string(),
            Piece::Minute(_) => d.format("%M").to_string(),
            Piece::Second(_) => d.format("%S").to_string(),
            Piece::AmPm => d.format("%p").to_string(),
            Piece::Literal(l) => l.clone(),
            Piece::Elapsed | Piece::Other => return None,
        };
        out.push_str(&text);
    }
    Some(out)
}

/// What a date field makes of a date cell whose format's code is `code`: nothing to say (`Ok(None)`), a warning
/// (`Ok(Some(_))`: a year of two digits), or a refusal (a format that hides a part of the day or shows it as another
/// day). `cell`: a date cell, or an ODS date cell read as its ISO 8601 text; any other cell is not judged here.
pub(super) fn as_shown(cell: &Cell, code: &str) -> Result<Option<Msg>, Msg> {
    let at = match cell {
        Cell::Date(d) => *d,
        Cell::Text(s) => match super::dates::iso_date(s) {
            Some(d) => d,
            None => return Ok(None),
        },
        _ => return Ok(None),
    };
    let day: NaiveDate = at.date();
    let named = code.strip_prefix(AUTOMATIC_ORDER).unwrap_or(code);
    let shown_code = super::number_format::shown_code(named);
    let text = |lang| shown_in(at, named, lang).unwrap_or_else(|| shown_code.clone());
    let said = |m: Message| {
        let m = m.text("format", shown_code.as_str()).text("stored", day.to_string()).day("words", day);
        crate::domain::say_both(&m.names("shown", text(Lang::En), text(Lang::Fr)))
    };
    match judge(code) {
        DateShown::Whole => Ok(None),
        DateShown::TwoDigitYear => Ok(Some(said(Message::new("dates.format_two_digit_year")))),
        DateShown::YearDayMonth => Err(said(Message::new("dates.format_year_day_month"))),
        DateShown::Hides(what) => Err(said(Message::new("dates.format_hides").text("hidden", what))),
        DateShown::AutomaticTwoDigitYear => Err(said(Message::new("dates.format_automatic_order"))),
    }
}

/// An ODS `number:date-style` being read (ODF 1.2 §16.27.10), written as an XLSX code (`yyyy-dd-mm`) so that it is
/// judged as one: `number:year`, `number:month`, `number:day`, `number:day-of-week`, `number:hours`,
/// `number:minutes`, `number:seconds`, `number:am-pm` and `number:text`, in order; any other part (an era, a quarter,
/// a week) is written as a code that shows no day's part.
#[derive(Debug, Default)]
pub struct OdsDateStyle {
    code: String,
    /// Whether the style shows its parts in its language's order (`number:automatic-order="true"`), not as written.
    automatic: bool,
    /// The literal text element being read.
    text: Option<String>,
}

/// The most characters of a date style's code kept.
const MOST_CODE_CHARS: usize = 255;

impl OdsDateStyle {
    /// A date style whose parts are to come; `automatic`: its `number:automatic-order` is `true`.
    pub fn with_automatic_order(automatic: bool) -> OdsDateStyle {
        OdsDateStyle { automatic, ..OdsDateStyle::default() }
    }

    /// A part of the style: its element's local name (`year`, `month`, …) and attributes `number:style`
    /// (`long` or `short`) and `number:textual`.
    pub fn part(&mut self, name: &str, long: bool, textual: bool) {
        let code = match (name, long, textual) {
            ("year", true, _) => "yyyy",
            ("year", false, _) => "yy",
            ("month", true, true) => "mmmm",
            ("month", false, true) => "mmm",
            ("month", true, false) => "mm",
            ("month", false, false) => "m",
            ("day", true, _) => "dd",
            ("day", false, _) => "d",
            ("day-of-week", true, _) => "dddd",
            ("day-of-week", false, _) => "ddd",
            ("hours", true, _) => "hh",
            ("hours", false, _) => "h",
            ("minutes", true, _) => "mm",
            ("minutes", false, _) => "m",
            ("seconds", _, _) => "ss",
            ("am-pm", _, _) => "AM/PM",
            _ => "\"?\"",
        };
        self.push(code);
    }

    fn push(&mut self, code: &str) {
        if self.code.chars().count() + code.chars().count() <= MOST_CODE_CHARS {
            self.code.push_str(code);
        }
    }

    /// The start of a `number:text` element.
    pub fn open_text(&mut self) {
        self.text = Some(String::new());
    }

    /// Text inside the `number:text` element being read.
    pub fn text(&mut self, text: &str) {
        if let Some(t) = self.text.as_mut()
            && t.chars().count() < MOST_CODE_CHARS
        {
            t.push_str(text);
        }
    }

    /// The end of a `number:text` element: its text, quoted.
    pub fn close_text(&mut self) {
        if let Some(t) = self.text.take()
            && !t.is_empty()
        {
            let quoted = format!("\"{}\"", t.replace('"', ""));
            self.push(&quoted);
        }
    }

    /// The style's code, written as XLSX's, after [`AUTOMATIC_ORDER`] when its parts are shown in its language's
    /// order.
    pub fn finish(self) -> String {
        if self.automatic { format!("{AUTOMATIC_ORDER}{}", self.code) } else { self.code }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i32, m: u32, d: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(0, 0, 0).unwrap()
    }

    #[test]
    fn a_year_first_then_the_day_is_told_apart_from_year_month_day() {
        for code in ["yyyy-dd-mm", "yyyy/dd/mm", "yyyy.d.m", "[$-fr-CA]yyyy-dd-mm", "yyyy\\-dd\\-mm", "yyyy\" \"dd mmm"]
        {
            assert_eq!(judge(code), DateShown::YearDayMonth, "{code}");
        }
        assert_eq!(shown(at(2026, 10, 4), "yyyy-dd-mm").as_deref(), Some("2026-04-10"));
        assert_eq!(shown(at(2026, 10, 4), "[$-fr-CA]yyyy-dd-mm").as_deref(), Some("2026-04-10"));
    }

    #[test]
    fn formats_that_hide_a_part_of_the_day_name_it() {
        for (code, hidden) in [
            ("mmm yyyy", "day"),
            ("mmmm yyyy", "day"),
            ("mm/yy", "day"),
            ("dddd mmmm yyyy", "day"),
            ("dd/mm", "year"),
            ("d-mmm", "year"),
            ("yy", "day-month"),
            ("yyyy", "day-month"),
            ("hh:mm", "all"),
            ("[h]:mm", "all"),
            ("h:mm AM/PM", "all"),
            ("mm:ss", "all"),
            ("yyyy-mm \"week\"", "day"),
            ("dd mmmmm yyyy", "month"),
        ] {
            assert_eq!(judge(code), DateShown::Hides(hidden), "{code}");
        }
    }

    #[test]
    fn a_locale_s_ordinary_forms_of_a_whole_day_are_whole() {
        for code in [
            "yyyy-mm-dd",
            "d mmmm yyyy",
            "dd/mm/yyyy",
            "mm/dd/yyyy",
            "[$-fr-CA]yyyy-mm-dd",
            "[$-409]mmmm d, yyyy;@",
            "[$-F800]dddd, mmmm dd, yyyy",
            "yyyy-mm-dd hh:mm",
            "yyyy-mm-dd h:mm:ss AM/PM",
            "dddd d mmmm yyyy",
            "[Blue]yyyy-mm-dd",
            "mm-dd-yy",
            "m/d/yy h:mm",
        ] {
            assert_eq!(judge(code), DateShown::Whole, "{code}");
        }
        for code in ["dd/mm/yy", "d-mmm-yy", "m/d/yy", "yy-mm-dd"] {
            assert_eq!(judge(code), DateShown::TwoDigitYear, "{code}");
        }
    }

    #[test]
    fn a_day_is_shown_as_its_format_writes_it() {
        let d = at(2026, 10, 4);
        for (code, text) in [
            ("yyyy-mm-dd", "2026-10-04"),
            ("d mmmm yyyy", "4 October 2026"),
            ("mmm yyyy", "Oct 2026"),
            ("dd/mm/yy", "04/10/26"),
            ("\"le \"d/m/yyyy", "le 4/10/2026"),
            ("dddd", "Sunday"),
        ] {
            assert_eq!(shown(d, code).as_deref(), Some(text), "{code}");
        }
        let t = NaiveDate::from_ymd_opt(2026, 10, 4).unwrap().and_hms_opt(14, 5, 0).unwrap();
        assert_eq!(shown(t, "hh:mm").as_deref(), Some("14:05"));
        assert_eq!(shown(t, "h:mm AM/PM").as_deref(), Some("2:05 PM"));
        assert_eq!(shown(t, "[h]:mm"), None);
    }

    #[test]
    fn every_verdict_is_said_by_the_catalogues_in_both_languages() {
        let cell = Cell::Date(at(2026, 10, 4));
        let refusals = [
            as_shown(&cell, "yyyy-dd-mm").unwrap_err(),
            as_shown(&cell, "mmm yyyy").unwrap_err(),
            as_shown(&cell, "dd/mm").unwrap_err(),
            as_shown(&cell, "hh:mm").unwrap_err(),
            as_shown(&Cell::Text("2026-10-04".into()), "yyyy").unwrap_err(),
            as_shown(&cell, "dd/mm/yy").unwrap().unwrap(),
        ];
        for (en, fr) in refusals {
            assert!(!en.starts_with("dates") && !fr.starts_with("dates"), "{en}");
            assert!(en.contains("2026-10-04") && fr.contains("2026-10-04"), "{en} / {fr}");
            assert!(!fr.contains(" :") && !fr.contains("« ") && !fr.contains(" »") && !fr.contains(" ;"), "{fr}");
        }
        let (en, fr) = as_shown(&cell, "yyyy-dd-mm").unwrap_err();
        assert!(en.contains("“yyyy-dd-mm”") && en.contains("2026-04-10") && en.contains("October 4, 2026"), "{en}");
        assert!(fr.contains("«\u{a0}yyyy-dd-mm\u{a0}»") && fr.contains("4 octobre 2026"), "{fr}");
        assert_eq!(as_shown(&cell, "yyyy-mm-dd"), Ok(None));
        assert_eq!(as_shown(&Cell::Text("le 4".into()), "yyyy"), Ok(None));
    }

    #[test]
    fn an_ods_date_style_is_written_as_an_xlsx_code() {
        let mut s = OdsDateStyle::default();
        s.part("year", true, false);
        s.open_text();
        s.text("-");
        s.close_text();
        s.part("day", true, false);
        s.open_text();
        s.text("-");
        s.close_text();
        s.part("month", true, false);
        let code = s.finish();
        assert_eq!(code, "yyyy\"-\"dd\"-\"mm");
        assert_eq!(judge(&code), DateShown::YearDayMonth);
        assert_eq!(shown(at(2026, 10, 4), &code).as_deref(), Some("2026-04-10"));
        let mut s = OdsDateStyle::default();
        s.part("month", false, true);
        s.open_text();
        s.text(" ");
        s.close_text();
        s.part("year", true, false);
        assert_eq!(judge(&s.finish()), DateShown::Hides("day"));
    }
}
