//! What the S-211 report reads of the declarations received in a fiscal year: storage counts it from its score
//! summaries (`Store::s211_counts`), `cases::s211` turns it into the year's figures. A type of the domain so that
//! storage, which fills it, depends on nothing above it.
//!
//! A supplier that corrects its file for a bid sends a new declaration that supersedes the one before (same supplier,
//! same solicitation, or both standing): a chain of re-submissions. The year's figures count each chain once, by the
//! declaration in force at the end of the year — the newest of the chain received within the year — so that they
//! grow with what the department buys, not with how often a supplier re-sends its file. The files received,
//! re-submissions included, are counted apart (`files_received`).

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::{Assessment, Band, FiscalYear};

/// The declarations received in a fiscal year: how many files were received (re-submissions included), how many
/// declarations were in force at the end of the year among them (the newest of each chain of re-submissions received
/// within the year), how many sites those disclosed, and their latest assessments' goods categories counted by band.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeclarationCounts {
    /// Declarations in force at the end of the year: each chain of re-submissions once.
    pub received: u32,
    /// Sites of production the declarations in force disclosed.
    pub site_disclosures: u32,
    /// Every declaration file received in the year, re-submissions included.
    pub files_received: u32,
    /// (category, band) → (forced-labour count, child-labour count), of the declarations in force.
    pub category_bands: BTreeMap<(String, Band), (u32, u32)>,
}

impl DeclarationCounts {
    /// Counts the declarations of fiscal year `fy` from their documents: for each, when it was received, how many
    /// sites it disclosed, its latest assessment, and when the declaration that superseded it was received (`None`:
    /// in force now). A declaration counts as in force at the end of `fy` when it was received in `fy` and nothing
    /// superseded it before the year ended. (The service counts in the database; this is the same rule in Rust.)
    pub fn count(
        fy: FiscalYear,
        declarations: &[(NaiveDate, u32, Option<&Assessment>, Option<NaiveDate>)],
    ) -> DeclarationCounts {
        let mut out = DeclarationCounts::default();
        for (_, sites, a, replaced_on) in declarations.iter().filter(|(d, ..)| fy.contains(*d)) {
            out.files_received = out.files_received.saturating_add(1);
            if replaced_on.is_some_and(|r| r <= fy.last_day()) {
                continue;
            }
            out.received = out.received.saturating_add(1);
            out.site_disclosures = out.site_disclosures.saturating_add(*sites);
            for c in a.iter().flat_map(|a| a.categories.iter()) {
                out.category_bands.entry((c.category.clone(), c.risk.forced_labour.band)).or_default().0 += 1;
                out.category_bands.entry((c.category.clone(), c.risk.child_labour.band)).or_default().1 += 1;
            }
        }
        out
    }
}
