//! Staff history, workspace and activity (tags staff history, Workspace,
//! Activity): all authenticated with the `loader-id` header only. The
//! in-game tracker's servers and players are in `game_servers.rs`.

mod common;

use common::*;
use readmin_client::operations::*;
use readmin_client::types::*;
use readmin_client::RetryPolicy;
use serde_json::{json, Value};

fn distribution_summary_json() -> Value {
    json!({
        "_id": "sum-1",
        "userId": "156",
        "groupId": "1234567",
        "distribution": "12",
        "sessions": ["sess-1", "sess-2"],
        "minutes": { "total": 120.5, "active": 100.25, "inactive": 20.25, "typing": 3.5, "messages": 42.0 },
        "goals": {
            "req-1": {
                "minutes": { "metGoal": true, "at": 120.5, "percentage": 100.0, "goal": 60.0 },
                "activeMinutes": { "metGoal": false, "at": 10.5, "percentage": 17.5, "goal": 60.0 },
                "minimumMessages": { "metGoal": true, "at": 42.0, "percentage": 100.0, "goal": 10.0 },
                "minimumSessions": { "metGoal": false, "at": 1.0, "percentage": 50.0, "goal": 2.0 }
            }
        },
        "created": "2024-02-01T00:00:00Z",
        "attendedSessions": ["sess-1"],
        "updated": "2024-02-03T10:11:12Z"
    })
}

fn assert_distribution_summary(summary: &DistributionSummary) {
    assert_eq!(summary.id.as_deref(), Some("sum-1"));
    assert_eq!(summary.user_id.as_deref(), Some("156"));
    assert_eq!(summary.distribution.as_deref(), Some("12"));
    assert_eq!(
        summary.minutes,
        Some(ActivityMinutes {
            total: Some(120.5),
            active: Some(100.25),
            inactive: Some(20.25),
            typing: Some(3.5),
            messages: Some(42.0)
        })
    );
    let goal = &summary.goals.as_ref().expect("goals")["req-1"];
    assert_eq!(
        goal.minutes,
        Some(GoalProgress { met_goal: Some(true), at: Some(120.5), percentage: Some(100.0), goal: Some(60.0) })
    );
    assert_eq!(goal.minimum_sessions.as_ref().and_then(|g| g.goal), Some(2.0));
    assert_eq!(summary.attended_sessions.as_deref(), Some(&["sess-1".to_owned()][..]));
    assert_eq!(summary.updated, Some(ts("2024-02-03T10:11:12Z")));
}

// ---------------------------------------------------------------------------
// getStaffHistory: GET /staff/history
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_staff_history_sends_request_and_decodes_success() {
    let sent = json!({
        "success": true,
        "history": [{
            "_id": "h-1",
            "groupId": "1234567",
            "type": "suspension",
            "userId": true,
            "disciplinarianId": "99",
            "reason": "Inactivity",
            "created": "2024-01-01T00:00:00.000Z",
            "expires": "2024-01-08T00:00:00.000Z",
            "rankTo": "Suspended",
            "rankFrom": "Moderator",
            "ended": false,
            "endedBy": "",
            "evidence": ["https://example.com/1.png"],
            "pendingApproval": false,
            "approvedBy": "98",
            "notify": true,
            "distribution": 12
        }]
    });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_staff_history().await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/staff/history");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    let item = &response.history.as_ref().expect("history")[0];
    assert_eq!(item.id.as_deref(), Some("h-1"));
    assert_eq!(item.r#type, Some(StaffHistoryType::Suspension));
    assert_eq!(item.user_id, Some(true));
    assert_eq!(item.rank_from.as_deref(), Some("Moderator"));
    assert_eq!(item.created.as_deref(), Some("2024-01-01T00:00:00.000Z"));
    assert_eq!(item.pending_approval, Some(false));
    assert_eq!(item.distribution, Some(12));
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn get_staff_history_documented_and_undocumented_errors() {
    let h = Harness::respond(500, error_body(500)).await;
    let error = expect_api(h.client.get_staff_history().retry(RetryPolicy::none()).await, 500);
    assert_eq!(error, GetStaffHistoryError::InternalServerError(server_error()));
    assert_eq!(h.requests().await.len(), 1);
    // 400 is not documented for getStaffHistory.
    let h = Harness::respond(400, error_body(400)).await;
    expect_unexpected(h.client.get_staff_history().await, 400);
}

// ---------------------------------------------------------------------------
// postStaffHistory: POST /staff/history
// ---------------------------------------------------------------------------

fn create_staff_history() -> CreateStaffHistoryRequest {
    CreateStaffHistoryRequest {
        actioning_user: "99".into(),
        user_id: "156".into(),
        reason: "Inactivity".into(),
        r#type: StaffHistoryType::Suspension,
        notify: Some(true),
        role: None,
        expires_in_days: Some(7.5),
        approval_required: false,
    }
}

#[tokio::test]
async fn post_staff_history_sends_body_and_decodes_success() {
    let sent = json!({
        "success": true,
        "history": { "_id": "h-2", "groupId": "1234567", "type": "suspension", "reason": "Inactivity", "pendingApproval": false }
    });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.post_staff_history(create_staff_history()).await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "POST");
    assert_eq!(req.url.path(), "/staff/history");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(
        json_body(&req),
        Some(json!({
            "actioningUser": "99",
            "userId": "156",
            "reason": "Inactivity",
            "type": "suspension",
            "notify": true,
            "expiresInDays": 7.5,
            "approval_required": false
        }))
    );

    assert!(response.success);
    assert_eq!(response.history.id.as_deref(), Some("h-2"));
    assert_eq!(response.history.r#type, Some(StaffHistoryType::Suspension));
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn post_staff_history_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, PostStaffHistoryError::BadRequest(bad_request())),
        (500, PostStaffHistoryError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.post_staff_history(create_staff_history()).await, status);
        assert_eq!(error, expected);
        // POST is not retried by default.
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.post_staff_history(create_staff_history()).await, 418);
}

// ---------------------------------------------------------------------------
// getWorkspace: GET /activity/workspace
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_workspace_sends_request_and_decodes_success() {
    let sent = workspace_json();
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_workspace().await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/activity/workspace");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    let workspace = response.body();
    assert_eq!(workspace.group_name.as_deref(), Some("Cafe Group"));
    assert_eq!(
        workspace.owner,
        Some(WorkspaceOwner { re_admin_id: Some("ra-1".into()), roblox_id: Some("156".into()) })
    );
    assert_eq!(workspace.distribution_period, Some(WorkspaceDistributionPeriod::Biweekly));
    assert_eq!(workspace.distribution_d_ms, Some(true));
    let premium = workspace.premium.as_ref().expect("premium");
    assert_eq!(premium.plan_type, Some(WorkspacePremiumPlanType::Enterprise));
    assert_eq!(premium.managed_by.as_ref().and_then(|m| m.customer_id.as_deref()), Some("cus_1"));
    assert_eq!(workspace.tags, Some(vec![WorkspaceTagsItem::Partner, WorkspaceTagsItem::Beta]));
    assert_eq!(workspace.brand_color, Some(WorkspaceBrandColor::Teal));
    assert_eq!(workspace.tracked_staff, Some(87));
    assert_eq!(workspace.ban_status.as_ref().and_then(|b| b.is), Some(false));
    assert_eq!(workspace.last_synced, Some(ts("2024-02-03T04:05:06Z")));
    assert_eq!(to_json(workspace), sent);
}

#[tokio::test]
async fn get_workspace_documented_and_undocumented_errors() {
    let h = Harness::respond(500, error_body(500)).await;
    let error = expect_api(h.client.get_workspace().retry(RetryPolicy::none()).await, 500);
    assert_eq!(error, GetWorkspaceError::InternalServerError(server_error()));
    assert_eq!(h.requests().await.len(), 1);
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.get_workspace().await, 418);
}

// ---------------------------------------------------------------------------
// getWorkspaceLeaderboard: GET /activity/workspace/leaderboard
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_workspace_leaderboard_sends_request_and_decodes_success() {
    let sent = json!({ "success": true, "leaderboard": [distribution_summary_json()] });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_workspace_leaderboard().await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/activity/workspace/leaderboard");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    assert_eq!(response.success, Some(true));
    let leaderboard = response.leaderboard.as_ref().expect("leaderboard");
    assert_eq!(leaderboard.len(), 1);
    assert_distribution_summary(&leaderboard[0]);
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn get_workspace_leaderboard_documented_and_undocumented_errors() {
    let h = Harness::respond(500, error_body(500)).await;
    let error = expect_api(h.client.get_workspace_leaderboard().retry(RetryPolicy::none()).await, 500);
    assert_eq!(error, GetWorkspaceLeaderboardError::InternalServerError(server_error()));
    assert_eq!(h.requests().await.len(), 1);
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.get_workspace_leaderboard().await, 418);
}

// ---------------------------------------------------------------------------
// getUserMinutes: GET /activity/workspace/users/{userId}/minutes
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_user_minutes_sends_request_and_decodes_success() {
    let sent = json!({ "success": true, "workspace_position": 3, "summary": distribution_summary_json() });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_user_minutes("156").await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/activity/workspace/users/156/minutes");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    assert_eq!(response.workspace_position, Some(3));
    let summary = response.summary.as_ref().expect("summary present and not null");
    assert_distribution_summary(summary);
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn get_user_minutes_decodes_null_and_absent_summary() {
    let h = Harness::respond(200, json!({ "success": true, "workspace_position": 0, "summary": null })).await;
    let response = h.client.get_user_minutes("156").await.expect("success");
    // A type only responses contain reads a missing value and `null` alike.
    assert_eq!(response.summary, None);
    assert_eq!(to_json(response.body()), json!({ "success": true, "workspace_position": 0 }));

    let h = Harness::respond(200, json!({ "success": true })).await;
    let response = h.client.get_user_minutes("156").await.expect("success");
    assert_eq!(response.summary, None);
    assert_eq!(response.workspace_position, None);
    assert_eq!(to_json(response.body()), json!({ "success": true }));
}

#[tokio::test]
async fn get_user_minutes_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, GetUserMinutesError::BadRequest(bad_request())),
        (500, GetUserMinutesError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.get_user_minutes("156").retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.get_user_minutes("156").await, 418);
}

// ---------------------------------------------------------------------------
// getUserActivity: GET /activity/workspace/users/{userId}/activity
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_user_activity_sends_limit_and_decodes_success() {
    let sent = json!({
        "success": true,
        "summary": distribution_summary_json(),
        "sessions": [{
            "_id": "ugs-1",
            "groupId": 1234567,
            "userId": 156,
            "gameId": 5_000_000_001i64,
            "placeId": 6_000_000_002i64,
            "internalGameId": "ig-1",
            "platform": "Desktop",
            "staff": true,
            "inGame": false,
            "distribution": 12,
            "minutes": { "total": 30.5, "active": 25.0 },
            "started": "2024-02-03T10:00:00Z",
            "ended": "2024-02-03T10:30:30Z",
            "created": "2024-02-03T10:00:01Z"
        }]
    });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_user_activity("156").limit(10).await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/activity/workspace/users/156/activity");
    assert_eq!(query_pairs(&req), ["limit=10"]);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(json_body(&req), None);

    assert_distribution_summary(response.summary.as_ref().expect("summary"));
    let session = &response.sessions.as_ref().expect("sessions")[0];
    assert_eq!(session.id.as_deref(), Some("ugs-1"));
    assert_eq!(session.group_id, Some(1_234_567));
    assert_eq!(session.game_id, Some(5_000_000_001));
    assert_eq!(session.place_id, Some(6_000_000_002));
    assert_eq!(session.in_game, Some(false));
    assert_eq!(session.minutes.as_ref().and_then(|m| m.total), Some(30.5));
    assert_eq!(session.ended, Some(ts("2024-02-03T10:30:30Z")));
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn get_user_activity_without_limit_sends_no_query() {
    let h = Harness::respond(200, json!({ "success": true, "sessions": [] })).await;
    let response = h.client.get_user_activity("156").await.expect("success");
    let req = h.only_request().await;
    assert_eq!(req.url.path(), "/activity/workspace/users/156/activity");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::LoaderId);
    assert_eq!(
        response.into_body(),
        UserActivityResponse { success: Some(true), summary: None, sessions: Some(vec![]) }
    );
}

#[tokio::test]
async fn get_user_activity_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, GetUserActivityError::BadRequest(bad_request())),
        (500, GetUserActivityError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.get_user_activity("156").limit(5).retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.get_user_activity("156").await, 418);
}

// ---------------------------------------------------------------------------
// postCreateServer: POST /activity/createServer
// ---------------------------------------------------------------------------
