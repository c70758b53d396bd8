// @generated from the API's OpenAPI document; do not edit by hand.
//! Client for the ReAdmin API (version 1.0.0).
//!
//! ReAdmin developer api
//!
//! # Example
//!
//! ```no_run
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! let client = readmin_client::Client::builder()
//!     .loader_id(std::env::var("LOADER_ID")?)
//!     .build()?;
//! let response = client.get_staff_history().await?;
//! println!("{}: {:?}", response.status(), response.body());
//! # Ok(())
//! # }
//! ```
//!
//! # Calling operations
//!
//! Every operation is a method of [`Client`] named after its operationId (listed below by tag). It takes the path parameters, the required parameters and a required body, and returns a request builder (in [`operations`]): its methods set the optional parameters, and `.await` sends the request. A success is a [`Response`]: the decoded body (also through `Deref`) with its status and headers.
//!
//! # Credentials
//!
//! Set them on the builder: [`loader_id`](ClientBuilder::loader_id), [`api_key`](ClientBuilder::api_key). Each is sent only with the operations that require it, never to another origin, and never appears in `Debug` output, errors or logs. A call whose credential the client lacks is sent without it after a WARN `tracing` event; [`ClientBuilder::require_credentials`] makes such a call fail before anything is sent.
//!
//! # Errors
//!
//! A call's error is an [`Error`]: [`Error::Api`] for a status the operation documents (its body decoded into the operation's error enum), [`Error::UnexpectedStatus`] for any other, [`Error::Decode`] for a body that does not match the document, [`Error::Timeout`], [`Error::Transport`], [`Error::BodyTooLarge`] and [`Error::InvalidRequest`] (nothing was sent). [`Error::status`], [`Error::headers`] and [`Error::raw_body`] reach the answer whatever the variant, [`Error::call_site`] the operation; its message names the operation and the status and quotes what the server said, without credentials.
//!
//! # Pagination
//!
//! A paginated list operation's builder has `into_stream()`: a `futures::Stream` of the items of every page, fetched as it is polled. It is `Unpin`, so with `futures::TryStreamExt` in scope `while let Some(item) = stream.try_next().await? { .. }` works on it as it is. A server that loops or sends empty pages forever ends the stream (see [`MAX_EMPTY_PAGES`]).
//!
//! # Per-call options, retries and timeouts
//!
//! Every request builder has `.timeout(..)` (each attempt), `.deadline(..)` (the whole call), `.retry(..)` and `.header(..)` for that call only. By default an attempt may take [`DEFAULT_TIMEOUT`] and a call [`DEFAULT_DEADLINE`]; connection failures, timeouts, `408`, `429` and `5xx` are retried for idempotent methods with exponential backoff, honouring `Retry-After` ([`RetryPolicy`]). [`ClientBuilder::timeout`], [`ClientBuilder::deadline`] and [`ClientBuilder::retry`] change the defaults for every call.
//!
//! # Operations
//!
//! ## Activity
//!
//! | method | endpoint | summary |
//! | --- | --- | --- |
//! | [`get_user_activity`](Client::get_user_activity) | `GET /activity/workspace/users/{userId}/activity` | Get a user's activity |
//!
//! ## Calls
//!
//! | method | endpoint | summary |
//! | --- | --- | --- |
//! | [`list_calls`](Client::list_calls) | `GET /calls` | List calls |
//! | [`get_call`](Client::get_call) | `GET /calls/{callId}` | Get a call |
//! | [`read_call_messages`](Client::read_call_messages) | `GET /calls/{callId}/messages` | Read call messages |
//! | [`send_call_message`](Client::send_call_message) | `POST /calls/{callId}/messages` | Send a call message |
//! | [`claim_call`](Client::claim_call) | `PUT /calls/{callId}/claim` | Claim a call |
//! | [`end_call`](Client::end_call) | `PUT /calls/{callId}/end` | End a call |
//!
//! ## Group Shout
//!
//! | method | endpoint | summary |
//! | --- | --- | --- |
//! | [`patch_shout`](Client::patch_shout) | `PATCH /ranking/shout` | Post a shout message |
//!
//! ## Join Requests
//!
//! | method | endpoint | summary |
//! | --- | --- | --- |
//! | [`get_join_requests`](Client::get_join_requests) | `GET /ranking/join-requests` | Get pending join requests |
//! | [`delete_join_request`](Client::delete_join_request) | `DELETE /ranking/join-requests/{userId}` | Decline join request |
//! | [`patch_join_request`](Client::patch_join_request) | `PATCH /ranking/join-requests/{userId}` | Accept join request |
//!
//! ## Members
//!
//! | method | endpoint | summary |
//! | --- | --- | --- |
//! | [`put_role`](Client::put_role) | `PUT /ranking/users/{userId}/role/{rankId}` | Change user rank |
//! | [`delete_user`](Client::delete_user) | `DELETE /ranking/users/{userId}` | Exile user |
//!
//! ## Orders
//!
//! | method | endpoint | summary |
//! | --- | --- | --- |
//! | [`get_pos_bootstrap`](Client::get_pos_bootstrap) | `GET /v2/pos/bootstrap` | Get the POS bootstrap payload |
//! | [`get_products`](Client::get_products) | `GET /v2/products` | Get the product catalog |
//! | [`list_orders`](Client::list_orders) | `GET /v2/orders` | List orders |
//! | [`create_order`](Client::create_order) | `POST /v2/orders` | Create order |
//! | [`transition_order`](Client::transition_order) | `POST /v2/orders/{id}/transition` | Transition an order |
//!
//! ## Player Management
//!
//! | method | endpoint | summary |
//! | --- | --- | --- |
//! | [`post_player_join`](Client::post_player_join) | `POST /activity/playerJoin` | Player joins a game session |
//! | [`delete_player_leave`](Client::delete_player_leave) | `DELETE /activity/playerLeave` | Player leaves a game session |
//!
//! ## Promotion Requests
//!
//! | method | endpoint | summary |
//! | --- | --- | --- |
//! | [`get_promotion_requests`](Client::get_promotion_requests) | `GET /promotion-requests` | Get promotion requests |
//! | [`get_promotion_request`](Client::get_promotion_request) | `GET /promotion-requests/{requestId}` | Get a promotion request |
//!
//! ## Ranking Key
//!
//! | method | endpoint | summary |
//! | --- | --- | --- |
//! | [`get_ranking_key`](Client::get_ranking_key) | `GET /ranking` | Get information about the ranking key |
//!
//! ## Running Games
//!
//! | method | endpoint | summary |
//! | --- | --- | --- |
//! | [`get_running_games`](Client::get_running_games) | `GET /games/running` | Get running games |
//! | [`get_running_game`](Client::get_running_game) | `GET /games/running/{internalGameId}` | Get a running game |
//!
//! ## Server Management
//!
//! | method | endpoint | summary |
//! | --- | --- | --- |
//! | [`post_create_server`](Client::post_create_server) | `POST /activity/createServer` | Create a new server |
//! | [`post_get_server`](Client::post_get_server) | `POST /activity/getServer` | Get server information |
//! | [`delete_end_server`](Client::delete_end_server) | `DELETE /activity/endServer` | End a game session |
//! | [`post_send_data`](Client::post_send_data) | `POST /activity/sendData` | Send data to server |
//!
//! ## Sessions
//!
//! | method | endpoint | summary |
//! | --- | --- | --- |
//! | [`get_session_roles`](Client::get_session_roles) | `GET /sessions/roles` | Get all roles for sessions |
//! | [`get_sessions`](Client::get_sessions) | `GET /sessions` | Get all upcoming sessions |
//! | [`get_upcoming_sessions`](Client::get_upcoming_sessions) | `GET /sessions/upcoming` | Get sessions happening in the next 12 hours |
//! | [`get_session_by_id`](Client::get_session_by_id) | `GET /sessions/{sessionId}` | Get a specific session by ID |
//! | [`post_session_server`](Client::post_session_server) | `POST /sessions/{sessionId}/servers` | Create a server for a session |
//! | [`post_session_server_role`](Client::post_session_server_role) | `POST /sessions/{sessionId}/servers/{serverId}/roles` | Claim a role for a session server |
//!
//! ## Sessions v2
//!
//! | method | endpoint | summary |
//! | --- | --- | --- |
//! | [`list_sessions`](Client::list_sessions) | `GET /sessions/v2` | List sessions |
//! | [`list_role_groups`](Client::list_role_groups) | `GET /sessions/v2/roles` | List role groups |
//! | [`get_session`](Client::get_session) | `GET /sessions/v2/{sessionId}` | Get a session |
//! | [`create_session_server`](Client::create_session_server) | `POST /sessions/v2/{sessionId}/servers` | Create a server |
//! | [`claim_role`](Client::claim_role) | `POST /sessions/v2/{sessionId}/servers/{serverId}/claims` | Claim a role |
//! | [`release_claim`](Client::release_claim) | `DELETE /sessions/v2/{sessionId}/servers/{serverId}/claims/{userId}` | Release a claim |
//!
//! ## Teams
//!
//! | method | endpoint | summary |
//! | --- | --- | --- |
//! | [`get_teams`](Client::get_teams) | `GET /teams` | Get teams |
//! | [`get_user_teams`](Client::get_user_teams) | `GET /teams/users/{userId}` | Get a user's teams |
//! | [`get_team`](Client::get_team) | `GET /teams/{teamId}` | Get a team |
//!
//! ## Time Off
//!
//! | method | endpoint | summary |
//! | --- | --- | --- |
//! | [`get_time_off_requests`](Client::get_time_off_requests) | `GET /time-off` | Get time off requests |
//! | [`get_time_off_request`](Client::get_time_off_request) | `GET /time-off/{requestId}` | Get a time off request |
//! | [`approve_time_off_request`](Client::approve_time_off_request) | `PUT /time-off/{requestId}/approve` | Approve a time off request |
//! | [`decline_time_off_request`](Client::decline_time_off_request) | `PUT /time-off/{requestId}/decline` | Decline a time off request |
//!
//! ## Workspace
//!
//! | method | endpoint | summary |
//! | --- | --- | --- |
//! | [`get_workspace`](Client::get_workspace) | `GET /activity/workspace` | Get workspace information |
//! | [`get_workspace_leaderboard`](Client::get_workspace_leaderboard) | `GET /activity/workspace/leaderboard` | Get leaderboard for workspace |
//! | [`get_user_minutes`](Client::get_user_minutes) | `GET /activity/workspace/users/{userId}/minutes` | Get user minutes in workspace |
//!
//! ## games
//!
//! | method | endpoint | summary |
//! | --- | --- | --- |
//! | [`get_workspace_bans`](Client::get_workspace_bans) | `GET /games/bans` | Get workspace bans |
//! | [`post_workspace_ban`](Client::post_workspace_ban) | `POST /games/bans` | Create a ban |
//! | [`delete_workspace_ban`](Client::delete_workspace_ban) | `DELETE /games/bans/{banId}` | Delete a workspace game ban |
//!
//! ## staff history
//!
//! | method | endpoint | summary |
//! | --- | --- | --- |
//! | [`get_staff_history`](Client::get_staff_history) | `GET /staff/history` | Get staff history |
//! | [`post_staff_history`](Client::post_staff_history) | `POST /staff/history` | Create a staff history |
//!

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![allow(rustdoc::redundant_explicit_links)]
#[rustfmt::skip]
mod client;

#[allow(deprecated, clippy::type_complexity)]
#[rustfmt::skip]
pub mod operations;

#[allow(dead_code)]
#[rustfmt::skip]
mod runtime;

#[allow(deprecated, clippy::type_complexity)]
#[rustfmt::skip]
pub mod types;

#[allow(dead_code)]
#[rustfmt::skip]
mod values;

pub use client::*;

#[rustfmt::skip]
pub use runtime::{
    ApiError, BuildError, CallOptions, CallSite, Client, ClientBuilder, DecodeError,
    Error, FromHeaders, HeaderError, InvalidRequest, PaginationError, RawResponse,
    RequestOptions, Response, ResponseFuture, RetryPolicy, Secret, Timeout,
    DEFAULT_DEADLINE, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT, MAX_EMPTY_PAGES,
};

pub use values::Nullable;

/// The header and status types of requests and responses (from `reqwest`).
pub use runtime::{HeaderMap, HeaderName, HeaderValue, StatusCode};

/// The `User-Agent` sent by default: this crate's name and version.
#[rustfmt::skip]
pub const USER_AGENT: &str = concat!(
    env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")
);
