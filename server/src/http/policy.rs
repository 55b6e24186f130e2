//! The project's data-governance policy: read by admins and stewards, replaced by admins.
//! A new policy is checked before it is stored (every problem listed, 422), becomes a new
//! version, and the change is audited.

use axum::Json;
use axum::extract::State;
use forms::wire::{ErrorBody, PolicyInForce, PolicyInstalled, PolicyVersion};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::auth::{Admin, Governing};
use crate::error::{Error, Result};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(current, replace))
        .routes(routes!(versions))
}

/// The policy text in force and its version (0: the built-in default). Roles: admin, steward.
#[utoipa::path(get, path = "/policy", tag = "governance", security(("session" = [])),
    responses((status = 200, body = PolicyInForce, description = "The policy in force; `unclassified` lists the current form's questions that no export lets out until they are classified"), (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin or steward")))]
async fn current(
    State(state): State<AppState>,
    Governing(user): Governing,
) -> Result<Json<PolicyInForce>> {
    let stored = state.db.current_policy(&user.project_id).await?;
    let (version, source, sha256) = stored.unwrap_or_default();
    // The current form's questions nobody classified: hidden from reviewers and every
    // export until the policy (or the form's `tags` column) says what they are.
    let unclassified = match state.db.current_form_ref(&user.project_id).await? {
        Some((form_id, form_version)) => {
            let form = state
                .compiled_form(&user.project_id, &form_id, &form_version)
                .await?;
            state
                .policy(&user.project_id)
                .await?
                .policy
                .unclassified(&form)
        }
        None => Vec::new(),
    };
    Ok(Json(PolicyInForce {
        version,
        source,
        sha256,
        unclassified,
    }))
}

/// Install a new policy (TOML in the request body). Role: admin.
#[utoipa::path(put, path = "/policy", tag = "governance", security(("session" = [])),
    request_body(content((String = "application/toml"), (String = "text/plain")), description = "The policy's TOML"),
    responses((status = 200, body = PolicyInstalled, description = "The version in force"), (status = 400, body = ErrorBody, description = "Larger than 256 KB"), (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin"), (status = 422, body = ErrorBody, description = "Every problem, each naming its table and key")))]
async fn replace(
    State(state): State<AppState>,
    Admin(user): Admin,
    body: String,
) -> Result<Json<PolicyInstalled>> {
    if body.len() > 256 * 1024 {
        return Err(Error::BadRequest("a policy file has at most 256 KB".into()));
    }
    let (version, changed) = state
        .install_policy(&user.project_id, &body, &user.username)
        .await?;
    Ok(Json(PolicyInstalled { version, changed }))
}

/// Every version of the policy: when, by whom, and the hash of its text. Roles: admin, steward.
#[utoipa::path(get, path = "/policy/versions", tag = "governance", security(("session" = [])),
    responses((status = 200, body = Vec<PolicyVersion>, description = "Every version, oldest first"),
        (status = 401, body = ErrorBody, description = "Not signed in"), (status = 403, body = ErrorBody, description = "Not an admin or steward")))]
async fn versions(
    State(state): State<AppState>,
    Governing(user): Governing,
) -> Result<Json<Vec<PolicyVersion>>> {
    let list = state.db.policy_versions(&user.project_id).await?;
    Ok(Json(
        list.into_iter()
            .map(|(version, sha256, created_at, created_by)| PolicyVersion {
                version,
                sha256,
                created_at,
                created_by,
            })
            .collect(),
    ))
}
