//! Citations: a factor cites the publication its figure comes from (2022.11, `[[sources.KEY.editions]]`), not every
//! title of the file that holds it.

use super::RiskModel;
use super::tests::{declaration, site};
use crate::domain::Role;

/// Every factor of the ILO file, for sites in countries of every ILO region (assessed by ILAB or not, high-income or
/// not), cites the report of its own indicator: the forced-labour context the ILO–Walk Free–IOM estimates, the
/// child-labour context the ILO–UNICEF estimates; in French too.
#[test]
fn each_regional_estimate_cites_its_own_report() {
    let m = RiskModel::embedded().unwrap();
    let mut seen = std::collections::BTreeSet::new();
    for country in ["CA", "CN", "IN", "FR", "SA", "BR", "NG", "UZ", "TW", "RU", "AU"] {
        let a = m.assess(&declaration(vec![site("S", Role::Manufacturing, "garden gnomes", country, &[])]));
        for f in a.sites.iter().flat_map(|s| s.risk.forced_labour.factors.iter().chain(&s.risk.child_labour.factors)) {
            let Some(src) = f.source.as_ref().filter(|s| &*s.dataset == "ilo_regional_estimates.csv") else { continue };
            let entry = src.entry.as_deref().unwrap_or_default();
            let fr = src.edition_fr.as_deref().unwrap_or_default();
            if entry.starts_with("forced_labour") {
                assert!(src.edition.contains("Modern Slavery") && !src.edition.contains("Child"), "{country}: {src:?}");
                assert!(fr.contains("esclavage moderne") && !fr.contains("enfants"), "{country}: {src:?}");
            } else {
                assert!(src.edition.contains("Child Labour") && !src.edition.contains("Slavery"), "{country}: {src:?}");
                assert!(fr.contains("Travail des enfants") && !fr.contains("esclavage"), "{country}: {src:?}");
            }
            seen.insert(entry.split('/').next().unwrap_or_default().to_string());
        }
    }
    assert_eq!(seen.len(), 3, "{seen:?}");
}

/// Each indicator a model names a publication for is an indicator of its file (a misspelt one would leave its
/// factors citing the file's every title), in every shipped model that has them; 2022.10 cites the file whole.
#[test]
fn every_indicator_with_its_own_edition_is_one_of_its_file() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("risk_models");
    let mut with_editions = 0;
    for version in super::shipped_versions() {
        let m = RiskModel::shipped(&version).unwrap().unwrap();
        for (key, indicator) in m.tables.indicator_editions.keys() {
            let source = m.tables.sources.get(key).unwrap();
            let text = std::fs::read_to_string(dir.join(&version).join(&source.file)).unwrap();
            assert!(text.lines().any(|l| l.split(',').next() == Some(indicator.as_str())), "{version}: {indicator}");
            with_editions += 1;
        }
    }
    assert!(with_editions >= 3);
    let old = super::shipped_2022_10_tests::model_2022_10();
    assert!(old.tables.indicator_editions.is_empty());
}
