//! Contract tests of `readmin-client` against Stoplight Prism serving
//! `spec/readmin.yaml` (see the harness in `src/lib.rs`).
//!
//! Every operation of the document is called through the generated client:
//!
//! - on a static Prism with realistic valid inputs: Prism runs with
//!   `--errors`, so a request that breaks the document (wrong path or wire
//!   name, missing required field, wrong type, missing credential) fails, and
//!   the typed response must decode;
//! - on a dynamic Prism, [`DYNAMIC_RESPONSES_PER_OPERATION`] times with
//!   `Prefer: seed=<operationId>-<n>` (random responses generated from the
//!   schemas, the same ones on every run): each must decode into the
//!   generated types;
//! - without credentials: Prism answers 401, which the document does not
//!   list, so the call must end in `Error::UnexpectedStatus` with status 401.
//!
//! Failures are collected and reported together, each with its operationId
//! and what Prism said (the `sl-violations` header with its validation
//! details, the body) or the JSON that did not decode and the serde error.

use std::collections::BTreeSet;
use std::fmt;
use std::future::Future;
use std::io::Write as _;
use std::pin::Pin;
use std::time::{Duration, Instant};

use chrono::TimeZone as _;
use contract_tests::{Mode, Prism};
use futures::stream::{self, StreamExt as _};
use readmin_client::types::*;
use readmin_client::{CallOptions, Client, Error, Response, RetryPolicy};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use serde::de::DeserializeOwned;

/// Random responses decoded per operation in dynamic mode.
const DYNAMIC_RESPONSES_PER_OPERATION: u32 = 20;

/// Requests in flight at once (Prism handles them on one thread anyway).
const CONCURRENCY: usize = 8;

/// Dynamic failures shown per operation; the rest are counted.
const SHOWN_DYNAMIC_FAILURES: usize = 3;

/// Bytes of a response body shown in a failure report.
const SHOWN_BODY_BYTES: usize = 1500;

/// Marks the report of a call that got no response (transport error,
/// timeout, or a request the client refused to build).
const NO_ANSWER: &str = "no HTTP response: ";

/// Lines of each Prism's output appended to a report with unanswered calls.
const PRISM_OUTPUT_LINES: usize = 30;

/// Bytes shown before the position where a body failed to decode.
const EXCERPT_BYTES: usize = 240;

const LOADER_ID: &str = "3f6c1a9e-7d2b-4c8e-9a51-0b7e2d4f8c13";
const API_KEY: &str = "rk_live_8QmZr2VtXc4LpN7sJd1Wf6Hy";

// Realistic identifiers: Roblox user ids, Mongo-style ids, a job id.
const USER_ID: &str = "1538257413";
const STAFF_ID: &str = "261842920";
const SESSION_ID: &str = "6651f1c2e4b0a1b2c3d4e5f6";
const SERVER_ID: &str = "b7f3e2a1";
const INTERNAL_GAME_ID: &str = "66a0c3d9e4b0f1a2b3c4d5e6";
const JOB_ID: &str = "9c4f2b1e-5a7d-4e3b-8f6a-2d1c0b9e8a7f";

// ---------------------------------------------------------------------------
// The operations
// ---------------------------------------------------------------------------

/// Sends one call of an operation: the client, and the dynamic-mode seed.
type Call = fn(Client, Option<String>) -> Pin<Box<dyn Future<Output = Outcome> + Send>>;

/// An operation of the document and how to call it with valid inputs.
#[derive(Debug)]
struct Operation {
    id: &'static str,
    call: Call,
}

/// `operation!("operationId", |client| client.method(args).optional(value))`.
macro_rules! operation {
    ($id:literal, |$client:ident| $request:expr) => {
        Operation {
            id: $id,
            call: |client: Client, seed: Option<String>| {
                Box::pin(async move {
                    let $client = &client;
                    outcome(prepare($request, seed).await)
                })
            },
        }
    };
}

/// Every operation of `spec/readmin.yaml`, with realistic valid inputs:
/// every path parameter, required body and optional parameter is set.
fn operations() -> Vec<Operation> {
    vec![
        // Ranking key (api-key)
        operation!("getRankingKey", |client| client.get_ranking_key()),
        operation!("putRole", |client| client.put_role(USER_ID, "200")),
        operation!("deleteUser", |client| client.delete_user(USER_ID)),
        operation!("getJoinRequests", |client| client.get_join_requests().cursor("eyJwYWdlIjoyfQ")),
        operation!("patchJoinRequest", |client| client.patch_join_request(USER_ID)),
        operation!("deleteJoinRequest", |client| client.delete_join_request(USER_ID)),
        operation!("patchShout", |client| client
            .patch_shout(ShoutRequest { message: "Staff training tonight at 18:00 UTC!".into() })),
        // Staff history
        operation!("getStaffHistory", |client| client.get_staff_history()),
        operation!("postStaffHistory", |client| client.post_staff_history(CreateStaffHistoryRequest {
            actioning_user: STAFF_ID.into(),
            user_id: USER_ID.into(),
            reason: "Consistently great moderation".into(),
            r#type: StaffHistoryType::Promotion,
            notify: Some(true),
            role: Some("Senior Moderator".into()),
            expires_in_days: Some(30.0),
            approval_required: false,
        })),
        // Workspace and activity
        operation!("getWorkspace", |client| client.get_workspace()),
        operation!("getWorkspaceLeaderboard", |client| client.get_workspace_leaderboard()),
        operation!("getUserMinutes", |client| client.get_user_minutes(USER_ID)),
        operation!("getUserActivity", |client| client.get_user_activity(USER_ID).limit(20)),
        // Sessions (v1)
        operation!("getSessionRoles", |client| client.get_session_roles()),
        operation!("getSessions", |client| client.get_sessions()),
        operation!("getUpcomingSessions", |client| client.get_upcoming_sessions()),
        operation!("getSessionById", |client| client.get_session_by_id(SESSION_ID)),
        operation!("postSessionServer", |client| client.post_session_server(SESSION_ID)),
        operation!("postSessionServerRole", |client| client.post_session_server_role(
            SESSION_ID,
            SERVER_ID,
            ClaimSessionServerRoleRequest {
                user_id: Some(USER_ID.into()),
                role_id: Some("host-group".into()),
                subrole_id: Some("co-host".into()),
            },
        )),
        // Sessions v2
        operation!("listSessions", |client| client
            .list_sessions()
            .status(ListSessionsStatus::Scheduled)
            .template_id("tmpl_weekly_training")
            .from(chrono::Utc.with_ymd_and_hms(2024, 6, 1, 0, 0, 0).unwrap())
            .to(chrono::Utc.with_ymd_and_hms(2024, 6, 30, 23, 59, 59).unwrap())
            .order(ListSessionsOrder::Desc)
            .limit(25)
            .cursor("eyJpZCI6IjY2NTEifQ")),
        operation!("listRoleGroups", |client| client.list_role_groups()),
        operation!("getSession", |client| client.get_session(SESSION_ID)),
        operation!("createSessionServer", |client| client
            .create_session_server(SESSION_ID)
            .body(CreateSessionV2ServerRequest { nickname: Some("Overflow server".into()) })),
        operation!("claimRole", |client| client.claim_role(
            SESSION_ID,
            SERVER_ID,
            ClaimSessionV2RoleRequest {
                user_id: USER_ID.into(),
                role_group_id: "host-group".into(),
                role_id: "co-host".into(),
            },
        )),
        operation!("releaseClaim", |client| client.release_claim(SESSION_ID, SERVER_ID, USER_ID)),
        // Game bans
        operation!("getWorkspaceBans", |client| client.get_workspace_bans()),
        operation!("postWorkspaceBan", |client| client.post_workspace_ban(CreateWorkspaceBanRequest {
            user_id: USER_ID.into(),
            reason: "Exploiting".into(),
            banned_by_user_id: STAFF_ID.into(),
            expires_in_days: Some(7.0),
        })),
        operation!("deleteWorkspaceBan", |client| client.delete_workspace_ban(USER_ID)),
        // Running games
        operation!("getRunningGames", |client| client.get_running_games()),
        operation!("getRunningGame", |client| client.get_running_game(INTERNAL_GAME_ID)),
        // Activity tracker (in game)
        operation!("postCreateServer", |client| client.post_create_server(CreateServerRequest {
            game_id: 4_567_890_123.0,
            place_id: 12_345_678_901.0,
            job_id: JOB_ID.into(),
            private_server_id: String::new(),
            private_server_owner_id: 0.0,
            place_version: "1042".into(),
        })),
        operation!("postGetServer", |client| client
            .post_get_server(RunningServerRequest { game_id: INTERNAL_GAME_ID.into() })),
        operation!("deleteEndServer", |client| client
            .delete_end_server(RunningServerRequest { game_id: INTERNAL_GAME_ID.into() })),
        operation!("postPlayerJoin", |client| client.post_player_join(PlayerJoinRequest {
            player_id: 1_538_257_413.0,
            platform: PlayerPlatform::Desktop,
            safechat: false,
            username: Some("builderman".into()),
            tz_offset: Some("+02:00".into()),
            game_id: Some(INTERNAL_GAME_ID.into()),
        })),
        operation!("deletePlayerLeave", |client| client.delete_player_leave(PlayerLeaveRequest {
            session_ids: Some(PlayerSessionIds {
                running_game_player: Some("66a0c3d9e4b0f1a2b3c4d5f0".into()),
                user_game_session: Some("66a0c3d9e4b0f1a2b3c4d5f1".into()),
            }),
            player_id: 1_538_257_413.0,
            events: vec![chat_event()],
            left_time: 1_717_243_200.0,
            game_id: Some(INTERNAL_GAME_ID.into()),
        })),
        operation!("postSendData", |client| client.post_send_data(SendDataRequest {
            game_id: INTERNAL_GAME_ID.into(),
            events: vec![chat_event()],
            chat_events: Some(vec![ChatEvent {
                r#type: Some(ChatEventType::Message),
                ticket_id: Some("66a0c3d9e4b0f1a2b3c4d5f2".into()),
                username: Some("builderman".into()),
                user_id: Some(1_538_257_413),
                message: Some("Someone is flying around the map".into()),
                id: Some("msg_01".into()),
                created: Some(1_717_243_100.0),
            }]),
            players: Some([(USER_ID.to_owned(), "builderman".to_owned())].into_iter().collect()),
        })),
        // Time off
        operation!("getTimeOffRequests", |client| client.get_time_off_requests().status("pending").user_id(USER_ID)),
        operation!("getTimeOffRequest", |client| client.get_time_off_request("66a0c3d9e4b0f1a2b3c4d600")),
        operation!("approveTimeOffRequest", |client| client.approve_time_off_request(
            "66a0c3d9e4b0f1a2b3c4d600",
            ReviewTimeOffRequest { actor_id: STAFF_ID.into(), note: Some("Enjoy your holiday".into()) },
        )),
        operation!("declineTimeOffRequest", |client| client.decline_time_off_request(
            "66a0c3d9e4b0f1a2b3c4d600",
            ReviewTimeOffRequest { actor_id: STAFF_ID.into(), note: Some("Event week".into()) },
        )),
        // Teams
        operation!("getTeams", |client| client.get_teams()),
        operation!("getUserTeams", |client| client.get_user_teams(USER_ID)),
        operation!("getTeam", |client| client.get_team("66a0c3d9e4b0f1a2b3c4d700")),
        // Promotion requests
        operation!("getPromotionRequests", |client| client.get_promotion_requests().status("pending")),
        operation!("getPromotionRequest", |client| client.get_promotion_request("66a0c3d9e4b0f1a2b3c4d800")),
        // Calls
        operation!("listCalls", |client| client.list_calls().status(ListCallsStatus::All)),
        operation!("getCall", |client| client.get_call("66a0c3d9e4b0f1a2b3c4d900")),
        operation!("readCallMessages", |client| client.read_call_messages("66a0c3d9e4b0f1a2b3c4d900")),
        operation!("sendCallMessage", |client| client.send_call_message(
            "66a0c3d9e4b0f1a2b3c4d900",
            SendCallMessageRequest { actor_id: STAFF_ID.into(), message: "On my way!".into() },
        )),
        operation!("claimCall", |client| client
            .claim_call("66a0c3d9e4b0f1a2b3c4d900", ClaimCallRequest { actor_id: STAFF_ID.into() })),
        operation!("endCall", |client| client.end_call(
            "66a0c3d9e4b0f1a2b3c4d900",
            EndCallRequest { actor_id: STAFF_ID.into(), reason: Some("resolved".into()) },
        )),
        // Orders
        operation!("getPosBootstrap", |client| client.get_pos_bootstrap().game_id("4567890123")),
        operation!("getProducts", |client| client.get_products().since(41).game_id("4567890123")),
        operation!("listOrders", |client| client
            .list_orders()
            .status(OrderStatus::Submitted)
            .queue_id("kitchen")
            .game_id("4567890123")
            .cursor("66a0c3d9e4b0f1a2b3c4da00")
            .limit(50)),
        operation!("createOrder", |client| client.create_order(CreateOrderRequest {
            idempotency_key: "register-3-000172".into(),
            customer_id: USER_ID.into(),
            cashier_id: Some(STAFF_ID.into()),
            source: Some(CreateOrderRequestSource::Register),
            queue_id: Some("kitchen".into()),
            items: vec![
                OrderItemInput { product_id: "66a0c3d9e4b0f1a2b3c4db01".into(), quantity: 2 },
                OrderItemInput { product_id: "66a0c3d9e4b0f1a2b3c4db02".into(), quantity: 1 },
            ],
            instant_complete: Some(false),
            game_id: "4567890123".into(),
            place_id: Some("12345678901".into()),
        })),
        operation!("transitionOrder", |client| client.transition_order(
            "66a0c3d9e4b0f1a2b3c4da00",
            TransitionOrderRequest {
                idempotency_key: Some("register-3-000172-claim".into()),
                action: OrderAction::Claim,
                actor_id: STAFF_ID.into(),
            },
        )),
    ]
}

fn chat_event() -> SessionEvent {
    SessionEvent {
        user: Some(USER_ID.into()),
        r#type: Some("chat".into()),
        date: Some(1_717_243_000.0),
        message: Some("hello everyone".into()),
        to: Some("all".into()),
    }
}

/// Per-call settings of every contract call: no retries (a failure shows at
/// once), and the seed of a dynamic response.
fn prepare<B: CallOptions>(builder: B, seed: Option<String>) -> B {
    let builder = builder.retry(RetryPolicy::none()).timeout(Duration::from_secs(30));
    match seed {
        Some(seed) => {
            let value = HeaderValue::from_str(&format!("seed={seed}")).expect("a seed is a valid header value");
            builder.header(HeaderName::from_static("prefer"), value)
        }
        None => builder,
    }
}

// ---------------------------------------------------------------------------
// Outcomes
// ---------------------------------------------------------------------------

/// What became of one call.
#[derive(Debug)]
enum Outcome {
    /// A success status whose body decoded into the operation's type.
    Decoded,
    Failed(Failure),
}

#[derive(Debug)]
enum Failure {
    /// A status the operation documents as an error (Prism answers a request
    /// that breaks the document with a documented 400 when there is one).
    /// `prism_error` tells Prism's own errors (`application/problem+json`,
    /// such as an unknown path) from responses mocked from the document.
    Api { status: u16, violations: Option<String>, prism_error: bool, body: String },
    /// A status the operation does not document (Prism's own 401, 404, 422).
    Unexpected { status: u16, violations: Option<String>, body: String },
    /// A body that did not decode into the generated type; `near` is the
    /// JSON around the position serde reports.
    Decode { status: u16, path: String, error: String, body: String, near: String },
    /// No answer (transport, timeout) or a request the client refused to build.
    Other(String),
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Api { status, violations, body, .. } | Failure::Unexpected { status, violations, body } => {
                let kind = match self {
                    Failure::Api { prism_error: true, .. } => "Error::Api, decoded from Prism's own problem+json error",
                    Failure::Api { .. } => "Error::Api",
                    _ => "Error::UnexpectedStatus",
                };
                match violations {
                    Some(violations) => write!(f, "Prism rejected the request: status {status} ({kind}), violations: {violations}")?,
                    None => write!(f, "status {status} ({kind})")?,
                }
                write!(f, "\n      body: {}", shorten(body, SHOWN_BODY_BYTES))
            }
            Failure::Decode { status, path, error, body, near } => write!(
                f,
                "the {status} response did not decode into the generated type: at `{path}`: {error}\n      near: {near}\n      body: {}",
                shorten(body, SHOWN_BODY_BYTES)
            ),
            Failure::Other(message) => write!(f, "{NO_ANSWER}{message}"),
        }
    }
}

/// Classifies the result of a call, keeping what a report needs.
fn outcome<T: DeserializeOwned, E: fmt::Debug>(result: Result<Response<T>, Error<E>>) -> Outcome {
    let failure = match result {
        Ok(_) => return Outcome::Decoded,
        Err(Error::Api(response)) => Failure::Api {
            status: response.status().as_u16(),
            violations: violations(response.headers()),
            prism_error: response
                .headers()
                .get(reqwest::header::CONTENT_TYPE)
                .is_some_and(|value| value.as_bytes().starts_with(b"application/problem+json")),
            body: format!("{:?}", response.body()),
        },
        Err(Error::UnexpectedStatus(raw)) => Failure::Unexpected {
            status: raw.status.as_u16(),
            violations: violations(&raw.headers),
            body: String::from_utf8_lossy(&raw.body).into_owned(),
        },
        Err(Error::Decode(decode)) => {
            let body = String::from_utf8_lossy(&decode.body).into_owned();
            Failure::Decode {
                status: decode.status.as_u16(),
                path: failing_path::<T>(&decode.body),
                error: decode.source.to_string(),
                near: excerpt(&body, decode.source.line(), decode.source.column()),
                body,
            }
        }
        Err(other) => Failure::Other(format!("{other} ({other:?})")),
    };
    Outcome::Failed(failure)
}

/// Prism's validation details of a rejected request.
fn violations(headers: &HeaderMap) -> Option<String> {
    headers.get("sl-violations").map(|value| String::from_utf8_lossy(value.as_bytes()).into_owned())
}

/// Where in `body` decoding into `T` fails, as a path like `call.closed`.
fn failing_path<T: DeserializeOwned>(body: &[u8]) -> String {
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    match serde_path_to_error::deserialize::<_, T>(&mut deserializer) {
        Err(error) => error.path().to_string(),
        Ok(_) => "?".to_owned(),
    }
}

/// `text` cut after about `limit` bytes.
fn shorten(text: &str, limit: usize) -> String {
    if text.len() <= limit {
        return text.to_owned();
    }
    format!("{}... ({} bytes in all)", &text[..floor_boundary(text, limit)], text.len())
}

/// The text around `line`:`column` (1-based, as serde_json reports them).
fn excerpt(text: &str, line: usize, column: usize) -> String {
    let line_start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    let at = (line_start + column).min(text.len());
    let start = floor_boundary(text, at.saturating_sub(EXCERPT_BYTES));
    let end = floor_boundary(text, at + EXCERPT_BYTES / 2);
    let before = if start > 0 { "..." } else { "" };
    let after = if end < text.len() { "..." } else { "" };
    format!("{before}{}{after}", &text[start..end])
}

fn floor_boundary(text: &str, mut index: usize) -> usize {
    index = index.min(text.len());
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

// ---------------------------------------------------------------------------
// The suite
// ---------------------------------------------------------------------------

/// One way an operation is called; reports list them in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Phase {
    /// Valid inputs, static Prism: the request must be accepted, the response decode.
    Valid,
    /// No credentials, static Prism: must be `Error::UnexpectedStatus` 401.
    Unauthorised,
    /// Valid inputs, dynamic Prism, the n-th seeded random response must decode.
    Dynamic(u32),
}

impl Phase {
    fn all() -> impl Iterator<Item = Phase> {
        [Phase::Valid, Phase::Unauthorised].into_iter().chain((0..DYNAMIC_RESPONSES_PER_OPERATION).map(Phase::Dynamic))
    }

    fn seed(self, operation: &Operation) -> Option<String> {
        match self {
            Phase::Dynamic(n) => Some(format!("{}-{n}", operation.id)),
            _ => None,
        }
    }

    fn describe(self, operation: &Operation) -> String {
        match self {
            Phase::Valid => "valid request".to_owned(),
            Phase::Dynamic(_) => format!("dynamic response, Prefer: seed={}", self.seed(operation).unwrap_or_default()),
            Phase::Unauthorised => "no credentials".to_owned(),
        }
    }

    /// Whether `outcome` is what this phase expects; otherwise why not.
    fn check(self, outcome: Outcome) -> Result<(), String> {
        match (self, outcome) {
            (Phase::Valid | Phase::Dynamic(_), Outcome::Decoded) => Ok(()),
            (Phase::Valid | Phase::Dynamic(_), Outcome::Failed(failure)) => Err(failure.to_string()),
            (Phase::Unauthorised, Outcome::Failed(Failure::Unexpected { status: 401, .. })) => Ok(()),
            (Phase::Unauthorised, Outcome::Decoded) => {
                Err("expected Error::UnexpectedStatus with status 401, but the call succeeded: the client sent a credential it was not given".to_owned())
            }
            (Phase::Unauthorised, Outcome::Failed(failure)) => {
                Err(format!("expected Error::UnexpectedStatus with status 401, got: {failure}"))
            }
        }
    }
}

fn client(base_url: &str, credentials: bool) -> Client {
    let builder = Client::builder().base_url(base_url);
    let builder = if credentials { builder.loader_id(LOADER_ID).api_key(API_KEY) } else { builder };
    builder.build().expect("the client builds")
}

/// Writes past the test harness's output capture, so the summary shows in a
/// plain `cargo test` run.
fn report_line(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_operation_honours_the_contract() {
    let started = Instant::now();
    let (static_prism, dynamic_prism) = tokio::join!(
        tokio::task::spawn_blocking(|| Prism::start(Mode::Static)),
        tokio::task::spawn_blocking(|| Prism::start(Mode::Dynamic)),
    );
    let static_prism = static_prism.expect("the start task runs").unwrap_or_else(|e| panic!("{e}"));
    let dynamic_prism = dynamic_prism.expect("the start task runs").unwrap_or_else(|e| panic!("{e}"));
    let authorised = client(&static_prism.base_url(), true);
    let anonymous = client(&static_prism.base_url(), false);
    let dynamic = client(&dynamic_prism.base_url(), true);

    let operations = operations();
    let jobs = operations.iter().flat_map(|operation| Phase::all().map(move |phase| (operation, phase)));
    let results: Vec<(&Operation, Phase, Result<(), String>)> = stream::iter(jobs)
        .map(|(operation, phase)| {
            let client = match phase {
                Phase::Valid => authorised.clone(),
                Phase::Dynamic(_) => dynamic.clone(),
                Phase::Unauthorised => anonymous.clone(),
            };
            let call = (operation.call)(client, phase.seed(operation));
            async move { (operation, phase, phase.check(call.await)) }
        })
        .buffer_unordered(CONCURRENCY)
        .collect()
        .await;

    let mut report = String::new();
    let mut passed = 0;
    let mut decoded = 0;
    for operation in &operations {
        let mut failures = Vec::new();
        let mut dynamic_failures = 0;
        let mut outcomes: Vec<_> = results.iter().filter(|(op, _, _)| op.id == operation.id).collect();
        outcomes.sort_by_key(|(_, phase, _)| *phase);
        for (_, phase, result) in outcomes {
            match (phase, result) {
                (Phase::Dynamic(_), Ok(())) => decoded += 1,
                (_, Ok(())) => {}
                (Phase::Dynamic(_), Err(message)) => {
                    dynamic_failures += 1;
                    if dynamic_failures <= SHOWN_DYNAMIC_FAILURES {
                        failures.push(format!("  [{}] {message}", phase.describe(operation)));
                    }
                }
                (_, Err(message)) => failures.push(format!("  [{}] {message}", phase.describe(operation))),
            }
        }
        if failures.is_empty() {
            passed += 1;
            continue;
        }
        report.push_str(&format!("\n{}:\n{}\n", operation.id, failures.join("\n")));
        if dynamic_failures > SHOWN_DYNAMIC_FAILURES {
            report.push_str(&format!(
                "  ... {} dynamic responses of {} failed in all\n",
                dynamic_failures, DYNAMIC_RESPONSES_PER_OPERATION
            ));
        }
    }
    // A call without an answer may mean Prism crashed or hung: show its output.
    let unanswered = results.iter().any(|(_, _, result)| matches!(result, Err(message) if message.contains(NO_ANSWER)));
    if unanswered {
        for prism in [&static_prism, &dynamic_prism] {
            let output = prism.output();
            let tail: Vec<&str> = output.lines().rev().take(PRISM_OUTPUT_LINES).collect();
            let tail: Vec<&str> = tail.into_iter().rev().collect();
            report.push_str(&format!("\nlast lines of Prism's output ({} mode):\n{}\n", prism.mode(), tail.join("\n")));
        }
    }
    drop((static_prism, dynamic_prism));
    report_line(&format!(
        "contract: {passed}/{} operations passed ({decoded} dynamic responses decoded) in {:.1} s",
        operations.len(),
        started.elapsed().as_secs_f64()
    ));
    assert!(
        report.is_empty(),
        "{} of {} operations broke the contract:\n{report}",
        operations.len() - passed,
        operations.len()
    );
    assert_eq!(decoded, operations.len() * DYNAMIC_RESPONSES_PER_OPERATION as usize);
}

/// The table above names every operation of the document once, so a new
/// operation cannot go untested.
#[test]
fn every_operation_of_the_document_is_called() {
    let spec = std::fs::read_to_string(contract_tests::Paths::of_workspace().spec).expect("the document is readable");
    let documented: BTreeSet<&str> = spec
        .lines()
        .filter_map(|line| line.trim().strip_prefix("operationId:"))
        .map(|id| id.trim().trim_matches(|c| c == '\'' || c == '"'))
        .collect();
    let operations = operations();
    let called: BTreeSet<&str> = operations.iter().map(|operation| operation.id).collect();
    assert_eq!(called.len(), operations.len(), "an operation is listed twice");
    assert_eq!(
        called,
        documented,
        "missing: {:?}, unknown: {:?}",
        documented.difference(&called).collect::<Vec<_>>(),
        called.difference(&documented).collect::<Vec<_>>()
    );
    assert_eq!(documented.len(), 56);
}

// ---------------------------------------------------------------------------
// The harness really validates
// ---------------------------------------------------------------------------

/// Requests that break the document on purpose, sent with plain reqwest,
/// are rejected by Prism; the same request without the defect is accepted.
#[tokio::test]
async fn prism_rejects_requests_that_violate_the_document() {
    let prism = tokio::task::spawn_blocking(|| Prism::start(Mode::Static))
        .await
        .expect("the start task runs")
        .unwrap_or_else(|e| panic!("{e}"));
    let base = prism.base_url();
    // readmin-client builds reqwest with rustls but no crypto provider and
    // installs ring when a client of its own is built; this plain client may
    // come first.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let http = reqwest::Client::new();
    let order = serde_json::json!({
        "idempotencyKey": "register-3-000173",
        "customerId": USER_ID,
        "gameId": "4567890123",
        "items": [{ "productId": "66a0c3d9e4b0f1a2b3c4db01", "quantity": 1 }],
    });
    let post_order = |body: &serde_json::Value, credential: bool| {
        let request = http
            .post(format!("{base}/v2/orders"))
            .header("content-type", "application/json")
            .body(serde_json::to_vec(body).expect("JSON"));
        if credential {
            request.header("loader-id", LOADER_ID)
        } else {
            request
        }
    };

    // The valid request is accepted: what follows is down to each defect.
    let accepted = post_order(&order, true).send().await.expect("Prism answers");
    assert_eq!(accepted.status(), 200, "the valid order is accepted");
    assert!(accepted.headers().get("sl-violations").is_none());

    // A required body field missing: the documented 400, with Prism's details.
    let mut without_items = order.clone();
    without_items.as_object_mut().expect("an object").remove("items");
    let rejected = post_order(&without_items, true).send().await.expect("Prism answers");
    assert_eq!(rejected.status(), 400);
    let details = violations(rejected.headers()).expect("Prism explains the rejection in sl-violations");
    assert!(details.contains("required property 'items'"), "{details}");

    // A value of the wrong type.
    let mut bad_quantity = order.clone();
    bad_quantity["items"][0]["quantity"] = serde_json::json!("two");
    let rejected = post_order(&bad_quantity, true).send().await.expect("Prism answers");
    assert_eq!(rejected.status(), 400);
    let details = violations(rejected.headers()).expect("Prism explains the rejection in sl-violations");
    assert!(details.contains("quantity") && details.contains("integer"), "{details}");

    // No credential: 401.
    let rejected = post_order(&order, false).send().await.expect("Prism answers");
    assert_eq!(rejected.status(), 401);

    // A query parameter of the wrong type where no 400 is documented: Prism's 422.
    let rejected = http
        .get(format!("{base}/sessions/v2?limit=lots"))
        .header("loader-id", LOADER_ID)
        .send()
        .await
        .expect("Prism answers");
    assert_eq!(rejected.status(), 422);
    let body = rejected.bytes().await.expect("a body");
    let body: serde_json::Value = serde_json::from_slice(&body).expect("a problem+json body");
    assert_eq!(body["validation"][0]["location"], serde_json::json!(["query", "limit"]), "{body}");

    // A path the document does not have.
    let rejected = http
        .get(format!("{base}/no-such-resource"))
        .header("loader-id", LOADER_ID)
        .send()
        .await
        .expect("Prism answers");
    assert_eq!(rejected.status(), 404);

    // Through the client: a body that breaks `minItems: 1` comes back as the
    // documented 400, and the failure report carries Prism's details.
    let client = client(&base, true);
    let empty_order = CreateOrderRequest {
        idempotency_key: "register-3-000174".into(),
        customer_id: USER_ID.into(),
        items: Vec::new(),
        game_id: "4567890123".into(),
        ..CreateOrderRequest::default()
    };
    let result = prepare(client.create_order(empty_order), None).await;
    let Outcome::Failed(failure @ Failure::Api { status: 400, .. }) = outcome(result) else {
        panic!("an empty order must be rejected with the documented 400");
    };
    let report = Phase::Valid.check(Outcome::Failed(failure)).expect_err("a rejected valid-phase call fails");
    assert!(report.contains("Prism rejected the request") && report.contains("minItems"), "{report}");
}
