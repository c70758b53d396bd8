// @generated from the API's OpenAPI document; do not edit by hand.
//! One method per operation on [`Client`], each returning a request
//! builder: set optional parameters, then `.await` it (or call `send`).

use crate::runtime::{
    push_path_param, call_options, Client, Error, HeaderMap, InvalidRequest, Method,
    Request, RequestOptions, Response, ResponseFuture,
};
use std::future::IntoFuture;
use crate::client::*;
use crate::types::*;

impl Client {
    /// Get information about the ranking key
    ///
    /// Returns the configuration of the ranking key sent in the `api-key` header. The secret key itself is never returned (`key` is always `false`) and `allowedRanks` is resolved to the group roles the key may rank users to.
    ///
    /// `GET /ranking`
    ///
    /// Authentication: `api-key`.
    ///
    /// Returns a [`Response`](crate::Response) of [`RankingKeyInfoResponse`](crate::types::RankingKeyInfoResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetRankingKeyError`](crate::operations::GetRankingKeyError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_ranking_key(&self) -> GetRankingKey<'_> {
        GetRankingKey {
            client: self,
            options: RequestOptions::default(),
        }
    }

    /// Change user rank
    ///
    /// Ranks a group member to the given role. `rankId` may be either the Roblox role id or the role's rank number; the role must be one of the key's allowed ranks.
    ///
    /// `PUT /ranking/users/{userId}/role/{rankId}`
    ///
    /// Authentication: `api-key`.
    ///
    /// Returns a [`Response`](crate::Response) of [`RankingActionResponse`](crate::types::RankingActionResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`PutRoleError`](crate::operations::PutRoleError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn put_role(
        &self,
        user_id: impl Into<String>,
        rank_id: impl Into<String>,
    ) -> PutRole<'_> {
        PutRole {
            client: self,
            user_id: user_id.into(),
            rank_id: rank_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Exile user
    ///
    /// Exiles (removes) the user from the Roblox group.
    ///
    /// `DELETE /ranking/users/{userId}`
    ///
    /// Authentication: `api-key`.
    ///
    /// Returns a [`Response`](crate::Response) of [`RankingActionResponse`](crate::types::RankingActionResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`DeleteUserError`](crate::operations::DeleteUserError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn delete_user(&self, user_id: impl Into<String>) -> DeleteUser<'_> {
        DeleteUser {
            client: self,
            user_id: user_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Get pending join requests
    ///
    /// Lists pending join requests for the group (up to 100 per page). The response is the Roblox Open Cloud join-request page; pass `nextPageToken` back as `cursor` to fetch the next page.
    ///
    /// `GET /ranking/join-requests`
    ///
    /// Authentication: `api-key`.
    ///
    /// Returns a [`Response`](crate::Response) of [`JoinRequestsPage`](crate::types::JoinRequestsPage) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetJoinRequestsError`](crate::operations::GetJoinRequestsError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_join_requests(&self) -> GetJoinRequests<'_> {
        GetJoinRequests {
            client: self,
            cursor: None,
            options: RequestOptions::default(),
        }
    }

    /// Decline join request
    ///
    /// `DELETE /ranking/join-requests/{userId}`
    ///
    /// Authentication: `api-key`.
    ///
    /// Returns a [`Response`](crate::Response) of [`RankingActionResponse`](crate::types::RankingActionResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`DeleteJoinRequestError`](crate::operations::DeleteJoinRequestError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn delete_join_request(
        &self,
        user_id: impl Into<String>,
    ) -> DeleteJoinRequest<'_> {
        DeleteJoinRequest {
            client: self,
            user_id: user_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Accept join request
    ///
    /// `PATCH /ranking/join-requests/{userId}`
    ///
    /// Authentication: `api-key`.
    ///
    /// Returns a [`Response`](crate::Response) of [`AcceptJoinRequestResponse`](crate::types::AcceptJoinRequestResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`PatchJoinRequestError`](crate::operations::PatchJoinRequestError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn patch_join_request(
        &self,
        user_id: impl Into<String>,
    ) -> PatchJoinRequest<'_> {
        PatchJoinRequest {
            client: self,
            user_id: user_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Post a shout message
    ///
    /// `PATCH /ranking/shout`
    ///
    /// Authentication: `api-key`.
    ///
    /// Returns a [`Response`](crate::Response) of [`RankingActionResponse`](crate::types::RankingActionResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`PatchShoutError`](crate::operations::PatchShoutError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn patch_shout(&self, body: ShoutRequest) -> PatchShout<'_> {
        PatchShout {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get staff history
    ///
    /// `GET /staff/history`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`StaffHistoryListResponse`](crate::types::StaffHistoryListResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetStaffHistoryError`](crate::operations::GetStaffHistoryError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_staff_history(&self) -> GetStaffHistory<'_> {
        GetStaffHistory {
            client: self,
            options: RequestOptions::default(),
        }
    }

    /// Create a staff history
    ///
    /// `POST /staff/history`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`StaffHistoryResponse`](crate::types::StaffHistoryResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`PostStaffHistoryError`](crate::operations::PostStaffHistoryError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn post_staff_history(
        &self,
        body: CreateStaffHistoryRequest,
    ) -> PostStaffHistory<'_> {
        PostStaffHistory {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get workspace information
    ///
    /// `GET /activity/workspace`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`Workspace`](crate::types::Workspace) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetWorkspaceError`](crate::operations::GetWorkspaceError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_workspace(&self) -> GetWorkspace<'_> {
        GetWorkspace {
            client: self,
            options: RequestOptions::default(),
        }
    }

    /// Get leaderboard for workspace
    ///
    /// Returns the top 50 staff members of the current distribution period, ordered by total minutes (descending).
    ///
    /// `GET /activity/workspace/leaderboard`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`LeaderboardResponse`](crate::types::LeaderboardResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetWorkspaceLeaderboardError`](crate::operations::GetWorkspaceLeaderboardError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_workspace_leaderboard(&self) -> GetWorkspaceLeaderboard<'_> {
        GetWorkspaceLeaderboard {
            client: self,
            options: RequestOptions::default(),
        }
    }

    /// Get user minutes in workspace
    ///
    /// Returns a staff member's activity summary for the current distribution period together with their position on the workspace leaderboard.
    ///
    /// `GET /activity/workspace/users/{userId}/minutes`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`UserMinutesResponse`](crate::types::UserMinutesResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetUserMinutesError`](crate::operations::GetUserMinutesError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_user_minutes(&self, user_id: impl Into<String>) -> GetUserMinutes<'_> {
        GetUserMinutes {
            client: self,
            user_id: user_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Get a user's activity
    ///
    /// Returns a staff member's distribution summary (minutes and goals) for the current distribution period plus their most recent game sessions.
    ///
    /// `GET /activity/workspace/users/{userId}/activity`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`UserActivityResponse`](crate::types::UserActivityResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetUserActivityError`](crate::operations::GetUserActivityError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_user_activity(&self, user_id: impl Into<String>) -> GetUserActivity<'_> {
        GetUserActivity {
            client: self,
            user_id: user_id.into(),
            limit: None,
            options: RequestOptions::default(),
        }
    }

    /// Get all roles for sessions
    ///
    /// `GET /sessions/roles`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`SessionRolesResponse`](crate::types::SessionRolesResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetSessionRolesError`](crate::operations::GetSessionRolesError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_session_roles(&self) -> GetSessionRoles<'_> {
        GetSessionRoles {
            client: self,
            options: RequestOptions::default(),
        }
    }

    /// Get all upcoming sessions
    ///
    /// Returns every session of the workspace that starts now or later, ordered by start date.
    ///
    /// `GET /sessions`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`SessionsResponse`](crate::types::SessionsResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetSessionsError`](crate::operations::GetSessionsError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_sessions(&self) -> GetSessions<'_> {
        GetSessions {
            client: self,
            options: RequestOptions::default(),
        }
    }

    /// Get sessions happening in the next 12 hours
    ///
    /// Returns today's sessions (created sessions plus not-yet-created sessions scheduled by templates, which carry `_id: notCreated`) that happen within the next 12 hours, each with its resolved game.
    ///
    /// `GET /sessions/upcoming`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`UpcomingSessionsResponse`](crate::types::UpcomingSessionsResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetUpcomingSessionsError`](crate::operations::GetUpcomingSessionsError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_upcoming_sessions(&self) -> GetUpcomingSessions<'_> {
        GetUpcomingSessions {
            client: self,
            options: RequestOptions::default(),
        }
    }

    /// Get a specific session by ID
    ///
    /// `GET /sessions/{sessionId}`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`SessionResponse`](crate::types::SessionResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetSessionByIdError`](crate::operations::GetSessionByIdError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_session_by_id(
        &self,
        session_id: impl Into<String>,
    ) -> GetSessionById<'_> {
        GetSessionById {
            client: self,
            session_id: session_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Create a server for a session
    ///
    /// `POST /sessions/{sessionId}/servers`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`CreateSessionServerResponse`](crate::types::CreateSessionServerResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`PostSessionServerError`](crate::operations::PostSessionServerError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn post_session_server(
        &self,
        session_id: impl Into<String>,
    ) -> PostSessionServer<'_> {
        PostSessionServer {
            client: self,
            session_id: session_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Claim a role for a session server
    ///
    /// `POST /sessions/{sessionId}/servers/{serverId}/roles`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`SuccessResponse`](crate::types::SuccessResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`PostSessionServerRoleError`](crate::operations::PostSessionServerRoleError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn post_session_server_role(
        &self,
        session_id: impl Into<String>,
        server_id: impl Into<String>,
        body: ClaimSessionServerRoleRequest,
    ) -> PostSessionServerRole<'_> {
        PostSessionServerRole {
            client: self,
            session_id: session_id.into(),
            server_id: server_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// List sessions
    ///
    /// Returns a filterable, cursor-paginated list of normalized sessions.
    ///
    /// `GET /sessions/v2`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`SessionV2ListResponse`](crate::types::SessionV2ListResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ListSessionsError`](crate::operations::ListSessionsError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn list_sessions(&self) -> ListSessions<'_> {
        ListSessions {
            client: self,
            status: None,
            template_id: None,
            from: None,
            to: None,
            order: None,
            limit: None,
            cursor: None,
            options: RequestOptions::default(),
        }
    }

    /// List role groups
    ///
    /// Returns the workspace's session role groups. Each group contains its claimable roles with their constraints.
    ///
    /// `GET /sessions/v2/roles`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`SessionV2RoleGroupListResponse`](crate::types::SessionV2RoleGroupListResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ListRoleGroupsError`](crate::operations::ListRoleGroupsError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn list_role_groups(&self) -> ListRoleGroups<'_> {
        ListRoleGroups {
            client: self,
            options: RequestOptions::default(),
        }
    }

    /// Get a session
    ///
    /// Returns a single fully-normalized session.
    ///
    /// `GET /sessions/v2/{sessionId}`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`SessionV2Response`](crate::types::SessionV2Response) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetSessionError`](crate::operations::GetSessionError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_session(&self, session_id: impl Into<String>) -> GetSession<'_> {
        GetSession {
            client: self,
            session_id: session_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Create a server
    ///
    /// Adds a server to a session and returns the new server in normalized form.
    ///
    /// `POST /sessions/v2/{sessionId}/servers`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`SessionV2ServerResponse`](crate::types::SessionV2ServerResponse) (`201`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`CreateSessionServerError`](crate::operations::CreateSessionServerError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn create_session_server(
        &self,
        session_id: impl Into<String>,
    ) -> CreateSessionServer<'_> {
        CreateSessionServer {
            client: self,
            session_id: session_id.into(),
            body: None,
            options: RequestOptions::default(),
        }
    }

    /// Claim a role
    ///
    /// Claims a role on a session server for a user and returns the normalized claim.
    ///
    /// `POST /sessions/v2/{sessionId}/servers/{serverId}/claims`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`SessionV2ClaimResponse`](crate::types::SessionV2ClaimResponse) (`201`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ClaimRoleError`](crate::operations::ClaimRoleError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn claim_role(
        &self,
        session_id: impl Into<String>,
        server_id: impl Into<String>,
        body: ClaimSessionV2RoleRequest,
    ) -> ClaimRole<'_> {
        ClaimRole {
            client: self,
            session_id: session_id.into(),
            server_id: server_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Release a claim
    ///
    /// Releases a user's claim on a session server. The session-level claim list is recomputed so a user is only listed while they still hold a claim on some server of the session.
    ///
    /// `DELETE /sessions/v2/{sessionId}/servers/{serverId}/claims/{userId}`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`SuccessResponse`](crate::types::SuccessResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ReleaseClaimError`](crate::operations::ReleaseClaimError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn release_claim(
        &self,
        session_id: impl Into<String>,
        server_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> ReleaseClaim<'_> {
        ReleaseClaim {
            client: self,
            session_id: session_id.into(),
            server_id: server_id.into(),
            user_id: user_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Get workspace bans
    ///
    /// `GET /games/bans`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`WorkspaceBansResponse`](crate::types::WorkspaceBansResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetWorkspaceBansError`](crate::operations::GetWorkspaceBansError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_workspace_bans(&self) -> GetWorkspaceBans<'_> {
        GetWorkspaceBans {
            client: self,
            options: RequestOptions::default(),
        }
    }

    /// Create a ban
    ///
    /// `POST /games/bans`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`WorkspaceBanResponse`](crate::types::WorkspaceBanResponse) (`201`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`PostWorkspaceBanError`](crate::operations::PostWorkspaceBanError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn post_workspace_ban(
        &self,
        body: CreateWorkspaceBanRequest,
    ) -> PostWorkspaceBan<'_> {
        PostWorkspaceBan {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Delete a workspace game ban
    ///
    /// Deactivates a workspace ban. `banId` may be the ban's id or the Roblox id of the banned user.
    ///
    /// `DELETE /games/bans/{banId}`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`WorkspaceBanResponse`](crate::types::WorkspaceBanResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`DeleteWorkspaceBanError`](crate::operations::DeleteWorkspaceBanError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn delete_workspace_ban(
        &self,
        ban_id: impl Into<String>,
    ) -> DeleteWorkspaceBan<'_> {
        DeleteWorkspaceBan {
            client: self,
            ban_id: ban_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Get running games
    ///
    /// Lists the game servers currently being tracked for the workspace.
    ///
    /// `GET /games/running`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`RunningGamesResponse`](crate::types::RunningGamesResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetRunningGamesError`](crate::operations::GetRunningGamesError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_running_games(&self) -> GetRunningGames<'_> {
        GetRunningGames {
            client: self,
            options: RequestOptions::default(),
        }
    }

    /// Get a running game
    ///
    /// Returns a single tracked game server together with the players currently in it.
    ///
    /// `GET /games/running/{internalGameId}`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`RunningGameResponse`](crate::types::RunningGameResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetRunningGameError`](crate::operations::GetRunningGameError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_running_game(
        &self,
        internal_game_id: impl Into<String>,
    ) -> GetRunningGame<'_> {
        GetRunningGame {
            client: self,
            internal_game_id: internal_game_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Create a new server
    ///
    /// Registers a running game server with ReAdmin when a game session starts. The returned `gameId` (internal game id) must be sent by the other activity-tracker endpoints. ReAdmin recommends using the ReAdmin Activity Tracking Module instead of calling this API directly.
    ///
    /// `POST /activity/createServer`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`CreateServerResponse`](crate::types::CreateServerResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`PostCreateServerError`](crate::operations::PostCreateServerError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn post_create_server(&self, body: CreateServerRequest) -> PostCreateServer<'_> {
        PostCreateServer {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get server information
    ///
    /// `POST /activity/getServer`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`GetServerResponse`](crate::types::GetServerResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`PostGetServerError`](crate::operations::PostGetServerError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn post_get_server(&self, body: RunningServerRequest) -> PostGetServer<'_> {
        PostGetServer {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// End a game session
    ///
    /// Ends a tracked game server: finalises the minutes of staff still in game and removes the running game and its players.
    ///
    /// `DELETE /activity/endServer`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`SuccessResponse`](crate::types::SuccessResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`DeleteEndServerError`](crate::operations::DeleteEndServerError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn delete_end_server(&self, body: RunningServerRequest) -> DeleteEndServer<'_> {
        DeleteEndServer {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Player joins a game session
    ///
    /// `POST /activity/playerJoin`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`PlayerJoinResponse`](crate::types::PlayerJoinResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`PostPlayerJoinError`](crate::operations::PostPlayerJoinError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn post_player_join(&self, body: PlayerJoinRequest) -> PostPlayerJoin<'_> {
        PostPlayerJoin {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Player leaves a game session
    ///
    /// `DELETE /activity/playerLeave`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`SuccessResponse`](crate::types::SuccessResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`DeletePlayerLeaveError`](crate::operations::DeletePlayerLeaveError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn delete_player_leave(
        &self,
        body: PlayerLeaveRequest,
    ) -> DeletePlayerLeave<'_> {
        DeletePlayerLeave {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Send data to server
    ///
    /// Periodic sync tick from a game server: uploads accumulated activity events, call chat messages and the player roster, and returns queued administrative actions and ongoing support chats.
    ///
    /// `POST /activity/sendData`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`SendDataResponse`](crate::types::SendDataResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`PostSendDataError`](crate::operations::PostSendDataError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn post_send_data(&self, body: SendDataRequest) -> PostSendData<'_> {
        PostSendData {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get time off requests
    ///
    /// Lists the workspace's time off requests, newest first (at most 200).
    ///
    /// `GET /time-off`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`TimeOffRequestListResponse`](crate::types::TimeOffRequestListResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetTimeOffRequestsError`](crate::operations::GetTimeOffRequestsError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_time_off_requests(&self) -> GetTimeOffRequests<'_> {
        GetTimeOffRequests {
            client: self,
            status: None,
            user_id: None,
            options: RequestOptions::default(),
        }
    }

    /// Get a time off request
    ///
    /// `GET /time-off/{requestId}`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`TimeOffRequestResponse`](crate::types::TimeOffRequestResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetTimeOffRequestError`](crate::operations::GetTimeOffRequestError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_time_off_request(
        &self,
        request_id: impl Into<String>,
    ) -> GetTimeOffRequest<'_> {
        GetTimeOffRequest {
            client: self,
            request_id: request_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Approve a time off request
    ///
    /// `PUT /time-off/{requestId}/approve`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`TimeOffRequestResponse`](crate::types::TimeOffRequestResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ApproveTimeOffRequestError`](crate::operations::ApproveTimeOffRequestError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn approve_time_off_request(
        &self,
        request_id: impl Into<String>,
        body: ReviewTimeOffRequest,
    ) -> ApproveTimeOffRequest<'_> {
        ApproveTimeOffRequest {
            client: self,
            request_id: request_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Decline a time off request
    ///
    /// `PUT /time-off/{requestId}/decline`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`TimeOffRequestResponse`](crate::types::TimeOffRequestResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`DeclineTimeOffRequestError`](crate::operations::DeclineTimeOffRequestError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn decline_time_off_request(
        &self,
        request_id: impl Into<String>,
        body: ReviewTimeOffRequest,
    ) -> DeclineTimeOffRequest<'_> {
        DeclineTimeOffRequest {
            client: self,
            request_id: request_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get teams
    ///
    /// Lists all teams in the workspace, ordered by name.
    ///
    /// `GET /teams`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`TeamListResponse`](crate::types::TeamListResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetTeamsError`](crate::operations::GetTeamsError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_teams(&self) -> GetTeams<'_> {
        GetTeams {
            client: self,
            options: RequestOptions::default(),
        }
    }

    /// Get a user's teams
    ///
    /// Returns every team the user belongs to, with the team role they hold on each.
    ///
    /// `GET /teams/users/{userId}`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`UserTeamListResponse`](crate::types::UserTeamListResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetUserTeamsError`](crate::operations::GetUserTeamsError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_user_teams(&self, user_id: impl Into<String>) -> GetUserTeams<'_> {
        GetUserTeams {
            client: self,
            user_id: user_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Get a team
    ///
    /// Returns a single team along with its members and the team role each holds.
    ///
    /// `GET /teams/{teamId}`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`TeamResponse`](crate::types::TeamResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetTeamError`](crate::operations::GetTeamError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_team(&self, team_id: impl Into<String>) -> GetTeam<'_> {
        GetTeam {
            client: self,
            team_id: team_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Get promotion requests
    ///
    /// Lists the workspace's promotion requests, newest first (at most 200).
    ///
    /// `GET /promotion-requests`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`PromotionRequestListResponse`](crate::types::PromotionRequestListResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetPromotionRequestsError`](crate::operations::GetPromotionRequestsError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_promotion_requests(&self) -> GetPromotionRequests<'_> {
        GetPromotionRequests {
            client: self,
            status: None,
            options: RequestOptions::default(),
        }
    }

    /// Get a promotion request
    ///
    /// `GET /promotion-requests/{requestId}`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`PromotionRequestResponse`](crate::types::PromotionRequestResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetPromotionRequestError`](crate::operations::GetPromotionRequestError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_promotion_request(
        &self,
        request_id: impl Into<String>,
    ) -> GetPromotionRequest<'_> {
        GetPromotionRequest {
            client: self,
            request_id: request_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// List calls
    ///
    /// Returns the workspace's in-game support calls, newest first (at most 100). Defaults to calls that are available to be claimed (`open`).
    ///
    /// `GET /calls`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`CallListResponse`](crate::types::CallListResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ListCallsError`](crate::operations::ListCallsError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn list_calls(&self) -> ListCalls<'_> {
        ListCalls {
            client: self,
            status: None,
            options: RequestOptions::default(),
        }
    }

    /// Get a call
    ///
    /// Returns a single call, including its full message transcript, together with the running game server it came from.
    ///
    /// `GET /calls/{callId}`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`CallResponse`](crate::types::CallResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetCallError`](crate::operations::GetCallError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_call(&self, call_id: impl Into<String>) -> GetCall<'_> {
        GetCall {
            client: self,
            call_id: call_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Read call messages
    ///
    /// Returns just the message transcript for a call. Use to poll an in-progress chat.
    ///
    /// `GET /calls/{callId}/messages`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`CallMessagesResponse`](crate::types::CallMessagesResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ReadCallMessagesError`](crate::operations::ReadCallMessagesError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn read_call_messages(
        &self,
        call_id: impl Into<String>,
    ) -> ReadCallMessages<'_> {
        ReadCallMessages {
            client: self,
            call_id: call_id.into(),
            options: RequestOptions::default(),
        }
    }

    /// Send a call message
    ///
    /// Sends an agent chat message into a call. The message is delivered to the in-game caller on the game server's next sync.
    ///
    /// `POST /calls/{callId}/messages`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`SendCallMessageResponse`](crate::types::SendCallMessageResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`SendCallMessageError`](crate::operations::SendCallMessageError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn send_call_message(
        &self,
        call_id: impl Into<String>,
        body: SendCallMessageRequest,
    ) -> SendCallMessage<'_> {
        SendCallMessage {
            client: self,
            call_id: call_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Claim a call
    ///
    /// Claims an open call on behalf of an agent.
    ///
    /// `PUT /calls/{callId}/claim`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`SuccessResponse`](crate::types::SuccessResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ClaimCallError`](crate::operations::ClaimCallError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn claim_call(
        &self,
        call_id: impl Into<String>,
        body: ClaimCallRequest,
    ) -> ClaimCall<'_> {
        ClaimCall {
            client: self,
            call_id: call_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// End a call
    ///
    /// `PUT /calls/{callId}/end`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`SuccessResponse`](crate::types::SuccessResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`EndCallError`](crate::operations::EndCallError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn end_call(
        &self,
        call_id: impl Into<String>,
        body: EndCallRequest,
    ) -> EndCall<'_> {
        EndCall {
            client: self,
            call_id: call_id.into(),
            body,
            options: RequestOptions::default(),
        }
    }

    /// Get the POS bootstrap payload
    ///
    /// Returns the full point-of-sale catalog (products, categories, resolved POS configuration and enabled device profiles). Requires the workspace's orders module to be enabled.
    ///
    /// `GET /v2/pos/bootstrap`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`PosBootstrapResponse`](crate::types::PosBootstrapResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetPosBootstrapError`](crate::operations::GetPosBootstrapError) (`403`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_pos_bootstrap(&self) -> GetPosBootstrap<'_> {
        GetPosBootstrap {
            client: self,
            game_id: None,
            options: RequestOptions::default(),
        }
    }

    /// Get the product catalog
    ///
    /// Cheap catalog version check. When `since` is at least the current catalog version the response only carries `upToDate: true`; otherwise it includes the products and categories.
    ///
    /// `GET /v2/products`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`ProductCatalogResponse`](crate::types::ProductCatalogResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetProductsError`](crate::operations::GetProductsError) (`403`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn get_products(&self) -> GetProducts<'_> {
        GetProducts {
            client: self,
            since: None,
            game_id: None,
            options: RequestOptions::default(),
        }
    }

    /// List orders
    ///
    /// Lists orders newest first, cursor-paginated by order id.
    ///
    /// `GET /v2/orders`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`OrderListResponse`](crate::types::OrderListResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ListOrdersError`](crate::operations::ListOrdersError) (`403`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn list_orders(&self) -> ListOrders<'_> {
        ListOrders {
            client: self,
            status: None,
            queue_id: None,
            game_id: None,
            cursor: None,
            limit: None,
            options: RequestOptions::default(),
        }
    }

    /// Create order
    ///
    /// Creates an order. Item names and prices are resolved from the catalog server-side. Retrying with the same `idempotencyKey` returns the already-created order.
    ///
    /// `POST /v2/orders`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`OrderResponse`](crate::types::OrderResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`CreateOrderError`](crate::operations::CreateOrderError) (`400`, `403`, `409`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn create_order(&self, body: CreateOrderRequest) -> CreateOrder<'_> {
        CreateOrder {
            client: self,
            body,
            options: RequestOptions::default(),
        }
    }

    /// Transition an order
    ///
    /// Moves an order through its life cycle (claim, release, complete, cancel, set awaiting pick up, hand to customer).
    ///
    /// `POST /v2/orders/{id}/transition`
    ///
    /// Authentication: `loader-id`.
    ///
    /// Returns a [`Response`](crate::Response) of [`OrderResponse`](crate::types::OrderResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`TransitionOrderError`](crate::operations::TransitionOrderError) (`400`, `403`, `404`, `409`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    pub fn transition_order(
        &self,
        id: impl Into<String>,
        body: TransitionOrderRequest,
    ) -> TransitionOrder<'_> {
        TransitionOrder {
            client: self,
            id: id.into(),
            body,
            options: RequestOptions::default(),
        }
    }
}

/// Get information about the ranking key
///
/// `GET /ranking`: made by [`Client::get_ranking_key`](crate::Client::get_ranking_key); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetRankingKey<'a> {
    client: &'a Client,
    options: RequestOptions,
}

impl<'a> GetRankingKey<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`RankingKeyInfoResponse`](crate::types::RankingKeyInfoResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetRankingKeyError`](crate::operations::GetRankingKeyError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<RankingKeyInfoResponse>, GetRankingKeyError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(GetRankingKeyError::BadRequest),
                    500 => response.error_json(GetRankingKeyError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/ranking");
        let mut request = self
            .client
            .request(Method::GET, path, "getRankingKey", "/ranking");
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[API_KEY_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetRankingKey<'a> {
    type Output = Result<Response<RankingKeyInfoResponse>, Error<GetRankingKeyError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<RankingKeyInfoResponse>,
        GetRankingKeyError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetRankingKey);

/// The documented error responses of [`Client::get_ranking_key`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetRankingKeyError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Change user rank
///
/// `PUT /ranking/users/{userId}/role/{rankId}`: made by [`Client::put_role`](crate::Client::put_role); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct PutRole<'a> {
    client: &'a Client,
    user_id: String,
    rank_id: String,
    options: RequestOptions,
}

impl<'a> PutRole<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`RankingActionResponse`](crate::types::RankingActionResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`PutRoleError`](crate::operations::PutRoleError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<RankingActionResponse>, PutRoleError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(PutRoleError::BadRequest),
                    404 => response.error_json(PutRoleError::NotFound),
                    500 => response.error_json(PutRoleError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(53);
        path.push_str("/ranking/users/");
        push_path_param(&mut path, "userId", &self.user_id)?;
        path.push_str("/role/");
        push_path_param(&mut path, "rankId", &self.rank_id)?;
        let mut request = self
            .client
            .request(
                Method::PUT,
                path,
                "putRole",
                "/ranking/users/{userId}/role/{rankId}",
            );
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[API_KEY_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for PutRole<'a> {
    type Output = Result<Response<RankingActionResponse>, Error<PutRoleError>>;
    type IntoFuture = ResponseFuture<'a, Response<RankingActionResponse>, PutRoleError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(PutRole);

/// The documented error responses of [`Client::put_role`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PutRoleError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 404: The specified resource was not found
    NotFound(NotFound),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Exile user
///
/// `DELETE /ranking/users/{userId}`: made by [`Client::delete_user`](crate::Client::delete_user); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct DeleteUser<'a> {
    client: &'a Client,
    user_id: String,
    options: RequestOptions,
}

impl<'a> DeleteUser<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`RankingActionResponse`](crate::types::RankingActionResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`DeleteUserError`](crate::operations::DeleteUserError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<RankingActionResponse>, DeleteUserError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(DeleteUserError::BadRequest),
                    500 => response.error_json(DeleteUserError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(39);
        path.push_str("/ranking/users/");
        push_path_param(&mut path, "userId", &self.user_id)?;
        let mut request = self
            .client
            .request(Method::DELETE, path, "deleteUser", "/ranking/users/{userId}");
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[API_KEY_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for DeleteUser<'a> {
    type Output = Result<Response<RankingActionResponse>, Error<DeleteUserError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<RankingActionResponse>,
        DeleteUserError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(DeleteUser);

/// The documented error responses of [`Client::delete_user`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteUserError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Get pending join requests
///
/// `GET /ranking/join-requests`: made by [`Client::get_join_requests`](crate::Client::get_join_requests); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetJoinRequests<'a> {
    client: &'a Client,
    cursor: Option<String>,
    options: RequestOptions,
}

impl<'a> GetJoinRequests<'a> {
    /// Page token returned as `nextPageToken` by the previous call
    pub fn cursor(mut self, value: impl Into<String>) -> Self {
        self.cursor = Some(value.into());
        self
    }

    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`JoinRequestsPage`](crate::types::JoinRequestsPage) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetJoinRequestsError`](crate::operations::GetJoinRequestsError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<JoinRequestsPage>, GetJoinRequestsError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(GetJoinRequestsError::BadRequest),
                    500 => response.error_json(GetJoinRequestsError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/ranking/join-requests");
        let mut request = self
            .client
            .request(Method::GET, path, "getJoinRequests", "/ranking/join-requests");
        if let Some(value) = &self.cursor {
            request.query("cursor", value);
        }
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[API_KEY_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetJoinRequests<'a> {
    type Output = Result<Response<JoinRequestsPage>, Error<GetJoinRequestsError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<JoinRequestsPage>,
        GetJoinRequestsError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetJoinRequests);

impl<'a> GetJoinRequests<'a> {
    /// Streams the items of every page, passing each page's next cursor back as `cursor` until the last page.
    ///
    /// Pages are fetched as the stream is polled, each with this
    /// request's parameters and per-call options; the stream ends
    /// after the last page or the first error.
    pub fn into_stream(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<JoinRequest, Error<GetJoinRequestsError>>,
    > + Unpin + Send + 'a {
        crate::runtime::paginate(
            "getJoinRequests",
            self,
            |builder: &Self, cursor: Option<&String>| {
                let mut next = builder.clone();
                if let Some(cursor) = cursor {
                    next.cursor = Some(cursor.clone());
                }
                next.send()
            },
            |_: &Self, _: Option<&String>, _: &HeaderMap, page: JoinRequestsPage| {
                let next = page
                    .next_page_token
                    .as_ref()
                    .filter(|cursor| !cursor.is_empty())
                    .cloned();
                (page.group_join_requests.unwrap_or_default(), next)
            },
        )
    }
}

/// The documented error responses of [`Client::get_join_requests`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetJoinRequestsError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Decline join request
///
/// `DELETE /ranking/join-requests/{userId}`: made by [`Client::delete_join_request`](crate::Client::delete_join_request); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct DeleteJoinRequest<'a> {
    client: &'a Client,
    user_id: String,
    options: RequestOptions,
}

impl<'a> DeleteJoinRequest<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`RankingActionResponse`](crate::types::RankingActionResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`DeleteJoinRequestError`](crate::operations::DeleteJoinRequestError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<RankingActionResponse>, DeleteJoinRequestError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(DeleteJoinRequestError::BadRequest),
                    500 => {
                        response.error_json(DeleteJoinRequestError::InternalServerError)
                    }
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(47);
        path.push_str("/ranking/join-requests/");
        push_path_param(&mut path, "userId", &self.user_id)?;
        let mut request = self
            .client
            .request(
                Method::DELETE,
                path,
                "deleteJoinRequest",
                "/ranking/join-requests/{userId}",
            );
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[API_KEY_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for DeleteJoinRequest<'a> {
    type Output = Result<Response<RankingActionResponse>, Error<DeleteJoinRequestError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<RankingActionResponse>,
        DeleteJoinRequestError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(DeleteJoinRequest);

/// The documented error responses of [`Client::delete_join_request`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteJoinRequestError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Accept join request
///
/// `PATCH /ranking/join-requests/{userId}`: made by [`Client::patch_join_request`](crate::Client::patch_join_request); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct PatchJoinRequest<'a> {
    client: &'a Client,
    user_id: String,
    options: RequestOptions,
}

impl<'a> PatchJoinRequest<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`AcceptJoinRequestResponse`](crate::types::AcceptJoinRequestResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`PatchJoinRequestError`](crate::operations::PatchJoinRequestError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<AcceptJoinRequestResponse>, PatchJoinRequestError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(PatchJoinRequestError::BadRequest),
                    404 => response.error_json(PatchJoinRequestError::NotFound),
                    500 => {
                        response.error_json(PatchJoinRequestError::InternalServerError)
                    }
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(47);
        path.push_str("/ranking/join-requests/");
        push_path_param(&mut path, "userId", &self.user_id)?;
        let mut request = self
            .client
            .request(
                Method::PATCH,
                path,
                "patchJoinRequest",
                "/ranking/join-requests/{userId}",
            );
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[API_KEY_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for PatchJoinRequest<'a> {
    type Output = Result<
        Response<AcceptJoinRequestResponse>,
        Error<PatchJoinRequestError>,
    >;
    type IntoFuture = ResponseFuture<
        'a,
        Response<AcceptJoinRequestResponse>,
        PatchJoinRequestError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(PatchJoinRequest);

/// The documented error responses of [`Client::patch_join_request`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PatchJoinRequestError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 404: The specified resource was not found
    NotFound(NotFound),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Post a shout message
///
/// `PATCH /ranking/shout`: made by [`Client::patch_shout`](crate::Client::patch_shout); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct PatchShout<'a> {
    client: &'a Client,
    body: ShoutRequest,
    options: RequestOptions,
}

impl<'a> PatchShout<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`RankingActionResponse`](crate::types::RankingActionResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`PatchShoutError`](crate::operations::PatchShoutError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<RankingActionResponse>, PatchShoutError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(PatchShoutError::BadRequest),
                    500 => response.error_json(PatchShoutError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/ranking/shout");
        let mut request = self
            .client
            .request(Method::PATCH, path, "patchShout", "/ranking/shout");
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        self.client.authorize(&mut request, &[&[API_KEY_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for PatchShout<'a> {
    type Output = Result<Response<RankingActionResponse>, Error<PatchShoutError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<RankingActionResponse>,
        PatchShoutError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(PatchShout);

/// The documented error responses of [`Client::patch_shout`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PatchShoutError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Get staff history
///
/// `GET /staff/history`: made by [`Client::get_staff_history`](crate::Client::get_staff_history); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetStaffHistory<'a> {
    client: &'a Client,
    options: RequestOptions,
}

impl<'a> GetStaffHistory<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`StaffHistoryListResponse`](crate::types::StaffHistoryListResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetStaffHistoryError`](crate::operations::GetStaffHistoryError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<StaffHistoryListResponse>, GetStaffHistoryError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    500 => response.error_json(GetStaffHistoryError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/staff/history");
        let mut request = self
            .client
            .request(Method::GET, path, "getStaffHistory", "/staff/history");
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetStaffHistory<'a> {
    type Output = Result<
        Response<StaffHistoryListResponse>,
        Error<GetStaffHistoryError>,
    >;
    type IntoFuture = ResponseFuture<
        'a,
        Response<StaffHistoryListResponse>,
        GetStaffHistoryError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetStaffHistory);

/// The documented error responses of [`Client::get_staff_history`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetStaffHistoryError {
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Create a staff history
///
/// `POST /staff/history`: made by [`Client::post_staff_history`](crate::Client::post_staff_history); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct PostStaffHistory<'a> {
    client: &'a Client,
    body: CreateStaffHistoryRequest,
    options: RequestOptions,
}

impl<'a> PostStaffHistory<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`StaffHistoryResponse`](crate::types::StaffHistoryResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`PostStaffHistoryError`](crate::operations::PostStaffHistoryError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<StaffHistoryResponse>, PostStaffHistoryError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(PostStaffHistoryError::BadRequest),
                    500 => {
                        response.error_json(PostStaffHistoryError::InternalServerError)
                    }
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/staff/history");
        let mut request = self
            .client
            .request(Method::POST, path, "postStaffHistory", "/staff/history");
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for PostStaffHistory<'a> {
    type Output = Result<Response<StaffHistoryResponse>, Error<PostStaffHistoryError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<StaffHistoryResponse>,
        PostStaffHistoryError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(PostStaffHistory);

/// The documented error responses of [`Client::post_staff_history`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostStaffHistoryError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Get workspace information
///
/// `GET /activity/workspace`: made by [`Client::get_workspace`](crate::Client::get_workspace); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetWorkspace<'a> {
    client: &'a Client,
    options: RequestOptions,
}

impl<'a> GetWorkspace<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`Workspace`](crate::types::Workspace) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetWorkspaceError`](crate::operations::GetWorkspaceError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(mut self) -> ResponseFuture<'a, Response<Workspace>, GetWorkspaceError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    500 => response.error_json(GetWorkspaceError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/activity/workspace");
        let mut request = self
            .client
            .request(Method::GET, path, "getWorkspace", "/activity/workspace");
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetWorkspace<'a> {
    type Output = Result<Response<Workspace>, Error<GetWorkspaceError>>;
    type IntoFuture = ResponseFuture<'a, Response<Workspace>, GetWorkspaceError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetWorkspace);

/// The documented error responses of [`Client::get_workspace`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetWorkspaceError {
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Get leaderboard for workspace
///
/// `GET /activity/workspace/leaderboard`: made by [`Client::get_workspace_leaderboard`](crate::Client::get_workspace_leaderboard); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetWorkspaceLeaderboard<'a> {
    client: &'a Client,
    options: RequestOptions,
}

impl<'a> GetWorkspaceLeaderboard<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`LeaderboardResponse`](crate::types::LeaderboardResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetWorkspaceLeaderboardError`](crate::operations::GetWorkspaceLeaderboardError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<
        'a,
        Response<LeaderboardResponse>,
        GetWorkspaceLeaderboardError,
    > {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    500 => {
                        response
                            .error_json(
                                GetWorkspaceLeaderboardError::InternalServerError,
                            )
                    }
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/activity/workspace/leaderboard");
        let mut request = self
            .client
            .request(
                Method::GET,
                path,
                "getWorkspaceLeaderboard",
                "/activity/workspace/leaderboard",
            );
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetWorkspaceLeaderboard<'a> {
    type Output = Result<
        Response<LeaderboardResponse>,
        Error<GetWorkspaceLeaderboardError>,
    >;
    type IntoFuture = ResponseFuture<
        'a,
        Response<LeaderboardResponse>,
        GetWorkspaceLeaderboardError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetWorkspaceLeaderboard);

/// The documented error responses of [`Client::get_workspace_leaderboard`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetWorkspaceLeaderboardError {
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Get user minutes in workspace
///
/// `GET /activity/workspace/users/{userId}/minutes`: made by [`Client::get_user_minutes`](crate::Client::get_user_minutes); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetUserMinutes<'a> {
    client: &'a Client,
    user_id: String,
    options: RequestOptions,
}

impl<'a> GetUserMinutes<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`UserMinutesResponse`](crate::types::UserMinutesResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetUserMinutesError`](crate::operations::GetUserMinutesError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<UserMinutesResponse>, GetUserMinutesError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(GetUserMinutesError::BadRequest),
                    500 => response.error_json(GetUserMinutesError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(58);
        path.push_str("/activity/workspace/users/");
        push_path_param(&mut path, "userId", &self.user_id)?;
        path.push_str("/minutes");
        let mut request = self
            .client
            .request(
                Method::GET,
                path,
                "getUserMinutes",
                "/activity/workspace/users/{userId}/minutes",
            );
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetUserMinutes<'a> {
    type Output = Result<Response<UserMinutesResponse>, Error<GetUserMinutesError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<UserMinutesResponse>,
        GetUserMinutesError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetUserMinutes);

/// The documented error responses of [`Client::get_user_minutes`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetUserMinutesError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Get a user's activity
///
/// `GET /activity/workspace/users/{userId}/activity`: made by [`Client::get_user_activity`](crate::Client::get_user_activity); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetUserActivity<'a> {
    client: &'a Client,
    user_id: String,
    limit: Option<i64>,
    options: RequestOptions,
}

impl<'a> GetUserActivity<'a> {
    /// Max recent sessions to return (default 20, max 50)
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }

    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`UserActivityResponse`](crate::types::UserActivityResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetUserActivityError`](crate::operations::GetUserActivityError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<UserActivityResponse>, GetUserActivityError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(GetUserActivityError::BadRequest),
                    500 => response.error_json(GetUserActivityError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(59);
        path.push_str("/activity/workspace/users/");
        push_path_param(&mut path, "userId", &self.user_id)?;
        path.push_str("/activity");
        let mut request = self
            .client
            .request(
                Method::GET,
                path,
                "getUserActivity",
                "/activity/workspace/users/{userId}/activity",
            );
        if let Some(value) = &self.limit {
            request.query("limit", value);
        }
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetUserActivity<'a> {
    type Output = Result<Response<UserActivityResponse>, Error<GetUserActivityError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<UserActivityResponse>,
        GetUserActivityError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetUserActivity);

/// The documented error responses of [`Client::get_user_activity`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetUserActivityError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Get all roles for sessions
///
/// `GET /sessions/roles`: made by [`Client::get_session_roles`](crate::Client::get_session_roles); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetSessionRoles<'a> {
    client: &'a Client,
    options: RequestOptions,
}

impl<'a> GetSessionRoles<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`SessionRolesResponse`](crate::types::SessionRolesResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetSessionRolesError`](crate::operations::GetSessionRolesError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<SessionRolesResponse>, GetSessionRolesError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    500 => response.error_json(GetSessionRolesError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/sessions/roles");
        let mut request = self
            .client
            .request(Method::GET, path, "getSessionRoles", "/sessions/roles");
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetSessionRoles<'a> {
    type Output = Result<Response<SessionRolesResponse>, Error<GetSessionRolesError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<SessionRolesResponse>,
        GetSessionRolesError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetSessionRoles);

/// The documented error responses of [`Client::get_session_roles`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetSessionRolesError {
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Get all upcoming sessions
///
/// `GET /sessions`: made by [`Client::get_sessions`](crate::Client::get_sessions); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetSessions<'a> {
    client: &'a Client,
    options: RequestOptions,
}

impl<'a> GetSessions<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`SessionsResponse`](crate::types::SessionsResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetSessionsError`](crate::operations::GetSessionsError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<SessionsResponse>, GetSessionsError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    500 => response.error_json(GetSessionsError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/sessions");
        let mut request = self
            .client
            .request(Method::GET, path, "getSessions", "/sessions");
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetSessions<'a> {
    type Output = Result<Response<SessionsResponse>, Error<GetSessionsError>>;
    type IntoFuture = ResponseFuture<'a, Response<SessionsResponse>, GetSessionsError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetSessions);

/// The documented error responses of [`Client::get_sessions`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetSessionsError {
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Get sessions happening in the next 12 hours
///
/// `GET /sessions/upcoming`: made by [`Client::get_upcoming_sessions`](crate::Client::get_upcoming_sessions); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetUpcomingSessions<'a> {
    client: &'a Client,
    options: RequestOptions,
}

impl<'a> GetUpcomingSessions<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`UpcomingSessionsResponse`](crate::types::UpcomingSessionsResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetUpcomingSessionsError`](crate::operations::GetUpcomingSessionsError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<
        'a,
        Response<UpcomingSessionsResponse>,
        GetUpcomingSessionsError,
    > {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    500 => {
                        response
                            .error_json(GetUpcomingSessionsError::InternalServerError)
                    }
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/sessions/upcoming");
        let mut request = self
            .client
            .request(Method::GET, path, "getUpcomingSessions", "/sessions/upcoming");
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetUpcomingSessions<'a> {
    type Output = Result<
        Response<UpcomingSessionsResponse>,
        Error<GetUpcomingSessionsError>,
    >;
    type IntoFuture = ResponseFuture<
        'a,
        Response<UpcomingSessionsResponse>,
        GetUpcomingSessionsError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetUpcomingSessions);

/// The documented error responses of [`Client::get_upcoming_sessions`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetUpcomingSessionsError {
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Get a specific session by ID
///
/// `GET /sessions/{sessionId}`: made by [`Client::get_session_by_id`](crate::Client::get_session_by_id); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetSessionById<'a> {
    client: &'a Client,
    session_id: String,
    options: RequestOptions,
}

impl<'a> GetSessionById<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`SessionResponse`](crate::types::SessionResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetSessionByIdError`](crate::operations::GetSessionByIdError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<SessionResponse>, GetSessionByIdError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(GetSessionByIdError::BadRequest),
                    500 => response.error_json(GetSessionByIdError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(37);
        path.push_str("/sessions/");
        push_path_param(&mut path, "sessionId", &self.session_id)?;
        let mut request = self
            .client
            .request(Method::GET, path, "getSessionById", "/sessions/{sessionId}");
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetSessionById<'a> {
    type Output = Result<Response<SessionResponse>, Error<GetSessionByIdError>>;
    type IntoFuture = ResponseFuture<'a, Response<SessionResponse>, GetSessionByIdError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetSessionById);

/// The documented error responses of [`Client::get_session_by_id`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSessionByIdError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Create a server for a session
///
/// `POST /sessions/{sessionId}/servers`: made by [`Client::post_session_server`](crate::Client::post_session_server); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct PostSessionServer<'a> {
    client: &'a Client,
    session_id: String,
    options: RequestOptions,
}

impl<'a> PostSessionServer<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`CreateSessionServerResponse`](crate::types::CreateSessionServerResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`PostSessionServerError`](crate::operations::PostSessionServerError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<
        'a,
        Response<CreateSessionServerResponse>,
        PostSessionServerError,
    > {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(PostSessionServerError::BadRequest),
                    500 => {
                        response.error_json(PostSessionServerError::InternalServerError)
                    }
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(45);
        path.push_str("/sessions/");
        push_path_param(&mut path, "sessionId", &self.session_id)?;
        path.push_str("/servers");
        let mut request = self
            .client
            .request(
                Method::POST,
                path,
                "postSessionServer",
                "/sessions/{sessionId}/servers",
            );
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for PostSessionServer<'a> {
    type Output = Result<
        Response<CreateSessionServerResponse>,
        Error<PostSessionServerError>,
    >;
    type IntoFuture = ResponseFuture<
        'a,
        Response<CreateSessionServerResponse>,
        PostSessionServerError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(PostSessionServer);

/// The documented error responses of [`Client::post_session_server`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostSessionServerError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Claim a role for a session server
///
/// `POST /sessions/{sessionId}/servers/{serverId}/roles`: made by [`Client::post_session_server_role`](crate::Client::post_session_server_role); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct PostSessionServerRole<'a> {
    client: &'a Client,
    session_id: String,
    server_id: String,
    body: ClaimSessionServerRoleRequest,
    options: RequestOptions,
}

impl<'a> PostSessionServerRole<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`SuccessResponse`](crate::types::SuccessResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`PostSessionServerRoleError`](crate::operations::PostSessionServerRoleError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<SuccessResponse>, PostSessionServerRoleError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(PostSessionServerRoleError::BadRequest),
                    500 => {
                        response
                            .error_json(PostSessionServerRoleError::InternalServerError)
                    }
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(62);
        path.push_str("/sessions/");
        push_path_param(&mut path, "sessionId", &self.session_id)?;
        path.push_str("/servers/");
        push_path_param(&mut path, "serverId", &self.server_id)?;
        path.push_str("/roles");
        let mut request = self
            .client
            .request(
                Method::POST,
                path,
                "postSessionServerRole",
                "/sessions/{sessionId}/servers/{serverId}/roles",
            );
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for PostSessionServerRole<'a> {
    type Output = Result<Response<SuccessResponse>, Error<PostSessionServerRoleError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<SuccessResponse>,
        PostSessionServerRoleError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(PostSessionServerRole);

/// The documented error responses of [`Client::post_session_server_role`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostSessionServerRoleError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// List sessions
///
/// `GET /sessions/v2`: made by [`Client::list_sessions`](crate::Client::list_sessions); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct ListSessions<'a> {
    client: &'a Client,
    status: Option<ListSessionsStatus>,
    template_id: Option<String>,
    from: Option<chrono::DateTime<chrono::Utc>>,
    to: Option<chrono::DateTime<chrono::Utc>>,
    order: Option<ListSessionsOrder>,
    limit: Option<i64>,
    cursor: Option<String>,
    options: RequestOptions,
}

impl<'a> ListSessions<'a> {
    /// Filter by lifecycle status.
    ///
    /// The server's default is `all`.
    pub fn status(mut self, value: ListSessionsStatus) -> Self {
        self.status = Some(value);
        self
    }

    /// Only return sessions for this template.
    pub fn template_id(mut self, value: impl Into<String>) -> Self {
        self.template_id = Some(value.into());
        self
    }

    /// Only sessions starting on/after this ISO date.
    pub fn from(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.from = Some(value);
        self
    }

    /// Only sessions starting on/before this ISO date.
    pub fn to(mut self, value: chrono::DateTime<chrono::Utc>) -> Self {
        self.to = Some(value);
        self
    }

    /// Sort order by start time.
    ///
    /// The server's default is `asc`.
    pub fn order(mut self, value: ListSessionsOrder) -> Self {
        self.order = Some(value);
        self
    }

    /// Page size.
    ///
    /// The server's default is `25`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }

    /// Opaque cursor returned as `pagination.nextCursor` by the previous page.
    pub fn cursor(mut self, value: impl Into<String>) -> Self {
        self.cursor = Some(value.into());
        self
    }

    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`SessionV2ListResponse`](crate::types::SessionV2ListResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ListSessionsError`](crate::operations::ListSessionsError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<SessionV2ListResponse>, ListSessionsError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    500 => response.error_json(ListSessionsError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/sessions/v2");
        let mut request = self
            .client
            .request(Method::GET, path, "listSessions", "/sessions/v2");
        if let Some(value) = &self.status {
            request.query("status", value);
        }
        if let Some(value) = &self.template_id {
            request.query("templateId", value);
        }
        if let Some(value) = &self.from {
            request.query("from", value);
        }
        if let Some(value) = &self.to {
            request.query("to", value);
        }
        if let Some(value) = &self.order {
            request.query("order", value);
        }
        if let Some(value) = &self.limit {
            request.query("limit", value);
        }
        if let Some(value) = &self.cursor {
            request.query("cursor", value);
        }
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for ListSessions<'a> {
    type Output = Result<Response<SessionV2ListResponse>, Error<ListSessionsError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<SessionV2ListResponse>,
        ListSessionsError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(ListSessions);

impl<'a> ListSessions<'a> {
    /// Streams the items of every page, passing each page's next cursor back as `cursor` until the last page.
    ///
    /// Pages are fetched as the stream is polled, each with this
    /// request's parameters and per-call options; the stream ends
    /// after the last page or the first error.
    pub fn into_stream(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<SessionV2, Error<ListSessionsError>>,
    > + Unpin + Send + 'a {
        crate::runtime::paginate(
            "listSessions",
            self,
            |builder: &Self, cursor: Option<&String>| {
                let mut next = builder.clone();
                if let Some(cursor) = cursor {
                    next.cursor = Some(cursor.clone());
                }
                next.send()
            },
            |_: &Self, _: Option<&String>, _: &HeaderMap, page: SessionV2ListResponse| {
                let more = page
                    .pagination
                    .as_ref()
                    .and_then(|v| v.has_more.as_ref())
                    .copied()
                    .unwrap_or(true);
                let next = page
                    .pagination
                    .as_ref()
                    .and_then(|v| v.next_cursor.as_ref())
                    .filter(|cursor| more && !cursor.is_empty())
                    .cloned();
                (page.data.unwrap_or_default(), next)
            },
        )
    }
}

/// The documented error responses of [`Client::list_sessions`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListSessionsError {
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// List role groups
///
/// `GET /sessions/v2/roles`: made by [`Client::list_role_groups`](crate::Client::list_role_groups); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct ListRoleGroups<'a> {
    client: &'a Client,
    options: RequestOptions,
}

impl<'a> ListRoleGroups<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`SessionV2RoleGroupListResponse`](crate::types::SessionV2RoleGroupListResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ListRoleGroupsError`](crate::operations::ListRoleGroupsError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<
        'a,
        Response<SessionV2RoleGroupListResponse>,
        ListRoleGroupsError,
    > {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    500 => response.error_json(ListRoleGroupsError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/sessions/v2/roles");
        let mut request = self
            .client
            .request(Method::GET, path, "listRoleGroups", "/sessions/v2/roles");
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for ListRoleGroups<'a> {
    type Output = Result<
        Response<SessionV2RoleGroupListResponse>,
        Error<ListRoleGroupsError>,
    >;
    type IntoFuture = ResponseFuture<
        'a,
        Response<SessionV2RoleGroupListResponse>,
        ListRoleGroupsError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(ListRoleGroups);

/// The documented error responses of [`Client::list_role_groups`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListRoleGroupsError {
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Get a session
///
/// `GET /sessions/v2/{sessionId}`: made by [`Client::get_session`](crate::Client::get_session); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetSession<'a> {
    client: &'a Client,
    session_id: String,
    options: RequestOptions,
}

impl<'a> GetSession<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`SessionV2Response`](crate::types::SessionV2Response) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetSessionError`](crate::operations::GetSessionError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<SessionV2Response>, GetSessionError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(GetSessionError::BadRequest),
                    404 => response.error_json(GetSessionError::NotFound),
                    500 => response.error_json(GetSessionError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(40);
        path.push_str("/sessions/v2/");
        push_path_param(&mut path, "sessionId", &self.session_id)?;
        let mut request = self
            .client
            .request(Method::GET, path, "getSession", "/sessions/v2/{sessionId}");
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetSession<'a> {
    type Output = Result<Response<SessionV2Response>, Error<GetSessionError>>;
    type IntoFuture = ResponseFuture<'a, Response<SessionV2Response>, GetSessionError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetSession);

/// The documented error responses of [`Client::get_session`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetSessionError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 404: The specified resource was not found
    NotFound(NotFound),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Create a server
///
/// `POST /sessions/v2/{sessionId}/servers`: made by [`Client::create_session_server`](crate::Client::create_session_server); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct CreateSessionServer<'a> {
    client: &'a Client,
    session_id: String,
    body: Option<CreateSessionV2ServerRequest>,
    options: RequestOptions,
}

impl<'a> CreateSessionServer<'a> {
    /// Sets the request body.
    pub fn body(mut self, body: CreateSessionV2ServerRequest) -> Self {
        self.body = Some(body);
        self
    }

    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`SessionV2ServerResponse`](crate::types::SessionV2ServerResponse) (`201`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`CreateSessionServerError`](crate::operations::CreateSessionServerError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<
        'a,
        Response<SessionV2ServerResponse>,
        CreateSessionServerError,
    > {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    201 => response.json(),
                    400 => response.error_json(CreateSessionServerError::BadRequest),
                    404 => response.error_json(CreateSessionServerError::NotFound),
                    500 => {
                        response
                            .error_json(CreateSessionServerError::InternalServerError)
                    }
                    200 | 202..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(48);
        path.push_str("/sessions/v2/");
        push_path_param(&mut path, "sessionId", &self.session_id)?;
        path.push_str("/servers");
        let mut request = self
            .client
            .request(
                Method::POST,
                path,
                "createSessionServer",
                "/sessions/v2/{sessionId}/servers",
            );
        request.accept("application/json");
        if let Some(body) = self.body {
            request.json(&body, "application/json")?;
        }
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for CreateSessionServer<'a> {
    type Output = Result<
        Response<SessionV2ServerResponse>,
        Error<CreateSessionServerError>,
    >;
    type IntoFuture = ResponseFuture<
        'a,
        Response<SessionV2ServerResponse>,
        CreateSessionServerError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(CreateSessionServer);

/// The documented error responses of [`Client::create_session_server`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateSessionServerError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 404: The specified resource was not found
    NotFound(NotFound),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Claim a role
///
/// `POST /sessions/v2/{sessionId}/servers/{serverId}/claims`: made by [`Client::claim_role`](crate::Client::claim_role); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct ClaimRole<'a> {
    client: &'a Client,
    session_id: String,
    server_id: String,
    body: ClaimSessionV2RoleRequest,
    options: RequestOptions,
}

impl<'a> ClaimRole<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`SessionV2ClaimResponse`](crate::types::SessionV2ClaimResponse) (`201`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ClaimRoleError`](crate::operations::ClaimRoleError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<SessionV2ClaimResponse>, ClaimRoleError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    201 => response.json(),
                    400 => response.error_json(ClaimRoleError::BadRequest),
                    404 => response.error_json(ClaimRoleError::NotFound),
                    500 => response.error_json(ClaimRoleError::InternalServerError),
                    200 | 202..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(66);
        path.push_str("/sessions/v2/");
        push_path_param(&mut path, "sessionId", &self.session_id)?;
        path.push_str("/servers/");
        push_path_param(&mut path, "serverId", &self.server_id)?;
        path.push_str("/claims");
        let mut request = self
            .client
            .request(
                Method::POST,
                path,
                "claimRole",
                "/sessions/v2/{sessionId}/servers/{serverId}/claims",
            );
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for ClaimRole<'a> {
    type Output = Result<Response<SessionV2ClaimResponse>, Error<ClaimRoleError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<SessionV2ClaimResponse>,
        ClaimRoleError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(ClaimRole);

/// The documented error responses of [`Client::claim_role`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ClaimRoleError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 404: The specified resource was not found
    NotFound(NotFound),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Release a claim
///
/// `DELETE /sessions/v2/{sessionId}/servers/{serverId}/claims/{userId}`: made by [`Client::release_claim`](crate::Client::release_claim); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct ReleaseClaim<'a> {
    client: &'a Client,
    session_id: String,
    server_id: String,
    user_id: String,
    options: RequestOptions,
}

impl<'a> ReleaseClaim<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`SuccessResponse`](crate::types::SuccessResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ReleaseClaimError`](crate::operations::ReleaseClaimError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<SuccessResponse>, ReleaseClaimError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(ReleaseClaimError::BadRequest),
                    404 => response.error_json(ReleaseClaimError::NotFound),
                    500 => response.error_json(ReleaseClaimError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(75);
        path.push_str("/sessions/v2/");
        push_path_param(&mut path, "sessionId", &self.session_id)?;
        path.push_str("/servers/");
        push_path_param(&mut path, "serverId", &self.server_id)?;
        path.push_str("/claims/");
        push_path_param(&mut path, "userId", &self.user_id)?;
        let mut request = self
            .client
            .request(
                Method::DELETE,
                path,
                "releaseClaim",
                "/sessions/v2/{sessionId}/servers/{serverId}/claims/{userId}",
            );
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for ReleaseClaim<'a> {
    type Output = Result<Response<SuccessResponse>, Error<ReleaseClaimError>>;
    type IntoFuture = ResponseFuture<'a, Response<SuccessResponse>, ReleaseClaimError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(ReleaseClaim);

/// The documented error responses of [`Client::release_claim`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ReleaseClaimError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 404: The specified resource was not found
    NotFound(NotFound),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Get workspace bans
///
/// `GET /games/bans`: made by [`Client::get_workspace_bans`](crate::Client::get_workspace_bans); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetWorkspaceBans<'a> {
    client: &'a Client,
    options: RequestOptions,
}

impl<'a> GetWorkspaceBans<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`WorkspaceBansResponse`](crate::types::WorkspaceBansResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetWorkspaceBansError`](crate::operations::GetWorkspaceBansError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<WorkspaceBansResponse>, GetWorkspaceBansError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    500 => {
                        response.error_json(GetWorkspaceBansError::InternalServerError)
                    }
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/games/bans");
        let mut request = self
            .client
            .request(Method::GET, path, "getWorkspaceBans", "/games/bans");
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetWorkspaceBans<'a> {
    type Output = Result<Response<WorkspaceBansResponse>, Error<GetWorkspaceBansError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<WorkspaceBansResponse>,
        GetWorkspaceBansError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetWorkspaceBans);

/// The documented error responses of [`Client::get_workspace_bans`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetWorkspaceBansError {
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Create a ban
///
/// `POST /games/bans`: made by [`Client::post_workspace_ban`](crate::Client::post_workspace_ban); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct PostWorkspaceBan<'a> {
    client: &'a Client,
    body: CreateWorkspaceBanRequest,
    options: RequestOptions,
}

impl<'a> PostWorkspaceBan<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`WorkspaceBanResponse`](crate::types::WorkspaceBanResponse) (`201`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`PostWorkspaceBanError`](crate::operations::PostWorkspaceBanError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<WorkspaceBanResponse>, PostWorkspaceBanError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    201 => response.json(),
                    400 => response.error_json(PostWorkspaceBanError::BadRequest),
                    500 => {
                        response.error_json(PostWorkspaceBanError::InternalServerError)
                    }
                    200 | 202..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/games/bans");
        let mut request = self
            .client
            .request(Method::POST, path, "postWorkspaceBan", "/games/bans");
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for PostWorkspaceBan<'a> {
    type Output = Result<Response<WorkspaceBanResponse>, Error<PostWorkspaceBanError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<WorkspaceBanResponse>,
        PostWorkspaceBanError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(PostWorkspaceBan);

/// The documented error responses of [`Client::post_workspace_ban`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostWorkspaceBanError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Delete a workspace game ban
///
/// `DELETE /games/bans/{banId}`: made by [`Client::delete_workspace_ban`](crate::Client::delete_workspace_ban); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct DeleteWorkspaceBan<'a> {
    client: &'a Client,
    ban_id: String,
    options: RequestOptions,
}

impl<'a> DeleteWorkspaceBan<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`WorkspaceBanResponse`](crate::types::WorkspaceBanResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`DeleteWorkspaceBanError`](crate::operations::DeleteWorkspaceBanError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<WorkspaceBanResponse>, DeleteWorkspaceBanError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(DeleteWorkspaceBanError::BadRequest),
                    500 => {
                        response.error_json(DeleteWorkspaceBanError::InternalServerError)
                    }
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(35);
        path.push_str("/games/bans/");
        push_path_param(&mut path, "banId", &self.ban_id)?;
        let mut request = self
            .client
            .request(Method::DELETE, path, "deleteWorkspaceBan", "/games/bans/{banId}");
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for DeleteWorkspaceBan<'a> {
    type Output = Result<Response<WorkspaceBanResponse>, Error<DeleteWorkspaceBanError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<WorkspaceBanResponse>,
        DeleteWorkspaceBanError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(DeleteWorkspaceBan);

/// The documented error responses of [`Client::delete_workspace_ban`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteWorkspaceBanError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Get running games
///
/// `GET /games/running`: made by [`Client::get_running_games`](crate::Client::get_running_games); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetRunningGames<'a> {
    client: &'a Client,
    options: RequestOptions,
}

impl<'a> GetRunningGames<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`RunningGamesResponse`](crate::types::RunningGamesResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetRunningGamesError`](crate::operations::GetRunningGamesError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<RunningGamesResponse>, GetRunningGamesError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    500 => response.error_json(GetRunningGamesError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/games/running");
        let mut request = self
            .client
            .request(Method::GET, path, "getRunningGames", "/games/running");
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetRunningGames<'a> {
    type Output = Result<Response<RunningGamesResponse>, Error<GetRunningGamesError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<RunningGamesResponse>,
        GetRunningGamesError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetRunningGames);

/// The documented error responses of [`Client::get_running_games`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetRunningGamesError {
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Get a running game
///
/// `GET /games/running/{internalGameId}`: made by [`Client::get_running_game`](crate::Client::get_running_game); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetRunningGame<'a> {
    client: &'a Client,
    internal_game_id: String,
    options: RequestOptions,
}

impl<'a> GetRunningGame<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`RunningGameResponse`](crate::types::RunningGameResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetRunningGameError`](crate::operations::GetRunningGameError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<RunningGameResponse>, GetRunningGameError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(GetRunningGameError::BadRequest),
                    404 => response.error_json(GetRunningGameError::NotFound),
                    500 => response.error_json(GetRunningGameError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(47);
        path.push_str("/games/running/");
        push_path_param(&mut path, "internalGameId", &self.internal_game_id)?;
        let mut request = self
            .client
            .request(
                Method::GET,
                path,
                "getRunningGame",
                "/games/running/{internalGameId}",
            );
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetRunningGame<'a> {
    type Output = Result<Response<RunningGameResponse>, Error<GetRunningGameError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<RunningGameResponse>,
        GetRunningGameError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetRunningGame);

/// The documented error responses of [`Client::get_running_game`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetRunningGameError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 404: The specified resource was not found
    NotFound(NotFound),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Create a new server
///
/// `POST /activity/createServer`: made by [`Client::post_create_server`](crate::Client::post_create_server); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct PostCreateServer<'a> {
    client: &'a Client,
    body: CreateServerRequest,
    options: RequestOptions,
}

impl<'a> PostCreateServer<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`CreateServerResponse`](crate::types::CreateServerResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`PostCreateServerError`](crate::operations::PostCreateServerError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<CreateServerResponse>, PostCreateServerError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(PostCreateServerError::BadRequest),
                    500 => {
                        response.error_json(PostCreateServerError::InternalServerError)
                    }
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/activity/createServer");
        let mut request = self
            .client
            .request(Method::POST, path, "postCreateServer", "/activity/createServer");
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for PostCreateServer<'a> {
    type Output = Result<Response<CreateServerResponse>, Error<PostCreateServerError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<CreateServerResponse>,
        PostCreateServerError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(PostCreateServer);

/// The documented error responses of [`Client::post_create_server`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostCreateServerError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Get server information
///
/// `POST /activity/getServer`: made by [`Client::post_get_server`](crate::Client::post_get_server); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct PostGetServer<'a> {
    client: &'a Client,
    body: RunningServerRequest,
    options: RequestOptions,
}

impl<'a> PostGetServer<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`GetServerResponse`](crate::types::GetServerResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`PostGetServerError`](crate::operations::PostGetServerError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<GetServerResponse>, PostGetServerError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(PostGetServerError::BadRequest),
                    500 => response.error_json(PostGetServerError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/activity/getServer");
        let mut request = self
            .client
            .request(Method::POST, path, "postGetServer", "/activity/getServer");
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for PostGetServer<'a> {
    type Output = Result<Response<GetServerResponse>, Error<PostGetServerError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<GetServerResponse>,
        PostGetServerError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(PostGetServer);

/// The documented error responses of [`Client::post_get_server`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostGetServerError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// End a game session
///
/// `DELETE /activity/endServer`: made by [`Client::delete_end_server`](crate::Client::delete_end_server); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct DeleteEndServer<'a> {
    client: &'a Client,
    body: RunningServerRequest,
    options: RequestOptions,
}

impl<'a> DeleteEndServer<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`SuccessResponse`](crate::types::SuccessResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`DeleteEndServerError`](crate::operations::DeleteEndServerError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<SuccessResponse>, DeleteEndServerError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(DeleteEndServerError::BadRequest),
                    500 => response.error_json(DeleteEndServerError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/activity/endServer");
        let mut request = self
            .client
            .request(Method::DELETE, path, "deleteEndServer", "/activity/endServer");
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for DeleteEndServer<'a> {
    type Output = Result<Response<SuccessResponse>, Error<DeleteEndServerError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<SuccessResponse>,
        DeleteEndServerError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(DeleteEndServer);

/// The documented error responses of [`Client::delete_end_server`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeleteEndServerError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Player joins a game session
///
/// `POST /activity/playerJoin`: made by [`Client::post_player_join`](crate::Client::post_player_join); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct PostPlayerJoin<'a> {
    client: &'a Client,
    body: PlayerJoinRequest,
    options: RequestOptions,
}

impl<'a> PostPlayerJoin<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`PlayerJoinResponse`](crate::types::PlayerJoinResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`PostPlayerJoinError`](crate::operations::PostPlayerJoinError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<PlayerJoinResponse>, PostPlayerJoinError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(PostPlayerJoinError::BadRequest),
                    500 => response.error_json(PostPlayerJoinError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/activity/playerJoin");
        let mut request = self
            .client
            .request(Method::POST, path, "postPlayerJoin", "/activity/playerJoin");
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for PostPlayerJoin<'a> {
    type Output = Result<Response<PlayerJoinResponse>, Error<PostPlayerJoinError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<PlayerJoinResponse>,
        PostPlayerJoinError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(PostPlayerJoin);

/// The documented error responses of [`Client::post_player_join`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostPlayerJoinError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Player leaves a game session
///
/// `DELETE /activity/playerLeave`: made by [`Client::delete_player_leave`](crate::Client::delete_player_leave); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct DeletePlayerLeave<'a> {
    client: &'a Client,
    body: PlayerLeaveRequest,
    options: RequestOptions,
}

impl<'a> DeletePlayerLeave<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`SuccessResponse`](crate::types::SuccessResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`DeletePlayerLeaveError`](crate::operations::DeletePlayerLeaveError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<SuccessResponse>, DeletePlayerLeaveError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(DeletePlayerLeaveError::BadRequest),
                    500 => {
                        response.error_json(DeletePlayerLeaveError::InternalServerError)
                    }
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/activity/playerLeave");
        let mut request = self
            .client
            .request(Method::DELETE, path, "deletePlayerLeave", "/activity/playerLeave");
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for DeletePlayerLeave<'a> {
    type Output = Result<Response<SuccessResponse>, Error<DeletePlayerLeaveError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<SuccessResponse>,
        DeletePlayerLeaveError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(DeletePlayerLeave);

/// The documented error responses of [`Client::delete_player_leave`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeletePlayerLeaveError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Send data to server
///
/// `POST /activity/sendData`: made by [`Client::post_send_data`](crate::Client::post_send_data); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct PostSendData<'a> {
    client: &'a Client,
    body: SendDataRequest,
    options: RequestOptions,
}

impl<'a> PostSendData<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`SendDataResponse`](crate::types::SendDataResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`PostSendDataError`](crate::operations::PostSendDataError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<SendDataResponse>, PostSendDataError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(PostSendDataError::BadRequest),
                    500 => response.error_json(PostSendDataError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/activity/sendData");
        let mut request = self
            .client
            .request(Method::POST, path, "postSendData", "/activity/sendData");
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for PostSendData<'a> {
    type Output = Result<Response<SendDataResponse>, Error<PostSendDataError>>;
    type IntoFuture = ResponseFuture<'a, Response<SendDataResponse>, PostSendDataError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(PostSendData);

/// The documented error responses of [`Client::post_send_data`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PostSendDataError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Get time off requests
///
/// `GET /time-off`: made by [`Client::get_time_off_requests`](crate::Client::get_time_off_requests); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetTimeOffRequests<'a> {
    client: &'a Client,
    status: Option<String>,
    user_id: Option<String>,
    options: RequestOptions,
}

impl<'a> GetTimeOffRequests<'a> {
    /// Filter by status
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Filter to a single staff member (Roblox id)
    pub fn user_id(mut self, value: impl Into<String>) -> Self {
        self.user_id = Some(value.into());
        self
    }

    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`TimeOffRequestListResponse`](crate::types::TimeOffRequestListResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetTimeOffRequestsError`](crate::operations::GetTimeOffRequestsError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<
        'a,
        Response<TimeOffRequestListResponse>,
        GetTimeOffRequestsError,
    > {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    500 => {
                        response.error_json(GetTimeOffRequestsError::InternalServerError)
                    }
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/time-off");
        let mut request = self
            .client
            .request(Method::GET, path, "getTimeOffRequests", "/time-off");
        if let Some(value) = &self.status {
            request.query("status", value);
        }
        if let Some(value) = &self.user_id {
            request.query("userId", value);
        }
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetTimeOffRequests<'a> {
    type Output = Result<
        Response<TimeOffRequestListResponse>,
        Error<GetTimeOffRequestsError>,
    >;
    type IntoFuture = ResponseFuture<
        'a,
        Response<TimeOffRequestListResponse>,
        GetTimeOffRequestsError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetTimeOffRequests);

/// The documented error responses of [`Client::get_time_off_requests`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetTimeOffRequestsError {
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Get a time off request
///
/// `GET /time-off/{requestId}`: made by [`Client::get_time_off_request`](crate::Client::get_time_off_request); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetTimeOffRequest<'a> {
    client: &'a Client,
    request_id: String,
    options: RequestOptions,
}

impl<'a> GetTimeOffRequest<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`TimeOffRequestResponse`](crate::types::TimeOffRequestResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetTimeOffRequestError`](crate::operations::GetTimeOffRequestError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<TimeOffRequestResponse>, GetTimeOffRequestError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(GetTimeOffRequestError::BadRequest),
                    404 => response.error_json(GetTimeOffRequestError::NotFound),
                    500 => {
                        response.error_json(GetTimeOffRequestError::InternalServerError)
                    }
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(37);
        path.push_str("/time-off/");
        push_path_param(&mut path, "requestId", &self.request_id)?;
        let mut request = self
            .client
            .request(Method::GET, path, "getTimeOffRequest", "/time-off/{requestId}");
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetTimeOffRequest<'a> {
    type Output = Result<
        Response<TimeOffRequestResponse>,
        Error<GetTimeOffRequestError>,
    >;
    type IntoFuture = ResponseFuture<
        'a,
        Response<TimeOffRequestResponse>,
        GetTimeOffRequestError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetTimeOffRequest);

/// The documented error responses of [`Client::get_time_off_request`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetTimeOffRequestError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 404: The specified resource was not found
    NotFound(NotFound),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Approve a time off request
///
/// `PUT /time-off/{requestId}/approve`: made by [`Client::approve_time_off_request`](crate::Client::approve_time_off_request); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct ApproveTimeOffRequest<'a> {
    client: &'a Client,
    request_id: String,
    body: ReviewTimeOffRequest,
    options: RequestOptions,
}

impl<'a> ApproveTimeOffRequest<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`TimeOffRequestResponse`](crate::types::TimeOffRequestResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ApproveTimeOffRequestError`](crate::operations::ApproveTimeOffRequestError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<
        'a,
        Response<TimeOffRequestResponse>,
        ApproveTimeOffRequestError,
    > {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(ApproveTimeOffRequestError::BadRequest),
                    404 => response.error_json(ApproveTimeOffRequestError::NotFound),
                    500 => {
                        response
                            .error_json(ApproveTimeOffRequestError::InternalServerError)
                    }
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(45);
        path.push_str("/time-off/");
        push_path_param(&mut path, "requestId", &self.request_id)?;
        path.push_str("/approve");
        let mut request = self
            .client
            .request(
                Method::PUT,
                path,
                "approveTimeOffRequest",
                "/time-off/{requestId}/approve",
            );
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for ApproveTimeOffRequest<'a> {
    type Output = Result<
        Response<TimeOffRequestResponse>,
        Error<ApproveTimeOffRequestError>,
    >;
    type IntoFuture = ResponseFuture<
        'a,
        Response<TimeOffRequestResponse>,
        ApproveTimeOffRequestError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(ApproveTimeOffRequest);

/// The documented error responses of [`Client::approve_time_off_request`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ApproveTimeOffRequestError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 404: The specified resource was not found
    NotFound(NotFound),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Decline a time off request
///
/// `PUT /time-off/{requestId}/decline`: made by [`Client::decline_time_off_request`](crate::Client::decline_time_off_request); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct DeclineTimeOffRequest<'a> {
    client: &'a Client,
    request_id: String,
    body: ReviewTimeOffRequest,
    options: RequestOptions,
}

impl<'a> DeclineTimeOffRequest<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`TimeOffRequestResponse`](crate::types::TimeOffRequestResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`DeclineTimeOffRequestError`](crate::operations::DeclineTimeOffRequestError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<
        'a,
        Response<TimeOffRequestResponse>,
        DeclineTimeOffRequestError,
    > {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(DeclineTimeOffRequestError::BadRequest),
                    404 => response.error_json(DeclineTimeOffRequestError::NotFound),
                    500 => {
                        response
                            .error_json(DeclineTimeOffRequestError::InternalServerError)
                    }
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(45);
        path.push_str("/time-off/");
        push_path_param(&mut path, "requestId", &self.request_id)?;
        path.push_str("/decline");
        let mut request = self
            .client
            .request(
                Method::PUT,
                path,
                "declineTimeOffRequest",
                "/time-off/{requestId}/decline",
            );
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for DeclineTimeOffRequest<'a> {
    type Output = Result<
        Response<TimeOffRequestResponse>,
        Error<DeclineTimeOffRequestError>,
    >;
    type IntoFuture = ResponseFuture<
        'a,
        Response<TimeOffRequestResponse>,
        DeclineTimeOffRequestError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(DeclineTimeOffRequest);

/// The documented error responses of [`Client::decline_time_off_request`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum DeclineTimeOffRequestError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 404: The specified resource was not found
    NotFound(NotFound),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Get teams
///
/// `GET /teams`: made by [`Client::get_teams`](crate::Client::get_teams); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetTeams<'a> {
    client: &'a Client,
    options: RequestOptions,
}

impl<'a> GetTeams<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`TeamListResponse`](crate::types::TeamListResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetTeamsError`](crate::operations::GetTeamsError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<TeamListResponse>, GetTeamsError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    500 => response.error_json(GetTeamsError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/teams");
        let mut request = self.client.request(Method::GET, path, "getTeams", "/teams");
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetTeams<'a> {
    type Output = Result<Response<TeamListResponse>, Error<GetTeamsError>>;
    type IntoFuture = ResponseFuture<'a, Response<TeamListResponse>, GetTeamsError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetTeams);

/// The documented error responses of [`Client::get_teams`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetTeamsError {
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Get a user's teams
///
/// `GET /teams/users/{userId}`: made by [`Client::get_user_teams`](crate::Client::get_user_teams); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetUserTeams<'a> {
    client: &'a Client,
    user_id: String,
    options: RequestOptions,
}

impl<'a> GetUserTeams<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`UserTeamListResponse`](crate::types::UserTeamListResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetUserTeamsError`](crate::operations::GetUserTeamsError) (`400`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<UserTeamListResponse>, GetUserTeamsError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(GetUserTeamsError::BadRequest),
                    500 => response.error_json(GetUserTeamsError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(37);
        path.push_str("/teams/users/");
        push_path_param(&mut path, "userId", &self.user_id)?;
        let mut request = self
            .client
            .request(Method::GET, path, "getUserTeams", "/teams/users/{userId}");
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetUserTeams<'a> {
    type Output = Result<Response<UserTeamListResponse>, Error<GetUserTeamsError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<UserTeamListResponse>,
        GetUserTeamsError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetUserTeams);

/// The documented error responses of [`Client::get_user_teams`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetUserTeamsError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Get a team
///
/// `GET /teams/{teamId}`: made by [`Client::get_team`](crate::Client::get_team); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetTeam<'a> {
    client: &'a Client,
    team_id: String,
    options: RequestOptions,
}

impl<'a> GetTeam<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`TeamResponse`](crate::types::TeamResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetTeamError`](crate::operations::GetTeamError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(mut self) -> ResponseFuture<'a, Response<TeamResponse>, GetTeamError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(GetTeamError::BadRequest),
                    404 => response.error_json(GetTeamError::NotFound),
                    500 => response.error_json(GetTeamError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(31);
        path.push_str("/teams/");
        push_path_param(&mut path, "teamId", &self.team_id)?;
        let mut request = self
            .client
            .request(Method::GET, path, "getTeam", "/teams/{teamId}");
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetTeam<'a> {
    type Output = Result<Response<TeamResponse>, Error<GetTeamError>>;
    type IntoFuture = ResponseFuture<'a, Response<TeamResponse>, GetTeamError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetTeam);

/// The documented error responses of [`Client::get_team`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetTeamError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 404: The specified resource was not found
    NotFound(NotFound),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Get promotion requests
///
/// `GET /promotion-requests`: made by [`Client::get_promotion_requests`](crate::Client::get_promotion_requests); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetPromotionRequests<'a> {
    client: &'a Client,
    status: Option<String>,
    options: RequestOptions,
}

impl<'a> GetPromotionRequests<'a> {
    /// Filter by status
    pub fn status(mut self, value: impl Into<String>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`PromotionRequestListResponse`](crate::types::PromotionRequestListResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetPromotionRequestsError`](crate::operations::GetPromotionRequestsError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<
        'a,
        Response<PromotionRequestListResponse>,
        GetPromotionRequestsError,
    > {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    500 => {
                        response
                            .error_json(GetPromotionRequestsError::InternalServerError)
                    }
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/promotion-requests");
        let mut request = self
            .client
            .request(Method::GET, path, "getPromotionRequests", "/promotion-requests");
        if let Some(value) = &self.status {
            request.query("status", value);
        }
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetPromotionRequests<'a> {
    type Output = Result<
        Response<PromotionRequestListResponse>,
        Error<GetPromotionRequestsError>,
    >;
    type IntoFuture = ResponseFuture<
        'a,
        Response<PromotionRequestListResponse>,
        GetPromotionRequestsError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetPromotionRequests);

/// The documented error responses of [`Client::get_promotion_requests`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetPromotionRequestsError {
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Get a promotion request
///
/// `GET /promotion-requests/{requestId}`: made by [`Client::get_promotion_request`](crate::Client::get_promotion_request); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetPromotionRequest<'a> {
    client: &'a Client,
    request_id: String,
    options: RequestOptions,
}

impl<'a> GetPromotionRequest<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`PromotionRequestResponse`](crate::types::PromotionRequestResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetPromotionRequestError`](crate::operations::GetPromotionRequestError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<
        'a,
        Response<PromotionRequestResponse>,
        GetPromotionRequestError,
    > {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(GetPromotionRequestError::BadRequest),
                    404 => response.error_json(GetPromotionRequestError::NotFound),
                    500 => {
                        response
                            .error_json(GetPromotionRequestError::InternalServerError)
                    }
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(47);
        path.push_str("/promotion-requests/");
        push_path_param(&mut path, "requestId", &self.request_id)?;
        let mut request = self
            .client
            .request(
                Method::GET,
                path,
                "getPromotionRequest",
                "/promotion-requests/{requestId}",
            );
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetPromotionRequest<'a> {
    type Output = Result<
        Response<PromotionRequestResponse>,
        Error<GetPromotionRequestError>,
    >;
    type IntoFuture = ResponseFuture<
        'a,
        Response<PromotionRequestResponse>,
        GetPromotionRequestError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetPromotionRequest);

/// The documented error responses of [`Client::get_promotion_request`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetPromotionRequestError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 404: The specified resource was not found
    NotFound(NotFound),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// List calls
///
/// `GET /calls`: made by [`Client::list_calls`](crate::Client::list_calls); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct ListCalls<'a> {
    client: &'a Client,
    status: Option<ListCallsStatus>,
    options: RequestOptions,
}

impl<'a> ListCalls<'a> {
    /// Which calls to return
    ///
    /// The server's default is `open`.
    pub fn status(mut self, value: ListCallsStatus) -> Self {
        self.status = Some(value);
        self
    }

    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`CallListResponse`](crate::types::CallListResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ListCallsError`](crate::operations::ListCallsError) (`500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<CallListResponse>, ListCallsError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    500 => response.error_json(ListCallsError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/calls");
        let mut request = self.client.request(Method::GET, path, "listCalls", "/calls");
        if let Some(value) = &self.status {
            request.query("status", value);
        }
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for ListCalls<'a> {
    type Output = Result<Response<CallListResponse>, Error<ListCallsError>>;
    type IntoFuture = ResponseFuture<'a, Response<CallListResponse>, ListCallsError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(ListCalls);

/// The documented error responses of [`Client::list_calls`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListCallsError {
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Get a call
///
/// `GET /calls/{callId}`: made by [`Client::get_call`](crate::Client::get_call); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetCall<'a> {
    client: &'a Client,
    call_id: String,
    options: RequestOptions,
}

impl<'a> GetCall<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`CallResponse`](crate::types::CallResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetCallError`](crate::operations::GetCallError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(mut self) -> ResponseFuture<'a, Response<CallResponse>, GetCallError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(GetCallError::BadRequest),
                    404 => response.error_json(GetCallError::NotFound),
                    500 => response.error_json(GetCallError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(31);
        path.push_str("/calls/");
        push_path_param(&mut path, "callId", &self.call_id)?;
        let mut request = self
            .client
            .request(Method::GET, path, "getCall", "/calls/{callId}");
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetCall<'a> {
    type Output = Result<Response<CallResponse>, Error<GetCallError>>;
    type IntoFuture = ResponseFuture<'a, Response<CallResponse>, GetCallError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetCall);

/// The documented error responses of [`Client::get_call`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetCallError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 404: The specified resource was not found
    NotFound(NotFound),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Read call messages
///
/// `GET /calls/{callId}/messages`: made by [`Client::read_call_messages`](crate::Client::read_call_messages); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct ReadCallMessages<'a> {
    client: &'a Client,
    call_id: String,
    options: RequestOptions,
}

impl<'a> ReadCallMessages<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`CallMessagesResponse`](crate::types::CallMessagesResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ReadCallMessagesError`](crate::operations::ReadCallMessagesError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<CallMessagesResponse>, ReadCallMessagesError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(ReadCallMessagesError::BadRequest),
                    404 => response.error_json(ReadCallMessagesError::NotFound),
                    500 => {
                        response.error_json(ReadCallMessagesError::InternalServerError)
                    }
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(40);
        path.push_str("/calls/");
        push_path_param(&mut path, "callId", &self.call_id)?;
        path.push_str("/messages");
        let mut request = self
            .client
            .request(Method::GET, path, "readCallMessages", "/calls/{callId}/messages");
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for ReadCallMessages<'a> {
    type Output = Result<Response<CallMessagesResponse>, Error<ReadCallMessagesError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<CallMessagesResponse>,
        ReadCallMessagesError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(ReadCallMessages);

/// The documented error responses of [`Client::read_call_messages`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ReadCallMessagesError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 404: The specified resource was not found
    NotFound(NotFound),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Send a call message
///
/// `POST /calls/{callId}/messages`: made by [`Client::send_call_message`](crate::Client::send_call_message); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct SendCallMessage<'a> {
    client: &'a Client,
    call_id: String,
    body: SendCallMessageRequest,
    options: RequestOptions,
}

impl<'a> SendCallMessage<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`SendCallMessageResponse`](crate::types::SendCallMessageResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`SendCallMessageError`](crate::operations::SendCallMessageError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<SendCallMessageResponse>, SendCallMessageError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(SendCallMessageError::BadRequest),
                    404 => response.error_json(SendCallMessageError::NotFound),
                    500 => response.error_json(SendCallMessageError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(40);
        path.push_str("/calls/");
        push_path_param(&mut path, "callId", &self.call_id)?;
        path.push_str("/messages");
        let mut request = self
            .client
            .request(Method::POST, path, "sendCallMessage", "/calls/{callId}/messages");
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for SendCallMessage<'a> {
    type Output = Result<Response<SendCallMessageResponse>, Error<SendCallMessageError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<SendCallMessageResponse>,
        SendCallMessageError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(SendCallMessage);

/// The documented error responses of [`Client::send_call_message`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum SendCallMessageError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 404: The specified resource was not found
    NotFound(NotFound),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Claim a call
///
/// `PUT /calls/{callId}/claim`: made by [`Client::claim_call`](crate::Client::claim_call); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct ClaimCall<'a> {
    client: &'a Client,
    call_id: String,
    body: ClaimCallRequest,
    options: RequestOptions,
}

impl<'a> ClaimCall<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`SuccessResponse`](crate::types::SuccessResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ClaimCallError`](crate::operations::ClaimCallError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<SuccessResponse>, ClaimCallError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(ClaimCallError::BadRequest),
                    404 => response.error_json(ClaimCallError::NotFound),
                    500 => response.error_json(ClaimCallError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(37);
        path.push_str("/calls/");
        push_path_param(&mut path, "callId", &self.call_id)?;
        path.push_str("/claim");
        let mut request = self
            .client
            .request(Method::PUT, path, "claimCall", "/calls/{callId}/claim");
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for ClaimCall<'a> {
    type Output = Result<Response<SuccessResponse>, Error<ClaimCallError>>;
    type IntoFuture = ResponseFuture<'a, Response<SuccessResponse>, ClaimCallError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(ClaimCall);

/// The documented error responses of [`Client::claim_call`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum ClaimCallError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 404: The specified resource was not found
    NotFound(NotFound),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// End a call
///
/// `PUT /calls/{callId}/end`: made by [`Client::end_call`](crate::Client::end_call); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct EndCall<'a> {
    client: &'a Client,
    call_id: String,
    body: EndCallRequest,
    options: RequestOptions,
}

impl<'a> EndCall<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`SuccessResponse`](crate::types::SuccessResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`EndCallError`](crate::operations::EndCallError) (`400`, `404`, `500`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<SuccessResponse>, EndCallError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(EndCallError::BadRequest),
                    404 => response.error_json(EndCallError::NotFound),
                    500 => response.error_json(EndCallError::InternalServerError),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(35);
        path.push_str("/calls/");
        push_path_param(&mut path, "callId", &self.call_id)?;
        path.push_str("/end");
        let mut request = self
            .client
            .request(Method::PUT, path, "endCall", "/calls/{callId}/end");
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for EndCall<'a> {
    type Output = Result<Response<SuccessResponse>, Error<EndCallError>>;
    type IntoFuture = ResponseFuture<'a, Response<SuccessResponse>, EndCallError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(EndCall);

/// The documented error responses of [`Client::end_call`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum EndCallError {
    /// Status 400: Bad request, invalid parameters
    BadRequest(BadRequest),
    /// Status 404: The specified resource was not found
    NotFound(NotFound),
    /// Status 500: Internal server error
    InternalServerError(ServerError),
}

/// Get the POS bootstrap payload
///
/// `GET /v2/pos/bootstrap`: made by [`Client::get_pos_bootstrap`](crate::Client::get_pos_bootstrap); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetPosBootstrap<'a> {
    client: &'a Client,
    game_id: Option<String>,
    options: RequestOptions,
}

impl<'a> GetPosBootstrap<'a> {
    /// Game to resolve the POS configuration for
    pub fn game_id(mut self, value: impl Into<String>) -> Self {
        self.game_id = Some(value.into());
        self
    }

    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`PosBootstrapResponse`](crate::types::PosBootstrapResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetPosBootstrapError`](crate::operations::GetPosBootstrapError) (`403`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<PosBootstrapResponse>, GetPosBootstrapError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    403 => response.error_json(GetPosBootstrapError::Forbidden),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/v2/pos/bootstrap");
        let mut request = self
            .client
            .request(Method::GET, path, "getPosBootstrap", "/v2/pos/bootstrap");
        if let Some(value) = &self.game_id {
            request.query("gameId", value);
        }
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetPosBootstrap<'a> {
    type Output = Result<Response<PosBootstrapResponse>, Error<GetPosBootstrapError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<PosBootstrapResponse>,
        GetPosBootstrapError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetPosBootstrap);

/// The documented error responses of [`Client::get_pos_bootstrap`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetPosBootstrapError {
    /// Status 403: The orders module is not enabled for this workspace.
    Forbidden(OrdersErrorResponse),
}

/// Get the product catalog
///
/// `GET /v2/products`: made by [`Client::get_products`](crate::Client::get_products); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct GetProducts<'a> {
    client: &'a Client,
    since: Option<i64>,
    game_id: Option<String>,
    options: RequestOptions,
}

impl<'a> GetProducts<'a> {
    /// Catalog version the caller already has
    pub fn since(mut self, value: i64) -> Self {
        self.since = Some(value);
        self
    }

    /// Game to resolve the POS configuration for
    pub fn game_id(mut self, value: impl Into<String>) -> Self {
        self.game_id = Some(value.into());
        self
    }

    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`ProductCatalogResponse`](crate::types::ProductCatalogResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`GetProductsError`](crate::operations::GetProductsError) (`403`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<ProductCatalogResponse>, GetProductsError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    403 => response.error_json(GetProductsError::Forbidden),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/v2/products");
        let mut request = self
            .client
            .request(Method::GET, path, "getProducts", "/v2/products");
        if let Some(value) = &self.since {
            request.query("since", value);
        }
        if let Some(value) = &self.game_id {
            request.query("gameId", value);
        }
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for GetProducts<'a> {
    type Output = Result<Response<ProductCatalogResponse>, Error<GetProductsError>>;
    type IntoFuture = ResponseFuture<
        'a,
        Response<ProductCatalogResponse>,
        GetProductsError,
    >;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(GetProducts);

/// The documented error responses of [`Client::get_products`].
#[derive(Debug, Clone, PartialEq)]
pub enum GetProductsError {
    /// Status 403: The orders module is not enabled for this workspace.
    Forbidden(OrdersErrorResponse),
}

/// List orders
///
/// `GET /v2/orders`: made by [`Client::list_orders`](crate::Client::list_orders); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct ListOrders<'a> {
    client: &'a Client,
    status: Option<OrderStatus>,
    queue_id: Option<String>,
    game_id: Option<String>,
    cursor: Option<String>,
    limit: Option<i64>,
    options: RequestOptions,
}

impl<'a> ListOrders<'a> {
    /// Sets the `status` parameter.
    pub fn status(mut self, value: OrderStatus) -> Self {
        self.status = Some(value);
        self
    }

    /// Sets the `queueId` parameter.
    pub fn queue_id(mut self, value: impl Into<String>) -> Self {
        self.queue_id = Some(value.into());
        self
    }

    /// Sets the `gameId` parameter.
    pub fn game_id(mut self, value: impl Into<String>) -> Self {
        self.game_id = Some(value.into());
        self
    }

    /// `nextCursor` from the previous page
    pub fn cursor(mut self, value: impl Into<String>) -> Self {
        self.cursor = Some(value.into());
        self
    }

    /// Sets the `limit` parameter.
    ///
    /// The server's default is `50`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }

    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`OrderListResponse`](crate::types::OrderListResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`ListOrdersError`](crate::operations::ListOrdersError) (`403`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<OrderListResponse>, ListOrdersError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    403 => response.error_json(ListOrdersError::Forbidden),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/v2/orders");
        let mut request = self
            .client
            .request(Method::GET, path, "listOrders", "/v2/orders");
        if let Some(value) = &self.status {
            request.query("status", value);
        }
        if let Some(value) = &self.queue_id {
            request.query("queueId", value);
        }
        if let Some(value) = &self.game_id {
            request.query("gameId", value);
        }
        if let Some(value) = &self.cursor {
            request.query("cursor", value);
        }
        if let Some(value) = &self.limit {
            request.query("limit", value);
        }
        request.accept("application/json");
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for ListOrders<'a> {
    type Output = Result<Response<OrderListResponse>, Error<ListOrdersError>>;
    type IntoFuture = ResponseFuture<'a, Response<OrderListResponse>, ListOrdersError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(ListOrders);

impl<'a> ListOrders<'a> {
    /// Streams the items of every page, passing each page's next cursor back as `cursor` until the last page.
    ///
    /// Pages are fetched as the stream is polled, each with this
    /// request's parameters and per-call options; the stream ends
    /// after the last page or the first error.
    pub fn into_stream(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<Order, Error<ListOrdersError>>,
    > + Unpin + Send + 'a {
        crate::runtime::paginate(
            "listOrders",
            self,
            |builder: &Self, cursor: Option<&String>| {
                let mut next = builder.clone();
                if let Some(cursor) = cursor {
                    next.cursor = Some(cursor.clone());
                }
                next.send()
            },
            |_: &Self, _: Option<&String>, _: &HeaderMap, page: OrderListResponse| {
                let next = page
                    .next_cursor
                    .as_ref()
                    .filter(|cursor| !cursor.is_empty())
                    .cloned();
                (page.orders.unwrap_or_default(), next)
            },
        )
    }
}

/// The documented error responses of [`Client::list_orders`].
#[derive(Debug, Clone, PartialEq)]
pub enum ListOrdersError {
    /// Status 403: The orders module is not enabled for this workspace.
    Forbidden(OrdersErrorResponse),
}

/// Create order
///
/// `POST /v2/orders`: made by [`Client::create_order`](crate::Client::create_order); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct CreateOrder<'a> {
    client: &'a Client,
    body: CreateOrderRequest,
    options: RequestOptions,
}

impl<'a> CreateOrder<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`OrderResponse`](crate::types::OrderResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`CreateOrderError`](crate::operations::CreateOrderError) (`400`, `403`, `409`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<OrderResponse>, CreateOrderError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(CreateOrderError::BadRequest),
                    403 => response.error_json(CreateOrderError::Forbidden),
                    409 => response.error_json(CreateOrderError::Conflict),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let path = String::from("/v2/orders");
        let mut request = self
            .client
            .request(Method::POST, path, "createOrder", "/v2/orders");
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for CreateOrder<'a> {
    type Output = Result<Response<OrderResponse>, Error<CreateOrderError>>;
    type IntoFuture = ResponseFuture<'a, Response<OrderResponse>, CreateOrderError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(CreateOrder);

/// The documented error responses of [`Client::create_order`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum CreateOrderError {
    /// Status 400: Invalid body, unknown product, invalid queue or empty order.
    BadRequest(OrdersErrorResponse),
    /// Status 403: The orders module is not enabled for this workspace.
    Forbidden(OrdersErrorResponse),
    /// Status 409: Conflict.
    Conflict(OrdersErrorResponse),
}

/// Transition an order
///
/// `POST /v2/orders/{id}/transition`: made by [`Client::transition_order`](crate::Client::transition_order); set optional parameters and per-call options, then `.await` it (or call `send`) to send the request.
#[derive(Debug, Clone)]
#[must_use = "a request is only sent when the builder is awaited or `send` is called"]
pub struct TransitionOrder<'a> {
    client: &'a Client,
    id: String,
    body: TransitionOrderRequest,
    options: RequestOptions,
}

impl<'a> TransitionOrder<'a> {
    /// Sends the request and decodes the response. Returns a [`Response`](crate::Response) of [`OrderResponse`](crate::types::OrderResponse) (`200`). Errors: a documented error status is [`Error::Api`](crate::Error::Api) holding an [`TransitionOrderError`](crate::operations::TransitionOrderError) (`400`, `403`, `404`, `409`); any other status is [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus), and a body that does not decode, a timeout or a transport failure the matching [`Error`](crate::Error) variant.
    #[inline]
    pub fn send(
        mut self,
    ) -> ResponseFuture<'a, Response<OrderResponse>, TransitionOrderError> {
        let options = std::mem::take(&mut self.options);
        let client = self.client;
        client
            .call(
                self.into_request(),
                options,
                |response| match response.status_code() {
                    200 => response.json(),
                    400 => response.error_json(TransitionOrderError::BadRequest),
                    403 => response.error_json(TransitionOrderError::Forbidden),
                    404 => response.error_json(TransitionOrderError::NotFound),
                    409 => response.error_json(TransitionOrderError::Conflict),
                    201..=299 => response.json_undocumented(),
                    _ => response.unexpected(),
                },
            )
    }

    /// The request with every parameter and the body encoded.
    #[inline]
    fn into_request(self) -> Result<Request, InvalidRequest> {
        let mut path = String::with_capacity(42);
        path.push_str("/v2/orders/");
        push_path_param(&mut path, "id", &self.id)?;
        path.push_str("/transition");
        let mut request = self
            .client
            .request(
                Method::POST,
                path,
                "transitionOrder",
                "/v2/orders/{id}/transition",
            );
        request.accept("application/json");
        request.json(&self.body, "application/json")?;
        self.client.authorize(&mut request, &[&[LOADER_ID_SCHEME]])?;
        Ok(request)
    }
}

impl<'a> IntoFuture for TransitionOrder<'a> {
    type Output = Result<Response<OrderResponse>, Error<TransitionOrderError>>;
    type IntoFuture = ResponseFuture<'a, Response<OrderResponse>, TransitionOrderError>;
    #[inline]
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

call_options!(TransitionOrder);

/// The documented error responses of [`Client::transition_order`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum TransitionOrderError {
    /// Status 400: Invalid body or action not allowed from the current status.
    BadRequest(OrdersErrorResponse),
    /// Status 403: The orders module is not enabled for this workspace.
    Forbidden(OrdersErrorResponse),
    /// Status 404: Order not found.
    NotFound(OrdersErrorResponse),
    /// Status 409: Conflict.
    Conflict(OrdersErrorResponse),
}
