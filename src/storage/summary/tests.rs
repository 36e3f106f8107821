//! The summaries say what the documents say: every reader of them is checked against the same computation over the
//! stored declarations and assessments, on SQLite and on PostgreSQL (when `CHAINON_TEST_POSTGRES_URL` is set).

use std::collections::HashMap;

use sea_orm::ConnectionTrait;
use sea_orm_migration::MigratorTrait;

use super::super::{SourceFile, Store, migration, testing};
use crate::domain::supply::bases_of;
use crate::domain::{Assessment, Declaration, DeclarationCounts, PortfolioInput};
use crate::scoring::RiskModel;

pub(in crate::storage) async fn stores() -> Vec<Store> {
    let mut out = vec![Store::connect("sqlite::memory:").await.unwrap()];
    match std::env::var("CHAINON_TEST_POSTGRES_URL") {
        Ok(base) if !base.is_empty() => {
            let url = testing::fresh_postgres_database(&base).await.unwrap();
            out.push(Store::connect(&url).await.unwrap());
        }
        _ => eprintln!("skipped on PostgreSQL: CHAINON_TEST_POSTGRES_URL is not set"),
    }
    out
}

fn demo(name: &str) -> Declaration {
    let path = format!("{}/supplier_data/demo/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(path).unwrap();
    crate::import::read_declaration(name, &bytes, &crate::import::Limits::default()).unwrap().declaration
}

/// Every demo declaration (two of them superseded by a newer one), stored with its assessment; then one of them
/// re-assessed with its scores changed, so that "latest" matters. Returns what was stored, by declaration id, with
/// the latest assessment of each.
pub(in crate::storage) async fn fill(store: &Store) -> Vec<(i64, i64, bool, Declaration, Assessment)> {
    // Scored by 2022.11: the migrations these tests undo and redo back-fill rows stored before them, whose documents
    // hold no factor of a later model (2022.12's `presumed_producer` points, its own and not carried, are read by the
    // carry rule of the engine, not by a back-fill written before them).
    let model = RiskModel::shipped("2022.11").unwrap().unwrap();
    let names = [
        "medisafe-gloves-en578-2025.json",
        "polar-workwear-w0113-2024.json",
        "arctic-furniture-standing.json",
        "atlantic-marine-w8486.json",
        "cordages-nordiques-w8486.json",
        "gantex-en578.json",
        "medisafe-gloves-en578.json",
        "northern-ppe-en578.json",
        "polar-workwear-w0113.json",
        "uniformes-boreal-w0113.json",
    ];
    let mut stored = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let d = demo(name);
        let a = model.assess(&d);
        let source = SourceFile {
            file_name: name.to_string(),
            sha256: format!("{i:064x}"),
            size_bytes: 1,
            carrier: "json".into(),
        };
        let out = store.import_declaration(&source, &d, &[], &a, "test").await.unwrap();
        stored.push((out.declaration_id, d, a));
    }
    // A newer declaration of the same supplier for the same solicitation supersedes the first.
    let mut newer = demo(names[5]);
    newer.supplier.declaration_date = newer.supplier.declaration_date.succ_opt().unwrap();
    newer.goods.iter_mut().for_each(|g| g.value_cad = g.value_cad.map(|v| v * 2.0));
    let a = model.assess(&newer);
    let source =
        SourceFile { file_name: "newer.json".into(), sha256: "f".repeat(64), size_bytes: 1, carrier: "json".into() };
    let out = store.import_declaration(&source, &newer, &[], &a, "test").await.unwrap();
    assert!(out.superseded.is_some());
    stored.push((out.declaration_id, newer, a));
    // A re-assessment with other scores and bands: the summaries of the first must no longer count.
    let (id, _, a) = stored.get_mut(3).unwrap();
    for s in &mut a.sites {
        s.risk.forced_labour.score = 90.0;
        s.risk.forced_labour.band = crate::domain::Band::Critical;
    }
    for c in &mut a.categories {
        c.risk.child_labour.score = 1.0;
        c.risk.child_labour.band = crate::domain::Band::Low;
    }
    a.overall.forced_labour.score = 91.0;
    store.save_assessment(*id, a, "test").await.unwrap();
    let mut out = Vec::new();
    for (id, d, a) in stored {
        let summary = store.get_declaration(id).await.unwrap().unwrap().summary;
        out.push((id, summary.supplier_id, summary.superseded_by.is_none(), d, a));
    }
    assert!(out.iter().any(|(.., current, _, _)| !current), "some declaration is superseded");
    out
}

#[tokio::test]
async fn the_s211_counts_of_the_database_are_those_of_the_documents() {
    for store in stores().await {
        let stored = fill(&store).await;
        let today = chrono::Utc::now().date_naive();
        let fy = crate::domain::FiscalYear::containing(today);
        let rows: Vec<_> = stored
            .iter()
            .map(|(_, _, current, d, a)| {
                // The declarations superseded were superseded today: files received, not declarations in force.
                let replaced = (!current).then_some(today);
                (today, u32::try_from(d.places_of_work.len()).unwrap(), Some(a), replaced)
            })
            .collect();
        let expected = DeclarationCounts::count(fy, &rows);
        assert!(expected.received >= 10 && !expected.category_bands.is_empty());
        assert!(expected.files_received > expected.received, "some files were re-submissions");
        assert_eq!(store.s211_counts(fy).await.unwrap(), expected, "{}", store.backend_name());
        // Nothing was received in other years.
        assert_eq!(store.s211_counts(fy.previous()).await.unwrap(), DeclarationCounts::default());
        assert_eq!(store.s211_counts(fy.next()).await.unwrap(), DeclarationCounts::default());
    }
}

#[tokio::test]
async fn a_past_year_counts_the_declarations_in_force_at_its_end() {
    use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};

    use super::super::entities::declaration;
    for store in stores().await {
        let stored = fill(&store).await;
        let today = chrono::Utc::now().date_naive();
        let fy = crate::domain::FiscalYear::containing(today);
        let last_year = fy.previous().first_day() + chrono::Days::new(30);
        // The superseded declarations were received last year, their newest files this year: last year counts the
        // file in force at its end of each chain (a re-submission within last year is a file, not a declaration).
        let mut received: HashMap<i64, chrono::NaiveDate> = HashMap::new();
        for (n, (id, _, current, ..)) in stored.iter().enumerate() {
            let day = if *current { today } else { last_year + chrono::Days::new(n as u64) };
            received.insert(*id, day);
            let mut row: declaration::ActiveModel =
                declaration::Entity::find_by_id(*id).one(&store.db).await.unwrap().unwrap().into();
            row.received_at = Set(day.and_hms_opt(12, 0, 0).unwrap().and_utc());
            row.update(&store.db).await.unwrap();
        }
        let mut rows = Vec::new();
        for (id, _, _, d, a) in &stored {
            let by = store.get_declaration(*id).await.unwrap().unwrap().summary.superseded_by;
            let replaced = by.map(|b| received[&b]);
            rows.push((received[id], u32::try_from(d.places_of_work.len()).unwrap(), Some(a), replaced));
        }
        for year in [fy, fy.previous()] {
            let expected = DeclarationCounts::count(year, &rows);
            assert_eq!(store.s211_counts(year).await.unwrap(), expected, "{year:?} {}", store.backend_name());
        }
        let past = DeclarationCounts::count(fy.previous(), &rows);
        assert!(past.received > 0 && past.files_received >= past.received, "{past:?}");
        let now = DeclarationCounts::count(fy, &rows);
        assert_eq!(now.files_received, now.received, "this year holds only the newest files");
    }
}

#[tokio::test]
async fn the_portfolio_reads_from_the_summaries_what_it_would_read_from_the_documents() {
    for store in stores().await {
        let stored = fill(&store).await;
        let expected: Vec<PortfolioInput> = stored
            .iter()
            .map(|(id, supplier, current, d, a)| PortfolioInput::new(*id, *supplier, *current, d, a))
            .collect();
        let got = store.portfolio_inputs().await.unwrap();
        assert_eq!(got, expected, "{}", store.backend_name());
        assert!(got.iter().any(|i| i.sites.iter().any(|s| s.tier != Some(1))), "named sites beyond tier 1 count");
        let model = RiskModel::embedded().unwrap();
        let dash = crate::scoring::portfolio::dashboard(&model, &got, None);
        assert_eq!(dash, crate::scoring::portfolio::dashboard(&model, &expected, None));
    }
}

#[tokio::test]
async fn the_graph_reads_each_sites_bases_and_category_from_the_summaries() {
    for store in stores().await {
        let stored = fill(&store).await;
        let ids: Vec<i64> = stored.iter().map(|(id, ..)| *id).collect();
        let got = store.site_bases(&ids).await.unwrap();
        for (id, _, _, _, a) in &stored {
            let sites = got.get(id).unwrap();
            let expected = bases_of(a);
            assert_eq!(sites.len(), expected.len());
            for ((s, b), site) in sites.iter().zip(&expected).zip(&a.sites) {
                assert_eq!(&s.bases, b, "declaration {id}, {}", store.backend_name());
                assert_eq!(s.category, site.category);
            }
        }
    }
}

#[tokio::test]
async fn the_migration_fills_the_summaries_of_assessments_stored_before_it() {
    for store in stores().await {
        let stored = fill(&store).await;
        let before = store.portfolio_inputs().await.unwrap();
        let fy = crate::domain::FiscalYear::containing(chrono::Utc::now().date_naive());
        let counts = store.s211_counts(fy).await.unwrap();
        // Back to the schema before the summaries (their tables dropped, and the migrations after them undone), then
        // forward: the back-fill alone writes them.
        let steps = {
            let names: Vec<String> = migration::Migrator::migrations().iter().map(|m| m.name().to_string()).collect();
            names.iter().rev().position(|n| n == "m20261129_000300_create_score_summaries").unwrap() as u32 + 1
        };
        migration::Migrator::down(&store.db, Some(steps)).await.unwrap();
        let gone = store.db.execute_unprepared("SELECT COUNT(*) FROM site_score").await;
        assert!(gone.is_err(), "the summaries' tables are gone");
        migration::Migrator::up(&store.db, None).await.unwrap();
        assert_eq!(store.portfolio_inputs().await.unwrap(), before, "{}", store.backend_name());
        assert_eq!(store.s211_counts(fy).await.unwrap(), counts);
        let ids: Vec<i64> = stored.iter().map(|(id, ..)| *id).collect();
        let bases: HashMap<i64, Vec<_>> = store.site_bases(&ids).await.unwrap();
        for (id, _, _, _, a) in &stored {
            let expected = bases_of(a);
            let got: Vec<_> = bases.get(id).unwrap().iter().map(|s| s.bases).collect();
            assert_eq!(got, expected);
        }
    }
}

/// `EXPLAIN QUERY PLAN` of a statement on SQLite: one line a step (`SCAN t` walks a table or an index whole,
/// `SEARCH t USING … INDEX …` reads a range of an index).
async fn plan(store: &Store, q: sea_orm::Statement) -> Vec<String> {
    let explain = sea_orm::Statement::from_sql_and_values(
        sea_orm::DbBackend::Sqlite,
        format!("EXPLAIN QUERY PLAN {}", q.sql),
        q.values.map(|v| v.0).unwrap_or_default(),
    );
    let rows = store.db.query_all_raw(explain).await.unwrap();
    rows.iter().map(|r| r.try_get::<String>("", "detail").unwrap()).collect()
}

/// The steps of a plan that walk a table of assessments or of their summaries whole (under its name or an alias).
fn whole_walks(plan: &[String]) -> Vec<&String> {
    let tables = ["assessment", "la", "lat", "site_score", "ss", "category_score"];
    plan.iter()
        .filter(|step| {
            let mut words = step.split_whitespace();
            words.next() == Some("SCAN") && words.next().is_some_and(|t| tables.contains(&t))
        })
        .collect()
}

/// What a page of the list, a chunk of the graph's bases and a year of the S-211 figures read of the latest
/// assessments is searched on the index `assessment (declaration_id, id)` at their declarations: no step walks
/// every assessment, so each costs what it reads, whatever the number of declarations stored.
#[tokio::test]
async fn reads_of_the_latest_assessments_search_the_index_and_walk_no_table_of_assessments() {
    use crate::domain::Band;
    use crate::storage::{DeclarationFilter, DeclarationSort};
    use sea_orm::QueryTrait;
    let store = Store::connect("sqlite::memory:").await.unwrap();
    let stored = fill(&store).await;
    let ids: Vec<i64> = stored.iter().map(|s| s.0).collect();
    let sorts = [
        DeclarationSort::Received,
        DeclarationSort::Date,
        DeclarationSort::Risk,
        DeclarationSort::Child,
        DeclarationSort::Supplier,
    ];
    for sort in sorts {
        for filter in [
            DeclarationFilter { sort, ..DeclarationFilter::default() },
            DeclarationFilter {
                sort,
                forced_band: Some(Band::High),
                child_band: Some(Band::Low),
                category: Some("apparel".into()),
                country: Some("CN".into()),
                ..DeclarationFilter::default()
            },
        ] {
            let q = sea_orm::DbBackend::Sqlite.build(&store.list_query(&filter).await.unwrap());
            let steps = plan(&store, q).await;
            assert!(whole_walks(&steps).is_empty(), "{sort:?}: {steps:#?}");
        }
    }
    let statements = [
        ("the list's columns", super::super::latest_columns(&ids).build(sea_orm::DbBackend::Sqlite)),
        ("the graph's bases", super::latest_site_bases(&ids).build(sea_orm::DbBackend::Sqlite)),
    ];
    for (what, q) in statements {
        let steps = plan(&store, q).await;
        assert!(whole_walks(&steps).is_empty(), "{what}: {steps:#?}");
        // `ix_assessment_declaration_id` or `…_id_id`: both hold the id (SQLite's rowid) beside the declaration's.
        let searched =
            |s: &String| s.starts_with("SEARCH assessment USING COVERING INDEX ix_assessment_declaration_id");
        assert!(steps.iter().any(searched), "{what}: {steps:#?}");
    }
    let fy = crate::domain::FiscalYear::containing(chrono::Utc::now().date_naive());
    let q = sea_orm::DbBackend::Sqlite
        .build(&super::category_bands(fy, crate::storage::entities::category_score::Column::ForcedLabourBand));
    let steps = plan(&store, q).await;
    assert!(whole_walks(&steps).is_empty(), "S-211: {steps:#?}");
    assert!(steps.iter().any(|s| s.contains("ix_declaration_received_at")), "S-211: {steps:#?}");
}

/// Summaries stored before each site's carried points were kept take them from their assessment's document when the
/// columns come: the graph reads the bases the engine's rule gives (the country context left out of what is
/// carried), not the whole of each site's own points.
#[tokio::test]
async fn the_migration_gives_each_stored_summary_the_points_its_site_carries() {
    for store in stores().await {
        let stored = fill(&store).await;
        let steps = {
            let names: Vec<String> = migration::Migrator::migrations().iter().map(|m| m.name().to_string()).collect();
            names.iter().rev().position(|n| n == "m20261130_002500_add_site_score_carried").unwrap() as u32 + 1
        };
        migration::Migrator::down(&store.db, Some(steps)).await.unwrap();
        let gone = store.db.execute_unprepared("SELECT forced_labour_own_carried FROM site_score").await;
        assert!(gone.is_err(), "the columns are gone");
        migration::Migrator::up(&store.db, None).await.unwrap();
        let ids: Vec<i64> = stored.iter().map(|(id, ..)| *id).collect();
        let bases = store.site_bases(&ids).await.unwrap();
        let mut context_left_out = 0;
        for (id, _, _, _, a) in &stored {
            let expected = bases_of(a);
            let got: Vec<_> = bases.get(id).unwrap().iter().map(|s| s.bases).collect();
            assert_eq!(got, expected, "declaration {id}, {}", store.backend_name());
            context_left_out += got.iter().flatten().filter(|b| b.own_carried < b.own).count();
        }
        assert!(context_left_out > 0, "some site's country context is not carried");
    }
}

/// Summaries stored before the carry rule kept all their own points as carried (`*_own_carried = *_own`), country
/// context included, and the graph counted that context again at every tier downstream. The migration that marks
/// them reads each such row again from its document, so the graph reads the bases the rule gives; a row it cannot
/// read (marked unknown) carries none of its own points, never its context twice.
#[tokio::test]
async fn summaries_stored_before_the_carry_rule_never_carry_their_country_context() {
    for store in stores().await {
        let stored = fill(&store).await;
        let steps = {
            let names: Vec<String> = migration::Migrator::migrations().iter().map(|m| m.name().to_string()).collect();
            names.iter().rev().position(|n| n == "m20261202_000200_add_site_score_carry_known").unwrap() as u32 + 1
        };
        migration::Migrator::down(&store.db, Some(steps)).await.unwrap();
        // Old-style summaries: every own point carried, as a row the carry rule did not read keeps them.
        store
            .db
            .execute_unprepared(
                "UPDATE site_score SET forced_labour_own_carried = forced_labour_own, \
                 child_labour_own_carried = child_labour_own",
            )
            .await
            .unwrap();
        migration::Migrator::up(&store.db, None).await.unwrap();
        let ids: Vec<i64> = stored.iter().map(|(id, ..)| *id).collect();
        let bases = store.site_bases(&ids).await.unwrap();
        let mut context_left_out = 0;
        for (id, _, _, _, a) in &stored {
            let expected = bases_of(a);
            let got: Vec<_> = bases.get(id).unwrap().iter().map(|s| s.bases).collect();
            assert_eq!(got, expected, "declaration {id}, {}", store.backend_name());
            context_left_out += got.iter().flatten().filter(|b| b.own_carried < b.own).count();
        }
        assert!(context_left_out > 0, "some site's country context is not carried");
        // A row the rule could not read: its own points count at its line, none are carried.
        store
            .db
            .execute_unprepared(
                "UPDATE site_score SET carry_known = false, forced_labour_own_carried = forced_labour_own, \
                 child_labour_own_carried = child_labour_own",
            )
            .await
            .unwrap();
        let bases = store.site_bases(&ids).await.unwrap();
        let mut own = 0;
        for (id, _, _, _, a) in &stored {
            let got: Vec<_> = bases.get(id).unwrap().iter().map(|s| s.bases).collect();
            for (got, want) in got.iter().flatten().zip(bases_of(a).iter().flatten()) {
                assert_eq!((got.own, got.input, got.own_carried), (want.own, want.input, 0.0), "declaration {id}");
                own += usize::from(got.own > 0.0);
            }
        }
        assert!(own > 0, "some site has own points");
    }
}

/// The default list (current declarations, newest declaration date first) and its count are a range of the index
/// `declaration (superseded_by_id, declaration_date, id)`: the count reads that index alone, the page reads in order
/// (no sort of every current declaration before the first row) the index that also holds every column it shows of a
/// declaration, so neither reads the table of declarations.
#[tokio::test]
async fn the_list_of_current_declarations_and_its_count_read_a_range_of_an_index() {
    use crate::storage::{DeclarationFilter, DeclarationSort};
    let index = super::super::migration::CURRENT_DATE_INDEX;
    let store = Store::connect("sqlite::memory:").await.unwrap();
    fill(&store).await;
    let walks_declarations = |steps: &[String]| {
        steps.iter().any(|s| s.starts_with("SCAN declaration") || s.contains("TEMP B-TREE FOR ORDER BY"))
    };
    for sort in [DeclarationSort::Date, DeclarationSort::Received] {
        let filter = DeclarationFilter { sort, ..DeclarationFilter::default() };
        let q = sea_orm::DbBackend::Sqlite.build(&store.count_query(&filter).await.unwrap());
        let steps = plan(&store, q).await;
        let covered = format!("SEARCH declaration USING COVERING INDEX {index} (superseded_by_id=?)");
        assert!(steps.iter().any(|s| s == &covered), "the count: {steps:#?}");
        assert!(!walks_declarations(&steps), "the count: {steps:#?}");
    }
    // The page reads the declarations' columns from the index that holds them all, never a row of the table (whose
    // `legal_name` lies past the compressed document's overflow pages).
    let filter = DeclarationFilter { sort: DeclarationSort::Date, ..DeclarationFilter::default() };
    let q = sea_orm::DbBackend::Sqlite.build(&store.list_query(&filter).await.unwrap());
    let steps = plan(&store, q).await;
    let covering = super::super::migration::LISTED_COVERING_INDEX;
    let searched = format!("SEARCH declaration USING COVERING INDEX {covering} (superseded_by_id=?)");
    assert!(steps.iter().any(|s| s == &searched), "the page: {steps:#?}");
    assert!(!walks_declarations(&steps), "the page: {steps:#?}");
    assert!(whole_walks(&steps).is_empty(), "the page: {steps:#?}");
    // And the count is the number of current declarations.
    let current = store.count_listed(&filter).await.unwrap();
    let all = store.count_listed(&DeclarationFilter { include_superseded: true, ..filter }).await.unwrap();
    assert_eq!((current, all), (10, 11));
}

/// A page of the list and its count are one statement, whatever the number of rows it shows: each row's supplier,
/// solicitation and latest assessment are joined to it by key, not read by further statements (four in all before,
/// the page's suppliers, solicitations and latest assessments each read apart), and the count rides on every row
/// (two statements before, each a round trip and a connection of the pool); a page past the end, which has no row
/// to carry it, counts apart. On both backends. The rows say what the summaries of the same declarations read one
/// by one say.
#[tokio::test]
async fn a_page_of_the_list_and_its_count_are_one_statement_whatever_its_rows() {
    use crate::storage::{DeclarationFilter, DeclarationSort};
    for store in stores().await {
        fill(&store).await;
        let (store, log) = testing::logging_queries(store);
        let backend = store.backend_name();
        for (include_superseded, total) in [(true, 11u64), (false, 10)] {
            for offset in [0u64, 4, 9, 10, 11, 500] {
                let filter = DeclarationFilter { limit: 3, offset, include_superseded, ..DeclarationFilter::default() };
                let mark = log.len();
                let (page, counted) = store.declaration_page(&filter).await.unwrap();
                let ran = log.since(mark);
                let shown = total.saturating_sub(offset).min(3);
                let statements = if shown == 0 { 2 } else { 1 };
                assert_eq!(ran.len(), statements, "{backend} offset {offset}: {ran:#?}");
                assert_eq!((page.len() as u64, counted), (shown, total), "{backend} offset {offset}");
            }
        }
        for (sort, limit) in [(DeclarationSort::Date, 1), (DeclarationSort::Date, 100), (DeclarationSort::Risk, 100)] {
            let filter = DeclarationFilter { sort, limit, include_superseded: true, ..DeclarationFilter::default() };
            let mark = log.len();
            let (page, total) = store.declaration_page(&filter).await.unwrap();
            let statements = log.since(mark);
            assert_eq!(statements.len(), 1, "{} {sort:?} {limit}: {statements:#?}", store.backend_name());
            assert_eq!((page.len() as u64, total), (limit.min(11), 11), "{}", store.backend_name());
            let ids: Vec<i64> = page.iter().map(|d| d.id).collect();
            let one_by_one: HashMap<i64, serde_json::Value> = store
                .declaration_summaries(&ids)
                .await
                .unwrap()
                .into_iter()
                .map(|d| (d.id, serde_json::to_value(&d).unwrap()))
                .collect();
            for d in &page {
                assert_eq!(Some(&serde_json::to_value(d).unwrap()), one_by_one.get(&d.id), "{}", store.backend_name());
                assert!(d.forced_labour_band.is_some() && d.model_version.is_some(), "{d:?}");
            }
        }
    }
}

/// `EXPLAIN` of a statement on PostgreSQL inside `txn`: the plan's lines.
async fn pg_plan(txn: &sea_orm::DatabaseTransaction, q: sea_orm::Statement) -> Vec<String> {
    let explain = sea_orm::Statement::from_sql_and_values(
        sea_orm::DbBackend::Postgres,
        format!("EXPLAIN {}", q.sql),
        q.values.map(|v| v.0).unwrap_or_default(),
    );
    let rows = txn.query_all_raw(explain).await.unwrap();
    rows.iter().map(|r| r.try_get::<String>("", "QUERY PLAN").unwrap()).collect()
}

/// On PostgreSQL, the reads every request of a busy page makes can be served by their indexes: the count and the
/// default page of the list of current declarations (by receipt: the primary key read backwards; by date: the partial
/// index of current declarations, in its order, with no sort), a year of the S-211 figures with each category row's latest
/// assessment found on `assessment (declaration_id, id)`, a session by its key and a token's caller by the token's digest. The test
/// tables are small, so the planner is told to scan only where nothing else can serve (`enable_seqscan`,
/// `enable_sort` off): a plan that still scans or sorts has no index to do it, which is what dropping one gives.
#[tokio::test]
async fn on_postgresql_the_busy_pages_reads_can_be_served_by_their_indexes() {
    use crate::storage::entities::{category_score, session};
    use crate::storage::{DeclarationFilter, DeclarationSort};
    use sea_orm::{EntityTrait, QueryTrait, TransactionTrait};
    let base = match std::env::var("CHAINON_TEST_POSTGRES_URL") {
        Ok(base) if !base.is_empty() => base,
        _ => {
            eprintln!("skipped on PostgreSQL: CHAINON_TEST_POSTGRES_URL is not set");
            return;
        }
    };
    let store = Store::connect(&testing::fresh_postgres_database(&base).await.unwrap()).await.unwrap();
    fill(&store).await;
    store.db.execute_unprepared("ANALYZE").await.unwrap();
    let pg = sea_orm::DbBackend::Postgres;
    let by_date = super::super::migration::CURRENT_DATE_INDEX_POSTGRES;
    let date = DeclarationFilter { sort: DeclarationSort::Date, ..DeclarationFilter::default() };
    let received = DeclarationFilter::default();
    let fy = crate::domain::FiscalYear::containing(chrono::Utc::now().date_naive());
    let statements = [
        ("the list's count", pg.build(&store.count_query(&date).await.unwrap()), vec!["Index"]),
        ("the page by date", pg.build(&store.list_query(&date).await.unwrap()), vec![by_date]),
        ("the page by receipt", pg.build(&store.list_query(&received).await.unwrap()), vec!["declaration_pkey"]),
        (
            "the S-211 figures",
            pg.build(&super::category_bands(fy, category_score::Column::ForcedLabourBand)),
            // On tables this small the planner reaches the year's declarations through their categories, by key;
            // which index finds the year's declarations at scale is the planner's to choose on real statistics.
            vec!["ix_assessment_declaration_id"],
        ),
        ("a session", session::Entity::find_by_id("0".repeat(64)).build(pg), vec!["session_pkey"]),
        ("a token's caller", super::super::accounts::token_account("t").build(pg), vec!["api_token_token_sha256_key"]),
    ];
    // A transaction of reads on PostgreSQL (the lint is for SQLite's writers): `SET LOCAL` holds for it alone.
    #[allow(clippy::disallowed_methods)]
    let txn = store.db.begin().await.unwrap();
    txn.execute_unprepared("SET LOCAL enable_seqscan = off").await.unwrap();
    txn.execute_unprepared("SET LOCAL enable_sort = off").await.unwrap();
    for (what, q, indexes) in statements {
        let steps = pg_plan(&txn, q).await;
        let text = steps.join("\n");
        for index in indexes {
            assert!(text.contains(index), "{what}: no {index}\n{text}");
        }
        for walk in
            ["Seq Scan on declaration", "Seq Scan on assessment", "Seq Scan on session", "Seq Scan on api_token"]
        {
            assert!(!text.contains(walk), "{what}: {walk}\n{text}");
        }
        assert!(!(what.starts_with("the page") && text.contains("Sort")), "{what}: sorted\n{text}");
    }
    // The portfolio's heat map and a declaration page's stamp read only what they need of the tables that grow with
    // the portfolio: every step that reads `assessment` or `portfolio_share` by an index searches it (an `Index
    // Cond`), none walks it whole — the walk is what PostgreSQL turned into nested loops over whole tables when
    // their statistics were stale (the heat map: 333 ms for 509 declarations).
    let version = crate::scoring::RiskModel::embedded().unwrap().version().to_string();
    let chosen: Vec<i64> = (1..=3).collect();
    let searched = [
        ("the heat map of the current declarations", super::super::portfolio::cells_statements(&version, None)),
        ("the heat map of a year", super::super::portfolio::cells_statements(&version, Some(&chosen))),
        ("a declaration page's stamp", vec![super::super::stamp_query(1)]),
    ];
    for (what, statements) in searched {
        for q in statements {
            let steps = pg_plan(&txn, pg.build(&q)).await;
            let text = steps.join("\n");
            for (i, step) in steps.iter().enumerate() {
                let reads = [" on assessment ", " on portfolio_share "].iter().any(|t| step.contains(t));
                if !reads || step.contains("Bitmap Heap Scan") {
                    continue;
                }
                // The step's own lines, up to the next step.
                let details = steps.iter().skip(i + 1).take_while(|l| !l.contains("->"));
                assert!(details.into_iter().any(|l| l.contains("Index Cond")), "{what}: {step} walks it\n{text}");
            }
        }
    }
    txn.rollback().await.unwrap();
}
