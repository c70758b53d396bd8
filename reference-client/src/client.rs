// @generated from the API's OpenAPI document; do not edit by hand.
//! Client construction: the servers of the document and its credentials.

use crate::runtime::{BuildError, Client, ClientBuilder};

/// Every server the document lists, variables replaced by their defaults.
pub const SERVERS: &[&str] = &[];

impl Client {
    /// A builder for a client: the document names no absolute server, so set [`ClientBuilder::base_url`] before `build`.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new("")
    }

    /// A client with the default settings and no credentials.
    pub fn new() -> Result<Self, BuildError> {
        Self::builder().build()
    }
}
