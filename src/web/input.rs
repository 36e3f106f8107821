//! What a request sends, read within its limits: JSON bodies, uploads part by part (a multipart form or the file as
//! the body), numeric parameters within their range. Every refusal is an `ApiError` naming what does not hold.

use actix_web::http::header;
use actix_web::{HttpRequest, web};
use futures_util::StreamExt;

use super::ApiError;
use super::error::json_unreadable;
use super::uploads::{UploadGate, UploadPermit};

/// The largest JSON or form body a route reads (files have their own limit): forms and JSON documents of cases,
/// contracts and decisions are a few kilobytes.
pub const BODY_LIMIT: usize = 256 * 1024;

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
/// hold): at most [`BODY_LIMIT`] bytes, a 400 naming what does not hold (a field by its path, `overrides[0].in_force`).
pub(super) async fn json_body<T: serde::de::DeserializeOwned>(payload: web::Payload) -> Result<T, ApiError> {
    let bytes = read_limited(payload, BODY_LIMIT as u64).await?;
    let mut json = serde_json::Deserializer::from_slice(&bytes);
    let value =
        serde_path_to_error::deserialize(&mut json).map_err(|e| json_unreadable(e.inner(), &e.path().to_string()))?;
    // Nothing but spaces after the document, as `serde_json::from_slice` requires.
    json.end().map_err(|e| json_unreadable(&e, ""))?;
    Ok(value)
}

fn too_large(limit: u64) -> ApiError {
    ApiError::PayloadTooLarge { limit_bytes: limit, file: None }
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
/// anything, held by the [`Upload`]; when none is free, reads the body to its end, dropping it, and answers
/// [`ApiError::UploadsBusy`] (`UploadGate::admit`). Refuses more than `limit` bytes as soon as they arrive.
pub(super) async fn read_upload(
    req: &HttpRequest,
    mut payload: web::Payload,
    gate: &UploadGate,
    limit: u64,
    name_hint: Option<String>,
    of: UploadOf,
    from: SentFrom,
) -> Result<Upload, ApiError> {
    let permit = gate.admit(&mut payload, limit).await?;
    let content_type = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    if content_type.starts_with("multipart/form-data") {
        let mut form = actix_multipart::Multipart::new(req.headers(), payload);
        let mut csrf = None;
        let mut fields = Vec::new();
        let mut parts = 0;
        while let Some(field) = form.next().await {
            let field = field.map_err(|e| {
                tracing::info!(detail = %crate::telemetry::Chain(&e), "multipart form refused");
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
                            "La partie « {name} » du formulaire dépasse {FIELD_LIMIT}\u{a0}octets; seul le fichier peut être volumineux."
                        ),
                    ),
                    (ApiError::PayloadTooLarge { .. }, SentFrom::Page) => ApiError::bad_request(
                        format!(
                            "A field of the form holds more than {FIELD_LIMIT} bytes; only the file may be large. \
                             Nothing was stored."
                        ),
                        format!(
                            "Un champ du formulaire dépasse {FIELD_LIMIT}\u{a0}octets; seul le fichier peut être volumineux. \
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
                    tracing::info!(detail = %crate::telemetry::Chain(&e), "multipart form refused after its file");
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
    _permit: UploadPermit,
}
