//! The portfolio dashboard's arithmetic: spend-weighted forced- and child-labour risk by goods category × country of
//! production, and its trend by fiscal year (April–March). Pure arithmetic over declarations and their assessments;
//! `storage` keeps its per-assessment sums and adds them up, `reports::portfolio` puts the result into words.
//!
//! Spend is the `value_cad` of each line of a declaration's `Goods` sheet. A line's value is shared equally among the
//! sites that produce it (`produced_at`); a line that names none is shared among the tier-1 sites of its category,
//! or failing that all tier-1 sites; a declaration with no site at all counts in the supplier's own country at its
//! overall score. Each share carries the score of its site (which already includes what the site's suppliers carry),
//! and a cell's score is the spend-weighted mean of its shares. A share is in the goods category of its line's words
//! and code; where they name none, in its site's (the declaration's goods categories are its sites'), so that a
//! clothing bid whose item reads as nothing the model knows still counts as clothing; goods in no category are those
//! whose line and site both name none.

use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;

use chrono::NaiveDate;

use serde::Serialize;

use super::RiskModel;
use crate::domain::{Classification, CountryCode, FiscalYear};
pub use crate::domain::{PortfolioGoods, PortfolioInput, PortfolioSite, ShareSum};
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
                // Words that place the line in no category ("Coveralls, navy", a code the model does not map) leave
                // it in the declaration's goods categories: those of the sites that make it.
                category: category.clone().or_else(|| s.category.clone()),
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

    /// Whether the group holds any valued spend: without, its scores (0) weigh nothing and say no risk, low or other.
    pub fn has_spend(&self) -> bool {
        self.spend > 0.0
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
