//! Entity screening: the lists that bar goods and suppliers (the US DHS UFLPA Entity List, US CBP Withhold Release
//! Orders and Findings, PSPC's Ineligible and suspended suppliers, OpenSanctions' FollowTheMoney data, a
//! department's own watch list), imported from the files their publishers put out as dated, versioned editions,
//! matched against every supplier, site operator and site, with the evidence of each hit.
//!
//! - `parse.rs`: one reader per publisher's format, each giving [`Entry`]s, or every problem of the file at once
//!   (a refused file stores nothing);
//! - [`diff`]: what an edition added, removed and changed against the one before it;
//! - `matching.rs`: the index of an edition and the matcher (identifiers first, then names);
//! - `effect.rs`: what a confirmed hit does to an assessment (one small function makes the factor);
//! - `service.rs`: the runs over storage (import and re-screen, screen at intake, decide and apply the effect).
//!
//! Storage (editions, entries, hits, officers' decisions) is `storage/screening.rs`.

mod arabic;
pub mod effect;
mod html;
pub mod matching;
pub mod parse;
pub mod service;

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use strum::{AsRefStr, Display, EnumIter, EnumString, IntoEnumIterator, IntoStaticStr};

use crate::domain::CountryCode;
use crate::domain::text::fold_words;

/// Which list an edition is of: each has its publisher's file format and its effect.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    AsRefStr,
    IntoStaticStr,
    EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ListKind {
    /// US DHS UFLPA Entity List (tables by section 2(d)(2)(B)(i), (ii), (iv), (v) of the Act).
    Uflpa,
    /// US CBP Withhold Release Orders and Findings (CSV).
    CbpWro,
    /// PSPC Ineligible and suspended suppliers (Ineligibility and Suspension Policy).
    PspcIneligible,
    /// OpenSanctions consolidated data, FollowTheMoney JSON lines.
    Opensanctions,
    /// The department's own watch list (CSV).
    Watchlist,
}

/// What a hit on a list means once an officer confirms it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Display, AsRefStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ListEffect {
    /// Goods made there are barred as made with forced labour: the site's forced-labour risk is critical.
    ForcedLabour,
    /// The supplier may not be awarded a contract: a code-of-conduct finding, the bid is non-responsive.
    Ineligibility,
    /// Worth an officer's look; no effect on the score.
    Watch,
}

impl ListKind {
    /// Whether an entry of the list given in China reaches a party in Hong Kong or Macao: the UFLPA Entity List
    /// names entities of the People's Republic of China (Uyghur Forced Labor Prevention Act, Pub. L. 117-78,
    /// s. 2(d)(2)(B)), and Hong Kong and Macao are special administrative regions of the PRC (Basic Law of each,
    /// art. 1), where a listed firm's trading arm is commonly registered. Other lists name a legal person by the
    /// countries they give it.
    pub fn china_reaches_its_sars(self) -> bool {
        self == ListKind::Uflpa
    }

    /// The list a name designates: its own name (`cbp_wro`, `pspc_ineligible` …), written with `-` or `_`, in any
    /// case, or one of its `aliases` (the command line's short names `cbp` and `pspc`). The API and the command line
    /// accept the same.
    pub fn from_name(name: &str) -> Option<ListKind> {
        let n = name.trim().to_ascii_lowercase().replace('-', "_");
        n.parse().ok().or_else(|| ListKind::iter().find(|k| k.aliases().contains(&n.as_str())))
    }

    /// The list's own name (`cbp_wro`), as the API, the command line and the stored editions write it.
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// The short names a list is also known by (besides its own name, written with `-` or `_`).
    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            ListKind::CbpWro => &["cbp"],
            ListKind::PspcIneligible => &["pspc"],
            ListKind::Uflpa | ListKind::Opensanctions | ListKind::Watchlist => &[],
        }
    }

    /// The file a list is read from, in words (English, for the command line's help).
    pub fn file_format(self) -> &'static str {
        match self {
            ListKind::Uflpa => "the web page of tables by section, saved as HTML, or the tables as CSV",
            ListKind::CbpWro | ListKind::PspcIneligible | ListKind::Watchlist => "CSV",
            ListKind::Opensanctions => "FollowTheMoney entities, JSON lines",
        }
    }

    /// The effect of a confirmed hit on an entry of this list.
    pub fn effect(self) -> ListEffect {
        match self {
            ListKind::Uflpa | ListKind::CbpWro => ListEffect::ForcedLabour,
            ListKind::PspcIneligible => ListEffect::Ineligibility,
            ListKind::Opensanctions | ListKind::Watchlist => ListEffect::Watch,
        }
    }

    /// The list's name in English and French (every French name is a feminine "liste", so that "sur la …" agrees).
    pub fn names(self) -> (&'static str, &'static str) {
        match self {
            ListKind::Uflpa => ("UFLPA Entity List (US DHS)", "Liste d'entités UFLPA (DHS des États-Unis)"),
            ListKind::CbpWro => (
                "Withhold Release Orders and Findings (US CBP)",
                "Liste des ordonnances de retenue et constatations (CBP des États-Unis)",
            ),
            ListKind::PspcIneligible => (
                "Ineligible and suspended suppliers (PSPC)",
                "Liste des fournisseurs inadmissibles et suspendus (SPAC)",
            ),
            ListKind::Opensanctions => {
                ("OpenSanctions (FollowTheMoney)", "Liste consolidée OpenSanctions (FollowTheMoney)")
            }
            ListKind::Watchlist => ("Department watch list", "Liste de surveillance du ministère"),
        }
    }

    /// Who publishes it, where, and under which licence, when the importer does not say otherwise.
    pub fn default_source(self) -> (&'static str, &'static str, &'static str) {
        match self {
            ListKind::Uflpa => (
                "US Department of Homeland Security, Forced Labor Enforcement Task Force",
                "https://www.dhs.gov/uflpa-entity-list",
                "Public domain (work of the US Government)",
            ),
            ListKind::CbpWro => (
                "US Customs and Border Protection",
                "https://www.cbp.gov/trade/forced-labor/withhold-release-orders-and-findings",
                "Public domain (work of the US Government)",
            ),
            ListKind::PspcIneligible => (
                "Public Services and Procurement Canada",
                "https://www.tpsgc-pwgsc.gc.ca/ci-if/four-inel-eng.html",
                "Government of Canada terms and conditions (reproduction for non-commercial use)",
            ),
            ListKind::Opensanctions => (
                "OpenSanctions",
                "https://www.opensanctions.org/datasets/default/",
                "CC BY-NC 4.0 (commercial use needs a licence from OpenSanctions)",
            ),
            ListKind::Watchlist => ("The department", "", "Internal"),
        }
    }
}

impl ListKind {
    /// The default publisher and licence in French, for the edition recorded with the English defaults of
    /// [`ListKind::default_source`] (anything else was written by the importer and is shown as written).
    pub fn default_source_fr(self) -> (&'static str, &'static str) {
        match self {
            ListKind::Uflpa => (
                "Département de la Sécurité intérieure des États-Unis, groupe de travail sur l'application de \
                 l'interdiction du travail forcé (Forced Labor Enforcement Task Force)",
                "Domaine public (œuvre du gouvernement des États-Unis)",
            ),
            ListKind::CbpWro => (
                "Service des douanes et de la protection des frontières des États-Unis",
                "Domaine public (œuvre du gouvernement des États-Unis)",
            ),
            ListKind::PspcIneligible => (
                "Services publics et Approvisionnement Canada",
                "Conditions du gouvernement du Canada (reproduction à des fins non commerciales)",
            ),
            ListKind::Opensanctions => {
                ("OpenSanctions", "CC BY-NC 4.0 (l'usage commercial demande une licence d'OpenSanctions)")
            }
            ListKind::Watchlist => ("Le ministère", "Interne"),
        }
    }

    /// The publisher and licence of an edition in a language: the French defaults stand for the English ones.
    pub fn source_in(self, source: &EditionSource, lang: crate::domain::Lang) -> (String, String) {
        let (publisher, _, licence) = self.default_source();
        let (publisher_fr, licence_fr) = self.default_source_fr();
        let fr = lang == crate::domain::Lang::Fr;
        let pick = |given: &str, en: &str, fr_word: &str| if fr && given == en { fr_word } else { given }.to_string();
        (pick(&source.publisher, publisher, publisher_fr), pick(&source.licence, licence, licence_fr))
    }
}

/// Whether an entry names an entity, a person, or a whole region or industry (some CBP orders do).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default, Display, AsRefStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum EntryScope {
    #[default]
    Entity,
    /// Goods of an industry from a country or region (e.g. cotton from a country): matched by country and goods.
    RegionOrIndustry,
    /// A natural person (OpenSanctions `Person`): matched only against the people a declaration names (the
    /// supplier's signatory and contact) and site operators, by name.
    Person,
}

/// One entry of a list edition, as the publisher wrote it, split into its parts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Stable within the list across editions: the publisher's id when it gives one, else built from the name
    /// (and, for CBP, the kind of order and the country). Unique within an edition.
    pub key: String,
    /// The primary name, as written (aliases and flags taken out).
    pub name: String,
    /// Other names: "also known as", abbreviations in brackets, OpenSanctions aliases.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Former names ("formerly known as"); matched like aliases.
    #[serde(default)]
    pub former_names: Vec<String>,
    /// "and its subsidiaries": the listing reaches the entity's subsidiaries too.
    #[serde(default)]
    pub subsidiaries: bool,
    #[serde(default)]
    pub scope: EntryScope,
    pub country: Option<CountryCode>,
    /// The other countries the publisher gives the entity, in the order given (OpenSanctions: every `country`,
    /// `mainCountry` and `jurisdiction` after the first): a party in any of them, or in `country`, agrees
    /// ([`Entry::countries`]). Left out of the stored document when empty, so that entries stored before the field
    /// existed keep their content hash.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_countries: Vec<CountryCode>,
    pub address: Option<String>,
    /// A CRA business number (nine digits), when the list gives one.
    pub business_number: Option<String>,
    /// An Open Supply Hub ID, when the list gives one.
    pub os_id: Option<String>,
    /// Other identifiers as given (registration numbers, LEI …), for the officer's eyes.
    #[serde(default)]
    pub identifiers: Vec<String>,
    /// The section of the Act (UFLPA), `WRO` or `Finding` (CBP), the type of measure (PSPC), the datasets
    /// (OpenSanctions).
    pub section: Option<String>,
    /// The industry or goods the entry concerns (CBP).
    pub industry: Option<String>,
    /// From when the entry applies.
    pub effective: Option<NaiveDate>,
    /// Until when (PSPC periods).
    pub ends: Option<NaiveDate>,
    /// The publisher's status, in its own spelling whatever the case a file writes it in (CBP: Active, Modified,
    /// Revoked …).
    pub status: Option<String>,
    /// Why the entity is listed, as written (OpenSanctions: its topics, `sanction`, `debarment` …).
    pub reason: Option<String>,
    /// A person's date of birth as the publisher wrote it (FollowTheMoney dates may be partial: `1970`, `1970-05`);
    /// several are joined with `; `. Left out of the stored document when absent, so that entries stored before the
    /// field existed keep their content hash.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<String>,
    /// The footnote marks the publisher put on the entry's name (UFLPA: `<sup>1</sup>`, or `1` glued to the name's
    /// last legal form, `Co., Ltd.1`), taken out of the name: the note they call is under the publisher's table.
    /// Left out of the stored document when empty (entries stored before keep their content hash).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub footnotes: Vec<String>,
    /// Line (or row) of the file, from 1.
    pub line: usize,
}

impl Entry {
    /// An entry with only a key, a name and a line.
    pub fn named(key: impl Into<String>, name: impl Into<String>, line: usize) -> Entry {
        Entry {
            key: key.into(),
            name: name.into(),
            aliases: Vec::new(),
            former_names: Vec::new(),
            subsidiaries: false,
            scope: EntryScope::Entity,
            country: None,
            other_countries: Vec::new(),
            address: None,
            business_number: None,
            os_id: None,
            identifiers: Vec::new(),
            section: None,
            industry: None,
            effective: None,
            ends: None,
            status: None,
            reason: None,
            birth_date: None,
            footnotes: Vec::new(),
            line,
        }
    }

    /// Whether the entry is in force on a day: its status is not one that ends it (revoked, inactive, lifted,
    /// expired, removed, rescinded), and the day is within its dates.
    pub fn in_force(&self, on: NaiveDate) -> bool {
        !self.ended_by_status() && self.effective.is_none_or(|d| d <= on) && self.ends.is_none_or(|d| on <= d)
    }

    /// Whether the publisher's status ends the entry whatever its dates (revoked, inactive, lifted, expired,
    /// removed, rescinded).
    pub fn ended_by_status(&self) -> bool {
        self.status.as_deref().is_some_and(|s| {
            let s = crate::domain::text::fold_words(s);
            ["revoked", "inactive", "lifted", "expired", "removed", "rescinded", "revoque", "leve", "inactif"]
                .iter()
                .any(|w| s.split(' ').any(|x| x == *w))
        })
    }

    /// Every country the entry gives: `country`, then `other_countries`.
    pub fn countries(&self) -> impl Iterator<Item = CountryCode> + '_ {
        self.country.into_iter().chain(self.other_countries.iter().copied())
    }

    /// Whether a PSPC entry's measure bars the supplier from contracts: an ineligibility or a suspension (the
    /// measure as stored, `Ineligible` / `Suspended`, or as a file wrote it in English or French). An administrative
    /// agreement does not: under the Ineligibility and Suspension Policy (PSPC, 2016) it is entered
    /// in place of an ineligibility or suspension, and the supplier remains eligible under its conditions, so a
    /// confirmed hit on it is shown but makes no bid non-responsive. An entry with no measure bars nothing (the
    /// reader refuses a PSPC row without one).
    pub fn bars_award(&self) -> bool {
        self.section
            .as_deref()
            .and_then(parse::pspc_measure_code)
            .is_some_and(|code| matches!(code, "Ineligible" | "Suspended"))
    }

    /// Whether the entry is in force on a day or will be later (its period starts after that day): what screening
    /// matches on a list whose effect is read with its period on the day it is read (PSPC ineligibility).
    pub fn in_force_or_later(&self, on: NaiveDate) -> bool {
        !self.ended_by_status() && self.ends.is_none_or(|d| on <= d)
    }

    /// Every name the entry is known by: the primary name, then aliases, then former names.
    pub fn all_names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.name.as_str())
            .chain(self.aliases.iter().map(String::as_str))
            .chain(self.former_names.iter().map(String::as_str))
    }

    /// The SHA-256 of what the entry says that matters for matching ([`MatchingContent`]): its key, names (primary,
    /// aliases, former names, the subsidiaries flag), kind, countries, address, identifiers (business number, OS ID,
    /// others), section or measure, industry, status and a person's date of birth. A decision taken on an entry
    /// stands until one of these changes: then the question (is this party this entity?) is asked again. Its reason,
    /// its dates (`effective`, `ends`), its footnote marks and its line in the file are not asked about: a reworded
    /// reason or a new period changes nothing an officer decided (a new period still changes the effect, which is
    /// read from the entry as the latest edition gives it: `effect::reconcile`). The edition's diff still lists
    /// every field that changed.
    pub fn content_hash(&self) -> String {
        let m = MatchingContent {
            key: &self.key,
            name: &self.name,
            aliases: &self.aliases,
            former_names: &self.former_names,
            subsidiaries: self.subsidiaries,
            scope: self.scope,
            country: self.country,
            other_countries: &self.other_countries,
            address: self.address.as_deref(),
            business_number: self.business_number.as_deref(),
            os_id: self.os_id.as_deref(),
            identifiers: &self.identifiers,
            section: self.section.as_deref(),
            industry: self.industry.as_deref(),
            status: self.status.as_deref(),
            birth_date: self.birth_date.as_deref(),
        };
        let json = serde_json::to_vec(&m).unwrap_or_default();
        hex::encode(Sha256::digest(&json))
    }
}

/// The fields of an entry that matter for matching and deciding, as [`Entry::content_hash`] hashes them (in this
/// order, as JSON).
#[derive(Serialize)]
struct MatchingContent<'a> {
    key: &'a str,
    name: &'a str,
    aliases: &'a [String],
    former_names: &'a [String],
    subsidiaries: bool,
    scope: EntryScope,
    country: Option<CountryCode>,
    other_countries: &'a [CountryCode],
    address: Option<&'a str>,
    business_number: Option<&'a str>,
    os_id: Option<&'a str>,
    identifiers: &'a [String],
    section: Option<&'a str>,
    industry: Option<&'a str>,
    status: Option<&'a str>,
    birth_date: Option<&'a str>,
}

/// Gives every entry a key no other entry of the edition has: a repeated key gets `#2`, `#3` … in file order.
pub fn unique_keys(entries: &mut [Entry]) {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for e in entries.iter_mut() {
        let n = seen.entry(e.key.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            e.key = format!("{}#{}", e.key, n);
        }
    }
}

/// An entry as the diff shows it: its key and name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct EntryRef {
    pub key: String,
    pub name: String,
}

/// What changed from one edition of a list to the next (by entry key).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct EditionDiff {
    /// The edition compared with (none for a list's first edition: every entry is added).
    pub previous_edition: Option<i64>,
    pub added: Vec<EntryRef>,
    pub removed: Vec<EntryRef>,
    /// Entries whose content changed (name, aliases, dates, status …), with the fields that changed.
    pub changed: Vec<ChangedEntry>,
}

/// Which changes of a diff a page lists.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Display, EnumString, AsRefStr, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

/// A search of entries by name or key: the name folded (case, accents, punctuation) as `fold_words` does, the key
/// compared without case; both for a part of them (`kestrel` finds `Kestrel Dyeing Mills Pvt Ltd`). An empty
/// search finds every entry.
#[derive(Debug, Clone, Default)]
pub struct EntrySearch {
    words: String,
    key: String,
}

impl EntrySearch {
    /// The search for `q` (trimmed).
    pub fn new(q: &str) -> EntrySearch {
        EntrySearch { words: fold_words(q), key: q.trim().to_lowercase() }
    }

    /// Whether it searches for nothing (every entry is found).
    pub fn is_empty(&self) -> bool {
        self.key.is_empty()
    }

    /// Whether an entry of this key and these names (its name, aliases, former names) is found.
    pub fn holds<'a>(&self, key: &str, mut names: impl Iterator<Item = &'a str>) -> bool {
        self.is_empty()
            || key.to_lowercase().contains(&self.key)
            || (!self.words.is_empty() && names.any(|n| fold_words(n).contains(&self.words)))
    }
}

impl EditionDiff {
    /// One page of the diff: its changes in order (added, then removed, then changed), those of `kind` only when
    /// given and found by `search` (by name or key), `limit` of them after `offset`; with how many the filters
    /// select in all. The page keeps the diff's shape (its three lists hold the page's changes).
    pub fn page(&self, kind: Option<ChangeKind>, search: &EntrySearch, offset: u64, limit: u64) -> (EditionDiff, u64) {
        let wants = |k: ChangeKind| kind.is_none_or(|w| w == k);
        let mut total: u64 = 0;
        let mut out = EditionDiff { previous_edition: self.previous_edition, ..EditionDiff::default() };
        let end = offset.saturating_add(limit);
        let mut take = |key: &str, name: &str| {
            if !search.holds(key, std::iter::once(name)) {
                return false;
            }
            let at = total;
            total += 1;
            at >= offset && at < end
        };
        if wants(ChangeKind::Added) {
            out.added = self.added.iter().filter(|e| take(&e.key, &e.name)).cloned().collect();
        }
        if wants(ChangeKind::Removed) {
            out.removed = self.removed.iter().filter(|e| take(&e.key, &e.name)).cloned().collect();
        }
        if wants(ChangeKind::Changed) {
            out.changed = self.changed.iter().filter(|e| take(&e.key, &e.name)).cloned().collect();
        }
        (out, total)
    }
}

/// An entry that changed between two editions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ChangedEntry {
    pub key: String,
    pub name: String,
    /// The fields that differ (`name`, `aliases`, `status`, `effective` …).
    pub fields: Vec<String>,
    /// Each field that differs with its old and new value, in the order of `fields` (empty in diffs stored before
    /// values were kept).
    #[serde(default)]
    pub changes: Vec<FieldChange>,
}

/// A field of an entry from one edition to the next: its value before and after, as text (lists joined with `; `,
/// `—` for none).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct FieldChange {
    pub field: String,
    pub old: String,
    pub new: String,
}

/// A field's JSON value as text for people: strings as written, lists joined with `; `, `—` for none.
pub fn value_text(v: Option<&serde_json::Value>) -> String {
    use serde_json::Value;
    match v {
        None | Some(Value::Null) => "—".into(),
        Some(Value::String(s)) if s.is_empty() => "—".into(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(a)) if a.is_empty() => "—".into(),
        Some(Value::Array(a)) => a.iter().map(|x| value_text(Some(x))).collect::<Vec<_>>().join("; "),
        Some(other) => other.to_string(),
    }
}

/// The differences between an old and a new edition's entries, each list in key order.
pub fn diff(previous_edition: Option<i64>, old: &[Entry], new: &[Entry]) -> EditionDiff {
    let old_by: BTreeMap<&str, &Entry> = old.iter().map(|e| (e.key.as_str(), e)).collect();
    let new_by: BTreeMap<&str, &Entry> = new.iter().map(|e| (e.key.as_str(), e)).collect();
    let r = |e: &Entry| EntryRef { key: e.key.clone(), name: e.name.clone() };
    let mut d = EditionDiff { previous_edition, ..EditionDiff::default() };
    for (k, e) in &new_by {
        match old_by.get(k) {
            None => d.added.push(r(e)),
            Some(o) => {
                let changes = changed_fields(o, e);
                if !changes.is_empty() {
                    let fields = changes.iter().map(|c| c.field.clone()).collect();
                    d.changed.push(ChangedEntry { key: e.key.clone(), name: e.name.clone(), fields, changes });
                }
            }
        }
    }
    d.removed = old_by.iter().filter(|(k, _)| !new_by.contains_key(*k)).map(|(_, e)| r(e)).collect();
    d
}

/// The fields two versions of an entry differ in, with their values (its line in the file is not a field; a field
/// one version leaves out, such as `birth_date`, counts as none).
fn changed_fields(a: &Entry, b: &Entry) -> Vec<FieldChange> {
    let (Ok(serde_json::Value::Object(x)), Ok(serde_json::Value::Object(y))) =
        (serde_json::to_value(a), serde_json::to_value(b))
    else {
        return Vec::new();
    };
    let mut keys: Vec<&String> = x.keys().chain(y.keys().filter(|k| !x.contains_key(k.as_str()))).collect();
    keys.retain(|k| k.as_str() != "line");
    keys.into_iter()
        .filter(|k| x.get(k.as_str()) != y.get(k.as_str()))
        .map(|k| FieldChange {
            field: k.clone(),
            old: value_text(x.get(k.as_str())),
            new: value_text(y.get(k.as_str())),
        })
        .collect()
}

/// A problem of a list file: where (line, column), which field, and what, in English and French.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct ListProblem {
    /// Line of the file, from 1 (CRLF and LF line ends counted alike); 0 for the file as a whole.
    pub line: usize,
    /// Column (field of a CSV line, character of a JSON line), from 1, when the problem is in one.
    #[serde(default)]
    pub column: Option<usize>,
    /// The column's or property's name, as the publisher's header writes it.
    pub field: Option<String>,
    /// What is wrong, in English; a day it names stands as `{0}`, `{1}` … for the first, second … of `days`.
    pub message_en: String,
    /// The same in French.
    pub message_fr: String,
    /// The days the messages name, each given here once (the messages hold its place, never the day itself): what
    /// shows a problem writes each in its place, in words for a person ([`ListProblem::message_in`]: `30 novembre
    /// 2026`), in ISO 8601 otherwise (`Display`: `2026-11-30`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub days: Vec<NaiveDate>,
}

impl ListProblem {
    /// A problem of one line (or of the whole file, line 0).
    pub fn new(line: usize, field: Option<&str>, en: impl Into<String>, fr: impl Into<String>) -> ListProblem {
        ListProblem {
            line,
            column: None,
            field: field.map(str::to_string),
            message_en: en.into(),
            message_fr: fr.into(),
            days: Vec::new(),
        }
    }

    /// A problem of one line (or of the whole file, line 0), its message one of the catalogues' (`screening.list.*`
    /// of `screening.ftl`) said in English and French (`domain::say_both`). A day it names is given as text `{0}`,
    /// `{1}` … and the day itself by [`ListProblem::with_days`].
    pub fn said(line: usize, field: Option<&str>, message: &crate::domain::Message) -> ListProblem {
        let (en, fr) = crate::domain::say_both(message);
        ListProblem::new(line, field, en, fr)
    }

    /// The same problem, naming `days`: its messages hold `{0}` for the first, `{1}` for the second …
    pub fn with_days(mut self, days: &[NaiveDate]) -> ListProblem {
        self.days = days.to_vec();
        self
    }

    /// The message in `lang`, each day it names written in its place by `word` (`reports::dates::long_date` where
    /// the catalogues are at hand: `30 novembre 2026`, `November 30, 2026`).
    pub fn message_in(&self, lang: crate::domain::Lang, word: impl Fn(NaiveDate) -> String) -> String {
        let message = if lang == crate::domain::Lang::Fr { &self.message_fr } else { &self.message_en };
        self.days.iter().enumerate().fold(message.clone(), |m, (i, d)| m.replace(&format!("{{{i}}}"), &word(*d)))
    }

    /// The same problem, placed in a column (from 0, as the reader counts; shown from 1).
    pub fn in_column(mut self, index: Option<usize>) -> ListProblem {
        self.column = index.map(|c| c + 1);
        self
    }

    /// Where the problem is, as a message of the catalogues (`screening.problem.*`): `line 3, column 2` / `ligne 3,
    /// colonne 2`, or the file as a whole.
    pub fn place(&self) -> crate::domain::Message {
        use crate::domain::Message;
        match (self.line, self.column) {
            (0, _) => Message::new("screening.problem.file"),
            // Written as the file's lines are counted, without a group separator (`line 12345`).
            (l, Some(c)) => {
                Message::new("screening.problem.line_column").text("line", l.to_string()).text("column", c.to_string())
            }
            (l, None) => Message::new("screening.problem.line").text("line", l.to_string()),
        }
    }

    /// The problem in one language, place, field and message (`line 3, column 2 (Address): …`, `ligne 3, colonne 2
    /// (Address) : …`): what the command line shows a reader of that language, said by `say` (`reports::Catalog::say`
    /// at the edge), each day named written by `word` ([`ListProblem::message_in`]).
    pub fn line_in(&self, lang: crate::domain::Lang, say: Say<'_>, word: impl Fn(NaiveDate) -> String) -> String {
        use crate::domain::Message;
        let m = match &self.field {
            Some(f) => Message::new("screening.problem.at_field").text("field", f.clone()),
            None => Message::new("screening.problem.at"),
        };
        say(lang, &m.said("place", self.place()).text("message", self.message_in(lang, word)))
    }
}

/// A message of the catalogues put into words in a language (`reports::Catalog::say` at the edge): what a list
/// file's problem says of its place is said by it, so that no sentence is written here.
pub type Say<'a> = &'a dyn Fn(crate::domain::Lang, &crate::domain::Message) -> String;

impl std::fmt::Display for ListProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // For logs and errors, in English and ISO 8601 (a reader is shown `line_in`).
        let place = match (self.line, self.column) {
            (0, _) => "the file".to_string(),
            (l, Some(c)) => format!("line {l}, column {c}"),
            (l, None) => format!("line {l}"),
        };
        let iso = |d: NaiveDate| d.to_string();
        let (en, fr) = (self.message_in(crate::domain::Lang::En, iso), self.message_in(crate::domain::Lang::Fr, iso));
        match &self.field {
            Some(field) => write!(f, "{place} ({field}): {en} / {fr}"),
            None => write!(f, "{place}: {en} / {fr}"),
        }
    }
}

/// What a screening run did (`service::import_edition`, `service::screen_declaration`), stored with the edition it
/// screened against (`screening_edition.rescreen`). Each count is exact and counts one kind of thing:
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ScreeningRun {
    /// Current declarations screened.
    pub declarations: usize,
    /// Parties screened (suppliers, operators, sites).
    pub parties: usize,
    /// Hits found, stored before or not: `hits_added + hits_changed + hits_reopened + hits_remembered` of them were
    /// stored anew or opened again, the rest had been found before (the same entry, unchanged, against the same party
    /// of the same declaration).
    pub hits: usize,
    /// Hits stored or opened again as open: the alerts this run raised (`hits_added + hits_changed + hits_reopened`).
    pub new_alerts: usize,
    /// Open hits stored on an entry that had never been matched against that party of that declaration.
    pub hits_added: usize,
    /// Open hits stored because their entry changed since it was matched against that party of that declaration: the
    /// changed entry is asked again.
    pub hits_changed: usize,
    /// Hits closed before because their entry, as matched, had left the list, opened again because this edition lists
    /// the entry again as it was matched: re-opened, not new (audited as `screening.hits_reopened`).
    pub hits_reopened: usize,
    /// Hits stored with the status of a decision already taken on the same entry, unchanged, and the same party (no
    /// alert).
    pub hits_remembered: usize,
    /// Open hits closed because their entry, as matched, is not on the new edition (`hits_removed + hits_replaced`):
    /// they can no longer be confirmed.
    pub closed: usize,
    /// Of `closed`: the new edition no longer lists the entry at all.
    pub hits_removed: usize,
    /// Of `closed`: the new edition lists the entry changed (its hits on the changed entry are asked again).
    pub hits_replaced: usize,
    /// Decided hits whose state is now the latest decision on their entry as the new edition gives it (an entry
    /// listed again as it was, or changed to content already decided against the same party).
    pub hits_restated: usize,
    /// Effects of confirmed hits the re-assessed declarations carry now and did not before (a remembered
    /// confirmation of an entry listed again): one per list entry and place (a site, or the supplier).
    pub applied: usize,
    /// Effects of confirmed hits taken off the re-assessed declarations: one per list entry and place (a site, or
    /// the supplier) of a declaration whose stored assessment carried its effect (a factor naming the entry, or an
    /// ineligibility in force or starting later) and whose new assessment no longer does, because the new edition
    /// removed or ended the entry (or its latest decision is a dismissal). A hit on a site raises the site and the
    /// declaration: one effect.
    pub lifted: usize,
    /// Effects still carried but changed (a new period, a new edition named): one per list entry and place.
    pub effects_changed: usize,
    /// Declarations whose assessment changed when the confirmed hits were applied with their entries as the new
    /// edition gives them (an effect applied, lifted or changed): each stored anew once, however many of its effects
    /// changed.
    pub reassessed: usize,
}

/// What an import does with a file the publisher dated before the list's current edition (its latest, which
/// screening reads). Editions are numbered in the order they are imported, and the latest is the list as it stands:
/// without a word, an older file imported after a newer one would put the list back to an earlier state, undoing
/// the entries added since (a file saved months ago, a date mistyped). Such a file is refused unless the importer
/// says it is meant (`--older`, the form's box, `older=true`): the publisher withdrew the newer edition, say. An
/// edition dated the same day as the current one is a later one of that day, taken as usual.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OlderEdition {
    /// Refused, naming the current edition and both dates (the default everywhere).
    #[default]
    Refuse,
    /// Stored as the list's new current edition, diffed against the one it replaces; the audit entry records that
    /// it is dated before it (`older_than`).
    MakeCurrent,
}

/// The current edition of a list that a file dated before it would replace: its number among the list's editions,
/// its identifier and its date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CurrentEdition {
    pub list: ListKind,
    pub version: i32,
    pub id: i64,
    pub published_on: NaiveDate,
}

impl CurrentEdition {
    /// The refusal of a file dated `refused` (before the current edition), for the command line, the page and the
    /// API alike: both days given once (`{0}`, `{1}`), the current edition named as every page names it
    /// (`screening-edition_name`: its list, `edition 3 (#17)`), and how to import it anyway.
    pub fn refusal(&self, refused: NaiveDate) -> ListProblem {
        let (list_en, list_fr) = self.list.names();
        let (v, id) = (self.version, self.id);
        ListProblem::new(
            0,
            Some("published"),
            format!(
                "the publication date {{0}} is before {{1}}, the date of the list's current edition ({list_en}, \
                 edition {v} (#{id})): imported, this older edition would replace the newer one as the list \
                 screening reads. Nothing was stored. If the list must go back to it (the publisher withdrew the \
                 newer edition), import it again saying so: `--older` on the command line, the box “older edition” \
                 of the form, `older=true` in the API"
            ),
            format!(
                "la date de publication {{0}} précède le {{1}}, date de l'édition en vigueur de la liste ({list_fr}, \
                 édition {v} (#{id})) : importée, cette édition plus ancienne remplacerait la plus récente comme \
                 liste lue par le filtrage. Rien n'a été enregistré. Si la liste doit y revenir (l'éditeur a retiré \
                 l'édition plus récente), importez-la de nouveau en le disant : `--older` en ligne de commande, la \
                 case « édition plus ancienne » du formulaire, `older=true` dans l'API"
            ),
        )
        .with_days(&[refused, self.published_on])
    }
}

/// Who publishes an edition, where, under which licence, and of when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct EditionSource {
    pub publisher: String,
    /// Where the publisher puts the file out (recorded, never fetched).
    pub address: String,
    pub licence: String,
    /// The publisher's name for the edition (e.g. `2026-11-14`), or the file's date.
    pub label: String,
    /// The day the publisher dated the edition.
    #[schema(value_type = String, format = Date)]
    pub published_on: NaiveDate,
}

#[cfg(test)]
mod file_tests;
#[cfg(test)]
mod publisher_layout_tests;
#[cfg(test)]
mod tests;
