//! Many rows into one table inside the caller's write transaction, one way per backend:
//!
//! - **SQLite**: multi-row `INSERT … VALUES (…), (…)` statements as large as the bind-parameter limit allows (32,766
//!   since 3.32). Binding is a function call into the library in the same process: cheap.
//! - **PostgreSQL**: the rows of a batch as one JSON text, one bind parameter, turned back into rows by the server:
//!   `INSERT INTO t (…) SELECT … FROM json_populate_recordset(NULL::t, $1::json) WITH ORDINALITY … ORDER BY
//!   ordinality`. The row type is the table's own, so every value is read by its column's type as the server
//!   defines it; rows keep their order (and so their ids the order given). Multi-row `VALUES` with tens of thousands
//!   of parameters spent most of a 200,000-site import in the client (see ARCHITECTURE.md, "Bulk insertion"); the
//!   statement text is also the same for every batch of a table, so it is parsed and planned once per connection.
//!
//! Inserts that need nothing back can be [`Gathered`]: on PostgreSQL the rows of several tables in one statement, a
//! `WITH` part each, so an import's links, goods, findings, summaries, sums and audit entries are one round trip.

use std::fmt::Write as _;

use sea_orm::sea_query::{OnConflict, Query, Value};
use sea_orm::{
    ActiveModelTrait, ActiveValue, ConnectionTrait, DatabaseTransaction, DbBackend, DbErr, EntityName, EntityTrait,
    IdenStatic, Iterable, QueryTrait, Statement, TryGetableMany,
};

use super::StorageError;

/// SQLite: the default `SQLITE_MAX_VARIABLE_NUMBER` of the bundled library.
const SQLITE_PARAMETERS: usize = 32_766;

/// PostgreSQL: rows a statement carries. Large enough that a statement's round trip is negligible, small enough that
/// one batch's JSON text (about 0.5 KB a site row) stays a few megabytes in the client and the server.
pub(super) const POSTGRES_ROWS: usize = 10_000;

/// The rows of one table to insert: active models (the primary key left unset) from an iterator that may be held
/// across the inserts' awaits. Every bulk function takes its rows through this one bound.
pub(super) trait Rows: IntoIterator<Item: ActiveModelTrait + Send, IntoIter: Send> {}

impl<I> Rows for I where I: IntoIterator<Item: ActiveModelTrait + Send, IntoIter: Send> {}

/// The entity whose rows `R` holds.
type EntityOf<R> = <<R as IntoIterator>::Item as ActiveModelTrait>::Entity;

/// A column of the table `R` is inserted into.
type ColumnOf<R> = <EntityOf<R> as EntityTrait>::Column;

/// How many rows of `columns` values each fit in one statement under `limit` parameters (at least one).
pub(super) fn rows_per_statement(columns: usize, limit: usize) -> usize {
    (limit / columns.max(1)).max(1)
}

/// Inserts `rows` in as few statements as the bind-parameter limit allows. Every row sets the same columns (the
/// primary key left to the database). The rows are taken from the iterator one statement's worth at a time, so a
/// caller that maps its domain values lazily holds one statement of rows, not a quarter of a million.
pub(super) async fn insert(txn: &DatabaseTransaction, rows: impl Rows) -> Result<(), StorageError> {
    insert_returning::<_, i64>(txn, rows, &[]).await.map(|_| ())
}

/// As [`insert`], reading back the `returning` columns of every row written, as `T` (a tuple of as many values) —
/// in the same statements, no round trip more. The rows come back in no promised order: callers key them by a
/// column they set. With no `returning` column nothing is read back and the result is empty.
pub(super) async fn insert_returning<R: Rows, T: TryGetableMany>(
    txn: &DatabaseTransaction,
    rows: R,
    returning: &[ColumnOf<R>],
) -> Result<Vec<T>, StorageError> {
    if txn.get_database_backend() == DbBackend::Postgres {
        return insert_postgres(txn, rows, returning).await;
    }
    // Every column but the generated key is bound.
    let columns = ColumnOf::<R>::iter().count().saturating_sub(1);
    let per = rows_per_statement(columns, SQLITE_PARAMETERS);
    let mut rows = rows.into_iter().peekable();
    let mut out = Vec::new();
    while rows.peek().is_some() {
        let chunk: Vec<_> = rows.by_ref().take(per).collect();
        if returning.is_empty() {
            EntityOf::<R>::insert_many(chunk).exec_without_returning(txn).await?;
            continue;
        }
        let mut statement = EntityOf::<R>::insert_many(chunk).into_query();
        statement.returning(Query::returning().columns(returning.iter().copied()));
        for row in txn.query_all(&statement).await? {
            out.push(T::try_get_many_by_index(&row).map_err(DbErr::from)?);
        }
    }
    Ok(out)
}

/// The columns the first of `rows` sets (the others take their default): every row sets the same ones.
fn set_columns<R: Rows>(first: &R::Item) -> Vec<ColumnOf<R>> {
    ColumnOf::<R>::iter().filter(|c| matches!(first.get(*c), ActiveValue::Set(_) | ActiveValue::Unchanged(_))).collect()
}

/// Up to [`POSTGRES_ROWS`] of `rows` as one JSON array of objects keyed by `columns`; with how many rows it holds.
fn json_batch<R: Rows>(
    rows: &mut std::iter::Peekable<R::IntoIter>,
    columns: &[ColumnOf<R>],
) -> Result<(String, usize), StorageError> {
    // Each key written once, quoted, with its colon.
    let keys: Vec<String> = columns.iter().map(|c| format!("{}:", json_string(c.as_str()))).collect();
    let mut text = String::from("[");
    let mut count = 0;
    for (n, mut row) in rows.by_ref().take(POSTGRES_ROWS).enumerate() {
        if n > 0 {
            text.push(',');
        }
        text.push('{');
        for (i, (column, key)) in columns.iter().zip(&keys).enumerate() {
            if i > 0 {
                text.push(',');
            }
            text.push_str(key);
            match row.take(*column) {
                ActiveValue::Set(v) | ActiveValue::Unchanged(v) => write_json(&mut text, &v).map_err(|kind| {
                    DbErr::Custom(format!(
                        "bulk insert into {}: column {} holds a {kind} value, which the PostgreSQL path does not write",
                        EntityOf::<R>::default().table_name(),
                        column.as_str()
                    ))
                })?,
                ActiveValue::NotSet => text.push_str("null"),
            }
        }
        text.push('}');
        count += 1;
    }
    text.push(']');
    Ok((text, count))
}

/// PostgreSQL: the rows in batches of [`POSTGRES_ROWS`], each batch one statement with its rows as one JSON text.
/// The columns are those the first row sets (the others take their default); every row sets the same ones.
async fn insert_postgres<R: Rows, T: TryGetableMany>(
    txn: &DatabaseTransaction,
    rows: R,
    returning: &[ColumnOf<R>],
) -> Result<Vec<T>, StorageError> {
    let mut rows = rows.into_iter().peekable();
    let mut out = Vec::new();
    let Some(first) = rows.peek() else { return Ok(out) };
    let columns = set_columns::<R>(first);
    let mut sql = populate_sql(EntityOf::<R>::default().table_name(), columns.iter().map(|c| c.as_str()));
    if !returning.is_empty() {
        sql.push_str(" RETURNING ");
        sql.push_str(&returning.iter().map(|c| quoted(c.as_str())).collect::<Vec<_>>().join(", "));
    }
    while rows.peek().is_some() {
        let (text, _) = json_batch::<R>(&mut rows, &columns)?;
        let batch = Statement::from_sql_and_values(DbBackend::Postgres, sql.as_str(), [Value::from(text)]);
        if returning.is_empty() {
            txn.execute_raw(batch).await?;
            continue;
        }
        for row in txn.query_all_raw(batch).await? {
            out.push(T::try_get_many_by_index(&row).map_err(DbErr::from)?);
        }
    }
    Ok(out)
}

/// Inserts into several tables that need nothing back, gathered (an import's links, attestations, goods lines, bid,
/// findings, summaries, portfolio sums and audit entries): on PostgreSQL held until [`Gathered::flush`] (or until
/// they reach [`POSTGRES_ROWS`] rows) and then written by **one statement**, each table's rows an `INSERT` of their
/// own in a `WITH` (`WITH w0 AS (INSERT INTO a …), w1 AS (INSERT INTO b …) INSERT INTO c …`), each with its JSON
/// parameter: one round trip for what was one a table. A table is in a statement once, so its ids follow its rows'
/// order as with [`insert`]; the tables of a statement do not refer to one another's new rows (the statement's
/// parts see the same snapshot; foreign keys are checked at its end). On SQLite, where a statement costs no round
/// trip and `WITH` cannot insert, each `add` inserts at once as [`insert`] does. Rows not flushed when the
/// transaction ends are not written: callers flush before they commit.
#[derive(Default)]
pub(super) struct Gathered {
    parts: Vec<Part>,
    rows: usize,
}

/// One table's rows in a gathered statement.
struct Part {
    table: String,
    columns: Vec<String>,
    /// What follows the `INSERT … SELECT` (an `ON CONFLICT` clause), or nothing.
    tail: String,
    json: String,
}

/// What a gathered insert does with a row whose key is already stored: `(key columns, columns it takes from the new
/// row)`, as `INSERT … ON CONFLICT (key) DO UPDATE SET column = excluded.column`.
pub(super) type Upsert<'a, C> = (&'a [C], &'a [C]);

impl Gathered {
    /// Adds `rows` (possibly none) to the next gathered statement (SQLite: inserts them now).
    pub(super) async fn add(&mut self, txn: &DatabaseTransaction, rows: impl Rows) -> Result<(), StorageError> {
        self.add_upserting(txn, rows, None).await
    }

    /// As [`Gathered::add`], a row whose `upsert` key is already stored taking the new row's values of its
    /// columns instead of failing.
    pub(super) async fn add_upserting<R: Rows>(
        &mut self,
        txn: &DatabaseTransaction,
        rows: R,
        upsert: Option<Upsert<'_, ColumnOf<R>>>,
    ) -> Result<(), StorageError> {
        if txn.get_database_backend() != DbBackend::Postgres {
            let Some((key, update)) = upsert else { return insert(txn, rows).await };
            let conflict = OnConflict::columns(key.iter().copied()).update_columns(update.iter().copied()).to_owned();
            let per = rows_per_statement(ColumnOf::<R>::iter().count().saturating_sub(1), SQLITE_PARAMETERS);
            let mut rows = rows.into_iter().peekable();
            while rows.peek().is_some() {
                let chunk: Vec<_> = rows.by_ref().take(per).collect();
                EntityOf::<R>::insert_many(chunk).on_conflict(conflict.clone()).exec_without_returning(txn).await?;
            }
            return Ok(());
        }
        let mut rows = rows.into_iter().peekable();
        let Some(first) = rows.peek() else { return Ok(()) };
        let columns = set_columns::<R>(first);
        let table = EntityOf::<R>::default().table_name().to_string();
        let tail = match upsert {
            None => String::new(),
            Some((key, update)) => format!(
                " ON CONFLICT ({}) DO UPDATE SET {}",
                key.iter().map(|c| quoted(c.as_str())).collect::<Vec<_>>().join(", "),
                update.iter().map(|c| format!("{0} = excluded.{0}", quoted(c.as_str()))).collect::<Vec<_>>().join(", ")
            ),
        };
        while rows.peek().is_some() {
            if self.parts.iter().any(|p| p.table == table) {
                self.flush(txn).await?;
            }
            let (json, count) = json_batch::<R>(&mut rows, &columns)?;
            self.parts.push(Part {
                table: table.clone(),
                columns: columns.iter().map(|c| c.as_str().to_string()).collect(),
                tail: tail.clone(),
                json,
            });
            self.rows += count;
            if self.rows >= POSTGRES_ROWS {
                self.flush(txn).await?;
            }
        }
        Ok(())
    }

    /// Writes what was gathered, in one statement (none when nothing was).
    pub(super) async fn flush(&mut self, txn: &DatabaseTransaction) -> Result<(), StorageError> {
        let parts = std::mem::take(&mut self.parts);
        self.rows = 0;
        if parts.is_empty() {
            return Ok(());
        }
        let sql = gathered_sql(parts.iter().map(|p| (p.table.as_str(), p.columns.as_slice(), p.tail.as_str())));
        let values = parts.into_iter().map(|p| Value::from(p.json));
        txn.execute_raw(Statement::from_sql_and_values(DbBackend::Postgres, sql, values)).await?;
        Ok(())
    }
}

/// The statement of gathered inserts: each but the last a `WITH` part, the last the statement's own `INSERT`; the
/// `n`-th reads its rows from parameter `$n`.
fn gathered_sql<'a>(parts: impl ExactSizeIterator<Item = (&'a str, &'a [String], &'a str)>) -> String {
    let last = parts.len().saturating_sub(1);
    let mut sql = String::new();
    for (i, (table, columns, tail)) in parts.enumerate() {
        let insert = format!("{}{tail}", populate_sql_at(table, columns.iter().map(String::as_str), i + 1));
        if i == last {
            if i > 0 {
                sql.push(' ');
            }
            sql.push_str(&insert);
        } else {
            sql.push_str(if i == 0 { "WITH " } else { ", " });
            // Writing into a String cannot fail.
            let _ = write!(sql, "w{i} AS ({insert})");
        }
    }
    sql
}

/// `INSERT INTO "t" ("a", "b") SELECT "a", "b" FROM json_populate_recordset(NULL::"t", $1::json) WITH ORDINALITY
/// AS r ORDER BY r.ordinality`: the default of each column left out (the generated key) is taken in row order.
fn populate_sql<'a>(table: &str, columns: impl Iterator<Item = &'a str>) -> String {
    populate_sql_at(table, columns, 1)
}

/// [`populate_sql`] reading its rows from parameter `$n`.
fn populate_sql_at<'a>(table: &str, columns: impl Iterator<Item = &'a str>, n: usize) -> String {
    let list = columns.map(quoted).collect::<Vec<_>>().join(", ");
    let table = quoted(table);
    format!(
        "INSERT INTO {table} ({list}) SELECT {list} FROM json_populate_recordset(NULL::{table}, ${n}::json) \
         WITH ORDINALITY AS r ORDER BY r.ordinality"
    )
}

/// An SQL identifier, double-quoted (the names here are the entities' own, never input).
fn quoted(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

fn json_string(s: &str) -> String {
    serde_json::Value::from(s).to_string()
}

/// Writes one value as the JSON the server reads back into its column's type: numbers as numbers (shortest text that
/// reads back to the same `f64`), the floats JSON has no number for as the strings PostgreSQL reads (`NaN`,
/// `Infinity`, `-Infinity`), dates and times in ISO 8601, `None` as `null`. Any other kind of value is named in the
/// error.
fn write_json(out: &mut String, v: &Value) -> Result<(), &'static str> {
    fn float(out: &mut String, f: f64) {
        if f.is_nan() {
            out.push_str("\"NaN\"");
        } else if f.is_infinite() {
            out.push_str(if f > 0.0 { "\"Infinity\"" } else { "\"-Infinity\"" });
        } else {
            out.push_str(&serde_json::Value::from(f).to_string());
        }
    }
    // Writing into a String cannot fail.
    let _ = match v {
        Value::Bool(None)
        | Value::TinyInt(None)
        | Value::SmallInt(None)
        | Value::Int(None)
        | Value::BigInt(None)
        | Value::Float(None)
        | Value::Double(None)
        | Value::String(None)
        | Value::ChronoDate(None)
        | Value::ChronoDateTimeUtc(None) => {
            out.push_str("null");
            Ok(())
        }
        Value::Bool(Some(b)) => write!(out, "{b}"),
        Value::TinyInt(Some(n)) => write!(out, "{n}"),
        Value::SmallInt(Some(n)) => write!(out, "{n}"),
        Value::Int(Some(n)) => write!(out, "{n}"),
        Value::BigInt(Some(n)) => write!(out, "{n}"),
        Value::Float(Some(f)) => {
            float(out, f64::from(*f));
            Ok(())
        }
        Value::Double(Some(f)) => {
            float(out, *f);
            Ok(())
        }
        Value::String(Some(s)) => {
            out.push_str(&json_string(s));
            Ok(())
        }
        // Four-digit years only: the text of other years is not one PostgreSQL reads back as written.
        Value::ChronoDate(Some(d)) if (1..=9999).contains(&chrono::Datelike::year(d)) => {
            write!(out, "\"{}\"", d.format("%Y-%m-%d"))
        }
        Value::ChronoDateTimeUtc(Some(t)) if (1..=9999).contains(&chrono::Datelike::year(t)) => {
            write!(out, "\"{}\"", t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
        }
        _ => return Err(kind_of(v)),
    };
    Ok(())
}

fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Json(_) => "JSON",
        Value::Bytes(_) => "bytes",
        Value::Char(_) => "char",
        Value::ChronoDate(_) | Value::ChronoDateTimeUtc(_) => "date outside the years 1 to 9999",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_statement_stays_under_the_parameter_limit() {
        for columns in [1, 7, 19, 20, 40] {
            let per = rows_per_statement(columns, SQLITE_PARAMETERS);
            assert!(per * columns <= SQLITE_PARAMETERS, "{columns} columns: {per} rows");
            assert!((per + 1) * columns > SQLITE_PARAMETERS, "{columns} columns: one more row would still fit");
        }
        assert_eq!(rows_per_statement(0, 10), 10);
        assert_eq!(rows_per_statement(100, 10), 1);
    }

    fn json(v: Value) -> String {
        let mut out = String::new();
        write_json(&mut out, &v).unwrap();
        out
    }

    #[test]
    fn values_are_written_as_the_json_postgresql_reads_back_exactly() {
        assert_eq!(json(Value::from(0.1f64)), "0.1");
        assert_eq!(json(Value::from(1e300f64)), "1e+300");
        assert_eq!(json(Value::from(50.0f64)), "50.0");
        let third: f64 = json(Value::from(1.0f64 / 3.0)).parse().unwrap();
        assert_eq!(third.to_bits(), (1.0f64 / 3.0).to_bits());
        assert_eq!(json(Value::from(f64::NAN)), "\"NaN\"");
        assert_eq!(json(Value::from(f64::NEG_INFINITY)), "\"-Infinity\"");
        assert_eq!(json(Value::from(-7i64)), "-7");
        assert_eq!(json(Value::from(true)), "true");
        assert_eq!(json(Value::from("a \"b\"\n\\ é")), r#""a \"b\"\n\\ é""#);
        assert_eq!(json(Value::String(None)), "null");
        assert_eq!(json(Value::from(chrono::NaiveDate::from_ymd_opt(2024, 3, 9).unwrap())), "\"2024-03-09\"");
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-30T03:04:05.123456Z").unwrap().to_utc();
        assert_eq!(json(Value::from(at)), "\"2026-11-30T03:04:05.123456Z\"");
    }

    #[test]
    fn a_kind_of_value_the_postgresql_path_cannot_write_is_named_not_guessed() {
        let mut out = String::new();
        assert_eq!(write_json(&mut out, &Value::Bytes(Some(vec![1, 2]))), Err("bytes"));
    }

    #[test]
    fn the_postgresql_statement_reads_the_rows_by_the_table_s_own_types_in_their_order() {
        assert_eq!(
            populate_sql("site_score", ["declaration_id", "site_ref"].into_iter()),
            "INSERT INTO \"site_score\" (\"declaration_id\", \"site_ref\") SELECT \"declaration_id\", \"site_ref\" FROM \
             json_populate_recordset(NULL::\"site_score\", $1::json) WITH ORDINALITY AS r ORDER BY r.ordinality"
        );
    }
}
