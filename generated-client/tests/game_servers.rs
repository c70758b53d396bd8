//! The in-game activity tracker (tags Server Management, Player
//! Management): game servers and the players who join and leave them, all
//! authenticated with the `loader-id` header only.

mod common;

use std::collections::BTreeMap;

use common::*;
use readmin_client::operations::*;
use readmin_client::types::*;
use readmin_client::RetryPolicy;
use serde_json::json;

fn create_server_request() -> CreateServerRequest {
    CreateServerRequest {
        game_id: 5_000_000_001.0,
        place_id: 6_000_000_002.0,
        job_id: "0f1e2d3c-job".into(),
        private_server_id: String::new(),
        private_server_owner_id: 0.0,
        place_version: "412".into(),
    }
}

#[tokio::test]
async fn post_create_server_sends_body_and_decodes_success() {
    let sent = json!({ "success": true, "gameId": "ig-1", "runningGameId": "rg-1", "workspace": workspace_json() });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.post_create_server(create_server_request()).await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "POST");
    assert_eq!(req.url.path(), "/activity/createServer");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(
        json_body(&req),
        Some(json!({
            "gameId": 5_000_000_001.0,
            "placeId": 6_000_000_002.0,
            "jobId": "0f1e2d3c-job",
            "privateServerId": "",
            "privateServerOwnerId": 0.0,
            "placeVersion": "412"
        }))
    );

    assert_eq!(response.game_id.as_deref(), Some("ig-1"));
    assert_eq!(response.running_game_id.as_deref(), Some("rg-1"));
    assert_eq!(response.workspace.as_ref().and_then(|w| w.group_id.as_deref()), Some("1234567"));
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn post_create_server_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, PostCreateServerError::BadRequest(bad_request())),
        (500, PostCreateServerError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.post_create_server(create_server_request()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.post_create_server(create_server_request()).await, 418);
}

// ---------------------------------------------------------------------------
// postGetServer: POST /activity/getServer
// ---------------------------------------------------------------------------

#[tokio::test]
async fn post_get_server_sends_body_and_decodes_success() {
    let sent = json!({ "success": true, "workspace": workspace_json() });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.post_get_server(RunningServerRequest { game_id: "ig-1".into() }).await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "POST");
    assert_eq!(req.url.path(), "/activity/getServer");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), Some(json!({ "gameId": "ig-1" })));

    assert_eq!(response.success, Some(true));
    assert_eq!(response.workspace.as_ref().and_then(|w| w.brand_color.clone()), Some(WorkspaceBrandColor::Teal));
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn post_get_server_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, PostGetServerError::BadRequest(bad_request())),
        (500, PostGetServerError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.post_get_server(RunningServerRequest { game_id: "ig-1".into() }).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.post_get_server(RunningServerRequest { game_id: "ig-1".into() }).await, 418);
}

// ---------------------------------------------------------------------------
// deleteEndServer: DELETE /activity/endServer (with a JSON body)
// ---------------------------------------------------------------------------

#[tokio::test]
async fn delete_end_server_sends_body_and_decodes_success() {
    let h = Harness::respond(200, json!({ "success": true })).await;

    let response = h.client.delete_end_server(RunningServerRequest { game_id: "ig-1".into() }).await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "DELETE");
    assert_eq!(req.url.path(), "/activity/endServer");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), Some(json!({ "gameId": "ig-1" })));

    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.into_body(), SuccessResponse { success: Some(true) });
}

#[tokio::test]
async fn delete_end_server_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, DeleteEndServerError::BadRequest(bad_request())),
        (500, DeleteEndServerError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let call = h.client.delete_end_server(RunningServerRequest { game_id: "ig-1".into() });
        let error = expect_api(call.retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.delete_end_server(RunningServerRequest { game_id: "ig-1".into() }).await, 418);
}

// ---------------------------------------------------------------------------
// postPlayerJoin: POST /activity/playerJoin
// ---------------------------------------------------------------------------

fn player_join_request() -> PlayerJoinRequest {
    PlayerJoinRequest {
        player_id: 156.0,
        platform: PlayerPlatform::Desktop,
        safechat: false,
        username: Some("builderman".into()),
        tz_offset: Some("+02:00".into()),
        game_id: Some("ig-1".into()),
    }
}

#[tokio::test]
async fn post_player_join_sends_body_and_decodes_success() {
    let sent = json!({
        "success": true,
        "banned": false,
        "reason": null,
        "isStaff": true,
        "sessionId": "ugs-9",
        "runningPlayerId": "rp-9"
    });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.post_player_join(player_join_request()).await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "POST");
    assert_eq!(req.url.path(), "/activity/playerJoin");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(
        json_body(&req),
        Some(json!({
            "playerId": 156.0,
            "platform": "Desktop",
            "safechat": false,
            "username": "builderman",
            "tzOffset": "+02:00",
            "gameId": "ig-1"
        }))
    );

    assert_eq!(
        *response.body(),
        PlayerJoinResponse {
            success: Some(true),
            banned: Some(false),
            reason: None,
            is_staff: Some(true),
            session_id: Some("ugs-9".into()),
            running_player_id: Some("rp-9".into()),
        }
    );
    // `reason: null` reads as `None`, which is not written back.
    let mut expected = sent;
    expected.as_object_mut().expect("an object").remove("reason");
    assert_eq!(to_json(response.body()), expected);
}

#[tokio::test]
async fn post_player_join_sends_minimal_body_and_decodes_ban_reason() {
    let h = Harness::respond(200, json!({ "success": true, "banned": true, "reason": "Exploiting" })).await;
    let body = PlayerJoinRequest {
        player_id: 157.0,
        platform: PlayerPlatform::from("unknown"),
        safechat: true,
        username: None,
        tz_offset: None,
        game_id: None,
    };

    let response = h.client.post_player_join(body).await.expect("success");

    let req = h.only_request().await;
    assert_eq!(json_body(&req), Some(json!({ "playerId": 157.0, "platform": "unknown", "safechat": true })));
    assert_eq!(response.banned, Some(true));
    assert_eq!(response.reason, Some("Exploiting".to_owned()));
}

#[tokio::test]
async fn post_player_join_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, PostPlayerJoinError::BadRequest(bad_request())),
        (500, PostPlayerJoinError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.post_player_join(player_join_request()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.post_player_join(player_join_request()).await, 418);
}

// ---------------------------------------------------------------------------
// deletePlayerLeave: DELETE /activity/playerLeave (with a JSON body)
// ---------------------------------------------------------------------------

fn player_leave_request() -> PlayerLeaveRequest {
    PlayerLeaveRequest {
        session_ids: Some(PlayerSessionIds {
            running_game_player: Some("rp-9".into()),
            user_game_session: Some("ugs-9".into()),
        }),
        player_id: 156.0,
        events: vec![
            SessionEvent {
                user: Some("156".into()),
                r#type: Some("chat".into()),
                date: Some(1_706_954_400.5),
                message: Some("hello".into()),
                to: None,
            },
            SessionEvent {
                user: Some("156".into()),
                r#type: Some("whisper".into()),
                date: Some(1_706_954_401.0),
                message: Some("psst".into()),
                to: Some("157".into()),
            },
        ],
        left_time: 1_706_956_200.0,
        game_id: Some("ig-1".into()),
    }
}

#[tokio::test]
async fn delete_player_leave_sends_body_and_decodes_success() {
    let h = Harness::respond(200, json!({ "success": true })).await;

    let response = h.client.delete_player_leave(player_leave_request()).await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "DELETE");
    assert_eq!(req.url.path(), "/activity/playerLeave");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(
        json_body(&req),
        Some(json!({
            "sessionIds": { "runningGamePlayer": "rp-9", "userGameSession": "ugs-9" },
            "playerId": 156.0,
            "events": [
                { "user": "156", "type": "chat", "date": 1_706_954_400.5, "message": "hello" },
                { "user": "156", "type": "whisper", "date": 1_706_954_401.0, "message": "psst", "to": "157" }
            ],
            "leftTime": 1_706_956_200.0,
            "gameId": "ig-1"
        }))
    );

    assert_eq!(response.into_body(), SuccessResponse { success: Some(true) });
}

#[tokio::test]
async fn delete_player_leave_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, DeletePlayerLeaveError::BadRequest(bad_request())),
        (500, DeletePlayerLeaveError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error =
            expect_api(h.client.delete_player_leave(player_leave_request()).retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.delete_player_leave(player_leave_request()).await, 418);
}

// ---------------------------------------------------------------------------
// postSendData: POST /activity/sendData
// ---------------------------------------------------------------------------

fn send_data_request() -> SendDataRequest {
    SendDataRequest {
        game_id: "ig-1".into(),
        events: vec![SessionEvent {
            user: Some("156".into()),
            r#type: Some("chat".into()),
            date: Some(1_706_954_400.5),
            message: Some("hi".into()),
            to: None,
        }],
        chat_events: Some(vec![ChatEvent {
            r#type: Some(ChatEventType::Message),
            ticket_id: Some("call-1".into()),
            username: Some("builderman".into()),
            user_id: Some(156),
            message: Some("I need help".into()),
            id: Some("msg-1".into()),
            created: Some(1_706_954_402.0),
        }]),
        players: Some(BTreeMap::from([
            ("156".to_owned(), "builderman".to_owned()),
            ("157".to_owned(), "guest".to_owned()),
        ])),
    }
}

#[tokio::test]
async fn post_send_data_sends_body_and_decodes_success() {
    let sent = json!({
        "success": true,
        "queuedActions": [{ "type": "kick", "userId": "157", "reason": "AFK" }],
        "ongoingChats": [{ "ticketId": "call-1", "messages": [] }]
    });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.post_send_data(send_data_request()).await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "POST");
    assert_eq!(req.url.path(), "/activity/sendData");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(
        json_body(&req),
        Some(json!({
            "gameId": "ig-1",
            "events": [{ "user": "156", "type": "chat", "date": 1_706_954_400.5, "message": "hi" }],
            "chatEvents": [{
                "type": "message",
                "ticketId": "call-1",
                "username": "builderman",
                "userId": 156,
                "message": "I need help",
                "id": "msg-1",
                "created": 1_706_954_402.0
            }],
            "players": { "156": "builderman", "157": "guest" }
        }))
    );

    let actions = response.queued_actions.as_ref().expect("queuedActions");
    assert_eq!(actions[0]["type"], json!("kick"));
    assert_eq!(response.ongoing_chats.as_ref().expect("ongoingChats")[0]["ticketId"], json!("call-1"));
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn post_send_data_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, PostSendDataError::BadRequest(bad_request())),
        (500, PostSendDataError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.post_send_data(send_data_request()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.post_send_data(send_data_request()).await, 418);
}
