// @generated from the API's OpenAPI document; do not edit by hand.
//! One method per operation on [`Client`], each returning a request
//! builder: set optional parameters, then `.await` it (or call `send`).

use crate::runtime::{
    push_path_param, call_options, Client, Error, Method, Pending, RequestOptions,
    Response,
};
use std::future::IntoFuture;
use crate::types::*;

impl Client {
    /// Echo Orchestration Result
    ///
    /// `POST /echo/orchestration-result`
    pub fn echo_orchestration_result_echo_orchestration_result_post(
        &self,
        body: OrchestrationResult,
    ) -> EchoOrchestrationResultEchoOrchestrationResultPost<'_> {
        EchoOrchestrationResultEchoOrchestrationResultPost {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Echo Pet
    ///
    /// `POST /echo/pet`
    pub fn echo_pet_echo_pet_post(&self, body: Body) -> EchoPetEchoPetPost<'_> {
        EchoPetEchoPetPost {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Echo Household
    ///
    /// `POST /echo/household`
    pub fn echo_household_echo_household_post(
        &self,
        body: Household,
    ) -> EchoHouseholdEchoHouseholdPost<'_> {
        EchoHouseholdEchoHouseholdPost {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Echo Config
    ///
    /// `POST /echo/config`
    pub fn echo_config_echo_config_post(
        &self,
        body: Body2,
    ) -> EchoConfigEchoConfigPost<'_> {
        EchoConfigEchoConfigPost {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Echo Job Outcome
    ///
    /// `POST /echo/job-outcome`
    pub fn echo_job_outcome_echo_job_outcome_post(
        &self,
        body: JobOutcome,
    ) -> EchoJobOutcomeEchoJobOutcomePost<'_> {
        EchoJobOutcomeEchoJobOutcomePost {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Echo Problem
    ///
    /// `POST /echo/problem`
    pub fn echo_problem_echo_problem_post(
        &self,
        body: Problem,
    ) -> EchoProblemEchoProblemPost<'_> {
        EchoProblemEchoProblemPost {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Echo Flow Run
    ///
    /// `POST /echo/flow-run`
    pub fn echo_flow_run_echo_flow_run_post(
        &self,
        body: FlowRun,
    ) -> EchoFlowRunEchoFlowRunPost<'_> {
        EchoFlowRunEchoFlowRunPost {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// List Flows
    ///
    /// `GET /flows`
    pub fn list_flows_flows_get(&self) -> ListFlowsFlowsGet<'_> {
        ListFlowsFlowsGet {
            client: self,
            limit: None,
            tag: None,
            options: RequestOptions::default(),
        }
    }

    /// Create Flow
    ///
    /// `POST /flows`
    pub fn create_flow_flows_post(&self, body: Flow) -> CreateFlowFlowsPost<'_> {
        CreateFlowFlowsPost {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Upsert Flow
    ///
    /// Documented as 200; answers 201 when it creates the flow, as real apps do.
    ///
    /// `PUT /flows/{name}`
    pub fn upsert_flow_flows_name_put(
        &self,
        name: impl Into<String>,
        body: Flow,
    ) -> UpsertFlowFlowsNamePut<'_> {
        UpsertFlowFlowsNamePut {
            client: self,
            name: name.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Read Name
    ///
    /// `GET /names/{name}`
    pub fn read_name_names_name_get(
        &self,
        name: impl Into<String>,
    ) -> ReadNameNamesNameGet<'_> {
        ReadNameNamesNameGet {
            client: self,
            name: name.into(),
            options: RequestOptions::default(),
        }
    }

    /// Read File
    ///
    /// `GET /files/{file_path}`
    pub fn read_file_files_file_path_get(
        &self,
        file_path: impl Into<String>,
    ) -> ReadFileFilesFilePathGet<'_> {
        ReadFileFilesFilePathGet {
            client: self,
            file_path: file_path.into(),
            options: RequestOptions::default(),
        }
    }
}

/// Request builder for [`Client::echo_orchestration_result_echo_orchestration_result_post`]; `.await` it to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct EchoOrchestrationResultEchoOrchestrationResultPost<'a> {
    client: &'a Client,
    body: OrchestrationResult,
    options: RequestOptions,
}

impl EchoOrchestrationResultEchoOrchestrationResultPost<'_> {
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<
        Response<EchoOrchestrationResult>,
        Error<EchoOrchestrationResultEchoOrchestrationResultPostError>,
    > {
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
        let response = self.client.execute(request, self.options).await?;
        match response.status_code() {
            200 => response.json(),
            422 => {
                response
                    .error_json(
                        EchoOrchestrationResultEchoOrchestrationResultPostError::UnprocessableEntity,
                    )
            }
            _ => response.unexpected(),
        }
    }
}

impl<'a> IntoFuture for EchoOrchestrationResultEchoOrchestrationResultPost<'a> {
    type Output = Result<
        Response<EchoOrchestrationResult>,
        Error<EchoOrchestrationResultEchoOrchestrationResultPostError>,
    >;
    type IntoFuture = Pending<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

call_options!(EchoOrchestrationResultEchoOrchestrationResultPost);

/// The documented error responses of [`Client::echo_orchestration_result_echo_orchestration_result_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum EchoOrchestrationResultEchoOrchestrationResultPostError {
    /// Status 422: Validation Error
    UnprocessableEntity(HttpValidationError),
}

/// Request builder for [`Client::echo_pet_echo_pet_post`]; `.await` it to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct EchoPetEchoPetPost<'a> {
    client: &'a Client,
    body: Body,
    options: RequestOptions,
}

impl EchoPetEchoPetPost<'_> {
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<Response<EchoPet>, Error<EchoPetEchoPetPostError>> {
        let path = String::from("/echo/pet");
        let mut request = self
            .client
            .request(Method::POST, path, "echo_pet_echo_pet_post", "/echo/pet");
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        let response = self.client.execute(request, self.options).await?;
        match response.status_code() {
            200 => response.json(),
            422 => response.error_json(EchoPetEchoPetPostError::UnprocessableEntity),
            _ => response.unexpected(),
        }
    }
}

impl<'a> IntoFuture for EchoPetEchoPetPost<'a> {
    type Output = Result<Response<EchoPet>, Error<EchoPetEchoPetPostError>>;
    type IntoFuture = Pending<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

call_options!(EchoPetEchoPetPost);

/// The documented error responses of [`Client::echo_pet_echo_pet_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum EchoPetEchoPetPostError {
    /// Status 422: Validation Error
    UnprocessableEntity(HttpValidationError),
}

/// Request builder for [`Client::echo_household_echo_household_post`]; `.await` it to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct EchoHouseholdEchoHouseholdPost<'a> {
    client: &'a Client,
    body: Household,
    options: RequestOptions,
}

impl EchoHouseholdEchoHouseholdPost<'_> {
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<Response<EchoHousehold>, Error<EchoHouseholdEchoHouseholdPostError>> {
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
        let response = self.client.execute(request, self.options).await?;
        match response.status_code() {
            200 => response.json(),
            422 => {
                response
                    .error_json(EchoHouseholdEchoHouseholdPostError::UnprocessableEntity)
            }
            _ => response.unexpected(),
        }
    }
}

impl<'a> IntoFuture for EchoHouseholdEchoHouseholdPost<'a> {
    type Output = Result<
        Response<EchoHousehold>,
        Error<EchoHouseholdEchoHouseholdPostError>,
    >;
    type IntoFuture = Pending<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

call_options!(EchoHouseholdEchoHouseholdPost);

/// The documented error responses of [`Client::echo_household_echo_household_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum EchoHouseholdEchoHouseholdPostError {
    /// Status 422: Validation Error
    UnprocessableEntity(HttpValidationError),
}

/// Request builder for [`Client::echo_config_echo_config_post`]; `.await` it to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct EchoConfigEchoConfigPost<'a> {
    client: &'a Client,
    body: Body2,
    options: RequestOptions,
}

impl EchoConfigEchoConfigPost<'_> {
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<Response<EchoConfig>, Error<EchoConfigEchoConfigPostError>> {
        let path = String::from("/echo/config");
        let mut request = self
            .client
            .request(Method::POST, path, "echo_config_echo_config_post", "/echo/config");
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        let response = self.client.execute(request, self.options).await?;
        match response.status_code() {
            200 => response.json(),
            422 => {
                response.error_json(EchoConfigEchoConfigPostError::UnprocessableEntity)
            }
            _ => response.unexpected(),
        }
    }
}

impl<'a> IntoFuture for EchoConfigEchoConfigPost<'a> {
    type Output = Result<Response<EchoConfig>, Error<EchoConfigEchoConfigPostError>>;
    type IntoFuture = Pending<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

call_options!(EchoConfigEchoConfigPost);

/// The documented error responses of [`Client::echo_config_echo_config_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum EchoConfigEchoConfigPostError {
    /// Status 422: Validation Error
    UnprocessableEntity(HttpValidationError),
}

/// Request builder for [`Client::echo_job_outcome_echo_job_outcome_post`]; `.await` it to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct EchoJobOutcomeEchoJobOutcomePost<'a> {
    client: &'a Client,
    body: JobOutcome,
    options: RequestOptions,
}

impl EchoJobOutcomeEchoJobOutcomePost<'_> {
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<Response<EchoJobOutcome>, Error<EchoJobOutcomeEchoJobOutcomePostError>> {
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
        let response = self.client.execute(request, self.options).await?;
        match response.status_code() {
            200 => response.json(),
            422 => {
                response
                    .error_json(
                        EchoJobOutcomeEchoJobOutcomePostError::UnprocessableEntity,
                    )
            }
            _ => response.unexpected(),
        }
    }
}

impl<'a> IntoFuture for EchoJobOutcomeEchoJobOutcomePost<'a> {
    type Output = Result<
        Response<EchoJobOutcome>,
        Error<EchoJobOutcomeEchoJobOutcomePostError>,
    >;
    type IntoFuture = Pending<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

call_options!(EchoJobOutcomeEchoJobOutcomePost);

/// The documented error responses of [`Client::echo_job_outcome_echo_job_outcome_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum EchoJobOutcomeEchoJobOutcomePostError {
    /// Status 422: Validation Error
    UnprocessableEntity(HttpValidationError),
}

/// Request builder for [`Client::echo_problem_echo_problem_post`]; `.await` it to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct EchoProblemEchoProblemPost<'a> {
    client: &'a Client,
    body: Problem,
    options: RequestOptions,
}

impl EchoProblemEchoProblemPost<'_> {
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<Response<EchoProblem>, Error<EchoProblemEchoProblemPostError>> {
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
        let response = self.client.execute(request, self.options).await?;
        match response.status_code() {
            200 => response.json(),
            422 => {
                response.error_json(EchoProblemEchoProblemPostError::UnprocessableEntity)
            }
            _ => response.unexpected(),
        }
    }
}

impl<'a> IntoFuture for EchoProblemEchoProblemPost<'a> {
    type Output = Result<Response<EchoProblem>, Error<EchoProblemEchoProblemPostError>>;
    type IntoFuture = Pending<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

call_options!(EchoProblemEchoProblemPost);

/// The documented error responses of [`Client::echo_problem_echo_problem_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum EchoProblemEchoProblemPostError {
    /// Status 422: Validation Error
    UnprocessableEntity(HttpValidationError),
}

/// Request builder for [`Client::echo_flow_run_echo_flow_run_post`]; `.await` it to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct EchoFlowRunEchoFlowRunPost<'a> {
    client: &'a Client,
    body: FlowRun,
    options: RequestOptions,
}

impl EchoFlowRunEchoFlowRunPost<'_> {
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<Response<EchoFlowRun>, Error<EchoFlowRunEchoFlowRunPostError>> {
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
        let response = self.client.execute(request, self.options).await?;
        match response.status_code() {
            200 => response.json(),
            422 => {
                response.error_json(EchoFlowRunEchoFlowRunPostError::UnprocessableEntity)
            }
            _ => response.unexpected(),
        }
    }
}

impl<'a> IntoFuture for EchoFlowRunEchoFlowRunPost<'a> {
    type Output = Result<Response<EchoFlowRun>, Error<EchoFlowRunEchoFlowRunPostError>>;
    type IntoFuture = Pending<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

call_options!(EchoFlowRunEchoFlowRunPost);

/// The documented error responses of [`Client::echo_flow_run_echo_flow_run_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum EchoFlowRunEchoFlowRunPostError {
    /// Status 422: Validation Error
    UnprocessableEntity(HttpValidationError),
}

/// Request builder for [`Client::list_flows_flows_get`]; `.await` it to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct ListFlowsFlowsGet<'a> {
    client: &'a Client,
    limit: Option<i64>,
    tag: Option<Option<String>>,
    options: RequestOptions,
}

impl ListFlowsFlowsGet<'_> {
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

    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<Response<Vec<Flow>>, Error<ListFlowsFlowsGetError>> {
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
        let response = self.client.execute(request, self.options).await?;
        match response.status_code() {
            200 => response.json(),
            422 => response.error_json(ListFlowsFlowsGetError::UnprocessableEntity),
            _ => response.unexpected(),
        }
    }
}

impl<'a> IntoFuture for ListFlowsFlowsGet<'a> {
    type Output = Result<Response<Vec<Flow>>, Error<ListFlowsFlowsGetError>>;
    type IntoFuture = Pending<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

call_options!(ListFlowsFlowsGet);

/// The documented error responses of [`Client::list_flows_flows_get`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListFlowsFlowsGetError {
    /// Status 422: Validation Error
    UnprocessableEntity(HttpValidationError),
}

/// Request builder for [`Client::create_flow_flows_post`]; `.await` it to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct CreateFlowFlowsPost<'a> {
    client: &'a Client,
    body: Flow,
    options: RequestOptions,
}

impl CreateFlowFlowsPost<'_> {
    /// Sends the request and decodes the response.
    pub async fn send(self) -> Result<Response<Flow>, Error<CreateFlowFlowsPostError>> {
        let path = String::from("/flows");
        let mut request = self
            .client
            .request(Method::POST, path, "create_flow_flows_post", "/flows");
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        let response = self.client.execute(request, self.options).await?;
        match response.status_code() {
            201 => response.json(),
            422 => response.error_json(CreateFlowFlowsPostError::UnprocessableEntity),
            _ => response.unexpected(),
        }
    }
}

impl<'a> IntoFuture for CreateFlowFlowsPost<'a> {
    type Output = Result<Response<Flow>, Error<CreateFlowFlowsPostError>>;
    type IntoFuture = Pending<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

call_options!(CreateFlowFlowsPost);

/// The documented error responses of [`Client::create_flow_flows_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum CreateFlowFlowsPostError {
    /// Status 422: Validation Error
    UnprocessableEntity(HttpValidationError),
}

/// Request builder for [`Client::upsert_flow_flows_name_put`]; `.await` it to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct UpsertFlowFlowsNamePut<'a> {
    client: &'a Client,
    name: String,
    body: Flow,
    options: RequestOptions,
}

impl UpsertFlowFlowsNamePut<'_> {
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<Response<Flow>, Error<UpsertFlowFlowsNamePutError>> {
        let mut path = String::with_capacity(29);
        path.push_str("/flows/");
        push_path_param(&mut path, "name", &self.name)?;
        let mut request = self
            .client
            .request(Method::PUT, path, "upsert_flow_flows__name__put", "/flows/{name}");
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        let response = self.client.execute(request, self.options).await?;
        match response.status_code() {
            200 => response.json(),
            422 => response.error_json(UpsertFlowFlowsNamePutError::UnprocessableEntity),
            _ => response.unexpected(),
        }
    }
}

impl<'a> IntoFuture for UpsertFlowFlowsNamePut<'a> {
    type Output = Result<Response<Flow>, Error<UpsertFlowFlowsNamePutError>>;
    type IntoFuture = Pending<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

call_options!(UpsertFlowFlowsNamePut);

/// The documented error responses of [`Client::upsert_flow_flows_name_put`].
#[derive(Debug, Clone, PartialEq)]
pub enum UpsertFlowFlowsNamePutError {
    /// Status 422: Validation Error
    UnprocessableEntity(HttpValidationError),
}

/// Request builder for [`Client::read_name_names_name_get`]; `.await` it to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct ReadNameNamesNameGet<'a> {
    client: &'a Client,
    name: String,
    options: RequestOptions,
}

impl ReadNameNamesNameGet<'_> {
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<Response<PathEcho>, Error<ReadNameNamesNameGetError>> {
        let mut path = String::with_capacity(29);
        path.push_str("/names/");
        push_path_param(&mut path, "name", &self.name)?;
        let mut request = self
            .client
            .request(Method::GET, path, "read_name_names__name__get", "/names/{name}");
        request.accept("application/json");
        let response = self.client.execute(request, self.options).await?;
        match response.status_code() {
            200 => response.json(),
            422 => response.error_json(ReadNameNamesNameGetError::UnprocessableEntity),
            _ => response.unexpected(),
        }
    }
}

impl<'a> IntoFuture for ReadNameNamesNameGet<'a> {
    type Output = Result<Response<PathEcho>, Error<ReadNameNamesNameGetError>>;
    type IntoFuture = Pending<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

call_options!(ReadNameNamesNameGet);

/// The documented error responses of [`Client::read_name_names_name_get`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReadNameNamesNameGetError {
    /// Status 422: Validation Error
    UnprocessableEntity(HttpValidationError),
}

/// Request builder for [`Client::read_file_files_file_path_get`]; `.await` it to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct ReadFileFilesFilePathGet<'a> {
    client: &'a Client,
    file_path: String,
    options: RequestOptions,
}

impl ReadFileFilesFilePathGet<'_> {
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> Result<Response<PathEcho>, Error<ReadFileFilesFilePathGetError>> {
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
        let response = self.client.execute(request, self.options).await?;
        match response.status_code() {
            200 => response.json(),
            422 => {
                response.error_json(ReadFileFilesFilePathGetError::UnprocessableEntity)
            }
            _ => response.unexpected(),
        }
    }
}

impl<'a> IntoFuture for ReadFileFilesFilePathGet<'a> {
    type Output = Result<Response<PathEcho>, Error<ReadFileFilesFilePathGetError>>;
    type IntoFuture = Pending<'a, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.send())
    }
}

call_options!(ReadFileFilesFilePathGet);

/// The documented error responses of [`Client::read_file_files_file_path_get`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReadFileFilesFilePathGetError {
    /// Status 422: Validation Error
    UnprocessableEntity(HttpValidationError),
}
