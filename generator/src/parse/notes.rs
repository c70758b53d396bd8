//! The side table of what a schema says that the OpenAPI 3.0 model cannot
//! keep: a 3.1 `null`-only schema or `const`, a tuple (`prefixItems`), and the
//! keywords written beside a `$ref` (a reference object has none in 3.0).
//!
//! lower reads these by the schema's pointer instead of reading the JSON
//! value; after [`take`], the document holds none of the markers the 3.1
//! rewriting put on its schemas while it moved them.

use super::locate::percent_decode;
use super::normalize::{for_each_schema, for_each_subschema, CONST_MARKER, NULL_MARKER};
use crate::diagnostics::escape_pointer_token;
use serde_json::{Map, Value};
use std::collections::HashMap;

/// What the model does not keep of one schema.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct SchemaNote {
    /// The schema allows only `null` (3.1 `type: 'null'`, or only `null` branches).
    pub null_only: bool,
    /// The schema was a 3.1 `const` (now a one-value `enum`).
    pub constant: bool,
    /// The schema is a tuple (`prefixItems`).
    pub tuple: bool,
    /// The schema is a `$ref` with these keywords beside it.
    pub beside_reference: Option<BesideReference>,
}

/// Keywords written beside a `$ref`.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct BesideReference {
    pub title: Option<String>,
    pub description: Option<String>,
    /// OpenAPI 3.0 `nullable: true` (honoured on component schemas).
    pub nullable: bool,
}

/// Every schema's note, by pointer (percent-decoded, as parse checks references).
#[derive(Debug, Default)]
pub(crate) struct SchemaNotes {
    by_pointer: HashMap<String, SchemaNote>,
}

impl SchemaNotes {
    /// The note of the schema at `at` (a pointer or a local reference); empty when there is nothing to say.
    pub(crate) fn at(&self, at: &str) -> &SchemaNote {
        static NOTHING: SchemaNote =
            SchemaNote { null_only: false, constant: false, tuple: false, beside_reference: None };
        let found = match at.strip_prefix('#') {
            Some(path) if path.contains('%') => self.by_pointer.get(&format!("#{}", percent_decode(path))),
            _ => self.by_pointer.get(at),
        };
        found.unwrap_or(&NOTHING)
    }
}

/// Takes the notes of every schema of a normalised document, removing the
/// rewriting's markers from it.
pub(super) fn take(doc: &mut Value) -> SchemaNotes {
    let mut notes = SchemaNotes::default();
    for_each_schema(doc, &mut |schema, pointer| note(schema, pointer, &mut notes));
    notes
}

fn note(schema: &mut Value, pointer: &mut String, notes: &mut SchemaNotes) {
    let Value::Object(map) = schema else { return };
    let found = if map.contains_key("$ref") {
        // The rewriting leaves references alone, so a marker here is the document's own.
        beside_reference(map).map(|beside| SchemaNote { beside_reference: Some(beside), ..SchemaNote::default() })
    } else {
        let found = SchemaNote {
            null_only: map.remove(NULL_MARKER).is_some(),
            constant: map.remove(CONST_MARKER).is_some(),
            tuple: map.contains_key("prefixItems"),
            beside_reference: None,
        };
        for_each_subschema(map, |keyword, token, child| {
            let len = pointer.len();
            pointer.push('/');
            pointer.push_str(keyword);
            if let Some(token) = token {
                pointer.push('/');
                pointer.push_str(&escape_pointer_token(token));
            }
            note(child, pointer, notes);
            pointer.truncate(len);
        });
        Some(found).filter(|found| *found != SchemaNote::default())
    };
    if let Some(found) = found {
        notes.by_pointer.insert(pointer.clone(), found);
    }
}

fn beside_reference(map: &Map<String, Value>) -> Option<BesideReference> {
    let text = |key: &str| map.get(key).and_then(Value::as_str).map(str::to_owned);
    let beside = BesideReference {
        title: text("title"),
        description: text("description"),
        nullable: map.get("nullable") == Some(&Value::Bool(true)),
    };
    Some(beside).filter(|beside| *beside != BesideReference::default())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn notes_of(mut doc: Value) -> (SchemaNotes, Value) {
        super::super::normalize::normalize(&mut doc, &mut Vec::new());
        (take(&mut doc), doc)
    }

    #[test]
    fn markers_become_notes_and_leave_the_document() {
        let (notes, doc) = notes_of(json!({"components": {"schemas": {
            "Nothing": {"type": "null"},
            "Kind": {"const": "pet"},
            "Pair": {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}]},
            "Holder": {"type": "object", "properties": {"a b": {"type": ["null"]}}},
        }}}));
        assert!(notes.at("#/components/schemas/Nothing").null_only);
        assert!(notes.at("#/components/schemas/Kind").constant);
        assert!(notes.at("#/components/schemas/Pair").tuple);
        assert!(notes.at("#/components/schemas/Holder/properties/a b").null_only);
        assert!(notes.at("#/components/schemas/Holder/properties/a%20b").null_only, "references are percent-decoded");
        assert_eq!(notes.at("#/components/schemas/Holder"), &SchemaNote::default());
        let text = doc.to_string();
        assert!(!text.contains(NULL_MARKER) && !text.contains(CONST_MARKER), "{text}");
    }

    #[test]
    fn keywords_beside_a_reference_are_kept() {
        let (notes, _) = notes_of(json!({"components": {"schemas": {
            "A": {"$ref": "#/components/schemas/B", "description": "an A", "nullable": true},
            "B": {"type": "object", "properties": {"c": {"$ref": "#/components/schemas/A", "title": "C"}}},
        }}}));
        let a = notes.at("#/components/schemas/A").beside_reference.clone().unwrap_or_default();
        assert_eq!((a.description.as_deref(), a.nullable), (Some("an A"), true));
        let c = notes.at("#/components/schemas/B/properties/c").beside_reference.clone().unwrap_or_default();
        assert_eq!((c.title.as_deref(), c.nullable), (Some("C"), false));
    }

    #[test]
    fn a_documents_own_markers_say_nothing() {
        let (notes, _) = notes_of(json!({"components": {"schemas": {
            "S": {"type": "string", NULL_MARKER: true, CONST_MARKER: true},
            "R": {"$ref": "#/components/schemas/S", NULL_MARKER: true},
        }}}));
        assert_eq!(notes.at("#/components/schemas/S"), &SchemaNote::default());
        assert_eq!(notes.at("#/components/schemas/R"), &SchemaNote::default());
    }
}
