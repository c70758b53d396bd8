// @generated from the API's OpenAPI document; do not edit by hand.
//! Types for the schemas of the document.

use crate::runtime::ParamValue;
use std::borrow::Cow;
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Account {
    pub name: String,
}

crate::values::object_only!(Account);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Pet {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

crate::values::object_only!(Pet);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct NewPet {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub species: Option<String>,
}

crate::values::object_only!(NewPet);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Event {
    pub id: i64,
}

crate::values::object_only!(Event);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct Problem {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

crate::values::object_only!(Problem);

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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct ListEventsOk {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<Event>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}

crate::values::object_only!(ListEventsOk);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct ListLogsOk {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lines: Option<Vec<String>>,
}

crate::values::object_only!(ListLogsOk);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct GetStatusOk {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ok: Option<bool>,
}

crate::values::object_only!(GetStatusOk);

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
