//! Requests being assembled, and how parameters are encoded into them.

use std::borrow::Cow;

use super::credentials::Secret;
use super::param::ParamValue;
use super::error::InvalidRequest;
use super::{Bytes, HeaderMap, HeaderName, HeaderValue, Method};

/// A request being assembled by an operation; `Client::call` turns it into
/// the HTTP request.
#[derive(Debug)]
pub(crate) struct Request {
    pub(super) method: Method,
    /// The operation's path, percent-encoded, without the base URL's.
    pub(super) path: String,
    pub(super) operation: &'static str,
    pub(super) template: &'static str,
    /// The query string, percent-encoded, without the `?`.
    pub(super) query: String,
    /// API keys sent in the query, kept apart so that they are added to the
    /// URL of a linked next page too.
    pub(super) credential_query: String,
    pub(super) headers: HeaderMap,
    pub(super) cookies: String,
    pub(super) body: Option<RequestBody>,
    /// HTTP basic authentication (user name and password), encoded by reqwest.
    pub(super) basic_auth: Option<(String, Option<Secret>)>,
}

#[derive(Debug)]
pub(super) struct RequestBody {
    pub(super) content_type: Cow<'static, str>,
    pub(super) bytes: Bytes,
}

impl Request {
    /// Adds `name=value` to the query string.
    pub(crate) fn query<V: ParamValue + ?Sized>(&mut self, name: &str, value: &V) {
        self.start_query_pair();
        encode_component(&mut self.query, name);
        self.query.push('=');
        encode_component(&mut self.query, &value.to_param());
    }

    fn start_query_pair(&mut self) {
        if !self.query.is_empty() {
            self.query.push('&');
        }
    }

    /// Adds a credential to the query string.
    pub(super) fn credential_query(&mut self, name: &str, value: &str) {
        if !self.credential_query.is_empty() {
            self.credential_query.push('&');
        }
        encode_component(&mut self.credential_query, name);
        self.credential_query.push('=');
        encode_component(&mut self.credential_query, value);
    }

    /// Adds an array parameter in the given style.
    pub(crate) fn query_array<V: ParamValue>(&mut self, name: &str, values: &[V], style: ArrayStyle) {
        match style {
            ArrayStyle::Exploded => values.iter().for_each(|v| self.query(name, v)),
            ArrayStyle::Delimited(separator) => {
                let joined: Vec<Cow<'_, str>> = values.iter().map(|v| v.to_param()).collect();
                self.start_query_pair();
                encode_component(&mut self.query, name);
                self.query.push('=');
                let mut first = true;
                for item in joined {
                    if !first {
                        self.query.push_str(separator);
                    }
                    first = false;
                    encode_component(&mut self.query, &item);
                }
            }
        }
    }

    /// Adds a JSON object parameter as `name[key]=value` pairs.
    pub(crate) fn query_deep_object<T: serde::Serialize>(&mut self, name: &str, value: &T) -> Result<(), InvalidRequest> {
        let value = serde_json::to_value(value).map_err(|e| InvalidRequest::new(format!("cannot encode `{name}`: {e}")))?;
        if let serde_json::Value::Object(map) = value {
            for (key, item) in map {
                let text = match item {
                    serde_json::Value::String(s) => s,
                    serde_json::Value::Null => continue,
                    other => other.to_string(),
                };
                self.query(&format!("{name}[{key}]"), text.as_str());
            }
        }
        Ok(())
    }

    /// Adds each property of an object parameter as its own `key=value` pair (form, explode).
    pub(crate) fn query_form_object<T: serde::Serialize>(&mut self, value: &T) -> Result<(), InvalidRequest> {
        let value = serde_json::to_value(value).map_err(|e| InvalidRequest::new(format!("cannot encode a query object: {e}")))?;
        if let serde_json::Value::Object(map) = value {
            for (key, item) in map {
                if !item.is_null() {
                    self.query(&key, &item);
                }
            }
        }
        Ok(())
    }

    /// Adds a header; values with CR, LF or other control characters are rejected.
    pub(crate) fn header<V: ParamValue + ?Sized>(&mut self, name: &'static str, value: &V) -> Result<(), InvalidRequest> {
        let value = HeaderValue::from_str(&value.to_param()).map_err(|_| InvalidRequest::new(format!("header `{name}` contains characters that are not allowed in a header value")))?;
        self.headers.append(HeaderName::from_static(name), value);
        Ok(())
    }

    /// Sets a credential's header, made when the credential was set; `None`
    /// when its value cannot be a header value.
    pub(super) fn credential_header(&mut self, name: &'static str, value: Option<&HeaderValue>) -> Result<(), InvalidRequest> {
        // The message names the header, never the value.
        let value = value.ok_or_else(|| InvalidRequest::new(format!("credential for header `{name}` contains characters that are not allowed in a header value")))?;
        self.headers.insert(HeaderName::from_static(name), value.clone());
        Ok(())
    }

    /// Adds a cookie; the value is percent-encoded.
    pub(crate) fn cookie<V: ParamValue + ?Sized>(&mut self, name: &str, value: &V) {
        if !self.cookies.is_empty() {
            self.cookies.push_str("; ");
        }
        encode_component(&mut self.cookies, name);
        self.cookies.push('=');
        encode_component(&mut self.cookies, &value.to_param());
    }

    pub(crate) fn accept(&mut self, media_types: &'static str) {
        self.headers.insert(reqwest::header::ACCEPT, HeaderValue::from_static(media_types));
    }
}

/// How array query parameters are written.
#[derive(Debug, Clone, Copy)]
pub(crate) enum ArrayStyle {
    /// `name=a&name=b` (form, explode).
    Exploded,
    /// `name=a,b` (form), `name=a%20b` (spaceDelimited) or `name=a|b` (pipeDelimited).
    Delimited(&'static str),
}

/// Appends `value` as one path segment: everything but unreserved characters
/// is percent-encoded, so no value can leave its segment. Empty values and
/// the dot segments `.` and `..`, which URL parsers remove, are rejected.
pub(crate) fn push_path_param<V: ParamValue + ?Sized>(path: &mut String, name: &str, value: &V) -> Result<(), InvalidRequest> {
    let value = value.to_param();
    if value.is_empty() || value == "." || value == ".." {
        return Err(InvalidRequest::new(format!("path parameter `{name}` must not be empty, `.` or `..`")));
    }
    encode_component(path, &value);
    Ok(())
}

/// The JSON of a parameter sent as its JSON text (an object or a constant).
/// One function rather than `serde_json::to_value(..)` at every parameter:
/// serialising a generated type does not fail, and would give `null` if it did.
pub(crate) fn json_param<T: serde::Serialize + ?Sized>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or_default()
}

/// Joins array items with commas (the `simple` style of headers and cookies).
pub(crate) fn join_params<V: ParamValue>(values: &[V]) -> String {
    let mut joined = String::new();
    for (index, value) in values.iter().enumerate() {
        if index > 0 {
            joined.push(',');
        }
        joined.push_str(&value.to_param());
    }
    joined
}

/// Everything outside RFC 3986's unreserved set (`A-Z a-z 0-9 - . _ ~`).
const NOT_UNRESERVED: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// `value` percent-encoded as [`encode_component`] writes it.
pub(super) fn encoded(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    encode_component(&mut out, value);
    out
}

/// Percent-encodes everything outside RFC 3986's unreserved set, so that a
/// value can never end its path segment, query pair or cookie.
pub(super) fn encode_component(out: &mut String, value: &str) {
    out.extend(percent_encoding::utf8_percent_encode(value, NOT_UNRESERVED));
}
