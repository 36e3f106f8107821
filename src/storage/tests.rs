//! Storage on SQLite, and on PostgreSQL when `CHAINON_TEST_POSTGRES_URL` is set.

use super::*;
use crate::domain::*;

async fn stores() -> Vec<Store> {
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

fn sample(name: &str, solicitation: Option<&str>, sites: &[&str]) -> Declaration {
    use strum::IntoEnumIterator;
    Declaration {
        supplier: SupplierInfo {
            legal_name: name.into(),
            business_number: None,
            country: CountryCode::parse("CA").unwrap(),
            address: Some("1 Main St".into()),
            contact_name: None,
            contact_email: None,
            solicitation_number: solicitation.map(str::to_string),
            declaration_date: chrono::NaiveDate::from_ymd_opt(2026, 5, 1).unwrap(),
            signatory_name: "A. Signer".into(),
            signatory_title: None,
        },
        attestations: Right::iter()
            .map(|right| Attestation { right, attested: true, scope: None, comment: None })
            .collect(),
        due_diligence: DueDiligence { policy: Some(true), ..Default::default() },
        places_of_work: sites
            .iter()
            .enumerate()
            .map(|(i, id)| PlaceOfWork {
                site_id: SiteId::parse(id).unwrap(),
                site_name: format!("Site {id}"),
                operator: None,
                operator_business_number: None,
                role: Role::Manufacturing,
                goods: "rope".into(),
                classification: Classification::parse("N4020"),
                inputs: vec!["sisal".into()],
                address: "x".into(),
                city: "y".into(),
                region: None,
                country: CountryCode::parse("IN").unwrap(),
                postal_code: None,
                workers: Some(10),
                share_of_value: Some(50.0),
                supplies_to: if i == 0 { vec![] } else { vec![SiteId::parse(sites[0]).unwrap()] },
                os_id: None,
                last_audit_date: None,
                audit_standard: None,
            })
            .collect(),
        goods: vec![GoodsItem {
            item: "Rope".into(),
            description: None,
            classification: None,
            quantity: Some(3.0),
            value_cad: Some(10.5),
            produced_at: vec![],
        }],
    }
}

fn assessment(score: f64) -> Assessment {
    let s = Score { score, band: Band::from_score(score), factors: vec![] };
    Assessment {
        model_version: "test".into(),
        overall: RiskPair { forced_labour: s.clone(), child_labour: s },
        sites: vec![],
        categories: vec![],
        findings: vec![Finding::new(
            FindingReason::DisclosureGap {
                site: SiteId::parse("S1").unwrap(),
                site_name: String::new(),
                goods: vec!["Cotton".into()],
                presumed: vec![],
            },
            Severity::Medium,
            Some("S1".into()),
        )],
    }
}

fn source(sha: &str) -> SourceFile {
    SourceFile { file_name: format!("{sha}.json"), sha256: sha.into(), size_bytes: 42, carrier: "json".into() }
}

#[tokio::test]
async fn a_stored_declaration_reads_back_exactly() {
    for store in stores().await {
        let d = sample("Rope Co.", Some("W1/A"), &["S1", "S2"]);
        let warnings = vec![Issue::warning("Goods!G1", None, "unknown column", "colonne inconnue")];
        let out = store.import_declaration(&source("a"), &d, &warnings, &assessment(61.0), "test").await.unwrap();
        assert!(!out.duplicate);
        let back = store.get_declaration(out.declaration_id).await.unwrap().unwrap();
        assert_eq!(back.declaration, d, "{}", store.backend_name());
        assert_eq!(back.warnings, warnings);
        assert_eq!(back.summary.site_count, 2);
        assert_eq!(back.summary.forced_labour_band, Some(Band::High));
        assert_eq!(back.summary.finding_count, 1);
        let a = store.latest_assessment(out.declaration_id).await.unwrap().unwrap();
        assert_eq!(a.assessment, assessment(61.0));
    }
}

/// What one declaration's import runs is counted, statement by statement (BEGIN and COMMIT aside), so that the
/// count cannot grow unseen: on PostgreSQL each statement is a round trip the import waits for. A first
/// declaration (a new supplier and solicitation) and a second one of the same supplier for the same solicitation
/// (superseding the first), each with sites, links, attestations, goods, findings, summaries and portfolio sums.
/// On PostgreSQL every insert that needs nothing back is gathered into one statement (`bulk::Gathered`).
#[tokio::test]
async fn one_declaration_s_import_runs_a_known_number_of_statements() {
    let model = std::sync::Arc::new(crate::scoring::RiskModel::embedded().unwrap());
    for store in stores().await {
        let (store, log) = testing::logging_queries(store.with_portfolio_model(model.clone()));
        let backend = store.backend_name();
        let d = sample("Rope Co.", Some("W1/A"), &["S1", "S2", "S3"]);
        let mark = log.len();
        store.import_declaration(&source("first"), &d, &[], &model.assess(&d), "test").await.unwrap();
        let first = log.since(mark);
        let mut newer = d.clone();
        newer.supplier.declaration_date = d.supplier.declaration_date.succ_opt().unwrap();
        let mark = log.len();
        let out =
            store.import_declaration(&source("second"), &newer, &[], &model.assess(&newer), "test").await.unwrap();
        let second = log.since(mark);
        assert!(out.superseded.is_some());
        // Every table the import fills got its rows.
        for table in BULK_TABLES.iter().chain(&["bid", "audit_entry", "portfolio_basis"]) {
            let n = store
                .db
                .query_one_raw(sea_orm::Statement::from_string(
                    store.db.get_database_backend(),
                    format!("SELECT COUNT(*) AS n FROM \"{table}\""),
                ))
                .await
                .unwrap()
                .unwrap()
                .try_get_by_index::<i64>(0)
                .unwrap();
            assert!(n > 0, "{backend}: {table} is empty");
        }
        // PostgreSQL: the file's check, the supplier's upsert, the solicitation (read; created the first time), the
        // supplier's current declaration, the declaration (and the one it supersedes), its assessment, the audit
        // chain's turn and head, then one statement for the rest (its sites and links are in its document, written
        // with it). SQLite (no round trips) runs each insert apart and checks the file before taking its turn as well.
        let expected = if backend == "postgres" { (10, 10) } else { (18, 18) };
        assert_eq!((first.len(), second.len()), expected, "{backend}:\nfirst {first:#?}\nsecond {second:#?}");
    }
}

#[tokio::test]
async fn an_identical_file_is_stored_once() {
    for store in stores().await {
        let d = sample("Rope Co.", Some("W1/A"), &["S1"]);
        let first = store.import_declaration(&source("same"), &d, &[], &assessment(10.0), "test").await.unwrap();
        let again = store.import_declaration(&source("same"), &d, &[], &assessment(10.0), "test").await.unwrap();
        assert!(again.duplicate);
        assert_eq!(again.declaration_id, first.declaration_id);
        assert_eq!(store.count_declarations().await.unwrap(), 1);
    }
}

#[tokio::test]
async fn an_older_dated_declaration_sent_after_a_newer_one_is_refused_naming_it_and_nothing_is_stored() {
    for store in stores().await {
        let dated = |day: u32, sites: &[&str]| {
            let mut d = sample("Rope Co.", Some("W1/A"), sites);
            d.supplier.declaration_date = chrono::NaiveDate::from_ymd_opt(2026, 5, day).unwrap();
            d
        };
        let newer = dated(20, &["S1"]);
        let newer = store.import_declaration(&source("n"), &newer, &[], &assessment(30.0), "test").await.unwrap();
        let audit_before = store.audit_entries(None, 1000).await.unwrap().len();
        let older = dated(10, &["S1", "S2"]);
        let refused = store.import_declaration(&source("o"), &older, &[], &assessment(70.0), "test").await.unwrap_err();
        match refused {
            StorageError::Conflict(Clash::NewerDeclaration {
                id,
                declaration_date,
                refused_date,
                solicitation,
                ..
            }) => {
                assert_eq!(id, newer.declaration_id);
                assert_eq!(declaration_date.to_string(), "2026-05-20");
                assert_eq!(refused_date.to_string(), "2026-05-10");
                assert_eq!(solicitation.as_deref(), Some("W1/A"));
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(store.count_declarations().await.unwrap(), 1, "{}", store.backend_name());
        assert_eq!(store.audit_entries(None, 1000).await.unwrap().len(), audit_before);
        let current = store.list_declarations(&DeclarationFilter::default()).await.unwrap();
        assert_eq!(current.iter().map(|d| d.id).collect::<Vec<_>>(), vec![newer.declaration_id]);
        // The same date is a correction: it replaces.
        let same_day = dated(20, &["S3"]);
        let same_day = store.import_declaration(&source("s"), &same_day, &[], &assessment(10.0), "test").await;
        assert_eq!(same_day.unwrap().superseded, Some(newer.declaration_id));
    }
}

#[tokio::test]
async fn a_newer_declaration_supersedes_the_older_and_both_stay() {
    for store in stores().await {
        let old = store
            .import_declaration(
                &source("v1"),
                &sample("Rope Co.", Some("W1/A"), &["S1"]),
                &[],
                &assessment(70.0),
                "test",
            )
            .await
            .unwrap();
        let other = store
            .import_declaration(
                &source("o1"),
                &sample("Other Co.", Some("W1/A"), &["S1"]),
                &[],
                &assessment(20.0),
                "test",
            )
            .await
            .unwrap();
        let new = store
            .import_declaration(
                &source("v2"),
                &sample("Rope Co.", Some("W1/A"), &["S1", "S2"]),
                &[],
                &assessment(30.0),
                "test",
            )
            .await
            .unwrap();
        assert_eq!(new.superseded, Some(old.declaration_id));
        assert_eq!(store.count_declarations().await.unwrap(), 3);
        let bids = store.bids_for("W1/A").await.unwrap().unwrap();
        let ids: Vec<i64> = bids.bids.iter().map(|b| b.id).collect();
        assert_eq!(ids, vec![other.declaration_id, new.declaration_id]);
        let current = store.list_declarations(&DeclarationFilter::default()).await.unwrap();
        assert_eq!(current.len(), 2);
        let all = store
            .list_declarations(&DeclarationFilter { include_superseded: true, ..Default::default() })
            .await
            .unwrap();
        assert_eq!(all.len(), 3);
        let old_row = all.iter().find(|s| s.id == old.declaration_id).unwrap();
        assert_eq!(old_row.superseded_by, Some(new.declaration_id));
        let sols = store.list_solicitations().await.unwrap();
        assert_eq!(sols.len(), 1);
        assert_eq!(sols[0].bid_count, 2);
        let (recent, total) = store.recent_solicitations(5).await.unwrap();
        assert_eq!(total, 1);
        assert_eq!((recent.len(), recent[0].bid_count, &recent[0].number), (1, 2, &sols[0].number));
        assert!(recent[0].first_received <= recent[0].last_received);
        assert!(store.bids_for("NOPE").await.unwrap().is_none());
    }
}

#[tokio::test]
async fn a_failure_inside_an_import_leaves_nothing_behind() {
    for store in stores().await {
        store
            .import_declaration(
                &source("ok"),
                &sample("Rope Co.", Some("W1/A"), &["S1"]),
                &[],
                &assessment(10.0),
                "test",
            )
            .await
            .unwrap();
        // Two sites with one id break a unique index half-way through the transaction.
        let broken = sample("Broken Co.", Some("W2/B"), &["S1", "S1"]);
        let err =
            store.import_declaration(&source("broken"), &broken, &[], &assessment(10.0), "test").await.unwrap_err();
        assert!(matches!(err, StorageError::Conflict(_)), "{err:?}");
        assert_eq!(store.count_declarations().await.unwrap(), 1);
        assert!(store.bids_for("W2/B").await.unwrap().is_none(), "the solicitation was rolled back too");
        let names: Vec<String> = store
            .list_declarations(&DeclarationFilter::default())
            .await
            .unwrap()
            .into_iter()
            .map(|s| s.supplier_name)
            .collect();
        assert_eq!(names, vec!["Rope Co.".to_string()]);
    }
}

/// Rows of every table an import fills in bulk, on `store` (the counts of [`BULK_TABLES`], in order).
async fn bulk_rows(store: &Store) -> Vec<i64> {
    use sea_orm::ConnectionTrait;
    let mut out = Vec::new();
    for t in BULK_TABLES {
        let sql = format!("SELECT COUNT(*) AS n FROM \"{t}\"");
        let row = store
            .db
            .query_one_raw(sea_orm::Statement::from_string(store.db.get_database_backend(), sql))
            .await
            .unwrap()
            .unwrap();
        out.push(row.try_get::<i64>("", "n").unwrap());
    }
    out
}

/// Site ids `S00000` … for a declaration of `n` sites.
fn site_ids(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("S{i:05}")).collect()
}

/// `assessment(score)` with a site score for each site of `d`, in its order.
fn assessment_of_sites(d: &Declaration, score: f64) -> Assessment {
    let mut a = assessment(score);
    a.sites = d
        .places_of_work
        .iter()
        .map(|p| SiteAssessment {
            site_id: p.site_id.clone(),
            site_name: p.site_name.clone(),
            tier: Some(1),
            country: p.country,
            region: None,
            role: p.role,
            category: None,
            risk: a.overall.clone(),
        })
        .collect();
    a
}

#[tokio::test]
async fn a_bulk_import_that_fails_after_several_full_batches_stores_nothing() {
    use sea_orm::ConnectionTrait;
    for store in stores().await {
        store
            .import_declaration(&source("ok"), &sample("Rope Co.", Some("W1/A"), &["S1"]), &[], &assessment(10.0), "t")
            .await
            .unwrap();
        let before = bulk_rows(&store).await;
        // Two full PostgreSQL batches of site summaries and more go in before the last one is refused (an index the
        // test adds: the assessment names its first site again, last).
        store
            .db
            .execute_unprepared("CREATE UNIQUE INDEX ux_test_once ON site_score (assessment_id, site_ref)")
            .await
            .unwrap();
        let ids = site_ids(2 * bulk::POSTGRES_ROWS + 5);
        let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        let broken = sample("Broken Co.", Some("W2/B"), &refs);
        let mut scored = assessment_of_sites(&broken, 10.0);
        let first = scored.sites[0].site_id.clone();
        scored.sites.last_mut().unwrap().site_id = first;
        let err = store.import_declaration(&source("big"), &broken, &[], &scored, "t").await.unwrap_err();
        assert!(matches!(err, StorageError::Conflict(_)), "{}: {err:?}", store.backend_name());
        assert_eq!(bulk_rows(&store).await, before, "{}", store.backend_name());
        assert_eq!(store.count_declarations().await.unwrap(), 1, "{}", store.backend_name());
        assert!(store.bids_for("W2/B").await.unwrap().is_none(), "{}", store.backend_name());
    }
}

/// A declaration's site ids are unique within it whatever door it came by (the reader refuses a repeated one; the
/// rows that kept the rule by index are gone): a repeated id is refused before anything is written, in the words of
/// that index, and the declarations stored before are as they were.
#[tokio::test]
async fn a_declaration_that_repeats_a_site_id_is_refused_and_nothing_is_stored() {
    for store in stores().await {
        let backend = store.backend_name();
        let ok = sample("Rope Co.", Some("W1/A"), &["S1", "S2"]);
        store.import_declaration(&source("ok"), &ok, &[], &assessment(10.0), "t").await.unwrap();
        let before = bulk_rows(&store).await;
        for (sha, sites, repeated) in
            [("first", &["S1", "S2", "S1"][..], "S1"), ("last", &["A", "B", "C", "D", "D"][..], "D")]
        {
            let twice = sample("Twice Co.", Some("W2/B"), sites);
            let err = store.import_declaration(&source(sha), &twice, &[], &assessment(10.0), "t").await.unwrap_err();
            match err {
                StorageError::Conflict(Clash::Constraint(m)) => {
                    assert_eq!(
                        m,
                        format!("ux_site_declaration_id_site_ref: site {repeated} is declared twice"),
                        "{backend}"
                    );
                }
                other => panic!("{backend}: {other:?}"),
            }
        }
        assert_eq!(bulk_rows(&store).await, before, "{backend}");
        assert_eq!(store.count_declarations().await.unwrap(), 1, "{backend}");
    }
}

/// The tables an import writes to whose statistics the tests check, in order: those filled in bulk, and those a declaration
/// adds a row to (the list's first page is planned from `declaration`'s and `assessment`'s).
fn analysed_tables() -> impl Iterator<Item = &'static str> {
    BULK_TABLES.into_iter().chain(["declaration", "assessment", "supplier", "bid"])
}

/// The planner's count of rows of `table` (`pg_class.reltuples`: -1 where never analysed).
async fn planned_rows(store: &Store, table: &str) -> i64 {
    use sea_orm::ConnectionTrait;
    let sql = format!("SELECT reltuples::bigint AS n FROM pg_class WHERE relname = '{table}'");
    let row = store.db.query_one_raw(sea_orm::Statement::from_string(DbBackend::Postgres, sql)).await.unwrap().unwrap();
    row.try_get::<i64>("", "n").unwrap()
}

// A batch of small declarations (a portfolio imported by `chainon import`, whose end calls `analyze_after_import`)
// leaves the planner counting every declaration and assessment: with `declaration` unanalysed, the list's first
// page was planned for 5 rows out of 1,936.
#[tokio::test]
async fn statistics_refreshed_after_an_import_count_every_declaration_and_assessment() {
    let Some(store) = stores().await.into_iter().find(|s| s.backend_name() == "postgres") else { return };
    for n in 0..7 {
        let name = format!("Rope Co. {n}");
        let site = format!("S{n}");
        store
            .import_declaration(&source(&name), &sample(&name, None, &[site.as_str()]), &[], &assessment(10.0), "t")
            .await
            .unwrap();
    }
    store.analyze_after_import().await.unwrap();
    for table in ["declaration", "assessment", "supplier"] {
        assert_eq!(planned_rows(&store, table).await, 7, "{table}");
    }
}

#[tokio::test]
async fn a_large_import_leaves_postgresql_statistics_of_what_it_filled() {
    use sea_orm::ConnectionTrait;
    let Some(store) = stores().await.into_iter().find(|s| s.backend_name() == "postgres") else { return };
    // How many times each bulk table was analysed by hand (a migration may have analysed some already).
    let analysed = async || -> Vec<i64> {
        let mut out = Vec::new();
        for t in analysed_tables() {
            let sql = format!("SELECT analyze_count AS n FROM pg_stat_user_tables WHERE relname = '{t}'");
            let row = store.db.query_one_raw(sea_orm::Statement::from_string(DbBackend::Postgres, sql)).await.unwrap();
            out.push(row.unwrap().try_get::<i64>("", "n").unwrap());
        }
        out
    };
    let before = analysed().await;
    // A small declaration leaves the statistics to autovacuum.
    store
        .import_declaration(&source("small"), &sample("Rope Co.", None, &["S1"]), &[], &assessment(10.0), "t")
        .await
        .unwrap();
    assert_eq!(analysed().await, before);
    let ids = site_ids(bulk::POSTGRES_ROWS);
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let big = sample("Big Co.", None, &refs);
    store.import_declaration(&source("big"), &big, &[], &assessment_of_sites(&big, 10.0), "t").await.unwrap();
    let after = analysed().await;
    for ((t, b), a) in analysed_tables().zip(&before).zip(&after) {
        assert_eq!(*a, b + 1, "{t}");
    }
    // Statistics that see the rows: the planner expects thousands of site summaries, not an empty table.
    assert_eq!(planned_rows(&store, "site_score").await, i64::try_from(bulk::POSTGRES_ROWS).unwrap());
}

#[tokio::test]
async fn reassessments_are_kept_and_the_newest_is_current() {
    for store in stores().await {
        let out = store
            .import_declaration(&source("r"), &sample("Rope Co.", None, &["S1"]), &[], &assessment(10.0), "test")
            .await
            .unwrap();
        let mut newer = assessment(80.0);
        newer.model_version = "next".into();
        store.save_assessment(out.declaration_id, &newer, "test").await.unwrap();
        let latest = store.latest_assessment(out.declaration_id).await.unwrap().unwrap();
        assert_eq!(latest.model_version, "next");
        assert_eq!(store.assessments_of(out.declaration_id).await.unwrap().len(), 2);
        assert!(matches!(store.save_assessment(999_999, &newer, "test").await, Err(StorageError::NotFound)));
        let summary = store.get_declaration(out.declaration_id).await.unwrap().unwrap().summary;
        assert_eq!(summary.forced_labour_band, Some(Band::Critical));
        assert_eq!(summary.solicitation_number, None);
    }
}

/// An officer or an auditor who turns screening alert e-mails off is sent none, the others theirs, a supplier and an
/// administrator never; the change is audited once and undone as it was made.
#[tokio::test]
async fn a_person_who_turns_screening_alert_emails_off_is_sent_none() {
    use crate::screening::ListKind;
    for store in stores().await {
        let new = |email: &str, role: AccountRole| NewAccount {
            email: email.into(),
            display_name: "N".into(),
            role,
            business_number: (role == AccountRole::Supplier).then(|| "842310575".to_string()),
            password_hash: "!".into(),
        };
        let officer = store.create_account(&new("on@x.test", AccountRole::Officer), "tests").await.unwrap();
        let quiet = store.create_account(&new("quiet@x.test", AccountRole::Officer), "tests").await.unwrap();
        let auditor = store.create_account(&new("aud@x.test", AccountRole::Auditor), "tests").await.unwrap();
        store.create_account(&new("sup@x.test", AccountRole::Supplier), "tests").await.unwrap();
        store.create_account(&new("adm@x.test", AccountRole::Administrator), "tests").await.unwrap();
        assert!(officer.screening_alerts && quiet.screening_alerts, "on for a new account");
        let after = store.set_account_screening_alerts(quiet.id, false, "quiet@x.test").await.unwrap();
        assert!(!after.screening_alerts);
        // Said again, nothing changes and nothing more is audited.
        store.set_account_screening_alerts(quiet.id, false, "quiet@x.test").await.unwrap();
        let now = chrono::Utc::now();
        let recipients = async || {
            let mut r: Vec<String> = store.outbox(100).await.unwrap().into_iter().map(|m| m.recipient).collect();
            r.sort();
            r
        };
        assert_eq!(store.notify_screening_alerts(2, ListKind::Uflpa, None, now).await.unwrap(), 2);
        assert_eq!(recipients().await, ["aud@x.test", "on@x.test"], "{}", store.backend_name());
        store.set_account_screening_alerts(quiet.id, true, "quiet@x.test").await.unwrap();
        store.set_account_screening_alerts(auditor.id, false, "aud@x.test").await.unwrap();
        assert_eq!(store.notify_screening_alerts(1, ListKind::Uflpa, None, now).await.unwrap(), 2);
        assert_eq!(recipients().await, ["aud@x.test", "on@x.test", "on@x.test", "quiet@x.test"]);
        let entries = store.audit_entries(Some(&format!("account/{}", quiet.id)), 10).await.unwrap();
        assert_eq!(entries.iter().filter(|e| e.action == "account.screening_alerts_changed").count(), 2);
        assert!(matches!(store.set_account_screening_alerts(i64::MAX, false, "t").await, Err(StorageError::NotFound)));
    }
}

#[tokio::test]
async fn the_language_an_account_last_acted_in_becomes_its_language() {
    use sea_orm::ConnectionTrait;
    use sea_orm_migration::MigratorTrait;
    for store in stores().await {
        let new = |email: &str| NewAccount {
            email: email.into(),
            display_name: "N".into(),
            role: AccountRole::Supplier,
            business_number: Some("842310575".into()),
            password_hash: "!".into(),
        };
        let known = store.create_account_in(&new("fr@x.test"), Some(Lang::Fr), "tests").await.unwrap();
        let unknown = store.create_account(&new("none@x.test"), "tests").await.unwrap();
        let later = store.create_account(&new("later@x.test"), "tests").await.unwrap();
        assert_eq!((known.language, unknown.language), (Some(Lang::Fr), None));
        // Back to the schema of `contact_language` (its rows made from the accounts' languages), one language recorded
        // there the old way, then forward again: every language is the account's.
        // (Down through every migration after it, then it.)
        let after = migration::Migrator::migrations()
            .iter()
            .rev()
            .take_while(|m| m.name() != "m20261130_000001_add_account_language")
            .count();
        migration::Migrator::down(&store.db, Some(u32::try_from(after + 1).unwrap())).await.unwrap();
        let sql = format!(
            "INSERT INTO contact_language (account_id, lang, updated_at) VALUES ({}, 'en', CURRENT_TIMESTAMP)",
            later.id
        );
        store.db.execute_unprepared(&sql).await.unwrap();
        migration::Migrator::up(&store.db, None).await.unwrap();
        let language = async |id: i64| store.account_even_disabled(id).await.unwrap().unwrap().language;
        assert_eq!(language(known.id).await, Some(Lang::Fr), "{}", store.backend_name());
        assert_eq!(language(unknown.id).await, None);
        assert_eq!(language(later.id).await, Some(Lang::En));
        assert!(
            store.db.execute_unprepared("SELECT COUNT(*) FROM contact_language").await.is_err(),
            "the old table is gone"
        );
        // A first form's language does not replace a chosen one; a choice does, audited.
        store.set_account_language(later.id, Lang::Fr, true, "tests").await.unwrap();
        assert_eq!(language(later.id).await, Some(Lang::En));
        store.set_account_language(unknown.id, Lang::Fr, true, "tests").await.unwrap();
        assert_eq!(language(unknown.id).await, Some(Lang::Fr));
        store.set_account_language(later.id, Lang::Fr, false, "tests").await.unwrap();
        assert_eq!(language(later.id).await, Some(Lang::Fr));
        let entries = store.audit_entries(Some(&format!("account/{}", later.id)), 10).await.unwrap();
        assert_eq!(entries.iter().filter(|e| e.action == "account.language_changed").count(), 1);
    }
}

/// A declaration's page reads its declaration and latest assessment on every view: read again, they are parsed once;
/// rewritten in place (other bytes under the same row), they are read anew, never answered from the older reading.
#[tokio::test]
async fn documents_read_again_are_parsed_once_and_a_rewritten_document_is_read_anew() {
    use std::sync::atomic::Ordering::Relaxed;
    let read = |name: &str| {
        let bytes = std::fs::read(format!("{}/supplier_data/demo/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
        crate::import::read_declaration(name, &bytes, &crate::import::Limits::default()).unwrap().declaration
    };
    let model = crate::scoring::RiskModel::embedded().unwrap();
    let (d, other) = (read("uniformes-boreal-w0113.json"), read("medisafe-gloves-en578-2025.json"));
    let (a, b) = (model.assess(&d), model.assess(&other));
    assert_ne!(a, b);
    for store in stores().await {
        let out = store.import_declaration(&source("again"), &d, &[], &a, "test").await.unwrap();
        let id = out.declaration_id;
        let parses =
            |s: &Store| (s.parsed.declarations.parses.load(Relaxed), s.parsed.assessments.parses.load(Relaxed));
        let before = parses(&store);
        for _ in 0..3 {
            assert_eq!(store.get_declaration(id).await.unwrap().unwrap().declaration, d);
            assert_eq!(store.latest_assessment(id).await.unwrap().unwrap().assessment, a);
        }
        let after = parses(&store);
        assert_eq!((after.0 - before.0, after.1 - before.1), (1, 1), "{}", store.backend_name());
        // Another document written over the same rows: read as it now is.
        let row = assessment::Entity::find().filter(assessment::Column::DeclarationId.eq(id)).one(&store.db);
        let row = row.await.unwrap().unwrap();
        assessment::Entity::update_many()
            .col_expr(assessment::Column::DocumentGz, Expr::value(super::document::pack(&b).unwrap()))
            .filter(assessment::Column::Id.eq(row.id))
            .exec(&store.db)
            .await
            .unwrap();
        declaration::Entity::update_many()
            .col_expr(declaration::Column::DocumentGz, Expr::value(super::document::pack(&other).unwrap()))
            .filter(declaration::Column::Id.eq(id))
            .exec(&store.db)
            .await
            .unwrap();
        assert_eq!(store.latest_assessment(id).await.unwrap().unwrap().assessment, b, "{}", store.backend_name());
        assert_eq!(store.get_declaration(id).await.unwrap().unwrap().declaration, other);
    }
}

/// A finding about a site that several sites share, the same but for the site, is one row of `finding` (its sites in
/// `for_sites`, their positions among the findings in `at`, no place), and the assessment reads back with each site's
/// finding in its place.
#[tokio::test]
async fn findings_that_say_the_same_for_several_sites_are_one_row_and_read_back_each() {
    let name = "uniformes-boreal-w0113.json";
    let bytes = std::fs::read(format!("{}/supplier_data/demo/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let d = crate::import::read_declaration(name, &bytes, &crate::import::Limits::default()).unwrap().declaration;
    let mut a = crate::scoring::RiskModel::embedded().unwrap().assess(&d);
    let before = a.findings.len();
    // The same disclosure gap (goods of their own) at every site, after the findings the model gives.
    for s in a.sites.clone() {
        let reason = FindingReason::DisclosureGap {
            site: s.site_id.clone(),
            site_name: s.site_name.clone(),
            goods: vec!["Vanadium".into()],
            presumed: vec![],
        };
        a.findings.push(Finding::new(reason, Severity::Low, Some(Place::site(&s.site_id))));
    }
    assert!(a.sites.len() >= 2);
    for store in stores().await {
        let out = store.import_declaration(&source("groups"), &d, &[], &a, "test").await.unwrap();
        let stored = store.latest_assessment(out.declaration_id).await.unwrap().unwrap();
        assert_eq!(stored.assessment, a, "{}", store.backend_name());
        let rows =
            finding::Entity::find().filter(finding::Column::AssessmentId.eq(stored.id)).all(&store.db).await.unwrap();
        let group: Vec<_> =
            rows.iter().filter(|r| r.params.as_deref().is_some_and(|p| p.contains("Vanadium"))).collect();
        assert_eq!(group.len(), 1, "{rows:#?}");
        let params: serde_json::Value = serde_json::from_str(group[0].params.as_deref().unwrap()).unwrap();
        let sites: Vec<&str> = a.sites.iter().map(|s| s.site_id.as_str()).collect();
        assert_eq!(params["for_sites"], serde_json::json!(sites));
        assert_eq!(params["at"][0], before);
        assert_eq!(params["goods"], serde_json::json!(["Vanadium"]));
        assert!(params.get("site").is_none() && params.get("severity").is_none(), "{params}");
        assert_eq!(
            (group[0].code.as_str(), group[0].severity.as_str(), &group[0].location),
            ("disclosure_gap", "low", &None)
        );
        assert!(rows.len() <= a.findings.len() - sites.len() + 1);
        let back = store.get_declaration(out.declaration_id).await.unwrap().unwrap();
        assert_eq!(back.summary.finding_count as usize, a.findings.len());
    }
}

#[tokio::test]
async fn an_assessment_stored_with_every_factor_inline_reads_back_as_its_said_once_form_does() {
    let name = "uniformes-boreal-w0113.json";
    let bytes = std::fs::read(format!("{}/supplier_data/demo/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let d = crate::import::read_declaration(name, &bytes, &crate::import::Limits::default()).unwrap().declaration;
    let a = crate::scoring::RiskModel::embedded().unwrap().assess(&d);
    // The form written before factors were said once: the parts' own serialisation.
    let inline = serde_json::json!({"model_version": a.model_version, "overall": a.overall, "sites": a.sites,
        "categories": a.categories, "findings": a.findings})
    .to_string();
    for store in stores().await {
        let out = store.import_declaration(&source("inline"), &d, &[], &a, "test").await.unwrap();
        let stored = store.latest_assessment(out.declaration_id).await.unwrap().unwrap();
        // What is stored is what was scored, to the bit (the engine rounds once; the writer rounds nothing).
        assert_eq!(stored.assessment, a, "{}", store.backend_name());
        let row = assessment::Entity::find_by_id(stored.id).one(&store.db).await.unwrap().unwrap();
        let mut document = String::new();
        std::io::Read::read_to_string(
            &mut flate2::read::GzDecoder::new(row.document_gz.unwrap().as_slice()),
            &mut document,
        )
        .unwrap();
        assert!(document.starts_with(r#"{"form":3,"#), "{document}");
        assert!(document.len() < inline.len(), "{} ≥ {}", document.len(), inline.len());
        assert_eq!(row.document, "", "the text is not stored beside the bytes");
        // The same assessment as an older version stored it (text, no bytes) reads back the same.
        assessment::Entity::update_many()
            .col_expr(assessment::Column::DocumentGz, Expr::value(sea_orm::Value::Bytes(None)))
            .col_expr(assessment::Column::Document, Expr::value(inline.clone()))
            .filter(assessment::Column::Id.eq(stored.id))
            .exec(&store.db)
            .await
            .unwrap();
        let old = store.latest_assessment(out.declaration_id).await.unwrap().unwrap();
        assert_eq!(old.assessment, a, "{}", store.backend_name());
        assert_eq!(store.assessments_of(out.declaration_id).await.unwrap().pop().unwrap().assessment, a);
    }
}

#[tokio::test]
async fn a_solicitation_is_found_by_its_number_in_any_case_of_letters() {
    for store in stores().await {
        let d = sample("Rope Co.", Some("W8486-26/500"), &["S1"]);
        let out = store.import_declaration(&source("a"), &d, &[], &assessment(10.0), "test").await.unwrap();
        for asked in ["W8486-26/500", "w8486-26/500", " w8486-26/500"] {
            let bids = store.bids_for(asked).await.unwrap().unwrap_or_else(|| panic!("{asked}"));
            assert_eq!(bids.number, "W8486-26/500");
            assert_eq!(bids.bids.iter().map(|b| b.id).collect::<Vec<_>>(), vec![out.declaration_id]);
            let filter = DeclarationFilter { solicitation_number: Some(asked.into()), ..Default::default() };
            assert_eq!(store.list_declarations(&filter).await.unwrap().len(), 1, "{asked} {}", store.backend_name());
        }
    }
}

#[tokio::test]
async fn an_import_records_its_declaration_then_its_assessment_and_the_chain_holds() {
    for store in stores().await {
        store.record(&AuditEvent::new("test", "before", "x/1", serde_json::json!({}))).await.unwrap();
        let d = sample("Rope Co.", Some("W1/A"), &["S1"]);
        let out = store.import_declaration(&source("a"), &d, &[], &assessment(10.0), "test").await.unwrap();
        let entries = store.audit_entries(None, 10).await.unwrap();
        let actions: Vec<(i64, &str, &str)> =
            entries.iter().map(|e| (e.seq, e.action.as_str(), e.subject.as_str())).collect();
        let subject = format!("declaration/{}", out.declaration_id);
        assert_eq!(
            actions,
            vec![
                (3, "assessment.stored", subject.as_str()),
                (2, "declaration.stored", subject.as_str()),
                (1, "before", "x/1")
            ],
            "{}",
            store.backend_name()
        );
        assert_eq!(entries[1].hash, entries[0].prev_hash);
        assert!(store.verify_audit().await.unwrap().is_intact());
    }
}

#[tokio::test]
async fn the_migration_makes_stored_solicitation_numbers_canonical_and_merges_their_spellings() {
    use sea_orm_migration::MigratorTrait;
    for store in stores().await {
        // Back to the schema before the migration, where numbers were stored as sent.
        let steps = {
            let names: Vec<String> = migration::Migrator::migrations().iter().map(|m| m.name().to_string()).collect();
            names.iter().rev().position(|n| n == "m20261130_000701_normalise_solicitation_numbers").unwrap() as u32 + 1
        };
        migration::Migrator::down(&store.db, Some(steps)).await.unwrap();
        // Today's rows carry the declaration's legal name, a later migration's column: there for the writes below,
        // gone again before the migrations run (the later one adds it back from the documents).
        store.db.execute_unprepared("ALTER TABLE declaration ADD COLUMN legal_name TEXT").await.unwrap();
        let put = async |name: &str, number: &str, sha: &str| {
            let d = sample(name, Some(number), &["S1"]);
            store.import_declaration(&source(sha), &d, &[], &assessment(10.0), "test").await.unwrap().declaration_id
        };
        // Two suppliers under two spellings of one number: merged.
        let a = put("Rope Co.", "w1/a", "a").await;
        let b = put("Other Co.", "W1/A", "b").await;
        // One spelling only, not canonical: renamed.
        let c = put("Third Co.", " w3/c", "c").await;
        // One supplier under two spellings: which of its declarations is in force is not the migration's to decide.
        let d1 = put("Twice Co.", "w2/b", "d1").await;
        let d2 = put("Twice Co.", "W2/B", "d2").await;
        store.add_evaluation_note("w1/a", Some(a), "a note", "officer@x").await.unwrap();
        assert_eq!(store.list_solicitations().await.unwrap().len(), 5);

        store.db.execute_unprepared("ALTER TABLE declaration DROP COLUMN legal_name").await.unwrap();
        migration::Migrator::up(&store.db, None).await.unwrap();
        let mut numbers: Vec<String> =
            store.list_solicitations().await.unwrap().into_iter().map(|s| s.number).collect();
        numbers.sort();
        assert_eq!(numbers, ["W1/A", "W2/B", "W3/C", "w2/b"], "{}", store.backend_name());
        let ids = |bids: SolicitationBids| bids.bids.iter().map(|b| b.id).collect::<Vec<_>>();
        assert_eq!(ids(store.bids_for("w1/a").await.unwrap().unwrap()), vec![a, b]);
        assert_eq!(ids(store.bids_for("W3/C").await.unwrap().unwrap()), vec![c]);
        assert_eq!(ids(store.bids_for("w2/b").await.unwrap().unwrap()), vec![d1], "left apart, found as written");
        assert_eq!(ids(store.bids_for("W2/B").await.unwrap().unwrap()), vec![d2]);
        let notes = store.evaluation_notes("W1/A").await.unwrap();
        assert_eq!(notes.len(), 1, "the notes follow their solicitation");
        assert_eq!(
            store.get_declaration(a).await.unwrap().unwrap().summary.solicitation_number.as_deref(),
            Some("W1/A")
        );
    }
}

#[tokio::test]
async fn a_supplier_declaring_again_under_a_new_name_keeps_its_row_and_takes_the_name() {
    for store in stores().await {
        let named = |name: &str, day: u32| {
            let mut d = sample(name, Some("W1/A"), &["S1"]);
            d.supplier.business_number = Some(BusinessNumber::parse("123456782").unwrap());
            d.supplier.declaration_date = chrono::NaiveDate::from_ymd_opt(2026, 5, day).unwrap();
            d
        };
        let (a, b) = (named("Rope Co.", 1), named("Rope Ltd.", 2));
        let first = store.import_declaration(&source("a"), &a, &[], &assessment(10.0), "test").await.unwrap();
        let second = store.import_declaration(&source("b"), &b, &[], &assessment(10.0), "test").await.unwrap();
        assert_eq!(second.superseded, Some(first.declaration_id));
        let all = store
            .list_declarations(&DeclarationFilter { include_superseded: true, ..Default::default() })
            .await
            .unwrap();
        assert_eq!(all.len(), 2);
        assert_eq!(all[0].supplier_id, all[1].supplier_id, "{}", store.backend_name());
        // Each declaration is listed under the name it was sent with; the supplier's row has the latest.
        let name_of = |id: i64| all.iter().find(|s| s.id == id).map(|s| s.supplier_name.clone());
        assert_eq!(name_of(first.declaration_id).as_deref(), Some("Rope Co."));
        assert_eq!(name_of(second.declaration_id).as_deref(), Some("Rope Ltd."));
        // One bid, moved to the newer declaration.
        let bids = store.bids_for("W1/A").await.unwrap().unwrap();
        assert_eq!(bids.bids.iter().map(|b| b.id).collect::<Vec<_>>(), vec![second.declaration_id]);
    }
}

/// Two companies giving one business number (a typing slip, a reused number) each keep their own name on their bids
/// and in lists, whatever the order they come in; the business number on file under another name is told at intake,
/// with the name and the day it was first received; the same name again, or no business number, tells nothing.
#[tokio::test]
async fn a_declaration_keeps_its_legal_name_when_another_gives_its_business_number() {
    for store in stores().await {
        let bn = BusinessNumber::parse("100000025").unwrap();
        let named = |name: &str, sol: &str| {
            let mut d = sample(name, Some(sol), &["S1"]);
            d.supplier.business_number = Some(bn.clone());
            d
        };
        let fleuve = named("Chemises Fleuve Inc.", "W8486-269920/A");
        assert_eq!(store.name_on_file(&fleuve).await.unwrap(), None, "a new business number");
        let a = store.import_declaration(&source("n1"), &fleuve, &[], &assessment(10.0), "t").await.unwrap();
        assert_eq!(store.name_on_file(&named("Chemises Fleuve Inc.", "X2")).await.unwrap(), None, "the same name");
        let mistral = named("Vêtements Mistral S.E.N.C.", "W8486-269922/A");
        let on_file = store.name_on_file(&mistral).await.unwrap().unwrap();
        assert_eq!(on_file.legal_name, "Chemises Fleuve Inc.");
        assert_eq!(on_file.since, Utc::now().date_naive());
        let b = store.import_declaration(&source("n2"), &mistral, &[], &assessment(20.0), "t").await.unwrap();
        // A third bid under the first name again: the record's latest name is the one on file.
        let again = named("Chemises Fleuve Inc.", "W8486-269923/A");
        assert_eq!(store.name_on_file(&again).await.unwrap().unwrap().legal_name, "Vêtements Mistral S.E.N.C.");
        let c = store.import_declaration(&source("n3"), &again, &[], &assessment(30.0), "t").await.unwrap();
        let mut ranked = Vec::new();
        for sol in ["W8486-269920/A", "W8486-269922/A", "W8486-269923/A"] {
            let bids = store.bids_for(sol).await.unwrap().unwrap().bids;
            ranked.push(bids.into_iter().map(|b| b.supplier_name).collect::<Vec<_>>());
        }
        let expected = ["Chemises Fleuve Inc.", "Vêtements Mistral S.E.N.C.", "Chemises Fleuve Inc."];
        assert_eq!(ranked, expected.map(|n| vec![n.to_string()]), "{}", store.backend_name());
        let all = store.list_declarations(&DeclarationFilter::default()).await.unwrap();
        let name_of = |id: i64| all.iter().find(|s| s.id == id).map(|s| s.supplier_name.as_str());
        assert_eq!(name_of(a.declaration_id), Some("Chemises Fleuve Inc."));
        assert_eq!(name_of(b.declaration_id), Some("Vêtements Mistral S.E.N.C."));
        assert_eq!(name_of(c.declaration_id), Some("Chemises Fleuve Inc."));
        assert_eq!(
            store.get_declaration(a.declaration_id).await.unwrap().unwrap().summary.supplier_name,
            "Chemises Fleuve Inc."
        );
        // Without a business number a supplier is its name: nothing to tell.
        let mut plain = sample("Chemises Fleuve Inc.", Some("W9"), &["S1"]);
        plain.supplier.business_number = None;
        assert_eq!(store.name_on_file(&plain).await.unwrap(), None);
    }
}

/// Declarations stored before they kept their own legal name take it from their stored document when the column
/// comes: the earlier bid is named as it was sent, not by the supplier's latest name.
#[tokio::test]
async fn the_migration_gives_each_stored_declaration_the_legal_name_of_its_document() {
    use sea_orm_migration::MigratorTrait;
    for store in stores().await {
        let named = |name: &str, sol: &str| {
            let mut d = sample(name, Some(sol), &["S1"]);
            d.supplier.business_number = Some(BusinessNumber::parse("100000025").unwrap());
            d
        };
        let put = async |d: Declaration, sha: &str| {
            store.import_declaration(&source(sha), &d, &[], &assessment(10.0), "t").await.unwrap().declaration_id
        };
        let a = put(named("Chemises Fleuve Inc.", "W1/A"), "m1").await;
        let b = put(named("Vêtements Mistral S.E.N.C.", "W2/A"), "m2").await;
        // Back to before the column (this migration is the last), then forward: the names come from the documents.
        let steps = {
            let names: Vec<String> = migration::Migrator::migrations().iter().map(|m| m.name().to_string()).collect();
            names.iter().rev().position(|n| n == "m20261130_002200_add_declaration_legal_name").unwrap() as u32 + 1
        };
        migration::Migrator::down(&store.db, Some(steps)).await.unwrap();
        migration::Migrator::up(&store.db, None).await.unwrap();
        let all = store.declaration_summaries(&[a, b, 9999]).await.unwrap();
        let names: Vec<&str> = all.iter().map(|s| s.supplier_name.as_str()).collect();
        assert_eq!(names, ["Chemises Fleuve Inc.", "Vêtements Mistral S.E.N.C."], "{}", store.backend_name());
    }
}

/// More rows than one statement carries on either backend (PostgreSQL: 10,000 a statement; SQLite: 16,383 rows of
/// two columns), so the split into statements is exercised on both.
const MANY: usize = 25_000;

#[tokio::test]
async fn a_bulk_insert_over_several_statements_keeps_every_row_and_gives_ids_in_row_order() {
    use entities::solicitation;
    for store in stores().await {
        let numbers: Vec<String> = (0..MANY).map(|i| format!("N-{:05}", (i * 7919) % MANY)).collect();
        let now = Utc::now();
        let rows = |numbers: &[String]| -> Vec<solicitation::ActiveModel> {
            numbers
                .iter()
                .map(|n| solicitation::ActiveModel { id: NotSet, number: Set(n.clone()), created_at: Set(now) })
                .collect()
        };
        let txn = store.write().await.unwrap();
        let returned: Vec<(String, i64)> =
            bulk::insert_returning(&txn, rows(&numbers), &[solicitation::Column::Number, solicitation::Column::Id])
                .await
                .unwrap();
        txn.finish(Ok(())).await.unwrap();
        assert_eq!(returned.len(), MANY, "{}", store.backend_name());
        let by_number: HashMap<&str, i64> = returned.iter().map(|(n, id)| (n.as_str(), *id)).collect();
        let ids: Vec<i64> = numbers.iter().map(|n| by_number[n.as_str()]).collect();
        assert!(ids.windows(2).all(|w| w[0] < w[1]), "{}: ids follow the rows' order", store.backend_name());
        let stored: Vec<(i64, String)> = solicitation::Entity::find()
            .select_only()
            .columns([solicitation::Column::Id, solicitation::Column::Number])
            .order_by_asc(solicitation::Column::Id)
            .into_tuple()
            .all(&store.db)
            .await
            .unwrap();
        assert_eq!(stored, ids.iter().copied().zip(numbers.iter().cloned()).collect::<Vec<_>>());

        // Without reading back: the same rows, in the same order, after those.
        let more: Vec<String> = numbers.iter().map(|n| format!("M{n}")).collect();
        let txn = store.write().await.unwrap();
        bulk::insert(&txn, rows(&more)).await.unwrap();
        txn.finish(Ok(())).await.unwrap();
        let stored: Vec<String> = solicitation::Entity::find()
            .select_only()
            .column(solicitation::Column::Number)
            .filter(solicitation::Column::Id.gt(ids[MANY - 1]))
            .order_by_asc(solicitation::Column::Id)
            .into_tuple()
            .all(&store.db)
            .await
            .unwrap();
        assert_eq!(stored, more, "{}", store.backend_name());
    }
}

#[tokio::test]
async fn a_screening_entry_is_looked_up_by_edition_and_key_on_an_index() {
    use sea_orm_migration::{MigratorTrait, SchemaManager};
    for store in stores().await {
        let has = async || {
            SchemaManager::new(&store.db).has_index("screening_entry", "ix_screening_entry_edition_key").await.unwrap()
        };
        assert!(has().await, "{}", store.backend_name());
        // The migration goes down (with those applied after it) and up again.
        let all = migration::Migrator::migrations();
        let at = all.iter().position(|m| m.name() == "m20261130_001001_index_screening_entry_key").unwrap();
        let steps = u32::try_from(all.len() - at).unwrap();
        migration::Migrator::down(&store.db, Some(steps)).await.unwrap();
        assert!(!has().await, "{}", store.backend_name());
        migration::Migrator::up(&store.db, None).await.unwrap();
        assert!(has().await, "{}", store.backend_name());
    }
}

/// What reports read changes only by writes that move the count of changes: a cached report compares the count and
/// is computed again after any of them (declarations stored and superseded, assessments, contracts, cases and
/// their events, match decisions), while the writes every request makes (a session's last use) leave it.
#[tokio::test]
async fn every_write_that_can_change_a_report_moves_the_count_of_changes_and_a_sessions_use_does_not() {
    let store = Store::connect("sqlite::memory:").await.unwrap();
    let last = std::cell::Cell::new(store.changes());
    let moved = |what: &str| {
        let now = store.changes();
        assert!(now > last.get(), "{what} moves the count");
        last.set(now);
    };
    let model = crate::scoring::RiskModel::embedded().unwrap();
    let path = format!("{}/supplier_data/demo/gantex-en578.json", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(path).unwrap();
    let d = crate::import::read_declaration("g.json", &bytes, &crate::import::Limits::default()).unwrap().declaration;
    let source = |n: u8| SourceFile {
        file_name: format!("{n}.json"),
        sha256: format!("{n:064x}"),
        size_bytes: 1,
        carrier: "json".into(),
    };
    let first = store.import_declaration(&source(1), &d, &[], &model.assess(&d), "t").await.unwrap();
    moved("a declaration stored");
    let mut newer = d.clone();
    newer.supplier.declaration_date = newer.supplier.declaration_date.succ_opt().unwrap();
    let second = store.import_declaration(&source(2), &newer, &[], &model.assess(&newer), "t").await.unwrap();
    assert_eq!(second.superseded, Some(first.declaration_id));
    moved("a declaration superseding another");
    store.save_assessment(second.declaration_id, &model.assess(&newer), "t").await.unwrap();
    moved("a re-assessment (a screening effect is one)");
    let contract: crate::cases::Contract = serde_json::from_value(serde_json::json!({
        "number": "W8486-24/001", "kind": "contract", "title": "Gloves", "business_number": "842310575",
        "supplier_name": "Gantex", "goods_category": "apparel", "value_cad": 1000.0, "awarded_on": "2022-01-10"
    }))
    .unwrap();
    let c = store.create_contract(&contract, "t").await.unwrap();
    moved("a contract");
    let case = store.open_case(c.id, "Passports", "t").await.unwrap();
    moved("a case opened");
    let event: crate::cases::CaseEvent = serde_json::from_value(serde_json::json!({
        "type": "evidence", "kind": "credible_report", "source": "NGO", "dated": "2026-01-05", "credibility": "high"
    }))
    .unwrap();
    store.add_case_event(case, &event, "t").await.unwrap();
    moved("a case event");
    // A session's writes, made by every request of a signed-in browser, leave cached reports as they are.
    let limits = SessionLimits::default();
    store.create_session("key", "{}", None, limits).await.unwrap();
    store.touch_session("key").await.unwrap();
    store.update_session("key", "{}", None).await.unwrap();
    store.delete_session("key").await.unwrap();
    assert_eq!(store.changes(), last.get(), "sessions change no report");
}

/// The site columns and indexes no query read are gone (`m20261205_f00100_drop_unread_site_columns`), and every
/// field they held is still read from the declaration's document: before the migration (rows stored with the
/// columns), after it, and after it is undone and applied again.
#[tokio::test]
async fn the_site_fields_only_the_document_is_read_for_are_kept_once_and_read_back_whole() {
    use sea_orm::{ConnectionTrait, DbBackend, Statement};
    use sea_orm_migration::MigratorTrait;
    const NAME: &str = "m20261205_f00100_drop_unread_site_columns";
    for store in stores().await {
        let backend = store.backend_name();
        let has_column = async |column: &str| {
            // Unquoted: SQLite reads an unknown name in double quotes as a string.
            store.db.execute_unprepared(&format!("SELECT {column} FROM site")).await.is_ok()
        };
        let index_count = async || {
            let q = match store.db.get_database_backend() {
                DbBackend::Postgres => {
                    "SELECT COUNT(*) AS n FROM pg_indexes WHERE indexname IN \
                                        ('ix_site_country', 'ix_site_os_id', 'ix_finding_code')"
                }
                _ => {
                    "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'index' AND name IN \
                      ('ix_site_country', 'ix_site_os_id', 'ix_finding_code')"
                }
            };
            let row = store.db.query_one_raw(Statement::from_string(store.db.get_database_backend(), q)).await;
            row.unwrap().unwrap().try_get::<i64>("", "n").unwrap()
        };
        let mut d = sample("Cordages Nordiques", Some("W8486-25/A"), &["S1", "S2"]);
        for p in &mut d.places_of_work {
            p.region = Some("Gujarat".into());
            p.postal_code = Some("380001".into());
            p.os_id = Some("IN2024123ABC456".into());
            p.last_audit_date = chrono::NaiveDate::from_ymd_opt(2025, 9, 1);
            p.audit_standard = Some("SA8000".into());
            p.inputs = vec!["sisal".into(), "jute".into()];
        }
        // Stored before the migration, with the columns, then migrated.
        let steps = {
            let names: Vec<String> = migration::Migrator::migrations().iter().map(|m| m.name().to_string()).collect();
            names.iter().rev().position(|n| n == NAME).unwrap() as u32 + 1
        };
        migration::Migrator::down(&store.db, Some(steps)).await.unwrap();
        assert!(has_column("inputs").await && has_column("audit_standard").await, "{backend}");
        assert_eq!(index_count().await, 3, "{backend}");
        let before =
            store.import_declaration(&source("f1"), &d, &[], &assessment(10.0), "t").await.unwrap().declaration_id;
        migration::Migrator::up(&store.db, Some(1)).await.unwrap();
        for column in ["classification", "inputs", "region", "postal_code", "workers", "share_of_value"] {
            assert!(!has_column(column).await, "{backend}: {column}");
        }
        for column in ["last_audit_date", "audit_standard"] {
            assert!(!has_column(column).await, "{backend}: {column}");
        }
        for column in ["site_ref", "site_name", "role", "goods", "address", "city", "country", "os_id"] {
            assert!(has_column(column).await, "{backend}: {column} (the national graph reads it)");
        }
        assert_eq!(index_count().await, 0, "{backend}");
        let mut later = d.clone();
        later.supplier.solicitation_number = Some("W8486-26/B".into());
        let after =
            store.import_declaration(&source("f2"), &later, &[], &assessment(10.0), "t").await.unwrap().declaration_id;
        migration::Migrator::up(&store.db, None).await.unwrap();
        assert!(!has_column("site_ref").await, "{backend}: the site rows are gone");
        // Undone (the rows filled again from the documents, `m20261206_c00100_drop_site_rows`, the columns back
        // empty): the site rows the national graph read, one a site.
        migration::Migrator::down(&store.db, Some(steps)).await.unwrap();
        let q = Statement::from_string(store.db.get_database_backend(), "SELECT COUNT(*) AS n FROM site");
        let rows = store.db.query_one_raw(q).await.unwrap().unwrap().try_get::<i64>("", "n").unwrap();
        assert_eq!(rows, 4, "{backend}");
        // Applied again: the documents are untouched.
        migration::Migrator::up(&store.db, None).await.unwrap();
        for (id, sent) in [(before, &d), (after, &later)] {
            let stored = store.get_declaration(id).await.unwrap().unwrap();
            assert_eq!(&stored.declaration, sent, "{backend}: declaration {id}");
        }
    }
}

/// Hits and decisions stored when a site's key left its city out (`na:` + country + name + street line) are given
/// their city: a decision remembered across two cities is kept for each, and each hit keeps its state.
#[tokio::test]
async fn the_migration_gives_stored_site_keys_their_city_and_keeps_each_decision() {
    use crate::screening::matching::{Evidence, MatchMethod, PartyKind};
    use crate::screening::{EditionSource, Entry, ListKind, OlderEdition};
    use sea_orm_migration::MigratorTrait;
    for store in stores().await {
        let at = |name: &str, city: &str, sha: &str| {
            let mut d = sample(name, Some("W1/A"), &["S1"]);
            if let Some(p) = d.places_of_work.first_mut() {
                p.site_name = "Listed Mill".into();
                p.address = "9 Mill Road".into();
                p.city = city.into();
                p.country = CountryCode::parse("CN").unwrap();
            }
            (d, sha.to_string())
        };
        let mut ids = Vec::new();
        for (d, sha) in [at("Rope Co.", "Aksu", "a"), at("Other Co.", "Kashgar", "b")] {
            ids.push(
                store.import_declaration(&source(&sha), &d, &[], &assessment(10.0), "t").await.unwrap().declaration_id,
            );
        }
        let source = EditionSource {
            publisher: "DHS".into(),
            address: "https://example.test".into(),
            licence: "public".into(),
            label: "v1".into(),
            published_on: chrono::NaiveDate::from_ymd_opt(2026, 10, 20).unwrap(),
        };
        let entry = Entry::named("E1", "Listed Mill", 1);
        let edition = store
            .import_screening_edition(
                ListKind::Uflpa,
                &source,
                "l.html",
                "sha",
                std::slice::from_ref(&entry),
                "t",
                OlderEdition::Refuse,
            )
            .await
            .unwrap()
            .edition
            .id;
        // The key as it was stored: no city.
        let all = HitFilter { limit: 100, ..HitFilter::default() };
        let old = "na:CN:listed mill:9 mill rd".to_string();
        let hits: Vec<NewHit> = ids
            .iter()
            .map(|id| NewHit {
                list: ListKind::Uflpa,
                edition_id: edition,
                entry: entry.clone(),
                party_kind: PartyKind::Site,
                party_key: old.clone(),
                party_name: "Listed Mill".into(),
                declaration_id: *id,
                site_ref: Some("S1".into()),
                evidence: Evidence {
                    method: MatchMethod::ExactName,
                    fields: vec!["site_name".into()],
                    similarity: 1.0,
                    party_text: "Listed Mill".into(),
                    entry_text: "Listed Mill".into(),
                    country_agrees: None,
                    left_out: None,
                },
            })
            .collect();
        store.record_screening_hits(&hits, "t").await.unwrap();
        let stored = store.screening_hits(&all).await.unwrap();
        let first = stored.iter().map(|h| h.id).min().unwrap();
        let decided = store.decide_screening_hit(first, true, "the Aksu mill", "officer@x").await.unwrap();
        assert_eq!(decided.hits.len(), 2, "before: one key for both cities, the decision reached both");

        // Back to before the migration (the site rows it reads filled again from the documents by the later
        // `m20261206_c00100_drop_site_rows`), and up again.
        let steps = {
            let names: Vec<String> = migration::Migrator::migrations().iter().map(|m| m.name().to_string()).collect();
            names.iter().rev().position(|n| n == "m20261205_h00100_site_keys_name_the_city").unwrap() as u32 + 1
        };
        migration::Migrator::down(&store.db, Some(steps)).await.unwrap();
        migration::Migrator::up(&store.db, None).await.unwrap();
        let mut after = store.screening_hits(&all).await.unwrap();
        after.sort_by_key(|h| h.declaration_id);
        let keys: Vec<&str> = after.iter().map(|h| h.party_key.as_str()).collect();
        assert_eq!(keys, [format!("{old}:aksu"), format!("{old}:kashgar")], "{}", store.backend_name());
        assert!(after.iter().all(|h| h.status == HitStatus::Confirmed));
        let decisions: Vec<(i64, String)> =
            after.iter().filter_map(|h| h.decision.as_ref().map(|d| (d.id, h.party_key.clone()))).collect();
        assert_eq!(decisions.len(), 2);
        assert_ne!(decisions[0].0, decisions[1].0, "a decision for each city");
        // Re-stating from the decisions as now keyed changes nothing.
        store.restate_screening_hits(ListKind::Uflpa, edition, "t").await.unwrap();
        let again = store.screening_hits(&all).await.unwrap();
        assert!(again.iter().all(|h| h.status == HitStatus::Confirmed));
    }
}

/// A stored operator key (`operator:` + country + name) gets its site's city, a decision that had reached operators
/// of one name in two cities is kept for each; a key stored with full-width letters (`ｌｉｓｔｅｄ ｍｉｌｌ`, as names
/// folded before compatibility forms were read) is folded as names are now, and its decision still applies to the
/// same party found again. On both databases.
#[tokio::test]
async fn the_migration_gives_stored_operator_keys_their_city_and_folds_full_width_keys_keeping_each_decision() {
    use crate::screening::matching::{Evidence, MatchMethod, PartyKind, parties_of, site_key};
    use crate::screening::{EditionSource, Entry, ListKind, OlderEdition};
    use sea_orm_migration::MigratorTrait;
    for store in stores().await {
        let db = store.backend_name();
        let at = |supplier: &str, site: &str, city: &str, sha: &str| {
            let mut d = sample(supplier, Some("W1/A"), &["S1"]);
            if let Some(p) = d.places_of_work.first_mut() {
                p.site_name = site.into();
                p.operator = Some("Listed Works".into());
                p.address = "9 Mill Road".into();
                p.city = city.into();
                p.country = CountryCode::parse("CN").unwrap();
            }
            (d, sha.to_string())
        };
        let declared = [
            at("Rope Co.", "Unit 1", "Aksu", "a"),
            at("Other Co.", "Unit 2", "Kashgar", "b"),
            at("Third Co.", "Ｌｉｓｔｅｄ Ｍｉｌｌ Ｃｏ Ｌｔｄ", "Aksu", "c"),
            at("Fourth Co.", "Ｌｉｓｔｅｄ Ｍｉｌｌ Ｃｏ Ｌｔｄ", "Aksu", "d"),
        ];
        let mut ids = Vec::new();
        for (d, sha) in &declared {
            let imported = store.import_declaration(&source(sha), d, &[], &assessment(10.0), "t").await.unwrap();
            ids.push(imported.declaration_id);
        }
        let source = EditionSource {
            publisher: "DHS".into(),
            address: "https://example.test".into(),
            licence: "public".into(),
            label: "v1".into(),
            published_on: chrono::NaiveDate::from_ymd_opt(2026, 10, 20).unwrap(),
        };
        let entries = [Entry::named("E1", "Listed Works", 1), Entry::named("E2", "Listed Mill", 2)];
        let edition = store
            .import_screening_edition(ListKind::Uflpa, &source, "l.html", "sha", &entries, "t", OlderEdition::Refuse)
            .await
            .unwrap()
            .edition
            .id;
        let hit = |entry: &Entry, kind: PartyKind, key: &str, declaration: i64| NewHit {
            list: ListKind::Uflpa,
            edition_id: edition,
            entry: entry.clone(),
            party_kind: kind,
            party_key: key.to_string(),
            party_name: entry.name.clone(),
            declaration_id: declaration,
            site_ref: Some("S1".into()),
            evidence: Evidence {
                method: MatchMethod::ExactName,
                fields: vec!["name".into()],
                similarity: 1.0,
                party_text: entry.name.clone(),
                entry_text: entry.name.clone(),
                country_agrees: None,
                left_out: None,
            },
        };
        // The keys as they were stored: an operator without its city, a full-width name folded without NFKD.
        let operator = "operator:CN:listed works";
        let wide = "na:CN:ｌｉｓｔｅｄ ｍｉｌｌ ｃｏ ｌｔｄ:9 mill rd:aksu";
        let stored = [
            hit(&entries[0], PartyKind::Operator, operator, ids[0]),
            hit(&entries[0], PartyKind::Operator, operator, ids[1]),
            hit(&entries[1], PartyKind::Site, wide, ids[2]),
        ];
        store.record_screening_hits(&stored, "t").await.unwrap();
        let all = HitFilter { limit: 100, ..HitFilter::default() };
        let before = store.screening_hits(&all).await.unwrap();
        let id_of = |declaration: i64| before.iter().find(|h| h.declaration_id == declaration).unwrap().id;
        let decided = store.decide_screening_hit(id_of(ids[0]), true, "the Aksu works", "officer@x").await.unwrap();
        assert_eq!(decided.hits.len(), 2, "{db}: before, one key for both cities: the decision reached both");
        store.decide_screening_hit(id_of(ids[2]), false, "not the listed mill", "officer@x").await.unwrap();

        // Down through the migration (and those after it), then up again.
        let steps = {
            let names: Vec<String> = migration::Migrator::migrations().iter().map(|m| m.name().to_string()).collect();
            names
                .iter()
                .rev()
                .position(|n| n == "m20261206_b00100_operator_keys_name_the_city_and_fold_widths")
                .unwrap() as u32
                + 1
        };
        migration::Migrator::down(&store.db, Some(steps)).await.unwrap();
        migration::Migrator::up(&store.db, None).await.unwrap();
        let mut after = store.screening_hits(&all).await.unwrap();
        after.sort_by_key(|h| h.declaration_id);
        let keys: Vec<&str> = after.iter().map(|h| h.party_key.as_str()).collect();
        let folded = site_key("CN", "Ｌｉｓｔｅｄ Ｍｉｌｌ Ｃｏ Ｌｔｄ", "9 Mill Road", "Aksu");
        assert_eq!(folded, "na:CN:listed mill:9 mill rd:aksu");
        assert_eq!(keys, [format!("{operator}:aksu"), format!("{operator}:kashgar"), folded.clone()], "{db}");
        // Each key is the one screening gives the party now.
        for (h, (d, _)) in after.iter().zip(&declared) {
            assert!(parties_of(d).iter().any(|p| p.key == h.party_key), "{db}: {}", h.party_key);
        }
        let states: Vec<HitStatus> = after.iter().map(|h| h.status).collect();
        assert_eq!(states, [HitStatus::Confirmed, HitStatus::Confirmed, HitStatus::Dismissed], "{db}");
        let decisions: Vec<i64> = after.iter().filter_map(|h| h.decision.as_ref().map(|d| d.id)).collect();
        assert_eq!(decisions.len(), 3);
        assert_ne!(decisions[0], decisions[1], "{db}: a decision for each city");
        // The full-width mill declared again is found under its key as now folded: its decision still applies.
        let recorded = store.record_screening_hits(&[hit(&entries[1], PartyKind::Site, &folded, ids[3])], "t").await;
        assert_eq!(recorded.unwrap().remembered, 1, "{db}: the dismissal is remembered");
        // The works in Kashgar declared again find the copy of the decision kept for Kashgar.
        let again = hit(&entries[0], PartyKind::Operator, &format!("{operator}:kashgar"), ids[3]);
        let recorded = store.record_screening_hits(&[again], "t").await.unwrap();
        assert_eq!(recorded.remembered, 1, "{db}: the Kashgar works keep their decision");
    }
}

/// List entries keyed by a full-width name as names folded before (`ａｂｃ ｃｏ` for `ＡＢＣ　Ｃｏ．`) are keyed again
/// as the parser keys them now (`abc`), a repeated key made unique in file order (`abc#2`), a publisher's id left as
/// it is; their hits and decisions follow, so the same file imported again changes nothing and the decision is
/// remembered for the same party. On both databases.
#[tokio::test]
async fn the_migration_folds_stored_full_width_entry_keys_keeping_hits_and_decisions() {
    use crate::screening::matching::{Evidence, MatchMethod, PartyKind};
    use crate::screening::{EditionSource, Entry, ListKind, OlderEdition};
    use sea_orm_migration::MigratorTrait;
    for store in stores().await {
        let db = store.backend_name();
        let d = sample("Rope Co.", Some("W1/A"), &["S1"]);
        let declaration =
            store.import_declaration(&source("k1"), &d, &[], &assessment(10.0), "t").await.unwrap().declaration_id;
        let edition_source = |label: &str| EditionSource {
            publisher: "DHS".into(),
            address: "https://example.test".into(),
            licence: "public".into(),
            label: label.into(),
            published_on: chrono::NaiveDate::from_ymd_opt(2026, 10, 20).unwrap(),
        };
        let wide = Entry::named("ａｂｃ ｃｏ", "ＡＢＣ　Ｃｏ．", 1);
        let ascii = Entry::named("abc", "ABC", 2);
        let by_id = Entry::named("ＮＫ-ａｂｃ", "ＡＢＣ Ｔｒａｄｉｎｇ", 3);
        let stored = [wide.clone(), ascii.clone(), by_id.clone()];
        let edition = store
            .import_screening_edition(
                ListKind::Uflpa,
                &edition_source("v1"),
                "l.html",
                "sha1",
                &stored,
                "t",
                OlderEdition::Refuse,
            )
            .await
            .unwrap()
            .edition
            .id;
        let hit = |entry: &Entry, edition_id: i64, declaration_id: i64| NewHit {
            list: ListKind::Uflpa,
            edition_id,
            entry: entry.clone(),
            party_kind: PartyKind::Supplier,
            party_key: "supplier:CN:abc".into(),
            party_name: "ABC Co.".into(),
            declaration_id,
            site_ref: None,
            evidence: Evidence {
                method: MatchMethod::ExactName,
                fields: vec!["name".into()],
                similarity: 1.0,
                party_text: "ABC Co.".into(),
                entry_text: entry.name.clone(),
                country_agrees: None,
                left_out: None,
            },
        };
        store.record_screening_hits(&[hit(&wide, edition, declaration)], "t").await.unwrap();
        let all = HitFilter { limit: 100, ..HitFilter::default() };
        let first = store.screening_hits(&all).await.unwrap()[0].id;
        store.decide_screening_hit(first, false, "another firm", "officer@x").await.unwrap();

        let steps = {
            let names: Vec<String> = migration::Migrator::migrations().iter().map(|m| m.name().to_string()).collect();
            names.iter().rev().position(|n| n == "m20261207_d00100_refold_screening_entry_keys").unwrap() as u32 + 1
        };
        migration::Migrator::down(&store.db, Some(steps)).await.unwrap();
        migration::Migrator::up(&store.db, None).await.unwrap();

        let entries = store.screening_entries(edition).await.unwrap();
        let keys: Vec<&str> = entries.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(keys, ["abc", "abc#2", "ＮＫ-ａｂｃ"], "{db}");
        let hits = store.screening_hits(&all).await.unwrap();
        assert_eq!((hits[0].entry_key.as_str(), hits[0].status), ("abc", HitStatus::Dismissed), "{db}");
        let now = entries.iter().find(|e| e.key == "abc").unwrap();
        assert_eq!(hits[0].entry_hash, now.content_hash(), "{db}: the hit names the entry's content as stored now");
        // The same list as the parser keys it now: nothing changed, and the dismissal still answers for the party.
        let again = [Entry { key: "abc".into(), ..wide }, Entry { key: "abc#2".into(), ..ascii }, by_id];
        let next = store
            .import_screening_edition(
                ListKind::Uflpa,
                &edition_source("v2"),
                "l.html",
                "sha2",
                &again,
                "t",
                OlderEdition::Refuse,
            )
            .await
            .unwrap();
        let diff = &next.diff;
        assert!(diff.added.is_empty() && diff.removed.is_empty() && diff.changed.is_empty(), "{db}: {diff:?}");
        let d2 = sample("Rope Co.", Some("W2/A"), &["S1"]);
        let later =
            store.import_declaration(&source("k2"), &d2, &[], &assessment(10.0), "t").await.unwrap().declaration_id;
        let recorded = store.record_screening_hits(&[hit(&again[0], next.edition.id, later)], "t").await.unwrap();
        assert_eq!(recorded.remembered, 1, "{db}: the dismissal is remembered");
    }
}

/// A pair of facilities is decided once, whichever order its keys come in, by however many stores share the
/// database: of two decisions sent at the same moment through two stores (two instances of the service), one is
/// recorded and the other refused naming it; nothing else is stored, the audit log holds the one.
#[tokio::test]
async fn a_pair_of_facilities_is_decided_once_across_two_stores_on_one_database() {
    use crate::domain::supply::MatchDecision;
    let mut pairs: Vec<(Store, Store)> = Vec::new();
    let file = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", file.path().join("shared.db").display());
    let first = Store::connect(&url).await.unwrap();
    pairs.push((first, Store::connect(&url).await.unwrap()));
    if let Ok(base) = std::env::var("CHAINON_TEST_POSTGRES_URL")
        && !base.is_empty()
    {
        let url = testing::fresh_postgres_database(&base).await.unwrap();
        let first = Store::connect(&url).await.unwrap();
        pairs.push((first, Store::connect(&url).await.unwrap()));
    }
    for (one, two) in pairs {
        let name = one.backend_name();
        for round in 0..4 {
            let (a, b) = (format!("os:CN{round}A"), format!("os:CN{round}B"));
            let d = MatchDecision { key_a: a.clone(), key_b: b.clone(), same: true };
            // The second the other way round, and of the other decision.
            let e = MatchDecision { key_a: b.clone(), key_b: a.clone(), same: false };
            let (x, y) = tokio::join!(one.record_site_match(&d, "one@x"), two.record_site_match(&e, "two@x"));
            let (won, lost) = match (x, y) {
                (Ok(_), Err(lost)) => (&d, lost),
                (Err(lost), Ok(_)) => (&e, lost),
                other => panic!("{name} round {round}: one decision recorded, one refused: {other:?}"),
            };
            match lost {
                StorageError::Conflict(Clash::MatchDecided { key_a, key_b, same, by, .. }) => {
                    assert_eq!((key_a, key_b, same), (won.key_a.clone(), won.key_b.clone(), won.same), "{name}");
                    assert_eq!(by, if won.same { "one@x" } else { "two@x" }, "{name}");
                }
                other => panic!("{name} round {round}: {other:?}"),
            }
            // Sent again later, by either: refused the same way.
            let again = two.record_site_match(&d, "two@x").await.unwrap_err();
            assert!(matches!(again, StorageError::Conflict(Clash::MatchDecided { .. })), "{name}: {again:?}");
        }
        let decisions = one.site_match_decisions().await.unwrap();
        assert_eq!(decisions.len(), 4, "{name}: {decisions:?}");
        let audit = one.audit_entries(None, 1000).await.unwrap();
        let decided = audit.iter().filter(|e| e.action == "site_match.decided").count();
        assert_eq!(decided, 4, "{name}");
    }
}

/// Pairs decided more than once before the unique index (two instances on one database) keep their latest decision
/// when the migration adds it; the earlier rows go, their audit entries stay; a pair decided once is untouched.
#[tokio::test]
async fn the_migration_keeps_the_latest_decision_of_a_pair_decided_twice_and_every_audit_entry() {
    use crate::domain::supply::MatchDecision;
    use sea_orm::{ConnectionTrait, Statement};
    use sea_orm_migration::MigratorTrait;
    for store in stores().await {
        let name = store.backend_name();
        let steps = {
            let names: Vec<String> = migration::Migrator::migrations().iter().map(|m| m.name().to_string()).collect();
            names.iter().rev().position(|n| n == "m20261206_a00100_unique_site_match_pairs").unwrap() as u32 + 1
        };
        migration::Migrator::down(&store.db, Some(steps)).await.unwrap();
        // As two instances stored them before the index: the pair (a, b) three times, the last the other way
        // round; (c, d) once.
        let backend = store.db.get_database_backend();
        for (i, (a, b, same)) in
            [("os:A", "os:B", true), ("os:C", "os:D", true), ("os:A", "os:B", false), ("os:B", "os:A", true)]
                .into_iter()
                .enumerate()
        {
            let sql = format!(
                "INSERT INTO site_match_decision (key_a, key_b, same, decided_by, decided_at) \
                 VALUES ('{a}', '{b}', {same}, 'officer{i}@x', '2026-11-0{}T10:00:00Z')",
                i + 1
            );
            store.db.execute_raw(Statement::from_string(backend, sql)).await.unwrap();
        }
        migration::Migrator::up(&store.db, None).await.unwrap();
        let decisions = store.site_match_decisions().await.unwrap();
        assert_eq!(
            decisions,
            [
                MatchDecision { key_a: "os:C".into(), key_b: "os:D".into(), same: true },
                MatchDecision { key_a: "os:B".into(), key_b: "os:A".into(), same: true },
            ],
            "{name}"
        );
        // And the index holds from now on.
        let d = MatchDecision { key_a: "os:A".into(), key_b: "os:B".into(), same: false };
        let refused = store.record_site_match(&d, "late@x").await.unwrap_err();
        match refused {
            StorageError::Conflict(Clash::MatchDecided { by, same, .. }) => {
                assert_eq!((by.as_str(), same), ("officer3@x", true), "{name}")
            }
            other => panic!("{name}: {other:?}"),
        }
        let index = match backend {
            sea_orm::DatabaseBackend::Sqlite => "SELECT name FROM sqlite_master WHERE type = 'index'",
            _ => "SELECT indexname AS name FROM pg_indexes",
        };
        let rows = store.db.query_all_raw(Statement::from_string(backend, index.to_string())).await.unwrap();
        let names: Vec<String> = rows.iter().map(|r| r.try_get::<String>("", "name").unwrap()).collect();
        assert!(names.iter().any(|n| n == migration::MATCH_PAIR_INDEX), "{name}: {names:?}");
    }
}

/// The national graph's inputs as storage gives them are the declarations as sent with the bases of their
/// assessments, whatever storage keeps them in: on a synthetic portfolio (facilities shared between suppliers, chains
/// of several tiers, suppliers answering several solicitations), each declaration `graph_batch` reads has the sites,
/// links, categories and bases of `DeclarationInput::new` over the declaration and assessment stored, and the graph
/// built from storage is the graph built from them.
#[tokio::test]
async fn the_graph_read_from_storage_is_the_graph_of_the_declarations_and_assessments_stored() {
    use crate::domain::supply::DeclarationInput;
    use crate::graph::national::SupplyGraph;
    let model = crate::scoring::RiskModel::embedded().unwrap();
    let portfolio = crate::synth::portfolio(&crate::synth::SynthOptions { sites: 3_000, shared: 0.3, seed: 18 });
    let assessments: Vec<Assessment> = portfolio.iter().map(|d| model.assess(d)).collect();
    for store in stores().await {
        let backend = store.backend_name();
        let mut sent = std::collections::HashMap::new();
        for (i, (d, a)) in portfolio.iter().zip(&assessments).enumerate() {
            let out = store.import_declaration(&source(&format!("p{i}")), d, &[], a, "t").await.unwrap();
            sent.insert(out.declaration_id, (d, a));
        }
        let (mut read, mut after) = (Vec::new(), 0);
        loop {
            let batch = store.graph_batch(after, 40).await.unwrap();
            if batch.last_id == after {
                break;
            }
            after = batch.last_id;
            read.extend(batch.inputs);
        }
        assert!(read.len() > 20, "{backend}: {} declarations", read.len());
        let mut expected = Vec::new();
        for input in &read {
            let (d, a) = sent[&input.meta.id];
            let from_memory = DeclarationInput::new(input.meta.clone(), d, a);
            assert_eq!(
                format!("{:?}", input.sites),
                format!("{:?}", from_memory.sites),
                "{backend}: {}",
                input.meta.id
            );
            expected.push(from_memory);
        }
        let (mut stored, mut memory) = (SupplyGraph::new(model.tier_decay()), SupplyGraph::new(model.tier_decay()));
        stored.extend(read);
        memory.extend(expected);
        assert!(stored.facility_count() > 1_000, "{backend}");
        assert_eq!(stored.canonical(), memory.canonical(), "{backend}");
    }
}

/// `m20261206_c00100_drop_site_rows`: the `site` and `supply_link` rows go (an SQLite file is rewritten without
/// their pages); undone, they come back filled from the documents as imports wrote them (one a site, in site order,
/// and one a link); applied again, they go, and the national graph reads the same declarations throughout.
#[tokio::test]
async fn the_site_rows_go_and_come_back_from_the_documents_with_every_site_and_link() {
    use sea_orm::{ConnectionTrait, DbBackend, Statement};
    use sea_orm_migration::MigratorTrait;
    for store in stores().await {
        let backend = store.backend_name();
        let backend_kind = store.db.get_database_backend();
        let count = async |sql: &str| -> Option<i64> {
            let row = store.db.query_one_raw(Statement::from_string(backend_kind, sql)).await.ok()??;
            row.try_get_by_index::<i64>(0).ok()
        };
        let mut sent = [crate::synth::declaration(120, 3), sample("Rope Co.", Some("W1/A"), &["S1", "S2", "S3"])];
        sent[1].places_of_work[2].operator = Some("Op Ltd.".into());
        sent[1].places_of_work[2].os_id = Some("IN2024123ABC456".into());
        sent[1].places_of_work[2].supplies_to.push(SiteId::parse("S2").unwrap());
        for (i, d) in sent.iter().enumerate() {
            store
                .import_declaration(&source(&format!("d{i}")), d, &[], &assessment_of_sites(d, 20.0), "t")
                .await
                .unwrap();
        }
        let graph = async || format!("{:?}", store.graph_batch(0, 100).await.unwrap().inputs);
        let read = graph().await;
        assert!(read.contains("Op Ltd.") && read.contains("IN2024123ABC456"), "{backend}");
        assert_eq!(count("SELECT COUNT(*) FROM site").await, None, "{backend}: no site table");
        assert_eq!(count("SELECT COUNT(*) FROM supply_link").await, None, "{backend}: no link table");
        // Down to before the migration (through those after it, which leave these tables alone).
        let steps = {
            let names: Vec<String> = migration::Migrator::migrations().iter().map(|m| m.name().to_string()).collect();
            names.iter().rev().position(|n| n == "m20261206_c00100_drop_site_rows").unwrap() as u32 + 1
        };
        migration::Migrator::down(&store.db, Some(steps)).await.unwrap();
        let sites: usize = sent.iter().map(|d| d.places_of_work.len()).sum();
        let links: usize = sent.iter().flat_map(|d| &d.places_of_work).map(|p| p.supplies_to.len()).sum();
        assert_eq!(count("SELECT COUNT(*) FROM site").await, Some(sites as i64), "{backend}");
        assert_eq!(count("SELECT COUNT(*) FROM supply_link").await, Some(links as i64), "{backend}");
        // Each row as an import wrote it: the last site of the second declaration, and its two links by reference.
        let q = "SELECT site_ref, site_name, operator, role, goods, address, city, country, os_id FROM site \
                 ORDER BY id DESC LIMIT 1";
        let row = store.db.query_one_raw(Statement::from_string(backend_kind, q)).await.unwrap().unwrap();
        let p = &sent[1].places_of_work[2];
        let got: Vec<Option<String>> = (0..9).map(|i| row.try_get_by_index::<Option<String>>(i).unwrap()).collect();
        let want = [
            Some(p.site_id.to_string()),
            Some(p.site_name.clone()),
            p.operator.clone(),
            Some(p.role.to_string()),
            Some(p.goods.clone()),
            Some(p.address.clone()),
            Some(p.city.clone()),
            Some(p.country.to_string()),
            p.os_id.clone(),
        ];
        assert_eq!(got, want, "{backend}");
        let q = "SELECT t.site_ref FROM supply_link l JOIN site f ON f.id = l.from_site_id \
                 JOIN site t ON t.id = l.to_site_id WHERE f.site_ref = 'S3' \
                 AND l.declaration_id = (SELECT MAX(id) FROM declaration) ORDER BY l.id";
        let targets: Vec<String> = store
            .db
            .query_all_raw(Statement::from_string(backend_kind, q))
            .await
            .unwrap()
            .iter()
            .map(|r| r.try_get_by_index::<String>(0).unwrap())
            .collect();
        assert_eq!(targets, ["S1", "S2"], "{backend}");
        // Applied again: gone, the file without their pages, the graph's reading the same.
        migration::Migrator::up(&store.db, None).await.unwrap();
        assert_eq!(count("SELECT COUNT(*) FROM site").await, None, "{backend}");
        if backend_kind == DbBackend::Sqlite {
            assert_eq!(count("PRAGMA freelist_count").await, Some(0), "VACUUM gave the dropped pages back");
        }
        assert_eq!(graph().await, read, "{backend}");
    }
}

/// ARCHITECTURE.md's note on TCP_NODELAY is about the sqlx release locked: sqlx-core 0.9.0 sets no TCP_NODELAY on
/// its sockets and has no option to (a PostgreSQL statement of 40–70 KB waited 45–48 ms a round trip over loopback
/// TCP, 0.25–0.4 ms over the Unix socket). When the lock moves to another release, this fails: check whether that
/// release sets it (sqlx pull request 4336) and make the note true again.
#[test]
fn the_sqlx_release_locked_sets_tcp_nodelay() {
    // sqlx-core 0.9.0 left Nagle's algorithm on its TCP sockets, which held the tail of every large statement of a
    // PostgreSQL import until the server's delayed ACK (about 40 ms a round trip); 0.9.1 sets TCP_NODELAY again
    // (`net/socket/mod.rs`). The lock must not go back below it.
    let root = env!("CARGO_MANIFEST_DIR");
    let lock = std::fs::read_to_string(format!("{root}/Cargo.lock")).unwrap();
    let version = lock
        .split("[[package]]")
        .find(|p| p.contains("name = \"sqlx-core\"\n"))
        .and_then(|p| p.lines().find_map(|l| l.strip_prefix("version = ")))
        .unwrap()
        .trim_matches('"');
    let parts: Vec<u64> = version.split('.').map(|p| p.parse().unwrap()).collect();
    assert!(parts >= vec![0, 9, 1], "sqlx-core {version} does not set TCP_NODELAY on PostgreSQL's TCP sockets");
    let architecture = std::fs::read_to_string(format!("{root}/ARCHITECTURE.md")).unwrap();
    assert!(architecture.contains("sqlx-core 0.9.1 sets it again"));
}

/// `/health` asks through a pool of its own: with every connection of the service's pool held (as a burst of heavy
/// reports holds them), it still answers, with the count of declarations, on an SQLite file and on PostgreSQL. The
/// count follows this process's writes. (Its wait is bounded for the test's sake only: a health check that queued
/// behind the held connections would wait for the service's 10 s acquire timeout and then fail.)
#[tokio::test]
async fn health_answers_while_every_connection_of_the_service_s_pool_is_held() {
    let dir = tempfile::tempdir().unwrap();
    let mut urls = vec![format!("sqlite://{}?mode=rwc", dir.path().join("health.sqlite3").display())];
    if let Ok(base) = std::env::var("CHAINON_TEST_POSTGRES_URL")
        && !base.trim().is_empty()
    {
        urls.push(testing::fresh_postgres_database(base.trim()).await.unwrap());
    }
    for url in urls {
        // SQLite pools hold 4 connections whatever is asked; PostgreSQL the 3 asked.
        let size = if url.starts_with("sqlite:") { 4 } else { 3 };
        let store = Store::connect_with(&url, Some(size)).await.unwrap();
        let d = sample("Rope Co.", Some("W1/A"), &["S1"]);
        store.import_declaration(&source("one"), &d, &[], &assessment(10.0), "test").await.unwrap();
        let held = testing::hold_connections(&store, size as usize).await.unwrap();
        for _ in 0..3 {
            let answered = tokio::time::timeout(std::time::Duration::from_secs(5), store.health()).await;
            assert_eq!(answered.expect("health waited behind the held connections").unwrap(), 1, "{url}");
        }
        drop(held);
        let d = sample("Twine Co.", Some("W1/B"), &["S1"]);
        store.import_declaration(&source("two"), &d, &[], &assessment(10.0), "test").await.unwrap();
        assert_eq!(store.health().await.unwrap(), 2, "{url}: a write is counted at once");
    }
}

/// A connection of an SQLite pool is a thread of this process over a file: nothing can hang up on it, so neither the
/// service's pool nor the health probe's asks it whether it is alive each time a query takes it (a round trip to its
/// thread that doubled the cost of every short query under load). A PostgreSQL pool still asks, since a server or a
/// proxy may have closed an idle connection.
#[test]
fn an_sqlite_pool_does_not_ping_its_connections_before_each_query_and_a_postgres_pool_does() {
    for url in ["sqlite://chainon.sqlite3?mode=rwc", "sqlite:/srv/chainon/c.sqlite3", "sqlite::memory:"] {
        assert!(!pool_options(url, None, WRITE_WAIT).get_test_before_acquire(), "{url}");
        assert!(!pool_options(url, Some(2), Duration::from_secs(1)).get_test_before_acquire(), "{url}");
        assert!(!probe_options(url).get_test_before_acquire(), "probe {url}");
    }
    for url in ["postgres://u@h/db", "postgresql://u:p@127.0.0.1:5432/chainon"] {
        assert!(pool_options(url, None, WRITE_WAIT).get_test_before_acquire(), "{url}");
        assert!(probe_options(url).get_test_before_acquire(), "probe {url}");
    }
}

/// The marks the national graph asks for at every request of its routes are read in one statement (a round trip
/// to the database, and on SQLite a hand-off to the connection's thread, each), and are the newest declaration's and
/// assessment's ids: 0 and 0 on an empty store, then the ids stored, a re-assessment moving the second alone.
#[tokio::test]
async fn the_graph_s_marks_are_the_newest_ids_read_in_one_statement() {
    for store in stores().await {
        let (store, log) = testing::logging_queries(store);
        let backend = store.backend_name();
        let mark = log.len();
        let empty = store.graph_marks().await.unwrap();
        assert_eq!((empty.declaration, empty.assessment), (0, 0), "{backend}");
        assert_eq!(log.since(mark).len(), 1, "{backend}: {:#?}", log.since(mark));
        let mut last = (0, 0);
        for (i, name) in ["Rope Co.", "Twine Ltd.", "Sisal SA"].into_iter().enumerate() {
            let d = sample(name, Some("W1/A"), &["S1"]);
            let out = store
                .import_declaration(&source(&format!("m{i}")), &d, &[], &assessment(10.0 + i as f64), "test")
                .await
                .unwrap();
            let assessed = store.latest_assessment(out.declaration_id).await.unwrap().unwrap().id;
            let mark = log.len();
            let marks = store.graph_marks().await.unwrap();
            assert_eq!(log.since(mark).len(), 1, "{backend}");
            assert_eq!((marks.declaration, marks.assessment), (out.declaration_id, assessed), "{backend}");
            assert!(marks.declaration > last.0 && marks.assessment > last.1, "{backend}");
            last = (marks.declaration, marks.assessment);
        }
    }
}

/// Health checks that come together share the database's answer: forty checks asked at once ask it a few times
/// (once for all that arrived before its answer), and each is answered; a check that arrives after that answer asks
/// again.
#[tokio::test]
async fn health_checks_that_come_together_share_the_database_s_answer() {
    for store in stores().await {
        let backend = store.backend_name();
        let before = store.health_probes();
        let mut checks = tokio::task::JoinSet::new();
        for _ in 0..40 {
            let store = store.clone();
            checks.spawn(async move { store.health().await });
        }
        let mut answered = 0;
        while let Some(answer) = checks.join_next().await {
            assert_eq!(answer.unwrap().unwrap(), 0, "{backend}");
            answered += 1;
        }
        assert_eq!(answered, 40);
        // Most of them share the first answer: the runtime may poll the first check, woken by the answer, before
        // it has polled the last ones (which then arrive after it and ask again), but never once a check.
        let asked = store.health_probes() - before;
        assert!((1..=10).contains(&asked), "{backend}: {asked} questions for 40 checks");
        store.health().await.unwrap();
        assert_eq!(store.health_probes() - before, asked + 1, "{backend}: a later check asks again");
    }
}

/// Entries stored hashed whole (reason and dates included) are hashed again by what matters for matching, their hits
/// and decisions with them: a dismissal taken before still answers for the party when the next edition only rewords
/// the reason or moves a date, on each database.
#[tokio::test]
async fn the_migration_hashes_stored_entries_by_what_matters_for_matching_keeping_each_decision() {
    use crate::screening::matching::{Evidence, MatchMethod, PartyKind};
    use crate::screening::{EditionSource, Entry, ListKind, OlderEdition};
    use sea_orm_migration::MigratorTrait;
    for store in stores().await {
        let db = store.backend_name();
        let d = sample("Rope Co.", Some("W1/A"), &["S1"]);
        let declaration =
            store.import_declaration(&source("k1"), &d, &[], &assessment(10.0), "t").await.unwrap().declaration_id;
        let edition_source = |label: &str, day: u32| EditionSource {
            publisher: "PSPC".into(),
            address: "https://example.test".into(),
            licence: "public".into(),
            label: label.into(),
            published_on: chrono::NaiveDate::from_ymd_opt(2026, 10, day).unwrap(),
        };
        let entry = Entry {
            reason: Some("Conviction: fraud".into()),
            effective: chrono::NaiveDate::from_ymd_opt(2025, 1, 1),
            ..Entry::named("heron", "Heron Rope Co.", 1)
        };
        let edition = store
            .import_screening_edition(
                ListKind::Watchlist,
                &edition_source("v1", 20),
                "w.csv",
                "sha1",
                std::slice::from_ref(&entry),
                "t",
                OlderEdition::Refuse,
            )
            .await
            .unwrap()
            .edition
            .id;
        let hit = |entry: &Entry, edition_id: i64| NewHit {
            list: ListKind::Watchlist,
            edition_id,
            entry: entry.clone(),
            party_kind: PartyKind::Supplier,
            party_key: "supplier:CA:heron rope".into(),
            party_name: "Heron Rope Co.".into(),
            declaration_id: declaration,
            site_ref: None,
            evidence: Evidence {
                method: MatchMethod::ExactName,
                fields: vec!["legal_name".into()],
                similarity: 1.0,
                party_text: "Heron Rope Co.".into(),
                entry_text: entry.name.clone(),
                country_agrees: None,
                left_out: None,
            },
        };
        store.record_screening_hits(&[hit(&entry, edition)], "t").await.unwrap();
        let all = HitFilter { limit: 100, ..HitFilter::default() };
        let first = store.screening_hits(&all).await.unwrap()[0].id;
        store.decide_screening_hit(first, false, "another firm", "officer@x").await.unwrap();
        // As stored before: the hash of the whole entry.
        let old = "0".repeat(64);
        let now = entry.content_hash();
        for (table, column) in
            [("screening_entry", "content_hash"), ("screening_hit", "entry_hash"), ("screening_decision", "entry_hash")]
        {
            testing::execute_raw(&store, &format!("UPDATE {table} SET {column} = '{old}' WHERE {column} = '{now}'"))
                .await
                .unwrap();
        }
        // Down through the migration (and those after it), then up again.
        let steps = {
            let names: Vec<String> = migration::Migrator::migrations().iter().map(|m| m.name().to_string()).collect();
            names.iter().rev().position(|n| n == "m20261209_a00100_rehash_screening_entries").unwrap() as u32 + 1
        };
        migration::Migrator::down(&store.db, Some(steps)).await.unwrap();
        migration::Migrator::up(&store.db, None).await.unwrap();
        let hits = store.screening_hits(&all).await.unwrap();
        assert_eq!((hits[0].entry_hash.as_str(), hits[0].status), (now.as_str(), HitStatus::Dismissed), "{db}");
        // The next edition rewords the reason and moves the date: the dismissal still answers.
        let reworded = Entry {
            reason: Some("Conviction (fraud), reworded".into()),
            effective: chrono::NaiveDate::from_ymd_opt(2025, 2, 1),
            ..entry.clone()
        };
        let next = store
            .import_screening_edition(
                ListKind::Watchlist,
                &edition_source("v2", 21),
                "w.csv",
                "sha2",
                std::slice::from_ref(&reworded),
                "t",
                OlderEdition::Refuse,
            )
            .await
            .unwrap()
            .edition
            .id;
        let recorded = store.record_screening_hits(&[hit(&reworded, next)], "t").await.unwrap();
        assert!(recorded.opened.is_empty(), "{db}: nothing is asked again");
        let open = HitFilter { status: Some(HitStatus::Open), limit: 100, ..HitFilter::default() };
        assert!(store.screening_hits(&open).await.unwrap().is_empty(), "{db}");
    }
}

/// A decision holds for the same list entry against the same party *named alike* (the name as matched, kept with the
/// decision): never asked again unless the entry changes, and asked again when the party's matched name changes — a
/// supplier renamed at its business number, another supplier sharing that number, another firm at a site's OS ID.
/// A database whose decisions kept no name (before `m20261210_s00100`) is migrated with each decision given the names
/// of the hits it decided, one decision a name, so that nothing decided is asked again. On both databases.
#[tokio::test]
async fn a_decision_holds_for_the_party_named_as_matched_and_the_migration_names_the_party_of_each_decision() {
    use crate::screening::matching::{Evidence, MatchMethod, PartyKind};
    use crate::screening::{EditionSource, Entry, ListKind, OlderEdition};
    use sea_orm::{ConnectionTrait, EntityTrait};
    use sea_orm_migration::MigratorTrait;
    for store in stores().await {
        let db = store.backend_name();
        let mut ids = Vec::new();
        for i in 0..12 {
            let d = sample(&format!("Supplier {i} Co."), Some("W1/A"), &["S1"]);
            let imported = store.import_declaration(&source(&format!("s{i}")), &d, &[], &assessment(10.0), "t").await;
            ids.push(imported.unwrap().declaration_id);
        }
        let edition_source = |label: &str, day: u32| EditionSource {
            publisher: "DHS".into(),
            address: "https://example.test".into(),
            licence: "public".into(),
            label: label.into(),
            published_on: chrono::NaiveDate::from_ymd_opt(2026, 10, day).unwrap(),
        };
        let listed = Entry { business_number: Some("842310575".into()), ..Entry::named("E1", "Alder Mills Ltd.", 1) };
        let site = Entry { os_id: Some("CN2026001ABCDEF".into()), ..Entry::named("E2", "Listed Dye Works", 2) };
        let edition = store
            .import_screening_edition(
                ListKind::Watchlist,
                &edition_source("v1", 20),
                "w.csv",
                "sha1",
                &[listed.clone(), site.clone()],
                "t",
                OlderEdition::Refuse,
            )
            .await
            .unwrap()
            .edition
            .id;
        let hit = |entry: &Entry, edition_id: i64, key: &str, name: &str, declaration_id: i64| NewHit {
            list: ListKind::Watchlist,
            edition_id,
            entry: entry.clone(),
            party_kind: if key.starts_with("os:") { PartyKind::Site } else { PartyKind::Supplier },
            party_key: key.into(),
            party_name: name.into(),
            declaration_id,
            site_ref: key.starts_with("os:").then(|| "S1".to_string()),
            evidence: Evidence {
                method: MatchMethod::BusinessNumber,
                fields: vec!["business_number".into()],
                similarity: 1.0,
                party_text: key.into(),
                entry_text: key.into(),
                country_agrees: None,
                left_out: None,
            },
        };
        let (bn, os) = ("bn:842310575", "os:CN2026001ABCDEF");
        store
            .record_screening_hits(
                &[
                    hit(&listed, edition, bn, "Alder Mills Ltd.", ids[0]),
                    hit(&site, edition, os, "Listed Dye Works", ids[0]),
                ],
                "t",
            )
            .await
            .unwrap();
        let all = HitFilter { limit: 100, ..HitFilter::default() };
        let stored = store.screening_hits(&all).await.unwrap();
        for h in &stored {
            store.decide_screening_hit(h.id, h.party_key == bn, "decided", "officer@x").await.unwrap();
        }
        // The same parties named alike (case, punctuation, legal form aside): remembered; renamed, another firm at
        // the same number or OS ID: asked again.
        for (i, (key, name, remembered)) in [
            (bn, "ALDER MILLS LIMITED", true),
            (bn, "Alder Mills Ltd", true),
            (bn, "Alder Textiles Ltd.", false),
            (bn, "Birch Uniforms Inc.", false),
            (os, "listed dye works", true),
            (os, "Canton Garment Works", false),
        ]
        .into_iter()
        .enumerate()
        {
            let entry = if key == bn { &listed } else { &site };
            let r = store.record_screening_hits(&[hit(entry, edition, key, name, ids[i + 1])], "t").await.unwrap();
            assert_eq!((r.remembered, r.opened.len()), if remembered { (1, 0) } else { (0, 1) }, "{db}: {name}");
        }
        // A changed entry is asked again, whatever the name.
        let changed = Entry { aliases: vec!["Alder".into()], ..listed.clone() };
        let second = store
            .import_screening_edition(
                ListKind::Watchlist,
                &edition_source("v2", 21),
                "w2.csv",
                "sha2",
                &[changed.clone(), site.clone()],
                "t",
                OlderEdition::Refuse,
            )
            .await
            .unwrap()
            .edition
            .id;
        let r = store.record_screening_hits(&[hit(&changed, second, bn, "Alder Mills Ltd.", ids[7])], "t").await;
        assert_eq!(r.unwrap().opened.len(), 1, "{db}: the entry changed");

        // Before the migration a decision kept no name: one that had come to stand on hits of two names (a hit
        // restated to it) is one decision a name after it, each hit keeping its state.
        let steps = {
            let names: Vec<String> = migration::Migrator::migrations().iter().map(|m| m.name().to_string()).collect();
            names.iter().rev().position(|n| n == "m20261210_s00100_name_the_party_of_screening_decisions").unwrap()
                as u32
                + 1
        };
        let first = stored.iter().find(|h| h.party_key == bn).unwrap();
        let decision = store.screening_hit(first.id).await.unwrap().unwrap().decision.unwrap().id;
        let birch = store.screening_hits(&all).await.unwrap();
        let birch = birch.iter().find(|h| h.party_name == "Birch Uniforms Inc.").unwrap();
        migration::Migrator::down(&store.db, Some(steps)).await.unwrap();
        store
            .db
            .execute_unprepared(&format!(
                "UPDATE screening_hit SET status = 'confirmed', decision_id = {decision} WHERE id = {}",
                birch.id
            ))
            .await
            .unwrap();
        migration::Migrator::up(&store.db, None).await.unwrap();
        let after = store.screening_hits(&all).await.unwrap();
        let by_id = |id: i64| after.iter().find(|h| h.id == id).unwrap().clone();
        let (alder, birch) = (by_id(first.id), by_id(birch.id));
        assert_eq!((alder.status, birch.status), (HitStatus::Confirmed, HitStatus::Confirmed), "{db}");
        let (a, b) = (alder.decision.unwrap().id, birch.decision.unwrap().id);
        assert_ne!(a, b, "{db}: a decision for each name");
        let names: Vec<(i64, String)> = super::entities::screening_decision::Entity::find()
            .all(&store.db)
            .await
            .unwrap()
            .into_iter()
            .map(|d| (d.id, d.party_name))
            .collect();
        assert!(names.contains(&(a, "Alder Mills Ltd.".into())) && names.contains(&(b, "Birch Uniforms Inc.".into())));
        assert!(names.iter().all(|(_, n)| !n.is_empty()), "{db}: every decision names its party: {names:?}");
        // Each is remembered for its own name, found again in another declaration.
        for (i, name) in ["Alder Mills Ltd.", "Birch Uniforms Inc.", "Listed Dye Works"].into_iter().enumerate() {
            let (entry, key) = if name == "Listed Dye Works" { (&site, os) } else { (&listed, bn) };
            let r = store.record_screening_hits(&[hit(entry, edition, key, name, ids[i + 8])], "t").await.unwrap();
            assert_eq!(r.remembered, 1, "{db}: {name}");
        }
    }
}
