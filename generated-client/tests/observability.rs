//! Tracing: a span per request (operation, method, path template) and an
//! event per attempt (attempt, status, elapsed) and per retry (delay),
//! captured by a small `tracing::Subscriber`; never the credentials, the
//! query string, the path's values or the bodies.

mod raw_server;

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use raw_server::*;
use readmin_client::types::*;
use readmin_client::{Client, RetryPolicy};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

type Fields = BTreeMap<String, String>;

/// One event with its own fields and those of the spans it happened in.
#[derive(Debug, Clone)]
struct Captured {
    level: tracing::Level,
    target: String,
    fields: Fields,
    spans: Vec<(String, Fields)>,
}

impl Captured {
    fn message(&self) -> &str {
        self.fields.get("message").map_or("", String::as_str)
    }

    fn field(&self, name: &str) -> Option<&str> {
        self.fields.get(name).map(String::as_str)
    }

    /// The fields of the innermost span called `name`.
    fn span(&self, name: &str) -> Option<&Fields> {
        self.spans.iter().rev().find(|(n, _)| n == name).map(|(_, f)| f)
    }
}

#[derive(Default)]
struct Capture {
    next_id: AtomicU64,
    spans: Mutex<BTreeMap<u64, (String, Fields)>>,
    stack: Mutex<Vec<u64>>,
    events: Mutex<Vec<Captured>>,
}

struct Collect<'a>(&'a mut Fields);

impl Visit for Collect<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
}

impl Subscriber for Capture {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }

    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let id = self.next_id.fetch_add(1, Ordering::SeqCst) + 1;
        let mut fields = Fields::new();
        span.record(&mut Collect(&mut fields));
        self.spans.lock().unwrap().insert(id, (span.metadata().name().to_owned(), fields));
        Id::from_u64(id)
    }

    fn record(&self, span: &Id, values: &Record<'_>) {
        if let Some((_, fields)) = self.spans.lock().unwrap().get_mut(&span.into_u64()) {
            values.record(&mut Collect(fields));
        }
    }

    fn record_follows_from(&self, _: &Id, _: &Id) {}

    fn event(&self, event: &Event<'_>) {
        let mut fields = Fields::new();
        event.record(&mut Collect(&mut fields));
        let all = self.spans.lock().unwrap();
        let spans = self.stack.lock().unwrap().iter().filter_map(|id| all.get(id).cloned()).collect();
        let metadata = event.metadata();
        self.events.lock().unwrap().push(Captured {
            level: *metadata.level(),
            target: metadata.target().to_owned(),
            fields,
            spans,
        });
    }

    fn enter(&self, span: &Id) {
        self.stack.lock().unwrap().push(span.into_u64());
    }

    fn exit(&self, span: &Id) {
        let mut stack = self.stack.lock().unwrap();
        if let Some(position) = stack.iter().rposition(|id| *id == span.into_u64()) {
            stack.remove(position);
        }
    }
}

/// Runs `calls` with a capturing subscriber as the thread's default (the
/// test runtime is single-threaded, so every poll happens under it) and
/// returns what was captured.
async fn capture<F: std::future::Future<Output = ()>>(calls: F) -> Vec<Captured> {
    let capture = Arc::new(Capture::default());
    let guard = tracing::subscriber::set_default(capture.clone());
    calls.await;
    drop(guard);
    let events = capture.events.lock().unwrap().clone();
    events
}

/// Every recorded text: field names and values of events and their spans.
fn all_text(events: &[Captured]) -> String {
    let mut text = String::new();
    for event in events {
        text.push_str(&format!("{} {:?}\n", event.target, event.fields));
        for (name, fields) in &event.spans {
            text.push_str(&format!("  {name} {fields:?}\n"));
        }
    }
    text
}

/// The events the client's runtime emitted.
fn client_events(events: &[Captured]) -> Vec<&Captured> {
    events.iter().filter(|e| e.target.starts_with("readmin_client")).collect()
}

const BODY_MARKER: &str = "request-body-marker-5e1";
const RESPONSE_MARKER: &str = "response-body-marker-0b7";
const PATH_VALUE: &str = "call-path-value-3c9";
const QUERY_VALUE: &str = "query-value-marker-8d2";

#[tokio::test(flavor = "current_thread")]
async fn spans_and_events_describe_each_request_and_attempt() {
    let server = RawServer::start(|index, _| {
        vec![Step::Send(if index == 0 {
            response(503, &[("content-type", "text/plain")], RESPONSE_MARKER)
        } else {
            response(
                200,
                &[("content-type", "application/json")],
                format!(r#"{{"success":true,"message":"{RESPONSE_MARKER}"}}"#),
            )
        })]
    })
    .await;
    let client = client(&server, fast_retries(2));

    let events = capture(async {
        let body = EndCallRequest { actor_id: "1".into(), reason: Some(BODY_MARKER.into()) };
        client.end_call(PATH_VALUE, body).await.expect("the retry succeeds");
    })
    .await;

    let ours = client_events(&events);
    assert!(!ours.is_empty(), "no events captured: {}", all_text(&events));
    for event in &ours {
        let span = event.span("request").unwrap_or_else(|| panic!("event outside the request span: {event:?}"));
        assert_eq!(span.get("operation").map(String::as_str), Some("endCall"));
        assert_eq!(span.get("method").map(String::as_str), Some("PUT"));
        assert_eq!(span.get("path").map(String::as_str), Some("/calls/{callId}/end"), "the template, not the values");
    }

    let responses: Vec<&&Captured> = ours.iter().filter(|e| e.message() == "response").collect();
    assert_eq!(responses.len(), 2, "{}", all_text(&events));
    assert_eq!((responses[0].field("attempt"), responses[0].field("status")), (Some("1"), Some("503")));
    assert_eq!((responses[1].field("attempt"), responses[1].field("status")), (Some("2"), Some("200")));
    for response in &responses {
        let elapsed: u64 = response.field("elapsed_ms").expect("elapsed_ms").parse().expect("a number");
        assert!(elapsed < 5_000);
    }

    let retries: Vec<&&Captured> = ours.iter().filter(|e| e.message() == "retrying").collect();
    assert_eq!(retries.len(), 1);
    assert_eq!(retries[0].field("attempt"), Some("1"));
    let delay: u64 = retries[0].field("delay_ms").expect("delay_ms").parse().expect("a number");
    assert!(delay <= 50, "fast_retries caps delays at 50 ms: {delay}");
    assert!(retries[0].level <= tracing::Level::INFO, "a retry is worth seeing at INFO");

    let text = all_text(&events);
    for secret in [LOADER_ID, API_KEY, BODY_MARKER, RESPONSE_MARKER, PATH_VALUE] {
        assert!(!text.contains(secret), "`{secret}` was logged:\n{text}");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn failed_attempts_and_timeouts_are_events_without_secrets() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let address = closed.local_addr().expect("address");
    drop(closed);
    let refused = Client::builder()
        .base_url(format!("http://{address}"))
        .loader_id(LOADER_ID)
        .api_key(API_KEY)
        .retry(fast_retries(1))
        .build()
        .unwrap();

    let slow = RawServer::start(|_, _| vec![Step::Sleep(Duration::from_secs(2))]).await;
    let slow_client = client(&slow, RetryPolicy::none());

    let events = capture(async {
        let _ = refused.list_sessions().template_id(QUERY_VALUE).await;
        let _ = slow_client.get_ranking_key().timeout(Duration::from_millis(100)).await;
    })
    .await;

    let failures: Vec<&Captured> =
        client_events(&events).into_iter().filter(|e| e.message() == "attempt failed").collect();
    assert_eq!(failures.len(), 3, "two refused attempts and one timeout: {}", all_text(&events));
    assert_eq!(failures[0].field("error"), Some("connection failed"));
    assert_eq!((failures[0].field("attempt"), failures[1].field("attempt")), (Some("1"), Some("2")));
    assert_eq!(failures[0].span("request").and_then(|s| s.get("operation")).map(String::as_str), Some("listSessions"));
    assert_eq!(failures[0].span("request").and_then(|s| s.get("path")).map(String::as_str), Some("/sessions/v2"));
    assert_eq!(failures[2].field("error"), Some("timed out"));
    assert_eq!(failures[2].span("request").and_then(|s| s.get("operation")).map(String::as_str), Some("getRankingKey"));
    assert!(failures.iter().all(|e| e.field("elapsed_ms").is_some()));

    let text = all_text(&events);
    // (hyper's own events name the host and port it connects to; that is fine.)
    for secret in [LOADER_ID, API_KEY, QUERY_VALUE] {
        assert!(!text.contains(secret), "`{secret}` was logged:\n{text}");
    }
}

#[tokio::test(flavor = "current_thread")]
async fn nothing_is_logged_above_info_for_a_successful_call() {
    let server =
        RawServer::always(response(200, &[("content-type", "application/json")], r#"{"success":true,"teams":[]}"#))
            .await;
    let client = client(&server, RetryPolicy::none());
    let events = capture(async {
        client.get_teams().await.unwrap();
    })
    .await;
    let ours = client_events(&events);
    assert_eq!(ours.len(), 1, "{}", all_text(&events));
    assert_eq!(ours[0].level, tracing::Level::DEBUG);
    assert_eq!(ours[0].message(), "response");
}

#[tokio::test(flavor = "current_thread")]
async fn a_call_without_its_credential_is_a_warning_naming_operation_and_schemes() {
    let server = RawServer::always(response(401, &[("content-type", "text/plain")], "who are you")).await;
    // `getTeams` needs `loader-id`; this client has only `api-key`.
    let client = Client::builder().base_url(server.url()).api_key(API_KEY).retry(RetryPolicy::none()).build().unwrap();
    let with_credentials = self::client(&server, RetryPolicy::none());

    let events = capture(async {
        let _ = client.get_teams().await;
        let _ = with_credentials.get_teams().await;
    })
    .await;

    let ours = client_events(&events);
    let warnings: Vec<&&Captured> = ours.iter().filter(|e| e.level == tracing::Level::WARN).collect();
    assert_eq!(warnings.len(), 1, "one warning, for the call without its credential:\n{}", all_text(&events));
    let warning = warnings[0];
    assert_eq!(warning.field("operation"), Some("getTeams"));
    assert_eq!(warning.field("schemes"), Some("loader-id"));
    assert!(warning.message().contains("sending it unauthenticated"), "{warning:?}");
    assert_eq!(server.request_count(), 2, "both were sent");
    assert!(!all_text(&events).contains(API_KEY));
}
