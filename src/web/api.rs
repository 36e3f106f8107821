//! The JSON API under `/api/v1`, described by the OpenAPI document it serves at `/api/v1/openapi.json`.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use futures_util::StreamExt;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, OpenApi, ToSchema};

use super::answer::{Explained, Labelled, streamed_json};
use super::auth::{self, Action, MaybeViewer, Viewer};
use super::listing::ListQuery;
use super::params::{IdPath, Query};
use super::{ApiError, AppState};
use crate::domain::Lang;
use crate::pipeline;
use crate::storage::{DeclarationFilter, DeclarationSummary, SolicitationSummary};

/// The OpenAPI document of the API.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Chaînon API",
        description = "Supplier declarations, their supply chains and their forced- and child-labour risk assessments, \
                       contracts and compliance cases, the national supply graph and the S-211 figures. \
                       Every route needs an API token (`Authorization: Bearer chn_…`) or a session cookie, except \
                       those whose security is empty (`/openapi.json`, `/template`). \
                       Every error is JSON (`ErrorBody`): {\"error\", \"message\", \"message_fr\", \"issues\"}. \
                       A refused declaration answers 422 `declaration_rejected`, a refused screening list file 422 \
                       `list_rejected`, each with every problem and its place in `issues`. \
                       A method an address does not answer gets 405 with an `Allow` header naming those it does \
                       (the `MethodNotAllowed` response); an address that does not exist gets 404. \
                       Any route reading the database answers 503 `database_unavailable` with `Retry-After` when the \
                       database is busy or out of reach."
    ),
    paths(
        openapi,
        super::health,
        list_declarations,
        upload_declaration,
        get_declaration,
        get_assessment,
        list_solicitations,
        get_solicitation,
        template,
        me,
        list_accounts,
        audit_log,
        super::accounts::list_tokens,
        super::accounts::revoke_token,
        super::accounts::disable_account,
        super::accounts::enable_account,
        super::accounts::change_role,
        super::cases::list_contracts,
        super::cases::create_contract,
        super::cases::get_contract,
        super::cases::open_case,
        super::cases::get_case,
        super::cases::add_event,
        super::cases::s211_figures,
        super::follow_up::api_bid_requests,
        super::follow_up::api_send_request,
        super::follow_up::api_my_requests,
        super::follow_up::api_request,
        super::follow_up::api_answer,
        super::follow_up::api_notes,
        super::follow_up::api_add_note,
        super::follow_up::api_attachments,
        super::follow_up::api_attachment,
        super::graph::api_summary,
        super::graph::api_search,
        super::graph::api_site,
        super::graph::api_concentration,
        super::graph::api_findings,
        super::graph::api_matches,
        super::graph::api_decide,
        super::graph::api_export,
        super::graph::api_chain,
        // Entity screening.
        super::screening::api_lists,
        super::screening::api_import,
        super::screening::api_edition,
        super::screening::api_entries,
        super::screening::api_hits,
        super::screening::api_hit,
        super::screening::api_decide
    ),
    components(schemas(super::error::ErrorBody, CodeLabel)),
    modifiers(&BearerAuth, &CommonResponses),
    security(("bearer" = [])),
    tags(
        (name = "declarations", description = "Submit and read supplier declarations"),
        (name = "solicitations", description = "Bids received for a solicitation, with their assessments"),
        (name = "accounts", description = "Who calls, and the accounts of the service"),
        (name = "cases", description = "Contracts, the instruments in force for them, compliance cases and their files, and the S-211 figures"),
        (name = "follow-up", description = "A bid's follow-up: requests for information to the bidder and its answers, evaluation notes"),
        (name = "graph", description = "The national supply graph: facilities across every declaration, their scores, site matches, exports"),
        (name = "screening", description = "Entity screening: list editions (UFLPA, CBP WRO/Findings, PSPC ineligible and suspended suppliers, OpenSanctions, a watch list) and their diffs, hits with their evidence, officers' decisions")
    )
)]
pub struct ApiDoc;

/// Declares the API-token scheme: `Authorization: Bearer chn_…` (tokens come from `chainon user token`).
struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "An API token from `chainon user token`. Suppliers' tokens reach only their own organisation's declarations.",
                    ))
                    .build(),
            ),
        );
    }
}

/// Adds what every operation can answer besides its own statuses, so that no route forgets one: 400 when it reads a
/// path, query or body; 401 unless public; 413 when it reads a body; 503 when it reads the database (every route but
/// the document and the template); and the error body (`ErrorBody`) on every 4xx/5xx without one.
struct CommonResponses;

impl utoipa::Modify for CommonResponses {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder, header::HeaderBuilder};
        let error = || ContentBuilder::new().schema(Some(Ref::from_schema_name("ErrorBody"))).build();
        let string_header = |description: &str| {
            HeaderBuilder::new()
                .schema(utoipa::openapi::ObjectBuilder::new().schema_type(utoipa::openapi::Type::String))
                .description(Some(description))
                .build()
        };
        let common = [
            ("BadRequest", "A path, query or body that cannot be read, or a value out of its range", None),
            ("Unauthorized", "No valid API token or session", Some(("WWW-Authenticate", "`Bearer realm=\"chainon\"`"))),
            ("PayloadTooLarge", "The body is larger than its limit", None),
            (
                "ServiceUnavailable",
                "The database is busy or out of reach (`database_unavailable`); try again later",
                Some(("Retry-After", "Seconds to wait")),
            ),
            (
                "MethodNotAllowed",
                "The address does not answer this method (any method an operation here does not list)",
                Some(("Allow", "The methods the address answers")),
            ),
        ];
        let components = openapi.components.get_or_insert_with(Default::default);
        for (name, description, header) in common {
            let mut response = ResponseBuilder::new().description(description).content("application/json", error());
            if let Some((header, about)) = header {
                response = response.header(header, string_header(about));
            }
            components.responses.insert(name.to_string(), RefOr::T(response.build()));
        }
        for (path, item) in openapi.paths.paths.iter_mut() {
            let reads_database = !matches!(path.as_str(), "/api/v1/openapi.json" | "/api/v1/template");
            let operations =
                [&mut item.get, &mut item.post, &mut item.put, &mut item.delete, &mut item.patch, &mut item.head];
            for op in operations.into_iter().flatten() {
                let public = op.security.as_ref().is_some_and(|s| s.iter().all(|r| r == &Default::default()));
                let reads_request = op.parameters.as_ref().is_some_and(|p| !p.is_empty()) || op.request_body.is_some();
                let mut add = |status: &str, name: &str| {
                    op.responses
                        .responses
                        .entry(status.to_string())
                        .or_insert_with(|| RefOr::Ref(Ref::new(format!("#/components/responses/{name}"))));
                };
                if reads_request {
                    add("400", "BadRequest");
                }
                if !public {
                    add("401", "Unauthorized");
                }
                if op.request_body.is_some() {
                    add("413", "PayloadTooLarge");
                }
                if reads_database {
                    add("503", "ServiceUnavailable");
                }
                for (status, response) in op.responses.responses.iter_mut() {
                    if let RefOr::T(r) = response
                        && !status.starts_with('2')
                        && r.content.is_empty()
                    {
                        r.content.insert("application/json".into(), error());
                    }
                }
            }
        }
    }
}

/// Mounts the API routes.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/openapi.json", web::get().to(openapi))
        .route("/declarations", web::get().to(list_declarations))
        .route("/declarations", web::post().to(upload_declaration))
        .route("/declarations/{id}", web::get().to(get_declaration))
        .route("/declarations/{id}/assessment", web::get().to(get_assessment))
        .route("/solicitations", web::get().to(list_solicitations))
        .route("/solicitations/{number:.+}", web::get().to(get_solicitation))
        .route("/template", web::get().to(template))
        .route("/me", web::get().to(me))
        .route("/accounts", web::get().to(list_accounts))
        .route("/audit", web::get().to(audit_log))
        .default_service(web::to(unmatched));
}

/// The methods each documented path answers, with the pattern that matches it (built once from the document, which
/// a test keeps complete).
fn allowed_methods() -> &'static [(actix_web::dev::ResourceDef, String)] {
    static ALLOWED: std::sync::OnceLock<Vec<(actix_web::dev::ResourceDef, String)>> = std::sync::OnceLock::new();
    ALLOWED.get_or_init(|| {
        ApiDoc::openapi()
            .paths
            .paths
            .iter()
            .map(|(path, item)| {
                let methods: Vec<&str> = [
                    ("GET", item.get.is_some()),
                    ("POST", item.post.is_some()),
                    ("PUT", item.put.is_some()),
                    ("DELETE", item.delete.is_some()),
                    ("PATCH", item.patch.is_some()),
                ]
                .into_iter()
                .filter_map(|(m, present)| present.then_some(m))
                .collect();
                // A solicitation number may hold slashes: its parameter takes the rest of the path, as mounted.
                let pattern = path.replace("{number}", "{number:.+}");
                (actix_web::dev::ResourceDef::new(pattern), super::allow_with_head(&methods.join(", ")))
            })
            .collect()
    })
}

/// No route took the request: 405 with `Allow` when the address exists under another method, else 404.
async fn unmatched(req: HttpRequest) -> Result<HttpResponse, ApiError> {
    let path = req.path();
    match allowed_methods().iter().find(|(pattern, _)| pattern.is_match(path)) {
        Some((_, allow)) => Err(ApiError::MethodNotAllowed { allow: allow.clone() }),
        None => Err(ApiError::NotFound),
    }
}

/// This document.
#[utoipa::path(
    get,
    path = "/api/v1/openapi.json",
    responses((status = 200, description = "The OpenAPI 3.1 document of the API", body = Object)),
    security(()),
    tag = "accounts"
)]
async fn openapi() -> HttpResponse {
    HttpResponse::Ok().json(ApiDoc::openapi())
}

/// The labels of a code, beside it: a field holding a code of a closed vocabulary (`role`, `right`, `scope`,
/// `question`, `band`, `severity`, a finding's `code`) is followed by `<field>_label` in this shape, e.g.
/// `"role": "raw_material", "role_label": {"en": "Raw material", "fr": "Matière première"}`. Codes stay the data;
/// labels are what a person reads.
#[derive(Debug, Serialize, ToSchema)]
pub struct CodeLabel {
    /// The label in English.
    en: String,
    /// The label in French.
    fr: String,
}

/// Labels of codes the domain does not know (those of cases, kept in the message catalogues): given a field, its
/// code and the object holding it, the English and French labels.
pub(super) type MoreLabels<'a> =
    &'a dyn Fn(&str, &str, &serde_json::Map<String, serde_json::Value>) -> Option<(String, String)>;

/// Adds `<field>_label` (`CodeLabel`) beside every code of a closed vocabulary in a JSON answer
/// (`domain::labels_of_field` says which fields and vocabularies, `more` adds others); a list of codes gets a list
/// of labels.
fn add_labels(v: &mut serde_json::Value, more: MoreLabels) {
    use serde_json::Value;
    match v {
        Value::Array(items) => items.iter_mut().for_each(|x| add_labels(x, more)),
        Value::Object(map) => {
            let finding = map.contains_key("severity") && map.contains_key("code");
            let label_of = |k: &str, code: &str| -> Option<CodeLabel> {
                match crate::domain::labels_of_field(k, code, finding) {
                    Some(l) => Some(CodeLabel { en: l.en.to_string(), fr: l.fr.to_string() }),
                    None => more(k, code, map).map(|(en, fr)| CodeLabel { en, fr }),
                }
            };
            let mut labels: Vec<(String, Value)> = Vec::new();
            for (k, x) in map.iter() {
                match x {
                    Value::String(code) => {
                        if let Some(l) = label_of(k, code).and_then(|l| serde_json::to_value(l).ok()) {
                            labels.push((format!("{k}_label"), l));
                        }
                    }
                    Value::Array(items) if !items.is_empty() && items.iter().all(Value::is_string) => {
                        let ls: Option<Vec<Value>> = items
                            .iter()
                            .map(|i| {
                                label_of(k, i.as_str().unwrap_or_default()).and_then(|l| serde_json::to_value(l).ok())
                            })
                            .collect();
                        if let Some(ls) = ls {
                            labels.push((format!("{k}_label"), Value::Array(ls)));
                        }
                    }
                    _ => {}
                }
            }
            for x in map.values_mut() {
                if x.is_object() || x.is_array() {
                    add_labels(x, more);
                }
            }
            for (k, l) in labels {
                map.insert(k, l);
            }
        }
        _ => {}
    }
}

/// A JSON answer with the labels beside its codes.
pub(super) fn labelled<T: Serialize>(body: &T) -> Result<serde_json::Value, ApiError> {
    labelled_with(body, &|_, _, _| None)
}

/// A JSON answer with the labels beside its codes, `more` naming codes the domain does not know.
pub(super) fn labelled_with<T: Serialize>(body: &T, more: MoreLabels) -> Result<serde_json::Value, ApiError> {
    let mut v = serde_json::to_value(body).map_err(ApiError::internal)?;
    add_labels(&mut v, more);
    Ok(v)
}

/// One page of declaration summaries, in the order asked for.
#[derive(Debug, Serialize, ToSchema)]
pub struct DeclarationList {
    declarations: Vec<ReferencedSummary>,
    /// How many declarations the filters select in all (every page).
    total: u64,
}

/// A declaration stored (or recognised as already stored).
#[derive(Debug, Serialize, ToSchema)]
pub struct Submitted {
    id: i64,
    /// The receipt's reference number, `CHN-` + the year received + the id on six digits (`CHN-2026-000042`); for a
    /// file already received, the original's.
    reference: String,
    /// The same file was already stored: nothing new was written; `id` and `reference` are the original's.
    duplicate: bool,
    /// The declaration this one supersedes.
    superseded: Option<i64>,
    /// Warnings of the intake, each with its place and its field in both languages (`field`, `field_fr`).
    #[schema(value_type = Vec<Object>)]
    warnings: Labelled<Vec<super::error::IssueJson>>,
    /// The assessment: model version, overall and per-site scores with their factors, findings. Each code
    /// (`role`, `band`, `severity`, a finding's `code`) has its `CodeLabel` beside it as `<field>_label`; each
    /// factor and finding its words in both languages (`label_en`, `label_fr`) beside its code and parameters, and
    /// each finding's place (`location`, with the workbook's English sheet names: `PlacesOfWork: S1`) in both
    /// languages (`location_en`, `location_fr`: `LieuxDeTravail : S1`).
    #[schema(value_type = Object)]
    assessment: Explained,
}

/// A stored declaration: its summary, the declaration as read, and its intake's warnings.
#[derive(Debug, Serialize, ToSchema)]
pub struct DeclarationDetail {
    summary: ReferencedSummary,
    /// The declaration as read: supplier, solicitation, places of work, links, attestations, goods. Each code
    /// (`role`, `right`, `scope`) has its `CodeLabel` beside it as `<field>_label`.
    #[schema(value_type = Object)]
    declaration: crate::domain::Declaration,
    /// Its intake's warnings, each with its place and its field in both languages (`field`, `field_fr`).
    #[schema(value_type = Vec<Object>)]
    warnings: Vec<super::error::IssueJson>,
}

impl From<crate::storage::StoredDeclaration> for DeclarationDetail {
    fn from(d: crate::storage::StoredDeclaration) -> Self {
        DeclarationDetail {
            summary: d.summary.into(),
            declaration: d.declaration,
            warnings: super::error::IssueJson::all(d.warnings),
        }
    }
}

/// A declaration's summary with the reference of its receipt, as lists and the declaration itself answer it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ReferencedSummary {
    #[serde(flatten)]
    summary: DeclarationSummary,
    /// The receipt's reference number, as the upload's answer and the receipt page give it: `CHN-` + the year
    /// received + the id on six digits (`CHN-2026-000042`).
    reference: String,
}

impl From<DeclarationSummary> for ReferencedSummary {
    fn from(summary: DeclarationSummary) -> Self {
        let reference = crate::reports::admin::reference(summary.id, summary.received_at);
        ReferencedSummary { summary, reference }
    }
}

/// A stored assessment: its id, declaration, model version, when, and the assessment with its explanation.
#[derive(Debug, Serialize, ToSchema)]
pub struct AssessmentDetail {
    id: i64,
    declaration_id: i64,
    model_version: String,
    assessed_at: chrono::DateTime<chrono::Utc>,
    /// Overall and per-site scores with their factors, and the findings. Each code (`role`, `band`, `severity`, a
    /// finding's `code`) has its `CodeLabel` beside it as `<field>_label`; each factor and finding its words in both
    /// languages (`label_en`, `label_fr`) beside its code and parameters, and each finding's place in both
    /// languages (`location_en`, `location_fr`) beside `location`.
    #[schema(value_type = Object)]
    assessment: Explained,
}

impl AssessmentDetail {
    fn of(state: &web::Data<AppState>, a: crate::storage::StoredAssessment) -> Self {
        AssessmentDetail {
            id: a.id,
            declaration_id: a.declaration_id,
            model_version: a.model_version,
            assessed_at: a.assessed_at,
            assessment: Explained::new(state, a.assessment),
        }
    }
}

/// Solicitations that have received bids.
#[derive(Debug, Serialize, ToSchema)]
pub struct SolicitationList {
    solicitations: Vec<SolicitationSummary>,
}

/// A bid and its latest assessment.
#[derive(Debug, Serialize, ToSchema)]
pub struct Bid {
    #[schema(value_type = DeclarationSummary)]
    declaration: Labelled<DeclarationSummary>,
    /// The latest assessment, each code with its `CodeLabel` beside it as `<field>_label`.
    #[schema(value_type = Option<Object>)]
    assessment: Option<Explained>,
}

/// The current bids of a solicitation.
#[derive(Debug, Serialize, ToSchema)]
pub struct SolicitationDetail {
    number: String,
    bids: Vec<Bid>,
}

/// The account calling and what its role allows.
#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    /// The account (never its password hash).
    #[schema(value_type = Object)]
    account: crate::domain::Account,
    /// The actions its role allows (`read_portfolio`, `submit`, …).
    may: Vec<String>,
}

/// The accounts of the service.
#[derive(Debug, Serialize, ToSchema)]
pub struct AccountList {
    #[schema(value_type = Vec<Object>)]
    accounts: Vec<crate::domain::Account>,
}

/// Entries of the audit log, newest first, and the result of re-walking its chain.
#[derive(Debug, Serialize, ToSchema)]
pub struct AuditLog {
    /// Whether the chain verifies.
    intact: bool,
    #[schema(value_type = Object)]
    verification: crate::storage::AuditReport,
    #[schema(value_type = Vec<Object>)]
    entries: Vec<crate::storage::AuditEntry>,
}

/// A numeric parameter within its documented range, or a 400 naming the parameter and the range.
pub(super) fn within<T>(name: &str, value: T, range: std::ops::RangeInclusive<T>) -> Result<T, ApiError>
where
    T: PartialOrd + std::fmt::Display,
{
    if range.contains(&value) {
        return Ok(value);
    }
    let (low, high) = range.into_inner();
    Err(ApiError::bad_request(
        format!("{name} {value}: use a number from {low} to {high}"),
        format!("{name} {value} : utiliser un nombre de {low} à {high}"),
    ))
}

/// A JSON body, read once the caller is known and allowed (an anonymous caller learns nothing of what a body should
/// hold): at most [`super::BODY_LIMIT`] bytes, a 400 naming what does not hold.
pub(super) async fn json_body<T: serde::de::DeserializeOwned>(payload: web::Payload) -> Result<T, ApiError> {
    let bytes = read_limited(payload, super::BODY_LIMIT as u64).await?;
    let mut json = serde_json::Deserializer::from_slice(&bytes);
    let value = serde_path_to_error::deserialize(&mut json)
        .map_err(|e| super::error::json_unreadable(e.inner(), &e.path().to_string()))?;
    // Nothing but spaces after the document, as `serde_json::from_slice` requires.
    json.end().map_err(|e| super::error::json_unreadable(&e, ""))?;
    Ok(value)
}

/// Lists declarations: filtered, sorted (newest declaration date first by default) and paged, with their total.
#[utoipa::path(
    get,
    path = "/api/v1/declarations",
    params(ListQuery),
    responses((status = 200, description = "One page of the declaration summaries the filters select, with their latest bands, and how many they select in all", body = DeclarationList)),
    tag = "declarations"
)]
async fn list_declarations(
    state: web::Data<AppState>,
    query: Query<ListQuery>,
    viewer: MaybeViewer,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    let (limit, offset) = query.window()?;
    let filter = DeclarationFilter { limit, offset, ..query.resolve(&state, &viewer).await? };
    let (declarations, total) = state.store.declaration_page(&filter).await?;
    let declarations = declarations.into_iter().map(ReferencedSummary::from).collect();
    Ok(HttpResponse::Ok().json(DeclarationList { declarations, total }))
}

/// A declaration sent as a form.
#[derive(ToSchema)]
#[allow(dead_code)] // Describes the multipart body, which `read_upload` reads part by part.
pub struct UploadForm {
    /// The declaration file.
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
}

/// Where the uploaded file's name comes from when the body is the file itself.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UploadQuery {
    /// The file's name (its extension tells the carrier); for a raw body only.
    file_name: Option<String>,
}

fn too_large(limit: u64) -> ApiError {
    ApiError::PayloadTooLarge { limit_bytes: limit, file: None }
}

/// Reads a body or a part of one, refusing more than `limit` bytes as soon as they arrive.
pub(super) async fn read_limited<S, E>(mut stream: S, limit: u64) -> Result<Vec<u8>, ApiError>
where
    S: futures_util::Stream<Item = Result<web::Bytes, E>> + Unpin,
    E: std::fmt::Display,
{
    let mut buf = Vec::new();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| {
            tracing::info!(detail = %e, "upload interrupted");
            ApiError::bad_request(
                "The upload was interrupted before the end of the file: send it again.".to_string(),
                "Le téléversement a été interrompu avant la fin du fichier : envoyez-le de nouveau.".to_string(),
            )
        })?;
        if (buf.len() + chunk.len()) as u64 > limit {
            return Err(too_large(limit));
        }
        buf.extend_from_slice(&chunk);
    }
    Ok(buf)
}

/// The file name a multipart part gives, if any.
fn file_name_of(field: &actix_multipart::Field) -> Option<String> {
    field.content_disposition().and_then(|cd| cd.get_filename()).filter(|n| !n.is_empty()).map(str::to_string)
}

fn too_many_parts(from: SentFrom) -> ApiError {
    match from {
        SentFrom::Api => ApiError::bad_request(
            format!("The form has more than {MAX_PARTS} parts: send the file in a part named `file`."),
            format!(
                "Le formulaire compte plus de {MAX_PARTS} parties : envoyez le fichier dans une partie nommée `file`."
            ),
        ),
        SentFrom::Page => ApiError::bad_request(
            format!(
                "The form sent has more than {MAX_PARTS} fields: send the file again from this page. Nothing was stored."
            ),
            format!(
                "Le formulaire envoyé compte plus de {MAX_PARTS} champs : envoyez de nouveau le fichier depuis cette \
                 page. Rien n'a été enregistré."
            ),
        ),
    }
}

/// A form carrying more than one file (or more parts after its file than a form has): refused, naming both.
fn two_files(first: &str, second: &str, of: UploadOf, from: SentFrom) -> ApiError {
    let (en, fr) = of.words();
    if from == SentFrom::Page {
        let (second_en, second_fr) = if second.is_empty() {
            ("another file".to_string(), "un autre fichier".to_string())
        } else {
            (format!("“{second}”"), format!("« {second} »"))
        };
        return ApiError::bad_request(
            format!("You sent more than one file (“{first}”, then {second_en}): send {en} alone. Nothing was stored."),
            format!(
                "Vous avez envoyé plus d'un fichier (« {first} », puis {second_fr}) : envoyez {fr} seul. Rien n'a été \
                 enregistré."
            ),
        );
    }
    let (second_en, second_fr) = if second.is_empty() {
        ("another part named `file`".to_string(), "une autre partie nommée `file`".to_string())
    } else {
        (format!("“{second}” too"), format!("aussi « {second} »"))
    };
    ApiError::bad_request(
        format!(
            "The form carries more than one file (“{first}”, then {second_en}): send {en} alone, in one part named \
             `file`. Nothing was stored."
        ),
        format!(
            "Le formulaire porte plus d'un fichier (« {first} », puis {second_fr}) : envoyez {fr} seul, dans une \
             seule partie nommée `file`. Rien n'a été enregistré."
        ),
    )
}

/// A refusal for size, naming the file `name`; any other refusal as it is.
fn name_too_large(e: ApiError, name: &str) -> ApiError {
    match e {
        ApiError::PayloadTooLarge { limit_bytes, .. } => {
            ApiError::PayloadTooLarge { limit_bytes, file: Some(name.to_string()) }
        }
        other => other,
    }
}

/// An empty file part (a page's form sends one, with no name, when no file was chosen): refused in the words of
/// whoever sent it.
fn empty_file(given_name: Option<&str>, of: UploadOf, from: SentFrom) -> ApiError {
    let (en, fr) = of.words();
    match (from, given_name) {
        (SentFrom::Api, _) => ApiError::bad_request(
            "The `file` part is empty: choose a file to submit.",
            "La partie `file` est vide : choisissez un fichier à soumettre.",
        ),
        (SentFrom::Page, Some(name)) => ApiError::bad_request(
            format!("The file “{name}” is empty: choose {en}, then submit it. Nothing was stored."),
            format!("Le fichier « {name} » est vide : choisissez {fr}, puis soumettez-le. Rien n'a été enregistré."),
        ),
        (SentFrom::Page, None) => ApiError::bad_request(
            format!("No file was chosen, or the file is empty: choose {en}, then submit it. Nothing was stored."),
            format!(
                "Aucun fichier n'a été choisi, ou le fichier est vide : choisissez {fr}, puis soumettez-le. Rien n'a \
                 été enregistré."
            ),
        ),
    }
}

/// The most bytes a multipart part other than the file may hold (the page's form token is 43).
const FIELD_LIMIT: u64 = 1024;

/// The most parts a multipart upload may have before its file.
const MAX_PARTS: usize = 16;

/// What an upload carries, as its refusals name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum UploadOf {
    Declaration,
    /// A screening list's file.
    List,
}

impl UploadOf {
    /// "the declaration file" / "le fichier de déclaration", or the list file's.
    fn words(self) -> (&'static str, &'static str) {
        match self {
            UploadOf::Declaration => ("the declaration file", "le fichier de déclaration"),
            UploadOf::List => ("the list file", "le fichier de liste"),
        }
    }
}

/// Who sent an upload, as its refusals speak: a program (which names the form's parts) or a person on a page (who
/// sees no field names).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum SentFrom {
    /// The API, from a program: refusals name the form's parts (`file`).
    Api,
    /// A page's form, from a person: refusals speak of files and fields chosen, never of part names.
    Page,
}

/// Reads an upload: the `file` part of a multipart form, or the whole body. Takes a place of `gate` before reading
/// anything ([`ApiError::UploadsBusy`] when none is free), held by the [`Upload`]. Refuses more than `limit` bytes as
/// soon as they arrive.
pub(super) async fn read_upload(
    req: &HttpRequest,
    payload: web::Payload,
    gate: &super::UploadGate,
    limit: u64,
    name_hint: Option<String>,
    of: UploadOf,
    from: SentFrom,
) -> Result<Upload, ApiError> {
    let permit = gate.admit()?;
    let content_type = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    if content_type.starts_with("multipart/form-data") {
        let mut form = actix_multipart::Multipart::new(req.headers(), payload);
        let mut csrf = None;
        let mut fields = Vec::new();
        let mut parts = 0;
        while let Some(field) = form.next().await {
            let field = field.map_err(|e| {
                tracing::info!(detail = %e, "multipart form refused");
                ApiError::bad_request(
                    "The form cannot be read: its parts are not well formed (multipart/form-data). Send the file again \
                     from the page, or check how your program builds the form.",
                    "Le formulaire est illisible : ses parties ne sont pas bien formées (multipart/form-data). Envoyez \
                     de nouveau le fichier depuis la page, ou vérifiez comment votre programme construit le formulaire.",
                )
            })?;
            parts += 1;
            if parts > MAX_PARTS {
                return Err(too_many_parts(from));
            }
            if field.name() != Some("file") {
                // Every other part is read within a small cap, so none can make the server read without end.
                let name = field.name().unwrap_or_default().to_string();
                let value = read_limited(field, FIELD_LIMIT).await.map_err(|e| match (e, from) {
                    (ApiError::PayloadTooLarge { .. }, SentFrom::Api) => ApiError::bad_request(
                        format!("The form's part `{name}` holds more than {FIELD_LIMIT} bytes; only the file may be large."),
                        format!(
                            "La partie « {name} » du formulaire dépasse {FIELD_LIMIT} octets; seul le fichier peut être volumineux."
                        ),
                    ),
                    (ApiError::PayloadTooLarge { .. }, SentFrom::Page) => ApiError::bad_request(
                        format!(
                            "A field of the form holds more than {FIELD_LIMIT} bytes; only the file may be large. \
                             Nothing was stored."
                        ),
                        format!(
                            "Un champ du formulaire dépasse {FIELD_LIMIT} octets; seul le fichier peut être volumineux. \
                             Rien n'a été enregistré."
                        ),
                    ),
                    (other, _) => other,
                })?;
                if name == "csrf" {
                    // The page's form puts its anti-forgery token before the file.
                    csrf = Some(String::from_utf8_lossy(&value).into_owned());
                } else {
                    fields.push((name, String::from_utf8_lossy(&value).into_owned()));
                }
                continue;
            }
            let given_name = file_name_of(&field);
            let name = given_name.clone().unwrap_or_else(|| "declaration".to_string());
            let bytes = read_limited(field, limit).await.map_err(|e| name_too_large(e, &name))?;
            if bytes.is_empty() {
                return Err(empty_file(given_name.as_deref(), of, from));
            }
            // The rest of the form: a second file would be one of two files sent where one is read, and which one
            // was meant cannot be known. Other small parts are read within their cap and left aside.
            while let Some(field) = form.next().await {
                let field = field.map_err(|e| {
                    tracing::info!(detail = %e, "multipart form refused after its file");
                    ApiError::bad_request(
                        "The form cannot be read after its file: its parts are not well formed (multipart/form-data).",
                        "Le formulaire est illisible après son fichier : ses parties ne sont pas bien formées \
                         (multipart/form-data).",
                    )
                })?;
                parts += 1;
                if parts > MAX_PARTS {
                    return Err(too_many_parts(from));
                }
                if field.name() == Some("file") {
                    return Err(two_files(&name, &file_name_of(&field).unwrap_or_default(), of, from));
                }
                read_limited(field, FIELD_LIMIT).await?;
            }
            return Ok(Upload { name, bytes, csrf, fields, _permit: permit });
        }
        let (en, fr) = of.words();
        return Err(match from {
            SentFrom::Api => ApiError::bad_request(
                format!("The form has no `file` part: send {en} in a part named `file`."),
                format!("Le formulaire n'a pas de partie `file` : envoyez {fr} dans une partie nommée `file`."),
            ),
            SentFrom::Page => ApiError::bad_request(
                format!("The form sent carries no file: choose {en}, then submit it. Nothing was stored."),
                format!(
                    "Le formulaire envoyé ne porte aucun fichier : choisissez {fr}, puis soumettez-le. Rien n'a été enregistré."
                ),
            ),
        });
    }
    let default_name = if content_type.starts_with("application/json") {
        "declaration.json"
    } else if content_type.starts_with("text/csv") {
        "declaration.csv"
    } else if content_type.starts_with("application/zip") {
        "declaration.zip"
    } else if content_type.starts_with("application/vnd.oasis.opendocument.spreadsheet") {
        "declaration.ods"
    } else {
        "declaration.xlsx"
    };
    // A body over the limit names its file when the request gave its name (`?file_name=`).
    let bytes = match (read_limited(payload, limit).await, &name_hint) {
        (Err(e), Some(name)) => return Err(name_too_large(e, name)),
        (read, _) => read?,
    };
    Ok(Upload {
        name: name_hint.unwrap_or_else(|| default_name.to_string()),
        bytes,
        csrf: None,
        fields: Vec::new(),
        _permit: permit,
    })
}

/// A file received: its name, its bytes, and the form's anti-forgery token when a page sent it.
pub(super) struct Upload {
    pub name: String,
    pub bytes: Vec<u8>,
    pub csrf: Option<String>,
    /// The form's other small parts sent before the file (name, text), in order.
    pub fields: Vec<(String, String)>,
    /// The upload's place, given back when the handler is done with it (its remaining fields are dropped at the end
    /// of the handler's scope, after the bytes moved out of it are).
    _permit: super::UploadPermit,
}

/// Submits a declaration: a multipart form with a `file` part, or the file itself as the body (JSON, XLSX, ODS, ZIP
/// of CSV). Refused files store nothing and answer 422 with every issue and its cell.
#[utoipa::path(
    post,
    path = "/api/v1/declarations",
    params(UploadQuery),
    request_body(content(
        (UploadForm = "multipart/form-data"),
        (Vec<u8> = "application/octet-stream"),
        (Object = "application/json")
    ), description = "The declaration file: multipart/form-data with a `file` part, or the raw file (JSON, XLSX, ODS, ZIP of CSV)"),
    responses(
        (status = 201, description = "Stored; `Location` names it; the body has the id, warnings and the assessment", body = Submitted),
        (status = 200, description = "The same file (same SHA-256) was received before: nothing new was stored; `duplicate` is true and `id`, `reference` and `Location` are the original declaration's (which may have been superseded since: see its summary)", body = Submitted),
        (status = 403, description = "The role may not submit, or a session's form token is missing"),
        (status = 409, description = "Dated before the supplier's declaration in force for the same solicitation (or its standing one): the message names it, its reference and both dates; nothing stored"),
        (status = 413, description = "Larger than the configured file limit"),
        (status = 422, description = "Refused: every error with its place (`PlacesOfWork!K12`) in English and French; nothing stored"),
        (status = 503, description = "`uploads_busy`: the service holds as many uploads as it may; the body was not read and nothing stored; send it again after `Retry-After` seconds")
    ),
    tag = "declarations"
)]
async fn upload_declaration(
    req: HttpRequest,
    payload: web::Payload,
    query: Query<UploadQuery>,
    state: web::Data<AppState>,
    viewer: MaybeViewer,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    viewer.require(Action::Submit)?;
    let upload = read_upload(
        &req,
        payload,
        &state.uploads,
        state.limits.max_file_bytes,
        query.into_inner().file_name,
        UploadOf::Declaration,
        SentFrom::Api,
    )
    .await?;
    auth::check_csrf_for(&req, &viewer, upload.csrf.as_deref())?;
    let submitted = pipeline::submit_for(
        &state.store,
        state.model.clone(),
        &state.reader,
        upload.name,
        upload.bytes,
        state.limits.clone(),
        &viewer.submitter(),
    )
    .await?;
    let id = submitted.outcome.declaration_id;
    let body = Submitted {
        id,
        reference: super::supplier_pages::reference_of(&state, id).await?,
        duplicate: submitted.outcome.duplicate,
        superseded: submitted.outcome.superseded,
        warnings: Labelled(super::error::IssueJson::all(submitted.warnings)),
        assessment: Explained::new(&state, submitted.assessment),
    };
    let mut resp = if submitted.outcome.duplicate { HttpResponse::Ok() } else { HttpResponse::Created() };
    resp.insert_header((header::LOCATION, format!("/api/v1/declarations/{id}")));
    Ok(streamed_json(resp, body))
}

/// One declaration: its summary, the declaration as parsed, and the warnings of its intake.
#[utoipa::path(
    get,
    path = "/api/v1/declarations/{id}",
    params(("id" = i64, Path, description = "Declaration id")),
    responses((status = 200, description = "The declaration", body = DeclarationDetail), (status = 404, description = "No such declaration, or not the caller's")),
    tag = "declarations"
)]
async fn get_declaration(
    state: web::Data<AppState>,
    id: IdPath<i64>,
    viewer: MaybeViewer,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    let stored = state.store.get_declaration(*id).await?.filter(|d| auth::may_read(&viewer, &d.summary));
    Ok(HttpResponse::Ok().json(labelled(&DeclarationDetail::from(stored.ok_or(ApiError::NotFound)?))?))
}

/// The latest assessment of a declaration: model version, overall and per-site scores with their factors, findings.
#[utoipa::path(
    get,
    path = "/api/v1/declarations/{id}/assessment",
    params(("id" = i64, Path, description = "Declaration id")),
    responses((status = 200, description = "The assessment", body = AssessmentDetail), (status = 404, description = "No such declaration, or not the caller's")),
    tag = "declarations"
)]
async fn get_assessment(
    state: web::Data<AppState>,
    id: IdPath<i64>,
    viewer: MaybeViewer,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    readable(&state, &viewer, *id).await?;
    let stored = state.store.latest_assessment(*id).await?.ok_or(ApiError::NotFound)?;
    Ok(streamed_json(HttpResponse::Ok(), AssessmentDetail::of(&state, stored)))
}

/// Solicitations that have received bids.
#[utoipa::path(
    get,
    path = "/api/v1/solicitations",
    responses(
        (status = 200, description = "Solicitations with their bid counts", body = SolicitationList),
        (status = 403, description = "Not an officer, auditor or administrator")
    ),
    tag = "solicitations"
)]
async fn list_solicitations(state: web::Data<AppState>, viewer: MaybeViewer) -> Result<HttpResponse, ApiError> {
    viewer.signed_in()?.require(Action::ReadPortfolio)?;
    let list = state.store.list_solicitations().await?;
    Ok(HttpResponse::Ok().json(SolicitationList { solicitations: list }))
}

/// The current bids of a solicitation, each with its latest assessment.
#[utoipa::path(
    get,
    path = "/api/v1/solicitations/{number}",
    params(("number" = String, Path, description = "Solicitation number, e.g. W8486-240001/A (the slash may stay as is)")),
    responses(
        (status = 200, description = "Bids and their assessments", body = SolicitationDetail),
        (status = 403, description = "Not an officer, auditor or administrator"),
        (status = 404, description = "No bid for this solicitation")
    ),
    tag = "solicitations"
)]
async fn get_solicitation(
    state: web::Data<AppState>,
    number: web::Path<String>,
    viewer: MaybeViewer,
) -> Result<HttpResponse, ApiError> {
    viewer.signed_in()?.require(Action::ReadPortfolio)?;
    let bids = state.store.bids_for(&number).await?.ok_or(ApiError::NotFound)?;
    let ids: Vec<i64> = bids.bids.iter().map(|b| b.id).collect();
    let mut latest = state.store.latest_assessments(&ids).await?;
    let mut out = Vec::with_capacity(bids.bids.len());
    for bid in bids.bids {
        let assessment = latest.remove(&bid.id).map(|a| Explained::new(&state, a));
        out.push(Bid { declaration: Labelled(bid), assessment });
    }
    Ok(streamed_json(HttpResponse::Ok(), SolicitationDetail { number: bids.number, bids: out }))
}

/// `NotFound` unless the declaration exists and the viewer may read it (others' data does not tell it exists).
pub(super) async fn readable(
    state: &AppState,
    viewer: &Viewer,
    id: i64,
) -> Result<crate::storage::StoredDeclaration, ApiError> {
    state.store.get_declaration(id).await?.filter(|d| auth::may_read(viewer, &d.summary)).ok_or(ApiError::NotFound)
}

/// Language of the template.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TemplateQuery {
    /// `en` (default) or `fr`.
    #[param(value_type = Option<String>)]
    lang: Option<Lang>,
}

/// The account calling, with its role and what it may do.
#[utoipa::path(
    get,
    path = "/api/v1/me",
    responses((status = 200, description = "The caller's account", body = Me)),
    tag = "accounts"
)]
async fn me(viewer: MaybeViewer) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    let may: Vec<String> = <Action as strum::IntoEnumIterator>::iter()
        .filter(|a| viewer.can(*a))
        .map(|a| a.as_ref().to_string())
        .collect();
    Ok(HttpResponse::Ok().json(Me { account: viewer.account, may }))
}

/// Every account (administrators only), disabled ones included; password hashes and tokens are never shown.
#[utoipa::path(
    get,
    path = "/api/v1/accounts",
    responses((status = 200, description = "The accounts, by e-mail", body = AccountList), (status = 403, description = "Not an administrator")),
    tag = "accounts"
)]
async fn list_accounts(state: web::Data<AppState>, viewer: MaybeViewer) -> Result<HttpResponse, ApiError> {
    viewer.signed_in()?.require(Action::ManageAccounts)?;
    let accounts = state.store.list_accounts().await?;
    Ok(HttpResponse::Ok().json(AccountList { accounts }))
}

/// Which entries of the audit log to list.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    /// Only entries about this record, e.g. `declaration/12`.
    subject: Option<String>,
    /// At most this many, newest first (default 100, from 1 to 1000).
    #[param(minimum = 1, maximum = 1000)]
    limit: Option<u64>,
}

/// The audit log (auditors and administrators), newest first, with the result of re-walking its hash chain.
#[utoipa::path(
    get,
    path = "/api/v1/audit",
    params(AuditQuery),
    responses((status = 200, description = "Entries and the chain's verification", body = AuditLog), (status = 403, description = "Not an auditor or administrator")),
    tag = "accounts"
)]
async fn audit_log(
    state: web::Data<AppState>,
    query: Query<AuditQuery>,
    viewer: MaybeViewer,
) -> Result<HttpResponse, ApiError> {
    viewer.signed_in()?.require(Action::ReadAudit)?;
    let q = query.into_inner();
    let limit = within("limit", q.limit.unwrap_or(100), 1..=1000)?;
    let entries = state.store.audit_entries(q.subject.as_deref(), limit).await?;
    let verification = state.store.verify_audit().await?;
    Ok(HttpResponse::Ok().json(AuditLog { intact: verification.is_intact(), verification, entries }))
}

/// The blank declaration workbook (XLSX) in English or French.
#[utoipa::path(
    get,
    path = "/api/v1/template",
    params(TemplateQuery),
    responses((status = 200, description = "The workbook", body = Vec<u8>, content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    security(()),
    tag = "declarations"
)]
async fn template(query: Query<TemplateQuery>) -> Result<HttpResponse, ApiError> {
    template_response(query.lang.unwrap_or_default()).await
}

/// Builds the template off the async workers and sends it as a download.
pub(super) async fn template_response(lang: Lang) -> Result<HttpResponse, ApiError> {
    let bytes = web::block(move || crate::import::write_template(lang))
        .await
        .map_err(ApiError::internal)?
        .map_err(ApiError::internal)?;
    Ok(HttpResponse::Ok()
        .content_type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"chainon-declaration-template-{lang}.xlsx\""),
        ))
        .body(bytes))
}
