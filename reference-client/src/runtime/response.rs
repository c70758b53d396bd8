//! Responses: the typed success body, the raw response, and decoding.

use std::fmt;
use std::time::Duration;

use super::credentials::Redactions;
use super::error::{ApiError, CallSite, DecodeError, Error};
use super::excerpt::BodyDebug;
use super::response_headers::{FromHeaders, HeaderError};
use super::{Bytes, HeaderMap, StatusCode};

/// A decoded response: the typed body with the status and headers it came
/// with. `H` is the struct of the headers the operation documents (`()`
/// when it documents none), read on demand by [`Response::typed_headers`].
#[derive(Debug, Clone)]
pub struct Response<T, H = ()> {
    status: StatusCode,
    headers: HeaderMap,
    body: T,
    typed_headers: std::marker::PhantomData<fn() -> H>,
}

impl<T, H> Response<T, H> {
    fn new(status: StatusCode, headers: HeaderMap, body: T) -> Self {
        Response { status, headers, body, typed_headers: std::marker::PhantomData }
    }

    /// The HTTP status the server answered with (a 2xx).
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The response headers, as received.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The decoded body (also reachable through `Deref`: `response.field`).
    pub fn body(&self) -> &T {
        &self.body
    }

    /// The decoded body, dropping status and headers.
    pub fn into_body(self) -> T {
        self.body
    }

    /// Status, headers and decoded body, taken apart.
    pub fn into_parts(self) -> (StatusCode, HeaderMap, T) {
        (self.status, self.headers, self.body)
    }

    /// Transforms the body, keeping status and headers.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U, H> {
        Response::new(self.status, self.headers, f(self.body))
    }
}

impl<T, H: FromHeaders> Response<T, H> {
    /// The headers the operation documents, typed. Parsed from
    /// [`Response::headers`] on each call; see [`FromHeaders::from_headers`]
    /// for missing and malformed values.
    pub fn typed_headers(&self) -> Result<H, HeaderError> {
        H::from_headers(&self.headers)
    }
}

impl<T, H> std::ops::Deref for Response<T, H> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.body
    }
}

/// A response as received: status, headers and the undecoded body.
#[derive(Clone)]
pub struct RawResponse {
    /// The HTTP status.
    pub status: StatusCode,
    /// The response headers.
    pub headers: HeaderMap,
    /// The body's bytes, exactly as received.
    pub body: Bytes,
    /// What the call sent that messages must not quote.
    pub(super) redactions: Redactions,
    /// The operation it answers, which its error messages name.
    pub(super) call: Option<CallSite>,
}

impl fmt::Debug for RawResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RawResponse")
            .field("status", &self.status)
            .field("headers", &self.headers)
            .field("body", &BodyDebug(&self.body, &self.redactions))
            .finish()
    }
}

impl RawResponse {
    pub(crate) fn status_code(&self) -> u16 {
        self.status.as_u16()
    }

    /// How long `Retry-After` asks to wait: seconds, or until an HTTP date.
    pub(super) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
        let value = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim();
        if let Ok(seconds) = value.parse::<u64>() {
            return Some(Duration::from_secs(seconds));
        }
        // An HTTP date, in any of the three forms RFC 9110 has recipients accept.
        let date = httpdate::parse_http_date(value).ok()?;
        Some(date.duration_since(std::time::SystemTime::now()).unwrap_or(Duration::ZERO))
    }

    fn decode_json<T: serde::de::DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        // An empty body reads as `null`, so optional bodies still decode.
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return serde_json::from_slice(b"null");
        }
        serde_json::from_slice(&self.body)
    }

    fn decode_error<E>(self, source: serde_json::Error) -> Error<E> {
        Error::Decode(self.into_decode_error(source))
    }

    /// [`RawResponse::decode_error`]'s work, compiled once rather than per error type.
    fn into_decode_error(self, source: serde_json::Error) -> Box<DecodeError> {
        Box::new(DecodeError { status: self.status, headers: self.headers, body: self.body, source, redactions: self.redactions, call: self.call })
    }

    /// Decodes a JSON success body.
    pub(crate) fn json<T: serde::de::DeserializeOwned, H, E>(self) -> Result<Response<T, H>, Error<E>> {
        match self.decode_json() {
            Ok(body) => Ok(Response::new(self.status, self.headers, body)),
            Err(source) => Err(self.decode_error(source)),
        }
    }

    /// Decodes the JSON body of a success status the operation does not
    /// document as its only success type. Unlike [`RawResponse::json`], an
    /// empty body does not read as `null`: it is a decode error, since
    /// nothing says this status has the documented body at all.
    pub(crate) fn json_undocumented<T: serde::de::DeserializeOwned, H, E>(self) -> Result<Response<T, H>, Error<E>> {
        match serde_json::from_slice(&self.body) {
            Ok(body) => Ok(Response::new(self.status, self.headers, body)),
            Err(source) => Err(self.decode_error(source)),
        }
    }

    /// Decodes a JSON success body into one variant of a success enum.
    pub(crate) fn json_into<T: serde::de::DeserializeOwned, S, H, E>(self, variant: fn(T) -> S) -> Result<Response<S, H>, Error<E>> {
        self.json::<T, H, E>().map(|response| response.map(variant))
    }

    /// A success body read as text.
    pub(crate) fn text<H, E>(self) -> Result<Response<String, H>, Error<E>> {
        let body = String::from_utf8_lossy(&self.body).into_owned();
        Ok(Response::new(self.status, self.headers, body))
    }

    /// A success body kept as bytes.
    pub(crate) fn raw<H, E>(self) -> Result<Response<Bytes, H>, Error<E>> {
        Ok(Response::new(self.status, self.headers, self.body))
    }

    /// A success without a documented body.
    pub(crate) fn empty<H, E>(self) -> Result<Response<(), H>, Error<E>> {
        Ok(Response::new(self.status, self.headers, ()))
    }

    fn api_error<S, E>(self, body: E) -> Result<S, Error<E>> {
        Err(Error::Api(Box::new(ApiError { status: self.status, headers: self.headers, body, raw_body: self.body, redactions: self.redactions, call: self.call })))
    }

    /// A documented error status with a JSON body.
    pub(crate) fn error_json<T: serde::de::DeserializeOwned, S, E>(self, variant: fn(T) -> E) -> Result<S, Error<E>> {
        match self.decode_json() {
            Ok(body) => self.api_error(variant(body)),
            Err(source) => Err(self.decode_error(source)),
        }
    }

    /// A documented error status whose body is text.
    pub(crate) fn error_text<S, E>(self, variant: fn(String) -> E) -> Result<S, Error<E>> {
        let body = variant(String::from_utf8_lossy(&self.body).into_owned());
        self.api_error(body)
    }

    /// A documented error status whose body is kept as bytes.
    pub(crate) fn error_raw<S, E>(self, variant: fn(Bytes) -> E) -> Result<S, Error<E>> {
        let body = variant(self.body.clone());
        self.api_error(body)
    }

    /// A documented error status without a body.
    pub(crate) fn error_empty<S, E>(self, variant: E) -> Result<S, Error<E>> {
        self.api_error(variant)
    }

    /// A status the operation does not document.
    pub(crate) fn unexpected<S, E>(self) -> Result<S, Error<E>> {
        Err(Error::UnexpectedStatus(Box::new(self)))
    }
}
