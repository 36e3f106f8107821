//! What the national supply graph takes in, as storage fills it from its rows and the graph (`graph::national`)
//! keys, scores and shows it: each site of a declaration as a record with its bases (what it brings to its score
//! itself, read off an assessment), who a declaration is from, and an officer's decision on two facilities.
//!
//! These are types of the domain, not of the graph, so that storage (which reads them from the `site`,
//! `supply_link`, `site_score` and `site_match_decision` tables) depends on nothing above it.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::{Assessment, CountryCode, Declaration, Role, Score};

/// What a site brings to its score itself, for one kind of risk, before its suppliers are counted (points, 0–100).
///
/// The score is `own + max(input, decay × what its strongest supplier carries)`, within 0–100, and what the site
/// carries to the sites it supplies is the same sum less its own country context, `own − context + max(…)`, within
/// 0–100: a site's country context counts once, at its own line, not again at every tier downstream (the risk
/// model's rule, `scoring::engine`'s `Raw::carry`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Base {
    /// Listed goods, country context, regions, indexes, lists: everything but inputs.
    pub own: f32,
    /// The strongest input factor that is not carried by a declared supplier (local or undisclosed input).
    pub input: f32,
    /// Of `own`, what the site passes downstream: everything but its own country context (the factors of
    /// [`COUNTRY_CONTEXT`]). Equal to `own` where the context is not known (summaries stored before it was kept).
    pub own_carried: f32,
}

impl Base {
    /// The bases of one facility that several declarations give: the highest of each part any of them gives (a
    /// declaration that knows less of the facility's upstream never lowers what another one gives).
    pub fn merge(&mut self, other: &Base) {
        self.own = self.own.max(other.own);
        self.input = self.input.max(other.input);
        self.own_carried = self.own_carried.max(other.own_carried);
    }
}

/// The factor codes of a site's own country context: the ILO forced-labour prevalence (regional or the world's), the
/// ILAB child-labour context and its fallbacks, the optional country index, and `country_context` (factors stored
/// before factors were codes). They count once, at the site's own line; what it carries downstream leaves them out.
pub const COUNTRY_CONTEXT: [&str; 7] = [
    "forced_prevalence",
    "world_prevalence",
    "child_context",
    "unassessed_level",
    "regional_estimate",
    "country_index",
    "country_context",
];

/// Forced labour first, child labour second.
pub type Bases = [Base; 2];

/// One site as one declaration gives it.
#[derive(Debug, Clone)]
pub struct SiteRecord {
    pub site_ref: String,
    pub name: String,
    pub operator: Option<String>,
    pub operator_business_number: Option<String>,
    pub address: String,
    pub city: String,
    pub country: CountryCode,
    pub os_id: Option<String>,
    pub role: Role,
    pub goods: String,
    pub category: Option<String>,
    pub bases: Bases,
    /// Indices (in this declaration) of the sites it ships to; empty = tier 1.
    pub supplies_to: Vec<u32>,
}

/// Who a declaration is from and what it is for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeclarationMeta {
    pub id: i64,
    pub supplier_id: i64,
    pub supplier_name: String,
    /// Nine digits, when declared.
    pub business_number: Option<String>,
    pub solicitation_number: Option<String>,
}

/// A declaration ready to enter the graph.
#[derive(Debug, Clone)]
pub struct DeclarationInput {
    pub meta: DeclarationMeta,
    pub sites: Vec<SiteRecord>,
}

impl DeclarationInput {
    /// From a stored declaration and its assessment (the assessment's sites are in the declaration's site order).
    pub fn new(meta: DeclarationMeta, declaration: &Declaration, assessment: &Assessment) -> DeclarationInput {
        let bases = bases_of(assessment);
        let parts = assessment.sites.iter().zip(bases).map(|(s, b)| (s.category.clone(), b)).collect();
        DeclarationInput::with_bases(meta, declaration, parts)
    }

    /// From a stored declaration and, for each of its sites in order, the goods category and the bases its
    /// assessment gives (what storage keeps of an assessment for the graph; a missing entry counts as nothing).
    pub fn with_bases(
        meta: DeclarationMeta,
        declaration: &Declaration,
        parts: Vec<(Option<String>, Bases)>,
    ) -> DeclarationInput {
        let index: HashMap<&str, u32> =
            declaration.places_of_work.iter().enumerate().map(|(i, s)| (s.site_id.as_str(), i as u32)).collect();
        let mut parts = parts.into_iter();
        let sites = declaration
            .places_of_work
            .iter()
            .map(|s| {
                let (category, bases) = parts.next().unwrap_or_default();
                SiteRecord {
                    site_ref: s.site_id.to_string(),
                    name: s.site_name.clone(),
                    operator: s.operator.clone(),
                    operator_business_number: s.operator_business_number.clone(),
                    address: s.address.clone(),
                    city: s.city.clone(),
                    country: s.country,
                    os_id: s.os_id.clone(),
                    role: s.role,
                    goods: s.goods.clone(),
                    category,
                    bases,
                    supplies_to: s.supplies_to.iter().filter_map(|t| index.get(t.as_str()).copied()).collect(),
                }
            })
            .collect();
        DeclarationInput { meta, sites }
    }
}

/// An officer's decision on two facilities: the same place, or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MatchDecision {
    pub key_a: String,
    pub key_b: String,
    pub same: bool,
}

/// What one score of a site brings itself: every factor but inputs, upstream, cap and mitigation is its own (and,
/// but for its country context, carried); the strongest input factor not carried by a declared supplier is its input.
fn base_of(score: &Score) -> Base {
    let mut b = Base::default();
    for f in &score.factors {
        match f.code() {
            "upstream" | "cap" | "mitigation" => {}
            "local_input" | "undisclosed_input" => b.input = b.input.max(f.contribution as f32),
            code => {
                b.own += f.contribution as f32;
                if !COUNTRY_CONTEXT.contains(&code) {
                    b.own_carried += f.contribution as f32;
                }
            }
        }
    }
    b
}

/// The bases of every site of an assessment, in site order.
pub fn bases_of(assessment: &Assessment) -> Vec<Bases> {
    assessment.sites.iter().map(|s| [base_of(&s.risk.forced_labour), base_of(&s.risk.child_labour)]).collect()
}
