//! Signing in and out for stewards and admins (session cookie).

use axum::Json;
use axum::extract::State;
use axum::http::header::SET_COOKIE;
use axum::response::{AppendHeaders, IntoResponse};
use serde::{Deserialize, Serialize};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::json::JsonBody;
use crate::AppState;
use crate::auth::{
    Role, SESSION_COOKIE, SESSION_SECONDS, SignedIn, User, new_token, session_token, token_hash,
    verify_password,
};
use crate::error::{Error, Result};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(login))
        .routes(routes!(logout))
        .routes(routes!(me))
}

#[derive(Deserialize)]
pub struct Credentials {
    pub username: String,
    pub password: String,
}

#[derive(Serialize)]
struct Me {
    username: String,
    role: &'static str,
    project_id: String,
}

impl From<&User> for Me {
    fn from(u: &User) -> Me {
        Me {
            username: u.username.clone(),
            role: u.role.as_str(),
            project_id: u.project_id.clone(),
        }
    }
}

/// Check a username and password; the same error whether the user exists or not.
pub async fn authenticate(state: &AppState, credentials: &Credentials) -> Result<User> {
    let wait = state.sign_ins.wait_seconds(&credentials.username);
    if wait > 0 {
        return Err(Error::TooManyAttempts(wait));
    }
    let found = state.db.user_by_name(credentials.username.trim()).await?;
    let password = credentials.password.clone();
    let hash = found.as_ref().map(|(_, h)| h.clone());
    let ok = tokio::task::spawn_blocking(move || verify_password(hash.as_deref(), &password))
        .await
        .map_err(anyhow::Error::from)?;
    match found {
        Some((user, _)) if ok => {
            state.sign_ins.record_success(&credentials.username);
            Ok(user)
        }
        _ => {
            state.sign_ins.record_failure(&credentials.username);
            state.db.audit("anonymous", "sign-in-failed", "-").await?;
            Err(Error::SignIn)
        }
    }
}

/// Sign in (stewards, reviewers, partners, admins); sets the session cookie.
#[utoipa::path(post, path = "/auth/login", tag = "auth",
    request_body(content = Object, description = "`{\"username\": …, \"password\": …}`"),
    responses((status = 200, description = "Signed in: `{username, role, project_id}`"),
        (status = 401, description = "Wrong username or password (the same for unknown users)"),
        (status = 403, description = "Enumerators sign in through an enrolled phone"),
        (status = 429, description = "Too many wrong passwords; see Retry-After")))]
async fn login(
    State(state): State<AppState>,
    JsonBody(body): JsonBody<Credentials>,
) -> Result<impl IntoResponse> {
    let user = authenticate(&state, &body).await?;
    if user.role == Role::Enumerator {
        // Enumerators work through an enrolled phone, never a browser session.
        return Err(Error::Forbidden);
    }
    let token = new_token()?;
    state
        .db
        .create_session(&token_hash(&token), user.id)
        .await?;
    state.db.audit(&user.username, "sign-in", "-").await?;
    let secure = if state.secure_cookies { "; Secure" } else { "" };
    let cookie = format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict; Max-Age={SESSION_SECONDS}{secure}"
    );
    Ok((AppendHeaders([(SET_COOKIE, cookie)]), Json(Me::from(&user))))
}

/// Sign out: the session is deleted and the cookie cleared.
#[utoipa::path(post, path = "/auth/logout", tag = "auth", responses((status = 200, description = "Signed out")))]
async fn logout(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
) -> Result<impl IntoResponse> {
    if let Some(token) = session_token(&headers) {
        state.db.delete_session(&token_hash(token)).await?;
    }
    let expired = format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
    Ok((
        AppendHeaders([(SET_COOKIE, expired)]),
        Json(serde_json::json!({})),
    ))
}

/// Who is signed in.
#[utoipa::path(get, path = "/auth/me", tag = "auth", security(("session" = [])),
    responses((status = 200, description = "`{username, role, project_id}`"), (status = 401, description = "Not signed in")))]
async fn me(SignedIn(user): SignedIn) -> Json<serde_json::Value> {
    Json(serde_json::to_value(Me::from(&user)).unwrap_or_default())
}
