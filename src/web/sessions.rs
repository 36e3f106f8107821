//! actix-session's [`SessionStore`] over the service's own database. The cookie carries only a random key (encrypted
//! with the session key of the settings); the state lives in the `session` table under the key's SHA-256, so the
//! server decides when a session ends: signing out and disabling an account delete rows, and a session idle longer
//! than its idle time or older than its absolute time is refused on its next request, whatever the browser keeps.

use std::collections::HashMap;

use actix_session::storage::{LoadError, SaveError, SessionKey, SessionStore, UpdateError, generate_session_key};
use actix_web::cookie::time::Duration as CookieDuration;
use chrono::Utc;

use super::ApiError;
use crate::storage::{SessionLimits, StorageError, Store};

/// The session key of the account signed in: `auth::sign_in` sets it, and the store files the session under it.
pub(super) const ACCOUNT_KEY: &str = "account_id";

/// A session's values as actix-session keeps them: each value JSON-encoded.
type State = HashMap<String, String>;

/// Sessions in the database, with the server's limits.
#[derive(Clone)]
pub struct DbSessionStore {
    store: Store,
    limits: SessionLimits,
}

impl DbSessionStore {
    pub fn new(store: Store, limits: SessionLimits) -> DbSessionStore {
        DbSessionStore { store, limits }
    }
}

/// The account a session's state is signed in as.
fn account_of(state: &State) -> Option<i64> {
    state.get(ACCOUNT_KEY).and_then(|v| serde_json::from_str(v).ok())
}

/// A storage failure for actix-session (whose trait speaks `anyhow`), logged here: the middleware passes on only an
/// opaque error, which [`super::session_store_failures`] answers as the database being unavailable.
fn failed(what: &str, e: StorageError) -> anyhow::Error {
    tracing::warn!(error = %crate::telemetry::Chain(&e), "session store: {what} failed");
    anyhow::Error::from(e)
}

impl SessionStore for DbSessionStore {
    async fn load(&self, key: &SessionKey) -> Result<Option<State>, LoadError> {
        let stored = self.store.session(key.as_ref()).await.map_err(|e| LoadError::Other(failed("reading", e)))?;
        let Some(stored) = stored else { return Ok(None) };
        let now = Utc::now();
        if !self.limits.alive(stored.created_at, stored.last_seen_at, now) {
            // Ended: the request goes on without it, and the row waits for the next purge.
            return Ok(None);
        }
        let age = (now - stored.last_seen_at).to_std().unwrap_or_default();
        if age >= self.limits.touch_after() {
            // Recording the request must not make it wait behind other writers (an import on SQLite): it is done
            // beside the request. A touch that fails only lets the session end a little earlier.
            let store = self.store.clone();
            let key = key.as_ref().to_string();
            tokio::spawn(async move {
                if let Err(e) = store.touch_session(&key).await {
                    tracing::warn!(error = %crate::telemetry::Chain(&e), "session store: recording a request failed");
                }
            });
        }
        serde_json::from_str(&stored.state).map(Some).map_err(|e| LoadError::Deserialization(e.into()))
    }

    async fn save(&self, state: State, _ttl: &CookieDuration) -> Result<SessionKey, SaveError> {
        let json = serde_json::to_string(&state).map_err(|e| SaveError::Serialization(e.into()))?;
        let key = generate_session_key();
        self.store
            .create_session(key.as_ref(), &json, account_of(&state), self.limits)
            .await
            .map_err(|e| SaveError::Other(failed("saving", e)))?;
        Ok(key)
    }

    async fn update(&self, key: SessionKey, state: State, ttl: &CookieDuration) -> Result<SessionKey, UpdateError> {
        let json = serde_json::to_string(&state).map_err(|e| UpdateError::Serialization(e.into()))?;
        let updated = self
            .store
            .update_session(key.as_ref(), &json, account_of(&state))
            .await
            .map_err(|e| UpdateError::Other(failed("updating", e)))?;
        if updated {
            return Ok(key);
        }
        // The session ended while this request ran (signed out elsewhere, account disabled): what the request
        // changed goes into a new session that is signed in as no one, never back into the ended one.
        let mut state = state;
        state.remove(ACCOUNT_KEY);
        self.save(state, ttl).await.map_err(|e| match e {
            SaveError::Serialization(e) => UpdateError::Serialization(e),
            SaveError::Other(e) => UpdateError::Other(e),
        })
    }

    async fn update_ttl(&self, _key: &SessionKey, _ttl: &CookieDuration) -> Result<(), anyhow::Error> {
        // The server counts idle time itself (`load`); the cookie's own expiry does not matter.
        Ok(())
    }

    async fn delete(&self, key: &SessionKey) -> Result<(), anyhow::Error> {
        self.store.delete_session(key.as_ref()).await.map_err(|e| failed("deleting", e))
    }
}

/// The answer when the session store fails: the database is out of reach or busy.
pub(super) fn unavailable() -> ApiError {
    ApiError::DatabaseUnavailable { retry_after_secs: super::error::DATABASE_RETRY_AFTER_SECS }
}
