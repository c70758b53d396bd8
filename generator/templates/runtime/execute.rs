//! Sending a request: the HTTP request made once from the operation's, the
//! attempts and the retries between them, the per-attempt timeout and the
//! call's deadline, and reading the body within its limit.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::time::Instant;

use super::client::Client;
use super::credentials::Redactions;
use super::error::{CallSite, Error, InvalidRequest, Timeout};
use super::options::{RequestOptions, RetryPolicy};
use super::request::Request;
use super::response::RawResponse;
use super::{Bytes, HeaderMap, HeaderValue, Method, StatusCode};

impl Client {
    /// Sends `request` with the call's `options` and decodes the answer with
    /// `decode` (the operation's match over statuses).
    ///
    /// The exchange is the largest code of the crate and the same for every
    /// operation, so it is compiled once and boxed; what each operation adds
    /// is only its `decode`, through the small [`ResponseFuture`].
    pub(crate) fn call<'a, T, E>(
        &'a self,
        request: Result<Request, InvalidRequest>,
        options: RequestOptions,
        decode: fn(RawResponse) -> Result<T, Error<E>>,
    ) -> ResponseFuture<'a, T, E> {
        ResponseFuture { exchange: Box::pin(self.execute(request, options)), decode }
    }

    /// Sends the request, retrying as the policy allows within the deadline,
    /// and reads the body.
    ///
    /// Emits a `tracing` span per call (operation, method, path template)
    /// and an event per attempt (attempt, status or error, elapsed) and per
    /// retry (delay); never the credentials, the query string or the bodies.
    fn execute(&self, request: Result<Request, InvalidRequest>, options: RequestOptions) -> impl Future<Output = Result<RawResponse, Failure>> + Send + '_ {
        use tracing::Instrument as _;
        let span = match &request {
            Ok(request) => tracing::debug_span!("request", operation = request.operation, method = %request.method, path = request.template),
            Err(_) => tracing::Span::none(),
        };
        // Made before the first poll, so that the future holds the HTTP
        // request and the settings it needs, not the pieces they came from.
        let mut prepared = request.and_then(|request| self.prepare(request, &options));
        let timeout = options.timeout.or(self.inner.timeout);
        let deadline = options.deadline.or(self.inner.deadline);
        let retry = options.retry;
        async move {
            let prepared = match &mut prepared {
                Ok(prepared) => prepared,
                Err(error) => return Err(Failure::InvalidRequest(error.clone())),
            };
            // The deadline counts from the start of the first attempt.
            let mut call_started: Option<Instant> = None;
            let policy = retry.as_ref().unwrap_or(&self.inner.retry);
            let retries = if prepared.idempotent || policy.retry_non_idempotent { policy.max_retries } else { 0 };
            let mut attempt = 0u32;
            loop {
                // Every attempt but the last sends a copy, keeping the request for the next one.
                let copy = if attempt < retries { prepared.request.as_deref().and_then(reqwest::Request::try_clone) } else { None };
                let Some(sending) = copy.or_else(|| prepared.request.take().map(|request| *request)) else {
                    return Err(Failure::InvalidRequest(InvalidRequest::new("the request body cannot be sent again")));
                };
                // A block, so that the outcome's storage ends before the wait.
                let delay = {
                    // The one clock reading of a call that succeeds at once
                    // (reading the clock is not free, in virtual machines
                    // especially); the events read it again only when enabled.
                    let started = Instant::now();
                    let deadline = deadline.map(|deadline| (*call_started.get_or_insert(started) + deadline, deadline));
                    let limit = attempt_limit(timeout, deadline, started);
                    let outcome = self.attempt(self.inner.http.execute(sending), limit, &prepared.redactions, &prepared.call).await;
                    match &outcome {
                        Ok(response) => tracing::debug!(attempt = attempt + 1, status = response.status.as_u16(), elapsed_ms = started.elapsed().as_millis() as u64, "response"),
                        Err(error) => tracing::debug!(attempt = attempt + 1, elapsed_ms = started.elapsed().as_millis() as u64, error = error.describe(), "attempt failed"),
                    }
                    let retry_after = match &outcome {
                        Ok(response) => policy.retries_status(response.status).then(|| RawResponse::retry_after(&response.headers)),
                        Err(error) => error.retry_after(policy),
                    };
                    let delay = match retry_after {
                        Some(after) if prepared.request.is_some() => policy.delay(attempt, after),
                        _ => return outcome.map_err(|error| error.into_failure(&prepared.call)),
                    };
                    if deadline.is_some_and(|(at, _)| Instant::now() + delay >= at) {
                        // No time left for another attempt: the last answer is the news.
                        return outcome.map_err(|error| error.into_failure(&prepared.call));
                    }
                    delay
                };
                tracing::info!(attempt = attempt + 1, delay_ms = delay.as_millis() as u64, "retrying");
                tokio::time::sleep(delay).await;
                attempt += 1;
            }
        }
        .instrument(span)
    }

    /// The HTTP request for `request`: the URL from the base URL, the path,
    /// the query and the query credentials; the operation's headers, the
    /// cookies, the body's content type and the client's `User-Agent`, then
    /// the per-call headers, which replace any of those with the same name.
    /// Also what error messages must blank out: the credentials.
    fn prepare(&self, request: Request, options: &RequestOptions) -> Result<Prepared, InvalidRequest> {
        let inner = &self.inner;
        let url = match &options.page_url {
            Some(link) => self.page_url(link, &request.credential_query)?,
            None => {
                // The base URL was parsed once: only the path and query are new.
                let mut url = inner.base.clone();
                if inner.base_path.is_empty() {
                    url.set_path(&request.path);
                } else {
                    url.set_path(&format!("{}{}", inner.base_path, request.path));
                }
                match (request.query.is_empty(), request.credential_query.is_empty()) {
                    (true, true) => {}
                    (false, true) => url.set_query(Some(&request.query)),
                    (true, false) => url.set_query(Some(&request.credential_query)),
                    (false, false) => url.set_query(Some(&format!("{}&{}", request.query, request.credential_query))),
                }
                url
            }
        };
        let mut headers = request.headers;
        if !request.cookies.is_empty() {
            let cookies = HeaderValue::from_str(&request.cookies).map_err(|_| InvalidRequest::new("cookie value is not a valid header value"))?;
            headers.insert(reqwest::header::COOKIE, cookies);
        }
        if let Some(body) = &request.body {
            let content_type = HeaderValue::from_str(&body.content_type).map_err(|_| InvalidRequest::new("invalid content type"))?;
            headers.insert(reqwest::header::CONTENT_TYPE, content_type);
        }
        headers.entry(reqwest::header::USER_AGENT).or_insert_with(|| inner.user_agent.clone());
        let basic_auth = match request.basic_auth {
            Some(credential) => Some(credential),
            None if !headers.contains_key(reqwest::header::AUTHORIZATION) => inner.base_auth.clone(),
            None => None,
        };
        let idempotent = matches!(request.method, Method::GET | Method::HEAD | Method::PUT | Method::DELETE | Method::OPTIONS);
        let call = CallSite { operation: request.operation, method: request.method.clone(), template: request.template };
        let mut http = reqwest::Request::new(request.method, url);
        *http.headers_mut() = headers;
        *http.body_mut() = request.body.map(|body| body.bytes.into());
        if let Some((username, password)) = basic_auth {
            // reqwest's own encoding, marked sensitive.
            let builder = reqwest::RequestBuilder::from_parts(inner.http.clone(), http);
            http = builder.basic_auth(username, password.as_ref().map(|password| password.expose())).build().map_err(|_| InvalidRequest::new("cannot encode the basic credentials"))?;
        }
        let per_call = &options.headers;
        if !per_call.is_empty() {
            let headers = http.headers_mut();
            for name in per_call.keys() {
                headers.remove(name);
            }
            for (name, value) in per_call {
                headers.append(name, value.clone());
            }
        }
        let redactions = if per_call.is_empty() {
            inner.redactions.clone()
        } else {
            inner.redactions.with(per_call.values().filter_map(|value| value.to_str().ok()))
        };
        Ok(Prepared { request: Some(Box::new(http)), idempotent, redactions, call })
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

    /// One attempt: the request (sent by `pending`), then the body, up to
    /// the size limit, all within `limit` (the attempt's timeout or the
    /// call's deadline, whichever ends first).
    async fn attempt(
        &self,
        pending: impl Future<Output = reqwest::Result<reqwest::Response>>,
        limit: Option<(Instant, Timeout)>,
        redactions: &Redactions,
        call: &CallSite,
    ) -> Result<RawResponse, AttemptError> {
        let exchange = async {
            let mut response = pending.await.map_err(AttemptError::transport)?;
            let read = read_body(&mut response, self.inner.max_response_bytes).await;
            let (status, headers) = (response.status(), std::mem::take(response.headers_mut()));
            match read {
                Ok(body) => Ok(RawResponse { status, headers, body, redactions: redactions.clone(), call: Some(call.clone()) }),
                Err(BodyError::TooLarge(limit)) => Err(AttemptError::TooLarge { status, headers, limit }),
                Err(BodyError::Transport(error)) => Err(AttemptError::transport(error)),
            }
        };
        match limit {
            Some((at, which)) => tokio::time::timeout_at(at, exchange).await.unwrap_or(Err(AttemptError::Timeout(which))),
            None => exchange.await,
        }
    }
}

/// A request ready to send, kept for retries until the last attempt takes it.
struct Prepared {
    /// Boxed, so that the call's future (itself boxed once per call) stays
    /// small enough for the allocator's quick paths with many calls in flight.
    request: Option<Box<reqwest::Request>>,
    idempotent: bool,
    /// What messages quoting the server must blank out.
    redactions: Redactions,
    /// The operation, named by the errors of its responses.
    call: CallSite,
}

/// When an attempt that starts at `start` must end, and which limit that is:
/// its `timeout`, or the call's `deadline` (when, and how long), whichever
/// ends first.
fn attempt_limit(timeout: Option<Duration>, deadline: Option<(Instant, Duration)>, start: Instant) -> Option<(Instant, Timeout)> {
    let attempt = timeout.map(|timeout| (start + timeout, Timeout::Attempt(timeout)));
    let deadline = deadline.map(|(at, deadline)| (at, Timeout::Deadline(deadline)));
    match (attempt, deadline) {
        (Some(attempt), Some(deadline)) => Some(if attempt.0 < deadline.0 { attempt } else { deadline }),
        (attempt, deadline) => attempt.or(deadline),
    }
}

/// Why a body could not be read whole.
enum BodyError {
    TooLarge(usize),
    Transport(reqwest::Error),
}

/// Reads the body, failing as soon as it is known to be over `limit` bytes
/// (from `Content-Length`, or as the chunks arrive) without reading the rest.
async fn read_body(response: &mut reqwest::Response, limit: usize) -> Result<Bytes, BodyError> {
    if response.content_length().is_some_and(|length| length > limit as u64) {
        return Err(BodyError::TooLarge(limit));
    }
    // Most bodies arrive as one chunk, which is kept as it is; longer ones
    // are gathered, never past the limit.
    let mut first: Option<Bytes> = None;
    let mut gathered: Vec<u8> = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(BodyError::Transport)? {
        let so_far = first.as_ref().map_or(gathered.len(), Bytes::len);
        if so_far + chunk.len() > limit {
            return Err(BodyError::TooLarge(limit));
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
    Ok(first.unwrap_or_else(|| Bytes::from(gathered)))
}

/// Why one attempt got no response to decode.
enum AttemptError {
    Transport(reqwest::Error),
    Timeout(Timeout),
    /// The body was over the limit; the status and headers came first, so
    /// that a retryable status is retried like any other.
    TooLarge { status: StatusCode, headers: HeaderMap, limit: usize },
}

impl AttemptError {
    fn transport(error: reqwest::Error) -> Self {
        if error.is_timeout() {
            // Only the caller's HTTP client sets timeouts of reqwest's own.
            return AttemptError::Timeout(Timeout::HttpClient);
        }
        // The URL can carry an API key in its query: never keep it.
        AttemptError::Transport(error.without_url())
    }

    fn describe(&self) -> &'static str {
        match self {
            AttemptError::Transport(e) if e.is_connect() => "connection failed",
            AttemptError::Transport(e) if e.is_body() || e.is_decode() => "response body interrupted",
            AttemptError::Transport(_) => "transport error",
            AttemptError::Timeout(Timeout::Deadline(_)) => "deadline passed",
            AttemptError::Timeout(_) => "timed out",
            AttemptError::TooLarge { .. } => "response body too large",
        }
    }

    /// `Some` when another attempt may help, with the `Retry-After` wait if
    /// the server asked for one.
    fn retry_after(&self, policy: &RetryPolicy) -> Option<Option<Duration>> {
        match self {
            // The connection failed or broke before the whole response was
            // read (refused, reset, closed, truncated body).
            AttemptError::Transport(e) => (e.is_connect() || e.is_request() || e.is_body() || e.is_decode()).then_some(None),
            AttemptError::Timeout(Timeout::Attempt(_) | Timeout::HttpClient) => Some(None),
            AttemptError::Timeout(Timeout::Deadline(_)) => None,
            AttemptError::TooLarge { status, headers, .. } => policy.retries_status(*status).then(|| RawResponse::retry_after(headers)),
        }
    }

    fn into_failure(self, call: &CallSite) -> Failure {
        let call = call.clone();
        match self {
            AttemptError::Transport(error) => Failure::Transport { error, call },
            AttemptError::Timeout(timeout) => Failure::Timeout { timeout, call },
            AttemptError::TooLarge { status, limit, .. } => Failure::BodyTooLarge { status, limit, call },
        }
    }
}

/// The answer to one call, decoded: what awaiting a request builder runs,
/// and what its `send` returns. Resolves to the operation's `Response` or
/// its [`Error`]; it is `Send` and `Unpin`, so it can be spawned, stored or
/// polled without pinning, and sends nothing until it is first polled.
#[must_use = "a request is only sent when its future is awaited or polled"]
pub struct ResponseFuture<'a, T, E> {
    /// Sending, retrying and reading the body: one type for every operation.
    exchange: Pin<Box<dyn Future<Output = Result<RawResponse, Failure>> + Send + 'a>>,
    /// The operation's match over statuses.
    decode: fn(RawResponse) -> Result<T, Error<E>>,
}

impl<T, E> Future for ResponseFuture<'_, T, E> {
    type Output = Result<T, Error<E>>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let decode = self.decode;
        self.exchange.as_mut().poll(cx).map(|answer| decode(answer?))
    }
}

impl<T, E> fmt::Debug for ResponseFuture<'_, T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ResponseFuture").finish_non_exhaustive()
    }
}

/// Why a request got no response to decode; becomes the matching [`Error`] variant.
#[derive(Debug)]
pub(crate) enum Failure {
    Timeout { timeout: Timeout, call: CallSite },
    BodyTooLarge { status: StatusCode, limit: usize, call: CallSite },
    Transport { error: reqwest::Error, call: CallSite },
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
            Failure::Timeout { timeout, call } => Error::Timeout { timeout, call },
            Failure::BodyTooLarge { status, limit, call } => Error::BodyTooLarge { status, limit, call },
            Failure::Transport { error, call } => Error::Transport { error, call },
            Failure::InvalidRequest(error) => Error::InvalidRequest(error),
        }
    }
}
