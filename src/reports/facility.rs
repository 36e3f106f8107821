//! A facility of the national supply graph, its national scores explained in words: each reason a factor of a stored
//! assessment put into words by `explain` (or the risk carried from a supplier), with where it comes from.

use std::collections::HashMap;

use fluent_bundle::FluentArgs;
use serde::Serialize;

use super::{Catalog, explain};
use crate::domain::{Assessment, Lang, RiskKind, Score, SiteAssessment};
use crate::graph::national::{Base, Bases, FacilitySummary};

/// The reasons behind a facility's national score of one kind.
#[derive(Debug, Serialize)]
pub struct KindReasons {
    /// Forced or child labour.
    pub kind: RiskKind,
    /// Its own reasons by points, then its input, then the risk carried from its riskiest supplier.
    pub reasons: Vec<ReasonRow>,
}

/// One reason in words, where it comes from, and its points.
#[derive(Debug, Serialize)]
pub struct ReasonRow {
    /// The factor in the reader's language (`reports::explain`), or the carried risk in words.
    pub text: String,
    /// Where it comes from: the facility's own risk as a declaration gives it, a confirmed screening hit, an input
    /// with no declared supplier, or a supplier site (with its tier in the declaration that names it).
    pub source: String,
    /// The page of what it comes from (the declaration, or the supplier site), if any.
    pub source_href: Option<String>,
    /// Its points (one decimal).
    pub points: f64,
}

/// What the reasons of a facility are read from, taken from one graph snapshot.
pub struct ReasonSources {
    /// Every (declaration, site index) that declares the facility.
    pub occurrences: Vec<(i64, u32)>,
    /// Its riskiest supplier of each kind of [`KINDS`], if any.
    pub strongest: Vec<Option<StrongestSupplier>>,
    /// The supplier's name of each declaration that declares the facility.
    pub suppliers: HashMap<i64, String>,
    /// The graph's decay per tier (0–1).
    pub decay: f32,
}

/// A facility's riskiest supplier of one kind.
pub struct StrongestSupplier {
    /// The supplier facility.
    pub site: FacilitySummary,
    /// Where declarations name it: (declaration, site index).
    pub occurrences: Vec<(i64, u32)>,
    /// Its national score of that kind (0–100).
    pub score: f32,
    /// What it carries to the facilities it supplies: its national score less its own country context, which counts
    /// once, at its own line (0–100, before the decay; `SupplyGraph::carry`).
    pub carry: f32,
}

/// The kinds of risk, in the order of [`ReasonSources::strongest`] and of [`reasons`]' answer.
pub const KINDS: [RiskKind; 2] = [RiskKind::ForcedLabour, RiskKind::ChildLabour];

/// An input with no declared supplier (local or undisclosed), or the floor of goods the model cannot read.
fn is_input(code: &str) -> bool {
    matches!(code, "local_input" | "undisclosed_input" | "unread_goods")
}

/// The facility's own factors: all but the risk carried from suppliers, the cap, mitigation and inputs.
fn is_own(code: &str) -> bool {
    !matches!(code, "upstream" | "cap" | "mitigation") && !is_input(code)
}

fn score_of(site: &SiteAssessment, kind: RiskKind) -> &Score {
    site.risk.get(kind)
}

/// At most this many declarations are read for the tier of a facility's riskiest supplier.
const TIER_SOURCES: usize = 4;

/// The declarations whose assessments [`reasons`] needs, chosen from the sites' bases (storage's score summaries,
/// cheap to read, where `basis(declaration, site)` finds them) so that a facility many declarations name costs a few
/// documents, not all of them: for each kind, the declaration that gives it the most own points and the one with its
/// strongest input; and up to [`TIER_SOURCES`] that name both it and its riskiest supplier.
pub fn declarations_to_read(src: &ReasonSources, basis: impl Fn(i64, u32) -> Option<Bases>) -> Vec<i64> {
    let mut out: Vec<i64> = Vec::new();
    for k in 0..KINDS.len() {
        let of = |(d, i): &(i64, u32)| basis(*d, *i).and_then(|b| b.get(k).copied()).map(|b| (*d, b));
        let known: Vec<(i64, Base)> = src.occurrences.iter().filter_map(of).collect();
        if let Some((d, _)) = known.iter().max_by(|x, y| x.1.own.total_cmp(&y.1.own)) {
            out.push(*d);
        }
        if let Some((d, _)) = known.iter().filter(|x| x.1.input > 0.0).max_by(|x, y| x.1.input.total_cmp(&y.1.input)) {
            out.push(*d);
        }
    }
    for s in src.strongest.iter().flatten() {
        out.extend(s.occurrences.iter().map(|o| o.0).filter(|d| src.suppliers.contains_key(d)).take(TIER_SOURCES));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The reasons of a facility's national scores in words, from the latest assessments of the declarations that name
/// it (by declaration id; those of [`declarations_to_read`] suffice): the same figures the graph reads — the highest own points any declaration gives (each
/// factor in words, a confirmed screening hit said as such), its strongest input with no declared supplier, and the
/// risk carried from its riskiest supplier (with that supplier's tier in a declaration that names both).
pub fn reasons(
    cat: &Catalog,
    lang: Lang,
    src: &ReasonSources,
    assessments: &HashMap<i64, Assessment>,
) -> Vec<KindReasons> {
    let site_of = |(d, i): (i64, u32)| assessments.get(&d).and_then(|a| a.sites.get(i as usize).map(|s| (d, a, s)));
    let mut out = Vec::with_capacity(KINDS.len());
    for (kind, strongest) in KINDS.into_iter().zip(&src.strongest) {
        let mut reasons = Vec::new();
        let declared = |d: i64| {
            let mut a = FluentArgs::new();
            a.set("supplier", src.suppliers.get(&d).cloned().unwrap_or_default());
            a.set("id", d);
            a
        };
        // Own points: those of the declaration that gives the most.
        let own = |s: &SiteAssessment| {
            score_of(s, kind).factors.iter().filter(|f| is_own(f.code())).map(|f| f.contribution).sum::<f64>()
        };
        let best = src
            .occurrences
            .iter()
            .filter_map(|o| site_of(*o))
            .max_by(|x, y| own(x.2).total_cmp(&own(y.2)).then(y.0.cmp(&x.0)));
        if let Some((d, a, site)) = best {
            let names = explain::SiteIndex::of(a);
            let mut factors: Vec<_> = score_of(site, kind)
                .factors
                .iter()
                .filter(|f| is_own(f.code()) && f.contribution.abs() >= 0.05)
                .collect();
            factors.sort_by(|x, y| y.contribution.total_cmp(&x.contribution));
            for f in factors {
                let (source, source_href) = if f.code() == "screening_hit" {
                    (cat.get(lang, "graph.reason_screening").to_string(), None)
                } else {
                    (cat.format(lang, "graph.reason_own", &declared(d)), Some(format!("/declarations/{d}?lang={lang}")))
                };
                reasons.push(ReasonRow {
                    text: explain::factor_label(cat, lang, f, &names),
                    source,
                    source_href,
                    points: (f.contribution * 10.0).round() / 10.0,
                });
            }
        }
        // The strongest input with no declared supplier, any declaration.
        let input = src
            .occurrences
            .iter()
            .filter_map(|o| site_of(*o))
            .flat_map(|(d, a, s)| {
                score_of(s, kind).factors.iter().filter(|f| is_input(f.code())).map(move |f| (d, a, f))
            })
            .filter(|(_, _, f)| f.contribution > 0.0)
            .max_by(|x, y| x.2.contribution.total_cmp(&y.2.contribution));
        if let Some((d, a, f)) = input {
            reasons.push(ReasonRow {
                text: explain::factor_label(cat, lang, f, &explain::SiteIndex::of(a)),
                source: cat.format(lang, "graph.reason_input", &declared(d)),
                source_href: Some(format!("/declarations/{d}?lang={lang}")),
                points: (f.contribution * 10.0).round() / 10.0,
            });
        }
        // The risk carried from the riskiest supplier, with its tier in a declaration that names both.
        if let Some(StrongestSupplier { site: supplier, occurrences: supplier_at, score, carry }) = strongest {
            let carried = f64::from((carry * src.decay * 10.0).round() / 10.0);
            let context = f64::from(((score - carry) * 10.0).round() / 10.0);
            if carried > 0.0 {
                let tier = supplier_at
                    .iter()
                    .filter(|(d, _)| src.suppliers.contains_key(d))
                    .filter_map(|(d, i)| assessments.get(d)?.sites.get(*i as usize)?.tier.map(|t| (*d, t)))
                    .min_by_key(|(_, t)| *t);
                let mut a = FluentArgs::new();
                a.set("site", supplier.name.clone());
                a.set("score", explain::number(f64::from(*score), 1));
                a.set("has_context", if context > 0.0 { "yes" } else { "no" });
                a.set("context", explain::number(context, 1));
                a.set("decay", explain::number(f64::from(src.decay), 2));
                let source = match tier {
                    Some((d, t)) => {
                        let mut b = declared(d);
                        b.set("site", supplier.name.clone());
                        b.set("tier", t);
                        cat.format(lang, "graph.reason_from_tier", &b)
                    }
                    None => {
                        let mut b = FluentArgs::new();
                        b.set("site", supplier.name.clone());
                        cat.format(lang, "graph.reason_from_site", &b)
                    }
                };
                reasons.push(ReasonRow {
                    text: cat.format(lang, "graph.reason_carried", &a),
                    source,
                    source_href: Some(format!("/graph/sites/{}?lang={lang}", supplier.id)),
                    points: carried,
                });
            }
        }
        out.push(KindReasons { kind, reasons });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base(own: f32, input: f32) -> Base {
        Base { own, input, own_carried: own }
    }

    #[test]
    fn only_the_declarations_that_give_the_reasons_are_read() {
        let site = |id: &str| FacilitySummary {
            id: id.into(),
            key: String::new(),
            name: id.into(),
            address: String::new(),
            city: String::new(),
            region: None,
            country: crate::domain::CountryCode::parse("BD").unwrap(),
            os_id: None,
            forced_labour: 80.0,
            child_labour: 10.0,
            declarations: 1,
            suppliers: 1,
        };
        // Five declarations name the facility; 2 and 5 also name its riskiest forced-labour supplier, 9 only that.
        let src = ReasonSources {
            occurrences: vec![(1, 0), (2, 3), (3, 1), (4, 0), (5, 2)],
            strongest: vec![
                Some(StrongestSupplier {
                    site: site("gin"),
                    occurrences: vec![(9, 0), (2, 4), (5, 3)],
                    score: 80.0,
                    carry: 72.0,
                }),
                None,
            ],
            suppliers: (1..=5).map(|d| (d, format!("S{d}"))).collect(),
            decay: 0.85,
        };
        let bases = |d: i64, _: u32| -> Option<Bases> {
            Some(match d {
                1 => [base(10.0, 0.0), base(5.0, 0.0)],
                2 => [base(40.0, 0.0), base(5.0, 0.0)],
                3 => [base(20.0, 25.0), base(5.0, 0.0)],
                4 => [base(20.0, 0.0), base(30.0, 12.0)],
                _ => return None,
            })
        };
        // Forced: most own 2, strongest input 3; child: most own 4, input 4; the supplier's tier: 2 and 5 (not 9,
        // which does not name the facility).
        assert_eq!(declarations_to_read(&src, bases), vec![2, 3, 4, 5]);
    }
}
