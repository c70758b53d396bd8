//! OpenAPI 3.1 -> 3.0 rewriting on the JSON value, before `openapiv3` reads it.
//!
//! Only schema positions are rewritten (never examples or extension values):
//! `type` arrays, `null` branches of `oneOf`/`anyOf`, `const`, numeric
//! `exclusiveMinimum`/`exclusiveMaximum`, schema `examples`, boolean schemas,
//! integer bounds outside the 64-bit range, `webhooks` and a missing `paths`.

use crate::diagnostics::{escape_pointer_token, Diagnostic};
use serde_json::{Map, Value};

/// Marks a schema that only allows `null` (3.1 `type: 'null'`), which 3.0
/// cannot say. The markers travel with the schema while it is rewritten and
/// moved; [`super::notes`] takes them out into the side table lower reads.
pub(super) const NULL_MARKER: &str = "x-generator-null";

/// Marks a schema that was a `const` (now a one-value `enum`), which 3.0 cannot say.
pub(super) const CONST_MARKER: &str = "x-generator-const";

/// Keywords whose values are schemas.
const SCHEMA_KEYWORDS: &[&str] =
    &["items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else"];
/// Keywords whose values are lists of schemas.
const SCHEMA_LIST_KEYWORDS: &[&str] = &["allOf", "oneOf", "anyOf", "prefixItems"];
/// Keywords whose values are maps of schemas.
const SCHEMA_MAP_KEYWORDS: &[&str] = &["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];

/// Rewrites `doc` in place so that it reads as OpenAPI 3.0.
pub fn normalize(doc: &mut Value, diagnostics: &mut Vec<Diagnostic>) {
    let Some(root) = doc.as_object_mut() else { return };
    if !root.contains_key("paths") {
        root.insert("paths".to_owned(), Value::Object(Map::new()));
    }
    if let Some(webhooks) = root.remove("webhooks") {
        let count = webhooks.as_object().map_or(0, Map::len);
        if count > 0 {
            diagnostics.push(Diagnostic::warning(
                "#/webhooks",
                format!(
                    "{count} webhook(s) skipped: webhooks are requests the API sends, not operations a client calls"
                ),
            ));
        }
    }
    // 3.1-only fields that openapiv3 would reject or misread.
    root.remove("jsonSchemaDialect");
    if let Some(Value::Object(info)) = root.get_mut("info") {
        info.remove("summary");
        if let Some(Value::Object(license)) = info.get_mut("license") {
            license.remove("identifier");
        }
    }
    for_each_schema(doc, &mut |schema, _| normalize_schema(schema));
}

/// Calls `each` with every schema at a schema position of the document (a
/// `schema` key, an entry of `components/schemas`) and its pointer; the
/// schemas inside them are theirs to visit (see [`for_each_subschema`]).
pub(super) fn for_each_schema(doc: &mut Value, each: &mut dyn FnMut(&mut Value, &mut String)) {
    walk_document(doc, &mut String::from("#"), each);
}

fn walk_document(value: &mut Value, pointer: &mut String, each: &mut dyn FnMut(&mut Value, &mut String)) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                if key.starts_with("x-") || key == "example" || key == "examples" || key == "default" {
                    continue;
                }
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&escape_pointer_token(key));
                if key == "schema" {
                    each(child, pointer);
                } else if key == "schemas" && pointer.ends_with("#/components/schemas") {
                    if let Value::Object(schemas) = child {
                        for (name, schema) in schemas.iter_mut() {
                            let len = pointer.len();
                            pointer.push('/');
                            pointer.push_str(&escape_pointer_token(name));
                            each(schema, pointer);
                            pointer.truncate(len);
                        }
                    }
                } else {
                    walk_document(child, pointer, each);
                }
                pointer.truncate(len);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter_mut().enumerate() {
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&index.to_string());
                walk_document(item, pointer, each);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
}

/// Calls `each` with every schema directly inside a schema object and the
/// pointer tokens that lead to it (`items`; `allOf`, `0`; `properties`, `id`).
pub(super) fn for_each_subschema(map: &mut Map<String, Value>, mut each: impl FnMut(&str, Option<&str>, &mut Value)) {
    for keyword in SCHEMA_KEYWORDS {
        if let Some(child) = map.get_mut(*keyword) {
            // `additionalProperties: false` stays a boolean in 3.0.
            if *keyword == "additionalProperties" && child.is_boolean() {
                continue;
            }
            each(keyword, None, child);
        }
    }
    for keyword in SCHEMA_LIST_KEYWORDS {
        if let Some(Value::Array(children)) = map.get_mut(*keyword) {
            for (index, child) in children.iter_mut().enumerate() {
                each(keyword, Some(&index.to_string()), child);
            }
        }
    }
    for keyword in SCHEMA_MAP_KEYWORDS {
        if let Some(Value::Object(children)) = map.get_mut(*keyword) {
            for (key, child) in children.iter_mut() {
                each(keyword, Some(key), child);
            }
        }
    }
}

/// Rewrites one schema and, recursively, every schema inside it.
pub fn normalize_schema(schema: &mut Value) {
    match schema {
        Value::Bool(true) => *schema = Value::Object(Map::new()),
        Value::Bool(false) => *schema = serde_json::json!({ "not": {} }),
        _ => {}
    }
    let Value::Object(map) = schema else { return };
    if map.contains_key("$ref") {
        return;
    }
    // The markers are this module's to set: a document's own extensions of
    // those names must not make a schema null-only or a constant.
    map.remove(NULL_MARKER);
    map.remove(CONST_MARKER);
    for_each_subschema(map, |_, _, child| normalize_schema(child));
    normalize_type_array(map);
    normalize_null_branches(map, "oneOf");
    normalize_null_branches(map, "anyOf");
    normalize_const(map);
    normalize_exclusive_bound(map, "exclusiveMinimum", "minimum");
    normalize_exclusive_bound(map, "exclusiveMaximum", "maximum");
    normalize_integer_bounds(map);
    if let Some(Value::Array(examples)) = map.remove("examples") {
        if let Some(first) = examples.into_iter().next() {
            map.entry("example").or_insert(first);
        }
    }
    // Draft-4 tuple `items: [..]`: 3.0 wants one schema, so any item is allowed.
    if map.get("items").is_some_and(Value::is_array) {
        map.insert("items".to_owned(), Value::Object(Map::new()));
    }
}

/// `type: [T, 'null']` -> `type: T, nullable: true`; several types -> `anyOf`.
fn normalize_type_array(map: &mut Map<String, Value>) {
    let types: Vec<String> = match map.get("type") {
        Some(Value::Array(types)) => types.iter().filter_map(|t| t.as_str().map(str::to_owned)).collect(),
        Some(Value::String(t)) if t == "null" => vec!["null".to_owned()],
        _ => return,
    };
    let nullable = types.iter().any(|t| t == "null");
    let concrete: Vec<String> = types.into_iter().filter(|t| t != "null").collect();
    map.remove("type");
    if nullable {
        map.insert("nullable".to_owned(), Value::Bool(true));
    }
    match concrete.as_slice() {
        [] => {
            map.insert(NULL_MARKER.to_owned(), Value::Bool(true));
        }
        [single] => {
            map.insert("type".to_owned(), Value::String(single.clone()));
        }
        several => {
            // Each branch keeps the keywords that apply to its own type.
            let shared: Map<String, Value> = map
                .iter()
                .filter(|(k, _)| !matches!(k.as_str(), "nullable" | "description" | "title" | "default" | "example"))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            for key in shared.keys() {
                map.remove(key);
            }
            let branches = several
                .iter()
                .map(|t| {
                    let mut branch = shared.clone();
                    branch.insert("type".to_owned(), Value::String(t.clone()));
                    Value::Object(branch)
                })
                .collect();
            map.insert("anyOf".to_owned(), Value::Array(branches));
        }
    }
}

fn is_null_schema(schema: &Value) -> bool {
    schema.get(NULL_MARKER) == Some(&Value::Bool(true))
        || schema.get("type").and_then(Value::as_str) == Some("null")
        || schema.get("enum").and_then(Value::as_array).is_some_and(|e| e.len() == 1 && e[0].is_null())
}

/// `oneOf: [X, {type: 'null'}]` -> `X` marked `nullable` (a lone `$ref` is kept as `allOf: [X]`).
fn normalize_null_branches(map: &mut Map<String, Value>, keyword: &str) {
    let Some(Value::Array(branches)) = map.get_mut(keyword) else { return };
    let before = branches.len();
    branches.retain(|b| !is_null_schema(b));
    if branches.len() == before {
        return;
    }
    map.insert("nullable".to_owned(), Value::Bool(true));
    let Some(Value::Array(branches)) = map.get(keyword) else { return };
    if branches.len() != 1 {
        if branches.is_empty() {
            map.remove(keyword);
            map.insert(NULL_MARKER.to_owned(), Value::Bool(true));
        }
        return;
    }
    let Some(Value::Array(mut branches)) = map.remove(keyword) else { return };
    let only = branches.remove(0);
    match only {
        Value::Object(inner)
            if !inner.contains_key("$ref") && !inner.keys().any(|k| map.contains_key(k) && k != "nullable") =>
        {
            for (key, value) in inner {
                map.insert(key, value);
            }
        }
        other => {
            map.insert("allOf".to_owned(), Value::Array(vec![other]));
        }
    }
}

/// `const: X` -> `enum: [X]`, with the type inferred where missing.
fn normalize_const(map: &mut Map<String, Value>) {
    let Some(value) = map.remove("const") else { return };
    if !map.contains_key("type") {
        let inferred = match &value {
            Value::String(_) => Some("string"),
            Value::Bool(_) => Some("boolean"),
            Value::Number(n) if n.is_i64() || n.is_u64() => Some("integer"),
            Value::Number(_) => Some("number"),
            _ => None,
        };
        if let Some(t) = inferred {
            map.insert("type".to_owned(), Value::String(t.to_owned()));
        }
    }
    map.insert("enum".to_owned(), Value::Array(vec![value]));
    map.insert(CONST_MARKER.to_owned(), Value::Bool(true));
}

/// 3.1 numeric `exclusiveMinimum: 5` -> 3.0 `minimum: 5, exclusiveMinimum: true`.
fn normalize_exclusive_bound(map: &mut Map<String, Value>, exclusive: &str, inclusive: &str) {
    if let Some(Value::Number(bound)) = map.get(exclusive).cloned() {
        map.insert(inclusive.to_owned(), Value::Number(bound));
        map.insert(exclusive.to_owned(), Value::Bool(true));
    }
}

/// Integer bounds and enums that do not fit in 64 bits (YAML allows them) would
/// fail the whole document; bounds are dropped, the enum is kept as numbers.
/// An integer without a `format` whose bounds leave `i64` gets the width
/// they need: `uint64` when they fit it, else `int128` (read as `i128`).
fn normalize_integer_bounds(map: &mut Map<String, Value>) {
    if map.get("type").and_then(Value::as_str) != Some("integer") {
        return;
    }
    if !map.contains_key("format") {
        // 2^63, the first integer past `i64::MAX`, is exact as a double.
        const I64_END: f64 = 9_223_372_036_854_775_808.0;
        let bound = |key: &str| map.get(key).and_then(Value::as_f64);
        let (low, high) = (bound("minimum"), bound("maximum"));
        if low.is_some_and(|low| low < -I64_END) || high.is_some_and(|high| high >= I64_END) {
            let fits_u64 =
                map.get("maximum").is_some_and(Value::is_u64) || high.is_some_and(|high| high < 2.0 * I64_END);
            let unsigned = low.is_some_and(|low| low >= 0.0) && fits_u64;
            map.insert("format".to_owned(), Value::from(if unsigned { "uint64" } else { "int128" }));
        }
    }
    for key in ["minimum", "maximum", "multipleOf"] {
        if let Some(value) = map.get(key) {
            if !(value.is_i64() || value.as_f64().is_some_and(|f| f.fract() == 0.0 && f.abs() < 9.2e18)) {
                map.remove(key);
            } else if let Some(f) = value.as_f64().filter(|_| !value.is_i64()) {
                map.insert(key.to_owned(), Value::from(f as i64));
            }
        }
    }
    if let Some(Value::Array(values)) = map.get("enum") {
        if values.iter().any(|v| !(v.is_i64() || v.is_null())) {
            map.insert("type".to_owned(), Value::String("number".to_owned()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn normalized(mut schema: Value) -> Value {
        normalize_schema(&mut schema);
        schema
    }

    #[test]
    fn a_documents_own_marker_extensions_are_dropped() {
        let schema = json!({"type": "string", NULL_MARKER: true, CONST_MARKER: true, "x-other": 1});
        assert_eq!(normalized(schema), json!({"type": "string", "x-other": 1}));
        assert_eq!(
            normalized(json!({"const": "x", NULL_MARKER: true})),
            json!({"type": "string", "enum": ["x"], CONST_MARKER: true})
        );
    }

    #[test]
    fn type_array_with_null_becomes_nullable() {
        assert_eq!(normalized(json!({"type": ["string", "null"]})), json!({"type": "string", "nullable": true}));
    }

    #[test]
    fn one_of_ref_or_null_becomes_nullable_all_of() {
        let schema = json!({"oneOf": [{"$ref": "#/components/schemas/A"}, {"type": "null"}]});
        assert_eq!(normalized(schema), json!({"nullable": true, "allOf": [{"$ref": "#/components/schemas/A"}]}));
    }

    #[test]
    fn const_becomes_single_enum() {
        assert_eq!(normalized(json!({"const": "x"})), json!({"type": "string", "enum": ["x"], CONST_MARKER: true}));
    }

    #[test]
    fn numeric_exclusive_minimum_becomes_boolean() {
        let schema = normalized(json!({"type": "number", "exclusiveMinimum": 0}));
        assert_eq!(schema, json!({"type": "number", "exclusiveMinimum": true, "minimum": 0}));
    }

    #[test]
    fn several_types_become_any_of() {
        let schema = normalized(json!({"type": ["string", "integer"], "description": "d"}));
        assert_eq!(schema, json!({"description": "d", "anyOf": [{"type": "string"}, {"type": "integer"}]}));
    }

    #[test]
    fn examples_array_becomes_example() {
        assert_eq!(
            normalized(json!({"type": "string", "examples": ["a", "b"]})),
            json!({"type": "string", "example": "a"})
        );
    }

    #[test]
    fn webhooks_are_removed_and_paths_added() {
        let mut doc = json!({"openapi": "3.1.0", "webhooks": {"a": {}}});
        let mut diagnostics = Vec::new();
        normalize(&mut doc, &mut diagnostics);
        assert_eq!(doc, json!({"openapi": "3.1.0", "paths": {}}));
        assert_eq!(diagnostics.len(), 1);
    }
}
