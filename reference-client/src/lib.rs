// @generated from the API's OpenAPI document; do not edit by hand.
//! Client for the Reference Server (version 1.0.0).
//!
//!
//! Generated from the API's OpenAPI document; do not edit by hand.
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

#![forbid(unsafe_code)]
#![deny(missing_docs)]
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
    ApiError, BuildError, CallOptions, Client, ClientBuilder, DecodeError, Error,
    FromHeaders, HeaderError, InvalidRequest, PaginationError, RawResponse,
    RequestOptions, Response, RetryPolicy, Secret, Timeout, DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT, MAX_EMPTY_PAGES,
};

pub use values::Nullable;

/// The header and status types of requests and responses (from `reqwest`).
pub use runtime::{HeaderMap, HeaderName, HeaderValue, StatusCode};

/// The `User-Agent` sent by default: this crate's name and version.
#[rustfmt::skip]
pub const USER_AGENT: &str = concat!(
    env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION")
);
