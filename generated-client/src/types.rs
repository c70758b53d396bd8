// @generated from the API's OpenAPI document; do not edit by hand.
//! Types for the schemas of the document.

use crate::runtime::ParamValue;
use std::borrow::Cow;
use std::collections::BTreeMap;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Request body of [`Client::end_call`](crate::Client::end_call).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct EndCallRequest {
    /// Roblox id of the staff member ending the call
    ///
    /// `actorId` on the wire.
    pub actor_id: String,
    /// Optional close reason
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

crate::values::object_only!(EndCallRequest);

/// Returned by [`Client::post_session_server_role`](crate::Client::post_session_server_role).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SuccessResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
}

crate::values::object_only!(SuccessResponse);

/// A group role the ranking key may rank users to
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct AllowedRank {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `apiId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_id: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
}

crate::values::object_only!(AllowedRank);

/// The type of [`RankingKeyInfoResponse::key_info`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct RankingKeyInfo {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub underscore_id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Always `false`; the secret key is never returned
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `rankingEnabled` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ranking_enabled: Option<bool>,
    /// `allowedRanks` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_ranks: Option<Vec<AllowedRank>>,
    /// `enableShouting` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_shouting: Option<bool>,
    /// `enableJoinRequestManagement` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_join_request_management: Option<bool>,
    /// `enableExile` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_exile: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(RankingKeyInfo);

/// Returned by [`Client::get_ranking_key`](crate::Client::get_ranking_key).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct RankingKeyInfoResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `keyInfo` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_info: Option<RankingKeyInfo>,
}

crate::values::object_only!(RankingKeyInfoResponse);

/// Returned by [`Client::put_role`](crate::Client::put_role).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct RankingActionResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

crate::values::object_only!(RankingActionResponse);

/// Returned by [`Client::patch_join_request`](crate::Client::patch_join_request).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct AcceptJoinRequestResponse {
    /// The server's default is `true`.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<AcceptJoinRequestResponseMessage>,
}

crate::values::object_only!(AcceptJoinRequestResponse);

/// A Roblox Open Cloud group join request
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct JoinRequest {
    /// Resource path, e.g. `groups/{groupId}/join-requests/{userId}`
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// `createTime` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Resource path of the requesting user, e.g. `users/{userId}`
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
}

crate::values::object_only!(JoinRequest);

/// Returned by [`Client::get_join_requests`](crate::Client::get_join_requests).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct JoinRequestsPage {
    /// `groupJoinRequests` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_join_requests: Option<Vec<JoinRequest>>,
    /// Token for the next page; empty when there are no more pages
    ///
    /// `nextPageToken` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}

crate::values::object_only!(JoinRequestsPage);

/// Request body of [`Client::patch_shout`](crate::Client::patch_shout).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct ShoutRequest {
    /// The shout message to post to the group
    pub message: String,
}

crate::values::object_only!(ShoutRequest);

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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct StaffHistoryItem {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<StaffHistoryType>,
    /// Declared as boolean in the ReAdmin docs; the server stores the user's Roblox id here.
    ///
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<bool>,
    /// `disciplinarianId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disciplinarian_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    /// `rankTo` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank_to: Option<String>,
    /// `rankFrom` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank_from: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ended: Option<bool>,
    /// `endedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ended_by: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Vec<String>>,
    /// `pendingApproval` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pending_approval: Option<bool>,
    /// `approvedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approved_by: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distribution: Option<i64>,
}

crate::values::object_only!(StaffHistoryItem);

/// Returned by [`Client::get_staff_history`](crate::Client::get_staff_history).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct StaffHistoryListResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub history: Option<Vec<StaffHistoryItem>>,
}

crate::values::object_only!(StaffHistoryListResponse);

/// Returned by [`Client::post_staff_history`](crate::Client::post_staff_history).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct StaffHistoryResponse {
    /// The `success` property.
    pub success: bool,
    /// The `history` property.
    pub history: StaffHistoryItem,
}

crate::values::object_only!(StaffHistoryResponse);

/// Request body of [`Client::post_staff_history`](crate::Client::post_staff_history).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify: Option<bool>,
    /// Role to rank the user to (promotions)
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// `expiresInDays` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_in_days: Option<f64>,
    /// The `approval_required` property.
    #[serde(rename = "approval_required")]
    pub approval_required: bool,
}

crate::values::object_only!(CreateStaffHistoryRequest);

/// Returned by [`Client::get_workspace`](crate::Client::get_workspace).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct Workspace {
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `groupName` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<WorkspaceOwner>,
    /// `minSyncRole` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_sync_role: Option<i64>,
    /// `loaderId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub loader_id: Option<String>,
    /// `currentDistribution` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_distribution: Option<i64>,
    /// `distributionPeriod` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distribution_period: Option<WorkspaceDistributionPeriod>,
    /// `distributionDMs` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distribution_d_ms: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub premium: Option<WorkspacePremium>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<WorkspaceTagsItem>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub syncing: Option<bool>,
    /// `lastSynced` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_synced: Option<chrono::DateTime<chrono::Utc>>,
    /// `trackedStaff` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracked_staff: Option<i64>,
    /// `brandColor` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub brand_color: Option<WorkspaceBrandColor>,
    /// `overrideRoleMaximumSize` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub override_role_maximum_size: Option<i64>,
    /// `banStatus` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ban_status: Option<WorkspaceBanStatus>,
}

crate::values::object_only!(Workspace);

/// The type of [`DistributionSummary::minutes`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct ActivityMinutes {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<f64>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active: Option<f64>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inactive: Option<f64>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub typing: Option<f64>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<f64>,
}

crate::values::object_only!(ActivityMinutes);

/// The type of [`DistributionGoal::minutes`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct GoalProgress {
    /// `metGoal` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub met_goal: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<f64>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub percentage: Option<f64>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goal: Option<f64>,
}

crate::values::object_only!(GoalProgress);

/// Progress towards one activity requirement, per requirement type
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct DistributionGoal {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minutes: Option<GoalProgress>,
    /// `activeMinutes` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active_minutes: Option<GoalProgress>,
    /// `minimumMessages` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum_messages: Option<GoalProgress>,
    /// `minimumSessions` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum_sessions: Option<GoalProgress>,
}

crate::values::object_only!(DistributionGoal);

/// A staff member's activity summary for one distribution period
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct DistributionSummary {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distribution: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sessions: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minutes: Option<ActivityMinutes>,
    /// Goal progress keyed by activity requirement id
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goals: Option<BTreeMap<String, DistributionGoal>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// `attendedSessions` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attended_sessions: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(DistributionSummary);

/// One tracked in-game session of a user
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct UserGameSession {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<i64>,
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    /// `gameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game_id: Option<i64>,
    /// `placeId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place_id: Option<i64>,
    /// `internalGameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub internal_game_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub staff: Option<bool>,
    /// `inGame` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_game: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distribution: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minutes: Option<ActivityMinutes>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ended: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(UserGameSession);

/// Returned by [`Client::get_workspace_leaderboard`](crate::Client::get_workspace_leaderboard).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct LeaderboardResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leaderboard: Option<Vec<DistributionSummary>>,
}

crate::values::object_only!(LeaderboardResponse);

/// Returned by [`Client::get_user_minutes`](crate::Client::get_user_minutes).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct UserMinutesResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// 1-based position of the user on the workspace leaderboard
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace_position: Option<i64>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<DistributionSummary>,
}

crate::values::object_only!(UserMinutesResponse);

/// Returned by [`Client::get_user_activity`](crate::Client::get_user_activity).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct UserActivityResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<DistributionSummary>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sessions: Option<Vec<UserGameSession>>,
}

crate::values::object_only!(UserActivityResponse);

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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionRole {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `maxUsers` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_users: Option<i64>,
    /// `minRank` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_rank: Option<i64>,
    /// `claimOnce` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim_once: Option<bool>,
}

crate::values::object_only!(SessionRole);

/// Item of [`SessionRolesResponse::roles`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionRoleGroup {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub underscore_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<SessionRole>>,
    /// `usedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub used_by: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(SessionRoleGroup);

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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct DailySessionSchedule {
    /// The `type` property.
    pub r#type: DailySessionScheduleType,
    /// The `hour` property.
    pub hour: i64,
    /// The `minute` property.
    pub minute: i64,
}

crate::values::object_only!(DailySessionSchedule);

/// The value of the [`SessionSchedule::Weekly`] variant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
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

crate::values::object_only!(WeeklySessionSchedule);

/// The value of the [`SessionSchedule::None`] variant.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct NoSessionSchedule {
    /// The `type` property.
    pub r#type: NoSessionScheduleType,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hour: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minute: Option<i64>,
}

crate::values::object_only!(NoSessionSchedule);

/// The type of [`Session::template`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionTemplate {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub underscore_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Ids of the role groups that can be claimed
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule: Option<SessionSchedule>,
    /// `appearsMinutesBefore` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub appears_minutes_before: Option<i64>,
    /// Duration in minutes
    ///
    /// `sessionDuration` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_duration: Option<i64>,
    /// `placeId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place_id: Option<i64>,
    /// `gameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game_id: Option<i64>,
    /// `createDiscordEvent` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_discord_event: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(SessionTemplate);

/// Value of the [`SessionServerClaims::Map`] variant.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionClaim {
    /// `claimedRole` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed_role: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<UserState>,
    /// `claimedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed_by: Option<String>,
    /// `claimedAt` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `claimId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim_id: Option<String>,
}

crate::values::object_only!(SessionClaim);

/// A claim in the array form of `SessionServer.claims`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionClaimEntry {
    /// `claimedRole` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed_role: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<UserState>,
    /// `claimedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed_by: Option<String>,
    /// `claimedAt` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `claimId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim_id: Option<String>,
    /// `userId` on the wire.
    pub user_id: String,
}

crate::values::object_only!(SessionClaimEntry);

/// Value of [`SessionServer::attendees`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionAttendee {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<UserState>,
    /// `addedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub added_by: Option<String>,
}

crate::values::object_only!(SessionAttendee);

/// Value of [`Session::servers`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionServer {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// `linkedToServer` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linked_to_server: Option<bool>,
    /// `linkedServerReAdminId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linked_server_re_admin_id: Option<String>,
    /// `linkedServerJobId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linked_server_job_id: Option<String>,
    /// `linkedByUser` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linked_by_user: Option<String>,
    /// Claims on this server: either a map keyed by Roblox user id (legacy form) or an array of claims carrying their own `userId`.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claims: Option<SessionServerClaims>,
    /// Attendees keyed by Roblox user id
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attendees: Option<BTreeMap<String, SessionAttendee>>,
}

crate::values::object_only!(SessionServer);

/// Item of [`Session::comments`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionComment {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `authorId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleteable: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(SessionComment);

/// A session as stored by ReAdmin (v1 API)
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct Session {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub underscore_id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `templateId` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template_id: Option<String>,
    /// Roblox ids of users holding a claim
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claims: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attendees: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<Vec<SessionComment>>,
    /// Session servers keyed by server id
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub servers: Option<BTreeMap<String, SessionServer>>,
    /// `newClaimingSystem` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_claiming_system: Option<bool>,
    /// Start time
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    /// `notifyTime` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify_time: Option<chrono::DateTime<chrono::Utc>>,
    /// `endsAt` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// `createdBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// `sentDMS` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(rename = "sentDMS", skip_serializing_if = "Option::is_none")]
    pub sent_dms: Option<bool>,
    /// `sentStartMessage` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sent_start_message: Option<bool>,
    /// `sentEndMessage` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sent_end_message: Option<bool>,
    /// `oneOffSession` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub one_off_session: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template: Option<SessionTemplate>,
    /// `createdDiscordEvent` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_discord_event: Option<bool>,
}

crate::values::object_only!(Session);

/// A Roblox game tracked by the workspace
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct Game {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// Universe id
    ///
    /// `gameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game_id: Option<i64>,
    /// `placeId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place_id: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub viewable: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub images: Option<GameImages>,
    /// `lastSeen` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(Game);

/// Item of [`UpcomingSessionsResponse::sessions`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct UpcomingSession {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub underscore_id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `templateId` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template_id: Option<String>,
    /// Roblox ids of users holding a claim
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claims: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attendees: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<Vec<SessionComment>>,
    /// Session servers keyed by server id
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub servers: Option<BTreeMap<String, SessionServer>>,
    /// `newClaimingSystem` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_claiming_system: Option<bool>,
    /// Start time
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    /// `notifyTime` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify_time: Option<chrono::DateTime<chrono::Utc>>,
    /// `endsAt` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// `createdBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// `sentDMS` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(rename = "sentDMS", skip_serializing_if = "Option::is_none")]
    pub sent_dms: Option<bool>,
    /// `sentStartMessage` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sent_start_message: Option<bool>,
    /// `sentEndMessage` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sent_end_message: Option<bool>,
    /// `oneOffSession` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub one_off_session: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template: Option<SessionTemplate>,
    /// `createdDiscordEvent` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_discord_event: Option<bool>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game: Option<Game>,
}

crate::values::object_only!(UpcomingSession);

/// Returned by [`Client::get_session_roles`](crate::Client::get_session_roles).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SessionRolesResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<SessionRoleGroup>>,
}

crate::values::object_only!(SessionRolesResponse);

/// Returned by [`Client::get_sessions`](crate::Client::get_sessions).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SessionsResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sessions: Option<Vec<Session>>,
}

crate::values::object_only!(SessionsResponse);

/// Returned by [`Client::get_upcoming_sessions`](crate::Client::get_upcoming_sessions).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct UpcomingSessionsResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sessions: Option<Vec<UpcomingSession>>,
}

crate::values::object_only!(UpcomingSessionsResponse);

/// Returned by [`Client::get_session_by_id`](crate::Client::get_session_by_id).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SessionResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session: Option<Session>,
}

crate::values::object_only!(SessionResponse);

/// Returned by [`Client::post_session_server`](crate::Client::post_session_server).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct CreateSessionServerResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `newServerId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_server_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session: Option<Session>,
}

crate::values::object_only!(CreateSessionServerResponse);

/// Request body of [`Client::post_session_server_role`](crate::Client::post_session_server_role).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct ClaimSessionServerRoleRequest {
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Id of the session role group
    ///
    /// `roleId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_id: Option<String>,
    /// Id of the role inside the role group
    ///
    /// `subroleId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subrole_id: Option<String>,
}

crate::values::object_only!(ClaimSessionServerRoleRequest);

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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionV2Game {
    /// `gameId` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game_id: Option<i64>,
    /// `placeId` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place_id: Option<i64>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<String>,
}

crate::values::object_only!(SessionV2Game);

/// Item of [`SessionV2Server::claims`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionV2Claim {
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// `roleId` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_id: Option<String>,
    /// `roleName` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_name: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<UserState>,
    /// `claimedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed_by: Option<String>,
    /// `claimedAt` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `claimId` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim_id: Option<String>,
}

crate::values::object_only!(SessionV2Claim);

/// Item of [`SessionV2Server::attendees`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionV2Attendee {
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<UserState>,
    /// `addedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub added_by: Option<String>,
}

crate::values::object_only!(SessionV2Attendee);

/// Item of [`SessionV2::servers`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionV2Server {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linked: Option<bool>,
    /// `linkedServerId` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linked_server_id: Option<String>,
    /// `linkedJobId` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linked_job_id: Option<String>,
    /// `linkedBy` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linked_by: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claims: Option<Vec<SessionV2Claim>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attendees: Option<Vec<SessionV2Attendee>>,
}

crate::values::object_only!(SessionV2Server);

/// The type of [`SessionV2::counts`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SessionV2Counts {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub servers: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claims: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attendees: Option<i64>,
}

crate::values::object_only!(SessionV2Counts);

/// A fully-normalized session
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionV2 {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<SessionStatus>,
    /// `startsAt` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `endsAt` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `durationMinutes` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<i64>,
    /// `appearsAt` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub appears_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `templateId` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template_id: Option<String>,
    /// `oneOff` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub one_off: Option<bool>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game: Option<SessionV2Game>,
    /// `roleGroupIds` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_group_ids: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub servers: Option<Vec<SessionV2Server>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counts: Option<SessionV2Counts>,
    /// `createdBy` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// `createdAt` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(SessionV2);

/// The type of [`SessionV2ListResponse::pagination`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct CursorPagination {
    /// Total number of matching items
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Number of items in this page
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// `hasMore` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_more: Option<bool>,
    /// Cursor for the next page; `null` when there are no more results
    ///
    /// `nextCursor` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

crate::values::object_only!(CursorPagination);

/// Returned by [`Client::list_sessions`](crate::Client::list_sessions).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SessionV2ListResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<SessionV2>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pagination: Option<CursorPagination>,
}

crate::values::object_only!(SessionV2ListResponse);

/// Returned by [`Client::get_session`](crate::Client::get_session).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SessionV2Response {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<SessionV2>,
}

crate::values::object_only!(SessionV2Response);

/// Item of [`SessionV2RoleGroupListResponse::data`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SessionV2RoleGroup {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<SessionRole>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(SessionV2RoleGroup);

/// Returned by [`Client::list_role_groups`](crate::Client::list_role_groups).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SessionV2RoleGroupListResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<SessionV2RoleGroup>>,
}

crate::values::object_only!(SessionV2RoleGroupListResponse);

/// Request body of [`Client::create_session_server`](crate::Client::create_session_server).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct CreateSessionV2ServerRequest {
    /// Optional display name for the server
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
}

crate::values::object_only!(CreateSessionV2ServerRequest);

/// Returned by [`Client::create_session_server`](crate::Client::create_session_server).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SessionV2ServerResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<SessionV2Server>,
}

crate::values::object_only!(SessionV2ServerResponse);

/// Request body of [`Client::claim_role`](crate::Client::claim_role).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
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

crate::values::object_only!(ClaimSessionV2RoleRequest);

/// Returned by [`Client::claim_role`](crate::Client::claim_role).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SessionV2ClaimResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<SessionV2Claim>,
}

crate::values::object_only!(SessionV2ClaimResponse);

/// Workspace bans
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceBan {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// `disciplinarianId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disciplinarian_id: Option<String>,
    /// Declared as string in the ReAdmin docs; the server stores a boolean.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active: Option<String>,
    /// Declared as boolean in the ReAdmin docs; the server stores the creation date.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<bool>,
    /// The `expires` property.
    pub expires: String,
}

crate::values::object_only!(WorkspaceBan);

/// Returned by [`Client::get_workspace_bans`](crate::Client::get_workspace_bans).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct WorkspaceBansResponse {
    /// The `success` property.
    pub success: bool,
    /// The `bans` property.
    pub bans: Vec<WorkspaceBan>,
}

crate::values::object_only!(WorkspaceBansResponse);

/// Returned by [`Client::post_workspace_ban`](crate::Client::post_workspace_ban).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct WorkspaceBanResponse {
    /// The `success` property.
    pub success: bool,
    /// The `ban` property.
    pub ban: WorkspaceBan,
}

crate::values::object_only!(WorkspaceBanResponse);

/// Request body of [`Client::post_workspace_ban`](crate::Client::post_workspace_ban).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_in_days: Option<f64>,
}

crate::values::object_only!(CreateWorkspaceBanRequest);

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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct RunningGame {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `internalGameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub internal_game_id: Option<String>,
    /// `gameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game_id: Option<i64>,
    /// `placeId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place_id: Option<i64>,
    /// `jobId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    /// `privateServerId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private_server_id: Option<String>,
    /// `privateServerOwnerId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private_server_owner_id: Option<i64>,
    /// `placeVersion` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place_version: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub players: Option<Vec<String>>,
    /// `lastPing` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_ping: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(RunningGame);

/// Item of [`RunningGameResponse::players`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct RunningGamePlayer {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `runningGameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub running_game_id: Option<String>,
    /// `userSessionId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_session_id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `internalGameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub internal_game_id: Option<String>,
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// `userKey` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_key: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<PlayerPlatform>,
    /// `isStaff` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_staff: Option<bool>,
    /// `capturedRank` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub captured_rank: Option<i64>,
    /// `capturedRole` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub captured_role: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub joined: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(RunningGamePlayer);

/// Returned by [`Client::get_running_games`](crate::Client::get_running_games).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct RunningGamesResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `runningGames` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub running_games: Option<Vec<RunningGame>>,
}

crate::values::object_only!(RunningGamesResponse);

/// Returned by [`Client::get_running_game`](crate::Client::get_running_game).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct RunningGameResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `runningGame` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub running_game: Option<RunningGame>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub players: Option<Vec<RunningGamePlayer>>,
}

crate::values::object_only!(RunningGameResponse);

/// Request body of [`Client::post_create_server`](crate::Client::post_create_server).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
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

crate::values::object_only!(CreateServerRequest);

/// Returned by [`Client::post_create_server`](crate::Client::post_create_server).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct CreateServerResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// Internal game id to send with later activity-tracker calls
    ///
    /// `gameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game_id: Option<String>,
    /// `runningGameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub running_game_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace: Option<Workspace>,
}

crate::values::object_only!(CreateServerResponse);

/// Request body of [`Client::post_get_server`](crate::Client::post_get_server).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct RunningServerRequest {
    /// Internal game id returned by `POST /activity/createServer`
    ///
    /// `gameId` on the wire.
    pub game_id: String,
}

crate::values::object_only!(RunningServerRequest);

/// Returned by [`Client::post_get_server`](crate::Client::post_get_server).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct GetServerResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace: Option<Workspace>,
}

crate::values::object_only!(GetServerResponse);

/// Request body of [`Client::post_player_join`](crate::Client::post_player_join).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Timezone offset from UTC, in ISO 8601 format
    ///
    /// `tzOffset` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tz_offset: Option<String>,
    /// Internal game id returned by `POST /activity/createServer` (may also be sent as the `gameId` query parameter)
    ///
    /// `gameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game_id: Option<String>,
}

crate::values::object_only!(PlayerJoinRequest);

/// Returned by [`Client::post_player_join`](crate::Client::post_player_join).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct PlayerJoinResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub banned: Option<bool>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// `isStaff` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_staff: Option<bool>,
    /// `sessionId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    /// `runningPlayerId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub running_player_id: Option<String>,
}

crate::values::object_only!(PlayerJoinResponse);

/// An activity event recorded in game
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SessionEvent {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<f64>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}

crate::values::object_only!(SessionEvent);

/// The type of [`PlayerLeaveRequest::session_ids`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct PlayerSessionIds {
    /// `runningGamePlayer` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub running_game_player: Option<String>,
    /// `userGameSession` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_game_session: Option<String>,
}

crate::values::object_only!(PlayerSessionIds);

/// Request body of [`Client::delete_player_leave`](crate::Client::delete_player_leave).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct PlayerLeaveRequest {
    /// `sessionIds` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game_id: Option<String>,
}

crate::values::object_only!(PlayerLeaveRequest);

/// A chat message sent by an in-game caller into a support call
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct ChatEvent {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ChatEventType>,
    /// `ticketId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ticket_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Unix time in seconds
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<f64>,
}

crate::values::object_only!(ChatEvent);

/// Request body of [`Client::post_send_data`](crate::Client::post_send_data).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chat_events: Option<Vec<ChatEvent>>,
    /// Players currently on the server, username keyed by user id
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub players: Option<BTreeMap<String, String>>,
}

crate::values::object_only!(SendDataRequest);

/// Returned by [`Client::post_send_data`](crate::Client::post_send_data).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SendDataResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// Administrative actions queued for this server
    ///
    /// `queuedActions` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queued_actions: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// Support calls currently open on this server
    ///
    /// `ongoingChats` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ongoing_chats: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
}

crate::values::object_only!(SendDataResponse);

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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct ApprovalStep {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// `approverIds` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approver_ids: Option<Vec<String>>,
    /// `decidedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decided_by: Option<String>,
    /// `decidedAt` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decided_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

crate::values::object_only!(ApprovalStep);

/// Item of [`TimeOffRequestListResponse::requests`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct TimeOffRequest {
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starts: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ends: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `teamId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<TimeOffStatus>,
    /// `reviewedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewed_by: Option<String>,
    /// `reviewNote` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review_note: Option<String>,
    /// `reviewedAt` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `approvalChain` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approval_chain: Option<Vec<ApprovalStep>>,
    /// `currentStepIndex` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_step_index: Option<i64>,
    /// `currentApproverIds` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_approver_ids: Option<Vec<String>>,
}

crate::values::object_only!(TimeOffRequest);

/// Returned by [`Client::get_time_off_requests`](crate::Client::get_time_off_requests).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct TimeOffRequestListResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requests: Option<Vec<TimeOffRequest>>,
}

crate::values::object_only!(TimeOffRequestListResponse);

/// Returned by [`Client::get_time_off_request`](crate::Client::get_time_off_request).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct TimeOffRequestResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request: Option<TimeOffRequest>,
}

crate::values::object_only!(TimeOffRequestResponse);

/// Request body of [`Client::approve_time_off_request`](crate::Client::approve_time_off_request).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct ReviewTimeOffRequest {
    /// Roblox id of the reviewer
    ///
    /// `actorId` on the wire.
    pub actor_id: String,
    /// Optional review note
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

crate::values::object_only!(ReviewTimeOffRequest);

/// Item of [`Team::roles`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct TeamRole {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether this role has manager-level permissions over the team
    ///
    /// `isLead` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_lead: Option<bool>,
    /// `robloxRoleId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roblox_role_id: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(TeamRole);

/// Item of [`TeamListResponse::teams`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct Team {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Parent team id; `null` for a top-level team
    ///
    /// `parentTeamId` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_team_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<TeamRole>>,
    /// `syncedDepartments` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub synced_departments: Option<Vec<String>>,
    /// `autoSyncEnabled` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_sync_enabled: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// `createdBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// `updatedAt` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(Team);

/// Item of [`TeamResponse::members`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct TeamMember {
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// `roleId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_id: Option<String>,
    /// `roleName` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_name: Option<String>,
    /// `isLead` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_lead: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(TeamMember);

/// Item of [`UserTeamListResponse::teams`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct UserTeamMembership {
    /// `teamId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team_id: Option<String>,
    /// `teamName` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team_name: Option<String>,
    /// `roleId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_id: Option<String>,
    /// `roleName` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_name: Option<String>,
    /// `isLead` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_lead: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(UserTeamMembership);

/// Returned by [`Client::get_teams`](crate::Client::get_teams).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct TeamListResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub teams: Option<Vec<Team>>,
}

crate::values::object_only!(TeamListResponse);

/// Returned by [`Client::get_team`](crate::Client::get_team).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct TeamResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team: Option<Team>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<TeamMember>>,
}

crate::values::object_only!(TeamResponse);

/// Returned by [`Client::get_user_teams`](crate::Client::get_user_teams).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct UserTeamListResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub teams: Option<Vec<UserTeamMembership>>,
}

crate::values::object_only!(UserTeamListResponse);

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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct PromotionRequestVote {
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vote: Option<PromotionRequestVoteVote>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(PromotionRequestVote);

/// Item of [`PromotionRequest::comments`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct PromotionRequestComment {
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(PromotionRequestComment);

/// Item of [`PromotionRequestListResponse::requests`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct PromotionRequest {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `targetUserId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_user_id: Option<String>,
    /// `targetUserName` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_user_name: Option<String>,
    /// `currentRoleId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_role_id: Option<i64>,
    /// `currentRoleName` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_role_name: Option<String>,
    /// `requestedRoleId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested_role_id: Option<i64>,
    /// `requestedRoleName` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested_role_name: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<String>>,
    /// `requestedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested_by: Option<String>,
    /// `requestedByName` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested_by_name: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<PromotionRequestStatus>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub votes: Option<Vec<PromotionRequestVote>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<Vec<PromotionRequestComment>>,
    /// `closedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closed_by: Option<String>,
    /// `closeComment` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub close_comment: Option<String>,
    /// `rankedTo` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ranked_to: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// `closedAt` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closed_at: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(PromotionRequest);

/// Returned by [`Client::get_promotion_requests`](crate::Client::get_promotion_requests).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct PromotionRequestListResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requests: Option<Vec<PromotionRequest>>,
}

crate::values::object_only!(PromotionRequestListResponse);

/// Returned by [`Client::get_promotion_request`](crate::Client::get_promotion_request).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct PromotionRequestResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request: Option<PromotionRequest>,
}

crate::values::object_only!(PromotionRequestResponse);

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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct CallMessage {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<CallMessageOrigin>,
    /// `sentFrom` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sent_from: Option<CallMessageSentFrom>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(CallMessage);

/// The value of the [`CallClosed::CallClosedInfo`] variant.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct CallClosedInfo {
    /// Name of whoever closed the call
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Close reason; the server also uses `closedByUser`, `userLeft` and `serverClosed`
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    /// `serverAcknowledged` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server_acknowledged: Option<bool>,
}

crate::values::object_only!(CallClosedInfo);

/// An in-game support call
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct Call {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `runningGameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub running_game_id: Option<String>,
    /// `gameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game_id: Option<i64>,
    /// `placeId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place_id: Option<i64>,
    /// `discordChannelId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discord_channel_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CallType>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<CallStatus>,
    /// Roblox id of the agent who claimed the call
    ///
    /// `claimedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed_by: Option<i64>,
    /// `callerId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller_id: Option<i64>,
    /// `reportedUser` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reported_user: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<CallMessage>>,
    /// `false` while the call is open, otherwise the close details
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closed: Option<CallClosed>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(Call);

/// Returned by [`Client::list_calls`](crate::Client::list_calls).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct CallListResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub calls: Option<Vec<Call>>,
}

crate::values::object_only!(CallListResponse);

/// Returned by [`Client::get_call`](crate::Client::get_call).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct CallResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call: Option<Call>,
    /// The running game server the call came from, if it is still tracked
    ///
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server: Option<RunningGame>,
}

crate::values::object_only!(CallResponse);

/// Returned by [`Client::read_call_messages`](crate::Client::read_call_messages).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct CallMessagesResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<CallStatus>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<CallMessage>>,
}

crate::values::object_only!(CallMessagesResponse);

/// Request body of [`Client::claim_call`](crate::Client::claim_call).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct ClaimCallRequest {
    /// Roblox id of the staff member claiming the call
    ///
    /// `actorId` on the wire.
    pub actor_id: String,
}

crate::values::object_only!(ClaimCallRequest);

/// Request body of [`Client::send_call_message`](crate::Client::send_call_message).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SendCallMessageRequest {
    /// Roblox id of the staff member sending the message
    ///
    /// `actorId` on the wire.
    pub actor_id: String,
    /// Message text
    pub message: String,
}

crate::values::object_only!(SendCallMessageRequest);

/// Returned by [`Client::send_call_message`](crate::Client::send_call_message).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SendCallMessageResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<CallMessage>,
}

crate::values::object_only!(SendCallMessageResponse);

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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct OrderItem {
    /// `productId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `unitPrice` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_price: Option<f64>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
}

crate::values::object_only!(OrderItem);

/// Item of [`Order::log`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct OrderLogEvent {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<OrderStatus>,
    /// `userId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    /// `idempotencyKey` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
}

crate::values::object_only!(OrderLogEvent);

/// The type of [`OrderResponse::order`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct Order {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distribution: Option<i64>,
    /// `gameId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game_id: Option<String>,
    /// `placeId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place_id: Option<String>,
    /// `schemaVersion` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema_version: Option<i64>,
    /// `customerId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
    /// `cashierId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cashier_id: Option<String>,
    /// `preparedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prepared_by: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<OrderSource>,
    /// `queueId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
    /// `orderNumber` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_number: Option<i64>,
    /// `idempotencyKey` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<OrderItem>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<f64>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<OrderStatus>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log: Option<Vec<OrderLogEvent>>,
    /// `involvedUsers` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub involved_users: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// `lastModified` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prepared: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finished: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(Order);

/// Item of [`CreateOrderRequest::items`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct OrderItemInput {
    /// `productId` on the wire.
    pub product_id: String,
    /// The `quantity` property.
    pub quantity: i64,
}

crate::values::object_only!(OrderItemInput);

/// Request body of [`Client::create_order`](crate::Client::create_order).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cashier_id: Option<String>,
    /// The server's default is `api`.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<CreateOrderRequestSource>,
    /// `queueId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
    /// The `items` property.
    pub items: Vec<OrderItemInput>,
    /// `instantComplete` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instant_complete: Option<bool>,
    /// `gameId` on the wire.
    pub game_id: String,
    /// `placeId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place_id: Option<String>,
}

crate::values::object_only!(CreateOrderRequest);

/// Request body of [`Client::transition_order`](crate::Client::transition_order).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct TransitionOrderRequest {
    /// `idempotencyKey` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
    /// The `action` property.
    pub action: OrderAction,
    /// Roblox id of the staff member performing the action
    ///
    /// `actorId` on the wire.
    pub actor_id: String,
}

crate::values::object_only!(TransitionOrderRequest);

/// Returned by [`Client::create_order`](crate::Client::create_order).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct OrderResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<Order>,
}

crate::values::object_only!(OrderResponse);

/// Returned by [`Client::list_orders`](crate::Client::list_orders).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct OrderListResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub orders: Option<Vec<Order>>,
    /// `nextCursor` on the wire.
    ///
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

crate::values::object_only!(OrderListResponse);

/// Item of [`ProductCatalogResponse::products`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct Product {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// `imageAssetId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_asset_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    /// `categoryId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category_id: Option<String>,
    /// `toolName` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_name: Option<String>,
    /// `barcodeId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub barcode_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queues: Option<Vec<String>>,
    /// `sortOrder` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<i64>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub archived: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// `createdBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// `lastModified` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<chrono::DateTime<chrono::Utc>>,
    /// `lastModifiedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_modified_by: Option<String>,
}

crate::values::object_only!(Product);

/// Item of [`ProductCatalogResponse::categories`].
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct ProductCategory {
    /// `_id` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `groupId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `sortOrder` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<i64>,
    /// `routeToBoardTags` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub route_to_board_tags: Option<Vec<String>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// `createdBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    /// `lastModified` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<chrono::DateTime<chrono::Utc>>,
    /// `lastModifiedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_modified_by: Option<String>,
}

crate::values::object_only!(ProductCategory);

/// Returned by [`Client::get_products`](crate::Client::get_products).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct ProductCatalogResponse {
    /// `catalogVersion` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub catalog_version: Option<i64>,
    /// `upToDate` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub up_to_date: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub products: Option<Vec<Product>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<ProductCategory>>,
}

crate::values::object_only!(ProductCatalogResponse);

/// Returned by [`Client::get_pos_bootstrap`](crate::Client::get_pos_bootstrap).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct PosBootstrapResponse {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub products: Option<Vec<Product>>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<ProductCategory>>,
    /// Resolved POS configuration for the game
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<serde_json::Map<String, serde_json::Value>>,
    /// `deviceProfiles` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_profiles: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// `catalogVersion` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub catalog_version: Option<i64>,
}

crate::values::object_only!(PosBootstrapResponse);

/// Error body of [`Client::get_pos_bootstrap`](crate::Client::get_pos_bootstrap) (Forbidden).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct OrdersErrorResponse {
    /// The `error` property.
    pub error: OrdersErrorResponseError,
}

crate::values::object_only!(OrdersErrorResponse);

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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceOwner {
    /// `reAdminId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub re_admin_id: Option<String>,
    /// `robloxId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roblox_id: Option<String>,
}

crate::values::object_only!(WorkspaceOwner);

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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct WorkspacePremium {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is: Option<bool>,
    /// `subscriptionId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_id: Option<String>,
    /// `planType` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan_type: Option<WorkspacePremiumPlanType>,
    /// `managedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub managed_by: Option<WorkspacePremiumManagedBy>,
}

crate::values::object_only!(WorkspacePremium);

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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct WorkspacePremiumManagedBy {
    /// `robloxId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roblox_id: Option<String>,
    /// `customerId` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
}

crate::values::object_only!(WorkspacePremiumManagedBy);

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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceBanStatus {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// `bannedBy` on the wire.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub banned_by: Option<String>,
}

crate::values::object_only!(WorkspaceBanStatus);

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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct GameImages {
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<String>,
}

crate::values::object_only!(GameImages);

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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct OrdersErrorResponseError {
    /// Machine-readable error code, e.g. `module_disabled`, `invalid_body`, `not_found`, `conflict`
    pub code: String,
    /// The `message` property.
    pub message: String,
}

crate::values::object_only!(OrdersErrorResponseError);

/// Error body of [`Client::get_ranking_key`](crate::Client::get_ranking_key) (BadRequest).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct BadRequest {
    /// The server's default is `false`.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

crate::values::object_only!(BadRequest);

/// Error body of [`Client::get_ranking_key`](crate::Client::get_ranking_key) (InternalServerError).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct ServerError {
    /// The server's default is `false`.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

crate::values::object_only!(ServerError);

/// Error body of [`Client::put_role`](crate::Client::put_role) (NotFound).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct NotFound {
    /// The server's default is `false`.
    ///
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing; left out when `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

crate::values::object_only!(NotFound);

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
