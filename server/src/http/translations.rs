//! Translation in the browser (issue 24): translators, stewards and admins read and save
//! a form's translation per language and move it through Excel; stewards and admins
//! publish it (`crate::translation` says why translators do not).

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use forms::translation::{
    FormTranslation, SaveTranslation, TranslatableForm, TranslationImported, TranslationPublished,
};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::auth::{Governing, Role, Translating};
use crate::error::Result;
use crate::translation;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(show, save))
        .routes(routes!(publish))
        .routes(routes!(export))
        .routes(routes!(import))
}

/// The project's forms a translator may open, each with its latest version. Roles:
/// translator, steward, admin.
#[utoipa::path(get, path = "/translations", tag = "translations", security(("session" = [])),
    responses((status = 200, body = Vec<TranslatableForm>, description = "The forms, in the order they were first uploaded"),
        (status = 401, description = "Not signed in"), (status = 403, description = "Not a translator, steward or admin")))]
async fn list(
    State(state): State<AppState>,
    Translating(user): Translating,
) -> Result<Json<Vec<TranslatableForm>>> {
    Ok(Json(translation::forms(&state, &user.project_id).await?))
}

/// One form's texts and its consent template's, side by side from the form's source
/// language to `lang` (saved work first), with every language's completeness and review
/// status. Roles: translator, steward, admin.
#[utoipa::path(get, path = "/translations/{form_id}/{lang}", tag = "translations", security(("session" = [])),
    params(("form_id" = String, Path, description = "A form of the caller's project"),
        ("lang" = String, Path, description = "The target language's code (sw, fa-AF)")),
    responses((status = 200, body = FormTranslation, description = "The entries and every language's standing"),
        (status = 400, description = "Not a language code"),
        (status = 401, description = "Not signed in"), (status = 403, description = "Not a translator, steward or admin"),
        (status = 404, description = "No such form in the project")))]
async fn show(
    State(state): State<AppState>,
    Translating(user): Translating,
    Path((form_id, lang)): Path<(String, String)>,
) -> Result<Json<FormTranslation>> {
    let can_publish = matches!(user.role, Role::Steward | Role::Admin);
    Ok(Json(
        translation::load(&state, &user.project_id, &form_id, &lang, can_publish).await?,
    ))
}

/// Save a language's translation (replacing what was saved): the texts by key, the
/// language's name, and where it stands (`reviewed` records the caller as reviewer). It
/// reaches phones only once a steward or admin publishes it. The answer is the page as it
/// now stands. Roles: translator, steward, admin.
#[utoipa::path(put, path = "/translations/{form_id}/{lang}", tag = "translations", security(("session" = [])),
    params(("form_id" = String, Path, description = "A form of the caller's project"),
        ("lang" = String, Path, description = "The target language's code; not the form's source language")),
    request_body = SaveTranslation,
    responses((status = 200, body = FormTranslation, description = "Saved: the entries and every language's standing now"),
        (status = 400, description = "Not a language code, the source language, a text the form does not have (each named) or too long"),
        (status = 401, description = "Not signed in"), (status = 403, description = "Not a translator, steward or admin"),
        (status = 404, description = "No such form in the project")))]
async fn save(
    State(state): State<AppState>,
    Translating(user): Translating,
    Path((form_id, lang)): Path<(String, String)>,
    super::json::JsonBody(body): super::json::JsonBody<SaveTranslation>,
) -> Result<Json<FormTranslation>> {
    translation::save(
        &state,
        &user.project_id,
        &form_id,
        &lang,
        body,
        &user.username,
    )
    .await?;
    let can_publish = matches!(user.role, Role::Steward | Role::Admin);
    Ok(Json(
        translation::load(&state, &user.project_id, &form_id, &lang, can_publish).await?,
    ))
}

/// Publish a language's saved translation: the form as a new version (drafted, then
/// published: phones get it at their next sync) and, when its texts changed, the consent
/// template as a new version. Roles: steward, admin (translators cannot publish).
#[utoipa::path(post, path = "/translations/{form_id}/{lang}/publish", tag = "translations", security(("session" = [])),
    params(("form_id" = String, Path, description = "A form of the caller's project"),
        ("lang" = String, Path, description = "A language with saved work")),
    responses((status = 200, body = TranslationPublished, description = "The new form version, and the new consent template version if any"),
        (status = 400, description = "Not a language code"),
        (status = 401, description = "Not signed in"), (status = 403, description = "Not a steward or admin"),
        (status = 404, description = "No such form, or nothing saved in this language"),
        (status = 422, description = "The consent is not translated whole (each missing text named), or the form has a draft waiting")))]
async fn publish(
    State(state): State<AppState>,
    Governing(user): Governing,
    Path((form_id, lang)): Path<(String, String)>,
) -> Result<Json<TranslationPublished>> {
    Ok(Json(
        translation::publish(&state, &user.project_id, &form_id, &lang, &user.username).await?,
    ))
}

/// A form's translations as an .xlsx of XLSForm language columns (`label::Kiswahili
/// (sw)`), every language side by side. Roles: translator, steward, admin.
#[utoipa::path(get, path = "/translations/{form_id}/xlsx", tag = "translations", security(("session" = [])),
    params(("form_id" = String, Path, description = "A form of the caller's project")),
    responses((status = 200, content(
            (super::openapi::Binary = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
            description = "The workbook: survey, choices, settings and consent sheets"),
        (status = 401, description = "Not signed in"), (status = 403, description = "Not a translator, steward or admin"),
        (status = 404, description = "No such form in the project")))]
async fn export(
    State(state): State<AppState>,
    Translating(user): Translating,
    Path(form_id): Path<String>,
) -> Result<Response> {
    let bytes = translation::export(&state, &user.project_id, &form_id).await?;
    let name: String = form_id
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'))
        .collect();
    Ok((
        [
            (
                CONTENT_TYPE,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_string(),
            ),
            (
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}-translations.xlsx\""),
            ),
        ],
        bytes,
    )
        .into_response())
}

/// Import one language's columns of a workbook (as exported, or the form's own XLSForm)
/// as that language's saved work, a draft; empty cells change nothing. Roles: translator,
/// steward, admin.
#[utoipa::path(post, path = "/translations/{form_id}/{lang}/xlsx", tag = "translations", security(("session" = [])),
    params(("form_id" = String, Path, description = "A form of the caller's project"),
        ("lang" = String, Path, description = "The language whose columns are read")),
    request_body(content = super::openapi::Binary, content_type = "application/octet-stream", description = "The .xlsx workbook"),
    responses((status = 200, body = TranslationImported, description = "Texts saved, rows skipped"),
        (status = 400, description = "Not a language code, or the source language"),
        (status = 401, description = "Not signed in"), (status = 403, description = "Not a translator, steward or admin"),
        (status = 404, description = "No such form in the project"),
        (status = 422, description = "Not a workbook, or no column in that language")))]
async fn import(
    State(state): State<AppState>,
    Translating(user): Translating,
    Path((form_id, lang)): Path<(String, String)>,
    body: Bytes,
) -> Result<Json<TranslationImported>> {
    Ok(Json(
        translation::import(
            &state,
            &user.project_id,
            &form_id,
            &lang,
            &body,
            &user.username,
        )
        .await?,
    ))
}
