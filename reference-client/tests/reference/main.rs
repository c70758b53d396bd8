//! Tests of `reference-client` against the live reference server: a FastAPI +
//! pydantic v2 app (`reference-server/`) whose `/openapi.json` is the
//! document the crate is generated from.
//!
//! - the live document equals the checked-in copy;
//! - every model and every union branch round-trips through an echo route
//!   (`cases.rs`, checked step by step in `roundtrip.rs`);
//! - a 201 where the document says 200, a 422 validation error, path
//!   parameters with spaces, reserved and non-ASCII characters;
//! - the server harness (`server.rs`) leaves no server behind.
//!
//! All tests share one server (`server::shared`); the harness tests start their own.

mod branches;
mod cases;
mod json;
mod roundtrip;
mod server;

use std::io::Write;
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use reference_client::operations::ListFlowsError;
use reference_client::types::Flow;
use reference_client::{Client, Error};
use serde_json::json;

/// The checked-in copy of the server's document, relative to the workspace root.
const CHECKED_IN_DOCUMENT: &str = "reference-server/openapi.json";

fn client() -> Client {
    Client::builder().base_url(server::shared().base_url()).build().expect("the client builds")
}

/// Writes past the test harness's output capture, so the line shows in a
/// plain `cargo test` run.
fn report_line(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

#[tokio::test]
async fn the_live_document_equals_the_checked_in_copy() {
    let url = format!("{}/openapi.json", server::shared().base_url());
    let live = reqwest::get(&url).await.and_then(|response| response.error_for_status());
    let live = live.expect("the server serves /openapi.json").text().await.expect("the document is readable");
    let live: serde_json::Value = serde_json::from_str(&live).expect("the live document is JSON");
    let path = server::server_dir().join("openapi.json");
    let checked_in = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let checked_in: serde_json::Value =
        serde_json::from_str(&checked_in).unwrap_or_else(|e| panic!("{CHECKED_IN_DOCUMENT} is not JSON: {e}"));
    let differences = json::diff(&checked_in, &live);
    assert!(
        differences.is_empty(),
        "the reference server's live /openapi.json differs from {CHECKED_IN_DOCUMENT} in {} places (expected: the \
         copy, found: the live document):{}\n\nIf the server or its pinned packages changed on purpose, update the \
         copy and the crate generated from it:\n    reference-server/.venv/bin/python reference-server/serve.py \
         --openapi > {CHECKED_IN_DOCUMENT}\n    cargo xtask codegen",
        differences.len(),
        json::describe(&differences)
    );
}

#[tokio::test]
async fn every_model_and_branch_round_trips_through_the_server() {
    let results = cases::run_all(&client()).await;
    let failures: Vec<String> = results
        .iter()
        .filter_map(|(name, result)| {
            result.as_ref().err().map(|problem| format!("{name}:\n  {}", problem.replace('\n', "\n  ")))
        })
        .collect();
    report_line(&format!("reference-server: {}/{} round trips", results.len() - failures.len(), results.len()));
    assert!(
        failures.is_empty(),
        "{} of {} round trips failed:\n\n{}",
        failures.len(),
        results.len(),
        failures.join("\n\n")
    );
}

#[tokio::test]
async fn a_201_is_a_success_where_documented_and_where_the_document_says_200() {
    let client = client();
    let name = format!("flow {}", std::process::id());
    let flow = |tag: &str| Flow { name: name.clone(), tags: Some(vec![tag.to_owned()]), ..Default::default() };

    let created = client.create_flow(flow("created")).await.expect("a documented 201 decodes");
    assert_eq!(created.status().as_u16(), 201);
    assert_eq!(created.body(), &flow("created"));

    let other = format!("{name} (upserted)");
    let body = Flow { name: other.clone(), tags: Some(vec!["new".to_owned()]), ..Default::default() };
    let upserted = client
        .upsert_flow(other.clone(), body.clone())
        .await
        .expect("the server answers 201 where the document says 200: the body is still the one success type");
    assert_eq!(upserted.status().as_u16(), 201, "the real status is kept");
    assert_eq!(upserted.body(), &body);

    let updated = client.upsert_flow(other, body.clone()).await.expect("the documented 200 decodes");
    assert_eq!(updated.status().as_u16(), 200);
    assert_eq!(updated.body(), &body);
}

#[tokio::test]
async fn a_validation_error_decodes_as_the_documented_422() {
    let error = client().list_flows().limit(0).await.expect_err("limit must be at least 1");
    let Error::Api(response) = &error else { panic!("expected the documented 422, got {error:?}") };
    assert_eq!(response.status().as_u16(), 422);
    let ListFlowsError::UnprocessableEntity(body) = response.body();
    let detail = body.detail.as_deref().unwrap_or_default();
    assert_eq!(detail.len(), 1, "{detail:?}");
    let problem = &detail[0];
    assert_eq!(serde_json::to_value(&problem.loc).unwrap(), json!(["query", "limit"]));
    assert_eq!(problem.r#type, "greater_than_equal");
    assert!(problem.msg.contains("greater than or equal to 1"), "{}", problem.msg);
    assert_eq!(problem.input, Some(json!("0")));
    assert_eq!(problem.ctx.clone().map(serde_json::Value::Object), Some(json!({"ge": 1})));
}

#[tokio::test]
async fn path_parameters_reach_the_server_unchanged() {
    let client = client();
    let names = [
        "hello world",
        "Grüße, 世界",
        "emoji 🦀 crab",
        "a?b#c&d=e",
        "100% sure",
        "plus+sign;semi,comma",
        "quote\"'apostrophe",
        "line\nbreak\ttab",
        "tilde~dot.dash-under_score",
    ];
    for name in names {
        let echoed = client.read_name(name.to_owned()).await;
        let echoed = echoed.unwrap_or_else(|e| panic!("GET /names/{{name}} with {name:?} failed: {e:?}"));
        assert_eq!(echoed.value, name, "the server decoded another value (raw path {})", echoed.raw_path);
        let raw_name =
            echoed.raw_path.strip_prefix("/names/").unwrap_or_else(|| panic!("raw path {}", echoed.raw_path));
        assert!(!raw_name.contains('/'), "{name:?} went out as more than one segment: {}", echoed.raw_path);
    }
    // A `{file_path:path}` route: slashes inside the value are data.
    let file = "reports/2024/Q1 summary ü.txt";
    let echoed = client.read_file(file.to_owned()).await.expect("GET /files/{file_path} works");
    assert_eq!(echoed.value, file, "raw path {}", echoed.raw_path);
}

#[test]
fn the_server_is_stopped_when_dropped_and_when_a_test_panics() {
    let server = server::Server::start().unwrap_or_else(|e| panic!("{e}"));
    let (address, pid) = (server.address(), server.pid());
    assert!(TcpStream::connect(address).is_ok(), "the server should be listening on {address}");
    drop(server);
    assert_gone(address, pid);

    let panicking = std::thread::spawn(|| {
        let server = server::Server::start().unwrap_or_else(|e| panic!("{e}"));
        std::panic::panic_any((server.address(), server.pid()));
    });
    let payload = panicking.join().expect_err("the thread panics");
    let (address, pid) = *payload.downcast::<(SocketAddr, u32)>().expect("the panic carries the address and pid");
    assert_gone(address, pid);
}

#[test]
fn the_server_exits_by_itself_when_its_stdin_closes() {
    // What the end of the test process looks like to the server, however it ends.
    let mut server = server::Server::start().unwrap_or_else(|e| panic!("{e}"));
    let (address, pid) = (server.address(), server.pid());
    let status = server.close_stdin_and_wait(Duration::from_secs(10)).unwrap_or_else(|e| panic!("{e}"));
    assert!(status.success(), "the server exits cleanly when its stdin closes: {status}");
    assert_gone(address, pid);
}

/// The server no longer accepts connections and (on Linux) its process is gone.
fn assert_gone(address: SocketAddr, pid: u32) {
    assert!(
        TcpStream::connect_timeout(&address, Duration::from_secs(1)).is_err(),
        "the server still listens on {address}"
    );
    if cfg!(target_os = "linux") {
        let proc_dir = std::path::PathBuf::from(format!("/proc/{pid}"));
        assert!(!proc_dir.exists(), "the server's process {pid} is still there");
    }
}
