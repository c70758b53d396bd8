//! Credentials: the secret values and the security schemes they belong to.

use std::fmt;

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
    /// An API key or a bearer token.
    Token(Secret),
    /// HTTP basic authentication.
    Basic { username: String, password: Secret },
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
