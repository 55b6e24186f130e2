//! Signing in and out for stewards and admins (session cookie).

use axum::Json;
use axum::extract::State;
use axum::http::header::SET_COOKIE;
use axum::response::{AppendHeaders, IntoResponse};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::json::JsonBody;
use crate::AppState;
use crate::auth::{
    OwnAccount, Role, SESSION_SECONDS, User, new_token, session_cookie, session_token, token_hash,
    verify_password,
};
use crate::error::{Error, Result};
use crate::throttle::ClientNetwork;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(login))
        .routes(routes!(logout))
        .routes(routes!(me))
        .routes(routes!(change_password))
        .routes(routes!(sign_out_everywhere))
        .routes(routes!(switch_project))
}

/// Hash a password in one of the few hashing slots ([`crate::HASHING_SLOTS`]).
pub(crate) async fn hash_in_slot(state: &AppState, password: String) -> Result<String> {
    let slot = tokio::time::timeout(HASHING_WAIT, state.hashing.clone().acquire_owned())
        .await
        .map_err(|_| Error::Busy)??;
    tokio::task::spawn_blocking(move || {
        let hash = crate::auth::hash_password(&password);
        drop(slot);
        hash
    })
    .await?
}

/// What a new password must be: [`forms::password::check`] (at least 12 characters, not
/// holding the username, not a common password); the error code says which rule, in the
/// user's language on the page.
pub fn check_new_password(username: &str, password: &str) -> Result<()> {
    forms::password::check(username, password).map_err(Error::WeakPassword)
}

/// Change one's own password: the current one is checked (throttled like a sign-in), the
/// new one must meet [`check_new_password`], and every other session of the account ends.
#[utoipa::path(put, path = "/auth/password", tag = "auth", security(("session" = [])),
    request_body = forms::wire::PasswordChange,
    responses((status = 200, body = Me, description = "Changed; other sessions ended"),
        (status = 400, body = ErrorBody, description = "The new password is too weak"),
        (status = 401, body = ErrorBody, description = "Not signed in, or the current password is wrong"),
        (status = 429, body = ErrorBody, description = "Too many wrong passwords")))]
async fn change_password(
    State(state): State<AppState>,
    OwnAccount(user): OwnAccount,
    ClientNetwork(network): ClientNetwork,
    headers: axum::http::HeaderMap,
    JsonBody(body): JsonBody<forms::wire::PasswordChange>,
) -> Result<Json<Me>> {
    check_new_password(&user.username, &body.new)?;
    let checked = authenticate(
        &state,
        &Credentials {
            username: user.username.clone(),
            password: body.current,
        },
        &network,
    )
    .await?;
    let hash = hash_in_slot(&state, body.new).await?;
    let keep = session_token(&headers, state.secure_cookies).map(token_hash);
    state
        .db
        .set_password(checked.id, &hash, keep.as_deref())
        .await?;
    state
        .db
        .audit(&user.username, "password-changed", "-")
        .await?;
    Ok(Json(me_of(&state, &user).await?))
}

/// Sign out everywhere: every session of the account ends (this one too).
#[utoipa::path(post, path = "/auth/sessions/end", tag = "auth", security(("session" = [])),
    responses((status = 200, body = Me, description = "Every session ended"), (status = 401, body = ErrorBody, description = "Not signed in")))]
async fn sign_out_everywhere(
    State(state): State<AppState>,
    OwnAccount(user): OwnAccount,
) -> Result<impl IntoResponse> {
    let ended = state.db.end_sessions(user.id).await?;
    state
        .db
        .audit(&user.username, "signed-out-everywhere", &ended.to_string())
        .await?;
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    let expired = format!(
        "{}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{secure}",
        session_cookie(state.secure_cookies)
    );
    Ok((
        AppendHeaders([(SET_COOKIE, expired)]),
        Json(me_of(&state, &user).await?),
    ))
}

pub use forms::wire::SignIn as Credentials;
use forms::wire::{ErrorBody, Me};

/// Who is signed in, the project and role this session acts with, and every project of
/// the account.
async fn me_of(state: &AppState, u: &User) -> Result<Me> {
    Ok(Me {
        username: u.username.clone(),
        role: u.role.as_str().to_string(),
        project_id: u.project_id.clone(),
        projects: state.db.projects_of(u.id).await?,
    })
}

/// How long a sign-in waits for a free password-hashing slot before the server says it
/// is busy.
const HASHING_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// Check a username and password; the same error whether the user exists or not.
///
/// The attempt is reserved first, keyed by the username *from the caller's network* and by
/// the network alone ([`crate::throttle`]): a stranger's wrong passwords slow the stranger,
/// never the account's owner elsewhere. The Argon2id check then runs in one of a few
/// slots ([`crate::HASHING_SLOTS`]) on a blocking thread, so a flood of sign-ins queues
/// (and is told the server is busy) instead of taking the server's memory.
pub async fn authenticate(
    state: &AppState,
    credentials: &Credentials,
    network: &str,
) -> Result<User> {
    use crate::throttle::{self, NETWORK_SIGN_INS, USER_FROM_NETWORK};
    let username = credentials.username.trim().to_lowercase();
    let keys = [
        (format!("sign-ins|net:{network}"), NETWORK_SIGN_INS),
        (
            format!("sign-ins|user:{username}|net:{network}"),
            USER_FROM_NETWORK,
        ),
    ];
    let reserved = throttle::reserve(&state.db, &keys).await??;
    let found = state.db.user_by_name(credentials.username.trim()).await?;
    let password = credentials.password.clone();
    let hash = found.as_ref().map(|(_, h)| h.clone());
    let slot = tokio::time::timeout(HASHING_WAIT, state.hashing.clone().acquire_owned())
        .await
        .map_err(|_| Error::Busy)??;
    let ok = tokio::task::spawn_blocking(move || {
        let ok = verify_password(hash.as_deref(), &password);
        drop(slot);
        ok
    })
    .await?;
    match found {
        Some((user, _)) if ok => {
            reserved.succeeded(&state.db).await?;
            Ok(user)
        }
        _ => {
            state.db.audit("anonymous", "sign-in-failed", "-").await?;
            Err(Error::SignIn)
        }
    }
}

/// Sign in (stewards, reviewers, partners, admins); sets the session cookie.
#[utoipa::path(post, path = "/auth/login", tag = "auth",
    request_body = forms::wire::SignIn,
    responses((status = 200, body = Me, description = "Signed in; the session cookie is set"),
        (status = 400, body = ErrorBody, description = "Not a sign-in body"),
        (status = 401, body = ErrorBody, description = "Wrong username or password (the same for unknown users)"),
        (status = 403, body = ErrorBody, description = "Enumerators sign in through an enrolled phone, or a write from another origin"),
        (status = 429, body = ErrorBody, description = "Too many wrong passwords; see Retry-After"),
        (status = 503, body = ErrorBody, description = "Every password-checking slot is busy; see Retry-After")))]
async fn login(
    State(state): State<AppState>,
    ClientNetwork(network): ClientNetwork,
    JsonBody(body): JsonBody<Credentials>,
) -> Result<impl IntoResponse> {
    let mut user = authenticate(&state, &body, &network).await?;
    // The session acts in the most recently used project where the account has a desk;
    // enumerators work through an enrolled phone, never a browser session.
    let desk = state
        .db
        .projects_of(user.id)
        .await?
        .into_iter()
        .find_map(|p| {
            Role::parse(&p.role)
                .filter(|r| *r != Role::Enumerator)
                .map(|r| (p.id, r))
        })
        .ok_or(Error::Forbidden)?;
    (user.project_id, user.role) = desk;
    let token = new_token()?;
    state
        .db
        .create_session(&token_hash(&token), user.id, &user.project_id)
        .await?;
    state.db.touch_membership(user.id, &user.project_id).await?;
    state
        .db
        .audit(&user.username, "sign-in", &user.project_id)
        .await?;
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    let cookie = format!(
        "{}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={SESSION_SECONDS}{secure}",
        session_cookie(state.secure_cookies)
    );
    Ok((
        AppendHeaders([(SET_COOKIE, cookie)]),
        Json(me_of(&state, &user).await?),
    ))
}

/// Sign out: the session is deleted and the cookie cleared.
#[utoipa::path(post, path = "/auth/logout", tag = "auth", responses((status = 200, body = Object, description = "Signed out: `{}`, and the cookie cleared")))]
async fn logout(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
) -> Result<impl IntoResponse> {
    if let Some(token) = session_token(&headers, state.secure_cookies) {
        state.db.delete_session(&token_hash(token)).await?;
    }
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    let expired = format!(
        "{}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0{secure}",
        session_cookie(state.secure_cookies)
    );
    Ok((
        AppendHeaders([(SET_COOKIE, expired)]),
        Json(serde_json::json!({})),
    ))
}

/// Who is signed in: the project and role this session acts with, and every project of
/// the account with its role there.
#[utoipa::path(get, path = "/auth/me", tag = "auth", security(("session" = [])),
    responses((status = 200, body = Me, description = "The signed-in account and its projects"), (status = 401, body = ErrorBody, description = "Not signed in")))]
async fn me(State(state): State<AppState>, OwnAccount(user): OwnAccount) -> Result<Json<Me>> {
    Ok(Json(me_of(&state, &user).await?))
}

/// Act in another of one's projects, with one's role there (audited). A project the
/// account is not a member of is "not found", whether it exists or not; an enumerator's
/// project is worked in through a phone, not a session.
#[utoipa::path(post, path = "/auth/project", tag = "auth", security(("session" = [])),
    request_body = forms::wire::SwitchProject,
    responses((status = 200, body = Me, description = "This session now acts in that project"),
        (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "An enumerator there: enumerators work through a phone"),
        (status = 404, body = ErrorBody, description = "Not a member of that project")))]
async fn switch_project(
    State(state): State<AppState>,
    OwnAccount(mut user): OwnAccount,
    headers: axum::http::HeaderMap,
    JsonBody(body): JsonBody<forms::wire::SwitchProject>,
) -> Result<Json<Me>> {
    let role = state
        .db
        .role_in(user.id, &body.project_id)
        .await?
        .ok_or(Error::NotFound)?;
    if role == Role::Enumerator {
        return Err(Error::Forbidden);
    }
    let token = session_token(&headers, state.secure_cookies).ok_or(Error::Unauthorized)?;
    state
        .db
        .switch_session(&token_hash(token), user.id, &body.project_id)
        .await?;
    state
        .db
        .audit(
            &user.username,
            "project-switched",
            &format!("{} -> {}", user.project_id, body.project_id),
        )
        .await?;
    (user.project_id, user.role) = (body.project_id, role);
    Ok(Json(me_of(&state, &user).await?))
}
