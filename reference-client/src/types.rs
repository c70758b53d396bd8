// @generated from the API's OpenAPI document; do not edit by hand.
//! Types for the schemas of the document.

use crate::runtime::ParamValue;
use std::borrow::Cow;
use std::collections::BTreeMap;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Cat
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cat {
    /// Kind
    pub kind: Kind,
    /// Name
    pub name: String,
    /// Lives Left
    ///
    /// The server's default is `9`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lives_left: Option<i64>,
}

/// ConfigV1
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConfigV1 {
    /// Schema Version
    pub schema_version: SchemaVersion,
    /// Retries
    ///
    /// The server's default is `3`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retries: Option<i64>,
}

/// ConfigV2
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConfigV2 {
    /// Schema Version
    pub schema_version: SchemaVersion2,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub retry: Option<Option<RetryPolicy2>>,
}

/// Dog
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dog {
    /// Kind
    pub kind: Kind2,
    /// Name
    pub name: String,
    /// Good Boy
    pub good_boy: bool,
    /// Tricks
    ///
    /// The server's default is `[]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tricks: Option<Vec<String>>,
}

/// EchoConfig
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EchoConfig {
    /// Model
    ///
    /// The class pydantic parsed the body into
    pub model: String,
    /// Branches
    ///
    /// The class of every model in the parsed body, keyed by its JSON pointer ('' is the body)
    pub branches: BTreeMap<String, String>,
    /// Value
    ///
    /// The parsed body with only the fields the caller set
    pub value: Value,
    /// Value Json
    ///
    /// `value` as JSON text, to compare without the client's decoding
    pub value_json: String,
}

/// EchoFlowRun
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EchoFlowRun {
    /// Model
    ///
    /// The class pydantic parsed the body into
    pub model: String,
    /// Branches
    ///
    /// The class of every model in the parsed body, keyed by its JSON pointer ('' is the body)
    pub branches: BTreeMap<String, String>,
    /// The parsed body with only the fields the caller set
    pub value: FlowRun,
    /// Value Json
    ///
    /// `value` as JSON text, to compare without the client's decoding
    pub value_json: String,
}

/// EchoHousehold
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct EchoHousehold {
    /// Model
    ///
    /// The class pydantic parsed the body into
    pub model: String,
    /// Branches
    ///
    /// The class of every model in the parsed body, keyed by its JSON pointer ('' is the body)
    pub branches: BTreeMap<String, String>,
    /// The parsed body with only the fields the caller set
    pub value: Household,
    /// Value Json
    ///
    /// `value` as JSON text, to compare without the client's decoding
    pub value_json: String,
}

/// EchoJobOutcome
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EchoJobOutcome {
    /// Model
    ///
    /// The class pydantic parsed the body into
    pub model: String,
    /// Branches
    ///
    /// The class of every model in the parsed body, keyed by its JSON pointer ('' is the body)
    pub branches: BTreeMap<String, String>,
    /// The parsed body with only the fields the caller set
    pub value: JobOutcome,
    /// Value Json
    ///
    /// `value` as JSON text, to compare without the client's decoding
    pub value_json: String,
}

/// EchoOrchestrationResult
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EchoOrchestrationResult {
    /// Model
    ///
    /// The class pydantic parsed the body into
    pub model: String,
    /// Branches
    ///
    /// The class of every model in the parsed body, keyed by its JSON pointer ('' is the body)
    pub branches: BTreeMap<String, String>,
    /// The parsed body with only the fields the caller set
    pub value: OrchestrationResult,
    /// Value Json
    ///
    /// `value` as JSON text, to compare without the client's decoding
    pub value_json: String,
}

/// EchoPet
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EchoPet {
    /// Model
    ///
    /// The class pydantic parsed the body into
    pub model: String,
    /// Branches
    ///
    /// The class of every model in the parsed body, keyed by its JSON pointer ('' is the body)
    pub branches: BTreeMap<String, String>,
    /// Value
    ///
    /// The parsed body with only the fields the caller set
    pub value: Value2,
    /// Value Json
    ///
    /// `value` as JSON text, to compare without the client's decoding
    pub value_json: String,
}

/// EchoProblem
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct EchoProblem {
    /// Model
    ///
    /// The class pydantic parsed the body into
    pub model: String,
    /// Branches
    ///
    /// The class of every model in the parsed body, keyed by its JSON pointer ('' is the body)
    pub branches: BTreeMap<String, String>,
    /// The parsed body with only the fields the caller set
    pub value: Problem,
    /// Value Json
    ///
    /// `value` as JSON text, to compare without the client's decoding
    pub value_json: String,
}

/// Flow
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Flow {
    /// Name
    pub name: String,
    /// Tags
    ///
    /// The server's default is `[]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}

/// FlowRun
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FlowRun {
    /// Id
    pub id: uuid::Uuid,
    /// Name
    pub name: String,
    pub state_type: StateType,
    pub priority: Priority,
    /// Created
    pub created: chrono::DateTime<chrono::Utc>,
    /// Parent Id
    pub parent_id: Option<uuid::Uuid>,
    /// Description
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub description: Option<Option<String>>,
    /// Max Retries
    ///
    /// The server's default is `3`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub max_retries: Option<Option<i64>>,
    /// Tags
    ///
    /// The server's default is `[]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// Labels
    ///
    /// The server's default is `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
    /// Matrix
    ///
    /// The server's default is `[]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub matrix: Option<Vec<Vec<f64>>>,
    /// Groups
    ///
    /// The server's default is `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub groups: Option<BTreeMap<String, Vec<i64>>>,
    /// Parameters
    ///
    /// The server's default is `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parameters: Option<serde_json::Map<String, serde_json::Value>>,
    /// Batch Size
    ///
    /// The server's default is `auto`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch_size: Option<BatchSize>,
}

/// HTTPValidationError
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct HttpValidationError {
    /// Detail
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<Vec<ValidationError>>,
}

/// Household
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Household {
    /// Pets
    pub pets: Vec<HouseholdPetsItem>,
    /// Favourite
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub favourite: Option<Option<Favourite>>,
    /// By Room
    ///
    /// The server's default is `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by_room: Option<BTreeMap<String, Vec<HouseholdByRoomValueItem>>>,
}

/// JobFailed
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct JobFailed {
    /// Ok
    pub ok: bool,
    /// Message
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub message: Option<Option<String>>,
    /// Retryable
    ///
    /// The server's default is `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retryable: Option<bool>,
}

/// JobOutcome
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobOutcome {
    /// Job Id
    pub job_id: uuid::Uuid,
    /// Outcome
    pub outcome: Outcome,
}

/// JobSucceeded
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct JobSucceeded {
    /// Ok
    pub ok: bool,
    /// Message
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub message: Option<Option<String>>,
}

/// Lizard
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lizard {
    /// Kind
    pub kind: Kind3,
    /// Name
    pub name: String,
    /// Basking Temperature
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub basking_temperature: Option<Option<f64>>,
}

/// OrchestrationResult
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrchestrationResult {
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub state: Option<Option<State>>,
    pub status: SetStateStatus,
    /// Details
    pub details: Details,
    /// Previous Details
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub previous_details: Option<Option<PreviousDetails>>,
}

/// PathEcho
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct PathEcho {
    /// Value
    ///
    /// The path parameter as the server decoded it
    pub value: String,
    /// Raw Path
    ///
    /// The request path as it came over the wire, still percent-encoded
    pub raw_path: String,
}

/// Priority
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Priority {
    /// `1`
    V1,
    /// `2`
    V2,
    /// `3`
    V3,
    /// A value this version of the client does not know.
    Unknown(i64),
}

impl Priority {
    /// The value as written on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::V1 => 1i64,
            Self::V2 => 2i64,
            Self::V3 => 3i64,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for Priority {
    fn from(value: i64) -> Self {
        match value {
            1i64 => Self::V1,
            2i64 => Self::V2,
            3i64 => Self::V3,
            other => Self::Unknown(other),
        }
    }
}

impl fmt::Display for Priority {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl Serialize for Priority {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.value())
    }
}

impl<'de> Deserialize<'de> for Priority {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Self::from)
    }
}

impl ParamValue for Priority {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Owned(self.value().to_string())
    }
}

/// Problem
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Problem {
    /// Type
    ///
    /// The server's default is `about:blank`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// Title
    pub title: String,
    /// Status
    pub status: i64,
    /// Detail
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub detail: Option<Option<String>>,
}

/// RetryPolicy
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RetryPolicy2 {
    /// Max Attempts
    pub max_attempts: i64,
    /// Backoff Seconds
    pub backoff_seconds: f64,
}

/// SetStateStatus
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SetStateStatus {
    /// `ACCEPT`
    Accept,
    /// `REJECT`
    Reject,
    /// `ABORT`
    Abort,
    /// `WAIT`
    Wait,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl SetStateStatus {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Accept => "ACCEPT",
            Self::Reject => "REJECT",
            Self::Abort => "ABORT",
            Self::Wait => "WAIT",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SetStateStatus {
    fn from(value: &str) -> Self {
        match value {
            "ACCEPT" => Self::Accept,
            "REJECT" => Self::Reject,
            "ABORT" => Self::Abort,
            "WAIT" => Self::Wait,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for SetStateStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SetStateStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SetStateStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for SetStateStatus {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// State
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct State {
    pub r#type: StateType,
    /// Name
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub name: Option<Option<String>>,
    /// Timestamp
    pub timestamp: chrono::DateTime<chrono::Utc>,
}

/// StateAbortDetails
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct StateAbortDetails {
    /// Type
    ///
    /// The server's default is `abort_details`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Type>,
    /// Reason
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub reason: Option<Option<String>>,
}

/// StateAcceptDetails
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct StateAcceptDetails {
    /// Type
    ///
    /// The server's default is `accept_details`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Type2>,
}

/// StateRejectDetails
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct StateRejectDetails {
    /// Type
    ///
    /// The server's default is `reject_details`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Type3>,
    /// Reason
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub reason: Option<Option<String>>,
}

/// StateType
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StateType {
    /// `SCHEDULED`
    Scheduled,
    /// `RUNNING`
    Running,
    /// `COMPLETED`
    Completed,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl StateType {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Scheduled => "SCHEDULED",
            Self::Running => "RUNNING",
            Self::Completed => "COMPLETED",
            Self::Failed => "FAILED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for StateType {
    fn from(value: &str) -> Self {
        match value {
            "SCHEDULED" => Self::Scheduled,
            "RUNNING" => Self::Running,
            "COMPLETED" => Self::Completed,
            "FAILED" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for StateType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for StateType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for StateType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for StateType {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// StateWaitDetails
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct StateWaitDetails {
    /// Type
    ///
    /// The server's default is `wait_details`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Type4>,
    /// Delay Seconds
    ///
    /// The server's default is `0`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delay_seconds: Option<i64>,
    /// Reason
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::runtime::double_option"
    )]
    pub reason: Option<Option<String>>,
}

/// ValidationError
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ValidationError {
    /// Location
    pub loc: Vec<ValidationErrorLocItem>,
    /// Message
    pub msg: String,
    /// Error Type
    pub r#type: String,
    /// Input
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<serde_json::Value>,
    /// Context
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ctx: Option<serde_json::Map<String, serde_json::Value>>,
}

/// Kind
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// `cat`
    Cat,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl Kind {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cat => "cat",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for Kind {
    fn from(value: &str) -> Self {
        match value {
            "cat" => Self::Cat,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Kind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Kind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for Kind {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// Schema Version
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SchemaVersion {
    /// `1`
    V1,
    /// A value this version of the client does not know.
    Unknown(i64),
}

impl SchemaVersion {
    /// The value as written on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::V1 => 1i64,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for SchemaVersion {
    fn from(value: i64) -> Self {
        match value {
            1i64 => Self::V1,
            other => Self::Unknown(other),
        }
    }
}

impl fmt::Display for SchemaVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl Serialize for SchemaVersion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.value())
    }
}

impl<'de> Deserialize<'de> for SchemaVersion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Self::from)
    }
}

impl ParamValue for SchemaVersion {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Owned(self.value().to_string())
    }
}

/// Schema Version
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SchemaVersion2 {
    /// `2`
    V2,
    /// A value this version of the client does not know.
    Unknown(i64),
}

impl SchemaVersion2 {
    /// The value as written on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::V2 => 2i64,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for SchemaVersion2 {
    fn from(value: i64) -> Self {
        match value {
            2i64 => Self::V2,
            other => Self::Unknown(other),
        }
    }
}

impl fmt::Display for SchemaVersion2 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl Serialize for SchemaVersion2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.value())
    }
}

impl<'de> Deserialize<'de> for SchemaVersion2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        i64::deserialize(deserializer).map(Self::from)
    }
}

impl ParamValue for SchemaVersion2 {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Owned(self.value().to_string())
    }
}

/// Kind
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind2 {
    /// `dog`
    Dog,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl Kind2 {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Dog => "dog",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for Kind2 {
    fn from(value: &str) -> Self {
        match value {
            "dog" => Self::Dog,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for Kind2 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Kind2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Kind2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for Kind2 {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// Value
///
/// The parsed body with only the fields the caller set
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum Value {
    ConfigV1(ConfigV1),
    ConfigV2(ConfigV2),
}

/// Value
///
/// The parsed body with only the fields the caller set
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum Value2 {
    Cat(Cat),
    Dog(Dog),
    Lizard(Lizard),
    /// A value whose `kind` this version of the client does not know.
    Unknown(serde_json::Value),
}

impl Serialize for Value2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Cat(value) => {
                crate::runtime::serialize_tagged(serializer, "kind", "cat", value)
            }
            Self::Dog(value) => {
                crate::runtime::serialize_tagged(serializer, "kind", "dog", value)
            }
            Self::Lizard(value) => {
                crate::runtime::serialize_tagged(serializer, "kind", "lizard", value)
            }
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Value2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        match value.get("kind").and_then(serde_json::Value::as_str) {
            Some("cat") => crate::runtime::tagged_variant(value).map(Self::Cat),
            Some("dog") => crate::runtime::tagged_variant(value).map(Self::Dog),
            Some("lizard") => crate::runtime::tagged_variant(value).map(Self::Lizard),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Batch Size
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum BatchSize {
    BatchSizeVariant0(BatchSizeVariant0),
    Integer(i64),
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum BatchSizeVariant0 {
    /// `auto`
    Auto,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl BatchSizeVariant0 {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for BatchSizeVariant0 {
    fn from(value: &str) -> Self {
        match value {
            "auto" => Self::Auto,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for BatchSizeVariant0 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for BatchSizeVariant0 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for BatchSizeVariant0 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for BatchSizeVariant0 {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum HouseholdPetsItem {
    Cat(Cat),
    Dog(Dog),
    Lizard(Lizard),
    /// A value whose `kind` this version of the client does not know.
    Unknown(serde_json::Value),
}

impl Serialize for HouseholdPetsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Cat(value) => {
                crate::runtime::serialize_tagged(serializer, "kind", "cat", value)
            }
            Self::Dog(value) => {
                crate::runtime::serialize_tagged(serializer, "kind", "dog", value)
            }
            Self::Lizard(value) => {
                crate::runtime::serialize_tagged(serializer, "kind", "lizard", value)
            }
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for HouseholdPetsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        match value.get("kind").and_then(serde_json::Value::as_str) {
            Some("cat") => crate::runtime::tagged_variant(value).map(Self::Cat),
            Some("dog") => crate::runtime::tagged_variant(value).map(Self::Dog),
            Some("lizard") => crate::runtime::tagged_variant(value).map(Self::Lizard),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Favourite
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum Favourite {
    Cat(Cat),
    Dog(Dog),
    Lizard(Lizard),
    /// A value whose `kind` this version of the client does not know.
    Unknown(serde_json::Value),
}

impl Serialize for Favourite {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Cat(value) => {
                crate::runtime::serialize_tagged(serializer, "kind", "cat", value)
            }
            Self::Dog(value) => {
                crate::runtime::serialize_tagged(serializer, "kind", "dog", value)
            }
            Self::Lizard(value) => {
                crate::runtime::serialize_tagged(serializer, "kind", "lizard", value)
            }
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Favourite {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        match value.get("kind").and_then(serde_json::Value::as_str) {
            Some("cat") => crate::runtime::tagged_variant(value).map(Self::Cat),
            Some("dog") => crate::runtime::tagged_variant(value).map(Self::Dog),
            Some("lizard") => crate::runtime::tagged_variant(value).map(Self::Lizard),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum HouseholdByRoomValueItem {
    Cat(Cat),
    Dog(Dog),
    Lizard(Lizard),
    /// A value whose `kind` this version of the client does not know.
    Unknown(serde_json::Value),
}

impl Serialize for HouseholdByRoomValueItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Cat(value) => {
                crate::runtime::serialize_tagged(serializer, "kind", "cat", value)
            }
            Self::Dog(value) => {
                crate::runtime::serialize_tagged(serializer, "kind", "dog", value)
            }
            Self::Lizard(value) => {
                crate::runtime::serialize_tagged(serializer, "kind", "lizard", value)
            }
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for HouseholdByRoomValueItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        match value.get("kind").and_then(serde_json::Value::as_str) {
            Some("cat") => crate::runtime::tagged_variant(value).map(Self::Cat),
            Some("dog") => crate::runtime::tagged_variant(value).map(Self::Dog),
            Some("lizard") => crate::runtime::tagged_variant(value).map(Self::Lizard),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Outcome
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum Outcome {
    JobSucceeded(JobSucceeded),
    JobFailed(JobFailed),
}

/// Kind
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind3 {
    /// `lizard`
    Lizard,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl Kind3 {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Lizard => "lizard",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for Kind3 {
    fn from(value: &str) -> Self {
        match value {
            "lizard" => Self::Lizard,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for Kind3 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Kind3 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Kind3 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for Kind3 {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// Details
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum Details {
    StateAcceptDetails(StateAcceptDetails),
    StateWaitDetails(StateWaitDetails),
    StateRejectDetails(StateRejectDetails),
    StateAbortDetails(StateAbortDetails),
}

/// Previous Details
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum PreviousDetails {
    StateAbortDetails(StateAbortDetails),
    StateRejectDetails(StateRejectDetails),
}

/// Type
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Type {
    /// `abort_details`
    #[default]
    AbortDetails,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl Type {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AbortDetails => "abort_details",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for Type {
    fn from(value: &str) -> Self {
        match value {
            "abort_details" => Self::AbortDetails,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Type {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Type {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for Type {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// Type
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Type2 {
    /// `accept_details`
    #[default]
    AcceptDetails,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl Type2 {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AcceptDetails => "accept_details",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for Type2 {
    fn from(value: &str) -> Self {
        match value {
            "accept_details" => Self::AcceptDetails,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for Type2 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Type2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Type2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for Type2 {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// Type
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Type3 {
    /// `reject_details`
    #[default]
    RejectDetails,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl Type3 {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RejectDetails => "reject_details",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for Type3 {
    fn from(value: &str) -> Self {
        match value {
            "reject_details" => Self::RejectDetails,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for Type3 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Type3 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Type3 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for Type3 {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// Type
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum Type4 {
    /// `wait_details`
    #[default]
    WaitDetails,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl Type4 {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WaitDetails => "wait_details",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for Type4 {
    fn from(value: &str) -> Self {
        match value {
            "wait_details" => Self::WaitDetails,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for Type4 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Type4 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Type4 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for Type4 {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum ValidationErrorLocItem {
    String(String),
    Integer(i64),
}

/// Body
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum Body {
    Cat(Cat),
    Dog(Dog),
    Lizard(Lizard),
    /// A value whose `kind` this version of the client does not know.
    Unknown(serde_json::Value),
}

impl Serialize for Body {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Cat(value) => {
                crate::runtime::serialize_tagged(serializer, "kind", "cat", value)
            }
            Self::Dog(value) => {
                crate::runtime::serialize_tagged(serializer, "kind", "dog", value)
            }
            Self::Lizard(value) => {
                crate::runtime::serialize_tagged(serializer, "kind", "lizard", value)
            }
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Body {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        match value.get("kind").and_then(serde_json::Value::as_str) {
            Some("cat") => crate::runtime::tagged_variant(value).map(Self::Cat),
            Some("dog") => crate::runtime::tagged_variant(value).map(Self::Dog),
            Some("lizard") => crate::runtime::tagged_variant(value).map(Self::Lizard),
            _ => Ok(Self::Unknown(value)),
        }
    }
}

/// Body
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[allow(clippy::large_enum_variant)]
pub enum Body2 {
    ConfigV1(ConfigV1),
    ConfigV2(ConfigV2),
}

impl ParamValue for uuid::Uuid {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Owned(self.to_string())
    }
}
