//! The fuzzer's cases: case `i` of seed `S` is a pure function of `(S, i)`.
//!
//! A case starts from a document of the shared corpus (the small and
//! mid-size ones, read at run time), the ReAdmin or fixture spec, or one
//! built at random, and mutates it structurally (values of the wrong type,
//! references to anywhere, odd names, deep wrapping, ...) or as text (cut,
//! repeated and inserted bytes, YAML syntax).

use std::path::{Path, PathBuf};

use serde_json::{json, Map, Value};

/// The documents cases start from, read once.
#[derive(Debug)]
pub(crate) struct Seeds {
    /// File name, text and value of each document.
    documents: Vec<(String, String, Value)>,
}

impl Seeds {
    /// The small and mid-size corpus documents, the ReAdmin spec and the
    /// runtime fixture's (response headers, `Link` and offset pagination).
    pub(crate) fn load() -> Result<Seeds, String> {
        let root = crate::project_root();
        let corpus_dir = crate::corpus::corpus_dir(&root);
        let mut paths: Vec<PathBuf> = vec![root.join("spec/readmin.yaml"), root.join("spec/fixture.yaml")];
        if let Ok(entries) = std::fs::read_dir(&corpus_dir) {
            let mut found: Vec<PathBuf> =
                entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| is_quick(p)).collect();
            found.sort();
            paths.extend(found);
        } else {
            eprintln!(
                "fuzz: note: no corpus at {}; only the ReAdmin and fixture specs and random documents are used",
                corpus_dir.display()
            );
        }
        let mut documents = Vec::new();
        for path in paths {
            let Ok(text) = std::fs::read_to_string(&path) else { continue };
            let Ok(value) = openapi_xtask::parse::read_value(&text) else { continue };
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            documents.push((name, text, value));
        }
        Ok(Seeds { documents })
    }

    /// How many documents cases start from (besides random ones).
    pub(crate) fn len(&self) -> usize {
        self.documents.len()
    }
}

fn is_quick(path: &Path) -> bool {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    crate::corpus::QUICK_SET.contains(&stem.as_str())
}

/// One generated input.
#[derive(Debug)]
pub(crate) struct Input {
    pub(crate) bytes: Vec<u8>,
    /// How it was made, for the report.
    pub(crate) recipe: String,
    pub(crate) extension: &'static str,
}

/// SplitMix64: small, fast and good enough to pick mutations.
#[derive(Debug)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64, case: u64) -> Rng {
        let mut rng = Rng(seed ^ case.wrapping_mul(0x9e37_79b9_7f4a_7c15));
        rng.next();
        rng
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Names that stress naming: keywords, digits, symbols, case clashes, Unicode.
const NAMES: &[&str] = &[
    "type",
    "self",
    "Self",
    "super",
    "crate",
    "fn",
    "async",
    "await",
    "match",
    "r#type",
    "_",
    "__",
    "",
    " ",
    "0",
    "123abc",
    "-1",
    "+1",
    "@timestamp",
    "a b",
    "a-b",
    "a.b",
    "a/b",
    "a~b",
    "{id}",
    "ñandú",
    "Ω",
    "日本",
    "🙂",
    "Id",
    "id",
    "ID",
    "_id",
    "Option",
    "Result",
    "String",
    "Vec",
    "Box",
    "Client",
    "Error",
    "Value",
    "None",
    "Some",
    "default",
    "Default",
    "new",
    "build",
    "send",
    "x-ext",
    "$ref",
    "null",
    "true",
    "1e3",
    "dyn",
    "union",
    "static",
    "Unknown",
    "Other",
    "Ok",
    "status",
    "body",
    "headers",
    "AVeryLongNameThatGoesOnAndOnAndOnAndOnAndOnAndOnAndOnAndOn",
];

/// Values that stress readers and lowering.
fn odd_value(rng: &mut Rng) -> Value {
    match rng.below(16) {
        0 => Value::Null,
        1 => json!(true),
        2 => json!(rng.below(1000)),
        3 => json!(-9_223_372_036_854_775_807_i64),
        4 => json!(u64::MAX),
        5 => json!(1.5e300),
        6 => json!(-0.5),
        7 => json!(*rng.pick(NAMES)),
        8 => json!([]),
        9 => json!({}),
        10 => json!([*rng.pick(NAMES), 1, null, {"a": []}]),
        11 => json!({"type": *rng.pick(TYPES)}),
        12 => json!({"$ref": reference(rng, &Value::Null)}),
        13 => json!("x".repeat(rng.below(3000))),
        14 => json!({ *rng.pick(NAMES): *rng.pick(NAMES) }),
        _ => random_schema(rng, 2, &[]),
    }
}

const TYPES: &[&str] =
    &["string", "integer", "number", "boolean", "array", "object", "null", "file", "any", "String", ""];
const FORMATS: &[&str] = &[
    "int32",
    "int64",
    "uint64",
    "float",
    "double",
    "date-time",
    "date",
    "uuid",
    "binary",
    "byte",
    "email",
    "weird",
    "uint8",
    "",
];
const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace", "GET", "query"];
const MEDIA: &[&str] = &[
    "application/json",
    "text/plain",
    "application/octet-stream",
    "multipart/form-data",
    "application/x-www-form-urlencoded",
    "application/problem+json",
    "*/*",
    "image/png",
    "application/json; charset=utf-8",
    "",
];
const STATUSES: &[&str] =
    &["200", "201", "204", "2XX", "2xx", "default", "404", "4XX", "500", "999", "0", "abc", "1XX", "600", "200.0"];

/// A `$ref` string: mostly somewhere that exists.
fn reference(rng: &mut Rng, doc: &Value) -> String {
    match rng.below(12) {
        0 => "#".to_owned(),
        1 => "#/components/schemas/Nowhere".to_owned(),
        2 => "other.yaml#/components/schemas/Pet".to_owned(),
        3 => "https://example.com/schema.json".to_owned(),
        4 => "#/paths".to_owned(),
        5 => format!("#/components/schemas/{}", rng.pick(NAMES).replace('~', "~0").replace('/', "~1")),
        6 => "#/components/schemas/A%20B".to_owned(),
        7 => "#components".to_owned(),
        _ => {
            let pointers = pointers(doc, 400);
            if pointers.is_empty() {
                "#/components/schemas/A".to_owned()
            } else {
                rng.pick(&pointers).clone()
            }
        }
    }
}

/// Up to `limit` pointers of nodes in `doc`, breadth-first.
fn pointers(doc: &Value, limit: usize) -> Vec<String> {
    let mut found = Vec::new();
    let mut queue = std::collections::VecDeque::from([(String::from("#"), doc)]);
    while let Some((pointer, value)) = queue.pop_front() {
        if found.len() >= limit {
            break;
        }
        found.push(pointer.clone());
        match value {
            Value::Object(map) => {
                for (k, v) in map {
                    queue.push_back((format!("{pointer}/{}", k.replace('~', "~0").replace('/', "~1")), v));
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    queue.push_back((format!("{pointer}/{i}"), v));
                }
            }
            _ => {}
        }
    }
    found
}

/// A random schema, `depth` levels at most.
fn random_schema(rng: &mut Rng, depth: usize, components: &[String]) -> Value {
    if depth == 0 || rng.chance(25) {
        return match rng.below(6) {
            0 if !components.is_empty() => json!({"$ref": format!("#/components/schemas/{}", rng.pick(components))}),
            1 => json!({"type": *rng.pick(TYPES), "format": *rng.pick(FORMATS)}),
            2 => json!({"type": "string", "enum": [*rng.pick(NAMES), *rng.pick(NAMES), *rng.pick(NAMES), null]}),
            3 => json!({"type": "integer", "enum": [1, 2, rng.below(5), -1]}),
            4 => json!({"type": [*rng.pick(TYPES), "null"]}),
            _ => json!({"type": *rng.pick(TYPES)}),
        };
    }
    let mut schema = Map::new();
    match rng.below(8) {
        0..=2 => {
            schema.insert("type".to_owned(), json!("object"));
            let mut properties = Map::new();
            let mut required = Vec::new();
            for _ in 0..rng.below(5) {
                let name = (*rng.pick(NAMES)).to_owned();
                if rng.chance(50) {
                    required.push(json!(name.clone()));
                }
                properties.insert(name, random_schema(rng, depth - 1, components));
            }
            schema.insert("properties".to_owned(), Value::Object(properties));
            schema.insert("required".to_owned(), Value::Array(required));
            if rng.chance(30) {
                let extra =
                    if rng.chance(50) { json!(rng.chance(50)) } else { random_schema(rng, depth - 1, components) };
                schema.insert("additionalProperties".to_owned(), extra);
            }
        }
        3 => {
            schema.insert("type".to_owned(), json!("array"));
            schema.insert("items".to_owned(), random_schema(rng, depth - 1, components));
        }
        4..=6 => {
            let keyword = *rng.pick(&["oneOf", "anyOf", "allOf"]);
            let branches: Vec<Value> = (0..rng.below(4)).map(|_| random_schema(rng, depth - 1, components)).collect();
            schema.insert(keyword.to_owned(), Value::Array(branches));
            if rng.chance(40) {
                let mut mapping = Map::new();
                for _ in 0..rng.below(3) {
                    let target = components.get(rng.below(components.len().max(1))).cloned().unwrap_or_default();
                    mapping.insert((*rng.pick(NAMES)).to_owned(), json!(format!("#/components/schemas/{target}")));
                }
                schema
                    .insert("discriminator".to_owned(), json!({"propertyName": *rng.pick(NAMES), "mapping": mapping}));
            }
        }
        _ => {
            schema.insert("not".to_owned(), random_schema(rng, depth - 1, components));
        }
    }
    for (keyword, value) in [
        ("nullable", json!(true)),
        ("title", json!(*rng.pick(NAMES))),
        ("description", json!("*/ `doc` ]] \\ \"q\"")),
        ("readOnly", json!(true)),
        ("default", odd_value(rng)),
    ] {
        if rng.chance(15) {
            schema.insert(keyword.to_owned(), value);
        }
    }
    Value::Object(schema)
}

/// A random document built from scratch.
fn random_document(rng: &mut Rng) -> Value {
    let components: Vec<String> = (0..rng.below(8))
        .map(|i| if rng.chance(50) { (*rng.pick(NAMES)).to_owned() } else { format!("S{i}") })
        .collect();
    let mut schemas = Map::new();
    for name in &components {
        schemas.insert(name.clone(), random_schema(rng, 4, &components));
    }
    let mut paths = Map::new();
    for _ in 0..rng.below(6) {
        let template = match rng.below(6) {
            0 => format!("/{}", rng.pick(NAMES)),
            1 => format!("/items/{{{}}}", rng.pick(NAMES)),
            2 => "/a/{id}/b/{id}".to_owned(),
            3 => "/{unclosed".to_owned(),
            4 => String::new(),
            _ => format!("/things/{{thingId}}/{}", rng.pick(NAMES)),
        };
        let mut item = Map::new();
        for _ in 0..=rng.below(3) {
            let mut operation = Map::new();
            if rng.chance(80) {
                operation.insert("operationId".to_owned(), json!(*rng.pick(NAMES)));
            }
            let parameters: Vec<Value> = (0..rng.below(4))
                .map(|_| {
                    json!({
                        "name": *rng.pick(NAMES),
                        "in": *rng.pick(&["path", "query", "header", "cookie", "body"]),
                        "required": rng.chance(50),
                        "style": *rng.pick(&["form", "simple", "deepObject", "pipeDelimited", "spaceDelimited", "matrix"]),
                        "schema": random_schema(rng, 2, &components),
                    })
                })
                .collect();
            operation.insert("parameters".to_owned(), Value::Array(parameters));
            if rng.chance(50) {
                operation.insert(
                    "requestBody".to_owned(),
                    json!({"required": rng.chance(50), "content": { *rng.pick(MEDIA): {"schema": random_schema(rng, 3, &components)} }}),
                );
            }
            let mut responses = Map::new();
            for _ in 0..=rng.below(3) {
                let mut response = json!({"description": *rng.pick(NAMES)});
                if rng.chance(70) {
                    response["content"] = json!({ *rng.pick(MEDIA): {"schema": random_schema(rng, 3, &components)} });
                }
                responses.insert((*rng.pick(STATUSES)).to_owned(), response);
            }
            operation.insert("responses".to_owned(), Value::Object(responses));
            if rng.chance(20) {
                operation.insert("security".to_owned(), json!([{ *rng.pick(&["key", "basic", "nope"]): [] }]));
            }
            item.insert((*rng.pick(METHODS)).to_owned(), Value::Object(operation));
        }
        paths.insert(template, Value::Object(item));
    }
    json!({
        "openapi": *rng.pick(&["3.0.3", "3.1.0", "3.0.0", "3.1.1"]),
        "info": {"title": *rng.pick(NAMES), "version": "1"},
        "servers": [{"url": *rng.pick(&["https://api.example.com/v1", "/relative", "{scheme}://x", ""])}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                "key": {"type": "apiKey", "in": *rng.pick(&["header", "query", "cookie"]), "name": *rng.pick(NAMES)},
                "basic": {"type": "http", "scheme": *rng.pick(&["basic", "bearer", "digest"])},
            },
        },
    })
}

/// Builds case `case` of `seed`.
pub(crate) fn make_case(seed: u64, case: u64, seeds: &Seeds) -> Input {
    let mut rng = Rng::new(seed, case);
    let from_corpus = !seeds.documents.is_empty() && rng.chance(65);
    let (origin, text, mut doc) = if from_corpus {
        let (name, text, value) = &seeds.documents[rng.below(seeds.documents.len())];
        (name.clone(), text.clone(), value.clone())
    } else {
        ("random".to_owned(), String::new(), random_document(&mut rng))
    };
    // Text mutations start from the original text of a corpus document.
    if from_corpus && rng.chance(25) {
        let mut bytes = text.into_bytes();
        let count = 1 + rng.below(4);
        let mut applied = Vec::new();
        for _ in 0..count {
            applied.push(mutate_text(&mut rng, &mut bytes));
        }
        let extension = if origin.ends_with(".json") { "json" } else { "yaml" };
        return Input { bytes, recipe: format!("{origin}, text: {}", applied.join(", ")), extension };
    }
    let count = if rng.chance(30) { 0 } else { 1 + rng.below(6) };
    let mut applied = Vec::new();
    for _ in 0..count {
        applied.push(mutate_value(&mut rng, &mut doc));
    }
    let (bytes, extension) = if rng.chance(50) {
        (serde_json::to_vec_pretty(&doc).unwrap_or_default(), "json")
    } else {
        (serde_yaml::to_string(&doc).unwrap_or_default().into_bytes(), "yaml")
    };
    let recipe =
        if applied.is_empty() { format!("{origin}, unchanged") } else { format!("{origin}, {}", applied.join(", ")) };
    Input { bytes, recipe, extension }
}

/// A random node of `doc`, as a path of keys and indices.
fn random_path(rng: &mut Rng, doc: &Value) -> Vec<PathStep> {
    let mut path = Vec::new();
    let mut node = doc;
    loop {
        let next = match node {
            Value::Object(map) if !map.is_empty() && rng.chance(80) => {
                let (key, child) = map.iter().nth(rng.below(map.len())).expect("index in range");
                path.push(PathStep::Key(key.clone()));
                child
            }
            Value::Array(items) if !items.is_empty() && rng.chance(80) => {
                let index = rng.below(items.len());
                path.push(PathStep::Index(index));
                &items[index]
            }
            _ => return path,
        };
        node = next;
    }
}

#[derive(Debug, Clone)]
enum PathStep {
    Key(String),
    Index(usize),
}

fn node_mut<'a>(doc: &'a mut Value, path: &[PathStep]) -> Option<&'a mut Value> {
    let mut node = doc;
    for step in path {
        node = match (step, node) {
            (PathStep::Key(key), Value::Object(map)) => map.get_mut(key)?,
            (PathStep::Index(index), Value::Array(items)) => items.get_mut(*index)?,
            _ => return None,
        };
    }
    Some(node)
}

fn node<'a>(doc: &'a Value, path: &[PathStep]) -> Option<&'a Value> {
    let mut node = doc;
    for step in path {
        node = match (step, node) {
            (PathStep::Key(key), Value::Object(map)) => map.get(key)?,
            (PathStep::Index(index), Value::Array(items)) => items.get(*index)?,
            _ => return None,
        };
    }
    Some(node)
}

/// Applies one structural mutation; returns its name.
fn mutate_value(rng: &mut Rng, doc: &mut Value) -> &'static str {
    let path = random_path(rng, doc);
    match rng.below(14) {
        0 | 1 => {
            let value = odd_value(rng);
            if let Some(node) = node_mut(doc, &path) {
                *node = value;
            }
            "replace with an odd value"
        }
        2 => {
            if let Some((last, parent)) = path.split_last() {
                match (last, node_mut(doc, parent)) {
                    (PathStep::Key(key), Some(Value::Object(map))) => {
                        map.shift_remove(key);
                    }
                    (PathStep::Index(index), Some(Value::Array(items))) if *index < items.len() => {
                        items.remove(*index);
                    }
                    _ => {}
                }
            }
            "delete"
        }
        3 => {
            let source = random_path(rng, doc);
            let copy = node(doc, &source).cloned().unwrap_or(Value::Null);
            match node_mut(doc, &path) {
                Some(Value::Object(map)) => {
                    map.insert((*rng.pick(NAMES)).to_owned(), copy);
                }
                Some(Value::Array(items)) => items.push(copy),
                Some(other) => *other = copy,
                None => {}
            }
            "copy a subtree elsewhere"
        }
        4 | 5 => {
            let target = reference(rng, doc);
            match node_mut(doc, &path) {
                Some(Value::Object(map)) if rng.chance(50) => {
                    map.insert("$ref".to_owned(), json!(target));
                }
                Some(node) => *node = json!({ "$ref": target }),
                None => {}
            }
            "add a $ref"
        }
        6 => {
            if let Some((PathStep::Key(key), parent)) = path.split_last() {
                if let Some(Value::Object(map)) = node_mut(doc, parent) {
                    if let Some(value) = map.shift_remove(key) {
                        map.insert((*rng.pick(NAMES)).to_owned(), value);
                    }
                }
            }
            "rename a key"
        }
        7 | 8 => {
            let (keyword, value) = match rng.below(12) {
                0 => ("type", json!(*rng.pick(TYPES))),
                1 => ("type", json!([*rng.pick(TYPES), *rng.pick(TYPES)])),
                2 => ("enum", json!([*rng.pick(NAMES), 1, null, *rng.pick(NAMES), true])),
                3 => ("format", json!(*rng.pick(FORMATS))),
                4 => ("nullable", json!(rng.chance(50))),
                5 => (*rng.pick(&["oneOf", "anyOf", "allOf"]), json!([odd_value(rng), odd_value(rng)])),
                6 => (
                    "discriminator",
                    json!({"propertyName": *rng.pick(NAMES), "mapping": { *rng.pick(NAMES): reference(rng, doc) }}),
                ),
                7 => ("additionalProperties", odd_value(rng)),
                8 => (
                    "items",
                    if rng.chance(50) { json!([{"type": "string"}, {"type": "integer"}]) } else { odd_value(rng) },
                ),
                9 => ("required", json!([*rng.pick(NAMES), *rng.pick(NAMES)])),
                10 => ("const", odd_value(rng)),
                _ => (*rng.pick(&["minimum", "maximum", "exclusiveMinimum", "multipleOf", "minItems"]), odd_value(rng)),
            };
            if let Some(Value::Object(map)) = node_mut(doc, &path) {
                map.insert(keyword.to_owned(), value);
            }
            "set a schema keyword"
        }
        9 => {
            if let Value::Object(root) = doc {
                root.insert(
                    "openapi".to_owned(),
                    json!(*rng.pick(&["3.0.0", "3.1.0", "3.1", "2.0", "4.0.0", "3.0.3-rc1", ""])),
                );
            }
            "change the version"
        }
        10 => {
            if let Some(node) = node_mut(doc, &path) {
                let inner = std::mem::take(node);
                let levels = 1 + rng.below(40);
                let mut wrapped = inner;
                for _ in 0..levels {
                    wrapped = match rng.below(4) {
                        0 => json!({"allOf": [wrapped]}),
                        1 => json!({"type": "array", "items": wrapped}),
                        2 => json!({"type": "object", "properties": {"a": wrapped}}),
                        _ => json!({"oneOf": [wrapped, {"type": "null"}]}),
                    };
                }
                *node = wrapped;
            }
            "wrap deeply"
        }
        11 => {
            let source = random_path(rng, doc);
            let other = node(doc, &source).cloned();
            let this = node(doc, &path).cloned();
            if let (Some(other), Some(this)) = (other, this) {
                if let Some(node) = node_mut(doc, &path) {
                    *node = other;
                }
                if let Some(node) = node_mut(doc, &source) {
                    *node = this;
                }
            }
            "swap two subtrees"
        }
        12 => {
            let mut extra = random_document(rng);
            if let (Some(Value::Object(paths)), Some(Value::Object(new))) =
                (doc.get_mut("paths"), extra.get_mut("paths").map(std::mem::take))
            {
                paths.extend(new);
            }
            "add random operations"
        }
        _ => {
            if let Some(Value::Object(paths)) = doc.get_mut("paths") {
                let copies: Vec<(String, Value)> =
                    paths.iter().take(3).map(|(k, v)| (format!("{k}/copy"), v.clone())).collect();
                paths.extend(copies);
            }
            "duplicate operations"
        }
    }
}

/// Tokens inserted by text mutations.
const TOKENS: &[&str] = &[
    "&a ",
    "*a",
    "<<: *a\n",
    "? ",
    "- ",
    "{",
    "}",
    "[",
    "]",
    ": ",
    ":",
    ",",
    "\t",
    "\"",
    "'",
    "#",
    "|\n",
    ">-\n",
    "\n---\n",
    "\n...\n",
    "!!binary ",
    "!tag ",
    "%YAML 1.2\n",
    "\0",
    "\u{feff}",
    "~",
    "null",
    "1e999",
    "-9223372036854775809",
    "0x1F",
    ".inf",
    ".nan",
    "\\u0000",
    "\r\n",
    "\u{2028}",
    "$ref: '#/'\n",
    "  ",
    "\n",
    "é",
    "🙂",
    "\u{7f}",
];

/// Applies one text mutation; returns its name.
fn mutate_text(rng: &mut Rng, bytes: &mut Vec<u8>) -> &'static str {
    let len = bytes.len();
    let at = rng.below(len + 1);
    match rng.below(8) {
        0 => {
            let token = rng.pick(TOKENS);
            bytes.splice(at..at, token.bytes());
            "insert a token"
        }
        1 => {
            let end = (at + 1 + rng.below(64)).min(len);
            bytes.drain(at.min(end)..end);
            "delete a range"
        }
        2 => {
            let end = (at + 1 + rng.below(200)).min(len);
            let copy: Vec<u8> = bytes[at.min(end)..end].to_vec();
            let to = rng.below(bytes.len() + 1);
            bytes.splice(to..to, copy);
            "repeat a range"
        }
        3 => {
            if at < len {
                bytes[at] = rng.next() as u8;
            }
            "change a byte"
        }
        4 => {
            bytes.truncate(at);
            "truncate"
        }
        5 => {
            // Indent or dedent the line around `at`.
            let start = bytes[..at.min(len)].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
            if rng.chance(50) {
                bytes.splice(start..start, rng.pick(&[&b" "[..], b"  ", b"\t"]).iter().copied());
            } else if bytes.get(start) == Some(&b' ') {
                bytes.remove(start);
            }
            "re-indent a line"
        }
        6 => {
            // Swap two lines.
            let text = String::from_utf8_lossy(bytes).into_owned();
            let mut lines: Vec<&str> = text.split('\n').collect();
            let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
            lines.swap(a, b);
            *bytes = lines.join("\n").into_bytes();
            "swap two lines"
        }
        _ => {
            let token = rng.pick(TOKENS).repeat(1 + rng.below(300));
            bytes.splice(at..at, token.bytes());
            "insert a repeated token"
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases_are_a_function_of_seed_and_index() {
        let seeds = Seeds::load().unwrap();
        for case in 0..50 {
            let a = make_case(7, case, &seeds);
            let b = make_case(7, case, &seeds);
            assert_eq!((a.bytes, a.recipe), (b.bytes, b.recipe), "case {case}");
        }
        assert_ne!(make_case(7, 1, &seeds).bytes, make_case(8, 1, &seeds).bytes);
    }
}
