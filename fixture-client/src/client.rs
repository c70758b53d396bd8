// @generated from the API's OpenAPI document; do not edit by hand.
//! Client construction: the servers of the document and its credentials.

use crate::runtime::{BuildError, Client, ClientBuilder};
use crate::runtime::{Credential, Scheme, SchemeKind, Secret};

/// The document's first server, used unless [`ClientBuilder::base_url`] says otherwise: <https://fixture.example.com/v1>.
pub const DEFAULT_BASE_URL: &str = "https://fixture.example.com/v1";

/// Every server the document lists, variables replaced by their defaults.
pub const SERVERS: &[&str] = &["https://fixture.example.com/v1"];

/// The `headerKey` security scheme.
pub(crate) const HEADER_KEY_SCHEME: Scheme = Scheme {
    key: "headerKey",
    kind: SchemeKind::ApiKeyHeader("x-api-key"),
};

/// The `queryKey` security scheme.
pub(crate) const QUERY_KEY_SCHEME: Scheme = Scheme {
    key: "queryKey",
    kind: SchemeKind::ApiKeyQuery("key"),
};

/// The `sessionCookie` security scheme.
pub(crate) const SESSION_COOKIE_SCHEME: Scheme = Scheme {
    key: "sessionCookie",
    kind: SchemeKind::ApiKeyCookie("session"),
};

/// The `basicAuth` security scheme.
pub(crate) const BASIC_AUTH_SCHEME: Scheme = Scheme {
    key: "basicAuth",
    kind: SchemeKind::Basic,
};

/// The `bearerAuth` security scheme.
pub(crate) const BEARER_AUTH_SCHEME: Scheme = Scheme {
    key: "bearerAuth",
    kind: SchemeKind::Bearer,
};

impl Client {
    /// A builder for a client of [`DEFAULT_BASE_URL`]: set credentials, timeouts and retries, then `build`.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new(DEFAULT_BASE_URL)
    }

    /// A client with the default settings and no credentials.
    pub fn new() -> Result<Self, BuildError> {
        Self::builder().build()
    }
}

impl ClientBuilder {
    /// Sets the `headerKey` API key, sent in the `x-api-key` header.
    ///
    /// Sent only with the operations that require it.
    pub fn header_key(self, token: impl Into<Secret>) -> Self {
        self.credential(
            HEADER_KEY_SCHEME,
            Credential::token(HEADER_KEY_SCHEME, token.into()),
        )
    }

    /// Sets the `queryKey` API key, sent as the `key` query parameter.
    ///
    /// Sent only with the operations that require it.
    pub fn query_key(self, token: impl Into<Secret>) -> Self {
        self.credential(
            QUERY_KEY_SCHEME,
            Credential::token(QUERY_KEY_SCHEME, token.into()),
        )
    }

    /// Sets the `sessionCookie` API key, sent as the `session` cookie.
    ///
    /// Sent only with the operations that require it.
    pub fn session_cookie(self, token: impl Into<Secret>) -> Self {
        self.credential(
            SESSION_COOKIE_SCHEME,
            Credential::token(SESSION_COOKIE_SCHEME, token.into()),
        )
    }

    /// Sets the user name and password for `basicAuth` (HTTP basic authentication).
    ///
    /// Sent only with the operations that require it.
    pub fn basic_auth(
        self,
        username: impl Into<String>,
        password: impl Into<Secret>,
    ) -> Self {
        self.credential(
            BASIC_AUTH_SCHEME,
            Credential::Basic {
                username: username.into(),
                password: password.into(),
            },
        )
    }

    /// Sets the token for `bearerAuth`, sent as `Authorization: Bearer <token>`.
    ///
    /// Sent only with the operations that require it.
    pub fn bearer_auth(self, token: impl Into<Secret>) -> Self {
        self.credential(
            BEARER_AUTH_SCHEME,
            Credential::token(BEARER_AUTH_SCHEME, token.into()),
        )
    }
}
