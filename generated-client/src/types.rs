// @generated from the API's OpenAPI document; do not edit by hand.
//! Types for the schemas of the document.

use crate::runtime::ParamValue;
use std::borrow::Cow;
use std::collections::BTreeMap;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Request body of [`Client::end_call`](crate::Client::end_call).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EndCallRequest {
    /// Roblox id of the staff member ending the call
    ///
    /// `actorId` on the wire.
    pub actor_id: String,
    /// Optional close reason
    ///
    /// `None` when the property is missing; left out when `None`.
    pub reason: Option<String>,
}

impl<'de> Deserialize<'de> for EndCallRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for EndCallRequest {
    const EXPECTING: &'static str = "struct EndCallRequest";
    const FIELDS: &'static [&'static str] = &["actorId", "reason"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, required, skip_member, Member, Members};
        let mut actor_id_slot = None;
        let mut reason_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut actor_id_slot, "actorId"),
                Member::Field(1) => read_member(&mut map, &mut reason_slot, "reason"),
                _ => skip_member(&mut map),
            }?;
        }
        let actor_id_slot = required(actor_id_slot, "actorId")?;
        Ok(Self {
            actor_id: actor_id_slot,
            reason: reason_slot.flatten(),
        })
    }
}

impl Serialize for EndCallRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "EndCallRequest",
            &[
                Property::new("actorId", &self.actor_id),
                Property::optional("reason", &self.reason),
            ],
        )
    }
}

/// Returned by [`Client::post_session_server_role`](crate::Client::post_session_server_role).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SuccessResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
}

impl<'de> Deserialize<'de> for SuccessResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SuccessResponse {
    const EXPECTING: &'static str = "struct SuccessResponse";
    const FIELDS: &'static [&'static str] = &["success"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
        })
    }
}

impl Serialize for SuccessResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SuccessResponse",
            &[Property::optional("success", &self.success)],
        )
    }
}

/// A group role the ranking key may rank users to
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AllowedRank {
    /// `None` when the property is missing; left out when `None`.
    pub name: Option<String>,
    /// `apiId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub api_id: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    pub rank: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<i64>,
}

impl<'de> Deserialize<'de> for AllowedRank {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for AllowedRank {
    const EXPECTING: &'static str = "struct AllowedRank";
    const FIELDS: &'static [&'static str] = &["name", "apiId", "rank", "id"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut name_slot = None;
        let mut api_id_slot = None;
        let mut rank_slot = None;
        let mut id_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut name_slot, "name"),
                Member::Field(1) => read_member(&mut map, &mut api_id_slot, "apiId"),
                Member::Field(2) => read_member(&mut map, &mut rank_slot, "rank"),
                Member::Field(3) => read_member(&mut map, &mut id_slot, "id"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            name: name_slot.flatten(),
            api_id: api_id_slot.flatten(),
            rank: rank_slot.flatten(),
            id: id_slot.flatten(),
        })
    }
}

impl Serialize for AllowedRank {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "AllowedRank",
            &[
                Property::optional("name", &self.name),
                Property::optional("apiId", &self.api_id),
                Property::optional("rank", &self.rank),
                Property::optional("id", &self.id),
            ],
        )
    }
}

/// The type of [`RankingKeyInfoResponse::key_info`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RankingKeyInfo {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub underscore_id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub group_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// Always `false`; the secret key is never returned
    ///
    /// `None` when the property is missing; left out when `None`.
    pub key: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub name: Option<String>,
    /// `rankingEnabled` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub ranking_enabled: Option<bool>,
    /// `allowedRanks` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub allowed_ranks: Option<Vec<AllowedRank>>,
    /// `enableShouting` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub enable_shouting: Option<bool>,
    /// `enableJoinRequestManagement` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub enable_join_request_management: Option<bool>,
    /// `enableExile` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub enable_exile: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

impl<'de> Deserialize<'de> for RankingKeyInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for RankingKeyInfo {
    const EXPECTING: &'static str = "struct RankingKeyInfo";
    const FIELDS: &'static [&'static str] = &[
        "_id",
        "groupId",
        "id",
        "key",
        "name",
        "rankingEnabled",
        "allowedRanks",
        "enableShouting",
        "enableJoinRequestManagement",
        "enableExile",
        "created",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut underscore_id_slot = None;
        let mut group_id_slot = None;
        let mut id_slot = None;
        let mut key_slot = None;
        let mut name_slot = None;
        let mut ranking_enabled_slot = None;
        let mut allowed_ranks_slot = None;
        let mut enable_shouting_slot = None;
        let mut enable_join_request_management_slot = None;
        let mut enable_exile_slot = None;
        let mut created_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut underscore_id_slot, "_id"),
                Member::Field(1) => read_member(&mut map, &mut group_id_slot, "groupId"),
                Member::Field(2) => read_member(&mut map, &mut id_slot, "id"),
                Member::Field(3) => read_member(&mut map, &mut key_slot, "key"),
                Member::Field(4) => read_member(&mut map, &mut name_slot, "name"),
                Member::Field(5) => {
                    read_member(&mut map, &mut ranking_enabled_slot, "rankingEnabled")
                }
                Member::Field(6) => {
                    read_member(&mut map, &mut allowed_ranks_slot, "allowedRanks")
                }
                Member::Field(7) => {
                    read_member(&mut map, &mut enable_shouting_slot, "enableShouting")
                }
                Member::Field(8) => {
                    read_member(
                        &mut map,
                        &mut enable_join_request_management_slot,
                        "enableJoinRequestManagement",
                    )
                }
                Member::Field(9) => {
                    read_member(&mut map, &mut enable_exile_slot, "enableExile")
                }
                Member::Field(10) => read_member(&mut map, &mut created_slot, "created"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            underscore_id: underscore_id_slot.flatten(),
            group_id: group_id_slot.flatten(),
            id: id_slot.flatten(),
            key: key_slot.flatten(),
            name: name_slot.flatten(),
            ranking_enabled: ranking_enabled_slot.flatten(),
            allowed_ranks: allowed_ranks_slot.flatten(),
            enable_shouting: enable_shouting_slot.flatten(),
            enable_join_request_management: enable_join_request_management_slot
                .flatten(),
            enable_exile: enable_exile_slot.flatten(),
            created: created_slot.flatten(),
        })
    }
}

impl Serialize for RankingKeyInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "RankingKeyInfo",
            &[
                Property::optional("_id", &self.underscore_id),
                Property::optional("groupId", &self.group_id),
                Property::optional("id", &self.id),
                Property::optional("key", &self.key),
                Property::optional("name", &self.name),
                Property::optional("rankingEnabled", &self.ranking_enabled),
                Property::optional("allowedRanks", &self.allowed_ranks),
                Property::optional("enableShouting", &self.enable_shouting),
                Property::optional(
                    "enableJoinRequestManagement",
                    &self.enable_join_request_management,
                ),
                Property::optional("enableExile", &self.enable_exile),
                Property::optional("created", &self.created),
            ],
        )
    }
}

/// Returned by [`Client::get_ranking_key`](crate::Client::get_ranking_key).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RankingKeyInfoResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `keyInfo` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub key_info: Option<RankingKeyInfo>,
}

impl<'de> Deserialize<'de> for RankingKeyInfoResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for RankingKeyInfoResponse {
    const EXPECTING: &'static str = "struct RankingKeyInfoResponse";
    const FIELDS: &'static [&'static str] = &["success", "keyInfo"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut key_info_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut key_info_slot, "keyInfo"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            key_info: key_info_slot.flatten(),
        })
    }
}

impl Serialize for RankingKeyInfoResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "RankingKeyInfoResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("keyInfo", &self.key_info),
            ],
        )
    }
}

/// Returned by [`Client::put_role`](crate::Client::put_role).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RankingActionResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub message: Option<String>,
}

impl<'de> Deserialize<'de> for RankingActionResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for RankingActionResponse {
    const EXPECTING: &'static str = "struct RankingActionResponse";
    const FIELDS: &'static [&'static str] = &["success", "message"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut message_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut message_slot, "message"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            message: message_slot.flatten(),
        })
    }
}

impl Serialize for RankingActionResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "RankingActionResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("message", &self.message),
            ],
        )
    }
}

/// Returned by [`Client::patch_join_request`](crate::Client::patch_join_request).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AcceptJoinRequestResponse {
    /// The server's default is `true`.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub message: Option<AcceptJoinRequestResponseMessage>,
}

impl<'de> Deserialize<'de> for AcceptJoinRequestResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for AcceptJoinRequestResponse {
    const EXPECTING: &'static str = "struct AcceptJoinRequestResponse";
    const FIELDS: &'static [&'static str] = &["success", "message"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut message_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut message_slot, "message"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            message: message_slot.flatten(),
        })
    }
}

impl Serialize for AcceptJoinRequestResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "AcceptJoinRequestResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("message", &self.message),
            ],
        )
    }
}

/// A Roblox Open Cloud group join request
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JoinRequest {
    /// Resource path, e.g. `groups/{groupId}/join-requests/{userId}`
    ///
    /// `None` when the property is missing; left out when `None`.
    pub path: Option<String>,
    /// `createTime` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub create_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Resource path of the requesting user, e.g. `users/{userId}`
    ///
    /// `None` when the property is missing; left out when `None`.
    pub user: Option<String>,
}

impl<'de> Deserialize<'de> for JoinRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for JoinRequest {
    const EXPECTING: &'static str = "struct JoinRequest";
    const FIELDS: &'static [&'static str] = &["path", "createTime", "user"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut path_slot = None;
        let mut create_time_slot = None;
        let mut user_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut path_slot, "path"),
                Member::Field(1) => {
                    read_member(&mut map, &mut create_time_slot, "createTime")
                }
                Member::Field(2) => read_member(&mut map, &mut user_slot, "user"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            path: path_slot.flatten(),
            create_time: create_time_slot.flatten(),
            user: user_slot.flatten(),
        })
    }
}

impl Serialize for JoinRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "JoinRequest",
            &[
                Property::optional("path", &self.path),
                Property::optional("createTime", &self.create_time),
                Property::optional("user", &self.user),
            ],
        )
    }
}

/// Returned by [`Client::get_join_requests`](crate::Client::get_join_requests).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct JoinRequestsPage {
    /// `groupJoinRequests` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub group_join_requests: Option<Vec<JoinRequest>>,
    /// Token for the next page; empty when there are no more pages
    ///
    /// `nextPageToken` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub next_page_token: Option<String>,
}

impl<'de> Deserialize<'de> for JoinRequestsPage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for JoinRequestsPage {
    const EXPECTING: &'static str = "struct JoinRequestsPage";
    const FIELDS: &'static [&'static str] = &["groupJoinRequests", "nextPageToken"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut group_join_requests_slot = None;
        let mut next_page_token_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => {
                    read_member(
                        &mut map,
                        &mut group_join_requests_slot,
                        "groupJoinRequests",
                    )
                }
                Member::Field(1) => {
                    read_member(&mut map, &mut next_page_token_slot, "nextPageToken")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            group_join_requests: group_join_requests_slot.flatten(),
            next_page_token: next_page_token_slot.flatten(),
        })
    }
}

impl Serialize for JoinRequestsPage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "JoinRequestsPage",
            &[
                Property::optional("groupJoinRequests", &self.group_join_requests),
                Property::optional("nextPageToken", &self.next_page_token),
            ],
        )
    }
}

/// Request body of [`Client::patch_shout`](crate::Client::patch_shout).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ShoutRequest {
    /// The shout message to post to the group
    pub message: String,
}

impl<'de> Deserialize<'de> for ShoutRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for ShoutRequest {
    const EXPECTING: &'static str = "struct ShoutRequest";
    const FIELDS: &'static [&'static str] = &["message"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, required, skip_member, Member, Members};
        let mut message_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut message_slot, "message"),
                _ => skip_member(&mut map),
            }?;
        }
        let message_slot = required(message_slot, "message")?;
        Ok(Self { message: message_slot })
    }
}

impl Serialize for ShoutRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "ShoutRequest",
            &[Property::new("message", &self.message)],
        )
    }
}

/// The type of [`StaffHistoryItem::type`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StaffHistoryType {
    /// `promotion`
    Promotion,
    /// `writeup`
    Writeup,
    /// `suspension`
    Suspension,
    /// `termination`
    Termination,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl StaffHistoryType {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Promotion => "promotion",
            Self::Writeup => "writeup",
            Self::Suspension => "suspension",
            Self::Termination => "termination",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for StaffHistoryType {
    fn from(value: &str) -> Self {
        match value {
            "promotion" => Self::Promotion,
            "writeup" => Self::Writeup,
            "suspension" => Self::Suspension,
            "termination" => Self::Termination,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for StaffHistoryType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for StaffHistoryType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for StaffHistoryType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for StaffHistoryType {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// A ReAdmin Staff Histoy Item
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StaffHistoryItem {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub group_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub r#type: Option<StaffHistoryType>,
    /// Declared as boolean in the ReAdmin docs; the server stores the user's Roblox id here.
    ///
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub user_id: Option<bool>,
    /// `disciplinarianId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub disciplinarian_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub reason: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub expires: Option<String>,
    /// `rankTo` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub rank_to: Option<String>,
    /// `rankFrom` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub rank_from: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub ended: Option<bool>,
    /// `endedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub ended_by: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub evidence: Option<Vec<String>>,
    /// `pendingApproval` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub pending_approval: Option<bool>,
    /// `approvedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub approved_by: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub notify: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub distribution: Option<i64>,
}

impl<'de> Deserialize<'de> for StaffHistoryItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for StaffHistoryItem {
    const EXPECTING: &'static str = "struct StaffHistoryItem";
    const FIELDS: &'static [&'static str] = &[
        "_id",
        "groupId",
        "type",
        "userId",
        "disciplinarianId",
        "reason",
        "created",
        "expires",
        "rankTo",
        "rankFrom",
        "ended",
        "endedBy",
        "evidence",
        "pendingApproval",
        "approvedBy",
        "notify",
        "distribution",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut id_slot = None;
        let mut group_id_slot = None;
        let mut type_slot = None;
        let mut user_id_slot = None;
        let mut disciplinarian_id_slot = None;
        let mut reason_slot = None;
        let mut created_slot = None;
        let mut expires_slot = None;
        let mut rank_to_slot = None;
        let mut rank_from_slot = None;
        let mut ended_slot = None;
        let mut ended_by_slot = None;
        let mut evidence_slot = None;
        let mut pending_approval_slot = None;
        let mut approved_by_slot = None;
        let mut notify_slot = None;
        let mut distribution_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut id_slot, "_id"),
                Member::Field(1) => read_member(&mut map, &mut group_id_slot, "groupId"),
                Member::Field(2) => read_member(&mut map, &mut type_slot, "type"),
                Member::Field(3) => read_member(&mut map, &mut user_id_slot, "userId"),
                Member::Field(4) => {
                    read_member(
                        &mut map,
                        &mut disciplinarian_id_slot,
                        "disciplinarianId",
                    )
                }
                Member::Field(5) => read_member(&mut map, &mut reason_slot, "reason"),
                Member::Field(6) => read_member(&mut map, &mut created_slot, "created"),
                Member::Field(7) => read_member(&mut map, &mut expires_slot, "expires"),
                Member::Field(8) => read_member(&mut map, &mut rank_to_slot, "rankTo"),
                Member::Field(9) => {
                    read_member(&mut map, &mut rank_from_slot, "rankFrom")
                }
                Member::Field(10) => read_member(&mut map, &mut ended_slot, "ended"),
                Member::Field(11) => read_member(&mut map, &mut ended_by_slot, "endedBy"),
                Member::Field(12) => {
                    read_member(&mut map, &mut evidence_slot, "evidence")
                }
                Member::Field(13) => {
                    read_member(&mut map, &mut pending_approval_slot, "pendingApproval")
                }
                Member::Field(14) => {
                    read_member(&mut map, &mut approved_by_slot, "approvedBy")
                }
                Member::Field(15) => read_member(&mut map, &mut notify_slot, "notify"),
                Member::Field(16) => {
                    read_member(&mut map, &mut distribution_slot, "distribution")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            id: id_slot.flatten(),
            group_id: group_id_slot.flatten(),
            r#type: type_slot.flatten(),
            user_id: user_id_slot.flatten(),
            disciplinarian_id: disciplinarian_id_slot.flatten(),
            reason: reason_slot.flatten(),
            created: created_slot.flatten(),
            expires: expires_slot.flatten(),
            rank_to: rank_to_slot.flatten(),
            rank_from: rank_from_slot.flatten(),
            ended: ended_slot.flatten(),
            ended_by: ended_by_slot.flatten(),
            evidence: evidence_slot.flatten(),
            pending_approval: pending_approval_slot.flatten(),
            approved_by: approved_by_slot.flatten(),
            notify: notify_slot.flatten(),
            distribution: distribution_slot.flatten(),
        })
    }
}

impl Serialize for StaffHistoryItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "StaffHistoryItem",
            &[
                Property::optional("_id", &self.id),
                Property::optional("groupId", &self.group_id),
                Property::optional("type", &self.r#type),
                Property::optional("userId", &self.user_id),
                Property::optional("disciplinarianId", &self.disciplinarian_id),
                Property::optional("reason", &self.reason),
                Property::optional("created", &self.created),
                Property::optional("expires", &self.expires),
                Property::optional("rankTo", &self.rank_to),
                Property::optional("rankFrom", &self.rank_from),
                Property::optional("ended", &self.ended),
                Property::optional("endedBy", &self.ended_by),
                Property::optional("evidence", &self.evidence),
                Property::optional("pendingApproval", &self.pending_approval),
                Property::optional("approvedBy", &self.approved_by),
                Property::optional("notify", &self.notify),
                Property::optional("distribution", &self.distribution),
            ],
        )
    }
}

/// Returned by [`Client::get_staff_history`](crate::Client::get_staff_history).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StaffHistoryListResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub history: Option<Vec<StaffHistoryItem>>,
}

impl<'de> Deserialize<'de> for StaffHistoryListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for StaffHistoryListResponse {
    const EXPECTING: &'static str = "struct StaffHistoryListResponse";
    const FIELDS: &'static [&'static str] = &["success", "history"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut history_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut history_slot, "history"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            history: history_slot.flatten(),
        })
    }
}

impl Serialize for StaffHistoryListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "StaffHistoryListResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("history", &self.history),
            ],
        )
    }
}

/// Returned by [`Client::post_staff_history`](crate::Client::post_staff_history).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StaffHistoryResponse {
    /// The `success` property.
    pub success: bool,
    /// The `history` property.
    pub history: StaffHistoryItem,
}

impl<'de> Deserialize<'de> for StaffHistoryResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for StaffHistoryResponse {
    const EXPECTING: &'static str = "struct StaffHistoryResponse";
    const FIELDS: &'static [&'static str] = &["success", "history"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut history_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut history_slot, "history"),
                _ => skip_member(&mut map),
            }?;
        }
        let present = [success_slot.is_some(), history_slot.is_some()];
        let (Some(success_slot), Some(history_slot)) = (success_slot, history_slot) else {
            return Err(missing(&present, &["success", "history"]));
        };
        Ok(Self {
            success: success_slot,
            history: history_slot,
        })
    }
}

impl Serialize for StaffHistoryResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "StaffHistoryResponse",
            &[
                Property::new("success", &self.success),
                Property::new("history", &self.history),
            ],
        )
    }
}

/// Request body of [`Client::post_staff_history`](crate::Client::post_staff_history).
#[derive(Debug, Clone, PartialEq)]
pub struct CreateStaffHistoryRequest {
    /// Roblox id of the staff member performing the action
    ///
    /// `actioningUser` on the wire.
    pub actioning_user: String,
    /// Roblox id of the staff member the history entry is about
    ///
    /// `userId` on the wire.
    pub user_id: String,
    /// The `reason` property.
    pub reason: String,
    /// The `type` property.
    pub r#type: StaffHistoryType,
    /// `None` when the property is missing; left out when `None`.
    pub notify: Option<bool>,
    /// Role to rank the user to (promotions)
    ///
    /// `None` when the property is missing; left out when `None`.
    pub role: Option<String>,
    /// `expiresInDays` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub expires_in_days: Option<f64>,
    /// The `approval_required` property.
    pub approval_required: bool,
}

impl<'de> Deserialize<'de> for CreateStaffHistoryRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for CreateStaffHistoryRequest {
    const EXPECTING: &'static str = "struct CreateStaffHistoryRequest";
    const FIELDS: &'static [&'static str] = &[
        "actioningUser",
        "userId",
        "reason",
        "type",
        "notify",
        "role",
        "expiresInDays",
        "approval_required",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut actioning_user_slot = None;
        let mut user_id_slot = None;
        let mut reason_slot = None;
        let mut type_slot = None;
        let mut notify_slot = None;
        let mut role_slot = None;
        let mut expires_in_days_slot = None;
        let mut approval_required_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => {
                    read_member(&mut map, &mut actioning_user_slot, "actioningUser")
                }
                Member::Field(1) => read_member(&mut map, &mut user_id_slot, "userId"),
                Member::Field(2) => read_member(&mut map, &mut reason_slot, "reason"),
                Member::Field(3) => read_member(&mut map, &mut type_slot, "type"),
                Member::Field(4) => read_member(&mut map, &mut notify_slot, "notify"),
                Member::Field(5) => read_member(&mut map, &mut role_slot, "role"),
                Member::Field(6) => {
                    read_member(&mut map, &mut expires_in_days_slot, "expiresInDays")
                }
                Member::Field(7) => {
                    read_member(
                        &mut map,
                        &mut approval_required_slot,
                        "approval_required",
                    )
                }
                _ => skip_member(&mut map),
            }?;
        }
        let present = [
            actioning_user_slot.is_some(),
            user_id_slot.is_some(),
            reason_slot.is_some(),
            type_slot.is_some(),
            approval_required_slot.is_some(),
        ];
        let (
            Some(actioning_user_slot),
            Some(user_id_slot),
            Some(reason_slot),
            Some(type_slot),
            Some(approval_required_slot),
        ) = (
            actioning_user_slot,
            user_id_slot,
            reason_slot,
            type_slot,
            approval_required_slot,
        ) else {
            return Err(
                missing(
                    &present,
                    &["actioningUser", "userId", "reason", "type", "approval_required"],
                ),
            );
        };
        Ok(Self {
            actioning_user: actioning_user_slot,
            user_id: user_id_slot,
            reason: reason_slot,
            r#type: type_slot,
            notify: notify_slot.flatten(),
            role: role_slot.flatten(),
            expires_in_days: expires_in_days_slot.flatten(),
            approval_required: approval_required_slot,
        })
    }
}

impl Serialize for CreateStaffHistoryRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "CreateStaffHistoryRequest",
            &[
                Property::new("actioningUser", &self.actioning_user),
                Property::new("userId", &self.user_id),
                Property::new("reason", &self.reason),
                Property::new("type", &self.r#type),
                Property::optional("notify", &self.notify),
                Property::optional("role", &self.role),
                Property::optional("expiresInDays", &self.expires_in_days),
                Property::new("approval_required", &self.approval_required),
            ],
        )
    }
}

/// Returned by [`Client::get_workspace`](crate::Client::get_workspace).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Workspace {
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub group_id: Option<String>,
    /// `groupName` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub group_name: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub owner: Option<WorkspaceOwner>,
    /// `minSyncRole` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub min_sync_role: Option<i64>,
    /// `loaderId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub loader_id: Option<String>,
    /// `currentDistribution` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub current_distribution: Option<i64>,
    /// `distributionPeriod` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub distribution_period: Option<WorkspaceDistributionPeriod>,
    /// `distributionDMs` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub distribution_d_ms: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub premium: Option<WorkspacePremium>,
    /// `None` when the property is missing; left out when `None`.
    pub tags: Option<Vec<WorkspaceTagsItem>>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    pub syncing: Option<bool>,
    /// `lastSynced` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub last_synced: Option<chrono::DateTime<chrono::Utc>>,
    /// `trackedStaff` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub tracked_staff: Option<i64>,
    /// `brandColor` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub brand_color: Option<WorkspaceBrandColor>,
    /// `overrideRoleMaximumSize` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub override_role_maximum_size: Option<i64>,
    /// `banStatus` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub ban_status: Option<WorkspaceBanStatus>,
}

impl<'de> Deserialize<'de> for Workspace {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for Workspace {
    const EXPECTING: &'static str = "struct Workspace";
    const FIELDS: &'static [&'static str] = &[
        "groupId",
        "groupName",
        "owner",
        "minSyncRole",
        "loaderId",
        "currentDistribution",
        "distributionPeriod",
        "distributionDMs",
        "premium",
        "tags",
        "created",
        "syncing",
        "lastSynced",
        "trackedStaff",
        "brandColor",
        "overrideRoleMaximumSize",
        "banStatus",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut group_id_slot = None;
        let mut group_name_slot = None;
        let mut owner_slot = None;
        let mut min_sync_role_slot = None;
        let mut loader_id_slot = None;
        let mut current_distribution_slot = None;
        let mut distribution_period_slot = None;
        let mut distribution_d_ms_slot = None;
        let mut premium_slot = None;
        let mut tags_slot = None;
        let mut created_slot = None;
        let mut syncing_slot = None;
        let mut last_synced_slot = None;
        let mut tracked_staff_slot = None;
        let mut brand_color_slot = None;
        let mut override_role_maximum_size_slot = None;
        let mut ban_status_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut group_id_slot, "groupId"),
                Member::Field(1) => {
                    read_member(&mut map, &mut group_name_slot, "groupName")
                }
                Member::Field(2) => read_member(&mut map, &mut owner_slot, "owner"),
                Member::Field(3) => {
                    read_member(&mut map, &mut min_sync_role_slot, "minSyncRole")
                }
                Member::Field(4) => {
                    read_member(&mut map, &mut loader_id_slot, "loaderId")
                }
                Member::Field(5) => {
                    read_member(
                        &mut map,
                        &mut current_distribution_slot,
                        "currentDistribution",
                    )
                }
                Member::Field(6) => {
                    read_member(
                        &mut map,
                        &mut distribution_period_slot,
                        "distributionPeriod",
                    )
                }
                Member::Field(7) => {
                    read_member(&mut map, &mut distribution_d_ms_slot, "distributionDMs")
                }
                Member::Field(8) => read_member(&mut map, &mut premium_slot, "premium"),
                Member::Field(9) => read_member(&mut map, &mut tags_slot, "tags"),
                Member::Field(10) => read_member(&mut map, &mut created_slot, "created"),
                Member::Field(11) => read_member(&mut map, &mut syncing_slot, "syncing"),
                Member::Field(12) => {
                    read_member(&mut map, &mut last_synced_slot, "lastSynced")
                }
                Member::Field(13) => {
                    read_member(&mut map, &mut tracked_staff_slot, "trackedStaff")
                }
                Member::Field(14) => {
                    read_member(&mut map, &mut brand_color_slot, "brandColor")
                }
                Member::Field(15) => {
                    read_member(
                        &mut map,
                        &mut override_role_maximum_size_slot,
                        "overrideRoleMaximumSize",
                    )
                }
                Member::Field(16) => {
                    read_member(&mut map, &mut ban_status_slot, "banStatus")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            group_id: group_id_slot.flatten(),
            group_name: group_name_slot.flatten(),
            owner: owner_slot.flatten(),
            min_sync_role: min_sync_role_slot.flatten(),
            loader_id: loader_id_slot.flatten(),
            current_distribution: current_distribution_slot.flatten(),
            distribution_period: distribution_period_slot.flatten(),
            distribution_d_ms: distribution_d_ms_slot.flatten(),
            premium: premium_slot.flatten(),
            tags: tags_slot.flatten(),
            created: created_slot.flatten(),
            syncing: syncing_slot.flatten(),
            last_synced: last_synced_slot.flatten(),
            tracked_staff: tracked_staff_slot.flatten(),
            brand_color: brand_color_slot.flatten(),
            override_role_maximum_size: override_role_maximum_size_slot.flatten(),
            ban_status: ban_status_slot.flatten(),
        })
    }
}

impl Serialize for Workspace {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "Workspace",
            &[
                Property::optional("groupId", &self.group_id),
                Property::optional("groupName", &self.group_name),
                Property::optional("owner", &self.owner),
                Property::optional("minSyncRole", &self.min_sync_role),
                Property::optional("loaderId", &self.loader_id),
                Property::optional("currentDistribution", &self.current_distribution),
                Property::optional("distributionPeriod", &self.distribution_period),
                Property::optional("distributionDMs", &self.distribution_d_ms),
                Property::optional("premium", &self.premium),
                Property::optional("tags", &self.tags),
                Property::optional("created", &self.created),
                Property::optional("syncing", &self.syncing),
                Property::optional("lastSynced", &self.last_synced),
                Property::optional("trackedStaff", &self.tracked_staff),
                Property::optional("brandColor", &self.brand_color),
                Property::optional(
                    "overrideRoleMaximumSize",
                    &self.override_role_maximum_size,
                ),
                Property::optional("banStatus", &self.ban_status),
            ],
        )
    }
}

/// The type of [`DistributionSummary::minutes`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ActivityMinutes {
    /// `None` when the property is missing; left out when `None`.
    pub total: Option<f64>,
    /// `None` when the property is missing; left out when `None`.
    pub active: Option<f64>,
    /// `None` when the property is missing; left out when `None`.
    pub inactive: Option<f64>,
    /// `None` when the property is missing; left out when `None`.
    pub typing: Option<f64>,
    /// `None` when the property is missing; left out when `None`.
    pub messages: Option<f64>,
}

impl<'de> Deserialize<'de> for ActivityMinutes {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for ActivityMinutes {
    const EXPECTING: &'static str = "struct ActivityMinutes";
    const FIELDS: &'static [&'static str] = &[
        "total",
        "active",
        "inactive",
        "typing",
        "messages",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut total_slot = None;
        let mut active_slot = None;
        let mut inactive_slot = None;
        let mut typing_slot = None;
        let mut messages_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut total_slot, "total"),
                Member::Field(1) => read_member(&mut map, &mut active_slot, "active"),
                Member::Field(2) => read_member(&mut map, &mut inactive_slot, "inactive"),
                Member::Field(3) => read_member(&mut map, &mut typing_slot, "typing"),
                Member::Field(4) => read_member(&mut map, &mut messages_slot, "messages"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            total: total_slot.flatten(),
            active: active_slot.flatten(),
            inactive: inactive_slot.flatten(),
            typing: typing_slot.flatten(),
            messages: messages_slot.flatten(),
        })
    }
}

impl Serialize for ActivityMinutes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "ActivityMinutes",
            &[
                Property::optional("total", &self.total),
                Property::optional("active", &self.active),
                Property::optional("inactive", &self.inactive),
                Property::optional("typing", &self.typing),
                Property::optional("messages", &self.messages),
            ],
        )
    }
}

/// The type of [`DistributionGoal::minutes`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GoalProgress {
    /// `metGoal` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub met_goal: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub at: Option<f64>,
    /// `None` when the property is missing; left out when `None`.
    pub percentage: Option<f64>,
    /// `None` when the property is missing; left out when `None`.
    pub goal: Option<f64>,
}

impl<'de> Deserialize<'de> for GoalProgress {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for GoalProgress {
    const EXPECTING: &'static str = "struct GoalProgress";
    const FIELDS: &'static [&'static str] = &["metGoal", "at", "percentage", "goal"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut met_goal_slot = None;
        let mut at_slot = None;
        let mut percentage_slot = None;
        let mut goal_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut met_goal_slot, "metGoal"),
                Member::Field(1) => read_member(&mut map, &mut at_slot, "at"),
                Member::Field(2) => {
                    read_member(&mut map, &mut percentage_slot, "percentage")
                }
                Member::Field(3) => read_member(&mut map, &mut goal_slot, "goal"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            met_goal: met_goal_slot.flatten(),
            at: at_slot.flatten(),
            percentage: percentage_slot.flatten(),
            goal: goal_slot.flatten(),
        })
    }
}

impl Serialize for GoalProgress {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "GoalProgress",
            &[
                Property::optional("metGoal", &self.met_goal),
                Property::optional("at", &self.at),
                Property::optional("percentage", &self.percentage),
                Property::optional("goal", &self.goal),
            ],
        )
    }
}

/// Progress towards one activity requirement, per requirement type
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DistributionGoal {
    /// `None` when the property is missing; left out when `None`.
    pub minutes: Option<GoalProgress>,
    /// `activeMinutes` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub active_minutes: Option<GoalProgress>,
    /// `minimumMessages` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub minimum_messages: Option<GoalProgress>,
    /// `minimumSessions` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub minimum_sessions: Option<GoalProgress>,
}

impl<'de> Deserialize<'de> for DistributionGoal {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for DistributionGoal {
    const EXPECTING: &'static str = "struct DistributionGoal";
    const FIELDS: &'static [&'static str] = &[
        "minutes",
        "activeMinutes",
        "minimumMessages",
        "minimumSessions",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut minutes_slot = None;
        let mut active_minutes_slot = None;
        let mut minimum_messages_slot = None;
        let mut minimum_sessions_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut minutes_slot, "minutes"),
                Member::Field(1) => {
                    read_member(&mut map, &mut active_minutes_slot, "activeMinutes")
                }
                Member::Field(2) => {
                    read_member(&mut map, &mut minimum_messages_slot, "minimumMessages")
                }
                Member::Field(3) => {
                    read_member(&mut map, &mut minimum_sessions_slot, "minimumSessions")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            minutes: minutes_slot.flatten(),
            active_minutes: active_minutes_slot.flatten(),
            minimum_messages: minimum_messages_slot.flatten(),
            minimum_sessions: minimum_sessions_slot.flatten(),
        })
    }
}

impl Serialize for DistributionGoal {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "DistributionGoal",
            &[
                Property::optional("minutes", &self.minutes),
                Property::optional("activeMinutes", &self.active_minutes),
                Property::optional("minimumMessages", &self.minimum_messages),
                Property::optional("minimumSessions", &self.minimum_sessions),
            ],
        )
    }
}

/// A staff member's activity summary for one distribution period
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DistributionSummary {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub user_id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub group_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub distribution: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub sessions: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    pub minutes: Option<ActivityMinutes>,
    /// Goal progress keyed by activity requirement id
    ///
    /// `None` when the property is missing; left out when `None`.
    pub goals: Option<BTreeMap<String, DistributionGoal>>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// `attendedSessions` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub attended_sessions: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    pub updated: Option<chrono::DateTime<chrono::Utc>>,
}

impl<'de> Deserialize<'de> for DistributionSummary {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for DistributionSummary {
    const EXPECTING: &'static str = "struct DistributionSummary";
    const FIELDS: &'static [&'static str] = &[
        "_id",
        "userId",
        "groupId",
        "distribution",
        "sessions",
        "minutes",
        "goals",
        "created",
        "attendedSessions",
        "updated",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut id_slot = None;
        let mut user_id_slot = None;
        let mut group_id_slot = None;
        let mut distribution_slot = None;
        let mut sessions_slot = None;
        let mut minutes_slot = None;
        let mut goals_slot = None;
        let mut created_slot = None;
        let mut attended_sessions_slot = None;
        let mut updated_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut id_slot, "_id"),
                Member::Field(1) => read_member(&mut map, &mut user_id_slot, "userId"),
                Member::Field(2) => read_member(&mut map, &mut group_id_slot, "groupId"),
                Member::Field(3) => {
                    read_member(&mut map, &mut distribution_slot, "distribution")
                }
                Member::Field(4) => read_member(&mut map, &mut sessions_slot, "sessions"),
                Member::Field(5) => read_member(&mut map, &mut minutes_slot, "minutes"),
                Member::Field(6) => read_member(&mut map, &mut goals_slot, "goals"),
                Member::Field(7) => read_member(&mut map, &mut created_slot, "created"),
                Member::Field(8) => {
                    read_member(
                        &mut map,
                        &mut attended_sessions_slot,
                        "attendedSessions",
                    )
                }
                Member::Field(9) => read_member(&mut map, &mut updated_slot, "updated"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            id: id_slot.flatten(),
            user_id: user_id_slot.flatten(),
            group_id: group_id_slot.flatten(),
            distribution: distribution_slot.flatten(),
            sessions: sessions_slot.flatten(),
            minutes: minutes_slot.flatten(),
            goals: goals_slot.flatten(),
            created: created_slot.flatten(),
            attended_sessions: attended_sessions_slot.flatten(),
            updated: updated_slot.flatten(),
        })
    }
}

impl Serialize for DistributionSummary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "DistributionSummary",
            &[
                Property::optional("_id", &self.id),
                Property::optional("userId", &self.user_id),
                Property::optional("groupId", &self.group_id),
                Property::optional("distribution", &self.distribution),
                Property::optional("sessions", &self.sessions),
                Property::optional("minutes", &self.minutes),
                Property::optional("goals", &self.goals),
                Property::optional("created", &self.created),
                Property::optional("attendedSessions", &self.attended_sessions),
                Property::optional("updated", &self.updated),
            ],
        )
    }
}

/// One tracked in-game session of a user
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserGameSession {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub group_id: Option<i64>,
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub user_id: Option<i64>,
    /// `gameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub game_id: Option<i64>,
    /// `placeId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub place_id: Option<i64>,
    /// `internalGameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub internal_game_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub platform: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub staff: Option<bool>,
    /// `inGame` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub in_game: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub distribution: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    pub minutes: Option<ActivityMinutes>,
    /// `None` when the property is missing; left out when `None`.
    pub started: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    pub ended: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

impl<'de> Deserialize<'de> for UserGameSession {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for UserGameSession {
    const EXPECTING: &'static str = "struct UserGameSession";
    const FIELDS: &'static [&'static str] = &[
        "_id",
        "groupId",
        "userId",
        "gameId",
        "placeId",
        "internalGameId",
        "platform",
        "staff",
        "inGame",
        "distribution",
        "minutes",
        "started",
        "ended",
        "created",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut id_slot = None;
        let mut group_id_slot = None;
        let mut user_id_slot = None;
        let mut game_id_slot = None;
        let mut place_id_slot = None;
        let mut internal_game_id_slot = None;
        let mut platform_slot = None;
        let mut staff_slot = None;
        let mut in_game_slot = None;
        let mut distribution_slot = None;
        let mut minutes_slot = None;
        let mut started_slot = None;
        let mut ended_slot = None;
        let mut created_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut id_slot, "_id"),
                Member::Field(1) => read_member(&mut map, &mut group_id_slot, "groupId"),
                Member::Field(2) => read_member(&mut map, &mut user_id_slot, "userId"),
                Member::Field(3) => read_member(&mut map, &mut game_id_slot, "gameId"),
                Member::Field(4) => read_member(&mut map, &mut place_id_slot, "placeId"),
                Member::Field(5) => {
                    read_member(&mut map, &mut internal_game_id_slot, "internalGameId")
                }
                Member::Field(6) => read_member(&mut map, &mut platform_slot, "platform"),
                Member::Field(7) => read_member(&mut map, &mut staff_slot, "staff"),
                Member::Field(8) => read_member(&mut map, &mut in_game_slot, "inGame"),
                Member::Field(9) => {
                    read_member(&mut map, &mut distribution_slot, "distribution")
                }
                Member::Field(10) => read_member(&mut map, &mut minutes_slot, "minutes"),
                Member::Field(11) => read_member(&mut map, &mut started_slot, "started"),
                Member::Field(12) => read_member(&mut map, &mut ended_slot, "ended"),
                Member::Field(13) => read_member(&mut map, &mut created_slot, "created"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            id: id_slot.flatten(),
            group_id: group_id_slot.flatten(),
            user_id: user_id_slot.flatten(),
            game_id: game_id_slot.flatten(),
            place_id: place_id_slot.flatten(),
            internal_game_id: internal_game_id_slot.flatten(),
            platform: platform_slot.flatten(),
            staff: staff_slot.flatten(),
            in_game: in_game_slot.flatten(),
            distribution: distribution_slot.flatten(),
            minutes: minutes_slot.flatten(),
            started: started_slot.flatten(),
            ended: ended_slot.flatten(),
            created: created_slot.flatten(),
        })
    }
}

impl Serialize for UserGameSession {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "UserGameSession",
            &[
                Property::optional("_id", &self.id),
                Property::optional("groupId", &self.group_id),
                Property::optional("userId", &self.user_id),
                Property::optional("gameId", &self.game_id),
                Property::optional("placeId", &self.place_id),
                Property::optional("internalGameId", &self.internal_game_id),
                Property::optional("platform", &self.platform),
                Property::optional("staff", &self.staff),
                Property::optional("inGame", &self.in_game),
                Property::optional("distribution", &self.distribution),
                Property::optional("minutes", &self.minutes),
                Property::optional("started", &self.started),
                Property::optional("ended", &self.ended),
                Property::optional("created", &self.created),
            ],
        )
    }
}

/// Returned by [`Client::get_workspace_leaderboard`](crate::Client::get_workspace_leaderboard).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LeaderboardResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub leaderboard: Option<Vec<DistributionSummary>>,
}

impl<'de> Deserialize<'de> for LeaderboardResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for LeaderboardResponse {
    const EXPECTING: &'static str = "struct LeaderboardResponse";
    const FIELDS: &'static [&'static str] = &["success", "leaderboard"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut leaderboard_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => {
                    read_member(&mut map, &mut leaderboard_slot, "leaderboard")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            leaderboard: leaderboard_slot.flatten(),
        })
    }
}

impl Serialize for LeaderboardResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "LeaderboardResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("leaderboard", &self.leaderboard),
            ],
        )
    }
}

/// Returned by [`Client::get_user_minutes`](crate::Client::get_user_minutes).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserMinutesResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// 1-based position of the user on the workspace leaderboard
    ///
    /// `None` when the property is missing; left out when `None`.
    pub workspace_position: Option<i64>,
    /// `None` when the property is missing or `null`.
    pub summary: Option<DistributionSummary>,
}

impl<'de> Deserialize<'de> for UserMinutesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for UserMinutesResponse {
    const EXPECTING: &'static str = "struct UserMinutesResponse";
    const FIELDS: &'static [&'static str] = &[
        "success",
        "workspace_position",
        "summary",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut workspace_position_slot = None;
        let mut summary_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => {
                    read_member(
                        &mut map,
                        &mut workspace_position_slot,
                        "workspace_position",
                    )
                }
                Member::Field(2) => read_member(&mut map, &mut summary_slot, "summary"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            workspace_position: workspace_position_slot.flatten(),
            summary: summary_slot.flatten(),
        })
    }
}

impl Serialize for UserMinutesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "UserMinutesResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("workspace_position", &self.workspace_position),
                Property::optional("summary", &self.summary),
            ],
        )
    }
}

/// Returned by [`Client::get_user_activity`](crate::Client::get_user_activity).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserActivityResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub summary: Option<DistributionSummary>,
    /// `None` when the property is missing; left out when `None`.
    pub sessions: Option<Vec<UserGameSession>>,
}

impl<'de> Deserialize<'de> for UserActivityResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for UserActivityResponse {
    const EXPECTING: &'static str = "struct UserActivityResponse";
    const FIELDS: &'static [&'static str] = &["success", "summary", "sessions"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut summary_slot = None;
        let mut sessions_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut summary_slot, "summary"),
                Member::Field(2) => read_member(&mut map, &mut sessions_slot, "sessions"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            summary: summary_slot.flatten(),
            sessions: sessions_slot.flatten(),
        })
    }
}

impl Serialize for UserActivityResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "UserActivityResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("summary", &self.summary),
                Property::optional("sessions", &self.sessions),
            ],
        )
    }
}

/// Attendance state of a user in a session
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UserState {
    /// `none`
    None,
    /// `current`
    Current,
    /// `completed`
    Completed,
    /// `passed`
    Passed,
    /// `failed`
    Failed,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl UserState {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::Current => "current",
            Self::Completed => "completed",
            Self::Passed => "passed",
            Self::Failed => "failed",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for UserState {
    fn from(value: &str) -> Self {
        match value {
            "none" => Self::None,
            "current" => Self::Current,
            "completed" => Self::Completed,
            "passed" => Self::Passed,
            "failed" => Self::Failed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for UserState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UserState {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UserState {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for UserState {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// A claimable role inside a session role group
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionRole {
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub name: Option<String>,
    /// `maxUsers` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub max_users: Option<i64>,
    /// `minRank` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub min_rank: Option<i64>,
    /// `claimOnce` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub claim_once: Option<bool>,
}

impl<'de> Deserialize<'de> for SessionRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SessionRole {
    const EXPECTING: &'static str = "struct SessionRole";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "maxUsers",
        "minRank",
        "claimOnce",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut id_slot = None;
        let mut name_slot = None;
        let mut max_users_slot = None;
        let mut min_rank_slot = None;
        let mut claim_once_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut id_slot, "id"),
                Member::Field(1) => read_member(&mut map, &mut name_slot, "name"),
                Member::Field(2) => {
                    read_member(&mut map, &mut max_users_slot, "maxUsers")
                }
                Member::Field(3) => read_member(&mut map, &mut min_rank_slot, "minRank"),
                Member::Field(4) => {
                    read_member(&mut map, &mut claim_once_slot, "claimOnce")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            id: id_slot.flatten(),
            name: name_slot.flatten(),
            max_users: max_users_slot.flatten(),
            min_rank: min_rank_slot.flatten(),
            claim_once: claim_once_slot.flatten(),
        })
    }
}

impl Serialize for SessionRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SessionRole",
            &[
                Property::optional("id", &self.id),
                Property::optional("name", &self.name),
                Property::optional("maxUsers", &self.max_users),
                Property::optional("minRank", &self.min_rank),
                Property::optional("claimOnce", &self.claim_once),
            ],
        )
    }
}

/// Item of [`SessionRolesResponse::roles`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionRoleGroup {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub underscore_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub group_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub name: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub roles: Option<Vec<SessionRole>>,
    /// `usedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub used_by: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

impl<'de> Deserialize<'de> for SessionRoleGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SessionRoleGroup {
    const EXPECTING: &'static str = "struct SessionRoleGroup";
    const FIELDS: &'static [&'static str] = &[
        "_id",
        "id",
        "groupId",
        "name",
        "roles",
        "usedBy",
        "created",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut underscore_id_slot = None;
        let mut id_slot = None;
        let mut group_id_slot = None;
        let mut name_slot = None;
        let mut roles_slot = None;
        let mut used_by_slot = None;
        let mut created_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut underscore_id_slot, "_id"),
                Member::Field(1) => read_member(&mut map, &mut id_slot, "id"),
                Member::Field(2) => read_member(&mut map, &mut group_id_slot, "groupId"),
                Member::Field(3) => read_member(&mut map, &mut name_slot, "name"),
                Member::Field(4) => read_member(&mut map, &mut roles_slot, "roles"),
                Member::Field(5) => read_member(&mut map, &mut used_by_slot, "usedBy"),
                Member::Field(6) => read_member(&mut map, &mut created_slot, "created"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            underscore_id: underscore_id_slot.flatten(),
            id: id_slot.flatten(),
            group_id: group_id_slot.flatten(),
            name: name_slot.flatten(),
            roles: roles_slot.flatten(),
            used_by: used_by_slot.flatten(),
            created: created_slot.flatten(),
        })
    }
}

impl Serialize for SessionRoleGroup {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SessionRoleGroup",
            &[
                Property::optional("_id", &self.underscore_id),
                Property::optional("id", &self.id),
                Property::optional("groupId", &self.group_id),
                Property::optional("name", &self.name),
                Property::optional("roles", &self.roles),
                Property::optional("usedBy", &self.used_by),
                Property::optional("created", &self.created),
            ],
        )
    }
}

/// When sessions of a template are created
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SessionSchedule {
    /// A [`DailySessionSchedule`].
    Daily(DailySessionSchedule),
    /// A [`WeeklySessionSchedule`].
    Weekly(WeeklySessionSchedule),
    /// A [`NoSessionSchedule`].
    None(NoSessionSchedule),
    /// A value this version of the client does not know, kept as it came.
    Unknown(serde_json::Value),
}

impl Serialize for SessionSchedule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Daily(value) => value.serialize(serializer),
            Self::Weekly(value) => value.serialize(serializer),
            Self::None(value) => value.serialize(serializer),
            Self::Unknown(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for SessionSchedule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        match value.get("type").and_then(serde_json::Value::as_str) {
            Some("daily") => return crate::values::tagged_variant(value).map(Self::Daily),
            Some("weekly") => {
                return crate::values::tagged_variant(value).map(Self::Weekly);
            }
            Some("none") => return crate::values::tagged_variant(value).map(Self::None),
            _ => {}
        }
        Ok(Self::Unknown(value))
    }
}

/// The value of the [`SessionSchedule::Daily`] variant.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DailySessionSchedule {
    /// The `type` property.
    pub r#type: DailySessionScheduleType,
    /// The `hour` property.
    pub hour: i64,
    /// The `minute` property.
    pub minute: i64,
}

impl<'de> Deserialize<'de> for DailySessionSchedule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for DailySessionSchedule {
    const EXPECTING: &'static str = "struct DailySessionSchedule";
    const FIELDS: &'static [&'static str] = &["type", "hour", "minute"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut type_slot = None;
        let mut hour_slot = None;
        let mut minute_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut type_slot, "type"),
                Member::Field(1) => read_member(&mut map, &mut hour_slot, "hour"),
                Member::Field(2) => read_member(&mut map, &mut minute_slot, "minute"),
                _ => skip_member(&mut map),
            }?;
        }
        let present = [type_slot.is_some(), hour_slot.is_some(), minute_slot.is_some()];
        let (Some(type_slot), Some(hour_slot), Some(minute_slot)) = (
            type_slot,
            hour_slot,
            minute_slot,
        ) else {
            return Err(missing(&present, &["type", "hour", "minute"]));
        };
        Ok(Self {
            r#type: type_slot,
            hour: hour_slot,
            minute: minute_slot,
        })
    }
}

impl Serialize for DailySessionSchedule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "DailySessionSchedule",
            &[
                Property::new("type", &self.r#type),
                Property::new("hour", &self.hour),
                Property::new("minute", &self.minute),
            ],
        )
    }
}

/// The value of the [`SessionSchedule::Weekly`] variant.
#[derive(Debug, Clone, PartialEq)]
pub struct WeeklySessionSchedule {
    /// The `type` property.
    pub r#type: WeeklySessionScheduleType,
    /// The `day` property.
    pub day: WeeklySessionScheduleDay,
    /// The `hour` property.
    pub hour: i64,
    /// The `minute` property.
    pub minute: i64,
}

impl<'de> Deserialize<'de> for WeeklySessionSchedule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for WeeklySessionSchedule {
    const EXPECTING: &'static str = "struct WeeklySessionSchedule";
    const FIELDS: &'static [&'static str] = &["type", "day", "hour", "minute"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut type_slot = None;
        let mut day_slot = None;
        let mut hour_slot = None;
        let mut minute_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut type_slot, "type"),
                Member::Field(1) => read_member(&mut map, &mut day_slot, "day"),
                Member::Field(2) => read_member(&mut map, &mut hour_slot, "hour"),
                Member::Field(3) => read_member(&mut map, &mut minute_slot, "minute"),
                _ => skip_member(&mut map),
            }?;
        }
        let present = [
            type_slot.is_some(),
            day_slot.is_some(),
            hour_slot.is_some(),
            minute_slot.is_some(),
        ];
        let (Some(type_slot), Some(day_slot), Some(hour_slot), Some(minute_slot)) = (
            type_slot,
            day_slot,
            hour_slot,
            minute_slot,
        ) else {
            return Err(missing(&present, &["type", "day", "hour", "minute"]));
        };
        Ok(Self {
            r#type: type_slot,
            day: day_slot,
            hour: hour_slot,
            minute: minute_slot,
        })
    }
}

impl Serialize for WeeklySessionSchedule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "WeeklySessionSchedule",
            &[
                Property::new("type", &self.r#type),
                Property::new("day", &self.day),
                Property::new("hour", &self.hour),
                Property::new("minute", &self.minute),
            ],
        )
    }
}

/// The value of the [`SessionSchedule::None`] variant.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NoSessionSchedule {
    /// The `type` property.
    pub r#type: NoSessionScheduleType,
    /// `None` when the property is missing; left out when `None`.
    pub hour: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    pub minute: Option<i64>,
}

impl<'de> Deserialize<'de> for NoSessionSchedule {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for NoSessionSchedule {
    const EXPECTING: &'static str = "struct NoSessionSchedule";
    const FIELDS: &'static [&'static str] = &["type", "hour", "minute"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, required, skip_member, Member, Members};
        let mut type_slot = None;
        let mut hour_slot = None;
        let mut minute_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut type_slot, "type"),
                Member::Field(1) => read_member(&mut map, &mut hour_slot, "hour"),
                Member::Field(2) => read_member(&mut map, &mut minute_slot, "minute"),
                _ => skip_member(&mut map),
            }?;
        }
        let type_slot = required(type_slot, "type")?;
        Ok(Self {
            r#type: type_slot,
            hour: hour_slot.flatten(),
            minute: minute_slot.flatten(),
        })
    }
}

impl Serialize for NoSessionSchedule {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "NoSessionSchedule",
            &[
                Property::new("type", &self.r#type),
                Property::optional("hour", &self.hour),
                Property::optional("minute", &self.minute),
            ],
        )
    }
}

/// The type of [`Session::template`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionTemplate {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub underscore_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub group_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub name: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub description: Option<String>,
    /// Ids of the role groups that can be claimed
    ///
    /// `None` when the property is missing; left out when `None`.
    pub roles: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    pub schedule: Option<SessionSchedule>,
    /// `appearsMinutesBefore` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub appears_minutes_before: Option<i64>,
    /// Duration in minutes
    ///
    /// `sessionDuration` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub session_duration: Option<i64>,
    /// `placeId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub place_id: Option<i64>,
    /// `gameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub game_id: Option<i64>,
    /// `createDiscordEvent` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub create_discord_event: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

impl<'de> Deserialize<'de> for SessionTemplate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SessionTemplate {
    const EXPECTING: &'static str = "struct SessionTemplate";
    const FIELDS: &'static [&'static str] = &[
        "_id",
        "id",
        "groupId",
        "name",
        "description",
        "roles",
        "schedule",
        "appearsMinutesBefore",
        "sessionDuration",
        "placeId",
        "gameId",
        "createDiscordEvent",
        "created",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut underscore_id_slot = None;
        let mut id_slot = None;
        let mut group_id_slot = None;
        let mut name_slot = None;
        let mut description_slot = None;
        let mut roles_slot = None;
        let mut schedule_slot = None;
        let mut appears_minutes_before_slot = None;
        let mut session_duration_slot = None;
        let mut place_id_slot = None;
        let mut game_id_slot = None;
        let mut create_discord_event_slot = None;
        let mut created_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut underscore_id_slot, "_id"),
                Member::Field(1) => read_member(&mut map, &mut id_slot, "id"),
                Member::Field(2) => read_member(&mut map, &mut group_id_slot, "groupId"),
                Member::Field(3) => read_member(&mut map, &mut name_slot, "name"),
                Member::Field(4) => {
                    read_member(&mut map, &mut description_slot, "description")
                }
                Member::Field(5) => read_member(&mut map, &mut roles_slot, "roles"),
                Member::Field(6) => read_member(&mut map, &mut schedule_slot, "schedule"),
                Member::Field(7) => {
                    read_member(
                        &mut map,
                        &mut appears_minutes_before_slot,
                        "appearsMinutesBefore",
                    )
                }
                Member::Field(8) => {
                    read_member(&mut map, &mut session_duration_slot, "sessionDuration")
                }
                Member::Field(9) => read_member(&mut map, &mut place_id_slot, "placeId"),
                Member::Field(10) => read_member(&mut map, &mut game_id_slot, "gameId"),
                Member::Field(11) => {
                    read_member(
                        &mut map,
                        &mut create_discord_event_slot,
                        "createDiscordEvent",
                    )
                }
                Member::Field(12) => read_member(&mut map, &mut created_slot, "created"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            underscore_id: underscore_id_slot.flatten(),
            id: id_slot.flatten(),
            group_id: group_id_slot.flatten(),
            name: name_slot.flatten(),
            description: description_slot.flatten(),
            roles: roles_slot.flatten(),
            schedule: schedule_slot.flatten(),
            appears_minutes_before: appears_minutes_before_slot.flatten(),
            session_duration: session_duration_slot.flatten(),
            place_id: place_id_slot.flatten(),
            game_id: game_id_slot.flatten(),
            create_discord_event: create_discord_event_slot.flatten(),
            created: created_slot.flatten(),
        })
    }
}

impl Serialize for SessionTemplate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SessionTemplate",
            &[
                Property::optional("_id", &self.underscore_id),
                Property::optional("id", &self.id),
                Property::optional("groupId", &self.group_id),
                Property::optional("name", &self.name),
                Property::optional("description", &self.description),
                Property::optional("roles", &self.roles),
                Property::optional("schedule", &self.schedule),
                Property::optional("appearsMinutesBefore", &self.appears_minutes_before),
                Property::optional("sessionDuration", &self.session_duration),
                Property::optional("placeId", &self.place_id),
                Property::optional("gameId", &self.game_id),
                Property::optional("createDiscordEvent", &self.create_discord_event),
                Property::optional("created", &self.created),
            ],
        )
    }
}

/// Value of the [`SessionServerClaims::Map`] variant.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionClaim {
    /// `claimedRole` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub claimed_role: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub state: Option<UserState>,
    /// `claimedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub claimed_by: Option<String>,
    /// `claimedAt` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub claimed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `claimId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub claim_id: Option<String>,
}

impl<'de> Deserialize<'de> for SessionClaim {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SessionClaim {
    const EXPECTING: &'static str = "struct SessionClaim";
    const FIELDS: &'static [&'static str] = &[
        "claimedRole",
        "state",
        "claimedBy",
        "claimedAt",
        "claimId",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut claimed_role_slot = None;
        let mut state_slot = None;
        let mut claimed_by_slot = None;
        let mut claimed_at_slot = None;
        let mut claim_id_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => {
                    read_member(&mut map, &mut claimed_role_slot, "claimedRole")
                }
                Member::Field(1) => read_member(&mut map, &mut state_slot, "state"),
                Member::Field(2) => {
                    read_member(&mut map, &mut claimed_by_slot, "claimedBy")
                }
                Member::Field(3) => {
                    read_member(&mut map, &mut claimed_at_slot, "claimedAt")
                }
                Member::Field(4) => read_member(&mut map, &mut claim_id_slot, "claimId"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            claimed_role: claimed_role_slot.flatten(),
            state: state_slot.flatten(),
            claimed_by: claimed_by_slot.flatten(),
            claimed_at: claimed_at_slot.flatten(),
            claim_id: claim_id_slot.flatten(),
        })
    }
}

impl Serialize for SessionClaim {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SessionClaim",
            &[
                Property::optional("claimedRole", &self.claimed_role),
                Property::optional("state", &self.state),
                Property::optional("claimedBy", &self.claimed_by),
                Property::optional("claimedAt", &self.claimed_at),
                Property::optional("claimId", &self.claim_id),
            ],
        )
    }
}

/// A claim in the array form of `SessionServer.claims`
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionClaimEntry {
    /// `claimedRole` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub claimed_role: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub state: Option<UserState>,
    /// `claimedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub claimed_by: Option<String>,
    /// `claimedAt` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub claimed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `claimId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub claim_id: Option<String>,
    /// `userId` on the wire.
    pub user_id: String,
}

impl<'de> Deserialize<'de> for SessionClaimEntry {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SessionClaimEntry {
    const EXPECTING: &'static str = "struct SessionClaimEntry";
    const FIELDS: &'static [&'static str] = &[
        "claimedRole",
        "state",
        "claimedBy",
        "claimedAt",
        "claimId",
        "userId",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, required, skip_member, Member, Members};
        let mut claimed_role_slot = None;
        let mut state_slot = None;
        let mut claimed_by_slot = None;
        let mut claimed_at_slot = None;
        let mut claim_id_slot = None;
        let mut user_id_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => {
                    read_member(&mut map, &mut claimed_role_slot, "claimedRole")
                }
                Member::Field(1) => read_member(&mut map, &mut state_slot, "state"),
                Member::Field(2) => {
                    read_member(&mut map, &mut claimed_by_slot, "claimedBy")
                }
                Member::Field(3) => {
                    read_member(&mut map, &mut claimed_at_slot, "claimedAt")
                }
                Member::Field(4) => read_member(&mut map, &mut claim_id_slot, "claimId"),
                Member::Field(5) => read_member(&mut map, &mut user_id_slot, "userId"),
                _ => skip_member(&mut map),
            }?;
        }
        let user_id_slot = required(user_id_slot, "userId")?;
        Ok(Self {
            claimed_role: claimed_role_slot.flatten(),
            state: state_slot.flatten(),
            claimed_by: claimed_by_slot.flatten(),
            claimed_at: claimed_at_slot.flatten(),
            claim_id: claim_id_slot.flatten(),
            user_id: user_id_slot,
        })
    }
}

impl Serialize for SessionClaimEntry {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SessionClaimEntry",
            &[
                Property::optional("claimedRole", &self.claimed_role),
                Property::optional("state", &self.state),
                Property::optional("claimedBy", &self.claimed_by),
                Property::optional("claimedAt", &self.claimed_at),
                Property::optional("claimId", &self.claim_id),
                Property::new("userId", &self.user_id),
            ],
        )
    }
}

/// Value of [`SessionServer::attendees`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionAttendee {
    /// `None` when the property is missing; left out when `None`.
    pub state: Option<UserState>,
    /// `addedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub added_by: Option<String>,
}

impl<'de> Deserialize<'de> for SessionAttendee {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SessionAttendee {
    const EXPECTING: &'static str = "struct SessionAttendee";
    const FIELDS: &'static [&'static str] = &["state", "addedBy"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut state_slot = None;
        let mut added_by_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut state_slot, "state"),
                Member::Field(1) => read_member(&mut map, &mut added_by_slot, "addedBy"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            state: state_slot.flatten(),
            added_by: added_by_slot.flatten(),
        })
    }
}

impl Serialize for SessionAttendee {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SessionAttendee",
            &[
                Property::optional("state", &self.state),
                Property::optional("addedBy", &self.added_by),
            ],
        )
    }
}

/// Value of [`Session::servers`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionServer {
    /// `None` when the property is missing; left out when `None`.
    pub nickname: Option<String>,
    /// `linkedToServer` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub linked_to_server: Option<bool>,
    /// `linkedServerReAdminId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub linked_server_re_admin_id: Option<String>,
    /// `linkedServerJobId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub linked_server_job_id: Option<String>,
    /// `linkedByUser` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub linked_by_user: Option<String>,
    /// Claims on this server: either a map keyed by Roblox user id (legacy form) or an array of claims carrying their own `userId`.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub claims: Option<SessionServerClaims>,
    /// Attendees keyed by Roblox user id
    ///
    /// `None` when the property is missing; left out when `None`.
    pub attendees: Option<BTreeMap<String, SessionAttendee>>,
}

impl<'de> Deserialize<'de> for SessionServer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SessionServer {
    const EXPECTING: &'static str = "struct SessionServer";
    const FIELDS: &'static [&'static str] = &[
        "nickname",
        "linkedToServer",
        "linkedServerReAdminId",
        "linkedServerJobId",
        "linkedByUser",
        "claims",
        "attendees",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut nickname_slot = None;
        let mut linked_to_server_slot = None;
        let mut linked_server_re_admin_id_slot = None;
        let mut linked_server_job_id_slot = None;
        let mut linked_by_user_slot = None;
        let mut claims_slot = None;
        let mut attendees_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut nickname_slot, "nickname"),
                Member::Field(1) => {
                    read_member(&mut map, &mut linked_to_server_slot, "linkedToServer")
                }
                Member::Field(2) => {
                    read_member(
                        &mut map,
                        &mut linked_server_re_admin_id_slot,
                        "linkedServerReAdminId",
                    )
                }
                Member::Field(3) => {
                    read_member(
                        &mut map,
                        &mut linked_server_job_id_slot,
                        "linkedServerJobId",
                    )
                }
                Member::Field(4) => {
                    read_member(&mut map, &mut linked_by_user_slot, "linkedByUser")
                }
                Member::Field(5) => read_member(&mut map, &mut claims_slot, "claims"),
                Member::Field(6) => {
                    read_member(&mut map, &mut attendees_slot, "attendees")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            nickname: nickname_slot.flatten(),
            linked_to_server: linked_to_server_slot.flatten(),
            linked_server_re_admin_id: linked_server_re_admin_id_slot.flatten(),
            linked_server_job_id: linked_server_job_id_slot.flatten(),
            linked_by_user: linked_by_user_slot.flatten(),
            claims: claims_slot.flatten(),
            attendees: attendees_slot.flatten(),
        })
    }
}

impl Serialize for SessionServer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SessionServer",
            &[
                Property::optional("nickname", &self.nickname),
                Property::optional("linkedToServer", &self.linked_to_server),
                Property::optional(
                    "linkedServerReAdminId",
                    &self.linked_server_re_admin_id,
                ),
                Property::optional("linkedServerJobId", &self.linked_server_job_id),
                Property::optional("linkedByUser", &self.linked_by_user),
                Property::optional("claims", &self.claims),
                Property::optional("attendees", &self.attendees),
            ],
        )
    }
}

/// Item of [`Session::comments`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionComment {
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `authorId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub author_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub note: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub deleteable: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub attachments: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

impl<'de> Deserialize<'de> for SessionComment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SessionComment {
    const EXPECTING: &'static str = "struct SessionComment";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "authorId",
        "note",
        "deleteable",
        "attachments",
        "created",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut id_slot = None;
        let mut author_id_slot = None;
        let mut note_slot = None;
        let mut deleteable_slot = None;
        let mut attachments_slot = None;
        let mut created_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut id_slot, "id"),
                Member::Field(1) => {
                    read_member(&mut map, &mut author_id_slot, "authorId")
                }
                Member::Field(2) => read_member(&mut map, &mut note_slot, "note"),
                Member::Field(3) => {
                    read_member(&mut map, &mut deleteable_slot, "deleteable")
                }
                Member::Field(4) => {
                    read_member(&mut map, &mut attachments_slot, "attachments")
                }
                Member::Field(5) => read_member(&mut map, &mut created_slot, "created"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            id: id_slot.flatten(),
            author_id: author_id_slot.flatten(),
            note: note_slot.flatten(),
            deleteable: deleteable_slot.flatten(),
            attachments: attachments_slot.flatten(),
            created: created_slot.flatten(),
        })
    }
}

impl Serialize for SessionComment {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SessionComment",
            &[
                Property::optional("id", &self.id),
                Property::optional("authorId", &self.author_id),
                Property::optional("note", &self.note),
                Property::optional("deleteable", &self.deleteable),
                Property::optional("attachments", &self.attachments),
                Property::optional("created", &self.created),
            ],
        )
    }
}

/// A session as stored by ReAdmin (v1 API)
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Session {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub underscore_id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub group_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `templateId` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    pub template_id: Option<String>,
    /// Roblox ids of users holding a claim
    ///
    /// `None` when the property is missing; left out when `None`.
    pub claims: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    pub attendees: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    pub comments: Option<Vec<SessionComment>>,
    /// Session servers keyed by server id
    ///
    /// `None` when the property is missing; left out when `None`.
    pub servers: Option<BTreeMap<String, SessionServer>>,
    /// `newClaimingSystem` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub new_claiming_system: Option<bool>,
    /// Start time
    ///
    /// `None` when the property is missing; left out when `None`.
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    /// `notifyTime` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub notify_time: Option<chrono::DateTime<chrono::Utc>>,
    /// `endsAt` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub ends_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// `createdBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub created_by: Option<String>,
    /// `sentDMS` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub sent_dms: Option<bool>,
    /// `sentStartMessage` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub sent_start_message: Option<bool>,
    /// `sentEndMessage` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub sent_end_message: Option<bool>,
    /// `oneOffSession` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub one_off_session: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub template: Option<SessionTemplate>,
    /// `createdDiscordEvent` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub created_discord_event: Option<bool>,
}

impl<'de> Deserialize<'de> for Session {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for Session {
    const EXPECTING: &'static str = "struct Session";
    const FIELDS: &'static [&'static str] = &[
        "_id",
        "groupId",
        "id",
        "templateId",
        "claims",
        "attendees",
        "comments",
        "servers",
        "newClaimingSystem",
        "date",
        "notifyTime",
        "endsAt",
        "created",
        "createdBy",
        "sentDMS",
        "sentStartMessage",
        "sentEndMessage",
        "oneOffSession",
        "template",
        "createdDiscordEvent",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut underscore_id_slot = None;
        let mut group_id_slot = None;
        let mut id_slot = None;
        let mut template_id_slot = None;
        let mut claims_slot = None;
        let mut attendees_slot = None;
        let mut comments_slot = None;
        let mut servers_slot = None;
        let mut new_claiming_system_slot = None;
        let mut date_slot = None;
        let mut notify_time_slot = None;
        let mut ends_at_slot = None;
        let mut created_slot = None;
        let mut created_by_slot = None;
        let mut sent_dms_slot = None;
        let mut sent_start_message_slot = None;
        let mut sent_end_message_slot = None;
        let mut one_off_session_slot = None;
        let mut template_slot = None;
        let mut created_discord_event_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut underscore_id_slot, "_id"),
                Member::Field(1) => read_member(&mut map, &mut group_id_slot, "groupId"),
                Member::Field(2) => read_member(&mut map, &mut id_slot, "id"),
                Member::Field(3) => {
                    read_member(&mut map, &mut template_id_slot, "templateId")
                }
                Member::Field(4) => read_member(&mut map, &mut claims_slot, "claims"),
                Member::Field(5) => {
                    read_member(&mut map, &mut attendees_slot, "attendees")
                }
                Member::Field(6) => read_member(&mut map, &mut comments_slot, "comments"),
                Member::Field(7) => read_member(&mut map, &mut servers_slot, "servers"),
                Member::Field(8) => {
                    read_member(
                        &mut map,
                        &mut new_claiming_system_slot,
                        "newClaimingSystem",
                    )
                }
                Member::Field(9) => read_member(&mut map, &mut date_slot, "date"),
                Member::Field(10) => {
                    read_member(&mut map, &mut notify_time_slot, "notifyTime")
                }
                Member::Field(11) => read_member(&mut map, &mut ends_at_slot, "endsAt"),
                Member::Field(12) => read_member(&mut map, &mut created_slot, "created"),
                Member::Field(13) => {
                    read_member(&mut map, &mut created_by_slot, "createdBy")
                }
                Member::Field(14) => read_member(&mut map, &mut sent_dms_slot, "sentDMS"),
                Member::Field(15) => {
                    read_member(
                        &mut map,
                        &mut sent_start_message_slot,
                        "sentStartMessage",
                    )
                }
                Member::Field(16) => {
                    read_member(&mut map, &mut sent_end_message_slot, "sentEndMessage")
                }
                Member::Field(17) => {
                    read_member(&mut map, &mut one_off_session_slot, "oneOffSession")
                }
                Member::Field(18) => {
                    read_member(&mut map, &mut template_slot, "template")
                }
                Member::Field(19) => {
                    read_member(
                        &mut map,
                        &mut created_discord_event_slot,
                        "createdDiscordEvent",
                    )
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            underscore_id: underscore_id_slot.flatten(),
            group_id: group_id_slot.flatten(),
            id: id_slot.flatten(),
            template_id: template_id_slot.flatten(),
            claims: claims_slot.flatten(),
            attendees: attendees_slot.flatten(),
            comments: comments_slot.flatten(),
            servers: servers_slot.flatten(),
            new_claiming_system: new_claiming_system_slot.flatten(),
            date: date_slot.flatten(),
            notify_time: notify_time_slot.flatten(),
            ends_at: ends_at_slot.flatten(),
            created: created_slot.flatten(),
            created_by: created_by_slot.flatten(),
            sent_dms: sent_dms_slot.flatten(),
            sent_start_message: sent_start_message_slot.flatten(),
            sent_end_message: sent_end_message_slot.flatten(),
            one_off_session: one_off_session_slot.flatten(),
            template: template_slot.flatten(),
            created_discord_event: created_discord_event_slot.flatten(),
        })
    }
}

impl Serialize for Session {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "Session",
            &[
                Property::optional("_id", &self.underscore_id),
                Property::optional("groupId", &self.group_id),
                Property::optional("id", &self.id),
                Property::optional("templateId", &self.template_id),
                Property::optional("claims", &self.claims),
                Property::optional("attendees", &self.attendees),
                Property::optional("comments", &self.comments),
                Property::optional("servers", &self.servers),
                Property::optional("newClaimingSystem", &self.new_claiming_system),
                Property::optional("date", &self.date),
                Property::optional("notifyTime", &self.notify_time),
                Property::optional("endsAt", &self.ends_at),
                Property::optional("created", &self.created),
                Property::optional("createdBy", &self.created_by),
                Property::optional("sentDMS", &self.sent_dms),
                Property::optional("sentStartMessage", &self.sent_start_message),
                Property::optional("sentEndMessage", &self.sent_end_message),
                Property::optional("oneOffSession", &self.one_off_session),
                Property::optional("template", &self.template),
                Property::optional("createdDiscordEvent", &self.created_discord_event),
            ],
        )
    }
}

/// A Roblox game tracked by the workspace
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Game {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub group_id: Option<String>,
    /// Universe id
    ///
    /// `gameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub game_id: Option<i64>,
    /// `placeId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub place_id: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    pub viewable: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub name: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub images: Option<GameImages>,
    /// `lastSeen` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub last_seen: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

impl<'de> Deserialize<'de> for Game {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for Game {
    const EXPECTING: &'static str = "struct Game";
    const FIELDS: &'static [&'static str] = &[
        "_id",
        "groupId",
        "gameId",
        "placeId",
        "viewable",
        "name",
        "images",
        "lastSeen",
        "created",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut id_slot = None;
        let mut group_id_slot = None;
        let mut game_id_slot = None;
        let mut place_id_slot = None;
        let mut viewable_slot = None;
        let mut name_slot = None;
        let mut images_slot = None;
        let mut last_seen_slot = None;
        let mut created_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut id_slot, "_id"),
                Member::Field(1) => read_member(&mut map, &mut group_id_slot, "groupId"),
                Member::Field(2) => read_member(&mut map, &mut game_id_slot, "gameId"),
                Member::Field(3) => read_member(&mut map, &mut place_id_slot, "placeId"),
                Member::Field(4) => read_member(&mut map, &mut viewable_slot, "viewable"),
                Member::Field(5) => read_member(&mut map, &mut name_slot, "name"),
                Member::Field(6) => read_member(&mut map, &mut images_slot, "images"),
                Member::Field(7) => {
                    read_member(&mut map, &mut last_seen_slot, "lastSeen")
                }
                Member::Field(8) => read_member(&mut map, &mut created_slot, "created"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            id: id_slot.flatten(),
            group_id: group_id_slot.flatten(),
            game_id: game_id_slot.flatten(),
            place_id: place_id_slot.flatten(),
            viewable: viewable_slot.flatten(),
            name: name_slot.flatten(),
            images: images_slot.flatten(),
            last_seen: last_seen_slot.flatten(),
            created: created_slot.flatten(),
        })
    }
}

impl Serialize for Game {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "Game",
            &[
                Property::optional("_id", &self.id),
                Property::optional("groupId", &self.group_id),
                Property::optional("gameId", &self.game_id),
                Property::optional("placeId", &self.place_id),
                Property::optional("viewable", &self.viewable),
                Property::optional("name", &self.name),
                Property::optional("images", &self.images),
                Property::optional("lastSeen", &self.last_seen),
                Property::optional("created", &self.created),
            ],
        )
    }
}

/// Item of [`UpcomingSessionsResponse::sessions`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpcomingSession {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub underscore_id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub group_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `templateId` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    pub template_id: Option<String>,
    /// Roblox ids of users holding a claim
    ///
    /// `None` when the property is missing; left out when `None`.
    pub claims: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    pub attendees: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    pub comments: Option<Vec<SessionComment>>,
    /// Session servers keyed by server id
    ///
    /// `None` when the property is missing; left out when `None`.
    pub servers: Option<BTreeMap<String, SessionServer>>,
    /// `newClaimingSystem` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub new_claiming_system: Option<bool>,
    /// Start time
    ///
    /// `None` when the property is missing; left out when `None`.
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    /// `notifyTime` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub notify_time: Option<chrono::DateTime<chrono::Utc>>,
    /// `endsAt` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub ends_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// `createdBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub created_by: Option<String>,
    /// `sentDMS` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub sent_dms: Option<bool>,
    /// `sentStartMessage` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub sent_start_message: Option<bool>,
    /// `sentEndMessage` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub sent_end_message: Option<bool>,
    /// `oneOffSession` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub one_off_session: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub template: Option<SessionTemplate>,
    /// `createdDiscordEvent` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub created_discord_event: Option<bool>,
    /// `None` when the property is missing or `null`.
    pub game: Option<Game>,
}

impl<'de> Deserialize<'de> for UpcomingSession {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for UpcomingSession {
    const EXPECTING: &'static str = "struct UpcomingSession";
    const FIELDS: &'static [&'static str] = &[
        "_id",
        "groupId",
        "id",
        "templateId",
        "claims",
        "attendees",
        "comments",
        "servers",
        "newClaimingSystem",
        "date",
        "notifyTime",
        "endsAt",
        "created",
        "createdBy",
        "sentDMS",
        "sentStartMessage",
        "sentEndMessage",
        "oneOffSession",
        "template",
        "createdDiscordEvent",
        "game",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut underscore_id_slot = None;
        let mut group_id_slot = None;
        let mut id_slot = None;
        let mut template_id_slot = None;
        let mut claims_slot = None;
        let mut attendees_slot = None;
        let mut comments_slot = None;
        let mut servers_slot = None;
        let mut new_claiming_system_slot = None;
        let mut date_slot = None;
        let mut notify_time_slot = None;
        let mut ends_at_slot = None;
        let mut created_slot = None;
        let mut created_by_slot = None;
        let mut sent_dms_slot = None;
        let mut sent_start_message_slot = None;
        let mut sent_end_message_slot = None;
        let mut one_off_session_slot = None;
        let mut template_slot = None;
        let mut created_discord_event_slot = None;
        let mut game_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut underscore_id_slot, "_id"),
                Member::Field(1) => read_member(&mut map, &mut group_id_slot, "groupId"),
                Member::Field(2) => read_member(&mut map, &mut id_slot, "id"),
                Member::Field(3) => {
                    read_member(&mut map, &mut template_id_slot, "templateId")
                }
                Member::Field(4) => read_member(&mut map, &mut claims_slot, "claims"),
                Member::Field(5) => {
                    read_member(&mut map, &mut attendees_slot, "attendees")
                }
                Member::Field(6) => read_member(&mut map, &mut comments_slot, "comments"),
                Member::Field(7) => read_member(&mut map, &mut servers_slot, "servers"),
                Member::Field(8) => {
                    read_member(
                        &mut map,
                        &mut new_claiming_system_slot,
                        "newClaimingSystem",
                    )
                }
                Member::Field(9) => read_member(&mut map, &mut date_slot, "date"),
                Member::Field(10) => {
                    read_member(&mut map, &mut notify_time_slot, "notifyTime")
                }
                Member::Field(11) => read_member(&mut map, &mut ends_at_slot, "endsAt"),
                Member::Field(12) => read_member(&mut map, &mut created_slot, "created"),
                Member::Field(13) => {
                    read_member(&mut map, &mut created_by_slot, "createdBy")
                }
                Member::Field(14) => read_member(&mut map, &mut sent_dms_slot, "sentDMS"),
                Member::Field(15) => {
                    read_member(
                        &mut map,
                        &mut sent_start_message_slot,
                        "sentStartMessage",
                    )
                }
                Member::Field(16) => {
                    read_member(&mut map, &mut sent_end_message_slot, "sentEndMessage")
                }
                Member::Field(17) => {
                    read_member(&mut map, &mut one_off_session_slot, "oneOffSession")
                }
                Member::Field(18) => {
                    read_member(&mut map, &mut template_slot, "template")
                }
                Member::Field(19) => {
                    read_member(
                        &mut map,
                        &mut created_discord_event_slot,
                        "createdDiscordEvent",
                    )
                }
                Member::Field(20) => read_member(&mut map, &mut game_slot, "game"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            underscore_id: underscore_id_slot.flatten(),
            group_id: group_id_slot.flatten(),
            id: id_slot.flatten(),
            template_id: template_id_slot.flatten(),
            claims: claims_slot.flatten(),
            attendees: attendees_slot.flatten(),
            comments: comments_slot.flatten(),
            servers: servers_slot.flatten(),
            new_claiming_system: new_claiming_system_slot.flatten(),
            date: date_slot.flatten(),
            notify_time: notify_time_slot.flatten(),
            ends_at: ends_at_slot.flatten(),
            created: created_slot.flatten(),
            created_by: created_by_slot.flatten(),
            sent_dms: sent_dms_slot.flatten(),
            sent_start_message: sent_start_message_slot.flatten(),
            sent_end_message: sent_end_message_slot.flatten(),
            one_off_session: one_off_session_slot.flatten(),
            template: template_slot.flatten(),
            created_discord_event: created_discord_event_slot.flatten(),
            game: game_slot.flatten(),
        })
    }
}

impl Serialize for UpcomingSession {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "UpcomingSession",
            &[
                Property::optional("_id", &self.underscore_id),
                Property::optional("groupId", &self.group_id),
                Property::optional("id", &self.id),
                Property::optional("templateId", &self.template_id),
                Property::optional("claims", &self.claims),
                Property::optional("attendees", &self.attendees),
                Property::optional("comments", &self.comments),
                Property::optional("servers", &self.servers),
                Property::optional("newClaimingSystem", &self.new_claiming_system),
                Property::optional("date", &self.date),
                Property::optional("notifyTime", &self.notify_time),
                Property::optional("endsAt", &self.ends_at),
                Property::optional("created", &self.created),
                Property::optional("createdBy", &self.created_by),
                Property::optional("sentDMS", &self.sent_dms),
                Property::optional("sentStartMessage", &self.sent_start_message),
                Property::optional("sentEndMessage", &self.sent_end_message),
                Property::optional("oneOffSession", &self.one_off_session),
                Property::optional("template", &self.template),
                Property::optional("createdDiscordEvent", &self.created_discord_event),
                Property::optional("game", &self.game),
            ],
        )
    }
}

/// Returned by [`Client::get_session_roles`](crate::Client::get_session_roles).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionRolesResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub roles: Option<Vec<SessionRoleGroup>>,
}

impl<'de> Deserialize<'de> for SessionRolesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SessionRolesResponse {
    const EXPECTING: &'static str = "struct SessionRolesResponse";
    const FIELDS: &'static [&'static str] = &["success", "roles"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut roles_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut roles_slot, "roles"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            roles: roles_slot.flatten(),
        })
    }
}

impl Serialize for SessionRolesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SessionRolesResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("roles", &self.roles),
            ],
        )
    }
}

/// Returned by [`Client::get_sessions`](crate::Client::get_sessions).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionsResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub sessions: Option<Vec<Session>>,
}

impl<'de> Deserialize<'de> for SessionsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SessionsResponse {
    const EXPECTING: &'static str = "struct SessionsResponse";
    const FIELDS: &'static [&'static str] = &["success", "sessions"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut sessions_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut sessions_slot, "sessions"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            sessions: sessions_slot.flatten(),
        })
    }
}

impl Serialize for SessionsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SessionsResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("sessions", &self.sessions),
            ],
        )
    }
}

/// Returned by [`Client::get_upcoming_sessions`](crate::Client::get_upcoming_sessions).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpcomingSessionsResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub sessions: Option<Vec<UpcomingSession>>,
}

impl<'de> Deserialize<'de> for UpcomingSessionsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for UpcomingSessionsResponse {
    const EXPECTING: &'static str = "struct UpcomingSessionsResponse";
    const FIELDS: &'static [&'static str] = &["success", "sessions"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut sessions_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut sessions_slot, "sessions"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            sessions: sessions_slot.flatten(),
        })
    }
}

impl Serialize for UpcomingSessionsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "UpcomingSessionsResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("sessions", &self.sessions),
            ],
        )
    }
}

/// Returned by [`Client::get_session_by_id`](crate::Client::get_session_by_id).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing or `null`.
    pub session: Option<Session>,
}

impl<'de> Deserialize<'de> for SessionResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SessionResponse {
    const EXPECTING: &'static str = "struct SessionResponse";
    const FIELDS: &'static [&'static str] = &["success", "session"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut session_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut session_slot, "session"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            session: session_slot.flatten(),
        })
    }
}

impl Serialize for SessionResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SessionResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("session", &self.session),
            ],
        )
    }
}

/// Returned by [`Client::post_session_server`](crate::Client::post_session_server).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateSessionServerResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `newServerId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub new_server_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub session: Option<Session>,
}

impl<'de> Deserialize<'de> for CreateSessionServerResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for CreateSessionServerResponse {
    const EXPECTING: &'static str = "struct CreateSessionServerResponse";
    const FIELDS: &'static [&'static str] = &["success", "newServerId", "session"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut new_server_id_slot = None;
        let mut session_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => {
                    read_member(&mut map, &mut new_server_id_slot, "newServerId")
                }
                Member::Field(2) => read_member(&mut map, &mut session_slot, "session"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            new_server_id: new_server_id_slot.flatten(),
            session: session_slot.flatten(),
        })
    }
}

impl Serialize for CreateSessionServerResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "CreateSessionServerResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("newServerId", &self.new_server_id),
                Property::optional("session", &self.session),
            ],
        )
    }
}

/// Request body of [`Client::post_session_server_role`](crate::Client::post_session_server_role).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClaimSessionServerRoleRequest {
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub user_id: Option<String>,
    /// Id of the session role group
    ///
    /// `roleId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub role_id: Option<String>,
    /// Id of the role inside the role group
    ///
    /// `subroleId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub subrole_id: Option<String>,
}

impl<'de> Deserialize<'de> for ClaimSessionServerRoleRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for ClaimSessionServerRoleRequest {
    const EXPECTING: &'static str = "struct ClaimSessionServerRoleRequest";
    const FIELDS: &'static [&'static str] = &["userId", "roleId", "subroleId"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut user_id_slot = None;
        let mut role_id_slot = None;
        let mut subrole_id_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut user_id_slot, "userId"),
                Member::Field(1) => read_member(&mut map, &mut role_id_slot, "roleId"),
                Member::Field(2) => {
                    read_member(&mut map, &mut subrole_id_slot, "subroleId")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            user_id: user_id_slot.flatten(),
            role_id: role_id_slot.flatten(),
            subrole_id: subrole_id_slot.flatten(),
        })
    }
}

impl Serialize for ClaimSessionServerRoleRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "ClaimSessionServerRoleRequest",
            &[
                Property::optional("userId", &self.user_id),
                Property::optional("roleId", &self.role_id),
                Property::optional("subroleId", &self.subrole_id),
            ],
        )
    }
}

/// The type of [`SessionV2::status`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SessionStatus {
    /// `scheduled`
    Scheduled,
    /// `live`
    Live,
    /// `ended`
    Ended,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl SessionStatus {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Scheduled => "scheduled",
            Self::Live => "live",
            Self::Ended => "ended",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for SessionStatus {
    fn from(value: &str) -> Self {
        match value {
            "scheduled" => Self::Scheduled,
            "live" => Self::Live,
            "ended" => Self::Ended,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for SessionStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for SessionStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SessionStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for SessionStatus {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// The type of [`SessionV2::game`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionV2Game {
    /// `gameId` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    pub game_id: Option<i64>,
    /// `placeId` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    pub place_id: Option<i64>,
    /// `None` when the property is missing or `null`.
    pub name: Option<String>,
    /// `None` when the property is missing or `null`.
    pub thumbnail: Option<String>,
}

impl<'de> Deserialize<'de> for SessionV2Game {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SessionV2Game {
    const EXPECTING: &'static str = "struct SessionV2Game";
    const FIELDS: &'static [&'static str] = &["gameId", "placeId", "name", "thumbnail"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut game_id_slot = None;
        let mut place_id_slot = None;
        let mut name_slot = None;
        let mut thumbnail_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut game_id_slot, "gameId"),
                Member::Field(1) => read_member(&mut map, &mut place_id_slot, "placeId"),
                Member::Field(2) => read_member(&mut map, &mut name_slot, "name"),
                Member::Field(3) => {
                    read_member(&mut map, &mut thumbnail_slot, "thumbnail")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            game_id: game_id_slot.flatten(),
            place_id: place_id_slot.flatten(),
            name: name_slot.flatten(),
            thumbnail: thumbnail_slot.flatten(),
        })
    }
}

impl Serialize for SessionV2Game {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SessionV2Game",
            &[
                Property::optional("gameId", &self.game_id),
                Property::optional("placeId", &self.place_id),
                Property::optional("name", &self.name),
                Property::optional("thumbnail", &self.thumbnail),
            ],
        )
    }
}

/// Item of [`SessionV2Server::claims`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionV2Claim {
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub user_id: Option<String>,
    /// `roleId` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    pub role_id: Option<String>,
    /// `roleName` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    pub role_name: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub state: Option<UserState>,
    /// `claimedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub claimed_by: Option<String>,
    /// `claimedAt` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub claimed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `claimId` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    pub claim_id: Option<String>,
}

impl<'de> Deserialize<'de> for SessionV2Claim {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SessionV2Claim {
    const EXPECTING: &'static str = "struct SessionV2Claim";
    const FIELDS: &'static [&'static str] = &[
        "userId",
        "roleId",
        "roleName",
        "state",
        "claimedBy",
        "claimedAt",
        "claimId",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut user_id_slot = None;
        let mut role_id_slot = None;
        let mut role_name_slot = None;
        let mut state_slot = None;
        let mut claimed_by_slot = None;
        let mut claimed_at_slot = None;
        let mut claim_id_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut user_id_slot, "userId"),
                Member::Field(1) => read_member(&mut map, &mut role_id_slot, "roleId"),
                Member::Field(2) => {
                    read_member(&mut map, &mut role_name_slot, "roleName")
                }
                Member::Field(3) => read_member(&mut map, &mut state_slot, "state"),
                Member::Field(4) => {
                    read_member(&mut map, &mut claimed_by_slot, "claimedBy")
                }
                Member::Field(5) => {
                    read_member(&mut map, &mut claimed_at_slot, "claimedAt")
                }
                Member::Field(6) => read_member(&mut map, &mut claim_id_slot, "claimId"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            user_id: user_id_slot.flatten(),
            role_id: role_id_slot.flatten(),
            role_name: role_name_slot.flatten(),
            state: state_slot.flatten(),
            claimed_by: claimed_by_slot.flatten(),
            claimed_at: claimed_at_slot.flatten(),
            claim_id: claim_id_slot.flatten(),
        })
    }
}

impl Serialize for SessionV2Claim {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SessionV2Claim",
            &[
                Property::optional("userId", &self.user_id),
                Property::optional("roleId", &self.role_id),
                Property::optional("roleName", &self.role_name),
                Property::optional("state", &self.state),
                Property::optional("claimedBy", &self.claimed_by),
                Property::optional("claimedAt", &self.claimed_at),
                Property::optional("claimId", &self.claim_id),
            ],
        )
    }
}

/// Item of [`SessionV2Server::attendees`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionV2Attendee {
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub user_id: Option<String>,
    /// `None` when the property is missing or `null`.
    pub state: Option<UserState>,
    /// `addedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub added_by: Option<String>,
}

impl<'de> Deserialize<'de> for SessionV2Attendee {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SessionV2Attendee {
    const EXPECTING: &'static str = "struct SessionV2Attendee";
    const FIELDS: &'static [&'static str] = &["userId", "state", "addedBy"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut user_id_slot = None;
        let mut state_slot = None;
        let mut added_by_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut user_id_slot, "userId"),
                Member::Field(1) => read_member(&mut map, &mut state_slot, "state"),
                Member::Field(2) => read_member(&mut map, &mut added_by_slot, "addedBy"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            user_id: user_id_slot.flatten(),
            state: state_slot.flatten(),
            added_by: added_by_slot.flatten(),
        })
    }
}

impl Serialize for SessionV2Attendee {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SessionV2Attendee",
            &[
                Property::optional("userId", &self.user_id),
                Property::optional("state", &self.state),
                Property::optional("addedBy", &self.added_by),
            ],
        )
    }
}

/// Item of [`SessionV2::servers`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionV2Server {
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `None` when the property is missing or `null`.
    pub nickname: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub linked: Option<bool>,
    /// `linkedServerId` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    pub linked_server_id: Option<String>,
    /// `linkedJobId` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    pub linked_job_id: Option<String>,
    /// `linkedBy` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    pub linked_by: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub claims: Option<Vec<SessionV2Claim>>,
    /// `None` when the property is missing; left out when `None`.
    pub attendees: Option<Vec<SessionV2Attendee>>,
}

impl<'de> Deserialize<'de> for SessionV2Server {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SessionV2Server {
    const EXPECTING: &'static str = "struct SessionV2Server";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "nickname",
        "linked",
        "linkedServerId",
        "linkedJobId",
        "linkedBy",
        "claims",
        "attendees",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut id_slot = None;
        let mut nickname_slot = None;
        let mut linked_slot = None;
        let mut linked_server_id_slot = None;
        let mut linked_job_id_slot = None;
        let mut linked_by_slot = None;
        let mut claims_slot = None;
        let mut attendees_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut id_slot, "id"),
                Member::Field(1) => read_member(&mut map, &mut nickname_slot, "nickname"),
                Member::Field(2) => read_member(&mut map, &mut linked_slot, "linked"),
                Member::Field(3) => {
                    read_member(&mut map, &mut linked_server_id_slot, "linkedServerId")
                }
                Member::Field(4) => {
                    read_member(&mut map, &mut linked_job_id_slot, "linkedJobId")
                }
                Member::Field(5) => {
                    read_member(&mut map, &mut linked_by_slot, "linkedBy")
                }
                Member::Field(6) => read_member(&mut map, &mut claims_slot, "claims"),
                Member::Field(7) => {
                    read_member(&mut map, &mut attendees_slot, "attendees")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            id: id_slot.flatten(),
            nickname: nickname_slot.flatten(),
            linked: linked_slot.flatten(),
            linked_server_id: linked_server_id_slot.flatten(),
            linked_job_id: linked_job_id_slot.flatten(),
            linked_by: linked_by_slot.flatten(),
            claims: claims_slot.flatten(),
            attendees: attendees_slot.flatten(),
        })
    }
}

impl Serialize for SessionV2Server {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SessionV2Server",
            &[
                Property::optional("id", &self.id),
                Property::optional("nickname", &self.nickname),
                Property::optional("linked", &self.linked),
                Property::optional("linkedServerId", &self.linked_server_id),
                Property::optional("linkedJobId", &self.linked_job_id),
                Property::optional("linkedBy", &self.linked_by),
                Property::optional("claims", &self.claims),
                Property::optional("attendees", &self.attendees),
            ],
        )
    }
}

/// The type of [`SessionV2::counts`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionV2Counts {
    /// `None` when the property is missing; left out when `None`.
    pub servers: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    pub claims: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    pub attendees: Option<i64>,
}

impl<'de> Deserialize<'de> for SessionV2Counts {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SessionV2Counts {
    const EXPECTING: &'static str = "struct SessionV2Counts";
    const FIELDS: &'static [&'static str] = &["servers", "claims", "attendees"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut servers_slot = None;
        let mut claims_slot = None;
        let mut attendees_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut servers_slot, "servers"),
                Member::Field(1) => read_member(&mut map, &mut claims_slot, "claims"),
                Member::Field(2) => {
                    read_member(&mut map, &mut attendees_slot, "attendees")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            servers: servers_slot.flatten(),
            claims: claims_slot.flatten(),
            attendees: attendees_slot.flatten(),
        })
    }
}

impl Serialize for SessionV2Counts {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SessionV2Counts",
            &[
                Property::optional("servers", &self.servers),
                Property::optional("claims", &self.claims),
                Property::optional("attendees", &self.attendees),
            ],
        )
    }
}

/// A fully-normalized session
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionV2 {
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub group_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub name: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub description: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub status: Option<SessionStatus>,
    /// `startsAt` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub starts_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `endsAt` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub ends_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `durationMinutes` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub duration_minutes: Option<i64>,
    /// `appearsAt` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    pub appears_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `templateId` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    pub template_id: Option<String>,
    /// `oneOff` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub one_off: Option<bool>,
    /// `None` when the property is missing or `null`.
    pub game: Option<SessionV2Game>,
    /// `roleGroupIds` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub role_group_ids: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    pub servers: Option<Vec<SessionV2Server>>,
    /// `None` when the property is missing; left out when `None`.
    pub counts: Option<SessionV2Counts>,
    /// `createdBy` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    pub created_by: Option<String>,
    /// `createdAt` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl<'de> Deserialize<'de> for SessionV2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SessionV2 {
    const EXPECTING: &'static str = "struct SessionV2";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "groupId",
        "name",
        "description",
        "status",
        "startsAt",
        "endsAt",
        "durationMinutes",
        "appearsAt",
        "templateId",
        "oneOff",
        "game",
        "roleGroupIds",
        "servers",
        "counts",
        "createdBy",
        "createdAt",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut id_slot = None;
        let mut group_id_slot = None;
        let mut name_slot = None;
        let mut description_slot = None;
        let mut status_slot = None;
        let mut starts_at_slot = None;
        let mut ends_at_slot = None;
        let mut duration_minutes_slot = None;
        let mut appears_at_slot = None;
        let mut template_id_slot = None;
        let mut one_off_slot = None;
        let mut game_slot = None;
        let mut role_group_ids_slot = None;
        let mut servers_slot = None;
        let mut counts_slot = None;
        let mut created_by_slot = None;
        let mut created_at_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut id_slot, "id"),
                Member::Field(1) => read_member(&mut map, &mut group_id_slot, "groupId"),
                Member::Field(2) => read_member(&mut map, &mut name_slot, "name"),
                Member::Field(3) => {
                    read_member(&mut map, &mut description_slot, "description")
                }
                Member::Field(4) => read_member(&mut map, &mut status_slot, "status"),
                Member::Field(5) => {
                    read_member(&mut map, &mut starts_at_slot, "startsAt")
                }
                Member::Field(6) => read_member(&mut map, &mut ends_at_slot, "endsAt"),
                Member::Field(7) => {
                    read_member(&mut map, &mut duration_minutes_slot, "durationMinutes")
                }
                Member::Field(8) => {
                    read_member(&mut map, &mut appears_at_slot, "appearsAt")
                }
                Member::Field(9) => {
                    read_member(&mut map, &mut template_id_slot, "templateId")
                }
                Member::Field(10) => read_member(&mut map, &mut one_off_slot, "oneOff"),
                Member::Field(11) => read_member(&mut map, &mut game_slot, "game"),
                Member::Field(12) => {
                    read_member(&mut map, &mut role_group_ids_slot, "roleGroupIds")
                }
                Member::Field(13) => read_member(&mut map, &mut servers_slot, "servers"),
                Member::Field(14) => read_member(&mut map, &mut counts_slot, "counts"),
                Member::Field(15) => {
                    read_member(&mut map, &mut created_by_slot, "createdBy")
                }
                Member::Field(16) => {
                    read_member(&mut map, &mut created_at_slot, "createdAt")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            id: id_slot.flatten(),
            group_id: group_id_slot.flatten(),
            name: name_slot.flatten(),
            description: description_slot.flatten(),
            status: status_slot.flatten(),
            starts_at: starts_at_slot.flatten(),
            ends_at: ends_at_slot.flatten(),
            duration_minutes: duration_minutes_slot.flatten(),
            appears_at: appears_at_slot.flatten(),
            template_id: template_id_slot.flatten(),
            one_off: one_off_slot.flatten(),
            game: game_slot.flatten(),
            role_group_ids: role_group_ids_slot.flatten(),
            servers: servers_slot.flatten(),
            counts: counts_slot.flatten(),
            created_by: created_by_slot.flatten(),
            created_at: created_at_slot.flatten(),
        })
    }
}

impl Serialize for SessionV2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SessionV2",
            &[
                Property::optional("id", &self.id),
                Property::optional("groupId", &self.group_id),
                Property::optional("name", &self.name),
                Property::optional("description", &self.description),
                Property::optional("status", &self.status),
                Property::optional("startsAt", &self.starts_at),
                Property::optional("endsAt", &self.ends_at),
                Property::optional("durationMinutes", &self.duration_minutes),
                Property::optional("appearsAt", &self.appears_at),
                Property::optional("templateId", &self.template_id),
                Property::optional("oneOff", &self.one_off),
                Property::optional("game", &self.game),
                Property::optional("roleGroupIds", &self.role_group_ids),
                Property::optional("servers", &self.servers),
                Property::optional("counts", &self.counts),
                Property::optional("createdBy", &self.created_by),
                Property::optional("createdAt", &self.created_at),
            ],
        )
    }
}

/// The type of [`SessionV2ListResponse::pagination`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CursorPagination {
    /// Total number of matching items
    ///
    /// `None` when the property is missing; left out when `None`.
    pub total: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    pub limit: Option<i64>,
    /// Number of items in this page
    ///
    /// `None` when the property is missing; left out when `None`.
    pub count: Option<i64>,
    /// `hasMore` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub has_more: Option<bool>,
    /// Cursor for the next page; `null` when there are no more results
    ///
    /// `nextCursor` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    pub next_cursor: Option<String>,
}

impl<'de> Deserialize<'de> for CursorPagination {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for CursorPagination {
    const EXPECTING: &'static str = "struct CursorPagination";
    const FIELDS: &'static [&'static str] = &[
        "total",
        "limit",
        "count",
        "hasMore",
        "nextCursor",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut total_slot = None;
        let mut limit_slot = None;
        let mut count_slot = None;
        let mut has_more_slot = None;
        let mut next_cursor_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut total_slot, "total"),
                Member::Field(1) => read_member(&mut map, &mut limit_slot, "limit"),
                Member::Field(2) => read_member(&mut map, &mut count_slot, "count"),
                Member::Field(3) => read_member(&mut map, &mut has_more_slot, "hasMore"),
                Member::Field(4) => {
                    read_member(&mut map, &mut next_cursor_slot, "nextCursor")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            total: total_slot.flatten(),
            limit: limit_slot.flatten(),
            count: count_slot.flatten(),
            has_more: has_more_slot.flatten(),
            next_cursor: next_cursor_slot.flatten(),
        })
    }
}

impl Serialize for CursorPagination {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "CursorPagination",
            &[
                Property::optional("total", &self.total),
                Property::optional("limit", &self.limit),
                Property::optional("count", &self.count),
                Property::optional("hasMore", &self.has_more),
                Property::optional("nextCursor", &self.next_cursor),
            ],
        )
    }
}

/// Returned by [`Client::list_sessions`](crate::Client::list_sessions).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionV2ListResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub data: Option<Vec<SessionV2>>,
    /// `None` when the property is missing; left out when `None`.
    pub pagination: Option<CursorPagination>,
}

impl<'de> Deserialize<'de> for SessionV2ListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SessionV2ListResponse {
    const EXPECTING: &'static str = "struct SessionV2ListResponse";
    const FIELDS: &'static [&'static str] = &["success", "data", "pagination"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut data_slot = None;
        let mut pagination_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut data_slot, "data"),
                Member::Field(2) => {
                    read_member(&mut map, &mut pagination_slot, "pagination")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            data: data_slot.flatten(),
            pagination: pagination_slot.flatten(),
        })
    }
}

impl Serialize for SessionV2ListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SessionV2ListResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("data", &self.data),
                Property::optional("pagination", &self.pagination),
            ],
        )
    }
}

/// Returned by [`Client::get_session`](crate::Client::get_session).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionV2Response {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub data: Option<SessionV2>,
}

impl<'de> Deserialize<'de> for SessionV2Response {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SessionV2Response {
    const EXPECTING: &'static str = "struct SessionV2Response";
    const FIELDS: &'static [&'static str] = &["success", "data"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut data_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut data_slot, "data"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            data: data_slot.flatten(),
        })
    }
}

impl Serialize for SessionV2Response {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SessionV2Response",
            &[
                Property::optional("success", &self.success),
                Property::optional("data", &self.data),
            ],
        )
    }
}

/// Item of [`SessionV2RoleGroupListResponse::data`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionV2RoleGroup {
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub name: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub roles: Option<Vec<SessionRole>>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

impl<'de> Deserialize<'de> for SessionV2RoleGroup {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SessionV2RoleGroup {
    const EXPECTING: &'static str = "struct SessionV2RoleGroup";
    const FIELDS: &'static [&'static str] = &["id", "name", "roles", "created"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut id_slot = None;
        let mut name_slot = None;
        let mut roles_slot = None;
        let mut created_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut id_slot, "id"),
                Member::Field(1) => read_member(&mut map, &mut name_slot, "name"),
                Member::Field(2) => read_member(&mut map, &mut roles_slot, "roles"),
                Member::Field(3) => read_member(&mut map, &mut created_slot, "created"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            id: id_slot.flatten(),
            name: name_slot.flatten(),
            roles: roles_slot.flatten(),
            created: created_slot.flatten(),
        })
    }
}

impl Serialize for SessionV2RoleGroup {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SessionV2RoleGroup",
            &[
                Property::optional("id", &self.id),
                Property::optional("name", &self.name),
                Property::optional("roles", &self.roles),
                Property::optional("created", &self.created),
            ],
        )
    }
}

/// Returned by [`Client::list_role_groups`](crate::Client::list_role_groups).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionV2RoleGroupListResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub data: Option<Vec<SessionV2RoleGroup>>,
}

impl<'de> Deserialize<'de> for SessionV2RoleGroupListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SessionV2RoleGroupListResponse {
    const EXPECTING: &'static str = "struct SessionV2RoleGroupListResponse";
    const FIELDS: &'static [&'static str] = &["success", "data"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut data_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut data_slot, "data"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            data: data_slot.flatten(),
        })
    }
}

impl Serialize for SessionV2RoleGroupListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SessionV2RoleGroupListResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("data", &self.data),
            ],
        )
    }
}

/// Request body of [`Client::create_session_server`](crate::Client::create_session_server).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateSessionV2ServerRequest {
    /// Optional display name for the server
    ///
    /// `None` when the property is missing; left out when `None`.
    pub nickname: Option<String>,
}

impl<'de> Deserialize<'de> for CreateSessionV2ServerRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for CreateSessionV2ServerRequest {
    const EXPECTING: &'static str = "struct CreateSessionV2ServerRequest";
    const FIELDS: &'static [&'static str] = &["nickname"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut nickname_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut nickname_slot, "nickname"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            nickname: nickname_slot.flatten(),
        })
    }
}

impl Serialize for CreateSessionV2ServerRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "CreateSessionV2ServerRequest",
            &[Property::optional("nickname", &self.nickname)],
        )
    }
}

/// Returned by [`Client::create_session_server`](crate::Client::create_session_server).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionV2ServerResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub data: Option<SessionV2Server>,
}

impl<'de> Deserialize<'de> for SessionV2ServerResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SessionV2ServerResponse {
    const EXPECTING: &'static str = "struct SessionV2ServerResponse";
    const FIELDS: &'static [&'static str] = &["success", "data"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut data_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut data_slot, "data"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            data: data_slot.flatten(),
        })
    }
}

impl Serialize for SessionV2ServerResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SessionV2ServerResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("data", &self.data),
            ],
        )
    }
}

/// Request body of [`Client::claim_role`](crate::Client::claim_role).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClaimSessionV2RoleRequest {
    /// Roblox id of the user claiming the role
    ///
    /// `userId` on the wire.
    pub user_id: String,
    /// Id of the session role group
    ///
    /// `roleGroupId` on the wire.
    pub role_group_id: String,
    /// Id of the role inside the role group
    ///
    /// `roleId` on the wire.
    pub role_id: String,
}

impl<'de> Deserialize<'de> for ClaimSessionV2RoleRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for ClaimSessionV2RoleRequest {
    const EXPECTING: &'static str = "struct ClaimSessionV2RoleRequest";
    const FIELDS: &'static [&'static str] = &["userId", "roleGroupId", "roleId"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut user_id_slot = None;
        let mut role_group_id_slot = None;
        let mut role_id_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut user_id_slot, "userId"),
                Member::Field(1) => {
                    read_member(&mut map, &mut role_group_id_slot, "roleGroupId")
                }
                Member::Field(2) => read_member(&mut map, &mut role_id_slot, "roleId"),
                _ => skip_member(&mut map),
            }?;
        }
        let present = [
            user_id_slot.is_some(),
            role_group_id_slot.is_some(),
            role_id_slot.is_some(),
        ];
        let (Some(user_id_slot), Some(role_group_id_slot), Some(role_id_slot)) = (
            user_id_slot,
            role_group_id_slot,
            role_id_slot,
        ) else {
            return Err(missing(&present, &["userId", "roleGroupId", "roleId"]));
        };
        Ok(Self {
            user_id: user_id_slot,
            role_group_id: role_group_id_slot,
            role_id: role_id_slot,
        })
    }
}

impl Serialize for ClaimSessionV2RoleRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "ClaimSessionV2RoleRequest",
            &[
                Property::new("userId", &self.user_id),
                Property::new("roleGroupId", &self.role_group_id),
                Property::new("roleId", &self.role_id),
            ],
        )
    }
}

/// Returned by [`Client::claim_role`](crate::Client::claim_role).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionV2ClaimResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub data: Option<SessionV2Claim>,
}

impl<'de> Deserialize<'de> for SessionV2ClaimResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SessionV2ClaimResponse {
    const EXPECTING: &'static str = "struct SessionV2ClaimResponse";
    const FIELDS: &'static [&'static str] = &["success", "data"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut data_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut data_slot, "data"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            data: data_slot.flatten(),
        })
    }
}

impl Serialize for SessionV2ClaimResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SessionV2ClaimResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("data", &self.data),
            ],
        )
    }
}

/// Workspace bans
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkspaceBan {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub group_id: Option<String>,
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub user_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub reason: Option<String>,
    /// `disciplinarianId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub disciplinarian_id: Option<String>,
    /// Declared as string in the ReAdmin docs; the server stores a boolean.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub active: Option<String>,
    /// Declared as boolean in the ReAdmin docs; the server stores the creation date.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<bool>,
    /// The `expires` property.
    pub expires: String,
}

impl<'de> Deserialize<'de> for WorkspaceBan {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for WorkspaceBan {
    const EXPECTING: &'static str = "struct WorkspaceBan";
    const FIELDS: &'static [&'static str] = &[
        "_id",
        "groupId",
        "userId",
        "reason",
        "disciplinarianId",
        "active",
        "created",
        "expires",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, required, skip_member, Member, Members};
        let mut id_slot = None;
        let mut group_id_slot = None;
        let mut user_id_slot = None;
        let mut reason_slot = None;
        let mut disciplinarian_id_slot = None;
        let mut active_slot = None;
        let mut created_slot = None;
        let mut expires_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut id_slot, "_id"),
                Member::Field(1) => read_member(&mut map, &mut group_id_slot, "groupId"),
                Member::Field(2) => read_member(&mut map, &mut user_id_slot, "userId"),
                Member::Field(3) => read_member(&mut map, &mut reason_slot, "reason"),
                Member::Field(4) => {
                    read_member(
                        &mut map,
                        &mut disciplinarian_id_slot,
                        "disciplinarianId",
                    )
                }
                Member::Field(5) => read_member(&mut map, &mut active_slot, "active"),
                Member::Field(6) => read_member(&mut map, &mut created_slot, "created"),
                Member::Field(7) => read_member(&mut map, &mut expires_slot, "expires"),
                _ => skip_member(&mut map),
            }?;
        }
        let expires_slot = required(expires_slot, "expires")?;
        Ok(Self {
            id: id_slot.flatten(),
            group_id: group_id_slot.flatten(),
            user_id: user_id_slot.flatten(),
            reason: reason_slot.flatten(),
            disciplinarian_id: disciplinarian_id_slot.flatten(),
            active: active_slot.flatten(),
            created: created_slot.flatten(),
            expires: expires_slot,
        })
    }
}

impl Serialize for WorkspaceBan {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "WorkspaceBan",
            &[
                Property::optional("_id", &self.id),
                Property::optional("groupId", &self.group_id),
                Property::optional("userId", &self.user_id),
                Property::optional("reason", &self.reason),
                Property::optional("disciplinarianId", &self.disciplinarian_id),
                Property::optional("active", &self.active),
                Property::optional("created", &self.created),
                Property::new("expires", &self.expires),
            ],
        )
    }
}

/// Returned by [`Client::get_workspace_bans`](crate::Client::get_workspace_bans).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkspaceBansResponse {
    /// The `success` property.
    pub success: bool,
    /// The `bans` property.
    pub bans: Vec<WorkspaceBan>,
}

impl<'de> Deserialize<'de> for WorkspaceBansResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for WorkspaceBansResponse {
    const EXPECTING: &'static str = "struct WorkspaceBansResponse";
    const FIELDS: &'static [&'static str] = &["success", "bans"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut bans_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut bans_slot, "bans"),
                _ => skip_member(&mut map),
            }?;
        }
        let present = [success_slot.is_some(), bans_slot.is_some()];
        let (Some(success_slot), Some(bans_slot)) = (success_slot, bans_slot) else {
            return Err(missing(&present, &["success", "bans"]));
        };
        Ok(Self {
            success: success_slot,
            bans: bans_slot,
        })
    }
}

impl Serialize for WorkspaceBansResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "WorkspaceBansResponse",
            &[Property::new("success", &self.success), Property::new("bans", &self.bans)],
        )
    }
}

/// Returned by [`Client::post_workspace_ban`](crate::Client::post_workspace_ban).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkspaceBanResponse {
    /// The `success` property.
    pub success: bool,
    /// The `ban` property.
    pub ban: WorkspaceBan,
}

impl<'de> Deserialize<'de> for WorkspaceBanResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for WorkspaceBanResponse {
    const EXPECTING: &'static str = "struct WorkspaceBanResponse";
    const FIELDS: &'static [&'static str] = &["success", "ban"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut ban_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut ban_slot, "ban"),
                _ => skip_member(&mut map),
            }?;
        }
        let present = [success_slot.is_some(), ban_slot.is_some()];
        let (Some(success_slot), Some(ban_slot)) = (success_slot, ban_slot) else {
            return Err(missing(&present, &["success", "ban"]));
        };
        Ok(Self {
            success: success_slot,
            ban: ban_slot,
        })
    }
}

impl Serialize for WorkspaceBanResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "WorkspaceBanResponse",
            &[Property::new("success", &self.success), Property::new("ban", &self.ban)],
        )
    }
}

/// Request body of [`Client::post_workspace_ban`](crate::Client::post_workspace_ban).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateWorkspaceBanRequest {
    /// Roblox id of the user to ban
    ///
    /// `userId` on the wire.
    pub user_id: String,
    /// The `reason` property.
    pub reason: String,
    /// Roblox id of the staff member issuing the ban
    ///
    /// `bannedByUserId` on the wire.
    pub banned_by_user_id: String,
    /// Ban length in days; omit for a permanent ban
    ///
    /// `expiresInDays` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub expires_in_days: Option<f64>,
}

impl<'de> Deserialize<'de> for CreateWorkspaceBanRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for CreateWorkspaceBanRequest {
    const EXPECTING: &'static str = "struct CreateWorkspaceBanRequest";
    const FIELDS: &'static [&'static str] = &[
        "userId",
        "reason",
        "bannedByUserId",
        "expiresInDays",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut user_id_slot = None;
        let mut reason_slot = None;
        let mut banned_by_user_id_slot = None;
        let mut expires_in_days_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut user_id_slot, "userId"),
                Member::Field(1) => read_member(&mut map, &mut reason_slot, "reason"),
                Member::Field(2) => {
                    read_member(&mut map, &mut banned_by_user_id_slot, "bannedByUserId")
                }
                Member::Field(3) => {
                    read_member(&mut map, &mut expires_in_days_slot, "expiresInDays")
                }
                _ => skip_member(&mut map),
            }?;
        }
        let present = [
            user_id_slot.is_some(),
            reason_slot.is_some(),
            banned_by_user_id_slot.is_some(),
        ];
        let (Some(user_id_slot), Some(reason_slot), Some(banned_by_user_id_slot)) = (
            user_id_slot,
            reason_slot,
            banned_by_user_id_slot,
        ) else {
            return Err(missing(&present, &["userId", "reason", "bannedByUserId"]));
        };
        Ok(Self {
            user_id: user_id_slot,
            reason: reason_slot,
            banned_by_user_id: banned_by_user_id_slot,
            expires_in_days: expires_in_days_slot.flatten(),
        })
    }
}

impl Serialize for CreateWorkspaceBanRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "CreateWorkspaceBanRequest",
            &[
                Property::new("userId", &self.user_id),
                Property::new("reason", &self.reason),
                Property::new("bannedByUserId", &self.banned_by_user_id),
                Property::optional("expiresInDays", &self.expires_in_days),
            ],
        )
    }
}

/// The platform from which the player is accessing the game.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlayerPlatform {
    /// `Phone`
    Phone,
    /// `Tablet`
    Tablet,
    /// `Console`
    Console,
    /// `Desktop`
    Desktop,
    /// `unknown`
    Unknown,
    /// A value this version of the client does not know.
    Other(String),
}

impl PlayerPlatform {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Phone => "Phone",
            Self::Tablet => "Tablet",
            Self::Console => "Console",
            Self::Desktop => "Desktop",
            Self::Unknown => "unknown",
            Self::Other(value) => value,
        }
    }
}

impl From<&str> for PlayerPlatform {
    fn from(value: &str) -> Self {
        match value {
            "Phone" => Self::Phone,
            "Tablet" => Self::Tablet,
            "Console" => Self::Console,
            "Desktop" => Self::Desktop,
            "unknown" => Self::Unknown,
            other => Self::Other(other.to_owned()),
        }
    }
}

impl fmt::Display for PlayerPlatform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for PlayerPlatform {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for PlayerPlatform {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for PlayerPlatform {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// A live game server tracked by ReAdmin
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunningGame {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub version: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub group_id: Option<String>,
    /// `internalGameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub internal_game_id: Option<String>,
    /// `gameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub game_id: Option<i64>,
    /// `placeId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub place_id: Option<i64>,
    /// `jobId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub job_id: Option<String>,
    /// `privateServerId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub private_server_id: Option<String>,
    /// `privateServerOwnerId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub private_server_owner_id: Option<i64>,
    /// `placeVersion` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub place_version: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    pub players: Option<Vec<String>>,
    /// `lastPing` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub last_ping: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

impl<'de> Deserialize<'de> for RunningGame {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for RunningGame {
    const EXPECTING: &'static str = "struct RunningGame";
    const FIELDS: &'static [&'static str] = &[
        "_id",
        "version",
        "groupId",
        "internalGameId",
        "gameId",
        "placeId",
        "jobId",
        "privateServerId",
        "privateServerOwnerId",
        "placeVersion",
        "players",
        "lastPing",
        "created",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut id_slot = None;
        let mut version_slot = None;
        let mut group_id_slot = None;
        let mut internal_game_id_slot = None;
        let mut game_id_slot = None;
        let mut place_id_slot = None;
        let mut job_id_slot = None;
        let mut private_server_id_slot = None;
        let mut private_server_owner_id_slot = None;
        let mut place_version_slot = None;
        let mut players_slot = None;
        let mut last_ping_slot = None;
        let mut created_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut id_slot, "_id"),
                Member::Field(1) => read_member(&mut map, &mut version_slot, "version"),
                Member::Field(2) => read_member(&mut map, &mut group_id_slot, "groupId"),
                Member::Field(3) => {
                    read_member(&mut map, &mut internal_game_id_slot, "internalGameId")
                }
                Member::Field(4) => read_member(&mut map, &mut game_id_slot, "gameId"),
                Member::Field(5) => read_member(&mut map, &mut place_id_slot, "placeId"),
                Member::Field(6) => read_member(&mut map, &mut job_id_slot, "jobId"),
                Member::Field(7) => {
                    read_member(&mut map, &mut private_server_id_slot, "privateServerId")
                }
                Member::Field(8) => {
                    read_member(
                        &mut map,
                        &mut private_server_owner_id_slot,
                        "privateServerOwnerId",
                    )
                }
                Member::Field(9) => {
                    read_member(&mut map, &mut place_version_slot, "placeVersion")
                }
                Member::Field(10) => read_member(&mut map, &mut players_slot, "players"),
                Member::Field(11) => {
                    read_member(&mut map, &mut last_ping_slot, "lastPing")
                }
                Member::Field(12) => read_member(&mut map, &mut created_slot, "created"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            id: id_slot.flatten(),
            version: version_slot.flatten(),
            group_id: group_id_slot.flatten(),
            internal_game_id: internal_game_id_slot.flatten(),
            game_id: game_id_slot.flatten(),
            place_id: place_id_slot.flatten(),
            job_id: job_id_slot.flatten(),
            private_server_id: private_server_id_slot.flatten(),
            private_server_owner_id: private_server_owner_id_slot.flatten(),
            place_version: place_version_slot.flatten(),
            players: players_slot.flatten(),
            last_ping: last_ping_slot.flatten(),
            created: created_slot.flatten(),
        })
    }
}

impl Serialize for RunningGame {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "RunningGame",
            &[
                Property::optional("_id", &self.id),
                Property::optional("version", &self.version),
                Property::optional("groupId", &self.group_id),
                Property::optional("internalGameId", &self.internal_game_id),
                Property::optional("gameId", &self.game_id),
                Property::optional("placeId", &self.place_id),
                Property::optional("jobId", &self.job_id),
                Property::optional("privateServerId", &self.private_server_id),
                Property::optional(
                    "privateServerOwnerId",
                    &self.private_server_owner_id,
                ),
                Property::optional("placeVersion", &self.place_version),
                Property::optional("players", &self.players),
                Property::optional("lastPing", &self.last_ping),
                Property::optional("created", &self.created),
            ],
        )
    }
}

/// Item of [`RunningGameResponse::players`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunningGamePlayer {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `runningGameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub running_game_id: Option<String>,
    /// `userSessionId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub user_session_id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub group_id: Option<String>,
    /// `internalGameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub internal_game_id: Option<String>,
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub user_id: Option<String>,
    /// `userKey` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub user_key: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub platform: Option<PlayerPlatform>,
    /// `isStaff` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub is_staff: Option<bool>,
    /// `capturedRank` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub captured_rank: Option<i64>,
    /// `capturedRole` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub captured_role: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub joined: Option<chrono::DateTime<chrono::Utc>>,
}

impl<'de> Deserialize<'de> for RunningGamePlayer {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for RunningGamePlayer {
    const EXPECTING: &'static str = "struct RunningGamePlayer";
    const FIELDS: &'static [&'static str] = &[
        "_id",
        "runningGameId",
        "userSessionId",
        "groupId",
        "internalGameId",
        "userId",
        "userKey",
        "platform",
        "isStaff",
        "capturedRank",
        "capturedRole",
        "joined",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut id_slot = None;
        let mut running_game_id_slot = None;
        let mut user_session_id_slot = None;
        let mut group_id_slot = None;
        let mut internal_game_id_slot = None;
        let mut user_id_slot = None;
        let mut user_key_slot = None;
        let mut platform_slot = None;
        let mut is_staff_slot = None;
        let mut captured_rank_slot = None;
        let mut captured_role_slot = None;
        let mut joined_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut id_slot, "_id"),
                Member::Field(1) => {
                    read_member(&mut map, &mut running_game_id_slot, "runningGameId")
                }
                Member::Field(2) => {
                    read_member(&mut map, &mut user_session_id_slot, "userSessionId")
                }
                Member::Field(3) => read_member(&mut map, &mut group_id_slot, "groupId"),
                Member::Field(4) => {
                    read_member(&mut map, &mut internal_game_id_slot, "internalGameId")
                }
                Member::Field(5) => read_member(&mut map, &mut user_id_slot, "userId"),
                Member::Field(6) => read_member(&mut map, &mut user_key_slot, "userKey"),
                Member::Field(7) => read_member(&mut map, &mut platform_slot, "platform"),
                Member::Field(8) => read_member(&mut map, &mut is_staff_slot, "isStaff"),
                Member::Field(9) => {
                    read_member(&mut map, &mut captured_rank_slot, "capturedRank")
                }
                Member::Field(10) => {
                    read_member(&mut map, &mut captured_role_slot, "capturedRole")
                }
                Member::Field(11) => read_member(&mut map, &mut joined_slot, "joined"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            id: id_slot.flatten(),
            running_game_id: running_game_id_slot.flatten(),
            user_session_id: user_session_id_slot.flatten(),
            group_id: group_id_slot.flatten(),
            internal_game_id: internal_game_id_slot.flatten(),
            user_id: user_id_slot.flatten(),
            user_key: user_key_slot.flatten(),
            platform: platform_slot.flatten(),
            is_staff: is_staff_slot.flatten(),
            captured_rank: captured_rank_slot.flatten(),
            captured_role: captured_role_slot.flatten(),
            joined: joined_slot.flatten(),
        })
    }
}

impl Serialize for RunningGamePlayer {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "RunningGamePlayer",
            &[
                Property::optional("_id", &self.id),
                Property::optional("runningGameId", &self.running_game_id),
                Property::optional("userSessionId", &self.user_session_id),
                Property::optional("groupId", &self.group_id),
                Property::optional("internalGameId", &self.internal_game_id),
                Property::optional("userId", &self.user_id),
                Property::optional("userKey", &self.user_key),
                Property::optional("platform", &self.platform),
                Property::optional("isStaff", &self.is_staff),
                Property::optional("capturedRank", &self.captured_rank),
                Property::optional("capturedRole", &self.captured_role),
                Property::optional("joined", &self.joined),
            ],
        )
    }
}

/// Returned by [`Client::get_running_games`](crate::Client::get_running_games).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunningGamesResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `runningGames` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub running_games: Option<Vec<RunningGame>>,
}

impl<'de> Deserialize<'de> for RunningGamesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for RunningGamesResponse {
    const EXPECTING: &'static str = "struct RunningGamesResponse";
    const FIELDS: &'static [&'static str] = &["success", "runningGames"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut running_games_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => {
                    read_member(&mut map, &mut running_games_slot, "runningGames")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            running_games: running_games_slot.flatten(),
        })
    }
}

impl Serialize for RunningGamesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "RunningGamesResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("runningGames", &self.running_games),
            ],
        )
    }
}

/// Returned by [`Client::get_running_game`](crate::Client::get_running_game).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunningGameResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `runningGame` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub running_game: Option<RunningGame>,
    /// `None` when the property is missing; left out when `None`.
    pub players: Option<Vec<RunningGamePlayer>>,
}

impl<'de> Deserialize<'de> for RunningGameResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for RunningGameResponse {
    const EXPECTING: &'static str = "struct RunningGameResponse";
    const FIELDS: &'static [&'static str] = &["success", "runningGame", "players"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut running_game_slot = None;
        let mut players_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => {
                    read_member(&mut map, &mut running_game_slot, "runningGame")
                }
                Member::Field(2) => read_member(&mut map, &mut players_slot, "players"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            running_game: running_game_slot.flatten(),
            players: players_slot.flatten(),
        })
    }
}

impl Serialize for RunningGameResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "RunningGameResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("runningGame", &self.running_game),
                Property::optional("players", &self.players),
            ],
        )
    }
}

/// Request body of [`Client::post_create_server`](crate::Client::post_create_server).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateServerRequest {
    /// `gameId` on the wire.
    pub game_id: f64,
    /// `placeId` on the wire.
    pub place_id: f64,
    /// `jobId` on the wire.
    pub job_id: String,
    /// `privateServerId` on the wire.
    pub private_server_id: String,
    /// `privateServerOwnerId` on the wire.
    pub private_server_owner_id: f64,
    /// `placeVersion` on the wire.
    pub place_version: String,
}

impl<'de> Deserialize<'de> for CreateServerRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for CreateServerRequest {
    const EXPECTING: &'static str = "struct CreateServerRequest";
    const FIELDS: &'static [&'static str] = &[
        "gameId",
        "placeId",
        "jobId",
        "privateServerId",
        "privateServerOwnerId",
        "placeVersion",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut game_id_slot = None;
        let mut place_id_slot = None;
        let mut job_id_slot = None;
        let mut private_server_id_slot = None;
        let mut private_server_owner_id_slot = None;
        let mut place_version_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut game_id_slot, "gameId"),
                Member::Field(1) => read_member(&mut map, &mut place_id_slot, "placeId"),
                Member::Field(2) => read_member(&mut map, &mut job_id_slot, "jobId"),
                Member::Field(3) => {
                    read_member(&mut map, &mut private_server_id_slot, "privateServerId")
                }
                Member::Field(4) => {
                    read_member(
                        &mut map,
                        &mut private_server_owner_id_slot,
                        "privateServerOwnerId",
                    )
                }
                Member::Field(5) => {
                    read_member(&mut map, &mut place_version_slot, "placeVersion")
                }
                _ => skip_member(&mut map),
            }?;
        }
        let present = [
            game_id_slot.is_some(),
            place_id_slot.is_some(),
            job_id_slot.is_some(),
            private_server_id_slot.is_some(),
            private_server_owner_id_slot.is_some(),
            place_version_slot.is_some(),
        ];
        let (
            Some(game_id_slot),
            Some(place_id_slot),
            Some(job_id_slot),
            Some(private_server_id_slot),
            Some(private_server_owner_id_slot),
            Some(place_version_slot),
        ) = (
            game_id_slot,
            place_id_slot,
            job_id_slot,
            private_server_id_slot,
            private_server_owner_id_slot,
            place_version_slot,
        ) else {
            return Err(
                missing(
                    &present,
                    &[
                        "gameId",
                        "placeId",
                        "jobId",
                        "privateServerId",
                        "privateServerOwnerId",
                        "placeVersion",
                    ],
                ),
            );
        };
        Ok(Self {
            game_id: game_id_slot,
            place_id: place_id_slot,
            job_id: job_id_slot,
            private_server_id: private_server_id_slot,
            private_server_owner_id: private_server_owner_id_slot,
            place_version: place_version_slot,
        })
    }
}

impl Serialize for CreateServerRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "CreateServerRequest",
            &[
                Property::new("gameId", &self.game_id),
                Property::new("placeId", &self.place_id),
                Property::new("jobId", &self.job_id),
                Property::new("privateServerId", &self.private_server_id),
                Property::new("privateServerOwnerId", &self.private_server_owner_id),
                Property::new("placeVersion", &self.place_version),
            ],
        )
    }
}

/// Returned by [`Client::post_create_server`](crate::Client::post_create_server).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateServerResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// Internal game id to send with later activity-tracker calls
    ///
    /// `gameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub game_id: Option<String>,
    /// `runningGameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub running_game_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub workspace: Option<Workspace>,
}

impl<'de> Deserialize<'de> for CreateServerResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for CreateServerResponse {
    const EXPECTING: &'static str = "struct CreateServerResponse";
    const FIELDS: &'static [&'static str] = &[
        "success",
        "gameId",
        "runningGameId",
        "workspace",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut game_id_slot = None;
        let mut running_game_id_slot = None;
        let mut workspace_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut game_id_slot, "gameId"),
                Member::Field(2) => {
                    read_member(&mut map, &mut running_game_id_slot, "runningGameId")
                }
                Member::Field(3) => {
                    read_member(&mut map, &mut workspace_slot, "workspace")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            game_id: game_id_slot.flatten(),
            running_game_id: running_game_id_slot.flatten(),
            workspace: workspace_slot.flatten(),
        })
    }
}

impl Serialize for CreateServerResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "CreateServerResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("gameId", &self.game_id),
                Property::optional("runningGameId", &self.running_game_id),
                Property::optional("workspace", &self.workspace),
            ],
        )
    }
}

/// Request body of [`Client::post_get_server`](crate::Client::post_get_server).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunningServerRequest {
    /// Internal game id returned by `POST /activity/createServer`
    ///
    /// `gameId` on the wire.
    pub game_id: String,
}

impl<'de> Deserialize<'de> for RunningServerRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for RunningServerRequest {
    const EXPECTING: &'static str = "struct RunningServerRequest";
    const FIELDS: &'static [&'static str] = &["gameId"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, required, skip_member, Member, Members};
        let mut game_id_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut game_id_slot, "gameId"),
                _ => skip_member(&mut map),
            }?;
        }
        let game_id_slot = required(game_id_slot, "gameId")?;
        Ok(Self { game_id: game_id_slot })
    }
}

impl Serialize for RunningServerRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "RunningServerRequest",
            &[Property::new("gameId", &self.game_id)],
        )
    }
}

/// Returned by [`Client::post_get_server`](crate::Client::post_get_server).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GetServerResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub workspace: Option<Workspace>,
}

impl<'de> Deserialize<'de> for GetServerResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for GetServerResponse {
    const EXPECTING: &'static str = "struct GetServerResponse";
    const FIELDS: &'static [&'static str] = &["success", "workspace"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut workspace_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => {
                    read_member(&mut map, &mut workspace_slot, "workspace")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            workspace: workspace_slot.flatten(),
        })
    }
}

impl Serialize for GetServerResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "GetServerResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("workspace", &self.workspace),
            ],
        )
    }
}

/// Request body of [`Client::post_player_join`](crate::Client::post_player_join).
#[derive(Debug, Clone, PartialEq)]
pub struct PlayerJoinRequest {
    /// Unique identifier for the player
    ///
    /// `playerId` on the wire.
    pub player_id: f64,
    /// The `platform` property.
    pub platform: PlayerPlatform,
    /// Indicates if the player has safe chat enabled
    pub safechat: bool,
    /// Player's username
    ///
    /// `None` when the property is missing; left out when `None`.
    pub username: Option<String>,
    /// Timezone offset from UTC, in ISO 8601 format
    ///
    /// `tzOffset` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub tz_offset: Option<String>,
    /// Internal game id returned by `POST /activity/createServer` (may also be sent as the `gameId` query parameter)
    ///
    /// `gameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub game_id: Option<String>,
}

impl<'de> Deserialize<'de> for PlayerJoinRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for PlayerJoinRequest {
    const EXPECTING: &'static str = "struct PlayerJoinRequest";
    const FIELDS: &'static [&'static str] = &[
        "playerId",
        "platform",
        "safechat",
        "username",
        "tzOffset",
        "gameId",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut player_id_slot = None;
        let mut platform_slot = None;
        let mut safechat_slot = None;
        let mut username_slot = None;
        let mut tz_offset_slot = None;
        let mut game_id_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => {
                    read_member(&mut map, &mut player_id_slot, "playerId")
                }
                Member::Field(1) => read_member(&mut map, &mut platform_slot, "platform"),
                Member::Field(2) => read_member(&mut map, &mut safechat_slot, "safechat"),
                Member::Field(3) => read_member(&mut map, &mut username_slot, "username"),
                Member::Field(4) => {
                    read_member(&mut map, &mut tz_offset_slot, "tzOffset")
                }
                Member::Field(5) => read_member(&mut map, &mut game_id_slot, "gameId"),
                _ => skip_member(&mut map),
            }?;
        }
        let present = [
            player_id_slot.is_some(),
            platform_slot.is_some(),
            safechat_slot.is_some(),
        ];
        let (Some(player_id_slot), Some(platform_slot), Some(safechat_slot)) = (
            player_id_slot,
            platform_slot,
            safechat_slot,
        ) else {
            return Err(missing(&present, &["playerId", "platform", "safechat"]));
        };
        Ok(Self {
            player_id: player_id_slot,
            platform: platform_slot,
            safechat: safechat_slot,
            username: username_slot.flatten(),
            tz_offset: tz_offset_slot.flatten(),
            game_id: game_id_slot.flatten(),
        })
    }
}

impl Serialize for PlayerJoinRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "PlayerJoinRequest",
            &[
                Property::new("playerId", &self.player_id),
                Property::new("platform", &self.platform),
                Property::new("safechat", &self.safechat),
                Property::optional("username", &self.username),
                Property::optional("tzOffset", &self.tz_offset),
                Property::optional("gameId", &self.game_id),
            ],
        )
    }
}

/// Returned by [`Client::post_player_join`](crate::Client::post_player_join).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlayerJoinResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub banned: Option<bool>,
    /// `None` when the property is missing or `null`.
    pub reason: Option<String>,
    /// `isStaff` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub is_staff: Option<bool>,
    /// `sessionId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub session_id: Option<String>,
    /// `runningPlayerId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub running_player_id: Option<String>,
}

impl<'de> Deserialize<'de> for PlayerJoinResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for PlayerJoinResponse {
    const EXPECTING: &'static str = "struct PlayerJoinResponse";
    const FIELDS: &'static [&'static str] = &[
        "success",
        "banned",
        "reason",
        "isStaff",
        "sessionId",
        "runningPlayerId",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut banned_slot = None;
        let mut reason_slot = None;
        let mut is_staff_slot = None;
        let mut session_id_slot = None;
        let mut running_player_id_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut banned_slot, "banned"),
                Member::Field(2) => read_member(&mut map, &mut reason_slot, "reason"),
                Member::Field(3) => read_member(&mut map, &mut is_staff_slot, "isStaff"),
                Member::Field(4) => {
                    read_member(&mut map, &mut session_id_slot, "sessionId")
                }
                Member::Field(5) => {
                    read_member(&mut map, &mut running_player_id_slot, "runningPlayerId")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            banned: banned_slot.flatten(),
            reason: reason_slot.flatten(),
            is_staff: is_staff_slot.flatten(),
            session_id: session_id_slot.flatten(),
            running_player_id: running_player_id_slot.flatten(),
        })
    }
}

impl Serialize for PlayerJoinResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "PlayerJoinResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("banned", &self.banned),
                Property::optional("reason", &self.reason),
                Property::optional("isStaff", &self.is_staff),
                Property::optional("sessionId", &self.session_id),
                Property::optional("runningPlayerId", &self.running_player_id),
            ],
        )
    }
}

/// An activity event recorded in game
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SessionEvent {
    /// `None` when the property is missing; left out when `None`.
    pub user: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub r#type: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub date: Option<f64>,
    /// `None` when the property is missing; left out when `None`.
    pub message: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub to: Option<String>,
}

impl<'de> Deserialize<'de> for SessionEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SessionEvent {
    const EXPECTING: &'static str = "struct SessionEvent";
    const FIELDS: &'static [&'static str] = &["user", "type", "date", "message", "to"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut user_slot = None;
        let mut type_slot = None;
        let mut date_slot = None;
        let mut message_slot = None;
        let mut to_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut user_slot, "user"),
                Member::Field(1) => read_member(&mut map, &mut type_slot, "type"),
                Member::Field(2) => read_member(&mut map, &mut date_slot, "date"),
                Member::Field(3) => read_member(&mut map, &mut message_slot, "message"),
                Member::Field(4) => read_member(&mut map, &mut to_slot, "to"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            user: user_slot.flatten(),
            r#type: type_slot.flatten(),
            date: date_slot.flatten(),
            message: message_slot.flatten(),
            to: to_slot.flatten(),
        })
    }
}

impl Serialize for SessionEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SessionEvent",
            &[
                Property::optional("user", &self.user),
                Property::optional("type", &self.r#type),
                Property::optional("date", &self.date),
                Property::optional("message", &self.message),
                Property::optional("to", &self.to),
            ],
        )
    }
}

/// The type of [`PlayerLeaveRequest::session_ids`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlayerSessionIds {
    /// `runningGamePlayer` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub running_game_player: Option<String>,
    /// `userGameSession` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub user_game_session: Option<String>,
}

impl<'de> Deserialize<'de> for PlayerSessionIds {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for PlayerSessionIds {
    const EXPECTING: &'static str = "struct PlayerSessionIds";
    const FIELDS: &'static [&'static str] = &["runningGamePlayer", "userGameSession"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut running_game_player_slot = None;
        let mut user_game_session_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => {
                    read_member(
                        &mut map,
                        &mut running_game_player_slot,
                        "runningGamePlayer",
                    )
                }
                Member::Field(1) => {
                    read_member(&mut map, &mut user_game_session_slot, "userGameSession")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            running_game_player: running_game_player_slot.flatten(),
            user_game_session: user_game_session_slot.flatten(),
        })
    }
}

impl Serialize for PlayerSessionIds {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "PlayerSessionIds",
            &[
                Property::optional("runningGamePlayer", &self.running_game_player),
                Property::optional("userGameSession", &self.user_game_session),
            ],
        )
    }
}

/// Request body of [`Client::delete_player_leave`](crate::Client::delete_player_leave).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlayerLeaveRequest {
    /// `sessionIds` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub session_ids: Option<PlayerSessionIds>,
    /// `playerId` on the wire.
    pub player_id: f64,
    /// The `events` property.
    pub events: Vec<SessionEvent>,
    /// `leftTime` on the wire.
    pub left_time: f64,
    /// Internal game id returned by `POST /activity/createServer`
    ///
    /// `gameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub game_id: Option<String>,
}

impl<'de> Deserialize<'de> for PlayerLeaveRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for PlayerLeaveRequest {
    const EXPECTING: &'static str = "struct PlayerLeaveRequest";
    const FIELDS: &'static [&'static str] = &[
        "sessionIds",
        "playerId",
        "events",
        "leftTime",
        "gameId",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut session_ids_slot = None;
        let mut player_id_slot = None;
        let mut events_slot = None;
        let mut left_time_slot = None;
        let mut game_id_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => {
                    read_member(&mut map, &mut session_ids_slot, "sessionIds")
                }
                Member::Field(1) => {
                    read_member(&mut map, &mut player_id_slot, "playerId")
                }
                Member::Field(2) => read_member(&mut map, &mut events_slot, "events"),
                Member::Field(3) => {
                    read_member(&mut map, &mut left_time_slot, "leftTime")
                }
                Member::Field(4) => read_member(&mut map, &mut game_id_slot, "gameId"),
                _ => skip_member(&mut map),
            }?;
        }
        let present = [
            player_id_slot.is_some(),
            events_slot.is_some(),
            left_time_slot.is_some(),
        ];
        let (Some(player_id_slot), Some(events_slot), Some(left_time_slot)) = (
            player_id_slot,
            events_slot,
            left_time_slot,
        ) else {
            return Err(missing(&present, &["playerId", "events", "leftTime"]));
        };
        Ok(Self {
            session_ids: session_ids_slot.flatten(),
            player_id: player_id_slot,
            events: events_slot,
            left_time: left_time_slot,
            game_id: game_id_slot.flatten(),
        })
    }
}

impl Serialize for PlayerLeaveRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "PlayerLeaveRequest",
            &[
                Property::optional("sessionIds", &self.session_ids),
                Property::new("playerId", &self.player_id),
                Property::new("events", &self.events),
                Property::new("leftTime", &self.left_time),
                Property::optional("gameId", &self.game_id),
            ],
        )
    }
}

/// A chat message sent by an in-game caller into a support call
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChatEvent {
    /// `None` when the property is missing; left out when `None`.
    pub r#type: Option<ChatEventType>,
    /// `ticketId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub ticket_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub username: Option<String>,
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub user_id: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    pub message: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// Unix time in seconds
    ///
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<f64>,
}

impl<'de> Deserialize<'de> for ChatEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for ChatEvent {
    const EXPECTING: &'static str = "struct ChatEvent";
    const FIELDS: &'static [&'static str] = &[
        "type",
        "ticketId",
        "username",
        "userId",
        "message",
        "id",
        "created",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut type_slot = None;
        let mut ticket_id_slot = None;
        let mut username_slot = None;
        let mut user_id_slot = None;
        let mut message_slot = None;
        let mut id_slot = None;
        let mut created_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut type_slot, "type"),
                Member::Field(1) => {
                    read_member(&mut map, &mut ticket_id_slot, "ticketId")
                }
                Member::Field(2) => read_member(&mut map, &mut username_slot, "username"),
                Member::Field(3) => read_member(&mut map, &mut user_id_slot, "userId"),
                Member::Field(4) => read_member(&mut map, &mut message_slot, "message"),
                Member::Field(5) => read_member(&mut map, &mut id_slot, "id"),
                Member::Field(6) => read_member(&mut map, &mut created_slot, "created"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            r#type: type_slot.flatten(),
            ticket_id: ticket_id_slot.flatten(),
            username: username_slot.flatten(),
            user_id: user_id_slot.flatten(),
            message: message_slot.flatten(),
            id: id_slot.flatten(),
            created: created_slot.flatten(),
        })
    }
}

impl Serialize for ChatEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "ChatEvent",
            &[
                Property::optional("type", &self.r#type),
                Property::optional("ticketId", &self.ticket_id),
                Property::optional("username", &self.username),
                Property::optional("userId", &self.user_id),
                Property::optional("message", &self.message),
                Property::optional("id", &self.id),
                Property::optional("created", &self.created),
            ],
        )
    }
}

/// Request body of [`Client::post_send_data`](crate::Client::post_send_data).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SendDataRequest {
    /// Internal game id returned by `POST /activity/createServer`
    ///
    /// `gameId` on the wire.
    pub game_id: String,
    /// The `events` property.
    pub events: Vec<SessionEvent>,
    /// `chatEvents` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub chat_events: Option<Vec<ChatEvent>>,
    /// Players currently on the server, username keyed by user id
    ///
    /// `None` when the property is missing; left out when `None`.
    pub players: Option<BTreeMap<String, String>>,
}

impl<'de> Deserialize<'de> for SendDataRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SendDataRequest {
    const EXPECTING: &'static str = "struct SendDataRequest";
    const FIELDS: &'static [&'static str] = &[
        "gameId",
        "events",
        "chatEvents",
        "players",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut game_id_slot = None;
        let mut events_slot = None;
        let mut chat_events_slot = None;
        let mut players_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut game_id_slot, "gameId"),
                Member::Field(1) => read_member(&mut map, &mut events_slot, "events"),
                Member::Field(2) => {
                    read_member(&mut map, &mut chat_events_slot, "chatEvents")
                }
                Member::Field(3) => read_member(&mut map, &mut players_slot, "players"),
                _ => skip_member(&mut map),
            }?;
        }
        let present = [game_id_slot.is_some(), events_slot.is_some()];
        let (Some(game_id_slot), Some(events_slot)) = (game_id_slot, events_slot) else {
            return Err(missing(&present, &["gameId", "events"]));
        };
        Ok(Self {
            game_id: game_id_slot,
            events: events_slot,
            chat_events: chat_events_slot.flatten(),
            players: players_slot.flatten(),
        })
    }
}

impl Serialize for SendDataRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SendDataRequest",
            &[
                Property::new("gameId", &self.game_id),
                Property::new("events", &self.events),
                Property::optional("chatEvents", &self.chat_events),
                Property::optional("players", &self.players),
            ],
        )
    }
}

/// Returned by [`Client::post_send_data`](crate::Client::post_send_data).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SendDataResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// Administrative actions queued for this server
    ///
    /// `queuedActions` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub queued_actions: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// Support calls currently open on this server
    ///
    /// `ongoingChats` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub ongoing_chats: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
}

impl<'de> Deserialize<'de> for SendDataResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SendDataResponse {
    const EXPECTING: &'static str = "struct SendDataResponse";
    const FIELDS: &'static [&'static str] = &[
        "success",
        "queuedActions",
        "ongoingChats",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut queued_actions_slot = None;
        let mut ongoing_chats_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => {
                    read_member(&mut map, &mut queued_actions_slot, "queuedActions")
                }
                Member::Field(2) => {
                    read_member(&mut map, &mut ongoing_chats_slot, "ongoingChats")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            queued_actions: queued_actions_slot.flatten(),
            ongoing_chats: ongoing_chats_slot.flatten(),
        })
    }
}

impl Serialize for SendDataResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SendDataResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("queuedActions", &self.queued_actions),
                Property::optional("ongoingChats", &self.ongoing_chats),
            ],
        )
    }
}

/// The type of [`TimeOffRequest::status`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TimeOffStatus {
    /// `pending`
    Pending,
    /// `approved`
    Approved,
    /// `denied`
    Denied,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl TimeOffStatus {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Approved => "approved",
            Self::Denied => "denied",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for TimeOffStatus {
    fn from(value: &str) -> Self {
        match value {
            "pending" => Self::Pending,
            "approved" => Self::Approved,
            "denied" => Self::Denied,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for TimeOffStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for TimeOffStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for TimeOffStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for TimeOffStatus {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// Item of [`TimeOffRequest::approval_chain`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApprovalStep {
    /// `None` when the property is missing; left out when `None`.
    pub index: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    pub label: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub r#type: Option<String>,
    /// `approverIds` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub approver_ids: Option<Vec<String>>,
    /// `decidedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub decided_by: Option<String>,
    /// `decidedAt` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub decided_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    pub note: Option<String>,
}

impl<'de> Deserialize<'de> for ApprovalStep {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for ApprovalStep {
    const EXPECTING: &'static str = "struct ApprovalStep";
    const FIELDS: &'static [&'static str] = &[
        "index",
        "label",
        "type",
        "approverIds",
        "decidedBy",
        "decidedAt",
        "note",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut index_slot = None;
        let mut label_slot = None;
        let mut type_slot = None;
        let mut approver_ids_slot = None;
        let mut decided_by_slot = None;
        let mut decided_at_slot = None;
        let mut note_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut index_slot, "index"),
                Member::Field(1) => read_member(&mut map, &mut label_slot, "label"),
                Member::Field(2) => read_member(&mut map, &mut type_slot, "type"),
                Member::Field(3) => {
                    read_member(&mut map, &mut approver_ids_slot, "approverIds")
                }
                Member::Field(4) => {
                    read_member(&mut map, &mut decided_by_slot, "decidedBy")
                }
                Member::Field(5) => {
                    read_member(&mut map, &mut decided_at_slot, "decidedAt")
                }
                Member::Field(6) => read_member(&mut map, &mut note_slot, "note"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            index: index_slot.flatten(),
            label: label_slot.flatten(),
            r#type: type_slot.flatten(),
            approver_ids: approver_ids_slot.flatten(),
            decided_by: decided_by_slot.flatten(),
            decided_at: decided_at_slot.flatten(),
            note: note_slot.flatten(),
        })
    }
}

impl Serialize for ApprovalStep {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "ApprovalStep",
            &[
                Property::optional("index", &self.index),
                Property::optional("label", &self.label),
                Property::optional("type", &self.r#type),
                Property::optional("approverIds", &self.approver_ids),
                Property::optional("decidedBy", &self.decided_by),
                Property::optional("decidedAt", &self.decided_at),
                Property::optional("note", &self.note),
            ],
        )
    }
}

/// Item of [`TimeOffRequestListResponse::requests`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TimeOffRequest {
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub group_id: Option<String>,
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub user_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub reason: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub starts: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    pub ends: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `teamId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub team_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub status: Option<TimeOffStatus>,
    /// `reviewedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub reviewed_by: Option<String>,
    /// `reviewNote` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub review_note: Option<String>,
    /// `reviewedAt` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub reviewed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `approvalChain` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub approval_chain: Option<Vec<ApprovalStep>>,
    /// `currentStepIndex` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub current_step_index: Option<i64>,
    /// `currentApproverIds` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub current_approver_ids: Option<Vec<String>>,
}

impl<'de> Deserialize<'de> for TimeOffRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for TimeOffRequest {
    const EXPECTING: &'static str = "struct TimeOffRequest";
    const FIELDS: &'static [&'static str] = &[
        "groupId",
        "userId",
        "reason",
        "starts",
        "ends",
        "created",
        "_id",
        "teamId",
        "status",
        "reviewedBy",
        "reviewNote",
        "reviewedAt",
        "approvalChain",
        "currentStepIndex",
        "currentApproverIds",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut group_id_slot = None;
        let mut user_id_slot = None;
        let mut reason_slot = None;
        let mut starts_slot = None;
        let mut ends_slot = None;
        let mut created_slot = None;
        let mut id_slot = None;
        let mut team_id_slot = None;
        let mut status_slot = None;
        let mut reviewed_by_slot = None;
        let mut review_note_slot = None;
        let mut reviewed_at_slot = None;
        let mut approval_chain_slot = None;
        let mut current_step_index_slot = None;
        let mut current_approver_ids_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut group_id_slot, "groupId"),
                Member::Field(1) => read_member(&mut map, &mut user_id_slot, "userId"),
                Member::Field(2) => read_member(&mut map, &mut reason_slot, "reason"),
                Member::Field(3) => read_member(&mut map, &mut starts_slot, "starts"),
                Member::Field(4) => read_member(&mut map, &mut ends_slot, "ends"),
                Member::Field(5) => read_member(&mut map, &mut created_slot, "created"),
                Member::Field(6) => read_member(&mut map, &mut id_slot, "_id"),
                Member::Field(7) => read_member(&mut map, &mut team_id_slot, "teamId"),
                Member::Field(8) => read_member(&mut map, &mut status_slot, "status"),
                Member::Field(9) => {
                    read_member(&mut map, &mut reviewed_by_slot, "reviewedBy")
                }
                Member::Field(10) => {
                    read_member(&mut map, &mut review_note_slot, "reviewNote")
                }
                Member::Field(11) => {
                    read_member(&mut map, &mut reviewed_at_slot, "reviewedAt")
                }
                Member::Field(12) => {
                    read_member(&mut map, &mut approval_chain_slot, "approvalChain")
                }
                Member::Field(13) => {
                    read_member(
                        &mut map,
                        &mut current_step_index_slot,
                        "currentStepIndex",
                    )
                }
                Member::Field(14) => {
                    read_member(
                        &mut map,
                        &mut current_approver_ids_slot,
                        "currentApproverIds",
                    )
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            group_id: group_id_slot.flatten(),
            user_id: user_id_slot.flatten(),
            reason: reason_slot.flatten(),
            starts: starts_slot.flatten(),
            ends: ends_slot.flatten(),
            created: created_slot.flatten(),
            id: id_slot.flatten(),
            team_id: team_id_slot.flatten(),
            status: status_slot.flatten(),
            reviewed_by: reviewed_by_slot.flatten(),
            review_note: review_note_slot.flatten(),
            reviewed_at: reviewed_at_slot.flatten(),
            approval_chain: approval_chain_slot.flatten(),
            current_step_index: current_step_index_slot.flatten(),
            current_approver_ids: current_approver_ids_slot.flatten(),
        })
    }
}

impl Serialize for TimeOffRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "TimeOffRequest",
            &[
                Property::optional("groupId", &self.group_id),
                Property::optional("userId", &self.user_id),
                Property::optional("reason", &self.reason),
                Property::optional("starts", &self.starts),
                Property::optional("ends", &self.ends),
                Property::optional("created", &self.created),
                Property::optional("_id", &self.id),
                Property::optional("teamId", &self.team_id),
                Property::optional("status", &self.status),
                Property::optional("reviewedBy", &self.reviewed_by),
                Property::optional("reviewNote", &self.review_note),
                Property::optional("reviewedAt", &self.reviewed_at),
                Property::optional("approvalChain", &self.approval_chain),
                Property::optional("currentStepIndex", &self.current_step_index),
                Property::optional("currentApproverIds", &self.current_approver_ids),
            ],
        )
    }
}

/// Returned by [`Client::get_time_off_requests`](crate::Client::get_time_off_requests).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TimeOffRequestListResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub requests: Option<Vec<TimeOffRequest>>,
}

impl<'de> Deserialize<'de> for TimeOffRequestListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for TimeOffRequestListResponse {
    const EXPECTING: &'static str = "struct TimeOffRequestListResponse";
    const FIELDS: &'static [&'static str] = &["success", "requests"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut requests_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut requests_slot, "requests"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            requests: requests_slot.flatten(),
        })
    }
}

impl Serialize for TimeOffRequestListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "TimeOffRequestListResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("requests", &self.requests),
            ],
        )
    }
}

/// Returned by [`Client::get_time_off_request`](crate::Client::get_time_off_request).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TimeOffRequestResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub request: Option<TimeOffRequest>,
}

impl<'de> Deserialize<'de> for TimeOffRequestResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for TimeOffRequestResponse {
    const EXPECTING: &'static str = "struct TimeOffRequestResponse";
    const FIELDS: &'static [&'static str] = &["success", "request"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut request_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut request_slot, "request"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            request: request_slot.flatten(),
        })
    }
}

impl Serialize for TimeOffRequestResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "TimeOffRequestResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("request", &self.request),
            ],
        )
    }
}

/// Request body of [`Client::approve_time_off_request`](crate::Client::approve_time_off_request).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReviewTimeOffRequest {
    /// Roblox id of the reviewer
    ///
    /// `actorId` on the wire.
    pub actor_id: String,
    /// Optional review note
    ///
    /// `None` when the property is missing; left out when `None`.
    pub note: Option<String>,
}

impl<'de> Deserialize<'de> for ReviewTimeOffRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for ReviewTimeOffRequest {
    const EXPECTING: &'static str = "struct ReviewTimeOffRequest";
    const FIELDS: &'static [&'static str] = &["actorId", "note"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, required, skip_member, Member, Members};
        let mut actor_id_slot = None;
        let mut note_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut actor_id_slot, "actorId"),
                Member::Field(1) => read_member(&mut map, &mut note_slot, "note"),
                _ => skip_member(&mut map),
            }?;
        }
        let actor_id_slot = required(actor_id_slot, "actorId")?;
        Ok(Self {
            actor_id: actor_id_slot,
            note: note_slot.flatten(),
        })
    }
}

impl Serialize for ReviewTimeOffRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "ReviewTimeOffRequest",
            &[
                Property::new("actorId", &self.actor_id),
                Property::optional("note", &self.note),
            ],
        )
    }
}

/// Item of [`Team::roles`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TeamRole {
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub name: Option<String>,
    /// Whether this role has manager-level permissions over the team
    ///
    /// `isLead` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub is_lead: Option<bool>,
    /// `robloxRoleId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub roblox_role_id: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

impl<'de> Deserialize<'de> for TeamRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for TeamRole {
    const EXPECTING: &'static str = "struct TeamRole";
    const FIELDS: &'static [&'static str] = &[
        "id",
        "name",
        "isLead",
        "robloxRoleId",
        "created",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut id_slot = None;
        let mut name_slot = None;
        let mut is_lead_slot = None;
        let mut roblox_role_id_slot = None;
        let mut created_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut id_slot, "id"),
                Member::Field(1) => read_member(&mut map, &mut name_slot, "name"),
                Member::Field(2) => read_member(&mut map, &mut is_lead_slot, "isLead"),
                Member::Field(3) => {
                    read_member(&mut map, &mut roblox_role_id_slot, "robloxRoleId")
                }
                Member::Field(4) => read_member(&mut map, &mut created_slot, "created"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            id: id_slot.flatten(),
            name: name_slot.flatten(),
            is_lead: is_lead_slot.flatten(),
            roblox_role_id: roblox_role_id_slot.flatten(),
            created: created_slot.flatten(),
        })
    }
}

impl Serialize for TeamRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "TeamRole",
            &[
                Property::optional("id", &self.id),
                Property::optional("name", &self.name),
                Property::optional("isLead", &self.is_lead),
                Property::optional("robloxRoleId", &self.roblox_role_id),
                Property::optional("created", &self.created),
            ],
        )
    }
}

/// Item of [`TeamListResponse::teams`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Team {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub group_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub name: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub description: Option<String>,
    /// Parent team id; `null` for a top-level team
    ///
    /// `parentTeamId` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    pub parent_team_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub roles: Option<Vec<TeamRole>>,
    /// `syncedDepartments` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub synced_departments: Option<Vec<String>>,
    /// `autoSyncEnabled` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub auto_sync_enabled: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// `createdBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub created_by: Option<String>,
    /// `updatedAt` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl<'de> Deserialize<'de> for Team {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for Team {
    const EXPECTING: &'static str = "struct Team";
    const FIELDS: &'static [&'static str] = &[
        "_id",
        "groupId",
        "name",
        "description",
        "parentTeamId",
        "roles",
        "syncedDepartments",
        "autoSyncEnabled",
        "created",
        "createdBy",
        "updatedAt",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut id_slot = None;
        let mut group_id_slot = None;
        let mut name_slot = None;
        let mut description_slot = None;
        let mut parent_team_id_slot = None;
        let mut roles_slot = None;
        let mut synced_departments_slot = None;
        let mut auto_sync_enabled_slot = None;
        let mut created_slot = None;
        let mut created_by_slot = None;
        let mut updated_at_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut id_slot, "_id"),
                Member::Field(1) => read_member(&mut map, &mut group_id_slot, "groupId"),
                Member::Field(2) => read_member(&mut map, &mut name_slot, "name"),
                Member::Field(3) => {
                    read_member(&mut map, &mut description_slot, "description")
                }
                Member::Field(4) => {
                    read_member(&mut map, &mut parent_team_id_slot, "parentTeamId")
                }
                Member::Field(5) => read_member(&mut map, &mut roles_slot, "roles"),
                Member::Field(6) => {
                    read_member(
                        &mut map,
                        &mut synced_departments_slot,
                        "syncedDepartments",
                    )
                }
                Member::Field(7) => {
                    read_member(&mut map, &mut auto_sync_enabled_slot, "autoSyncEnabled")
                }
                Member::Field(8) => read_member(&mut map, &mut created_slot, "created"),
                Member::Field(9) => {
                    read_member(&mut map, &mut created_by_slot, "createdBy")
                }
                Member::Field(10) => {
                    read_member(&mut map, &mut updated_at_slot, "updatedAt")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            id: id_slot.flatten(),
            group_id: group_id_slot.flatten(),
            name: name_slot.flatten(),
            description: description_slot.flatten(),
            parent_team_id: parent_team_id_slot.flatten(),
            roles: roles_slot.flatten(),
            synced_departments: synced_departments_slot.flatten(),
            auto_sync_enabled: auto_sync_enabled_slot.flatten(),
            created: created_slot.flatten(),
            created_by: created_by_slot.flatten(),
            updated_at: updated_at_slot.flatten(),
        })
    }
}

impl Serialize for Team {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "Team",
            &[
                Property::optional("_id", &self.id),
                Property::optional("groupId", &self.group_id),
                Property::optional("name", &self.name),
                Property::optional("description", &self.description),
                Property::optional("parentTeamId", &self.parent_team_id),
                Property::optional("roles", &self.roles),
                Property::optional("syncedDepartments", &self.synced_departments),
                Property::optional("autoSyncEnabled", &self.auto_sync_enabled),
                Property::optional("created", &self.created),
                Property::optional("createdBy", &self.created_by),
                Property::optional("updatedAt", &self.updated_at),
            ],
        )
    }
}

/// Item of [`TeamResponse::members`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TeamMember {
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub user_id: Option<String>,
    /// `roleId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub role_id: Option<String>,
    /// `roleName` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    pub role_name: Option<String>,
    /// `isLead` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub is_lead: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

impl<'de> Deserialize<'de> for TeamMember {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for TeamMember {
    const EXPECTING: &'static str = "struct TeamMember";
    const FIELDS: &'static [&'static str] = &[
        "userId",
        "roleId",
        "roleName",
        "isLead",
        "created",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut user_id_slot = None;
        let mut role_id_slot = None;
        let mut role_name_slot = None;
        let mut is_lead_slot = None;
        let mut created_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut user_id_slot, "userId"),
                Member::Field(1) => read_member(&mut map, &mut role_id_slot, "roleId"),
                Member::Field(2) => {
                    read_member(&mut map, &mut role_name_slot, "roleName")
                }
                Member::Field(3) => read_member(&mut map, &mut is_lead_slot, "isLead"),
                Member::Field(4) => read_member(&mut map, &mut created_slot, "created"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            user_id: user_id_slot.flatten(),
            role_id: role_id_slot.flatten(),
            role_name: role_name_slot.flatten(),
            is_lead: is_lead_slot.flatten(),
            created: created_slot.flatten(),
        })
    }
}

impl Serialize for TeamMember {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "TeamMember",
            &[
                Property::optional("userId", &self.user_id),
                Property::optional("roleId", &self.role_id),
                Property::optional("roleName", &self.role_name),
                Property::optional("isLead", &self.is_lead),
                Property::optional("created", &self.created),
            ],
        )
    }
}

/// Item of [`UserTeamListResponse::teams`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserTeamMembership {
    /// `teamId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub team_id: Option<String>,
    /// `teamName` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    pub team_name: Option<String>,
    /// `roleId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub role_id: Option<String>,
    /// `roleName` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    pub role_name: Option<String>,
    /// `isLead` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub is_lead: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

impl<'de> Deserialize<'de> for UserTeamMembership {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for UserTeamMembership {
    const EXPECTING: &'static str = "struct UserTeamMembership";
    const FIELDS: &'static [&'static str] = &[
        "teamId",
        "teamName",
        "roleId",
        "roleName",
        "isLead",
        "created",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut team_id_slot = None;
        let mut team_name_slot = None;
        let mut role_id_slot = None;
        let mut role_name_slot = None;
        let mut is_lead_slot = None;
        let mut created_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut team_id_slot, "teamId"),
                Member::Field(1) => {
                    read_member(&mut map, &mut team_name_slot, "teamName")
                }
                Member::Field(2) => read_member(&mut map, &mut role_id_slot, "roleId"),
                Member::Field(3) => {
                    read_member(&mut map, &mut role_name_slot, "roleName")
                }
                Member::Field(4) => read_member(&mut map, &mut is_lead_slot, "isLead"),
                Member::Field(5) => read_member(&mut map, &mut created_slot, "created"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            team_id: team_id_slot.flatten(),
            team_name: team_name_slot.flatten(),
            role_id: role_id_slot.flatten(),
            role_name: role_name_slot.flatten(),
            is_lead: is_lead_slot.flatten(),
            created: created_slot.flatten(),
        })
    }
}

impl Serialize for UserTeamMembership {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "UserTeamMembership",
            &[
                Property::optional("teamId", &self.team_id),
                Property::optional("teamName", &self.team_name),
                Property::optional("roleId", &self.role_id),
                Property::optional("roleName", &self.role_name),
                Property::optional("isLead", &self.is_lead),
                Property::optional("created", &self.created),
            ],
        )
    }
}

/// Returned by [`Client::get_teams`](crate::Client::get_teams).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TeamListResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub teams: Option<Vec<Team>>,
}

impl<'de> Deserialize<'de> for TeamListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for TeamListResponse {
    const EXPECTING: &'static str = "struct TeamListResponse";
    const FIELDS: &'static [&'static str] = &["success", "teams"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut teams_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut teams_slot, "teams"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            teams: teams_slot.flatten(),
        })
    }
}

impl Serialize for TeamListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "TeamListResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("teams", &self.teams),
            ],
        )
    }
}

/// Returned by [`Client::get_team`](crate::Client::get_team).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TeamResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub team: Option<Team>,
    /// `None` when the property is missing; left out when `None`.
    pub members: Option<Vec<TeamMember>>,
}

impl<'de> Deserialize<'de> for TeamResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for TeamResponse {
    const EXPECTING: &'static str = "struct TeamResponse";
    const FIELDS: &'static [&'static str] = &["success", "team", "members"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut team_slot = None;
        let mut members_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut team_slot, "team"),
                Member::Field(2) => read_member(&mut map, &mut members_slot, "members"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            team: team_slot.flatten(),
            members: members_slot.flatten(),
        })
    }
}

impl Serialize for TeamResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "TeamResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("team", &self.team),
                Property::optional("members", &self.members),
            ],
        )
    }
}

/// Returned by [`Client::get_user_teams`](crate::Client::get_user_teams).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UserTeamListResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub teams: Option<Vec<UserTeamMembership>>,
}

impl<'de> Deserialize<'de> for UserTeamListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for UserTeamListResponse {
    const EXPECTING: &'static str = "struct UserTeamListResponse";
    const FIELDS: &'static [&'static str] = &["success", "teams"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut teams_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut teams_slot, "teams"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            teams: teams_slot.flatten(),
        })
    }
}

impl Serialize for UserTeamListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "UserTeamListResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("teams", &self.teams),
            ],
        )
    }
}

/// The type of [`PromotionRequest::status`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PromotionRequestStatus {
    /// `pending`
    Pending,
    /// `approved`
    Approved,
    /// `declined`
    Declined,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl PromotionRequestStatus {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::Approved => "approved",
            Self::Declined => "declined",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PromotionRequestStatus {
    fn from(value: &str) -> Self {
        match value {
            "pending" => Self::Pending,
            "approved" => Self::Approved,
            "declined" => Self::Declined,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for PromotionRequestStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for PromotionRequestStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for PromotionRequestStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for PromotionRequestStatus {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// Item of [`PromotionRequest::votes`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PromotionRequestVote {
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub user_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub vote: Option<PromotionRequestVoteVote>,
    /// `None` when the property is missing; left out when `None`.
    pub comment: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub attachments: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

impl<'de> Deserialize<'de> for PromotionRequestVote {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for PromotionRequestVote {
    const EXPECTING: &'static str = "struct PromotionRequestVote";
    const FIELDS: &'static [&'static str] = &[
        "userId",
        "vote",
        "comment",
        "attachments",
        "created",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut user_id_slot = None;
        let mut vote_slot = None;
        let mut comment_slot = None;
        let mut attachments_slot = None;
        let mut created_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut user_id_slot, "userId"),
                Member::Field(1) => read_member(&mut map, &mut vote_slot, "vote"),
                Member::Field(2) => read_member(&mut map, &mut comment_slot, "comment"),
                Member::Field(3) => {
                    read_member(&mut map, &mut attachments_slot, "attachments")
                }
                Member::Field(4) => read_member(&mut map, &mut created_slot, "created"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            user_id: user_id_slot.flatten(),
            vote: vote_slot.flatten(),
            comment: comment_slot.flatten(),
            attachments: attachments_slot.flatten(),
            created: created_slot.flatten(),
        })
    }
}

impl Serialize for PromotionRequestVote {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "PromotionRequestVote",
            &[
                Property::optional("userId", &self.user_id),
                Property::optional("vote", &self.vote),
                Property::optional("comment", &self.comment),
                Property::optional("attachments", &self.attachments),
                Property::optional("created", &self.created),
            ],
        )
    }
}

/// Item of [`PromotionRequest::comments`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PromotionRequestComment {
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub user_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub message: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub attachments: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

impl<'de> Deserialize<'de> for PromotionRequestComment {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for PromotionRequestComment {
    const EXPECTING: &'static str = "struct PromotionRequestComment";
    const FIELDS: &'static [&'static str] = &[
        "userId",
        "message",
        "attachments",
        "created",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut user_id_slot = None;
        let mut message_slot = None;
        let mut attachments_slot = None;
        let mut created_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut user_id_slot, "userId"),
                Member::Field(1) => read_member(&mut map, &mut message_slot, "message"),
                Member::Field(2) => {
                    read_member(&mut map, &mut attachments_slot, "attachments")
                }
                Member::Field(3) => read_member(&mut map, &mut created_slot, "created"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            user_id: user_id_slot.flatten(),
            message: message_slot.flatten(),
            attachments: attachments_slot.flatten(),
            created: created_slot.flatten(),
        })
    }
}

impl Serialize for PromotionRequestComment {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "PromotionRequestComment",
            &[
                Property::optional("userId", &self.user_id),
                Property::optional("message", &self.message),
                Property::optional("attachments", &self.attachments),
                Property::optional("created", &self.created),
            ],
        )
    }
}

/// Item of [`PromotionRequestListResponse::requests`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PromotionRequest {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub group_id: Option<String>,
    /// `targetUserId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub target_user_id: Option<String>,
    /// `targetUserName` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub target_user_name: Option<String>,
    /// `currentRoleId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub current_role_id: Option<i64>,
    /// `currentRoleName` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub current_role_name: Option<String>,
    /// `requestedRoleId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub requested_role_id: Option<i64>,
    /// `requestedRoleName` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub requested_role_name: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub reason: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub attachments: Option<Vec<String>>,
    /// `requestedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub requested_by: Option<String>,
    /// `requestedByName` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub requested_by_name: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub status: Option<PromotionRequestStatus>,
    /// `None` when the property is missing; left out when `None`.
    pub votes: Option<Vec<PromotionRequestVote>>,
    /// `None` when the property is missing; left out when `None`.
    pub comments: Option<Vec<PromotionRequestComment>>,
    /// `closedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub closed_by: Option<String>,
    /// `closeComment` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub close_comment: Option<String>,
    /// `rankedTo` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub ranked_to: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// `closedAt` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub closed_at: Option<chrono::DateTime<chrono::Utc>>,
}

impl<'de> Deserialize<'de> for PromotionRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for PromotionRequest {
    const EXPECTING: &'static str = "struct PromotionRequest";
    const FIELDS: &'static [&'static str] = &[
        "_id",
        "groupId",
        "targetUserId",
        "targetUserName",
        "currentRoleId",
        "currentRoleName",
        "requestedRoleId",
        "requestedRoleName",
        "reason",
        "attachments",
        "requestedBy",
        "requestedByName",
        "status",
        "votes",
        "comments",
        "closedBy",
        "closeComment",
        "rankedTo",
        "created",
        "closedAt",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut id_slot = None;
        let mut group_id_slot = None;
        let mut target_user_id_slot = None;
        let mut target_user_name_slot = None;
        let mut current_role_id_slot = None;
        let mut current_role_name_slot = None;
        let mut requested_role_id_slot = None;
        let mut requested_role_name_slot = None;
        let mut reason_slot = None;
        let mut attachments_slot = None;
        let mut requested_by_slot = None;
        let mut requested_by_name_slot = None;
        let mut status_slot = None;
        let mut votes_slot = None;
        let mut comments_slot = None;
        let mut closed_by_slot = None;
        let mut close_comment_slot = None;
        let mut ranked_to_slot = None;
        let mut created_slot = None;
        let mut closed_at_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut id_slot, "_id"),
                Member::Field(1) => read_member(&mut map, &mut group_id_slot, "groupId"),
                Member::Field(2) => {
                    read_member(&mut map, &mut target_user_id_slot, "targetUserId")
                }
                Member::Field(3) => {
                    read_member(&mut map, &mut target_user_name_slot, "targetUserName")
                }
                Member::Field(4) => {
                    read_member(&mut map, &mut current_role_id_slot, "currentRoleId")
                }
                Member::Field(5) => {
                    read_member(&mut map, &mut current_role_name_slot, "currentRoleName")
                }
                Member::Field(6) => {
                    read_member(&mut map, &mut requested_role_id_slot, "requestedRoleId")
                }
                Member::Field(7) => {
                    read_member(
                        &mut map,
                        &mut requested_role_name_slot,
                        "requestedRoleName",
                    )
                }
                Member::Field(8) => read_member(&mut map, &mut reason_slot, "reason"),
                Member::Field(9) => {
                    read_member(&mut map, &mut attachments_slot, "attachments")
                }
                Member::Field(10) => {
                    read_member(&mut map, &mut requested_by_slot, "requestedBy")
                }
                Member::Field(11) => {
                    read_member(&mut map, &mut requested_by_name_slot, "requestedByName")
                }
                Member::Field(12) => read_member(&mut map, &mut status_slot, "status"),
                Member::Field(13) => read_member(&mut map, &mut votes_slot, "votes"),
                Member::Field(14) => {
                    read_member(&mut map, &mut comments_slot, "comments")
                }
                Member::Field(15) => {
                    read_member(&mut map, &mut closed_by_slot, "closedBy")
                }
                Member::Field(16) => {
                    read_member(&mut map, &mut close_comment_slot, "closeComment")
                }
                Member::Field(17) => {
                    read_member(&mut map, &mut ranked_to_slot, "rankedTo")
                }
                Member::Field(18) => read_member(&mut map, &mut created_slot, "created"),
                Member::Field(19) => {
                    read_member(&mut map, &mut closed_at_slot, "closedAt")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            id: id_slot.flatten(),
            group_id: group_id_slot.flatten(),
            target_user_id: target_user_id_slot.flatten(),
            target_user_name: target_user_name_slot.flatten(),
            current_role_id: current_role_id_slot.flatten(),
            current_role_name: current_role_name_slot.flatten(),
            requested_role_id: requested_role_id_slot.flatten(),
            requested_role_name: requested_role_name_slot.flatten(),
            reason: reason_slot.flatten(),
            attachments: attachments_slot.flatten(),
            requested_by: requested_by_slot.flatten(),
            requested_by_name: requested_by_name_slot.flatten(),
            status: status_slot.flatten(),
            votes: votes_slot.flatten(),
            comments: comments_slot.flatten(),
            closed_by: closed_by_slot.flatten(),
            close_comment: close_comment_slot.flatten(),
            ranked_to: ranked_to_slot.flatten(),
            created: created_slot.flatten(),
            closed_at: closed_at_slot.flatten(),
        })
    }
}

impl Serialize for PromotionRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "PromotionRequest",
            &[
                Property::optional("_id", &self.id),
                Property::optional("groupId", &self.group_id),
                Property::optional("targetUserId", &self.target_user_id),
                Property::optional("targetUserName", &self.target_user_name),
                Property::optional("currentRoleId", &self.current_role_id),
                Property::optional("currentRoleName", &self.current_role_name),
                Property::optional("requestedRoleId", &self.requested_role_id),
                Property::optional("requestedRoleName", &self.requested_role_name),
                Property::optional("reason", &self.reason),
                Property::optional("attachments", &self.attachments),
                Property::optional("requestedBy", &self.requested_by),
                Property::optional("requestedByName", &self.requested_by_name),
                Property::optional("status", &self.status),
                Property::optional("votes", &self.votes),
                Property::optional("comments", &self.comments),
                Property::optional("closedBy", &self.closed_by),
                Property::optional("closeComment", &self.close_comment),
                Property::optional("rankedTo", &self.ranked_to),
                Property::optional("created", &self.created),
                Property::optional("closedAt", &self.closed_at),
            ],
        )
    }
}

/// Returned by [`Client::get_promotion_requests`](crate::Client::get_promotion_requests).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PromotionRequestListResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub requests: Option<Vec<PromotionRequest>>,
}

impl<'de> Deserialize<'de> for PromotionRequestListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for PromotionRequestListResponse {
    const EXPECTING: &'static str = "struct PromotionRequestListResponse";
    const FIELDS: &'static [&'static str] = &["success", "requests"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut requests_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut requests_slot, "requests"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            requests: requests_slot.flatten(),
        })
    }
}

impl Serialize for PromotionRequestListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "PromotionRequestListResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("requests", &self.requests),
            ],
        )
    }
}

/// Returned by [`Client::get_promotion_request`](crate::Client::get_promotion_request).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PromotionRequestResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub request: Option<PromotionRequest>,
}

impl<'de> Deserialize<'de> for PromotionRequestResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for PromotionRequestResponse {
    const EXPECTING: &'static str = "struct PromotionRequestResponse";
    const FIELDS: &'static [&'static str] = &["success", "request"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut request_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut request_slot, "request"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            request: request_slot.flatten(),
        })
    }
}

impl Serialize for PromotionRequestResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "PromotionRequestResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("request", &self.request),
            ],
        )
    }
}

/// The type of [`Call::status`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CallStatus {
    /// `open`
    Open,
    /// `claimed`
    Claimed,
    /// `closed`
    Closed,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl CallStatus {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Claimed => "claimed",
            Self::Closed => "closed",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CallStatus {
    fn from(value: &str) -> Self {
        match value {
            "open" => Self::Open,
            "claimed" => Self::Claimed,
            "closed" => Self::Closed,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for CallStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CallStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CallStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for CallStatus {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// Item of [`Call::messages`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CallMessage {
    /// `None` when the property is missing; left out when `None`.
    pub username: Option<String>,
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub user_id: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    pub message: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub origin: Option<CallMessageOrigin>,
    /// `sentFrom` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub sent_from: Option<CallMessageSentFrom>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

impl<'de> Deserialize<'de> for CallMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for CallMessage {
    const EXPECTING: &'static str = "struct CallMessage";
    const FIELDS: &'static [&'static str] = &[
        "username",
        "userId",
        "message",
        "id",
        "origin",
        "sentFrom",
        "created",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut username_slot = None;
        let mut user_id_slot = None;
        let mut message_slot = None;
        let mut id_slot = None;
        let mut origin_slot = None;
        let mut sent_from_slot = None;
        let mut created_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut username_slot, "username"),
                Member::Field(1) => read_member(&mut map, &mut user_id_slot, "userId"),
                Member::Field(2) => read_member(&mut map, &mut message_slot, "message"),
                Member::Field(3) => read_member(&mut map, &mut id_slot, "id"),
                Member::Field(4) => read_member(&mut map, &mut origin_slot, "origin"),
                Member::Field(5) => {
                    read_member(&mut map, &mut sent_from_slot, "sentFrom")
                }
                Member::Field(6) => read_member(&mut map, &mut created_slot, "created"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            username: username_slot.flatten(),
            user_id: user_id_slot.flatten(),
            message: message_slot.flatten(),
            id: id_slot.flatten(),
            origin: origin_slot.flatten(),
            sent_from: sent_from_slot.flatten(),
            created: created_slot.flatten(),
        })
    }
}

impl Serialize for CallMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "CallMessage",
            &[
                Property::optional("username", &self.username),
                Property::optional("userId", &self.user_id),
                Property::optional("message", &self.message),
                Property::optional("id", &self.id),
                Property::optional("origin", &self.origin),
                Property::optional("sentFrom", &self.sent_from),
                Property::optional("created", &self.created),
            ],
        )
    }
}

/// The value of the [`CallClosed::CallClosedInfo`] variant.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CallClosedInfo {
    /// Name of whoever closed the call
    ///
    /// `None` when the property is missing; left out when `None`.
    pub user: Option<String>,
    /// Close reason; the server also uses `closedByUser`, `userLeft` and `serverClosed`
    ///
    /// `None` when the property is missing; left out when `None`.
    pub reason: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    /// `serverAcknowledged` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub server_acknowledged: Option<bool>,
}

impl<'de> Deserialize<'de> for CallClosedInfo {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for CallClosedInfo {
    const EXPECTING: &'static str = "struct CallClosedInfo";
    const FIELDS: &'static [&'static str] = &[
        "user",
        "reason",
        "date",
        "serverAcknowledged",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut user_slot = None;
        let mut reason_slot = None;
        let mut date_slot = None;
        let mut server_acknowledged_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut user_slot, "user"),
                Member::Field(1) => read_member(&mut map, &mut reason_slot, "reason"),
                Member::Field(2) => read_member(&mut map, &mut date_slot, "date"),
                Member::Field(3) => {
                    read_member(
                        &mut map,
                        &mut server_acknowledged_slot,
                        "serverAcknowledged",
                    )
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            user: user_slot.flatten(),
            reason: reason_slot.flatten(),
            date: date_slot.flatten(),
            server_acknowledged: server_acknowledged_slot.flatten(),
        })
    }
}

impl Serialize for CallClosedInfo {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "CallClosedInfo",
            &[
                Property::optional("user", &self.user),
                Property::optional("reason", &self.reason),
                Property::optional("date", &self.date),
                Property::optional("serverAcknowledged", &self.server_acknowledged),
            ],
        )
    }
}

/// An in-game support call
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Call {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub group_id: Option<String>,
    /// `runningGameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub running_game_id: Option<String>,
    /// `gameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub game_id: Option<i64>,
    /// `placeId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub place_id: Option<i64>,
    /// `discordChannelId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub discord_channel_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub r#type: Option<CallType>,
    /// `None` when the property is missing; left out when `None`.
    pub status: Option<CallStatus>,
    /// Roblox id of the agent who claimed the call
    ///
    /// `claimedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub claimed_by: Option<i64>,
    /// `callerId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub caller_id: Option<i64>,
    /// `reportedUser` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub reported_user: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub reason: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub messages: Option<Vec<CallMessage>>,
    /// `false` while the call is open, otherwise the close details
    ///
    /// `None` when the property is missing; left out when `None`.
    pub closed: Option<CallClosed>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

impl<'de> Deserialize<'de> for Call {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for Call {
    const EXPECTING: &'static str = "struct Call";
    const FIELDS: &'static [&'static str] = &[
        "_id",
        "groupId",
        "runningGameId",
        "gameId",
        "placeId",
        "discordChannelId",
        "type",
        "status",
        "claimedBy",
        "callerId",
        "reportedUser",
        "reason",
        "messages",
        "closed",
        "created",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut id_slot = None;
        let mut group_id_slot = None;
        let mut running_game_id_slot = None;
        let mut game_id_slot = None;
        let mut place_id_slot = None;
        let mut discord_channel_id_slot = None;
        let mut type_slot = None;
        let mut status_slot = None;
        let mut claimed_by_slot = None;
        let mut caller_id_slot = None;
        let mut reported_user_slot = None;
        let mut reason_slot = None;
        let mut messages_slot = None;
        let mut closed_slot = None;
        let mut created_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut id_slot, "_id"),
                Member::Field(1) => read_member(&mut map, &mut group_id_slot, "groupId"),
                Member::Field(2) => {
                    read_member(&mut map, &mut running_game_id_slot, "runningGameId")
                }
                Member::Field(3) => read_member(&mut map, &mut game_id_slot, "gameId"),
                Member::Field(4) => read_member(&mut map, &mut place_id_slot, "placeId"),
                Member::Field(5) => {
                    read_member(
                        &mut map,
                        &mut discord_channel_id_slot,
                        "discordChannelId",
                    )
                }
                Member::Field(6) => read_member(&mut map, &mut type_slot, "type"),
                Member::Field(7) => read_member(&mut map, &mut status_slot, "status"),
                Member::Field(8) => {
                    read_member(&mut map, &mut claimed_by_slot, "claimedBy")
                }
                Member::Field(9) => {
                    read_member(&mut map, &mut caller_id_slot, "callerId")
                }
                Member::Field(10) => {
                    read_member(&mut map, &mut reported_user_slot, "reportedUser")
                }
                Member::Field(11) => read_member(&mut map, &mut reason_slot, "reason"),
                Member::Field(12) => {
                    read_member(&mut map, &mut messages_slot, "messages")
                }
                Member::Field(13) => read_member(&mut map, &mut closed_slot, "closed"),
                Member::Field(14) => read_member(&mut map, &mut created_slot, "created"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            id: id_slot.flatten(),
            group_id: group_id_slot.flatten(),
            running_game_id: running_game_id_slot.flatten(),
            game_id: game_id_slot.flatten(),
            place_id: place_id_slot.flatten(),
            discord_channel_id: discord_channel_id_slot.flatten(),
            r#type: type_slot.flatten(),
            status: status_slot.flatten(),
            claimed_by: claimed_by_slot.flatten(),
            caller_id: caller_id_slot.flatten(),
            reported_user: reported_user_slot.flatten(),
            reason: reason_slot.flatten(),
            messages: messages_slot.flatten(),
            closed: closed_slot.flatten(),
            created: created_slot.flatten(),
        })
    }
}

impl Serialize for Call {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "Call",
            &[
                Property::optional("_id", &self.id),
                Property::optional("groupId", &self.group_id),
                Property::optional("runningGameId", &self.running_game_id),
                Property::optional("gameId", &self.game_id),
                Property::optional("placeId", &self.place_id),
                Property::optional("discordChannelId", &self.discord_channel_id),
                Property::optional("type", &self.r#type),
                Property::optional("status", &self.status),
                Property::optional("claimedBy", &self.claimed_by),
                Property::optional("callerId", &self.caller_id),
                Property::optional("reportedUser", &self.reported_user),
                Property::optional("reason", &self.reason),
                Property::optional("messages", &self.messages),
                Property::optional("closed", &self.closed),
                Property::optional("created", &self.created),
            ],
        )
    }
}

/// Returned by [`Client::list_calls`](crate::Client::list_calls).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CallListResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub calls: Option<Vec<Call>>,
}

impl<'de> Deserialize<'de> for CallListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for CallListResponse {
    const EXPECTING: &'static str = "struct CallListResponse";
    const FIELDS: &'static [&'static str] = &["success", "calls"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut calls_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut calls_slot, "calls"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            calls: calls_slot.flatten(),
        })
    }
}

impl Serialize for CallListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "CallListResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("calls", &self.calls),
            ],
        )
    }
}

/// Returned by [`Client::get_call`](crate::Client::get_call).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CallResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub call: Option<Call>,
    /// The running game server the call came from, if it is still tracked
    ///
    /// `None` when the property is missing or `null`.
    pub server: Option<RunningGame>,
}

impl<'de> Deserialize<'de> for CallResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for CallResponse {
    const EXPECTING: &'static str = "struct CallResponse";
    const FIELDS: &'static [&'static str] = &["success", "call", "server"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut call_slot = None;
        let mut server_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut call_slot, "call"),
                Member::Field(2) => read_member(&mut map, &mut server_slot, "server"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            call: call_slot.flatten(),
            server: server_slot.flatten(),
        })
    }
}

impl Serialize for CallResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "CallResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("call", &self.call),
                Property::optional("server", &self.server),
            ],
        )
    }
}

/// Returned by [`Client::read_call_messages`](crate::Client::read_call_messages).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CallMessagesResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub status: Option<CallStatus>,
    /// `None` when the property is missing; left out when `None`.
    pub messages: Option<Vec<CallMessage>>,
}

impl<'de> Deserialize<'de> for CallMessagesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for CallMessagesResponse {
    const EXPECTING: &'static str = "struct CallMessagesResponse";
    const FIELDS: &'static [&'static str] = &["success", "status", "messages"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut status_slot = None;
        let mut messages_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut status_slot, "status"),
                Member::Field(2) => read_member(&mut map, &mut messages_slot, "messages"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            status: status_slot.flatten(),
            messages: messages_slot.flatten(),
        })
    }
}

impl Serialize for CallMessagesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "CallMessagesResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("status", &self.status),
                Property::optional("messages", &self.messages),
            ],
        )
    }
}

/// Request body of [`Client::claim_call`](crate::Client::claim_call).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ClaimCallRequest {
    /// Roblox id of the staff member claiming the call
    ///
    /// `actorId` on the wire.
    pub actor_id: String,
}

impl<'de> Deserialize<'de> for ClaimCallRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for ClaimCallRequest {
    const EXPECTING: &'static str = "struct ClaimCallRequest";
    const FIELDS: &'static [&'static str] = &["actorId"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, required, skip_member, Member, Members};
        let mut actor_id_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut actor_id_slot, "actorId"),
                _ => skip_member(&mut map),
            }?;
        }
        let actor_id_slot = required(actor_id_slot, "actorId")?;
        Ok(Self { actor_id: actor_id_slot })
    }
}

impl Serialize for ClaimCallRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "ClaimCallRequest",
            &[Property::new("actorId", &self.actor_id)],
        )
    }
}

/// Request body of [`Client::send_call_message`](crate::Client::send_call_message).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SendCallMessageRequest {
    /// Roblox id of the staff member sending the message
    ///
    /// `actorId` on the wire.
    pub actor_id: String,
    /// Message text
    pub message: String,
}

impl<'de> Deserialize<'de> for SendCallMessageRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SendCallMessageRequest {
    const EXPECTING: &'static str = "struct SendCallMessageRequest";
    const FIELDS: &'static [&'static str] = &["actorId", "message"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut actor_id_slot = None;
        let mut message_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut actor_id_slot, "actorId"),
                Member::Field(1) => read_member(&mut map, &mut message_slot, "message"),
                _ => skip_member(&mut map),
            }?;
        }
        let present = [actor_id_slot.is_some(), message_slot.is_some()];
        let (Some(actor_id_slot), Some(message_slot)) = (actor_id_slot, message_slot)
        else {
            return Err(missing(&present, &["actorId", "message"]));
        };
        Ok(Self {
            actor_id: actor_id_slot,
            message: message_slot,
        })
    }
}

impl Serialize for SendCallMessageRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SendCallMessageRequest",
            &[
                Property::new("actorId", &self.actor_id),
                Property::new("message", &self.message),
            ],
        )
    }
}

/// Returned by [`Client::send_call_message`](crate::Client::send_call_message).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SendCallMessageResponse {
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub message: Option<CallMessage>,
}

impl<'de> Deserialize<'de> for SendCallMessageResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for SendCallMessageResponse {
    const EXPECTING: &'static str = "struct SendCallMessageResponse";
    const FIELDS: &'static [&'static str] = &["success", "message"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut message_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut message_slot, "message"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            message: message_slot.flatten(),
        })
    }
}

impl Serialize for SendCallMessageResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "SendCallMessageResponse",
            &[
                Property::optional("success", &self.success),
                Property::optional("message", &self.message),
            ],
        )
    }
}

/// The type of the `status` parameter of [`Client::list_orders`](crate::Client::list_orders).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrderStatus {
    /// `submitted`
    Submitted,
    /// `claimed`
    Claimed,
    /// `released`
    Released,
    /// `completed`
    Completed,
    /// `cancelled`
    Cancelled,
    /// `awaiting_customer`
    AwaitingCustomer,
    /// `handed_to_customer`
    HandedToCustomer,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl OrderStatus {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Submitted => "submitted",
            Self::Claimed => "claimed",
            Self::Released => "released",
            Self::Completed => "completed",
            Self::Cancelled => "cancelled",
            Self::AwaitingCustomer => "awaiting_customer",
            Self::HandedToCustomer => "handed_to_customer",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for OrderStatus {
    fn from(value: &str) -> Self {
        match value {
            "submitted" => Self::Submitted,
            "claimed" => Self::Claimed,
            "released" => Self::Released,
            "completed" => Self::Completed,
            "cancelled" => Self::Cancelled,
            "awaiting_customer" => Self::AwaitingCustomer,
            "handed_to_customer" => Self::HandedToCustomer,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for OrderStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for OrderStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for OrderStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for OrderStatus {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// The type of [`Order::source`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrderSource {
    /// `register`
    Register,
    /// `kiosk`
    Kiosk,
    /// `drive_thru`
    DriveThru,
    /// `api`
    Api,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl OrderSource {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Register => "register",
            Self::Kiosk => "kiosk",
            Self::DriveThru => "drive_thru",
            Self::Api => "api",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for OrderSource {
    fn from(value: &str) -> Self {
        match value {
            "register" => Self::Register,
            "kiosk" => Self::Kiosk,
            "drive_thru" => Self::DriveThru,
            "api" => Self::Api,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for OrderSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for OrderSource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for OrderSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for OrderSource {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// The type of [`TransitionOrderRequest::action`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum OrderAction {
    /// `claim`
    Claim,
    /// `release`
    Release,
    /// `complete`
    Complete,
    /// `cancel`
    Cancel,
    /// `set_awaiting_pickup`
    SetAwaitingPickup,
    /// `hand_to_customer`
    HandToCustomer,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl OrderAction {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Claim => "claim",
            Self::Release => "release",
            Self::Complete => "complete",
            Self::Cancel => "cancel",
            Self::SetAwaitingPickup => "set_awaiting_pickup",
            Self::HandToCustomer => "hand_to_customer",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for OrderAction {
    fn from(value: &str) -> Self {
        match value {
            "claim" => Self::Claim,
            "release" => Self::Release,
            "complete" => Self::Complete,
            "cancel" => Self::Cancel,
            "set_awaiting_pickup" => Self::SetAwaitingPickup,
            "hand_to_customer" => Self::HandToCustomer,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for OrderAction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for OrderAction {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for OrderAction {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for OrderAction {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// A line item; name and price are snapshotted at creation
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrderItem {
    /// `productId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub product_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub name: Option<String>,
    /// `unitPrice` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub unit_price: Option<f64>,
    /// `None` when the property is missing; left out when `None`.
    pub quantity: Option<i64>,
}

impl<'de> Deserialize<'de> for OrderItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for OrderItem {
    const EXPECTING: &'static str = "struct OrderItem";
    const FIELDS: &'static [&'static str] = &[
        "productId",
        "name",
        "unitPrice",
        "quantity",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut product_id_slot = None;
        let mut name_slot = None;
        let mut unit_price_slot = None;
        let mut quantity_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => {
                    read_member(&mut map, &mut product_id_slot, "productId")
                }
                Member::Field(1) => read_member(&mut map, &mut name_slot, "name"),
                Member::Field(2) => {
                    read_member(&mut map, &mut unit_price_slot, "unitPrice")
                }
                Member::Field(3) => read_member(&mut map, &mut quantity_slot, "quantity"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            product_id: product_id_slot.flatten(),
            name: name_slot.flatten(),
            unit_price: unit_price_slot.flatten(),
            quantity: quantity_slot.flatten(),
        })
    }
}

impl Serialize for OrderItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "OrderItem",
            &[
                Property::optional("productId", &self.product_id),
                Property::optional("name", &self.name),
                Property::optional("unitPrice", &self.unit_price),
                Property::optional("quantity", &self.quantity),
            ],
        )
    }
}

/// Item of [`Order::log`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrderLogEvent {
    /// `None` when the property is missing; left out when `None`.
    pub event: Option<OrderStatus>,
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub user_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    /// `idempotencyKey` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub idempotency_key: Option<String>,
}

impl<'de> Deserialize<'de> for OrderLogEvent {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for OrderLogEvent {
    const EXPECTING: &'static str = "struct OrderLogEvent";
    const FIELDS: &'static [&'static str] = &[
        "event",
        "userId",
        "date",
        "idempotencyKey",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut event_slot = None;
        let mut user_id_slot = None;
        let mut date_slot = None;
        let mut idempotency_key_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut event_slot, "event"),
                Member::Field(1) => read_member(&mut map, &mut user_id_slot, "userId"),
                Member::Field(2) => read_member(&mut map, &mut date_slot, "date"),
                Member::Field(3) => {
                    read_member(&mut map, &mut idempotency_key_slot, "idempotencyKey")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            event: event_slot.flatten(),
            user_id: user_id_slot.flatten(),
            date: date_slot.flatten(),
            idempotency_key: idempotency_key_slot.flatten(),
        })
    }
}

impl Serialize for OrderLogEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "OrderLogEvent",
            &[
                Property::optional("event", &self.event),
                Property::optional("userId", &self.user_id),
                Property::optional("date", &self.date),
                Property::optional("idempotencyKey", &self.idempotency_key),
            ],
        )
    }
}

/// The type of [`OrderResponse::order`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Order {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub group_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub distribution: Option<i64>,
    /// `gameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub game_id: Option<String>,
    /// `placeId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub place_id: Option<String>,
    /// `schemaVersion` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub schema_version: Option<i64>,
    /// `customerId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub customer_id: Option<String>,
    /// `cashierId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub cashier_id: Option<String>,
    /// `preparedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub prepared_by: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub source: Option<OrderSource>,
    /// `queueId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub queue_id: Option<String>,
    /// `orderNumber` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub order_number: Option<i64>,
    /// `idempotencyKey` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub idempotency_key: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub items: Option<Vec<OrderItem>>,
    /// `None` when the property is missing; left out when `None`.
    pub total: Option<f64>,
    /// `None` when the property is missing; left out when `None`.
    pub status: Option<OrderStatus>,
    /// `None` when the property is missing; left out when `None`.
    pub log: Option<Vec<OrderLogEvent>>,
    /// `involvedUsers` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub involved_users: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// `lastModified` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub last_modified: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    pub claimed: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    pub prepared: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    pub finished: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
}

impl<'de> Deserialize<'de> for Order {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for Order {
    const EXPECTING: &'static str = "struct Order";
    const FIELDS: &'static [&'static str] = &[
        "_id",
        "groupId",
        "distribution",
        "gameId",
        "placeId",
        "schemaVersion",
        "customerId",
        "cashierId",
        "preparedBy",
        "source",
        "queueId",
        "orderNumber",
        "idempotencyKey",
        "items",
        "total",
        "status",
        "log",
        "involvedUsers",
        "created",
        "lastModified",
        "claimed",
        "prepared",
        "finished",
        "completed",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut id_slot = None;
        let mut group_id_slot = None;
        let mut distribution_slot = None;
        let mut game_id_slot = None;
        let mut place_id_slot = None;
        let mut schema_version_slot = None;
        let mut customer_id_slot = None;
        let mut cashier_id_slot = None;
        let mut prepared_by_slot = None;
        let mut source_slot = None;
        let mut queue_id_slot = None;
        let mut order_number_slot = None;
        let mut idempotency_key_slot = None;
        let mut items_slot = None;
        let mut total_slot = None;
        let mut status_slot = None;
        let mut log_slot = None;
        let mut involved_users_slot = None;
        let mut created_slot = None;
        let mut last_modified_slot = None;
        let mut claimed_slot = None;
        let mut prepared_slot = None;
        let mut finished_slot = None;
        let mut completed_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut id_slot, "_id"),
                Member::Field(1) => read_member(&mut map, &mut group_id_slot, "groupId"),
                Member::Field(2) => {
                    read_member(&mut map, &mut distribution_slot, "distribution")
                }
                Member::Field(3) => read_member(&mut map, &mut game_id_slot, "gameId"),
                Member::Field(4) => read_member(&mut map, &mut place_id_slot, "placeId"),
                Member::Field(5) => {
                    read_member(&mut map, &mut schema_version_slot, "schemaVersion")
                }
                Member::Field(6) => {
                    read_member(&mut map, &mut customer_id_slot, "customerId")
                }
                Member::Field(7) => {
                    read_member(&mut map, &mut cashier_id_slot, "cashierId")
                }
                Member::Field(8) => {
                    read_member(&mut map, &mut prepared_by_slot, "preparedBy")
                }
                Member::Field(9) => read_member(&mut map, &mut source_slot, "source"),
                Member::Field(10) => read_member(&mut map, &mut queue_id_slot, "queueId"),
                Member::Field(11) => {
                    read_member(&mut map, &mut order_number_slot, "orderNumber")
                }
                Member::Field(12) => {
                    read_member(&mut map, &mut idempotency_key_slot, "idempotencyKey")
                }
                Member::Field(13) => read_member(&mut map, &mut items_slot, "items"),
                Member::Field(14) => read_member(&mut map, &mut total_slot, "total"),
                Member::Field(15) => read_member(&mut map, &mut status_slot, "status"),
                Member::Field(16) => read_member(&mut map, &mut log_slot, "log"),
                Member::Field(17) => {
                    read_member(&mut map, &mut involved_users_slot, "involvedUsers")
                }
                Member::Field(18) => read_member(&mut map, &mut created_slot, "created"),
                Member::Field(19) => {
                    read_member(&mut map, &mut last_modified_slot, "lastModified")
                }
                Member::Field(20) => read_member(&mut map, &mut claimed_slot, "claimed"),
                Member::Field(21) => {
                    read_member(&mut map, &mut prepared_slot, "prepared")
                }
                Member::Field(22) => {
                    read_member(&mut map, &mut finished_slot, "finished")
                }
                Member::Field(23) => {
                    read_member(&mut map, &mut completed_slot, "completed")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            id: id_slot.flatten(),
            group_id: group_id_slot.flatten(),
            distribution: distribution_slot.flatten(),
            game_id: game_id_slot.flatten(),
            place_id: place_id_slot.flatten(),
            schema_version: schema_version_slot.flatten(),
            customer_id: customer_id_slot.flatten(),
            cashier_id: cashier_id_slot.flatten(),
            prepared_by: prepared_by_slot.flatten(),
            source: source_slot.flatten(),
            queue_id: queue_id_slot.flatten(),
            order_number: order_number_slot.flatten(),
            idempotency_key: idempotency_key_slot.flatten(),
            items: items_slot.flatten(),
            total: total_slot.flatten(),
            status: status_slot.flatten(),
            log: log_slot.flatten(),
            involved_users: involved_users_slot.flatten(),
            created: created_slot.flatten(),
            last_modified: last_modified_slot.flatten(),
            claimed: claimed_slot.flatten(),
            prepared: prepared_slot.flatten(),
            finished: finished_slot.flatten(),
            completed: completed_slot.flatten(),
        })
    }
}

impl Serialize for Order {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "Order",
            &[
                Property::optional("_id", &self.id),
                Property::optional("groupId", &self.group_id),
                Property::optional("distribution", &self.distribution),
                Property::optional("gameId", &self.game_id),
                Property::optional("placeId", &self.place_id),
                Property::optional("schemaVersion", &self.schema_version),
                Property::optional("customerId", &self.customer_id),
                Property::optional("cashierId", &self.cashier_id),
                Property::optional("preparedBy", &self.prepared_by),
                Property::optional("source", &self.source),
                Property::optional("queueId", &self.queue_id),
                Property::optional("orderNumber", &self.order_number),
                Property::optional("idempotencyKey", &self.idempotency_key),
                Property::optional("items", &self.items),
                Property::optional("total", &self.total),
                Property::optional("status", &self.status),
                Property::optional("log", &self.log),
                Property::optional("involvedUsers", &self.involved_users),
                Property::optional("created", &self.created),
                Property::optional("lastModified", &self.last_modified),
                Property::optional("claimed", &self.claimed),
                Property::optional("prepared", &self.prepared),
                Property::optional("finished", &self.finished),
                Property::optional("completed", &self.completed),
            ],
        )
    }
}

/// Item of [`CreateOrderRequest::items`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrderItemInput {
    /// `productId` on the wire.
    pub product_id: String,
    /// The `quantity` property.
    pub quantity: i64,
}

impl<'de> Deserialize<'de> for OrderItemInput {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for OrderItemInput {
    const EXPECTING: &'static str = "struct OrderItemInput";
    const FIELDS: &'static [&'static str] = &["productId", "quantity"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut product_id_slot = None;
        let mut quantity_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => {
                    read_member(&mut map, &mut product_id_slot, "productId")
                }
                Member::Field(1) => read_member(&mut map, &mut quantity_slot, "quantity"),
                _ => skip_member(&mut map),
            }?;
        }
        let present = [product_id_slot.is_some(), quantity_slot.is_some()];
        let (Some(product_id_slot), Some(quantity_slot)) = (
            product_id_slot,
            quantity_slot,
        ) else {
            return Err(missing(&present, &["productId", "quantity"]));
        };
        Ok(Self {
            product_id: product_id_slot,
            quantity: quantity_slot,
        })
    }
}

impl Serialize for OrderItemInput {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "OrderItemInput",
            &[
                Property::new("productId", &self.product_id),
                Property::new("quantity", &self.quantity),
            ],
        )
    }
}

/// Request body of [`Client::create_order`](crate::Client::create_order).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CreateOrderRequest {
    /// `idempotencyKey` on the wire.
    pub idempotency_key: String,
    /// Roblox id of the customer
    ///
    /// `customerId` on the wire.
    pub customer_id: String,
    /// `cashierId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub cashier_id: Option<String>,
    /// The server's default is `api`.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub source: Option<CreateOrderRequestSource>,
    /// `queueId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub queue_id: Option<String>,
    /// The `items` property.
    pub items: Vec<OrderItemInput>,
    /// `instantComplete` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub instant_complete: Option<bool>,
    /// `gameId` on the wire.
    pub game_id: String,
    /// `placeId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub place_id: Option<String>,
}

impl<'de> Deserialize<'de> for CreateOrderRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for CreateOrderRequest {
    const EXPECTING: &'static str = "struct CreateOrderRequest";
    const FIELDS: &'static [&'static str] = &[
        "idempotencyKey",
        "customerId",
        "cashierId",
        "source",
        "queueId",
        "items",
        "instantComplete",
        "gameId",
        "placeId",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut idempotency_key_slot = None;
        let mut customer_id_slot = None;
        let mut cashier_id_slot = None;
        let mut source_slot = None;
        let mut queue_id_slot = None;
        let mut items_slot = None;
        let mut instant_complete_slot = None;
        let mut game_id_slot = None;
        let mut place_id_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => {
                    read_member(&mut map, &mut idempotency_key_slot, "idempotencyKey")
                }
                Member::Field(1) => {
                    read_member(&mut map, &mut customer_id_slot, "customerId")
                }
                Member::Field(2) => {
                    read_member(&mut map, &mut cashier_id_slot, "cashierId")
                }
                Member::Field(3) => read_member(&mut map, &mut source_slot, "source"),
                Member::Field(4) => read_member(&mut map, &mut queue_id_slot, "queueId"),
                Member::Field(5) => read_member(&mut map, &mut items_slot, "items"),
                Member::Field(6) => {
                    read_member(&mut map, &mut instant_complete_slot, "instantComplete")
                }
                Member::Field(7) => read_member(&mut map, &mut game_id_slot, "gameId"),
                Member::Field(8) => read_member(&mut map, &mut place_id_slot, "placeId"),
                _ => skip_member(&mut map),
            }?;
        }
        let present = [
            idempotency_key_slot.is_some(),
            customer_id_slot.is_some(),
            items_slot.is_some(),
            game_id_slot.is_some(),
        ];
        let (
            Some(idempotency_key_slot),
            Some(customer_id_slot),
            Some(items_slot),
            Some(game_id_slot),
        ) = (idempotency_key_slot, customer_id_slot, items_slot, game_id_slot) else {
            return Err(
                missing(&present, &["idempotencyKey", "customerId", "items", "gameId"]),
            );
        };
        Ok(Self {
            idempotency_key: idempotency_key_slot,
            customer_id: customer_id_slot,
            cashier_id: cashier_id_slot.flatten(),
            source: source_slot.flatten(),
            queue_id: queue_id_slot.flatten(),
            items: items_slot,
            instant_complete: instant_complete_slot.flatten(),
            game_id: game_id_slot,
            place_id: place_id_slot.flatten(),
        })
    }
}

impl Serialize for CreateOrderRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "CreateOrderRequest",
            &[
                Property::new("idempotencyKey", &self.idempotency_key),
                Property::new("customerId", &self.customer_id),
                Property::optional("cashierId", &self.cashier_id),
                Property::optional("source", &self.source),
                Property::optional("queueId", &self.queue_id),
                Property::new("items", &self.items),
                Property::optional("instantComplete", &self.instant_complete),
                Property::new("gameId", &self.game_id),
                Property::optional("placeId", &self.place_id),
            ],
        )
    }
}

/// Request body of [`Client::transition_order`](crate::Client::transition_order).
#[derive(Debug, Clone, PartialEq)]
pub struct TransitionOrderRequest {
    /// `idempotencyKey` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub idempotency_key: Option<String>,
    /// The `action` property.
    pub action: OrderAction,
    /// Roblox id of the staff member performing the action
    ///
    /// `actorId` on the wire.
    pub actor_id: String,
}

impl<'de> Deserialize<'de> for TransitionOrderRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for TransitionOrderRequest {
    const EXPECTING: &'static str = "struct TransitionOrderRequest";
    const FIELDS: &'static [&'static str] = &["idempotencyKey", "action", "actorId"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut idempotency_key_slot = None;
        let mut action_slot = None;
        let mut actor_id_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => {
                    read_member(&mut map, &mut idempotency_key_slot, "idempotencyKey")
                }
                Member::Field(1) => read_member(&mut map, &mut action_slot, "action"),
                Member::Field(2) => read_member(&mut map, &mut actor_id_slot, "actorId"),
                _ => skip_member(&mut map),
            }?;
        }
        let present = [action_slot.is_some(), actor_id_slot.is_some()];
        let (Some(action_slot), Some(actor_id_slot)) = (action_slot, actor_id_slot) else {
            return Err(missing(&present, &["action", "actorId"]));
        };
        Ok(Self {
            idempotency_key: idempotency_key_slot.flatten(),
            action: action_slot,
            actor_id: actor_id_slot,
        })
    }
}

impl Serialize for TransitionOrderRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "TransitionOrderRequest",
            &[
                Property::optional("idempotencyKey", &self.idempotency_key),
                Property::new("action", &self.action),
                Property::new("actorId", &self.actor_id),
            ],
        )
    }
}

/// Returned by [`Client::create_order`](crate::Client::create_order).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrderResponse {
    /// `None` when the property is missing; left out when `None`.
    pub order: Option<Order>,
}

impl<'de> Deserialize<'de> for OrderResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for OrderResponse {
    const EXPECTING: &'static str = "struct OrderResponse";
    const FIELDS: &'static [&'static str] = &["order"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut order_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut order_slot, "order"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            order: order_slot.flatten(),
        })
    }
}

impl Serialize for OrderResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "OrderResponse",
            &[Property::optional("order", &self.order)],
        )
    }
}

/// Returned by [`Client::list_orders`](crate::Client::list_orders).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrderListResponse {
    /// `None` when the property is missing; left out when `None`.
    pub orders: Option<Vec<Order>>,
    /// `nextCursor` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    pub next_cursor: Option<String>,
}

impl<'de> Deserialize<'de> for OrderListResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for OrderListResponse {
    const EXPECTING: &'static str = "struct OrderListResponse";
    const FIELDS: &'static [&'static str] = &["orders", "nextCursor"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut orders_slot = None;
        let mut next_cursor_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut orders_slot, "orders"),
                Member::Field(1) => {
                    read_member(&mut map, &mut next_cursor_slot, "nextCursor")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            orders: orders_slot.flatten(),
            next_cursor: next_cursor_slot.flatten(),
        })
    }
}

impl Serialize for OrderListResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "OrderListResponse",
            &[
                Property::optional("orders", &self.orders),
                Property::optional("nextCursor", &self.next_cursor),
            ],
        )
    }
}

/// Item of [`ProductCatalogResponse::products`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Product {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub group_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub name: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub description: Option<String>,
    /// `imageAssetId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub image_asset_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub price: Option<f64>,
    /// `categoryId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub category_id: Option<String>,
    /// `toolName` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub tool_name: Option<String>,
    /// `barcodeId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub barcode_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub queues: Option<Vec<String>>,
    /// `sortOrder` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub sort_order: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    pub enabled: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub archived: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// `createdBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub created_by: Option<String>,
    /// `lastModified` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub last_modified: Option<chrono::DateTime<chrono::Utc>>,
    /// `lastModifiedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub last_modified_by: Option<String>,
}

impl<'de> Deserialize<'de> for Product {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for Product {
    const EXPECTING: &'static str = "struct Product";
    const FIELDS: &'static [&'static str] = &[
        "_id",
        "groupId",
        "name",
        "description",
        "imageAssetId",
        "price",
        "categoryId",
        "toolName",
        "barcodeId",
        "queues",
        "sortOrder",
        "enabled",
        "archived",
        "created",
        "createdBy",
        "lastModified",
        "lastModifiedBy",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut id_slot = None;
        let mut group_id_slot = None;
        let mut name_slot = None;
        let mut description_slot = None;
        let mut image_asset_id_slot = None;
        let mut price_slot = None;
        let mut category_id_slot = None;
        let mut tool_name_slot = None;
        let mut barcode_id_slot = None;
        let mut queues_slot = None;
        let mut sort_order_slot = None;
        let mut enabled_slot = None;
        let mut archived_slot = None;
        let mut created_slot = None;
        let mut created_by_slot = None;
        let mut last_modified_slot = None;
        let mut last_modified_by_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut id_slot, "_id"),
                Member::Field(1) => read_member(&mut map, &mut group_id_slot, "groupId"),
                Member::Field(2) => read_member(&mut map, &mut name_slot, "name"),
                Member::Field(3) => {
                    read_member(&mut map, &mut description_slot, "description")
                }
                Member::Field(4) => {
                    read_member(&mut map, &mut image_asset_id_slot, "imageAssetId")
                }
                Member::Field(5) => read_member(&mut map, &mut price_slot, "price"),
                Member::Field(6) => {
                    read_member(&mut map, &mut category_id_slot, "categoryId")
                }
                Member::Field(7) => {
                    read_member(&mut map, &mut tool_name_slot, "toolName")
                }
                Member::Field(8) => {
                    read_member(&mut map, &mut barcode_id_slot, "barcodeId")
                }
                Member::Field(9) => read_member(&mut map, &mut queues_slot, "queues"),
                Member::Field(10) => {
                    read_member(&mut map, &mut sort_order_slot, "sortOrder")
                }
                Member::Field(11) => read_member(&mut map, &mut enabled_slot, "enabled"),
                Member::Field(12) => {
                    read_member(&mut map, &mut archived_slot, "archived")
                }
                Member::Field(13) => read_member(&mut map, &mut created_slot, "created"),
                Member::Field(14) => {
                    read_member(&mut map, &mut created_by_slot, "createdBy")
                }
                Member::Field(15) => {
                    read_member(&mut map, &mut last_modified_slot, "lastModified")
                }
                Member::Field(16) => {
                    read_member(&mut map, &mut last_modified_by_slot, "lastModifiedBy")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            id: id_slot.flatten(),
            group_id: group_id_slot.flatten(),
            name: name_slot.flatten(),
            description: description_slot.flatten(),
            image_asset_id: image_asset_id_slot.flatten(),
            price: price_slot.flatten(),
            category_id: category_id_slot.flatten(),
            tool_name: tool_name_slot.flatten(),
            barcode_id: barcode_id_slot.flatten(),
            queues: queues_slot.flatten(),
            sort_order: sort_order_slot.flatten(),
            enabled: enabled_slot.flatten(),
            archived: archived_slot.flatten(),
            created: created_slot.flatten(),
            created_by: created_by_slot.flatten(),
            last_modified: last_modified_slot.flatten(),
            last_modified_by: last_modified_by_slot.flatten(),
        })
    }
}

impl Serialize for Product {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "Product",
            &[
                Property::optional("_id", &self.id),
                Property::optional("groupId", &self.group_id),
                Property::optional("name", &self.name),
                Property::optional("description", &self.description),
                Property::optional("imageAssetId", &self.image_asset_id),
                Property::optional("price", &self.price),
                Property::optional("categoryId", &self.category_id),
                Property::optional("toolName", &self.tool_name),
                Property::optional("barcodeId", &self.barcode_id),
                Property::optional("queues", &self.queues),
                Property::optional("sortOrder", &self.sort_order),
                Property::optional("enabled", &self.enabled),
                Property::optional("archived", &self.archived),
                Property::optional("created", &self.created),
                Property::optional("createdBy", &self.created_by),
                Property::optional("lastModified", &self.last_modified),
                Property::optional("lastModifiedBy", &self.last_modified_by),
            ],
        )
    }
}

/// Item of [`ProductCatalogResponse::categories`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProductCategory {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub group_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub name: Option<String>,
    /// `sortOrder` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub sort_order: Option<i64>,
    /// `routeToBoardTags` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub route_to_board_tags: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// `createdBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub created_by: Option<String>,
    /// `lastModified` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub last_modified: Option<chrono::DateTime<chrono::Utc>>,
    /// `lastModifiedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub last_modified_by: Option<String>,
}

impl<'de> Deserialize<'de> for ProductCategory {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for ProductCategory {
    const EXPECTING: &'static str = "struct ProductCategory";
    const FIELDS: &'static [&'static str] = &[
        "_id",
        "groupId",
        "name",
        "sortOrder",
        "routeToBoardTags",
        "created",
        "createdBy",
        "lastModified",
        "lastModifiedBy",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut id_slot = None;
        let mut group_id_slot = None;
        let mut name_slot = None;
        let mut sort_order_slot = None;
        let mut route_to_board_tags_slot = None;
        let mut created_slot = None;
        let mut created_by_slot = None;
        let mut last_modified_slot = None;
        let mut last_modified_by_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut id_slot, "_id"),
                Member::Field(1) => read_member(&mut map, &mut group_id_slot, "groupId"),
                Member::Field(2) => read_member(&mut map, &mut name_slot, "name"),
                Member::Field(3) => {
                    read_member(&mut map, &mut sort_order_slot, "sortOrder")
                }
                Member::Field(4) => {
                    read_member(
                        &mut map,
                        &mut route_to_board_tags_slot,
                        "routeToBoardTags",
                    )
                }
                Member::Field(5) => read_member(&mut map, &mut created_slot, "created"),
                Member::Field(6) => {
                    read_member(&mut map, &mut created_by_slot, "createdBy")
                }
                Member::Field(7) => {
                    read_member(&mut map, &mut last_modified_slot, "lastModified")
                }
                Member::Field(8) => {
                    read_member(&mut map, &mut last_modified_by_slot, "lastModifiedBy")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            id: id_slot.flatten(),
            group_id: group_id_slot.flatten(),
            name: name_slot.flatten(),
            sort_order: sort_order_slot.flatten(),
            route_to_board_tags: route_to_board_tags_slot.flatten(),
            created: created_slot.flatten(),
            created_by: created_by_slot.flatten(),
            last_modified: last_modified_slot.flatten(),
            last_modified_by: last_modified_by_slot.flatten(),
        })
    }
}

impl Serialize for ProductCategory {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "ProductCategory",
            &[
                Property::optional("_id", &self.id),
                Property::optional("groupId", &self.group_id),
                Property::optional("name", &self.name),
                Property::optional("sortOrder", &self.sort_order),
                Property::optional("routeToBoardTags", &self.route_to_board_tags),
                Property::optional("created", &self.created),
                Property::optional("createdBy", &self.created_by),
                Property::optional("lastModified", &self.last_modified),
                Property::optional("lastModifiedBy", &self.last_modified_by),
            ],
        )
    }
}

/// Returned by [`Client::get_products`](crate::Client::get_products).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ProductCatalogResponse {
    /// `catalogVersion` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub catalog_version: Option<i64>,
    /// `upToDate` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub up_to_date: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub products: Option<Vec<Product>>,
    /// `None` when the property is missing; left out when `None`.
    pub categories: Option<Vec<ProductCategory>>,
}

impl<'de> Deserialize<'de> for ProductCatalogResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for ProductCatalogResponse {
    const EXPECTING: &'static str = "struct ProductCatalogResponse";
    const FIELDS: &'static [&'static str] = &[
        "catalogVersion",
        "upToDate",
        "products",
        "categories",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut catalog_version_slot = None;
        let mut up_to_date_slot = None;
        let mut products_slot = None;
        let mut categories_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => {
                    read_member(&mut map, &mut catalog_version_slot, "catalogVersion")
                }
                Member::Field(1) => {
                    read_member(&mut map, &mut up_to_date_slot, "upToDate")
                }
                Member::Field(2) => read_member(&mut map, &mut products_slot, "products"),
                Member::Field(3) => {
                    read_member(&mut map, &mut categories_slot, "categories")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            catalog_version: catalog_version_slot.flatten(),
            up_to_date: up_to_date_slot.flatten(),
            products: products_slot.flatten(),
            categories: categories_slot.flatten(),
        })
    }
}

impl Serialize for ProductCatalogResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "ProductCatalogResponse",
            &[
                Property::optional("catalogVersion", &self.catalog_version),
                Property::optional("upToDate", &self.up_to_date),
                Property::optional("products", &self.products),
                Property::optional("categories", &self.categories),
            ],
        )
    }
}

/// Returned by [`Client::get_pos_bootstrap`](crate::Client::get_pos_bootstrap).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PosBootstrapResponse {
    /// `None` when the property is missing; left out when `None`.
    pub products: Option<Vec<Product>>,
    /// `None` when the property is missing; left out when `None`.
    pub categories: Option<Vec<ProductCategory>>,
    /// Resolved POS configuration for the game
    ///
    /// `None` when the property is missing; left out when `None`.
    pub config: Option<serde_json::Map<String, serde_json::Value>>,
    /// `deviceProfiles` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub device_profiles: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// `catalogVersion` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub catalog_version: Option<i64>,
}

impl<'de> Deserialize<'de> for PosBootstrapResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for PosBootstrapResponse {
    const EXPECTING: &'static str = "struct PosBootstrapResponse";
    const FIELDS: &'static [&'static str] = &[
        "products",
        "categories",
        "config",
        "deviceProfiles",
        "catalogVersion",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut products_slot = None;
        let mut categories_slot = None;
        let mut config_slot = None;
        let mut device_profiles_slot = None;
        let mut catalog_version_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut products_slot, "products"),
                Member::Field(1) => {
                    read_member(&mut map, &mut categories_slot, "categories")
                }
                Member::Field(2) => read_member(&mut map, &mut config_slot, "config"),
                Member::Field(3) => {
                    read_member(&mut map, &mut device_profiles_slot, "deviceProfiles")
                }
                Member::Field(4) => {
                    read_member(&mut map, &mut catalog_version_slot, "catalogVersion")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            products: products_slot.flatten(),
            categories: categories_slot.flatten(),
            config: config_slot.flatten(),
            device_profiles: device_profiles_slot.flatten(),
            catalog_version: catalog_version_slot.flatten(),
        })
    }
}

impl Serialize for PosBootstrapResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "PosBootstrapResponse",
            &[
                Property::optional("products", &self.products),
                Property::optional("categories", &self.categories),
                Property::optional("config", &self.config),
                Property::optional("deviceProfiles", &self.device_profiles),
                Property::optional("catalogVersion", &self.catalog_version),
            ],
        )
    }
}

/// Error body of [`Client::get_pos_bootstrap`](crate::Client::get_pos_bootstrap) (Forbidden).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrdersErrorResponse {
    /// The `error` property.
    pub error: OrdersErrorResponseError,
}

impl<'de> Deserialize<'de> for OrdersErrorResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for OrdersErrorResponse {
    const EXPECTING: &'static str = "struct OrdersErrorResponse";
    const FIELDS: &'static [&'static str] = &["error"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, required, skip_member, Member, Members};
        let mut error_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut error_slot, "error"),
                _ => skip_member(&mut map),
            }?;
        }
        let error_slot = required(error_slot, "error")?;
        Ok(Self { error: error_slot })
    }
}

impl Serialize for OrdersErrorResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "OrdersErrorResponse",
            &[Property::new("error", &self.error)],
        )
    }
}

/// The type of [`AcceptJoinRequestResponse::message`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AcceptJoinRequestResponseMessage {
    /// `User was accepted into the group.`
    UserWasAcceptedIntoTheGroup,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl AcceptJoinRequestResponseMessage {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UserWasAcceptedIntoTheGroup => "User was accepted into the group.",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for AcceptJoinRequestResponseMessage {
    fn from(value: &str) -> Self {
        match value {
            "User was accepted into the group." => Self::UserWasAcceptedIntoTheGroup,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for AcceptJoinRequestResponseMessage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for AcceptJoinRequestResponseMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for AcceptJoinRequestResponseMessage {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for AcceptJoinRequestResponseMessage {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// The type of [`Workspace::owner`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkspaceOwner {
    /// `reAdminId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub re_admin_id: Option<String>,
    /// `robloxId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub roblox_id: Option<String>,
}

impl<'de> Deserialize<'de> for WorkspaceOwner {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for WorkspaceOwner {
    const EXPECTING: &'static str = "struct WorkspaceOwner";
    const FIELDS: &'static [&'static str] = &["reAdminId", "robloxId"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut re_admin_id_slot = None;
        let mut roblox_id_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => {
                    read_member(&mut map, &mut re_admin_id_slot, "reAdminId")
                }
                Member::Field(1) => {
                    read_member(&mut map, &mut roblox_id_slot, "robloxId")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            re_admin_id: re_admin_id_slot.flatten(),
            roblox_id: roblox_id_slot.flatten(),
        })
    }
}

impl Serialize for WorkspaceOwner {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "WorkspaceOwner",
            &[
                Property::optional("reAdminId", &self.re_admin_id),
                Property::optional("robloxId", &self.roblox_id),
            ],
        )
    }
}

/// The type of [`Workspace::distribution_period`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkspaceDistributionPeriod {
    /// `manual`
    Manual,
    /// `weekly`
    Weekly,
    /// `biweekly`
    Biweekly,
    /// `monthly`
    Monthly,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl WorkspaceDistributionPeriod {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Manual => "manual",
            Self::Weekly => "weekly",
            Self::Biweekly => "biweekly",
            Self::Monthly => "monthly",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WorkspaceDistributionPeriod {
    fn from(value: &str) -> Self {
        match value {
            "manual" => Self::Manual,
            "weekly" => Self::Weekly,
            "biweekly" => Self::Biweekly,
            "monthly" => Self::Monthly,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for WorkspaceDistributionPeriod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for WorkspaceDistributionPeriod {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for WorkspaceDistributionPeriod {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for WorkspaceDistributionPeriod {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// The type of [`Workspace::premium`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkspacePremium {
    /// `None` when the property is missing; left out when `None`.
    pub is: Option<bool>,
    /// `subscriptionId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub subscription_id: Option<String>,
    /// `planType` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub plan_type: Option<WorkspacePremiumPlanType>,
    /// `managedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub managed_by: Option<WorkspacePremiumManagedBy>,
}

impl<'de> Deserialize<'de> for WorkspacePremium {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for WorkspacePremium {
    const EXPECTING: &'static str = "struct WorkspacePremium";
    const FIELDS: &'static [&'static str] = &[
        "is",
        "subscriptionId",
        "planType",
        "managedBy",
    ];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut is_slot = None;
        let mut subscription_id_slot = None;
        let mut plan_type_slot = None;
        let mut managed_by_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut is_slot, "is"),
                Member::Field(1) => {
                    read_member(&mut map, &mut subscription_id_slot, "subscriptionId")
                }
                Member::Field(2) => {
                    read_member(&mut map, &mut plan_type_slot, "planType")
                }
                Member::Field(3) => {
                    read_member(&mut map, &mut managed_by_slot, "managedBy")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            is: is_slot.flatten(),
            subscription_id: subscription_id_slot.flatten(),
            plan_type: plan_type_slot.flatten(),
            managed_by: managed_by_slot.flatten(),
        })
    }
}

impl Serialize for WorkspacePremium {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "WorkspacePremium",
            &[
                Property::optional("is", &self.is),
                Property::optional("subscriptionId", &self.subscription_id),
                Property::optional("planType", &self.plan_type),
                Property::optional("managedBy", &self.managed_by),
            ],
        )
    }
}

/// The type of [`WorkspacePremium::plan_type`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkspacePremiumPlanType {
    /// `basic`
    Basic,
    /// `enterprise`
    Enterprise,
    /// `premium`
    Premium,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl WorkspacePremiumPlanType {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Basic => "basic",
            Self::Enterprise => "enterprise",
            Self::Premium => "premium",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WorkspacePremiumPlanType {
    fn from(value: &str) -> Self {
        match value {
            "basic" => Self::Basic,
            "enterprise" => Self::Enterprise,
            "premium" => Self::Premium,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for WorkspacePremiumPlanType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for WorkspacePremiumPlanType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for WorkspacePremiumPlanType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for WorkspacePremiumPlanType {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// The type of [`WorkspacePremium::managed_by`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkspacePremiumManagedBy {
    /// `robloxId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub roblox_id: Option<String>,
    /// `customerId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub customer_id: Option<String>,
}

impl<'de> Deserialize<'de> for WorkspacePremiumManagedBy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for WorkspacePremiumManagedBy {
    const EXPECTING: &'static str = "struct WorkspacePremiumManagedBy";
    const FIELDS: &'static [&'static str] = &["robloxId", "customerId"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut roblox_id_slot = None;
        let mut customer_id_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => {
                    read_member(&mut map, &mut roblox_id_slot, "robloxId")
                }
                Member::Field(1) => {
                    read_member(&mut map, &mut customer_id_slot, "customerId")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            roblox_id: roblox_id_slot.flatten(),
            customer_id: customer_id_slot.flatten(),
        })
    }
}

impl Serialize for WorkspacePremiumManagedBy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "WorkspacePremiumManagedBy",
            &[
                Property::optional("robloxId", &self.roblox_id),
                Property::optional("customerId", &self.customer_id),
            ],
        )
    }
}

/// Item of [`Workspace::tags`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkspaceTagsItem {
    /// `Partner`
    Partner,
    /// `Beta`
    Beta,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl WorkspaceTagsItem {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Partner => "Partner",
            Self::Beta => "Beta",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WorkspaceTagsItem {
    fn from(value: &str) -> Self {
        match value {
            "Partner" => Self::Partner,
            "Beta" => Self::Beta,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for WorkspaceTagsItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for WorkspaceTagsItem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for WorkspaceTagsItem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for WorkspaceTagsItem {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// The type of [`Workspace::brand_color`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WorkspaceBrandColor {
    /// `red`
    Red,
    /// `orange`
    Orange,
    /// `yellow`
    Yellow,
    /// `green`
    Green,
    /// `teal`
    Teal,
    /// `sky`
    Sky,
    /// `cyan`
    Cyan,
    /// `blue`
    Blue,
    /// `indigo`
    Indigo,
    /// `purple`
    Purple,
    /// `rose`
    Rose,
    /// `pink`
    Pink,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl WorkspaceBrandColor {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Red => "red",
            Self::Orange => "orange",
            Self::Yellow => "yellow",
            Self::Green => "green",
            Self::Teal => "teal",
            Self::Sky => "sky",
            Self::Cyan => "cyan",
            Self::Blue => "blue",
            Self::Indigo => "indigo",
            Self::Purple => "purple",
            Self::Rose => "rose",
            Self::Pink => "pink",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WorkspaceBrandColor {
    fn from(value: &str) -> Self {
        match value {
            "red" => Self::Red,
            "orange" => Self::Orange,
            "yellow" => Self::Yellow,
            "green" => Self::Green,
            "teal" => Self::Teal,
            "sky" => Self::Sky,
            "cyan" => Self::Cyan,
            "blue" => Self::Blue,
            "indigo" => Self::Indigo,
            "purple" => Self::Purple,
            "rose" => Self::Rose,
            "pink" => Self::Pink,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for WorkspaceBrandColor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for WorkspaceBrandColor {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for WorkspaceBrandColor {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for WorkspaceBrandColor {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// The type of [`Workspace::ban_status`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct WorkspaceBanStatus {
    /// `None` when the property is missing; left out when `None`.
    pub is: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub reason: Option<String>,
    /// `bannedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub banned_by: Option<String>,
}

impl<'de> Deserialize<'de> for WorkspaceBanStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for WorkspaceBanStatus {
    const EXPECTING: &'static str = "struct WorkspaceBanStatus";
    const FIELDS: &'static [&'static str] = &["is", "reason", "bannedBy"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut is_slot = None;
        let mut reason_slot = None;
        let mut banned_by_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut is_slot, "is"),
                Member::Field(1) => read_member(&mut map, &mut reason_slot, "reason"),
                Member::Field(2) => {
                    read_member(&mut map, &mut banned_by_slot, "bannedBy")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            is: is_slot.flatten(),
            reason: reason_slot.flatten(),
            banned_by: banned_by_slot.flatten(),
        })
    }
}

impl Serialize for WorkspaceBanStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "WorkspaceBanStatus",
            &[
                Property::optional("is", &self.is),
                Property::optional("reason", &self.reason),
                Property::optional("bannedBy", &self.banned_by),
            ],
        )
    }
}

/// The type of [`DailySessionSchedule::type`].
///
/// Always `"daily"`: the type has no other value, so it is always sent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DailySessionScheduleType;

impl DailySessionScheduleType {
    /// The value on the wire.
    pub const VALUE: &'static str = "daily";
}

impl Serialize for DailySessionScheduleType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(Self::VALUE)
    }
}

impl<'de> Deserialize<'de> for DailySessionScheduleType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::expect_str(deserializer, Self::VALUE).map(|()| Self)
    }
}

impl ParamValue for DailySessionScheduleType {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(Self::VALUE)
    }
}

/// The type of [`WeeklySessionSchedule::type`].
///
/// Always `"weekly"`: the type has no other value, so it is always sent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WeeklySessionScheduleType;

impl WeeklySessionScheduleType {
    /// The value on the wire.
    pub const VALUE: &'static str = "weekly";
}

impl Serialize for WeeklySessionScheduleType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(Self::VALUE)
    }
}

impl<'de> Deserialize<'de> for WeeklySessionScheduleType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::expect_str(deserializer, Self::VALUE).map(|()| Self)
    }
}

impl ParamValue for WeeklySessionScheduleType {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(Self::VALUE)
    }
}

/// The type of [`WeeklySessionSchedule::day`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum WeeklySessionScheduleDay {
    /// `monday`
    Monday,
    /// `tuesday`
    Tuesday,
    /// `wednesday`
    Wednesday,
    /// `thursday`
    Thursday,
    /// `friday`
    Friday,
    /// `saturday`
    Saturday,
    /// `sunday`
    Sunday,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl WeeklySessionScheduleDay {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Monday => "monday",
            Self::Tuesday => "tuesday",
            Self::Wednesday => "wednesday",
            Self::Thursday => "thursday",
            Self::Friday => "friday",
            Self::Saturday => "saturday",
            Self::Sunday => "sunday",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for WeeklySessionScheduleDay {
    fn from(value: &str) -> Self {
        match value {
            "monday" => Self::Monday,
            "tuesday" => Self::Tuesday,
            "wednesday" => Self::Wednesday,
            "thursday" => Self::Thursday,
            "friday" => Self::Friday,
            "saturday" => Self::Saturday,
            "sunday" => Self::Sunday,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for WeeklySessionScheduleDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for WeeklySessionScheduleDay {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for WeeklySessionScheduleDay {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for WeeklySessionScheduleDay {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// The type of [`NoSessionSchedule::type`].
///
/// Always `"none"`: the type has no other value, so it is always sent.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NoSessionScheduleType;

impl NoSessionScheduleType {
    /// The value on the wire.
    pub const VALUE: &'static str = "none";
}

impl Serialize for NoSessionScheduleType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(Self::VALUE)
    }
}

impl<'de> Deserialize<'de> for NoSessionScheduleType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::expect_str(deserializer, Self::VALUE).map(|()| Self)
    }
}

impl ParamValue for NoSessionScheduleType {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(Self::VALUE)
    }
}

/// Claims on this server: either a map keyed by Roblox user id (legacy form) or an array of claims carrying their own `userId`.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SessionServerClaims {
    /// A `BTreeMap<String,SessionClaim>`.
    Map(BTreeMap<String, SessionClaim>),
    /// A `Vec<SessionClaimEntry>`.
    Array(Vec<SessionClaimEntry>),
}

impl Serialize for SessionServerClaims {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Map(value) => value.serialize(serializer),
            Self::Array(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for SessionServerClaims {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        if value.is_array() {
            if let Ok(decoded) = Deserialize::deserialize(&value) {
                return Ok(Self::Array(decoded));
            }
        }
        if value.is_object() {
            if let Ok(decoded) = Deserialize::deserialize(&value) {
                return Ok(Self::Map(decoded));
            }
        }
        Err(
            serde::de::Error::custom(
                "the value matches no variant of `SessionServerClaims`",
            ),
        )
    }
}

/// The type of [`Game::images`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GameImages {
    /// `None` when the property is missing; left out when `None`.
    pub icon: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    pub thumbnail: Option<String>,
}

impl<'de> Deserialize<'de> for GameImages {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for GameImages {
    const EXPECTING: &'static str = "struct GameImages";
    const FIELDS: &'static [&'static str] = &["icon", "thumbnail"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut icon_slot = None;
        let mut thumbnail_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut icon_slot, "icon"),
                Member::Field(1) => {
                    read_member(&mut map, &mut thumbnail_slot, "thumbnail")
                }
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            icon: icon_slot.flatten(),
            thumbnail: thumbnail_slot.flatten(),
        })
    }
}

impl Serialize for GameImages {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "GameImages",
            &[
                Property::optional("icon", &self.icon),
                Property::optional("thumbnail", &self.thumbnail),
            ],
        )
    }
}

/// The type of [`ChatEvent::type`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChatEventType {
    /// `message`
    Message,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl ChatEventType {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Message => "message",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ChatEventType {
    fn from(value: &str) -> Self {
        match value {
            "message" => Self::Message,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for ChatEventType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ChatEventType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ChatEventType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for ChatEventType {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// The type of [`PromotionRequestVote::vote`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PromotionRequestVoteVote {
    /// `support`
    Support,
    /// `oppose`
    Oppose,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl PromotionRequestVoteVote {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Support => "support",
            Self::Oppose => "oppose",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for PromotionRequestVoteVote {
    fn from(value: &str) -> Self {
        match value {
            "support" => Self::Support,
            "oppose" => Self::Oppose,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for PromotionRequestVoteVote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for PromotionRequestVoteVote {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for PromotionRequestVoteVote {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for PromotionRequestVoteVote {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// The type of [`CallMessage::origin`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CallMessageOrigin {
    /// `agent`
    Agent,
    /// `user`
    User,
    /// `systemMessage`
    SystemMessage,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl CallMessageOrigin {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Agent => "agent",
            Self::User => "user",
            Self::SystemMessage => "systemMessage",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CallMessageOrigin {
    fn from(value: &str) -> Self {
        match value {
            "agent" => Self::Agent,
            "user" => Self::User,
            "systemMessage" => Self::SystemMessage,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for CallMessageOrigin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CallMessageOrigin {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CallMessageOrigin {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for CallMessageOrigin {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// The type of [`CallMessage::sent_from`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CallMessageSentFrom {
    /// `discord`
    Discord,
    /// `website`
    Website,
    /// `game`
    Game,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl CallMessageSentFrom {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Discord => "discord",
            Self::Website => "website",
            Self::Game => "game",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CallMessageSentFrom {
    fn from(value: &str) -> Self {
        match value {
            "discord" => Self::Discord,
            "website" => Self::Website,
            "game" => Self::Game,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for CallMessageSentFrom {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CallMessageSentFrom {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CallMessageSentFrom {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for CallMessageSentFrom {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// The type of [`Call::type`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CallType {
    /// `support`
    Support,
    /// `report`
    Report,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl CallType {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Support => "support",
            Self::Report => "report",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CallType {
    fn from(value: &str) -> Self {
        match value {
            "support" => Self::Support,
            "report" => Self::Report,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for CallType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CallType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CallType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for CallType {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// `false` while the call is open, otherwise the close details
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CallClosed {
    /// `false`
    False,
    /// A [`CallClosedInfo`].
    CallClosedInfo(CallClosedInfo),
}

impl Serialize for CallClosed {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::False => serializer.serialize_bool(false),
            Self::CallClosedInfo(value) => value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for CallClosed {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        if value.as_bool() == Some(false) {
            return Ok(Self::False);
        }
        if let Some(object) = value.as_object() {
            for candidate in crate::values::rank_objects(
                object,
                &[(&[], &["user", "reason", "date", "serverAcknowledged"], false)],
            ) {
                let decoded = match candidate {
                    0 => Deserialize::deserialize(&value).map(Self::CallClosedInfo),
                    _ => continue,
                };
                if let Ok(decoded) = decoded {
                    return Ok(decoded);
                }
            }
        }
        Err(serde::de::Error::custom("the value matches no variant of `CallClosed`"))
    }
}

/// The type of [`CreateOrderRequest::source`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum CreateOrderRequestSource {
    /// `register`
    Register,
    /// `kiosk`
    Kiosk,
    /// `drive_thru`
    DriveThru,
    /// `api`
    #[default]
    Api,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl CreateOrderRequestSource {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Register => "register",
            Self::Kiosk => "kiosk",
            Self::DriveThru => "drive_thru",
            Self::Api => "api",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for CreateOrderRequestSource {
    fn from(value: &str) -> Self {
        match value {
            "register" => Self::Register,
            "kiosk" => Self::Kiosk,
            "drive_thru" => Self::DriveThru,
            "api" => Self::Api,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for CreateOrderRequestSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CreateOrderRequestSource {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CreateOrderRequestSource {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for CreateOrderRequestSource {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// The type of [`OrdersErrorResponse::error`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct OrdersErrorResponseError {
    /// Machine-readable error code, e.g. `module_disabled`, `invalid_body`, `not_found`, `conflict`
    pub code: String,
    /// The `message` property.
    pub message: String,
}

impl<'de> Deserialize<'de> for OrdersErrorResponseError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for OrdersErrorResponseError {
    const EXPECTING: &'static str = "struct OrdersErrorResponseError";
    const FIELDS: &'static [&'static str] = &["code", "message"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{missing, read_member, skip_member, Member, Members};
        let mut code_slot = None;
        let mut message_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut code_slot, "code"),
                Member::Field(1) => read_member(&mut map, &mut message_slot, "message"),
                _ => skip_member(&mut map),
            }?;
        }
        let present = [code_slot.is_some(), message_slot.is_some()];
        let (Some(code_slot), Some(message_slot)) = (code_slot, message_slot) else {
            return Err(missing(&present, &["code", "message"]));
        };
        Ok(Self {
            code: code_slot,
            message: message_slot,
        })
    }
}

impl Serialize for OrdersErrorResponseError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "OrdersErrorResponseError",
            &[Property::new("code", &self.code), Property::new("message", &self.message)],
        )
    }
}

/// Error body of [`Client::get_ranking_key`](crate::Client::get_ranking_key) (BadRequest).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BadRequest {
    /// The server's default is `false`.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub reason: Option<String>,
}

impl<'de> Deserialize<'de> for BadRequest {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for BadRequest {
    const EXPECTING: &'static str = "struct BadRequest";
    const FIELDS: &'static [&'static str] = &["success", "reason"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut reason_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut reason_slot, "reason"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            reason: reason_slot.flatten(),
        })
    }
}

impl Serialize for BadRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "BadRequest",
            &[
                Property::optional("success", &self.success),
                Property::optional("reason", &self.reason),
            ],
        )
    }
}

/// Error body of [`Client::get_ranking_key`](crate::Client::get_ranking_key) (InternalServerError).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ServerError {
    /// The server's default is `false`.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub reason: Option<String>,
}

impl<'de> Deserialize<'de> for ServerError {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for ServerError {
    const EXPECTING: &'static str = "struct ServerError";
    const FIELDS: &'static [&'static str] = &["success", "reason"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut reason_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut reason_slot, "reason"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            reason: reason_slot.flatten(),
        })
    }
}

impl Serialize for ServerError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "ServerError",
            &[
                Property::optional("success", &self.success),
                Property::optional("reason", &self.reason),
            ],
        )
    }
}

/// Error body of [`Client::put_role`](crate::Client::put_role) (NotFound).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NotFound {
    /// The server's default is `false`.
    ///
    /// `None` when the property is missing; left out when `None`.
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    pub reason: Option<String>,
}

impl<'de> Deserialize<'de> for NotFound {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::values::read_object(deserializer)
    }
}

impl<'de> crate::values::FromObject<'de> for NotFound {
    const EXPECTING: &'static str = "struct NotFound";
    const FIELDS: &'static [&'static str] = &["success", "reason"];
    fn from_object<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        use crate::values::{read_member, skip_member, Member, Members};
        let mut success_slot = None;
        let mut reason_slot = None;
        while let Some(member) = map.next_key_seed(Members::of::<Self>())? {
            match member {
                Member::Field(0) => read_member(&mut map, &mut success_slot, "success"),
                Member::Field(1) => read_member(&mut map, &mut reason_slot, "reason"),
                _ => skip_member(&mut map),
            }?;
        }
        Ok(Self {
            success: success_slot.flatten(),
            reason: reason_slot.flatten(),
        })
    }
}

impl Serialize for NotFound {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use crate::values::{write_object, Property};
        write_object(
            serializer,
            "NotFound",
            &[
                Property::optional("success", &self.success),
                Property::optional("reason", &self.reason),
            ],
        )
    }
}

/// The type of the `status` parameter of [`Client::list_sessions`](crate::Client::list_sessions).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum ListSessionsStatus {
    /// `scheduled`
    Scheduled,
    /// `live`
    Live,
    /// `ended`
    Ended,
    /// `all`
    #[default]
    All,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl ListSessionsStatus {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Scheduled => "scheduled",
            Self::Live => "live",
            Self::Ended => "ended",
            Self::All => "all",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListSessionsStatus {
    fn from(value: &str) -> Self {
        match value {
            "scheduled" => Self::Scheduled,
            "live" => Self::Live,
            "ended" => Self::Ended,
            "all" => Self::All,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for ListSessionsStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ListSessionsStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ListSessionsStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for ListSessionsStatus {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// The type of the `order` parameter of [`Client::list_sessions`](crate::Client::list_sessions).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum ListSessionsOrder {
    /// `asc`
    #[default]
    Asc,
    /// `desc`
    Desc,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl ListSessionsOrder {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListSessionsOrder {
    fn from(value: &str) -> Self {
        match value {
            "asc" => Self::Asc,
            "desc" => Self::Desc,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for ListSessionsOrder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ListSessionsOrder {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ListSessionsOrder {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for ListSessionsOrder {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}

/// The type of the `status` parameter of [`Client::list_calls`](crate::Client::list_calls).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum ListCallsStatus {
    /// `open`
    #[default]
    Open,
    /// `claimed`
    Claimed,
    /// `closed`
    Closed,
    /// `all`
    All,
    /// A value this version of the client does not know.
    Unknown(String),
}

impl ListCallsStatus {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Open => "open",
            Self::Claimed => "claimed",
            Self::Closed => "closed",
            Self::All => "all",
            Self::Unknown(value) => value,
        }
    }
}

impl From<&str> for ListCallsStatus {
    fn from(value: &str) -> Self {
        match value {
            "open" => Self::Open,
            "claimed" => Self::Claimed,
            "closed" => Self::Closed,
            "all" => Self::All,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

impl fmt::Display for ListCallsStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ListCallsStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ListCallsStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(Self::from(value.as_str()))
    }
}

impl ParamValue for ListCallsStatus {
    fn to_param(&self) -> Cow<'_, str> {
        Cow::Borrowed(self.as_str())
    }
}
