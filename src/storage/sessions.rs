//! Server-side sessions: the browser holds a random key, the database its SHA-256, the session's state, its account
//! and its times. A session ends when its row is gone: signing out deletes it, disabling an account deletes all of
//! its sessions, and a session idle or older than [`SessionLimits`] allow is refused and later purged.

use std::time::Duration;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, Set};

use super::entities::session;
use super::{StorageError, Store, token_digest};

/// How long a session lives: at most `idle` after its last request, at most `absolute` after it began.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionLimits {
    pub idle: Duration,
    pub absolute: Duration,
}

impl Default for SessionLimits {
    /// 30 minutes idle, 8 hours in all.
    fn default() -> Self {
        SessionLimits { idle: Duration::from_secs(30 * 60), absolute: Duration::from_secs(8 * 3600) }
    }
}

impl SessionLimits {
    /// Whether a session seen last at `last_seen` and begun at `created` is still alive at `now`.
    pub fn alive(&self, created: DateTime<Utc>, last_seen: DateTime<Utc>, now: DateTime<Utc>) -> bool {
        now < last_seen + span(self.idle) && now < created + span(self.absolute)
    }

    /// How stale the recorded last request may grow before it is written again: a tenth of the idle time, at most a
    /// minute, so that a busy session costs one write a minute rather than one a request.
    pub fn touch_after(&self) -> Duration {
        (self.idle / 10).min(Duration::from_secs(60))
    }
}

fn span(d: Duration) -> chrono::TimeDelta {
    chrono::TimeDelta::from_std(d).unwrap_or(chrono::TimeDelta::MAX)
}

/// A session as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredSession {
    /// The session's values (JSON, as the session layer wrote them).
    pub state: String,
    /// The account signed in, if any.
    pub account_id: Option<i64>,
    pub created_at: DateTime<Utc>,
    pub last_seen_at: DateTime<Utc>,
}

impl Store {
    /// The session whose key the browser sent, alive or not (the caller applies the limits).
    pub async fn session(&self, key: &str) -> Result<Option<StoredSession>, StorageError> {
        Ok(session::Entity::find_by_id(token_digest(key)).one(&self.db).await?.map(|m| StoredSession {
            state: m.state,
            account_id: m.account_id,
            created_at: m.created_at,
            last_seen_at: m.last_seen_at,
        }))
    }

    /// Stores a new session; in the same write, purges the sessions that `limits` have ended.
    pub async fn create_session(
        &self,
        key: &str,
        state: &str,
        account_id: Option<i64>,
        limits: SessionLimits,
    ) -> Result<(), StorageError> {
        let now = Utc::now();
        let txn = self.write_aside().await?;
        let result = async {
            session::Entity::delete_many().filter(expired(limits, now)).exec(&*txn).await?;
            session::ActiveModel {
                key_sha256: Set(token_digest(key)),
                account_id: Set(account_id),
                state: Set(state.to_string()),
                created_at: Set(now),
                last_seen_at: Set(now),
            }
            .insert(&*txn)
            .await?;
            Ok(())
        }
        .await;
        txn.finish(result).await
    }

    /// Replaces a session's state; `false` when the session no longer exists (it ended while the request ran).
    pub async fn update_session(&self, key: &str, state: &str, account_id: Option<i64>) -> Result<bool, StorageError> {
        let txn = self.write_aside().await?;
        let result = session::Entity::update_many()
            .col_expr(session::Column::State, Expr::value(state))
            .col_expr(session::Column::AccountId, Expr::value(account_id))
            .filter(session::Column::KeySha256.eq(token_digest(key)))
            .exec(&*txn)
            .await
            .map(|r| r.rows_affected > 0)
            .map_err(StorageError::from);
        txn.finish(result).await
    }

    /// Records a request of the session now (the idle time counts from here).
    pub async fn touch_session(&self, key: &str) -> Result<(), StorageError> {
        let txn = self.write_aside().await?;
        let result = session::Entity::update_many()
            .col_expr(session::Column::LastSeenAt, Expr::value(Utc::now()))
            .filter(session::Column::KeySha256.eq(token_digest(key)))
            .exec(&*txn)
            .await
            .map(|_| ())
            .map_err(StorageError::from);
        txn.finish(result).await
    }

    /// Ends a session (signing out).
    pub async fn delete_session(&self, key: &str) -> Result<(), StorageError> {
        let txn = self.write_aside().await?;
        let result =
            session::Entity::delete_by_id(token_digest(key)).exec(&*txn).await.map(|_| ()).map_err(StorageError::from);
        txn.finish(result).await
    }

    /// Deletes the sessions that `limits` have ended; returns how many.
    pub async fn purge_sessions(&self, limits: SessionLimits) -> Result<u64, StorageError> {
        let txn = self.write_aside().await?;
        let result = session::Entity::delete_many()
            .filter(expired(limits, Utc::now()))
            .exec(&*txn)
            .await
            .map(|r| r.rows_affected)
            .map_err(StorageError::from);
        txn.finish(result).await
    }

    /// How many sessions an account has (ended ones not yet purged included).
    pub async fn count_sessions(&self, account_id: i64) -> Result<u64, StorageError> {
        Ok(session::Entity::find().filter(session::Column::AccountId.eq(account_id)).count(&self.db).await?)
    }
}

/// The sessions ended at `now`: idle too long, or begun too long ago.
fn expired(limits: SessionLimits, now: DateTime<Utc>) -> Condition {
    Condition::any()
        .add(session::Column::LastSeenAt.lte(now - span(limits.idle)))
        .add(session::Column::CreatedAt.lte(now - span(limits.absolute)))
}

/// Deletes every session of an account, inside the caller's transaction; returns how many ended.
pub(super) async fn end_sessions_of(txn: &sea_orm::DatabaseTransaction, account_id: i64) -> Result<u64, StorageError> {
    Ok(session::Entity::delete_many().filter(session::Column::AccountId.eq(account_id)).exec(txn).await?.rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_ends_when_idle_too_long_or_begun_too_long_ago() {
        let limits = SessionLimits { idle: Duration::from_secs(60), absolute: Duration::from_secs(600) };
        let t0 = Utc::now();
        let at = |secs: i64| t0 + chrono::TimeDelta::seconds(secs);
        assert!(limits.alive(t0, t0, at(59)));
        assert!(!limits.alive(t0, t0, at(60)), "idle for the whole idle time");
        assert!(limits.alive(t0, at(550), at(599)), "active, within the absolute time");
        assert!(!limits.alive(t0, at(590), at(600)), "active, but begun too long ago");
        assert_eq!(limits.touch_after(), Duration::from_secs(6));
        assert_eq!(SessionLimits::default().touch_after(), Duration::from_secs(60));
    }

    #[tokio::test]
    async fn sessions_are_stored_hashed_updated_and_purged_when_ended() {
        let store = Store::connect("sqlite::memory:").await.unwrap();
        let limits = SessionLimits { idle: Duration::from_secs(3600), absolute: Duration::from_secs(7200) };
        store.create_session("key-one", r#"{"csrf":"\"x\""}"#, None, limits).await.unwrap();
        let stored = store.session("key-one").await.unwrap().unwrap();
        assert_eq!(stored.account_id, None);
        assert!(limits.alive(stored.created_at, stored.last_seen_at, Utc::now()));
        let raw = session::Entity::find().all(&store.db).await.unwrap();
        assert_eq!(raw.len(), 1);
        assert_ne!(raw[0].key_sha256, "key-one", "only the key's digest is stored");
        assert_eq!(raw[0].key_sha256, token_digest("key-one"));

        assert!(store.update_session("key-one", "{}", None).await.unwrap());
        assert_eq!(store.session("key-one").await.unwrap().unwrap().state, "{}");
        assert!(!store.update_session("no-such-key", "{}", None).await.unwrap());

        // A session past its limits is purged by the next one made.
        let instant = SessionLimits { idle: Duration::ZERO, absolute: Duration::from_secs(7200) };
        store.create_session("key-two", "{}", None, instant).await.unwrap();
        assert!(store.session("key-one").await.unwrap().is_none());
        assert_eq!(store.purge_sessions(instant).await.unwrap(), 1);
        store.create_session("key-three", "{}", None, limits).await.unwrap();
        store.delete_session("key-three").await.unwrap();
        assert!(store.session("key-three").await.unwrap().is_none());
    }
}
