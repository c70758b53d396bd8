//! What the server said, for error messages: a short excerpt of a response
//! body (its message, when the body is a JSON error object; its text, when
//! it is an HTML page), never longer than [`EXCERPT_BYTES`], on one line, and
//! with every credential of the call blanked out.

use std::fmt;

use super::credentials::Redactions;

/// The most bytes of a response body an error message quotes.
pub(crate) const EXCERPT_BYTES: usize = 200;

/// The most bytes of a body looked at to find its message.
const SCAN_BYTES: usize = 64 * 1024;

/// Where JSON error bodies put their message, most common first
/// (`{"message": ..}`, RFC 9457's `detail` and `title`, OAuth's
/// `error_description`, `{"error": ".."}` and `{"error": {"message": ..}}`).
const MESSAGE_FIELDS: [&str; 7] = ["message", "detail", "error_description", "error", "title", "description", "msg"];

/// The excerpt of `body`, or `None` when it says nothing (empty, or only
/// whitespace and markup).
pub(super) fn excerpt(body: &[u8], redactions: &Redactions) -> Option<String> {
    let scanned = &body[..body.len().min(SCAN_BYTES)];
    let text = match json_message(scanned) {
        Some(message) => message,
        None => {
            let text = String::from_utf8_lossy(scanned);
            if text.trim_start().starts_with('<') {
                without_markup(&text)
            } else {
                text.into_owned()
            }
        }
    };
    let line = one_line(&text);
    let line = redactions.apply(&line);
    if line.is_empty() {
        return None;
    }
    Some(shortened(&line, scanned.len() < body.len()))
}

/// The message of a JSON error object, if the body is one.
fn json_message(body: &[u8]) -> Option<String> {
    if body.trim_ascii_start().first() != Some(&b'{') {
        return None;
    }
    let value: serde_json::Value = serde_json::from_slice(body).ok()?;
    message_of(&value).or_else(|| {
        // `{"errors": [{"message": ..}, ..]}`, as GraphQL and JSON:API write them.
        value.get("errors")?.as_array()?.first().and_then(message_of)
    })
}

fn message_of(value: &serde_json::Value) -> Option<String> {
    MESSAGE_FIELDS.iter().find_map(|field| match value.get(field)? {
        serde_json::Value::String(text) if !text.trim().is_empty() => Some(text.clone()),
        nested @ serde_json::Value::Object(_) => message_of(nested),
        _ => None,
    })
}

/// The text of an HTML page: what lies between its tags.
fn without_markup(page: &str) -> String {
    let mut text = String::with_capacity(page.len().min(EXCERPT_BYTES * 4));
    let mut in_tag = false;
    for character in page.chars() {
        match character {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                text.push(' ');
            }
            _ if !in_tag => text.push(character),
            _ => {}
        }
    }
    text
}

/// Runs of whitespace and control characters as single spaces, trimmed.
fn one_line(text: &str) -> String {
    let mut line = String::with_capacity(text.len().min(EXCERPT_BYTES * 4));
    for word in text.split(|c: char| c.is_whitespace() || c.is_control()).filter(|word| !word.is_empty()) {
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    line
}

/// `line` cut to [`EXCERPT_BYTES`] at a character boundary, with `…` when
/// anything was left out.
fn shortened(line: &str, cut_already: bool) -> String {
    if line.len() <= EXCERPT_BYTES && !cut_already {
        return line.to_owned();
    }
    let mut end = line.len().min(EXCERPT_BYTES - '…'.len_utf8());
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &line[..end])
}

/// A body in `Debug` output: its length and excerpt, not its bytes, which
/// can be megabytes and can echo a credential.
pub(super) struct BodyDebug<'a>(pub(super) &'a [u8], pub(super) &'a Redactions);

impl fmt::Debug for BodyDebug<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match excerpt(self.0, self.1) {
            Some(excerpt) => write!(f, "<{} bytes: {excerpt:?}>", self.0.len()),
            None => write!(f, "<{} bytes>", self.0.len()),
        }
    }
}
