//! How JSON values map to this crate's types where serde's derives do not
//! say it: fields that may be absent or `null`, constants, and unions
//! (matched by a tag property or by the shape of the value).
//!
//! This module is the same in every crate the generator writes.

use serde::de::{Error as _, Unexpected};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;

/// An optional, nullable property of a type that requests contain: left
/// out, sent as `null`, or sent with a value.
///
/// The three mean different things to most servers: [`Nullable::Absent`]
/// leaves the property as it is, [`Nullable::Null`] clears it. Values read
/// from a response keep the difference too. `value.into()` makes a
/// `Nullable::Value`, and an `Option` converts too (`None` is `Null`);
/// [`Nullable::as_option`] reads the value.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Nullable<T> {
    /// Not sent (and not received).
    #[default]
    Absent,
    /// Sent (or received) as `null`.
    Null,
    /// Sent (or received) with this value.
    Value(T),
}

impl<T> Nullable<T> {
    /// Whether the property is left out.
    pub fn is_absent(&self) -> bool {
        matches!(self, Nullable::Absent)
    }

    /// Whether the property is `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Nullable::Null)
    }

    /// The value, if there is one (absent and `null` are `None`).
    pub fn as_option(&self) -> Option<&T> {
        match self {
            Nullable::Value(value) => Some(value),
            Nullable::Absent | Nullable::Null => None,
        }
    }

    /// The value, if there is one (absent and `null` are `None`).
    pub fn into_option(self) -> Option<T> {
        match self {
            Nullable::Value(value) => Some(value),
            Nullable::Absent | Nullable::Null => None,
        }
    }
}

impl<T> From<T> for Nullable<T> {
    fn from(value: T) -> Self {
        Nullable::Value(value)
    }
}

/// `None` is `null`: an `Option` always says something about the property.
impl<T> From<Option<T>> for Nullable<T> {
    fn from(value: Option<T>) -> Self {
        value.map_or(Nullable::Null, Nullable::Value)
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Value(value) => serializer.serialize_some(value),
            // An absent property is skipped by the struct; alone it is `null`.
            Nullable::Absent | Nullable::Null => serializer.serialize_none(),
        }
    }
}

/// A missing property is `Absent` (through `#[serde(default)]`), so only
/// `null` and values are read here.
impl<'de, T: Deserialize<'de>> Deserialize<'de> for Nullable<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(Nullable::from)
    }
}

/// Reads an optional property whose type holds `null` itself: present
/// (`null` too) is `Some`, and only a missing one (`#[serde(default)]`) is
/// `None`.
pub(crate) fn present<'de, T: Deserialize<'de>, D: Deserializer<'de>>(deserializer: D) -> Result<Option<T>, D::Error> {
    T::deserialize(deserializer).map(Some)
}

/// Serde for a generated struct, read from a JSON object only. The struct
/// derives serde with `#[serde(remote = "Self")]`, which makes the derived
/// code its own `serialize` and `deserialize` functions; the traits call
/// them, reading through [`ObjectOnly`], because serde's derived
/// `Deserialize` also reads a struct from a JSON array, by position.
// A document may have no struct.
#[allow(unused_macros)]
macro_rules! object_only {
    ($name:ident) => {
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                $name::serialize(self, serializer)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $name::deserialize(crate::values::ObjectOnly(deserializer))
            }
        }
    };
}
#[allow(unused_imports)]
pub(crate) use object_only;

/// A deserializer that reads maps only: whatever its reader asks for, the
/// value must be an object.
pub(crate) struct ObjectOnly<D>(pub(crate) D);

impl<'de, D: Deserializer<'de>> Deserializer<'de> for ObjectOnly<D> {
    type Error = D::Error;

    fn deserialize_any<V: serde::de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_map(visitor)
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
        unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

/// Reads a required property whose type is an `Option` (a nullable one):
/// `null` is `None`, and a missing property is an error (serde's derive
/// would read it as `None`, as if it were optional).
pub(crate) fn required<'de, T: Deserialize<'de>, D: Deserializer<'de>>(deserializer: D) -> Result<Option<T>, D::Error> {
    Option::<T>::deserialize(deserializer)
}

/// Reads a string constant: any other value is an error.
pub(crate) fn expect_str<'de, D: Deserializer<'de>>(deserializer: D, expected: &'static str) -> Result<(), D::Error> {
    let value = Cow::<'de, str>::deserialize(deserializer)?;
    if value == expected {
        Ok(())
    } else {
        Err(D::Error::invalid_value(Unexpected::Str(&value), &expected))
    }
}

/// Reads an integer constant: any other value is an error.
pub(crate) fn expect_i64<'de, D: Deserializer<'de>>(deserializer: D, expected: i64) -> Result<(), D::Error> {
    let value = i64::deserialize(deserializer)?;
    if value == expected {
        Ok(())
    } else {
        Err(D::Error::invalid_value(Unexpected::Signed(value), &expected.to_string().as_str()))
    }
}

/// Reads a boolean constant: any other value is an error.
pub(crate) fn expect_bool<'de, D: Deserializer<'de>>(deserializer: D, expected: bool) -> Result<(), D::Error> {
    let value = bool::deserialize(deserializer)?;
    if value == expected {
        Ok(())
    } else {
        Err(D::Error::invalid_value(Unexpected::Bool(value), &if expected { "true" } else { "false" }))
    }
}

/// One tag value of a union variant.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Tag {
    Str(&'static str),
    Int(i64),
    Bool(bool),
}

impl Tag {
    fn matches(self, value: &serde_json::Value) -> bool {
        match self {
            Tag::Str(tag) => value.as_str() == Some(tag),
            Tag::Int(tag) => value.as_i64() == Some(tag),
            Tag::Bool(tag) => value.as_bool() == Some(tag),
        }
    }

    fn to_value(self) -> serde_json::Value {
        match self {
            Tag::Str(tag) => serde_json::Value::from(tag),
            Tag::Int(tag) => serde_json::Value::from(tag),
            Tag::Bool(tag) => serde_json::Value::from(tag),
        }
    }
}

/// Decodes the variant a tag named; a value that does not fit is an error
/// (the tag said what it is).
pub(crate) fn tagged_variant<T: serde::de::DeserializeOwned, E: serde::de::Error>(value: serde_json::Value) -> Result<T, E> {
    T::deserialize(value).map_err(E::custom)
}

/// Writes a variant of a tagged union whose value may not hold its tag (a
/// tag property that is a plain string, or a variant with several tags):
/// the tag the value holds is kept when it is one of the variant's `tags`,
/// else the first is set.
pub(crate) fn serialize_tagged<T: Serialize, S: Serializer>(serializer: S, property: &str, tags: &[Tag], value: &T) -> Result<S::Ok, S::Error> {
    let mut value = serde_json::to_value(value).map_err(serde::ser::Error::custom)?;
    if let serde_json::Value::Object(map) = &mut value {
        let holds_own = map.get(property).is_some_and(|held| tags.iter().any(|tag| tag.matches(held)));
        if let (false, Some(first)) = (holds_own, tags.first()) {
            map.insert(property.to_owned(), first.to_value());
        }
    }
    value.serialize(serializer)
}

/// The struct variants an object may be, best first: a variant is out when
/// the object lacks one of its `required` members (or, for a `closed` one,
/// has a member it does not declare); the others rank by how many of the
/// object's members they declare, the earlier variant first on a tie.
pub(crate) fn rank_objects(object: &serde_json::Map<String, serde_json::Value>, candidates: &[(&[&str], &[&str], bool)]) -> Vec<usize> {
    let mut ranked: Vec<(usize, usize)> = candidates
        .iter()
        .enumerate()
        .filter(|(_, (required, declared, closed))| {
            required.iter().all(|name| object.contains_key(*name)) && !(*closed && object.keys().any(|key| !declared.contains(&key.as_str())))
        })
        .map(|(index, (_, declared, _))| (index, object.keys().filter(|key| declared.contains(&key.as_str())).count()))
        .collect();
    ranked.sort_by_key(|(_, score)| std::cmp::Reverse(*score));
    ranked.into_iter().map(|(index, _)| index).collect()
}
