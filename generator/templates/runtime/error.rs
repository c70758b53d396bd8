//! The error type of every call.

use std::fmt;
use std::time::Duration;

use super::response::{RawResponse, Response};
use super::{Bytes, HeaderMap, StatusCode};

/// Why a call failed. `E` holds the operation's documented error bodies.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E> {
    /// The server answered with a status the operation documents as an error.
    Api(Box<Response<E>>),
    /// The server answered with a status the operation does not document.
    UnexpectedStatus(Box<RawResponse>),
    /// The body did not match the documented schema.
    Decode(Box<DecodeError>),
    /// An attempt took longer than the timeout.
    Timeout(Duration),
    /// The response body was larger than the configured limit (in bytes).
    BodyTooLarge { limit: usize },
    /// The request could not be sent or the response not received.
    Transport(reqwest::Error),
    /// A parameter or body could not be encoded; nothing was sent.
    InvalidRequest(InvalidRequest),
}

impl<E> Error<E> {
    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(response) => Some(response.status()),
            Error::UnexpectedStatus(raw) => Some(raw.status),
            Error::Decode(decode) => Some(decode.status),
            _ => None,
        }
    }

    /// The response headers, when the server answered.
    pub fn headers(&self) -> Option<&HeaderMap> {
        match self {
            Error::Api(response) => Some(response.headers()),
            Error::UnexpectedStatus(raw) => Some(&raw.headers),
            Error::Decode(decode) => Some(&decode.headers),
            _ => None,
        }
    }
}

impl<E> From<InvalidRequest> for Error<E> {
    fn from(error: InvalidRequest) -> Self {
        Error::InvalidRequest(error)
    }
}

impl<E> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(response) => write!(f, "the server answered with documented error status {}", response.status()),
            Error::UnexpectedStatus(raw) => write!(f, "the server answered with undocumented status {}", raw.status),
            Error::Decode(decode) => match decode.headers.get(reqwest::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()) {
                Some(content_type) => write!(f, "cannot decode the {} response body (content type `{content_type}`): {}", decode.status, decode.source),
                None => write!(f, "cannot decode the {} response body (no content type): {}", decode.status, decode.source),
            },
            Error::Timeout(limit) => write!(f, "the request timed out after {limit:?}"),
            Error::BodyTooLarge { limit } => write!(f, "the response body is larger than {limit} bytes"),
            Error::Transport(error) => write!(f, "transport error: {error}"),
            Error::InvalidRequest(error) => write!(f, "invalid request: {error}"),
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Decode(decode) => Some(&decode.source),
            Error::Transport(error) => Some(error),
            Error::InvalidRequest(error) => Some(error),
            _ => None,
        }
    }
}

/// A response whose body did not decode; the bytes are kept.
#[derive(Debug)]
pub struct DecodeError {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
    pub source: serde_json::Error,
}

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
