//! How the generated structs read and write JSON, without a server: the
//! rules each field's presence sets (missing, `null`, a value), members
//! given twice, members the schema does not declare, escaped keys, and
//! values that are not objects. Structs read through
//! `crate::values::FromObject` and write through `crate::values::write_object`
//! rather than serde's derives; these pin what they must keep of serde's
//! behaviour, on the models of a real FastAPI + pydantic document.

use reference_client::types::{FlowRun, Problem, ValidationError};
use reference_client::Nullable;
use serde::Deserialize;
use serde_json::{json, Value};

/// A `FlowRun` with every required member, to which a test adds or removes.
fn flow_run() -> Value {
    json!({
        "id": "5f0c6f2e-5a0b-4c1e-9a43-3b1f2d9e8c11",
        "name": "nightly",
        "state_type": "RUNNING",
        "priority": 2,
        "created": "2026-12-04T01:02:03Z",
        "parent_id": null,
    })
}

fn with(mut value: Value, member: &str, member_value: Value) -> Value {
    value.as_object_mut().expect("an object").insert(member.to_owned(), member_value);
    value
}

fn without(mut value: Value, member: &str) -> Value {
    value.as_object_mut().expect("an object").remove(member);
    value
}

/// Reads `text` the way a response body is read (from bytes), and from a
/// `serde_json::Value` (owned keys, as an untagged union's branches read).
fn read<T: for<'de> Deserialize<'de>>(text: &str) -> Result<T, String> {
    let from_bytes = serde_json::from_slice::<T>(text.as_bytes()).map_err(|e| e.to_string());
    let value: Value = serde_json::from_str(text).expect("valid JSON");
    let from_value = T::deserialize(value).map_err(|e| e.to_string());
    assert_eq!(
        from_bytes.is_ok(),
        from_value.is_ok(),
        "bytes and value read {text} differently: {:?} and {:?}",
        from_bytes.as_ref().err(),
        from_value.as_ref().err()
    );
    from_bytes
}

#[test]
fn each_presence_reads_missing_null_and_values_as_its_rule_says() {
    let run: FlowRun = read(&flow_run().to_string()).expect("the minimal run reads");
    assert_eq!(run.name, "nightly");
    assert_eq!(run.parent_id, None, "a required nullable member that is null");
    assert_eq!(run.description, Nullable::Absent, "a missing nullable member");
    assert_eq!(run.tags, None, "a missing optional member");

    let run: FlowRun = read(&with(flow_run(), "description", Value::Null).to_string()).expect("null description");
    assert_eq!(run.description, Nullable::Null);
    let run: FlowRun = read(&with(flow_run(), "description", json!("d")).to_string()).expect("a description");
    assert_eq!(run.description, Nullable::Value("d".to_owned()));
    let run: FlowRun = read(&with(flow_run(), "tags", json!(["a"])).to_string()).expect("tags");
    assert_eq!(run.tags, Some(vec!["a".to_owned()]));

    let missing = read::<FlowRun>(&without(flow_run(), "parent_id").to_string()).expect_err("parent_id missing");
    assert!(missing.starts_with("missing field `parent_id`"), "{missing}");
    let missing = read::<FlowRun>(&without(flow_run(), "name").to_string()).expect_err("name missing");
    assert!(missing.starts_with("missing field `name`"), "{missing}");
    // Several missing: the first in the schema's order is named, as serde's derive names it.
    let several = without(without(flow_run(), "parent_id"), "state_type");
    let missing = read::<FlowRun>(&several.to_string()).expect_err("two missing");
    assert!(missing.starts_with("missing field `state_type`"), "{missing}");
    let wrong = read::<FlowRun>(&with(flow_run(), "name", json!(7)).to_string()).expect_err("a number for a string");
    assert!(wrong.starts_with("invalid type: integer `7`, expected a string"), "{wrong}");
}

#[test]
fn an_optional_member_that_holds_null_itself_keeps_it() {
    let base = json!({"loc": ["body"], "msg": "m", "type": "t"});
    let error: ValidationError = read(&base.to_string()).expect("reads");
    assert_eq!(error.input, None);
    let error: ValidationError = read(&with(base, "input", Value::Null).to_string()).expect("reads");
    assert_eq!(error.input, Some(Value::Null));
}

#[test]
fn a_member_given_twice_is_an_error() {
    let text = flow_run().to_string().replacen('{', r#"{"name":"first","#, 1);
    // Bytes only: a `serde_json::Value` would have kept the last member.
    let twice = serde_json::from_str::<FlowRun>(&text).expect_err("name twice").to_string();
    assert!(twice.starts_with("duplicate field `name`"), "{twice}");
}

#[test]
fn undeclared_members_are_skipped_or_kept() {
    let run: FlowRun =
        read(&with(flow_run(), "extra", json!({"deep": [1, {"x": null}]})).to_string()).expect("an unknown member");
    assert_eq!(run.name, "nightly");

    let problem: Problem =
        read(r#"{"title":"t","status":400,"detail":null,"trace":{"id":1},"hint":"h"}"#).expect("reads");
    assert_eq!(problem.detail, Nullable::Null);
    assert_eq!(
        problem.additional_properties.into_iter().collect::<Vec<_>>(),
        vec![("hint".to_owned(), json!("h")), ("trace".to_owned(), json!({"id": 1}))],
        "kept: only the members the schema does not declare"
    );
}

#[test]
fn escaped_keys_name_the_same_members() {
    // `\u006e` is `n`: the key arrives unescaped into a buffer, not borrowed.
    let text = flow_run().to_string().replace(r#""name""#, r#""\u006eame""#);
    let run: FlowRun = read(&text).expect("an escaped key");
    assert_eq!(run.name, "nightly");
    let problem: Problem = read(r#"{"title":"t","status":1,"h\u0069nt":"h"}"#).expect("reads");
    assert_eq!(problem.additional_properties.get("hint"), Some(&json!("h")));
}

#[test]
fn only_an_object_reads_as_a_struct() {
    for (text, found) in [("[\"x\", 1]", "sequence"), ("\"x\"", "string \"x\""), ("null", "null"), ("1", "integer `1`")]
    {
        let error = read::<Problem>(text).expect_err(text);
        assert!(error.starts_with(&format!("invalid type: {found}, expected struct Problem")), "{text}: {error}");
    }
}

#[test]
fn what_is_read_is_written_back() {
    let text = r#"{"title":"t","status":400,"detail":null,"hint":"h"}"#;
    let problem: Problem = read(text).expect("reads");
    let written = serde_json::to_value(&problem).expect("writes");
    assert_eq!(written, serde_json::from_str::<Value>(text).expect("valid JSON"));
}

#[test]
fn what_is_built_is_written_as_meant() {
    let mut run: FlowRun = read(&flow_run().to_string()).expect("reads");
    run.description = Nullable::Null;
    run.tags = Some(vec!["a".to_owned()]);
    let written = serde_json::to_string(&run).expect("writes");
    // The declared order; a required nullable `None` and a `Null` written as
    // `null`; an absent nullable and a `None` optional left out.
    let expected = r#"{"id":"5f0c6f2e-5a0b-4c1e-9a43-3b1f2d9e8c11","name":"nightly","state_type":"RUNNING","priority":2,"created":"2026-12-04T01:02:03Z","parent_id":null,"description":null,"tags":["a"]}"#;
    assert_eq!(written, expected);
}
