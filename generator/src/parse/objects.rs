//! Reading OpenAPI objects from JSON values in time linear in their size,
//! whatever their nesting.
//!
//! `openapiv3` reads a `ReferenceOr<T>` that is not a reference as a `T`,
//! and when that fails it reads the value as a `T` once more, for the error
//! message; every `ReferenceOr` also copies all of its value before reading
//! it. Below n nested referable objects (schemas in `items`, `allOf`,
//! `properties`, ...) one wrong value was read 2^n times: a 10 KB document
//! took minutes.
//!
//! So [`read`] reads every referable object on its own, children before
//! parents, each child replaced in its parent's copy by a stand-in reference
//! (which any `ReferenceOr` reads without looking further); the objects read
//! are then put back in place of their stand-ins ([`super::assemble`]).
//! Each value is read once, and the first wrong object met is the deepest,
//! located and explained by [`shape::refine_in`].

use super::assemble::Assemble;
use super::parts::{Part, Parts};
use super::shape::{self, Kind};
use crate::diagnostics::escape_pointer_token;
use openapiv3::{Header, OpenAPI, Parameter, PathItem, ReferenceOr, RequestBody, Response, Schema};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

/// An OpenAPI object read from a JSON value on its own (see [`read`]).
pub(crate) trait Object: DeserializeOwned {
    /// What is read when the value is not a reference.
    type Own: DeserializeOwned + Assemble;
    /// The kind of position the object is read at.
    const KIND: Kind;
    fn from_own(own: Self::Own) -> Self;
    /// The object for a `{"$ref": ...}`, where references are allowed.
    fn from_reference(_reference: &str) -> Option<Self> {
        None
    }
}

impl Object for ReferenceOr<Schema> {
    type Own = Schema;
    const KIND: Kind = Kind::Schema;
    fn from_own(own: Schema) -> Self {
        ReferenceOr::Item(own)
    }
    fn from_reference(reference: &str) -> Option<Self> {
        Some(ReferenceOr::Reference { reference: reference.to_owned() })
    }
}

/// Objects that are read as themselves, at a position of one kind.
macro_rules! plain_objects {
    ($($object:ty => $kind:expr),* $(,)?) => {$(
        impl Object for $object {
            type Own = $object;
            const KIND: Kind = $kind;
            fn from_own(own: $object) -> Self {
                own
            }
        }
    )*};
}

plain_objects!(OpenAPI => Kind::Root, PathItem => Kind::PathItem, Parameter => Kind::Parameter, RequestBody => Kind::RequestBody, Response => Kind::Response, Header => Kind::Header);

/// Where a value is wrong: a JSON pointer relative to the value read
/// (`#` is the value itself), and what is wrong there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Wrong {
    pub(crate) pointer: String,
    pub(crate) message: String,
}

/// Reads `value` as a `T`, adding the number of JSON values read to `values_read`.
pub(crate) fn read<T: Object>(value: &Value, values_read: &mut u64) -> Result<T, Wrong> {
    match assembled::<T>(value, values_read)? {
        Some(object) => Ok(object),
        None => read_whole(value, values_read),
    }
}

/// `value` read one object at a time and assembled; `None` if the parts did
/// not fit back together (which would be a gap in the positions of [`shape`]).
fn assembled<T: Object>(value: &Value, values_read: &mut u64) -> Result<Option<T>, Wrong> {
    if let Some(object) = value.get("$ref").and_then(Value::as_str).and_then(T::from_reference) {
        *values_read += 1;
        return Ok(Some(object));
    }
    let mut parts = Parts::default();
    let own = read_own::<T::Own>(value, T::KIND, &mut String::from("#"), &mut parts, values_read)?;
    Ok(parts.all_taken().then(|| T::from_own(*own)))
}

/// The way `openapiv3` reads, kept for a value whose parts did not fit together.
fn read_whole<T: Object>(value: &Value, values_read: &mut u64) -> Result<T, Wrong> {
    *values_read += size(value);
    T::deserialize(value).map_err(|_| {
        let error = serde_path_to_error::deserialize::<_, T>(value).err();
        let (pointer, message) = match error {
            Some(error) => {
                shape::refine_in(value, T::KIND, super::path_to_pointer(error.path()), error.inner().to_string())
            }
            None => ("#".to_owned(), "not a valid OpenAPI object".to_owned()),
        };
        Wrong { pointer, message }
    })
}

/// Reads the object of kind `kind` at `value` (found at `pointer`): first
/// every referable object below it, then its own part, which is assembled.
fn read_own<T: DeserializeOwned + Assemble>(
    value: &Value,
    kind: Kind,
    pointer: &mut String,
    parts: &mut Parts,
    values_read: &mut u64,
) -> Result<Box<T>, Wrong> {
    let own = own_part(value, kind, pointer, parts, values_read)?;
    finish(&own, kind, pointer, parts, values_read)
}

/// Reads an object's own part and puts its parts back. In a frame of its
/// own, so that the objects and serde's large frames stay out of the
/// recursion above, which goes as deep as the document.
#[inline(never)]
fn finish<T: DeserializeOwned + Assemble>(
    own: &Value,
    kind: Kind,
    pointer: &str,
    parts: &mut Parts,
    values_read: &mut u64,
) -> Result<Box<T>, Wrong> {
    *values_read += size(own);
    let mut object = Box::new(T::deserialize(own).map_err(|_| {
        let (inner, message) = shape::refine_in(own, kind, "#".to_owned(), String::new());
        Wrong { pointer: format!("{pointer}{}", &inner[1..]), message }
    })?);
    object.assemble(parts);
    Ok(object)
}

/// A copy of `value` (of kind `kind`) in which every referable object below
/// it has been read into `parts` and replaced by its stand-in.
fn own_part(
    value: &Value,
    kind: Kind,
    pointer: &mut String,
    parts: &mut Parts,
    values_read: &mut u64,
) -> Result<Value, Wrong> {
    let mut part = |key: &str, child: &Value, pointer: &mut String| -> Result<Value, Wrong> {
        let Some(child_kind) = shape::child(kind, key, child) else { return Ok(child.clone()) };
        let len = pointer.len();
        pointer.push('/');
        pointer.push_str(&escape_pointer_token(key));
        let copy = if shape::referable(kind, child_kind) {
            read_part(child, child_kind, pointer, parts, values_read).map(|part| parts.add(part))
        } else {
            own_part(child, child_kind, pointer, parts, values_read)
        };
        pointer.truncate(len);
        copy
    };
    Ok(match value {
        Value::Object(map) => {
            let mut copy = Map::with_capacity(map.len());
            for (key, child) in map {
                copy.insert(key.clone(), part(key, child, pointer)?);
            }
            Value::Object(copy)
        }
        Value::Array(items) => {
            let mut copy = Vec::with_capacity(items.len());
            for (index, child) in items.iter().enumerate() {
                copy.push(part(&index.to_string(), child, pointer)?);
            }
            Value::Array(copy)
        }
        other => other.clone(),
    })
}

/// Reads the referable object at `value`: a reference, or an object of its kind.
fn read_part(
    value: &Value,
    kind: Kind,
    pointer: &mut String,
    parts: &mut Parts,
    values_read: &mut u64,
) -> Result<Part, Wrong> {
    if let Some(reference) = value.get("$ref").and_then(Value::as_str) {
        *values_read += 1;
        return Ok(Part::Reference(reference.to_owned()));
    }
    Ok(match kind {
        Kind::Schema => Part::Schema(read_own(value, kind, pointer, parts, values_read)?),
        Kind::PathItem => Part::PathItem(read_own(value, kind, pointer, parts, values_read)?),
        Kind::Parameter => Part::Parameter(read_own(value, kind, pointer, parts, values_read)?),
        Kind::RequestBody => Part::RequestBody(read_own(value, kind, pointer, parts, values_read)?),
        Kind::Response => Part::Response(read_own(value, kind, pointer, parts, values_read)?),
        Kind::Header => Part::Header(read_own(value, kind, pointer, parts, values_read)?),
        Kind::Example => Part::Example(read_own(value, kind, pointer, parts, values_read)?),
        Kind::Link => Part::Link(read_own(value, kind, pointer, parts, values_read)?),
        Kind::Callback => Part::Callback(read_own(value, kind, pointer, parts, values_read)?),
        Kind::SecurityScheme => Part::SecurityScheme(read_own(value, kind, pointer, parts, values_read)?),
        // Never referable: kept in place, so that the parent reads it as `openapiv3` would.
        _ => Part::Value(own_part(value, kind, pointer, parts, values_read)?),
    })
}

/// The number of JSON values in `value`, itself included.
fn size(value: &Value) -> u64 {
    1 + match value {
        Value::Object(map) => map.values().map(size).sum(),
        Value::Array(items) => items.iter().map(size).sum(),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn wrong_in(doc: Value) -> Wrong {
        read::<OpenAPI>(&doc, &mut 0).expect_err("the document is wrong")
    }

    fn document(schema: Value) -> Value {
        json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, "components": {"schemas": {"A": schema}}})
    }

    /// `{"type": "array", "items": ...}` around `leaf`, `depth` times.
    fn nested(depth: usize, leaf: Value) -> Value {
        (0..depth).fold(leaf, |inner, _| json!({"type": "array", "items": inner}))
    }

    /// Every document of the snapshot cases and the two specs, read in parts
    /// and assembled, is what `openapiv3` reads.
    #[test]
    fn documents_read_in_parts_are_what_openapiv3_reads() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut paths: Vec<_> =
            std::fs::read_dir(root.join("tests/cases")).unwrap().map(|e| e.unwrap().path()).collect();
        paths.extend([root.join("../spec/readmin.yaml"), root.join("../spec/fixture.yaml")]);
        let mut read = 0;
        for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "json")) {
            let Ok(mut raw) = super::super::read_value(&std::fs::read_to_string(path).unwrap()) else { continue };
            super::super::normalize::normalize(&mut raw, &mut Vec::new());
            let Ok(expected) = serde_json::from_value::<OpenAPI>(raw.clone()) else { continue };
            let assembled = assembled::<OpenAPI>(&raw, &mut 0).unwrap();
            assert!(
                assembled.as_ref() == Some(&expected),
                "{}: the parts do not give what openapiv3 reads",
                path.display()
            );
            read += 1;
        }
        assert!(read > 20, "only {read} documents read");
    }

    #[test]
    fn every_kind_of_part_is_put_back() {
        let doc = json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {"/a": {"parameters": [{"name": "p", "in": "query", "schema": {"type": "string"}}],
                "get": {"requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {"b": {"items": {"type": "string"}}},
                        "additionalProperties": {"not": {"type": "string"}}}, "examples": {"e": {"value": 1}},
                        "encoding": {"b": {"headers": {"X": {"schema": {"anyOf": [{"type": "string"}, {"$ref": "#/components/schemas/A"}]}}}}}}}},
                    "responses": {"200": {"description": "ok", "headers": {"Y": {"content": {"text/plain": {"schema": {"allOf": [{"type": "string"}]}}}}},
                        "links": {"l": {"operationId": "x"}}}, "default": {"$ref": "#/components/responses/R"}},
                    "callbacks": {"c": {"{$url}": {"post": {"responses": {"200": {"description": "ok"}}}}}}}}},
            "components": {"schemas": {"A": {"oneOf": [{"type": "string"}, {"type": "integer"}]}}, "responses": {"R": {"description": "r"}},
                "parameters": {"P": {"name": "q", "in": "header", "schema": {"type": "string"}}}, "requestBodies": {"B": {"content": {}}},
                "headers": {"H": {"schema": {"type": "string"}}}, "examples": {"E": {"value": 2}}, "links": {"L": {"operationId": "y"}},
                "callbacks": {"C": {"{$url}": {"get": {"responses": {}}}}}, "securitySchemes": {"S": {"type": "http", "scheme": "basic"}}}});
        let expected: OpenAPI = serde_json::from_value(doc.clone()).unwrap();
        assert_eq!(assembled::<OpenAPI>(&doc, &mut 0).unwrap(), Some(expected));
    }

    #[test]
    fn the_deepest_wrong_object_is_found_with_its_message() {
        let wrong = wrong_in(document(nested(3, json!("object"))));
        assert_eq!(wrong.pointer, "#/components/schemas/A/items/items/items");
        assert!(wrong.message.contains("expected struct Schema"), "{}", wrong.message);
        let wrong =
            wrong_in(document(json!({"type": "object", "properties": {"b": {"type": "string", "maxLength": "ten"}}})));
        assert_eq!(wrong.pointer, "#/components/schemas/A/properties/b");
    }

    #[test]
    fn errors_below_operations_are_located() {
        let doc = json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/a": {"get": {
            "parameters": [{"name": "x", "in": "query", "required": "maybe"}], "responses": {}}}}});
        assert_eq!(wrong_in(doc).pointer, "#/paths/~1a/get/parameters/0/required");
    }

    #[test]
    fn each_value_is_read_a_bounded_number_of_times_whatever_the_nesting() {
        for leaf in [json!({"type": "string"}), json!("object")] {
            for depth in [10, 50, 100] {
                let doc = document(nested(depth, leaf.clone()));
                let mut values_read = 0;
                let _ = read::<OpenAPI>(&doc, &mut values_read);
                // Each value once, each stand-in once (and far from 2^depth).
                assert!(
                    values_read <= 2 * size(&doc),
                    "{leaf} at depth {depth}: {values_read} values read, {} in the document",
                    size(&doc)
                );
            }
        }
    }

    #[test]
    fn values_openapiv3_ignores_are_not_read() {
        let doc = json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
            "paths": {"x-note": 5, "/a": {"get": {"responses": {"x-note": 5, "ignored": 5, "200": {"description": "ok"}}}}},
            "components": {"schemas": {"A": {"type": "object", "additionalProperties": false}}}});
        assert!(read::<OpenAPI>(&doc, &mut 0).is_ok());
    }

    #[test]
    fn a_reference_that_looks_like_a_stand_in_is_not_taken_for_one() {
        let doc =
            document(json!({"type": "object", "properties": {"b": {"$ref": "\u{0}part/0"}, "c": {"type": "string"}}}));
        let expected: OpenAPI = serde_json::from_value(doc.clone()).unwrap();
        assert_eq!(read::<OpenAPI>(&doc, &mut 0).unwrap(), expected);
    }
}
