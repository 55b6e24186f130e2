//! Consent templates: admins install a project's template (TOML) as a new version; admins
//! and stewards list the versions and whether records were given under each.

use axum::Json;
use axum::extract::State;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::auth::{Admin, Governing};
use crate::error::Result;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(install))
        .routes(routes!(list))
}

/// Install a consent template (TOML in the request body). A new version becomes the one
/// phones receive at their next sync; a version records were given under cannot change.
/// Role: admin.
#[utoipa::path(put, path = "/consent-template", tag = "governance", security(("session" = [])),
    request_body(content((String = "application/toml"), (String = "text/plain")), description = "The template's TOML"),
    responses((status = 200, body = TemplateInstalled, description = "The template's id and version, and what installing it did"),
        (status = 401, description = "Not signed in"), (status = 403, description = "Not an admin"),
        (status = 409, description = "Records were given under this version: raise the version"),
        (status = 422, description = "Every problem of the template, each saying where")))]
async fn install(
    State(state): State<AppState>,
    Admin(user): Admin,
    body: String,
) -> Result<Json<TemplateInstalled>> {
    let (template, installed) =
        crate::templates::install(&state, &user.project_id, &body, &user.username).await?;
    Ok(Json(TemplateInstalled {
        id: template.id,
        version: template.version.into(),
        installed,
    }))
}

/// What `PUT /consent-template` did.
#[derive(serde::Serialize, utoipa::ToSchema)]
struct TemplateInstalled {
    id: String,
    version: i64,
    installed: crate::templates::Installed,
}

/// One version of the project's consent template.
#[derive(serde::Serialize, utoipa::ToSchema)]
struct TemplateVersion {
    id: String,
    version: i64,
    created_at: String,
    /// Records were given under it: it can no longer change.
    in_use: bool,
}

/// The project's consent template versions, newest first, and whether records were given
/// under each (such a version can no longer change). Roles: admin, steward.
#[utoipa::path(get, path = "/consent-templates", tag = "governance", security(("session" = [])),
    responses((status = 200, body = Vec<TemplateVersion>, description = "The versions, newest first"),
        (status = 401, description = "Not signed in"), (status = 403, description = "Not an admin or steward")))]
async fn list(
    State(state): State<AppState>,
    Governing(user): Governing,
) -> Result<Json<Vec<TemplateVersion>>> {
    Ok(Json(
        state
            .db
            .template_versions(&user.project_id)
            .await?
            .into_iter()
            .map(|(id, version, created_at, in_use)| TemplateVersion {
                id,
                version,
                created_at,
                in_use,
            })
            .collect(),
    ))
}
