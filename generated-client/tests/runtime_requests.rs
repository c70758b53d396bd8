//! What the client puts on the wire, read as raw bytes by a local server:
//! the request target for hostile path and query values, headers that
//! cannot be injected, the `User-Agent`, per-call headers; what it hands
//! back: status and headers of every answer; and that credentials never
//! show up in `Debug`, `Display` or error values.

mod raw_server;

use std::time::Duration;

use raw_server::*;
use readmin_client::operations::*;
use readmin_client::types::*;
use readmin_client::{Client, Error, RetryPolicy, Secret};
use reqwest::header::{HeaderName, HeaderValue};

const OK: &str = r#"{"success":true}"#;

async fn ok_server() -> RawServer {
    RawServer::always(response(200, &[("content-type", "application/json")], OK)).await
}

/// The request line of a raw request, as bytes.
fn request_line(request: &RawRequest) -> String {
    let line = request.head.split(|b| *b == b'\r').next().unwrap();
    String::from_utf8(line.to_vec()).expect("the request line is ASCII")
}

/// Hostile values and how each must appear, percent-encoded, on the wire.
const HOSTILE: &[(&str, &str)] = &[
    ("a/b", "a%2Fb"),
    ("a?b=c", "a%3Fb%3Dc"),
    ("a#frag", "a%23frag"),
    ("100%", "100%25"),
    ("%2F%2e%2e", "%252F%252e%252e"),
    ("../../admin", "..%2F..%2Fadmin"),
    ("two words", "two%20words"),
    ("ünï 🚀", "%C3%BCn%C3%AF%20%F0%9F%9A%80"),
    ("x\r\nInjected: 1", "x%0D%0AInjected%3A%201"),
    ("a&b=c;d+e", "a%26b%3Dc%3Bd%2Be"),
    ("tab\there\0nul", "tab%09here%00nul"),
];

// ---------------------------------------------------------------------------
// The request target
// ---------------------------------------------------------------------------

#[tokio::test]
async fn path_values_cannot_change_the_request_target() {
    let server = ok_server().await;
    let client = client(&server, RetryPolicy::none());
    for (value, _) in HOSTILE {
        client
            .end_call(*value, EndCallRequest { actor_id: "1".into(), reason: None })
            .await
            .expect("sent and answered");
    }
    let requests = server.requests();
    assert_eq!(requests.len(), HOSTILE.len());
    for (request, (value, encoded)) in requests.iter().zip(HOSTILE) {
        assert_eq!(request_line(request), format!("PUT /calls/{encoded}/end HTTP/1.1"), "{value:?}");
        assert_eq!(request.header_values("injected"), Vec::<String>::new(), "{value:?}");
    }
}

#[tokio::test]
async fn dot_segments_and_empty_path_values_are_refused_before_anything_is_sent() {
    let server = ok_server().await;
    let client = client(&server, RetryPolicy::none());
    for value in ["..", ".", ""] {
        let error = client.get_call(value).await.expect_err("refused");
        assert!(matches!(error, Error::InvalidRequest(_)), "{value:?}: {error:?}");
        let error = client.put_role("1", value).await.expect_err("refused");
        assert!(matches!(error, Error::InvalidRequest(_)), "{value:?}: {error:?}");
    }
    assert_eq!(server.connections(), 0, "no connection was even opened");
}

#[tokio::test]
async fn query_values_cannot_add_parameters_or_change_the_target() {
    let server = ok_server().await;
    let client = client(&server, RetryPolicy::none());
    for (value, _) in HOSTILE {
        let _ = client.list_sessions().template_id(*value).cursor(*value).limit(5).await;
    }
    let requests = server.requests();
    assert_eq!(requests.len(), HOSTILE.len());
    for (request, (value, encoded)) in requests.iter().zip(HOSTILE) {
        assert_eq!(
            request_line(request),
            format!("GET /sessions/v2?templateId={encoded}&limit=5&cursor={encoded} HTTP/1.1"),
            "{value:?}"
        );
        assert_eq!(request.header_values("injected"), Vec::<String>::new(), "{value:?}");
    }
}

// ---------------------------------------------------------------------------
// Headers
// ---------------------------------------------------------------------------

#[tokio::test]
async fn header_values_with_cr_or_lf_are_typed_errors_and_nothing_is_sent() {
    let server = ok_server().await;
    for bad in ["L\r\nInjected: 1", "L\nInjected: 1", "L\rInjected", "L\0"] {
        let client = Client::builder().base_url(server.url()).loader_id(bad).build().unwrap();
        match client.get_teams().await {
            Err(Error::InvalidRequest(invalid)) => {
                let shown = format!("{invalid} {invalid:?}");
                assert!(shown.contains("loader-id"), "names the header: {shown}");
                assert!(!shown.contains(bad) && !shown.contains("Injected"), "never the value: {shown}");
            }
            other => panic!("{bad:?}: expected InvalidRequest, got {other:?}"),
        }
    }
    // A per-call header is a `HeaderValue`, which cannot hold CR or LF at all.
    assert!(HeaderValue::from_str("x\r\nInjected: 1").is_err());
    assert!(HeaderValue::from_bytes(b"x\nInjected: 1").is_err());
    // A suffix of the User-Agent is checked when the client is built.
    let error = Client::builder().user_agent_suffix("bot/1\r\nInjected: 1").build().expect_err("invalid user agent");
    assert!(error.to_string().contains("user agent"), "{error}");
    assert_eq!(server.connections(), 0, "nothing was sent");
}

#[tokio::test]
async fn user_agent_is_the_crate_name_and_version_and_can_be_extended() {
    let server = ok_server().await;
    let expected = format!("readmin-client/{}", env!("CARGO_PKG_VERSION"));
    assert_eq!(readmin_client::USER_AGENT, expected);

    client(&server, RetryPolicy::none()).get_teams().await.unwrap();
    let extended = Client::builder()
        .base_url(server.url())
        .user_agent_suffix("my-bot/1.2")
        .user_agent_suffix("(+https://example.test)")
        .build()
        .unwrap();
    extended.get_teams().await.unwrap();
    // A per-call User-Agent replaces the client's instead of adding a second one.
    extended.get_teams().header(reqwest::header::USER_AGENT, HeaderValue::from_static("other/9")).await.unwrap();

    let requests = server.requests();
    assert_eq!(requests[0].header("user-agent"), Some(expected.clone()));
    assert_eq!(requests[1].header("user-agent"), Some(format!("{expected} my-bot/1.2 (+https://example.test)")));
    assert_eq!(requests[2].header("user-agent").as_deref(), Some("other/9"));
}

#[tokio::test]
async fn per_call_headers_are_sent_on_every_attempt_of_that_call_only() {
    let server = RawServer::start(|index, _| {
        vec![Step::Send(if index == 0 {
            response(503, &[], "")
        } else {
            response(200, &[("content-type", "application/json")], OK)
        })]
    })
    .await;
    let client = client(&server, fast_retries(2));
    let request_id = HeaderName::from_static("x-request-id");
    client
        .get_teams()
        .header(request_id.clone(), HeaderValue::from_static("req-1"))
        .header(HeaderName::from_static("x-tag"), HeaderValue::from_static("a"))
        .header(HeaderName::from_static("x-tag"), HeaderValue::from_static("b"))
        .await
        .expect("second attempt succeeds");
    client.get_teams().await.unwrap();
    // A per-call header replaces the client's own header of that name.
    client
        .get_teams()
        .header(reqwest::header::ACCEPT, HeaderValue::from_static("application/vnd.test+json"))
        .await
        .unwrap();

    let requests = server.requests();
    assert_eq!(requests.len(), 4);
    for attempt in &requests[..2] {
        assert_eq!(attempt.header("x-request-id").as_deref(), Some("req-1"));
        assert_eq!(attempt.header_values("x-tag"), ["a", "b"], "both values of a repeated header");
        assert_eq!(attempt.header("loader-id").as_deref(), Some(LOADER_ID));
    }
    assert_eq!(requests[2].header("x-request-id"), None, "per-call headers stay with their call");
    assert_eq!(requests[2].header("accept").as_deref(), Some("application/json"));
    assert_eq!(requests[3].header("accept").as_deref(), Some("application/vnd.test+json"));
}

#[tokio::test]
async fn only_the_operations_credential_is_sent() {
    let server = ok_server().await;
    let client = client(&server, RetryPolicy::none());
    let _ = client.get_ranking_key().await;
    let _ = client.get_teams().await;
    let requests = server.requests();
    assert_eq!((requests[0].header("api-key"), requests[0].header("loader-id")), (Some(API_KEY.to_owned()), None));
    assert_eq!((requests[1].header("api-key"), requests[1].header("loader-id")), (None, Some(LOADER_ID.to_owned())));
    let content_types: Vec<String> = requests.iter().flat_map(|r| r.header_values("content-type")).collect();
    assert!(content_types.is_empty(), "no body, no content type: {content_types:?}");
}

#[tokio::test]
async fn body_and_content_type_are_sent_once() {
    let server = ok_server().await;
    let client = client(&server, RetryPolicy::none());
    client.end_call("call-1", EndCallRequest { actor_id: "1".into(), reason: Some("done".into()) }).await.unwrap();
    let request = server.only_request();
    assert_eq!(request.header("content-type").as_deref(), Some("application/json"));
    let body = br#"{"actorId":"1","reason":"done"}"#;
    assert_eq!(request.header("content-length"), Some(body.len().to_string()));
    assert_eq!(request.body, body);
}

// ---------------------------------------------------------------------------
// Raw response access
// ---------------------------------------------------------------------------

#[tokio::test]
async fn status_and_headers_of_a_success_are_available() {
    let server = RawServer::always(response(
        200,
        &[("content-type", "application/json"), ("x-request-id", "req-9"), ("x-ratelimit-remaining", "41")],
        r#"{"success":true,"teams":[]}"#,
    ))
    .await;
    let client = client(&server, RetryPolicy::none());
    let teams = client.get_teams().await.expect("success");
    assert_eq!(teams.status().as_u16(), 200);
    assert_eq!(teams.headers().get("x-request-id").unwrap(), "req-9");
    assert_eq!(teams.headers()["x-ratelimit-remaining"], "41");
    assert_eq!(teams.success, Some(true), "Deref to the body");
    let (status, headers, body) = teams.into_parts();
    assert_eq!((status.as_u16(), headers.len() >= 3, body.teams), (200, true, Some(vec![])));
}

#[tokio::test]
async fn status_and_headers_of_every_error_are_available() {
    let server = RawServer::always(response(
        404,
        &[("content-type", "application/json"), ("x-request-id", "req-404")],
        r#"{"success":false,"reason":"no call"}"#,
    ))
    .await;
    let client = client(&server, RetryPolicy::none());
    match client.get_call("call-1").await {
        Err(Error::Api(response)) => {
            assert_eq!(response.status().as_u16(), 404);
            assert_eq!(response.headers().get("x-request-id").unwrap(), "req-404");
            assert!(
                matches!(response.body(), GetCallError::NotFound(NotFound { reason: Some(r), .. }) if r == "no call")
            );
        }
        other => panic!("expected Api, got {other:?}"),
    }

    let server =
        RawServer::always(response(418, &[("content-type", "text/plain"), ("x-request-id", "req-418")], "teapot"))
            .await;
    let error = client_of(&server).get_call("call-1").await.expect_err("418");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(418));
    assert_eq!(error.headers().unwrap().get("x-request-id").unwrap(), "req-418");
    let Error::UnexpectedStatus(raw) = error else { panic!("expected UnexpectedStatus") };
    assert_eq!(&raw.body[..], b"teapot");

    let server =
        RawServer::always(response(200, &[("content-type", "application/json"), ("x-request-id", "req-bad")], "{"))
            .await;
    let error = client_of(&server).get_call("call-1").await.expect_err("bad json");
    assert_eq!(error.headers().unwrap().get("x-request-id").unwrap(), "req-bad");

    // No answer (the connection is refused): no status, no headers, but the operation.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    let refused = Client::builder().base_url(format!("http://{closed}")).retry(RetryPolicy::none()).build().unwrap();
    let error: Error<GetCallError> = refused.get_call("call-1").await.expect_err("refused");
    let operation = error.call_site().map(|call| (call.operation(), call.method().as_str(), call.path_template()));
    assert_eq!((error.status(), error.headers().is_none()), (None, true), "no answer, no status");
    assert_eq!(operation, Some(("getCall", "GET", "/calls/{callId}")));
}

fn client_of(server: &RawServer) -> Client {
    client(server, RetryPolicy::none())
}

// ---------------------------------------------------------------------------
// Credential hygiene
// ---------------------------------------------------------------------------

#[tokio::test]
async fn credentials_never_appear_in_debug_display_or_errors() {
    let builder = Client::builder().loader_id(LOADER_ID).api_key(API_KEY).timeout(Some(Duration::from_millis(100)));
    let mut shown =
        vec![format!("{builder:?}"), format!("{:?}", Secret::new(LOADER_ID)), format!("{:?}", Secret::from(API_KEY))];

    let scripts: Vec<Vec<Step>> = vec![
        vec![Step::Send(response(500, &[("content-type", "application/json")], r#"{"success":false}"#))],
        vec![Step::Send(response(418, &[], "nope"))],
        vec![Step::Send(response(200, &[("content-type", "application/json")], "{"))],
        vec![Step::Reset],
        vec![Step::Sleep(Duration::from_secs(2))],
        vec![Step::Send(head_only(200, &[], 10_000_000))],
    ];
    for script in scripts {
        let server = RawServer::start(move |_, _| script.clone()).await;
        let client = Client::builder()
            .base_url(server.url())
            .loader_id(LOADER_ID)
            .api_key(API_KEY)
            .timeout(Some(Duration::from_millis(200)))
            .max_response_bytes(1000)
            .retry(RetryPolicy::none())
            .build()
            .unwrap();
        shown.push(format!("{client:?} {client:#?}"));
        let error = client.get_call("call-1").await.expect_err("fails");
        shown.push(format!("{error} {error:?} {error:#?}"));
        let mut source = std::error::Error::source(&error);
        while let Some(inner) = source {
            shown.push(format!("{inner} {inner:?}"));
            source = inner.source();
        }
        let error = client.get_ranking_key().await.expect_err("fails");
        shown.push(format!("{error} {error:?}"));
        assert_eq!(
            server.requests().iter().filter(|r| r.header("loader-id").as_deref() == Some(LOADER_ID)).count(),
            1,
            "the credential was sent"
        );
    }
    let invalid = Client::builder()
        .loader_id(format!("{LOADER_ID}\r\n"))
        .build()
        .unwrap()
        .get_teams()
        .await
        .expect_err("invalid");
    shown.push(format!("{invalid} {invalid:?}"));

    for text in shown {
        assert!(!text.contains(LOADER_ID) && !text.contains(API_KEY), "a credential leaked: {text}");
    }
}
