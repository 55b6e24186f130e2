//! Forms: an admin uploads an XLSForm (the raw `.xlsx` / `.xls` bytes as the body) or a
//! Sauti form definition (`.json`); `file_name` says which.

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::routing::post;
use serde::Deserialize;

use crate::AppState;
use crate::auth::Admin;
use crate::catalog::{ImportedForm, import_form};
use crate::error::Result;

pub fn router() -> Router<AppState> {
    Router::new().route("/forms", post(upload))
}

#[derive(Deserialize)]
struct Upload {
    /// The file's name, used as the form id when the settings sheet has none.
    #[serde(default)]
    file_name: String,
}

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
