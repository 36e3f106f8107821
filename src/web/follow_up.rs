//! A bid's follow-up and a case's files, as rules both doors apply (the pages of `case_pages`, the JSON API here):
//! requests for information to a bidder and its answers, evaluation notes, attachments served to whoever may read
//! their entry. The API answers under `/api/v1`: `bids/{id}/requests`, `requests`, `requests/{id}`,
//! `requests/{id}/answers`, `bids/{id}/notes`, `cases/{id}/attachments` and `cases/{id}/attachments/{file}`.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::auth::{self, Action, MaybeViewer, Sight, Viewer};
use super::cases::visible_case;
use super::input::json_body;
use super::params::{IdPath, Query};
use super::{ApiError, AppState};
use crate::cases::CaseEvent;
use crate::cases::attachments::AttachmentInfo;
use crate::domain::Message;
use crate::reports::casefile;
use crate::storage::{DeclarationSummary, EvaluationNote, NewRequest, StoredAttachment, StoredRequest};

/// Mounts the API routes (under `/api/v1`).
pub fn api_routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/bids/{id}/requests", web::get().to(api_bid_requests))
        .route("/bids/{id}/requests", web::post().to(api_send_request))
        .route("/requests", web::get().to(api_my_requests))
        .route("/requests/{id}", web::get().to(api_request))
        .route("/requests/{id}/answers", web::post().to(api_answer))
        .route("/bids/{id}/notes", web::get().to(api_notes))
        .route("/bids/{id}/notes", web::post().to(api_add_note))
        .route("/cases/{id}/attachments", web::get().to(api_attachments))
        .route("/cases/{id}/attachments/{file}", web::get().to(api_attachment));
}

/// A refusal of the catalogues ([`Message`]) as a bad request in both languages.
fn refused(cat: &crate::reports::Catalog) -> impl Fn(Message) -> ApiError + '_ {
    move |m| ApiError::refused(cat, &m)
}

/// A refusal said by the compiled-in catalogues, where no renderer is at hand.
fn said(m: &Message) -> ApiError {
    match crate::reports::Catalog::shared() {
        Some(cat) => ApiError::refused(cat, m),
        // Unreachable while the compiled-in catalogues load (a test checks).
        None => ApiError::bad_request(m.key, m.key),
    }
}

/// The caller, if its role may do `action` (a session's change also needs its form token), and then only the JSON
/// body it sent.
async fn allowed_body<T: super::input::JsonBody>(
    req: &HttpRequest,
    viewer: MaybeViewer,
    action: Action,
    payload: web::Payload,
) -> Result<(Viewer, T), ApiError> {
    let viewer = viewer.signed_in()?;
    viewer.require(action)?;
    auth::check_csrf_for(req, &viewer, None)?;
    Ok((viewer, json_body(req, payload).await?))
}

// --- The rules. ---

/// A bid (a declaration) this viewer may follow: any for the portfolio roles, its own for a supplier (others: 404).
pub(super) async fn visible_bid(state: &AppState, viewer: &Viewer, id: i64) -> Result<DeclarationSummary, ApiError> {
    let d = state.store.get_declaration(id).await?.ok_or(ApiError::NotFound)?.summary;
    match viewer.only_business_number() {
        Some(bn) if d.business_number.as_deref() != Some(bn.as_str()) => Err(ApiError::NotFound),
        _ => Ok(d),
    }
}

/// The solicitation a bid answers; a declaration that answers none has no bid to follow up (400).
pub(super) fn solicitation_of(d: &DeclarationSummary) -> Result<String, ApiError> {
    d.solicitation_number.clone().ok_or_else(|| said(&Message::new("follow.refused.no_solicitation")))
}

/// The longest evaluation note, in characters.
pub const NOTE_MAX_CHARS: usize = 10_000;

/// A bid along its supersession chain: the ids of the supplier's declarations for the solicitation, oldest first
/// (each replaced by the next, read from `supersedes`/`superseded_by`), and the current one, the last.
pub(super) struct Bid {
    pub chain: Vec<i64>,
    pub current: DeclarationSummary,
}

/// The supersession chain `d` belongs to (see [`Bid`]); a loop in the stored links stops the walk.
pub(super) async fn bid_chain(state: &AppState, d: &DeclarationSummary) -> Result<Bid, ApiError> {
    let mut chain = vec![d.id];
    let mut back = d.supersedes;
    while let Some(id) = back.filter(|id| !chain.contains(id)) {
        chain.insert(0, id);
        back = state.store.get_declaration(id).await?.and_then(|p| p.summary.supersedes);
    }
    let mut current = d.clone();
    while let Some(id) = current.superseded_by.filter(|id| !chain.contains(id)) {
        let Some(next) = state.store.get_declaration(id).await? else { break };
        chain.push(id);
        current = next.summary;
    }
    Ok(Bid { chain, current })
}

/// Refuses a new request or note on a replaced declaration (409 [`ApiError::Superseded`], naming the current one):
/// the follow-up goes on at the current declaration, where it is listed with everything before it.
async fn require_current(state: &AppState, d: &DeclarationSummary) -> Result<(), ApiError> {
    if d.superseded_by.is_none() {
        return Ok(());
    }
    let bid = bid_chain(state, d).await?;
    Err(ApiError::Superseded { declaration: d.id, current: bid.current.id })
}

/// The requests about a bid, oldest first: those made on any declaration of its chain (each names its own
/// `declaration_id`).
pub(super) async fn bid_requests(state: &AppState, d: &DeclarationSummary) -> Result<Vec<StoredRequest>, ApiError> {
    let Some(number) = &d.solicitation_number else { return Ok(Vec::new()) };
    let bid = bid_chain(state, d).await?;
    let requests = state.store.requests_for_solicitation(number).await?;
    Ok(requests.into_iter().filter(|r| bid.chain.contains(&r.declaration_id)).collect())
}

/// One page of the evaluation notes about a bid, oldest first: those made on any declaration of its chain, at most
/// `limit` from the `offset`-th, with how many there are in all.
pub(super) async fn bid_notes(
    state: &AppState,
    d: &DeclarationSummary,
    limit: u64,
    offset: u64,
) -> Result<(Vec<EvaluationNote>, u64), ApiError> {
    let Some(number) = &d.solicitation_number else { return Ok((Vec::new(), 0)) };
    let bid = bid_chain(state, d).await?;
    Ok(state.store.evaluation_notes_page(number, &bid.chain, limit, offset).await?)
}

/// How many notes about a bid there are (its follow-up page's last page holds the newest).
pub(super) async fn bid_note_count(state: &AppState, d: &DeclarationSummary) -> Result<u64, ApiError> {
    Ok(bid_notes(state, d, 1, 0).await?.1)
}

/// Checks a request's deadline: after `today`, and at most one year ahead — the same day next year
/// ([`cases::one_year_after`]) — (400 naming `respond_by` and its value as given, the other days in words from
/// `cat`).
pub(super) fn check_respond_by(
    respond_by: NaiveDate,
    today: NaiveDate,
    cat: &crate::reports::Catalog,
) -> Result<(), ApiError> {
    let latest = crate::cases::one_year_after(today);
    let refusal =
        |key: &'static str| Message::new(key).label("field", "case.respond_by").text("given", respond_by.to_string());
    if respond_by <= today {
        return Err(ApiError::refused(cat, &refusal("follow.refused.respond_by_past").day("today", today)));
    }
    if respond_by > latest {
        return Err(ApiError::refused(cat, &refusal("follow.refused.respond_by_far").day("latest", latest)));
    }
    Ok(())
}

/// Sends a request for information about a bid to its bidder (subject, body, a deadline after today and at most one
/// year ahead) on its current declaration (a replaced one: 409); answers its id.
pub(super) async fn send_request(
    state: &AppState,
    viewer: &Viewer,
    d: &DeclarationSummary,
    subject: &str,
    body: &str,
    respond_by: &str,
) -> Result<i64, ApiError> {
    let solicitation = solicitation_of(d)?;
    require_current(state, d).await?;
    let bn = d.business_number.clone().ok_or_else(|| {
        ApiError::refused(state.renderer.catalog(), &Message::new("follow.refused.no_business_number"))
    })?;
    let cat = state.renderer.catalog();
    let subject = casefile::required("case.subject", subject).map_err(refused(cat))?;
    let body = casefile::required("follow.request_body", body).map_err(refused(cat))?;
    let respond_by = casefile::date("case.respond_by", respond_by).map_err(refused(cat))?;
    check_respond_by(respond_by, Utc::now().date_naive(), state.renderer.catalog())?;
    let new = NewRequest {
        declaration_id: d.id,
        business_number: bn,
        solicitation_number: solicitation,
        subject,
        body,
        respond_by,
    };
    Ok(state.store.create_information_request(&new, &viewer.account.email).await?)
}

/// Records an evaluation note (at most [`NOTE_MAX_CHARS`] characters, 400 naming `text`) about a bid, on its current
/// declaration (a replaced one: 409); answers its id.
pub(super) async fn record_note(
    state: &AppState,
    viewer: &Viewer,
    d: &DeclarationSummary,
    text: &str,
) -> Result<i64, ApiError> {
    let solicitation = solicitation_of(d)?;
    require_current(state, d).await?;
    let text = casefile::required("follow.note", text).map_err(refused(state.renderer.catalog()))?;
    let chars = text.chars().count();
    if chars > NOTE_MAX_CHARS {
        let m = Message::new("follow.refused.note_length")
            .number("max", NOTE_MAX_CHARS as f64)
            .number("sent", chars as f64);
        return Err(ApiError::refused(state.renderer.catalog(), &m));
    }
    Ok(state.store.add_evaluation_note(&solicitation, Some(d.id), &text, &viewer.account.email).await?)
}

/// The request if this viewer may see it: the portfolio roles, and the supplier it was sent to (others: 404).
pub(super) async fn visible_request(state: &AppState, viewer: &Viewer, id: i64) -> Result<StoredRequest, ApiError> {
    let r = state.store.information_request(id).await?.ok_or(ApiError::NotFound)?;
    match viewer.only_business_number() {
        Some(bn) if bn != r.business_number => Err(ApiError::NotFound),
        _ => Ok(r),
    }
}

/// The bidder answers its request: text, and optionally one of its declarations for the solicitation (a new
/// declaration is uploaded first, then named). Only the bidder answers (403 for the portfolio roles). Answers the
/// answer's id.
pub(super) async fn answer(
    state: &AppState,
    viewer: &Viewer,
    r: &StoredRequest,
    text: &str,
    declaration_id: Option<i64>,
) -> Result<i64, ApiError> {
    if viewer.only_business_number().is_none() {
        return Err(ApiError::Forbidden);
    }
    let text = casefile::required("case.text", text).map_err(refused(state.renderer.catalog()))?;
    if let Some(did) = declaration_id {
        let d = state.store.get_declaration(did).await?.map(|d| d.summary);
        let own = d.is_some_and(|d| {
            d.business_number.as_deref() == Some(r.business_number.as_str())
                && d.solicitation_number.as_deref() == Some(r.solicitation_number.as_str())
        });
        if !own {
            return Err(ApiError::refused(
                state.renderer.catalog(),
                &Message::new("follow.refused.not_own_declaration"),
            ));
        }
    }
    Ok(state.store.answer_information_request(r.id, &text, declaration_id, &viewer.account.email).await?)
}

/// Whether a case's entry is one a supplier reads: what was sent to it and what it answered, never evidence.
fn shown_to_supplier(event: &CaseEvent) -> bool {
    matches!(event, CaseEvent::Notice(_) | CaseEvent::Response(_) | CaseEvent::Decision(_))
}

/// The files of a case this viewer may read: all of them for the portfolio roles; for the contract's supplier, those
/// of its notices, responses and decisions. A case the viewer may not see is 404.
pub(super) async fn visible_attachments(
    state: &AppState,
    viewer: &Viewer,
    case_id: i64,
) -> Result<Vec<AttachmentInfo>, ApiError> {
    let (case, _) = visible_case(state, viewer, case_id).await?;
    let mut files = state.store.attachments_of_case(case.id).await?;
    if !viewer.can(Action::ReadPortfolio) {
        files.retain(|a| case.events.iter().any(|e| e.id == a.event_id && shown_to_supplier(&e.event)));
    }
    Ok(files)
}

/// One file of a case, for whoever may read its entry (see [`visible_attachments`]); anyone else gets 404.
pub(super) async fn visible_attachment(
    state: &AppState,
    viewer: &Viewer,
    case_id: i64,
    attachment_id: i64,
) -> Result<StoredAttachment, ApiError> {
    let (case, _) = visible_case(state, viewer, case_id).await?;
    let file =
        state.store.attachment(attachment_id).await?.filter(|a| a.case_id == case.id).ok_or(ApiError::NotFound)?;
    let entry = case.events.iter().find(|e| e.id == file.info.event_id).ok_or(ApiError::NotFound)?;
    if !viewer.can(Action::ReadPortfolio) && !shown_to_supplier(&entry.event) {
        return Err(ApiError::NotFound);
    }
    Ok(file)
}

/// A file as a download: its media type, its name (ASCII, and in full as RFC 5987), its SHA-256 in
/// `X-Content-SHA256`; a sandbox policy so that a file opened in the browser runs and loads nothing. Plain text is
/// served as UTF-8 text under a name ending in `.txt` (`chart.svg.txt`): a text file kept under a name a browser
/// or a desktop would open as something else (SVG, HTML, before markup was refused: `cases::attachments`) opens as
/// text once saved.
pub(super) fn file_response(file: StoredAttachment) -> HttpResponse {
    let text = file.info.media_type == "text/plain";
    let name = if text && !file.info.file_name.to_ascii_lowercase().ends_with(".txt") {
        format!("{}.txt", file.info.file_name)
    } else {
        file.info.file_name.clone()
    };
    let media_type = if text { "text/plain; charset=utf-8".to_string() } else { file.info.media_type.clone() };
    let ascii: String =
        name.chars().map(|c| if c.is_ascii_alphanumeric() || ".-_".contains(c) { c } else { '_' }).collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b".-_".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    HttpResponse::Ok()
        .content_type(media_type)
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}"),
        ))
        .insert_header((header::CONTENT_SECURITY_POLICY, "default-src 'none'; sandbox"))
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .insert_header(("x-content-sha256", file.info.sha256.clone()))
        .body(file.bytes)
}

// --- The API. ---

/// Requests for information, newest or oldest first as the route says, each with its answers. People are named
/// (`requested_by_name`, `answered_by_name`); `requested_by` and `answered_by` are the accounts' e-mails, given to a
/// supplier only for its own organisation's accounts.
#[derive(Debug, Serialize, ToSchema)]
pub struct RequestList {
    requests: Vec<StoredRequest>,
}

/// A request for information to send to a bid's bidder.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InformationRequestBody {
    subject: String,
    body: String,
    /// The last day to answer (inclusive), after today.
    respond_by: NaiveDate,
}

/// A bidder's answer to a request: its text, and optionally one of its declarations for the solicitation.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerBody {
    text: String,
    #[serde(default)]
    declaration_id: Option<i64>,
}

impl super::input::JsonBody for InformationRequestBody {}
impl super::input::JsonBody for AnswerBody {}
impl super::input::JsonBody for NoteBody {}

/// An evaluation note to record about a bid.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NoteBody {
    text: String,
}

/// One page of the evaluation notes about a bid, oldest first (`author_name`; `author`: the account's e-mail).
#[derive(Debug, Serialize, ToSchema)]
pub struct NoteList {
    notes: Vec<EvaluationNote>,
    /// How many notes the bid has in all (every page).
    total: u64,
}

/// Which page of a bid's notes.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct NotesQuery {
    /// At most this many (default 50, from 1 to 1000).
    #[param(minimum = 1, maximum = 1000)]
    limit: Option<u64>,
    /// Skip this many (default 0, at most 1,000,000,000).
    #[param(minimum = 0, maximum = 1_000_000_000)]
    offset: Option<u64>,
}

/// What was recorded: its id, and the request it answers for an answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct Recorded {
    id: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    request_id: Option<i64>,
}

/// The files of a case the caller may read, with their SHA-256 (download: `/api/v1/cases/{id}/attachments/{file}`).
#[derive(Debug, Serialize, ToSchema)]
pub struct AttachmentList {
    attachments: Vec<AttachmentInfo>,
}

/// The requests for information about a bid, oldest first: the portfolio roles, and the bidder for its own bid. A bid
/// is followed along its replacements: any declaration of the chain lists the requests made on all of them, each
/// naming the declaration it was made on (`declaration_id`).
#[utoipa::path(
    get,
    path = "/api/v1/bids/{id}/requests",
    params(("id" = i64, Path, description = "The bid's declaration id")),
    responses(
        (status = 200, description = "The bid's requests with their answers", body = RequestList),
        (status = 400, description = "The declaration answers no solicitation: there is no bid to follow up"),
        (status = 404, description = "No such bid, or not the caller's")
    ),
    tag = "follow-up"
)]
pub(super) async fn api_bid_requests(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: IdPath<i64>,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    let d = visible_bid(&state, &viewer, *id).await?;
    solicitation_of(&d)?;
    let sight = Sight::of(&state, &viewer).await?;
    let requests = bid_requests(&state, &d).await?.into_iter().map(|r| sight.request(r)).collect();
    Ok(HttpResponse::Ok().json(RequestList { requests }))
}

/// Sends a request for information or clarification to a bid's bidder (officers and administrators): its accounts
/// are told through the outbox, in their language.
#[utoipa::path(
    post,
    path = "/api/v1/bids/{id}/requests",
    params(("id" = i64, Path, description = "The bid's declaration id")),
    request_body = InformationRequestBody,
    responses(
        (status = 201, description = "Sent; `Location` names it", body = StoredRequest),
        (status = 400, description = "A field is refused (`respond_by` after today and at most one year ahead), or \
                                       the declaration answers no solicitation"),
        (status = 403, description = "Not an officer or administrator, or a session's form token is missing"),
        (status = 404, description = "No such bid"),
        (status = 409, description = "The declaration was replaced: `superseded`, the message names the current one")
    ),
    tag = "follow-up"
)]
pub(super) async fn api_send_request(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: IdPath<i64>,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let (viewer, body): (_, InformationRequestBody) =
        allowed_body(&req, viewer, Action::RecordContracts, payload).await?;
    let d = visible_bid(&state, &viewer, *id).await?;
    let rid = send_request(&state, &viewer, &d, &body.subject, &body.body, &body.respond_by.to_string()).await?;
    let sent = state.store.information_request(rid).await?.ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Created().insert_header((header::LOCATION, format!("/api/v1/requests/{rid}"))).json(sent))
}

/// The requests sent to the caller's organisation, newest first (supplier accounts; the portfolio roles list a
/// bid's requests instead).
#[utoipa::path(
    get,
    path = "/api/v1/requests",
    responses(
        (status = 200, description = "The supplier's requests with their answers", body = RequestList),
        (status = 403, description = "Not a supplier account: list a bid's requests at /api/v1/bids/{id}/requests")
    ),
    tag = "follow-up"
)]
pub(super) async fn api_my_requests(state: web::Data<AppState>, viewer: MaybeViewer) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    let bn = viewer.only_business_number().ok_or(ApiError::Forbidden)?;
    let sight = Sight::of(&state, &viewer).await?;
    let requests = state.store.requests_to_supplier(&bn).await?.into_iter().map(|r| sight.request(r)).collect();
    Ok(HttpResponse::Ok().json(RequestList { requests }))
}

/// One request with its answers: the portfolio roles, and the supplier it was sent to.
#[utoipa::path(
    get,
    path = "/api/v1/requests/{id}",
    params(("id" = i64, Path, description = "Request id")),
    responses(
        (status = 200, description = "The request", body = StoredRequest),
        (status = 404, description = "No such request, or not the caller's")
    ),
    tag = "follow-up"
)]
pub(super) async fn api_request(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: IdPath<i64>,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    let r = visible_request(&state, &viewer, *id).await?;
    Ok(HttpResponse::Ok().json(Sight::of(&state, &viewer).await?.request(r)))
}

/// The bidder answers a request sent to it.
#[utoipa::path(
    post,
    path = "/api/v1/requests/{id}/answers",
    params(("id" = i64, Path, description = "Request id")),
    request_body = AnswerBody,
    responses(
        (status = 201, description = "Answered", body = Recorded),
        (status = 403, description = "Not the bidder (only the supplier it was sent to answers), or a session's form token is missing"),
        (status = 404, description = "No such request, or not the caller's")
    ),
    tag = "follow-up"
)]
pub(super) async fn api_answer(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: IdPath<i64>,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    let r = visible_request(&state, &viewer, *id).await?;
    if viewer.only_business_number().is_none() {
        return Err(ApiError::Forbidden);
    }
    auth::check_csrf_for(&req, &viewer, None)?;
    let body: AnswerBody = json_body(&req, payload).await?;
    let aid = answer(&state, &viewer, &r, &body.text, body.declaration_id).await?;
    Ok(HttpResponse::Created().json(Recorded { id: aid, request_id: Some(r.id) }))
}

/// One page of the evaluation notes about a bid, oldest first, with how many there are (officers, auditors and
/// administrators).
#[utoipa::path(
    get,
    path = "/api/v1/bids/{id}/notes",
    params(("id" = i64, Path, description = "The bid's declaration id"), NotesQuery),
    responses(
        (status = 200, description = "A page of the bid's notes (on every declaration of its chain) and their total", body = NoteList),
        (status = 400, description = "The declaration answers no solicitation: there is no bid to follow up; or `limit` or `offset` out of its range"),
        (status = 403, description = "Not an officer, auditor or administrator"),
        (status = 404, description = "No such bid")
    ),
    tag = "follow-up"
)]
pub(super) async fn api_notes(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: IdPath<i64>,
    q: Query<NotesQuery>,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    viewer.require(Action::ReadPortfolio)?;
    let (limit, offset) = super::listing::window_of(q.limit, q.offset, 50)?;
    let d = visible_bid(&state, &viewer, *id).await?;
    solicitation_of(&d)?;
    let (notes, total) = bid_notes(&state, &d, limit, offset).await?;
    Ok(HttpResponse::Ok().json(NoteList { notes, total }))
}

/// Records an evaluation note about a bid for the file (officers and administrators).
#[utoipa::path(
    post,
    path = "/api/v1/bids/{id}/notes",
    params(("id" = i64, Path, description = "The bid's declaration id")),
    request_body = NoteBody,
    responses(
        (status = 201, description = "Recorded", body = Recorded),
        (status = 400, description = "A field is refused (`text` at most 10,000 characters), or the declaration \
                                       answers no solicitation"),
        (status = 403, description = "Not an officer or administrator, or a session's form token is missing"),
        (status = 404, description = "No such bid"),
        (status = 409, description = "The declaration was replaced: `superseded`, the message names the current one")
    ),
    tag = "follow-up"
)]
pub(super) async fn api_add_note(
    req: HttpRequest,
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: IdPath<i64>,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let (viewer, body): (_, NoteBody) = allowed_body(&req, viewer, Action::RecordContracts, payload).await?;
    let d = visible_bid(&state, &viewer, *id).await?;
    let nid = record_note(&state, &viewer, &d, &body.text).await?;
    Ok(HttpResponse::Created().json(Recorded { id: nid, request_id: None }))
}

/// The files of a case the caller may read, with their SHA-256: every file for the portfolio roles; the files of
/// its notices, responses and decisions for the contract's supplier.
#[utoipa::path(
    get,
    path = "/api/v1/cases/{id}/attachments",
    params(("id" = i64, Path, description = "Case id")),
    responses(
        (status = 200, description = "The case's files", body = AttachmentList),
        (status = 404, description = "No such case, or not the caller's")
    ),
    tag = "cases"
)]
pub(super) async fn api_attachments(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    id: IdPath<i64>,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    Ok(HttpResponse::Ok().json(AttachmentList { attachments: visible_attachments(&state, &viewer, *id).await? }))
}

/// One file of a case, to whoever may read its entry (as the case page serves it); its SHA-256 in
/// `X-Content-SHA256`.
#[utoipa::path(
    get,
    path = "/api/v1/cases/{id}/attachments/{file}",
    params(("id" = i64, Path, description = "Case id"), ("file" = i64, Path, description = "Attachment id")),
    responses(
        (status = 200, description = "The file's bytes, in the media type its content showed when it was stored (one of \
                                       those accepted), with its name in `Content-Disposition`",
         content(
            (Vec<u8> = "application/pdf"), (Vec<u8> = "image/jpeg"), (Vec<u8> = "image/png"), (Vec<u8> = "image/webp"),
            (Vec<u8> = "image/tiff"), (Vec<u8> = "image/heif"),
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            (Vec<u8> = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            (Vec<u8> = "application/vnd.oasis.opendocument.text"),
            (Vec<u8> = "application/vnd.oasis.opendocument.spreadsheet"), (Vec<u8> = "text/plain")
         ),
         headers(("x-content-sha256" = String, description = "The file's SHA-256, hex"))),
        (status = 404, description = "No such file, or not one the caller may read")
    ),
    tag = "cases"
)]
pub(super) async fn api_attachment(
    state: web::Data<AppState>,
    viewer: MaybeViewer,
    path: IdPath<(i64, i64)>,
) -> Result<HttpResponse, ApiError> {
    let viewer = viewer.signed_in()?;
    let (case_id, file_id) = path.into_inner();
    Ok(file_response(visible_attachment(&state, &viewer, case_id, file_id).await?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deadline_runs_from_tomorrow_to_one_year_ahead() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let day = |n: u64| today + chrono::Days::new(n);
        let cat = crate::reports::Catalog::embedded().unwrap();
        let check_respond_by = |by, today| super::check_respond_by(by, today, &cat);
        assert!(check_respond_by(day(1), today).is_ok());
        // One year is the same day next year: 365 days here, not 366.
        let next_year = NaiveDate::from_ymd_opt(2027, 11, 30).unwrap();
        assert_eq!(next_year, day(365));
        assert!(check_respond_by(next_year, today).is_ok());
        for refused in [today, day(366), NaiveDate::MAX] {
            let (en, fr) = check_respond_by(refused, today).unwrap_err().messages();
            assert!(en.starts_with(&format!("Respond by {refused}:")), "{en}");
            assert!(fr.starts_with(&format!("Répondre au plus tard le {refused}\u{a0}:")), "{fr}");
        }
        // A past deadline is refused as a rule.
        let (en, fr) = check_respond_by(today, today).unwrap_err().messages();
        assert!(en.contains("must be after today") && fr.contains("doit être postérieur"), "{en} / {fr}");
        // The days the refusal names besides the value given are in words.
        assert!(en.ends_with("(November 30, 2026).") && fr.ends_with("(30 novembre 2026)."), "{en} / {fr}");
        let (en, fr) = check_respond_by(day(366), today).unwrap_err().messages();
        assert!(en.contains("(November 30, 2027 at the latest)"), "{en}");
        assert!(fr.contains("(le 30 novembre 2027 au plus tard)"), "{fr}");
        // Across 29 February, still the same day next year.
        let leap = NaiveDate::from_ymd_opt(2028, 2, 29).unwrap();
        assert_eq!(crate::cases::one_year_after(leap), NaiveDate::from_ymd_opt(2029, 2, 28).unwrap());
    }

    #[test]
    fn a_text_file_is_served_as_text_under_a_name_that_opens_as_text() {
        let file = |name: &str, media_type: &str| StoredAttachment {
            info: AttachmentInfo {
                id: 1,
                event_id: 1,
                file_name: name.into(),
                media_type: media_type.into(),
                size: 3,
                sha256: "ab".into(),
            },
            case_id: 1,
            bytes: b"abc".to_vec(),
        };
        let headers = |r: &HttpResponse| {
            let get = |h| r.headers().get(h).map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
            (get(header::CONTENT_TYPE), get(header::CONTENT_DISPOSITION))
        };
        // Kept as text before markup was refused, named as something a browser runs: downloaded as text.
        for name in ["chart.svg", "page.HTML", "notes"] {
            let (kind, disposition) = headers(&file_response(file(name, "text/plain")));
            assert_eq!(kind, "text/plain; charset=utf-8");
            assert!(
                disposition.starts_with("attachment; ") && disposition.contains(&format!("{name}.txt")),
                "{disposition}"
            );
        }
        let (_, disposition) = headers(&file_response(file("notes.TXT", "text/plain")));
        assert!(disposition.contains("filename=\"notes.TXT\""), "{disposition}");
        let (kind, disposition) = headers(&file_response(file("audit.pdf", "application/pdf")));
        assert_eq!(kind, "application/pdf");
        assert!(disposition.contains("filename=\"audit.pdf\""), "{disposition}");
    }
}
