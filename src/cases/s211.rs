//! The annual figures a department reports under the Fighting Against Forced Labour and Child Labour in Supply
//! Chains Act (S-211), for one fiscal year (April to March).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::Serialize;

use super::{CaseEvent, Contract, Instrument, Outcome};
pub use crate::domain::DeclarationCounts;
use crate::domain::{Band, FiscalYear};

/// What the figures are computed from.
pub struct S211Input<'a> {
    pub contracts: &'a [Contract],
    /// The declarations received in the year, counted (by the database from the score summaries, or by
    /// [`DeclarationCounts::count`]).
    pub declarations: &'a DeclarationCounts,
    /// Cases: when each was opened, and its record.
    pub cases: &'a [(NaiveDate, &'a [CaseEvent])],
}

/// One row of the assessments table: a goods category and a band, forced and child labour counted apart. The API
/// answers each code with its labels beside it, as every code of its answers: `category_label` (the risk model's
/// names of the category) and `band_label`, both `{"en": …, "fr": …}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct CategoryBandCount {
    pub category: String,
    #[schema(value_type = String)]
    pub band: Band,
    pub forced_labour: u32,
    pub child_labour: u32,
}

/// The year's figures.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct S211Figures {
    /// The fiscal year by its first year: 2026 is April 2026 to March 2027.
    pub fiscal_year: i32,
    pub label: String,
    pub contracts_in_force: u32,
    /// Contracts in force during the year that carry each instrument, by the instrument's code; the API answers
    /// `contracts_with_label` beside it, each code's label `{"en": …, "fr": …}` by the same keys.
    pub contracts_with: BTreeMap<String, u32>,
    /// Declarations received in the year and in force at its end: each chain of re-submissions (a supplier's
    /// corrected files for one bid) once, by its newest file ([`DeclarationCounts`]).
    pub declarations_received: u32,
    /// Sites of production the declarations counted in `declarations_received` disclosed.
    pub site_disclosures_received: u32,
    /// Every declaration file received in the year, re-submissions included.
    pub files_received: u32,
    /// The latest assessments of the declarations counted in `declarations_received`, by goods category and band.
    pub assessments: Vec<CategoryBandCount>,
    pub cases_opened: u32,
    pub cases_remediated: u32,
    pub cases_terminated: u32,
    pub isp_referrals: u32,
}

/// Computes the figures of fiscal year `fy`.
pub fn figures(fy: FiscalYear, input: &S211Input) -> S211Figures {
    let (start, end) = (fy.first_day(), fy.last_day());
    let in_force: Vec<&Contract> =
        input.contracts.iter().filter(|c| c.awarded_on <= end && c.ends_on.is_none_or(|e| e >= start)).collect();
    let mut contracts_with = BTreeMap::new();
    for c in &in_force {
        for (instrument, on) in super::in_force(c) {
            let n = contracts_with.entry(instrument.to_string()).or_insert(0u32);
            if on {
                *n += 1;
            }
        }
    }
    if in_force.is_empty() {
        use strum::IntoEnumIterator;
        for i in Instrument::iter() {
            contracts_with.insert(i.to_string(), 0);
        }
    }
    let decided_in_year = |events: &[CaseEvent], pick: fn(Outcome) -> bool| {
        events.iter().any(|e| matches!(e, CaseEvent::Decision(d) if pick(d.outcome) && fy.contains(d.decided_on)))
    };
    let cases_in_year = |pick: fn(Outcome) -> bool| {
        u32::try_from(input.cases.iter().filter(|(_, ev)| decided_in_year(ev, pick)).count()).unwrap_or(u32::MAX)
    };
    S211Figures {
        fiscal_year: fy.first_year(),
        label: fy.short_label(),
        contracts_in_force: u32::try_from(in_force.len()).unwrap_or(u32::MAX),
        contracts_with,
        declarations_received: input.declarations.received,
        site_disclosures_received: input.declarations.site_disclosures,
        files_received: input.declarations.files_received,
        assessments: input
            .declarations
            .category_bands
            .iter()
            .map(|((category, band), (f, c))| (category.clone(), *band, *f, *c))
            .map(|(category, band, f, c)| CategoryBandCount { category, band, forced_labour: f, child_labour: c })
            .collect(),
        cases_opened: u32::try_from(input.cases.iter().filter(|(d, _)| fy.contains(*d)).count()).unwrap_or(u32::MAX),
        cases_remediated: cases_in_year(|o| o == Outcome::Remediate),
        cases_terminated: cases_in_year(Outcome::terminates),
        isp_referrals: u32::try_from(
            input
                .cases
                .iter()
                .filter(|(_, ev)| {
                    ev.iter()
                        .any(|e| matches!(e, CaseEvent::Decision(d) if d.isp_referral && fy.contains(d.decided_on)))
                })
                .count(),
        )
        .unwrap_or(u32::MAX),
    }
}

/// The words of the CSV's label columns, in the language asked for: a measure by its code (`contracts_in_force`,
/// `contracts_with_INSTRUMENT`, `assessments_forced_labour` …), a goods category by its code, a band.
pub struct CsvWords<'a> {
    pub measure: &'a dyn Fn(&str) -> String,
    pub category: &'a dyn Fn(&str) -> String,
    pub band: &'a dyn Fn(Band) -> String,
}

/// The figures as CSV rows for analysts: each code (measure, category, band) in its own column, stable from year to
/// year and in both languages, so that years and departments can be joined on it; its words in the language asked for
/// in the column after it. The header is the columns' codes, as the README documents them and as programs read them
/// in any language: `fiscal_year,measure,measure_label,category,category_label,band,band_label,value`.
pub fn to_csv(f: &S211Figures, words: &CsvWords) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "fiscal_year",
        "measure",
        "measure_label",
        "category",
        "category_label",
        "band",
        "band_label",
        "value",
    ])?;
    let fy = f.label.as_str();
    let mut row = |measure: &str, category: &str, band: Option<Band>, value: u32| {
        let category_label = if category.is_empty() { String::new() } else { (words.category)(category) };
        w.write_record([
            fy,
            measure,
            &(words.measure)(measure),
            category,
            &category_label,
            &band.map(|b| b.to_string()).unwrap_or_default(),
            &band.map(|b| (words.band)(b)).unwrap_or_default(),
            &value.to_string(),
        ])
    };
    row("contracts_in_force", "", None, f.contracts_in_force)?;
    for (instrument, n) in &f.contracts_with {
        row(&format!("contracts_with_{instrument}"), "", None, *n)?;
    }
    row("declarations_received", "", None, f.declarations_received)?;
    row("site_disclosures_received", "", None, f.site_disclosures_received)?;
    row("files_received", "", None, f.files_received)?;
    for a in &f.assessments {
        row("assessments_forced_labour", &a.category, Some(a.band), a.forced_labour)?;
        row("assessments_child_labour", &a.category, Some(a.band), a.child_labour)?;
    }
    row("cases_opened", "", None, f.cases_opened)?;
    row("cases_remediated", "", None, f.cases_remediated)?;
    row("cases_terminated", "", None, f.cases_terminated)?;
    row("isp_referrals", "", None, f.isp_referrals)?;
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}
