//! Contracts and compliance cases. A case's record is a list of events (evidence, notices, responses, plans,
//! decisions), each written with its audit entry in one transaction; nothing here updates or deletes an event.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, Func};
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use serde::Serialize;

use super::audit::{self, AuditEvent};
use super::{StorageError, Store};
use crate::cases::attachments::{AttachmentInfo, NewAttachment};
use crate::cases::messages::{self, MessageLang, Occasion};
use crate::cases::{CaseEvent, Contract, NoticeStatus, RecordEntry};
use crate::domain::{AccountRole, Lang};

use super::entities::{case, case_event, contract, notification_outbox};

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
    /// The e-mail of the account that opened it; left out of what a supplier reads.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opened_by: Option<String>,
    /// Its display name (`cli`, `demo` for records made without an account).
    pub opened_by_name: String,
    pub opened_at: DateTime<Utc>,
    pub events: Vec<StoredCaseEvent>,
}

impl StoredCase {
    /// The record as the case rules read it: each event with its id and the day (UTC) it was recorded.
    pub fn record(&self) -> Vec<RecordEntry> {
        self.events
            .iter()
            .map(|e| RecordEntry { id: e.id, recorded_on: e.recorded_at.date_naive(), event: e.event.clone() })
            .collect()
    }
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct StoredCaseEvent {
    pub id: i64,
    /// The e-mail of the account that recorded it; left out of what a supplier reads, unless its own organisation's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recorded_by: Option<String>,
    /// Its display name.
    pub recorded_by_name: String,
    pub recorded_at: DateTime<Utc>,
    pub event: CaseEvent,
}

fn to_contract(m: contract::Model) -> Result<StoredContract, StorageError> {
    Ok(StoredContract { id: m.id, contract: serde_json::from_str(&m.document)?, created_at: m.created_at })
}

impl Store {
    /// Records a contract; a number already used, in any case of letters (PSPC contract numbers are
    /// case-insensitive; the caller stores the canonical, upper-case form), is a `Conflict` naming the contract
    /// that has it.
    pub async fn create_contract(&self, c: &Contract, actor: &str) -> Result<StoredContract, StorageError> {
        let txn = self.write().await?;
        let row = async {
            // Compared upper-cased on both sides, so that a number stored before numbers were made canonical clashes too.
            let same_number = sea_orm::sea_query::ExprTrait::eq(
                Func::upper(Expr::col(contract::Column::Number)),
                c.number.to_uppercase(),
            );
            if let Some(existing) = contract::Entity::find().filter(same_number).one(&*txn).await? {
                return Err(StorageError::Conflict(super::Clash::ContractNumber {
                    number: c.number.clone(),
                    id: Some(existing.id),
                }));
            }
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

    /// Contracts, newest first: by award date, latest first, then the latest recorded first; only one
    /// organisation's when `business_number` is given.
    pub async fn list_contracts(&self, business_number: Option<&str>) -> Result<Vec<StoredContract>, StorageError> {
        let mut q =
            contract::Entity::find().order_by_desc(contract::Column::AwardedOn).order_by_desc(contract::Column::Id);
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

    /// Adds an event to a case's record (with its audit entry, and the messages it sends the supplier in the outbox,
    /// all in one transaction); returns the event's id.
    /// Admits no refusal: the callers that check a case's rules use [`Store::add_case_event_with`].
    pub async fn add_case_event(&self, case_id: i64, event: &CaseEvent, actor: &str) -> Result<i64, StorageError> {
        match self.add_case_event_with(case_id, event, actor, &[], |_| Ok::<(), std::convert::Infallible>(())).await? {
            Ok(id) => Ok(id),
            Err(never) => match never {},
        }
    }

    /// [`Store::add_case_event`] with attachments and the case's rules: the event, its attachments (bytes with their
    /// SHA-256), its audit entry (naming each attachment by name, type, size and hash) and its outbox messages in one
    /// transaction, written only if `admit` accepts it against the case's record as it stands inside that
    /// transaction, after every other write of a case event has ended (on SQLite the writer's turn; on PostgreSQL
    /// the audit log's advisory lock, [`audit::take_turn`]). A check made before the write cannot see events written
    /// at once (sixteen decisions sent together each found none); this one can. Returns the event's id, or `admit`'s
    /// refusal with nothing written.
    pub async fn add_case_event_with<R>(
        &self,
        case_id: i64,
        event: &CaseEvent,
        actor: &str,
        attachments: &[NewAttachment],
        admit: impl FnOnce(&[RecordEntry]) -> Result<(), R>,
    ) -> Result<Result<i64, R>, StorageError> {
        let Some(c) = case::Entity::find_by_id(case_id).one(&self.db).await? else {
            return Err(StorageError::NotFound);
        };
        let k = contract::Entity::find_by_id(c.contract_id).one(&self.db).await?.ok_or(StorageError::NotFound)?;
        let txn = self.write().await?;
        let id = async {
            // Every event of every case takes this turn before it reads the record: the record read next is the one
            // this event joins (and a notice is numbered by the notices before it, its message saying "Notice 3").
            // A statement of its own, so that the reads after it see what the writer it waited for committed.
            audit::take_turn(&txn).await?;
            let record = case_event::Entity::find()
                .filter(case_event::Column::CaseId.eq(case_id))
                .order_by_asc(case_event::Column::Id)
                .all(&*txn)
                .await?
                .into_iter()
                .map(|e| {
                    Ok(RecordEntry {
                        id: e.id,
                        recorded_on: e.recorded_at.date_naive(),
                        event: serde_json::from_str(&e.document)?,
                    })
                })
                .collect::<Result<Vec<_>, StorageError>>()?;
            if let Err(refused) = admit(&record) {
                return Ok(Err(refused));
            }
            let now = Utc::now();
            let row = case_event::ActiveModel {
                id: NotSet,
                case_id: Set(case_id),
                kind: Set(event.kind().to_string()),
                recorded_by: Set(actor.to_string()),
                recorded_at: Set(now),
                document: Set(serde_json::to_string(event)?),
            }
            .insert(&*txn)
            .await?;
            let mut files = Vec::new();
            for a in attachments {
                let stored = insert_attachment(&*txn, case_id, row.id, a, actor, now).await?;
                files.push(serde_json::json!({
                    "id": stored, "file_name": a.file_name, "media_type": a.media_type, "size": a.bytes.len(), "sha256": a.sha256(),
                }));
            }
            let payload = serde_json::json!({ "event_id": row.id, "event": event, "attachments": files });
            let entry = AuditEvent::new(actor, format!("case.{}", event.kind()), format!("case/{case_id}"), payload);
            audit::append(&txn, &entry).await?;
            let today = now.date_naive();
            match event {
                CaseEvent::Notice(n) => {
                    let number = case_event::Entity::find()
                        .filter(case_event::Column::CaseId.eq(case_id))
                        .filter(case_event::Column::Kind.eq("notice"))
                        .filter(case_event::Column::Id.lte(row.id))
                        .count(&*txn)
                        .await?;
                    let sent_on = crate::cases::effective_sent_on(n, today);
                    let occasion = Occasion::Notice {
                        case_id,
                        contract_number: &k.number,
                        number: u32::try_from(number).unwrap_or(u32::MAX),
                        subject: &n.subject,
                        sent_on,
                        respond_by: n.respond_by.max(crate::cases::minimum_respond_by(sent_on)),
                    };
                    enqueue(&*txn, &k.business_number, &occasion, now, &self.words).await?;
                }
                CaseEvent::Decision(d) => {
                    let occasion = Occasion::Decision { case_id, contract_number: &k.number, outcome: d.outcome };
                    enqueue(&*txn, &k.business_number, &occasion, now, &self.words).await?;
                }
                _ => {}
            }
            Ok(Ok(row.id))
        }
        .await;
        txn.finish(id).await
    }

    /// A case and its whole record, its people named.
    pub async fn case(&self, id: i64) -> Result<Option<StoredCase>, StorageError> {
        self.case_named(id, &self.display_names().await?).await
    }

    async fn case_named(&self, id: i64, names: &HashMap<String, String>) -> Result<Option<StoredCase>, StorageError> {
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
                    recorded_by_name: name_of(names, &e.recorded_by),
                    recorded_by: Some(e.recorded_by),
                    recorded_at: e.recorded_at,
                    event: serde_json::from_str(&e.document)?,
                })
            })
            .collect::<Result<Vec<_>, StorageError>>()?;
        Ok(Some(StoredCase {
            id: c.id,
            contract_id: c.contract_id,
            title: c.title,
            opened_by_name: name_of(names, &c.opened_by),
            opened_by: Some(c.opened_by),
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
        let names = self.display_names().await?;
        for id in ids {
            if let Some(c) = self.case_named(id, &names).await? {
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

/// Puts the messages of an occasion in the outbox, one for each enabled supplier account of the business number, in
/// its language (both languages when it has none on record), its days said by `days`. Runs inside the caller's
/// transaction.
pub(super) async fn enqueue<C: ConnectionTrait>(
    db: &C,
    business_number: &str,
    occasion: &Occasion<'_>,
    now: DateTime<Utc>,
    words: &super::WordsFn,
) -> Result<usize, StorageError> {
    use super::entities::account;
    let accounts = account::Entity::find()
        .filter(account::Column::Role.eq(AccountRole::Supplier.as_ref()))
        .filter(account::Column::BusinessNumber.eq(business_number))
        .filter(account::Column::Disabled.eq(false))
        .order_by_asc(account::Column::Id)
        .all(db)
        .await?;
    enqueue_to(db, &accounts, occasion, now, words).await
}

/// Puts the message of an occasion in the outbox for each of `accounts`, in its language (both languages when it
/// has none on record). Runs inside the caller's transaction, if any.
async fn enqueue_to<C: ConnectionTrait>(
    db: &C,
    accounts: &[super::entities::account::Model],
    occasion: &Occasion<'_>,
    now: DateTime<Utc>,
    words: &super::WordsFn,
) -> Result<usize, StorageError> {
    for a in accounts {
        let known = a.language.as_deref().and_then(|l| l.parse::<Lang>().ok());
        let m = messages::message(occasion, MessageLang::of(known), &|lang, m| words.say(lang, m));
        notification_outbox::ActiveModel {
            id: NotSet,
            recipient: Set(a.email.clone()),
            lang: Set(m.lang.code().to_string()),
            subject: Set(m.subject),
            body: Set(m.body),
            about: Set(m.about),
            created_at: Set(now),
            attempts: Set(0),
            next_attempt_at: Set(now),
            sent_at: Set(None),
            failed_at: Set(None),
            last_error: Set(None),
        }
        .insert(db)
        .await?;
    }
    Ok(accounts.len())
}

/// A message waiting in the outbox, or sent.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OutboxMessage {
    pub id: i64,
    /// The recipient's e-mail address.
    pub recipient: String,
    /// `en`, `fr` or `en+fr`.
    pub lang: String,
    pub subject: String,
    pub body: String,
    /// The path of the page it is about (`/cases/12`).
    pub about: String,
    pub created_at: DateTime<Utc>,
    /// Failed attempts so far.
    pub attempts: i32,
    pub next_attempt_at: DateTime<Utc>,
    pub sent_at: Option<DateTime<Utc>>,
    /// Set when the relay refused the message for good (a permanent SMTP error): it is not tried again.
    pub failed_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
}

fn to_outbox(m: notification_outbox::Model) -> OutboxMessage {
    OutboxMessage {
        id: m.id,
        recipient: m.recipient,
        lang: m.lang,
        subject: m.subject,
        body: m.body,
        about: m.about,
        created_at: m.created_at,
        attempts: m.attempts,
        next_attempt_at: m.next_attempt_at,
        sent_at: m.sent_at,
        failed_at: m.failed_at,
        last_error: m.last_error,
    }
}

/// What a supplier has waiting for it: open cases (no decision yet) with their notices, and requests for information
/// about its bids, each with its deadline and whether it was answered. For its home page.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct SupplierOpenItems {
    pub cases: Vec<OpenCaseItem>,
    pub requests: Vec<OpenRequestItem>,
}

/// An open case of the supplier's contracts.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OpenCaseItem {
    pub case_id: i64,
    pub title: String,
    pub contract_id: i64,
    pub contract_number: String,
    pub opened_at: DateTime<Utc>,
    /// Every notice of the case, numbered from 1, with its dates and status on the day asked.
    pub notices: Vec<NoticeStatus>,
}

/// A request for information about one of the supplier's bids.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct OpenRequestItem {
    pub request_id: i64,
    pub declaration_id: i64,
    pub solicitation_number: String,
    pub subject: String,
    pub sent_on: chrono::NaiveDate,
    pub respond_by: chrono::NaiveDate,
    pub answered: bool,
    /// Deadline passed without an answer.
    pub overdue: bool,
}

impl Store {
    /// Puts a message about `count` new screening alerts on `list` ([`Occasion::ScreeningAlerts`]: found by an
    /// edition re-screening everything, or at the intake of `declaration`, its id and supplier's name) in the outbox
    /// of every enabled officer and auditor who has not turned these messages off ([`crate::domain::Account::screening_alerts`]),
    /// each in its language (both when it has none on record), in one transaction: all or none. Returns how many were queued (none when `count` is 0). The alerts themselves are
    /// the stored hits; this only tells of them.
    pub async fn notify_screening_alerts(
        &self,
        count: usize,
        list: crate::screening::ListKind,
        declaration: Option<(i64, &str)>,
        now: DateTime<Utc>,
    ) -> Result<usize, StorageError> {
        use super::entities::account;
        if count == 0 {
            return Ok(0);
        }
        let occasion = Occasion::ScreeningAlerts {
            count: u32::try_from(count).unwrap_or(u32::MAX),
            list: list.names(),
            declaration,
        };
        let txn = self.write().await?;
        let result = async {
            let accounts = account::Entity::find()
                .filter(
                    account::Column::Role
                        .is_in([AccountRole::Officer.as_ref(), AccountRole::Auditor.as_ref()].map(str::to_string)),
                )
                .filter(account::Column::Disabled.eq(false))
                .filter(account::Column::ScreeningAlerts.eq(true))
                .order_by_asc(account::Column::Id)
                .all(&*txn)
                .await?;
            enqueue_to(&*txn, &accounts, &occasion, now, &self.words).await
        }
        .await;
        txn.finish(result).await
    }

    /// Messages due for sending at `now` (not sent, not failed for good, next attempt due), oldest first, at most
    /// `limit` (1 to 1,000).
    pub async fn due_notifications(&self, now: DateTime<Utc>, limit: u64) -> Result<Vec<OutboxMessage>, StorageError> {
        Ok(notification_outbox::Entity::find()
            .filter(notification_outbox::Column::SentAt.is_null())
            .filter(notification_outbox::Column::FailedAt.is_null())
            .filter(notification_outbox::Column::NextAttemptAt.lte(now))
            .order_by_asc(notification_outbox::Column::Id)
            .limit(limit.clamp(1, 1_000))
            .all(&self.db)
            .await?
            .into_iter()
            .map(to_outbox)
            .collect())
    }

    /// The outbox, newest first (for administrators and tests), at most `limit` (1 to 1,000) messages.
    pub async fn outbox(&self, limit: u64) -> Result<Vec<OutboxMessage>, StorageError> {
        Ok(notification_outbox::Entity::find()
            .order_by_desc(notification_outbox::Column::Id)
            .limit(limit.clamp(1, 1_000))
            .all(&self.db)
            .await?
            .into_iter()
            .map(to_outbox)
            .collect())
    }

    /// Records what became of an attempt to send message `id` at `now`: sent; refused for good (`permanent`); or
    /// failed for now, to be tried again at `retry_at`.
    pub async fn record_delivery(
        &self,
        id: i64,
        now: DateTime<Utc>,
        outcome: Result<(), (String, bool)>,
        retry_at: DateTime<Utc>,
    ) -> Result<(), StorageError> {
        let txn = self.write_aside().await?;
        let done = async {
            let row = notification_outbox::Entity::find_by_id(id).one(&*txn).await?.ok_or(StorageError::NotFound)?;
            let attempts = row.attempts;
            let mut m: notification_outbox::ActiveModel = row.into();
            match outcome {
                Ok(()) => {
                    m.sent_at = Set(Some(now));
                    m.last_error = Set(None);
                }
                Err((error, permanent)) => {
                    m.attempts = Set(attempts.saturating_add(1));
                    m.last_error = Set(Some(error));
                    if permanent {
                        m.failed_at = Set(Some(now));
                    } else {
                        m.next_attempt_at = Set(retry_at);
                    }
                }
            }
            m.update(&*txn).await?;
            Ok(())
        }
        .await;
        txn.finish(done).await
    }

    /// What awaits the supplier of `business_number` on `today`: its open cases (no decision yet) with their notices,
    /// and the requests for information about its bids. Notices and requests keep their answered/overdue status, so
    /// a page can show what is new, due and late.
    pub async fn open_items_for_supplier(
        &self,
        business_number: &str,
        today: chrono::NaiveDate,
    ) -> Result<SupplierOpenItems, StorageError> {
        let contracts = self.list_contracts(Some(business_number)).await?;
        let mut cases = Vec::new();
        for k in &contracts {
            for id in self.cases_of(k.id).await? {
                let Some(c) = self.case(id).await? else { continue };
                if c.events.iter().any(|e| matches!(e.event, CaseEvent::Decision(_))) {
                    continue;
                }
                let notices = crate::cases::notices(&c.record(), today, false);
                cases.push(OpenCaseItem {
                    case_id: c.id,
                    title: c.title,
                    contract_id: k.id,
                    contract_number: k.contract.number.clone(),
                    opened_at: c.opened_at,
                    notices,
                });
            }
        }
        let requests = self.requests_for_supplier(business_number, today).await?;
        Ok(SupplierOpenItems { cases, requests })
    }
}

use super::entities::{case_attachment, evaluation_note, information_answer, information_request};

/// Writes one attachment inside the caller's transaction; returns its id.
async fn insert_attachment<C: ConnectionTrait>(
    db: &C,
    case_id: i64,
    event_id: i64,
    a: &NewAttachment,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<i64, StorageError> {
    let row = case_attachment::ActiveModel {
        id: NotSet,
        case_id: Set(case_id),
        event_id: Set(event_id),
        file_name: Set(a.file_name.clone()),
        media_type: Set(a.media_type.clone()),
        size: Set(i64::try_from(a.bytes.len()).unwrap_or(i64::MAX)),
        sha256: Set(a.sha256()),
        content: Set(a.bytes.clone()),
        uploaded_by: Set(actor.to_string()),
        uploaded_at: Set(now),
    }
    .insert(db)
    .await?;
    Ok(row.id)
}

/// A stored attachment with its bytes.
#[derive(Debug, Clone)]
pub struct StoredAttachment {
    pub info: AttachmentInfo,
    pub case_id: i64,
    pub bytes: Vec<u8>,
}

/// A request for information or clarification sent to a bidder, with its answers.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct StoredRequest {
    pub id: i64,
    /// The bid (declaration) it is about.
    pub declaration_id: i64,
    pub business_number: String,
    pub solicitation_number: String,
    pub subject: String,
    pub body: String,
    pub sent_on: chrono::NaiveDate,
    /// The last day to answer (inclusive).
    pub respond_by: chrono::NaiveDate,
    /// The e-mail of the officer who sent it; left out of what the bidder reads.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested_by: Option<String>,
    /// The officer's display name.
    pub requested_by_name: String,
    pub requested_at: DateTime<Utc>,
    pub answers: Vec<StoredAnswer>,
}

/// A bidder's answer to a request.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct StoredAnswer {
    pub id: i64,
    pub text: String,
    /// A newer declaration the answer points to, when it answers with one.
    pub declaration_id: Option<i64>,
    /// The e-mail of the bidder's account that answered.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub answered_by: Option<String>,
    /// Its display name.
    pub answered_by_name: String,
    pub answered_at: DateTime<Utc>,
}

/// An officer's evaluation note on a solicitation (and one of its bids).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct EvaluationNote {
    pub id: i64,
    pub solicitation_number: String,
    pub declaration_id: Option<i64>,
    pub text: String,
    /// The e-mail of the officer who wrote it (notes are read by the portfolio roles only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// The officer's display name.
    pub author_name: String,
    pub recorded_at: DateTime<Utc>,
}

/// A request to send.
#[derive(Debug, Clone)]
pub struct NewRequest {
    pub declaration_id: i64,
    pub business_number: String,
    pub solicitation_number: String,
    pub subject: String,
    pub body: String,
    pub respond_by: chrono::NaiveDate,
}

fn info(m: &case_attachment::Model) -> AttachmentInfo {
    AttachmentInfo {
        id: m.id,
        event_id: m.event_id,
        file_name: m.file_name.clone(),
        media_type: m.media_type.clone(),
        size: m.size,
        sha256: m.sha256.clone(),
    }
}

impl Store {
    /// The attachments of a case (without their bytes), in the order stored.
    pub async fn attachments_of_case(&self, case_id: i64) -> Result<Vec<AttachmentInfo>, StorageError> {
        // The bytes stay in the database: only the columns a list shows are read.
        Ok(case_attachment::Entity::find()
            .select_only()
            .columns([
                case_attachment::Column::Id,
                case_attachment::Column::EventId,
                case_attachment::Column::FileName,
                case_attachment::Column::MediaType,
                case_attachment::Column::Size,
                case_attachment::Column::Sha256,
            ])
            .filter(case_attachment::Column::CaseId.eq(case_id))
            .order_by_asc(case_attachment::Column::Id)
            .into_tuple::<(i64, i64, String, String, i64, String)>()
            .all(&self.db)
            .await?
            .into_iter()
            .map(|(id, event_id, file_name, media_type, size, sha256)| AttachmentInfo {
                id,
                event_id,
                file_name,
                media_type,
                size,
                sha256,
            })
            .collect())
    }

    /// One attachment with its bytes.
    pub async fn attachment(&self, id: i64) -> Result<Option<StoredAttachment>, StorageError> {
        Ok(case_attachment::Entity::find_by_id(id).one(&self.db).await?.map(|m| StoredAttachment {
            info: info(&m),
            case_id: m.case_id,
            bytes: m.content,
        }))
    }

    /// Sends a request for information to a bidder: the request, its audit entry and the messages to the bidder's
    /// accounts in one transaction. `sent_on` is today (UTC); returns the request's id.
    pub async fn create_information_request(&self, r: &NewRequest, actor: &str) -> Result<i64, StorageError> {
        let txn = self.write().await?;
        let id = async {
            let now = Utc::now();
            let row = information_request::ActiveModel {
                id: NotSet,
                declaration_id: Set(r.declaration_id),
                business_number: Set(r.business_number.clone()),
                solicitation_number: Set(r.solicitation_number.clone()),
                subject: Set(r.subject.clone()),
                body: Set(r.body.clone()),
                sent_on: Set(now.date_naive()),
                respond_by: Set(r.respond_by),
                requested_by: Set(actor.to_string()),
                requested_at: Set(now),
            }
            .insert(&*txn)
            .await?;
            let payload = serde_json::json!({
                "declaration_id": r.declaration_id, "solicitation_number": r.solicitation_number,
                "subject": r.subject, "body": r.body, "respond_by": r.respond_by,
            });
            let entry = AuditEvent::new(actor, "request.sent", format!("request/{}", row.id), payload);
            audit::append(&txn, &entry).await?;
            let occasion = Occasion::Request {
                request_id: row.id,
                solicitation_number: &r.solicitation_number,
                subject: &r.subject,
                respond_by: r.respond_by,
            };
            enqueue(&*txn, &r.business_number, &occasion, now, &self.words).await?;
            Ok(row.id)
        }
        .await;
        txn.finish(id).await
    }

    async fn answers_of(
        &self,
        request_id: i64,
        names: &HashMap<String, String>,
    ) -> Result<Vec<StoredAnswer>, StorageError> {
        Ok(information_answer::Entity::find()
            .filter(information_answer::Column::RequestId.eq(request_id))
            .order_by_asc(information_answer::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|a| StoredAnswer {
                id: a.id,
                text: a.text,
                declaration_id: a.declaration_id,
                answered_by_name: name_of(names, &a.answered_by),
                answered_by: Some(a.answered_by),
                answered_at: a.answered_at,
            })
            .collect())
    }

    async fn to_request(
        &self,
        m: information_request::Model,
        names: &HashMap<String, String>,
    ) -> Result<StoredRequest, StorageError> {
        let answers = self.answers_of(m.id, names).await?;
        Ok(StoredRequest {
            id: m.id,
            declaration_id: m.declaration_id,
            business_number: m.business_number,
            solicitation_number: m.solicitation_number,
            subject: m.subject,
            body: m.body,
            sent_on: m.sent_on,
            respond_by: m.respond_by,
            requested_by_name: name_of(names, &m.requested_by),
            requested_by: Some(m.requested_by),
            requested_at: m.requested_at,
            answers,
        })
    }

    /// One request with its answers.
    pub async fn information_request(&self, id: i64) -> Result<Option<StoredRequest>, StorageError> {
        match information_request::Entity::find_by_id(id).one(&self.db).await? {
            Some(m) => Ok(Some(self.to_request(m, &self.display_names().await?).await?)),
            None => Ok(None),
        }
    }

    /// The requests about a solicitation's bids, oldest first.
    pub async fn requests_for_solicitation(&self, number: &str) -> Result<Vec<StoredRequest>, StorageError> {
        let rows = information_request::Entity::find()
            .filter(information_request::Column::SolicitationNumber.eq(number))
            .order_by_asc(information_request::Column::Id)
            .all(&self.db)
            .await?;
        self.to_requests(rows).await
    }

    /// The requests sent to a supplier, newest first, with their answers.
    pub async fn requests_to_supplier(&self, business_number: &str) -> Result<Vec<StoredRequest>, StorageError> {
        let rows = information_request::Entity::find()
            .filter(information_request::Column::BusinessNumber.eq(business_number))
            .order_by_desc(information_request::Column::Id)
            .all(&self.db)
            .await?;
        self.to_requests(rows).await
    }

    async fn to_requests(&self, rows: Vec<information_request::Model>) -> Result<Vec<StoredRequest>, StorageError> {
        let mut out = Vec::with_capacity(rows.len());
        let names = self.display_names().await?;
        for m in rows {
            out.push(self.to_request(m, &names).await?);
        }
        Ok(out)
    }

    /// The requests sent to a supplier, newest first, with their status on `today`.
    pub async fn requests_for_supplier(
        &self,
        business_number: &str,
        today: chrono::NaiveDate,
    ) -> Result<Vec<OpenRequestItem>, StorageError> {
        let rows = information_request::Entity::find()
            .filter(information_request::Column::BusinessNumber.eq(business_number))
            .order_by_desc(information_request::Column::Id)
            .all(&self.db)
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for m in rows {
            let answered = information_answer::Entity::find()
                .filter(information_answer::Column::RequestId.eq(m.id))
                .count(&self.db)
                .await?
                > 0;
            out.push(OpenRequestItem {
                request_id: m.id,
                declaration_id: m.declaration_id,
                solicitation_number: m.solicitation_number,
                subject: m.subject,
                sent_on: m.sent_on,
                respond_by: m.respond_by,
                answered,
                overdue: !answered && m.respond_by < today,
            });
        }
        Ok(out)
    }

    /// Records a bidder's answer (text, and optionally the newer declaration it sent) with its audit entry.
    pub async fn answer_information_request(
        &self,
        request_id: i64,
        text: &str,
        declaration_id: Option<i64>,
        actor: &str,
    ) -> Result<i64, StorageError> {
        if information_request::Entity::find_by_id(request_id).one(&self.db).await?.is_none() {
            return Err(StorageError::NotFound);
        }
        let txn = self.write().await?;
        let id = async {
            let row = information_answer::ActiveModel {
                id: NotSet,
                request_id: Set(request_id),
                text: Set(text.to_string()),
                declaration_id: Set(declaration_id),
                answered_by: Set(actor.to_string()),
                answered_at: Set(Utc::now()),
            }
            .insert(&*txn)
            .await?;
            let payload = serde_json::json!({ "answer_id": row.id, "text": text, "declaration_id": declaration_id });
            audit::append(&txn, &AuditEvent::new(actor, "request.answered", format!("request/{request_id}"), payload))
                .await?;
            Ok(row.id)
        }
        .await;
        txn.finish(id).await
    }

    /// Records an evaluation note for a solicitation's file, with its audit entry.
    pub async fn add_evaluation_note(
        &self,
        solicitation_number: &str,
        declaration_id: Option<i64>,
        text: &str,
        actor: &str,
    ) -> Result<i64, StorageError> {
        let txn = self.write().await?;
        let id = async {
            let row = evaluation_note::ActiveModel {
                id: NotSet,
                solicitation_number: Set(solicitation_number.to_string()),
                declaration_id: Set(declaration_id),
                text: Set(text.to_string()),
                author: Set(actor.to_string()),
                recorded_at: Set(Utc::now()),
            }
            .insert(&*txn)
            .await?;
            let payload = serde_json::json!({ "note_id": row.id, "declaration_id": declaration_id, "text": text });
            let entry =
                AuditEvent::new(actor, "evaluation.note", format!("solicitation/{solicitation_number}"), payload);
            audit::append(&txn, &entry).await?;
            Ok(row.id)
        }
        .await;
        txn.finish(id).await
    }

    /// A solicitation's evaluation notes, oldest first.
    pub async fn evaluation_notes(&self, solicitation_number: &str) -> Result<Vec<EvaluationNote>, StorageError> {
        let rows = evaluation_note::Entity::find()
            .filter(evaluation_note::Column::SolicitationNumber.eq(solicitation_number))
            .order_by_asc(evaluation_note::Column::Id)
            .all(&self.db)
            .await?;
        self.notes_named(rows).await
    }

    /// One page of the evaluation notes made on any of `declarations` for a solicitation (a bid's chain of
    /// declarations), oldest first: at most `limit` from the `offset`-th, with how many there are in all. A note holds
    /// up to ten thousand characters: a bid's notes are read a page at a time, never all at once.
    pub async fn evaluation_notes_page(
        &self,
        solicitation_number: &str,
        declarations: &[i64],
        limit: u64,
        offset: u64,
    ) -> Result<(Vec<EvaluationNote>, u64), StorageError> {
        let of_bid = evaluation_note::Entity::find()
            .filter(evaluation_note::Column::SolicitationNumber.eq(solicitation_number))
            .filter(evaluation_note::Column::DeclarationId.is_in(declarations.iter().copied()));
        let total = of_bid.clone().count(&self.db).await?;
        let rows = of_bid.order_by_asc(evaluation_note::Column::Id).offset(offset).limit(limit).all(&self.db).await?;
        Ok((self.notes_named(rows).await?, total))
    }

    /// Notes as read, each with its author's display name.
    async fn notes_named(&self, rows: Vec<evaluation_note::Model>) -> Result<Vec<EvaluationNote>, StorageError> {
        let names = self.display_names().await?;
        Ok(rows
            .into_iter()
            .map(|n| EvaluationNote {
                id: n.id,
                solicitation_number: n.solicitation_number,
                declaration_id: n.declaration_id,
                text: n.text,
                author_name: name_of(&names, &n.author),
                author: Some(n.author),
                recorded_at: n.recorded_at,
            })
            .collect())
    }
}

/// The display name of the account with this e-mail; an actor that is no account's (`cli`, `demo`), or an account
/// without a name, stays as recorded.
fn name_of(names: &HashMap<String, String>, who: &str) -> String {
    names.get(who).cloned().unwrap_or_else(|| who.to_string())
}
