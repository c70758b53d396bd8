//! Typed response headers, read from a header map on demand.

use std::fmt;

use super::HeaderMap;

/// A struct of the headers a response documents, read from its header map.
///
/// The operations' `...Headers` structs implement it; a success response
/// reads them with [`Response::typed_headers`](super::Response::typed_headers), an error response with
/// `TheHeaders::from_headers(error.headers())`.
pub trait FromHeaders: Sized {
    /// Reads the documented headers. An optional header that is missing or
    /// does not parse as its documented type is `None`; a required one that
    /// is missing or does not parse is an error naming it. Never panics.
    fn from_headers(headers: &HeaderMap) -> Result<Self, HeaderError>;
}

/// No documented headers.
impl FromHeaders for () {
    fn from_headers(_: &HeaderMap) -> Result<Self, HeaderError> {
        Ok(())
    }
}

/// A required response header that is missing or does not parse as its
/// documented type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderError {
    name: &'static str,
    missing: bool,
}

impl HeaderError {
    /// The header's name, lower-cased.
    pub fn name(&self) -> &str {
        self.name
    }

    /// Whether the header is missing (else its value did not parse).
    pub fn is_missing(&self) -> bool {
        self.missing
    }
}

impl fmt::Display for HeaderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.missing {
            write!(f, "the required response header `{}` is missing", self.name)
        } else {
            write!(f, "the response header `{}` does not parse as its documented type", self.name)
        }
    }
}

impl std::error::Error for HeaderError {}

/// The first value of header `name`, parsed; `None` when it is missing or
/// does not parse.
pub(crate) fn header<T: serde::de::DeserializeOwned>(headers: &HeaderMap, name: &'static str) -> Option<T> {
    parse_header_text(headers.get(name)?.to_str().ok()?)
}

/// A required header, parsed.
pub(crate) fn required_header<T: serde::de::DeserializeOwned>(headers: &HeaderMap, name: &'static str) -> Result<T, HeaderError> {
    match headers.get(name) {
        None => Err(HeaderError { name, missing: true }),
        Some(value) => value.to_str().ok().and_then(parse_header_text).ok_or(HeaderError { name, missing: false }),
    }
}

/// Every comma-separated item of every value of header `name`, parsed;
/// `None` when it is missing or an item does not parse.
pub(crate) fn header_list<T: serde::de::DeserializeOwned>(headers: &HeaderMap, name: &'static str) -> Option<Vec<T>> {
    let mut values = headers.get_all(name).iter().peekable();
    values.peek()?;
    let mut items = Vec::new();
    for value in values {
        for item in value.to_str().ok()?.split(',').map(str::trim).filter(|item| !item.is_empty()) {
            items.push(parse_header_text(item)?);
        }
    }
    Some(items)
}

/// A required list header.
pub(crate) fn required_header_list<T: serde::de::DeserializeOwned>(headers: &HeaderMap, name: &'static str) -> Result<Vec<T>, HeaderError> {
    if !headers.contains_key(name) {
        return Err(HeaderError { name, missing: true });
    }
    header_list(headers, name).ok_or(HeaderError { name, missing: false })
}

/// A header value as its documented type: as text for strings, string
/// enums and dates, else as a JSON scalar (numbers, booleans, integer
/// enums). Text is tried first so that a quoted value (`ETag: "v1"`) keeps
/// its quotes.
fn parse_header_text<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
    use serde::de::IntoDeserializer as _;
    let text = text.trim();
    let as_text: Result<T, serde::de::value::Error> = T::deserialize(text.into_deserializer());
    as_text.ok().or_else(|| serde_json::from_str(text).ok())
}
