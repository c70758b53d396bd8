//! Time off, teams and promotion requests (tags Time Off, Teams, Promotion
//! Requests): all authenticated with the `loader-id` header only.

mod common;

use common::*;
use readmin_client::operations::*;
use readmin_client::types::*;
use readmin_client::RetryPolicy;
use serde_json::{json, Value};

fn time_off_json(status: &str) -> Value {
    json!({
        "groupId": "1234567",
        "userId": "156",
        "reason": "Holiday",
        "starts": "2024-03-01T00:00:00Z",
        "ends": "2024-03-08T00:00:00Z",
        "created": "2024-02-20T09:00:00Z",
        "_id": "to-1",
        "teamId": "team-1",
        "status": status,
        "reviewedBy": "99",
        "reviewNote": "Enjoy",
        "reviewedAt": "2024-02-21T10:00:00Z",
        "approvalChain": [{
            "index": 0,
            "label": "Team lead",
            "type": "teamLead",
            "approverIds": ["99", "98"],
            "decidedBy": "99",
            "decidedAt": "2024-02-21T10:00:00Z",
            "note": "ok"
        }],
        "currentStepIndex": 1,
        "currentApproverIds": []
    })
}

fn assert_time_off(request: &TimeOffRequest, status: TimeOffStatus) {
    assert_eq!(request.id.as_deref(), Some("to-1"));
    assert_eq!(request.user_id.as_deref(), Some("156"));
    assert_eq!(request.team_id.as_deref(), Some("team-1"));
    assert_eq!(request.status, Some(status));
    assert_eq!(request.starts, Some(ts("2024-03-01T00:00:00Z")));
    assert_eq!(request.reviewed_at, Some(ts("2024-02-21T10:00:00Z")));
    assert_eq!(request.current_step_index, Some(1));
    let step = &request.approval_chain.as_ref().expect("approvalChain")[0];
    assert_eq!(
        *step,
        ApprovalStep {
            index: Some(0),
            label: Some("Team lead".into()),
            r#type: Some("teamLead".into()),
            approver_ids: Some(vec!["99".into(), "98".into()]),
            decided_by: Some("99".into()),
            decided_at: Some(ts("2024-02-21T10:00:00Z")),
            note: Some("ok".into()),
        }
    );
}

fn team_json() -> Value {
    json!({
        "_id": "team-2",
        "groupId": "1234567",
        "name": "Baristas",
        "description": "Coffee people",
        "parentTeamId": "team-1",
        "roles": [{ "id": "tr-1", "name": "Lead barista", "isLead": true, "robloxRoleId": 98_765_432_101i64, "created": "2023-10-10T10:10:10Z" }],
        "syncedDepartments": ["dept-1"],
        "autoSyncEnabled": true,
        "created": "2023-10-10T10:10:10Z",
        "createdBy": "99",
        "updatedAt": "2024-01-01T01:01:01Z"
    })
}

fn promotion_request_json() -> Value {
    json!({
        "_id": "pr-1",
        "groupId": "1234567",
        "targetUserId": "156",
        "targetUserName": "builderman",
        "currentRoleId": 98_765_432_101i64,
        "currentRoleName": "Barista",
        "requestedRoleId": 98_765_432_102i64,
        "requestedRoleName": "Lead barista",
        "reason": "Great work",
        "attachments": ["https://example.com/proof.png"],
        "requestedBy": "99",
        "requestedByName": "manager",
        "status": "approved",
        "votes": [{ "userId": "98", "vote": "support", "comment": "+1", "attachments": [], "created": "2024-02-01T00:00:00Z" }],
        "comments": [{ "userId": "97", "message": "Agreed", "attachments": [], "created": "2024-02-01T01:00:00Z" }],
        "closedBy": "99",
        "closeComment": "Promoted",
        "rankedTo": "Lead barista",
        "created": "2024-01-31T00:00:00Z",
        "closedAt": "2024-02-02T00:00:00Z"
    })
}

fn assert_promotion_request(request: &PromotionRequest) {
    assert_eq!(request.id.as_deref(), Some("pr-1"));
    assert_eq!(request.target_user_name.as_deref(), Some("builderman"));
    assert_eq!(request.current_role_id, Some(98_765_432_101));
    assert_eq!(request.requested_role_id, Some(98_765_432_102));
    assert_eq!(request.status, Some(PromotionRequestStatus::Approved));
    let vote = &request.votes.as_ref().expect("votes")[0];
    assert_eq!(vote.vote, Some(PromotionRequestVoteVote::Support));
    assert_eq!(vote.created, Some(ts("2024-02-01T00:00:00Z")));
    assert_eq!(request.comments.as_ref().expect("comments")[0].message.as_deref(), Some("Agreed"));
    assert_eq!(request.closed_at, Some(ts("2024-02-02T00:00:00Z")));
}

// ---------------------------------------------------------------------------
// getTimeOffRequests: GET /time-off
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_time_off_requests_sends_filters_and_decodes_success() {
    let sent = json!({ "success": true, "requests": [time_off_json("pending")] });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_time_off_requests().status("pending").user_id("156").await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/time-off");
    assert_eq!(query_pairs(&req), ["status=pending", "userId=156"]);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    assert_time_off(&response.requests.as_ref().expect("requests")[0], TimeOffStatus::Pending);
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn get_time_off_requests_without_filters_sends_no_query() {
    let h = Harness::respond(200, json!({ "success": true, "requests": [] })).await;
    let response = h.client.get_time_off_requests().await.expect("success");
    let req = h.only_request().await;
    assert_eq!(req.url.path(), "/time-off");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(response.into_body(), TimeOffRequestListResponse { success: Some(true), requests: Some(vec![]) });
}

#[tokio::test]
async fn get_time_off_requests_documented_and_undocumented_errors() {
    let h = Harness::respond(500, error_body(500)).await;
    let error = expect_api(h.client.get_time_off_requests().retry(RetryPolicy::none()).await, 500);
    assert_eq!(error, GetTimeOffRequestsError::InternalServerError(server_error()));
    assert_eq!(h.requests().await.len(), 1);
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.get_time_off_requests().await, 418);
}

// ---------------------------------------------------------------------------
// getTimeOffRequest: GET /time-off/{requestId}
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_time_off_request_sends_request_and_decodes_success() {
    let sent = json!({ "success": true, "request": time_off_json("denied") });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_time_off_request("to-1").await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/time-off/to-1");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    assert_time_off(response.request.as_ref().expect("request"), TimeOffStatus::Denied);
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn get_time_off_request_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, GetTimeOffRequestError::BadRequest(bad_request())),
        (404, GetTimeOffRequestError::NotFound(not_found())),
        (500, GetTimeOffRequestError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.get_time_off_request("to-1").retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.get_time_off_request("to-1").await, 418);
}

// ---------------------------------------------------------------------------
// approveTimeOffRequest: PUT /time-off/{requestId}/approve
// ---------------------------------------------------------------------------

#[tokio::test]
async fn approve_time_off_request_sends_body_and_decodes_success() {
    let sent = json!({ "success": true, "request": time_off_json("approved") });
    let h = Harness::respond(200, sent.clone()).await;

    let body = ReviewTimeOffRequest { actor_id: "99".into(), note: Some("Enjoy".into()) };
    let response = h.client.approve_time_off_request("to-1", body).await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "PUT");
    assert_eq!(req.url.path(), "/time-off/to-1/approve");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), Some(json!({ "actorId": "99", "note": "Enjoy" })));

    assert_time_off(response.request.as_ref().expect("request"), TimeOffStatus::Approved);
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn approve_time_off_request_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, ApproveTimeOffRequestError::BadRequest(bad_request())),
        (404, ApproveTimeOffRequestError::NotFound(not_found())),
        (500, ApproveTimeOffRequestError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let body = ReviewTimeOffRequest { actor_id: "99".into(), note: None };
        let error =
            expect_api(h.client.approve_time_off_request("to-1", body).retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    let body = ReviewTimeOffRequest { actor_id: "99".into(), note: None };
    expect_unexpected(h.client.approve_time_off_request("to-1", body).await, 418);
}

// ---------------------------------------------------------------------------
// declineTimeOffRequest: PUT /time-off/{requestId}/decline
// ---------------------------------------------------------------------------

#[tokio::test]
async fn decline_time_off_request_sends_body_and_decodes_success() {
    let sent = json!({ "success": true, "request": time_off_json("denied") });
    let h = Harness::respond(200, sent.clone()).await;

    let body = ReviewTimeOffRequest { actor_id: "99".into(), note: None };
    let response = h.client.decline_time_off_request("to-1", body).await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "PUT");
    assert_eq!(req.url.path(), "/time-off/to-1/decline");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    // The optional note is omitted, not sent as null.
    assert_eq!(json_body(&req), Some(json!({ "actorId": "99" })));

    assert_time_off(response.request.as_ref().expect("request"), TimeOffStatus::Denied);
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn decline_time_off_request_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, DeclineTimeOffRequestError::BadRequest(bad_request())),
        (404, DeclineTimeOffRequestError::NotFound(not_found())),
        (500, DeclineTimeOffRequestError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let body = ReviewTimeOffRequest { actor_id: "99".into(), note: None };
        let error =
            expect_api(h.client.decline_time_off_request("to-1", body).retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    let body = ReviewTimeOffRequest { actor_id: "99".into(), note: None };
    expect_unexpected(h.client.decline_time_off_request("to-1", body).await, 418);
}

// ---------------------------------------------------------------------------
// getTeams: GET /teams
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_teams_sends_request_and_decodes_success() {
    let top_level = json!({ "_id": "team-1", "name": "Staff", "parentTeamId": null, "roles": [] });
    let sent = json!({ "success": true, "teams": [top_level, team_json()] });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_teams().await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/teams");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    let teams = response.teams.as_ref().expect("teams");
    assert_eq!(teams[0].id.as_deref(), Some("team-1"));
    assert_eq!(teams[0].parent_team_id, None);
    assert_eq!(teams[1].parent_team_id, Some("team-1".to_owned()));
    assert_eq!(
        teams[1].roles.as_ref().expect("roles")[0],
        TeamRole {
            id: Some("tr-1".into()),
            name: Some("Lead barista".into()),
            is_lead: Some(true),
            roblox_role_id: Some(98_765_432_101),
            created: Some(ts("2023-10-10T10:10:10Z")),
        }
    );
    assert_eq!(teams[1].auto_sync_enabled, Some(true));
    assert_eq!(teams[1].updated_at, Some(ts("2024-01-01T01:01:01Z")));
    assert_eq!(to_json(response.body()), without_null_members(&sent));
}

#[tokio::test]
async fn get_teams_documented_and_undocumented_errors() {
    let h = Harness::respond(500, error_body(500)).await;
    let error = expect_api(h.client.get_teams().retry(RetryPolicy::none()).await, 500);
    assert_eq!(error, GetTeamsError::InternalServerError(server_error()));
    assert_eq!(h.requests().await.len(), 1);
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.get_teams().await, 418);
}

// ---------------------------------------------------------------------------
// getUserTeams: GET /teams/users/{userId}
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_user_teams_sends_request_and_decodes_success() {
    let sent = json!({
        "success": true,
        "teams": [
            { "teamId": "team-2", "teamName": "Baristas", "roleId": "tr-1", "roleName": "Lead barista", "isLead": true, "created": "2023-10-11T00:00:00Z" },
            { "teamId": "team-9", "teamName": null, "roleId": "tr-deleted", "roleName": null, "isLead": false }
        ]
    });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_user_teams("156").await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/teams/users/156");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    let teams = response.teams.as_ref().expect("teams");
    assert_eq!(
        teams[0],
        UserTeamMembership {
            team_id: Some("team-2".into()),
            team_name: Some("Baristas".into()),
            role_id: Some("tr-1".into()),
            role_name: Some("Lead barista".into()),
            is_lead: Some(true),
            created: Some(ts("2023-10-11T00:00:00Z")),
        }
    );
    assert_eq!(teams[1].team_name, None);
    assert_eq!(teams[1].role_name, None);
    assert_eq!(to_json(response.body()), without_null_members(&sent));
}

#[tokio::test]
async fn get_user_teams_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, GetUserTeamsError::BadRequest(bad_request())),
        (500, GetUserTeamsError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.get_user_teams("156").retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(404, error_body(404)).await;
    expect_unexpected(h.client.get_user_teams("156").await, 404);
}

// ---------------------------------------------------------------------------
// getTeam: GET /teams/{teamId}
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_team_sends_request_and_decodes_success() {
    let sent = json!({
        "success": true,
        "team": team_json(),
        "members": [
            { "userId": "156", "roleId": "tr-1", "roleName": "Lead barista", "isLead": true, "created": "2023-10-11T00:00:00Z" },
            { "userId": "157", "roleId": "tr-gone", "roleName": null, "isLead": false }
        ]
    });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_team("team-2").await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/teams/team-2");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    assert_eq!(response.team.as_ref().and_then(|t| t.name.as_deref()), Some("Baristas"));
    let members = response.members.as_ref().expect("members");
    assert_eq!(
        members[0],
        TeamMember {
            user_id: Some("156".into()),
            role_id: Some("tr-1".into()),
            role_name: Some("Lead barista".into()),
            is_lead: Some(true),
            created: Some(ts("2023-10-11T00:00:00Z")),
        }
    );
    assert_eq!(members[1].role_name, None);
    assert_eq!(to_json(response.body()), without_null_members(&sent));
}

#[tokio::test]
async fn get_team_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, GetTeamError::BadRequest(bad_request())),
        (404, GetTeamError::NotFound(not_found())),
        (500, GetTeamError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.get_team("team-2").retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.get_team("team-2").await, 418);
}

// ---------------------------------------------------------------------------
// getPromotionRequests: GET /promotion-requests
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_promotion_requests_sends_status_and_decodes_success() {
    let sent = json!({ "success": true, "requests": [promotion_request_json()] });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_promotion_requests().status("approved").await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/promotion-requests");
    assert_eq!(query_pairs(&req), ["status=approved"]);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    assert_promotion_request(&response.requests.as_ref().expect("requests")[0]);
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn get_promotion_requests_without_status_sends_no_query() {
    let h = Harness::respond(200, json!({ "success": true, "requests": [] })).await;
    h.client.get_promotion_requests().await.expect("success");
    let req = h.only_request().await;
    assert_eq!(req.url.path(), "/promotion-requests");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
}

#[tokio::test]
async fn get_promotion_requests_documented_and_undocumented_errors() {
    let h = Harness::respond(500, error_body(500)).await;
    let error = expect_api(h.client.get_promotion_requests().retry(RetryPolicy::none()).await, 500);
    assert_eq!(error, GetPromotionRequestsError::InternalServerError(server_error()));
    assert_eq!(h.requests().await.len(), 1);
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.get_promotion_requests().await, 418);
}

// ---------------------------------------------------------------------------
// getPromotionRequest: GET /promotion-requests/{requestId}
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_promotion_request_sends_request_and_decodes_success() {
    let sent = json!({ "success": true, "request": promotion_request_json() });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_promotion_request("pr-1").await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/promotion-requests/pr-1");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    assert_promotion_request(response.request.as_ref().expect("request"));
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn get_promotion_request_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, GetPromotionRequestError::BadRequest(bad_request())),
        (404, GetPromotionRequestError::NotFound(not_found())),
        (500, GetPromotionRequestError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.get_promotion_request("pr-1").retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.get_promotion_request("pr-1").await, 418);
}
