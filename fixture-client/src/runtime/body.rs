//! Request bodies: JSON, `multipart/form-data`, `application/x-www-form-urlencoded` and raw bytes.

use std::borrow::Cow;

use super::error::InvalidRequest;
use super::options::random_unit;
use super::param::ParamValue;
use super::request::{encode_component, Request, RequestBody};
use super::Bytes;

impl Request {
    /// Sets a JSON body.
    pub(crate) fn json<T: serde::Serialize + ?Sized>(&mut self, body: &T, content_type: &'static str) -> Result<(), InvalidRequest> {
        let bytes = serde_json::to_vec(body).map_err(|e| InvalidRequest::new(format!("cannot encode the request body: {e}")))?;
        self.body = Some(RequestBody { content_type: Cow::Borrowed(content_type), bytes: Bytes::from(bytes) });
        Ok(())
    }

    /// Sets a `multipart/form-data` body.
    pub(crate) fn multipart(&mut self, form: Multipart) {
        let content_type = format!("multipart/form-data; boundary={}", form.boundary);
        self.body = Some(RequestBody { content_type: Cow::Owned(content_type), bytes: form.finish() });
    }

    /// Sets an `application/x-www-form-urlencoded` body from an object.
    pub(crate) fn form<T: serde::Serialize + ?Sized>(&mut self, body: &T, content_type: &'static str) -> Result<(), InvalidRequest> {
        let value = serde_json::to_value(body).map_err(|e| InvalidRequest::new(format!("cannot encode the request body: {e}")))?;
        let mut encoded = String::new();
        if let serde_json::Value::Object(map) = value {
            for (key, item) in map {
                form_pairs(&mut encoded, &key, item);
            }
        }
        self.body = Some(RequestBody { content_type: Cow::Borrowed(content_type), bytes: Bytes::from(encoded) });
        Ok(())
    }

    /// Sets a raw body.
    pub(crate) fn bytes(&mut self, body: impl Into<Bytes>, content_type: &'static str) {
        self.body = Some(RequestBody { content_type: Cow::Borrowed(content_type), bytes: body.into() });
    }
}

/// A `multipart/form-data` body being written: text fields and file parts.
#[derive(Debug)]
pub(crate) struct Multipart {
    boundary: String,
    bytes: Vec<u8>,
}

impl Multipart {
    pub(crate) fn new() -> Self {
        let boundary = format!("----boundary{:016x}{:016x}", (random_unit() * 1.8e19) as u64, (random_unit() * 1.8e19) as u64);
        Multipart { boundary, bytes: Vec::new() }
    }

    fn part_header(&mut self, name: &str, file_name: Option<&str>, content_type: &str) {
        // Quotes and line breaks in names would end the header early.
        let clean = |s: &str| s.replace(['"', '\r', '\n'], "_");
        self.bytes.extend_from_slice(format!("--{}\r\nContent-Disposition: form-data; name=\"{}\"", self.boundary, clean(name)).as_bytes());
        if let Some(file_name) = file_name {
            self.bytes.extend_from_slice(format!("; filename=\"{}\"", clean(file_name)).as_bytes());
        }
        self.bytes.extend_from_slice(format!("\r\nContent-Type: {content_type}\r\n\r\n").as_bytes());
    }

    /// A text field.
    pub(crate) fn text<V: ParamValue + ?Sized>(&mut self, name: &str, value: &V) {
        self.part_header(name, None, "text/plain; charset=utf-8");
        self.bytes.extend_from_slice(value.to_param().as_bytes());
        self.bytes.extend_from_slice(b"\r\n");
    }

    /// A field holding JSON (objects and arrays).
    pub(crate) fn json<T: serde::Serialize + ?Sized>(&mut self, name: &str, value: &T) -> Result<(), InvalidRequest> {
        let encoded = serde_json::to_vec(value).map_err(|e| InvalidRequest::new(format!("cannot encode form field `{name}`: {e}")))?;
        self.part_header(name, None, "application/json");
        self.bytes.extend_from_slice(&encoded);
        self.bytes.extend_from_slice(b"\r\n");
        Ok(())
    }

    /// A file part.
    pub(crate) fn file(&mut self, name: &str, contents: &[u8]) {
        self.part_header(name, Some(name), "application/octet-stream");
        self.bytes.extend_from_slice(contents);
        self.bytes.extend_from_slice(b"\r\n");
    }

    /// Each property of a JSON object as a field (for bodies without declared properties).
    pub(crate) fn object<T: serde::Serialize + ?Sized>(&mut self, value: &T) -> Result<(), InvalidRequest> {
        let value = serde_json::to_value(value).map_err(|e| InvalidRequest::new(format!("cannot encode the form: {e}")))?;
        if let serde_json::Value::Object(map) = value {
            for (key, item) in map {
                match item {
                    serde_json::Value::Null => {}
                    serde_json::Value::String(text) => self.text(&key, text.as_str()),
                    serde_json::Value::Bool(_) | serde_json::Value::Number(_) => self.text(&key, &item),
                    other => self.json(&key, &other)?,
                }
            }
        }
        Ok(())
    }

    fn finish(mut self) -> Bytes {
        self.bytes.extend_from_slice(format!("--{}--\r\n", self.boundary).as_bytes());
        Bytes::from(self.bytes)
    }
}

/// Writes a form value, nesting objects as `key[sub]` and arrays as `key[]`.
pub(super) fn form_pairs(out: &mut String, key: &str, value: serde_json::Value) {
    match value {
        serde_json::Value::Null => {}
        serde_json::Value::Object(map) => {
            for (sub, item) in map {
                form_pairs(out, &format!("{key}[{sub}]"), item);
            }
        }
        serde_json::Value::Array(items) => {
            for (index, item) in items.into_iter().enumerate() {
                form_pairs(out, &format!("{key}[{index}]"), item);
            }
        }
        scalar => {
            if !out.is_empty() {
                out.push('&');
            }
            encode_component(out, key);
            out.push('=');
            match scalar {
                serde_json::Value::String(s) => encode_component(out, &s),
                other => encode_component(out, &other.to_string()),
            }
        }
    }
}


pub(super) fn base64_encode(input: &[u8]) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(input.len().div_ceil(3) * 4);
    for chunk in input.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18u32, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(TABLE[((n >> shift) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}
