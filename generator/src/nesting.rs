//! OpenAPI documents nested as deep as asked, for the tests and benchmarks
//! of how generation grows with nesting.
//!
//! One component schema wraps a leaf in `properties`, `oneOf`, `items`,
//! `allOf`, `anyOf` and `additionalProperties`, in turn, until the document
//! is [`Nesting::depth`] levels deep: the shapes that fuzzing found
//! generation slow on (a wrong value below sixty levels of them took
//! minutes), mixed so that every rule of reading and lowering is crossed.

use serde_json::{json, Value};

/// The shape of a nested document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Nesting {
    /// Levels of mappings and lists in the whole document, as the readers
    /// count them: 127 at most, since they refuse deeper documents.
    pub depth: usize,
    /// Whether unions have a `{type: 'null'}` branch (rewritten into
    /// `nullable` when the document is read) rather than a second type.
    pub null_branches: bool,
    /// Whether the leaf and the second branch of every union and `allOf` is
    /// a `$ref` to another component rather than an inline schema.
    pub ref_leaves: bool,
    /// Whether the leaf is wrong (`maxLength: "ten"`), so that the document
    /// is refused with an error at the leaf.
    pub wrong_leaf: bool,
}

/// The name of the component schema that holds the nesting.
pub const ROOT_SCHEMA: &str = "Nested";

/// The document, as JSON text.
pub fn document(nesting: Nesting) -> String {
    // The root object, `components`, `schemas` and the schema itself.
    const ABOVE: usize = 4;
    let leaf_reference = json!({"$ref": "#/components/schemas/Leaf"});
    let other = |typ: &str| if nesting.ref_leaves { leaf_reference.clone() } else { json!({"type": typ}) };
    let union_branch = || if nesting.null_branches { json!({"type": "null"}) } else { other("string") };
    let mut schema = match (nesting.wrong_leaf, nesting.ref_leaves) {
        (true, _) => json!({"type": "string", "maxLength": "ten"}),
        (false, true) => leaf_reference.clone(),
        (false, false) => json!({"type": "string"}),
    };
    let wrappers: [(usize, &dyn Fn(Value) -> Value); 6] = [
        (2, &|inner| json!({"type": "object", "properties": {"a": inner}})),
        (2, &|inner| json!({"oneOf": [inner, union_branch()]})),
        (1, &|inner| json!({"type": "array", "items": inner})),
        // `allOf` merges the properties of object parts only.
        (4, &|inner| json!({"allOf": [{"type": "object", "properties": {"b": inner}}, other("object")]})),
        (2, &|inner| json!({"anyOf": [inner, union_branch()]})),
        (1, &|inner| json!({"type": "object", "additionalProperties": inner})),
    ];
    let mut levels = nesting.depth.saturating_sub(ABOVE);
    // Built from the leaf out: the outermost wrapper is the first.
    let mut chosen = Vec::new();
    for (cost, wrap) in wrappers.iter().cycle() {
        if levels == 0 {
            break;
        }
        // Where a wrapper of two levels does not fit, `items` takes the last one.
        let (cost, wrap) = if *cost > levels { &wrappers[2] } else { &(*cost, *wrap) };
        levels -= cost;
        chosen.push(*wrap);
    }
    for wrap in chosen.into_iter().rev() {
        schema = wrap(schema);
    }
    let leaf = json!({"type": "object", "properties": {"x": {"type": "string"}}});
    json!({
        "openapi": "3.1.0",
        "info": {"title": "Nested", "version": "1"},
        "paths": {"/nested": {"get": {"operationId": "getNested", "responses": {"200": {
            "description": "ok",
            "content": {"application/json": {"schema": {"$ref": format!("#/components/schemas/{ROOT_SCHEMA}")}}},
        }}}}},
        "components": {"schemas": {"Leaf": leaf, ROOT_SCHEMA: schema}},
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth(value: &Value) -> usize {
        match value {
            Value::Object(map) => 1 + map.values().map(depth).max().unwrap_or(0),
            Value::Array(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
            _ => 0,
        }
    }

    #[test]
    fn documents_are_as_deep_as_asked() {
        for depth_asked in [10, 11, 40, 121, 127] {
            for (null_branches, ref_leaves, wrong_leaf) in
                [(false, false, false), (true, true, false), (true, false, true)]
            {
                let text = document(Nesting { depth: depth_asked, null_branches, ref_leaves, wrong_leaf });
                let value: Value = serde_json::from_str(&text).unwrap();
                assert_eq!(depth(&value), depth_asked, "{text}");
            }
        }
    }
}
