//! Sessions (v1, raw documents): all authenticated with the `loader-id`
//! header only. Sessions v2 (normalized) are in `sessions_v2.rs`.

mod common;

use common::*;
use readmin_client::operations::*;
use readmin_client::types::*;
use readmin_client::RetryPolicy;
use serde_json::{json, Value};

fn session_json() -> Value {
    json!({
        "_id": "65f0000000000000000000a1",
        "groupId": "1234567",
        "id": "s-1",
        "templateId": "tpl-1",
        "claims": ["156", "158"],
        "attendees": ["157"],
        "comments": [{
            "id": "cm-1",
            "authorId": "99",
            "note": "Great session",
            "deleteable": true,
            "attachments": ["https://example.com/a.png"],
            "created": "2024-02-02T18:45:00Z"
        }],
        "servers": {
            "srv-1": {
                "nickname": "EU 1",
                "linkedToServer": true,
                "linkedServerReAdminId": "rg-1",
                "linkedServerJobId": "job-1",
                "linkedByUser": "99",
                "claims": {
                    "156": { "claimedRole": "r-host", "state": "current", "claimedBy": "156", "claimedAt": "2024-02-02T17:00:00Z", "claimId": "c-1" }
                },
                "attendees": { "157": { "state": "passed", "addedBy": "156" } }
            },
            "srv-2": {
                "nickname": "US 1",
                "linkedToServer": false,
                "claims": [
                    { "userId": "158", "claimedRole": "r-cohost", "state": "none", "claimedBy": "99", "claimedAt": "2024-02-02T17:05:00Z", "claimId": "c-2" }
                ],
                "attendees": {}
            }
        },
        "newClaimingSystem": true,
        "date": "2024-02-02T18:00:00Z",
        "notifyTime": "2024-02-02T17:30:00Z",
        "endsAt": "2024-02-02T19:00:00Z",
        "created": "2024-01-30T12:00:00Z",
        "createdBy": "99",
        "sentDMS": true,
        "sentStartMessage": true,
        "sentEndMessage": false,
        "oneOffSession": false,
        "template": {
            "_id": "65f0000000000000000000b2",
            "id": "tpl-1",
            "groupId": "1234567",
            "name": "Training",
            "description": "Weekly training",
            "roles": ["rg-1"],
            "schedule": { "type": "weekly", "day": "friday", "hour": 18, "minute": 0 },
            "appearsMinutesBefore": 30,
            "sessionDuration": 60,
            "placeId": 6_000_000_002i64,
            "gameId": 5_000_000_001i64,
            "createDiscordEvent": true,
            "created": "2023-12-01T00:00:00Z"
        },
        "createdDiscordEvent": false
    })
}

fn assert_session(session: &Session) {
    assert_eq!(session.underscore_id.as_deref(), Some("65f0000000000000000000a1"));
    assert_eq!(session.id.as_deref(), Some("s-1"));
    assert_eq!(session.template_id, Some("tpl-1".to_owned()));
    assert_eq!(session.sent_dms, Some(true));
    assert_eq!(session.date, Some(ts("2024-02-02T18:00:00Z")));
    assert_eq!(session.comments.as_ref().expect("comments")[0].author_id.as_deref(), Some("99"));

    let servers = session.servers.as_ref().expect("servers");
    let eu = &servers["srv-1"];
    assert_eq!(eu.linked_server_re_admin_id.as_deref(), Some("rg-1"));
    match eu.claims.as_ref().expect("claims") {
        SessionServerClaims::Map(claims) => {
            assert_eq!(claims["156"].state, Some(UserState::Current));
            assert_eq!(claims["156"].claimed_at, Some(ts("2024-02-02T17:00:00Z")));
        }
        other => panic!("map-form claims decoded as {other:?}"),
    }
    assert_eq!(eu.attendees.as_ref().expect("attendees")["157"].state, Some(UserState::Passed));
    match servers["srv-2"].claims.as_ref().expect("claims") {
        SessionServerClaims::Array(claims) => {
            assert_eq!(claims[0].user_id, "158");
            assert_eq!(claims[0].state, Some(UserState::None));
        }
        other => panic!("array-form claims decoded as {other:?}"),
    }

    let template = session.template.as_ref().expect("template");
    assert_eq!(template.underscore_id.as_deref(), Some("65f0000000000000000000b2"));
    assert_eq!(template.game_id, Some(5_000_000_001));
    match template.schedule.as_ref().expect("schedule") {
        SessionSchedule::Weekly(weekly) => {
            assert_eq!(weekly.day, WeeklySessionScheduleDay::Friday);
            assert_eq!((weekly.hour, weekly.minute), (18, 0));
        }
        other => panic!("weekly schedule decoded as {other:?}"),
    }
}

// ---------------------------------------------------------------------------
// getSessionRoles: GET /sessions/roles
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_session_roles_sends_request_and_decodes_success() {
    let sent = json!({
        "success": true,
        "roles": [{
            "_id": "65f0000000000000000000c3",
            "id": "rg-1",
            "groupId": "1234567",
            "name": "Training staff",
            "roles": [
                { "id": "r-host", "name": "Host", "maxUsers": 1, "minRank": 200, "claimOnce": true },
                { "id": "r-cohost", "name": "Co-host", "maxUsers": 3, "minRank": 150, "claimOnce": false }
            ],
            "usedBy": ["tpl-1"],
            "created": "2023-11-11T11:11:11Z"
        }]
    });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_session_roles().await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/sessions/roles");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    let group = &response.roles.as_ref().expect("roles")[0];
    assert_eq!(group.underscore_id.as_deref(), Some("65f0000000000000000000c3"));
    assert_eq!(group.id.as_deref(), Some("rg-1"));
    assert_eq!(group.used_by, Some(vec!["tpl-1".to_owned()]));
    assert_eq!(
        group.roles.as_ref().expect("roles")[0],
        SessionRole {
            id: Some("r-host".into()),
            name: Some("Host".into()),
            max_users: Some(1),
            min_rank: Some(200),
            claim_once: Some(true)
        }
    );
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn get_session_roles_documented_and_undocumented_errors() {
    let h = Harness::respond(500, error_body(500)).await;
    let error = expect_api(h.client.get_session_roles().retry(RetryPolicy::none()).await, 500);
    assert_eq!(error, GetSessionRolesError::InternalServerError(server_error()));
    assert_eq!(h.requests().await.len(), 1);
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.get_session_roles().await, 418);
}

// ---------------------------------------------------------------------------
// getSessions: GET /sessions
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_sessions_sends_request_and_decodes_success() {
    let mut one_off =
        json!({ "_id": "65f0000000000000000000a9", "id": "s-9", "templateId": null, "oneOffSession": true });
    one_off["servers"] = json!({});
    let sent = json!({ "success": true, "sessions": [session_json(), one_off] });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_sessions().await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/sessions");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    let sessions = response.sessions.as_ref().expect("sessions");
    assert_session(&sessions[0]);
    assert_eq!(sessions[1].template_id, None);
    assert_eq!(sessions[1].one_off_session, Some(true));
    assert_eq!(to_json(response.body()), without_null_members(&sent));
}

#[tokio::test]
async fn get_sessions_documented_and_undocumented_errors() {
    let h = Harness::respond(500, error_body(500)).await;
    let error = expect_api(h.client.get_sessions().retry(RetryPolicy::none()).await, 500);
    assert_eq!(error, GetSessionsError::InternalServerError(server_error()));
    assert_eq!(h.requests().await.len(), 1);
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.get_sessions().await, 418);
}

// ---------------------------------------------------------------------------
// getUpcomingSessions: GET /sessions/upcoming
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_upcoming_sessions_sends_request_and_decodes_success() {
    let mut created = session_json();
    created["game"] = json!({
        "_id": "game-1",
        "groupId": "1234567",
        "gameId": 5_000_000_001i64,
        "placeId": 6_000_000_002i64,
        "viewable": true,
        "name": "Cafe",
        "images": { "icon": "https://example.com/icon.png", "thumbnail": "https://example.com/thumb.png" },
        "lastSeen": "2024-02-02T16:00:00Z",
        "created": "2023-01-01T00:00:00Z"
    });
    let not_created = json!({
        "_id": "notCreated",
        "templateId": "tpl-2",
        "date": "2024-02-02T21:00:00Z",
        "template": { "id": "tpl-2", "schedule": { "type": "daily", "hour": 21, "minute": 0 } },
        "game": null
    });
    let sent = json!({ "success": true, "sessions": [created, not_created] });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_upcoming_sessions().await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/sessions/upcoming");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    let sessions = response.sessions.as_ref().expect("sessions");
    assert_eq!(sessions[0].id.as_deref(), Some("s-1"));
    assert_eq!(sessions[0].sent_dms, Some(true));
    let game = sessions[0].game.as_ref().expect("game present and not null");
    assert_eq!(game.id.as_deref(), Some("game-1"));
    assert_eq!(game.place_id, Some(6_000_000_002));
    assert_eq!(game.images.as_ref().and_then(|i| i.icon.as_deref()), Some("https://example.com/icon.png"));
    assert_eq!(sessions[1].underscore_id.as_deref(), Some("notCreated"));
    assert_eq!(sessions[1].game, None);
    match sessions[1].template.as_ref().and_then(|t| t.schedule.as_ref()) {
        Some(SessionSchedule::Daily(daily)) => assert_eq!((daily.hour, daily.minute), (21, 0)),
        other => panic!("daily schedule decoded as {other:?}"),
    }
    assert_eq!(to_json(response.body()), without_null_members(&sent));
}

#[tokio::test]
async fn get_upcoming_sessions_documented_and_undocumented_errors() {
    let h = Harness::respond(500, error_body(500)).await;
    let error = expect_api(h.client.get_upcoming_sessions().retry(RetryPolicy::none()).await, 500);
    assert_eq!(error, GetUpcomingSessionsError::InternalServerError(server_error()));
    assert_eq!(h.requests().await.len(), 1);
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.get_upcoming_sessions().await, 418);
}

// ---------------------------------------------------------------------------
// getSessionById: GET /sessions/{sessionId}
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_session_by_id_sends_request_and_decodes_success() {
    let sent = json!({ "success": true, "session": session_json() });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_session_by_id("s-1").await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/sessions/s-1");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    assert_session(response.session.as_ref().expect("present and not null"));
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn get_session_by_id_decodes_null_session() {
    let h = Harness::respond(200, json!({ "success": false, "session": null })).await;
    let response = h.client.get_session_by_id("missing").await.expect("success");
    assert_eq!(response.into_body(), SessionResponse { success: Some(false), session: None });
}

#[tokio::test]
async fn get_session_by_id_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, GetSessionByIdError::BadRequest(bad_request())),
        (500, GetSessionByIdError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.get_session_by_id("s-1").retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.get_session_by_id("s-1").await, 418);
}

// ---------------------------------------------------------------------------
// postSessionServer: POST /sessions/{sessionId}/servers (no body)
// ---------------------------------------------------------------------------

#[tokio::test]
async fn post_session_server_sends_request_and_decodes_success() {
    let sent = json!({ "success": true, "newServerId": "srv-3", "session": session_json() });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.post_session_server("s-1").await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "POST");
    assert_eq!(req.url.path(), "/sessions/s-1/servers");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    assert_eq!(response.new_server_id.as_deref(), Some("srv-3"));
    assert_session(response.session.as_ref().expect("session"));
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn post_session_server_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, PostSessionServerError::BadRequest(bad_request())),
        (500, PostSessionServerError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.post_session_server("s-1").await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.post_session_server("s-1").await, 418);
}

// ---------------------------------------------------------------------------
// postSessionServerRole: POST /sessions/{sessionId}/servers/{serverId}/roles
// ---------------------------------------------------------------------------

fn claim_server_role() -> ClaimSessionServerRoleRequest {
    ClaimSessionServerRoleRequest {
        user_id: Some("156".into()),
        role_id: Some("rg-1".into()),
        subrole_id: Some("r-host".into()),
    }
}

#[tokio::test]
async fn post_session_server_role_sends_body_and_decodes_success() {
    let h = Harness::respond(200, json!({ "success": true })).await;

    let response = h.client.post_session_server_role("s-1", "srv-1", claim_server_role()).await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "POST");
    assert_eq!(req.url.path(), "/sessions/s-1/servers/srv-1/roles");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), Some(json!({ "userId": "156", "roleId": "rg-1", "subroleId": "r-host" })));

    assert_eq!(response.into_body(), SuccessResponse { success: Some(true) });
}

#[tokio::test]
async fn post_session_server_role_omits_unset_optional_fields() {
    let h = Harness::respond(200, json!({ "success": true })).await;
    let body = ClaimSessionServerRoleRequest { user_id: Some("156".into()), ..Default::default() };
    h.client.post_session_server_role("s-1", "srv-1", body).await.expect("success");
    let req = h.only_request().await;
    assert_eq!(json_body(&req), Some(json!({ "userId": "156" })));
}

#[tokio::test]
async fn post_session_server_role_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, PostSessionServerRoleError::BadRequest(bad_request())),
        (500, PostSessionServerRoleError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.post_session_server_role("s-1", "srv-1", claim_server_role()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.post_session_server_role("s-1", "srv-1", claim_server_role()).await, 418);
}
