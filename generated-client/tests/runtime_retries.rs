//! Retries and timeouts against a raw local server: which statuses and
//! methods are retried, how many times, how long the client waits
//! (exponential backoff with jitter, `Retry-After` in seconds or as an HTTP
//! date, capped), and per-client and per-call configuration. The server's
//! arrival times measure the waits.

mod raw_server;

use std::time::{Duration, Instant};

use raw_server::*;
use readmin_client::types::*;
use readmin_client::{Client, Error, RetryPolicy, Timeout, DEFAULT_TIMEOUT};

const TEAMS: &str = r#"{"success":true,"teams":[]}"#;

/// Gaps between the arrivals of consecutive requests.
fn gaps(server: &RawServer) -> Vec<Duration> {
    server.requests().windows(2).map(|pair| pair[1].received_at - pair[0].received_at).collect()
}

/// A server answering `status` (with `headers`) to the first `failures`
/// requests and the teams list after that.
async fn failing(failures: usize, status: u16, headers: &'static [(&'static str, &'static str)]) -> RawServer {
    RawServer::start(move |index, _| {
        vec![Step::Send(if index < failures {
            response(status, headers, "")
        } else {
            response(200, &[("content-type", "application/json")], TEAMS)
        })]
    })
    .await
}

fn message() -> SendCallMessageRequest {
    SendCallMessageRequest { actor_id: "7".into(), message: "hello".into() }
}

// ---------------------------------------------------------------------------
// What is retried
// ---------------------------------------------------------------------------

#[tokio::test]
async fn retryable_statuses_are_retried_twice_by_default() {
    for status in [408, 429, 500, 502, 503, 504] {
        let server = failing(usize::MAX, status, &[]).await;
        let error = client(&server, fast_retries(RetryPolicy::default().max_retries))
            .get_teams()
            .await
            .expect_err("always fails");
        assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(server.request_count(), 3, "status {status}: one attempt and two retries");
    }
}

#[tokio::test]
async fn other_statuses_are_not_retried() {
    for status in [400, 401, 403, 404, 409, 418, 422] {
        let server = failing(usize::MAX, status, &[]).await;
        let error = client(&server, fast_retries(2)).get_teams().await.expect_err("fails");
        assert_eq!(error.status().map(|s| s.as_u16()), Some(status));
        assert_eq!(server.request_count(), 1, "status {status} is not retried");
    }
}

#[tokio::test]
async fn only_idempotent_methods_are_retried_by_default() {
    let server = failing(usize::MAX, 503, &[]).await;
    let client = client(&server, fast_retries(2));
    let _ = client.get_teams().await;
    let _ = client.put_role("1", "2").await;
    let _ = client.delete_user("1").await;
    let _ = client.send_call_message("call-1", message()).await;
    let _ = client.patch_shout(ShoutRequest { message: "hi".into() }).await;
    let methods: Vec<String> = server.requests().into_iter().map(|r| r.method).collect();
    assert_eq!(methods, ["GET", "GET", "GET", "PUT", "PUT", "PUT", "DELETE", "DELETE", "DELETE", "POST", "PATCH"]);
}

#[tokio::test]
async fn retry_non_idempotent_opts_post_and_patch_in() {
    let server = failing(2, 503, &[]).await;
    let policy = RetryPolicy { retry_non_idempotent: true, ..fast_retries(2) };
    let result = client(&server, RetryPolicy::none()).send_call_message("call-1", message()).retry(policy).await;
    // The third attempt gets the teams body, which a SendCallMessageResponse also accepts.
    assert!(result.is_ok(), "{result:?}");
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    for request in &requests {
        assert_eq!(request.method, "POST");
        assert_eq!(request.body, br#"{"actorId":"7","message":"hello"}"#, "the body is sent again on each attempt");
    }
}

// ---------------------------------------------------------------------------
// How often: per client and per call
// ---------------------------------------------------------------------------

#[tokio::test]
async fn retry_count_is_configurable_per_client_and_per_call() {
    let server = failing(usize::MAX, 500, &[]).await;
    let client = client(&server, fast_retries(4));
    let _ = client.get_teams().await;
    assert_eq!(server.request_count(), 5, "client policy: 4 retries");

    let server = failing(usize::MAX, 500, &[]).await;
    let on_client = raw_server::client(&server, fast_retries(4));
    let _ = on_client.get_teams().retry(fast_retries(1)).await;
    assert_eq!(server.request_count(), 2, "the call's policy wins over the client's");

    let server = failing(usize::MAX, 500, &[]).await;
    let _ = raw_server::client(&server, fast_retries(4)).get_teams().retry(RetryPolicy::none()).await;
    assert_eq!(server.request_count(), 1, "retries off for one call");

    let server = failing(usize::MAX, 500, &[]).await;
    let _ = raw_server::client(&server, RetryPolicy::none()).get_teams().await;
    assert_eq!(server.request_count(), 1, "retries off for the client");

    let server = failing(usize::MAX, 500, &[]).await;
    let _ = raw_server::client(&server, RetryPolicy::none()).get_teams().retry(fast_retries(3)).await;
    assert_eq!(server.request_count(), 4, "on for one call of a client without retries");
}

#[tokio::test]
async fn default_policy_values() {
    let policy = RetryPolicy::default();
    assert_eq!(policy.max_retries, 2);
    assert!(!policy.retry_non_idempotent);
    assert!(policy.initial_backoff > Duration::ZERO && policy.initial_backoff <= Duration::from_secs(1));
    assert!(policy.max_backoff >= policy.initial_backoff);
    assert_eq!(RetryPolicy::none().max_retries, 0);
}

#[tokio::test]
async fn a_recovering_server_ends_in_success_within_the_budget() {
    let server = failing(2, 503, &[]).await;
    client(&server, fast_retries(2)).get_teams().await.expect("third attempt succeeds");
    assert_eq!(server.request_count(), 3);

    let server = failing(3, 503, &[]).await;
    let error = client(&server, fast_retries(2)).get_teams().await.expect_err("budget exhausted before recovery");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
    assert_eq!(server.request_count(), 3);
}

// ---------------------------------------------------------------------------
// How long: backoff and Retry-After
// ---------------------------------------------------------------------------

#[tokio::test]
async fn backoff_grows_exponentially_with_jitter_and_is_capped() {
    let server = failing(usize::MAX, 503, &[]).await;
    let policy = RetryPolicy {
        max_retries: 3,
        initial_backoff: Duration::from_millis(80),
        max_backoff: Duration::from_secs(10),
        retry_non_idempotent: false,
    };
    let _ = client(&server, policy).get_teams().await;
    let waits = gaps(&server);
    assert_eq!(waits.len(), 3);
    // Retry n waits between half and all of initial * 2^n.
    for (n, gap) in waits.iter().enumerate() {
        let base = Duration::from_millis(80 * (1 << n));
        assert!(*gap >= base / 2, "retry {n}: waited {gap:?}, less than half of {base:?}");
        assert!(*gap <= base + Duration::from_millis(250), "retry {n}: waited {gap:?}, more than {base:?}");
    }

    let server = failing(usize::MAX, 503, &[]).await;
    let capped = RetryPolicy {
        max_retries: 3,
        initial_backoff: Duration::from_millis(100),
        max_backoff: Duration::from_millis(120),
        retry_non_idempotent: false,
    };
    let _ = client(&server, capped).get_teams().await;
    for gap in gaps(&server) {
        assert!(gap <= Duration::from_millis(120 + 250), "max_backoff caps the delay: {gap:?}");
    }
}

/// A policy whose own backoff (2 s and more) is far from any `Retry-After`
/// under test, so the gap shows which one was used.
fn slow_backoff(max_backoff: Duration) -> RetryPolicy {
    RetryPolicy { max_retries: 1, initial_backoff: Duration::from_secs(2), max_backoff, retry_non_idempotent: false }
}

#[tokio::test]
async fn retry_after_in_seconds_is_honoured() {
    let server = failing(1, 429, &[("retry-after", "0")]).await;
    client(&server, slow_backoff(Duration::from_secs(10))).get_teams().await.expect("retry succeeds");
    assert!(
        gaps(&server)[0] < Duration::from_millis(500),
        "Retry-After: 0 means now, not the backoff: {:?}",
        gaps(&server)
    );

    let server = failing(1, 503, &[("retry-after", "1")]).await;
    client(&server, RetryPolicy { initial_backoff: Duration::from_millis(5), ..slow_backoff(Duration::from_secs(10)) })
        .get_teams()
        .await
        .expect("retry succeeds");
    let gap = gaps(&server)[0];
    assert!(gap >= Duration::from_millis(950) && gap < Duration::from_millis(1800), "Retry-After: 1 on a 503: {gap:?}");
}

#[tokio::test]
async fn retry_after_is_capped_by_max_backoff() {
    let server = failing(1, 429, &[("retry-after", "3600")]).await;
    let started = Instant::now();
    client(
        &server,
        RetryPolicy { initial_backoff: Duration::from_millis(1), ..slow_backoff(Duration::from_millis(200)) },
    )
    .get_teams()
    .await
    .expect("retry succeeds");
    let gap = gaps(&server)[0];
    assert!(gap >= Duration::from_millis(190) && gap < Duration::from_millis(900), "an hour capped to 200 ms: {gap:?}");
    assert!(started.elapsed() < Duration::from_secs(2));

    let far = httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(24 * 3600));
    let far: &'static str = Box::leak(far.into_boxed_str());
    let headers: &'static [(&str, &str)] = Box::leak(vec![("retry-after", far)].into_boxed_slice());
    let server = failing(1, 503, headers).await;
    client(
        &server,
        RetryPolicy { initial_backoff: Duration::from_millis(1), ..slow_backoff(Duration::from_millis(200)) },
    )
    .get_teams()
    .await
    .expect("retry succeeds");
    let gap = gaps(&server)[0];
    assert!(
        gap >= Duration::from_millis(190) && gap < Duration::from_millis(900),
        "a date tomorrow capped to 200 ms: {gap:?}"
    );
}

#[tokio::test]
async fn retry_after_as_an_http_date_is_honoured() {
    // Three seconds ahead, at one-second resolution: a wait of 2 to 3 s, less
    // the time a busy machine takes to send the first answer (up to 1.5 s here).
    let soon = httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(3));
    let soon: &'static str = Box::leak(soon.into_boxed_str());
    let headers: &'static [(&str, &str)] = Box::leak(vec![("retry-after", soon)].into_boxed_slice());
    let server = failing(1, 503, headers).await;
    let policy = RetryPolicy { initial_backoff: Duration::from_millis(5), ..slow_backoff(Duration::from_secs(10)) };
    client(&server, policy).get_teams().await.expect("retry succeeds");
    let gap = gaps(&server)[0];
    assert!(gap >= Duration::from_millis(500) && gap < Duration::from_millis(3600), "waited until the date: {gap:?}");
}

#[tokio::test]
async fn retry_after_dates_in_the_past_in_every_http_date_form_mean_now() {
    let forms = [
        "Wed, 21 Oct 2015 07:28:00 GMT",     // IMF-fixdate
        "Wednesday, 21-Oct-15 07:28:00 GMT", // RFC 850
        "Wed Oct 21 07:28:00 2015",          // asctime
    ];
    for form in forms {
        let headers: &'static [(&str, &str)] = Box::leak(vec![("retry-after", form)].into_boxed_slice());
        let server = failing(1, 429, headers).await;
        client(&server, slow_backoff(Duration::from_secs(10))).get_teams().await.expect("retry succeeds");
        let gap = gaps(&server)[0];
        assert!(
            gap < Duration::from_millis(700),
            "`{form}` is in the past, so no wait (not the 1-2 s backoff): {gap:?}"
        );
    }
}

#[tokio::test]
async fn unreadable_retry_after_falls_back_to_the_backoff() {
    let server = failing(1, 503, &[("retry-after", "soon-ish")]).await;
    let policy = RetryPolicy {
        max_retries: 1,
        initial_backoff: Duration::from_millis(300),
        max_backoff: Duration::from_secs(10),
        retry_non_idempotent: false,
    };
    client(&server, policy).get_teams().await.expect("retry succeeds");
    let gap = gaps(&server)[0];
    assert!(gap >= Duration::from_millis(150) && gap < Duration::from_millis(800), "backoff of 150-300 ms: {gap:?}");
}

#[tokio::test]
async fn retry_after_still_counts_against_max_retries_and_is_visible_on_the_error() {
    let server = failing(usize::MAX, 429, &[("retry-after", "0"), ("x-ratelimit-remaining", "0")]).await;
    let error = client(&server, fast_retries(2)).get_teams().await.expect_err("always 429");
    assert_eq!(server.request_count(), 3);
    assert_eq!(error.status().map(|s| s.as_u16()), Some(429));
    let headers = error.headers().expect("the last answer's headers");
    assert_eq!(headers.get("retry-after").unwrap(), "0");
    assert_eq!(headers.get("x-ratelimit-remaining").unwrap(), "0");
}

#[tokio::test]
async fn connection_failures_are_retried_with_backoff() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let address = closed.local_addr().expect("address");
    drop(closed);
    let policy = RetryPolicy {
        max_retries: 2,
        initial_backoff: Duration::from_millis(100),
        max_backoff: Duration::from_secs(1),
        retry_non_idempotent: false,
    };
    let client = Client::builder().base_url(format!("http://{address}")).retry(policy).build().unwrap();

    let started = Instant::now();
    let error = client.get_teams().await.expect_err("refused");
    assert!(matches!(&error, Error::Transport { error: e, .. } if e.is_connect()), "{error:?}");
    // Two waits: 50-100 ms, then 100-200 ms.
    assert!(started.elapsed() >= Duration::from_millis(150), "retried with backoff: {:?}", started.elapsed());

    let started = Instant::now();
    let _ = client.get_teams().retry(RetryPolicy::none()).await;
    assert!(started.elapsed() < Duration::from_millis(150), "not retried: {:?}", started.elapsed());
}

// ---------------------------------------------------------------------------
// Timeouts
// ---------------------------------------------------------------------------

async fn slow_server(delay: Duration) -> RawServer {
    RawServer::start(move |_, _| {
        vec![Step::Sleep(delay), Step::Send(response(200, &[("content-type", "application/json")], TEAMS))]
    })
    .await
}

#[tokio::test]
async fn timeout_is_configurable_per_client_and_per_call() {
    assert_eq!(DEFAULT_TIMEOUT, Duration::from_secs(30));
    let default_client = format!("{:?}", Client::builder().build().unwrap());
    assert!(default_client.contains("timeout: Some(30s)"), "{default_client}");

    let server = slow_server(Duration::from_millis(400)).await;
    let client = Client::builder()
        .base_url(server.url())
        .timeout(Some(Duration::from_millis(100)))
        .retry(RetryPolicy::none())
        .build()
        .unwrap();

    match client.get_teams().await {
        Err(Error::Timeout { timeout: limit, .. }) => {
            assert_eq!(limit, Timeout::Attempt(Duration::from_millis(100)), "the client's timeout")
        }
        other => panic!("expected Timeout, got {other:?}"),
    }
    client.get_teams().timeout(Duration::from_secs(5)).await.expect("the call's longer timeout wins");

    let patient = Client::builder().base_url(server.url()).timeout(None).retry(RetryPolicy::none()).build().unwrap();
    patient.get_teams().await.expect("no timeout at all");
    match patient.get_teams().timeout(Duration::from_millis(50)).await {
        Err(error @ Error::Timeout { .. }) => {
            assert!(error.to_string().contains("timed out"), "{error}");
            assert_eq!(error.status(), None);
        }
        other => panic!("expected Timeout, got {other:?}"),
    }
    assert_eq!(server.request_count(), 4);
}

#[tokio::test]
async fn each_attempt_gets_the_whole_timeout() {
    // Every attempt is slower than the timeout: two attempts, two timeouts.
    let server = slow_server(Duration::from_secs(2)).await;
    let started = Instant::now();
    let result = client(&server, fast_retries(1)).get_teams().timeout(Duration::from_millis(150)).await;
    assert!(matches!(result, Err(Error::Timeout { .. })), "{result:?}");
    assert_eq!(server.request_count(), 2);
    assert!(
        started.elapsed() >= Duration::from_millis(300) && started.elapsed() < Duration::from_millis(1500),
        "{:?}",
        started.elapsed()
    );
}
