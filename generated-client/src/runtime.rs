//! Runtime support shared by every operation of this crate: the client and
//! its builder (`client`), credentials (`credentials`), per-call options and
//! retries (`options`), requests and their parameters and bodies (`request`,
//! `param`, `body`), sending them (`execute`), responses and their typed headers
//! (`response`, `response_headers`), paginated streams (`pagination`), and
//! the error type (`error`, with `excerpt` for what the server said).
//!
//! This module is the same in every crate the generator writes; only the
//! operations and types around it are generated from the document.

mod body;
mod client;
mod credentials;
mod error;
mod excerpt;
mod execute;
mod options;
mod pagination;
mod param;
mod request;
mod response;
mod response_headers;

pub use bytes::Bytes;
pub use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
pub use reqwest::{Method, StatusCode};

pub use client::{BuildError, Client, ClientBuilder, DEFAULT_DEADLINE, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT};
pub use credentials::Secret;
pub use error::{ApiError, CallSite, DecodeError, Error, InvalidRequest, PaginationError, Timeout};
pub use execute::ResponseFuture;
pub use options::{CallOptions, RequestOptions, RetryPolicy};
pub use pagination::MAX_EMPTY_PAGES;
// Generated types implement it for their enums; a document may have none.
#[allow(unused_imports)]
pub use param::ParamValue;
pub use response::{RawResponse, Response};
pub use response_headers::{FromHeaders, HeaderError};

// What the generated modules use; not every document uses every helper.
#[allow(unused_imports)]
pub(crate) use body::Multipart;
#[allow(unused_imports)]
pub(crate) use credentials::{Credential, Scheme, SchemeKind};
#[allow(unused_imports)]
pub(crate) use options::call_options;
#[allow(unused_imports)]
pub(crate) use pagination::{next_offset, next_page, paginate, paginate_links};
#[allow(unused_imports)]
pub(crate) use request::{join_params, json_param, push_path_param, ArrayStyle, Request};
#[allow(unused_imports)]
pub(crate) use response_headers::{header, header_list, required_header, required_header_list};
