//! Schema migrations, applied at connect. Names follow `mYYYYMMDD_NNNNNN_verb_noun` and are written out (the
//! derive would name every migration of this one file alike).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

/// Declares a module's `Migration` with its name written out.
macro_rules! named_migration {
    ($name:literal) => {
        pub struct Migration;

        impl MigrationName for Migration {
            fn name(&self) -> &str {
                $name
            }
        }
    };
}

/// A table or column name.
fn a(name: &str) -> Alias {
    Alias::new(name)
}

/// The row after `after` of a table holding stored JSON documents (`document`, or `document_gz` compressed), read
/// as `T`: `(id, T)`, or `None` past the last row. One row at a time, since a document may be a hundred megabytes.
/// A document that does not read is a `DbErr::Custom` naming the table and the row (sea-orm's only way for a
/// migration to give a cause of its own), which stops the migration.
async fn next_document<T: serde::de::DeserializeOwned>(
    c: &impl sea_orm_migration::sea_orm::ConnectionTrait,
    table: &str,
    after: i64,
) -> Result<Option<(i64, T)>, DbErr> {
    use std::io::Read;
    let q = Query::select()
        .columns([a("id"), a("document"), a("document_gz")])
        .from(a(table))
        .and_where(Expr::col(a("id")).gt(after))
        .order_by(a("id"), Order::Asc)
        .limit(1)
        .to_owned();
    let Some(row) = c.query_one(&q).await? else { return Ok(None) };
    let id: i64 = row.try_get("", "id")?;
    let text: String = row.try_get("", "document")?;
    let packed: Option<Vec<u8>> = row.try_get("", "document_gz")?;
    let unreadable = |e: String| DbErr::Custom(format!("{table} {id}: the stored document is unreadable: {e}"));
    let doc = match packed {
        Some(p) => {
            let mut text = String::new();
            flate2::read::GzDecoder::new(p.as_slice())
                .read_to_string(&mut text)
                .map_err(|e| unreadable(e.to_string()))?;
            serde_json::from_str(&text).map_err(|e| unreadable(e.to_string()))?
        }
        None => serde_json::from_str(&text).map_err(|e| unreadable(e.to_string()))?,
    };
    Ok(Some((id, doc)))
}

/// The index of the list of current declarations by date (`m20261201_000600_index_declaration_current_date`).
#[cfg(test)]
pub(super) const CURRENT_DATE_INDEX: &str = m20261201_000600_index_declaration_current_date::NAME;

/// PostgreSQL's index of the current declarations by date (`m20261202_000300_index_current_declaration_date_postgres`).
#[cfg(test)]
pub(super) const CURRENT_DATE_INDEX_POSTGRES: &str = m20261202_000300_index_current_declaration_date_postgres::NAME;

/// SQLite's index holding every column a page of the list reads of a declaration
/// (`m20261205_e00100_cover_listed_declarations`).
#[cfg(test)]
pub(super) const LISTED_COVERING_INDEX: &str = m20261205_e00100_cover_listed_declarations::NAME;

/// The unique index on the pair of facilities a site-match decision is about
/// (`m20261206_a00100_unique_site_match_pairs`).
#[cfg(test)]
pub(super) const MATCH_PAIR_INDEX: &str = m20261206_a00100_unique_site_match_pairs::INDEX;

/// Every migration, in order.
pub struct Migrator;

impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261122_000001_create_declarations::Migration),
            Box::new(m20261123_000001_create_accounts::Migration),
            Box::new(m20261123_000002_create_audit_log::Migration),
            Box::new(m20261123_000003_create_cases::Migration),
            Box::new(m20261124_000001_create_site_match_decisions::Migration),
            Box::new(m20261129_000001_create_session::Migration),
            Box::new(m20261129_000101_create_password_reset::Migration),
            // Case workflow: e-mail outbox, contact language, attachments, requests for information, evaluation notes.
            Box::new(m20261129_000601_create_case_workflow::Migration),
            // Entity screening (lists, editions, entries, hits, decisions).
            Box::new(m20261129_000002_create_screening::Migration),
            // Score summaries (lists, reports and the graph never read explanation documents).
            Box::new(m20261129_000300_create_score_summaries::Migration),
            // The account's language, chosen on its page (replaces `contact_language`, the last form's language).
            Box::new(m20261130_000001_add_account_language::Migration),
            // Declarations and assessments stored as gzip-compressed JSON (`storage::document`).
            Box::new(m20261130_000100_add_compressed_documents::Migration),
            // Findings are codes with parameters, put into words where shown.
            Box::new(m20261130_000401_add_finding_params::Migration),
            // Solicitation numbers in one canonical form (trimmed, upper-cased), as contract numbers are.
            Box::new(m20261130_000701_normalise_solicitation_numbers::Migration),
            // A list may return to an older edition's file (A, B, then A again): the file is unique per list no more.
            Box::new(m20261130_000901_relax_screening_edition_sha::Migration),
            // A hit's entry is looked up by edition and key.
            Box::new(m20261130_001001_index_screening_entry_key::Migration),
            // The portfolio dashboard's sums per assessment, goods category and country (`storage::portfolio`).
            Box::new(m20261130_001601_create_portfolio_shares::Migration),
            // What the re-screening did when an edition was imported, kept with the edition (its page shows it).
            Box::new(m20261130_002020_add_screening_edition_rescreen::Migration),
            // Each declaration keeps the legal name it was sent with (the supplier's row takes the latest).
            Box::new(m20261130_002200_add_declaration_legal_name::Migration),
            // The S-211 figures find a fiscal year's declarations by the time they were received.
            Box::new(m20261130_002400_index_declaration_received_at::Migration),
            // A site's own country context, kept apart in its score summary: the national graph carries a score
            // downstream without it, as the engine does.
            Box::new(m20261130_002500_add_site_score_carried::Migration),
            // The list's current declarations by date: counted and paged on an index, not by walking the table.
            Box::new(m20261201_000600_index_declaration_current_date::Migration),
            // Whether a summary's carried points were read by the carry rule: a summary stored before it whose
            // document did not name its site is told apart, and its country context never carried.
            Box::new(m20261202_000200_add_site_score_carry_known::Migration),
            // PostgreSQL: the current declarations by date in an index of their own, which pages them in order.
            Box::new(m20261202_000300_index_current_declaration_date_postgres::Migration),
            // SQLite: a page of the list read from an index holding every column it shows of a declaration.
            Box::new(m20261205_e00100_cover_listed_declarations::Migration),
            // What no query reads goes: the indexes of sites by country and OS ID and of findings by code, and the
            // site columns the declaration's document already keeps (a large declaration's database is smaller).
            Box::new(m20261205_f00100_drop_unread_site_columns::Migration),
            // A site's screening key names its city: hits and decisions stored before are given it, so a decision
            // reaches the same site only, not one of the same name and street line in another city.
            Box::new(m20261205_h00100_site_keys_name_the_city::Migration),
            Box::new(m20261206_a00100_unique_site_match_pairs::Migration),
            // An operator's screening key names its city, and stored keys fold full-width letters and ligatures as
            // names are folded now: each decision reaches the same operator only, and keeps finding its party.
            Box::new(m20261206_b00100_operator_keys_name_the_city_and_fold_widths::Migration),
            // A declaration's sites and links are kept once, in its document: the `site` and `supply_link` rows that
            // repeated them (for the national graph, which now reads the document) go, and an SQLite file is
            // rewritten without their pages.
            Box::new(m20261206_c00100_drop_site_rows::Migration),
            // List entries keyed by a name in full-width letters or ligatures (`ａｂｃ ｃｏ`) stored before names were
            // folded as parties' are: keyed again as the parser keys them now (`abc`), their hits and decisions with
            // them, so the next edition finds them unchanged and each decision keeps reaching its party.
            Box::new(m20261207_d00100_refold_screening_entry_keys::Migration),
            // The portfolio's sums placed goods in no category where their line's words name none: summed again by
            // the rule now (the goods category of the site that makes them) the first time the dashboard is read.
            Box::new(m20261208_f00100_sum_portfolio_again::Migration),
            // An entry's content hash, which a decision is remembered by, now hashes only what matters for matching
            // (`screening::Entry::content_hash`): every stored entry hashed again, its hits and decisions with it, so
            // a decision taken on an entry whose reason or dates alone changed since still answers.
            Box::new(m20261209_a00100_rehash_screening_entries::Migration),
            // A decision names the party it was taken on (its name as matched), so that it holds for that party only
            // and never for another of the same key (renamed, or sharing a business number or OS ID): each decision
            // stored before is given the names of the hits it decided, one decision a name.
            Box::new(m20261210_s00100_name_the_party_of_screening_decisions::Migration),
            // Whether an officer or an auditor is sent screening alerts by e-mail (every account is, until it says no).
            Box::new(m20261211_a00100_add_account_screening_alerts::Migration),
        ]
    }
}

mod m20261122_000001_create_declarations {
    use super::*;

    named_migration!("m20261122_000001_create_declarations");

    fn fk(from_table: &str, from_col: &str, to_table: &str) -> ForeignKeyCreateStatement {
        ForeignKey::create()
            .name(format!("fk_{from_table}_{from_col}"))
            .from(Alias::new(from_table), Alias::new(from_col))
            .to(Alias::new(to_table), Alias::new("id"))
            .on_delete(ForeignKeyAction::Restrict)
            .take()
    }

    fn index(table: &str, cols: &[&str], unique: bool) -> IndexCreateStatement {
        let mut i = Index::create();
        i.name(format!("{}_{}_{}", if unique { "ux" } else { "ix" }, table, cols.join("_"))).table(Alias::new(table));
        for c in cols {
            i.col(Alias::new(*c));
        }
        if unique {
            i.unique();
        }
        i.take()
    }

    fn table(name: &str) -> TableCreateStatement {
        Table::create().table(Alias::new(name)).if_not_exists().col(big_pk_auto(Alias::new("id"))).take()
    }

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.create_table(
                table("supplier")
                    .col(string(a("identity_key")).unique_key())
                    .col(text(a("legal_name")))
                    .col(string_null(a("business_number")))
                    .col(string_len(a("country"), 2))
                    .col(timestamp_with_time_zone(a("created_at")))
                    .take(),
            )
            .await?;
            m.create_table(
                table("solicitation")
                    .col(string(a("number")).unique_key())
                    .col(timestamp_with_time_zone(a("created_at")))
                    .take(),
            )
            .await?;
            m.create_table(
                table("declaration")
                    .col(big_integer(a("supplier_id")))
                    .col(big_integer_null(a("solicitation_id")))
                    .col(date(a("declaration_date")))
                    .col(timestamp_with_time_zone(a("received_at")))
                    .col(text(a("file_name")))
                    .col(string_len(a("sha256"), 64).unique_key())
                    .col(string(a("carrier")))
                    .col(big_integer(a("size_bytes")))
                    .col(big_integer_null(a("supersedes_id")))
                    .col(big_integer_null(a("superseded_by_id")))
                    .col(integer(a("site_count")))
                    .col(text(a("document")))
                    .col(text(a("warnings")))
                    .foreign_key(&mut fk("declaration", "supplier_id", "supplier"))
                    .foreign_key(&mut fk("declaration", "solicitation_id", "solicitation"))
                    .take(),
            )
            .await?;
            m.create_index(index("declaration", &["supplier_id"], false)).await?;
            m.create_index(index("declaration", &["solicitation_id"], false)).await?;
            m.create_table(
                table("site")
                    .col(big_integer(a("declaration_id")))
                    .col(string(a("site_ref")))
                    .col(text(a("site_name")))
                    .col(text_null(a("operator")))
                    .col(string_null(a("operator_business_number")))
                    .col(string(a("role")))
                    .col(text(a("goods")))
                    .col(string_null(a("classification")))
                    .col(text(a("inputs")))
                    .col(text(a("address")))
                    .col(text(a("city")))
                    .col(text_null(a("region")))
                    .col(string_len(a("country"), 2))
                    .col(string_null(a("postal_code")))
                    .col(big_integer_null(a("workers")))
                    .col(double_null(a("share_of_value")))
                    .col(string_null(a("os_id")))
                    .col(date_null(a("last_audit_date")))
                    .col(text_null(a("audit_standard")))
                    .foreign_key(&mut fk("site", "declaration_id", "declaration"))
                    .take(),
            )
            .await?;
            m.create_index(index("site", &["declaration_id", "site_ref"], true)).await?;
            m.create_index(index("site", &["country"], false)).await?;
            m.create_index(index("site", &["os_id"], false)).await?;
            m.create_table(
                table("supply_link")
                    .col(big_integer(a("declaration_id")))
                    .col(big_integer(a("from_site_id")))
                    .col(big_integer(a("to_site_id")))
                    .foreign_key(&mut fk("supply_link", "declaration_id", "declaration"))
                    .foreign_key(&mut fk("supply_link", "from_site_id", "site"))
                    .foreign_key(&mut fk("supply_link", "to_site_id", "site"))
                    .take(),
            )
            .await?;
            m.create_index(index("supply_link", &["declaration_id"], false)).await?;
            m.create_table(
                table("attestation")
                    .col(big_integer(a("declaration_id")))
                    .col(string(a("right_code")))
                    .col(boolean(a("attested")))
                    .col(string_null(a("scope")))
                    .col(text_null(a("comment")))
                    .foreign_key(&mut fk("attestation", "declaration_id", "declaration"))
                    .take(),
            )
            .await?;
            m.create_index(index("attestation", &["declaration_id"], false)).await?;
            m.create_table(
                table("goods_item")
                    .col(big_integer(a("declaration_id")))
                    .col(text(a("item")))
                    .col(text_null(a("description")))
                    .col(string_null(a("classification")))
                    .col(double_null(a("quantity")))
                    .col(double_null(a("value_cad")))
                    .col(text(a("produced_at")))
                    .foreign_key(&mut fk("goods_item", "declaration_id", "declaration"))
                    .take(),
            )
            .await?;
            m.create_index(index("goods_item", &["declaration_id"], false)).await?;
            m.create_table(
                table("bid")
                    .col(big_integer(a("solicitation_id")))
                    .col(big_integer(a("supplier_id")))
                    .col(big_integer(a("declaration_id")))
                    .col(timestamp_with_time_zone(a("updated_at")))
                    .foreign_key(&mut fk("bid", "solicitation_id", "solicitation"))
                    .foreign_key(&mut fk("bid", "supplier_id", "supplier"))
                    .foreign_key(&mut fk("bid", "declaration_id", "declaration"))
                    .take(),
            )
            .await?;
            m.create_index(index("bid", &["solicitation_id", "supplier_id"], true)).await?;
            m.create_table(
                table("assessment")
                    .col(big_integer(a("declaration_id")))
                    .col(string(a("model_version")))
                    .col(timestamp_with_time_zone(a("assessed_at")))
                    .col(double(a("forced_labour_score")))
                    .col(string(a("forced_labour_band")))
                    .col(double(a("child_labour_score")))
                    .col(string(a("child_labour_band")))
                    .col(integer(a("finding_count")))
                    .col(text(a("document")))
                    .foreign_key(&mut fk("assessment", "declaration_id", "declaration"))
                    .take(),
            )
            .await?;
            m.create_index(index("assessment", &["declaration_id"], false)).await?;
            m.create_table(
                table("finding")
                    .col(big_integer(a("assessment_id")))
                    .col(string(a("code")))
                    .col(string(a("severity")))
                    .col(text_null(a("location")))
                    .col(text(a("message_en")))
                    .col(text(a("message_fr")))
                    .foreign_key(&mut fk("finding", "assessment_id", "assessment"))
                    .take(),
            )
            .await?;
            m.create_index(index("finding", &["assessment_id"], false)).await?;
            m.create_index(index("finding", &["code"], false)).await?;
            Ok(())
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            for t in [
                "finding",
                "assessment",
                "bid",
                "goods_item",
                "attestation",
                "supply_link",
                "site",
                "declaration",
                "solicitation",
                "supplier",
            ] {
                m.drop_table(Table::drop().table(Alias::new(t)).if_exists().take()).await?;
            }
            Ok(())
        }
    }
}

mod m20261123_000001_create_accounts {
    use super::*;

    named_migration!("m20261123_000001_create_accounts");

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.create_table(
                Table::create()
                    .table(a("account"))
                    .if_not_exists()
                    .col(big_pk_auto(a("id")))
                    .col(string(a("email")).unique_key())
                    .col(text(a("display_name")))
                    .col(string(a("role")))
                    .col(string_null(a("business_number")))
                    .col(text(a("password_hash")))
                    .col(boolean(a("disabled")))
                    .col(timestamp_with_time_zone(a("created_at")))
                    .take(),
            )
            .await?;
            m.create_table(
                Table::create()
                    .table(a("api_token"))
                    .if_not_exists()
                    .col(big_pk_auto(a("id")))
                    .col(big_integer(a("account_id")))
                    .col(text(a("name")))
                    .col(string_len(a("token_sha256"), 64).unique_key())
                    .col(timestamp_with_time_zone(a("created_at")))
                    .col(timestamp_with_time_zone_null(a("revoked_at")))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_api_token_account_id")
                            .from(a("api_token"), a("account_id"))
                            .to(a("account"), a("id"))
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .take(),
            )
            .await?;
            Ok(())
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.drop_table(Table::drop().table(a("api_token")).to_owned()).await?;
            m.drop_table(Table::drop().table(a("account")).to_owned()).await
        }
    }
}

mod m20261123_000002_create_audit_log {
    use super::*;

    named_migration!("m20261123_000002_create_audit_log");

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.create_table(
                Table::create()
                    .table(a("audit_entry"))
                    .if_not_exists()
                    .col(big_integer(a("seq")).primary_key())
                    .col(string(a("at")))
                    .col(text(a("actor")))
                    .col(string(a("action")))
                    .col(string(a("subject")))
                    .col(text(a("payload")))
                    .col(string_len(a("prev_hash"), 64))
                    .col(string_len(a("hash"), 64).unique_key())
                    .take(),
            )
            .await?;
            m.create_index(
                Index::create().name("ix_audit_entry_subject").table(a("audit_entry")).col(a("subject")).take(),
            )
            .await
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.drop_table(Table::drop().table(a("audit_entry")).if_exists().take()).await
        }
    }
}

mod m20261123_000003_create_cases {
    use super::*;

    named_migration!("m20261123_000003_create_cases");

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.create_table(
                Table::create()
                    .table(a("contract"))
                    .if_not_exists()
                    .col(big_pk_auto(a("id")))
                    .col(string(a("number")).unique_key())
                    .col(string(a("business_number")))
                    .col(date(a("awarded_on")))
                    .col(text(a("document")))
                    .col(timestamp_with_time_zone(a("created_at")))
                    .take(),
            )
            .await?;
            m.create_table(
                Table::create()
                    .table(a("compliance_case"))
                    .if_not_exists()
                    .col(big_pk_auto(a("id")))
                    .col(big_integer(a("contract_id")))
                    .col(text(a("title")))
                    .col(text(a("opened_by")))
                    .col(timestamp_with_time_zone(a("opened_at")))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_compliance_case_contract_id")
                            .from(a("compliance_case"), a("contract_id"))
                            .to(a("contract"), a("id"))
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .take(),
            )
            .await?;
            m.create_table(
                Table::create()
                    .table(a("case_event"))
                    .if_not_exists()
                    .col(big_pk_auto(a("id")))
                    .col(big_integer(a("case_id")))
                    .col(string(a("kind")))
                    .col(text(a("recorded_by")))
                    .col(timestamp_with_time_zone(a("recorded_at")))
                    .col(text(a("document")))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_case_event_case_id")
                            .from(a("case_event"), a("case_id"))
                            .to(a("compliance_case"), a("id"))
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .take(),
            )
            .await?;
            m.create_index(
                Index::create().name("ix_case_event_case_id").table(a("case_event")).col(a("case_id")).take(),
            )
            .await
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            for t in ["case_event", "compliance_case", "contract"] {
                m.drop_table(Table::drop().table(a(t)).if_exists().take()).await?;
            }
            Ok(())
        }
    }
}

mod m20261124_000001_create_site_match_decisions {
    use super::*;

    named_migration!("m20261124_000001_create_site_match_decisions");

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.create_table(
                Table::create()
                    .table(a("site_match_decision"))
                    .if_not_exists()
                    .col(big_pk_auto(a("id")))
                    .col(text(a("key_a")))
                    .col(text(a("key_b")))
                    .col(boolean(a("same")))
                    .col(text(a("decided_by")))
                    .col(timestamp_with_time_zone(a("decided_at")))
                    .take(),
            )
            .await
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.drop_table(Table::drop().table(a("site_match_decision")).if_exists().take()).await
        }
    }
}

mod m20261129_000001_create_session {
    use super::*;

    named_migration!("m20261129_000001_create_session");

    fn index(name: &str, col: &str) -> IndexCreateStatement {
        Index::create().name(name).table(a("session")).col(a(col)).take()
    }

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.create_table(
                Table::create()
                    .table(a("session"))
                    .if_not_exists()
                    // The SHA-256 of the key the browser holds: the table alone signs no one in.
                    .col(string_len(a("key_sha256"), 64).primary_key())
                    .col(big_integer_null(a("account_id")))
                    .col(text(a("state")))
                    .col(timestamp_with_time_zone(a("created_at")))
                    .col(timestamp_with_time_zone(a("last_seen_at")))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_session_account_id")
                            .from(a("session"), a("account_id"))
                            .to(a("account"), a("id"))
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .take(),
            )
            .await?;
            m.create_index(index("ix_session_account_id", "account_id")).await?;
            m.create_index(index("ix_session_last_seen_at", "last_seen_at")).await?;
            m.create_index(index("ix_session_created_at", "created_at")).await
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.drop_table(Table::drop().table(a("session")).if_exists().take()).await
        }
    }
}

mod m20261129_000101_create_password_reset {
    use super::*;

    named_migration!("m20261129_000101_create_password_reset");

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.create_table(
                Table::create()
                    .table(a("password_reset"))
                    .if_not_exists()
                    .col(big_pk_auto(a("id")))
                    .col(big_integer(a("account_id")))
                    // The SHA-256 of the one-time code: the table alone resets no password.
                    .col(string_len_uniq(a("code_sha256"), 64))
                    .col(string(a("created_by")))
                    .col(timestamp_with_time_zone(a("created_at")))
                    .col(timestamp_with_time_zone(a("expires_at")))
                    .col(timestamp_with_time_zone_null(a("used_at")))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_password_reset_account_id")
                            .from(a("password_reset"), a("account_id"))
                            .to(a("account"), a("id"))
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .take(),
            )
            .await?;
            m.create_index(
                Index::create()
                    .name("ix_password_reset_account_id")
                    .table(a("password_reset"))
                    .col(a("account_id"))
                    .take(),
            )
            .await
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.drop_table(Table::drop().table(a("password_reset")).if_exists().take()).await
        }
    }
}

/// The tables of the case and bid workflow: the e-mail outbox (written in the transaction of the event it tells of),
/// each account's language for messages, attachments of case events (bytes with their SHA-256), requests for
/// information to bidders and their answers, and evaluation notes.
mod m20261129_000601_create_case_workflow {
    use super::*;

    named_migration!("m20261129_000601_create_case_workflow");

    fn fk(name: &str, from: (&str, &str), to: &str, action: ForeignKeyAction) -> ForeignKeyCreateStatement {
        ForeignKey::create().name(name).from(a(from.0), a(from.1)).to(a(to), a("id")).on_delete(action).take()
    }

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.create_table(
                Table::create()
                    .table(a("notification_outbox"))
                    .if_not_exists()
                    .col(big_pk_auto(a("id")))
                    .col(text(a("recipient")))
                    .col(string_len(a("lang"), 8))
                    .col(text(a("subject")))
                    .col(text(a("body")))
                    .col(text(a("about")))
                    .col(timestamp_with_time_zone(a("created_at")))
                    .col(integer(a("attempts")).default(0))
                    .col(timestamp_with_time_zone(a("next_attempt_at")))
                    .col(timestamp_with_time_zone_null(a("sent_at")))
                    .col(timestamp_with_time_zone_null(a("failed_at")))
                    .col(text_null(a("last_error")))
                    .take(),
            )
            .await?;
            m.create_index(
                Index::create()
                    .name("ix_notification_outbox_due")
                    .table(a("notification_outbox"))
                    .col(a("sent_at"))
                    .col(a("next_attempt_at"))
                    .take(),
            )
            .await?;
            m.create_table(
                Table::create()
                    .table(a("contact_language"))
                    .if_not_exists()
                    .col(big_integer(a("account_id")).primary_key())
                    .col(string_len(a("lang"), 2))
                    .col(timestamp_with_time_zone(a("updated_at")))
                    .foreign_key(&mut fk(
                        "fk_contact_language_account_id",
                        ("contact_language", "account_id"),
                        "account",
                        ForeignKeyAction::Cascade,
                    ))
                    .take(),
            )
            .await?;
            m.create_table(
                Table::create()
                    .table(a("case_attachment"))
                    .if_not_exists()
                    .col(big_pk_auto(a("id")))
                    .col(big_integer(a("case_id")))
                    .col(big_integer(a("event_id")))
                    .col(text(a("file_name")))
                    .col(string(a("media_type")))
                    .col(big_integer(a("size")))
                    .col(string_len(a("sha256"), 64))
                    .col(blob(a("content")))
                    .col(text(a("uploaded_by")))
                    .col(timestamp_with_time_zone(a("uploaded_at")))
                    .foreign_key(&mut fk(
                        "fk_case_attachment_case_id",
                        ("case_attachment", "case_id"),
                        "compliance_case",
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fk(
                        "fk_case_attachment_event_id",
                        ("case_attachment", "event_id"),
                        "case_event",
                        ForeignKeyAction::Restrict,
                    ))
                    .take(),
            )
            .await?;
            m.create_index(
                Index::create().name("ix_case_attachment_case_id").table(a("case_attachment")).col(a("case_id")).take(),
            )
            .await?;
            m.create_table(
                Table::create()
                    .table(a("information_request"))
                    .if_not_exists()
                    .col(big_pk_auto(a("id")))
                    .col(big_integer(a("declaration_id")))
                    .col(string(a("business_number")))
                    .col(text(a("solicitation_number")))
                    .col(text(a("subject")))
                    .col(text(a("body")))
                    .col(date(a("sent_on")))
                    .col(date(a("respond_by")))
                    .col(text(a("requested_by")))
                    .col(timestamp_with_time_zone(a("requested_at")))
                    .foreign_key(&mut fk(
                        "fk_information_request_declaration_id",
                        ("information_request", "declaration_id"),
                        "declaration",
                        ForeignKeyAction::Restrict,
                    ))
                    .take(),
            )
            .await?;
            m.create_index(
                Index::create()
                    .name("ix_information_request_business_number")
                    .table(a("information_request"))
                    .col(a("business_number"))
                    .take(),
            )
            .await?;
            m.create_table(
                Table::create()
                    .table(a("information_answer"))
                    .if_not_exists()
                    .col(big_pk_auto(a("id")))
                    .col(big_integer(a("request_id")))
                    .col(text(a("text")))
                    .col(big_integer_null(a("declaration_id")))
                    .col(text(a("answered_by")))
                    .col(timestamp_with_time_zone(a("answered_at")))
                    .foreign_key(&mut fk(
                        "fk_information_answer_request_id",
                        ("information_answer", "request_id"),
                        "information_request",
                        ForeignKeyAction::Restrict,
                    ))
                    .take(),
            )
            .await?;
            m.create_table(
                Table::create()
                    .table(a("evaluation_note"))
                    .if_not_exists()
                    .col(big_pk_auto(a("id")))
                    .col(text(a("solicitation_number")))
                    .col(big_integer_null(a("declaration_id")))
                    .col(text(a("text")))
                    .col(text(a("author")))
                    .col(timestamp_with_time_zone(a("recorded_at")))
                    .take(),
            )
            .await
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            for t in [
                "evaluation_note",
                "information_answer",
                "information_request",
                "case_attachment",
                "contact_language",
                "notification_outbox",
            ] {
                m.drop_table(Table::drop().table(a(t)).if_exists().take()).await?;
            }
            Ok(())
        }
    }
}

mod m20261129_000002_create_screening {
    use super::*;

    named_migration!("m20261129_000002_create_screening");

    fn fk(name: &str, from: (&str, &str), to: &str) -> ForeignKeyCreateStatement {
        ForeignKey::create()
            .name(name)
            .from(a(from.0), a(from.1))
            .to(a(to), a("id"))
            .on_delete(ForeignKeyAction::Restrict)
            .take()
    }

    fn ix(name: &str, table: &str, cols: &[&str], unique: bool) -> IndexCreateStatement {
        let mut i = Index::create();
        i.name(name).table(a(table));
        for c in cols {
            i.col(a(c));
        }
        if unique {
            i.unique();
        }
        i.take()
    }

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.create_table(
                Table::create()
                    .table(a("screening_edition"))
                    .if_not_exists()
                    .col(big_pk_auto(a("id")))
                    .col(string(a("list_kind")))
                    .col(integer(a("version")))
                    .col(text(a("label")))
                    .col(text(a("publisher")))
                    .col(text(a("address")))
                    .col(text(a("licence")))
                    .col(date(a("published_on")))
                    .col(text(a("file_name")))
                    .col(string_len(a("sha256"), 64))
                    .col(integer(a("entry_count")))
                    .col(text(a("diff")))
                    .col(text(a("imported_by")))
                    .col(timestamp_with_time_zone(a("imported_at")))
                    .take(),
            )
            .await?;
            m.create_index(ix("ux_screening_edition_kind_sha", "screening_edition", &["list_kind", "sha256"], true))
                .await?;
            m.create_index(ix(
                "ux_screening_edition_kind_version",
                "screening_edition",
                &["list_kind", "version"],
                true,
            ))
            .await?;
            m.create_table(
                Table::create()
                    .table(a("screening_entry"))
                    .if_not_exists()
                    .col(big_pk_auto(a("id")))
                    .col(big_integer(a("edition_id")))
                    .col(text(a("entry_key")))
                    .col(string_len(a("content_hash"), 64))
                    .col(text(a("document")))
                    .foreign_key(&mut fk(
                        "fk_screening_entry_edition_id",
                        ("screening_entry", "edition_id"),
                        "screening_edition",
                    ))
                    .take(),
            )
            .await?;
            m.create_index(ix("ix_screening_entry_edition_id", "screening_entry", &["edition_id"], false)).await?;
            m.create_table(
                Table::create()
                    .table(a("screening_decision"))
                    .if_not_exists()
                    .col(big_pk_auto(a("id")))
                    .col(string(a("list_kind")))
                    .col(text(a("entry_key")))
                    .col(string_len(a("entry_hash"), 64))
                    .col(text(a("party_key")))
                    .col(boolean(a("confirmed")))
                    .col(text(a("note")))
                    .col(text(a("decided_by")))
                    .col(timestamp_with_time_zone(a("decided_at")))
                    .take(),
            )
            .await?;
            m.create_index(ix("ix_screening_decision_party_key", "screening_decision", &["party_key"], false)).await?;
            m.create_table(
                Table::create()
                    .table(a("screening_hit"))
                    .if_not_exists()
                    .col(big_pk_auto(a("id")))
                    .col(big_integer(a("edition_id")))
                    .col(string(a("list_kind")))
                    .col(text(a("entry_key")))
                    .col(string_len(a("entry_hash"), 64))
                    .col(text(a("entry_name")))
                    .col(string(a("party_kind")))
                    .col(text(a("party_key")))
                    .col(text(a("party_name")))
                    .col(big_integer(a("declaration_id")))
                    .col(text_null(a("site_ref")))
                    .col(text(a("evidence")))
                    .col(string(a("status")))
                    .col(big_integer_null(a("decision_id")))
                    .col(timestamp_with_time_zone(a("found_at")))
                    .foreign_key(&mut fk(
                        "fk_screening_hit_edition_id",
                        ("screening_hit", "edition_id"),
                        "screening_edition",
                    ))
                    .foreign_key(&mut fk(
                        "fk_screening_hit_declaration_id",
                        ("screening_hit", "declaration_id"),
                        "declaration",
                    ))
                    .foreign_key(&mut fk(
                        "fk_screening_hit_decision_id",
                        ("screening_hit", "decision_id"),
                        "screening_decision",
                    ))
                    .take(),
            )
            .await?;
            m.create_index(ix("ix_screening_hit_status", "screening_hit", &["status"], false)).await?;
            m.create_index(ix("ix_screening_hit_declaration_id", "screening_hit", &["declaration_id"], false)).await?;
            m.create_index(ix("ix_screening_hit_party_key", "screening_hit", &["party_key"], false)).await
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            for t in ["screening_hit", "screening_decision", "screening_entry", "screening_edition"] {
                m.drop_table(Table::drop().table(a(t)).if_exists().take()).await?;
            }
            Ok(())
        }
    }
}

/// Score summaries: `site_score` and `category_score` (see `storage::summary`), filled for every assessment stored
/// before, a batch of assessments at a time. The back-fill reads only the parts of the stored documents it needs, with
/// the rule of the national graph's bases as it stood when this migration was written (a migration does not change
/// with the code after it): a factor `upstream`, `cap` or `mitigation` adds nothing of the site's own, the strongest
/// `local_input` or `undisclosed_input` is its input, every other factor is its own.
mod m20261129_000300_create_score_summaries {
    use std::collections::HashSet;

    use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};
    use serde::Deserialize;

    use super::*;

    named_migration!("m20261129_000300_create_score_summaries");

    const SITE_COLUMNS: [&str; 16] = [
        "assessment_id",
        "declaration_id",
        "position",
        "site_ref",
        "tier",
        "country",
        "category",
        "produces",
        "forced_labour_score",
        "forced_labour_band",
        "child_labour_score",
        "child_labour_band",
        "forced_labour_own",
        "forced_labour_input",
        "child_labour_own",
        "child_labour_input",
    ];
    const CATEGORY_COLUMNS: [&str; 7] = [
        "assessment_id",
        "declaration_id",
        "category",
        "forced_labour_score",
        "forced_labour_band",
        "child_labour_score",
        "child_labour_band",
    ];

    /// A stored factor's code and points (also read by `m20261130_002500_add_site_score_carried`).
    #[derive(Deserialize)]
    pub(super) struct Factor {
        pub(super) code: String,
        #[serde(default)]
        pub(super) contribution: f64,
    }

    /// A score's factor: in full, or (documents of the said-once form, `domain::ASSESSMENT_FORM` 2 and 3, which a
    /// database rolled back past this migration and forward again holds) its index in the document's `factors`, or
    /// (form 3) an array of that index and the supplier sites the entry is written without (`[7, "S1"]`: the entry
    /// keeps the factor's code and contribution).
    #[derive(Deserialize)]
    #[serde(untagged)]
    pub(super) enum FactorRef {
        At(usize),
        Inline(Factor),
        WithSites(Vec<serde_json::Value>),
    }

    impl FactorRef {
        /// The factor, from `table` when the document refers to it.
        pub(super) fn of<'a>(&'a self, table: &'a [Factor]) -> Result<&'a Factor, String> {
            let i = match self {
                FactorRef::Inline(f) => return Ok(f),
                FactorRef::At(i) => *i,
                FactorRef::WithSites(v) => v
                    .first()
                    .and_then(serde_json::Value::as_u64)
                    .and_then(|i| usize::try_from(i).ok())
                    .ok_or("a factor's reference names no index")?,
            };
            table.get(i).ok_or_else(|| format!("factor {i} is not in the document's factors"))
        }
    }

    #[derive(Deserialize)]
    struct Score {
        score: f64,
        band: String,
        #[serde(default)]
        factors: Vec<FactorRef>,
    }

    impl Score {
        /// (own, input) as the national graph reads them; `table`: the document's `factors`.
        fn bases(&self, table: &[Factor]) -> Result<(f64, f64), String> {
            let (mut own, mut input) = (0.0f32, 0.0f32);
            for f in &self.factors {
                let f = f.of(table)?;
                match f.code.as_str() {
                    "upstream" | "cap" | "mitigation" => {}
                    // Goods the model could not read take their fallback as an input, as `domain::supply` reads
                    // them (an assessment stored with one must back-fill what the graph computes from it).
                    "local_input" | "undisclosed_input" | "unread_goods" => input = input.max(f.contribution as f32),
                    _ => own += f.contribution as f32,
                }
            }
            Ok((f64::from(own), f64::from(input)))
        }
    }

    #[derive(Deserialize)]
    struct Site {
        site_id: String,
        tier: Option<u32>,
        country: String,
        category: Option<String>,
        forced_labour: Score,
        child_labour: Score,
    }

    #[derive(Deserialize)]
    struct Category {
        category: String,
        forced_labour: Score,
        child_labour: Score,
    }

    #[derive(Deserialize)]
    struct Document {
        #[serde(default)]
        factors: Vec<Factor>,
        #[serde(default)]
        sites: Vec<Site>,
        #[serde(default)]
        categories: Vec<Category>,
    }

    /// An index named `ux_`/`ix_` + table + columns.
    pub(super) fn index(table: &str, cols: &[&str], unique: bool) -> IndexCreateStatement {
        let mut i = Index::create();
        i.name(format!("{}_{}_{}", if unique { "ux" } else { "ix" }, table, cols.join("_"))).table(a(table));
        for c in cols {
            i.col(a(c));
        }
        if unique {
            i.unique();
        }
        i.take()
    }

    /// A foreign key named `fk_` + table + column, to `to_table.id`, refusing deletes.
    pub(super) fn fk(from_table: &str, from_col: &str, to_table: &str) -> ForeignKeyCreateStatement {
        ForeignKey::create()
            .name(format!("fk_{from_table}_{from_col}"))
            .from(a(from_table), a(from_col))
            .to(a(to_table), a("id"))
            .on_delete(ForeignKeyAction::Restrict)
            .take()
    }

    /// A count or position as a 32-bit column holds it (saturating).
    fn int(n: usize) -> i32 {
        n.min(i32::MAX as usize) as i32
    }

    /// Inserts rows of `columns` in statements under both backends' bind-parameter limits.
    pub(super) async fn insert_rows(
        c: &SchemaManagerConnection<'_>,
        table: &str,
        columns: &[&str],
        rows: Vec<Vec<Expr>>,
    ) -> Result<(), DbErr> {
        let per = (30_000 / columns.len().max(1)).max(1);
        let mut rows = rows.into_iter().peekable();
        while rows.peek().is_some() {
            let mut q = Query::insert();
            q.into_table(a(table)).columns(columns.iter().map(|c| a(c)));
            for row in rows.by_ref().take(per) {
                // A migration answers sea-orm's `DbErr`, whose only variant for a cause of ours is `Custom(String)`:
                // the cause goes into its text (so in the migrations below).
                q.values(row).map_err(|e| DbErr::Custom(e.to_string()))?;
            }
            c.execute(&q).await?;
        }
        Ok(())
    }

    /// Fills the summaries of the assessments with id above `after`, at most `limit` of them; returns the highest
    /// id done, `None` when there were none.
    async fn backfill_batch(c: &SchemaManagerConnection<'_>, after: i64, limit: u64) -> Result<Option<i64>, DbErr> {
        let q = Query::select()
            .columns([a("id"), a("declaration_id"), a("document")])
            .from(a("assessment"))
            .and_where(Expr::col(a("id")).gt(after))
            .order_by(a("id"), Order::Asc)
            .limit(limit)
            .to_owned();
        let mut last = None;
        let (mut sites, mut categories) = (Vec::new(), Vec::new());
        for row in c.query_all(&q).await? {
            let id: i64 = row.try_get("", "id")?;
            let declaration: i64 = row.try_get("", "declaration_id")?;
            let document: String = row.try_get("", "document")?;
            last = Some(id);
            let doc: Document = serde_json::from_str(&document)
                .map_err(|e| DbErr::Custom(format!("assessment {id}: the stored document is unreadable: {e}")))?;
            let goods = Query::select()
                .column(a("produced_at"))
                .from(a("goods_item"))
                .and_where(Expr::col(a("declaration_id")).eq(declaration))
                .to_owned();
            let mut produced = HashSet::new();
            for g in c.query_all(&goods).await? {
                let refs: String = g.try_get("", "produced_at")?;
                produced.extend(refs.split(';').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()));
            }
            for (position, s) in doc.sites.iter().enumerate() {
                let bases =
                    |s: &Score| s.bases(&doc.factors).map_err(|e| DbErr::Custom(format!("assessment {id}: {e}")));
                let (fo, fi) = bases(&s.forced_labour)?;
                let (co, ci) = bases(&s.child_labour)?;
                sites.push(vec![
                    Expr::val(id),
                    Expr::val(declaration),
                    Expr::val(int(position)),
                    Expr::val(s.site_id.clone()),
                    Expr::val(s.tier.map(|t| int(t as usize))),
                    Expr::val(s.country.clone()),
                    Expr::val(s.category.clone()),
                    Expr::val(produced.contains(&s.site_id)),
                    Expr::val(s.forced_labour.score),
                    Expr::val(s.forced_labour.band.clone()),
                    Expr::val(s.child_labour.score),
                    Expr::val(s.child_labour.band.clone()),
                    Expr::val(fo),
                    Expr::val(fi),
                    Expr::val(co),
                    Expr::val(ci),
                ]);
            }
            for k in &doc.categories {
                categories.push(vec![
                    Expr::val(id),
                    Expr::val(declaration),
                    Expr::val(k.category.clone()),
                    Expr::val(k.forced_labour.score),
                    Expr::val(k.forced_labour.band.clone()),
                    Expr::val(k.child_labour.score),
                    Expr::val(k.child_labour.band.clone()),
                ]);
            }
        }
        insert_rows(c, "site_score", &SITE_COLUMNS, sites).await?;
        insert_rows(c, "category_score", &CATEGORY_COLUMNS, categories).await?;
        Ok(last)
    }

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            let table = |name: &str| Table::create().table(a(name)).if_not_exists().col(big_pk_auto(a("id"))).take();
            m.create_table(
                table("site_score")
                    .col(big_integer(a("assessment_id")))
                    .col(big_integer(a("declaration_id")))
                    .col(integer(a("position")))
                    .col(text(a("site_ref")))
                    .col(integer_null(a("tier")))
                    .col(string(a("country")))
                    .col(text_null(a("category")))
                    .col(boolean(a("produces")))
                    .col(double(a("forced_labour_score")))
                    .col(string(a("forced_labour_band")))
                    .col(double(a("child_labour_score")))
                    .col(string(a("child_labour_band")))
                    .col(double(a("forced_labour_own")))
                    .col(double(a("forced_labour_input")))
                    .col(double(a("child_labour_own")))
                    .col(double(a("child_labour_input")))
                    .foreign_key(&mut fk("site_score", "assessment_id", "assessment"))
                    .foreign_key(&mut fk("site_score", "declaration_id", "declaration"))
                    .take(),
            )
            .await?;
            m.create_index(index("site_score", &["assessment_id", "position"], true)).await?;
            m.create_index(index("site_score", &["declaration_id"], false)).await?;
            m.create_table(
                table("category_score")
                    .col(big_integer(a("assessment_id")))
                    .col(big_integer(a("declaration_id")))
                    .col(text(a("category")))
                    .col(double(a("forced_labour_score")))
                    .col(string(a("forced_labour_band")))
                    .col(double(a("child_labour_score")))
                    .col(string(a("child_labour_band")))
                    .foreign_key(&mut fk("category_score", "assessment_id", "assessment"))
                    .foreign_key(&mut fk("category_score", "declaration_id", "declaration"))
                    .take(),
            )
            .await?;
            m.create_index(index("category_score", &["assessment_id"], false)).await?;
            m.create_index(index("category_score", &["declaration_id"], false)).await?;
            // The latest assessment of a declaration is found by (declaration, id).
            m.create_index(index("assessment", &["declaration_id", "id"], false)).await?;
            let c = m.get_connection();
            let mut after = 0;
            // A few documents at a time: each may be over a megabyte.
            while let Some(last) = backfill_batch(c, after, 32).await? {
                after = last;
            }
            if c.get_database_backend() == DbBackend::Postgres {
                c.execute_unprepared("ANALYZE site_score; ANALYZE category_score").await?;
            }
            Ok(())
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.drop_index(Index::drop().name("ix_assessment_declaration_id_id").table(a("assessment")).to_owned())
                .await?;
            for t in ["category_score", "site_score"] {
                m.drop_table(Table::drop().table(a(t)).if_exists().take()).await?;
            }
            Ok(())
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        /// A score of every form reads the same codes and points: in full, by index, and (form 3) by index with the
        /// supplier sites the entry is written without.
        #[test]
        fn a_score_of_any_form_reads_its_factors_from_the_table() {
            let table: Vec<Factor> = serde_json::from_str(
                r#"[{"code": "forced_prevalence", "contribution": 8.8},
                    {"code": "upstream", "contribution": 19.0, "sites_in_scores": true},
                    {"code": "undisclosed_input", "contribution": 51.0, "sites_in_scores": true}]"#,
            )
            .unwrap();
            for factors in [
                r#"[{"code": "forced_prevalence", "contribution": 8.8}, {"code": "upstream", "site": "S2",
                    "contribution": 19.0}, {"code": "undisclosed_input", "contribution": 51.0}]"#,
                r#"[0, [1, "S2"], [2, "S3", "S4"]]"#,
            ] {
                let score: Score =
                    serde_json::from_str(&format!(r#"{{"score": 78.8, "band": "critical", "factors": {factors}}}"#))
                        .unwrap();
                assert_eq!(score.bases(&table).unwrap(), (f64::from(8.8f32), f64::from(51.0f32)), "{factors}");
            }
            let score: Score =
                serde_json::from_str(r#"{"score": 1.0, "band": "low", "factors": [[7, "S2"]]}"#).unwrap();
            assert_eq!(score.bases(&table).unwrap_err(), "factor 7 is not in the document's factors");
        }
    }
}

mod m20261130_000001_add_account_language {
    use super::*;

    named_migration!("m20261130_000001_add_account_language");

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.alter_table(Table::alter().table(a("account")).add_column(string_len_null(a("language"), 2)).take())
                .await?;
            // The language an account last acted in becomes its language until it chooses one.
            m.get_connection()
                .execute_unprepared(
                    "UPDATE account SET language = (SELECT c.lang FROM contact_language c WHERE c.account_id = account.id)",
                )
                .await?;
            m.drop_table(Table::drop().table(a("contact_language")).if_exists().take()).await?;
            Ok(())
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.create_table(
                Table::create()
                    .table(a("contact_language"))
                    .if_not_exists()
                    .col(big_integer(a("account_id")).primary_key())
                    .col(string_len(a("lang"), 2))
                    .col(timestamp_with_time_zone(a("updated_at")))
                    .take(),
            )
            .await?;
            m.get_connection()
                .execute_unprepared(
                    "INSERT INTO contact_language (account_id, lang, updated_at) \
                     SELECT id, language, CURRENT_TIMESTAMP FROM account WHERE language IS NOT NULL",
                )
                .await?;
            m.alter_table(Table::alter().table(a("account")).drop_column(a("language")).take()).await?;
            Ok(())
        }
    }
}

mod m20261130_000100_add_compressed_documents {
    use std::io::Read;

    use super::*;

    named_migration!("m20261130_000100_add_compressed_documents");

    /// The tables whose `document` gains a compressed twin.
    const TABLES: [&str; 2] = ["declaration", "assessment"];

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            // Rows stored before keep their text (a stored record is not rewritten); new rows write the bytes only.
            for t in TABLES {
                m.alter_table(Table::alter().table(a(t)).add_column(blob_null(a("document_gz"))).take()).await?;
            }
            Ok(())
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            // Back to text before the column goes: one document at a time (each may be a hundred megabytes).
            let c = m.get_connection();
            for t in TABLES {
                let mut after = 0_i64;
                loop {
                    let q = Query::select()
                        .columns([a("id"), a("document_gz")])
                        .from(a(t))
                        .and_where(Expr::col(a("id")).gt(after))
                        .and_where(Expr::col(a("document_gz")).is_not_null())
                        .order_by(a("id"), Order::Asc)
                        .limit(1)
                        .to_owned();
                    let Some(row) = c.query_one(&q).await? else { break };
                    let id: i64 = row.try_get("", "id")?;
                    let packed: Vec<u8> = row.try_get("", "document_gz")?;
                    let mut text = String::new();
                    flate2::read::GzDecoder::new(packed.as_slice()).read_to_string(&mut text).map_err(|e| {
                        DbErr::Custom(format!("{t} {id}: the stored compressed document is unreadable: {e}"))
                    })?;
                    let update = Query::update()
                        .table(a(t))
                        .value(a("document"), text)
                        .value(a("document_gz"), Expr::val(sea_orm::Value::Bytes(None)))
                        .and_where(Expr::col(a("id")).eq(id))
                        .to_owned();
                    c.execute(&update).await?;
                    after = id;
                }
                m.alter_table(Table::alter().table(a(t)).drop_column(a("document_gz")).take()).await?;
            }
            Ok(())
        }
    }
}

mod m20261130_000401_add_finding_params {
    use super::*;

    named_migration!("m20261130_000401_add_finding_params");

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.alter_table(Table::alter().table(a("finding")).add_column(text_null(a("params"))).take()).await
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.alter_table(Table::alter().table(a("finding")).drop_column(a("params")).take()).await
        }
    }
}

mod m20261130_000701_normalise_solicitation_numbers {
    //! Stored solicitation numbers in their canonical form (`domain::canonical_solicitation_number`), computed in
    //! Rust so that both databases agree (SQLite's `upper` folds ASCII only). Spellings of one number merge into one
    //! solicitation (the canonical row if there is one, else the oldest) with their declarations and bids, and the
    //! requests for information and evaluation notes that name them follow. Unless one supplier bid under two of the
    //! spellings: which of its declarations is in force would then be decided by the migration, rewriting the chains
    //! of replacement that lists, the graph's history and the portfolio read; those spellings stay apart (each is
    //! still found as written) and a warning names them. The declarations' documents keep the number as sent.
    use std::collections::{BTreeMap, HashSet};

    use sea_orm_migration::sea_orm::ConnectionTrait;

    use super::*;
    use crate::domain::canonical_solicitation_number;

    named_migration!("m20261130_000701_normalise_solicitation_numbers");

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            let c = m.get_connection();
            let q = Query::select()
                .columns([a("id"), a("number")])
                .from(a("solicitation"))
                .order_by(a("id"), Order::Asc)
                .to_owned();
            let mut spellings: BTreeMap<String, Vec<(i64, String)>> = BTreeMap::new();
            for row in c.query_all(&q).await? {
                let id: i64 = row.try_get("", "id")?;
                let number: String = row.try_get("", "number")?;
                spellings.entry(canonical_solicitation_number(&number)).or_default().push((id, number));
            }
            for (canonical, rows) in spellings {
                if rows.iter().all(|(_, n)| *n == canonical) {
                    continue;
                }
                let ids: Vec<i64> = rows.iter().map(|(id, _)| *id).collect();
                let Some(keep) = rows.iter().find(|(_, n)| *n == canonical).or(rows.first()).map(|(id, _)| *id) else {
                    continue;
                };
                let others: Vec<i64> = ids.iter().copied().filter(|id| *id != keep).collect();
                if !others.is_empty() {
                    let q = Query::select()
                        .column(a("supplier_id"))
                        .from(a("bid"))
                        .and_where(Expr::col(a("solicitation_id")).is_in(ids.clone()))
                        .to_owned();
                    let mut bidders = HashSet::new();
                    let mut twice = false;
                    for row in c.query_all(&q).await? {
                        twice |= !bidders.insert(row.try_get::<i64>("", "supplier_id")?);
                    }
                    if twice {
                        let written: Vec<&str> = rows.iter().map(|(_, n)| n.as_str()).collect();
                        tracing::warn!(
                            said = "cli_log.bid_spellings",
                            solicitation = %canonical,
                            spellings = ?written,
                            "a supplier bid under several spellings of one solicitation number: they stay apart"
                        );
                        continue;
                    }
                    for table in ["declaration", "bid"] {
                        let q = Query::update()
                            .table(a(table))
                            .value(a("solicitation_id"), keep)
                            .and_where(Expr::col(a("solicitation_id")).is_in(others.clone()))
                            .to_owned();
                        c.execute(&q).await?;
                    }
                    let q = Query::delete()
                        .from_table(a("solicitation"))
                        .and_where(Expr::col(a("id")).is_in(others.clone()))
                        .to_owned();
                    c.execute(&q).await?;
                }
                let q = Query::update()
                    .table(a("solicitation"))
                    .value(a("number"), canonical.clone())
                    .and_where(Expr::col(a("id")).eq(keep))
                    .to_owned();
                c.execute(&q).await?;
                let old: Vec<String> = rows.into_iter().map(|(_, n)| n).filter(|n| *n != canonical).collect();
                for table in ["information_request", "evaluation_note"] {
                    let q = Query::update()
                        .table(a(table))
                        .value(a("solicitation_number"), canonical.clone())
                        .and_where(Expr::col(a("solicitation_number")).is_in(old.clone()))
                        .to_owned();
                    c.execute(&q).await?;
                }
            }
            Ok(())
        }

        async fn down(&self, _: &SchemaManager) -> Result<(), DbErr> {
            // A canonical number is a number the service before this migration reads as well; the spellings it
            // replaced are kept in the declarations' documents.
            Ok(())
        }
    }
}

mod m20261130_000901_relax_screening_edition_sha {
    use super::*;

    named_migration!("m20261130_000901_relax_screening_edition_sha");

    fn index(unique: bool) -> IndexCreateStatement {
        let name = if unique { "ux_screening_edition_kind_sha" } else { "ix_screening_edition_kind_sha" };
        let mut i = Index::create();
        i.name(name).table(a("screening_edition")).col(a("list_kind")).col(a("sha256"));
        if unique {
            i.unique();
        }
        i.take()
    }

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.drop_index(Index::drop().name("ux_screening_edition_kind_sha").table(a("screening_edition")).to_owned())
                .await?;
            m.create_index(index(false)).await
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.drop_index(Index::drop().name("ix_screening_edition_kind_sha").table(a("screening_edition")).to_owned())
                .await?;
            m.create_index(index(true)).await
        }
    }
}

mod m20261130_001601_create_portfolio_shares {
    use super::m20261129_000300_create_score_summaries::{fk, index};
    use super::*;

    named_migration!("m20261130_001601_create_portfolio_shares");

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        /// The tables only. Assessments stored before are summed in Rust (`Store::fill_portfolio`) the first time the
        /// dashboard is read: placing spend in goods categories takes the risk model the service runs with, which
        /// the settings name and a migration does not know.
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            let table = |name: &str| Table::create().table(a(name)).if_not_exists().col(big_pk_auto(a("id"))).take();
            m.create_table(
                table("portfolio_basis")
                    .col(big_integer(a("assessment_id")))
                    .col(big_integer(a("declaration_id")))
                    .col(string(a("model_version")))
                    .col(integer(a("unvalued_lines")))
                    .foreign_key(&mut fk("portfolio_basis", "assessment_id", "assessment"))
                    .foreign_key(&mut fk("portfolio_basis", "declaration_id", "declaration"))
                    .take(),
            )
            .await?;
            m.create_index(index("portfolio_basis", &["assessment_id", "model_version"], true)).await?;
            m.create_table(
                table("portfolio_share")
                    .col(big_integer(a("assessment_id")))
                    .col(big_integer(a("declaration_id")))
                    .col(string(a("model_version")))
                    .col(text_null(a("category")))
                    .col(string(a("country")))
                    .col(double(a("spend")))
                    .col(double(a("forced_spend")))
                    .col(double(a("child_spend")))
                    .col(double(a("high_spend")))
                    .foreign_key(&mut fk("portfolio_share", "assessment_id", "assessment"))
                    .foreign_key(&mut fk("portfolio_share", "declaration_id", "declaration"))
                    .take(),
            )
            .await?;
            m.create_index(index("portfolio_share", &["assessment_id", "model_version"], false)).await?;
            Ok(())
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            for t in ["portfolio_share", "portfolio_basis"] {
                m.drop_table(Table::drop().table(a(t)).if_exists().take()).await?;
            }
            Ok(())
        }
    }
}

mod m20261130_001001_index_screening_entry_key {
    use super::*;

    named_migration!("m20261130_001001_index_screening_entry_key");

    /// The index's name.
    pub const NAME: &str = "ix_screening_entry_edition_key";

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.create_index(
                Index::create()
                    .name(NAME)
                    .table(a("screening_entry"))
                    .col(a("edition_id"))
                    .col(a("entry_key"))
                    .to_owned(),
            )
            .await
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.drop_index(Index::drop().name(NAME).table(a("screening_entry")).to_owned()).await
        }
    }
}

mod m20261130_002020_add_screening_edition_rescreen {
    use super::*;

    named_migration!("m20261130_002020_add_screening_edition_rescreen");

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.alter_table(Table::alter().table(a("screening_edition")).add_column(text_null(a("rescreen"))).take())
                .await
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.alter_table(Table::alter().table(a("screening_edition")).drop_column(a("rescreen")).take()).await
        }
    }
}

mod m20261130_002200_add_declaration_legal_name {
    use serde::Deserialize;

    use super::*;

    named_migration!("m20261130_002200_add_declaration_legal_name");

    /// The one field read from a stored document.
    #[derive(Deserialize)]
    struct Doc {
        supplier: Supplier,
    }

    #[derive(Deserialize)]
    struct Supplier {
        legal_name: String,
    }

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.alter_table(Table::alter().table(a("declaration")).add_column(text_null(a("legal_name"))).take()).await?;
            // Rows stored before take the name their own document gives, one document at a time (each may be a
            // hundred megabytes); the supplier's row had only the latest.
            let c = m.get_connection();
            let mut after = 0_i64;
            while let Some((id, doc)) = next_document::<Doc>(c, "declaration", after).await? {
                let update = Query::update()
                    .table(a("declaration"))
                    .value(a("legal_name"), doc.supplier.legal_name)
                    .and_where(Expr::col(a("id")).eq(id))
                    .to_owned();
                c.execute(&update).await?;
                after = id;
            }
            Ok(())
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.alter_table(Table::alter().table(a("declaration")).drop_column(a("legal_name")).take()).await
        }
    }
}

mod m20261130_002400_index_declaration_received_at {
    use super::m20261129_000300_create_score_summaries::index;
    use super::*;

    named_migration!("m20261130_002400_index_declaration_received_at");

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.create_index(index("declaration", &["received_at"], false)).await
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.drop_index(Index::drop().name("ix_declaration_received_at").table(a("declaration")).to_owned()).await
        }
    }
}

/// `site_score.forced_labour_own_carried` and `child_labour_own_carried`: of a site's own points, what it carries to
/// the sites it supplies — all but its country context, which counts once, at its own line (the national graph
/// carries a score downstream without it, as the engine does: `domain::supply::Base`). Rows stored before take it
/// from their assessment's document, with the rule as it stood when this migration was written: the sum, in the
/// score's order and in 32-bit floats as the graph keeps it, of the factors that are the site's own (not `upstream`,
/// `cap`, `mitigation`, `local_input` or `undisclosed_input`) and not its country context (`forced_prevalence`,
/// `world_prevalence`, `child_context`, `unassessed_level`, `regional_estimate`, `country_index`, `country_context`),
/// each factor written in full or as an index into the document's `factors` (form 2). A row whose document does not
/// name its site keeps `*_own`: all its own points carried, as before this rule. A document that does not read
/// stops the migration, as the summaries' own back-fill does.
mod m20261130_002500_add_site_score_carried {
    use sea_orm_migration::sea_orm::ConnectionTrait;

    use super::m20261129_000300_create_score_summaries::{Factor, FactorRef};
    use serde::Deserialize;

    use super::*;

    named_migration!("m20261130_002500_add_site_score_carried");

    /// The codes that are not a site's own carried points when this migration was written: what the graph's bases
    /// leave out of `own` (the first five) and a site's country context (the others).
    /// `income_estimate` (model 2022.3) is a country context too: no row stored before this migration can hold it,
    /// so the back-fill of stored rows is what it was; a database created later back-fills nothing but is read alike.
    /// `unread_goods` is an input as `domain::supply` reads it (the fallback of goods the model could not read):
    /// never a site's own carried points.
    const NOT_CARRIED: [&str; 14] = [
        "upstream",
        "cap",
        "mitigation",
        "local_input",
        "undisclosed_input",
        "unread_goods",
        "forced_prevalence",
        "world_prevalence",
        "child_context",
        "unassessed_level",
        "regional_estimate",
        "income_estimate",
        "country_index",
        "country_context",
    ];

    #[derive(Deserialize)]
    pub(super) struct Score {
        #[serde(default)]
        factors: Vec<FactorRef>,
    }

    impl Score {
        /// Its own points carried downstream; `table`: the document's `factors`.
        pub(super) fn own_carried(&self, table: &[Factor]) -> Result<f64, String> {
            let mut sum = 0.0f32;
            for f in &self.factors {
                let f = f.of(table)?;
                if !NOT_CARRIED.contains(&f.code.as_str()) {
                    sum += f.contribution as f32;
                }
            }
            Ok(f64::from(sum))
        }
    }

    /// A stored site's two scores (also read by `m20261202_000200_add_site_score_carry_known`).
    #[derive(Deserialize)]
    pub(super) struct Site {
        pub(super) forced_labour: Score,
        pub(super) child_labour: Score,
    }

    /// What the carried points are read from in a stored assessment.
    #[derive(Deserialize)]
    pub(super) struct Document {
        #[serde(default)]
        pub(super) factors: Vec<Factor>,
        #[serde(default)]
        pub(super) sites: Vec<Site>,
    }

    const COLUMNS: [(&str, &str); 2] =
        [("forced_labour_own_carried", "forced_labour_own"), ("child_labour_own_carried", "child_labour_own")];

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            let c = m.get_connection();
            for (col, own) in COLUMNS {
                m.alter_table(Table::alter().table(a("site_score")).add_column(double(a(col)).default(0.0)).take())
                    .await?;
                // Until its document says otherwise, a row carries all its own points (the rule before).
                c.execute(&Query::update().table(a("site_score")).value(a(col), Expr::col(a(own))).to_owned()).await?;
            }
            // One assessment at a time (a document may be a hundred megabytes), each site's row updated.
            let mut after = 0_i64;
            while let Some((id, doc)) = next_document::<Document>(c, "assessment", after).await? {
                // `DbErr::Custom(String)` is sea-orm's only way for a migration to give a cause of its own.
                let unreadable =
                    |e: String| DbErr::Custom(format!("assessment {id}: the stored document is unreadable: {e}"));
                for (position, s) in doc.sites.iter().enumerate() {
                    let forced = s.forced_labour.own_carried(&doc.factors).map_err(&unreadable)?;
                    let child = s.child_labour.own_carried(&doc.factors).map_err(&unreadable)?;
                    let update = Query::update()
                        .table(a("site_score"))
                        .value(a("forced_labour_own_carried"), forced)
                        .value(a("child_labour_own_carried"), child)
                        .and_where(Expr::col(a("assessment_id")).eq(id))
                        .and_where(Expr::col(a("position")).eq(position.min(i32::MAX as usize) as i32))
                        .to_owned();
                    c.execute(&update).await?;
                }
                after = id;
            }
            Ok(())
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            for (col, _) in COLUMNS {
                m.alter_table(Table::alter().table(a("site_score")).drop_column(a(col)).take()).await?;
            }
            Ok(())
        }
    }
}

/// `declaration (superseded_by_id, declaration_date, id)`: the list of current declarations (`superseded_by_id IS
/// NULL`) is a range of this index, already in the default order (newest declaration date first, then newest id), so
/// its count reads the index alone and a page of it reads as many entries as it shows, whatever the number of
/// declarations stored.
mod m20261201_000600_index_declaration_current_date {
    use super::m20261129_000300_create_score_summaries::index;
    use super::*;

    named_migration!("m20261201_000600_index_declaration_current_date");

    /// The index's name (`ix_` and its table and columns, as every index of the schema is named).
    pub const NAME: &str = "ix_declaration_superseded_by_id_declaration_date_id";

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.create_index(index("declaration", &["superseded_by_id", "declaration_date", "id"], false)).await
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.drop_index(Index::drop().name(NAME).table(a("declaration")).to_owned()).await
        }
    }
}

/// `site_score.carry_known`: whether a row's carried points (`*_own_carried`) were read by the carry rule. A row
/// stored before the rule whose document did not name its site kept `*_own_carried = *_own` (all its own points,
/// country context included, carried: `m20261130_002500_add_site_score_carried`), which the graph cannot tell from a
/// site with no country context: it counted that context again at every tier downstream. Rows written since are
/// known (`storage::summary::insert`). A row is known here when its carried points are less than its own in both
/// kinds (the rule left its context out) or its own points are 0 (nothing to carry); each other row is read again
/// from its assessment's document with the rule as it stood when `m20261130_002500_add_site_score_carried` was
/// written (one document at a time, only the assessments that have such a row), and is known when the document
/// names its site. Rows that stay unknown carry none of their own points in the graph (`Store::site_bases`): their
/// context is never counted twice.
mod m20261202_000200_add_site_score_carry_known {
    use sea_orm_migration::sea_orm::ConnectionTrait;

    use super::m20261130_002500_add_site_score_carried::Document;
    use super::*;

    named_migration!("m20261202_000200_add_site_score_carry_known");

    /// `kind_own_carried < kind_own OR kind_own = 0`: the rule read this kind's carried points, or there are none.
    fn read_by_rule(kind: &str) -> Expr {
        Expr::col(a(&format!("{kind}_own_carried")))
            .lt(Expr::col(a(&format!("{kind}_own"))))
            .or(Expr::col(a(&format!("{kind}_own"))).eq(0.0))
    }

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            let c = m.get_connection();
            m.alter_table(
                Table::alter().table(a("site_score")).add_column(boolean(a("carry_known")).default(false)).take(),
            )
            .await?;
            let known = Query::update()
                .table(a("site_score"))
                .value(a("carry_known"), true)
                .and_where(read_by_rule("forced_labour"))
                .and_where(read_by_rule("child_labour"))
                .to_owned();
            c.execute(&known).await?;
            let mut after = 0_i64;
            loop {
                // The next assessment with a row not known, then its document (one at a time).
                let next = Query::select()
                    .expr(Func::min(Expr::col(a("assessment_id"))))
                    .from(a("site_score"))
                    .and_where(Expr::col(a("carry_known")).eq(false))
                    .and_where(Expr::col(a("assessment_id")).gt(after))
                    .to_owned();
                let id: Option<i64> = match c.query_one(&next).await? {
                    Some(row) => row.try_get_by_index(0)?,
                    None => None,
                };
                let Some(id) = id else { break };
                after = id;
                let Some((found, doc)) = next_document::<Document>(c, "assessment", id - 1).await? else { break };
                if found != id {
                    continue;
                }
                let unreadable =
                    |e: String| DbErr::Custom(format!("assessment {id}: the stored document is unreadable: {e}"));
                for (position, s) in doc.sites.iter().enumerate() {
                    let forced = s.forced_labour.own_carried(&doc.factors).map_err(&unreadable)?;
                    let child = s.child_labour.own_carried(&doc.factors).map_err(&unreadable)?;
                    let update = Query::update()
                        .table(a("site_score"))
                        .value(a("forced_labour_own_carried"), forced)
                        .value(a("child_labour_own_carried"), child)
                        .value(a("carry_known"), true)
                        .and_where(Expr::col(a("assessment_id")).eq(id))
                        .and_where(Expr::col(a("position")).eq(position.min(i32::MAX as usize) as i32))
                        .and_where(Expr::col(a("carry_known")).eq(false))
                        .to_owned();
                    c.execute(&update).await?;
                }
            }
            Ok(())
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.alter_table(Table::alter().table(a("site_score")).drop_column(a("carry_known")).take()).await
        }
    }
}

/// PostgreSQL only: `declaration (declaration_date, id) WHERE superseded_by_id IS NULL`. PostgreSQL does not take
/// `superseded_by_id IS NULL` as fixing the first column of `declaration (superseded_by_id, declaration_date, id)`, so
/// on that index it read every current declaration and sorted them before a page by date; on this partial index the
/// page is the index's order read backwards, as many entries as it shows. SQLite already pages that index in order
/// (its plan test says so), and would prefer walking a partial index to searching the other: it gets none.
mod m20261202_000300_index_current_declaration_date_postgres {
    use super::*;
    use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

    named_migration!("m20261202_000300_index_current_declaration_date_postgres");

    /// The index's name.
    pub const NAME: &str = "ix_declaration_current_declaration_date_id";

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            let c = m.get_connection();
            if c.get_database_backend() == DbBackend::Postgres {
                c.execute_unprepared(&format!(
                    "CREATE INDEX IF NOT EXISTS {NAME} ON declaration (declaration_date, id) \
                     WHERE superseded_by_id IS NULL"
                ))
                .await?;
            }
            Ok(())
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            let c = m.get_connection();
            if c.get_database_backend() == DbBackend::Postgres {
                c.execute_unprepared(&format!("DROP INDEX IF EXISTS {NAME}")).await?;
            }
            Ok(())
        }
    }
}

/// What no query reads, dropped: the indexes `site (country)`, `site (os_id)` and `finding (code)` (nothing searches
/// sites by country or OS ID, nor findings by code: the national graph reads a declaration's sites by declaration,
/// the lists their countries from `site_score`), and the `site` columns only the declaration's document is read for
/// (`classification`, `inputs`, `region`, `postal_code`, `workers`, `share_of_value`, `last_audit_date`,
/// `audit_standard`: pages, reports, exports and re-assessments read the stored declaration, whose document keeps
/// every field of every site; the national graph reads the columns that stay). On the intake benchmark's
/// 100,000-site workbook they were 5.9 MB of a 37.7 MB SQLite database. Nothing is lost: every value dropped is in
/// the declaration's document, old rows' included. `down` gives the columns back empty (`inputs` as `""`, the others
/// null), since nothing reads them, and builds the indexes again.
mod m20261205_f00100_drop_unread_site_columns {
    use super::m20261129_000300_create_score_summaries::index;
    use super::*;

    named_migration!("m20261205_f00100_drop_unread_site_columns");

    /// The indexes dropped: table and column.
    const INDEXES: [(&str, &str); 3] = [("site", "country"), ("site", "os_id"), ("finding", "code")];

    /// The `site` columns dropped, in the order the table had them.
    const COLUMNS: [&str; 8] = [
        "classification",
        "inputs",
        "region",
        "postal_code",
        "workers",
        "share_of_value",
        "last_audit_date",
        "audit_standard",
    ];

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            for (table, column) in INDEXES {
                m.drop_index(Index::drop().name(format!("ix_{table}_{column}")).table(a(table)).to_owned()).await?;
            }
            // One column a statement: SQLite alters one thing at a time.
            for column in COLUMNS {
                m.alter_table(Table::alter().table(a("site")).drop_column(a(column)).take()).await?;
            }
            Ok(())
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            for column in COLUMNS {
                let mut def = match column {
                    "inputs" => text(a(column)).default("").take(),
                    "workers" => big_integer_null(a(column)),
                    "share_of_value" => double_null(a(column)),
                    "last_audit_date" => date_null(a(column)),
                    _ => text_null(a(column)),
                };
                m.alter_table(Table::alter().table(a("site")).add_column(&mut def).take()).await?;
            }
            for (table, column) in INDEXES {
                m.create_index(index(table, &[column], false)).await?;
            }
            Ok(())
        }
    }
}

/// SQLite only: `declaration (superseded_by_id, declaration_date, id, …)` holding every column a page of the list
/// reads of a declaration (`storage::listing::LISTED_COLUMNS`). SQLite keeps a row's columns in the order of the
/// table, and a column past one that overflows its page is reached by reading every overflow page before it:
/// `legal_name`, added after `document_gz`, cost a read of each listed declaration's whole compressed document. From
/// this index a page of current declarations by date reads no row of `declaration` at all. PostgreSQL keeps large
/// values out of the row (TOAST) and reads `legal_name` without them: it gets none.
mod m20261205_e00100_cover_listed_declarations {
    use super::*;
    use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

    named_migration!("m20261205_e00100_cover_listed_declarations");

    /// The index's name.
    pub const NAME: &str = "ix_declaration_listed_columns";

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            let c = m.get_connection();
            if c.get_database_backend() == DbBackend::Sqlite {
                // The columns of `storage::listing::LISTED_COLUMNS`, the list's order first (a migration does not
                // follow later code: written out).
                c.execute_unprepared(&format!(
                    "CREATE INDEX IF NOT EXISTS {NAME} ON declaration (superseded_by_id, declaration_date, id, \
                     supplier_id, solicitation_id, received_at, file_name, sha256, site_count, supersedes_id, \
                     legal_name)"
                ))
                .await?;
            }
            Ok(())
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            let c = m.get_connection();
            if c.get_database_backend() == DbBackend::Sqlite {
                c.execute_unprepared(&format!("DROP INDEX IF EXISTS {NAME}")).await?;
            }
            Ok(())
        }
    }
}

mod m20261205_h00100_site_keys_name_the_city {
    use std::collections::{BTreeMap, BTreeSet, HashMap};

    use super::*;
    use sea_orm_migration::sea_orm::ConnectionTrait;

    named_migration!("m20261205_h00100_site_keys_name_the_city");

    /// The decision columns copied when one decision's hits name several cities.
    const DECISION_COLUMNS: [&str; 7] =
        ["list_kind", "entry_key", "entry_hash", "confirmed", "note", "decided_by", "decided_at"];

    /// Each hit on a site with no OS ID (key `na:…`) gets the key `screening::matching::site_key` gives now: the
    /// old key and the site's city, read from its declaration's `site` row (a hit whose site has no row keeps its
    /// key). Each decision taken on such hits gets the key of its hits; a decision whose hits are in several
    /// cities (remembered across them before) is kept for each of them: a copy per other city, its hits pointed at
    /// it, so every hit keeps the state it has and a new decision reaches one city only.
    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            let c = m.get_connection();
            let q = Query::select()
                .columns([a("id"), a("declaration_id"), a("site_ref"), a("party_key"), a("decision_id")])
                .from(a("screening_hit"))
                .and_where(Expr::col(a("party_key")).like("na:%"))
                .and_where(Expr::col(a("site_ref")).is_not_null())
                .order_by(a("id"), Order::Asc)
                .to_owned();
            let mut hits = Vec::new();
            for row in c.query_all(&q).await? {
                let id: i64 = row.try_get("", "id")?;
                let declaration: i64 = row.try_get("", "declaration_id")?;
                let site: String = row.try_get("", "site_ref")?;
                let key: String = row.try_get("", "party_key")?;
                let decision: Option<i64> = row.try_get("", "decision_id")?;
                hits.push((id, declaration, site, key, decision));
            }
            let declarations: BTreeSet<i64> = hits.iter().map(|h| h.1).collect();
            let mut cities: HashMap<(i64, String), String> = HashMap::new();
            let ids: Vec<i64> = declarations.into_iter().collect();
            for chunk in ids.chunks(500) {
                let q = Query::select()
                    .columns([a("declaration_id"), a("site_ref"), a("city")])
                    .from(a("site"))
                    .and_where(Expr::col(a("declaration_id")).is_in(chunk.to_vec()))
                    .to_owned();
                for row in c.query_all(&q).await? {
                    let declaration: i64 = row.try_get("", "declaration_id")?;
                    let site: String = row.try_get("", "site_ref")?;
                    let city: String = row.try_get("", "city")?;
                    cities.insert((declaration, site), city);
                }
            }
            // The new key of each hit, and the keys of each decision's hits (the first hit's first).
            let mut of_decision: BTreeMap<i64, Vec<(String, Vec<i64>)>> = BTreeMap::new();
            for (id, declaration, site, key, decision) in hits {
                let Some(city) = cities.get(&(declaration, site)) else { continue };
                let new = crate::screening::matching::with_city(key.clone(), city);
                if new == key {
                    continue;
                }
                let q = Query::update()
                    .table(a("screening_hit"))
                    .value(a("party_key"), new.clone())
                    .and_where(Expr::col(a("id")).eq(id))
                    .to_owned();
                c.execute(&q).await?;
                if let Some(d) = decision {
                    let keys = of_decision.entry(d).or_default();
                    match keys.iter_mut().find(|(k, _)| *k == new) {
                        Some((_, ids)) => ids.push(id),
                        None => keys.push((new, vec![id])),
                    }
                }
            }
            for (decision, keys) in of_decision {
                let mut keys = keys.into_iter();
                let Some((first, _)) = keys.next() else { continue };
                let q = Query::update()
                    .table(a("screening_decision"))
                    .value(a("party_key"), first)
                    .and_where(Expr::col(a("id")).eq(decision))
                    .to_owned();
                c.execute(&q).await?;
                for (key, hit_ids) in keys {
                    let q = Query::select()
                        .columns(DECISION_COLUMNS.map(a))
                        .from(a("screening_decision"))
                        .and_where(Expr::col(a("id")).eq(decision))
                        .to_owned();
                    let Some(row) = c.query_one(&q).await? else { continue };
                    let decided_at: chrono::DateTime<chrono::FixedOffset> = row.try_get("", "decided_at")?;
                    let values: [SimpleExpr; 8] = [
                        row.try_get::<String>("", "list_kind")?.into(),
                        row.try_get::<String>("", "entry_key")?.into(),
                        row.try_get::<String>("", "entry_hash")?.into(),
                        key.clone().into(),
                        row.try_get::<bool>("", "confirmed")?.into(),
                        row.try_get::<String>("", "note")?.into(),
                        row.try_get::<String>("", "decided_by")?.into(),
                        decided_at.into(),
                    ];
                    let mut q = Query::insert();
                    q.into_table(a("screening_decision")).columns(
                        [
                            "list_kind",
                            "entry_key",
                            "entry_hash",
                            "party_key",
                            "confirmed",
                            "note",
                            "decided_by",
                            "decided_at",
                        ]
                        .map(a),
                    );
                    q.values(values).map_err(|e| DbErr::Custom(e.to_string()))?;
                    c.execute(&q).await?;
                    let q = Query::select()
                        .expr(Expr::col(a("id")).max())
                        .from(a("screening_decision"))
                        .and_where(Expr::col(a("party_key")).eq(key))
                        .to_owned();
                    let Some(row) = c.query_one(&q).await? else { continue };
                    let copy: i64 = row.try_get_by_index(0)?;
                    let q = Query::update()
                        .table(a("screening_hit"))
                        .value(a("decision_id"), copy)
                        .and_where(Expr::col(a("id")).is_in(hit_ids))
                        .to_owned();
                    c.execute(&q).await?;
                }
            }
            Ok(())
        }

        /// Keys are left as they are: a key naming its city reads as another party to code before this migration,
        /// which asks again what it cannot tell apart.
        async fn down(&self, _: &SchemaManager) -> Result<(), DbErr> {
            Ok(())
        }
    }
}

mod m20261206_a00100_unique_site_match_pairs {
    use std::collections::HashSet;

    use super::*;
    use sea_orm_migration::sea_orm::ConnectionTrait;

    named_migration!("m20261206_a00100_unique_site_match_pairs");

    /// The unique index on `site_match_decision (pair)`.
    pub const INDEX: &str = "ux_site_match_decision_pair";

    /// A site-match decision is taken once a pair of facilities, whichever order its keys came in: each row gets
    /// its `pair` (`storage::graph::pair_of`, the two keys in byte order), and a unique index on it refuses a second
    /// decision on the pair however many instances of the service share the database (the graph service's lock
    /// serialised decisions within one instance only). Of a pair decided more than once before, the latest decision
    /// stays (the graph applied the decisions in order, so the latest is the one in force) and the earlier rows go;
    /// their audit entries stay, the log being append-only.
    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            // Not null from the start (SQLite adds such a column only with a default): every row is given its pair
            // below, before the unique index.
            let mut pair = text(a("pair"));
            pair.default("");
            m.alter_table(Table::alter().table(a("site_match_decision")).add_column(pair).take()).await?;
            let c = m.get_connection();
            let q = Query::select()
                .columns([a("id"), a("key_a"), a("key_b")])
                .from(a("site_match_decision"))
                .order_by(a("id"), Order::Desc)
                .to_owned();
            let mut seen = HashSet::new();
            let mut earlier = Vec::new();
            for row in c.query_all(&q).await? {
                let id: i64 = row.try_get("", "id")?;
                let key_a: String = row.try_get("", "key_a")?;
                let key_b: String = row.try_get("", "key_b")?;
                let pair = crate::storage::graph::pair_of(&key_a, &key_b);
                if !seen.insert(pair.clone()) {
                    earlier.push(id);
                    continue;
                }
                let q = Query::update()
                    .table(a("site_match_decision"))
                    .value(a("pair"), pair)
                    .and_where(Expr::col(a("id")).eq(id))
                    .to_owned();
                c.execute(&q).await?;
            }
            for chunk in earlier.chunks(500) {
                let q = Query::delete()
                    .from_table(a("site_match_decision"))
                    .and_where(Expr::col(a("id")).is_in(chunk.to_vec()))
                    .to_owned();
                c.execute(&q).await?;
            }
            m.create_index(
                Index::create().name(INDEX).table(a("site_match_decision")).col(a("pair")).unique().to_owned(),
            )
            .await
        }

        /// The index and the column go; the earlier decisions removed do not come back (their audit entries hold
        /// them).
        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.drop_index(Index::drop().name(INDEX).table(a("site_match_decision")).to_owned()).await?;
            m.alter_table(Table::alter().table(a("site_match_decision")).drop_column(a("pair")).take()).await
        }
    }
}

mod m20261206_b00100_operator_keys_name_the_city_and_fold_widths {
    use std::collections::{BTreeMap, BTreeSet, HashMap};

    use super::*;
    use sea_orm_migration::sea_orm::ConnectionTrait;

    named_migration!("m20261206_b00100_operator_keys_name_the_city_and_fold_widths");

    /// The decision columns copied when one decision's hits get several keys.
    const DECISION_COLUMNS: [&str; 7] =
        ["list_kind", "entry_key", "entry_hash", "confirmed", "note", "decided_by", "decided_at"];

    /// Each hit's key becomes the key `screening::matching::parties_of` gives now: folded again where it holds
    /// compatibility forms (`screening::matching::refolded_key`: full-width `ｐｅｌａｎｇｉ` is `pelangi`), and an
    /// operator named without a business number (`operator:` + country + name) given its site's city, read from its
    /// declaration's `site` row (an operator whose site has no row keeps its key). Each decision gets the key of its
    /// hits; a decision whose hits now have several keys (remembered across operators of one name in several
    /// cities before) is kept for each: a copy per other key, its hits pointed at it, so every hit keeps the state
    /// it has and a new decision reaches one operator only. A decision without hits is folded again only.
    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            use crate::screening::matching::{refolded_key, with_city};
            let c = m.get_connection();
            let q = Query::select()
                .columns([a("id"), a("declaration_id"), a("site_ref"), a("party_key"), a("decision_id")])
                .from(a("screening_hit"))
                .order_by(a("id"), Order::Asc)
                .to_owned();
            let mut hits = Vec::new();
            for row in c.query_all(&q).await? {
                let id: i64 = row.try_get("", "id")?;
                let declaration: i64 = row.try_get("", "declaration_id")?;
                let site: Option<String> = row.try_get("", "site_ref")?;
                let key: String = row.try_get("", "party_key")?;
                let decision: Option<i64> = row.try_get("", "decision_id")?;
                hits.push((id, declaration, site, key, decision));
            }
            // An operator's key without its city: `operator:` + country + name (a name holds no `:`).
            let cityless = |key: &str| key.starts_with("operator:") && key.split(':').count() == 3;
            let declarations: BTreeSet<i64> =
                hits.iter().filter(|h| h.2.is_some() && cityless(&h.3)).map(|h| h.1).collect();
            let mut cities: HashMap<(i64, String), String> = HashMap::new();
            let ids: Vec<i64> = declarations.into_iter().collect();
            for chunk in ids.chunks(500) {
                let q = Query::select()
                    .columns([a("declaration_id"), a("site_ref"), a("city")])
                    .from(a("site"))
                    .and_where(Expr::col(a("declaration_id")).is_in(chunk.to_vec()))
                    .to_owned();
                for row in c.query_all(&q).await? {
                    let declaration: i64 = row.try_get("", "declaration_id")?;
                    let site: String = row.try_get("", "site_ref")?;
                    let city: String = row.try_get("", "city")?;
                    cities.insert((declaration, site), city);
                }
            }
            // The new key of each hit, and the keys of each decision's hits (the first hit's first).
            let mut of_decision: BTreeMap<i64, Vec<(String, Vec<i64>)>> = BTreeMap::new();
            for (id, declaration, site, key, decision) in hits {
                let mut new = refolded_key(&key);
                if cityless(&new) {
                    if let Some(city) = site.and_then(|s| cities.get(&(declaration, s))) {
                        new = with_city(new, city);
                    }
                }
                if new != key {
                    let q = Query::update()
                        .table(a("screening_hit"))
                        .value(a("party_key"), new.clone())
                        .and_where(Expr::col(a("id")).eq(id))
                        .to_owned();
                    c.execute(&q).await?;
                }
                if let Some(d) = decision {
                    let keys = of_decision.entry(d).or_default();
                    match keys.iter_mut().find(|(k, _)| *k == new) {
                        Some((_, ids)) => ids.push(id),
                        None => keys.push((new, vec![id])),
                    }
                }
            }
            // Decisions no hit points at: folded again.
            let q = Query::select().columns([a("id"), a("party_key")]).from(a("screening_decision")).to_owned();
            for row in c.query_all(&q).await? {
                let id: i64 = row.try_get("", "id")?;
                let key: String = row.try_get("", "party_key")?;
                let new = refolded_key(&key);
                if !of_decision.contains_key(&id) && new != key {
                    let q = Query::update()
                        .table(a("screening_decision"))
                        .value(a("party_key"), new)
                        .and_where(Expr::col(a("id")).eq(id))
                        .to_owned();
                    c.execute(&q).await?;
                }
            }
            for (decision, keys) in of_decision {
                let mut keys = keys.into_iter();
                let Some((first, _)) = keys.next() else { continue };
                let q = Query::update()
                    .table(a("screening_decision"))
                    .value(a("party_key"), first)
                    .and_where(Expr::col(a("id")).eq(decision))
                    .to_owned();
                c.execute(&q).await?;
                for (key, hit_ids) in keys {
                    let q = Query::select()
                        .columns(DECISION_COLUMNS.map(a))
                        .from(a("screening_decision"))
                        .and_where(Expr::col(a("id")).eq(decision))
                        .to_owned();
                    let Some(row) = c.query_one(&q).await? else { continue };
                    let decided_at: chrono::DateTime<chrono::FixedOffset> = row.try_get("", "decided_at")?;
                    let values: [SimpleExpr; 8] = [
                        row.try_get::<String>("", "list_kind")?.into(),
                        row.try_get::<String>("", "entry_key")?.into(),
                        row.try_get::<String>("", "entry_hash")?.into(),
                        key.clone().into(),
                        row.try_get::<bool>("", "confirmed")?.into(),
                        row.try_get::<String>("", "note")?.into(),
                        row.try_get::<String>("", "decided_by")?.into(),
                        decided_at.into(),
                    ];
                    let mut q = Query::insert();
                    q.into_table(a("screening_decision")).columns(
                        [
                            "list_kind",
                            "entry_key",
                            "entry_hash",
                            "party_key",
                            "confirmed",
                            "note",
                            "decided_by",
                            "decided_at",
                        ]
                        .map(a),
                    );
                    q.values(values).map_err(|e| DbErr::Custom(e.to_string()))?;
                    c.execute(&q).await?;
                    let q = Query::select()
                        .expr(Expr::col(a("id")).max())
                        .from(a("screening_decision"))
                        .and_where(Expr::col(a("party_key")).eq(key))
                        .to_owned();
                    let Some(row) = c.query_one(&q).await? else { continue };
                    let copy: i64 = row.try_get_by_index(0)?;
                    let q = Query::update()
                        .table(a("screening_hit"))
                        .value(a("decision_id"), copy)
                        .and_where(Expr::col(a("id")).is_in(hit_ids))
                        .to_owned();
                    c.execute(&q).await?;
                }
            }
            Ok(())
        }

        /// Keys are left as they are: a key naming its city or folded anew reads as another party to code before
        /// this migration, which asks again what it cannot tell apart.
        async fn down(&self, _: &SchemaManager) -> Result<(), DbErr> {
            Ok(())
        }
    }
}

/// The `site` and `supply_link` rows repeated, for the national graph, what every declaration's stored document holds
/// (its sites and their links): a third of a large declaration's database. The graph reads the document now
/// (`storage::graph`), and the rows go. SQLite keeps a dropped table's pages in its file (free, for later rows) until
/// `VACUUM`: the migration runs it when rows were dropped, so the file shrinks at the upgrade — once, in about the
/// time of a copy of the file and with its size free on disk beside it. PostgreSQL gives a dropped table's files back
/// at once. `down` builds both tables again as they were, and fills them from the documents, one declaration at a
/// time.
mod m20261206_c00100_drop_site_rows {
    use super::m20261129_000300_create_score_summaries::{fk, index, insert_rows};
    use super::*;
    use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

    named_migration!("m20261206_c00100_drop_site_rows");

    /// The `site` columns filled from a document, in the table's order (after the primary key).
    const SITE_COLUMNS: [&str; 11] = [
        "declaration_id",
        "site_ref",
        "site_name",
        "operator",
        "operator_business_number",
        "role",
        "goods",
        "address",
        "city",
        "country",
        "os_id",
    ];

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            let c = m.get_connection();
            let held = m.has_table("site").await?
                && c.query_one(&Query::select().expr(Expr::val(1)).from(a("site")).limit(1).to_owned())
                    .await?
                    .is_some();
            // Links first: they refer to sites.
            for table in ["supply_link", "site"] {
                m.drop_table(Table::drop().table(a(table)).if_exists().take()).await?;
            }
            if held && c.get_database_backend() == DbBackend::Sqlite {
                // Outside any transaction (SQLite's migrations run in none): VACUUM cannot run in one. A file that
                // cannot be rewritten now (no room on its disk) is still whole and right, only larger: the upgrade
                // goes on, and the log says so.
                if let Err(e) = c.execute_unprepared("VACUUM").await {
                    tracing::warn!(
                        said = "cli_log.vacuum_failed",
                        error = %e,
                        "the database file keeps the pages of the dropped site rows: VACUUM failed"
                    );
                }
            }
            Ok(())
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.create_table(
                Table::create()
                    .table(a("site"))
                    .if_not_exists()
                    .col(big_pk_auto(a("id")))
                    .col(big_integer(a("declaration_id")))
                    .col(string(a("site_ref")))
                    .col(text(a("site_name")))
                    .col(text_null(a("operator")))
                    .col(string_null(a("operator_business_number")))
                    .col(string(a("role")))
                    .col(text(a("goods")))
                    .col(text(a("address")))
                    .col(text(a("city")))
                    .col(string_len(a("country"), 2))
                    .col(string_null(a("os_id")))
                    .foreign_key(&mut fk("site", "declaration_id", "declaration"))
                    .take(),
            )
            .await?;
            m.create_index(index("site", &["declaration_id", "site_ref"], true)).await?;
            m.create_table(
                Table::create()
                    .table(a("supply_link"))
                    .if_not_exists()
                    .col(big_pk_auto(a("id")))
                    .col(big_integer(a("declaration_id")))
                    .col(big_integer(a("from_site_id")))
                    .col(big_integer(a("to_site_id")))
                    .foreign_key(&mut fk("supply_link", "declaration_id", "declaration"))
                    .foreign_key(&mut fk("supply_link", "from_site_id", "site"))
                    .foreign_key(&mut fk("supply_link", "to_site_id", "site"))
                    .take(),
            )
            .await?;
            m.create_index(index("supply_link", &["declaration_id"], false)).await?;
            let c = m.get_connection();
            let mut after = 0;
            while let Some((id, d)) = next_document::<crate::domain::Declaration>(c, "declaration", after).await? {
                after = id;
                fill(c, id, &d).await?;
            }
            Ok(())
        }
    }

    /// One declaration's `site` rows (in its site order, so ids keep it) and `supply_link` rows (in each site's order
    /// of the sites it supplies), as imports wrote them before this migration.
    async fn fill(c: &SchemaManagerConnection<'_>, id: i64, d: &crate::domain::Declaration) -> Result<(), DbErr> {
        let rows = d
            .places_of_work
            .iter()
            .map(|p| {
                vec![
                    Expr::val(id),
                    Expr::val(p.site_id.to_string()),
                    Expr::val(p.site_name.clone()),
                    Expr::val(p.operator.clone()),
                    Expr::val(p.operator_business_number.clone()),
                    Expr::val(p.role.to_string()),
                    Expr::val(p.goods.clone()),
                    Expr::val(p.address.clone()),
                    Expr::val(p.city.clone()),
                    Expr::val(p.country.to_string()),
                    Expr::val(p.os_id.clone()),
                ]
            })
            .collect();
        insert_rows(c, "site", &SITE_COLUMNS, rows).await?;
        let q = Query::select()
            .columns([a("id"), a("site_ref")])
            .from(a("site"))
            .and_where(Expr::col(a("declaration_id")).eq(id))
            .to_owned();
        let mut ids = std::collections::HashMap::new();
        for row in c.query_all(&q).await? {
            ids.insert(row.try_get::<String>("", "site_ref")?, row.try_get::<i64>("", "id")?);
        }
        let mut links = Vec::new();
        for p in &d.places_of_work {
            let Some(&from) = ids.get(p.site_id.as_str()) else { continue };
            for to in &p.supplies_to {
                if let Some(&to) = ids.get(to.as_str()) {
                    links.push(vec![Expr::val(id), Expr::val(from), Expr::val(to)]);
                }
            }
        }
        insert_rows(c, "supply_link", &["declaration_id", "from_site_id", "to_site_id"], links).await
    }
}

/// Entries of a list keyed by their name (UFLPA, CBP, PSPC, a watch list without ids) were keyed, before names folded
/// compatibility forms (full-width letters, ligatures) in NFKD as parties' names are, by the name as it folded then:
/// `ＡＢＣ　Ｃｏ．` as `ａｂｃ ｃｏ`, where the parser now gives `abc`. The next edition of the list would then show the
/// entry removed and added again, and a decision taken on it would no longer be found for its party. Each stored
/// entry whose key is such a key (`screening::parse::refolded_entry_key`: the name part only, and only when it then is
/// the key of the entry's name, so a publisher's id is never rewritten) gets the key the parser gives now, its edition's
/// keys made unique again in file order as the parser makes them (`#2` …), its document and content hash with it;
/// the hits and decisions naming the entry (list, key and content hash) follow. The editions' diffs, a record of what
/// each import found, are left as they were.
mod m20261207_d00100_refold_screening_entry_keys {
    use std::collections::HashMap;

    use super::*;
    use crate::screening::Entry;
    use sea_orm_migration::sea_orm::ConnectionTrait;

    named_migration!("m20261207_d00100_refold_screening_entry_keys");

    /// A stored key without the `#2` … that makes a repeated key unique within its edition.
    fn without_repeat(key: &str) -> &str {
        match key.rsplit_once('#') {
            Some((base, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => base,
            _ => key,
        }
    }

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            use crate::screening::parse::refolded_entry_key;
            let c = m.get_connection();
            let bad = |e: serde_json::Error| DbErr::Custom(format!("a stored screening entry does not read: {e}"));
            let q = Query::select()
                .columns([a("id"), a("list_kind")])
                .from(a("screening_edition"))
                .order_by(a("id"), Order::Asc)
                .to_owned();
            let mut editions: Vec<(i64, String)> = Vec::new();
            for row in c.query_all(&q).await? {
                editions.push((row.try_get("", "id")?, row.try_get("", "list_kind")?));
            }
            // (list, old key, old hash) → (new key, new hash), over every edition.
            let mut moved: HashMap<(String, String, String), (String, String)> = HashMap::new();
            for (edition, list) in editions {
                let q = Query::select()
                    .columns([a("id"), a("entry_key"), a("content_hash"), a("document")])
                    .from(a("screening_entry"))
                    .and_where(Expr::col(a("edition_id")).eq(edition))
                    .order_by(a("id"), Order::Asc)
                    .to_owned();
                let mut rows: Vec<(i64, String, String, Entry)> = Vec::new();
                for row in c.query_all(&q).await? {
                    let document: String = row.try_get("", "document")?;
                    let entry: Entry = serde_json::from_str(&document).map_err(bad)?;
                    rows.push((
                        row.try_get("", "id")?,
                        row.try_get("", "entry_key")?,
                        row.try_get("", "content_hash")?,
                        entry,
                    ));
                }
                let refolded: Vec<Option<String>> =
                    rows.iter().map(|(_, key, _, e)| refolded_entry_key(without_repeat(key), e)).collect();
                if refolded.iter().all(Option::is_none) {
                    continue;
                }
                // The edition's keys as the parser gives them now: each key's base (folded again or as it was), made
                // unique in file order.
                let mut order: Vec<usize> = (0..rows.len()).collect();
                order.sort_by_key(|&i| rows.get(i).map(|r| (r.3.line, r.0)));
                let mut entries: Vec<Entry> = order
                    .iter()
                    .filter_map(|&i| {
                        let (_, key, _, e) = rows.get(i)?;
                        let base =
                            refolded.get(i).cloned().flatten().unwrap_or_else(|| without_repeat(key).to_string());
                        Some(Entry { key: base, ..e.clone() })
                    })
                    .collect();
                crate::screening::unique_keys(&mut entries);
                for (&i, new) in order.iter().zip(entries) {
                    let Some((id, key, hash, _)) = rows.get(i) else { continue };
                    if new.key == *key {
                        continue;
                    }
                    let new_hash = new.content_hash();
                    let document = serde_json::to_string(&new).map_err(bad)?;
                    let q = Query::update()
                        .table(a("screening_entry"))
                        .value(a("entry_key"), new.key.clone())
                        .value(a("content_hash"), new_hash.clone())
                        .value(a("document"), document)
                        .and_where(Expr::col(a("id")).eq(*id))
                        .to_owned();
                    c.execute(&q).await?;
                    moved.insert((list.clone(), key.clone(), hash.clone()), (new.key, new_hash));
                }
            }
            for ((list, key, hash), (new_key, new_hash)) in moved {
                for table in ["screening_hit", "screening_decision"] {
                    let q = Query::update()
                        .table(a(table))
                        .value(a("entry_key"), new_key.clone())
                        .value(a("entry_hash"), new_hash.clone())
                        .and_where(Expr::col(a("list_kind")).eq(list.clone()))
                        .and_where(Expr::col(a("entry_key")).eq(key.clone()))
                        .and_where(Expr::col(a("entry_hash")).eq(hash.clone()))
                        .to_owned();
                    c.execute(&q).await?;
                }
            }
            Ok(())
        }

        /// Keys are left as they are: a key folded anew reads, to code before this migration, as an entry added to
        /// its list, whose hits are asked again.
        async fn down(&self, _: &SchemaManager) -> Result<(), DbErr> {
            Ok(())
        }
    }
}

mod m20261208_f00100_sum_portfolio_again {
    use super::*;

    named_migration!("m20261208_f00100_sum_portfolio_again");

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        /// Every stored sum goes; `Store::fill_portfolio` sums the latest assessments again, by the rule of
        /// `scoring::portfolio`, the first time the dashboard is read (as it does for assessments stored before the
        /// tables existed).
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            let c = m.get_connection();
            for t in ["portfolio_share", "portfolio_basis"] {
                c.execute(&Query::delete().from_table(a(t)).to_owned()).await?;
            }
            Ok(())
        }

        /// Nothing to put back: sums are computed, never entered, and the dashboard fills what is missing.
        async fn down(&self, _: &SchemaManager) -> Result<(), DbErr> {
            Ok(())
        }
    }
}

/// Entries were hashed whole (reason, dates and footnote marks included); a decision is remembered by the hash, so a
/// reason reworded or a period moved asked the officer again about a party already decided. Each stored entry is
/// hashed again as `screening::Entry::content_hash` hashes it now (what matters for matching only); the hits and
/// decisions naming the entry (list, key and old hash) follow. Two contents that differed only in those fields now
/// share a hash: the latest decision on either answers for both (`storage::screening::restate` takes the latest).
mod m20261209_a00100_rehash_screening_entries {
    use std::collections::HashMap;

    use super::*;
    use crate::screening::Entry;
    use sea_orm_migration::sea_orm::ConnectionTrait;

    named_migration!("m20261209_a00100_rehash_screening_entries");

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            let c = m.get_connection();
            let bad = |e: serde_json::Error| DbErr::Custom(format!("a stored screening entry does not read: {e}"));
            let q = Query::select().columns([a("id"), a("list_kind")]).from(a("screening_edition")).to_owned();
            let mut lists: HashMap<i64, String> = HashMap::new();
            for row in c.query_all(&q).await? {
                lists.insert(row.try_get("", "id")?, row.try_get("", "list_kind")?);
            }
            // (list, key, old hash) → new hash, over every edition.
            let mut moved: HashMap<(String, String, String), String> = HashMap::new();
            for (edition, list) in &lists {
                let q = Query::select()
                    .columns([a("id"), a("entry_key"), a("content_hash"), a("document")])
                    .from(a("screening_entry"))
                    .and_where(Expr::col(a("edition_id")).eq(*edition))
                    .to_owned();
                for row in c.query_all(&q).await? {
                    let id: i64 = row.try_get("", "id")?;
                    let key: String = row.try_get("", "entry_key")?;
                    let hash: String = row.try_get("", "content_hash")?;
                    let document: String = row.try_get("", "document")?;
                    let entry: Entry = serde_json::from_str(&document).map_err(bad)?;
                    let new_hash = entry.content_hash();
                    if new_hash == hash {
                        continue;
                    }
                    let q = Query::update()
                        .table(a("screening_entry"))
                        .value(a("content_hash"), new_hash.clone())
                        .and_where(Expr::col(a("id")).eq(id))
                        .to_owned();
                    c.execute(&q).await?;
                    moved.insert((list.clone(), key, hash), new_hash);
                }
            }
            for ((list, key, hash), new_hash) in moved {
                for table in ["screening_hit", "screening_decision"] {
                    let q = Query::update()
                        .table(a(table))
                        .value(a("entry_hash"), new_hash.clone())
                        .and_where(Expr::col(a("list_kind")).eq(list.clone()))
                        .and_where(Expr::col(a("entry_key")).eq(key.clone()))
                        .and_where(Expr::col(a("entry_hash")).eq(hash.clone()))
                        .to_owned();
                    c.execute(&q).await?;
                }
            }
            Ok(())
        }

        /// Hashes are left as they are: to code before this migration an entry so hashed reads as changed, and its
        /// hits are asked again once.
        async fn down(&self, _: &SchemaManager) -> Result<(), DbErr> {
            Ok(())
        }
    }
}

/// A screening decision names the party it was taken on (`screening_decision.party_name`, the party's name as the
/// hit matched it): before, the name was read from the hits that carried the decision, so a decision whose hits a
/// later change left without it was remembered for none, and asked again. Each decision stored before is given the
/// names of the hits it decided (`screening_hit.decision_id`; folded as `legal_form::identity_name` folds them, the
/// first hit's spelling kept), else — a decision whose hits all took a later one — the names of the decided hits of
/// its entry content and party, as the code before read them. A decision whose hits name several parties becomes
/// one decision a name (the same list, entry, content, party key, outcome, note, officer and moment), each name's
/// hits pointing at its own; one no hit names keeps an empty name and, as before, is remembered for none.
mod m20261211_a00100_add_account_screening_alerts {
    use super::*;

    named_migration!("m20261211_a00100_add_account_screening_alerts");

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.alter_table(
                Table::alter().table(a("account")).add_column(boolean(a("screening_alerts")).default(true)).take(),
            )
            .await
        }

        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.alter_table(Table::alter().table(a("account")).drop_column(a("screening_alerts")).take()).await
        }
    }
}

mod m20261210_s00100_name_the_party_of_screening_decisions {
    use std::collections::{BTreeMap, HashMap};

    use super::*;
    use crate::domain::legal_form::identity_name;
    use sea_orm_migration::sea_orm::ConnectionTrait;

    named_migration!("m20261210_s00100_name_the_party_of_screening_decisions");

    /// What a decision is about and what it says, besides its party's name.
    const DECISION_COLUMNS: [&str; 8] =
        ["list_kind", "entry_key", "entry_hash", "party_key", "confirmed", "note", "decided_by", "decided_at"];

    #[async_trait::async_trait]
    impl MigrationTrait for Migration {
        async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.alter_table(
                Table::alter().table(a("screening_decision")).add_column(string(a("party_name")).default("")).take(),
            )
            .await?;
            let c = m.get_connection();
            // (list, entry key, content, party key) of each decision.
            type About = (String, String, String, String);
            let q = Query::select()
                .columns(["id", "list_kind", "entry_key", "entry_hash", "party_key"].map(a))
                .from(a("screening_decision"))
                .order_by(a("id"), Order::Asc)
                .to_owned();
            let mut decisions: Vec<(i64, About)> = Vec::new();
            for row in c.query_all(&q).await? {
                let about = (
                    row.try_get("", "list_kind")?,
                    row.try_get("", "entry_key")?,
                    row.try_get("", "entry_hash")?,
                    row.try_get("", "party_key")?,
                );
                decisions.push((row.try_get("", "id")?, about));
            }
            // The decided hits: by decision, each folded name with its first spelling and its hits; by what they
            // are about, the names decided there.
            let q = Query::select()
                .columns(
                    ["id", "decision_id", "list_kind", "entry_key", "entry_hash", "party_key", "party_name"].map(a),
                )
                .from(a("screening_hit"))
                .and_where(Expr::col(a("decision_id")).is_not_null())
                .order_by(a("id"), Order::Asc)
                .to_owned();
            let mut direct: HashMap<i64, BTreeMap<String, (String, Vec<i64>)>> = HashMap::new();
            let mut content: HashMap<About, BTreeMap<String, String>> = HashMap::new();
            for row in c.query_all(&q).await? {
                let hit: i64 = row.try_get("", "id")?;
                let decision: i64 = row.try_get("", "decision_id")?;
                let name: String = row.try_get("", "party_name")?;
                let about: About = (
                    row.try_get("", "list_kind")?,
                    row.try_get("", "entry_key")?,
                    row.try_get("", "entry_hash")?,
                    row.try_get("", "party_key")?,
                );
                let folded = identity_name(&name);
                direct
                    .entry(decision)
                    .or_default()
                    .entry(folded.clone())
                    .or_insert_with(|| (name.clone(), Vec::new()))
                    .1
                    .push(hit);
                content.entry(about).or_default().entry(folded).or_insert(name);
            }
            for (id, about) in decisions {
                // Each name with the hits that then point at its decision (none when read from the entry content).
                let names: Vec<(String, Vec<i64>)> = match direct.remove(&id) {
                    Some(named) => named.into_values().collect(),
                    None => content.get(&about).into_iter().flatten().map(|(_, n)| (n.clone(), Vec::new())).collect(),
                };
                let mut names = names.into_iter();
                let Some((first, _)) = names.next() else { continue };
                let q = Query::update()
                    .table(a("screening_decision"))
                    .value(a("party_name"), first)
                    .and_where(Expr::col(a("id")).eq(id))
                    .to_owned();
                c.execute(&q).await?;
                for (name, hits) in names {
                    let q = Query::select()
                        .columns(DECISION_COLUMNS.map(a))
                        .from(a("screening_decision"))
                        .and_where(Expr::col(a("id")).eq(id))
                        .to_owned();
                    let Some(row) = c.query_one(&q).await? else { continue };
                    let decided_at: chrono::DateTime<chrono::FixedOffset> = row.try_get("", "decided_at")?;
                    let values: [SimpleExpr; 9] = [
                        row.try_get::<String>("", "list_kind")?.into(),
                        row.try_get::<String>("", "entry_key")?.into(),
                        row.try_get::<String>("", "entry_hash")?.into(),
                        row.try_get::<String>("", "party_key")?.into(),
                        row.try_get::<bool>("", "confirmed")?.into(),
                        row.try_get::<String>("", "note")?.into(),
                        row.try_get::<String>("", "decided_by")?.into(),
                        decided_at.into(),
                        name.clone().into(),
                    ];
                    let mut q = Query::insert();
                    q.into_table(a("screening_decision"))
                        .columns(DECISION_COLUMNS.map(a).into_iter().chain([a("party_name")]));
                    q.values(values).map_err(|e| DbErr::Custom(e.to_string()))?;
                    c.execute(&q).await?;
                    if hits.is_empty() {
                        continue;
                    }
                    let q = Query::select()
                        .expr(Expr::col(a("id")).max())
                        .from(a("screening_decision"))
                        .and_where(Expr::col(a("party_key")).eq(about.3.clone()))
                        .and_where(Expr::col(a("party_name")).eq(name))
                        .to_owned();
                    let Some(row) = c.query_one(&q).await? else { continue };
                    let copy: i64 = row.try_get_by_index(0)?;
                    let q = Query::update()
                        .table(a("screening_hit"))
                        .value(a("decision_id"), copy)
                        .and_where(Expr::col(a("id")).is_in(hits))
                        .to_owned();
                    c.execute(&q).await?;
                }
            }
            Ok(())
        }

        /// The column goes; the decisions split by name stay apart (each still about its entry and party key).
        async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
            m.alter_table(Table::alter().table(a("screening_decision")).drop_column(a("party_name")).take()).await
        }
    }
}
