//! Comparing JSON values, with every difference named by its JSON pointer.

use serde_json::Value;

/// How many differences a message lists before it says how many more there are.
const SHOWN: usize = 20;

/// Every place where `actual` differs from `expected`, as
/// `/pointer: expected X, found Y` lines (empty when they are equal).
/// Object members compare regardless of order; numbers by value, so `2` and
/// `2.0` are equal.
pub fn diff(expected: &Value, actual: &Value) -> Vec<String> {
    let mut found = Vec::new();
    walk("", expected, actual, &mut found);
    found
}

/// The differences as one indented block, cut after [`SHOWN`] lines.
pub fn describe(differences: &[String]) -> String {
    let mut text: String = differences.iter().take(SHOWN).map(|line| format!("\n    {line}")).collect();
    if differences.len() > SHOWN {
        text.push_str(&format!("\n    ... and {} more differences", differences.len() - SHOWN));
    }
    text
}

/// `value` as compact JSON, cut to a readable length.
pub fn short(value: &Value) -> String {
    const LIMIT: usize = 300;
    let text = value.to_string();
    match text.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{}...", &text[..cut]),
        None => text,
    }
}

fn walk(pointer: &str, expected: &Value, actual: &Value, found: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(expected), Value::Object(actual)) => {
            for (key, value) in expected {
                let at = format!("{pointer}/{}", escape(key));
                match actual.get(key) {
                    Some(other) => walk(&at, value, other, found),
                    None => found.push(format!("{at}: expected {}, missing", short(value))),
                }
            }
            for (key, value) in actual.iter().filter(|(key, _)| !expected.contains_key(*key)) {
                found.push(format!("{pointer}/{}: not expected, found {}", escape(key), short(value)));
            }
        }
        (Value::Array(expected), Value::Array(actual)) if expected.len() == actual.len() => {
            for (index, (value, other)) in expected.iter().zip(actual).enumerate() {
                walk(&format!("{pointer}/{index}"), value, other, found);
            }
        }
        (Value::Number(a), Value::Number(b)) if a == b || a.as_f64() == b.as_f64() => {}
        _ if expected == actual => {}
        _ => found.push(format!("{}: expected {}, found {}", shown(pointer), short(expected), short(actual))),
    }
}

fn shown(pointer: &str) -> &str {
    if pointer.is_empty() {
        "(the whole value)"
    } else {
        pointer
    }
}

/// A JSON pointer's reference token for `key` (RFC 6901).
pub fn escape(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn differences_are_named_by_pointer() {
        let expected = json!({"a": 1, "b": [1, {"c/d": "x"}], "e": 2.0});
        assert!(diff(&expected, &json!({"e": 2, "b": [1, {"c/d": "x"}], "a": 1.0})).is_empty());
        let found = diff(&expected, &json!({"b": [1, {"c/d": "y"}], "e": 2, "f": null}));
        assert_eq!(
            found,
            ["/a: expected 1, missing", "/b/1/c~1d: expected \"x\", found \"y\"", "/f: not expected, found null"]
        );
        assert_eq!(diff(&json!([1]), &json!([1, 2])), ["(the whole value): expected [1], found [1,2]"]);
    }
}
