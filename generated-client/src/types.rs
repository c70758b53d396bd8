// @generated from the API's OpenAPI document; do not edit by hand.
//! Types for the schemas of the document.

use crate::runtime::ParamValue;
use std::borrow::Cow;
use std::collections::BTreeMap;
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct EndCallRequest {
    /// Roblox id of the staff member ending the call
    pub actor_id: String,
    /// Optional close reason
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

crate::values::object_only!(EndCallRequest);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SuccessResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
}

crate::values::object_only!(SuccessResponse);

/// A group role the ranking key may rank users to
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct AllowedRank {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
}

crate::values::object_only!(AllowedRank);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct RankingKeyInfo {
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub underscore_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Always `false`; the secret key is never returned
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ranking_enabled: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed_ranks: Option<Vec<AllowedRank>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_shouting: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_join_request_management: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enable_exile: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(RankingKeyInfo);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct RankingKeyInfoResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_info: Option<RankingKeyInfo>,
}

crate::values::object_only!(RankingKeyInfoResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct RankingActionResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

crate::values::object_only!(RankingActionResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct AcceptJoinRequestResponse {
    /// The server's default is `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_time: Option<chrono::DateTime<chrono::Utc>>,
    /// Resource path of the requesting user, e.g. `users/{userId}`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
}

crate::values::object_only!(JoinRequest);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct JoinRequestsPage {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_join_requests: Option<Vec<JoinRequest>>,
    /// Token for the next page; empty when there are no more pages
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_page_token: Option<String>,
}

crate::values::object_only!(JoinRequestsPage);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct ShoutRequest {
    /// The shout message to post to the group
    pub message: String,
}

crate::values::object_only!(ShoutRequest);

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
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<StaffHistoryType>,
    /// Declared as boolean in the ReAdmin docs; the server stores the user's Roblox id here.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disciplinarian_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank_to: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank_from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ended: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ended_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pending_approval: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approved_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distribution: Option<i64>,
}

crate::values::object_only!(StaffHistoryItem);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct StaffHistoryListResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub history: Option<Vec<StaffHistoryItem>>,
}

crate::values::object_only!(StaffHistoryListResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct StaffHistoryResponse {
    pub success: bool,
    pub history: StaffHistoryItem,
}

crate::values::object_only!(StaffHistoryResponse);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct CreateStaffHistoryRequest {
    /// Roblox id of the staff member performing the action
    pub actioning_user: String,
    /// Roblox id of the staff member the history entry is about
    pub user_id: String,
    pub reason: String,
    pub r#type: StaffHistoryType,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify: Option<bool>,
    /// Role to rank the user to (promotions)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_in_days: Option<f64>,
    #[serde(rename = "approval_required")]
    pub approval_required: bool,
}

crate::values::object_only!(CreateStaffHistoryRequest);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct Workspace {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<WorkspaceOwner>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_sync_role: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub loader_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_distribution: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distribution_period: Option<WorkspaceDistributionPeriod>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distribution_d_ms: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub premium: Option<WorkspacePremium>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<WorkspaceTagsItem>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub syncing: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_synced: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracked_staff: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub brand_color: Option<WorkspaceBrandColor>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub override_role_maximum_size: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ban_status: Option<WorkspaceBanStatus>,
}

crate::values::object_only!(Workspace);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct ActivityMinutes {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inactive: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub typing: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<f64>,
}

crate::values::object_only!(ActivityMinutes);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct GoalProgress {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub met_goal: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub percentage: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goal: Option<f64>,
}

crate::values::object_only!(GoalProgress);

/// Progress towards one activity requirement, per requirement type
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct DistributionGoal {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minutes: Option<GoalProgress>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active_minutes: Option<GoalProgress>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum_messages: Option<GoalProgress>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minimum_sessions: Option<GoalProgress>,
}

crate::values::object_only!(DistributionGoal);

/// A staff member's activity summary for one distribution period
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct DistributionSummary {
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distribution: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sessions: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minutes: Option<ActivityMinutes>,
    /// Goal progress keyed by activity requirement id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub goals: Option<BTreeMap<String, DistributionGoal>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attended_sessions: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(DistributionSummary);

/// One tracked in-game session of a user
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct UserGameSession {
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub internal_game_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub staff: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_game: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distribution: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minutes: Option<ActivityMinutes>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub started: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ended: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(UserGameSession);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct LeaderboardResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub leaderboard: Option<Vec<DistributionSummary>>,
}

crate::values::object_only!(LeaderboardResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct UserMinutesResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// 1-based position of the user on the workspace leaderboard
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace_position: Option<i64>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<DistributionSummary>,
}

crate::values::object_only!(UserMinutesResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct UserActivityResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<DistributionSummary>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_users: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min_rank: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim_once: Option<bool>,
}

crate::values::object_only!(SessionRole);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionRoleGroup {
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub underscore_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<SessionRole>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub used_by: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(SessionRoleGroup);

/// When sessions of a template are created
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SessionSchedule {
    Daily(DailySessionSchedule),
    Weekly(WeeklySessionSchedule),
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct DailySessionSchedule {
    pub r#type: DailySessionScheduleType,
    pub hour: i64,
    pub minute: i64,
}

crate::values::object_only!(DailySessionSchedule);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct WeeklySessionSchedule {
    pub r#type: WeeklySessionScheduleType,
    pub day: WeeklySessionScheduleDay,
    pub hour: i64,
    pub minute: i64,
}

crate::values::object_only!(WeeklySessionSchedule);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct NoSessionSchedule {
    pub r#type: NoSessionScheduleType,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hour: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub minute: Option<i64>,
}

crate::values::object_only!(NoSessionSchedule);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionTemplate {
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub underscore_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Ids of the role groups that can be claimed
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schedule: Option<SessionSchedule>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub appears_minutes_before: Option<i64>,
    /// Duration in minutes
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_duration: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub create_discord_event: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(SessionTemplate);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionClaim {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed_role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<UserState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed_at: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim_id: Option<String>,
}

crate::values::object_only!(SessionClaim);

/// A claim in the array form of `SessionServer.claims`
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionClaimEntry {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed_role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<UserState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed_at: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim_id: Option<String>,
    pub user_id: String,
}

crate::values::object_only!(SessionClaimEntry);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionAttendee {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<UserState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub added_by: Option<String>,
}

crate::values::object_only!(SessionAttendee);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionServer {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linked_to_server: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linked_server_re_admin_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linked_server_job_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linked_by_user: Option<String>,
    /// Claims on this server: either a map keyed by Roblox user id (legacy form) or an array of claims carrying their own `userId`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claims: Option<SessionServerClaims>,
    /// Attendees keyed by Roblox user id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attendees: Option<BTreeMap<String, SessionAttendee>>,
}

crate::values::object_only!(SessionServer);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionComment {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleteable: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(SessionComment);

/// A session as stored by ReAdmin (v1 API)
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct Session {
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub underscore_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template_id: Option<String>,
    /// Roblox ids of users holding a claim
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claims: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attendees: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<Vec<SessionComment>>,
    /// Session servers keyed by server id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub servers: Option<BTreeMap<String, SessionServer>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_claiming_system: Option<bool>,
    /// Start time
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify_time: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    #[serde(rename = "sentDMS", skip_serializing_if = "Option::is_none")]
    pub sent_dms: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sent_start_message: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sent_end_message: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub one_off_session: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template: Option<SessionTemplate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_discord_event: Option<bool>,
}

crate::values::object_only!(Session);

/// A Roblox game tracked by the workspace
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct Game {
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    /// Universe id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub viewable: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub images: Option<GameImages>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_seen: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(Game);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct UpcomingSession {
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub underscore_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template_id: Option<String>,
    /// Roblox ids of users holding a claim
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claims: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attendees: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<Vec<SessionComment>>,
    /// Session servers keyed by server id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub servers: Option<BTreeMap<String, SessionServer>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_claiming_system: Option<bool>,
    /// Start time
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify_time: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    #[serde(rename = "sentDMS", skip_serializing_if = "Option::is_none")]
    pub sent_dms: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sent_start_message: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sent_end_message: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub one_off_session: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template: Option<SessionTemplate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_discord_event: Option<bool>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game: Option<Game>,
}

crate::values::object_only!(UpcomingSession);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SessionRolesResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<SessionRoleGroup>>,
}

crate::values::object_only!(SessionRolesResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SessionsResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sessions: Option<Vec<Session>>,
}

crate::values::object_only!(SessionsResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct UpcomingSessionsResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sessions: Option<Vec<UpcomingSession>>,
}

crate::values::object_only!(UpcomingSessionsResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SessionResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session: Option<Session>,
}

crate::values::object_only!(SessionResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct CreateSessionServerResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_server_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session: Option<Session>,
}

crate::values::object_only!(CreateSessionServerResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct ClaimSessionServerRoleRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// Id of the session role group
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_id: Option<String>,
    /// Id of the role inside the role group
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subrole_id: Option<String>,
}

crate::values::object_only!(ClaimSessionServerRoleRequest);

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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionV2Game {
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game_id: Option<i64>,
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionV2Claim {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_id: Option<String>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<UserState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim_id: Option<String>,
}

crate::values::object_only!(SessionV2Claim);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionV2Attendee {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<UserState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub added_by: Option<String>,
}

crate::values::object_only!(SessionV2Attendee);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionV2Server {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linked: Option<bool>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linked_server_id: Option<String>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linked_job_id: Option<String>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linked_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claims: Option<Vec<SessionV2Claim>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attendees: Option<Vec<SessionV2Attendee>>,
}

crate::values::object_only!(SessionV2Server);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SessionV2Counts {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub servers: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claims: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attendees: Option<i64>,
}

crate::values::object_only!(SessionV2Counts);

/// A fully-normalized session
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SessionV2 {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<SessionStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starts_at: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<i64>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub appears_at: Option<chrono::DateTime<chrono::Utc>>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub template_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub one_off: Option<bool>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game: Option<SessionV2Game>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_group_ids: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub servers: Option<Vec<SessionV2Server>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counts: Option<SessionV2Counts>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_at: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(SessionV2);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct CursorPagination {
    /// Total number of matching items
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// Number of items in this page
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub has_more: Option<bool>,
    /// Cursor for the next page; `null` when there are no more results
    ///
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

crate::values::object_only!(CursorPagination);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SessionV2ListResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<SessionV2>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pagination: Option<CursorPagination>,
}

crate::values::object_only!(SessionV2ListResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SessionV2Response {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<SessionV2>,
}

crate::values::object_only!(SessionV2Response);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SessionV2RoleGroup {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<SessionRole>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(SessionV2RoleGroup);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SessionV2RoleGroupListResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<Vec<SessionV2RoleGroup>>,
}

crate::values::object_only!(SessionV2RoleGroupListResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct CreateSessionV2ServerRequest {
    /// Optional display name for the server
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
}

crate::values::object_only!(CreateSessionV2ServerRequest);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SessionV2ServerResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<SessionV2Server>,
}

crate::values::object_only!(SessionV2ServerResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct ClaimSessionV2RoleRequest {
    /// Roblox id of the user claiming the role
    pub user_id: String,
    /// Id of the session role group
    pub role_group_id: String,
    /// Id of the role inside the role group
    pub role_id: String,
}

crate::values::object_only!(ClaimSessionV2RoleRequest);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SessionV2ClaimResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub data: Option<SessionV2Claim>,
}

crate::values::object_only!(SessionV2ClaimResponse);

/// Workspace bans
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceBan {
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub disciplinarian_id: Option<String>,
    /// Declared as string in the ReAdmin docs; the server stores a boolean.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active: Option<String>,
    /// Declared as boolean in the ReAdmin docs; the server stores the creation date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<bool>,
    pub expires: String,
}

crate::values::object_only!(WorkspaceBan);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct WorkspaceBansResponse {
    pub success: bool,
    pub bans: Vec<WorkspaceBan>,
}

crate::values::object_only!(WorkspaceBansResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct WorkspaceBanResponse {
    pub success: bool,
    pub ban: WorkspaceBan,
}

crate::values::object_only!(WorkspaceBanResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct CreateWorkspaceBanRequest {
    /// Roblox id of the user to ban
    pub user_id: String,
    pub reason: String,
    /// Roblox id of the staff member issuing the ban
    pub banned_by_user_id: String,
    /// Ban length in days; omit for a permanent ban
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
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub internal_game_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private_server_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub private_server_owner_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place_version: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub players: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_ping: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(RunningGame);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct RunningGamePlayer {
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub running_game_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_session_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub internal_game_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub platform: Option<PlayerPlatform>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_staff: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub captured_rank: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub captured_role: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub joined: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(RunningGamePlayer);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct RunningGamesResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub running_games: Option<Vec<RunningGame>>,
}

crate::values::object_only!(RunningGamesResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct RunningGameResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub running_game: Option<RunningGame>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub players: Option<Vec<RunningGamePlayer>>,
}

crate::values::object_only!(RunningGameResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct CreateServerRequest {
    pub game_id: f64,
    pub place_id: f64,
    pub job_id: String,
    pub private_server_id: String,
    pub private_server_owner_id: f64,
    pub place_version: String,
}

crate::values::object_only!(CreateServerRequest);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct CreateServerResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// Internal game id to send with later activity-tracker calls
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub running_game_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace: Option<Workspace>,
}

crate::values::object_only!(CreateServerResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct RunningServerRequest {
    /// Internal game id returned by `POST /activity/createServer`
    pub game_id: String,
}

crate::values::object_only!(RunningServerRequest);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct GetServerResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace: Option<Workspace>,
}

crate::values::object_only!(GetServerResponse);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct PlayerJoinRequest {
    /// Unique identifier for the player
    pub player_id: f64,
    pub platform: PlayerPlatform,
    /// Indicates if the player has safe chat enabled
    pub safechat: bool,
    /// Player's username
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// Timezone offset from UTC, in ISO 8601 format
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tz_offset: Option<String>,
    /// Internal game id returned by `POST /activity/createServer` (may also be sent as the `gameId` query parameter)
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game_id: Option<String>,
}

crate::values::object_only!(PlayerJoinRequest);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct PlayerJoinResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub banned: Option<bool>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_staff: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub running_player_id: Option<String>,
}

crate::values::object_only!(PlayerJoinResponse);

/// An activity event recorded in game
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SessionEvent {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}

crate::values::object_only!(SessionEvent);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct PlayerSessionIds {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub running_game_player: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_game_session: Option<String>,
}

crate::values::object_only!(PlayerSessionIds);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct PlayerLeaveRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_ids: Option<PlayerSessionIds>,
    pub player_id: f64,
    pub events: Vec<SessionEvent>,
    pub left_time: f64,
    /// Internal game id returned by `POST /activity/createServer`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game_id: Option<String>,
}

crate::values::object_only!(PlayerLeaveRequest);

/// A chat message sent by an in-game caller into a support call
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct ChatEvent {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ChatEventType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ticket_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Unix time in seconds
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<f64>,
}

crate::values::object_only!(ChatEvent);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SendDataRequest {
    /// Internal game id returned by `POST /activity/createServer`
    pub game_id: String,
    pub events: Vec<SessionEvent>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub chat_events: Option<Vec<ChatEvent>>,
    /// Players currently on the server, username keyed by user id
    #[serde(skip_serializing_if = "Option::is_none")]
    pub players: Option<BTreeMap<String, String>>,
}

crate::values::object_only!(SendDataRequest);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SendDataResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    /// Administrative actions queued for this server
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queued_actions: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    /// Support calls currently open on this server
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ongoing_chats: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
}

crate::values::object_only!(SendDataResponse);

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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct ApprovalStep {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub index: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approver_ids: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decided_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decided_at: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

crate::values::object_only!(ApprovalStep);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct TimeOffRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub starts: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ends: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<TimeOffStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewed_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub review_note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reviewed_at: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub approval_chain: Option<Vec<ApprovalStep>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_step_index: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_approver_ids: Option<Vec<String>>,
}

crate::values::object_only!(TimeOffRequest);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct TimeOffRequestListResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requests: Option<Vec<TimeOffRequest>>,
}

crate::values::object_only!(TimeOffRequestListResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct TimeOffRequestResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request: Option<TimeOffRequest>,
}

crate::values::object_only!(TimeOffRequestResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct ReviewTimeOffRequest {
    /// Roblox id of the reviewer
    pub actor_id: String,
    /// Optional review note
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

crate::values::object_only!(ReviewTimeOffRequest);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct TeamRole {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether this role has manager-level permissions over the team
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_lead: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roblox_role_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(TeamRole);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct Team {
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Parent team id; `null` for a top-level team
    ///
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_team_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<TeamRole>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub synced_departments: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auto_sync_enabled: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(Team);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct TeamMember {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_id: Option<String>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_lead: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(TeamMember);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct UserTeamMembership {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team_id: Option<String>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_id: Option<String>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_lead: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(UserTeamMembership);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct TeamListResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub teams: Option<Vec<Team>>,
}

crate::values::object_only!(TeamListResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct TeamResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub team: Option<Team>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<TeamMember>>,
}

crate::values::object_only!(TeamResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct UserTeamListResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub teams: Option<Vec<UserTeamMembership>>,
}

crate::values::object_only!(UserTeamListResponse);

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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct PromotionRequestVote {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub vote: Option<PromotionRequestVoteVote>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(PromotionRequestVote);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct PromotionRequestComment {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(PromotionRequestComment);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct PromotionRequest {
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target_user_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_role_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_role_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested_role_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested_role_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attachments: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requested_by_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<PromotionRequestStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub votes: Option<Vec<PromotionRequestVote>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<Vec<PromotionRequestComment>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closed_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub close_comment: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ranked_to: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closed_at: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(PromotionRequest);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct PromotionRequestListResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requests: Option<Vec<PromotionRequest>>,
}

crate::values::object_only!(PromotionRequestListResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct PromotionRequestResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request: Option<PromotionRequest>,
}

crate::values::object_only!(PromotionRequestResponse);

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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct CallMessage {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<CallMessageOrigin>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sent_from: Option<CallMessageSentFrom>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(CallMessage);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct CallClosedInfo {
    /// Name of whoever closed the call
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Close reason; the server also uses `closedByUser`, `userLeft` and `serverClosed`
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server_acknowledged: Option<bool>,
}

crate::values::object_only!(CallClosedInfo);

/// An in-game support call
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct Call {
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub running_game_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub discord_channel_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CallType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<CallStatus>,
    /// Roblox id of the agent who claimed the call
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed_by: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub caller_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reported_user: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<CallMessage>>,
    /// `false` while the call is open, otherwise the close details
    #[serde(skip_serializing_if = "Option::is_none")]
    pub closed: Option<CallClosed>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(Call);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct CallListResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub calls: Option<Vec<Call>>,
}

crate::values::object_only!(CallListResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct CallResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub call: Option<Call>,
    /// The running game server the call came from, if it is still tracked
    ///
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server: Option<RunningGame>,
}

crate::values::object_only!(CallResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct CallMessagesResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<CallStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub messages: Option<Vec<CallMessage>>,
}

crate::values::object_only!(CallMessagesResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct ClaimCallRequest {
    /// Roblox id of the staff member claiming the call
    pub actor_id: String,
}

crate::values::object_only!(ClaimCallRequest);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct SendCallMessageRequest {
    /// Roblox id of the staff member sending the message
    pub actor_id: String,
    /// Message text
    pub message: String,
}

crate::values::object_only!(SendCallMessageRequest);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct SendCallMessageResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub message: Option<CallMessage>,
}

crate::values::object_only!(SendCallMessageResponse);

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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub product_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit_price: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<i64>,
}

crate::values::object_only!(OrderItem);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct OrderLogEvent {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<OrderStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
}

crate::values::object_only!(OrderLogEvent);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct Order {
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distribution: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub game_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema_version: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cashier_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prepared_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<OrderSource>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_number: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<OrderItem>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub total: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<OrderStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub log: Option<Vec<OrderLogEvent>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub involved_users: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prepared: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub finished: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub completed: Option<chrono::DateTime<chrono::Utc>>,
}

crate::values::object_only!(Order);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct OrderItemInput {
    pub product_id: String,
    pub quantity: i64,
}

crate::values::object_only!(OrderItemInput);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct CreateOrderRequest {
    pub idempotency_key: String,
    /// Roblox id of the customer
    pub customer_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cashier_id: Option<String>,
    /// The server's default is `api`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<CreateOrderRequestSource>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queue_id: Option<String>,
    pub items: Vec<OrderItemInput>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub instant_complete: Option<bool>,
    pub game_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place_id: Option<String>,
}

crate::values::object_only!(CreateOrderRequest);

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct TransitionOrderRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub idempotency_key: Option<String>,
    pub action: OrderAction,
    /// Roblox id of the staff member performing the action
    pub actor_id: String,
}

crate::values::object_only!(TransitionOrderRequest);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct OrderResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order: Option<Order>,
}

crate::values::object_only!(OrderResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct OrderListResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub orders: Option<Vec<Order>>,
    /// `None` when the property is missing or `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_cursor: Option<String>,
}

crate::values::object_only!(OrderListResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct Product {
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_asset_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub price: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tool_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub barcode_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub queues: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub archived: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_modified_by: Option<String>,
}

crate::values::object_only!(Product);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct ProductCategory {
    #[serde(rename = "_id", skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sort_order: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub route_to_board_tags: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<chrono::DateTime<chrono::Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_modified_by: Option<String>,
}

crate::values::object_only!(ProductCategory);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct ProductCatalogResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub catalog_version: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub up_to_date: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub products: Option<Vec<Product>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<ProductCategory>>,
}

crate::values::object_only!(ProductCatalogResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct PosBootstrapResponse {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub products: Option<Vec<Product>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<ProductCategory>>,
    /// Resolved POS configuration for the game
    #[serde(skip_serializing_if = "Option::is_none")]
    pub config: Option<serde_json::Map<String, serde_json::Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_profiles: Option<Vec<serde_json::Map<String, serde_json::Value>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub catalog_version: Option<i64>,
}

crate::values::object_only!(PosBootstrapResponse);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct OrdersErrorResponse {
    pub error: OrdersErrorResponseError,
}

crate::values::object_only!(OrdersErrorResponse);

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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceOwner {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub re_admin_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roblox_id: Option<String>,
}

crate::values::object_only!(WorkspaceOwner);

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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct WorkspacePremium {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan_type: Option<WorkspacePremiumPlanType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub managed_by: Option<WorkspacePremiumManagedBy>,
}

crate::values::object_only!(WorkspacePremium);

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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct WorkspacePremiumManagedBy {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub roblox_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
}

crate::values::object_only!(WorkspacePremiumManagedBy);

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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceBanStatus {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub banned_by: Option<String>,
}

crate::values::object_only!(WorkspaceBanStatus);

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
    Map(BTreeMap<String, SessionClaim>),
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct GameImages {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<String>,
}

crate::values::object_only!(GameImages);

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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct OrdersErrorResponseError {
    /// Machine-readable error code, e.g. `module_disabled`, `invalid_body`, `not_found`, `conflict`
    pub code: String,
    pub message: String,
}

crate::values::object_only!(OrdersErrorResponseError);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct BadRequest {
    /// The server's default is `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

crate::values::object_only!(BadRequest);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct ServerError {
    /// The server's default is `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

crate::values::object_only!(ServerError);

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(remote = "Self")]
pub struct NotFound {
    /// The server's default is `false`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

crate::values::object_only!(NotFound);

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
