// @generated from the API's OpenAPI document; do not edit by hand.
//! Client for the Runtime Fixture API (version 1.0.0).
//!
//! A small document for the runtime features ReAdmin does not use: typed response headers, pagination by `Link` header, offset and page number, a request body the caller can send as one of several media types, and credentials of every kind (header, query and cookie keys, basic, bearer). The crate generated from it, `fixture-client`, is tested against local servers.
//!
//! Generated from the API's OpenAPI document; do not edit by hand.
//! # Example
//!
//! ```no_run
//! # async fn example() -> Result<(), Box<dyn std::error::Error>> {
//! let client = fixture_client::Client::builder()
//!     .header_key(std::env::var("API_TOKEN")?)
//!     .build()?;
//! let response = client.list_pets().await?;
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
