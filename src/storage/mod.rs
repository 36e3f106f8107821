//! Persistence (sea-orm): entities, migrations and the queries of the service, identical on SQLite (the embedded
//! default) and PostgreSQL (production). Nothing outside this module names sea-orm.

mod accounts;
pub mod audit;
mod bulk;
mod cases;
mod document;
mod entities;
mod graph;
mod listing;
mod migration;
mod parsed;
mod screening;
mod sessions;
mod subjects;
pub use subjects::SubjectRecord;
// Administrators' pages: password resets.
mod password_resets;
mod portfolio;
pub use password_resets::{RESET_VALID_HOURS, ResetRefused, ResetStarted};
mod summary;
#[doc(hidden)]
pub mod testing;

pub use accounts::{ApiTokenInfo, NewAccount, normalise_email, token_digest};
pub use audit::{AuditEntry, AuditEvent, AuditFault, AuditProblem, AuditReport};
pub use cases::{StoredCase, StoredCaseEvent, StoredContract};
pub use graph::{GraphBatch, GraphMarks};
pub use listing::{DeclarationFilter, DeclarationSort};
// Case workflow: outbox, open items, attachments, requests for information, evaluation notes.
pub use cases::{
    EvaluationNote, NewRequest, OpenCaseItem, OpenRequestItem, OutboxMessage, StoredAnswer, StoredAttachment,
    StoredRequest, SupplierOpenItems,
};
pub use sessions::{SessionLimits, StoredSession};
// Entity screening.
pub use screening::{
    COMMAND_LINE, ClosedHits, DecidedHits, EditionKey, EditionSummary, HitFilter, HitStanding, HitStatus,
    ImportedEdition, NewHit, OpenTally, RecordedHits, Restated, SCREENING_AT_INTAKE, StoredDecision, StoredHit,
};
pub use summary::SiteBasis;

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::{Alias, Expr, OnConflict, Order, Query};
use sea_orm::{
    ActiveValue::NotSet, ColumnTrait, ConnectOptions, ConnectionTrait, Database, DatabaseConnection,
    DatabaseTransaction, DbBackend, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    QueryTrait, RuntimeErr, Set, SqlErr, SqliteTransactionMode, TransactionOptions, TransactionTrait,
};
use sea_orm_migration::MigratorTrait;
use serde::Serialize;

use crate::domain::{Assessment, Band, Declaration, Issue, text::fold_words};
use entities::*;

/// Why the store failed.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The write contradicts a stored record, named in the [`Clash`]; nothing was changed.
    #[error("conflict: {0}")]
    Conflict(Clash),
    /// The row asked for does not exist.
    #[error("not found")]
    NotFound,
    /// Stored data could not be read back (or a document could not be packed); the cause beneath.
    #[error("stored data is unreadable")]
    Corrupt(#[source] Corruption),
    /// The database failed; the source is sea-orm's error, with the driver's beneath it.
    #[error("database error")]
    Database(#[source] DbErr),
    /// A blocking task of the store (reading a large stored document) did not run to its end.
    #[error("a blocking task of the store stopped")]
    Task(#[from] tokio::task::JoinError),
    /// Other writes held the database longer than a write may wait for its turn; nothing was changed. The cause
    /// beneath: the database's refusal, or the wait for this process's turn.
    #[error("database busy")]
    Busy(#[source] Contention),
    /// The database cannot be reached: connection lost or refused, no free connection in time, disk failing. The
    /// source is sea-orm's error, with the driver's beneath it.
    #[error("database unavailable")]
    Unavailable(#[source] DbErr),
}

/// Why stored data could not be read back, or a document not packed.
#[derive(Debug, thiserror::Error)]
pub enum Corruption {
    /// Stored JSON does not read as its type (or a value does not write as JSON).
    #[error("stored JSON")]
    Json(#[from] serde_json::Error),
    /// A document could not be compressed.
    #[error("compressing a document")]
    Compression(#[source] std::io::Error),
    /// A stored value outside what its column may hold, named by its row and column (`account 3: role `chief``). No
    /// library error lies beneath (a parse of a code into one of ours): the row and the value are the whole cause,
    /// so they are kept as text.
    #[error("{0}")]
    Value(String),
}

/// Why a write found the database busy.
#[derive(Debug, thiserror::Error)]
pub enum Contention {
    /// The database refused for now: busy or locked (SQLite), a serialization failure, a deadlock or a lock not
    /// available (PostgreSQL). The source is sea-orm's error, with the driver's beneath it.
    #[error("the database answered busy")]
    Database(#[source] DbErr),
    /// The writers before this one in the process held the turn longer than a write waits for it (the duration).
    #[error("no turn to write within {} s", .0.as_secs())]
    NoTurn(Duration),
}

/// What a refused write clashes with: the stored record and why, so that the edge can say which and why in both
/// languages (a 409 that names nothing leaves its reader guessing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clash {
    /// The supplier's declaration in force for the same solicitation (or its standing one) is dated after the one
    /// sent: the declaration in force is the latest dated, whatever the order of upload.
    NewerDeclaration {
        /// The declaration in force.
        id: i64,
        received_at: DateTime<Utc>,
        declaration_date: NaiveDate,
        /// The date of the declaration refused.
        refused_date: NaiveDate,
        solicitation: Option<String>,
    },
    /// A contract with this number is already recorded (its id, when known).
    ContractNumber { number: String, id: Option<i64> },
    /// An account with this e-mail exists.
    AccountEmail(String),
    /// The screening hit was already decided (`confirmed` or `dismissed`) or closed; when decided, by whom (the
    /// account's e-mail as the decision records it) and when.
    HitDecided { hit: i64, status: String, by: Option<String>, at: Option<DateTime<Utc>> },
    /// The account is disabled: it gets no password-reset code.
    AccountDisabled(i64),
    /// A list file dated before the list's current edition, imported without saying it is meant
    /// (`screening::OlderEdition`): the current edition and the date refused.
    OlderEdition { current: crate::screening::CurrentEdition, refused: chrono::NaiveDate },
    /// The two facilities of a site-match decision were decided on already (by another instance of the service, or
    /// a request sent at the same moment): the decision on record, by whom and when.
    MatchDecided { key_a: String, key_b: String, same: bool, by: String, at: DateTime<Utc> },
    /// A uniqueness or reference constraint of the database, as the driver words it (`UNIQUE constraint failed:
    /// contract.number`, `duplicate key value violates unique constraint "contract_number_key"`): a write that
    /// raced another, or one without a check of its own; or one storage keeps itself, named as the index that kept
    /// it (a declaration's site ids: `ux_site_declaration_id_site_ref`).
    Constraint(String),
}

impl std::fmt::Display for Clash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Clash::NewerDeclaration { id, declaration_date, refused_date, .. } => {
                write!(f, "declaration {id} of {declaration_date} is in force; one of {refused_date} is older")
            }
            Clash::ContractNumber { number, .. } => write!(f, "contract {number} exists"),
            Clash::AccountEmail(email) => write!(f, "account {email} exists"),
            Clash::HitDecided { hit, status, .. } => write!(f, "hit {hit} is already {status}"),
            Clash::AccountDisabled(id) => write!(f, "account {id} is disabled"),
            Clash::OlderEdition { current, refused } => {
                write!(f, "edition #{} of {} is current; one of {refused} is older", current.id, current.published_on)
            }
            Clash::MatchDecided { key_a, key_b, same, .. } => {
                write!(f, "facilities {key_a} and {key_b} were decided already (same: {same})")
            }
            Clash::Constraint(m) => f.write_str(m),
        }
    }
}

impl StorageError {
    /// Busy or unavailable: the same request may succeed later, unchanged.
    pub fn is_transient(&self) -> bool {
        matches!(self, StorageError::Busy(_) | StorageError::Unavailable(_))
    }

    /// Stored data that is not what its column may hold, named by its row and column (see [`Corruption::Value`]).
    pub(crate) fn corrupt(what: impl Into<String>) -> StorageError {
        StorageError::Corrupt(Corruption::Value(what.into()))
    }
}

impl From<DbErr> for StorageError {
    fn from(e: DbErr) -> Self {
        match transient(&e) {
            Some(Transient::Busy) => return StorageError::Busy(Contention::Database(e)),
            Some(Transient::Unavailable) => return StorageError::Unavailable(e),
            None => {}
        }
        match e.sql_err() {
            Some(SqlErr::UniqueConstraintViolation(m)) | Some(SqlErr::ForeignKeyConstraintViolation(m)) => {
                StorageError::Conflict(Clash::Constraint(m))
            }
            _ => StorageError::Database(e),
        }
    }
}

/// How a database error is transient: the same request may succeed later.
enum Transient {
    Busy,
    Unavailable,
}

/// Errors that say the database is busy or out of reach rather than that the request is wrong.
fn transient(e: &DbErr) -> Option<Transient> {
    use sea_orm::sqlx::Error as X;
    let x = match e {
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => return Some(Transient::Unavailable),
        DbErr::Exec(RuntimeErr::SqlxError(x)) | DbErr::Query(RuntimeErr::SqlxError(x)) => x,
        _ => return None,
    };
    match &**x {
        X::Io(_) | X::Tls(_) | X::Protocol(_) | X::PoolTimedOut | X::PoolClosed | X::WorkerCrashed => {
            Some(Transient::Unavailable)
        }
        X::Database(d) => {
            let code = d.code().unwrap_or_default();
            if d.try_downcast_ref::<sea_orm::sqlx::sqlite::SqliteError>().is_some() {
                // SQLite gives its extended result code; the primary code is the low byte.
                match code.parse::<i32>().map_or(0, |c| c & 0xff) {
                    // SQLITE_BUSY, SQLITE_LOCKED
                    5 | 6 => Some(Transient::Busy),
                    // SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN
                    8 | 10 | 13 | 14 => Some(Transient::Unavailable),
                    _ => None,
                }
            } else {
                // PostgreSQL: serialization failure, deadlock, lock not available; class 08 is a lost connection,
                // 57P0x a server shutting down or starting, 53300 too many connections.
                match code.as_ref() {
                    "40001" | "40P01" | "55P03" => Some(Transient::Busy),
                    c if c.starts_with("08") || c.starts_with("57P") || c == "53300" => Some(Transient::Unavailable),
                    _ => None,
                }
            }
        }
        _ => None,
    }
}

impl From<serde_json::Error> for StorageError {
    fn from(e: serde_json::Error) -> Self {
        StorageError::Corrupt(Corruption::Json(e))
    }
}

/// The file a declaration came from.
#[derive(Debug, Clone, Serialize)]
pub struct SourceFile {
    pub file_name: String,
    /// Lowercase hex SHA-256 of the file's bytes.
    pub sha256: String,
    pub size_bytes: u64,
    /// `xlsx`, `ods`, `json`, `zip` …
    pub carrier: String,
}

/// What storing a declaration did.
#[derive(Debug, Clone, Serialize)]
pub struct ImportOutcome {
    pub declaration_id: i64,
    /// The same file was already stored: nothing new was written.
    pub duplicate: bool,
    /// The declaration this one supersedes (same supplier, same solicitation or both standing); for a file already
    /// stored, the one the stored declaration superseded when it was received.
    pub superseded: Option<i64>,
    /// The declaration that replaced this one since (a file already stored whose bid was sent anew); `None` for a
    /// declaration just stored, which is the one in force.
    pub superseded_by: Option<i64>,
    /// The declaration in force for the same bid: the last of the chain of replacements (`superseded_by`, followed
    /// to its end), `declaration_id` itself when nothing replaced it. Every answer that says which declaration is
    /// in force reads it by [`Store::current_declaration_of`]'s walk.
    pub in_force: i64,
}

/// The legal name a business number was on file with when a declaration gave it another, and the day (UTC) that
/// name was first received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameOnFile {
    pub legal_name: String,
    pub since: NaiveDate,
}

/// A declaration's row as far as its page's kept rendering goes (`Store::declaration_stamp`): the rest of the row
/// and its documents are never rewritten.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeclarationStamp {
    pub id: i64,
    /// The business number of its supplier: who may read it.
    pub business_number: Option<String>,
    /// The declaration that replaced it, if any.
    pub superseded_by: Option<i64>,
    /// The id of its latest assessment; `None` before it is assessed.
    pub latest_assessment: Option<i64>,
}

/// One declaration in a list, with its latest assessment's bands.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct DeclarationSummary {
    pub id: i64,
    pub supplier_id: i64,
    pub supplier_name: String,
    pub business_number: Option<String>,
    pub supplier_country: String,
    pub solicitation_number: Option<String>,
    pub declaration_date: NaiveDate,
    pub received_at: DateTime<Utc>,
    pub file_name: String,
    pub sha256: String,
    pub site_count: u32,
    pub supersedes: Option<i64>,
    pub superseded_by: Option<i64>,
    #[schema(value_type = Option<String>, example = "high")]
    pub forced_labour_band: Option<Band>,
    #[schema(value_type = Option<String>, example = "medium")]
    pub child_labour_band: Option<Band>,
    pub forced_labour_score: Option<f64>,
    pub child_labour_score: Option<f64>,
    pub finding_count: u32,
    pub model_version: Option<String>,
}

/// A stored declaration exactly as it was read.
#[derive(Debug, Clone, Serialize)]
pub struct StoredDeclaration {
    pub summary: DeclarationSummary,
    pub declaration: Declaration,
    pub warnings: Vec<Issue>,
}

/// A current declaration as `chainon model diff` walks them (`Store::current_documents_after`): who sent it, and its
/// stored document as it is stored (gzip-compressed JSON, or the JSON text of a row written before), read by whoever
/// scores it on its own thread ([`StoredDocument::declaration`]) rather than one document after another where the
/// rows are fetched.
#[derive(Debug)]
pub struct PackedDeclaration {
    pub id: i64,
    /// The legal name the declaration was sent with, else its supplier's on file.
    pub supplier_name: String,
    pub solicitation_number: Option<String>,
    pub document: StoredDocument,
}

/// A stored document not read yet: its compressed bytes, or its JSON text for a row written before documents were
/// compressed.
#[derive(Debug)]
pub struct StoredDocument {
    packed: Option<Vec<u8>>,
    text: String,
}

impl StoredDocument {
    /// The declaration the document holds. Errors: `StorageError` for bytes that do not decompress or JSON that is
    /// not a declaration.
    pub fn declaration(&self) -> Result<Declaration, StorageError> {
        document::unpack(self.packed.as_deref(), &self.text)
    }
}

/// A stored assessment with its model version.
#[derive(Debug, Clone, Serialize)]
pub struct StoredAssessment {
    pub id: i64,
    pub declaration_id: i64,
    pub model_version: String,
    pub assessed_at: DateTime<Utc>,
    pub assessment: Assessment,
}

/// A solicitation that has bids.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SolicitationSummary {
    pub number: String,
    pub bid_count: u32,
    pub first_received: DateTime<Utc>,
    pub last_received: DateTime<Utc>,
}

/// A solicitation and its current bids.
#[derive(Debug, Clone, Serialize)]
pub struct SolicitationBids {
    pub number: String,
    pub bids: Vec<DeclarationSummary>,
}

/// How long a write waits for its turn (SQLite: the writers before it in this process, then a write lock held by
/// another process; PostgreSQL: each lock it waits for, `lock_timeout`) before it gives up with
/// [`StorageError::Busy`]. The README promises it: 503 `database_unavailable` after 30 s.
pub const WRITE_WAIT: Duration = Duration::from_secs(30);

/// How long a query waits for a free connection before the database counts as unavailable.
const ACQUIRE_WAIT: Duration = Duration::from_secs(10);

/// How many connections the health probe's own pool holds ([`Store::health`]): apart from the service's pool, so
/// that `/health` never waits behind heavy reads that hold every connection of it.
const PROBE_CONNECTIONS: u32 = 2;

/// How long the health probe waits for a connection of its own pool (or a new one) before it answers that the
/// database is unavailable: a load balancer's check is answered within this, whatever the rest of the service does.
pub const PROBE_WAIT: Duration = Duration::from_secs(2);

/// How long [`Store::health`] answers the count of declarations it last read without reading it again, though no
/// write of this process changed it (the bound on what another process's writes, the command line's, leave unseen).
const HEALTH_COUNT_MAX_AGE: Duration = Duration::from_secs(5);

/// What the health probe last answered ([`Store::health`]): when the database answered it (or failed to), and why
/// it failed.
#[derive(Debug, Clone)]
struct Probed {
    at: std::time::Instant,
    /// `None`: the database answered; else the failure, in words (sea-orm's errors are not `Clone`).
    failure: Option<Arc<str>>,
}

/// The newest ids of the tables reports read, as [`Store::write_marks`] reads them: equal marks, nothing written since.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct WriteMarks([i64; 6]);

/// The count of declarations as [`Store::health`] last read it, with the count of changes read before it.
#[derive(Debug, Clone, Copy)]
struct HealthCount {
    changes: u64,
    at: std::time::Instant,
    declarations: u64,
}

/// The tables an import fills row by row in bulk (`bulk::insert`): attestations, goods lines,
/// findings, the score summaries and the portfolio's sums. [`Store::analyze_after_import`] refreshes their statistics.
pub const BULK_TABLES: [&str; 7] =
    ["attestation", "goods_item", "finding", "site_score", "category_score", "portfolio_basis", "portfolio_share"];

/// What lists read of an assessment: no explanation document.
#[derive(Debug, sea_orm::FromQueryResult)]
struct AssessmentColumns {
    declaration_id: i64,
    model_version: String,
    forced_labour_score: f64,
    forced_labour_band: String,
    child_labour_score: f64,
    child_labour_band: String,
    finding_count: i32,
}

/// The store: a pool of connections to SQLite or PostgreSQL. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Store {
    db: DatabaseConnection,
    /// The health probe's own small pool ([`PROBE_CONNECTIONS`], waiting at most [`PROBE_WAIT`]), opened lazily:
    /// `/health` asks through it, never behind the queries of `db`. The same pool as `db` for an in-memory SQLite
    /// database, which another pool would not see.
    probe: DatabaseConnection,
    /// The count of declarations `/health` answers, read again after a write or [`HEALTH_COUNT_MAX_AGE`].
    health_count: Arc<std::sync::Mutex<Option<HealthCount>>>,
    /// The health probe's last answer ([`Store::health`]): the checks that arrive while it is asked wait for it and
    /// share it, so that a burst of checks asks the database once, not once each.
    probed: Arc<tokio::sync::Mutex<Option<Probed>>>,
    /// How many times the health probe asked the database ([`Store::health_probes`]).
    probes: Arc<AtomicU64>,
    /// SQLite has one writer at a time: write transactions queue here, first come first served, instead of
    /// failing with "database is locked". `None` on PostgreSQL, whose row locks let writers run side by side.
    turn: Option<Arc<tokio::sync::Mutex<()>>>,
    /// How long a write waits for its turn or a lock ([`WRITE_WAIT`] unless connected with another).
    write_wait: Duration,
    /// The model under which the portfolio dashboard's sums of each stored assessment are written with it
    /// ([`Store::with_portfolio_model`]); `None`: the dashboard sums them when it reads them.
    portfolio_model: Option<Arc<crate::scoring::RiskModel>>,
    /// How the messages the store puts in the outbox are said ([`Store::with_words`]).
    words: WordsFn,
    /// How many write transactions that can change what reports read have ended ([`Store::changes`]), shared by
    /// every clone.
    changes: Arc<AtomicU64>,
    /// The declarations and assessments read last, kept parsed (`parsed.rs`), shared by every clone.
    parsed: Arc<parsed::Parsed>,
}

/// A message of the catalogues said in a language, shared by every clone of the store: the words of the outbox's
/// messages (`reports::Catalog::say`, given at start-up, which storage may not reach itself; their days in words).
/// Without it (a store connected bare, as storage's own tests do) a message is written as its key and its values.
#[derive(Clone)]
pub struct WordsFn(Arc<SayFn>);

/// What says a message in a language ([`WordsFn`]).
type SayFn = dyn Fn(crate::domain::Lang, &crate::domain::Message) -> String + Send + Sync;

impl WordsFn {
    /// Messages said by `words`.
    pub fn new(words: impl Fn(crate::domain::Lang, &crate::domain::Message) -> String + Send + Sync + 'static) -> Self {
        WordsFn(Arc::new(words))
    }

    /// A message in words in a language.
    pub fn say(&self, lang: crate::domain::Lang, message: &crate::domain::Message) -> String {
        (self.0)(lang, message)
    }
}

impl Default for WordsFn {
    fn default() -> Self {
        WordsFn::new(|_, m| format!("{} {:?}", m.key, m.args))
    }
}

impl std::fmt::Debug for WordsFn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("WordsFn")
    }
}

/// A write transaction that holds its turn. [`Write::finish`] commits or rolls back, then hands the turn on.
pub(crate) struct Write {
    txn: DatabaseTransaction,
    /// The store's count of changes, moved on once the transaction has ended (`None`: a write that changes nothing
    /// reports read, [`Store::write_aside`]).
    changes: Option<Arc<AtomicU64>>,
    // Released after the transaction has ended (declared after it, dropped after it).
    _turn: Option<tokio::sync::OwnedMutexGuard<()>>,
}

impl std::ops::Deref for Write {
    type Target = DatabaseTransaction;

    fn deref(&self) -> &DatabaseTransaction {
        &self.txn
    }
}

impl Write {
    /// Commits when `result` is `Ok`, rolls back otherwise; returns `result` (or the commit's failure).
    /// The count of changes moves on after the end, whatever it was (a failed commit may still have committed):
    /// a reader that read the count before the data sees it move, and one that reads it after sees the data.
    pub(crate) async fn finish<T>(self, result: Result<T, StorageError>) -> Result<T, StorageError> {
        let Write { txn, changes, _turn } = self;
        let out = match result {
            Ok(value) => match txn.commit().await {
                Ok(()) => Ok(value),
                Err(e) => Err(e.into()),
            },
            Err(e) => {
                if let Err(rollback) = txn.rollback().await {
                    tracing::warn!(
                        said = "cli_log.rollback_failed",
                        error = %crate::telemetry::Chain(&rollback),
                        "rolling back a failed write failed"
                    );
                }
                Err(e)
            }
        };
        if let Some(changes) = changes {
            changes.fetch_add(1, Ordering::SeqCst);
        }
        drop(_turn);
        out
    }
}

fn identity_key(d: &Declaration) -> String {
    match &d.supplier.business_number {
        Some(bn) => format!("bn:{bn}"),
        None => format!("name:{}:{}", d.supplier.country, fold_words(&d.supplier.legal_name)),
    }
}

/// A count or position as SQL can bind it (at most `i64::MAX`).
pub(crate) fn bound(n: u64) -> u64 {
    n.min(i64::MAX as u64)
}

fn band_of(s: &str) -> Option<Band> {
    s.parse().ok()
}

impl Store {
    /// Connects and applies pending migrations. An SQLite URL with `mode=rwc` creates its file.
    pub async fn connect(url: &str) -> Result<Store, StorageError> {
        Store::connect_with(url, None).await
    }

    /// As [`Store::connect`], with at most `max_connections` in the pool (the driver's default when `None`; SQLite
    /// always uses 4). Test suites that run many services against one PostgreSQL server keep each one small.
    pub async fn connect_with(url: &str, max_connections: Option<u32>) -> Result<Store, StorageError> {
        Store::connect_waiting(url, max_connections, WRITE_WAIT).await
    }

    /// As [`Store::connect_with`], a write waiting at most `write_wait` for a lock ([`WRITE_WAIT`] elsewhere): on
    /// PostgreSQL each connection's `lock_timeout` (set at its start, so that every statement of every transaction
    /// keeps it, the audit log's advisory lock included; a lock not had in time is SQLSTATE 55P03, answered
    /// busy); on SQLite the busy timeout and the wait for the process's writer turn.
    pub async fn connect_waiting(
        url: &str,
        max_connections: Option<u32>,
        write_wait: Duration,
    ) -> Result<Store, StorageError> {
        let db = Database::connect(pool_options(url, max_connections, write_wait)).await?;
        let turn = (db.get_database_backend() == DbBackend::Sqlite).then(|| Arc::new(tokio::sync::Mutex::new(())));
        migration::Migrator::up(&db, None).await?;
        let probe = if in_memory_sqlite(url) { db.clone() } else { Database::connect(probe_options(url)).await? };
        Ok(Store {
            db,
            probe,
            health_count: Arc::default(),
            probed: Arc::default(),
            probes: Arc::default(),
            turn,
            write_wait,
            portfolio_model: None,
            words: WordsFn::default(),
            changes: Arc::new(AtomicU64::new(0)),
            parsed: Arc::default(),
        })
    }

    /// The store, saying the messages it puts in the outbox (a notice, a decision, a request) with `words`
    /// (`reports::Catalog::say` with the catalogues: their days as `December 9, 2026`, `9 décembre 2026`).
    pub fn with_words(mut self, words: WordsFn) -> Store {
        self.words = words;
        self
    }

    /// How the messages of the outbox are said ([`Store::with_words`]): what the sender closes them with too.
    pub fn words(&self) -> &WordsFn {
        &self.words
    }

    /// Begins a write transaction once it is this writer's turn. On SQLite the turn is taken first (queued in
    /// arrival order, at most [`WRITE_WAIT`]), then `BEGIN IMMEDIATE` takes the write lock at once, so the
    /// transaction never has to upgrade a read lock — the upgrade is what fails with "database is locked" without
    /// waiting. Another process's writer (the CLI) is waited for by the busy timeout.
    ///
    /// Its end counts as a change of what reports read ([`Store::changes`]); writes that change none of it (sessions,
    /// accounts, password resets, deliveries) take [`Store::write_aside`].
    pub(crate) async fn write(&self) -> Result<Write, StorageError> {
        let mut write = self.write_aside().await?;
        write.changes = Some(self.changes.clone());
        Ok(write)
    }

    /// As [`Store::write`], for a write that changes nothing a report reads (no declaration, assessment, contract,
    /// case or screening record): its end leaves [`Store::changes`] as it is, so that the writes of every request
    /// (a session's last use) do not make cached reports compute again.
    pub(crate) async fn write_aside(&self) -> Result<Write, StorageError> {
        let turn = match &self.turn {
            Some(lock) => Some(
                tokio::time::timeout(self.write_wait, lock.clone().lock_owned())
                    .await
                    .map_err(|_| StorageError::Busy(Contention::NoTurn(self.write_wait)))?,
            ),
            None => None,
        };
        let options = TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..TransactionOptions::default()
        };
        let txn = self.db.begin_with_options(options).await?;
        Ok(Write { txn, changes: None, _turn: turn })
    }

    /// How many writes of this process that can change what reports read (declarations stored or superseded,
    /// assessments, screening and its effects, contracts, cases and their events, match decisions, the audit log)
    /// have ended: it only grows. A report computed from reads made after this count was read is current as long
    /// as the count is unchanged; writes of another process sharing the database (the command line) are not counted.
    pub fn changes(&self) -> u64 {
        self.changes.load(Ordering::SeqCst)
    }

    /// How far every process sharing the database has written what reports read: the newest id of the audit log
    /// (every write that reports read is audited: declarations stored or superseded, assessments, screening effects,
    /// contracts, cases and their events), of declarations, assessments, contracts, cases and case events. A report
    /// kept beside the marks read before its reads is current while they are unchanged, whoever wrote — this process
    /// or another on the same database (`chainon import` while the service runs). One statement, each maximum read
    /// from its primary key's end.
    pub async fn write_marks(&self) -> Result<WriteMarks, StorageError> {
        use sea_orm::sea_query::{Alias, Expr, Func, Query, SelectStatement, SubQueryStatement};
        let sub = |q: SelectStatement| Expr::SubQuery(None, Box::new(SubQueryStatement::SelectStatement(q)));
        // The audit log is keyed by its sequence number; every other table by `id`.
        let max = |table: &str| {
            let key = if table == "audit_entry" { "seq" } else { "id" };
            Query::select().expr(Func::max(Expr::col(Alias::new(key)))).from(Alias::new(table)).to_owned()
        };
        const TABLES: [&str; 6] =
            ["audit_entry", "declaration", "assessment", "contract", "compliance_case", "case_event"];
        let mut q = Query::select();
        for t in TABLES {
            q.expr_as(sub(max(t)), Alias::new(t));
        }
        let row = self.db.query_one(&q.to_owned()).await?;
        let mut marks = [0i64; 6];
        if let Some(row) = &row {
            for (slot, t) in marks.iter_mut().zip(TABLES) {
                *slot = row.try_get::<Option<i64>>("", t)?.unwrap_or(0);
            }
        }
        Ok(WriteMarks(marks))
    }

    /// `sqlite` or `postgres`.
    pub fn backend_name(&self) -> &'static str {
        match self.db.get_database_backend() {
            DbBackend::Sqlite => "sqlite",
            DbBackend::Postgres => "postgres",
            _ => "other",
        }
    }

    /// The other legal name the declaration's business number is on file with, and since when (the intake's
    /// warning); `None` for a new business number, none, or the same name.
    pub async fn name_on_file(&self, d: &Declaration) -> Result<Option<NameOnFile>, StorageError> {
        name_on_file(&self.db, d).await
    }

    /// Stores an accepted declaration and its first assessment in one transaction.
    pub async fn import_declaration(
        &self,
        source: &SourceFile,
        declaration: &Declaration,
        warnings: &[Issue],
        assessment: &Assessment,
        actor: &str,
    ) -> Result<ImportOutcome, StorageError> {
        // SQLite: without waiting for a turn when the file is known; inside the transaction again, for the same file
        // sent twice at once. PostgreSQL writers take no turn: the check inside is enough (a round trip less).
        if self.turn.is_some()
            && let Some(known) = self.stored_file(&source.sha256).await?
        {
            return Ok(known);
        }
        let txn = self.write().await?;
        let outcome = match stored_file(&*txn, &source.sha256).await {
            Ok(Some(known)) => Ok(known),
            Ok(None) => {
                let model = self.portfolio_model.as_deref();
                insert_declaration(&txn, source, declaration, warnings, assessment, actor, model).await
            }
            Err(e) => Err(e),
        };
        match txn.finish(outcome).await {
            // PostgreSQL writers do not queue: the other copy committed first.
            Err(StorageError::Conflict(c @ Clash::Constraint(_))) => {
                self.stored_file(&source.sha256).await?.ok_or(StorageError::Conflict(c))
            }
            Ok(stored) => {
                // A large declaration changes the tables' sizes by itself: the planner is told at once. The
                // declaration is stored whatever happens to the statistics.
                if !stored.duplicate && Store::bulk_sized(declaration.places_of_work.len()) {
                    if let Err(e) = self.analyze_after_import().await {
                        tracing::warn!(
                            said = "cli_log.analyze_failed",
                            error = %crate::telemetry::Chain(&e),
                            "ANALYZE after a large import failed"
                        );
                    }
                }
                Ok(stored)
            }
            other => other,
        }
    }

    /// PostgreSQL: refreshes the planner's statistics of every table of the database (`ANALYZE` with no table
    /// named), after an import's transactions have committed (`ANALYZE` reads committed rows only). Without it a
    /// database just filled by `chainon import` has no statistics until autovacuum gets to it (never, where it is
    /// off), and the planner takes tables of many thousand rows for empty ones. Every table, not only those filled in
    /// bulk ([`BULK_TABLES`]): a portfolio of small declarations fills `declaration` and `assessment` a row each, and
    /// with their statistics missing the planner read 1,936 current declarations as 5 and joined and sorted every
    /// one of them for the list's first page (9.3 ms against 1.5 ms, PostgreSQL 15, a 200,000-site portfolio). It
    /// samples at most 30,000 rows a table (the default statistics target), so its cost does not grow with the
    /// database: 0.3 s on that portfolio. Nothing to do on SQLite, whose planner reads no gathered statistics unless
    /// asked to and then keeps them in the file.
    ///
    /// # Errors
    /// A failed `ANALYZE`.
    pub async fn analyze_after_import(&self) -> Result<(), StorageError> {
        if self.db.get_database_backend() != DbBackend::Postgres {
            return Ok(());
        }
        self.db.execute_unprepared("ANALYZE").await?;
        Ok(())
    }

    /// Whether a declaration of `sites` sites is large enough that [`Store::import_declaration`] refreshes the
    /// statistics once it is stored ([`Store::analyze_after_import`]): one PostgreSQL batch of `bulk` rows or more. A
    /// batch import refreshes them at its end only when a declaration stored after the last such one left them old.
    pub fn bulk_sized(sites: usize) -> bool {
        sites >= bulk::POSTGRES_ROWS
    }

    async fn stored_file(&self, sha256: &str) -> Result<Option<ImportOutcome>, StorageError> {
        stored_file(&self.db, sha256).await
    }

    /// The suppliers with these ids, by id.
    async fn suppliers_by_id(&self, ids: Vec<i64>) -> Result<HashMap<i64, supplier::Model>, StorageError> {
        Ok(supplier::Entity::find()
            .filter(supplier::Column::Id.is_in(ids))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|s| (s.id, s))
            .collect())
    }

    async fn summaries(&self, rows: Vec<declaration::Model>) -> Result<Vec<DeclarationSummary>, StorageError> {
        let supplier_ids: Vec<i64> = rows.iter().map(|r| r.supplier_id).collect();
        let sol_ids: Vec<i64> = rows.iter().filter_map(|r| r.solicitation_id).collect();
        let decl_ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let suppliers = self.suppliers_by_id(supplier_ids).await?;
        let sols: HashMap<i64, String> = solicitation::Entity::find()
            .filter(solicitation::Column::Id.is_in(sol_ids))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|s| (s.id, s.number))
            .collect();
        // Only the bands and counts of each latest assessment are read here: the documents stay in the database.
        let mut latest: HashMap<i64, AssessmentColumns> = HashMap::new();
        for chunk in decl_ids.chunks(500) {
            for a in latest_columns(chunk).into_model::<AssessmentColumns>().all(&self.db).await? {
                latest.insert(a.declaration_id, a);
            }
        }
        rows.into_iter()
            .map(|r| {
                let s = suppliers.get(&r.supplier_id).ok_or(StorageError::NotFound)?;
                let a = latest.get(&r.id);
                Ok(DeclarationSummary {
                    id: r.id,
                    supplier_id: r.supplier_id,
                    // The name this declaration was sent with; the supplier's row has the latest.
                    supplier_name: r.legal_name.clone().unwrap_or_else(|| s.legal_name.clone()),
                    business_number: s.business_number.clone(),
                    supplier_country: s.country.clone(),
                    solicitation_number: r.solicitation_id.and_then(|id| sols.get(&id).cloned()),
                    declaration_date: r.declaration_date,
                    received_at: r.received_at,
                    file_name: r.file_name,
                    sha256: r.sha256,
                    site_count: u32::try_from(r.site_count).unwrap_or(0),
                    supersedes: r.supersedes_id,
                    superseded_by: r.superseded_by_id,
                    forced_labour_band: a.and_then(|a| band_of(&a.forced_labour_band)),
                    child_labour_band: a.and_then(|a| band_of(&a.child_labour_band)),
                    forced_labour_score: a.map(|a| a.forced_labour_score),
                    child_labour_score: a.map(|a| a.child_labour_score),
                    finding_count: a.map_or(0, |a| u32::try_from(a.finding_count).unwrap_or(0)),
                    model_version: a.map(|a| a.model_version.clone()),
                })
            })
            .collect()
    }

    /// One declaration as it was read, with its summary and intake warnings.
    pub async fn get_declaration(&self, id: i64) -> Result<Option<StoredDeclaration>, StorageError> {
        let Some(mut row) = declaration::Entity::find_by_id(id).one(&self.db).await? else { return Ok(None) };
        let declaration =
            self.parsed.declarations.read(row.id, row.document_gz.take(), std::mem::take(&mut row.document)).await?;
        let warnings: Vec<Issue> = parse_document(None, std::mem::take(&mut row.warnings)).await?;
        let summary = self.summaries(vec![row]).await?.pop().ok_or(StorageError::NotFound)?;
        Ok(Some(StoredDeclaration { summary, declaration, warnings }))
    }

    /// What says whether a declaration's page may be answered from a rendering kept earlier, in one query and no
    /// document: its supplier's business number (who may read it), the version that replaced it and its latest
    /// assessment (found by one search of `assessment (declaration_id, id)`). `None` when no declaration has this id.
    pub async fn declaration_stamp(&self, id: i64) -> Result<Option<DeclarationStamp>, StorageError> {
        let Some(row) = self.db.query_one(&stamp_query(id)).await? else { return Ok(None) };
        Ok(Some(DeclarationStamp {
            id,
            business_number: row.try_get("", "business_number")?,
            superseded_by: row.try_get("", "superseded_by_id")?,
            latest_assessment: row.try_get("", "latest_assessment")?,
        }))
    }

    /// The current (not superseded) declarations with an id above `after`, `limit` of them in the order of their
    /// ids, each with its summary: a walk of the whole portfolio by key (`chainon model diff`), a few queries a page
    /// rather than a page of the list and a read of each of its declarations.
    pub async fn current_declarations_after(
        &self,
        after: i64,
        limit: u64,
    ) -> Result<Vec<(DeclarationSummary, Declaration)>, StorageError> {
        let mut rows = declaration::Entity::find()
            .filter(declaration::Column::Id.gt(after))
            .filter(declaration::Column::SupersededById.is_null())
            .order_by_asc(declaration::Column::Id)
            .limit(limit)
            .all(&self.db)
            .await?;
        let mut documents = Vec::with_capacity(rows.len());
        for row in &mut rows {
            documents.push((row.document_gz.take(), std::mem::take(&mut row.document)));
        }
        let summaries = self.summaries(rows).await?;
        let mut out = Vec::with_capacity(summaries.len());
        for (summary, (packed, text)) in summaries.into_iter().zip(documents) {
            out.push((summary, parse_document(packed, text).await?));
        }
        Ok(out)
    }

    /// The current (not superseded) declarations with ids above `after`, at most `limit`, in the order of their ids,
    /// their documents not read ([`PackedDeclaration`]): what `pipeline::diff_models` scores. Two queries beside the
    /// rows' (their suppliers' and solicitations' names); no assessment is read.
    pub async fn current_documents_after(
        &self,
        after: i64,
        limit: u64,
    ) -> Result<Vec<PackedDeclaration>, StorageError> {
        let rows = declaration::Entity::find()
            .filter(declaration::Column::Id.gt(after))
            .filter(declaration::Column::SupersededById.is_null())
            .order_by_asc(declaration::Column::Id)
            .limit(limit)
            .all(&self.db)
            .await?;
        let unnamed: Vec<i64> = rows.iter().filter(|r| r.legal_name.is_none()).map(|r| r.supplier_id).collect();
        let suppliers = if unnamed.is_empty() { HashMap::new() } else { self.suppliers_by_id(unnamed).await? };
        let sol_ids: Vec<i64> = rows.iter().filter_map(|r| r.solicitation_id).collect();
        let sols: HashMap<i64, String> = if sol_ids.is_empty() {
            HashMap::new()
        } else {
            solicitation::Entity::find()
                .filter(solicitation::Column::Id.is_in(sol_ids))
                .all(&self.db)
                .await?
                .into_iter()
                .map(|s| (s.id, s.number))
                .collect()
        };
        rows.into_iter()
            .map(|r| {
                let supplier_name = match r.legal_name {
                    Some(name) => name,
                    None => suppliers.get(&r.supplier_id).ok_or(StorageError::NotFound)?.legal_name.clone(),
                };
                Ok(PackedDeclaration {
                    id: r.id,
                    supplier_name,
                    solicitation_number: r.solicitation_id.and_then(|id| sols.get(&id).cloned()),
                    document: StoredDocument { packed: r.document_gz, text: r.document },
                })
            })
            .collect()
    }

    /// The newest assessment of a declaration.
    pub async fn latest_assessment(&self, declaration_id: i64) -> Result<Option<StoredAssessment>, StorageError> {
        let row = assessment::Entity::find()
            .filter(assessment::Column::DeclarationId.eq(declaration_id))
            .order_by_desc(assessment::Column::Id)
            .one(&self.db)
            .await?;
        match row {
            Some(mut row) => {
                let assessment = self
                    .parsed
                    .assessments
                    .read(row.id, row.document_gz.take(), std::mem::take(&mut row.document))
                    .await?;
                Ok(Some(StoredAssessment {
                    id: row.id,
                    declaration_id: row.declaration_id,
                    model_version: row.model_version,
                    assessed_at: row.assessed_at,
                    assessment,
                }))
            }
            None => Ok(None),
        }
    }

    /// The latest assessment of each of these declarations, in one query a chunk (pages and reports list many).
    pub async fn latest_assessments(&self, declaration_ids: &[i64]) -> Result<HashMap<i64, Assessment>, StorageError> {
        let mut latest: HashMap<i64, assessment::Model> = HashMap::with_capacity(declaration_ids.len());
        for chunk in declaration_ids.chunks(500) {
            // The latest only: an older assessment's document is never read nor decompressed.
            let rows = assessment::Entity::find()
                .filter(assessment::Column::Id.in_subquery(summary::latest_ids_among(chunk)))
                .all(&self.db)
                .await?;
            for row in rows {
                latest.insert(row.declaration_id, row);
            }
        }
        latest.into_iter().map(|(id, row)| stored_assessment(row).map(|a| (id, a.assessment))).collect()
    }

    /// Every assessment of a declaration, oldest first.
    pub async fn assessments_of(&self, declaration_id: i64) -> Result<Vec<StoredAssessment>, StorageError> {
        assessment::Entity::find()
            .filter(assessment::Column::DeclarationId.eq(declaration_id))
            .order_by_asc(assessment::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(stored_assessment)
            .collect()
    }

    /// Stores a (re-)assessment of a declaration; returns its id.
    pub async fn save_assessment(
        &self,
        declaration_id: i64,
        assessment: &Assessment,
        actor: &str,
    ) -> Result<i64, StorageError> {
        if declaration::Entity::find_by_id(declaration_id).one(&self.db).await?.is_none() {
            return Err(StorageError::NotFound);
        }
        let txn = self.write().await?;
        let id = match (insert_assessment(&txn, declaration_id, assessment, actor, None).await, &self.portfolio_model) {
            (Ok(id), Some(model)) => portfolio::fill(&txn, model, &[(id, declaration_id)]).await.map(|()| id),
            (id, _) => id,
        };
        txn.finish(id).await
    }

    /// Solicitations that have bids, by number: each one's count of bids and the first and last time one was
    /// received, summed up by the database (one row a solicitation, whatever the number of bids).
    pub async fn list_solicitations(&self) -> Result<Vec<SolicitationSummary>, StorageError> {
        let q = solicitations_with_bids()
            .order_by((solicitation::Entity, solicitation::Column::Number), Order::Asc)
            .to_owned();
        solicitation_rows(&self.db, &q).await
    }

    /// The `limit` solicitations that most recently received a bid (newest first, then by number), and how many
    /// solicitations have bids in all: what the home page shows, read without the others' rows.
    pub async fn recent_solicitations(&self, limit: u64) -> Result<(Vec<SolicitationSummary>, u64), StorageError> {
        use sea_orm::sea_query::ExprTrait;
        let q = solicitations_with_bids()
            .order_by_expr(Expr::cust("last_received"), Order::Desc)
            .order_by((solicitation::Entity, solicitation::Column::Number), Order::Asc)
            .limit(bound(limit))
            .to_owned();
        let rows = solicitation_rows(&self.db, &q).await?;
        let count = Query::select()
            .expr_as(Expr::col((bid::Entity, bid::Column::SolicitationId)).count_distinct(), Alias::new("n"))
            .from(bid::Entity)
            .inner_join(declaration::Entity, bid_of_a_solicitation())
            .to_owned();
        let total: Option<i64> = match self.db.query_one(&count).await? {
            Some(row) => row.try_get("", "n")?,
            None => None,
        };
        Ok((rows, total.map_or(0, |n| u64::try_from(n).unwrap_or(0))))
    }

    /// The current bids of a solicitation, by its number in any case of letters; `None` when the solicitation is
    /// unknown. The number as written is looked up first: a spelling the migration to canonical numbers left apart
    /// (`m20261130_000701`: one supplier bid under both) stays reachable as written.
    pub async fn bids_for(&self, solicitation_number: &str) -> Result<Option<SolicitationBids>, StorageError> {
        let canonical = crate::domain::canonical_solicitation_number(solicitation_number);
        let mut found = None;
        for number in [solicitation_number, canonical.as_str()] {
            found = solicitation::Entity::find().filter(solicitation::Column::Number.eq(number)).one(&self.db).await?;
            if found.is_some() {
                break;
            }
        }
        let Some(sol) = found else {
            return Ok(None);
        };
        let ids: Vec<i64> = bid::Entity::find()
            .filter(bid::Column::SolicitationId.eq(sol.id))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|b| b.declaration_id)
            .collect();
        let rows = listed_declarations()
            .filter(declaration::Column::Id.is_in(ids))
            .order_by_asc(declaration::Column::Id)
            .all(&self.db)
            .await?;
        Ok(Some(SolicitationBids { number: sol.number, bids: self.summaries(rows).await? }))
    }

    /// The declaration in force at the end of `id`'s chain of replacements (`superseded_by`), `id` itself when it is
    /// current; `None` when no declaration has this id. Reads one id a step, never a document.
    pub async fn current_declaration_of(&self, id: i64) -> Result<Option<i64>, StorageError> {
        current_declaration_of(&self.db, id).await
    }

    /// The summaries of the declarations among `ids` (ids no declaration has are left out), by id; no document read.
    pub async fn declaration_summaries(&self, ids: &[i64]) -> Result<Vec<DeclarationSummary>, StorageError> {
        let mut out = Vec::with_capacity(ids.len());
        for chunk in ids.chunks(500) {
            let rows = listed_declarations()
                .filter(declaration::Column::Id.is_in(chunk.iter().copied()))
                .order_by_asc(declaration::Column::Id)
                .all(&self.db)
                .await?;
            out.extend(self.summaries(rows).await?);
        }
        Ok(out)
    }

    /// How many declarations are stored (superseded ones included).
    pub async fn count_declarations(&self) -> Result<u64, StorageError> {
        Ok(declaration::Entity::find().count(&self.db).await?)
    }

    /// What `/health` asks: whether the database answers, through the probe's own pool (never waiting behind the
    /// service's queries, at most [`PROBE_WAIT`] for a connection), and how many declarations are stored — counted
    /// again only after a write of this process or [`HEALTH_COUNT_MAX_AGE`], so that a burst of checks on a large
    /// portfolio does not count it each time. An error when the database does not answer in time.
    pub async fn health(&self) -> Result<u64, StorageError> {
        self.probe_answers().await?;
        let changes = self.changes();
        let kept = *self.health_count.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(k) = kept.filter(|k| k.changes == changes && k.at.elapsed() < HEALTH_COUNT_MAX_AGE) {
            return Ok(k.declarations);
        }
        let declarations = declaration::Entity::find().count(&self.probe).await?;
        *self.health_count.lock().unwrap_or_else(std::sync::PoisonError::into_inner) =
            Some(HealthCount { changes, at: std::time::Instant::now(), declarations });
        Ok(declarations)
    }

    /// Whether the database answers the health probe's pool, asked once for every check that arrived while the
    /// question was out: a check waits for the question in progress (or asks its own when none is), and takes an
    /// answer given after it arrived, success or failure, as its own — the database answered (or failed to) while
    /// the check was waiting, which is what the check asks. Under a burst of checks (a load balancer, a load test:
    /// 64 at once) the database is asked once for the burst, not once a check, each a hand-off to a connection's
    /// thread on SQLite and a round trip on PostgreSQL. Failures: as [`Store::health`].
    async fn probe_answers(&self) -> Result<(), StorageError> {
        let arrived = std::time::Instant::now();
        let mut last = self.probed.lock().await;
        if let Some(p) = last.as_ref().filter(|p| p.at >= arrived) {
            return match &p.failure {
                None => Ok(()),
                Some(why) => Err(StorageError::Unavailable(DbErr::Custom(why.to_string()))),
            };
        }
        self.probes.fetch_add(1, Ordering::Relaxed);
        let answer = self.probe.ping().await;
        *last = Some(Probed {
            at: std::time::Instant::now(),
            failure: answer.as_ref().err().map(|e| Arc::from(crate::telemetry::Chain(e).to_string())),
        });
        Ok(answer?)
    }

    /// How many times the health probe asked the database since the store was connected ([`Store::health`]): fewer
    /// than the checks answered when they came together.
    pub fn health_probes(&self) -> u64 {
        self.probes.load(Ordering::Relaxed)
    }
}

/// The options of the service's pool ([`Store::connect_waiting`]): at most `max_connections` (the driver's default
/// when `None`; SQLite always 4), a wait of [`ACQUIRE_WAIT`] for one. On SQLite: foreign keys, WAL, a busy wait of
/// `write_wait`, and no ping of a connection each time a query takes it ([`on_sqlite_no_ping`]); on PostgreSQL each
/// connection's `lock_timeout` is `write_wait`.
fn pool_options(url: &str, max_connections: Option<u32>, write_wait: Duration) -> ConnectOptions {
    let mut opts = ConnectOptions::new(url.to_string());
    opts.sqlx_logging(false).acquire_timeout(ACQUIRE_WAIT);
    if let Some(n) = max_connections {
        opts.max_connections(n);
    }
    if url.starts_with("sqlite:") {
        // Readers run beside the one writer (WAL); every connection waits for a lock held by another process
        // rather than failing at once.
        opts.max_connections(4).map_sqlx_sqlite_opts(move |o| {
            use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
            o.foreign_keys(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(write_wait)
        });
        on_sqlite_no_ping(&mut opts);
    } else {
        // Without it a write blocked by a lock (another instance's, an operator's `LOCK TABLE`, a long
        // migration) waits as long as the lock is held, and holds its worker and connection meanwhile.
        let millis = write_wait.as_millis().max(1);
        opts.map_sqlx_postgres_opts(move |o| o.options([("lock_timeout", format!("{millis}ms"))]));
    }
    opts
}

/// An SQLite pool's connections are not pinged when a query takes one. The driver's default asks each connection
/// whether it is alive before every query, which for SQLite is a round trip to the connection's own thread that
/// cannot fail (no server or network can hang up on a file): it doubled the hand-offs between threads of every short
/// query, the most of the work of `/health`, a token's check and a page's stamp under load. A PostgreSQL pool keeps
/// the ping, since a server or a proxy may have closed an idle connection.
fn on_sqlite_no_ping(opts: &mut ConnectOptions) {
    opts.test_before_acquire(false);
}

/// Whether `url` names an SQLite database in memory, which only the pool that made it sees.
fn in_memory_sqlite(url: &str) -> bool {
    url.starts_with("sqlite:") && (url.contains(":memory:") || url.contains("mode=memory"))
}

/// The options of the health probe's pool ([`Store::health`]): [`PROBE_CONNECTIONS`] connections, opened when first
/// asked for, a wait of [`PROBE_WAIT`] for one; on SQLite the same pragmas as the service's pool (foreign keys, WAL)
/// and a busy wait of [`PROBE_WAIT`].
fn probe_options(url: &str) -> ConnectOptions {
    let mut opts = ConnectOptions::new(url.to_string());
    opts.sqlx_logging(false)
        .max_connections(PROBE_CONNECTIONS)
        .min_connections(0)
        .acquire_timeout(PROBE_WAIT)
        .connect_timeout(PROBE_WAIT)
        .connect_lazy(true);
    if url.starts_with("sqlite:") {
        opts.map_sqlx_sqlite_opts(|o| {
            use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
            o.foreign_keys(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(PROBE_WAIT)
        });
        on_sqlite_no_ping(&mut opts);
    }
    opts
}

/// The statement of [`Store::declaration_stamp`].
pub(super) fn stamp_query(id: i64) -> sea_orm::sea_query::SelectStatement {
    use sea_orm::sea_query::ExprTrait;
    Query::select()
        .column((declaration::Entity, declaration::Column::SupersededById))
        .column((supplier::Entity, supplier::Column::BusinessNumber))
        .expr_as(summary::latest_id_of((declaration::Entity, declaration::Column::Id)), Alias::new("latest_assessment"))
        .from(declaration::Entity)
        .inner_join(
            supplier::Entity,
            Expr::col((supplier::Entity, supplier::Column::Id))
                .equals((declaration::Entity, declaration::Column::SupplierId)),
        )
        .and_where(Expr::col((declaration::Entity, declaration::Column::Id)).eq(id))
        .to_owned()
}

/// Declarations as lists read them: every column but the declaration's document and warnings, which are read back
/// empty (`""`, `"[]"`) — a list of a hundred declarations would otherwise carry megabytes of documents.
/// The columns of the latest assessment of each of these declarations that a list shows (bands, scores, counts; no
/// document), searched on the index `assessment (declaration_id, id)` at these declarations only.
/// The columns of an assessment a list shows beside its declaration: the model, each kind's score and band, the
/// count of findings (read by [`latest_columns`] and by the declarations list's one statement).
pub(super) const SUMMARY_COLUMNS: [assessment::Column; 6] = [
    assessment::Column::ModelVersion,
    assessment::Column::ForcedLabourScore,
    assessment::Column::ForcedLabourBand,
    assessment::Column::ChildLabourScore,
    assessment::Column::ChildLabourBand,
    assessment::Column::FindingCount,
];

fn latest_columns(declaration_ids: &[i64]) -> sea_orm::Select<assessment::Entity> {
    assessment::Entity::find()
        .select_only()
        .column(assessment::Column::DeclarationId)
        .columns(SUMMARY_COLUMNS)
        .filter(assessment::Column::Id.in_subquery(summary::latest_ids_among(declaration_ids)))
}

fn listed_declarations() -> sea_orm::Select<declaration::Entity> {
    use sea_orm::Iterable;
    declaration::Entity::find()
        .select_only()
        .columns(declaration::Column::iter().filter(|c| {
            !matches!(
                c,
                declaration::Column::Document | declaration::Column::Warnings | declaration::Column::DocumentGz
            )
        }))
        .column_as(Expr::val(""), "document")
        .column_as(Expr::val("[]"), "warnings")
        .column_as(Expr::val(sea_orm::Value::Bytes(None)), "document_gz")
}

/// The join of a bid to its declaration, where the declaration answers a solicitation.
fn bid_of_a_solicitation() -> sea_orm::sea_query::Condition {
    use sea_orm::sea_query::ExprTrait;
    sea_orm::sea_query::Condition::all()
        .add(
            Expr::col((declaration::Entity, declaration::Column::Id)).equals((bid::Entity, bid::Column::DeclarationId)),
        )
        .add(Expr::col((declaration::Entity, declaration::Column::SolicitationId)).is_not_null())
}

/// Each solicitation with bids, its number, count of bids (`bids`) and first and last time one was received
/// (`first_received`, `last_received`): the bids of declarations for a solicitation, grouped.
fn solicitations_with_bids() -> sea_orm::sea_query::SelectStatement {
    use sea_orm::sea_query::{ExprTrait, Func};
    let received = || Expr::col((declaration::Entity, declaration::Column::ReceivedAt));
    Query::select()
        .column((solicitation::Entity, solicitation::Column::Number))
        .expr_as(Func::count(Expr::col((bid::Entity, bid::Column::Id))), Alias::new("bids"))
        .expr_as(Func::min(received()), Alias::new("first_received"))
        .expr_as(Func::max(received()), Alias::new("last_received"))
        .from(bid::Entity)
        .inner_join(declaration::Entity, bid_of_a_solicitation())
        .inner_join(
            solicitation::Entity,
            Expr::col((solicitation::Entity, solicitation::Column::Id))
                .equals((bid::Entity, bid::Column::SolicitationId)),
        )
        .group_by_columns([
            (solicitation::Entity, solicitation::Column::Id),
            (solicitation::Entity, solicitation::Column::Number),
        ])
        .to_owned()
}

/// The rows of a query of [`solicitations_with_bids`].
async fn solicitation_rows(
    db: &DatabaseConnection,
    q: &sea_orm::sea_query::SelectStatement,
) -> Result<Vec<SolicitationSummary>, StorageError> {
    let mut out = Vec::new();
    for row in db.query_all(q).await? {
        let bids: i64 = row.try_get("", "bids")?;
        out.push(SolicitationSummary {
            number: row.try_get("", "number")?,
            bid_count: u32::try_from(bids).unwrap_or(u32::MAX),
            first_received: row.try_get("", "first_received")?,
            last_received: row.try_get("", "last_received")?,
        });
    }
    Ok(out)
}

/// The declaration in force at the end of `id`'s chain of replacements (`superseded_by`), `id` itself when it is
/// current; `None` when no declaration has this id. Reads one id a step, never a document; a loop in the stored links
/// stops the walk where it closes.
async fn current_declaration_of(db: &impl ConnectionTrait, id: i64) -> Result<Option<i64>, StorageError> {
    let mut at = id;
    let mut seen = Vec::new();
    loop {
        let next: Option<Option<i64>> = declaration::Entity::find_by_id(at)
            .select_only()
            .column(declaration::Column::SupersededById)
            .into_tuple()
            .one(db)
            .await?;
        match next {
            None => return Ok(None),
            Some(Some(n)) if n != id && !seen.contains(&n) => {
                seen.push(at);
                at = n;
            }
            Some(_) => return Ok(Some(at)),
        }
    }
}

/// The outcome of storing a file already stored (same SHA-256): the stored declaration, what it replaced, what
/// replaced it since and the one in force now, as the answer to a new file gives them.
async fn stored_file(db: &impl ConnectionTrait, sha256: &str) -> Result<Option<ImportOutcome>, StorageError> {
    // The ids only: the row's document is megabytes.
    let Some((declaration_id, superseded, superseded_by)) = declaration::Entity::find()
        .select_only()
        .columns([declaration::Column::Id, declaration::Column::SupersedesId, declaration::Column::SupersededById])
        .filter(declaration::Column::Sha256.eq(sha256))
        .into_tuple::<(i64, Option<i64>, Option<i64>)>()
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let in_force = match superseded_by {
        Some(_) => current_declaration_of(db, declaration_id).await?.unwrap_or(declaration_id),
        None => declaration_id,
    };
    Ok(Some(ImportOutcome { declaration_id, duplicate: true, superseded, superseded_by, in_force }))
}

/// Documents larger than this are read on a blocking thread (a large declaration's explanation is over a megabyte
/// and takes milliseconds to parse), smaller ones where they are.
const PARSE_INLINE_BYTES: usize = 64 * 1024;

/// Reads a stored document (its compressed bytes, else its JSON text: `document::unpack`); a large one on a blocking
/// thread, so the async workers stay free.
async fn parse_document<T: serde::de::DeserializeOwned + Send + 'static>(
    packed: Option<Vec<u8>>,
    text: String,
) -> Result<T, StorageError> {
    if document::json_len(packed.as_deref(), &text) <= PARSE_INLINE_BYTES {
        return document::unpack(packed.as_deref(), &text);
    }
    tokio::task::spawn_blocking(move || document::unpack(packed.as_deref(), &text)).await?
}

fn stored_assessment(row: assessment::Model) -> Result<StoredAssessment, StorageError> {
    Ok(StoredAssessment {
        id: row.id,
        declaration_id: row.declaration_id,
        model_version: row.model_version,
        assessed_at: row.assessed_at,
        assessment: document::unpack(row.document_gz.as_deref(), &row.document)?,
    })
}

/// Stores an assessment with its findings, summaries and audit entry. `produced_at` is the `goods_item.produced_at`
/// text of the declaration's goods lines when the caller has just written them (an import), `None` to read it back.
async fn insert_assessment(
    txn: &DatabaseTransaction,
    declaration_id: i64,
    a: &Assessment,
    actor: &str,
    produced_at: Option<Vec<String>>,
) -> Result<i64, StorageError> {
    let mut gathered = bulk::Gathered::default();
    let packed = document::pack(a)?;
    let (id, event) = insert_assessment_rows(txn, &mut gathered, declaration_id, a, packed, actor, produced_at).await?;
    gathered.flush(txn).await?;
    audit::append(txn, &event).await?;
    Ok(id)
}

/// [`insert_assessment`] but for its audit entry, which it returns for the caller to append (with others, in one
/// append: an import records its declaration and its assessment together). The rows after the assessment's own
/// (findings, summaries) are `gathered`: the caller flushes them.
async fn insert_assessment_rows(
    txn: &DatabaseTransaction,
    gathered: &mut bulk::Gathered,
    declaration_id: i64,
    a: &Assessment,
    packed: Vec<u8>,
    actor: &str,
    produced_at: Option<Vec<String>>,
) -> Result<(i64, AuditEvent), StorageError> {
    // `Entity::insert(…).exec` reads back the key only: `ActiveModel::insert` returns the whole row, a second copy of
    // a document that can be a hundred megabytes, held to the end of the transaction.
    let id = assessment::Entity::insert(assessment::ActiveModel {
        id: NotSet,
        declaration_id: Set(declaration_id),
        model_version: Set(a.model_version.clone()),
        assessed_at: Set(Utc::now()),
        forced_labour_score: Set(a.overall.forced_labour.score),
        forced_labour_band: Set(a.overall.forced_labour.band.to_string()),
        child_labour_score: Set(a.overall.child_labour.score),
        child_labour_band: Set(a.overall.child_labour.band.to_string()),
        finding_count: Set(i32::try_from(a.findings.len()).unwrap_or(i32::MAX)),
        document: Set(String::new()),
        document_gz: Set(Some(packed)),
    })
    .exec(txn)
    .await?
    .last_insert_id;
    // One row per entry of the document's findings (`domain::FindingGroups`): a finding about many sites that says
    // the same for each is one row, its sites in its parameters (`for_sites`, and their positions `at`), no place.
    let groups = crate::domain::FindingGroups::of(a);
    let findings = groups
        .entries(a)
        .into_iter()
        .map(|entry| {
            let (f, location, params) = match entry {
                crate::domain::FindingEntry::Whole(f) => (
                    f,
                    f.location.as_ref().map(ToString::to_string),
                    f.reason().map(serde_json::to_string).transpose()?,
                ),
                crate::domain::FindingEntry::Group { first, mut object } => {
                    // The severity has its column.
                    if let Some(o) = object.as_object_mut() {
                        o.remove("severity");
                    }
                    (first, None, Some(serde_json::to_string(&object)?))
                }
            };
            Ok(finding::ActiveModel {
                id: NotSet,
                assessment_id: Set(id),
                code: Set(f.code().to_string()),
                severity: Set(f.severity.to_string()),
                location: Set(location),
                // A finding stored before findings were codes keeps its words; a coded one keeps its parameters, put
                // into words where it is shown.
                message_en: Set(f.label_en.clone().unwrap_or_default()),
                message_fr: Set(f.label_fr.clone().unwrap_or_default()),
                params: Set(params),
            })
        })
        .collect::<Result<Vec<_>, StorageError>>()?;
    gathered.add(txn, findings).await?;
    // The summaries lists, reports and the graph read instead of the document; the goods lines were stored before
    // (an import passes what it wrote: one round trip less on PostgreSQL).
    let produced = match produced_at {
        Some(written) => written,
        None => {
            goods_item::Entity::find()
                .select_only()
                .column(goods_item::Column::ProducedAt)
                .filter(goods_item::Column::DeclarationId.eq(declaration_id))
                .into_tuple::<String>()
                .all(txn)
                .await?
        }
    };
    let produced = summary::produced_refs(produced.iter().map(String::as_str));
    summary::insert(txn, gathered, id, declaration_id, a, &produced).await?;
    let event = AuditEvent::new(
        actor,
        "assessment.stored",
        format!("declaration/{declaration_id}"),
        serde_json::json!({
            "assessment_id": id,
            "model_version": a.model_version,
            "forced_labour": { "score": a.overall.forced_labour.score, "band": a.overall.forced_labour.band },
            "child_labour": { "score": a.overall.child_labour.score, "band": a.overall.child_labour.band },
            "findings": a.findings.len(),
        }),
    );
    Ok((id, event))
}

/// Stores an accepted declaration and everything it carries, in the caller's transaction, step by step: its supplier,
/// its solicitation, the row itself (superseding the supplier's current declaration for the same solicitation), its
/// sites and links, attestations and goods, the bid, the audit entry, then its first assessment (with the portfolio
/// dashboard's sums under `portfolio_model`, when given). Every insert that needs no id back (all but the supplier,
/// solicitation, declaration, sites and assessment) is gathered (`bulk::Gathered`): on PostgreSQL one statement at the
/// end, after the audit chain's turn and head.
async fn insert_declaration(
    txn: &DatabaseTransaction,
    source: &SourceFile,
    d: &Declaration,
    warnings: &[Issue],
    assessment: &Assessment,
    actor: &str,
    portfolio_model: Option<&crate::scoring::RiskModel>,
) -> Result<ImportOutcome, StorageError> {
    distinct_site_ids(d)?;
    // The two documents compressed side by side before the first statement (at 100,000 sites each is about a second
    // of serialising and compressing on one core).
    let (declaration_gz, assessment_gz) = document::pack_both(d, assessment)?;
    let now = Utc::now();
    let s = &d.supplier;
    let supplier_id = upsert_supplier(txn, d, now).await?;
    let solicitation_id = match &s.solicitation_number {
        Some(number) => Some(solicitation_id(txn, number, now).await?),
        None => None,
    };
    let previous = current_declaration(txn, supplier_id, solicitation_id).await?;
    // The declaration in force is the latest dated: an older one sent after a newer one would otherwise replace it
    // silently. The same date is a correction, and replaces.
    if let Some(p) = previous.as_ref().filter(|p| p.declaration_date > s.declaration_date) {
        return Err(StorageError::Conflict(Clash::NewerDeclaration {
            id: p.id,
            received_at: p.received_at,
            declaration_date: p.declaration_date,
            refused_date: s.declaration_date,
            solicitation: s.solicitation_number.clone(),
        }));
    }
    // The key only, not the row with its document (see `insert_assessment`).
    let id = declaration::Entity::insert(declaration::ActiveModel {
        id: NotSet,
        supplier_id: Set(supplier_id),
        solicitation_id: Set(solicitation_id),
        declaration_date: Set(s.declaration_date),
        received_at: Set(now),
        file_name: Set(source.file_name.clone()),
        sha256: Set(source.sha256.clone()),
        carrier: Set(source.carrier.clone()),
        size_bytes: Set(i64::try_from(source.size_bytes).unwrap_or(i64::MAX)),
        supersedes_id: Set(previous.as_ref().map(|p| p.id)),
        superseded_by_id: Set(None),
        site_count: Set(i32::try_from(d.places_of_work.len()).unwrap_or(i32::MAX)),
        document: Set(String::new()),
        warnings: Set(serde_json::to_string(warnings)?),
        document_gz: Set(Some(declaration_gz)),
        legal_name: Set(Some(s.legal_name.clone())),
    })
    .exec(txn)
    .await?
    .last_insert_id;
    if let Some(p) = &previous {
        declaration::Entity::update_many()
            .col_expr(declaration::Column::SupersededById, Expr::value(id))
            .filter(declaration::Column::Id.eq(p.id))
            .exec(txn)
            .await?;
    }
    let mut gathered = bulk::Gathered::default();
    let produced_at = insert_attestations_and_goods(txn, &mut gathered, id, d).await?;
    if let Some(sol) = solicitation_id {
        record_bid(txn, &mut gathered, sol, supplier_id, id, now).await?;
    }
    let stored = AuditEvent::new(
        actor,
        "declaration.stored",
        format!("declaration/{}", id),
        serde_json::json!({
            "file_name": source.file_name,
            "sha256": source.sha256,
            "supplier": s.legal_name,
            "business_number": s.business_number.as_ref().map(|b| b.to_string()),
            "solicitation": s.solicitation_number,
            "declaration_date": s.declaration_date,
            "sites": d.places_of_work.len(),
            "supersedes": previous.as_ref().map(|p| p.id),
        }),
    );
    let (assessment_id, assessed) =
        insert_assessment_rows(txn, &mut gathered, id, assessment, assessment_gz, actor, Some(produced_at)).await?;
    if let Some(model) = portfolio_model {
        let input = crate::domain::PortfolioInput::new(id, supplier_id, true, d, assessment);
        let sums = crate::scoring::portfolio::share_sums(model, &input);
        portfolio::insert(txn, &mut gathered, assessment_id, id, model.version(), &sums).await?;
    }
    // Both entries in one append, in the order of the facts they record (the declaration, then its assessment).
    audit::append_all_gathered(txn, &[stored, assessed], &mut gathered).await?;
    gathered.flush(txn).await?;
    Ok(ImportOutcome {
        declaration_id: id,
        duplicate: false,
        superseded: previous.map(|p| p.id),
        superseded_by: None,
        in_force: id,
    })
}

/// The other legal name a business number already on file is known by, and since when: `None` for a new business
/// number, a declaration without one (its identity is its name) or the same name (compared as written, spaces at the
/// ends aside).
async fn name_on_file<C: ConnectionTrait>(txn: &C, d: &Declaration) -> Result<Option<NameOnFile>, StorageError> {
    if d.supplier.business_number.is_none() {
        return Ok(None);
    }
    let Some(known) =
        supplier::Entity::find().filter(supplier::Column::IdentityKey.eq(identity_key(d))).one(txn).await?
    else {
        return Ok(None);
    };
    if known.legal_name.trim() == d.supplier.legal_name.trim() {
        return Ok(None);
    }
    // Since its first declaration under that name (the supplier's first day for rows that do not say).
    let first = declaration::Entity::find()
        .select_only()
        .column_as(declaration::Column::ReceivedAt.min(), "first")
        .filter(declaration::Column::SupplierId.eq(known.id))
        .filter(declaration::Column::LegalName.eq(known.legal_name.as_str()))
        .into_tuple::<Option<DateTime<Utc>>>()
        .one(txn)
        .await?
        .flatten();
    Ok(Some(NameOnFile { legal_name: known.legal_name, since: first.unwrap_or(known.created_at).date_naive() }))
}

/// The declaring supplier's id, by its identity key: created on its first declaration; the newest declaration
/// carries its current name.
async fn upsert_supplier(txn: &DatabaseTransaction, d: &Declaration, now: DateTime<Utc>) -> Result<i64, StorageError> {
    let s = &d.supplier;
    // One statement: a known key keeps its row (and its id, country and creation time) and takes the new name.
    let mut upsert = supplier::Entity::insert(supplier::ActiveModel {
        id: NotSet,
        identity_key: Set(identity_key(d)),
        legal_name: Set(s.legal_name.clone()),
        business_number: Set(s.business_number.as_ref().map(|b| b.to_string())),
        country: Set(s.country.to_string()),
        created_at: Set(now),
    })
    .on_conflict(
        OnConflict::column(supplier::Column::IdentityKey).update_column(supplier::Column::LegalName).to_owned(),
    )
    .into_query();
    upsert.returning_col(supplier::Column::Id);
    returned_id(txn.query_one(&upsert).await?)
}

/// The `id` a statement's `RETURNING id` gave back (a statement that returned no row is a fault of the database).
fn returned_id(row: Option<sea_orm::QueryResult>) -> Result<i64, StorageError> {
    let row = row.ok_or_else(|| StorageError::Database(DbErr::RecordNotInserted))?;
    Ok(row.try_get_by_index::<i64>(0)?)
}

/// A solicitation's id by its number, created when first named (a concurrent creation is not a conflict). A known
/// number (the usual case) is one statement; the first declaration naming it two; one that races another's creation
/// three. The row is never updated, so imports naming the same solicitation do not wait for each other.
async fn solicitation_id(txn: &DatabaseTransaction, number: &str, now: DateTime<Utc>) -> Result<i64, StorageError> {
    let find = || {
        solicitation::Entity::find()
            .select_only()
            .column(solicitation::Column::Id)
            .filter(solicitation::Column::Number.eq(number))
            .into_tuple::<i64>()
            .one(txn)
    };
    if let Some(id) = find().await? {
        return Ok(id);
    }
    let mut create = solicitation::Entity::insert(solicitation::ActiveModel {
        id: NotSet,
        number: Set(number.to_string()),
        created_at: Set(now),
    })
    .on_conflict(OnConflict::column(solicitation::Column::Number).do_nothing().to_owned())
    .into_query();
    create.returning_col(solicitation::Column::Id);
    match txn.query_one(&create).await? {
        Some(row) => returned_id(Some(row)),
        None => find().await?.ok_or(StorageError::NotFound),
    }
}

/// What a new declaration needs of the one it supersedes.
struct Previous {
    id: i64,
    received_at: DateTime<Utc>,
    declaration_date: NaiveDate,
}

/// The supplier's current (not superseded) declaration for the solicitation, or its standing one: what a new
/// declaration supersedes. Its id and dates only, not its document.
async fn current_declaration(
    txn: &DatabaseTransaction,
    supplier_id: i64,
    solicitation_id: Option<i64>,
) -> Result<Option<Previous>, StorageError> {
    let current = declaration::Entity::find()
        .select_only()
        .columns([declaration::Column::Id, declaration::Column::ReceivedAt, declaration::Column::DeclarationDate])
        .filter(declaration::Column::SupplierId.eq(supplier_id))
        .filter(declaration::Column::SupersededById.is_null());
    let current = match solicitation_id {
        Some(id) => current.filter(declaration::Column::SolicitationId.eq(id)),
        None => current.filter(declaration::Column::SolicitationId.is_null()),
    };
    Ok(current
        .order_by_desc(declaration::Column::Id)
        .into_tuple::<(i64, DateTime<Utc>, NaiveDate)>()
        .one(txn)
        .await?
        .map(|(id, received_at, declaration_date)| Previous { id, received_at, declaration_date }))
}

/// A declaration's site ids are unique within it: the reader refuses a repeated one with its place, and storage keeps
/// the rule for every other door (the unique index of the `site` rows kept it until the sites were kept in the
/// document only, `m20261206_c00100_drop_site_rows`). A repeated id is a [`Clash::Constraint`] named as that index
/// was, so it is answered in the same words.
fn distinct_site_ids(d: &Declaration) -> Result<(), StorageError> {
    let mut seen = std::collections::HashSet::with_capacity(d.places_of_work.len());
    match d.places_of_work.iter().find(|p| !seen.insert(p.site_id.as_str())) {
        Some(p) => Err(StorageError::Conflict(Clash::Constraint(format!(
            "ux_site_declaration_id_site_ref: site {} is declared twice",
            p.site_id
        )))),
        None => Ok(()),
    }
}

/// The declaration's attestations and goods lines, in bulk inserts; returns the `produced_at` text written for each
/// goods line.
async fn insert_attestations_and_goods(
    txn: &DatabaseTransaction,
    gathered: &mut bulk::Gathered,
    declaration_id: i64,
    d: &Declaration,
) -> Result<Vec<String>, StorageError> {
    let attestations: Vec<_> = d
        .attestations
        .iter()
        .map(|a| attestation::ActiveModel {
            id: NotSet,
            declaration_id: Set(declaration_id),
            right_code: Set(a.right.to_string()),
            attested: Set(a.attested),
            scope: Set(a.scope.map(|s| s.to_string())),
            comment: Set(a.comment.clone()),
        })
        .collect();
    gathered.add(txn, attestations).await?;
    let produced_at: Vec<String> =
        d.goods.iter().map(|g| g.produced_at.iter().map(|s| s.to_string()).collect::<Vec<_>>().join("; ")).collect();
    let goods: Vec<_> = d
        .goods
        .iter()
        .zip(&produced_at)
        .map(|(g, produced_at)| goods_item::ActiveModel {
            id: NotSet,
            declaration_id: Set(declaration_id),
            item: Set(g.item.clone()),
            description: Set(g.description.clone()),
            classification: Set(g.classification.as_ref().map(|c| c.to_string())),
            quantity: Set(g.quantity),
            value_cad: Set(g.value_cad),
            produced_at: Set(produced_at.clone()),
        })
        .collect();
    gathered.add(txn, goods).await?;
    Ok(produced_at)
}

/// The supplier's bid on the solicitation now stands on this declaration (made on its first declaration).
async fn record_bid(
    txn: &DatabaseTransaction,
    gathered: &mut bulk::Gathered,
    solicitation_id: i64,
    supplier_id: i64,
    declaration_id: i64,
    now: DateTime<Utc>,
) -> Result<(), StorageError> {
    // An upsert on the unique (solicitation, supplier) pair, gathered with the import's other inserts.
    let bid = bid::ActiveModel {
        id: NotSet,
        solicitation_id: Set(solicitation_id),
        supplier_id: Set(supplier_id),
        declaration_id: Set(declaration_id),
        updated_at: Set(now),
    };
    let key = [bid::Column::SolicitationId, bid::Column::SupplierId];
    let update = [bid::Column::DeclarationId, bid::Column::UpdatedAt];
    gathered.add_upserting(txn, [bid], Some((&key, &update))).await
}

#[cfg(test)]
mod tests;
