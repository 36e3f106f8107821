//! What the national supply graph takes in, as storage fills it from what it keeps and the graph (`graph::national`)
//! keys, scores and shows it: each site of a declaration as a record with its bases (what it brings to its score
//! itself, read off an assessment), who a declaration is from, and an officer's decision on two facilities.
//!
//! These are types of the domain, not of the graph, so that storage (which reads them from declarations' stored
//! documents and the `site_score` and `site_match_decision` tables) depends on nothing above it.

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
    /// The bases of one facility that several declarations give: the highest input any of them gives (a declaration
    /// that knows less of the facility's upstream never lowers what another one gives), and `own` with its
    /// `own_carried` as one pair, from the declaration that gives the highest `own` (the higher `own_carried` between
    /// equal ones). The pair is never taken part by part: two declarations may be scored under different model
    /// versions or name different goods, and the highest `own` of one with the highest `own_carried` of another is a
    /// split between country context and carried points that neither gives (its context would be counted partly
    /// downstream).
    pub fn merge(&mut self, other: &Base) {
        self.input = self.input.max(other.input);
        let dominates = other.own > self.own || other.own == self.own && other.own_carried > self.own_carried;
        if dominates {
            self.own = other.own;
            self.own_carried = other.own_carried;
        }
    }
}

/// The factor codes of a site's own country context: the ILO forced-labour prevalence (regional or the world's), the
/// ILAB child-labour context and its fallbacks, the optional country index, and `country_context` (factors stored
/// before factors were codes). They count once, at the site's own line; what it carries downstream leaves them out.
pub const COUNTRY_CONTEXT: [&str; 8] = [
    "forced_prevalence",
    "world_prevalence",
    "child_context",
    "unassessed_level",
    "regional_estimate",
    "income_estimate",
    "country_index",
    "country_context",
];

/// The factor code of the points that hold a site at the riskiest producer of an input of unknown origin (2022.10,
/// on from 2022.11): part of the site's own points, never of what it carries.
pub const PRESUMED_PRODUCER: &str = "presumed_producer";

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
    /// The province, state or region, as declared.
    pub region: Option<String>,
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
                    region: s.region.clone(),
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
/// but for its country context and the points of a presumed producer, carried); the strongest input factor not
/// carried by a declared supplier is its input.
fn base_of(score: &Score, supplier_listed: &[&str]) -> Base {
    let mut b = Base::default();
    for f in &score.factors {
        if is_listed_supplier(f, supplier_listed) {
            continue;
        }
        match f.code() {
            "upstream" | "cap" | "mitigation" => {}
            "local_input" | "undisclosed_input" | "unread_goods" => b.input = b.input.max(f.contribution as f32),
            // The points that hold a site at its input's riskiest producer (2022.11) are its own, and not carried:
            // the producer's country context would count at the producer's line (the engine's `Raw::carry`).
            PRESUMED_PRODUCER => b.own += f.contribution as f32,
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

/// Whether a factor is that of a confirmed hit on the supplier itself (`Reason::ScreeningHit`, its source naming an
/// entry of `supplier_listed`).
fn is_listed_supplier(f: &super::Factor, supplier_listed: &[&str]) -> bool {
    matches!(f.reason(), Some(super::Reason::ScreeningHit { .. }))
        && f.source.as_ref().and_then(|s| s.entry.as_deref()).is_some_and(|e| supplier_listed.contains(&e))
}

/// The bases of every site of an assessment, in site order. A confirmed hit on the supplier itself (a
/// `screening_hit` factor on the declaration's score) makes each of its sites critical in this declaration
/// (`screening::effect::apply`), but says nothing of the facility for anyone else's chain: its factor on the sites is
/// not part of their bases in the national graph, which hold what the facility brings itself.
pub fn bases_of(assessment: &Assessment) -> Vec<Bases> {
    let supplier_listed: Vec<&str> = assessment
        .overall
        .forced_labour
        .factors
        .iter()
        .filter(|f| matches!(f.reason(), Some(super::Reason::ScreeningHit { .. })))
        .filter_map(|f| f.source.as_ref().and_then(|s| s.entry.as_deref()))
        .collect();
    assessment
        .sites
        .iter()
        .map(|s| [base_of(&s.risk.forced_labour, &supplier_listed), base_of(&s.risk.child_labour, &supplier_listed)])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(own: f32, input: f32, own_carried: f32) -> Base {
        Base { own, input, own_carried }
    }

    /// Two declarations of one facility, scored under different model versions or naming different goods, give
    /// different splits of `own` between country context and carried points: the merge keeps one of them whole (the
    /// one with the highest `own`), whatever the order, and never a split that no declaration gives.
    #[test]
    fn merging_bases_keeps_the_pair_of_the_declaration_that_gives_the_most_and_the_highest_input() {
        // (one declaration, another, the merge)
        let cases = [
            // Context 20 under one version, none under an old-style summary: not 30 own with 25 carried.
            (b(30.0, 0.0, 10.0), b(25.0, 0.0, 25.0), b(30.0, 0.0, 10.0)),
            // A listed good (carried) against a higher country context (not carried).
            (b(12.0, 5.0, 2.0), b(11.0, 40.0, 11.0), b(12.0, 40.0, 2.0)),
            (b(7.0, 0.0, 0.0), b(6.9, 0.0, 6.9), b(7.0, 0.0, 0.0)),
            // Equal own points: the one that carries more.
            (b(20.0, 0.0, 5.0), b(20.0, 0.0, 8.0), b(20.0, 0.0, 8.0)),
            (b(0.0, 30.0, 0.0), b(44.0, 0.0, 4.0), b(44.0, 30.0, 4.0)),
        ];
        for (one, other, want) in cases {
            for (first, second) in [(one, other), (other, one)] {
                let mut got = first;
                got.merge(&second);
                assert_eq!(got, want, "{first:?} with {second:?}");
                let pair = (got.own, got.own_carried);
                assert!(pair == (first.own, first.own_carried) || pair == (second.own, second.own_carried));
            }
        }
        // Several declarations, in any order: the pair of the one with the highest own points.
        let all = [b(10.0, 1.0, 3.0), b(18.0, 0.0, 2.0), b(17.0, 9.0, 17.0), b(4.0, 0.0, 4.0)];
        for start in 0..all.len() {
            let mut got = Base::default();
            for k in 0..all.len() {
                got.merge(&all[(start + k) % all.len()]);
            }
            assert_eq!(got, b(18.0, 9.0, 2.0));
        }
    }
}
