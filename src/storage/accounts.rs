//! Accounts and API tokens. Only hashes are stored: argon2id for passwords, SHA-256 for tokens (random 256-bit
//! tokens need no slow hash).

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use sha2::{Digest, Sha256};

use super::entities::{account, api_token};
use super::{StorageError, Store};
use crate::domain::{Account, AccountRole};

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
    let role = m.role.parse().map_err(|_| StorageError::Corrupt(format!("account {}: role `{}`", m.id, m.role)))?;
    Ok(Account { id: m.id, email: m.email, display_name: m.display_name, role, business_number: m.business_number })
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
    /// Creates an account; an e-mail already in use is a `Conflict`.
    pub async fn create_account(&self, new: &NewAccount) -> Result<Account, StorageError> {
        let row = account::ActiveModel {
            email: Set(normalise_email(&new.email)),
            display_name: Set(new.display_name.trim().to_string()),
            role: Set(new.role.to_string()),
            business_number: Set(new.business_number.clone()),
            password_hash: Set(new.password_hash.clone()),
            disabled: Set(false),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&self.db)
        .await?;
        to_account(row)
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

    /// An enabled account by id (sessions hold the id).
    pub async fn account(&self, id: i64) -> Result<Option<Account>, StorageError> {
        let row = account::Entity::find_by_id(id).filter(account::Column::Disabled.eq(false)).one(&self.db).await?;
        row.map(to_account).transpose()
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

    /// Records an API token (by its digest) for an account.
    pub async fn add_api_token(&self, account_id: i64, name: &str, token: &str) -> Result<i64, StorageError> {
        let row = api_token::ActiveModel {
            account_id: Set(account_id),
            name: Set(name.to_string()),
            token_sha256: Set(token_digest(token)),
            created_at: Set(Utc::now()),
            revoked_at: Set(None),
            ..Default::default()
        }
        .insert(&self.db)
        .await?;
        Ok(row.id)
    }

    /// The enabled account a live API token belongs to.
    pub async fn account_for_token(&self, token: &str) -> Result<Option<Account>, StorageError> {
        let Some(t) = api_token::Entity::find()
            .filter(api_token::Column::TokenSha256.eq(token_digest(token)))
            .filter(api_token::Column::RevokedAt.is_null())
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        self.account(t.account_id).await
    }
}
