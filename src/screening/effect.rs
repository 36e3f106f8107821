//! What a confirmed hit does to an assessment, applied after scoring (the engine is not asked):
//!
//! - on a forced-labour list (UFLPA Entity List, a CBP Withhold Release Order or Finding) in force, the site's
//!   forced-labour risk becomes critical (100) with a factor naming the list entry; a hit on the supplier itself makes
//!   the declaration's forced-labour risk critical. Mitigation factors stay listed but cannot lower it: the factor
//!   brings the score to 100 whatever came before.
//! - on PSPC's Ineligible and suspended suppliers list in force: a code-of-conduct finding that makes the bid
//!   non-responsive.
//!
//! Applying the same hits twice changes nothing more (a factor or finding already naming the entry is kept as is).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Entry, ListEffect, ListKind};
use crate::domain::{Assessment, Band, Factor, Finding, FindingCode, Lang, Reason, Score, Severity, SourceRef};

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

/// The code-of-conduct finding of a confirmed ineligibility in force.
pub fn ineligibility_finding(hit: &ConfirmedHit) -> Finding {
    let e = &hit.entry;
    let period = match (e.effective, e.ends) {
        (Some(a), Some(b)) => format!(" ({a} – {b})"),
        (Some(a), None) => format!(" ({a} –)"),
        _ => String::new(),
    };
    Finding::new(
        FindingCode::IneligibleSupplier,
        Severity::High,
        hit.site_ref.clone(),
        format!(
            "{} is on PSPC's list of ineligible and suspended suppliers{period}, edition {}: under the Code of Conduct \
             for Procurement and the Ineligibility and Suspension Policy the bid is non-responsive",
            e.name, hit.edition
        ),
        format!(
            "{} figure sur la liste des fournisseurs inadmissibles et suspendus de SPAC{period}, édition {} : selon le \
             Code de conduite pour l'approvisionnement et la Politique d'inadmissibilité et de suspension, la \
             soumission est non recevable",
            e.name, hit.edition
        ),
    )
}

/// The confirmed ineligibility an assessment carries (the finding [`apply`] adds), if any: a bid with one is
/// non-responsive, a contractor with one is ineligible. Its message says which entry, period and edition.
pub fn ineligibility(a: &Assessment) -> Option<&Finding> {
    a.findings.iter().find(|f| f.code == FindingCode::IneligibleSupplier)
}

/// [`ineligibility`]'s message in a language: the words the pages put after "Non-responsive bid:".
pub fn ineligibility_words(a: &Assessment, lang: Lang) -> Option<String> {
    ineligibility(a).map(|f| if lang == Lang::Fr { f.message_fr.clone() } else { f.message_en.clone() })
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
    score.factors.push(factor);
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
                if !assessment.findings.iter().any(|x| x.code == f.code && x.message_en == f.message_en) {
                    assessment.findings.push(f);
                }
            }
            ListEffect::Watch => {}
        }
    }
}
