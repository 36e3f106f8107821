//! The JSON API under `/api/v1`, described by the OpenAPI document it serves at `/api/v1/openapi.json`.

use std::collections::HashMap;

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};
use utoipa::openapi::path::ParameterIn;
use utoipa::{IntoParams, OpenApi, ToSchema};

use super::answer::{CodeLabel, Explained, Labelled, labelled, streamed_json};
use super::api_words::ForReaders;
use super::auth::{self, Action, MaybeViewer, readable};
use super::closed_bodies::ClosedRequestBodies;
use super::input::{SentFrom, UploadOf, read_upload};
use super::listing::ListQuery;
use super::params::{IdPath, Query};
use super::{ApiError, AppState};
use crate::domain::{Assessment, Band, Lang};
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
        super::health::health,
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
        super::accounts::my_screening_alerts,
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
    components(schemas(
        super::error::ErrorBody,
        CodeLabel,
        crate::domain::ArithmeticSaid,
        crate::domain::ScoreArithmetic,
        crate::domain::ArithmeticPart,
        crate::domain::ArithmeticDecay,
        crate::domain::ArithmeticCap,
        crate::domain::ArithmeticDueDiligence,
        crate::domain::ArithmeticHeld
    )),
    modifiers(&BearerAuth, &CommonResponses, &ClosedRequestBodies, &ForReaders),
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

/// Adds what every operation can answer besides its own statuses, so that no route forgets one: 400 (every address
/// refuses a query parameter it does not take); 405 (another method on its address); 401 unless public; 413 when it reads a body; 503 when it reads the database (every route but
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
        let too_large = format!(
            "The body is larger than its limit (said with advice for what was sent; refused on its declared \
             `Content-Length` before it is read). A `POST` or `PUT` that reads no body refuses one declared over {} \
             KiB, the limit of every body but files",
            super::BODY_LIMIT / 1024
        );
        let common = [
            (
                "BadRequest",
                "A path, query or body that cannot be read, a query parameter or form part the operation does not take \
                 (named, with those it takes), or a value out of its range. A request line the HTTP layer cannot \
                 read at all (a URI over 65,534 bytes, bytes no HTTP/1.1 head may hold) is answered 400 by that layer, \
                 before the service sees it, with no body",
                None,
            ),
            ("Unauthorized", "No valid API token or session", Some(("WWW-Authenticate", "`Bearer realm=\"chainon\"`"))),
            ("PayloadTooLarge", too_large.as_str(), None),
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
        // The HTTP layer's own refusal of a head it will not hold (more than 96 header fields, or a head over
        // 128 KiB), sent before the service sees the request: no body, so no error body either.
        components.responses.insert(
            "RequestHeaderFieldsTooLarge".to_string(),
            RefOr::T(
                ResponseBuilder::new()
                    .description(
                        "The request's head is larger than the HTTP layer holds (more than 96 header fields, or over \
                         128 KiB with its URI): refused before the service sees it, with no body; send fewer or \
                         shorter headers, or the query's values in fewer words",
                    )
                    .build(),
            ),
        );
        for (path, item) in openapi.paths.paths.iter_mut() {
            let reads_database = !matches!(path.as_str(), "/api/v1/openapi.json" | "/api/v1/template");
            // Whether the method carries a body to the service (`expect::door_limit`): a body declared over its
            // limit is refused with 413 there even where the operation reads none.
            let operations = [
                (&mut item.get, false),
                (&mut item.post, true),
                (&mut item.put, true),
                (&mut item.delete, false),
                (&mut item.patch, false),
                (&mut item.head, false),
            ];
            for (op, carries_body) in operations.into_iter().filter_map(|(op, body)| op.as_mut().map(|op| (op, body))) {
                let public = op.security.as_ref().is_some_and(|s| s.iter().all(|r| r == &Default::default()));
                let mut add = |status: &str, name: &str| {
                    op.responses
                        .responses
                        .entry(status.to_string())
                        .or_insert_with(|| RefOr::Ref(Ref::new(format!("#/components/responses/{name}"))));
                };
                // Every address takes `lang`, the language of its messages (read by `web::lang` whatever the
                // handler reads; `params::ANY_QUERY_TAKES`): documented on each operation that does not already.
                let parameters = op.parameters.get_or_insert_with(Vec::new);
                if !parameters.iter().any(|p| p.name == "lang" && p.parameter_in == ParameterIn::Query) {
                    parameters.push(lang_parameter());
                }
                // Every address refuses a query parameter it does not take, whatever else it reads.
                add("400", "BadRequest");
                // And every address answers a method it does not take, naming those it does.
                add("405", "MethodNotAllowed");
                // And every address's head can be too large for the HTTP layer to read.
                add("431", "RequestHeaderFieldsTooLarge");
                if !public {
                    add("401", "Unauthorized");
                }
                if op.request_body.is_some() || carries_body {
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

/// The `lang` query parameter every operation takes: the language of what the answer says in one language, `en` or
/// `fr` (any other value, or `lang` given twice, is a 400); without it, the `lang` cookie, then `Accept-Language`,
/// then English (`web::lang::resolve_head`).
fn lang_parameter() -> utoipa::openapi::path::Parameter {
    use utoipa::openapi::{ObjectBuilder, Required, Type, path::ParameterBuilder};
    ParameterBuilder::new()
        .name("lang")
        .parameter_in(ParameterIn::Query)
        .required(Required::False)
        .description(Some(
            "The language of what the answer says in one language: `en` or `fr` (without it, the `lang` cookie, \
             then `Accept-Language`, then English)",
        ))
        .schema(Some(ObjectBuilder::new().schema_type(Type::String).enum_values(Some(["en", "fr"]))))
        .build()
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
                (actix_web::dev::ResourceDef::new(pattern), super::error::allow_with_head(&methods.join(", ")))
            })
            .collect()
    })
}

/// No route took the request: 405 with `Allow` when the address exists under another method, else 404.
async fn unmatched(req: HttpRequest) -> Result<HttpResponse, ApiError> {
    match methods_at(req.path()) {
        Some(allow) => Err(ApiError::MethodNotAllowed { allow: allow.to_string() }),
        None => Err(ApiError::NotFound),
    }
}

/// The methods an address of the API answers, as its `Allow` header says them (`"GET, HEAD, POST"`); `None` when no
/// operation of the document is there.
pub(super) fn methods_at(path: &str) -> Option<&'static str> {
    allowed_methods().iter().find(|(pattern, _)| pattern.is_match(path)).map(|(_, allow)| allow.as_str())
}

/// This document.
#[utoipa::path(
    get,
    path = "/api/v1/openapi.json",
    responses((status = 200, description = "The OpenAPI 3.1 document of the API", body = Object)),
    security(()),
    tag = "accounts"
)]
async fn openapi() -> Result<HttpResponse, ApiError> {
    // The document is the same for the life of the process: built and serialised once, on its first request.
    static DOCUMENT: std::sync::OnceLock<Result<String, String>> = std::sync::OnceLock::new();
    let body = DOCUMENT.get_or_init(|| serde_json::to_string(&ApiDoc::openapi()).map_err(|e| e.to_string()));
    match body {
        Ok(body) => {
            Ok(HttpResponse::Ok().content_type(actix_web::http::header::ContentType::json()).body(body.as_str()))
        }
        Err(e) => Err(ApiError::internal(e.clone())),
    }
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
    /// The declaration this one supersedes (the supplier's previous declaration for the same solicitation, or its
    /// previous standing one); for a file already received, the one the original superseded.
    superseded: Option<i64>,
    /// The declaration that has replaced this one since: for a file already received whose bid was sent anew;
    /// `null` for a declaration just stored.
    superseded_by: Option<i64>,
    /// The declaration in force for the same bid: the last of its chain of replacements, however long; `id` itself
    /// when nothing replaced it. The receipt, the declaration's page and `GET /api/v1/declarations/{id}` name the
    /// same one.
    in_force: i64,
    /// The reference of the declaration in force (as `reference`).
    in_force_reference: String,
    /// Every warning of the intake (a hidden row or sheet, a value read otherwise than it is shown, a name already on
    /// file …): the file was stored all the same. Each with its place (`PlacesOfWork!I7`), its field by code and in
    /// both languages (`field_code`, `field`, `field_fr`) and its message in both languages; kept with the
    /// declaration (`GET /api/v1/declarations/{id}`) and shown on its receipt and page. For a file already received,
    /// the warnings of reading it again.
    #[schema(value_type = Vec<super::error::IssueJson>)]
    warnings: Labelled<Vec<super::error::IssueJson>>,
    /// The assessment in brief: the model, the declaration's band and score per kind of risk, how many sites and
    /// findings, and where the whole is read. Always given, whatever the declaration's size.
    assessment_summary: AssessmentBrief,
    /// With `?include=assessment` only: the whole assessment, model version, overall and per-site scores with their
    /// factors, findings (for a declaration of 100,000 sites, hundreds of megabytes: read it from
    /// `assessment_summary.href` instead). Each code (`role`, `band`, `severity`, a finding's `code`) has its
    /// `CodeLabel` beside it as `<field>_label`; each factor and finding its words in both languages (`label_en`,
    /// `label_fr`) beside its code and parameters, and each finding's place (`location`, with the workbook's English
    /// sheet names: `PlacesOfWork: S1`) in both languages (`location_en`, `location_fr`: `LieuxDeTravail : S1`).
    /// Each score has its `arithmetic` beside its factors (schema `ArithmeticSaid`, as `AssessmentDetail` gives it).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    assessment: Option<Explained>,
}

/// An assessment in brief, as an upload answers it: its size does not grow with the declaration's.
#[derive(Debug, Serialize, ToSchema)]
pub struct AssessmentBrief {
    /// The risk model's version.
    model_version: String,
    /// The declaration's band and score (0 to 100, to the tenth) for forced labour.
    forced_labour: BandScore,
    /// The same for child labour.
    child_labour: BandScore,
    /// How many sites were scored.
    sites: usize,
    /// How many findings the assessment has.
    findings: usize,
    /// Where the whole assessment is read (`GET`): `/api/v1/declarations/{id}/assessment`.
    href: String,
}

/// A band (`low`, `medium`, `high`) and its score out of 100.
#[derive(Debug, Serialize, ToSchema)]
pub struct BandScore {
    #[schema(value_type = String)]
    band: crate::domain::Band,
    score: f64,
}

impl AssessmentBrief {
    fn of(id: i64, a: &crate::domain::Assessment) -> AssessmentBrief {
        let pair = |s: &crate::domain::Score| BandScore { band: s.band, score: s.score };
        AssessmentBrief {
            model_version: a.model_version.clone(),
            forced_labour: pair(&a.overall.forced_labour),
            child_labour: pair(&a.overall.child_labour),
            sites: a.sites.len(),
            findings: a.findings.len(),
            href: format!("/api/v1/declarations/{id}/assessment"),
        }
    }
}

/// A stored declaration: its summary, the declaration in force for its bid, the declaration as read, and its
/// intake's warnings.
#[derive(Debug, Serialize, ToSchema)]
pub struct DeclarationDetail {
    summary: ReferencedSummary,
    /// The declaration in force for the same bid: the last of its chain of replacements (`summary.superseded_by`
    /// followed to its end, however long); the declaration's own id when nothing replaced it.
    in_force: i64,
    /// The reference of the declaration in force (as `summary.reference`).
    in_force_reference: String,
    /// The declaration as read: supplier, solicitation, places of work, links, attestations, goods. Each code
    /// (`role`, `right`, `scope`) has its `CodeLabel` beside it as `<field>_label`.
    #[schema(value_type = Object)]
    declaration: crate::domain::Declaration,
    /// Its intake's warnings, each with its place and its field in both languages (`field_code`, `field`, `field_fr`).
    warnings: Vec<super::error::IssueJson>,
}

impl DeclarationDetail {
    /// The detail of a stored declaration, with the declaration in force for its bid (read by its chain).
    async fn of(state: &AppState, d: crate::storage::StoredDeclaration) -> Result<Self, ApiError> {
        let in_force = match d.summary.superseded_by {
            Some(_) => state.store.current_declaration_of(d.summary.id).await?.unwrap_or(d.summary.id),
            None => d.summary.id,
        };
        let in_force_reference = if in_force == d.summary.id {
            crate::reports::admin::reference(d.summary.id, d.summary.received_at)
        } else {
            super::supplier_pages::reference_of(state, in_force).await?
        };
        Ok(DeclarationDetail {
            summary: d.summary.into(),
            in_force,
            in_force_reference,
            declaration: d.declaration,
            warnings: super::error::IssueJson::all(d.warnings),
        })
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
    /// languages (`location_en`, `location_fr`) beside `location`. Each score (overall, per site, per category) has
    /// beside its `factors` how they add up to it, `arithmetic` (schema `ArithmeticSaid`): each factor's points (by
    /// its position in `factors`; risk carried from a supplier with what it carries × the tier decay), their `sum`,
    /// the `cap` of 100, `due_diligence` (its share, the region's points it keeps whole, the floor that holds the
    /// score), the `score`, and the steps in words in both languages (`steps_en`, `steps_fr`) — as the declaration's
    /// page and the text report say them. Every figure is to the tenth: the parts add up to `sum`, `sum` with the cap
    /// is `before_due_diligence`, that with due diligence's `points` is `score`.
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

/// A bid of a solicitation, ranked as the solicitation's page ranks it: its declaration's summary (bands and scores
/// overall), its rank, whether it is non-responsive and why, its bands and scores by goods category, and where its
/// whole assessment is; the assessment itself only when asked for (`?include=assessments`).
#[derive(Debug, Serialize, ToSchema)]
pub struct Bid {
    /// 1 for the lowest risk; bids that tie on every criterion share a rank (`reports::comparison::rank`: a
    /// non-responsive bid last, then by the worse of the two bands, the other band, the scores, the disclosure).
    rank: usize,
    #[schema(value_type = DeclarationSummary)]
    declaration: Labelled<DeclarationSummary>,
    /// Whether the bid is non-responsive today (a confirmed PSPC ineligibility in force), and why in English and
    /// French (`null` when it is responsive).
    non_responsive: bool,
    non_responsive_en: Option<String>,
    non_responsive_fr: Option<String>,
    /// Each goods category of the latest assessment: its code, its names and its two bands and scores (0 to 100).
    categories: Vec<BidCategory>,
    /// The path of the latest assessment, whole (`GET /api/v1/declarations/{id}/assessment`).
    assessment_href: String,
    /// The latest assessment, each code with its `CodeLabel` beside it as `<field>_label`: only with
    /// `?include=assessments` (hundreds of kilobytes a bid at a few thousand sites).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    assessment: Option<Explained>,
}

/// A goods category of a bid's latest assessment, as the bid comparison shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct BidCategory {
    /// The category's code in the model's catalogue.
    category: String,
    name_en: String,
    name_fr: String,
    #[schema(value_type = String, example = "high")]
    forced_labour_band: Band,
    /// 0 to 100.
    forced_labour_score: f64,
    #[schema(value_type = String, example = "medium")]
    child_labour_band: Band,
    /// 0 to 100.
    child_labour_score: f64,
}

/// The current bids of a solicitation, ranked.
#[derive(Debug, Serialize, ToSchema)]
pub struct SolicitationDetail {
    number: String,
    /// How many bids the solicitation has (every one is in `bids`).
    total: usize,
    bids: Vec<Bid>,
}

/// What the answer about a solicitation carries besides each bid's summary.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SolicitationQuery {
    /// `assessments`: each bid's latest assessment whole, explanations included (large); absent: the summaries only.
    #[param(value_type = Option<String>)]
    include: Option<SolicitationInclude>,
}

/// What `?include=` adds to the answer about a solicitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SolicitationInclude {
    /// Each bid's latest assessment, whole.
    Assessments,
}

/// The account calling and what its role allows.
#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    /// The account (never its password hash).
    account: crate::domain::Account,
    /// The actions its role allows (`read_portfolio`, `submit`, …).
    may: Vec<String>,
}

/// The accounts of the service.
#[derive(Debug, Serialize, ToSchema)]
pub struct AccountList {
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
    /// How many entries the query selects in all (every page).
    total: u64,
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
    /// `assessment`: the whole assessment in the answer, explanations included (large for a large declaration);
    /// absent: its summary only (`assessment_summary`), the whole read from its `href`.
    #[param(value_type = Option<String>)]
    include: Option<UploadInclude>,
}

/// What `?include=` adds to an upload's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UploadInclude {
    /// The assessment, whole.
    Assessment,
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
        (status = 201, description = "Stored; `Location` names it; the body has the id, warnings and the assessment's summary (`?include=assessment`: the whole assessment too)", body = Submitted),
        (status = 200, description = "The same file (same SHA-256) was received before: nothing new was stored; `duplicate` is true and `id`, `reference` and `Location` are the original declaration's (which may have been superseded since: see its summary)", body = Submitted),
        (status = 403, description = "The role may not submit, or a session's form token is missing"),
        (status = 409, description = "Dated before the supplier's declaration in force for the same solicitation (or its standing one): the message names it, its reference and both dates; nothing stored"),
        (status = 413, description = "Larger than the configured file limit"),
        (status = 422, description = "Refused: every error with its place (`PlacesOfWork!K12`) in English and French; nothing stored"),
        (status = 503, description = "`uploads_busy`: the service holds as many uploads as it may; the body was read through and dropped, nothing stored; send it again after `Retry-After` seconds; `reader_busy`: the machine was too busy for the reader to finish the file within its wall-clock limit, which used much less processor time than it is allowed (not a refusal of the file), nothing stored; send it again after `Retry-After` seconds")
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
    let UploadQuery { file_name, include } = query.into_inner();
    let upload = read_upload(
        &req,
        payload,
        &state.uploads,
        state.limits.max_file_bytes,
        file_name,
        UploadOf::Declaration,
        SentFrom::Api,
        &[],
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
    let in_force = submitted.outcome.in_force;
    let body = Submitted {
        id,
        reference: super::supplier_pages::reference_of(&state, id).await?,
        duplicate: submitted.outcome.duplicate,
        superseded: submitted.outcome.superseded,
        superseded_by: submitted.outcome.superseded_by,
        in_force,
        in_force_reference: super::supplier_pages::reference_of(&state, in_force).await?,
        warnings: Labelled(super::error::IssueJson::all(submitted.warnings)),
        assessment_summary: AssessmentBrief::of(id, &submitted.assessment),
        assessment: (include == Some(UploadInclude::Assessment)).then(|| Explained::new(&state, submitted.assessment)),
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
    let detail = DeclarationDetail::of(&state, stored.ok_or(ApiError::NotFound)?).await?;
    Ok(HttpResponse::Ok().json(labelled(&detail)?))
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

/// The current bids of a solicitation, ranked as its page ranks them, each with its summary, its bands by goods
/// category and whether it is non-responsive; `?include=assessments` adds each latest assessment whole.
#[utoipa::path(
    get,
    path = "/api/v1/solicitations/{number}",
    params(
        ("number" = String, Path, description = "Solicitation number, e.g. W8486-240001/A (the slash may stay as is)"),
        SolicitationQuery
    ),
    responses(
        (status = 200, description = "The bids, ranked, and their bands", body = SolicitationDetail),
        (status = 400, description = "A query parameter it does not take, or `include` other than `assessments`"),
        (status = 403, description = "Not an officer, auditor or administrator"),
        (status = 404, description = "No bid for this solicitation")
    ),
    tag = "solicitations"
)]
async fn get_solicitation(
    state: web::Data<AppState>,
    number: web::Path<String>,
    query: Query<SolicitationQuery>,
    viewer: MaybeViewer,
) -> Result<HttpResponse, ApiError> {
    use crate::reports::comparison;
    viewer.signed_in()?.require(Action::ReadPortfolio)?;
    let bids = state.store.bids_for(&number).await?.ok_or(ApiError::NotFound)?;
    let ids: Vec<i64> = bids.bids.iter().map(|b| b.id).collect();
    let mut latest = state.store.latest_assessments(&ids).await?;
    let with_assessments: Vec<_> = bids
        .bids
        .into_iter()
        .map(|b| {
            let a = latest.remove(&b.id);
            (b, a)
        })
        .collect();
    // The page's ranking for today (its words in English); why a bid is non-responsive is said in French apart.
    let today = crate::screening::effect::today();
    let cat = state.renderer.catalog();
    let ranking = comparison::rank(cat, Lang::En, &with_assessments, today);
    let mut by_id: HashMap<i64, (DeclarationSummary, Option<Assessment>)> =
        with_assessments.into_iter().map(|(s, a)| (s.id, (s, a))).collect();
    let whole = query.include == Some(SolicitationInclude::Assessments);
    let mut out = Vec::with_capacity(ranking.len());
    for r in ranking {
        let Some((summary, assessment)) = by_id.remove(&r.id) else { continue };
        let categories = assessment.as_ref().map_or_else(Vec::new, |a| {
            a.categories
                .iter()
                .map(|c| BidCategory {
                    category: c.category.clone(),
                    name_en: state.model.category_name(&c.category, Lang::En).unwrap_or(&c.category).to_string(),
                    name_fr: state.model.category_name(&c.category, Lang::Fr).unwrap_or(&c.category).to_string(),
                    forced_labour_band: c.risk.forced_labour.band,
                    forced_labour_score: c.risk.forced_labour.score,
                    child_labour_band: c.risk.child_labour.band,
                    child_labour_score: c.risk.child_labour.score,
                })
                .collect()
        });
        out.push(Bid {
            rank: r.rank,
            assessment_href: format!("/api/v1/declarations/{}/assessment", summary.id),
            declaration: Labelled(summary),
            non_responsive: r.non_responsive.is_some(),
            non_responsive_fr: assessment
                .as_ref()
                .and_then(|a| crate::reports::explain::ineligibility_words(cat, a, Lang::Fr, today)),
            non_responsive_en: r.non_responsive,
            categories,
            assessment: if whole { assessment.map(|a| Explained::new(&state, a)) } else { None },
        });
    }
    let total = out.len();
    Ok(streamed_json(HttpResponse::Ok(), SolicitationDetail { number: bids.number, total, bids: out }))
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
    /// Skip this many of the newest (default 0, at most 1,000,000,000).
    #[param(minimum = 0, maximum = 1_000_000_000)]
    offset: Option<u64>,
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
    let (limit, offset) = super::listing::window(q.limit, q.offset)?;
    let (entries, total) = state.store.audit_entries_page(q.subject.as_deref(), limit, offset).await?;
    let verification = state.store.verify_audit().await?;
    Ok(HttpResponse::Ok().json(AuditLog { intact: verification.is_intact(), verification, entries, total }))
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
