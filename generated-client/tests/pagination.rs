//! `into_stream()` of the cursor-paginated list operations, against a local
//! server that pages: the stream crosses every page, passes each page's
//! cursor back (percent-encoded, with the other parameters unchanged), stops
//! at the last page, on an error, on a cursor loop, and fetches lazily.
//!
//! The three shapes of the ReAdmin document: `listSessions`
//! (`pagination.nextCursor` + `pagination.hasMore`), `listOrders` (top-level
//! `nextCursor`, `null` at the end) and `getJoinRequests` (`nextPageToken`,
//! empty at the end).

mod raw_server;

use std::pin::pin;
use std::time::Duration;

use futures::{StreamExt as _, TryStreamExt as _};
use raw_server::*;
use readmin_client::operations::*;
use readmin_client::types::*;
use readmin_client::{Error, RetryPolicy};
use reqwest::header::{HeaderName, HeaderValue};
use serde_json::{json, Value};

/// A server that answers each request with `page(cursor)`, where `cursor`
/// is the raw (still encoded) `cursor` query parameter.
async fn paging(page: impl Fn(Option<&str>) -> Vec<u8> + Send + Sync + 'static) -> RawServer {
    RawServer::start(move |_, request| vec![Step::Send(page(request.query_param("cursor")))]).await
}

/// The raw `cursor` parameter of every request the server read.
fn cursors(server: &RawServer) -> Vec<Option<String>> {
    server.requests().iter().map(|r| r.query_param("cursor").map(str::to_owned)).collect()
}

fn session(id: &str) -> Value {
    json!({ "id": id, "name": format!("Session {id}"), "status": "scheduled" })
}

fn sessions_page(ids: &[&str], next: Option<&str>, has_more: bool) -> Vec<u8> {
    let data: Vec<Value> = ids.iter().map(|id| session(id)).collect();
    raw_server::json(
        200,
        &json!({
            "success": true,
            "data": data,
            "pagination": { "total": 7, "limit": 3, "count": ids.len(), "hasMore": has_more, "nextCursor": next }
        }),
    )
}

fn session_ids(sessions: &[SessionV2]) -> Vec<&str> {
    sessions.iter().map(|s| s.id.as_deref().unwrap_or("?")).collect()
}

// ---------------------------------------------------------------------------
// listSessions: pagination.nextCursor + pagination.hasMore
// ---------------------------------------------------------------------------

#[tokio::test]
async fn list_sessions_streams_every_item_across_three_pages() {
    // Opaque cursors with characters that must be encoded in a query.
    let server = paging(|cursor| match cursor {
        None => sessions_page(&["s1", "s2", "s3"], Some("c2/+="), true),
        Some("c2%2F%2B%3D") => sessions_page(&["s4", "s5", "s6"], Some("c 3"), true),
        Some("c%203") => sessions_page(&["s7"], None, false),
        Some(other) => raw_server::json(400, &json!({ "unexpected cursor": other })),
    })
    .await;
    let client = client(&server, RetryPolicy::none());

    let sessions: Vec<SessionV2> = client
        .list_sessions()
        .status(ListSessionsStatus::Scheduled)
        .limit(3)
        .into_stream()
        .try_collect()
        .await
        .expect("every page decodes");

    assert_eq!(session_ids(&sessions), ["s1", "s2", "s3", "s4", "s5", "s6", "s7"]);
    assert_eq!(sessions[6].name.as_deref(), Some("Session s7"));
    assert_eq!(cursors(&server), [None, Some("c2%2F%2B%3D".to_owned()), Some("c%203".to_owned())]);
    for request in server.requests() {
        assert_eq!(request.path(), "/sessions/v2");
        assert_eq!(request.query_param("status"), Some("scheduled"), "filters stay on every page");
        assert_eq!(request.query_param("limit"), Some("3"));
        assert_eq!(request.header("loader-id").as_deref(), Some(LOADER_ID));
    }
}

#[tokio::test]
async fn list_sessions_stops_when_has_more_is_false_even_with_a_cursor() {
    let server = paging(|cursor| match cursor {
        None => sessions_page(&["s1"], Some("c2"), true),
        Some("c2") => sessions_page(&["s2"], Some("c3"), true),
        _ => sessions_page(&["s3"], Some("c4"), false),
    })
    .await;
    let sessions: Vec<SessionV2> =
        client(&server, RetryPolicy::none()).list_sessions().into_stream().try_collect().await.unwrap();
    assert_eq!(session_ids(&sessions), ["s1", "s2", "s3"]);
    assert_eq!(cursors(&server), [None, Some("c2".to_owned()), Some("c3".to_owned())], "no request for c4");
}

#[tokio::test]
async fn list_sessions_starts_from_a_given_cursor_and_skips_empty_pages() {
    let server = paging(|cursor| match cursor {
        Some("start") => sessions_page(&[], Some("c2"), true),
        Some("c2") => sessions_page(&["s2"], Some("c3"), true),
        Some("c3") => sessions_page(&[], None, false),
        _ => raw_server::json(400, &json!({})),
    })
    .await;
    let sessions: Vec<SessionV2> =
        client(&server, RetryPolicy::none()).list_sessions().cursor("start").into_stream().try_collect().await.unwrap();
    assert_eq!(session_ids(&sessions), ["s2"]);
    assert_eq!(cursors(&server), [Some("start".to_owned()), Some("c2".to_owned()), Some("c3".to_owned())]);
}

#[tokio::test]
async fn the_stream_is_lazy_and_fetches_only_the_pages_it_needs() {
    let server = paging(|cursor| match cursor {
        None => sessions_page(&["s1", "s2"], Some("c2"), true),
        Some("c2") => sessions_page(&["s3", "s4"], Some("c3"), true),
        _ => sessions_page(&["s5"], None, false),
    })
    .await;
    let client = client(&server, RetryPolicy::none());
    let stream = client.list_sessions().into_stream();
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(server.connections(), 0, "nothing is sent before the stream is polled");

    let first_three: Vec<SessionV2> = stream.take(3).try_collect().await.unwrap();
    assert_eq!(session_ids(&first_three), ["s1", "s2", "s3"]);
    assert_eq!(server.request_count(), 2, "the third page was never needed");
}

#[tokio::test]
async fn an_error_ends_the_stream_after_the_items_before_it() {
    let server = paging(|cursor| match cursor {
        None => sessions_page(&["s1", "s2"], Some("c2"), true),
        _ => raw_server::json(500, &json!({ "success": false, "reason": "page store down" })),
    })
    .await;
    let client = client(&server, fast_retries(1));
    let mut stream = pin!(client.list_sessions().into_stream());

    assert_eq!(stream.next().await.unwrap().unwrap().id.as_deref(), Some("s1"));
    assert_eq!(stream.next().await.unwrap().unwrap().id.as_deref(), Some("s2"));
    match stream.next().await {
        Some(Err(Error::Api(response))) => {
            assert_eq!(response.status().as_u16(), 500);
            assert!(
                matches!(response.body(), ListSessionsError::InternalServerError(e) if e.reason.as_deref() == Some("page store down"))
            );
        }
        other => panic!("expected the page's error, got {other:?}"),
    }
    assert!(stream.next().await.is_none(), "the stream ends after an error");
    assert_eq!(
        cursors(&server),
        [None, Some("c2".to_owned()), Some("c2".to_owned())],
        "the failing page was retried once"
    );
}

#[tokio::test]
async fn a_server_that_loops_its_cursors_does_not_loop_the_stream() {
    let server = paging(|cursor| match cursor {
        None => sessions_page(&["s1"], Some("a"), true),
        Some("a") => sessions_page(&["s2"], Some("b"), true),
        _ => sessions_page(&["s3"], Some("a"), true),
    })
    .await;
    let sessions: Vec<SessionV2> =
        client(&server, RetryPolicy::none()).list_sessions().into_stream().try_collect().await.unwrap();
    assert_eq!(session_ids(&sessions), ["s1", "s2", "s3"]);
    assert_eq!(cursors(&server), [None, Some("a".to_owned()), Some("b".to_owned())]);
}

#[tokio::test]
async fn per_call_options_apply_to_every_page() {
    let server = paging(|cursor| match cursor {
        None => sessions_page(&["s1"], Some("c2"), true),
        Some("c2") => sessions_page(&["s2"], Some("c3"), true),
        _ => sessions_page(&["s3"], None, false),
    })
    .await;
    let sessions: Vec<SessionV2> = client(&server, RetryPolicy::none())
        .list_sessions()
        .header(HeaderName::from_static("x-trace"), HeaderValue::from_static("t-1"))
        .timeout(Duration::from_secs(5))
        .into_stream()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(sessions.len(), 3);
    let traces: Vec<Option<String>> = server.requests().iter().map(|r| r.header("x-trace")).collect();
    assert_eq!(traces, [Some("t-1".to_owned()), Some("t-1".to_owned()), Some("t-1".to_owned())]);
}

// ---------------------------------------------------------------------------
// listOrders: top-level nextCursor, null on the last page
// ---------------------------------------------------------------------------

fn orders_page(ids: &[&str], next: Value) -> Vec<u8> {
    let orders: Vec<Value> = ids.iter().map(|id| json!({ "_id": id, "status": "pending", "total": 12.5 })).collect();
    raw_server::json(200, &json!({ "orders": orders, "nextCursor": next }))
}

#[tokio::test]
async fn list_orders_streams_across_pages_until_next_cursor_is_null() {
    let server = paging(|cursor| match cursor {
        None => orders_page(&["o1", "o2"], json!("2024-05-01T10:00:00.000Z|o2")),
        Some("2024-05-01T10%3A00%3A00.000Z%7Co2") => orders_page(&["o3", "o4"], json!("o4")),
        Some("o4") => orders_page(&["o5", "o6"], json!("o6")),
        Some("o6") => orders_page(&["o7"], Value::Null),
        Some(other) => raw_server::json(400, &json!({ "error": { "code": "BAD_CURSOR", "message": other } })),
    })
    .await;
    let client = client(&server, RetryPolicy::none());

    let orders: Vec<Order> =
        client.list_orders().queue_id("front desk").limit(2).into_stream().try_collect().await.expect("all pages");

    let ids: Vec<&str> = orders.iter().map(|o| o.id.as_deref().unwrap()).collect();
    assert_eq!(ids, ["o1", "o2", "o3", "o4", "o5", "o6", "o7"]);
    assert_eq!(orders[0].total, Some(12.5));
    assert_eq!(
        cursors(&server),
        [None, Some("2024-05-01T10%3A00%3A00.000Z%7Co2".to_owned()), Some("o4".to_owned()), Some("o6".to_owned())]
    );
    for request in server.requests() {
        assert_eq!(request.path(), "/v2/orders");
        assert_eq!(request.query_param("queueId"), Some("front%20desk"));
        assert_eq!(request.query_param("limit"), Some("2"));
    }
}

#[tokio::test]
async fn list_orders_ends_when_next_cursor_is_absent() {
    let server = paging(|cursor| match cursor {
        None => orders_page(&["o1"], json!("c2")),
        Some("c2") => orders_page(&["o2"], json!("c3")),
        _ => raw_server::json(200, &json!({ "orders": [{ "_id": "o3" }] })),
    })
    .await;
    let orders: Vec<Order> =
        client(&server, RetryPolicy::none()).list_orders().into_stream().try_collect().await.unwrap();
    assert_eq!(orders.len(), 3);
    assert_eq!(server.request_count(), 3);
}

#[tokio::test]
async fn list_orders_stream_yields_the_documented_error_of_a_page() {
    let server = paging(|cursor| match cursor {
        None => orders_page(&["o1"], json!("c2")),
        _ => raw_server::json(403, &json!({ "error": { "code": "MODULE_DISABLED", "message": "orders are off" } })),
    })
    .await;
    let results: Vec<Result<Order, Error<ListOrdersError>>> =
        client(&server, RetryPolicy::none()).list_orders().into_stream().collect().await;
    assert_eq!(results.len(), 2);
    assert!(results[0].is_ok());
    match &results[1] {
        Err(Error::Api(response)) => {
            assert!(matches!(response.body(), ListOrdersError::Forbidden(e) if e.error.code == "MODULE_DISABLED"))
        }
        other => panic!("expected Forbidden, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------
// getJoinRequests: nextPageToken, empty on the last page
// ---------------------------------------------------------------------------

fn join_page(users: &[&str], token: &str) -> Vec<u8> {
    let requests: Vec<Value> = users
        .iter()
        .map(|u| json!({ "path": format!("groups/1/join-requests/{u}"), "user": format!("users/{u}") }))
        .collect();
    raw_server::json(200, &json!({ "groupJoinRequests": requests, "nextPageToken": token }))
}

#[tokio::test]
async fn join_requests_stream_until_the_token_is_empty() {
    let server = paging(|cursor| match cursor {
        None => join_page(&["1", "2"], "t2"),
        Some("t2") => join_page(&["3"], "t3"),
        Some("t3") => join_page(&["4", "5"], ""),
        _ => raw_server::json(400, &json!({})),
    })
    .await;
    let requests: Vec<JoinRequest> =
        client(&server, RetryPolicy::none()).get_join_requests().into_stream().try_collect().await.unwrap();
    let users: Vec<&str> = requests.iter().map(|r| r.user.as_deref().unwrap()).collect();
    assert_eq!(users, ["users/1", "users/2", "users/3", "users/4", "users/5"]);
    assert_eq!(cursors(&server), [None, Some("t2".to_owned()), Some("t3".to_owned())]);
    for request in server.requests() {
        assert_eq!(request.path(), "/ranking/join-requests");
        assert_eq!(request.header("api-key").as_deref(), Some(API_KEY));
    }
}
