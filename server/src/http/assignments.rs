//! Enumerators assigned to forms (the rule is in `assignments.rs`): the project's
//! published forms and who fills each, and an enumerator's forms changed. Admins and
//! stewards; every change audited.

use axum::Json;
use axum::extract::{Path, State};
use forms::wire::{AssignForms, AssignableForm, Assignment, Assignments, ErrorBody};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::json::JsonBody;
use crate::AppState;
use crate::auth::{Governing, Role};
use crate::error::{Error, Result};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(assign))
}

/// The project's published forms and the forms each enumerator fills. Role: admin or
/// steward.
#[utoipa::path(get, path = "/assignments", tag = "admin", security(("session" = [])),
    responses((status = 200, body = Assignments, description = "Published forms, and each enumerator's"),
        (status = 401, body = ErrorBody, description = "Not signed in"), (status = 403, body = ErrorBody, description = "Not an admin or steward")))]
async fn list(
    State(state): State<AppState>,
    Governing(caller): Governing,
) -> Result<Json<Assignments>> {
    Ok(Json(assignments(&state, &caller.project_id).await?))
}

async fn assignments(state: &AppState, project_id: &str) -> Result<Assignments> {
    let forms: Vec<AssignableForm> = crate::assignments::published(state, project_id)
        .await?
        .into_iter()
        .map(|f| AssignableForm {
            title: f
                .title
                .get(&f.default_language, &f.default_language)
                .to_string(),
            form_id: f.id,
        })
        .collect();
    let rows = state.db.assignments(project_id).await?;
    let enumerators = state
        .db
        .list_users(project_id)
        .await?
        .into_iter()
        .filter(|(_, role, ..)| role == Role::Enumerator.as_str())
        .map(|(username, ..)| {
            let assigned: Vec<&String> = rows
                .iter()
                .filter(|(u, _)| *u == username)
                .map(|(_, f)| f)
                .collect();
            let every = assigned.is_empty();
            Assignment {
                forms: forms
                    .iter()
                    .filter(|f| every || assigned.contains(&&f.form_id))
                    .map(|f| f.form_id.clone())
                    .collect(),
                every,
                username,
            }
        })
        .collect();
    Ok(Assignments { forms, enumerators })
}

/// The published forms an enumerator fills from now on; their phone gets only those at
/// its next refresh. Every published form means every form, also those published later.
/// Records their phone already holds are still accepted. Role: admin or steward.
#[utoipa::path(put, path = "/assignments/{username}", tag = "admin", security(("session" = [])),
    params(("username" = String, Path, description = "An enumerator of the project")),
    request_body = AssignForms,
    responses((status = 200, body = Assignment, description = "The forms they fill now"),
        (status = 400, body = ErrorBody, description = "No form, or a form the project has not published"),
        (status = 401, body = ErrorBody, description = "Not signed in"), (status = 403, body = ErrorBody, description = "Not an admin or steward"),
        (status = 404, body = ErrorBody, description = "No such enumerator in the project")))]
async fn assign(
    State(state): State<AppState>,
    Governing(caller): Governing,
    Path(username): Path<String>,
    JsonBody(body): JsonBody<AssignForms>,
) -> Result<Json<Assignment>> {
    let project = caller.project_id.as_str();
    let (user_id, role) = state
        .db
        .account(project, &username)
        .await?
        .ok_or(Error::NotFound)?;
    if role != Role::Enumerator {
        return Err(Error::NotFound);
    }
    let published: Vec<String> = crate::assignments::published(&state, project)
        .await?
        .into_iter()
        .map(|f| f.id)
        .collect();
    if let Some(unknown) = body.forms.iter().find(|f| !published.contains(f)) {
        return Err(Error::BadRequest(format!(
            "the project has no published form {unknown:?}"
        )));
    }
    if body.forms.is_empty() {
        return Err(Error::BadRequest(
            "an enumerator fills at least one form: remove them from the team instead".into(),
        ));
    }
    // Every published form: every form, also those published later.
    let every = published.iter().all(|f| body.forms.contains(f));
    let mut stored: Vec<String> = if every { Vec::new() } else { body.forms };
    stored.sort();
    stored.dedup();
    state
        .db
        .set_assigned_forms(project, user_id, &stored)
        .await?;
    let forms = if every {
        "every form".to_string()
    } else {
        stored.join(",")
    };
    state
        .db
        .audit(
            &caller.username,
            "forms-assigned",
            &format!("{project}:{username} ({forms})"),
        )
        .await?;
    assignments(&state, project)
        .await?
        .enumerators
        .into_iter()
        .find(|a| a.username == username)
        .map(Json)
        .ok_or(Error::NotFound)
}
