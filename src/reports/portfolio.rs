//! The portfolio dashboard: spend-weighted forced- and child-labour risk by goods category × country of production,
//! and its trend by fiscal year (April–March). Pure arithmetic over declarations and their assessments.
//!
//! Spend is the `value_cad` of each line of a declaration's `Goods` sheet. A line's value is shared equally among the
//! sites that produce it (`produced_at`); a line that names none is shared among the tier-1 sites of its category,
//! or failing that all tier-1 sites; a declaration with no site at all counts in the supplier's own country at its
//! overall score. Each share carries the score of its site (which already includes what the site's suppliers carry),
//! and a cell's score is the spend-weighted mean of its shares.

use std::collections::HashMap;

use serde::Serialize;

use super::Catalog;
use super::helpers::format_money;
use super::views::{BandCell, Choice};
use crate::domain::{Band, CountryCode, FiscalYear, Lang};
use crate::scoring::RiskModel;
use crate::scoring::portfolio::{Cell, Dashboard, Weighted};

/// Which score the heat map colours its cells by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    Forced,
    Child,
}

impl Measure {
    /// `forced` (default) or `child`; anything else is `None`.
    pub fn parse(s: Option<&str>) -> Option<Measure> {
        match s {
            None | Some("forced") => Some(Measure::Forced),
            Some("child") => Some(Measure::Child),
            Some(_) => None,
        }
    }

    fn code(self) -> &'static str {
        match self {
            Measure::Forced => "forced",
            Measure::Child => "child",
        }
    }

    fn of(self, w: &Weighted) -> f64 {
        match self {
            Measure::Forced => w.forced,
            Measure::Child => w.child,
        }
    }
}

/// A column of the heat map.
#[derive(Debug, Clone, Serialize)]
pub struct CountryHead {
    pub code: String,
    pub name: String,
    pub spend: String,
}

/// A cell of the heat map as drawn: coloured by the chosen score, with its spend.
#[derive(Debug, Clone, Serialize)]
pub struct HeatCell {
    pub band: BandCell,
    pub other: BandCell,
    pub spend: String,
    pub declarations: usize,
    /// The declarations behind the cell, exactly those it counts: the home page's list by where their spend falls
    /// (`spend=true`), in the view's language — see [`cell_href`].
    pub href: String,
}

/// The `category` value of goods in no category, in a list by spend (`spend=true`).
pub const NO_CATEGORY: &str = "none";

/// The address of the declarations behind a heat-map cell:
/// `/?category=CODE&country=XX[&fy=YEAR]&spend=true&lang=LANG`, the home page's list of the declarations whose
/// spend the dashboard places in the cell ([`declarations_in`]; goods in no category, an empty code here, are
/// `category=none`).
pub fn cell_href(lang: Lang, category: &str, country: CountryCode, fiscal_year: Option<FiscalYear>) -> String {
    let mut query: Vec<(&str, String)> = Vec::with_capacity(5);
    query.push(("category", if category.is_empty() { NO_CATEGORY.to_string() } else { category.to_string() }));
    query.push(("country", country.as_str().to_string()));
    if let Some(fy) = fiscal_year {
        query.push(("fy", fy.first_year().to_string()));
    }
    query.push(("spend", "true".to_string()));
    query.push(("lang", lang.as_ref().to_string()));
    format!("/?{}", serde_urlencoded::to_string(&query).unwrap_or_default())
}

/// A row of the heat map: a goods category.
#[derive(Debug, Clone, Serialize)]
pub struct HeatRow {
    pub label: String,
    pub spend: String,
    pub cells: Vec<Option<HeatCell>>,
}

/// A fiscal year in the trend table and chart.
#[derive(Debug, Clone, Serialize)]
pub struct TrendRow {
    pub label: String,
    pub href_year: i32,
    pub spend: String,
    /// The year's scores and share at high risk; `None` (a dash) when its declarations carry no valued goods: no
    /// spend weighs nothing, and nothing is no low score.
    pub forced: Option<BandCell>,
    pub child: Option<BandCell>,
    pub high_percent: Option<f64>,
    pub declarations: usize,
    /// Chart position of the year and of each score (a year without spend has no point on the lines).
    pub x: f64,
    pub y_forced: f64,
    pub y_child: f64,
    pub has_spend: bool,
}

/// The trend chart's geometry (an inline SVG; the trend table beside it is its text alternative).
#[derive(Debug, Clone, Serialize)]
pub struct Chart {
    pub width: f64,
    pub height: f64,
    pub left: f64,
    pub right: f64,
    pub forced_points: String,
    pub child_points: String,
    /// Grid lines at the band limits (25, 50, 75) and the axis ends.
    pub grid: Vec<GridLine>,
}

#[derive(Debug, Clone, Serialize)]
pub struct GridLine {
    pub y: f64,
    pub label: String,
}

/// What the dashboard page and its exports show.
#[derive(Debug, Clone, Serialize)]
pub struct DashboardView {
    pub title: String,
    pub scope: String,
    pub measure: String,
    pub measure_label: String,
    pub other_label: String,
    pub years: Vec<Choice>,
    pub measures: Vec<Choice>,
    pub countries: Vec<CountryHead>,
    pub rows: Vec<HeatRow>,
    pub total_spend: String,
    /// The selection's scores and share of spend at high risk; `None` when it holds no valued spend (no declaration
    /// in the year, or none with a value): shown as a dash with [`DashboardView::no_spend`], never as "Low 0.0".
    pub total_forced: Option<BandCell>,
    pub total_child: Option<BandCell>,
    pub high_percent: Option<f64>,
    /// Why the totals have no score, in words ("no declaration in this year"); empty when they have one.
    pub no_spend: String,
    pub declarations: usize,
    pub unvalued_lines: usize,
    pub trend: Vec<TrendRow>,
    pub chart: Chart,
    /// The query string of this view (language, year, measure), for the export links.
    pub query: String,
}

fn category_label(model: &RiskModel, catalog: &Catalog, lang: Lang, code: &str) -> String {
    model.category_name(code, lang).unwrap_or_else(|| catalog.get(lang, "dashboard.unclassified")).to_string()
}

const CHART_W: f64 = 640.0;
const CHART_H: f64 = 240.0;
const CHART_LEFT: f64 = 48.0;
const CHART_RIGHT: f64 = 16.0;
/// The widest a character of the chart's 12 px labels is drawn (digits and dashes of a sans-serif face are ~0.6 em;
/// kept generous), so that a label centred on the first or last year stays inside the picture.
pub const CHART_CHAR_W: f64 = 7.5;
const CHART_TOP: f64 = 12.0;
const CHART_BOTTOM: f64 = 36.0;

fn chart_y(score: f64) -> f64 {
    let h = CHART_H - CHART_TOP - CHART_BOTTOM;
    CHART_TOP + (100.0 - score.clamp(0.0, 100.0)) / 100.0 * h
}

/// The page's view of a dashboard, in a language, cells coloured by one measure.
pub fn view(model: &RiskModel, catalog: &Catalog, lang: Lang, d: &Dashboard, measure: Measure) -> DashboardView {
    let band = |score: f64| BandCell::new(catalog, lang, Band::from_score(score), score);
    let money = |x: f64| format_money(lang, x);
    let cell_of: HashMap<(&str, CountryCode), &Cell> =
        d.cells.iter().map(|c| ((c.category.as_deref().unwrap_or(""), c.country), c)).collect();
    let other = match measure {
        Measure::Forced => Measure::Child,
        Measure::Child => Measure::Forced,
    };
    let rows = d
        .categories
        .iter()
        .zip(&d.category_spend)
        .map(|(code, spend)| {
            let cells: Vec<Option<HeatCell>> = d
                .countries
                .iter()
                .map(|country| {
                    cell_of.get(&(code.as_str(), *country)).map(|c| HeatCell {
                        band: band(measure.of(&c.risk)),
                        other: band(other.of(&c.risk)),
                        spend: money(c.risk.spend),
                        declarations: c.declarations,
                        href: cell_href(lang, code, *country, d.fiscal_year),
                    })
                })
                .collect();
            HeatRow { label: category_label(model, catalog, lang, code), spend: money(*spend), cells }
        })
        .collect();
    let countries = d
        .countries
        .iter()
        .zip(&d.country_spend)
        .map(|(c, spend)| CountryHead {
            code: c.as_str().to_string(),
            name: c.name(lang).to_string(),
            spend: money(*spend),
        })
        .collect();
    let n = d.trend.len();
    // The year labels are centred on their points: the margins hold half the widest one, plus a little air.
    let half_label =
        d.trend.iter().map(|t| t.fiscal_year.label().chars().count()).max().unwrap_or(0) as f64 * CHART_CHAR_W / 2.0
            + 4.0;
    let (left, right) = (CHART_LEFT.max(half_label), CHART_RIGHT.max(half_label));
    let span = CHART_W - left - right;
    let x_of = |i: usize| if n <= 1 { left + span / 2.0 } else { left + span * i as f64 / (n - 1) as f64 };
    let trend: Vec<TrendRow> = d
        .trend
        .iter()
        .enumerate()
        .map(|(i, t)| TrendRow {
            label: t.fiscal_year.label(),
            href_year: t.fiscal_year.first_year(),
            spend: money(t.risk.spend),
            forced: t.risk.has_spend().then(|| band(t.risk.forced)),
            child: t.risk.has_spend().then(|| band(t.risk.child)),
            high_percent: t.risk.has_spend().then(|| t.risk.high_percent()),
            declarations: t.declarations,
            x: x_of(i),
            y_forced: chart_y(t.risk.forced),
            y_child: chart_y(t.risk.child),
            has_spend: t.risk.has_spend(),
        })
        .collect();
    // The lines join the years that have spend; a year without is no point at zero.
    let points = |f: &dyn Fn(&TrendRow) -> f64| {
        trend.iter().filter(|t| t.has_spend).map(|t| format!("{:.1},{:.1}", t.x, f(t))).collect::<Vec<_>>().join(" ")
    };
    let chart = Chart {
        width: CHART_W,
        height: CHART_H,
        left,
        right: CHART_W - right,
        forced_points: points(&|t| t.y_forced),
        child_points: points(&|t| t.y_child),
        grid: [0.0, 25.0, 50.0, 75.0, 100.0]
            .iter()
            .map(|&s| GridLine { y: chart_y(s), label: format!("{s:.0}") })
            .collect(),
    };
    let t = |key: &str| catalog.get(lang, key).to_string();
    let scope = match d.fiscal_year {
        Some(fy) => t("dashboard.scope_year").replace("{year}", &fy.label()),
        None => t("dashboard.scope_current"),
    };
    let no_spend = match (d.total.has_spend(), d.declarations, d.fiscal_year) {
        (true, ..) => String::new(),
        (false, 0, Some(fy)) => t("dashboard.no_declaration_year").replace("{year}", &fy.label()),
        (false, 0, None) => t("dashboard.no_declaration"),
        (false, _, _) => t("dashboard.no_valued_goods"),
    };
    let mut years =
        vec![Choice { value: String::new(), label: t("dashboard.current"), selected: d.fiscal_year.is_none() }];
    years.extend(d.years.iter().map(|&y| Choice {
        value: y.to_string(),
        label: y.label(),
        selected: d.fiscal_year == Some(y),
    }));
    let measures = [Measure::Forced, Measure::Child]
        .into_iter()
        .map(|m| Choice {
            value: m.code().into(),
            label: t(&format!("dashboard.measure_{}", m.code())),
            selected: m == measure,
        })
        .collect();
    let mut query = vec![("lang", lang.as_ref().to_string()), ("kind", measure.code().to_string())];
    if let Some(fy) = d.fiscal_year {
        query.push(("fy", fy.first_year().to_string()));
    }
    DashboardView {
        title: t("dashboard.title"),
        scope,
        measure: measure.code().into(),
        measure_label: t(&format!("dashboard.measure_{}", measure.code())),
        other_label: t(&format!("dashboard.measure_{}", other.code())),
        years,
        measures,
        countries,
        rows,
        total_spend: money(d.total.spend),
        total_forced: d.total.has_spend().then(|| band(d.total.forced)),
        total_child: d.total.has_spend().then(|| band(d.total.child)),
        high_percent: d.total.has_spend().then(|| d.total.high_percent()),
        no_spend,
        declarations: d.declarations,
        unvalued_lines: d.unvalued_lines,
        trend,
        chart,
        query: serde_urlencoded::to_string(&query).unwrap_or_default(),
    }
}

/// The dashboard as rows for CSV or XLSX: one row a cell (category × country), then one row a fiscal year, headings
/// in the language; amounts in whole dollars and scores with one decimal, as plain numbers a spreadsheet can sum.
/// A row without valued spend (the totals of a year without declarations, a year whose goods carry no value) has
/// its scores, bands and share at high risk empty: no spend weighs no risk, which is not a low one.
pub fn export_rows(model: &RiskModel, catalog: &Catalog, lang: Lang, d: &Dashboard) -> Vec<Vec<String>> {
    let t = |key: &str| catalog.get(lang, key).to_string();
    let band = |s: f64| catalog.get(lang, &format!("band.{}", Band::from_score(s).as_ref())).to_string();
    let scope = d.fiscal_year.map_or_else(|| t("dashboard.current"), FiscalYear::label);
    let mut rows = vec![vec![
        t("dashboard.col_scope"),
        t("dashboard.col_category"),
        t("dashboard.col_country"),
        t("dashboard.col_country_code"),
        t("dashboard.col_spend"),
        t("dashboard.measure_forced"),
        t("dashboard.col_forced_band"),
        t("dashboard.measure_child"),
        t("dashboard.col_child_band"),
        t("dashboard.col_high_percent"),
        t("dashboard.col_declarations"),
    ]];
    let line = |scope: String, cat: String, country: (String, String), w: &Weighted, n: usize| {
        let some = |x: String| if w.has_spend() { x } else { String::new() };
        vec![
            scope,
            cat,
            country.0,
            country.1,
            format!("{:.0}", w.spend),
            some(format!("{:.1}", w.forced)),
            some(band(w.forced)),
            some(format!("{:.1}", w.child)),
            some(band(w.child)),
            some(format!("{:.1}", w.high_percent())),
            n.to_string(),
        ]
    };
    for c in &d.cells {
        let code = c.category.as_deref().unwrap_or("");
        let place = (c.country.name(lang).to_string(), c.country.as_str().to_string());
        rows.push(line(scope.clone(), category_label(model, catalog, lang, code), place, &c.risk, c.declarations));
    }
    // The totals name what they add up in each column ("All goods categories", "All countries"), not "All; All".
    let (categories, countries) = (t("dashboard.all_categories"), t("dashboard.all_countries"));
    rows.push(line(scope, categories.clone(), (countries.clone(), String::new()), &d.total, d.declarations));
    for y in &d.trend {
        let place = (countries.clone(), String::new());
        rows.push(line(y.fiscal_year.label(), categories.clone(), place, &y.risk, y.declarations));
    }
    rows
}

#[cfg(test)]
mod tests;
