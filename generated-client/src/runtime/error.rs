//! The error type of every call, and the errors it holds.
//!
//! Every message of an error with a response names the status and quotes
//! what the server said (see `excerpt.rs`), never a credential.

use std::fmt;
use std::time::Duration;

use super::credentials::Redactions;
use super::excerpt::{excerpt, BodyDebug};
use super::response::RawResponse;
use super::{Bytes, HeaderMap, Method, StatusCode};

/// Why a call failed. `E` holds the operation's documented error bodies.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E> {
    /// The server answered with a status the operation documents as an error.
    Api(Box<ApiError<E>>),
    /// The server answered with a status the operation does not document.
    UnexpectedStatus(Box<RawResponse>),
    /// The body did not match the documented schema.
    Decode(Box<DecodeError>),
    /// A time limit ran out: an attempt's, the call's deadline, or the HTTP
    /// client's own.
    Timeout {
        /// Which limit ran out, and how long it was.
        timeout: Timeout,
        /// The operation that was called.
        call: CallSite,
    },
    /// The response body was larger than the configured limit (in bytes);
    /// the rest of it was not read.
    BodyTooLarge {
        /// The status of the response whose body was too large.
        status: StatusCode,
        /// The limit, `ClientBuilder::max_response_bytes`.
        limit: usize,
        /// The operation that was called.
        call: CallSite,
    },
    /// A paginated stream stopped because the server made no progress.
    Pagination(PaginationError),
    /// The request could not be sent or the response not received.
    Transport {
        /// What `reqwest` reported (without the URL, which can carry a credential).
        error: reqwest::Error,
        /// The operation that was called.
        call: CallSite,
    },
    /// A parameter or body could not be encoded; nothing was sent.
    InvalidRequest(InvalidRequest),
}

impl<E> Error<E> {
    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(error) => Some(error.status),
            Error::UnexpectedStatus(raw) => Some(raw.status),
            Error::Decode(decode) => Some(decode.status),
            Error::BodyTooLarge { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The operation that was called, for every error but an invalid
    /// request (found before anything was sent) and a paginated stream's
    /// (which names its operation itself).
    pub fn call_site(&self) -> Option<&CallSite> {
        match self {
            Error::Api(error) => error.call.as_ref(),
            Error::UnexpectedStatus(raw) => raw.call.as_ref(),
            Error::Decode(decode) => decode.call.as_ref(),
            Error::Timeout { call, .. } | Error::BodyTooLarge { call, .. } | Error::Transport { call, .. } => Some(call),
            Error::Pagination(_) | Error::InvalidRequest(_) => None,
        }
    }

    /// The response headers, when the server answered.
    pub fn headers(&self) -> Option<&HeaderMap> {
        match self {
            Error::Api(error) => Some(&error.headers),
            Error::UnexpectedStatus(raw) => Some(&raw.headers),
            Error::Decode(decode) => Some(&decode.headers),
            _ => None,
        }
    }

    /// The response body as received, when the server answered and it was read.
    pub fn raw_body(&self) -> Option<&Bytes> {
        match self {
            Error::Api(error) => Some(&error.raw_body),
            Error::UnexpectedStatus(raw) => Some(&raw.body),
            Error::Decode(decode) => Some(&decode.body),
            _ => None,
        }
    }
}

impl<E> From<InvalidRequest> for Error<E> {
    fn from(error: InvalidRequest) -> Self {
        Error::InvalidRequest(error)
    }
}

/// The operation a call was for, as error messages name it: its
/// operationId, method and path as the document templates it
/// (``` `getTeam` (GET /teams/{teamId}) ```).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallSite {
    pub(crate) operation: &'static str,
    pub(crate) method: Method,
    pub(crate) template: &'static str,
}

impl CallSite {
    /// The operation's `operationId` in the document.
    pub fn operation(&self) -> &'static str {
        self.operation
    }

    /// The HTTP method.
    pub fn method(&self) -> &Method {
        &self.method
    }

    /// The path as the document templates it (`/teams/{teamId}`), without
    /// the values, which can be personal.
    pub fn path_template(&self) -> &'static str {
        self.template
    }
}

impl fmt::Display for CallSite {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` ({} {})", self.operation, self.method, self.template)
    }
}

/// Starts a message with the operation, when it is known.
fn named(f: &mut fmt::Formatter<'_>, call: Option<&CallSite>) -> fmt::Result {
    match call {
        Some(call) => write!(f, "{call}: "),
        None => Ok(()),
    }
}

impl<E> fmt::Display for Error<E> {
    /// One line: the operation (for every error of a sent request), what went
    /// wrong with the status, and briefly what the server said; a transport
    /// error with the chain of its causes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        named(f, self.call_site())?;
        match self {
            Error::Api(error) => {
                write!(f, "the server answered with documented error status {}", error.status)?;
                said(f, &error.raw_body, &error.redactions)
            }
            Error::UnexpectedStatus(raw) => {
                write!(f, "the server answered with undocumented status {}", raw.status)?;
                said(f, &raw.body, &raw.redactions)
            }
            Error::Decode(decode) => {
                match decode.headers.get(reqwest::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()) {
                    Some(content_type) => write!(f, "cannot decode the {} response body (content type `{content_type}`): {}", decode.status, decode.source)?,
                    None => write!(f, "cannot decode the {} response body (no content type): {}", decode.status, decode.source)?,
                }
                said(f, &decode.body, &decode.redactions)
            }
            Error::Timeout { timeout, .. } => write!(f, "{timeout}"),
            Error::BodyTooLarge { status, limit, .. } => write!(f, "the body of the {status} response is larger than {limit} bytes"),
            Error::Pagination(error) => write!(f, "{error}"),
            Error::Transport { error, .. } => {
                write!(f, "transport error: {error}")?;
                // reqwest's message is only the outermost cause ("error
                // sending request"): the reason is further down the chain.
                let mut cause = std::error::Error::source(error);
                while let Some(error) = cause {
                    write!(f, ": {error}")?;
                    cause = error.source();
                }
                Ok(())
            }
            Error::InvalidRequest(error) => write!(f, "invalid request: {error}"),
        }
    }
}

/// Appends `: "<what the server said>"` to a message, if it said anything.
fn said(f: &mut fmt::Formatter<'_>, body: &[u8], redactions: &Redactions) -> fmt::Result {
    match excerpt(body, redactions) {
        Some(excerpt) => write!(f, ": \"{excerpt}\""),
        None => Ok(()),
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Decode(decode) => Some(&decode.source),
            // Its causes are in this error's message already (see `Display`),
            // and the `reqwest::Error` stays reachable through the variant.
            Error::Transport { .. } => None,
            Error::InvalidRequest(error) => Some(error),
            Error::Pagination(error) => Some(error),
            _ => None,
        }
    }
}

/// A documented error response: the status, the headers, the body decoded
/// as the operation documents it, and the body's bytes as received.
#[derive(Clone)]
pub struct ApiError<E> {
    pub(super) status: StatusCode,
    pub(super) headers: HeaderMap,
    pub(super) body: E,
    pub(super) raw_body: Bytes,
    pub(super) redactions: Redactions,
    pub(super) call: Option<CallSite>,
}

impl<E> ApiError<E> {
    /// The documented error status the server answered with.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers, as received.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The body, decoded into the variant of the operation's error enum
    /// documented for the status.
    pub fn body(&self) -> &E {
        &self.body
    }

    /// The decoded body, dropping the rest.
    pub fn into_body(self) -> E {
        self.body
    }

    /// The body's bytes exactly as the server sent them.
    pub fn raw_body(&self) -> &Bytes {
        &self.raw_body
    }

    /// Status, headers, decoded body and the body's bytes, taken apart.
    pub fn into_parts(self) -> (StatusCode, HeaderMap, E, Bytes) {
        (self.status, self.headers, self.body, self.raw_body)
    }
}

impl<E: fmt::Debug> fmt::Debug for ApiError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiError")
            .field("status", &self.status)
            .field("headers", &self.headers)
            .field("body", &self.body)
            .field("raw_body", &BodyDebug(&self.raw_body, &self.redactions))
            .finish()
    }
}

/// A response whose body did not decode; the bytes are kept.
pub struct DecodeError {
    /// The status of the response.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The body's bytes, exactly as received.
    pub body: Bytes,
    /// Why the body did not decode, with the line and column.
    pub source: serde_json::Error,
    pub(super) redactions: Redactions,
    pub(super) call: Option<CallSite>,
}

impl fmt::Debug for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DecodeError")
            .field("status", &self.status)
            .field("headers", &self.headers)
            .field("body", &BodyDebug(&self.body, &self.redactions))
            .field("source", &self.source)
            .finish()
    }
}

/// Which time limit ran out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Timeout {
    /// One attempt (request and body) took longer than the timeout
    /// (`ClientBuilder::timeout`, or the call's `.timeout(..)`).
    Attempt(Duration),
    /// The whole call, its attempts and the waits between them, took longer
    /// than its deadline (`ClientBuilder::deadline`, or the call's `.deadline(..)`).
    Deadline(Duration),
    /// A timeout of the `reqwest::ClientBuilder` given to
    /// `ClientBuilder::http_client` fired; its value is not known here.
    HttpClient,
}

impl Timeout {
    /// The limit that ran out, when it is known.
    pub fn limit(&self) -> Option<Duration> {
        match self {
            Timeout::Attempt(limit) | Timeout::Deadline(limit) => Some(*limit),
            Timeout::HttpClient => None,
        }
    }
}

impl fmt::Display for Timeout {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Timeout::Attempt(limit) => write!(f, "an attempt of the request timed out after {limit:?}"),
            Timeout::Deadline(limit) => write!(f, "the call ran past its deadline of {limit:?}"),
            Timeout::HttpClient => f.write_str("a timeout of the HTTP client fired"),
        }
    }
}

/// Why a paginated stream ended with an error: the server kept pointing to
/// further pages without sending any item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaginationError {
    pub(super) operation: &'static str,
    pub(super) empty_pages: usize,
}

impl PaginationError {
    /// The operationId of the paginated operation.
    pub fn operation(&self) -> &str {
        self.operation
    }

    /// How many pages in a row had no items but pointed to another page.
    pub fn empty_pages(&self) -> usize {
        self.empty_pages
    }
}

impl fmt::Display for PaginationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}`: {} pages in a row had no items but pointed to another page; the stream stops", self.operation, self.empty_pages)
    }
}

impl std::error::Error for PaginationError {}

/// A value that cannot be sent (e.g. CR/LF in a header, `..` as a path segment).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidRequest(String);

impl InvalidRequest {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        InvalidRequest(message.into())
    }
}

impl fmt::Display for InvalidRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for InvalidRequest {}
