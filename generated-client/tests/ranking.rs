//! Ranking key operations (tags Ranking Key, Members, Join Requests, Group
//! Shout): all authenticated with the `api-key` header only.

mod common;

use common::*;
use readmin_client::operations::*;
use readmin_client::types::*;
use readmin_client::RetryPolicy;
use serde_json::json;

// ---------------------------------------------------------------------------
// getRankingKey: GET /ranking
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_ranking_key_sends_request_and_decodes_success() {
    let sent = json!({
        "success": true,
        "keyInfo": {
            "_id": "65a1b2c3d4",
            "groupId": "1234567",
            "id": "key-1",
            "key": false,
            "name": "Ranking bot",
            "rankingEnabled": true,
            "allowedRanks": [
                { "name": "Member", "apiId": 11, "rank": 1, "id": 98765432101i64 },
                { "name": "Moderator", "apiId": 12, "rank": 200, "id": 98765432102i64 }
            ],
            "enableShouting": true,
            "enableJoinRequestManagement": false,
            "enableExile": true,
            "created": "2024-01-02T03:04:05Z"
        }
    });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_ranking_key().await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/ranking");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::ApiKey);
    assert_eq!(json_body(&req), None);

    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.success, Some(true));
    let info = response.key_info.as_ref().expect("keyInfo");
    assert_eq!(info.underscore_id.as_deref(), Some("65a1b2c3d4"));
    assert_eq!(info.id.as_deref(), Some("key-1"));
    assert_eq!(info.group_id.as_deref(), Some("1234567"));
    assert_eq!(info.key, Some(false));
    assert_eq!(info.ranking_enabled, Some(true));
    assert_eq!(info.enable_join_request_management, Some(false));
    assert_eq!(info.created, Some(ts("2024-01-02T03:04:05Z")));
    let ranks = info.allowed_ranks.as_ref().expect("allowedRanks");
    assert_eq!(
        ranks[0],
        AllowedRank { name: Some("Member".into()), api_id: Some(11), rank: Some(1), id: Some(98_765_432_101) }
    );
    assert_eq!(ranks[1].rank, Some(200));
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn get_ranking_key_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, GetRankingKeyError::BadRequest(bad_request())),
        (500, GetRankingKeyError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.get_ranking_key().retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.get_ranking_key().await, 418);
}

// ---------------------------------------------------------------------------
// putRole: PUT /ranking/users/{userId}/role/{rankId}
// ---------------------------------------------------------------------------

#[tokio::test]
async fn put_role_sends_request_and_decodes_success() {
    let sent = json!({ "success": true, "message": "Ranked user 156 to Moderator" });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.put_role("156", "200").await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "PUT");
    assert_eq!(req.url.path(), "/ranking/users/156/role/200");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::ApiKey);
    assert_eq!(json_body(&req), None);

    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(
        *response.body(),
        RankingActionResponse { success: Some(true), message: Some("Ranked user 156 to Moderator".into()) }
    );
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn put_role_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, PutRoleError::BadRequest(bad_request())),
        (404, PutRoleError::NotFound(not_found())),
        (500, PutRoleError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.put_role("156", "200").retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.put_role("156", "200").await, 418);
}

// ---------------------------------------------------------------------------
// deleteUser: DELETE /ranking/users/{userId}
// ---------------------------------------------------------------------------

#[tokio::test]
async fn delete_user_sends_request_and_decodes_success() {
    let sent = json!({ "success": true, "message": "User has been exiled" });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.delete_user("156").await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "DELETE");
    assert_eq!(req.url.path(), "/ranking/users/156");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::ApiKey);
    assert_eq!(json_body(&req), None);

    assert_eq!(
        response.into_body(),
        RankingActionResponse { success: Some(true), message: Some("User has been exiled".into()) }
    );
}

#[tokio::test]
async fn delete_user_documented_and_undocumented_errors() {
    for (status, expected) in
        [(400, DeleteUserError::BadRequest(bad_request())), (500, DeleteUserError::InternalServerError(server_error()))]
    {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.delete_user("156").retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    // 404 is not documented for deleteUser.
    let h = Harness::respond(404, error_body(404)).await;
    expect_unexpected(h.client.delete_user("156").await, 404);
}

// ---------------------------------------------------------------------------
// getJoinRequests: GET /ranking/join-requests
// ---------------------------------------------------------------------------

#[tokio::test]
async fn get_join_requests_sends_cursor_and_decodes_success() {
    let sent = json!({
        "groupJoinRequests": [
            { "path": "groups/1234567/join-requests/156", "createTime": "2024-03-04T05:06:07Z", "user": "users/156" },
            { "path": "groups/1234567/join-requests/157", "createTime": "2024-03-04T05:06:08Z", "user": "users/157" }
        ],
        "nextPageToken": "page/2 token=="
    });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.get_join_requests().cursor("page/1 token==&x").await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "GET");
    assert_eq!(req.url.path(), "/ranking/join-requests");
    assert_eq!(query_pairs(&req), ["cursor=page%2F1%20token%3D%3D%26x"]);
    assert_headers(&req, Auth::ApiKey);
    assert_eq!(json_body(&req), None);

    let requests = response.group_join_requests.as_ref().expect("groupJoinRequests");
    assert_eq!(
        requests[0],
        JoinRequest {
            path: Some("groups/1234567/join-requests/156".into()),
            create_time: Some(ts("2024-03-04T05:06:07Z")),
            user: Some("users/156".into()),
        }
    );
    assert_eq!(response.next_page_token.as_deref(), Some("page/2 token=="));
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn get_join_requests_without_cursor_sends_no_query() {
    let h = Harness::respond(200, json!({ "groupJoinRequests": [], "nextPageToken": "" })).await;

    let response = h.client.get_join_requests().await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.url.path(), "/ranking/join-requests");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::ApiKey);
    assert_eq!(
        response.into_body(),
        JoinRequestsPage { group_join_requests: Some(vec![]), next_page_token: Some(String::new()) }
    );
}

#[tokio::test]
async fn get_join_requests_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, GetJoinRequestsError::BadRequest(bad_request())),
        (500, GetJoinRequestsError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.get_join_requests().retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.get_join_requests().await, 418);
}

// ---------------------------------------------------------------------------
// patchJoinRequest: PATCH /ranking/join-requests/{userId}
// ---------------------------------------------------------------------------

#[tokio::test]
async fn patch_join_request_sends_request_and_decodes_success() {
    let sent = json!({ "success": true, "message": "User was accepted into the group." });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.patch_join_request("157").await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "PATCH");
    assert_eq!(req.url.path(), "/ranking/join-requests/157");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::ApiKey);
    assert_eq!(json_body(&req), None);

    assert_eq!(
        *response.body(),
        AcceptJoinRequestResponse {
            success: Some(true),
            message: Some(AcceptJoinRequestResponseMessage::UserWasAcceptedIntoTheGroup),
        }
    );
    assert_eq!(to_json(response.body()), sent);
}

#[tokio::test]
async fn patch_join_request_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, PatchJoinRequestError::BadRequest(bad_request())),
        (404, PatchJoinRequestError::NotFound(not_found())),
        (500, PatchJoinRequestError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.patch_join_request("157").retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.patch_join_request("157").await, 418);
}

// ---------------------------------------------------------------------------
// deleteJoinRequest: DELETE /ranking/join-requests/{userId}
// ---------------------------------------------------------------------------

#[tokio::test]
async fn delete_join_request_sends_request_and_decodes_success() {
    let sent = json!({ "success": true, "message": "Join request declined" });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h.client.delete_join_request("157").await.expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "DELETE");
    assert_eq!(req.url.path(), "/ranking/join-requests/157");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::ApiKey);
    assert_eq!(json_body(&req), None);

    assert_eq!(
        response.into_body(),
        RankingActionResponse { success: Some(true), message: Some("Join request declined".into()) }
    );
}

#[tokio::test]
async fn delete_join_request_documented_and_undocumented_errors() {
    for (status, expected) in [
        (400, DeleteJoinRequestError::BadRequest(bad_request())),
        (500, DeleteJoinRequestError::InternalServerError(server_error())),
    ] {
        let h = Harness::respond(status, error_body(status)).await;
        let error = expect_api(h.client.delete_join_request("157").retry(RetryPolicy::none()).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.delete_join_request("157").await, 418);
}

// ---------------------------------------------------------------------------
// patchShout: PATCH /ranking/shout
// ---------------------------------------------------------------------------

#[tokio::test]
async fn patch_shout_sends_body_and_decodes_success() {
    let sent = json!({ "success": true, "message": "Shout has been posted" });
    let h = Harness::respond(200, sent.clone()).await;

    let response = h
        .client
        .patch_shout(ShoutRequest { message: "Training at 5 PM — \"all\" welcome!".into() })
        .await
        .expect("success");

    let req = h.only_request().await;
    assert_eq!(req.method.as_str(), "PATCH");
    assert_eq!(req.url.path(), "/ranking/shout");
    assert_eq!(req.url.query(), None);
    assert_headers(&req, Auth::ApiKey);
    assert_eq!(json_body(&req), Some(json!({ "message": "Training at 5 PM — \"all\" welcome!" })));

    assert_eq!(
        response.into_body(),
        RankingActionResponse { success: Some(true), message: Some("Shout has been posted".into()) }
    );
}

#[tokio::test]
async fn patch_shout_documented_and_undocumented_errors() {
    for (status, expected) in
        [(400, PatchShoutError::BadRequest(bad_request())), (500, PatchShoutError::InternalServerError(server_error()))]
    {
        let h = Harness::respond(status, error_body(status)).await;
        // PATCH is not retried by default: one request even for a 500.
        let error = expect_api(h.client.patch_shout(ShoutRequest { message: "hi".into() }).await, status);
        assert_eq!(error, expected);
        assert_eq!(h.requests().await.len(), 1);
    }
    let h = Harness::respond(418, teapot_body()).await;
    expect_unexpected(h.client.patch_shout(ShoutRequest { message: "hi".into() }).await, 418);
}
