//! Reading a document: YAML or JSON text -> JSON value -> OpenAPI 3.0 model.
//!
//! OpenAPI 3.1 constructs that `openapiv3` cannot read are rewritten into
//! their 3.0 equivalents first (see [`normalize`]); references are checked
//! before anything follows them (see [`refs`]); positions in the source are
//! found only for the diagnostics emitted (see [`locate`]). The typed model
//! is read one object at a time (see `objects`), so that reading takes
//! time linear in the document's size, even where it is wrong.
//!
//! Whatever the input, reading ends in a document or in diagnostics, never
//! in a panic, a hang or a stack overflow: documents are at most
//! [`MAX_DOCUMENT_BYTES`] long, nesting is bounded by the YAML and JSON
//! readers (128 levels), and aliases by a budget of values (see `yaml`).

mod assemble;
mod checks;
pub mod locate;
pub mod normalize;
mod notes;
mod objects;
mod parts;
pub mod refs;
mod shape;
mod yaml;

use crate::diagnostics::Diagnostic;
use serde_json::Value;
use std::sync::atomic::{AtomicU64, Ordering};

pub(crate) use notes::SchemaNote;
pub(crate) use objects::{Object, Wrong};

/// A parsed document: the typed model, the notes on its schemas that the
/// model cannot keep, and the normalised JSON it came from, which `$ref`s to
/// arbitrary locations are resolved against (only here, in parse).
#[derive(Debug)]
pub struct Document {
    pub api: openapiv3::OpenAPI,
    raw: Value,
    notes: notes::SchemaNotes,
    /// Work done with the document after parsing (see [`crate::Work`]).
    work: Counters,
}

/// Counts of work done with a document after parsing.
#[derive(Debug, Default)]
struct Counters {
    values_read: AtomicU64,
    schemas_lowered: AtomicU64,
}

impl Document {
    /// Reads a value of the document (the target of a `$ref`) as an OpenAPI
    /// object, in time linear in its size; errors are located in the value.
    pub(crate) fn read<T: Object>(&self, value: &Value) -> Result<T, objects::Wrong> {
        let mut values_read = 0;
        let read = objects::read(value, &mut values_read);
        self.work.values_read.fetch_add(values_read, Ordering::Relaxed);
        read
    }

    /// Follows a local reference, through a chain of them, and reads what it
    /// points to, by the rules parse checked it with (percent-decoding):
    /// the object and the reference of the last link, where it is.
    pub(crate) fn resolve<T: Object>(&self, reference: &str) -> Option<(T, String)> {
        let (value, at) = refs::follow(&self.raw, reference)?;
        Some((self.read(value).ok()?, at.to_owned()))
    }

    /// Reads what a local reference points to, one link only (a reference
    /// there is returned as one): `None` when it points to nothing.
    pub(crate) fn read_at<T: Object>(&self, reference: &str) -> Option<Result<T, Wrong>> {
        Some(self.read(refs::target(&self.raw, reference)?))
    }

    /// What the schema at `at` says that the model does not keep.
    pub(crate) fn schema_note(&self, at: &str) -> &SchemaNote {
        self.notes.at(at)
    }

    /// Counts one schema lowered into a type (see [`crate::Work`]).
    pub(crate) fn count_schema_lowered(&self) {
        self.work.schemas_lowered.fetch_add(1, Ordering::Relaxed);
    }

    /// The JSON values read and the schemas lowered since parsing.
    pub(crate) fn work(&self) -> (u64, u64) {
        (self.work.values_read.load(Ordering::Relaxed), self.work.schemas_lowered.load(Ordering::Relaxed))
    }
}

/// Documents longer than this (64 MiB) are refused before they are read; the
/// largest real-world descriptions are a few MiB.
pub const MAX_DOCUMENT_BYTES: usize = 64 << 20;

/// Values one document may expand to through YAML aliases, beyond one per
/// byte of text (which is more than any alias-free document holds).
const ALIAS_ALLOWANCE: usize = 1 << 20;

/// Parses YAML or JSON text into a normalised OpenAPI document.
pub fn parse(text: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<Document> {
    parse_counted(text, diagnostics, &mut 0)
}

/// [`parse`], adding the number of JSON values read into the typed model to `values_read`.
pub(crate) fn parse_counted(text: &str, diagnostics: &mut Vec<Diagnostic>, values_read: &mut u64) -> Option<Document> {
    let mut raw = read_value(text).map_err(|d| diagnostics.push(d)).ok()?;
    check_version(&raw).map_err(|d| diagnostics.push(d)).ok()?;
    let references_sound = refs::check(&raw, diagnostics);
    checks::response_keys(&raw, diagnostics);
    checks::discriminator_mappings(&raw, diagnostics);
    normalize::normalize(&mut raw, diagnostics);
    let notes = notes::take(&mut raw);
    match objects::read::<openapiv3::OpenAPI>(&raw, values_read) {
        Ok(api) if references_sound => Some(Document { api, raw, notes, work: Counters::default() }),
        Ok(_) => None,
        Err(wrong) => {
            diagnostics
                .push(Diagnostic::error(wrong.pointer, format!("not a valid OpenAPI document: {}", wrong.message)));
            None
        }
    }
}

/// The text of a document read as bytes: an error, located at the first bad
/// byte, when it is not UTF-8 text or looks like a binary file.
pub fn decode(bytes: &[u8]) -> Result<&str, Diagnostic> {
    let (text, bad) = match std::str::from_utf8(bytes) {
        Ok(text) => (text, text.find('\0').map(|at| (at, "a NUL byte"))),
        Err(error) => {
            let at = error.valid_up_to();
            let text = std::str::from_utf8(&bytes[..at]).unwrap_or_default();
            (text, Some((at, "bytes that are not UTF-8")))
        }
    };
    let Some((at, what)) = bad else { return Ok(text) };
    let before = &text[..at.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or_default().chars().count() + 1;
    let mut diagnostic = Diagnostic::error(
        "#",
        format!("the document is not text: it has {what} at byte {at} (a YAML or JSON document must be UTF-8 text; is this a binary file?)"),
    );
    diagnostic.location = Some((line, column));
    Err(diagnostic)
}

/// Reads YAML or JSON text into a JSON value, with the limits described above.
pub fn read_value(text: &str) -> Result<Value, Diagnostic> {
    if text.len() > MAX_DOCUMENT_BYTES {
        let mut d = Diagnostic::error(
            "#",
            format!(
                "the document is {:.1} MiB; documents over {} MiB are refused (the largest real-world descriptions are a few MiB)",
                text.len() as f64 / f64::from(1 << 20),
                MAX_DOCUMENT_BYTES >> 20
            ),
        );
        d.location = Some((1, 1));
        return Err(d);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let trimmed = text.trim_start();
    if trimmed.is_empty() || text.lines().all(|line| line.trim().is_empty() || line.trim_start().starts_with('#')) {
        let mut d = Diagnostic::error("#", "the document is empty");
        d.location = Some((1, 1));
        return Err(d);
    }
    if is_json(text) {
        // Leading whitespace is kept so that error positions match the file.
        return yaml::from_json_str(text).map_err(|e| {
            if e.to_string().contains(yaml::DUPLICATE_KEY) {
                if let Some(d) = duplicate_key(text) {
                    return d;
                }
            }
            let message = if e.to_string().starts_with("recursion limit exceeded") {
                too_deep()
            } else {
                format!("invalid JSON: {e}")
            };
            let mut d = Diagnostic::error("#", message);
            d.location = Some((e.line(), e.column()));
            d
        });
    }
    read_yaml(text)
}

/// Whether `text` is read as JSON rather than YAML: JSON quotes its keys,
/// and a YAML flow mapping (`{openapi: 3.1.0}`) need not.
pub(crate) fn is_json(text: &str) -> bool {
    let after_brace = text.trim_start().strip_prefix('{').map(str::trim_start);
    after_brace.is_some_and(|rest| rest.starts_with('"') || rest.starts_with('}'))
}

fn read_yaml(text: &str) -> Result<Value, Diagnostic> {
    yaml::from_str(text, text.len().saturating_add(ALIAS_ALLOWANCE)).map_err(|e| {
        let reason = e.to_string();
        if reason.contains(yaml::TOO_MANY_VALUES) || reason.starts_with("repetition limit exceeded") {
            let mut d = Diagnostic::error(
                "#",
                "the document expands to too many values through YAML aliases (`*name` repeating an `&name` anchor); it is refused as a likely \"billion laughs\" attack",
            );
            d.location = locate::first_alias(text);
            return d;
        }
        if reason.contains(yaml::DUPLICATE_KEY) {
            if let Some(d) = duplicate_key(text) {
                return d;
            }
        }
        if reason.contains("more than one document") {
            let mut d = Diagnostic::error(
                "#",
                "the text holds more than one YAML document (a `---` or `...` line ends the first); an OpenAPI document is one",
            );
            d.location = Some(locate::second_document(text).unwrap_or((1, 1)));
            return d;
        }
        let message = if reason.starts_with("recursion limit exceeded") { too_deep() } else { format!("invalid YAML: {e}") };
        let mut d = Diagnostic::error("#", message);
        // The YAML reader gives most errors a position; for the others, the
        // first thing the scanner cannot read is the best guess.
        d.location = e.location().map(|l| (l.line(), l.column())).or_else(|| Some(locate::second_document(text).unwrap_or((1, 1))));
        d
    })
}

/// The error for a mapping with a repeated key, at the repetition.
fn duplicate_key(text: &str) -> Option<Diagnostic> {
    let (pointer, location) = locate::first_duplicate_key(text)?;
    let key = pointer.rsplit('/').next().unwrap_or_default().replace("~1", "/").replace("~0", "~");
    let mut d = Diagnostic::error(pointer, format!("duplicate key `{key}`: a key may appear only once in a mapping"));
    d.location = Some(location);
    Some(d)
}

fn too_deep() -> String {
    "the document is nested too deeply: more than 128 levels of mappings and lists are refused".to_owned()
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
        Some(Value::String(v)) => Err(Diagnostic::error(
            "#/openapi",
            format!("unsupported OpenAPI version `{v}`; 3.0.x and 3.1.x are supported"),
        )),
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
