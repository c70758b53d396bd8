//! The client against a real local server (raw TCP on 127.0.0.1) that
//! misbehaves: every call must end in a typed error (or, where the server
//! recovers, a success), never a panic or a hang, and the server must see
//! exactly the attempts the retry policy allows.

mod raw_server;

use std::time::{Duration, Instant};

use raw_server::*;
use readmin_client::operations::*;
use readmin_client::types::*;
use readmin_client::{Client, Error, Response, RetryPolicy, Timeout, DEFAULT_MAX_RESPONSE_BYTES};
use serde_json::json;

const TEAMS: &str = r#"{"success":true,"teams":[{"id":"t1","name":"Alpha"}]}"#;

fn message() -> SendCallMessageRequest {
    SendCallMessageRequest { actor_id: "7".into(), message: "hello".into() }
}

/// Asserts that neither credential appears in the error's `Display` or `Debug`.
fn assert_no_secret<E: std::fmt::Debug>(error: &Error<E>) {
    let shown = format!("{error} {error:?} {error:#?}");
    assert!(!shown.contains(LOADER_ID) && !shown.contains(API_KEY), "error output leaks a credential: {shown}");
}

fn expect_decode<T: std::fmt::Debug, E: std::fmt::Debug>(
    result: Result<Response<T>, Error<E>>,
) -> Box<readmin_client::DecodeError> {
    match result {
        Err(Error::Decode(decode)) => decode,
        other => panic!("expected Error::Decode, got {other:?}"),
    }
}

fn expect_transport<T: std::fmt::Debug, E: std::fmt::Debug>(result: Result<Response<T>, Error<E>>) -> Error<E> {
    match result {
        Err(error @ Error::Transport { .. }) => {
            assert_no_secret(&error);
            error
        }
        other => panic!("expected Error::Transport, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------
// Bodies that do not decode
// ---------------------------------------------------------------------------

#[tokio::test]
async fn malformed_json_is_a_decode_error_keeping_status_headers_and_bytes() {
    let body = r#"{"success": tru"#;
    let server =
        RawServer::always(response(200, &[("content-type", "application/json"), ("x-request-id", "r-1")], body)).await;
    let client = client(&server, fast_retries(2));

    let result = client.get_teams().await;

    let decode = expect_decode(result);
    assert_eq!(decode.status.as_u16(), 200);
    assert_eq!(&decode.body[..], body.as_bytes());
    assert_eq!(decode.headers.get("x-request-id").map(|v| v.to_str().unwrap()), Some("r-1"));
    assert!(decode.source.is_syntax() || decode.source.is_eof(), "{}", decode.source);
    assert_eq!(server.request_count(), 1, "an answer that does not decode is not retried");
}

#[tokio::test]
async fn json_of_the_wrong_shape_is_a_decode_error() {
    let bodies = [
        json!({ "success": true, "data": { "not": "a list" } }),
        json!([1, 2, 3]),
        json!("just a string"),
        json!({ "success": true, "data": [{ "id": 42 }] }),
        json!({ "success": true, "pagination": { "hasMore": "yes" } }),
    ];
    for body in bodies {
        let server = RawServer::always(raw_server::json(200, &body)).await;
        let decode = expect_decode(client(&server, fast_retries(2)).list_sessions().await);
        assert!(decode.source.is_data(), "{body}: {}", decode.source);
        assert_eq!(serde_json::from_slice::<serde_json::Value>(&decode.body).unwrap(), body);
        assert_eq!(server.request_count(), 1);
    }
}

#[tokio::test]
async fn empty_success_body_is_a_decode_error_not_a_default_value() {
    let server = RawServer::always(response(200, &[("content-type", "application/json")], "")).await;
    let decode = expect_decode(client(&server, fast_retries(2)).get_teams().await);
    assert!(decode.body.is_empty());
    assert!(decode.source.is_data(), "{}", decode.source);
}

#[tokio::test]
async fn wrong_content_type_with_a_body_that_is_not_json_is_a_decode_error_naming_it() {
    let page = "<!DOCTYPE html><html><body><h1>Maintenance</h1></body></html>";
    for content_type in ["text/html; charset=utf-8", "text/plain", "application/xml"] {
        let server = RawServer::always(response(200, &[("content-type", content_type)], page)).await;
        let error = client(&server, fast_retries(2)).get_teams().await.expect_err("HTML is not JSON");
        let shown = error.to_string();
        assert!(shown.contains(content_type), "the message names the content type: {shown}");
        let Error::Decode(decode) = error else { panic!("expected Decode, got {error:?}") };
        assert_eq!(&decode.body[..], page.as_bytes());
        assert_eq!(decode.headers.get("content-type").unwrap(), content_type);
    }

    // A documented error status with the wrong kind of body.
    let server = RawServer::always(response(500, &[("content-type", "text/html")], page)).await;
    let decode = expect_decode(client(&server, RetryPolicy::none()).get_teams().await);
    assert_eq!(decode.status.as_u16(), 500);
}

#[tokio::test]
async fn missing_or_mislabelled_content_type_is_tolerated_when_the_body_is_the_documented_json() {
    // Servers often omit or mislabel the content type of JSON; the body decides.
    for headers in [&[][..], &[("content-type", "text/plain")][..], &[("content-type", "application/octet-stream")][..]]
    {
        let server = RawServer::always(response(200, headers, TEAMS)).await;
        let teams = client(&server, fast_retries(2)).get_teams().await.expect("the body is valid");
        assert_eq!(teams.body().teams.as_ref().map(Vec::len), Some(1), "{headers:?}");
    }
    // Without a content type, a body that is not JSON is still a decode error.
    let server = RawServer::always(response(200, &[], "not json")).await;
    let decode = expect_decode(client(&server, fast_retries(2)).get_teams().await);
    assert!(decode.source.is_syntax(), "{}", decode.source);
}

// ---------------------------------------------------------------------------
// Error pages and flaky servers
// ---------------------------------------------------------------------------

#[tokio::test]
async fn html_502_page_is_retried_then_reported_with_status_headers_and_body() {
    let page = "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>";
    let server = RawServer::always(response(502, &[("content-type", "text/html"), ("server", "nginx")], page)).await;
    let client = client(&server, fast_retries(2));

    let error = client.get_teams().await.expect_err("502");

    assert_eq!(server.request_count(), 3, "one attempt and two retries");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(502));
    assert_eq!(error.headers().and_then(|h| h.get("server")).unwrap(), "nginx");
    assert_no_secret(&error);
    match error {
        Error::UnexpectedStatus(raw) => {
            assert_eq!(raw.status.as_u16(), 502);
            assert_eq!(&raw.body[..], page.as_bytes());
        }
        other => panic!("expected UnexpectedStatus, got {other:?}"),
    }

    // POST is sent once.
    let server = RawServer::always(response(502, &[("content-type", "text/html")], page)).await;
    let error = client_for_raw(&server).send_call_message("call-1", message()).await.expect_err("502");
    assert!(matches!(error, Error::UnexpectedStatus(_)), "{error:?}");
    assert_eq!(server.request_count(), 1, "POST is not retried by default");
}

/// A client with the *default* retry policy (only its delays shortened).
fn client_for_raw(server: &RawServer) -> Client {
    let policy = RetryPolicy {
        initial_backoff: Duration::from_millis(5),
        max_backoff: Duration::from_millis(50),
        ..RetryPolicy::default()
    };
    assert_eq!((policy.max_retries, policy.retry_non_idempotent), (2, false), "the defaults under test");
    client(server, policy)
}

#[tokio::test]
async fn service_unavailable_then_success_is_retried_and_succeeds() {
    let server = RawServer::start(|index, _| {
        vec![Step::Send(if index == 0 {
            response(503, &[("content-type", "text/plain")], "try again")
        } else {
            response(200, &[("content-type", "application/json"), ("x-attempt", "2")], TEAMS)
        })]
    })
    .await;
    let client = client_for_raw(&server);

    let teams = client.get_teams().await.expect("the retry succeeds");

    assert_eq!(teams.status().as_u16(), 200);
    assert_eq!(teams.headers().get("x-attempt").unwrap(), "2", "the response is the retry's");
    assert_eq!(teams.body().teams.as_ref().unwrap()[0].name.as_deref(), Some("Alpha"));
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    for request in &requests {
        assert_eq!(request.head.split(|b| *b == b'\r').next().unwrap(), b"GET /teams HTTP/1.1");
        assert_eq!(request.header("loader-id").as_deref(), Some(LOADER_ID), "each attempt is authenticated");
    }
}

#[tokio::test]
async fn too_many_requests_with_retry_after_waits_then_succeeds() {
    let server = RawServer::start(|index, _| {
        vec![Step::Send(if index == 0 {
            response(429, &[("retry-after", "1"), ("content-type", "application/json")], r#"{"error":"slow down"}"#)
        } else {
            response(200, &[("content-type", "application/json")], TEAMS)
        })]
    })
    .await;
    let client = client(&server, RetryPolicy { max_backoff: Duration::from_secs(5), ..fast_retries(2) });

    let started = Instant::now();
    client.get_teams().await.expect("the retry after Retry-After succeeds");

    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let gap = requests[1].received_at - requests[0].received_at;
    assert!(gap >= Duration::from_millis(950), "Retry-After: 1 was not honoured (gap {gap:?})");
    assert!(started.elapsed() < Duration::from_secs(4), "waited far too long: {:?}", started.elapsed());
}

// ---------------------------------------------------------------------------
// Broken connections
// ---------------------------------------------------------------------------

#[tokio::test]
async fn truncated_body_is_a_transport_error_and_idempotent_calls_retry_it() {
    let script = || {
        vec![
            Step::Send(head_only(200, &[("content-type", "application/json")], 500)),
            Step::Send(br#"{"success":true,"te"#.to_vec()),
        ]
    };
    let server = RawServer::start(move |_, _| script()).await;

    let error = expect_transport(client(&server, fast_retries(2)).get_teams().await);

    assert_eq!(server.request_count(), 3, "a body cut short is retried like any broken connection");
    assert!(error.status().is_none(), "no complete response: {error:?}");

    let server = RawServer::start(move |_, _| script()).await;
    expect_transport(client_for_raw(&server).send_call_message("call-1", message()).await);
    assert_eq!(server.request_count(), 1, "POST is not retried by default");
}

#[tokio::test]
async fn connection_reset_mid_body_is_a_transport_error() {
    let script = || {
        vec![
            Step::Send(head_only(200, &[("content-type", "application/json")], 4096)),
            Step::Send(br#"{"success":true,"teams":["#.to_vec()),
            Step::Sleep(Duration::from_millis(20)),
            Step::Reset,
        ]
    };
    let server = RawServer::start(move |_, _| script()).await;
    expect_transport(client(&server, fast_retries(2)).get_teams().await);
    assert_eq!(server.request_count(), 3, "GET is retried after a reset");

    let server = RawServer::start(move |_, _| script()).await;
    expect_transport(client(&server, RetryPolicy::none()).get_teams().await);
    assert_eq!(server.request_count(), 1, "retries off");

    let server = RawServer::start(move |_, _| script()).await;
    expect_transport(client_for_raw(&server).create_order(order()).await);
    assert_eq!(server.request_count(), 1, "POST is not retried by default");
}

fn order() -> CreateOrderRequest {
    CreateOrderRequest {
        idempotency_key: "idem-1".into(),
        customer_id: "42".into(),
        items: vec![OrderItemInput { product_id: "p1".into(), quantity: 1 }],
        game_id: "g1".into(),
        ..CreateOrderRequest::default()
    }
}

#[tokio::test]
async fn connection_closed_or_reset_before_any_answer_is_a_transport_error() {
    for step in [Step::Reset, Step::Send(Vec::new())] {
        let server = RawServer::start(move |_, _| vec![step.clone()]).await;
        expect_transport(client(&server, fast_retries(2)).get_teams().await);
        assert_eq!(server.request_count(), 3, "idempotent request retried after the connection broke");

        let server = RawServer::start(move |_, _| vec![Step::Reset]).await;
        expect_transport(client_for_raw(&server).send_call_message("call-1", message()).await);
        assert_eq!(server.request_count(), 1);
    }
}

#[tokio::test]
async fn garbage_instead_of_http_is_a_transport_error() {
    for garbage in [
        &b"hello there\r\n\r\n"[..],
        b"HTTP/1.1 999999 Nope\r\n\r\n",
        b"HTTP/1.1 200 OK\r\ncontent-length: nope\r\n\r\n{}",
        b"\x00\xff\xfe",
    ] {
        let server = RawServer::always(garbage.to_vec()).await;
        let result = client(&server, RetryPolicy::none()).get_teams().await;
        expect_transport(result);
        assert_eq!(server.request_count(), 1);
    }
}

#[tokio::test]
async fn connection_refused_is_a_transport_error() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let address = closed.local_addr().expect("address");
    drop(closed);
    let client = Client::builder()
        .base_url(format!("http://{address}"))
        .loader_id(LOADER_ID)
        .retry(fast_retries(2))
        .build()
        .unwrap();
    let started = Instant::now();
    let error = expect_transport(client.get_teams().await);
    let Error::Transport { error: source, .. } = &error else { unreachable!() };
    assert!(source.is_connect(), "{source:?}");
    assert!(started.elapsed() < Duration::from_secs(5));
}

// ---------------------------------------------------------------------------
// Slow servers
// ---------------------------------------------------------------------------

#[tokio::test]
async fn response_slower_than_the_timeout_is_a_timeout_error() {
    let server =
        RawServer::start(|_, _| vec![Step::Sleep(Duration::from_secs(3)), Step::Send(response(200, &[], TEAMS))]).await;
    let client = client(&server, fast_retries(1));

    let started = Instant::now();
    let result = client.get_teams().timeout(Duration::from_millis(150)).await;

    match &result {
        Err(Error::Timeout { timeout: limit, .. }) => assert_eq!(*limit, Timeout::Attempt(Duration::from_millis(150))),
        other => panic!("expected Timeout, got {other:?}"),
    }
    assert_no_secret(result.as_ref().unwrap_err());
    assert!(started.elapsed() < Duration::from_secs(2), "took {:?}", started.elapsed());
    assert_eq!(server.request_count(), 2, "a timed-out GET is retried (max_retries = 1)");
}

#[tokio::test]
async fn body_that_stalls_past_the_timeout_is_a_timeout_error() {
    let server = RawServer::start(|_, _| {
        vec![
            Step::Send(head_only(200, &[("content-type", "application/json")], TEAMS.len())),
            Step::Send(TEAMS.as_bytes()[..10].to_vec()),
            Step::Sleep(Duration::from_secs(3)),
            Step::Send(TEAMS.as_bytes()[10..].to_vec()),
        ]
    })
    .await;
    let client = Client::builder()
        .base_url(server.url())
        .loader_id(LOADER_ID)
        .timeout(Some(Duration::from_millis(200)))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();

    let started = Instant::now();
    match client.get_teams().await {
        Err(Error::Timeout { timeout: limit, .. }) => {
            assert_eq!(limit, Timeout::Attempt(Duration::from_millis(200)), "the client's timeout")
        }
        other => panic!("expected Timeout, got {other:?}"),
    }
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(server.request_count(), 1);
}

#[tokio::test]
async fn slow_post_times_out_once_without_retry() {
    let server =
        RawServer::start(|_, _| vec![Step::Sleep(Duration::from_secs(3)), Step::Send(response(200, &[], "{}"))]).await;
    let result =
        client_for_raw(&server).send_call_message("call-1", message()).timeout(Duration::from_millis(100)).await;
    assert!(matches!(result, Err(Error::Timeout { .. })), "{result:?}");
    assert_eq!(server.request_count(), 1, "the server sees exactly one POST");
}

// ---------------------------------------------------------------------------
// Very large bodies
// ---------------------------------------------------------------------------

#[tokio::test]
async fn body_over_the_cap_is_a_typed_error_without_reading_it_all() {
    assert_eq!(DEFAULT_MAX_RESPONSE_BYTES, 32 * 1024 * 1024);
    let total = 256 * 1024 * 1024;
    let flood = move || {
        vec![
            Step::Send(head_only(200, &[("content-type", "application/json")], total)),
            Step::Send(b"{\"success\":true,\"teams\":[],\"padding\":\"".to_vec()),
            Step::Flood { chunk: vec![b'x'; 64 * 1024], total },
        ]
    };
    let server = RawServer::start(move |_, _| flood()).await;
    let client =
        Client::builder().base_url(server.url()).loader_id(LOADER_ID).max_response_bytes(64 * 1024).build().unwrap();

    let started = Instant::now();
    match client.get_teams().await {
        Err(Error::BodyTooLarge { status, limit, .. }) => assert_eq!((status.as_u16(), limit), (200, 64 * 1024)),
        other => panic!("expected BodyTooLarge, got {other:?}"),
    }
    assert!(started.elapsed() < Duration::from_secs(5), "read far more than the cap: {:?}", started.elapsed());
    assert_eq!(server.request_count(), 1, "a body over the cap is not retried");
}

#[tokio::test]
async fn chunked_body_over_the_cap_is_a_typed_error() {
    let chunk = format!("{:x}\r\n{}\r\n", 4096, "y".repeat(4096)).into_bytes();
    let server = RawServer::start(move |_, _| {
        vec![
            Step::Send(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n".to_vec()),
            Step::Flood { chunk: chunk.clone(), total: chunk.len() * 4096 },
        ]
    })
    .await;
    let client =
        Client::builder().base_url(server.url()).loader_id(LOADER_ID).max_response_bytes(10_000).build().unwrap();
    match client.get_teams().await {
        Err(error @ Error::BodyTooLarge { .. }) => assert!(error.to_string().contains("10000"), "{error}"),
        other => panic!("expected BodyTooLarge, got {other:?}"),
    }
}

#[tokio::test]
async fn body_exactly_at_the_cap_is_read() {
    let server = RawServer::always(response(200, &[("content-type", "application/json")], TEAMS)).await;
    let at_cap =
        Client::builder().base_url(server.url()).loader_id(LOADER_ID).max_response_bytes(TEAMS.len()).build().unwrap();
    at_cap.get_teams().await.expect("a body of exactly the cap is fine");
    let below = Client::builder()
        .base_url(server.url())
        .loader_id(LOADER_ID)
        .max_response_bytes(TEAMS.len() - 1)
        .build()
        .unwrap();
    assert!(matches!(below.get_teams().await, Err(Error::BodyTooLarge { .. })));
}

// ---------------------------------------------------------------------------
// POST is sent exactly once
// ---------------------------------------------------------------------------

#[tokio::test]
async fn post_and_patch_are_sent_exactly_once_whatever_goes_wrong() {
    let scripts: Vec<(&str, Vec<Step>)> = vec![
        ("503", vec![Step::Send(response(503, &[("retry-after", "0")], ""))]),
        ("429", vec![Step::Send(response(429, &[("retry-after", "0")], ""))]),
        ("500", vec![Step::Send(raw_server::json(500, &json!({ "success": false, "reason": "boom" })))]),
        ("reset", vec![Step::Reset]),
        ("closed", vec![]),
        ("truncated", vec![Step::Send(head_only(200, &[], 100)), Step::Send(b"{".to_vec())]),
    ];
    for (name, script) in scripts {
        let server = RawServer::start(move |_, _| script.clone()).await;
        let client = client_for_raw(&server);
        let posted = client.send_call_message("call-1", message()).await;
        assert!(posted.is_err(), "{name}: {posted:?}");
        let patched = client.patch_shout(ShoutRequest { message: "hi".into() }).await;
        assert!(patched.is_err(), "{name}: {patched:?}");
        let requests = server.requests();
        assert_eq!(requests.len(), 2, "{name}: one POST and one PATCH");
        assert_eq!((requests[0].method.as_str(), requests[1].method.as_str()), ("POST", "PATCH"), "{name}");
        assert_eq!(requests[0].body, br#"{"actorId":"7","message":"hello"}"#, "{name}");
    }
}

#[tokio::test]
async fn documented_error_after_retries_is_the_typed_error() {
    let server = RawServer::always(raw_server::json(500, &json!({ "success": false, "reason": "db down" }))).await;
    let result = client_for_raw(&server).get_call("call-1").await;
    match result {
        Err(Error::Api(response)) => {
            assert_eq!(response.status().as_u16(), 500);
            assert!(
                matches!(response.body(), GetCallError::InternalServerError(e) if e.reason.as_deref() == Some("db down"))
            );
        }
        other => panic!("expected Api, got {other:?}"),
    }
    assert_eq!(server.request_count(), 3);
}
