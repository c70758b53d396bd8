//! `$ref` checks, before anything follows a reference.
//!
//! Every reference the generator may follow must point inside this document
//! (nothing is fetched), to something that exists, and a chain of references
//! must end at a value that is not itself a reference, in a bounded number of
//! steps. Each broken reference is one error at its `$ref` key.
//!
//! Values that are data rather than description (`example`, `examples`,
//! `default`, `enum`, `const`, extensions) and the parts the generator skips
//! (`webhooks`, `callbacks`, `links`) are not searched.

use super::locate::percent_decode;
use crate::diagnostics::{escape_pointer_token, Diagnostic};
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};

/// A chain of references longer than this is refused (it is surely generated
/// by a tool gone wrong, and following it would go deep).
pub const MAX_CHAIN: usize = 32;

/// Keys whose values are not searched for references.
const SKIPPED_KEYS: &[&str] = &["example", "examples", "default", "enum", "const", "webhooks", "callbacks", "links"];

/// Checks every reference in `root`; returns whether all are sound.
pub fn check(root: &Value, diagnostics: &mut Vec<Diagnostic>) -> bool {
    let mut sites = Vec::new();
    collect(root, &mut String::from("#"), &mut sites);
    let before = diagnostics.len();
    let mut outcomes: HashMap<String, Outcome> = HashMap::new();
    // Cycles are reported once, at the first of their own references met (or,
    // when none of them is searched, at the first reference into them).
    let mut reported_cycles: BTreeSet<Vec<String>> = BTreeSet::new();
    let mut entries: Vec<(Vec<String>, String, String)> = Vec::new();
    // A long chain is reported once, at its first reference met.
    let mut reported_chain = false;
    for (site, reference) in &sites {
        let at = format!("{site}/$ref");
        if !reference.starts_with('#') {
            let place = if reference.contains("://") { "a URL" } else { "another file" };
            diagnostics.push(Diagnostic::error(
                at,
                format!(
                    "reference `{reference}` points to {place}; only references within this document (`#/...`) are supported and nothing is fetched (bundle the document into one file first)"
                ),
            ));
            continue;
        }
        if target(root, reference).is_none() {
            let hint = if reference.len() > 1 && !reference.starts_with("#/") {
                " (plain-name fragments are not supported)"
            } else {
                ""
            };
            diagnostics.push(Diagnostic::error(
                at,
                format!("reference `{reference}` does not point to anything in this document{hint}"),
            ));
            continue;
        }
        match outcome(root, reference, &mut outcomes) {
            Outcome::Sound => {}
            // The broken link further down the chain is reported where it is.
            Outcome::Broken => {}
            Outcome::Cycle(members) => {
                if !members.iter().any(|member| percent_decode(member) == *site) {
                    entries.push((members, at, reference.clone()));
                } else if reported_cycles.insert(members.clone()) {
                    diagnostics.push(cycle_error(at, reference, &members));
                }
            }
            Outcome::TooLong if !reported_chain => {
                reported_chain = true;
                diagnostics.push(Diagnostic::error(
                    at,
                    format!("reference `{reference}` starts a chain of more than {MAX_CHAIN} references"),
                ));
            }
            Outcome::TooLong => {}
        }
    }
    for (members, at, reference) in entries {
        if reported_cycles.insert(members.clone()) {
            diagnostics.push(cycle_error(at, &reference, &members));
        }
    }
    diagnostics.len() == before
}

fn cycle_error(at: String, reference: &str, members: &[String]) -> Diagnostic {
    let mut path = members.to_vec();
    path.push(members[0].clone());
    Diagnostic::error(
        at,
        format!(
            "reference `{reference}` is part of a cycle of references that never reaches a schema: {}",
            path.join(" -> ")
        ),
    )
}

/// Where a chain of references that starts at a target ends.
#[derive(Debug, Clone)]
enum Outcome {
    /// At a value that is not a reference.
    Sound,
    /// At a reference that is external or dangling (reported at its own site).
    Broken,
    /// In a cycle: its members, starting with the smallest.
    Cycle(Vec<String>),
    TooLong,
}

/// Follows the chain from `start`, iteratively, remembering every outcome.
fn outcome(root: &Value, start: &str, outcomes: &mut HashMap<String, Outcome>) -> Outcome {
    let mut chain: Vec<String> = Vec::new();
    let mut current = start.to_owned();
    let result = loop {
        if let Some(known) = outcomes.get(&current) {
            break match known {
                // Entering a cycle from outside: the cycle is reported at its members.
                Outcome::Cycle(_) if !chain.is_empty() => Outcome::Broken,
                other => other.clone(),
            };
        }
        if let Some(position) = chain.iter().position(|p| *p == current) {
            let mut members = chain[position..].to_vec();
            let smallest = members.iter().enumerate().min_by_key(|(_, m)| m.as_str()).map_or(0, |(i, _)| i);
            members.rotate_left(smallest);
            for member in &members {
                outcomes.insert(member.clone(), Outcome::Cycle(members.clone()));
            }
            chain.truncate(position);
            break if chain.is_empty() { Outcome::Cycle(members) } else { Outcome::Broken };
        }
        if chain.len() > MAX_CHAIN {
            break Outcome::TooLong;
        }
        let Some(value) = target(root, &current) else { break Outcome::Broken };
        let Some(next) = value.get("$ref").and_then(Value::as_str) else { break Outcome::Sound };
        if !next.starts_with('#') {
            break Outcome::Broken;
        }
        chain.push(current);
        current = next.to_owned();
    };
    for member in chain {
        outcomes.entry(member).or_insert_with(|| result.clone());
    }
    result
}

/// What a local reference finally points to: its target, or, when that is a
/// reference itself, the end of the chain (references are percent-decoded;
/// `None` for external, dangling, cyclic or over-long chains, which `check`
/// has reported), with the reference of the last link.
pub(crate) fn follow<'a, 'r>(root: &'a Value, reference: &'r str) -> Option<(&'a Value, &'r str)>
where
    'a: 'r,
{
    let (mut value, mut at) = (target(root, reference)?, reference);
    for _ in 0..=MAX_CHAIN {
        match value.get("$ref").and_then(Value::as_str) {
            Some(next) => (value, at) = (target(root, next)?, next),
            None => return Some((value, at)),
        }
    }
    None
}

/// The value a local reference points to.
pub(crate) fn target<'a>(root: &'a Value, reference: &str) -> Option<&'a Value> {
    let path = reference.strip_prefix('#')?;
    root.pointer(&percent_decode(path))
}

/// Every `$ref` with a string value: the pointer of the object holding it, and the reference.
fn collect(value: &Value, pointer: &mut String, sites: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(reference)) = map.get("$ref") {
                sites.push((pointer.clone(), reference.clone()));
            }
            for (key, child) in map {
                if key.starts_with("x-") || SKIPPED_KEYS.contains(&key.as_str()) {
                    continue;
                }
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&escape_pointer_token(key));
                collect(child, pointer, sites);
                pointer.truncate(len);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&index.to_string());
                collect(item, pointer, sites);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn messages(doc: Value) -> Vec<String> {
        let mut diagnostics = Vec::new();
        check(&doc, &mut diagnostics);
        diagnostics.into_iter().map(|d| format!("{}: {}", d.pointer, d.message)).collect()
    }

    #[test]
    fn sound_references_pass() {
        let doc = json!({"components": {"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {"type": "string"}, "C": {"$ref": "#/components/schemas/A"}}}});
        assert!(messages(doc).is_empty());
    }

    #[test]
    fn dangling_external_and_cyclic_references_are_errors() {
        let doc = json!({
            "a": {"$ref": "#/nowhere"},
            "b": {"$ref": "other.yaml#/Pet"},
            "c": {"$ref": "https://example.com/pet.json"},
            "d": {"$ref": "#/e"},
            "e": {"$ref": "#/d"},
            "f": {"$ref": "#/d"},
            "g": {"$ref": "#/g"},
            "examples": {"$ref": "ignored.yaml"},
        });
        let found = messages(doc);
        assert_eq!(found.len(), 5, "{found:#?}");
        assert!(found[0].starts_with("#/a/$ref: reference `#/nowhere` does not point"));
        assert!(found[1].contains("points to another file"));
        assert!(found[2].contains("points to a URL"));
        assert!(
            found[3].ends_with("cycle of references that never reaches a schema: #/d -> #/e -> #/d"),
            "{}",
            found[3]
        );
        assert!(found[4].ends_with("#/g -> #/g"), "{}", found[4]);
    }

    #[test]
    fn long_chains_are_refused() {
        let mut doc = serde_json::Map::new();
        for i in 0..100 {
            doc.insert(format!("s{i}"), json!({"$ref": format!("#/s{}", i + 1)}));
        }
        doc.insert("s100".to_owned(), json!({"type": "string"}));
        let found = messages(Value::Object(doc));
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(found[0].starts_with("#/s0/$ref: reference `#/s1` starts a chain of more than 32"), "{}", found[0]);
    }
}
