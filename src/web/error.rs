//! The one error type of the HTTP layer: every failure becomes the same JSON shape
//! `{"error": "snake_code", "message": "…", "message_fr": "…", "issues": […]}`; 5xx bodies say nothing internal.

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderName};
use actix_web::{HttpResponse, ResponseError};
use serde::Serialize;

use crate::domain::Issue;
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
        IssueJson { field_code, field_fr, ..IssueJson::plain(issue) }
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
    fn too_large(self, limit_bytes: u64, file: Option<&str>) -> (String, String) {
        let (size_en, size_fr) = crate::import::size_words(limit_bytes);
        let (what_en, what_fr) = match (self, file) {
            (Sent::Body, _) => ("What was sent is".to_string(), "L'envoi dépasse".to_string()),
            (Sent::Attachments, _) => (
                "The files attached to the form are, in all,".to_string(),
                "Les fichiers joints au formulaire dépassent, en tout,".to_string(),
            ),
            (_, Some(f)) => (format!("The file “{f}” is"), format!("Le fichier « {f} » dépasse")),
            (Sent::Declaration, None) => {
                ("The declaration file sent is".to_string(), "Le fichier de déclaration envoyé dépasse".to_string())
            }
            (Sent::ListFile, None) => {
                ("The list file sent is".to_string(), "Le fichier de liste envoyé dépasse".to_string())
            }
        };
        let (advice_en, advice_fr): (String, String) = match self {
            Sent::Body => (
                "Send less: a shorter text, or fewer values.".into(),
                "Envoyez moins : un texte plus court, ou moins de valeurs.".into(),
            ),
            Sent::Declaration => (
                "Send a smaller file (a declaration in CSV files in a zip, or in JSON, is smaller).".into(),
                "Envoyez un fichier plus petit (une déclaration en fichiers CSV dans un zip, ou en JSON, est plus petite)."
                    .into(),
            ),
            Sent::ListFile => (
                "Send the publisher's file as it is put out, one list a file, not compressed or bundled with others; \
                 for a larger list, an administrator raises `limits.max_list_file_bytes`."
                    .into(),
                "Envoyez le fichier de l'éditeur tel qu'il est publié, une liste par fichier, sans le compresser ni \
                 le joindre à d'autres; pour une liste plus grande, un administrateur relève \
                 `limits.max_list_file_bytes`."
                    .into(),
            ),
            Sent::Attachments => {
                use crate::cases::attachments::{MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS};
                let (each_en, each_fr) = crate::import::size_words(MAX_ATTACHMENT_BYTES as u64);
                (
                    format!(
                        "Attach fewer or smaller files (each at most {each_en}, {MAX_ATTACHMENTS} a record entry) and \
                         send the form again."
                    ),
                    format!(
                        "Joignez des fichiers moins nombreux ou plus petits (chacun d'au plus {each_fr}, \
                         {MAX_ATTACHMENTS} par inscription au dossier) et envoyez de nouveau le formulaire."
                    ),
                )
            }
        };
        (
            format!("{what_en} larger than the limit of {size_en}; nothing was stored. {advice_en}"),
            format!("{what_fr} la limite de {size_fr}; rien n'a été enregistré. {advice_fr}"),
        )
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
            ApiError::NotFound => ("There is nothing at this address.".into(), "Il n'y a rien à cette adresse.".into()),
            ApiError::Superseded { declaration, current } => (
                format!(
                    "Declaration {declaration} was replaced by declaration {current}: send requests and notes on the \
                     current one (/bids/{current}/follow-up); nothing was recorded."
                ),
                format!(
                    "La déclaration {declaration} a été remplacée par la déclaration {current} : envoyer demandes et \
                     notes sur la déclaration courante (/bids/{current}/follow-up); rien n'a été enregistré."
                ),
            ),
            ApiError::PayloadTooLarge { limit_bytes, file, sent } => sent.too_large(*limit_bytes, file.as_deref()),
            ApiError::Rejected(issues) => {
                let (en, fr) = errors_counted(issues);
                (
                    format!("The declaration was refused: {en}, listed in `issues`. Nothing was stored."),
                    format!("La déclaration a été refusée : {fr} dans `issues`. Rien n'a été enregistré."),
                )
            }
            ApiError::ListRejected(issues) => {
                let (en, fr) = errors_counted(issues);
                (
                    format!("The list file was refused: {en}, listed in `issues`. Nothing was stored."),
                    format!("Le fichier de liste a été refusé : {fr} dans `issues`. Rien n'a été enregistré."),
                )
            }
            ApiError::Unauthorized => (
                "Sign in first: send a valid API token (Authorization: Bearer …) or a session cookie.".into(),
                "Connectez-vous d'abord : envoyez un jeton d'API valide (Authorization: Bearer …) ou un témoin de session."
                    .into(),
            ),
            ApiError::Forbidden => (
                "Your role does not allow this; nothing was changed.".into(),
                "Votre rôle ne le permet pas; rien n'a été modifié.".into(),
            ),
            ApiError::Csrf => (
                "The form has expired or did not come from this site; reload the page and try again. Nothing was changed."
                    .into(),
                "Le formulaire a expiré ou ne provient pas de ce site; rechargez la page et réessayez. Rien n'a été modifié."
                    .into(),
            ),
            ApiError::MethodNotAllowed { allow } => (
                format!("This address does not answer this method; it answers {allow}."),
                format!("Cette adresse ne répond pas à cette méthode; elle répond à {allow}."),
            ),
            ApiError::TooManyRequests { retry_after_secs } => {
                let (en, fr) = wait(*retry_after_secs);
                (format!("Too many attempts; try again in {en}."), format!("Trop de tentatives; réessayez dans {fr}."))
            }
            ApiError::PrintFailed { retry_after_secs } => {
                let (en, fr) = wait(*retry_after_secs);
                (
                    format!("The PDF could not be printed; the HTML dossier is available. Try again in {en}."),
                    format!("Le PDF n'a pas pu être imprimé; le dossier HTML est disponible. Réessayez dans {fr}."),
                )
            }
            ApiError::DatabaseUnavailable { retry_after_secs } => {
                let (en, fr) = wait(*retry_after_secs);
                (
                    format!("The database is busy or cannot be reached right now; try again in {en}."),
                    format!("La base de données est occupée ou injoignable pour le moment; réessayez dans {fr}."),
                )
            }
            ApiError::Busy { retry_after_secs } => {
                let (en, fr) = wait(*retry_after_secs);
                (
                    format!("The service is computing as many reports as it can at once; try again in {en}."),
                    format!("Le service calcule déjà autant de rapports qu'il le peut à la fois; réessayez dans {fr}."),
                )
            }
            ApiError::UploadsBusy { retry_after_secs } => {
                let (en, fr) = wait(*retry_after_secs);
                (
                    format!(
                        "The service is receiving as many files as it can hold at once; nothing was stored: send the \
                         file again in {en}."
                    ),
                    format!(
                        "Le service reçoit déjà autant de fichiers qu'il peut en garder à la fois; rien n'a été \
                         enregistré : envoyez le fichier de nouveau dans {fr}."
                    ),
                )
            }
            ApiError::ReaderBusy { retry_after_secs } => {
                let (en, fr) = wait(*retry_after_secs);
                (
                    format!(
                        "The service was too busy to finish reading the file in time; the file is not refused and \
                         nothing was stored: send it again in {en}."
                    ),
                    format!(
                        "Le service était trop occupé pour finir de lire le fichier à temps; le fichier n'est pas \
                         refusé et rien n'a été enregistré\u{a0}: envoyez-le de nouveau dans {fr}."
                    ),
                )
            }
            ApiError::Internal(_) => (
                "An internal error occurred; it has been logged.".into(),
                "Une erreur interne s'est produite; elle a été consignée.".into(),
            ),
        }
    }
}

/// A wait of `seconds` in words, English and French: the same length the `Retry-After` header sent with it gives
/// ([`Catalog::wait`](crate::reports::Catalog::wait)).
fn wait(seconds: u64) -> (String, String) {
    use crate::domain::Lang;
    match crate::reports::Catalog::shared() {
        Some(c) => (c.wait(Lang::En, seconds), c.wait(Lang::Fr, seconds)),
        // Unreachable while the compiled-in catalogues load (a test checks); still the true length.
        None => (format!("{seconds} s"), format!("{seconds} s")),
    }
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
        Clash::NewerDeclaration { id, received_at, declaration_date, refused_date, solicitation } => {
            let reference = crate::reports::admin::reference(*id, *received_at);
            // The days in words (`reports::dates::long_date`), ISO only if the catalogues could not be read.
            let say = |lang: crate::domain::Lang, day: &chrono::NaiveDate| match crate::reports::Catalog::shared() {
                Some(c) => crate::reports::dates::long_date(c, lang, *day),
                None => day.to_string(),
            };
            let (refused_en, refused_fr) =
                (say(crate::domain::Lang::En, refused_date), say(crate::domain::Lang::Fr, refused_date));
            let (in_force_en, in_force_fr) =
                (say(crate::domain::Lang::En, declaration_date), say(crate::domain::Lang::Fr, declaration_date));
            let (of_en, of_fr) = match solicitation {
                Some(n) => (format!("for solicitation {n}"), format!("pour l'invitation {n}")),
                None => ("standing (no solicitation)".to_string(), "permanente (sans invitation)".to_string()),
            };
            (
                format!(
                    "Supplier sheet, Declaration date: this declaration is dated {refused_en}, before the \
                     supplier's declaration {of_en} dated {in_force_en} (reference {reference}, declaration {id}), which \
                     stays in force. The declaration in force is the latest dated; send a declaration dated \
                     {in_force_en} or later to replace it. Nothing was stored."
                ),
                format!(
                    "Feuille Fournisseur, Date de la déclaration : cette déclaration est datée du {refused_fr}, \
                     avant la déclaration du fournisseur {of_fr} datée du {in_force_fr} (référence {reference}, déclaration \
                     {id}), qui reste en vigueur. La déclaration en vigueur est la plus récente par sa date; envoyez \
                     une déclaration datée du {in_force_fr} ou après pour la remplacer. Rien n'a été enregistré."
                ),
            )
        }
        Clash::ContractNumber { number, id } => {
            let (at_en, at_fr) = match id {
                Some(id) => (format!(" (/contracts/{id})"), format!(" (/contracts/{id})")),
                None => (String::new(), String::new()),
            };
            (
                format!(
                    "number: contract {number} is already recorded{at_en}; a contract number is recorded once. Nothing was changed."
                ),
                format!(
                    "number : le contrat {number} est déjà enregistré{at_fr}; un numéro de contrat n'est enregistré qu'une fois. Rien n'a été modifié."
                ),
            )
        }
        Clash::AccountEmail(email) => (
            format!(
                "email: an account with the e-mail {email} already exists; an e-mail names one account. Nothing was changed."
            ),
            format!(
                "email : un compte avec le courriel {email} existe déjà; un courriel désigne un seul compte. Rien n'a été modifié."
            ),
        ),
        Clash::HitDecided { hit, status, by, at } => {
            // The status as the storage writes it (`HitStatus`, snake case), in words.
            let (en, fr) = match status.as_str() {
                "confirmed" => (
                    "is already confirmed: a hit is decided once, and its decision stays on record",
                    "est déjà confirmée : une correspondance est tranchée une fois, et sa décision reste au dossier",
                ),
                "dismissed" => (
                    "is already dismissed: a hit is decided once, and its decision stays on record",
                    "est déjà écartée : une correspondance est tranchée une fois, et sa décision reste au dossier",
                ),
                "superseded" => (
                    "is closed: a newer declaration of the supplier replaced the one it was found on, and only an \
                     open hit can be decided",
                    "est close : une déclaration plus récente du fournisseur a remplacé celle où elle a été \
                     trouvée, et seule une correspondance ouverte peut être tranchée",
                ),
                "entry_removed" => (
                    "is closed: its entry, as matched, is no longer on the list's latest edition, and only an open \
                     hit can be decided",
                    "est close : son inscription, telle que rapprochée, ne figure plus dans la dernière édition de \
                     la liste, et seule une correspondance ouverte peut être tranchée",
                ),
                _ => (
                    "is no longer open: only an open hit can be decided",
                    "n'est plus ouverte : seule une correspondance ouverte peut être tranchée",
                ),
            };
            // Who decided it and when, in words (the decision on record).
            let (who_en, who_fr) = match (by, at, crate::reports::Catalog::shared()) {
                (Some(by), Some(at), Some(c)) => {
                    use crate::domain::Lang;
                    let (how_en, how_fr) =
                        if status == "confirmed" { ("confirmed", "confirmée") } else { ("dismissed", "écartée") };
                    (
                        format!(" ({how_en} by {by} on {})", crate::reports::dates::date_time(c, Lang::En, *at)),
                        format!(" ({how_fr} par {by} le {})", crate::reports::dates::date_time(c, Lang::Fr, *at)),
                    )
                }
                _ => (String::new(), String::new()),
            };
            (
                format!("Screening hit {hit} {en}{who_en}. Nothing was changed."),
                format!("La correspondance de filtrage {hit} {fr}{who_fr}. Rien n'a été modifié."),
            )
        }
        Clash::AccountDisabled(id) => (
            format!("Account {id} is disabled: re-enable it before starting a password reset. Nothing was changed."),
            format!(
                "Le compte {id} est désactivé : réactivez-le avant de lancer une réinitialisation du mot de passe. Rien n'a été modifié."
            ),
        ),
        Clash::MatchDecided { key_a, key_b, same, by, at } => {
            use crate::domain::Lang;
            let Some(cat) = crate::reports::Catalog::shared() else {
                // Unreachable while the compiled-in catalogues load (a test checks).
                let en = format!("Facilities {key_a} and {key_b} were decided already (same: {same}, by {by}, {at}).");
                return (en.clone(), en);
            };
            let (is_en, is_fr) =
                if *same { ("the same place", "le même lieu") } else { ("not the same place", "pas le même lieu") };
            let m = crate::domain::Message::new("graph.refused.decided")
                .text("key_a", key_a.clone())
                .text("key_b", key_b.clone())
                .names("decision", is_en, is_fr)
                .text("by", by.clone())
                .names(
                    "at",
                    crate::reports::dates::date_time(cat, Lang::En, *at),
                    crate::reports::dates::date_time(cat, Lang::Fr, *at),
                );
            cat.say_both(&m)
        }
        Clash::Constraint(raw) => constraint_messages(raw),
        Clash::OlderEdition { current, refused } => {
            // The same words as the command line and the import form (`CurrentEdition::refusal`), days in words.
            use crate::domain::Lang;
            let problem = current.refusal(*refused);
            let say = |lang: Lang| {
                problem.message_in(lang, |d| match crate::reports::Catalog::shared() {
                    Some(c) => crate::reports::dates::long_date(c, lang, d),
                    None => d.to_string(),
                })
            };
            (say(Lang::En), say(Lang::Fr))
        }
    }
}

/// A constraint the database enforced, put into words by the constraint it names: SQLite says `table.column`,
/// PostgreSQL the constraint's name (`table_column_key`, `ux_table_columns`). These are writes that raced another
/// (the checks before them saw nothing) or records with no check of their own.
fn constraint_messages(raw: &str) -> (String, String) {
    const KNOWN: &[(&str, &str, &str, &str)] = &[
        (
            "contract",
            "number",
            "number: a contract with this number was recorded at the same time; a contract number is recorded once",
            "number : un contrat portant ce numéro a été enregistré au même moment; un numéro de contrat n'est enregistré qu'une fois",
        ),
        (
            "account",
            "email",
            "email: an account with this e-mail was created at the same time; an e-mail names one account",
            "email : un compte avec ce courriel a été créé au même moment; un courriel désigne un seul compte",
        ),
        (
            "declaration",
            "sha256",
            "file: the same file was stored at the same time; send it again to get its receipt",
            "fichier : le même fichier a été enregistré au même moment; renvoyez-le pour obtenir son accusé de réception",
        ),
        (
            "site",
            "declaration_id",
            "PlacesOfWork, Site ID: two sites of the declaration have the same Site ID",
            "Lieux de travail, ID du lieu : deux lieux de la déclaration ont le même ID du lieu",
        ),
        (
            "supplier",
            "identity_key",
            "Supplier: a declaration of the same supplier was stored at the same time; send yours again",
            "Fournisseur : une déclaration du même fournisseur a été enregistrée au même moment; renvoyez la vôtre",
        ),
        (
            "bid",
            "solicitation_id",
            "Supplier: a bid of the same supplier for this solicitation was stored at the same time; send yours again",
            "Fournisseur : une soumission du même fournisseur pour cette invitation a été enregistrée au même moment; renvoyez la vôtre",
        ),
        (
            "audit_entry",
            "",
            "another change was recorded in the audit log at the same moment; send the request again",
            "une autre modification a été consignée au journal d'audit au même moment; renvoyez la requête",
        ),
        (
            "screening_edition",
            "",
            "the same list file was imported at the same time; it is stored once",
            "le même fichier de liste a été importé au même moment; il n'est enregistré qu'une fois",
        ),
        (
            "screening_decision",
            "",
            "a decision on the same hit was recorded at the same time; a hit is decided once",
            "une décision sur la même correspondance a été enregistrée au même moment; une correspondance est tranchée une fois",
        ),
    ];
    let names = |table: &str, column: &str| {
        if column.is_empty() {
            raw.contains(&format!("{table}.")) || raw.contains(&format!("{table}_"))
        } else {
            raw.contains(&format!("{table}.{column}")) || raw.contains(&format!("{table}_{column}"))
        }
    };
    match KNOWN.iter().find(|(table, column, _, _)| names(table, column)) {
        Some((_, _, en, fr)) => (format!("{en}. Nothing was changed."), format!("{fr}. Rien n'a été modifié.")),
        None if raw.to_ascii_lowercase().contains("foreign key") => (
            "The request names a record that does not exist, or one that other records still refer to; nothing was changed."
                .into(),
            "La requête désigne un enregistrement qui n'existe pas, ou auquel d'autres enregistrements renvoient encore; rien n'a été modifié."
                .into(),
        ),
        None => (
            format!("The request repeats a record already stored ({raw}); nothing was changed."),
            format!("La requête répète un enregistrement déjà enregistré ({raw}); rien n'a été modifié."),
        ),
    }
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
            GraphError::NotProposed => ApiError::bad_request(
                "key_a and key_b must be the keys of two facilities proposed as a possible match (GET /api/v1/graph/matches)",
                "key_a et key_b doivent être les clés de deux lieux proposés comme correspondance possible (GET /api/v1/graph/matches)",
            ),
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
    ApiError::bad_request(
        "The request could not be read: its address, query or body is not in the form this address takes (see the \
         API documentation, or send the form again from its page); nothing was changed.",
        "La requête n'a pas pu être lue : son adresse, sa requête ou son corps n'a pas la forme que cette adresse \
         accepte (voir la documentation de l'API, ou renvoyer le formulaire depuis sa page); rien n'a été modifié.",
    )
}

/// A JSON body that could not be read, in our words in both languages: what kind of fault (a field missing, unknown,
/// given twice, of the wrong type …), which field (`path`, as
/// `serde_path_to_error` gives it: `overrides[0].in_force`; empty or `.` for the whole body), where (the reader's own
/// text is English only, and is never shown).
pub fn json_unreadable(e: &serde_json::Error, path: &str) -> ApiError {
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
    let accepted: Vec<&str> = text
        .split_once("unknown variant")
        .and_then(|(_, rest)| rest.split_once("expected "))
        .map(|(_, list)| list.split('`').skip(1).step_by(2).collect())
        .unwrap_or_default();
    let (en, fr) = match (e.classify(), named) {
        (Category::Eof, _) => (
            format!("the body ends before its JSON does (line {line}, column {column})"),
            format!("le corps finit avant son JSON (ligne {line}, colonne {column})"),
        ),
        (Category::Syntax, _) => (
            format!("the body is not valid JSON at line {line}, column {column}"),
            format!("le corps n'est pas du JSON valide à la ligne {line}, colonne {column}"),
        ),
        (Category::Data, Some(f)) if text.starts_with("missing field") => (
            format!("missing field `{f}` (it is required)"),
            format!("il manque le champ « {f} » (il est obligatoire)"),
        ),
        (Category::Data, Some(f)) if text.starts_with("unknown field") => (
            format!("the field `{f}` is not one this request takes"),
            format!("le champ « {f} » n'est pas de ceux que cette requête accepte"),
        ),
        (Category::Data, Some(f)) if text.starts_with("duplicate field") => (
            format!("the field `{f}` is given twice (give each field once)"),
            format!("le champ « {f} » est donné deux fois (donnez chaque champ une seule fois)"),
        ),
        (Category::Data, _) if !accepted.is_empty() => {
            let field = path.unwrap_or("?");
            let list = accepted.join(", ");
            (
                format!("the field `{field}`: use one of {list}"),
                format!("le champ « {field} » : utiliser l'une des valeurs {list}"),
            )
        }
        (Category::Data, _) => match path {
            Some(field) => (
                format!(
                    "the field `{field}` has the wrong type or a value that is not allowed (line {line}, column \
                     {column}; see the API documentation)"
                ),
                format!(
                    "le champ « {field} » n'a pas le bon type ou une valeur permise (ligne {line}, colonne {column}; \
                     voir la documentation de l'API)"
                ),
            ),
            None => (
                format!("the body has the wrong type (line {line}, column {column}; see the API documentation)"),
                format!(
                    "le corps n'a pas le bon type (ligne {line}, colonne {column}; voir la documentation de l'API)"
                ),
            ),
        },
        (Category::Io, _) => {
            ("the body could not be received whole".into(), "le corps n'a pu être reçu en entier".into())
        }
    };
    ApiError::bad_request(
        format!("The request could not be read: {en}."),
        format!("La requête n'a pas pu être lue : {fr}."),
    )
}

/// Failures of actix's own extractors as errors in our words (bodies over their limit are 413), answered by
/// `error_page::for_door`. The handlers read queries, ids and forms with `web::params`, whose refusals name the
/// parameter; these configs stay for what is still read by actix (a path's text, which cannot fail) and as a guard.
pub(super) mod extractors {
    use actix_web::error::{JsonPayloadError, PathError, QueryPayloadError, UrlencodedError};

    use super::{ApiError, unreadable};

    pub fn json(e: JsonPayloadError) -> ApiError {
        match e {
            JsonPayloadError::OverflowKnownLength { limit, .. } | JsonPayloadError::Overflow { limit } => {
                ApiError::PayloadTooLarge { limit_bytes: limit as u64, file: None, sent: super::Sent::Body }
            }
            JsonPayloadError::Deserialize(e) => super::json_unreadable(&e, ""),
            JsonPayloadError::ContentType => ApiError::bad_request(
                "The body must be sent as application/json; nothing was changed.",
                "Le corps doit être envoyé en application/json; rien n'a été modifié.",
            ),
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

/// How many errors a refusal lists, in English and French, each in its plural form (CLDR: English `one` is 1, French
/// `one` is 0 and 1): `1 error` / `2 errors`, `1 erreur, énumérée` / `2 erreurs, énumérées`.
fn errors_counted(issues: &[crate::domain::Issue]) -> (String, String) {
    let n = issues.iter().filter(|i| i.level == crate::domain::IssueLevel::Error).count();
    let en = if n == 1 { format!("{n} error") } else { format!("{n} errors") };
    let fr = if n <= 1 { format!("{n} erreur, énumérée") } else { format!("{n} erreurs, énumérées") };
    (en, fr)
}

/// A value as a refusal quotes it: at most 40 characters, control characters as `�`.
pub(crate) fn shown(value: &str) -> String {
    let mut out: String =
        value.chars().take(40).map(|c| if c.is_control() { '\u{FFFD}' } else { c }).collect::<String>();
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

    /// Every issue of a refused declaration that concerns a field names it: its code (the JSON key), and its labels
    /// in both languages, whatever label or key the issue carries.
    #[test]
    fn an_intake_issue_names_its_field_by_code_and_in_both_languages() {
        use crate::domain::Issue;
        for (field, code, en, fr) in [
            ("Share of value %", "share_of_value", "Share of value %", "Part de la valeur %"),
            ("Legal name", "legal_name", "Legal name", "Dénomination sociale"),
            ("workers", "workers", "workers", "Travailleurs"),
            ("Valeur CAD", "value_cad", "Valeur CAD", "Valeur CAD"),
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
