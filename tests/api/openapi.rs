//! The OpenAPI document against the routes mounted: every API route described, with typed bodies, the statuses it
//! can answer and its security; and unsupported methods answered with 405 and `Allow`.

use std::collections::BTreeSet;

use reqwest::Method;
use serde_json::Value;
use utoipa::OpenApi;

use crate::access::mounted_routes;
use crate::helpers::{Backend, TestApp, Who, spawn_app};

/// Routes that need no token or session.
const PUBLIC: [&str; 3] = ["/api/v1/openapi.json", "/api/v1/template", "/health"];

fn document() -> Value {
    serde_json::to_value(chainon::web::ApiDoc::openapi()).unwrap()
}

/// `/solicitations/{number:.+}` as the document writes it: `/solicitations/{number}`.
fn as_documented(route: &str) -> String {
    let mut out = String::new();
    let mut rest = route;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let (inside, after) = after.split_once('}').unwrap();
        out.push('{');
        out.push_str(inside.split(':').next().unwrap());
        out.push('}');
        rest = after;
    }
    out.push_str(rest);
    out
}

/// A schema that says nothing of what it holds (`{}`, what `serde_json::Value` gives), or only a description.
fn untyped(schema: &Value) -> bool {
    schema.as_object().is_some_and(|o| o.keys().all(|k| k == "description" || k == "default" || k == "example"))
}

/// Every place in the document where a schema says nothing of its content.
fn untyped_schemas(value: &Value, at: &str, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let here = format!("{at}/{key}");
                let is_schema_slot = matches!(key.as_str(), "schema" | "items" | "additionalProperties")
                    || at.ends_with("/properties")
                    || at.ends_with("/schemas")
                    || at.ends_with("/prefixItems");
                if is_schema_slot && untyped(child) {
                    out.push(here.clone());
                }
                untyped_schemas(child, &here, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                untyped_schemas(child, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// The schema a JSON body names, if it names one of the document's components.
fn named_component<'a>(doc: &'a Value, schema: &Value) -> Option<&'a Value> {
    let name = schema["$ref"].as_str()?.strip_prefix("#/components/schemas/")?;
    doc["components"]["schemas"].get(name)
}

#[test]
fn every_api_route_is_in_the_document() {
    let doc = document();
    // The API, and `/health` beside it (the README's API table lists it; load balancers call it).
    let api: BTreeSet<(String, String)> =
        mounted_routes().into_iter().filter(|(_, r)| r.starts_with("/api/") || r == "/health").collect();
    assert!(api.len() > 25, "the route scan found too few API routes: {api:?}");
    let missing: Vec<_> = api
        .iter()
        .filter(|(method, route)| doc["paths"][as_documented(route)].get(method.to_lowercase()).is_none())
        .collect();
    assert!(missing.is_empty(), "API routes missing from the OpenAPI document: {missing:?}");
    // And nothing documented that is not mounted.
    let mounted: BTreeSet<(String, String)> = api.iter().map(|(m, r)| (m.to_lowercase(), as_documented(r))).collect();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            assert!(mounted.contains(&(method.clone(), path.clone())), "documented but not mounted: {method} {path}");
        }
    }
}

#[test]
fn every_body_of_the_document_is_typed() {
    let doc = document();
    let mut untyped = Vec::new();
    untyped_schemas(&doc, "", &mut untyped);
    assert!(untyped.is_empty(), "schemas that say nothing of their content (serde_json::Value?): {untyped:?}");
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let name = format!("{method} {path}");
            for (content_type, content) in op["requestBody"]["content"].as_object().into_iter().flatten() {
                if content_type == "application/json" && path != "/api/v1/declarations" {
                    assert!(
                        named_component(&doc, &content["schema"]).is_some(),
                        "{name}: request body not a named type"
                    );
                }
            }
            for (status, response) in op["responses"].as_object().unwrap() {
                let json = &response["content"]["application/json"]["schema"];
                if status.starts_with('2') && path != "/api/v1/openapi.json" {
                    assert!(response.get("content").is_some(), "{name} {status}: no content described");
                    if !json.is_null() {
                        let schema = named_component(&doc, json);
                        assert!(schema.is_some(), "{name} {status}: JSON body not a named type: {json}");
                    }
                }
                if path == "/health" && status == "503" {
                    // `/health` says which dependency is down beside the error's words.
                    let health = named_component(&doc, json).unwrap().to_string();
                    for field in ["\"error\"", "\"message\"", "\"message_fr\"", "\"down\""] {
                        assert!(health.contains(field), "{name} {status}: {field} in {health}");
                    }
                } else if !status.starts_with('2') && response.get("$ref").is_none() {
                    assert_eq!(
                        json["$ref"], "#/components/schemas/ErrorBody",
                        "{name} {status}: an error without the error body"
                    );
                }
            }
        }
    }
}

#[test]
fn every_route_documents_its_security_and_the_statuses_it_can_answer() {
    let doc = document();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let name = format!("{method} {path}");
            let responses = op["responses"].as_object().unwrap();
            let public = op["security"] == serde_json::json!([{}]);
            assert_eq!(public, PUBLIC.contains(&path.as_str()), "{name}: public or not");
            assert_eq!(responses.contains_key("401"), !public, "{name}: 401");
            if !public {
                assert!(responses.contains_key("503"), "{name}: 503 when the database is out of reach");
            }
            // Every address refuses a query parameter it does not take, and a method it does not answer.
            assert!(responses.contains_key("400"), "{name}: 400");
            assert!(responses.contains_key("405"), "{name}: 405");
            // And a head larger than the HTTP layer holds, refused by that layer with no body.
            assert!(responses.contains_key("431"), "{name}: 431");
            // A body declared over its limit is refused wherever one may be sent (`POST`, `PUT`), read or not.
            let carries_body = op.get("requestBody").is_some() || matches!(method.as_str(), "post" | "put");
            assert_eq!(responses.contains_key("413"), carries_body, "{name}: 413");
            if path.contains('{') {
                assert!(responses.contains_key("404"), "{name}: 404 for an id that is not there");
            }
        }
    }
    assert!(doc["components"]["responses"]["MethodNotAllowed"]["headers"]["Allow"].is_object());
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
}

/// A head the HTTP layer will not hold (more than 96 header fields, or over 128 KiB) is refused with 431 as the
/// document says, on any address, and the service goes on answering.
#[tokio::test]
async fn a_head_too_large_for_the_http_layer_is_refused_431_as_documented() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let doc = document();
    assert!(doc["components"]["responses"]["RequestHeaderFieldsTooLarge"]["content"].is_null(), "no body");
    let host = app.address.trim_start_matches("http://").to_string();
    let many: String = (0..100).map(|i| format!("X-Field-{i}: {i}\r\n")).collect();
    // (A head over 128 KiB gets the same answer; it is not sent here, since the layer closes the connection with
    // the rest of the head unread, which can reset it before its answer is read.)
    for path in ["/api/v1/declarations", "/health", "/"] {
        let extra = &many;
        let mut stream = tokio::net::TcpStream::connect(&host).await.unwrap();
        let head = format!("GET {path} HTTP/1.1\r\nHost: {host}\r\n{extra}Connection: close\r\n\r\n");
        stream.write_all(head.as_bytes()).await.unwrap();
        let mut answer = Vec::new();
        let _ = stream.read_to_end(&mut answer).await;
        let answer = String::from_utf8_lossy(&answer);
        assert!(answer.starts_with("HTTP/1.1 431"), "{path}: {answer}");
        let listed = doc["paths"].get(path).map(|p| p["get"]["responses"]["431"].is_object());
        assert_ne!(listed, Some(false), "{path}: 431 not listed");
    }
    let health = app.client.get(app.url("/health")).send().await.unwrap();
    assert_eq!(health.status(), 200);
}

#[tokio::test]
async fn an_unsupported_method_answers_405_with_allow_and_the_error_body() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let served: Value = app.client.get(app.url("/api/v1/openapi.json")).send().await.unwrap().json().await.unwrap();
    assert_eq!(served, document());
    for (method, path, allow) in [
        (Method::DELETE, "/api/v1/declarations/1", "GET, HEAD"),
        (Method::PUT, "/api/v1/declarations", "GET, HEAD, POST"),
        (Method::POST, "/api/v1/graph", "GET, HEAD"),
        (Method::PATCH, "/api/v1/graph/matches", "GET, HEAD, POST"),
        (Method::DELETE, "/api/v1/solicitations/W8486-240001/A", "GET, HEAD"),
        (Method::POST, "/api/v1/template", "GET, HEAD"),
    ] {
        for who in [Who::Anonymous, Who::Officer] {
            let resp = app.request(who, method.clone(), path).send().await.unwrap();
            assert_eq!(resp.status(), 405, "{method} {path}");
            assert_eq!(resp.headers()["allow"], allow, "{method} {path}");
            let body: Value = resp.json().await.unwrap();
            assert_eq!(body["error"], "method_not_allowed", "{method} {path}");
            assert!(body["message_fr"].is_string());
        }
    }
    let resp = app.request(Who::Officer, Method::DELETE, "/api/v1/nothing-here").send().await.unwrap();
    assert_eq!(resp.status(), 404);
}

/// Every path mounted (pages, API, `/health`, assets), asked with a method it does not answer: 405 with `Allow`
/// naming exactly the methods mounted for it (and HEAD wherever GET is), in the form of its door — the error page in the reader's language for
/// pages, the JSON error body for the API and `/health`. Never 404: the address exists.
#[tokio::test]
async fn every_mounted_path_answers_a_method_it_does_not_take_with_405_and_allow_in_the_form_of_its_door() {
    use std::collections::{BTreeMap, BTreeSet};
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let mut paths: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (method, route) in crate::access::mounted_routes() {
        if method == "GET" {
            paths.entry(route.clone()).or_default().insert("HEAD".to_string());
        }
        paths.entry(route).or_default().insert(method);
    }
    assert!(paths.len() > 40, "{paths:?}");
    for (route, mounted) in &paths {
        let mut path = route.replace("{number:.+}", "W8486-1/A").replace("{path:.*}", "app.css");
        while let (Some(i), Some(j)) = (path.find('{'), path.find('}')) {
            path.replace_range(i..=j, "1");
        }
        let method = ["DELETE", "PUT", "PATCH", "POST", "GET"].into_iter().find(|m| !mounted.contains(*m)).unwrap();
        let sep = if path.contains('?') { '&' } else { '?' };
        let resp = app
            .request(Who::Anonymous, Method::from_bytes(method.as_bytes()).unwrap(), &format!("{path}{sep}lang=fr"))
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status(), 405, "{method} {path}");
        let allow: BTreeSet<String> =
            resp.headers()["allow"].to_str().unwrap().split(", ").map(str::to_string).collect();
        assert_eq!(&allow, mounted, "{method} {path}: Allow");
        let json = route.starts_with("/api/") || route == "/health";
        let content_type = resp.headers()["content-type"].to_str().unwrap().to_string();
        let body = resp.text().await.unwrap();
        if json {
            assert!(content_type.starts_with("application/json"), "{method} {path}: {content_type}");
            let body: Value = serde_json::from_str(&body).unwrap();
            assert_eq!(body["error"], "method_not_allowed", "{method} {path}");
        } else {
            assert!(content_type.starts_with("text/html"), "{method} {path}: {content_type}");
            assert!(body.contains("Cette adresse ne répond pas à cette méthode"), "{method} {path}: {body}");
        }
    }
    // An address that exists under no method is still 404.
    let resp = app.request(Who::Anonymous, Method::DELETE, "/no-such-page").send().await.unwrap();
    assert_eq!(resp.status(), 404);
}

// RFC 9110 §9.3.2: HEAD is answered wherever GET is, with GET's status and headers and no body — pages, the API,
// `/health`, assets, signed in or not; a path that answers only POST still says 405 with its `Allow`.
crate::on_both_backends!(head_answers_as_get_does_with_its_status_and_headers_and_no_body, |app: TestApp| async move {
    for (who, path) in [
        (Who::Anonymous, "/"),
        (Who::Anonymous, "/login"),
        (Who::Anonymous, "/login?lang=fr"),
        (Who::Anonymous, "/health"),
        (Who::Anonymous, "/api/v1/openapi.json"),
        (Who::Anonymous, "/static/app.css"),
        (Who::Anonymous, "/portfolio"),
        (Who::Officer, "/portfolio"),
        (Who::Officer, "/api/v1/declarations"),
        (Who::Officer, "/api/v1/declarations/999999"),
        (Who::Officer, "/no-such-page"),
    ] {
        let get = app.request(who, Method::GET, path).send().await.unwrap();
        let head = app.request(who, Method::HEAD, path).send().await.unwrap();
        assert_eq!(head.status(), get.status(), "HEAD {path} as {who:?}");
        assert_ne!(head.status(), 405, "HEAD {path} as {who:?}");
        for name in ["content-type", "location", "cache-control", "content-security-policy"] {
            assert_eq!(head.headers().get(name), get.headers().get(name), "HEAD {path} as {who:?}: {name}");
        }
        assert!(head.bytes().await.unwrap().is_empty(), "HEAD {path} as {who:?}: a body");
    }
    let resp = app.request(Who::Anonymous, Method::HEAD, "/logout").send().await.unwrap();
    assert_eq!(resp.status(), 405);
    assert_eq!(resp.headers()["allow"], "POST");
});

#[test]
fn the_declarations_document_their_receipt_reference() {
    let doc = document();
    let schema = &doc["components"]["schemas"]["ReferencedSummary"];
    let text = schema.to_string();
    assert!(text.contains("\"reference\"") && text.contains("DeclarationSummary"), "{schema}");
    let list = doc["components"]["schemas"]["DeclarationList"].to_string();
    assert!(list.contains("ReferencedSummary"), "{list}");
    let detail = doc["components"]["schemas"]["DeclarationDetail"].to_string();
    assert!(detail.contains("ReferencedSummary"), "{detail}");
}

/// Every documented operation asked as it is documented but with a query parameter it does not take, and with a
/// method its address does not answer: the status answered is one the document lists for it (a client built from
/// the document knows every answer it can get).
#[tokio::test]
async fn every_operation_answers_only_statuses_the_document_lists() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let doc = document();
    for (path, item) in doc["paths"].as_object().unwrap() {
        let mut address = path.replace("{number}", "W8486-1/A");
        while let (Some(i), Some(j)) = (address.find('{'), address.find('}')) {
            address.replace_range(i..=j, "1");
        }
        let documented: Vec<&String> = item.as_object().unwrap().keys().collect();
        for (method, op) in item.as_object().unwrap() {
            let listed = op["responses"].as_object().unwrap();
            let verb = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            let resp =
                app.request(Who::Administrator, verb, &format!("{address}?no_such_parameter=1")).send().await.unwrap();
            let status = resp.status().as_u16().to_string();
            assert!(listed.contains_key(&status), "{method} {path}?no_such_parameter=1 answered {status}, not listed");
            let other = ["patch", "put", "delete"].into_iter().find(|m| !documented.iter().any(|d| d == m)).unwrap();
            let verb = Method::from_bytes(other.to_uppercase().as_bytes()).unwrap();
            let status = app.request(Who::Administrator, verb, &address).send().await.unwrap().status().as_u16();
            assert_eq!(status, 405, "{other} {path}");
            assert!(listed.contains_key("405"), "{method} {path}: its address answers 405, not listed");
        }
    }
}

/// Two Rust types of one schema name make one component in the document (the later overwrites the earlier), so an
/// operation would name the other's body: every type deriving `ToSchema` has a name of its own (or a `schema(as)`).
#[test]
fn no_two_types_share_a_schema_name() {
    fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut sources = Vec::new();
    files(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut sources);
    let mut names: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for source in sources {
        let text = std::fs::read_to_string(&source).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            if !(line.trim_start().starts_with("#[derive(") && line.contains("ToSchema")) {
                continue;
            }
            let mut renamed = None;
            for next in &lines[i + 1..] {
                let next = next.trim_start();
                if let Some(rest) = next.strip_prefix("#[schema(as = ") {
                    renamed = rest.split([')', ',']).next().map(str::to_string);
                }
                let item = ["pub struct ", "pub enum ", "pub(crate) struct ", "pub(super) struct ", "struct ", "enum "]
                    .iter()
                    .find_map(|k| next.strip_prefix(k));
                if let Some(item) = item {
                    let name: String = item.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                    let place = format!("{}:{}", source.display(), i + 1);
                    names.entry(renamed.unwrap_or(name)).or_default().push(place);
                    break;
                }
            }
        }
    }
    assert!(names.len() > 50, "the scan found too few schemas: {}", names.len());
    let shared: Vec<_> = names.iter().filter(|(_, places)| places.len() > 1).collect();
    assert!(shared.is_empty(), "schema names given by two types: {shared:?}");
    // And the two decisions are told apart in the document.
    let doc = document();
    let body = |path: &str| doc["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"].clone();
    // Sent and answered: its request side is `…Request` (`web::closed_bodies`).
    assert_eq!(body("/api/v1/graph/matches")["$ref"], "#/components/schemas/MatchDecisionBodyRequest");
    assert_eq!(body("/api/v1/screening/hits/{id}/decision")["$ref"], "#/components/schemas/HitDecisionBody");
    let required = &doc["components"]["schemas"]["MatchDecisionBody"]["required"];
    assert_eq!(required, &serde_json::json!(["key_a", "key_b", "same"]));
}

/// Every object a JSON request body may hold, at any depth, says `additionalProperties: false` (the service refuses
/// a field it does not take), and no object an answer holds does (answers carry `<field>_label` beside codes): a
/// type both sent and answered is split, its request side `…Request`.
#[test]
fn request_bodies_are_closed_and_answers_open() {
    fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
        match schema["$ref"].as_str().and_then(|r| r.strip_prefix("#/components/schemas/")) {
            Some(name) => &doc["components"]["schemas"][name],
            None => schema,
        }
    }
    /// Every object schema reachable from `schema`, with where it was reached.
    fn objects<'a>(
        doc: &'a Value,
        schema: &'a Value,
        at: String,
        seen: &mut BTreeSet<String>,
        out: &mut Vec<(String, &'a Value)>,
    ) {
        if let Some(name) = schema["$ref"].as_str() {
            if !seen.insert(name.to_string()) {
                return;
            }
        }
        let schema = resolve(doc, schema);
        if schema.get("properties").is_some() {
            out.push((at.clone(), schema));
        }
        for key in ["oneOf", "anyOf", "allOf"] {
            for (i, branch) in schema[key].as_array().into_iter().flatten().enumerate() {
                objects(doc, branch, format!("{at}/{key}/{i}"), seen, out);
            }
        }
        for (name, property) in schema["properties"].as_object().into_iter().flatten() {
            objects(doc, property, format!("{at}.{name}"), seen, out);
        }
        if let Some(items) = schema.get("items") {
            objects(doc, items, format!("{at}[]"), seen, out);
        }
    }
    let doc = document();
    let mut closed = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            if let Some(schema) = op["requestBody"]["content"].get("application/json").map(|c| &c["schema"])
                && path != "/api/v1/declarations"
            {
                let mut found = Vec::new();
                objects(&doc, schema, format!("{method} {path}"), &mut BTreeSet::new(), &mut found);
                assert!(!found.is_empty(), "{method} {path}: no object in its body");
                for (at, object) in found {
                    assert_eq!(object["additionalProperties"], false, "{at}: takes fields it does not name");
                    closed += 1;
                }
            }
            for (status, response) in op["responses"].as_object().unwrap() {
                let Some(schema) = response["content"].get("application/json").map(|c| &c["schema"]) else { continue };
                let mut found = Vec::new();
                objects(&doc, schema, format!("{method} {path} {status}"), &mut BTreeSet::new(), &mut found);
                for (at, object) in found {
                    assert!(object.get("additionalProperties") != Some(&Value::Bool(false)), "{at}: an answer closed");
                }
            }
        }
    }
    assert!(closed > 15, "too few request objects found: {closed}");
    // The case event sent is split from the one answered, and each kind takes its `type`.
    let events =
        &doc["paths"]["/api/v1/cases/{id}/events"]["post"]["requestBody"]["content"]["application/json"]["schema"];
    assert_eq!(events["$ref"], "#/components/schemas/CaseEventRequest");
    let kinds = doc["components"]["schemas"]["CaseEventRequest"]["oneOf"].as_array().unwrap();
    assert_eq!(kinds.len(), 5);
    for kind in kinds {
        assert!(kind["properties"]["type"]["enum"].is_array() && kind["required"][0] == "type", "{kind}");
    }
}

#[test]
fn an_account_is_described_field_by_field() {
    // `/api/v1/me`, the account routes and the accounts list answer an account: each of its fields is in the
    // document with its type, the role with its four values, so a client knows `screening_alerts` is a boolean.
    let doc = document();
    let account = &doc["components"]["schemas"]["Account"];
    let properties = account["properties"].as_object().unwrap_or_else(|| panic!("no Account schema: {account}"));
    for field in ["id", "email", "display_name", "role", "business_number", "disabled", "language", "screening_alerts"]
    {
        assert!(properties.contains_key(field), "Account lacks {field}: {account}");
    }
    assert_eq!(properties["screening_alerts"]["type"], "boolean", "{account}");
    assert_eq!(properties["disabled"]["type"], "boolean", "{account}");
    let role = &doc["components"]["schemas"]["AccountRole"]["enum"];
    assert_eq!(role, &serde_json::json!(["supplier", "officer", "auditor", "administrator"]), "{role}");
    for (path, method) in [("/api/v1/me", "get"), ("/api/v1/me/screening-alerts", "put"), ("/api/v1/accounts", "get")] {
        let answer = doc["paths"][path][method]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
            .as_str()
            .unwrap_or_default()
            .trim_start_matches("#/components/schemas/")
            .to_string();
        let text = doc["components"]["schemas"][&answer].to_string();
        assert!(text.contains("#/components/schemas/Account\""), "{path}: {answer} {text}");
    }
}

#[test]
fn no_description_names_the_code_s_own_items() {
    // Descriptions come from the code's doc comments; a reader of the API is not shown the code's paths
    // (`storage::Store::…`), its intra-doc links (`[`X`]`) or Rust's `None`.
    fn walk(value: &Value, at: &str, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (key, child) in map {
                    let here = format!("{at}/{key}");
                    if key == "description"
                        && let Some(text) = child.as_str()
                        && (text.contains("::") || text.contains("[`") || text.contains("`None`"))
                    {
                        out.push(format!("{here}: {text}"));
                    }
                    walk(child, &here, out);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(child, &format!("{at}/{i}"), out);
                }
            }
            _ => {}
        }
    }
    let mut found = Vec::new();
    walk(&document(), "", &mut found);
    assert!(found.is_empty(), "{}", found.join("\n"));
}
