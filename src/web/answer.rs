//! JSON answers with the labels beside their codes (`labelled`: `"role": "raw_material"` is followed by its
//! `role_label`, a `CodeLabel`).
//!
//! Large ones are written as they are serialised: an assessment of a quarter of a million sites is several
//! hundred megabytes of JSON once every factor has its words in both languages. Built as one `serde_json::Value`
//! tree with its labels and then as one string, it cost the service several gigabytes; here each site is put into
//! words and labelled on its own, and the bytes go to the client in chunks through a bounded channel from a
//! blocking thread, so the service holds one site's words and a few chunks at a time (the client's pace sets the
//! serialiser's).

use std::io::Write;

use actix_web::{HttpResponse, HttpResponseBuilder, web};
use serde::ser::{Error as _, SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};
use utoipa::ToSchema;

use super::{ApiError, AppState};
use crate::domain::{Assessment, RiskPair};
use crate::reports::Catalog;
use crate::reports::explain::{SiteIndex, arithmetic_said, label_category, label_findings, label_score};

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

/// A value answered with the labels beside its codes ([`labelled`]), labelled when it is serialised.
#[derive(Debug)]
pub struct Labelled<T>(pub T);

impl<T: Serialize> Serialize for Labelled<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        labelled(&self.0).map_err(S::Error::custom)?.serialize(s)
    }
}

/// An assessment as the API answers it: every factor with its words in both languages (`label_en`, `label_fr`),
/// every code with its `CodeLabel`, each category with its name; the same JSON as the assessment's own fields, put
/// into words site by site while it is written.
pub struct Explained {
    assessment: Assessment,
    state: web::Data<AppState>,
}

impl Explained {
    /// The assessment, to be put into words with the service's catalogue and model when it is written.
    pub fn new(state: &web::Data<AppState>, assessment: Assessment) -> Explained {
        Explained { assessment, state: state.clone() }
    }
}

impl std::fmt::Debug for Explained {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Explained").field("assessment", &self.assessment).finish_non_exhaustive()
    }
}

impl Serialize for Explained {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let a = &self.assessment;
        let cat = self.state.renderer.catalog();
        let names = SiteIndex::of(a);
        // The fields in the order `Assessment` declares them (its derived serialisation, which the tests compare).
        let mut out = s.serialize_struct("Assessment", 5)?;
        out.serialize_field("model_version", &a.model_version)?;
        let mut overall = a.overall.clone();
        label_score(cat, &names, &mut overall.forced_labour);
        label_score(cat, &names, &mut overall.child_labour);
        let mut overall_json = value::<_, S::Error>(&overall)?;
        with_arithmetic(cat, &mut overall_json, &a.overall).map_err(S::Error::custom)?;
        out.serialize_field("overall", &overall_json)?;
        out.serialize_field("sites", &Sites { a, names: &names, state: &self.state })?;
        let mut categories = a.categories.clone();
        for c in &mut categories {
            label_category(cat, &self.state.model, &names, c);
        }
        let mut categories_json = value::<_, S::Error>(&categories)?;
        if let Some(each) = categories_json.as_array_mut() {
            for (v, c) in each.iter_mut().zip(&a.categories) {
                with_arithmetic(cat, v, &c.risk).map_err(S::Error::custom)?;
            }
        }
        out.serialize_field("categories", &categories_json)?;
        let mut findings = a.findings.clone();
        label_findings(cat, &mut findings, crate::screening::effect::today());
        out.serialize_field("findings", &value::<_, S::Error>(&findings)?)?;
        out.end()
    }
}

/// The sites of an assessment, each put into words and labelled as it is written.
struct Sites<'a> {
    a: &'a Assessment,
    names: &'a SiteIndex<'a>,
    state: &'a AppState,
}

impl Serialize for Sites<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let cat = self.state.renderer.catalog();
        let mut seq = s.serialize_seq(Some(self.a.sites.len()))?;
        for site in &self.a.sites {
            let mut site = site.clone();
            label_score(cat, self.names, &mut site.risk.forced_labour);
            label_score(cat, self.names, &mut site.risk.child_labour);
            let mut json = value::<_, S::Error>(&site)?;
            with_arithmetic(cat, &mut json, &site.risk).map_err(S::Error::custom)?;
            seq.serialize_element(&json)?;
        }
        seq.end()
    }
}

/// Writes beside the factors of each score of `pair` (the `forced_labour` and `child_labour` of `v`, its JSON) how
/// they add up to the score, with its steps in both languages (`arithmetic`: `domain::ArithmeticSaid`).
fn with_arithmetic(cat: &Catalog, v: &mut serde_json::Value, pair: &RiskPair) -> Result<(), serde_json::Error> {
    for (key, score) in [("forced_labour", &pair.forced_labour), ("child_labour", &pair.child_labour)] {
        if let Some(object) = v.get_mut(key).and_then(serde_json::Value::as_object_mut) {
            object.insert("arithmetic".into(), serde_json::to_value(arithmetic_said(cat, score))?);
        }
    }
    Ok(())
}

/// A part labelled as a JSON tree, its error in the serialiser's kind.
fn value<T: Serialize, E: serde::ser::Error>(x: &T) -> Result<serde_json::Value, E> {
    labelled(x).map_err(E::custom)
}

/// The most chunks waiting for the client at once (each up to [`CHUNK`] bytes).
const CHUNKS_IN_FLIGHT: usize = 4;
/// The size of the chunks the body is sent in.
const CHUNK: usize = 64 * 1024;
/// How long the writer waits for a client that reads nothing before it ends the body: a client that keeps its
/// connection open without reading would otherwise hold a thread of the blocking pool for as long as the
/// connection lasts (and keep the process from ending when the service stops, since the runtime waits for its
/// blocking threads).
const STALLED: std::time::Duration = std::time::Duration::from_secs(60);

/// Answers `body` as JSON written on a blocking thread while it is sent: never held whole in memory. A failure while
/// writing (a client gone away, one that read nothing for [`STALLED`], a value that cannot be serialised) ends the
/// body early and is logged; the status was sent before, so a client reads a truncated document as an error of its
/// JSON parser.
pub fn streamed_json<T: Serialize + Send + 'static>(mut builder: HttpResponseBuilder, body: T) -> HttpResponse {
    let (tx, rx) = tokio::sync::mpsc::channel::<Result<web::Bytes, std::io::Error>>(CHUNKS_IN_FLIGHT);
    let chunks = Chunks { tx, runtime: tokio::runtime::Handle::current(), stalled: STALLED };
    tokio::task::spawn_blocking(move || {
        let mut w = std::io::BufWriter::with_capacity(CHUNK, chunks);
        let written = serde_json::to_writer(&mut w, &body).map_err(std::io::Error::from).and_then(|()| w.flush());
        if let Err(e) = written {
            tracing::warn!(error = %crate::telemetry::Chain(&e), "a JSON answer ended before it was whole");
        }
    });
    let body = futures_util::stream::unfold(rx, |mut rx| async move { rx.recv().await.map(|chunk| (chunk, rx)) });
    builder.content_type("application/json").streaming(body)
}

/// A writer that sends what it is given to the response body, waiting at most `stalled` for room.
struct Chunks {
    tx: tokio::sync::mpsc::Sender<Result<web::Bytes, std::io::Error>>,
    /// The runtime whose timer bounds the wait (the writer runs on one of its blocking threads).
    runtime: tokio::runtime::Handle,
    stalled: std::time::Duration,
}

impl Write for Chunks {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let chunk = Ok(web::Bytes::copy_from_slice(buf));
        match self.runtime.block_on(tokio::time::timeout(self.stalled, self.tx.send(chunk))) {
            Ok(Ok(())) => Ok(buf.len()),
            Ok(Err(_)) => Err(std::io::Error::new(std::io::ErrorKind::BrokenPipe, "the client went away")),
            Err(_) => Err(std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                format!("the client read nothing for {} s", self.stalled.as_secs()),
            )),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use std::io::{ErrorKind, Write as _};
    use std::time::Duration;

    use super::Chunks;

    /// A client that keeps its connection but reads nothing does not hold the writer's thread for ever: once the
    /// chunks in flight are full, a write gives up after `stalled`; a client that left is said as such.
    #[tokio::test]
    async fn a_writer_whose_client_reads_nothing_gives_up_and_one_whose_client_left_says_so() {
        let (tx, rx) = tokio::sync::mpsc::channel(2);
        let runtime = tokio::runtime::Handle::current();
        let mut w = Chunks { tx, runtime, stalled: Duration::from_millis(50) };
        let (kinds, mut w) = tokio::task::spawn_blocking(move || {
            let kinds: Vec<Option<ErrorKind>> =
                (0..4).map(|i| w.write(format!("[{i},").as_bytes()).err().map(|e| e.kind())).collect();
            (kinds, w)
        })
        .await
        .unwrap();
        assert_eq!(kinds, vec![None, None, Some(ErrorKind::TimedOut), Some(ErrorKind::TimedOut)]);
        drop(rx);
        let left = tokio::task::spawn_blocking(move || w.write(b"]").map_err(|e| e.kind())).await.unwrap();
        assert_eq!(left, Err(ErrorKind::BrokenPipe));
    }
}
