//! The round trips: every model and every union branch of the reference
//! server, each sent through its echo route.
//!
//! Most cases are JSON as the server would write it (decoded with the
//! generated type, then sent); the `built` ones are values a caller builds in
//! Rust, whose tags must reach the server although the caller never set them.

use reference_client::types::*;
use reference_client::Client;
use reference_client::Nullable;
use serde_json::json;

use crate::roundtrip::{self, Case, Echoed};

/// Sends one body through an echo route: `echo!(client.method)`.
macro_rules! echo {
    ($client:ident . $method:ident) => {
        |body| async move {
            let response = $client.$method(body).await.map_err(|e| format!("the echo call failed: {e:?}"))?;
            let echo = response.into_body();
            Ok(Echoed { branches: echo.branches, value: echo.value, value_json: echo.value_json })
        }
    };
}

/// Runs every round trip; returns each case's name and outcome.
pub async fn run_all(client: &Client) -> Vec<(String, Result<(), String>)> {
    let mut results = Vec::new();
    for case in orchestration_results() {
        let name = case.name.clone();
        results.push((name, roundtrip::run(case, echo!(client.echo_orchestration_result)).await));
    }
    for case in pets() {
        let name = case.name.clone();
        results.push((name, roundtrip::run(case, echo!(client.echo_pet)).await));
    }
    for case in households() {
        let name = case.name.clone();
        results.push((name, roundtrip::run(case, echo!(client.echo_household)).await));
    }
    for case in configs() {
        let name = case.name.clone();
        results.push((name, roundtrip::run(case, echo!(client.echo_config)).await));
    }
    for case in job_outcomes() {
        let name = case.name.clone();
        results.push((name, roundtrip::run(case, echo!(client.echo_job_outcome)).await));
    }
    for case in problems() {
        let name = case.name.clone();
        results.push((name, roundtrip::run(case, echo!(client.echo_problem)).await));
    }
    for case in flow_runs() {
        let name = case.name.clone();
        results.push((name, roundtrip::run(case, echo!(client.echo_flow_run)).await));
    }
    results
}

const TIMESTAMP: &str = "2024-05-01T12:30:00Z";
const RUN_ID: &str = "0b1d2c3e-4f50-4a6b-8c7d-9e0f1a2b3c4d";

fn running() -> serde_json::Value {
    json!({"type": "RUNNING", "name": "Running", "timestamp": TIMESTAMP})
}

/// A union without a discriminator keyword, told apart by optional `type`
/// tags with defaults; and a nullable union of two of its branches.
fn orchestration_results() -> Vec<Case> {
    let with_details =
        |status: &str, details: serde_json::Value| json!({"state": running(), "status": status, "details": details});
    let details = |class: &'static str| [("", "OrchestrationResult"), ("/state", "State"), ("/details", class)];
    vec![
        Case::json(
            "OrchestrationResult.details: StateAcceptDetails",
            with_details("ACCEPT", json!({"type": "accept_details"})),
            &details("StateAcceptDetails"),
        ),
        Case::json(
            "OrchestrationResult.details: StateWaitDetails",
            with_details("WAIT", json!({"type": "wait_details", "delay_seconds": 30, "reason": "rate limited"})),
            &details("StateWaitDetails"),
        ),
        Case::json(
            "OrchestrationResult.details: StateRejectDetails",
            with_details("REJECT", json!({"type": "reject_details", "reason": "already running"})),
            &details("StateRejectDetails"),
        ),
        Case::json(
            "OrchestrationResult.details: StateAbortDetails",
            with_details("ABORT", json!({"type": "abort_details", "reason": "cancelled by the user"})),
            &details("StateAbortDetails"),
        ),
        Case::json(
            "OrchestrationResult.details: StateRejectDetails (only the tag set)",
            with_details("REJECT", json!({"type": "reject_details"})),
            &details("StateRejectDetails"),
        ),
        Case::json(
            "OrchestrationResult.previous_details: StateAbortDetails",
            json!({
                "status": "ACCEPT",
                "details": {"type": "accept_details"},
                "previous_details": {"type": "abort_details", "reason": "timed out"},
            }),
            &[
                ("", "OrchestrationResult"),
                ("/details", "StateAcceptDetails"),
                ("/previous_details", "StateAbortDetails"),
            ],
        ),
        Case::json(
            "OrchestrationResult.previous_details: StateRejectDetails",
            json!({
                "status": "ACCEPT",
                "details": {"type": "accept_details"},
                "previous_details": {"type": "reject_details", "reason": "busy"},
            }),
            &[
                ("", "OrchestrationResult"),
                ("/details", "StateAcceptDetails"),
                ("/previous_details", "StateRejectDetails"),
            ],
        ),
        Case::json(
            "OrchestrationResult.previous_details: null (and state: null)",
            json!({"state": null, "status": "ACCEPT", "details": {"type": "accept_details"}, "previous_details": null}),
            &[("", "OrchestrationResult"), ("/details", "StateAcceptDetails")],
        ),
        Case::built(
            "OrchestrationResult.details: StateAbortDetails (built with ..Default::default())",
            OrchestrationResult {
                state: Nullable::Absent,
                status: SetStateStatus::Abort,
                details: OrchestrationResultDetails::StateAbortDetails(StateAbortDetails {
                    reason: Nullable::Value("stopped".to_owned()),
                    ..Default::default()
                }),
                previous_details: Nullable::Absent,
            },
            json!({"status": "ABORT", "details": {"type": "abort_details", "reason": "stopped"}}),
            &[("", "OrchestrationResult"), ("/details", "StateAbortDetails")],
        ),
        Case::built(
            "OrchestrationResult.details: StateWaitDetails (built with Default::default())",
            OrchestrationResult {
                state: Nullable::Absent,
                status: SetStateStatus::Wait,
                details: OrchestrationResultDetails::StateWaitDetails(StateWaitDetails::default()),
                previous_details: Nullable::Value(OrchestrationResultPreviousDetails::StateRejectDetails(
                    StateRejectDetails::default(),
                )),
            },
            json!({"status": "WAIT", "details": {"type": "wait_details"}, "previous_details": {"type": "reject_details"}}),
            &[
                ("", "OrchestrationResult"),
                ("/details", "StateWaitDetails"),
                ("/previous_details", "StateRejectDetails"),
            ],
        ),
    ]
}

/// A union with `Field(discriminator="kind")` as the whole request body.
fn pets() -> Vec<Case> {
    vec![
        Case::json("Pet: Cat", json!({"kind": "cat", "name": "Tom", "lives_left": 7}), &[("", "Cat")]),
        Case::json(
            "Pet: Dog",
            json!({"kind": "dog", "name": "Rex", "good_boy": true, "tricks": ["sit", "roll over"]}),
            &[("", "Dog")],
        ),
        Case::json(
            "Pet: Lizard",
            json!({"kind": "lizard", "name": "Iggy", "basking_temperature": 38.5}),
            &[("", "Lizard")],
        ),
        Case::json(
            "Pet: Lizard (basking_temperature: null)",
            json!({"kind": "lizard", "name": "Iggy", "basking_temperature": null}),
            &[("", "Lizard")],
        ),
    ]
}

/// The discriminated union in a list, a nullable field and a map of lists,
/// with map keys that need escaping in a JSON pointer.
fn households() -> Vec<Case> {
    vec![
        Case::json(
            "Household: every Pet branch in pets, favourite and by_room",
            json!({
                "pets": [
                    {"kind": "cat", "name": "Tom"},
                    {"kind": "dog", "name": "Rex", "good_boy": false},
                    {"kind": "lizard", "name": "Iggy"},
                ],
                "favourite": {"kind": "dog", "name": "Rex", "good_boy": false},
                "by_room": {
                    "kitchen/left": [{"kind": "cat", "name": "Tom", "lives_left": 8}],
                    "garden ~ pond": [{"kind": "lizard", "name": "Iggy"}, {"kind": "dog", "name": "Rex", "good_boy": true}],
                },
            }),
            &[
                ("", "Household"),
                ("/pets/0", "Cat"),
                ("/pets/1", "Dog"),
                ("/pets/2", "Lizard"),
                ("/favourite", "Dog"),
                ("/by_room/kitchen~1left/0", "Cat"),
                ("/by_room/garden ~0 pond/0", "Lizard"),
                ("/by_room/garden ~0 pond/1", "Dog"),
            ],
        ),
        Case::json("Household: no pets, favourite: null", json!({"pets": [], "favourite": null}), &[("", "Household")]),
    ]
}

/// Integer tags, required, without a discriminator keyword.
fn configs() -> Vec<Case> {
    vec![
        Case::json("Config: ConfigV1", json!({"schema_version": 1, "retries": 5}), &[("", "ConfigV1")]),
        Case::json(
            "Config: ConfigV2",
            json!({"schema_version": 2, "retry": {"max_attempts": 4, "backoff_seconds": 1.5}}),
            &[("", "ConfigV2"), ("/retry", "RetryPolicy")],
        ),
        Case::json("Config: ConfigV2 (only the tag set)", json!({"schema_version": 2}), &[("", "ConfigV2")]),
    ]
}

/// Boolean tags, required, without a discriminator keyword.
fn job_outcomes() -> Vec<Case> {
    let outcome = |value: serde_json::Value| json!({"job_id": RUN_ID, "outcome": value});
    vec![
        Case::json(
            "JobOutcome.outcome: JobSucceeded",
            outcome(json!({"ok": true, "message": "done"})),
            &[("", "JobOutcome"), ("/outcome", "JobSucceeded")],
        ),
        Case::json(
            "JobOutcome.outcome: JobFailed",
            outcome(json!({"ok": false, "message": "disk full", "retryable": true})),
            &[("", "JobOutcome"), ("/outcome", "JobFailed")],
        ),
        Case::json(
            "JobOutcome.outcome: JobFailed (only the tag set)",
            outcome(json!({"ok": false})),
            &[("", "JobOutcome"), ("/outcome", "JobFailed")],
        ),
    ]
}

/// An open object (`extra="allow"`): members it does not name must survive.
fn problems() -> Vec<Case> {
    vec![
        Case::json(
            "Problem: named members only",
            json!({"type": "urn:problem:out-of-credit", "title": "Out of credit", "status": 403, "detail": "30 left"}),
            &[("", "Problem")],
        ),
        Case::json(
            "Problem: with extension members",
            json!({
                "title": "Out of credit",
                "status": 403,
                "balance": 30,
                "accounts": ["/account/12345", "/account/67890"],
                "trace": {"id": "abc", "spans": [1, 2.5], "sampled": true, "parent": null},
            }),
            &[("", "Problem")],
        ),
        Case::json(
            "Problem: detail: null",
            json!({"title": "Gone", "status": 410, "detail": null}),
            &[("", "Problem")],
        ),
    ]
}

/// Scalars, str and int enums, `datetime`, `UUID`, optionals with and
/// without defaults, nested lists and dicts, a const beside an integer.
fn flow_runs() -> Vec<Case> {
    let required = || {
        json!({
            "id": RUN_ID,
            "name": "nightly import",
            "state_type": "SCHEDULED",
            "priority": 2,
            "created": TIMESTAMP,
            "parent_id": null,
        })
    };
    let with = |extra: serde_json::Value| {
        let mut value = required();
        if let (Some(object), serde_json::Value::Object(extra)) = (value.as_object_mut(), extra) {
            object.extend(extra);
        }
        value
    };
    vec![
        Case::json("FlowRun: required fields only", required(), &[("", "FlowRun")]),
        Case::json(
            "FlowRun: every field",
            with(json!({
                "state_type": "COMPLETED",
                "priority": 3,
                "created": "2024-05-01T12:30:00.123456Z",
                "parent_id": "7a0e8b9c-1d2e-4f30-8a4b-5c6d7e8f9a0b",
                "description": "imports the night's orders",
                "max_retries": 5,
                "tags": ["etl", "nightly"],
                "labels": {"team": "data", "cost centre": "42"},
                "matrix": [[1.5, 2.25], [], [-3.0]],
                "groups": {"even": [2, 4], "odd": [1, 3, 5], "none": []},
                "parameters": {"since": "yesterday", "limit": 1000, "dry_run": false, "nested": {"a": [1, null]}},
                "batch_size": 64,
            })),
            &[("", "FlowRun")],
        ),
        Case::json(
            "FlowRun: optional fields set to null",
            with(json!({"description": null, "max_retries": null})),
            &[("", "FlowRun")],
        ),
        Case::json("FlowRun.batch_size: \"auto\"", with(json!({"batch_size": "auto"})), &[("", "FlowRun")]),
        Case::json("FlowRun.batch_size: an integer", with(json!({"batch_size": 1})), &[("", "FlowRun")]),
    ]
}
