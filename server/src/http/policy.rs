//! The project's data-governance policy: read by admins and stewards, replaced by admins.
//! A new policy is checked before it is stored (every problem listed, 422), becomes a new
//! version, and the change is audited.

use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::routing::get;
use serde_json::{Value, json};

use crate::AppState;
use crate::auth::{Admin, Governing};
use crate::error::{Error, Result};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/policy", get(current).put(replace))
        .route("/policy/versions", get(versions))
}

/// The policy text in force and its version (0: the built-in default).
async fn current(State(state): State<AppState>, Governing(user): Governing) -> Result<Json<Value>> {
    let stored = state.db.current_policy(&user.project_id).await?;
    let (version, source, sha256) = stored.unwrap_or_default();
    Ok(Json(
        json!({ "version": version, "source": source, "sha256": sha256 }),
    ))
}

/// Install a new policy (TOML in the request body).
async fn replace(
    State(state): State<AppState>,
    Admin(user): Admin,
    body: String,
) -> Result<Json<Value>> {
    if body.len() > 256 * 1024 {
        return Err(Error::BadRequest("a policy file has at most 256 KB".into()));
    }
    let (version, changed) = state
        .install_policy(&user.project_id, &body, &user.username)
        .await?;
    Ok(Json(json!({ "version": version, "changed": changed })))
}

/// Every version of the policy: when, by whom, and the hash of its text.
async fn versions(
    State(state): State<AppState>,
    Governing(user): Governing,
) -> Result<Json<Value>> {
    let list = state.db.policy_versions(&user.project_id).await?;
    Ok(Json(Value::Array(
        list.into_iter()
            .map(|(version, sha256, at, by)| {
                json!({ "version": version, "sha256": sha256, "created_at": at, "created_by": by })
            })
            .collect(),
    )))
}
