//! Cross-cutting behaviour: forward-compatible decoding, undocumented
//! statuses, undecodable bodies, path-parameter encoding and validation,
//! header injection, credential hygiene, retries, limits, and optional vs
//! nullable fields on the generated types.

mod common;

use std::time::Duration;

use common::*;
use readmin_client::operations::*;
use readmin_client::types::*;
use readmin_client::{Client, Error, RetryPolicy, Timeout};
use serde_json::{json, Value};
use wiremock::ResponseTemplate;

// ---------------------------------------------------------------------------
// Unknown enum values and unknown fields
// ---------------------------------------------------------------------------

#[tokio::test]
async fn unknown_enum_values_and_extra_fields_decode_into_unknown_variants() {
    let sent = json!({
        "success": true,
        "traceId": "t-1",
        "call": {
            "_id": "call-3",
            "type": "emergency",
            "status": "escalated",
            "priority": 5,
            "messages": [{ "message": "hi", "origin": "bot", "sentFrom": "roblox_app", "reactions": ["👍"] }],
            "closed": { "user": "mod", "reason": "serverClosed", "serverAcknowledged": false, "extra": { "nested": [1, 2] } }
        },
        "server": null
    });
    let h = Harness::respond(200, sent).await;

    let response = h.client.get_call("call-3").await.expect("unknown values and fields must decode");

    let call = response.call.as_ref().expect("call");
    assert_eq!(call.r#type, Some(CallType::Unknown("emergency".into())));
    assert_eq!(call.status, Some(CallStatus::Unknown("escalated".into())));
    let message = &call.messages.as_ref().expect("messages")[0];
    assert_eq!(message.origin, Some(CallMessageOrigin::Unknown("bot".into())));
    assert_eq!(message.sent_from, Some(CallMessageSentFrom::Unknown("roblox_app".into())));
    assert_eq!(
        call.closed,
        Some(CallClosed::CallClosedInfo(CallClosedInfo {
            user: Some("mod".into()),
            reason: Some("serverClosed".into()),
            date: None,
            server_acknowledged: Some(false),
        }))
    );
    assert_eq!(response.server, None);
    // Unknown values are kept verbatim when serialized again; unknown fields are dropped.
    assert_eq!(to_json(call.status.as_ref().expect("status")), json!("escalated"));
    assert_eq!(call.status.as_ref().map(CallStatus::as_str), Some("escalated"));
}

#[tokio::test]
async fn unknown_values_in_nested_objects_lists_and_unions_decode() {
    let workspace = json!({
        "groupId": "1234567",
        "distributionPeriod": "quarterly",
        "brandColor": "magenta",
        "tags": ["Partner", "Alpha"],
        "premium": { "is": true, "planType": "ultra", "seats": 10 },
        "featureFlags": { "orders": true }
    });
    let h = Harness::respond(200, workspace).await;
    let response = h.client.get_workspace().await.expect("success");
    assert_eq!(response.distribution_period, Some(WorkspaceDistributionPeriod::Unknown("quarterly".into())));
    assert_eq!(response.brand_color, Some(WorkspaceBrandColor::Unknown("magenta".into())));
    assert_eq!(response.tags, Some(vec![WorkspaceTagsItem::Partner, WorkspaceTagsItem::Unknown("Alpha".into())]));
    assert_eq!(
        response.premium.as_ref().and_then(|p| p.plan_type.clone()),
        Some(WorkspacePremiumPlanType::Unknown("ultra".into()))
    );

    let orders = json!({
        "orders": [{ "_id": "ord-9", "status": "refunded", "source": "mobile", "log": [{ "event": "disputed" }], "loyaltyPoints": 3 }],
        "nextCursor": null,
        "serverTime": "now"
    });
    let h = Harness::respond(200, orders).await;
    let response = h.client.list_orders().await.expect("success");
    let order = &response.orders.as_ref().expect("orders")[0];
    assert_eq!(order.status, Some(OrderStatus::Unknown("refunded".into())));
    assert_eq!(order.source, Some(OrderSource::Unknown("mobile".into())));
    assert_eq!(order.log.as_ref().expect("log")[0].event, Some(OrderStatus::Unknown("disputed".into())));

    let sessions = json!({
        "success": true,
        "data": [{
            "id": "s-7",
            "status": "archived",
            "servers": [{ "id": "srv-1", "claims": [{ "userId": "1", "state": "excused" }], "attendees": [{ "userId": "2", "state": "late" }] }]
        }]
    });
    let h = Harness::respond(200, sessions).await;
    let response =
        h.client.list_sessions().status(ListSessionsStatus::Unknown("archived".into())).await.expect("success");
    assert_eq!(query_pairs(&h.only_request().await), ["status=archived"]);
    let session = &response.data.as_ref().expect("data")[0];
    assert_eq!(session.status, Some(SessionStatus::Unknown("archived".into())));
    let server = &session.servers.as_ref().expect("servers")[0];
    assert_eq!(server.claims.as_ref().expect("claims")[0].state, Some(UserState::Unknown("excused".into())));
    assert_eq!(server.attendees.as_ref().expect("attendees")[0].state, Some(UserState::Unknown("late".into())));

    let upcoming = json!({
        "success": true,
        "sessions": [{ "_id": "notCreated", "template": { "schedule": { "type": "monthly", "day": 1, "hour": 9 } } }]
    });
    let h = Harness::respond(200, upcoming).await;
    let response = h.client.get_upcoming_sessions().await.expect("success");
    let schedule = response.sessions.as_ref().expect("sessions")[0].template.as_ref().and_then(|t| t.schedule.clone());
    assert_eq!(schedule, Some(SessionSchedule::Unknown(json!({ "type": "monthly", "day": 1, "hour": 9 }))));

    let h = Harness::respond(200, json!({ "success": true, "message": "Accepted!" })).await;
    let response = h.client.patch_join_request("1").await.expect("success");
    assert_eq!(response.message, Some(AcceptJoinRequestResponseMessage::Unknown("Accepted!".into())));
}

#[tokio::test]
async fn unknown_enum_value_in_a_request_is_sent_verbatim() {
    let h = Harness::respond(200, json!({ "success": true, "history": {} })).await;
    let body = CreateStaffHistoryRequest {
        actioning_user: "99".into(),
        user_id: "156".into(),
        reason: "Helped a lot".into(),
        r#type: StaffHistoryType::Unknown("commendation".into()),
        notify: None,
        role: None,
        expires_in_days: None,
        approval_required: true,
    };
    h.client.post_staff_history(body).await.expect("success");
    let req = h.only_request().await;
    assert_eq!(
        json_body(&req),
        Some(
            json!({ "actioningUser": "99", "userId": "156", "reason": "Helped a lot", "type": "commendation", "approval_required": true })
        )
    );
}

// ---------------------------------------------------------------------------
// Undocumented statuses and undecodable bodies
// ---------------------------------------------------------------------------

#[tokio::test]
async fn undocumented_status_keeps_status_headers_and_body_bytes() {
    let template = ResponseTemplate::new(418)
        .insert_header("x-request-id", "req-42")
        .set_body_raw("short and stout", "text/plain");
    let h = Harness::respond_with(template).await;

    let result = h.client.get_call("call-1").await;

    let error = result.expect_err("418 is not documented");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(418));
    assert_eq!(error.headers().and_then(|hm| hm.get("x-request-id")).map(|v| v.to_str().unwrap()), Some("req-42"));
    assert!(error.to_string().contains("418"), "display: {error}");
    match error {
        Error::UnexpectedStatus(raw) => {
            assert_eq!(raw.status.as_u16(), 418);
            assert_eq!(raw.headers.get("x-request-id").map(|v| v.to_str().unwrap()), Some("req-42"));
            assert_eq!(raw.headers.get("content-type").map(|v| v.to_str().unwrap()), Some("text/plain"));
            assert_eq!(&raw.body[..], b"short and stout");
        }
        other => panic!("expected UnexpectedStatus, got {other:?}"),
    }
    // 418 is not retried.
    assert_eq!(h.requests().await.len(), 1);
}

#[tokio::test]
async fn documented_status_of_another_operation_is_unexpected() {
    // getStaffHistory documents only 500; a 404 with the standard body is not an Api error.
    let h = Harness::respond(404, error_body(404)).await;
    let raw = expect_unexpected(h.client.get_staff_history().await, 404);
    assert_eq!(serde_json::from_slice::<Value>(&raw.body).expect("json"), error_body(404));
}

#[tokio::test]
async fn undecodable_success_body_is_a_decode_error_keeping_the_bytes() {
    let template = ResponseTemplate::new(200)
        .insert_header("x-request-id", "req-7")
        .set_body_raw("<html>oops</html>", "text/html");
    let h = Harness::respond_with(template).await;

    let error = h.client.get_teams().await.expect_err("HTML is not a TeamListResponse");

    assert_eq!(error.status().map(|s| s.as_u16()), Some(200));
    assert!(std::error::Error::source(&error).is_some());
    assert!(error.to_string().contains("decode"), "display: {error}");
    match error {
        Error::Decode(decode) => {
            assert_eq!(decode.status.as_u16(), 200);
            assert_eq!(&decode.body[..], b"<html>oops</html>");
            assert_eq!(decode.headers.get("x-request-id").map(|v| v.to_str().unwrap()), Some("req-7"));
            assert!(decode.source.is_syntax(), "serde error: {}", decode.source);
        }
        other => panic!("expected Decode, got {other:?}"),
    }
}

#[tokio::test]
async fn wrongly_typed_or_incomplete_body_is_a_decode_error() {
    let h = Harness::respond(200, json!({ "success": "yes", "teams": [] })).await;
    match h.client.get_teams().await {
        Err(Error::Decode(decode)) => {
            assert!(decode.source.is_data(), "serde error: {}", decode.source);
            assert_eq!(
                serde_json::from_slice::<Value>(&decode.body).expect("json"),
                json!({ "success": "yes", "teams": [] })
            );
        }
        other => panic!("expected Decode, got {other:?}"),
    }

    // WorkspaceBansResponse requires `bans`.
    let h = Harness::respond(200, json!({ "success": true })).await;
    match h.client.get_workspace_bans().await {
        Err(Error::Decode(decode)) => {
            assert!(decode.source.is_data());
            assert!(decode.source.to_string().contains("bans"), "serde error: {}", decode.source);
        }
        other => panic!("expected Decode, got {other:?}"),
    }
}

#[tokio::test]
async fn undecodable_documented_error_body_is_a_decode_error() {
    let h = Harness::respond_with(ResponseTemplate::new(400).set_body_raw("Bad Request", "text/plain")).await;
    match h.client.end_call("call-1", EndCallRequest { actor_id: "99".into(), reason: None }).await {
        Err(Error::Decode(decode)) => {
            assert_eq!(decode.status.as_u16(), 400);
            assert_eq!(&decode.body[..], b"Bad Request");
        }
        other => panic!("expected Decode, got {other:?}"),
    }
}

// ---------------------------------------------------------------------------
// Path parameters
// ---------------------------------------------------------------------------

#[tokio::test]
async fn path_parameter_values_stay_inside_their_segment() {
    let cases: &[(&str, &str)] = &[
        ("a/b?c#d", "a%2Fb%3Fc%23d"),
        ("../x", "..%2Fx"),
        ("x/..", "x%2F.."),
        ("two words", "two%20words"),
        ("ünïcødé 🚀", "%C3%BCn%C3%AFc%C3%B8d%C3%A9%20%F0%9F%9A%80"),
        ("%2F", "%252F"),
        ("%2e%2e", "%252e%252e"),
        ("a+b=c&d;e", "a%2Bb%3Dc%26d%3Be"),
        ("back\\slash", "back%5Cslash"),
        ("line\r\nbreak", "line%0D%0Abreak"),
        ("...", "..."),
        (".hidden", ".hidden"),
        ("~user_1-2.3", "~user_1-2.3"),
    ];
    let h = Harness::respond(200, json!({ "success": true })).await;

    for (value, _) in cases {
        h.client.end_call(*value, EndCallRequest { actor_id: "99".into(), reason: None }).await.expect("success");
    }

    let requests = h.requests().await;
    assert_eq!(requests.len(), cases.len());
    for (req, (value, encoded)) in requests.iter().zip(cases) {
        assert_eq!(req.method.as_str(), "PUT", "{value:?}");
        assert_eq!(req.url.path(), format!("/calls/{encoded}/end"), "{value:?}");
        assert_eq!(req.url.query(), None, "{value:?}");
        assert_eq!(req.url.fragment(), None, "{value:?}");
        assert_headers(req, Auth::LoaderId);
    }
}

#[tokio::test]
async fn every_path_parameter_of_every_operation_is_encoded() {
    let h = Harness::respond(418, teapot_body()).await;
    let c = &h.client;
    let n = "a/b?c#d";
    let e = "a%2Fb%3Fc%23d";

    let _ = c.put_role(n, "../x").await;
    let _ = c.delete_user(n).await;
    let _ = c.patch_join_request(n).await;
    let _ = c.delete_join_request(n).await;
    let _ = c.get_user_minutes(n).await;
    let _ = c.get_user_activity(n).limit(1).await;
    let _ = c.get_session_by_id(n).await;
    let _ = c.post_session_server(n).await;
    let _ = c.post_session_server_role(n, "two words", ClaimSessionServerRoleRequest::default()).await;
    let _ = c.get_session(n).await;
    let _ = c.create_session_server(n).await;
    let claim = ClaimSessionV2RoleRequest { user_id: "1".into(), role_group_id: "2".into(), role_id: "3".into() };
    let _ = c.claim_role(n, "ünï", claim).await;
    let _ = c.release_claim("%2F", "...", n).await;
    let _ = c.delete_workspace_ban(n).await;
    let _ = c.get_running_game(n).await;
    let _ = c.get_time_off_request(n).await;
    let _ = c.approve_time_off_request(n, ReviewTimeOffRequest { actor_id: "1".into(), note: None }).await;
    let _ = c.decline_time_off_request(n, ReviewTimeOffRequest { actor_id: "1".into(), note: None }).await;
    let _ = c.get_user_teams(n).await;
    let _ = c.get_team(n).await;
    let _ = c.get_promotion_request(n).await;
    let _ = c.get_call(n).await;
    let _ = c.read_call_messages(n).await;
    let _ = c.send_call_message(n, SendCallMessageRequest { actor_id: "1".into(), message: "m".into() }).await;
    let _ = c.claim_call(n, ClaimCallRequest { actor_id: "1".into() }).await;
    let _ = c.end_call(n, EndCallRequest { actor_id: "1".into(), reason: None }).await;
    let transition = TransitionOrderRequest { idempotency_key: None, action: OrderAction::Claim, actor_id: "1".into() };
    let _ = c.transition_order(n, transition).await;

    let received: Vec<(String, String, Option<String>)> = h
        .requests()
        .await
        .iter()
        .map(|r| (r.method.to_string(), r.url.path().to_owned(), r.url.query().map(str::to_owned)))
        .collect();
    let expected: Vec<(String, String, Option<String>)> = [
        ("PUT", format!("/ranking/users/{e}/role/..%2Fx"), None),
        ("DELETE", format!("/ranking/users/{e}"), None),
        ("PATCH", format!("/ranking/join-requests/{e}"), None),
        ("DELETE", format!("/ranking/join-requests/{e}"), None),
        ("GET", format!("/activity/workspace/users/{e}/minutes"), None),
        ("GET", format!("/activity/workspace/users/{e}/activity"), Some("limit=1")),
        ("GET", format!("/sessions/{e}"), None),
        ("POST", format!("/sessions/{e}/servers"), None),
        ("POST", format!("/sessions/{e}/servers/two%20words/roles"), None),
        ("GET", format!("/sessions/v2/{e}"), None),
        ("POST", format!("/sessions/v2/{e}/servers"), None),
        ("POST", format!("/sessions/v2/{e}/servers/%C3%BCn%C3%AF/claims"), None),
        ("DELETE", format!("/sessions/v2/%252F/servers/.../claims/{e}"), None),
        ("DELETE", format!("/games/bans/{e}"), None),
        ("GET", format!("/games/running/{e}"), None),
        ("GET", format!("/time-off/{e}"), None),
        ("PUT", format!("/time-off/{e}/approve"), None),
        ("PUT", format!("/time-off/{e}/decline"), None),
        ("GET", format!("/teams/users/{e}"), None),
        ("GET", format!("/teams/{e}"), None),
        ("GET", format!("/promotion-requests/{e}"), None),
        ("GET", format!("/calls/{e}"), None),
        ("GET", format!("/calls/{e}/messages"), None),
        ("POST", format!("/calls/{e}/messages"), None),
        ("PUT", format!("/calls/{e}/claim"), None),
        ("PUT", format!("/calls/{e}/end"), None),
        ("POST", format!("/v2/orders/{e}/transition"), None),
    ]
    .into_iter()
    .map(|(m, p, q)| (m.to_owned(), p, q.map(str::to_owned)))
    .collect();
    assert_eq!(received, expected);
}

#[tokio::test]
async fn dot_and_empty_path_parameters_are_rejected_before_sending() {
    let h = Harness::respond(200, json!({ "success": true })).await;
    let c = &h.client;

    for bad in ["", ".", ".."] {
        let end = || EndCallRequest { actor_id: "1".into(), reason: None };
        expect_invalid(c.put_role(bad, "1").await);
        expect_invalid(c.put_role("1", bad).await);
        expect_invalid(c.delete_user(bad).await);
        expect_invalid(c.patch_join_request(bad).await);
        expect_invalid(c.delete_join_request(bad).await);
        expect_invalid(c.get_user_minutes(bad).await);
        expect_invalid(c.get_user_activity(bad).limit(3).await);
        expect_invalid(c.get_session_by_id(bad).await);
        expect_invalid(c.post_session_server(bad).await);
        expect_invalid(c.post_session_server_role(bad, "srv", ClaimSessionServerRoleRequest::default()).await);
        expect_invalid(c.post_session_server_role("s", bad, ClaimSessionServerRoleRequest::default()).await);
        expect_invalid(c.get_session(bad).await);
        expect_invalid(c.create_session_server(bad).await);
        let claim =
            || ClaimSessionV2RoleRequest { user_id: "1".into(), role_group_id: "2".into(), role_id: "3".into() };
        expect_invalid(c.claim_role(bad, "srv", claim()).await);
        expect_invalid(c.claim_role("s", bad, claim()).await);
        expect_invalid(c.release_claim(bad, "srv", "1").await);
        expect_invalid(c.release_claim("s", bad, "1").await);
        expect_invalid(c.release_claim("s", "srv", bad).await);
        expect_invalid(c.delete_workspace_ban(bad).await);
        expect_invalid(c.get_running_game(bad).await);
        expect_invalid(c.get_time_off_request(bad).await);
        expect_invalid(
            c.approve_time_off_request(bad, ReviewTimeOffRequest { actor_id: "1".into(), note: None }).await,
        );
        expect_invalid(
            c.decline_time_off_request(bad, ReviewTimeOffRequest { actor_id: "1".into(), note: None }).await,
        );
        expect_invalid(c.get_user_teams(bad).await);
        expect_invalid(c.get_team(bad).await);
        expect_invalid(c.get_promotion_request(bad).await);
        expect_invalid(c.get_call(bad).await);
        expect_invalid(c.read_call_messages(bad).await);
        expect_invalid(
            c.send_call_message(bad, SendCallMessageRequest { actor_id: "1".into(), message: "m".into() }).await,
        );
        expect_invalid(c.claim_call(bad, ClaimCallRequest { actor_id: "1".into() }).await);
        expect_invalid(c.end_call(bad, end()).await);
        let transition =
            TransitionOrderRequest { idempotency_key: None, action: OrderAction::Claim, actor_id: "1".into() };
        expect_invalid(c.transition_order(bad, transition).await);
    }

    assert!(h.requests().await.is_empty(), "nothing may be sent for an invalid path parameter");
}

// ---------------------------------------------------------------------------
// Credentials: header injection, scoping and hygiene
// ---------------------------------------------------------------------------

#[tokio::test]
async fn credential_with_cr_or_lf_is_an_invalid_request_and_nothing_is_sent() {
    let h = Harness::respond(200, json!({ "success": true })).await;
    for bad in ["L-secret\r\nX-Injected: 1", "L-secret\nX-Injected: 1", "L-secret\rX", "L-secret\0"] {
        let client =
            Client::builder().base_url(h.server.uri()).loader_id(bad).api_key(API_KEY).build().expect("builds");

        let message = expect_invalid(client.get_teams().await);
        assert!(
            !message.contains("L-secret") && !message.contains("X-Injected"),
            "message leaks the credential: {message}"
        );

        let error = client.get_workspace().await.expect_err("invalid credential");
        let shown = format!("{error} {error:?}");
        assert!(!shown.contains("L-secret") && !shown.contains("X-Injected"), "error leaks the credential: {shown}");
        assert!(matches!(error, Error::InvalidRequest(_)));
    }
    let bad_key = Client::builder()
        .base_url(h.server.uri())
        .loader_id(LOADER_ID)
        .api_key("K-secret\r\nX: y")
        .build()
        .expect("builds");
    let message = expect_invalid(bad_key.get_ranking_key().await);
    assert!(!message.contains("K-secret"), "message leaks the credential: {message}");
    assert!(h.requests().await.is_empty(), "nothing may be sent with an invalid credential");

    // A broken credential of another scheme is neither sent nor in the way.
    bad_key.get_teams().await.expect("loader-id operation unaffected");
    let req = h.only_request().await;
    assert_headers(&req, Auth::LoaderId);
}

#[tokio::test]
async fn client_without_credentials_sends_no_credential_header() {
    let h = Harness::respond(200, json!({ "success": true, "teams": [] })).await;
    let client = Client::builder().base_url(h.server.uri()).build().expect("builds");
    client.get_teams().await.expect("success");
    client.get_ranking_key().await.expect("success");
    for req in h.requests().await {
        assert_headers(&req, Auth::None);
    }
}

#[tokio::test]
async fn only_the_operations_own_scheme_is_sent() {
    let h = Harness::respond(200, json!({ "success": true })).await;
    // Only loader-id configured: an api-key operation goes out without credentials.
    let client = Client::builder().base_url(h.server.uri()).loader_id(LOADER_ID).build().expect("builds");
    client.get_ranking_key().await.expect("success");
    client.get_workspace().await.expect("success");
    let requests = h.requests().await;
    assert_eq!(requests.len(), 2);
    assert_headers(&requests[0], Auth::None);
    assert_headers(&requests[1], Auth::LoaderId);
}

#[tokio::test]
async fn credentials_never_appear_in_debug_or_error_output() {
    let builder = Client::builder().loader_id(LOADER_ID).api_key(API_KEY);
    let shown = format!("{builder:?}");
    assert!(!shown.contains(LOADER_ID) && !shown.contains(API_KEY), "builder Debug leaks: {shown}");

    let h = Harness::respond_with(ResponseTemplate::new(418).set_body_raw("nope", "text/plain")).await;
    let shown = format!("{:?} {:#?}", h.client, h.client);
    assert!(!shown.contains(LOADER_ID) && !shown.contains(API_KEY), "client Debug leaks: {shown}");
    assert!(!format!("{:?}", readmin_client::Secret::new(LOADER_ID)).contains(LOADER_ID));

    let mut outputs = Vec::new();
    let unexpected = h.client.get_teams().await.expect_err("418");
    outputs.push(format!("{unexpected} {unexpected:?}"));

    let h = Harness::respond(500, error_body(500)).await;
    let api = h.client.get_teams().retry(RetryPolicy::none()).await.expect_err("500");
    outputs.push(format!("{api} {api:?}"));

    let h = Harness::respond_with(ResponseTemplate::new(200).set_body_raw("{", "application/json")).await;
    let decode = h.client.get_ranking_key().await.expect_err("bad json");
    outputs.push(format!("{decode} {decode:?}"));

    let invalid = h.client.get_call("..").await.expect_err("dot segment");
    outputs.push(format!("{invalid} {invalid:?}"));

    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let address = closed.local_addr().expect("address");
    drop(closed);
    let unreachable = client_for(&format!("http://{address}"));
    let transport = unreachable.get_ranking_key().retry(RetryPolicy::none()).await.expect_err("connection refused");
    assert!(matches!(transport, Error::Transport { .. }), "{transport:?}");
    outputs.push(format!("{transport} {transport:?}"));

    for shown in outputs {
        assert!(!shown.contains(LOADER_ID) && !shown.contains(API_KEY), "error output leaks a credential: {shown}");
    }
}

#[tokio::test]
async fn credentials_are_not_forwarded_to_another_origin_on_redirect() {
    // The API answers with a redirect to a different origin (another port).
    let elsewhere = Harness::respond(200, json!({ "success": true, "teams": [], "keyInfo": {} })).await;
    for (status, location_path) in [(302, "/collect"), (307, "/collect-307")] {
        let location = format!("{}{location_path}", elsewhere.server.uri());
        let api =
            Harness::respond_with(ResponseTemplate::new(status).insert_header("location", location.as_str())).await;

        // Following the redirect or reporting it are both fine; sending the
        // credentials to the other origin is not.
        let _ = api.client.get_teams().await;
        let _ = api.client.get_ranking_key().await;
        assert_eq!(api.requests().await.len(), 2);
    }
    for req in elsewhere.requests().await {
        assert_eq!(header(&req, "loader-id"), None, "loader-id sent to another origin: {} {}", req.method, req.url);
        assert_eq!(header(&req, "api-key"), None, "api-key sent to another origin: {} {}", req.method, req.url);
    }
}

// ---------------------------------------------------------------------------
// Retries, timeouts, size limits, base URL
// ---------------------------------------------------------------------------

#[tokio::test]
async fn idempotent_requests_are_retried_on_5xx_by_default() {
    let h = Harness::respond(500, error_body(500)).await;
    let error = expect_api(h.client.get_teams().await, 500);
    assert_eq!(error, GetTeamsError::InternalServerError(server_error()));
    let requests = h.requests().await;
    assert_eq!(requests.len(), 3, "one attempt and two retries");
    for req in &requests {
        assert_eq!(req.url.path(), "/teams");
        assert_headers(req, Auth::LoaderId);
    }

    let h = Harness::respond(503, json!({})).await;
    expect_unexpected(h.client.end_call("call-1", EndCallRequest { actor_id: "1".into(), reason: None }).await, 503);
    let requests = h.requests().await;
    assert_eq!(requests.len(), 3);
    for req in &requests {
        assert_eq!(json_body(req), Some(json!({ "actorId": "1" })), "the body is sent again on each attempt");
    }
}

#[tokio::test]
async fn non_idempotent_requests_and_disabled_retries_send_once() {
    let h = Harness::respond(500, error_body(500)).await;
    expect_api(
        h.client
            .send_call_message("call-1", SendCallMessageRequest { actor_id: "1".into(), message: "m".into() })
            .await,
        500,
    );
    assert_eq!(h.requests().await.len(), 1, "POST is not retried by default");

    let h = Harness::respond(500, error_body(500)).await;
    let client = Client::builder()
        .base_url(h.server.uri())
        .loader_id(LOADER_ID)
        .retry(RetryPolicy::none())
        .build()
        .expect("builds");
    expect_api(client.get_teams().await, 500);
    assert_eq!(h.requests().await.len(), 1, "RetryPolicy::none() on the client");

    let h = Harness::respond(500, error_body(500)).await;
    let policy = RetryPolicy {
        retry_non_idempotent: true,
        initial_backoff: Duration::from_millis(10),
        ..RetryPolicy::default()
    };
    expect_api(
        h.client
            .send_call_message("call-1", SendCallMessageRequest { actor_id: "1".into(), message: "m".into() })
            .retry(policy)
            .await,
        500,
    );
    assert_eq!(h.requests().await.len(), 3, "retry_non_idempotent opts POST in");
}

#[tokio::test]
async fn slow_response_times_out() {
    let template =
        ResponseTemplate::new(200).set_body_json(json!({ "success": true })).set_delay(Duration::from_secs(3));
    let h = Harness::respond_with(template).await;
    let result = h.client.get_teams().timeout(Duration::from_millis(200)).retry(RetryPolicy::none()).await;
    match result {
        Err(Error::Timeout { timeout: limit, .. }) => assert_eq!(limit, Timeout::Attempt(Duration::from_millis(200))),
        other => panic!("expected Timeout, got {other:?}"),
    }
}

#[tokio::test]
async fn oversized_response_body_is_rejected() {
    let h = Harness::respond(200, json!({ "success": true, "teams": [], "padding": "x".repeat(1000) })).await;
    let client =
        Client::builder().base_url(h.server.uri()).loader_id(LOADER_ID).max_response_bytes(64).build().expect("builds");
    match client.get_teams().await {
        Err(Error::BodyTooLarge { status, limit, .. }) => assert_eq!((status.as_u16(), limit), (200, 64)),
        other => panic!("expected BodyTooLarge, got {other:?}"),
    }
}

#[tokio::test]
async fn base_url_with_path_prefix_and_trailing_slash() {
    let h = Harness::respond(200, json!({ "success": true })).await;
    let client = client_for(&format!("{}/api/v1/", h.server.uri()));
    client.end_call("call-1", EndCallRequest { actor_id: "1".into(), reason: None }).await.expect("success");
    assert_eq!(h.only_request().await.url.path(), "/api/v1/calls/call-1/end");
}

// ---------------------------------------------------------------------------
// Optional vs nullable on real generated types
// ---------------------------------------------------------------------------
//
// The spec has no property that is both required and nullable, so the
// required case is covered with required non-nullable properties.

#[test]
fn optional_property_absent_and_null_both_read_as_none_and_serialize_absent() {
    // TimeOffRequest.reason: optional, not nullable.
    let absent: TimeOffRequest = serde_json::from_value(json!({ "_id": "to-1" })).expect("absent decodes");
    assert_eq!(absent.reason, None);
    assert_eq!(to_json(&absent), json!({ "_id": "to-1" }));

    let null: TimeOffRequest = serde_json::from_value(json!({ "_id": "to-1", "reason": null })).expect("null decodes");
    assert_eq!(null.reason, None);
    assert_eq!(to_json(&null), json!({ "_id": "to-1" }));

    let present: TimeOffRequest =
        serde_json::from_value(json!({ "_id": "to-1", "reason": "Holiday" })).expect("decodes");
    assert_eq!(present.reason.as_deref(), Some("Holiday"));
    assert_eq!(to_json(&present), json!({ "_id": "to-1", "reason": "Holiday" }));

    // Request bodies: an unset optional property is omitted, never `null`.
    let body = CreateWorkspaceBanRequest {
        user_id: "1".into(),
        reason: "r".into(),
        banned_by_user_id: "2".into(),
        expires_in_days: None,
    };
    assert_eq!(to_json(&body), json!({ "userId": "1", "reason": "r", "bannedByUserId": "2" }));
}

#[test]
fn optional_nullable_property_of_a_response_type_reads_absent_and_null_alike() {
    // Team.parentTeamId: optional, `[string, 'null']`; only responses contain `Team`.
    let absent: Team = serde_json::from_value(json!({ "_id": "t" })).expect("decodes");
    assert_eq!(absent.parent_team_id, None);
    assert_eq!(to_json(&absent), json!({ "_id": "t" }));

    let null: Team = serde_json::from_value(json!({ "_id": "t", "parentTeamId": null })).expect("decodes");
    assert_eq!(null.parent_team_id, None);
    assert_eq!(to_json(&null), json!({ "_id": "t" }));

    let value: Team = serde_json::from_value(json!({ "_id": "t", "parentTeamId": "root" })).expect("decodes");
    assert_eq!(value.parent_team_id, Some("root".to_owned()));
    assert_eq!(to_json(&value), json!({ "_id": "t", "parentTeamId": "root" }));

    // SessionV2.game: optional, `oneOf: [SessionV2Game, null]`, an object.
    let absent: SessionV2 = serde_json::from_value(json!({ "id": "s" })).expect("decodes");
    assert_eq!(absent.game, None);
    let null: SessionV2 = serde_json::from_value(json!({ "id": "s", "game": null })).expect("decodes");
    assert_eq!(null.game, None);
    let value: SessionV2 = serde_json::from_value(json!({ "id": "s", "game": { "name": null } })).expect("decodes");
    assert_eq!(value.game, Some(SessionV2Game { name: None, ..Default::default() }));
    assert_eq!(to_json(&value), json!({ "id": "s", "game": {} }));

    // Built in code (a test fixture, say): `None` is left out.
    let member = |role_name| TeamMember { user_id: Some("1".into()), role_name, ..Default::default() };
    assert_eq!(to_json(&member(None)), json!({ "userId": "1" }));
    assert_eq!(to_json(&member(Some("Lead".into()))), json!({ "userId": "1", "roleName": "Lead" }));

    // A nullable integer.
    let game: SessionV2Game =
        serde_json::from_value(json!({ "gameId": null, "placeId": 6_000_000_002i64 })).expect("decodes");
    assert_eq!(game.game_id, None);
    assert_eq!(game.place_id, Some(6_000_000_002));
    assert_eq!(game.name, None);
}

#[test]
fn required_property_must_be_present_and_not_null() {
    // WorkspaceBan.expires: required string.
    let ok: WorkspaceBan = serde_json::from_value(json!({ "expires": "never" })).expect("decodes");
    assert_eq!(ok.expires, "never");
    assert_eq!(to_json(&ok), json!({ "expires": "never" }));
    assert!(serde_json::from_value::<WorkspaceBan>(json!({ "userId": "1" })).is_err(), "absent required property");
    assert!(serde_json::from_value::<WorkspaceBan>(json!({ "expires": null })).is_err(), "null required property");

    // SessionClaimEntry.userId: required by the allOf member.
    assert!(serde_json::from_value::<SessionClaimEntry>(json!({ "claimedRole": "r" })).is_err());
    let entry: SessionClaimEntry = serde_json::from_value(json!({ "userId": "1" })).expect("decodes");
    assert_eq!(entry.user_id, "1");

    // Required request properties are always serialized, even when empty.
    let body = RunningServerRequest { game_id: String::new() };
    assert_eq!(to_json(&body), json!({ "gameId": "" }));
    let body = ClaimSessionV2RoleRequest::default();
    assert_eq!(to_json(&body), json!({ "userId": "", "roleGroupId": "", "roleId": "" }));
}
