//! Runtime support shared by every operation of this crate: the client and
//! its builder, per-call options, parameter encoding, credentials, response
//! decoding and the error type.
//!
//! This module is the same in every crate the generator writes; only the
//! operations and types around it are generated from the document.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

pub use bytes::Bytes;
pub use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
pub use reqwest::{Method, StatusCode};

// ---------------------------------------------------------------------------
// Secrets and credentials
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// Client
// ---------------------------------------------------------------------------

/// Default time allowed for one attempt of a request, body included.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// Default cap on the bytes read from one response body.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 32 * 1024 * 1024;

/// The API client. Cheap to clone: clones share one connection pool.
#[derive(Clone)]
pub struct Client {
    inner: Arc<ClientInner>,
}

struct ClientInner {
    http: reqwest::Client,
    base_url: String,
    credentials: BTreeMap<&'static str, Credential>,
    timeout: Option<Duration>,
    retry: RetryPolicy,
    max_response_bytes: usize,
    user_agent: HeaderValue,
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

    /// Sends `request`, retrying as the policy allows, and reads the body.
    ///
    /// Emits a `tracing` span per request (operation, method, path template)
    /// and an event per attempt (attempt, status, elapsed); never the
    /// credentials, the query string or the bodies.
    ///
    /// Not generic over the operation's error type, so that this, the largest
    /// function of the crate, is compiled once rather than once per operation.
    pub(crate) async fn execute(&self, request: Request, options: RequestOptions) -> Result<RawResponse, Failure> {
        use tracing::Instrument as _;
        let span = tracing::debug_span!("request", operation = request.operation, method = %request.method, path = request.template);
        self.execute_in_span(request, options).instrument(span).await
    }

    async fn execute_in_span(&self, request: Request, options: RequestOptions) -> Result<RawResponse, Failure> {
        let url = match &options.page_url {
            Some(next) => self.page_url(next, &request.credential_query)?,
            None => {
                let separator = if request.query.is_empty() { '?' } else { '&' };
                let credentials = if request.credential_query.is_empty() { String::new() } else { format!("{separator}{}", request.credential_query) };
                let url = format!("{}{}{}{credentials}", self.inner.base_url, request.path, request.query);
                reqwest::Url::parse(&url).map_err(|e| InvalidRequest::new(format!("invalid request URL: {e}")))?
            }
        };
        let timeout = options.timeout.or(self.inner.timeout);
        let retry = options.retry.as_ref().unwrap_or(&self.inner.retry);
        let idempotent = matches!(request.method, Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS);
        let mut attempt = 0u32;
        let headers = request.headers_with(&options.headers, &self.inner.user_agent)?;
        loop {
            let mut builder = self.inner.http.request(request.method.clone(), url.clone()).headers(headers.clone());
            if let Some(body) = &request.body {
                builder = builder.body(body.bytes.clone());
            }
            let started = std::time::Instant::now();
            let outcome = self.attempt(builder, timeout).await;
            let elapsed_ms = started.elapsed().as_millis() as u64;
            match &outcome {
                Ok(response) => tracing::debug!(attempt = attempt + 1, status = response.status.as_u16(), elapsed_ms, "response"),
                Err(error) => tracing::debug!(attempt = attempt + 1, elapsed_ms, error = error.describe(), "attempt failed"),
            }
            let retry_after = match &outcome {
                Ok(response) if retry.retries_status(response.status) => Some(response.retry_after()),
                // The connection failed or broke before the whole response
                // was read (refused, reset, closed, truncated body).
                Err(AttemptError::Transport(e)) if e.is_connect() || e.is_request() || e.is_body() || e.is_decode() => Some(None),
                Err(AttemptError::Timeout(_)) => Some(None),
                _ => None,
            };
            let may_retry = (idempotent || retry.retry_non_idempotent) && attempt < retry.max_retries;
            match (retry_after, may_retry) {
                (Some(after), true) => {
                    let delay = retry.delay(attempt, after);
                    tracing::info!(attempt = attempt + 1, delay_ms = delay.as_millis() as u64, "retrying");
                    tokio::time::sleep(delay).await;
                    attempt += 1;
                }
                _ => return outcome.map_err(AttemptError::into_failure),
            }
        }
    }

    /// The URL of a next page a server linked to, resolved against the base
    /// URL, with the query credentials added. Only a URL on the client's own
    /// origin is followed, so that credentials never reach another host.
    fn page_url(&self, link: &str, credential_query: &str) -> Result<reqwest::Url, InvalidRequest> {
        let base = reqwest::Url::parse(&format!("{}/", self.inner.base_url)).map_err(|e| InvalidRequest::new(format!("invalid base URL: {e}")))?;
        // The message leaves the link out: it may carry a token.
        let next = base.join(link).map_err(|e| InvalidRequest::new(format!("the next page's link is not a valid URL: {e}")))?;
        if next.origin() != base.origin() {
            // The message names the origin only: the URL may carry a token.
            return Err(InvalidRequest::new(format!(
                "the next page is on another origin ({}); it is not followed",
                next.origin().ascii_serialization()
            )));
        }
        let mut url = next;
        if !credential_query.is_empty() {
            let query = match url.query() {
                Some(query) if !query.is_empty() => format!("{query}&{credential_query}"),
                _ => credential_query.to_owned(),
            };
            url.set_query(Some(&query));
        }
        Ok(url)
    }

    async fn attempt(&self, builder: reqwest::RequestBuilder, timeout: Option<Duration>) -> Result<RawResponse, AttemptError> {
        let limit = self.inner.max_response_bytes;
        let exchange = async {
            let mut response = builder.send().await.map_err(AttemptError::transport)?;
            if response.content_length().is_some_and(|length| length > limit as u64) {
                return Err(AttemptError::TooLarge(limit));
            }
            let status = response.status();
            let headers = std::mem::take(response.headers_mut());
            // Most bodies arrive as one chunk, which is kept as it is; longer
            // ones are gathered, never past the limit.
            let mut first: Option<Bytes> = None;
            let mut gathered: Vec<u8> = Vec::new();
            while let Some(chunk) = response.chunk().await.map_err(AttemptError::transport)? {
                let so_far = first.as_ref().map_or(gathered.len(), Bytes::len);
                if so_far + chunk.len() > limit {
                    return Err(AttemptError::TooLarge(limit));
                }
                if let Some(earlier) = first.take() {
                    let expected = response.content_length().map_or(0, |length| length as usize).min(limit);
                    gathered.reserve(expected.max(earlier.len() + chunk.len()));
                    gathered.extend_from_slice(&earlier);
                    gathered.extend_from_slice(&chunk);
                } else if gathered.is_empty() {
                    first = Some(chunk);
                } else {
                    gathered.extend_from_slice(&chunk);
                }
            }
            let body = first.unwrap_or_else(|| Bytes::from(gathered));
            Ok(RawResponse { status, headers, body })
        };
        match timeout {
            Some(limit) => tokio::time::timeout(limit, exchange).await.unwrap_or(Err(AttemptError::Timeout(limit))),
            None => exchange.await,
        }
    }
}

enum AttemptError {
    Transport(reqwest::Error),
    Timeout(Duration),
    TooLarge(usize),
}

impl AttemptError {
    fn transport(error: reqwest::Error) -> Self {
        // The URL can carry an API key in its query: never keep it.
        AttemptError::Transport(error.without_url())
    }

    fn describe(&self) -> &'static str {
        match self {
            AttemptError::Transport(e) if e.is_connect() => "connection failed",
            AttemptError::Transport(e) if e.is_body() || e.is_decode() => "response body interrupted",
            AttemptError::Transport(_) => "transport error",
            AttemptError::Timeout(_) => "timed out",
            AttemptError::TooLarge(_) => "response body too large",
        }
    }

    fn into_failure(self) -> Failure {
        match self {
            AttemptError::Transport(e) if e.is_timeout() => Failure::Timeout(DEFAULT_TIMEOUT),
            AttemptError::Transport(e) => Failure::Transport(e),
            AttemptError::Timeout(limit) => Failure::Timeout(limit),
            AttemptError::TooLarge(limit) => Failure::BodyTooLarge { limit },
        }
    }
}

/// Why a request got no response to decode; becomes the matching [`Error`] variant.
#[derive(Debug)]
pub(crate) enum Failure {
    Timeout(Duration),
    BodyTooLarge { limit: usize },
    Transport(reqwest::Error),
    InvalidRequest(InvalidRequest),
}

impl From<InvalidRequest> for Failure {
    fn from(error: InvalidRequest) -> Self {
        Failure::InvalidRequest(error)
    }
}

impl<E> From<Failure> for Error<E> {
    fn from(failure: Failure) -> Self {
        match failure {
            Failure::Timeout(limit) => Error::Timeout(limit),
            Failure::BodyTooLarge { limit } => Error::BodyTooLarge { limit },
            Failure::Transport(error) => Error::Transport(error),
            Failure::InvalidRequest(error) => Error::InvalidRequest(error),
        }
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

// ---------------------------------------------------------------------------
// Retries and per-call options
// ---------------------------------------------------------------------------

/// When and how often a failed request is sent again.
///
/// Connection failures (refused, reset, closed, or broken while the body is
/// read), timeouts, `408`, `429` and `5xx` answers are retried with
/// exponential backoff and jitter, honouring `Retry-After` (seconds or an
/// HTTP date), never waiting longer than `max_backoff`. By default only
/// idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS) are retried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt.
    pub max_retries: u32,
    /// Delay before the first retry; doubled for each one after it.
    pub initial_backoff: Duration,
    /// Upper bound of any delay, `Retry-After` included.
    pub max_backoff: Duration,
    /// Also retry POST and PATCH, which may not be safe to repeat.
    pub retry_non_idempotent: bool,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy { max_retries: 2, initial_backoff: Duration::from_millis(200), max_backoff: Duration::from_secs(30), retry_non_idempotent: false }
    }
}

impl RetryPolicy {
    /// Never retry.
    pub fn none() -> Self {
        RetryPolicy { max_retries: 0, ..RetryPolicy::default() }
    }

    fn retries_status(&self, status: StatusCode) -> bool {
        status == StatusCode::REQUEST_TIMEOUT || status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error()
    }

    fn delay(&self, attempt: u32, retry_after: Option<Duration>) -> Duration {
        if let Some(after) = retry_after {
            return after.min(self.max_backoff);
        }
        let base = self.initial_backoff.saturating_mul(1u32 << attempt.min(16));
        // Full jitter in [base/2, base].
        let jitter = base.mul_f64(0.5 * random_unit());
        (base / 2 + jitter).min(self.max_backoff)
    }
}

/// A number in `[0, 1)`, random enough for spreading retries.
fn random_unit() -> f64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos()));
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

/// Options for one call, set through the request builder of any operation.
#[derive(Debug, Clone, Default)]
pub struct RequestOptions {
    pub(crate) headers: HeaderMap,
    pub(crate) timeout: Option<Duration>,
    pub(crate) retry: Option<RetryPolicy>,
    /// A paginated stream's next page, as the previous page linked to it
    /// (absolute, or relative to the base URL): requested instead of the
    /// operation's path and query.
    pub(crate) page_url: Option<String>,
}

/// Per-call settings shared by every request builder.
pub trait CallOptions: Sized {
    #[doc(hidden)]
    fn options_mut(&mut self) -> &mut RequestOptions;

    /// Overrides the client's timeout for this call.
    fn timeout(mut self, timeout: Duration) -> Self {
        self.options_mut().timeout = Some(timeout);
        self
    }

    /// Overrides the client's retry policy for this call.
    fn retry(mut self, policy: RetryPolicy) -> Self {
        self.options_mut().retry = Some(policy);
        self
    }

    /// Adds a header to this call. It replaces a header of the same name
    /// that the client would send (`User-Agent`, `Accept`, a credential);
    /// calling it twice with one name sends both values.
    fn header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.options_mut().headers.append(name, value);
        self
    }
}

/// The future an awaited request builder runs.
pub(crate) type Pending<'a, T> = std::pin::Pin<Box<dyn std::future::Future<Output = T> + Send + 'a>>;

/// Gives a request builder the per-call options of [`CallOptions`].
#[allow(unused_macros)]
macro_rules! call_options {
    ($builder:ident) => {
        impl $crate::runtime::CallOptions for $builder<'_> {
            fn options_mut(&mut self) -> &mut $crate::runtime::RequestOptions {
                &mut self.options
            }
        }
    };
}

#[allow(unused_imports)]
pub(crate) use call_options;

// ---------------------------------------------------------------------------
// Requests and parameter encoding
// ---------------------------------------------------------------------------

/// A request being assembled by an operation.
#[derive(Debug)]
pub(crate) struct Request {
    method: Method,
    path: String,
    operation: &'static str,
    template: &'static str,
    query: String,
    /// API keys sent in the query, kept apart so that they are added to the
    /// URL of a linked next page too.
    credential_query: String,
    headers: HeaderMap,
    cookies: String,
    body: Option<RequestBody>,
}

#[derive(Debug)]
struct RequestBody {
    content_type: Cow<'static, str>,
    bytes: Bytes,
}

impl Request {
    /// Adds `name=value` to the query string.
    pub(crate) fn query<V: ParamValue + ?Sized>(&mut self, name: &str, value: &V) {
        self.query.push(if self.query.is_empty() { '?' } else { '&' });
        encode_component(&mut self.query, name);
        self.query.push('=');
        encode_component(&mut self.query, &value.to_param());
    }

    /// Adds a credential to the query string.
    fn credential_query(&mut self, name: &str, value: &str) {
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
                self.query.push(if self.query.is_empty() { '?' } else { '&' });
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

    fn sensitive_header(&mut self, name: &'static str, value: &str) -> Result<(), InvalidRequest> {
        // The message names the header, never the value.
        let mut value = HeaderValue::from_str(value).map_err(|_| InvalidRequest::new(format!("credential for header `{name}` contains characters that are not allowed in a header value")))?;
        value.set_sensitive(true);
        self.headers.insert(HeaderName::from_static(name), value);
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

    /// The headers to send: the operation's, then the cookies, the body's
    /// content type and the client's `User-Agent`, then the per-call headers,
    /// which replace any of those with the same name.
    fn headers_with(&self, per_call: &HeaderMap, user_agent: &HeaderValue) -> Result<HeaderMap, InvalidRequest> {
        let mut headers = self.headers.clone();
        if !self.cookies.is_empty() {
            let cookies = HeaderValue::from_str(&self.cookies).map_err(|_| InvalidRequest::new("cookie value is not a valid header value"))?;
            headers.insert(reqwest::header::COOKIE, cookies);
        }
        if let Some(body) = &self.body {
            let content_type = HeaderValue::from_str(&body.content_type).map_err(|_| InvalidRequest::new("invalid content type"))?;
            headers.insert(reqwest::header::CONTENT_TYPE, content_type);
        }
        if !headers.contains_key(reqwest::header::USER_AGENT) {
            headers.insert(reqwest::header::USER_AGENT, user_agent.clone());
        }
        for name in per_call.keys() {
            headers.remove(name);
        }
        for (name, value) in per_call.iter() {
            headers.append(name, value.clone());
        }
        Ok(headers)
    }

    pub(crate) fn accept(&mut self, media_types: &'static str) {
        self.headers.insert(reqwest::header::ACCEPT, HeaderValue::from_static(media_types));
    }

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
fn form_pairs(out: &mut String, key: &str, value: serde_json::Value) {
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

/// Percent-encodes everything outside RFC 3986's unreserved set.
fn encode_component(out: &mut String, value: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &byte in value.as_bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(byte >> 4)] as char);
            out.push(HEX[usize::from(byte & 0xF)] as char);
        }
    }
}

fn base64_encode(input: &[u8]) -> String {
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

/// A value that can be written into a path segment, query string or header.
pub trait ParamValue {
    /// The value as text, before percent-encoding.
    fn to_param(&self) -> Cow<'_, str>;
}

impl ParamValue for str {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
}

impl ParamValue for String {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
}

impl<T: ParamValue + ?Sized> ParamValue for &T {
    fn to_param(&self) -> Cow<'_, str> {
        (**self).to_param()
    }
}

macro_rules! display_param {
    ($($ty:ty),*) => {$(
        impl ParamValue for $ty {
            fn to_param(&self) -> Cow<'_, str> {
                Cow::Owned(self.to_string())
            }
        }
    )*};
}

display_param!(bool, i32, i64, u64, f32, f64, chrono::NaiveDate);

impl ParamValue for chrono::DateTime<chrono::Utc> {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Owned(self.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true))
    }
}

impl ParamValue for serde_json::Value {
    fn to_param(&self) -> Cow<'_, str> {
        match self {
            serde_json::Value::String(s) => Cow::Borrowed(s),
            other => Cow::Owned(other.to_string()),
        }
    }
}

// ---------------------------------------------------------------------------
// Pagination
// ---------------------------------------------------------------------------

/// Streams the items of every page. `fetch` sends the request for a page
/// (`None`: the first, with the builder as it is; else the position `C` the
/// previous page pointed to: a cursor, a URL, an offset or a page number);
/// `split` takes a page apart into its items and the next position. The
/// stream ends after a page without a next position or with one it has
/// already followed (a server that loops), or after an error.
pub(crate) fn paginate<'a, B, C, P, H, T, E, F, Fut, S>(builder: B, fetch: F, split: S) -> impl futures_util::Stream<Item = Result<T, Error<E>>> + Send + 'a
where
    B: Send + 'a,
    C: Clone + Eq + std::hash::Hash + Send + 'a,
    T: Send + 'a,
    E: Send + 'a,
    F: Fn(&B, Option<&C>) -> Fut + Send + 'a,
    Fut: std::future::Future<Output = Result<Response<P, H>, Error<E>>> + Send + 'a,
    S: Fn(&B, Option<&C>, &HeaderMap, P) -> (Vec<T>, Option<C>) + Send + 'a,
{
    struct Pages<B, C, T, F, S> {
        builder: B,
        fetch: F,
        split: S,
        position: Option<C>,
        seen: std::collections::HashSet<C>,
        items: std::collections::VecDeque<T>,
        done: bool,
    }
    let pages = Pages { builder, fetch, split, position: None, seen: std::collections::HashSet::new(), items: std::collections::VecDeque::new(), done: false };
    futures_util::stream::unfold(pages, |mut pages| async move {
        loop {
            if let Some(item) = pages.items.pop_front() {
                return Some((Ok(item), pages));
            }
            if pages.done {
                return None;
            }
            match (pages.fetch)(&pages.builder, pages.position.as_ref()).await {
                Err(error) => {
                    pages.done = true;
                    return Some((Err(error), pages));
                }
                Ok(response) => {
                    let (items, next) = (pages.split)(&pages.builder, pages.position.as_ref(), &response.headers, response.body);
                    pages.items.extend(items);
                    match next.filter(|next| pages.seen.insert(next.clone())) {
                        Some(next) => pages.position = Some(next),
                        None => pages.done = true,
                    }
                }
            }
        }
    })
}

/// Streams the items of every page of an operation paginated by `Link`
/// headers: each page's `rel="next"` target is requested next (see
/// `Client::page_url`: a link to another origin fails, ending the stream
/// with an error rather than silently). `items` takes a page's items out of
/// its body.
pub(crate) fn paginate_links<'a, B, P, H, T, E, S>(builder: B, items: S) -> impl futures_util::Stream<Item = Result<T, Error<E>>> + Send + 'a
where
    B: CallOptions + Clone + std::future::IntoFuture<Output = Result<Response<P, H>, Error<E>>> + Send + 'a,
    B::IntoFuture: Send + 'a,
    T: Send + 'a,
    E: Send + 'a,
    S: Fn(P) -> Vec<T> + Send + 'a,
{
    paginate(
        builder,
        |builder: &B, link: Option<&String>| {
            let mut next = builder.clone();
            if let Some(link) = link {
                next.options_mut().page_url = Some(link.clone());
            }
            next.into_future()
        },
        move |_: &B, _: Option<&String>, headers: &HeaderMap, page: P| (items(page), next_link(headers)),
    )
}

/// The target of the `rel="next"` link in `Link` headers (RFC 8288), as
/// written (absolute or relative).
fn next_link(headers: &HeaderMap) -> Option<String> {
    headers.get_all(reqwest::header::LINK).iter().filter_map(|value| value.to_str().ok()).find_map(next_target).map(str::to_owned)
}

/// The `rel="next"` target among the comma-separated links of one header
/// value: `<https://api.example.com/items?page=2>; rel="next", <...>; rel="last"`.
fn next_target(value: &str) -> Option<&str> {
    let mut rest = value;
    loop {
        rest = rest.trim_start_matches([' ', '\t', ',']);
        let open = rest.strip_prefix('<')?;
        let close = open.find('>')?;
        let target = &open[..close];
        // Parameters up to the next comma outside quotes.
        let params = &open[close + 1..];
        let mut end = params.len();
        let mut quoted = false;
        for (index, byte) in params.bytes().enumerate() {
            match byte {
                b'"' => quoted = !quoted,
                b',' if !quoted => {
                    end = index;
                    break;
                }
                _ => {}
            }
        }
        let is_next = params[..end].split(';').any(|param| {
            let Some((name, value)) = param.split_once('=') else { return false };
            name.trim().eq_ignore_ascii_case("rel") && value.trim().trim_matches('"').split_ascii_whitespace().any(|rel| rel.eq_ignore_ascii_case("next"))
        });
        if is_next {
            return Some(target);
        }
        rest = &params[end..];
    }
}

/// The offset of the next page: `current` (0 when unset) plus the items
/// received, or `None` after an empty page or one shorter than `page_size`.
pub(crate) fn next_offset<N: Copy + Into<i128> + TryFrom<i128>>(current: Option<N>, received: usize, page_size: Option<i128>) -> Option<N> {
    let received = i128::try_from(received).ok()?;
    if received == 0 || page_size.is_some_and(|size| received < size) {
        return None;
    }
    N::try_from(current.map_or(0, Into::into) + received).ok()
}

/// The number of the next page: `current` (`first` when unset) plus one, or
/// `None` after an empty page or one shorter than `page_size`.
pub(crate) fn next_page<N: Copy + Into<i128> + TryFrom<i128>>(current: Option<N>, first: i128, received: usize, page_size: Option<i128>) -> Option<N> {
    let received = i128::try_from(received).ok()?;
    if received == 0 || page_size.is_some_and(|size| received < size) {
        return None;
    }
    N::try_from(current.map_or(first, Into::into) + 1).ok()
}

// ---------------------------------------------------------------------------
// Typed response headers
// ---------------------------------------------------------------------------

/// A struct of the headers a response documents, read from its header map.
///
/// The operations' `...Headers` structs implement it; a success response
/// reads them with [`Response::typed_headers`], an error response with
/// `TheHeaders::from_headers(error.headers())`.
pub trait FromHeaders: Sized {
    /// Reads the documented headers. An optional header that is missing or
    /// does not parse as its documented type is `None`; a required one that
    /// is missing or does not parse is an error naming it. Never panics.
    fn from_headers(headers: &HeaderMap) -> Result<Self, HeaderError>;
}

/// No documented headers.
impl FromHeaders for () {
    fn from_headers(_: &HeaderMap) -> Result<Self, HeaderError> {
        Ok(())
    }
}

/// A required response header that is missing or does not parse as its
/// documented type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderError {
    name: &'static str,
    missing: bool,
}

impl HeaderError {
    /// The header's name, lower-cased.
    pub fn name(&self) -> &str {
        self.name
    }

    /// Whether the header is missing (else its value did not parse).
    pub fn is_missing(&self) -> bool {
        self.missing
    }
}

impl fmt::Display for HeaderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.missing {
            write!(f, "the required response header `{}` is missing", self.name)
        } else {
            write!(f, "the response header `{}` does not parse as its documented type", self.name)
        }
    }
}

impl std::error::Error for HeaderError {}

/// The first value of header `name`, parsed; `None` when it is missing or
/// does not parse.
pub(crate) fn header<T: serde::de::DeserializeOwned>(headers: &HeaderMap, name: &'static str) -> Option<T> {
    parse_header_text(headers.get(name)?.to_str().ok()?)
}

/// A required header, parsed.
pub(crate) fn required_header<T: serde::de::DeserializeOwned>(headers: &HeaderMap, name: &'static str) -> Result<T, HeaderError> {
    match headers.get(name) {
        None => Err(HeaderError { name, missing: true }),
        Some(value) => value.to_str().ok().and_then(parse_header_text).ok_or(HeaderError { name, missing: false }),
    }
}

/// Every comma-separated item of every value of header `name`, parsed;
/// `None` when it is missing or an item does not parse.
pub(crate) fn header_list<T: serde::de::DeserializeOwned>(headers: &HeaderMap, name: &'static str) -> Option<Vec<T>> {
    let mut values = headers.get_all(name).iter().peekable();
    values.peek()?;
    let mut items = Vec::new();
    for value in values {
        for item in value.to_str().ok()?.split(',').map(str::trim).filter(|item| !item.is_empty()) {
            items.push(parse_header_text(item)?);
        }
    }
    Some(items)
}

/// A required list header.
pub(crate) fn required_header_list<T: serde::de::DeserializeOwned>(headers: &HeaderMap, name: &'static str) -> Result<Vec<T>, HeaderError> {
    if !headers.contains_key(name) {
        return Err(HeaderError { name, missing: true });
    }
    header_list(headers, name).ok_or(HeaderError { name, missing: false })
}

/// A header value as its documented type: as text for strings, string
/// enums and dates, else as a JSON scalar (numbers, booleans, integer
/// enums). Text is tried first so that a quoted value (`ETag: "v1"`) keeps
/// its quotes.
fn parse_header_text<T: serde::de::DeserializeOwned>(text: &str) -> Option<T> {
    use serde::de::IntoDeserializer as _;
    let text = text.trim();
    let as_text: Result<T, serde::de::value::Error> = T::deserialize(text.into_deserializer());
    as_text.ok().or_else(|| serde_json::from_str(text).ok())
}

// ---------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------

/// A decoded response: the typed body with the status and headers it came
/// with. `H` is the struct of the headers the operation documents (`()`
/// when it documents none), read on demand by [`Response::typed_headers`].
#[derive(Debug, Clone)]
pub struct Response<T, H = ()> {
    status: StatusCode,
    headers: HeaderMap,
    body: T,
    typed_headers: std::marker::PhantomData<fn() -> H>,
}

impl<T, H> Response<T, H> {
    fn new(status: StatusCode, headers: HeaderMap, body: T) -> Self {
        Response { status, headers, body, typed_headers: std::marker::PhantomData }
    }

    pub fn status(&self) -> StatusCode {
        self.status
    }

    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    pub fn body(&self) -> &T {
        &self.body
    }

    pub fn into_body(self) -> T {
        self.body
    }

    pub fn into_parts(self) -> (StatusCode, HeaderMap, T) {
        (self.status, self.headers, self.body)
    }

    /// Transforms the body, keeping status and headers.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Response<U, H> {
        Response::new(self.status, self.headers, f(self.body))
    }
}

impl<T, H: FromHeaders> Response<T, H> {
    /// The headers the operation documents, typed. Parsed from
    /// [`Response::headers`] on each call; see [`FromHeaders::from_headers`]
    /// for missing and malformed values.
    pub fn typed_headers(&self) -> Result<H, HeaderError> {
        H::from_headers(&self.headers)
    }
}

impl<T, H> std::ops::Deref for Response<T, H> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.body
    }
}

/// A response as received: status, headers and the undecoded body.
#[derive(Debug, Clone)]
pub struct RawResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl RawResponse {
    pub(crate) fn status_code(&self) -> u16 {
        self.status.as_u16()
    }

    fn retry_after(&self) -> Option<Duration> {
        let value = self.headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?.trim();
        if let Ok(seconds) = value.parse::<u64>() {
            return Some(Duration::from_secs(seconds));
        }
        // An HTTP date: the IMF-fixdate form, or the obsolete RFC 850 and
        // asctime forms recipients must still accept.
        let date = chrono::DateTime::parse_from_rfc2822(value).map(|date| date.with_timezone(&chrono::Utc)).ok().or_else(|| {
            ["%A, %d-%b-%y %H:%M:%S GMT", "%a %b %e %H:%M:%S %Y"]
                .iter()
                .find_map(|format| chrono::NaiveDateTime::parse_from_str(value, format).ok())
                .map(|naive| naive.and_utc())
        })?;
        Some((date - chrono::Utc::now()).to_std().unwrap_or(Duration::ZERO))
    }

    fn decode_json<T: serde::de::DeserializeOwned>(&self) -> Result<T, serde_json::Error> {
        // An empty body reads as `null`, so optional bodies still decode.
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return serde_json::from_slice(b"null");
        }
        serde_json::from_slice(&self.body)
    }

    /// Decodes a JSON success body.
    pub(crate) fn json<T: serde::de::DeserializeOwned, H, E>(self) -> Result<Response<T, H>, Error<E>> {
        match self.decode_json() {
            Ok(body) => Ok(Response::new(self.status, self.headers, body)),
            Err(source) => Err(Error::Decode(Box::new(DecodeError { status: self.status, headers: self.headers, body: self.body, source }))),
        }
    }

    /// Decodes a JSON success body into one variant of a success enum.
    pub(crate) fn json_into<T: serde::de::DeserializeOwned, S, H, E>(self, variant: fn(T) -> S) -> Result<Response<S, H>, Error<E>> {
        self.json::<T, H, E>().map(|response| response.map(variant))
    }

    /// A success body read as text.
    pub(crate) fn text<H, E>(self) -> Result<Response<String, H>, Error<E>> {
        let body = String::from_utf8_lossy(&self.body).into_owned();
        Ok(Response::new(self.status, self.headers, body))
    }

    /// A success body kept as bytes.
    pub(crate) fn raw<H, E>(self) -> Result<Response<Bytes, H>, Error<E>> {
        Ok(Response::new(self.status, self.headers, self.body))
    }

    /// A success without a documented body.
    pub(crate) fn empty<H, E>(self) -> Result<Response<(), H>, Error<E>> {
        Ok(Response::new(self.status, self.headers, ()))
    }

    /// A documented error status with a JSON body.
    pub(crate) fn error_json<T: serde::de::DeserializeOwned, S, E>(self, variant: fn(T) -> E) -> Result<S, Error<E>> {
        Err(match self.decode_json() {
            Ok(body) => Error::Api(Box::new(Response::new(self.status, self.headers, variant(body)))),
            Err(source) => Error::Decode(Box::new(DecodeError { status: self.status, headers: self.headers, body: self.body, source })),
        })
    }

    /// A documented error status whose body is text.
    pub(crate) fn error_text<S, E>(self, variant: fn(String) -> E) -> Result<S, Error<E>> {
        let body = variant(String::from_utf8_lossy(&self.body).into_owned());
        Err(Error::Api(Box::new(Response::new(self.status, self.headers, body))))
    }

    /// A documented error status whose body is kept as bytes.
    pub(crate) fn error_raw<S, E>(self, variant: fn(Bytes) -> E) -> Result<S, Error<E>> {
        let body = variant(self.body);
        Err(Error::Api(Box::new(Response::new(self.status, self.headers, body))))
    }

    /// A documented error status without a body.
    pub(crate) fn error_empty<S, E>(self, variant: E) -> Result<S, Error<E>> {
        Err(Error::Api(Box::new(Response::new(self.status, self.headers, variant))))
    }

    /// A status the operation does not document.
    pub(crate) fn unexpected<S, E>(self) -> Result<S, Error<E>> {
        Err(Error::UnexpectedStatus(Box::new(self)))
    }
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

/// Why a call failed. `E` holds the operation's documented error bodies.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error<E> {
    /// The server answered with a status the operation documents as an error.
    Api(Box<Response<E>>),
    /// The server answered with a status the operation does not document.
    UnexpectedStatus(Box<RawResponse>),
    /// The body did not match the documented schema.
    Decode(Box<DecodeError>),
    /// An attempt took longer than the timeout.
    Timeout(Duration),
    /// The response body was larger than the configured limit (in bytes).
    BodyTooLarge { limit: usize },
    /// The request could not be sent or the response not received.
    Transport(reqwest::Error),
    /// A parameter or body could not be encoded; nothing was sent.
    InvalidRequest(InvalidRequest),
}

impl<E> Error<E> {
    /// The HTTP status, when the server answered.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(response) => Some(response.status()),
            Error::UnexpectedStatus(raw) => Some(raw.status),
            Error::Decode(decode) => Some(decode.status),
            _ => None,
        }
    }

    /// The response headers, when the server answered.
    pub fn headers(&self) -> Option<&HeaderMap> {
        match self {
            Error::Api(response) => Some(response.headers()),
            Error::UnexpectedStatus(raw) => Some(&raw.headers),
            Error::Decode(decode) => Some(&decode.headers),
            _ => None,
        }
    }
}

impl<E> From<InvalidRequest> for Error<E> {
    fn from(error: InvalidRequest) -> Self {
        Error::InvalidRequest(error)
    }
}

impl<E> fmt::Display for Error<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Api(response) => write!(f, "the server answered with documented error status {}", response.status()),
            Error::UnexpectedStatus(raw) => write!(f, "the server answered with undocumented status {}", raw.status),
            Error::Decode(decode) => match decode.headers.get(reqwest::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()) {
                Some(content_type) => write!(f, "cannot decode the {} response body (content type `{content_type}`): {}", decode.status, decode.source),
                None => write!(f, "cannot decode the {} response body (no content type): {}", decode.status, decode.source),
            },
            Error::Timeout(limit) => write!(f, "the request timed out after {limit:?}"),
            Error::BodyTooLarge { limit } => write!(f, "the response body is larger than {limit} bytes"),
            Error::Transport(error) => write!(f, "transport error: {error}"),
            Error::InvalidRequest(error) => write!(f, "invalid request: {error}"),
        }
    }
}

impl<E: fmt::Debug> std::error::Error for Error<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Decode(decode) => Some(&decode.source),
            Error::Transport(error) => Some(error),
            Error::InvalidRequest(error) => Some(error),
            _ => None,
        }
    }
}

/// A response whose body did not decode; the bytes are kept.
#[derive(Debug)]
pub struct DecodeError {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
    pub source: serde_json::Error,
}

/// A value that cannot be sent (e.g. CR/LF in a header, `..` as a path segment).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidRequest(String);

impl InvalidRequest {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        InvalidRequest(message.into())
    }
}

impl fmt::Display for InvalidRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for InvalidRequest {}
