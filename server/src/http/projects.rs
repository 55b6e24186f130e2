//! Projects and their teams (issue 20): the caller's projects, creating one (an admin of
//! any project may; the creator becomes its admin), renaming and archiving, and the
//! team: members with their role, adding an existing account or a new one (its password
//! shown once), changing a role, removing a member. Every change is audited.
//!
//! A project in the path is checked against the caller's own membership there
//! ([`crate::projects::require`]): not a member is "not found", whatever exists.

use axum::Json;
use axum::extract::{Path, State};
use forms::wire::{
    Account, AddedMember, ErrorBody, NewMember, NewProject, Project, ProjectDigits, ProjectRename,
    RoleChange,
};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::json::JsonBody;
use crate::AppState;
use crate::auth::{OwnAccount, Role, SignedIn, User};
use crate::error::{Error, Result};
use crate::projects::{check_username, parse_role, require};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, create))
        .routes(routes!(rename))
        .routes(routes!(archive))
        .routes(routes!(restore))
        .routes(routes!(set_digits))
        .routes(routes!(members, add_member))
        .routes(routes!(change_role, remove_member))
}

/// The project as the caller sees it.
async fn project_for(state: &AppState, user: &User, id: &str) -> Result<Json<Project>> {
    state
        .db
        .projects_of(user.id)
        .await?
        .into_iter()
        .find(|p| p.id == id)
        .map(Json)
        .ok_or(Error::NotFound)
}

/// The projects the caller is a member of, with their role in each, most recent first.
#[utoipa::path(get, path = "/projects", tag = "projects", security(("session" = [])),
    responses((status = 200, body = Vec<Project>, description = "The caller's projects"),
        (status = 401, body = ErrorBody, description = "Not signed in")))]
async fn list(
    State(state): State<AppState>,
    OwnAccount(user): OwnAccount,
) -> Result<Json<Vec<Project>>> {
    Ok(Json(state.db.projects_of(user.id).await?))
}

/// Create a project; the caller becomes its admin. Who may: an admin of any project
/// (there is no organisation-level role; the installation's first project comes from
/// `sauti setup`).
#[utoipa::path(post, path = "/projects", tag = "projects", security(("session" = [])),
    request_body = NewProject,
    responses((status = 200, body = Project, description = "Created; the caller is its admin"),
        (status = 400, body = ErrorBody, description = "Bad id or name"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin of any project"),
        (status = 409, body = ErrorBody, description = "The id is taken")))]
async fn create(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    JsonBody(body): JsonBody<NewProject>,
) -> Result<Json<Project>> {
    if !state.db.is_admin_anywhere(user.id).await? {
        return Err(Error::Forbidden);
    }
    crate::projects::create(&state.db, &body.id, &body.name, user.id, &user.username).await?;
    project_for(&state, &user, &body.id).await
}

/// Rename a project. Role: its admin.
#[utoipa::path(put, path = "/projects/{id}", tag = "projects", security(("session" = [])),
    params(("id" = String, Path, description = "A project of the caller")),
    request_body = ProjectRename,
    responses((status = 200, body = Project, description = "Renamed"),
        (status = 400, body = ErrorBody, description = "Bad name"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not its admin"),
        (status = 404, body = ErrorBody, description = "Not a project of the caller")))]
async fn rename(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<ProjectRename>,
) -> Result<Json<Project>> {
    require(&state.db, &user, &id, &[Role::Admin]).await?;
    let name = crate::projects::check_name(&body.name)?;
    state.db.rename_project(&id, &name).await?;
    state
        .db
        .audit(&user.username, "project-renamed", &id)
        .await?;
    project_for(&state, &user, &id).await
}

/// Archive a project: no new records, phones or forms from now on (a clear error says so); its
/// data is kept, its stewards can still review and export, and it can be restored.
/// Role: its admin.
#[utoipa::path(post, path = "/projects/{id}/archive", tag = "projects", security(("session" = [])),
    params(("id" = String, Path, description = "A project of the caller")),
    responses((status = 200, body = Project, description = "Archived"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not its admin"),
        (status = 404, body = ErrorBody, description = "Not a project of the caller")))]
async fn archive(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
) -> Result<Json<Project>> {
    set_archived(&state, &user, &id, true).await
}

/// Take a project out of the archive. Role: its admin.
#[utoipa::path(post, path = "/projects/{id}/restore", tag = "projects", security(("session" = [])),
    params(("id" = String, Path, description = "A project of the caller")),
    responses((status = 200, body = Project, description = "Restored"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not its admin"),
        (status = 404, body = ErrorBody, description = "Not a project of the caller")))]
async fn restore(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
) -> Result<Json<Project>> {
    set_archived(&state, &user, &id, false).await
}

/// Choose the digits the project's interface writes numbers in: each language's usual
/// ones, Latin, or the script's own; phones take it at their next sync. Role: its admin.
#[utoipa::path(put, path = "/projects/{id}/digits", tag = "projects", security(("session" = [])),
    params(("id" = String, Path, description = "A project of the caller")),
    request_body = ProjectDigits,
    responses((status = 200, body = Project, description = "Chosen"),
        (status = 400, body = ErrorBody, description = "Not null, true or false"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not its admin"),
        (status = 404, body = ErrorBody, description = "Not a project of the caller")))]
async fn set_digits(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<ProjectDigits>,
) -> Result<Json<Project>> {
    require(&state.db, &user, &id, &[Role::Admin]).await?;
    state.db.set_native_digits(&id, body.native_digits).await?;
    state
        .db
        .audit(&user.username, "project-digits", &id)
        .await?;
    project_for(&state, &user, &id).await
}

async fn set_archived(
    state: &AppState,
    user: &User,
    id: &str,
    archived: bool,
) -> Result<Json<Project>> {
    require(&state.db, user, id, &[Role::Admin]).await?;
    state.db.set_project_archived(id, archived).await?;
    let action = if archived {
        "project-archived"
    } else {
        "project-restored"
    };
    state.db.audit(&user.username, action, id).await?;
    project_for(state, user, id).await
}

/// The project's members with their role there. Role: its admin.
#[utoipa::path(get, path = "/projects/{id}/members", tag = "projects", security(("session" = [])),
    params(("id" = String, Path, description = "A project of the caller")),
    responses((status = 200, body = Vec<Account>, description = "Members: username, role in this project, joined at, account disabled"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not its admin"),
        (status = 404, body = ErrorBody, description = "Not a project of the caller")))]
async fn members(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
) -> Result<Json<Vec<Account>>> {
    require(&state.db, &user, &id, &[Role::Admin]).await?;
    let rows = state.db.list_users(&id).await?;
    Ok(Json(
        rows.into_iter().map(super::users::account_row).collect(),
    ))
}

/// Add a member: an existing account (`existing: true`) joins with a role, or a new
/// account is made, its generated password in the answer, this once. Role: its admin.
#[utoipa::path(post, path = "/projects/{id}/members", tag = "projects", security(("session" = [])),
    params(("id" = String, Path, description = "A project of the caller")),
    request_body = NewMember,
    responses((status = 200, body = AddedMember, description = "Added; a new account's password, shown this once"),
        (status = 400, body = ErrorBody, description = "Bad username or role"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not its admin"),
        (status = 404, body = ErrorBody, description = "Not a project of the caller, or (existing) no such account"),
        (status = 409, body = ErrorBody, description = "The username is taken (new), or a member already (existing)")))]
async fn add_member(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    JsonBody(body): JsonBody<NewMember>,
) -> Result<Json<AddedMember>> {
    require(&state.db, &user, &id, &[Role::Admin]).await?;
    let username = body.username.trim().to_string();
    check_username(&username)?;
    let role = parse_role(&body.role)?;
    let password = if body.existing {
        let (account, _) = state
            .db
            .account_by_name(&username)
            .await?
            .ok_or(Error::NotFound)?;
        if !state.db.add_membership(account, &id, role).await? {
            return Err(Error::Conflict);
        }
        None
    } else {
        if state.db.account_by_name(&username).await?.is_some() {
            return Err(Error::Conflict);
        }
        let password = crate::seed::generate_password()?;
        let hash = super::auth::hash_in_slot(&state, password.clone()).await?;
        state.db.insert_user(&id, &username, &hash, role).await?;
        Some(password)
    };
    let action = if password.is_some() {
        "user-created"
    } else {
        "member-added"
    };
    state
        .db
        .audit(
            &user.username,
            action,
            &format!("{id}:{username} ({})", role.as_str()),
        )
        .await?;
    Ok(Json(AddedMember {
        username,
        role: role.as_str().to_string(),
        password,
    }))
}

/// A member of the project by name: (account id, role), or not found.
async fn member(state: &AppState, project: &str, username: &str) -> Result<(i64, Role)> {
    state
        .db
        .account(project, username)
        .await?
        .ok_or(Error::NotFound)
}

/// Give a member another role in the project: their sessions there act with it at once;
/// an enumerator made something else has their phones stop syncing. A project keeps at
/// least one admin. Role: its admin.
#[utoipa::path(put, path = "/projects/{id}/members/{username}", tag = "projects", security(("session" = [])),
    params(("id" = String, Path, description = "A project of the caller"),
        ("username" = String, Path, description = "A member of the project")),
    request_body = RoleChange,
    responses((status = 200, body = Account, description = "The member with the new role"),
        (status = 400, body = ErrorBody, description = "Bad role"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not its admin"),
        (status = 404, body = ErrorBody, description = "Not a project of the caller, or not a member"),
        (status = 409, body = ErrorBody, description = "It would leave the project without an admin")))]
async fn change_role(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path((id, username)): Path<(String, String)>,
    JsonBody(body): JsonBody<RoleChange>,
) -> Result<Json<Account>> {
    require(&state.db, &user, &id, &[Role::Admin]).await?;
    let role = parse_role(&body.role)?;
    let (account, was) = member(&state, &id, &username).await?;
    if !state.db.set_member_role(account, &id, role).await? {
        return Err(Error::LastAdmin);
    }
    state
        .db
        .audit(
            &user.username,
            "member-role-changed",
            &format!("{id}:{username} ({} -> {})", was.as_str(), role.as_str()),
        )
        .await?;
    state
        .db
        .list_users(&id)
        .await?
        .into_iter()
        .find(|(name, ..)| *name == username)
        .map(|row| Json(super::users::account_row(row)))
        .ok_or(Error::NotFound)
}

/// Remove a member from the project: their sessions acting there end and their phones
/// there are revoked; the account, and what it recorded, stay. A project keeps at least
/// one admin. Role: its admin.
#[utoipa::path(delete, path = "/projects/{id}/members/{username}", tag = "projects", security(("session" = [])),
    params(("id" = String, Path, description = "A project of the caller"),
        ("username" = String, Path, description = "A member of the project")),
    responses((status = 200, body = Account, description = "Removed (as it was)"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not its admin"),
        (status = 404, body = ErrorBody, description = "Not a project of the caller, or not a member"),
        (status = 409, body = ErrorBody, description = "The project's last admin")))]
async fn remove_member(
    State(state): State<AppState>,
    SignedIn(user): SignedIn,
    Path((id, username)): Path<(String, String)>,
) -> Result<Json<Account>> {
    require(&state.db, &user, &id, &[Role::Admin]).await?;
    let (account, role) = member(&state, &id, &username).await?;
    let row = state
        .db
        .list_users(&id)
        .await?
        .into_iter()
        .find(|(name, ..)| *name == username)
        .ok_or(Error::NotFound)?;
    if !state.db.remove_membership(account, &id).await? {
        return Err(Error::LastAdmin);
    }
    state
        .db
        .audit(
            &user.username,
            "member-removed",
            &format!("{id}:{username} ({})", role.as_str()),
        )
        .await?;
    Ok(Json(super::users::account_row(row)))
}
