//! Compact summaries of each assessment, written in the same transaction as the assessment, so that lists, reports
//! and the national graph never read explanation documents (on average a third of a megabyte each, up to 1.5 MB):
//!
//! - `site_score`: one row a site of an assessment — its position in the declaration's site order, reference, tier,
//!   country, goods category, forced- and child-labour score and band, what it brings itself before its suppliers
//!   (the national graph's `own`, `input` and `own_carried`, the part of `own` carried downstream, all but its
//!   country context: [`crate::domain::supply::bases_of`]), and whether a goods line names
//!   it as where it is produced (`produces`: the portfolio reads only those and tier-1 sites);
//! - `category_score`: one row a goods category of an assessment, with both scores and bands (the S-211 report).
//!
//! The latest assessment of a declaration is the one with the highest id (`latest_ids`). The migration
//! `m20261129_000300_create_score_summaries` creates the tables and fills them for assessments stored before.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, IntoColumnRef, Query, SelectStatement, SubQueryStatement};
use sea_orm::{
    ActiveValue::NotSet, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

use super::entities::{assessment, category_score, declaration, site_score, solicitation, supplier};
use super::{StorageError, Store, bulk};
use crate::domain::supply::{Base, Bases, bases_of};
use crate::domain::{Assessment, Band, CountryCode, DeclarationCounts, FiscalYear, PortfolioInput};

/// The site references a declaration's goods lines name as where they are produced (`goods_item.produced_at`,
/// `; `-separated).
pub(super) fn produced_refs<'a>(produced_at: impl IntoIterator<Item = &'a str>) -> HashSet<String> {
    produced_at
        .into_iter()
        .flat_map(|p| p.split(';'))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// Writes the summaries of one assessment (inside its transaction), gathered with the caller's other inserts
/// (`bulk::Gathered`: on PostgreSQL written when the caller flushes). `produced` holds the site references the
/// declaration's goods lines name.
pub(super) async fn insert(
    txn: &DatabaseTransaction,
    gathered: &mut bulk::Gathered,
    assessment_id: i64,
    declaration_id: i64,
    a: &Assessment,
    produced: &HashSet<String>,
) -> Result<(), StorageError> {
    let bases = bases_of(a);
    let sites = a.sites.iter().enumerate().map(|(i, s)| {
        let [f, c] = bases.get(i).copied().unwrap_or_default();
        site_score::ActiveModel {
            id: NotSet,
            assessment_id: Set(assessment_id),
            declaration_id: Set(declaration_id),
            position: Set(i32::try_from(i).unwrap_or(i32::MAX)),
            site_ref: Set(s.site_id.to_string()),
            tier: Set(s.tier.map(|t| i32::try_from(t).unwrap_or(i32::MAX))),
            country: Set(s.country.to_string()),
            category: Set(s.category.clone()),
            produces: Set(produced.contains(s.site_id.as_str())),
            forced_labour_score: Set(s.risk.forced_labour.score),
            forced_labour_band: Set(s.risk.forced_labour.band.to_string()),
            child_labour_score: Set(s.risk.child_labour.score),
            child_labour_band: Set(s.risk.child_labour.band.to_string()),
            forced_labour_own: Set(f64::from(f.own)),
            forced_labour_input: Set(f64::from(f.input)),
            child_labour_own: Set(f64::from(c.own)),
            child_labour_input: Set(f64::from(c.input)),
            forced_labour_own_carried: Set(f64::from(f.own_carried)),
            child_labour_own_carried: Set(f64::from(c.own_carried)),
            carry_known: Set(true),
        }
    });
    gathered.add(txn, sites).await?;
    let categories: Vec<_> = a
        .categories
        .iter()
        .map(|c| category_score::ActiveModel {
            id: NotSet,
            assessment_id: Set(assessment_id),
            declaration_id: Set(declaration_id),
            category: Set(c.category.clone()),
            forced_labour_score: Set(c.risk.forced_labour.score),
            forced_labour_band: Set(c.risk.forced_labour.band.to_string()),
            child_labour_score: Set(c.risk.child_labour.score),
            child_labour_band: Set(c.risk.child_labour.band.to_string()),
        })
        .collect();
    gathered.add(txn, categories).await
}

/// The id of every declaration's latest assessment (the highest id). It walks the whole index `assessment
/// (declaration_id, id)`: only for reads of every declaration (the portfolio dashboard, `portfolio_inputs`); a read
/// of some declarations takes [`latest_ids_among`] or [`latest_id_of`], whose cost follows what they read.
pub(super) fn latest_ids() -> SelectStatement {
    Query::select()
        .expr(Func::max(Expr::col(assessment::Column::Id)))
        .from(assessment::Entity)
        .group_by_col(assessment::Column::DeclarationId)
        .to_owned()
}

/// The id of the latest assessment of each of these declarations: the index `assessment (declaration_id, id)` is
/// searched at these declarations only (a page of a list, a chunk of a report), never walked whole. Each id is one
/// bound value: callers pass chunks of at most a few thousand.
pub(super) fn latest_ids_among(declaration_ids: &[i64]) -> SelectStatement {
    Query::select()
        .expr(Func::max(Expr::col(assessment::Column::Id)))
        .from(assessment::Entity)
        .and_where(Expr::col(assessment::Column::DeclarationId).is_in(declaration_ids.iter().copied()))
        .group_by_col(assessment::Column::DeclarationId)
        .to_owned()
}

/// `(SELECT max(la.id) FROM assessment la WHERE la.declaration_id = <declaration>)`: the id of the latest assessment
/// of the declaration an outer row names (`declaration`, a column of the outer query), found by one search of the
/// index `assessment (declaration_id, id)` per outer row.
pub(super) fn latest_id_of(declaration: impl IntoColumnRef) -> Expr {
    let la = Alias::new("la");
    let q = Query::select()
        .expr(Func::max(Expr::col((la.clone(), assessment::Column::Id))))
        .from_as(assessment::Entity, la.clone())
        .and_where(Expr::col((la, assessment::Column::DeclarationId)).equals(declaration))
        .to_owned();
    Expr::SubQuery(None, Box::new(SubQueryStatement::SelectStatement(q)))
}

/// The graph's parts of every site of the latest assessment of each of these declarations, by declaration and
/// position: the summaries of the latest assessments only, found through the index of `assessment` at these
/// declarations.
/// A row of [`latest_site_bases`]: declaration, position, category, forced own and input, child own and input, forced
/// and child own carried, and whether the carried points are known.
type SiteBasesRow = (i64, i32, Option<String>, f64, f64, f64, f64, f64, f64, bool);

fn latest_site_bases(declaration_ids: &[i64]) -> sea_orm::Select<site_score::Entity> {
    site_score::Entity::find()
        .select_only()
        .columns([
            site_score::Column::DeclarationId,
            site_score::Column::Position,
            site_score::Column::Category,
            site_score::Column::ForcedLabourOwn,
            site_score::Column::ForcedLabourInput,
            site_score::Column::ChildLabourOwn,
            site_score::Column::ChildLabourInput,
            site_score::Column::ForcedLabourOwnCarried,
            site_score::Column::ChildLabourOwnCarried,
            site_score::Column::CarryKnown,
        ])
        .filter(site_score::Column::DeclarationId.is_in(declaration_ids.iter().copied()))
        .filter(site_score::Column::AssessmentId.in_subquery(latest_ids_among(declaration_ids)))
        .order_by_asc(site_score::Column::DeclarationId)
        .order_by_asc(site_score::Column::Position)
}

/// Declarations received (UTC) in fiscal year `fy`: a range of the index `declaration (received_at)`.
fn received_in(fy: FiscalYear) -> Expr {
    let (start, end) = (day_start(fy.first_day()), day_start(fy.next().first_day()));
    Expr::col((declaration::Entity, declaration::Column::ReceivedAt))
        .gte(start)
        .and(Expr::col((declaration::Entity, declaration::Column::ReceivedAt)).lt(end))
}

/// Declarations in force at the end of fiscal year `fy` among those received in it: not superseded by a declaration
/// received before the year ended (`NOT EXISTS`, one search of the primary key of `declaration` per row). A chain of
/// re-submissions received within the year counts once, by its newest file.
fn in_force_at_end_of(fy: FiscalYear) -> Expr {
    let nx = Alias::new("nx");
    let end = day_start(fy.next().first_day());
    let replaced = Query::select()
        .expr(Expr::val(1))
        .from_as(declaration::Entity, nx.clone())
        .and_where(
            Expr::col((nx.clone(), declaration::Column::Id))
                .equals((declaration::Entity, declaration::Column::SupersededById)),
        )
        .and_where(Expr::col((nx, declaration::Column::ReceivedAt)).lt(end))
        .to_owned();
    Expr::exists(replaced).not()
}

/// How many goods categories of the latest assessments of the declarations in force at the end of `fy` among those
/// received in it ([`in_force_at_end_of`]) are in each band of `band_col` (`category`, `band`, `n`): the year's
/// declarations by the index on `received_at`, their categories by `category_score (declaration_id)`, and one search
/// of `assessment (declaration_id, id)` per category row for the latest assessment — never a walk of every
/// assessment.
fn category_bands(fy: FiscalYear, band_col: category_score::Column) -> SelectStatement {
    Query::select()
        .column((category_score::Entity, category_score::Column::Category))
        .expr_as(Expr::col((category_score::Entity, band_col)), Alias::new("band"))
        .expr_as(Func::count(Expr::col((category_score::Entity, category_score::Column::Id))), Alias::new("n"))
        .from(category_score::Entity)
        .inner_join(
            declaration::Entity,
            Expr::col((declaration::Entity, declaration::Column::Id))
                .equals((category_score::Entity, category_score::Column::DeclarationId)),
        )
        .and_where(
            Expr::col((category_score::Entity, category_score::Column::AssessmentId))
                .eq(latest_id_of((category_score::Entity, category_score::Column::DeclarationId))),
        )
        .and_where(received_in(fy))
        .and_where(in_force_at_end_of(fy))
        .group_by_col((category_score::Entity, category_score::Column::Category))
        .group_by_col((category_score::Entity, band_col))
        .to_owned()
}

/// The parts of one site the national graph takes from its latest assessment.
#[derive(Debug, Clone, Default)]
pub struct SiteBasis {
    pub category: Option<String>,
    pub bases: Bases,
}

fn u32_of(n: i64) -> u32 {
    n.clamp(0, i64::from(u32::MAX)) as u32
}

/// Midnight UTC starting a day.
fn day_start(d: NaiveDate) -> DateTime<Utc> {
    d.and_time(NaiveTime::MIN).and_utc()
}

impl Store {
    /// For each of these declarations, the category and the graph's bases of each site of its latest assessment, in
    /// site order (a declaration without an assessment is absent).
    pub async fn site_bases(&self, declaration_ids: &[i64]) -> Result<HashMap<i64, Vec<SiteBasis>>, StorageError> {
        let mut out: HashMap<i64, Vec<SiteBasis>> = HashMap::new();
        for chunk in declaration_ids.chunks(500) {
            // Every declaration with an assessment has an entry, a declaration without sites an empty one.
            let assessed = assessment::Entity::find()
                .select_only()
                .column(assessment::Column::DeclarationId)
                .distinct()
                .filter(assessment::Column::DeclarationId.is_in(chunk.iter().copied()))
                .into_tuple::<i64>()
                .all(&self.db)
                .await?;
            for d in assessed {
                out.entry(d).or_default();
            }
            let rows = latest_site_bases(chunk).into_tuple::<SiteBasesRow>().all(&self.db).await?;
            for (decl, position, category, fo, fi, co, ci, fc, cc, carry_known) in rows {
                let sites = out.entry(decl).or_default();
                let at = usize::try_from(position).map_err(|_| StorageError::corrupt("negative site position"))?;
                if sites.len() != at {
                    return Err(StorageError::corrupt(format!("declaration {decl}: site summary {at} out of order")));
                }
                // A summary whose carried points were not read by the carry rule carries none of its own points:
                // they may hold its country context, which counts once, at its own line.
                let base = |own: f64, input: f64, own_carried: f64| Base {
                    own: own as f32,
                    input: input as f32,
                    own_carried: if carry_known { own_carried as f32 } else { 0.0 },
                };
                sites.push(SiteBasis { category, bases: [base(fo, fi, fc), base(co, ci, cc)] });
            }
        }
        Ok(out)
    }

    /// The declarations part of the S-211 figures of fiscal year `fy` (by the UTC date each declaration was
    /// received), counted by the database from the summaries: the files received, and of the declarations in force
    /// at the end of the year among them (each chain of re-submissions once, [`DeclarationCounts`]) how many, their
    /// sites and their categories by band.
    pub async fn s211_counts(&self, fy: FiscalYear) -> Result<DeclarationCounts, StorageError> {
        // Integers of 32 bits: PostgreSQL sums them as `bigint` (64-bit integers it would sum as `numeric`).
        let in_force = Expr::case(in_force_at_end_of(fy), Expr::val(1i32)).finally(Expr::val(0i32));
        let sites_in_force =
            Expr::case(in_force_at_end_of(fy), Expr::col((declaration::Entity, declaration::Column::SiteCount)))
                .finally(Expr::val(0i32));
        let totals = Query::select()
            .expr_as(Func::count(Expr::col((declaration::Entity, declaration::Column::Id))), Alias::new("files"))
            .expr_as(
                Func::coalesce([Expr::from(Func::sum(Into::<Expr>::into(in_force))), Expr::val(0i64)]),
                Alias::new("n"),
            )
            .expr_as(
                Func::coalesce([Expr::from(Func::sum(Into::<Expr>::into(sites_in_force))), Expr::val(0i64)]),
                Alias::new("sites"),
            )
            .from(declaration::Entity)
            .and_where(received_in(fy))
            .to_owned();
        let mut counts = DeclarationCounts::default();
        if let Some(row) = self.db.query_one(&totals).await? {
            counts.files_received = u32_of(row.try_get::<i64>("", "files")?);
            counts.received = u32_of(row.try_get::<i64>("", "n")?);
            counts.site_disclosures = u32_of(row.try_get::<i64>("", "sites")?);
        }
        for (band_col, forced) in
            [(category_score::Column::ForcedLabourBand, true), (category_score::Column::ChildLabourBand, false)]
        {
            for row in self.db.query_all(&category_bands(fy, band_col)).await? {
                let category: String = row.try_get("", "category")?;
                let band: String = row.try_get("", "band")?;
                let band: Band =
                    band.parse().map_err(|_| StorageError::corrupt(format!("category_score: band `{band}`")))?;
                let n = u32_of(row.try_get::<i64>("", "n")?);
                let cell = counts.category_bands.entry((category, band)).or_default();
                if forced {
                    cell.0 += n;
                } else {
                    cell.1 += n;
                }
            }
        }
        Ok(counts)
    }

    /// Every stored declaration, superseded ones too, with what the portfolio dashboard reads of it and of its latest
    /// assessment: goods lines, tier-1 sites and the sites goods lines name, overall scores. No document is read.
    pub async fn portfolio_inputs(&self) -> Result<Vec<PortfolioInput>, StorageError> {
        let decls = declaration::Entity::find()
            .select_only()
            .columns([
                declaration::Column::Id,
                declaration::Column::SupplierId,
                declaration::Column::SupersededById,
                declaration::Column::DeclarationDate,
                declaration::Column::SolicitationId,
            ])
            .order_by_asc(declaration::Column::Id)
            .into_tuple::<(i64, i64, Option<i64>, NaiveDate, Option<i64>)>()
            .all(&self.db)
            .await?;
        let overall: HashMap<i64, (f64, f64)> = assessment::Entity::find()
            .select_only()
            .columns([
                assessment::Column::DeclarationId,
                assessment::Column::ForcedLabourScore,
                assessment::Column::ChildLabourScore,
            ])
            .filter(assessment::Column::Id.in_subquery(latest_ids()))
            .into_tuple::<(i64, f64, f64)>()
            .all(&self.db)
            .await?
            .into_iter()
            .map(|(d, f, c)| (d, (f, c)))
            .collect();
        let countries: HashMap<i64, String> = supplier::Entity::find()
            .select_only()
            .columns([supplier::Column::Id, supplier::Column::Country])
            .into_tuple::<(i64, String)>()
            .all(&self.db)
            .await?
            .into_iter()
            .collect();
        let numbers: HashMap<i64, String> = solicitation::Entity::find()
            .select_only()
            .columns([solicitation::Column::Id, solicitation::Column::Number])
            .into_tuple::<(i64, String)>()
            .all(&self.db)
            .await?
            .into_iter()
            .collect();
        let mut goods = super::portfolio::goods_lines(&self.db, None).await?;
        let mut sites = super::portfolio::sites_shared(
            &self.db,
            site_score::Column::DeclarationId,
            site_score::Column::AssessmentId.in_subquery(latest_ids()),
        )
        .await?;
        let mut out = Vec::with_capacity(decls.len());
        for (id, supplier_id, superseded_by, declaration_date, solicitation_id) in decls {
            let Some(&(forced, child)) = overall.get(&id) else { continue };
            let country = countries.get(&supplier_id).ok_or(StorageError::NotFound)?;
            out.push(PortfolioInput {
                declaration_id: id,
                supplier_id,
                current: superseded_by.is_none(),
                declaration_date,
                solicitation_number: solicitation_id.and_then(|s| numbers.get(&s).cloned()),
                supplier_country: country_of(country)?,
                forced,
                child,
                goods: goods.remove(&id).unwrap_or_default(),
                sites: sites.remove(&id).unwrap_or_default(),
            });
        }
        Ok(out)
    }
}

fn country_of(code: &str) -> Result<CountryCode, StorageError> {
    CountryCode::parse(code).ok_or_else(|| StorageError::corrupt(format!("country code `{code}`")))
}

#[cfg(test)]
pub(super) mod tests;
