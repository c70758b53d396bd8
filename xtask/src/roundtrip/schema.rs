//! A document's schemas as JSON Schema 2020-12, which both the instance
//! drawer and the validator read.
//!
//! OpenAPI 3.0 schemas are a dialect: `nullable: true` adds `null` to the
//! values, `exclusiveMinimum: true` makes `minimum` exclusive, and keywords
//! beside a `$ref` are ignored. 3.1 documents are JSON Schema already, but
//! frameworks still write `nullable` in them, and the generator reads it as
//! 3.0 does, so it is converted in both (except beside a `$ref`, where the
//! generator ignores it as 3.0 says and JSON Schema does not know it). Formats that bound integers
//! (`int32`, `uint64`, ...) become bounds, which a validator checks.
//! `discriminator` is kept: the drawer follows it, validators ignore it.

use serde_json::{json, Map, Value};

/// Keywords whose values are schemas.
const SCHEMA_KEYWORDS: &[&str] = &[
    "items",
    "additionalProperties",
    "not",
    "contains",
    "propertyNames",
    "if",
    "then",
    "else",
    "unevaluatedItems",
    "unevaluatedProperties",
];
/// Keywords whose values are lists of schemas.
const SCHEMA_LIST_KEYWORDS: &[&str] = &["allOf", "oneOf", "anyOf", "prefixItems"];
/// Keywords whose values are maps of schemas.
const SCHEMA_MAP_KEYWORDS: &[&str] = &["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];
/// The JSON Schema dialect every converted schema is read as.
pub(crate) const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// The document with every schema in it converted to JSON Schema 2020-12.
pub(crate) fn convert_document(document: &Value) -> Value {
    let dialect = if document.get("openapi").and_then(Value::as_str).is_some_and(|v| v.starts_with("3.0")) {
        Dialect::OpenApi30
    } else {
        Dialect::OpenApi31
    };
    let mut converted = document.clone();
    walk_document(&mut converted, dialect, false);
    converted
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dialect {
    OpenApi30,
    OpenApi31,
}

/// Finds the schema positions of a document: `schema` keys and `components/schemas`.
fn walk_document(value: &mut Value, dialect: Dialect, in_components: bool) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                if key.starts_with("x-") || matches!(key.as_str(), "example" | "examples" | "default") {
                    continue;
                }
                if key == "schema" {
                    convert_schema(child, dialect);
                } else if key == "schemas" && in_components {
                    if let Value::Object(schemas) = child {
                        schemas.values_mut().for_each(|schema| convert_schema(schema, dialect));
                    }
                } else {
                    walk_document(child, dialect, key == "components");
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| walk_document(item, dialect, false)),
        _ => {}
    }
}

fn convert_schema(schema: &mut Value, dialect: Dialect) {
    let Value::Object(map) = schema else { return };
    if map.contains_key("$ref") && dialect == Dialect::OpenApi30 {
        // OpenAPI 3.0: "This object cannot be extended with additional properties".
        map.retain(|key, _| key == "$ref");
        return;
    }
    for keyword in SCHEMA_KEYWORDS {
        if let Some(child) = map.get_mut(*keyword) {
            convert_schema(child, dialect);
        }
    }
    for keyword in SCHEMA_LIST_KEYWORDS {
        if let Some(Value::Array(children)) = map.get_mut(*keyword) {
            children.iter_mut().for_each(|child| convert_schema(child, dialect));
        }
    }
    for keyword in SCHEMA_MAP_KEYWORDS {
        if let Some(Value::Object(children)) = map.get_mut(*keyword) {
            children.values_mut().for_each(|child| convert_schema(child, dialect));
        }
    }
    if dialect == Dialect::OpenApi30 {
        boolean_exclusive_bound(map, "exclusiveMinimum", "minimum");
        boolean_exclusive_bound(map, "exclusiveMaximum", "maximum");
    }
    format_bounds(map);
    if map.remove("nullable") == Some(Value::Bool(true)) && !map.contains_key("$ref") {
        add_null(schema);
    }
}

/// 3.0's `exclusiveMinimum: true` beside `minimum: 5` is 2020-12's `exclusiveMinimum: 5`.
fn boolean_exclusive_bound(map: &mut Map<String, Value>, exclusive: &str, inclusive: &str) {
    match map.get(exclusive) {
        Some(Value::Bool(true)) => match map.remove(inclusive) {
            Some(bound) => {
                map.insert(exclusive.to_owned(), bound);
            }
            None => {
                map.remove(exclusive);
            }
        },
        Some(Value::Bool(false)) => {
            map.remove(exclusive);
        }
        _ => {}
    }
}

/// The bounds an integer format implies, as `minimum` and `maximum`.
fn format_bounds(map: &mut Map<String, Value>) {
    let (low, high): (i128, i128) = match map.get("format").and_then(Value::as_str) {
        Some("int8") => (i8::MIN.into(), i8::MAX.into()),
        Some("int16") => (i16::MIN.into(), i16::MAX.into()),
        Some("int32") => (i32::MIN.into(), i32::MAX.into()),
        Some("int64") => (i64::MIN.into(), i64::MAX.into()),
        Some("uint8") => (0, u8::MAX.into()),
        Some("uint16") => (0, u16::MAX.into()),
        Some("uint32") => (0, u32::MAX.into()),
        Some("uint64") => (0, u64::MAX.into()),
        _ => return,
    };
    if map.get("type").and_then(Value::as_str) != Some("integer") {
        return;
    }
    let tighter =
        |current: Option<&Value>, bound: i128, keep: fn(f64, f64) -> bool| match current.and_then(Value::as_f64) {
            Some(current) if keep(current, bound as f64) => None,
            _ => Some(integer(bound)),
        };
    if let Some(low) = tighter(map.get("minimum"), low, |current, bound| current >= bound) {
        map.insert("minimum".to_owned(), low);
    }
    if let Some(high) = tighter(map.get("maximum"), high, |current, bound| current <= bound) {
        map.insert("maximum".to_owned(), high);
    }
}

/// An integer as a JSON number (every bound above fits `i64` or `u64`).
fn integer(value: i128) -> Value {
    match (i64::try_from(value), u64::try_from(value)) {
        (Ok(small), _) => Value::from(small),
        (_, Ok(large)) => Value::from(large),
        _ => Value::from(value as f64),
    }
}

/// Makes `schema` also accept `null`: in its `type` (and `enum`) when those
/// are all it says about the kind of value, else as an `anyOf` branch.
fn add_null(schema: &mut Value) {
    let Value::Object(map) = schema else { return };
    let composed = ["allOf", "oneOf", "anyOf", "$ref", "not", "const"].iter().any(|keyword| map.contains_key(*keyword));
    if !composed {
        match map.get_mut("type") {
            Some(Value::String(single)) => {
                let single = std::mem::take(single);
                map.insert("type".to_owned(), json!([single, "null"]));
            }
            Some(Value::Array(types)) => {
                if !types.iter().any(|t| t == "null") {
                    types.push(json!("null"));
                }
            }
            // Without a type every kind of value, `null` too, is allowed already.
            _ => return,
        }
        if let Some(Value::Array(values)) = map.get_mut("enum") {
            if !values.contains(&Value::Null) {
                values.push(Value::Null);
            }
        }
        return;
    }
    let inner = std::mem::take(map);
    let mut wrapper = Map::new();
    for keep in ["title", "description"] {
        if let Some(value) = inner.get(keep) {
            wrapper.insert(keep.to_owned(), value.clone());
        }
    }
    wrapper.insert("anyOf".to_owned(), json!([Value::Object(inner), {"type": "null"}]));
    *map = wrapper;
}

/// The value `pointer` (`#/components/schemas/Pet`) points to in `document`.
pub(crate) fn resolve<'a>(document: &'a Value, pointer: &str) -> Option<&'a Value> {
    let path = pointer.strip_prefix('#')?;
    let decoded = percent_decode(path);
    document.pointer(&decoded)
}

/// `$ref`s are URI fragments: `%25` in one is `%` in the pointer.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|b| char::from(*b).to_digit(16));
        match (bytes[index], hex(index + 1), hex(index + 2)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                index += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

/// A validator of the schema at `pointer` of the converted document, with
/// formats checked (`date-time`, `uuid`, `email`, ...).
pub(crate) fn validator(converted: &Value, pointer: &str) -> Result<jsonschema::Validator, String> {
    let mut root = match converted {
        Value::Object(map) => map.clone(),
        _ => return Err("the document is not an object".to_owned()),
    };
    root.insert("$schema".to_owned(), json!(DIALECT));
    root.insert("$ref".to_owned(), json!(pointer));
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&Value::Object(root))
        .map_err(|e| format!("no validator for {pointer}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn converted(openapi: &str, schema: Value) -> Value {
        let document = json!({"openapi": openapi, "components": {"schemas": {"S": schema}}});
        convert_document(&document)["components"]["schemas"]["S"].clone()
    }

    #[test]
    fn nullable_becomes_a_null_type_or_branch() {
        assert_eq!(
            converted("3.0.3", json!({"type": "string", "nullable": true})),
            json!({"type": ["string", "null"]})
        );
        assert_eq!(
            converted("3.0.3", json!({"type": "string", "enum": ["a"], "nullable": true})),
            json!({"type": ["string", "null"], "enum": ["a", null]})
        );
        assert_eq!(
            converted("3.1.0", json!({"allOf": [{"$ref": "#/components/schemas/T"}], "nullable": true})),
            json!({"anyOf": [{"allOf": [{"$ref": "#/components/schemas/T"}]}, {"type": "null"}]})
        );
        assert_eq!(
            converted("3.0.3", json!({"$ref": "#/components/schemas/T", "nullable": true})),
            json!({"$ref": "#/components/schemas/T"})
        );
    }

    #[test]
    fn openapi_30_bounds_become_json_schema_bounds() {
        assert_eq!(
            converted(
                "3.0.3",
                json!({"type": "number", "minimum": 1, "exclusiveMinimum": true, "maximum": 2, "exclusiveMaximum": false})
            ),
            json!({"type": "number", "exclusiveMinimum": 1, "maximum": 2})
        );
        assert_eq!(
            converted("3.0.3", json!({"type": "integer", "format": "int32", "minimum": 0})),
            json!({"type": "integer", "format": "int32", "minimum": 0, "maximum": i32::MAX})
        );
    }

    #[test]
    fn validators_follow_references_and_check_formats() {
        let document = json!({
            "openapi": "3.0.3",
            "components": {"schemas": {
                "When": {"type": "string", "format": "date-time"},
                "Event": {"type": "object", "required": ["at"], "properties": {"at": {"$ref": "#/components/schemas/When"}, "n": {"type": "integer", "nullable": true}}}
            }}
        });
        let validator = validator(&convert_document(&document), "#/components/schemas/Event").unwrap();
        assert!(validator.is_valid(&json!({"at": "2024-02-29T12:00:00+01:00", "n": null})));
        assert!(!validator.is_valid(&json!({"at": "yesterday"})));
        assert!(!validator.is_valid(&json!({"n": 1})));
    }
}
