//! Sending a request: attempts, retries and reading the body.

use std::time::Duration;

use super::client::Client;
use super::error::{Error, InvalidRequest};
use super::options::RequestOptions;
use super::request::Request;
use super::response::RawResponse;
use super::{Bytes, Method, DEFAULT_TIMEOUT};

impl Client {
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
