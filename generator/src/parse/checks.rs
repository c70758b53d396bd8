//! Checks of the document's shape that the OpenAPI model would pass over
//! in silence, made on the JSON value it is read from.

use super::locate::percent_decode;
use crate::diagnostics::{escape_pointer_token, Diagnostic};
use serde_json::Value;

/// Values that are data, not description: never searched.
const DATA_KEYS: &[&str] = &["example", "examples", "default", "enum", "const"];

/// Every `discriminator.mapping` entry must name a schema of this document
/// (a `#/...` pointer, or a name in `components/schemas`): a tag that maps
/// nowhere would decode as no variant at all.
pub fn discriminator_mappings(root: &Value, diagnostics: &mut Vec<Diagnostic>) {
    let mut pending: Vec<(&Value, String)> = vec![(root, "#".to_owned())];
    while let Some((value, at)) = pending.pop() {
        match value {
            Value::Object(map) => {
                if let Some(mapping) =
                    map.get("discriminator").and_then(|d| d.get("mapping")).and_then(Value::as_object)
                {
                    for (tag, target) in mapping {
                        let Some(target) = target.as_str() else { continue };
                        let pointer = if target.starts_with('#') {
                            target.to_owned()
                        } else {
                            format!("#/components/schemas/{target}")
                        };
                        let found =
                            pointer.strip_prefix('#').is_some_and(|path| root.pointer(&percent_decode(path)).is_some());
                        if !found {
                            diagnostics.push(Diagnostic::error(
                                format!("{at}/discriminator/mapping/{}", escape_pointer_token(tag)),
                                format!("discriminator mapping `{tag}` points to `{target}`, which is not a schema of this document"),
                            ));
                        }
                    }
                }
                for (key, child) in map.iter().rev() {
                    if !key.starts_with("x-") && !DATA_KEYS.contains(&key.as_str()) {
                        pending.push((child, format!("{at}/{}", escape_pointer_token(key))));
                    }
                }
            }
            Value::Array(items) => {
                pending.extend(items.iter().enumerate().rev().map(|(index, item)| (item, format!("{at}/{index}"))));
            }
            _ => {}
        }
    }
}

/// Methods of a path item whose values are operations.
const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// Warns about every `responses` key of an operation that is not a status
/// code (100 to 599), a range (`1XX` to `5XX`), `default` or an extension:
/// the model drops such responses without a word.
pub fn response_keys(root: &Value, diagnostics: &mut Vec<Diagnostic>) {
    let Some(paths) = root.get("paths").and_then(Value::as_object) else { return };
    for (path, item) in paths {
        let Some(item) = item.as_object() else { continue };
        for method in METHODS {
            let Some(responses) = item.get(*method).and_then(|op| op.get("responses")).and_then(Value::as_object)
            else {
                continue;
            };
            for key in responses.keys() {
                let consequence = match classify(key) {
                    Key::Valid => continue,
                    Key::Dropped => "the response is ignored",
                    Key::NotHttp => "no answer has that status, so the response is never used",
                };
                let at =
                    format!("#/paths/{}/{method}/responses/{}", escape_pointer_token(path), escape_pointer_token(key));
                diagnostics.push(Diagnostic::warning(
                    at,
                    format!("response key `{key}` is not a status code (100 to 599), a range such as `4XX`, or `default`; {consequence}"),
                ));
            }
        }
    }
}

/// What becomes of a `responses` key.
#[derive(Debug, PartialEq, Eq)]
enum Key {
    /// A status code, a range, `default` or an extension.
    Valid,
    /// Not read as a response at all.
    Dropped,
    /// Read as a status (three digits, or a digit and `XX`) that HTTP does not have.
    NotHttp,
}

fn classify(key: &str) -> Key {
    if key == "default" || key.starts_with("x-") {
        return Key::Valid;
    }
    match key.as_bytes() {
        [b'1'..=b'5', rest @ ..] if rest.eq_ignore_ascii_case(b"XX") => Key::Valid,
        [b'1'..=b'5', b'0'..=b'9', b'0'..=b'9'] => Key::Valid,
        [b'0'..=b'9', rest @ ..] if rest.eq_ignore_ascii_case(b"XX") => Key::NotHttp,
        [b'1'..=b'9', b'0'..=b'9', b'0'..=b'9'] => Key::NotHttp,
        _ => Key::Dropped,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_ranges_and_default_are_response_keys() {
        for key in ["200", "404", "599", "100", "2XX", "5xx", "default", "x-note"] {
            assert_eq!(classify(key), Key::Valid, "{key}");
        }
        for key in ["ok", "099", "2XX_x", "20", "2000", ""] {
            assert_eq!(classify(key), Key::Dropped, "{key}");
        }
        for key in ["600", "999", "6XX", "0xx"] {
            assert_eq!(classify(key), Key::NotHttp, "{key}");
        }
    }
}
