//! The one error type of the HTTP layer: every failure becomes the same JSON shape
//! `{"error": "snake_code", "message": "…", "message_fr": "…", "issues": […]}`; 5xx bodies say nothing internal.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderName};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;

use crate::domain::{Issue, Lang, Message, MessageArg};
use crate::pipeline::SubmitError;
use crate::reports::ReportError;
use crate::storage::{Clash, StorageError};

/// An API failure with its status.
#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// The request is malformed (bad JSON, bad query, bad path).
    #[error("bad request: {en}")]
    BadRequest { en: String, fr: String },
    /// Nothing at this address.
    #[error("not found")]
    NotFound,
    /// A record contradicts what is already stored, told in both languages, naming the record and why (a second
    /// decision in a case, a contract number already used; storage's [`Clash`] through [`clash_messages`]).
    #[error("conflict: {en}")]
    ConflictWith { en: String, fr: String },
    /// A bid's declaration was replaced: its follow-up goes on at `current`, the supplier's current declaration
    /// for the solicitation (code `superseded`, 409).
    #[error("declaration {declaration} was replaced by {current}")]
    Superseded { declaration: i64, current: i64 },
    /// The body is larger than the configured limit; `file` names the uploaded file when the body carried one (a
    /// refusal from the declared `Content-Length`, before the body is read, names none); `sent` says what was sent,
    /// so that the refusal gives the advice for that kind of thing.
    #[error("payload too large")]
    PayloadTooLarge { limit_bytes: u64, file: Option<String>, sent: Sent },
    /// The declaration was refused; every issue with its place.
    #[error("declaration rejected")]
    Rejected(Vec<Issue>),
    /// A screening list file was refused; every problem with its line (place `line N`). Nothing was stored.
    #[error("list file rejected")]
    ListRejected(Vec<Issue>),
    /// No valid session or API token.
    #[error("unauthorized")]
    Unauthorized,
    /// Signed in, but the role does not allow this.
    #[error("forbidden")]
    Forbidden,
    /// A form came without its anti-forgery token, or with a stale one.
    #[error("csrf token missing or wrong")]
    Csrf,
    /// The address exists but does not answer this method; `allow` lists those it answers (`GET, POST`).
    #[error("method not allowed")]
    MethodNotAllowed { allow: String },
    /// Too many attempts; try again later.
    #[error("too many requests")]
    TooManyRequests { retry_after_secs: u64 },
    /// A part of the service this request needs is not available here (e.g. no Chromium to print a PDF).
    #[error("unavailable: {en}")]
    Unavailable { en: String, fr: String },
    /// Printing a document to PDF failed (Chromium refused, crashed or took too long); its HTML form is
    /// available and the same request may succeed later (code `unavailable`, with `Retry-After`). The cause is logged
    /// with its chain where printing failed, never answered.
    #[error("printing failed")]
    PrintFailed { retry_after_secs: u64 },
    /// The database is busy with other writes or cannot be reached; the same request may succeed later.
    #[error("database unavailable")]
    DatabaseUnavailable { retry_after_secs: u64 },
    /// As many expensive reports as the service runs at once are running, and none ended within the wait; the same
    /// request may succeed later.
    #[error("busy")]
    Busy { retry_after_secs: u64 },
    /// As many uploads as the service holds at once are being received or read; this one's body was read through and
    /// dropped (so that the client receives this answer), nothing was stored. The same request may succeed later
    /// (`web::uploads`).
    #[error("uploads busy")]
    UploadsBusy { retry_after_secs: u64 },
    /// The machine was too busy for the reader to finish an uploaded file within its wall-clock limit, though the
    /// file had not used the processor time it is allowed: not the file's fault, nothing was stored, the same file
    /// may be sent again (`isolation::ReadError::Busy`).
    #[error("reader busy")]
    ReaderBusy { retry_after_secs: u64 },
    /// Anything else: logged with its whole chain of causes where it is answered, answered with a bare 500.
    #[error("internal error")]
    Internal(#[source] Box<dyn std::error::Error + Send + Sync>),
}

/// The JSON body of every error of the API.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// What went wrong as a stable snake_case code: `bad_request`, `unauthorized`, `forbidden`, `not_found`,
    /// `conflict`, `payload_too_large`, `declaration_rejected`, `list_rejected`, `csrf_failed`, `too_many_requests`, `unavailable`,
    /// `database_unavailable`, `busy`, `uploads_busy`, `reader_busy`, `method_not_allowed`.
    error: &'static str,
    /// In English.
    message: String,
    /// In French.
    message_fr: String,
    /// A refused declaration's issues, each with its place (`PlacesOfWork!K12`, or a JSON Pointer
    /// `/places_of_work/3/workers`; a missing sheet also by its French name, `location_fr`), its field by its code
    /// and in both languages (`field_code`, `field`, `field_fr`) and messages in both languages; a refused list file's problems, each with its place
    /// (`line 3`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    issues: Vec<IssueJson>,
}

/// An intake issue as the API answers it: the issue (`location`, `field`, messages in both languages, `level`) and,
/// when it names a field of the declaration's sheets, the field's code and French name beside it (`field_code`:
/// `legal_name`, its key in the JSON carrier, the same in both languages; `field_fr`: `Dénomination sociale` beside
/// `Legal name`). The API's document names its schema `IntakeIssue`: the refusals' `issues` and the warnings of an
/// upload's answer and of a stored declaration.
#[derive(Debug, Serialize, utoipa::ToSchema)]
#[schema(as = IntakeIssue)]
pub struct IssueJson {
    /// Where: a cell (`PlacesOfWork!K12`), a row, a sheet (by the file's own names), the file, or a JSON Pointer
    /// (`/places_of_work/3/workers`) in a JSON declaration.
    #[schema(example = "PlacesOfWork!K12")]
    location: String,
    /// The place in French when the file does not hold it and French names it otherwise (a missing sheet:
    /// `Fournisseur` beside `Supplier`).
    #[serde(skip_serializing_if = "Option::is_none")]
    location_fr: Option<String>,
    /// The field, by its English label (`Legal name`); null when the issue names no field.
    field: Option<String>,
    /// The field's code, its key in the JSON carrier (`legal_name`), when it is a field of the declaration.
    #[serde(skip_serializing_if = "Option::is_none")]
    field_code: Option<String>,
    /// The field's French label (`Dénomination sociale`).
    #[serde(skip_serializing_if = "Option::is_none")]
    field_fr: Option<String>,
    /// What is wrong and what to do, in English.
    message_en: String,
    /// The same in French.
    message_fr: String,
    /// `error` (the file is refused) or `warning` (the file is stored; the supplier checks the cell).
    level: IssueLevelJson,
}

/// How bad an intake issue is, as the API writes it.
#[derive(Debug, Clone, Copy, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum IssueLevelJson {
    /// The file is refused; nothing was stored.
    Error,
    /// The file was stored all the same.
    Warning,
}

impl IssueJson {
    /// A declaration's intake issue, its field named by its code and in French too.
    pub fn of(issue: Issue) -> IssueJson {
        let (field_code, field_fr) = (crate::import::field_code(&issue), crate::import::field_fr(&issue));
        // One field, one pair of labels: the English one from the same table as the French one (`Share of value %`
        // beside `Part de la valeur %`), whatever words the issue named it by (`Share of value`, `workers`,
        // `Valeur CAD`).
        let field = crate::import::field_en(&issue).or(issue.field.clone());
        IssueJson { field_code, field_fr, field, ..IssueJson::plain(issue) }
    }

    /// An issue whose field is not one of the declaration's (a list file's column), as it is.
    fn plain(issue: Issue) -> IssueJson {
        IssueJson {
            location: issue.location,
            location_fr: issue.location_fr.map(String::from),
            field: issue.field,
            field_code: None,
            field_fr: None,
            message_en: issue.message_en,
            message_fr: issue.message_fr,
            level: match issue.level {
                crate::domain::IssueLevel::Error => IssueLevelJson::Error,
                crate::domain::IssueLevel::Warning => IssueLevelJson::Warning,
            },
        }
    }

    /// A declaration's intake issues, as the API answers them.
    pub fn all(issues: Vec<Issue>) -> Vec<IssueJson> {
        issues.into_iter().map(IssueJson::of).collect()
    }
}

/// What a body refused for its size carried ([`ApiError::PayloadTooLarge`]): each kind of thing has its own words
/// and advice, so that a list file is never told how to make a declaration smaller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sent {
    /// A JSON body or a form's fields.
    Body,
    /// A declaration's file (the API and the upload page).
    Declaration,
    /// A screening list's file (the API and the lists page).
    ListFile,
    /// The files attached to a case form, in all.
    Attachments,
}

impl Sent {
    /// The refusal of what was sent, over `limit_bytes`, naming `file` when known, in English and French: the
    /// limit, that nothing was stored, and what to do for this kind of thing.
    fn too_large(self, limit_bytes: u64, file: Option<&str>) -> Message {
        let (size_en, size_fr) = crate::import::size_words(limit_bytes);
        let whole = match (self, file) {
            (Sent::Body, _) => Message::new("request.too_large.body"),
            (Sent::Attachments, _) => Message::new("request.too_large.attachments"),
            (_, Some(f)) => Message::new("request.too_large.file").text("file", f),
            (Sent::Declaration, None) => Message::new("request.too_large.declaration"),
            (Sent::ListFile, None) => Message::new("request.too_large.list"),
        };
        let advice = match self {
            Sent::Body => Message::new("request.advice.body"),
            Sent::Declaration => Message::new("request.advice.declaration"),
            Sent::ListFile => Message::new("request.advice.list"),
            Sent::Attachments => {
                use crate::cases::attachments::{MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS};
                let (each_en, each_fr) = crate::import::size_words(MAX_ATTACHMENT_BYTES as u64);
                Message::new("request.advice.attachments")
                    .names("each", each_en, each_fr)
                    .number("count", MAX_ATTACHMENTS as f64)
            }
        };
        whole.names("size", size_en, size_fr).said("advice", advice)
    }
}

impl ApiError {
    /// An internal error keeping its cause (any error, or a sentence saying what failed).
    pub fn internal(cause: impl Into<Box<dyn std::error::Error + Send + Sync>>) -> ApiError {
        ApiError::Internal(cause.into())
    }

    /// The error and every cause beneath it, outermost first — what the log records of a 5xx.
    pub fn chain(&self) -> String {
        crate::telemetry::Chain(self).to_string()
    }

    /// A bad request with messages in both languages.
    pub fn bad_request(en: impl Into<String>, fr: impl Into<String>) -> ApiError {
        ApiError::BadRequest { en: en.into(), fr: fr.into() }
    }

    /// A bad request said by a message of the catalogues in both languages, by the catalogues compiled in
    /// ([`said`]).
    pub fn told(message: &Message) -> ApiError {
        let (en, fr) = said(message);
        ApiError::BadRequest { en, fr }
    }

    /// A bad request said by a message of the catalogues ([`crate::domain::Message`]) in both languages.
    pub fn refused(cat: &crate::reports::Catalog, message: &crate::domain::Message) -> ApiError {
        let (en, fr) = cat.say_both(message);
        ApiError::BadRequest { en, fr }
    }

    fn code(&self) -> &'static str {
        match self {
            ApiError::BadRequest { .. } => "bad_request",
            ApiError::NotFound => "not_found",
            ApiError::ConflictWith { .. } => "conflict",
            ApiError::Superseded { .. } => "superseded",
            ApiError::PayloadTooLarge { .. } => "payload_too_large",
            ApiError::Rejected(_) => "declaration_rejected",
            ApiError::ListRejected(_) => "list_rejected",
            ApiError::Unauthorized => "unauthorized",
            ApiError::Forbidden => "forbidden",
            ApiError::Csrf => "csrf_failed",
            ApiError::MethodNotAllowed { .. } => "method_not_allowed",
            ApiError::TooManyRequests { .. } => "too_many_requests",
            ApiError::Unavailable { .. } | ApiError::PrintFailed { .. } => "unavailable",
            ApiError::DatabaseUnavailable { .. } => "database_unavailable",
            ApiError::Busy { .. } => "busy",
            ApiError::UploadsBusy { .. } => "uploads_busy",
            ApiError::ReaderBusy { .. } => "reader_busy",
            ApiError::Internal(_) => "internal_error",
        }
    }

    /// The header that goes with this error whatever its form (JSON or page): `WWW-Authenticate` or `Retry-After`.
    pub(super) fn header(&self) -> Option<(HeaderName, String)> {
        match self {
            ApiError::Unauthorized => Some((header::WWW_AUTHENTICATE, "Bearer realm=\"chainon\"".into())),
            ApiError::MethodNotAllowed { allow } => Some((header::ALLOW, allow.clone())),
            ApiError::TooManyRequests { retry_after_secs }
            | ApiError::PrintFailed { retry_after_secs }
            | ApiError::DatabaseUnavailable { retry_after_secs }
            | ApiError::Busy { retry_after_secs }
            | ApiError::UploadsBusy { retry_after_secs }
            | ApiError::ReaderBusy { retry_after_secs } => Some((header::RETRY_AFTER, retry_after_secs.to_string())),
            _ => None,
        }
    }

    /// What went wrong, in English and in French.
    pub fn messages(&self) -> (String, String) {
        match self {
            ApiError::BadRequest { en, fr } | ApiError::Unavailable { en, fr } | ApiError::ConflictWith { en, fr } => {
                (en.clone(), fr.clone())
            }
            other => said(&other.message()),
        }
    }

    /// What went wrong as a message of the catalogues (`request.*`), for the errors not told in words already.
    fn message(&self) -> Message {
        let later = |key: &'static str, seconds: u64| Message::new(key).said("wait", wait(seconds));
        match self {
            // Told in words when made: never asked here.
            ApiError::BadRequest { .. } | ApiError::Unavailable { .. } | ApiError::ConflictWith { .. } => {
                Message::new("request.internal")
            }
            ApiError::NotFound => Message::new("request.not_found"),
            ApiError::Superseded { declaration, current } => Message::new("request.superseded")
                .text("declaration", declaration.to_string())
                .text("current", current.to_string()),
            ApiError::PayloadTooLarge { limit_bytes, file, sent } => sent.too_large(*limit_bytes, file.as_deref()),
            ApiError::Rejected(issues) => Message::new("request.rejected").number("count", errors_counted(issues)),
            ApiError::ListRejected(issues) => {
                Message::new("request.list_rejected").number("count", errors_counted(issues))
            }
            ApiError::Unauthorized => Message::new("request.unauthorized").text("header", "Authorization: Bearer …"),
            ApiError::Forbidden => Message::new("request.forbidden"),
            ApiError::Csrf => Message::new("request.csrf"),
            ApiError::MethodNotAllowed { allow } => Message::new("request.method_not_allowed").text("allow", allow),
            ApiError::TooManyRequests { retry_after_secs } => later("request.too_many", *retry_after_secs),
            ApiError::PrintFailed { retry_after_secs } => later("request.print_failed", *retry_after_secs),
            ApiError::DatabaseUnavailable { retry_after_secs } => {
                later("request.database_unavailable", *retry_after_secs)
            }
            ApiError::Busy { retry_after_secs } => later("request.busy", *retry_after_secs),
            ApiError::UploadsBusy { retry_after_secs } => later("request.uploads_busy", *retry_after_secs),
            ApiError::ReaderBusy { retry_after_secs } => later("request.reader_busy", *retry_after_secs),
            ApiError::Internal(_) => Message::new("request.internal"),
        }
    }
}

/// A wait of `seconds` in words: the same length the `Retry-After` header sent with it gives (in seconds below two
/// minutes, else in minutes rounded up, as [`Catalog::wait`](crate::reports::Catalog::wait) says it).
fn wait(seconds: u64) -> Message {
    let (key, count) = if seconds < 120 { ("wait.seconds", seconds) } else { ("wait.minutes", seconds.div_ceil(60)) };
    Message::new(key).number("count", count as f64)
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::ConflictWith { .. } | ApiError::Superseded { .. } => StatusCode::CONFLICT,
            ApiError::PayloadTooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::Rejected(_) | ApiError::ListRejected(_) => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden | ApiError::Csrf => StatusCode::FORBIDDEN,
            ApiError::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::TooManyRequests { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Unavailable { .. }
            | ApiError::PrintFailed { .. }
            | ApiError::DatabaseUnavailable { .. }
            | ApiError::Busy { .. }
            | ApiError::UploadsBusy { .. }
            | ApiError::ReaderBusy { .. } => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let ApiError::Internal(_) = self {
            tracing::error!(error = %self.chain(), "internal error");
        }
        let (message, message_fr) = self.messages();
        let issues = match self {
            ApiError::Rejected(issues) => IssueJson::all(issues.clone()),
            // A list file's columns are not the declaration's fields.
            ApiError::ListRejected(issues) => issues.iter().map(|i| IssueJson::plain(i.clone())).collect(),
            _ => Vec::new(),
        };
        let mut response = HttpResponse::build(self.status_code());
        if let Some(h) = self.header() {
            response.insert_header(h);
        }
        response.json(ErrorBody { error: self.code(), message, message_fr, issues })
    }
}

/// What a write clashed with, in English and French: the stored record, why, and that nothing was changed.
pub fn clash_messages(clash: &Clash) -> (String, String) {
    match clash {
        Clash::OlderEdition { current, refused } => {
            // The same words as the command line and the import form (`CurrentEdition::refusal`), days in words.
            let problem = current.refusal(*refused);
            let say = |lang: Lang| {
                problem.message_in(lang, |d| match crate::reports::Catalog::shared() {
                    Some(c) => crate::reports::dates::long_date(c, lang, d),
                    None => d.to_string(),
                })
            };
            (say(Lang::En), say(Lang::Fr))
        }
        other => said(&clash_message(other)),
    }
}

/// A moment in words in both languages (`reports::dates::date_time`), ISO 8601 if the catalogues could not be read.
fn moment(at: chrono::DateTime<chrono::Utc>) -> MessageArg {
    let say = |lang: Lang| match crate::reports::Catalog::shared() {
        Some(c) => crate::reports::dates::date_time(c, lang, at),
        None => at.to_rfc3339(),
    };
    MessageArg::Names { en: say(Lang::En), fr: say(Lang::Fr) }
}

/// What a write clashed with, as a message of the catalogues (`request.clash.*`, `request.constraint.*`).
fn clash_message(clash: &Clash) -> Message {
    match clash {
        Clash::NewerDeclaration { id, received_at, declaration_date, refused_date, solicitation } => {
            Message::new("request.clash.newer_declaration")
                .day("refused", *refused_date)
                .text("solicitation", if solicitation.is_some() { "yes" } else { "no" })
                .text("number", solicitation.clone().unwrap_or_default())
                .day("in_force", *declaration_date)
                .text("reference", crate::reports::admin::reference(*id, *received_at))
                .text("id", id.to_string())
        }
        Clash::ContractNumber { number, id } => match id {
            Some(id) => {
                Message::new("request.clash.contract_at").text("number", number.clone()).text("id", id.to_string())
            }
            None => Message::new("request.clash.contract").text("number", number.clone()),
        },
        Clash::AccountEmail(email) => Message::new("request.clash.email").text("email", email.clone()),
        Clash::HitDecided { hit, status, by, at } => {
            // The status as the storage writes it (`HitStatus`, snake case), in words.
            let why = match status.as_str() {
                "confirmed" => "request.clash.hit.confirmed",
                "dismissed" => "request.clash.hit.dismissed",
                "superseded" => "request.clash.hit.superseded",
                "entry_removed" => "request.clash.hit.entry_removed",
                _ => "request.clash.hit.closed",
            };
            // Who decided it and when, in words (the decision on record).
            match (by, at) {
                (Some(by), Some(at)) => {
                    let how = if status == "confirmed" {
                        "request.clash.hit.how_confirmed"
                    } else {
                        "request.clash.hit.how_dismissed"
                    };
                    Message::new("request.clash.hit_decided")
                        .text("hit", hit.to_string())
                        .label("why", why)
                        .label("how", how)
                        .text("by", by.clone())
                        .with("at", moment(*at))
                }
                _ => Message::new("request.clash.hit").text("hit", hit.to_string()).label("why", why),
            }
        }
        Clash::AccountDisabled(id) => Message::new("request.clash.account_disabled").text("id", id.to_string()),
        Clash::MatchDecided { key_a, key_b, same, by, at } => {
            match_decided([key_a, key_b], &[None, None], false, *same, by, *at)
        }
        Clash::Constraint(raw) => constraint_message(raw),
        // Said by its own words ([`clash_messages`]); never asked here.
        Clash::OlderEdition { .. } => Message::new("request.internal"),
    }
}

/// The refusal of a decision on a pair of facilities decided already: each facility as people know it (name, city,
/// country in the reader's language) with its key beside it for the API's caller, or by its key alone where the
/// graph no longer holds it, or the one facility both keys are since a decision merged them; the decision on record,
/// by whom and when.
fn match_decided(
    keys: [&str; 2],
    places: &[Option<(String, String, crate::domain::CountryCode)>; 2],
    one: bool,
    same: bool,
    by: &str,
    at: chrono::DateTime<chrono::Utc>,
) -> Message {
    let facility = |key: &str, place: &Option<(String, String, crate::domain::CountryCode)>| match place {
        Some((name, city, country)) => Message::new("graph.refused.decided_facility")
            .text("name", name.clone())
            .text("city", city.clone())
            .names("country", country.name_en(), country.name_fr())
            .text("key", key),
        None => Message::new("graph.refused.decided_key").text("key", key),
    };
    let [pa, pb] = places;
    let [ka, kb] = keys;
    let decision = if same { "request.clash.same_place" } else { "request.clash.not_same_place" };
    if let (true, Some(place)) = (one, pa) {
        // Merged by the decision on record: one facility now, named once, with both keys.
        let (name, city, country) = place;
        return Message::new("graph.refused.decided_one")
            .text("name", name.clone())
            .text("city", city.clone())
            .names("country", country.name_en(), country.name_fr())
            .text("key_a", ka)
            .text("key_b", kb)
            .label("decision", decision)
            .text("by", by)
            .with("at", moment(at));
    }
    Message::new("graph.refused.decided")
        .said("a", facility(ka, pa))
        .said("b", facility(kb, pb))
        .label("decision", decision)
        .text("by", by)
        .with("at", moment(at))
}

/// A constraint the database enforced, put into words by the constraint it names: SQLite says `table.column`,
/// PostgreSQL the constraint's name (`table_column_key`, `ux_table_columns`). These are writes that raced another
/// (the checks before them saw nothing) or records with no check of their own.
fn constraint_message(raw: &str) -> Message {
    const KNOWN: &[(&str, &str, &str)] = &[
        ("contract", "number", "request.constraint.contract"),
        ("account", "email", "request.constraint.account"),
        ("declaration", "sha256", "request.constraint.declaration"),
        ("site", "declaration_id", "request.constraint.site"),
        ("supplier", "identity_key", "request.constraint.supplier"),
        ("bid", "solicitation_id", "request.constraint.bid"),
        ("audit_entry", "", "request.constraint.audit"),
        ("screening_edition", "", "request.constraint.edition"),
        ("screening_decision", "", "request.constraint.decision"),
    ];
    let names = |table: &str, column: &str| {
        if column.is_empty() {
            raw.contains(&format!("{table}.")) || raw.contains(&format!("{table}_"))
        } else {
            raw.contains(&format!("{table}.{column}")) || raw.contains(&format!("{table}_{column}"))
        }
    };
    match KNOWN.iter().find(|(table, column, _)| names(table, column)) {
        Some(&(_, _, key)) => Message::new(key),
        None if raw.to_ascii_lowercase().contains("foreign key") => Message::new("request.constraint.foreign_key"),
        None => Message::new("request.constraint.other").text("raw", raw),
    }
}

/// [`constraint_message`] in English and in French.
#[cfg(test)]
fn constraint_messages(raw: &str) -> (String, String) {
    said(&constraint_message(raw))
}

/// How long a client is asked to wait before trying again when the database is busy or out of reach.
pub(super) const DATABASE_RETRY_AFTER_SECS: u64 = 5;

/// How long a client is asked to wait before sending again a file the reader could not finish on a busy machine.
pub(super) const READER_BUSY_RETRY_AFTER_SECS: u64 = 30;

/// How long a client is asked to wait before asking again for a PDF whose printing failed.
pub(super) const PRINT_RETRY_AFTER_SECS: u64 = 30;

impl From<StorageError> for ApiError {
    fn from(e: StorageError) -> Self {
        match e {
            StorageError::NotFound => ApiError::NotFound,
            StorageError::Conflict(clash) => {
                let (en, fr) = clash_messages(&clash);
                ApiError::ConflictWith { en, fr }
            }
            e if e.is_transient() => {
                tracing::warn!(error = %crate::telemetry::Chain(&e), "database busy or unavailable: answered 503");
                ApiError::DatabaseUnavailable { retry_after_secs: DATABASE_RETRY_AFTER_SECS }
            }
            other => ApiError::internal(other),
        }
    }
}

impl From<SubmitError> for ApiError {
    fn from(e: SubmitError) -> Self {
        match e {
            SubmitError::Rejected(issues) => ApiError::Rejected(issues),
            SubmitError::Storage(s) => s.into(),
            SubmitError::Busy(why) => {
                tracing::warn!(error = %crate::telemetry::Chain(&why), "reader starved of processor time: answered 503");
                ApiError::ReaderBusy { retry_after_secs: READER_BUSY_RETRY_AFTER_SECS }
            }
            e @ SubmitError::Worker(_) => ApiError::internal(e),
        }
    }
}

impl From<crate::graph_service::GraphError> for ApiError {
    fn from(e: crate::graph_service::GraphError) -> Self {
        use crate::graph_service::GraphError;
        match e {
            GraphError::Storage(s) => s.into(),
            GraphError::NotProposed => {
                ApiError::told(&Message::new("request.graph.not_proposed").text("a", "key_a").text("b", "key_b"))
            }
            GraphError::Decided(d) => {
                let (en, fr) = said(&match_decided([&d.key_a, &d.key_b], &d.places, d.one, d.same, &d.by, d.at));
                ApiError::ConflictWith { en, fr }
            }
            e @ GraphError::Worker(_) => ApiError::internal(e),
        }
    }
}

impl From<ReportError> for ApiError {
    fn from(e: ReportError) -> Self {
        ApiError::internal(e)
    }
}

/// The `Allow` list of a path mounted with `methods` (`GET, POST`): HEAD follows GET, since `head_as_get` answers it.
pub(super) fn allow_with_head(methods: &str) -> String {
    methods
        .split(", ")
        .flat_map(|m| if m == "GET" { vec!["GET", "HEAD"] } else { vec![m] })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A request that could not be read, for a fault no reader of ours words better: said in our words in both
/// languages, the library's own (English) kept for the log.
pub fn unreadable(err: &(dyn std::error::Error + 'static)) -> ApiError {
    tracing::info!(detail = %crate::telemetry::Chain(err), "a request could not be read");
    ApiError::told(&Message::new("request.unreadable"))
}

/// A JSON body that could not be read, in our words in both languages: what kind of fault (a field missing, unknown,
/// given twice, of the wrong type …), which field (`path`, as
/// `serde_path_to_error` gives it: `overrides[0].in_force`; empty or `.` for the whole body), where (the reader's own
/// text is English only, and is never shown).
pub fn json_unreadable(e: &serde_json::Error, path: &str) -> ApiError {
    json_refused(e, path, None)
}

/// [`json_unreadable`] knowing the body as JSON (`body`), so that a refused value is quoted beside its field: a day
/// that is not in the calendar (`dated` “2026-02-30”), a code not of its list (`indicators[0]`
/// “below_minimum_working_age”), a value of the wrong type. A field the request does not take is named with those it
/// takes, and the one surely meant when it is a slip away (`indicator`: did you mean `indicators`?).
pub fn json_refused(e: &serde_json::Error, path: &str, body: Option<&serde_json::Value>) -> ApiError {
    use serde_json::error::Category;
    let (line, column) = (e.line(), e.column());
    let text = e.to_string();
    let path = Some(path).filter(|p| !p.is_empty() && *p != ".");
    // The field a data error names between backquotes (`missing field `x``, `unknown field `x``), under its path.
    let named = text.split('`').nth(1).filter(|f| !f.is_empty() && f.len() <= 64).map(|f| match path {
        Some(p) if !p.ends_with(f) => format!("{p}.{f}"),
        _ => f.to_string(),
    });
    // The values a closed field takes, as serde lists them after `expected` (`one of `a`, `b``, `` `a` or `b` ``).
    let expected = |after: &str| -> Vec<&str> {
        text.split_once(after)
            .and_then(|(_, rest)| rest.split_once("expected "))
            .map(|(_, list)| list.split('`').skip(1).step_by(2).collect())
            .unwrap_or_default()
    };
    let accepted = expected("unknown variant");
    // The value refused, quoted as a refusal quotes it, when the body and the field's path are known.
    let given_value = path.and_then(|p| body.and_then(|b| value_at(b, p)));
    let given = given_value.map(|v| match v {
        serde_json::Value::String(s) => shown(s),
        other => shown(&other.to_string()),
    });
    // What the refused value is in JSON, so that a text is told from the literal it spells (`"false"`, `"12"`).
    let given_kind = match given_value {
        Some(serde_json::Value::String(_)) => "text",
        Some(serde_json::Value::Number(_)) => "number",
        Some(serde_json::Value::Bool(_)) => "boolean",
        Some(serde_json::Value::Array(_)) => "list",
        Some(serde_json::Value::Object(_)) => "object",
        _ => "other",
    };
    // serde_json knows where an error is in the text it reads, not in a document read before (line 0).
    let at = |m: Message| m.number("line", line as f64).number("column", column as f64);
    let why = match (e.classify(), named) {
        (Category::Eof, _) => at(Message::new("request.json.eof")),
        (Category::Syntax, _) => at(Message::new("request.json.syntax")),
        (Category::Data, Some(f)) if text.starts_with("missing field") => {
            Message::new("request.json.missing").text("field", f)
        }
        (Category::Data, Some(f)) if text.starts_with("unknown field") => {
            let takes = expected("unknown field");
            let given_name = text.split('`').nth(1).unwrap_or_default();
            let takes_said = if takes.is_empty() {
                Message::new("request.takes_none")
            } else {
                Message::new("request.takes").with("names", quoted_list(&takes))
            };
            let why = Message::new("request.json.unknown").text("field", f).said("takes", takes_said);
            match surely_meant(given_name, &takes) {
                Some(k) => Message::new("request.meant").said("why", why).text("meant", k),
                None => why,
            }
        }
        (Category::Data, Some(f)) if text.starts_with("duplicate field") => {
            Message::new("request.json.duplicate").text("field", f)
        }
        (Category::Data, _) if !accepted.is_empty() => {
            let field = path.unwrap_or("?");
            let why = match &given {
                Some(v) => Message::new("request.json.one_of_given").text("field", field).text("value", v.clone()),
                None => Message::new("request.json.one_of").text("field", field),
            }
            .text("values", accepted.join(", "));
            match given.as_deref().and_then(|g| surely_meant(g, &accepted)) {
                Some(k) => Message::new("request.meant").said("why", why).text("meant", k),
                None => why,
            }
        }
        (Category::Data, _) => match (path, given) {
            (Some(field), Some(value)) if is_day_refused(&text) => {
                Message::new("request.json.day").text("field", field).text("value", value)
            }
            (Some(field), Some(value)) => Message::new("request.json.wrong_value")
                .text("field", field)
                .text("value", value)
                .text("kind", given_kind),
            (Some(field), None) if line == 0 => Message::new("request.json.wrong_type_bare").text("field", field),
            (Some(field), None) => at(Message::new("request.json.wrong_type").text("field", field)),
            (None, _) if line == 0 => Message::new("request.json.body_type_bare"),
            (None, _) => at(Message::new("request.json.body_type")),
        },
        (Category::Io, _) => Message::new("request.json.io"),
    };
    // A reason that ends on a question (`did you mean “note”?`) takes no full stop after it.
    let asks = if why.key == "request.meant" { "yes" } else { "no" };
    ApiError::told(&Message::new("request.json.refused").said("why", why).text("asks", asks))
}

/// Whether a data error is chrono's refusal of a date (`NaiveDate` read from a string): its words, as chrono's
/// `ParseError` says them.
fn is_day_refused(text: &str) -> bool {
    [
        "input is out of range",
        "no possible date and time matching input",
        "input is not enough for unique date and time",
        "input contains invalid characters",
        "premature end of input",
        "trailing input",
        "bad or unsupported format string",
    ]
    .iter()
    .any(|t| text.starts_with(t))
}

/// The value at a serde path (`overrides[0].in_force`, `indicators[1]`) of a JSON document.
fn value_at<'v>(root: &'v serde_json::Value, path: &str) -> Option<&'v serde_json::Value> {
    let mut here = root;
    for segment in path.split('.') {
        let (name, mut rest) = match segment.find('[') {
            Some(i) => (segment.get(..i)?, segment.get(i..)?),
            None => (segment, ""),
        };
        if !name.is_empty() {
            here = here.get(name)?;
        }
        while let Some(after) = rest.strip_prefix('[') {
            let (index, tail) = after.split_once(']')?;
            here = here.get(index.parse::<usize>().ok()?)?;
            rest = tail;
        }
    }
    Some(here)
}

/// The one of `known` that `given` surely means: the same but for case, accents or punctuation
/// (`params::meant`'s rule), or one slip away (a letter left out, added, changed or two swapped: `indicator`,
/// `credibilty`) when only one is.
fn surely_meant<'k>(given: &str, known: &[&'k str]) -> Option<&'k str> {
    let folded = crate::domain::text::fold_label(given);
    if let Some(k) = known.iter().find(|k| crate::domain::text::fold_label(k) == folded) {
        return Some(k);
    }
    let g: Vec<char> = folded.chars().collect();
    if g.len() < 4 {
        return None;
    }
    let near: Vec<&&str> = known
        .iter()
        .filter(|k| one_slip(&g, &crate::domain::text::fold_label(k).chars().collect::<Vec<_>>()))
        .collect();
    match near.as_slice() {
        [only] => Some(**only),
        _ => None,
    }
}

/// Whether two words differ by one letter left out or added, one changed, or two neighbours swapped.
fn one_slip(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let start = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    match long.len() - short.len() {
        0 => {
            let end = short.iter().rev().zip(long.iter().rev()).take_while(|(x, y)| x == y).count();
            let differing = short.len().saturating_sub(start + end);
            differing == 1
                || (differing == 2
                    && short.get(start) == long.get(start + 1)
                    && short.get(start + 1) == long.get(start))
        }
        1 => short.get(start..) == long.get(start + 1..),
        _ => false,
    }
}

/// Failures of actix's own extractors as errors in our words (bodies over their limit are 413), answered by
/// `error_page::for_door`. The handlers read queries, ids and forms with `web::params`, whose refusals name the
/// parameter; these configs stay for what is still read by actix (a path's text, which cannot fail) and as a guard.
pub(super) mod extractors {
    use actix_web::error::{JsonPayloadError, PathError, QueryPayloadError, UrlencodedError};

    use super::{ApiError, Message, unreadable};

    pub fn json(e: JsonPayloadError) -> ApiError {
        match e {
            JsonPayloadError::OverflowKnownLength { limit, .. } | JsonPayloadError::Overflow { limit } => {
                ApiError::PayloadTooLarge { limit_bytes: limit as u64, file: None, sent: super::Sent::Body }
            }
            JsonPayloadError::Deserialize(e) => super::json_unreadable(&e, ""),
            JsonPayloadError::ContentType => ApiError::told(&Message::new("request.json.content_type")),
            other => unreadable(&other),
        }
    }

    pub fn form(e: UrlencodedError) -> ApiError {
        match e {
            UrlencodedError::Overflow { limit, .. } => {
                ApiError::PayloadTooLarge { limit_bytes: limit as u64, file: None, sent: super::Sent::Body }
            }
            other => unreadable(&other),
        }
    }

    pub fn query(e: QueryPayloadError) -> ApiError {
        unreadable(&e)
    }

    pub fn path(e: PathError) -> ApiError {
        unreadable(&e)
    }
}

/// How many errors a refusal lists (its plural form chosen by CLDR's rules of each language: English `one` is 1,
/// French `one` is 0 and 1).
fn errors_counted(issues: &[crate::domain::Issue]) -> f64 {
    issues.iter().filter(|i| i.level == crate::domain::IssueLevel::Error).count() as f64
}

/// A message of the catalogues in English and in French, said by the catalogues compiled in
/// ([`Catalog::shared`](crate::reports::Catalog::shared)): what has no request's catalogue at hand (`ApiError`'s
/// words) says its messages here. Its key in both languages if the catalogues could not be read (unreachable: a test
/// loads them).
pub(crate) fn said(message: &Message) -> (String, String) {
    crate::reports::Catalog::shared()
        .map_or_else(|| (message.key.to_string(), message.key.to_string()), |c| c.say_both(message))
}

/// Names quoted as a refusal quotes each (`request.quoted`: “limit” / « limit »), joined by commas: the names a
/// refusal lists (the parameters an address takes, the parts a form takes).
pub(crate) fn quoted_list<S: AsRef<str>>(names: &[S]) -> MessageArg {
    let each = |lang: Lang| {
        names
            .iter()
            .map(|n| match crate::reports::Catalog::shared() {
                Some(c) => c.say(lang, &Message::new("request.quoted").text("text", n.as_ref())),
                None => n.as_ref().to_string(),
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    MessageArg::Names { en: each(Lang::En), fr: each(Lang::Fr) }
}

/// A value as a refusal quotes it: at most 40 characters, each the character policy refuses in a line of text (a
/// control character, a line break, a bidirectional control that would reorder the message around it, an invisible
/// character: `domain::characters::kind_of`) as `�`. A refusal that names such a character says it by its code point.
pub(crate) fn shown(value: &str) -> String {
    let mut out: String = value
        .chars()
        .take(40)
        .map(|c| if crate::domain::characters::kind_of(c, false).is_some() { '\u{FFFD}' } else { c })
        .collect::<String>();
    if value.chars().nth(40).is_some() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use actix_web::ResponseError;
    use actix_web::body::MessageBody;
    use actix_web::http::StatusCode;

    use super::ApiError;
    use crate::storage::{StorageError, Store, testing};

    fn body_of(e: &ApiError) -> serde_json::Value {
        let bytes = e.error_response().into_body().try_into_bytes().unwrap();
        serde_json::from_slice(&bytes).unwrap()
    }

    /// README: a write the database holds up longer than a write may wait is a 503 `database_unavailable` with
    /// `Retry-After`. On PostgreSQL a table locked by another session stops the write at the store's wait (here 1 s,
    /// 30 s in service) instead of waiting as long as the lock is held; nothing is stored.
    #[tokio::test]
    async fn a_postgres_write_held_by_a_lock_past_its_wait_is_answered_503_with_retry_after() {
        let Ok(base) = std::env::var("CHAINON_TEST_POSTGRES_URL").map(|b| b.trim().to_string()) else { return };
        if base.is_empty() {
            return;
        }
        let url = testing::fresh_postgres_database(&base).await.unwrap();
        let holder = Store::connect(&url).await.unwrap();
        let store = Store::connect_waiting(&url, Some(2), std::time::Duration::from_secs(1)).await.unwrap();
        let lock = holder.write().await.unwrap();
        sea_orm::ConnectionTrait::execute_unprepared(&*lock, "LOCK TABLE audit_entry IN ACCESS EXCLUSIVE MODE")
            .await
            .unwrap();
        // Every write appends to the audit log: this one meets the lock.
        let refused = store.add_evaluation_note("W8486-26/006", None, "while locked", "tests").await.unwrap_err();
        lock.finish(Ok(())).await.unwrap();
        assert!(matches!(refused, StorageError::Busy(_)), "{refused:?}");
        let e = ApiError::from(refused);
        assert_eq!(e.status_code(), StatusCode::SERVICE_UNAVAILABLE);
        let response = e.error_response();
        assert!(response.headers().contains_key(actix_web::http::header::RETRY_AFTER));
        assert_eq!(body_of(&e)["error"], "database_unavailable");
        assert!(store.evaluation_notes("W8486-26/006").await.unwrap().is_empty(), "nothing stored");
        // With the lock gone the same write goes through.
        store.add_evaluation_note("W8486-26/006", None, "after the lock", "tests").await.unwrap();
    }

    #[tokio::test]
    async fn a_unique_violation_in_the_database_is_answered_409_conflict() {
        let store = Store::connect("sqlite::memory:").await.unwrap();
        testing::execute_raw(&store, "CREATE TABLE probe (code TEXT NOT NULL UNIQUE)").await.unwrap();
        testing::execute_raw(&store, "INSERT INTO probe (code) VALUES ('a')").await.unwrap();
        let refused = testing::execute_raw(&store, "INSERT INTO probe (code) VALUES ('a')").await.unwrap_err();
        assert!(matches!(refused, StorageError::Conflict(_)), "{refused:?}");
        let e = ApiError::from(refused);
        assert_eq!(e.status_code(), StatusCode::CONFLICT);
        assert_eq!(body_of(&e)["error"], "conflict");
    }

    #[test]
    fn each_constraint_the_database_names_is_told_as_its_own_record_in_both_languages() {
        use crate::storage::Clash;
        let generic = super::constraint_messages("some_other_thing");
        let cases = [
            (
                "UNIQUE constraint failed: contract.number",
                "duplicate key value violates unique constraint \"contract_number_key\"",
                "contract",
            ),
            (
                "UNIQUE constraint failed: account.email",
                "duplicate key value violates unique constraint \"account_email_key\"",
                "e-mail",
            ),
            (
                "UNIQUE constraint failed: declaration.sha256",
                "duplicate key value violates unique constraint \"declaration_sha256_key\"",
                "same file",
            ),
            (
                "UNIQUE constraint failed: site.declaration_id, site.site_ref",
                "duplicate key value violates unique constraint \"ux_site_declaration_id_site_ref\"",
                "Site ID",
            ),
        ];
        for (sqlite, postgres, says) in cases {
            for raw in [sqlite, postgres] {
                let (en, fr) = super::clash_messages(&Clash::Constraint(raw.into()));
                assert!(en.contains(says) && !fr.is_empty() && fr != en, "{raw}: {en} / {fr}");
                assert_ne!((en.clone(), fr.clone()), generic);
                assert!(!en.contains("conflicts with data already stored"));
            }
        }
        let (en, fr) =
            super::clash_messages(&Clash::HitDecided { hit: 7, status: "dismissed".into(), by: None, at: None });
        assert!(en.contains("hit 7 is already dismissed") && fr.contains("7 est déjà écartée"), "{en} / {fr}");
        // A hit closed without a decision says why in words, never with its status code.
        for (status, en_says, fr_says) in [
            ("superseded", "newer declaration", "déclaration plus récente"),
            ("entry_removed", "no longer on the list's latest edition", "ne figure plus dans la dernière édition"),
            ("confirmed", "already confirmed", "déjà confirmée"),
        ] {
            let (en, fr) =
                super::clash_messages(&Clash::HitDecided { hit: 3, status: status.into(), by: None, at: None });
            assert!(en.contains(en_says) && fr.contains(fr_says), "{en} / {fr}");
            for code in ["superseded", "entry_removed"] {
                assert!(!en.contains(code) && !fr.contains(code), "{en} / {fr}");
            }
            assert!(!en.contains("decided once") || status == "confirmed", "{en}");
        }
    }

    #[test]
    fn an_internal_error_keeps_its_cause_for_the_log_and_answers_a_bare_500() {
        let cause = std::io::Error::other("disk /var/lib/secret-volume failed");
        let e = ApiError::from(crate::pipeline::SubmitError::Worker(Box::new(cause)));
        assert_eq!(e.chain(), "internal error: the parsing worker failed: disk /var/lib/secret-volume failed");
        assert_eq!(e.status_code(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = body_of(&e);
        assert_eq!(body["error"], "internal_error");
        let text = body.to_string();
        assert!(!text.contains("secret-volume") && !text.contains("worker"), "{text}");
    }

    /// A store the database has gone from: on SQLite a file opened read-only (a write is refused by the driver,
    /// SQLITE_READONLY), on PostgreSQL a database that takes no connection any more; with the driver's words for it.
    /// The SQLite file lives in the folder returned, removed with it when the caller drops it.
    async fn lost_stores() -> (tempfile::TempDir, Vec<(Store, &'static str)>) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lost.db");
        let url = format!("sqlite://{}?mode=rwc", path.display());
        Store::connect(&url).await.unwrap();
        let read_only = Store::connect(&format!("sqlite://{}?mode=ro", path.display())).await.unwrap();
        let mut out = vec![(read_only, "readonly database")];
        if let Ok(base) = std::env::var("CHAINON_TEST_POSTGRES_URL").map(|b| b.trim().to_string()) {
            if !base.is_empty() {
                let url = testing::fresh_postgres_database(&base).await.unwrap();
                let store = Store::connect(&url).await.unwrap();
                testing::set_postgres_reachable(&base, &url, false).await.unwrap();
                out.push((store, "accepting connections"));
            }
        }
        (dir, out)
    }

    /// A storage failure's log line carries the driver's words through the chain of causes; the client's answer
    /// never does (503 with its wait, or a bare 500).
    #[tokio::test]
    async fn a_storage_failure_is_logged_with_the_drivers_words_and_answered_without_them() {
        let (_dir, lost) = lost_stores().await;
        for (store, driver_says) in lost {
            let log = crate::telemetry::Captured::start();
            let lost =
                testing::execute_raw(&store, "CREATE TABLE probe_of_a_lost_database (x INTEGER)").await.unwrap_err();
            assert!(lost.is_transient(), "{lost:?}");
            // The driver's error is the storage error's cause, not a copy of its words.
            let cause = std::error::Error::source(&lost).map(ToString::to_string).unwrap_or_default();
            assert!(cause.contains(driver_says), "{lost:?}");
            let e = ApiError::from(lost);
            assert_eq!(e.status_code(), StatusCode::SERVICE_UNAVAILABLE);
            let line = log.text();
            assert!(line.contains("database unavailable: ") && line.contains(driver_says), "{line}");
            let body = body_of(&e).to_string();
            assert!(!body.contains(driver_says) && !body.contains("probe_of"), "{body}");
        }
        // A statement the database refuses: a bare 500, its causes in the log.
        let mut stores = vec![Store::connect("sqlite::memory:").await.unwrap()];
        if let Ok(base) = std::env::var("CHAINON_TEST_POSTGRES_URL").map(|b| b.trim().to_string()) {
            if !base.is_empty() {
                stores.push(Store::connect(&testing::fresh_postgres_database(&base).await.unwrap()).await.unwrap());
            }
        }
        for store in stores {
            let log = crate::telemetry::Captured::start();
            let failed = testing::execute_raw(&store, "SELECT x FROM no_such_probe_table").await.unwrap_err();
            let e = ApiError::from(failed);
            let body = body_of(&e).to_string();
            let line = log.text();
            // `internal error: database error: …` down to the driver's own words, which name the table.
            assert!(
                line.contains("internal error: database error: ") && line.contains("no_such_probe_table"),
                "{line}"
            );
            assert_eq!(body_of(&e)["error"], "internal_error");
            assert!(!body.contains("no_such_probe_table") && !body.contains("database error"), "{body}");
        }
    }

    /// A request that cannot be read is logged with every cause beneath the library's error (a query's or a path's
    /// deserialiser, a multipart parser's payload error), and answered in our words only.
    #[test]
    fn a_request_that_cannot_be_read_is_logged_with_its_causes_and_answered_without_them() {
        #[derive(Debug, thiserror::Error)]
        #[error("query deserialize error")]
        struct Outer(#[source] std::io::Error);
        let log = crate::telemetry::Captured::start();
        let e = super::unreadable(&Outer(std::io::Error::other("invalid digit found in string q7z")));
        let line = log.text();
        assert!(line.contains("query deserialize error: invalid digit found in string q7z"), "{line}");
        let body = body_of(&e).to_string();
        assert!(!body.contains("q7z") && !body.contains("deserialize"), "{body}");
    }

    #[test]
    fn the_words_of_a_wait_follow_its_retry_after_in_both_languages() {
        for (e, secs, en, fr) in [
            (ApiError::TooManyRequests { retry_after_secs: 2 }, "2", "in 2 seconds.", "dans 2 secondes."),
            (ApiError::TooManyRequests { retry_after_secs: 1 }, "1", "in 1 second.", "dans 1 seconde."),
            (ApiError::Busy { retry_after_secs: 5 }, "5", "in 5 seconds.", "dans 5 secondes."),
            (ApiError::UploadsBusy { retry_after_secs: 10 }, "10", "in 10 seconds.", "dans 10 secondes."),
            (ApiError::ReaderBusy { retry_after_secs: 30 }, "30", "in 30 seconds.", "dans 30 secondes."),
            (ApiError::PrintFailed { retry_after_secs: 30 }, "30", "in 30 seconds.", "dans 30 secondes."),
            (ApiError::DatabaseUnavailable { retry_after_secs: 300 }, "300", "in 5 minutes.", "dans 5 minutes."),
        ] {
            let response = e.error_response();
            assert_eq!(response.headers().get(actix_web::http::header::RETRY_AFTER).unwrap(), secs);
            let body = body_of(&e);
            let (got_en, got_fr) = (body["message"].as_str().unwrap(), body["message_fr"].as_str().unwrap());
            assert!(got_en.ends_with(en), "{got_en}");
            assert!(got_fr.replace('\u{a0}', " ").ends_with(fr), "{got_fr}");
            assert!(!got_en.contains("minute") || secs == "300", "{got_en}");
        }
    }

    /// The service's own answers are the catalogues' (`requests.ftl`): French spaced before its punctuation, counts in
    /// each language's plural forms, values quoted in each language's marks.
    #[test]
    fn the_service_s_answers_are_said_by_the_catalogues_spaced_counted_and_quoted() {
        use crate::domain::Issue;
        let issues = |n: usize| (0..n).map(|i| Issue::error("x", None, format!("e{i}"), "f")).collect::<Vec<_>>();
        assert_eq!(ApiError::Forbidden.messages().1, "Votre rôle ne le permet pas\u{202f}; rien n'a été modifié.");
        assert_eq!(
            ApiError::Rejected(issues(1)).messages().0,
            "The declaration was refused: 1 error, listed in “issues”. Nothing was stored."
        );
        assert_eq!(
            ApiError::Rejected(issues(2)).messages().1,
            "La déclaration a été refusée\u{a0}: 2 erreurs, énumérées dans «\u{a0}issues\u{a0}». Rien n'a été enregistré."
        );
        let (en, fr) = ApiError::ListRejected(issues(0)).messages();
        assert!(en.contains(": 0 errors, listed") && fr.contains("\u{a0}: 0 erreur, énumérée dans"), "{en} / {fr}");
        let (en, fr) = super::constraint_messages("UNIQUE constraint failed: contract.number");
        assert!(en.ends_with("recorded once. Nothing was changed."), "{en}");
        assert!(fr.starts_with("number\u{a0}: un contrat") && fr.contains("même moment\u{202f}; un numéro"), "{fr}");
        let (en, fr) = ApiError::PayloadTooLarge {
            limit_bytes: 2048,
            file: Some("a.xlsx".into()),
            sent: super::Sent::Declaration,
        }
        .messages();
        assert!(en.starts_with("The file “a.xlsx” is larger than the limit of 2 KiB; nothing was stored."), "{en}");
        assert!(
            fr.starts_with("Le fichier «\u{a0}a.xlsx\u{a0}» dépasse la limite de 2\u{a0}Kio\u{202f}; rien"),
            "{fr}"
        );
        let e = ApiError::from(crate::storage::StorageError::Conflict(crate::storage::Clash::HitDecided {
            hit: 4,
            status: "confirmed".into(),
            by: Some("a@b.c".into()),
            at: chrono::DateTime::from_timestamp(1_700_000_000, 0),
        }));
        let (en, fr) = e.messages();
        assert!(
            en.starts_with("Screening hit 4 is already confirmed: a hit is decided once")
                && en.contains("(confirmed by a@b.c on "),
            "{en}"
        );
        assert!(fr.contains("4 est déjà confirmée\u{a0}: une") && fr.contains("(confirmée par a@b.c le "), "{fr}");
    }

    /// A pair of facilities decided already is named as people know it: two facilities by name, city and country
    /// in the reader's language, each key beside; one the graph no longer holds by its key; the maker as given.
    #[test]
    fn a_pair_decided_already_names_its_facilities_in_the_reader_s_language() {
        use crate::domain::CountryCode;
        let cc = |c: &str| CountryCode::parse(c).unwrap();
        let d = crate::graph_service::DecidedPair {
            key_a: "na:DE:mill:1 strasse".into(),
            key_b: "na:CI:mill two:2 rue".into(),
            places: [
                Some(("Spinnerei Nord".into(), "Hamburg".into(), cc("DE"))),
                Some(("Filature Sud".into(), "Abidjan".into(), cc("CI"))),
            ],
            one: false,
            same: false,
            by: "Sam Officer".into(),
            at: chrono::DateTime::from_timestamp(1_790_000_000, 0).unwrap(),
        };
        let (en, fr) = ApiError::from(crate::graph_service::GraphError::Decided(Box::new(d.clone()))).messages();
        assert!(
            en.starts_with(
                "Facilities “Spinnerei Nord” (Hamburg, Germany; key na:DE:mill:1 strasse) and “Filature Sud” \
                 (Abidjan, Côte d'Ivoire; key na:CI:mill two:2 rue) were decided already: not the same place, by Sam \
                 Officer on "
            ),
            "{en}"
        );
        assert!(fr.contains("(Hamburg, Allemagne\u{202f}; clé na:DE:mill:1 strasse)"), "{fr}");
        assert!(fr.contains("pas le même lieu, par Sam Officer le "), "{fr}");
        // A key the graph no longer holds: by its key alone.
        let gone = crate::graph_service::DecidedPair { places: [d.places[0].clone(), None], ..d };
        let (en, _) = ApiError::from(crate::graph_service::GraphError::Decided(Box::new(gone))).messages();
        assert!(en.contains("and with key na:CI:mill two:2 rue (no longer in the graph) were decided"), "{en}");
    }

    /// The declaration in force is named in each language's word order: « la déclaration permanente du
    /// fournisseur », never « la déclaration du fournisseur permanente ».
    #[test]
    fn the_declaration_in_force_is_named_in_each_language_s_word_order() {
        let day = |d: &str| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap();
        let clash = |solicitation: Option<&str>| crate::storage::Clash::NewerDeclaration {
            id: 7,
            received_at: chrono::DateTime::from_timestamp(1_790_000_000, 0).unwrap(),
            declaration_date: day("2026-10-14"),
            refused_date: day("2026-10-01"),
            solicitation: solicitation.map(str::to_string),
        };
        let (en, fr) = super::clash_messages(&clash(None));
        assert!(
            en.contains("before the supplier's standing declaration (no solicitation) dated October 14, 2026"),
            "{en}"
        );
        assert!(
            fr.contains("avant la déclaration permanente du fournisseur (sans invitation) datée du 14 octobre"),
            "{fr}"
        );
        assert!(!fr.contains("fournisseur permanente"), "{fr}");
        let (en, fr) = super::clash_messages(&clash(Some("W8486-240001/A")));
        assert!(en.contains("the supplier's declaration for solicitation W8486-240001/A dated October 14"), "{en}");
        assert!(
            fr.contains("la déclaration du fournisseur pour l'invitation W8486-240001/A datée du 14 octobre"),
            "{fr}"
        );
    }

    /// Every issue of a refused declaration that concerns a field names it: its code (the JSON key), and its labels
    /// in both languages, whatever label or key the issue carries.
    #[test]
    fn an_intake_issue_names_its_field_by_code_and_in_both_languages() {
        use crate::domain::Issue;
        for (field, code, en, fr) in [
            ("Share of value %", "share_of_value", "Share of value %", "Part de la valeur %"),
            ("Share of value", "share_of_value", "Share of value %", "Part de la valeur %"),
            ("Legal name", "legal_name", "Legal name", "Dénomination sociale"),
            ("workers", "workers", "Workers", "Travailleurs"),
            ("Valeur CAD", "value_cad", "Value CAD", "Valeur CAD"),
            ("Dénomination sociale", "legal_name", "Legal name", "Dénomination sociale"),
            ("Operator business number", "operator_business_number", "Operator business number", "NE de l'exploitant"),
        ] {
            let json = serde_json::to_value(super::IssueJson::of(Issue::error("x", Some(field), "e", "f"))).unwrap();
            assert_eq!((json["field_code"].as_str(), json["field"].as_str()), (Some(code), Some(en)), "{json}");
            assert_eq!(json["field_fr"], fr, "{json}");
        }
        let json = serde_json::to_value(super::IssueJson::of(Issue::error("x", None, "e", "f"))).unwrap();
        assert!(json.get("field_code").is_none() && json.get("field_fr").is_none(), "{json}");
    }
}
