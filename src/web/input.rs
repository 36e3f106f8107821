//! What a request sends, read within its limits: JSON bodies, uploads part by part (a multipart form or the file as
//! the body), numeric parameters within their range. Every refusal is an `ApiError` naming what does not hold.

use actix_web::http::header;
use actix_web::{HttpRequest, web};
use futures_util::StreamExt;

use super::ApiError;
use super::error::{json_refused, json_unreadable};
use super::uploads::{UploadGate, UploadPermit};
use crate::domain::Message;

/// The largest JSON or form body a route reads (files have their own limit): forms and JSON documents of cases,
/// contracts and decisions are a few kilobytes.
pub const BODY_LIMIT: usize = 256 * 1024;

/// A JSON body, read once the caller is known and allowed (an anonymous caller learns nothing of what a body should
/// hold): at most [`BODY_LIMIT`] bytes, a 400 naming what does not hold (a field by its path, `overrides[0].in_force`).
///
/// The body's shape is checked against the type's OpenAPI schema before it is read: serde reads a struct from a JSON
/// array by position, so `[true, "note"]` would otherwise be taken for `{"confirmed": true, "note": "note"}`. Where the
/// schema asks for an object, at any depth, nothing but an object is read (see [`objects_where_objects_are_asked`]).
///
/// The body must be sent as `application/json` (or a `+json` type): a body sent as text or as a form is refused, not
/// guessed at.
pub(super) async fn json_body<T>(req: &HttpRequest, mut payload: web::Payload) -> Result<T, ApiError>
where
    T: JsonBody,
{
    // A body declared over the limit is refused for its size whatever its type, as the `Expect: 100-continue` step
    // refuses it from the head (`web::expect`).
    refuse_declared_over(req, &mut payload, BODY_LIMIT as u64, BODY_LIMIT as u64, None, super::error::Sent::Body)
        .await?;
    let content_type = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    let essence = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    if essence != "application/json" && !(essence.starts_with("application/") && essence.ends_with("+json")) {
        let sent = if essence.is_empty() {
            Message::new("request.body.sent_without")
        } else {
            Message::new("request.body.sent_as").text("type", essence)
        };
        return Err(ApiError::told(&sent.text("header", "Content-Type: application/json")));
    }
    let bytes = read_limited(payload, BODY_LIMIT as u64).await?;
    // A body that is not JSON at all is refused below, by the typed reading, with its line and column.
    let document = serde_json::from_slice::<serde_json::Value>(&bytes).ok();
    if let Some(value) = &document {
        objects_where_objects_are_asked::<T>(value)?;
        readable_text_in(value, "")?;
    }
    let mut json = serde_json::Deserializer::from_slice(&bytes);
    let value = serde_path_to_error::deserialize(&mut json).map_err(|e| {
        let path = e.path().to_string();
        // A refusal without its place (a tagged enum reads its fields from a copy, where the path is lost): the
        // type may find it by reading the part that failed on its own.
        let within = if path.is_empty() || path == "." { document.as_ref().and_then(T::refusal_within) } else { None };
        within.unwrap_or_else(|| json_refused(e.inner(), &path, document.as_ref()))
    })?;
    // Nothing but spaces after the document, as `serde_json::from_slice` requires.
    json.end().map_err(|e| json_unreadable(&e, ""))?;
    Ok(value)
}

/// A type read from a JSON body: its OpenAPI schema (the shape checked before it is read) and, where its reading
/// loses the place of a fault, a way to find it.
pub(super) trait JsonBody: serde::de::DeserializeOwned + utoipa::ToSchema {
    /// When reading the body failed without naming where: the refusal found by reading the part that failed on its
    /// own, naming the field by its path (`delivery.on`, `indicators[0]`), or `None` to say what the reading said.
    fn refusal_within(_body: &serde_json::Value) -> Option<ApiError> {
        None
    }
}

/// Reads `T` from a part of a JSON document, `None` when it reads; the refusal names a field by its path within the
/// part, as [`json_body`] does.
pub(super) fn refusal_reading<T: serde::de::DeserializeOwned>(part: &serde_json::Value) -> Option<ApiError> {
    serde_path_to_error::deserialize::<_, T>(part)
        .err()
        .map(|e| json_refused(e.inner(), &e.path().to_string(), Some(part)))
}

/// Refuses a text that holds a character the intake refuses in free text (a control character, a bidirectional
/// control that reverses what a reader sees, an invisible character, a noncharacter, U+FFFD): the field by its name
/// (`note`, `overrides[0].reason`), the character by its code point and name, where it stands, in both languages.
/// Line breaks and tabs are free text's own. The policy is [`crate::domain::characters`], the intake's.
pub(super) fn readable_text(field: &str, text: &str) -> Result<(), ApiError> {
    readable(field, text, true)
}

/// [`readable_text`] for a value of one line (a query parameter, a filter): a line break or a tab is refused too,
/// named as any other character.
pub(super) fn readable_line(field: &str, text: &str) -> Result<(), ApiError> {
    readable(field, text, false)
}

fn readable(field: &str, text: &str, multi_line: bool) -> Result<(), ApiError> {
    match crate::domain::characters::first_refused(text, multi_line) {
        None => Ok(()),
        Some(refused) => {
            let (field_en, field_fr) = super::error::said(&Message::new("request.quoted").text("text", field));
            Err(ApiError::told(&refused.message(&field_en, &field_fr, crate::domain::characters::Source::Request)))
        }
    }
}

/// [`readable_text`] for every string of a JSON document, and every key, named by its path.
fn readable_text_in(value: &serde_json::Value, path: &str) -> Result<(), ApiError> {
    match value {
        serde_json::Value::String(text) => readable_text(if path.is_empty() { "body" } else { path }, text),
        serde_json::Value::Array(items) => {
            items.iter().enumerate().try_for_each(|(i, item)| readable_text_in(item, &format!("{path}[{i}]")))
        }
        serde_json::Value::Object(fields) => fields.iter().try_for_each(|(name, field)| {
            let at = if path.is_empty() { name.clone() } else { format!("{path}.{name}") };
            readable_text(&at, name)?;
            readable_text_in(field, &at)
        }),
        _ => Ok(()),
    }
}

/// Refuses a JSON value that gives anything but an object where the OpenAPI schema of `T` asks for one (a struct):
/// a 400 naming the path (`overrides[0]`) and what was given instead. Other types (strings, numbers, enums) are left to
/// the typed reading, which already refuses a wrong type; only an object read from an array is a silent misreading.
pub(super) fn objects_where_objects_are_asked<T: utoipa::ToSchema>(value: &serde_json::Value) -> Result<(), ApiError> {
    let mut named = Vec::new();
    T::schemas(&mut named);
    let components: Components =
        named.into_iter().filter_map(|(name, schema)| serde_json::to_value(schema).ok().map(|s| (name, s))).collect();
    let root = serde_json::to_value(T::schema()).unwrap_or_default();
    match object_missing(value, &root, &components, "", 0) {
        None => Ok(()),
        Some((path, given)) => {
            let at = if path.is_empty() {
                Message::new("request.body.the_body")
            } else {
                Message::new("request.quoted").text("text", path)
            };
            let given = match given {
                serde_json::Value::Array(_) => "request.body.given.list",
                serde_json::Value::String(_) => "request.body.given.string",
                serde_json::Value::Number(_) => "request.body.given.number",
                serde_json::Value::Bool(_) => "request.body.given.bool",
                serde_json::Value::Null | serde_json::Value::Object(_) => "request.body.given.null",
            };
            Err(ApiError::told(&Message::new("request.body.not_object").said("at", at).label("given", given)))
        }
    }
}

/// Schemas nest a few levels (a contract's overrides); a deeper document is left to the typed reading.
const SHAPE_DEPTH: usize = 32;

/// The first place, in document order, where `schema` asks for an object and `value` gives something else (not
/// null: an absent optional object is the typed reading's business), with what it gives. A `oneOf`/`anyOf` holds when
/// one of its branches takes the value; `allOf` when every part does.
fn object_missing<'v>(
    value: &'v serde_json::Value,
    schema: &serde_json::Value,
    c: &Components,
    path: &str,
    depth: usize,
) -> Miss<'v> {
    use serde_json::Value;
    if depth > SHAPE_DEPTH || value.is_null() {
        return None;
    }
    if let Some(target) = referred(schema, c) {
        return object_missing(value, target, c, path, depth + 1);
    }
    if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
        return parts.iter().find_map(|part| object_missing(value, part, c, path, depth + 1));
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(branches) = schema.get(key).and_then(Value::as_array) {
            let taken = |b: &&Value| {
                type_fits(b, value, c)
                    && tags_agree(b, value, c, depth)
                    && object_missing(value, b, c, path, depth + 1).is_none()
            };
            if branches.iter().any(|b| taken(&b)) {
                return None;
            }
            if !value.is_object() && branches.iter().any(|b| asks_for_object(b, c)) {
                let other_fits = branches.iter().any(|b| !asks_for_object(b, c) && type_fits(b, value, c));
                if !other_fits {
                    return Some((path.to_string(), value));
                }
            }
            return branches.iter().find_map(|b| object_missing(value, b, c, path, depth + 1));
        }
    }
    if asks_for_object(schema, c) {
        let Value::Object(fields) = value else {
            return Some((path.to_string(), value));
        };
        let properties = schema.get("properties").and_then(Value::as_object)?;
        return fields.iter().find_map(|(name, field)| {
            let at = if path.is_empty() { name.clone() } else { format!("{path}.{name}") };
            object_missing(field, properties.get(name)?, c, &at, depth + 1)
        });
    }
    if let (Some(items), Value::Array(elements)) = (schema.get("items"), value) {
        return elements
            .iter()
            .enumerate()
            .find_map(|(i, element)| object_missing(element, items, c, &format!("{path}[{i}]"), depth + 1));
    }
    None
}

/// The named schemas an OpenAPI schema refers to (`#/components/schemas/{name}`), as JSON.
type Components = serde_json::Map<String, serde_json::Value>;

/// Where a body's shape fails: the path and the value given there.
type Miss<'v> = Option<(String, &'v serde_json::Value)>;

/// The component a `$ref` names, if the schema is one.
fn referred<'c>(schema: &serde_json::Value, c: &'c Components) -> Option<&'c serde_json::Value> {
    let name = schema.get("$ref")?.as_str()?.strip_prefix("#/components/schemas/")?;
    c.get(name)
}

/// Whether a schema (or what it refers to, or a part of its `allOf`) is an object with named fields.
fn asks_for_object(schema: &serde_json::Value, c: &Components) -> bool {
    asks_for_object_within(schema, c, 0)
}

fn asks_for_object_within(schema: &serde_json::Value, c: &Components, depth: usize) -> bool {
    if depth > SHAPE_DEPTH {
        return false;
    }
    if let Some(target) = referred(schema, c) {
        return asks_for_object_within(target, c, depth + 1);
    }
    if let Some(parts) = schema.get("allOf").and_then(serde_json::Value::as_array) {
        return parts.iter().any(|part| asks_for_object_within(part, c, depth + 1));
    }
    let typed_object = match schema.get("type") {
        Some(serde_json::Value::String(t)) => t == "object",
        Some(serde_json::Value::Array(ts)) => ts.iter().any(|t| t == "object"),
        _ => false,
    };
    typed_object || schema.get("properties").is_some()
}

/// Whether the fields of `value` that the schema closes to a few values (an enum's tag, `"type": "notice"`) hold one
/// of them: how the branch of a tagged `oneOf` that a value means is told from the others.
fn tags_agree(schema: &serde_json::Value, value: &serde_json::Value, c: &Components, depth: usize) -> bool {
    use serde_json::Value;
    if depth > SHAPE_DEPTH {
        return true;
    }
    if let Some(target) = referred(schema, c) {
        return tags_agree(target, value, c, depth + 1);
    }
    if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
        return parts.iter().all(|part| tags_agree(part, value, c, depth + 1));
    }
    let (Some(properties), Value::Object(fields)) = (schema.get("properties").and_then(Value::as_object), value) else {
        return true;
    };
    properties.iter().all(|(name, property)| {
        let Some(given) = fields.get(name) else { return true };
        match (property.get("enum").and_then(Value::as_array), property.get("const")) {
            (Some(allowed), _) => allowed.contains(given),
            (None, Some(only)) => only == given,
            (None, None) => true,
        }
    })
}

/// Whether the JSON type of `value` is one the schema's `type` allows (a schema without one allows any).
fn type_fits(schema: &serde_json::Value, value: &serde_json::Value, c: &Components) -> bool {
    use serde_json::Value;
    if let Some(target) = referred(schema, c) {
        return type_fits(target, value, c);
    }
    if asks_for_object(schema, c) {
        return value.is_object();
    }
    let given = match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    };
    let allows = |t: &str| t == given || (t == "number" && given == "integer");
    match schema.get("type") {
        Some(Value::String(t)) => allows(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(allows),
        _ => true,
    }
}

fn too_large(limit: u64) -> ApiError {
    ApiError::PayloadTooLarge { limit_bytes: limit, file: None, sent: super::error::Sent::Body }
}

/// Reads a body or a part of one, refusing more than `limit` bytes as soon as they arrive.
pub(super) async fn read_limited<S, E>(mut stream: S, limit: u64) -> Result<Vec<u8>, ApiError>
where
    S: futures_util::Stream<Item = Result<web::Bytes, E>> + Unpin,
    E: std::error::Error + 'static,
{
    let mut buf = Vec::new();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| {
            tracing::info!(detail = %crate::telemetry::Chain(&e), "upload interrupted");
            ApiError::told(&Message::new("request.upload.interrupted"))
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
    let key = match from {
        SentFrom::Api => "request.upload.too_many_parts_api",
        SentFrom::Page => "request.upload.too_many_parts_page",
    };
    ApiError::told(&Message::new(key).number("max", MAX_PARTS as f64))
}

/// A form carrying more than one file (or more parts after its file than a form has): refused, naming both.
fn two_files(first: &str, second: &str, of: UploadOf, from: SentFrom) -> ApiError {
    let key = match (from, second.is_empty()) {
        (SentFrom::Page, false) => "request.upload.two_files_page",
        (SentFrom::Page, true) => "request.upload.two_files_page_unnamed",
        (SentFrom::Api, false) => "request.upload.two_files_api",
        (SentFrom::Api, true) => "request.upload.two_files_api_unnamed",
    };
    ApiError::told(&Message::new(key).text("first", first).text("second", second).label("what", of.words()))
}

/// A refusal for size, naming the file `name` of what `of` says; any other refusal as it is.
fn name_too_large(e: ApiError, name: &str, of: UploadOf) -> ApiError {
    match e {
        ApiError::PayloadTooLarge { limit_bytes, .. } => {
            ApiError::PayloadTooLarge { limit_bytes, file: Some(name.to_string()), sent: of.sent() }
        }
        other => other,
    }
}

/// A form's part refused: a name the form does not take (`twice`: false), or one given twice; naming it and the
/// parts the form takes, in the words of whoever sent it (a page's form is sent again from its page).
fn part_refused(part: &str, takes: &[&str], twice: bool, from: SentFrom) -> ApiError {
    let taken: Vec<&str> = ["file", "csrf"].iter().chain(takes).copied().collect();
    let shown = super::error::shown(part);
    let part = if shown.is_empty() {
        Message::new("request.part.unnamed")
    } else {
        Message::new("request.part.named").text("part", shown)
    };
    let why = Message::new(if twice { "request.part.twice" } else { "request.part.not_taken" }).said("part", part);
    ApiError::told(&match from {
        SentFrom::Api => {
            Message::new("request.part.refused_api").said("why", why).with("takes", super::error::quoted_list(&taken))
        }
        SentFrom::Page => Message::new("request.part.refused_page").said("why", why),
    })
}

/// An empty file part (a page's form sends one, with no name, when no file was chosen): refused in the words of
/// whoever sent it.
fn empty_file(given_name: Option<&str>, of: UploadOf, from: SentFrom) -> ApiError {
    ApiError::told(&match (from, given_name) {
        (SentFrom::Api, _) => Message::new("request.upload.empty_part"),
        (SentFrom::Page, Some(name)) => {
            Message::new("request.upload.empty_file").text("file", name).label("what", of.words())
        }
        (SentFrom::Page, None) => Message::new("request.upload.no_file_chosen").label("what", of.words()),
    })
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
    /// What a refusal for size says was sent.
    fn sent(self) -> super::error::Sent {
        match self {
            UploadOf::Declaration => super::error::Sent::Declaration,
            UploadOf::List => super::error::Sent::ListFile,
        }
    }

    /// The name of a file part sent without one.
    fn unnamed(self) -> &'static str {
        match self {
            UploadOf::Declaration => "declaration",
            UploadOf::List => "list",
        }
    }

    /// "the declaration file" / "le fichier de déclaration", or the list file's: the key of its words.
    fn words(self) -> &'static str {
        match self {
            UploadOf::Declaration => "request.what.declaration",
            UploadOf::List => "request.what.list",
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

/// The body's length as its `Content-Length` header declares it, when it declares one that can be read.
pub(super) fn declared_length(req: &HttpRequest) -> Option<u64> {
    req.headers().get(header::CONTENT_LENGTH)?.to_str().ok()?.trim().parse().ok()
}

/// Refuses a body whose declared `Content-Length` is over `most` bytes before any of it is kept or a place taken:
/// 413 over `limit` (the limit said, of what `sent` says, naming `file` when known; `most` is `limit` and what may
/// come around it, a multipart form's parts). A body declared at most [`super::uploads::DRAIN_MARGIN`] past `most` is
/// read to its end and dropped first (that many bytes at most, never kept), so that a client still sending reads the
/// answer rather than a reset connection; a larger one is answered from its head alone, none of it read.
pub(super) async fn refuse_declared_over<S, E>(
    req: &HttpRequest,
    payload: &mut S,
    most: u64,
    limit: u64,
    file: Option<String>,
    sent: super::error::Sent,
) -> Result<(), ApiError>
where
    S: futures_util::Stream<Item = Result<web::Bytes, E>> + Unpin,
{
    match declared_length(req) {
        Some(declared) if declared > most => {
            let margin = super::uploads::DRAIN_MARGIN;
            if declared <= most.saturating_add(margin) {
                super::uploads::drain(payload, most.saturating_add(margin)).await;
            }
            Err(ApiError::PayloadTooLarge { limit_bytes: limit, file, sent })
        }
        _ => Ok(()),
    }
}

/// Reads an upload: the `file` part of a multipart form, or the whole body. A body whose declared `Content-Length`
/// is over `limit` (a multipart form: over `limit` and [`super::uploads::DRAIN_MARGIN`] of form) is refused before
/// anything is read or a place is taken. Takes a place of `gate` before reading anything, held by the [`Upload`];
/// when none is free, reads the body to its end, dropping it, and answers [`ApiError::UploadsBusy`]
/// (`UploadGate::admit`). Refuses more than `limit` bytes as soon as they arrive. A form's parts are read whatever
/// their order, before or after the file: `csrf`, `file` and the names in `takes`, each once; a part of another name,
/// or one given twice, is refused naming it (and the parts the form takes), nothing stored.
/// Whether a request sends a form (`multipart/form-data`), whose `file` part names its own file, rather than a raw body.
pub(super) fn sends_form(req: &HttpRequest) -> bool {
    req.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"))
}

#[allow(clippy::too_many_arguments)]
pub(super) async fn read_upload(
    req: &HttpRequest,
    mut payload: web::Payload,
    gate: &UploadGate,
    limit: u64,
    name_hint: Option<String>,
    of: UploadOf,
    from: SentFrom,
    takes: &[&str],
) -> Result<Upload, ApiError> {
    let content_type = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let multipart = sends_form(req);
    // Refused on what the client declares, before any of it is kept or a place taken, and before anything else is
    // said of the request: a body over the limit is refused for its size whatever it was sent as, as the
    // `Expect: 100-continue` step refuses it from the head (`web::expect`).
    let most = if multipart { limit.saturating_add(super::uploads::DRAIN_MARGIN) } else { limit };
    let file = if multipart { None } else { name_hint.clone() };
    refuse_declared_over(req, &mut payload, most, limit, file, of.sent()).await?;
    // `file_name` names a raw body; a form's `file` part names its own file. Both at once: which name was meant cannot
    // be known, so the request is refused naming the parameter, before anything is read.
    if multipart && let Some(given) = &name_hint {
        // Shown as sent, its control characters left out and cut short: it is only named.
        let given: String = given.chars().filter(|c| !c.is_control()).take(80).collect();
        return Err(ApiError::told(
            &Message::new("request.upload.file_name_with_form").text("parameter", "file_name").text("given", given),
        ));
    }
    if !multipart {
        not_multipart(&content_type, of, from)?;
    }
    let permit = gate.admit(&mut payload, limit).await?;
    if multipart {
        let mut form = actix_multipart::Multipart::new(req.headers(), payload);
        // A form refused before its end (a part too many, too large or not taken, a second file) is read to its end
        // and dropped first, up to the most the door takes, so that a client still sending reads the answer rather
        // than a reset connection.
        // A form the multipart reader could not read (no boundary, a broken part) is not read further: the reader
        // has ended, and asking it again would fail.
        let mut unreadable = false;
        let (csrf, fields, file) = match read_form(&mut form, limit, of, from, takes, &mut unreadable).await {
            Ok(read) => read,
            Err(refused) if unreadable => return Err(refused),
            Err(refused) => {
                let drained = super::uploads::drain_form(&mut form, most).await;
                tracing::info!(
                    drained_bytes = drained,
                    "multipart form refused before its end: its rest read and dropped"
                );
                return Err(refused);
            }
        };
        if let Some((name, bytes)) = file {
            refuse_file_name(&name)?;
            return Ok(Upload { name, bytes, csrf, fields, _permit: permit });
        }
        let key = match from {
            SentFrom::Api => "request.upload.no_file_part",
            SentFrom::Page => "request.upload.no_file",
        };
        return Err(ApiError::told(&Message::new(key).label("what", of.words())));
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
        (Err(e), Some(name)) => return Err(name_too_large(e, name, of)),
        (Err(ApiError::PayloadTooLarge { limit_bytes, .. }), None) => {
            return Err(ApiError::PayloadTooLarge { limit_bytes, file: None, sent: of.sent() });
        }
        (read, _) => read?,
    };
    if let Some(name) = &name_hint {
        refuse_file_name(name)?;
    }
    Ok(Upload {
        name: name_hint.unwrap_or_else(|| default_name.to_string()),
        bytes,
        csrf: None,
        fields: Vec::new(),
        _permit: permit,
    })
}

/// What a form sends: its `csrf` part, the other parts the door takes (`takes`, in the order sent) and its `file`
/// part (name, bytes), each part read within its cap; the first refusal as soon as it is known (see [`read_upload`]),
/// with `unreadable` set when the multipart reader itself failed (the form is then not to be read further).
async fn read_form(
    form: &mut actix_multipart::Multipart,
    limit: u64,
    of: UploadOf,
    from: SentFrom,
    takes: &[&str],
    unreadable: &mut bool,
) -> Result<FormParts, ApiError> {
    let mut csrf = None;
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut file: Option<(String, Vec<u8>)> = None;
    let mut parts = 0;
    while let Some(field) = form.next().await {
        let field = field.map_err(|e| {
            *unreadable = true;
            tracing::info!(detail = %crate::telemetry::Chain(&e), "multipart form refused");
            ApiError::told(&Message::new("request.upload.unreadable"))
        })?;
        parts += 1;
        if parts > MAX_PARTS {
            return Err(too_many_parts(from));
        }
        let part = field.name().unwrap_or_default().to_string();
        if part == "file" {
            // A second file: one of two files sent where one is read, and which one was meant cannot be known.
            if let Some((first, _)) = &file {
                return Err(two_files(first, &file_name_of(&field).unwrap_or_default(), of, from));
            }
            let given_name = file_name_of(&field);
            let name = given_name.clone().unwrap_or_else(|| of.unnamed().to_string());
            let bytes = read_limited(field, limit).await.map_err(|e| name_too_large(e, &name, of))?;
            if bytes.is_empty() {
                return Err(empty_file(given_name.as_deref(), of, from));
            }
            file = Some((name, bytes));
            continue;
        }
        // Every other part: read within a small cap, so none can make the server read without end; then one the
        // form takes, once.
        let value = read_limited(field, FIELD_LIMIT).await.map_err(|e| match (e, from) {
            (ApiError::PayloadTooLarge { .. }, SentFrom::Api) => ApiError::told(
                &Message::new("request.upload.part_too_large").text("part", &part).number("max", FIELD_LIMIT as f64),
            ),
            (ApiError::PayloadTooLarge { .. }, SentFrom::Page) => {
                ApiError::told(&Message::new("request.upload.field_too_large").number("max", FIELD_LIMIT as f64))
            }
            (other, _) => other,
        })?;
        if part != "csrf" && !takes.contains(&part.as_str()) {
            return Err(part_refused(&part, takes, false, from));
        }
        if (part == "csrf" && csrf.is_some()) || fields.iter().any(|(n, _)| *n == part) {
            return Err(part_refused(&part, takes, true, from));
        }
        let value = String::from_utf8_lossy(&value).into_owned();
        // Text parts are held to the character policy of every form and JSON body.
        readable_text(&part, &part)?;
        readable_text(&part, &value)?;
        if part == "csrf" {
            csrf = Some(value);
        } else {
            fields.push((part, value));
        }
    }
    Ok((csrf, fields, file))
}

/// A form's parts as [`read_form`] gives them: `csrf`, the other parts taken, the file.
type FormParts = (Option<String>, Vec<(String, String)>, Option<(String, Vec<u8>)>);

/// Refuses an upload's body that is not a multipart form where one is needed, before any of it is read (400, in the
/// words of the catalogues, naming the type it came as): on a page, whatever else it came as (a URL-encoded form, a
/// raw file — the page's own form sends `multipart/form-data`, and a form without its parts would otherwise be
/// answered as expired, its token unread); on the API, a URL-encoded form or another multipart type, which cannot
/// carry the file (the file itself as the body, of any other type, is read as the API documents).
fn not_multipart(content_type: &str, of: UploadOf, from: SentFrom) -> Result<(), ApiError> {
    let media = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    let refused = match from {
        SentFrom::Page => true,
        SentFrom::Api => media == "application/x-www-form-urlencoded" || media.starts_with("multipart/"),
    };
    if !refused {
        return Ok(());
    }
    let given = if media.is_empty() {
        Message::new("request.given.none")
    } else {
        Message::new("request.given.as").text("type", super::error::shown(&media))
    };
    let key = match from {
        SentFrom::Page => "upload.refused.not_multipart_page",
        SentFrom::Api => "upload.refused.not_multipart_api",
    };
    let m = Message::new(key)
        .said("given", given)
        .label("what", of.words())
        .said("part", Message::new("request.quoted").text("text", "file"));
    Err(ApiError::told(&m))
}

/// Refuses a page's form that may carry attachments (a case's) sent as neither of the two forms its page sends — URL-encoded,
/// or `multipart/form-data` with the files — before any of it is read (400, naming the type it came as), rather than
/// reading it as a form without its token (answered as expired).
pub(super) fn not_a_page_form(content_type: &str) -> Result<(), ApiError> {
    let media = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    if media.is_empty() || media == "application/x-www-form-urlencoded" {
        return Ok(());
    }
    let m = Message::new("form.refused.not_a_form")
        .said("given", Message::new("request.given.as").text("type", super::error::shown(&media)));
    Err(ApiError::told(&m))
}

/// Refuses a file name holding a character the policy refuses (`domain::characters`: a bidirectional override would
/// show the name on the receipt and in the audit log as another), naming the character, after the body was read.
fn refuse_file_name(name: &str) -> Result<(), ApiError> {
    match crate::domain::characters::file_name_message(name) {
        Some(m) => Err(ApiError::told(&m)),
        None => Ok(()),
    }
}

/// A file received: its name, its bytes, and the form's anti-forgery token when a page sent it.
pub(super) struct Upload {
    pub name: String,
    pub bytes: Vec<u8>,
    pub csrf: Option<String>,
    /// The form's other parts the door takes (name, text), in the order sent, before or after the file.
    pub fields: Vec<(String, String)>,
    /// The upload's place, given back when the handler is done with it (its remaining fields are dropped at the end
    /// of the handler's scope, after the bytes moved out of it are).
    _permit: UploadPermit,
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::objects_where_objects_are_asked as shape_of;
    use crate::cases::{CaseEvent, Contract};

    fn refused_at<T: utoipa::ToSchema>(body: serde_json::Value) -> String {
        match shape_of::<T>(&body) {
            Ok(()) => panic!("{body} was taken for an object"),
            Err(e) => {
                let (en, fr) = e.messages();
                assert!(fr.contains("objet JSON"), "{fr}");
                en
            }
        }
    }

    /// An upload's refusals are the catalogues': French spaced, parts quoted in each language's marks, the parts a
    /// form takes listed, counts as numbers.
    #[test]
    fn an_upload_s_refusals_quote_and_space_in_each_language() {
        use super::{SentFrom, UploadOf};
        let (en, fr) = super::part_refused("note", &["older"], false, SentFrom::Api).messages();
        assert_eq!(
            en,
            "The form carries the part “note”, which it does not take; it takes “file”, “csrf”, “older”, in any \
             order. Nothing was stored."
        );
        assert!(
            fr.starts_with(
                "Le formulaire porte la partie «\u{a0}note\u{a0}», qu'il ne prend pas\u{202f}; il prend «\u{a0}file"
            ),
            "{fr}"
        );
        let (en, fr) = super::two_files("a.xlsx", "", UploadOf::List, SentFrom::Page).messages();
        assert_eq!(
            en,
            "You sent more than one file (“a.xlsx”, then another file): send the list file alone. Nothing was stored."
        );
        assert!(fr.contains("puis un autre fichier)\u{a0}: envoyez le fichier de liste seul."), "{fr}");
        let (en, fr) = super::too_many_parts(SentFrom::Api).messages();
        assert_eq!(en, "The form has more than 16 parts: send the file in a part named “file”.");
        assert!(
            fr.ends_with("16 parties\u{a0}: envoyez le fichier dans une partie nommée «\u{a0}file\u{a0}»."),
            "{fr}"
        );
        let (en, fr) = super::not_multipart("application/x-www-form-urlencoded", UploadOf::Declaration, SentFrom::Api)
            .unwrap_err()
            .messages();
        assert!(en.starts_with("The body was sent as application/x-www-form-urlencoded, which cannot"), "{en}");
        assert!(en.contains("send the declaration file in a multipart form (multipart/form-data) with a “file” part"));
        assert!(fr.starts_with("Le corps a été envoyé en application/x-www-form-urlencoded, ce qui"), "{fr}");
        assert!(fr.contains("avec une partie «\u{a0}file\u{a0}»"), "{fr}");
    }

    #[test]
    fn a_list_is_never_read_as_an_object_by_position_at_any_depth() {
        // The decision on a screening hit: `[true]` would confirm it for good.
        type Decision = super::super::screening::HitDecisionBody;
        assert!(refused_at::<Decision>(json!([true])).starts_with("the body must be a JSON object"));
        assert!(refused_at::<Decision>(json!([false, "a false match"])).contains("not a list"));
        assert!(refused_at::<Decision>(json!("confirmed")).contains("not a string"));
        shape_of::<Decision>(&json!({"confirmed": true, "note": "same"})).unwrap();

        // The decision on a pair of places of the graph.
        assert!(
            refused_at::<super::super::graph::MatchDecisionBody>(json!(["k1", "k2", true])).starts_with("the body")
        );

        // A contract's override, inside a list inside the object.
        let en = refused_at::<Contract>(json!({"number": "C-1", "overrides": [{"instrument": "x"}, ["x", true, "r"]]}));
        assert!(en.starts_with("“overrides[1]” must be a JSON object"), "{en}");
        shape_of::<Contract>(&json!({"number": "C-1", "overrides": [{"instrument": "x", "in_force": true}]})).unwrap();

        // A case event, an enum tagged by `type`, whose variant holds an optional object.
        assert!(refused_at::<CaseEvent>(json!(["notice", "subject"])).starts_with("the body"));
        let en = refused_at::<CaseEvent>(json!({"type": "notice", "delivery": ["2026-01-05", "courier", "slip"]}));
        assert!(en.starts_with("“delivery” must be a JSON object"), "{en}");
        shape_of::<CaseEvent>(&json!({"type": "notice", "delivery": null, "subject": "s"})).unwrap();
        shape_of::<CaseEvent>(&json!({"type": "notice", "delivery": {"on": "2026-01-05"}})).unwrap();
        shape_of::<CaseEvent>(&json!({"type": "evidence", "description": "photos"})).unwrap();
    }
}
