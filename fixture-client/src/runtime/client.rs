//! The client and its builder.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use super::credentials::{without_userinfo, Credential, Redactions, Scheme, SchemeKind, Secret};
use super::error::InvalidRequest;
use super::options::RetryPolicy;
use super::request::Request;
use super::{HeaderMap, HeaderValue, Method};

/// Default time allowed for one attempt of a request, body included.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// Default time allowed for a whole call: every attempt and every wait
/// between them. No call with the default settings takes longer.
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(60);

/// Default cap on the bytes read from one response body.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 32 * 1024 * 1024;

/// Redirects followed within one attempt, all on the API's origin.
const MAX_REDIRECTS: usize = 10;

/// The API client. Cheap to clone: clones share one connection pool.
#[derive(Clone)]
pub struct Client {
    pub(super) inner: Arc<ClientInner>,
}

pub(super) struct ClientInner {
    pub(super) http: reqwest::Client,
    /// The base URL without user name, password or trailing `/`.
    pub(super) base_url: String,
    /// The same, parsed once: each request's URL is this with its path and query set.
    pub(super) base: reqwest::Url,
    /// The base URL's path without its trailing `/` (empty for `/`), which
    /// every operation's path goes after.
    pub(super) base_path: Box<str>,
    /// The user name and password the base URL carried, sent as HTTP basic
    /// authentication when no other credential sets `Authorization`.
    pub(super) base_auth: Option<(String, Option<Secret>)>,
    pub(super) credentials: BTreeMap<&'static str, Credential>,
    pub(super) timeout: Option<Duration>,
    pub(super) deadline: Option<Duration>,
    pub(super) retry: RetryPolicy,
    pub(super) max_response_bytes: usize,
    pub(super) user_agent: HeaderValue,
    pub(super) redactions: Redactions,
    /// Whether a call that needs a credential the client lacks fails before it is sent.
    pub(super) require_credentials: bool,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Only the names of configured schemes, never their values.
        f.debug_struct("Client")
            .field("base_url", &self.inner.base_url)
            .field("credentials", &self.inner.credentials.keys().collect::<Vec<_>>())
            .field("timeout", &self.inner.timeout)
            .field("deadline", &self.inner.deadline)
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}

impl Client {
    /// The base URL requests are sent to, without a trailing `/` (and
    /// without the user name and password it was given with, which are sent
    /// as HTTP basic authentication instead).
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

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
            basic_auth: None,
        }
    }

    /// Adds the credentials of the first alternative whose schemes are all
    /// configured. Without one, an operation whose document lets it go
    /// unauthenticated (an empty alternative) is sent as it is; any other
    /// fails with `InvalidRequest` when the client requires credentials, and
    /// else goes out unauthenticated after a WARN event naming the operation
    /// and the schemes (the server's answer then says why).
    pub(crate) fn authorize(&self, request: &mut Request, alternatives: &[&[Scheme]]) -> Result<(), InvalidRequest> {
        let configured = |set: &&[Scheme]| set.iter().all(|s| self.inner.credentials.contains_key(s.key));
        let Some(chosen) = alternatives.iter().filter(|set| !set.is_empty()).find(|set| configured(set)) else {
            if alternatives.iter().any(|set| set.is_empty()) {
                return Ok(());
            }
            let schemes = alternatives.iter().map(|set| set.iter().map(|s| s.key).collect::<Vec<_>>().join(" and ")).collect::<Vec<_>>().join(" or ");
            if self.inner.require_credentials {
                return Err(InvalidRequest::new(format!("`{}` needs a credential for {schemes}, which the client does not have", request.operation)));
            }
            tracing::warn!(operation = request.operation, schemes = %schemes, "no credential for this operation's security schemes: sending it unauthenticated");
            return Ok(());
        };
        for scheme in chosen.iter() {
            let Some(credential) = self.inner.credentials.get(scheme.key) else { continue };
            match (scheme.kind, credential) {
                (SchemeKind::ApiKeyHeader(name), Credential::Token { header, .. }) => request.credential_header(name, header.as_ref())?,
                (SchemeKind::ApiKeyQuery(name), Credential::Token { token, .. }) => request.credential_query(name, token.expose()),
                (SchemeKind::ApiKeyCookie(name), Credential::Token { token, .. }) => request.cookie(name, token.expose()),
                (SchemeKind::Bearer, Credential::Token { header, .. }) => request.credential_header("authorization", header.as_ref())?,
                (SchemeKind::Basic, Credential::Basic { username, password }) => {
                    request.basic_auth = Some((username.clone(), Some(password.clone())));
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// Builds a [`Client`].
#[must_use]
pub struct ClientBuilder {
    base_url: String,
    http: Option<reqwest::ClientBuilder>,
    credentials: BTreeMap<&'static str, Credential>,
    timeout: Option<Duration>,
    deadline: Option<Duration>,
    retry: RetryPolicy,
    max_response_bytes: usize,
    user_agent: String,
    require_credentials: bool,
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The HTTP client's settings can name proxies with passwords: only
        // whether there is one.
        f.debug_struct("ClientBuilder")
            .field("base_url", &without_userinfo(&self.base_url))
            .field("http_client", &if self.http.is_some() { "yours" } else { "default" })
            .field("credentials", &self.credentials.keys().collect::<Vec<_>>())
            .field("timeout", &self.timeout)
            .field("deadline", &self.deadline)
            .field("retry", &self.retry)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("user_agent", &self.user_agent)
            .field("require_credentials", &self.require_credentials)
            .finish()
    }
}

impl ClientBuilder {
    pub(crate) fn new(base_url: &str) -> Self {
        ClientBuilder {
            base_url: base_url.to_owned(),
            http: None,
            credentials: BTreeMap::new(),
            timeout: Some(DEFAULT_TIMEOUT),
            deadline: Some(DEFAULT_DEADLINE),
            retry: RetryPolicy::default(),
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            user_agent: crate::USER_AGENT.to_owned(),
            require_credentials: false,
        }
    }

    /// Sends requests to `url` instead of the document's first server.
    ///
    /// A user name and password in it (`https://user:pass@host/`) are sent
    /// as HTTP basic authentication, unless an operation's own credential
    /// sets `Authorization`; they never appear in `Debug` output or errors.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// Builds the HTTP client from a `reqwest::ClientBuilder` you configured
    /// (proxies, TLS roots, pools, its own timeouts).
    ///
    /// Its redirect policy is replaced by this crate's: redirects are
    /// followed only within the base URL's origin (scheme, host and port),
    /// at most 10 in a row, so that no credential ever reaches another host.
    /// A redirect elsewhere is not followed: the call returns the redirect
    /// response itself (`Error::UnexpectedStatus` unless the operation
    /// documents it). A timeout of the builder's own that fires is
    /// `Error::Timeout { timeout: Timeout::HttpClient, .. }`.
    pub fn http_client(mut self, http: reqwest::ClientBuilder) -> Self {
        self.http = Some(http);
        self
    }

    /// Time allowed for each attempt of a request, or `None` for no limit.
    pub fn timeout(mut self, timeout: Option<Duration>) -> Self {
        self.timeout = timeout;
        self
    }

    /// Time allowed for a whole call, every attempt and every wait between
    /// them included, or `None` for no limit (see [`DEFAULT_DEADLINE`]).
    pub fn deadline(mut self, deadline: Option<Duration>) -> Self {
        self.deadline = deadline;
        self
    }

    /// How failed requests are retried; [`RetryPolicy::none`] turns retries off.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Largest response body read before failing with [`Error::BodyTooLarge`](crate::Error::BodyTooLarge).
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

    /// Fails a call that needs a credential this client was not given
    /// before anything is sent, with [`Error::InvalidRequest`](crate::Error::InvalidRequest)
    /// naming the operation and its security schemes. Without it, such a
    /// call is sent unauthenticated after a WARN `tracing` event saying so
    /// (for APIs that answer some unauthenticated calls anyway).
    pub fn require_credentials(mut self) -> Self {
        self.require_credentials = true;
        self
    }

    pub(crate) fn credential(mut self, scheme: Scheme, credential: Credential) -> Self {
        self.credentials.insert(scheme.key, credential);
        self
    }

    /// Builds the client; fails when the base URL or user agent is invalid.
    pub fn build(self) -> Result<Client, BuildError> {
        let given = self.base_url.trim_end_matches('/');
        let invalid = |why: &dyn fmt::Display| BuildError(format!("invalid base URL `{}`: {why}", without_userinfo(given)));
        let mut base = reqwest::Url::parse(given).map_err(|e| invalid(&e))?;
        if !matches!(base.scheme(), "http" | "https") || base.cannot_be_a_base() || base.query().is_some() || base.fragment().is_some() {
            return Err(invalid(&"it must be an absolute http(s) URL without query or fragment"));
        }
        let base_auth = take_userinfo(&mut base);
        let base_url = base.as_str().trim_end_matches('/').to_owned();
        let base_path = base.path().trim_end_matches('/').into();
        let user_agent = HeaderValue::from_str(&self.user_agent).map_err(|_| BuildError("invalid user agent".to_owned()))?;
        let secrets = self.credentials.values().map(Credential::secret);
        let redactions = Redactions::new(secrets.chain(base_auth.iter().filter_map(|(_, password)| password.as_ref().map(Secret::expose))));
        // reqwest leaves the choice of rustls crypto provider to us: install
        // ring as the process default, unless the application chose one.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = self
            .http
            .unwrap_or_default()
            .redirect(same_origin_redirects())
            .build()
            .map_err(|e| BuildError(format!("cannot build the HTTP client: {e}")))?;
        Ok(Client {
            inner: Arc::new(ClientInner {
                http,
                base_url,
                base,
                base_path,
                base_auth,
                credentials: self.credentials,
                timeout: self.timeout,
                deadline: self.deadline,
                retry: self.retry,
                max_response_bytes: self.max_response_bytes,
                user_agent,
                redactions,
                require_credentials: self.require_credentials,
            }),
        })
    }
}

/// Removes the user name and password from `url`, percent-decoded (as
/// reqwest reads them from a request URL).
fn take_userinfo(url: &mut reqwest::Url) -> Option<(String, Option<Secret>)> {
    let decode = |text: &str| percent_encoding::percent_decode_str(text).decode_utf8_lossy().into_owned();
    let username = decode(url.username());
    let password = url.password().map(|password| Secret::new(decode(password)));
    if username.is_empty() && password.is_none() {
        return None;
    }
    // Both succeed on the http(s) URL `build` checked.
    let _ = url.set_username("");
    let _ = url.set_password(None);
    Some((username, password))
}

/// Follows redirects within the origin of the request only: API keys travel
/// in custom headers, which reqwest would forward to any other host.
fn same_origin_redirects() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let same_origin = attempt.previous().first().is_some_and(|first| first.origin() == attempt.url().origin());
        if same_origin && attempt.previous().len() <= MAX_REDIRECTS {
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
