// @generated from the API's OpenAPI document; do not edit by hand.
//! Types for the schemas of the document.

use crate::runtime::ParamValue;
use std::borrow::Cow;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Returned by [`Client::get_account`](crate::Client::get_account).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Account {
    /// The `name` property.
    pub name: String,
}

impl<'de> Deserialize<'de> for Account {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for Account {
    const EXPECTING: &'static str = "struct Account";
    const FIELDS: &'static [&'static str] = &["name"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, required, skip_member, Member, Members};
        let mut name_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut name_slot, "name"),
                _ => skip_member(&mut map),
            }?;
        }
        let name_slot = required(name_slot, "name")?;
        Ok(Self { name: name_slot })
    }
}

impl Serialize for Account {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(serializer, "Account", &[Property::new("name", &self.name)])
    }
}

/// Item of the response of [`Client::list_pets`](crate::Client::list_pets).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Pet {
    /// The `id` property.
    pub id: String,
    /// `None` when the property is missing; left out when `None`.
    pub name: Option<String>,
}

impl<'de> Deserialize<'de> for Pet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for Pet {
    const EXPECTING: &'static str = "struct Pet";
    const FIELDS: &'static [&'static str] = &["id", "name"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, required, skip_member, Member, Members};
        let mut id_slot = None;
        let mut name_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut id_slot, "id"),
                Member::Field(1) => read_member(&mut map, &mut name_slot, "name"),
                _ => skip_member(&mut map),
            }?;
        }
        let id_slot = required(id_slot, "id")?;
        Ok(Self {
            id: id_slot,
            name: name_slot.flatten(),
        })
    }
}

impl Serialize for Pet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "Pet",
            &[Property::new("id", &self.id), Property::optional("name", &self.name)],
        )
    }
}

/// Request body of [`Client::create_pet`](crate::Client::create_pet).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NewPet {
    /// The `name` property.
    pub name: String,
    /// `None` when the property is missing; left out when `None`.
    pub species: Option<String>,
}

impl<'de> Deserialize<'de> for NewPet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for NewPet {
    const EXPECTING: &'static str = "struct NewPet";
    const FIELDS: &'static [&'static str] = &["name", "species"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, required, skip_member, Member, Members};
        let mut name_slot = None;
        let mut species_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut name_slot, "name"),
                Member::Field(1) => read_member(&mut map, &mut species_slot, "species"),
                _ => skip_member(&mut map),
            }?;
        }
        let name_slot = required(name_slot, "name")?;
        Ok(Self {
            name: name_slot,
            species: species_slot.flatten(),
        })
    }
}

impl Serialize for NewPet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "NewPet",
            &[
                Property::new("name", &self.name),
                Property::optional("species", &self.species),
            ],
        )
    }
}

/// Item of [`ListEventsOk::events`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Event {
    /// The `id` property.
    pub id: i64,
}

impl<'de> Deserialize<'de> for Event {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for Event {
    const EXPECTING: &'static str = "struct Event";
    const FIELDS: &'static [&'static str] = &["id"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, required, skip_member, Member, Members};
        let mut id_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut id_slot, "id"),
                _ => skip_member(&mut map),
            }?;
        }
        let id_slot = required(id_slot, "id")?;
        Ok(Self { id: id_slot })
    }
}

impl Serialize for Event {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(serializer, "Event", &[Property::new("id", &self.id)])
    }
}

/// Error body of [`Client::list_pets`](crate::Client::list_pets) (TooManyRequests).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Problem {
    /// `None` when the property is missing; left out when `None`.
    pub message: Option<String>,
}

impl<'de> Deserialize<'de> for Problem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for Problem {
    const EXPECTING: &'static str = "struct Problem";
    const FIELDS: &'static [&'static str] = &["message"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut message_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut message_slot, "message"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            message: message_slot.flatten(),
        })
    }
}

impl Serialize for Problem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "Problem",
            &[Property::optional("message", &self.message)],
        )
    }
}

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
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListEventsOk {
    /// `None` when the property is missing; left out when `None`.
    pub events: Option<Vec<Event>>,
    /// `None` when the property is missing; left out when `None`.
    pub total: Option<i64>,
}

impl<'de> Deserialize<'de> for ListEventsOk {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for ListEventsOk {
    const EXPECTING: &'static str = "struct ListEventsOk";
    const FIELDS: &'static [&'static str] = &["events", "total"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut events_slot = None;
        let mut total_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut events_slot, "events"),
                Member::Field(1) => read_member(&mut map, &mut total_slot, "total"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            events: events_slot.flatten(),
            total: total_slot.flatten(),
        })
    }
}

impl Serialize for ListEventsOk {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "ListEventsOk",
            &[
                Property::optional("events", &self.events),
                Property::optional("total", &self.total),
            ],
        )
    }
}

/// Returned by [`Client::list_logs`](crate::Client::list_logs).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ListLogsOk {
    /// `None` when the property is missing; left out when `None`.
    pub lines: Option<Vec<String>>,
}

impl<'de> Deserialize<'de> for ListLogsOk {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for ListLogsOk {
    const EXPECTING: &'static str = "struct ListLogsOk";
    const FIELDS: &'static [&'static str] = &["lines"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut lines_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut lines_slot, "lines"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            lines: lines_slot.flatten(),
        })
    }
}

impl Serialize for ListLogsOk {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "ListLogsOk",
            &[Property::optional("lines", &self.lines)],
        )
    }
}

/// Returned by [`Client::get_status`](crate::Client::get_status).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetStatusOk {
    /// `None` when the property is missing; left out when `None`.
    pub ok: Option<bool>,
}

impl<'de> Deserialize<'de> for GetStatusOk {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for GetStatusOk {
    const EXPECTING: &'static str = "struct GetStatusOk";
    const FIELDS: &'static [&'static str] = &["ok"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut ok_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut ok_slot, "ok"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self { ok: ok_slot.flatten() })
    }
}

impl Serialize for GetStatusOk {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(serializer, "GetStatusOk", &[Property::optional("ok", &self.ok)])
    }
}

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
