//! What a confirmed hit does to an assessment, applied after scoring (the engine is not asked):
//!
//! - on a forced-labour list (UFLPA Entity List, a CBP Withhold Release Order or Finding) in force, the site's
//!   forced-labour risk becomes critical (100) with a factor naming the list entry; a hit on the supplier itself makes
//!   the declaration's forced-labour risk critical. Mitigation factors stay listed but cannot lower it: the factor
//!   brings the score to 100 whatever came before.
//! - on PSPC's Ineligible and suspended suppliers list in force: a code-of-conduct finding, carrying the entry's period,
//!   that makes the bid non-responsive on the days of that period only: the stored assessment keeps the finding, and
//!   whoever reads it asks whether it holds on the day it is read ([`ineligibility`], `Finding::in_force`), so an
//!   ineligibility ends on its own date without a re-assessment.
//!
//! Applying the same hits twice changes nothing more (a factor or finding already naming the entry is kept as is).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Entry, ListEffect, ListKind};
use crate::domain::{
    Assessment, Band, Factor, Finding, FindingCode, FindingReason, Reason, Score, Severity, SourceRef,
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
    /// The edition's label (e.g. `2026-11-14`).
    pub edition: String,
    pub entry: Entry,
    /// The site the hit is on (a site or its operator); `None` for the supplier itself.
    pub site_ref: Option<String>,
}

/// The factor of a confirmed forced-labour hit: it names the list, the edition, the entry, its section and date,
/// and adds what brings the score to 100. (One function, so the factor's form can change in one place.)
pub fn screening_factor(hit: &ConfirmedHit, score_before: f64) -> Factor {
    let (list_en, list_fr) = hit.list.names();
    let e = &hit.entry;
    let section = e.section.as_deref().map(|s| format!(", {s}")).unwrap_or_default();
    let date = e.effective.map(|d| format!(", {d}")).unwrap_or_default();
    let reason = Reason::ScreeningHit {
        list_en: list_en.into(),
        list_fr: list_fr.into(),
        entry: e.name.as_str().into(),
        detail: format!("{section}{date}").into(),
    };
    let source = SourceRef {
        dataset: hit.list.to_string().into(),
        edition: hit.edition.as_str().into(),
        line: None,
        entry: Some(format!("{} ({})", e.name, e.key).into()),
        row: None,
    };
    Factor::new(reason, Some(source), 1.0, (100.0 - score_before).max(0.0))
}

/// The code-of-conduct finding of a confirmed ineligibility: the entry, the edition and the entry's period (the
/// finding holds on the days of that period only: `Finding::in_force`).
pub fn ineligibility_finding(hit: &ConfirmedHit) -> Finding {
    let e = &hit.entry;
    Finding::new(
        FindingReason::IneligibleSupplier {
            entity: e.name.clone(),
            edition: hit.edition.clone(),
            from: e.effective,
            until: e.ends,
        },
        Severity::High,
        hit.site_ref.clone(),
    )
}

/// The confirmed ineligibility an assessment carries (the finding [`apply`] adds) that holds on `on`, if any: a bid
/// with one is non-responsive, a contractor with one is ineligible. An assessment keeps the finding after its period
/// ends (it records what was confirmed); from the day after, the supplier is no longer ineligible.
pub fn ineligibility(a: &Assessment, on: NaiveDate) -> Option<&Finding> {
    a.findings.iter().find(|f| f.code() == FindingCode::IneligibleSupplier && f.in_force(on))
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
    score.factors.push(std::sync::Arc::new(factor));
}

/// Applies confirmed hits whose entries are in force on `on` to an assessment.
pub fn apply(assessment: &mut Assessment, hits: &[ConfirmedHit], on: NaiveDate) {
    for hit in hits.iter().filter(|h| h.entry.in_force(on)) {
        match hit.list.effect() {
            ListEffect::ForcedLabour => {
                if let Some(site) = &hit.site_ref {
                    for s in assessment.sites.iter_mut().filter(|s| s.site_id.as_str() == site) {
                        raise(&mut s.risk.forced_labour, hit);
                    }
                }
                // The declaration is as risky as its riskiest site, and a listed supplier is itself critical.
                raise(&mut assessment.overall.forced_labour, hit);
            }
            ListEffect::Ineligibility => {
                let f = ineligibility_finding(hit);
                if !assessment.findings.iter().any(|x| x.what == f.what) {
                    assessment.findings.push(f);
                }
            }
            ListEffect::Watch => {}
        }
    }
}
