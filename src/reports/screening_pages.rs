//! The view models of the entity screening pages (`web::screening` fills them): the lists with their editions and
//! the import form, one edition's diff with old and new values, an edition's entries page by page, and the hits
//! with their entry's facts and what each touches. `Touches` is also part of the API's
//! answer for a hit, so it carries its OpenAPI schema (a derive only).

use serde::Serialize;
use utoipa::ToSchema;

use super::views::{Choice, ConfirmedHitView, IssueView, Pager};
use crate::domain::Lang;
use crate::screening::EditionDiff;
use crate::storage::{EditionSummary, HitStanding, HitStatus, StoredHit};

/// The screening lists page: every list with its editions, and the import form (with a refused file's problems).
#[derive(Debug, Serialize)]
pub struct ListsPage {
    pub title: String,
    pub csrf: String,
    pub can_import: bool,
    pub lists: Vec<ListRow>,
    /// The edition just imported, after a redirect (`?imported=ID`).
    pub imported: Option<i64>,
    /// A refused file's problems, each with its line and column.
    pub errors: Vec<IssueView>,
}

/// One list on the lists page: its name and effect in the page's language, and its editions, newest first.
#[derive(Debug, Serialize)]
pub struct ListRow {
    /// `uflpa`, `cbp_wro`, `pspc_ineligible`, `opensanctions`, `watchlist`.
    pub kind: String,
    pub name: String,
    /// What a confirmed hit does, in words.
    pub effect: String,
    pub editions: Vec<EditionRow>,
}

/// An edition as the pages show it: publisher and licence in the reader's language, the time written for people.
#[derive(Debug, Serialize)]
pub struct EditionRow {
    #[serde(flatten)]
    pub edition: EditionSummary,
    /// Its name: list, edition number and `#` identifier ([`edition_name`]).
    pub name: String,
    /// The same without the list, where the list is named beside it ([`edition_short`]).
    pub short_name: String,
    pub publisher: String,
    pub licence: String,
    /// When it was imported, as [`shown_time`] writes it.
    pub imported: String,
    /// The publisher's day of the edition in words (`dates::long_date`).
    pub published: String,
}

/// One edition and what it changed from the edition before it.
#[derive(Debug, Serialize)]
pub struct EditionPage {
    pub title: String,
    pub list_name: String,
    pub edition: EditionRow,
    pub diff: EditionDiff,
    /// The changed entries of the page with each field in words and its old and new value.
    pub changed: Vec<ChangedView>,
    /// The search form as the URL gave it: a part of a name or key, and the kinds of change to list.
    pub q: String,
    pub changes: Vec<Choice>,
    /// `per_page` when the URL gave one, kept by the form.
    pub per_page: Option<u64>,
    /// The page's path (`/screening/editions/{id}`), which the pager's links and the form go to.
    pub base: String,
    /// Where the page stands among the changes the search selects ("51–100 of 20,000"), with the links either side.
    pub pager: Pager,
    /// The edition before it, named in words (version and publisher's day) for the link to it; `None` for a list's
    /// first edition.
    pub previous: Option<String>,
    /// Where the import form leads (`?imported=`): what the import changed (the diff's counts), then a heading and
    /// the re-screening's and the reconciliation's counts in words as kept with the edition (as `chainon screening
    /// import` prints them); or that the file was imported before; empty otherwise.
    pub import_lines: Vec<String>,
}

/// A changed entry of an edition's diff: its name, key and changes.
#[derive(Debug, Serialize)]
pub struct ChangedView {
    pub name: String,
    pub key: String,
    pub changes: Vec<ChangeView>,
}

/// One changed field of an entry, named in the page's language.
#[derive(Debug, Serialize)]
pub struct ChangeView {
    pub label: String,
    /// Empty in diffs stored before values were kept: the field alone is named.
    pub old: String,
    pub new: String,
}

/// One page of an edition's entries, in the order of the file.
#[derive(Debug, Serialize)]
pub struct EntriesPage {
    pub title: String,
    pub edition_id: i64,
    /// The search as the URL gave it (a part of a name, alias, former name or key), kept by the form.
    pub q: String,
    /// `per_page` when the URL gave one, kept by the form.
    pub per_page: Option<u64>,
    /// The page's path (`/screening/editions/{id}/entries`), which the pager's links and the form go to.
    pub base: String,
    /// Where the page stands ("51–100 of 20,000"), with the links either side (URL queries).
    pub pager: Pager,
    pub entries: Vec<EntryRow>,
}

/// One entry of an edition: its name, key, line in the file and what it says.
#[derive(Debug, Serialize)]
pub struct EntryRow {
    pub name: String,
    pub key: String,
    /// The entry's line in the list file (from 1).
    pub line: usize,
    pub facts: Vec<Fact>,
}

/// One fact of a list entry, in words: its label and value.
#[derive(Debug, Serialize)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

/// The hits page (the alerts when `status` is `open`): the hits of one status, newest first.
#[derive(Debug, Serialize)]
pub struct AlertsPage {
    pub title: String,
    pub csrf: String,
    pub can_decide: bool,
    /// `open`, `confirmed`, `dismissed` or `all`.
    pub status: String,
    /// Decisions waiting (open hits of current declarations, once per entry and party), whatever the status shown.
    pub open: u64,
    /// The decisions waiting and the open hits they stand for, what each count leaves out in words
    /// (`screening-open_tally`: `storage::OpenTally`).
    pub tally: String,
    /// The lists to filter by, the one chosen selected.
    pub lists: Vec<Choice>,
    /// The declaration the hits shown are of, when filtered by one.
    pub declaration: Option<i64>,
    /// The name searched for (party or entry), as typed; empty when none.
    pub q: String,
    /// The filters as query parameters (`&list=uflpa&q=…`), kept by the status links.
    pub filter_query: String,
    /// How many hits of the status shown the filters leave out, in words; `None` when no filter is given.
    pub left_out: Option<String>,
    /// The link to the same status without filters, when filtered.
    pub clear_href: Option<String>,
    /// Why the viewer was sent back here: the hit they meant to decide had been decided first.
    pub already_decided: Option<DecidedNotice>,
    /// The hits of the status chosen, in all; the page shows `per_page` of them from `first`.
    pub total: u64,
    pub page: u64,
    pub per_page: u64,
    pub first: u64,
    pub last: u64,
    /// Links to the pages before and after, when there are.
    pub previous: Option<String>,
    pub next: Option<String>,
    /// The link to the first page, when this one is past the last and the last is not the first (it then shows no
    /// count of rows).
    pub restart: Option<String>,
    /// The link to the last page, when this one is past it (every paged list's rule, `views::Pager`).
    pub last_page: Option<String>,
    /// How many pages the hits fill (1 when there are none).
    pub pages: u64,
    pub hits: Vec<HitRow>,
}

/// One hit with its words in the page's language and what it touches.
#[derive(Debug, Serialize)]
pub struct HitRow {
    pub hit: StoredHit,
    /// The entry's name as pages show it ([`entry_label`]).
    pub entry_label: String,
    pub list_name: String,
    /// The edition the hit was first found in, by its name ([`edition_name`]).
    pub edition_name: String,
    /// The hit's status in words (an open or closed hit has no decision to say it).
    pub status_label: String,
    pub party_kind: String,
    pub method: String,
    /// The similarity as a whole percentage, as the language writes it (`90%`, `90 %`).
    pub similarity_percent: String,
    /// The fields that matched, in words, joined.
    pub fields: String,
    /// The texts compared, quoted as the language quotes.
    pub party_text: String,
    pub entry_text: String,
    /// When the hit was found and (if it was) decided, as [`shown_time`] writes them.
    pub found_at: String,
    pub decided_at: String,
    /// What the entry says (section, dates, a person's nationality, birth date and topics …).
    pub entry: Vec<Fact>,
    pub touches: Touches,
}

/// What a hit touches: the bid of its declaration, the supplier's contracts and their cases, and (for a site) the
/// other declarations whose own chains hold the facility in the national graph (they declare it among their sites;
/// a site they only share with the hit's declaration, such as a warehouse, does not bring the hit into theirs).
#[derive(Debug, Serialize, ToSchema, Default)]
pub struct Touches {
    /// The solicitation the declaration bids on, if any.
    pub solicitation: Option<String>,
    pub supplier_name: String,
    pub contracts: Vec<TouchedContract>,
    /// Declarations (ids) whose own chains hold the facility, the hit's own included.
    pub declarations: Vec<i64>,
}

/// A contract of the supplier, with its cases.
#[derive(Debug, Serialize, ToSchema)]
pub struct TouchedContract {
    pub id: i64,
    pub number: String,
    pub cases: Vec<i64>,
}

pub use super::helpers::entry_label;

/// A hit decided before the viewer's decision arrived (another officer, another tab): what it was, who decided it
/// and when. The viewer's decision was not recorded.
#[derive(Debug, Serialize)]
pub struct DecidedNotice {
    pub hit: i64,
    pub party: String,
    pub entry: String,
    /// `confirmed` or `dismissed` (the template chooses its message by it).
    pub status: String,
    /// The deciding officer's display name.
    pub who: String,
    /// When, in words in the reader's language, in UTC ([`shown_time`]).
    pub when: String,
}

impl DecidedNotice {
    /// The notice for a decided hit; `None` while it is open.
    pub fn of(cat: &super::Catalog, lang: Lang, h: &StoredHit) -> Option<DecidedNotice> {
        let d = h.decision.as_ref()?;
        let when = shown_time(cat, lang, &d.decided_at);
        Some(DecidedNotice {
            hit: h.id,
            party: h.party_name.clone(),
            entry: entry_label(cat, lang, &h.entry_name, &h.entry_key),
            status: if d.confirmed { "confirmed" } else { "dismissed" }.into(),
            who: d.decided_by_name.clone(),
            when,
        })
    }
}

/// An RFC 3339 time as the pages write times, in words in the reader's language and in UTC
/// (`November 30, 2026, 6:04 a.m. UTC` / `30 novembre 2026, 6 h 04 UTC`, by [`super::dates::date_time`]); the text as
/// stored when it does not read.
pub fn shown_time(cat: &super::Catalog, lang: Lang, rfc3339: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(rfc3339)
        .map(|t| super::dates::date_time(cat, lang, t.with_timezone(&chrono::Utc)))
        .unwrap_or_else(|_| rfc3339.to_string())
}

/// The mark of a confirmed hit whose entry an edition removed: that edition by its name and its import time in
/// words (`No longer on the list since edition 4 (#12), imported November 30, 2026, 6:04 a.m. UTC: …`).
pub fn removed_mark(cat: &super::Catalog, lang: Lang, edition: &EditionSummary) -> String {
    let mut a = fluent_bundle::FluentArgs::new();
    a.set("edition", fluent_bundle::FluentValue::from(edition_short(cat, lang, edition)));
    a.set("imported", fluent_bundle::FluentValue::from(shown_time(cat, lang, &edition.imported_at)));
    cat.format(lang, "screening.confirmed_removed", &a)
}

/// An edition named as every page, the API's words and the command line name it: its list, its number among the
/// list's editions and, after `#`, the identifier addresses and commands take (`UFLPA Entity List (US DHS), edition
/// 3 (#17)`). The one way an edition is named, so that "edition 3" never means one thing here and another there.
pub fn edition_name(cat: &super::Catalog, lang: Lang, edition: &EditionSummary) -> String {
    let (en, fr) = edition.list.names();
    let mut a = super::MessageArgs::new();
    a.set("list", lang.pick(en, fr));
    a.set("version", edition.version.to_string());
    a.set("id", edition.id.to_string());
    cat.format(lang, "screening.edition_name", &a)
}

/// An edition as the API and the command line (`chainon screening lists --format json`) give it: what is stored of
/// it, and its name in English and French as every page names it ([`edition_name`]: `UFLPA Entity List (US DHS),
/// edition 3 (#17)` / `Liste d'entités UFLPA (DHS des États-Unis), édition 3 (#17)`).
#[derive(Debug, Serialize, ToSchema)]
pub struct EditionJson {
    #[serde(flatten)]
    pub edition: EditionSummary,
    /// The edition's name in English: its list, its number among the list's editions, and `#` its id.
    pub name_en: String,
    /// The edition's name in French.
    pub name_fr: String,
}

impl EditionJson {
    /// The edition with its names, from the catalogues.
    pub fn of(cat: &super::Catalog, edition: EditionSummary) -> EditionJson {
        let (name_en, name_fr) = (edition_name(cat, Lang::En, &edition), edition_name(cat, Lang::Fr, &edition));
        EditionJson { edition, name_en, name_fr }
    }
}

/// An edition named where its list is said beside it: `edition 3 (#17)` ([`edition_name`] without the list).
pub fn edition_short(cat: &super::Catalog, lang: Lang, edition: &EditionSummary) -> String {
    let mut a = super::MessageArgs::new();
    a.set("version", edition.version.to_string());
    a.set("id", edition.id.to_string());
    cat.format(lang, "screening.edition_short", &a)
}

/// What re-screening against a new edition did, in words (as `chainon screening import` prints it and the edition's
/// page says it): the parties screened and hits found, then the hits stored by what they are (new, asked again
/// because their entry changed, given a decision already taken, set to the latest decision on their entry), the open
/// hits closed by why (entry removed, entry changed), and the effects applied, lifted and changed with the
/// declarations re-assessed. Each count comes from what happened ([`crate::screening::ScreeningRun`]).
pub fn run_lines(cat: &super::Catalog, lang: Lang, run: &crate::screening::ScreeningRun) -> Vec<String> {
    let line = |key: &str, counts: &[(&str, usize)]| {
        let mut a = super::MessageArgs::new();
        for (k, v) in counts {
            a.set(k, *v);
        }
        cat.format(lang, key, &a)
    };
    vec![
        line(
            "screening.cli_rescreened",
            &[
                ("declarations", run.declarations),
                ("parties", run.parties),
                ("hits", run.hits),
                ("alerts", run.new_alerts),
                ("new", run.hits_added),
                // Asked again (the entry changed after it was matched or decided) or opened again (listed again as
                // matched): re-opened, never said to be new.
                ("reopened", run.hits_changed + run.hits_reopened),
            ],
        ),
        line(
            "screening.run_hits",
            &[
                ("added", run.hits_added),
                ("changed", run.hits_changed),
                ("reopened", run.hits_reopened),
                ("remembered", run.hits_remembered),
                ("restated", run.hits_restated),
            ],
        ),
        line("screening.run_closed", &[("removed", run.hits_removed), ("replaced", run.hits_replaced)]),
        line(
            "screening.run_effects",
            &[
                ("applied", run.applied),
                ("lifted", run.lifted),
                ("changed", run.effects_changed),
                ("reassessed", run.reassessed),
            ],
        ),
    ]
}

/// Confirmed hits as the declaration and facility pages show them, in the reader's language, each with what its
/// confirmation does on `on` given where its entry stands now (`standing`, hit id → [`HitStanding`],
/// `Store::hits_standing`): the list's effect while the entry is in force; for PSPC's list the measure, its period
/// and its effect (an administrative agreement leaves the supplier eligible; a period not yet started or ended bars
/// nothing on that day); and a mark, beside the entry, when the confirmation no longer has an effect (the entry
/// removed, its status ended — CBP's `Inactive`, `Revoked` … —, or its period over). The same entry confirmed against
/// the same party of the same declaration and place before and after it changed is one row, the newest hit's (`hits`
/// come newest first); a hit whose state is no longer a confirmation (its changed entry dismissed) is not shown.
pub fn confirmed_hits(
    cat: &super::Catalog,
    lang: Lang,
    hits: Vec<StoredHit>,
    standing: &std::collections::HashMap<i64, HitStanding>,
    on: chrono::NaiveDate,
) -> Vec<ConfirmedHitView> {
    let mut seen = std::collections::HashSet::new();
    hits.into_iter()
        .filter(|h| h.status == HitStatus::Confirmed)
        .filter(|h| {
            seen.insert((h.list, h.entry_key.clone(), h.party_key.clone(), h.declaration_id, h.site_ref.clone()))
        })
        .map(|h| {
            let (en, fr) = h.list.names();
            let decided = h.decision.as_ref().map_or_else(String::new, |d| {
                format!("{}, {}", d.decided_by_name, shown_time(cat, lang, &d.decided_at))
            });
            let mut p = super::MessageArgs::new();
            p.set("kind", cat.get(lang, &format!("screening.party_{}", h.party_kind)).to_string());
            p.set("name", h.party_name.clone());
            p.set("site", h.site_ref.clone().unwrap_or_default());
            p.set("at_site", if h.site_ref.is_some() { "yes" } else { "no" });
            let (effect, removed) = standing_words(cat, lang, &h, standing.get(&h.id), on);
            ConfirmedHitView {
                hit_id: h.id,
                list_name: if lang == Lang::Fr { fr } else { en }.to_string(),
                effect,
                entry_name: entry_label(cat, lang, &h.entry_name, &h.entry_key),
                edition_id: h.edition_id,
                party: cat.format(lang, "screening.confirmed_party", &p),
                declaration_id: h.declaration_id,
                note: h.decision.as_ref().map(|d| d.note.clone()).unwrap_or_default(),
                decided,
                removed,
            }
        })
        .collect()
}

/// What a confirmed hit does on `on`, and the mark that it no longer has an effect (empty while it has one), in
/// words: see [`confirmed_hits`]. A hit whose entry's standing is not known is said with its list's effect.
fn standing_words(
    cat: &super::Catalog,
    lang: Lang,
    h: &StoredHit,
    standing: Option<&HitStanding>,
    on: chrono::NaiveDate,
) -> (String, String) {
    use crate::screening::ListEffect;
    let general = || cat.get(lang, &format!("screening.effect_{}", h.list.effect())).to_string();
    let (entry, since) = match standing {
        Some(HitStanding::Removed(edition)) => return (String::new(), removed_mark(cat, lang, edition)),
        Some(HitStanding::Listed { entry, since }) => (entry, since),
        None => return (general(), String::new()),
    };
    let day = |d: Option<chrono::NaiveDate>| d.map(|d| super::dates::long_date(cat, lang, d)).unwrap_or_default();
    let mut a = super::MessageArgs::new();
    a.set("edition", edition_short(cat, lang, since));
    a.set("imported", shown_time(cat, lang, &since.imported_at));
    a.set("from", day(entry.effective));
    a.set("until", day(entry.ends));
    a.set(
        "period",
        match (entry.effective, entry.ends) {
            (Some(_), Some(_)) => "both",
            (Some(_), None) => "from",
            (None, Some(_)) => "until",
            (None, None) => "none",
        },
    );
    let when = if entry.ended_by_status() {
        "status"
    } else if entry.ends.is_some_and(|u| u < on) {
        "ended"
    } else if entry.effective.is_some_and(|f| on < f) {
        "future"
    } else {
        "now"
    };
    a.set("when", when);
    a.set("status", entry.status.as_deref().map(|st| super::explain::list_status(cat, lang, st)).unwrap_or_default());
    let mark = if when == "now" { String::new() } else { cat.format(lang, "screening.confirmed_not_in_force", &a) };
    match h.list.effect() {
        ListEffect::Ineligibility => {
            a.set(
                "measure",
                entry.section.as_deref().map(|m| super::explain::list_section(cat, lang, m)).unwrap_or_default(),
            );
            a.set("bars", if entry.bars_award() { "yes" } else { "no" });
            (cat.format(lang, "screening.effect_pspc", &a), mark)
        }
        ListEffect::ForcedLabour | ListEffect::Watch => (if when == "now" { general() } else { String::new() }, mark),
    }
}
