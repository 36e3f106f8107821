//! Screening storage: list editions with their entries and their diff against the edition before, hits (a party of a
//! declaration taken for a list entry, with its evidence), and officers' decisions on hits (each with its audit
//! entry). A decision is remembered against (list, entry key, entry content hash, party key): the same entry against
//! the same party is never asked again unless the entry changes.

use std::collections::{HashMap, HashSet};

use chrono::{NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use serde::Serialize;

use super::audit::{self, AuditEvent};
use super::entities::{
    declaration, screening_decision as decision, screening_edition as edition, screening_entry as entry,
    screening_hit as hit, site_score,
};
use super::{StorageError, Store, bound};
use crate::domain::Declaration;
use crate::domain::legal_form::identity_name as normalise_name;
use crate::screening::matching::{Evidence, PartyKind};
use crate::screening::{
    CurrentEdition, EditionDiff, EditionSource, Entry, EntrySearch, ListKind, OlderEdition, ScreeningRun, diff,
};

/// Who imports an edition or acts from the command line (the server's operator), as editions and the audit log
/// record it; pages say it in words (`screening-imported_by_cli`).
pub const COMMAND_LINE: &str = "cli";

/// Who stores an assessment when a declaration is screened at intake and the effects of hits already confirmed are
/// applied to it, as the audit log records it; pages say it in words (`admin-actor_screening`).
pub const SCREENING_AT_INTAKE: &str = "screening";

/// An edition as listed: which list, its version, where it came from, how many entries, what changed.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct EditionSummary {
    pub id: i64,
    #[schema(value_type = String)]
    pub list: ListKind,
    /// 1 for a list's first edition, then 2, 3 …
    pub version: i32,
    pub source: EditionSource,
    pub file_name: String,
    pub sha256: String,
    pub entry_count: i32,
    /// The e-mail of the account that imported it ([`COMMAND_LINE`], `cli`, from the command line).
    pub imported_by: String,
    /// Its display name.
    pub imported_by_name: String,
    /// RFC 3339.
    pub imported_at: String,
    /// Entries added, removed and changed against the edition before.
    pub added: usize,
    pub removed: usize,
    pub changed: usize,
    /// What re-screening every stored declaration against it did when it was imported; `None` for an edition
    /// imported before this was kept (or whose re-screening has not ended).
    pub rescreen: Option<ScreeningRun>,
}

/// What screening against an edition reads of it: which edition of which list, and its file (an index of its
/// entries is kept by file and day).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditionKey {
    pub id: i64,
    pub list: ListKind,
    pub sha256: String,
}

impl From<&EditionSummary> for EditionKey {
    fn from(e: &EditionSummary) -> Self {
        EditionKey { id: e.id, list: e.list, sha256: e.sha256.clone() }
    }
}

/// What importing an edition did.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ImportedEdition {
    pub edition: EditionSummary,
    /// The same file was imported before: nothing new stored, the earlier edition answered.
    pub already_imported: bool,
    pub diff: EditionDiff,
}

/// A hit's state: open (an alert for officers), confirmed or dismissed (by a decision, perhaps one taken on an
/// earlier edition for the same unchanged entry and the same party), or closed without a decision because nothing
/// is left to decide: the entry as matched is no longer on the list's latest edition (removed, or changed and
/// matched anew), or a newer declaration replaced the one the hit is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::Display, strum::EnumString, strum::AsRefStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum HitStatus {
    Open,
    Confirmed,
    Dismissed,
    /// Closed: the entry, as it was when matched, is not on the list's latest edition. It cannot be confirmed.
    EntryRemoved,
    /// Closed: a newer declaration of the supplier replaced the hit's declaration (which is screened no more).
    Superseded,
}

/// What makes one stored hit: list, entry key, entry content hash, party key, declaration and site.
type HitKey = (String, String, String, String, i64, Option<String>);

/// A hit found by screening, before it is stored.
#[derive(Debug, Clone)]
pub struct NewHit {
    pub list: ListKind,
    pub edition_id: i64,
    pub entry: Entry,
    pub party_kind: PartyKind,
    pub party_key: String,
    pub party_name: String,
    pub declaration_id: i64,
    pub site_ref: Option<String>,
    pub evidence: Evidence,
}

/// A stored hit.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct StoredHit {
    pub id: i64,
    #[schema(value_type = String)]
    pub list: ListKind,
    /// The edition the hit was first found in.
    pub edition_id: i64,
    pub entry_key: String,
    /// The SHA-256 of the entry's content as matched (a decision is remembered for this content).
    pub entry_hash: String,
    pub entry_name: String,
    /// `supplier`, `operator` or `site`.
    #[schema(value_type = String)]
    pub party_kind: PartyKind,
    pub party_key: String,
    pub party_name: String,
    pub declaration_id: i64,
    pub site_ref: Option<String>,
    pub evidence: Evidence,
    /// `open`, `confirmed` or `dismissed`.
    #[schema(value_type = String)]
    pub status: HitStatus,
    pub decision: Option<StoredDecision>,
    /// RFC 3339.
    pub found_at: String,
}

/// Where a hit's entry stands now ([`Store::hits_standing`]).
#[derive(Debug, Clone)]
pub enum HitStanding {
    /// The list's latest edition no longer gives the entry: the edition that removed it.
    Removed(EditionSummary),
    /// The entry as the list's latest edition gives it, and the first edition of the unbroken run of latest editions
    /// giving it so (the edition that last changed it).
    Listed { entry: Box<Entry>, since: EditionSummary },
}

/// An officer's decision on a hit.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct StoredDecision {
    pub id: i64,
    pub confirmed: bool,
    pub note: String,
    /// The e-mail of the officer who decided.
    pub decided_by: String,
    /// The officer's display name.
    pub decided_by_name: String,
    /// RFC 3339.
    pub decided_at: String,
}

fn summary(m: &edition::Model, names: &HashMap<String, String>) -> Result<EditionSummary, StorageError> {
    let d: EditionDiff = serde_json::from_str(&m.diff)?;
    Ok(EditionSummary {
        id: m.id,
        list: m.list_kind.parse().map_err(|_| StorageError::corrupt(format!("list kind {}", m.list_kind)))?,
        version: m.version,
        source: EditionSource {
            publisher: m.publisher.clone(),
            address: m.address.clone(),
            licence: m.licence.clone(),
            label: m.label.clone(),
            published_on: m.published_on,
        },
        file_name: m.file_name.clone(),
        sha256: m.sha256.clone(),
        entry_count: m.entry_count,
        imported_by: m.imported_by.clone(),
        imported_by_name: names.get(&m.imported_by).cloned().unwrap_or_else(|| m.imported_by.clone()),
        imported_at: m.imported_at.to_rfc3339(),
        added: d.added.len(),
        removed: d.removed.len(),
        changed: d.changed.len(),
        rescreen: m.rescreen.as_deref().map(serde_json::from_str).transpose()?,
    })
}

fn decision_of(m: &decision::Model, names: &HashMap<String, String>) -> StoredDecision {
    StoredDecision {
        id: m.id,
        confirmed: m.confirmed,
        note: m.note.clone(),
        decided_by: m.decided_by.clone(),
        decided_by_name: names.get(&m.decided_by).cloned().unwrap_or_else(|| m.decided_by.clone()),
        decided_at: m.decided_at.to_rfc3339(),
    }
}

fn stored_hit(
    m: hit::Model,
    decisions: &HashMap<i64, decision::Model>,
    names: &HashMap<String, String>,
) -> Result<StoredHit, StorageError> {
    Ok(StoredHit {
        id: m.id,
        list: m.list_kind.parse().map_err(|_| StorageError::corrupt(format!("list kind {}", m.list_kind)))?,
        edition_id: m.edition_id,
        entry_key: m.entry_key,
        entry_hash: m.entry_hash,
        entry_name: m.entry_name,
        party_kind: m.party_kind.parse().map_err(|_| StorageError::corrupt(format!("party kind {}", m.party_kind)))?,
        party_key: m.party_key,
        party_name: m.party_name,
        declaration_id: m.declaration_id,
        site_ref: m.site_ref,
        evidence: serde_json::from_str(&m.evidence)?,
        status: m.status.parse().map_err(|_| StorageError::corrupt(format!("hit status {}", m.status)))?,
        decision: m.decision_id.and_then(|d| decisions.get(&d)).map(|d| decision_of(d, names)),
        found_at: m.found_at.to_rfc3339(),
    })
}

/// Which hits to list: every filter given holds (none given, every hit).
#[derive(Debug, Clone, Default)]
pub struct HitFilter {
    pub status: Option<HitStatus>,
    pub declaration_id: Option<i64>,
    pub edition_id: Option<i64>,
    /// Only the hits on one list.
    pub list: Option<ListKind>,
    /// Only the hits whose party's name or entry's name holds the words (folded as `fold_words` folds them), or
    /// whose entry's key holds the text ([`EntrySearch`]); empty, every hit.
    pub search: EntrySearch,
    pub limit: u64,
    pub offset: u64,
}

/// The rows of `screening_hit` a filter selects, its search aside (free text is folded in Rust, the same on both
/// databases).
fn hit_rows(f: &HitFilter) -> sea_orm::Select<hit::Entity> {
    let mut q = hit::Entity::find();
    if let Some(s) = f.status {
        q = q.filter(hit::Column::Status.eq(s.to_string()));
    }
    if let Some(d) = f.declaration_id {
        q = q.filter(hit::Column::DeclarationId.eq(d));
    }
    if let Some(e) = f.edition_id {
        q = q.filter(hit::Column::EditionId.eq(e));
    }
    if let Some(l) = f.list {
        q = q.filter(hit::Column::ListKind.eq(l.to_string()));
    }
    q
}

/// What open hits the count of decisions waiting leaves out, so that every count shown adds up
/// ([`Store::open_screening_tally`]): `open_hits` = `decisions` + `settled_together` + `of_replaced`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct OpenTally {
    /// Decisions officers must still take: the open hits of current declarations, once per list entry (as matched)
    /// and party ([`Store::count_open_screening_hits`]).
    pub decisions: u64,
    /// Every hit with the status `open`, whatever its declaration.
    pub open_hits: u64,
    /// Open hits of current declarations that the decision on another hit of the same entry and party settles.
    pub settled_together: u64,
    /// Open hits of declarations a newer one replaced: closed as `superseded` at the next intake or import, nothing
    /// to decide.
    pub of_replaced: u64,
}

impl HitFilter {
    /// The confirmed hits of a declaration (at most 1,000: far more than a declaration has).
    pub fn confirmed_of(declaration_id: i64) -> Self {
        HitFilter {
            status: Some(HitStatus::Confirmed),
            declaration_id: Some(declaration_id),
            limit: 1000,
            ..HitFilter::default()
        }
    }
}

/// What storing hits did ([`Store::record_screening_hits`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RecordedHits {
    /// The hits newly stored as open: the new alerts.
    pub opened: Vec<i64>,
    /// Of `opened`: on an entry that changed since it was matched against the same party of the same declaration
    /// (the changed entry is asked again).
    pub asked_again: usize,
    /// Of `opened`: hits closed before because their entry, as matched, had left the list, opened again because an
    /// edition lists the entry again as it was matched (re-opened, not new).
    pub reopened: usize,
    /// Hits stored with the status of a decision already taken on the same entry, unchanged, and the same party.
    pub remembered: usize,
}

/// Why a hit's state changed, as its audit entry says it (`screening.hits_<cause>`, with the hits' ids).
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::AsRefStr)]
#[strum(serialize_all = "snake_case")]
enum HitCause {
    /// Stored open: an entry never matched against that party of that declaration (`hits_opened_entry_added`).
    OpenedEntryAdded,
    /// Stored open: the entry changed since it was matched against that party of that declaration (asked again).
    OpenedEntryChanged,
    /// Opened again: a hit closed because its entry left the list, listed again as it was matched.
    Reopened,
    /// Stored with the status of a decision already taken on the same entry, unchanged, and the same party.
    DecisionRemembered,
    /// Closed: the latest edition no longer lists the entry.
    ClosedEntryRemoved,
    /// Closed: the latest edition lists the entry changed (its hits on the changed entry are asked again).
    ClosedEntryChanged,
    /// Closed: a newer declaration replaced the hit's declaration.
    ClosedSuperseded,
}

/// Appends, for each cause with hits, one audit entry `screening.hits_<cause>` naming the hits (ids, in order) and
/// the list, on `target`.
async fn audit_hits(
    txn: &sea_orm::DatabaseTransaction,
    actor: &str,
    target: &str,
    list: Option<&str>,
    by_cause: &[(HitCause, Vec<i64>)],
) -> Result<(), StorageError> {
    let events: Vec<AuditEvent> = by_cause
        .iter()
        .filter(|(_, hits)| !hits.is_empty())
        .map(|(cause, hits)| {
            let payload = serde_json::json!({"list": list, "cause": cause.as_ref(), "hits": hits});
            AuditEvent::new(actor, format!("screening.hits_{}", cause.as_ref()), target, payload)
        })
        .collect();
    audit::append_all(txn, &events).await?;
    Ok(())
}

/// The open hits an edition closed ([`Store::close_screening_hits_off_list`]), by why.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ClosedHits {
    /// The edition no longer lists the entry.
    pub removed: usize,
    /// The edition lists the entry changed.
    pub changed: usize,
}

/// A decided hit whose state became the latest decision on its entry as the list's latest edition gives it
/// ([`Store::restate_screening_hits`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Restated {
    pub hit: i64,
    pub declaration_id: i64,
}

/// What an officer's decision changed ([`Store::decide_screening_hit`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DecidedHits {
    /// The hit decided and every open hit of the same entry (unchanged) against the same party.
    pub hits: Vec<i64>,
    /// Hits of the same entry before it changed, against the same party, whose state is now this decision.
    pub restated: Vec<Restated>,
}

/// Whether decision `d` was taken on a party named as `party_name`, both folded as
/// `domain::legal_form::identity_name` folds them (case, accents, punctuation, legal forms): a decision is remembered
/// for the same entry, the same party key *and the same name matched* (`screening_decision.party_name`, kept with the
/// decision). A party renamed, or another party at the same key (a site keyed by its Open Supply Hub ID named
/// otherwise by another declaration, a supplier sharing a business number), is asked again: a look-alike dismissed
/// there is no answer for the listed name written exactly here. A decision with no name (stored before decisions
/// named their party, on hits since gone) is remembered for none.
fn decided_on(d: &decision::Model, party_name: &str) -> bool {
    !d.party_name.is_empty() && normalise_name(&d.party_name) == normalise_name(party_name)
}

/// Sets each decided hit of `list` (of one entry key and party when `only` says so) to the latest decision on its
/// entry as the list's latest edition gives it against the same party: the state of a hit is its latest decision
/// on the latest edition. A hit confirmed on an entry that then changed, whose changed entry was dismissed against
/// the same party, is dismissed with that decision; listed again as it was, it is confirmed again with its own. A
/// hit whose entry the latest edition does not give, or gives with content no one decided against the party, keeps
/// its state. Returns the hits changed.
async fn restate(
    db: &impl sea_orm::ConnectionTrait,
    list: ListKind,
    only: Option<(&str, &str)>,
) -> Result<Vec<Restated>, StorageError> {
    let kind = list.to_string();
    let decided = [HitStatus::Confirmed.to_string(), HitStatus::Dismissed.to_string()];
    let Some(latest) = edition::Entity::find()
        .filter(edition::Column::ListKind.eq(&kind))
        .order_by_desc(edition::Column::Version)
        .one(db)
        .await?
    else {
        return Ok(Vec::new());
    };
    let mut q = hit::Entity::find()
        .filter(hit::Column::ListKind.eq(&kind))
        .filter(hit::Column::Status.is_in(decided.clone()))
        .order_by_asc(hit::Column::Id);
    if let Some((key, party)) = only {
        q = q.filter(hit::Column::EntryKey.eq(key)).filter(hit::Column::PartyKey.eq(party));
    }
    let hits = q.all(db).await?;
    if hits.is_empty() {
        return Ok(Vec::new());
    }
    let keys: Vec<String> = hits.iter().map(|h| h.entry_key.clone()).collect::<HashSet<_>>().into_iter().collect();
    let mut latest_hash: HashMap<String, String> = HashMap::new();
    for chunk in keys.chunks(500) {
        latest_hash.extend(
            entry::Entity::find()
                .select_only()
                .columns([entry::Column::EntryKey, entry::Column::ContentHash])
                .filter(entry::Column::EditionId.eq(latest.id))
                .filter(entry::Column::EntryKey.is_in(chunk.to_vec()))
                .into_tuple::<(String, String)>()
                .all(db)
                .await?,
        );
    }
    let parties: Vec<String> = hits.iter().map(|h| h.party_key.clone()).collect::<HashSet<_>>().into_iter().collect();
    // Every decision on each (entry key, content, party) of the list, oldest first.
    let mut decisions: HashMap<(String, String, String), Vec<decision::Model>> = HashMap::new();
    for chunk in parties.chunks(500) {
        for d in decision::Entity::find()
            .filter(decision::Column::ListKind.eq(&kind))
            .filter(decision::Column::PartyKey.is_in(chunk.to_vec()))
            .order_by_asc(decision::Column::Id)
            .all(db)
            .await?
        {
            decisions.entry((d.entry_key.clone(), d.entry_hash.clone(), d.party_key.clone())).or_default().push(d);
        }
    }
    let mut changed = Vec::new();
    for h in hits {
        let Some(hash) = latest_hash.get(&h.entry_key) else { continue };
        // The latest decision on the entry as it stands, against the party so named.
        let Some(d) = decisions
            .get(&(h.entry_key.clone(), hash.clone(), h.party_key.clone()))
            .and_then(|ds| ds.iter().rev().find(|d| decided_on(d, &h.party_name)))
        else {
            continue;
        };
        let status = if d.confirmed { HitStatus::Confirmed } else { HitStatus::Dismissed };
        if h.decision_id == Some(d.id) && h.status == status.to_string() {
            continue;
        }
        let done = hit::Entity::update_many()
            .col_expr(hit::Column::Status, Expr::value(status.to_string()))
            .col_expr(hit::Column::DecisionId, Expr::value(d.id))
            .filter(hit::Column::Id.eq(h.id))
            .filter(hit::Column::Status.is_in(decided.clone()))
            .exec(db)
            .await?;
        if done.rows_affected == 1 {
            changed.push(Restated { hit: h.id, declaration_id: h.declaration_id });
        }
    }
    Ok(changed)
}

/// The conflict of a hit no longer open: its status and, when an officer decided it, who and when (a decision that
/// cannot be read leaves them out rather than hide the conflict).
async fn decided_clash(db: &impl sea_orm::ConnectionTrait, h: hit::Model) -> StorageError {
    let d = match h.decision_id {
        Some(id) => decision::Entity::find_by_id(id).one(db).await.ok().flatten(),
        None => None,
    };
    // The decider by the name pages show (the account's display name), its e-mail only when it has none.
    let names = super::accounts::display_names_on(db).await.unwrap_or_default();
    StorageError::Conflict(super::Clash::HitDecided {
        hit: h.id,
        status: h.status,
        by: d.as_ref().map(|d| names.get(&d.decided_by).cloned().unwrap_or_else(|| d.decided_by.clone())),
        at: d.map(|d| d.decided_at),
    })
}

impl Store {
    /// Stores a new edition of a list with its entries and its diff against the list's latest edition, with its
    /// audit entry, in one transaction. A file equal (SHA-256) to the list's latest edition is not stored again:
    /// importing it answers that edition. A file equal to an older edition only is a new edition. A file dated
    /// before the latest edition is `Clash::OlderEdition` unless `older` makes it current (checked in the
    /// transaction, so that two imports at once cannot put an older edition last unseen).
    #[allow(clippy::too_many_arguments)] // the edition's parts as the service reads them; a struct would rename them
    pub async fn import_screening_edition(
        &self,
        list: ListKind,
        source: &EditionSource,
        file_name: &str,
        sha256: &str,
        entries: &[Entry],
        actor: &str,
        older: OlderEdition,
    ) -> Result<ImportedEdition, StorageError> {
        let txn = self.write().await?;
        let result = async {
            let kind = list.to_string();
            let previous = edition::Entity::find()
                .filter(edition::Column::ListKind.eq(&kind))
                .order_by_desc(edition::Column::Version)
                .one(&*txn)
                .await?;
            // Only the latest edition counts: a file equal to an older one is a return to it (A, then B, then A
            // again), a new edition.
            if let Some(m) = previous.as_ref().filter(|p| p.sha256 == sha256) {
                let d: EditionDiff = serde_json::from_str(&m.diff)?;
                let names = super::accounts::display_names_on(&*txn).await?;
                return Ok(ImportedEdition { edition: summary(m, &names)?, already_imported: true, diff: d });
            }
            let older_than = previous.as_ref().filter(|p| source.published_on < p.published_on);
            if let (Some(p), OlderEdition::Refuse) = (older_than, older) {
                let current = CurrentEdition { list, version: p.version, id: p.id, published_on: p.published_on };
                return Err(StorageError::Conflict(super::Clash::OlderEdition {
                    current,
                    refused: source.published_on,
                }));
            }
            let older_than = older_than.map(|p| p.id);
            let old = match &previous {
                Some(p) => entries_of(&*txn, p.id).await?,
                None => Vec::new(),
            };
            let d = diff(previous.as_ref().map(|p| p.id), &old, entries);
            let row = edition::ActiveModel {
                id: NotSet,
                list_kind: Set(kind.clone()),
                version: Set(previous.as_ref().map_or(1, |p| p.version + 1)),
                label: Set(source.label.clone()),
                publisher: Set(source.publisher.clone()),
                address: Set(source.address.clone()),
                licence: Set(source.licence.clone()),
                published_on: Set(source.published_on),
                file_name: Set(file_name.to_string()),
                sha256: Set(sha256.to_string()),
                entry_count: Set(i32::try_from(entries.len()).unwrap_or(i32::MAX)),
                diff: Set(serde_json::to_string(&d)?),
                imported_by: Set(actor.to_string()),
                imported_at: Set(Utc::now()),
                rescreen: Set(None),
            }
            .insert(&*txn)
            .await?;
            for chunk in entries.chunks(500) {
                let rows: Vec<entry::ActiveModel> = chunk
                    .iter()
                    .map(|e| {
                        Ok(entry::ActiveModel {
                            id: NotSet,
                            edition_id: Set(row.id),
                            entry_key: Set(e.key.clone()),
                            content_hash: Set(e.content_hash()),
                            document: Set(serde_json::to_string(e)?),
                        })
                    })
                    .collect::<Result<_, StorageError>>()?;
                entry::Entity::insert_many(rows).exec(&*txn).await?;
            }
            let mut payload = serde_json::json!({
                "list": kind, "version": row.version, "label": source.label, "publisher": source.publisher,
                "licence": source.licence, "published_on": source.published_on, "file_name": file_name,
                "sha256": sha256, "entries": entries.len(),
                "added": d.added.len(), "removed": d.removed.len(), "changed": d.changed.len(),
            });
            // An edition dated before the one it replaces, imported as meant: the audit says which it replaced.
            if let (Some(id), Some(p)) = (older_than, payload.as_object_mut()) {
                p.insert("older_than".into(), serde_json::json!(id));
            }
            let event =
                AuditEvent::new(actor, "screening.edition_imported", format!("screening_edition/{}", row.id), payload);
            audit::append(&txn, &event).await?;
            let names = super::accounts::display_names_on(&*txn).await?;
            Ok(ImportedEdition { edition: summary(&row, &names)?, already_imported: false, diff: d })
        }
        .await;
        txn.finish(result).await
    }

    /// Every edition, newest first, optionally of one list.
    pub async fn screening_editions(&self, list: Option<ListKind>) -> Result<Vec<EditionSummary>, StorageError> {
        let mut q = edition::Entity::find().order_by_desc(edition::Column::Id);
        if let Some(l) = list {
            q = q.filter(edition::Column::ListKind.eq(l.to_string()));
        }
        let names = self.display_names().await?;
        q.all(&self.db).await?.iter().map(|m| summary(m, &names)).collect()
    }

    /// The latest edition of each list that has one, as screening reads it: one query of three columns (no diff,
    /// no importer's name), newest first.
    pub async fn latest_screening_editions(&self) -> Result<Vec<EditionKey>, StorageError> {
        let latest = sea_orm::sea_query::Query::select()
            .expr(sea_orm::sea_query::Func::max(Expr::col(edition::Column::Id)))
            .from(edition::Entity)
            .group_by_col(edition::Column::ListKind)
            .to_owned();
        edition::Entity::find()
            .select_only()
            .columns([edition::Column::Id, edition::Column::ListKind, edition::Column::Sha256])
            .filter(edition::Column::Id.in_subquery(latest))
            .order_by_desc(edition::Column::Id)
            .into_tuple::<(i64, String, String)>()
            .all(&self.db)
            .await?
            .into_iter()
            .map(|(id, list, sha256)| {
                let list = list.parse().map_err(|_| StorageError::corrupt(format!("list kind {list}")))?;
                Ok(EditionKey { id, list, sha256 })
            })
            .collect()
    }

    /// One edition and its diff.
    pub async fn screening_edition(&self, id: i64) -> Result<Option<(EditionSummary, EditionDiff)>, StorageError> {
        let Some(m) = edition::Entity::find_by_id(id).one(&self.db).await? else { return Ok(None) };
        Ok(Some((summary(&m, &self.display_names().await?)?, serde_json::from_str(&m.diff)?)))
    }

    /// The entries of an edition, in file order.
    pub async fn screening_entries(&self, edition_id: i64) -> Result<Vec<Entry>, StorageError> {
        entries_of(&self.db, edition_id).await
    }

    /// Current declarations (not superseded) with id above `after`, in id order, at most `limit`.
    pub async fn current_declarations(&self, after: i64, limit: u64) -> Result<Vec<(i64, Declaration)>, StorageError> {
        declaration::Entity::find()
            .filter(declaration::Column::Id.gt(after))
            .filter(declaration::Column::SupersededById.is_null())
            .order_by_asc(declaration::Column::Id)
            .limit(bound(limit))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|r| Ok((r.id, super::document::unpack(r.document_gz.as_deref(), &r.document)?)))
            .collect()
    }

    /// Stores hits not stored before (the same entry, unchanged, against the same party of the same declaration is
    /// one hit whatever the edition), each taking the status of a decision already taken on that entry and party.
    /// Returns what was stored: the hits newly stored as open (the new alerts), how many of them are on an entry
    /// that changed since it was matched against the same party (asked again), how many were closed hits opened again
    /// (their entry listed again as matched), and how many took a decision. Each kind of change is audited apart, by
    /// `actor`, on the edition that found the hits: `screening.hits_opened_entry_added`,
    /// `screening.hits_opened_entry_changed`, `screening.hits_reopened`, `screening.hits_decision_remembered`.
    pub async fn record_screening_hits(&self, hits: &[NewHit], actor: &str) -> Result<RecordedHits, StorageError> {
        if hits.is_empty() {
            return Ok(RecordedHits::default());
        }
        let txn = self.write().await?;
        let result = async {
            let declarations: Vec<i64> =
                hits.iter().map(|h| h.declaration_id).collect::<HashSet<_>>().into_iter().collect();
            let parties: Vec<String> =
                hits.iter().map(|h| h.party_key.clone()).collect::<HashSet<_>>().into_iter().collect();
            // The hits stored (and those stored by this call), by what makes one: the id of a hit closed because its
            // entry left the list, which is opened again when the entry, as it was matched, is back; `None` for any
            // other, which is not stored twice.
            let mut existing: HashMap<HitKey, Option<i64>> = HashMap::new();
            // (list, entry key, party, declaration, site) of the hits stored: one on another content of the entry
            // makes a new hit a question asked again.
            let mut matched_before = HashSet::new();
            for chunk in declarations.chunks(500) {
                for m in hit::Entity::find().filter(hit::Column::DeclarationId.is_in(chunk.to_vec())).all(&*txn).await?
                {
                    matched_before.insert((
                        m.list_kind.clone(),
                        m.entry_key.clone(),
                        m.party_key.clone(),
                        m.declaration_id,
                        m.site_ref.clone(),
                    ));
                    let reopens = (m.status == HitStatus::EntryRemoved.to_string()).then_some(m.id);
                    existing.insert(
                        (m.list_kind, m.entry_key, m.entry_hash, m.party_key, m.declaration_id, m.site_ref),
                        reopens,
                    );
                }
            }
            // Every decision on each (list, entry key, content, party), oldest first: the latest taken on the party
            // named as matched is remembered.
            let mut decided: HashMap<(String, String, String, String), Vec<decision::Model>> = HashMap::new();
            for chunk in parties.chunks(500) {
                for d in decision::Entity::find()
                    .filter(decision::Column::PartyKey.is_in(chunk.to_vec()))
                    .order_by_asc(decision::Column::Id)
                    .all(&*txn)
                    .await?
                {
                    decided
                        .entry((d.list_kind.clone(), d.entry_key.clone(), d.entry_hash.clone(), d.party_key.clone()))
                        .or_default()
                        .push(d);
                }
            }
            let mut recorded = RecordedHits::default();
            // The hits changed, by edition and list, then by why.
            let mut audited: std::collections::BTreeMap<(i64, String), [Vec<i64>; 4]> =
                std::collections::BTreeMap::new();
            let now = Utc::now();
            for h in hits {
                let kind = h.list.to_string();
                let hash = h.entry.content_hash();
                let key = (
                    kind.clone(),
                    h.entry.key.clone(),
                    hash.clone(),
                    h.party_key.clone(),
                    h.declaration_id,
                    h.site_ref.clone(),
                );
                let closed_before = match existing.insert(key, None) {
                    Some(None) => continue,
                    stored => stored.flatten(),
                };
                // The latest decision taken on the party so named.
                let d = decided
                    .get(&(kind.clone(), h.entry.key.clone(), hash.clone(), h.party_key.clone()))
                    .and_then(|ds| ds.iter().rev().find(|d| decided_on(d, &h.party_name)));
                let status = match d {
                    Some(d) if d.confirmed => HitStatus::Confirmed,
                    Some(_) => HitStatus::Dismissed,
                    None => HitStatus::Open,
                };
                let model = hit::ActiveModel {
                    id: closed_before.map_or(NotSet, Set),
                    edition_id: Set(h.edition_id),
                    list_kind: Set(kind),
                    entry_key: Set(h.entry.key.clone()),
                    entry_hash: Set(hash),
                    entry_name: Set(h.entry.name.clone()),
                    party_kind: Set(h.party_kind.to_string()),
                    party_key: Set(h.party_key.clone()),
                    party_name: Set(h.party_name.clone()),
                    declaration_id: Set(h.declaration_id),
                    site_ref: Set(h.site_ref.clone()),
                    evidence: Set(serde_json::to_string(&h.evidence)?),
                    status: Set(status.to_string()),
                    decision_id: Set(d.map(|d| d.id)),
                    found_at: Set(now),
                };
                // An entry back on the list after an edition that left it out: its closed hit is the same question,
                // asked again from this edition (a decision taken on the same content still stands).
                let row = match closed_before {
                    Some(_) => model.update(&*txn).await?,
                    None => model.insert(&*txn).await?,
                };
                let again = matched_before.contains(&(
                    row.list_kind.clone(),
                    row.entry_key.clone(),
                    row.party_key.clone(),
                    row.declaration_id,
                    row.site_ref.clone(),
                ));
                let [added, changed, reopened, remembered] =
                    audited.entry((row.edition_id, row.list_kind.clone())).or_default();
                if status == HitStatus::Open {
                    recorded.opened.push(row.id);
                    if closed_before.is_some() {
                        recorded.reopened += 1;
                        reopened.push(row.id);
                    } else if again {
                        recorded.asked_again += 1;
                        changed.push(row.id);
                    } else {
                        added.push(row.id);
                    }
                } else {
                    recorded.remembered += 1;
                    remembered.push(row.id);
                }
                matched_before.insert((row.list_kind, row.entry_key, row.party_key, row.declaration_id, row.site_ref));
            }
            for ((edition_id, list), [added, changed, reopened, remembered]) in audited {
                let by_cause = [
                    (HitCause::OpenedEntryAdded, added),
                    (HitCause::OpenedEntryChanged, changed),
                    (HitCause::Reopened, reopened),
                    (HitCause::DecisionRemembered, remembered),
                ];
                audit_hits(&txn, actor, &format!("screening_edition/{edition_id}"), Some(list.as_str()), &by_cause)
                    .await?;
            }
            Ok(recorded)
        }
        .await;
        txn.finish(result).await
    }

    /// Hits, newest first.
    pub async fn screening_hits(&self, f: &HitFilter) -> Result<Vec<StoredHit>, StorageError> {
        let rows = if f.search.is_empty() {
            hit_rows(f)
                .order_by_desc(hit::Column::Id)
                .offset(bound(f.offset))
                .limit(bound(f.limit.max(1)))
                .all(&self.db)
                .await?
        } else {
            let found = self.searched_hit_ids(f).await?;
            let page: Vec<i64> = found
                .into_iter()
                .skip(usize::try_from(f.offset).unwrap_or(usize::MAX))
                .take(usize::try_from(f.limit.max(1)).unwrap_or(usize::MAX))
                .collect();
            if page.is_empty() {
                Vec::new()
            } else {
                hit::Entity::find()
                    .filter(hit::Column::Id.is_in(page))
                    .order_by_desc(hit::Column::Id)
                    .all(&self.db)
                    .await?
            }
        };
        self.with_decisions(rows).await
    }

    /// The ids of the hits a filter with a search selects, newest first: the other filters in the query, the names
    /// read and folded here.
    async fn searched_hit_ids(&self, f: &HitFilter) -> Result<Vec<i64>, StorageError> {
        let rows: Vec<(i64, String, String, String)> = hit_rows(f)
            .select_only()
            .columns([hit::Column::Id, hit::Column::EntryKey, hit::Column::PartyName, hit::Column::EntryName])
            .order_by_desc(hit::Column::Id)
            .into_tuple()
            .all(&self.db)
            .await?;
        Ok(rows
            .into_iter()
            .filter(|(_, key, party, entry)| f.search.holds(key, [party.as_str(), entry.as_str()].into_iter()))
            .map(|(id, ..)| id)
            .collect())
    }

    async fn with_decisions(&self, rows: Vec<hit::Model>) -> Result<Vec<StoredHit>, StorageError> {
        // No hit, nothing to name: a declaration page without hits (most) asks no more of the database.
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let ids: Vec<i64> = rows.iter().filter_map(|r| r.decision_id).collect();
        let decisions: HashMap<i64, decision::Model> = if ids.is_empty() {
            HashMap::new()
        } else {
            decision::Entity::find()
                .filter(decision::Column::Id.is_in(ids))
                .all(&self.db)
                .await?
                .into_iter()
                .map(|d| (d.id, d))
                .collect()
        };
        let names = self.display_names().await?;
        rows.into_iter().map(|r| stored_hit(r, &decisions, &names)).collect()
    }

    /// One hit.
    pub async fn screening_hit(&self, id: i64) -> Result<Option<StoredHit>, StorageError> {
        let Some(m) = hit::Entity::find_by_id(id).one(&self.db).await? else { return Ok(None) };
        Ok(self.with_decisions(vec![m]).await?.into_iter().next())
    }

    /// How many decisions officers must still take (the alerts): the open hits of current declarations, counted
    /// once per list entry (as matched) and party so named, since one decision settles every open hit of the same
    /// entry against the same party named alike.
    pub async fn count_open_screening_hits(&self) -> Result<u64, StorageError> {
        let rows: Vec<(String, String, String, String, String)> = hit::Entity::find()
            .select_only()
            .columns([
                hit::Column::ListKind,
                hit::Column::EntryKey,
                hit::Column::EntryHash,
                hit::Column::PartyKey,
                hit::Column::PartyName,
            ])
            .distinct()
            .filter(hit::Column::Status.eq(HitStatus::Open.to_string()))
            .filter(hit::Column::DeclarationId.not_in_subquery(superseded_ids()))
            .into_tuple()
            .all(&self.db)
            .await?;
        // One question per party *so named* ([`decided_on`]): names written otherwise fold to one.
        let questions: HashSet<(String, String, String, String, String)> =
            rows.into_iter().map(|(l, k, h, p, n)| (l, k, h, p, normalise_name(&n))).collect();
        Ok(questions.len() as u64)
    }

    /// The open hits told apart: the decisions waiting, the hits the same decision settles, and those of replaced
    /// declarations ([`OpenTally`]), so that a page saying how many decisions wait also says why the open hits are
    /// more.
    pub async fn open_screening_tally(&self) -> Result<OpenTally, StorageError> {
        let open = || hit::Entity::find().filter(hit::Column::Status.eq(HitStatus::Open.to_string()));
        let open_hits = open().count(&self.db).await?;
        let of_replaced =
            open().filter(hit::Column::DeclarationId.in_subquery(superseded_ids())).count(&self.db).await?;
        let decisions = self.count_open_screening_hits().await?;
        Ok(OpenTally {
            decisions,
            open_hits,
            settled_together: open_hits.saturating_sub(of_replaced).saturating_sub(decisions),
            of_replaced,
        })
    }

    /// Closes the open hits of `list` whose entry, as it was matched (key and content), is not on `edition` (the
    /// list's latest): they are set `entry_removed` and can no longer be confirmed, with an audit entry. Returns
    /// how many were closed, told apart by why: the edition no longer lists the entry, or lists it changed.
    pub async fn close_screening_hits_off_list(
        &self,
        list: ListKind,
        edition_id: i64,
        actor: &str,
    ) -> Result<ClosedHits, StorageError> {
        let txn = self.write().await?;
        let result = async {
            let on_list: HashSet<(String, String)> = entry::Entity::find()
                .select_only()
                .columns([entry::Column::EntryKey, entry::Column::ContentHash])
                .filter(entry::Column::EditionId.eq(edition_id))
                .into_tuple::<(String, String)>()
                .all(&*txn)
                .await?
                .into_iter()
                .collect();
            let open = hit::Entity::find()
                .filter(hit::Column::ListKind.eq(list.to_string()))
                .filter(hit::Column::Status.eq(HitStatus::Open.to_string()))
                .all(&*txn)
                .await?;
            let listed: HashSet<&str> = on_list.iter().map(|(k, _)| k.as_str()).collect();
            let mut closed = ClosedHits::default();
            let mut gone: Vec<i64> = Vec::new();
            let (mut removed, mut changed) = (Vec::new(), Vec::new());
            for h in open.iter().filter(|h| !on_list.contains(&(h.entry_key.clone(), h.entry_hash.clone()))) {
                gone.push(h.id);
                if listed.contains(h.entry_key.as_str()) {
                    closed.changed += 1;
                    changed.push(h.id);
                } else {
                    closed.removed += 1;
                    removed.push(h.id);
                }
            }
            for chunk in gone.chunks(500) {
                hit::Entity::update_many()
                    .col_expr(hit::Column::Status, Expr::value(HitStatus::EntryRemoved.to_string()))
                    .filter(hit::Column::Id.is_in(chunk.to_vec()))
                    .exec(&*txn)
                    .await?;
            }
            // Each cause its own entry: a hit closed because its entry changed is not said to have left the list.
            let by_cause = [(HitCause::ClosedEntryRemoved, removed), (HitCause::ClosedEntryChanged, changed)];
            let target = format!("screening_edition/{edition_id}");
            audit_hits(&txn, actor, &target, Some(list.to_string().as_str()), &by_cause).await?;
            Ok(closed)
        }
        .await;
        txn.finish(result).await
    }

    /// Keeps with an edition what re-screening every stored declaration against it did when it was imported (its
    /// page shows it, after the import and whenever it is read).
    pub async fn record_screening_run(&self, edition_id: i64, run: &ScreeningRun) -> Result<(), StorageError> {
        let txn = self.write().await?;
        let result = async {
            let text = serde_json::to_string(run)?;
            let done = edition::Entity::update_many()
                .col_expr(edition::Column::Rescreen, Expr::value(text))
                .filter(edition::Column::Id.eq(edition_id))
                .exec(&*txn)
                .await?;
            if done.rows_affected == 0 { Err(StorageError::NotFound) } else { Ok(()) }
        }
        .await;
        txn.finish(result).await
    }

    /// Closes the open hits of declarations a newer declaration replaced (set `superseded`): only current
    /// declarations are screened, and their own hits are what an officer must decide. Audited by `actor` as
    /// `screening.hits_closed_superseded` on each declaration replaced, naming its hits. Returns how many were closed.
    pub async fn close_superseded_screening_hits(&self, actor: &str) -> Result<u64, StorageError> {
        // Read first: an intake that finds none to close (nearly every one) takes no writer's turn and opens no
        // transaction (on PostgreSQL, two round trips fewer). Read again inside, where it counts.
        if open_hits_of_superseded(&self.db).await?.is_empty() {
            return Ok(0);
        }
        let txn = self.write().await?;
        let result = async {
            let closing = open_hits_of_superseded(&*txn).await?;
            let mut closed = 0;
            let mut by_declaration: std::collections::BTreeMap<i64, Vec<i64>> = std::collections::BTreeMap::new();
            for chunk in closing.chunks(500) {
                closed += hit::Entity::update_many()
                    .col_expr(hit::Column::Status, Expr::value(HitStatus::Superseded.to_string()))
                    .filter(hit::Column::Status.eq(HitStatus::Open.to_string()))
                    .filter(hit::Column::Id.is_in(chunk.iter().map(|(id, _)| *id)))
                    .exec(&*txn)
                    .await?
                    .rows_affected;
            }
            for (id, declaration) in closing {
                by_declaration.entry(declaration).or_default().push(id);
            }
            for (declaration, hits) in by_declaration {
                let by_cause = [(HitCause::ClosedSuperseded, hits)];
                audit_hits(&txn, actor, &format!("declaration/{declaration}"), None, &by_cause).await?;
            }
            Ok(closed)
        }
        .await;
        txn.finish(result).await
    }

    /// Whether a declaration has a confirmed hit on any list (its entry still listed or not).
    pub async fn has_confirmed_screening_hits(&self, declaration_id: i64) -> Result<bool, StorageError> {
        Ok(hit::Entity::find()
            .filter(hit::Column::DeclarationId.eq(declaration_id))
            .filter(hit::Column::Status.eq(HitStatus::Confirmed.to_string()))
            .count(&self.db)
            .await?
            > 0)
    }

    /// The declarations with a confirmed hit on `list`, in id order.
    pub async fn declarations_with_confirmed_hits(&self, list: ListKind) -> Result<Vec<i64>, StorageError> {
        Ok(hit::Entity::find()
            .select_only()
            .column(hit::Column::DeclarationId)
            .distinct()
            .filter(hit::Column::ListKind.eq(list.to_string()))
            .filter(hit::Column::Status.eq(HitStatus::Confirmed.to_string()))
            .order_by_asc(hit::Column::DeclarationId)
            .into_tuple::<i64>()
            .all(&self.db)
            .await?)
    }

    /// The confirmed hits on the sites of a facility of the national graph, given as its occurrences (declaration,
    /// position of the site in the declaration), newest first: a hit on the site itself or on its operator.
    pub async fn confirmed_screening_hits_at(
        &self,
        occurrences: &[(i64, u32)],
    ) -> Result<Vec<StoredHit>, StorageError> {
        let mut declarations: Vec<i64> = occurrences.iter().map(|o| o.0).collect();
        declarations.sort_unstable();
        declarations.dedup();
        let mut rows = Vec::new();
        for chunk in declarations.chunks(500) {
            let hits = hit::Entity::find()
                .filter(hit::Column::DeclarationId.is_in(chunk.to_vec()))
                .filter(hit::Column::Status.eq(HitStatus::Confirmed.to_string()))
                .filter(hit::Column::SiteRef.is_not_null())
                .order_by_desc(hit::Column::Id)
                .all(&self.db)
                .await?;
            if hits.is_empty() {
                continue;
            }
            // The site ids of the facility's positions, from the latest assessments' site summaries.
            let places: HashSet<(i64, String)> = site_score::Entity::find()
                .select_only()
                .columns([site_score::Column::DeclarationId, site_score::Column::Position, site_score::Column::SiteRef])
                .filter(site_score::Column::DeclarationId.is_in(chunk.to_vec()))
                .filter(site_score::Column::AssessmentId.in_subquery(super::summary::latest_ids_among(chunk)))
                .into_tuple::<(i64, i32, String)>()
                .all(&self.db)
                .await?
                .into_iter()
                .filter(|(d, p, _)| u32::try_from(*p).is_ok_and(|p| occurrences.contains(&(*d, p))))
                .map(|(d, _, s)| (d, s))
                .collect();
            rows.extend(
                hits.into_iter()
                    .filter(|h| h.site_ref.as_ref().is_some_and(|s| places.contains(&(h.declaration_id, s.clone())))),
            );
        }
        rows.sort_by_key(|h| std::cmp::Reverse(h.id));
        self.with_decisions(rows).await
    }

    /// How many hits a filter selects in all (its `limit` and `offset` aside).
    pub async fn count_screening_hits(&self, f: &HitFilter) -> Result<u64, StorageError> {
        if f.search.is_empty() {
            Ok(hit_rows(f).count(&self.db).await?)
        } else {
            Ok(self.searched_hit_ids(f).await?.len() as u64)
        }
    }

    /// Records an officer's decision on an open hit, with its audit entry, and applies it to every open hit of the
    /// same entry (unchanged) against the same party; the hits of the same entry before it changed, against the same
    /// party, take it as their state ([`restate`]). A hit already decided is a conflict; nothing changes. Returns the
    /// hits decided and those restated.
    pub async fn decide_screening_hit(
        &self,
        hit_id: i64,
        confirmed: bool,
        note: &str,
        actor: &str,
    ) -> Result<DecidedHits, StorageError> {
        let txn = self.write().await?;
        let result = async {
            let h = hit::Entity::find_by_id(hit_id).one(&*txn).await?.ok_or(StorageError::NotFound)?;
            if h.status != HitStatus::Open.to_string() {
                return Err(decided_clash(&*txn, h).await);
            }
            let d = decision::ActiveModel {
                id: NotSet,
                list_kind: Set(h.list_kind.clone()),
                entry_key: Set(h.entry_key.clone()),
                entry_hash: Set(h.entry_hash.clone()),
                party_key: Set(h.party_key.clone()),
                party_name: Set(h.party_name.clone()),
                confirmed: Set(confirmed),
                note: Set(note.to_string()),
                decided_by: Set(actor.to_string()),
                decided_at: Set(Utc::now()),
            }
            .insert(&*txn)
            .await?;
            let same = hit::Entity::find()
                .filter(hit::Column::ListKind.eq(&h.list_kind))
                .filter(hit::Column::EntryKey.eq(&h.entry_key))
                .filter(hit::Column::EntryHash.eq(&h.entry_hash))
                .filter(hit::Column::PartyKey.eq(&h.party_key))
                .filter(hit::Column::Status.eq(HitStatus::Open.to_string()))
                .all(&*txn)
                .await?;
            let status = if confirmed { HitStatus::Confirmed } else { HitStatus::Dismissed };
            // Each hit leaves `open` only if it still is: on PostgreSQL another decision may have been committed since
            // the read above (the update waits for it, then finds the row decided and changes nothing).
            let mut ids = Vec::new();
            // Only the hits on the party named as the one decided: another name at the same party key is asked.
            let name = normalise_name(&h.party_name);
            for s in same.into_iter().filter(|s| normalise_name(&s.party_name) == name) {
                let changed = hit::Entity::update_many()
                    .col_expr(hit::Column::Status, Expr::value(status.to_string()))
                    .col_expr(hit::Column::DecisionId, Expr::value(d.id))
                    .filter(hit::Column::Id.eq(s.id))
                    .filter(hit::Column::Status.eq(HitStatus::Open.to_string()))
                    .exec(&*txn)
                    .await?;
                if changed.rows_affected == 1 {
                    ids.push(s.id);
                }
            }
            if !ids.contains(&hit_id) {
                let now = hit::Entity::find_by_id(hit_id).one(&*txn).await?.ok_or(StorageError::NotFound)?;
                return Err(decided_clash(&*txn, now).await);
            }
            // The hits of the same entry before it changed, against the same party, now stand as this decision.
            let list: ListKind =
                h.list_kind.parse().map_err(|_| StorageError::corrupt(format!("list kind {}", h.list_kind)))?;
            let restated = restate(&*txn, list, Some((&h.entry_key, &h.party_key))).await?;
            let payload = serde_json::json!({
                "hit": hit_id, "hits": ids, "list": h.list_kind, "entry_key": h.entry_key, "entry_name": h.entry_name,
                "entry_hash": h.entry_hash, "party_key": h.party_key, "party_name": h.party_name,
                "confirmed": confirmed, "note": note,
                "restated": restated.iter().map(|r| r.hit).collect::<Vec<_>>(),
            });
            let event = AuditEvent::new(
                actor,
                if confirmed { "screening.hit_confirmed" } else { "screening.hit_dismissed" },
                format!("screening_decision/{}", d.id),
                payload,
            );
            audit::append(&txn, &event).await?;
            Ok(DecidedHits { hits: ids, restated })
        }
        .await;
        txn.finish(result).await
    }

    /// Sets each decided hit of `list` to the latest decision on its entry as the list's latest edition gives it
    /// against the same party (see [`restate`]), with an audit entry; after an edition is imported. Returns the hits
    /// changed.
    pub async fn restate_screening_hits(
        &self,
        list: ListKind,
        edition_id: i64,
        actor: &str,
    ) -> Result<Vec<Restated>, StorageError> {
        let txn = self.write().await?;
        let result = async {
            let restated = restate(&*txn, list, None).await?;
            if !restated.is_empty() {
                let payload = serde_json::json!({
                    "list": list.to_string(), "edition": edition_id,
                    "hits": restated.iter().map(|r| r.hit).collect::<Vec<_>>(),
                });
                let event = AuditEvent::new(
                    actor,
                    "screening.hits_restated",
                    format!("screening_edition/{edition_id}"),
                    payload,
                );
                audit::append(&txn, &event).await?;
            }
            Ok(restated)
        }
        .await;
        txn.finish(result).await
    }

    /// Where the effects of a declaration's decided hits (confirmed, or dismissed after a confirmation of the entry
    /// before it changed) may be carried: each list entry and place once.
    pub async fn screening_effect_places(
        &self,
        declaration_id: i64,
    ) -> Result<Vec<crate::screening::effect::EffectPlace>, StorageError> {
        let rows = hit::Entity::find()
            .select_only()
            .columns([hit::Column::ListKind, hit::Column::EntryKey, hit::Column::EntryName, hit::Column::SiteRef])
            .distinct()
            .filter(hit::Column::DeclarationId.eq(declaration_id))
            .filter(hit::Column::Status.is_in([HitStatus::Confirmed.to_string(), HitStatus::Dismissed.to_string()]))
            .into_tuple::<(String, String, String, Option<String>)>()
            .all(&self.db)
            .await?;
        rows.into_iter()
            .map(|(list, key, name, site)| {
                let list = list.parse().map_err(|_| StorageError::corrupt(format!("list kind {list}")))?;
                Ok(crate::screening::effect::EffectPlace { list, key, name, site })
            })
            .collect()
    }

    /// Where the entry of each of `hits` stands now: removed from its list (by the edition that removed it, the first
    /// after the last edition that gave its key), or as the list's latest edition gives it, with the first edition of the
    /// unbroken run of latest editions giving it so (its period, measure and status as they stand now, which may
    /// differ from when the hit was confirmed). A hit whose list has no edition giving or removing it is not in the map.
    pub async fn hits_standing(&self, hits: &[StoredHit]) -> Result<HashMap<i64, HitStanding>, StorageError> {
        let history = self.entry_history(hits).await?;
        let mut out = HashMap::new();
        let mut wanted: HashMap<i64, HashSet<String>> = HashMap::new();
        for h in hits {
            if let Some(removed) = history.removed_by(h) {
                out.insert(h.id, HitStanding::Removed(removed.clone()));
            } else if let Some(latest) = history.latest(h.list) {
                wanted.entry(latest.id).or_default().insert(h.entry_key.clone());
            }
        }
        let mut documents: HashMap<(i64, String), String> = HashMap::new();
        for (edition_id, keys) in wanted {
            let keys: Vec<String> = keys.into_iter().collect();
            for chunk in keys.chunks(500) {
                for m in entry::Entity::find()
                    .filter(entry::Column::EditionId.eq(edition_id))
                    .filter(entry::Column::EntryKey.is_in(chunk.to_vec()))
                    .all(&self.db)
                    .await?
                {
                    documents.insert((m.edition_id, m.entry_key), m.document);
                }
            }
        }
        for h in hits {
            if out.contains_key(&h.id) {
                continue;
            }
            let (Some(latest), Some((_, since))) = (history.latest(h.list), history.given_since(h)) else { continue };
            let Some(document) = documents.get(&(latest.id, h.entry_key.clone())) else { continue };
            out.insert(
                h.id,
                HitStanding::Listed { entry: Box::new(serde_json::from_str(document)?), since: since.clone() },
            );
        }
        Ok(out)
    }

    /// The confirmed hits of a declaration whose entry is still on its list, each with the entry as the list's
    /// latest edition gives it (its period and status as they stand now, which may differ from when the hit was
    /// confirmed) and the edition that gives it so now: the first of the unbroken run of latest editions giving it
    /// with the same content (an entry removed and listed again, or changed, cites the edition that listed it again
    /// or changed it, not an older one that gave it too). A hit whose entry the latest edition removed is left
    /// out (its effect is lifted), as is one whose entry changed and was then dismissed against the same party.
    pub async fn confirmed_screening_hits(
        &self,
        declaration_id: i64,
    ) -> Result<Vec<(StoredHit, Entry, EditionSummary)>, StorageError> {
        let hits = self.screening_hits(&HitFilter::confirmed_of(declaration_id)).await?;
        let history = self.entry_history(&hits).await?;
        // The hits whose entry is on its list's latest edition, with the edition that gives it so now.
        let current: Vec<(StoredHit, &EditionSummary, String)> = hits
            .into_iter()
            .filter_map(|h| {
                let (hash, since) = history.given_since(&h)?;
                Some((h, since, hash.to_string()))
            })
            .collect();
        if current.is_empty() {
            return Ok(Vec::new());
        }
        // The entries as the latest editions give them, and the decisions on the changed ones: one query each.
        let mut documents: HashMap<(i64, String), String> = HashMap::new();
        let mut wanted: HashMap<i64, Vec<String>> = HashMap::new();
        for (h, _, _) in &current {
            if let Some(latest) = history.latest(h.list) {
                wanted.entry(latest.id).or_default().push(h.entry_key.clone());
            }
        }
        for (edition_id, keys) in wanted {
            for chunk in keys.chunks(500) {
                for m in entry::Entity::find()
                    .filter(entry::Column::EditionId.eq(edition_id))
                    .filter(entry::Column::EntryKey.is_in(chunk.to_vec()))
                    .all(&self.db)
                    .await?
                {
                    documents.insert((m.edition_id, m.entry_key), m.document);
                }
            }
        }
        let changed: Vec<String> = current
            .iter()
            .filter(|(h, _, hash)| *hash != h.entry_hash)
            .map(|(h, _, _)| h.party_key.clone())
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        // The latest decision on each (list, entry key, content, party).
        let mut decided: HashMap<(String, String, String, String), bool> = HashMap::new();
        for chunk in changed.chunks(500) {
            for d in decision::Entity::find()
                .filter(decision::Column::PartyKey.is_in(chunk.to_vec()))
                .order_by_asc(decision::Column::Id)
                .all(&self.db)
                .await?
            {
                decided.insert((d.list_kind, d.entry_key, d.entry_hash, d.party_key), d.confirmed);
            }
        }
        let mut out = Vec::new();
        for (h, since, hash) in current {
            if hash != h.entry_hash
                && decided.get(&(h.list.to_string(), h.entry_key.clone(), hash.clone(), h.party_key.clone()))
                    == Some(&false)
            {
                continue;
            }
            let Some(latest) = history.latest(h.list) else { continue };
            let Some(document) = documents.get(&(latest.id, h.entry_key.clone())) else { continue };
            out.push((h, serde_json::from_str(document)?, since.clone()));
        }
        Ok(out)
    }

    /// Where the entries of some hits stand in the editions of their lists: which edition gives each key, with
    /// which content (one query for all the hits, on the `(edition_id, entry_key)` index).
    async fn entry_history(&self, hits: &[StoredHit]) -> Result<EntryHistory, StorageError> {
        let mut history = EntryHistory::default();
        if hits.is_empty() {
            return Ok(history);
        }
        let lists: HashSet<ListKind> = hits.iter().map(|h| h.list).collect();
        history.editions =
            self.screening_editions(None).await?.into_iter().filter(|e| lists.contains(&e.list)).collect();
        let editions: Vec<i64> = history.editions.iter().map(|e| e.id).collect();
        let keys: Vec<String> = hits.iter().map(|h| h.entry_key.clone()).collect::<HashSet<_>>().into_iter().collect();
        for chunk in keys.chunks(500) {
            let rows = entry::Entity::find()
                .select_only()
                .columns([entry::Column::EditionId, entry::Column::EntryKey, entry::Column::ContentHash])
                .filter(entry::Column::EditionId.is_in(editions.clone()))
                .filter(entry::Column::EntryKey.is_in(chunk.to_vec()))
                .into_tuple::<(i64, String, String)>()
                .all(&self.db)
                .await?;
            history.given.extend(rows.into_iter().map(|(e, k, h)| ((e, k), h)));
        }
        Ok(history)
    }

    /// One entry of an edition, by its key, as stored.
    pub async fn screening_entry(&self, edition_id: i64, key: &str) -> Result<Option<Entry>, StorageError> {
        let m = entry::Entity::find()
            .filter(entry::Column::EditionId.eq(edition_id))
            .filter(entry::Column::EntryKey.eq(key))
            .one(&self.db)
            .await?;
        Ok(match m {
            Some(m) => Some(serde_json::from_str(&m.document)?),
            None => None,
        })
    }

    /// A page of an edition's entries in file order found by `search` (by name, alias, former name or key; every
    /// entry when empty), and how many it finds in all.
    pub async fn screening_entries_page(
        &self,
        edition_id: i64,
        search: &EntrySearch,
        limit: u64,
        offset: u64,
    ) -> Result<(Vec<Entry>, u64), StorageError> {
        let q = entry::Entity::find().filter(entry::Column::EditionId.eq(edition_id));
        if search.is_empty() {
            let total = q.clone().count(&self.db).await?;
            let rows = q
                .order_by_asc(entry::Column::Id)
                .offset(bound(offset))
                .limit(bound(limit.max(1)))
                .all(&self.db)
                .await?;
            let entries = rows.iter().map(|m| serde_json::from_str(&m.document)).collect::<Result<Vec<Entry>, _>>()?;
            return Ok((entries, total));
        }
        // A search reads the edition's entries a batch at a time, keeping only the page's.
        let (mut total, mut after, mut out) = (0u64, 0i64, Vec::new());
        let end = offset.saturating_add(limit.max(1));
        loop {
            let rows = q
                .clone()
                .filter(entry::Column::Id.gt(after))
                .order_by_asc(entry::Column::Id)
                .limit(2_000)
                .all(&self.db)
                .await?;
            let Some(last) = rows.last() else { break };
            after = last.id;
            for m in &rows {
                let e: Entry = serde_json::from_str(&m.document)?;
                if search.holds(&e.key, e.all_names()) {
                    if total >= offset && total < end {
                        out.push(e);
                    }
                    total += 1;
                }
            }
        }
        Ok((out, total))
    }

    /// The day screening counts entries in force on (today, UTC).
    pub fn screening_today(&self) -> NaiveDate {
        Utc::now().date_naive()
    }
}

/// The open hits (id, declaration) of declarations superseded since, in id order.
async fn open_hits_of_superseded<C: ConnectionTrait>(c: &C) -> Result<Vec<(i64, i64)>, StorageError> {
    Ok(hit::Entity::find()
        .select_only()
        .columns([hit::Column::Id, hit::Column::DeclarationId])
        .filter(hit::Column::Status.eq(HitStatus::Open.to_string()))
        .filter(hit::Column::DeclarationId.in_subquery(superseded_ids()))
        .order_by_asc(hit::Column::Id)
        .into_tuple()
        .all(c)
        .await?)
}

/// The ids of declarations a newer declaration replaced.
fn superseded_ids() -> sea_orm::sea_query::SelectStatement {
    sea_orm::sea_query::Query::select()
        .column(declaration::Column::Id)
        .from(declaration::Entity)
        .and_where(declaration::Column::SupersededById.is_not_null())
        .to_owned()
}

async fn entries_of(db: &impl sea_orm::ConnectionTrait, edition_id: i64) -> Result<Vec<Entry>, StorageError> {
    entry::Entity::find()
        .filter(entry::Column::EditionId.eq(edition_id))
        .order_by_asc(entry::Column::Id)
        .all(db)
        .await?
        .iter()
        .map(|m| Ok(serde_json::from_str(&m.document)?))
        .collect()
}

/// Which editions give the entries of some hits, and with which content: what [`Store::hits_standing`] and
/// [`Store::confirmed_screening_hits`] read from one query.
#[derive(Default)]
struct EntryHistory {
    /// The editions of the hits' lists, newest first.
    editions: Vec<EditionSummary>,
    /// (edition, entry key) → the entry's content hash in that edition.
    given: HashMap<(i64, String), String>,
}

impl EntryHistory {
    /// The editions of a list, newest first.
    fn of_list(&self, list: ListKind) -> impl Iterator<Item = &EditionSummary> {
        self.editions.iter().filter(move |e| e.list == list)
    }

    /// The latest edition of a list.
    fn latest(&self, list: ListKind) -> Option<&EditionSummary> {
        self.of_list(list).next()
    }

    /// The content hash with which an edition gives a key.
    fn hash(&self, edition_id: i64, key: &str) -> Option<&str> {
        self.given.get(&(edition_id, key.to_string())).map(String::as_str)
    }

    /// The edition that removed a hit's entry (the first after the last edition that gave its key), when the
    /// list's latest edition does not give it.
    fn removed_by(&self, h: &StoredHit) -> Option<&EditionSummary> {
        let last_given =
            self.of_list(h.list).find(|e| self.hash(e.id, &h.entry_key).is_some()).map_or(h.edition_id, |e| e.id);
        self.of_list(h.list).filter(|e| e.id > last_given).last()
    }

    /// The content with which the list's latest edition gives a hit's entry, and the first edition of the unbroken
    /// run of latest editions that give it with that content; `None` when the latest edition does not give it.
    fn given_since(&self, h: &StoredHit) -> Option<(&str, &EditionSummary)> {
        let latest = self.latest(h.list)?;
        let hash = self.hash(latest.id, &h.entry_key)?;
        let since = self.of_list(h.list).take_while(|e| self.hash(e.id, &h.entry_key) == Some(hash)).last()?;
        Some((hash, since))
    }
}
