//! Support for tests that need a PostgreSQL database of their own.

use std::sync::atomic::{AtomicU32, Ordering};

use sea_orm::{ConnectionTrait, Database};

use super::StorageError;

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// Creates a uniquely named database on the server of `base_url` and returns its URL.
pub async fn fresh_postgres_database(base_url: &str) -> Result<String, StorageError> {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
    let name = format!("chainon_t_{}_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed), nanos);
    let admin = Database::connect(base_url).await?;
    admin.execute_unprepared(&format!("CREATE DATABASE \"{name}\"")).await?;
    admin.close().await?;
    let (server, _) =
        base_url.rsplit_once('/').ok_or_else(|| StorageError::Database("a database URL ends with /name".into()))?;
    let query = base_url.split_once('?').map(|(_, q)| format!("?{q}")).unwrap_or_default();
    Ok(format!("{server}/{name}{query}"))
}
