//! Forms: an admin uploads an XLSForm (the raw `.xlsx` / `.xls` bytes as the body) or a
//! Sauti form definition (`.json`); `file_name` says which.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Query, State};
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::auth::Admin;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::catalog::{FormWaiting, ImportedForm, Uploaded, upload_form};
use crate::error::Result;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(upload))
        .routes(routes!(waiting))
}

#[derive(Deserialize)]
struct Upload {
    /// The file's name, used as the form id when the settings sheet has none.
    #[serde(default)]
    file_name: String,
}

/// Upload a form version: an XLSForm (`.xlsx`, `.xls`) or a Sauti form (`.json`) as the
/// body. A form that reads files not uploaded yet (choice lists, lookups) is kept until
/// they are (202, naming them), then published by itself. Role: admin.
#[utoipa::path(post, path = "/forms", tag = "forms", security(("session" = [])),
    params(("file_name" = Option<String>, Query, description = "The file's name: its extension says the format")),
    request_body(content = super::openapi::Binary, content_type = "application/octet-stream", description = "The file's bytes: an XLSForm workbook (.xlsx, .xls, .ods) or a Sauti form (JSON)"),
    responses((status = 200, description = "Imported: id, version, title, number of questions, warnings", body = ImportedForm),
        (status = 202, description = "Kept until the files it reads are uploaded (PUT /media/{name})", body = FormWaiting),
        (status = 401, description = "Not signed in"), (status = 403, description = "Not an admin"),
        (status = 422, description = "Refused, with the sheet, row and column to fix")))]
async fn upload(
    State(state): State<AppState>,
    Admin(admin): Admin,
    Query(upload): Query<Upload>,
    body: Bytes,
) -> Result<Response> {
    let name = if upload.file_name.is_empty() {
        "form.xlsx"
    } else {
        &upload.file_name
    };
    Ok(
        match upload_form(&state.db, &admin.project_id, &admin.username, &body, name).await? {
            Uploaded::Published(imported) => Json(imported).into_response(),
            Uploaded::Waiting(waiting) => (StatusCode::ACCEPTED, Json(waiting)).into_response(),
        },
    )
}

/// The forms kept until the files they read are uploaded, with what each still needs. Role: admin.
#[utoipa::path(get, path = "/forms/waiting", tag = "forms", security(("session" = [])),
    responses((status = 200, description = "Waiting forms, oldest first", body = Vec<FormWaiting>),
        (status = 401, description = "Not signed in"), (status = 403, description = "Not an admin")))]
async fn waiting(
    State(state): State<AppState>,
    Admin(admin): Admin,
) -> Result<Json<Vec<FormWaiting>>> {
    let waiting = state.db.waiting_forms(&admin.project_id).await?;
    Ok(Json(waiting.into_iter().map(|(w, _)| w).collect()))
}
