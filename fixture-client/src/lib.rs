// @generated from the API's OpenAPI document; do not edit by hand.
//! Client for the Runtime Fixture API (version 1.0.0).
//!
//! A small document for the runtime features ReAdmin does not use: typed response headers, pagination by `Link` header, offset and page number, a request body the caller can send as one of several media types, and credentials of every kind (header, query and cookie keys, basic, bearer). The crate generated from it, `fixture-client`, is tested against local servers.
//!
//! # Example
//!
//! ```no_run
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! let client = fixture_client::Client::builder()
//!     .header_key(std::env::var("HEADERKEY")?)
//!     .build()?;
//! let response = client.list_pets().await?;
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
//! Set them on the builder: [`header_key`](ClientBuilder::header_key), [`query_key`](ClientBuilder::query_key), [`session_cookie`](ClientBuilder::session_cookie), [`basic_auth`](ClientBuilder::basic_auth), [`bearer_auth`](ClientBuilder::bearer_auth). Each is sent only with the operations that require it, never to another origin, and never appears in `Debug` output, errors or logs. A call whose credential the client lacks is sent without it after a WARN `tracing` event; [`ClientBuilder::require_credentials`] makes such a call fail before anything is sent.
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
//! ## Other operations
//!
//! | method | endpoint | summary |
//! | --- | --- | --- |
//! | [`list_pets`](Client::list_pets) | `GET /pets` | Lists pets, a page at a time (`Link` header pagination). |
//! | [`create_pet`](Client::create_pet) | `POST /pets` | Adds a pet, sent as JSON, as a form or as its name in plain text (the caller picks). |
//! | [`list_events`](Client::list_events) | `GET /events` | Lists events (offset pagination). |
//! | [`list_logs`](Client::list_logs) | `GET /logs` | Lists log lines (page numbers, declared in the settings file). |
//! | [`get_status`](Client::get_status) | `GET /status` | The service status, with headers of every kind. |
//! | [`get_account`](Client::get_account) | `GET /account` | The account, for a user signed in with a password, a session cookie and the query key. |
//! | [`get_session`](Client::get_session) | `GET /session` | The session of a bearer token, sent with the header key. |
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
