//! Reading a document: YAML or JSON text -> JSON value -> OpenAPI 3.0 model.
//!
//! OpenAPI 3.1 constructs that `openapiv3` cannot read are rewritten into
//! their 3.0 equivalents first (see [`normalize`]).

pub mod normalize;
mod yaml;

use crate::diagnostics::Diagnostic;
use serde_json::Value;

/// A parsed document: the typed model plus the normalised JSON it came from,
/// which `$ref`s to arbitrary locations are resolved against.
#[derive(Debug)]
pub struct Document {
    pub api: openapiv3::OpenAPI,
    pub raw: Value,
}

/// Parses YAML or JSON text into a normalised OpenAPI document.
pub fn parse(text: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<Document> {
    let mut raw = read_value(text).map_err(|d| diagnostics.push(d)).ok()?;
    check_version(&raw).map_err(|d| diagnostics.push(d)).ok()?;
    normalize::normalize(&mut raw, diagnostics);
    let deserializer = raw.clone();
    match serde_path_to_error::deserialize::<_, openapiv3::OpenAPI>(deserializer) {
        Ok(api) => Some(Document { api, raw }),
        Err(error) => {
            let pointer = path_to_pointer(error.path());
            diagnostics.push(Diagnostic::error(pointer, format!("not a valid OpenAPI document: {}", error.inner())));
            None
        }
    }
}

fn read_value(text: &str) -> Result<Value, Diagnostic> {
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.is_empty() {
        return Err(Diagnostic::error("#", "the document is empty"));
    }
    if trimmed.starts_with('{') {
        return serde_json::from_str(trimmed).map_err(|e| {
            let mut d = Diagnostic::error("#", format!("invalid JSON: {e}"));
            d.location = Some((e.line(), e.column()));
            d
        });
    }
    let yaml = serde_yaml::from_str::<yaml::Lenient>(text).map_err(|e| {
        let mut d = Diagnostic::error("#", format!("invalid YAML: {e}"));
        d.location = e.location().map(|l| (l.line(), l.column()));
        d
    })?;
    Ok(yaml.0)
}

fn check_version(raw: &Value) -> Result<(), Diagnostic> {
    let Some(object) = raw.as_object() else {
        return Err(Diagnostic::error("#", "the document is not an object"));
    };
    if object.contains_key("swagger") {
        return Err(Diagnostic::error(
            "#/swagger",
            "Swagger 2.0 documents are not supported; convert it to OpenAPI 3 first (for example with swagger2openapi)",
        ));
    }
    match object.get("openapi") {
        Some(Value::String(v)) if v.starts_with("3.0") || v.starts_with("3.1") => Ok(()),
        Some(Value::String(v)) => Err(Diagnostic::error("#/openapi", format!("unsupported OpenAPI version `{v}`; 3.0.x and 3.1.x are supported"))),
        Some(_) => Err(Diagnostic::error("#/openapi", "`openapi` must be a version string such as \"3.1.0\"")),
        None => Err(Diagnostic::error("#", "missing `openapi` version field; is this an OpenAPI document?")),
    }
}

/// Turns a serde path (`paths./calls.get`) into a JSON pointer.
fn path_to_pointer(path: &serde_path_to_error::Path) -> String {
    let mut pointer = String::from("#");
    for segment in path.iter() {
        let token = match segment {
            serde_path_to_error::Segment::Seq { index } => index.to_string(),
            serde_path_to_error::Segment::Map { key } => key.clone(),
            serde_path_to_error::Segment::Enum { variant } => variant.clone(),
            serde_path_to_error::Segment::Unknown => continue,
        };
        pointer.push('/');
        pointer.push_str(&crate::diagnostics::escape_pointer_token(&token));
    }
    pointer
}
