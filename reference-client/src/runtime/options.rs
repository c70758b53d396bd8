//! Retries and per-call options.

use std::fmt;
use std::time::Duration;

use super::{HeaderMap, HeaderName, HeaderValue, StatusCode};

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

    pub(super) fn retries_status(&self, status: StatusCode) -> bool {
        status == StatusCode::REQUEST_TIMEOUT || status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error()
    }

    pub(super) fn delay(&self, attempt: u32, retry_after: Option<Duration>) -> Duration {
        if let Some(after) = retry_after {
            return after.min(self.max_backoff);
        }
        let base = self.initial_backoff.saturating_mul(1u32 << attempt.min(16));
        // Full jitter in [base/2, base].
        let jitter = base.mul_f64(0.5 * random_unit());
        (base / 2 + jitter).min(self.max_backoff)
    }
}

/// A number in `[0, 1)`, random enough for spreading retries and for
/// multipart boundaries: the standard library's randomly keyed hasher over
/// the clock, so that the crate needs no random number generator.
pub(super) fn random_unit() -> f64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos()));
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

/// Options for one call, set through the request builder of any operation.
#[derive(Clone, Default)]
pub struct RequestOptions {
    pub(crate) headers: HeaderMap,
    pub(crate) timeout: Option<Duration>,
    pub(crate) deadline: Option<Duration>,
    pub(crate) retry: Option<RetryPolicy>,
    /// A paginated stream's next page, as the previous page linked to it
    /// (absolute, or relative to the base URL): requested instead of the
    /// operation's path and query.
    pub(crate) page_url: Option<String>,
}

impl RequestOptions {
    /// [`CallOptions::header`]'s work, compiled once rather than per builder.
    fn add_header(&mut self, name: HeaderName, mut value: HeaderValue) {
        value.set_sensitive(true);
        self.headers.append(name, value);
    }
}

impl fmt::Debug for RequestOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Per-call headers often replace a credential: their names only.
        f.debug_struct("RequestOptions")
            .field("headers", &self.headers.keys().collect::<Vec<_>>())
            .field("timeout", &self.timeout)
            .field("deadline", &self.deadline)
            .field("retry", &self.retry)
            .field("page_url", &self.page_url.as_ref().map(|_| "<the next page's link>"))
            .finish()
    }
}

/// Per-call settings shared by every request builder.
pub trait CallOptions: Sized {
    #[doc(hidden)]
    fn options_mut(&mut self) -> &mut RequestOptions;

    /// Overrides the client's timeout of each attempt for this call.
    fn timeout(mut self, timeout: Duration) -> Self {
        self.options_mut().timeout = Some(timeout);
        self
    }

    /// Overrides the client's deadline for this call: the time allowed for
    /// every attempt and every wait between them.
    fn deadline(mut self, deadline: Duration) -> Self {
        self.options_mut().deadline = Some(deadline);
        self
    }

    /// Overrides the client's retry policy for this call.
    fn retry(mut self, policy: RetryPolicy) -> Self {
        self.options_mut().retry = Some(policy);
        self
    }

    /// Adds a header to this call. It replaces a header of the same name
    /// that the client would send (`User-Agent`, `Accept`, a credential);
    /// calling it twice with one name sends both values. The value is
    /// treated as a credential: marked sensitive, never shown in `Debug`
    /// output and blanked out of error messages.
    fn header(mut self, name: HeaderName, value: HeaderValue) -> Self {
        self.options_mut().add_header(name, value);
        self
    }
}

/// Gives a request builder the per-call options of [`CallOptions`], also as
/// inherent methods, so that calling them needs no import. `#[inline]`, as
/// the builders' `send`: generated where a program calls them, not once per
/// builder in this crate.
#[allow(unused_macros)]
macro_rules! call_options {
    ($builder:ident) => {
        impl $crate::runtime::CallOptions for $builder<'_> {
            #[inline]
            fn options_mut(&mut self) -> &mut $crate::runtime::RequestOptions {
                &mut self.options
            }
        }

        impl $builder<'_> {
            /// Overrides the client's timeout of each attempt for this call.
            #[inline]
            pub fn timeout(self, timeout: std::time::Duration) -> Self {
                $crate::runtime::CallOptions::timeout(self, timeout)
            }

            /// Overrides the client's deadline for this call: the time allowed
            /// for every attempt and every wait between them.
            #[inline]
            pub fn deadline(self, deadline: std::time::Duration) -> Self {
                $crate::runtime::CallOptions::deadline(self, deadline)
            }

            /// Overrides the client's retry policy for this call.
            #[inline]
            pub fn retry(self, policy: $crate::runtime::RetryPolicy) -> Self {
                $crate::runtime::CallOptions::retry(self, policy)
            }

            /// Adds a header to this call. It replaces a header of the same
            /// name that the client would send (`User-Agent`, `Accept`, a
            /// credential); calling it twice with one name sends both values.
            /// The value is treated as a credential: marked sensitive, never
            /// shown in `Debug` output and blanked out of error messages.
            #[inline]
            pub fn header(self, name: $crate::runtime::HeaderName, value: $crate::runtime::HeaderValue) -> Self {
                $crate::runtime::CallOptions::header(self, name, value)
            }
        }
    };
}
#[allow(unused_imports)]
pub(crate) use call_options;
