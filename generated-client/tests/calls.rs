//! In-game support calls (tag Calls): all authenticated with the
//! `loader-id` header only.

mod common;

use common::*;
use readmin_client::operations::*;
use readmin_client::types::*;
use readmin_client::RetryPolicy;
use serde_json::{json, Value};

fn message_json() -> Value {
    json!({
        "username": "builderman",
        "userId": 156,
        "message": "I need help",
        "id": "m-1",
        "origin": "user",
        "sentFrom": "game",
        "created": "2024-02-02T18:01:00Z"
    })
}

fn message() -> CallMessage {
    CallMessage {
        username: Some("builderman".into()),
        user_id: Some(156),
        message: Some("I need help".into()),
        id: Some("m-1".into()),
        origin: Some(CallMessageOrigin::User),
        sent_from: Some(CallMessageSentFrom::Game),
        created: Some(ts("2024-02-02T18:01:00Z")),
    }
}

fn closed_call_json() -> Value {
    json!({
        "_id": "call-1",
        "groupId": "1234567",
        "runningGameId": "rg-1",
        "gameId": 5_000_000_001i64,
        "placeId": 6_000_000_002i64,
        "discordChannelId": "111122223333",
        "type": "report",
        "status": "closed",
        "claimedBy": 99,
        "callerId": 156,
        "reportedUser": "157",
        "reason": "Exploiter",
        "messages": [message_json()],
        "closed": { "user": "moderator", "reason": "closedByUser", "date": "2024-02-02T18:20:00Z", "serverAcknowledged": true },
        "created": "2024-02-02T18:00:00Z"
    })
}

fn open_call_json() -> Value {
    json!({ "_id": "call-2", "type": "support", "status": "open", "callerId": 158, "messages": [], "closed": false })
}

fn assert_closed_call(call: &Call) {
    assert_eq!(call.id.as_deref(), Some("call-1"));
    assert_eq!(call.r#type, Some(CallType::Report));
    assert_eq!(call.status, Some(CallStatus::Closed));
    assert_eq!(call.claimed_by, Some(99));
    assert_eq!(call.caller_id, Some(156));
    assert_eq!(call.game_id, Some(5_000_000_001));
    assert_eq!(call.messages, Some(vec![message()]));
    assert_eq!(
        call.closed,
        Some(CallClosed::CallClosedInfo(CallClosedInfo {
            user: Some("moderator".into()),
            reason: Some("closedByUser".into()),
            date: Some(ts("2024-02-02T18:20:00Z")),
            server_acknowledged: Some(true),
        }))
    );
    assert_eq!(call.created, Some(ts("2024-02-02T18:00:00Z")));
}

// ---------------------------------------------------------------------------
// listCalls: GET /calls
// ---------------------------------------------------------------------------

#[tokio::test]
async fn list_calls_sends_status_and_decodes_success() {
    let sent = json!({ "success": true, "calls": [closed_call_json(), open_call_json()] });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.list_calls().status(ListCallsStatus::All).await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/calls");
    assert_eq!(query_pairs(&req), ["status=all"]);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    let calls = response.calls.as_ref().expect("calls");
    assert_closed_call(&calls[0]);
    assert_eq!(calls[1].status, Some(CallStatus::Open));
    assert_eq!(calls[1].r#type, Some(CallType::Support));
    assert_eq!(calls[1].closed, Some(CallClosed::False));
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn list_calls_without_status_sends_no_query() {
    let h = Harness::respond(200, json!({ "success": true, "calls": [] })).await;
    let response = h.client.list_calls().await.expect("success");
    let req = h.only_request().await;
    assert_eq!(req.url.path(), "/calls");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(response.into_body(), CallListResponse { success: Some(true), calls: Some(vec![]) });
}

#[tokio::test]
async fn list_calls_documented_and_undocumented_errors() {
    let h = Harness::respond(500, error_body(500)).await;
    let error = expect_api(h.client.list_calls().status(ListCallsStatus::Open).retry(RetryPolicy::none()).await, 500);
    assert_eq!(error, ListCallsError::InternalServerError(server_error()));
    assert_eq!(h.requests().await.len(), 1);
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.list_calls().await, 418);
}

// ---------------------------------------------------------------------------
// getCall: GET /calls/{callId}
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_call_sends_request_and_decodes_success() {
    let sent = json!({
        "success": true,
        "call": closed_call_json(),
        "server": { "_id": "rg-1", "internalGameId": "ig-1", "jobId": "job-1", "players": ["156"], "lastPing": "2024-02-02T18:10:00Z" }
    });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_call("call-1").await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/calls/call-1");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    assert_closed_call(response.call.as_ref().expect("call"));
    let server = response.server.as_ref().expect("server present and not null");
    assert_eq!(server.id.as_deref(), Some("rg-1"));
    assert_eq!(server.last_ping, Some(ts("2024-02-02T18:10:00Z")));
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn get_call_decodes_null_and_absent_server() {
    let h = Harness::respond(200, json!({ "success": true, "call": open_call_json(), "server": null })).await;
    let response = h.client.get_call("call-2").await.expect("success");
    assert_eq!(response.server, None);
    assert_eq!(response.call.as_ref().and_then(|c| c.closed.clone()), Some(CallClosed::False));

    let h = Harness::respond(200, json!({ "success": true, "call": open_call_json() })).await;
    let response = h.client.get_call("call-2").await.expect("success");
    assert_eq!(response.server, None);
}

#[tokio::test]
async fn get_call_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, GetCallError::BadRequest(bad_request())),
        (404, GetCallError::NotFound(not_found())),
        (500, GetCallError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.get_call("call-1").retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.get_call("call-1").await, 418);
}

// ---------------------------------------------------------------------------
// readCallMessages: GET /calls/{callId}/messages
// ---------------------------------------------------------------------------

#[tokio::test]
async fn read_call_messages_sends_request_and_decodes_success() {
    let agent = json!({ "username": "moderator", "userId": 99, "message": "Hi!", "id": "m-2", "origin": "agent", "sentFrom": "discord", "created": "2024-02-02T18:02:00Z" });
    let system = json!({ "message": "Call claimed", "id": "m-3", "origin": "systemMessage", "sentFrom": "website" });
    let sent = json!({ "success": true, "status": "claimed", "messages": [message_json(), agent, system] });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.read_call_messages("call-1").await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/calls/call-1/messages");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    assert_eq!(response.status, Some(CallStatus::Claimed));
    let messages = response.messages.as_ref().expect("messages");
    assert_eq!(messages[0], message());
    assert_eq!(messages[1].origin, Some(CallMessageOrigin::Agent));
    assert_eq!(messages[1].sent_from, Some(CallMessageSentFrom::Discord));
    assert_eq!(messages[2].origin, Some(CallMessageOrigin::SystemMessage));
    assert_eq!(messages[2].sent_from, Some(CallMessageSentFrom::Website));
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn read_call_messages_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, ReadCallMessagesError::BadRequest(bad_request())),
        (404, ReadCallMessagesError::NotFound(not_found())),
        (500, ReadCallMessagesError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.read_call_messages("call-1").retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.read_call_messages("call-1").await, 418);
}

// ---------------------------------------------------------------------------
// sendCallMessage: POST /calls/{callId}/messages
// ---------------------------------------------------------------------------

fn send_message() -> SendCallMessageRequest {
    SendCallMessageRequest { actor_id: "99".into(), message: "On my way 🚀".into() }
}

#[tokio::test]
async fn send_call_message_sends_body_and_decodes_success() {
    let sent = json!({
        "success": true,
        "message": { "username": "moderator", "userId": 99, "message": "On my way 🚀", "id": "m-4", "origin": "agent", "sentFrom": "website", "created": "2024-02-02T18:03:00Z" }
    });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.send_call_message("call-1", send_message()).await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "POST");
    assert_eq!(req.url.path(), "/calls/call-1/messages");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), Some(json!({ "actorId": "99", "message": "On my way 🚀" })));

    assert_eq!(
        response.message,
        Some(CallMessage {
            username: Some("moderator".into()),
            user_id: Some(99),
            message: Some("On my way 🚀".into()),
            id: Some("m-4".into()),
            origin: Some(CallMessageOrigin::Agent),
            sent_from: Some(CallMessageSentFrom::Website),
            created: Some(ts("2024-02-02T18:03:00Z")),
        })
    );
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn send_call_message_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, SendCallMessageError::BadRequest(bad_request())),
        (404, SendCallMessageError::NotFound(not_found())),
        (500, SendCallMessageError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.send_call_message("call-1", send_message()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.send_call_message("call-1", send_message()).await, 418);
}

// ---------------------------------------------------------------------------
// claimCall: PUT /calls/{callId}/claim
// ---------------------------------------------------------------------------

#[tokio::test]
async fn claim_call_sends_body_and_decodes_success() {
    let h = Harness::respond(200, json!({ "success": true })).await;

    let response = h.client.claim_call("call-2", ClaimCallRequest { actor_id: "99".into() }).await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "PUT");
    assert_eq!(req.url.path(), "/calls/call-2/claim");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), Some(json!({ "actorId": "99" })));

    assert_eq!(response.into_body(), SuccessResponse { success: Some(true) });
}

#[tokio::test]
async fn claim_call_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, ClaimCallError::BadRequest(bad_request())),
        (404, ClaimCallError::NotFound(not_found())),
        (500, ClaimCallError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let call = h.client.claim_call("call-2", ClaimCallRequest { actor_id: "99".into() });
        let error = expect_api(call.retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.claim_call("call-2", ClaimCallRequest { actor_id: "99".into() }).await, 418);
}

// ---------------------------------------------------------------------------
// endCall: PUT /calls/{callId}/end
// ---------------------------------------------------------------------------

#[tokio::test]
async fn end_call_sends_body_and_decodes_success() {
    let h = Harness::respond(200, json!({ "success": true })).await;

    let body = EndCallRequest { actor_id: "99".into(), reason: Some("resolved".into()) };
    let response = h.client.end_call("call-1", body).await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "PUT");
    assert_eq!(req.url.path(), "/calls/call-1/end");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), Some(json!({ "actorId": "99", "reason": "resolved" })));

    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.into_body(), SuccessResponse { success: Some(true) });
}

#[tokio::test]
async fn end_call_without_reason_omits_it() {
    let h = Harness::respond(200, json!({ "success": true })).await;
    h.client.end_call("call-1", EndCallRequest { actor_id: "99".into(), reason: None }).await.expect("success");
    let req = h.only_request().await;
    assert_eq!(json_body(&req), Some(json!({ "actorId": "99" })));
}

#[tokio::test]
async fn end_call_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, EndCallError::BadRequest(bad_request())),
        (404, EndCallError::NotFound(not_found())),
        (500, EndCallError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let body = EndCallRequest { actor_id: "99".into(), reason: None };
        let error = expect_api(h.client.end_call("call-1", body).retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.end_call("call-1", EndCallRequest { actor_id: "99".into(), reason: None }).await, 418);
}
