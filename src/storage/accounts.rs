//! Accounts and API tokens. Only hashes are stored: argon2id for passwords, SHA-256 for tokens (random 256-bit
//! tokens need no slow hash).

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder, Set};
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::audit::{self, AuditEvent};
use super::entities::{account, api_token};
use super::{StorageError, Store};
use crate::domain::{Account, AccountRole, Lang};

/// A new account, its password already hashed.
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub email: String,
    pub display_name: String,
    pub role: AccountRole,
    pub business_number: Option<String>,
    pub password_hash: String,
}

fn to_account(m: account::Model) -> Result<Account, StorageError> {
    let role = m.role.parse().map_err(|_| StorageError::corrupt(format!("account {}: role `{}`", m.id, m.role)))?;
    Ok(Account {
        id: m.id,
        email: m.email,
        display_name: m.display_name,
        role,
        business_number: m.business_number,
        disabled: m.disabled,
        language: m.language.and_then(|l| l.parse().ok()),
        screening_alerts: m.screening_alerts && AccountRole::receives_screening_alerts(role),
    })
}

/// An API token as administrators see it: never the token, nor its digest.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ApiTokenInfo {
    pub id: i64,
    pub account_id: i64,
    /// What the token is for.
    pub name: String,
    pub created_at: DateTime<Utc>,
    /// When it was revoked; a revoked token signs no one in.
    pub revoked_at: Option<DateTime<Utc>>,
}

fn to_token(m: api_token::Model) -> ApiTokenInfo {
    ApiTokenInfo {
        id: m.id,
        account_id: m.account_id,
        name: m.name,
        created_at: m.created_at,
        revoked_at: m.revoked_at,
    }
}

/// The audit subject of an account.
fn subject(account_id: i64) -> String {
    format!("account/{account_id}")
}

/// The SHA-256 of a token, as stored.
pub fn token_digest(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// E-mail addresses are compared without case or surrounding spaces.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

impl Store {
    /// Creates an account (audited as `account.created`, by `actor`); an e-mail already in use is a `Conflict`. Its
    /// language is not known yet (see [`Store::create_account_in`]).
    pub async fn create_account(&self, new: &NewAccount, actor: &str) -> Result<Account, StorageError> {
        self.create_account_in(new, None, actor).await
    }

    /// Creates an account whose messages are written in `language` (the language of the page that creates it).
    pub async fn create_account_in(
        &self,
        new: &NewAccount,
        language: Option<Lang>,
        actor: &str,
    ) -> Result<Account, StorageError> {
        let txn = self.write_aside().await?;
        let result = async {
            let email = normalise_email(&new.email);
            if account::Entity::find().filter(account::Column::Email.eq(&email)).one(&*txn).await?.is_some() {
                return Err(StorageError::Conflict(super::Clash::AccountEmail(email)));
            }
            let row = account::ActiveModel {
                email: Set(email),
                display_name: Set(new.display_name.trim().to_string()),
                role: Set(new.role.to_string()),
                business_number: Set(new.business_number.clone()),
                password_hash: Set(new.password_hash.clone()),
                disabled: Set(false),
                created_at: Set(Utc::now()),
                language: Set(language.map(|l| l.as_ref().to_string())),
                screening_alerts: Set(true),
                ..Default::default()
            }
            .insert(&*txn)
            .await?;
            let account = to_account(row)?;
            let facts = serde_json::json!({
                "email": account.email,
                "role": account.role,
                "business_number": account.business_number,
                "language": account.language,
            });
            audit::append(&txn, &AuditEvent::new(actor, "account.created", subject(account.id), facts)).await?;
            Ok(account)
        }
        .await;
        txn.finish(result).await
    }

    /// An enabled account and its password hash, by e-mail.
    pub async fn account_for_login(&self, email: &str) -> Result<Option<(Account, String)>, StorageError> {
        let row = account::Entity::find()
            .filter(account::Column::Email.eq(normalise_email(email)))
            .filter(account::Column::Disabled.eq(false))
            .one(&self.db)
            .await?;
        row.map(|m| {
            let hash = m.password_hash.clone();
            to_account(m).map(|a| (a, hash))
        })
        .transpose()
    }

    /// An account and its password hash by e-mail, enabled or not: sign-in tells a disabled account's holder so,
    /// once the password is shown right.
    pub async fn account_for_login_even_disabled(
        &self,
        email: &str,
    ) -> Result<Option<(Account, String)>, StorageError> {
        let row =
            account::Entity::find().filter(account::Column::Email.eq(normalise_email(email))).one(&self.db).await?;
        row.map(|m| {
            let hash = m.password_hash.clone();
            to_account(m).map(|a| (a, hash))
        })
        .transpose()
    }

    /// An account by e-mail, enabled or not.
    pub async fn account_by_email(&self, email: &str) -> Result<Option<Account>, StorageError> {
        let row =
            account::Entity::find().filter(account::Column::Email.eq(normalise_email(email))).one(&self.db).await?;
        row.map(to_account).transpose()
    }

    /// An enabled account by id (sessions hold the id).
    pub async fn account(&self, id: i64) -> Result<Option<Account>, StorageError> {
        let row = account::Entity::find_by_id(id).filter(account::Column::Disabled.eq(false)).one(&self.db).await?;
        row.map(to_account).transpose()
    }

    /// An account by id, enabled or not.
    pub async fn account_even_disabled(&self, id: i64) -> Result<Option<Account>, StorageError> {
        account::Entity::find_by_id(id).one(&self.db).await?.map(to_account).transpose()
    }

    /// Every account, by e-mail.
    pub async fn list_accounts(&self) -> Result<Vec<Account>, StorageError> {
        account::Entity::find()
            .order_by_asc(account::Column::Email)
            .all(&self.db)
            .await?
            .into_iter()
            .map(to_account)
            .collect()
    }

    /// Disables or enables an account (audited as `account.disabled` or `account.enabled`). Disabling ends every
    /// session of the account in the same transaction, and its API tokens stop working (they belong to a disabled
    /// account); enabling brings no session back. Asking for the state it is in changes and records nothing.
    pub async fn set_account_disabled(&self, id: i64, disabled: bool, actor: &str) -> Result<Account, StorageError> {
        let txn = self.write_aside().await?;
        let result = async {
            let row = account::Entity::find_by_id(id).one(&*txn).await?.ok_or(StorageError::NotFound)?;
            if row.disabled == disabled {
                return to_account(row);
            }
            let mut am: account::ActiveModel = row.into();
            am.disabled = Set(disabled);
            let account = to_account(am.update(&*txn).await?)?;
            let sessions_ended = if disabled { super::sessions::end_sessions_of(&txn, id).await? } else { 0 };
            let action = if disabled { "account.disabled" } else { "account.enabled" };
            let facts = serde_json::json!({ "email": account.email, "sessions_ended": sessions_ended });
            audit::append(&txn, &AuditEvent::new(actor, action, subject(id), facts)).await?;
            Ok(account)
        }
        .await;
        txn.finish(result).await
    }

    /// Gives an account another role and organisation (audited as `account.role_changed`, with both). The caller
    /// checks that they go together (a supplier has a business number, other roles none). The same role and
    /// organisation again changes and records nothing.
    pub async fn change_role(
        &self,
        id: i64,
        role: AccountRole,
        business_number: Option<String>,
        actor: &str,
    ) -> Result<Account, StorageError> {
        let txn = self.write_aside().await?;
        let result = async {
            let row = account::Entity::find_by_id(id).one(&*txn).await?.ok_or(StorageError::NotFound)?;
            let before = to_account(row.clone())?;
            if before.role == role && before.business_number == business_number {
                return Ok(before);
            }
            let mut am: account::ActiveModel = row.into();
            am.role = Set(role.to_string());
            am.business_number = Set(business_number);
            let account = to_account(am.update(&*txn).await?)?;
            let facts = serde_json::json!({
                "email": account.email,
                "from": { "role": before.role, "business_number": before.business_number },
                "to": { "role": account.role, "business_number": account.business_number },
            });
            audit::append(&txn, &AuditEvent::new(actor, "account.role_changed", subject(id), facts)).await?;
            Ok(account)
        }
        .await;
        txn.finish(result).await
    }

    /// Records an API token (by its digest) for an account (audited as `token.issued`); returns the token's id.
    pub async fn add_api_token(
        &self,
        account_id: i64,
        name: &str,
        token: &str,
        actor: &str,
    ) -> Result<i64, StorageError> {
        let txn = self.write_aside().await?;
        let result = async {
            let row = api_token::ActiveModel {
                account_id: Set(account_id),
                name: Set(name.to_string()),
                token_sha256: Set(token_digest(token)),
                created_at: Set(Utc::now()),
                revoked_at: Set(None),
                ..Default::default()
            }
            .insert(&*txn)
            .await?;
            token_event(&txn, actor, "token.issued", &to_token(row.clone())).await?;
            Ok(row.id)
        }
        .await;
        txn.finish(result).await
    }

    /// An account's API tokens, oldest first, revoked ones included.
    pub async fn api_tokens(&self, account_id: i64) -> Result<Vec<ApiTokenInfo>, StorageError> {
        Ok(api_token::Entity::find()
            .filter(api_token::Column::AccountId.eq(account_id))
            .order_by_asc(api_token::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(to_token)
            .collect())
    }

    /// Revokes one of an account's API tokens (audited as `token.revoked`); `NotFound` when the account has no
    /// token of that id. A token revoked already stays as it was, and nothing is recorded again.
    pub async fn revoke_api_token(
        &self,
        account_id: i64,
        token_id: i64,
        actor: &str,
    ) -> Result<ApiTokenInfo, StorageError> {
        let txn = self.write_aside().await?;
        let result = async {
            let row = api_token::Entity::find_by_id(token_id)
                .filter(api_token::Column::AccountId.eq(account_id))
                .one(&*txn)
                .await?
                .ok_or(StorageError::NotFound)?;
            if row.revoked_at.is_some() {
                return Ok(to_token(row));
            }
            let mut am: api_token::ActiveModel = row.into();
            am.revoked_at = Set(Some(Utc::now()));
            let token = to_token(am.update(&*txn).await?);
            token_event(&txn, actor, "token.revoked", &token).await?;
            Ok(token)
        }
        .await;
        txn.finish(result).await
    }

    /// The enabled account a live API token belongs to: one query, run on every request a token makes
    /// ([`token_account`]).
    pub async fn account_for_token(&self, token: &str) -> Result<Option<Account>, StorageError> {
        token_account(token).one(&self.db).await?.map(to_account).transpose()
    }
}

/// The query of the enabled account a live token belongs to: the token by its unique digest, its account by primary
/// key, in one statement.
pub(super) fn token_account(token: &str) -> sea_orm::Select<account::Entity> {
    let live = sea_orm::sea_query::Query::select()
        .column(api_token::Column::AccountId)
        .from(api_token::Entity)
        .and_where(api_token::Column::TokenSha256.eq(token_digest(token)))
        .and_where(api_token::Column::RevokedAt.is_null())
        .to_owned();
    account::Entity::find().filter(account::Column::Id.in_subquery(live)).filter(account::Column::Disabled.eq(false))
}

/// Records something done to a token under its account's subject: which token and what it is for, never the token.
async fn token_event(
    txn: &DatabaseTransaction,
    actor: &str,
    action: &str,
    token: &ApiTokenInfo,
) -> Result<i64, StorageError> {
    let facts = serde_json::json!({ "token_id": token.id, "name": token.name });
    audit::append(txn, &AuditEvent::new(actor, action, subject(token.account_id), facts)).await
}

// --- Administrators' pages: names of accounts, password resets (see `password_resets.rs`). ---

impl Store {
    /// An account by id, enabled or not, read inside a write.
    pub(super) async fn account_even_disabled_in(
        &self,
        txn: &DatabaseTransaction,
        id: i64,
    ) -> Result<Option<Account>, StorageError> {
        account::Entity::find_by_id(id).one(txn).await?.map(to_account).transpose()
    }

    /// Sets the language an account's messages are written in (audited as `account.language_changed`, by `actor`).
    /// With `only_if_unknown`, an account whose language is already known keeps it (the first form an account posts
    /// gives its language; its choice on the account page is not overridden). Answers the account as it is now.
    pub async fn set_account_language(
        &self,
        account_id: i64,
        language: Lang,
        only_if_unknown: bool,
        actor: &str,
    ) -> Result<Account, StorageError> {
        let txn = self.write_aside().await?;
        let result = async {
            let row = account::Entity::find_by_id(account_id).one(&*txn).await?.ok_or(StorageError::NotFound)?;
            let before = row.language.clone();
            let same = before.as_deref() == Some(language.as_ref());
            if same || (only_if_unknown && before.is_some()) {
                return to_account(row);
            }
            let mut am: account::ActiveModel = row.into();
            am.language = Set(Some(language.as_ref().to_string()));
            let account = to_account(am.update(&*txn).await?)?;
            let facts = serde_json::json!({ "from": before, "to": language });
            audit::append(&txn, &AuditEvent::new(actor, "account.language_changed", subject(account_id), facts))
                .await?;
            Ok(account)
        }
        .await;
        txn.finish(result).await
    }

    /// Sets whether an account is told of new screening alerts by e-mail (audited as
    /// `account.screening_alerts_changed`, by `actor`, when it changes). Errors: [`StorageError::NotFound`] for no
    /// such account.
    pub async fn set_account_screening_alerts(
        &self,
        account_id: i64,
        on: bool,
        actor: &str,
    ) -> Result<Account, StorageError> {
        let txn = self.write_aside().await?;
        let result = async {
            let row = account::Entity::find_by_id(account_id).one(&*txn).await?.ok_or(StorageError::NotFound)?;
            if row.screening_alerts == on {
                return to_account(row);
            }
            let mut am: account::ActiveModel = row.into();
            am.screening_alerts = Set(on);
            let account = to_account(am.update(&*txn).await?)?;
            let facts = serde_json::json!({ "to": on });
            audit::append(
                &txn,
                &AuditEvent::new(actor, "account.screening_alerts_changed", subject(account_id), facts),
            )
            .await?;
            Ok(account)
        }
        .await;
        txn.finish(result).await
    }

    /// The e-mails of an organisation's accounts (by business number), enabled or not: the people whose e-mails
    /// that organisation may read in what it is answered.
    pub async fn organisation_emails(
        &self,
        business_number: &str,
    ) -> Result<std::collections::HashSet<String>, StorageError> {
        Ok(account::Entity::find()
            .filter(account::Column::BusinessNumber.eq(business_number))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|m| m.email)
            .collect())
    }

    /// Every account's display name by its (normalised) e-mail, so that records kept by e-mail (cases, events, the
    /// audit log) can name people. Accounts without a name are left out.
    pub async fn display_names(&self) -> Result<std::collections::HashMap<String, String>, StorageError> {
        display_names_on(&self.db).await
    }
}

/// [`Store::display_names`] on a connection or inside a transaction.
pub(super) async fn display_names_on(
    db: &impl sea_orm::ConnectionTrait,
) -> Result<std::collections::HashMap<String, String>, StorageError> {
    Ok(account::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .filter(|m| !m.display_name.trim().is_empty())
        .map(|m| (m.email, m.display_name))
        .collect())
}

/// Replaces an account's password hash (the caller audits the change in the same transaction).
pub(super) async fn set_password_hash(
    txn: &DatabaseTransaction,
    account_id: i64,
    password_hash: &str,
) -> Result<(), StorageError> {
    let row = account::Entity::find_by_id(account_id).one(txn).await?.ok_or(StorageError::NotFound)?;
    let mut am: account::ActiveModel = row.into();
    am.password_hash = Set(password_hash.to_string());
    am.update(txn).await?;
    Ok(())
}
