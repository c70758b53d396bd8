//! What a newcomer's first program meets, against local servers on
//! 127.0.0.1: a paginated stream polled without pinning it, per-call options
//! without importing a trait, error messages that name the operation and the
//! status, a transport error with its causes, and a call that needs a
//! credential the client lacks failing before it is sent when asked to.
//!
//! This file imports no `CallOptions` and no `pin!` on purpose.

mod raw_server;

use std::time::Duration;

use futures::TryStreamExt as _;
use raw_server::*;
use readmin_client::types::EndCallRequest;
use readmin_client::{Client, Error, RetryPolicy, Timeout};
use serde_json::json;

#[tokio::test]
async fn a_paginated_stream_is_polled_without_pinning() {
    let server = RawServer::start(|index, _| {
        let page = if index == 0 {
            json!({ "success": true, "data": [{ "id": "1" }], "pagination": { "nextCursor": "c2", "hasMore": true } })
        } else {
            json!({ "success": true, "data": [{ "id": "2" }], "pagination": { "hasMore": false } })
        };
        vec![Step::Send(json(200, &page))]
    })
    .await;
    let client = client(&server, RetryPolicy::none());
    // `try_next` needs `Unpin`: this compiles only because the stream is.
    let mut sessions = client.list_sessions().into_stream();
    let mut ids = Vec::new();
    while let Some(session) = sessions.try_next().await.expect("every page decodes") {
        ids.push(session.id.clone().unwrap_or_default());
    }
    assert_eq!(ids, ["1", "2"]);
    assert_eq!(server.request_count(), 2);
}

#[tokio::test]
async fn per_call_options_need_no_import() {
    let server = RawServer::start(|_, _| vec![Step::Sleep(Duration::from_secs(5))]).await;
    let client = client(&server, RetryPolicy::none());
    let result = client.get_teams().timeout(Duration::from_millis(200)).retry(RetryPolicy::none()).await;
    assert!(
        matches!(result, Err(Error::Timeout { timeout: Timeout::Attempt(limit), .. }) if limit == Duration::from_millis(200)),
        "{result:?}"
    );
    assert_eq!(server.request_count(), 1, "no retry for this call");
}

#[tokio::test]
async fn an_error_message_names_the_operation_and_the_status() {
    let body = json!({ "success": false, "message": "no call with this id" });
    let server = RawServer::always(json(404, &body)).await;
    let client = client(&server, RetryPolicy::none());
    let error = client.end_call("call-42", EndCallRequest { actor_id: "1".into(), reason: None }).await.unwrap_err();
    assert_eq!(
        error.to_string(),
        "`endCall` (PUT /calls/{callId}/end): the server answered with documented error status 404 Not Found: \"no call with this id\""
    );

    let server = RawServer::always(response(418, &[("content-type", "text/plain")], "short and stout")).await;
    let error = self::client(&server, RetryPolicy::none()).get_teams().await.unwrap_err();
    assert_eq!(
        error.to_string(),
        "`getTeams` (GET /teams): the server answered with undocumented status 418 I'm a teapot: \"short and stout\""
    );
}

#[tokio::test]
async fn a_transport_error_shows_its_causes() {
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let address = closed.local_addr().expect("address");
    drop(closed);
    let client = Client::builder()
        .base_url(format!("http://{address}"))
        .loader_id(LOADER_ID)
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    let error = client.get_teams().await.unwrap_err();
    assert!(matches!(error, Error::Transport { .. }), "{error:?}");
    let message = error.to_string();
    assert!(message.starts_with("`getTeams` (GET /teams): transport error: error sending request"), "{message}");
    assert!(message.to_lowercase().contains("connection refused"), "the cause is in the message: {message}");
    assert!(!message.contains(&address.port().to_string()) || !message.contains("http://"), "no URL: {message}");
}

#[tokio::test]
async fn a_missing_credential_fails_before_sending_when_required() {
    let server = RawServer::always(json(200, &json!({ "success": true, "teams": [] }))).await;
    // `getTeams` needs `loader-id`; this client has only `api-key`.
    let client = Client::builder().base_url(server.url()).api_key(API_KEY).require_credentials().build().unwrap();
    let error = client.get_teams().await.unwrap_err();
    let Error::InvalidRequest(invalid) = &error else { panic!("{error:?}") };
    assert_eq!(invalid.to_string(), "`getTeams` needs a credential for loader-id, which the client does not have");
    assert_eq!(server.request_count(), 0, "nothing was sent");

    // With the credential the same client sends; without `require_credentials` it sends too.
    let with = Client::builder().base_url(server.url()).loader_id(LOADER_ID).require_credentials().build().unwrap();
    with.get_teams().await.expect("sent with its credential");
    let lenient = Client::builder().base_url(server.url()).api_key(API_KEY).build().unwrap();
    lenient.get_teams().await.expect("sent unauthenticated");
    assert_eq!(server.request_count(), 2);
    assert_eq!(server.requests()[1].header("loader-id"), None);
}
