//! Finding where a document's shape is wrong, as deep as possible.
//!
//! `openapiv3` reads many objects through untagged enums (`ReferenceOr`,
//! `SchemaKind`) and flattened maps, where serde forgets the way to the
//! error: `required: maybe` on a parameter surfaces as a type error at
//! `#/paths`. Starting where the error surfaced, [`refine_in`] reads each child
//! whose OpenAPI type is known from its position on its own, descends into
//! the first that fails, and repeats, so the error is reported at the
//! deepest object that is wrong by itself, with that object's message.
//!
//! The positions are also what [`super::objects`] needs to read a document
//! one object at a time: [`child`] says what is expected below a position,
//! [`referable`] whether `openapiv3` reads it as a `ReferenceOr`.

use crate::diagnostics::escape_pointer_token;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The OpenAPI object expected at a position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Root,
    Info,
    Components,
    Paths,
    /// A path item, or a reference to one.
    PathItem,
    Operation,
    Responses,
    Response,
    RequestBody,
    Parameter,
    Header,
    MediaType,
    Encoding,
    Example,
    Link,
    Schema,
    SecurityScheme,
    Server,
    /// An operation's callbacks (a map of callbacks, never references).
    Callbacks,
    /// A map of path items (keyed by expression).
    Callback,
    /// A map whose values are of this kind.
    MapOf(Leaf),
    /// A list whose items are of this kind.
    ListOf(Leaf),
}

/// The kinds that maps and lists hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Leaf {
    Response,
    RequestBody,
    Parameter,
    Header,
    MediaType,
    Encoding,
    Example,
    Link,
    Callback,
    Schema,
    SecurityScheme,
    Server,
}

impl Leaf {
    fn kind(self) -> Kind {
        match self {
            Leaf::Response => Kind::Response,
            Leaf::RequestBody => Kind::RequestBody,
            Leaf::Parameter => Kind::Parameter,
            Leaf::Header => Kind::Header,
            Leaf::MediaType => Kind::MediaType,
            Leaf::Encoding => Kind::Encoding,
            Leaf::Example => Kind::Example,
            Leaf::Link => Kind::Link,
            Leaf::Callback => Kind::Callback,
            Leaf::Schema => Kind::Schema,
            Leaf::SecurityScheme => Kind::SecurityScheme,
            Leaf::Server => Kind::Server,
        }
    }
}

const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// The kind of the child `key` of an object of kind `parent`, if `openapiv3`
/// reads it as an OpenAPI object (`value` is the child).
pub(crate) fn child(parent: Kind, key: &str, value: &Value) -> Option<Kind> {
    Some(match (parent, key) {
        (Kind::MapOf(leaf) | Kind::ListOf(leaf), _) => leaf.kind(),
        (Kind::Root, "info") => Kind::Info,
        (Kind::Root, "paths") => Kind::Paths,
        (Kind::Root, "components") => Kind::Components,
        (Kind::Root | Kind::PathItem | Kind::Operation, "servers") => Kind::ListOf(Leaf::Server),
        // Other keys are extensions or ignored.
        (Kind::Paths, path) if path.starts_with('/') => Kind::PathItem,
        (Kind::PathItem, method) if METHODS.contains(&method) => Kind::Operation,
        (Kind::PathItem | Kind::Operation, "parameters") => Kind::ListOf(Leaf::Parameter),
        (Kind::Operation, "requestBody") => Kind::RequestBody,
        (Kind::Operation, "responses") => Kind::Responses,
        (Kind::Operation, "callbacks") => Kind::Callbacks,
        (Kind::Callbacks, _) => Kind::Callback,
        (Kind::Callback, _) => Kind::PathItem,
        // Keys that are not status codes are extensions or ignored.
        (Kind::Responses, code)
            if code == "default" || serde_json::from_value::<openapiv3::StatusCode>(code.into()).is_ok() =>
        {
            Kind::Response
        }
        (Kind::Response | Kind::RequestBody | Kind::Parameter | Kind::Header, "content") => {
            Kind::MapOf(Leaf::MediaType)
        }
        (Kind::Response | Kind::Encoding, "headers") => Kind::MapOf(Leaf::Header),
        (Kind::Response, "links") => Kind::MapOf(Leaf::Link),
        (Kind::Parameter | Kind::Header | Kind::MediaType, "schema") => Kind::Schema,
        (Kind::Parameter | Kind::Header | Kind::MediaType, "examples") => Kind::MapOf(Leaf::Example),
        (Kind::MediaType, "encoding") => Kind::MapOf(Leaf::Encoding),
        (Kind::Schema, "properties") => Kind::MapOf(Leaf::Schema),
        // `additionalProperties: false` (or `true`) is not a schema.
        (Kind::Schema, "additionalProperties") if value.is_boolean() => return None,
        (Kind::Schema, "items" | "not" | "additionalProperties") => Kind::Schema,
        (Kind::Schema, "allOf" | "oneOf" | "anyOf") => Kind::ListOf(Leaf::Schema),
        (Kind::Components, "schemas") => Kind::MapOf(Leaf::Schema),
        (Kind::Components, "responses") => Kind::MapOf(Leaf::Response),
        (Kind::Components, "parameters") => Kind::MapOf(Leaf::Parameter),
        (Kind::Components, "requestBodies") => Kind::MapOf(Leaf::RequestBody),
        (Kind::Components, "headers") => Kind::MapOf(Leaf::Header),
        (Kind::Components, "securitySchemes") => Kind::MapOf(Leaf::SecurityScheme),
        (Kind::Components, "examples") => Kind::MapOf(Leaf::Example),
        (Kind::Components, "links") => Kind::MapOf(Leaf::Link),
        (Kind::Components, "callbacks") => Kind::MapOf(Leaf::Callback),
        _ => return None,
    })
}

/// Whether `openapiv3` reads a child of kind `kind` below `parent` as a
/// `ReferenceOr`, which accepts any `{"$ref": "..."}` in its place.
pub(crate) fn referable(parent: Kind, kind: Kind) -> bool {
    match (parent, kind) {
        (Kind::Paths, Kind::PathItem) => true,
        (Kind::MapOf(leaf) | Kind::ListOf(leaf), _) => !matches!(leaf, Leaf::MediaType | Leaf::Encoding | Leaf::Server),
        (_, Kind::Schema | Kind::RequestBody | Kind::Response) => true,
        _ => false,
    }
}

/// Reads `value` as the object `kind` names; on failure, the path inside it
/// (a pointer suffix) and the message. References are not read (they are
/// checked on their own), nor are maps and lists (their items are).
pub(crate) fn read(kind: Kind, value: &Value) -> Result<(), (String, String)> {
    if value.get("$ref").is_some_and(Value::is_string) {
        return Ok(());
    }
    match kind {
        Kind::Root => read_as::<openapiv3::OpenAPI>(value),
        Kind::Info => read_as::<openapiv3::Info>(value),
        Kind::Components => read_as::<openapiv3::Components>(value),
        Kind::Paths => read_as::<openapiv3::Paths>(value),
        Kind::PathItem => read_as::<openapiv3::PathItem>(value),
        Kind::Operation => read_as::<openapiv3::Operation>(value),
        Kind::Responses => read_as::<openapiv3::Responses>(value),
        Kind::Response => read_as::<openapiv3::Response>(value),
        Kind::RequestBody => read_as::<openapiv3::RequestBody>(value),
        // The fields shared by all locations first: inside the tagged enum, serde forgets the way.
        Kind::Parameter => {
            read_as::<openapiv3::ParameterData>(value).and_then(|()| read_as::<openapiv3::Parameter>(value))
        }
        Kind::Header => read_as::<openapiv3::Header>(value),
        Kind::MediaType => read_as::<openapiv3::MediaType>(value),
        Kind::Encoding => read_as::<openapiv3::Encoding>(value),
        Kind::Example => read_as::<openapiv3::Example>(value),
        Kind::Link => read_as::<openapiv3::Link>(value),
        Kind::Callback => read_as::<openapiv3::Callback>(value),
        Kind::Callbacks => read_as::<indexmap::IndexMap<String, openapiv3::Callback>>(value),
        Kind::Schema => read_as::<openapiv3::Schema>(value),
        Kind::SecurityScheme => read_as::<openapiv3::SecurityScheme>(value),
        Kind::Server => read_as::<openapiv3::Server>(value),
        Kind::MapOf(_) | Kind::ListOf(_) => Ok(()),
    }
}

fn read_as<T: DeserializeOwned>(value: &Value) -> Result<(), (String, String)> {
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(_) => Ok(()),
        Err(error) => Err((super::path_to_pointer(error.path()).split_off(1), error.inner().to_string())),
    }
}

/// The deepest pointer and message for a shape error that surfaced at
/// `pointer` in an object of kind `base_kind` (pointers are relative to it).
pub(crate) fn refine_in(base: &Value, base_kind: Kind, pointer: String, message: String) -> (String, String) {
    let (mut pointer, mut message) = (pointer, message);
    let (Some(mut kind), Some(mut value)) = (kind_at(base_kind, &pointer), base.pointer(&pointer[1..])) else {
        return (pointer, message);
    };
    'descend: loop {
        // The object read on its own: its reader may know the way further.
        if let Err((inner, own_message)) = read(kind, value) {
            message = own_message;
            if !inner.is_empty() {
                pointer.push_str(&inner);
                match (kind_at(base_kind, &pointer), base.pointer(&pointer[1..])) {
                    (Some(deeper_kind), Some(deeper_value)) => {
                        (kind, value) = (deeper_kind, deeper_value);
                        continue 'descend;
                    }
                    _ => return (pointer, message),
                }
            }
        }
        // Otherwise the first child of a known kind that is wrong on its own.
        for (key, child_value) in children(value) {
            let Some(child_kind) = child(kind, &key, child_value) else { continue };
            if fails(child_kind, child_value) {
                pointer = format!("{pointer}/{}", escape_pointer_token(&key));
                (kind, value) = (child_kind, child_value);
                continue 'descend;
            }
        }
        return (pointer, message);
    }
}

/// Whether an object (or any item of a map or list) fails to read on its own.
fn fails(kind: Kind, value: &Value) -> bool {
    match kind {
        Kind::MapOf(_) | Kind::ListOf(_) => {
            children(value).into_iter().any(|(key, item)| child(kind, &key, item).is_some_and(|k| fails(k, item)))
        }
        _ => read(kind, value).is_err(),
    }
}

/// The entries of an object or the items of a list, with their tokens.
fn children(value: &Value) -> Vec<(String, &Value)> {
    match value {
        Value::Object(map) => map.iter().map(|(k, v)| (k.clone(), v)).collect(),
        Value::Array(items) => items.iter().enumerate().map(|(i, v)| (i.to_string(), v)).collect(),
        _ => Vec::new(),
    }
}

/// The kind of object at a pointer, following the known positions from an object of kind `base_kind`.
fn kind_at(base_kind: Kind, pointer: &str) -> Option<Kind> {
    let mut kind = base_kind;
    for token in pointer.strip_prefix('#')?.split('/').skip(1) {
        let token = token.replace("~1", "/").replace("~0", "~");
        // The value only matters for `additionalProperties`, which descends no further when it is a boolean.
        kind = child(kind, &token, &Value::Null)?;
    }
    Some(kind)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn refined(doc: Value, pointer: &str) -> (String, String) {
        refine_in(&doc, Kind::Root, pointer.to_owned(), "surface".to_owned())
    }

    #[test]
    fn errors_are_found_below_untagged_and_flattened_objects() {
        let doc = json!({"paths": {"/a": {"get": {"parameters": [{"name": "x", "in": "query", "required": "maybe"}], "responses": {}}}}});
        let (pointer, message) = refined(doc, "#/paths");
        assert_eq!(pointer, "#/paths/~1a/get/parameters/0/required");
        assert!(message.contains("expected a boolean"), "{message}");
    }

    #[test]
    fn schema_errors_are_found_in_nested_properties() {
        let doc = json!({"components": {"schemas": {"A": {"type": "object", "properties": {"b": {"type": "object", "properties": {"c": 5}}}}}}});
        let (pointer, _) = refined(doc, "#/components");
        assert_eq!(pointer, "#/components/schemas/A/properties/b/properties/c");
    }

    #[test]
    fn unknown_positions_are_kept() {
        let doc = json!({"x-thing": {"a": 1}});
        assert_eq!(refined(doc, "#/x-thing"), ("#/x-thing".to_owned(), "surface".to_owned()));
    }
}
