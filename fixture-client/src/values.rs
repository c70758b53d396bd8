//! How JSON values map to this crate's types where serde's derives do not
//! say it: fields that may be absent or `null`, constants, and unions
//! (matched by a tag property or by the shape of the value).
//!
//! This module is the same in every crate the generator writes.

use serde::de::{DeserializeSeed, Error as _, IgnoredAny, MapAccess, Unexpected, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

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

/// A missing property is `Absent` (the struct that holds it says so), so only
/// `null` and values are read here.
impl<'de, T: Deserialize<'de>> Deserialize<'de> for Nullable<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(Nullable::from)
    }
}

/// A generated struct, read from a JSON object by [`read_object`]: its
/// `from_object` has one arm per declared property, which is much less code
/// for the compiler than serde's derived field enum and visitors, and reads
/// no JSON array (serde's derive would read a struct from one, by position).
pub(crate) trait FromObject<'de>: Sized {
    /// What an error says was expected (`struct Name`, as serde's derive says).
    const EXPECTING: &'static str;
    /// The declared properties' names on the wire; [`Member::Field`] holds
    /// an index into it.
    const FIELDS: &'static [&'static str];

    /// Reads the members of one object.
    fn from_object<A: MapAccess<'de>>(map: A) -> Result<Self, A::Error>;
}

/// The `Deserialize` of every generated struct: an object, read by its
/// [`FromObject`] impl.
pub(crate) fn read_object<'de, T: FromObject<'de>, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    deserializer.deserialize_map(ObjectVisitor(PhantomData))
}

struct ObjectVisitor<T>(PhantomData<T>);

impl<'de, T: FromObject<'de>> Visitor<'de> for ObjectVisitor<T> {
    type Value = T;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str(T::EXPECTING)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
        T::from_object(map)
    }
}

/// One property of a generated struct as its `Serialize` writes it: the
/// name on the wire and the value, or no value when the property is left
/// out.
pub(crate) struct Property<'a> {
    name: &'static str,
    value: Option<&'a dyn erased_serde::Serialize>,
}

impl<'a> Property<'a> {
    /// A property that is always written.
    pub(crate) fn new<T: Serialize>(name: &'static str, value: &'a T) -> Self {
        Property { name, value: Some(value) }
    }

    /// A property left out when it is `None`.
    pub(crate) fn optional<T: Serialize>(name: &'static str, value: &'a Option<T>) -> Self {
        Property { name, value: value.as_ref().map(|_| value as &dyn erased_serde::Serialize) }
    }

    /// A property left out when it is [`Nullable::Absent`].
    pub(crate) fn nullable<T: Serialize>(name: &'static str, value: &'a Nullable<T>) -> Self {
        Property { name, value: (!value.is_absent()).then_some(value as &dyn erased_serde::Serialize) }
    }
}

/// The `Serialize` of every generated struct: its properties in order, as
/// serde's derive writes a struct (`serialize_struct`, a property left out
/// skipped). The values go through `erased_serde`, so that each struct's
/// impl is one call, and each value's type is written by one copy of its
/// `Serialize` rather than one per serializer: much less code for the
/// compiler than serde's derive.
pub(crate) fn write_object<S: Serializer>(serializer: S, name: &'static str, properties: &[Property<'_>]) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeStruct;
    let written = properties.iter().filter(|property| property.value.is_some()).count();
    let mut object = serializer.serialize_struct(name, written)?;
    for property in properties {
        match property.value {
            Some(value) => object.serialize_field(property.name, value)?,
            None => object.skip_field(property.name)?,
        }
    }
    object.end()
}

/// [`write_object`] for a struct that keeps the members its schema does not
/// declare: its properties, then the members it kept, as one map (as serde's
/// derive writes a `flatten`ed map).
pub(crate) fn write_object_keeping<S: Serializer, V: Serialize>(serializer: S, properties: &[Property<'_>], others: &std::collections::BTreeMap<String, V>) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut object = serializer.serialize_map(None)?;
    for property in properties {
        if let Some(value) = property.value {
            object.serialize_entry(property.name, value)?;
        }
    }
    for (key, value) in others {
        object.serialize_entry(key, value)?;
    }
    object.end()
}

/// What the key of an object member names.
pub(crate) enum Member {
    /// The declared property at this index of [`FromObject::FIELDS`].
    Field(usize),
    /// A member the struct does not declare, kept under this key.
    Other(String),
    /// A member the struct does not declare and does not keep.
    Ignored,
}

/// Reads the key of an object member as a [`Member`], without allocating
/// unless an undeclared member is kept.
pub(crate) struct Members {
    fields: &'static [&'static str],
    keep_others: bool,
}

impl Members {
    /// The members of a struct that ignores undeclared ones.
    pub(crate) fn of<'de, T: FromObject<'de>>() -> Self {
        Members { fields: T::FIELDS, keep_others: false }
    }

    /// The members of a struct that keeps undeclared ones in a map.
    pub(crate) fn keeping_others<'de, T: FromObject<'de>>() -> Self {
        Members { fields: T::FIELDS, keep_others: true }
    }

    fn member(&self, key: &str) -> Option<Member> {
        match self.fields.iter().position(|field| *field == key) {
            Some(index) => Some(Member::Field(index)),
            None if self.keep_others => None,
            None => Some(Member::Ignored),
        }
    }
}

impl<'de> DeserializeSeed<'de> for Members {
    type Value = Member;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Member, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for Members {
    type Value = Member;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("field identifier")
    }

    fn visit_str<E: serde::de::Error>(self, key: &str) -> Result<Member, E> {
        Ok(self.member(key).unwrap_or_else(|| Member::Other(key.to_owned())))
    }

    fn visit_string<E: serde::de::Error>(self, key: String) -> Result<Member, E> {
        Ok(self.member(&key).unwrap_or(Member::Other(key)))
    }

    fn visit_bytes<E: serde::de::Error>(self, key: &[u8]) -> Result<Member, E> {
        match std::str::from_utf8(key) {
            Ok(key) => self.visit_str(key),
            Err(_) => Err(E::invalid_value(Unexpected::Bytes(key), &self)),
        }
    }
}

/// Reads the value of the member named `name` into `slot`; a second member
/// of the same name is an error, as it is for serde's derive.
pub(crate) fn read_member<'de, A: MapAccess<'de>, T: Deserialize<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
    name: &'static str,
) -> Result<(), A::Error> {
    if slot.is_some() {
        return Err(A::Error::duplicate_field(name));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// Reads past the value of a member the struct does not declare.
pub(crate) fn skip_member<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<IgnoredAny>().map(drop)
}

/// The value of a required property, or the error that it is missing (a
/// nullable one too: `null` is a value, a missing member is not).
pub(crate) fn required<T, E: serde::de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

/// The error that the first of a struct's required properties not
/// `present` is missing (`names` are their names on the wire, in the same
/// order).
pub(crate) fn missing<E: serde::de::Error>(present: &[bool], names: &[&'static str]) -> E {
    let name = present.iter().zip(names).find(|(present, _)| !**present).map_or("", |(_, name)| *name);
    E::missing_field(name)
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
