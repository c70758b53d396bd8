//! Shared helpers for the hand-written integration tests of the generated
//! client: a wiremock server on 127.0.0.1, a client pointed at it, and small
//! assertion helpers for the requests the server received.
//!
//! Every test binary includes this module, so not every helper is used by
//! every binary.
#![allow(dead_code)]

use std::fmt::Debug;

use readmin_client::types::{BadRequest, NotFound, OrdersErrorResponse, OrdersErrorResponseError, ServerError};
use readmin_client::{Client, Error, RawResponse, Response};
use serde_json::{json, Value};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// The `loader-id` credential every test client is built with.
pub const LOADER_ID: &str = "L-secret";
/// The `api-key` credential every test client is built with.
pub const API_KEY: &str = "K-secret";

/// Which credential an operation must send, as its `security` says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Auth {
    /// `loader-id` header only.
    LoaderId,
    /// `api-key` header only.
    ApiKey,
    /// No credential header at all.
    None,
}

/// Every operation of spec/readmin.yaml that has tests in this directory,
/// with the credential its `security` requires. Hand-maintained: add a row
/// (and tests) when the spec gains an operation.
pub const COVERED_OPERATIONS: &[(&str, Auth)] = &[
    // tests/ranking.rs
    ("getRankingKey", Auth::ApiKey),
    ("putRole", Auth::ApiKey),
    ("deleteUser", Auth::ApiKey),
    ("getJoinRequests", Auth::ApiKey),
    ("patchJoinRequest", Auth::ApiKey),
    ("deleteJoinRequest", Auth::ApiKey),
    ("patchShout", Auth::ApiKey),
    // tests/activity.rs
    ("getStaffHistory", Auth::LoaderId),
    ("postStaffHistory", Auth::LoaderId),
    ("getWorkspace", Auth::LoaderId),
    ("getWorkspaceLeaderboard", Auth::LoaderId),
    ("getUserMinutes", Auth::LoaderId),
    ("getUserActivity", Auth::LoaderId),
    ("postCreateServer", Auth::LoaderId),
    ("postGetServer", Auth::LoaderId),
    ("deleteEndServer", Auth::LoaderId),
    ("postPlayerJoin", Auth::LoaderId),
    ("deletePlayerLeave", Auth::LoaderId),
    ("postSendData", Auth::LoaderId),
    // tests/sessions.rs
    ("getSessionRoles", Auth::LoaderId),
    ("getSessions", Auth::LoaderId),
    ("getUpcomingSessions", Auth::LoaderId),
    ("getSessionById", Auth::LoaderId),
    ("postSessionServer", Auth::LoaderId),
    ("postSessionServerRole", Auth::LoaderId),
    ("listSessions", Auth::LoaderId),
    ("listRoleGroups", Auth::LoaderId),
    ("getSession", Auth::LoaderId),
    ("createSessionServer", Auth::LoaderId),
    ("claimRole", Auth::LoaderId),
    ("releaseClaim", Auth::LoaderId),
    // tests/games.rs
    ("getWorkspaceBans", Auth::LoaderId),
    ("postWorkspaceBan", Auth::LoaderId),
    ("deleteWorkspaceBan", Auth::LoaderId),
    ("getRunningGames", Auth::LoaderId),
    ("getRunningGame", Auth::LoaderId),
    // tests/time_off_teams_promotions.rs
    ("getTimeOffRequests", Auth::LoaderId),
    ("getTimeOffRequest", Auth::LoaderId),
    ("approveTimeOffRequest", Auth::LoaderId),
    ("declineTimeOffRequest", Auth::LoaderId),
    ("getTeams", Auth::LoaderId),
    ("getUserTeams", Auth::LoaderId),
    ("getTeam", Auth::LoaderId),
    ("getPromotionRequests", Auth::LoaderId),
    ("getPromotionRequest", Auth::LoaderId),
    // tests/calls.rs
    ("listCalls", Auth::LoaderId),
    ("getCall", Auth::LoaderId),
    ("readCallMessages", Auth::LoaderId),
    ("sendCallMessage", Auth::LoaderId),
    ("claimCall", Auth::LoaderId),
    ("endCall", Auth::LoaderId),
    // tests/orders.rs
    ("getPosBootstrap", Auth::LoaderId),
    ("getProducts", Auth::LoaderId),
    ("listOrders", Auth::LoaderId),
    ("createOrder", Auth::LoaderId),
    ("transitionOrder", Auth::LoaderId),
];

/// The operations of spec/readmin.yaml with the credential each requires,
/// found by a crude line scan (no YAML parser is available): each
/// `operationId:` line opens an operation, and the first `- api-key: []` or
/// `- loader-id: []` requirement before the next one is its security.
/// Operations without one inherit the document's `security: []`.
pub fn spec_operations() -> Vec<(String, Auth)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../spec/readmin.yaml");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let mut operations: Vec<(String, Auth)> = Vec::new();
    let mut security_seen = false;
    for line in text.lines() {
        let line = line.trim();
        if let Some(id) = line.strip_prefix("operationId:") {
            let id = id.trim().trim_matches(|c| c == '\'' || c == '"');
            operations.push((id.to_owned(), Auth::None));
            security_seen = false;
        } else if let Some(last) = operations.last_mut() {
            if security_seen {
                continue;
            }
            if line == "- api-key: []" {
                last.1 = Auth::ApiKey;
                security_seen = true;
            } else if line == "- loader-id: []" {
                last.1 = Auth::LoaderId;
                security_seen = true;
            } else if line == "security: []" {
                security_seen = true;
            }
        }
    }
    operations
}

/// A mock server on 127.0.0.1 and a client (both credentials, default
/// retry policy) pointed at it.
pub struct Harness {
    pub server: MockServer,
    pub client: Client,
}

impl Harness {
    /// A server without mocks: every request gets wiremock's 404.
    pub async fn empty() -> Self {
        let server = MockServer::start().await;
        let client = client_for(&server.uri());
        Harness { server, client }
    }

    /// A server answering every request with `status` and the JSON `body`.
    pub async fn respond(status: u16, body: Value) -> Self {
        Self::respond_with(ResponseTemplate::new(status).set_body_json(body)).await
    }

    /// A server answering every request with `template`.
    pub async fn respond_with(template: ResponseTemplate) -> Self {
        let harness = Self::empty().await;
        Mock::given(any()).respond_with(template).mount(&harness.server).await;
        harness
    }

    /// Every request the server received, in order.
    pub async fn requests(&self) -> Vec<Request> {
        self.server.received_requests().await.expect("request recording is on")
    }

    /// The one request the server received; fails if it got more or none.
    pub async fn only_request(&self) -> Request {
        let mut requests = self.requests().await;
        assert_eq!(requests.len(), 1, "expected exactly one request, got {requests:#?}");
        requests.remove(0)
    }
}

/// A client of `base_url` with both credentials and the default settings.
pub fn client_for(base_url: &str) -> Client {
    Client::builder().base_url(base_url).loader_id(LOADER_ID).api_key(API_KEY).build().expect("client builds")
}

/// A header of a received request as text.
pub fn header<'a>(request: &'a Request, name: &str) -> Option<&'a str> {
    request.headers.get(name).map(|value| value.to_str().expect("header is text"))
}

/// Asserts the credential headers (exactly the one `auth` names, the other
/// absent) and the `Accept: application/json` header of a request.
pub fn assert_headers(request: &Request, auth: Auth) {
    let (loader_id, api_key) = match auth {
        Auth::LoaderId => (Some(LOADER_ID), None),
        Auth::ApiKey => (None, Some(API_KEY)),
        Auth::None => (None, None),
    };
    assert_eq!(header(request, "loader-id"), loader_id, "loader-id header");
    assert_eq!(header(request, "api-key"), api_key, "api-key header");
    assert_eq!(request.headers.get_all("loader-id").iter().count(), usize::from(loader_id.is_some()));
    assert_eq!(request.headers.get_all("api-key").iter().count(), usize::from(api_key.is_some()));
    assert_eq!(header(request, "accept"), Some("application/json"), "accept header");
}

/// The raw `name=value` pairs of the query string, sorted (so the order the
/// generator writes them in does not matter, their exact encoding does).
pub fn query_pairs(request: &Request) -> Vec<String> {
    let mut pairs: Vec<String> =
        request.url.query().unwrap_or_default().split('&').filter(|p| !p.is_empty()).map(str::to_owned).collect();
    pairs.sort();
    pairs
}

/// The JSON body of a request, `None` when it has none. A body must be
/// declared as `application/json`; an empty one must not declare a type.
pub fn json_body(request: &Request) -> Option<Value> {
    if request.body.is_empty() {
        assert_eq!(header(request, "content-type"), None, "content-type without a body");
        return None;
    }
    assert_eq!(header(request, "content-type"), Some("application/json"), "content-type of the body");
    Some(serde_json::from_slice(&request.body).expect("request body is JSON"))
}

/// `value` serialized back to JSON.
pub fn to_json<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("serializes")
}

/// `value` without its `null` members, at any depth: what a type that only
/// responses contain writes back for the optional, nullable properties it
/// read as `None` (a missing value and `null` read alike).
pub fn without_null_members(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter().filter(|(_, v)| !v.is_null()).map(|(k, v)| (k.clone(), without_null_members(v))).collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_null_members).collect()),
        other => other.clone(),
    }
}

/// A UTC timestamp from RFC 3339 text.
pub fn ts(text: &str) -> chrono::DateTime<chrono::Utc> {
    text.parse().expect("valid timestamp")
}

/// The documented error body of `result`, which must be `Error::Api` with `status`.
pub fn expect_api<T: Debug, E: Debug>(result: Result<Response<T>, Error<E>>, status: u16) -> E {
    match result {
        Err(Error::Api(response)) => {
            assert_eq!(response.status().as_u16(), status, "status of the documented error");
            response.into_body()
        }
        other => panic!("expected Error::Api with status {status}, got {other:?}"),
    }
}

/// The raw response of `result`, which must be `Error::UnexpectedStatus` with `status`.
pub fn expect_unexpected<T: Debug, E: Debug>(result: Result<Response<T>, Error<E>>, status: u16) -> RawResponse {
    match result {
        Err(Error::UnexpectedStatus(raw)) => {
            assert_eq!(raw.status.as_u16(), status, "status of the undocumented answer");
            *raw
        }
        other => panic!("expected Error::UnexpectedStatus with status {status}, got {other:?}"),
    }
}

/// The message of `result`, which must be `Error::InvalidRequest`.
pub fn expect_invalid<T: Debug, E: Debug>(result: Result<Response<T>, Error<E>>) -> String {
    match result {
        Err(Error::InvalidRequest(invalid)) => invalid.to_string(),
        other => panic!("expected Error::InvalidRequest, got {other:?}"),
    }
}

/// The body the server sends for a documented 400/404/500 of the ReAdmin API.
pub fn error_body(status: u16) -> Value {
    json!({ "success": false, "reason": error_reason(status) })
}

fn error_reason(status: u16) -> &'static str {
    match status {
        400 => "bad request: userId is not a number",
        404 => "not found: no such resource",
        500 => "internal error: database unavailable",
        _ => panic!("no standard error body for {status}"),
    }
}

/// [`error_body`] (400) decoded.
pub fn bad_request() -> BadRequest {
    BadRequest { success: Some(false), reason: Some(error_reason(400).to_owned()) }
}

/// [`error_body`] (404) decoded.
pub fn not_found() -> NotFound {
    NotFound { success: Some(false), reason: Some(error_reason(404).to_owned()) }
}

/// [`error_body`] (500) decoded.
pub fn server_error() -> ServerError {
    ServerError { success: Some(false), reason: Some(error_reason(500).to_owned()) }
}

/// The body of an orders API error with `code`.
pub fn orders_error_body(code: &str) -> Value {
    json!({ "error": { "code": code, "message": format!("{code} happened") } })
}

/// [`orders_error_body`] decoded.
pub fn orders_error(code: &str) -> OrdersErrorResponse {
    OrdersErrorResponse {
        error: OrdersErrorResponseError { code: code.to_owned(), message: format!("{code} happened") },
    }
}

/// A body for an undocumented status.
pub fn teapot_body() -> Value {
    json!({ "teapot": true })
}

/// A workspace as the server sends it (every field set).
pub fn workspace_json() -> Value {
    json!({
        "groupId": "1234567",
        "groupName": "Cafe Group",
        "owner": { "reAdminId": "ra-1", "robloxId": "156" },
        "minSyncRole": 5,
        "loaderId": "loader-xyz",
        "currentDistribution": 12,
        "distributionPeriod": "biweekly",
        "distributionDMs": true,
        "premium": {
            "is": true,
            "subscriptionId": "sub_1",
            "planType": "enterprise",
            "managedBy": { "robloxId": "156", "customerId": "cus_1" }
        },
        "tags": ["Partner", "Beta"],
        "created": "2023-05-06T07:08:09Z",
        "syncing": false,
        "lastSynced": "2024-02-03T04:05:06Z",
        "trackedStaff": 87,
        "brandColor": "teal",
        "overrideRoleMaximumSize": 300,
        "banStatus": { "is": false, "reason": "", "bannedBy": "" }
    })
}
