//! Sessions v2 (normalized documents): all authenticated with the
//! `loader-id` header only.

mod common;

use common::*;
use readmin_client::operations::*;
use readmin_client::types::*;
use readmin_client::RetryPolicy;
use serde_json::{json, Value};

fn session_v2_json() -> Value {
    json!({
        "id": "s-1",
        "groupId": "1234567",
        "name": "Training",
        "description": "Weekly training",
        "status": "live",
        "startsAt": "2024-02-02T18:00:00Z",
        "endsAt": "2024-02-02T19:00:00Z",
        "durationMinutes": 60,
        "appearsAt": null,
        "templateId": "tpl-1",
        "oneOff": false,
        "game": { "gameId": 5_000_000_001i64, "placeId": null, "name": "Cafe", "thumbnail": null },
        "roleGroupIds": ["rg-1"],
        "servers": [{
            "id": "srv-1",
            "nickname": null,
            "linked": true,
            "linkedServerId": "rg-1",
            "linkedJobId": "job-1",
            "linkedBy": null,
            "claims": [{
                "userId": "156",
                "roleId": "r-host",
                "roleName": null,
                "state": "current",
                "claimedBy": "156",
                "claimedAt": "2024-02-02T17:00:00Z",
                "claimId": null
            }],
            "attendees": [{ "userId": "157", "state": null, "addedBy": "156" }]
        }],
        "counts": { "servers": 1, "claims": 1, "attendees": 1 },
        "createdBy": null,
        "createdAt": "2024-01-30T12:00:00Z"
    })
}

fn assert_session_v2(session: &SessionV2) {
    assert_eq!(session.id.as_deref(), Some("s-1"));
    assert_eq!(session.status, Some(SessionStatus::Live));
    assert_eq!(session.starts_at, Some(ts("2024-02-02T18:00:00Z")));
    assert_eq!(session.duration_minutes, Some(60));
    assert_eq!(session.appears_at, None);
    assert_eq!(session.template_id, Some("tpl-1".to_owned()));
    assert_eq!(
        session.game,
        Some(SessionV2Game {
            game_id: Some(5_000_000_001),
            place_id: None,
            name: Some("Cafe".into()),
            thumbnail: None
        })
    );
    let server = &session.servers.as_ref().expect("servers")[0];
    assert_eq!(server.nickname, None);
    assert_eq!(server.linked_server_id, Some("rg-1".to_owned()));
    let claim = &server.claims.as_ref().expect("claims")[0];
    assert_eq!(claim.role_id, Some("r-host".to_owned()));
    assert_eq!(claim.role_name, None);
    assert_eq!(claim.state, Some(UserState::Current));
    assert_eq!(claim.claim_id, None);
    assert_eq!(server.attendees.as_ref().expect("attendees")[0].state, None);
    assert_eq!(session.counts, Some(SessionV2Counts { servers: Some(1), claims: Some(1), attendees: Some(1) }));
    assert_eq!(session.created_by, None);
}

// ---------------------------------------------------------------------------
// listSessions: GET /sessions/v2
// ---------------------------------------------------------------------------

#[tokio::test]
async fn list_sessions_sends_every_query_parameter_and_decodes_success() {
    let sent = json!({
        "success": true,
        "data": [session_v2_json()],
        "pagination": { "total": 7, "limit": 50, "count": 1, "hasMore": false, "nextCursor": null }
    });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h
        .client
        .list_sessions()
        .status(ListSessionsStatus::Live)
        .template_id("tpl 1/ü")
        .from(ts("2024-01-01T00:00:00Z"))
        .to(ts("2024-01-31T23:59:59Z"))
        .order(ListSessionsOrder::Desc)
        .limit(50)
        .cursor("c&=1")
        .await
        .expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/sessions/v2");
    assert_eq!(
        query_pairs(&req),
        [
            "cursor=c%26%3D1",
            "from=2024-01-01T00%3A00%3A00Z",
            "limit=50",
            "order=desc",
            "status=live",
            "templateId=tpl%201%2F%C3%BC",
            "to=2024-01-31T23%3A59%3A59Z",
        ]
    );
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    assert_session_v2(&response.data.as_ref().expect("data")[0]);
    assert_eq!(
        response.pagination,
        Some(CursorPagination {
            total: Some(7),
            limit: Some(50),
            count: Some(1),
            has_more: Some(false),
            next_cursor: None
        })
    );
    assert_eq!(to_json(response.body()), without_null_members(&sent));
}

#[tokio::test]
async fn list_sessions_without_parameters_sends_no_query() {
    let sent = json!({ "success": true, "data": [], "pagination": { "hasMore": true, "nextCursor": "next-1" } });
    let h = Harness::respond(200, sent).await;

    let response = h.client.list_sessions().await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.url.path(), "/sessions/v2");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(response.pagination.as_ref().and_then(|p| p.next_cursor.clone()), Some("next-1".to_owned()));
}

#[tokio::test]
async fn list_sessions_documented_and_undocumented_errors() {
    let h = Harness::respond(500, error_body(500)).await;
    let error = expect_api(h.client.list_sessions().retry(RetryPolicy::none()).await, 500);
    assert_eq!(error, ListSessionsError::InternalServerError(server_error()));
    assert_eq!(h.requests().await.len(), 1);
    let h = Harness::respond(400, error_body(400)).await;
    expect_unexpected(h.client.list_sessions().await, 400);
}

// ---------------------------------------------------------------------------
// listRoleGroups: GET /sessions/v2/roles
// ---------------------------------------------------------------------------

#[tokio::test]
async fn list_role_groups_sends_request_and_decodes_success() {
    let sent = json!({
        "success": true,
        "data": [{
            "id": "rg-1",
            "name": "Training staff",
            "roles": [{ "id": "r-host", "name": "Host", "maxUsers": 1, "minRank": 200, "claimOnce": true }],
            "created": "2023-11-11T11:11:11Z"
        }]
    });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.list_role_groups().await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/sessions/v2/roles");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    let group = &response.data.as_ref().expect("data")[0];
    assert_eq!(group.id.as_deref(), Some("rg-1"));
    assert_eq!(group.roles.as_ref().expect("roles")[0].min_rank, Some(200));
    assert_eq!(group.created, Some(ts("2023-11-11T11:11:11Z")));
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn list_role_groups_documented_and_undocumented_errors() {
    let h = Harness::respond(500, error_body(500)).await;
    let error = expect_api(h.client.list_role_groups().retry(RetryPolicy::none()).await, 500);
    assert_eq!(error, ListRoleGroupsError::InternalServerError(server_error()));
    assert_eq!(h.requests().await.len(), 1);
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.list_role_groups().await, 418);
}

// ---------------------------------------------------------------------------
// getSession: GET /sessions/v2/{sessionId}
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_session_sends_request_and_decodes_success() {
    let sent = json!({ "success": true, "data": session_v2_json() });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_session("s-1").await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/sessions/v2/s-1");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    assert_session_v2(response.data.as_ref().expect("data"));
    assert_eq!(to_json(response.body()), without_null_members(&sent));
}

#[tokio::test]
async fn get_session_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, GetSessionError::BadRequest(bad_request())),
        (404, GetSessionError::NotFound(not_found())),
        (500, GetSessionError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.get_session("s-1").retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.get_session("s-1").await, 418);
}

// ---------------------------------------------------------------------------
// createSessionServer: POST /sessions/v2/{sessionId}/servers (optional body)
// ---------------------------------------------------------------------------

#[tokio::test]
async fn create_session_server_sends_optional_body_and_decodes_201() {
    let sent = json!({
        "success": true,
        "data": {
            "id": "srv-2",
            "nickname": "EU 2",
            "linked": false,
            "linkedServerId": null,
            "linkedJobId": null,
            "linkedBy": null,
            "claims": [],
            "attendees": []
        }
    });
    let h = Harness::respond(201, sent.clone()).await;

    let response = h
        .client
        .create_session_server("s-1")
        .body(CreateSessionV2ServerRequest { nickname: Some("EU 2".into()) })
        .await
        .expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "POST");
    assert_eq!(req.url.path(), "/sessions/v2/s-1/servers");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), Some(json!({ "nickname": "EU 2" })));

    assert_eq!(response.status().as_u16(), 201);
    assert_eq!(
        response.data,
        Some(SessionV2Server {
            id: Some("srv-2".into()),
            nickname: Some("EU 2".into()),
            linked: Some(false),
            linked_server_id: None,
            linked_job_id: None,
            linked_by: None,
            claims: Some(vec![]),
            attendees: Some(vec![]),
        })
    );
    assert_eq!(to_json(response.body()), without_null_members(&sent));
}

#[tokio::test]
async fn create_session_server_without_body_sends_no_body() {
    let h = Harness::respond(201, json!({ "success": true, "data": { "id": "srv-3" } })).await;

    let response = h.client.create_session_server("s-1").await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "POST");
    assert_eq!(req.url.path(), "/sessions/v2/s-1/servers");
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);
    assert_eq!(response.data.as_ref().and_then(|s| s.id.as_deref()), Some("srv-3"));
}

#[tokio::test]
async fn create_session_server_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, CreateSessionServerError::BadRequest(bad_request())),
        (404, CreateSessionServerError::NotFound(not_found())),
        (500, CreateSessionServerError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.create_session_server("s-1").await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.create_session_server("s-1").await, 418);
}

// ---------------------------------------------------------------------------
// claimRole: POST /sessions/v2/{sessionId}/servers/{serverId}/claims
// ---------------------------------------------------------------------------

fn claim_role_request() -> ClaimSessionV2RoleRequest {
    ClaimSessionV2RoleRequest { user_id: "156".into(), role_group_id: "rg-1".into(), role_id: "r-host".into() }
}

#[tokio::test]
async fn claim_role_sends_body_and_decodes_201() {
    let sent = json!({
        "success": true,
        "data": {
            "userId": "156",
            "roleId": "r-host",
            "roleName": "Host",
            "state": "none",
            "claimedBy": "156",
            "claimedAt": "2024-02-02T17:00:00Z",
            "claimId": "c-9"
        }
    });
    let h = Harness::respond(201, sent.clone()).await;

    let response = h.client.claim_role("s-1", "srv-1", claim_role_request()).await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "POST");
    assert_eq!(req.url.path(), "/sessions/v2/s-1/servers/srv-1/claims");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), Some(json!({ "userId": "156", "roleGroupId": "rg-1", "roleId": "r-host" })));

    assert_eq!(response.status().as_u16(), 201);
    assert_eq!(
        response.data,
        Some(SessionV2Claim {
            user_id: Some("156".into()),
            role_id: Some("r-host".into()),
            role_name: Some("Host".into()),
            state: Some(UserState::None),
            claimed_by: Some("156".into()),
            claimed_at: Some(ts("2024-02-02T17:00:00Z")),
            claim_id: Some("c-9".into()),
        })
    );
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn claim_role_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, ClaimRoleError::BadRequest(bad_request())),
        (404, ClaimRoleError::NotFound(not_found())),
        (500, ClaimRoleError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.claim_role("s-1", "srv-1", claim_role_request()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.claim_role("s-1", "srv-1", claim_role_request()).await, 418);
}

// ---------------------------------------------------------------------------
// releaseClaim: DELETE /sessions/v2/{sessionId}/servers/{serverId}/claims/{userId}
// ---------------------------------------------------------------------------

#[tokio::test]
async fn release_claim_sends_request_and_decodes_success() {
    let h = Harness::respond(200, json!({ "success": true })).await;

    let response = h.client.release_claim("s-1", "srv-1", "156").await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "DELETE");
    assert_eq!(req.url.path(), "/sessions/v2/s-1/servers/srv-1/claims/156");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    assert_eq!(response.into_body(), SuccessResponse { success: Some(true) });
}

#[tokio::test]
async fn release_claim_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, ReleaseClaimError::BadRequest(bad_request())),
        (404, ReleaseClaimError::NotFound(not_found())),
        (500, ReleaseClaimError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.release_claim("s-1", "srv-1", "156").retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.release_claim("s-1", "srv-1", "156").await, 418);
}
