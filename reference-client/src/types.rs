// @generated from the API's OpenAPI document; do not edit by hand.
//! Types for the schemas of the document.

use crate::runtime::ParamValue;
use std::borrow::Cow;
use std::collections::BTreeMap;
use serde::{Deserialize, Serialize};
use std::fmt;
use crate::values::Nullable;

/// The value of the [`EchoPetValue::Cat`] variant.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cat {
    /// The `kind` property.
    pub kind: CatKind,
    /// The `name` property.
    pub name: String,
    /// The server's default is `9`.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub lives_left: Option<i64>,
}

impl<'de> Deserialize<'de> for Cat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for Cat {
    const EXPECTING: &'static str = "struct Cat";
    const FIELDS: &'static [&'static str] = &["kind", "name", "lives_left"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut kind_slot = None;
        let mut name_slot = None;
        let mut lives_left_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut kind_slot, "kind"),
                Member::Field(1) => read_member(&mut map, &mut name_slot, "name"),
                Member::Field(2) => {
                    read_member(&mut map, &mut lives_left_slot, "lives_left")
                }
                _ => skip_member(&mut map),
            }?;
        }
        let present = [kind_slot.is_some(), name_slot.is_some()];
        let (Some(kind_slot), Some(name_slot)) = (kind_slot, name_slot) else {
            return Err(missing(&present, &["kind", "name"]));
        };
        Ok(Self {
            kind: kind_slot,
            name: name_slot,
            lives_left: lives_left_slot.flatten(),
        })
    }
}

impl Serialize for Cat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "Cat",
            &[
                Property::new("kind", &self.kind),
                Property::new("name", &self.name),
                Property::optional("lives_left", &self.lives_left),
            ],
        )
    }
}

/// The value of the [`EchoConfigValue::ConfigV1`] variant.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConfigV1 {
    /// The `schema_version` property.
    pub schema_version: ConfigV1SchemaVersion,
    /// The server's default is `3`.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub retries: Option<i64>,
}

impl<'de> Deserialize<'de> for ConfigV1 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for ConfigV1 {
    const EXPECTING: &'static str = "struct ConfigV1";
    const FIELDS: &'static [&'static str] = &["schema_version", "retries"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, required, skip_member, Member, Members};
        let mut schema_version_slot = None;
        let mut retries_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => {
                    read_member(&mut map, &mut schema_version_slot, "schema_version")
                }
                Member::Field(1) => read_member(&mut map, &mut retries_slot, "retries"),
                _ => skip_member(&mut map),
            }?;
        }
        let schema_version_slot = required(schema_version_slot, "schema_version")?;
        Ok(Self {
            schema_version: schema_version_slot,
            retries: retries_slot.flatten(),
        })
    }
}

impl Serialize for ConfigV1 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "ConfigV1",
            &[
                Property::new("schema_version", &self.schema_version),
                Property::optional("retries", &self.retries),
            ],
        )
    }
}

/// The value of the [`EchoConfigValue::ConfigV2`] variant.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ConfigV2 {
    /// The `schema_version` property.
    pub schema_version: ConfigV2SchemaVersion,
    /// `Nullable::Absent` leaves the property out, `Nullable::Null` sends `null`.
    pub retry: Nullable<RetryPolicyModel>,
}

impl<'de> Deserialize<'de> for ConfigV2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for ConfigV2 {
    const EXPECTING: &'static str = "struct ConfigV2";
    const FIELDS: &'static [&'static str] = &["schema_version", "retry"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, required, skip_member, Member, Members};
        let mut schema_version_slot = None;
        let mut retry_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => {
                    read_member(&mut map, &mut schema_version_slot, "schema_version")
                }
                Member::Field(1) => read_member(&mut map, &mut retry_slot, "retry"),
                _ => skip_member(&mut map),
            }?;
        }
        let schema_version_slot = required(schema_version_slot, "schema_version")?;
        Ok(Self {
            schema_version: schema_version_slot,
            retry: retry_slot.unwrap_or_default(),
        })
    }
}

impl Serialize for ConfigV2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "ConfigV2",
            &[
                Property::new("schema_version", &self.schema_version),
                Property::nullable("retry", &self.retry),
            ],
        )
    }
}

/// The value of the [`EchoPetValue::Dog`] variant.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Dog {
    /// The `kind` property.
    pub kind: DogKind,
    /// The `name` property.
    pub name: String,
    /// The `good_boy` property.
    pub good_boy: bool,
    /// The server's default is `[]`.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub tricks: Option<Vec<String>>,
}

impl<'de> Deserialize<'de> for Dog {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for Dog {
    const EXPECTING: &'static str = "struct Dog";
    const FIELDS: &'static [&'static str] = &["kind", "name", "good_boy", "tricks"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut kind_slot = None;
        let mut name_slot = None;
        let mut good_boy_slot = None;
        let mut tricks_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut kind_slot, "kind"),
                Member::Field(1) => read_member(&mut map, &mut name_slot, "name"),
                Member::Field(2) => read_member(&mut map, &mut good_boy_slot, "good_boy"),
                Member::Field(3) => read_member(&mut map, &mut tricks_slot, "tricks"),
                _ => skip_member(&mut map),
            }?;
        }
        let present = [
            kind_slot.is_some(),
            name_slot.is_some(),
            good_boy_slot.is_some(),
        ];
        let (Some(kind_slot), Some(name_slot), Some(good_boy_slot)) = (
            kind_slot,
            name_slot,
            good_boy_slot,
        ) else {
            return Err(missing(&present, &["kind", "name", "good_boy"]));
        };
        Ok(Self {
            kind: kind_slot,
            name: name_slot,
            good_boy: good_boy_slot,
            tricks: tricks_slot.flatten(),
        })
    }
}

impl Serialize for Dog {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "Dog",
            &[
                Property::new("kind", &self.kind),
                Property::new("name", &self.name),
                Property::new("good_boy", &self.good_boy),
                Property::optional("tricks", &self.tricks),
            ],
        )
    }
}

/// Returned by [`Client::echo_config`](crate::Client::echo_config).
#[derive(Debug, Clone, PartialEq)]
pub struct EchoConfig {
    /// The class pydantic parsed the body into
    pub model: String,
    /// The class of every model in the parsed body, keyed by its JSON pointer ('' is the body)
    pub branches: BTreeMap<String, String>,
    /// The parsed body with only the fields the caller set
    pub value: EchoConfigValue,
    /// `value` as JSON text, to compare without the client's decoding
    pub value_json: String,
}

impl<'de> Deserialize<'de> for EchoConfig {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for EchoConfig {
    const EXPECTING: &'static str = "struct EchoConfig";
    const FIELDS: &'static [&'static str] = &[
        "model",
        "branches",
        "value",
        "value_json",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut model_slot = None;
        let mut branches_slot = None;
        let mut value_slot = None;
        let mut value_json_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut model_slot, "model"),
                Member::Field(1) => read_member(&mut map, &mut branches_slot, "branches"),
                Member::Field(2) => read_member(&mut map, &mut value_slot, "value"),
                Member::Field(3) => {
                    read_member(&mut map, &mut value_json_slot, "value_json")
                }
                _ => skip_member(&mut map),
            }?;
        }
        let present = [
            model_slot.is_some(),
            branches_slot.is_some(),
            value_slot.is_some(),
            value_json_slot.is_some(),
        ];
        let (
            Some(model_slot),
            Some(branches_slot),
            Some(value_slot),
            Some(value_json_slot),
        ) = (model_slot, branches_slot, value_slot, value_json_slot) else {
            return Err(missing(&present, &["model", "branches", "value", "value_json"]));
        };
        Ok(Self {
            model: model_slot,
            branches: branches_slot,
            value: value_slot,
            value_json: value_json_slot,
        })
    }
}

impl Serialize for EchoConfig {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "EchoConfig",
            &[
                Property::new("model", &self.model),
                Property::new("branches", &self.branches),
                Property::new("value", &self.value),
                Property::new("value_json", &self.value_json),
            ],
        )
    }
}

/// Returned by [`Client::echo_flow_run`](crate::Client::echo_flow_run).
#[derive(Debug, Clone, PartialEq)]
pub struct EchoFlowRun {
    /// The class pydantic parsed the body into
    pub model: String,
    /// The class of every model in the parsed body, keyed by its JSON pointer ('' is the body)
    pub branches: BTreeMap<String, String>,
    /// The parsed body with only the fields the caller set
    pub value: FlowRun,
    /// `value` as JSON text, to compare without the client's decoding
    pub value_json: String,
}

impl<'de> Deserialize<'de> for EchoFlowRun {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for EchoFlowRun {
    const EXPECTING: &'static str = "struct EchoFlowRun";
    const FIELDS: &'static [&'static str] = &[
        "model",
        "branches",
        "value",
        "value_json",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut model_slot = None;
        let mut branches_slot = None;
        let mut value_slot = None;
        let mut value_json_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut model_slot, "model"),
                Member::Field(1) => read_member(&mut map, &mut branches_slot, "branches"),
                Member::Field(2) => read_member(&mut map, &mut value_slot, "value"),
                Member::Field(3) => {
                    read_member(&mut map, &mut value_json_slot, "value_json")
                }
                _ => skip_member(&mut map),
            }?;
        }
        let present = [
            model_slot.is_some(),
            branches_slot.is_some(),
            value_slot.is_some(),
            value_json_slot.is_some(),
        ];
        let (
            Some(model_slot),
            Some(branches_slot),
            Some(value_slot),
            Some(value_json_slot),
        ) = (model_slot, branches_slot, value_slot, value_json_slot) else {
            return Err(missing(&present, &["model", "branches", "value", "value_json"]));
        };
        Ok(Self {
            model: model_slot,
            branches: branches_slot,
            value: value_slot,
            value_json: value_json_slot,
        })
    }
}

impl Serialize for EchoFlowRun {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "EchoFlowRun",
            &[
                Property::new("model", &self.model),
                Property::new("branches", &self.branches),
                Property::new("value", &self.value),
                Property::new("value_json", &self.value_json),
            ],
        )
    }
}

/// Returned by [`Client::echo_household`](crate::Client::echo_household).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EchoHousehold {
    /// The class pydantic parsed the body into
    pub model: String,
    /// The class of every model in the parsed body, keyed by its JSON pointer ('' is the body)
    pub branches: BTreeMap<String, String>,
    /// The parsed body with only the fields the caller set
    pub value: Household,
    /// `value` as JSON text, to compare without the client's decoding
    pub value_json: String,
}

impl<'de> Deserialize<'de> for EchoHousehold {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for EchoHousehold {
    const EXPECTING: &'static str = "struct EchoHousehold";
    const FIELDS: &'static [&'static str] = &[
        "model",
        "branches",
        "value",
        "value_json",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut model_slot = None;
        let mut branches_slot = None;
        let mut value_slot = None;
        let mut value_json_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut model_slot, "model"),
                Member::Field(1) => read_member(&mut map, &mut branches_slot, "branches"),
                Member::Field(2) => read_member(&mut map, &mut value_slot, "value"),
                Member::Field(3) => {
                    read_member(&mut map, &mut value_json_slot, "value_json")
                }
                _ => skip_member(&mut map),
            }?;
        }
        let present = [
            model_slot.is_some(),
            branches_slot.is_some(),
            value_slot.is_some(),
            value_json_slot.is_some(),
        ];
        let (
            Some(model_slot),
            Some(branches_slot),
            Some(value_slot),
            Some(value_json_slot),
        ) = (model_slot, branches_slot, value_slot, value_json_slot) else {
            return Err(missing(&present, &["model", "branches", "value", "value_json"]));
        };
        Ok(Self {
            model: model_slot,
            branches: branches_slot,
            value: value_slot,
            value_json: value_json_slot,
        })
    }
}

impl Serialize for EchoHousehold {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "EchoHousehold",
            &[
                Property::new("model", &self.model),
                Property::new("branches", &self.branches),
                Property::new("value", &self.value),
                Property::new("value_json", &self.value_json),
            ],
        )
    }
}

/// Returned by [`Client::echo_job_outcome`](crate::Client::echo_job_outcome).
#[derive(Debug, Clone, PartialEq)]
pub struct EchoJobOutcome {
    /// The class pydantic parsed the body into
    pub model: String,
    /// The class of every model in the parsed body, keyed by its JSON pointer ('' is the body)
    pub branches: BTreeMap<String, String>,
    /// The parsed body with only the fields the caller set
    pub value: JobOutcome,
    /// `value` as JSON text, to compare without the client's decoding
    pub value_json: String,
}

impl<'de> Deserialize<'de> for EchoJobOutcome {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for EchoJobOutcome {
    const EXPECTING: &'static str = "struct EchoJobOutcome";
    const FIELDS: &'static [&'static str] = &[
        "model",
        "branches",
        "value",
        "value_json",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut model_slot = None;
        let mut branches_slot = None;
        let mut value_slot = None;
        let mut value_json_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut model_slot, "model"),
                Member::Field(1) => read_member(&mut map, &mut branches_slot, "branches"),
                Member::Field(2) => read_member(&mut map, &mut value_slot, "value"),
                Member::Field(3) => {
                    read_member(&mut map, &mut value_json_slot, "value_json")
                }
                _ => skip_member(&mut map),
            }?;
        }
        let present = [
            model_slot.is_some(),
            branches_slot.is_some(),
            value_slot.is_some(),
            value_json_slot.is_some(),
        ];
        let (
            Some(model_slot),
            Some(branches_slot),
            Some(value_slot),
            Some(value_json_slot),
        ) = (model_slot, branches_slot, value_slot, value_json_slot) else {
            return Err(missing(&present, &["model", "branches", "value", "value_json"]));
        };
        Ok(Self {
            model: model_slot,
            branches: branches_slot,
            value: value_slot,
            value_json: value_json_slot,
        })
    }
}

impl Serialize for EchoJobOutcome {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "EchoJobOutcome",
            &[
                Property::new("model", &self.model),
                Property::new("branches", &self.branches),
                Property::new("value", &self.value),
                Property::new("value_json", &self.value_json),
            ],
        )
    }
}

/// Returned by [`Client::echo_orchestration_result`](crate::Client::echo_orchestration_result).
#[derive(Debug, Clone, PartialEq)]
pub struct EchoOrchestrationResult {
    /// The class pydantic parsed the body into
    pub model: String,
    /// The class of every model in the parsed body, keyed by its JSON pointer ('' is the body)
    pub branches: BTreeMap<String, String>,
    /// The parsed body with only the fields the caller set
    pub value: OrchestrationResult,
    /// `value` as JSON text, to compare without the client's decoding
    pub value_json: String,
}

impl<'de> Deserialize<'de> for EchoOrchestrationResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for EchoOrchestrationResult {
    const EXPECTING: &'static str = "struct EchoOrchestrationResult";
    const FIELDS: &'static [&'static str] = &[
        "model",
        "branches",
        "value",
        "value_json",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut model_slot = None;
        let mut branches_slot = None;
        let mut value_slot = None;
        let mut value_json_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut model_slot, "model"),
                Member::Field(1) => read_member(&mut map, &mut branches_slot, "branches"),
                Member::Field(2) => read_member(&mut map, &mut value_slot, "value"),
                Member::Field(3) => {
                    read_member(&mut map, &mut value_json_slot, "value_json")
                }
                _ => skip_member(&mut map),
            }?;
        }
        let present = [
            model_slot.is_some(),
            branches_slot.is_some(),
            value_slot.is_some(),
            value_json_slot.is_some(),
        ];
        let (
            Some(model_slot),
            Some(branches_slot),
            Some(value_slot),
            Some(value_json_slot),
        ) = (model_slot, branches_slot, value_slot, value_json_slot) else {
            return Err(missing(&present, &["model", "branches", "value", "value_json"]));
        };
        Ok(Self {
            model: model_slot,
            branches: branches_slot,
            value: value_slot,
            value_json: value_json_slot,
        })
    }
}

impl Serialize for EchoOrchestrationResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "EchoOrchestrationResult",
            &[
                Property::new("model", &self.model),
                Property::new("branches", &self.branches),
                Property::new("value", &self.value),
                Property::new("value_json", &self.value_json),
            ],
        )
    }
}

/// Returned by [`Client::echo_pet`](crate::Client::echo_pet).
#[derive(Debug, Clone, PartialEq)]
pub struct EchoPet {
    /// The class pydantic parsed the body into
    pub model: String,
    /// The class of every model in the parsed body, keyed by its JSON pointer ('' is the body)
    pub branches: BTreeMap<String, String>,
    /// The parsed body with only the fields the caller set
    pub value: EchoPetValue,
    /// `value` as JSON text, to compare without the client's decoding
    pub value_json: String,
}

impl<'de> Deserialize<'de> for EchoPet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for EchoPet {
    const EXPECTING: &'static str = "struct EchoPet";
    const FIELDS: &'static [&'static str] = &[
        "model",
        "branches",
        "value",
        "value_json",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut model_slot = None;
        let mut branches_slot = None;
        let mut value_slot = None;
        let mut value_json_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut model_slot, "model"),
                Member::Field(1) => read_member(&mut map, &mut branches_slot, "branches"),
                Member::Field(2) => read_member(&mut map, &mut value_slot, "value"),
                Member::Field(3) => {
                    read_member(&mut map, &mut value_json_slot, "value_json")
                }
                _ => skip_member(&mut map),
            }?;
        }
        let present = [
            model_slot.is_some(),
            branches_slot.is_some(),
            value_slot.is_some(),
            value_json_slot.is_some(),
        ];
        let (
            Some(model_slot),
            Some(branches_slot),
            Some(value_slot),
            Some(value_json_slot),
        ) = (model_slot, branches_slot, value_slot, value_json_slot) else {
            return Err(missing(&present, &["model", "branches", "value", "value_json"]));
        };
        Ok(Self {
            model: model_slot,
            branches: branches_slot,
            value: value_slot,
            value_json: value_json_slot,
        })
    }
}

impl Serialize for EchoPet {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "EchoPet",
            &[
                Property::new("model", &self.model),
                Property::new("branches", &self.branches),
                Property::new("value", &self.value),
                Property::new("value_json", &self.value_json),
            ],
        )
    }
}

/// Returned by [`Client::echo_problem`](crate::Client::echo_problem).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EchoProblem {
    /// The class pydantic parsed the body into
    pub model: String,
    /// The class of every model in the parsed body, keyed by its JSON pointer ('' is the body)
    pub branches: BTreeMap<String, String>,
    /// The parsed body with only the fields the caller set
    pub value: Problem,
    /// `value` as JSON text, to compare without the client's decoding
    pub value_json: String,
}

impl<'de> Deserialize<'de> for EchoProblem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for EchoProblem {
    const EXPECTING: &'static str = "struct EchoProblem";
    const FIELDS: &'static [&'static str] = &[
        "model",
        "branches",
        "value",
        "value_json",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut model_slot = None;
        let mut branches_slot = None;
        let mut value_slot = None;
        let mut value_json_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut model_slot, "model"),
                Member::Field(1) => read_member(&mut map, &mut branches_slot, "branches"),
                Member::Field(2) => read_member(&mut map, &mut value_slot, "value"),
                Member::Field(3) => {
                    read_member(&mut map, &mut value_json_slot, "value_json")
                }
                _ => skip_member(&mut map),
            }?;
        }
        let present = [
            model_slot.is_some(),
            branches_slot.is_some(),
            value_slot.is_some(),
            value_json_slot.is_some(),
        ];
        let (
            Some(model_slot),
            Some(branches_slot),
            Some(value_slot),
            Some(value_json_slot),
        ) = (model_slot, branches_slot, value_slot, value_json_slot) else {
            return Err(missing(&present, &["model", "branches", "value", "value_json"]));
        };
        Ok(Self {
            model: model_slot,
            branches: branches_slot,
            value: value_slot,
            value_json: value_json_slot,
        })
    }
}

impl Serialize for EchoProblem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "EchoProblem",
            &[
                Property::new("model", &self.model),
                Property::new("branches", &self.branches),
                Property::new("value", &self.value),
                Property::new("value_json", &self.value_json),
            ],
        )
    }
}

/// Item of the response of [`Client::list_flows`](crate::Client::list_flows).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Flow {
    /// The `name` property.
    pub name: String,
    /// The server's default is `[]`.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub tags: Option<Vec<String>>,
    /// Members the schema does not declare, kept as they came and sent back.
    pub additional_properties: BTreeMap<String, serde_json::Value>,
}

impl<'de> Deserialize<'de> for Flow {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for Flow {
    const EXPECTING: &'static str = "struct Flow";
    const FIELDS: &'static [&'static str] = &["name", "tags"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, required, skip_member, Member, Members};
        let mut name_slot = None;
        let mut tags_slot = None;
        let mut others = BTreeMap::new();
        while let Some(member) = map.next_key_seed(Members::keeping_others::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut name_slot, "name"),
                Member::Field(1) => read_member(&mut map, &mut tags_slot, "tags"),
                Member::Other(key) => {
                    map.next_value()
                        .map(|value| {
                            others.insert(key, value);
                        })
                }
                _ => skip_member(&mut map),
            }?;
        }
        let name_slot = required(name_slot, "name")?;
        Ok(Self {
            name: name_slot,
            tags: tags_slot.flatten(),
            additional_properties: others,
        })
    }
}

impl Serialize for Flow {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object_keeping, Property};
        write_object_keeping(
            serializer,
            &[Property::new("name", &self.name), Property::optional("tags", &self.tags)],
            &self.additional_properties,
        )
    }
}

/// Request body of [`Client::echo_flow_run`](crate::Client::echo_flow_run).
#[derive(Debug, Clone, PartialEq)]
pub struct FlowRun {
    /// The `id` property.
    pub id: uuid::Uuid,
    /// The `name` property.
    pub name: String,
    /// The `state_type` property.
    pub state_type: StateType,
    /// The `priority` property.
    pub priority: Priority,
    /// The `created` property.
    pub created: chrono::DateTime<chrono::Utc>,
    /// The `parent_id` property.
    pub parent_id: Option<uuid::Uuid>,
    /// `Nullable::Absent` leaves the property out, `Nullable::Null` sends `null`.
    pub description: Nullable<String>,
    /// The server's default is `3`.
    ///
    /// `Nullable::Absent` leaves the property out, `Nullable::Null` sends `null`.
    pub max_retries: Nullable<i64>,
    /// The server's default is `[]`.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub tags: Option<Vec<String>>,
    /// The server's default is `{}`.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub labels: Option<BTreeMap<String, String>>,
    /// The server's default is `[]`.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub matrix: Option<Vec<Vec<f64>>>,
    /// The server's default is `{}`.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub groups: Option<BTreeMap<String, Vec<i64>>>,
    /// The server's default is `{}`.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub parameters: Option<BTreeMap<String, serde_json::Value>>,
    /// The server's default is `auto`.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub batch_size: Option<FlowRunBatchSize>,
}

impl<'de> Deserialize<'de> for FlowRun {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for FlowRun {
    const EXPECTING: &'static str = "struct FlowRun";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "state_type",
        "priority",
        "created",
        "parent_id",
        "description",
        "max_retries",
        "tags",
        "labels",
        "matrix",
        "groups",
        "parameters",
        "batch_size",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut id_slot = None;
        let mut name_slot = None;
        let mut state_type_slot = None;
        let mut priority_slot = None;
        let mut created_slot = None;
        let mut parent_id_slot = None;
        let mut description_slot = None;
        let mut max_retries_slot = None;
        let mut tags_slot = None;
        let mut labels_slot = None;
        let mut matrix_slot = None;
        let mut groups_slot = None;
        let mut parameters_slot = None;
        let mut batch_size_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut id_slot, "id"),
                Member::Field(1) => read_member(&mut map, &mut name_slot, "name"),
                Member::Field(2) => {
                    read_member(&mut map, &mut state_type_slot, "state_type")
                }
                Member::Field(3) => read_member(&mut map, &mut priority_slot, "priority"),
                Member::Field(4) => read_member(&mut map, &mut created_slot, "created"),
                Member::Field(5) => {
                    read_member(&mut map, &mut parent_id_slot, "parent_id")
                }
                Member::Field(6) => {
                    read_member(&mut map, &mut description_slot, "description")
                }
                Member::Field(7) => {
                    read_member(&mut map, &mut max_retries_slot, "max_retries")
                }
                Member::Field(8) => read_member(&mut map, &mut tags_slot, "tags"),
                Member::Field(9) => read_member(&mut map, &mut labels_slot, "labels"),
                Member::Field(10) => read_member(&mut map, &mut matrix_slot, "matrix"),
                Member::Field(11) => read_member(&mut map, &mut groups_slot, "groups"),
                Member::Field(12) => {
                    read_member(&mut map, &mut parameters_slot, "parameters")
                }
                Member::Field(13) => {
                    read_member(&mut map, &mut batch_size_slot, "batch_size")
                }
                _ => skip_member(&mut map),
            }?;
        }
        let present = [
            id_slot.is_some(),
            name_slot.is_some(),
            state_type_slot.is_some(),
            priority_slot.is_some(),
            created_slot.is_some(),
            parent_id_slot.is_some(),
        ];
        let (
            Some(id_slot),
            Some(name_slot),
            Some(state_type_slot),
            Some(priority_slot),
            Some(created_slot),
            Some(parent_id_slot),
        ) = (
            id_slot,
            name_slot,
            state_type_slot,
            priority_slot,
            created_slot,
            parent_id_slot,
        ) else {
            return Err(
                missing(
                    &present,
                    &["id", "name", "state_type", "priority", "created", "parent_id"],
                ),
            );
        };
        Ok(Self {
            id: id_slot,
            name: name_slot,
            state_type: state_type_slot,
            priority: priority_slot,
            created: created_slot,
            parent_id: parent_id_slot,
            description: description_slot.unwrap_or_default(),
            max_retries: max_retries_slot.unwrap_or_default(),
            tags: tags_slot.flatten(),
            labels: labels_slot.flatten(),
            matrix: matrix_slot.flatten(),
            groups: groups_slot.flatten(),
            parameters: parameters_slot.flatten(),
            batch_size: batch_size_slot.flatten(),
        })
    }
}

impl Serialize for FlowRun {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "FlowRun",
            &[
                Property::new("id", &self.id),
                Property::new("name", &self.name),
                Property::new("state_type", &self.state_type),
                Property::new("priority", &self.priority),
                Property::new("created", &self.created),
                Property::new("parent_id", &self.parent_id),
                Property::nullable("description", &self.description),
                Property::nullable("max_retries", &self.max_retries),
                Property::optional("tags", &self.tags),
                Property::optional("labels", &self.labels),
                Property::optional("matrix", &self.matrix),
                Property::optional("groups", &self.groups),
                Property::optional("parameters", &self.parameters),
                Property::optional("batch_size", &self.batch_size),
            ],
        )
    }
}

/// Error body of [`Client::echo_orchestration_result`](crate::Client::echo_orchestration_result) (UnprocessableEntity).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HttpValidationError {
    /// `None` when the property is missing; left out when `None`.
    pub detail: Option<Vec<ValidationError>>,
}

impl<'de> Deserialize<'de> for HttpValidationError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for HttpValidationError {
    const EXPECTING: &'static str = "struct HttpValidationError";
    const FIELDS: &'static [&'static str] = &["detail"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut detail_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut detail_slot, "detail"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            detail: detail_slot.flatten(),
        })
    }
}

impl Serialize for HttpValidationError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "HttpValidationError",
            &[Property::optional("detail", &self.detail)],
        )
    }
}

/// Request body of [`Client::echo_household`](crate::Client::echo_household).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Household {
    /// The `pets` property.
    pub pets: Vec<HouseholdPetsItem>,
    /// `Nullable::Absent` leaves the property out, `Nullable::Null` sends `null`.
    pub favourite: Nullable<HouseholdFavourite>,
    /// The server's default is `{}`.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub by_room: Option<BTreeMap<String, Vec<HouseholdByRoomValueItem>>>,
}

impl<'de> Deserialize<'de> for Household {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for Household {
    const EXPECTING: &'static str = "struct Household";
    const FIELDS: &'static [&'static str] = &["pets", "favourite", "by_room"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, required, skip_member, Member, Members};
        let mut pets_slot = None;
        let mut favourite_slot = None;
        let mut by_room_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut pets_slot, "pets"),
                Member::Field(1) => {
                    read_member(&mut map, &mut favourite_slot, "favourite")
                }
                Member::Field(2) => read_member(&mut map, &mut by_room_slot, "by_room"),
                _ => skip_member(&mut map),
            }?;
        }
        let pets_slot = required(pets_slot, "pets")?;
        Ok(Self {
            pets: pets_slot,
            favourite: favourite_slot.unwrap_or_default(),
            by_room: by_room_slot.flatten(),
        })
    }
}

impl Serialize for Household {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "Household",
            &[
                Property::new("pets", &self.pets),
                Property::nullable("favourite", &self.favourite),
                Property::optional("by_room", &self.by_room),
            ],
        )
    }
}

/// The value of the [`JobOutcomeOutcome::JobFailed`] variant.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JobFailed {
    /// The `ok` property.
    pub ok: JobFailedOk,
    /// `Nullable::Absent` leaves the property out, `Nullable::Null` sends `null`.
    pub message: Nullable<String>,
    /// The server's default is `false`.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub retryable: Option<bool>,
}

impl<'de> Deserialize<'de> for JobFailed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for JobFailed {
    const EXPECTING: &'static str = "struct JobFailed";
    const FIELDS: &'static [&'static str] = &["ok", "message", "retryable"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, required, skip_member, Member, Members};
        let mut ok_slot = None;
        let mut message_slot = None;
        let mut retryable_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut ok_slot, "ok"),
                Member::Field(1) => read_member(&mut map, &mut message_slot, "message"),
                Member::Field(2) => {
                    read_member(&mut map, &mut retryable_slot, "retryable")
                }
                _ => skip_member(&mut map),
            }?;
        }
        let ok_slot = required(ok_slot, "ok")?;
        Ok(Self {
            ok: ok_slot,
            message: message_slot.unwrap_or_default(),
            retryable: retryable_slot.flatten(),
        })
    }
}

impl Serialize for JobFailed {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "JobFailed",
            &[
                Property::new("ok", &self.ok),
                Property::nullable("message", &self.message),
                Property::optional("retryable", &self.retryable),
            ],
        )
    }
}

/// Request body of [`Client::echo_job_outcome`](crate::Client::echo_job_outcome).
#[derive(Debug, Clone, PartialEq)]
pub struct JobOutcome {
    /// The `job_id` property.
    pub job_id: uuid::Uuid,
    /// The `outcome` property.
    pub outcome: JobOutcomeOutcome,
}

impl<'de> Deserialize<'de> for JobOutcome {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for JobOutcome {
    const EXPECTING: &'static str = "struct JobOutcome";
    const FIELDS: &'static [&'static str] = &["job_id", "outcome"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut job_id_slot = None;
        let mut outcome_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut job_id_slot, "job_id"),
                Member::Field(1) => read_member(&mut map, &mut outcome_slot, "outcome"),
                _ => skip_member(&mut map),
            }?;
        }
        let present = [job_id_slot.is_some(), outcome_slot.is_some()];
        let (Some(job_id_slot), Some(outcome_slot)) = (job_id_slot, outcome_slot) else {
            return Err(missing(&present, &["job_id", "outcome"]));
        };
        Ok(Self {
            job_id: job_id_slot,
            outcome: outcome_slot,
        })
    }
}

impl Serialize for JobOutcome {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "JobOutcome",
            &[
                Property::new("job_id", &self.job_id),
                Property::new("outcome", &self.outcome),
            ],
        )
    }
}

/// The value of the [`JobOutcomeOutcome::JobSucceeded`] variant.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JobSucceeded {
    /// The `ok` property.
    pub ok: JobSucceededOk,
    /// `Nullable::Absent` leaves the property out, `Nullable::Null` sends `null`.
    pub message: Nullable<String>,
}

impl<'de> Deserialize<'de> for JobSucceeded {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for JobSucceeded {
    const EXPECTING: &'static str = "struct JobSucceeded";
    const FIELDS: &'static [&'static str] = &["ok", "message"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, required, skip_member, Member, Members};
        let mut ok_slot = None;
        let mut message_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut ok_slot, "ok"),
                Member::Field(1) => read_member(&mut map, &mut message_slot, "message"),
                _ => skip_member(&mut map),
            }?;
        }
        let ok_slot = required(ok_slot, "ok")?;
        Ok(Self {
            ok: ok_slot,
            message: message_slot.unwrap_or_default(),
        })
    }
}

impl Serialize for JobSucceeded {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "JobSucceeded",
            &[
                Property::new("ok", &self.ok),
                Property::nullable("message", &self.message),
            ],
        )
    }
}

/// The value of the [`EchoPetValue::Lizard`] variant.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Lizard {
    /// The `kind` property.
    pub kind: LizardKind,
    /// The `name` property.
    pub name: String,
    /// `Nullable::Absent` leaves the property out, `Nullable::Null` sends `null`.
    pub basking_temperature: Nullable<f64>,
}

impl<'de> Deserialize<'de> for Lizard {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for Lizard {
    const EXPECTING: &'static str = "struct Lizard";
    const FIELDS: &'static [&'static str] = &["kind", "name", "basking_temperature"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut kind_slot = None;
        let mut name_slot = None;
        let mut basking_temperature_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut kind_slot, "kind"),
                Member::Field(1) => read_member(&mut map, &mut name_slot, "name"),
                Member::Field(2) => {
                    read_member(
                        &mut map,
                        &mut basking_temperature_slot,
                        "basking_temperature",
                    )
                }
                _ => skip_member(&mut map),
            }?;
        }
        let present = [kind_slot.is_some(), name_slot.is_some()];
        let (Some(kind_slot), Some(name_slot)) = (kind_slot, name_slot) else {
            return Err(missing(&present, &["kind", "name"]));
        };
        Ok(Self {
            kind: kind_slot,
            name: name_slot,
            basking_temperature: basking_temperature_slot.unwrap_or_default(),
        })
    }
}

impl Serialize for Lizard {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "Lizard",
            &[
                Property::new("kind", &self.kind),
                Property::new("name", &self.name),
                Property::nullable("basking_temperature", &self.basking_temperature),
            ],
        )
    }
}

/// Request body of [`Client::echo_orchestration_result`](crate::Client::echo_orchestration_result).
#[derive(Debug, Clone, PartialEq)]
pub struct OrchestrationResult {
    /// `Nullable::Absent` leaves the property out, `Nullable::Null` sends `null`.
    pub state: Nullable<State>,
    /// The `status` property.
    pub status: SetStateStatus,
    /// The `details` property.
    pub details: OrchestrationResultDetails,
    /// `Nullable::Absent` leaves the property out, `Nullable::Null` sends `null`.
    pub previous_details: Nullable<OrchestrationResultPreviousDetails>,
}

impl<'de> Deserialize<'de> for OrchestrationResult {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for OrchestrationResult {
    const EXPECTING: &'static str = "struct OrchestrationResult";
    const FIELDS: &'static [&'static str] = &[
        "state",
        "status",
        "details",
        "previous_details",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut state_slot = None;
        let mut status_slot = None;
        let mut details_slot = None;
        let mut previous_details_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut state_slot, "state"),
                Member::Field(1) => read_member(&mut map, &mut status_slot, "status"),
                Member::Field(2) => read_member(&mut map, &mut details_slot, "details"),
                Member::Field(3) => {
                    read_member(&mut map, &mut previous_details_slot, "previous_details")
                }
                _ => skip_member(&mut map),
            }?;
        }
        let present = [status_slot.is_some(), details_slot.is_some()];
        let (Some(status_slot), Some(details_slot)) = (status_slot, details_slot) else {
            return Err(missing(&present, &["status", "details"]));
        };
        Ok(Self {
            state: state_slot.unwrap_or_default(),
            status: status_slot,
            details: details_slot,
            previous_details: previous_details_slot.unwrap_or_default(),
        })
    }
}

impl Serialize for OrchestrationResult {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "OrchestrationResult",
            &[
                Property::nullable("state", &self.state),
                Property::new("status", &self.status),
                Property::new("details", &self.details),
                Property::nullable("previous_details", &self.previous_details),
            ],
        )
    }
}

/// Returned by [`Client::read_name`](crate::Client::read_name).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PathEcho {
    /// The path parameter as the server decoded it
    pub value: String,
    /// The request path as it came over the wire, still percent-encoded
    pub raw_path: String,
}

impl<'de> Deserialize<'de> for PathEcho {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for PathEcho {
    const EXPECTING: &'static str = "struct PathEcho";
    const FIELDS: &'static [&'static str] = &["value", "raw_path"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut value_slot = None;
        let mut raw_path_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut value_slot, "value"),
                Member::Field(1) => read_member(&mut map, &mut raw_path_slot, "raw_path"),
                _ => skip_member(&mut map),
            }?;
        }
        let present = [value_slot.is_some(), raw_path_slot.is_some()];
        let (Some(value_slot), Some(raw_path_slot)) = (value_slot, raw_path_slot) else {
            return Err(missing(&present, &["value", "raw_path"]));
        };
        Ok(Self {
            value: value_slot,
            raw_path: raw_path_slot,
        })
    }
}

impl Serialize for PathEcho {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "PathEcho",
            &[
                Property::new("value", &self.value),
                Property::new("raw_path", &self.raw_path),
            ],
        )
    }
}

/// The type of [`FlowRun::priority`].
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

/// Request body of [`Client::echo_problem`](crate::Client::echo_problem).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Problem {
    /// The server's default is `about:blank`.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub r#type: Option<String>,
    /// The `title` property.
    pub title: String,
    /// The `status` property.
    pub status: i64,
    /// `Nullable::Absent` leaves the property out, `Nullable::Null` sends `null`.
    pub detail: Nullable<String>,
    /// Members the schema does not declare, kept as they came and sent back.
    pub additional_properties: BTreeMap<String, serde_json::Value>,
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
    const FIELDS: &'static [&'static str] = &["type", "title", "status", "detail"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut type_slot = None;
        let mut title_slot = None;
        let mut status_slot = None;
        let mut detail_slot = None;
        let mut others = BTreeMap::new();
        while let Some(member) = map.next_key_seed(Members::keeping_others::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut type_slot, "type"),
                Member::Field(1) => read_member(&mut map, &mut title_slot, "title"),
                Member::Field(2) => read_member(&mut map, &mut status_slot, "status"),
                Member::Field(3) => read_member(&mut map, &mut detail_slot, "detail"),
                Member::Other(key) => {
                    map.next_value()
                        .map(|value| {
                            others.insert(key, value);
                        })
                }
                _ => skip_member(&mut map),
            }?;
        }
        let present = [title_slot.is_some(), status_slot.is_some()];
        let (Some(title_slot), Some(status_slot)) = (title_slot, status_slot) else {
            return Err(missing(&present, &["title", "status"]));
        };
        Ok(Self {
            r#type: type_slot.flatten(),
            title: title_slot,
            status: status_slot,
            detail: detail_slot.unwrap_or_default(),
            additional_properties: others,
        })
    }
}

impl Serialize for Problem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object_keeping, Property};
        write_object_keeping(
            serializer,
            &[
                Property::optional("type", &self.r#type),
                Property::new("title", &self.title),
                Property::new("status", &self.status),
                Property::nullable("detail", &self.detail),
            ],
            &self.additional_properties,
        )
    }
}

/// RetryPolicy
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RetryPolicyModel {
    /// The `max_attempts` property.
    pub max_attempts: i64,
    /// The `backoff_seconds` property.
    pub backoff_seconds: f64,
}

impl<'de> Deserialize<'de> for RetryPolicyModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for RetryPolicyModel {
    const EXPECTING: &'static str = "struct RetryPolicyModel";
    const FIELDS: &'static [&'static str] = &["max_attempts", "backoff_seconds"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut max_attempts_slot = None;
        let mut backoff_seconds_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => {
                    read_member(&mut map, &mut max_attempts_slot, "max_attempts")
                }
                Member::Field(1) => {
                    read_member(&mut map, &mut backoff_seconds_slot, "backoff_seconds")
                }
                _ => skip_member(&mut map),
            }?;
        }
        let present = [max_attempts_slot.is_some(), backoff_seconds_slot.is_some()];
        let (Some(max_attempts_slot), Some(backoff_seconds_slot)) = (
            max_attempts_slot,
            backoff_seconds_slot,
        ) else {
            return Err(missing(&present, &["max_attempts", "backoff_seconds"]));
        };
        Ok(Self {
            max_attempts: max_attempts_slot,
            backoff_seconds: backoff_seconds_slot,
        })
    }
}

impl Serialize for RetryPolicyModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "RetryPolicyModel",
            &[
                Property::new("max_attempts", &self.max_attempts),
                Property::new("backoff_seconds", &self.backoff_seconds),
            ],
        )
    }
}

/// The type of [`OrchestrationResult::status`].
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

/// The type of [`OrchestrationResult::state`].
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    /// The `type` property.
    pub r#type: StateType,
    /// `Nullable::Absent` leaves the property out, `Nullable::Null` sends `null`.
    pub name: Nullable<String>,
    /// The `timestamp` property.
    pub timestamp: chrono::DateTime<chrono::Utc>,
}

impl<'de> Deserialize<'de> for State {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for State {
    const EXPECTING: &'static str = "struct State";
    const FIELDS: &'static [&'static str] = &["type", "name", "timestamp"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut type_slot = None;
        let mut name_slot = None;
        let mut timestamp_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut type_slot, "type"),
                Member::Field(1) => read_member(&mut map, &mut name_slot, "name"),
                Member::Field(2) => {
                    read_member(&mut map, &mut timestamp_slot, "timestamp")
                }
                _ => skip_member(&mut map),
            }?;
        }
        let present = [type_slot.is_some(), timestamp_slot.is_some()];
        let (Some(type_slot), Some(timestamp_slot)) = (type_slot, timestamp_slot) else {
            return Err(missing(&present, &["type", "timestamp"]));
        };
        Ok(Self {
            r#type: type_slot,
            name: name_slot.unwrap_or_default(),
            timestamp: timestamp_slot,
        })
    }
}

impl Serialize for State {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "State",
            &[
                Property::new("type", &self.r#type),
                Property::nullable("name", &self.name),
                Property::new("timestamp", &self.timestamp),
            ],
        )
    }
}

/// The value of the [`OrchestrationResultDetails::StateAbortDetails`] variant.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StateAbortDetails {
    /// The `type` property.
    pub r#type: StateAbortDetailsType,
    /// `Nullable::Absent` leaves the property out, `Nullable::Null` sends `null`.
    pub reason: Nullable<String>,
}

impl<'de> Deserialize<'de> for StateAbortDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for StateAbortDetails {
    const EXPECTING: &'static str = "struct StateAbortDetails";
    const FIELDS: &'static [&'static str] = &["type", "reason"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut type_slot = None;
        let mut reason_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut type_slot, "type"),
                Member::Field(1) => read_member(&mut map, &mut reason_slot, "reason"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            r#type: type_slot.unwrap_or_default(),
            reason: reason_slot.unwrap_or_default(),
        })
    }
}

impl Serialize for StateAbortDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "StateAbortDetails",
            &[
                Property::new("type", &self.r#type),
                Property::nullable("reason", &self.reason),
            ],
        )
    }
}

/// The value of the [`OrchestrationResultDetails::StateAcceptDetails`] variant.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StateAcceptDetails {
    /// The `type` property.
    pub r#type: StateAcceptDetailsType,
}

impl<'de> Deserialize<'de> for StateAcceptDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for StateAcceptDetails {
    const EXPECTING: &'static str = "struct StateAcceptDetails";
    const FIELDS: &'static [&'static str] = &["type"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut type_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut type_slot, "type"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            r#type: type_slot.unwrap_or_default(),
        })
    }
}

impl Serialize for StateAcceptDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "StateAcceptDetails",
            &[Property::new("type", &self.r#type)],
        )
    }
}

/// The value of the [`OrchestrationResultDetails::StateRejectDetails`] variant.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StateRejectDetails {
    /// The `type` property.
    pub r#type: StateRejectDetailsType,
    /// `Nullable::Absent` leaves the property out, `Nullable::Null` sends `null`.
    pub reason: Nullable<String>,
}

impl<'de> Deserialize<'de> for StateRejectDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for StateRejectDetails {
    const EXPECTING: &'static str = "struct StateRejectDetails";
    const FIELDS: &'static [&'static str] = &["type", "reason"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut type_slot = None;
        let mut reason_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut type_slot, "type"),
                Member::Field(1) => read_member(&mut map, &mut reason_slot, "reason"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            r#type: type_slot.unwrap_or_default(),
            reason: reason_slot.unwrap_or_default(),
        })
    }
}

impl Serialize for StateRejectDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "StateRejectDetails",
            &[
                Property::new("type", &self.r#type),
                Property::nullable("reason", &self.reason),
            ],
        )
    }
}

/// The type of [`FlowRun::state_type`].
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

/// The value of the [`OrchestrationResultDetails::StateWaitDetails`] variant.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StateWaitDetails {
    /// The `type` property.
    pub r#type: StateWaitDetailsType,
    /// The server's default is `0`.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub delay_seconds: Option<i64>,
    /// `Nullable::Absent` leaves the property out, `Nullable::Null` sends `null`.
    pub reason: Nullable<String>,
}

impl<'de> Deserialize<'de> for StateWaitDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for StateWaitDetails {
    const EXPECTING: &'static str = "struct StateWaitDetails";
    const FIELDS: &'static [&'static str] = &["type", "delay_seconds", "reason"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut type_slot = None;
        let mut delay_seconds_slot = None;
        let mut reason_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut type_slot, "type"),
                Member::Field(1) => {
                    read_member(&mut map, &mut delay_seconds_slot, "delay_seconds")
                }
                Member::Field(2) => read_member(&mut map, &mut reason_slot, "reason"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            r#type: type_slot.unwrap_or_default(),
            delay_seconds: delay_seconds_slot.flatten(),
            reason: reason_slot.unwrap_or_default(),
        })
    }
}

impl Serialize for StateWaitDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "StateWaitDetails",
            &[
                Property::new("type", &self.r#type),
                Property::optional("delay_seconds", &self.delay_seconds),
                Property::nullable("reason", &self.reason),
            ],
        )
    }
}

/// Item of [`HttpValidationError::detail`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ValidationError {
    /// Location
    pub loc: Vec<ValidationErrorLocItem>,
    /// Message
    pub msg: String,
    /// Error Type
    pub r#type: String,
    /// `None` when the property is missing; a `null` is kept.
    pub input: Option<serde_json::Value>,
    /// Context
    ///
    /// `None` when the property is missing; left out when `None`.
    pub ctx: Option<serde_json::Map<String, serde_json::Value>>,
}

impl<'de> Deserialize<'de> for ValidationError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for ValidationError {
    const EXPECTING: &'static str = "struct ValidationError";
    const FIELDS: &'static [&'static str] = &["loc", "msg", "type", "input", "ctx"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut loc_slot = None;
        let mut msg_slot = None;
        let mut type_slot = None;
        let mut input_slot = None;
        let mut ctx_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut loc_slot, "loc"),
                Member::Field(1) => read_member(&mut map, &mut msg_slot, "msg"),
                Member::Field(2) => read_member(&mut map, &mut type_slot, "type"),
                Member::Field(3) => read_member(&mut map, &mut input_slot, "input"),
                Member::Field(4) => read_member(&mut map, &mut ctx_slot, "ctx"),
                _ => skip_member(&mut map),
            }?;
        }
        let present = [loc_slot.is_some(), msg_slot.is_some(), type_slot.is_some()];
        let (Some(loc_slot), Some(msg_slot), Some(type_slot)) = (
            loc_slot,
            msg_slot,
            type_slot,
        ) else {
            return Err(missing(&present, &["loc", "msg", "type"]));
        };
        Ok(Self {
            loc: loc_slot,
            msg: msg_slot,
            r#type: type_slot,
            input: input_slot,
            ctx: ctx_slot.flatten(),
        })
    }
}

impl Serialize for ValidationError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "ValidationError",
            &[
                Property::new("loc", &self.loc),
                Property::new("msg", &self.msg),
                Property::new("type", &self.r#type),
                Property::optional("input", &self.input),
                Property::optional("ctx", &self.ctx),
            ],
        )
    }
}

/// Kind
///
/// Always `"cat"`: the type has no other value, so it is always sent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CatKind;

impl CatKind {
    /// The value on the wire.
    pub const VALUE: &'static str = "cat";
}

impl Serialize for CatKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(Self::VALUE)
    }
}

impl<'de> Deserialize<'de> for CatKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::expect_str(deserializer, Self::VALUE).map(|()| Self)
    }
}

impl ParamValue for CatKind {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(Self::VALUE)
    }
}

/// Schema Version
///
/// Always `1`: the type has no other value, so it is always sent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ConfigV1SchemaVersion;

impl ConfigV1SchemaVersion {
    /// The value on the wire.
    pub const VALUE: i64 = 1;
}

impl Serialize for ConfigV1SchemaVersion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(Self::VALUE)
    }
}

impl<'de> Deserialize<'de> for ConfigV1SchemaVersion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::expect_i64(deserializer, Self::VALUE).map(|()| Self)
    }
}

impl ParamValue for ConfigV1SchemaVersion {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Owned(Self::VALUE.to_string())
    }
}

/// Schema Version
///
/// Always `2`: the type has no other value, so it is always sent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ConfigV2SchemaVersion;

impl ConfigV2SchemaVersion {
    /// The value on the wire.
    pub const VALUE: i64 = 2;
}

impl Serialize for ConfigV2SchemaVersion {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(Self::VALUE)
    }
}

impl<'de> Deserialize<'de> for ConfigV2SchemaVersion {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::expect_i64(deserializer, Self::VALUE).map(|()| Self)
    }
}

impl ParamValue for ConfigV2SchemaVersion {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Owned(Self::VALUE.to_string())
    }
}

/// Kind
///
/// Always `"dog"`: the type has no other value, so it is always sent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DogKind;

impl DogKind {
    /// The value on the wire.
    pub const VALUE: &'static str = "dog";
}

impl Serialize for DogKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(Self::VALUE)
    }
}

impl<'de> Deserialize<'de> for DogKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::expect_str(deserializer, Self::VALUE).map(|()| Self)
    }
}

impl ParamValue for DogKind {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(Self::VALUE)
    }
}

/// Value
///
/// The parsed body with only the fields the caller set
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum EchoConfigValue {
    /// A [`ConfigV1`].
    ConfigV1(ConfigV1),
    /// A [`ConfigV2`].
    ConfigV2(ConfigV2),
    /// A value this version of the client does not know, kept as it came.
    Unknown(serde_json::Value),
}

impl Serialize for EchoConfigValue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ConfigV1(value) => value.serialize(serializer),
            Self::ConfigV2(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for EchoConfigValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        match value.get("schema_version").and_then(serde_json::Value::as_i64) {
            Some(1) => return crate::values::tagged_variant(value).map(Self::ConfigV1),
            Some(2) => return crate::values::tagged_variant(value).map(Self::ConfigV2),
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

/// Value
///
/// The parsed body with only the fields the caller set
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum EchoPetValue {
    /// A [`Cat`].
    Cat(Cat),
    /// A [`Dog`].
    Dog(Dog),
    /// A [`Lizard`].
    Lizard(Lizard),
    /// A value this version of the client does not know, kept as it came.
    Unknown(serde_json::Value),
}

impl Serialize for EchoPetValue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Cat(value) => value.serialize(serializer),
            Self::Dog(value) => value.serialize(serializer),
            Self::Lizard(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for EchoPetValue {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        match value.get("kind").and_then(serde_json::Value::as_str) {
            Some("cat") => return crate::values::tagged_variant(value).map(Self::Cat),
            Some("dog") => return crate::values::tagged_variant(value).map(Self::Dog),
            Some("lizard") => {
                return crate::values::tagged_variant(value).map(Self::Lizard);
            }
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

/// Batch Size
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum FlowRunBatchSize {
    /// `"auto"`
    Auto,
    /// A `i64`.
    Integer(i64),
    /// A value this version of the client does not know, kept as it came.
    Unknown(serde_json::Value),
}

impl Serialize for FlowRunBatchSize {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Auto => serializer.serialize_str("auto"),
            Self::Integer(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for FlowRunBatchSize {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        if value.as_str() == Some("auto") {
            return Ok(Self::Auto);
        }
        if value.is_i64() || value.is_u64() {
            if let Ok(decoded) = Deserialize::deserialize(&value) {
                return Ok(Self::Integer(decoded));
            }
        }
        Ok(Self::Unknown(value))
    }
}

/// Item of [`Household::pets`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum HouseholdPetsItem {
    /// A [`Cat`].
    Cat(Cat),
    /// A [`Dog`].
    Dog(Dog),
    /// A [`Lizard`].
    Lizard(Lizard),
    /// A value this version of the client does not know, kept as it came.
    Unknown(serde_json::Value),
}

impl Serialize for HouseholdPetsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Cat(value) => value.serialize(serializer),
            Self::Dog(value) => value.serialize(serializer),
            Self::Lizard(value) => value.serialize(serializer),
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
            Some("cat") => return crate::values::tagged_variant(value).map(Self::Cat),
            Some("dog") => return crate::values::tagged_variant(value).map(Self::Dog),
            Some("lizard") => {
                return crate::values::tagged_variant(value).map(Self::Lizard);
            }
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

/// Favourite
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum HouseholdFavourite {
    /// A [`Cat`].
    Cat(Cat),
    /// A [`Dog`].
    Dog(Dog),
    /// A [`Lizard`].
    Lizard(Lizard),
    /// A value this version of the client does not know, kept as it came.
    Unknown(serde_json::Value),
}

impl Serialize for HouseholdFavourite {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Cat(value) => value.serialize(serializer),
            Self::Dog(value) => value.serialize(serializer),
            Self::Lizard(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for HouseholdFavourite {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        match value.get("kind").and_then(serde_json::Value::as_str) {
            Some("cat") => return crate::values::tagged_variant(value).map(Self::Cat),
            Some("dog") => return crate::values::tagged_variant(value).map(Self::Dog),
            Some("lizard") => {
                return crate::values::tagged_variant(value).map(Self::Lizard);
            }
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

/// Value of [`Household::by_room`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum HouseholdByRoomValueItem {
    /// A [`Cat`].
    Cat(Cat),
    /// A [`Dog`].
    Dog(Dog),
    /// A [`Lizard`].
    Lizard(Lizard),
    /// A value this version of the client does not know, kept as it came.
    Unknown(serde_json::Value),
}

impl Serialize for HouseholdByRoomValueItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Cat(value) => value.serialize(serializer),
            Self::Dog(value) => value.serialize(serializer),
            Self::Lizard(value) => value.serialize(serializer),
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
            Some("cat") => return crate::values::tagged_variant(value).map(Self::Cat),
            Some("dog") => return crate::values::tagged_variant(value).map(Self::Dog),
            Some("lizard") => {
                return crate::values::tagged_variant(value).map(Self::Lizard);
            }
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

/// Ok
///
/// Always `false`: the type has no other value, so it is always sent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct JobFailedOk;

impl JobFailedOk {
    /// The value on the wire.
    pub const VALUE: bool = false;
}

impl Serialize for JobFailedOk {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bool(Self::VALUE)
    }
}

impl<'de> Deserialize<'de> for JobFailedOk {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::expect_bool(deserializer, Self::VALUE).map(|()| Self)
    }
}

impl ParamValue for JobFailedOk {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(if Self::VALUE { "true" } else { "false" })
    }
}

/// Outcome
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum JobOutcomeOutcome {
    /// A [`JobSucceeded`].
    JobSucceeded(JobSucceeded),
    /// A [`JobFailed`].
    JobFailed(JobFailed),
    /// A value this version of the client does not know, kept as it came.
    Unknown(serde_json::Value),
}

impl Serialize for JobOutcomeOutcome {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::JobSucceeded(value) => value.serialize(serializer),
            Self::JobFailed(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for JobOutcomeOutcome {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        match value.get("ok").and_then(serde_json::Value::as_bool) {
            Some(true) => {
                return crate::values::tagged_variant(value).map(Self::JobSucceeded);
            }
            Some(false) => {
                return crate::values::tagged_variant(value).map(Self::JobFailed);
            }
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

/// Ok
///
/// Always `true`: the type has no other value, so it is always sent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct JobSucceededOk;

impl JobSucceededOk {
    /// The value on the wire.
    pub const VALUE: bool = true;
}

impl Serialize for JobSucceededOk {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bool(Self::VALUE)
    }
}

impl<'de> Deserialize<'de> for JobSucceededOk {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::expect_bool(deserializer, Self::VALUE).map(|()| Self)
    }
}

impl ParamValue for JobSucceededOk {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(if Self::VALUE { "true" } else { "false" })
    }
}

/// Kind
///
/// Always `"lizard"`: the type has no other value, so it is always sent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LizardKind;

impl LizardKind {
    /// The value on the wire.
    pub const VALUE: &'static str = "lizard";
}

impl Serialize for LizardKind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(Self::VALUE)
    }
}

impl<'de> Deserialize<'de> for LizardKind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::expect_str(deserializer, Self::VALUE).map(|()| Self)
    }
}

impl ParamValue for LizardKind {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(Self::VALUE)
    }
}

/// Details
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum OrchestrationResultDetails {
    /// A [`StateAcceptDetails`].
    StateAcceptDetails(StateAcceptDetails),
    /// A [`StateWaitDetails`].
    StateWaitDetails(StateWaitDetails),
    /// A [`StateRejectDetails`].
    StateRejectDetails(StateRejectDetails),
    /// A [`StateAbortDetails`].
    StateAbortDetails(StateAbortDetails),
    /// A value this version of the client does not know, kept as it came.
    Unknown(serde_json::Value),
}

impl Serialize for OrchestrationResultDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::StateAcceptDetails(value) => value.serialize(serializer),
            Self::StateWaitDetails(value) => value.serialize(serializer),
            Self::StateRejectDetails(value) => value.serialize(serializer),
            Self::StateAbortDetails(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for OrchestrationResultDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("accept_details") => {
                return crate::values::tagged_variant(value).map(Self::StateAcceptDetails);
            }
            Some("wait_details") => {
                return crate::values::tagged_variant(value).map(Self::StateWaitDetails);
            }
            Some("reject_details") => {
                return crate::values::tagged_variant(value).map(Self::StateRejectDetails);
            }
            Some("abort_details") => {
                return crate::values::tagged_variant(value).map(Self::StateAbortDetails);
            }
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

/// Previous Details
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum OrchestrationResultPreviousDetails {
    /// A [`StateAbortDetails`].
    StateAbortDetails(StateAbortDetails),
    /// A [`StateRejectDetails`].
    StateRejectDetails(StateRejectDetails),
    /// A value this version of the client does not know, kept as it came.
    Unknown(serde_json::Value),
}

impl Serialize for OrchestrationResultPreviousDetails {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::StateAbortDetails(value) => value.serialize(serializer),
            Self::StateRejectDetails(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for OrchestrationResultPreviousDetails {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("abort_details") => {
                return crate::values::tagged_variant(value).map(Self::StateAbortDetails);
            }
            Some("reject_details") => {
                return crate::values::tagged_variant(value).map(Self::StateRejectDetails);
            }
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

/// Type
///
/// Always `"abort_details"`: the type has no other value, so it is always sent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StateAbortDetailsType;

impl StateAbortDetailsType {
    /// The value on the wire.
    pub const VALUE: &'static str = "abort_details";
}

impl Serialize for StateAbortDetailsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(Self::VALUE)
    }
}

impl<'de> Deserialize<'de> for StateAbortDetailsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::expect_str(deserializer, Self::VALUE).map(|()| Self)
    }
}

impl ParamValue for StateAbortDetailsType {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(Self::VALUE)
    }
}

/// Type
///
/// Always `"accept_details"`: the type has no other value, so it is always sent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StateAcceptDetailsType;

impl StateAcceptDetailsType {
    /// The value on the wire.
    pub const VALUE: &'static str = "accept_details";
}

impl Serialize for StateAcceptDetailsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(Self::VALUE)
    }
}

impl<'de> Deserialize<'de> for StateAcceptDetailsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::expect_str(deserializer, Self::VALUE).map(|()| Self)
    }
}

impl ParamValue for StateAcceptDetailsType {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(Self::VALUE)
    }
}

/// Type
///
/// Always `"reject_details"`: the type has no other value, so it is always sent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StateRejectDetailsType;

impl StateRejectDetailsType {
    /// The value on the wire.
    pub const VALUE: &'static str = "reject_details";
}

impl Serialize for StateRejectDetailsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(Self::VALUE)
    }
}

impl<'de> Deserialize<'de> for StateRejectDetailsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::expect_str(deserializer, Self::VALUE).map(|()| Self)
    }
}

impl ParamValue for StateRejectDetailsType {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(Self::VALUE)
    }
}

/// Type
///
/// Always `"wait_details"`: the type has no other value, so it is always sent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StateWaitDetailsType;

impl StateWaitDetailsType {
    /// The value on the wire.
    pub const VALUE: &'static str = "wait_details";
}

impl Serialize for StateWaitDetailsType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(Self::VALUE)
    }
}

impl<'de> Deserialize<'de> for StateWaitDetailsType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::expect_str(deserializer, Self::VALUE).map(|()| Self)
    }
}

impl ParamValue for StateWaitDetailsType {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(Self::VALUE)
    }
}

/// Item of [`ValidationError::loc`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ValidationErrorLocItem {
    /// A `String`.
    String(String),
    /// A `i64`.
    Integer(i64),
}

impl Serialize for ValidationErrorLocItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(value) => value.serialize(serializer),
            Self::Integer(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for ValidationErrorLocItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        if value.is_i64() || value.is_u64() {
            if let Ok(decoded) = Deserialize::deserialize(&value) {
                return Ok(Self::Integer(decoded));
            }
        }
        if value.is_string() {
            if let Ok(decoded) = Deserialize::deserialize(&value) {
                return Ok(Self::String(decoded));
            }
        }
        Err(
            serde::de::Error::custom(
                "the value matches no variant of `ValidationErrorLocItem`",
            ),
        )
    }
}

/// Body
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum EchoPetRequestBody {
    /// A [`Cat`].
    Cat(Cat),
    /// A [`Dog`].
    Dog(Dog),
    /// A [`Lizard`].
    Lizard(Lizard),
    /// A value this version of the client does not know, kept as it came.
    Unknown(serde_json::Value),
}

impl Serialize for EchoPetRequestBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Cat(value) => value.serialize(serializer),
            Self::Dog(value) => value.serialize(serializer),
            Self::Lizard(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for EchoPetRequestBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        match value.get("kind").and_then(serde_json::Value::as_str) {
            Some("cat") => return crate::values::tagged_variant(value).map(Self::Cat),
            Some("dog") => return crate::values::tagged_variant(value).map(Self::Dog),
            Some("lizard") => {
                return crate::values::tagged_variant(value).map(Self::Lizard);
            }
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

/// Body
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum EchoConfigRequestBody {
    /// A [`ConfigV1`].
    ConfigV1(ConfigV1),
    /// A [`ConfigV2`].
    ConfigV2(ConfigV2),
    /// A value this version of the client does not know, kept as it came.
    Unknown(serde_json::Value),
}

impl Serialize for EchoConfigRequestBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::ConfigV1(value) => value.serialize(serializer),
            Self::ConfigV2(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for EchoConfigRequestBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        match value.get("schema_version").and_then(serde_json::Value::as_i64) {
            Some(1) => return crate::values::tagged_variant(value).map(Self::ConfigV1),
            Some(2) => return crate::values::tagged_variant(value).map(Self::ConfigV2),
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

impl ParamValue for uuid::Uuid {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Owned(self.to_string())
    }
}
