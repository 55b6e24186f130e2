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
        .routes(routes!(audio))
        .routes(routes!(record_audio))
}

/// The newest consent template's languages and the recording of its text each already
/// has, for the coordinator's recording page. Roles: admin, steward.
#[utoipa::path(get, path = "/consent-template/audio", tag = "governance", security(("session" = [])),
    responses((status = 200, body = forms::wire::ConsentAudio, description = "Languages and their recordings"),
        (status = 401, description = "Not signed in"), (status = 403, description = "Not an admin or steward"),
        (status = 404, description = "The project has no consent template")))]
async fn audio(
    State(state): State<AppState>,
    Governing(user): Governing,
) -> Result<Json<forms::wire::ConsentAudio>> {
    Ok(Json(
        crate::templates::audio(&state, &user.project_id).await?,
    ))
}

/// Keep a recording of the consent text, made in the browser, as the newest template's
/// recording in a language (the body: the recording, sent with its audio type, at most
/// 8 MiB). A version no record was given under is corrected in place; otherwise a new
/// version is installed, so what earlier respondents heard stays with their records.
/// Phones get it at their next sync. Role: admin.
#[utoipa::path(put, path = "/consent-template/audio/{lang}", tag = "governance", security(("session" = [])),
    params(("lang" = String, Path, description = "A language the template's text is written in")),
    request_body(content(
            (super::openapi::Binary = "audio/webm"), (super::openapi::Binary = "audio/ogg"),
            (super::openapi::Binary = "audio/mp4"), (super::openapi::Binary = "audio/mpeg")),
        description = "The recording's bytes, sent with its media type"),
    responses((status = 200, body = forms::wire::ConsentAudio, description = "Installed: the template's languages and recordings now"),
        (status = 401, description = "Not signed in"), (status = 403, description = "Not an admin"),
        (status = 404, description = "The project has no consent template"),
        (status = 422, description = "Not a recording, empty, too long, or a language the template has no text in")))]
async fn record_audio(
    State(state): State<AppState>,
    Admin(user): Admin,
    axum::extract::Path(lang): axum::extract::Path<String>,
    headers: axum::http::HeaderMap,
    body: axum::body::Bytes,
) -> Result<Json<forms::wire::ConsentAudio>> {
    let content_type = headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let (template, _) = crate::templates::record_audio(
        &state,
        &user.project_id,
        &lang,
        content_type,
        &body,
        &user.username,
    )
    .await?;
    Ok(Json(crate::templates::audio_of(&template)))
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
