// @generated from the API's OpenAPI document; do not edit by hand.
//! Client for the Reference Server (version 1.0.0).
//!
//!
//! # Example
//!
//! ```no_run
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! let client = reference_client::Client::builder()
//!     .base_url("https://api.example.com")
//!     .build()?;
//! let response = client.list_flows().await?;
//! println!("{}: {:?}", response.status(), response.body());
//! # Ok(())
//! # }
//! ```
//!
//! # Calling operations
//!
//! Every operation is a method of [`Client`] named after its operationId (listed below by tag). It takes the path parameters, the required parameters and a required body, and returns a request builder (in [`operations`]): its methods set the optional parameters, and `.await` sends the request. A success is a [`Response`]: the decoded body (also through `Deref`) with its status and headers.
//!
//! # Errors
//!
//! A call's error is an [`Error`]: [`Error::Api`] for a status the operation documents (its body decoded into the operation's error enum), [`Error::UnexpectedStatus`] for any other, [`Error::Decode`] for a body that does not match the document, [`Error::Timeout`], [`Error::Transport`], [`Error::BodyTooLarge`] and [`Error::InvalidRequest`] (nothing was sent). [`Error::status`], [`Error::headers`] and [`Error::raw_body`] reach the answer whatever the variant, [`Error::call_site`] the operation; its message names the operation and the status and quotes what the server said, without credentials.
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
//! | [`echo_orchestration_result`](Client::echo_orchestration_result) | `POST /echo/orchestration-result` | Echo Orchestration Result |
//! | [`echo_pet`](Client::echo_pet) | `POST /echo/pet` | Echo Pet |
//! | [`echo_household`](Client::echo_household) | `POST /echo/household` | Echo Household |
//! | [`echo_config`](Client::echo_config) | `POST /echo/config` | Echo Config |
//! | [`echo_job_outcome`](Client::echo_job_outcome) | `POST /echo/job-outcome` | Echo Job Outcome |
//! | [`echo_problem`](Client::echo_problem) | `POST /echo/problem` | Echo Problem |
//! | [`echo_flow_run`](Client::echo_flow_run) | `POST /echo/flow-run` | Echo Flow Run |
//! | [`list_flows`](Client::list_flows) | `GET /flows` | List Flows |
//! | [`create_flow`](Client::create_flow) | `POST /flows` | Create Flow |
//! | [`upsert_flow`](Client::upsert_flow) | `PUT /flows/{name}` | Upsert Flow |
//! | [`read_name`](Client::read_name) | `GET /names/{name}` | Read Name |
//! | [`read_file`](Client::read_file) | `GET /files/{file_path}` | Read File |
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
