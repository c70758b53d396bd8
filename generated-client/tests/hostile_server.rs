//! The misbehaving-server matrix: the client against a small server of ours
//! on 127.0.0.1 (raw TCP, `raw_server`) that answers badly in every way a
//! hostile or broken network does: malformed, truncated, foreign and huge
//! bodies, resets, conflicting lengths, slow heads and dripping bodies,
//! rate limits with every form of `Retry-After`, redirect loops and
//! redirects to other origins and schemes, endless pagination, and the
//! caller's own reqwest clients.
//!
//! Each case asserts the exact `Error` variant (or success), how many
//! attempts the server saw, and that the call finished within its bound. The
//! bound is a generous limit on the case, so that a hang fails instead of
//! stalling the suite; it is not a performance assertion.

mod raw_server;

use std::future::IntoFuture;
use std::time::{Duration, Instant, SystemTime};

use futures::StreamExt as _;
use raw_server::*;
use readmin_client::types::*;
use readmin_client::{Client, ClientBuilder, Error, HeaderName, HeaderValue, RetryPolicy, Timeout, MAX_EMPTY_PAGES};
use serde_json::json;

const TEAMS: &str = r#"{"success":true,"teams":[{"id":"t1","name":"Alpha"}]}"#;

/// The limit every case must finish within unless it says otherwise.
const BOUND: Duration = Duration::from_secs(10);

/// Runs `call`, failing the case if it takes longer than `bound`.
async fn bounded<T>(bound: Duration, call: impl IntoFuture<Output = T>) -> T {
    let started = Instant::now();
    let output = tokio::time::timeout(bound, call.into_future())
        .await
        .unwrap_or_else(|_| panic!("the case did not finish within its bound of {bound:?}"));
    assert!(started.elapsed() <= bound);
    output
}

/// A client of `server` with both credentials, fast retries (`retries` of
/// them), and whatever else `configure` sets.
fn client_with(server: &RawServer, retries: u32, configure: impl FnOnce(ClientBuilder) -> ClientBuilder) -> Client {
    let builder =
        Client::builder().base_url(server.url()).loader_id(LOADER_ID).api_key(API_KEY).retry(fast_retries(retries));
    configure(builder).build().expect("client builds")
}

fn teams() -> Vec<u8> {
    response(200, &[("content-type", "application/json")], TEAMS)
}

/// Asserts that neither credential appears in the error's `Display` or `Debug`.
fn assert_no_secret<E: std::fmt::Debug>(error: &Error<E>) {
    let shown = format!("{error} {error:?} {error:#?}");
    assert!(!shown.contains(LOADER_ID) && !shown.contains(API_KEY), "error output leaks a credential: {shown}");
}

/// A response head and body sent in `pieces` pieces, `every` apart.
fn dripping(head: Vec<u8>, body: &[u8], pieces: usize, every: Duration) -> Vec<Step> {
    let mut steps = vec![Step::Send(head)];
    for piece in body.chunks(body.len().div_ceil(pieces)) {
        steps.push(Step::Sleep(every));
        steps.push(Step::Send(piece.to_vec()));
    }
    steps
}

// ---------------------------------------------------------------------------
// Bodies that are not what the document says
// ---------------------------------------------------------------------------

#[tokio::test]
async fn malformed_json_is_a_decode_error_sent_once() {
    let server = RawServer::always(response(200, &[("content-type", "application/json")], r#"{"success": tru"#)).await;
    let result = bounded(BOUND, client_with(&server, 2, |b| b).get_teams()).await;
    assert!(matches!(&result, Err(Error::Decode(decode)) if decode.status == 200), "{result:?}");
    assert_eq!(server.request_count(), 1);
}

#[tokio::test]
async fn plain_text_instead_of_json_is_a_decode_error_quoting_it() {
    let server = RawServer::always(response(200, &[("content-type", "text/plain")], "upstream said no")).await;
    let error = bounded(BOUND, client_with(&server, 2, |b| b).get_teams()).await.expect_err("not JSON");
    assert!(matches!(&error, Error::Decode(_)), "{error:?}");
    assert!(error.to_string().contains("\"upstream said no\""), "{error}");
    assert_eq!(server.request_count(), 1);
}

#[tokio::test]
async fn an_html_maintenance_page_is_a_decode_error_quoting_its_text() {
    let page = "<!DOCTYPE html><html><head><title>Down</title></head><body><h1>Back   soon</h1></body></html>";
    let server = RawServer::always(response(200, &[("content-type", "text/html")], page)).await;
    let error = bounded(BOUND, client_with(&server, 2, |b| b).get_teams()).await.expect_err("not JSON");
    assert!(matches!(&error, Error::Decode(_)), "{error:?}");
    let shown = error.to_string();
    assert!(shown.contains("text/html") && shown.contains("\"Down Back soon\""), "{shown}");
    assert_eq!(server.request_count(), 1);
}

#[tokio::test]
async fn an_html_502_is_retried_then_unexpected_with_its_text() {
    let page = "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>";
    let server = RawServer::always(response(502, &[("content-type", "text/html")], page)).await;
    let error = bounded(BOUND, client_with(&server, 2, |b| b).get_teams()).await.expect_err("502");
    assert!(
        matches!(&error, Error::UnexpectedStatus(raw) if raw.status == 502 && raw.body == page.as_bytes()),
        "{error:?}"
    );
    assert!(error.to_string().contains("502 Bad Gateway nginx"), "{error}");
    assert_eq!(server.request_count(), 3);
    assert_no_secret(&error);
}

#[tokio::test]
async fn a_body_cut_short_is_a_transport_error_retried() {
    let server = RawServer::start(|_, _| {
        vec![
            Step::Send(head_only(200, &[("content-type", "application/json")], TEAMS.len())),
            Step::Send(TEAMS.as_bytes()[..12].to_vec()),
        ]
    })
    .await;
    let result = bounded(BOUND, client_with(&server, 2, |b| b).get_teams()).await;
    assert!(matches!(&result, Err(Error::Transport { .. })), "{result:?}");
    assert_eq!(server.request_count(), 3);
}

#[tokio::test]
async fn a_reset_mid_body_is_a_transport_error_retried() {
    let server = RawServer::start(|_, _| {
        vec![
            Step::Send(head_only(200, &[("content-type", "application/json")], TEAMS.len())),
            Step::Send(TEAMS.as_bytes()[..12].to_vec()),
            Step::Reset,
        ]
    })
    .await;
    let result = bounded(BOUND, client_with(&server, 2, |b| b).get_teams()).await;
    assert!(matches!(&result, Err(Error::Transport { .. })), "{result:?}");
    assert_eq!(server.request_count(), 3);
}

#[tokio::test]
async fn conflicting_content_lengths_are_a_transport_error() {
    let head = format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\ncontent-length: 3\r\nconnection: close\r\n\r\n{TEAMS}", TEAMS.len());
    let server = RawServer::always(head.into_bytes()).await;
    let result = bounded(BOUND, client_with(&server, 2, |b| b).get_teams()).await;
    assert!(matches!(&result, Err(Error::Transport { .. })), "{result:?}");
    assert_eq!(server.request_count(), 3, "a response that does not parse is retried like a broken connection");
}

#[tokio::test]
async fn a_body_without_content_length_ends_with_the_connection() {
    let server = RawServer::always(
        format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n{TEAMS}").into_bytes(),
    )
    .await;
    let teams =
        bounded(BOUND, client_with(&server, 2, |b| b).get_teams()).await.expect("a close-delimited body is complete");
    assert_eq!(teams.teams.as_ref().map(Vec::len), Some(1));
    assert_eq!(server.request_count(), 1);
}

#[tokio::test]
async fn an_empty_body_for_a_documented_json_success_is_a_decode_error() {
    let server = RawServer::always(response(200, &[("content-type", "application/json")], "")).await;
    let result = bounded(BOUND, client_with(&server, 2, |b| b).get_teams()).await;
    assert!(matches!(&result, Err(Error::Decode(decode)) if decode.body.is_empty()), "{result:?}");
    assert_eq!(server.request_count(), 1);
}

// ---------------------------------------------------------------------------
// Slow servers, timeouts and the call's deadline
// ---------------------------------------------------------------------------

#[tokio::test]
async fn a_slow_head_times_out_each_attempt() {
    let server = RawServer::start(|_, _| vec![Step::Sleep(Duration::from_secs(5)), Step::Send(teams())]).await;
    let client = client_with(&server, 1, |b| b.timeout(Some(Duration::from_millis(200))));
    let result = bounded(Duration::from_secs(3), client.get_teams()).await;
    assert!(
        matches!(&result, Err(Error::Timeout { timeout: Timeout::Attempt(limit), .. }) if *limit == Duration::from_millis(200)),
        "{result:?}"
    );
    assert_eq!(server.request_count(), 2);
}

#[tokio::test]
async fn a_dripping_body_times_out_its_attempt() {
    let server = RawServer::start(|_, _| {
        dripping(
            head_only(200, &[("content-type", "application/json")], TEAMS.len()),
            TEAMS.as_bytes(),
            20,
            Duration::from_millis(100),
        )
    })
    .await;
    let client = client_with(&server, 1, |b| b.timeout(Some(Duration::from_millis(300))));
    let result = bounded(Duration::from_secs(3), client.get_teams()).await;
    assert!(matches!(&result, Err(Error::Timeout { timeout: Timeout::Attempt(_), .. })), "{result:?}");
    assert_eq!(server.request_count(), 2);
}

#[tokio::test]
async fn the_deadline_bounds_the_whole_call_across_attempts() {
    // Each attempt could take 300 ms and there are 5 retries, but the call has 500 ms.
    let server = RawServer::start(|_, _| vec![Step::Sleep(Duration::from_secs(5)), Step::Send(teams())]).await;
    let client = client_with(&server, 5, |b| b.timeout(Some(Duration::from_millis(300))));
    let started = Instant::now();
    let result = bounded(Duration::from_secs(3), client.get_teams().deadline(Duration::from_millis(500))).await;
    assert!(
        matches!(&result, Err(Error::Timeout { timeout: Timeout::Deadline(limit), .. }) if *limit == Duration::from_millis(500)),
        "{result:?}"
    );
    let message = result.unwrap_err().to_string();
    assert_eq!(message, "`getTeams` (GET /teams): the call ran past its deadline of 500ms");
    assert!(started.elapsed() >= Duration::from_millis(500));
    assert_eq!(server.request_count(), 2, "the second attempt ran into the deadline");
}

#[tokio::test]
async fn the_deadline_bounds_a_body_that_drips_forever_without_a_timeout() {
    let body = vec![b' '; 100_000];
    let server = RawServer::start(move |_, _| {
        dripping(
            head_only(200, &[("content-type", "application/json")], body.len()),
            &body,
            1000,
            Duration::from_millis(50),
        )
    })
    .await;
    let client = client_with(&server, 2, |b| b.timeout(None).deadline(Some(Duration::from_millis(400))));
    let result = bounded(Duration::from_secs(3), client.get_teams()).await;
    assert!(matches!(&result, Err(Error::Timeout { timeout: Timeout::Deadline(_), .. })), "{result:?}");
    assert_eq!(server.request_count(), 1);
}

#[tokio::test]
async fn the_defaults_bound_every_call() {
    assert_eq!(readmin_client::DEFAULT_TIMEOUT, Duration::from_secs(30));
    assert_eq!(readmin_client::DEFAULT_DEADLINE, Duration::from_secs(60));
    let debug = format!("{:?}", Client::builder().build().expect("builds"));
    assert!(debug.contains("deadline: Some(60s)"), "{debug}");
}

// ---------------------------------------------------------------------------
// Rate limits and Retry-After
// ---------------------------------------------------------------------------

/// `failures` answers of `status` with `headers`, then the teams.
async fn failing(failures: usize, status: u16, headers: Vec<(String, String)>) -> RawServer {
    RawServer::start(move |index, _| {
        let headers: Vec<(&str, &str)> = headers.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
        vec![Step::Send(if index < failures { response(status, &headers, "slow down") } else { teams() })]
    })
    .await
}

fn retry_after(value: String) -> Vec<(String, String)> {
    vec![("retry-after".to_owned(), value)]
}

#[tokio::test]
async fn a_429_with_retry_after_in_seconds_waits_then_succeeds() {
    let server = failing(1, 429, retry_after("1".to_owned())).await;
    let client =
        client_with(&server, 2, |b| b.retry(RetryPolicy { max_backoff: Duration::from_secs(5), ..fast_retries(2) }));
    let started = Instant::now();
    bounded(BOUND, client.get_teams()).await.expect("the second attempt succeeds");
    assert!(started.elapsed() >= Duration::from_millis(900), "waited as asked: {:?}", started.elapsed());
    assert_eq!(server.request_count(), 2);
}

#[tokio::test]
async fn a_503_with_retry_after_as_an_http_date_waits_then_succeeds() {
    // A wait of 2 to 3 s at one-second resolution, less a busy machine's delay.
    let date = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(3));
    let server = failing(1, 503, retry_after(date)).await;
    let client =
        client_with(&server, 2, |b| b.retry(RetryPolicy { max_backoff: Duration::from_secs(5), ..fast_retries(2) }));
    let started = Instant::now();
    bounded(BOUND, client.get_teams()).await.expect("the second attempt succeeds");
    assert!(started.elapsed() >= Duration::from_millis(500), "waited until the date: {:?}", started.elapsed());
    assert_eq!(server.request_count(), 2);
}

#[tokio::test]
async fn a_retry_after_beyond_the_deadline_returns_the_answer_at_once() {
    let server = failing(usize::MAX, 503, retry_after("3600".to_owned())).await;
    let client = client_with(&server, 2, |b| {
        b.retry(RetryPolicy { max_backoff: Duration::from_secs(30), ..fast_retries(2) })
            .deadline(Some(Duration::from_secs(2)))
    });
    let started = Instant::now();
    let result = bounded(BOUND, client.get_teams()).await;
    assert!(matches!(&result, Err(Error::UnexpectedStatus(raw)) if raw.status == 503), "{result:?}");
    assert!(started.elapsed() < Duration::from_secs(2), "no wait that cannot end before the deadline");
    assert_eq!(server.request_count(), 1);
}

#[tokio::test]
async fn rate_limiting_that_never_ends_runs_out_of_retries() {
    let server = failing(usize::MAX, 429, retry_after("0".to_owned())).await;
    let result = bounded(BOUND, client_with(&server, 2, |b| b).get_teams()).await;
    assert!(matches!(&result, Err(Error::UnexpectedStatus(raw)) if raw.status == 429), "{result:?}");
    assert!(result.unwrap_err().to_string().contains("\"slow down\""));
    assert_eq!(server.request_count(), 3);
}

// ---------------------------------------------------------------------------
// Huge and endless bodies
// ---------------------------------------------------------------------------

const LIMIT: usize = 64 * 1024;

#[tokio::test]
async fn an_announced_endless_body_is_refused_from_its_content_length() {
    let server = RawServer::start(|_, _| {
        vec![
            Step::Send(head_only(200, &[("content-type", "application/json")], usize::MAX / 2)),
            Step::Flood { chunk: vec![b'x'; 8192], total: 1 << 40 },
        ]
    })
    .await;
    let result = bounded(BOUND, client_with(&server, 2, |b| b.max_response_bytes(LIMIT)).get_teams()).await;
    assert!(matches!(&result, Err(Error::BodyTooLarge { status, limit: LIMIT, .. }) if *status == 200), "{result:?}");
    assert!(result.unwrap_err().to_string().starts_with("`getTeams` (GET /teams): the body of the 200 OK response"));
    assert_eq!(server.request_count(), 1);
}

#[tokio::test]
async fn an_endless_chunked_body_is_cut_at_the_limit() {
    let chunk = [b"2000\r\n".as_slice(), &[b'x'; 0x2000], b"\r\n"].concat();
    let server = RawServer::start(move |_, _| {
        let head = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n".to_vec();
        vec![Step::Send(head), Step::Flood { chunk: chunk.clone(), total: 1 << 40 }]
    })
    .await;
    let result = bounded(BOUND, client_with(&server, 2, |b| b.max_response_bytes(LIMIT)).get_teams()).await;
    assert!(matches!(&result, Err(Error::BodyTooLarge { limit: LIMIT, .. })), "{result:?}");
    assert_eq!(server.request_count(), 1);
}

#[tokio::test]
async fn an_endless_body_without_length_or_chunks_is_cut_at_the_limit() {
    let server = RawServer::start(|_, _| {
        vec![
            Step::Send(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n".to_vec()),
            Step::Flood { chunk: vec![b' '; 8192], total: 1 << 40 },
        ]
    })
    .await;
    let result = bounded(BOUND, client_with(&server, 2, |b| b.max_response_bytes(LIMIT)).get_teams()).await;
    assert!(matches!(&result, Err(Error::BodyTooLarge { limit: LIMIT, .. })), "{result:?}");
    assert_eq!(server.request_count(), 1);
}

#[tokio::test]
async fn an_oversized_503_is_retried_like_any_other() {
    let server = RawServer::start(|index, _| {
        vec![Step::Send(if index == 0 {
            response(503, &[("content-type", "text/html")], vec![b'x'; 4 * LIMIT])
        } else {
            teams()
        })]
    })
    .await;
    let result = bounded(BOUND, client_with(&server, 2, |b| b.max_response_bytes(LIMIT)).get_teams()).await;
    assert!(result.is_ok(), "{result:?}");
    assert_eq!(server.request_count(), 2);

    // When the retries run out, the error says which status was too large.
    let server = RawServer::always(response(503, &[("content-type", "text/html")], vec![b'x'; 4 * LIMIT])).await;
    let result = bounded(BOUND, client_with(&server, 2, |b| b.max_response_bytes(LIMIT)).get_teams()).await;
    assert!(matches!(&result, Err(Error::BodyTooLarge { status, limit: LIMIT, .. }) if *status == 503), "{result:?}");
    assert_eq!(result.unwrap_err().status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.request_count(), 3);
}

// ---------------------------------------------------------------------------
// Redirects
// ---------------------------------------------------------------------------

/// A server that redirects every request to `location` with `status`.
async fn redirecting(status: u16, location: String) -> RawServer {
    RawServer::start(move |_, _| vec![Step::Send(response(status, &[("location", &location)], ""))]).await
}

#[tokio::test]
async fn a_redirect_loop_stops_after_ten_redirects() {
    let server =
        RawServer::start(|_, request| vec![Step::Send(response(302, &[("location", request.path())], ""))]).await;
    let result = bounded(BOUND, client_with(&server, 2, |b| b).get_teams()).await;
    assert!(matches!(&result, Err(Error::UnexpectedStatus(raw)) if raw.status == 302), "{result:?}");
    assert_eq!(server.request_count(), 11, "the request and ten redirects, once: a 3xx is not retried");
}

#[tokio::test]
async fn a_redirect_within_the_origin_is_followed_with_the_credentials() {
    let server = RawServer::start(|_, request| {
        vec![Step::Send(if request.path() == "/teams" {
            response(307, &[("location", "/v2/teams")], "")
        } else {
            teams()
        })]
    })
    .await;
    bounded(BOUND, client_with(&server, 2, |b| b).get_teams()).await.expect("followed");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[1].path(), "/v2/teams");
    assert_eq!(requests[1].header("loader-id").as_deref(), Some(LOADER_ID));
}

#[tokio::test]
async fn a_redirect_to_another_origin_is_returned_not_followed() {
    let elsewhere = RawServer::always(teams()).await;
    for status in [301, 302, 303, 307, 308] {
        let api = redirecting(status, format!("{}/collect", elsewhere.url())).await;
        let result = bounded(BOUND, client_with(&api, 2, |b| b).get_teams()).await;
        assert!(matches!(&result, Err(Error::UnexpectedStatus(raw)) if raw.status == status), "{status}: {result:?}");
        assert_eq!(api.request_count(), 1);
    }
    assert_eq!(elsewhere.request_count(), 0, "nothing reached the other origin");
}

#[tokio::test]
async fn a_redirect_to_another_scheme_is_another_origin() {
    let api = RawServer::start(|_, request| {
        let host = request.header("host").unwrap_or_default();
        vec![Step::Send(response(302, &[("location", &format!("https://{host}/teams"))], ""))]
    })
    .await;
    let result = bounded(BOUND, client_with(&api, 2, |b| b).get_teams()).await;
    assert!(matches!(&result, Err(Error::UnexpectedStatus(raw)) if raw.status == 302), "{result:?}");
    assert_eq!(api.request_count(), 1, "not followed to https on the same host and port");
}

// ---------------------------------------------------------------------------
// The caller's own reqwest client
// ---------------------------------------------------------------------------

#[tokio::test]
async fn a_callers_reqwest_client_never_follows_a_redirect_to_another_origin() {
    let elsewhere = RawServer::always(teams()).await;
    let api = redirecting(302, format!("{}/collect", elsewhere.url())).await;
    // The caller's policy would follow anything; ours replaces it.
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::limited(10));
    let client = client_with(&api, 2, |b| b.http_client(http));
    let result = bounded(BOUND, client.get_teams()).await;
    assert!(matches!(&result, Err(Error::UnexpectedStatus(raw)) if raw.status == 302), "{result:?}");
    assert_eq!(elsewhere.request_count(), 0, "the API key did not reach the other origin");
    assert_eq!(api.request_count(), 1);
}

#[tokio::test]
async fn a_timeout_of_the_callers_reqwest_client_is_reported_as_its_own() {
    let server = RawServer::start(|_, _| vec![Step::Sleep(Duration::from_secs(5)), Step::Send(teams())]).await;
    let http = reqwest::Client::builder().timeout(Duration::from_millis(200));
    let client = client_with(&server, 1, |b| b.http_client(http));
    let error = bounded(Duration::from_secs(3), client.get_teams()).await.expect_err("times out");
    assert!(matches!(&error, Error::Timeout { timeout: Timeout::HttpClient, .. }), "{error:?}");
    assert!(!error.to_string().contains("30s"), "no claim of a limit that did not fire: {error}");
    assert_eq!(server.request_count(), 2, "retried like any timeout");
}

#[tokio::test]
async fn a_callers_reqwest_client_carries_the_requests() {
    let server = RawServer::always(teams()).await;
    let http = reqwest::Client::builder().default_headers(
        [(HeaderName::from_static("x-tenant"), HeaderValue::from_static("t-9"))].into_iter().collect(),
    );
    let client = client_with(&server, 2, |b| b.http_client(http));
    bounded(BOUND, client.get_teams()).await.expect("succeeds");
    let request = server.only_request();
    assert_eq!(request.header("x-tenant").as_deref(), Some("t-9"));
    assert_eq!(request.header("loader-id").as_deref(), Some(LOADER_ID));
}

// ---------------------------------------------------------------------------
// Other schemes and endless pagination
// ---------------------------------------------------------------------------

#[tokio::test]
async fn https_to_a_server_that_does_not_speak_tls_is_a_transport_error() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let address = listener.local_addr().expect("address");
    let connections = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counted = connections.clone();
    tokio::spawn(async move {
        use tokio::io::AsyncWriteExt as _;
        while let Ok((mut stream, _)) = listener.accept().await {
            counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n").await;
        }
    });
    let client = Client::builder()
        .base_url(format!("https://{address}"))
        .loader_id(LOADER_ID)
        .retry(fast_retries(2))
        .build()
        .expect("builds");
    let error = bounded(BOUND, client.get_teams()).await.expect_err("no TLS there");
    assert!(matches!(&error, Error::Transport { error: e, .. } if e.is_connect()), "{error:?}");
    assert_no_secret(&error);
    assert_eq!(
        connections.load(std::sync::atomic::Ordering::SeqCst),
        3,
        "a failed handshake is retried like a failed connection"
    );
}

#[tokio::test]
async fn empty_pages_with_fresh_cursors_end_the_stream_with_an_error() {
    let server = RawServer::start(|index, _| {
        vec![Step::Send(raw_server::json(200, &json!({ "success": true, "data": [], "pagination": { "hasMore": true, "nextCursor": format!("c{index}") } })))]
    })
    .await;
    let client = client_with(&server, 0, |b| b);
    let items: Vec<Result<SessionV2, _>> = bounded(BOUND, client.list_sessions().into_stream().collect()).await;
    assert_eq!(items.len(), 1, "no item, then the error: {items:?}");
    match &items[0] {
        Err(Error::Pagination(error)) => {
            assert_eq!((error.operation(), error.empty_pages()), ("listSessions", MAX_EMPTY_PAGES));
            assert!(Error::<()>::Pagination(error.clone()).to_string().contains("listSessions"));
        }
        other => panic!("expected Error::Pagination, got {other:?}"),
    }
    assert_eq!(server.request_count(), MAX_EMPTY_PAGES);
}

#[tokio::test]
async fn a_few_empty_pages_between_full_ones_are_followed() {
    let server = RawServer::start(|index, _| {
        let data = if index % 5 == 4 { json!([{ "id": format!("s{index}") }]) } else { json!([]) };
        let more = index < 14;
        vec![Step::Send(raw_server::json(200, &json!({ "success": true, "data": data, "pagination": { "hasMore": more, "nextCursor": format!("c{index}") } })))]
    })
    .await;
    let client = client_with(&server, 0, |b| b);
    let items: Vec<Result<SessionV2, _>> = bounded(BOUND, client.list_sessions().into_stream().collect()).await;
    assert_eq!(items.len(), 3, "{items:?}");
    assert!(items.iter().all(Result::is_ok));
    assert_eq!(server.request_count(), 15);
}

// ---------------------------------------------------------------------------
// Credentials in what the client prints
// ---------------------------------------------------------------------------

#[tokio::test]
async fn a_per_call_header_value_is_never_shown() {
    const PER_CALL: &str = "per-call-secret-55";
    let server = RawServer::always(response(
        401,
        &[("content-type", "application/json")],
        format!(r#"{{"message":"bad key {PER_CALL}"}}"#),
    ))
    .await;
    let client = client_with(&server, 0, |b| b);
    let builder = client.get_teams().header(HeaderName::from_static("loader-id"), HeaderValue::from_static(PER_CALL));
    let shown = format!("{builder:?}");
    assert!(!shown.contains(PER_CALL) && shown.contains("loader-id"), "the name only: {shown}");
    let error = bounded(BOUND, builder).await.expect_err("401");
    let shown = format!("{error} {error:?}");
    assert!(shown.contains("bad key ***") && !shown.contains(PER_CALL), "{shown}");
    assert_eq!(
        server.only_request().header("loader-id").as_deref(),
        Some(PER_CALL),
        "still sent, replacing the client's"
    );
}

#[tokio::test]
async fn a_password_in_the_base_url_is_sent_as_basic_auth_and_never_shown() {
    const PASSWORD: &str = "pw-secret-77";
    let server = RawServer::always(teams()).await;
    let with_userinfo = server.url().replace("http://", &format!("http://user:{PASSWORD}@"));
    let builder = Client::builder().base_url(format!("{with_userinfo}/")).loader_id(LOADER_ID);
    let shown = format!("{builder:?}");
    assert!(!shown.contains(PASSWORD) && shown.contains("http://***@127.0.0.1"), "builder: {shown}");
    let client = builder.build().expect("builds");
    let shown = format!("{client:?} {}", client.base_url());
    assert!(!shown.contains(PASSWORD) && !shown.contains("user"), "client: {shown}");
    let error =
        Client::builder().base_url(format!("{with_userinfo}/?query")).build().expect_err("a query is not allowed");
    assert!(!error.to_string().contains(PASSWORD) && error.to_string().contains("***@"), "build error: {error}");

    bounded(BOUND, client.get_teams()).await.expect("succeeds");
    let request = server.only_request();
    // base64("user:pw-secret-77")
    assert_eq!(request.header("authorization").as_deref(), Some("Basic dXNlcjpwdy1zZWNyZXQtNzc="));
    assert!(!String::from_utf8_lossy(&request.head).contains(PASSWORD), "not in the request line");
}

#[tokio::test]
async fn a_server_that_echoes_the_credential_is_not_quoted() {
    let server = RawServer::always(response(
        401,
        &[("content-type", "application/json")],
        format!(r#"{{"error":{{"message":"key {LOADER_ID} is not valid here"}}}}"#),
    ))
    .await;
    let error = bounded(BOUND, client_with(&server, 0, |b| b).get_teams()).await.expect_err("401");
    assert!(error.to_string().contains("\"key *** is not valid here\""), "{error}");
    assert_no_secret(&error);
    let raw = error.raw_body().expect("the bytes are kept");
    assert!(String::from_utf8_lossy(raw).contains(LOADER_ID), "the raw body is the server's, untouched");
}
