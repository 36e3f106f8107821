//! Many rows into one table inside a write transaction, in multi-row `INSERT` statements as large as the backend's
//! bind-parameter limit allows: PostgreSQL's protocol counts parameters in 16 bits (at most 65,535 a statement),
//! SQLite's default limit is 32,766 (since 3.32). Fewer, larger statements are what makes a 200,000-site import fast
//! on PostgreSQL, where each statement is a round trip to the server.

use sea_orm::{ActiveModelTrait, ConnectionTrait, DatabaseTransaction, DbBackend, EntityTrait, Iterable};

use super::StorageError;

/// PostgreSQL: the most bind parameters one statement may carry.
const POSTGRES_PARAMETERS: usize = 65_535;
/// SQLite: the default `SQLITE_MAX_VARIABLE_NUMBER` of the bundled library.
const SQLITE_PARAMETERS: usize = 32_766;

/// How many rows of `columns` values each fit in one statement under `limit` parameters (at least one).
pub(super) fn rows_per_statement(columns: usize, limit: usize) -> usize {
    (limit / columns.max(1)).max(1)
}

/// Inserts `rows` in as few statements as the bind-parameter limit allows. Every row sets the same columns (the
/// primary key left to the database). The rows are taken from the iterator one statement's worth at a time, so a
/// caller that maps its domain values lazily holds one statement of rows, not a quarter of a million.
pub(super) async fn insert<A, I>(txn: &DatabaseTransaction, rows: I) -> Result<(), StorageError>
where
    A: ActiveModelTrait + Send,
    I: IntoIterator<Item = A>,
    I::IntoIter: Send,
{
    let limit = match txn.get_database_backend() {
        DbBackend::Postgres => POSTGRES_PARAMETERS,
        _ => SQLITE_PARAMETERS,
    };
    // Every column but the generated key is bound.
    let columns = <A::Entity as EntityTrait>::Column::iter().count().saturating_sub(1);
    let per = rows_per_statement(columns, limit);
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let chunk: Vec<A> = rows.by_ref().take(per).collect();
        A::Entity::insert_many(chunk).exec_without_returning(txn).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_statement_stays_under_the_parameter_limit() {
        for columns in [1, 7, 19, 20, 40] {
            for limit in [POSTGRES_PARAMETERS, SQLITE_PARAMETERS] {
                let per = rows_per_statement(columns, limit);
                assert!(per * columns <= limit, "{columns} columns: {per} rows");
                assert!((per + 1) * columns > limit, "{columns} columns: one more row would still fit");
            }
        }
        assert_eq!(rows_per_statement(0, 10), 10);
        assert_eq!(rows_per_statement(100, 10), 1);
    }
}
