//! Credentials: the secret values, the security schemes they belong to, and
//! keeping both out of everything the crate prints.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

use super::HeaderValue;

/// A credential value. Its `Debug` output never shows the value.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a credential.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The credential itself, for sending it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(\"***\")")
    }
}

impl<T: Into<String>> From<T> for Secret {
    fn from(value: T) -> Self {
        Secret::new(value)
    }
}

/// A configured credential for one security scheme.
#[derive(Clone, Debug)]
pub(crate) enum Credential {
    /// An API key or a bearer token, with the header value it is sent as
    /// (for a header key or a bearer token), made once rather than per
    /// request; `None` when the value cannot be a header value, which each
    /// request then reports.
    Token { token: Secret, header: Option<HeaderValue> },
    /// HTTP basic authentication.
    Basic { username: String, password: Secret },
}

impl Credential {
    /// The credential of `scheme` for `token`.
    pub(crate) fn token(scheme: Scheme, token: Secret) -> Self {
        let header = match scheme.kind {
            SchemeKind::ApiKeyHeader(_) => HeaderValue::from_str(token.expose()).ok(),
            SchemeKind::Bearer => HeaderValue::from_str(&format!("Bearer {}", token.expose())).ok(),
            SchemeKind::ApiKeyQuery(_) | SchemeKind::ApiKeyCookie(_) | SchemeKind::Basic => None,
        }
        .map(|mut value| {
            value.set_sensitive(true);
            value
        });
        Credential::Token { token, header }
    }

    /// The secret part, for blanking it out of messages.
    pub(super) fn secret(&self) -> &str {
        match self {
            Credential::Token { token, .. } => token.expose(),
            Credential::Basic { password, .. } => password.expose(),
        }
    }
}

/// Where and how a security scheme's credential is sent.
#[derive(Clone, Copy, Debug)]
pub(crate) enum SchemeKind {
    ApiKeyHeader(&'static str),
    ApiKeyQuery(&'static str),
    ApiKeyCookie(&'static str),
    Basic,
    Bearer,
}

/// A security scheme declared by the document.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Scheme {
    /// Name of the scheme in `components/securitySchemes`.
    pub(crate) key: &'static str,
    pub(crate) kind: SchemeKind,
}

/// The credential values a call sends, to blank out of what the server
/// answered before an error message quotes it: a server may echo them.
#[derive(Clone, Default)]
pub(crate) struct Redactions(Option<Arc<[Box<str>]>>);

impl Redactions {
    /// The values, each also as it appears percent-encoded in a URL.
    pub(super) fn new<'v>(values: impl IntoIterator<Item = &'v str>) -> Self {
        let mut all: Vec<Box<str>> = Vec::new();
        for value in values.into_iter().filter(|value| !value.is_empty()) {
            let encoded = super::request::encoded(value);
            for form in [value, encoded.as_str()] {
                if !all.iter().any(|known| &**known == form) {
                    all.push(form.into());
                }
            }
        }
        // Longest first, so that a value containing another is blanked whole.
        all.sort_by_key(|value| std::cmp::Reverse(value.len()));
        Redactions((!all.is_empty()).then(|| all.into()))
    }

    /// These and `more`.
    pub(super) fn with<'v>(&self, more: impl IntoIterator<Item = &'v str>) -> Self {
        let mut all: Vec<&str> = self.0.iter().flat_map(|values| values.iter().map(|value| &**value)).collect();
        for value in more {
            all.push(value);
        }
        Redactions::new(all)
    }

    /// `text` with every value replaced by `***`.
    pub(super) fn apply<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let mut text = Cow::Borrowed(text);
        for value in self.0.iter().flat_map(|values| values.iter()) {
            if text.contains(&**value) {
                text = Cow::Owned(text.replace(&**value, "***"));
            }
        }
        text
    }
}

impl fmt::Debug for Redactions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Redactions({})", self.0.as_ref().map_or(0, |values| values.len()))
    }
}

/// `url` with the user name and password of its authority (if any) shown as
/// `***`, for messages; also for text that does not parse as a URL.
pub(crate) fn without_userinfo(url: &str) -> Cow<'_, str> {
    let start = url.find("://").map_or(0, |scheme_end| scheme_end + 3);
    let end = url[start..].find(['/', '?', '#']).map_or(url.len(), |offset| start + offset);
    match url[start..end].rfind('@') {
        Some(at) => Cow::Owned(format!("{}***{}", &url[..start], &url[start + at..])),
        None => Cow::Borrowed(url),
    }
}
