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
use crate::catalog::{ImportedForm, import_form};
use crate::error::Result;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(upload))
}

#[derive(Deserialize)]
struct Upload {
    /// The file's name, used as the form id when the settings sheet has none.
    #[serde(default)]
    file_name: String,
}

/// Upload a form version: an XLSForm (`.xlsx`, `.xls`) or a Sauti form (`.json`) as the body. Role: admin.
#[utoipa::path(post, path = "/forms", tag = "forms", security(("session" = [])),
    params(("file_name" = Option<String>, Query, description = "The file's name: its extension says the format")),
    request_body(content = Vec<u8>, content_type = "application/octet-stream"),
    responses((status = 200, description = "Imported: id, version, title, number of questions, warnings"),
        (status = 401, description = "Not signed in"), (status = 403, description = "Not an admin"),
        (status = 422, description = "Refused, with the sheet, row and column to fix")))]
async fn upload(
    State(state): State<AppState>,
    Admin(admin): Admin,
    Query(upload): Query<Upload>,
    body: Bytes,
) -> Result<Json<ImportedForm>> {
    let name = if upload.file_name.is_empty() {
        "form.xlsx"
    } else {
        &upload.file_name
    };
    let imported = import_form(&state.db, &admin.project_id, &admin.username, &body, name).await?;
    Ok(Json(imported))
}
