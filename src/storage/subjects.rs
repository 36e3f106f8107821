//! What people call the records audit entries are about (`case/2`, `screening_edition/4` …): the facts that name
//! each one — a case by its title, its contract and the supplier, an account by its holder, a list edition by its
//! list and day — read a kind at a time (a decision's names from its hit), for the audit page to put into words. Declarations are named by their
//! summaries (`Store::declaration_summaries`).

use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::entities::{
    account, case, contract, information_request, screening_decision, screening_edition, screening_hit, supplier,
};
use super::{StorageError, Store};

/// The facts that name one audited record. A supplier is its legal name on file, `None` when no declaration gave
/// the business number one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubjectRecord {
    /// A compliance case: its title, its contract's number and the contractor.
    Case { title: String, contract_number: String, business_number: String, supplier: Option<String> },
    /// A contract: its number and the contractor.
    Contract { number: String, business_number: String, supplier: Option<String> },
    /// An account: its holder's name and e-mail.
    Account { display_name: String, email: String },
    /// An edition of a screening list: the list's code (`uflpa` …), its number among the list's editions and the
    /// publisher's day.
    Edition { list: String, version: i32, published_on: NaiveDate },
    /// An officer's decision on a screening hit: the list's code, the party and the list entry it matched (its name
    /// and key as stored: pages frame a region entry's name, `reports::screening_pages::entry_label`).
    HitDecision { list: String, party_name: String, entry_name: String, entry_key: String, confirmed: bool },
    /// A request for information: its subject line, the solicitation and the bidder.
    Request { subject: String, solicitation_number: String, business_number: String, supplier: Option<String> },
}

/// The numbers of the records of one kind among audit subjects (`kind/number`).
fn ids_of<'a>(subjects: impl Iterator<Item = &'a str> + Clone, kind: &str) -> Vec<i64> {
    let mut ids: Vec<i64> = subjects
        .filter_map(|s| s.split_once('/').filter(|(k, _)| *k == kind).and_then(|(_, n)| n.parse().ok()))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

impl Store {
    /// The records audit subjects name, by subject (`case/2` → its title, contract and supplier), for the subjects of
    /// the kinds `case`, `contract`, `account`, `screening_edition`, `screening_decision` and `request`; a subject
    /// of another kind, or whose record is gone, is not in the map.
    pub async fn audit_subject_records<'a>(
        &self,
        subjects: impl Iterator<Item = &'a str> + Clone,
    ) -> Result<HashMap<String, SubjectRecord>, StorageError> {
        let mut out = HashMap::new();
        let cases = ids_of(subjects.clone(), "case");
        let case_rows = if cases.is_empty() {
            Vec::new()
        } else {
            case::Entity::find().filter(case::Column::Id.is_in(cases)).all(&self.db).await?
        };
        let mut contracts = ids_of(subjects.clone(), "contract");
        contracts.extend(case_rows.iter().map(|c| c.contract_id));
        contracts.sort_unstable();
        contracts.dedup();
        let contract_rows: HashMap<i64, contract::Model> = if contracts.is_empty() {
            HashMap::new()
        } else {
            contract::Entity::find()
                .filter(contract::Column::Id.is_in(contracts))
                .all(&self.db)
                .await?
                .into_iter()
                .map(|c| (c.id, c))
                .collect()
        };
        let requests = ids_of(subjects.clone(), "request");
        let request_rows = if requests.is_empty() {
            Vec::new()
        } else {
            information_request::Entity::find()
                .filter(information_request::Column::Id.is_in(requests))
                .all(&self.db)
                .await?
        };
        let mut numbers: Vec<String> = contract_rows.values().map(|c| c.business_number.clone()).collect();
        numbers.extend(request_rows.iter().map(|r| r.business_number.clone()));
        numbers.sort_unstable();
        numbers.dedup();
        let names: HashMap<String, String> = if numbers.is_empty() {
            HashMap::new()
        } else {
            supplier::Entity::find()
                .select_only()
                .columns([supplier::Column::BusinessNumber, supplier::Column::LegalName])
                .filter(supplier::Column::BusinessNumber.is_in(numbers))
                .into_tuple::<(Option<String>, String)>()
                .all(&self.db)
                .await?
                .into_iter()
                .filter_map(|(bn, name)| Some((bn?, name)))
                .collect()
        };
        for c in &case_rows {
            if let Some(k) = contract_rows.get(&c.contract_id) {
                out.insert(
                    format!("case/{}", c.id),
                    SubjectRecord::Case {
                        title: c.title.clone(),
                        contract_number: k.number.clone(),
                        business_number: k.business_number.clone(),
                        supplier: names.get(&k.business_number).cloned(),
                    },
                );
            }
        }
        for k in contract_rows.values() {
            out.insert(
                format!("contract/{}", k.id),
                SubjectRecord::Contract {
                    number: k.number.clone(),
                    business_number: k.business_number.clone(),
                    supplier: names.get(&k.business_number).cloned(),
                },
            );
        }
        for r in request_rows {
            let supplier = names.get(&r.business_number).cloned();
            out.insert(
                format!("request/{}", r.id),
                SubjectRecord::Request {
                    subject: r.subject,
                    solicitation_number: r.solicitation_number,
                    business_number: r.business_number,
                    supplier,
                },
            );
        }
        let accounts = ids_of(subjects.clone(), "account");
        if !accounts.is_empty() {
            for a in account::Entity::find().filter(account::Column::Id.is_in(accounts)).all(&self.db).await? {
                out.insert(
                    format!("account/{}", a.id),
                    SubjectRecord::Account { display_name: a.display_name, email: a.email },
                );
            }
        }
        let editions = ids_of(subjects.clone(), "screening_edition");
        if !editions.is_empty() {
            let rows = screening_edition::Entity::find()
                .select_only()
                .columns([
                    screening_edition::Column::Id,
                    screening_edition::Column::ListKind,
                    screening_edition::Column::Version,
                    screening_edition::Column::PublishedOn,
                ])
                .filter(screening_edition::Column::Id.is_in(editions))
                .into_tuple::<(i64, String, i32, NaiveDate)>()
                .all(&self.db)
                .await?;
            for (id, list, version, published_on) in rows {
                out.insert(format!("screening_edition/{id}"), SubjectRecord::Edition { list, version, published_on });
            }
        }
        let decisions = ids_of(subjects, "screening_decision");
        if !decisions.is_empty() {
            let rows = screening_decision::Entity::find()
                .filter(screening_decision::Column::Id.is_in(decisions))
                .all(&self.db)
                .await?;
            // The names as the hit the decision was taken on gives them (every hit of one decision has the same
            // entry and party): one read of the hits of every decision on the page, the first of each kept.
            let hits = screening_hit::Entity::find()
                .select_only()
                .columns([
                    screening_hit::Column::ListKind,
                    screening_hit::Column::EntryKey,
                    screening_hit::Column::PartyKey,
                    screening_hit::Column::PartyName,
                    screening_hit::Column::EntryName,
                ])
                .filter(screening_hit::Column::ListKind.is_in(rows.iter().map(|d| d.list_kind.clone())))
                .filter(screening_hit::Column::EntryKey.is_in(rows.iter().map(|d| d.entry_key.clone())))
                .filter(screening_hit::Column::PartyKey.is_in(rows.iter().map(|d| d.party_key.clone())))
                .order_by_asc(screening_hit::Column::Id)
                .into_tuple::<(String, String, String, String, String)>()
                .all(&self.db)
                .await?;
            let mut names: HashMap<(String, String, String), (String, String)> = HashMap::new();
            for (list, entry, party, party_name, entry_name) in hits {
                names.entry((list, entry, party)).or_insert((party_name, entry_name));
            }
            for d in rows {
                let key = (d.list_kind.clone(), d.entry_key.clone(), d.party_key.clone());
                let (party_name, entry_name) =
                    names.get(&key).cloned().unwrap_or_else(|| (d.party_key.clone(), d.entry_key.clone()));
                out.insert(
                    format!("screening_decision/{}", d.id),
                    SubjectRecord::HitDecision {
                        list: d.list_kind,
                        party_name,
                        entry_name,
                        entry_key: d.entry_key,
                        confirmed: d.confirmed,
                    },
                );
            }
        }
        Ok(out)
    }
}
