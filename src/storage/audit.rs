//! The audit log: append-only and tamper-evident. Each entry records who did what to which record, and when, and
//! carries the SHA-256 of its own content together with the hash of the entry before it, so that editing, deleting
//! or reordering any entry breaks the chain from that point on (`Store::verify_audit`, `chainon audit verify`).
//!
//! Entries are written in the same transaction as the change they record: a change without its entry, or an entry
//! without its change, cannot be committed. The entry's time is stored as the exact text that was hashed.

use chrono::{SecondsFormat, Utc};
use sea_orm::{ConnectionTrait, DatabaseTransaction, DbBackend, EntityTrait, QueryOrder, QuerySelect, Set};
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::{StorageError, Store};

pub(super) use super::entities::audit_entry as entity;

/// The hash the first entry chains from.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Something to record: who (an account's e-mail, `cli`, `demo` …), what (`declaration.stored` …), to which record
/// (`declaration/12`), with the facts worth keeping.
#[derive(Debug, Clone)]
pub struct AuditEvent {
    pub actor: String,
    pub action: String,
    pub subject: String,
    pub payload: serde_json::Value,
}

impl AuditEvent {
    pub fn new(
        actor: &str,
        action: impl Into<String>,
        subject: impl Into<String>,
        payload: serde_json::Value,
    ) -> AuditEvent {
        AuditEvent { actor: actor.to_string(), action: action.into(), subject: subject.into(), payload }
    }
}

/// One entry of the log, as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditEntry {
    pub seq: i64,
    pub at: String,
    pub actor: String,
    pub action: String,
    pub subject: String,
    pub payload: serde_json::Value,
    pub prev_hash: String,
    pub hash: String,
}

/// What is wrong with an entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditFault {
    /// The entry's content no longer matches its hash: it was edited.
    Edited,
    /// Entries before this one are missing (its number is not the next one).
    Missing { expected_seq: i64 },
    /// The entry does not chain from the one before it: entries were removed, inserted or reordered.
    Unchained,
}

/// One problem found by verification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditProblem {
    pub seq: i64,
    pub fault: AuditFault,
}

/// The result of checking the whole log.
#[derive(Debug, Clone, Serialize)]
pub struct AuditReport {
    pub entries: u64,
    /// The last entry's number and hash: record them elsewhere to detect a truncated tail later.
    pub head_seq: i64,
    pub head_hash: String,
    pub problems: Vec<AuditProblem>,
}

impl AuditReport {
    pub fn is_intact(&self) -> bool {
        self.problems.is_empty()
    }
}

fn entry_hash(seq: i64, at: &str, actor: &str, action: &str, subject: &str, payload: &str, prev: &str) -> String {
    // A JSON array is an unambiguous encoding of the fields (no separator can be forged inside a string).
    let canonical = serde_json::json!([seq, at, actor, action, subject, payload, prev]).to_string();
    hex::encode(Sha256::digest(canonical.as_bytes()))
}

/// Makes the caller's transaction take its turn among audited writers now rather than when it appends its entry:
/// on PostgreSQL the transaction-scoped advisory lock `append` takes (held until commit; taking it again in the same
/// transaction is free); on SQLite nothing (writers already take turns, `Store::write`). A write that numbers its rows
/// by counting the ones before it calls this first, so that no other writer commits a row between its count and its
/// commit.
pub(super) async fn take_turn(txn: &DatabaseTransaction) -> Result<(), StorageError> {
    if txn.get_database_backend() == DbBackend::Postgres {
        // A statement like any other (prepared once per connection), so that statement logs count it.
        let lock = sea_orm::Statement::from_string(DbBackend::Postgres, "SELECT pg_advisory_xact_lock(4242017)");
        txn.execute_raw(lock).await?;
    }
    Ok(())
}

/// Appends an entry inside the caller's transaction. On PostgreSQL a transaction-scoped advisory lock makes appends
/// take turns; SQLite has one writer at a time already. The sequence number is the primary key, so two writers can
/// never both extend the chain from the same entry.
pub(super) async fn append(txn: &DatabaseTransaction, event: &AuditEvent) -> Result<i64, StorageError> {
    append_all(txn, std::slice::from_ref(event)).await?.last().copied().ok_or(StorageError::NotFound)
}

/// Appends entries in the order given, as [`append`] would one by one, with one turn, one read of the chain's head
/// and one insert (three round trips on PostgreSQL however many entries); returns their numbers.
pub(super) async fn append_all(txn: &DatabaseTransaction, events: &[AuditEvent]) -> Result<Vec<i64>, StorageError> {
    let mut gathered = super::bulk::Gathered::default();
    let seqs = append_all_gathered(txn, events, &mut gathered).await?;
    gathered.flush(txn).await?;
    Ok(seqs)
}

/// As [`append_all`], the insert of the entries gathered with the caller's other inserts (`bulk::Gathered`): on
/// PostgreSQL written when the caller flushes, which it does before it commits. The turn is taken and the head read
/// now, so the entries extend the chain as it stands once this transaction holds the turn (kept to its end).
pub(super) async fn append_all_gathered(
    txn: &DatabaseTransaction,
    events: &[AuditEvent],
    gathered: &mut super::bulk::Gathered,
) -> Result<Vec<i64>, StorageError> {
    if events.is_empty() {
        return Ok(Vec::new());
    }
    // A statement of its own: a statement's snapshot is taken before it runs, so a head read in the statement that
    // waits for the lock could miss the entry of the writer it waited for.
    take_turn(txn).await?;
    let last = entity::Entity::find()
        .select_only()
        .columns([entity::Column::Seq, entity::Column::Hash])
        .order_by_desc(entity::Column::Seq)
        .limit(1)
        .into_tuple::<(i64, String)>()
        .one(txn)
        .await?;
    let (mut seq, mut prev) = last.unwrap_or((0, GENESIS.to_string()));
    let mut rows = Vec::with_capacity(events.len());
    let mut seqs = Vec::with_capacity(events.len());
    for event in events {
        seq += 1;
        let at = Utc::now().to_rfc3339_opts(SecondsFormat::Micros, true);
        let payload = event.payload.to_string();
        let hash = entry_hash(seq, &at, &event.actor, &event.action, &event.subject, &payload, &prev);
        rows.push(entity::ActiveModel {
            seq: Set(seq),
            at: Set(at),
            actor: Set(event.actor.clone()),
            action: Set(event.action.clone()),
            subject: Set(event.subject.clone()),
            payload: Set(payload),
            prev_hash: Set(std::mem::replace(&mut prev, hash.clone())),
            hash: Set(hash),
        });
        seqs.push(seq);
    }
    if txn.get_database_backend() == DbBackend::Postgres {
        gathered.add(txn, rows).await?;
    } else {
        entity::Entity::insert_many(rows).exec_without_returning(txn).await?;
    }
    Ok(seqs)
}

fn to_entry(m: entity::Model) -> AuditEntry {
    AuditEntry {
        seq: m.seq,
        payload: serde_json::from_str(&m.payload).unwrap_or(serde_json::Value::String(m.payload)),
        at: m.at,
        actor: m.actor,
        action: m.action,
        subject: m.subject,
        prev_hash: m.prev_hash,
        hash: m.hash,
    }
}

impl Store {
    /// Records an event on its own (for actions that change nothing else in the database).
    pub async fn record(&self, event: &AuditEvent) -> Result<i64, StorageError> {
        let txn = self.write().await?;
        let seq = append(&txn, event).await;
        txn.finish(seq).await
    }

    /// The newest entries first; `subject` limits them to one record (`declaration/12`).
    pub async fn audit_entries(&self, subject: Option<&str>, limit: u64) -> Result<Vec<AuditEntry>, StorageError> {
        use sea_orm::{ColumnTrait, QueryFilter};
        let mut q = entity::Entity::find().order_by_desc(entity::Column::Seq);
        if let Some(s) = subject {
            q = q.filter(entity::Column::Subject.eq(s));
        }
        Ok(q.limit(super::bound(limit)).all(&self.db).await?.into_iter().map(to_entry).collect())
    }

    /// One page of the entries, newest first: at most `limit` after the first `offset`, with how many `subject`
    /// selects in all (every entry without it).
    pub async fn audit_entries_page(
        &self,
        subject: Option<&str>,
        limit: u64,
        offset: u64,
    ) -> Result<(Vec<AuditEntry>, u64), StorageError> {
        use sea_orm::{ColumnTrait, PaginatorTrait, QueryFilter};
        let mut q = entity::Entity::find().order_by_desc(entity::Column::Seq);
        if let Some(s) = subject {
            q = q.filter(entity::Column::Subject.eq(s));
        }
        let total = q.clone().count(&self.db).await?;
        let entries = q.offset(super::bound(offset)).limit(super::bound(limit)).all(&self.db).await?;
        Ok((entries.into_iter().map(to_entry).collect(), total))
    }

    /// Whether an entry with this hash is in the log (to check a head recorded earlier).
    pub async fn audit_entry_with_hash(&self, hash: &str) -> Result<bool, StorageError> {
        use sea_orm::{ColumnTrait, QueryFilter};
        Ok(entity::Entity::find().filter(entity::Column::Hash.eq(hash.trim())).one(&self.db).await?.is_some())
    }

    /// Walks the whole log in order and reports every entry that was edited, is missing or is out of its chain.
    pub async fn verify_audit(&self) -> Result<AuditReport, StorageError> {
        let mut report = AuditReport { entries: 0, head_seq: 0, head_hash: GENESIS.to_string(), problems: Vec::new() };
        let mut expected_seq = 1;
        let mut prev = GENESIS.to_string();
        let mut after = 0;
        loop {
            use sea_orm::{ColumnTrait, QueryFilter};
            let page = entity::Entity::find()
                .filter(entity::Column::Seq.gt(after))
                .order_by_asc(entity::Column::Seq)
                .limit(5000)
                .all(&self.db)
                .await?;
            let Some(last) = page.last() else { break };
            after = last.seq;
            for e in page {
                report.entries += 1;
                let recomputed = entry_hash(e.seq, &e.at, &e.actor, &e.action, &e.subject, &e.payload, &e.prev_hash);
                if recomputed != e.hash {
                    report.problems.push(AuditProblem { seq: e.seq, fault: AuditFault::Edited });
                }
                if e.seq != expected_seq {
                    report.problems.push(AuditProblem { seq: e.seq, fault: AuditFault::Missing { expected_seq } });
                }
                if e.prev_hash != prev {
                    report.problems.push(AuditProblem { seq: e.seq, fault: AuditFault::Unchained });
                }
                expected_seq = e.seq + 1;
                prev = e.hash.clone();
                report.head_seq = e.seq;
                report.head_hash = e.hash;
            }
        }
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use sea_orm::ConnectionTrait;

    use super::*;

    fn event(n: u32) -> AuditEvent {
        AuditEvent {
            actor: "auditor@pspc.test".into(),
            action: "evidence.added".into(),
            subject: format!("case/{n}"),
            payload: serde_json::json!({ "n": n, "note": "CBSA 9897.00.00" }),
        }
    }

    async fn stores() -> Vec<Store> {
        let mut out = vec![Store::connect("sqlite::memory:").await.unwrap()];
        match std::env::var("CHAINON_TEST_POSTGRES_URL") {
            Ok(base) if !base.is_empty() => {
                let url = super::super::testing::fresh_postgres_database(&base).await.unwrap();
                out.push(Store::connect(&url).await.unwrap());
            }
            _ => eprintln!("skipped on PostgreSQL: CHAINON_TEST_POSTGRES_URL is not set"),
        }
        out
    }

    async fn with_five(store: &Store) {
        for n in 1..=5 {
            assert_eq!(store.record(&event(n)).await.unwrap(), i64::from(n));
        }
        let report = store.verify_audit().await.unwrap();
        assert!(report.is_intact(), "{report:?}");
        assert_eq!((report.entries, report.head_seq), (5, 5));
    }

    async fn sql(store: &Store, statement: &str) {
        store.db.execute_unprepared(statement).await.unwrap();
    }

    #[tokio::test]
    async fn an_intact_log_verifies_and_chains_each_entry_to_the_one_before() {
        for store in stores().await {
            with_five(&store).await;
            let entries = store.audit_entries(None, 10).await.unwrap();
            assert_eq!(entries.len(), 5);
            assert_eq!(entries[4].prev_hash, GENESIS);
            for pair in entries.windows(2) {
                assert_eq!(pair[0].prev_hash, pair[1].hash, "newest first, each chained to the one before");
            }
            assert_eq!(store.audit_entries(Some("case/3"), 10).await.unwrap()[0].payload["n"], 3);
        }
    }

    #[tokio::test]
    async fn verify_finds_an_edited_entry() {
        for store in stores().await {
            with_five(&store).await;
            sql(&store, "UPDATE audit_entry SET actor = 'someone-else@pspc.test' WHERE seq = 3").await;
            let report = store.verify_audit().await.unwrap();
            assert_eq!(report.problems, vec![AuditProblem { seq: 3, fault: AuditFault::Edited }]);
        }
    }

    #[tokio::test]
    async fn verify_finds_a_deleted_entry() {
        for store in stores().await {
            with_five(&store).await;
            sql(&store, "DELETE FROM audit_entry WHERE seq = 2").await;
            let report = store.verify_audit().await.unwrap();
            assert_eq!(
                report.problems,
                vec![
                    AuditProblem { seq: 3, fault: AuditFault::Missing { expected_seq: 2 } },
                    AuditProblem { seq: 3, fault: AuditFault::Unchained },
                ]
            );
        }
    }

    #[tokio::test]
    async fn verify_finds_reordered_entries() {
        for store in stores().await {
            with_five(&store).await;
            // Swap the places of entries 2 and 4 (their numbers), keeping each one's content and hash.
            sql(&store, "UPDATE audit_entry SET seq = -2 WHERE seq = 2").await;
            sql(&store, "UPDATE audit_entry SET seq = 2 WHERE seq = 4").await;
            sql(&store, "UPDATE audit_entry SET seq = 4 WHERE seq = -2").await;
            let report = store.verify_audit().await.unwrap();
            let flagged: Vec<i64> = report.problems.iter().map(|p| p.seq).collect();
            assert!(flagged.contains(&2) && flagged.contains(&4), "{report:?}");
            assert!(report.problems.iter().any(|p| p.fault == AuditFault::Unchained));
        }
    }

    #[tokio::test]
    async fn a_rewritten_tail_shows_in_the_head_hash() {
        for store in stores().await {
            with_five(&store).await;
            let before = store.verify_audit().await.unwrap().head_hash;
            sql(&store, "DELETE FROM audit_entry WHERE seq = 5").await;
            let after = store.verify_audit().await.unwrap();
            assert!(after.is_intact(), "a cut tail is a shorter valid chain");
            assert_ne!(after.head_hash, before, "which the recorded head hash reveals");
        }
    }
}
