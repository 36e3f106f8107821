//! The portfolio dashboard's sums, kept per assessment so that the database adds them up (`scoring::portfolio` for
//! the rules):
//!
//! - `portfolio_basis`: one row an assessment and model version — its sums are stored, and how many of its
//!   declaration's goods lines carry no value;
//! - `portfolio_share`: one row an assessment, model version, goods category and country of production, with the
//!   sums of the shares of spend placed there ([`ShareSum`]).
//!
//! Placing spend in goods categories takes a risk model, so the sums are kept under the version of the model that
//! placed them. A store given the service's model ([`Store::with_portfolio_model`]) writes them with each
//! assessment, in its transaction; the dashboard first sums, with its model, the latest assessments it finds without
//! them ([`Store::fill_portfolio`]): those stored before the tables existed, by a door without the model, or under
//! another model version. The sums are the same on SQLite and PostgreSQL: they are computed here, in Rust, never by
//! SQL; SQL only adds them up.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, Query, SelectStatement};
use sea_orm::{
    ActiveValue::NotSet, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

use super::entities::{assessment, declaration, goods_item, portfolio_basis, portfolio_share, site_score, supplier};
use super::summary::{latest_id_of, latest_ids, latest_ids_among};
use super::{StorageError, Store, bulk};
use crate::domain::{Classification, CountryCode, FiscalYear, PortfolioGoods, PortfolioInput, PortfolioSite, ShareSum};
use crate::scoring::RiskModel;
use crate::scoring::portfolio::{self, CellFilter, CellSum, Dashboard, DeclarationSums};

/// The sums of one assessment: by goods category and country, and its goods lines without a value
/// ([`portfolio::share_sums`]).
pub(super) type Sums = (Vec<CellOfSums>, usize);

/// A goods category (`None`: goods in no category), a country of production and the sums placed there.
pub(super) type CellOfSums = (Option<String>, CountryCode, ShareSum);

/// Writes the sums of one assessment under a model version (inside its transaction).
pub(super) async fn insert(
    txn: &DatabaseTransaction,
    gathered: &mut bulk::Gathered,
    assessment_id: i64,
    declaration_id: i64,
    model_version: &str,
    (cells, unvalued): &Sums,
) -> Result<(), StorageError> {
    insert_all(txn, gathered, model_version, &[(assessment_id, declaration_id, cells.as_slice(), *unvalued)]).await
}

/// Writes the sums of several assessments, two statements in all (more only past the bind-parameter limits).
async fn insert_all(
    txn: &DatabaseTransaction,
    gathered: &mut bulk::Gathered,
    model_version: &str,
    rows: &[(i64, i64, &[CellOfSums], usize)],
) -> Result<(), StorageError> {
    let bases: Vec<_> = rows
        .iter()
        .map(|(a, d, _, unvalued)| portfolio_basis::ActiveModel {
            id: NotSet,
            assessment_id: Set(*a),
            declaration_id: Set(*d),
            model_version: Set(model_version.to_string()),
            unvalued_lines: Set(i32::try_from(*unvalued).unwrap_or(i32::MAX)),
        })
        .collect();
    gathered.add(txn, bases).await?;
    let shares: Vec<_> = rows
        .iter()
        .flat_map(|(a, d, cells, _)| {
            cells.iter().map(move |(category, country, s)| portfolio_share::ActiveModel {
                id: NotSet,
                assessment_id: Set(*a),
                declaration_id: Set(*d),
                model_version: Set(model_version.to_string()),
                category: Set(category.clone()),
                country: Set(country.to_string()),
                spend: Set(s.spend),
                forced_spend: Set(s.forced_spend),
                child_spend: Set(s.child_spend),
                high_spend: Set(s.high_spend),
            })
        })
        .collect();
    gathered.add(txn, shares).await
}

/// What the dashboard reads of these assessments (each with its declaration): goods lines, the tier-1 sites and the
/// sites goods lines name, overall scores and the supplier's country — read from the stored rows and summaries, as
/// [`PortfolioInput::new`] takes them from memory. Keyed by assessment id; fields the sums do not read are left empty.
async fn inputs_of<C: ConnectionTrait>(
    conn: &C,
    assessments: &[(i64, i64)],
) -> Result<HashMap<i64, PortfolioInput>, StorageError> {
    let mut out = HashMap::new();
    for chunk in assessments.chunks(500) {
        let ids: Vec<i64> = chunk.iter().map(|(a, _)| *a).collect();
        let declarations: Vec<i64> = chunk.iter().map(|(_, d)| *d).collect();
        let heads = Query::select()
            .column((assessment::Entity, assessment::Column::Id))
            .column((assessment::Entity, assessment::Column::ForcedLabourScore))
            .column((assessment::Entity, assessment::Column::ChildLabourScore))
            .column((supplier::Entity, supplier::Column::Country))
            .from(assessment::Entity)
            .inner_join(
                declaration::Entity,
                Expr::col((declaration::Entity, declaration::Column::Id))
                    .equals((assessment::Entity, assessment::Column::DeclarationId)),
            )
            .inner_join(
                supplier::Entity,
                Expr::col((supplier::Entity, supplier::Column::Id))
                    .equals((declaration::Entity, declaration::Column::SupplierId)),
            )
            .and_where(Expr::col((assessment::Entity, assessment::Column::Id)).is_in(ids.iter().copied()))
            .to_owned();
        let goods =
            goods_lines(conn, Some(goods_item::Column::DeclarationId.is_in(declarations.iter().copied()))).await?;
        let mut sites = sites_shared(
            conn,
            site_score::Column::AssessmentId,
            site_score::Column::AssessmentId.is_in(ids.iter().copied()),
        )
        .await?;
        let declaration_of: HashMap<i64, i64> = chunk.iter().copied().collect();
        for row in conn.query_all(&heads).await? {
            let id: i64 = row.try_get("", "id")?;
            let country: String = row.try_get("", "country")?;
            let declaration_id = declaration_of.get(&id).copied().ok_or(StorageError::NotFound)?;
            out.insert(
                id,
                PortfolioInput {
                    declaration_id,
                    supplier_id: 0,
                    current: true,
                    declaration_date: chrono::NaiveDate::MIN,
                    solicitation_number: None,
                    supplier_country: country_of(&country)?,
                    forced: row.try_get("", "forced_labour_score")?,
                    child: row.try_get("", "child_labour_score")?,
                    goods: goods.get(&declaration_id).cloned().unwrap_or_default(),
                    sites: sites.remove(&id).unwrap_or_default(),
                },
            );
        }
    }
    Ok(out)
}

/// The goods lines `filter` selects (all without one), as the dashboard reads them, by declaration, in the order
/// stored.
pub(super) async fn goods_lines<C: ConnectionTrait>(
    conn: &C,
    filter: Option<sea_orm::sea_query::SimpleExpr>,
) -> Result<HashMap<i64, Vec<PortfolioGoods>>, StorageError> {
    let mut q = goods_item::Entity::find()
        .select_only()
        .columns([
            goods_item::Column::DeclarationId,
            goods_item::Column::Item,
            goods_item::Column::Description,
            goods_item::Column::Classification,
            goods_item::Column::ValueCad,
            goods_item::Column::ProducedAt,
        ])
        .order_by_asc(goods_item::Column::Id);
    if let Some(f) = filter {
        q = q.filter(f);
    }
    let mut goods: HashMap<i64, Vec<PortfolioGoods>> = HashMap::new();
    for (decl, item, description, classification, value_cad, produced_at) in
        q.into_tuple::<(i64, String, Option<String>, Option<String>, Option<f64>, String)>().all(conn).await?
    {
        goods.entry(decl).or_default().push(PortfolioGoods {
            item,
            description,
            classification: classification.as_deref().and_then(Classification::parse),
            value_cad,
            produced_at: produced_at.split(';').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect(),
        });
    }
    Ok(goods)
}

/// The sites a share of spend can go to (tier 1, or named by a goods line) among the `site_score` rows `filter`
/// selects, as the dashboard reads them, by `key` (the declaration or the assessment), in site order.
pub(super) async fn sites_shared<C: ConnectionTrait>(
    conn: &C,
    key: site_score::Column,
    filter: sea_orm::sea_query::SimpleExpr,
) -> Result<HashMap<i64, Vec<PortfolioSite>>, StorageError> {
    let mut sites: HashMap<i64, Vec<PortfolioSite>> = HashMap::new();
    for (k, site_ref, tier, country, category, forced, child) in site_score::Entity::find()
        .select_only()
        .columns([
            key,
            site_score::Column::SiteRef,
            site_score::Column::Tier,
            site_score::Column::Country,
            site_score::Column::Category,
            site_score::Column::ForcedLabourScore,
            site_score::Column::ChildLabourScore,
        ])
        .filter(filter)
        .filter(site_score::Column::Tier.eq(1).or(site_score::Column::Produces.eq(true)))
        .order_by_asc(key)
        .order_by_asc(site_score::Column::Position)
        .into_tuple::<(i64, String, Option<i32>, String, Option<String>, f64, f64)>()
        .all(conn)
        .await?
    {
        sites.entry(k).or_default().push(PortfolioSite {
            site_ref,
            tier: tier.and_then(|t| u32::try_from(t).ok()),
            country: country_of(&country)?,
            category,
            forced,
            child,
        });
    }
    Ok(sites)
}

fn country_of(code: &str) -> Result<CountryCode, StorageError> {
    CountryCode::parse(code).ok_or_else(|| StorageError::corrupt(format!("country code `{code}`")))
}

/// Sums and writes, under `model`, the assessments given (each with its declaration), reading what they need from
/// the stored rows (inside the caller's transaction); the sums are computed off the async workers.
pub(super) async fn fill(
    txn: &DatabaseTransaction,
    model: &Arc<RiskModel>,
    assessments: &[(i64, i64)],
) -> Result<(), StorageError> {
    for chunk in assessments.chunks(500) {
        let inputs = inputs_of(txn, chunk).await?;
        let (owned, of) = (chunk.to_vec(), model.clone());
        let sums: Vec<(i64, i64, Sums)> = tokio::task::spawn_blocking(move || {
            owned
                .iter()
                .map(|&(a, d)| {
                    let input = inputs.get(&a).ok_or(StorageError::NotFound)?;
                    Ok((a, d, portfolio::share_sums(&of, input)))
                })
                .collect::<Result<_, StorageError>>()
        })
        .await??;
        let rows: Vec<_> = sums.iter().map(|(a, d, (cells, unvalued))| (*a, *d, cells.as_slice(), *unvalued)).collect();
        let mut gathered = bulk::Gathered::default();
        insert_all(txn, &mut gathered, model.version(), &rows).await?;
        gathered.flush(txn).await?;
    }
    Ok(())
}

/// The latest assessments (with their declarations) that have no sums under this model version.
async fn unsummed<C: ConnectionTrait>(conn: &C, model_version: &str) -> Result<Vec<(i64, i64)>, StorageError> {
    let summed = Query::select()
        .column(portfolio_basis::Column::AssessmentId)
        .from(portfolio_basis::Entity)
        .and_where(portfolio_basis::Column::ModelVersion.eq(model_version))
        .to_owned();
    Ok(assessment::Entity::find()
        .select_only()
        .columns([assessment::Column::Id, assessment::Column::DeclarationId])
        .filter(assessment::Column::Id.in_subquery(latest_ids()))
        .filter(assessment::Column::Id.not_in_subquery(summed))
        .order_by_asc(assessment::Column::Id)
        .into_tuple::<(i64, i64)>()
        .all(conn)
        .await?)
}

/// The rows of `portfolio_share` under a model version for the latest assessments.
fn latest_shares(model_version: &str) -> SelectStatement {
    Query::select()
        .from(portfolio_share::Entity)
        .and_where(Expr::col((portfolio_share::Entity, portfolio_share::Column::ModelVersion)).eq(model_version))
        .and_where(
            Expr::col((portfolio_share::Entity, portfolio_share::Column::AssessmentId)).in_subquery(latest_ids()),
        )
        .to_owned()
}

/// Adds the four sums of `portfolio_share` to a query, as `spend`, `forced_spend`, `child_spend` and `high_spend`.
fn sum_columns(q: &mut SelectStatement) {
    for c in [
        portfolio_share::Column::Spend,
        portfolio_share::Column::ForcedSpend,
        portfolio_share::Column::ChildSpend,
        portfolio_share::Column::HighSpend,
    ] {
        let name = match c {
            portfolio_share::Column::Spend => "spend",
            portfolio_share::Column::ForcedSpend => "forced_spend",
            portfolio_share::Column::ChildSpend => "child_spend",
            _ => "high_spend",
        };
        q.expr_as(Func::sum(Expr::col((portfolio_share::Entity, c))), Alias::new(name));
    }
}

fn sum_of(row: &sea_orm::QueryResult) -> Result<ShareSum, StorageError> {
    Ok(ShareSum {
        spend: row.try_get("", "spend")?,
        forced_spend: row.try_get("", "forced_spend")?,
        child_spend: row.try_get("", "child_spend")?,
        high_spend: row.try_get("", "high_spend")?,
    })
}

/// The statements that add up the heat-map cells of a selection (see `Store::portfolio_cells`): `category`,
/// `country`, `n` (shares counted) and the four sums, by category and country. Each finds its rows through the
/// declarations it reads, never by walking `assessment` or `portfolio_share` whole: the current declarations (the
/// partial index of `superseded_by_id IS NULL`), each one's latest assessment by one search of `assessment
/// (declaration_id, id)`, its shares by `portfolio_share (assessment_id, model_version)`; a chosen list, the latest
/// assessments of its declarations ([`latest_ids_among`]). The former form (shares whose assessment is among every
/// declaration's latest, `latest_ids`, joined to the current declarations) was planned by PostgreSQL as nested loops
/// over whole tables when their statistics were missing or stale (after a bulk import): 333 ms for 509 declarations,
/// 15 ms in this form.
pub(super) fn cells_statements(model_version: &str, chosen: Option<&[i64]>) -> Vec<SelectStatement> {
    let mut q = Query::select();
    q.column((portfolio_share::Entity, portfolio_share::Column::Category))
        .column((portfolio_share::Entity, portfolio_share::Column::Country))
        .expr_as(Func::count(Expr::col((portfolio_share::Entity, portfolio_share::Column::Id))), Alias::new("n"))
        .and_where(Expr::col((portfolio_share::Entity, portfolio_share::Column::ModelVersion)).eq(model_version))
        .group_by_col((portfolio_share::Entity, portfolio_share::Column::Category))
        .group_by_col((portfolio_share::Entity, portfolio_share::Column::Country));
    sum_columns(&mut q);
    match chosen {
        None => vec![
            q.from(declaration::Entity)
                .inner_join(
                    portfolio_share::Entity,
                    Expr::col((portfolio_share::Entity, portfolio_share::Column::AssessmentId))
                        .eq(latest_id_of((declaration::Entity, declaration::Column::Id))),
                )
                .and_where(Expr::col((declaration::Entity, declaration::Column::SupersededById)).is_null())
                .to_owned(),
        ],
        Some(ids) => ids
            .chunks(IDS_PER_STATEMENT)
            .map(|chunk| {
                q.clone()
                    .from(portfolio_share::Entity)
                    .and_where(
                        Expr::col((portfolio_share::Entity, portfolio_share::Column::AssessmentId))
                            .in_subquery(latest_ids_among(chunk)),
                    )
                    .to_owned()
            })
            .collect(),
    }
}

/// At most this many declaration ids are named in one statement (under both backends' bind-parameter limits).
const IDS_PER_STATEMENT: usize = 10_000;

impl Store {
    /// The store, writing the portfolio dashboard's sums of every assessment it stores under this model (the one
    /// the service runs with). Without it, the dashboard sums them when it first reads them.
    pub fn with_portfolio_model(mut self, model: Arc<RiskModel>) -> Store {
        self.portfolio_model = Some(model);
        self
    }

    /// Sums, under `model`, the latest assessments that have no sums under its version (see the module's notes);
    /// returns how many. Concurrent calls are harmless: one writes, the others find nothing left to do.
    pub async fn fill_portfolio(&self, model: &Arc<RiskModel>) -> Result<usize, StorageError> {
        if unsummed(&self.db, model.version()).await?.is_empty() {
            return Ok(0);
        }
        let txn = self.write().await?;
        let done = match unsummed(&*txn, model.version()).await {
            Ok(todo) => fill(&txn, model, &todo).await.map(|()| todo.len()),
            Err(e) => Err(e),
        };
        match txn.finish(done).await {
            // PostgreSQL writers do not queue: another reader summed the same assessments first.
            Err(e @ StorageError::Conflict(_)) => {
                if unsummed(&self.db, model.version()).await?.is_empty() {
                    Ok(0)
                } else {
                    Err(e)
                }
            }
            other => other,
        }
    }

    /// Every assessed declaration with what choosing it reads and the sums of its latest assessment under this model
    /// version (added up by the database), by id.
    async fn portfolio_declarations(&self, model_version: &str) -> Result<Vec<DeclarationSums>, StorageError> {
        let mut per = latest_shares(model_version);
        per.column((portfolio_share::Entity, portfolio_share::Column::DeclarationId))
            .group_by_col((portfolio_share::Entity, portfolio_share::Column::DeclarationId));
        sum_columns(&mut per);
        let mut totals: HashMap<i64, ShareSum> = HashMap::new();
        for row in self.db.query_all(&per).await? {
            totals.insert(row.try_get("", "declaration_id")?, sum_of(&row)?);
        }
        let rows = portfolio_basis::Entity::find()
            .select_only()
            .column(portfolio_basis::Column::UnvaluedLines)
            .columns([
                declaration::Column::Id,
                declaration::Column::SupplierId,
                declaration::Column::SupersededById,
                declaration::Column::DeclarationDate,
                declaration::Column::SolicitationId,
            ])
            .join(
                sea_orm::JoinType::InnerJoin,
                portfolio_basis::Entity::belongs_to(declaration::Entity)
                    .from(portfolio_basis::Column::DeclarationId)
                    .to(declaration::Column::Id)
                    .into(),
            )
            .filter(portfolio_basis::Column::ModelVersion.eq(model_version))
            .filter(portfolio_basis::Column::AssessmentId.in_subquery(latest_ids()))
            .order_by_asc(declaration::Column::Id)
            .into_tuple::<(i32, i64, i64, Option<i64>, chrono::NaiveDate, Option<i64>)>()
            .all(&self.db)
            .await?;
        Ok(rows
            .into_iter()
            .map(|(unvalued, id, supplier_id, superseded_by, declaration_date, solicitation)| DeclarationSums {
                declaration_id: id,
                supplier_id,
                current: superseded_by.is_none(),
                declaration_date,
                solicitation,
                unvalued_lines: usize::try_from(unvalued).unwrap_or(0),
                total: totals.get(&id).copied().unwrap_or_default(),
            })
            .collect())
    }

    /// The heat-map cells of a selection, added up by the database: the current declarations (`chosen = None`) or
    /// these.
    async fn portfolio_cells(&self, model_version: &str, chosen: Option<&[i64]>) -> Result<Vec<CellSum>, StorageError> {
        let statements = cells_statements(model_version, chosen);
        let mut cells: BTreeMap<(Option<String>, CountryCode), (ShareSum, usize)> = BTreeMap::new();
        for statement in statements {
            for row in self.db.query_all(&statement).await? {
                let category: Option<String> = row.try_get("", "category")?;
                let country: String = row.try_get("", "country")?;
                let n: i64 = row.try_get("", "n")?;
                let cell = cells.entry((category, country_of(&country)?)).or_default();
                cell.0.merge(&sum_of(&row)?);
                cell.1 += usize::try_from(n).unwrap_or(0);
            }
        }
        Ok(cells
            .into_iter()
            .map(|((category, country), (sum, declarations))| CellSum { category, country, sum, declarations })
            .collect())
    }

    /// The portfolio dashboard for the current declarations (`fy = None`) or a fiscal year, under `model`: the same
    /// figures as [`portfolio::dashboard`] over [`Store::portfolio_inputs`], with the sums kept per assessment and
    /// added up by the database (assessments without them are summed first, [`Store::fill_portfolio`]).
    pub async fn portfolio_dashboard(
        &self,
        model: &Arc<RiskModel>,
        fy: Option<FiscalYear>,
    ) -> Result<Dashboard, StorageError> {
        self.fill_portfolio(model).await?;
        let all = self.portfolio_declarations(model.version()).await?;
        let cells = match fy {
            None => self.portfolio_cells(model.version(), None).await?,
            Some(_) => {
                let ids: Vec<i64> = portfolio::select_sums(&all, fy).iter().map(|d| d.declaration_id).collect();
                self.portfolio_cells(model.version(), Some(&ids)).await?
            }
        };
        Ok(portfolio::assemble(&all, fy, cells))
    }

    /// The declarations a heat-map cell of the dashboard counts, by id: those of the selection `fy` with a share of
    /// spend in the cells `filter` selects — the same as [`portfolio::declarations_in`], from the stored sums.
    pub async fn portfolio_declarations_in(
        &self,
        model: &Arc<RiskModel>,
        fy: Option<FiscalYear>,
        filter: &CellFilter,
    ) -> Result<Vec<i64>, StorageError> {
        self.fill_portfolio(model).await?;
        let all = self.portfolio_declarations(model.version()).await?;
        let chosen: HashSet<i64> = portfolio::select_sums(&all, fy).iter().map(|d| d.declaration_id).collect();
        let mut q = latest_shares(model.version());
        q.column((portfolio_share::Entity, portfolio_share::Column::DeclarationId)).distinct();
        let category = Expr::col((portfolio_share::Entity, portfolio_share::Column::Category));
        match &filter.category {
            None => {}
            Some(None) => {
                q.and_where(category.is_null());
            }
            Some(Some(code)) => {
                q.and_where(category.eq(code.as_str()));
            }
        }
        if let Some(country) = filter.country {
            q.and_where(Expr::col((portfolio_share::Entity, portfolio_share::Column::Country)).eq(country.as_str()));
        }
        let mut ids = Vec::new();
        for row in self.db.query_all(&q).await? {
            let id: i64 = row.try_get("", "declaration_id")?;
            if chosen.contains(&id) {
                ids.push(id);
            }
        }
        ids.sort_unstable();
        Ok(ids)
    }
}

#[cfg(test)]
mod tests;
