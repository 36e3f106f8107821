//! Request bodies closed, answers open, in the OpenAPI document: a JSON body takes only the fields its type names
//! (`additionalProperties: false`, as `#[serde(deny_unknown_fields)]` reads it, a misspelt field refused rather than
//! dropped), while an answer carries more than the type: a `<field>_label` beside each code (`web::answer`).
//!
//! A type both sent and answered (a `Contract`, a `CaseEvent`) is one component in the derived document. This
//! modifier splits it: the request side becomes `{Name}Request`, closed, and the answer keeps `{Name}`, opened again
//! (its `additionalProperties: false` taken out). A component only sent stays closed under its own name.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

/// The suffix of a request-side copy of a component that answers also use.
pub(super) const REQUEST_SUFFIX: &str = "Request";

/// Splits components shared by request bodies and answers (see the module's text).
pub(super) struct ClosedRequestBodies;

impl utoipa::Modify for ClosedRequestBodies {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let Ok(mut doc) = serde_json::to_value(&*openapi) else { return };
        split(&mut doc);
        if let Ok(split) = serde_json::from_value(doc) {
            *openapi = split;
        }
    }
}

/// The component names a schema refers to, directly.
fn refs_in(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            if let Some(name) = map.get("$ref").and_then(Value::as_str).and_then(component_name) {
                out.insert(name.to_string());
            }
            map.values().for_each(|v| refs_in(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| refs_in(v, out)),
        _ => {}
    }
}

fn component_name(reference: &str) -> Option<&str> {
    reference.strip_prefix("#/components/schemas/")
}

/// Every component reachable from `roots` through the components' references.
fn closure(roots: BTreeSet<String>, components: &serde_json::Map<String, Value>) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo: Vec<String> = roots.into_iter().collect();
    while let Some(name) = todo.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        let mut next = BTreeSet::new();
        if let Some(schema) = components.get(&name) {
            refs_in(schema, &mut next);
        }
        todo.extend(next.into_iter().filter(|n| !seen.contains(n)));
    }
    seen
}

/// Whether a schema closes an object itself (`additionalProperties: false`, not through a reference).
fn closes(value: &Value) -> bool {
    match value {
        Value::Object(map) => map.get("additionalProperties") == Some(&Value::Bool(false)) || map.values().any(closes),
        Value::Array(items) => items.iter().any(closes),
        _ => false,
    }
}

/// The schema with its objects opened again (`additionalProperties: false` taken out).
fn opened(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if map.get("additionalProperties") == Some(&Value::Bool(false)) {
                map.remove("additionalProperties");
            }
            map.values_mut().for_each(opened);
        }
        Value::Array(items) => items.iter_mut().for_each(opened),
        _ => {}
    }
}

/// References to the components of `renamed` pointed at their request-side copies.
fn pointed_at_copies(value: &mut Value, renamed: &BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            let copy = map
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(component_name)
                .filter(|n| renamed.contains(*n))
                .map(|n| format!("#/components/schemas/{n}{REQUEST_SUFFIX}"));
            if let Some(copy) = copy {
                map.insert("$ref".into(), Value::String(copy));
            }
            map.values_mut().for_each(|v| pointed_at_copies(v, renamed));
        }
        Value::Array(items) => items.iter_mut().for_each(|v| pointed_at_copies(v, renamed)),
        _ => {}
    }
}

/// The request bodies' JSON schemas of every operation, to be changed in place.
fn request_schemas(doc: &mut Value) -> Vec<&mut Value> {
    let mut out = Vec::new();
    if let Some(paths) = doc.get_mut("paths").and_then(Value::as_object_mut) {
        for item in paths.values_mut().filter_map(Value::as_object_mut) {
            for op in item.values_mut() {
                if let Some(content) = op.pointer_mut("/requestBody/content").and_then(Value::as_object_mut) {
                    out.extend(content.values_mut().filter_map(|c| c.get_mut("schema")));
                }
            }
        }
    }
    out
}

fn split(doc: &mut Value) {
    let mut request_roots = BTreeSet::new();
    for schema in request_schemas(doc) {
        refs_in(schema, &mut request_roots);
    }
    // Everything else in the document that names a component: answers, parameters, other components.
    let mut answer_roots = BTreeSet::new();
    if let Some(paths) = doc.get("paths").and_then(Value::as_object) {
        for item in paths.values().filter_map(Value::as_object) {
            for op in item.values() {
                if let Some(op) = op.as_object() {
                    op.iter().filter(|(k, _)| *k != "requestBody").for_each(|(_, v)| refs_in(v, &mut answer_roots));
                }
            }
        }
    }
    if let Some(responses) = doc.pointer("/components/responses") {
        refs_in(responses, &mut answer_roots);
    }
    let Some(components) = doc.pointer("/components/schemas").and_then(Value::as_object) else { return };
    let sent = closure(request_roots, components);
    let answered = closure(answer_roots, components);
    // Shared components that close an object, and those that lead to one: each needs a closed request-side copy.
    let mut split: BTreeSet<String> =
        sent.intersection(&answered).filter(|n| components.get(*n).is_some_and(closes)).cloned().collect();
    loop {
        let more: BTreeSet<String> = sent
            .intersection(&answered)
            .filter(|n| !split.contains(*n))
            .filter(|n| {
                let mut refs = BTreeSet::new();
                if let Some(schema) = components.get(*n) {
                    refs_in(schema, &mut refs);
                }
                refs.iter().any(|r| split.contains(r))
            })
            .cloned()
            .collect();
        if more.is_empty() {
            break;
        }
        split.extend(more);
    }
    if split.is_empty() {
        return;
    }
    let only_sent: Vec<String> = sent.difference(&answered).cloned().collect();
    let mut copies: BTreeMap<String, Value> = BTreeMap::new();
    for name in &split {
        if let Some(schema) = components.get(name) {
            let mut copy = schema.clone();
            pointed_at_copies(&mut copy, &split);
            copies.insert(format!("{name}{REQUEST_SUFFIX}"), copy);
        }
    }
    if let Some(components) = doc.pointer_mut("/components/schemas").and_then(Value::as_object_mut) {
        for name in &split {
            if let Some(schema) = components.get_mut(name) {
                opened(schema);
            }
        }
        for name in &only_sent {
            if let Some(schema) = components.get_mut(name) {
                pointed_at_copies(schema, &split);
            }
        }
        components.extend(copies);
    }
    for schema in request_schemas(doc) {
        pointed_at_copies(schema, &split);
    }
}
