// @generated from the API's OpenAPI document; do not edit by hand.
//! Client construction: the servers of the document and its credentials.

use crate::runtime::{BuildError, Client, ClientBuilder};
use crate::runtime::{Credential, Scheme, SchemeKind, Secret};

/// The document's first server, used unless [`ClientBuilder::base_url`] says otherwise: <https://api.readmin.app>.
pub const DEFAULT_BASE_URL: &str = "https://api.readmin.app";

/// Every server the document lists, variables replaced by their defaults.
pub const SERVERS: &[&str] = &["https://api.readmin.app", "https://api.readmin.dev"];

/// The `loader-id` security scheme.
pub(crate) const LOADER_ID_SCHEME: Scheme = Scheme {
    key: "loader-id",
    kind: SchemeKind::ApiKeyHeader("loader-id"),
};

/// The `api-key` security scheme.
pub(crate) const API_KEY_SCHEME: Scheme = Scheme {
    key: "api-key",
    kind: SchemeKind::ApiKeyHeader("api-key"),
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
    /// Sets the `loader-id` API key, sent in the `loader-id` header.
    ///
    /// Sent only with the operations that require it.
    pub fn loader_id(self, token: impl Into<Secret>) -> Self {
        self.credential(
            LOADER_ID_SCHEME,
            Credential::token(LOADER_ID_SCHEME, token.into()),
        )
    }

    /// Sets the `api-key` API key, sent in the `api-key` header.
    ///
    /// ReAdmin Ranking Key
    ///
    /// Sent only with the operations that require it.
    pub fn api_key(self, token: impl Into<Secret>) -> Self {
        self.credential(API_KEY_SCHEME, Credential::token(API_KEY_SCHEME, token.into()))
    }
}
