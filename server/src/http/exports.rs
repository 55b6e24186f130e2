//! Exports for stewards and partners, under the policy's export profiles. A partner sees
//! and downloads only the profiles shared with them.

use axum::Json;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::HeaderValue;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::auth::{Exporting, Role, Steward, User};
use crate::error::Result;
use crate::export::{Export, Format, Request, Style};

use forms::wire::{ErrorBody, ExportForm, ExportProfiles, ProfileInfo};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list))
        .routes(routes!(download))
        .routes(routes!(steward_csv))
}

/// The partner a caller is, if a partner.
fn partner_of(user: &User) -> Option<&str> {
    (user.role == Role::Partner).then_some(user.username.as_str())
}

/// The export profiles the caller may download. Roles: steward, partner (only those shared with them).
#[utoipa::path(get, path = "/exports", tag = "exports", security(("session" = [])),
    responses((status = 200, body = ExportProfiles, description = "The profiles the caller may download, and the project's published forms with their repeat tables"),
        (status = 401, body = ErrorBody, description = "Not signed in"), (status = 403, body = ErrorBody, description = "Not a steward or partner")))]
async fn list(
    State(state): State<AppState>,
    Exporting(user): Exporting,
) -> Result<Json<ExportProfiles>> {
    let policy = state.policy(&user.project_id).await?;
    let partner = partner_of(&user);
    let profiles: Vec<ProfileInfo> = policy
        .policy
        .exports
        .values()
        .filter(|p| partner.is_none_or(|who| p.shared_with.iter().any(|s| s == who)))
        .map(|p| ProfileInfo {
            name: p.name.clone(),
            description: p.description.clone(),
            purpose: p.purpose.clone(),
            k: p.k,
            hxl: p.hxl,
            formats: ["csv", "json", "xlsx"].map(String::from).to_vec(),
        })
        .collect();
    // Each published form, with its repeats: each a linked table of its own in CSV and JSON.
    let mut exported = Vec::new();
    for definition in state.db.published_forms(&user.project_id).await? {
        let newest: forms::model::Form = serde_json::from_str(&definition)?;
        let form = state
            .compiled_form(&user.project_id, &newest.id, &newest.version)
            .await?;
        exported.push(ExportForm {
            tables: crate::export::repeats(&form)
                .into_iter()
                .filter_map(|chain| chain.last().cloned())
                .collect(),
            title: newest
                .title
                .get(&newest.default_language, &newest.default_language)
                .to_string(),
            id: newest.id,
        });
    }
    Ok(Json(ExportProfiles {
        policy_version: policy.version,
        profiles,
        tables: exported
            .first()
            .map(|f| f.tables.clone())
            .unwrap_or_default(),
        forms: exported,
    }))
}

#[derive(Deserialize)]
struct Options {
    #[serde(default = "csv")]
    format: String,
    /// A repeat's linked table instead of the main table.
    table: Option<String>,
    /// Choice labels in this language instead of codes.
    labels: Option<String>,
    /// `sauti` (default) or `kobo`: columns named and tables linked as KoboToolbox does.
    layout: Option<String>,
    /// The form exported (every published version); the form published last by default.
    form: Option<String>,
}

fn csv() -> String {
    "csv".into()
}

/// The formats an export is written in (the document's enum of `format`).
#[derive(utoipa::ToSchema)]
#[schema(rename_all = "lowercase")]
#[allow(dead_code)] // a schema only: the query is read as text and parsed by `Format::parse`
enum ExportFormat {
    Csv,
    Json,
    Xlsx,
}

/// The layouts of an export (the document's enum of `layout`).
#[derive(utoipa::ToSchema)]
#[schema(rename_all = "lowercase")]
#[allow(dead_code)] // a schema only: read as text and parsed by `Style::parse`
enum ExportLayout {
    Sauti,
    Kobo,
}

/// Download an export profile, streamed. Roles: steward, partner (only profiles shared with them).
#[utoipa::path(get, path = "/exports/{profile}", tag = "exports", security(("session" = [])),
    params(("profile" = String, Path, description = "Export profile of the policy"),
        ("format" = inline(Option<ExportFormat>), Query, description = "csv (default), json, or xlsx (every table as a sheet)"),
        ("table" = Option<String>, Query, description = "A repeat's name: its linked table"),
        ("labels" = Option<String>, Query, description = "Choice labels in this language instead of codes"),
        ("layout" = inline(Option<ExportLayout>), Query, description = "sauti (default) or kobo: columns named by group path (group/question), a 0/1 column per choice of a select_multiple (group/question/choice), tables linked by _index and _parent_index, as KoboToolbox exports"),
        ("form" = Option<String>, Query, description = "The form exported, every published version of it, columns united by name (default: the form published last)")),
    responses((status = 200, content(
            (String = "text/csv"), (super::openapi::ExportDocument = "application/json"),
            (super::openapi::Binary = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
            headers(("x-sauti-suppressed" = u64, description = "Records k-anonymity withheld")),
            description = "The file, in the format asked for"),
        (status = 400, description = "Unknown format, table or language"), (status = 401, description = "Not signed in"),
        (status = 403, description = "Not a steward or partner"), (status = 404, description = "No such profile for this caller")))]
async fn download(
    State(state): State<AppState>,
    Exporting(user): Exporting,
    Path(profile): Path<String>,
    Query(options): Query<Options>,
) -> Result<Response> {
    let request = Request {
        profile,
        format: Format::parse(&options.format)?,
        table: options.table.filter(|t| !t.is_empty()),
        labels: options.labels.filter(|l| !l.is_empty()),
        layout: Style::parse(options.layout.as_deref().unwrap_or_default())?,
        form: options.form.filter(|f| !f.is_empty()),
    };
    stream(&state, &user, &request).await
}

/// The project team's export (the policy's `steward` profile), main table as CSV: the
/// steward page's download button.
/// The steward page's download: the policy's `steward` profile as CSV. Role: steward.
#[utoipa::path(get, path = "/forms/{form_id}/export.csv", tag = "exports", security(("session" = [])),
    params(("form_id" = String, Path, description = "One of the project's published forms")),
    responses((status = 200, body = String, content_type = "text/csv", headers(("x-sauti-suppressed" = u64, description = "Records k-anonymity withheld")), description = "CSV with a byte-order mark"), (status = 401, description = "Not signed in"),
        (status = 403, description = "Not a steward"), (status = 404, description = "No published form of that id in the project")))]
async fn steward_csv(
    State(state): State<AppState>,
    Steward(user): Steward,
    Path(form_id): Path<String>,
) -> Result<Response> {
    // Any of the project's published forms, every published version of it (404 otherwise).
    let request = Request {
        profile: "steward".into(),
        format: Format::Csv,
        table: None,
        labels: None,
        layout: Style::Sauti,
        form: Some(form_id),
    };
    stream(&state, &user, &request).await
}

async fn stream(state: &AppState, user: &User, request: &Request) -> Result<Response> {
    let export = Export::prepare(state, &user.project_id, request, partner_of(user)).await?;
    let suppressed = export.suppressed();
    let name = export.file_name();
    let content_type = export.format.content_type();
    let (rx, _task) = export.run(
        state.db.clone(),
        user.username.clone(),
        user.username.clone(),
    );
    // Fused: a compressor (`http/compress.rs`) polls once more after the end, which an
    // unfused `unfold` answers with a panic that drops the connection.
    let body =
        futures_util::StreamExt::fuse(futures_util::stream::unfold(rx, |mut rx| async move {
            rx.recv().await.map(|chunk| (chunk, rx))
        }));
    let mut response = (
        [
            (CONTENT_TYPE, content_type.to_string()),
            (
                CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        Body::from_stream(body),
    )
        .into_response();
    response.headers_mut().insert(
        "x-sauti-suppressed",
        HeaderValue::from_str(&suppressed.to_string())?,
    );
    Ok(response)
}
