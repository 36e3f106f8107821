//! The JSON API under `/api/v1`, described by the OpenAPI document it serves at `/api/v1/openapi.json`.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use futures_util::StreamExt;
use serde::Deserialize;
use utoipa::{IntoParams, OpenApi};

use super::auth::{self, Action, MaybeViewer, Viewer};
use super::{ApiError, AppState};
use crate::domain::Lang;
use crate::pipeline;
use crate::storage::DeclarationFilter;

/// The OpenAPI document of the API.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "Chaînon API",
        description = "Supplier declarations, their supply chains and their forced- and child-labour risk assessments. \
                       Every error is JSON: {\"error\", \"message\", \"message_fr\", \"issues\"}."
    ),
    paths(
        list_declarations,
        upload_declaration,
        get_declaration,
        get_assessment,
        list_solicitations,
        get_solicitation,
        template,
        me,
        list_accounts,
        super::accounts::list_tokens,
        super::accounts::revoke_token,
        super::accounts::disable_account,
        super::accounts::enable_account,
        super::accounts::change_role,
        audit_log
    ),
    modifiers(&BearerAuth),
    security(("bearer" = [])),
    tags(
        (name = "declarations", description = "Submit and read supplier declarations"),
        (name = "solicitations", description = "Bids received for a solicitation, with their assessments"),
        (name = "accounts", description = "Who calls, and the accounts of the service")
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
        .default_service(web::to(|| async { Err::<HttpResponse, _>(ApiError::NotFound) }));
}

async fn openapi() -> HttpResponse {
    HttpResponse::Ok().json(ApiDoc::openapi())
}

/// Filters for the list of declarations.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// Only this supplier's declarations.
    supplier_id: Option<i64>,
    /// Only declarations for this solicitation number.
    solicitation: Option<String>,
    /// Include declarations superseded by a newer one (default: false).
    include_superseded: Option<bool>,
    /// At most this many (default 100, from 1 to 1000).
    #[param(minimum = 1, maximum = 1000)]
    limit: Option<u64>,
    /// Skip this many (default 0, at most 1,000,000,000).
    #[param(minimum = 0, maximum = 1_000_000_000)]
    offset: Option<u64>,
}

/// The largest `offset` a list accepts: more than any portfolio holds, and far inside what SQL can bind.
const MAX_OFFSET: u64 = 1_000_000_000;

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
    serde_json::from_slice(&bytes).map_err(super::error::unreadable)
}

/// Lists declarations, newest first.
#[utoipa::path(
    get,
    path = "/api/v1/declarations",
    params(ListQuery),
    responses((status = 200, description = "Declaration summaries, newest first, with their latest bands", body = serde_json::Value)),
    tag = "declarations"
)]
async fn list_declarations(
    state: web::Data<AppState>,
    query: web::Query<ListQuery>,
    viewer: MaybeViewer,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    let q = query.into_inner();
    let filter = DeclarationFilter {
        supplier_id: q.supplier_id,
        business_number: viewer.only_business_number(),
        solicitation_number: q.solicitation,
        include_superseded: q.include_superseded.unwrap_or(false),
        limit: within("limit", q.limit.unwrap_or(100), 1..=1000)?,
        offset: within("offset", q.offset.unwrap_or(0), 0..=MAX_OFFSET)?,
    };
    let list = state.store.list_declarations(&filter).await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "declarations": list })))
}

/// Where the uploaded file's name comes from when the body is the file itself.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UploadQuery {
    /// The file's name (its extension tells the carrier); for a raw body only.
    file_name: Option<String>,
}

fn too_large(limit: u64) -> ApiError {
    ApiError::PayloadTooLarge { limit_bytes: limit }
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
            ApiError::bad_request(
                format!("The upload was interrupted: {e}"),
                format!("Le téléversement a été interrompu : {e}"),
            )
        })?;
        if (buf.len() + chunk.len()) as u64 > limit {
            return Err(too_large(limit));
        }
        buf.extend_from_slice(&chunk);
    }
    Ok(buf)
}

/// The most bytes a multipart part other than the file may hold (the page's form token is 43).
const FIELD_LIMIT: u64 = 1024;

/// The most parts a multipart upload may have before its file.
const MAX_PARTS: usize = 16;

/// Reads an upload: the `file` part of a multipart form, or the whole body. Refuses more than `limit` bytes as soon
/// as they arrive.
pub(super) async fn read_upload(
    req: &HttpRequest,
    payload: web::Payload,
    limit: u64,
    name_hint: Option<String>,
) -> Result<Upload, ApiError> {
    let content_type = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    if content_type.starts_with("multipart/form-data") {
        let mut form = actix_multipart::Multipart::new(req.headers(), payload);
        let mut csrf = None;
        let mut parts = 0;
        while let Some(field) = form.next().await {
            let field = field.map_err(|e| {
                ApiError::bad_request(
                    format!("The form could not be read: {e}"),
                    format!("Le formulaire est illisible : {e}"),
                )
            })?;
            parts += 1;
            if parts > MAX_PARTS {
                return Err(ApiError::bad_request(
                    format!("The form has more than {MAX_PARTS} parts: send the file in a part named `file`."),
                    format!(
                        "Le formulaire compte plus de {MAX_PARTS} parties : envoyez le fichier dans une partie nommée `file`."
                    ),
                ));
            }
            if field.name() != Some("file") {
                // Every other part is read within a small cap, so none can make the server read without end.
                let name = field.name().unwrap_or_default().to_string();
                let value = read_limited(field, FIELD_LIMIT).await.map_err(|e| match e {
                    ApiError::PayloadTooLarge { .. } => ApiError::bad_request(
                        format!("The form's part `{name}` holds more than {FIELD_LIMIT} bytes; only the file may be large."),
                        format!(
                            "La partie « {name} » du formulaire dépasse {FIELD_LIMIT} octets; seul le fichier peut être volumineux."
                        ),
                    ),
                    other => other,
                })?;
                if name == "csrf" {
                    // The page's form puts its anti-forgery token before the file.
                    csrf = Some(String::from_utf8_lossy(&value).into_owned());
                }
                continue;
            }
            let name = field
                .content_disposition()
                .and_then(|cd| cd.get_filename())
                .filter(|n| !n.is_empty())
                .unwrap_or("declaration")
                .to_string();
            let bytes = read_limited(field, limit).await?;
            if bytes.is_empty() {
                return Err(ApiError::bad_request(
                    "The `file` part is empty: choose a file to submit.",
                    "La partie `file` est vide : choisissez un fichier à soumettre.",
                ));
            }
            return Ok(Upload { name, bytes, csrf });
        }
        return Err(ApiError::bad_request(
            "The form has no `file` part: send the declaration file in a part named `file`.",
            "Le formulaire n'a pas de partie `file` : envoyez le fichier de déclaration dans une partie nommée `file`.",
        ));
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
    let bytes = read_limited(payload, limit).await?;
    Ok(Upload { name: name_hint.unwrap_or_else(|| default_name.to_string()), bytes, csrf: None })
}

/// A file received: its name, its bytes, and the form's anti-forgery token when a page sent it.
pub(super) struct Upload {
    pub name: String,
    pub bytes: Vec<u8>,
    pub csrf: Option<String>,
}

/// Submits a declaration: a multipart form with a `file` part, or the file itself as the body (JSON, XLSX, ODS, ZIP
/// of CSV). Refused files store nothing and answer 422 with every issue and its cell.
#[utoipa::path(
    post,
    path = "/api/v1/declarations",
    params(UploadQuery),
    request_body(content = String, description = "The declaration file: multipart/form-data with a `file` part, or the raw file", content_type = "multipart/form-data"),
    responses(
        (status = 201, description = "Stored; the body has the id, warnings and the assessment", body = serde_json::Value),
        (status = 200, description = "An identical file was already stored; nothing new was stored", body = serde_json::Value),
        (status = 413, description = "Larger than the configured file limit"),
        (status = 422, description = "Refused: every error with its place (`PlacesOfWork!K12`) in English and French")
    ),
    tag = "declarations"
)]
async fn upload_declaration(
    req: HttpRequest,
    payload: web::Payload,
    query: web::Query<UploadQuery>,
    state: web::Data<AppState>,
    viewer: MaybeViewer,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    viewer.require(Action::Submit)?;
    let upload = read_upload(&req, payload, state.limits.max_file_bytes, query.into_inner().file_name).await?;
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
    let body = serde_json::json!({
        "id": id,
        "duplicate": submitted.outcome.duplicate,
        "superseded": submitted.outcome.superseded,
        "warnings": submitted.warnings,
        "assessment": submitted.assessment,
    });
    let mut resp = if submitted.outcome.duplicate { HttpResponse::Ok() } else { HttpResponse::Created() };
    Ok(resp.insert_header((header::LOCATION, format!("/api/v1/declarations/{id}"))).json(body))
}

/// One declaration: its summary, the declaration as parsed, and the warnings of its intake.
#[utoipa::path(
    get,
    path = "/api/v1/declarations/{id}",
    params(("id" = i64, Path, description = "Declaration id")),
    responses((status = 200, description = "The declaration", body = serde_json::Value), (status = 404, description = "No such declaration")),
    tag = "declarations"
)]
async fn get_declaration(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    viewer: MaybeViewer,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    let stored = state.store.get_declaration(*id).await?.filter(|d| auth::may_read(&viewer, &d.summary));
    Ok(HttpResponse::Ok().json(stored.ok_or(ApiError::NotFound)?))
}

/// The latest assessment of a declaration: model version, overall and per-site scores with their factors, findings.
#[utoipa::path(
    get,
    path = "/api/v1/declarations/{id}/assessment",
    params(("id" = i64, Path, description = "Declaration id")),
    responses((status = 200, description = "The assessment", body = serde_json::Value), (status = 404, description = "No such declaration")),
    tag = "declarations"
)]
async fn get_assessment(
    state: web::Data<AppState>,
    id: web::Path<i64>,
    viewer: MaybeViewer,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    readable(&state, &viewer, *id).await?;
    let stored = state.store.latest_assessment(*id).await?.ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Ok().json(stored))
}

/// Solicitations that have received bids.
#[utoipa::path(
    get,
    path = "/api/v1/solicitations",
    responses((status = 200, description = "Solicitations with their bid counts", body = serde_json::Value)),
    tag = "solicitations"
)]
async fn list_solicitations(state: web::Data<AppState>, viewer: MaybeViewer) -> Result<HttpResponse, ApiError> {
    viewer.signed_in()?.require(Action::ReadPortfolio)?;
    let list = state.store.list_solicitations().await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "solicitations": list })))
}

/// The current bids of a solicitation, each with its latest assessment.
#[utoipa::path(
    get,
    path = "/api/v1/solicitations/{number}",
    params(("number" = String, Path, description = "Solicitation number, e.g. W8486-240001/A (the slash may stay as is)")),
    responses((status = 200, description = "Bids and their assessments", body = serde_json::Value), (status = 404, description = "No bid for this solicitation")),
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
    let out: Vec<_> = bids
        .bids
        .into_iter()
        .map(|bid| {
            let assessment = latest.remove(&bid.id);
            serde_json::json!({ "declaration": bid, "assessment": assessment })
        })
        .collect();
    Ok(HttpResponse::Ok().json(serde_json::json!({ "number": bids.number, "bids": out })))
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
    responses((status = 200, description = "The caller's account", body = serde_json::Value), (status = 401, description = "No valid token or session")),
    tag = "accounts"
)]
async fn me(viewer: MaybeViewer) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    let may: Vec<String> = <Action as strum::IntoEnumIterator>::iter()
        .filter(|a| viewer.can(*a))
        .map(|a| a.as_ref().to_string())
        .collect();
    Ok(HttpResponse::Ok().json(serde_json::json!({ "account": viewer.account, "may": may })))
}

/// Every account (administrators only), disabled ones included; password hashes and tokens are never shown.
#[utoipa::path(
    get,
    path = "/api/v1/accounts",
    responses((status = 200, description = "The accounts, by e-mail", body = serde_json::Value), (status = 403, description = "Not an administrator")),
    tag = "accounts"
)]
async fn list_accounts(state: web::Data<AppState>, viewer: MaybeViewer) -> Result<HttpResponse, ApiError> {
    viewer.signed_in()?.require(Action::ManageAccounts)?;
    let accounts = state.store.list_accounts().await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({ "accounts": accounts })))
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
    responses((status = 200, description = "Entries and the chain's verification", body = serde_json::Value), (status = 403, description = "Not an auditor or administrator")),
    tag = "accounts"
)]
async fn audit_log(
    state: web::Data<AppState>,
    query: web::Query<AuditQuery>,
    viewer: MaybeViewer,
) -> Result<HttpResponse, ApiError> {
    viewer.signed_in()?.require(Action::ReadAudit)?;
    let q = query.into_inner();
    let limit = within("limit", q.limit.unwrap_or(100), 1..=1000)?;
    let entries = state.store.audit_entries(q.subject.as_deref(), limit).await?;
    let verification = state.store.verify_audit().await?;
    Ok(HttpResponse::Ok().json(serde_json::json!({
        "intact": verification.is_intact(),
        "verification": verification,
        "entries": entries,
    })))
}

/// The blank declaration workbook (XLSX) in English or French.
#[utoipa::path(
    get,
    path = "/api/v1/template",
    params(TemplateQuery),
    responses((status = 200, description = "The workbook", content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
    tag = "declarations"
)]
async fn template(query: web::Query<TemplateQuery>) -> Result<HttpResponse, ApiError> {
    template_response(query.lang.unwrap_or_default()).await
}

/// Builds the template off the async workers and sends it as a download.
pub(super) async fn template_response(lang: Lang) -> Result<HttpResponse, ApiError> {
    let bytes = web::block(move || crate::import::write_template(lang))
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    Ok(HttpResponse::Ok()
        .content_type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"chainon-declaration-template-{lang}.xlsx\""),
        ))
        .body(bytes))
}
