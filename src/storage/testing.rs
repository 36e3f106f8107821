//! Support for tests that need a PostgreSQL database of their own.

use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};

use sea_orm::{ConnectionTrait, Database, DatabaseConnection, DbErr, Statement};

use super::StorageError;

static COUNTER: AtomicU32 = AtomicU32::new(0);
static SWEPT: AtomicBool = AtomicBool::new(false);

const PREFIX: &str = "chainon_t_";

/// Drops the test databases left by test processes that have ended (their process id is in the name).
async fn sweep(admin: &DatabaseConnection) -> Result<(), StorageError> {
    let rows = admin
        .query_all_raw(Statement::from_string(
            admin.get_database_backend(),
            format!("SELECT datname FROM pg_database WHERE datname LIKE '{PREFIX}%'"),
        ))
        .await?;
    for row in rows {
        let name: String = row.try_get("", "datname")?;
        let pid = name.trim_start_matches(PREFIX).split('_').next().and_then(|p| p.parse::<u32>().ok());
        let gone =
            pid.is_some_and(|p| p != std::process::id() && !std::path::Path::new(&format!("/proc/{p}")).exists());
        if gone {
            admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\"")).await?;
        }
    }
    Ok(())
}

/// Creates a uniquely named database on the server of `base_url` and returns its URL.
pub async fn fresh_postgres_database(base_url: &str) -> Result<String, StorageError> {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
    let name = format!("{PREFIX}{}_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed), nanos);
    let admin = Database::connect(base_url).await?;
    if !SWEPT.swap(true, Ordering::Relaxed) {
        sweep(&admin).await?;
    }
    admin.execute_unprepared(&format!("CREATE DATABASE \"{name}\"")).await?;
    admin.close().await?;
    let (without_query, query) = match base_url.split_once('?') {
        Some((u, q)) => (u, format!("?{q}")),
        None => (base_url, String::new()),
    };
    let (server, _) = without_query
        .rsplit_once('/')
        .ok_or_else(|| StorageError::Database(DbErr::Custom("a PostgreSQL URL ends with /database".into())))?;
    Ok(format!("{server}/{name}{query}"))
}

/// Runs raw SQL on a store, as an intruder with database access would (tests of tamper evidence).
pub async fn execute_raw(store: &super::Store, sql: &str) -> Result<(), StorageError> {
    store.db.execute_unprepared(sql).await?;
    Ok(())
}

/// Closes a store's connections for good, as a database lost for the rest of the process would (tests of the 503
/// answers).
pub async fn close(store: &super::Store) -> Result<(), StorageError> {
    store.db.close_by_ref().await?;
    store.probe.close_by_ref().await?;
    Ok(())
}

/// Holds `n` connections of the store's pool in open transactions until the returned value is dropped, as a burst of
/// heavy reports would (tests that the health probe does not wait behind them).
// A bare transaction, not `Store::write`: it writes nothing, it only holds its connection (a write's turn would make
// the second one wait on SQLite).
#[allow(clippy::disallowed_methods)]
pub async fn hold_connections(
    store: &super::Store,
    n: usize,
) -> Result<Vec<sea_orm::DatabaseTransaction>, StorageError> {
    use sea_orm::TransactionTrait;
    let mut held = Vec::with_capacity(n);
    for _ in 0..n {
        held.push(store.db.begin().await?);
    }
    Ok(held)
}

/// Takes a PostgreSQL test database out of reach (no new connection, the open ones ended) or brings it back.
pub async fn set_postgres_reachable(base_url: &str, database_url: &str, reachable: bool) -> Result<(), StorageError> {
    let name = database_url
        .split('?')
        .next()
        .and_then(|u| u.rsplit('/').next())
        .filter(|n| n.starts_with(PREFIX) && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
        .ok_or_else(|| StorageError::Database(DbErr::Custom(format!("not a test database: {database_url}"))))?;
    let admin = Database::connect(base_url).await?;
    admin.execute_unprepared(&format!("ALTER DATABASE \"{name}\" WITH ALLOW_CONNECTIONS {reachable}")).await?;
    if !reachable {
        admin
            .execute_unprepared(&format!(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()"
            ))
            .await?;
    }
    admin.close().await?;
    Ok(())
}

/// The SQL of every statement a store ran since [`logging_queries`] gave it, in order (shared by its clones).
#[derive(Debug, Clone, Default)]
pub struct QueryLog(std::sync::Arc<std::sync::Mutex<Vec<String>>>);

impl QueryLog {
    /// How many statements ran so far: a mark to read [`QueryLog::since`] from.
    pub fn len(&self) -> usize {
        self.0.lock().map_or(0, |l| l.len())
    }

    /// Whether no statement ran.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The statements run after `mark` (a [`QueryLog::len`]).
    pub fn since(&self, mark: usize) -> Vec<String> {
        self.0.lock().map(|l| l.iter().skip(mark).cloned().collect()).unwrap_or_default()
    }
}

/// The store, recording the SQL of every statement it runs from now on (set before the store is cloned: clones
/// made before do not record).
pub fn logging_queries(mut store: super::Store) -> (super::Store, QueryLog) {
    let log = QueryLog::default();
    let kept = log.clone();
    store.db.set_metric_callback(move |info| {
        if let Ok(mut l) = kept.0.lock() {
            l.push(info.statement.sql.clone());
        }
    });
    (store, log)
}
