//! Typed response headers against a local server: every documented type is
//! read from the header map, a malformed optional header is `None` and never
//! fails the call, a missing or malformed required one is a `HeaderError`
//! naming it, `$ref` headers and error-response headers are reachable.

use fixture_client::operations::*;
use fixture_client::types::*;
use fixture_client::{Client, Error, FromHeaders, HeaderValue, RetryPolicy};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(format!("{}/v1", server.uri()))
        .header_key("hk-secret")
        .query_key("qk-secret")
        .retry(RetryPolicy::none())
        .build()
        .expect("client builds")
}

async fn status_server(template: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET")).and(path("/v1/status")).respond_with(template).mount(&server).await;
    server
}

fn ok_status() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({ "ok": true }))
}

#[tokio::test]
async fn every_documented_header_type_is_read() {
    let server = status_server(
        ok_status()
            .insert_header("x-version", "3")
            .insert_header("x-maintenance", "true")
            .insert_header("x-region", "eu-west")
            .append_header("x-tags", "a, b")
            .append_header("x-tags", "c")
            .insert_header("x-sample-rate", "0.25")
            .insert_header("x-priority", "2")
            .insert_header("x-started-at", "2026-12-01T08:00:00Z")
            .insert_header("etag", "\"v1\"")
            .insert_header("type", "kind")
            .insert_header("x-foo-bar", "dash")
            .insert_header("x-foo_bar", "underscore"),
    )
    .await;
    let response = client(&server).get_status().await.expect("the call succeeds");
    assert_eq!(response.ok, Some(true));
    let headers = response.typed_headers().expect("the required header is there");
    assert_eq!(
        headers,
        GetStatusHeaders {
            x_version: 3,
            x_maintenance: Some(true),
            x_region: Some(GetStatusOkXRegion::EuWest),
            x_tags: Some(vec!["a".to_owned(), "b".to_owned(), "c".to_owned()]),
            x_sample_rate: Some(0.25),
            x_priority: Some(Priority::V2),
            x_started_at: Some("2026-12-01T08:00:00Z".parse().unwrap()),
            e_tag: Some("\"v1\"".to_owned()),
            r#type: Some("kind".to_owned()),
            x_foo_bar: Some("dash".to_owned()),
            x_foo_bar_2: Some("underscore".to_owned()),
        }
    );
}

#[tokio::test]
async fn malformed_optional_headers_are_none_and_never_fail_the_call() {
    let server = status_server(
        ok_status()
            .insert_header("x-version", " 7 ")
            .insert_header("x-maintenance", "yes")
            .insert_header("x-region", "mars")
            .insert_header("x-tags", "one,,two")
            .insert_header("x-sample-rate", "fast")
            .insert_header("x-priority", "9")
            .insert_header("x-started-at", "yesterday")
            .insert_header("etag", HeaderValue::from_bytes(b"caf\xe9").unwrap()),
    )
    .await;
    let response = client(&server).get_status().await.expect("malformed headers do not fail the call");
    let headers = response.typed_headers().expect("x-version parses (surrounding spaces are trimmed)");
    assert_eq!(headers.x_version, 7);
    assert_eq!(headers.x_maintenance, None, "`yes` is not a boolean");
    assert_eq!(headers.x_region, Some(GetStatusOkXRegion::Unknown("mars".to_owned())), "enums keep unknown values");
    assert_eq!(headers.x_tags, Some(vec!["one".to_owned(), "two".to_owned()]), "empty list items are skipped");
    assert_eq!(headers.x_sample_rate, None);
    assert_eq!(headers.x_priority, Some(Priority::Unknown(9)));
    assert_eq!(headers.x_started_at, None);
    assert_eq!(headers.e_tag, None, "a value that is not visible ASCII is not text");
    assert_eq!(headers.r#type, None, "missing");
    // The raw header map still has everything.
    assert_eq!(response.headers().get("x-maintenance").unwrap(), "yes");
}

#[tokio::test]
async fn a_missing_or_malformed_required_header_is_an_error_naming_it() {
    let server = status_server(ok_status().insert_header("x-maintenance", "false")).await;
    let response = client(&server).get_status().await.expect("the call itself succeeds");
    let error = response.typed_headers().expect_err("x-version is required");
    assert_eq!((error.name(), error.is_missing()), ("x-version", true));
    assert_eq!(error.to_string(), "the required response header `x-version` is missing");

    let server = status_server(ok_status().insert_header("x-version", "three")).await;
    let response = client(&server).get_status().await.expect("the call itself succeeds");
    let error = response.typed_headers().expect_err("three is not an integer");
    assert_eq!((error.name(), error.is_missing()), ("x-version", false));
    assert_eq!(response.body().ok, Some(true), "the body is unaffected");
}

#[tokio::test]
async fn headers_by_reference_and_on_error_responses_are_typed() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/v1/pets"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(json!([{ "id": "p1" }]))
                .insert_header("x-request-id", "req-9")
                .insert_header("x-rate-limit-remaining", "41"),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/status"))
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after", "120"))
        .mount(&server)
        .await;
    let client = client(&server);

    let pets = client.list_pets().await.unwrap();
    let headers: ListPetsHeaders = pets.typed_headers().unwrap();
    assert_eq!(
        headers,
        ListPetsHeaders { link: None, x_rate_limit_remaining: Some(41), x_request_id: "req-9".to_owned() }
    );

    match client.get_status().await {
        Err(error @ Error::Api(_)) => {
            let raw = error.headers().expect("an answer has headers");
            let typed = GetStatusServiceUnavailableHeaders::from_headers(raw).unwrap();
            assert_eq!(typed.retry_after, 120);
        }
        other => panic!("expected the documented 503, got {other:?}"),
    }
}
