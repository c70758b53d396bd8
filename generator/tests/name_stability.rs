//! Adding to a document must not rename what is already there: a schema
//! (with framework-style inline enums, unions and titles) and an operation
//! inserted before everything else leave every existing type, with its
//! shape, and every client method where they were.

use openapi_xtask::describe::ApiDescription;
use serde_json::{json, Map, Value};
use std::path::Path;

/// The public API generated from `document`.
fn describe(document: &Value) -> ApiDescription {
    let generated =
        openapi_xtask::generate(&document.to_string(), &openapi_xtask::Settings::new("stability")).expect("generates");
    let api = generated
        .files
        .iter()
        .find(|f| f.path == openapi_xtask::describe::DESCRIPTION_PATH)
        .expect("api.json is generated");
    ApiDescription::from_json(&api.contents).expect("api.json reads back")
}

/// `document` with `schema` first among its component schemas and `path`
/// first among its paths.
fn with_insertions(document: &Value, schema: (&str, Value), path: (&str, Value)) -> Value {
    let mut document = document.clone();
    let prepend = |map: &mut Value, (key, value): (&str, Value)| {
        let old = map.as_object().cloned().unwrap_or_default();
        let mut new = Map::new();
        new.insert(key.to_owned(), value);
        new.extend(old);
        *map = Value::Object(new);
    };
    prepend(&mut document["components"]["schemas"], schema);
    prepend(&mut document["paths"], path);
    document
}

/// A pydantic model of the kind that made numbered names: every property
/// titled with its own name, inline enums, a union of inline branches.
fn inserted_schema() -> Value {
    json!({
        "title": "AaaInserted",
        "type": "object",
        "properties": {
            "type": {"type": "string", "enum": ["one", "two"], "title": "Type"},
            "source": {"type": "string", "enum": ["api", "cli"], "title": "Source"},
            "state": {"type": "object", "title": "State", "properties": {"type": {"type": "string", "enum": ["on", "off"], "title": "Type"}}},
            "details": {
                "title": "Details",
                "anyOf": [
                    {"type": "object", "properties": {"kind": {"const": "first"}, "type": {"type": "string", "enum": ["x"], "title": "Type"}}},
                    {"type": "object", "properties": {"kind": {"const": "second"}}}
                ]
            }
        }
    })
}

fn inserted_path() -> Value {
    json!({
        "post": {
            "operationId": "insert_thing_aaa_insert_post",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AaaInserted"}}}},
            "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {"type": {"type": "string", "enum": ["done"], "title": "Type"}}}}}}}
        }
    })
}

fn assert_nothing_renamed(name: &str, document: Value) {
    let before = describe(&document);
    let after =
        describe(&with_insertions(&document, ("AaaInserted", inserted_schema()), ("/aaa/insert", inserted_path())));
    for old in &before.types {
        let new = after.types.iter().find(|t| t.name == old.name);
        assert!(new.is_some(), "{name}: type `{}` was renamed or removed by an insertion", old.name);
        assert_eq!(new.map(|t| &t.shape), Some(&old.shape), "{name}: type `{}` changed shape", old.name);
    }
    for old in &before.operations {
        let new = after
            .operations
            .iter()
            .find(|o| o.operation_id == old.operation_id)
            .expect("every operation is still there");
        assert_eq!((&new.name, &new.builder), (&old.name, &old.builder), "{name}: `{}` was renamed", old.operation_id);
    }
    assert!(after.types.len() > before.types.len(), "{name}: the insertion adds types");
}

fn read(relative: &str) -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(relative);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    if relative.ends_with(".json") {
        serde_json::from_str(&text).expect("JSON")
    } else {
        openapi_xtask::parse::read_value(&text).expect("YAML")
    }
}

#[test]
fn a_schema_and_an_operation_added_first_rename_nothing_in_the_reference_document() {
    assert_nothing_renamed("reference server (FastAPI)", read("reference-server/openapi.json"));
}

#[test]
fn a_schema_and_an_operation_added_first_rename_nothing_in_readmin() {
    assert_nothing_renamed("ReAdmin", read("spec/readmin.yaml"));
}
