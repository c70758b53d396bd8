// @generated from the API's OpenAPI document; do not edit by hand.
//! Types for the schemas of the document.

use crate::runtime::ParamValue;
use std::borrow::Cow;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Returned by [`Client::get_account`](crate::Client::get_account).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Account {
    /// The `name` property.
    pub name: String,
}

crate::values::object_only!(Account);

/// Item of the response of [`Client::list_pets`](crate::Client::list_pets).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Pet {
    /// The `id` property.
    pub id: String,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

crate::values::object_only!(Pet);

/// Request body of [`Client::create_pet`](crate::Client::create_pet).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct NewPet {
    /// The `name` property.
    pub name: String,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub species: Option<String>,
}

crate::values::object_only!(NewPet);

/// Item of [`ListEventsOk::events`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Event {
    /// The `id` property.
    pub id: i64,
}

crate::values::object_only!(Event);

/// Error body of [`Client::list_pets`](crate::Client::list_pets) (TooManyRequests).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Problem {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

crate::values::object_only!(Problem);

/// A schema of the API's document, used by no operation.
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

/// Returned by [`Client::list_events`](crate::Client::list_events).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct ListEventsOk {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<Event>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}

crate::values::object_only!(ListEventsOk);

/// Returned by [`Client::list_logs`](crate::Client::list_logs).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct ListLogsOk {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lines: Option<Vec<String>>,
}

crate::values::object_only!(ListLogsOk);

/// Returned by [`Client::get_status`](crate::Client::get_status).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct GetStatusOk {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ok: Option<bool>,
}

crate::values::object_only!(GetStatusOk);

/// A schema of the API's document, used by no operation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GetStatusOkXRegion {
    /// `eu-west`
    EuWest,
    /// `us-east`
    UsEast,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl GetStatusOkXRegion {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::EuWest => "eu-west",
            Self::UsEast => "us-east",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for GetStatusOkXRegion {
    fn from(value: &str) -> Self {
        match value {
            "eu-west" => Self::EuWest,
            "us-east" => Self::UsEast,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for GetStatusOkXRegion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for GetStatusOkXRegion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for GetStatusOkXRegion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for GetStatusOkXRegion {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}
