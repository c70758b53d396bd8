// @generated from the API's OpenAPI document; do not edit by hand.
//! One method per operation on [`Client`], each returning a request
//! builder: set optional parameters, then `.await` it (or call `send`).

use crate::runtime::{
    call_options, Client, Error, FromHeaders, HeaderError, HeaderMap, InvalidRequest,
    Method, Request, RequestOptions, Response, ResponseFuture,
};
use std::future::IntoFuture;
use crate::client::*;
use crate::types::*;

impl Client {
    /// Lists pets, a page at a time (`Link` header pagination).
    ///
    /// `GET /pets`
    ///
    /// Authentication: `headerKey` + `queryKey`.
    ///
    /// Returns a [`Response`](crate::Response) of a list of [`Pet`](crate::types::Pet) (`200`) with typed headers [`ListPetsHeaders`](crate::operations::ListPetsHeaders). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ListPetsError`](crate::operations::ListPetsError) (`429`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn list_pets(&self) -> ListPets<'_> {
        ListPets {
            client: self,
            species: None,
            per_page: None,
            options: RequestOptions::default(),
        }
    }

    /// Adds a pet, sent as JSON, as a form or as its name in plain text (the caller picks).
    ///
    /// `POST /pets`
    ///
    /// Authentication: `headerKey` + `queryKey`.
    ///
    /// Returns a [`Response`](crate::Response) of [`Pet`](crate::types::Pet) (`201`). Errors: any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn create_pet(&self, body: impl Into<CreatePetBody>) -> CreatePet<'_> {
        CreatePet {
            client: self,
            body: body.into(),
            options: RequestOptions::default(),
        }
    }

    /// Lists events (offset pagination).
    ///
    /// `GET /events`
    ///
    /// Authentication: `headerKey` + `queryKey`.
    ///
    /// Returns a [`Response`](crate::Response) of [`ListEventsOk`](crate::types::ListEventsOk) (`200`). Errors: any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn list_events(&self) -> ListEvents<'_> {
        ListEvents {
            client: self,
            offset: None,
            limit: None,
            kind: None,
            options: RequestOptions::default(),
        }
    }

    /// Lists log lines (page numbers, declared in the settings file).
    ///
    /// `GET /logs`
    ///
    /// Authentication: `headerKey` + `queryKey`.
    ///
    /// Returns a [`Response`](crate::Response) of [`ListLogsOk`](crate::types::ListLogsOk) (`200`). Errors: any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn list_logs(&self) -> ListLogs<'_> {
        ListLogs {
            client: self,
            page: None,
            per_page: None,
            options: RequestOptions::default(),
        }
    }

    /// The service status, with headers of every kind.
    ///
    /// `GET /status`
    ///
    /// Authentication: `headerKey` + `queryKey`.
    ///
    /// Returns a [`Response`](crate::Response) of [`GetStatusOk`](crate::types::GetStatusOk) (`200`) with typed headers [`GetStatusHeaders`](crate::operations::GetStatusHeaders). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetStatusError`](crate::operations::GetStatusError) (`503`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_status(&self) -> GetStatus<'_> {
        GetStatus {
            client: self,
            options: RequestOptions::default(),
        }
    }

    /// The account, for a user signed in with a password, a session cookie and the query key.
    ///
    /// `GET /account`
    ///
    /// Authentication: `basicAuth` + `sessionCookie` + `queryKey`.
    ///
    /// Returns a [`Response`](crate::Response) of [`Account`](crate::types::Account) (`200`). Errors: any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_account(&self) -> GetAccount<'_> {
        GetAccount {
            client: self,
            options: RequestOptions::default(),
        }
    }

    /// The session of a bearer token, sent with the header key.
    ///
    /// `GET /session`
    ///
    /// Authentication: `bearerAuth` + `headerKey`.
    ///
    /// Returns a [`Response`](crate::Response) of [`Account`](crate::types::Account) (`200`). Errors: any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_session(&self) -> GetSession<'_> {
        GetSession {
            client: self,
            options: RequestOptions::default(),
        }
    }
}

/// Lists pets, a page at a time (`Link` header pagination).
///
/// `GET /pets`: made by [`Client::list_pets`](crate::Client::list_pets); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct ListPets<'a> {
    client: &'a Client,
    species: Option<String>,
    per_page: Option<i64>,
    options: RequestOptions,
}

impl<'a> ListPets<'a> {
    /// Sets the `species` parameter.
    pub fn species(mut self, value: impl Into<String>) -> Self {
        self.species = Some(value.into());
        self
    }

    /// Sets the `per_page` parameter.
    ///
    /// The server's default is `30`.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of a list of [`Pet`](crate::types::Pet) (`200`) with typed headers [`ListPetsHeaders`](crate::operations::ListPetsHeaders). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ListPetsError`](crate::operations::ListPetsError) (`429`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<Vec<Pet>, ListPetsHeaders>, ListPetsError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    429 => response.error_json(ListPetsError::TooManyRequests),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/pets");
        let mut request = self.client.request(Method::GET, path, "listPets", "/pets");
        if let Some(value) = &self.species {
            request.query("species", value);
        }
        if let Some(value) = &self.per_page {
            request.query("per_page", value);
        }
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[HEADER_KEY_SCHEME, QUERY_KEY_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for ListPets<'a> {
    type Output = Result<Response<Vec<Pet>, ListPetsHeaders>, Error<ListPetsError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<Vec<Pet>, ListPetsHeaders>,
        ListPetsError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(ListPets);

impl<'a> ListPets<'a> {
    /// Streams the items of every page, following the `rel="next"` URL of each page's `Link` header until the last page. Only a URL on the client's origin is followed: another one ends the stream with `Error::InvalidRequest`, and nothing is sent to it.
    ///
    /// Pages are fetched as the stream is polled, each with this
    /// request's per-call options; the stream ends after the last
    /// page or the first error.
    pub fn into_stream(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<Pet, Error<ListPetsError>>,
    > + Unpin + Send + 'a {
        crate::runtime::paginate_links("listPets", self, |page: Vec<Pet>| page)
    }
}

/// The headers documented for the success responses of [`Client::list_pets`]; [`Response::typed_headers`] reads them.
#[derive(Debug, Clone, PartialEq)]
pub struct ListPetsHeaders {
    /// Links to other pages (RFC 8288).
    pub link: Option<String>,
    /// Requests left in the current window.
    pub x_rate_limit_remaining: Option<i64>,
    /// The id the server gave this request.
    pub x_request_id: String,
}

impl FromHeaders for ListPetsHeaders {
    fn from_headers(headers: &HeaderMap) -> Result<Self, HeaderError> {
        Ok(ListPetsHeaders {
            link: crate::runtime::header(headers, "link"),
            x_rate_limit_remaining: crate::runtime::header(
                headers,
                "x-rate-limit-remaining",
            ),
            x_request_id: crate::runtime::required_header(headers, "x-request-id")?,
        })
    }
}

/// The documented error responses of [`Client::list_pets`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListPetsError {
    /// Status 429: Too many requests.
    TooManyRequests(Problem),
}

/// The headers documented for the `429` error response of [`Client::list_pets`]; read them with `ListPetsTooManyRequestsHeaders::from_headers(error.headers())`.
#[derive(Debug, Clone, PartialEq)]
pub struct ListPetsTooManyRequestsHeaders {
    /// Seconds to wait before the next request.
    pub retry_after: i64,
    /// Requests left in the current window.
    pub x_rate_limit_remaining: Option<i64>,
}

impl FromHeaders for ListPetsTooManyRequestsHeaders {
    fn from_headers(headers: &HeaderMap) -> Result<Self, HeaderError> {
        Ok(ListPetsTooManyRequestsHeaders {
            retry_after: crate::runtime::required_header(headers, "retry-after")?,
            x_rate_limit_remaining: crate::runtime::header(
                headers,
                "x-rate-limit-remaining",
            ),
        })
    }
}

/// Adds a pet, sent as JSON, as a form or as its name in plain text (the caller picks).
///
/// `POST /pets`: made by [`Client::create_pet`](crate::Client::create_pet); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct CreatePet<'a> {
    client: &'a Client,
    body: CreatePetBody,
    options: RequestOptions,
}

impl<'a> CreatePet<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`Pet`](crate::types::Pet) (`201`). Errors: any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<Pet>, std::convert::Infallible> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    201 => response.json(),
                    200 | 202..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/pets");
        let mut request = self.client.request(Method::POST, path, "createPet", "/pets");
        request.accept("application/json");
        match self.body {
            CreatePetBody::Json(body) => {
                request.json(&body, "application/json")?;
            }
            CreatePetBody::Form(body) => {
                request.form(&body, "application/x-www-form-urlencoded")?;
            }
            CreatePetBody::Text(body) => {
                request.bytes(body, "text/plain");
            }
        }
        self.client.authorize(&mut request, &[&[HEADER_KEY_SCHEME, QUERY_KEY_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for CreatePet<'a> {
    type Output = Result<Response<Pet>, Error<std::convert::Infallible>>;
    type IntoFuture = ResponseFuture<'a, Response<Pet>, std::convert::Infallible>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(CreatePet);

/// The media types [`Client::create_pet`] can send its body as; a value of the first variant's type converts into it.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreatePetBody {
    /// Sent as `application/json`.
    Json(NewPet),
    /// Sent as `application/x-www-form-urlencoded`.
    Form(NewPet),
    /// Sent as `text/plain`.
    Text(String),
}

impl From<NewPet> for CreatePetBody {
    fn from(body: NewPet) -> Self {
        CreatePetBody::Json(body)
    }
}

impl From<String> for CreatePetBody {
    fn from(body: String) -> Self {
        CreatePetBody::Text(body)
    }
}

/// Lists events (offset pagination).
///
/// `GET /events`: made by [`Client::list_events`](crate::Client::list_events); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct ListEvents<'a> {
    client: &'a Client,
    offset: Option<i64>,
    limit: Option<i64>,
    kind: Option<String>,
    options: RequestOptions,
}

impl<'a> ListEvents<'a> {
    /// Sets the `offset` parameter.
    pub fn offset(mut self, value: i64) -> Self {
        self.offset = Some(value);
        self
    }

    /// Sets the `limit` parameter.
    ///
    /// The server's default is `2`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }

    /// Sets the `kind` parameter.
    pub fn kind(mut self, value: impl Into<String>) -> Self {
        self.kind = Some(value.into());
        self
    }

    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`ListEventsOk`](crate::types::ListEventsOk) (`200`). Errors: any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<ListEventsOk>, std::convert::Infallible> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/events");
        let mut request = self
            .client
            .request(Method::GET, path, "listEvents", "/events");
        if let Some(value) = &self.offset {
            request.query("offset", value);
        }
        if let Some(value) = &self.limit {
            request.query("limit", value);
        }
        if let Some(value) = &self.kind {
            request.query("kind", value);
        }
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[HEADER_KEY_SCHEME, QUERY_KEY_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for ListEvents<'a> {
    type Output = Result<Response<ListEventsOk>, Error<std::convert::Infallible>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<ListEventsOk>,
        std::convert::Infallible,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(ListEvents);

impl<'a> ListEvents<'a> {
    /// Streams the items of every page, advancing `offset` by the number of items received until an empty page or one with fewer items than `limit` asks for.
    ///
    /// Pages are fetched as the stream is polled, each with this
    /// request's parameters and per-call options; the stream ends
    /// after the last page or the first error.
    pub fn into_stream(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<Event, Error<std::convert::Infallible>>,
    > + Unpin + Send + 'a {
        crate::runtime::paginate(
            "listEvents",
            self,
            |builder: &Self, at: Option<&i64>| {
                let mut next = builder.clone();
                if let Some(at) = at {
                    next.offset = Some(*at);
                }
                next.send()
            },
            |builder: &Self, at: Option<&i64>, _: &HeaderMap, page: ListEventsOk| {
                let items = page.events.unwrap_or_default();
                let next = crate::runtime::next_offset(
                    at.copied().or(builder.offset),
                    items.len(),
                    builder.limit.map(i128::from).or(Some(2)),
                );
                (items, next)
            },
        )
    }
}

/// Lists log lines (page numbers, declared in the settings file).
///
/// `GET /logs`: made by [`Client::list_logs`](crate::Client::list_logs); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct ListLogs<'a> {
    client: &'a Client,
    page: Option<i64>,
    per_page: Option<i64>,
    options: RequestOptions,
}

impl<'a> ListLogs<'a> {
    /// Sets the `page` parameter.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Sets the `per_page` parameter.
    pub fn per_page(mut self, value: i64) -> Self {
        self.per_page = Some(value);
        self
    }

    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`ListLogsOk`](crate::types::ListLogsOk) (`200`). Errors: any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<ListLogsOk>, std::convert::Infallible> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/logs");
        let mut request = self.client.request(Method::GET, path, "listLogs", "/logs");
        if let Some(value) = &self.page {
            request.query("page", value);
        }
        if let Some(value) = &self.per_page {
            request.query("per_page", value);
        }
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[HEADER_KEY_SCHEME, QUERY_KEY_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for ListLogs<'a> {
    type Output = Result<Response<ListLogsOk>, Error<std::convert::Infallible>>;
    type IntoFuture = ResponseFuture<'a, Response<ListLogsOk>, std::convert::Infallible>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(ListLogs);

impl<'a> ListLogs<'a> {
    /// Streams the items of every page, incrementing `page` until an empty page or one with fewer items than `per_page` asks for.
    ///
    /// Pages are fetched as the stream is polled, each with this
    /// request's parameters and per-call options; the stream ends
    /// after the last page or the first error.
    pub fn into_stream(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<String, Error<std::convert::Infallible>>,
    > + Unpin + Send + 'a {
        crate::runtime::paginate(
            "listLogs",
            self,
            |builder: &Self, at: Option<&i64>| {
                let mut next = builder.clone();
                if let Some(at) = at {
                    next.page = Some(*at);
                }
                next.send()
            },
            |builder: &Self, at: Option<&i64>, _: &HeaderMap, page: ListLogsOk| {
                let items = page.lines.unwrap_or_default();
                let next = crate::runtime::next_page(
                    at.copied().or(builder.page),
                    1,
                    items.len(),
                    builder.per_page.map(i128::from),
                );
                (items, next)
            },
        )
    }
}

/// The service status, with headers of every kind.
///
/// `GET /status`: made by [`Client::get_status`](crate::Client::get_status); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetStatus<'a> {
    client: &'a Client,
    options: RequestOptions,
}

impl<'a> GetStatus<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`GetStatusOk`](crate::types::GetStatusOk) (`200`) with typed headers [`GetStatusHeaders`](crate::operations::GetStatusHeaders). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetStatusError`](crate::operations::GetStatusError) (`503`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<GetStatusOk, GetStatusHeaders>, GetStatusError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    503 => response.error_empty(GetStatusError::ServiceUnavailable),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/status");
        let mut request = self.client.request(Method::GET, path, "getStatus", "/status");
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[HEADER_KEY_SCHEME, QUERY_KEY_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetStatus<'a> {
    type Output = Result<Response<GetStatusOk, GetStatusHeaders>, Error<GetStatusError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<GetStatusOk, GetStatusHeaders>,
        GetStatusError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetStatus);

/// The headers documented for the success responses of [`Client::get_status`]; [`Response::typed_headers`] reads them.
#[derive(Debug, Clone, PartialEq)]
pub struct GetStatusHeaders {
    /// The API version serving the request.
    pub x_version: i64,
    /// The `x-maintenance` header.
    pub x_maintenance: Option<bool>,
    /// The `x-region` header.
    pub x_region: Option<GetStatusOkXRegion>,
    /// Comma-separated tags.
    pub x_tags: Option<Vec<String>>,
    /// The `x-sample-rate` header.
    pub x_sample_rate: Option<f64>,
    /// The `x-priority` header.
    pub x_priority: Option<Priority>,
    /// The `x-started-at` header.
    pub x_started_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The `etag` header.
    pub e_tag: Option<String>,
    /// A header whose name is a Rust keyword.
    pub r#type: Option<String>,
    /// The `x-foo-bar` header.
    pub x_foo_bar: Option<String>,
    /// Another header whose field name would be `x_foo_bar`.
    pub x_foo_bar_2: Option<String>,
}

impl FromHeaders for GetStatusHeaders {
    fn from_headers(headers: &HeaderMap) -> Result<Self, HeaderError> {
        Ok(GetStatusHeaders {
            x_version: crate::runtime::required_header(headers, "x-version")?,
            x_maintenance: crate::runtime::header(headers, "x-maintenance"),
            x_region: crate::runtime::header(headers, "x-region"),
            x_tags: crate::runtime::header_list(headers, "x-tags"),
            x_sample_rate: crate::runtime::header(headers, "x-sample-rate"),
            x_priority: crate::runtime::header(headers, "x-priority"),
            x_started_at: crate::runtime::header(headers, "x-started-at"),
            e_tag: crate::runtime::header(headers, "etag"),
            r#type: crate::runtime::header(headers, "type"),
            x_foo_bar: crate::runtime::header(headers, "x-foo-bar"),
            x_foo_bar_2: crate::runtime::header(headers, "x-foo_bar"),
        })
    }
}

/// The documented error responses of [`Client::get_status`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetStatusError {
    /// Status 503: Down for maintenance.
    ServiceUnavailable,
}

/// The headers documented for the `503` error response of [`Client::get_status`]; read them with `GetStatusServiceUnavailableHeaders::from_headers(error.headers())`.
#[derive(Debug, Clone, PartialEq)]
pub struct GetStatusServiceUnavailableHeaders {
    /// The `retry-after` header.
    pub retry_after: i64,
}

impl FromHeaders for GetStatusServiceUnavailableHeaders {
    fn from_headers(headers: &HeaderMap) -> Result<Self, HeaderError> {
        Ok(GetStatusServiceUnavailableHeaders {
            retry_after: crate::runtime::required_header(headers, "retry-after")?,
        })
    }
}

/// The account, for a user signed in with a password, a session cookie and the query key.
///
/// `GET /account`: made by [`Client::get_account`](crate::Client::get_account); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetAccount<'a> {
    client: &'a Client,
    options: RequestOptions,
}

impl<'a> GetAccount<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`Account`](crate::types::Account) (`200`). Errors: any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<Account>, std::convert::Infallible> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/account");
        let mut request = self
            .client
            .request(Method::GET, path, "getAccount", "/account");
        request.accept("application/json");
        self.client
            .authorize(
                &mut request,
                &[&[BASIC_AUTH_SCHEME, SESSION_COOKIE_SCHEME, QUERY_KEY_SCHEME]],
            )?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetAccount<'a> {
    type Output = Result<Response<Account>, Error<std::convert::Infallible>>;
    type IntoFuture = ResponseFuture<'a, Response<Account>, std::convert::Infallible>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetAccount);

/// The session of a bearer token, sent with the header key.
///
/// `GET /session`: made by [`Client::get_session`](crate::Client::get_session); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetSession<'a> {
    client: &'a Client,
    options: RequestOptions,
}

impl<'a> GetSession<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`Account`](crate::types::Account) (`200`). Errors: any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<Account>, std::convert::Infallible> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/session");
        let mut request = self
            .client
            .request(Method::GET, path, "getSession", "/session");
        request.accept("application/json");
        self.client
            .authorize(&mut request, &[&[BEARER_AUTH_SCHEME, HEADER_KEY_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetSession<'a> {
    type Output = Result<Response<Account>, Error<std::convert::Infallible>>;
    type IntoFuture = ResponseFuture<'a, Response<Account>, std::convert::Infallible>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetSession);
