//! What the S-211 report reads of the declarations received in a fiscal year: storage counts it from its score
//! summaries (`Store::s211_counts`), `cases::s211` turns it into the year's figures. A type of the domain so that
//! storage, which fills it, depends on nothing above it.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::{Assessment, Band, FiscalYear};

/// The declarations received in a fiscal year: how many, how many sites they disclosed, and their latest
/// assessments' goods categories counted by band.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeclarationCounts {
    pub received: u32,
    pub site_disclosures: u32,
    /// (category, band) → (forced-labour count, child-labour count).
    pub category_bands: BTreeMap<(String, Band), (u32, u32)>,
}

impl DeclarationCounts {
    /// Counts the declarations of fiscal year `fy` from their documents: when each was received, how many sites it
    /// disclosed, and its latest assessment. (The service counts in the database; this is the same rule in Rust.)
    pub fn count(fy: FiscalYear, declarations: &[(NaiveDate, u32, Option<&Assessment>)]) -> DeclarationCounts {
        let mut out = DeclarationCounts::default();
        for (_, sites, a) in declarations.iter().filter(|(d, ..)| fy.contains(*d)) {
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
