//! The client and its builder.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use super::body::base64_encode;
use super::credentials::{Credential, Scheme, SchemeKind};
use super::error::InvalidRequest;
use super::options::RetryPolicy;
use super::request::Request;
use super::{HeaderMap, HeaderValue, Method};

/// Default time allowed for one attempt of a request, body included.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// Default cap on the bytes read from one response body.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 32 * 1024 * 1024;

/// The API client. Cheap to clone: clones share one connection pool.
#[derive(Clone)]
pub struct Client {
    pub(super) inner: Arc<ClientInner>,
}

pub(super) struct ClientInner {
    pub(super) http: reqwest::Client,
    pub(super) base_url: String,
    pub(super) credentials: BTreeMap<&'static str, Credential>,
    pub(super) timeout: Option<Duration>,
    pub(super) retry: RetryPolicy,
    pub(super) max_response_bytes: usize,
    pub(super) user_agent: HeaderValue,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Only the names of configured schemes, never their values.
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("credentials", &self.inner.credentials.keys().collect::<Vec<_>>())
            .field("timeout", &self.inner.timeout)
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// The base URL requests are sent to, without a trailing `/`.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// Starts a request to `path`, which must already be percent-encoded.
    /// Starts a request for `operation` (its operationId) to `path` (already
    /// percent-encoded), made from the document's `template`.
    pub(crate) fn request(&self, method: Method, path: String, operation: &'static str, template: &'static str) -> Request {
        Request {
            method,
            path,
            operation,
            template,
            query: String::new(),
            credential_query: String::new(),
            headers: HeaderMap::new(),
            cookies: String::new(),
            body: None,
        }
    }

    /// Adds the credentials of the first alternative whose schemes are all
    /// configured. Without one, the request goes out unauthenticated and the
    /// server's answer says why.
    pub(crate) fn authorize(&self, request: &mut Request, alternatives: &[&[Scheme]]) -> Result<(), InvalidRequest> {
        let configured = |set: &&[Scheme]| set.iter().all(|s| self.inner.credentials.contains_key(s.key));
        let Some(chosen) = alternatives.iter().filter(|set| !set.is_empty()).find(|set| configured(set)) else {
            return Ok(());
        };
        for scheme in chosen.iter() {
            let Some(credential) = self.inner.credentials.get(scheme.key) else { continue };
            match (scheme.kind, credential) {
                (SchemeKind::ApiKeyHeader(name), Credential::Token(token)) => {
                    request.sensitive_header(name, token.expose())?;
                }
                (SchemeKind::ApiKeyQuery(name), Credential::Token(token)) => request.credential_query(name, token.expose()),
                (SchemeKind::ApiKeyCookie(name), Credential::Token(token)) => request.cookie(name, token.expose()),
                (SchemeKind::Bearer, Credential::Token(token)) => {
                    request.sensitive_header("authorization", &format!("Bearer {}", token.expose()))?;
                }
                (SchemeKind::Basic, Credential::Basic { username, password }) => {
                    let encoded = base64_encode(format!("{username}:{}", password.expose()).as_bytes());
                    request.sensitive_header("authorization", &format!("Basic {encoded}"))?;
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// Builds a [`Client`].
#[derive(Debug)]
#[must_use]
pub struct ClientBuilder {
    base_url: String,
    http: Option<reqwest::Client>,
    credentials: BTreeMap<&'static str, Credential>,
    timeout: Option<Duration>,
    retry: RetryPolicy,
    max_response_bytes: usize,
    user_agent: String,
}

impl ClientBuilder {
    pub(crate) fn new(base_url: &str) -> Self {
        ClientBuilder {
            base_url: base_url.to_owned(),
            http: None,
            credentials: BTreeMap::new(),
            timeout: Some(DEFAULT_TIMEOUT),
            retry: RetryPolicy::default(),
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            user_agent: crate::USER_AGENT.to_owned(),
        }
    }

    /// Sends requests to `url` instead of the document's first server.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// Uses a `reqwest::Client` you configured (proxies, TLS roots, pools).
    ///
    /// Its redirect policy then applies: the default client follows redirects
    /// only within the same origin, so credentials never reach another host.
    pub fn http_client(mut self, http: reqwest::Client) -> Self {
        self.http = Some(http);
        self
    }

    /// Time allowed for each attempt of a request, or `None` for no limit.
    pub fn timeout(mut self, timeout: Option<Duration>) -> Self {
        self.timeout = timeout;
        self
    }

    /// How failed requests are retried; [`RetryPolicy::none`] turns retries off.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Largest response body read before failing with [`Error::BodyTooLarge`].
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = limit;
        self
    }

    /// Appends `product` (e.g. `my-bot/1.2`) to the `User-Agent` header.
    pub fn user_agent_suffix(mut self, product: &str) -> Self {
        self.user_agent.push(' ');
        self.user_agent.push_str(product);
        self
    }

    pub(crate) fn credential(mut self, scheme: &'static str, credential: Credential) -> Self {
        self.credentials.insert(scheme, credential);
        self
    }

    /// Builds the client; fails when the base URL or user agent is invalid.
    pub fn build(self) -> Result<Client, BuildError> {
        let base_url = self.base_url.trim_end_matches('/').to_owned();
        let parsed = reqwest::Url::parse(&base_url).map_err(|e| BuildError(format!("invalid base URL `{base_url}`: {e}")))?;
        if parsed.cannot_be_a_base() || parsed.query().is_some() || parsed.fragment().is_some() {
            return Err(BuildError(format!("invalid base URL `{base_url}`: it must be an absolute http(s) URL without query or fragment")));
        }
        let user_agent = HeaderValue::from_str(&self.user_agent).map_err(|_| BuildError("invalid user agent".to_owned()))?;
        // reqwest leaves the choice of rustls crypto provider to us: install
        // ring as the process default, unless the application chose one.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = match self.http {
            Some(http) => http,
            None => reqwest::Client::builder()
                .redirect(same_origin_redirects())
                .build()
                .map_err(|e| BuildError(format!("cannot build the HTTP client: {e}")))?,
        };
        Ok(Client {
            inner: Arc::new(ClientInner {
                http,
                base_url,
                credentials: self.credentials,
                timeout: self.timeout,
                retry: self.retry,
                max_response_bytes: self.max_response_bytes,
                user_agent,
            }),
        })
    }
}

/// Follows redirects within the origin of the request only: API keys travel
/// in custom headers, which reqwest would forward to any other host.
fn same_origin_redirects() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let same_origin = attempt.previous().first().is_some_and(|first| first.origin() == attempt.url().origin());
        if same_origin && attempt.previous().len() < 10 {
            attempt.follow()
        } else {
            attempt.stop()
        }
    })
}

/// Why a [`ClientBuilder`] could not build a client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildError(String);

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BuildError {}
