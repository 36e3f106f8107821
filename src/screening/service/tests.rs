//! Screening at intake reads what it needs of the lists and nothing else, on SQLite and PostgreSQL (when
//! `CHAINON_TEST_POSTGRES_URL` is set).

use super::*;
use crate::storage::{SourceFile, testing};

async fn stores() -> Vec<Store> {
    let mut out = vec![Store::connect("sqlite::memory:").await.unwrap()];
    match std::env::var("CHAINON_TEST_POSTGRES_URL") {
        Ok(base) if !base.is_empty() => {
            out.push(Store::connect(&testing::fresh_postgres_database(&base).await.unwrap()).await.unwrap())
        }
        _ => eprintln!("skipped on PostgreSQL: CHAINON_TEST_POSTGRES_URL is not set"),
    }
    out
}

fn source(published_on: &str) -> EditionSource {
    EditionSource {
        publisher: "The department".into(),
        address: "https://example.org/list".into(),
        licence: "Crown".into(),
        label: published_on.into(),
        published_on: published_on.parse().unwrap(),
    }
}

/// A declaration of one site, named `site`, in India.
fn declaration(site: &str) -> Declaration {
    serde_json::from_value(serde_json::json!({
        "supplier": {"legal_name": "Heron Textiles Ltd.", "business_number": "842310575", "country": "CA",
                     "declaration_date": "2026-10-01", "signatory_name": "A. Signatory"},
        "attestations": [{"right": "forced_labour", "attested": true}],
        "places_of_work": [{"site_id": "DYE", "site_name": site, "role": "processing", "goods": "dyed fabric",
                            "address": "2 Port Road", "city": "Tiruppur", "country": "IN", "supplies_to": []}],
        "goods": [{"item": "Fabric", "produced_at": ["DYE"]}],
    }))
    .unwrap()
}

#[tokio::test]
async fn a_declaration_is_screened_against_the_latest_edition_of_each_list_without_reading_accounts() {
    for store in stores().await {
        let db = store.backend_name();
        let watch = |rows: &str| format!("id,name,country,reason\n{rows}").into_bytes();
        let first = watch("W-1,Albatross Dye Works,IN,Audit\n");
        let second = watch("W-1,Albatross Dye Works,IN,Audit\nW-2,Kestrel Dyeing Mills,IN,Report\n");
        let pspc = b"Supplier name,Address,Type,Start date,End date,Reason\n\
                     Heron Textiles Ltd.,\"1 Depot Road, Ottawa, Ontario, Canada\",Ineligible,2025-01-01,2035-01-01,Fictional\n";
        let mut latest = Vec::new();
        for (list, on, bytes) in [
            (ListKind::Watchlist, "2026-10-01", first),
            (ListKind::PspcIneligible, "2026-10-02", pspc.to_vec()),
            (ListKind::Watchlist, "2026-10-03", second),
        ] {
            let (imported, _) = import_edition(&store, list, &source(on), "list.csv", bytes, "test").await.unwrap();
            latest.retain(|k: &EditionKey| k.list != list);
            latest.insert(0, EditionKey::from(&imported.edition));
        }
        assert_eq!(store.latest_screening_editions().await.unwrap(), latest, "{db}: the newest of each list");
        let d = declaration("Kestrel Dyeing Mills Pvt Ltd");
        let a = crate::scoring::RiskModel::embedded().unwrap().assess(&d);
        let file =
            SourceFile { file_name: "d.json".into(), sha256: "d".repeat(64), size_bytes: 1, carrier: "json".into() };
        let id = store.import_declaration(&file, &d, &[], &a, "test").await.unwrap().declaration_id;
        // Screening needs no account: with the table out of the way it screens all the same.
        testing::execute_raw(&store, "ALTER TABLE account RENAME TO account_elsewhere").await.unwrap();
        let run = screen_declaration(&store, id, &d).await.unwrap();
        assert_eq!(
            (run.hits, run.new_alerts),
            (2, 2),
            "{db}: the site on the newest watch list, the supplier on PSPC's"
        );
        testing::execute_raw(&store, "ALTER TABLE account_elsewhere RENAME TO account").await.unwrap();
    }
}
