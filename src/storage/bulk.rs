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

use std::fmt::Write as _;

use sea_orm::sea_query::{Query, Value};
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
    let columns: Vec<ColumnOf<R>> = ColumnOf::<R>::iter()
        .filter(|c| matches!(first.get(*c), ActiveValue::Set(_) | ActiveValue::Unchanged(_)))
        .collect();
    let mut sql = populate_sql(EntityOf::<R>::default().table_name(), columns.iter().map(|c| c.as_str()));
    if !returning.is_empty() {
        sql.push_str(" RETURNING ");
        sql.push_str(&returning.iter().map(|c| quoted(c.as_str())).collect::<Vec<_>>().join(", "));
    }
    // Each key written once, quoted, with its colon.
    let keys: Vec<String> = columns.iter().map(|c| format!("{}:", json_string(c.as_str()))).collect();
    while rows.peek().is_some() {
        let mut text = String::from("[");
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
                            "bulk insert into {}: column {} holds a {kind} value, which the PostgreSQL path does not \
                             write",
                            EntityOf::<R>::default().table_name(),
                            column.as_str()
                        ))
                    })?,
                    ActiveValue::NotSet => text.push_str("null"),
                }
            }
            text.push('}');
        }
        text.push(']');
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

/// `INSERT INTO "t" ("a", "b") SELECT "a", "b" FROM json_populate_recordset(NULL::"t", $1::json) WITH ORDINALITY
/// AS r ORDER BY r.ordinality`: the default of each column left out (the generated key) is taken in row order.
fn populate_sql<'a>(table: &str, columns: impl Iterator<Item = &'a str>) -> String {
    let list = columns.map(quoted).collect::<Vec<_>>().join(", ");
    let table = quoted(table);
    format!(
        "INSERT INTO {table} ({list}) SELECT {list} FROM json_populate_recordset(NULL::{table}, $1::json) \
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
            populate_sql("site", ["declaration_id", "site_ref"].into_iter()),
            "INSERT INTO \"site\" (\"declaration_id\", \"site_ref\") SELECT \"declaration_id\", \"site_ref\" FROM \
             json_populate_recordset(NULL::\"site\", $1::json) WITH ORDINALITY AS r ORDER BY r.ordinality"
        );
    }
}
