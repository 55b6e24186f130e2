//! Forms: an admin uploads an XLSForm (the raw `.xlsx` / `.xls` bytes as the body) or a
//! Sauti form definition (`.json`); `file_name` says which. An upload is a draft: the
//! admin looks at its warnings, missing files, unclassified questions and preview
//! (`GET /forms/{id}/versions/{version}`), then publishes it or deletes it. Phones get
//! published versions only.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::auth::Admin;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use forms::wire::{
    ErrorBody, FormDeleted, FormLanguage, FormList, FormPublished, FormSummary, FormVersionDetail,
    FormVersionSummary, FormWarning, VersionState,
};

use crate::catalog::{FormWaiting, ImportedForm, Uploaded, upload_form};
use crate::db::VersionRow;
use crate::error::{Error, Result};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(upload, list))
        .routes(routes!(waiting))
        .routes(routes!(version, delete_draft))
        .routes(routes!(publish))
}

#[derive(Deserialize)]
struct Upload {
    /// The file's name, used as the form id when the settings sheet has none.
    #[serde(default)]
    file_name: String,
    /// Publish at once when complete (scripted deployments); a draft otherwise.
    #[serde(default)]
    publish: bool,
}

/// Upload a form version: an XLSForm (`.xlsx`, `.xls`) or a Sauti form (`.json`) as the
/// body. It is kept as a draft, which phones do not get until it is published, unless
/// `publish=true` publishes it at once. A form that reads files not uploaded yet (choice
/// lists, lookups) waits for them (202, naming them); it cannot be published before they
/// come (with `publish=true`, it is published by itself when the last one comes). An
/// archived project takes no new form (409). Role: admin.
#[utoipa::path(post, path = "/forms", tag = "forms", security(("session" = [])),
    params(("file_name" = Option<String>, Query, description = "The file's name: its extension says the format"),
        ("publish" = Option<bool>, Query, description = "Publish at once (when complete) instead of keeping a draft")),
    request_body(content = super::openapi::Binary, content_type = "application/octet-stream", description = "The file's bytes: an XLSForm workbook (.xlsx, .xls, .ods) or a Sauti form (JSON)"),
    responses((status = 200, description = "Stored as a draft (or published): id, version, title, number of questions, warnings, unclassified questions", body = ImportedForm),
        (status = 202, description = "Kept until the files it reads are uploaded (PUT /media/{name})", body = FormWaiting),
        (status = 401, description = "Not signed in"), (status = 403, description = "Not an admin"),
        (status = 409, body = ErrorBody, description = "The project is archived: it takes no new forms"),
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
    let uploaded = upload_form(
        &state.db,
        &admin.project_id,
        &admin.username,
        &body,
        name,
        upload.publish,
    )
    .await?;
    Ok(match uploaded {
        Uploaded::Imported(mut imported) => {
            let form = forms_definition(&state, &admin.project_id, &imported).await?;
            imported.unclassified = unclassified(&state, &admin.project_id, form).await?;
            Json(imported).into_response()
        }
        Uploaded::Waiting(waiting) => (StatusCode::ACCEPTED, Json(waiting)).into_response(),
    })
}

async fn forms_definition(
    state: &AppState,
    project_id: &str,
    imported: &ImportedForm,
) -> Result<forms::model::Form> {
    let row = state
        .db
        .form_version(project_id, &imported.form_id, &imported.version)
        .await?
        .ok_or(Error::NotFound)?;
    Ok(serde_json::from_str(&row.definition)?)
}

/// The questions of a version the project's policy in force does not classify.
async fn unclassified(
    state: &AppState,
    project_id: &str,
    form: forms::model::Form,
) -> Result<Vec<String>> {
    let policy = state.policy(project_id).await?;
    let compiled = tokio::task::spawn_blocking(move || form.compile()).await??;
    Ok(policy.policy.unclassified(&compiled))
}

/// The uploads kept until the files they read are uploaded, with what each still needs:
/// waiting drafts and uploads that cannot be read before their files come. Role: admin.
#[utoipa::path(get, path = "/forms/waiting", tag = "forms", security(("session" = [])),
    responses((status = 200, description = "Waiting forms, oldest first", body = Vec<FormWaiting>),
        (status = 401, description = "Not signed in"), (status = 403, description = "Not an admin")))]
async fn waiting(
    State(state): State<AppState>,
    Admin(admin): Admin,
) -> Result<Json<Vec<FormWaiting>>> {
    let mut waiting: Vec<FormWaiting> = Vec::new();
    for draft in state.db.waiting_drafts(&admin.project_id).await? {
        waiting.push(FormWaiting {
            file_name: draft.file_name,
            missing: serde_json::from_str(&draft.missing)?,
            uploaded_at: draft.created_at,
            uploaded_by: draft.created_by,
            form_id: draft.form_id,
            version: draft.version,
        });
    }
    let unreadable = state.db.waiting_forms(&admin.project_id).await?;
    waiting.extend(unreadable.into_iter().map(|(w, _, _)| w));
    waiting.sort_by(|a, b| a.uploaded_at.cmp(&b.uploaded_at));
    Ok(Json(waiting))
}

/// A stored version's summary: its state, counts and the compiled form (for its questions).
fn summarise(
    row: &VersionRow,
    records: u64,
) -> Result<(FormVersionSummary, forms::model::Form, usize)> {
    let form: forms::model::Form = serde_json::from_str(&row.definition)?;
    let questions = form
        .clone()
        .compile()
        .map(|c| c.walk().len())
        .unwrap_or_default();
    let missing: Vec<String> = serde_json::from_str(&row.missing)?;
    let warnings: Vec<String> = serde_json::from_str(&row.warnings)?;
    let state = match (row.state.as_str(), missing.is_empty()) {
        ("published", _) => VersionState::Published,
        (_, true) => VersionState::Draft,
        (_, false) => VersionState::Waiting,
    };
    Ok((
        FormVersionSummary {
            version: row.version.clone(),
            state,
            created_at: row.created_at.clone(),
            created_by: row.created_by.clone(),
            published_at: row.published_at.clone(),
            published_by: row.published_by.clone(),
            questions,
            records,
            missing,
            warnings: warnings.len(),
        },
        form,
        warnings.len(),
    ))
}

/// The project's forms, each with its versions (newest first): draft, waiting for files
/// or published, when and by whom, questions and records; and the uploads that cannot be
/// read until their files come. Role: admin.
#[utoipa::path(get, path = "/forms", tag = "forms", security(("session" = [])),
    responses((status = 200, description = "Forms with their versions", body = FormList),
        (status = 401, body = ErrorBody, description = "Not signed in"), (status = 403, body = ErrorBody, description = "Not an admin")))]
async fn list(State(state): State<AppState>, Admin(admin): Admin) -> Result<Json<FormList>> {
    let rows = state.db.form_versions(&admin.project_id).await?;
    let counts = state.db.records_per_version(&admin.project_id).await?;
    let unreadable = state.db.waiting_forms(&admin.project_id).await?;
    let forms = tokio::task::spawn_blocking(move || -> Result<Vec<FormSummary>> {
        let mut forms: Vec<FormSummary> = Vec::new();
        // Oldest first: each form's newest version comes last and names it.
        for row in &rows {
            let records = counts
                .iter()
                .find(|(f, v, _)| *f == row.form_id && *v == row.version)
                .map_or(0, |(_, _, n)| *n as u64);
            let (summary, form, _) = summarise(row, records)?;
            let title = form
                .title
                .get(&form.default_language, &form.default_language)
                .to_string();
            let published = summary.state == VersionState::Published;
            let at = match forms.iter().position(|f| f.form_id == row.form_id) {
                Some(at) => at,
                None => {
                    forms.push(FormSummary {
                        form_id: row.form_id.clone(),
                        title: String::new(),
                        live: None,
                        versions: Vec::new(),
                    });
                    forms.len() - 1
                }
            };
            let entry = &mut forms[at];
            entry.title = title;
            entry.versions.insert(0, summary);
            if published {
                // The version published last is the one phones get.
                let newer = entry.live.as_ref().is_none_or(|live| {
                    let seq = |v: &str| {
                        rows.iter()
                            .find(|r| r.form_id == row.form_id && r.version == v)
                            .and_then(|r| r.published_seq)
                    };
                    seq(&row.version) > seq(live)
                });
                if newer {
                    entry.live = Some(row.version.clone());
                }
            }
        }
        Ok(forms)
    })
    .await??;
    Ok(Json(FormList {
        forms,
        unreadable: unreadable.into_iter().map(|(w, _, _)| w).collect(),
    }))
}

/// One version of a form with everything to check before publishing it: the import's
/// warnings with their sheet, row and column, the files still missing, the questions the
/// policy does not classify (no export lets them out until it does), and the definition
/// phones would receive, for the preview. Role: admin.
#[utoipa::path(get, path = "/forms/{form_id}/versions/{version}", tag = "forms", security(("session" = [])),
    params(("form_id" = String, Path, description = "The form's id"), ("version" = String, Path, description = "The version")),
    responses((status = 200, description = "The version, its warnings, missing files, unclassified questions and definition", body = FormVersionDetail),
        (status = 401, body = ErrorBody, description = "Not signed in"), (status = 403, body = ErrorBody, description = "Not an admin"),
        (status = 404, body = ErrorBody, description = "No such version in the project")))]
async fn version(
    State(state): State<AppState>,
    Admin(admin): Admin,
    Path((form_id, version)): Path<(String, String)>,
) -> Result<Json<FormVersionDetail>> {
    let project = &admin.project_id;
    let row = state
        .db
        .form_version(project, &form_id, &version)
        .await?
        .ok_or(Error::NotFound)?;
    let records = state
        .db
        .records_per_version(project)
        .await?
        .into_iter()
        .find(|(f, v, _)| *f == form_id && *v == version)
        .map_or(0, |(_, _, n)| n as u64);
    let replaces = state
        .db
        .published_versions(project, &form_id)
        .await?
        .into_iter()
        .map(|(v, _)| v)
        .rfind(|v| *v != version);
    let (row, (summary, form, _)) = tokio::task::spawn_blocking(move || {
        let summarised = summarise(&row, records);
        summarised.map(|s| (row, s))
    })
    .await??;
    let warnings: Vec<String> = serde_json::from_str(&row.warnings)?;
    let unclassified = unclassified(&state, project, form.clone()).await?;
    Ok(Json(FormVersionDetail {
        form_id,
        title: form
            .title
            .get(&form.default_language, &form.default_language)
            .to_string(),
        file_name: row.file_name,
        summary,
        warning_list: warnings.iter().map(|w| FormWarning::parse(w)).collect(),
        unclassified,
        replaces: replaces.filter(|_| row.state != "published"),
        languages: form
            .languages
            .iter()
            .map(|l| FormLanguage {
                code: l.code.clone(),
                name: l.name.clone(),
            })
            .collect(),
        form,
    }))
}

/// Publish a draft: phones get it at their next sync, in place of the version they have
/// (whose records stay, and keep exporting). Refused while files it reads are missing
/// (422, naming them), for a version already published and in an archived project (409).
/// Role: admin.
#[utoipa::path(post, path = "/forms/{form_id}/versions/{version}/publish", tag = "forms", security(("session" = [])),
    params(("form_id" = String, Path, description = "The form's id"), ("version" = String, Path, description = "The draft's version")),
    responses((status = 200, description = "Published", body = FormPublished),
        (status = 401, body = ErrorBody, description = "Not signed in"), (status = 403, body = ErrorBody, description = "Not an admin"),
        (status = 404, body = ErrorBody, description = "No such version in the project"),
        (status = 409, body = ErrorBody, description = "Already published, or the project is archived"),
        (status = 422, body = ErrorBody, description = "Files it reads are not attached yet")))]
async fn publish(
    State(state): State<AppState>,
    Admin(admin): Admin,
    Path((form_id, version)): Path<(String, String)>,
) -> Result<Json<FormPublished>> {
    let replaces = crate::catalog::publish(
        &state.db,
        &admin.project_id,
        &form_id,
        &version,
        &admin.username,
    )
    .await?;
    Ok(Json(FormPublished {
        form_id,
        version,
        published_at: crate::db::now_rfc3339(),
        replaces,
    }))
}

/// Delete a draft (a published version stays: records point at it). Role: admin.
#[utoipa::path(delete, path = "/forms/{form_id}/versions/{version}", tag = "forms", security(("session" = [])),
    params(("form_id" = String, Path, description = "The form's id"), ("version" = String, Path, description = "The draft's version")),
    responses((status = 200, description = "Deleted", body = FormDeleted),
        (status = 401, body = ErrorBody, description = "Not signed in"), (status = 403, body = ErrorBody, description = "Not an admin"),
        (status = 404, body = ErrorBody, description = "No such draft in the project"),
        (status = 409, body = ErrorBody, description = "Published: a published version is never deleted")))]
async fn delete_draft(
    State(state): State<AppState>,
    Admin(admin): Admin,
    Path((form_id, version)): Path<(String, String)>,
) -> Result<Json<FormDeleted>> {
    let project = &admin.project_id;
    let row = state
        .db
        .form_version(project, &form_id, &version)
        .await?
        .ok_or(Error::NotFound)?;
    if row.state == "published" {
        return Err(Error::Conflict);
    }
    if !state.db.delete_draft(project, &form_id, &version).await? {
        return Err(Error::NotFound);
    }
    state
        .db
        .audit(
            &admin.username,
            "form-draft-deleted",
            &format!("{form_id} {version}"),
        )
        .await?;
    Ok(Json(FormDeleted { form_id, version }))
}
