//! Actions published on the public dashboard over HTTP (see
//! [`crate::dashboard::actions`]). Role: steward, in the session's project.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use forms::actions::{Action, NewAction};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::json::JsonBody;
use crate::AppState;
use crate::auth::Steward;
use crate::dashboard::actions;
use crate::error::Result;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list, publish))
        .routes(routes!(withdraw))
}

/// The actions the project published on its dashboard, the most recently done first.
/// Role: steward.
#[utoipa::path(get, path = "/dashboard/actions", tag = "dashboard", security(("session" = [])),
    responses((status = 200, body = Vec<Action>, description = "Published actions"),
        (status = 401, description = "Not signed in"),
        (status = 403, description = "Not a steward")))]
async fn list(State(state): State<AppState>, Steward(user): Steward) -> Result<Json<Vec<Action>>> {
    Ok(Json(actions::list(&state, &user.project_id).await?))
}

/// Publish what the project did in response to feedback ("we did"): title and text per
/// language, the day, optionally the feedback categories and the cases it answers (the
/// dashboard shows their count, never them). Audited. Role: steward.
#[utoipa::path(post, path = "/dashboard/actions", tag = "dashboard", security(("session" = [])),
    request_body = NewAction,
    responses((status = 201, body = Action, description = "Published"),
        (status = 400, description = "No title, a bad date or language code, an unknown category, or a case the caller does not handle (sensitive cases are never linked)"),
        (status = 401, description = "Not signed in"),
        (status = 403, description = "Not a steward")))]
async fn publish(
    State(state): State<AppState>,
    Steward(user): Steward,
    JsonBody(new): JsonBody<NewAction>,
) -> Result<(StatusCode, Json<Action>)> {
    let action = actions::publish(&state, &user, &new).await?;
    Ok((StatusCode::CREATED, Json(action)))
}

/// Take a published action off the dashboard. Audited. Role: steward.
#[utoipa::path(delete, path = "/dashboard/actions/{id}", tag = "dashboard", security(("session" = [])),
    params(("id" = String, Path, description = "The action's id")),
    responses((status = 200, body = Action, description = "Withdrawn (as it was)"),
        (status = 401, description = "Not signed in"),
        (status = 403, description = "Not a steward"),
        (status = 404, description = "The project has no such action")))]
async fn withdraw(
    State(state): State<AppState>,
    Steward(user): Steward,
    Path(id): Path<String>,
) -> Result<Json<Action>> {
    Ok(Json(actions::withdraw(&state, &user, &id).await?))
}
