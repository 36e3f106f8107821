//! Canada's federal fiscal year: April 1 to March 31, named by the calendar year it starts in (fiscal year 2026 is
//! April 1, 2026 to March 31, 2027), as the Financial Administration Act (s. 2) sets it.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// A fiscal year, by its first year. Serialised as that year (`2026`), as every answer and query gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FiscalYear(i32);

/// A fiscal year asked for that is not a year of the accepted range ([`FiscalYear::parse`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("“{given}”: a fiscal year from {first} to {latest}, by its first year (2026 for 2026–2027)")]
pub struct FiscalYearError {
    /// What was given, trimmed.
    pub given: String,
    /// The first and latest years accepted.
    pub first: i32,
    pub latest: i32,
}

impl FiscalYearError {
    /// What is wrong as a message of the catalogues (`fiscal_year.refused`), naming the parameter (`fy`,
    /// `fiscal_year`) that carried it; the years as they are written (`2026`, never grouped as a number).
    pub fn message(&self, parameter: &str) -> super::Message {
        super::Message::new("fiscal_year.refused")
            .text("parameter", parameter)
            .text("given", self.given.as_str())
            .text("first", self.first.to_string())
            .text("latest", self.latest.to_string())
    }

    /// What is wrong, naming the parameter (`fy`, `fiscal_year`) that carried it, in English and in French: the
    /// words [`FiscalYearError::message`] says (a test holds both to the catalogues), for the callers that take text.
    pub fn messages(&self, parameter: &str) -> (String, String) {
        let (given, first, latest) = (&self.given, self.first, self.latest);
        (
            format!(
                "{parameter} “{given}”: a fiscal year from {first} to {latest}, by its first year (2026 for 2026–2027)"
            ),
            format!(
                "{parameter} «\u{a0}{given}\u{a0}»\u{a0}: un exercice de {first} à {latest}, désigné par sa première \
                 année (2026 pour 2026-2027)"
            ),
        )
    }
}

impl FiscalYear {
    /// The earliest fiscal year that may be asked for: the service holds nothing older (federal supply-chain
    /// reporting starts in 2024; 2000 leaves room for back-filled records).
    pub const FIRST_ACCEPTED: i32 = 2000;

    /// The fiscal year starting in April of `first_year`.
    pub const fn starting_in(first_year: i32) -> FiscalYear {
        FiscalYear(first_year)
    }

    /// The fiscal year a date falls in: 2026-03-31 → 2025, 2026-04-01 → 2026.
    pub fn containing(date: NaiveDate) -> FiscalYear {
        FiscalYear(if date.month() >= 4 { date.year() } else { date.year() - 1 })
    }

    /// The latest fiscal year that may be asked for on `today`: the one after the current one (a report prepared
    /// ahead of its year).
    pub fn latest_accepted(today: NaiveDate) -> FiscalYear {
        FiscalYear(FiscalYear::containing(today).0.saturating_add(1))
    }

    /// A fiscal year as a request names it (`2026`, spaces around allowed): a year from
    /// [`FiscalYear::FIRST_ACCEPTED`] to [`FiscalYear::latest_accepted`] on `today`. The one parser of every `fy` and
    /// `fiscal_year` parameter.
    pub fn parse(raw: &str, today: NaiveDate) -> Result<FiscalYear, FiscalYearError> {
        let given = raw.trim();
        let latest = FiscalYear::latest_accepted(today).0;
        given
            .parse::<i32>()
            .ok()
            .filter(|y| (FiscalYear::FIRST_ACCEPTED..=latest).contains(y))
            .map(FiscalYear)
            .ok_or_else(|| FiscalYearError { given: given.to_string(), first: FiscalYear::FIRST_ACCEPTED, latest })
    }

    /// Its first year: 2026 for April 2026 to March 2027.
    pub fn first_year(self) -> i32 {
        self.0
    }

    /// The fiscal year before it.
    pub fn previous(self) -> FiscalYear {
        FiscalYear(self.0.saturating_sub(1))
    }

    /// The fiscal year after it.
    pub fn next(self) -> FiscalYear {
        FiscalYear(self.0.saturating_add(1))
    }

    /// April 1 of its first year (the earliest date chrono knows for a year beyond its range).
    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.0, 4, 1).unwrap_or(NaiveDate::MIN)
    }

    /// March 31 of the year after (the latest date chrono knows for a year beyond its range).
    pub fn last_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.0.saturating_add(1), 3, 31).unwrap_or(NaiveDate::MAX)
    }

    /// Whether a date falls in it.
    pub fn contains(self, date: NaiveDate) -> bool {
        FiscalYear::containing(date) == self
    }

    /// Its name on pages and in exports, in both languages: `2026–2027`.
    pub fn label(self) -> String {
        format!("{}–{}", self.0, self.0.saturating_add(1))
    }

    /// Its short name in the S-211 report's figures (JSON and CSV): `2026-27`.
    pub fn short_label(self) -> String {
        format!("{}-{:02}", self.0, self.0.saturating_add(1).rem_euclid(100))
    }
}

/// Written as its first year (`2026`): how a query names it.
impl fmt::Display for FiscalYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_fiscal_year_runs_from_april_first_to_march_thirty_first() {
        assert_eq!(FiscalYear::containing(d("2026-03-31")).first_year(), 2025);
        assert_eq!(FiscalYear::containing(d("2026-04-01")).first_year(), 2026);
        assert_eq!(FiscalYear::containing(d("2027-01-15")).first_year(), 2026);
        let fy = FiscalYear::starting_in(2026);
        assert_eq!((fy.first_day(), fy.last_day()), (d("2026-04-01"), d("2027-03-31")));
        assert_eq!((fy.label(), fy.short_label()), ("2026–2027".to_string(), "2026-27".to_string()));
        assert_eq!(FiscalYear::starting_in(1999).short_label(), "1999-00");
    }

    #[test]
    fn parsing_accepts_two_thousand_to_next_year_and_names_the_parameter_otherwise() {
        let today = d("2026-11-29");
        assert_eq!(FiscalYear::parse(" 2000 ", today), Ok(FiscalYear::starting_in(2000)));
        assert_eq!(FiscalYear::parse("2027", today), Ok(FiscalYear::starting_in(2027)));
        for bad in ["1999", "2028", "twenty", "", "2026-27", "2026.0"] {
            let e = FiscalYear::parse(bad, today).unwrap_err();
            assert_eq!((e.first, e.latest), (2000, 2027));
            let (en, fr) = e.messages("fy");
            assert!(en.starts_with("fy “") && fr.starts_with("fy «\u{a0}"), "{en} / {fr}");
            assert!(en.contains("2000 to 2027") && fr.contains("2000 à 2027"), "{en} / {fr}");
        }
    }

    #[test]
    fn a_refused_fiscal_year_is_said_by_the_catalogues_in_both_languages_with_french_spacing() {
        let c = crate::reports::Catalog::embedded().unwrap();
        for bad in ["1999", "twenty", "", "12345"] {
            let e = FiscalYear::parse(bad, d("2026-11-29")).unwrap_err();
            let (en, fr) = c.say_both(&e.message("fiscal_year"));
            assert_eq!(
                (en.as_str(), fr.as_str()),
                (e.messages("fiscal_year").0.as_str(), e.messages("fiscal_year").1.as_str())
            );
            // Years are written as years, never grouped as numbers (`2 000`).
            assert!(en.contains("from 2000 to 2027") && fr.contains("de 2000 à 2027"), "{en} / {fr}");
            assert!(fr.contains(&format!("«\u{a0}{bad}\u{a0}»\u{a0}: un exercice")), "{fr}");
        }
    }

    proptest! {
        #[test]
        fn every_date_is_in_the_fiscal_year_containing_it_and_between_its_first_and_last_day(
            days in 0i64..200_000,
        ) {
            let date = d("1900-01-01") + chrono::Duration::days(days);
            let fy = FiscalYear::containing(date);
            prop_assert!(fy.first_day() <= date && date <= fy.last_day());
            prop_assert!(fy.contains(date));
            prop_assert_eq!(fy.next().first_day(), fy.last_day() + chrono::Duration::days(1));
        }

        #[test]
        fn a_year_parses_exactly_when_it_is_in_range_and_round_trips_through_display(
            year in -5000i32..5000,
            days in 0i64..60_000,
        ) {
            let today = d("2000-01-01") + chrono::Duration::days(days);
            let latest = FiscalYear::containing(today).first_year() + 1;
            let parsed = FiscalYear::parse(&year.to_string(), today);
            prop_assert_eq!(parsed.is_ok(), (2000..=latest).contains(&year));
            if let Ok(fy) = parsed {
                prop_assert_eq!(FiscalYear::parse(&fy.to_string(), today), Ok(fy));
            }
        }
    }
}
