//! Days in words in the reader's language, for days inside sentences (a finding's period, a list entry's date, an
//! edition named by its day): `November 30, 2026` in English, `30 novembre 2026` (`1er décembre 2026`) in French, as
//! the Government of Canada's writing guides give them. The words are the catalogues' (`date-long` and the month
//! names `month-1` … `month-12` of `templates/locales/{en,fr}/explain.ftl`). Tables and forms keep ISO 8601
//! (`2026-11-30`), which sorts and is typed the same way in both languages.
//!
//! Moments (when a file was received, a report generated, a note recorded) are said the same way with the time of
//! day as each language writes it (`numbers::time`) and the zone: `November 30, 2026, 4:14 p.m. UTC`,
//! `30 novembre 2026, 16 h 14 UTC` (`date-time` of the catalogues). Machine places (the API's JSON, CSV, the audit
//! log's hashed text, `<time datetime>` attributes) keep ISO 8601.

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use super::Catalog;
use crate::domain::Lang;

/// A day in words in a language (`November 30, 2026` / `30 novembre 2026`). Pages say many days: the catalogue
/// formats every day of the year once, when it loads, and each call writes the year in (no Fluent on the way).
pub fn long_date(cat: &Catalog, lang: Lang, day: NaiveDate) -> String {
    cat.long_date(lang, day.month(), day.day(), day.year())
}

/// A moment in words in a language, to the minute, in UTC (`November 30, 2026, 4:14 p.m. UTC` /
/// `30 novembre 2026, 16 h 14 UTC`).
pub fn date_time(cat: &Catalog, lang: Lang, at: DateTime<Utc>) -> String {
    cat.date_time(lang, &long_date(cat, lang, at.date_naive()), &super::numbers::time(lang, at.time()))
}

/// A text that is a day in ISO 8601 (`2026-11-14`, an edition's label) in words, or that begins with one followed
/// by a space (an edition and its version, `2026-11-20 v2` → `20 novembre 2026 v2`); any other text as it is.
pub fn date_or_text(cat: &Catalog, lang: Lang, text: &str) -> String {
    let (day, rest) = text.split_once(' ').unwrap_or((text, ""));
    match day.parse::<NaiveDate>() {
        Ok(d) if rest.is_empty() => long_date(cat, lang, d),
        Ok(d) => format!("{} {rest}", long_date(cat, lang, d)),
        Err(_) => text.to_string(),
    }
}

/// An edition as findings name it (`{label} v{number}`, its label often its day) in words: the number, then the
/// label in brackets, a day in words (`3 (November 30, 2026)`, `3 (30 novembre 2026)`); a text of another form as
/// [`date_or_text`] gives it.
pub fn edition(cat: &Catalog, lang: Lang, text: &str) -> String {
    // A screening edition as a stored finding names it now (`edition 3 (#17)`): its number and id.
    if let Some((version, id)) = crate::screening::effect::parse_edition_ref(text) {
        return format!("{version} (#{id})");
    }
    match text.rsplit_once(" v") {
        Some((label, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => {
            format!("{n} ({})", date_or_text(cat, lang, label))
        }
        _ => date_or_text(cat, lang, text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn an_edition_is_said_by_its_number_and_its_label_in_words() {
        let cat = Catalog::embedded().unwrap();
        assert_eq!(edition(&cat, Lang::En, "2026-11-14 v3"), "3 (November 14, 2026)");
        assert_eq!(edition(&cat, Lang::Fr, "2026-12-01 v12"), "12 (1er décembre 2026)");
        assert_eq!(edition(&cat, Lang::Fr, "Octobre v2"), "2 (Octobre)");
        assert_eq!(edition(&cat, Lang::Fr, "2026-11-14"), "14 novembre 2026");
        assert_eq!(edition(&cat, Lang::En, "PSPC vx"), "PSPC vx");
        // A screening edition as findings name it now: its number and id, in either language.
        assert_eq!(edition(&cat, Lang::Fr, "edition 3 (#17)"), "3 (#17)");
    }

    #[test]
    fn a_day_is_said_as_each_language_writes_it() {
        let cat = Catalog::embedded().unwrap();
        assert_eq!(long_date(&cat, Lang::En, day("2026-11-30")), "November 30, 2026");
        assert_eq!(long_date(&cat, Lang::Fr, day("2026-11-30")), "30 novembre 2026");
        assert_eq!(long_date(&cat, Lang::Fr, day("2025-01-01")), "1er janvier 2025");
        assert_eq!(long_date(&cat, Lang::En, day("2025-01-01")), "January 1, 2025");
        assert_eq!(long_date(&cat, Lang::Fr, day("2024-02-29")), "29 février 2024");
        assert_eq!(long_date(&cat, Lang::Fr, day("2021-08-11")), "11 août 2021");
        assert_eq!(long_date(&cat, Lang::En, day("1999-07-04")), "July 4, 1999");
        // Every month has its name in both languages.
        for m in 1..=12 {
            for lang in [Lang::En, Lang::Fr] {
                let words = long_date(&cat, lang, NaiveDate::from_ymd_opt(2026, m, 15).unwrap());
                assert!(!words.contains("month") && !words.contains('{'), "{words}");
            }
        }
    }

    #[test]
    fn every_day_is_said_as_fluent_formats_it() {
        let cat = Catalog::embedded().unwrap();
        let mut d = day("1999-12-25");
        let mut seen = 0;
        while d <= day("2029-01-10") {
            for lang in [Lang::En, Lang::Fr] {
                let fluent = cat.long_date_fluent(lang, d.month(), d.day(), d.year());
                assert_eq!(long_date(&cat, lang, d), fluent, "{d} {lang:?}");
            }
            d = d.succ_opt().unwrap();
            seen += 1;
        }
        assert!(seen > 10_000);
        for (d, lang, words) in [
            (NaiveDate::from_ymd_opt(987, 3, 1).unwrap(), Lang::Fr, "1er mars 987"),
            (NaiveDate::from_ymd_opt(12345, 6, 7).unwrap(), Lang::En, "June 7, 12345"),
            (NaiveDate::from_ymd_opt(-44, 3, 15).unwrap(), Lang::En, "March 15, -44"),
        ] {
            assert_eq!(long_date(&cat, lang, d), words);
            assert_eq!(cat.long_date_fluent(lang, d.month(), d.day(), d.year()), words);
        }
        // Moments too: the day and the time written into `date.time` as Fluent would.
        for at in ["2026-11-30T16:14:59Z", "2026-12-01T00:05:00Z", "2000-02-29T23:59:00Z"] {
            let at = at.parse::<DateTime<Utc>>().unwrap();
            for lang in [Lang::En, Lang::Fr] {
                let mut a = crate::reports::MessageArgs::new();
                a.set("date", long_date(&cat, lang, at.date_naive()));
                a.set("time", super::super::numbers::time(lang, at.time()));
                assert_eq!(date_time(&cat, lang, at), cat.format(lang, "date.time", &a));
            }
        }
    }

    #[test]
    fn a_moment_is_said_with_its_day_in_words_and_the_hour_as_each_language_writes_it() {
        let cat = Catalog::embedded().unwrap();
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        let plain = |s: String| s.replace('\u{a0}', " ");
        assert_eq!(plain(date_time(&cat, Lang::Fr, at("2026-11-30T16:14:59Z"))), "30 novembre 2026, 16 h 14 UTC");
        assert_eq!(plain(date_time(&cat, Lang::En, at("2026-11-30T16:14:59Z"))), "November 30, 2026, 4:14 p.m. UTC");
        assert_eq!(plain(date_time(&cat, Lang::Fr, at("2026-12-01T00:05:00Z"))), "1er décembre 2026, 0 h 05 UTC");
        assert_eq!(plain(date_time(&cat, Lang::En, at("2026-12-01T00:05:00Z"))), "December 1, 2026, 12:05 a.m. UTC");
        assert_eq!(plain(date_time(&cat, Lang::En, at("2026-07-04T12:00:00Z"))), "July 4, 2026, 12:00 p.m. UTC");
        // No ISO form is left in the words.
        for lang in [Lang::En, Lang::Fr] {
            let words = date_time(&cat, lang, at("2026-11-30T16:14:00Z"));
            assert!(!words.contains("2026-11") && !words.contains("16:14") && !words.contains('{'), "{words}");
        }
    }

    #[test]
    fn only_a_whole_iso_day_is_taken_for_a_date() {
        let cat = Catalog::embedded().unwrap();
        assert_eq!(date_or_text(&cat, Lang::Fr, "2026-11-14"), "14 novembre 2026");
        assert_eq!(date_or_text(&cat, Lang::Fr, "2026-11-20 v2"), "20 novembre 2026 v2");
        assert_eq!(date_or_text(&cat, Lang::En, "2026-11-20 v2"), "November 20, 2026 v2");
        for t in ["PSPC v1", "2026-11", "2026-13-01", "14/11/2026", "", "v2 2026-11-20", "2026-11-20T10:00:00Z"] {
            assert_eq!(date_or_text(&cat, Lang::Fr, t), t);
        }
    }
}
