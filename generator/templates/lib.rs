//! The runtime that every generated crate embeds, as a crate of its own
//! (`openapi-xtask-runtime`), so that it is compiled, linted and
//! unit-tested without a generated crate around it.
//!
//! Not copied into generated crates: they have a `lib.rs` of their own,
//! which declares `runtime` and `values` the same way and defines
//! `USER_AGENT`. The modules below are the files the generator copies,
//! byte for byte (`generator/src/runtime.rs` embeds them).

#![deny(missing_docs)]

/// The `User-Agent` sent by default: this crate's name and version (a
/// generated crate defines its own, which the runtime reads).
pub const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

// As in a generated crate: the crate-private helpers are there for the
// generated operations, which this crate does not have.
#[allow(dead_code)]
#[rustfmt::skip]
pub mod runtime;

#[allow(dead_code)]
#[rustfmt::skip]
pub mod values;

// The crate root's re-exports of a generated crate (the runtime's docs link
// to them), in the same order (`generator/src/runtime.rs` lists them).
#[rustfmt::skip]
pub use runtime::{
    ApiError, BuildError, CallOptions, CallSite, Client, ClientBuilder, DecodeError, Error, FromHeaders, HeaderError, InvalidRequest, PaginationError, RawResponse,
    RequestOptions, Response, ResponseFuture, RetryPolicy, Secret, Timeout, DEFAULT_DEADLINE, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT, MAX_EMPTY_PAGES,
};
/// The header and status types of requests and responses (from `reqwest`).
pub use runtime::{HeaderMap, HeaderName, HeaderValue, StatusCode};
pub use values::Nullable;

#[cfg(test)]
mod runtime_tests;
