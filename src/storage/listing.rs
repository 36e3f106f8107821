//! The list of declarations: one filter ([`DeclarationFilter`]) read by the home page, the API, the supplier's
//! history and the case pages, as one query for the page of rows and one for their count.
//!
//! What a declaration's latest assessment says (its bands and scores, the category and country of its sites) is
//! read from `assessment` and the `site_score` summary by correlated subqueries on the declaration's id (the index
//! `assessment (declaration_id, id)` finds the latest, `site_score (assessment_id, position)` its sites): no
//! explanation document is read. Free text is folded in Rust (case, accents and punctuation ignored, the same on
//! SQLite and PostgreSQL) against the suppliers' names (current, and as each declaration recorded them) and business numbers and the
//! solicitation numbers, which then filter by id; one word of digits is also a declaration's number.

use chrono::NaiveDate;
use sea_orm::sea_query::JoinType;
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, Order, Query, SelectStatement, SubQueryStatement};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, QueryFilter, QueryOrder, QuerySelect, QueryTrait,
};

use super::entities::site_score;
use super::entities::{assessment, declaration, solicitation, supplier};
use super::{DeclarationSummary, StorageError, Store, band_of, bound};
use crate::domain::Band;
use crate::domain::text::fold_label;

/// How a list of declarations is ordered; every order ends with the newest id first, so pages never overlap.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum DeclarationSort {
    /// Newest received first (the order of storage).
    #[default]
    Received,
    /// Newest declaration date first.
    Date,
    /// Highest forced-labour score of the latest assessment first, then child labour.
    Risk,
    /// Highest child-labour score of the latest assessment first, then forced labour.
    Child,
    /// Supplier's legal name, A to Z (case ignored), then newest declaration date.
    Supplier,
}

impl DeclarationSort {
    /// The names the URL and the API use, in the order a form offers them.
    pub const NAMES: [&'static str; 4] = ["date", "risk", "child", "supplier"];

    /// Reads a URL's `sort` value (`date`, `risk`, `child`, `supplier`).
    pub fn parse(s: &str) -> Option<DeclarationSort> {
        Some(match s {
            "date" => DeclarationSort::Date,
            "risk" => DeclarationSort::Risk,
            "child" => DeclarationSort::Child,
            "supplier" => DeclarationSort::Supplier,
            _ => return None,
        })
    }

    /// The URL's name of this order (`Received` has none: it is the storage order, `date` is the URL default).
    pub fn name(self) -> &'static str {
        match self {
            DeclarationSort::Received | DeclarationSort::Date => "date",
            DeclarationSort::Risk => "risk",
            DeclarationSort::Child => "child",
            DeclarationSort::Supplier => "supplier",
        }
    }
}

/// Which declarations to list. Every condition given must hold; `None` means any.
#[derive(Debug, Clone)]
pub struct DeclarationFilter {
    pub supplier_id: Option<i64>,
    /// Only declarations of suppliers with this business number (a supplier account's own).
    pub business_number: Option<String>,
    /// The solicitation's number, in any case of letters.
    pub solicitation_number: Option<String>,
    /// Free text found in the supplier's legal name (current, or a former one a declaration recorded), its business
    /// number or the solicitation number (case, accents, spaces and punctuation ignored); one word of digits also
    /// finds the declaration of that number.
    pub text: Option<String>,
    /// A goods category code of the risk model: some site of the latest assessment is of this category.
    pub category: Option<String>,
    /// An ISO 3166-1 alpha-2 code: some site of the latest assessment is in this country. With `category`, one site
    /// is both.
    pub country: Option<String>,
    /// The forced-labour band of the latest assessment.
    pub forced_band: Option<Band>,
    /// The child-labour band of the latest assessment.
    pub child_band: Option<Band>,
    /// Canada's fiscal year by its first year (`2026`: declaration dated 2026-04-01 to 2027-03-31).
    pub fiscal_year: Option<crate::domain::FiscalYear>,
    /// Declaration date on or after.
    pub from: Option<NaiveDate>,
    /// Declaration date on or before.
    pub to: Option<NaiveDate>,
    /// Only these declarations (the ones a portfolio heat-map cell counts, `scoring::portfolio::declarations_in`).
    pub ids: Option<Vec<i64>>,
    pub sort: DeclarationSort,
    pub include_superseded: bool,
    pub limit: u64,
    pub offset: u64,
}

impl Default for DeclarationFilter {
    fn default() -> Self {
        DeclarationFilter {
            supplier_id: None,
            business_number: None,
            solicitation_number: None,
            text: None,
            category: None,
            country: None,
            forced_band: None,
            child_band: None,
            fiscal_year: None,
            from: None,
            to: None,
            ids: None,
            sort: DeclarationSort::default(),
            include_superseded: false,
            limit: 100,
            offset: 0,
        }
    }
}

/// `(SELECT <column> FROM assessment la WHERE la.declaration_id = declaration.id ORDER BY la.id DESC LIMIT 1)`:
/// a column of the declaration's latest assessment.
fn latest(column: assessment::Column) -> Expr {
    let la = Alias::new("la");
    let q = Query::select()
        .expr(Expr::col((la.clone(), column)))
        .from_as(assessment::Entity, la.clone())
        .and_where(
            Expr::col((la.clone(), assessment::Column::DeclarationId))
                .equals((declaration::Entity, declaration::Column::Id)),
        )
        .order_by((la, assessment::Column::Id), Order::Desc)
        .limit(1)
        .to_owned();
    sub_query(q)
}

fn sub_query(q: SelectStatement) -> Expr {
    Expr::SubQuery(None, Box::new(SubQueryStatement::SelectStatement(q)))
}

/// The columns of `declaration` a page of the list reads: what [`ListedRow`] shows of the declaration itself. On
/// SQLite they are all in the index `m20261205_e00100_cover_listed_declarations` (its plan test), so a page of current
/// declarations by date never reads a declaration's row, whose `legal_name` lies after the compressed document and
/// is reached only by walking every overflow page of it.
pub(super) const LISTED_COLUMNS: [declaration::Column; 11] = [
    declaration::Column::SupersededById,
    declaration::Column::DeclarationDate,
    declaration::Column::Id,
    declaration::Column::SupplierId,
    declaration::Column::SolicitationId,
    declaration::Column::ReceivedAt,
    declaration::Column::FileName,
    declaration::Column::Sha256,
    declaration::Column::SiteCount,
    declaration::Column::SupersedesId,
    declaration::Column::LegalName,
];

/// One row of a page of the list, as [`with_listed_columns`] selects it.
#[derive(Debug, FromQueryResult)]
struct ListedRow {
    id: i64,
    supplier_id: i64,
    declaration_date: NaiveDate,
    received_at: chrono::DateTime<chrono::Utc>,
    file_name: String,
    sha256: String,
    site_count: i32,
    supersedes_id: Option<i64>,
    superseded_by_id: Option<i64>,
    /// The name this declaration was sent with (`None` for rows stored before it was kept).
    legal_name: Option<String>,
    /// The supplier's current name (`None` only if its row were missing, which its foreign key forbids).
    supplier_legal_name: Option<String>,
    business_number: Option<String>,
    supplier_country: Option<String>,
    solicitation_number: Option<String>,
    model_version: Option<String>,
    forced_labour_score: Option<f64>,
    forced_labour_band: Option<String>,
    child_labour_score: Option<f64>,
    child_labour_band: Option<String>,
    finding_count: Option<i32>,
}

impl ListedRow {
    fn summary(self) -> Result<DeclarationSummary, StorageError> {
        let (Some(current_name), Some(supplier_country)) = (self.supplier_legal_name, self.supplier_country) else {
            return Err(StorageError::NotFound);
        };
        Ok(DeclarationSummary {
            id: self.id,
            supplier_id: self.supplier_id,
            // The name this declaration was sent with; the supplier's row has the latest.
            supplier_name: self.legal_name.unwrap_or(current_name),
            business_number: self.business_number,
            supplier_country,
            solicitation_number: self.solicitation_number,
            declaration_date: self.declaration_date,
            received_at: self.received_at,
            file_name: self.file_name,
            sha256: self.sha256,
            site_count: u32::try_from(self.site_count).unwrap_or(0),
            supersedes: self.supersedes_id,
            superseded_by: self.superseded_by_id,
            forced_labour_band: self.forced_labour_band.as_deref().and_then(band_of),
            child_labour_band: self.child_labour_band.as_deref().and_then(band_of),
            forced_labour_score: self.forced_labour_score,
            child_labour_score: self.child_labour_score,
            finding_count: self.finding_count.map_or(0, |n| u32::try_from(n).unwrap_or(0)),
            model_version: self.model_version,
        })
    }
}

/// A page's query with the columns of [`ListedRow`]: the declaration's [`LISTED_COLUMNS`], and by left joins on keys
/// its supplier (`listed_supplier`), its solicitation (`listed_solicitation`) and its latest assessment (`lat`, the
/// one [`latest`] finds on `assessment (declaration_id, id)`). Left joins keep the declaration the outer loop, read
/// in the order of its index; the joined rows are read for the page's rows only.
fn with_listed_columns(q: sea_orm::Select<declaration::Entity>) -> SelectStatement {
    let (sup, sol, lat) = (Alias::new("listed_supplier"), Alias::new("listed_solicitation"), Alias::new("lat"));
    let mut s = q.select_only().columns(LISTED_COLUMNS).into_query();
    s.expr_as(Expr::col((sup.clone(), supplier::Column::LegalName)), Alias::new("supplier_legal_name"))
        .expr_as(Expr::col((sup.clone(), supplier::Column::BusinessNumber)), Alias::new("business_number"))
        .expr_as(Expr::col((sup.clone(), supplier::Column::Country)), Alias::new("supplier_country"))
        .expr_as(Expr::col((sol.clone(), solicitation::Column::Number)), Alias::new("solicitation_number"));
    for c in super::SUMMARY_COLUMNS {
        s.expr(Expr::col((lat.clone(), c)));
    }
    s.join_as(
        JoinType::LeftJoin,
        supplier::Entity,
        sup.clone(),
        Expr::col((sup, supplier::Column::Id)).equals((declaration::Entity, declaration::Column::SupplierId)),
    )
    .join_as(
        JoinType::LeftJoin,
        solicitation::Entity,
        sol.clone(),
        Expr::col((sol, solicitation::Column::Id)).equals((declaration::Entity, declaration::Column::SolicitationId)),
    )
    .join_as(
        JoinType::LeftJoin,
        assessment::Entity,
        lat.clone(),
        Expr::col((lat, assessment::Column::Id)).eq(latest(assessment::Column::Id)),
    );
    s
}

/// The column of [`Store::declaration_page`]'s rows that carries how many declarations the filter selects.
const LISTED_TOTAL: &str = "listed_total";

/// What no declaration matches: an id below every id.
fn nothing() -> Expr {
    Expr::col((declaration::Entity, declaration::Column::Id)).lt(0)
}

impl Store {
    /// The declarations a filter selects, in its order, `limit` of them after `offset`: one statement
    /// ([`Store::list_query`]), whatever the number of rows.
    pub async fn list_declarations(&self, filter: &DeclarationFilter) -> Result<Vec<DeclarationSummary>, StorageError> {
        let q = self.list_query(filter).await?;
        ListedRow::find_by_statement(self.db.get_database_backend().build(&q))
            .all(&self.db)
            .await?
            .into_iter()
            .map(ListedRow::summary)
            .collect()
    }

    /// The query of a page of the list: the declarations a filter selects, in its order, `limit` of them after
    /// `offset`, each row with its supplier's name, business number and country, its solicitation's number and its
    /// latest assessment's bands, scores and finding count ([`ListedRow`]), joined by key: one statement, never one a
    /// row.
    pub(super) async fn list_query(&self, filter: &DeclarationFilter) -> Result<SelectStatement, StorageError> {
        let q = self.selected(filter).await?;
        let q = match filter.sort {
            DeclarationSort::Received => q,
            DeclarationSort::Date => q.order_by_desc(declaration::Column::DeclarationDate),
            DeclarationSort::Risk => q
                .order_by(latest(assessment::Column::ForcedLabourScore), Order::Desc)
                .order_by(latest(assessment::Column::ChildLabourScore), Order::Desc),
            DeclarationSort::Child => q
                .order_by(latest(assessment::Column::ChildLabourScore), Order::Desc)
                .order_by(latest(assessment::Column::ForcedLabourScore), Order::Desc),
            DeclarationSort::Supplier => {
                let name = Query::select()
                    .expr(Func::lower(Expr::col((supplier::Entity, supplier::Column::LegalName))))
                    .from(supplier::Entity)
                    .and_where(
                        Expr::col((supplier::Entity, supplier::Column::Id))
                            .equals((declaration::Entity, declaration::Column::SupplierId)),
                    )
                    .to_owned();
                q.order_by(sub_query(name), Order::Asc).order_by_desc(declaration::Column::DeclarationDate)
            }
        };
        // SQL binds signed 64-bit numbers: larger ones would fail inside the driver.
        let q = q.order_by_desc(declaration::Column::Id).offset(bound(filter.offset)).limit(bound(filter.limit));
        Ok(with_listed_columns(q))
    }

    /// How many declarations a filter selects, whatever its `limit` and `offset`.
    pub async fn count_listed(&self, filter: &DeclarationFilter) -> Result<u64, StorageError> {
        let q = self.count_query(filter).await?;
        let n: Option<i64> = match self.db.query_one(&q).await? {
            Some(row) => row.try_get("", "n")?,
            None => None,
        };
        Ok(n.map_or(0, |n| u64::try_from(n).unwrap_or(0)))
    }

    /// The query of [`Store::count_listed`]: the ids a filter selects, counted (`n`). Ids only, so that the count of
    /// the default list (current declarations) reads the index `declaration (superseded_by_id, declaration_date,
    /// id)` alone.
    pub(super) async fn count_query(&self, filter: &DeclarationFilter) -> Result<SelectStatement, StorageError> {
        let ids = self.selected(filter).await?.select_only().column(declaration::Column::Id).into_query();
        Ok(Query::select()
            .expr_as(Func::count(Expr::col(Alias::new("id"))), Alias::new("n"))
            .from_subquery(ids, Alias::new("listed"))
            .to_owned())
    }

    /// One page of the declarations a filter selects and how many it selects in all, in one statement: the page's
    /// query ([`Store::list_query`]) with the count ([`Store::count_query`]) as a column of every row
    /// (`listed_total`, a subquery that does not depend on the row, which SQLite and PostgreSQL compute once). The
    /// busiest read of the API and the home page costs one round trip and one connection of the pool, not two. A
    /// page past the end has no row to carry the count: it is then counted apart.
    pub async fn declaration_page(
        &self,
        filter: &DeclarationFilter,
    ) -> Result<(Vec<DeclarationSummary>, u64), StorageError> {
        let mut q = self.list_query(filter).await?;
        q.expr_as(sub_query(self.count_query(filter).await?), Alias::new(LISTED_TOTAL));
        let rows = self.db.query_all(&q).await?;
        let Some(first) = rows.first() else { return Ok((Vec::new(), self.count_listed(filter).await?)) };
        let total: Option<i64> = first.try_get("", LISTED_TOTAL)?;
        let page = rows
            .iter()
            .map(|row| ListedRow::from_query_result(row, "").map_err(StorageError::from).and_then(ListedRow::summary))
            .collect::<Result<Vec<_>, _>>()?;
        Ok((page, total.map_or(0, |n| u64::try_from(n).unwrap_or(0))))
    }

    /// The declarations a filter selects, unordered (the columns are the caller's to choose).
    async fn selected(&self, filter: &DeclarationFilter) -> Result<sea_orm::Select<declaration::Entity>, StorageError> {
        let mut q = declaration::Entity::find();
        if let Some(s) = filter.supplier_id {
            q = q.filter(declaration::Column::SupplierId.eq(s));
        }
        if let Some(bn) = &filter.business_number {
            let ids = supplier::Entity::find()
                .select_only()
                .column(supplier::Column::Id)
                .filter(supplier::Column::BusinessNumber.eq(bn.as_str()))
                .into_query();
            q = q.filter(declaration::Column::SupplierId.in_subquery(ids));
        }
        if let Some(n) = &filter.solicitation_number {
            let ids = solicitation::Entity::find()
                .select_only()
                .column(solicitation::Column::Id)
                // As written and canonical (`crate::domain::canonical_solicitation_number`): any case finds it.
                .filter(
                    solicitation::Column::Number.is_in([n.clone(), crate::domain::canonical_solicitation_number(n)]),
                )
                .into_query();
            q = q.filter(declaration::Column::SolicitationId.in_subquery(ids));
        }
        // A receipt's reference (`CHN-2026-000042`, however typed) names one declaration, replaced since or not.
        let reference = filter.text.as_deref().and_then(crate::domain::read_receipt_reference);
        if let Some((year, id)) = reference {
            q = q.filter(received_in(year, id));
        } else if let Some(words) = filter.text.as_deref().map(search_words).filter(|w| !w.is_empty()) {
            q = q.filter(self.text_condition(&words).await?);
        }
        if filter.category.is_some() || filter.country.is_some() {
            let ss = Alias::new("ss");
            let mut sites = Query::select()
                .expr(Expr::val(1))
                .from_as(site_score::Entity, ss.clone())
                .and_where(Expr::col((ss.clone(), site_score::Column::AssessmentId)).eq(latest(assessment::Column::Id)))
                .to_owned();
            if let Some(c) = &filter.category {
                sites.and_where(Expr::col((ss.clone(), site_score::Column::Category)).eq(c.as_str()));
            }
            if let Some(c) = &filter.country {
                sites.and_where(Expr::col((ss, site_score::Column::Country)).eq(c.as_str()));
            }
            q = q.filter(Expr::exists(sites));
        }
        if let Some(b) = filter.forced_band {
            q = q.filter(latest(assessment::Column::ForcedLabourBand).eq(b.to_string()));
        }
        if let Some(b) = filter.child_band {
            q = q.filter(latest(assessment::Column::ChildLabourBand).eq(b.to_string()));
        }
        if let Some(y) = filter.fiscal_year {
            q = q.filter(declaration::Column::DeclarationDate.between(y.first_day(), y.last_day()));
        }
        if let Some(d) = filter.from {
            q = q.filter(declaration::Column::DeclarationDate.gte(d));
        }
        if let Some(d) = filter.to {
            q = q.filter(declaration::Column::DeclarationDate.lte(d));
        }
        if let Some(ids) = &filter.ids {
            // Written into the statement, not bound: a cell may count more declarations than a driver binds values
            // (SQLite 32,766), and they are numbers this service computed, never a caller's text.
            let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
            q = q.filter(if ids.is_empty() {
                nothing()
            } else {
                Expr::cust(format!("\"declaration\".\"id\" IN ({list})"))
            });
        }
        if !filter.include_superseded && reference.is_none() {
            q = q.filter(declaration::Column::SupersededById.is_null());
        }
        Ok(q)
    }

    /// Declarations whose supplier's name or business number, or whose solicitation number, holds every word searched
    /// for (each folded; in any order), and the declaration whose number is the one word searched for. A supplier's
    /// names are its current one and every one its declarations recorded (`declaration.legal_name`): a former name
    /// finds the supplier's declarations, the current one included. A business number written with its program
    /// account (`842310575RT0001`) finds the supplier of its nine-digit root.
    async fn text_condition(&self, words: &[String]) -> Result<Expr, StorageError> {
        let bn_matches = |bn: &str, w: &str| {
            let bn = fold_label(bn);
            // A number of fewer than three digits is a word of a name, not a search for a business number.
            !bn.is_empty() && w.len() >= 3 && (bn.contains(w) || w.starts_with(&bn))
        };
        let current = supplier::Entity::find()
            .select_only()
            .columns([supplier::Column::Id, supplier::Column::LegalName, supplier::Column::BusinessNumber])
            .into_tuple::<(i64, String, Option<String>)>()
            .all(&self.db)
            .await?;
        let business_numbers: rustc_hash::FxHashMap<i64, Option<String>> =
            current.iter().map(|(id, _, bn)| (*id, bn.clone())).collect();
        let recorded = declaration::Entity::find()
            .select_only()
            .columns([declaration::Column::SupplierId, declaration::Column::LegalName])
            .filter(declaration::Column::LegalName.is_not_null())
            .distinct()
            .into_tuple::<(i64, String)>()
            .all(&self.db)
            .await?;
        let names = current
            .iter()
            .map(|(id, name, _)| (*id, name.as_str()))
            .chain(recorded.iter().map(|(id, n)| (*id, n.as_str())));
        let mut found: rustc_hash::FxHashSet<i64> = rustc_hash::FxHashSet::default();
        for (id, name) in names {
            if found.contains(&id) {
                continue;
            }
            let name = fold_label(name);
            let bn = business_numbers.get(&id).and_then(Option::as_deref);
            if words.iter().all(|w| name.contains(w.as_str()) || bn.is_some_and(|b| bn_matches(b, w))) {
                found.insert(id);
            }
        }
        let mut suppliers: Vec<i64> = found.into_iter().collect();
        suppliers.sort_unstable();
        let solicitations: Vec<i64> = solicitation::Entity::find()
            .select_only()
            .columns([solicitation::Column::Id, solicitation::Column::Number])
            .into_tuple::<(i64, String)>()
            .all(&self.db)
            .await?
            .into_iter()
            .filter(|(_, number)| {
                let number = fold_label(number);
                // Fewer than three digits are a declaration's number, not a piece of a solicitation's.
                words
                    .iter()
                    .all(|w| number.contains(w.as_str()) && !(w.len() < 3 && w.bytes().all(|b| b.is_ascii_digit())))
            })
            .map(|(id, _)| id)
            .collect();
        let mut any = nothing();
        // One word of digits alone is also a declaration's number (`#12` is folded to `12`).
        if let [word] = words
            && let Ok(id) = word.parse::<i64>()
        {
            any = any.or(Expr::col((declaration::Entity, declaration::Column::Id)).eq(id));
        }
        if !suppliers.is_empty() {
            any = any.or(Expr::col((declaration::Entity, declaration::Column::SupplierId)).is_in(suppliers));
        }
        if !solicitations.is_empty() {
            any = any.or(Expr::col((declaration::Entity, declaration::Column::SolicitationId)).is_in(solicitations));
        }
        Ok(any)
    }
}

/// The declaration `id` if it was received in `year` (UTC): what its receipt's reference names
/// (`domain::receipt_reference`).
fn received_in(year: i32, id: i64) -> Expr {
    use chrono::TimeZone;
    let first = |y: i32| chrono::Utc.with_ymd_and_hms(y, 1, 1, 0, 0, 0).single();
    match (first(year), year.checked_add(1).and_then(first)) {
        (Some(start), Some(end)) => Expr::col((declaration::Entity, declaration::Column::Id))
            .eq(id)
            .and(Expr::col((declaration::Entity, declaration::Column::ReceivedAt)).gte(start))
            .and(Expr::col((declaration::Entity, declaration::Column::ReceivedAt)).lt(end)),
        _ => nothing(),
    }
}

/// The words of a search, each folded (case, accents and punctuation dropped); empty ones left out.
fn search_words(text: &str) -> Vec<String> {
    text.split_whitespace().map(fold_label).filter(|w| !w.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_is_its_folded_words() {
        assert_eq!(search_words("  Cordages   NORDIQUES, inc. "), vec!["cordages", "nordiques", "inc"]);
        assert_eq!(search_words("W8486-240001/A"), vec!["w8486240001a"]);
        assert!(search_words(" - ; ").is_empty());
    }

    #[test]
    fn every_sort_name_reads_back_as_itself() {
        for name in DeclarationSort::NAMES {
            assert_eq!(DeclarationSort::parse(name).unwrap().name(), name);
        }
        assert_eq!(DeclarationSort::parse("price"), None);
    }
}
