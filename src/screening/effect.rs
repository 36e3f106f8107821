//! What a confirmed hit does to an assessment, applied after scoring (the engine is not asked):
//!
//! - on a forced-labour list (UFLPA Entity List, a CBP Withhold Release Order or Finding) in force, the site's
//!   forced-labour risk becomes critical (100) with a factor naming the list entry, and every score summarising the
//!   sites (the declaration's, its goods categories') is derived again from them, naming the site now highest; a hit
//!   on the supplier itself makes the declaration's forced-labour risk critical, and that of each goods category and
//!   each site it supplies (a listed supplier taints all it supplies). Mitigation factors stay listed but cannot
//!   lower it: the factor brings the score to 100 whatever came before.
//! - on PSPC's Ineligible and suspended suppliers list in force: a code-of-conduct finding, carrying the entry's period,
//!   that makes the bid non-responsive on the days of that period only: the stored assessment keeps the finding, and
//!   whoever reads it asks whether it holds on the day it is read ([`ineligibility`], `Finding::in_force`), so an
//!   ineligibility ends on its own date without a re-assessment. Only an ineligibility or a suspension does so: a
//!   supplier under an administrative agreement remains eligible (`Entry::bars_award`), and its confirmed hit is
//!   shown on the hit, without a finding.
//!
//! Applying the same hits twice changes nothing more (a factor or finding already naming the entry is kept as is).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Entry, ListEffect, ListKind};
use crate::domain::{
    Assessment, Band, Factor, FactorPool, Finding, FindingCode, FindingReason, Place, Reason, Score, Severity, SiteId,
    SourceRef,
};

/// The day effects are looked at: today, in UTC (as `Store::screening_today` screens). Pages, exports and the API
/// say whether a confirmed ineligibility holds on this day, not on the day it was stored.
pub fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

/// The factor code of a confirmed hit on a forced-labour list.
pub const FACTOR_CODE: &str = "screening_hit";

/// A hit an officer confirmed, with what the effect needs to name it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConfirmedHit {
    pub list: ListKind,
    /// The edition, as [`edition_ref`] writes it (`edition 3 (#17)`).
    pub edition: String,
    pub entry: Entry,
    /// The site the hit is on (a site or its operator); `None` for the supplier itself.
    pub site_ref: Option<String>,
}

/// An edition as a factor's source and a finding store it: `edition 3 (#17)`, its number among its list's editions
/// and its id — the name pages, the API and the command line give it (`reports::screening_pages::edition_short`), to
/// which what shows a stored factor or finding turns it back in the reader's language ([`parse_edition_ref`]).
/// Assessments stored before named an edition by its label and number (`2026-11-14 v3`); they keep that text.
pub fn edition_ref(version: i32, id: i64) -> String {
    format!("edition {version} (#{id})")
}

/// The number and id of an edition written by [`edition_ref`]; `None` for any other text (an edition named the
/// older way, `2026-11-14 v3`).
pub fn parse_edition_ref(text: &str) -> Option<(i32, i64)> {
    let (version, id) = text.strip_prefix("edition ")?.strip_suffix(')')?.split_once(" (#")?;
    Some((version.parse().ok()?, id.parse().ok()?))
}

/// The factor of a confirmed forced-labour hit: it names the list (by its code), the edition, the entry, its section
/// and day, and adds what brings the score to 100. (One function, so the factor's form can change in one place.)
pub fn screening_factor(hit: &ConfirmedHit, score_before: f64) -> Factor {
    let e = &hit.entry;
    let reason = Reason::ScreeningHit {
        // The list by its code: its name is said where the factor is shown (`reports::explain`).
        list: Some(hit.list.as_ref().into()),
        list_en: "".into(),
        list_fr: "".into(),
        entry: e.name.as_str().into(),
        section: e.section.as_deref().map(Into::into),
        effective: e.effective,
        detail: "".into(),
        status: e.status.as_deref().map(Into::into),
    };
    let source = SourceRef {
        dataset: hit.list.to_string().into(),
        edition: hit.edition.as_str().into(),
        // A screening edition is named in the reader's language from its number (`reports::explain`).
        edition_fr: None,
        line: None,
        entry: Some(format!("{} ({})", e.name, e.key).into()),
        row: None,
    };
    // To the tenth of a point, as the engine gives points (the writer rounds nothing).
    Factor::new(reason, Some(source), 1.0, ((100.0 - score_before).max(0.0) * 10.0).round() / 10.0)
}

/// The code-of-conduct finding of a confirmed ineligibility: the entry, the edition and the entry's period (the
/// finding holds on the days of that period only: `Finding::in_force`).
pub fn ineligibility_finding(hit: &ConfirmedHit) -> Finding {
    let e = &hit.entry;
    Finding::new(
        FindingReason::IneligibleSupplier {
            entity: e.name.clone(),
            edition: hit.edition.clone(),
            key: Some(e.key.clone()),
            from: e.effective,
            until: e.ends,
        },
        Severity::High,
        hit.site_ref.as_deref().and_then(SiteId::parse).map(|id| Place::site(&id)),
    )
}

/// The confirmed ineligibility an assessment carries (the finding [`apply`] adds) that holds on `on`, if any: a bid
/// with one is non-responsive, a contractor with one is ineligible. An assessment keeps the finding after its period
/// ends (it records what was confirmed); from the day after, the supplier is no longer ineligible. The bidder's own
/// comes before a subcontractor's ([`ineligibilities`]).
pub fn ineligibility(a: &Assessment, on: NaiveDate) -> Option<&Finding> {
    ineligibilities(a, on).into_iter().next()
}

/// Every confirmed ineligibility an assessment carries that holds on `on`: the bidder's own (a finding at no site)
/// first, then those of subcontractors (a finding at a site), each group in the order stored. Empty when none holds.
pub fn ineligibilities(a: &Assessment, on: NaiveDate) -> Vec<&Finding> {
    let mut out: Vec<&Finding> =
        a.findings.iter().filter(|f| f.code() == FindingCode::IneligibleSupplier && f.in_force(on)).collect();
    // A stable sort: the bidder's own (no place) first.
    out.sort_by_key(|f| f.location.is_some());
    out
}

/// The confirmed forced-labour hits an assessment carries, as the declaration page shows them: each site a
/// `screening_hit` factor raised (with that factor), then the factors of such hits on the supplier itself (`None`)
/// that no site already carries. Empty when the assessment carries none.
pub fn forced_labour_hits(a: &Assessment) -> Vec<(Option<&crate::domain::SiteAssessment>, &Factor)> {
    let mut out: Vec<(Option<&crate::domain::SiteAssessment>, &Factor)> = Vec::new();
    let entry = |f: &Factor| f.source.as_ref().and_then(|s| s.entry.clone());
    // The supplier's own hits: the declaration's score carries a `screening_hit` factor only for them (a site's hit
    // is summarised there as its highest site). Each site carries them too ([`apply`]); they are said once, as the
    // supplier's.
    let supplier: Vec<&Factor> =
        a.overall.forced_labour.factors.iter().filter(|f| f.code() == FACTOR_CODE).map(AsRef::as_ref).collect();
    for s in &a.sites {
        for f in s.risk.forced_labour.factors.iter().filter(|f| f.code() == FACTOR_CODE) {
            if !supplier.iter().any(|g| entry(g) == entry(f)) {
                out.push((Some(s), f.as_ref()));
            }
        }
    }
    for f in supplier {
        out.push((None, f));
    }
    out
}

fn raise(score: &mut Score, hit: &ConfirmedHit) {
    let row = format!("{} ({})", hit.entry.name, hit.entry.key);
    if score
        .factors
        .iter()
        .any(|f| f.code() == FACTOR_CODE && f.source.as_ref().and_then(|s| s.entry.as_deref()) == Some(row.as_str()))
    {
        return;
    }
    let factor = screening_factor(hit, score.score);
    score.score = (score.score + factor.contribution).min(100.0);
    score.band = Band::from_score(score.score);
    // First among the score's factors: a confirmed listed entity is what drives the score, on every page that lists
    // them in order and in the JSON.
    let first = score.factors.iter().take_while(|f| f.code() == FACTOR_CODE).count();
    score.factors.insert(first, std::sync::Arc::new(factor));
}

/// Applies confirmed hits to an assessment: a forced-labour entry if it is in force on `on`; an ineligibility if
/// its status does not end it, whatever its dates, since the finding carries its period and holds only on the days
/// of it (`Finding::in_force`): one that starts later takes effect on its first day, without a new assessment.
///
/// A forced-labour hit on a site raises the site; then every score derived from the sites (the declaration's, each
/// goods category's, each naming its highest site) is derived again from them (`Assessment::summarise`, the
/// engine's own derivation), so the raised site is critical wherever its score is summarised. A hit on the supplier
/// itself raises, after that, the declaration's score, each goods category's and each site's, each with the factor.
pub fn apply(assessment: &mut Assessment, hits: &[ConfirmedHit], on: NaiveDate) {
    let mut on_sites = false;
    let mut on_supplier = Vec::new();
    for hit in hits {
        match hit.list.effect() {
            ListEffect::ForcedLabour if hit.entry.in_force(on) => match &hit.site_ref {
                Some(site) => {
                    for s in assessment.sites.iter_mut().filter(|s| s.site_id.as_str() == site) {
                        raise(&mut s.risk.forced_labour, hit);
                        on_sites = true;
                    }
                }
                // A listed supplier is itself critical.
                None => on_supplier.push(hit),
            },
            // An administrative agreement leaves the supplier eligible (`Entry::bars_award`).
            ListEffect::Ineligibility if !hit.entry.ended_by_status() && hit.entry.bars_award() => {
                let f = ineligibility_finding(hit);
                if !assessment.findings.iter().any(|x| x.what == f.what) {
                    assessment.findings.push(f);
                }
            }
            ListEffect::ForcedLabour | ListEffect::Ineligibility | ListEffect::Watch => {}
        }
    }
    if on_sites {
        assessment.summarise(&mut FactorPool::default());
    }
    // A listed supplier taints everything it supplies: the declaration, each goods category and each site of its
    // chain are critical, each naming the entry, so that no page or answer reads a category or a site below it.
    for hit in on_supplier {
        raise(&mut assessment.overall.forced_labour, hit);
        for c in &mut assessment.categories {
            raise(&mut c.risk.forced_labour, hit);
        }
        for s in &mut assessment.sites {
            raise(&mut s.risk.forced_labour, hit);
        }
    }
}

/// Takes every effect of screening off an assessment: the `screening_hit` factors (each score goes back down by
/// what they added, its band with it; the scores derived from the sites derived again when a site went down) and
/// the `ineligible_supplier` findings. What is left is the assessment as scored, to which the confirmed hits in
/// force are applied again ([`reconcile`]).
pub fn strip(assessment: &mut Assessment) {
    fn lower(score: &mut Score) -> bool {
        let added: f64 = score.factors.iter().filter(|f| f.code() == FACTOR_CODE).map(|f| f.contribution).sum();
        if !score.factors.iter().any(|f| f.code() == FACTOR_CODE) {
            return false;
        }
        score.factors.retain(|f| f.code() != FACTOR_CODE);
        // Scores are kept to one decimal (as the engine rounds them).
        score.score = ((score.score - added).clamp(0.0, 100.0) * 10.0).round() / 10.0;
        score.band = Band::from_score(score.score);
        true
    }
    let mut on_sites = false;
    for s in &mut assessment.sites {
        on_sites |= lower(&mut s.risk.forced_labour);
    }
    if on_sites {
        // The declaration's and the categories' scores too: derived from the sites, they lose a supplier's factor
        // with the rest.
        assessment.summarise(&mut FactorPool::default());
    } else {
        lower(&mut assessment.overall.forced_labour);
        for c in &mut assessment.categories {
            lower(&mut c.risk.forced_labour);
        }
    }
    assessment.findings.retain(|f| f.code() != FindingCode::IneligibleSupplier);
}

/// The assessment with the effects of exactly these confirmed hits: the effects it carries are taken off
/// ([`strip`]) and those of the hits applied ([`apply`]). An entry a later edition removed, ended or changed thus
/// takes its effect off, or changes it (a new period), when the hits given are those of the entries as they stand.
/// Reconciling twice with the same hits gives the same assessment.
pub fn reconcile(assessment: &mut Assessment, hits: &[ConfirmedHit], on: NaiveDate) {
    strip(assessment);
    apply(assessment, hits, on);
}

/// Where the effect of a confirmed hit goes: its list, its entry (key, and name as matched, for findings stored
/// before they kept the key) and its site (`None`: the supplier itself).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EffectPlace {
    pub list: ListKind,
    pub key: String,
    pub name: String,
    pub site: Option<String>,
}

/// Whether an assessment carries the effect of a confirmed hit at a place that holds on `on` or will later: for a
/// forced-labour list a factor naming the entry on the site (on the declaration for the supplier); for an
/// ineligibility a finding naming the entry at the place whose period has not ended on `on` (one that starts later
/// counts: it is carried, and takes effect on its first day).
pub fn carries(assessment: &Assessment, place: &EffectPlace, on: NaiveDate) -> bool {
    match place.list.effect() {
        ListEffect::ForcedLabour => {
            let row_end = format!("({})", place.key);
            let names = |s: &Score| {
                s.factors.iter().any(|f| {
                    f.code() == FACTOR_CODE
                        && f.source.as_ref().and_then(|s| s.entry.as_deref()).is_some_and(|e| e.ends_with(&row_end))
                })
            };
            match &place.site {
                Some(site) => {
                    assessment.sites.iter().any(|s| s.site_id.as_str() == site && names(&s.risk.forced_labour))
                }
                None => names(&assessment.overall.forced_labour),
            }
        }
        ListEffect::Ineligibility => {
            let at = place.site.as_deref().and_then(SiteId::parse).map(|id| Place::site(&id));
            assessment.findings.iter().any(|f| match f.reason() {
                Some(FindingReason::IneligibleSupplier { entity, key, until, .. }) => {
                    key.as_deref().map_or(*entity == place.name, |k| k == place.key)
                        && f.location == at
                        && until.is_none_or(|u| on <= u)
                }
                _ => false,
            })
        }
        ListEffect::Watch => false,
    }
}

/// What an assessment carries of a place's effect: the reason and source of each factor naming the entry at the place
/// (not their points, which follow the score beneath), or each finding naming it there. Two assessments that carry
/// the same carry the same effect.
fn carried<'a>(a: &'a Assessment, place: &EffectPlace) -> Vec<Carried<'a>> {
    match place.list.effect() {
        ListEffect::ForcedLabour => {
            let row_end = format!("({})", place.key);
            let score = match &place.site {
                Some(site) => a.sites.iter().find(|s| s.site_id.as_str() == site).map(|s| &s.risk.forced_labour),
                None => Some(&a.overall.forced_labour),
            };
            score
                .into_iter()
                .flat_map(|s| s.factors.iter())
                .filter(|f| {
                    f.code() == FACTOR_CODE
                        && f.source.as_ref().and_then(|s| s.entry.as_deref()).is_some_and(|e| e.ends_with(&row_end))
                })
                .map(|f| Carried::Factor(&f.reason, f.source.as_ref()))
                .collect()
        }
        ListEffect::Ineligibility => {
            let at = place.site.as_deref().and_then(SiteId::parse).map(|id| Place::site(&id));
            a.findings
                .iter()
                .filter(|f| match f.reason() {
                    Some(FindingReason::IneligibleSupplier { entity, key, .. }) => {
                        key.as_deref().map_or(*entity == place.name, |k| k == place.key) && f.location == at
                    }
                    _ => false,
                })
                .map(Carried::Finding)
                .collect()
        }
        ListEffect::Watch => Vec::new(),
    }
}

/// One factor (its reason and source) or finding carrying a hit's effect.
#[derive(PartialEq)]
enum Carried<'a> {
    Factor(&'a crate::domain::Explanation, Option<&'a SourceRef>),
    Finding(&'a Finding),
}

/// What happened to the effects of confirmed hits between two assessments of a declaration, one count per list
/// entry and place (a site, or the supplier): the counts of an import's summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EffectChanges {
    /// Carried after (holding on the day or later) and not before.
    pub applied: usize,
    /// Carried before and not after.
    pub lifted: usize,
    /// Carried before and after, but not the same (a new period, another edition named).
    pub changed: usize,
}

/// What happened to the effects at `places` from `before` to `after` ([`EffectChanges`]). Places may be given twice
/// and may carry nothing (a dismissed hit's): each counts once, and only for what it carries.
pub fn changes(before: &Assessment, after: &Assessment, places: &[EffectPlace], on: NaiveDate) -> EffectChanges {
    let places: std::collections::BTreeSet<&EffectPlace> = places.iter().collect();
    let mut c = EffectChanges::default();
    for p in places {
        match (carries(before, p, on), carries(after, p, on)) {
            (false, true) => c.applied += 1,
            (true, false) => c.lifted += 1,
            (true, true) if carried(before, p) != carried(after, p) => c.changed += 1,
            _ => {}
        }
    }
    c
}

/// How many effects of confirmed hits an assessment carried (holding on `on` or later) that the assessment after it
/// no longer carries: one per list entry and place (a site, or the supplier) — the `lifted` of an import's summary.
/// An effect that changed (a new period, a new edition named) is still carried: it is not counted.
pub fn lifted(before: &Assessment, after: &Assessment, places: &[EffectPlace], on: NaiveDate) -> usize {
    changes(before, after, places, on).lifted
}
