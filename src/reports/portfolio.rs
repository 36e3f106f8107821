//! The portfolio dashboard: spend-weighted forced- and child-labour risk by goods category × country of production,
//! and its trend by fiscal year (April–March). Pure arithmetic over declarations and their assessments.
//!
//! Spend is the `value_cad` of each line of a declaration's `Goods` sheet. A line's value is shared equally among the
//! sites that produce it (`produced_at`); a line that names none is shared among the tier-1 sites of its category,
//! or failing that all tier-1 sites; a declaration with no site at all counts in the supplier's own country at its
//! overall score. Each share carries the score of its site (which already includes what the site's suppliers carry),
//! and a cell's score is the spend-weighted mean of its shares.

use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;

use chrono::NaiveDate;

use serde::Serialize;

use super::Catalog;
use super::helpers::format_money;
use super::views::{BandCell, Choice};
use crate::domain::{Band, Classification, CountryCode, FiscalYear, Lang};
pub use crate::domain::{PortfolioGoods, PortfolioInput, PortfolioSite, ShareSum};
use crate::scoring::RiskModel;

/// A part of a goods line's value, placed in a category and a country, with the risk it carries.
#[derive(Debug, Clone, PartialEq)]
pub struct Share {
    /// The model's goods category code, `None` when the goods fit no category.
    pub category: Option<String>,
    pub country: CountryCode,
    pub value: f64,
    pub forced: f64,
    pub child: f64,
}

fn producing_sites<'a>(
    i: &'a PortfolioInput,
    produced_at: &[String],
    category: Option<&str>,
) -> Vec<&'a PortfolioSite> {
    let named: Vec<&PortfolioSite> = i.sites.iter().filter(|s| produced_at.contains(&s.site_ref)).collect();
    if !named.is_empty() {
        return named;
    }
    let tier1 = || i.sites.iter().filter(|s| s.tier == Some(1));
    let same_category: Vec<&PortfolioSite> =
        tier1().filter(|s| category.is_some() && s.category.as_deref() == category).collect();
    if !same_category.is_empty() {
        return same_category;
    }
    tier1().collect()
}

/// The model's goods category of each distinct goods line (classification and words), found once: a portfolio
/// repeats the same lines across its declarations, and classifying one reads every keyword of every category.
struct Categories<'m> {
    model: &'m RiskModel,
    known: HashMap<(Option<Classification>, String), Option<String>>,
}

impl<'m> Categories<'m> {
    fn new(model: &'m RiskModel) -> Self {
        Categories { model, known: HashMap::new() }
    }

    fn of(&mut self, item: &PortfolioGoods) -> Option<String> {
        let words = format!("{} {}", item.item, item.description.as_deref().unwrap_or(""));
        let model = self.model;
        self.known
            .entry((item.classification.clone(), words))
            .or_insert_with_key(|(classification, words)| {
                model.classify(classification.as_ref(), words).map(|c| c.code.clone())
            })
            .clone()
    }
}

/// The shares of every valued goods line of a declaration; also how many lines carry no value.
pub fn shares(model: &RiskModel, i: &PortfolioInput) -> (Vec<Share>, usize) {
    shares_in(&mut Categories::new(model), i)
}

fn shares_in(categories: &mut Categories, i: &PortfolioInput) -> (Vec<Share>, usize) {
    let mut out = Vec::new();
    let mut unvalued = 0;
    for item in &i.goods {
        let Some(value) = item.value_cad.filter(|v| v.is_finite() && *v > 0.0) else {
            unvalued += 1;
            continue;
        };
        let category = categories.of(item);
        let sites = producing_sites(i, &item.produced_at, category.as_deref());
        if sites.is_empty() {
            out.push(Share { category, country: i.supplier_country, value, forced: i.forced, child: i.child });
            continue;
        }
        let part = value / sites.len() as f64;
        for s in sites {
            out.push(Share {
                category: category.clone(),
                country: s.country,
                value: part,
                forced: s.forced,
                child: s.child,
            });
        }
    }
    (out, unvalued)
}

/// The sums of a declaration's shares ([`shares`]) by goods category and country of production (in that order), and
/// how many of its goods lines carry no value: what storage keeps of an assessment for the dashboard
/// (`portfolio_share`, `portfolio_basis`).
pub fn share_sums(model: &RiskModel, i: &PortfolioInput) -> (Vec<(Option<String>, CountryCode, ShareSum)>, usize) {
    let (by_cell, unvalued) = sums_in(&mut Categories::new(model), i);
    (by_cell.into_iter().map(|((category, country), s)| (category, country, s)).collect(), unvalued)
}

type CellSums = BTreeMap<(Option<String>, CountryCode), ShareSum>;

fn sums_in(categories: &mut Categories, i: &PortfolioInput) -> (CellSums, usize) {
    let (shares, unvalued) = shares_in(categories, i);
    let mut out = CellSums::new();
    for s in shares {
        out.entry((s.category, s.country)).or_default().add_share(s.value, s.forced, s.child);
    }
    (out, unvalued)
}

/// Spend and spend-weighted scores of a group of shares.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Weighted {
    pub spend: f64,
    pub forced: f64,
    pub child: f64,
    /// Spend whose higher score of the two is 50 or more (band high or critical).
    pub high_spend: f64,
}

/// `x` to the nearest multiple of `1 / per`.
fn rounded(x: f64, per: f64) -> f64 {
    (x * per).round() / per
}

impl Weighted {
    /// The figures of a group from its sums: scores are the weighted means Σ(v·x)/Σv to the nearest 10⁻⁹ point, and
    /// amounts to the nearest millionth of a dollar. The sums are added in whatever order the database or memory
    /// holds them, so their last binary digits differ from one order to another; rounded, the figures do not, and a
    /// mean whose exact value is a band limit (all shares at 50, say) is that limit, never 49.99999999999999.
    pub fn from_sum(s: &ShareSum) -> Weighted {
        if s.spend <= 0.0 {
            return Weighted::default();
        }
        Weighted {
            spend: rounded(s.spend, 1e6),
            forced: rounded(s.forced_spend / s.spend, 1e9),
            child: rounded(s.child_spend / s.spend, 1e9),
            high_spend: rounded(s.high_spend, 1e6),
        }
    }

    /// The share of spend in a high or critical band, 0 to 100.
    pub fn high_percent(&self) -> f64 {
        if self.spend > 0.0 { 100.0 * self.high_spend / self.spend } else { 0.0 }
    }
}

/// One cell of the heat map.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    pub category: Option<String>,
    pub country: CountryCode,
    pub risk: Weighted,
    /// How many declarations contribute to it.
    pub declarations: usize,
}

/// A fiscal year's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TrendPoint {
    pub fiscal_year: FiscalYear,
    pub risk: Weighted,
    pub declarations: usize,
}

/// The dashboard's figures for one selection of declarations.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dashboard {
    /// `None`: the current declarations; a year: the declarations as they stood within that fiscal year.
    pub fiscal_year: Option<FiscalYear>,
    pub total: Weighted,
    pub declarations: usize,
    /// Goods lines without a value, left out of the spend.
    pub unvalued_lines: usize,
    /// Category codes, highest spend first ("" = goods in no category, last).
    pub categories: Vec<String>,
    /// Countries of production, highest spend first.
    pub countries: Vec<CountryCode>,
    /// The spend of each category and of each country, in the order above.
    pub category_spend: Vec<f64>,
    pub country_spend: Vec<f64>,
    /// The cells in the order they are shown (category by category, country by country); empty cells left out.
    pub cells: Vec<Cell>,
    /// Every fiscal year that has declarations, oldest first.
    pub trend: Vec<TrendPoint>,
    /// Fiscal years that can be selected, newest first.
    pub years: Vec<FiscalYear>,
}

/// What choosing a declaration for a selection reads of it.
struct Standing<K> {
    id: i64,
    supplier_id: i64,
    current: bool,
    date: NaiveDate,
    solicitation: Option<K>,
}

/// The declarations a selection stands on ([`select`]), for any kind of item `standing` describes.
fn select_by<'a, T, K: Hash + Eq>(
    items: &'a [T],
    fy: Option<FiscalYear>,
    standing: impl Fn(&'a T) -> Standing<K>,
) -> Vec<&'a T> {
    let Some(fy) = fy else { return items.iter().filter(|i| standing(i).current).collect() };
    let mut latest: HashMap<(i64, Option<K>), (NaiveDate, i64, &T)> = HashMap::new();
    for i in items {
        let s = standing(i);
        if !fy.contains(s.date) {
            continue;
        }
        let newer = |old: &(NaiveDate, i64, &T)| (s.date, s.id) > (old.0, old.1);
        let key = (s.supplier_id, s.solicitation);
        if latest.get(&key).is_none_or(newer) {
            latest.insert(key, (s.date, s.id, i));
        }
    }
    let mut out: Vec<(i64, &T)> = latest.into_values().map(|(_, id, i)| (id, i)).collect();
    out.sort_by_key(|(id, _)| *id);
    out.into_iter().map(|(_, i)| i).collect()
}

/// The declarations a selection stands on: the current ones, or for a fiscal year each supplier's latest
/// declaration per solicitation (or standing declaration) dated within that year.
pub fn select(inputs: &[PortfolioInput], fy: Option<FiscalYear>) -> Vec<&PortfolioInput> {
    select_by(inputs, fy, |i| Standing {
        id: i.declaration_id,
        supplier_id: i.supplier_id,
        current: i.current,
        date: i.declaration_date,
        solicitation: i.solicitation_number.as_deref(),
    })
}

/// One assessed declaration as the dashboard reads it from storage: what choosing it for a selection reads
/// ([`select`]), its goods lines without a value, and the sums of all its shares.
#[derive(Debug, Clone, PartialEq)]
pub struct DeclarationSums {
    pub declaration_id: i64,
    pub supplier_id: i64,
    /// Whether no newer declaration supersedes it.
    pub current: bool,
    pub declaration_date: NaiveDate,
    /// The solicitation's id in storage (any key that is the same for the same solicitation will do).
    pub solicitation: Option<i64>,
    pub unvalued_lines: usize,
    pub total: ShareSum,
}

/// The declarations of `all` a selection stands on ([`select`]).
pub fn select_sums(all: &[DeclarationSums], fy: Option<FiscalYear>) -> Vec<&DeclarationSums> {
    select_by(all, fy, |d| Standing {
        id: d.declaration_id,
        supplier_id: d.supplier_id,
        current: d.current,
        date: d.declaration_date,
        solicitation: d.solicitation,
    })
}

/// A heat-map cell's sums over a selection, and how many of its declarations have a share in it.
#[derive(Debug, Clone, PartialEq)]
pub struct CellSum {
    pub category: Option<String>,
    pub country: CountryCode,
    pub sum: ShareSum,
    pub declarations: usize,
}

/// Which heat-map cells a list of declarations stands for: a goods category (`Some(None)`: goods in no category;
/// `None`: any) and a country of production (`None`: any).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CellFilter {
    pub category: Option<Option<String>>,
    pub country: Option<CountryCode>,
}

impl CellFilter {
    fn holds(&self, s: &Share) -> bool {
        self.category.as_ref().is_none_or(|c| *c == s.category) && self.country.is_none_or(|c| c == s.country)
    }
}

/// The declarations a heat-map cell counts ([`Cell::declarations`]): those of the selection `fy` ([`select`]) with a
/// share of spend ([`shares`]) in the cells `filter` selects, by id. The same selection and the same shares as the
/// dashboard, so a cell's number and the list its link opens (`/?…&spend=true`) are the same declarations.
pub fn declarations_in(
    model: &RiskModel,
    inputs: &[PortfolioInput],
    fy: Option<FiscalYear>,
    filter: &CellFilter,
) -> Vec<i64> {
    let mut categories = Categories::new(model);
    let mut ids: Vec<i64> = select(inputs, fy)
        .into_iter()
        .filter(|i| shares_in(&mut categories, i).0.iter().any(|s| filter.holds(s)))
        .map(|i| i.declaration_id)
        .collect();
    ids.sort_unstable();
    ids
}

/// The dashboard for the current declarations (`fy = None`) or a fiscal year, from declarations in memory. Storage
/// gives the same from its sums (`Store::portfolio_dashboard`, through [`assemble`]).
pub fn dashboard(model: &RiskModel, inputs: &[PortfolioInput], fy: Option<FiscalYear>) -> Dashboard {
    let mut categories = Categories::new(model);
    let mut solicitations: HashMap<&str, i64> = HashMap::new();
    let mut cells_of: HashMap<i64, CellSums> = HashMap::new();
    let mut all = Vec::with_capacity(inputs.len());
    for i in inputs {
        let (cells, unvalued_lines) = sums_in(&mut categories, i);
        let mut total = ShareSum::default();
        for s in cells.values() {
            total.merge(s);
        }
        let next = solicitations.len() as i64;
        all.push(DeclarationSums {
            declaration_id: i.declaration_id,
            supplier_id: i.supplier_id,
            current: i.current,
            declaration_date: i.declaration_date,
            solicitation: i.solicitation_number.as_deref().map(|n| *solicitations.entry(n).or_insert(next)),
            unvalued_lines,
            total,
        });
        cells_of.insert(i.declaration_id, cells);
    }
    let mut cells: BTreeMap<(Option<String>, CountryCode), (ShareSum, usize)> = BTreeMap::new();
    for d in select_sums(&all, fy) {
        for (key, s) in cells_of.get(&d.declaration_id).into_iter().flatten() {
            let cell = cells.entry(key.clone()).or_default();
            cell.0.merge(s);
            cell.1 += 1;
        }
    }
    let cells = cells
        .into_iter()
        .map(|((category, country), (sum, declarations))| CellSum { category, country, sum, declarations })
        .collect();
    assemble(&all, fy, cells)
}

/// The dashboard from every assessed declaration's sums (`all`) and the sums of each heat-map cell over the selection
/// `fy` ([`select_sums`]).
pub fn assemble(all: &[DeclarationSums], fy: Option<FiscalYear>, cells: Vec<CellSum>) -> Dashboard {
    let chosen = select_sums(all, fy);
    let totals = |chosen: &[&DeclarationSums]| {
        let mut sum = ShareSum::default();
        for d in chosen {
            sum.merge(&d.total);
        }
        Weighted::from_sum(&sum)
    };
    let total = totals(&chosen);
    let unvalued_lines = chosen.iter().map(|d| d.unvalued_lines).sum();
    let mut cells: Vec<Cell> = cells
        .into_iter()
        .map(|c| Cell {
            category: c.category,
            country: c.country,
            risk: Weighted::from_sum(&c.sum),
            declarations: c.declarations,
        })
        .collect();
    let mut category_spend: HashMap<Option<String>, f64> = HashMap::new();
    let mut country_spend: HashMap<CountryCode, f64> = HashMap::new();
    for c in &cells {
        *category_spend.entry(c.category.clone()).or_default() += c.risk.spend;
        *country_spend.entry(c.country).or_default() += c.risk.spend;
    }
    // Highest spend first, goods in no category last; ties by code for a stable order.
    let mut categories: Vec<(Option<String>, f64)> = category_spend.into_iter().collect();
    categories.sort_by(|(a, x), (b, y)| {
        (a.is_none(), -x, a).partial_cmp(&(b.is_none(), -y, b)).unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut countries: Vec<(CountryCode, f64)> = country_spend.into_iter().collect();
    countries.sort_by(|(a, x), (b, y)| y.partial_cmp(x).unwrap_or(std::cmp::Ordering::Equal).then(a.cmp(b)));
    // Cells in the order they are shown: row by row, column by column.
    let row_of: HashMap<&Option<String>, usize> = categories.iter().enumerate().map(|(i, (k, _))| (k, i)).collect();
    let col_of: HashMap<CountryCode, usize> = countries.iter().enumerate().map(|(i, (k, _))| (*k, i)).collect();
    cells.sort_by_key(|c| (row_of.get(&c.category).copied(), col_of.get(&c.country).copied()));
    let mut years: Vec<FiscalYear> = all.iter().map(|d| FiscalYear::containing(d.declaration_date)).collect();
    years.sort_unstable();
    years.dedup();
    let trend = years
        .iter()
        .map(|&y| {
            let chosen = select_sums(all, Some(y));
            TrendPoint { fiscal_year: y, risk: totals(&chosen), declarations: chosen.len() }
        })
        .collect();
    years.reverse();
    Dashboard {
        fiscal_year: fy,
        total,
        declarations: chosen.len(),
        unvalued_lines,
        category_spend: categories.iter().map(|(_, x)| *x).collect(),
        country_spend: countries.iter().map(|(_, x)| *x).collect(),
        categories: categories.into_iter().map(|(k, _)| k.unwrap_or_default()).collect(),
        countries: countries.into_iter().map(|(k, _)| k).collect(),
        cells,
        trend,
        years,
    }
}

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
    pub forced: BandCell,
    pub child: BandCell,
    pub high_percent: f64,
    pub declarations: usize,
    /// Chart position of the year and of each score.
    pub x: f64,
    pub y_forced: f64,
    pub y_child: f64,
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
    pub total_forced: BandCell,
    pub total_child: BandCell,
    pub high_percent: f64,
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
            forced: band(t.risk.forced),
            child: band(t.risk.child),
            high_percent: t.risk.high_percent(),
            declarations: t.declarations,
            x: x_of(i),
            y_forced: chart_y(t.risk.forced),
            y_child: chart_y(t.risk.child),
        })
        .collect();
    let points = |f: &dyn Fn(&TrendRow) -> f64| {
        trend.iter().map(|t| format!("{:.1},{:.1}", t.x, f(t))).collect::<Vec<_>>().join(" ")
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
        total_forced: band(d.total.forced),
        total_child: band(d.total.child),
        high_percent: d.total.high_percent(),
        declarations: d.declarations,
        unvalued_lines: d.unvalued_lines,
        trend,
        chart,
        query: serde_urlencoded::to_string(&query).unwrap_or_default(),
    }
}

/// The dashboard as rows for CSV or XLSX: one row a cell (category × country), then one row a fiscal year, headings
/// in the language; amounts in whole dollars and scores with one decimal, as plain numbers a spreadsheet can sum.
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
        vec![
            scope,
            cat,
            country.0,
            country.1,
            format!("{:.0}", w.spend),
            format!("{:.1}", w.forced),
            band(w.forced),
            format!("{:.1}", w.child),
            band(w.child),
            format!("{:.1}", w.high_percent()),
            n.to_string(),
        ]
    };
    for c in &d.cells {
        let code = c.category.as_deref().unwrap_or("");
        let place = (c.country.name(lang).to_string(), c.country.as_str().to_string());
        rows.push(line(scope.clone(), category_label(model, catalog, lang, code), place, &c.risk, c.declarations));
    }
    let all = t("dashboard.all");
    rows.push(line(scope, all.clone(), (all.clone(), String::new()), &d.total, d.declarations));
    for y in &d.trend {
        rows.push(line(y.fiscal_year.label(), all.clone(), (all.clone(), String::new()), &y.risk, y.declarations));
    }
    rows
}

#[cfg(test)]
mod tests;
