//! Accounts of a project, managed by its admin: enumerators for new phones, stewards,
//! reviewers, and partner organisations that receive shared exports. A new account's
//! password is generated and shown once, like the demo accounts'.
//!
//! These act on the session's project (`/users/{username}` is a member of it). An account
//! is one person on the whole server: resetting, disabling or ending the sessions of an
//! account that also works in a project the admin does not administer is refused
//! (`err-account-shared`); the admin removes it from their project instead
//! (`http/projects.rs`).

use axum::Json;
use axum::extract::{Path, State};
use forms::wire::{Account, CreatedAccount, ErrorBody, NewAccount, SessionsEnded};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::json::JsonBody;
use crate::AppState;
use crate::auth::{Admin, Role};
use crate::error::{Error, Result};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, create))
        .routes(routes!(reset))
        .routes(routes!(disable))
        .routes(routes!(enable))
        .routes(routes!(end_sessions))
}

/// An account of the admin's project, by name: (id, role).
async fn account_of(
    state: &AppState,
    admin: &crate::auth::User,
    username: &str,
) -> Result<(i64, Role)> {
    state
        .db
        .account(&admin.project_id, username)
        .await?
        .ok_or(Error::NotFound)
}

/// An account of the admin's project that works in no project the admin does not
/// administer: what a reset, a disable or ending its sessions may reach.
async fn managed_account(
    state: &AppState,
    admin: &crate::auth::User,
    username: &str,
) -> Result<(i64, Role)> {
    let (id, role) = account_of(state, admin, username).await?;
    if state.db.projects_beyond(id, admin.id).await? > 0 {
        return Err(Error::AccountShared);
    }
    Ok((id, role))
}

/// An account as listed: (username, role, created at, disabled at).
pub(super) fn account_row(
    (username, role, created_at, disabled_at): (String, String, String, Option<String>),
) -> Account {
    Account {
        username,
        role,
        created_at,
        disabled: disabled_at.is_some(),
    }
}

/// Give an account a new generated password (shown once) and end its sessions: for
/// someone who forgot theirs, or whose password may be known. Role: admin.
#[utoipa::path(post, path = "/users/{username}/reset", tag = "admin", security(("session" = [])),
    params(("username" = String, Path, description = "An account of the project")),
    responses((status = 200, body = CreatedAccount, description = "The new password, shown this once"),
        (status = 401, body = ErrorBody, description = "Not signed in"), (status = 403, body = ErrorBody, description = "Not an admin, or the account also works in a project you do not administer"),
        (status = 404, body = ErrorBody, description = "No such account in the project")))]
async fn reset(
    State(state): State<AppState>,
    Admin(admin): Admin,
    Path(username): Path<String>,
) -> Result<Json<CreatedAccount>> {
    let (id, role) = managed_account(&state, &admin, &username).await?;
    let password = crate::seed::generate_password()?;
    let hash = crate::http::auth::hash_in_slot(&state, password.clone()).await?;
    state.db.set_password(id, &hash, None).await?;
    state
        .db
        .audit(
            &admin.username,
            "password-reset",
            &format!("{}:{username}", admin.project_id),
        )
        .await?;
    Ok(Json(CreatedAccount {
        username,
        role: role.as_str().to_string(),
        password,
    }))
}

/// Disable an account: it cannot sign in, its sessions end now and its phones stop
/// syncing (what they hold stays on them, sealed) until it is enabled. An admin cannot
/// disable their own account. Role: admin.
#[utoipa::path(post, path = "/users/{username}/disable", tag = "admin", security(("session" = [])),
    params(("username" = String, Path, description = "An account of the project")),
    responses((status = 200, body = Account, description = "Disabled"),
        (status = 400, body = ErrorBody, description = "Your own account"),
        (status = 401, body = ErrorBody, description = "Not signed in"), (status = 403, body = ErrorBody, description = "Not an admin"),
        (status = 404, body = ErrorBody, description = "No such account in the project"),
        (status = 409, body = ErrorBody, description = "A project it administers would be left without an admin who can sign in")))]
async fn disable(
    State(state): State<AppState>,
    Admin(admin): Admin,
    Path(username): Path<String>,
) -> Result<Json<Account>> {
    if username == admin.username {
        return Err(Error::BadRequest(
            "an admin cannot disable their own account".into(),
        ));
    }
    switch(&state, &admin, &username, true).await
}

/// End every session of an account (signed out everywhere, as when a laptop is lost); its
/// phones are not touched (revoke them under `/devices`). Role: admin.
#[utoipa::path(post, path = "/users/{username}/sessions/end", tag = "admin", security(("session" = [])),
    params(("username" = String, Path, description = "An account of the project")),
    responses((status = 200, body = SessionsEnded, description = "How many sessions ended"),
        (status = 401, body = ErrorBody, description = "Not signed in"), (status = 403, body = ErrorBody, description = "Not an admin, or the account also works in a project you do not administer"),
        (status = 404, body = ErrorBody, description = "No such account in the project")))]
async fn end_sessions(
    State(state): State<AppState>,
    Admin(admin): Admin,
    Path(username): Path<String>,
) -> Result<Json<SessionsEnded>> {
    let (id, _) = managed_account(&state, &admin, &username).await?;
    let ended = state.db.end_sessions(id).await?;
    state
        .db
        .audit(
            &admin.username,
            "sessions-ended",
            &format!("{}:{username} ({ended})", admin.project_id),
        )
        .await?;
    Ok(Json(SessionsEnded { username, ended }))
}

/// Enable a disabled account again. Role: admin.
#[utoipa::path(post, path = "/users/{username}/enable", tag = "admin", security(("session" = [])),
    params(("username" = String, Path, description = "An account of the project")),
    responses((status = 200, body = Account, description = "Enabled"),
        (status = 401, body = ErrorBody, description = "Not signed in"), (status = 403, body = ErrorBody, description = "Not an admin"),
        (status = 404, body = ErrorBody, description = "No such account in the project")))]
async fn enable(
    State(state): State<AppState>,
    Admin(admin): Admin,
    Path(username): Path<String>,
) -> Result<Json<Account>> {
    switch(&state, &admin, &username, false).await
}

async fn switch(
    state: &AppState,
    admin: &crate::auth::User,
    username: &str,
    disabled: bool,
) -> Result<Json<Account>> {
    let (id, _) = managed_account(state, admin, username).await?;
    if !state.db.set_disabled(id, disabled).await? {
        return Err(Error::LastAdmin);
    }
    let action = if disabled {
        "account-disabled"
    } else {
        "account-enabled"
    };
    state
        .db
        .audit(
            &admin.username,
            action,
            &format!("{}:{username}", admin.project_id),
        )
        .await?;
    state
        .db
        .list_users(&admin.project_id)
        .await?
        .into_iter()
        .find(|(name, ..)| name == username)
        .map(|row| Json(account_row(row)))
        .ok_or(Error::NotFound)
}

/// The project's accounts. Role: admin.
#[utoipa::path(get, path = "/users", tag = "admin", security(("session" = [])),
    responses((status = 200, body = Vec<Account>, description = "The project's accounts"), (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin")))]
async fn list(State(state): State<AppState>, Admin(admin): Admin) -> Result<Json<Vec<Account>>> {
    let users = state.db.list_users(&admin.project_id).await?;
    Ok(Json(users.into_iter().map(account_row).collect()))
}

use crate::projects::check_username;

/// Add an account; its generated password is in the answer, once. Role: admin.
#[utoipa::path(post, path = "/users", tag = "admin", security(("session" = [])),
    request_body = NewAccount,
    responses((status = 200, body = CreatedAccount, description = "The account and its password, shown this once"), (status = 400, body = ErrorBody, description = "Bad username or role"),
        (status = 401, body = ErrorBody, description = "Not signed in"), (status = 403, body = ErrorBody, description = "Not an admin"),
        (status = 409, body = ErrorBody, description = "The username is taken")))]
async fn create(
    State(state): State<AppState>,
    Admin(admin): Admin,
    JsonBody(body): JsonBody<NewAccount>,
) -> Result<Json<CreatedAccount>> {
    let username = body.username.trim().to_string();
    check_username(&username)?;
    let role = crate::projects::parse_role(&body.role)?;
    if state.db.user_by_name(&username).await?.is_some() {
        return Err(Error::Conflict);
    }
    let password = crate::seed::generate_password()?;
    let hash = crate::http::auth::hash_in_slot(&state, password.clone()).await?;
    state
        .db
        .insert_user(&admin.project_id, &username, &hash, role)
        .await?;
    state
        .db
        .audit(
            &admin.username,
            "user-created",
            &format!("{}:{username} ({})", admin.project_id, role.as_str()),
        )
        .await?;
    Ok(Json(CreatedAccount {
        username,
        role: role.as_str().to_string(),
        password,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usernames_are_plain() {
        assert!(check_username("amina.k").is_ok());
        assert!(check_username("unhcr-partner_2").is_ok());
        assert!(check_username("ab").is_err());
        assert!(check_username("Amina").is_err());
        assert!(check_username("a b c").is_err());
        assert!(check_username("فاطمة").is_err());
    }
}
