//! Password resets started by an administrator: a random one-time code, shown once to the administrator and
//! stored only as its SHA-256 (like API tokens: a random 256-bit code needs no slow hash), usable once, before it
//! expires. Starting a new reset withdraws the account's earlier unused codes; using one sets the password, ends
//! the account's sessions and withdraws its other codes, in one transaction with its audit entry.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ActiveValue::NotSet, ColumnTrait, EntityTrait, QueryFilter, Set};

use super::accounts::token_digest;
use super::audit::{self, AuditEvent};
use super::{StorageError, Store};
use crate::domain::Account;

use super::entities::password_reset;

/// How long a reset code can be used: a day, long enough to reach the person, short enough that a code written
/// down and forgotten does not stay a way in.
pub const RESET_VALID_HOURS: i64 = 24;

/// A reset started: the account, and when its code stops working.
#[derive(Debug, Clone)]
pub struct ResetStarted {
    pub account: Account,
    pub expires_at: DateTime<Utc>,
}

/// Why a reset code does not set a password. Each is told to the person in the same words (the code is unknown,
/// used or expired), so a guesser learns nothing; the log and the tests tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResetRefused {
    /// No code of that value was ever issued.
    Unknown,
    /// It was used already, or withdrawn by a newer reset.
    Used,
    /// Past its expiry.
    Expired,
    /// Its account is disabled.
    Disabled,
}

impl Store {
    /// Starts a password reset for an account (audited as `account.password_reset_started`, by `actor`; the code
    /// never appears in the log): records the digest of `code`, valid for [`RESET_VALID_HOURS`], and withdraws
    /// the account's earlier unused codes. A disabled account gets no code (`Conflict`), an unknown one `NotFound`.
    pub async fn start_password_reset(
        &self,
        account_id: i64,
        code: &str,
        actor: &str,
    ) -> Result<ResetStarted, StorageError> {
        let txn = self.write_aside().await?;
        let result = async {
            let account = self.account_even_disabled_in(&txn, account_id).await?.ok_or(StorageError::NotFound)?;
            if account.disabled {
                return Err(StorageError::Conflict(super::Clash::AccountDisabled(account_id)));
            }
            let now = Utc::now();
            let withdrawn = withdraw(&txn, account_id, now).await?;
            let expires_at = now + Duration::hours(RESET_VALID_HOURS);
            password_reset::ActiveModel {
                id: NotSet,
                account_id: Set(account_id),
                code_sha256: Set(token_digest(code)),
                created_by: Set(actor.to_string()),
                created_at: Set(now),
                expires_at: Set(expires_at),
                used_at: Set(None),
            }
            .insert(&*txn)
            .await?;
            let facts = serde_json::json!({
                "email": account.email,
                "expires_at": expires_at,
                "earlier_codes_withdrawn": withdrawn,
            });
            audit::append(
                &txn,
                &AuditEvent::new(actor, "account.password_reset_started", format!("account/{account_id}"), facts),
            )
            .await?;
            Ok(ResetStarted { account, expires_at })
        }
        .await;
        txn.finish(result).await
    }

    /// Whether a code could set a password now (issued, unused, unexpired); read only. The reset form asks before
    /// it hashes the new password, so that a stream of wrong codes costs no argon2 work; the write checks again.
    pub async fn password_reset_usable(&self, code: &str) -> Result<bool, StorageError> {
        let now = Utc::now();
        Ok(password_reset::Entity::find()
            .filter(password_reset::Column::CodeSha256.eq(token_digest(code)))
            .one(&self.db)
            .await?
            .is_some_and(|r| r.used_at.is_none() && r.expires_at > now))
    }

    /// Uses a reset code: sets the account's password hash, marks the code used, withdraws the account's other
    /// codes and ends its sessions, audited as `account.password_reset` with the account's own e-mail as the actor.
    /// `Ok(Err(_))` says why the code sets nothing (and nothing was written).
    pub async fn complete_password_reset(
        &self,
        code: &str,
        password_hash: &str,
    ) -> Result<Result<Account, ResetRefused>, StorageError> {
        self.complete_password_reset_at(code, password_hash, Utc::now()).await
    }

    /// As [`Store::complete_password_reset`], at a given time (tests pass a later one to see codes expire).
    async fn complete_password_reset_at(
        &self,
        code: &str,
        password_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Result<Account, ResetRefused>, StorageError> {
        let txn = self.write_aside().await?;
        let result = async {
            let Some(row) = password_reset::Entity::find()
                .filter(password_reset::Column::CodeSha256.eq(token_digest(code)))
                .one(&*txn)
                .await?
            else {
                return Ok(Err(ResetRefused::Unknown));
            };
            if row.used_at.is_some() {
                return Ok(Err(ResetRefused::Used));
            }
            if row.expires_at <= now {
                return Ok(Err(ResetRefused::Expired));
            }
            let Some(account) = self.account_even_disabled_in(&txn, row.account_id).await? else {
                return Ok(Err(ResetRefused::Unknown));
            };
            if account.disabled {
                return Ok(Err(ResetRefused::Disabled));
            }
            withdraw(&txn, row.account_id, now).await?;
            super::accounts::set_password_hash(&txn, row.account_id, password_hash).await?;
            let sessions_ended = super::sessions::end_sessions_of(&txn, row.account_id).await?;
            let facts = serde_json::json!({
                "email": account.email,
                "reset_started_by": row.created_by,
                "sessions_ended": sessions_ended,
            });
            audit::append(
                &txn,
                &AuditEvent::new(&account.email, "account.password_reset", format!("account/{}", account.id), facts),
            )
            .await?;
            Ok(Ok(account))
        }
        .await;
        txn.finish(result).await
    }
}

/// Marks every unused code of an account as used now; returns how many.
async fn withdraw(
    txn: &sea_orm::DatabaseTransaction,
    account_id: i64,
    now: DateTime<Utc>,
) -> Result<u64, StorageError> {
    Ok(password_reset::Entity::update_many()
        .col_expr(password_reset::Column::UsedAt, Expr::value(now))
        .filter(password_reset::Column::AccountId.eq(account_id))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(txn)
        .await?
        .rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::AccountRole;
    use crate::storage::NewAccount;

    async fn store_with_account() -> (Store, i64) {
        let store = Store::connect("sqlite::memory:").await.unwrap();
        let new = NewAccount {
            email: "Person@Example.ca".into(),
            display_name: "Marc-André Roy".into(),
            role: AccountRole::Auditor,
            business_number: None,
            password_hash: "!".into(),
        };
        let id = store.create_account(&new, "admin@example.ca").await.unwrap().id;
        (store, id)
    }

    async fn hash_of(store: &Store, email: &str) -> Option<String> {
        store.account_for_login(email).await.unwrap().map(|(_, h)| h)
    }

    #[tokio::test]
    async fn a_code_sets_the_password_once_and_a_newer_code_withdraws_older_ones() {
        let (store, id) = store_with_account().await;
        let started = store.start_password_reset(id, "chn_first", "admin@example.ca").await.unwrap();
        assert_eq!(started.account.id, id);
        assert!(store.password_reset_usable("chn_first").await.unwrap());
        store.start_password_reset(id, "chn_second", "admin@example.ca").await.unwrap();
        assert!(!store.password_reset_usable("chn_first").await.unwrap(), "withdrawn");
        assert!(!store.password_reset_usable("chn_nope").await.unwrap());
        assert_eq!(store.complete_password_reset("chn_first", "h1").await.unwrap().unwrap_err(), ResetRefused::Used);
        assert_eq!(store.complete_password_reset("chn_nope", "h1").await.unwrap().unwrap_err(), ResetRefused::Unknown);
        assert_eq!(hash_of(&store, "person@example.ca").await.as_deref(), Some("!"), "refusals change nothing");
        let account = store.complete_password_reset("chn_second", "h2").await.unwrap().unwrap();
        assert_eq!(account.id, id);
        assert_eq!(hash_of(&store, "person@example.ca").await.as_deref(), Some("h2"));
        assert_eq!(store.complete_password_reset("chn_second", "h3").await.unwrap().unwrap_err(), ResetRefused::Used);
        assert_eq!(hash_of(&store, "person@example.ca").await.as_deref(), Some("h2"));
        // Audited, without the code.
        let log = store.audit_entries(Some(&format!("account/{id}")), 10).await.unwrap();
        let actions: Vec<&str> = log.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(
            actions,
            [
                "account.password_reset",
                "account.password_reset_started",
                "account.password_reset_started",
                "account.created"
            ]
        );
        assert_eq!(log.first().unwrap().actor, "person@example.ca");
        assert!(log.iter().all(|e| !e.payload.to_string().contains("chn_")), "a code never reaches the log");
        assert!(store.verify_audit().await.unwrap().is_intact());
    }

    #[tokio::test]
    async fn a_code_expires_and_a_disabled_account_gets_none_and_uses_none() {
        let (store, id) = store_with_account().await;
        let started = store.start_password_reset(id, "chn_late", "admin@example.ca").await.unwrap();
        let later = started.expires_at + Duration::seconds(1);
        let refused = store.complete_password_reset_at("chn_late", "h", later).await.unwrap().unwrap_err();
        assert_eq!(refused, ResetRefused::Expired);
        let just_before = started.expires_at - Duration::seconds(1);
        assert!(store.complete_password_reset_at("chn_late", "h", just_before).await.unwrap().is_ok());

        store.start_password_reset(id, "chn_off", "admin@example.ca").await.unwrap();
        store.set_account_disabled(id, true, "admin@example.ca").await.unwrap();
        let refused = store.complete_password_reset("chn_off", "h2").await.unwrap().unwrap_err();
        assert_eq!(refused, ResetRefused::Disabled);
        assert!(matches!(
            store.start_password_reset(id, "chn_again", "admin@example.ca").await,
            Err(StorageError::Conflict(crate::storage::Clash::AccountDisabled(_)))
        ));
        assert!(matches!(store.start_password_reset(id + 1, "chn_x", "a").await, Err(StorageError::NotFound)));
    }
}
