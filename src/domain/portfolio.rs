//! What the portfolio dashboard reads of one stored declaration (`scoring::portfolio` does the arithmetic): its
//! scores, goods lines and the sites a share of spend can go to. Storage fills it from its summaries
//! (`Store::portfolio_inputs`) without reading any document; [`PortfolioInput::new`] builds the same from a
//! declaration and its assessment.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::{Assessment, Classification, CountryCode, Declaration};

/// One site as the dashboard reads it (from the summaries of the latest assessment, `storage::summary`, or from an assessment in memory): a tier-1
/// site or one a goods line names — the only sites a share can go to.
#[derive(Debug, Clone, PartialEq)]
pub struct PortfolioSite {
    pub site_ref: String,
    pub tier: Option<u32>,
    pub country: CountryCode,
    /// The model's goods category code of the site's goods, if any.
    pub category: Option<String>,
    /// Forced- and child-labour scores, 0 to 100.
    pub forced: f64,
    pub child: f64,
}

/// One goods line as the dashboard reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct PortfolioGoods {
    pub item: String,
    pub description: Option<String>,
    pub classification: Option<Classification>,
    /// Canadian dollars; lines without a positive value are counted apart.
    pub value_cad: Option<f64>,
    /// The site references of `Produced at`.
    pub produced_at: Vec<String>,
}

/// One stored declaration as the dashboard reads it: no explanation document, only scores, goods lines and the
/// sites shares can go to.
#[derive(Debug, Clone, PartialEq)]
pub struct PortfolioInput {
    pub declaration_id: i64,
    pub supplier_id: i64,
    /// Whether no newer declaration supersedes it.
    pub current: bool,
    pub declaration_date: NaiveDate,
    pub solicitation_number: Option<String>,
    pub supplier_country: CountryCode,
    /// The overall forced- and child-labour scores of its latest assessment.
    pub forced: f64,
    pub child: f64,
    pub goods: Vec<PortfolioGoods>,
    /// Tier-1 sites and the sites goods lines name, in the declaration's site order.
    pub sites: Vec<PortfolioSite>,
}

impl PortfolioInput {
    /// From a declaration and its assessment (what storage keeps of them is the same).
    pub fn new(declaration_id: i64, supplier_id: i64, current: bool, d: &Declaration, a: &Assessment) -> Self {
        let produced: HashSet<&str> = d.goods.iter().flat_map(|g| g.produced_at.iter().map(|s| s.as_str())).collect();
        PortfolioInput {
            declaration_id,
            supplier_id,
            current,
            declaration_date: d.supplier.declaration_date,
            solicitation_number: d.supplier.solicitation_number.clone(),
            supplier_country: d.supplier.country,
            forced: a.overall.forced_labour.score,
            child: a.overall.child_labour.score,
            goods: d
                .goods
                .iter()
                .map(|g| PortfolioGoods {
                    item: g.item.clone(),
                    description: g.description.clone(),
                    classification: g.classification.clone(),
                    value_cad: g.value_cad,
                    produced_at: g.produced_at.iter().map(|s| s.to_string()).collect(),
                })
                .collect(),
            sites: a
                .sites
                .iter()
                .filter(|s| s.tier == Some(1) || produced.contains(s.site_id.as_str()))
                .map(|s| PortfolioSite {
                    site_ref: s.site_id.to_string(),
                    tier: s.tier,
                    country: s.country,
                    category: s.category.clone(),
                    forced: s.risk.forced_labour.score,
                    child: s.risk.child_labour.score,
                })
                .collect(),
        }
    }
}

/// Sums over shares of spend (`scoring::portfolio::Share`) in one group — a heat-map cell of one declaration, a cell,
/// a selection: spend in Canadian dollars, spend times each score (dollar-points), and the spend whose higher score
/// of the two is 50 or more. What storage keeps per assessment, goods category and country of production
/// (`portfolio_share`) and what the database adds up; the weighted means are taken once, at the end
/// (`scoring::portfolio::Weighted::from_sum`).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ShareSum {
    pub spend: f64,
    pub forced_spend: f64,
    pub child_spend: f64,
    pub high_spend: f64,
}

impl ShareSum {
    /// Adds a share of `value` dollars carrying these scores (0 to 100).
    pub fn add_share(&mut self, value: f64, forced: f64, child: f64) {
        self.spend += value;
        self.forced_spend += value * forced;
        self.child_spend += value * child;
        if forced.max(child) >= 50.0 {
            self.high_spend += value;
        }
    }

    /// Adds another group's sums.
    pub fn merge(&mut self, other: &ShareSum) {
        self.spend += other.spend;
        self.forced_spend += other.forced_spend;
        self.child_spend += other.child_spend;
        self.high_spend += other.high_spend;
    }
}
