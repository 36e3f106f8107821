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
        #[sea_orm(column_type = "Text")]
        pub document: String,
        #[sea_orm(column_type = "Text")]
        pub warnings: String,
    }
    no_relations!();
}

pub mod site {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "site")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub declaration_id: i64,
        pub site_ref: String,
        pub site_name: String,
        pub operator: Option<String>,
        pub operator_business_number: Option<String>,
        pub role: String,
        #[sea_orm(column_type = "Text")]
        pub goods: String,
        pub classification: Option<String>,
        #[sea_orm(column_type = "Text")]
        pub inputs: String,
        #[sea_orm(column_type = "Text")]
        pub address: String,
        pub city: String,
        pub region: Option<String>,
        pub country: String,
        pub postal_code: Option<String>,
        pub workers: Option<i64>,
        pub share_of_value: Option<f64>,
        pub os_id: Option<String>,
        pub last_audit_date: Option<Date>,
        pub audit_standard: Option<String>,
    }
    no_relations!();
}

pub mod supply_link {
    use sea_orm::entity::prelude::*;
    #[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
    #[sea_orm(table_name = "supply_link")]
    pub struct Model {
        #[sea_orm(primary_key)]
        pub id: i64,
        pub declaration_id: i64,
        pub from_site_id: i64,
        pub to_site_id: i64,
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
        #[sea_orm(column_type = "Text")]
        pub document: String,
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
