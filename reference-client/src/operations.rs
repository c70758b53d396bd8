// @generated from the API's OpenAPI document; do not edit by hand.
//! One method per operation on [`Client`], each returning a request
//! builder: set optional parameters, then `.await` it (or call `send`).

use crate::runtime::{
    push_path_param, call_options, Client, Error, InvalidRequest, Method, Request,
    RequestOptions, Response, ResponseFuture,
};
use std::future::IntoFuture;
use crate::types::*;

impl Client {
    /// Echo Orchestration Result
    ///
    /// `POST /echo/orchestration-result` (operationId `echo_orchestration_result_echo_orchestration_result_post`)
    ///
    /// Returns a [`Response`](crate::Response) of [`EchoOrchestrationResult`](crate::types::EchoOrchestrationResult) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`EchoOrchestrationResultRequestError`](crate::operations::EchoOrchestrationResultRequestError) (`422`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn echo_orchestration_result(
        &self,
        body: OrchestrationResult,
    ) -> EchoOrchestrationResultRequest<'_> {
        EchoOrchestrationResultRequest {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Echo Pet
    ///
    /// `POST /echo/pet` (operationId `echo_pet_echo_pet_post`)
    ///
    /// Returns a [`Response`](crate::Response) of [`EchoPet`](crate::types::EchoPet) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`EchoPetRequestError`](crate::operations::EchoPetRequestError) (`422`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn echo_pet(&self, body: EchoPetRequestBody) -> EchoPetRequest<'_> {
        EchoPetRequest {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Echo Household
    ///
    /// `POST /echo/household` (operationId `echo_household_echo_household_post`)
    ///
    /// Returns a [`Response`](crate::Response) of [`EchoHousehold`](crate::types::EchoHousehold) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`EchoHouseholdRequestError`](crate::operations::EchoHouseholdRequestError) (`422`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn echo_household(&self, body: Household) -> EchoHouseholdRequest<'_> {
        EchoHouseholdRequest {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Echo Config
    ///
    /// `POST /echo/config` (operationId `echo_config_echo_config_post`)
    ///
    /// Returns a [`Response`](crate::Response) of [`EchoConfig`](crate::types::EchoConfig) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`EchoConfigRequestError`](crate::operations::EchoConfigRequestError) (`422`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn echo_config(&self, body: EchoConfigRequestBody) -> EchoConfigRequest<'_> {
        EchoConfigRequest {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Echo Job Outcome
    ///
    /// `POST /echo/job-outcome` (operationId `echo_job_outcome_echo_job_outcome_post`)
    ///
    /// Returns a [`Response`](crate::Response) of [`EchoJobOutcome`](crate::types::EchoJobOutcome) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`EchoJobOutcomeRequestError`](crate::operations::EchoJobOutcomeRequestError) (`422`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn echo_job_outcome(&self, body: JobOutcome) -> EchoJobOutcomeRequest<'_> {
        EchoJobOutcomeRequest {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Echo Problem
    ///
    /// `POST /echo/problem` (operationId `echo_problem_echo_problem_post`)
    ///
    /// Returns a [`Response`](crate::Response) of [`EchoProblem`](crate::types::EchoProblem) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`EchoProblemRequestError`](crate::operations::EchoProblemRequestError) (`422`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn echo_problem(&self, body: Problem) -> EchoProblemRequest<'_> {
        EchoProblemRequest {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Echo Flow Run
    ///
    /// `POST /echo/flow-run` (operationId `echo_flow_run_echo_flow_run_post`)
    ///
    /// Returns a [`Response`](crate::Response) of [`EchoFlowRun`](crate::types::EchoFlowRun) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`EchoFlowRunRequestError`](crate::operations::EchoFlowRunRequestError) (`422`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn echo_flow_run(&self, body: FlowRun) -> EchoFlowRunRequest<'_> {
        EchoFlowRunRequest {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// List Flows
    ///
    /// `GET /flows` (operationId `list_flows_flows_get`)
    ///
    /// Returns a [`Response`](crate::Response) of a list of [`Flow`](crate::types::Flow) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ListFlowsError`](crate::operations::ListFlowsError) (`422`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn list_flows(&self) -> ListFlows<'_> {
        ListFlows {
            client: self,
            limit: None,
            tag: None,
            options: RequestOptions::default(),
        }
    }

    /// Create Flow
    ///
    /// `POST /flows` (operationId `create_flow_flows_post`)
    ///
    /// Returns a [`Response`](crate::Response) of [`Flow`](crate::types::Flow) (`201`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`CreateFlowError`](crate::operations::CreateFlowError) (`422`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn create_flow(&self, body: Flow) -> CreateFlow<'_> {
        CreateFlow {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Upsert Flow
    ///
    /// Documented as 200; answers 201 when it creates the flow, as real apps do.
    ///
    /// `PUT /flows/{name}` (operationId `upsert_flow_flows__name__put`)
    ///
    /// Returns a [`Response`](crate::Response) of [`Flow`](crate::types::Flow) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`UpsertFlowError`](crate::operations::UpsertFlowError) (`422`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn upsert_flow(&self, name: impl Into<String>, body: Flow) -> UpsertFlow<'_> {
        UpsertFlow {
            client: self,
            name: name.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Read Name
    ///
    /// `GET /names/{name}` (operationId `read_name_names__name__get`)
    ///
    /// Returns a [`Response`](crate::Response) of [`PathEcho`](crate::types::PathEcho) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ReadNameError`](crate::operations::ReadNameError) (`422`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn read_name(&self, name: impl Into<String>) -> ReadName<'_> {
        ReadName {
            client: self,
            name: name.into(),
            options: RequestOptions::default(),
        }
    }

    /// Read File
    ///
    /// `GET /files/{file_path}` (operationId `read_file_files__file_path__get`)
    ///
    /// Returns a [`Response`](crate::Response) of [`PathEcho`](crate::types::PathEcho) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ReadFileError`](crate::operations::ReadFileError) (`422`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn read_file(&self, file_path: impl Into<String>) -> ReadFile<'_> {
        ReadFile {
            client: self,
            file_path: file_path.into(),
            options: RequestOptions::default(),
        }
    }
}

/// Echo Orchestration Result
///
/// `POST /echo/orchestration-result`: made by [`Client::echo_orchestration_result`](crate::Client::echo_orchestration_result); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct EchoOrchestrationResultRequest<'a> {
    client: &'a Client,
    body: OrchestrationResult,
    options: RequestOptions,
}

impl<'a> EchoOrchestrationResultRequest<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`EchoOrchestrationResult`](crate::types::EchoOrchestrationResult) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`EchoOrchestrationResultRequestError`](crate::operations::EchoOrchestrationResultRequestError) (`422`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<
        'a,
        Response<EchoOrchestrationResult>,
        EchoOrchestrationResultRequestError,
    > {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    422 => {
                        response
                            .error_json(
                                EchoOrchestrationResultRequestError::UnprocessableEntity,
                            )
                    }
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/echo/orchestration-result");
        let mut request = self
            .client
            .request(
                Method::POST,
                path,
                "echo_orchestration_result_echo_orchestration_result_post",
                "/echo/orchestration-result",
            );
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        Ok(request)
    }
}

impl<'a> IntoFuture for EchoOrchestrationResultRequest<'a> {
    type Output = Result<
        Response<EchoOrchestrationResult>,
        Error<EchoOrchestrationResultRequestError>,
    >;
    type IntoFuture = ResponseFuture<
        'a,
        Response<EchoOrchestrationResult>,
        EchoOrchestrationResultRequestError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(EchoOrchestrationResultRequest);

/// The documented error responses of [`Client::echo_orchestration_result`].
#[derive(Debug, Clone, PartialEq)]
pub enum EchoOrchestrationResultRequestError {
    /// Status 422: Validation Error
    UnprocessableEntity(HttpValidationError),
}

/// Echo Pet
///
/// `POST /echo/pet`: made by [`Client::echo_pet`](crate::Client::echo_pet); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct EchoPetRequest<'a> {
    client: &'a Client,
    body: EchoPetRequestBody,
    options: RequestOptions,
}

impl<'a> EchoPetRequest<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`EchoPet`](crate::types::EchoPet) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`EchoPetRequestError`](crate::operations::EchoPetRequestError) (`422`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(mut self) -> ResponseFuture<'a, Response<EchoPet>, EchoPetRequestError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    422 => response.error_json(EchoPetRequestError::UnprocessableEntity),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/echo/pet");
        let mut request = self
            .client
            .request(Method::POST, path, "echo_pet_echo_pet_post", "/echo/pet");
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        Ok(request)
    }
}

impl<'a> IntoFuture for EchoPetRequest<'a> {
    type Output = Result<Response<EchoPet>, Error<EchoPetRequestError>>;
    type IntoFuture = ResponseFuture<'a, Response<EchoPet>, EchoPetRequestError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(EchoPetRequest);

/// The documented error responses of [`Client::echo_pet`].
#[derive(Debug, Clone, PartialEq)]
pub enum EchoPetRequestError {
    /// Status 422: Validation Error
    UnprocessableEntity(HttpValidationError),
}

/// Echo Household
///
/// `POST /echo/household`: made by [`Client::echo_household`](crate::Client::echo_household); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct EchoHouseholdRequest<'a> {
    client: &'a Client,
    body: Household,
    options: RequestOptions,
}

impl<'a> EchoHouseholdRequest<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`EchoHousehold`](crate::types::EchoHousehold) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`EchoHouseholdRequestError`](crate::operations::EchoHouseholdRequestError) (`422`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<EchoHousehold>, EchoHouseholdRequestError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    422 => {
                        response
                            .error_json(EchoHouseholdRequestError::UnprocessableEntity)
                    }
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/echo/household");
        let mut request = self
            .client
            .request(
                Method::POST,
                path,
                "echo_household_echo_household_post",
                "/echo/household",
            );
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        Ok(request)
    }
}

impl<'a> IntoFuture for EchoHouseholdRequest<'a> {
    type Output = Result<Response<EchoHousehold>, Error<EchoHouseholdRequestError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<EchoHousehold>,
        EchoHouseholdRequestError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(EchoHouseholdRequest);

/// The documented error responses of [`Client::echo_household`].
#[derive(Debug, Clone, PartialEq)]
pub enum EchoHouseholdRequestError {
    /// Status 422: Validation Error
    UnprocessableEntity(HttpValidationError),
}

/// Echo Config
///
/// `POST /echo/config`: made by [`Client::echo_config`](crate::Client::echo_config); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct EchoConfigRequest<'a> {
    client: &'a Client,
    body: EchoConfigRequestBody,
    options: RequestOptions,
}

impl<'a> EchoConfigRequest<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`EchoConfig`](crate::types::EchoConfig) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`EchoConfigRequestError`](crate::operations::EchoConfigRequestError) (`422`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<EchoConfig>, EchoConfigRequestError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    422 => {
                        response.error_json(EchoConfigRequestError::UnprocessableEntity)
                    }
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/echo/config");
        let mut request = self
            .client
            .request(Method::POST, path, "echo_config_echo_config_post", "/echo/config");
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        Ok(request)
    }
}

impl<'a> IntoFuture for EchoConfigRequest<'a> {
    type Output = Result<Response<EchoConfig>, Error<EchoConfigRequestError>>;
    type IntoFuture = ResponseFuture<'a, Response<EchoConfig>, EchoConfigRequestError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(EchoConfigRequest);

/// The documented error responses of [`Client::echo_config`].
#[derive(Debug, Clone, PartialEq)]
pub enum EchoConfigRequestError {
    /// Status 422: Validation Error
    UnprocessableEntity(HttpValidationError),
}

/// Echo Job Outcome
///
/// `POST /echo/job-outcome`: made by [`Client::echo_job_outcome`](crate::Client::echo_job_outcome); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct EchoJobOutcomeRequest<'a> {
    client: &'a Client,
    body: JobOutcome,
    options: RequestOptions,
}

impl<'a> EchoJobOutcomeRequest<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`EchoJobOutcome`](crate::types::EchoJobOutcome) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`EchoJobOutcomeRequestError`](crate::operations::EchoJobOutcomeRequestError) (`422`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<EchoJobOutcome>, EchoJobOutcomeRequestError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    422 => {
                        response
                            .error_json(EchoJobOutcomeRequestError::UnprocessableEntity)
                    }
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/echo/job-outcome");
        let mut request = self
            .client
            .request(
                Method::POST,
                path,
                "echo_job_outcome_echo_job_outcome_post",
                "/echo/job-outcome",
            );
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        Ok(request)
    }
}

impl<'a> IntoFuture for EchoJobOutcomeRequest<'a> {
    type Output = Result<Response<EchoJobOutcome>, Error<EchoJobOutcomeRequestError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<EchoJobOutcome>,
        EchoJobOutcomeRequestError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(EchoJobOutcomeRequest);

/// The documented error responses of [`Client::echo_job_outcome`].
#[derive(Debug, Clone, PartialEq)]
pub enum EchoJobOutcomeRequestError {
    /// Status 422: Validation Error
    UnprocessableEntity(HttpValidationError),
}

/// Echo Problem
///
/// `POST /echo/problem`: made by [`Client::echo_problem`](crate::Client::echo_problem); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct EchoProblemRequest<'a> {
    client: &'a Client,
    body: Problem,
    options: RequestOptions,
}

impl<'a> EchoProblemRequest<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`EchoProblem`](crate::types::EchoProblem) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`EchoProblemRequestError`](crate::operations::EchoProblemRequestError) (`422`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<EchoProblem>, EchoProblemRequestError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    422 => {
                        response.error_json(EchoProblemRequestError::UnprocessableEntity)
                    }
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/echo/problem");
        let mut request = self
            .client
            .request(
                Method::POST,
                path,
                "echo_problem_echo_problem_post",
                "/echo/problem",
            );
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        Ok(request)
    }
}

impl<'a> IntoFuture for EchoProblemRequest<'a> {
    type Output = Result<Response<EchoProblem>, Error<EchoProblemRequestError>>;
    type IntoFuture = ResponseFuture<'a, Response<EchoProblem>, EchoProblemRequestError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(EchoProblemRequest);

/// The documented error responses of [`Client::echo_problem`].
#[derive(Debug, Clone, PartialEq)]
pub enum EchoProblemRequestError {
    /// Status 422: Validation Error
    UnprocessableEntity(HttpValidationError),
}

/// Echo Flow Run
///
/// `POST /echo/flow-run`: made by [`Client::echo_flow_run`](crate::Client::echo_flow_run); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct EchoFlowRunRequest<'a> {
    client: &'a Client,
    body: FlowRun,
    options: RequestOptions,
}

impl<'a> EchoFlowRunRequest<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`EchoFlowRun`](crate::types::EchoFlowRun) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`EchoFlowRunRequestError`](crate::operations::EchoFlowRunRequestError) (`422`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<EchoFlowRun>, EchoFlowRunRequestError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    422 => {
                        response.error_json(EchoFlowRunRequestError::UnprocessableEntity)
                    }
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/echo/flow-run");
        let mut request = self
            .client
            .request(
                Method::POST,
                path,
                "echo_flow_run_echo_flow_run_post",
                "/echo/flow-run",
            );
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        Ok(request)
    }
}

impl<'a> IntoFuture for EchoFlowRunRequest<'a> {
    type Output = Result<Response<EchoFlowRun>, Error<EchoFlowRunRequestError>>;
    type IntoFuture = ResponseFuture<'a, Response<EchoFlowRun>, EchoFlowRunRequestError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(EchoFlowRunRequest);

/// The documented error responses of [`Client::echo_flow_run`].
#[derive(Debug, Clone, PartialEq)]
pub enum EchoFlowRunRequestError {
    /// Status 422: Validation Error
    UnprocessableEntity(HttpValidationError),
}

/// List Flows
///
/// `GET /flows`: made by [`Client::list_flows`](crate::Client::list_flows); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct ListFlows<'a> {
    client: &'a Client,
    limit: Option<i64>,
    tag: Option<Option<String>>,
    options: RequestOptions,
}

impl<'a> ListFlows<'a> {
    /// Sets the `limit` parameter.
    ///
    /// The server's default is `10`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }

    /// Sets the `tag` parameter.
    pub fn tag(mut self, value: Option<String>) -> Self {
        self.tag = Some(value);
        self
    }

    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of a list of [`Flow`](crate::types::Flow) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ListFlowsError`](crate::operations::ListFlowsError) (`422`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(mut self) -> ResponseFuture<'a, Response<Vec<Flow>>, ListFlowsError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    422 => response.error_json(ListFlowsError::UnprocessableEntity),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/flows");
        let mut request = self
            .client
            .request(Method::GET, path, "list_flows_flows_get", "/flows");
        if let Some(value) = &self.limit {
            request.query("limit", value);
        }
        if let Some(Some(value)) = &self.tag {
            request.query("tag", value);
        }
        request.accept("application/json");
        Ok(request)
    }
}

impl<'a> IntoFuture for ListFlows<'a> {
    type Output = Result<Response<Vec<Flow>>, Error<ListFlowsError>>;
    type IntoFuture = ResponseFuture<'a, Response<Vec<Flow>>, ListFlowsError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(ListFlows);

/// The documented error responses of [`Client::list_flows`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListFlowsError {
    /// Status 422: Validation Error
    UnprocessableEntity(HttpValidationError),
}

/// Create Flow
///
/// `POST /flows`: made by [`Client::create_flow`](crate::Client::create_flow); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct CreateFlow<'a> {
    client: &'a Client,
    body: Flow,
    options: RequestOptions,
}

impl<'a> CreateFlow<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`Flow`](crate::types::Flow) (`201`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`CreateFlowError`](crate::operations::CreateFlowError) (`422`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(mut self) -> ResponseFuture<'a, Response<Flow>, CreateFlowError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    201 => response.json(),
                    422 => response.error_json(CreateFlowError::UnprocessableEntity),
                    200 | 202..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/flows");
        let mut request = self
            .client
            .request(Method::POST, path, "create_flow_flows_post", "/flows");
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        Ok(request)
    }
}

impl<'a> IntoFuture for CreateFlow<'a> {
    type Output = Result<Response<Flow>, Error<CreateFlowError>>;
    type IntoFuture = ResponseFuture<'a, Response<Flow>, CreateFlowError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(CreateFlow);

/// The documented error responses of [`Client::create_flow`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateFlowError {
    /// Status 422: Validation Error
    UnprocessableEntity(HttpValidationError),
}

/// Upsert Flow
///
/// `PUT /flows/{name}`: made by [`Client::upsert_flow`](crate::Client::upsert_flow); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct UpsertFlow<'a> {
    client: &'a Client,
    name: String,
    body: Flow,
    options: RequestOptions,
}

impl<'a> UpsertFlow<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`Flow`](crate::types::Flow) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`UpsertFlowError`](crate::operations::UpsertFlowError) (`422`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(mut self) -> ResponseFuture<'a, Response<Flow>, UpsertFlowError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    422 => response.error_json(UpsertFlowError::UnprocessableEntity),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(29);
        path.push_str("/flows/");
        push_path_param(&mut path, "name", &self.name)?;
        let mut request = self
            .client
            .request(Method::PUT, path, "upsert_flow_flows__name__put", "/flows/{name}");
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        Ok(request)
    }
}

impl<'a> IntoFuture for UpsertFlow<'a> {
    type Output = Result<Response<Flow>, Error<UpsertFlowError>>;
    type IntoFuture = ResponseFuture<'a, Response<Flow>, UpsertFlowError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(UpsertFlow);

/// The documented error responses of [`Client::upsert_flow`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpsertFlowError {
    /// Status 422: Validation Error
    UnprocessableEntity(HttpValidationError),
}

/// Read Name
///
/// `GET /names/{name}`: made by [`Client::read_name`](crate::Client::read_name); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct ReadName<'a> {
    client: &'a Client,
    name: String,
    options: RequestOptions,
}

impl<'a> ReadName<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`PathEcho`](crate::types::PathEcho) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ReadNameError`](crate::operations::ReadNameError) (`422`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(mut self) -> ResponseFuture<'a, Response<PathEcho>, ReadNameError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    422 => response.error_json(ReadNameError::UnprocessableEntity),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(29);
        path.push_str("/names/");
        push_path_param(&mut path, "name", &self.name)?;
        let mut request = self
            .client
            .request(Method::GET, path, "read_name_names__name__get", "/names/{name}");
        request.accept("application/json");
        Ok(request)
    }
}

impl<'a> IntoFuture for ReadName<'a> {
    type Output = Result<Response<PathEcho>, Error<ReadNameError>>;
    type IntoFuture = ResponseFuture<'a, Response<PathEcho>, ReadNameError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(ReadName);

/// The documented error responses of [`Client::read_name`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReadNameError {
    /// Status 422: Validation Error
    UnprocessableEntity(HttpValidationError),
}

/// Read File
///
/// `GET /files/{file_path}`: made by [`Client::read_file`](crate::Client::read_file); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct ReadFile<'a> {
    client: &'a Client,
    file_path: String,
    options: RequestOptions,
}

impl<'a> ReadFile<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`PathEcho`](crate::types::PathEcho) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ReadFileError`](crate::operations::ReadFileError) (`422`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(mut self) -> ResponseFuture<'a, Response<PathEcho>, ReadFileError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    422 => response.error_json(ReadFileError::UnprocessableEntity),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(34);
        path.push_str("/files/");
        push_path_param(&mut path, "file_path", &self.file_path)?;
        let mut request = self
            .client
            .request(
                Method::GET,
                path,
                "read_file_files__file_path__get",
                "/files/{file_path}",
            );
        request.accept("application/json");
        Ok(request)
    }
}

impl<'a> IntoFuture for ReadFile<'a> {
    type Output = Result<Response<PathEcho>, Error<ReadFileError>>;
    type IntoFuture = ResponseFuture<'a, Response<PathEcho>, ReadFileError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(ReadFile);

/// The documented error responses of [`Client::read_file`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReadFileError {
    /// Status 422: Validation Error
    UnprocessableEntity(HttpValidationError),
}
