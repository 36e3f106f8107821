//! A facility of the national supply graph, its national scores explained in words: each reason a factor of a stored
//! assessment put into words by `explain` (or the risk carried from a supplier), with where it comes from.

use std::collections::HashMap;

use fluent_bundle::FluentArgs;
use serde::Serialize;

use super::{Catalog, explain};
use crate::domain::{Assessment, Lang, RiskKind, Score, SiteAssessment};
use crate::graph::national::FacilitySummary;

/// The reasons behind a facility's national score of one kind.
#[derive(Debug, Serialize)]
pub struct KindReasons {
    pub kind: RiskKind,
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
    pub site: FacilitySummary,
    /// Where declarations name it: (declaration, site index).
    pub occurrences: Vec<(i64, u32)>,
    /// Its national score of that kind (0–100).
    pub score: f32,
}

/// The kinds of risk, in the order of [`ReasonSources::strongest`] and of [`reasons`]' answer.
pub const KINDS: [RiskKind; 2] = [RiskKind::ForcedLabour, RiskKind::ChildLabour];

/// An input with no declared supplier (local or undisclosed).
fn is_input(code: &str) -> bool {
    matches!(code, "local_input" | "undisclosed_input")
}

/// The facility's own factors: all but the risk carried from suppliers, the cap, mitigation and inputs.
fn is_own(code: &str) -> bool {
    !matches!(code, "upstream" | "cap" | "mitigation") && !is_input(code)
}

fn score_of(site: &SiteAssessment, kind: RiskKind) -> &Score {
    match kind {
        RiskKind::ForcedLabour => &site.forced_labour,
        RiskKind::ChildLabour => &site.child_labour,
    }
}

/// The reasons of a facility's national scores in words, from the latest assessments of the declarations that name
/// it (by declaration id): the same figures the graph reads — the highest own points any declaration gives (each
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
        if let Some(StrongestSupplier { site: supplier, occurrences: supplier_at, score }) = strongest {
            let carried = f64::from((score * src.decay * 10.0).round() / 10.0);
            if carried > 0.0 {
                let tier = supplier_at
                    .iter()
                    .filter(|(d, _)| src.suppliers.contains_key(d))
                    .filter_map(|(d, i)| assessments.get(d)?.sites.get(*i as usize)?.tier.map(|t| (*d, t)))
                    .min_by_key(|(_, t)| *t);
                let mut a = FluentArgs::new();
                a.set("site", supplier.name.clone());
                a.set("score", explain::number(f64::from(*score), 1));
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
