//! Entity screening over HTTP: the lists and their editions (administrators import; officers, auditors and
//! administrators read), each edition's diff, the hits and the alerts (open hits), officers' decisions. API under
//! `/api/v1/screening`, pages under `/screening`.

use std::collections::BTreeSet;
use strum::IntoEnumIterator;

use crate::reports::MessageArgs;
use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::auth::{self, Action, MaybeViewer};
use super::frame::{Ctx, Page};
use super::params::{Form, Id, IdPath, PageQuery, Query, fields};
use super::{ApiError, AppState};
use crate::domain::{Issue, Lang, Message};
use crate::reports::screening_pages::{
    AlertsPage, ChangeView, ChangedView, DecidedNotice, EditionJson, EditionPage, EditionRow, EntriesPage, EntryRow,
    Fact, HitRow, ListRow, ListsPage, TouchedContract, Touches, shown_time,
};
use crate::reports::views::Choice;
use crate::screening::service::{self, ScreeningError, ScreeningRun};
use crate::screening::{
    ChangeKind, EditionDiff, EditionSource, Entry, EntryScope, EntrySearch, ListKind, ListProblem, OlderEdition,
};
use crate::storage::{Clash, EditionSummary, HitFilter, HitStatus, ImportedEdition, StorageError, StoredHit};

pub fn api_routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/screening/lists", web::get().to(api_lists))
        .route("/screening/editions", web::post().to(api_import))
        .route("/screening/editions/{id}", web::get().to(api_edition))
        .route("/screening/editions/{id}/entries", web::get().to(api_entries))
        .route("/screening/hits", web::get().to(api_hits))
        .route("/screening/hits/{id}", web::get().to(api_hit))
        .route("/screening/hits/{id}/decision", web::post().to(api_decide));
}

/// The query parameters of these pages ([`PageQuery`]).
pub(super) fn page_queries() -> Vec<PageQuery> {
    vec![
        PageQuery { pattern: "/screening", method: "GET", takes: fields::<ListsQuery> },
        PageQuery { pattern: "/screening/editions/{id}", method: "GET", takes: fields::<EditionQuery> },
        PageQuery { pattern: "/screening/editions/{id}/entries", method: "GET", takes: fields::<EntriesPageQuery> },
        PageQuery { pattern: "/screening/alerts", method: "GET", takes: fields::<AlertsQuery> },
    ]
}

pub fn page_routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/screening", web::get().to(page_lists))
        .route("/screening/import", web::post().to(page_import))
        .route("/screening/editions/{id}", web::get().to(page_edition))
        .route("/screening/editions/{id}/entries", web::get().to(page_entries))
        .route("/screening/alerts", web::get().to(page_alerts))
        .route("/screening/hits/{id}", web::post().to(page_decide));
}

/// The largest list file accepted: the settings' (`limits.max_list_file_bytes`), never more than the readers take
/// (the OpenSanctions organisations of a consolidated export fit).
pub(super) fn list_file_limit(state: &AppState) -> u64 {
    state.limits.max_list_file_bytes.min(crate::screening::parse::MAX_FILE_BYTES as u64)
}

impl From<ScreeningError> for ApiError {
    fn from(e: ScreeningError) -> Self {
        match e {
            ScreeningError::Refused(problems) => ApiError::ListRejected(issues_of(&problems, Lang::En)),
            ScreeningError::Storage(s) => s.into(),
            e @ ScreeningError::Worker(_) => ApiError::internal(e),
        }
    }
}

/// A list file's problems as the issues of a refused file, each placed in the reader's language (`line 3, column
/// 2`, `ligne 3, colonne 2`, `the file`) and in French beside it (`location_fr`, as declaration issues carry it); the
/// API places them in English.
fn issues_of(problems: &[ListProblem], lang: Lang) -> Vec<Issue> {
    problems
        .iter()
        .map(|p| {
            // Days in words where the catalogues can be read (a test makes sure they can), else as written.
            let word = |l: Lang| {
                move |d: NaiveDate| {
                    crate::reports::Catalog::shared()
                        .map_or_else(|| d.to_string(), |c| crate::reports::dates::long_date(c, l, d))
                }
            };
            let (en, fr) = (p.message_in(Lang::En, word(Lang::En)), p.message_in(Lang::Fr, word(Lang::Fr)));
            let place = |l: Lang| say(l, &p.place());
            Issue::error(place(lang), p.field.as_deref(), &en, &fr).with_location_fr(place(Lang::Fr))
        })
        .collect()
}

/// A message of the catalogues in a language; its key where the catalogues cannot be read (a test makes sure they
/// can).
fn say(lang: Lang, m: &Message) -> String {
    crate::reports::Catalog::shared().map_or_else(|| m.key.to_string(), |c| c.say(lang, m))
}

/// A 400 said by a message of the catalogues in both languages.
fn refused(m: &Message) -> ApiError {
    ApiError::bad_request(say(Lang::En, m), say(Lang::Fr, m))
}

/// Every list with its editions, newest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct ListsBody {
    lists: Vec<ListBody>,
}

/// One list: its name, effect, and editions.
#[derive(Debug, Serialize, ToSchema)]
pub struct ListBody {
    /// `uflpa`, `cbp_wro`, `pspc_ineligible`, `opensanctions`, `watchlist`.
    #[schema(value_type = String)]
    list: ListKind,
    name_en: String,
    name_fr: String,
    /// What a confirmed hit does: `forced_labour`, `ineligibility` or `watch`.
    effect: String,
    editions: Vec<EditionJson>,
}

async fn lists_body(state: &AppState) -> Result<ListsBody, ApiError> {
    let editions = state.store.screening_editions(None).await?;
    Ok(ListsBody {
        lists: ListKind::iter()
            .map(|l| {
                let (name_en, name_fr) = l.names();
                ListBody {
                    list: l,
                    name_en: name_en.into(),
                    name_fr: name_fr.into(),
                    effect: l.effect().to_string(),
                    editions: editions
                        .iter()
                        .filter(|e| e.list == l)
                        .map(|e| EditionJson::of(state.renderer.catalog(), e.clone()))
                        .collect(),
                }
            })
            .collect(),
    })
}

/// The screening lists and their editions (officers, auditors, administrators).
#[utoipa::path(
    get,
    path = "/api/v1/screening/lists",
    responses(
        (status = 200, description = "Every list with its editions, newest first", body = ListsBody),
        (status = 403, description = "Not an officer, auditor or administrator")
    ),
    tag = "screening"
)]
pub(super) async fn api_lists(state: web::Data<AppState>, viewer: MaybeViewer) -> Result<HttpResponse, ApiError> {
    viewer.signed_in()?.require(Action::ReadPortfolio)?;
    Ok(HttpResponse::Ok().json(lists_body(&state).await?))
}

/// The import form's fields, each labelled by `screening-<field>_label` in the catalogues.
const FORM_FIELDS: &[&str] = &["list", "published", "label", "licence", "older", "file"];

/// The parts of an import form besides its file and token: the fields of [`ImportQuery`] that say where the edition
/// comes from (in a form, every one of them may come before or after the file).
/// The parts a list import form takes beside its file: the edition's source, and `older` (the box that makes an
/// older file the current edition).
const SOURCE_FIELDS: &[&str] = &["list", "published", "label", "publisher", "address", "licence", "older"];

/// Where an edition comes from, given with the file.
#[derive(Debug, Deserialize, IntoParams, Default)]
#[into_params(parameter_in = Query)]
pub struct ImportQuery {
    /// `uflpa`, `cbp_wro`, `pspc_ineligible`, `opensanctions` or `watchlist`.
    list: Option<String>,
    /// The publisher's date of the edition (YYYY-MM-DD; default: today).
    published: Option<String>,
    /// The publisher's name for the edition (default: the date).
    label: Option<String>,
    /// Default: the list's publisher.
    publisher: Option<String>,
    /// Where the publisher puts the file out (recorded, never fetched).
    address: Option<String>,
    licence: Option<String>,
    /// The file's name, for a file sent as the body (default: the list, the date and the content type's extension,
    /// e.g. `cbp_wro-2026-11-14.csv`).
    file_name: Option<String>,
    /// `true` to store a file dated before the list's current edition as its new current edition (the publisher
    /// withdrew the newer one); without it such a file is refused (422 `list_rejected`, naming the current edition
    /// and both dates) and nothing is stored.
    older: Option<bool>,
}

/// The name of a list file sent as the request's body: its list, its date and the extension of its content type.
fn body_file_name(req: &HttpRequest, q: &ImportQuery, today: NaiveDate) -> String {
    let content_type = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let ext = if content_type.starts_with("text/html") {
        "html"
    } else if content_type.starts_with("text/csv") || content_type.starts_with("text/plain") {
        "csv"
    } else if content_type.contains("json") {
        "json"
    } else {
        "dat"
    };
    let list = q.list.as_deref().and_then(ListKind::from_name).map_or_else(|| "list".to_string(), |l| l.to_string());
    format!("{list}-{}.{ext}", q.published.clone().unwrap_or_else(|| today.to_string()))
}

impl ImportQuery {
    fn from_fields(fields: &[(String, String)]) -> ImportQuery {
        let get =
            |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v.trim().to_string()).filter(|v| !v.is_empty());
        ImportQuery {
            list: get("list"),
            published: get("published"),
            label: get("label"),
            publisher: get("publisher"),
            address: get("address"),
            licence: get("licence"),
            file_name: None,
            // Read by `older_part`, which can refuse it.
            older: None,
        }
    }

    /// The form's `older` part: its box sends `true` when ticked, nothing otherwise; `true` or `false` from another
    /// client, anything else refused naming the part.
    fn older_part(fields: &[(String, String)]) -> Result<Option<bool>, ApiError> {
        fields
            .iter()
            .find(|(n, _)| n == "older")
            .map(|(_, v)| super::params::form_true_or_false("older", v))
            .transpose()
    }

    /// `older` as the form's part and the query say it: in one of them, or in both alike; the two saying otherwise
    /// are refused naming it, never one read over the other.
    fn older_of(fields: &[(String, String)], query: Option<bool>) -> Result<Option<bool>, ApiError> {
        match (ImportQuery::older_part(fields)?, query) {
            (Some(form), Some(query)) if form != query => Err(refused(
                &Message::new("screening.refused.older_twice")
                    .text("query", query.to_string())
                    .text("form", form.to_string()),
            )),
            (form, query) => Ok(form.or(query)),
        }
    }

    /// What the import does with a file dated before the list's current edition.
    fn older(&self) -> OlderEdition {
        if self.older == Some(true) { OlderEdition::MakeCurrent } else { OlderEdition::Refuse }
    }

    /// The list and the edition's source, or a refusal naming the field.
    fn source(&self, today: NaiveDate) -> Result<(ListKind, EditionSource), ApiError> {
        let list: ListKind = self.list.as_deref().and_then(ListKind::from_name).ok_or_else(|| {
            let codes = ListKind::iter().map(ListKind::code).collect::<Vec<_>>().join(", ");
            refused(&Message::new("screening.refused.list").text("codes", codes))
        })?;
        let published_on = match self.published.as_deref() {
            None => today,
            Some(p) => NaiveDate::parse_from_str(p, "%Y-%m-%d")
                .map_err(|_| refused(&Message::new("screening.refused.published").text("given", p)))?,
        };
        let (publisher, address, licence) = list.default_source();
        Ok((
            list,
            EditionSource {
                publisher: self.publisher.clone().unwrap_or_else(|| publisher.into()),
                address: self.address.clone().unwrap_or_else(|| address.into()),
                licence: self.licence.clone().unwrap_or_else(|| licence.into()),
                label: self.label.clone().unwrap_or_else(|| published_on.to_string()),
                published_on,
            },
        ))
    }
}

/// What importing an edition did, and the re-screening of every stored declaration against it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ImportBody {
    edition: EditionJson,
    /// The same file was imported before: nothing new stored, the earlier edition answered.
    already_imported: bool,
    diff: EditionDiff,
    rescreen: ScreeningRun,
}

/// Imports a list file as a new dated edition (administrators): the file as the body, or the `file` part of a
/// multipart form; the list and the edition's source in the query (or, in a form, as parts before or after the file, not both). The
/// edition is diffed against the list's latest and every stored current declaration is re-screened against it.
/// A refused file stores nothing and answers 422 with each problem and its line.
#[utoipa::path(
    post,
    path = "/api/v1/screening/editions",
    params(ImportQuery),
    request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "The list file"),
    responses(
        (status = 201, description = "Stored and re-screened", body = ImportBody),
        (status = 200, description = "The same file was imported before: the earlier edition", body = ImportBody),
        (status = 403, description = "Not an administrator, or a session's form token is missing"),
        (status = 422, description = "`list_rejected`: the file was refused, every problem in `issues` with its line; nothing stored", body = super::error::ErrorBody)
    ),
    tag = "screening"
)]
pub(super) async fn api_import(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    query: Query<ImportQuery>,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    viewer.require(Action::ImportScreeningLists)?;
    auth::check_csrf_for(&req, &viewer, None)?;
    // A file sent as the body has no name: it is named after its list, date and kind (`cbp_wro-2026-11-14.csv`). A
    // form's `file` part names its own file, so no name is made for one (a `file_name` sent with a form is refused).
    let form = super::input::sends_form(&req);
    let hint = match &query.file_name {
        Some(given) => Some(given.clone()),
        None if form => None,
        None => Some(body_file_name(&req, &query, state.store.screening_today())),
    };
    let upload = super::input::read_upload(
        &req,
        payload,
        &state.uploads,
        list_file_limit(&state),
        hint,
        super::input::UploadOf::List,
        super::input::SentFrom::Api,
        SOURCE_FIELDS,
    )
    .await?;
    // The edition's source is given in one place: the query, or the form's parts.
    let q = query.into_inner();
    let in_query = [&q.list, &q.published, &q.label, &q.publisher, &q.address, &q.licence];
    let q = match (in_query.iter().any(|v| v.is_some()), upload.fields.iter().find(|(part, _)| part != "older")) {
        (true, Some((part, _))) => {
            return Err(refused(&Message::new("screening.refused.source_twice").text("part", part.clone())));
        }
        // `older` may be said in the query or in the form.
        (_, Some(_)) => {
            let mut form = ImportQuery::from_fields(&upload.fields);
            form.older = ImportQuery::older_of(&upload.fields, q.older)?;
            form
        }
        (_, None) => {
            let mut q = q;
            q.older = ImportQuery::older_of(&upload.fields, q.older)?;
            q
        }
    };
    let (list, source) = q.source(state.store.screening_today())?;
    let (imported, rescreen) = service::import_edition_with(
        &state.store,
        &state.model,
        list,
        &source,
        &upload.name,
        upload.bytes,
        &viewer.account.email,
        q.older(),
    )
    .await?;
    let status = if imported.already_imported { StatusCode::OK } else { StatusCode::CREATED };
    let ImportedEdition { edition, already_imported, diff } = imported;
    let edition = EditionJson::of(state.renderer.catalog(), edition);
    Ok(HttpResponse::build(status).json(ImportBody { edition, already_imported, diff, rescreen }))
}

/// An edition and a page of what it changed.
#[derive(Debug, Serialize, ToSchema)]
pub struct EditionBody {
    edition: EditionJson,
    /// The page's changes, in the diff's order (added, then removed, then changed) and shape; the counts of each
    /// kind in all are the edition's `added`, `removed` and `changed`.
    diff: EditionDiff,
    /// The changes the filters (`change`, `q`) select in all (`limit` and `offset` aside).
    total: u64,
    limit: u64,
    offset: u64,
}

/// Which changes of an edition's diff to list: a page of them, of one kind, found by name or key.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DiffQuery {
    /// `added`, `removed` or `changed`; every change when absent.
    change: Option<String>,
    /// A part of an entry's name (case, accents and punctuation aside) or key (at most 20 words and 200 characters,
    /// else 400).
    q: Option<String>,
    /// From 1 to 1000 (default 100).
    #[param(minimum = 1, maximum = 1000)]
    limit: Option<u64>,
    /// Skip this many (default 0, at most 1,000,000,000).
    #[param(minimum = 0, maximum = 1_000_000_000)]
    offset: Option<u64>,
}

/// A `change` parameter: a kind of change, or every change when absent or empty; a 400 naming it otherwise.
fn change_kind(change: Option<&str>) -> Result<Option<ChangeKind>, ApiError> {
    match change.map(str::trim).filter(|c| !c.is_empty() && *c != "all") {
        None => Ok(None),
        Some(c) => c.parse::<ChangeKind>().map(Some).map_err(|_| refused(&Message::new("screening.refused.change"))),
    }
}

/// A search text (`q`) within the bounds of every search (`params::search_text`); a 400 naming it otherwise.
fn search_of(q: Option<&str>) -> Result<EntrySearch, ApiError> {
    Ok(EntrySearch::new(super::params::search_text("q", q.unwrap_or_default())?))
}

/// One edition and a page of its diff against the edition before it.
#[utoipa::path(
    get,
    path = "/api/v1/screening/editions/{id}",
    params(("id" = i64, Path, description = "Edition id"), DiffQuery),
    responses(
        (status = 200, description = "The edition and a page of its diff", body = EditionBody),
        (status = 400, description = "A parameter out of its range"),
        (status = 403, description = "Not an officer, auditor or administrator"),
        (status = 404, description = "No such edition")
    ),
    tag = "screening"
)]
pub(super) async fn api_edition(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: IdPath<i64>,
    q: Query<DiffQuery>,
) -> Result<HttpResponse, ApiError> {
    viewer.signed_in()?.require(Action::ReadPortfolio)?;
    let (limit, offset) = super::listing::window(q.limit, q.offset)?;
    let kind = change_kind(q.change.as_deref())?;
    let search = search_of(q.q.as_deref())?;
    let (edition, diff) = state.store.screening_edition(*id).await?.ok_or(ApiError::NotFound)?;
    let (diff, total) = diff.page(kind, &search, offset, limit);
    let edition = EditionJson::of(state.renderer.catalog(), edition);
    Ok(HttpResponse::Ok().json(EditionBody { edition, diff, total, limit, offset }))
}

/// Which entries of an edition to list.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EntriesQuery {
    /// A part of an entry's name, alias or former name (case, accents and punctuation aside) or key (at most 20 words
    /// and 200 characters, else 400).
    q: Option<String>,
    /// From 1 to 1000 (default 100).
    #[param(minimum = 1, maximum = 1000)]
    limit: Option<u64>,
    /// Skip this many (default 0, at most 1,000,000,000).
    #[param(minimum = 0, maximum = 1_000_000_000)]
    offset: Option<u64>,
}

/// A page of an edition's entries.
#[derive(Debug, Serialize, ToSchema)]
pub struct EntriesBody {
    /// The entries the edition holds in all, or those the search (`q`) finds.
    total: u64,
    /// In file order: name, aliases, former names, the subsidiaries flag, scope, country, identifiers, section,
    /// dates, status, reason, a person's birth date.
    #[schema(value_type = Vec<Object>)]
    entries: Vec<Entry>,
}

/// The entries of an edition, in file order, with their aliases and flags.
#[utoipa::path(
    get,
    path = "/api/v1/screening/editions/{id}/entries",
    params(("id" = i64, Path, description = "Edition id"), EntriesQuery),
    responses(
        (status = 200, description = "A page of the edition's entries and their number", body = EntriesBody),
        (status = 403, description = "Not an officer, auditor or administrator"),
        (status = 404, description = "No such edition")
    ),
    tag = "screening"
)]
pub(super) async fn api_entries(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: IdPath<i64>,
    q: Query<EntriesQuery>,
) -> Result<HttpResponse, ApiError> {
    viewer.signed_in()?.require(Action::ReadPortfolio)?;
    let (limit, offset) = super::listing::window(q.limit, q.offset)?;
    let search = search_of(q.q.as_deref())?;
    state.store.screening_edition(*id).await?.ok_or(ApiError::NotFound)?;
    let (entries, total) = state.store.screening_entries_page(*id, &search, limit, offset).await?;
    Ok(HttpResponse::Ok().json(EntriesBody { total, entries }))
}

/// Which hits to list.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct HitsQuery {
    /// `open` (the alerts; the default), `confirmed`, `dismissed` or `all`.
    status: Option<String>,
    /// Only the hits of one declaration (an id: from 1).
    #[param(value_type = Option<i64>, minimum = 1)]
    declaration: Option<Id>,
    /// Only the hits on one list: `uflpa`, `cbp_wro`, `pspc_ineligible`, `opensanctions` or `watchlist`.
    list: Option<String>,
    /// Only the hits whose party's or entry's name holds these words (case, accents and punctuation ignored), or
    /// whose entry's key holds the text.
    q: Option<String>,
    /// From 1 to 1000 (default 100).
    #[param(minimum = 1, maximum = 1000)]
    limit: Option<u64>,
    /// Skip this many (default 0, at most 1,000,000,000).
    #[param(minimum = 0, maximum = 1_000_000_000)]
    offset: Option<u64>,
}

fn hit_filter(q: &HitsQuery) -> Result<HitFilter, ApiError> {
    let status = match q.status.as_deref().unwrap_or("open") {
        "all" => None,
        s => Some(s.parse::<HitStatus>().map_err(|_| {
            let choices = "open, confirmed, dismissed, entry_removed, superseded";
            refused(&Message::new("screening.refused.status").text("choices", choices))
        })?),
    };
    Ok(HitFilter {
        status,
        declaration_id: q.declaration.map(|Id(d)| d),
        edition_id: None,
        list: list_of(q.list.as_deref())?,
        search: search_of(q.q.as_deref())?,
        limit: super::listing::limit(q.limit, 100)?,
        offset: super::listing::window(None, q.offset)?.1,
    })
}

/// The list a filter names (its code or a short name, `cbp`), none when it names none; another name is refused with
/// the lists' codes.
fn list_of(name: Option<&str>) -> Result<Option<ListKind>, ApiError> {
    match name.map(str::trim).filter(|n| !n.is_empty()) {
        None => Ok(None),
        Some(n) => ListKind::from_name(n).map(Some).ok_or_else(|| {
            let codes = ListKind::iter().map(ListKind::code).collect::<Vec<_>>().join(", ");
            refused(&Message::new("screening.refused.list").text("codes", codes))
        }),
    }
}

/// Hits, newest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct HitsBody {
    /// Decisions waiting (the alerts: open hits of current declarations, once per entry as matched and party),
    /// whatever the filter; `open_tally.decisions`.
    open: u64,
    /// The open hits told apart, whatever the filter: `open_hits` = `decisions` + `settled_together` +
    /// `of_replaced`.
    open_tally: crate::storage::OpenTally,
    /// The hits the filter selects in all (`limit` and `offset` aside).
    total: u64,
    hits: Vec<LabelledHit>,
}

/// A hit with its codes in words, in English and French, beside the codes (`list`, `party_kind`,
/// `evidence.method`, `status`, `evidence.fields`).
#[derive(Debug, Serialize, ToSchema)]
pub struct LabelledHit {
    #[serde(flatten)]
    hit: StoredHit,
    list_label_en: String,
    list_label_fr: String,
    party_kind_label_en: String,
    party_kind_label_fr: String,
    method_label_en: String,
    method_label_fr: String,
    status_label_en: String,
    status_label_fr: String,
    /// The fields that matched, in words, in the order of `evidence.fields`.
    fields_label_en: Vec<String>,
    fields_label_fr: Vec<String>,
}

/// The words of a hit's codes in one language: list, party, method, status, fields.
struct HitWords {
    list: String,
    party_kind: String,
    method: String,
    status: String,
    fields: Vec<String>,
}

fn hit_words(r: &crate::reports::Renderer, lang: Lang, h: &StoredHit) -> HitWords {
    let (en, fr) = h.list.names();
    HitWords {
        list: lang.pick(en, fr).to_string(),
        party_kind: r.t(lang, &format!("screening.party_{}", h.party_kind)),
        method: method_words(r, lang, &h.evidence),
        status: r.t(lang, &format!("screening.status_{}", h.status)),
        fields: h.evidence.fields.iter().map(|f| r.t(lang, &format!("screening.field_{f}"))).collect(),
    }
}

/// How a hit was found, in words, with the words of the entry's name the party left out when a variant's.
fn method_words(r: &crate::reports::Renderer, lang: Lang, e: &crate::screening::matching::Evidence) -> String {
    let method = r.t(lang, &format!("screening.method_{}", e.method));
    match &e.left_out {
        Some(words) => {
            let mut a = MessageArgs::new();
            a.set("method", method);
            a.set("words", words.clone());
            r.catalog().format(lang, "screening.method_left_out", &a)
        }
        None => method,
    }
}

fn labelled(r: &crate::reports::Renderer, hit: StoredHit) -> LabelledHit {
    let (en, fr) = (hit_words(r, Lang::En, &hit), hit_words(r, Lang::Fr, &hit));
    LabelledHit {
        list_label_en: en.list,
        list_label_fr: fr.list,
        party_kind_label_en: en.party_kind,
        party_kind_label_fr: fr.party_kind,
        method_label_en: en.method,
        method_label_fr: fr.method,
        status_label_en: en.status,
        status_label_fr: fr.status,
        fields_label_en: en.fields,
        fields_label_fr: fr.fields,
        hit,
    }
}

/// What a list entry of `list` says, in words of the language, each fact it gives: section, dates, status, country
/// (a person's nationality), birth date, reason (OpenSanctions: its topics, in words), aliases, former names, the
/// subsidiaries flag, identifiers (each once), address. An OpenSanctions entry's date is when OpenSanctions first
/// saw it (`first_seen`), not when a measure took effect, and is labelled so.
fn entry_facts(r: &crate::reports::Renderer, lang: Lang, list: ListKind, e: &Entry) -> Vec<Fact> {
    let person = e.scope == EntryScope::Person;
    let opensanctions = list == ListKind::Opensanctions;
    let mut facts = Vec::new();
    let mut add = |key: &str, value: Option<String>| {
        if let Some(value) = value.filter(|v| !v.is_empty()) {
            facts.push(Fact { label: r.t(lang, &format!("screening.entry_{key}")), value });
        }
    };
    let cat = r.catalog();
    let day = |d: chrono::NaiveDate| crate::reports::dates::long_date(cat, lang, d);
    add("section", e.section.as_deref().map(|s| crate::reports::explain::list_section(cat, lang, s)));
    add("industry", e.industry.clone());
    add(if opensanctions { "first_seen" } else { "effective" }, e.effective.map(day));
    add("ends", e.ends.map(day));
    add("status", e.status.as_deref().map(|s| list_status(r, lang, s)));
    let countries: Vec<String> = e.countries().map(|c| c.name(lang).to_string()).collect();
    add(if person { "nationality" } else { "country" }, (!countries.is_empty()).then(|| countries.join("; ")));
    // Birth dates as OpenSanctions gives them: days (said in words), or a year or a month alone (as written).
    add(
        "birth_date",
        e.birth_date.as_deref().map(|b| {
            b.split("; ").map(|x| x.parse().map_or_else(|_| x.to_string(), day)).collect::<Vec<_>>().join("; ")
        }),
    );
    if opensanctions {
        add("topics", e.reason.as_deref().map(|t| ftm_topics(r, lang, t)));
    } else {
        add("reason", e.reason.clone());
    }
    add("aliases", (!e.aliases.is_empty()).then(|| e.aliases.join("; ")));
    add("former_names", (!e.former_names.is_empty()).then(|| e.former_names.join("; ")));
    add("footnotes", (!e.footnotes.is_empty()).then(|| e.footnotes.join("; ")));
    add("subsidiaries", e.subsidiaries.then(|| r.t(lang, "screening.entry_subsidiaries_yes")));
    let mut ids = e.identifiers.clone();
    ids.extend(e.business_number.iter().cloned());
    ids.extend(e.os_id.iter().cloned());
    // A Canadian company's business number is one of its identifiers too (its `taxNumber`): said once.
    let mut seen = BTreeSet::new();
    ids.retain(|i| seen.insert(i.clone()));
    add("identifiers", (!ids.is_empty()).then(|| ids.join("; ")));
    add("address", e.address.clone());
    facts
}

/// OpenSanctions topics as the parser keeps them (`sanction, role.oligarch`) in words of the language (`Sanctioned
/// entity, Oligarch`), by the labels FollowTheMoney gives its topics (`ftm_topic-*` in the catalogues; source:
/// `followthemoney/types/topic.py`); a topic the catalogues do not know is shown as its code.
fn ftm_topics(r: &crate::reports::Renderer, lang: Lang, topics: &str) -> String {
    let word = |t: &str| {
        let key = format!("ftm_topic.{}", t.replace(['.', '-'], "_"));
        if r.catalog().has(&key) { r.t(lang, &key) } else { t.to_string() }
    };
    topics.split(',').map(str::trim).filter(|t| !t.is_empty()).map(word).collect::<Vec<_>>().join(", ")
}

/// A publisher's status of an entry (CBP's `Active`, `Partially Revoked` …) in words of the language; another text
/// as written.
fn list_status(r: &crate::reports::Renderer, lang: Lang, status: &str) -> String {
    crate::reports::explain::list_status(r.catalog(), lang, status)
}

/// Text quoted the way the language quotes: “…” in English, « … » in French.
fn quoted(lang: Lang, text: &str) -> String {
    match lang {
        Lang::En => format!("\u{201c}{text}\u{201d}"),
        Lang::Fr => format!("«\u{a0}{text}\u{a0}»"),
    }
}

/// Hits of the screening, newest first: the open ones (alerts) unless `status` says otherwise.
#[utoipa::path(
    get,
    path = "/api/v1/screening/hits",
    params(HitsQuery),
    responses(
        (status = 200, description = "Hits", body = HitsBody),
        (status = 403, description = "Not an officer, auditor or administrator")
    ),
    tag = "screening"
)]
pub(super) async fn api_hits(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    q: Query<HitsQuery>,
) -> Result<HttpResponse, ApiError> {
    viewer.signed_in()?.require(Action::ReadPortfolio)?;
    let filter = hit_filter(&q)?;
    let open_tally = state.store.open_screening_tally().await?;
    Ok(HttpResponse::Ok().json(HitsBody {
        open: open_tally.decisions,
        open_tally,
        total: state.store.count_screening_hits(&filter).await?,
        hits: state.store.screening_hits(&filter).await?.into_iter().map(|h| labelled(&state.renderer, h)).collect(),
    }))
}

async fn touches(state: &AppState, h: &StoredHit) -> Result<Touches, ApiError> {
    let Some(d) = state.store.get_declaration(h.declaration_id).await? else { return Ok(Touches::default()) };
    let mut t = Touches {
        solicitation: d.summary.solicitation_number.clone(),
        supplier_name: d.summary.supplier_name.clone(),
        ..Touches::default()
    };
    let mut declarations = BTreeSet::from([h.declaration_id]);
    if h.site_ref.is_some() {
        let g = state.graph.current(&state.store).await?;
        let node = d
            .declaration
            .places_of_work
            .iter()
            .position(|p| Some(p.site_id.as_str()) == h.site_ref.as_deref())
            .and_then(|i| g.node_of(h.declaration_id, i));
        if let Some(n) = node {
            // Through the declarations' own chains only: a site shared with another declaration (a warehouse) does
            // not carry the hit into that declaration's chain.
            declarations.extend(g.declarations_holding(n));
        }
    }
    t.declarations = declarations.into_iter().collect();
    if let Some(bn) = &d.declaration.supplier.business_number {
        for c in state.store.list_contracts(Some(bn.as_str())).await? {
            t.contracts.push(TouchedContract {
                id: c.id,
                number: c.contract.number.clone(),
                cases: state.store.cases_of(c.id).await?,
            });
        }
    }
    Ok(t)
}

/// A hit, the list entry it was found on (as stored in its edition: section, dates, status, a person's
/// nationality, birth date and topics …), and what it touches.
#[derive(Debug, Serialize, ToSchema)]
pub struct HitBody {
    hit: LabelledHit,
    #[schema(value_type = Object)]
    entry: Option<Entry>,
    touches: Touches,
}

/// One hit, with the bids, contracts and cases it touches.
#[utoipa::path(
    get,
    path = "/api/v1/screening/hits/{id}",
    params(("id" = i64, Path, description = "Hit id")),
    responses(
        (status = 200, description = "The hit", body = HitBody),
        (status = 403, description = "Not an officer, auditor or administrator"),
        (status = 404, description = "No such hit")
    ),
    tag = "screening"
)]
pub(super) async fn api_hit(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: IdPath<i64>,
) -> Result<HttpResponse, ApiError> {
    viewer.signed_in()?.require(Action::ReadPortfolio)?;
    let hit = state.store.screening_hit(*id).await?.ok_or(ApiError::NotFound)?;
    let touches = touches(&state, &hit).await?;
    let entry = state.store.screening_entry(hit.edition_id, &hit.entry_key).await?;
    Ok(HttpResponse::Ok().json(HitBody { hit: labelled(&state.renderer, hit), entry, touches }))
}

/// An officer's decision on a hit.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HitDecisionBody {
    /// `true`: the party is the listed entity; `false`: a false match, dismissed.
    confirmed: bool,
    /// Why (kept in the audit log), at most 2,000 characters.
    #[serde(default)]
    note: String,
}

impl super::input::JsonBody for HitDecisionBody {}

/// The hits a decision settled.
#[derive(Debug, Serialize, ToSchema)]
pub struct Decided {
    /// The hit decided and every open hit of the same entry (unchanged) against the same party.
    hits: Vec<i64>,
    /// The hits of the same entry before it changed, against the same party, whose state is now this decision (their
    /// `status` and `decision` say it): the state of a hit is its latest decision on the latest edition.
    restated: Vec<i64>,
    /// The declarations whose assessment the decision changed (stored anew): a confirmation adds the list's effect,
    /// a dismissal of a hit asked again because its entry changed lifts the effect of the entry's earlier
    /// confirmation.
    reassessed: Vec<i64>,
}

fn checked_note(note: &str) -> Result<&str, ApiError> {
    if note.chars().count() > 2000 {
        return Err(refused(&Message::new("screening.refused.note").number("max", 2000)));
    }
    Ok(note.trim())
}

/// Confirms or dismisses an open hit (officers and administrators); audited, remembered for later editions (the same
/// entry against the same party is not asked again unless the entry changes), and a confirmation applies the
/// list's effect to the declarations concerned (a dismissal of a hit asked again because its entry changed lifts the
/// effect of the entry's earlier confirmation).
#[utoipa::path(
    post,
    path = "/api/v1/screening/hits/{id}/decision",
    params(("id" = i64, Path, description = "Hit id")),
    request_body = HitDecisionBody,
    responses(
        (status = 201, description = "Recorded", body = Decided),
        (status = 403, description = "Not an officer or administrator, or a session's form token is missing"),
        (status = 404, description = "No such hit"),
        (status = 409, description = "The hit was already decided")
    ),
    tag = "screening"
)]
pub(super) async fn api_decide(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: IdPath<i64>,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    viewer.require(Action::DecideScreeningHits)?;
    auth::check_csrf_for(&req, &viewer, None)?;
    let body: HitDecisionBody = super::input::json_body(&req, payload).await?;
    let note = checked_note(&body.note)?;
    let d = service::decide(&state.store, *id, body.confirmed, note, &viewer.account.email).await?;
    Ok(HttpResponse::Created().json(Decided { hits: d.hits, restated: d.restated, reassessed: d.reassessed }))
}

// ---------------------------------------------------------------------------------------------------------------
// Pages.

fn edition_row(r: &crate::reports::Renderer, lang: Lang, mut edition: EditionSummary) -> EditionRow {
    let (publisher, licence) = edition.list.source_in(&edition.source, lang);
    // An edition imported from the command line was imported by the server's operator, said in words.
    if edition.imported_by == crate::storage::COMMAND_LINE {
        edition.imported_by_name = r.t(lang, "screening.imported_by_cli");
    }
    EditionRow {
        name: crate::reports::screening_pages::edition_name(r.catalog(), lang, &edition),
        short_name: crate::reports::screening_pages::edition_short(r.catalog(), lang, &edition),
        publisher,
        licence,
        imported: shown_time(r.catalog(), lang, &edition.imported_at),
        published: crate::reports::dates::long_date(r.catalog(), lang, edition.source.published_on),
        edition,
    }
}

#[derive(Debug, Deserialize)]
struct ListsQuery {
    imported: Option<Id>,
}

fn lists_view(ctx: &Ctx<'_>, body: ListsBody) -> ListsPage {
    ListsPage {
        title: ctx.state.renderer.t(ctx.lang, "screening.title"),
        csrf: ctx.chrome.csrf.clone(),
        can_import: ctx.viewer.can(Action::ImportScreeningLists),
        lists: body
            .lists
            .into_iter()
            .map(|l| ListRow {
                kind: l.list.to_string(),
                name: if ctx.lang == Lang::Fr { l.name_fr } else { l.name_en },
                effect: ctx.state.renderer.t(ctx.lang, &format!("screening.effect_{}", l.effect)),
                editions: l
                    .editions
                    .into_iter()
                    .map(|e| edition_row(&ctx.state.renderer, ctx.lang, e.edition))
                    .collect(),
            })
            .collect(),
        imported: None,
        errors: Vec::new(),
    }
}

async fn page_lists(page: Page, q: Query<ListsQuery>) -> HttpResponse {
    page.serve(Action::ReadPortfolio, async |ctx| {
        let body = lists_body(ctx.state).await?;
        let view = ListsPage { imported: q.imported.map(|Id(id)| id), ..lists_view(ctx, body) };
        ctx.render("pages/screening", &view)
    })
    .await
}

/// The lists page again with the import form's refusal: every problem with its place, in the reader's language,
/// under `status` (nothing was stored). An error with a header of its own (`Retry-After`) keeps it.
async fn import_refused(
    ctx: &Ctx<'_>,
    issues: Vec<Issue>,
    status: StatusCode,
    cause: Option<&ApiError>,
) -> Result<HttpResponse, ApiError> {
    let body = lists_body(ctx.state).await?;
    // A refusal names the form's field by its label in the reader's language, never by its part's code
    // (`published`): the service's refusals name the part, for the API.
    let issues: Vec<Issue> = issues
        .into_iter()
        .map(|mut i| {
            if let Some(code) = i.field.as_deref().filter(|f| FORM_FIELDS.contains(f)) {
                i.field = Some(ctx.state.renderer.t(ctx.lang, &format!("screening.{code}_label")));
            }
            i
        })
        .collect();
    let view = ListsPage { errors: crate::reports::views::issue_rows(ctx.lang, &issues), ..lists_view(ctx, body) };
    let mut page = ctx.render_as(status, "pages/screening", &view)?;
    if let Some(e) = cause {
        super::error_page::with_header(&mut page, e);
    }
    Ok(page)
}

/// The import form's list and edition source, or what is wrong with them in a person's words (the form's fields
/// by their labels, the lists by their names: no part names or codes).
fn form_source(ctx: &Ctx<'_>, fields: &[(String, String)]) -> Result<(ListKind, EditionSource), Issue> {
    let r = &ctx.state.renderer;
    let label = |key: &str, lang: Lang| r.t(lang, key);
    let q = ImportQuery::from_fields(fields);
    if q.list.as_deref().and_then(ListKind::from_name).is_none() {
        let names = |lang: Lang| {
            ListKind::iter()
                .map(|l| lang.pick(l.names().0, l.names().1))
                .collect::<Vec<_>>()
                .join(&r.t(lang, "screening.list_separator"))
        };
        let m = Message::new("screening.refused.choose_list").names("names", names(Lang::En), names(Lang::Fr));
        return Err(Issue::error(
            String::new(),
            Some(&label("screening.list_label", ctx.lang)),
            say(Lang::En, &m),
            say(Lang::Fr, &m),
        ));
    }
    q.source(ctx.state.store.screening_today()).map_err(|_| {
        let m = Message::new("screening.refused.published_form").text("given", q.published.clone().unwrap_or_default());
        Issue::error(
            String::new(),
            Some(&label("screening.published_label", ctx.lang)),
            say(Lang::En, &m),
            say(Lang::Fr, &m),
        )
    })
}

/// Imports a list file from the lists page's form, then sends the reader to the edition's page (Post/Redirect/Get:
/// reloading that page imports nothing), which says what the import did from what is kept with the edition. A
/// refusal — a file too large, empty or missing, a list not chosen, a date not a date, a file with problems — comes
/// back on the form with its cause and, for a file's problems, each line and column; nothing is stored.
async fn page_import(page: Page, payload: web::Payload) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::ImportScreeningLists, async |ctx| {
        let upload = match super::input::read_upload(
            ctx.req,
            payload,
            &ctx.state.uploads,
            list_file_limit(ctx.state),
            None,
            super::input::UploadOf::List,
            super::input::SentFrom::Page,
            SOURCE_FIELDS,
        )
        .await
        {
            Ok(upload) => upload,
            // Larger than the limit (413, naming the file), every place taken (503 with Retry-After), a form the
            // page would not send (400: no file, an empty one, two): the form again, saying so.
            Err(
                e @ (ApiError::PayloadTooLarge { .. } | ApiError::UploadsBusy { .. } | ApiError::BadRequest { .. }),
            ) => {
                let place = match &e {
                    ApiError::PayloadTooLarge { file: Some(f), .. } => f.clone(),
                    _ => String::new(),
                };
                let (en, fr) = e.messages();
                return import_refused(ctx, vec![Issue::error(place, None, en, fr)], e.status_code(), Some(&e)).await;
            }
            Err(e) => return Err(e),
        };
        auth::check_csrf_for(ctx.req, &ctx.viewer, upload.csrf.as_deref())?;
        let (list, source) = match form_source(ctx, &upload.fields) {
            Ok(x) => x,
            Err(issue) => return import_refused(ctx, vec![issue], StatusCode::BAD_REQUEST, None).await,
        };
        let older = match ImportQuery::older_part(&upload.fields) {
            Ok(older) => ImportQuery { older, ..ImportQuery::default() }.older(),
            Err(e) => {
                let (en, fr) = e.messages();
                let issue = Issue::error(String::new(), None, en, fr);
                return import_refused(ctx, vec![issue], StatusCode::BAD_REQUEST, Some(&e)).await;
            }
        };
        match service::import_edition_with(
            &ctx.state.store,
            &ctx.state.model,
            list,
            &source,
            &upload.name,
            upload.bytes,
            &ctx.viewer.account.email,
            older,
        )
        .await
        {
            Ok((imported, _)) => {
                let how = if imported.already_imported { ImportedHow::Again } else { ImportedHow::New };
                Ok(HttpResponse::SeeOther()
                    .insert_header((
                        header::LOCATION,
                        format!("/screening/editions/{}?imported={}&lang={lang}", imported.edition.id, how.as_ref()),
                    ))
                    .finish())
            }
            Err(ScreeningError::Refused(problems)) => {
                import_refused(ctx, issues_of(&problems, lang), StatusCode::UNPROCESSABLE_ENTITY, None).await
            }
            Err(e) => Err(e.into()),
        }
    })
    .await
}

/// How an edition's page was reached right after an import from the page (`?imported=`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, strum::AsRefStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
enum ImportedHow {
    /// The file was stored as this new edition and every stored declaration screened again.
    New,
    /// The file was this edition already: nothing was stored anew.
    Again,
}

/// A value of an entry's field as a diff keeps it (`FieldChange`: text, a list joined with `; `, `—` for none) in words
/// of the language, as the entry's facts say it: days in words (`1er janvier 2026`), the publisher's status
/// (`Modified`: `modifiée`), a measure or section (`WRO`: `ordonnance de retenue des marchandises (WRO)`), countries by
/// their names, the kind of entry, the subsidiaries flag as yes or no. Names, addresses, identifiers and reasons are
/// the publisher's words, shown as written.
fn change_words(r: &crate::reports::Renderer, lang: Lang, field: &str, value: &str) -> String {
    if value == "—" || value.is_empty() {
        return value.to_string();
    }
    let cat = r.catalog();
    match field {
        "effective" | "ends" | "birth_date" => crate::reports::dates::date_or_text(cat, lang, value),
        "status" => list_status(r, lang, value),
        "section" => crate::reports::explain::list_section(cat, lang, value),
        "country" | "other_countries" => value
            .split("; ")
            .map(|c| {
                crate::domain::CountryCode::parse(c).map_or_else(|| c.to_string(), |code| code.name(lang).to_string())
            })
            .collect::<Vec<_>>()
            .join("; "),
        "subsidiaries" => match value {
            "true" => r.t(lang, "common.yes"),
            "false" => r.t(lang, "common.no"),
            other => other.to_string(),
        },
        "scope" => {
            let key = format!("screening.scope_{value}");
            if cat.has(&key) { r.t(lang, &key) } else { value.to_string() }
        }
        _ => value.to_string(),
    }
}

/// Entries of a diff with their names as pages show them ([`crate::reports::screening_pages::entry_label`]).
fn with_shown_names(
    r: &crate::reports::Renderer,
    lang: Lang,
    entries: Vec<crate::screening::EntryRef>,
) -> Vec<crate::screening::EntryRef> {
    entries
        .into_iter()
        .map(|e| crate::screening::EntryRef {
            name: crate::reports::screening_pages::entry_label(r.catalog(), lang, &e.name, &e.key),
            ..e
        })
        .collect()
}

fn changed_views(r: &crate::reports::Renderer, lang: Lang, diff: &EditionDiff) -> Vec<ChangedView> {
    let label = |f: &str| r.t(lang, &format!("screening.entry_{f}"));
    diff.changed
        .iter()
        .map(|c| ChangedView {
            name: crate::reports::screening_pages::entry_label(r.catalog(), lang, &c.name, &c.key),
            key: c.key.clone(),
            changes: if c.changes.is_empty() {
                c.fields
                    .iter()
                    .map(|f| ChangeView { label: label(f), old: String::new(), new: String::new() })
                    .collect()
            } else {
                c.changes
                    .iter()
                    .map(|x| ChangeView {
                        label: label(&x.field),
                        old: change_words(r, lang, &x.field, &x.old),
                        new: change_words(r, lang, &x.field, &x.new),
                    })
                    .collect()
            },
        })
        .collect()
}

/// The page of edition `id`; with `import`, the page the form's import leads to: whether the file was imported
/// before, or what the import changed and what the re-screening did, as kept with the edition.
async fn edition_view(ctx: &Ctx<'_>, id: i64, q: &EditionQuery) -> Result<EditionPage, ApiError> {
    let lang = ctx.lang;
    let import = q.imported;
    let r = &ctx.state.renderer;
    let kind = change_kind(q.change.as_deref())?;
    let search = search_of(q.q.as_deref())?;
    let (number, per_page) = super::listing::page(q.page, q.per_page)?;
    let (edition, whole) = ctx.state.store.screening_edition(id).await?.ok_or(ApiError::NotFound)?;
    let (diff, total) = whole.page(kind, &search, (number - 1).saturating_mul(per_page), per_page);
    drop(whole);
    let shown = diff.added.len() + diff.removed.len() + diff.changed.len();
    let q_text = q.q.clone().unwrap_or_default().trim().to_string();
    let mut kept: Vec<(&'static str, String)> = Vec::new();
    if let Some(k) = kind {
        kept.push(("change", k.to_string()));
    }
    if !q_text.is_empty() {
        kept.push(("q", q_text.clone()));
    }
    if let Some(n) = q.per_page {
        kept.push(("per_page", n.to_string()));
    }
    let pager = super::listing::pager(&kept, lang, number, per_page, shown, total);
    let changes: Vec<Choice> = std::iter::once((String::new(), r.t(lang, "screening.change_all")))
        .chain(
            [ChangeKind::Added, ChangeKind::Removed, ChangeKind::Changed]
                .into_iter()
                .map(|k| (k.to_string(), r.t(lang, &format!("screening.{k}")))),
        )
        .map(|(value, label)| Choice {
            selected: kind.map(|k| k.to_string()).unwrap_or_default() == value,
            value,
            label,
        })
        .collect();
    let previous = match diff.previous_edition {
        Some(p) => ctx.state.store.screening_edition(p).await?.map(|(before, _)| {
            let mut a = MessageArgs::new();
            a.set("day", crate::reports::dates::long_date(r.catalog(), lang, before.source.published_on));
            a.set("edition", crate::reports::screening_pages::edition_name(r.catalog(), lang, &before));
            r.catalog().format(lang, "screening.previous_edition", &a)
        }),
        None => None,
    };
    let import_lines = match import {
        None => Vec::new(),
        Some(ImportedHow::Again) => vec![r.t(lang, "screening.import_already")],
        // What the import changed, from the edition's diff; what the re-screening did, as kept with it (an edition
        // whose run is not kept — imported before it was, or still running — says what it changed only).
        Some(ImportedHow::New) => {
            let mut a = MessageArgs::new();
            a.set("first", if diff.previous_edition.is_none() { "yes" } else { "no" });
            for (k, v) in [("added", edition.added), ("removed", edition.removed), ("changed", edition.changed)] {
                a.set(k, v);
            }
            let mut lines = vec![r.catalog().format(lang, "screening.import_diff", &a)];
            if let Some(run) = &edition.rescreen {
                lines.push(r.t(lang, "screening.import_done"));
                lines.extend(crate::reports::screening_pages::run_lines(r.catalog(), lang, run));
            }
            lines
        }
    };
    let (en, fr) = edition.list.names();
    let list_name = if lang == Lang::Fr { fr } else { en }.to_string();
    Ok(EditionPage {
        title: format!(
            "{} — {}",
            crate::reports::screening_pages::edition_name(r.catalog(), lang, &edition),
            crate::reports::dates::date_or_text(r.catalog(), lang, &edition.source.label),
        ),
        list_name,
        edition: edition_row(r, lang, edition),
        changed: changed_views(r, lang, &diff),
        diff: EditionDiff {
            added: with_shown_names(r, lang, diff.added),
            removed: with_shown_names(r, lang, diff.removed),
            ..diff
        },
        previous,
        import_lines,
        q: q_text,
        changes,
        per_page: q.per_page,
        base: format!("/screening/editions/{id}"),
        pager,
    })
}

/// The edition page's address: what the import did, and which page of which changes, found by name or key.
#[derive(Debug, Deserialize)]
struct EditionQuery {
    /// Set by the import form's redirect: the page then opens with what the import did.
    imported: Option<ImportedHow>,
    /// `added`, `removed` or `changed`; every change when absent or empty.
    change: Option<String>,
    /// A part of an entry's name or key.
    q: Option<String>,
    /// From 1.
    page: Option<u64>,
    /// From 1 to 100 (default 50).
    per_page: Option<u64>,
}

async fn page_edition(page: Page, id: IdPath<i64>, q: Query<EditionQuery>) -> HttpResponse {
    page.serve(Action::ReadPortfolio, async |ctx| {
        let view = edition_view(ctx, *id, &q).await?;
        ctx.render("pages/screening-edition", &view)
    })
    .await
}

/// The entries page's address: which page, found by name, alias, former name or key.
#[derive(Debug, Deserialize)]
struct EntriesPageQuery {
    q: Option<String>,
    page: Option<u64>,
    per_page: Option<u64>,
}

async fn page_entries(page: Page, id: IdPath<i64>, q: Query<EntriesPageQuery>) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::ReadPortfolio, async |ctx| {
        let search = search_of(q.q.as_deref())?;
        let (number, per_page) = super::listing::page(q.page, q.per_page)?;
        let (edition, _) = ctx.state.store.screening_edition(*id).await?.ok_or(ApiError::NotFound)?;
        let offset = (number - 1).saturating_mul(per_page);
        let (entries, total) = ctx.state.store.screening_entries_page(*id, &search, per_page, offset).await?;
        let r = &ctx.state.renderer;
        let q_text = q.q.clone().unwrap_or_default().trim().to_string();
        let mut kept: Vec<(&'static str, String)> = Vec::new();
        if !q_text.is_empty() {
            kept.push(("q", q_text.clone()));
        }
        if let Some(n) = q.per_page {
            kept.push(("per_page", n.to_string()));
        }
        let pager = super::listing::pager(&kept, lang, number, per_page, entries.len(), total);
        let view = EntriesPage {
            title: format!(
                "{} — {}",
                crate::reports::screening_pages::edition_name(r.catalog(), lang, &edition),
                crate::reports::dates::date_or_text(r.catalog(), lang, &edition.source.label),
            ),
            edition_id: *id,
            q: q_text,
            per_page: q.per_page,
            base: format!("/screening/editions/{}/entries", *id),
            pager,
            entries: entries
                .iter()
                .map(|e| EntryRow {
                    name: crate::reports::screening_pages::entry_label(r.catalog(), lang, &e.name, &e.key),
                    key: e.key.clone(),
                    line: e.line,
                    facts: entry_facts(r, lang, edition.list, e),
                })
                .collect(),
        };
        ctx.render("pages/screening-entries", &view)
    })
    .await
}

#[derive(Debug, Deserialize)]
struct AlertsQuery {
    status: Option<String>,
    /// Only the hits on one list (its code).
    list: Option<String>,
    /// Only the hits of one declaration.
    declaration: Option<Id>,
    /// Only the hits whose party's or entry's name holds these words.
    q: Option<String>,
    /// From 1.
    page: Option<u64>,
    /// From 1 to 100 (default 20).
    per_page: Option<u64>,
    /// A hit the viewer tried to decide after someone else had (`page_decide`'s redirect).
    decided: Option<Id>,
}

async fn page_alerts(page: Page, q: Query<AlertsQuery>) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::ReadPortfolio, async |ctx| {
        let status = q.status.clone().unwrap_or_else(|| "open".into());
        let (number, per_page) = super::listing::page_of(q.page, q.per_page, 20)?;
        let filter = hit_filter(&HitsQuery {
            status: Some(status.clone()),
            declaration: q.declaration,
            list: q.list.clone(),
            q: q.q.clone(),
            limit: Some(per_page),
            offset: Some((number - 1) * per_page),
        })?;
        let total = ctx.state.store.count_screening_hits(&filter).await?;
        let r = &ctx.state.renderer;
        let q_text = q.q.as_deref().unwrap_or_default().trim().to_string();
        // The filters a link keeps (a stable address of the same hits), the status and page aside.
        let mut kept: Vec<(&'static str, String)> = Vec::new();
        if let Some(l) = filter.list {
            kept.push(("list", l.code().to_string()));
        }
        if let Some(d) = filter.declaration_id {
            kept.push(("declaration", d.to_string()));
        }
        if !q_text.is_empty() {
            kept.push(("q", q_text.clone()));
        }
        let filtered = !kept.is_empty();
        let kept_query = match serde_urlencoded::to_string(&kept).unwrap_or_default() {
            q if q.is_empty() => q,
            q => format!("&{q}"),
        };
        // What the filters leave out of the hits of the status shown: the count says it.
        let left_out = if filtered {
            let all = HitFilter { list: None, declaration_id: None, search: EntrySearch::default(), ..filter.clone() };
            let all = ctx.state.store.count_screening_hits(&all).await?;
            let mut a = MessageArgs::new();
            a.set("left", all.saturating_sub(total));
            a.set("all", all);
            Some(r.catalog().format(lang, "screening.filters_leave_out", &a))
        } else {
            None
        };
        let tally = ctx.state.store.open_screening_tally().await?;
        let tally_line = {
            let mut a = MessageArgs::new();
            a.set("decisions", tally.decisions);
            a.set("open_hits", tally.open_hits);
            a.set("settled", tally.settled_together);
            a.set("replaced", tally.of_replaced);
            a.set("left", tally.open_hits.saturating_sub(tally.decisions));
            r.catalog().format(lang, "screening.open_tally", &a)
        };
        let mut hits = Vec::new();
        let editions: std::collections::HashMap<i64, EditionSummary> =
            ctx.state.store.screening_editions(None).await?.into_iter().map(|e| (e.id, e)).collect();
        for h in ctx.state.store.screening_hits(&filter).await? {
            let words = hit_words(r, lang, &h);
            let edition_name = editions
                .get(&h.edition_id)
                .map(|e| crate::reports::screening_pages::edition_name(r.catalog(), lang, e))
                .unwrap_or_else(|| words.list.clone());
            let entry = ctx.state.store.screening_entry(h.edition_id, &h.entry_key).await?;
            hits.push(HitRow {
                entry_label: crate::reports::screening_pages::entry_label(
                    r.catalog(),
                    lang,
                    &h.entry_name,
                    &h.entry_key,
                ),
                entry: entry.map(|e| entry_facts(r, lang, h.list, &e)).unwrap_or_default(),
                list_name: words.list,
                edition_name,
                party_kind: words.party_kind,
                method: words.method,
                status_label: words.status,
                similarity_percent: crate::reports::numbers::percent(lang, h.evidence.similarity),
                fields: words.fields.join(", "),
                party_text: quoted(lang, &h.evidence.party_text),
                entry_text: quoted(lang, &h.evidence.entry_text),
                found_at: shown_time(r.catalog(), lang, &h.found_at),
                decided_at: h
                    .decision
                    .as_ref()
                    .map(|d| shown_time(r.catalog(), lang, &d.decided_at))
                    .unwrap_or_default(),
                touches: touches(ctx.state, &h).await?,
                hit: h,
            });
        }
        let link =
            |n: u64| format!("/screening/alerts?status={status}{kept_query}&page={n}&per_page={per_page}&lang={lang}");
        let pages = super::listing::pages_of(total, per_page);
        let first = filter.offset + 1;
        let view = AlertsPage {
            title: r.t(lang, "screening.alerts_title"),
            csrf: ctx.chrome.csrf.clone(),
            can_decide: ctx.viewer.can(Action::DecideScreeningHits),
            open: tally.decisions,
            tally: tally_line,
            lists: ListKind::iter()
                .map(|l| Choice {
                    value: l.code().to_string(),
                    label: lang.pick(l.names().0, l.names().1).to_string(),
                    selected: filter.list == Some(l),
                })
                .collect(),
            declaration: filter.declaration_id,
            q: q_text,
            filter_query: kept_query.clone(),
            left_out,
            clear_href: filtered.then(|| format!("/screening/alerts?status={status}&lang={lang}")),
            already_decided: match q.decided {
                Some(Id(id)) => ctx
                    .state
                    .store
                    .screening_hit(id)
                    .await?
                    .as_ref()
                    .and_then(|h| DecidedNotice::of(r.catalog(), lang, h)),
                None => None,
            },
            total,
            page: number,
            per_page,
            first: if hits.is_empty() { 0 } else { first.min(total) },
            last: (filter.offset + hits.len() as u64).min(total),
            // Past the last page, no page either side: the link to the first page stands instead.
            previous: (number > 1 && filter.offset < total).then(|| link(number - 1)),
            next: (filter.offset + per_page < total).then(|| link(number + 1)),
            restart: (hits.is_empty() && total > 0 && pages > 1).then(|| link(1)),
            last_page: (hits.is_empty() && total > 0).then(|| link(pages)),
            pages,
            status,
            hits,
        };
        ctx.render("pages/screening-alerts", &view)
    })
    .await
}

/// The decision form of a hit. It holds nothing else: a field besides these (`confirmed=false` beside
/// `decision=confirm`) is refused by name rather than left aside, so a form that says two things is never read as one.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DecisionForm {
    csrf: Option<String>,
    /// `confirm` or `dismiss` (the button pressed), given once.
    decision: String,
    #[serde(default)]
    note: String,
}

async fn page_decide(page: Page, id: IdPath<i64>, form: Form<DecisionForm>) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::DecideScreeningHits, async |ctx| {
        let form = form.read().await?;
        auth::check_csrf_for(ctx.req, &ctx.viewer, form.csrf.as_deref())?;
        let confirmed = match form.decision.as_str() {
            "confirm" => true,
            "dismiss" => false,
            other => {
                let given = super::params::shown(other);
                return Err(refused(&Message::new("screening.refused.decision").text("given", given)));
            }
        };
        let note = checked_note(&form.note)?;
        // Someone decided the hit first (another tab, another officer): back to the alerts, saying who and when.
        let location = match service::decide(&ctx.state.store, *id, confirmed, note, &ctx.viewer.account.email).await {
            Ok(_) => format!("/screening/alerts?lang={lang}"),
            Err(ScreeningError::Storage(StorageError::Conflict(Clash::HitDecided { hit, .. }))) => {
                format!("/screening/alerts?decided={hit}&lang={lang}")
            }
            Err(e) => return Err(e.into()),
        };
        Ok(HttpResponse::SeeOther().insert_header((header::LOCATION, location)).finish())
    })
    .await
}

#[cfg(test)]
mod change_words_tests {
    use super::*;

    /// An edition's diff says each value in the page's language as the entry's facts do: a status, a measure, a
    /// country, the kind of entry and the subsidiaries flag in French words on the French page, never the English
    /// ones the list is stored with; the publisher's own words (names, reasons) as written.
    #[test]
    fn an_editions_diff_says_statuses_measures_countries_and_flags_in_the_pages_language() {
        let r = crate::reports::Renderer::new().unwrap();
        for (field, value, en, fr) in [
            ("status", "Modified", "Modified", "modifiée"),
            ("status", "Active", "Active", "en vigueur"),
            ("status", "Partially Revoked", "Partially revoked", "partiellement révoquée"),
            ("section", "WRO", "Withhold Release Order", "ordonnance de retenue des marchandises (WRO)"),
            ("section", "Finding", "CBP Finding", "constat de travail forcé de la CBP"),
            ("country", "CN", "China", "Chine"),
            ("other_countries", "HK; MO", "Hong Kong; Macao", "Hong Kong; Macau"),
            ("subsidiaries", "true", "Yes", "Oui"),
            ("scope", "region_or_industry", "A region or an industry", "Une région ou une industrie"),
            ("reason", "Forced labour indicators", "Forced labour indicators", "Forced labour indicators"),
            ("status", "—", "—", "—"),
        ] {
            assert_eq!(change_words(&r, Lang::En, field, value), en, "{field} {value}");
            let said = change_words(&r, Lang::Fr, field, value);
            assert_eq!(said, fr, "{field} {value}");
        }
        assert_ne!(r.t(Lang::Fr, "screening.entry_other_countries"), "screening.entry_other_countries");
    }
}
