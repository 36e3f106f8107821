//! Contracts and compliance cases. A case's record is a list of events (evidence, notices, responses, plans,
//! decisions), each written with its audit entry in one transaction; nothing here updates or deletes an event.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ActiveValue::NotSet, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use serde::Serialize;

use super::audit::{self, AuditEvent};
use super::{StorageError, Store};
use crate::cases::{CaseEvent, Contract};

pub(super) mod entity {
    pub mod contract {
        use sea_orm::entity::prelude::*;
        #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
        #[sea_orm(table_name = "contract")]
        pub struct Model {
            #[sea_orm(primary_key)]
            pub id: i64,
            #[sea_orm(unique)]
            pub number: String,
            pub business_number: String,
            pub awarded_on: Date,
            /// The `cases::Contract` as JSON.
            pub document: String,
            pub created_at: DateTimeUtc,
        }
        #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
        pub enum Relation {}
        impl ActiveModelBehavior for ActiveModel {}
    }

    pub mod case {
        use sea_orm::entity::prelude::*;
        #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
        #[sea_orm(table_name = "compliance_case")]
        pub struct Model {
            #[sea_orm(primary_key)]
            pub id: i64,
            pub contract_id: i64,
            pub title: String,
            pub opened_by: String,
            pub opened_at: DateTimeUtc,
        }
        #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
        pub enum Relation {}
        impl ActiveModelBehavior for ActiveModel {}
    }

    pub mod case_event {
        use sea_orm::entity::prelude::*;
        #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
        #[sea_orm(table_name = "case_event")]
        pub struct Model {
            #[sea_orm(primary_key)]
            pub id: i64,
            pub case_id: i64,
            pub kind: String,
            pub recorded_by: String,
            pub recorded_at: DateTimeUtc,
            /// The `cases::CaseEvent` as JSON.
            pub document: String,
        }
        #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
        pub enum Relation {}
        impl ActiveModelBehavior for ActiveModel {}
    }
}

use entity::{case, case_event, contract};

/// A stored contract.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct StoredContract {
    pub id: i64,
    pub contract: Contract,
    pub created_at: DateTime<Utc>,
}

/// A stored case with its record, oldest event first.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct StoredCase {
    pub id: i64,
    pub contract_id: i64,
    pub title: String,
    pub opened_by: String,
    pub opened_at: DateTime<Utc>,
    pub events: Vec<StoredCaseEvent>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct StoredCaseEvent {
    pub id: i64,
    pub recorded_by: String,
    pub recorded_at: DateTime<Utc>,
    pub event: CaseEvent,
}

fn to_contract(m: contract::Model) -> Result<StoredContract, StorageError> {
    Ok(StoredContract { id: m.id, contract: serde_json::from_str(&m.document)?, created_at: m.created_at })
}

impl Store {
    /// Records a contract; a number already used is a `Conflict`.
    pub async fn create_contract(&self, c: &Contract, actor: &str) -> Result<StoredContract, StorageError> {
        let txn = self.write().await?;
        let row = async {
            let row = contract::ActiveModel {
                id: NotSet,
                number: Set(c.number.clone()),
                business_number: Set(c.business_number.clone()),
                awarded_on: Set(c.awarded_on),
                document: Set(serde_json::to_string(c)?),
                created_at: Set(Utc::now()),
            }
            .insert(&*txn)
            .await?;
            let event =
                AuditEvent::new(actor, "contract.recorded", format!("contract/{}", row.id), serde_json::to_value(c)?);
            audit::append(&txn, &event).await?;
            Ok(row)
        }
        .await;
        to_contract(txn.finish(row).await?)
    }

    /// Contracts, by number; only one organisation's when `business_number` is given.
    pub async fn list_contracts(&self, business_number: Option<&str>) -> Result<Vec<StoredContract>, StorageError> {
        let mut q = contract::Entity::find().order_by_asc(contract::Column::Number);
        if let Some(bn) = business_number {
            q = q.filter(contract::Column::BusinessNumber.eq(bn));
        }
        q.all(&self.db).await?.into_iter().map(to_contract).collect()
    }

    pub async fn contract(&self, id: i64) -> Result<Option<StoredContract>, StorageError> {
        contract::Entity::find_by_id(id).one(&self.db).await?.map(to_contract).transpose()
    }

    /// Opens a case on a contract.
    pub async fn open_case(&self, contract_id: i64, title: &str, actor: &str) -> Result<i64, StorageError> {
        if contract::Entity::find_by_id(contract_id).one(&self.db).await?.is_none() {
            return Err(StorageError::NotFound);
        }
        let txn = self.write().await?;
        let id = async {
            let row = case::ActiveModel {
                id: NotSet,
                contract_id: Set(contract_id),
                title: Set(title.to_string()),
                opened_by: Set(actor.to_string()),
                opened_at: Set(Utc::now()),
            }
            .insert(&*txn)
            .await?;
            let payload = serde_json::json!({ "contract_id": contract_id, "title": title });
            audit::append(&txn, &AuditEvent::new(actor, "case.opened", format!("case/{}", row.id), payload)).await?;
            Ok(row.id)
        }
        .await;
        txn.finish(id).await
    }

    /// Adds an event to a case's record (with its audit entry); returns the event's id.
    pub async fn add_case_event(&self, case_id: i64, event: &CaseEvent, actor: &str) -> Result<i64, StorageError> {
        if case::Entity::find_by_id(case_id).one(&self.db).await?.is_none() {
            return Err(StorageError::NotFound);
        }
        let txn = self.write().await?;
        let id = async {
            let row = case_event::ActiveModel {
                id: NotSet,
                case_id: Set(case_id),
                kind: Set(event.kind().to_string()),
                recorded_by: Set(actor.to_string()),
                recorded_at: Set(Utc::now()),
                document: Set(serde_json::to_string(event)?),
            }
            .insert(&*txn)
            .await?;
            let payload = serde_json::json!({ "event_id": row.id, "event": event });
            let entry = AuditEvent::new(actor, format!("case.{}", event.kind()), format!("case/{case_id}"), payload);
            audit::append(&txn, &entry).await?;
            Ok(row.id)
        }
        .await;
        txn.finish(id).await
    }

    /// A case and its whole record.
    pub async fn case(&self, id: i64) -> Result<Option<StoredCase>, StorageError> {
        let Some(c) = case::Entity::find_by_id(id).one(&self.db).await? else { return Ok(None) };
        let events = case_event::Entity::find()
            .filter(case_event::Column::CaseId.eq(id))
            .order_by_asc(case_event::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|e| {
                Ok(StoredCaseEvent {
                    id: e.id,
                    recorded_by: e.recorded_by,
                    recorded_at: e.recorded_at,
                    event: serde_json::from_str(&e.document)?,
                })
            })
            .collect::<Result<Vec<_>, StorageError>>()?;
        Ok(Some(StoredCase {
            id: c.id,
            contract_id: c.contract_id,
            title: c.title,
            opened_by: c.opened_by,
            opened_at: c.opened_at,
            events,
        }))
    }

    /// Every case with its record (for yearly figures).
    pub async fn all_cases(&self) -> Result<Vec<StoredCase>, StorageError> {
        let ids: Vec<i64> = case::Entity::find()
            .order_by_asc(case::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|c| c.id)
            .collect();
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(c) = self.case(id).await? {
                out.push(c);
            }
        }
        Ok(out)
    }

    /// The ids of a contract's cases, oldest first.
    pub async fn cases_of(&self, contract_id: i64) -> Result<Vec<i64>, StorageError> {
        Ok(case::Entity::find()
            .filter(case::Column::ContractId.eq(contract_id))
            .order_by_asc(case::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|c| c.id)
            .collect())
    }
}
