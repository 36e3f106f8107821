//! The dashboard the database adds up is the one computed in memory over the same declarations, on SQLite and on
//! PostgreSQL (when `CHAINON_TEST_POSTGRES_URL` is set): sums written with each assessment, or summed when first read,
//! or summed again under another model version.

use std::sync::Arc;

use sea_orm::{EntityTrait, PaginatorTrait};
use sea_orm_migration::MigratorTrait;

use super::super::entities::{portfolio_basis, portfolio_share};
use super::super::summary::tests::{fill, stores};
use super::super::{Store, migration};
use crate::domain::{CountryCode, FiscalYear, PortfolioInput};
use crate::scoring::RiskModel;
use crate::scoring::portfolio::{CellFilter, dashboard, declarations_in};

/// Every selection the dashboard offers (the current declarations, each fiscal year, and a year with none), and the
/// declaration lists behind every cell and a few wider filters: the store's answers are the ones computed in memory.
async fn same_as_in_memory(store: &Store, model: &Arc<RiskModel>, inputs: &[PortfolioInput]) {
    let db = store.backend_name();
    let current = dashboard(model, inputs, None);
    assert!(current.cells.len() > 3 && current.years.len() > 1, "a varied portfolio");
    let mut selections = vec![None, Some(FiscalYear::containing(chrono::NaiveDate::from_ymd_opt(1999, 6, 1).unwrap()))];
    selections.extend(current.years.iter().copied().map(Some));
    for fy in selections {
        let expected = dashboard(model, inputs, fy);
        assert_eq!(store.portfolio_dashboard(model, fy).await.unwrap(), expected, "{db}, {fy:?}");
        let mut filters = vec![
            CellFilter::default(),
            CellFilter { category: Some(None), country: None },
            CellFilter { category: None, country: CountryCode::parse("CA") },
        ];
        filters.extend(
            expected.cells.iter().map(|c| CellFilter { category: Some(c.category.clone()), country: Some(c.country) }),
        );
        for filter in filters {
            assert_eq!(
                store.portfolio_declarations_in(model, fy, &filter).await.unwrap(),
                declarations_in(model, inputs, fy, &filter),
                "{db}, {fy:?}, {filter:?}"
            );
        }
    }
}

fn expected(stored: &[(i64, i64, bool, crate::domain::Declaration, crate::domain::Assessment)]) -> Vec<PortfolioInput> {
    stored.iter().map(|(id, supplier, current, d, a)| PortfolioInput::new(*id, *supplier, *current, d, a)).collect()
}

#[tokio::test]
async fn sums_written_with_each_assessment_add_up_to_the_dashboard_computed_in_memory() {
    let model = Arc::new(RiskModel::embedded().unwrap());
    for store in stores().await {
        let store = store.with_portfolio_model(model.clone());
        let stored = fill(&store).await;
        // Written with every import and the re-assessment: nothing is left to sum when the dashboard is read.
        assert_eq!(store.fill_portfolio(&model).await.unwrap(), 0, "{}", store.backend_name());
        let bases = portfolio_basis::Entity::find().count(&store.db).await.unwrap();
        assert_eq!(bases, stored.len() as u64 + 1, "an import and a re-assessment each write theirs");
        same_as_in_memory(&store, &model, &expected(&stored)).await;
    }
}

#[tokio::test]
async fn assessments_stored_without_sums_are_summed_when_the_dashboard_is_first_read() {
    let model = Arc::new(RiskModel::embedded().unwrap());
    for store in stores().await {
        let stored = fill(&store).await;
        assert_eq!(portfolio_share::Entity::find().count(&store.db).await.unwrap(), 0);
        let inputs = expected(&stored);
        same_as_in_memory(&store, &model, &inputs).await;
        assert_eq!(store.fill_portfolio(&model).await.unwrap(), 0, "summed once");
        // Under another model version, the same declarations are summed again with it, the first sums kept.
        let older = Arc::new(
            RiskModel::load_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("risk_models/2019.1")).unwrap(),
        );
        assert_ne!(older.version(), model.version());
        same_as_in_memory(&store, &older, &inputs).await;
        same_as_in_memory(&store, &model, &inputs).await;
        // Back before the sums' tables (and the migrations after them) and forward again: summed anew at the next
        // reading.
        let names: Vec<String> = migration::Migrator::migrations().iter().map(|m| m.name().to_string()).collect();
        let from_sums = names.iter().rev().position(|n| n.ends_with("_create_portfolio_shares")).unwrap() + 1;
        migration::Migrator::down(&store.db, Some(u32::try_from(from_sums).unwrap())).await.unwrap();
        migration::Migrator::up(&store.db, None).await.unwrap();
        assert_eq!(portfolio_basis::Entity::find().count(&store.db).await.unwrap(), 0);
        same_as_in_memory(&store, &model, &inputs).await;
    }
}

#[tokio::test]
async fn readers_summing_at_once_write_each_assessments_sums_once() {
    let model = Arc::new(RiskModel::embedded().unwrap());
    for store in stores().await {
        let stored = fill(&store).await;
        let readers: Vec<_> = (0..6)
            .map(|_| {
                let (store, model) = (store.clone(), model.clone());
                tokio::spawn(async move { store.portfolio_dashboard(&model, None).await })
            })
            .collect();
        let inputs = expected(&stored);
        for r in readers {
            assert_eq!(r.await.unwrap().unwrap(), dashboard(&model, &inputs, None), "{}", store.backend_name());
        }
        let bases = portfolio_basis::Entity::find().count(&store.db).await.unwrap();
        assert_eq!(bases, stored.len() as u64, "{}", store.backend_name());
    }
}
