//! sea-orm entities, one module per table.

macro_rules! no_relations {
    () => {
        #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
        pub enum Relation {}
        impl ActiveModelBehavior for ActiveModel {}
    };
}

pub mod supplier {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "supplier")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        #[sea_orm(unique)]
        pub identity_key: String,
        pub legal_name: String,
        pub business_number: Option<String>,
        pub country: String,
        pub created_at: DateTimeUtc,
    }
    no_relations!();
}

pub mod solicitation {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "solicitation")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        #[sea_orm(unique)]
        pub number: String,
        pub created_at: DateTimeUtc,
    }
    no_relations!();
}

pub mod declaration {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "declaration")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub supplier_id: i64,
        pub solicitation_id: Option<i64>,
        pub declaration_date: Date,
        pub received_at: DateTimeUtc,
        pub file_name: String,
        #[sea_orm(unique)]
        pub sha256: String,
        pub carrier: String,
        pub size_bytes: i64,
        pub supersedes_id: Option<i64>,
        pub superseded_by_id: Option<i64>,
        pub site_count: i32,
        /// The declaration as JSON text: rows stored before `document_gz`; `""` when that holds it.
        #[sea_orm(column_type = "Text")]
        pub document: String,
        #[sea_orm(column_type = "Text")]
        pub warnings: String,
        /// The declaration as gzip-compressed JSON (`storage::document`), or `NULL` for rows stored before.
        #[sea_orm(column_type = "Blob", nullable)]
        pub document_gz: Option<Vec<u8>>,
        /// The supplier's legal name as this declaration gives it (the supplier's row keeps the latest one).
        #[sea_orm(column_type = "Text", nullable)]
        pub legal_name: Option<String>,
    }
    no_relations!();
}

pub mod attestation {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "attestation")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub declaration_id: i64,
        pub right_code: String,
        pub attested: bool,
        pub scope: Option<String>,
        #[sea_orm(column_type = "Text", nullable)]
        pub comment: Option<String>,
    }
    no_relations!();
}

pub mod goods_item {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "goods_item")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub declaration_id: i64,
        #[sea_orm(column_type = "Text")]
        pub item: String,
        #[sea_orm(column_type = "Text", nullable)]
        pub description: Option<String>,
        pub classification: Option<String>,
        pub quantity: Option<f64>,
        pub value_cad: Option<f64>,
        #[sea_orm(column_type = "Text")]
        pub produced_at: String,
    }
    no_relations!();
}

pub mod bid {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "bid")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub solicitation_id: i64,
        pub supplier_id: i64,
        pub declaration_id: i64,
        pub updated_at: DateTimeUtc,
    }
    no_relations!();
}

pub mod assessment {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "assessment")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub declaration_id: i64,
        pub model_version: String,
        pub assessed_at: DateTimeUtc,
        pub forced_labour_score: f64,
        pub forced_labour_band: String,
        pub child_labour_score: f64,
        pub child_labour_band: String,
        pub finding_count: i32,
        /// The explanation as JSON text: rows stored before `document_gz`; `""` when that holds it.
        #[sea_orm(column_type = "Text")]
        pub document: String,
        /// The explanation as gzip-compressed JSON (`storage::document`), or `NULL` for rows stored before.
        #[sea_orm(column_type = "Blob", nullable)]
        pub document_gz: Option<Vec<u8>>,
    }
    no_relations!();
}

pub mod finding {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "finding")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub assessment_id: i64,
        pub code: String,
        pub severity: String,
        pub location: Option<String>,
        #[sea_orm(column_type = "Text")]
        pub message_en: String,
        #[sea_orm(column_type = "Text")]
        pub message_fr: String,
        /// The finding's code and parameters as JSON (`FindingReason`); `None` for a finding stored with its
        /// words (`message_en`, `message_fr`), which are empty for a coded one. A row for several sites (assessments
        /// stored from form 3 of the document, `domain::FindingGroups`) has the parameters without the site, the
        /// sites in `for_sites` and their findings' positions among the assessment's in `at`, and no `location`.
        #[sea_orm(column_type = "Text", nullable)]
        pub params: Option<String>,
    }
    no_relations!();
}

pub mod account {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "account")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        #[sea_orm(unique)]
        pub email: String,
        pub display_name: String,
        pub role: String,
        pub business_number: Option<String>,
        pub password_hash: String,
        pub disabled: bool,
        pub created_at: DateTimeUtc,
        /// `en` or `fr`; null until known.
        pub language: Option<String>,
        /// Whether new screening alerts are told to this account by e-mail (officers and auditors; true until the
        /// person says otherwise on their account page).
        pub screening_alerts: bool,
    }
    no_relations!();
}

pub mod session {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "session")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub key_sha256: String,
        pub account_id: Option<i64>,
        pub state: String,
        pub created_at: DateTimeUtc,
        pub last_seen_at: DateTimeUtc,
    }
    no_relations!();
}

pub mod api_token {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "api_token")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub account_id: i64,
        pub name: String,
        #[sea_orm(unique)]
        pub token_sha256: String,
        pub created_at: DateTimeUtc,
        pub revoked_at: Option<DateTimeUtc>,
    }
    no_relations!();
}

pub mod audit_entry {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "audit_entry")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub seq: i64,
        /// RFC 3339 UTC with microseconds, exactly as hashed.
        pub at: String,
        pub actor: String,
        pub action: String,
        pub subject: String,
        /// JSON, exactly as hashed.
        pub payload: String,
        pub prev_hash: String,
        #[sea_orm(unique)]
        pub hash: String,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod site_match_decision {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "site_match_decision")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub key_a: String,
        pub key_b: String,
        /// The two keys in byte order (`storage::graph::pair_of`): unique, one decision a pair.
        pub pair: String,
        pub same: bool,
        pub decided_by: String,
        pub decided_at: DateTimeUtc,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod password_reset {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "password_reset")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub account_id: i64,
        /// The SHA-256 of the code (hex); the code itself is never stored.
        #[sea_orm(unique)]
        pub code_sha256: String,
        pub created_by: String,
        pub created_at: DateTimeUtc,
        pub expires_at: DateTimeUtc,
        /// When it was used, or withdrawn by a newer reset or another code's use.
        pub used_at: Option<DateTimeUtc>,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod contract {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "contract")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        #[sea_orm(unique)]
        pub number: String,
        pub business_number: String,
        pub awarded_on: Date,
        /// The `cases::Contract` as JSON.
        pub document: String,
        pub created_at: DateTimeUtc,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod case {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "compliance_case")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub contract_id: i64,
        pub title: String,
        pub opened_by: String,
        pub opened_at: DateTimeUtc,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod case_event {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "case_event")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub case_id: i64,
        pub kind: String,
        pub recorded_by: String,
        pub recorded_at: DateTimeUtc,
        /// The `cases::CaseEvent` as JSON.
        pub document: String,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod notification_outbox {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "notification_outbox")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub recipient: String,
        pub lang: String,
        pub subject: String,
        pub body: String,
        pub about: String,
        pub created_at: DateTimeUtc,
        pub attempts: i32,
        pub next_attempt_at: DateTimeUtc,
        pub sent_at: Option<DateTimeUtc>,
        pub failed_at: Option<DateTimeUtc>,
        pub last_error: Option<String>,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod case_attachment {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "case_attachment")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub case_id: i64,
        pub event_id: i64,
        pub file_name: String,
        pub media_type: String,
        pub size: i64,
        pub sha256: String,
        pub content: Vec<u8>,
        pub uploaded_by: String,
        pub uploaded_at: DateTimeUtc,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod information_request {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "information_request")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub declaration_id: i64,
        pub business_number: String,
        pub solicitation_number: String,
        pub subject: String,
        pub body: String,
        pub sent_on: Date,
        pub respond_by: Date,
        pub requested_by: String,
        pub requested_at: DateTimeUtc,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod information_answer {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "information_answer")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub request_id: i64,
        pub text: String,
        pub declaration_id: Option<i64>,
        pub answered_by: String,
        pub answered_at: DateTimeUtc,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod evaluation_note {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "evaluation_note")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub solicitation_number: String,
        pub declaration_id: Option<i64>,
        pub text: String,
        pub author: String,
        pub recorded_at: DateTimeUtc,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod screening_edition {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "screening_edition")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub list_kind: String,
        pub version: i32,
        pub label: String,
        pub publisher: String,
        pub address: String,
        pub licence: String,
        pub published_on: Date,
        pub file_name: String,
        pub sha256: String,
        pub entry_count: i32,
        pub diff: String,
        pub imported_by: String,
        pub imported_at: DateTimeUtc,
        /// What re-screening every stored declaration against it did when it was imported (`ScreeningRun` as
        /// JSON); `NULL` for editions imported before it was kept, or while their re-screening runs.
        #[sea_orm(column_type = "Text", nullable)]
        pub rescreen: Option<String>,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod screening_entry {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "screening_entry")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub edition_id: i64,
        pub entry_key: String,
        pub content_hash: String,
        pub document: String,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod screening_hit {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "screening_hit")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub edition_id: i64,
        pub list_kind: String,
        pub entry_key: String,
        pub entry_hash: String,
        pub entry_name: String,
        pub party_kind: String,
        pub party_key: String,
        pub party_name: String,
        pub declaration_id: i64,
        pub site_ref: Option<String>,
        pub evidence: String,
        pub status: String,
        pub decision_id: Option<i64>,
        pub found_at: DateTimeUtc,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod screening_decision {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "screening_decision")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub list_kind: String,
        pub entry_key: String,
        pub entry_hash: String,
        pub party_key: String,
        /// The party's name as the decided hit matched it: the decision holds for hits on a party so named (folded as
        /// `legal_form::identity_name` folds it) at the same key; empty for a decision no hit named when it was
        /// given its name (remembered for none).
        pub party_name: String,
        pub confirmed: bool,
        pub note: String,
        pub decided_by: String,
        pub decided_at: DateTimeUtc,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod site_score {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "site_score")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub assessment_id: i64,
        pub declaration_id: i64,
        /// The site's place in the declaration's site order (from 0).
        pub position: i32,
        pub site_ref: String,
        pub tier: Option<i32>,
        pub country: String,
        pub category: Option<String>,
        pub produces: bool,
        pub forced_labour_score: f64,
        pub forced_labour_band: String,
        pub child_labour_score: f64,
        pub child_labour_band: String,
        pub forced_labour_own: f64,
        pub forced_labour_input: f64,
        pub child_labour_own: f64,
        pub child_labour_input: f64,
        /// Of `*_own`, what the site carries downstream: all but its own country context, which counts once, at its
        /// own line (the national graph's `Base::own_carried`; equal to `*_own` for rows whose context could not be
        /// read, which `carry_known` tells apart: `m20261130_002500_add_site_score_carried`).
        pub forced_labour_own_carried: f64,
        pub child_labour_own_carried: f64,
        /// Whether `*_own_carried` were read by the carry rule (every row written since it; a row stored before it
        /// whose document did not name its site is not, and carries none of its own points:
        /// `m20261202_000200_add_site_score_carry_known`).
        pub carry_known: bool,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

/// What the portfolio dashboard keeps of an assessment under a model version (`storage::portfolio`): that its sums
/// are stored, and how many of its declaration's goods lines carry no value.
pub mod portfolio_basis {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "portfolio_basis")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub assessment_id: i64,
        pub declaration_id: i64,
        pub model_version: String,
        pub unvalued_lines: i32,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

/// The sums of an assessment's shares of spend in one goods category and country of production, under the model
/// version that placed them (`domain::ShareSum`): dollars, dollar-points of each score, dollars in a high band.
pub mod portfolio_share {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "portfolio_share")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub assessment_id: i64,
        pub declaration_id: i64,
        pub model_version: String,
        pub category: Option<String>,
        pub country: String,
        pub spend: f64,
        pub forced_spend: f64,
        pub child_spend: f64,
        pub high_spend: f64,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}

pub mod category_score {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "category_score")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub assessment_id: i64,
        pub declaration_id: i64,
        pub category: String,
        pub forced_labour_score: f64,
        pub forced_labour_band: String,
        pub child_labour_score: f64,
        pub child_labour_band: String,
    }
    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}
    impl ActiveModelBehavior for ActiveModel {}
}
