//! What the national supply graph reads from storage: declarations with the site summaries of their latest
//! assessments (to build the graph and catch up on what arrived since), and officers' site-match decisions (each
//! with its audit entry).
//!
//! A declaration's sites and links are kept once, in its stored document (`m20261206_c00100_drop_site_rows` dropped
//! the `site` and `supply_link` rows that repeated them): the graph reads a declaration's head (supplier,
//! solicitation, supersession), its document and the `site_score` summaries of its latest assessment (never the
//! assessment's explanation document), each for a batch of declarations at once.

use std::collections::HashMap;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::NotSet, ColumnTrait, EntityTrait, FromQueryResult, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

use super::audit::{self, AuditEvent};
use super::document;
use super::entities::{assessment, declaration, site_match_decision as entity, solicitation};
use super::{Clash, StorageError, Store};
use crate::domain::Declaration;
use crate::domain::supply::{DeclarationInput, DeclarationMeta, MatchDecision};

/// Declarations stored after a point, for the graph to take in.
pub struct GraphBatch {
    /// Current declarations (not superseded) with id above the point, ready for the graph.
    pub inputs: Vec<DeclarationInput>,
    /// Declarations the new ones supersede: to take out of the graph.
    pub superseded: Vec<i64>,
    /// The highest declaration id seen.
    pub last_id: i64,
}

/// How far storage has come: the newest declaration and assessment ids.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GraphMarks {
    pub declaration: i64,
    pub assessment: i64,
}

/// What the graph reads of a declaration row besides its document.
#[derive(Debug, FromQueryResult)]
struct Head {
    id: i64,
    supplier_id: i64,
    solicitation_id: Option<i64>,
    supersedes_id: Option<i64>,
    superseded_by_id: Option<i64>,
}

impl Store {
    /// Up to `limit` declarations with id above `after`, in id order, each with its latest assessment.
    pub async fn graph_batch(&self, after: i64, limit: u64) -> Result<GraphBatch, StorageError> {
        let rows = heads()
            .filter(declaration::Column::Id.gt(after))
            .order_by_asc(declaration::Column::Id)
            .limit(limit)
            .into_model::<Head>()
            .all(&self.db)
            .await?;
        let mut batch = GraphBatch { inputs: Vec::new(), superseded: Vec::new(), last_id: after };
        let mut current = Vec::with_capacity(rows.len());
        for r in rows {
            batch.last_id = batch.last_id.max(r.id);
            if let Some(old) = r.supersedes_id {
                batch.superseded.push(old);
            }
            if r.superseded_by_id.is_none() {
                current.push(r);
            }
        }
        batch.inputs = self.graph_inputs(current).await?;
        Ok(batch)
    }

    /// The newest declaration id and the newest assessment id (0 when none): what tells the national graph whether
    /// anything was stored since it last looked. One statement, `SELECT (SELECT MAX(id) FROM declaration), (SELECT
    /// MAX(id) FROM assessment)`, each maximum read from its primary key's end: every request of the graph's routes
    /// asks it, so it costs one round trip to the database, not one a table.
    pub async fn graph_marks(&self) -> Result<GraphMarks, StorageError> {
        use sea_orm::ConnectionTrait;
        use sea_orm::sea_query::{Alias, Expr, Func, Query, SelectStatement, SubQueryStatement};
        let sub = |q: SelectStatement| Expr::SubQuery(None, Box::new(SubQueryStatement::SelectStatement(q)));
        let declarations =
            Query::select().expr(Func::max(Expr::col(declaration::Column::Id))).from(declaration::Entity).to_owned();
        let assessments =
            Query::select().expr(Func::max(Expr::col(assessment::Column::Id))).from(assessment::Entity).to_owned();
        let q = Query::select()
            .expr_as(sub(declarations), Alias::new("declaration"))
            .expr_as(sub(assessments), Alias::new("assessment"))
            .to_owned();
        let row = self.db.query_one(&q).await?;
        let mark = |name: &str| -> Result<i64, StorageError> {
            Ok(match &row {
                Some(row) => row.try_get::<Option<i64>>("", name)?.unwrap_or(0),
                None => 0,
            })
        };
        Ok(GraphMarks { declaration: mark("declaration")?, assessment: mark("assessment")? })
    }

    /// The current declarations up to `up_to_declaration` that received an assessment with id above
    /// `after_assessment` (a re-assessment under another model, by any door), each with its latest assessment.
    pub async fn graph_reassessed(
        &self,
        after_assessment: i64,
        up_to_declaration: i64,
    ) -> Result<Vec<DeclarationInput>, StorageError> {
        let ids: Vec<i64> = assessment::Entity::find()
            .select_only()
            .column(assessment::Column::DeclarationId)
            .distinct()
            .filter(assessment::Column::Id.gt(after_assessment))
            .filter(assessment::Column::DeclarationId.lte(up_to_declaration))
            .into_tuple()
            .all(&self.db)
            .await?;
        let mut out = Vec::new();
        for chunk in ids.chunks(500) {
            let rows = heads()
                .filter(declaration::Column::Id.is_in(chunk.iter().copied()))
                .filter(declaration::Column::SupersededById.is_null())
                .order_by_asc(declaration::Column::Id)
                .into_model::<Head>()
                .all(&self.db)
                .await?;
            out.extend(self.graph_inputs(rows).await?);
        }
        Ok(out)
    }

    /// The graph's inputs of these declarations (at most a few hundred: their ids are bound in lists): who they are
    /// from, their sites and links as their stored documents give them, and the bases and categories of their latest
    /// assessment's sites from the site summaries. A declaration without an assessment is left out.
    async fn graph_inputs(&self, rows: Vec<Head>) -> Result<Vec<DeclarationInput>, StorageError> {
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        let mut bases = self.site_bases(&ids).await?;
        let suppliers = self.suppliers_by_id(rows.iter().map(|r| r.supplier_id).collect()).await?;
        let numbers: HashMap<i64, String> = solicitation::Entity::find()
            .select_only()
            .columns([solicitation::Column::Id, solicitation::Column::Number])
            .filter(solicitation::Column::Id.is_in(rows.iter().filter_map(|r| r.solicitation_id)))
            .into_tuple::<(i64, String)>()
            .all(&self.db)
            .await?
            .into_iter()
            .collect();
        // The documents of the batch, compressed as stored (a few kilobytes a declaration, a megabyte or two for
        // a hundred thousand sites), parsed one at a time on a blocking thread below.
        let documents: HashMap<i64, (Option<Vec<u8>>, String)> = declaration::Entity::find()
            .select_only()
            .columns([declaration::Column::Id, declaration::Column::DocumentGz, declaration::Column::Document])
            .filter(declaration::Column::Id.is_in(ids.iter().copied()))
            .into_tuple::<(i64, Option<Vec<u8>>, String)>()
            .all(&self.db)
            .await?
            .into_iter()
            .map(|(id, packed, text)| (id, (packed, text)))
            .collect();
        let mut wanted = Vec::with_capacity(rows.len());
        for r in rows {
            let Some(parts) = bases.remove(&r.id) else { continue };
            let s = suppliers
                .get(&r.supplier_id)
                .ok_or_else(|| StorageError::corrupt(format!("declaration {}: no supplier {}", r.id, r.supplier_id)))?;
            let meta = DeclarationMeta {
                id: r.id,
                supplier_id: r.supplier_id,
                supplier_name: s.legal_name.clone(),
                business_number: s.business_number.clone(),
                solicitation_number: r.solicitation_id.and_then(|id| numbers.get(&id).cloned()),
            };
            wanted.push((meta, parts));
        }
        tokio::task::spawn_blocking(move || inputs_from_documents(wanted, documents)).await?
    }

    /// Every officer decision on site matches, oldest first.
    pub async fn site_match_decisions(&self) -> Result<Vec<MatchDecision>, StorageError> {
        Ok(entity::Entity::find()
            .order_by_asc(entity::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|m| MatchDecision { key_a: m.key_a, key_b: m.key_b, same: m.same })
            .collect())
    }

    /// The decision on record for two facilities, whichever order their keys come in, as the clash a second decision
    /// on them is ([`Clash::MatchDecided`]: the keys, the decision, who and when); `None` when they are undecided.
    pub async fn site_match_on_record(&self, key_a: &str, key_b: &str) -> Result<Option<StorageError>, StorageError> {
        let pair = pair_of(key_a, key_b);
        Ok(entity::Entity::find().filter(entity::Column::Pair.eq(pair.as_str())).one(&self.db).await?.map(decided))
    }

    /// Records an officer's decision on two facilities, with its audit entry. A pair is decided once, whichever
    /// order its keys come in (a unique index on `pair`, so that this holds across instances of the service on one
    /// database): a second decision is [`Clash::MatchDecided`], naming the one on record, and nothing is changed.
    pub async fn record_site_match(&self, d: &MatchDecision, actor: &str) -> Result<i64, StorageError> {
        let pair = pair_of(&d.key_a, &d.key_b);
        let txn = self.write().await?;
        let id = async {
            if let Some(taken) =
                entity::Entity::find().filter(entity::Column::Pair.eq(pair.as_str())).one(&*txn).await?
            {
                return Err(decided(taken));
            }
            let row = entity::ActiveModel {
                id: NotSet,
                key_a: Set(d.key_a.clone()),
                key_b: Set(d.key_b.clone()),
                pair: Set(pair.clone()),
                same: Set(d.same),
                decided_by: Set(actor.to_string()),
                decided_at: Set(Utc::now()),
            }
            .insert(&*txn)
            .await?;
            let payload = serde_json::json!({"key_a": d.key_a, "key_b": d.key_b, "same": d.same});
            let event = AuditEvent::new(actor, "site_match.decided", format!("site_match/{}", row.id), payload);
            audit::append(&txn, &event).await?;
            Ok(row.id)
        }
        .await;
        match txn.finish(id).await {
            // Another instance's decision on the pair was committed between the read above and this insert (on
            // PostgreSQL; SQLite's writer turn keeps them apart): the one on record is named.
            Err(StorageError::Conflict(Clash::Constraint(m))) => {
                match entity::Entity::find().filter(entity::Column::Pair.eq(pair.as_str())).one(&self.db).await? {
                    Some(taken) => Err(decided(taken)),
                    None => Err(StorageError::Conflict(Clash::Constraint(m))),
                }
            }
            other => other,
        }
    }
}

/// The pair of facilities a decision is about, whichever order its keys come in: the two keys in byte order, a
/// unit separator (U+001F, in no key) between them.
pub(crate) fn pair_of(key_a: &str, key_b: &str) -> String {
    let (low, high) = if key_a <= key_b { (key_a, key_b) } else { (key_b, key_a) };
    format!("{low}\u{1f}{high}")
}

/// The clash of a decision on a pair with the decision `taken` on record.
fn decided(taken: entity::Model) -> StorageError {
    StorageError::Conflict(Clash::MatchDecided {
        key_a: taken.key_a,
        key_b: taken.key_b,
        same: taken.same,
        by: taken.decided_by,
        at: taken.decided_at,
    })
}

/// The declaration columns the graph reads.
fn heads() -> sea_orm::Select<declaration::Entity> {
    declaration::Entity::find().select_only().columns([
        declaration::Column::Id,
        declaration::Column::SupplierId,
        declaration::Column::SolicitationId,
        declaration::Column::SupersedesId,
        declaration::Column::SupersededById,
    ])
}

/// Each declaration's graph input, in the order given: its sites and links read from its stored document (parsed
/// one at a time, each dropped once its records are made, so a batch never holds two parsed declarations), with the
/// category and bases of each site from its latest assessment's summaries (a missing entry counts as nothing).
fn inputs_from_documents(
    wanted: Vec<(DeclarationMeta, Vec<super::summary::SiteBasis>)>,
    mut documents: HashMap<i64, (Option<Vec<u8>>, String)>,
) -> Result<Vec<DeclarationInput>, StorageError> {
    let mut out = Vec::with_capacity(wanted.len());
    for (meta, parts) in wanted {
        let (packed, text) = documents
            .remove(&meta.id)
            .ok_or_else(|| StorageError::corrupt(format!("declaration {}: no stored document", meta.id)))?;
        let declaration: Declaration = document::unpack(packed.as_deref(), &text)?;
        let parts = parts.into_iter().map(|p| (p.category, p.bases)).collect();
        out.push(DeclarationInput::with_bases(meta, &declaration, parts));
    }
    Ok(out)
}
