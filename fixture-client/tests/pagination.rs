//! The pagination styles ReAdmin does not use, against local servers: the
//! `Link` header (`listPets`), an offset (`listEvents`) and page numbers
//! (`listLogs`, declared in `spec/fixture.toml`). Each test crosses at least
//! three pages and checks the exact requests the server received.

use fixture_client::operations::*;
use fixture_client::types::*;
use fixture_client::{Client, Error, FromHeaders, HeaderName, HeaderValue, RetryPolicy};
use futures::{StreamExt as _, TryStreamExt as _};
use serde_json::{json, Value};
use wiremock::matchers::{method, path, query_param, query_param_is_missing};
use wiremock::{Mock, MockServer, ResponseTemplate};

const HEADER_KEY: &str = "hk-secret";
const QUERY_KEY: &str = "qk-secret";

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(format!("{}/v1", server.uri()))
        .header_key(HEADER_KEY)
        .query_key(QUERY_KEY)
        .retry(RetryPolicy::none())
        .build()
        .expect("client builds")
}

/// Path and query of every request the server received, in order.
async fn targets(server: &MockServer) -> Vec<String> {
    let requests = server.received_requests().await.expect("requests are recorded");
    requests.iter().map(|r| format!("{}?{}", r.url.path(), r.url.query().unwrap_or(""))).collect()
}

fn pets(ids: &[&str]) -> Value {
    Value::Array(ids.iter().map(|id| json!({ "id": id })).collect())
}

fn pet_ids(pets: &[Pet]) -> Vec<&str> {
    pets.iter().map(|p| p.id.as_str()).collect()
}

// ---------------------------------------------------------------------------
// listPets: the `Link` header
// ---------------------------------------------------------------------------

#[tokio::test]
async fn link_header_pages_are_followed_to_the_last_one() {
    let server = MockServer::start().await;
    let uri = server.uri();
    // Page 1: an absolute URL, among other links (one with `rel=next` in its
    // URL, which is not a relation), with a quoted comma and an unquoted,
    // upper-case `REL`.
    let first_links = format!(
        "<{uri}/v1/pets?species=cat&page=1&rel=next>; rel=\"first\", <{uri}/v1/pets?species=cat&page=2>; title=\"a, b\"; REL=next"
    );
    Mock::given(path("/v1/pets"))
        .and(query_param_is_missing("page"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(pets(&["p1", "p2"]))
                .insert_header("link", first_links.as_str())
                .insert_header("x-request-id", "r1"),
        )
        .mount(&server)
        .await;
    // Page 2: the next link is a relative path (resolved against the base
    // URL) and comes in a second `Link` value with two relations.
    Mock::given(path("/v1/pets"))
        .and(query_param("page", "2"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(pets(&["p3", "p4"]))
                .append_header("link", format!("<{uri}/v1/pets?species=cat&page=1>; rel=\"prev first\"").as_str())
                .append_header("link", "<pets?species=cat&page=3>; rel=\"next last\"")
                .insert_header("x-request-id", "r2"),
        )
        .mount(&server)
        .await;
    // Page 3: an absolute path.
    Mock::given(path("/v1/pets"))
        .and(query_param("page", "3"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(pets(&["p5"]))
                .insert_header("link", "</v1/pets?species=cat&page=4>; rel=next")
                .insert_header("x-request-id", "r3"),
        )
        .mount(&server)
        .await;
    // Page 4: no next link.
    Mock::given(path("/v1/pets"))
        .and(query_param("page", "4"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(pets(&["p6"]))
                .insert_header("link", format!("<{uri}/v1/pets?species=cat&page=3>; rel=\"prev\"").as_str())
                .insert_header("x-request-id", "r4"),
        )
        .mount(&server)
        .await;

    let pets: Vec<Pet> = client(&server)
        .list_pets()
        .species("cat")
        .per_page(2)
        .into_stream()
        .try_collect()
        .await
        .expect("every page decodes");

    assert_eq!(pet_ids(&pets), ["p1", "p2", "p3", "p4", "p5", "p6"]);
    // The first request is built from the builder; the next ones are the
    // linked URLs, with the query credential added (the link lacks it).
    assert_eq!(
        targets(&server).await,
        [
            "/v1/pets?species=cat&per_page=2&key=qk-secret",
            "/v1/pets?species=cat&page=2&key=qk-secret",
            "/v1/pets?species=cat&page=3&key=qk-secret",
            "/v1/pets?species=cat&page=4&key=qk-secret",
        ]
    );
    for request in server.received_requests().await.unwrap() {
        assert_eq!(request.headers.get("x-api-key").unwrap(), HEADER_KEY);
    }
}

#[tokio::test]
async fn a_link_to_another_origin_is_not_followed_and_ends_the_stream_with_an_error() {
    let server = MockServer::start().await;
    let elsewhere = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200).set_body_json(pets(&["stolen"])))
        .mount(&elsewhere)
        .await;
    let link = format!("<{}/v1/pets?page=2>; rel=\"next\"", elsewhere.uri());
    Mock::given(path("/v1/pets"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(pets(&["p1", "p2"]))
                .insert_header("link", link.as_str())
                .insert_header("x-request-id", "r1"),
        )
        .mount(&server)
        .await;

    let results: Vec<Result<Pet, Error<ListPetsError>>> = client(&server).list_pets().into_stream().collect().await;

    assert_eq!(results.len(), 3, "{results:?}");
    assert_eq!(results[0].as_ref().unwrap().id, "p1");
    assert_eq!(results[1].as_ref().unwrap().id, "p2");
    match &results[2] {
        Err(Error::InvalidRequest(error)) => {
            let message = error.to_string();
            assert!(message.contains("another origin") && message.contains(&elsewhere.uri()), "{message}");
            assert!(!message.contains("page=2"), "only the origin is named: {message}");
        }
        other => panic!("expected InvalidRequest, got {other:?}"),
    }
    assert!(
        elsewhere.received_requests().await.unwrap().is_empty(),
        "nothing, credentials least of all, reached the other origin"
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_link_that_is_not_a_url_ends_the_stream_with_an_error() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/pets"))
        .respond_with(
            ResponseTemplate::new(200)
                .set_body_json(pets(&["p1"]))
                .insert_header("link", "<http://[::1>; rel=next")
                .insert_header("x-request-id", "r1"),
        )
        .mount(&server)
        .await;
    let results: Vec<Result<Pet, Error<ListPetsError>>> = client(&server).list_pets().into_stream().collect().await;
    assert_eq!(results.len(), 2);
    assert!(
        matches!(&results[1], Err(Error::InvalidRequest(e)) if e.to_string().contains("not a valid URL")),
        "{results:?}"
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_link_already_followed_ends_the_stream() {
    let server = MockServer::start().await;
    let uri = server.uri();
    let page = |n: u32| format!("<{uri}/v1/pets?page={n}>; rel=\"next\"");
    let mount = |query: Option<&'static str>, ids: &'static [&'static str], link: String| {
        let mock = match query {
            None => Mock::given(path("/v1/pets")).and(query_param_is_missing("page")),
            Some(n) => Mock::given(path("/v1/pets")).and(query_param("page", n)),
        };
        mock.respond_with(
            ResponseTemplate::new(200)
                .set_body_json(pets(ids))
                .insert_header("link", link.as_str())
                .insert_header("x-request-id", "r"),
        )
    };
    mount(None, &["p1"], page(2)).mount(&server).await;
    mount(Some("2"), &["p2"], page(3)).mount(&server).await;
    // Page 3 points back at page 2.
    mount(Some("3"), &["p3"], page(2)).mount(&server).await;

    let pets: Vec<Pet> = client(&server).list_pets().into_stream().try_collect().await.unwrap();
    assert_eq!(pet_ids(&pets), ["p1", "p2", "p3"]);
    assert_eq!(
        targets(&server).await,
        ["/v1/pets?key=qk-secret", "/v1/pets?page=2&key=qk-secret", "/v1/pets?page=3&key=qk-secret"]
    );
}

#[tokio::test]
async fn an_error_page_ends_the_stream_after_the_items_before_it_and_options_apply_to_every_page() {
    let server = MockServer::start().await;
    let uri = server.uri();
    let link = |n: u32| format!("<{uri}/v1/pets?page={n}>; rel=\"next\"");
    for (query, ids, next) in [(None, ["p1"], 2), (Some("2"), ["p2"], 3)] {
        let mock = match query {
            None => Mock::given(path("/v1/pets")).and(query_param_is_missing("page")),
            Some(n) => Mock::given(path("/v1/pets")).and(query_param("page", n)),
        };
        mock.respond_with(
            ResponseTemplate::new(200)
                .set_body_json(pets(&ids))
                .insert_header("link", link(next).as_str())
                .insert_header("x-request-id", "r"),
        )
        .mount(&server)
        .await;
    }
    Mock::given(path("/v1/pets"))
        .and(query_param("page", "3"))
        .respond_with(
            ResponseTemplate::new(429)
                .set_body_json(json!({ "message": "slow down" }))
                .insert_header("retry-after", "30")
                .insert_header("x-rate-limit-remaining", "0"),
        )
        .mount(&server)
        .await;

    let results: Vec<Result<Pet, Error<ListPetsError>>> = client(&server)
        .list_pets()
        .header(HeaderName::from_static("x-trace"), HeaderValue::from_static("t-1"))
        .into_stream()
        .collect()
        .await;

    assert_eq!(results.len(), 3);
    assert_eq!(results[1].as_ref().unwrap().id, "p2");
    match &results[2] {
        Err(error @ Error::Api(response)) => {
            assert!(
                matches!(response.body(), ListPetsError::TooManyRequests(problem) if problem.message.as_deref() == Some("slow down"))
            );
            let headers = ListPetsTooManyRequestsHeaders::from_headers(error.headers().unwrap()).unwrap();
            assert_eq!(headers, ListPetsTooManyRequestsHeaders { retry_after: 30, x_rate_limit_remaining: Some(0) });
        }
        other => panic!("expected the documented 429, got {other:?}"),
    }
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 3);
    for request in &requests {
        assert_eq!(request.headers.get("x-trace").unwrap(), "t-1", "per-call headers go with every page");
    }
}

// ---------------------------------------------------------------------------
// listEvents: `offset`, page size `limit` (default 2)
// ---------------------------------------------------------------------------

fn events(ids: std::ops::Range<i64>) -> ResponseTemplate {
    let events: Vec<Value> = ids.map(|id| json!({ "id": id })).collect();
    ResponseTemplate::new(200).set_body_json(json!({ "events": events, "total": 5 }))
}

fn offsets(requests: &[wiremock::Request]) -> Vec<Option<String>> {
    requests.iter().map(|r| r.url.query_pairs().find(|(k, _)| k == "offset").map(|(_, v)| v.into_owned())).collect()
}

#[tokio::test]
async fn offset_advances_by_the_items_received_until_a_short_page() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/events"))
        .and(query_param_is_missing("offset"))
        .respond_with(events(0..2))
        .mount(&server)
        .await;
    Mock::given(path("/v1/events")).and(query_param("offset", "2")).respond_with(events(2..4)).mount(&server).await;
    Mock::given(path("/v1/events")).and(query_param("offset", "4")).respond_with(events(4..5)).mount(&server).await;

    // No `limit` set: the documented default (2) tells a short page.
    let all: Vec<Event> = client(&server).list_events().kind("login").into_stream().try_collect().await.unwrap();

    assert_eq!(all.iter().map(|e| e.id).collect::<Vec<_>>(), [0, 1, 2, 3, 4]);
    assert_eq!(
        targets(&server).await,
        [
            "/v1/events?kind=login&key=qk-secret",
            "/v1/events?offset=2&kind=login&key=qk-secret",
            "/v1/events?offset=4&kind=login&key=qk-secret"
        ]
    );
}

#[tokio::test]
async fn offset_starts_where_the_caller_says_and_stops_at_an_empty_page() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/events")).and(query_param("offset", "10")).respond_with(events(10..13)).mount(&server).await;
    Mock::given(path("/v1/events")).and(query_param("offset", "13")).respond_with(events(13..16)).mount(&server).await;
    Mock::given(path("/v1/events")).and(query_param("offset", "16")).respond_with(events(16..16)).mount(&server).await;

    let all: Vec<Event> = client(&server).list_events().offset(10).limit(3).into_stream().try_collect().await.unwrap();

    assert_eq!(all.len(), 6);
    let requests = server.received_requests().await.unwrap();
    assert_eq!(offsets(&requests), [Some("10".to_owned()), Some("13".to_owned()), Some("16".to_owned())]);
    assert!(requests.iter().all(|r| r.url.query().unwrap().contains("limit=3")), "the page size stays on every page");
}

// ---------------------------------------------------------------------------
// listLogs: `page` numbers from 1, page size `per_page` (declared)
// ---------------------------------------------------------------------------

fn lines(lines: &[&str]) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({ "lines": lines }))
}

#[tokio::test]
async fn page_numbers_are_incremented_until_a_short_page() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/logs"))
        .and(query_param_is_missing("page"))
        .respond_with(lines(&["a", "b"]))
        .mount(&server)
        .await;
    Mock::given(path("/v1/logs")).and(query_param("page", "2")).respond_with(lines(&["c", "d"])).mount(&server).await;
    Mock::given(path("/v1/logs")).and(query_param("page", "3")).respond_with(lines(&["e"])).mount(&server).await;

    let all: Vec<String> = client(&server).list_logs().per_page(2).into_stream().try_collect().await.unwrap();

    assert_eq!(all, ["a", "b", "c", "d", "e"]);
    assert_eq!(
        targets(&server).await,
        [
            "/v1/logs?per_page=2&key=qk-secret",
            "/v1/logs?page=2&per_page=2&key=qk-secret",
            "/v1/logs?page=3&per_page=2&key=qk-secret"
        ]
    );
}

#[tokio::test]
async fn without_a_page_size_pages_are_fetched_until_an_empty_one() {
    let server = MockServer::start().await;
    Mock::given(path("/v1/logs")).and(query_param("page", "4")).respond_with(lines(&["x"])).mount(&server).await;
    Mock::given(path("/v1/logs")).and(query_param("page", "5")).respond_with(lines(&["y", "z"])).mount(&server).await;
    Mock::given(path("/v1/logs")).and(query_param("page", "6")).respond_with(lines(&[])).mount(&server).await;

    let all: Vec<String> = client(&server).list_logs().page(4).into_stream().try_collect().await.unwrap();

    assert_eq!(all, ["x", "y", "z"]);
    assert_eq!(
        targets(&server).await,
        ["/v1/logs?page=4&key=qk-secret", "/v1/logs?page=5&key=qk-secret", "/v1/logs?page=6&key=qk-secret"]
    );
}
