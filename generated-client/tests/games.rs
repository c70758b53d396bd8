//! Workspace game bans and running games (tags games, Running Games): all
//! authenticated with the `loader-id` header only.

mod common;

use common::*;
use readmin_client::operations::*;
use readmin_client::types::*;
use readmin_client::RetryPolicy;
use serde_json::{json, Value};

/// A ban as the spec declares it (`active` a string, `created` a boolean,
/// `expires` required).
fn ban_json() -> Value {
    json!({
        "_id": "ban-1",
        "groupId": "1234567",
        "userId": "157",
        "reason": "Exploiting",
        "disciplinarianId": "99",
        "active": "true",
        "created": true,
        "expires": "2024-03-01T00:00:00.000Z"
    })
}

fn ban() -> WorkspaceBan {
    WorkspaceBan {
        id: Some("ban-1".into()),
        group_id: Some("1234567".into()),
        user_id: Some("157".into()),
        reason: Some("Exploiting".into()),
        disciplinarian_id: Some("99".into()),
        active: Some("true".into()),
        created: Some(true),
        expires: "2024-03-01T00:00:00.000Z".into(),
    }
}

fn running_game_json() -> Value {
    json!({
        "_id": "rg-1",
        "version": "2.4.0",
        "groupId": "1234567",
        "internalGameId": "ig-1",
        "gameId": 5_000_000_001i64,
        "placeId": 6_000_000_002i64,
        "jobId": "0f1e2d3c-job",
        "privateServerId": "",
        "privateServerOwnerId": 0,
        "placeVersion": 412,
        "players": ["156", "157"],
        "lastPing": "2024-02-02T18:10:00Z",
        "created": "2024-02-02T17:00:00Z"
    })
}

// ---------------------------------------------------------------------------
// getWorkspaceBans: GET /games/bans
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_workspace_bans_sends_request_and_decodes_success() {
    let sent = json!({ "success": true, "bans": [ban_json(), { "userId": "158", "expires": "never" }] });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_workspace_bans().await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/games/bans");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    assert!(response.success);
    assert_eq!(response.bans[0], ban());
    assert_eq!(
        response.bans[1],
        WorkspaceBan { user_id: Some("158".into()), expires: "never".into(), ..Default::default() }
    );
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn get_workspace_bans_documented_and_undocumented_errors() {
    let h = Harness::respond(500, error_body(500)).await;
    let error = expect_api(h.client.get_workspace_bans().retry(RetryPolicy::none()).await, 500);
    assert_eq!(error, GetWorkspaceBansError::InternalServerError(server_error()));
    assert_eq!(h.requests().await.len(), 1);
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.get_workspace_bans().await, 418);
}

// ---------------------------------------------------------------------------
// postWorkspaceBan: POST /games/bans
// ---------------------------------------------------------------------------

fn create_ban() -> CreateWorkspaceBanRequest {
    CreateWorkspaceBanRequest {
        user_id: "157".into(),
        reason: "Exploiting".into(),
        banned_by_user_id: "99".into(),
        expires_in_days: Some(28.5),
    }
}

#[tokio::test]
async fn post_workspace_ban_sends_body_and_decodes_201() {
    let sent = json!({ "success": true, "ban": ban_json() });
    let h = Harness::respond(201, sent.clone()).await;

    let response = h.client.post_workspace_ban(create_ban()).await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "POST");
    assert_eq!(req.url.path(), "/games/bans");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(
        json_body(&req),
        Some(json!({ "userId": "157", "reason": "Exploiting", "bannedByUserId": "99", "expiresInDays": 28.5 }))
    );

    assert_eq!(response.status().as_u16(), 201);
    assert_eq!(response.into_body(), WorkspaceBanResponse { success: true, ban: ban() });
}

#[tokio::test]
async fn post_workspace_ban_permanent_omits_expiry() {
    let h = Harness::respond(201, json!({ "success": true, "ban": ban_json() })).await;
    let body = CreateWorkspaceBanRequest { expires_in_days: None, ..create_ban() };
    h.client.post_workspace_ban(body).await.expect("success");
    let req = h.only_request().await;
    assert_eq!(json_body(&req), Some(json!({ "userId": "157", "reason": "Exploiting", "bannedByUserId": "99" })));
}

#[tokio::test]
async fn post_workspace_ban_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, PostWorkspaceBanError::BadRequest(bad_request())),
        (500, PostWorkspaceBanError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.post_workspace_ban(create_ban()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.post_workspace_ban(create_ban()).await, 418);
}

// ---------------------------------------------------------------------------
// deleteWorkspaceBan: DELETE /games/bans/{banId}
// ---------------------------------------------------------------------------

#[tokio::test]
async fn delete_workspace_ban_sends_request_and_decodes_success() {
    let mut inactive = ban_json();
    inactive["active"] = json!("false");
    let sent = json!({ "success": true, "ban": inactive });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.delete_workspace_ban("ban-1").await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "DELETE");
    assert_eq!(req.url.path(), "/games/bans/ban-1");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    assert!(response.success);
    assert_eq!(response.ban, WorkspaceBan { active: Some("false".into()), ..ban() });
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn delete_workspace_ban_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, DeleteWorkspaceBanError::BadRequest(bad_request())),
        (500, DeleteWorkspaceBanError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.delete_workspace_ban("ban-1").retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(404, error_body(404)).await;
    expect_unexpected(h.client.delete_workspace_ban("ban-1").await, 404);
}

// ---------------------------------------------------------------------------
// getRunningGames: GET /games/running
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_running_games_sends_request_and_decodes_success() {
    let sent = json!({ "success": true, "runningGames": [running_game_json()] });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_running_games().await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/games/running");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    let game = &response.running_games.as_ref().expect("runningGames")[0];
    assert_eq!(game.id.as_deref(), Some("rg-1"));
    assert_eq!(game.internal_game_id.as_deref(), Some("ig-1"));
    assert_eq!(game.game_id, Some(5_000_000_001));
    assert_eq!(game.private_server_owner_id, Some(0));
    assert_eq!(game.place_version, Some(412));
    assert_eq!(game.players, Some(vec!["156".to_owned(), "157".to_owned()]));
    assert_eq!(game.last_ping, Some(ts("2024-02-02T18:10:00Z")));
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn get_running_games_documented_and_undocumented_errors() {
    let h = Harness::respond(500, error_body(500)).await;
    let error = expect_api(h.client.get_running_games().retry(RetryPolicy::none()).await, 500);
    assert_eq!(error, GetRunningGamesError::InternalServerError(server_error()));
    assert_eq!(h.requests().await.len(), 1);
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.get_running_games().await, 418);
}

// ---------------------------------------------------------------------------
// getRunningGame: GET /games/running/{internalGameId}
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_running_game_sends_request_and_decodes_success() {
    let sent = json!({
        "success": true,
        "runningGame": running_game_json(),
        "players": [
            {
                "_id": "rp-1",
                "runningGameId": "rg-1",
                "userSessionId": "ugs-1",
                "groupId": "1234567",
                "internalGameId": "ig-1",
                "userId": "156",
                "userKey": "uk-156",
                "platform": "Phone",
                "isStaff": true,
                "capturedRank": 200,
                "capturedRole": "Moderator",
                "joined": "2024-02-02T17:01:00Z"
            },
            { "_id": "rp-2", "userId": "157", "platform": "unknown", "isStaff": false }
        ]
    });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_running_game("ig-1").await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/games/running/ig-1");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    assert_eq!(response.running_game.as_ref().and_then(|g| g.job_id.as_deref()), Some("0f1e2d3c-job"));
    let players = response.players.as_ref().expect("players");
    assert_eq!(
        players[0],
        RunningGamePlayer {
            id: Some("rp-1".into()),
            running_game_id: Some("rg-1".into()),
            user_session_id: Some("ugs-1".into()),
            group_id: Some("1234567".into()),
            internal_game_id: Some("ig-1".into()),
            user_id: Some("156".into()),
            user_key: Some("uk-156".into()),
            platform: Some(PlayerPlatform::Phone),
            is_staff: Some(true),
            captured_rank: Some(200),
            captured_role: Some("Moderator".into()),
            joined: Some(ts("2024-02-02T17:01:00Z")),
        }
    );
    // `unknown` is a documented platform: it must not land in the catch-all.
    let platform = players[1].platform.as_ref().expect("platform");
    assert_eq!(*platform, PlayerPlatform::Unknown, "documented value `unknown` decoded as {platform:?}");
    assert_eq!(platform.as_str(), "unknown");
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn get_running_game_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, GetRunningGameError::BadRequest(bad_request())),
        (404, GetRunningGameError::NotFound(not_found())),
        (500, GetRunningGameError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.get_running_game("ig-1").retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.get_running_game("ig-1").await, 418);
}
